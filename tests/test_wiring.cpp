// The editor's wiring: one entry grammar for canvas and outline, items that outlive layouts,
// layouts only when something can move, rows updated in place, one set of check results.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/editactions.h"
#include "app/mainwindow.h"
#include "model/columnorder.h"
#include "model/diagramtree.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "views/canvasitems.h"
#include "views/checkresults.h"
#include "views/checksview.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/entrycontroller.h"
#include "views/outlineview.h"
#include "views/placeundermenu.h"
#include "views/selection.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace kdd;
using namespace kddtest;

namespace {

// Sends keys to the canvas or to the outline the way a user does: to the text editor while one
// is open, else to the view.
struct Keyboard
{
    Keyboard(MainWindow *w, bool inOutline) : window(w), outline(inOutline)
    {
        target()->setFocus();
        QApplication::processEvents();
    }
    QWidget *target() const
    {
        if (outline) {
            QWidget *focus = QApplication::focusWidget();
            const bool editing =
                focus && focus != window->outline() && window->outline()->isAncestorOf(focus);
            return editing ? focus : window->outline();
        }
        QWidget *editor = window->view()->viewport()->findChild<QPlainTextEdit *>(
            QStringLiteral("inPlaceEditor"));
        return editor ? editor : window->view();
    }
    void settle() const
    {
        // The outline commits its text and moves on in queued calls.
        for (int i = 0; i < 4; ++i)
            QApplication::processEvents();
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) const
    {
        QTest::keyClick(target(), k, mods);
        settle();
    }
    void type(const QString &text) const
    {
        QWidget *editor = target();
        REQUIRE(editor != window->view());
        REQUIRE(editor != window->outline());
        QTest::keyClicks(editor, text);
        settle();
    }
    MainWindow *window;
    bool outline;
};

// A workshop's typing, with every key of the entry grammar.
void typeWorkshop(const Keyboard &k)
{
    k.key(Qt::Key_Return); // the first aim
    k.type(QStringLiteral("Fewer missed visits"));
    k.key(Qt::Key_Tab);
    k.type(QStringLiteral("Families can reach us"));
    k.key(Qt::Key_Tab);
    k.type(QStringLiteral("One number to call"));
    k.key(Qt::Key_Tab);
    k.type(QStringLiteral("Text reminders"));
    k.key(Qt::Key_Return);
    k.type(QStringLiteral("Call-back within a day"));
    k.key(Qt::Key_Return);
    k.key(Qt::Key_Escape); // an empty new box is taken back
    k.key(Qt::Key_Return); // from the view: a sibling of the last idea
    k.type(QStringLiteral("Interpreter on the line"));
    k.key(Qt::Key_Backtab, Qt::ShiftModifier); // Shift+Tab (as the platform sends it): commit, move
                                               // it left (a secondary driver), go on typing
    k.key(Qt::Key_Escape);                     // not a new box: kept
    k.key(Qt::Key_Up, Qt::AltModifier);
    k.key(Qt::Key_F2);
    k.type(QStringLiteral(" 24/7"));
    k.key(Qt::Key_Return); // commit and a new sibling…
    k.key(Qt::Key_Escape); // …taken back
}

// Pairs of links between the same two columns drawn crossing, with each box at height `y`.
int crossings(const Diagram &d, const std::function<double(const NodeId &)> &y)
{
    int count = 0;
    const std::vector<Link> &links = d.links();
    for (std::size_t i = 0; i < links.size(); ++i) {
        for (std::size_t j = i + 1; j < links.size(); ++j) {
            const Link &a = links[i];
            const Link &b = links[j];
            if (d.node(a.from)->column() != d.node(b.from)->column()
                || d.node(a.to)->column() != d.node(b.to)->column())
                continue;
            const double left = y(a.from) - y(b.from);
            const double right = y(a.to) - y(b.to);
            count += (left < 0 && right > 0) || (left > 0 && right < 0);
        }
    }
    return count;
}

// The keys of the issue that used to draw S2 and C2 above S1 and C1: a tree typed top-down, back
// to the primary driver (`back` are the view's keys for that), and a second branch.
void typeTwoBranches(const Keyboard &k, const std::vector<Qt::Key> &back)
{
    k.key(Qt::Key_Return);
    k.type(QStringLiteral("Aim"));
    for (const char *text : {"P1", "S1", "C1"}) {
        k.key(Qt::Key_Tab);
        k.type(QString::fromLatin1(text));
    }
    k.key(Qt::Key_Return); // a new change idea…
    k.key(Qt::Key_Escape); // …taken back: C1 is current again
    for (const Qt::Key key : back)
        k.key(key);
    k.key(Qt::Key_Return);
    k.type(QStringLiteral("P2"));
    k.key(Qt::Key_Tab);
    k.type(QStringLiteral("S2"));
    k.key(Qt::Key_Tab);
    k.type(QStringLiteral("C2"));
    k.key(Qt::Key_Return); // commit C2 (and a new box…
    k.key(Qt::Key_Escape); // …taken back)
}

NodeId idOfText(const Diagram &d, const QString &text)
{
    for (const Node &n : d.nodes()) {
        if (n.text == text)
            return n.id;
    }
    return {};
}

} // namespace

