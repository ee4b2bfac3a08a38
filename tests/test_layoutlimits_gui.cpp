// The editor with diagrams at and past the layout limits: an oversized file opens as an outline
// with a message instead of a picture, and a slow layout can be cancelled.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "model/document.h"
#include "model/layoutlimits.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/outlineview.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kdd;
using namespace kddtest;

namespace {

int nodeItems(const DiagramScene *scene)
{
    int count = 0;
    for (const QGraphicsItem *item : scene->items())
        count += item->type() == NodeItem::Type ? 1 : 0;
    return count;
}

// Clicks Cancel on the layout progress dialog as soon as it exists.
void cancelProgressSoon()
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *progress = qobject_cast<QProgressDialog *>(w)) {
                QPushButton *cancel = progress->findChild<QPushButton *>();
                REQUIRE(cancel);
                cancel->click(); // as the user does (cancel() alone does not emit canceled())
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start();
}

// A diagram past the slow-layout threshold, drawn with curves so that Graphviz lays it out.
Diagram slowDiagram(unsigned seed)
{
    Diagram d = generatedDiagram(layoutlimits::slowBoxes + 200, seed);
    LayoutSettings settings = d.layoutSettings();
    settings.links = LayoutSettings::Links::Curves;
    d.setLayoutSettings(settings);
    return d;
}

} // namespace

TEST_CASE("an oversized file opens as an outline with a message on the canvas, never a crash",
          "[gui][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.kdd"));
    REQUIRE(saveDiagram(ideaColumn(46400), path));
    Window w;
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(w->files()->openFile(path, &error));
    INFO("opened in " << timer.elapsed() << " ms");
    // A guard against a hang (it used to never finish), not a performance figure: about 4 s in a
    // normal build, 30 s under the sanitizers with other tests running.
    CHECK(timer.elapsed() < 120000);
    DiagramScene *scene = w->scene();
    CHECK(nodeItems(scene) == 0);
    CHECK(scene->diagramLayout().boxes.empty());
    const QString message = scene->tooLargeMessage();
    CHECK(message.startsWith(
        QStringLiteral("This diagram is too large to draw: the Change ideas column has "
                       "46,400 boxes")));
    CHECK(w->statusBar()->currentMessage() == message);
    CHECK(w->outline()->topLevelItemCount() > 0);
    CHECK(w->document()->diagram().nodes().size() == 46401);

    // Once the diagram is small enough it is drawn again.
    w->document()->reset(ideaColumn(20));
    CHECK(scene->tooLargeMessage().isEmpty());
    CHECK(nodeItems(scene) == 21);
}

TEST_CASE("a slow layout runs behind a progress dialog and its result is shown", "[gui][limits]")
{
    Window w;
    const Diagram d = slowDiagram(3);
    REQUIRE(isSlowLayout(d));
    // The same diagram in the user's order with brackets is laid out by our own placer, fast.
    Diagram brackets = d;
    brackets.setLayoutSettings(LayoutSettings());
    CHECK_FALSE(isSlowLayout(brackets));
    CHECK(isSlowGraphvizLayout(brackets));
    bool sawProgress = false; // the layout runs in a worker while events are processed
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&sawProgress] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            sawProgress = sawProgress || qobject_cast<QProgressDialog *>(widget);
    });
    poll.start();
    w->document()->reset(d);
    poll.stop();
    CHECK(sawProgress);
    CHECK(nodeItems(w->scene()) == static_cast<int>(d.nodes().size()));
    CHECK(w->scene()->diagramLayout().boxes.size() == d.nodes().size());
}

TEST_CASE("cancelling a slow layout keeps the previous picture", "[gui][limits]")
{
    Window w;
    w->document()->reset(ideaColumn(5));
    DiagramScene *scene = w->scene();
    REQUIRE(nodeItems(scene) == 6);
    const QRectF before = scene->diagramLayout().bounds;
    QString failure;
    QObject::connect(scene, &DiagramScene::layoutFailed, scene,
                     [&failure](const QString &m) { failure = m; });
    cancelProgressSoon();
    w->document()->reset(slowDiagram(4));
    CHECK(failure.startsWith(QStringLiteral("Layout cancelled")));
    CHECK(nodeItems(scene) == 6);
    CHECK(scene->diagramLayout().bounds == before);
    // The abandoned layout finishes in the background; the next one is not disturbed by it.
    w->document()->reset(ideaColumn(7));
    CHECK(nodeItems(scene) == 8);
}

namespace {

QAction *menuAction(MainWindow *window, const QString &startsWith)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(startsWith))
                return a;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("tidy up and copy as image of a slow diagram run behind the progress dialog",
          "[gui][limits]")
{
    Window w;
    const Diagram d = slowDiagram(5);
    REQUIRE(isSlowLayout(d));
    w->document()->reset(d);
    QAction *tidy = menuAction(w.window, QStringLiteral("Tidy Up"));
    QAction *copy = menuAction(w.window, QStringLiteral("Copy Diagram as Image"));
    REQUIRE(tidy);
    REQUIRE(copy);

    // Cancelled: no step, the order as it was.
    cancelProgressSoon();
    tidy->trigger();
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK(writeDiagram(w->document()->diagram()) == writeDiagram(d));

    bool sawProgress = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&sawProgress] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            sawProgress = sawProgress || qobject_cast<QProgressDialog *>(widget);
    });
    poll.start();
    tidy->trigger();
    CHECK(w->document()->undoStack()->count() == 1); // reordered, one step
    QApplication::clipboard()->clear();
    copy->trigger();
    poll.stop();
    CHECK(sawProgress);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    // The SVG is on the clipboard (the PNG of 2,200 boxes is past the PNG size limit, so only the
    // vector image is offered, as without the worker).
    CHECK(mime->data(QStringLiteral("image/svg+xml")).contains("</svg>"));
}
