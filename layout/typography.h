#pragma once

#include <QFont>

namespace kdd {

// The fonts and spacing of a diagram, shared by layout and painting so that what was measured
// is what is drawn. Sizes are in layout units (pixels at 96 dpi).
struct Typography
{
    QFont boxFont;
    QFont aimFont;
    QFont headerFont;
    QFont titleFont;
    QFont detailFont;
    QFont badgeFont;

    qreal maxTextWidth = 190;    // drivers and change ideas wrap at this width
    qreal maxAimTextWidth = 230; // aims are wider: they carry the most words
    qreal minBoxWidth = 110;
    qreal paddingX = 10;
    qreal paddingY = 8;
    qreal badgeSize = 14;
    qreal columnGap = 64; // between columns, where the links run
    qreal rowGap = 14;    // between boxes in one column
    qreal margin = 24;

    // The standard set: DejaVu Sans (packaged with Debian; any sans-serif as a fallback), metrics
    // without hinting so that sizes do not depend on the screen or font configuration.
    static Typography standard();
    // The standard set for box text of `points` (LayoutSettings::textSize; 10 is standard()):
    // every font and every length that must grow with the text scaled alike, so that text fits
    // its box and boxes keep their gaps at any size. Fonts are whole pixels at 96 per inch.
    static Typography sized(qreal points);
};

} // namespace kdd
