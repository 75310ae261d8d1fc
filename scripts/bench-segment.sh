#!/usr/bin/env bash
# Segmentation benchmark (release build): MB/s of UTF-8 input for
#  (a) raw ICU word boundaries alone and (b) khaosan ingest + normalise + segment,
# in the same run, over ../shared/data/thaigov-20k.jsonl.gz, and the ratio b/a.
# Usage: scripts/bench-segment.sh [ARCHIVE] [--limit N]
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-../shared/data/thaigov-20k.jsonl.gz}
shift || true
if [ ! -f "$archive" ]; then
  echo "bench-segment: $archive not found; nothing to measure." >&2
  exit 0
fi
. scripts/lib/text-bench.sh
build_text_bench
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
"$text_bench" segment "$archive" "$@"
