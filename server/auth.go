package server

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/httprate"

	"github.com/rightsgraph/rightsgraph"
)

// admit decides on a request from its headers alone, before anything
// reads its body: it puts the request's principal in its context (the
// token of an "Authorization: Bearer …" header, or anonymous) and spends
// one request of its rate limit. A token that is unknown or revoked is
// refused with 401 UNAUTHENTICATED, and so is an anonymous request when
// anonymous reading is off; each such refusal spends one request of the
// client address's budget, so that guessing tokens meets 429 soon.
func (s *Server) admit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, ok := s.identify(w, r, s.opts.RequireToken)
		if !ok {
			return
		}
		r = r.WithContext(ctx)
		if s.limiter != nil && s.limiter.OnLimit(w, r, rateKey(r)) {
			refuse(w, r, http.StatusTooManyRequests, "too many requests: slow down")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// identify returns the request's context with its principal, and a place
// for the one view of the graph its reads share (rightsgraph.WithRequestView). When it
// refuses the request (a bad token, or none where one is needed) it has
// answered it, and counted the failure against the client address.
func (s *Server) identify(w http.ResponseWriter, r *http.Request, needToken bool) (context.Context, bool) {
	fail := func(msg string) (context.Context, bool) {
		if s.limiter != nil && s.limiter.OnLimit(w, r, addressKey(r)) {
			refuse(w, r, http.StatusTooManyRequests, "too many failed authentications: slow down")
		} else {
			unauthenticated(w, r, msg)
		}
		return nil, false
	}
	header := strings.TrimSpace(r.Header.Get("Authorization"))
	if header == "" {
		if needToken {
			return fail("this server needs a token: Authorization: Bearer …")
		}
		return rightsgraph.WithRequestView(r.Context()), true
	}
	// RFC 9110 §11.1: the scheme is case-insensitive.
	scheme, secret, _ := strings.Cut(header, " ")
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		return fail("the Authorization header must be: Bearer <token>")
	}
	tok, err := s.store.TokenByHash(r.Context(), rightsgraph.HashSecret(strings.TrimSpace(secret)))
	switch {
	case rightsgraph.ErrorCode(err) == rightsgraph.ENOTFOUND || (err == nil && tok.Revoked()):
		return fail("the token is unknown or revoked")
	case err != nil:
		s.log.ErrorContext(r.Context(), "token look-up failed", "err", err)
		refuse(w, r, httpStatus(err), rightsgraph.ErrorMessage(err))
		return nil, false
	}
	ctx := rightsgraph.WithPrincipal(r.Context(), rightsgraph.Principal{Name: tok.Name, Role: tok.Role, Cleared: tok.Cleared})
	return rightsgraph.WithRequestView(ctx), true
}

// unauthenticated answers 401 with a GraphQL error body.
func unauthenticated(w http.ResponseWriter, r *http.Request, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="rightsgraph"`)
	w.Header().Set("Content-Type", "application/json")
	closeIfBodyUnread(w, r)
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(map[string]any{ //nolint:errcheck // nothing to do about a gone client
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": rightsgraph.EUNAUTHORIZED}}},
	})
}

// rateWindow is the window of the rate limit.
const rateWindow = time.Minute

func newLimiter(perMinute int) *httprate.RateLimiter {
	if perMinute <= 0 {
		return nil
	}
	return httprate.NewRateLimiter(perMinute, rateWindow)
}

// rateKey limits each token by its name, and anonymous requests by address.
func rateKey(r *http.Request) string {
	if p := rightsgraph.PrincipalFrom(r.Context()); p.Name != "" {
		return "token:" + p.Name
	}
	return addressKey(r)
}

// addressKey is the client's address (its /64 for IPv6), from the
// connection: headers a client sets (X-Forwarded-For) are not trusted.
func addressKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "address:" + httprate.CanonicalizeIP(host)
}
