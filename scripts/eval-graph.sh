#!/usr/bin/env bash
# Graph-level evaluation of the shared 20k archive against ../shared/gold/graph/ (README, "Graph evaluation").
# Builds the graph and the per-document extraction of thaigov-20k.jsonl.gz with the release binary, then
# writes REPORT_DIR/eval-graph.txt (with the 20 worst splits, mixes and relation errors) and
# REPORT_DIR/eval-graph.json. Needs ../shared beside the repository; fails (status 1) without it.
# Usage: scripts/eval-graph.sh REPORT_DIR [ARCHIVE]
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: scripts/eval-graph.sh REPORT_DIR [ARCHIVE]" >&2
  exit 2
fi
mkdir -p "$1"
report=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
# ../shared beside the repository (../../shared from a worktree under wt/).
shared=../shared
[ -d "$shared" ] || [ ! -d ../../shared ] || shared=../../shared
archive=${2:-$shared/data/thaigov-20k.jsonl.gz}
gold=$shared/gold/graph
for needed in "$archive" "$gold/entities.jsonl" "$gold/relations.jsonl"; do
  if [ ! -f "$needed" ]; then
    echo "eval-graph.sh: $needed not found: the graph evaluation needs ../shared (data/thaigov-20k.jsonl.gz and gold/graph/) beside the repository" >&2
    exit 1
  fi
done
swift build -c release
bin="$(swift build -c release --show-bin-path)/khaosan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "building the graph of $archive …" >&2
"$bin" build --no-cache -j 2 "$archive" -o "$work/graph.jsonld"
echo "extracting $archive …" >&2
"$bin" extract --no-cache -j 2 "$archive" > "$work/extract.jsonl"
echo "scoring …" >&2
"$bin" eval-graph "$archive" --graph "$work/graph.jsonld" --gold "$gold" --extraction "$work/extract.jsonl" \
  --errors 20 --json "$report/eval-graph.json" > "$report/eval-graph.txt"
echo "wrote $report/eval-graph.txt and $report/eval-graph.json" >&2
