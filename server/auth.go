package server

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/go-chi/httprate"

	"github.com/rightsgraph/rightsgraph"
)

// authenticate puts the request's principal in its context: the token of
// an "Authorization: Bearer …" header, or anonymous. A token that is
// unknown or revoked is refused with 401 UNAUTHENTICATED, and so is an
// anonymous request when anonymous reading is off.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		header := r.Header.Get("Authorization")
		if header == "" {
			if s.opts.RequireToken {
				unauthenticated(w, "this server needs a token: Authorization: Bearer …")
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		secret, ok := strings.CutPrefix(header, "Bearer ")
		if !ok {
			unauthenticated(w, "the Authorization header must be: Bearer <token>")
			return
		}
		tok, err := s.store.TokenByHash(r.Context(), rightsgraph.HashSecret(strings.TrimSpace(secret)))
		switch {
		case rightsgraph.ErrorCode(err) == rightsgraph.ENOTFOUND || (err == nil && tok.Revoked()):
			unauthenticated(w, "the token is unknown or revoked")
			return
		case err != nil:
			s.log.ErrorContext(r.Context(), "token look-up failed", "err", err)
			http.Error(w, rightsgraph.ErrorMessage(err), httpStatus(err))
			return
		}
		ctx := rightsgraph.WithPrincipal(r.Context(), rightsgraph.Principal{Name: tok.Name, Role: tok.Role})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// unauthenticated answers 401 with a GraphQL error body.
func unauthenticated(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="rightsgraph"`)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(map[string]any{ //nolint:errcheck // nothing to do about a gone client
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": rightsgraph.EUNAUTHORIZED}}},
	})
}

// rateKey limits each token by its name, and anonymous requests by address.
func rateKey(r *http.Request) (string, error) {
	if p := rightsgraph.PrincipalFrom(r.Context()); p.Name != "" {
		return "token:" + p.Name, nil
	}
	return httprate.KeyByIP(r)
}
