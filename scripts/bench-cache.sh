#!/usr/bin/env bash
# Cache cost on a release build: `khaosan extract` of the same documents with --no-cache,
# into an empty cache (cold) and from a full one (warm), alternated ROUNDS times so that
# the shared machine's noise hits all three alike; prints the median wall seconds of
# each and the ratios cold/none and warm/none. Two inputs: real articles (the first
# $DOCS of thaigov-20k) and tiny documents (one short sentence each, $TINY of them).
# Usage: scripts/bench-cache.sh [ARCHIVE]   (exits 0, saying so, when the archive is absent)
# Env: DOCS (default 2000), TINY (default 5000), ROUNDS (default 3), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
require_archive bench-cache "${1:-}"
docs=${DOCS:-2000}; tiny=${TINY:-5000}; rounds=${ROUNDS:-3}; jobs=${JOBS:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

swift build -c release --product khaosan >&2
bin=.build/release/khaosan
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; --jobs $jobs"

gzip -dc "$archive" | head -n "$docs" > "$tmp/real.jsonl" || true
for i in $(seq 1 "$tiny"); do
  printf '{"id":"t%d","text":"นายสมชาย ใจดี เดินทางไปจังหวัดพะเยา ครั้งที่ %d"}\n' "$i" "$i"
done > "$tmp/tiny.jsonl"

seconds() { # seconds COMMAND…: wall time of COMMAND (output discarded)
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b-a}'
}
median() { tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }

for input in real tiny; do
  none=() cold=() warm=()
  for round in $(seq 1 "$rounds"); do
    cache="$tmp/cache-$input-$round"
    none+=("$(seconds "$bin" extract "$tmp/$input.jsonl" --no-cache --quiet -j "$jobs")")
    cold+=("$(seconds "$bin" extract "$tmp/$input.jsonl" --cache-dir "$cache" --quiet -j "$jobs")")
    warm+=("$(seconds "$bin" extract "$tmp/$input.jsonl" --cache-dir "$cache" --quiet -j "$jobs")")
  done
  n=$(echo "${none[*]}" | median); c=$(echo "${cold[*]}" | median); w=$(echo "${warm[*]}" | median)
  lines=$(wc -l < "$tmp/$input.jsonl"); bytes=$(wc -c < "$tmp/$input.jsonl")
  echo "$input ($lines documents, $bytes bytes): none ${n}s  cold ${c}s  warm ${w}s  cold/none $(awk -v a="$c" -v b="$n" 'BEGIN{printf "%.3f", a/b}')  warm/none $(awk -v a="$w" -v b="$n" 'BEGIN{printf "%.3f", a/b}')   (all runs: none ${none[*]}; cold ${cold[*]}; warm ${warm[*]})"
done
