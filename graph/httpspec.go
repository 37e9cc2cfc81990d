package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// followSpec brings gqlgen's answers to request errors (a query that does
// not parse or validate) in line with the GraphQL-over-HTTP spec: with
// application/json they answer 200, not gqlgen's 422, and with
// application/graphql-response+json their body has no data entry, where
// gqlgen writes "data": null. A request without a query is not a GraphQL
// request at all: it answers 400. Other answers pass through untouched.
func followSpec(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &specWriter{ResponseWriter: w, hasQuery: queryCheck(r)}
		next.ServeHTTP(sw, r)
		sw.finish()
	})
}

// queryCheck returns a check of whether a request carries a query, as
// text or as a persisted query's hash (in extensions). Only the answer to
// a request error needs it, so the check decodes the request when it is
// made, not before: a query that runs never pays for decoding its body
// twice. The body, already read into memory by the server's body limit,
// is kept for the check and put back for the handler.
func queryCheck(r *http.Request) func() bool {
	if r.Method != http.MethodPost {
		return func() bool {
			q := r.URL.Query()
			return q.Get("query") != "" || q.Get("extensions") != ""
		}
	}
	if r.Body == nil {
		return func() bool { return false }
	}
	body, err := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	return func() bool {
		var params struct {
			Query      string         `json:"query"`
			Extensions map[string]any `json:"extensions"`
		}
		return err == nil && json.Unmarshal(body, &params) == nil && (params.Query != "" || params.Extensions != nil)
	}
}

// specWriter holds back the answer to a request error until it is whole.
type specWriter struct {
	http.ResponseWriter
	hasQuery func() bool // asked only of a request error (see queryCheck)
	status   int
	held     *bytes.Buffer // nil: passing through
}

func (w *specWriter) WriteHeader(code int) {
	if code == http.StatusBadRequest || code == http.StatusUnprocessableEntity {
		w.status, w.held = code, &bytes.Buffer{}
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *specWriter) Write(b []byte) (int, error) {
	if w.held != nil {
		return w.held.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *specWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *specWriter) finish() {
	if w.held == nil {
		return
	}
	status, body := w.status, w.held.Bytes()
	switch ct := w.Header().Get("Content-Type"); {
	case strings.HasPrefix(ct, "application/graphql-response+json"):
		var answer map[string]json.RawMessage
		if json.Unmarshal(body, &answer) == nil && string(answer["data"]) == "null" {
			delete(answer, "data")
			if b, err := json.Marshal(answer); err == nil {
				body = b
			}
		}
	case status != http.StatusUnprocessableEntity:
	case !w.hasQuery():
		status = http.StatusBadRequest
	case strings.HasPrefix(ct, "application/json"):
		status = http.StatusOK
	}
	w.Header().Del("Content-Length")
	w.ResponseWriter.WriteHeader(status)
	w.ResponseWriter.Write(body) //nolint:errcheck // the client went away
}
