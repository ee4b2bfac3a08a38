// `keydriver export FILE -o OUT`: loads, validates and writes a diagram in another form.
#include "cli.h"
#include "commands.h"

#include "model/atomicfile.h"
#include "model/kddfile.h"

#include <QFileInfo>

#include <cstdio>

namespace kdd {

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
            << "': give it a suffix (.kdd) or use --format\n";
        return ExitFailure;
    }
    if (format != QStringLiteral("kdd")) {
        err << "keydriver: unsupported export format '" << format
            << "'; this build writes: kdd\n";
        return ExitFailure;
    }

    // Load before touching the output: an invalid input never replaces an existing file.
    const LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return ExitFailure;
    }
    const QByteArray bytes = writeDiagram(*loaded.diagram);
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
    QString error;
    if (!writeFileAtomically(args.output, bytes, &error)) {
        err << error << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace kdd
