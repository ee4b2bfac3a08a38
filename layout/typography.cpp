#include "typography.h"

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

QFont makeFont(int pixelSize, QFont::Weight weight)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Kerning differs between renderers (SVG viewers, PDF readers); without it our measured
    // widths match theirs more closely.
    font.setKerning(false);
    return font;
}

} // namespace

Typography Typography::standard()
{
    Typography t;
    t.boxFont = makeFont(13, QFont::Normal);
    t.aimFont = makeFont(14, QFont::Bold);
    t.headerFont = makeFont(14, QFont::Bold);
    t.titleFont = makeFont(20, QFont::Bold);
    t.detailFont = makeFont(12, QFont::Normal);
    t.badgeFont = makeFont(8, QFont::Bold);
    return t;
}

Typography Typography::sized(qreal points)
{
    Typography t = standard();
    const int boxPixels = std::max(1, static_cast<int>(std::lround(points * 96 / 72)));
    if (boxPixels == t.boxFont.pixelSize())
        return t; // exactly the standard set: files without a size draw as they always did
    // Scaled by the rounded box font, so that the other texts keep their proportion to it.
    const qreal scale = static_cast<qreal>(boxPixels) / t.boxFont.pixelSize();
    for (QFont *font :
         {&t.boxFont, &t.aimFont, &t.headerFont, &t.titleFont, &t.detailFont, &t.badgeFont}) {
        font->setPixelSize(std::max(1, static_cast<int>(std::lround(font->pixelSize() * scale))));
    }
    for (qreal *length : {&t.maxTextWidth, &t.maxAimTextWidth, &t.minBoxWidth, &t.paddingX,
                          &t.paddingY, &t.badgeSize, &t.columnGap, &t.rowGap, &t.margin}) {
        *length = std::round(*length * scale * 2) / 2; // half units: exports print short numbers
    }
    return t;
}

} // namespace kdd
