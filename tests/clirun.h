#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Running the keydriver binary as a user runs it, for the command-line tests.
namespace kddtest {

// What one run of the program left: its exit code and what it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the keydriver binary under test with `args` and waits up to `timeoutMs`; the test fails
// if the program cannot start, does not finish or crashes.
CliRun runCli(const QStringList &args, int timeoutMs = 60000);

// The same with the language environment set: `language` goes into LANGUAGE (as a user's
// system sets it), for the translation tests.
CliRun runCliInLanguage(const QStringList &args, const QString &language, int timeoutMs = 60000);

} // namespace kddtest
