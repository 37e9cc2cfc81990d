// Package rightsgraph holds the domain of the rightsgraph knowledge graph:
// entities (people, organisations, issues, congresses, resolutions, reports,
// places, laws), the relationships between them with their evidence, and the
// Store interface that every backend implements.
//
// Backends live in their own packages (inmem, neo4jstore); the GraphQL layer
// (graph) and the report loader (seed) see only the Store interface.
package rightsgraph
