// `keydriver diff OLD.kdd NEW.kdd` and `keydriver diff FILE --revision N|LABEL`: what was added,
// removed and changed, by id and text.
#include "cli.h"
#include "commands.h"

#include "model/diagramdiff.h"
#include "model/kddfile.h"

#include <QCoreApplication>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

// Descriptions are translated when --help prints them (cli.cpp).

const QCommandLineOption kRevision(
    QStringLiteral("revision"),
    QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli", "compare FILE with one of its saved revisions: "
                                                    "by number (from 1) or\nby label")),
    QStringLiteral("R"));

int runDiff(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
            QTextStream &err)
{
    const QString revision = parser.value(kRevision);
    const LoadResult first = loadDiagram(files.value(0));
    if (!first.ok()) {
        printProblems(first, err);
        return ExitFailure;
    }
    Diagram before;
    Diagram after;
    if (!revision.isEmpty()) {
        // Compare a file with one of its own stored revisions (by number from 1, or by label).
        const std::vector<Revision> &revisions = first.diagram->revisions();
        const Revision *chosen = nullptr;
        bool isNumber = false;
        const int number = revision.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= static_cast<int>(revisions.size())) {
            chosen = &revisions[static_cast<std::size_t>(number) - 1];
        } else {
            std::vector<std::size_t> matches;
            for (std::size_t i = 0; i < revisions.size(); ++i) {
                if (revisions[i].label == revision)
                    matches.push_back(i);
            }
            if (matches.size() > 1) {
                QStringList numbers;
                for (const std::size_t i : matches)
                    numbers << QString::number(i + 1);
                err << terminalText(files.value(0)) << ": "
                    << Cli::tr("%n revisions are labelled '%1' (numbers %2); give the number "
                               "instead",
                               nullptr, static_cast<int>(matches.size()))
                           .arg(terminalText(revision), numbers.join(QLatin1Char(' ')))
                    << "\n";
                return ExitFailure;
            }
            if (matches.size() == 1)
                chosen = &revisions[matches.front()];
        }
        if (!chosen || !chosen->snapshot) {
            err << terminalText(files.value(0)) << ": "
                << Cli::tr("no revision '%1' (the file has %2)")
                       .arg(terminalText(revision))
                       .arg(revisions.size())
                << "\n";
            return ExitFailure;
        }
        before = *chosen->snapshot;
        after = first.diagram->snapshot();
    } else {
        const LoadResult second = loadDiagram(files.value(1));
        if (!second.ok()) {
            printProblems(second, err);
            return ExitFailure;
        }
        before = *first.diagram;
        after = *second.diagram;
    }
    DiagramDiff diff = diffDiagrams(before, after);
    // The lines quote the files' texts: make every part terminal-safe before joining them.
    for (auto *changes : {&diff.addedNodes, &diff.removedNodes, &diff.changedNodes,
                          &diff.addedLinks, &diff.removedLinks, &diff.changedLinks,
                          &diff.addedMeasures, &diff.removedMeasures, &diff.changedMeasures}) {
        for (DiagramDiff::Change &change : *changes) {
            change.id = terminalText(change.id);
            for (QString &detail : change.details)
                detail = terminalText(detail);
        }
    }
    for (QString &other : diff.otherChanges)
        other = terminalText(other);
    out << diff.toText();
    // As diff(1): 0 when the same, 1 when different.
    return diff.isEmpty() ? ExitOk : ExitCheckErrors;
}

} // namespace

Command diffCommand()
{
    return {QStringLiteral("diff"),
            QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli",
                                                "One line per difference: \"+ node ID …\", \"- "
                                                "link A → B\", \"~ node ID: text: “…” → “…”\".")),
            {kRevision},
            QString::fromUtf8(QT_TRANSLATE_NOOP("kdd::cli",
                                                "Exit status: 0 the same, 1 different, 2 a file "
                                                "unreadable or invalid, or no such revision.")),
            [](const QCommandLineParser &parser, const QStringList &files) {
                if (!parser.value(kRevision).isEmpty())
                    return oneFileExpected(QStringLiteral("diff"), files);
                if (files.size() != 2)
                    return Cli::tr("'diff' needs two files: OLD NEW (or FILE --revision N)");
                return QString();
            },
            &runDiff};
}

} // namespace kdd
