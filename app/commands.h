#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kdd {

// One sub-command of the command line (check, export, import, data, diff): its options, as the
// parser reads them and --help lists them, the text --help shows around them, and what runs it.
// Adding an option is one entry in `options` and one use in `run`.
struct Command
{
    QString name;
    QString intro;                     // --help: before the options
    QList<QCommandLineOption> options; // descriptions may hold '\n' for --help's line breaks
    QString outro;                     // --help: after the options (exit status)
    // Whether the positional arguments are right; if not, the message to show.
    QString (*checkFiles)(const QCommandLineParser &parser, const QStringList &files);
    int (*run)(const QCommandLineParser &parser, const QStringList &files, QTextStream &out,
               QTextStream &err);
};

Command checkCommand();
Command exportCommand();
Command chartCommand();
Command diffCommand();
Command importCommand();
Command dataCommand();

// The message for a command that takes exactly one FILE, or empty when it has one.
QString oneFileExpected(const QString &command, const QStringList &files);

} // namespace kdd
