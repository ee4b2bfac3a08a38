// Presentation mode: the canvas alone and full screen, stepping through the primary drivers with
// the rest dimmed, blanking, a live correction, and the window given back exactly as it was.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "app/presentationmode.h"
#include "model/document.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <vector>

using namespace kdd;
using namespace kddtest;

namespace {

const QString Example = QStringLiteral("examples/antiracism.kdd");

void openExample(Window &w)
{
    QString error;
    REQUIRE(w->files()->openFile(sourcePath(Example), &error));
    QApplication::processEvents();
}

// Keys go where a user's would: to whatever has the focus (the canvas unless something else).
void press(MainWindow *window, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window->view(), static_cast<Qt::Key>(key), mods);
    QApplication::processEvents();
}

QStringList visibleDocks(MainWindow *window)
{
    QStringList names;
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            names << dock->objectName();
    }
    names.sort();
    return names;
}

// The primary drivers top to bottom as drawn, worked out here from the items themselves.
std::vector<NodeId> primariesAsDrawn(MainWindow *window)
{
    std::vector<NodeId> ids;
    for (const Node &n : window->document()->diagram().nodes()) {
        if (n.isDriver() && n.column() == 1)
            ids.push_back(n.id);
    }
    std::sort(ids.begin(), ids.end(), [window](const NodeId &a, const NodeId &b) {
        return window->scene()->itemFor(a)->box().rect.top()
             < window->scene()->itemFor(b)->box().rect.top();
    });
    return ids;
}

// The aims, `primary`, and every box reached from it along links to the right.
QSet<NodeId> branchOf(const Diagram &d, const NodeId &primary)
{
    QSet<NodeId> branch{primary};
    for (const Node &n : d.nodes()) {
        if (n.isAim())
            branch.insert(n.id);
    }
    std::vector<NodeId> todo{primary};
    while (!todo.empty()) {
        const NodeId from = todo.back();
        todo.pop_back();
        for (const Link &l : d.links()) {
            if (l.from == from && !branch.contains(l.to)) {
                branch.insert(l.to);
                todo.push_back(l.to);
            }
        }
    }
    return branch;
}

// Each box and link is dimmed exactly when it is outside `focus` (empty: nothing is dimmed).
void checkDimming(MainWindow *window, const QSet<NodeId> &focus)
{
    DiagramScene *scene = window->scene();
    const Diagram &d = window->document()->diagram();
    for (const Node &n : d.nodes()) {
        INFO("box " << n.text.toStdString());
        const NodeItem *item = scene->itemFor(n.id);
        REQUIRE(item);
        CHECK(scene->isDimmed(item) == (!focus.isEmpty() && !focus.contains(n.id)));
    }
    for (const Link &l : d.links()) {
        INFO("link " << l.from.toStdString() << " -> " << l.to.toStdString());
        const EdgeItem *edge = scene->edgeFor(l.from, l.to);
        REQUIRE(edge);
        const bool inFocus = focus.contains(l.from) && focus.contains(l.to);
        CHECK(scene->isDimmed(edge) == (!focus.isEmpty() && !inFocus));
    }
}

} // namespace

TEST_CASE("F5 presents the canvas alone full screen and Esc gives the window back",
          "[gui][present]")
{
    Window w;
    openExample(w);
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window));
    const QStringList docks = visibleDocks(w.window);
    REQUIRE(docks.size() >= 3);
    const QByteArray dockState = w->saveState();
    const QString theme = w->scene()->theme().name;
    const Qt::WindowStates state = w->windowState();
    w->view()->setFocus();

    press(w.window, Qt::Key_F5);
    PresentationMode *present = w->presentation();
    REQUIRE(present->isActive());
    CHECK(present->action()->isChecked());
    CHECK(w->windowState().testFlag(Qt::WindowFullScreen));
    CHECK(visibleDocks(w.window).isEmpty());
    CHECK_FALSE(w->menuBar()->isVisible());
    CHECK_FALSE(w->statusBar()->isVisible());
    CHECK(w->scene()->theme().name == QStringLiteral("projector"));
    CHECK(w->view()->boxTextPixels() >= PresentationMode::MinTextPixels - 1e-9);
    CHECK_FALSE(w->view()->verticalScrollBar()->isVisible());
    CHECK(present->step() == 0);
    // The whole diagram, then each primary driver.
    const int drivers = static_cast<int>(primariesAsDrawn(w.window).size());
    REQUIRE(drivers == 5);
    CHECK(present->stepCount() == drivers + 1);
    REQUIRE(present->indicator()->isVisible());
    CHECK(present->indicator()->text().contains(QStringLiteral("5 primary drivers")));
    // The indicator fades away by itself.
    CHECK(QTest::qWaitFor([present] { return !present->indicator()->isVisible(); },
                          PresentationMode::IndicatorMs + 3000));

    // The menus' shortcuts still work with the menu bar hidden: Ctrl+8 is Fit Width.
    w->view()->setZoom(0.3);
    press(w.window, Qt::Key_8, Qt::ControlModifier);
    CHECK(w->view()->boxTextPixels() >= DiagramView::MinFitTextPixels);

    press(w.window, Qt::Key_Escape);
    CHECK_FALSE(present->isActive());
    CHECK_FALSE(present->action()->isChecked());
    CHECK(visibleDocks(w.window) == docks);
    CHECK(w->saveState() == dockState);
    CHECK(w->menuBar()->isVisible());
    CHECK(w->statusBar()->isVisible());
    CHECK(w->windowState() == state);
    CHECK(w->scene()->theme().name == theme);
    CHECK_FALSE(w->scene()->spotlight().has_value());
    CHECK(w->view()->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
    // Presenting is a way of looking: nothing to save, nothing to undo.
    CHECK_FALSE(w->document()->isModified());
    CHECK(w->document()->undoStack()->count() == 0);

    // F5 toggles, too.
    press(w.window, Qt::Key_F5);
    CHECK(present->isActive());
    press(w.window, Qt::Key_F5);
    CHECK_FALSE(present->isActive());
    CHECK(visibleDocks(w.window) == docks);
}

