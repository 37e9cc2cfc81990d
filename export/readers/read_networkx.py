"""Read a rightsgraph export with networkx and print what networkx found.

Usage: read_networkx.py FORMAT FILE [NODE_ID EDGE_ID]

FORMAT is graphml or gexf (read with networkx's own readers), or csv: FILE
is then the zip of nodes.csv and edges.csv that export.CSVZip writes, read
with the csv module into a MultiDiGraph (relations of different types may
join the same two entities), dropping the ' that starts a cell a
spreadsheet would otherwise run as a formula. The file is read as it is,
never fixed first.

Prints one JSON object: {"nodes": n, "edges": m, "directed": bool,
"sample": {"node": {...}, "edge": {...}}}, where the samples are the
attributes networkx holds for NODE_ID and EDGE_ID (an edge's also carry
source and target). export/readers_test.go runs it.
"""

import csv
import io
import json
import sys
import zipfile

import networkx as nx

DEFAULT_NODE = "person/lev-ponomarev"
DEFAULT_EDGE = "person/lev-ponomarev|LEADS|organisation/for-human-rights"


def csv_rows(f):
    """Yields the rows of a CSV file, each cell without the leading ' that
    export.CSV adds to a cell starting with = + - @ ' a tab or a CR."""
    for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline="")):
        yield {k: v[1:] if v.startswith("'") else v for k, v in row.items()}


def read_csv_zip(path):
    g = nx.MultiDiGraph()
    with zipfile.ZipFile(path) as z:
        with z.open("nodes.csv") as f:
            for row in csv_rows(f):
                g.add_node(row.pop("Id"), **row)
        with z.open("edges.csv") as f:
            for row in csv_rows(f):
                source, target = row.pop("Source"), row.pop("Target")
                for end in (source, target):
                    if end not in g:
                        raise SystemExit(f"edge {row['Id']}: unknown node {end}")
                g.add_edge(source, target, key=row["Id"], **row)
    return g


READERS = {
    "graphml": nx.read_graphml,
    "gexf": nx.read_gexf,
    "csv": read_csv_zip,
}


def find_edge(g, edge_id):
    """Returns the attributes of the edge whose id (or multigraph key) is edge_id."""
    if g.is_multigraph():
        edges = ((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True))
    else:
        edges = ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, k, d in edges:
        if k == edge_id or d.get("id") == edge_id:
            return {"source": u, "target": v, **d}
    return None


def main(argv):
    if len(argv) not in (3, 5) or argv[1] not in READERS:
        raise SystemExit(__doc__)
    fmt, path = argv[1], argv[2]
    node_id, edge_id = (argv[3], argv[4]) if len(argv) == 5 else (DEFAULT_NODE, DEFAULT_EDGE)
    g = READERS[fmt](path)
    node = dict(g.nodes[node_id]) if node_id in g else None
    json.dump(
        {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "directed": g.is_directed(),
            "sample": {"node": node, "edge": find_edge(g, edge_id)},
        },
        sys.stdout,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
