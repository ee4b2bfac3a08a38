#!/bin/sh
# Regenerates the drawings in docs/gallery.md from the bundled examples with the built program:
# each link style, stacked ideas, a dark slide background, and A4 and slide pages (rendered from
# the PDF with pdftoppm, as a reader would see them).
# Usage: scripts/gallery.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
kd="$build/app/keydriver"
out=docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen

png() { # example name options...
    example=$1; name=$2; shift 2
    "$kd" export "examples/$example.kdd" -o "$out/$name.png" --dpi 96 "$@"
}
png weight-loss gallery-brackets
png weight-loss gallery-curves --links curves
png weight-loss gallery-straight --links straight
png fuel-costs gallery-stacked --ideas stacked
png fuel-costs gallery-separate
png health-equity health-equity-brackets
png antiracism gallery-dark --background dark --ideas stacked

page() { # example page name
    "$kd" export "examples/$1.kdd" -o "$tmp/$3.pdf" --page "$2"
    pdftoppm -r 60 -png "$tmp/$3.pdf" "$tmp/$3"
    montage "$tmp/$3"-*.png -tile x1 -geometry +6+6 -background '#bbbbbb' "$out/$3.png"
}
page health-equity a4 gallery-a4
page weight-loss slide gallery-slide
echo "gallery images written to $out"
