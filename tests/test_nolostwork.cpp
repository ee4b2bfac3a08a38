// No work lost: two windows on one file, a file changed by another
// program, two offers of one crash copy, and recovery copies during continuous editing.
// Runs offscreen; asserts with Catch2 REQUIRE/CHECK only.
#include "catchqt.h"
#include "testsupport.h"

#include "app/diskwatch.h"
#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "app/recovery.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUuid>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace kdd;
using namespace kddtest;

namespace {

using Conflict = FileController::ConflictAnswer;

// A shown window on `path` (if given), deleted at the end; closing never asks.
struct Window
{
    explicit Window(const QString &path = QString())
    {
        window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->askToSave = [](MainWindow *) { return MainWindow::CloseAnswer::Discard; };
        window->files()->askOnConflict = [](MainWindow *, const DiskState &) {
            return Conflict::Cancel;
        };
        window->files()->askForSavePath = [](MainWindow *) { return QString(); };
        window->files()->diskWatch()->setSettleInterval(20);
        window->show();
        if (!path.isEmpty()) {
            QString error;
            REQUIRE(window->files()->openFile(path, &error));
        }
    }
    ~Window() { delete window; }
    MainWindow *operator->() const { return window; }
    MainWindow *window;
};

QString textOf(const Document &document, const char *id)
{
    const Node *node = document.diagram().node(QString::fromLatin1(id));
    return node ? node->text : QString();
}

QString textOnDisk(const QString &path, const char *id)
{
    const LoadResult loaded = loadDiagram(path);
    REQUIRE(loaded.ok());
    const Node *node = loaded.diagram->node(QString::fromLatin1(id));
    return node ? node->text : QString();
}

QToolBar *diskBar(MainWindow *window)
{
    return window->findChild<QToolBar *>(QStringLiteral("diskChangeBar"));
}

bool barShown(MainWindow *window)
{
    QToolBar *bar = diskBar(window);
    return bar && bar->isVisible();
}

// What a crash leaves: a copy and its description, unlocked (its process is gone).
QString leaveCrashCopy(const Diagram &diagram, const QString &originalPath)
{
    const QDir dir(Recovery::directory());
    REQUIRE(dir.mkpath(QStringLiteral(".")));
    const QString base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(writeAll(dir.filePath(base + QStringLiteral(".kdd")), writeDiagram(diagram)));
    REQUIRE(writeAll(dir.filePath(base + QStringLiteral(".json")),
                     QStringLiteral(R"({"path": "%1", "savedAt": "%2"})")
                         .arg(originalPath, QDateTime::currentDateTime().toString(Qt::ISODate))
                         .toUtf8()));
    return dir.filePath(base + QStringLiteral(".kdd"));
}

void clearRecovery()
{
    for (const Recovery::Entry &stale : Recovery::pending())
        Recovery::remove(stale);
}

int mainWindowCount()
{
    int count = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        count += qobject_cast<MainWindow *>(w) ? 1 : 0;
    return count;
}

#if defined(Q_OS_UNIX)
unsigned modeOf(const QString &path)
{
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return unsigned(st.st_mode) & 0777u;
}
#endif

} // namespace