TEST_CASE("a second branch typed from the keyboard is drawn below the first, uncrossed", "[gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const bool inOutline : {false, true}) {
        INFO((inOutline ? "outline" : "canvas"));
        Window w;
        w->scene()->setAnimated(false); // items at their final places at once
        // The canvas goes back with Left Left; the outline with Up Up (Left folds a row there).
        typeTwoBranches(Keyboard(w.window, inOutline),
                        inOutline ? std::vector<Qt::Key>{Qt::Key_Up, Qt::Key_Up}
                                  : std::vector<Qt::Key>{Qt::Key_Left, Qt::Key_Left});
        const Diagram &d = w->document()->diagram();
        REQUIRE(d.nodes().size() == 7);
        QHash<QString, NodeId> id;
        for (const char *text : {"Aim", "P1", "S1", "C1", "P2", "S2", "C2"}) {
            id.insert(QString::fromLatin1(text), idOfText(d, QString::fromLatin1(text)));
            REQUIRE_FALSE(id.value(QString::fromLatin1(text)).isEmpty());
        }
        CHECK(homeParent(d, id.value(QStringLiteral("S2"))) == id.value(QStringLiteral("P2")));
        CHECK(homeParent(d, id.value(QStringLiteral("C2"))) == id.value(QStringLiteral("S2")));

        // On the canvas: the items where they are drawn.
        const auto centre = [&](const NodeId &node) {
            const NodeItem *item = w->scene()->itemFor(node);
            REQUIRE(item);
            return item->mapToScene(item->box().rect.center());
        };
        CHECK(centre(id.value(QStringLiteral("P2"))).y()
              > centre(id.value(QStringLiteral("P1"))).y());
        CHECK(centre(id.value(QStringLiteral("S2"))).y()
              > centre(id.value(QStringLiteral("S1"))).y());
        CHECK(centre(id.value(QStringLiteral("C2"))).y()
              > centre(id.value(QStringLiteral("C1"))).y());
        CHECK(crossings(d, [&](const NodeId &node) { return centre(node).y(); }) == 0);
        // In the outline: each box under its parent, the second branch after the first.
        const OutlineView *outline = w->outline();
        for (const char *child : {"P1", "S1", "C1", "P2", "S2", "C2"}) {
            const QTreeWidgetItem *row = outline->itemFor(id.value(QString::fromLatin1(child)));
            REQUIRE(row);
            REQUIRE(row->parent());
            CHECK(row->parent()->data(0, Qt::UserRole).toString()
                  == homeParent(d, id.value(QString::fromLatin1(child))));
        }
        const QTreeWidgetItem *aim = outline->itemFor(id.value(QStringLiteral("Aim")));
        CHECK(aim->indexOfChild(outline->itemFor(id.value(QStringLiteral("P2")))) == 1);

        // In the saved file: the order a reader lays out has no crossing either.
        const QString path =
            dir.filePath(inOutline ? QStringLiteral("outline.kdd") : QStringLiteral("canvas.kdd"));
        QString error;
        REQUIRE(w->document()->saveAs(path, &error));
        const LoadResult saved = loadDiagram(path);
        REQUIRE(saved.ok());
        QHash<NodeId, int> row;
        for (const std::vector<NodeId> &column :
             columnOrder(*saved.diagram, LayoutSettings::Order::Keep)) {
            for (std::size_t i = 0; i < column.size(); ++i)
                row.insert(column[i], static_cast<int>(i));
        }
        CHECK(crossings(*saved.diagram, [&](const NodeId &node) { return row.value(node); }) == 0);
        CHECK(row.value(id.value(QStringLiteral("S2")))
              > row.value(id.value(QStringLiteral("S1"))));
    }
}

