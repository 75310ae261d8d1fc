#!/usr/bin/env bash
# Batch benchmark on a release build, over the 20k thaigov archive (../shared/data/thaigov-20k.jsonl.gz):
#  1. raw ICU word boundaries over the same texts (the ceiling; `text-bench segment`, row a);
#  2. `khaosan extract` end to end (ingest → normalise → segment → extract → JSON lines),
#     --no-cache, with 1 and 2 jobs: documents/s, MB/s of UTF-8 text, peak RSS;
#  3. `khaosan build` (extract + graph) with 2 jobs: time and peak RSS;
#  4. incremental: build the first 19,900 articles into an empty cache, then all 20,000;
#  5. PyThaiNLP 5.4 (PyPI, offline) newmm and ThaiNER CRF on the first $PY_DOCS documents,
#     and khaosan extract -j 1 on the same documents.
# Usage: scripts/bench.sh [ARCHIVE]     (exits 0, saying so, when the archive is absent)
# Env: PY_DOCS (default 300), E2E_DOCS (default 5000), BENCH_VENV (default .build/bench-venv), SKIP_PYTHON=1, BENCH_TMP (default a new temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
require_archive bench "${1:-}"
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
py_docs=${PY_DOCS:-300}
e2e_docs=${E2E_DOCS:-5000}

swift build -c release --product khaosan >&2
bin=.build/release/khaosan
. scripts/lib/text-bench.sh
build_text_bench

echo "# machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sm), $(swift --version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# archive: $archive ($(du -h "$archive" | cut -f1) gzip)"

. scripts/lib/timed.sh

echo "## 1. raw ICU word boundaries (ceiling), same texts, pinned to one core (taskset -c 0)"
taskset -c 0 $text_bench segment "$archive" --rounds 2 | grep -E "documents:|\(a\)"

echo "## 1b. one core, end to end: build --jobs 1 --no-cache (ingest → graph file) on the first $e2e_docs articles vs raw ICU on the same texts"
{ zcat -f "$archive" || true; } | head -n "$e2e_docs" > "$tmp/e2e.jsonl"
icu_line=$(taskset -c 0 $text_bench segment "$tmp/e2e.jsonl" --rounds 2 | grep -E "^\(a\)")
echo "$icu_line"
timed "$tmp/e2e.log" /dev/null taskset -c 0 $bin build "$tmp/e2e.jsonl" --no-cache --quiet --jobs 1 -o "$tmp/e2e.jsonld" | tee "$tmp/e2e.time"
text_mb=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip())/1e6)' "$tmp/e2e.jsonl")
icu_rate=$(echo "$icu_line" | sed -E 's/.*: +([0-9.]+) MB\/s.*/\1/')
cpu=$(sed -E 's/.*cpu=([0-9.]+)s.*/\1/' "$tmp/e2e.time")
python3 -c 'import sys; mb,icu,cpu=map(float,sys.argv[1:]); print(f"end to end: {mb:.1f} MB in {cpu:.2f} CPU-s = {mb/cpu:.2f} MB/s; raw ICU {icu:.2f} MB/s; ratio {mb/cpu/icu:.3f} (target 0.25)")' "$text_mb" "$icu_rate" "$cpu"

echo "## 2a. khaosan extract --jobs 1 --no-cache, pinned to one core (taskset -c 0)"
timed "$tmp/extract-1.log" "$tmp/extract-1.jsonl" taskset -c 0 $bin extract "$archive" --no-cache --quiet --jobs 1
grep -E "^(documents|mentions):" "$tmp/extract-1.log"
echo "## 2b. khaosan extract --jobs 2 --no-cache, both cores"
timed "$tmp/extract-2.log" "$tmp/extract-2.jsonl" $bin extract "$archive" --no-cache --quiet --jobs 2
grep -E "^(documents|mentions):" "$tmp/extract-2.log"
cmp -s "$tmp/extract-1.jsonl" "$tmp/extract-2.jsonl" && echo "extract output identical for 1 and 2 jobs ($(wc -l < "$tmp/extract-1.jsonl") lines)" \
  || echo "extract output DIFFERS between 1 and 2 jobs"

