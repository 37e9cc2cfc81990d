package analysis

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/rightsgraph/rightsgraph"
)

// Alliance is an organisation that stands with another, with why.
type Alliance struct {
	Organisation *rightsgraph.Entity
	Weight       float64
	Reasons      []Reason
}

// Reason is one link between two organisations: the entity it runs
// through, how, and the evidence of every relation on the way.
type Reason struct {
	Via      *rightsgraph.Entity
	How      string
	Weight   float64
	Evidence []rightsgraph.Evidence
}

// How much each kind of link weighs: sharing a cause or a person counts
// more than a resolution that joins two causes, which counts more than
// taking part in the same congress.
const (
	weightSharedIssue  = 1.0
	weightSharedPerson = 1.0
	weightResolution   = 0.5
	weightCongress     = 0.25
)

// Alliances returns the organisations allied with org, strongest first:
// those that raised an issue it raised, took part in a congress it took
// part in, share a person with it (a leader or member of both), or raised
// an issue that a resolution addresses together with one org raised.
func Alliances(ctx context.Context, g Graph, org string, first int) ([]Alliance, error) {
	if first < 1 || first > MaxFirst {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "first must be between 1 and %d, not %d", MaxFirst, first)
	}
	found, err := mustExist(ctx, g, org)
	if err != nil {
		return nil, err
	}
	if found[org].Kind != rightsgraph.KindOrganisation {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "%q is a %s, not an organisation", org, found[org].Kind)
	}
	links, err := alliesOf(ctx, g, org)
	if err != nil {
		return nil, err
	}
	return resolveAlliances(ctx, g, links, first)
}

// link is a reason found between org and another, by ids.
type link struct {
	other, via string
	kind       string // issue, congress, person, resolution
	evidence   []rightsgraph.Evidence
}

func isOrg(id string) bool { return strings.HasPrefix(id, rightsgraph.KindOrganisation.IDPrefix()) }

// alliesOf finds every link of org, in four batched look-ups.
func alliesOf(ctx context.Context, g Graph, org string) ([]link, error) {
	rels, err := g.RelationsByEntityIDs(ctx, []string{org})
	if err != nil {
		return nil, err
	}
	// What org stands on: issues it raised, congresses it took part in,
	// people who lead it or belong to it.
	own := map[string]*rightsgraph.Relation{} // via id → org's relation to it
	var vias []string
	for _, r := range rels[org] {
		var via string
		switch {
		case r.Type == rightsgraph.RelRaised && r.From == org,
			(r.Type == rightsgraph.RelAttended || r.Type == rightsgraph.RelOrganised) && r.From == org:
			via = r.To
		case (r.Type == rightsgraph.RelLeads || r.Type == rightsgraph.RelMemberOf) && r.To == org && !isOrg(r.From):
			via = r.From
		}
		if via != "" && own[via] == nil {
			own[via] = r
			vias = append(vias, via)
		}
	}
	slices.Sort(vias)
	second, err := g.RelationsByEntityIDs(ctx, vias)
	if err != nil {
		return nil, err
	}
	var links []link
	resolutions := map[string][]*rightsgraph.Relation{} // resolution → its ADDRESSES of org's issues
	var resIDs []string
	for _, via := range vias {
		mine := own[via]
		for _, r := range second[via] {
			var other, kind string
			switch {
			case r.Type == rightsgraph.RelRaised && mine.Type == rightsgraph.RelRaised && r.To == via:
				other, kind = r.From, "issue"
			case (r.Type == rightsgraph.RelAttended || r.Type == rightsgraph.RelOrganised) && r.To == via &&
				(mine.Type == rightsgraph.RelAttended || mine.Type == rightsgraph.RelOrganised):
				other, kind = r.From, "congress"
			case (r.Type == rightsgraph.RelLeads || r.Type == rightsgraph.RelMemberOf) && r.From == via &&
				(mine.Type == rightsgraph.RelLeads || mine.Type == rightsgraph.RelMemberOf):
				other, kind = r.To, "person"
			case r.Type == rightsgraph.RelAddresses && r.To == via && mine.Type == rightsgraph.RelRaised:
				if resolutions[r.From] == nil {
					resIDs = append(resIDs, r.From)
				}
				resolutions[r.From] = append(resolutions[r.From], mine, r)
				continue
			default:
				continue
			}
			if other == org || !isOrg(other) {
				continue
			}
			links = append(links, link{other: other, via: via, kind: kind, evidence: joinEvidence(mine, r)})
		}
	}
	// Resolutions that join one of org's issues to issues others raised.
	slices.Sort(resIDs)
	third, err := g.RelationsByEntityIDs(ctx, resIDs)
	if err != nil {
		return nil, err
	}
	addressed := map[string][]string{} // other issue → resolutions addressing it
	byIssue := map[string]map[string]*rightsgraph.Relation{}
	var issues []string
	for _, res := range resIDs {
		for _, r := range third[res] {
			if r.Type != rightsgraph.RelAddresses || r.From != res || own[r.To] != nil {
				continue
			}
			if byIssue[r.To] == nil {
				byIssue[r.To] = map[string]*rightsgraph.Relation{}
				issues = append(issues, r.To)
			}
			byIssue[r.To][res] = r
			addressed[r.To] = append(addressed[r.To], res)
		}
	}
	slices.Sort(issues)
	fourth, err := g.RelationsByEntityIDs(ctx, issues)
	if err != nil {
		return nil, err
	}
	for _, issue := range issues {
		for _, r := range fourth[issue] {
			if r.Type != rightsgraph.RelRaised || r.To != issue || r.From == org || !isOrg(r.From) {
				continue
			}
			for _, res := range addressed[issue] {
				ev := joinEvidence(resolutions[res]...)
				ev = append(ev, joinEvidence(byIssue[issue][res], r)...)
				links = append(links, link{other: r.From, via: res, kind: "resolution", evidence: ev})
			}
		}
	}
	return links, nil
}

