#!/usr/bin/env bash
# Spark check: `khaosan extract` piped through Spark (pyspark from PyPI, local
# mode, Java 17), then `khaosan merge` of the partition outputs, compared byte
# for byte with `khaosan build` of the same documents.
# Usage: scripts/spark/run.sh [ARCHIVE] [DOCS] [PARTITIONS]
#   ARCHIVE: default ../shared/data/thaigov-20k.jsonl.gz (exits 0, saying so, when absent)
#   DOCS: the slice, the first N documents (default 500); PARTITIONS default 4.
# Needs: java (17+), python3; installs pyspark into .build/spark-venv on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/find-archive.sh
require_archive spark "${1:-}"
docs=${2:-500}
partitions=${3:-4}
command -v java > /dev/null || { echo "spark: java not found (Spark needs Java 17+)" >&2; exit 1; }
venv=.build/spark-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark >&2
fi
swift build -c release --product khaosan >&2
bin=.build/release/khaosan
work=$(mktemp -d)
{ zcat -f "$archive" || true; } | head -n "$docs" > "$work/slice.jsonl"

echo "pyspark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)'), $(java -version 2>&1 | head -1)"
$bin build "$work/slice.jsonl" --no-cache --quiet -o "$work/build.jsonld" 2> "$work/build.log"
grep -E "^documents:" "$work/build.log" | sed 's/^/build: /'
start=$(date +%s.%N)
"$venv/bin/python" scripts/spark/extract_merge.py "$work/slice.jsonl" "$bin" "$work/parts" "$partitions" 2> "$work/spark.log" \
  || { tail -30 "$work/spark.log" >&2; exit 1; }
grep -o "spark: [0-9].*" "$work/spark.log" || true
echo "spark extract: $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s (including JVM start)"
$bin merge "$work"/parts/part-*.jsonl -o "$work/merged.jsonld" 2>&1 | sed 's/^/merge: /'
if cmp -s "$work/build.jsonld" "$work/merged.jsonld"; then
  echo "EQUAL: merge of the Spark extract = build ($(wc -c < "$work/build.jsonld") bytes, sha256 $(sha256sum < "$work/build.jsonld" | cut -c1-16)…)"
else
  echo "DIFFERENT: merge of the Spark extract != build (see $work)"
  exit 1
fi
rm -rf "$work"