echo "## 3. khaosan build --jobs 2 --no-cache (extract + graph)"
timed "$tmp/build.log" /dev/null $bin build "$archive" --no-cache --quiet --jobs 2 -o "$tmp/graph.jsonld"
grep -E "^(documents|mentions|graph|entities)" "$tmp/build.log" || true
echo "## 3b. khaosan merge of the 2-job extract output"
timed "$tmp/merge.log" /dev/null $bin merge "$tmp/extract-2.jsonl" -o "$tmp/merged.jsonld"
cmp -s "$tmp/graph.jsonld" "$tmp/merged.jsonld" && echo "merge output identical to build output ($(wc -c < "$tmp/graph.jsonld") bytes)" \
  || echo "merge output DIFFERS from build output"

echo "## 4. incremental: 19,900 articles into an empty cache, then all 20,000"
{ zcat -f "$archive" || true; } | head -n 19900 > "$tmp/base.jsonl"
zcat -f "$archive" > "$tmp/all.jsonl"
rm -rf "$tmp/cache"
timed "$tmp/inc-1.log" /dev/null $bin build "$tmp/base.jsonl" --cache-dir "$tmp/cache" --quiet --jobs 2 -o "$tmp/inc-1.jsonld"
grep -E "^(documents|cache):" "$tmp/inc-1.log"
timed "$tmp/inc-2.log" /dev/null $bin build "$tmp/all.jsonl" --cache-dir "$tmp/cache" --quiet --jobs 2 -o "$tmp/inc-2.jsonld"
grep -E "^(documents|cache):" "$tmp/inc-2.log"
cmp -s "$tmp/inc-2.jsonld" "$tmp/graph.jsonld" && echo "incremental graph identical to the uncached build" \
  || echo "incremental graph DIFFERS from the uncached build"
echo "cache size: $(du -sh "$tmp/cache" | cut -f1), $(find "$tmp/cache/entries" -type f | wc -l) entries"

if [ "${SKIP_PYTHON:-0}" != 1 ]; then
  echo "## 5. PyThaiNLP 5.4 (offline) vs khaosan on the first $py_docs documents"
  venv=${BENCH_VENV:-.build/bench-venv}
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "pythainlp==5.4.*" python-crfsuite >&2
  fi
  echo "pythainlp $("$venv/bin/python" -c 'import pythainlp; print(pythainlp.__version__)')"
  head -n "$py_docs" "$tmp/all.jsonl" > "$tmp/subset.jsonl"
  "$venv/bin/python" scripts/bench/pythainlp_bench.py "$tmp/subset.jsonl" "$py_docs" | tee "$tmp/pythainlp.txt"
  head -n 1 "$tmp/subset.jsonl" > "$tmp/one.jsonl"
  timed "$tmp/startup.log" /dev/null taskset -c 0 $bin extract "$tmp/one.jsonl" --no-cache --quiet --jobs 1 | sed 's/^/khaosan start-up (one article): /' | tee "$tmp/startup.time"
  for round in 1 2 3; do
    timed "$tmp/sub-$round.log" /dev/null taskset -c 0 $bin extract "$tmp/subset.jsonl" --no-cache --quiet --jobs 1 | tee "$tmp/sub-$round.time" | sed 's/^/khaosan extract -j1 (one core) subset: /'
  done
  python3 - "$tmp" <<'PY'
import re, sys, glob
tmp = sys.argv[1]
crf = [l for l in open(f"{tmp}/pythainlp.txt") if l.startswith("pythainlp-thainer-crf")]
size = int(re.search(r"bytes=(\d+)", crf[-1]).group(1)); py = float(re.search(r"seconds=([0-9.]+)", crf[-1]).group(1))
walls = sorted(float(re.search(r"wall=([0-9.]+)s", open(f).read()).group(1)) for f in glob.glob(f"{tmp}/sub-*.time"))
start = float(re.search(r"wall=([0-9.]+)s", open(f"{tmp}/startup.time").read()).group(1))
best = walls[0]
print(f"khaosan vs PyThaiNLP NER on {size/1e6:.2f} MB: best of 3 {best:.2f} s wall, start-up {start:.2f} s, "
      f"PyThaiNLP {py:.2f} s → {py/best:.1f}× whole run, {py/max(best-start,1e-3):.1f}× after start-up (target 20×)")
PY
  $text_bench segment "$tmp/subset.jsonl" --rounds 3 | grep -E "\(a\)" | sed 's/^/subset: /'
fi
echo "# scratch files in $tmp"
