// The View menu and the canvas's readability: sticky column headers, Fit Width, the zoom a large
// diagram opens at, and the link, idea and theme choices the editor remembers.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "model/document.h"
#include "model/kddfile.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kdd;
using namespace kddtest;

namespace {

QAction *action(MainWindow *window, const char *name)
{
    QAction *a = window->findChild<QAction *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(a);
    return a;
}

// The scene rectangle the viewport shows.
QRectF visibleRect(DiagramView *view)
{
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

// The rows of `image` from `top` (`height` rows) that hold dark ink, one flag per row.
std::vector<bool> inkRows(const QImage &image, int top, int height)
{
    std::vector<bool> rows;
    for (int y = top; y < top + height; ++y) {
        bool ink = false;
        for (int x = 0; x < image.width() && !ink; ++x)
            ink = y >= 0 && y < image.height() && image.pixelColor(x, y).lightness() < 110;
        rows.push_back(ink);
    }
    return rows;
}

// How many ink pixels `image` has between rows `top` and `top + height`.
int inkPixels(const QImage &image, int top, int height)
{
    int count = 0;
    for (int y = std::max(0, top); y < std::min(image.height(), top + height); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).lightness() < 110;
    }
    return count;
}

} // namespace

TEST_CASE("column headers stay over the canvas while scrolling down and sideways", "[gui][view]")
{
    Window w;
    w->document()->reset(generatedDiagram(200, 4));
    DiagramView *view = w->view();
    view->showOpened();
    QApplication::processEvents();
    const DiagramLayout &layout = w->scene()->diagramLayout();
    REQUIRE_FALSE(layout.headers.empty());
    REQUIRE(view->verticalScrollBar()->maximum() > 0);

    // At the top the headers are in their own place: no strip.
    view->verticalScrollBar()->setValue(0);
    CHECK(view->stickyHeaderRect().isEmpty());
    const QImage top = view->viewport()->grab().toImage();
    qreal headerTop = layout.headers.front().rect.top();
    qreal headerBottom = layout.headers.front().rect.bottom();
    for (const DiagramLayout::Header &h : layout.headers) {
        headerTop = std::min(headerTop, h.rect.top());
        headerBottom = std::max(headerBottom, h.rect.bottom());
    }
    const int naturalY = view->mapFromScene(QPointF(0, headerTop)).y();
    const int headerPixels = qRound((headerBottom - headerTop) * view->zoom());
    const int inPlace = inkPixels(top, naturalY, headerPixels);
    REQUIRE(inPlace > 50);

    // Scrolled halfway down the headers' own place is far above, yet they are drawn at the top
    // of the canvas, the same size as in place.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QApplication::processEvents();
    REQUIRE(visibleRect(view).top() > headerBottom + 100);
    const QRectF strip = view->stickyHeaderRect();
    REQUIRE_FALSE(strip.isEmpty());
    CHECK(strip.top() == Approx(visibleRect(view).top()));
    CHECK(strip.height() >= headerBottom - headerTop);
    const QImage scrolled = view->viewport()->grab().toImage();
    const int stripPixels = qCeil(strip.height() * view->zoom());
    const int stuck = inkPixels(scrolled, 0, stripPixels);
    CHECK(stuck == Approx(inPlace).epsilon(0.15));
    // The same rows carry text as in place (the strip is the headers, not boxes under it).
    const int pad = (stripPixels - headerPixels) / 2;
    const std::vector<bool> expected = inkRows(top, naturalY, headerPixels);
    const std::vector<bool> shown = inkRows(scrolled, pad, headerPixels);
    int same = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        same += expected[i] == shown[i];
    CHECK(same >= static_cast<int>(expected.size()) - 3);

    // Scrolling sideways keeps the strip across the visible width, at the scene's x.
    if (view->horizontalScrollBar()->maximum() > 0) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QApplication::processEvents();
        CHECK(view->stickyHeaderRect().left() == Approx(visibleRect(view).left()));
    }
}

TEST_CASE("Fit Width fills the width but never makes box text smaller than 10 px", "[gui][view]")
{
    Window w;
    DiagramView *view = w->view();
    w->document()->reset(generatedDiagram(370, 2));
    QApplication::processEvents();
    const QRectF bounds = w->scene()->diagramLayout().bounds;

    // A window too narrow for the diagram at readable size: the minimum, scrolled from the left.
    w->resize(900, 700);
    QApplication::processEvents();
    view->fitWidth();
    CHECK(view->boxTextPixels() >= DiagramView::MinFitTextPixels - 1e-9);
    CHECK(view->boxTextPixels() == Approx(DiagramView::MinFitTextPixels));
    CHECK(view->mapFromScene(bounds.topLeft()).x() >= -1);
    CHECK(view->mapFromScene(bounds.topLeft()).x() <= 2);

    // A window wide enough: the diagram's width spans the canvas.
    const int docks = w->width() - view->viewport()->width();
    w->resize(docks + qRound(bounds.width() * 1.2), 900);
    QApplication::processEvents();
    view->fitWidth();
    QApplication::processEvents();
    INFO("zoom " << view->zoom() << ", viewport " << view->viewport()->width());
    CHECK(view->boxTextPixels() >= DiagramView::MinFitTextPixels);
    const QRect shown = view->mapFromScene(bounds).boundingRect();
    CHECK(shown.width() == Approx(view->viewport()->width()).epsilon(0.03));
    CHECK(shown.left() >= -1);
}

