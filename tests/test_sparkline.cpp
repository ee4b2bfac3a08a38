// The sparkline badge: a box whose measure has data shows its recent values as a small line
// coloured by the latest signal, in the layout and in the SVG; boxes and files without data are
// laid out and exported as before.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/layoutengine.h"
#include "layout/sparkline.h"
#include "model/kddfile.h"
#include "render/exporter.h"

#include <QDir>
#include <QXmlStreamReader>

#include <algorithm>

using namespace kdd;
using namespace kddtest;

namespace {

QByteArray svgOf(const Diagram &d)
{
    const Exporter *exporter = findExporter(QStringLiteral("svg"));
    REQUIRE(exporter);
    QByteArray bytes;
    QString error;
    const bool ok = exporter->write(d, {}, bytes, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return bytes;
}

DiagramLayout laidOut(const Diagram &d)
{
    DiagramLayout layout;
    QString error;
    const bool ok = layoutDiagram(d, {}, layout, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return layout;
}

// 12 months around 10, then 8 months around 20: a clear shift upwards on a run chart.
std::vector<MeasurePoint> shiftedUp()
{
    std::vector<MeasurePoint> data;
    for (int i = 0; i < 20; ++i) {
        MeasurePoint p;
        p.period =
            QStringLiteral("%1-%2").arg(2024 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        p.value = (i < 12 ? 10 : 20) + (i % 2 == 0 ? 0.5 : -0.5);
        data.push_back(p);
    }
    return data;
}

// goodDiagram with m2 (a process measure on p1 and p2) carrying the shifted series.
Diagram withData(spc::Better better, std::vector<MeasurePoint> data = shiftedUp())
{
    Diagram d = goodDiagram();
    Measure m2 = *d.measure(QStringLiteral("m2"));
    m2.name = QStringLiteral("Discharges before noon");
    m2.numerator = QStringLiteral("discharges before 12:00");
    m2.denominator = QStringLiteral("all discharges");
    m2.better = better;
    m2.data = std::move(data);
    d.updateMeasure(m2);
    return d;
}

struct SvgSparkline
{
    QString cssClass;
    QString title;
    QString stroke;   // of the line
    QString dotFill;  // of the latest value's dot
    QStringList text; // "+1"
};

// The sparkline groups of an SVG, in document order.
std::vector<SvgSparkline> sparklines(const QByteArray &svg)
{
    std::vector<SvgSparkline> found;
    QXmlStreamReader xml(svg);
    int depth = 0;
    int inside = -1; // depth of the open sparkline group
    bool wantTitle = false;
    bool wantText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
            if (name == QStringLiteral("g") && cls.startsWith(QStringLiteral("sparkline "))) {
                found.push_back({cls, {}, {}, {}, {}});
                inside = depth;
            } else if (inside > 0 && name == QStringLiteral("title")) {
                wantTitle = true;
            } else if (inside > 0 && name == QStringLiteral("path")) {
                found.back().stroke = xml.attributes().value(QStringLiteral("stroke")).toString();
            } else if (inside > 0 && name == QStringLiteral("ellipse")) {
                found.back().dotFill = xml.attributes().value(QStringLiteral("fill")).toString();
            } else if (inside > 0 && name == QStringLiteral("text")) {
                wantText = true;
            }
        } else if (xml.isCharacters() && inside > 0) {
            if (wantTitle)
                found.back().title += xml.text().toString();
            if (wantText)
                found.back().text << xml.text().toString();
        } else if (xml.isEndElement()) {
            wantTitle = false;
            wantText = false;
            if (depth == inside)
                inside = -1;
            --depth;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return found;
}

} // namespace

TEST_CASE("a box whose measure has data shows a sparkline coloured by its signal", "[render]")
{
    const Diagram d = withData(spc::Better::Higher);
    const DiagramLayout layout = laidOut(d);
    const DiagramLayout::Box *p1 = layout.box(QStringLiteral("p1"));
    REQUIRE(p1);
    const DiagramLayout::Sparkline &spark = p1->sparkline;
    REQUIRE(spark.isShown());
    CHECK(spark.measure == QStringLiteral("m2"));
    CHECK(spark.verdict == spc::Verdict::Improving);
    CHECK(spark.values.size() == 20);
    CHECK(spark.lastPeriod == QStringLiteral("2025-08"));
    CHECK(spark.lastValue == 19.5);
    CHECK_FALSE(spark.percent);
    CHECK(spark.more == 0);
    // 40 x 12 at the standard text size, in the badge row after the measure badge.
    CHECK(spark.rect.size() == QSizeF(40, 12));
    CHECK(p1->rect.contains(spark.rect));
    REQUIRE(p1->badges.size() == 1);
    CHECK(spark.rect.left() > p1->badges[0].rect.right());
    CHECK(spark.rect.center().y() == p1->badges[0].rect.center().y());
    // The line rises: its last point (19.5, the top) is above its first (10.5).
    const QPolygonF points = sparklinePoints(spark.values, spark.rect);
    REQUIRE(points.size() == 20);
    // From 9.5 (bottom) to 20.5 (top): the first value, 10.5, is 1/11 of the way up.
    CHECK(points.front().x() == spark.rect.left());
    CHECK(points.front().y() == Approx(spark.rect.bottom() - 12.0 / 11));
    CHECK(points.back().x() == spark.rect.right());
    CHECK(points.back().y() < points.front().y());
    // c1 has no measure, aim's has no data: no sparkline.
    CHECK_FALSE(layout.box(QStringLiteral("c1"))->sparkline.isShown());
    CHECK_FALSE(layout.box(QStringLiteral("aim"))->sparkline.isShown());

    // The key explains the one colour shown, after the measure types.
    std::vector<DiagramLayout::LegendSymbol> symbols;
    for (const DiagramLayout::LegendItem &item : layout.legend.items)
        symbols.push_back(item.symbol);
    using S = DiagramLayout::LegendSymbol;
    REQUIRE(symbols.size() >= 4);
    CHECK(
        std::vector<S>(symbols.end() - 4, symbols.end())
        == std::vector<S>{S::OutcomeBadge, S::ProcessBadge, S::BalancingBadge, S::SignalImproving});
    CHECK(layout.legend.items.back().label.lines.front().text == QStringLiteral("Improving"));

    const std::vector<SvgSparkline> svg = sparklines(svgOf(d));
    REQUIRE(svg.size() == 2); // p1 and p2
    for (const SvgSparkline &s : svg) {
        CHECK(s.cssClass == QStringLiteral("sparkline improving"));
        CHECK(s.title == QStringLiteral("Discharges before noon: Improving"));
        CHECK(s.stroke == QStringLiteral("#2e7d32"));
        CHECK(s.dotFill == QStringLiteral("#2e7d32"));
        CHECK(s.text.isEmpty());
    }
}

TEST_CASE("the sparkline's colour follows the direction that is better", "[render]")
{
    const auto only = [](const Diagram &d) {
        const std::vector<SvgSparkline> found = sparklines(svgOf(d));
        REQUIRE(found.size() == 2);
        return found.front();
    };
    const SvgSparkline worse = only(withData(spc::Better::Lower));
    CHECK(worse.cssClass == QStringLiteral("sparkline deteriorating"));
    CHECK(worse.stroke == QStringLiteral("#c62828"));
    const SvgSparkline unknown = only(withData(spc::Better::Unspecified));
    CHECK(unknown.cssClass == QStringLiteral("sparkline signal"));
    CHECK(unknown.stroke == QStringLiteral("#d98200"));
    CHECK(unknown.title == QStringLiteral("Discharges before noon: Special-cause signal"));
    // Alternating around one level: common-cause variation only.
    std::vector<MeasurePoint> steady = shiftedUp();
    for (std::size_t i = 0; i < steady.size(); ++i)
        steady[i].value = i % 2 == 0 ? 10.5 : 9.5;
    const SvgSparkline none = only(withData(spc::Better::Higher, steady));
    CHECK(none.cssClass == QStringLiteral("sparkline no-signal"));
    CHECK(none.stroke == QStringLiteral("#757575"));
}

TEST_CASE("a box shows its outcome measure's line first and counts the others", "[render]")
{
    Diagram d = withData(spc::Better::Higher);
    Measure m1 = *d.measure(QStringLiteral("m1"));
    m1.name = QStringLiteral("Length of stay");
    m1.nodes << QStringLiteral("p1");
    m1.better = spc::Better::Lower;
    for (int i = 0; i < 6; ++i) {
        MeasurePoint p;
        p.period = QStringLiteral("2025-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        p.numerator = std::vector<double>{30, 32, 31, 33, 30, 35}[static_cast<std::size_t>(i)];
        p.denominator = 100;
        m1.data.push_back(p);
    }
    d.updateMeasure(m1);
    const DiagramLayout layout = laidOut(d);
    const DiagramLayout::Sparkline &p1 = layout.box(QStringLiteral("p1"))->sparkline;
    CHECK(p1.measure == QStringLiteral("m1")); // the outcome measure
    CHECK(p1.more == 1);
    CHECK(p1.percent);
    CHECK(p1.lastValue == 0.35);
    CHECK(p1.moreRect.left() > p1.rect.right());
    CHECK(layout.box(QStringLiteral("p2"))->sparkline.measure == QStringLiteral("m2"));
    CHECK(layout.box(QStringLiteral("p2"))->sparkline.more == 0);
    const std::vector<SvgSparkline> svg = sparklines(svgOf(d));
    REQUIRE(svg.size() == 3); // aim, p1, p2
    CHECK(svg[1].text == QStringList{QStringLiteral("+1")});
    CHECK(svg[1].title == QStringLiteral("Length of stay: No signal"));
}

TEST_CASE("outcome measures come first even when they come later in the plan", "[render]")
{
    Diagram d = withData(spc::Better::Higher);
    Measure outcome;
    outcome.id = QStringLiteral("m9");
    outcome.name = QStringLiteral("Readmissions");
    outcome.type = MeasureType::Outcome;
    outcome.nodes = {QStringLiteral("p2")};
    outcome.data = shiftedUp();
    d.insertMeasure(outcome);
    const DiagramLayout layout = laidOut(d);
    CHECK(layout.box(QStringLiteral("p2"))->sparkline.measure == QStringLiteral("m9"));
    CHECK(layout.box(QStringLiteral("p2"))->sparkline.more == 1);
    CHECK(layout.box(QStringLiteral("p1"))->sparkline.measure == QStringLiteral("m2"));
}

TEST_CASE("the sparkline grows with the document's text size", "[render]")
{
    Diagram d = withData(spc::Better::Higher);
    LayoutSettings settings = d.layoutSettings();
    settings.textSize = 20;
    d.setLayoutSettings(settings);
    const DiagramLayout layout = laidOut(d);
    // 20 pt is 27 px against 13: badges of 29 instead of 14, the line 83 x 25 instead of 40 x 12.
    CHECK(Typography::sized(20).badgeSize == 29);
    CHECK(layout.box(QStringLiteral("p1"))->sparkline.rect.size() == QSizeF(83, 25));
}

TEST_CASE("boxes and files without data are laid out and exported as before", "[render]")
{
    const Diagram plain = goodDiagram(); // measures, none with data
    const QByteArray before = svgOf(plain);
    CHECK_FALSE(before.contains("sparkline"));
    for (const DiagramLayout::Box &b : laidOut(plain).boxes)
        CHECK_FALSE(b.sparkline.isShown());
    // Data make the badge; without them again the file is byte for byte what it was.
    Diagram d = withData(spc::Better::Higher);
    CHECK(svgOf(d) != before);
    Measure m2 = *d.measure(QStringLiteral("m2"));
    m2.data.clear();
    d.updateMeasure(m2);
    CHECK(svgOf(d) == svgOf(withData(spc::Better::Higher, {})));

    // Examples without data have no sparkline anywhere; one with data has them on its boxes.
    const QStringList examples =
        QDir(sourcePath(QStringLiteral("examples"))).entryList({QStringLiteral("*.kdd")});
    REQUIRE(examples.size() >= 5);
    int withData = 0;
    for (const QString &name : examples) {
        INFO(name.toStdString());
        const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/") + name));
        REQUIRE(loaded.ok());
        const std::vector<Measure> &measures = loaded.diagram->measures();
        const bool data = std::any_of(measures.begin(), measures.end(),
                                      [](const Measure &m) { return m.hasData(); });
        withData += data ? 1 : 0;
        CHECK(svgOf(*loaded.diagram).contains("class=\"sparkline ") == data);
    }
    CHECK(withData >= 1);
}
