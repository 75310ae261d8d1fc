#!/usr/bin/env python3
"""Validates a khaosan JSON-LD graph with a real JSON-LD processor (rdflib), offline.

Parses (expands) the JSON-LD, converts it to N-Quads, re-reads the N-Quads, checks
that no blank node is present, and runs a SPARQL query: the people who work for an
organisation located in a place named NAME (default พะเยา). Prints one JSON object:
{"triples": N, "blankNodes": N, "people": [names…]}. Exit 1 on any failure.

Usage: check-graph-rdf.py GRAPH.jsonld [PLACE_NAME]
"""
import json
import sys

try:
    import rdflib
    from rdflib import BNode, Dataset
except ImportError:
    print("rdflib is not installed: pip install rdflib", file=sys.stderr)
    sys.exit(2)

QUERY = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?person ?name WHERE {
  ?person a schema:Person ;
          schema:worksFor ?org .
  ?org schema:location ?place .
  ?place schema:name ?placeName .
  FILTER (str(?placeName) = ?wanted)
  OPTIONAL { ?person schema:name ?name . FILTER (lang(?name) = "th" || lang(?name) = "und-latn") }
}
"""


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    wanted = sys.argv[2] if len(sys.argv) > 2 else "พะเยา"
    with open(path, encoding="utf-8") as f:
        data = f.read()
    parsed = Dataset()
    parsed.parse(data=data, format="json-ld")
    nquads = parsed.serialize(format="nquads")
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    triples = 0
    blank = 0
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        triples += 1
        if isinstance(s, BNode) or isinstance(o, BNode):
            blank += 1
    rows = dataset.query(QUERY, initBindings={"wanted": rdflib.Literal(wanted)})
    people = sorted({str(row.name) if row.name is not None else str(row.person) for row in rows})
    print(json.dumps({"triples": triples, "blankNodes": blank, "people": people}, ensure_ascii=False))
    if triples == 0 or blank > 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
