#!/usr/bin/env python3
"""Loads an N-Quads export of a khaosan graph into Oxigraph (pyoxigraph) and runs a SPARQL query.

    khaosan export graph.jsonld --to nquads -o graph.nq
    scripts/sparql-examples.py graph.nq docs/queries/organisations-in-province.rq พะเยา

QUERY is a file of docs/queries/ (or any SPARQL SELECT); VALUE, when given, replaces the
value of the query's `VALUES ?wanted { "…" }` line (the queries' default otherwise). With
--store DIR the store is kept on disk (a 20k-article graph need not be held in memory,
and the next run on DIR skips the load). Prints one
JSON object: {"rows": [{variable: value, ...}, ...]}; values are IRIs or lexical forms.
Exit 1 on failure, 2 when pyoxigraph is missing (pip install pyoxigraph).
"""
import json
import re
import sys

try:
    import pyoxigraph
except ImportError:
    print("pyoxigraph is not installed: pip install pyoxigraph (or use scripts/python-env.sh)", file=sys.stderr)
    sys.exit(2)


def sparql_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def main(argv):
    args = argv[1:]
    store_dir = None
    if len(args) >= 2 and args[0] == "--store":
        store_dir, args = args[1], args[2:]
    if len(args) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    nquads, query_path = args[0], args[1]
    with open(query_path, encoding="utf-8") as f:
        query = f.read()
    if len(args) == 3:
        pattern = re.compile(r'VALUES \?wanted \{ "(?:[^"\\]|\\.)*" \}')
        if not pattern.search(query):
            print(f"{query_path} has no VALUES ?wanted line to bind", file=sys.stderr)
            return 1
        query = pattern.sub(lambda _: "VALUES ?wanted { " + sparql_string(args[2]) + " }", query, count=1)
    store = pyoxigraph.Store(store_dir) if store_dir else pyoxigraph.Store()
    # An empty store (the first run on DIR) is loaded; len(store) would count every quad.
    if next(iter(store.quads_for_pattern(None, None, None)), None) is None:
        store.bulk_load(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    solutions = store.query(query)
    variables = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                row[name] = term.value
        rows.append(row)
    print(json.dumps({"rows": rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
