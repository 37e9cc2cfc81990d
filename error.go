package rightsgraph

import (
	"errors"
	"fmt"
)

// Error codes a user may see. They travel to GraphQL clients in
// extensions.code, so their values are part of the external contract.
const (
	ECONFLICT     = "CONFLICT"
	EINTERNAL     = "INTERNAL"
	EINVALID      = "BAD_USER_INPUT"
	ENOTFOUND     = "NOT_FOUND"
	EUNAUTHORIZED = "UNAUTHENTICATED"
	EFORBIDDEN    = "FORBIDDEN"
	EUNAVAILABLE  = "STORE_UNAVAILABLE"
	// ETIMEOUT: the backend is up, but the work ran out of time.
	ETIMEOUT = "TIMEOUT"
)

// Error is an error whose message is meant for the user who caused it.
// Errors without a code are internal: their text is logged, never shown.
type Error struct {
	Code    string
	Message string
	// Field names the input field at fault, e.g. "input.evidence.quote",
	// when there is one; GraphQL shows it in extensions.field.
	Field string
}

// Error returns the message; ErrorCode tells the code.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldError returns an EINVALID error about one input field.
func FieldError(field, format string, args ...any) *Error {
	e := Errorf(EINVALID, format, args...)
	e.Field = field
	return e
}

// ErrorField returns the input field of the first *Error in err's chain, if
// it names one.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// ErrorCode returns the code of the first *Error in err's chain, or
// EINTERNAL when there is none. A nil error has no code.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of its
// *Error, or a generic text for internal errors, whose details stay in logs.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
