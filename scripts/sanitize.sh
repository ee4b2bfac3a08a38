#!/usr/bin/env bash
# The whole test suite again, built with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (any report fails the run), plus the libFuzzer targets, each run for a short fixed number of
# inputs from its seed corpus. scripts/test.sh runs this after the normal suite.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PACKAGES+=(clang libclang-rt-14-dev)
install_dependencies "${TEST_PACKAGES[@]}"
SAN_DIR="${KEYDRIVER_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
if [ ! -f "$SAN_DIR/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$SAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKEYDRIVER_FUZZ=ON
fi
cmake --build "$SAN_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/keydriver-runtime.XXXXXX)}"
chmod 0700 "$XDG_RUNTIME_DIR"
# Leaks are not checked: Qt and fontconfig keep caches for the life of the process.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
cd "$SAN_DIR"
# The style check ran with the normal build; the benchmarks' timings mean nothing here; the package
# is made from the normal build, never from an instrumented one.
# The AT-SPI tests (a11y:) need Qt's xcb platform, where ASan's strndup interceptor reports a
# read past the end inside libxkbcommon-x11 while Qt connects to the X server, before any code of
# ours runs; the boxes' accessible objects are checked here by the offscreen gui: tests instead.
ctest --output-on-failure --parallel "$(nproc)" -E "^(style|bench|package|cli-only|a11y):" "$@"
