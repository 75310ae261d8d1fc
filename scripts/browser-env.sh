#!/usr/bin/env bash
# Prints the path of a python3 that can `import playwright` (for scripts/check-diff-html.py),
# creating a private virtual environment for it when needed: $KHAOSAN_BROWSER_VENV, default
# .build/venv-browser. Playwright comes from PyPI; it drives Debian's Chromium
# (apt-get install chromium), never a browser it downloads (`playwright install` is not run).
# Exit 1 with one line on stderr saying why when it cannot be made.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${KHAOSAN_BROWSER_VENV:-$root/.build/venv-browser}"
python="$venv/bin/python"
fail() { echo "browser-env: $*" >&2; exit 1; }
command -v python3 > /dev/null || fail "python3 not found"
if ! { [ -x "$python" ] && "$python" -c 'import playwright.sync_api' 2> /dev/null; }; then
  mkdir -p "$(dirname "$venv")"
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  [ -x "$python" ] || python3 -m venv "$venv" > "$log" 2>&1 \
    || { rm -rf "$venv"; fail "cannot create a virtual environment in $venv (Debian: apt-get install python3-venv): $(tail -n 1 "$log")"; }
  "$python" -m pip install --quiet --disable-pip-version-check playwright > "$log" 2>&1 \
    || fail "pip install playwright into $venv failed (no network?): $(tail -n 1 "$log")"
  "$python" -c 'import playwright.sync_api' 2> /dev/null || fail "playwright still not importable from $python"
fi
echo "$python"
