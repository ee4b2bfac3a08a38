// The Charter tab of Document Properties, filled like a user would: saved meta, one undo step.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/charterpage.h"
#include "app/mainwindow.h"
#include "app/propertiesdialog.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace kdd;
using namespace kddtest;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void click(QWidget &parent, const char *button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    REQUIRE(table->item(row, column));
    table->item(row, column)->setText(text);
}

} // namespace

TEST_CASE("the charter tab fills meta.charter in one undo step", "[gui][charter]")
{
    Window w;
    w->document()->reset(goodDiagram());
    const Metadata before = w->document()->diagram().metadata();
    PropertiesDialog dialog(w->document(), w.window);
    child<QPlainTextEdit>(dialog, "charterProblem")
        ->setPlainText(QStringLiteral("Patients wait 4 h.\nOne nurse triages."));
    child<QPlainTextEdit>(dialog, "charterScopeIn")->setPlainText(QStringLiteral("Adult ED"));
    child<QPlainTextEdit>(dialog, "charterScopeOut")->setPlainText(QStringLiteral("Children"));
    QTest::keyClicks(child<QLineEdit>(dialog, "charterSponsor"), QStringLiteral("Dr Ruiz"));
    child<QPlainTextEdit>(dialog, "charterResources")->setPlainText(QStringLiteral("  No budget "));
    auto *members = child<QTableWidget>(dialog, "charterMembers");
    click(dialog, "charterAddMember");
    click(dialog, "charterAddMember");
    click(dialog, "charterAddMember"); // left blank: not saved
    REQUIRE(members->rowCount() == 3);
    setCell(members, 0, 0, QStringLiteral("Sam Lee"));
    setCell(members, 0, 1, QStringLiteral("Team lead"));
    setCell(members, 1, 0, QStringLiteral("Jo Park"));
    setCell(members, 1, 1, QStringLiteral("Analyst"));
    auto *milestones = child<QTableWidget>(dialog, "charterMilestones");
    click(dialog, "charterAddMilestone");
    REQUIRE(milestones->rowCount() == 1);
    auto *date = qobject_cast<QDateEdit *>(milestones->cellWidget(0, 0));
    REQUIRE(date);
    date->setDate(QDate(2027, 3, 1));
    setCell(milestones, 0, 1, QStringLiteral("First PDSA cycle"));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const Metadata &meta = w->document()->diagram().metadata();
    CHECK(meta.team == before.team); // the General tab is untouched
    const Charter &c = meta.charter;
    CHECK(c.problem == QStringLiteral("Patients wait 4 h.\nOne nurse triages."));
    CHECK(c.scopeIn == QStringLiteral("Adult ED"));
    CHECK(c.scopeOut == QStringLiteral("Children"));
    CHECK(c.sponsor == QStringLiteral("Dr Ruiz"));
    CHECK(c.resources == QStringLiteral("No budget"));
    REQUIRE(c.members.size() == 2);
    CHECK(c.members[1].name == QStringLiteral("Jo Park"));
    CHECK(c.members[1].role == QStringLiteral("Analyst"));
    REQUIRE(c.milestones.size() == 1);
    CHECK(c.milestones[0].date == QStringLiteral("2027-03-01"));
    CHECK(c.milestones[0].label == QStringLiteral("First PDSA cycle"));
    QUndoStack *undo = w->document()->undoStack();
    CHECK(undo->count() == 1);
    CHECK(undo->text(0) == QStringLiteral("Change document properties"));

    // What is saved is what the tab showed.
    const auto saved = nlohmann::ordered_json::parse(writeDiagram(w->document()->diagram()));
    const auto &charter = saved.at("meta").at("charter");
    CHECK(charter.at("sponsor").get<std::string>() == "Dr Ruiz");
    CHECK(charter.at("members").size() == 2);
    CHECK(charter.at("milestones").at(0).at("date").get<std::string>() == "2027-03-01");

    PropertiesDialog unchanged(w->document(), w.window);
    unchanged.apply(); // nothing touched: no step
    CHECK(undo->count() == 1);
    undo->undo();
    CHECK(w->document()->diagram().metadata() == before);
}

TEST_CASE("removing a team row keeps the unknown members of the rows left", "[gui][charter]")
{
    Window w;
    const LoadResult r =
        read(fileWith(R"("meta": {"charter": {"members": [{"name": "A", "role": "x"},)"
                      R"( {"name": "B", "role": "y", "email": "b@example.org"}]}})"));
    REQUIRE(r.ok());
    w->document()->reset(*r.diagram);
    PropertiesDialog dialog(w->document(), w.window);
    auto *members = child<QTableWidget>(dialog, "charterMembers");
    REQUIRE(members->rowCount() == 2);
    members->setCurrentCell(0, 0);
    click(dialog, "charterRemoveMember");
    dialog.apply();
    const Charter &c = w->document()->diagram().metadata().charter;
    REQUIRE(c.members.size() == 1);
    CHECK(c.members[0].name == QStringLiteral("B"));
    CHECK(writeDiagram(w->document()->diagram()).contains("\"email\": \"b@example.org\""));
    CHECK(w->document()->undoStack()->count() == 1);
}
