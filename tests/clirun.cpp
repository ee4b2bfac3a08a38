#include "clirun.h"

#include "catchqt.h"

#include <QProcess>

namespace kddtest {

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYDRIVER_EXE));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace kddtest
