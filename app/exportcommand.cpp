// `keydriver export FILE -o OUT [options]`: loads, validates and writes a diagram in any format
// of the exporter registry.
#include "cli.h"
#include "commands.h"

#include "model/atomicfile.h"
#include "model/kddfile.h"
#include "render/exporter.h"

#include <QFileInfo>

#include <cstdio>

namespace kdd {
namespace {

// Turns the command-line strings into ExportOptions; reports the first bad value.
bool exportOptionsFrom(const CommandArgs &args, const QString &format, ExportOptions &options,
                       QTextStream &err)
{
    if (!args.theme.isEmpty())
        options.theme = args.theme.toLower();
    if (!args.page.isEmpty())
        options.page = args.page.toLower();
    if (!args.what.isEmpty())
        options.what = args.what.toLower();
    if (!args.dpi.isEmpty()) {
        bool ok = false;
        options.dpi = args.dpi.toInt(&ok);
        if (!ok) {
            err << "keydriver: --dpi must be a whole number, not '" << args.dpi << "'\n";
            return false;
        }
    }
    if (!args.order.isEmpty()) {
        if (args.order == QStringLiteral("keep"))
            options.order = LayoutSettings::Order::Keep;
        else if (args.order == QStringLiteral("tidy"))
            options.order = LayoutSettings::Order::Tidy;
        else {
            err << "keydriver: unknown --order '" << args.order << "'; choose keep or tidy\n";
            return false;
        }
    }
    if (!args.background.isEmpty()) {
        if (args.background == QStringLiteral("transparent"))
            options.transparent = true;
        else if (args.background != QStringLiteral("white")) {
            err << "keydriver: unknown --background '" << args.background
                << "'; choose white or transparent\n";
            return false;
        }
    }
    if (!args.measures.isEmpty()) {
        if (args.measures == QStringLiteral("table"))
            options.measuresTable = true;
        else if (args.measures != QStringLiteral("none")) {
            err << "keydriver: unknown --measures '" << args.measures << "'; choose table or none\n";
            return false;
        }
    }
    QString error;
    if (!options.validateFor(format, &error)) {
        err << "keydriver: " << error << "\n";
        return false;
    }
    return true;
}

} // namespace

int runExportCommand(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    const QString &file = args.files.first();
    if (args.output.isEmpty()) {
        err << "keydriver: 'export' needs an output file: -o OUT\n";
        return ExitFailure;
    }
    QString format = args.format.toLower();
    if (format.isEmpty()) {
        format = args.output == QStringLiteral("-") ? QStringLiteral("kdd")
                                                    : QFileInfo(args.output).suffix().toLower();
    }
    if (format.isEmpty()) {
        err << "keydriver: cannot tell the format of '" << args.output
            << "': give it a suffix (.svg, .pdf, .png, …) or use --format\n";
        return ExitFailure;
    }
    const Exporter *exporter = findExporter(format);
    if (!exporter) {
        err << "keydriver: unsupported export format '" << format << "'; choose one of: "
            << exportFormats().join(QStringLiteral(", ")) << "\n";
        return ExitFailure;
    }
    ExportOptions options;
    if (!exportOptionsFrom(args, exporter->format(), options, err))
        return ExitFailure;

    // Load before touching the output: an invalid input never replaces an existing file.
    const LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return ExitFailure;
    }
    QByteArray bytes;
    QString error;
    if (!exporter->write(*loaded.diagram, options, bytes, &error)) {
        err << file << ": cannot export: " << error << "\n";
        return ExitFailure;
    }
    if (args.output == QStringLiteral("-")) {
        out.flush();
        if (std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout)
                != static_cast<std::size_t>(bytes.size())
            || std::fflush(stdout) != 0) {
            err << "keydriver: cannot write to standard output\n";
            return ExitFailure;
        }
        return ExitOk;
    }
    if (!writeFileAtomically(args.output, bytes, &error)) {
        err << error << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace kdd
