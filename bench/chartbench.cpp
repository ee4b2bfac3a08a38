// The chart benchmark: 100 ratio measures of 120 monthly points in 5 strata, attached to boxes
// of a generated diagram. Times (median of --runs) the signals of every measure (what the badges
// and the equity lens read), the full charts by stratum and by gap of every measure, and one
// edit of one data point through the Document followed by the canvas update (sparkline badges,
// equity lens, equity panel) and a synchronous repaint of the view; and, as a hostile file would,
// one measure of 100,000 points in 10,000 strata, charted and drawn.
#include "tests/support/syntheticdiagram.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/measurecharts.h"
#include "views/chartsview.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/equitypanel.h"
#include "views/selection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace kdd;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// `measures` ratio measures, each on one box (drivers and ideas in turn), `months` monthly
// points per stratum; every third measure's first stratum improves half-way through, so that
// some badges are green and some gaps widen.
Diagram chartDiagram(int measures, int months, int strata, unsigned seed)
{
    Diagram d = syntheticDiagram(400, seed);
    std::mt19937 random(seed);
    const QStringList names{QStringLiteral("Black"), QStringLiteral("White"),
                            QStringLiteral("Hispanic"), QStringLiteral("Asian"),
                            QStringLiteral("Other")};
    const std::vector<Node> &nodes = d.nodes();
    for (int i = 0; i < measures; ++i) {
        Measure m;
        m.id = QStringLiteral("bench-m%1").arg(i + 1);
        m.name = QStringLiteral("Measure %1").arg(i + 1);
        m.type = i % 4 == 0 ? MeasureType::Outcome : MeasureType::Process;
        m.numerator = QStringLiteral("patients seen on time");
        m.denominator = QStringLiteral("patients seen");
        m.stratifyBy = {QStringLiteral("race")};
        m.better = spc::Better::Higher;
        m.nodes = {
            nodes[static_cast<std::size_t>(1 + (i * 3) % (static_cast<int>(nodes.size()) - 1))].id};
        for (int month = 0; month < months; ++month) {
            const QString period = QStringLiteral("%1-%2")
                                       .arg(2016 + month / 12)
                                       .arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
            for (int s = 0; s < strata; ++s) {
                const double base = 0.55 + 0.05 * s;
                const double lift = (i % 3 == 0 && s == 0 && month >= months / 2) ? 0.15 : 0;
                std::binomial_distribution<int> seen(200, base + lift);
                MeasurePoint p;
                p.period = period;
                p.dimension = QStringLiteral("race");
                p.stratum = names[s % names.size()];
                p.denominator = 200;
                p.numerator = seen(random);
                m.data.push_back(p);
            }
        }
        d.insertMeasure(m);
    }
    return d;
}

