package main

import "cmp"

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
)

// EnvKeys lists every environment variable LoadConfig reads.
var EnvKeys = []string{"RIGHTSGRAPH_ADDR", "RIGHTSGRAPH_DATA", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"}

// LoadConfig builds the configuration from getenv, with defaults for what
// is unset.
func LoadConfig(getenv func(string) string) Config {
	return Config{
		Addr:    cmp.Or(getenv("RIGHTSGRAPH_ADDR"), DefaultAddr),
		DataDir: cmp.Or(getenv("RIGHTSGRAPH_DATA"), DefaultDataDir),
		Neo4j: Neo4jConfig{
			URI:      getenv("NEO4J_URI"),
			User:     cmp.Or(getenv("NEO4J_USER"), DefaultNeo4jUser),
			Password: getenv("NEO4J_PASSWORD"),
			Database: cmp.Or(getenv("NEO4J_DATABASE"), DefaultNeo4jDatabase),
		},
	}
}
