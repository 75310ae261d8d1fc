#!/usr/bin/env bash
# khaosan diff on two graphs of the 20k thaigov archive (issue 15: < 2 GB RSS and < 60 s).
# Builds (once, kept in $WORK) graph a = the archive, b = the archive with the lexicon lines
# of $LEXICON (default fixtures/diff-examples/lexicon-line.tsv: a small diff, the CI case)
# and c = the archive with rules only (--no-model: a large diff), then times `diff` (a vs b
# in text, markdown with --source, json, html with --source; a vs c in json and html; a vs
# itself) with /usr/bin/time -v: wall time, CPU time and peak RSS.
# Usage: scripts/bench-diff.sh [ARCHIVE]   (default ../shared/data/thaigov-20k.jsonl.gz)
# Environment: KHAOSAN (binary; default: a release build), WORK (default /tmp/khaosan-diff-bench),
# JOBS (build threads, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
archive="${1:-../shared/data/thaigov-20k.jsonl.gz}"
work="${WORK:-/tmp/khaosan-diff-bench}"
jobs="${JOBS:-2}"
if [ -z "${KHAOSAN:-}" ]; then
  swift build -c release --product khaosan > /dev/null
  KHAOSAN="$(swift build -c release --show-bin-path)/khaosan"
fi
mkdir -p "$work"
lexicon="${LEXICON:-fixtures/diff-examples/lexicon-line.tsv}"
[ -s "$work/a.jsonld" ] || "$KHAOSAN" build "$archive" -o "$work/a.jsonld" -j "$jobs" --quiet
[ -s "$work/b.jsonld" ] || "$KHAOSAN" build "$archive" -o "$work/b.jsonld" -j "$jobs" --quiet --lexicon "$lexicon"
[ -s "$work/c.jsonld" ] || "$KHAOSAN" build "$archive" -o "$work/c.jsonld" -j "$jobs" --quiet --no-model
ls -l "$work/a.jsonld" "$work/b.jsonld" "$work/c.jsonld"

measure() {   # name, then the diff arguments
  local name="$1"; shift
  local status=0
  /usr/bin/time -v "$KHAOSAN" diff "$@" > "$work/$name.out" 2> "$work/$name.time" || status=$?
  local wall rss cpu
  wall="$(grep 'Elapsed (wall clock)' "$work/$name.time" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident' "$work/$name.time" | awk '{print $NF}')"
  cpu="$(grep -E 'User time|System time' "$work/$name.time" | awk '{s += $NF} END {printf "%.1f", s}')"
  printf '%-22s exit %d  wall %s  cpu %s s  peak RSS %d MB  output %d bytes\n' \
    "$name" "$status" "$wall" "$cpu" "$((rss / 1024))" "$(wc -c < "$work/$name.out")"
}
measure a-vs-b-text "$work/a.jsonld" "$work/b.jsonld"
measure a-vs-b-markdown --format markdown --max-bytes 60000 --source "$archive" "$work/a.jsonld" "$work/b.jsonld"
measure a-vs-b-json --format json "$work/a.jsonld" "$work/b.jsonld"
measure a-vs-b-html --format html --source "$archive" "$work/a.jsonld" "$work/b.jsonld"
measure a-vs-c-json --format json "$work/a.jsonld" "$work/c.jsonld"
measure a-vs-c-html --format html --source "$archive" "$work/a.jsonld" "$work/c.jsonld"
measure a-vs-a "$work/a.jsonld" "$work/a.jsonld"
head -1 "$work/a-vs-b-text.out" "$work/a-vs-c-html.out" | cut -c1-400
grep -m1 'class="summary"' "$work/a-vs-c-html.out" | cut -c1-400