TEST_CASE("Page Down steps through the primary drivers with the rest dimmed", "[gui][present]")
{
    Window w;
    openExample(w);
    PresentationMode *present = w->presentation();
    present->action()->trigger();
    REQUIRE(present->isActive());
    const Diagram &d = w->document()->diagram();
    const std::vector<NodeId> primaries = primariesAsDrawn(w.window);
    REQUIRE(primaries.size() == 5);
    const int last = static_cast<int>(primaries.size());
    checkDimming(w.window, {}); // step 0: the whole diagram

    std::vector<QSet<NodeId>> branches;
    for (std::size_t k = 1; k <= primaries.size(); ++k) {
        INFO("step " << k);
        press(w.window, Qt::Key_PageDown);
        REQUIRE(present->step() == static_cast<int>(k));
        const NodeId &primary = primaries[k - 1];
        CHECK(present->steps()[k - 1].primary == primary);
        CHECK(w->selection()->current() == primary);
        const QSet<NodeId> focus = branchOf(d, primary);
        CHECK(focus.size() > 3);
        CHECK(focus.size() < static_cast<int>(d.nodes().size()));
        checkDimming(w.window, focus);
        branches.push_back(focus);
        // The branch's driver is on screen, below the pinned headers.
        const QRect shown =
            w->view()->mapFromScene(w->scene()->itemFor(primary)->box().rect).boundingRect();
        CHECK(w->view()->viewport()->rect().contains(shown));
        CHECK(shown.top() >= 0);
        CHECK(present->indicator()->isVisible());
        CHECK(
            present->indicator()->text().startsWith(QStringLiteral("%1 / %2 · ").arg(k).arg(last)));
    }
    // The idea shared by two drivers is in focus in both branches.
    int shared = 0;
    for (const Node &n : d.nodes()) {
        int in = 0;
        for (const QSet<NodeId> &b : branches)
            in += b.contains(n.id) && !n.isAim();
        shared += in > 1;
    }
    CHECK(shared >= 1);

    // Past the last driver nothing happens; Page Up, Left and Backspace go back.
    press(w.window, Qt::Key_PageDown);
    CHECK(present->step() == last);
    press(w.window, Qt::Key_PageUp);
    CHECK(present->step() == last - 1);
    checkDimming(w.window, branches[static_cast<std::size_t>(last - 2)]);
    press(w.window, Qt::Key_Left);
    CHECK(present->step() == last - 2);
    press(w.window, Qt::Key_Right);
    CHECK(present->step() == last - 1);
    press(w.window, Qt::Key_Backspace);
    CHECK(present->step() == last - 2);
    press(w.window, Qt::Key_Space);
    CHECK(present->step() == last - 1);
    press(w.window, Qt::Key_Home);
    CHECK(present->step() == 0);
    checkDimming(w.window, {});
    CHECK(w->selection()->selected().isEmpty());
    press(w.window, Qt::Key_End);
    CHECK(present->step() == last);
    // A click on a box does not bring the line of sight back over the step's focus.
    w->selection()->selectOne(primaries[0]);
    checkDimming(w.window, branches.back());

    CHECK_FALSE(w->document()->isModified());
    CHECK(w->document()->undoStack()->count() == 0);
    present->leave();
    // Back in the editor the line of sight dims again around a selected box.
    w->selection()->selectOne(primaries[0]);
    CHECK(w->scene()->isDimmed(w->scene()->itemFor(primaries[1])));
}

