#!/usr/bin/env bash
# Date-extraction throughput beside segmentation alone, in the same run, on a
# release build, over ../shared/data/thaigov-20k.jsonl.gz (one core).
# usage: scripts/bench-dates.sh [ARCHIVE.jsonl.gz] [MAX_DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
archive="${1:-../../shared/data/thaigov-20k.jsonl.gz}"
[ -f "$archive" ] || archive=/work/shared/data/thaigov-20k.jsonl.gz
limit="${2:-0}"
if [ ! -f "$archive" ]; then
    echo "bench-dates: $archive not found; nothing to measure."
    exit 0
fi
. scripts/lib/text-bench.sh
build_text_bench
jsonl="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$jsonl"' EXIT
if [ "$limit" -gt 0 ]; then (gzip -dc "$archive" || true) | head -n "$limit" > "$jsonl"; else gzip -dc "$archive" > "$jsonl"; fi
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "input: $archive ($(wc -l < "$jsonl") documents)"
"$text_bench" dates "$jsonl"
