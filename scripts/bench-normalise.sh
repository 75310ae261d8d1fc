#!/bin/sh
# Throughput of normalisation and clause splitting alone (release build), over the
# 20k archive: scripts/bench-normalise.sh [ARCHIVE.jsonl.gz]. Exits 0 if the archive is absent.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
archive=${1:-$root/../shared/data/thaigov-20k.jsonl.gz}
if [ ! -f "$archive" ]; then
    echo "bench-normalise: $archive not found; nothing to measure" >&2
    exit 0
fi
plain=$(mktemp)
trap 'rm -f "$plain"' EXIT
gzip -dc "$archive" > "$plain"
cd "$root"
. scripts/lib/text-bench.sh
build_text_bench
"$text_bench" normalise "$plain"