TEST_CASE("a later save in another window asks, and Cancel or Save As keep the first save on disk",
          "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    Window a(path);
    Window b(path); // opened before A saves

    edit::setText(*a->document(), QStringLiteral("p1"), QStringLiteral("A's words"));
    REQUIRE(a->files()->save());
    const QByteArray savedByA = readAll(path);
    edit::setText(*b->document(), QStringLiteral("p2"), QStringLiteral("B's words"));

    int asked = 0;
    DiskState seen;
    b->files()->askOnConflict = [&](MainWindow *, const DiskState &now) {
        ++asked;
        seen = now;
        return Conflict::Cancel;
    };
    CHECK_FALSE(b->files()->save());
    CHECK(asked == 1);
    CHECK(seen.exists);
    CHECK(seen.modified.isValid()); // the dialog says when it changed
    CHECK(readAll(path) == savedByA);
    CHECK(b->document()->isModified());

    // Closing B and answering Save goes through the same question.
    b->askToSave = [](MainWindow *) { return MainWindow::CloseAnswer::Save; };
    CHECK_FALSE(b->files()->maybeSave());
    CHECK(asked == 2);
    CHECK(readAll(path) == savedByA);

    const QString mine = dir.filePath(QStringLiteral("plan-b.kdd"));
    b->files()->askOnConflict = [&](MainWindow *, const DiskState &) {
        ++asked;
        return Conflict::SaveAs;
    };
    b->files()->askForSavePath = [&](MainWindow *) { return mine; };
    CHECK(b->files()->save());
    CHECK(asked == 3);
    CHECK(readAll(path) == savedByA);
    CHECK(textOnDisk(path, "p1") == QStringLiteral("A's words"));
    CHECK(textOnDisk(mine, "p2") == QStringLiteral("B's words"));
    CHECK(b->document()->filePath() == mine);
    CHECK_FALSE(b->document()->isModified());

    // Overwrite is the user's explicit choice, and only then is A's edit replaced.
    REQUIRE(b->files()->openFile(path, nullptr));
    REQUIRE(saveDiagram(goodDiagram(), path)); // another program
    edit::setText(*b->document(), QStringLiteral("p2"), QStringLiteral("B overwrites"));
    b->files()->askOnConflict = [](MainWindow *, const DiskState &) { return Conflict::Overwrite; };
    CHECK(b->files()->save());
    CHECK(textOnDisk(path, "p2") == QStringLiteral("B overwrites"));
}

TEST_CASE("a later save in another window answered Reload shows the first window's save",
          "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    Window a(path);
    Window b(path);
    edit::setText(*a->document(), QStringLiteral("p1"), QStringLiteral("A's words"));
    REQUIRE(a->files()->save());
    edit::setText(*b->document(), QStringLiteral("p2"), QStringLiteral("B's words"));
    int asked = 0;
    b->files()->askOnConflict = [&](MainWindow *, const DiskState &) {
        ++asked;
        return Conflict::Reload;
    };
    CHECK_FALSE(b->files()->save());
    CHECK(asked == 1);
    CHECK(textOf(*b->document(), "p1") == QStringLiteral("A's words"));
    CHECK(textOf(*b->document(), "p2") != QStringLiteral("B's words"));
    CHECK_FALSE(b->document()->isModified());
    CHECK(writeDiagram(b->document()->diagram()) == readAll(path));

    // B now holds the version on disk: its next save asks nothing.
    edit::setText(*b->document(), QStringLiteral("p2"), QStringLiteral("B after reload"));
    CHECK(b->files()->save());
    CHECK(asked == 1);
    CHECK(textOnDisk(path, "p1") == QStringLiteral("A's words"));
    CHECK(textOnDisk(path, "p2") == QStringLiteral("B after reload"));
}

TEST_CASE("the window's own saves are never taken for a change on disk", "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    Window w(path);
    int asked = 0;
    w->files()->askOnConflict = [&](MainWindow *, const DiskState &) {
        ++asked;
        return Conflict::Cancel;
    };
    for (int i = 0; i < 3; ++i) {
        edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Edit %1").arg(i));
        REQUIRE(w->files()->save());
        QTest::qWait(150); // let the watcher see the atomic replace
    }
    CHECK(asked == 0);
    CHECK_FALSE(barShown(w.window));
    // Touching the file, or writing the same bytes again, changes nothing either.
    REQUIRE(writeAll(path, readAll(path)));
    QTest::qWait(150);
    CHECK_FALSE(barShown(w.window));
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Last"));
    CHECK(w->files()->save());
    CHECK(asked == 0);
}

