// `keydriver export FILE -o OUT [options]`: loads, validates and writes a diagram in any format
// of the exporter registry.
#include "cli.h"
#include "commands.h"
#include "exportoptionparser.h"

#include "model/atomicfile.h"
#include "model/kddfile.h"
#include "render/exporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

// `description` is marked with QT_TRANSLATE_NOOP and translated when --help prints it.
QCommandLineOption valueOption(const QStringList &names, const char *valueName,
                               const char *description)
{
    return QCommandLineOption(names, QString::fromUtf8(description),
                              QString::fromLatin1(valueName));
}

// "svg, pdf, … or csv": every format of the registry.
QString formatList()
{
    QStringList formats = exportFormats();
    const QString last = formats.takeLast();
    return formats.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

// The options, in --help order. The words they take are parsed in exportoptionparser.cpp.
const QCommandLineOption kOutput = valueOption(
    {QStringLiteral("o"), QStringLiteral("output")}, "OUT",
    QT_TRANSLATE_NOOP("kdd::cli", "the file to write (\"-\" writes to standard output)"));
const QCommandLineOption kFormat({QStringLiteral("format")},
                                 formatList() + QStringLiteral("; by default OUT's suffix"),
                                 QStringLiteral("F"));
const QCommandLineOption kTheme =
    valueOption({QStringLiteral("theme")}, "T",
                QT_TRANSLATE_NOOP("kdd::cli", "classic (default), colour, print, high-contrast or\n"
                                              "projector (heavy lines for a room's wall)"));
const QCommandLineOption kPage = valueOption(
    {QStringLiteral("page")}, "P",
    QT_TRANSLATE_NOOP("kdd::cli", "PDF page: fit (default: one page the size of the diagram), a4,\n"
                                  "letter, a3 or slide (16:9); one page while box text stays at\n"
                                  "least 7 pt (12 pt on a slide), else cut between boxes; the\n"
                                  "charter: a4 (default), letter or a3 (also ODT)"));
const QCommandLineOption kOrientation = valueOption(
    {QStringLiteral("orientation")}, "R",
    QT_TRANSLATE_NOOP("kdd::cli", "auto (default: the larger type), portrait or landscape;\n"
                                  "--page fit ignores it"));
const QCommandLineOption kDpi = valueOption(
    {QStringLiteral("dpi")}, "N", QT_TRANSLATE_NOOP("kdd::cli", "PNG resolution (default 192)"));
const QCommandLineOption kBackground = valueOption(
    {QStringLiteral("background")}, "B",
    QT_TRANSLATE_NOOP("kdd::cli", "white (default), transparent (PNG) or dark (PNG, SVG, PDF:\n"
                                  "the theme's dark variant, light text for dark slides)"));
const QCommandLineOption kOrder = valueOption(
    {QStringLiteral("order")}, "O",
    QT_TRANSLATE_NOOP("kdd::cli", "keep (the order of the file) or tidy (fewer crossing links);\n"
                                  "by default the document's own choice"));
const QCommandLineOption kLinks =
    valueOption({QStringLiteral("links")}, "L",
                QT_TRANSLATE_NOOP("kdd::cli", "brackets (elbow connectors), curves or straight;\n"
                                              "by default the document's own choice"));
const QCommandLineOption kIdeas = valueOption(
    {QStringLiteral("ideas")}, "I",
    QT_TRANSLATE_NOOP("kdd::cli", "separate (a box per change idea) or stacked (one card per\n"
                                  "driver); by default the document's own choice"));
const QCommandLineOption kArrowheads = valueOption(
    {QStringLiteral("arrowheads")}, "A",
    QT_TRANSLATE_NOOP("kdd::cli", "yes or no: small arrowheads where links reach their boxes;\n"
                                  "by default the theme's choice"));
const QCommandLineOption kWhat = valueOption(
    {QStringLiteral("what")}, "W",
    QT_TRANSLATE_NOOP("kdd::cli", "diagram (default: the drawing, or one CSV row per box);\n"
                                  "measures (CSV: the measurement plan); ideas (CSV: one row\n"
                                  "per change idea with its votes, impact and effort); pdsa\n"
                                  "(CSV: one row per PDSA cycle of a change idea); grid\n"
                                  "(SVG/PDF/PNG: the impact × effort grid); charter (PDF,\n"
                                  "HTML, ODT, DOCX: the project charter with the diagram in it;\n"
                                  "HTML, ODT and DOCX files always hold the charter)"));
const QCommandLineOption kMeasures =
    valueOption({QStringLiteral("measures")}, "M",
                QT_TRANSLATE_NOOP(
                    "kdd::cli", "SVG/PDF/PNG: table prints the measurement plan as a table under\n"
                                "the diagram; none (default) leaves it out"));

// The format asked for, or told by OUT's suffix ("-" is the canonical .kdd); reports mistakes.
bool chooseFormat(const QCommandLineParser &parser, ExportFormat &format, QTextStream &err)
{
    const QString output = parser.value(kOutput);
    QString word = parser.value(kFormat);
    if (word.isEmpty())
        word = output == QStringLiteral("-") ? QStringLiteral("kdd") : QFileInfo(output).suffix();
    if (word.isEmpty()) {
        err << "keydriver: "
            << Cli::tr("cannot tell the format of '%1': give it a suffix (.svg, .pdf, .png, …) "
                       "or use --format")
                   .arg(terminalText(output))
            << "\n";
        return false;
    }
    QString error;
    if (!parseExportFormat(word.toLower(), format, &error)) {
        err << "keydriver: " << error << "\n";
        return false;
    }
    return true;
}

int runExport(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
              QTextStream &err)
{
    const QString &file = files.first();
    const QString output = parser.value(kOutput);
    if (output.isEmpty()) {
        err << "keydriver: " << Cli::tr("'export' needs an output file: -o OUT") << "\n";
        return ExitFailure;
    }
    ExportFormat format = ExportFormat::Kdd;
    if (!chooseFormat(parser, format, err))
        return ExitFailure;
    ExportOptionWords words;
    words.theme = parser.value(kTheme);
    words.page = parser.value(kPage);
    words.orientation = parser.value(kOrientation);
    words.dpi = parser.value(kDpi);
    words.background = parser.value(kBackground);
    words.order = parser.value(kOrder);
    words.links = parser.value(kLinks);
    words.ideas = parser.value(kIdeas);
    words.arrowheads = parser.value(kArrowheads);
    words.what = parser.value(kWhat);
    words.measures = parser.value(kMeasures);
    ExportOptions options;
    QString error;
    if (!parseExportOptions(words, format, options, &error)) {
        err << "keydriver: " << error << "\n";
        return ExitFailure;
    }
    // Writing an image or a table over the diagram itself would lose it; rewriting it as .kdd
    // is a save and allowed.
    if (format != ExportFormat::Kdd && output != QStringLiteral("-") && sameFile(file, output)) {
        const QString written =
            (parser.value(kFormat).isEmpty() ? QFileInfo(output).suffix() : parser.value(kFormat))
                .toLower();
        err << "keydriver: "
            << Cli::tr("%1 is the input file %2: writing %3 there would replace the diagram; "
                       "choose another output file")
                   .arg(terminalText(output), terminalText(file), terminalText(written))
            << "\n";
        return ExitFailure;
    }

    // Load before touching the output: an invalid input never replaces an existing file.
    const LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        printProblems(loaded, err);
        return ExitFailure;
    }
    QByteArray bytes;
    if (!findExporter(format)->write(*loaded.diagram, options, bytes, &error)) {
        err << terminalText(file) << ": " << Cli::tr("cannot export: %1").arg(terminalText(error))
            << "\n";
        return ExitFailure;
    }
    if (output == QStringLiteral("-")) {
        out.flush();
        if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout)
                != static_cast<std::size_t>(bytes.size())
            || std::fflush(stdout) != 0) {
            err << "keydriver: " << Cli::tr("cannot write to standard output") << "\n";
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

Command exportCommand()
{
    return {QStringLiteral("export"),
            QString(),
            {kOutput, kFormat, kTheme, kPage, kOrientation, kDpi, kBackground, kOrder, kLinks,
             kIdeas, kArrowheads, kWhat, kMeasures},
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "kdd::cli",
                "The output is written atomically: on any error no file is left behind. No "
                "display is\nneeded. Exit status: 0 written, 2 FILE unreadable or invalid, bad "
                "option, or OUT not\nwritable.")),
            [](const QCommandLineParser &, const QStringList &files) {
                return oneFileExpected(QStringLiteral("export"), files);
            },
            &runExport};
}

} // namespace kdd
