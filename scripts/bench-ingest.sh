#!/usr/bin/env bash
# Ingest throughput on a release build: khaosan's reader over the 20k archive
# (.jsonl.gz streamed, and the same file unpacked), and Foundation's
# JSONSerialization on the unpacked file as a baseline. Single-threaded.
# Figures are MB/s of uncompressed JSON Lines input (wall clock).
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-../shared/data/thaigov-20k.jsonl.gz}
[ -f "$archive" ] || archive=/work/shared/data/thaigov-20k.jsonl.gz
if [ ! -f "$archive" ]; then
  echo "bench-ingest: $archive not found; nothing to measure" >&2
  exit 0
fi
swift build -c release --product khaosan >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gzip -dc "$archive" > "$work/archive.jsonl"
input_bytes=$(wc -c < "$work/archive.jsonl")
echo "input: $archive ($input_bytes bytes unpacked)"

best() { # best wall time of 3 runs of "$@", in seconds
  local best=999999
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    best=$(echo "$end - $start" | bc -l | awk -v b="$best" '{ print ($1 < b) ? $1 : b }')
  done
  echo "$best"
}
rate() { awk -v b="$input_bytes" -v s="$1" 'BEGIN { printf "%.1f MB/s (%.2f s)", b / 1e6 / s, s }'; }

t=$(best .build/release/khaosan ingest "$archive"); echo "khaosan ingest .jsonl.gz: $(rate "$t")"
t=$(best .build/release/khaosan ingest "$work/archive.jsonl"); echo "khaosan ingest .jsonl:    $(rate "$t")"
t=$(best gzip -dc "$archive"); echo "gzip -dc alone:           $(rate "$t")"
swiftc -O scripts/bench/JSONSerializationBaseline.swift -o "$work/baseline" 2>/dev/null
"$work/baseline" "$work/archive.jsonl"
