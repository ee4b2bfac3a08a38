// The Parking Lot dock, dock shortcuts and the "start here" card, driven like a user would.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/mainwindow.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "model/parkinglotedits.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/parkinglotview.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTabBar>
#include <QTest>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

void openExample(Window &w, const char *name)
{
    LoadResult r = loadDiagram(sourcePath(QStringLiteral("examples/") + QLatin1String(name)));
    REQUIRE(r.ok());
    w->document()->reset(*r.diagram);
    settle();
}

// The texts of the parked ideas, in order, joined by "|".
QString lotTexts(const Diagram &d)
{
    QStringList texts;
    for (const ParkedIdea &idea : d.parkingLot())
        texts << idea.text;
    return texts.join(QLatin1Char('|'));
}

// Drags `mime` over `widget` at `pos` and drops it there, as the platform's drag would.
bool dropOn(QWidget *widget, QPoint pos, QMimeData *mime)
{
    QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    settle();
    return drop.isAccepted();
}

QDockWidget *dockNamed(Window &w, const char *name)
{
    return w->findChild<QDockWidget *>(QLatin1String(name));
}

// Whether `dock` is shown and, if it shares its place with others, the tab in front.
bool inFront(Window &w, QDockWidget *dock)
{
    if (!dock->isVisible())
        return false;
    for (const QTabBar *tabs : w->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == dock->windowTitle())
                return tabs->currentIndex() == i;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Enter in the Parking Lot adds one idea after another, like a chat box",
          "[gui][parkinglot]")
{
    Window w;
    ParkingLotView *lot = w->parkingLot();
    QLineEdit *entry = lot->entry();
    entry->setFocus();
    settle();
    for (const char *idea : {"Text reminders", "Evening clinics", "Interpreter on call"}) {
        QTest::keyClicks(entry, QString::fromUtf8(idea));
        QTest::keyClick(entry, Qt::Key_Return);
        settle();
    }
    CHECK(lotTexts(w->document()->diagram())
          == QStringLiteral("Text reminders|Evening clinics|Interpreter on call"));
    CHECK(lot->list()->count() == 3);
    CHECK(entry->text().isEmpty());
    CHECK(entry->hasFocus()); // ready for the next idea
    CHECK(w->document()->undoStack()->count() == 3);
    QTest::keyClick(entry, Qt::Key_Return); // an empty line adds nothing
    CHECK(w->document()->diagram().parkingLot().size() == 3);

    // F2 renames the current idea; Delete removes it.
    QListWidget *list = lot->list();
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_F2);
    settle();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Saturday clinics"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    CHECK(lotTexts(w->document()->diagram())
          == QStringLiteral("Text reminders|Saturday clinics|Interpreter on call"));
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    settle();
    CHECK(lotTexts(w->document()->diagram())
          == QStringLiteral("Saturday clinics|Interpreter on call"));
}

TEST_CASE("a parked idea dropped on a driver becomes its change idea, one undo step back",
          "[gui][parkinglot]")
{
    Window w;
    openExample(w, "antiracism.kdd");
    Document *doc = w->document();
    const ParkedIdeaId idea = edit::addParkedIdea(*doc, QStringLiteral("Peer mentors"));
    settle();
    const NodeId driver = QStringLiteral("s1");
    REQUIRE(doc->diagram().node(driver));
    REQUIRE(doc->diagram().node(driver)->isDriver());
    DiagramView *view = w->view();
    NodeItem *item = w->scene()->itemFor(driver);
    REQUIRE(item);
    view->centerOn(item);
    settle();
    const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
    REQUIRE(view->viewport()->rect().contains(at));
    const int steps = doc->undoStack()->count();
    const Diagram before = doc->diagram();

    auto *mime = new QMimeData;
    mime->setData(ParkingLotView::ideaMimeType(), idea.toUtf8());
    const bool accepted = dropOn(view->viewport(), at, mime);
    delete mime;
    CHECK(accepted);
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->diagram().parkingLot().empty());
    CHECK(w->parkingLot()->list()->count() == 0);
    const NodeId placed = w->selection()->current();
    const Node *n = doc->diagram().node(placed);
    REQUIRE(n);
    CHECK(n->isChange());
    CHECK(n->text == QStringLiteral("Peer mentors"));
    CHECK(doc->diagram().link(driver, placed));
    CHECK(w->scene()->itemFor(placed)); // drawn

    doc->undoStack()->undo();
    settle();
    CHECK(doc->diagram() == before);
    CHECK(lotTexts(doc->diagram()) == QStringLiteral("Peer mentors"));
    CHECK(w->parkingLot()->list()->count() == 1);
}

TEST_CASE("a parked idea dropped on an aim or empty canvas stays parked", "[gui][parkinglot]")
{
    Window w;
    openExample(w, "antiracism.kdd");
    Document *doc = w->document();
    const ParkedIdeaId idea = edit::addParkedIdea(*doc, QStringLiteral("Peer mentors"));
    settle();
    NodeItem *aim = w->scene()->itemFor(QStringLiteral("aim"));
    REQUIRE(aim);
    w->view()->centerOn(aim);
    settle();
    const int steps = doc->undoStack()->count();
    auto *mime = new QMimeData;
    mime->setData(ParkingLotView::ideaMimeType(), idea.toUtf8());
    CHECK_FALSE(dropOn(w->view()->viewport(),
                       w->view()->mapFromScene(aim->sceneBoundingRect().center()), mime));
    delete mime;
    CHECK(doc->undoStack()->count() == steps);
    CHECK(doc->diagram().parkingLot().size() == 1);
}