TEST_CASE("B blanks the screen and any key brings the diagram back", "[gui][present]")
{
    Window w;
    openExample(w);
    PresentationMode *present = w->presentation();
    present->enter();
    press(w.window, Qt::Key_PageDown);
    REQUIRE(present->step() == 1);

    press(w.window, Qt::Key_B);
    REQUIRE(present->isBlank());
    QWidget *blank = w->findChild<QWidget *>(QStringLiteral("presentationBlank"));
    REQUIRE(blank);
    CHECK(blank->isVisible());
    CHECK(blank->geometry() == w->rect());
    const QImage black = w->grab().toImage();
    CHECK(black.pixelColor(black.width() / 2, black.height() / 2) == QColor(Qt::black));
    // The key that brings the diagram back does nothing else.
    press(w.window, Qt::Key_PageDown);
    CHECK_FALSE(present->isBlank());
    CHECK(present->step() == 1);
    CHECK(present->isActive());

    // '.' too, and even F5 (a shortcut) only brings the diagram back.
    press(w.window, Qt::Key_Period);
    REQUIRE(present->isBlank());
    press(w.window, Qt::Key_F5);
    CHECK_FALSE(present->isBlank());
    CHECK(present->isActive());
    CHECK(QApplication::focusWidget() == w->view());
}

TEST_CASE("F2 while presenting corrects a box's text as one undo step", "[gui][present]")
{
    Window w;
    openExample(w);
    PresentationMode *present = w->presentation();
    present->enter();
    press(w.window, Qt::Key_PageDown);
    press(w.window, Qt::Key_PageDown);
    REQUIRE(present->step() == 2);
    const NodeId primary = present->steps()[1].primary;
    const std::size_t boxes = w->document()->diagram().nodes().size();
    const QSet<NodeId> focus = present->steps()[1].nodes;

    press(w.window, Qt::Key_F2);
    REQUIRE(w->view()->isEditing());
    auto *editor = w->view()->findChild<QPlainTextEdit *>(QStringLiteral("inPlaceEditor"));
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Shared power with parent leaders"));
    press(w.window, Qt::Key_Return); // ends the correction: no new box while presenting
    CHECK_FALSE(w->view()->isEditing());
    const Diagram &d = w->document()->diagram();
    CHECK(d.node(primary)->text == QStringLiteral("Shared power with parent leaders"));
    CHECK(d.nodes().size() == boxes);
    CHECK(w->document()->undoStack()->count() == 1);
    CHECK(present->isActive());
    CHECK(present->step() == 2);
    CHECK(present->steps()[1].text == QStringLiteral("Shared power with parent leaders"));
    checkDimming(w.window, focus); // the same branch stays in focus after the new layout

    // Esc while typing cancels the typing only; the next Esc leaves.
    press(w.window, Qt::Key_F2);
    REQUIRE(w->view()->isEditing());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" typo"));
    press(w.window, Qt::Key_Escape);
    CHECK_FALSE(w->view()->isEditing());
    CHECK(present->isActive());
    CHECK(d.node(primary)->text == QStringLiteral("Shared power with parent leaders"));
    CHECK(w->document()->undoStack()->count() == 1);
    press(w.window, Qt::Key_Escape);
    CHECK_FALSE(present->isActive());

    // Undo takes the correction back.
    w->document()->undoStack()->undo();
    CHECK(d.node(primary)->text != QStringLiteral("Shared power with parent leaders"));
}

TEST_CASE("started with --present FILE the editor opens the file presenting", "[gui][present]")
{
    // What main() does with `keydriver --present FILE` once the first window is shown.
    Window w;
    MainWindow *shown = openFromCommandLine(w.window, {sourcePath(Example)}, true);
    QApplication::processEvents();
    REQUIRE(shown == w.window);
    CHECK(w->document()->filePath() == sourcePath(Example));
    CHECK(w->presentation()->isActive());
    CHECK(w->windowState().testFlag(Qt::WindowFullScreen));
    CHECK(visibleDocks(w.window).isEmpty());
}

TEST_CASE("the projector theme is heavy and high in contrast, for the editor and exports",
          "[gui][present]")
{
    REQUIRE(Theme::names().contains(QStringLiteral("projector")));
    const Theme projector = *Theme::byName(QStringLiteral("projector"));
    const Theme classic = Theme::standard();
    CHECK(projector.link.width >= 2 * classic.link.width);
    CHECK(projector.text == QColor(Qt::black));
    CHECK(projector.background == QColor(Qt::white));
    for (const BoxStyle &c : projector.columns)
        CHECK(c.border.width >= 2 * classic.columns[1].border.width);
    // The other themes are as they were.
    CHECK(classic.link.width == Approx(1.2));
    CHECK(Theme::byName(QStringLiteral("high-contrast"))->link.width == Approx(2));
}
