#pragma once

#include "theme.h"
#include "ziparchive.h"

#include <QByteArray>
#include <QColor>
#include <QString>

#include <vector>

namespace kdd {

// The size of a 16:9 slide (13.333 × 7.5 in) in English Metric Units, PresentationML's unit.
constexpr qint64 PptxSlideWidth = 12192000;
constexpr qint64 PptxSlideHeight = 6858000;
constexpr qint64 PptxEmuPerInch = 914400;
// A colour as DrawingML writes it: six upper-case hex digits, no '#' ("1F77B4").
QString pptxColour(const QColor &colour);
// The typeface of every text: the one our layout measures with (Typography::standard()).
inline QString pptxTypeface() { return QStringLiteral("DejaVu Sans"); }

// Every part of a PresentationML package around the slides: content types, relationships,
// document properties, the presentation, one slide master with one blank layout, and a theme
// whose colours are `theme`'s. `slides` are the ppt/slides/slideN.xml parts, in order; the
// result is what writeZip() packs into a .pptx file.
std::vector<ZipEntry> pptxPackage(const QString &title, const Theme &theme,
                                  const std::vector<QByteArray> &slides);

} // namespace kdd
