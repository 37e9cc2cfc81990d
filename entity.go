package rightsgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// Kind is the kind of an entity. Its value is both the GraphQL enum value
// and, in title case, the Neo4j label (see Kind.Label).
type Kind string

// The kinds of entity the graph knows.
const (
	KindPerson       Kind = "PERSON"
	KindOrganisation Kind = "ORGANISATION"
	KindIssue        Kind = "ISSUE"
	KindCongress     Kind = "CONGRESS"
	KindResolution   Kind = "RESOLUTION"
	KindReport       Kind = "REPORT"
	KindPlace        Kind = "PLACE"
	KindLaw          Kind = "LAW"
)

// Kinds lists every kind in a fixed order.
var Kinds = []Kind{KindPerson, KindOrganisation, KindIssue, KindCongress, KindResolution, KindReport, KindPlace, KindLaw}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// Label returns the Neo4j label of the kind, e.g. "Organisation".
func (k Kind) Label() string {
	s := strings.ToLower(string(k))
	return strings.ToUpper(s[:1]) + s[1:]
}

// IDPrefix returns the prefix every id of this kind starts with, e.g. "person/".
func (k Kind) IDPrefix() string { return strings.ToLower(string(k)) + "/" }

// Entity is a node of the graph. Reports are entities too: for them Name is
// the title and the report fields are set.
type Entity struct {
	ID          string
	Kind        Kind
	Name        string
	Aliases     []string
	Description string

	// StartDate and EndDate (ISO 8601 dates) say when a congress took place.
	StartDate string
	EndDate   string

	// Report fields: where the text comes from, and the text itself.
	URL         string
	PublishedAt string
	Source      string
	Attribution string
	Text        string

	// Reports lists the ids of the reports whose annotations declare the
	// entity, sorted. An entity lives while at least one report declares it.
	Reports []string

	// Visibility is RESTRICTED for an entity only cleared requests see;
	// empty or PUBLIC otherwise (see MergeDeclarations).
	Visibility Visibility
}

// Clone returns a deep copy of e, so that stores never share their state
// with callers.
func (e *Entity) Clone() *Entity {
	if e == nil {
		return nil
	}
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.Reports = slices.Clone(e.Reports)
	return &c
}

// DistinctAliases returns aliases without repeats and without the name,
// comparing them as search does (Normalize), first spelling first.
func DistinctAliases(name string, aliases []string) []string {
	seen := map[string]bool{Normalize(name): true}
	var out []string
	for _, a := range aliases {
		if n := Normalize(a); !seen[n] {
			seen[n] = true
			out = append(out, a)
		}
	}
	return out
}

// Names returns the name followed by the aliases.
func (e *Entity) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// IsWebURL reports whether s is an absolute http or https address: the only
// kind a report's url may be, since pages show it as a link (javascript: or
// data: would run in the reader's browser).
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) &&
		u.Host != "" && u.Opaque == "" && !strings.ContainsAny(s, " \t\n\r\\")
}

var idPattern = regexp.MustCompile(`^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Validate checks the entity's own fields: a known kind, an id of the form
// "<kind>/<slug>", a name, and aliases that are neither empty nor repeated,
// none longer than its limit (see MaxNameLength and the others). The
// error's Field names the entity field at fault ("kind", "id", "name",
// "aliases", "text", "url", or the one too long).
func (e *Entity) Validate() error {
	if err := e.checkLengths(); err != nil {
		return err
	}
	switch {
	case !e.Kind.Valid():
		return FieldError("kind", "entity %q: unknown kind %q", e.ID, e.Kind)
	case !idPattern.MatchString(e.ID):
		return FieldError("id", "entity id %q: want <kind>/<lower-case-slug>, e.g. person/lev-ponomarev", e.ID)
	case !strings.HasPrefix(e.ID, e.Kind.IDPrefix()):
		return FieldError("id", "entity id %q: a %s id must start with %q", e.ID, e.Kind, e.Kind.IDPrefix())
	case Normalize(e.Name) == "":
		return FieldError("name", "entity %q: name %q has no letter or digit", e.ID, e.Name)
	case e.Kind == KindReport && e.Text == "":
		return FieldError("text", "report %q: text is empty", e.ID)
	case e.URL != "" && !IsWebURL(e.URL):
		return FieldError("url", "report %q: url %q: want an http or https address", e.ID, e.URL)
	}
	seen := map[string]bool{Normalize(e.Name): true}
	for _, a := range e.Aliases {
		n := Normalize(a)
		if n == "" {
			return FieldError("aliases", "entity %q: empty alias", e.ID)
		}
		if seen[n] {
			return FieldError("aliases", "entity %q: alias %q repeats its name or another alias", e.ID, a)
		}
		seen[n] = true
	}
	return nil
}

// Version returns a short fingerprint of what an editor may change of the
// entity (kind, name, aliases, description): it changes when they do.
// upsertEntity's ifVersion compares against it.
func (e *Entity) Version() string {
	b, _ := json.Marshal([]any{e.ID, e.Kind, e.Name, e.Aliases, e.Description})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}
