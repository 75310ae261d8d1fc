#!/usr/bin/env bash
# Checks a tarball of scripts/package.sh: unpacked into a fresh temporary folder, its khaosan,
# run from another folder (and through a symbolic link), builds the bundled corpus into the
# same bytes as the khaosan of a plain `swift build`; it links no Swift runtime or Foundation
# library dynamically; `--version` names a commit.
#
#   scripts/test-package.sh dist/khaosan-<version>-<commit>-linux-<arch>.tar.gz
set -euo pipefail
tarball=$(readlink -f "$1")
cd "$(dirname "$0")/.."
root=$PWD
reference=$(swift build --show-bin-path)/khaosan
[ -x "$reference" ] || { echo "test-package: build the reference first (swift build)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/unpacked" "$tmp/elsewhere" "$tmp/bin"
tar -C "$tmp/unpacked" -xzf "$tarball"
packaged=$(echo "$tmp"/unpacked/khaosan-*/khaosan)
ln -s "$packaged" "$tmp/bin/khaosan"

echo "== ldd $packaged"
ldd "$packaged"
if ldd "$packaged" | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime'; then
    echo "test-package: FAIL: the Swift runtime or Foundation is linked dynamically" >&2
    exit 1
fi

echo "== --version"
"$packaged" --version | tee "$tmp/version.txt"
# The commit in the tarball's name (khaosan-<version>-<commit>-linux-<arch>) is the one linked in.
named=$(basename "$tarball" .tar.gz | sed -E 's/^khaosan-[^-]+-(.*)-linux-[^-]+$/\1/')
grep -qx "commit: $named" "$tmp/version.txt" || { echo "test-package: FAIL: --version does not name commit $named" >&2; exit 1; }

echo "== build of corpus/ from $tmp/elsewhere, packaged vs $reference"
cd "$tmp/elsewhere"
env -u KHAOSAN_RESOURCES "$packaged" build "$root/corpus" --no-cache --quiet -o packaged.jsonld
env -u KHAOSAN_RESOURCES "$tmp/bin/khaosan" build "$root/corpus" --no-cache --quiet -o linked.jsonld
(cd "$root" && "$reference" build "$root/corpus" --no-cache --quiet -o "$tmp/elsewhere/reference.jsonld")
cmp packaged.jsonld reference.jsonld
cmp linked.jsonld reference.jsonld
echo "test-package: OK: cmp equal ($(wc -c < reference.jsonld) bytes), packaged, through a link and from $root"
