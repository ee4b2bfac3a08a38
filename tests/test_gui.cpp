// The editor driven as a coach drives it: keyboard entry, mouse links, undo, files, recovery.
// Runs offscreen; asserts with Catch2 REQUIRE/CHECK only (QTest's own verify macros return silently
// here).
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/editactions.h"
#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "app/propertiesdialog.h"
#include "app/recovery.h"
#include "model/checks.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/equitylens.h"
#include "model/kddfile.h"
#include "views/canvasitems.h"
#include "views/checksview.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/equitypanel.h"
#include "views/inspector.h"
#include "views/measuresview.h"
#include "views/outlineview.h"
#include "views/selection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace kdd;
using namespace kddtest;

namespace {

QPlainTextEdit *editorOf(DiagramView *view)
{
    return view->viewport()->findChild<QPlainTextEdit *>(QStringLiteral("inPlaceEditor"));
}

void typeInto(DiagramView *view, const QString &text)
{
    QPlainTextEdit *editor = editorOf(view);
    REQUIRE(editor);
    QTest::keyClicks(editor, text);
}

QPoint viewPoint(DiagramView *view, QPointF scenePos) { return view->mapFromScene(scenePos); }

} // namespace

TEST_CASE("a coach builds a diagram from the keyboard alone on the canvas", "[gui]")
{
    Window w;
    DiagramView *view = w->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return); // empty diagram: Enter makes the aim
    typeInto(view, QStringLiteral("Reduce ED visits by 50% by June 2027"));
    QTest::keyClick(editorOf(view), Qt::Key_Tab); // commit, new primary driver
    typeInto(view, QStringLiteral("Families reach the team"));
    QTest::keyClick(editorOf(view), Qt::Key_Tab); // secondary driver
    typeInto(view, QStringLiteral("Trusted contact between visits"));
    QTest::keyClick(editorOf(view), Qt::Key_Tab); // change idea
    typeInto(view, QStringLiteral("Text line answered in 30 minutes"));
    QTest::keyClick(editorOf(view), Qt::Key_Return); // another change idea
    typeInto(view, QStringLiteral("Nurse call after each visit"));
    QTest::keyClick(editorOf(view), Qt::Key_Escape); // done: a new box with text is kept
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.nodes().size() == 5);
    CHECK(d.node(w->selection()->current())->text == QStringLiteral("Nurse call after each visit"));
    QTest::keyClick(view, Qt::Key_Return);           // from the canvas: a third idea…
    QTest::keyClick(editorOf(view), Qt::Key_Escape); // …empty: taken back
    REQUIRE(d.nodes().size() == 5);
    // F2 edits the selected box in place; the edit is one more undo step.
    QTest::keyClick(view, Qt::Key_F2);
    typeInto(view, QStringLiteral(" (within 2 days)"));
    QTest::keyClick(editorOf(view), Qt::Key_Escape);
    CHECK(d.node(w->selection()->current())->text == QStringLiteral("Nurse call after each visit"));

    QStringList texts;
    for (const Node &n : d.nodes())
        texts << n.text;
    CHECK(texts.contains(QStringLiteral("Reduce ED visits by 50% by June 2027")));
    CHECK(texts.contains(QStringLiteral("Nurse call after each visit")));
    int ideas = 0;
    for (const Node &n : d.nodes())
        ideas += n.isChange();
    CHECK(ideas == 2);
    CHECK(d.links().size() == 4);
    CHECK(w->scene()->diagramLayout().boxes.size() == 5); // the canvas follows

    // Undo everything, step by step, back to the empty diagram; redo it all.
    const QByteArray built = writeDiagram(d);
    while (w->document()->undoStack()->canUndo())
        w->document()->undoStack()->undo();
    CHECK(d.nodes().empty());
    while (w->document()->undoStack()->canRedo())
        w->document()->undoStack()->redo();
    CHECK(writeDiagram(d) == built); // boxes whose entry was cancelled are not in the history
    CHECK(w->isWindowModified());
}

