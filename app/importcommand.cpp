// `keydriver import FILE -o OUT.kdd`: reads an outline (the Markdown that `export` writes,
// indented plain text, or a spreadsheet's CSV) and saves it as a diagram.
#include "cli.h"
#include "commands.h"

#include "model/csvoutline.h"
#include "model/kddfile.h"
#include "model/outlinereader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

// Descriptions are translated when --help prints them (cli.cpp).
const QCommandLineOption kImportOutput(
    {QStringLiteral("o"), QStringLiteral("output")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "the .kdd file to write (\"-\" writes to "
                                                    "standard output)")),
    QStringLiteral("OUT"));
const QCommandLineOption kImportFormat(
    {QStringLiteral("format")},
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "md (the Markdown outline of export), txt "
                                                    "(indented plain\ntext) or csv (one row "
                                                    "per path); by default FILE's suffix")),
    QStringLiteral("F"));

enum class ImportFormat { Markdown, PlainText, Csv };

std::optional<ImportFormat> formatNamed(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("md") || w == QLatin1String("markdown"))
        return ImportFormat::Markdown;
    if (w == QLatin1String("txt") || w == QLatin1String("text"))
        return ImportFormat::PlainText;
    if (w == QLatin1String("csv") || w == QLatin1String("tsv"))
        return ImportFormat::Csv;
    return std::nullopt;
}

int runImport(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
              QTextStream &err)
{
    const QString &file = files.first();
    const QString output = parser.value(kImportOutput);
    if (output.isEmpty()) {
        err << "keydriver: " << Cli::tr("'import' needs an output file: -o OUT.kdd") << "\n";
        return ExitFailure;
    }
    const QString word =
        parser.isSet(kImportFormat) ? parser.value(kImportFormat) : QFileInfo(file).suffix();
    const std::optional<ImportFormat> format = formatNamed(word);
    if (!format) {
        if (parser.isSet(kImportFormat))
            err << "keydriver: "
                << Cli::tr("unknown import format '%1' (expected md, txt or csv)")
                       .arg(terminalText(word))
                << "\n";
        else
            err << "keydriver: "
                << Cli::tr("cannot tell the format of %1 from its suffix: name it .md, .txt or "
                           ".csv, or give --format md|txt|csv")
                       .arg(terminalText(file))
                << "\n";
        return ExitFailure;
    }
    if (output != QStringLiteral("-")
        && QFileInfo(output).suffix().toLower() != QLatin1String("kdd")) {
        err << "keydriver: "
            << Cli::tr("'import' writes a diagram: the output %1 must end in .kdd (or be \"-\")")
                   .arg(terminalText(output))
            << "\n";
        return ExitFailure;
    }

    // Read everything before touching the output: bad input never replaces an existing file.
    LoadResult read;
    QByteArray bytes;
    if (const std::optional<QString> problem = readInputFile(file, bytes))
        read.problems.push_back({file, 0, 0, *problem});
    else if (*format == ImportFormat::Markdown)
        read = readMarkdownOutline(bytes, file);
    else if (*format == ImportFormat::Csv)
        read = readCsvOutline(bytes, file);
    else
        read = readPlainOutline(bytes, file);
    if (!read.ok()) {
        printProblems(read, err);
        return ExitFailure;
    }
    if (output == QStringLiteral("-")) {
        const QByteArray text = writeDiagram(*read.diagram);
        out.flush();
        if (std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout)
                != static_cast<std::size_t>(text.size())
            || std::fflush(stdout) != 0) {
            err << "keydriver: " << Cli::tr("cannot write to standard output") << "\n";
            return ExitFailure;
        }
        return ExitOk;
    }
    QString error;
    if (!saveDiagram(*read.diagram, output, &error)) {
        err << terminalText(error) << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

Command importCommand()
{
    return {QStringLiteral("import"),
            QString(),
            {kImportOutput, kImportFormat},
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "kdd::cli",
                "Nothing is written unless the whole FILE reads without a problem; each "
                "problem\nnames the file and line. Exit status: 0 written, 2 FILE unreadable or "
                "invalid,\nbad option, or OUT not writable.")),
            [](const QCommandLineParser &, const QStringList &files) {
                return oneFileExpected(QStringLiteral("import"), files);
            },
            &runImport};
}

} // namespace kdd
