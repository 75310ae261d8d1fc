#!/usr/bin/env bash
# Runs `khaosan build` (release) over the hostile corpus of scripts/make-hostile-corpus.py
# under /usr/bin/time -v and checks: wall time well under 300 s (limit: $MAX_SECONDS, default
# 150), every good document in the graph, every bad input in the errors report, peak RSS
# under $MAX_RSS_MB (default 1024). Prints the figures; exits 1 when a check fails.
# Usage: scripts/run-hostile.sh [WORKDIR] [ARCHIVE]   (WORKDIR default: a new temp dir;
# the corpus is made there unless WORKDIR/corpus exists). Env: KHAOSAN (default the release
# build), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/find-archive.sh
work=${1:-$(mktemp -d)}
require_archive run-hostile "${2:-}"
max_seconds=${MAX_SECONDS:-150}
max_rss_mb=${MAX_RSS_MB:-1024}
bin=${KHAOSAN:-}
if [ -z "$bin" ]; then
  swift build -c release --product khaosan >&2
  bin=.build/release/khaosan
fi
[ -d "$work/corpus" ] || python3 scripts/make-hostile-corpus.py "$work" "$archive"

rm -f "$work/graph.jsonld" "$work/graph.errors.jsonl" "$work/errors.jsonl"
set +e
/usr/bin/time -v "$bin" build "$work/corpus" --no-cache --quiet --jobs "${JOBS:-2}" -o "$work/graph.jsonld" \
  > "$work/build.out" 2> "$work/build.log"
status=$?
set -e
echo "build exit status: $status"
grep -E "^(documents|mentions|rejected|document )" "$work/build.log" | cut -c1-200 || true

python3 - "$work" "$max_seconds" "$max_rss_mb" <<'EOF'
import json, os, re, sys
work, max_seconds, max_rss_mb = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
log = open(os.path.join(work, "build.log"), encoding="utf-8", errors="replace").read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", log).group(1).split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall)))
rss_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1)) / 1024
cpu = float(re.search(r"User time \(seconds\): (\S+)", log).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", log).group(1))
expected = json.load(open(os.path.join(work, "expected.json"), encoding="utf-8"))
graph_path = os.path.join(work, "graph.jsonld")
ids = set()
if os.path.exists(graph_path):
    for node in json.load(open(graph_path, encoding="utf-8")).get("@graph", []):
        if node.get("@type") == "NewsArticle":
            ids.add(node.get("identifier"))
errors_text = ""
for name in ("graph.errors.jsonl", "errors.jsonl"):
    p = os.path.join(work, name)
    if os.path.exists(p):
        errors_text += open(p, encoding="utf-8", errors="replace").read()
reported = errors_text + log   # rejected inputs are in the errors report; skipped links are said on stderr
missing = [i for i in expected["good"] if i not in ids]
unreported = [name for name in expected["bad"] if name not in reported]
print(f"wall {seconds:.1f} s (limit {max_seconds:.0f}), CPU {cpu:.1f} s, peak RSS {rss_mb:.0f} MB (limit {max_rss_mb:.0f})")
print(f"good documents in the graph: {len(expected['good']) - len(missing)}/{len(expected['good'])}"
      + (f" — missing: {missing[:10]}" if missing else ""))
print(f"bad inputs reported: {len(expected['bad']) - len(unreported)}/{len(expected['bad'])}"
      + (f" — unreported: {unreported}" if unreported else ""))
ok = seconds < max_seconds and rss_mb < max_rss_mb and not missing and not unreported
print("hostile corpus: " + ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
EOF