TEST_CASE("Place Under in the context menus moves a box to another parent's block", "[gui]")
{
    Window w;
    w->scene()->setAnimated(false);
    // c3 hangs under p1 and is also linked from p2: drawn in p1's block, above c2.
    Diagram start = goodDiagram();
    REQUIRE(start.insertNode(
        makeNode(QStringLiteral("c3"), NodeKind::Change, QStringLiteral("Protected time"))));
    REQUIRE(start.addLink({QStringLiteral("p1"), QStringLiteral("c3"), LinkStrength::Strong, {}}));
    REQUIRE(start.addLink({QStringLiteral("p2"), QStringLiteral("c3"), LinkStrength::Strong, {}}));
    w->document()->reset(start);
    const Diagram &d = w->document()->diagram();
    const auto y = [&](const char *node) {
        const NodeItem *item = w->scene()->itemFor(QString::fromLatin1(node));
        REQUIRE(item);
        return item->mapToScene(item->box().rect.center()).y();
    };
    CHECK(y("c3") < y("c2"));

    // The canvas's menu has the entry, the current home checked; choosing p2 moves c3.
    QStringList entries;
    // (No REQUIRE in here: an exception must not cross the menu's event loop.)
    QTimer::singleShot(0, [&] {
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        const auto *sub = popup ? popup->findChild<QMenu *>(QStringLiteral("placeUnder")) : nullptr;
        if (sub) {
            for (QAction *a : sub->actions())
                entries << a->text() + (a->isChecked() ? QStringLiteral(" ✓") : QString());
            if (sub->actions().size() == 2)
                sub->actions().at(1)->trigger();
        }
        if (popup)
            popup->close();
    });
    w->edits()->showContextMenu(w->view()->mapToGlobal(QPoint(10, 10)), QStringLiteral("c3"), {},
                                {});
    CHECK(entries
          == QStringList{QStringLiteral("Reliable triage ✓"), QStringLiteral("Staff capacity")});
    CHECK(homeParent(d, QStringLiteral("c3")) == QStringLiteral("p2"));
    CHECK(y("c3") > y("c2"));
    CHECK(w->outline()->itemFor(QStringLiteral("c3"))->parent()
          == w->outline()->itemFor(QStringLiteral("p2")));

    // The outline's menu offers the same; undo puts c3 back under p1.
    QMenu menu;
    QMenu *sub = addPlaceUnderMenu(&menu, w->document(), QStringLiteral("c3"));
    REQUIRE(sub);
    REQUIRE(sub->actions().size() == 2);
    CHECK(sub->actions().at(1)->isChecked()); // the parents keep their order
    CHECK(addPlaceUnderMenu(&menu, w->document(), QStringLiteral("c2")) == nullptr); // one parent
    w->document()->undoStack()->undo();
    CHECK(homeParent(d, QStringLiteral("c3")) == QStringLiteral("p1"));
    CHECK(y("c3") < y("c2"));
    CHECK(w->outline()->itemFor(QStringLiteral("c3"))->parent()
          == w->outline()->itemFor(QStringLiteral("p1")));
}

