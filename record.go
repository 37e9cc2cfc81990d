package rightsgraph

// EntityRecord is an entity as stores keep it on disk or in a database
// property, under pinned JSON names: stored data must read back the same
// whatever the Go field names become. Every store's declarations and merge
// records use it, so that it is written in one place.
type EntityRecord struct {
	ID          string     `json:"id"`
	Kind        string     `json:"kind"`
	Name        string     `json:"name"`
	Aliases     []string   `json:"aliases,omitempty"`
	Description string     `json:"description,omitempty"`
	StartDate   string     `json:"startDate,omitempty"`
	EndDate     string     `json:"endDate,omitempty"`
	URL         string     `json:"url,omitempty"`
	PublishedAt string     `json:"publishedAt,omitempty"`
	Source      string     `json:"source,omitempty"`
	Attribution string     `json:"attribution,omitempty"`
	Text        string     `json:"text,omitempty"`
	Reports     []string   `json:"reports,omitempty"`
	Visibility  Visibility `json:"visibility,omitempty"`
}

// NewEntityRecord returns the record of e.
func NewEntityRecord(e *Entity) EntityRecord {
	return EntityRecord{
		ID: e.ID, Kind: string(e.Kind), Name: e.Name, Aliases: e.Aliases, Description: e.Description,
		StartDate: e.StartDate, EndDate: e.EndDate, URL: e.URL, PublishedAt: e.PublishedAt, Source: e.Source,
		Attribution: e.Attribution, Text: e.Text, Reports: e.Reports, Visibility: e.Visibility,
	}
}

// Entity returns the entity the record holds.
func (r EntityRecord) Entity() *Entity {
	return &Entity{
		ID: r.ID, Kind: Kind(r.Kind), Name: r.Name, Aliases: r.Aliases, Description: r.Description,
		StartDate: r.StartDate, EndDate: r.EndDate, URL: r.URL, PublishedAt: r.PublishedAt, Source: r.Source,
		Attribution: r.Attribution, Text: r.Text, Reports: r.Reports, Visibility: r.Visibility,
	}
}
