#include "charterpage.h"

#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kdd {
namespace {

// The row a table entry came from in the file, so its unknown members survive an edit.
constexpr int SourceRole = Qt::UserRole + 1;

QPlainTextEdit *textBox(const QString &text, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(56);
    return edit;
}

// A two-column table with Add and Remove buttons under it.
QWidget *tableWithButtons(QTableWidget *table, const QStringList &headers, QPushButton *add,
                          QPushButton *remove)
{
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setFixedHeight(110);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    return box;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CharterPage::CharterPage(const Charter &charter, QWidget *parent)
    : QWidget(parent), m_original(charter)
{
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("The aim and the measures come from the diagram."));
    note->setWordWrap(true);
    form->addRow(note);
    m_problem = textBox(charter.problem, QStringLiteral("charterProblem"),
                        tr("What is wrong today, for whom, and why it matters now"));
    m_scopeIn = textBox(charter.scopeIn, QStringLiteral("charterScopeIn"),
                        tr("Services, sites and people the project covers"));
    m_scopeOut = textBox(charter.scopeOut, QStringLiteral("charterScopeOut"),
                         tr("What the project deliberately leaves out"));
    m_sponsor = new QLineEdit(charter.sponsor);
    m_sponsor->setObjectName(QStringLiteral("charterSponsor"));
    m_members = new QTableWidget;
    m_members->setObjectName(QStringLiteral("charterMembers"));
    auto *addMemberButton = new QPushButton(tr("Add Member"));
    addMemberButton->setObjectName(QStringLiteral("charterAddMember"));
    auto *removeMemberButton = new QPushButton(tr("Remove"));
    removeMemberButton->setObjectName(QStringLiteral("charterRemoveMember"));
    QWidget *members =
        tableWithButtons(m_members, {tr("Name"), tr("Role")}, addMemberButton, removeMemberButton);
    connect(addMemberButton, &QPushButton::clicked, this, [this] {
        addMember();
        m_members->setCurrentCell(m_members->rowCount() - 1, 0);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, 0));
    });
    m_milestones = new QTableWidget;
    m_milestones->setObjectName(QStringLiteral("charterMilestones"));
    auto *addMilestoneButton = new QPushButton(tr("Add Milestone"));
    addMilestoneButton->setObjectName(QStringLiteral("charterAddMilestone"));
    auto *removeMilestoneButton = new QPushButton(tr("Remove"));
    removeMilestoneButton->setObjectName(QStringLiteral("charterRemoveMilestone"));
    QWidget *milestones = tableWithButtons(m_milestones, {tr("Date"), tr("Milestone")},
                                           addMilestoneButton, removeMilestoneButton);
    connect(addMilestoneButton, &QPushButton::clicked, this, [this] {
        addMilestone();
        m_milestones->setCurrentCell(m_milestones->rowCount() - 1, 1);
    });
    m_resources = textBox(charter.resources, QStringLiteral("charterResources"),
                          tr("Time, money, data and people available; limits to respect"));
    for (std::size_t i = 0; i < charter.members.size(); ++i)
        addMember(charter.members[i].name, charter.members[i].role, static_cast<int>(i));
    for (std::size_t i = 0; i < charter.milestones.size(); ++i)
        addMilestone(charter.milestones[i].date, charter.milestones[i].label, static_cast<int>(i));
    form->addRow(tr("Problem and background"), m_problem);
    form->addRow(tr("In scope"), m_scopeIn);
    form->addRow(tr("Out of scope"), m_scopeOut);
    form->addRow(tr("Sponsor"), m_sponsor);
    form->addRow(tr("Team and roles"), members);
    form->addRow(tr("Timeline"), milestones);
    form->addRow(tr("Resources and constraints"), m_resources);
    m_shownTexts = currentTexts();
    m_shownMembers = currentMembers();
    m_shownMilestones = currentMilestones();
}

void CharterPage::addMember(const QString &name, const QString &role, int source)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(SourceRole, source);
    m_members->setItem(row, 0, nameItem);
    m_members->setItem(row, 1, new QTableWidgetItem(role));
}

void CharterPage::addMilestone(const QString &isoDate, const QString &label, int source)
{
    const int row = m_milestones->rowCount();
    m_milestones->insertRow(row);
    auto *date = new QDateEdit(isoDate.isEmpty() ? QDate::currentDate()
                                                 : QDate::fromString(isoDate, Qt::ISODate));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setProperty("source", source);
    m_milestones->setCellWidget(row, 0, date);
    m_milestones->setItem(row, 1, new QTableWidgetItem(label));
}

std::vector<TeamMember> CharterPage::currentMembers() const
{
    std::vector<TeamMember> members;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        TeamMember m;
        m.name = cellText(m_members, row, 0);
        m.role = cellText(m_members, row, 1);
        if (m.name.isEmpty() && m.role.isEmpty())
            continue; // an added row left blank
        const int source =
            m_members->item(row, 0) ? m_members->item(row, 0)->data(SourceRole).toInt() : -1;
        if (source >= 0)
            m.extras = m_original.members[static_cast<std::size_t>(source)].extras;
        members.push_back(m);
    }
    return members;
}

std::vector<Milestone> CharterPage::currentMilestones() const
{
    std::vector<Milestone> milestones;
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const auto *date = qobject_cast<const QDateEdit *>(m_milestones->cellWidget(row, 0));
        Milestone m;
        m.date = date->date().toString(Qt::ISODate);
        m.label = cellText(m_milestones, row, 1);
        const int source = date->property("source").toInt();
        if (source >= 0)
            m.extras = m_original.milestones[static_cast<std::size_t>(source)].extras;
        milestones.push_back(m);
    }
    return milestones;
}

QStringList CharterPage::currentTexts() const
{
    return {m_problem->toPlainText(), m_scopeIn->toPlainText(), m_scopeOut->toPlainText(),
            m_sponsor->text(), m_resources->toPlainText()};
}

Charter CharterPage::applyTo(Charter charter) const
{
    const QStringList now = currentTexts();
    QString *fields[] = {&charter.problem, &charter.scopeIn, &charter.scopeOut, &charter.sponsor,
                         &charter.resources};
    for (int i = 0; i < now.size(); ++i) {
        if (now[i] != m_shownTexts[i])
            *fields[i] = now[i].trimmed();
    }
    if (const auto members = currentMembers(); members != m_shownMembers)
        charter.members = members;
    if (const auto milestones = currentMilestones(); milestones != m_shownMilestones)
        charter.milestones = milestones;
    return charter;
}

} // namespace kdd