TEST_CASE("a large diagram opens at its top at a readable zoom, a small one fitted", "[gui][view]")
{
    QTemporaryDir dir;
    const QString large = dir.filePath(QStringLiteral("large.kdd"));
    REQUIRE(saveDiagram(generatedDiagram(370, 3), large));
    Window w;
    w->resize(1280, 800);
    QApplication::processEvents();
    QString error;
    REQUIRE(w->files()->openFile(large, &error));
    QApplication::processEvents();
    DiagramView *view = w->view();
    const QRectF bounds = w->scene()->diagramLayout().bounds;
    INFO("zoom " << view->zoom());
    CHECK(view->boxTextPixels() >= DiagramView::OpenTextPixels - 1e-9);
    const QPoint corner = view->mapFromScene(bounds.topLeft());
    CHECK(corner.x() >= -1);
    CHECK(corner.x() <= 2);
    CHECK(corner.y() >= -1);
    CHECK(corner.y() <= 2);
    // The headers are in view in their own place.
    CHECK(view->stickyHeaderRect().isEmpty());

    // A diagram that fits at readable size is shown whole, centred.
    const QString small = dir.filePath(QStringLiteral("small.kdd"));
    Diagram tiny;
    tiny.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Fewer falls")));
    REQUIRE(saveDiagram(tiny, small));
    Window v;
    REQUIRE(v->files()->openFile(small, &error));
    QApplication::processEvents();
    const QRectF tinyBounds = v->scene()->diagramLayout().bounds;
    CHECK(
        v->view()->viewport()->rect().contains(v->view()->mapFromScene(tinyBounds).boundingRect()));
    CHECK(v->view()->boxTextPixels() >= DiagramView::OpenTextPixels);
}

TEST_CASE("View Links and Change Ideas are undoable edits that new documents remember",
          "[gui][view]")
{
    Window w;
    w->document()->reset(goodDiagram());
    CHECK(action(w.window, "links-brackets")->isChecked());
    CHECK(action(w.window, "ideas-separate")->isChecked());

    action(w.window, "links-straight")->trigger();
    CHECK(w->document()->diagram().layoutSettings().links == LayoutSettings::Links::Straight);
    CHECK(action(w.window, "links-straight")->isChecked());
    action(w.window, "ideas-stacked")->trigger();
    CHECK(w->document()->diagram().layoutSettings().ideas == LayoutSettings::Ideas::Stacked);
    CHECK(w->document()->undoStack()->count() == 2);
    CHECK(w->document()->isModified());

    // Undo takes the choice back, and the menu follows the document.
    w->document()->undoStack()->undo();
    w->document()->undoStack()->undo();
    CHECK(w->document()->diagram().layoutSettings().links == LayoutSettings::Links::Brackets);
    CHECK(w->document()->diagram().layoutSettings().ideas == LayoutSettings::Ideas::Separate);
    CHECK(action(w.window, "links-brackets")->isChecked());
    CHECK(action(w.window, "ideas-separate")->isChecked());

    // The last choice is remembered: a new document starts with it, unmodified.
    CHECK(QSettings().value(QStringLiteral("view/links")).toString() == QStringLiteral("straight"));
    Window next;
    CHECK(next->document()->diagram().layoutSettings().links == LayoutSettings::Links::Straight);
    CHECK(next->document()->diagram().layoutSettings().ideas == LayoutSettings::Ideas::Stacked);
    CHECK(action(next.window, "links-straight")->isChecked());
    CHECK(action(next.window, "ideas-stacked")->isChecked());
    CHECK_FALSE(next->document()->isModified());

    // A file keeps its own choice.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curves.kdd"));
    Diagram curves = goodDiagram();
    LayoutSettings settings = curves.layoutSettings();
    settings.links = LayoutSettings::Links::Curves;
    curves.setLayoutSettings(settings);
    REQUIRE(saveDiagram(curves, path));
    QString error;
    REQUIRE(next->files()->openFile(path, &error));
    CHECK(next->document()->diagram().layoutSettings().links == LayoutSettings::Links::Curves);
    CHECK(action(next.window, "links-curves")->isChecked());
    CHECK(action(next.window, "ideas-separate")->isChecked());
}

