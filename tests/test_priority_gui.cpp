// Dot votes on the canvas and the Prioritise board, driven with real key and mouse events.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/mainwindow.h"
#include "model/document.h"
#include "model/priority.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/inspector.h"
#include "views/prioritiseview.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

void openAntiracism(Window &w)
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/antiracism.kdd")));
    REQUIRE(loaded.ok());
    w->document()->reset(*loaded.diagram);
    settle();
}

// A mouse event with the buttons held, as a real drag sends them (QTest's moves carry none).
void mouse(QWidget *widget, QEvent::Type type, QPoint at, Qt::MouseButtons held,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held, modifiers);
    QApplication::sendEvent(widget, &event);
}

QAction *actionNamed(MainWindow *window, const char *name)
{
    QAction *action = window->findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("V adds a vote to the selected change idea in one undo step", "[gui][priority]")
{
    Window w;
    openAntiracism(w);
    const Diagram &d = w->document()->diagram();
    QUndoStack *stack = w->document()->undoStack();
    const NodeId idea = QStringLiteral("c5");
    w->view()->setFocus();
    w->selection()->selectOne(idea);
    settle();
    const int steps = stack->count();
    QTest::keyClick(w->view(), Qt::Key_V);
    settle();
    CHECK(d.node(idea)->votes == 1);
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText().startsWith(QStringLiteral("Vote for “Pay parent leaders")));
    CHECK_FALSE(w->view()->isEditing()); // the key voted, it did not start typing
    // The dot is on the box: the layout gave it a row.
    NodeItem *item = w->scene()->itemFor(idea);
    REQUIRE(item);
    CHECK(item->box().votes == 1);
    CHECK(item->box().rect.contains(item->box().votesRect));
    // The inspector shows the count.
    auto *votes = w->inspector()->findChild<QLabel *>(QStringLiteral("inspectorVotes"));
    REQUIRE(votes);
    CHECK(votes->text().startsWith(QStringLiteral("1 · ")));

    QTest::keyClick(w->view(), Qt::Key_V);
    QTest::keyClick(w->view(), Qt::Key_V, Qt::ShiftModifier);
    settle();
    CHECK(d.node(idea)->votes == 1);
    CHECK(stack->count() == steps + 3);
    stack->undo();
    stack->undo();
    stack->undo();
    CHECK(d.node(idea)->votes == 0);
    CHECK(stack->count() == steps + 3);
}

TEST_CASE("V on a box that is not a change idea still starts typing its text", "[gui][priority]")
{
    Window w;
    openAntiracism(w);
    w->view()->setFocus();
    w->selection()->selectOne(QStringLiteral("p1"));
    settle();
    QTest::keyClick(w->view(), Qt::Key_V);
    settle();
    CHECK(w->view()->isEditing());
    CHECK(w->document()->diagram().node(QStringLiteral("p1"))->votes == 0);
}

TEST_CASE("a click on an idea's vote button votes and Shift+click takes the vote back",
          "[gui][priority]")
{
    Window w;
    openAntiracism(w);
    const NodeId idea = QStringLiteral("c2");
    NodeItem *item = w->scene()->itemFor(idea);
    REQUIRE(item);
    w->view()->centerOn(item);
    settle();
    const QPoint at = w->view()->mapFromScene(item->voteButton().center());
    QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    settle();
    CHECK(w->document()->diagram().node(idea)->votes == 2);
    CHECK(w->selection()->current() == idea);
    QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      w->view()->mapFromScene(w->scene()->itemFor(idea)->voteButton().center()));
    settle();
    CHECK(w->document()->diagram().node(idea)->votes == 1);
    CHECK(w->document()->undoStack()->count() == 3);
}

TEST_CASE("dragging a card into the Implement quadrant rates it low effort, high impact",
          "[gui][priority]")
{
    Window w;
    openAntiracism(w);
    actionNamed(w.window, "prioritise")->trigger();
    settle();
    auto *window = w->findChild<PrioritiseWindow *>();
    REQUIRE(window);
    REQUIRE(window->isVisible());
    PrioritiseView *board = window->view();
    const NodeId idea = QStringLiteral("c6");
    const PriorityLayout::Card *card = board->priorityLayout().card(idea);
    REQUIRE(card);
    CHECK(card->quadrant == PickQuadrant::None); // waiting in the strip
    const PriorityLayout::Region *implement =
        board->priorityLayout().region(PickQuadrant::Implement);
    REQUIRE(implement);
    CHECK_FALSE(implement->rect.intersects(card->rect));

    const QPoint from = board->toWidget(card->rect.center());
    const QPoint to = board->toWidget(implement->rect.center());
    QUndoStack *stack = w->document()->undoStack();
    const int steps = stack->count();
    mouse(board, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 5; ++i)
        mouse(board, QEvent::MouseMove, from + (to - from) * i / 5, Qt::LeftButton);
    mouse(board, QEvent::MouseButtonRelease, to, Qt::NoButton);
    settle();

    const Node *node = w->document()->diagram().node(idea);
    CHECK(node->effort == Rating::Low);
    CHECK(node->impact == Rating::High);
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText().startsWith(QStringLiteral("Place “Give parent leaders")));
    // The board shows it there, and the canvas selected the box it came from.
    const PriorityLayout::Card *moved = board->priorityLayout().card(idea);
    REQUIRE(moved);
    CHECK(moved->quadrant == PickQuadrant::Implement);
    CHECK(board->priorityLayout().region(PickQuadrant::Implement)->rect.contains(moved->rect));
    CHECK(w->selection()->current() == idea);

    // A click without dragging changes nothing; the keys place and vote.
    const QPoint at = board->toWidget(moved->rect.center());
    mouse(board, QEvent::MouseButtonPress, at, Qt::LeftButton);
    mouse(board, QEvent::MouseButtonRelease, at, Qt::NoButton);
    CHECK(stack->count() == steps + 1);
    QTest::keyClick(board, Qt::Key_3);
    QTest::keyClick(board, Qt::Key_V);
    settle();
    CHECK(pickQuadrant(*w->document()->diagram().node(idea)) == PickQuadrant::Challenge);
    CHECK(w->document()->diagram().node(idea)->votes == 1);
    // Ctrl+Z on the board undoes there too, one step at a time; Escape closes the board.
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(w->document()->diagram().node(idea)->votes == 0);
    CHECK(pickQuadrant(*w->document()->diagram().node(idea)) == PickQuadrant::Implement);
    stack->undo();
    settle();
    CHECK(board->priorityLayout().card(idea)->quadrant == PickQuadrant::None);
    QTest::keyClick(board, Qt::Key_Escape);
    settle();
    CHECK_FALSE(window->isVisible());
}
