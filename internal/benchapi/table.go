package benchapi

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

// PrintTable writes one table: per question, concurrency and target, the
// throughput, median and 99th-percentile latency and errors; then, per
// question and concurrency, how rightsgraph compares (QPS ratio, and p50
// ratio: above 1 is slower).
func PrintTable(w io.Writer, r *Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "question\tconc\ttarget\tQPS\tp50\tp99\terrors\t")
	type key struct {
		q Question
		c int
	}
	by := map[key]map[string]*Cell{}
	var order []key
	for _, c := range r.Cells {
		k := key{c.Question, c.Concurrency}
		if by[k] == nil {
			by[k] = map[string]*Cell{}
			order = append(order, k)
		}
		by[k][c.Target] = c
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.0f\t%s\t%s\t%d\t\n", c.Question, c.Concurrency, c.Target, c.QPS(),
			ms(c.Percentile(50)), ms(c.Percentile(99)), c.Errors)
	}
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
	fmt.Fprintln(tw, "question\tconc\tratio\tQPS ×\tp50 ×\tp99 ×\t\t")
	for _, k := range order {
		for _, pair := range [][2]string{{TargetNeo4j, TargetPeer}, {TargetNeo4j, TargetCypher}, {TargetEmbedded, TargetCypher}} {
			a, b := by[k][pair[0]], by[k][pair[1]]
			if a == nil || b == nil {
				continue
			}
			fmt.Fprintf(tw, "%s\t%d\t%s / %s\t%s\t%s\t%s\t\t\n", k.q, k.c, pair[0], pair[1],
				ratio(a.QPS(), b.QPS()), ratio(float64(a.Percentile(50)), float64(b.Percentile(50))),
				ratio(float64(a.Percentile(99)), float64(b.Percentile(99))))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, c := range r.Cells {
		if c.FirstError != nil {
			fmt.Fprintf(w, "first error of %s on %s at %d: %v\n", c.Question, c.Target, c.Concurrency, c.FirstError)
		}
	}
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

func ratio(a, b float64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", a/b)
}
