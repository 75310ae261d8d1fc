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

# Best of 3 runs of "$@": wall seconds and CPU (user + sys) seconds. The CPU
# figure is what one core costs when the machine is shared; wall is what you wait.
best() {
  local wall=999999 cpu=999999
  for _ in 1 2 3; do
    read -r w c < <(/usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ print $1, $2 + $3 }')
    wall=$(awk -v a="$w" -v b="$wall" 'BEGIN { print (a < b) ? a : b }')
    cpu=$(awk -v a="$c" -v b="$cpu" 'BEGIN { print (a < b) ? a : b }')
  done
  echo "$wall $cpu"
}
rate() { # wall cpu
  awk -v b="$input_bytes" -v w="$1" -v c="$2" 'BEGIN { printf "%.0f MB/s wall (%.2f s), %.0f MB/s of CPU time (%.2f s)", b / 1e6 / w, w, b / 1e6 / c, c }'
}

read -r w c < <(best .build/release/khaosan ingest "$archive"); echo "khaosan ingest .jsonl.gz: $(rate "$w" "$c")"
read -r w c < <(best .build/release/khaosan ingest "$work/archive.jsonl"); echo "khaosan ingest .jsonl:    $(rate "$w" "$c")"
read -r w c < <(best gzip -dc "$archive"); echo "gzip -dc alone:           $(rate "$w" "$c")"
swiftc -O scripts/bench/JSONSerializationBaseline.swift -o "$work/baseline" 2>/dev/null
read -r w c < <(best "$work/baseline" "$work/archive.jsonl"); echo "JSONSerialization .jsonl: $(rate "$w" "$c")"
