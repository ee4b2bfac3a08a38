#pragma once

#include <QByteArray>

namespace kdd {

// Repairs the text mapping of a PDF that QPdfWriter wrote, so that searching and copying give
// back the characters that were drawn.
//
// Qt builds each font's ToUnicode map by scanning the font's character map from U+0000 up and
// keeping the first character that reaches a glyph. That gives Kangxi radicals (U+2F00...) for
// common CJK ideographs whose glyph the font shares with them (日 comes back as ⽇), Arabic
// presentation forms (U+FExx) for joined Arabic letters, and U+0009 for the space. This rewrites
// every such destination to the ordinary character (Unicode compatibility normalisation; the
// space for a control character). Characters outside U+0000-U+FFFF (emoji) get no mapping from
// Qt at all and cannot be recovered here.
//
// Returns how many font maps were rewritten. Leaves `pdf` as it was when nothing needs a change
// or when its layout is not the one QPdfWriter writes (uncompressed ToUnicode streams with a
// direct /Length, one classic cross-reference table).
int repairPdfTextMapping(QByteArray &pdf);

} // namespace kdd