TEST_CASE("the canvas and the outline build the same diagram from the same keys", "[gui]")
{
    Window canvas;
    typeWorkshop(Keyboard(canvas.window, false));
    Window outline;
    typeWorkshop(Keyboard(outline.window, true));
    const Diagram &a = canvas->document()->diagram();
    const Diagram &b = outline->document()->diagram();
    REQUIRE(a.nodes().size() == 6);
    CHECK(writeDiagram(a) == writeDiagram(b));
    const Node *moved = a.node(canvas->selection()->current());
    REQUIRE(moved);
    CHECK(moved->text == QStringLiteral("Interpreter on the line 24/7"));
    CHECK(moved->isDriver());
    CHECK(moved->level == 2);
    CHECK(canvas->document()->undoStack()->count() == outline->document()->undoStack()->count());
}

TEST_CASE("scene items outlive layouts: kept, moved, created and deleted by id", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramScene *scene = w->scene();
    NodeItem *p1 = scene->itemFor(QStringLiteral("p1"));
    NodeItem *p2 = scene->itemFor(QStringLiteral("p2"));
    EdgeItem *link = scene->edgeFor(QStringLiteral("aim"), QStringLiteral("p1"));
    REQUIRE(p1);
    REQUIRE(p2);
    REQUIRE(link);
    const int layouts = scene->layoutCount();
    edit::setText(*w->document(), QStringLiteral("p1"),
                  QStringLiteral(
                      "A much longer text that wraps over several lines and makes the box taller"));
    CHECK(scene->layoutCount() == layouts + 1);
    CHECK(scene->itemFor(QStringLiteral("p1")) == p1); // the same item, resized
    CHECK(scene->itemFor(QStringLiteral("p2")) == p2);
    CHECK(scene->edgeFor(QStringLiteral("aim"), QStringLiteral("p1")) == link);
    CHECK(p1->box().rect == scene->diagramLayout().box(QStringLiteral("p1"))->rect);
    edit::removeNodes(*w->document(), {QStringLiteral("p2")});
    CHECK(scene->itemFor(QStringLiteral("p2")) == nullptr);
    CHECK(scene->itemFor(QStringLiteral("p1")) == p1);
    w->document()->undoStack()->undo();
    REQUIRE(scene->itemFor(QStringLiteral("p2")));
    int nodeItems = 0;
    for (QGraphicsItem *item : scene->items())
        nodeItems += item->type() == NodeItem::Type;
    CHECK(nodeItems == static_cast<int>(w->document()->diagram().nodes().size())); // no leftovers
}

TEST_CASE("only changes that can move boxes lay the diagram out", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramScene *scene = w->scene();
    Document &doc = *w->document();
    int layouts = scene->layoutCount();

    // A measure's name and definition: badges keep their size, only the tooltips change.
    Measure m = doc.diagram().measures().front();
    m.name = QStringLiteral("A new name");
    m.numerator = QStringLiteral("Visits kept");
    edit::setMeasure(doc, m);
    CHECK(scene->layoutCount() == layouts);
    const NodeId measured = m.nodes.value(0);
    REQUIRE_FALSE(measured.isEmpty());
    bool renamed = false;
    for (const DiagramLayout::Badge &b : scene->itemFor(measured)->box().badges)
        renamed = renamed || b.name == QStringLiteral("A new name");
    CHECK(renamed);

    // Notes are not drawn in the box.
    Node n = *doc.diagram().node(QStringLiteral("p1"));
    n.notes = QStringLiteral("Ask the front desk");
    edit::setNode(doc, n);
    CHECK(scene->layoutCount() == layouts);
    CHECK(scene->itemFor(QStringLiteral("p1"))
              ->toolTip()
              .contains(QStringLiteral("Ask the front desk")));

    // Attaching a measure adds a badge: that can change the box, so it is laid out, once.
    edit::attachMeasure(doc, m.id, {QStringLiteral("p2")});
    CHECK(scene->layoutCount() == ++layouts);

    // Pasting boxes with their links, and undoing a deletion of several: one layout each.
    w->selection()->select({QStringLiteral("p2"), QStringLiteral("c2")}, QStringLiteral("p2"));
    w->edits()->copy();
    w->selection()->selectOne(QStringLiteral("aim"));
    w->edits()->paste();
    CHECK(scene->layoutCount() == ++layouts);
    edit::removeNodes(doc, {QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("c2")});
    CHECK(scene->layoutCount() == ++layouts);
    doc.undoStack()->undo();
    CHECK(scene->layoutCount() == ++layouts);
}

