package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// TestMapErrorTimeouts checks that a query out of time is a timeout, not
// an unavailable store: Neo4j's transaction timeout, the caller's
// deadline (kept for errors.Is), and a wait for a busy pool; while a
// server that refuses connections stays unavailable, even when a retry
// then ran out of time.
func TestMapErrorTimeouts(t *testing.T) {
	tests := []struct {
		err  error
		code string
	}{
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", Msg: "terminated"}, rightsgraph.ETIMEOUT},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOut", Msg: "terminated"}, rightsgraph.ETIMEOUT},
		{fmt.Errorf("read: %w", context.DeadlineExceeded), rightsgraph.ETIMEOUT},
		{errors.New("Timeout while waiting for connection to any of [127.0.0.1:7687]: context deadline exceeded"), rightsgraph.ETIMEOUT},
		{&neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")}, rightsgraph.EUNAVAILABLE},
		{&neo4j.ConnectivityError{Inner: errors.New("connection refused, then context deadline exceeded")}, rightsgraph.EUNAVAILABLE},
		{&neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable", Msg: "down"}, rightsgraph.EUNAVAILABLE},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}, rightsgraph.EINTERNAL},
	}
	for _, tt := range tests {
		if got := rightsgraph.ErrorCode(mapError(tt.err)); got != tt.code {
			t.Errorf("mapError(%v) has code %s, want %s", tt.err, got, tt.code)
		}
	}
	if err := mapError(fmt.Errorf("x: %w", context.DeadlineExceeded)); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("mapError lost the deadline: %v", err)
	}
	if err := mapError(context.Canceled); err != context.Canceled {
		t.Errorf("mapError(Canceled) = %v, want it as it is", err)
	}
}
