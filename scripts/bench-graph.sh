#!/usr/bin/env bash
# Resolve + emit throughput on synthetic extractions (release build, one core).
# Usage: scripts/bench-graph.sh [DOCS…]   (default: 2000 10000; 40 mentions per document)
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks/GraphBench"
mkdir -p .root && ln -sfn ../../.. .root/khaosan
swift build -c release
bin="$(swift build -c release --show-bin-path)/graph-bench"
out="$(mktemp -d)/graph.jsonld"
for docs in "${@:-2000 10000}"; do
  for n in $docs; do
    /usr/bin/time -f "peak RSS %M KB, wall %e s" "$bin" "$n" "$out"
  done
done
rm -f "$out"