TEST_CASE(
    "the watcher offers to reload an unmodified window when another program rewrites the file",
    "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    Window w(path);

    Document other(goodDiagram());
    edit::setText(other, QStringLiteral("p1"), QStringLiteral("Written elsewhere"));
    REQUIRE(saveDiagram(other.diagram(), path)); // atomic: a new inode
    REQUIRE(QTest::qWaitFor([&] { return barShown(w.window); }, 5000));
    CHECK(diskBar(w.window)->findChild<QLabel *>()->text().contains(QStringLiteral("plan.kdd")));
    CHECK(textOf(*w->document(), "p1") != QStringLiteral("Written elsewhere")); // offered, not done
    auto *reload = diskBar(w.window)->findChild<QAction *>(QStringLiteral("reloadFromDisk"));
    REQUIRE(reload);
    REQUIRE(reload->isVisible());
    reload->trigger();
    CHECK(textOf(*w->document(), "p1") == QStringLiteral("Written elsewhere"));
    CHECK_FALSE(barShown(w.window));

    // Rewritten in place this time (same inode), after the watch was re-armed.
    edit::setText(other, QStringLiteral("p1"), QStringLiteral("In place"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(writeDiagram(other.diagram()));
    file.close();
    REQUIRE(QTest::qWaitFor([&] { return barShown(w.window); }, 5000));
    reload->trigger();
    CHECK(textOf(*w->document(), "p1") == QStringLiteral("In place"));
}

TEST_CASE("the watcher warns a modified window without touching its changes", "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), path));
    Window w(path);
    edit::setText(*w->document(), QStringLiteral("p2"), QStringLiteral("Mine"));

    Document other(goodDiagram());
    edit::setText(other, QStringLiteral("p1"), QStringLiteral("Theirs"));
    REQUIRE(saveDiagram(other.diagram(), path));
    REQUIRE(QTest::qWaitFor([&] { return barShown(w.window); }, 5000));
    CHECK(diskBar(w.window)->findChild<QLabel *>()->text().contains(
        QStringLiteral("unsaved changes")));
    CHECK(textOf(*w->document(), "p2") == QStringLiteral("Mine"));
    CHECK(w->document()->isModified());
    // And the next save asks.
    int asked = 0;
    w->files()->askOnConflict = [&](MainWindow *, const DiskState &) {
        ++asked;
        return Conflict::Cancel;
    };
    CHECK_FALSE(w->files()->save());
    CHECK(asked == 1);
    CHECK(textOnDisk(path, "p1") == QStringLiteral("Theirs"));

    // Deleted on disk: saving asks too (Overwrite writes it again).
    REQUIRE(QFile::remove(path));
    CHECK_FALSE(w->files()->save());
    CHECK(asked == 2);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("dates in questions read as people say them", "[gui][disk]")
{
    const QDateTime now(QDate(2026, 11, 26), QTime(16, 0));
    CHECK(humanDateTime(QDateTime(QDate(2026, 11, 26), QTime(14, 32)), now)
              .startsWith(QStringLiteral("today at ")));
    CHECK(humanDateTime(QDateTime(QDate(2026, 11, 25), QTime(9, 10)), now)
              .startsWith(QStringLiteral("yesterday at ")));
    const QString older = humanDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 10)), now);
    CHECK(older.startsWith(QStringLiteral("on ")));
    CHECK(older.contains(QStringLiteral("2026")));
}

