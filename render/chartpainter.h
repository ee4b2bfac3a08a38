#pragma once

#include "painttarget.h"
#include "theme.h"

#include "layout/typography.h"
#include "model/measurecharts.h"

#include <QSizeF>

namespace kdd {

// Draws a measure's run or control chart — title, axes, data lines, centre and limits per
// phase, phase boundaries, PDSA markers, special causes, legend and problems — onto any
// PaintTarget at a given size: the Charts dock paints with it, and `keydriver chart` writes SVG,
// PDF and PNG with it, so a file looks like the screen.
class ChartPainter
{
public:
    explicit ChartPainter(const Theme &theme, const Typography &typography = Typography::standard())
        : m_theme(theme), m_typography(typography)
    {
    }

    // Draws `chart` in the rectangle (0, 0, size); the background is the caller's.
    void paint(const MeasureChart &chart, QSizeF size, PaintTarget &target) const;

    // "Hypertension control — P chart" (with the view when it is not the whole population).
    static QString title(const MeasureChart &chart);
    // One sentence for screen readers and the SVG's description.
    static QString description(const MeasureChart &chart);
    // The size a chart is drawn at when none is asked for (pixels at 96 dpi).
    static QSizeF defaultSize(const MeasureChart &chart);

private:
    const Theme &m_theme;
    Typography m_typography;
};

} // namespace kdd
