#pragma once

#include "model/charter.h"

#include <QCoreApplication>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace kdd {

// The Charter tab of Document Properties: problem, scope, sponsor, team and roles, timeline and
// resources. The aim and the measures are not asked for: the diagram already holds them.
class CharterPage : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(CharterPage)

public:
    explicit CharterPage(const Charter &charter, QWidget *parent = nullptr);

    // `charter` with the fields the user changed here replaced; untouched fields (and the
    // unknown members of untouched rows) stay as they are.
    Charter applyTo(Charter charter) const;

    void addMember(const QString &name = QString(), const QString &role = QString(),
                   int source = -1);
    void addMilestone(const QString &isoDate = QString(), const QString &label = QString(),
                      int source = -1);

private:
    std::vector<TeamMember> currentMembers() const;
    std::vector<Milestone> currentMilestones() const;
    QStringList currentTexts() const;

    Charter m_original;
    QPlainTextEdit *m_problem;
    QPlainTextEdit *m_scopeIn;
    QPlainTextEdit *m_scopeOut;
    QLineEdit *m_sponsor;
    QTableWidget *m_members;
    QTableWidget *m_milestones;
    QPlainTextEdit *m_resources;
    // What the page showed when it opened, read back from the widgets, so that OK without edits
    // changes nothing.
    QStringList m_shownTexts;
    std::vector<TeamMember> m_shownMembers;
    std::vector<Milestone> m_shownMilestones;
};

} // namespace kdd
