package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// post is gqlgen's POST transport (transport.POST, GraphQL over HTTP with
// a JSON body), answering alike, but for how it writes an answer: where
// gqlgen marshals it with encoding/json, which checks and compacts the
// data it was given again, byte by byte, post writes the data as gqlgen
// marshalled it, escaping what encoding/json escapes (see writeResponse).
// That check cost a twentieth of the CPU of a request for a
// neighbourhood.
type post struct {
	transport.POST
}

var _ graphql.Transport = post{}

// The media types of an answer.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// Do answers a request as transport.POST does.
func (p post) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseType(r)
	w.Header().Set("Content-Type", contentType)
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		resp := exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("could not read request body: %+v", err)})
		writeResponse(w, resp)
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&params); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		resp := exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("json request body could not be decoded: %+v body:%s", err, body)})
		writeResponse(w, resp)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	oc, opErr := exec.CreateOperationContext(ctx, &params)
	if opErr != nil {
		w.WriteHeader(statusOf(opErr, contentType))
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, oc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	writeResponse(w, responses(ctx))
}

// responseType is the media type of the answer to r, as transport.POST
// chooses it without response headers of its own: the first of its
// Accept header's types that is JSON or GraphQL's JSON, JSON for any
// type or none, GraphQL's JSON when it accepts neither.
func responseType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		media, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch media {
		case "*/*", "application/*", mediaJSON:
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaGraphQLResponse
}

// statusOf is the status of a request error, as transport.POST gives it:
// a protocol error (one that does not parse or validate) is 422 with
// JSON and 400 with GraphQL's JSON; others are 200.
func statusOf(errs gqlerror.List, contentType string) int {
	if errcode.GetErrorKind(errs) != errcode.KindProtocol {
		return http.StatusOK
	}
	if contentType == mediaGraphQLResponse {
		return http.StatusBadRequest
	}
	return http.StatusUnprocessableEntity
}

// writeResponse writes resp as encoding/json marshals it. An answer of
// data alone (every answer without errors or extensions; an empty map of
// extensions, which a page's answer carries, is left out) is written as
// its data was marshalled by gqlgen, which writes compact JSON, with what
// encoding/json escapes in it escaped here (see appendEscaped); any other
// goes through encoding/json.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if resp != nil && len(resp.Errors) == 0 && resp.Data != nil && resp.Label == "" && len(resp.Path) == 0 &&
		resp.HasNext == nil && len(resp.Extensions) == 0 {
		b := make([]byte, 0, len(resp.Data)+len(`{"data":}`)+16)
		b = append(b, `{"data":`...)
		b = appendEscaped(b, resp.Data)
		b = append(b, '}')
		w.Write(b) //nolint:errcheck // the client went away
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	w.Write(b) //nolint:errcheck // the client went away
}

// appendEscaped appends data, compact JSON, to b with <, > and & and the
// line and paragraph separators U+2028 and U+2029 written as \u escapes,
// as encoding/json writes them in a json.RawMessage it marshals. Outside
// strings, compact JSON holds none of them.
func appendEscaped(b, data []byte) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '<' || c == '>' || c == '&':
			b = append(b, data[start:i]...)
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			start = i + 1
		case c == 0xe2 && i+2 < len(data) && data[i+1] == 0x80 && data[i+2]&^1 == 0xa8:
			b = append(b, data[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[data[i+2]&0xf])
			i += 2
			start = i + 1
		}
	}
	return append(b, data[start:]...)
}
