#!/usr/bin/env bash
# Formats every tracked .cpp/.h with clang-format and the repository's .clang-format.
#   scripts/format.sh           rewrite the files in place
#   scripts/format.sh --check   change nothing; list the files that would change and fail if any
# CLANG_FORMAT picks another binary (default: clang-format).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"

mode=apply
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

if ! command -v "$CLANG_FORMAT" >/dev/null; then
    echo "$0: $CLANG_FORMAT not found (Debian package clang-format)" >&2
    exit 2
fi

cd "$ROOT"
# Tracked files only, so build trees and scratch files are never touched; outside a git checkout
# (an unpacked source archive) every source file but the build trees.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find . -path './build*' -prune -o \( -name '*.cpp' -o -name '*.h' \) \
        -type f -print | sed 's|^\./||' | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "$0: no source files found under $ROOT" >&2
    exit 2
fi

if [ "$mode" = apply ]; then
    "$CLANG_FORMAT" -i --style=file "${files[@]}"
    exit 0
fi

# One run over all files (one process per file takes seconds longer); its diagnostics name each
# place that differs, the summary below names each file.
if report="$("$CLANG_FORMAT" --dry-run --Werror --style=file "${files[@]}" 2>&1)"; then
    echo "all ${#files[@]} files formatted"
    exit 0
fi
violation='s/^\([^:]*\):[0-9]*:[0-9]*: .*\[-Wclang-format-violations\]$/\1/p'
mapfile -t unformatted < <(sed -n "$violation" <<<"$report" | sort -u)
if [ ${#unformatted[@]} -eq 0 ]; then
    printf '%s\n' "$report" >&2 # clang-format itself failed (a bad .clang-format, say)
    exit 2
fi
head -n 30 <<<"$report" # the first places, to show what differs
printf '%s\n' "${unformatted[@]}"
echo "${#unformatted[@]} of ${#files[@]} files are not formatted; run scripts/format.sh" >&2
exit 1
