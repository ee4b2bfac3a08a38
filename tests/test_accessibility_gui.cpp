// The canvas as a screen reader sees it through QAccessible: every box of every example with its
// text, kind, status, measures, states and links; focus, selection and renames announced; the
// keyboard's context menu on the current box.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/outlineview.h"
#include "views/selection.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// What the update handler saw: the event's type and the name of the object it concerns.
struct SeenEvent
{
    QAccessible::Event type;
    QString name;
    QAccessible::Role role;
};
std::vector<SeenEvent> seenEvents;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    seenEvents.push_back({event->type(), iface ? iface->text(QAccessible::Name) : QString(),
                          iface ? iface->role() : QAccessible::NoRole});
}

bool sawEvent(QAccessible::Event type, const QString &name)
{
    for (const SeenEvent &e : seenEvents) {
        if (e.type == type && e.name == name && e.role == QAccessible::ListItem)
            return true;
    }
    return false;
}

// Accessibility switched on (as a screen reader would) for one test, with an event spy.
struct ActiveAccessibility
{
    ActiveAccessibility()
    {
        QAccessible::setActive(true);
        seenEvents.clear();
        previous = QAccessible::installUpdateHandler(&recordEvent);
    }
    ~ActiveAccessibility()
    {
        QAccessible::installUpdateHandler(previous);
        QAccessible::setActive(false);
        seenEvents.clear();
    }
    QAccessible::UpdateHandler previous = nullptr;
};

void openFile(Window &w, const QString &path)
{
    QString error;
    REQUIRE(w->files()->openFile(path, &error));
    settle();
}

QAccessibleInterface *canvas(Window &w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w->view());
    REQUIRE(iface);
    return iface;
}

// The canvas's child named `text`, or nullptr.
QAccessibleInterface *boxNamed(QAccessibleInterface *canvasIface, const QString &text)
{
    for (int i = 0; i < canvasIface->childCount(); ++i) {
        QAccessibleInterface *child = canvasIface->child(i);
        if (child && child->text(QAccessible::Name) == text)
            return child;
    }
    return nullptr;
}

QAccessibleInterface *boxOf(Window &w, const NodeId &id)
{
    const Node *node = w->document()->diagram().node(id);
    REQUIRE(node);
    return boxNamed(canvas(w), node->text);
}

