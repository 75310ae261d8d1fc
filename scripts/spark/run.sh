#!/usr/bin/env bash
# The Spark job (scripts/spark/khaosan_extract_job.py) under `spark-submit --master local[2]`
# with the packaged binary shipped by --archives, checked against `khaosan build`:
#   - the bundled corpus/ (gzip'd: one input partition, repartitioned), with bad lines added
#     (malformed JSON, no text, nested too deep, a blank line, no id): `khaosan merge` of the
#     part files must equal `khaosan build` of the same file byte for byte, and both must
#     report the same rejected lines;
#   - with --slice N, also the first N documents of ../shared/data/thaigov-20k.jsonl.gz
#     (skipped, saying so, when it is absent), timed against `khaosan build -j 2`.
#
#   scripts/spark/run.sh [--tarball dist/khaosan-….tar.gz | --binary-dir .build/debug]
#                        [--slice N] [--partitions P]
#
# Without --tarball, scripts/package.sh makes one (a release build). --binary-dir packs that
# build folder's khaosan and khaosan_Khaosan.resources the same way instead (no release build;
# such a binary runs only where it was built). Needs java (17+) and python3; pyspark (PyPI)
# is installed into .build/spark-venv on first use (or $KHAOSAN_SPARK_VENV).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tarball= binary_dir= slice= partitions=4
while [ $# -gt 0 ]; do
  case $1 in
    --tarball) tarball=$(readlink -f "$2"); shift 2 ;;
    --binary-dir) binary_dir=$(readlink -f "$2"); shift 2 ;;
    --slice) slice=$2; shift 2 ;;
    --partitions) partitions=$2; shift 2 ;;
    *) echo "usage: $0 [--tarball T | --binary-dir D] [--slice N] [--partitions P]" >&2; exit 2 ;;
  esac
done
command -v java > /dev/null || { echo "spark: java not found (Spark needs Java 17+)" >&2; exit 1; }

venv=${KHAOSAN_SPARK_VENV:-$root/.build/spark-venv}
if [ ! -x "$venv/bin/spark-submit" ]; then
  python3 -m venv "$venv"
  # Pinned: the version the figures in docs/spark.md were measured with (Java 17).
  "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark==4.3.0 >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$binary_dir" ]; then
  mkdir -p "$work/pack/khaosan-build"
  cp -R "$binary_dir/khaosan" "$binary_dir/khaosan_Khaosan.resources" "$work/pack/khaosan-build/"
  tarball=$work/khaosan-build.tar.gz
  tar -C "$work/pack" -czf "$tarball" khaosan-build
fi
[ -n "$tarball" ] || tarball=$(scripts/package.sh "$work/dist" | tail -n 1)
mkdir "$work/unpacked"
tar -C "$work/unpacked" -xzf "$tarball"
bin=$(echo "$work"/unpacked/khaosan-*/khaosan)
echo "spark: pyspark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)'), $(java -version 2>&1 | head -n 1), $(basename "$tarball")"

# The rejected lines of an errors report: "<file name>:<line> <reason>", sorted.
rejected() { "$venv/bin/python" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    error = json.loads(line)
    print(error["location"].rsplit("/", 1)[-1], error["error"])' "$1" | sort; }

seconds() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# check NAME INPUT: the job on INPUT vs build of INPUT.
check() {
  local name=$1 input=$2 out=$work/$1
  mkdir "$out"
  local start=$(date +%s.%N)
  "$bin" build "$input" --no-cache --quiet --jobs 2 -o "$out/build.jsonld" --errors "$out/build-errors.jsonl" 2> "$out/build.log"
  local build_time=$(seconds "$start")
  start=$(date +%s.%N)
  (cd "$out" && SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/spark-submit" \
      --master 'local[2]' --driver-memory 1g --conf spark.ui.enabled=false \
      --conf spark.ui.showConsoleProgress=false --conf spark.driver.host=127.0.0.1 \
      --archives "$tarball#khaosan" \
      "$root/scripts/spark/khaosan_extract_job.py" "file://$input" "file://$out/parts" --partitions "$partitions") \
      > "$out/spark.out" 2> "$out/spark.log" || { tail -n 40 "$out/spark.log" >&2; echo "spark: $name: FAIL: the job failed" >&2; exit 1; }
  local spark_time=$(seconds "$start")
  local parts=("$out"/parts/part-*)
  "$bin" merge "${parts[@]}" -o "$out/merged.jsonld" --errors "$out/merge-errors.jsonl" 2> "$out/merge.log" \
    || { cat "$out/merge.log" >&2; echo "spark: $name: FAIL: merge refused the part files" >&2; exit 1; }
  echo "spark: $name: $(cat "$out/spark.out"); ${#parts[@]} part files; $(grep -o 'merged: .*' "$out/merge.log")"
  echo "spark: $name: spark-submit local[2] ${spark_time} s (JVM start included), khaosan build -j 2 ${build_time} s"
  if ! cmp -s "$out/build.jsonld" "$out/merged.jsonld"; then
    echo "spark: $name: FAIL: merge of the part files differs from build" >&2
    cmp "$out/build.jsonld" "$out/merged.jsonld" >&2 || true
    exit 1
  fi
  # The same rejected lines with the same reasons (locations differ only in the file:// prefix).
  touch "$out/build-errors.jsonl" "$out/merge-errors.jsonl"
  if ! diff <(rejected "$out/build-errors.jsonl") <(rejected "$out/merge-errors.jsonl") > "$out/errors.diff"; then
    cat "$out/errors.diff" >&2
    echo "spark: $name: FAIL: the job's error lines differ from build's rejected documents" >&2
    exit 1
  fi
  echo "spark: $name: EQUAL: merge = build ($(wc -c < "$out/build.jsonld") bytes, sha256 $(sha256sum < "$out/build.jsonld" | cut -c1-16)…);" \
       "$(wc -l < "$out/build-errors.jsonl") rejected line(s), the same in both"
}

# The bundled corpus with bad lines at the start (the first line of the input is malformed;
# JSON nested 20,000 deep, too deep for Python's parser too) and one record without an id
# (named by its line, as build names it).
{
  echo 'not JSON at all'
  echo '{"id":"no-text","title":"a record without text"}'
  printf '{"id":"deep","text":"x","extra":%s%s}\n' "$(printf '[%.0s' {1..20000})" "$(printf ']%.0s' {1..20000})"
  echo
  echo '{"title":"no id","text":"นายเศรษฐา ทวีสิน นายกรัฐมนตรี เดินทางไปจังหวัดพะเยา"}'
  cat corpus/thaigov-sample.jsonl
} | gzip -n > "$work/corpus-with-errors.jsonl.gz"
[ "$(zcat "$work/corpus-with-errors.jsonl.gz" | wc -l)" -gt 100 ] || { echo "spark: corpus/thaigov-sample.jsonl missing" >&2; exit 1; }
check corpus "$work/corpus-with-errors.jsonl.gz"
[ "$(wc -l < "$work/corpus/build-errors.jsonl")" -eq 3 ] \
  || { echo "spark: corpus: FAIL: expected 3 rejected lines, got $(wc -l < "$work/corpus/build-errors.jsonl")" >&2; exit 1; }

if [ -n "$slice" ]; then
  archive=$(. scripts/lib/find-archive.sh; require_archive "spark: slice" ""; echo "$archive")
  if [ -n "$archive" ]; then
    { zcat "$archive" || true; } | head -n "$slice" | gzip -n > "$work/thaigov-$slice.jsonl.gz"
    check "slice-$slice" "$work/thaigov-$slice.jsonl.gz"
  fi
fi
