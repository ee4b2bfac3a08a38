#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kdd {

// The options one sub-command was given, already split into positionals and named values.
struct CommandArgs
{
    QStringList files;
    QString output;
    QString format;
    bool json = false;
    // export only; empty means "the default"
    QString theme;
    QString page;
    QString dpi;
    QString order;
    QString what;
    QString background;
    QString measures; // "table" or "none"
    // diff only
    QString revision;
};

int runCheckCommand(const CommandArgs &args, QTextStream &out, QTextStream &err);
int runExportCommand(const CommandArgs &args, QTextStream &out, QTextStream &err);
int runDiffCommand(const CommandArgs &args, QTextStream &out, QTextStream &err);

} // namespace kdd
