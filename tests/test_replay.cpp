// The workshop replay: a coach types the antiracism charter (2 aims, 3 primary and 6 secondary
// drivers, 12 change ideas, one idea shared by two drivers, a stratified outcome measure, four
// statuses) from the keyboard alone. Every key that is not text is counted.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "views/diagramview.h"
#include "views/selection.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace kdd;

namespace {

// Sends keys where a user's keys go (the focused widget, the open menu), counting the keys that
// are not text.
class Keyboard
{
public:
    explicit Keyboard(QWidget *fallback) : m_fallback(fallback) {}

    int count() const { return m_count; }

    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ++m_count;
        QTest::keyClick(target(), k, mods);
        settle();
    }
    void type(const QString &text)
    {
        QTest::keyClicks(target(), text);
        settle();
    }
    // A key that opens a menu or a dialog, which runs its own event loop: `inside` runs there
    // (with this keyboard) once it is open.
    void keyOpening(Qt::Key k, Qt::KeyboardModifiers mods, std::function<void()> inside)
    {
        auto *poll = new QTimer;
        poll->setInterval(5);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, inside] {
            if (!QApplication::activePopupWidget() && !QApplication::activeModalWidget())
                return;
            poll->stop();
            poll->deleteLater();
            inside();
        });
        poll->start();
        key(k, mods);
        // What a window manager does when a dialog closes (the offscreen platform does not):
        // the editor's window is active again, so the canvas's text editor takes the keys.
        QWidget *window = m_fallback->window();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        settle();
    }

    static void settle()
    {
        for (int i = 0; i < 4; ++i)
            QApplication::processEvents();
    }

private:
    QWidget *target() const
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *focus = QApplication::focusWidget())
            return focus;
        return m_fallback;
    }

    QWidget *m_fallback;
    int m_count = 0;
};

