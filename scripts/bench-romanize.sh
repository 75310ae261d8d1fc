#!/usr/bin/env bash
# Cost of th-Latn romanisation (issue 16 item 6): ICU Any-Latin vs the RTGS rules over every
# distinct Thai name of a graph (default: the corpus golden graph). Release build, one core.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/text-bench.sh
build_text_bench
"$text_bench" romanize "${1:-fixtures/expected/corpus.graph.jsonld}" --rounds "${ROUNDS:-5}"
