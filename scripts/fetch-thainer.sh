#!/usr/bin/env bash
# Fetches ThaiNER 1.5 (the Thai NER corpus by Wannaphong Phatthiyaphaibun,
# doi:10.5281/zenodo.3342459, licence CC BY 3.0: give credit when you publish results
# or derived data) and converts its train split to khaosan's gold format, the file
# `khaosan train`, `khaosan eval` and scripts/train-model.sh read:
#   {"id": "thainer-train-0001", "text": "...", "spans": [{"start", "end", "label", "text"}]}
# offsets in Unicode code points; ORGANIZATION → ORG, LOCATION and FACILITY → PLACE,
# PERSON and DATE kept, other tags dropped, duplicate lines removed (what
# ../shared/data/thainer-train.jsonl holds; see its NOTICE.md).
#
#   scripts/fetch-thainer.sh [OUTPUT]        default OUTPUT: data/thainer-train.jsonl
#
# Needs network access, curl and python3. The source is the corpus repository's file
# model/1.5/train.txt (sentences with inline tags, <PERSON>…</PERSON>); set THAINER_URL
# to use a mirror or a local copy (file:///path/train.txt).
set -euo pipefail
out="${1:-data/thainer-train.jsonl}"
url="${THAINER_URL:-https://raw.githubusercontent.com/wannaphong/thai-ner/master/model/1.5/train.txt}"

command -v curl > /dev/null || { echo "fetch-thainer: curl not found" >&2; exit 1; }
command -v python3 > /dev/null || { echo "fetch-thainer: python3 not found" >&2; exit 1; }
raw="$(mktemp)"
trap 'rm -f "$raw" "$out.tmp"' EXIT
echo "fetch-thainer: downloading $url" >&2
curl --fail --location --silent --show-error --retry 3 -o "$raw" "$url" \
  || { echo "fetch-thainer: download failed (no network? set THAINER_URL to a mirror)" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
python3 - "$raw" "$out.tmp" <<'PY'
import json, re, sys
labels = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "PLACE", "FACILITY": "PLACE", "DATE": "DATE"}
tag = re.compile(r"<(/?)([A-Z_]+)>")
seen, records = set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line in seen:
        continue
    seen.add(line)
    text, spans, open_tag, position = [], [], None, 0
    for match in tag.finditer(line):
        text.append(line[position:match.start()])
        position = match.end()
        offset = sum(len(t) for t in text)
        closing, name = match.group(1) == "/", match.group(2)
        if not closing:
            open_tag = (name, offset)
        elif open_tag and open_tag[0] == name:
            if name in labels and offset > open_tag[1]:
                spans.append({"start": open_tag[1], "end": offset, "label": labels[name]})
            open_tag = None
    text.append(line[position:])
    text = "".join(text)
    for span in spans:
        span["text"] = text[span["start"]:span["end"]]
    records.append({"id": "thainer-train-%04d" % (len(records) + 1), "text": text, "spans": spans})
if not records:
    sys.exit("fetch-thainer: no sentences in the download (not ThaiNER's train.txt?)")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for record in records:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
print("fetch-thainer: %d sentences, %d spans" % (len(records), sum(len(r["spans"]) for r in records)), file=sys.stderr)
PY
mv "$out.tmp" "$out"
echo "fetch-thainer: wrote $out (ThaiNER 1.5, CC BY 3.0, Wannaphong Phatthiyaphaibun)" >&2
