#include "chartpainter.h"

#include "chartlayout.h"
#include "chartlegend.h"
#include "chartparts.h"

#include "model/measuredata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace kdd {
namespace {

using namespace chartparts;

using chartaxis::Ticks;

constexpr int MaxProblemLines = 4;
// A gap chart draws one panel per stratum but the reference; past this many the panels would be
// too small to read (and a hostile file's image too tall to make), so the rest are left to the CSV.
constexpr int MaxGapPanels = 24;

QString typeTitle(spc::ChartType type)
{
    switch (type) {
    case spc::ChartType::Run:
        return ChartText::tr("Run chart");
    case spc::ChartType::I:
        return ChartText::tr("I chart");
    case spc::ChartType::P:
        return ChartText::tr("P chart");
    case spc::ChartType::U:
        return ChartText::tr("U chart");
    }
    return QString();
}

QString viewSubtitle(ChartView view)
{
    switch (view) {
    case ChartView::Total:
        return QString();
    case ChartView::ByStratum:
        return ChartText::tr("By stratum: one line per group");
    case ChartView::Gap:
        return ChartText::tr("Gaps: each stratum minus its reference stratum (I charts)");
    }
    return QString();
}

QString decisionText(PdsaDecision decision)
{
    switch (decision) {
    case PdsaDecision::Adopt:
        return ChartText::tr("adopt");
    case PdsaDecision::Adapt:
        return ChartText::tr("adapt");
    case PdsaDecision::Abandon:
        return ChartText::tr("abandon");
    case PdsaDecision::Continue:
        return ChartText::tr("continue");
    case PdsaDecision::None:
        break;
    }
    return QString();
}

QColor decisionColour(PdsaDecision decision)
{
    switch (decision) {
    case PdsaDecision::Adopt:
        return kImprovement;
    case PdsaDecision::Abandon:
        return kDeterioration;
    case PdsaDecision::Adapt:
        return kNeutralSignal;
    default:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

bool hasValues(const MeasureChart &chart)
{
    for (const ChartLine &line : chart.lines)
        for (const spc::ChartPoint &p : line.result.points)
            if (finite(p.value))
                return true;
    return false;
}

// One plot: the lines it shows on its own y axis.
struct Panel
{
    QRectF outer;
    std::vector<int> lines;
    QString heading; // small multiples: the gap's label
    bool zeroLine = false;
};

// The pieces of a panel, top to bottom, and the mapping from values to points.
struct PanelGeometry
{
    QRectF plot;
    qreal step = 1;
    Ticks ticks;
    qreal markerTop = 0;
    qreal labelsTop = 0;
    qreal labelsLeft = 0; // x labels stay within these (the panel and the page's margin)
    qreal labelsRight = 0;

    qreal x(int index) const { return plot.left() + (index + 0.5) * step; }
    qreal y(double v) const
    {
        return plot.bottom() - (v - ticks.low) / (ticks.high - ticks.low) * plot.height();
    }
};

// The y range of a panel's lines: values, centres and limits.
Ticks panelTicks(const Context &c, const Panel &panel, qreal plotHeight)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (int index : panel.lines) {
        for (const spc::ChartPoint &p : c.chart.lines[index].result.points) {
            for (double v : {p.value, p.centre, p.lower, p.upper}) {
                if (finite(v)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
            }
        }
    }
    if (!finite(low)) {
        low = 0;
        high = 1;
    }
    if (panel.zeroLine) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    const bool proportion = c.percent && !panel.zeroLine;
    Ticks ticks = chartaxis::niceTicks(low, high, std::max(2, int(plotHeight / 40)), proportion);
    if (proportion && ticks.low < 0 && low >= 0) { // no "-10%" under proportions
        ticks.values.erase(std::remove_if(ticks.values.begin(), ticks.values.end(),
                                          [](double v) { return v < 0; }),
                           ticks.values.end());
        ticks.low = 0;
    }
    return ticks;
}

// Where each drawn PDSA marker goes: its period index, or -1.
std::vector<int> markerIndexes(const MeasureChart &chart)
{
    std::vector<int> indexes;
    for (const PdsaMarker &m : chart.markers)
        indexes.push_back(chartaxis::periodIndexOfDate(chart.periods, m.date));
    return indexes;
}

QString pointTooltip(const Context &c, const ChartLine &line, const spc::ChartPoint &p)
{
    QString text = chartaxis::periodText(p.period);
    if (!line.label.isEmpty() && c.chart.lines.size() > 1)
        text += QStringLiteral(", ") + line.label;
    text += QStringLiteral(": ") + chartaxis::valueText(p.value, c.percent);
    if (finite(p.numerator) && finite(p.denominator))
        text += QStringLiteral(" (%1/%2)").arg(numberText(p.numerator), numberText(p.denominator));
    if (p.rules != spc::NoRule)
        text += QStringLiteral("; ")
              + ChartText::tr("special cause: %1")
                    .arg(spc::ruleNames(p.rules).replace(QLatin1Char(';'), QStringLiteral(", ")));
    return text;
}

// A line's centre or one of its limits as steps: level across each point's period, vertical
// between neighbours of one phase, broken across phases and where the level is unknown.
void paintSteps(const Context &c, const PanelGeometry &g, const ChartLine &line,
                double spc::ChartPoint::*level, const Stroke &stroke)
{
    std::vector<QPointF> run;
    int lastIndex = -2;
    int lastPhase = -1;
    for (const spc::ChartPoint &p : line.result.points) {
        const int index = c.periodIndex(p.period);
        const double v = p.*level;
        if (index < 0 || !finite(v)) {
            polyline(c.target, run, stroke);
            run.clear();
            continue;
        }
        if (p.phase != lastPhase || index != lastIndex + 1) {
            polyline(c.target, run, stroke);
            run.clear();
        }
        const qreal y = g.y(v);
        run.push_back({g.x(index) - g.step / 2, y});
        run.push_back({g.x(index) + g.step / 2, y});
        lastIndex = index;
        lastPhase = p.phase;
    }
    polyline(c.target, run, stroke);
}

void paintLine(const Context &c, const PanelGeometry &g, int lineIndex)
{
    const ChartLine &line = c.chart.lines[lineIndex];
    const QColor colour = c.lineColour(lineIndex);
    const bool several = c.chart.view == ChartView::ByStratum && c.chart.lines.size() > 1;
    c.target.beginGroup(QStringLiteral("line-%1").arg(lineIndex), QStringLiteral("series"),
                        line.label);
    const QColor centreColour = several ? colour : c.ink;
    paintSteps(c, g, line, &spc::ChartPoint::centre, {centreColour, several ? 1.0 : 1.3, false});
    QColor limitColour = several ? colour : c.faint;
    if (several) // the limits of several lines: lighter than their data
        limitColour.setAlpha(150);
    paintSteps(c, g, line, &spc::ChartPoint::upper, {limitColour, 1, true});
    paintSteps(c, g, line, &spc::ChartPoint::lower, {limitColour, 1, true});

    std::vector<QPointF> run;
    for (const spc::ChartPoint &p : line.result.points) {
        const int index = c.periodIndex(p.period);
        if (index < 0 || !finite(p.value)) {
            polyline(c.target, run, {colour, 1.6, false});
            run.clear();
            continue;
        }
        run.push_back({g.x(index), g.y(p.value)});
    }
    polyline(c.target, run, {colour, 1.6, false});

    const qreal radius = std::clamp(g.step * 0.3, 1.5, 3.5);
    int n = 0;
    for (const spc::ChartPoint &p : line.result.points) {
        const int index = c.periodIndex(p.period);
        if (index < 0 || !finite(p.value))
            continue;
        const QPointF at(g.x(index), g.y(p.value));
        if (c.target.keepsGroups())
            c.target.beginGroup(QStringLiteral("point-%1-%2").arg(lineIndex).arg(n++),
                                isSignal(p) ? QStringLiteral("point signal")
                                            : QStringLiteral("point"),
                                pointTooltip(c, line, p));
        else
            c.target.beginGroup(QString(), QString(), QString());
        drawShape(c.target, c.lineShape(lineIndex), at, radius, colour, {colour, 1, false});
        if (isSignal(p))
            drawShape(c.target, Shape::Circle, at, radius + 3.5, Qt::transparent,
                      {signalColour(p.direction, c.chart.better), 2, false});
        c.target.endGroup();
    }
    c.target.endGroup();
}

void paintPhases(const Context &c, const PanelGeometry &g, qreal labelTop)
{
    const QStringList &periods = c.chart.periods;
    std::vector<std::pair<qreal, QString>> boundaries;
    for (const MeasurePhase &phase : c.chart.phases) {
        const auto it = std::lower_bound(periods.begin(), periods.end(), phase.start);
        if (it == periods.end())
            continue;
        boundaries.push_back({g.plot.left() + (it - periods.begin()) * g.step, phase.label});
    }
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        const auto &[x, label] = boundaries[i];
        const qreal next = i + 1 < boundaries.size() ? boundaries[i + 1].first : g.plot.right();
        c.target.beginGroup(QStringLiteral("phase-%1").arg(i), QStringLiteral("phase"), label);
        if (x > g.plot.left() + 0.5)
            segment(c.target, {x, labelTop}, {x, g.plot.bottom()}, {c.faint, 1.2, true});
        const QString text = QFontMetricsF(c.smallFont)
                                 .elidedText(label, Qt::ElideRight, std::max(0.0, next - x - 6));
        if (!text.isEmpty())
            c.target.text(text, c.smallFont, {x + 4, labelTop + ascent(c.smallFont)}, false,
                          c.theme.detailText);
        c.target.endGroup();
    }
}

void paintMarkers(const Context &c, const PanelGeometry &g, const std::vector<int> &indexes)
{
    const qreal rowHeight = lineHeight(c.smallFont);
    std::vector<qreal> rowEnds(2, -1e9);
    // Cycles in one period sit side by side, 8 apart, centred on the period.
    std::map<int, int> inPeriod;
    for (int index : indexes)
        ++inPeriod[index];
    std::map<int, int> placed;
    for (std::size_t i = 0; i < c.chart.markers.size(); ++i) {
        if (indexes[i] < 0)
            continue;
        const PdsaMarker &m = c.chart.markers[i];
        const int k = placed[indexes[i]]++;
        const qreal x = g.x(indexes[i]) + (k - (inPeriod[indexes[i]] - 1) / 2.0) * 8;
        QString title = ChartText::tr("PDSA cycle %1 of %2, from %3")
                            .arg(m.cycle)
                            .arg(m.ideaText.isEmpty() ? m.idea : m.ideaText, m.date);
        if (m.decision != PdsaDecision::None)
            title += QStringLiteral(" (%1)").arg(decisionText(m.decision));
        c.target.beginGroup(QStringLiteral("pdsa-%1").arg(i), QStringLiteral("pdsa"), title);
        const QColor colour = decisionColour(m.decision);
        segment(c.target, {x, g.plot.top()}, {x, g.plot.bottom()},
                {QColor(0xbb, 0xbb, 0xbb), 0.8, true});
        drawShape(c.target, Shape::TriangleUp, {x, g.markerTop + 5}, 4.5, colour,
                  {colour, 1, false});
        const QString label = QStringLiteral("%1·%2").arg(m.idea).arg(m.cycle);
        const qreal width = advance(c.smallFont, label);
        for (std::size_t row = 0; row < rowEnds.size(); ++row) {
            if (x - width / 2 > rowEnds[row] + 3) {
                c.target.text(label, c.smallFont,
                              {x, g.markerTop + 11 + row * rowHeight + ascent(c.smallFont)}, true,
                              c.theme.detailText);
                rowEnds[row] = x + width / 2;
                break;
            }
        }
        c.target.endGroup();
    }
}

void paintXAxis(const Context &c, const PanelGeometry &g)
{
    const QStringList &periods = c.chart.periods;
    const bool months = !periods.isEmpty() && periodForm(periods.first()) == PeriodForm::Month;
    qreal widest = 0;
    for (const QString &period : periods)
        widest = std::max(widest, advance(c.labelFont, chartaxis::periodText(period)));
    const int every = chartaxis::labelEvery(g.step, widest, months);
    // Labels fall on round months (January, or every quarter) when thinned by months.
    int first = 0;
    if (months && every > 1 && every <= 12 && 12 % every == 0) {
        for (int i = 0; i < std::min<int>(every, periods.size()); ++i) {
            if ((periods[i].mid(5, 2).toInt() - 1) % every == 0) {
                first = i;
                break;
            }
        }
    }
    const Stroke axis{c.ink, 1, false};
    c.target.beginGroup(QStringLiteral("x-axis"), QStringLiteral("axis x-axis"), QString());
    segment(c.target, g.plot.bottomLeft(), g.plot.bottomRight(), axis);
    for (int i = first; i < periods.size(); i += every) {
        const qreal x = g.x(i);
        segment(c.target, {x, g.plot.bottom()}, {x, g.plot.bottom() + 4}, axis);
        const QString label = chartaxis::periodText(periods[i]);
        const qreal half = advance(c.labelFont, label) / 2;
        const qreal centre = std::max(g.labelsLeft + half, std::min(x, g.labelsRight - half));
        c.target.text(label, c.labelFont, {centre, g.labelsTop + ascent(c.labelFont)}, true, c.ink);
    }
    c.target.endGroup();
}

void paintYAxis(const Context &c, const PanelGeometry &g, bool zeroLine)
{
    c.target.beginGroup(QStringLiteral("y-axis"), QStringLiteral("axis y-axis"), QString());
    for (double v : g.ticks.values) {
        const qreal y = g.y(v);
        segment(c.target, {g.plot.left(), y}, {g.plot.right(), y}, {c.grid, 0.8, false});
        const QString text = chartaxis::tickText(v, g.ticks.step, c.percent);
        c.target.text(
            text, c.labelFont,
            {g.plot.left() - 6 - advance(c.labelFont, text), y + ascent(c.labelFont) / 2 - 1},
            false, c.ink);
    }
    if (zeroLine && g.ticks.low <= 0 && g.ticks.high >= 0)
        segment(c.target, {g.plot.left(), g.y(0)}, {g.plot.right(), g.y(0)}, {c.faint, 2.5, false});
    segment(c.target, g.plot.topLeft(), g.plot.bottomLeft(), {c.ink, 1, false});
    c.target.endGroup();
}

void paintPanel(const Context &c, const Panel &panel, const std::vector<int> &markerAt,
                int panelIndex)
{
    const bool anyMarker =
        std::any_of(markerAt.begin(), markerAt.end(), [](int i) { return i >= 0; });
    c.target.beginGroup(QStringLiteral("panel-%1").arg(panelIndex), QStringLiteral("panel"),
                        panel.heading);
    qreal top = panel.outer.top();
    if (!panel.heading.isEmpty()) {
        const QString heading = QFontMetricsF(c.labelFont)
                                    .elidedText(panel.heading, Qt::ElideRight, panel.outer.width());
        QFont bold = c.labelFont;
        bold.setBold(true);
        c.target.text(heading, bold, {panel.outer.left(), top + ascent(bold)}, false, c.ink);
        top += lineHeight(bold) + 2;
    }
    const qreal phaseRow = c.chart.phases.empty() ? 4 : lineHeight(c.smallFont) + 2;
    const qreal labelTop = top;
    top += phaseRow;
    const qreal markerRows = anyMarker ? 11 + 2 * lineHeight(c.smallFont) : 0;
    const qreal below = 6 + markerRows + lineHeight(c.labelFont) + 2;
    PanelGeometry g;
    const qreal plotHeight = std::max(20.0, panel.outer.bottom() - below - top);
    g.ticks = panelTicks(c, panel, plotHeight);
    qreal yLabels = 0;
    for (double v : g.ticks.values)
        yLabels = std::max(yLabels,
                           advance(c.labelFont, chartaxis::tickText(v, g.ticks.step, c.percent)));
    const qreal left = panel.outer.left() + yLabels + 8;
    g.plot = QRectF(left, top, std::max(20.0, panel.outer.right() - left - 4), plotHeight);
    g.step = g.plot.width() / std::max<qsizetype>(1, c.chart.periods.size());
    g.markerTop = g.plot.bottom() + 4;
    g.labelsTop = g.plot.bottom() + 6 + markerRows;
    g.labelsLeft = panel.outer.left();
    g.labelsRight = panel.outer.right() + Margin / 2;

    paintYAxis(c, g, panel.zeroLine);
    paintPhases(c, g, labelTop);
    paintXAxis(c, g);
    if (anyMarker)
        paintMarkers(c, g, markerAt);
    for (int line : panel.lines)
        paintLine(c, g, line);
    c.target.endGroup();
}

// The problems, small, from `top`; returns the height used.
QStringList problemLines(const Context &c, qreal width)
{
    QStringList lines;
    QStringList problems = c.chart.problems;
    if (c.chart.view == ChartView::Gap && c.chart.lines.size() > std::size_t(MaxGapPanels))
        //: %1 and %2 are counts of strata; the CSV export of the chart lists every gap.
        problems.prepend(
            ChartText::tr("the chart shows the first %L1 of %L2 gaps; its CSV has them all")
                .arg(MaxGapPanels)
                .arg(c.chart.lines.size()));
    for (const QString &problem : std::as_const(problems))
        lines << chartaxis::wrapText(QStringLiteral("• ") + problem, c.smallFont, width, 2);
    if (lines.size() > MaxProblemLines) {
        const int more = static_cast<int>(lines.size()) - (MaxProblemLines - 1);
        lines = lines.mid(0, MaxProblemLines - 1);
        lines << ChartText::tr("… and %1 more lines").arg(more); // always 2 or more
    }
    return lines;
}

} // namespace

QString ChartPainter::title(const MeasureChart &chart)
{
    const QString name = chart.name.isEmpty() ? chart.measure : chart.name;
    const spc::ChartType type = chart.view == ChartView::Gap ? spc::ChartType::I : chart.type;
    //: A chart's title: %1 the measure's name, %2 the chart type ("P chart").
    return ChartText::tr("%1 — %2").arg(name, typeTitle(type));
}

QString ChartPainter::description(const MeasureChart &chart)
{
    int points = 0;
    int specialCauses = 0;
    for (const ChartLine &line : chart.lines) {
        for (const spc::ChartPoint &p : line.result.points) {
            points += finite(p.value) ? 1 : 0;
            specialCauses += isSignal(p) ? 1 : 0;
        }
    }
    if (points == 0)
        return ChartText::tr("%1: no data yet.").arg(title(chart));
    return ChartText::tr("%1. Points: %2, from %3 to %4. Lines: %5. Special causes: %6.")
        .arg(title(chart), QString::number(points), chartaxis::periodText(chart.periods.first()),
             chartaxis::periodText(chart.periods.last()), QString::number(chart.lines.size()),
             QString::number(specialCauses));
}

QSizeF ChartPainter::defaultSize(const MeasureChart &chart)
{
    if (chart.view == ChartView::Gap && chart.lines.size() > 1) {
        const int panels = std::min(static_cast<int>(chart.lines.size()), MaxGapPanels);
        const int columns = panels > 4 ? 3 : 2;
        const int rows = (panels + columns - 1) / columns;
        return {960, 160.0 + rows * 260.0};
    }
    return {960, 540};
}

void ChartPainter::paint(const MeasureChart &chart, QSizeF size, PaintTarget &target) const
{
    Context c{chart,
              m_theme,
              target,
              m_typography.titleFont,
              m_typography.detailFont,
              m_typography.detailFont};
    c.titleFont.setPixelSize(std::max(10, m_typography.titleFont.pixelSize() * 4 / 5));
    c.smallFont.setPixelSize(std::max(8, m_typography.detailFont.pixelSize() - 2));
    c.percent = chart.type == spc::ChartType::P;
    c.ink = m_theme.text;
    c.faint = m_theme.isDark() ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x70, 0x70, 0x70);
    c.grid = m_theme.isDark() ? QColor(0x44, 0x44, 0x44) : QColor(0xe4, 0xe4, 0xe4);
    c.totalColour = m_theme.isDark() ? QColor(0x8e, 0xc1, 0xf0) : QColor(0x1f, 0x4e, 0x79);

