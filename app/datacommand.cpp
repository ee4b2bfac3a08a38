// `keydriver data FILE --measure ID [--import DATA.csv [--replace]] [-o OUT.csv]`: brings a
// measure's data in from a spreadsheet's CSV, or writes them out as CSV.
#include "cli.h"
#include "commands.h"

#include "model/atomicfile.h"
#include "model/kddfile.h"
#include "model/measurecsv.h"

#include <QCoreApplication>

#include <cstdio>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

// Descriptions are translated when --help prints them (cli.cpp).
const QCommandLineOption kDataMeasure(
    {QStringLiteral("measure")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "the id of the measure (m1, m2, …)")),
    QStringLiteral("ID"));
const QCommandLineOption kDataImport(
    {QStringLiteral("import")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "merge the points of this CSV into the "
                                                    "measure and save FILE")),
    QStringLiteral("CSV"));
const QCommandLineOption kDataReplace(
    {QStringLiteral("replace")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "with --import: the CSV becomes the "
                                                    "measure's whole series")));
const QCommandLineOption kDataOutput(
    {QStringLiteral("o"), QStringLiteral("output")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "without --import: write the series to "
                                                    "this CSV file\n(default: standard output)")),
    QStringLiteral("OUT"));

int fail(QTextStream &err, const QString &message)
{
    err << "keydriver: " << terminalText(message) << "\n";
    return ExitFailure;
}

int importData(const QString &file, Diagram diagram, const Measure &measure,
               const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString csvFile = parser.value(kDataImport);
    QByteArray bytes;
    if (const std::optional<QString> problem = readInputFile(csvFile, bytes)) {
        err << terminalText(Problem{csvFile, 0, 0, *problem}.toString()) << "\n";
        return ExitFailure;
    }
    const MeasureTable table = readMeasureCsv(bytes, csvFile);
    if (!table.ok()) {
        for (const Problem &p : table.problems)
            err << terminalText(p.toString()) << "\n";
        return ExitFailure;
    }
    const ImportMode mode = parser.isSet(kDataReplace) ? ImportMode::Replace : ImportMode::Merge;
    const DataMerge merged = mergeMeasureData(measure, table.points, mode);
    if (!merged.ok())
        return fail(err, QStringLiteral("%1: %2").arg(csvFile, merged.error));
    if (!diagram.updateMeasure(merged.measure))
        return fail(err, Cli::tr("cannot update measure %1").arg(measure.id));
    QString error;
    if (!saveDiagram(diagram, file, &error))
        return fail(err, error);
    out << terminalText(measure.id) << ": "
        << Cli::tr("%1 points added, %2 replaced").arg(merged.added).arg(merged.replaced);
    if (merged.removed > 0)
        out << ", " << Cli::tr("%1 removed").arg(merged.removed);
    out << "\n";
    return ExitOk;
}

int exportData(const Measure &measure, const QCommandLineParser &parser, QTextStream &out,
               QTextStream &err)
{
    const QByteArray csv = writeMeasureCsv(measure);
    const QString output = parser.value(kDataOutput);
    if (output.isEmpty() || output == QStringLiteral("-")) {
        out.flush();
        if (std::fwrite(csv.constData(), 1, static_cast<std::size_t>(csv.size()), stdout)
                != static_cast<std::size_t>(csv.size())
            || std::fflush(stdout) != 0)
            return fail(err, Cli::tr("cannot write to standard output"));
        return ExitOk;
    }
    QString error;
    if (!writeFileAtomically(output, csv, &error))
        return fail(err, error);
    return ExitOk;
}

int runData(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
            QTextStream &err)
{
    const QString &file = files.first();
    const QString id = parser.value(kDataMeasure);
    if (id.isEmpty())
        return fail(err, Cli::tr("'data' needs a measure: --measure ID"));
    if (parser.isSet(kDataImport) && parser.isSet(kDataOutput))
        return fail(err, Cli::tr("'data' takes --import or -o, not both"));
    if (parser.isSet(kDataReplace) && !parser.isSet(kDataImport))
        return fail(err, Cli::tr("--replace goes with --import"));
    LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        printProblems(loaded, err);
        return ExitFailure;
    }
    const Measure *measure = loaded.diagram->measure(id);
    if (!measure) {
        QStringList ids;
        for (const Measure &m : loaded.diagram->measures())
            ids << m.id;
        return fail(err, ids.isEmpty()
                             ? Cli::tr("%1 has no measures; there is no measure %2").arg(file, id)
                             : Cli::tr("%1 has no measure %2; its measures are %3")
                                   .arg(file, id, ids.join(QStringLiteral(", "))));
    }
    if (parser.isSet(kDataImport))
        return importData(file, *loaded.diagram, *measure, parser, out, err);
    return exportData(*measure, parser, out, err);
}

} // namespace

Command dataCommand()
{
    return {QStringLiteral("data"),
            QString(),
            {kDataMeasure, kDataImport, kDataReplace, kDataOutput},
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "kdd::cli",
                "CSV columns: period, value or numerator and denominator, optionally stratum\nand "
                "dimension (docs/text-formats.md). FILE is saved only if the whole CSV\nreads "
                "without a problem; each problem names the CSV's line. Exit status: 0\ndone, 2 "
                "FILE or CSV unreadable or invalid, unknown measure, bad option.")),
            [](const QCommandLineParser &, const QStringList &files) {
                return oneFileExpected(QStringLiteral("data"), files);
            },
            &runData};
}

} // namespace kdd
