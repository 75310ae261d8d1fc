# Sourced by the benchmark scripts: sets `archive` to $1, or to the first
# thaigov-20k.jsonl.gz found beside the repository; empty when there is none.
find_archive() {
  archive=${1:-}
  if [ -z "$archive" ]; then
    for candidate in ../shared/data/thaigov-20k.jsonl.gz ../../shared/data/thaigov-20k.jsonl.gz /work/shared/data/thaigov-20k.jsonl.gz; do
      [ -f "$candidate" ] && { archive=$candidate; break; }
    done
  fi
}