    const qreal width = std::max(40.0, size.width() - 2 * Margin);
    qreal top = Margin;
    target.beginGroup(QStringLiteral("title"), QStringLiteral("title"), QString());
    for (const QString &line : chartaxis::wrapText(title(chart), c.titleFont, width, 2)) {
        target.text(line, c.titleFont, {Margin, top + ascent(c.titleFont)}, false, c.ink);
        top += lineHeight(c.titleFont);
    }
    const QString subtitle = viewSubtitle(chart.view);
    if (!subtitle.isEmpty()) {
        const QString text = QFontMetricsF(c.labelFont).elidedText(subtitle, Qt::ElideRight, width);
        target.text(text, c.labelFont, {Margin, top + ascent(c.labelFont)}, false,
                    m_theme.detailText);
        top += lineHeight(c.labelFont);
    }
    target.endGroup();
    top += 4;

    const QStringList problems = problemLines(c, width);
    const qreal bottom = size.height() - Margin - problems.size() * lineHeight(c.smallFont)
                       - (problems.isEmpty() ? 0 : 6);
    if (!problems.isEmpty()) {
        target.beginGroup(QStringLiteral("problems"), QStringLiteral("problems"),
                          ChartText::tr("Problems"));
        qreal y = bottom + 6;
        for (const QString &line : problems) {
            target.text(line, c.smallFont, {Margin, y + ascent(c.smallFont)}, false,
                        m_theme.detailText);
            y += lineHeight(c.smallFont);
        }
        target.endGroup();
    }

