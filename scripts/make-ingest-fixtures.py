#!/usr/bin/env python3
"""Regenerates fixtures/ingest/: real small files for every kind of input
khaosan reads, good and bad (see fixtures/README.md).

Text comes from the two seed articles (../shared/seeds, public news) and from
three records of ../shared/data/thaigov-20k.jsonl.gz (public domain, Thai
Copyright Act B.E. 2537 s.7). Run from the repository root:
    python3 scripts/make-ingest-fixtures.py
"""
import gzip, io, json, os, struct, sys, zlib

SHARED = os.environ.get("KHAOSAN_SHARED", "../shared")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
OUT = "fixtures/ingest"
os.makedirs(OUT + "/tree/a", exist_ok=True)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def seed(name):
    with open(os.path.join(SHARED, "seeds", name), encoding="utf-8") as f:
        return f.read()


learning_city = seed("001_f4c0fe727cd7c9fd.txt")
forum = seed("000_601da1ee61e512bc.txt")
first_paragraph = learning_city.split("\n\n")[0]
second_paragraph = learning_city.split("\n\n")[1]

# Encodings of a whole text document.
write("tis620-article.txt", learning_city.encode("tis-620"))
write("utf8-bom.txt", b"\xef\xbb\xbf" + first_paragraph.encode("utf-8"))
write("utf16le-bom.txt", first_paragraph.encode("utf-16"))  # Python writes a BOM, little-endian here
write("utf16be-bom.txt", b"\xfe\xff" + first_paragraph.encode("utf-16-be"))
write("utf8-article.txt", forum.encode("utf-8"))

# Bad text documents.
broken = bytearray(second_paragraph.encode("utf-8"))
cut = broken.index("พะเยา".encode("utf-8")) + 1  # drop the last two bytes of พ: a truncated sequence
del broken[cut:cut + 2]
write("invalid-utf8.txt", bytes(broken))
write("latin1.txt", "Café résumé: naïve façade, déjà vu.\n".encode("latin-1"))
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
png += struct.pack(">I", zlib.crc32(png[12:29]))
write("binary.txt", png + b"\x00" * 16)
write("empty.txt", b"")
write("whitespace-only.txt", b" \n\t\n")
write("utf16le-no-bom.txt", first_paragraph.encode("utf-16-le"))

# JSON Lines.
records = []
with gzip.open(os.path.join(SHARED, "data", "thaigov-20k.jsonl.gz"), "rt", encoding="utf-8") as f:
    for index, line in enumerate(f):
        if index in (0, 5000, 12000):
            record = json.loads(line)
            record["text"] = record["text"][:400]
            records.append(record)
        if index > 12000:
            break


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


good = jsonl(records)
write("articles.jsonl", good)
write("articles.jsonl.gz", gzip.compress(good, mtime=0))
compressed = gzip.compress(good * 4, mtime=0)
write("truncated.jsonl.gz", compressed[: len(compressed) * 2 // 3])
article_gz = gzip.compress(forum.encode("utf-8"), mtime=0)
write("truncated-article.txt.gz", article_gz[: len(article_gz) // 2])
write("not-gzip.jsonl.gz", good)
# bzip2, xz and zstd (read through CCompression): the same three records; the forum seed as
# .txt.xz; each compression also cut short. zstd has no module in the standard library: its
# command-line tool (Debian: zstd) makes it, deterministically (-19, no checksum of the name).
import bz2, lzma, subprocess
write("articles.jsonl.bz2", bz2.compress(good, 9))
write("articles.jsonl.xz", lzma.compress(good, preset=6))
write("articles.jsonl.zst", subprocess.run(["zstd", "-19", "-q", "-c", "--no-check"], input=good,
                                           stdout=subprocess.PIPE, check=True).stdout)
write("forum-article.txt.xz", lzma.compress(forum.encode("utf-8"), preset=6))
# Bombs: 64 MiB of NUL bytes in a few KB, cut by the document size limit like a gzip bomb.
write("bomb.txt.xz", lzma.compress(bytes(64 << 20), preset=6))
write("bomb.txt.zst", subprocess.run(["zstd", "-19", "-q", "-c", "--no-check"], input=bytes(64 << 20),
                                     stdout=subprocess.PIPE, check=True).stdout)
for name in ("articles.jsonl.bz2", "articles.jsonl.xz", "articles.jsonl.zst"):
    data = open(os.path.join(OUT, name), "rb").read()
    write("truncated-" + name, data[: len(data) * 2 // 3])
write("empty.jsonl", b"")

# Escapes, surrogate pairs, unknown and nested fields, a number id, no id, a timestamp date.
features = [
    '{"id": "escapes", "text": "\\u0e01\\u0e23\\u0e38\\u0e07\\u0e40\\u0e17\\u0e1e \\"quoted\\" back\\\\slash \\/ tab\\tnew\\nline \\ud83d\\ude00 end", "title": null}',
    '{"id": 42, "text": "เลขที่ ๔๒", "date": "2023-11-16T09:30:00+07:00", "tags": ["ข่าว", {"k": [1, 2.5e-3, true, false, null]}], "score": -0.5}',
    '{"text": "ไม่มีรหัส", "url": "https://www.thaigov.go.th/news/contents/details/1", "lang": "th"}',
    '',
    '{"id": "crlf", "text": "บรรทัด CRLF"}\r',
]
write("features.jsonl", ("\n".join(features) + "\n").encode("utf-8"))

# Bad JSON lines between good ones (1-based line numbers in the README).
good_line = lambda i: json.dumps({"id": f"good-{i}", "text": f"ข่าวที่ {i}"}, ensure_ascii=False)
malformed = [
    good_line(1),
    '{"id": "bad-quote", "text": "ไม่ปิดเครื่องหมายคำพูด}',
    good_line(3),
    '{"id": "trailing-comma", "text": "x",}',
    '{"id": "bad-escape", "text": "\\x41"}',
    '{"id": "lone-surrogate", "text": "\\ud83d alone"}',
    '["an", "array"]',
    good_line(8),
    '{"id": "two-objects", "text": "a"} {"id": "b"}',
    good_line(10),
]
write("malformed.jsonl", ("\n".join(malformed) + "\n").encode("utf-8"))
missing_text = [
    good_line(1),
    '{"id": "no-text", "title": "หัวข้อเท่านั้น"}',
    '{"id": "empty-text", "text": ""}',
    '{"id": "number-text", "text": 12}',
    '{"id": "blank-text", "text": " \\n "}',
    good_line(6),
]
write("missing-text.jsonl", ("\n".join(missing_text) + "\n").encode("utf-8"))
invalid_utf8_line = good_line(1).encode() + b"\n" + '{"id": "latin1", "text": "caf'.encode() + b"\xe9" + b'"}\n' + good_line(3).encode() + b"\n"
write("invalid-utf8.jsonl", invalid_utf8_line)

# A directory walk: sorted by bytes, depth-first; hidden and unknown files skipped.
write("tree/b.txt", "บี".encode("utf-8"))
write("tree/A.txt", "เอ".encode("utf-8"))
write("tree/a-c.txt", "เอซี".encode("utf-8"))
write("tree/a/z.jsonl", jsonl([{"id": "tree-z-1", "text": "หนึ่ง"}, {"id": "tree-z-2", "text": "สอง"}]))
write("tree/a/y.txt.gz", gzip.compress("วาย".encode("utf-8"), mtime=0))
write("tree/.hidden.txt", b"hidden")
write("tree/notes.md", b"# not an input\n")
print("wrote", OUT)