func joinEvidence(rels ...*rightsgraph.Relation) []rightsgraph.Evidence {
	var out []rightsgraph.Evidence
	for _, r := range rels {
		for _, ev := range r.Evidence {
			if !slices.Contains(out, ev) {
				out = append(out, ev)
			}
		}
	}
	return out
}

// resolveAlliances groups links by organisation, one reason a via, names
// them, weighs them, and keeps the strongest first.
func resolveAlliances(ctx context.Context, g Graph, links []link, first int) ([]Alliance, error) {
	type key struct{ other, via string }
	reasons := map[key]*link{}
	var ids []string
	for i := range links {
		l := &links[i]
		k := key{l.other, l.via}
		if prev, ok := reasons[k]; ok {
			prev.evidence = append(prev.evidence, l.evidence...)
			continue
		}
		reasons[k] = l
		ids = append(ids, l.other, l.via)
	}
	ents, err := g.EntitiesByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	byOrg := map[string]*Alliance{}
	for k, l := range reasons {
		a := byOrg[k.other]
		if a == nil {
			a = &Alliance{Organisation: ents[k.other]}
			byOrg[k.other] = a
		}
		via := ents[k.via]
		if a.Organisation == nil || via == nil {
			return nil, fmt.Errorf("alliance through %s with %s: entity missing", k.via, k.other)
		}
		r := Reason{Via: via, Evidence: rightsgraph.SortEvidence(slices.Clone(l.evidence))}
		switch l.kind {
		case "issue":
			r.How, r.Weight = fmt.Sprintf("both raised %s", via.Name), weightSharedIssue
		case "congress":
			r.How, r.Weight = fmt.Sprintf("both took part in %s", via.Name), weightCongress
		case "person":
			r.How, r.Weight = fmt.Sprintf("%s leads or belongs to both", via.Name), weightSharedPerson
		case "resolution":
			r.How, r.Weight = fmt.Sprintf("%s addresses issues each raised", via.Name), weightResolution
		}
		a.Reasons = append(a.Reasons, r)
		a.Weight += r.Weight
	}
	out := make([]Alliance, 0, len(byOrg))
	for _, a := range byOrg {
		slices.SortFunc(a.Reasons, func(x, y Reason) int {
			if x.Weight != y.Weight {
				return compareFloatsDesc(x.Weight, y.Weight)
			}
			return compareStrings(x.Via.ID, y.Via.ID)
		})
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y Alliance) int {
		if x.Weight != y.Weight {
			return compareFloatsDesc(x.Weight, y.Weight)
		}
		return compareStrings(x.Organisation.ID, y.Organisation.ID)
	})
	return out[:min(first, len(out))], nil
}

func compareFloatsDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
