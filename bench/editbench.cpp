// The editor benchmark: start-up to a shown window; on a 400-box diagram a text edit, a paste of
// 10 boxes with their links, undoing the deletion of 10 boxes and a measure edit, each with the
// number of layouts it caused; zoom/scroll repaints on 1,600 boxes. Each figure is given with a
// baseline measured in the same run.
#include "tests/support/syntheticdiagram.h"
#include "timedrun.h"

#include "layout/layoutengine.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/fragment.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/selection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace kdd;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile90(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * 9 / 10)];
}

double processMedian(const QString &program, const QStringList &args, int runs)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const TimedRun r = runTimed(program, args);
        if (!r.ok) {
            std::fprintf(stderr, "editbench: %s\n", qPrintable(r.error));
            std::exit(1);
        }
        seconds.push_back(r.seconds * 1000);
    }
    return median(seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("keydriver"), QStringLiteral("keydriver binary"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("example"), QStringLiteral("diagram to open at start-up"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("no-line-of-sight"),
                      QStringLiteral("measure with line of sight switched off")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("edits to time"), QStringLiteral("n"),
                      QStringLiteral("40")});
    parser.process(app);
    const QString keydriver = parser.value(QStringLiteral("keydriver"));
    const QString example = parser.value(QStringLiteral("example"));
    if (keydriver.isEmpty() || example.isEmpty()) {
        std::fprintf(stderr, "editbench: --keydriver and --example are required\n");
        return 2;
    }

    // 1. Start-up: the editor process to a shown window on the example, against the same
    //    program exporting that example to SVG (layout and painting with no window).
    qputenv("KEYDRIVER_QUIT_WHEN_SHOWN", "1");
    const double startup = processMedian(keydriver, {example}, 7);
    qunsetenv("KEYDRIVER_QUIT_WHEN_SHOWN");
    const double exportSvg = processMedian(keydriver,
                                           {QStringLiteral("export"), example, QStringLiteral("-o"),
                                            QStringLiteral("/tmp/editbench.svg")},
                                           7);

    // 2. One edit on 400 boxes: command -> re-layout -> items updated -> repaint, against the
    //    layout call alone on the same diagram.
    Document document(syntheticDiagram(400, 7));
    Selection selection;
    DiagramScene scene(&document, &selection);
    scene.setLineOfSight(!parser.isSet(QStringLiteral("no-line-of-sight")));
    DiagramView view(&scene);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    std::vector<double> editMs;
    std::vector<double> layoutMs;
    int textLayouts = 0;
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    for (int i = 0; i < edits; ++i) {
        const Node &n = document.diagram().nodes()[static_cast<std::size_t>((i * 37) % 400)];
        selection.selectOne(n.id);
        const int before = scene.layoutCount();
        QElapsedTimer timer;
        timer.start();
        edit::setText(document, n.id, n.text + QStringLiteral(" x"));
        view.viewport()->repaint();
        editMs.push_back(timer.nsecsElapsed() / 1e6);
        textLayouts = std::max(textLayouts, scene.layoutCount() - before);
        timer.restart();
        DiagramLayout layout;
        layoutDiagram(document.diagram(), {}, layout);
        layoutMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // 3. Steps that touch many things at once, and one that should move nothing: each must lay
    //    the diagram out once (or not at all), whatever the number of boxes and links it touches.
    const auto timeSteps = [&](const std::function<void()> &prepare,
                               const std::function<void()> &step,
                               const std::function<void()> &cleanUp, int *layouts) {
        std::vector<double> ms;
        *layouts = 0;
        for (int i = 0; i < std::max(3, edits / 2); ++i) {
            prepare();
            const int before = scene.layoutCount();
            QElapsedTimer timer;
            timer.start();
            step();
            view.viewport()->repaint();
            ms.push_back(timer.nsecsElapsed() / 1e6);
            *layouts = std::max(*layouts, scene.layoutCount() - before);
            cleanUp();
        }
        return median(ms);
    };
    std::vector<NodeId> ten;
    for (const Node &n : document.diagram().nodes()) {
        if (!n.isAim() && n.column() >= 2 && ten.size() < 10)
            ten.push_back(n.id);
    }
    const QByteArray fragment = copyFragment(document.diagram(), ten);
    const NodeId anchor = document.diagram().nodes()[5].id;
    int pasteLayouts = 0;
    const double pasteMs = timeSteps([] {}, [&] { pasteFragment(document, fragment, anchor); },
                                     [&] { document.undoStack()->undo(); }, &pasteLayouts);
    int undoLayouts = 0;
    const double undoDeleteMs =
        timeSteps([&] { edit::removeNodes(document, ten); }, [&] { document.undoStack()->undo(); },
                  [] {}, &undoLayouts);
    int measureLayouts = 0;
    const MeasureId measure = edit::addMeasure(document, MeasureType::Process, {ten.front()});
    int renames = 0;
    const double measureMs = timeSteps([] {},
                                       [&] {
                                           Measure m = *document.diagram().measure(measure);
                                           m.name = QStringLiteral("Measure %1").arg(++renames);
                                           edit::setMeasure(document, m);
                                       },
                                       [] {}, &measureLayouts);

    // 4. 1,600 boxes: repaint after zooming and scrolling, and the process's peak memory.
    Document big(syntheticDiagram(1600, 7));
    Selection bigSelection;
    DiagramScene bigScene(&big, &bigSelection);
    DiagramView bigView(&bigScene);
    bigView.resize(1280, 800);
    bigView.show();
    QApplication::processEvents();
    std::vector<double> zoomMs;
    std::vector<double> scrollMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        bigView.setZoom(i % 2 ? 0.25 : 1.0);
        bigView.viewport()->repaint();
        zoomMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        bigView.verticalScrollBar()->setValue(bigView.verticalScrollBar()->maximum() * i / 20);
        bigView.viewport()->repaint();
        scrollMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("| measure | median | 90th percentile | baseline (same run) | ratio |\n");
    std::printf("|---|---:|---:|---|---:|\n");
    std::printf("| start-up to shown window on %s | %.0f ms | | `keydriver export` of it to SVG: "
                "%.0f ms | %.2f |\n",
                qPrintable(QFileInfo(example).fileName()), startup, exportSvg, startup / exportSvg);
    std::printf("| edit -> re-layout -> repaint, 400 boxes (%d layout%s) | %.1f ms | %.1f ms | "
                "layout alone: %.1f ms | %.2f |\n",
                textLayouts, textLayouts == 1 ? "" : "s", median(editMs), percentile90(editMs),
                median(layoutMs), median(editMs) / median(layoutMs));
    const double textMs = median(editMs);
    std::printf("| paste 10 boxes with their links, 400 boxes (%d layout%s) | %.1f ms | | one text "
                "edit: %.1f ms | %.2f |\n",
                pasteLayouts, pasteLayouts == 1 ? "" : "s", pasteMs, textMs, pasteMs / textMs);
    std::printf("| undo the deletion of 10 boxes, 400 boxes (%d layout%s) | %.1f ms | | one text "
                "edit: %.1f ms | %.2f |\n",
                undoLayouts, undoLayouts == 1 ? "" : "s", undoDeleteMs, textMs,
                undoDeleteMs / textMs);
    std::printf("| rename a measure, 400 boxes (%d layouts) | %.1f ms | | one text edit: %.1f ms | "
                "%.2f |\n",
                measureLayouts, measureMs, textMs, measureMs / textMs);
    std::printf("| zoom + repaint, 1,600 boxes | %.1f ms | %.1f ms | | |\n", median(zoomMs),
                percentile90(zoomMs));
    std::printf("| scroll + repaint, 1,600 boxes | %.1f ms | %.1f ms | | |\n", median(scrollMs),
                percentile90(scrollMs));
    std::printf("| peak memory with 400 + 1,600 boxes open | %ld MiB | | | |\n",
                usage.ru_maxrss / 1024);
    return 0;
}
