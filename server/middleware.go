package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"time"

	"github.com/go-chi/chi/v5/middleware"
	"github.com/klauspost/compress/gzhttp"
)

// compressWith compresses answers of at least 1 KiB for clients that
// accept it, with gzip at level 1 (flate's faster levels start each answer
// afresh for next to nothing, where levels 2-9 clear 640 KiB of tables) or
// zstd at its fastest. A smaller answer, such as most entities and search
// hits, goes out as it is: compressing it cost more CPU than its query and
// saved no packet. Content types are left as the handlers set them.
var compressWith = func() func(http.Handler) http.HandlerFunc {
	w, err := gzhttp.NewWrapper(gzhttp.MinSize(1024), gzhttp.CompressionLevel(1), gzhttp.SetContentType(false))
	if err != nil {
		panic(err) // the options are constants
	}
	return w
}()

// compress is compressWith as a middleware.
func compress(next http.Handler) http.Handler { return compressWith(next) }

// capBody refuses a request whose declared body is over max bytes with 413
// at once, and makes reading more than max bytes of any other body fail. It
// reads nothing itself: bodies are read only once a request is admitted
// (see readBody).
func capBody(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if max <= 0 || r.Body == nil || r.Body == http.NoBody {
				next.ServeHTTP(w, r)
				return
			}
			if r.ContentLength > max {
				tooLarge(w, r, max)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, max)
			next.ServeHTTP(w, r)
		})
	}
}

// readBody reads an admitted request's body into memory, so that the
// handler after it never waits on the client; a body over max bytes gets
// 413 (GraphQL's own reading would answer a cut body with 400), one the
// client is too slow to send ends with the server's read timeout.
func readBody(limitOf func(*http.Request) int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Body == nil || r.Body == http.NoBody {
				next.ServeHTTP(w, r)
				return
			}
			limit := limitOf(r)
			if limit > 0 {
				if r.ContentLength > limit {
					tooLarge(w, r, limit)
					return
				}
				r.Body = http.MaxBytesReader(w, r.Body, limit)
			}
			// A declared length (at most the limit: see capBody) is read
			// into one buffer of that size; others grow up to the limit.
			var body []byte
			var err error
			if r.ContentLength > 0 {
				body = make([]byte, r.ContentLength)
				_, err = io.ReadFull(r.Body, body)
			} else {
				body, err = io.ReadAll(r.Body)
			}
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				tooLarge(w, r, limit)
				return
			} else if err != nil {
				w.Header().Set("Connection", "close")
				http.Error(w, "reading the request body: "+err.Error(), http.StatusBadRequest)
				return
			}
			r.Body = memBody{bytes.NewReader(body)}
			next.ServeHTTP(w, r)
		})
	}
}

// memBody is a request body readBody has read into memory.
type memBody struct{ *bytes.Reader }

func (memBody) Close() error { return nil }

func tooLarge(w http.ResponseWriter, r *http.Request, max int64) {
	refuse(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", max))
}

// refuse answers a request with an error status and a short message.
func refuse(w http.ResponseWriter, r *http.Request, status int, msg string) {
	closeIfBodyUnread(w, r)
	http.Error(w, msg, status)
}

// closeIfBodyUnread closes the connection after the answer to a request
// whose body was not read: net/http would otherwise read up to 256 KiB of
// it, at the client's pace, to reuse the connection.
func closeIfBodyUnread(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength != 0 && r.Body != nil && r.Body != http.NoBody {
		if _, read := r.Body.(memBody); !read {
			w.Header().Set("Connection", "close")
		}
	}
}

// limitConcurrency lets at most n requests through at once; the others
// get 503 with Retry-After at once, their bodies unread, rather than
// waiting in memory. n <= 0 is no limit.
func limitConcurrency(n int) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if n <= 0 {
			return next
		}
		slots := make(chan struct{}, n)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case slots <- struct{}{}:
				defer func() { <-slots }()
				next.ServeHTTP(w, r)
			default:
				w.Header().Set("Retry-After", "1")
				refuse(w, r, http.StatusServiceUnavailable, "the server is busy: try again in a moment")
			}
		})
	}
}

// withTimeout bounds the context of a request: what runs under it (GraphQL
// execution, store calls) stops when it ends, and answers for itself.
func withTimeout(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if d <= 0 {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// ContentSecurityPolicy is the policy of every answer: the explorer and
// GraphiQL load everything from this server; nothing may frame them.
// GraphiQL's editor sets style attributes, hence 'unsafe-inline' for styles
// (never for scripts).
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the security headers on every answer.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// requestIDPattern is what a client-set X-Request-Id may be: short, and
// only characters that cannot forge a log line or a header.
var requestIDPattern = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,64}$`)

// requestID gives every request an id, for the log and the answer's
// X-Request-Id: the client's own when it is safe, a new one otherwise.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(middleware.RequestIDHeader)
		if !requestIDPattern.MatchString(id) {
			id = rand.Text()[:16]
		}
		w.Header().Set(middleware.RequestIDHeader, id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), middleware.RequestIDKey, id)))
	})
}

// accessLog logs every request as one structured line with its request id.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		level := slog.LevelInfo
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
			level = slog.LevelDebug // probes every few seconds would drown the log
		}
		s.log.Log(r.Context(), level, "request",
			"id", middleware.GetReqID(r.Context()), "method", r.Method, "path", r.URL.Path,
			"status", ww.Status(), "bytes", ww.BytesWritten(), "duration", time.Since(start), "remote", r.RemoteAddr)
	})
}
