// The PDSA Cycles dock, driven like a user would: select an idea, add a cycle, type, undo, take
// the decision's status, refuse an end before the start.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/mainwindow.h"
#include "model/document.h"
#include "views/pdsapanel.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

Diagram twoIdeas()
{
    Diagram d;
    Node driver;
    driver.id = QStringLiteral("d");
    driver.text = QStringLiteral("Reach families");
    Node idea;
    idea.id = QStringLiteral("c1");
    idea.kind = NodeKind::Change;
    idea.text = QStringLiteral("Text reminders");
    Node other = idea;
    other.id = QStringLiteral("c2");
    other.text = QStringLiteral("Shuttle");
    for (const Node &n : {driver, idea, other})
        d.insertNode(n);
    d.addLink({QStringLiteral("d"), QStringLiteral("c1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d"), QStringLiteral("c2"), LinkStrength::Strong, {}});
    return d;
}

const Node &idea(Window &w) { return *w->document()->diagram().node(QStringLiteral("c1")); }

} // namespace

TEST_CASE("the PDSA panel adds and edits cycles, one undo step each", "[gui][pdsa]")
{
    Window w;
    w->document()->reset(twoIdeas());
    settle();
    PdsaPanel *panel = w->pdsa();
    REQUIRE(panel);
    REQUIRE(w->findChild<QDockWidget *>(QStringLiteral("pdsaDock")));

    // Nothing selected, then a driver, then two ideas: the panel says what to select.
    CHECK(panel->message()->isVisibleTo(panel));
    CHECK(panel->message()->text().contains(QStringLiteral("Select a change idea")));
    w->selection()->select({QStringLiteral("c1"), QStringLiteral("c2")});
    settle();
    CHECK(panel->message()->text().startsWith(QStringLiteral("2 boxes are selected")));
    CHECK_FALSE(panel->table()->isVisibleTo(panel));

    w->selection()->selectOne(QStringLiteral("c1"));
    settle();
    CHECK_FALSE(panel->message()->isVisibleTo(panel));
    CHECK(panel->table()->rowCount() == 0);

    QUndoStack *undo = w->document()->undoStack();
    const int steps = undo->count();
    w->findChild<QPushButton *>(QStringLiteral("pdsaNewCycle"))->click();
    settle();
    REQUIRE(idea(w).cycles.size() == 1);
    CHECK(idea(w).cycles[0].number == 1);
    CHECK(idea(w).cycles[0].start == QDate::currentDate().toString(Qt::ISODate));
    CHECK(undo->count() == steps + 1);
    CHECK(undo->undoText() == QStringLiteral("Add PDSA cycle 1 to “Text reminders”"));
    CHECK(panel->table()->rowCount() == 1);

    // The study typed, applied when the field is left: one step named after cycle and idea.
    panel->startEdit()->setText(QStringLiteral("2025-02-03"));
    panel->endEdit()->setText(QStringLiteral("2025-02-17"));
    panel->studyEdit()->setPlainText(QStringLiteral("Fewer no-shows\non Mondays"));
    REQUIRE(panel->commit());
    settle();
    CHECK(idea(w).cycles[0].study == QStringLiteral("Fewer no-shows\non Mondays"));
    CHECK(idea(w).cycles[0].end == QStringLiteral("2025-02-17"));
    CHECK(undo->count() == steps + 2);
    CHECK(undo->undoText() == QStringLiteral("Edit PDSA cycle 1 of “Text reminders”"));
    CHECK(panel->table()->item(0, 6)->text() == QStringLiteral("Fewer no-shows on Mondays"));

    // The next cycle starts where the last one ended.
    panel->addCycle();
    settle();
    REQUIRE(idea(w).cycles.size() == 2);
    CHECK(idea(w).cycles[1].number == 2);
    CHECK(idea(w).cycles[1].start == QStringLiteral("2025-02-17"));

    // Undo takes back the new cycle, then the study; the panel follows.
    undo->undo();
    settle();
    CHECK(idea(w).cycles.size() == 1);
    CHECK(panel->table()->rowCount() == 1);
    undo->undo();
    settle();
    CHECK(idea(w).cycles[0].study.isEmpty());
    CHECK(panel->studyEdit()->toPlainText().isEmpty());
    undo->redo();
    settle();
    CHECK(panel->studyEdit()->toPlainText() == QStringLiteral("Fewer no-shows\non Mondays"));

    // Delete Cycle: one step.
    panel->deleteCycle();
    settle();
    CHECK(idea(w).cycles.empty());
    CHECK(undo->undoText() == QStringLiteral("Delete PDSA cycle 1 of “Text reminders”"));
}

