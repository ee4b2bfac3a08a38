// The command line with a diagram past the layout limits: `check` warns (KDD122) and a picture
// export is refused at once with the numbers, leaving no file, instead of crashing in Graphviz.
#include "catchqt.h"
#include "testsupport.h"

#include "model/kddfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Finished runKeydriver(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(KEYDRIVER_EXE), args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit); // no SIGSEGV
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), timer.elapsed()};
}

// The case: one aim and 46,400 change ideas linked to it.
QString writeHugeColumn(const QTemporaryDir &dir)
{
    Diagram d;
    d.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Reach 80% by June 2027")));
    for (int i = 0; i < 46400; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        d.insertNode(makeNode(id, NodeKind::Change, QStringLiteral("Change idea %1").arg(i)));
        d.addLink({QStringLiteral("aim"), id, LinkStrength::Strong, {}});
    }
    const QString path = dir.filePath(QStringLiteral("huge.kdd"));
    REQUIRE(saveDiagram(d, path));
    return path;
}

} // namespace

TEST_CASE("a file past the layout limits: check warns, picture export is refused at once",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString file = writeHugeColumn(dir);

    const Finished check = runKeydriver({QStringLiteral("check"), file});
    CHECK(check.out.contains(QStringLiteral("KDD122")));
    CHECK(check.out.contains(QStringLiteral("the Change ideas column has 46,400 boxes")));

    const QString svg = dir.filePath(QStringLiteral("huge.svg"));
    const Finished exported =
        runKeydriver({QStringLiteral("export"), file, QStringLiteral("-o"), svg});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode != 0);
    CHECK(exported.err.contains(
        QStringLiteral("too large to lay out: the Change ideas column has 46,400 boxes")));
    CHECK_FALSE(QFile::exists(svg));
    CHECK(exported.ms < 20000); // reading the file is most of it; Graphviz is never called

    // Text exports do not lay out, so they still work.
    const QString csv = dir.filePath(QStringLiteral("huge.csv"));
    CHECK(runKeydriver({QStringLiteral("export"), file, QStringLiteral("-o"), csv}).exitCode == 0);
    CHECK(QFile::exists(csv));
}
