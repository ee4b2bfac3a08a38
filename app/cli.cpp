#include "cli.h"

#include "commands.h"

#include "model/kddfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

const QString PresentOption = QStringLiteral("--present");

// Translated as one text: a translation keeps the columns lined up.
const char *const kSynopsis = QT_TRANSLATE_NOOP(
    "kdd::cli",
    "Usage:\n"
    "  keydriver [FILE...]                       open the editor (on FILE)\n"
    "  keydriver --present FILE                  present FILE full screen (Page Down steps, Esc\n"
    "                                            returns to the editor)\n"
    "  keydriver check FILE [--json]             check a diagram against QI good practice\n"
    "  keydriver export FILE -o OUT [options]    write the diagram as an image, document or table\n"
    "  keydriver import FILE -o OUT.kdd          read an outline: Markdown (.md), indented text, "
    "CSV\n"
    "  keydriver chart FILE --measure ID -o OUT  draw a measure's run or control chart (SVG, PDF,\n"
    "                                            PNG) or write its points (CSV)\n"
    "  keydriver data FILE --measure ID --import DATA.csv [--replace]\n"
    "                                            merge a measure's data from a spreadsheet's CSV\n"
    "  keydriver data FILE --measure ID [-o OUT.csv]\n"
    "                                            write a measure's data as CSV\n"
    "  keydriver diff OLD NEW                    what was added, removed and changed\n"
    "  keydriver diff FILE --revision N|LABEL    FILE against one of its saved revisions\n"
    "  keydriver --help | --version\n"
    "Before or after any of these, --lang en|es|fr chooses the language of messages and windows\n"
    "(default: the system's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).\n");

constexpr int OptionColumn = 23; // where --help starts an option's description

std::vector<Command> commands()
{
    return {checkCommand(),  exportCommand(), chartCommand(),
            importCommand(), dataCommand(),   diffCommand()};
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Cli::tr("print this help"));
}

QString indented(const QString &text, int spaces)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QString(spaces, QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

// "  -o, --output OUT     the file to write …": the option's names and value, then its
// description, each of its lines starting in OptionColumn.
QString optionHelp(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString spec = QStringLiteral("  ") + names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        spec += QLatin1Char(' ') + option.valueName();
    spec = spec.leftJustified(OptionColumn - 1) + QLatin1Char(' ');
    // Descriptions are marked with QT_TRANSLATE_NOOP where the options are made (before any
    // translator is installed) and translated here.
    const QString description = Cli::tr(option.description().toUtf8().constData());
    return spec + indented(description, OptionColumn).mid(OptionColumn);
}

void printUsage(QTextStream &stream)
{
    stream << Cli::tr(kSynopsis);
    for (const Command &command : commands()) {
        stream << "\n" << command.name << "\n";
        if (!command.intro.isEmpty())
            stream << indented(Cli::tr(command.intro.toUtf8().constData()), 2) << "\n";
        for (const QCommandLineOption &option : command.options)
            stream << optionHelp(option) << "\n";
        if (!command.outro.isEmpty())
            stream << indented(Cli::tr(command.outro.toUtf8().constData()), 2) << "\n";
    }
    stream << "\n" << Cli::tr("Rules are explained in docs/checks.md.") << "\n";
}

int usageError(QTextStream &err, const QString &message)
{
    err << "keydriver: " << message << "\n"
        << Cli::tr("Try 'keydriver --help' for more information.") << "\n";
    return ExitFailure;
}

// The option name a word spells ("--theme=x" and "-theme" both spell "theme"), or empty.
QString optionName(const QString &word)
{
    if (!word.startsWith(QLatin1Char('-')) || word == QStringLiteral("-"))
        return QString();
    const QString name = word.mid(word.startsWith(QStringLiteral("--")) ? 2 : 1);
    return name.section(QLatin1Char('='), 0, 0);
}

// The parser's complaint in the command line's own words: which word, and for which command.
QString parseError(const QCommandLineParser &parser, const QStringList &arguments,
                   const QList<QCommandLineOption> &options, const QString &context)
{
    // QCommandLineParser takes the word after a value option as its value, so only a value
    // option that ends the line can lack one.
    if (!arguments.isEmpty() && !arguments.last().contains(QLatin1Char('='))) {
        const QString name = optionName(arguments.last());
        for (const QCommandLineOption &option : options) {
            if (!option.valueName().isEmpty() && option.names().contains(name))
                return Cli::tr("option %1 needs a value").arg(arguments.last());
        }
    }
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        QString word = QStringLiteral("--") + unknown.first();
        for (const QString &argument : arguments) {
            if (argument == QStringLiteral("--"))
                break;
            if (optionName(argument) == unknown.first()) {
                word = argument;
                break;
            }
        }
        return Cli::tr("unknown option '%1'%2").arg(word, context);
    }
    QString text = parser.errorText(); // "Unexpected value after '--json'."
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// A parser for `options` plus --help; single-dash words are read as long options ("-json"),
// never as bundles of letters, so a mistake is reported as the word typed.
void setUpParser(QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOptions(options);
}

// Why `keydriver --present …` cannot start the editor, or empty if it can.
QString presentProblem(const QStringList &arguments)
{
    const QStringList files = arguments.mid(1);
    if (files.isEmpty())
        return Cli::tr("'--present' needs a FILE");
    if (files.size() > 1)
        return Cli::tr("'--present' takes one FILE, got %1").arg(files.size());
    if (files.first().startsWith(QLatin1Char('-')))
        return Cli::tr("'--present' takes a FILE, not the option '%1'").arg(files.first());
    return QString();
}

int runProgramOption(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.first() == PresentOption) // an editor request, had it named one FILE
        return usageError(err, presentProblem(arguments));
    const QCommandLineOption version(QStringLiteral("version"), Cli::tr("print the version"));
    QCommandLineParser parser;
    setUpParser(parser, {version});
    const bool parsed = parser.parse(QStringList{QStringLiteral("keydriver")} + arguments);
    if (parser.isSet(helpOption())) {
        printUsage(out);
        return ExitOk;
    }
    if (!parsed)
        return usageError(err, parseError(parser, arguments, {version}, QString()));
    if (parser.isSet(version)) {
        out << "keydriver " << QCoreApplication::applicationVersion() << " "
            << Cli::tr("(file format version %1)").arg(CurrentFormatVersion) << "\n";
        return ExitOk;
    }
    return usageError(err, Cli::tr("unknown option '%1'").arg(arguments.first()));
}