TEST_CASE("arrow keys, Delete and Alt+Down work on the canvas", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramView *view = w->view();
    view->setFocus();
    w->selection()->selectOne(QStringLiteral("aim"));
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(w->selection()->current().startsWith(QLatin1Char('p')));
    w->selection()->selectOne(QStringLiteral("p1"));
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(w->selection()->current() == QStringLiteral("p2"));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    const Diagram &d = w->document()->diagram();
    CHECK(d.indexOf(QStringLiteral("p2")) < d.indexOf(QStringLiteral("p1")));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK_FALSE(d.contains(QStringLiteral("p2")));
    CHECK_FALSE(w->selection()->current().isEmpty()); // a neighbour is selected
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    w->document()->undoStack()->undo();
    CHECK(d.contains(QStringLiteral("p2")));
}

TEST_CASE("dragging from a box's edge onto a box to the right links them", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramView *view = w->view();
    view->resetZoom();
    const DiagramLayout &layout = w->scene()->diagramLayout();
    const QRectF from = layout.box(QStringLiteral("p1"))->rect;
    const QRectF to = layout.box(QStringLiteral("c2"))->rect;
    view->centerOn(QRectF(from).united(to).center());
    const QPoint start = viewPoint(view, QPointF(from.right() - 4, from.center().y()));
    const QPoint end = viewPoint(view, to.center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), (start + end) / 2);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.link(QStringLiteral("p1"), QStringLiteral("c2")) != nullptr);
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Link"));

    // Dragging leftwards (change idea onto a driver) creates nothing.
    const QRectF idea = w->scene()->diagramLayout().box(QStringLiteral("c1"))->rect;
    const QRectF driver = w->scene()->diagramLayout().box(QStringLiteral("p2"))->rect;
    const QPoint s2 = viewPoint(view, QPointF(idea.right() - 4, idea.center().y()));
    const QPoint e2 = viewPoint(view, driver.center());
    const std::size_t links = d.links().size();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, s2);
    QTest::mouseMove(view->viewport(), e2);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, e2);
    CHECK(d.links().size() == links);
}

TEST_CASE("the outline takes Enter and Tab too", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    OutlineView *outline = w->outline();
    outline->setFocus();
    w->selection()->selectOne(QStringLiteral("p2"));
    QTest::keyClick(outline, Qt::Key_Tab); // new secondary driver under p2, editing
    QApplication::processEvents();
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.nodes().size() == 6);
    const NodeId created = w->selection()->current();
    CHECK(d.node(created)->isDriver());
    CHECK(d.node(created)->level == 2);
    CHECK(d.link(QStringLiteral("p2"), created) != nullptr);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("Rota flexibility"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(d.node(created)->text == QStringLiteral("Rota flexibility"));
    CHECK(d.nodes().size() == 7); // Enter went on to a sibling
}

TEST_CASE("the inspector sets a change idea's status as one undo step", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    w->selection()->selectOne(QStringLiteral("c1"));
    auto *status = w->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    REQUIRE(status);
    status->setCurrentIndex(1); // testing
    const Diagram &d = w->document()->diagram();
    CHECK(d.node(QStringLiteral("c1"))->status == ChangeStatus::Testing);
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    CHECK(d.node(QStringLiteral("c1"))->status == ChangeStatus::Idea);
    CHECK(status->currentIndex() == 0); // the inspector follows undo
}

TEST_CASE("save, reload, and a bad file that changes nothing", "[gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Window w;
    w->document()->reset(goodDiagram());
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Edited"));
    CHECK(w->isWindowModified());
    const QString path = dir.filePath(QStringLiteral("plan.kdd"));
    QString error;
    REQUIRE(w->files()->saveFile(path, &error));
    CHECK_FALSE(w->isWindowModified());
    CHECK(w->windowTitle().startsWith(QStringLiteral("plan.kdd")));

    Window other;
    REQUIRE(other->files()->openFile(path, &error));
    CHECK(writeDiagram(other->document()->diagram()) == writeDiagram(w->document()->diagram()));
    CHECK(FileController::recentFiles().contains(path));

    const QString bad = dir.filePath(QStringLiteral("bad.kdd"));
    REQUIRE(
        writeAll(bad, "{\n  \"format\": \"keydriver\",\n  \"version\": 1,\n  \"nodes\": [,]\n}\n"));
    const QByteArray before = writeDiagram(other->document()->diagram());
    CHECK_FALSE(other->files()->openFile(bad, &error));
    CHECK(error.startsWith(bad + QStringLiteral(":4:13: not valid JSON")));
    CHECK(writeDiagram(other->document()->diagram()) == before);
    CHECK(other->document()->filePath() == path);
}