QString readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("a coach types the antiracism charter from the keyboard in at most 60 keys", "[gui]")
{
    kddtest::Window w;
    w->view()->setFocus();
    Keyboard kb(w->view());
    const auto ctrlAlt = Qt::ControlModifier | Qt::AltModifier;

    // The aims: the global aim, made global, then Enter writes the SMART aim linked to it.
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Create an antiracist environment within the ACT network"));
    kb.key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Raise the share of members 'ready to act' on the Racial Equity Map "
                           "from 35% to 70% by June 30, 2021"));
    // Its outcome measure, named and stratified by race and ethnicity, then back to the canvas.
    kb.key(Qt::Key_O, ctrlAlt);
    kb.type(QStringLiteral("Members at the REM 'ready to act' stage or beyond"));
    kb.key(Qt::Key_Return);
    kb.keyOpening(Qt::Key_S, ctrlAlt, [&] { kb.key(Qt::Key_R); });
    kb.keyOpening(Qt::Key_S, ctrlAlt, [&] { kb.key(Qt::Key_E); });
    kb.key(Qt::Key_1, Qt::ControlModifier);

    // Primary driver 1 and its branch.
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Antiracism is an explicit strategic priority of the network"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Leaders publicly committed to antiracism and modeling it"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Adopt an antiracism statement co-written with parent leaders"));
    kb.key(Qt::Key_3, Qt::AltModifier); // adopted
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Racial equity impact review of every new policy"));
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_Backtab);
    kb.type(QStringLiteral("Shared language for racism at every level"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Open every meeting with a 5-minute equity moment"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Monthly racial equity learning circles"));
    kb.key(Qt::Key_2, Qt::AltModifier); // testing

    // Primary driver 2.
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_Backtab);
    kb.key(Qt::Key_Backtab);
    kb.type(QStringLiteral("Parents with lived experience hold real decision-making power"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Protected time and budget for antiracism work"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Pay parent leaders at the consultants' hourly rate"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Shared-budget agreements with community partners"));
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_Backtab);
    kb.type(QStringLiteral("Parent leaders co-chair and co-design network work"));
    // The shared idea: paying parent leaders serves this driver too (Link To, pick it, Enter).
    int downs = 0;
    kb.keyOpening(Qt::Key_L, Qt::ControlModifier, [&] {
        auto *combo = QApplication::activeModalWidget()->findChild<QComboBox *>();
        REQUIRE(combo);
        const int wanted = combo->findText(QStringLiteral("Pay parent leaders"), Qt::MatchContains);
        REQUIRE(wanted >= 0);
        while (combo->currentIndex() < wanted) {
            kb.key(Qt::Key_Down);
            ++downs;
            REQUIRE(downs < 20);
        }
        kb.key(Qt::Key_Return);
    });
    // Back into the driver's own ideas: a new box to its right.
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Give parent leaders half of the steering committee seats"));
    kb.key(Qt::Key_2, Qt::AltModifier); // testing
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("A parent co-chair for every workgroup"));

    // Primary driver 3.
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_Backtab);
    kb.key(Qt::Key_Backtab);
    kb.type(QStringLiteral("Racism is named and dismantled in network policies and practices"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Psychological safety to talk about race and learn from mistakes"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("No-blame learning review of every reported incident"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("One-time implicit bias e-learning module"));
    kb.key(Qt::Key_4, Qt::AltModifier); // abandoned
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_Backtab);
    kb.type(QStringLiteral("Hiring and contracting practices that advance racial equity"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Review job descriptions with a racial equity lens"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Equity clauses in vendor contracts"));
    kb.key(Qt::Key_Escape);

    INFO("non-text keys: " << kb.count() << " (of which Down in Link To: " << downs << ")");
    CHECK(kb.count() <= 60);

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("replay.kdd"));
    QString error;
    REQUIRE(w->files()->saveFile(saved, &error));
    const QString expectedPath = QStringLiteral(KDD_SOURCE_DIR "/tests/data/antiracism-replay.kdd");
    if (qEnvironmentVariableIsSet("KDD_WRITE_EXPECTED")) { // after a deliberate change
        QFile::remove(expectedPath);
        QFile::copy(saved, expectedPath);
    }
    const std::string got = readAll(saved).toStdString();
    const std::string expected = readAll(expectedPath).toStdString();
    CHECK(nlohmann::json::parse(got) == nlohmann::json::parse(expected));
    CHECK(got == expected);
    std::printf("replay: %d non-text keys\n", kb.count());
}

TEST_CASE("Alt+2 sets the status of every selected change idea in one undo step", "[gui]")
{
    kddtest::Window w;
    Document &doc = *w->document();
    const NodeId aim = edit::addAim(doc);
    const NodeId driver = edit::addChild(doc, edit::addChild(doc, aim)); // a secondary driver
    const NodeId idea = edit::addChild(doc, driver);
    edit::setText(doc, idea, QStringLiteral("One"));
    const NodeId other = edit::addSibling(doc, idea);
    edit::setText(doc, other, QStringLiteral("Two"));
    w->selection()->select({idea, other, driver});
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window));
    w->view()->setFocus();
    const int steps = doc.undoStack()->count();

    Keyboard kb(w->view());
    kb.key(Qt::Key_2, Qt::AltModifier);
    CHECK(doc.diagram().node(idea)->status == ChangeStatus::Testing);
    CHECK(doc.diagram().node(other)->status == ChangeStatus::Testing);
    REQUIRE(doc.undoStack()->count() == steps + 1);
    CHECK(doc.undoStack()->text(steps) == QStringLiteral("Status of 2 boxes → Testing"));
    doc.undoStack()->undo();
    CHECK(doc.diagram().node(idea)->status == ChangeStatus::Idea);
    CHECK(doc.diagram().node(other)->status == ChangeStatus::Idea);

    // Nothing to set on a driver alone: no step, a word in the status bar.
    w->selection()->selectOne(driver);
    kb.key(Qt::Key_3, Qt::AltModifier);
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(doc.undoStack()->index() == steps);
}
