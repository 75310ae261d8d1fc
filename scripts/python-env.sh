#!/usr/bin/env bash
# Prints the path of a python3 that can `import rdflib` and `import pyoxigraph` (the SPARQL
# store the export docs and tests use), creating a private virtual
# environment for it when needed (the system Python is never modified).
#
#   scripts/python-env.sh            → e.g. /path/to/khaosan/.build/venv/bin/python
#
# The environment lives in $KHAOSAN_VENV (default: .build/venv in the repository,
# which `swift package clean` / `rm -rf .build` removes). Packages come from PyPI
# (pip). Exit 1 with one line on stderr saying why when it cannot be made
# (no python3, no venv module — Debian: apt-get install python3-venv —, no network).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${KHAOSAN_VENV:-$root/.build/venv}"
packages=(rdflib pyoxigraph)
imports='import rdflib, pyoxigraph'

fail() { echo "python-env: $*" >&2; exit 1; }

command -v python3 > /dev/null || fail "python3 not found"
python="$venv/bin/python"
if [ -x "$python" ] && "$python" -c "$imports" 2> /dev/null; then
  echo "$python"
  exit 0
fi

mkdir -p "$(dirname "$venv")" 2> /dev/null || fail "cannot create $(dirname "$venv")"
# One creator at a time (parallel test processes share the environment).
exec 9> "$venv.lock"
flock 9
if ! { [ -x "$python" ] && "$python" -c "$imports" 2> /dev/null; }; then
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  if [ ! -x "$python" ]; then
    python3 -m venv "$venv" > "$log" 2>&1 \
      || { rm -rf "$venv"; fail "cannot create a virtual environment in $venv (Debian: apt-get install python3-venv): $(tail -n 1 "$log")"; }
  fi
  "$python" -m pip install --quiet --disable-pip-version-check "${packages[@]}" > "$log" 2>&1 \
    || fail "pip install ${packages[*]} into $venv failed (no network?): $(tail -n 1 "$log")"
  "$python" -c "$imports" 2> /dev/null || fail "rdflib or pyoxigraph still not importable from $python"
fi
echo "$python"
