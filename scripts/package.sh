#!/usr/bin/env bash
# Builds a khaosan release tarball that runs from any folder on a Linux machine with ICU 72
# (libicu72) and the usual compression libraries (zlib, bzip2, xz, zstd):
#
#   scripts/package.sh [output-folder]        (default: dist/)
#
# makes <output-folder>/khaosan-<version>-<commit>-linux-<arch>.tar.gz holding one folder:
#   khaosan                      the release binary, Swift runtime and Foundation linked in
#                                (--static-swift-stdlib)
#   khaosan_Khaosan.resources/   lexicons, model and their licences (found beside the binary,
#                                wherever the folder is moved; or set KHAOSAN_RESOURCES)
#   NOTICE, licences/            what is inside and the licences of the linked-in code
#
# `khaosan --version` of the packaged binary names the commit it was built from: this script
# writes it into a small object file linked in with -Xlinker (only the link step changes, no
# recompilation); a tree without git gives "unknown".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
output=${1:-dist}
mkdir -p "$output"
output=$(cd "$output" && pwd)

version=$(sed -n 's/^public let version = "\(.*\)"$/\1/p' Sources/KhaosanCore/Version.swift)
[ -n "$version" ] || { echo "package.sh: no version in Sources/KhaosanCore/Version.swift" >&2; exit 1; }
commit=$(git describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
arch=$(uname -m)

work=$root/.build/package
mkdir -p "$work"
build=(swift build -c release --static-swift-stdlib --product khaosan)
if [ "$commit" != unknown ]; then
    # Named by the commit: SwiftPM relinks only when the link command changes, not the object.
    object=$work/build-commit-$commit.o
    printf 'const char khaosan_build_commit[] = "%s";\n' "$commit" > "$work/build-commit.c"
    cc -c -fPIC -o "$object" "$work/build-commit.c"
    build+=(-Xlinker "$object")
fi
echo "package.sh: ${build[*]}" >&2
"${build[@]}"
bin=$("${build[@]}" --show-bin-path)

name=khaosan-$version-$commit-linux-$arch
stage=$work/$name
rm -rf "$stage"
mkdir -p "$stage/licences"
cp "$bin/khaosan" "$stage/khaosan"
# Symbols off (81 → 66 MB; the dynamic symbol table stays): the GNU build id the cache keys use is kept.
strip "$stage/khaosan"
cp -R "$bin/khaosan_Khaosan.resources" "$stage/"

# Licences of the code linked into the binary.
copy_licence() {   # source-file target-name
    if [ -f "$1" ]; then cp "$1" "$stage/licences/$2"; else echo "package.sh: missing licence $1" >&2; exit 1; fi
}
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
copy_licence "$toolchain/share/swift/LICENSE.txt" swift-runtime-and-foundation.LICENSE.txt
for package in swift-argument-parser swift-crypto swift-asn1; do
    copy_licence ".build/checkouts/$package/LICENSE.txt" "$package.LICENSE.txt"
    if [ -f ".build/checkouts/$package/NOTICE.txt" ]; then cp ".build/checkouts/$package/NOTICE.txt" "$stage/licences/$package.NOTICE.txt"; fi
done
# Foundation links its own copy of ICU (lib_FoundationICU) under the ICU licence, the one
# Debian ships with libicu72.
if [ -f /usr/share/doc/libicu72/copyright ]; then
    copy_licence /usr/share/doc/libicu72/copyright icu.LICENSE.txt
else
    echo "package.sh: warning: /usr/share/doc/libicu72/copyright not found; ICU licence not included" >&2
fi

cat > "$stage/NOTICE" <<EOF
khaosan $version (commit $commit), built $(date -u +%Y-%m-%d) for linux-$arch.

Run ./khaosan from this folder or from anywhere (a symbolic link to it works too): it reads
its lexicons and model from khaosan_Khaosan.resources/ beside the real binary, or from the
folder named by KHAOSAN_RESOURCES. \`khaosan --version\` prints the commit and the SHA-256 of
the model and the lexicon set it found.

Needs on the machine: glibc, libstdc++, ICU 72 (Debian/Ubuntu package libicu72), zlib,
bzip2, xz (liblzma) and zstd libraries. The Swift runtime and Foundation are linked in.

Licences:
- khaosan_Khaosan.resources/Resources/LICENSES.md: sources and licences of every bundled
  lexicon; khaosan_Khaosan.resources/Resources/models/NOTICE: the tagger model
  (trained on ThaiNER 1.5, CC BY 3.0).
- licences/: Swift runtime and Foundation (Apache 2.0 with the runtime library exception),
  swift-argument-parser, swift-crypto (with BoringSSL, see its NOTICE), swift-asn1
  (Apache 2.0), ICU (Unicode licence) as linked into Foundation.
EOF

tarball=$output/$name.tar.gz
tar -C "$work" --owner=0 --group=0 --sort=name -czf "$tarball" "$name"
echo "$tarball"
