// Finds where the in-process layout stops being usable: lays out one generated diagram
// of a given shape and size with the layout limits switched off, and prints the wall time and
// the process's peak resident memory. Run it under `timeout` and `prlimit --as=` (see
// docs/layout-limits.md): past the limits Graphviz can run for minutes or die of memory.
#include "tests/support/syntheticdiagram.h"

#include "layout/layoutengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <sys/resource.h>

#include <cstdio>

using namespace kdd;

namespace {

// One aim and `n` boxes in a single column (primary drivers, or change ideas when `ideas`),
// each linked to the aim when `linked`.
Diagram oneColumn(int n, bool ideas, bool linked)
{
    Diagram d;
    d.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Reach 80% by 2027")));
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("b%1").arg(i);
        d.insertNode(makeNode(id, ideas ? NodeKind::Change : NodeKind::Driver,
                              QStringLiteral("Box number %1 with a few words").arg(i), 1));
        if (linked)
            d.addLink({QStringLiteral("aim"), id, LinkStrength::Strong, {}});
    }
    return d;
}

// Two columns of `side` primary and `side` secondary drivers, every primary linked to every
// secondary: side² links between 2·side boxes.
Diagram denseLinks(int side)
{
    Diagram d;
    d.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Reach 80% by 2027")));
    for (int i = 0; i < side; ++i) {
        d.insertNode(makeNode(QStringLiteral("p%1").arg(i), NodeKind::Driver,
                              QStringLiteral("P %1").arg(i), 1));
        d.insertNode(makeNode(QStringLiteral("s%1").arg(i), NodeKind::Driver,
                              QStringLiteral("S %1").arg(i), 2));
    }
    for (int i = 0; i < side; ++i) {
        for (int j = 0; j < side; ++j)
            d.addLink({QStringLiteral("p%1").arg(i),
                       QStringLiteral("s%1").arg(j),
                       LinkStrength::Strong,
                       {}});
    }
    return d;
}

// One aim, one driver at each level and `n` change ideas linked straight to the aim: every link
// skips the three driver columns, and Graphviz routes each through them.
Diagram skippingLinks(int n)
{
    Diagram d = oneColumn(n, true, true);
    for (int level = 1; level <= 3; ++level)
        d.insertNode(makeNode(QStringLiteral("d%1").arg(level), NodeKind::Driver,
                              QStringLiteral("Driver"), level));
    d.addLink({QStringLiteral("aim"), QStringLiteral("d1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d1"), QStringLiteral("d2"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d2"), QStringLiteral("d3"), LinkStrength::Strong, {}});
    return d;
}

// Near every limit at once (n is ignored): 6,499 boxes, 4,997 of them unlinked in one column,
// and 1,000 change ideas linked straight to the aim over the three driver columns (3,000 skips).
Diagram atTheLimits()
{
    Diagram d = oneColumn(1000, true, true);
    d.insertNode(makeNode(QStringLiteral("p"), NodeKind::Driver, QStringLiteral("Primary"), 1));
    for (int i = 0; i < 4997; ++i)
        d.insertNode(makeNode(QStringLiteral("s%1").arg(i), NodeKind::Driver,
                              QStringLiteral("Secondary %1").arg(i), 2));
    for (int i = 0; i < 500; ++i)
        d.insertNode(makeNode(QStringLiteral("t%1").arg(i), NodeKind::Driver,
                              QStringLiteral("Tertiary %1").arg(i), 3));
    return d;
}

// One aim holding an unbroken word of `n` letters.
Diagram longWord(int n)
{
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QString(n, QLatin1Char('x'))));
    return d;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times one layout of a generated diagram, limits off"));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("shape"),
         QStringLiteral(
             "column, column-unlinked, ideas (a column of change ideas linked to the aim), skip "
             "(the same with links skipping three driver columns), synthetic, dense (side x side "
             "links), limits (near every limit at once), word"),
         QStringLiteral("shape"), QStringLiteral("column")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("size (boxes, side or letters)"),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("order"), QStringLiteral("keep or tidy"),
                      QStringLiteral("order"), QStringLiteral("keep")});
    parser.addOption(
        {QStringLiteral("limits"), QStringLiteral("apply the layout limits (off by default)")});
    parser.process(app);
    const QString shape = parser.value(QStringLiteral("shape"));
    const int n = parser.value(QStringLiteral("n")).toInt();

    QElapsedTimer timer;
    timer.start();
    Diagram d;
    if (shape == QLatin1String("column"))
        d = oneColumn(n, false, true);
    else if (shape == QLatin1String("column-unlinked"))
        d = oneColumn(n, false, false);
    else if (shape == QLatin1String("ideas"))
        d = oneColumn(n, true, true);
    else if (shape == QLatin1String("skip"))
        d = skippingLinks(n);
    else if (shape == QLatin1String("synthetic"))
        d = syntheticDiagram(n, 2026);
    else if (shape == QLatin1String("dense"))
        d = denseLinks(n);
    else if (shape == QLatin1String("limits"))
        d = atTheLimits();
    else if (shape == QLatin1String("word"))
        d = longWord(n);
    else {
        std::fprintf(stderr, "layoutprobe: unknown shape %s\n", qPrintable(shape));
        return 2;
    }
    const double built = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    LayoutOptions options;
    options.order = parser.value(QStringLiteral("order")) == QLatin1String("tidy")
                      ? LayoutSettings::Order::Tidy
                      : LayoutSettings::Order::Keep;
    options.enforceLimits = parser.isSet(QStringLiteral("limits"));
    DiagramLayout layout;
    QString error;
    timer.restart();
    const bool ok = layoutDiagram(d, options, layout, &error);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("shape=%s n=%d boxes=%zu links=%zu order=%s ok=%d build_s=%.2f layout_s=%.3f "
                "peak_MiB=%.0f%s%s\n",
                qPrintable(shape), n, d.nodes().size(), d.links().size(),
                qPrintable(parser.value(QStringLiteral("order"))), ok ? 1 : 0, built, seconds,
                static_cast<double>(peakKiB()) / 1024.0, ok ? "" : " error=", qPrintable(error));
    return ok ? 0 : 1;
}
