#!/bin/sh
# Converts the PPTX of an example to PDF with LibreOffice Impress and checks that the boxes'
# texts are in it: the deck opens in Impress and draws its shapes. Skipped (exit 77) without
# LibreOffice or pdftotext.
# Usage: pptx_libreoffice.sh KEYDRIVER EXAMPLE.kdd SCRATCH-DIR TEXT...
set -eu
keydriver=$1 example=$2 scratch=$3
shift 3
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    echo "SKIP: LibreOffice (soffice) or pdftotext is not installed"
    exit 77
fi
rm -rf "$scratch"
mkdir -p "$scratch/home"
QT_QPA_PLATFORM=offscreen "$keydriver" export "$example" -o "$scratch/deck.pptx"
HOME="$scratch/home" timeout 90 soffice --headless --convert-to pdf --outdir "$scratch" \
    "$scratch/deck.pptx" >"$scratch/soffice.log" 2>&1 || {
    cat "$scratch/soffice.log"
    echo "FAIL: LibreOffice could not convert the deck"
    exit 1
}
# One line of words: a box's text may wrap anywhere.
pdftotext "$scratch/deck.pdf" - | tr -s ' \n' '  ' >"$scratch/deck.txt"
status=0
for text in "$@"; do
    if grep -qF "$text" "$scratch/deck.txt"; then
        echo "found: $text"
    else
        echo "FAIL: missing from the PDF: $text"
        status=1
    fi
done
pages=$(pdfinfo "$scratch/deck.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
echo "pages: ${pages:-?}"
exit $status
