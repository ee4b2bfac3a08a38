// The keyboard fixes of the workshop issue: each test fails on the behaviour it replaces.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/editactions.h"
#include "app/mainwindow.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "views/diagramview.h"
#include "views/inspector.h"
#include "views/measuresview.h"
#include "views/outlineview.h"
#include "views/selection.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// The widget a user's key goes to: the focused one (an open editor), else `fallback`.
QWidget *keyTarget(QWidget *fallback)
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : fallback;
}

void key(QWidget *fallback, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(fallback), k, mods);
    settle();
}

void type(QWidget *fallback, const QString &text)
{
    QTest::keyClicks(keyTarget(fallback), text);
    settle();
}

const Node *nodeWithText(const Diagram &d, const QString &text)
{
    for (const Node &n : d.nodes()) {
        if (n.text == text)
            return &n;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Escape keeps the text typed into a new box and takes back only an empty one", "[gui]")
{
    for (const bool inOutline : {false, true}) {
        INFO((inOutline ? "outline" : "canvas"));
        Window w;
        QWidget *view = inOutline ? static_cast<QWidget *>(w->outline()) : w->view();
        view->setFocus();
        settle();
        key(view, Qt::Key_Return); // the first aim
        type(view, QStringLiteral("Fewer missed visits"));
        key(view, Qt::Key_Tab);
        type(view, QStringLiteral("Families can reach us"));
        key(view, Qt::Key_Escape); // typed, then Escape: kept, as typed
        const Diagram &d = w->document()->diagram();
        REQUIRE(d.nodes().size() == 2);
        const Node *driver = nodeWithText(d, QStringLiteral("Families can reach us"));
        REQUIRE(driver);
        CHECK(w->selection()->current() == driver->id);

        key(view, Qt::Key_Return); // a new, empty box…
        REQUIRE(d.nodes().size() == 3);
        key(view, Qt::Key_Escape); // …taken back
        CHECK(d.nodes().size() == 2);
        CHECK(nodeWithText(d, QStringLiteral("Families can reach us")));
    }
}

TEST_CASE("after + Outcome the measure's name is typed into the new measure, not the box", "[gui]")
{
    Window w;
    Document &doc = *w->document();
    const NodeId aim = edit::addAim(doc);
    edit::setText(doc, aim, QStringLiteral("Fewer missed visits"));
    w->selection()->selectOne(aim);
    w->view()->setFocus();
    settle();

    QToolButton *add = nullptr;
    for (QToolButton *b : w->measures()->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("+ Outcome"))
            add = b;
    }
    REQUIRE(add);
    add->click();
    settle();
    type(w->view(), QStringLiteral("Visits kept"));
    key(w->view(), Qt::Key_Return);

    REQUIRE(doc.diagram().measures().size() == 1);
    CHECK(doc.diagram().measures().front().name == QStringLiteral("Visits kept"));
    CHECK(doc.diagram().measures().front().nodes == QStringList{aim});
    CHECK(doc.diagram().node(aim)->text == QStringLiteral("Fewer missed visits"));
}

TEST_CASE("Link To on a change idea offers its possible parents and links the chosen one", "[gui]")
{
    Window w;
    Document &doc = *w->document();
    const NodeId aim = edit::addAim(doc);
    edit::setText(doc, aim, QStringLiteral("Aim"));
    const NodeId p1 = edit::addChild(doc, aim);
    edit::setText(doc, p1, QStringLiteral("P1"));
    const NodeId s1 = edit::addChild(doc, p1);
    edit::setText(doc, s1, QStringLiteral("S1"));
    const NodeId c1 = edit::addChild(doc, s1);
    edit::setText(doc, c1, QStringLiteral("C1"));
    const NodeId s2 = edit::addSibling(doc, s1);
    edit::setText(doc, s2, QStringLiteral("S2"));
    REQUIRE_FALSE(doc.diagram().link(s2, c1));
    w->selection()->selectOne(c1);

    QStringList offered;
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->comboBoxItems();
        for (const QString &item : offered) {
            if (item.startsWith(QStringLiteral("← S2")))
                dialog->setTextValue(item);
        }
        answered = true;
        dialog->accept();
    });
    w->edits()->linkTo();
    REQUIRE(answered);
    INFO(offered.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(offered.filter(QStringLiteral("← P1")).isEmpty());
    CHECK(offered.filter(QStringLiteral("S1")).isEmpty()); // already its parent
    CHECK(doc.diagram().link(s2, c1));
}