int runCommand(const Command &command, const QStringList &arguments, QTextStream &out,
               QTextStream &err)
{
    QCommandLineParser parser;
    setUpParser(parser, command.options);
    const bool parsed =
        parser.parse(QStringList{QStringLiteral("keydriver ") + command.name} + arguments);
    if (parser.isSet(helpOption())) {
        printUsage(out);
        return ExitOk;
    }
    if (!parsed)
        return usageError(err, parseError(parser, arguments, command.options,
                                          Cli::tr(" for '%1'").arg(command.name)));
    const QStringList files = parser.positionalArguments();
    const QString wrongFiles = command.checkFiles(parser, files);
    if (!wrongFiles.isEmpty())
        return usageError(err, wrongFiles);
    return command.run(parser, files, out, err);
}

} // namespace

QString terminalText(const QString &text)
{
    const auto unsafe = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 (ESC, newline, …), DEL, C1 (CSI, …)
            || c == 0x2028 || c == 0x2029           // line and paragraph separators
            || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
            || (c >= 0x202A && c <= 0x202E)              // bidi embeddings and overrides
            || (c >= 0x2066 && c <= 0x2069);             // bidi isolates
    };
    QString safe;
    safe.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!unsafe(c))
            safe += ch;
        else if (c < 0x100)
            safe += QStringLiteral("\\x%1").arg(static_cast<int>(c), 2, 16, QLatin1Char('0'));
        else
            safe += QStringLiteral("\\u%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'));
    }
    return safe;
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

void printProblems(const LoadResult &result, QTextStream &err)
{
    for (const Problem &p : result.problems)
        err << terminalText(p.toString()) << "\n";
}

QString oneFileExpected(const QString &command, const QStringList &files)
{
    if (files.isEmpty())
        return Cli::tr("'%1' needs a FILE").arg(command);
    if (files.size() > 1)
        return Cli::tr("'%1' takes one FILE, got %2").arg(command).arg(files.size());
    return QString();
}

bool isCommandLineMode(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == PresentOption)
        return !presentProblem(arguments).isEmpty(); // the problem is reported on the terminal
    if (first.startsWith(QLatin1Char('-')))
        return true;
    for (const Command &command : commands()) {
        if (command.name == first)
            return true;
    }
    return false;
}

EditorRequest editorRequest(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == PresentOption)
        return {arguments.mid(1), true};
    return {arguments, false};
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || !isCommandLineMode(arguments)) {
        printUsage(err); // the editor is started by main(), not here
        return ExitFailure;
    }
    const QString &first = arguments.first();
    if (first.startsWith(QLatin1Char('-')))
        return runProgramOption(arguments, out, err);
    for (const Command &command : commands()) {
        if (command.name == first)
            return runCommand(command, arguments.mid(1), out, err);
    }
    return usageError(err, Cli::tr("unknown command '%1'").arg(first));
}

} // namespace kdd