bool related(QAccessibleInterface *box, QAccessibleInterface *other, QAccessible::Relation relation)
{
    for (const auto &[iface, r] : box->relations(relation)) {
        if (iface == other && r == relation)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every box of every example is an accessible object of the canvas", "[gui][a11y]")
{
    const QStringList examples = examplePaths();
    REQUIRE(examples.size() >= 5);
    for (const QString &path : examples) {
        INFO(path.toStdString());
        Window w;
        openFile(w, path);
        QAccessibleInterface *view = canvas(w);
        CHECK(view->role() == QAccessible::List);
        CHECK(view->text(QAccessible::Name) == QStringLiteral("Diagram canvas"));
        const Diagram &d = w->document()->diagram();
        REQUIRE(view->childCount() == static_cast<int>(d.nodes().size()));

        // Reading order: column by column, top to bottom.
        int lastColumn = -1;
        qreal lastTop = -1e9;
        for (int i = 0; i < view->childCount(); ++i) {
            QAccessibleInterface *child = view->child(i);
            REQUIRE(child);
            CHECK(child->isValid());
            CHECK(child->role() == QAccessible::ListItem);
            CHECK(view->indexOfChild(child) == i);
            CHECK(child->parent() == view);
            CHECK(view->child(i) == child); // the same interface each time
            const auto it = std::find_if(d.nodes().begin(), d.nodes().end(), [&](const Node &n) {
                return n.text == child->text(QAccessible::Name);
            });
            REQUIRE(it != d.nodes().end());
            const NodeItem *item = w->scene()->itemFor(it->id);
            REQUIRE(item);
            const int column = item->box().column;
            const qreal top = item->box().rect.top();
            CHECK((column > lastColumn || (column == lastColumn && top >= lastTop)));
            lastColumn = column;
            lastTop = top;
        }

        for (const Node &node : d.nodes()) {
            INFO(node.text.toStdString());
            QAccessibleInterface *box = boxNamed(view, node.text);
            REQUIRE(box);
            const QString description = box->text(QAccessible::Description);
            CHECK(description.startsWith(displayName(node)));
            if (node.isChange())
                CHECK(description.contains(QStringLiteral("status: ") + displayName(node.status)));
            for (const Measure *m : d.measuresOf(node.id)) {
                CHECK(description.contains(m->name));
                CHECK(description.contains(displayName(m->type)));
            }
            const QAccessible::State state = box->state();
            CHECK(state.selectable);
            CHECK(state.focusable);
            CHECK_FALSE(state.invalid);
            CHECK(box->rect().isValid());
            // Where a box is on screen, the canvas finds it there.
            const QRect screen(w->view()->viewport()->mapToGlobal(QPoint(0, 0)),
                               w->view()->viewport()->size());
            if (!state.offscreen && screen.contains(box->rect().center())) {
                const QPoint centre = box->rect().center();
                CHECK(view->childAt(centre.x(), centre.y()) == box);
            }
        }

        // Links: a box's drivers are its Controllers, the boxes it drives are Controlled.
        for (const Link &link : d.links()) {
            QAccessibleInterface *from = boxOf(w, link.from);
            QAccessibleInterface *to = boxOf(w, link.to);
            REQUIRE(from);
            REQUIRE(to);
            CHECK(related(to, from, QAccessible::Controller));
            CHECK(related(from, to, QAccessible::Controlled));
            CHECK_FALSE(related(from, to, QAccessible::Controller));
        }
    }
}

// Hidden: Qt delivers accessibility events only where a platform bridge is active, which the
// offscreen platform has not; CTest runs it through a11y_session.sh (an X server and AT-SPI).
TEST_CASE("Keyboard moves on the canvas select, focus and announce the box", "[.][a11y-bus]")
{
    Window w;
    // Qt's bridge turns itself on once it has reached the AT-SPI bus.
    for (int i = 0; i < 200 && !QAccessible::isActive(); ++i)
        QTest::qWait(50);
    REQUIRE(QAccessible::isActive());
    ActiveAccessibility active; // the event spy
    openFile(w, sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    const Diagram &d = w->document()->diagram();
    DiagramView *view = w->view();
    view->activateWindow();
    view->setFocus();
    settle();
    REQUIRE(view->hasFocus());

    // The aim, selected by keyboard: Down from nothing selects a box, then Right goes to a driver.
    const auto aimIt =
        std::find_if(d.nodes().begin(), d.nodes().end(), [](const Node &n) { return n.isAim(); });
    REQUIRE(aimIt != d.nodes().end());
    const NodeId aim = aimIt->id;
    w->selection()->selectOne(aim);
    settle();
    seenEvents.clear();
    QTest::keyClick(view, Qt::Key_Right);
    settle();
    const NodeId driver = w->selection()->current();
    REQUIRE(!driver.isEmpty());
    REQUIRE(driver != aim);
    QAccessibleInterface *driverBox = boxOf(w, driver);
    QAccessibleInterface *aimBox = boxOf(w, aim);
    REQUIRE(driverBox);
    REQUIRE(aimBox);
    CHECK(driverBox->state().selected);
    CHECK(driverBox->state().focused);
    CHECK_FALSE(aimBox->state().selected);
    CHECK_FALSE(aimBox->state().focused);
    CHECK(canvas(w)->focusChild() == driverBox);
    CHECK(sawEvent(QAccessible::Focus, d.node(driver)->text));
    CHECK(sawEvent(QAccessible::SelectionAdd, d.node(driver)->text));
    CHECK(sawEvent(QAccessible::SelectionRemove, d.node(aim)->text));

    // Down moves within the column, and is announced too.
    seenEvents.clear();
    QTest::keyClick(view, Qt::Key_Down);
    settle();
    if (w->selection()->current() == driver) { // the last box of its column
        QTest::keyClick(view, Qt::Key_Up);
        settle();
    }
    const NodeId next = w->selection()->current();
    REQUIRE(next != driver);
    CHECK(sawEvent(QAccessible::Focus, d.node(next)->text));
    CHECK(boxOf(w, next)->state().focused);
    CHECK_FALSE(driverBox->state().focused);

    // A box selected while another widget has the keyboard is a selection, not a focus move.
    w->outline()->setFocus();
    settle();
    seenEvents.clear();
    w->selection()->selectOne(driver);
    settle();
    CHECK_FALSE(sawEvent(QAccessible::Focus, d.node(driver)->text));
    CHECK(sawEvent(QAccessible::SelectionAdd, d.node(driver)->text));
    CHECK_FALSE(driverBox->state().focused);
    CHECK(driverBox->state().selected);
    // Coming back to the canvas (Ctrl+1) announces the current box.
    seenEvents.clear();
    view->setFocus(Qt::ShortcutFocusReason);
    settle();
    CHECK(sawEvent(QAccessible::Focus, d.node(driver)->text));

    // A new text is told as a new name of the same object.
    seenEvents.clear();
    QAccessibleInterface *box = boxOf(w, driver);
    edit::setText(*w->document(), driver, QStringLiteral("Fast track for minor injuries"));
    settle();
    CHECK(box->text(QAccessible::Name) == QStringLiteral("Fast track for minor injuries"));
    CHECK(sawEvent(QAccessible::NameChanged, QStringLiteral("Fast track for minor injuries")));
}

TEST_CASE("Editing a box renames its accessible object and removal forgets it", "[gui][a11y]")
{
    Window w;
    openFile(w, sourcePath(QStringLiteral("examples/weight-loss.kdd")));
    const Diagram &d = w->document()->diagram();
    DiagramView *view = w->view();
    view->activateWindow();
    view->setFocus();
    settle();
    const Node *idea = nullptr;
    for (const Node &n : d.nodes()) {
        if (n.isChange()) {
            idea = &n;
            break;
        }
    }
    REQUIRE(idea);
    const NodeId id = idea->id;
    QAccessibleInterface *box = boxOf(w, id);
    REQUIRE(box);
    const QAccessible::Id uniqueId = QAccessible::uniqueId(box);
    const int before = canvas(w)->childCount();

    // F2, new text, Enter: the same interface now has the new name, and says so.
    w->selection()->selectOne(id);
    settle();
    seenEvents.clear();
    QTest::keyClick(view, Qt::Key_F2);
    settle();
    auto *editor = view->findChild<QPlainTextEdit *>(QStringLiteral("inPlaceEditor"));
    REQUIRE(editor);
    CHECK(canvas(w)->focusChild() == QAccessible::queryAccessibleInterface(editor));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Text message reminders"));
    view->finishEditing(true); // what clicking elsewhere does
    settle();
    REQUIRE(d.node(id)->text == QStringLiteral("Text message reminders"));
    CHECK(QAccessible::accessibleInterface(uniqueId) == box);
    CHECK(box->text(QAccessible::Name) == QStringLiteral("Text message reminders"));

    // The status shows in the description.
    Node testing = *d.node(id);
    testing.status = ChangeStatus::Testing;
    edit::setNode(*w->document(), testing);
    settle();
    CHECK(box->text(QAccessible::Description)
              .contains(QStringLiteral("status: ") + displayName(ChangeStatus::Testing)));

    // Deleting the box deletes its interface; undo brings a new one with the same name.
    w->selection()->selectOne(id);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    settle();
    REQUIRE_FALSE(d.contains(id));
    CHECK(QAccessible::accessibleInterface(uniqueId) == nullptr);
    CHECK(canvas(w)->childCount() == before - 1);
    CHECK_FALSE(boxNamed(canvas(w), QStringLiteral("Text message reminders")));
    w->document()->undoStack()->undo();
    settle();
    CHECK(canvas(w)->childCount() == before);
    QAccessibleInterface *again = boxNamed(canvas(w), QStringLiteral("Text message reminders"));
    REQUIRE(again);
    CHECK(again->isValid());
}

TEST_CASE("Folding a branch by keyboard shows in the accessible states", "[gui][a11y]")
{
    Window w;
    openFile(w, sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    const Diagram &d = w->document()->diagram();
    DiagramView *view = w->view();
    view->activateWindow();
    view->setFocus();
    settle();
    // A primary driver with boxes to its right.
    NodeId driver;
    for (const Node &n : d.nodes()) {
        if (n.isDriver() && n.level == 1) {
            driver = n.id;
            break;
        }
    }
    REQUIRE(!driver.isEmpty());
    QAccessibleInterface *box = boxOf(w, driver);
    REQUIRE(box);
    CHECK(box->state().expandable);
    CHECK(box->state().expanded);
    const int before = canvas(w)->childCount();
    w->selection()->selectOne(driver);
    settle();
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    settle();
    CHECK(box->state().collapsed);
    CHECK_FALSE(box->state().expanded);
    CHECK(canvas(w)->childCount() < before);
    CHECK(box->text(QAccessible::Description).contains(QStringLiteral("hidden")));
    // The action a screen reader offers does the same as Alt+Right.
    QAccessibleActionInterface *actions = box->actionInterface();
    REQUIRE(actions);
    REQUIRE(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::toggleAction());
    settle();
    CHECK(box->state().expanded);
    CHECK(canvas(w)->childCount() == before);
}

TEST_CASE("The menu key opens the context menu of the current box", "[gui][a11y]")
{
    Window w;
    openFile(w, sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    const NodeId id = w->document()->diagram().nodes().back().id;
    w->selection()->selectOne(id);
    settle();
    QSignalSpy spy(w->view(), &DiagramView::contextMenuRequested);
    QStringList entries;
    QTimer::singleShot(0, [&] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : popup->actions())
                entries << a->text();
            popup->close();
        }
    });
    // Far from the box, where a right click would open the empty canvas's menu.
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                            w->view()->viewport()->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(w->view()->viewport(), &event);
    settle();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(1).toString() == id);
    CHECK(entries.contains(QStringLiteral("Edit Text")));
}

TEST_CASE("A link is selected and removed by keyboard", "[gui][a11y]")
{
    Window w;
    openFile(w, sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    const Diagram &d = w->document()->diagram();
    const Link link = d.links().back();
    w->selection()->selectOne(link.to);
    settle();
    // Edit ▸ Select Link… lists the box's links; the one from its driver is chosen.
    QString chosenLabel;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            for (const QString &item : dialog->comboBoxItems()) {
                if (item.startsWith(QStringLiteral("← ")) && item.contains(d.node(link.from)->text))
                    chosenLabel = item;
            }
            dialog->setTextValue(chosenLabel);
            dialog->accept();
        }
    });
    QAction *action = nullptr;
    for (QAction *a : w.window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+L")))
            action = a;
    }
    REQUIRE(action);
    action->trigger();
    settle();
    REQUIRE(!chosenLabel.isEmpty());
    CHECK(w->selection()->link() == std::make_pair(link.from, link.to));
    CHECK(w->selection()->selected().isEmpty());
    // Delete on the canvas removes that link, as one undo step.
    QTest::keyClick(w->view(), Qt::Key_Delete);
    settle();
    CHECK_FALSE(d.link(link.from, link.to));
    CHECK(d.contains(link.to));
}
