package model

// Edge is a relation between two node ids, or a derived alliance edge.
type Edge struct {
	ID       string
	Type     RelType
	Source   string
	Target   string
	Role     *string
	Weight   *float64
	Evidence []*Evidence
}

// Ranked is an entity, resolved from EntityID, with its score.
type Ranked struct {
	EntityID string
	Score    float64
}

// Community lists its members' ids; Members resolves them.
type Community struct {
	ID        string
	Size      int
	MemberIDs []string
}

// Alliance names the allied organisation by id.
type Alliance struct {
	OrganisationID string
	Weight         float64
	Reasons        []*AllianceReason
}

// AllianceReason names the entity it runs through by id.
type AllianceReason struct {
	ViaID    string
	How      string
	Evidence []*Evidence
}
