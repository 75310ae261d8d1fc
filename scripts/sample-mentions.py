#!/usr/bin/env python3
"""Draw a judged sample of extracted mentions and score exact precision per label.

usage: scripts/sample-mentions.py ARCHIVE EXTRACTION [--seed 14] [--per-label 50]
           [--labels PERSON,ORG,PLACE,DATE] [--context 50]
           [--verdicts fixtures/review/mentions-judged.tsv] [--template OUT.tsv]

ARCHIVE     the articles that were extracted (.jsonl or .jsonl.gz, one {"id","text",…} per line)
EXTRACTION  the output of `khaosan extract` on ARCHIVE (one JSON line per document,
            offsets are Unicode scalar indices into "text"; Python str indices are the same)

Sampling is deterministic and stable under small changes of the extraction: every mention
gets the rank sha256(seed, article, start, end, label) and the N lowest ranks per label are
drawn. A new extraction after fixes therefore keeps every unchanged mention that was in the
old sample (unless a new mention outranks it), and each draw is still a uniform random
sample of its own output.

Without --verdicts: prints each drawn mention (article, start, end, label, text, value for
DATE, the article date, context with the mention marked ⟦…⟧; ⏎ = line break,
⍽ = no-break space, ¦ = zero-width space).
With --verdicts (TSV, header: article start end label text value verdict kind correct note):
a mention is judged when a verdict row has the same (article, start, end, label, value); the
value only counts for DATE (other labels are judged on span and label). Verdict `ok` = exact
span and label (and value for DATE); anything else is an error whose kind is in `kind`.
Prints the exact precision per label over the judged mentions, the error kinds, and the
mentions still to judge. --template writes the sample as a verdict TSV (known verdicts filled
in, the rest empty) for the reader to complete.
Exit status 0; 2 on unreadable input.
"""
import argparse, collections, gzip, hashlib, json, sys

COLUMNS = ["article", "start", "end", "label", "text", "value", "verdict", "kind", "correct", "note"]


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("archive")
    p.add_argument("extraction")
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--per-label", type=int, default=50)
    p.add_argument("--labels", default="PERSON,ORG,PLACE,DATE")
    p.add_argument("--context", type=int, default=50, help="characters of context on each side")
    p.add_argument("--verdicts", help="TSV of verdicts to reuse and score")
    p.add_argument("--template", help="write the sample as a verdict TSV to this file")
    return p.parse_args()


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def read_archive(path):
    """Article id → (text, date) for every record of the archive."""
    articles = {}
    with open_text(path) as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                articles[record["id"]] = (record["text"], record.get("date", ""))
            except (ValueError, KeyError) as error:
                sys.exit(f"sample-mentions: {path}:{number}: not an article record ({error})")
    return articles


def read_mentions(path, articles, labels):
    """Every mention with a wanted label, as dicts with article/start/end/label/text/value."""
    mentions = []
    with open_text(path) as f:
        for number, line in enumerate(f, 1):
            document = json.loads(line)
            if "id" not in document:  # trailer or rejected document
                continue
            if document["id"] not in articles:
                sys.exit(f"sample-mentions: {path}:{number}: article {document['id']} is not in the archive")
            text = articles[document["id"]][0]
            for m in document["mentions"]:
                if m["label"] not in labels:
                    continue
                start, end = m["range"]["start"], m["range"]["end"]
                if text[start:end] != m["text"]:
                    sys.exit(f"sample-mentions: {document['id']} {start}-{end}: the mention text does not match the archive text")
                value = m.get("value", "") if m["label"] == "DATE" else ""
                mentions.append({"article": document["id"], "start": start, "end": end, "label": m["label"],
                                 "text": m["text"], "value": value, "source": m.get("source", "")})
    return mentions


def rank(seed, m):
    key = f"{seed}\t{m['article']}\t{m['start']}\t{m['end']}\t{m['label']}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def draw(mentions, labels, seed, per_label):
    """The per_label lowest-ranked mentions of each label, in label order then rank order."""
    by_label = collections.defaultdict(list)
    for m in mentions:
        by_label[m["label"]].append(m)
    sample = []
    for label in labels:
        sample += sorted(by_label[label], key=lambda m: rank(seed, m))[:per_label]
    return sample, {label: len(by_label[label]) for label in labels}


