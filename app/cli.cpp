#include "cli.h"

#include "commands.h"

#include "model/kddfile.h"

#include <QCoreApplication>
#include <QHash>

namespace kdd {
namespace {

const char *const kUsage = R"(Usage:
  keydriver [FILE...]                       open the editor (on FILE)
  keydriver check FILE [--json]             check a diagram against QI good practice
  keydriver export FILE -o OUT [options]    write the diagram as an image, document or table
  keydriver diff OLD NEW                    what was added, removed and changed
  keydriver diff FILE --revision N|LABEL    FILE against one of its saved revisions
  keydriver --help | --version

check
  Prints one line per finding: FILE:LINE: severity: message [RULE].
  --json        print the findings as JSON instead
  Exit status: 0 no errors (warnings allowed), 1 errors found, 2 FILE unreadable or
  not a valid diagram.

export
  -o, --output OUT     the file to write ("-" writes to standard output)
  --format F           svg, pdf, png, kdd, dot, md, mmd or csv; by default OUT's suffix
  --theme T            classic (default), colour, print or high-contrast
  --page P             PDF page: fit (default: one page the size of the diagram), a4 or
                       letter (landscape; scaled to fit, or tiled when text would be
                       smaller than 7 pt)
  --dpi N              PNG resolution (default 192)
  --background B       PNG background: white (default) or transparent
  --order O            keep (the order of the file) or tidy (fewer crossing links);
                       by default the document's own choice
  --what W             CSV: diagram (one row per box, default) or measures (the
                       measurement plan)
  --measures table     SVG/PDF/PNG: print the measurement plan as a table under the
                       diagram (default: none)
  The output is written atomically: on any error no file is left behind. No display is
  needed. Exit status: 0 written, 2 FILE unreadable or invalid, bad option, or OUT not
  writable.

diff
  One line per difference: "+ node ID …", "- link A → B", "~ node ID: text: “…” → “…”".
  Exit status: 0 the same, 1 different, 2 a file unreadable or invalid, or no such revision.

Rules are explained in docs/checks.md.
)";

void printUsage(QTextStream &stream) { stream << QString::fromUtf8(kUsage); }

int usageError(QTextStream &err, const QString &message)
{
    err << "keydriver: " << message << "\n"
        << "Try 'keydriver --help' for more information.\n";
    return ExitFailure;
}

// Splits the arguments after the sub-command name; returns false (after reporting) on a mistake.
bool parseCommandArgs(const QString &command, const QStringList &args, CommandArgs &parsed,
                      QTextStream &err)
{
    const QHash<QString, QString *> exportOptions = {
        {QStringLiteral("--format"), &parsed.format}, {QStringLiteral("--theme"), &parsed.theme},
        {QStringLiteral("--page"), &parsed.page},     {QStringLiteral("--dpi"), &parsed.dpi},
        {QStringLiteral("--order"), &parsed.order},   {QStringLiteral("--what"), &parsed.what},
        {QStringLiteral("--background"), &parsed.background}, {QStringLiteral("--measures"), &parsed.measures},
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QStringLiteral("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
            hasInlineValue = true;
        }
        const auto takeValue = [&](QString &target) {
            if (hasInlineValue) {
                target = value;
                return true;
            }
            if (i + 1 >= args.size()) {
                usageError(err, QStringLiteral("option %1 needs a value").arg(name));
                return false;
            }
            target = args[++i];
            return true;
        };
        if (arg == QStringLiteral("--")) {
            parsed.files << args.mid(i + 1);
            break;
        }
        if (command == QStringLiteral("check") && name == QStringLiteral("--json")) {
            parsed.json = true;
        } else if (command == QStringLiteral("export")
                   && (name == QStringLiteral("-o") || name == QStringLiteral("--output"))) {
            if (!takeValue(parsed.output))
                return false;
        } else if (command == QStringLiteral("diff") && name == QStringLiteral("--revision")) {
            if (!takeValue(parsed.revision))
                return false;
        } else if (command == QStringLiteral("export") && exportOptions.contains(name)) {
            if (!takeValue(*exportOptions.value(name)))
                return false;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QStringLiteral("-")) {
            usageError(err, QStringLiteral("unknown option '%1' for '%2'").arg(arg, command));
            return false;
        } else {
            parsed.files << arg;
        }
    }
    const int wanted = command == QStringLiteral("diff") && parsed.revision.isEmpty() ? 2 : 1;
    if (parsed.files.size() != wanted) {
        if (wanted == 2) {
            usageError(err, QStringLiteral("'diff' needs two files: OLD NEW (or FILE --revision N)"));
            return false;
        }
        usageError(err, parsed.files.isEmpty()
                            ? QStringLiteral("'%1' needs a FILE").arg(command)
                            : QStringLiteral("'%1' takes one FILE, got %2")
                                  .arg(command)
                                  .arg(parsed.files.size()));
        return false;
    }
    return true;
}

} // namespace

bool isCommandLineMode(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return first == QStringLiteral("check") || first == QStringLiteral("export")
        || first == QStringLiteral("diff") || first.startsWith(QLatin1Char('-'));
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || !isCommandLineMode(arguments)) {
        printUsage(err); // the editor is started by main(), not here
        return ExitFailure;
    }
    const QString &command = arguments.first();
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h")) {
        printUsage(out);
        return ExitOk;
    }
    if (command == QStringLiteral("--version")) {
        out << "keydriver " << QCoreApplication::applicationVersion() << " (file format version "
            << CurrentFormatVersion << ")\n";
        return ExitOk;
    }
    if (command.startsWith(QLatin1Char('-')))
        return usageError(err, QStringLiteral("unknown option '%1'").arg(command));

    CommandArgs parsed;
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        printUsage(out);
        return ExitOk;
    }
    if (!parseCommandArgs(command, rest, parsed, err))
        return ExitFailure;
    if (command == QStringLiteral("check"))
        return runCheckCommand(parsed, out, err);
    if (command == QStringLiteral("diff"))
        return runDiffCommand(parsed, out, err);
    return runExportCommand(parsed, out, err);
}

} // namespace kdd