TEST_CASE(
    "a second offer never sees a crash copy the first holds, and No in one never breaks the other",
    "[gui][recovery]")
{
    clearRecovery();
    Diagram lost = goodDiagram();
    lost.setTitle(QStringLiteral("Lost work"));
    const QString copy = leaveCrashCopy(lost, QString());

    // Two instances starting together: the first lists (and locks) the copy.
    std::vector<Recovery::Entry> first = Recovery::pending();
    REQUIRE(first.size() == 1);
    CHECK(first.front().recoveryFile == copy);
    CHECK(Recovery::pending().empty()); // the second sees nothing while the first asks

    // Keep for Later in the first: the copy is there for the next one.
    Recovery::release(first.front());
    std::vector<Recovery::Entry> second = Recovery::pending();
    REQUIRE(second.size() == 1);
    CHECK(Recovery::pending().empty());
    // No in the second deletes it; the first, asking again, finds nothing and fails nowhere.
    Recovery::remove(second.front());
    CHECK_FALSE(QFile::exists(copy));
    CHECK(Recovery::pending().empty());

    // Through the start-up offer: while its question is open, another offer sees nothing.
    leaveCrashCopy(lost, QString());
    int asked = 0;
    std::size_t seenMeanwhile = 99;
    const auto oldAsk = FileController::askToRecover;
    FileController::askToRecover = [&](QWidget *, const Recovery::Entry &entry) {
        ++asked;
        CHECK(entry.savedTime().isValid());
        seenMeanwhile = Recovery::pending().size();
        return FileController::RecoveryAnswer::Discard;
    };
    Window pristine;
    FileController::offerRecovery(pristine.window);
    FileController::askToRecover = oldAsk;
    CHECK(asked == 1);
    CHECK(seenMeanwhile == 0);
    CHECK(Recovery::pending().empty());
    CHECK(pristine->document()->diagram().nodes().empty());
}

TEST_CASE("restoring a crash copy replaces the empty start-up window", "[gui][recovery]")
{
    clearRecovery();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.kdd"));
    REQUIRE(saveDiagram(goodDiagram(), original));
    Diagram lost = goodDiagram();
    lost.setTitle(QStringLiteral("Lost work"));
    leaveCrashCopy(lost, original);

    Window pristine;
    const int windows = mainWindowCount();
    const auto oldAsk = FileController::askToRecover;
    FileController::askToRecover = [](QWidget *, const Recovery::Entry &) {
        return FileController::RecoveryAnswer::Restore;
    };
    FileController::offerRecovery(pristine.window);
    FileController::askToRecover = oldAsk;
    CHECK(mainWindowCount() == windows);
    CHECK(pristine->document()->diagram().title() == QStringLiteral("Lost work"));
    CHECK(pristine->document()->filePath() == original);
    CHECK(pristine->document()->isModified());
    // The old copy is gone; the window keeps its own, locked (so not offered).
    CHECK(Recovery::pending().empty());
    CHECK(QFile::exists(pristine->recovery()->copyPath()));
    // Saving over the original asks nothing: it is the version the copy started from.
    int asked = 0;
    pristine->files()->askOnConflict = [&](MainWindow *, const DiskState &) {
        ++asked;
        return Conflict::Cancel;
    };
    CHECK(pristine->files()->save());
    CHECK(asked == 0);
    CHECK(loadDiagram(original).diagram->title() == QStringLiteral("Lost work"));
}

