// Package web holds the explorer page: its TypeScript sources (src/), built
// by npm and Vite into dist/, which the binary embeds. A build without
// dist/ works too: the page then says how to build it.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:dist
var dist embed.FS

// Built reports whether the page's assets were built into the binary.
func Built() bool {
	_, err := fs.Stat(dist, "dist/index.html")
	return err == nil
}

// Handler serves the built page, or a page that says how to build it.
func Handler() http.Handler {
	if !Built() {
		return http.HandlerFunc(notBuilt)
	}
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Hashed assets never change; the page itself always may.
		if len(r.URL.Path) > len("/assets/") && r.URL.Path[:len("/assets/")] == "/assets/" {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}

const notBuiltPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>rightsgraph</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em}</style>
<h1>rightsgraph</h1>
<p>The explorer page is not built into this binary. Build it with <code>make web</code>
(or <code>cd web && npm ci && npm run build</code>), then build the binary again;
<code>make run</code> does both.</p>
<ul>
<li><a href="/graphiql">GraphiQL</a>: explore the GraphQL API at <code>/graphql</code></li>
<li>Exports: <a href="/export?format=graphml">GraphML</a>, <a href="/export?format=gexf">GEXF</a>,
<a href="/export?format=cyjs">Cytoscape.js JSON</a>, <a href="/export?format=csv">CSV (zip)</a></li>
<li><a href="/readyz">/readyz</a>, <a href="/healthz">/healthz</a>, <a href="/metrics">/metrics</a></li>
</ul>
</html>
`

func notBuilt(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(notBuiltPage)) //nolint:errcheck // nothing to do about a gone client
}
