package rightsgraph

import (
	"encoding/json"
	"fmt"
)

// MergeRecord is what one merge changed, kept by the store until the merge
// is undone, so that UnmergeEntities can put the dropped entity back
// exactly: its declarations and relations as they were, which of its
// reports' declarations the survivor took over, what the survivor was
// (its editor's declaration, names and description), the survivor's
// relations that the moved evidence joined, the retractions that moved,
// and the ids that had been merged into the dropped one. Stores keep it
// as the JSON of MarshalJSON, a versioned format of its own.
type MergeRecord struct {
	Seq             int64
	Keep            string
	Drop            string
	DropDecls       map[string]Declaration
	Folded          []string     // sources of DropDecls the survivor took over
	KeepEdit        *Declaration // the survivor's editor declaration; nil: none
	KeepNames       []string
	KeepDescription string
	Moved           []*Relation // the dropped entity's relations, as they were
	Joined          []*Relation // the survivor's relations that moved evidence joined, as they were
	Retractions     []string    // retracted relation ids of the dropped entity
	NewRetractions  []string    // the survivor's forms of those, retracted by the merge
	Redirected      []string    // ids that resolved to the dropped entity
}

// mergeRecordVersion is the version of the JSON form of MergeRecord.
const mergeRecordVersion = 1

// The JSON form of a MergeRecord, with stable names.
type (
	mergeRecordJSON struct {
		V               int                        `json:"v"`
		Seq             int64                      `json:"seq"`
		Keep            string                     `json:"keep"`
		Drop            string                     `json:"drop"`
		DropDecls       map[string]declarationJSON `json:"dropDeclarations"`
		Folded          []string                   `json:"folded,omitempty"`
		KeepEdit        *declarationJSON           `json:"keepEdit,omitempty"`
		KeepNames       []string                   `json:"keepNames"`
		KeepDescription string                     `json:"keepDescription,omitempty"`
		Moved           []relationRecordJSON       `json:"moved,omitempty"`
		Joined          []relationRecordJSON       `json:"joined,omitempty"`
		Retractions     []string                   `json:"retractions,omitempty"`
		NewRetractions  []string                   `json:"newRetractions,omitempty"`
		Redirected      []string                   `json:"redirected,omitempty"`
	}
	declarationJSON struct {
		Seq    int64        `json:"seq"`
		Entity EntityRecord `json:"entity"`
	}
	relationRecordJSON struct {
		ID       string         `json:"id"`
		Type     RelType        `json:"type"`
		From     string         `json:"from"`
		To       string         `json:"to"`
		Evidence []evidenceView `json:"evidence"`
		// Visibility is set on a restricted relation only.
		Visibility Visibility `json:"visibility,omitempty"`
	}
)

// MarshalJSON writes the record in its versioned JSON form.
func (m *MergeRecord) MarshalJSON() ([]byte, error) {
	out := mergeRecordJSON{
		V: mergeRecordVersion, Seq: m.Seq, Keep: m.Keep, Drop: m.Drop, DropDecls: map[string]declarationJSON{},
		Folded: m.Folded, KeepNames: m.KeepNames, KeepDescription: m.KeepDescription,
		Retractions: m.Retractions, NewRetractions: m.NewRetractions, Redirected: m.Redirected,
	}
	for src, d := range m.DropDecls {
		out.DropDecls[src] = toDeclarationJSON(d)
	}
	if m.KeepEdit != nil {
		d := toDeclarationJSON(*m.KeepEdit)
		out.KeepEdit = &d
	}
	out.Moved, out.Joined = toRelationRecords(m.Moved), toRelationRecords(m.Joined)
	return json.Marshal(out)
}

// UnmarshalJSON reads the versioned JSON form, refusing a version this
// build does not know.
func (m *MergeRecord) UnmarshalJSON(b []byte) error {
	var in mergeRecordJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if in.V != mergeRecordVersion {
		return fmt.Errorf("merge record of %q: version %d, want %d", in.Drop, in.V, mergeRecordVersion)
	}
	*m = MergeRecord{
		Seq: in.Seq, Keep: in.Keep, Drop: in.Drop, DropDecls: map[string]Declaration{},
		Folded: in.Folded, KeepNames: in.KeepNames, KeepDescription: in.KeepDescription,
		Retractions: in.Retractions, NewRetractions: in.NewRetractions, Redirected: in.Redirected,
	}
	for src, d := range in.DropDecls {
		m.DropDecls[src] = d.declaration()
	}
	if in.KeepEdit != nil {
		d := in.KeepEdit.declaration()
		m.KeepEdit = &d
	}
	m.Moved, m.Joined = fromRelationRecords(in.Moved), fromRelationRecords(in.Joined)
	return nil
}

// Clone returns a deep copy of the record.
func (m *MergeRecord) Clone() *MergeRecord {
	if m == nil {
		return nil
	}
	b, err := m.MarshalJSON()
	if err != nil {
		panic(fmt.Sprintf("merge record: %v", err)) // plain data always marshals
	}
	var c MergeRecord
	if err := c.UnmarshalJSON(b); err != nil {
		panic(fmt.Sprintf("merge record: %v", err))
	}
	return &c
}

func toDeclarationJSON(d Declaration) declarationJSON {
	return declarationJSON{Seq: d.Seq, Entity: NewEntityRecord(d.Entity)}
}

func (d declarationJSON) declaration() Declaration {
	return Declaration{Seq: d.Seq, Entity: d.Entity.Entity()}
}

func toRelationRecords(rs []*Relation) []relationRecordJSON {
	var out []relationRecordJSON
	for _, r := range rs {
		v := relationRecordJSON{ID: r.ID, Type: r.Type, From: r.From, To: r.To, Evidence: []evidenceView{}, Visibility: r.Visibility}
		for _, ev := range r.Evidence {
			v.Evidence = append(v.Evidence, evidenceView(ev))
		}
		out = append(out, v)
	}
	return out
}

func fromRelationRecords(vs []relationRecordJSON) []*Relation {
	var out []*Relation
	for _, v := range vs {
		r := &Relation{ID: v.ID, Type: v.Type, From: v.From, To: v.To, Visibility: v.Visibility}
		for _, ev := range v.Evidence {
			r.Evidence = append(r.Evidence, Evidence(ev))
		}
		r.Derive()
		out = append(out, r)
	}
	return out
}
