package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/rightsgraph/rightsgraph"
)

// errUnavailable is what users see when Neo4j cannot be reached.
var errUnavailable = rightsgraph.Errorf(rightsgraph.EUNAVAILABLE, "the graph store (Neo4j) is unavailable; try again shortly")

// mapError gives driver errors their rightsgraph codes: connection
// failures and unavailable databases become EUNAVAILABLE (with the cause
// kept for logs); everything else stays internal.
func mapError(err error) error {
	var rgErr *rightsgraph.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &rgErr), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case unavailable(err):
		return fmt.Errorf("%w (%v)", errUnavailable, err)
	case conflict(err):
		return fmt.Errorf("%w (%v)", rightsgraph.Errorf(rightsgraph.ECONFLICT, "a conflicting change was made at the same time"), err)
	}
	return err
}

func unavailable(err error) bool {
	var cerr *neo4j.ConnectivityError
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &cerr) || errors.As(err, &limit) {
		return true
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		return strings.HasPrefix(nerr.Code, "Neo.TransientError.General.DatabaseUnavailable") ||
			nerr.Code == "Neo.ClientError.Database.DatabaseNotFound"
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "ConnectivityError")
}

func conflict(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}