TEST_CASE("continuous editing gets a recovery copy within the interval, private to the user",
          "[gui][recovery]")
{
    clearRecovery();
    const Recovery::Intervals saved = Recovery::defaultIntervals();
    Recovery::setDefaultIntervals({300, 60 * 1000});
    Window w;
    Recovery::setDefaultIntervals(saved);
    w->document()->reset(goodDiagram());
    const QString copy = w->recovery()->copyPath();
    CHECK_FALSE(QFile::exists(copy));

    // An edit every 20 ms never leaves 300 ms of quiet, yet a copy comes within the interval.
    QElapsedTimer clock;
    clock.start();
    qint64 appearedAt = -1;
    for (int i = 0; clock.elapsed() < 1500; ++i) {
        edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Typing %1").arg(i));
        QTest::qWait(20);
        if (appearedAt < 0 && QFile::exists(copy))
            appearedAt = clock.elapsed();
    }
    REQUIRE(appearedAt >= 0);
    CHECK(appearedAt < 300 + 500);
    // Later edits reach a later copy while editing goes on.
    const QString last = textOf(*w->document(), "p1");
    REQUIRE(QTest::qWaitFor([&] { return textOnDisk(copy, "p1") == last; }, 2000));
#if defined(Q_OS_UNIX)
    CHECK(modeOf(copy) == 0600u);
    CHECK(modeOf(QFileInfo(copy).path() + QLatin1Char('/') + QFileInfo(copy).completeBaseName()
                 + QStringLiteral(".json"))
          == 0600u);
    CHECK(modeOf(Recovery::directory()) == 0700u);
#endif
    // Saving removes it.
    QTemporaryDir dir;
    REQUIRE(w->files()->saveFile(dir.filePath(QStringLiteral("saved.kdd")), nullptr));
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("a burst of structural edits is copied soon after it ends", "[gui][recovery]")
{
    clearRecovery();
    const Recovery::Intervals saved = Recovery::defaultIntervals();
    Recovery::setDefaultIntervals({60 * 1000, 100});
    Window w;
    Recovery::setDefaultIntervals(saved);
    w->document()->reset(goodDiagram());
    const QString copy = w->recovery()->copyPath();
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Text only"));
    QTest::qWait(300);
    CHECK_FALSE(QFile::exists(copy)); // a text edit waits for the (long) copy interval
    const NodeId added = edit::addSibling(*w->document(), QStringLiteral("p1"));
    REQUIRE_FALSE(added.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(copy); }, 2000));
    const LoadResult copied = loadDiagram(copy);
    REQUIRE(copied.ok());
    CHECK(copied.diagram->node(added) != nullptr);
}

TEST_CASE("a second KeyDriver process never offers the copy the first is offering",
          "[gui][recovery]")
{
    // Real processes with their own data folder: the first sits on its recovery question.
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("data/KeyDriver/keydriver/recovery"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(writeAll(folder + QStringLiteral("/crashed.kdd"), writeDiagram(goodDiagram())));
    REQUIRE(writeAll(folder + QStringLiteral("/crashed.json"),
                     R"({"path": "", "savedAt": "2026-11-26T10:00:00"})"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(KEYDRIVER_EXE), {});
    REQUIRE(first.waitForStarted(10000));
    const QString lockPath = folder + QStringLiteral("/crashed.lock");
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(lockPath); }, 15000));
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    CHECK_FALSE(probe.tryLock(0)); // held by the first process while it asks

    // The second process starts, offers nothing (else it would wait on the question) and quits.
    QProcess second;
    env.insert(QStringLiteral("KEYDRIVER_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(KEYDRIVER_EXE), {});
    CHECK(second.waitForFinished(15000));
    CHECK(second.exitCode() == 0);
    CHECK(QFile::exists(folder + QStringLiteral("/crashed.kdd")));

    // The first dies while asking: its lock goes stale and the copy is still there to offer.
    first.kill();
    REQUIRE(first.waitForFinished(10000));
    CHECK(probe.tryLock(0));
    CHECK(QFile::exists(folder + QStringLiteral("/crashed.kdd")));
}

TEST_CASE("control characters in texts survive opening, editing elsewhere and saving in the editor",
          "[gui][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nul.kdd"));
    Diagram d = goodDiagram();
    Node p1 = *d.node(QStringLiteral("p1"));
    p1.text = QStringLiteral("before") + QChar(0) + QStringLiteral("after\x01 end");
    REQUIRE(d.updateNode(p1));
    REQUIRE(saveDiagram(d, path));
    REQUIRE(readAll(path).contains("before\\u0000after\\u0001 end"));
    Window w(path);
    CHECK(textOf(*w->document(), "p1") == p1.text);
    // An edit of another box, then Save: nothing after the NUL is lost.
    edit::setText(*w->document(), QStringLiteral("p2"), QStringLiteral("Edited"));
    REQUIRE(w->files()->save());
    CHECK(textOnDisk(path, "p1") == p1.text);
    CHECK(readAll(path).contains("before\\u0000after\\u0001 end"));
}
