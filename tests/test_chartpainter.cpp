// The chart drawing on hand-built charts: what the SVG says (title, axes, phases, legend,
// markers, problems), how many points it draws, and that any number of points, long names and
// negative gaps draw without trouble; the axis arithmetic on numbers.
#include "catchqt.h"

#include "render/chartexport.h"
#include "render/chartlayout.h"
#include "render/chartpainter.h"
#include "render/svgtarget.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace kdd;

namespace {

// English month names whatever the machine's locale, for the duration of a test.
struct EnglishLocale
{
    EnglishLocale() : saved(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~EnglishLocale() { QLocale::setDefault(saved); }
    QLocale saved;
};

QString month(int index)
{
    return QStringLiteral("%1-%2")
        .arg(2025 + index / 12)
        .arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

// A P chart line of `n` months: values around 42 %, limits per point, one phase from month 6,
// one point above the upper limit in month 3.
ChartLine pLine(int n, const QString &label, double shift = 0)
{
    ChartLine line;
    line.label = label;
    line.result.type = spc::ChartType::P;
    for (int i = 0; i < n; ++i) {
        spc::ChartPoint p;
        p.period = month(i);
        p.denominator = 70 + (i % 5) * 4;
        p.numerator = std::round(p.denominator * (0.42 + shift + 0.03 * std::sin(i)));
        p.value = p.numerator / p.denominator;
        p.phase = i >= 6 ? 1 : 0;
        p.centre = (i >= 6 ? 0.47 : 0.42) + shift;
        p.sigma = std::sqrt(p.centre * (1 - p.centre) / p.denominator);
        p.lower = p.centre - 3 * p.sigma;
        p.upper = p.centre + 3 * p.sigma;
        if (i == 3) {
            p.value = 0.7;
            p.rules = spc::BeyondLimits;
            p.direction = spc::Direction::Up;
        }
        line.result.points.push_back(p);
    }
    return line;
}

MeasureChart pChart(int n)
{
    MeasureChart chart;
    chart.measure = QStringLiteral("m1");
    chart.name = QStringLiteral("Hypertension control");
    chart.type = spc::ChartType::P;
    chart.better = spc::Better::Higher;
    if (n > 0)
        chart.lines.push_back(pLine(n, QStringLiteral("All")));
    for (int i = 0; i < n; ++i)
        chart.periods << month(i);
    chart.phases.push_back({month(6), QStringLiteral("Text reminders adopted"), {}});
    chart.markers.push_back({QStringLiteral("2025-02-03"), QStringLiteral("c3"),
                             QStringLiteral("Text reminders"), 1, PdsaDecision::Adopt});
    return chart;
}

QString svgOf(const MeasureChart &chart, QSizeF size = {960, 540})
{
    QByteArray bytes;
    {
        SvgTarget svg(&bytes, size, ChartPainter::title(chart), ChartPainter::description(chart),
                      Qt::white);
        ChartPainter(Theme::standard()).paint(chart, size, svg);
        svg.finish();
    }
    return QString::fromUtf8(bytes);
}

int count(const QString &text, const QString &pattern)
{
    return static_cast<int>(text.count(QRegularExpression(pattern)));
}

// The texts of the SVG's <text> elements.
QStringList texts(const QString &svg)
{
    QStringList found;
    QRegularExpression text(QStringLiteral("<text [^>]*>([^<]*)</text>"));
    for (auto it = text.globalMatch(svg); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

} // namespace

TEST_CASE("a P chart's SVG has its title, percent ticks, months, phase, legend and markers",
          "[render][charts]")
{
    EnglishLocale english;
    const QString svg = svgOf(pChart(12));
    const QStringList t = texts(svg);
    CHECK(t.contains(QStringLiteral("Hypertension control — P chart")));
    CHECK(svg.contains(QStringLiteral(">Hypertension control — P chart</title>")));
    CHECK(svg.contains(QStringLiteral("<desc id=\"kdd-desc\">Hypertension control — P chart. "
                                      "Points: 12, from Jan 2025 to Dec 2025. Lines: 1. "
                                      "Special causes: 1.</desc>")));
    CHECK(t.contains(QStringLiteral("40%")));
    CHECK(t.contains(QStringLiteral("50%")));
    CHECK(t.contains(QStringLiteral("Jan 2025")));
    CHECK(t.contains(QStringLiteral("Text reminders adopted")));
    CHECK(t.contains(QStringLiteral("All")));
    CHECK(t.contains(QStringLiteral("Centre line")));
    CHECK(t.contains(QStringLiteral("Control limits (3 sigma)")));
    CHECK(t.contains(QStringLiteral("Special cause: improvement")));
    CHECK_FALSE(t.contains(QStringLiteral("Special cause: deterioration")));
    CHECK(t.contains(QStringLiteral("c3·1")));
    CHECK(svg.contains(QStringLiteral("<title>PDSA cycle 1 of Text reminders, from 2025-02-03 "
                                      "(adopt)</title>")));
    // Every point drawn once, the special cause marked and explained in its tooltip.
    CHECK(count(svg, QStringLiteral("<g id=\"point-0-\\d+\" class=\"point")) == 12);
    CHECK(count(svg, QStringLiteral("class=\"point signal\"")) == 1);
    CHECK(svg.contains(QStringLiteral("<title>Apr 2025: 70.0% (")));
    CHECK(svg.contains(QStringLiteral("special cause: beyond-limits</title>")));
    // Centre and limits are dashed only for the limits; the phase boundary is dashed too.
    CHECK(svg.contains(QStringLiteral("stroke-dasharray")));
}

TEST_CASE("the months on the x axis are thinned to fit and fall on round months",
          "[render][charts]")
{
    EnglishLocale english;
    const QStringList t = texts(svgOf(pChart(120), {600, 360}));
    CHECK(t.contains(QStringLiteral("Jan 2025")));
    CHECK_FALSE(t.contains(QStringLiteral("Feb 2025")));
    int months = 0;
    for (const QString &text : t)
        months +=
            text.contains(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} \\d{4}$"))) ? 1 : 0;
    CHECK(months >= 4);
    CHECK(months <= 10);
}

TEST_CASE("charts of no, one and 500 points draw without trouble", "[render][charts]")
{
    EnglishLocale english;
    MeasureChart empty = pChart(0);
    empty.problems << QStringLiteral("no data yet");
    const QString none = svgOf(empty);
    CHECK(texts(none).contains(QStringLiteral("No data yet")));
    CHECK(texts(none).contains(QStringLiteral("• no data yet")));
    CHECK(count(none, QStringLiteral("class=\"point")) == 0);

    MeasureChart valueless = pChart(1);
    valueless.lines[0].result.points[0].value = spc::NaN;
    CHECK(texts(svgOf(valueless)).contains(QStringLiteral("No point has a value")));

    const QString one = svgOf(pChart(1));
    CHECK(count(one, QStringLiteral("class=\"point")) == 1);
    CHECK(texts(one).contains(QStringLiteral("Jan 2025")));

    const QString many = svgOf(pChart(500));
    CHECK(count(many, QStringLiteral("class=\"point")) == 500);

    // The same through QPainter, at tiny and ordinary sizes.
    for (const MeasureChart &chart : {empty, pChart(1), pChart(500)}) {
        for (QSize size : {QSize(40, 30), QSize(960, 540)}) {
            QByteArray png;
            ChartFileOptions options;
            options.size = size;
            options.dpi = 96;
            QString error;
            REQUIRE(writeChart(chart, ChartFormat::Png, options, png, &error));
            CHECK(QImage::fromData(png).size() == size);
        }
    }
}

TEST_CASE("a long measure name wraps onto two lines and is elided", "[render][charts]")
{
    MeasureChart chart = pChart(6);
    chart.name = QStringLiteral("Percentage of adults with diagnosed hypertension whose most "
                                "recent blood pressure was adequately controlled during the "
                                "measurement period, by clinic, by race and by language");
    const QString svg = svgOf(chart, {480, 320});
    const QString titleGroup =
        svg.section(QStringLiteral("<g id=\"title\""), 1).section(QStringLiteral("</g>"), 0, 0);
    const QStringList lines = texts(titleGroup);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("Percentage of adults")));
    CHECK(lines[1].endsWith(QStringLiteral("…")));
    QFont font = Typography::standard().titleFont;
    font.setPixelSize(font.pixelSize() * 4 / 5);
    for (const QString &line : lines)
        CHECK(QFontMetricsF(font).horizontalAdvance(line) <= 480 - 24 + 0.5);
}

TEST_CASE("by stratum: one colour and shape per stratum, each in the legend", "[render][charts]")
{
    MeasureChart chart = pChart(0);
    chart.view = ChartView::ByStratum;
    for (int i = 0; i < 12; ++i)
        chart.periods << month(i);
    chart.lines.push_back(pLine(12, QStringLiteral("Black"), -0.08));
    chart.lines.push_back(pLine(12, QStringLiteral("White"), 0.05));
    chart.lines.push_back(pLine(12, QStringLiteral("Hispanic"), 0));
    const QString svg = svgOf(chart);
    const QStringList t = texts(svg);
    for (const char *stratum : {"Black", "White", "Hispanic"})
        CHECK(t.contains(QString::fromLatin1(stratum)));
    CHECK(count(svg, QStringLiteral("class=\"point")) == 36);
    // The first point of each line: a circle, a square (polygon), a diamond, in three colours.
    QStringList fills;
    for (int line = 0; line < 3; ++line) {
        const QString group = svg.section(QStringLiteral("<g id=\"point-%1-0\"").arg(line), 1)
                                  .section(QStringLiteral("</g>"), 0, 0);
        fills << group.section(QStringLiteral("fill=\""), 1).section(QLatin1Char('"'), 0, 0);
    }
    CHECK(fills.removeDuplicates() == 0);
    CHECK(svg.section(QStringLiteral("<g id=\"point-0-0\""), 1)
              .section(QStringLiteral("</g>"), 0, 0)
              .contains(QStringLiteral("<ellipse")));
    CHECK(svg.section(QStringLiteral("<g id=\"point-1-0\""), 1)
              .section(QStringLiteral("</g>"), 0, 0)
              .contains(QStringLiteral("<polygon")));
}

TEST_CASE("gaps: one panel per gap with its own axis, a zero line and negative values",
          "[render][charts]")
{
    EnglishLocale english;
    MeasureChart chart = pChart(0);
    chart.view = ChartView::Gap;
    for (int i = 0; i < 12; ++i)
        chart.periods << month(i);
    for (const char *label : {"Black − White", "Hispanic − White"}) {
        ChartLine line = pLine(12, QString::fromUtf8(label), -0.5);
        line.result.type = spc::ChartType::I;
        chart.lines.push_back(line);
    }
    chart.problems << QStringLiteral("Black − White: a zero denominator in 2025-04");
    const QString svg = svgOf(chart, {960, 700});
    const QStringList t = texts(svg);
    CHECK(t.contains(QStringLiteral("Hypertension control — I chart")));
    CHECK(count(svg, QStringLiteral(
                         "<g id=\"panel-0\" class=\"panel\">\\s*<title>Black − White</title>"))
          == 1);
    CHECK(count(svg, QStringLiteral(
                         "<g id=\"panel-1\" class=\"panel\">\\s*<title>Hispanic − White</title>"))
          == 1);
    CHECK(t.contains(QStringLiteral("0%")));
    CHECK(t.contains(QStringLiteral("-10%")));
    CHECK(t.contains(QStringLiteral("• Black − White: a zero denominator in 2025-04")));
    CHECK(count(svg, QStringLiteral("class=\"point")) == 24);
}

TEST_CASE("hundreds of strata: the legend keeps to a third of the chart, gaps to 24 panels",
          "[render][charts]")
{
    EnglishLocale english;
    MeasureChart chart = pChart(0);
    chart.view = ChartView::ByStratum;
    for (int i = 0; i < 12; ++i)
        chart.periods << month(i);
    for (int i = 0; i < 300; ++i)
        chart.lines.push_back(pLine(12, QStringLiteral("Neighbourhood %1").arg(i), 0.001 * i));
    const QString svg = svgOf(chart);
    const QStringList t = texts(svg);
    // Every line is drawn, but the legend names only the first strata and says so.
    CHECK(count(svg, QStringLiteral("class=\"point")) == 3600);
    CHECK(t.contains(QStringLiteral("Neighbourhood 0")));
    CHECK_FALSE(t.contains(QStringLiteral("Neighbourhood 299")));
    const QRegularExpression shows(QStringLiteral("^Legend shows (\\d+) of 300 lines$"));
    int shown = -1;
    for (const QString &text : t) {
        const QRegularExpressionMatch m = shows.match(text);
        if (m.hasMatch())
            shown = m.captured(1).toInt();
    }
    REQUIRE(shown > 0);
    CHECK(shown < 300);
    CHECK(t.contains(QStringLiteral("Neighbourhood %1").arg(shown - 1)));
    CHECK_FALSE(t.contains(QStringLiteral("Neighbourhood %1").arg(shown)));
    // The keys every line needs are still there; the legend's last row sits in the top third
    // below the title, so the plot keeps two thirds of the height.
    CHECK(t.contains(QStringLiteral("Control limits (3 sigma)")));
    const QString legend =
        svg.section(QStringLiteral("<g id=\"legend\""), 1).section(QStringLiteral("</g>"), 0, 0);
    double lowest = 0;
    const QRegularExpression y(QStringLiteral("<text [^>]*\\by=\"([0-9.]+)\""));
    for (auto it = y.globalMatch(legend); it.hasNext();)
        lowest = std::max(lowest, it.next().captured(1).toDouble());
    CHECK(lowest > 0);
    CHECK(lowest < 540.0 / 3 + 60);

    // 299 gaps: 24 panels, and a line saying where the rest are.
    chart.view = ChartView::Gap;
    chart.lines.pop_back();
    CHECK(ChartPainter::defaultSize(chart).height() < 3000);
    const QString gaps = svgOf(chart, ChartPainter::defaultSize(chart));
    CHECK(count(gaps, QStringLiteral("class=\"panel\"")) == 24);
    CHECK(texts(gaps).contains(
        QStringLiteral("• the chart shows the first 24 of 299 gaps; its CSV has them all")));
}

TEST_CASE("axis arithmetic: nice ticks, percent text, thinning and PDSA dates", "[render][charts]")
{
    EnglishLocale english;
    const chartaxis::Ticks ticks = chartaxis::niceTicks(0.38, 0.61, 5, true);
    CHECK(ticks.step == Approx(0.05));
    CHECK(ticks.low == Approx(0.35));
    CHECK(ticks.high == Approx(0.65));
    CHECK(ticks.values.size() == 7);
    CHECK(chartaxis::tickText(0.42, 0.01, true) == QStringLiteral("42%"));
    CHECK(chartaxis::tickText(0.425, 0.005, true) == QStringLiteral("42.5%"));
    CHECK(chartaxis::tickText(12.5, 2.5, false) == QStringLiteral("12.5"));
    CHECK(chartaxis::tickText(-3, 1, false) == QStringLiteral("-3"));
    const chartaxis::Ticks flat = chartaxis::niceTicks(7, 7, 5, false);
    CHECK(flat.low < 7);
    CHECK(flat.high > 7);
    CHECK(chartaxis::periodText(QStringLiteral("2025-01")) == QStringLiteral("Jan 2025"));
    CHECK(chartaxis::periodText(QStringLiteral("2025-07-14")) == QStringLiteral("14 Jul 2025"));
    CHECK(chartaxis::labelEvery(40, 60, true) == 2);
    CHECK(chartaxis::labelEvery(12, 60, true) == 6);
    CHECK(chartaxis::labelEvery(3, 60, true) == 24);
    CHECK(chartaxis::labelEvery(12, 60, false) == 6);
    const QStringList months{QStringLiteral("2025-01"), QStringLiteral("2025-02"),
                             QStringLiteral("2025-04")};
    CHECK(chartaxis::periodIndexOfDate(months, QStringLiteral("2025-02-17")) == 1);
    CHECK(chartaxis::periodIndexOfDate(months, QStringLiteral("2025-03-01")) == 2);
    CHECK(chartaxis::periodIndexOfDate(months, QStringLiteral("2024-12-31")) == -1);
    CHECK(chartaxis::periodIndexOfDate(months, QStringLiteral("2025-05-01")) == -1);
    const QStringList days{QStringLiteral("2025-01-06"), QStringLiteral("2025-01-13")};
    CHECK(chartaxis::periodIndexOfDate(days, QStringLiteral("2025-01-08")) == 1);
    CHECK(chartaxis::periodIndexOfDate(days, QStringLiteral("2025-01-06")) == 0);
}
