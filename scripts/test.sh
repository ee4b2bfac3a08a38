#!/usr/bin/env bash
# Installs the dependencies, builds KeyDriver and runs every test through CTest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_dependencies
build_keydriver
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/keydriver-runtime.XXXXXX)}"
chmod 0700 "$XDG_RUNTIME_DIR"
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" "$@"
