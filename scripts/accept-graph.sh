#!/usr/bin/env bash
# Re-records fixtures/expected/corpus.graph.jsonld, the graph of corpus/ that CI
# diffs against (.ci/run). Prints what changes (markdown diff) before replacing it.
# Run after reviewing a CI graph diff that is intended; commit the new file.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build
bin="$(swift build --show-bin-path)/khaosan"
expected=fixtures/expected/corpus.graph.jsonld
new="$(mktemp -d)/corpus.graph.jsonld"
"$bin" build --no-cache -o "$new"
mkdir -p "$(dirname "$expected")"
if [ -f "$expected" ]; then
  status=0
  "$bin" diff --format markdown "$expected" "$new" || status=$?
  if [ "$status" -eq 0 ]; then echo "unchanged: $expected"; exit 0; fi
  if [ "$status" -ne 1 ]; then echo "diff failed (exit $status)" >&2; exit "$status"; fi
fi
mv "$new" "$expected"
echo "recorded $expected"
