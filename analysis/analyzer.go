package analysis

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// Results are the whole-graph measures of one revision.
type Results struct {
	Snapshot    *Snapshot
	Scores      map[Measure]map[string]float64
	Communities [][]string
	// Links are the alliances between every two organisations, each once
	// (A before B in id order).
	Links []Link
	// ViewKey is the key of the view the results were computed in (see
	// rightsgraph.View), "" for a cleared one.
	ViewKey string
}

// Link is an alliance between two organisations, for the alliance network.
type Link struct {
	A, B    *rightsgraph.Entity
	Weight  float64
	Reasons []Reason
}

// Analyzer keeps the Results of the store's latest revision, one set per
// clearance: a request without clearance gets measures computed over the
// graph its view shows (see rightsgraph.View), a cleared one over all of
// it. The first call computes them; after a change, callers get the
// previous Results while new ones are computed in the background, so that
// no request waits for an analysis of a large graph, save the very first
// and the first after what the view hides changes: stale Results are
// served only while they hide what the view hides now.
type Analyzer struct {
	store rightsgraph.Store
	log   *slog.Logger

	// ctx ends the background computations when the analyzer is closed;
	// running counts them.
	ctx     context.Context
	cancel  context.CancelFunc
	running sync.WaitGroup

	mu     sync.Mutex
	states [2]analysisState // by clearance: [0] none, [1] cleared
}

// analysisState is what the analyzer has for one clearance.
type analysisState struct {
	results *Results
	running bool          // a computation is under way
	done    chan struct{} // closed when it ends
}

// NewAnalyzer returns an analyzer of s.
func NewAnalyzer(s rightsgraph.Store, log *slog.Logger) *Analyzer {
	ctx, cancel := context.WithCancel(context.Background())
	return &Analyzer{store: s, log: log, ctx: ctx, cancel: cancel}
}

// WarmUp computes the results for a request without clearance in the
// background, so that the first request for them need not wait.
func (a *Analyzer) WarmUp() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.ctx.Err() != nil {
		return
	}
	a.running.Add(1)
	go func() {
		defer a.running.Done()
		if _, err := a.Results(a.ctx); err != nil && a.ctx.Err() == nil {
			a.log.Warn("analysis warm-up failed", "err", err)
		}
	}()
}

// Close stops the computations under way and waits for them to end, so
// that the store can be closed after it: none reads the store afterwards,
// and none starts.
func (a *Analyzer) Close() {
	a.mu.Lock()
	a.cancel()
	a.mu.Unlock()
	a.running.Wait()
}

