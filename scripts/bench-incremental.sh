#!/usr/bin/env bash
# Incremental regeneration on a release build (issue 17 item 3): the 20k archive plus 100
# new articles (scripts/bench/make-added-articles.py), in one run:
#   clean  `build ARCHIVE ADDED --no-cache` (the full build, nothing reused);
#   prime  `build ARCHIVE --cache-dir C -o G` (the archive before the new articles);
#   warm   `build ARCHIVE ADDED --cache-dir C -o G` (regenerates G after adding 100 articles);
# then `cmp` of the warm graph with the clean one. Prints wall, CPU (user + sys) seconds and
# peak RSS of each, the warm/clean ratio, and the CPU profile of each build (`build --profile`: CPU seconds per stage, summed over threads).
# Usage: scripts/bench-incremental.sh [ARCHIVE]   Env: JOBS (default 2), ADDED (default 100),
#        KHAOSAN (default: the release build), KEEP (a folder to keep the files in).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
require_archive bench-incremental "${1:-}"
jobs=${JOBS:-2}; added=${ADDED:-100}
tmp=${KEEP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
bin=${KHAOSAN:-}
if [ -z "$bin" ]; then
  swift build -c release --product khaosan >&2
  bin=.build/release/khaosan
fi
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; --jobs $jobs; +$added articles"
gzip -dc "$archive" > "$tmp/archive.jsonl"
python3 scripts/bench/make-added-articles.py "$tmp/archive.jsonl" "$added" > "$tmp/added.jsonl"
rm -rf "$tmp/cache" "$tmp/graph.jsonld"*

run() { # run NAME ARGS…: times one build, prints its figures and its profile's top stages
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" build "$@" --quiet --profile -j "$jobs" 2> "$tmp/stderr-$name" > /dev/null
  read -r wall user sys rss < "$tmp/time"
  printf '%-6s wall %6.2f s  cpu %6.2f s  peak RSS %5d MB  %s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" \
    $((rss / 1024)) "$(grep -E '^  (extraction|resolution|graph build|graph write) ' "$tmp/stderr-$name" | tr -s ' ' | tr '\n' ';' || true)"
  eval "wall_$name=$wall"
}
run clean "$tmp/archive.jsonl" "$tmp/added.jsonl" --no-cache -o "$tmp/clean.jsonld"
run prime "$tmp/archive.jsonl" --cache-dir "$tmp/cache" -o "$tmp/graph.jsonld"
run warm "$tmp/archive.jsonl" "$tmp/added.jsonl" --cache-dir "$tmp/cache" -o "$tmp/graph.jsonld"
echo "warm/clean wall: $(echo "scale=3; $wall_warm / $wall_clean" | bc)"
if cmp "$tmp/graph.jsonld" "$tmp/clean.jsonld"; then echo "warm graph: byte-identical to the clean build ($(wc -c < "$tmp/clean.jsonld") bytes)"; else echo "warm graph DIFFERS from the clean build"; exit 1; fi
