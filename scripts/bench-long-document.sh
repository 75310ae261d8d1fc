#!/usr/bin/env bash
# Long-document benchmark (issue 12): `khaosan extract --jobs 1 --no-cache` (release) of ONE
# document of each size and kind (scripts/bench/make-long-document.py: real news concatenated,
# distinct "นายX Y" names, ranks "พล.อ.X", one given name with distinct family names, acronym
# definitions, Latin only, Thai without spaces, one paragraph repeated), pinned to one core. Prints CPU seconds, peak RSS and the
# ratio to the previous size (≤ 2.5 per doubling is the target; linear is 2.0).
# The document is extracted whole: --max-document-size is raised above the largest size
# (set EXTRA_ARGS to override, e.g. EXTRA_ARGS= for a binary without the option).
# Usage: scripts/bench-long-document.sh [ARCHIVE]
# Env: SIZES (MB, default "0.5 1 2 4 8"), KINDS (default all), KHAOSAN (default the release
# build), BENCH_TMP (default a new temp dir; generated documents are reused from it),
# MAX_SECONDS (default 300: a run still going after that many wall-clock seconds is stopped
# and the larger sizes of that kind are skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
require_archive bench-long-document "${1:-}"
sizes=${SIZES:-"0.5 1 2 4 8"}
kinds=${KINDS:-"news names ranks samegiven acronyms latin nospace repeat"}
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
max_seconds=${MAX_SECONDS:-300}
extra=${EXTRA_ARGS-"--max-document-size 1000000000"}
bin=${KHAOSAN:-}
if [ -z "$bin" ]; then
  swift build -c release --product khaosan >&2
  bin=.build/release/khaosan
fi
echo "# $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg), $bin $extra"
printf "%-9s %6s %9s %8s %9s %8s\n" kind MB cpu_s ratio rss_MB mentions
for kind in $kinds; do
  previous=""
  for size in $sizes; do
    doc="$tmp/$kind-$size.txt"
    [ -f "$doc" ] || python3 scripts/bench/make-long-document.py "$kind" "$size" "$doc" "$archive"
    set +e
    timeout "$max_seconds" taskset -c 0 /usr/bin/time -f "%U %S %M" -o "$tmp/time" \
      "$bin" extract "$doc" --no-cache --quiet --jobs 1 $extra > "$tmp/out.jsonl" 2> "$tmp/err"
    status=$?
    set -e
    if [ $status -ne 0 ]; then
      printf "%-9s %6s %9s\n" "$kind" "$size" "> ${max_seconds} s wall (status $status)"
      break
    fi
    read -r user sys rss < <(tail -1 "$tmp/time")
    cpu=$(echo "$user + $sys" | bc -l)
    mentions=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("mentions", [])) for l in open(sys.argv[1]) if l.startswith("{")))' "$tmp/out.jsonl")
    ratio="-"
    [ -n "$previous" ] && ratio=$(echo "scale=2; $cpu / $previous" | bc -l)
    printf "%-9s %6s %9.2f %8s %9.0f %8s\n" "$kind" "$size" "$cpu" "$ratio" "$(echo "$rss / 1024" | bc -l)" "$mentions"
    previous=$cpu
    [ "$(echo "$previous < 0.01" | bc -l)" = 1 ] && previous=0.01
  done
done
