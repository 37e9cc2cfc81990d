package server

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

// graphiqlDist is GraphiQL, built by npm and Vite from graphiql/ (make web)
// and embedded, so that /graphiql loads nothing from any other server. A
// build without it works too: /graphiql then says how to build it.
//
//go:embed all:graphiql/dist
var graphiqlDist embed.FS

// GraphiQLBuilt reports whether GraphiQL was built into the binary.
func GraphiQLBuilt() bool {
	_, err := fs.Stat(graphiqlDist, "graphiql/dist/index.html")
	return err == nil
}

// graphiql serves GraphiQL at /graphiql and its assets below it.
func graphiql() http.Handler {
	if !GraphiQLBuilt() {
		return http.HandlerFunc(graphiqlNotBuilt)
	}
	sub, err := fs.Sub(graphiqlDist, "graphiql/dist")
	if err != nil {
		panic(err) // embedded at build time
	}
	files := http.StripPrefix("/graphiql", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/graphiql" || r.URL.Path == "/graphiql/":
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, sub, "index.html")
		case strings.HasPrefix(r.URL.Path, "/graphiql/assets/"):
			// Hashed names: they never change.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			files.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

const graphiqlNotBuiltPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>rightsgraph GraphiQL</title>
<h1>GraphiQL is not built into this binary</h1>
<p>Build it with <code>make web</code> (or <code>cd server/graphiql && npm ci && npm run build</code>),
then build the binary again; <code>make run</code> does both. Meanwhile, any GraphQL client can
use <code>/graphql</code>.</p>
</html>
`

func graphiqlNotBuilt(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write([]byte(graphiqlNotBuiltPage)) //nolint:errcheck // nothing to do about a gone client
}
