#!/usr/bin/env bash
# Installs the dependencies, builds KeyDriver and runs every test through CTest; then the same
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer with the fuzz targets
# (scripts/sanitize.sh). KEYDRIVER_SANITIZE=0 skips that second pass for a quick local run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_dependencies "${TEST_PACKAGES[@]}"
build_keydriver
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/keydriver-runtime.XXXXXX)}"
chmod 0700 "$XDG_RUNTIME_DIR"
(cd "$BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc)" "$@")
if [ "${KEYDRIVER_SANITIZE:-1}" != "0" ]; then
    bash "$ROOT/scripts/sanitize.sh" "$@"
fi
