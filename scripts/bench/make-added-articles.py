#!/usr/bin/env python3
"""New articles for the incremental-regeneration benchmark (scripts/bench-incremental.sh):
COUNT articles drawn from ARCHIVE (seed 17) with new ids (added-000 …) and their lines
shuffled, so that their text is new to the extraction cache. Writes JSON lines to stdout.
Usage: make-added-articles.py ARCHIVE.jsonl[.gz] [COUNT]"""
import gzip
import json
import random
import sys

path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100
opener = gzip.open if path.endswith(".gz") else open
with opener(path, "rt", encoding="utf-8") as source:
    rows = [json.loads(line) for line in source if line.strip()]
rng = random.Random(17)
for number, row in enumerate(rng.sample(rows, count)):
    lines = row["text"].split("\n")
    rng.shuffle(lines)
    row = dict(row, id="added-%03d" % number, text="\n".join(lines))
    print(json.dumps(row, ensure_ascii=False))
