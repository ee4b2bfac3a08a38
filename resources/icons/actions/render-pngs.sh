#!/bin/sh
# Renders the toolbar icons' PNG sizes (24 and 48 pixels, for normal and double-density screens)
# from their SVGs (needs rsvg-convert, from librsvg2-bin). Run it after changing an SVG and commit
# the PNGs with it: the program reads the PNGs, so it needs no SVG icon engine.
set -eu
cd "$(dirname "$0")"
for svg in *.svg; do
    name="${svg%.svg}"
    for size in 24 48; do
        rsvg-convert --width "$size" --height "$size" "$svg" --output "$name-$size.png"
    done
done
