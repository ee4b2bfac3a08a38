// `keydriver --present FILE` on the command line: a mistake is reported on the terminal with
// exit code 2 and no window; a right one starts the editor.
#include "catchqt.h"
#include "testsupport.h"

#include "app/cli.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace kddtest;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYDRIVER_EXE));
    p.setArguments(args);
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("keydriver --present FILE is an editor request, without its FILE a mistake",
          "[cli][present]")
{
    const QString file = sourcePath(QStringLiteral("examples/antiracism.kdd"));
    const QStringList arguments{QStringLiteral("--present"), file};
    CHECK_FALSE(kdd::isCommandLineMode(arguments));
    const kdd::EditorRequest request = kdd::editorRequest(arguments);
    CHECK(request.present);
    CHECK(request.files == QStringList{file});
    CHECK_FALSE(kdd::editorRequest({file}).present);
    CHECK(kdd::editorRequest({file}).files == QStringList{file});
    CHECK(kdd::isCommandLineMode({QStringLiteral("--present")}));
    CHECK(kdd::isCommandLineMode({QStringLiteral("--present"), file, file}));
    CHECK(kdd::isCommandLineMode({QStringLiteral("--present"), QStringLiteral("--json")}));
}

TEST_CASE("keydriver --present without one FILE is a usage error, with no window", "[cli][present]")
{
    Outcome r = run({QStringLiteral("--present")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("keydriver: '--present' needs a FILE\n")));
    r = run({QStringLiteral("--present"), QStringLiteral("a.kdd"), QStringLiteral("b.kdd")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("keydriver: '--present' takes one FILE, got 2\n")));
    r = run({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("keydriver --present FILE")));
}

TEST_CASE("keydriver --present FILE starts the editor", "[cli][present]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("KEYDRIVER_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    const Outcome r = run(
        {QStringLiteral("--present"), sourcePath(QStringLiteral("examples/antiracism.kdd"))}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}