TEST_CASE("the PDSA panel refuses an end before the start and leaves the model alone",
          "[gui][pdsa]")
{
    Window w;
    w->document()->reset(twoIdeas());
    w->selection()->selectOne(QStringLiteral("c1"));
    settle();
    PdsaPanel *panel = w->pdsa();
    panel->addCycle();
    settle();
    const Diagram before = w->document()->diagram();
    const int steps = w->document()->undoStack()->count();
    panel->startEdit()->setText(QStringLiteral("2025-02-10"));
    panel->endEdit()->setText(QStringLiteral("2025-02-01"));
    CHECK_FALSE(panel->commit());
    CHECK(panel->error()->isVisibleTo(panel));
    CHECK(panel->error()->text()
          == QStringLiteral("The cycle cannot end (2025-02-01) before it starts (2025-02-10)."));
    CHECK(w->document()->diagram().node(QStringLiteral("c1"))->cycles
          == before.node(QStringLiteral("c1"))->cycles);
    CHECK(w->document()->undoStack()->count() == steps);
    panel->endEdit()->setText(QStringLiteral("2025-02-31"));
    CHECK_FALSE(panel->commit());
    CHECK(panel->error()->text().contains(QStringLiteral("“2025-02-31” is not a date")));
    panel->endEdit()->setText(QStringLiteral("2025-02-24"));
    CHECK(panel->commit());
    CHECK_FALSE(panel->error()->isVisibleTo(panel));
    CHECK(idea(w).cycles[0].end == QStringLiteral("2025-02-24"));
}

TEST_CASE("the PDSA panel offers the status the latest decision suggests", "[gui][pdsa]")
{
    Window w;
    w->document()->reset(twoIdeas());
    w->selection()->selectOne(QStringLiteral("c1"));
    settle();
    PdsaPanel *panel = w->pdsa();
    panel->addCycle();
    settle();
    CHECK_FALSE(panel->suggestionBar()->isVisibleTo(panel));
    QComboBox *decision = panel->decisionCombo();
    decision->setCurrentIndex(decision->findData(static_cast<int>(PdsaDecision::Adopt)));
    REQUIRE(panel->commit());
    settle();
    CHECK(idea(w).cycles[0].decision == PdsaDecision::Adopt);
    CHECK(idea(w).status == ChangeStatus::Idea); // only the user changes the status
    REQUIRE(panel->suggestionBar()->isVisibleTo(panel));
    CHECK(panel->suggestionText()->text()
          == QStringLiteral("The latest decision (Adopt) suggests the status Adopted."));
    const int steps = w->document()->undoStack()->count();
    w->findChild<QPushButton *>(QStringLiteral("pdsaSetStatus"))->click();
    settle();
    CHECK(idea(w).status == ChangeStatus::Adopted);
    CHECK(w->document()->undoStack()->count() == steps + 1);
    CHECK_FALSE(panel->suggestionBar()->isVisibleTo(panel));
    w->document()->undoStack()->undo();
    settle();
    CHECK(idea(w).status == ChangeStatus::Idea);
    CHECK(panel->suggestionBar()->isVisibleTo(panel));
}

TEST_CASE("the View menu shows the PDSA Cycles dock with Ctrl+Shift+Y", "[gui][pdsa]")
{
    Window w;
    QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("pdsaDock"));
    REQUIRE(dock);
    CHECK(dock->windowTitle() == QStringLiteral("PDSA Cycles"));
    auto *show = w->findChild<QAction *>(QStringLiteral("show-pdsaDock"));
    REQUIRE(show);
    CHECK(show->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+Y")));
    show->trigger();
    settle();
    CHECK(dock->isVisible());
}
