// Command neo4jwait waits until a Neo4j server answers RETURN 1, for
// scripts/neo4j.sh: Bolt can accept connections before the default
// database is online.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	uri := flag.String("uri", "bolt://127.0.0.1:7687", "Bolt URI")
	timeout := flag.Duration("timeout", 2*time.Minute, "how long to wait")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	driver, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		fmt.Fprintln(os.Stderr, "neo4jwait:", err)
		os.Exit(2)
	}
	defer driver.Close(context.Background())
	for {
		_, err := neo4j.ExecuteQuery(ctx, driver, "RETURN 1 AS one", nil, neo4j.EagerResultTransformer)
		if err == nil {
			return
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(os.Stderr, "neo4jwait: Neo4j did not answer RETURN 1:", err)
			os.Exit(1)
		case <-time.After(500 * time.Millisecond):
		}
	}
}
