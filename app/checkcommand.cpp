// `keydriver check FILE [--json]`: loads a diagram and prints its findings.
#include "cli.h"
#include "commands.h"

#include "model/checks.h"
#include "model/kddfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kdd {
namespace {

int lineOf(const Finding &f, const SourceLines &lines)
{
    if (!f.node.isEmpty())
        return lines.nodes.value(f.node, 0);
    if (!f.measure.isEmpty())
        return lines.measures.value(f.measure, 0);
    return 0;
}

void printProblemsAsJson(const QString &file, const LoadResult &result, QTextStream &out)
{
    QJsonArray problems;
    for (const Problem &p : result.problems) {
        QJsonObject o{{QStringLiteral("message"), p.message}};
        if (p.line > 0)
            o.insert(QStringLiteral("line"), p.line);
        if (p.column > 0)
            o.insert(QStringLiteral("column"), p.column);
        problems.append(o);
    }
    const QJsonObject root{{QStringLiteral("file"), file},
                           {QStringLiteral("valid"), false},
                           {QStringLiteral("problems"), problems}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void printFindingsAsJson(const QString &file, const std::vector<Finding> &findings,
                         const SourceLines &lines, int errors, int warnings, int infos,
                         QTextStream &out)
{
    QJsonArray list;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("rule"), f.rule},
                      {QStringLiteral("severity"), toString(f.severity)},
                      {QStringLiteral("title"), checkRuleTitle(*findCheckRule(f.rule))},
                      {QStringLiteral("message"), f.message}};
        if (!f.node.isEmpty())
            o.insert(QStringLiteral("node"), f.node);
        if (!f.measure.isEmpty())
            o.insert(QStringLiteral("measure"), f.measure);
        if (const int line = lineOf(f, lines); line > 0)
            o.insert(QStringLiteral("line"), line);
        list.append(o);
    }
    const QJsonObject counts{{QStringLiteral("error"), errors},
                             {QStringLiteral("warning"), warnings},
                             {QStringLiteral("info"), infos}};
    const QJsonObject root{{QStringLiteral("file"), file},
                           {QStringLiteral("valid"), true},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("findings"), list}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

// Descriptions are translated when --help prints them (cli.cpp).
const QCommandLineOption kJson(QStringLiteral("json"),
                               QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli",
                                                                   "print the findings as JSON "
                                                                   "instead")));

int runCheck(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
             QTextStream &err)
{
    const QString &file = files.first();
    const bool json = parser.isSet(kJson);
    const LoadResult loaded = loadDiagram(file);
    if (!loaded.ok()) {
        printProblems(loaded, err);
        if (json)
            printProblemsAsJson(file, loaded, out);
        return ExitFailure;
    }
    const std::vector<Finding> findings = runChecks(*loaded.diagram);
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Finding &f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        infos += f.severity == Severity::Info;
    }
    if (json) {
        printFindingsAsJson(file, findings, loaded.lines, errors, warnings, infos, out);
    } else {
        // Messages quote the file's texts: print them terminal-safe (JSON escapes on its own).
        const QString shownFile = terminalText(file);
        for (const Finding &f : findings) {
            const int line = lineOf(f, loaded.lines);
            out << shownFile;
            if (line > 0)
                out << ':' << line;
            out << ": " << severityLabel(f.severity) << ": " << terminalText(f.message) << " ["
                << terminalText(f.rule) << "]\n";
        }
        out << shownFile << ": "
            << Cli::tr("%1, %2, %3", "check summary: errors, warnings, notes")
                   .arg(errors == 1 ? Cli::tr("1 error") : Cli::tr("%n errors", nullptr, errors),
                        warnings == 1 ? Cli::tr("1 warning")
                                      : Cli::tr("%n warnings", nullptr, warnings),
                        infos == 1 ? Cli::tr("1 note") : Cli::tr("%n notes", nullptr, infos))
            << "\n";
    }
    return errors > 0 ? ExitCheckErrors : ExitOk;
}

} // namespace

Command checkCommand()
{
    return {QStringLiteral("check"),
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "kdd::cli", "Prints one line per finding: FILE:LINE: severity: message [RULE].")),
            {kJson},
            QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli",
                                                "Exit status: 0 no errors (warnings allowed), 1 "
                                                "errors found, 2 FILE unreadable or\nnot a valid "
                                                "diagram.")),
            [](const QCommandLineParser &, const QStringList &files) {
                return oneFileExpected(QStringLiteral("check"), files);
            },
            &runCheck};
}

} // namespace kdd