TEST_CASE("Park takes a selected change idea into the lot, undo puts it back", "[gui][parkinglot]")
{
    Window w;
    openExample(w, "antiracism.kdd");
    Document *doc = w->document();
    const NodeId change = QStringLiteral("c1");
    REQUIRE(doc->diagram().node(change)->isChange());
    const QString text = doc->diagram().node(change)->text;
    const Diagram before = doc->diagram();
    w->selection()->selectOne(QStringLiteral("s1"));
    CHECK_FALSE(w->parkingLot()->parkAction()->isEnabled()); // a driver is not parked
    w->selection()->selectOne(change);
    REQUIRE(w->parkingLot()->parkAction()->isEnabled());
    w->parkingLot()->parkAction()->trigger();
    settle();
    CHECK_FALSE(doc->diagram().contains(change));
    CHECK(lotTexts(doc->diagram()) == text);
    CHECK(w->parkingLot()->list()->count() == 1);
    CHECK_FALSE(w->scene()->itemFor(change));
    doc->undoStack()->undo();
    settle();
    CHECK(doc->diagram() == before);
    CHECK(w->scene()->itemFor(change));

    // The same through a drop of the box on the list, as a drag out of the canvas ends.
    auto *mime = new QMimeData;
    mime->setData(ParkingLotView::boxesMimeType(), change.toUtf8());
    QListWidget *list = w->parkingLot()->list();
    CHECK(dropOn(list->viewport(), QPoint(10, 10), mime));
    delete mime;
    CHECK(lotTexts(doc->diagram()) == text);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->diagram() == before);
}

TEST_CASE("the Place Under menu of a parked idea lists the drivers and places it",
          "[gui][parkinglot]")
{
    Window w;
    openExample(w, "antiracism.kdd");
    Document *doc = w->document();
    const ParkedIdeaId idea = edit::addParkedIdea(*doc, QStringLiteral("Peer mentors"));
    QMenu menu;
    w->parkingLot()->populatePlaceMenu(&menu, idea);
    int drivers = 0;
    for (const Node &n : doc->diagram().nodes())
        drivers += n.isDriver();
    REQUIRE(menu.actions().size() == drivers);
    menu.actions().at(0)->trigger();
    settle();
    CHECK(doc->diagram().parkingLot().empty());
    const Node *placed = doc->diagram().node(w->selection()->current());
    REQUIRE(placed);
    CHECK(placed->text == QStringLiteral("Peer mentors"));
}

TEST_CASE("each dock's shortcut shows, raises and focuses it", "[gui][docks]")
{
    Window w;
    w->activateWindow();
    settle();
    QDockWidget *lot = dockNamed(w, "parkingLotDock");
    QDockWidget *history = dockNamed(w, "historyDock");
    QDockWidget *checks = dockNamed(w, "checksDock");
    QDockWidget *outline = dockNamed(w, "outlineDock");
    REQUIRE(lot);
    REQUIRE(history);
    lot->close();
    outline->close();
    settle();
    CHECK_FALSE(lot->isVisible());

    QTest::keyClick(w.window, Qt::Key_4, Qt::ControlModifier);
    settle();
    CHECK(lot->isVisible());
    CHECK(QApplication::focusWidget() == w->parkingLot()->entry());

    // History is tabbed behind Checks: its key brings it to the front.
    CHECK(inFront(w, checks));
    CHECK_FALSE(inFront(w, history));
    QTest::keyClick(w.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK(inFront(w, history));
    CHECK_FALSE(inFront(w, checks));
    CHECK(history->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(w.window, Qt::Key_7, Qt::ControlModifier);
    settle();
    CHECK(inFront(w, checks));
    CHECK(checks->isAncestorOf(QApplication::focusWidget()));

    // The keys are menu actions, so Help ▸ Keyboard (generated from the menus) lists them.
    const auto *show = w->findChild<QAction *>(QStringLiteral("show-parkingLotDock"));
    REQUIRE(show);
    CHECK(show->shortcut() == QKeySequence(QStringLiteral("Ctrl+4")));
    CHECK_FALSE(show->associatedObjects().isEmpty()); // in the View menu

    // Go to Outline shows the closed Outline dock too.
    QTest::keyClick(w.window, Qt::Key_2, Qt::ControlModifier);
    settle();
    CHECK(outline->isVisible());
    CHECK(outline->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("a new diagram shows the start-here card until its first edit", "[gui]")
{
    Window w;
    DiagramView *view = w->view();
    const QStringList steps = view->startHints();
    REQUIRE(steps.size() >= 3);
    CHECK(view->emptyHint().contains(QStringLiteral("Enter"))); // the card's title
    CHECK(steps.front().startsWith(QStringLiteral("Tab")));
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("F5")));
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("Ctrl+V")));
    // Drawn: more ink than the bare hint alone.
    const QImage image = view->viewport()->grab().toImage();
    const QRgb background = image.pixel(2, 2);
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != background;
    }
    CHECK(inked > 2000);

    view->setFocus();
    settle();
    QTest::keyClick(view, Qt::Key_Return);
    settle();
    CHECK(view->startHints().isEmpty());
}
