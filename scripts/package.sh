#!/usr/bin/env bash
# Builds the Debian package of KeyDriver (docs/packaging.md) and prints the path of the .deb.
# Usage: scripts/package.sh            (builds into build-package/, next to build/)
# The build is RelWithDebInfo (-O2 -g) without the tests, with the hardening flags Debian compiles
# its own packages with (dpkg-buildflags: fortified functions, stack protector, read-only
# relocations bound at start); CPack strips the program when it makes the package.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${KEYDRIVER_PACKAGE_DIR:-$ROOT/build-package}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"

for tool in cmake cpack dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "package.sh: $tool is missing (apt install cmake dpkg-dev file)" >&2
        exit 1
    }
done
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    flags() { DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"; }
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKEYDRIVER_BUILD_TESTS=OFF \
        -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)" >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
(cd "$BUILD_DIR" && cpack -G DEB >cpack.log 2>&1) || {
    cat "$BUILD_DIR/cpack.log" >&2
    exit 1
}
ls "$BUILD_DIR"/keydriver_*.deb
