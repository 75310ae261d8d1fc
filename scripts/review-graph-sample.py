#!/usr/bin/env python3
"""Draw and re-check the judged graph samples of a review (fixtures/review/graph-session9.md).

    review-graph-sample.py draw GRAPH DOCS.jsonl -o SAMPLE.json [--entity-seed N] [--fact-seed N]
    review-graph-sample.py show GRAPH DOCS.jsonl SAMPLE.json [--part entities|top|facts]
    review-graph-sample.py stats GRAPH
    review-graph-sample.py find GRAPH TEXT…

`draw` fixes the sample (it depends only on the graph): (a) 14 ORG, 13 PERSON, 13 PLACE entities
with mentions in at least 2 articles, pools sorted by IRI, one `random.Random(entity_seed)` drawing
ORG, then PERSON, then PLACE (the procedure of graph-session3.md); (b) the top-15 ORG, top-10 PERSON
and top-10 PLACE nodes by mentions; (c) 30 facts (`rdf:Statement`s derived from an article, not
from a lexicon), pool sorted by statement id, `random.Random(fact_seed)`: 10 jobTitle, 8 worksFor,
7 location, 5 of the other predicates. Facts of a lexicon (its "in") are left out. A sampled entity is kept as its mention ids
(`doc#char=s,e`), so `show` on a later graph finds the node(s) now holding those same mentions;
a sampled fact is kept as (article, subject mention texts, predicate, object), so `show` says
whether the later graph still states it.

`show` prints a worksheet: for every entity its node(s), name, mention texts and each mention in
its sentence (the mention in [[ ]]); for every fact the article lines where subject and object occur.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict

LABELS = {"PERSON": 13, "ORG": 14, "PLACE": 13}
TOP = {"ORG": 15, "PERSON": 10, "PLACE": 10}
FACTS = [("jobTitle", 10), ("worksFor", 8), ("location", 7), ("other", 5)]


def ref(value):
    if isinstance(value, dict):
        return value.get("@id") or value.get("@value")
    if isinstance(value, list):
        return ref(value[0])
    return value


def load_graph(path):
    graph = json.load(open(path, encoding="utf-8"))["@graph"]
    nodes, mentions, facts = {}, defaultdict(list), []
    for node in graph:
        kind = node.get("@type")
        if kind == "oa:Annotation":
            target = node["oa:hasTarget"]
            exact = next(s["oa:exact"] for s in target["oa:hasSelector"] if "oa:exact" in s)
            doc, chars = node["@id"].split("/doc/")[1].split("#char=")
            start, end = (int(x) for x in chars.split(","))
            mentions[ref(node["oa:hasBody"])].append(
                {"id": f"{doc}#char={start},{end}", "doc": doc, "start": start, "end": end,
                 "exact": exact, "label": node.get("khaosan:label")})
        elif kind == "rdf:Statement":
            facts.append(node)
        else:
            nodes[node["@id"]] = node
    return nodes, mentions, facts


def name_of(node):
    name = node.get("name") if node else None
    if isinstance(name, dict):
        return name.get("th") or name.get("en") or next(iter(name.values()))
    return name or "?"


def label_of(mentions):
    return Counter(m["label"] for m in mentions).most_common(1)[0][0]


def short(iri):
    return iri.split("/khaosan/")[-1] if isinstance(iri, str) else iri


def predicate_of(fact):
    return ref(fact["rdf:predicate"]).rsplit("/", 1)[-1]


def draw(args):
    nodes, mentions, facts = load_graph(args.graph)
    pools = defaultdict(list)
    counts = defaultdict(list)
    for iri, ms in mentions.items():
        label = label_of(ms)
        if label not in LABELS:
            continue
        counts[label].append((-len(ms), iri))
        if len({m["doc"] for m in ms}) >= 2:
            pools[label].append(iri)
    rng = random.Random(args.entity_seed)
    entities = []
    for label in ("ORG", "PERSON", "PLACE"):
        for iri in rng.sample(sorted(pools[label]), LABELS[label]):
            entities.append({"label": label, "iri": iri, "mentions": sorted(m["id"] for m in mentions[iri])})
    top = []
    for label, n in TOP.items():
        for _, iri in sorted(counts[label])[:n]:
            top.append({"label": label, "iri": iri, "mentions": sorted(m["id"] for m in mentions[iri])})
    # Facts read from the texts or the graph (a place inside an ORG's name), not a lexicon's "in".
    textual = [f for f in facts if "lexicon" not in str(f.get("khaosan:rule", ""))]
    groups = defaultdict(list)
    for fact in sorted(textual, key=lambda f: f["@id"]):
        p = predicate_of(fact)
        groups[p if p in ("jobTitle", "worksFor", "location") else "other"].append(fact)
    rng = random.Random(args.fact_seed)
    chosen = []
    for group, n in FACTS:
        for fact in rng.sample(groups[group], min(n, len(groups[group]))):
            subject, obj = ref(fact["rdf:subject"]), ref(fact["rdf:object"])
            source = ref(fact.get("prov:wasDerivedFrom"))
            doc = source.split("/doc/")[1] if source else min(m["doc"] for m in mentions[subject])
            chosen.append({
                "id": fact["@id"], "doc": doc, "predicate": predicate_of(fact), "rule": fact.get("khaosan:rule"),
                "subject": subject, "subject_name": name_of(nodes.get(subject)),
                "subject_texts": sorted({m["exact"] for m in mentions.get(subject, []) if m["doc"] == doc}),
                "subject_mentions": sorted((m["start"], m["end"]) for m in mentions.get(subject, []) if m["doc"] == doc),
                "object": obj, "object_name": name_of(nodes.get(obj)) if obj in nodes else obj,
                "object_texts": sorted({m["exact"] for m in mentions.get(obj, []) if m["doc"] == doc})})
    sample = {"graph": args.graph, "entity_seed": args.entity_seed, "fact_seed": args.fact_seed,
              "pool_sizes": {k: len(v) for k, v in pools.items()},
              "fact_pool_sizes": {k: len(v) for k, v in groups.items()},
              "entities": entities, "top": top, "facts": chosen}
    with open(args.output, "w", encoding="utf-8") as out:
        json.dump(sample, out, ensure_ascii=False, indent=1)
    print(json.dumps({k: sample[k] for k in ("pool_sizes", "fact_pool_sizes")}), file=sys.stderr)


def load_texts(path):
    texts = {}
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        texts[doc["id"]] = doc["text"]
    return texts


def context(text, start, end, width=60, right_width=None):
    left = text[max(0, start - width):start].replace("\n", " ⏎ ")
    right = text[end:end + (right_width or width)].replace("\n", " ⏎ ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def show_entity(item, owner, nodes, mentions, texts, limit):
    holders = Counter(owner.get(mid) for mid in item["mentions"])
    print(f"\n### {item['label']} {short(item['iri'])} — {len(item['mentions'])} mentions then")
    for iri, n in holders.most_common():
        if iri is None:
            print(f"  now no node for {n} mentions")
            continue
        ms = mentions[iri]
        print(f"  now {short(iri)} '{name_of(nodes.get(iri))}' {n} of the sampled mentions; node has {len(ms)} "
              f"mentions / {len({m['doc'] for m in ms})} articles")
        print("  texts:", "; ".join(f"{t}×{c}" for t, c in Counter(m['exact'] for m in ms).most_common(8)))
    by_doc = defaultdict(list)
    for mid in item["mentions"]:
        doc, chars = mid.split("#char=")
        s, e = (int(x) for x in chars.split(","))
        by_doc[doc].append((s, e))
    for doc in sorted(by_doc)[:limit]:
        s, e = by_doc[doc][0]
        print(f"   {doc} ({len(by_doc[doc])}): {context(texts[doc], s, e)}")


def show_fact(fact, nodes, mentions, facts_now, texts):
    print(f"\n### {fact['doc']} {fact['predicate']} ({fact['rule']})")
    print(f"  subject {short(fact['subject'])} '{fact['subject_name']}' texts {fact['subject_texts']}")
    print(f"  object  {short(fact['object'])} '{fact['object_name']}' texts {fact['object_texts']}")
    text = texts.get(fact["doc"], "")
    for start, end in fact["subject_mentions"][:3]:
        print("   |", context(text, start, end, 70, 200))
    still = [f for f in facts_now if fact["doc"] in f["docs"] and f["predicate"] == fact["predicate"]
             and f["object_key"] in (fact["object_name"], fact["object"]) and f["subject_name"] == fact["subject_name"]]
    print("  in this graph:", "yes" if still else "NO")


def show(args):
    nodes, mentions, facts = load_graph(args.graph)
    texts = load_texts(args.docs)
    sample = json.load(open(args.sample, encoding="utf-8"))
    owner = {m["id"]: iri for iri, ms in mentions.items() for m in ms}
    if args.part in ("entities", "all"):
        for i, item in enumerate(sample["entities"], 1):
            print(f"\n## a{i}", end="")
            show_entity(item, owner, nodes, mentions, texts, args.limit)
    if args.part in ("top", "all"):
        for i, item in enumerate(sample["top"], 1):
            print(f"\n## b{i}", end="")
            show_entity(item, owner, nodes, mentions, texts, args.limit)
    if args.part in ("facts", "all"):
        now = []
        for f in facts:
            source = ref(f.get("prov:wasDerivedFrom"))
            subject = ref(f["rdf:subject"])
            obj = ref(f["rdf:object"])
            docs = [source.split("/doc/")[1]] if source else sorted({m["doc"] for m in mentions.get(subject, [])})
            now.append({"docs": docs, "predicate": predicate_of(f),
                        "object_key": name_of(nodes.get(obj)) if obj in nodes else obj,
                        "subject_name": name_of(nodes.get(ref(f["rdf:subject"])))})
        for i, fact in enumerate(sample["facts"], 1):
            print(f"\n## c{i}", end="")
            show_fact(fact, nodes, mentions, now, texts)


def stats(args):
    nodes, mentions, facts = load_graph(args.graph)
    per_label = Counter(label_of(ms) for ms in mentions.values())
    total = Counter(m["label"] for ms in mentions.values() for m in ms)
    print("entities", dict(per_label))
    print("mentions", dict(total))
    print("facts", dict(Counter(predicate_of(f) for f in facts)))


def find(args):
    nodes, mentions, _ = load_graph(args.graph)
    for iri, ms in sorted(mentions.items(), key=lambda item: -len(item[1])):
        texts = Counter(m["exact"] for m in ms)
        if any(needle in text for text in texts for needle in args.needles):
            print(f"{short(iri)} '{name_of(nodes.get(iri))}' {len(ms)} mentions / {len({m['doc'] for m in ms})} articles: "
                  + "; ".join(f"{t}×{c}" for t, c in texts.most_common(6)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("graph")
    d.add_argument("docs")
    d.add_argument("-o", "--output", required=True)
    d.add_argument("--entity-seed", type=int, default=91)
    d.add_argument("--fact-seed", type=int, default=92)
    s = sub.add_parser("show")
    s.add_argument("graph")
    s.add_argument("docs")
    s.add_argument("sample")
    s.add_argument("--part", default="all", choices=["entities", "top", "facts", "all"])
    s.add_argument("--limit", type=int, default=6, help="articles shown per entity")
    t = sub.add_parser("stats")
    t.add_argument("graph")
    f = sub.add_parser("find", help="nodes with a mention text containing any of the needles (split search)")
    f.add_argument("graph")
    f.add_argument("needles", nargs="+")
    args = parser.parse_args()
    {"draw": draw, "show": show, "stats": stats, "find": find}[args.command](args)


if __name__ == "__main__":
    main()
