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

// errTimeout is what users see when Neo4j answers but a query ran out of
// time: its transaction's time limit, the caller's deadline, or the wait
// for a free connection while every one is busy.
var errTimeout = rightsgraph.Errorf(rightsgraph.ETIMEOUT, "the graph store (Neo4j) did not answer within the time limit; ask for less, or try again")

// mapError gives driver errors their rightsgraph codes: time limits
// become ETIMEOUT, connection failures and unavailable databases
// EUNAVAILABLE (with the cause kept for logs, and a deadline kept for
// errors.Is); everything else stays internal.
func mapError(err error) error {
	var rgErr *rightsgraph.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &rgErr), errors.Is(err, context.Canceled):
		return err
	case timedOut(err) && !refused(err):
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%w: %w", errTimeout, err)
		}
		return fmt.Errorf("%w (%v)", errTimeout, err)
	case unavailable(err):
		return fmt.Errorf("%w (%v)", errUnavailable, err)
	case conflict(err):
		return fmt.Errorf("%w (%v)", rightsgraph.Errorf(rightsgraph.ECONFLICT, "a conflicting change was made at the same time"), err)
	}
	return err
}

// timedOut tells a time limit from a failure: the server's transaction
// timeout, or a deadline that ended a wait (the driver reports one met
// while waiting for a pooled connection, or on the wire, in its own
// error types, with the context's message).
func timedOut(err error) bool {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Transaction.TransactionTimedOut") {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), context.DeadlineExceeded.Error())
}

// refused tells a server that is down (or has no database) from a busy
// one: what a connection attempt met first, whatever time limit a retry
// met after it.
func refused(err error) bool {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && (strings.HasPrefix(nerr.Code, "Neo.TransientError.General.DatabaseUnavailable") ||
		nerr.Code == "Neo.ClientError.Database.DatabaseNotFound") {
		return true
	}
	return strings.Contains(err.Error(), "connection refused")
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
