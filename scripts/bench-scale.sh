#!/usr/bin/env bash
# Scale benchmark (issue 17 item 4): build, extract, merge and diff at growing archive sizes.
# Makes (once, in $BENCH_TMP) an archive of max($SIZES) articles from the 20k thaigov archive with
# scripts/bench/make-scale-archive.py (copy 0 = the archive, copies 1… = new ids, paragraphs
# shuffled between articles with a fixed seed), then for each size N (its first N articles):
#   build   --jobs $JOBS --no-cache -o build.jsonld       (wall, CPU, CPU per 10k articles, peak RSS, bytes)
#   extract --jobs $JOBS --no-cache > extract.jsonl
#   merge   extract.jsonl -o merge.jsonld                 (cmp against the build's graph)
#   diff    build.jsonld merge.jsonld                     (two equal graphs: "no differences")
# and deletes the size's outputs before the next one (at most two graphs of one size on disk).
# With PROFILE=1, build runs with --profile and its per-stage CPU table is printed.
# Usage: scripts/bench-scale.sh [ARCHIVE]     (exits 0, saying so, when the archive is absent)
# Env: KHAOSAN (binary; default: a release build), SIZES (default "20000 50000 100000 200000"),
#      JOBS (default 2), BENCH_TMP (default a new temp dir; the generated archives are kept there),
#      STEPS (default "build extract merge diff"), PROFILE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
. scripts/lib/timed.sh
require_archive bench-scale "${1:-}"
sizes=${SIZES:-20000 50000 100000 200000}
jobs=${JOBS:-2}
steps=${STEPS:-build extract merge diff}
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
if [ -z "${KHAOSAN:-}" ]; then
  swift build -c release --product khaosan >&2
  KHAOSAN="$(swift build -c release --show-bin-path)/khaosan"
fi
largest=$(printf '%s\n' $sizes | sort -n | tail -1)
full="$tmp/scale-$largest.jsonl"
[ -s "$full" ] || python3 scripts/bench/make-scale-archive.py "$archive" "$largest" "$full"

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; binary $KHAOSAN"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); jobs $jobs"

has_step() { [[ " $steps " == *" $1 "* ]]; }

# row SIZE STEP TIMEFILE OUTPUT: one result line, with CPU and wall per 10k articles.
row() {
  local n=$1 step=$2 line=$3 output=$4
  local wall cpu rss bytes
  wall=$(sed -E 's/.*wall=([0-9.]+)s.*/\1/' <<< "$line")
  cpu=$(sed -E 's/.*cpu=([0-9.]+)s.*/\1/' <<< "$line")
  rss=$(sed -E 's/.*peak_rss=([0-9]+)MB.*/\1/' <<< "$line")
  bytes=$( [ -e "$output" ] && wc -c < "$output" || echo 0)
  awk -v n="$n" -v s="$step" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$bytes" 'BEGIN{
    printf "| %d | %s | %.1f | %.1f | %.2f | %.2f | %d | %.0f |\n", n, s, w, c, w*10000/n, c*10000/n, r, b}'
}

echo "| articles | step | wall s | CPU s | wall s / 10k | CPU s / 10k | peak RSS MB | output bytes |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  input="$tmp/scale-$n.jsonl"
  [ "$n" = "$largest" ] || [ -s "$input" ] || head -n "$n" "$full" > "$input"
  [ "$n" = "$largest" ] && input=$full
  d="$tmp/out-$n"
  mkdir -p "$d"
  if has_step build; then
    line=$(timed "$d/build.log" /dev/null "$KHAOSAN" build "$input" --jobs "$jobs" --no-cache --quiet \
      ${PROFILE:+--profile} -o "$d/build.jsonld")
    row "$n" build "$line" "$d/build.jsonld"
    grep -E "^(documents|mentions):" "$d/build.log" | sed 's/^/    /' >&2
    [ -n "${PROFILE:-}" ] && sed -n '/^profile/,$p' "$d/build.log" | grep -v -E '^\s*(Command being|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)' >&2
  fi
  if has_step extract; then
    line=$(timed "$d/extract.log" "$d/extract.jsonl" "$KHAOSAN" extract "$input" --jobs "$jobs" --no-cache --quiet)
    row "$n" extract "$line" "$d/extract.jsonl"
  fi
  if has_step merge && [ -s "$d/extract.jsonl" ]; then
    line=$(timed "$d/merge.log" /dev/null "$KHAOSAN" merge "$d/extract.jsonl" -o "$d/merge.jsonld")
    row "$n" merge "$line" "$d/merge.jsonld"
    rm -f "$d/extract.jsonl"
    if [ -s "$d/build.jsonld" ]; then
      cmp -s "$d/build.jsonld" "$d/merge.jsonld" && echo "    merge graph identical to build graph" >&2 \
        || echo "    merge graph DIFFERS from build graph" >&2
    fi
  fi
  if has_step diff && [ -s "$d/build.jsonld" ] && [ -s "$d/merge.jsonld" ]; then
    line=$(timed "$d/diff.log" "$d/diff.out" "$KHAOSAN" diff "$d/build.jsonld" "$d/merge.jsonld" || true)
    row "$n" diff "$line" "$d/diff.out"
    head -c 200 "$d/diff.out" | sed 's/^/    diff: /' >&2
  fi
  [ -n "${KEEP:-}" ] || rm -f "$d/build.jsonld" "$d/merge.jsonld" "$d/extract.jsonl"
  [ "$n" = "$largest" ] || rm -f "$input"
done
