// The layout/export benchmark (results in docs/benchmarks.md): for generated diagrams of growing
// size, times `keydriver export FILE -o OUT.svg` (keep-my-order and tidy) against `dot -Tsvg` on
// the equivalent DOT file in the same run, and counts edge crossings between adjacent columns for
// each. Prints a Markdown table (and writes it with --out).
#include "timedrun.h"

#include "layout/layoutengine.h"
#include "model/crossings.h"
#include "model/kddfile.h"
#include "tests/support/syntheticdiagram.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace kdd;

namespace {

struct Measured
{
    double medianSeconds = 0;
    long peakKiB = 0;
    long long crossings = -1;
};

QByteArray dotQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

// The same graph as dot sees it when given a driver diagram with no order constraints: boxes of
// the sizes KeyDriver measured, with their text as labels, one rank per column.
QByteArray equivalentDot(const Diagram &d, const DiagramLayout &layout)
{
    QByteArray dot = "digraph kdd {\n  rankdir=LR; ranksep=0.89; nodesep=0.19;\n"
                     "  node [shape=box, fixedsize=true, fontname=\"DejaVu Sans\", fontsize=10];\n";
    std::map<int, std::vector<int>> columns;
    for (std::size_t i = 0; i < d.nodes().size(); ++i)
        columns[d.nodes()[i].column()].push_back(static_cast<int>(i));
    QByteArray previousAnchor;
    for (const auto &[column, indices] : columns) {
        const QByteArray anchor = "anchor" + QByteArray::number(column);
        dot += "  { rank=same; " + anchor + " [style=invis, width=0.01, height=0.01];\n";
        for (const int i : indices) {
            const DiagramLayout::Box &b = layout.boxes[static_cast<std::size_t>(i)];
            dot += "    n" + QByteArray::number(i) + " [label=" + dotQuoted(b.text.plainText())
                 + ", width=" + QByteArray::number(b.rect.width() / 72, 'f', 3)
                 + ", height=" + QByteArray::number(b.rect.height() / 72, 'f', 3) + "];\n";
        }
        dot += "  }\n";
        if (!previousAnchor.isEmpty())
            dot += "  " + previousAnchor + " -> " + anchor + " [style=invis];\n";
        previousAnchor = anchor;
    }
    for (const Link &l : d.links())
        dot += "  n" + QByteArray::number(d.indexOf(l.from)) + " -> n"
             + QByteArray::number(d.indexOf(l.to)) + " [tailport=e, headport=w, arrowhead=none];\n";
    return dot + "}\n";
}

// Crossings in dot's own SVG: box centres from each node's polygon, then the same count as ours.
long long crossingsInDotSvg(const QByteArray &svg, const Diagram &d)
{
    static const QRegularExpression node(
        QStringLiteral("<title>n(\\d+)</title>\\s*<polygon[^>]*points=\"([^\"]+)\""));
    QHash<int, double> centreY;
    auto it = node.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        double sum = 0;
        int count = 0;
        for (const QString &pair : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            sum += pair.section(QLatin1Char(','), 1, 1).toDouble();
            ++count;
        }
        centreY.insert(m.captured(1).toInt(), count ? sum / count : 0);
    }
    std::vector<int> columns;
    for (const Node &n : d.nodes())
        columns.push_back(n.column());
    std::vector<int> used = columns;
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    std::map<int, std::vector<std::pair<double, double>>> edges;
    for (const Link &l : d.links()) {
        const int a = d.indexOf(l.from);
        const int b = d.indexOf(l.to);
        const auto next =
            std::upper_bound(used.begin(), used.end(), columns[static_cast<std::size_t>(a)]);
        if (next == used.end() || *next != columns[static_cast<std::size_t>(b)])
            continue;
        edges[columns[static_cast<std::size_t>(a)]].emplace_back(centreY.value(a),
                                                                 centreY.value(b));
    }
    long long total = 0;
    for (auto &[column, list] : edges)
        total += countCrossings(std::move(list));
    return total;
}

Measured timeCommand(const QString &program, const QStringList &args, int runs)
{
    std::vector<double> seconds;
    Measured m;
    for (int i = 0; i < runs; ++i) {
        const TimedRun r = runTimed(program, args);
        if (!r.ok) {
            std::fprintf(stderr, "kddbench: %s\n", qPrintable(r.error));
            std::exit(1);
        }
        seconds.push_back(r.seconds);
        m.peakKiB = std::max(m.peakKiB, r.peakKiB);
    }
    std::sort(seconds.begin(), seconds.end());
    m.medianSeconds = seconds[seconds.size() / 2];
    return m;
}