// One measure of `points` ratio points spread over `strata` strata of one dimension, each
// stratum holding points/strata months (or days): daily data, or what a careless script writes.
Measure hugeMeasure(int points, int strata, bool daily)
{
    Measure m;
    m.id = QStringLiteral("huge");
    m.name = QStringLiteral("A measure of %1 points").arg(points);
    m.stratifyBy = {QStringLiteral("site")};
    m.data.reserve(static_cast<std::size_t>(points));
    const int months = std::max(1, points / strata);
    for (int i = 0; i < points; ++i) {
        MeasurePoint p;
        const int month = i % months;
        p.period = daily ? QDate(2020, 1, 1).addDays(month).toString(Qt::ISODate)
                         : QStringLiteral("%1-%2")
                               .arg(1900 + month / 12)
                               .arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
        p.dimension = QStringLiteral("site");
        p.stratum = QStringLiteral("Site %1").arg(i / months);
        p.denominator = 50 + i % 17;
        p.numerator = (i * 7919) % 50;
        m.data.push_back(p);
    }
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of each figure"),
                      QStringLiteral("n"), QStringLiteral("21")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    constexpr int Measures = 100;
    constexpr int Months = 120;
    constexpr int Strata = 5;

    Document document(chartDiagram(Measures, Months, Strata, 7));
    const std::vector<Measure> measures = document.diagram().measures();

    // (a) The signal of every measure, as the badges and the lens read it.
    std::vector<double> signalMs;
    int improving = 0;
    int widening = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        improving = 0;
        widening = 0;
        for (const Measure &m : measures) {
            const MeasureSignal s = measureSignal(m);
            improving += s.verdict == spc::Verdict::Improving ? 1 : 0;
            widening += s.wideningGaps.isEmpty() ? 0 : 1;
        }
        signalMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // (b) The full charts of every measure: one line per stratum, and the gaps.
    std::vector<double> chartMs;
    std::size_t lines = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        lines = 0;
        for (const Measure &m : measures) {
            lines += chartMeasure(document.diagram(), m, {std::nullopt, ChartView::ByStratum})
                         .lines.size();
            lines +=
                chartMeasure(document.diagram(), m, {std::nullopt, ChartView::Gap}).lines.size();
        }
        chartMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // (c) One edit of one point through the Document, the canvas update with its badges (equity
    //     lens on, the equity panel listening), the edited measure's chart by stratum in the
    //     Charts dock's canvas, and a synchronous repaint of the view and the chart.
    Selection selection;
    DiagramScene scene(&document, &selection);
    scene.setEquityLens(true);
    DiagramView view(&scene);
    view.resize(1280, 800);
    view.show();
    EquityPanel panel(&document, &selection);
    ChartCanvas canvas;
    canvas.resize(960, 540);
    canvas.show();
    QApplication::processEvents();
    std::vector<double> editMs;
    int layouts = 0;
    for (int r = 0; r < runs; ++r) {
        const std::size_t index = static_cast<std::size_t>((r * 7) % Measures);
        Measure after = document.diagram().measures()[index];
        MeasurePoint &p = after.data[after.data.size() - 1 - static_cast<std::size_t>(r % 5)];
        p.numerator = p.numerator >= 199 ? 150 : p.numerator + 1;
        const int before = scene.layoutCount();
        QElapsedTimer timer;
        timer.start();
        edit::setMeasure(document, after);
        canvas.setChart(chartMeasure(document.diagram(), document.diagram().measures()[index],
                                     {std::nullopt, ChartView::ByStratum}));
        view.viewport()->repaint();
        canvas.repaint();
        editMs.push_back(timer.nsecsElapsed() / 1e6);
        layouts = std::max(layouts, scene.layoutCount() - before);
    }
    int badges = 0;
    for (const DiagramLayout::Box &b : scene.diagramLayout().boxes)
        badges += b.sparkline.isShown() ? 1 : 0;

    // (d) Daily data, and (e) a hostile measure: the signal, the charts by stratum and by gap,
    //     and the chart by stratum drawn in the Charts dock's canvas.
    const auto timeMeasure = [&](const Measure &measure, int times, std::size_t &linesOut) {
        Diagram diagram;
        diagram.insertMeasure(measure);
        std::vector<double> ms;
        for (int r = 0; r < times; ++r) {
            QElapsedTimer timer;
            timer.start();
            const MeasureSignal s = measureSignal(measure);
            const MeasureChart byStratum =
                chartMeasure(diagram, measure, {std::nullopt, ChartView::ByStratum});
            const MeasureChart gap = chartMeasure(diagram, measure, {std::nullopt, ChartView::Gap});
            linesOut = byStratum.lines.size() + gap.lines.size() + (s.hasData ? 0 : 1);
            canvas.setChart(byStratum);
            canvas.repaint();
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        return median(ms);
    };
    std::size_t dailyLines = 0;
    const double dailyMs = timeMeasure(hugeMeasure(18000, 10, true), runs, dailyLines);
    std::size_t hugeLines = 0;
    const double hugeMs =
        timeMeasure(hugeMeasure(100000, 10000, false), std::min(runs, 3), hugeLines);

    std::printf("%d measures x %d months x %d strata (ratios), %d runs, median ms\n", Measures,
                Months, Strata, runs);
    std::printf("(a) measureSignal, all measures:                %8.2f  (%d improving, %d with a "
                "widening gap)\n",
                median(signalMs), improving, widening);
    std::printf("(b) chartMeasure by stratum + gap, all:         %8.2f  (%zu lines)\n",
                median(chartMs), lines);
    std::printf("(c) edit one point -> badges, chart -> repaint: %8.2f  (%d sparkline badges, at "
                "most %d layout(s) per edit)\n",
                median(editMs), badges, layouts);
    std::printf("(d) 10 strata x 1,800 days, charted, drawn:     %8.2f  (%zu lines by stratum and "
                "gap)\n",
                dailyMs, dailyLines);
    std::printf("(e) 100,000 points in 10,000 strata, drawn:     %8.2f  (%zu lines by stratum and "
                "gap; at most 3 runs)\n",
                hugeMs, hugeLines);
    return 0;
}