TEST_CASE("unsaved work survives a crash through the recovery file", "[gui]")
{
    for (const Recovery::Entry &stale : Recovery::pending())
        Recovery::remove(stale);
    QByteArray expected;
    {
        Window w;
        w->document()->reset(goodDiagram());
        edit::setText(*w->document(), QStringLiteral("p2"), QStringLiteral("Unsaved words"));
        expected = writeDiagram(w->document()->diagram());
        REQUIRE(w->recovery()->writeNow());
        // While this window lives its copy is locked: never offered to another KeyDriver.
        CHECK(Recovery::pending().empty());
        const QStringList copies =
            QDir(Recovery::directory()).entryList({QStringLiteral("*.kdd")}, QDir::Files);
        REQUIRE(copies.size() == 1);
        // A crash: the process dies and nothing is cleaned up. Simulate by keeping the copy.
        const QString copy = QDir(Recovery::directory()).filePath(copies.front());
        const QString keep = copy + QStringLiteral(".crash");
        REQUIRE(QFile::copy(copy, keep));
        w.window->askToSave = [](MainWindow *) { return MainWindow::CloseAnswer::Discard; };
        delete w.window; // a clean close removes the copy …
        w.window = nullptr;
        CHECK(Recovery::pending().empty());
        REQUIRE(QFile::rename(keep, copy)); // … so put back what a crash would have left
        QFile about(QFileInfo(copy).path() + QLatin1Char('/') + QFileInfo(copy).completeBaseName()
                    + QStringLiteral(".json"));
        REQUIRE(about.open(QIODevice::WriteOnly));
        about.write(R"({"path": "", "savedAt": "2026-11-26T10:00:00"})");
    }
    const std::vector<Recovery::Entry> pending = Recovery::pending();
    REQUIRE(pending.size() == 1);
    QString error;
    MainWindow *restored =
        FileController::restore(pending.front().recoveryFile, pending.front().originalPath, &error);
    REQUIRE(restored);
    Recovery::remove(pending.front());
    CHECK(writeDiagram(restored->document()->diagram()) == expected);
    CHECK(restored->document()->isModified()); // still unsaved: the user decides
    restored->askToSave = [](MainWindow *) { return MainWindow::CloseAnswer::Discard; };
    delete restored;
    CHECK(Recovery::pending().empty());
}

TEST_CASE("closing with unsaved changes asks, and Cancel keeps the window", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Changed"));
    int asked = 0;
    w->askToSave = [&asked](MainWindow *) {
        ++asked;
        return MainWindow::CloseAnswer::Cancel;
    };
    CHECK_FALSE(w->close());
    CHECK(asked == 1);
    CHECK(w->isVisible());
    w->document()->undoStack()->undo(); // back to the opened state: no question
    CHECK(w->close());
    CHECK(asked == 1);
}

TEST_CASE("copy boxes in one window and paste them into another", "[gui]")
{
    Window a;
    a->document()->reset(goodDiagram());
    a->selection()->select({QStringLiteral("p2"), QStringLiteral("c2")}, QStringLiteral("p2"));
    a->edits()->copy();
    Window b;
    b->document()->reset(goodDiagram());
    b->selection()->selectOne(QStringLiteral("aim"));
    b->edits()->paste();
    const Diagram &d = b->document()->diagram();
    REQUIRE(d.nodes().size() == 7);
    const QStringList pasted = b->selection()->selected();
    REQUIRE(pasted.size() == 2);
    // The pasted driver hangs under the aim and keeps its weak link to the pasted idea.
    const NodeId driver = d.node(pasted[0])->isDriver() ? pasted[0] : pasted[1];
    const NodeId idea = driver == pasted[0] ? pasted[1] : pasted[0];
    CHECK(d.link(QStringLiteral("aim"), driver) != nullptr);
    REQUIRE(d.link(driver, idea) != nullptr);
    CHECK(d.link(driver, idea)->strength == LinkStrength::Weak);
    b->document()->undoStack()->undo();
    CHECK(d.nodes().size() == 5);
}

