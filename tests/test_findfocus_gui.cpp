// Find and focus in the editor: Ctrl+F, F3 and Esc; collapsing and expanding a branch on the
// canvas (a way of looking, never an edit); the inspector setting several boxes at once.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/focusactions.h"
#include "app/mainwindow.h"
#include "model/branchfolding.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/findtext.h"
#include "views/canvasitems.h"
#include "views/collapsecontroller.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/findbar.h"
#include "views/inspector.h"
#include "views/selection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

void key(QWidget *fallback, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : fallback, k, mods);
    settle();
}

void openExample(Window &w)
{
    QString error;
    REQUIRE(w->files()->openFile(sourcePath(QStringLiteral("examples/antiracism.kdd")), &error));
    settle();
}

// The "+N" badges and the find highlights on the canvas (their item types).
constexpr int BadgeType = QGraphicsItem::UserType + 40;
constexpr int HaloType = QGraphicsItem::UserType + 41;

QList<QGraphicsItem *> itemsOfType(QGraphicsScene *scene, int type)
{
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == type)
            found << item;
    }
    return found;
}

// The first primary driver whose branch hides something when collapsed.
NodeId collapsibleDriver(const Diagram &d)
{
    for (const Node &n : d.nodes()) {
        if (n.isDriver() && n.level == 1 && !foldBranches(d, {n.id}).hidden.isEmpty())
            return n.id;
    }
    return {};
}

} // namespace

