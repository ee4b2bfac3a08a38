#!/usr/bin/env bash
# Installs the dependencies, builds KeyDriver and runs it on a bundled example.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_dependencies
build_keydriver
example="${1:-$ROOT/examples/health-equity.kdd}"
# The editor is not built yet (issue 4): until it is, show what the checker says of the example.
exec "$BUILD_DIR/app/keydriver" check "$example"