TEST_CASE("pasting a plain-text list adds boxes under the selected box as one undo step", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    const Diagram before = w->document()->diagram();
    const int steps = w->document()->undoStack()->count();
    QApplication::clipboard()->setText(QStringLiteral("- Trust\n  - Call first\n"
                                                      "  - Home visits\n\n- Access\n"));
    w->selection()->selectOne(QStringLiteral("aim"));
    w->edits()->paste();
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.nodes().size() == before.nodes().size() + 4);
    CHECK(w->document()->undoStack()->count() == steps + 1);
    const QStringList pasted = w->selection()->selected();
    REQUIRE(pasted.size() == 4);
    int drivers = 0;
    int ideas = 0;
    for (const QString &id : pasted) {
        const Node *n = d.node(id);
        REQUIRE(n);
        if (n->isDriver() && n->level == 1) {
            ++drivers;
            CHECK(d.link(QStringLiteral("aim"), id));
        }
        if (n->isChange())
            ++ideas;
    }
    CHECK(drivers == 2);
    CHECK(ideas == 2);
    w->document()->undoStack()->undo();
    CHECK(w->document()->diagram() == before);

    // Too deep for the columns right of a change idea: nothing is pasted.
    QApplication::clipboard()->setText(QStringLiteral("a\n  b\n"));
    w->selection()->selectOne(QStringLiteral("c1"));
    w->edits()->paste();
    CHECK(w->document()->diagram() == before);
}

TEST_CASE("File Import Outline opens an outline as a new untitled diagram", "[gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString txt = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(txt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Aim\n  - Driver\n    - Idea\n");
    }
    Window w;
    QString error;
    MainWindow *target = w->files()->importOutline(txt, &error);
    REQUIRE(target);
    // An untouched window takes the import; otherwise a new one does.
    std::unique_ptr<MainWindow> extra(target == w.window ? nullptr : target);
    const Diagram &d = target->document()->diagram();
    CHECK(d.nodes().size() == 3);
    CHECK(d.links().size() == 2);
    CHECK(target->document()->filePath().isEmpty());

    const QString bad = dir.filePath(QStringLiteral("bad.md"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an outline\n");
    }
    CHECK(target->files()->importOutline(bad, &error) == nullptr);
    CHECK(error.contains(bad + QStringLiteral(":1:")));
    CHECK(d.nodes().size() == 3);
}

TEST_CASE("dragging a box down reorders its column, and rubber band selects several", "[gui]")
{
    Window w;
    Diagram d0 = goodDiagram();
    d0.insertNode(makeNode(QStringLiteral("p3"), NodeKind::Driver, QStringLiteral("Third driver")));
    d0.addLink({QStringLiteral("aim"), QStringLiteral("p3"), LinkStrength::Strong, {}});
    w->document()->reset(d0);
    DiagramView *view = w->view();
    view->resetZoom();
    const DiagramLayout &layout = w->scene()->diagramLayout();
    const QRectF p1 = layout.box(QStringLiteral("p1"))->rect;
    const QRectF p3 = layout.box(QStringLiteral("p3"))->rect;
    view->centerOn(p1.united(p3).center());
    const QPoint start = viewPoint(view, p1.center() - QPointF(20, 0));
    const QPoint end = viewPoint(view, QPointF(p1.center().x() - 20, p3.bottom() + 5));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), start + QPoint(0, 10));
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
    const Diagram &d = w->document()->diagram();
    CHECK(d.indexOf(QStringLiteral("p1"))
          > d.indexOf(QStringLiteral("p3"))); // now last of its column
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Move down"));

    // A rubber band around the change ideas selects both.
    const DiagramLayout &now = w->scene()->diagramLayout();
    const QRectF ideas =
        now.box(QStringLiteral("c1"))->rect.united(now.box(QStringLiteral("c2"))->rect);
    view->centerOn(ideas.center());
    const QPoint from = viewPoint(view, ideas.topLeft() - QPointF(10, 10));
    const QPoint to = viewPoint(view, ideas.bottomRight() + QPointF(10, 10));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QStringList selected = w->selection()->selected();
    selected.sort();
    CHECK(selected == QStringList{QStringLiteral("c1"), QStringLiteral("c2")});
}

