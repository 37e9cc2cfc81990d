// The peer of make bench-api: @neo4j/graphql 7 over Apollo Server, on the
// same Neo4j as rightsgraph. The type definitions come from the harness
// (PEER_TYPEDEFS, a file), which derives them from rightsgraph's kinds and
// relationship types, so that they match how neo4jstore stores the graph.
//
// Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (empty: no auth),
// NEO4J_DATABASE, PEER_TYPEDEFS, PEER_PORT (0: any free port). It prints
// "peer: listening on URL" once it serves.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const env = process.env;
const auth = env.NEO4J_PASSWORD ? neo4j.auth.basic(env.NEO4J_USER || "neo4j", env.NEO4J_PASSWORD) : undefined;
const driver = neo4j.driver(env.NEO4J_URI, auth);
const typeDefs = readFileSync(env.PEER_TYPEDEFS, "utf8");
const database = env.NEO4J_DATABASE || "neo4j";

// String and ID comparisons (gt, lt…) are off by default; Q4's keyset page
// needs gt.
const comparisons = { LT: true, LTE: true, GT: true, GTE: true };
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver,
  features: { filters: { String: comparisons, ID: comparisons } },
});
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(env.PEER_PORT || 0) },
  context: async () => ({ sessionConfig: { database } }),
});
console.log(`peer: listening on ${url}`);

// The harness ends the peer by closing its standard input, so that no
// process is left behind even when the harness is killed.
process.stdin.on("end", async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
});
process.stdin.resume();
