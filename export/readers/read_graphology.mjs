// Reads a rightsgraph export with the JavaScript graph libraries and prints
// what they found.
//
// Usage: node read_graphology.mjs FORMAT FILE [NODE_ID EDGE_ID]
//
// FORMAT is gexf (graphology-gexf), graphml (graphology-graphml) or cyjs
// (cytoscape, headless). Both graphology parsers are the packages' Node entry
// points, which bring their own DOMParser (@xmldom/xmldom). The file is read
// as it is, never fixed first.
//
// Prints one JSON object: {"nodes": n, "edges": m, "directed": bool,
// "sample": {"node": {...}, "edge": {...}}}, where the samples are the
// attributes the library holds for NODE_ID and EDGE_ID (an edge's also
// carry source and target). export/readers_test.go runs it.

import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';

const DEFAULT_NODE = 'person/lev-ponomarev';
const DEFAULT_EDGE = 'person/lev-ponomarev|LEADS|organisation/for-human-rights';

// fromGraphology summarises a graphology graph. The parsers make it directed
// when the file says so, and multi when two edges join the same nodes.
function fromGraphology(graph, nodeID, edgeID) {
  return {
    nodes: graph.order,
    edges: graph.size,
    directed: graph.type === 'directed',
    sample: {
      node: graph.hasNode(nodeID) ? graph.getNodeAttributes(nodeID) : null,
      edge: graph.hasEdge(edgeID)
        ? { source: graph.source(edgeID), target: graph.target(edgeID), ...graph.getEdgeAttributes(edgeID) }
        : null,
    },
  };
}

const readers = {
  gexf: (text, nodeID, edgeID) => fromGraphology(gexf.parse(Graph, text), nodeID, edgeID),
  graphml: (text, nodeID, edgeID) => fromGraphology(graphml.parse(Graph, text), nodeID, edgeID),
  cyjs: (text, nodeID, edgeID) => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
    const node = cy.getElementById(nodeID);
    const edge = cy.getElementById(edgeID);
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      // Cytoscape.js edges are always directed, source to target.
      directed: true,
      sample: {
        node: node.nonempty() && node.isNode() ? node.data() : null,
        edge: edge.nonempty() && edge.isEdge() ? edge.data() : null,
      },
    };
  },
};

const [format, file, nodeID = DEFAULT_NODE, edgeID = DEFAULT_EDGE] = process.argv.slice(2);
if (!readers[format] || !file) {
  console.error('usage: node read_graphology.mjs gexf|graphml|cyjs FILE [NODE_ID EDGE_ID]');
  process.exit(2);
}
const result = readers[format](readFileSync(file, 'utf8'), nodeID, edgeID);
process.stdout.write(JSON.stringify(result) + '\n');
