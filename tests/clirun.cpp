#include "clirun.h"

#include "catchqt.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace kddtest {

CliRun runCliInLanguage(const QStringList &args, const QString &language, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYDRIVER_EXE));
    p.setArguments(args);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    p.setProcessEnvironment(environment);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// The tests read English messages whatever the language of the machine running them.
CliRun runCli(const QStringList &args, int timeoutMs)
{
    return runCliInLanguage(args, QStringLiteral("en"), timeoutMs);
}

} // namespace kddtest
