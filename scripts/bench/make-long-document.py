#!/usr/bin/env python3
"""Writes ONE long plain-text document (UTF-8) of about SIZE megabytes of a given kind,
for the long-document benchmark (scripts/bench-long-document.sh) and the hostile corpus.

Usage: make-long-document.py KIND SIZE_MB OUT [ARCHIVE]

Kinds (deterministic: a fixed seed, the same bytes on every run):
  news       real news texts of ARCHIVE (thaigov-20k.jsonl.gz) concatenated, blank line between
  names      distinct "นายX Y" names in short sentences
  ranks      distinct "พล.อ.X Y" rank-titled names in short sentences
  samegiven  one given name with distinct family names: "นายสมชาย Y" (persons sharing a given name)
  acronyms   distinct acronym definitions "สำนักงานX (ABC.)" and later uses
  latin      Latin-only (English-like) text, no Thai
  nospace    real news with every space and line break removed (Thai without spaces)
  repeat     one real news paragraph repeated
  consonant  one Thai consonant repeated (no word boundary at all)
"""
import gzip
import json
import random
import sys

CONSONANTS = "กขคงจฉชซญดตถทธนบปผพฟมยรลวศสหอฮ"
VOWELS = ["า", "ิ", "ี", "ุ", "ู", "ั", "ำ", "", "", "เ", "แ", "โ"]
FINALS = ["น", "ม", "ง", "ก", "ด", "บ", "ย", "ว", ""]
LATIN_WORDS = ("the government said on monday that ministry of finance will review budget policy "
               "for regional development and tourism with partners from asia europe and the united "
               "states while officials expect growth in exports agriculture energy digital economy").split()


def syllable(rng):
    v = rng.choice(VOWELS)
    c = rng.choice(CONSONANTS)
    if v in ("เ", "แ", "โ"):
        return v + c + rng.choice(FINALS)
    return c + v + rng.choice(FINALS)


def word(rng, low=2, high=3):
    return "".join(syllable(rng) for _ in range(rng.randint(low, high)))


def archive_texts(archive):
    with gzip.open(archive, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def pieces(kind, rng, archive):
    if kind in ("news", "nospace"):
        while True:
            for text in archive_texts(archive):
                yield "".join(text.split()) if kind == "nospace" else text + "\n\n"
    elif kind == "repeat":
        paragraph = next(t for t in archive_texts(archive) if len(t) > 800)
        paragraph = paragraph.split("\n")[0] if len(paragraph.split("\n")[0]) > 300 else paragraph[:1500]
        while True:
            yield paragraph + "\n"
    elif kind == "names":
        while True:
            yield f"นาย{word(rng)} {word(rng, 3, 4)} กล่าวว่า {word(rng)}{word(rng)} "
    elif kind == "ranks":
        while True:
            yield f"พล.อ.{word(rng)} {word(rng, 3, 4)} ผู้บัญชาการ{word(rng)} "
    elif kind == "samegiven":
        while True:
            yield f"นายสมชาย {word(rng, 3, 4)} กล่าวว่า {word(rng)} "
    elif kind == "acronyms":
        n = 0
        while True:
            n += 1
            acronym = "".join(rng.choice(CONSONANTS) for _ in range(rng.randint(2, 4))) + "."
            yield f"สำนักงาน{word(rng)}{word(rng)} ({acronym}) ได้ประชุมร่วมกับ {acronym} วันนี้ "
            if n % 5 == 0:
                yield "\n"
    elif kind == "latin":
        n = 0
        while True:
            n += 1
            words = [rng.choice(LATIN_WORDS) for _ in range(rng.randint(8, 16))]
            # Capitalised words and numbers, as in names of organisations and events.
            words = [w.capitalize() if rng.random() < 0.4 else w for w in words]
            if n % 3 == 0:
                words += ["Forum", str(2000 + n % 30)]
            words[0] = words[0].capitalize()
            yield " ".join(words) + (".\n" if n % 6 == 0 else ". ")
    elif kind == "consonant":
        while True:
            yield "ก" * 1000
    else:
        raise SystemExit(f"unknown kind {kind}")


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    kind, size, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    archive = sys.argv[4] if len(sys.argv) > 4 else "/work/shared/data/thaigov-20k.jsonl.gz"
    limit = int(size * 1_000_000)
    rng = random.Random(12)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        for piece in pieces(kind, rng, archive):
            data = piece.encode("utf-8")
            if written + len(data) > limit:
                break
            f.write(piece)
            written += len(data)


if __name__ == "__main__":
    main()
