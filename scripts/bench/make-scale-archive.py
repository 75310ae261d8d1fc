#!/usr/bin/env python3
"""Make a large archive from the 20k thaigov archive, for the scale benchmark (scripts/bench-scale.sh).

Copy 0 is the archive itself (ids unchanged). Copy k >= 1 has the same articles with new ids
(`<id>~k`) and texts whose paragraphs (lines after the first) are shuffled between all the
articles with a fixed seed (k): article i of copy k keeps its first line (the date line) and
its paragraph count, filled with paragraphs drawn from the whole archive. So every copy has the
same bytes and the same length distribution, but the content of each article differs (other
names, places and dates next to each other); the paragraphs themselves are real text, so the
extractors see the same kind of sentences. Lines are the unit: a space-split "sentence" would
cut Thai names ("นายกฤษฎา บุญราช") in two.

Usage: make-scale-archive.py ARCHIVE.jsonl[.gz] COUNT OUT.jsonl
Writes the first COUNT articles of copies 0, 1, 2, … (deterministic: the same COUNT gives a
prefix of a larger COUNT's output).
"""
import gzip
import json
import random
import sys


def read_archive(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def shuffled_copy(articles, seed):
    """Articles with new ids and paragraphs shuffled between them (Random(seed))."""
    heads, counts, pool = [], [], []
    for article in articles:
        lines = article["text"].split("\n")
        heads.append(lines[0])
        counts.append(len(lines) - 1)
        pool.extend(lines[1:])
    random.Random(seed).shuffle(pool)
    at = 0
    for article, head, count in zip(articles, heads, counts):
        copy = dict(article)
        copy["id"] = f"{article['id']}~{seed}"
        if "url" in copy:
            copy["url"] = f"{article['url']}#copy{seed}"
        copy["text"] = "\n".join([head] + pool[at:at + count])
        at += count
        yield copy


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    archive, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    articles = read_archive(archive)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        seed = 0
        while written < count:
            copy = articles if seed == 0 else shuffled_copy(articles, seed)
            for article in copy:
                if written == count:
                    break
                f.write(json.dumps(article, ensure_ascii=False, separators=(",", ":")) + "\n")
                written += 1
            seed += 1
    print(f"{out}: {written} articles ({seed} copies of {len(articles)})", file=sys.stderr)


if __name__ == "__main__":
    main()
