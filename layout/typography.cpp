#include "typography.h"

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

} // namespace kdd
