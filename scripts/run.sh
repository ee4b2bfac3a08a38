#!/usr/bin/env bash
# Installs the dependencies, builds KeyDriver and opens the editor on a bundled example.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_dependencies
build_keydriver
example="${1:-$ROOT/examples/health-equity.kdd}"
exec "$BUILD_DIR/app/keydriver" "$example"
