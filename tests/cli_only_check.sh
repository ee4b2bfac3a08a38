#!/bin/sh
# Configures and builds the command-line-only program (KEYDRIVER_EDITOR=OFF) in a build tree of
# its own and checks it: it links neither QtWidgets nor QtPrintSupport, and check, export (every
# format), import and diff work with no display, in English and in Spanish.
# Usage: cli_only_check.sh SOURCE-DIR BUILD-DIR
set -eu
source=$1 build=$2
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

start=$(date +%s)
generator=
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
# shellcheck disable=SC2086 # the generator is one or no words
cmake -S "$source" -B "$build" $generator -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKEYDRIVER_EDITOR=OFF -DKEYDRIVER_BUILD_TESTS=OFF >"$build.configure.log" 2>&1 || {
    cat "$build.configure.log"
    echo "FAIL: configuring the command-line-only build"
    exit 1
}
cmake --build "$build" --target keydriver --parallel 2 >"$build.build.log" 2>&1 || {
    tail -40 "$build.build.log"
    echo "FAIL: building the command-line-only program"
    exit 1
}
program="$build/app/keydriver"
echo "built in $(($(date +%s) - start)) s: $program ($(du -k "$program" | cut -f1) kB)"

libraries=$(ldd "$program")
for qt in Qt6Core Qt6Gui Qt6Svg; do
    echo "$libraries" | grep -q "lib$qt" || fail "does not link $qt"
done
for unwanted in Qt6Widgets Qt6PrintSupport; do
    echo "$libraries" | grep -q "lib$unwanted" && fail "links $unwanted"
done
echo "linked Qt: $(echo "$libraries" | grep -o 'libQt6[A-Za-z]*' | sort -u | tr '\n' ' ')"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/keydriver-cli-only.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# No display at all: the command line must not need one.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANGUAGE=en "$program" "$@"; }

run --version | grep -q "^keydriver " || fail "--version"
example="$source/examples/ed-visit.kdd"
run check "$example" >"$scratch/check.txt" || fail "check exited $?"
grep -q "ed-visit.kdd" "$scratch/check.txt" || fail "check printed no summary"
for format in svg pdf png md mmd dot csv html odt docx pptx; do
    run export "$example" -o "$scratch/out.$format" || fail "export to $format"
    [ -s "$scratch/out.$format" ] || fail "export to $format wrote nothing"
done
grep -q "Medical scribes" "$scratch/out.svg" || fail "the SVG lacks a box's text"
run export "$example" -o "$scratch/charter.pdf" --what charter || fail "charter export"
run import "$scratch/out.md" -o "$scratch/imported.kdd" || fail "import of the Markdown outline"
code=0
run diff "$example" "$scratch/imported.kdd" >"$scratch/diff.txt" || code=$?
[ "$code" -le 1 ] || fail "diff exited $code"
# Without an editor, asking for one says so and fails.
code=0
DISPLAY=:99 "$program" "$example" 2>"$scratch/editor.txt" || code=$?
[ "$code" = 2 ] || fail "asking for the editor exited $code, not 2"
grep -q "no editor" "$scratch/editor.txt" || fail "asking for the editor: $(cat "$scratch/editor.txt")"
# The command line's translations are compiled in.
run --lang es check "$example" >"$scratch/check-es.txt" || fail "--lang es check"
exit $status
