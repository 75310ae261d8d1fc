#!/usr/bin/env bash
# Regenerates the shipped tagger model from ThaiNER 1.5 (TRAIN part only: ids whose
# number is not a multiple of 10; the DEV part is only scored, never trained on).
# Usage: scripts/train-model.sh [path/to/thainer-train.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/thainer-train.jsonl}"
[ -f "$data" ] || data=/work/shared/data/thainer-train.jsonl
if [ ! -f "$data" ]; then
  echo "thainer-train.jsonl not found (give its path as the first argument)" >&2
  exit 1
fi
swift build -c release --product khaosan
out=Sources/Khaosan/Resources/models/thainer-tagger.khm
mkdir -p "$(dirname "$out")"
.build/release/khaosan train --gold "$data" --split --epochs 10 --seed 1 --row-bits 16 --name-folds 5 --rule-features -o "$out"
# The binary reads its resources from the build folder: rebuild so it ships the new model.
swift build -c release --product khaosan >/dev/null
echo "model: $out ($(wc -c < "$out") bytes)"
