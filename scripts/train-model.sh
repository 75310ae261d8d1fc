#!/usr/bin/env bash
# Regenerates the shipped tagger model from ThaiNER 1.5 (TRAIN part only: ids whose
# number is not a multiple of 10; the DEV part is only scored, never trained on).
# Usage: scripts/train-model.sh [--binary KHAOSAN --output FILE] [path/to/thainer-train.jsonl]
#   --binary/--output: train with that khaosan binary into FILE, without building and without
#   touching the shipped model (.ci/run uses this to check the shipped model is reproducible;
#   the training options live here only).
set -euo pipefail
cd "$(dirname "$0")/.."
binary="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --output) out="$2"; shift 2 ;;
    *) break ;;
  esac
done
if [ -n "$binary" ] && [ -z "$out" ]; then
  echo "--binary needs --output (the shipped model is only written by a release build)" >&2
  exit 2
fi
data="${1:-../shared/data/thainer-train.jsonl}"
[ -f "$data" ] || data=/work/shared/data/thainer-train.jsonl
if [ ! -f "$data" ]; then
  echo "thainer-train.jsonl not found (give its path as the first argument)" >&2
  exit 1
fi
train() {
  "$1" train --gold "$data" --split --epochs 10 --seed 1 --row-bits 16 --name-folds 5 --rule-features -o "$2"
}
if [ -n "$binary" ]; then
  train "$binary" "$out"
  exit 0
fi
swift build -c release --product khaosan
out=Sources/Khaosan/Resources/models/thainer-tagger.khm
mkdir -p "$(dirname "$out")"
train .build/release/khaosan "$out"
# The binary reads its resources from the build folder: rebuild so it ships the new model.
swift build -c release --product khaosan >/dev/null
echo "model: $out ($(wc -c < "$out") bytes)"