TEST_CASE("the checks dock follows every edit and selects what a finding is about", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    ChecksView *checks = w->checks();
    CHECK(checks->topLevelItemCount() == 0); // the good diagram is clean
    edit::setText(*w->document(), QStringLiteral("p2"), QStringLiteral("Implement a rota"));
    REQUIRE(checks->topLevelItemCount() == 1);
    QTreeWidgetItem *row = checks->topLevelItem(0);
    CHECK(row->text(1) == QStringLiteral("KDD118"));
    CHECK(row->text(0) == runChecks(w->document()->diagram()).front().message);
    emit checks->itemActivated(row, 0);
    CHECK(w->selection()->current() == QStringLiteral("p2"));
    CHECK(w->statusBar()->findChild<QLabel *>() != nullptr);
    w->document()->undoStack()->undo();
    CHECK(checks->topLevelItemCount() == 0);
}

TEST_CASE("selecting a box dims everything off its line of sight", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramScene *scene = w->scene();
    w->selection()->selectOne(QStringLiteral("p1"));
    const auto dimmed = [&](const char *id) {
        return scene->isDimmed(scene->itemFor(QString::fromLatin1(id)));
    };
    CHECK_FALSE(dimmed("aim"));
    CHECK_FALSE(dimmed("c1"));
    CHECK(dimmed("p2"));
    CHECK(dimmed("c2"));
    // It survives a re-layout, and switching it off restores everything.
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Renamed"));
    CHECK(dimmed("c2"));
    scene->setLineOfSight(false);
    CHECK_FALSE(dimmed("c2"));
    scene->setLineOfSight(true);
    w->selection()->clear();
    CHECK_FALSE(dimmed("c2"));
}

TEST_CASE("the measures dock adds, edits, stratifies and attaches by drag and drop", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    MeasuresView *measures = w->measures();
    QTableWidget *table = measures->table();
    CHECK(table->rowCount() == 3);
    w->selection()->selectOne(QStringLiteral("p1"));
    const MeasureId id =
        edit::addMeasure(*w->document(), MeasureType::Balancing, w->selection()->selected());
    measures->selectMeasure(id);
    REQUIRE(table->rowCount() == 4);
    REQUIRE(measures->currentMeasure() == id);
    table->item(3, 0)->setText(QStringLiteral("Left without being seen"));
    QApplication::processEvents();
    const Diagram &d = w->document()->diagram();
    CHECK(d.measure(id)->name == QStringLiteral("Left without being seen"));
    measures->toggleStratification(QStringLiteral("language"));
    CHECK(d.measure(id)->stratifyBy == QStringList{QStringLiteral("language")});
    CHECK(table->item(3, 6)->text() == QStringLiteral("language"));

    // Drop the measure on c2's box on the canvas.
    DiagramView *view = w->view();
    view->resetZoom();
    const QRectF box = w->scene()->diagramLayout().box(QStringLiteral("c2"))->rect;
    view->centerOn(box.center());
    QMimeData mime;
    mime.setData(MeasuresView::measureMimeType(), id.toUtf8());
    const QPointF at = view->mapFromScene(box.center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &drop);
    CHECK(d.measure(id)->nodes == QStringList{QStringLiteral("p1"), QStringLiteral("c2")});
    // The badge shows on the canvas.
    CHECK(w->scene()->diagramLayout().box(QStringLiteral("c2"))->badges.size() == 1);
    for (int i = 0; i < 4; ++i)
        w->document()->undoStack()->undo();
    CHECK(table->rowCount() == 3);
}

