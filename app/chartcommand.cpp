// `keydriver chart FILE --measure ID -o OUT`: one measure's run or control chart as SVG, PDF or
// PNG, or its points with centre, limits and rules as CSV.
#include "cli.h"
#include "commands.h"

#include "model/atomicfile.h"
#include "model/kddfile.h"
#include "render/chartexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

QCommandLineOption valueOption(const QStringList &names, const char *valueName,
                               const char *description)
{
    return QCommandLineOption(names, QString::fromUtf8(description),
                              QString::fromLatin1(valueName));
}

const QCommandLineOption kOutput = valueOption(
    {QStringLiteral("o"), QStringLiteral("output")}, "OUT",
    QT_TRANSLATE_NOOP("kdd::cli", "the file to write: .svg, .pdf, .png or .csv (\"-\" writes the\n"
                                  "CSV to standard output)"));
const QCommandLineOption kMeasure =
    valueOption({QStringLiteral("measure")}, "ID",
                QT_TRANSLATE_NOOP("kdd::cli", "the id of the measure to chart"));
const QCommandLineOption kType = valueOption(
    {QStringLiteral("type")}, "T",
    QT_TRANSLATE_NOOP("kdd::cli", "run, i, p or u; by default the measure's own chart (a P\n"
                                  "chart for ratios, else a run chart)"));
const QCommandLineOption kBy = valueOption(
    {QStringLiteral("by")}, "V",
    QT_TRANSLATE_NOOP("kdd::cli", "stratum (one line per group) or gap (each group minus its\n"
                                  "reference group, one panel each); by default the whole\n"
                                  "population"));

void fail(QTextStream &err, const QString &message) { err << "keydriver: " << message << "\n"; }

// "m1, m2 and m3", or a sentence saying there is none.
QString measureList(const Diagram &diagram)
{
    QStringList ids;
    for (const Measure &m : diagram.measures())
        ids << terminalText(m.id);
    if (ids.isEmpty())
        return Cli::tr("it has no measures");
    return Cli::tr("its measures are: %1").arg(ids.join(QStringLiteral(", ")));
}

int runChart(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
             QTextStream &err)
{
    const QString &file = files.first();
    const QString output = parser.value(kOutput);
    if (output.isEmpty()) {
        fail(err, Cli::tr("'chart' needs an output file: -o OUT"));
        return ExitFailure;
    }
    const QString id = parser.value(kMeasure);
    if (id.isEmpty()) {
        fail(err, Cli::tr("'chart' needs a measure: --measure ID"));
        return ExitFailure;
    }
    ChartFormat format = ChartFormat::Csv;
    if (output != QStringLiteral("-") && !parseChartFormat(QFileInfo(output).suffix(), format)) {
        fail(err, Cli::tr("cannot tell what to write to '%1': name a .svg, .pdf, .png or .csv "
                          "file")
                      .arg(terminalText(output)));
        return ExitFailure;
    }
    ChartRequest request;
    if (parser.isSet(kType)) {
        spc::ChartType type = spc::ChartType::Run;
        if (!spc::parseChartType(parser.value(kType).toLower(), type)) {
            fail(err, Cli::tr("unknown chart type '%1': use run, i, p or u")
                          .arg(terminalText(parser.value(kType))));
            return ExitFailure;
        }
        request.type = type;
    }
    if (parser.isSet(kBy)) {
        const QString by = parser.value(kBy).toLower();
        if (by == QStringLiteral("stratum")) {
            request.view = ChartView::ByStratum;
        } else if (by == QStringLiteral("gap")) {
            request.view = ChartView::Gap;
        } else {
            fail(err, Cli::tr("unknown view '%1' for --by: use stratum or gap")
                          .arg(terminalText(parser.value(kBy))));
            return ExitFailure;
        }
    }
    if (output != QStringLiteral("-") && sameFile(file, output)) {
        fail(err, Cli::tr("%1 is the input file %2: writing a chart there would replace the "
                          "diagram; choose another output file")
                      .arg(terminalText(output), terminalText(file)));
        return ExitFailure;
    }

    const LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        printProblems(loaded, err);
        return ExitFailure;
    }
    const Diagram &diagram = *loaded.diagram;
    const Measure *measure = diagram.measure(id);
    if (!measure) {
        err << terminalText(file) << ": "
            << Cli::tr("no measure '%1'; %2").arg(terminalText(id), measureList(diagram)) << "\n";
        return ExitFailure;
    }
    if (!measure->hasData()) {
        err << terminalText(file) << ": "
            << Cli::tr("measure '%1' has no data yet: nothing to chart").arg(terminalText(id))
            << "\n";
        return ExitFailure;
    }
    const MeasureChart chart = chartMeasure(diagram, *measure, request);
    for (const QString &problem : chart.problems)
        err << terminalText(file) << ": "
            << Cli::tr("measure '%1': %2").arg(terminalText(id), terminalText(problem)) << "\n";

    QByteArray bytes;
    QString error;
    if (!writeChart(chart, format, ChartFileOptions(), bytes, &error)) {
        err << terminalText(file) << ": "
            << Cli::tr("cannot draw the chart: %1").arg(terminalText(error)) << "\n";
        return ExitFailure;
    }
    if (output == QStringLiteral("-")) {
        out.flush();
        if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout)
                != static_cast<std::size_t>(bytes.size())
            || std::fflush(stdout) != 0) {
            fail(err, Cli::tr("cannot write to standard output"));
            return ExitFailure;
        }
        return ExitOk;
    }
    if (!writeFileAtomically(output, bytes, &error)) {
        err << terminalText(error) << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

Command chartCommand()
{
    return {QStringLiteral("chart"),
            QString(),
            {kOutput, kMeasure, kType, kBy},
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "kdd::cli",
                "Centre lines, limits and rules are defined in docs/charts.md; the CSV has one row "
                "per\npoint. What the chart cannot show (zero denominators, too few points) is "
                "printed and\nthe chart written all the same. Exit status: 0 written, 2 FILE "
                "unreadable or invalid,\nno such measure, a measure without data, bad option, or "
                "OUT not writable.")),
            [](const QCommandLineParser &, const QStringList &files) {
                return oneFileExpected(QStringLiteral("chart"), files);
            },
            &runChart};
}

} // namespace kdd