TEST_CASE("Ctrl+F finds as you type, F3 and Enter cycle, Esc closes on the match", "[gui]")
{
    Window w;
    openExample(w);
    DiagramView *view = w->view();
    view->setFocus();
    settle();
    key(view, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = w->focus()->findBar();
    REQUIRE(bar->isVisible());
    CHECK(QApplication::focusWidget() == bar->field());
    QTest::keyClicks(bar->field(), QStringLiteral("PARENT"));
    settle();
    const std::vector<NodeId> expected =
        findBoxes(w->document()->diagram(), QStringLiteral("parent"));
    REQUIRE(expected.size() >= 3);
    REQUIRE(bar->matches() == expected);
    CHECK(w->selection()->current() == expected[0]);
    CHECK(bar->countText() == QStringLiteral("1 of %1").arg(expected.size()));
    CHECK(itemsOfType(w->scene(), HaloType).size() == static_cast<int>(expected.size()));
    // The match is on screen.
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    CHECK(shown.intersects(w->scene()->itemFor(expected[0])->box().rect));

    key(view, Qt::Key_F3);
    CHECK(w->selection()->current() == expected[1]);
    key(view, Qt::Key_Return);
    CHECK(w->selection()->current() == expected[2]);
    CHECK(bar->countText() == QStringLiteral("3 of %1").arg(expected.size()));
    key(view, Qt::Key_Return, Qt::ShiftModifier);
    key(view, Qt::Key_F3, Qt::ShiftModifier);
    CHECK(w->selection()->current() == expected[0]);
    key(view, Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
    CHECK(w->selection()->current() == expected.back());

    key(view, Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK(w->selection()->current() == expected.back());
    CHECK(itemsOfType(w->scene(), HaloType).isEmpty());
    CHECK(QApplication::focusWidget() == view);
    // F3 with the bar closed finds the same words again, from where it was.
    key(view, Qt::Key_F3);
    CHECK(w->selection()->current() == expected[0]);
    CHECK_FALSE(w->document()->isModified());

    // Words nothing contains.
    bar->field()->setText(QStringLiteral("zzqx"));
    settle();
    CHECK(bar->matches().empty());
    CHECK(bar->countText() == QStringLiteral("No match"));
}

TEST_CASE("collapsing a branch hides its boxes behind a +N badge, not an edit", "[gui]")
{
    Window w;
    openExample(w);
    DiagramScene *scene = w->scene();
    DiagramView *view = w->view();
    CollapseController *folds = w->focus()->folds();
    const Diagram &d = w->document()->diagram();
    const NodeId driver = collapsibleDriver(d);
    REQUIRE_FALSE(driver.isEmpty());
    const Folding expected = foldBranches(d, {driver});
    const auto boxesBefore = scene->diagramLayout().boxes.size();
    const int stepsBefore = w->document()->undoStack()->count();
    view->setFocus();
    w->selection()->selectOne(driver);
    settle();

    key(view, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(folds->isCollapsed(driver));
    for (const NodeId &id : expected.hidden)
        CHECK(scene->itemFor(id) == nullptr);
    CHECK(scene->diagramLayout().boxes.size()
          == boxesBefore - static_cast<std::size_t>(expected.hidden.size()));
    const QList<QGraphicsItem *> badges = itemsOfType(scene, BadgeType);
    REQUIRE(badges.size() == 1);
    CHECK(badges.front()->parentItem() == scene->itemFor(driver));
    CHECK(folds->hiddenBelow(driver) == expected.hidden.size());
    CHECK(badges.front()->toolTip().startsWith(QString::number(expected.hidden.size())));
    CHECK(w->selection()->current() == driver);
    CHECK_FALSE(w->document()->isModified());
    CHECK(w->document()->undoStack()->count() == stepsBefore);

    key(view, Qt::Key_Right, Qt::AltModifier);
    CHECK_FALSE(folds->isCollapsed(driver));
    for (const NodeId &id : expected.hidden)
        CHECK(scene->itemFor(id) != nullptr);
    CHECK(scene->diagramLayout().boxes.size() == boxesBefore);
    CHECK(itemsOfType(scene, BadgeType).isEmpty());

    // Clicking the badge expands too.
    key(view, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(folds->isCollapsed(driver));
    QGraphicsItem *badge = itemsOfType(scene, BadgeType).front();
    const QPoint at = view->mapFromScene(badge->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    settle();
    CHECK_FALSE(folds->isCollapsed(driver));
    CHECK(scene->diagramLayout().boxes.size() == boxesBefore);
    CHECK_FALSE(w->document()->isModified());
    CHECK(w->document()->undoStack()->count() == stepsBefore);

    // Another diagram (here the same one read again) starts with every branch shown.
    REQUIRE(folds->collapse(driver));
    w->document()->reset(Diagram(d));
    settle();
    CHECK_FALSE(folds->hasCollapsed());
    CHECK(scene->diagramLayout().boxes.size() == boxesBefore);
}

TEST_CASE("find expands a collapsed branch to show a match hidden in it", "[gui]")
{
    Window w;
    openExample(w);
    const Diagram &d = w->document()->diagram();
    CollapseController *folds = w->focus()->folds();
    const NodeId driver = collapsibleDriver(d);
    REQUIRE(folds->collapse(driver));
    settle();
    const NodeId hidden = *folds->hidden().begin();
    REQUIRE(w->scene()->itemFor(hidden) == nullptr);
    FindBar *bar = w->focus()->findBar();
    bar->open();
    // The hidden box's whole text, which no other box contains.
    bar->field()->setText(d.node(hidden)->text);
    settle();
    REQUIRE_FALSE(bar->matches().empty());
    CHECK(bar->matches().front() == hidden);
    CHECK(w->selection()->current() == hidden);
    CHECK_FALSE(folds->isCollapsed(driver));
    CHECK(w->scene()->itemFor(hidden) != nullptr);
    CHECK_FALSE(w->document()->isModified());
}

TEST_CASE("the inspector sets the status of several change ideas in one undo step", "[gui]")
{
    Window w;
    openExample(w);
    Document *doc = w->document();
    QStringList ideas;
    for (const Node &n : doc->diagram().nodes()) {
        if (n.isChange() && n.status != ChangeStatus::Testing && ideas.size() < 3)
            ideas << n.id;
    }
    REQUIRE(ideas.size() == 3);
    // Mixed statuses to start with.
    Node first = *doc->diagram().node(ideas[0]);
    first.status = ChangeStatus::Adopted;
    edit::setNode(*doc, first);
    Node second = *doc->diagram().node(ideas[1]);
    second.status = ChangeStatus::Idea;
    edit::setNode(*doc, second);
    w->selection()->select(ideas, ideas[0]);
    settle();
    Inspector *inspector = w->inspector();
    auto *status = inspector->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    auto *text = inspector->findChild<QPlainTextEdit *>(QStringLiteral("inspectorText"));
    REQUIRE(status);
    REQUIRE(text);
    CHECK(status->currentText() == QStringLiteral("— mixed —"));
    CHECK_FALSE(text->isEnabled());
    const int steps = doc->undoStack()->count();
    status->setCurrentIndex(1); // Testing
    settle();
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Status of 3 boxes → Testing"));
    for (const QString &id : ideas)
        CHECK(doc->diagram().node(id)->status == ChangeStatus::Testing);
    CHECK(status->count() == 4); // no longer mixed
    doc->undoStack()->undo();
    settle();
    CHECK(doc->diagram().node(ideas[0])->status == ChangeStatus::Adopted);
    CHECK(doc->diagram().node(ideas[1])->status == ChangeStatus::Idea);

    // A practice for all, tri-state while mixed.
    QList<QCheckBox *> practices = inspector->findChildren<QCheckBox *>();
    REQUIRE_FALSE(practices.isEmpty());
    QCheckBox *practice = practices.front();
    const bool hadAll = practice->checkState() == Qt::Checked;
    const int before = doc->undoStack()->index();
    practice->click();
    settle();
    CHECK(doc->undoStack()->index() == before + 1);
    CHECK(doc->undoStack()->undoText().startsWith(QStringLiteral("Practices of 3 boxes")));
    CHECK(practice->checkState() == (hadAll ? Qt::Unchecked : Qt::Checked));

    // Owner for all.
    auto *owner = inspector->findChild<QLineEdit *>(QStringLiteral("inspectorOwner"));
    REQUIRE(owner);
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Ana"));
    QTest::keyClick(owner, Qt::Key_Return);
    settle();
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Owner of 3 boxes → Ana"));
    for (const QString &id : ideas)
        CHECK(doc->diagram().node(id)->owner == QStringLiteral("Ana"));
}
