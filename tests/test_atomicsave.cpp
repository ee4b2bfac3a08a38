// A failed save never damages the file that was there before.
#include "catchqt.h"
#include "testsupport.h"

#include "model/atomicfile.h"
#include "model/extras.h"
#include "model/kddfile.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kdd;
using namespace kddtest;

namespace {

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Lowers the file size limit for the lifetime of the object: writes past it fail with EFBIG,
// for root too, which makes a "disk full" failure reproducible in any test environment.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

TEST_CASE("a save that runs out of space keeps the old file", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    const Diagram small = goodDiagram();
    REQUIRE(saveDiagram(small, path));
    const QByteArray before = readAll(path);
    REQUIRE(before.size() < 8 * 1024);

    const Diagram big = generatedDiagram(400);
    REQUIRE(writeDiagram(big).size() > 32 * 1024);
    QString error;
    bool saved = true;
    {
        FileSizeLimit limit(16 * 1024);
        REQUIRE(limit.ok());
        saved = saveDiagram(big, path, &error);
    }
    CHECK_FALSE(saved);
    CHECK(error.startsWith(path + QStringLiteral(": cannot write")));
    // The cause in words (EFBIG here; a full disk says "No space left on device"), never
    // Qt's "Unknown error" for a failed flush.
    CHECK(error.contains(QStringLiteral("File too large")));
    CHECK_FALSE(error.contains(QStringLiteral("Unknown error")));
    CHECK(readAll(path) == before);
    // No temporary file is left next to it.
    CHECK(entriesOf(dir.path()) == QStringList{QStringLiteral("plan.kdd")});
}

TEST_CASE("a save into a read-only folder keeps the old file", "[model][io]")
{
    if (geteuid() == 0) {
        WARN("running as root: permissions do not stop root, covered by the size-limit test");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    const QByteArray before = readAll(path);
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    const bool saved = saveDiagram(generatedDiagram(50), path, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK_FALSE(saved);
    CHECK(error.contains(path));
    CHECK(readAll(path) == before);
}

TEST_CASE("saving to impossible places fails with a clear message", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    const QString inMissingFolder = dir.filePath(QStringLiteral("nope/plan.kdd"));
    CHECK_FALSE(saveDiagram(goodDiagram(), inMissingFolder, &error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(inMissingFolder));

    CHECK_FALSE(writeFileAtomically(dir.path(), "x", &error));
    CHECK(error.contains(QStringLiteral("it is a folder")));

    CHECK_FALSE(writeFileAtomically(QString(), "x", &error));
    CHECK(error.contains(QStringLiteral("no file name")));
}

TEST_CASE("a successful save replaces the file completely", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(writeAll(path, QByteArray(100000, 'x')));
    REQUIRE(saveDiagram(goodDiagram(), path));
    const LoadResult back = loadDiagram(path);
    REQUIRE(back.ok());
    CHECK(*back.diagram == goodDiagram());
    CHECK(entriesOf(dir.path()) == QStringList{QStringLiteral("plan.kdd")});
}

TEST_CASE("write errors are said in words, not as Unknown error", "[model][io]")
{
    // Qt reports a failed flush as "Unknown error"; the system's words replace it.
    CHECK(fileErrorText(QStringLiteral("Unknown error"), ENOSPC)
          == QStringLiteral("No space left on device"));
    CHECK(fileErrorText(QString(), EACCES) == QStringLiteral("Permission denied"));
    CHECK(fileErrorText(QStringLiteral("Unknown error"), EDQUOT).contains(QStringLiteral("quota")));
    // A specific message from Qt is kept.
    CHECK(fileErrorText(QStringLiteral("Permission denied"), 0)
          == QStringLiteral("Permission denied"));
    CHECK_FALSE(
        fileErrorText(QStringLiteral("Unknown error"), 0).contains(QStringLiteral("Unknown")));
}

TEST_CASE("a save onto a pipe or device is refused", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.kdd"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QString error;
    CHECK_FALSE(saveDiagram(goodDiagram(), fifo, &error));
    CHECK(error.contains(QStringLiteral("not an ordinary file")));
    CHECK_FALSE(writeFileAtomically(QStringLiteral("/dev/null"), "x", &error));
    CHECK(error.contains(QStringLiteral("/dev/null: cannot write")));
    CHECK(entriesOf(dir.path()) == QStringList{});
}

TEST_CASE("a diagram too big to read back is not saved, and the old file stays", "[model][io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    const QByteArray before = readAll(path);
    // Members another program added: 66 strings of 1 MiB, more than the reader takes.
    Diagram big = goodDiagram();
    nlohmann::ordered_json members = nlohmann::ordered_json::object();
    const std::string megabyte(1024 * 1024, 'x');
    for (int i = 0; i < 66; ++i)
        members["extra" + std::to_string(i)] = megabyte;
    big.setExtras(Extras(std::move(members)));
    REQUIRE(writeDiagram(big).size() > MaxFileBytes);
    QString error;
    CHECK_FALSE(saveDiagram(big, path, &error));
    CHECK(error.contains(path));
    CHECK(error.contains(QStringLiteral("over the 64 MiB KeyDriver reads back")));
    CHECK(readAll(path) == before);
}