TEST_CASE("the outline updates the rows that changed, not the whole tree", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    OutlineView *outline = w->outline();
    QTreeWidgetItem *p1 = outline->itemFor(QStringLiteral("p1"));
    QTreeWidgetItem *c2 = outline->itemFor(QStringLiteral("c2"));
    REQUIRE(p1);
    REQUIRE(c2);
    c2->parent()->setExpanded(false); // the user folds a branch
    const int created = outline->rowsCreated();
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Renamed driver"));
    CHECK(outline->rowsCreated() == created);
    CHECK(outline->itemFor(QStringLiteral("p1")) == p1);
    CHECK(p1->text(0) == QStringLiteral("Renamed driver"));
    const NodeId added = edit::addChild(*w->document(), QStringLiteral("p1"));
    CHECK(outline->rowsCreated() == created + 1); // one new row
    REQUIRE(outline->itemFor(added));
    CHECK(outline->itemFor(added)->parent() == p1);
    CHECK(outline->itemFor(QStringLiteral("c2")) == c2);
    CHECK_FALSE(c2->parent()->isExpanded()); // still folded
    w->document()->undoStack()->undo();
    CHECK(outline->itemFor(added) == nullptr);
}

TEST_CASE("the status bar and the checks dock read one set of results", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    const CheckResults *results = w->checkResults();
    edit::removeNodes(*w->document(),
                      {QStringLiteral("c1"), QStringLiteral("c2")}); // drivers without ideas
    REQUIRE(results->warningCount() + results->errorCount() > 0);
    CHECK(w->checks()->topLevelItemCount() == static_cast<int>(results->findings().size()));
    bool shown = false;
    for (QLabel *label : w->statusBar()->findChildren<QLabel *>()) {
        shown = shown
             || label->text().contains(QStringLiteral("%1 errors, %2 warnings")
                                           .arg(results->errorCount())
                                           .arg(results->warningCount()));
    }
    CHECK(shown);
}

TEST_CASE("entry keys are actions: menu entries and key presses come from one table", "[gui]")
{
    Window w;
    QStringList menuTexts;
    for (QAction *menu : w->menuBar()->actions()) {
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                menuTexts << a->text();
        }
    }
    for (const EntryController::Binding &b : EntryController::bindings()) {
        INFO(EntryController::text(b).toStdString());
        // The key of each binding means its command on a view…
        const QKeyCombination combination = b.keys[0];
        QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
        REQUIRE(EntryController::commandFor(press, false).has_value());
        CHECK(*EntryController::commandFor(press, false) == b.command);
        // …and each (but Escape) is an Edit menu entry that shows that key.
        if (b.command != EntryController::Command::Cancel) {
            const QString shown = EntryController::text(b) + QLatin1Char('\t')
                                + b.keys.toString(QKeySequence::NativeText);
            CHECK(menuTexts.contains(shown));
        }
    }
    // Shift+Enter while typing is a line break, not a new box.
    QKeyEvent shiftEnter(QEvent::KeyPress, Qt::Key_Return, Qt::ShiftModifier);
    CHECK_FALSE(EntryController::commandFor(shiftEnter, true).has_value());
    // The menu entry works like the key: a new box below the selected one, in editing.
    w->document()->reset(goodDiagram());
    w->selection()->selectOne(QStringLiteral("p1"));
    w->view()->runEntryCommand(EntryController::Command::NewSibling);
    CHECK(w->document()->diagram().nodes().size() == 6);
    CHECK(w->view()->isEditing());
}
