#pragma once

#include "model/kinds.h"
#include "model/spc.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace kdd {

// How a line is drawn.
struct Stroke
{
    QColor color = Qt::black;
    qreal width = 1;
    bool dashed = false;
};

// The look of a box: fill and outline.
struct BoxStyle
{
    QColor fill = Qt::white;
    Stroke border;
};

// Colours and line styles of one named look. Fonts and sizes are not part of a theme (they are
// the layout's Typography), so switching theme never moves anything.
struct Theme
{
    QString name;
    QColor background = Qt::white;
    QColor text = Qt::black;
    QColor headerText = Qt::black;
    QColor detailText = QColor(0x44, 0x44, 0x44);
    BoxStyle columns[5]; // aim, level 1, level 2, level 3, change ideas (status idea)
    BoxStyle testing;    // change idea being tested
    BoxStyle adopted;
    BoxStyle abandoned;
    Stroke link;             // a strong link; weak links are the same, dashed
    bool arrowheads = false; // arrowheads on the change-idea end of links
    BoxStyle badge;
    QColor badgeText = Qt::black;
    qreal boxRadius = 4;
    // A sparkline badge's line, by its measure's latest signal: green for better, red for worse,
    // amber when the measure does not say which way is better, grey for no signal.
    QColor signalImproving = QColor(0x2e, 0x7d, 0x32);
    QColor signalDeteriorating = QColor(0xc6, 0x28, 0x28);
    QColor signalUnknown = QColor(0xd9, 0x82, 0x00);
    QColor signalNone = QColor(0x75, 0x75, 0x75);

    // The style of a box for a node in `column` with change-idea `status`.
    const BoxStyle &boxStyle(int column, ChangeStatus status) const;
    const QColor &signalColour(spc::Verdict verdict) const;
    // This theme for a dark slide: a dark background, light text and lines, fills darkened with
    // their hues kept; widths, dashes and arrowheads unchanged, so statuses stay distinct.
    Theme darkVariant() const;
    // Whether the background is dark (the ink is then light).
    bool isDark() const;

    static Theme standard(); // classic: the look unless one is chosen
    // "classic", "colour", "print", "high-contrast", "projector" (what presentation mode shows)
    static QStringList names();
    static std::optional<Theme> byName(const QString &name);
};

} // namespace kdd
