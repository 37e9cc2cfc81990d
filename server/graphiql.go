package server

import (
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"
)

// graphiql serves GraphiQL.
func graphiql() http.Handler { return playground.Handler("rightsgraph", "/graphql") }
