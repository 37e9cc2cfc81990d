package main

import (
	"cmp"
	"fmt"
	"strconv"
	"time"

	"github.com/rightsgraph/rightsgraph/internal/gctune"
)

// Config is the whole configuration. It is built once by LoadConfig from
// the environment (which main fills from .env first), then flags override
// single fields. Nothing else reads the environment.
type Config struct {
	// Addr is where serve listens (RIGHTSGRAPH_ADDR).
	Addr string
	// DataDir is the folder of the embedded store's data (RIGHTSGRAPH_DATA).
	DataDir string
	// Neo4j selects the Neo4j store when its URI is set.
	Neo4j Neo4jConfig
	// Introspection lets GraphQL clients read the schema, and serves
	// GraphiQL (RIGHTSGRAPH_INTROSPECTION).
	Introspection bool
	// AnonymousRead lets requests without a token read the graph
	// (RIGHTSGRAPH_ANONYMOUS_READ).
	AnonymousRead bool
	// RateLimit is how many requests a minute one client address may make
	// to /graphql and /export; 0 turns the limit off (RIGHTSGRAPH_RATE_LIMIT).
	RateLimit int
	// MaxBody is the largest request body accepted, in bytes (RIGHTSGRAPH_MAX_BODY).
	MaxBody int64
	// MaxUpload is the largest report file an editor may send to
	// draftReport, in bytes (RIGHTSGRAPH_MAX_UPLOAD).
	MaxUpload int64
	// QueryTimeout bounds one GraphQL request, and each Neo4j transaction
	// (RIGHTSGRAPH_QUERY_TIMEOUT, e.g. 30s).
	QueryTimeout time.Duration
	// ReadHeaderTimeout bounds the reading of a request's headers
	// (RIGHTSGRAPH_READ_HEADER_TIMEOUT).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds the reading of a whole request, body included
	// (RIGHTSGRAPH_READ_TIMEOUT): a client that sends slowly is cut off.
	ReadTimeout time.Duration
	// IdleTimeout is how long a keep-alive connection may wait for its
	// next request (RIGHTSGRAPH_IDLE_TIMEOUT).
	IdleTimeout time.Duration
	// MaxConcurrent bounds the requests to /graphql and /export served at
	// once; the others get 503 with Retry-After (RIGHTSGRAPH_MAX_CONCURRENT;
	// 0: no limit).
	MaxConcurrent int
	// GCHeadroom is how far, in bytes, serve lets the heap grow above
	// what is live before the garbage collector runs, where Go's default
	// lets it double: a server over a small heap collects every few
	// requests otherwise (see gctune). The memory it adds is bounded by
	// it; 0 leaves Go's default, and a GOGC set in the environment (other
	// than 100) wins (RIGHTSGRAPH_GC_HEADROOM).
	GCHeadroom uint64
}

// Neo4jConfig is how to reach a Neo4j server.
type Neo4jConfig struct {
	URI      string // NEO4J_URI, e.g. neo4j://127.0.0.1:7687
	User     string // NEO4J_USER
	Password string // NEO4J_PASSWORD
	Database string // NEO4J_DATABASE
}

// Defaults of the configuration.
const (
	DefaultAddr          = "127.0.0.1:8080"
	DefaultDataDir       = "data"
	DefaultNeo4jUser     = "neo4j"
	DefaultNeo4jDatabase = "neo4j"
	DefaultRateLimit     = 600
	DefaultMaxBody       = 1 << 20
	DefaultMaxUpload     = 20 << 20 // reportfile.MaxSize: the largest report file read
	DefaultQueryTimeout  = 30 * time.Second
	// A request of 1 MiB (the largest body) takes well under a second on
	// any link an editor uses; 20 s leaves room and still cuts off a
	// client that holds a connection by sending slowly.
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 20 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	// DefaultMaxConcurrent bounds what requests in flight hold: at most
	// this many bodies of RIGHTSGRAPH_MAX_BODY each.
	DefaultMaxConcurrent = 64
	DefaultGCHeadroom    = gctune.DefaultHeadroom
)

