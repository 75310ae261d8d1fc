#!/usr/bin/env bash
# libFuzzer harnesses (Fuzz/, a separate package over the Khaosan library): builds them with
# -sanitize=fuzzer,address, re-runs the saved regression inputs, then fuzzes each harness for
# SECONDS with the seed corpus fixtures/fuzz/<harness>/ and prints executions and crashes.
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS…]
#   SECONDS  per harness (default 60)
#   HARNESS  json-line charset normalizer dates extraction-line graph-reader (default: all)
# Env: FUZZ_WORK (default Fuzz/.build/fuzz-work): the corpus libFuzzer grows, logs, crash files;
#      FUZZ_FLAGS: more libFuzzer flags (e.g. "-jobs=2" or "-max_len=65536").
# Exit status 1 when any harness crashed; the crash input is printed with how to keep it.
# Gold (the default linker) fails on ASan objects here, so the link uses lld (Fuzz/lld-toolset.json).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(json-line charset normalizer dates extraction-line graph-reader)
work=${FUZZ_WORK:-$root/Fuzz/.build/fuzz-work}

cd Fuzz
mkdir -p .root && ln -sfn ../.. .root/khaosan
build=(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --toolset lld-toolset.json)
"${build[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2
bin=$("${build[@]}" --show-bin-path)
cd "$root"

export SWIFT_BACKTRACE=enable=no # the Swift backtracer trips ASan; libFuzzer prints the trace
status=0
printf '%-16s %12s %8s %8s  %s\n' harness executions exec/s crashes note
for name in "${harnesses[@]}"; do
  seeds=fixtures/fuzz/$name
  [ -x "$bin/fuzz-$name" ] && [ -d "$seeds" ] || { echo "unknown harness: $name" >&2; exit 2; }
  mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
  log=$work/$name/fuzz.log
  # 1. every saved regression input must pass (one execution each)
  if compgen -G "$seeds/regressions/*" > /dev/null; then
    if ! "$bin/fuzz-$name" "$seeds"/regressions/* > "$work/$name/regressions.log" 2>&1; then
      printf '%-16s %12s %8s %8s  %s\n' "$name" - - 1 "a regression input crashes again: see $work/$name/regressions.log"
      status=1
      continue
    fi
  fi
  # 2. fuzz: new inputs go to the work corpus (first directory); the seeds are only read
  before=$(ls "$work/$name/artifacts" | wc -l)
  set +e
  "$bin/fuzz-$name" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
    -artifact_prefix="$work/$name/artifacts/" ${FUZZ_FLAGS:-} "$work/$name/corpus" "$seeds" > "$log" 2>&1
  rc=$?
  set -e
  runs=$(awk '/stat::number_of_executed_units/{print $2}' "$log" | tail -1)
  speed=$(awk '/stat::average_exec_per_sec/{print $2}' "$log" | tail -1)
  crashes=$(( $(ls "$work/$name/artifacts" | wc -l) - before ))
  note=""
  if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
    status=1
    newest=$(ls -t "$work/$name/artifacts" | head -1)
    note="exit $rc; input: $work/$name/artifacts/$newest (keep it as $seeds/regressions/<what>, add a unit test, fix); log: $log"
  fi
  printf '%-16s %12s %8s %8s  %s\n' "$name" "${runs:-?}" "${speed:-?}" "$crashes" "$note"
done
exit $status