// Results returns the latest results for ctx's clearance, computing them
// if there are none, and starting a computation in the background if the
// graph has changed.
func (a *Analyzer) Results(ctx context.Context) (*Results, error) {
	rev, err := a.store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	key, err := viewKey(ctx, a.store)
	if err != nil {
		return nil, err
	}
	cleared := rightsgraph.Cleared(ctx)
	a.mu.Lock()
	st := &a.states[clearance(cleared)]
	if res := st.results; res != nil && res.ViewKey == key {
		if res.Snapshot.Revision != rev && !st.running {
			a.start(cleared)
		}
		a.mu.Unlock()
		return res, nil
	}
	if !st.running {
		a.start(cleared)
	}
	done := st.done
	a.mu.Unlock()
	select {
	case <-done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if st.results == nil {
		return nil, rightsgraph.Errorf(rightsgraph.EUNAVAILABLE, "the analysis of the graph failed; see the server log")
	}
	return st.results, nil
}

// Refresh computes the results of the current revision for ctx's
// clearance now, and waits.
func (a *Analyzer) Refresh(ctx context.Context) error {
	res, err := Analyze(ctx, a.store)
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.states[clearance(rightsgraph.Cleared(ctx))].results = res
	a.mu.Unlock()
	return nil
}

// start begins a background computation for a clearance; a.mu is held.
func (a *Analyzer) start(cleared bool) {
	st := &a.states[clearance(cleared)]
	st.running = true
	st.done = make(chan struct{})
	if a.ctx.Err() != nil {
		st.running = false // closed: nothing more reads the store
		close(st.done)
		return
	}
	ctx := a.ctx // as a request without clearance, until the analyzer closes
	if cleared {
		ctx = rightsgraph.AsSystem(ctx)
	}
	a.running.Add(1)
	go func() {
		defer a.running.Done()
		began := time.Now()
		res, err := Analyze(ctx, a.store)
		a.mu.Lock()
		defer a.mu.Unlock()
		if err != nil {
			a.log.Error("analysis failed", "err", err)
		} else {
			st.results = res
			a.log.Info("analysis ready", "cleared", cleared, "took", time.Since(began).Round(time.Millisecond))
		}
		st.running = false
		close(st.done)
	}()
}

func clearance(cleared bool) int {
	if cleared {
		return 1
	}
	return 0
}

// viewKey is the key of ctx's view of s, "" when it sees everything.
func viewKey(ctx context.Context, s rightsgraph.Store) (string, error) {
	v, err := rightsgraph.ViewOf(ctx, s)
	if err != nil || v == nil {
		return "", err
	}
	return v.Key, nil
}

// Analyze takes a snapshot of s and computes every whole-graph measure.
func Analyze(ctx context.Context, s rightsgraph.Store) (*Results, error) {
	ctx = rightsgraph.WithRequestView(ctx) // one view for the snapshot and its key
	snap, err := TakeSnapshot(ctx, s)
	if err != nil {
		return nil, err
	}
	key, err := viewKey(ctx, s)
	if err != nil {
		return nil, err
	}
	res := &Results{
		Snapshot: snap,
		ViewKey:  key,
		Scores: map[Measure]map[string]float64{
			Degree:      snap.degree(),
			PageRank:    snap.pageRank(),
			Betweenness: snap.betweenness(),
		},
		Communities: snap.communities(),
	}
	res.Links, err = allianceLinks(ctx, snap)
	if err != nil {
		return nil, err
	}
	return res, nil
}

// allianceLinks finds the alliances of every organisation on the snapshot.
func allianceLinks(ctx context.Context, snap *Snapshot) ([]Link, error) {
	var links []Link
	for _, id := range snap.IDs {
		if !isOrg(id) {
			continue
		}
		found, err := alliesOf(ctx, snap, id)
		if err != nil {
			return nil, err
		}
		allies, err := resolveAlliances(ctx, snap, found, MaxFirst)
		if err != nil {
			return nil, err
		}
		for _, al := range allies {
			if id < al.Organisation.ID {
				links = append(links, Link{A: snap.entities[id], B: al.Organisation, Weight: al.Weight, Reasons: al.Reasons})
			}
		}
	}
	return links, nil
}

// Ranked is an entity with its score.
type Ranked struct {
	Entity *rightsgraph.Entity
	Score  float64
}

// Rank returns the first entities by a measure, of the given kinds (all
// when empty), highest first, ties by id.
func (r *Results) Rank(m Measure, kinds []rightsgraph.Kind, first int) ([]Ranked, error) {
	scores, ok := r.Scores[m]
	if !ok {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "unknown measure %q", m)
	}
	if first < 1 || first > MaxFirst {
		return nil, rightsgraph.Errorf(rightsgraph.EINVALID, "first must be between 1 and %d, not %d", MaxFirst, first)
	}
	var out []Ranked
	for _, id := range r.Snapshot.IDs {
		e := r.Snapshot.entities[id]
		if len(kinds) > 0 && !slices.Contains(kinds, e.Kind) {
			continue
		}
		out = append(out, Ranked{Entity: e, Score: scores[id]})
	}
	slices.SortStableFunc(out, func(a, b Ranked) int { return compareFloatsDesc(a.Score, b.Score) })
	return out[:min(first, len(out))], nil
}

// Network returns the organisations allied at least minWeight, and their
// links.
func (r *Results) Network(minWeight float64) ([]*rightsgraph.Entity, []Link) {
	var links []Link
	seen := map[string]bool{}
	var nodes []*rightsgraph.Entity
	for _, l := range r.Links {
		if l.Weight < minWeight {
			continue
		}
		links = append(links, l)
		for _, e := range []*rightsgraph.Entity{l.A, l.B} {
			if !seen[e.ID] {
				seen[e.ID] = true
				nodes = append(nodes, e)
			}
		}
	}
	slices.SortFunc(nodes, func(a, b *rightsgraph.Entity) int { return compareStrings(a.ID, b.ID) })
	return nodes, links
}
