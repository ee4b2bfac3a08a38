#!/bin/sh
# Renders the application icon's PNG sizes from keydriver.svg (needs rsvg-convert, from
# librsvg2-bin). Run it after changing the SVG and commit the PNGs with it.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" keydriver.svg --output "keydriver-$size.png"
done
