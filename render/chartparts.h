#pragma once

// What the chart painter and its legend share: the words' translation context, the sizes and
// colours of a chart, the mark shapes, the few drawing primitives on a PaintTarget, and the
// Context of one drawing. Internal to render/chart*.cpp.
#include "painttarget.h"

#include "model/measurecharts.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kdd {
namespace chartparts {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Charts)
};

inline constexpr qreal Margin = 12;

// Okabe-Ito hues: told apart by most colour-blind readers; a shape per stratum as well.
inline const QColor kSeriesColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                        QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                        QColor(0x33, 0x33, 0x33), QColor(0x99, 0x99, 0x33)};
inline constexpr int SeriesCount = 8;
enum class Shape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon };
inline constexpr int ShapeCount = 6;

inline const QColor kImprovement(0x1b, 0x87, 0x3f);
inline const QColor kDeterioration(0xc6, 0x28, 0x28);
inline const QColor kNeutralSignal(0xe0, 0x8e, 0x00);

inline bool finite(double v) { return std::isfinite(v); }

// A polyline as the PaintTarget's spline: each segment a cubic with its ends as controls.
void polyline(PaintTarget &target, const std::vector<QPointF> &points, const Stroke &stroke);
void segment(PaintTarget &target, QPointF a, QPointF b, const Stroke &stroke);
// A point's mark, of radius about `r`, centred on `c`.
void drawShape(PaintTarget &target, Shape shape, QPointF c, qreal r, const QColor &fill,
               const Stroke &stroke);
// The colour of the ring around a special-cause point.
QColor signalColour(spc::Direction direction, spc::Better better);
bool isSignal(const spc::ChartPoint &p);

// Everything one drawing of a chart shares: fonts, colours and the chart itself.
struct Context
{
    const MeasureChart &chart;
    const Theme &theme;
    PaintTarget &target;
    QFont titleFont;
    QFont labelFont;
    QFont smallFont;
    bool percent = false;
    QColor ink = Qt::black;
    QColor faint = Qt::gray;
    QColor grid = Qt::lightGray;
    QColor totalColour = Qt::darkBlue;

    QColor lineColour(int index) const
    {
        return chart.view == ChartView::ByStratum ? kSeriesColours[index % SeriesCount]
                                                  : totalColour;
    }
    Shape lineShape(int index) const
    {
        return chart.view == ChartView::ByStratum ? static_cast<Shape>(index % ShapeCount)
                                                  : Shape::Circle;
    }
    // The x index of `period`, -1 when it has none. chart.periods is sorted: a binary search
    // keeps a chart of 100,000 points linear to draw (a scan per point took minutes).
    int periodIndex(const QString &period) const
    {
        const auto it = std::lower_bound(chart.periods.begin(), chart.periods.end(), period);
        return it != chart.periods.end() && *it == period
                 ? static_cast<int>(it - chart.periods.begin())
                 : -1;
    }
};

qreal lineHeight(const QFont &font);
qreal ascent(const QFont &font);
qreal advance(const QFont &font, const QString &text);

} // namespace chartparts
} // namespace kdd