TEST_CASE("Enter on a global aim adds its SMART aim and Ctrl+Shift+G switches a role", "[gui]")
{
    Window w;
    Document &doc = *w->document();
    QWidget *view = w->view();
    view->setFocus();
    settle();
    key(view, Qt::Key_Return);
    type(view, QStringLiteral("Equity for every family"));
    key(view, Qt::Key_Escape); // kept: it has text
    const Diagram &d = doc.diagram();
    REQUIRE(d.nodes().size() == 1);
    const NodeId global = d.nodes().front().id;
    REQUIRE(w->selection()->current() == global);

    // One key, one undo step: the aim becomes global.
    const int steps = doc.undoStack()->count();
    key(view, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(d.node(global)->role == AimRole::Global);
    CHECK(doc.undoStack()->count() == steps + 1);

    key(view, Qt::Key_Return);
    type(view, QStringLiteral("Gap halved by 2028"));
    key(view, Qt::Key_Escape);
    const Node *smart = nodeWithText(d, QStringLiteral("Gap halved by 2028"));
    REQUIRE(smart);
    const NodeId smartId = smart->id;
    CHECK(smart->role == AimRole::Smart);
    CHECK(d.link(global, smartId)); // linked to the global aim, not a second loose aim

    // Switched back in one step (the aim-to-aim link it forbids goes in the same step).
    w->selection()->selectOne(global);
    const int before = doc.undoStack()->count();
    key(view, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(d.node(global)->role == AimRole::Smart);
    CHECK(doc.undoStack()->count() == before + 1);
    doc.undoStack()->undo();
    CHECK(d.node(global)->role == AimRole::Global);
    CHECK(d.link(global, smartId));
}

TEST_CASE("arrow keys in the inspector's Status combo are one undo step named after the box",
          "[gui]")
{
    Window w;
    Document &doc = *w->document();
    const NodeId aim = edit::addAim(doc);
    const NodeId p = edit::addChild(doc, aim);
    const NodeId s = edit::addChild(doc, p);
    const NodeId c = edit::addChild(doc, s);
    edit::setText(doc, c, QStringLiteral("Pay parent partners for their time"));
    w->selection()->selectOne(c);
    settle();
    auto *status = w->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    REQUIRE(status);
    REQUIRE(status->isEnabled());
    status->setFocus();
    settle();
    const int steps = doc.undoStack()->count();
    key(status, Qt::Key_Down); // Testing
    key(status, Qt::Key_Down); // Adopted
    key(status, Qt::Key_Up);   // Testing
    CHECK(doc.diagram().node(c)->status == ChangeStatus::Testing);
    CHECK(doc.undoStack()->count() == steps + 1);
    const QString name = doc.undoStack()->text(doc.undoStack()->count() - 1);
    CHECK(name.startsWith(QStringLiteral("Status of “Pay parent partners")));
    CHECK(name.endsWith(QStringLiteral("→ Testing")));
    doc.undoStack()->undo();
    CHECK(doc.diagram().node(c)->status == ChangeStatus::Idea);
}

TEST_CASE("the empty canvas says to press Enter, and the hint goes with the first box", "[gui]")
{
    Window w;
    DiagramView *view = w->view();
    REQUIRE(w->document()->diagram().nodes().empty());
    CHECK(view->emptyHint() == QStringLiteral("Press Enter to write your aim"));
    // It is drawn: the middle of the empty canvas is not all background.
    const auto inkedPixels = [&] {
        const QImage image = view->viewport()->grab().toImage();
        const QRect middle(image.width() / 4, image.height() / 3, image.width() / 2,
                           image.height() / 3);
        const QRgb background = image.pixel(2, 2);
        int inked = 0;
        for (int y = middle.top(); y < middle.bottom(); ++y) {
            for (int x = middle.left(); x < middle.right(); ++x)
                inked += image.pixel(x, y) != background;
        }
        return inked;
    };
    CHECK(inkedPixels() > 50);

    view->setFocus();
    settle();
    key(view, Qt::Key_Return);
    type(view, QStringLiteral("A"));
    key(view, Qt::Key_Escape);
    CHECK(view->emptyHint().isEmpty());
}