    if (!hasValues(chart)) {
        const QRectF area(Margin, top, width, std::max(0.0, bottom - top));
        target.rect(area, 4, Qt::transparent, {c.grid, 1, false});
        const QString message = chart.periods.isEmpty() ? ChartText::tr("No data yet")
                                                        : ChartText::tr("No point has a value");
        target.text(message, c.titleFont,
                    {area.center().x(), area.center().y() + ascent(c.titleFont) / 2}, true,
                    m_theme.detailText);
        return;
    }

    const std::vector<int> markerAt = markerIndexes(chart);
    const bool anyMarker =
        std::any_of(markerAt.begin(), markerAt.end(), [](int i) { return i >= 0; });
    // The legend never takes more than a third of the room the plot has.
    const qreal legendRoom = std::max(legendRowHeight(c) * 2, (bottom - top) / 3);
    top += paintLegend(c, fitLegend(c, legendEntries(c, anyMarker), width, legendRoom), top, width)
         + 6;

    std::vector<Panel> panels;
    const QRectF area(Margin, top, width, std::max(40.0, bottom - top));
    if (chart.view == ChartView::Gap && !chart.lines.empty()) {
        const int n = std::min(static_cast<int>(chart.lines.size()), MaxGapPanels);
        const int columns =
            n == 1 ? 1 : (area.width() >= 900 && n > 4 ? 3 : (area.width() >= 440 ? 2 : 1));
        const int rows = (n + columns - 1) / columns;
        const qreal gap = 18;
        const qreal w = (area.width() - (columns - 1) * gap) / columns;
        const qreal h = (area.height() - (rows - 1) * gap) / rows;
        for (int i = 0; i < n; ++i) {
            const QRectF outer(area.left() + (i % columns) * (w + gap),
                               area.top() + (i / columns) * (h + gap), w, h);
            panels.push_back({outer, {i}, chart.lines[i].label, true});
        }
    } else {
        Panel panel{area, {}, QString(), false};
        for (int i = 0; i < static_cast<int>(chart.lines.size()); ++i)
            panel.lines.push_back(i);
        panels.push_back(panel);
    }
    for (std::size_t i = 0; i < panels.size(); ++i)
        paintPanel(c, panels[i], markerAt, static_cast<int>(i));
}

} // namespace kdd
