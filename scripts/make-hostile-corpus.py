#!/usr/bin/env python3
"""Builds a hostile input corpus for `khaosan build` (scripts/run-hostile.sh runs it).

Usage: make-hostile-corpus.py OUTDIR [ARCHIVE]

OUTDIR/corpus/ receives good documents mixed with hostile ones; OUTDIR/expected.json lists
  "good": ids that must be in the graph (as NewsArticle identifiers),
  "bad":  file names (relative to corpus/) that must be reported as rejected, with why.
Good: real articles (first GOOD_DOCS of ARCHIVE, default 300, as JSON Lines and some as .txt),
a 22 MB single-line JSONL record, a 200,000-scalar run of one consonant, a combining-mark
storm, TIS-620 and UTF-16 (BOM) text files, and duplicate ids (both records are read; the
graph has the id once).
Bad: a binary file, a file with NULs, invalid UTF-8 (text and JSONL), a truncated gzip, a
gzip bomb (1 GiB of zeros in ~1 MB), a record with a field nested 10,000 deep, a JSONL line
nested 10,000 deep that never closes, and a symlink loop (a directory link to itself: it
must be reported, not followed).
Deterministic: the same bytes on every run.
"""
import gzip
import json
import os
import random
import sys


def articles(archive, count):
    with gzip.open(archive, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= count:
                break
            yield json.loads(line)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    archive = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/data/thaigov-20k.jsonl.gz"
    good_docs = int(os.environ.get("GOOD_DOCS", "300"))
    corpus = os.path.join(out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    good, bad = [], {}
    rng = random.Random(7)

    def path(name):
        return os.path.join(corpus, name)

    # Good: real articles as JSON Lines, with a duplicate id at the end.
    docs = list(articles(archive, good_docs))
    with open(path("articles.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            good.append(doc["id"])
        duplicate = dict(docs[0], text=docs[1]["text"])
        f.write(json.dumps(duplicate, ensure_ascii=False) + "\n")

    # Good: some as text files in the usual encodings.
    text = docs[2]["text"]
    with open(path("utf8-article.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    good.append("utf8-article")
    with open(path("tis620-article.txt"), "wb") as f:
        f.write(text.encode("tis-620", errors="ignore"))
    good.append("tis620-article")
    with open(path("utf16le-article.txt"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    good.append("utf16le-article")
    with open(path("utf16be-article.txt"), "wb") as f:
        f.write(b"\xfe\xff" + text.encode("utf-16-be"))
    good.append("utf16be-article")

    # Good: a 22 MB single line (real news concatenated into one record).
    big, size, k = [], 0, 0
    all_texts = [d["text"] for d in docs]
    while size < 22_000_000:
        piece = all_texts[k % len(all_texts)] + "\n"
        big.append(piece)
        size += len(piece.encode("utf-8"))
        k += 1
    with open(path("huge-line.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "huge-line", "title": "22 MB", "text": "".join(big)}, ensure_ascii=False) + "\n")
    good.append("huge-line")

    # Good: a 200,000-scalar run of one consonant; a combining-mark storm.
    with open(path("consonant-run.txt"), "w", encoding="utf-8") as f:
        f.write("นายสมชาย ใจดี " + "ก" * 200_000 + " กล่าว")
    good.append("consonant-run")
    marks = "".join(chr(c) for c in list(range(0x0E31, 0x0E3B)) + list(range(0x0E47, 0x0E4F)) + list(range(0x0300, 0x0370)))
    storm = "".join("ก" + "".join(rng.choice(marks) for _ in range(rng.randint(1, 40))) for _ in range(30_000))
    with open(path("combining-storm.txt"), "w", encoding="utf-8") as f:
        f.write("ข่าว " + storm + " จบ\n" + "\u0301" * 100_000)
    good.append("combining-storm")

    # Bad: an extra field nested 10,000 deep (well-formed, but deeper than the parser's limit).
    deep = "[" * 10_000 + "]" * 10_000
    with open(path("deep-field.jsonl"), "w", encoding="utf-8") as f:
        f.write('{"id": "deep-field", "text": ' + json.dumps(docs[3]["text"], ensure_ascii=False) + ', "extra": ' + deep + "}\n")
    bad["deep-field.jsonl"] = "JSON nested 10,000 deep"

    # Bad: binary, NULs, invalid UTF-8.
    with open(path("binary.txt"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(100_000)))
    bad["binary.txt"] = "random bytes"
    with open(path("nuls.txt"), "wb") as f:
        f.write(text.encode("utf-8")[:3000] + b"\x00" * 5000 + text.encode("utf-8")[3000:6000])
    bad["nuls.txt"] = "NUL bytes"
    with open(path("invalid-utf8.jsonl"), "wb") as f:
        f.write(b'{"id": "bad-utf8", "text": "\xe0\xb8\x81\xff\xfe\xe0\xb8"}\n')
    bad["invalid-utf8.jsonl"] = "invalid UTF-8 in a JSON line"
    with open(path("invalid-utf8.txt"), "wb") as f:
        f.write(text.encode("utf-8")[:2000] + b"\xc3\x28\xa0\xa1\xe2\x28\xa1" * 50 + b"\xf0\x28\x8c\x28")
    bad["invalid-utf8.txt"] = "invalid UTF-8 (not TIS-620 either: C3 28)"

    # Bad: a JSON line nested 10,000 deep that never closes (malformed).
    with open(path("deep-malformed.jsonl"), "w", encoding="utf-8") as f:
        f.write('{"id": "deep-malformed", "text": "x", "extra": ' + "[" * 10_000 + "\n")
    bad["deep-malformed.jsonl"] = "malformed JSON nested 10,000 deep"

    # Bad: a truncated gzip; a gzip bomb (1 GiB of zeros).
    blob = gzip.compress((json.dumps(docs[4], ensure_ascii=False) + "\n").encode("utf-8") * 20)
    with open(path("truncated.jsonl.gz"), "wb") as f:
        f.write(blob[: len(blob) // 2])
    bad["truncated.jsonl.gz"] = "truncated gzip"
    with gzip.open(path("bomb.txt.gz"), "wb", compresslevel=9) as f:
        chunk = b"\x00" * (1 << 20)
        for _ in range(1024):
            f.write(chunk)
    bad["bomb.txt.gz"] = "gzip bomb: 1 GiB of NUL bytes"

    # Bad: a symlink loop (a directory that links to itself).
    loop = path("loop")
    os.makedirs(loop, exist_ok=True)
    if not os.path.lexists(os.path.join(loop, "self")):
        os.symlink(".", os.path.join(loop, "self"))
    bad["loop/self"] = "symlink loop"

    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"good": good, "bad": bad}, f, ensure_ascii=False, indent=1)
    print(f"{corpus}: {len(good)} good documents, {len(bad)} bad inputs")


if __name__ == "__main__":
    main()
