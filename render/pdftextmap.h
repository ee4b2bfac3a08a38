#pragma once

#include <QByteArray>
#include <QStringList>

namespace kdd {

// Repairs the text mapping of a PDF that QPdfWriter wrote, so that searching and copying give
// back the characters that were drawn.
//
// Qt builds each font's ToUnicode map by scanning the font's character map from U+0000 up and
// keeping the first character that reaches a glyph. That gives Kangxi radicals (U+2F00...) for
// common CJK ideographs whose glyph the font shares with them (日 comes back as ⽇), Arabic
// presentation forms (U+FExx) for joined Arabic letters, and U+0009 for the space. This rewrites
// every such destination to the ordinary character (Unicode compatibility normalisation; the
// space for a control character).
//
// Characters outside U+0000-U+FFFF (most emoji) get no mapping from Qt at all. `outsideBmp` are
// those the painter drew, in drawing order (QPainterTarget records them in the paint device's
// property kOutsideBmpProperty; an empty string holds the place of one whose glyph cannot be
// told apart): the glyphs the pages draw without a mapping are matched to them in order. When
// the counts or the glyphs disagree (say a glyph no single character reaches), all stay
// unmapped.
//
// Returns how many font maps were rewritten. Leaves `pdf` as it was when nothing needs a change
// or when its layout is not the one QPdfWriter writes (uncompressed ToUnicode streams with a
// direct /Length, FlateDecode page contents, one classic cross-reference table).
int repairPdfTextMapping(QByteArray &pdf, const QStringList &outsideBmp = {});

// The paint device property (a QStringList) in which QPainterTarget lists, in drawing order, the
// characters beyond U+FFFF it drew on a PDF page.
constexpr char kOutsideBmpProperty[] = "kddOutsideBmp";

} // namespace kdd