def identity(m):
    return (m["article"], int(m["start"]), int(m["end"]), m["label"], m["value"] if m["label"] == "DATE" else "")


def escape(field):
    return str(field).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(field):
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def read_verdicts(path):
    verdicts = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != COLUMNS:
            sys.exit(f"sample-mentions: {path}: header must be {' '.join(COLUMNS)}")
        for number, line in enumerate(f, 2):
            if not line.strip():
                continue
            row = dict(zip(COLUMNS, (unescape(x) for x in line.rstrip("\n").split("\t"))))
            if not row.get("verdict"):
                continue
            try:
                verdicts[identity(row)] = row
            except ValueError:
                sys.exit(f"sample-mentions: {path}:{number}: start/end are not integers")
    return verdicts


def context(text, start, end, width):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    shown = left + "⟦" + text[start:end] + "⟧" + right
    return shown.replace("\n", "⏎").replace("\u00a0", "⍽").replace("\u200b", "¦")


def print_mention(m, articles, width, verdict=None):
    text, date = articles[m["article"]]
    value = f"  value={m['value']}" if m["label"] == "DATE" else ""
    print(f"{m['article']}\t{m['start']}\t{m['end']}\t{m['label']}\t{m['text']!r}{value}  (article date {date}, {m['source']})")
    print("    " + context(text, m["start"], m["end"], width))
    if verdict:
        print(f"    verdict: {verdict['verdict']} {verdict['kind']} {verdict['correct']} {verdict['note']}".rstrip())


def write_template(path, sample, verdicts):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for m in sample:
            known = verdicts.get(identity(m), {})
            row = [m["article"], m["start"], m["end"], m["label"], m["text"], m["value"],
                   known.get("verdict", ""), known.get("kind", ""), known.get("correct", ""), known.get("note", "")]
            f.write("\t".join(escape(x) for x in row) + "\n")


def score(sample, labels, verdicts, articles, width, population):
    judged = collections.defaultdict(list)
    missing = []
    for m in sample:
        v = verdicts.get(identity(m))
        if v:
            judged[m["label"]].append((m, v))
        else:
            missing.append(m)
    print("label\tpopulation\tsampled\tjudged\tok\tprecision")
    total_ok = total_judged = 0
    for label in labels:
        rows = judged[label]
        ok = sum(1 for _, v in rows if v["verdict"] == "ok")
        sampled = sum(1 for m in sample if m["label"] == label)
        precision = f"{ok / len(rows):.2f}" if rows else "-"
        print(f"{label}\t{population[label]}\t{sampled}\t{len(rows)}\t{ok}\t{precision}")
        total_ok += ok
        total_judged += len(rows)
    if total_judged:
        print(f"all\t{sum(population.values())}\t{len(sample)}\t{total_judged}\t{total_ok}\t{total_ok / total_judged:.2f}")
    kinds = collections.Counter((m["label"], v["kind"] or "unspecified")
                                for rows in judged.values() for m, v in rows if v["verdict"] != "ok")
    if kinds:
        print("\nerrors by label and kind:")
        for (label, kind), n in sorted(kinds.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
            print(f"  {label}\t{kind}\t{n}")
    print(f"\nstill to judge: {len(missing)}")
    for m in missing:
        print_mention(m, articles, width)


def main():
    a = parse_arguments()
    labels = [x for x in a.labels.split(",") if x]
    try:
        articles = read_archive(a.archive)
        mentions = read_mentions(a.extraction, articles, set(labels))
    except (OSError, ValueError) as error:
        print(f"sample-mentions: {error}", file=sys.stderr)
        sys.exit(2)
    sample, population = draw(mentions, labels, a.seed, a.per_label)
    verdicts = read_verdicts(a.verdicts) if a.verdicts else {}
    if a.template:
        write_template(a.template, sample, verdicts)
    if a.verdicts:
        score(sample, labels, verdicts, articles, a.context, population)
    else:
        for m in sample:
            print_mention(m, articles, a.context)


if __name__ == "__main__":
    main()
