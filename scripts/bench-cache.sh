#!/usr/bin/env bash
# Cache cost on a release build: `khaosan build` of the same documents with --no-cache, into
# an empty cache (cold) and from the cache that run filled (warm), the three alternated
# ROUNDS times so that the shared machine's noise hits all three alike. Prints, per input,
# the median wall seconds and the median CPU seconds (user + system) of each mode and the
# same-run ratios cold/none and warm/none. Two inputs: real articles (the first $DOCS of
# thaigov-20k, ~9 KB each) and tiny documents (one short sentence each, $TINY of them).
# Usage: scripts/bench-cache.sh [ARCHIVE]   (exits 0, saying so, when the archive is absent)
# Env: DOCS (default 2000), TINY (default 2000), ROUNDS (default 5), JOBS (default 2),
#      COMMAND (default build; or extract), KHAOSAN (default: the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
require_archive bench-cache "${1:-}"
docs=${DOCS:-2000}; tiny=${TINY:-2000}; rounds=${ROUNDS:-5}; jobs=${JOBS:-2}; command=${COMMAND:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${KHAOSAN:-}
if [ -z "$bin" ]; then
  swift build -c release --product khaosan >&2
  bin=.build/release/khaosan
fi
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; khaosan $command --jobs $jobs; $rounds rounds"

gzip -dc "$archive" | head -n "$docs" > "$tmp/real.jsonl" || true
for i in $(seq 1 "$tiny"); do
  printf '{"id":"t%d","text":"นายสมชาย ใจดี เดินทางไปจังหวัดพะเยา ครั้งที่ %d"}\n' "$i" "$i"
done > "$tmp/tiny.jsonl"

run() { # run MODE INPUT CACHE: prints "wall cpu" seconds of one run
  local mode=$1 input=$2 cache=$3 flags=(--no-cache)
  [ "$mode" = none ] || flags=(--cache-dir "$cache")
  local output=(-o "$tmp/graph.jsonld")
  [ "$command" = build ] || output=()
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$bin" "$command" "$tmp/$input.jsonl" "${flags[@]}" --quiet -j "$jobs" \
    "${output[@]}" > /dev/null 2> "$tmp/stderr"
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$tmp/time"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a/b}'; }

for input in real tiny; do
  declare -A wall=() cpu=()
  for round in $(seq 1 "$rounds"); do
    cache="$tmp/cache-$input-$round"
    for mode in none cold warm; do
      read -r w c < <(run "$mode" "$input" "$cache")
      wall[$mode]+="$w "; cpu[$mode]+="$c "
    done
    rm -rf "$cache"
  done
  lines=$(wc -l < "$tmp/$input.jsonl"); bytes=$(wc -c < "$tmp/$input.jsonl")
  for measure in wall cpu; do
    declare -n values=$measure
    n=$(echo "${values[none]}" | median); c=$(echo "${values[cold]}" | median); w=$(echo "${values[warm]}" | median)
    echo "$input ($lines documents, $bytes bytes) $measure s, medians: none $n  cold $c  warm $w  cold/none $(ratio "$c" "$n")  warm/none $(ratio "$w" "$n")"
    echo "    runs: none ${values[none]}; cold ${values[cold]}; warm ${values[warm]}"
  done
  unset wall cpu
done
