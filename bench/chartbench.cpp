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
#include "render/chartpainter.h"
#include "render/qpaintertarget.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/equitypanel.h"
#include "views/selection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

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

// One measure of `points` monthly ratio points spread over `strata` strata of one dimension
// (so each stratum holds points/strata months): what a file written by a careless script may hold.
Measure hugeMeasure(int points, int strata)
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
        p.period = QStringLiteral("%1-%2")
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
    //     lens on, the equity panel listening) and a synchronous repaint.
    Selection selection;
    DiagramScene scene(&document, &selection);
    scene.setEquityLens(true);
    DiagramView view(&scene);
    view.resize(1280, 800);
    view.show();
    EquityPanel panel(&document, &selection);
    QApplication::processEvents();
    std::vector<double> editMs;
    int layouts = 0;
    for (int r = 0; r < runs; ++r) {
        Measure after = document.diagram().measures()[static_cast<std::size_t>((r * 7) % Measures)];
        MeasurePoint &p = after.data[after.data.size() - 1 - static_cast<std::size_t>(r % 5)];
        p.numerator = p.numerator >= 199 ? 150 : p.numerator + 1;
        const int before = scene.layoutCount();
        QElapsedTimer timer;
        timer.start();
        edit::setMeasure(document, after);
        view.viewport()->repaint();
        editMs.push_back(timer.nsecsElapsed() / 1e6);
        layouts = std::max(layouts, scene.layoutCount() - before);
    }
    int badges = 0;
    for (const DiagramLayout::Box &b : scene.diagramLayout().boxes)
        badges += b.sparkline.isShown() ? 1 : 0;

    // (d) A hostile measure: its signal, its charts by stratum and by gap, and the by-stratum
    //     chart drawn as the Charts dock draws it.
    Diagram hugeDiagram;
    const Measure huge = hugeMeasure(100000, 10000);
    hugeDiagram.insertMeasure(huge);
    std::vector<double> hugeMs;
    std::size_t hugeLines = 0;
    for (int r = 0; r < std::min(runs, 3); ++r) {
        QElapsedTimer timer;
        timer.start();
        const MeasureSignal s = measureSignal(huge);
        const MeasureChart byStratum =
            chartMeasure(hugeDiagram, huge, {std::nullopt, ChartView::ByStratum});
        const MeasureChart gap = chartMeasure(hugeDiagram, huge, {std::nullopt, ChartView::Gap});
        hugeLines = byStratum.lines.size() + gap.lines.size() + (s.hasData ? 0 : 1);
        QImage image(960, 540, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        QPainterTarget target(painter);
        ChartPainter(Theme::standard()).paint(byStratum, QSizeF(960, 540), target);
        painter.end();
        hugeMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    std::printf("%d measures x %d months x %d strata (ratios), %d runs, median ms\n", Measures,
                Months, Strata, runs);
    std::printf("(a) measureSignal, all measures:           %8.2f  (%d improving, %d with a "
                "widening gap)\n",
                median(signalMs), improving, widening);
    std::printf("(b) chartMeasure by stratum + gap, all:    %8.2f  (%zu lines)\n", median(chartMs),
                lines);
    std::printf("(c) edit one point -> badges -> repaint:   %8.2f  (%d sparkline badges, at most "
                "%d layout(s) per edit)\n",
                median(editMs), badges, layouts);
    std::printf("(d) 100,000 points in 10,000 strata:       %8.2f  (signal, %zu lines by stratum "
                "and gap, drawn)\n",
                median(hugeMs), hugeLines);
    return 0;
}
