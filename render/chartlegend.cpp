#include "chartlegend.h"

#include <QFontMetricsF>

namespace kdd {
namespace chartparts {
namespace {

constexpr qreal LegendSample = 24;

QString legendText(const Context &c, const LegendEntry &e, qreal width)
{
    return QFontMetricsF(c.labelFont).elidedText(e.text, Qt::ElideRight, width - LegendSample - 6);
}

qreal legendEntryWidth(const Context &c, const QString &text)
{
    return LegendSample + 6 + advance(c.labelFont, text) + 16;
}

// The height of the legend laid out across `width`, as paintLegend() lays it out.
qreal legendHeight(const Context &c, const std::vector<LegendEntry> &entries, qreal width)
{
    qreal x = Margin;
    int rows = 1;
    for (const LegendEntry &e : entries) {
        const qreal entryWidth = legendEntryWidth(c, legendText(c, e, width));
        if (x > Margin && x + entryWidth > Margin + width) {
            x = Margin;
            ++rows;
        }
        x += entryWidth;
    }
    return rows * legendRowHeight(c);
}

} // namespace

std::vector<LegendEntry> legendEntries(const Context &c, bool hasMarkers)
{
    std::vector<LegendEntry> entries;
    const MeasureChart &chart = c.chart;
    if (chart.view != ChartView::Gap) {
        for (std::size_t i = 0; i < chart.lines.size(); ++i)
            entries.push_back({LegendEntry::Line, c.lineColour(static_cast<int>(i)),
                               c.lineShape(static_cast<int>(i)), chart.lines[i].label});
    }
    bool limits = false;
    bool improvement = false;
    bool deterioration = false;
    bool neutral = false;
    spc::ChartType type = chart.type;
    for (const ChartLine &line : chart.lines) {
        type = line.result.type;
        for (const spc::ChartPoint &p : line.result.points) {
            limits = limits || finite(p.lower) || finite(p.upper);
            if (!isSignal(p))
                continue;
            const QColor colour = signalColour(p.direction, chart.better);
            improvement = improvement || colour == kImprovement;
            deterioration = deterioration || colour == kDeterioration;
            neutral = neutral || colour == kNeutralSignal;
        }
    }
    entries.push_back(
        {LegendEntry::Centre, c.ink, Shape::Circle,
         type == spc::ChartType::Run ? ChartText::tr("Median") : ChartText::tr("Centre line")});
    if (limits)
        entries.push_back(
            {LegendEntry::Limits, c.ink, Shape::Circle, ChartText::tr("Control limits (3 sigma)")});
    if (improvement)
        entries.push_back({LegendEntry::Ring, kImprovement, Shape::Circle,
                           ChartText::tr("Special cause: improvement")});
    if (deterioration)
        entries.push_back({LegendEntry::Ring, kDeterioration, Shape::Circle,
                           ChartText::tr("Special cause: deterioration")});
    if (neutral)
        entries.push_back(
            {LegendEntry::Ring, kNeutralSignal, Shape::Circle, ChartText::tr("Special cause")});
    if (chart.view == ChartView::Gap)
        entries.push_back(
            {LegendEntry::Zero, c.faint, Shape::Circle, ChartText::tr("No gap (zero)")});
    if (hasMarkers)
        entries.push_back({LegendEntry::Marker, QColor(0x60, 0x60, 0x60), Shape::TriangleUp,
                           ChartText::tr("PDSA cycle (idea·cycle)")});
    return entries;
}

qreal legendRowHeight(const Context &c) { return lineHeight(c.labelFont) + 4; }

std::vector<LegendEntry> fitLegend(const Context &c, const std::vector<LegendEntry> &entries,
                                   qreal width, qreal maxHeight)
{
    if (legendHeight(c, entries, width) <= maxHeight)
        return entries;
    const auto firstOther = std::find_if(entries.begin(), entries.end(), [](const LegendEntry &e) {
        return e.kind != LegendEntry::Line;
    });
    const int lines = static_cast<int>(firstOther - entries.begin());
    const auto keep = [&](int k) {
        std::vector<LegendEntry> kept(entries.begin(), entries.begin() + k);
        if (k < lines)
            kept.push_back({LegendEntry::More, c.faint, Shape::Circle,
                            //: %1 and %2 are counts of lines (strata) on a chart.
                            ChartText::tr("Legend shows %L1 of %L2 lines").arg(k).arg(lines)});
        kept.insert(kept.end(), firstOther, entries.end());
        return kept;
    };
    int low = 0; // fits, or nothing fits at all
    int high = lines;
    while (low < high) { // the largest k whose legend fits
        const int mid = (low + high + 1) / 2;
        if (legendHeight(c, keep(mid), width) <= maxHeight)
            low = mid;
        else
            high = mid - 1;
    }
    return keep(low);
}

qreal paintLegend(const Context &c, const std::vector<LegendEntry> &entries, qreal top, qreal width)
{
    const qreal rowHeight = legendRowHeight(c);
    const qreal sample = LegendSample;
    qreal x = Margin;
    qreal y = top;
    c.target.beginGroup(QStringLiteral("legend"), QStringLiteral("legend"),
                        ChartText::tr("Legend"));
    for (const LegendEntry &e : entries) {
        const QString text = legendText(c, e, width);
        const qreal entryWidth = legendEntryWidth(c, text);
        if (x > Margin && x + entryWidth > Margin + width) {
            x = Margin;
            y += rowHeight;
        }
        const qreal mid = y + rowHeight / 2;
        const QPointF centre(x + sample / 2, mid);
        switch (e.kind) {
        case LegendEntry::Line:
            segment(c.target, {x, mid}, {x + sample, mid}, {e.colour, 1.6, false});
            drawShape(c.target, e.shape, centre, 3.5, e.colour, {e.colour, 1, false});
            break;
        case LegendEntry::Centre:
            segment(c.target, {x, mid}, {x + sample, mid}, {e.colour, 1.2, false});
            break;
        case LegendEntry::Limits:
            segment(c.target, {x, mid}, {x + sample, mid}, {e.colour, 1, true});
            break;
        case LegendEntry::Zero:
            segment(c.target, {x, mid}, {x + sample, mid}, {e.colour, 2.5, false});
            break;
        case LegendEntry::Ring:
            drawShape(c.target, Shape::Circle, centre, 3, c.faint, {c.faint, 1, false});
            drawShape(c.target, Shape::Circle, centre, 6.5, Qt::transparent, {e.colour, 2, false});
            break;
        case LegendEntry::Marker:
            drawShape(c.target, Shape::TriangleUp, centre, 4.5, e.colour, {e.colour, 1, false});
            break;
        case LegendEntry::More:
            segment(c.target, {x, mid}, {x + sample, mid}, {e.colour, 1, true});
            break;
        }
        c.target.text(text, c.labelFont, {x + sample + 6, mid + ascent(c.labelFont) / 2 - 1}, false,
                      c.ink);
        x += entryWidth;
    }
    c.target.endGroup();
    return y + rowHeight - top;
}

} // namespace chartparts
} // namespace kdd
