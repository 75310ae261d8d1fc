#!/usr/bin/env python3
"""Checks `khaosan export` against a real JSON-LD processor (rdflib), offline.

    check-export-rdf.py GRAPH.jsonld nquads|turtle|split EXPORT

Parses GRAPH.jsonld with rdflib's JSON-LD parser and EXPORT (an N-Quads file, a Turtle
file, or the directory of `--to split` with entities.jsonld and annotations.jsonld) with
rdflib, and compares the two sets of triples (khaosan graphs have no blank nodes, so set
equality is graph isomorphism). Prints one JSON object {"expected": N, "exported": N,
"missing": [...], "extra": [...]} (at most 5 examples each); exit 1 when they differ.
"""
import json
import os
import sys

try:
    from rdflib import Dataset, Graph
except ImportError:
    print("rdflib is not installed: pip install rdflib", file=sys.stderr)
    sys.exit(2)


def triples(path, fmt):
    graph = Dataset() if fmt in ("json-ld", "nquads") else Graph()
    graph.parse(path, format=fmt)
    if isinstance(graph, Dataset):
        return {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))}
    return set(graph)


def main(argv):
    if len(argv) != 4 or argv[2] not in ("nquads", "turtle", "split"):
        print(__doc__, file=sys.stderr)
        return 2
    graph_path, kind, export = argv[1:]
    expected = triples(graph_path, "json-ld")
    if kind == "split":
        exported = triples(os.path.join(export, "entities.jsonld"), "json-ld")
        exported |= triples(os.path.join(export, "annotations.jsonld"), "json-ld")
    else:
        exported = triples(export, "nquads" if kind == "nquads" else "turtle")
    missing = sorted(str(t) for t in expected - exported)
    extra = sorted(str(t) for t in exported - expected)
    print(json.dumps({"expected": len(expected), "exported": len(exported),
                      "missing": missing[:5], "extra": extra[:5]}, ensure_ascii=False))
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