// EnvKeys lists every environment variable LoadConfig reads.
var EnvKeys = []string{
	"RIGHTSGRAPH_ADDR", "RIGHTSGRAPH_DATA", "RIGHTSGRAPH_INTROSPECTION", "RIGHTSGRAPH_ANONYMOUS_READ", "RIGHTSGRAPH_RATE_LIMIT",
	"RIGHTSGRAPH_MAX_BODY", "RIGHTSGRAPH_MAX_UPLOAD", "RIGHTSGRAPH_QUERY_TIMEOUT", "RIGHTSGRAPH_READ_HEADER_TIMEOUT", "RIGHTSGRAPH_READ_TIMEOUT",
	"RIGHTSGRAPH_IDLE_TIMEOUT", "RIGHTSGRAPH_MAX_CONCURRENT", "RIGHTSGRAPH_GC_HEADROOM",
	"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE",
}

// LoadConfig builds the configuration from getenv, with defaults for what
// is unset, and says which variable is malformed.
func LoadConfig(getenv func(string) string) (Config, error) {
	cfg := Config{
		Addr:    cmp.Or(getenv("RIGHTSGRAPH_ADDR"), DefaultAddr),
		DataDir: cmp.Or(getenv("RIGHTSGRAPH_DATA"), DefaultDataDir),
		Neo4j: Neo4jConfig{
			URI:      getenv("NEO4J_URI"),
			User:     cmp.Or(getenv("NEO4J_USER"), DefaultNeo4jUser),
			Password: getenv("NEO4J_PASSWORD"),
			Database: cmp.Or(getenv("NEO4J_DATABASE"), DefaultNeo4jDatabase),
		},
		Introspection: true,
		AnonymousRead: true,
		RateLimit:     DefaultRateLimit,
		MaxBody:       DefaultMaxBody,
		MaxUpload:     DefaultMaxUpload,
		QueryTimeout:  DefaultQueryTimeout,

		ReadHeaderTimeout: DefaultReadHeaderTimeout,
		ReadTimeout:       DefaultReadTimeout,
		IdleTimeout:       DefaultIdleTimeout,
		MaxConcurrent:     DefaultMaxConcurrent,
		GCHeadroom:        DefaultGCHeadroom,
	}
	var err error
	parse := func(key string, fn func(string) error) {
		if v := getenv(key); v != "" && err == nil {
			if e := fn(v); e != nil {
				err = fmt.Errorf("%s=%q: %v", key, v, e)
			}
		}
	}
	parse("RIGHTSGRAPH_INTROSPECTION", func(v string) (e error) { cfg.Introspection, e = strconv.ParseBool(v); return })
	parse("RIGHTSGRAPH_ANONYMOUS_READ", func(v string) (e error) { cfg.AnonymousRead, e = strconv.ParseBool(v); return })
	parse("RIGHTSGRAPH_RATE_LIMIT", func(v string) (e error) {
		if cfg.RateLimit, e = strconv.Atoi(v); e == nil && cfg.RateLimit < 0 {
			e = fmt.Errorf("must not be negative")
		}
		return
	})
	parse("RIGHTSGRAPH_MAX_BODY", func(v string) (e error) {
		if cfg.MaxBody, e = strconv.ParseInt(v, 10, 64); e == nil && cfg.MaxBody < 1024 {
			e = fmt.Errorf("must be at least 1024 bytes")
		}
		return
	})
	parse("RIGHTSGRAPH_MAX_UPLOAD", func(v string) (e error) {
		if cfg.MaxUpload, e = strconv.ParseInt(v, 10, 64); e == nil && cfg.MaxUpload < 0 {
			e = fmt.Errorf("must not be negative")
		}
		return
	})
	duration := func(key string, d *time.Duration) {
		parse(key, func(v string) (e error) {
			if *d, e = time.ParseDuration(v); e == nil && *d <= 0 {
				e = fmt.Errorf("must be positive")
			}
			return
		})
	}
	duration("RIGHTSGRAPH_QUERY_TIMEOUT", &cfg.QueryTimeout)
	duration("RIGHTSGRAPH_READ_HEADER_TIMEOUT", &cfg.ReadHeaderTimeout)
	duration("RIGHTSGRAPH_READ_TIMEOUT", &cfg.ReadTimeout)
	duration("RIGHTSGRAPH_IDLE_TIMEOUT", &cfg.IdleTimeout)
	parse("RIGHTSGRAPH_MAX_CONCURRENT", func(v string) (e error) {
		if cfg.MaxConcurrent, e = strconv.Atoi(v); e == nil && cfg.MaxConcurrent < 0 {
			e = fmt.Errorf("must not be negative")
		}
		return
	})
	parse("RIGHTSGRAPH_GC_HEADROOM", func(v string) (e error) { cfg.GCHeadroom, e = strconv.ParseUint(v, 10, 64); return })
	return cfg, err
}