TEST_CASE("Escape takes back a new box only if nothing else happened since", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    DiagramView *view = w->view();
    view->setFocus();
    w->selection()->selectOne(QStringLiteral("p1"));
    QTest::keyClick(view, Qt::Key_Tab); // a new secondary driver under p1, editing
    const NodeId created = w->selection()->current();
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.contains(created));
    // Another step happens while the editor is open (as Ctrl+L would do).
    edit::link(*w->document(), QStringLiteral("p1"), QStringLiteral("c2"));
    QTest::keyClick(editorOf(view), Qt::Key_Escape);
    CHECK_FALSE(d.contains(created));                                     // the box went
    CHECK(d.link(QStringLiteral("p1"), QStringLiteral("c2")) != nullptr); // the link stayed
    // After Escape on the canvas, Enter still goes on from the last box.
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK(w->selection()->selected().isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(editorOf(view) != nullptr);
}

TEST_CASE("Escape in the outline takes back a new empty box", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    OutlineView *outline = w->outline();
    outline->setFocus();
    w->selection()->selectOne(QStringLiteral("p2"));
    QTest::keyClick(outline, Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(w->document()->diagram().nodes().size() == 6);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(w->document()->diagram().nodes().size() == 5);
    CHECK(w->selection()->current() == QStringLiteral("p2"));
    CHECK_FALSE(w->document()->undoStack()->canRedo()); // and out of the history
}

TEST_CASE("the mouse wheel over an unfocused inspector combo changes nothing", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    w->selection()->selectOne(QStringLiteral("c1"));
    auto *status = w->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    REQUIRE(status);
    QWheelEvent wheel(QPointF(5, 5), status->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(status, &wheel);
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK(w->document()->diagram().node(QStringLiteral("c1"))->status == ChangeStatus::Idea);
}

TEST_CASE("comparing with a revision marks new, changed and removed boxes", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    edit::saveRevision(*w->document(), QStringLiteral("Before the workshop"),
                       QStringLiteral("2026-11-01"));
    const Diagram &d = w->document()->diagram();
    const NodeId added = edit::addChild(*w->document(), QStringLiteral("p2"));
    edit::setText(*w->document(), added, QStringLiteral("New idea"));
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Changed words"));
    edit::removeNodes(*w->document(), {QStringLiteral("c1")});
    DiagramScene *scene = w->scene();
    scene->setComparison(d.revisions().front().snapshot);
    REQUIRE(scene->isComparing());
    // The ghost of c1 is drawn, but is not part of the document and cannot be picked.
    REQUIRE(scene->diagramLayout().box(QStringLiteral("c1")) != nullptr);
    CHECK_FALSE(d.contains(QStringLiteral("c1")));
    CHECK(scene->nodeAt(scene->diagramLayout().box(QStringLiteral("c1"))->rect.center())
          == nullptr);
    CHECK_FALSE(
        scene->itemFor(QStringLiteral("c1"))->flags().testFlag(QGraphicsItem::ItemIsSelectable));
    CHECK(scene->itemFor(added) != nullptr);
    // Arrow keys walk past the ghost; deleting a ghost id records nothing.
    DiagramView *view = w->view();
    view->setFocus();
    w->selection()->selectOne(QStringLiteral("c2"));
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(view, Qt::Key_Up);
        CHECK(w->selection()->current() != QStringLiteral("c1"));
    }
    const int steps = w->document()->undoStack()->count();
    edit::removeNodes(*w->document(), {QStringLiteral("c1")});
    CHECK(w->document()->undoStack()->count() == steps);
    // Editing goes on while comparing, and stopping shows the plain diagram again.
    edit::setText(*w->document(), added, QStringLiteral("New idea, reworded"));
    CHECK(scene->diagramLayout().box(QStringLiteral("c1")) != nullptr);
    scene->setComparison(nullptr);
    CHECK(scene->diagramLayout().box(QStringLiteral("c1")) == nullptr);
    // Comparing stops by itself when the revision leaves the document.
    scene->setComparison(d.revisions().front().snapshot);
    REQUIRE(scene->isComparing());
    while (w->document()->undoStack()->canUndo())
        w->document()->undoStack()->undo(); // back past "Save revision"
    CHECK_FALSE(scene->isComparing());
}

TEST_CASE("the equity lens dims what is not equity work and marks the gaps", "[gui]")
{
    Window w;
    Diagram d0 = goodDiagram();
    Metadata meta = d0.metadata();
    meta.practices = {Practice::EngageBeyondHealthcare, Practice::RedistributePower};
    d0.setMetadata(meta);
    Node c1 = *d0.node(QStringLiteral("c1"));
    c1.practices = {Practice::EngageBeyondHealthcare};
    c1.owner = QStringLiteral("Ward sister");
    c1.partners = {QStringLiteral("Food bank")};
    d0.updateNode(c1);
    Node c2 = *d0.node(QStringLiteral("c2"));
    c2.practices = {Practice::EngageBeyondHealthcare}; // claimed, but no partner named
    d0.updateNode(c2);
    w->document()->reset(d0);
    DiagramScene *scene = w->scene();
    scene->setEquityLens(true);
    const auto dimmed = [&](const char *id) {
        return scene->isDimmed(scene->itemFor(QString::fromLatin1(id)));
    };
    CHECK_FALSE(dimmed("c1")); // carries a practice
    CHECK_FALSE(dimmed("aim"));
    CHECK_FALSE(dimmed("c2")); // a gap: shown, not dimmed
    CHECK_FALSE(dimmed("p1")); // unstratified measure: a gap
    // The coverage panel lists the practice and the claimed-but-absent one.
    EquityPanel *panel = w->equity();
    QStringList tops;
    for (int i = 0; i < panel->topLevelItemCount(); ++i)
        tops << panel->topLevelItem(i)->text(0);
    CHECK(tops.filter(QStringLiteral("Engage beyond the healthcare system (2)")).size() == 1);
    CHECK(tops.filter(QStringLiteral("Redistribute power (0) — claimed, but no box carries it"))
              .size()
          == 1);
    CHECK(tops.contains(QStringLiteral("Gaps")));
    // Giving c2 an outside partner closes its gap; switching the lens off restores the view.
    Node fixed = *w->document()->diagram().node(QStringLiteral("c2"));
    fixed.partners = {QStringLiteral("Council transport team")};
    edit::setNode(*w->document(), fixed);
    CHECK_FALSE(equityLens(w->document()->diagram()).missingPartner.contains(QStringLiteral("c2")));
    scene->setEquityLens(false);
    CHECK_FALSE(dimmed("p2"));
}

TEST_CASE("document properties set the title block in one undo step", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    PropertiesDialog dialog(w->document(), w.window);
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("propertiesTitle"));
    REQUIRE(title);
    title->setText(QStringLiteral("Faster ED visits"));
    dialog.apply();
    const Diagram &d = w->document()->diagram();
    CHECK(d.title() == QStringLiteral("Faster ED visits"));
    CHECK(w->document()->undoStack()->count() == 1);
    CHECK(w->scene()->diagramLayout().title.title.plainText()
          == QStringLiteral("Faster ED visits"));
    PropertiesDialog unchanged(w->document(), w.window);
    unchanged.apply(); // nothing changed: no step
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    CHECK(d.title() == QStringLiteral("Test diagram"));
}

TEST_CASE("committing pending edits rewrites nothing the user did not touch", "[gui]")
{
    Window w;
    Diagram d0 = goodDiagram();
    Node c1 = *d0.node(QStringLiteral("c1"));
    c1.partners = {QStringLiteral("Smith, Jones and Co")}; // a comma inside one partner's name
    c1.text = QStringLiteral("Triage\u00a0nurse at the door");
    d0.updateNode(c1);
    w->document()->reset(d0);
    w->selection()->selectOne(QStringLiteral("c1"));
    w->commitPendingEdits();
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK_FALSE(w->document()->isModified());
    CHECK(w->document()->diagram().node(QStringLiteral("c1"))->partners.size() == 1);
    // Restoring the measures table's row after an edit does not take over the selection.
    w->measures()->table()->setCurrentCell(1, 2);
    w->selection()->selectOne(QStringLiteral("c2"));
    edit::setText(*w->document(), QStringLiteral("p1"), QStringLiteral("Edited elsewhere"));
    CHECK(w->selection()->selected() == QStringList{QStringLiteral("c2")});
}