TEST_CASE("the theme is remembered and Copy Diagram as Image uses the one on screen", "[gui][view]")
{
    Window w;
    w->document()->reset(goodDiagram());
    CHECK(w->scene()->theme().name == QStringLiteral("classic"));
    action(w.window, "theme-colour")->trigger();
    CHECK(w->scene()->theme().name == QStringLiteral("colour"));

    QAction *copy = nullptr;
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Copy Dia&gram as Image"))
            copy = a;
    }
    REQUIRE(copy);
    copy->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    const QString svg = QString::fromUtf8(mime->data(QStringLiteral("image/svg+xml")));
    REQUIRE_FALSE(svg.isEmpty());
    // The colour theme's aim fill, which the classic theme does not have.
    const QColor aimFill = Theme::byName(QStringLiteral("colour"))->columns[0].fill;
    CHECK(svg.contains(aimFill.name()));

    Window next;
    CHECK(next->scene()->theme().name == QStringLiteral("colour"));
    CHECK(action(next.window, "theme-colour")->isChecked());
}

TEST_CASE("View Arrowheads follows the theme until chosen, then stays chosen", "[gui][view]")
{
    Window w;
    w->document()->reset(goodDiagram());
    QAction *arrowheads = action(w.window, "arrowheads");
    action(w.window, "theme-classic")->trigger();
    CHECK_FALSE(arrowheads->isChecked()); // classic has none
    action(w.window, "theme-colour")->trigger();
    CHECK(arrowheads->isChecked()); // colour has them
    arrowheads->trigger();          // the user turns them off
    CHECK_FALSE(w->scene()->theme().arrowheads);
    action(w.window, "theme-high-contrast")->trigger();
    CHECK_FALSE(w->scene()->theme().arrowheads); // the choice holds for every theme
    Window next;
    CHECK_FALSE(next->scene()->theme().arrowheads);
    CHECK_FALSE(action(next.window, "arrowheads")->isChecked());
}

TEST_CASE("the first start opens large with narrow docks, the canvas in between", "[gui][view]")
{
    QSettings().remove(QStringLiteral("window/geometry"));
    QSettings().remove(QStringLiteral("window/state"));
    MainWindow window; // not the fixture: it sets a size of its own
    window.askToSave = [](MainWindow *) { return MainWindow::CloseAnswer::Discard; };
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the dock sizes are applied once the window is laid out
    const QRect screen = window.screen()->availableGeometry();
    CHECK(window.width() >= screen.width() * 8 / 10);
    CHECK(window.height() >= screen.height() * 8 / 10);
    const auto widthOf = [&window](const char *dock) {
        const auto *d = window.findChild<QDockWidget *>(QString::fromLatin1(dock));
        REQUIRE(d);
        return d->width();
    };
    // Narrow: no wider than a seventh (outline) and a fifth (inspector) of the window, or
    // their smallest useful widths.
    CHECK(widthOf("outlineDock") <= std::max(200, window.width() / 7) + 8);
    CHECK(widthOf("inspectorDock") <= std::max(280, window.width() / 5) + 8);
    CHECK(window.view()->viewport()->width()
          >= window.width() - widthOf("outlineDock") - widthOf("inspectorDock") - 40);
}

// Prints the zooms for docs and reviews (hidden: run `kdd_gui_tests "[.measure]"` by hand).
TEST_CASE("zoom and box text size of the examples in a 1280 x 800 window", "[.measure]")
{
    QTemporaryDir dir;
    QStringList paths = examplePaths();
    paths << dir.filePath(QStringLiteral("generated-370.kdd"));
    REQUIRE(saveDiagram(generatedDiagram(370, 3), paths.back()));
    for (const QString &path : paths) {
        Window w;
        w->resize(1280, 800);
        QApplication::processEvents();
        QString error;
        REQUIRE(w->files()->openFile(path, &error));
        QApplication::processEvents();
        DiagramView *view = w->view();
        const qreal opened = view->zoom();
        view->fitToWindow();
        const qreal fit = view->zoom();
        const QRectF bounds = w->scene()->diagramLayout().bounds;
        qreal before = fit;
        if (fit < 0.5)
            before = std::clamp(view->viewport()->width() / bounds.width(), 0.6, 1.0);
        view->fitWidth();
        const qreal width = view->zoom();
        const qreal px = w->scene()->typography().boxFont.pixelSize();
        std::printf("%-20s boxes %4zu viewport %dx%d fit %.0f%% (%.1f px) old-open %.0f%% (%.1f "
                    "px) open %.0f%% (%.1f px) fit-width %.0f%% (%.1f px)\n",
                    qPrintable(QFileInfo(path).fileName()), w->document()->diagram().nodes().size(),
                    view->viewport()->width(), view->viewport()->height(), fit * 100, fit * px,
                    before * 100, before * px, opened * 100, opened * px, width * 100, width * px);
        CHECK(opened * px >= DiagramView::OpenTextPixels - 1e-9);
        CHECK(width * px >= DiagramView::MinFitTextPixels - 1e-9);
    }
}
