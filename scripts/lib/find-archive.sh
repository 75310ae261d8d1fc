# Sourced by the benchmark scripts: `require_archive NAME [PATH]` sets `archive` to PATH,
# or to the first thaigov-20k.jsonl.gz found beside the repository; when there is none
# it says so (as NAME) and exits the calling script with status 0.
require_archive() {
  local name=$1
  archive=${2:-}
  if [ -z "$archive" ]; then
    for candidate in ../shared/data/thaigov-20k.jsonl.gz ../../shared/data/thaigov-20k.jsonl.gz /work/shared/data/thaigov-20k.jsonl.gz; do
      [ -f "$candidate" ] && { archive=$candidate; break; }
    done
  fi
  if [ -z "$archive" ] || [ ! -f "$archive" ]; then
    echo "$name: thaigov-20k.jsonl.gz not found; nothing to do." >&2
    exit 0
  fi
}