QString mib(long kib) { return QString::number(kib / 1024.0, 'f', 0); }

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("KeyDriver layout benchmark against dot -Tsvg"));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("keydriver"), QStringLiteral("keydriver binary"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("dot"), QStringLiteral("dot binary"), QStringLiteral("path"),
                      QStringLiteral("dot")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("comma-separated node counts"),
                      QStringLiteral("list"), QStringLiteral("25,100,400,1600,6400")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("runs per size below 6,400 nodes (median taken)"),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("workdir"),
                      QStringLiteral("keep the generated .kdd, .dot and .svg files here"),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("also write the table to this Markdown file"),
                      QStringLiteral("file")});
    parser.process(app);
    const QString keydriver = parser.value(QStringLiteral("keydriver"));
    if (keydriver.isEmpty()) {
        std::fprintf(stderr, "kddbench: --keydriver PATH is required\n");
        return 2;
    }
    const QString dot = parser.value(QStringLiteral("dot"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QDir work(parser.isSet(QStringLiteral("workdir"))
                        ? parser.value(QStringLiteral("workdir"))
                        : temporary.path());
    if (!work.exists() && !QDir().mkpath(work.path())) {
        std::fprintf(stderr, "kddbench: cannot create %s\n", qPrintable(work.path()));
        return 2;
    }

    QString table;
    QTextStream t(&table);
    t << "| nodes | links | dot -Tsvg s | keep s | ratio | keep curves s | keep / curves | tidy s "
         "| ratio | tidy curves s | tidy / curves | dot / keep / tidy MiB "
         "| dot crossings | keep crossings | tidy crossings |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QString &sizeText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int size = sizeText.toInt();
        const Diagram d = syntheticDiagram(size, 2026);
        const QString kdd = work.filePath(QStringLiteral("d%1.kdd").arg(size));
        const QString dotFile = work.filePath(QStringLiteral("d%1.dot").arg(size));
        const QString dotSvg = work.filePath(QStringLiteral("dot%1.svg").arg(size));
        const QString ourSvg = work.filePath(QStringLiteral("kdd%1.svg").arg(size));
        saveDiagram(d, kdd);

        DiagramLayout keepLayout;
        DiagramLayout tidyLayout;
        LayoutOptions options;
        options.order = LayoutSettings::Order::Keep;
        layoutDiagram(d, options, keepLayout);
        options.order = LayoutSettings::Order::Tidy;
        layoutDiagram(d, options, tidyLayout);
        QFile f(dotFile);
        f.open(QIODevice::WriteOnly);
        f.write(equivalentDot(d, keepLayout));
        f.close();

        // The slowest size is run once: at 6,400 nodes one dot run takes most of a minute.
        const int n = size >= 6400 ? 1 : runs;
        std::fprintf(stderr, "kddbench: %d nodes ...\n", size);
        Measured base =
            timeCommand(dot, {QStringLiteral("-Tsvg"), dotFile, QStringLiteral("-o"), dotSvg}, n);
        QFile svg(dotSvg);
        svg.open(QIODevice::ReadOnly);
        base.crossings = crossingsInDotSvg(svg.readAll(), d);
        // The default links (brackets) against curves, which is the Graphviz-only pipeline
        // the export used before brackets, timed in the same run.
        const auto export_ = [&](const char *order, const char *links) {
            return timeCommand(keydriver,
                               {QStringLiteral("export"), kdd, QStringLiteral("-o"), ourSvg,
                                QStringLiteral("--order"), QLatin1String(order),
                                QStringLiteral("--links"), QLatin1String(links)},
                               n);
        };
        Measured keep = export_("keep", "brackets");
        keep.crossings = adjacentColumnCrossings(keepLayout);
        const Measured keepCurves = export_("keep", "curves");
        Measured tidy = export_("tidy", "brackets");
        tidy.crossings = adjacentColumnCrossings(tidyLayout);
        const Measured tidyCurves = export_("tidy", "curves");
        const auto seconds = [](const Measured &m) {
            return QString::number(m.medianSeconds, 'f', 3);
        };
        const auto ratio = [](const Measured &a, const Measured &b) {
            return QString::number(a.medianSeconds / b.medianSeconds, 'f', 2);
        };
        t << "| " << d.nodes().size() << " | " << d.links().size() << " | " << seconds(base)
          << " | " << seconds(keep) << " | " << ratio(keep, base) << " | " << seconds(keepCurves)
          << " | " << ratio(keep, keepCurves) << " | " << seconds(tidy) << " | "
          << ratio(tidy, base) << " | " << seconds(tidyCurves) << " | " << ratio(tidy, tidyCurves)
          << " | " << mib(base.peakKiB) << " / " << mib(keep.peakKiB) << " / " << mib(tidy.peakKiB)
          << " | " << base.crossings << " | " << keep.crossings << " | " << tidy.crossings
          << " |\n";
        t.flush();
        std::fprintf(stdout, "%s", qPrintable(table.section(QLatin1Char('\n'), -2)));
        std::fprintf(stdout, "\n");
    }
    if (parser.isSet(QStringLiteral("out"))) {
        QFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "kddbench: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        out.write(table.toUtf8());
    }
    std::fprintf(stdout, "\n%s", qPrintable(table));
    return 0;
}
