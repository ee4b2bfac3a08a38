#include "checks.h"

#include "aimtext.h"
#include "equitylens.h"
#include "layoutlimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kdd {
namespace {

const std::vector<CheckRule> kRules = {
    {"KDD101", Severity::Error, QT_TRANSLATE_NOOP("kdd::Checks", "No aim")},
    {"KDD102", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Aim does not say how much")},
    {"KDD103", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Aim does not say by when")},
    {"KDD104", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "No SMART aim")},
    {"KDD105", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Too few or too many primary drivers")},
    {"KDD106", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Driver not connected to the aim")},
    {"KDD107", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Change idea not connected to the aim")},
    {"KDD108", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Change idea linked to nothing")},
    {"KDD109", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Driver has no change idea")},
    {"KDD110", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Primary driver has no measure")},
    {"KDD111", Severity::Info,
     QT_TRANSLATE_NOOP("kdd::Checks", "Secondary or tertiary driver has no measure")},
    {"KDD112", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Aim has no outcome measure")},
    {"KDD113", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "No balancing measure")},
    {"KDD114", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Measure not stratified in an equity project")},
    {"KDD115", Severity::Info, QT_TRANSLATE_NOOP("kdd::Checks", "Measure attached to nothing")},
    {"KDD116", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Box has no text")},
    {"KDD117", Severity::Info, QT_TRANSLATE_NOOP("kdd::Checks", "Diagram has no revision or date")},
    {"KDD118", Severity::Info, QT_TRANSLATE_NOOP("kdd::Checks", "Driver worded as an action")},
    {"KDD119", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Revision date is not a date")},
    {"KDD120", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Practice committed to but carried by no box")},
    {"KDD121", Severity::Warning,
     QT_TRANSLATE_NOOP("kdd::Checks", "Engaging beyond healthcare without a partner")},
    {"KDD122", Severity::Warning, QT_TRANSLATE_NOOP("kdd::Checks", "Too large to lay out")},
    {"KDD123", Severity::Info, QT_TRANSLATE_NOOP("kdd::Checks", "Ideas still in the parking lot")},
};

QString excerpt(const QString &text)
{
    constexpr int maxLength = 60;
    QString simple = text.simplified();
    if (simple.isEmpty())
        return QCoreApplication::translate("kdd::Checks", "(no text)");
    if (simple.size() > maxLength)
        simple = simple.left(maxLength - 1).trimmed() + QStringLiteral("…");
    return QStringLiteral("“") + simple + QStringLiteral("”");
}

// Runs the rules over one diagram; graph facts are computed once up front.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Checks)

public:
    explicit Checker(const Diagram &d) : m_d(d) { analyse(); }

    std::vector<Finding> run()
    {
        checkAims();
        checkPrimaryDriverCount();
        checkConnections();
        checkDriverMeasures();
        checkAimMeasures();
        checkEquity();
        checkMeasureAttachments();
        checkText();
        checkRevision();
        checkPractices();
        checkLayoutLimits();
        checkParkingLot();
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding &a, const Finding &b) { return a.rule < b.rule; });
        return std::move(m_findings);
    }

private:
    void add(const char *rule, const QString &message, const NodeId &node = {},
             const MeasureId &measure = {})
    {
        const CheckRule *r = findCheckRule(QLatin1String(rule));
        if (m_d.checkSettings().ignore.contains(QLatin1String(rule)))
            return;
        m_findings.push_back({QLatin1String(rule), r->severity, message, node, measure});
    }

    void analyse();
    void checkAims();
    void checkPrimaryDriverCount();
    void checkConnections();
    void checkDriverMeasures();
    void checkAimMeasures();
    void checkEquity();
    void checkMeasureAttachments();
    void checkText();
    void checkRevision();
    void checkPractices();
    void checkLayoutLimits();
    void checkParkingLot();

    const Diagram &m_d;
    std::vector<Finding> m_findings;
    std::vector<const Node *> m_aims;
    QHash<NodeId, std::vector<NodeId>> m_children;
    QHash<NodeId, int> m_linkCount;    // links touching each node
    QSet<NodeId> m_reachedFromAim;     // nodes on some path that starts at an aim
    QSet<NodeId> m_hasChangeBelow;     // drivers with a change idea somewhere under them
    QHash<NodeId, int> m_measureCount; // measures attached to each node
};

void Checker::analyse()
{
    for (const Link &l : m_d.links()) {
        m_children[l.from].push_back(l.to);
        ++m_linkCount[l.from];
        ++m_linkCount[l.to];
    }
    std::vector<NodeId> queue;
    for (const Node &n : m_d.nodes()) {
        if (n.isAim()) {
            m_aims.push_back(&n);
            m_reachedFromAim.insert(n.id);
            queue.push_back(n.id);
        }
    }
    while (!queue.empty()) {
        const NodeId id = queue.back();
        queue.pop_back();
        for (const NodeId &child : m_children.value(id)) {
            if (!m_reachedFromAim.contains(child)) {
                m_reachedFromAim.insert(child);
                queue.push_back(child);
            }
        }
    }
    // Links run strictly rightwards between drivers and change ideas, so visiting drivers from
    // the rightmost column leftwards sees every child's answer before its parents need it.
    std::vector<const Node *> drivers;
    for (const Node &n : m_d.nodes()) {
        if (n.isDriver())
            drivers.push_back(&n);
    }
    std::stable_sort(drivers.begin(), drivers.end(),
                     [](const Node *a, const Node *b) { return a->column() > b->column(); });
    for (const Node *n : drivers) {
        for (const NodeId &child : m_children.value(n->id)) {
            const Node *c = m_d.node(child);
            if (c && (c->isChange() || m_hasChangeBelow.contains(child))) {
                m_hasChangeBelow.insert(n->id);
                break;
            }
        }
    }
    for (const Measure &m : m_d.measures()) {
        for (const NodeId &id : m.nodes)
            ++m_measureCount[id];
    }
}

void Checker::checkAims()
{
    if (m_aims.empty()) {
        add("KDD101", tr("The diagram has no aim. Add an aim box that says what will "
                         "improve, by how much, for whom and by when."));
        return;
    }
    bool anySmart = false;
    for (const Node *aim : m_aims) {
        if (aim->role == AimRole::Global)
            continue;
        anySmart = true;
        if (!mentionsQuantity(aim->text))
            add("KDD102",
                tr("Aim %1 does not say how much. A measurable aim names a number: "
                   "“from 60 to 45 minutes”, “to 85%”.")
                    .arg(excerpt(aim->text)),
                aim->id);
        if (!mentionsTimeFrame(aim->text))
            add("KDD103",
                tr("Aim %1 does not say by when. Add a date or time frame: "
                   "“by 30 June 2027”, “within 6 months”.")
                    .arg(excerpt(aim->text)),
                aim->id);
    }
    if (!anySmart)
        add("KDD104",
            tr("There is a global aim but no SMART aim. Add a specific, "
               "measurable, time-bound aim under the global aim."),
            m_aims.front()->id);
}

void Checker::checkPrimaryDriverCount()
{
    int count = 0;
    for (const Node &n : m_d.nodes()) {
        if (n.isDriver() && n.level == 1)
            ++count;
    }
    const int min = m_d.checkSettings().minPrimaryDrivers;
    const int max = m_d.checkSettings().maxPrimaryDrivers;
    if (count < min)
        add("KDD105", (count == 1 ? tr("The diagram has 1 primary driver; a useful theory names %1 "
                                       "to %2 of the most important influences on the aim.")
                                  : tr("The diagram has %n primary drivers; a useful theory names "
                                       "%1 to %2 of the most important influences on the aim.",
                                       nullptr, count))
                          .arg(min)
                          .arg(max));
    else if (count > max)
        add("KDD105", tr("The diagram has %n primary drivers; keep the %1 to %2 that matter most "
                         "and make the others secondary drivers.",
                         nullptr, count)
                          .arg(min)
                          .arg(max));
}

void Checker::checkConnections()
{
    for (const Node &n : m_d.nodes()) {
        if (n.isDriver()) {
            if (!m_aims.empty() && !m_reachedFromAim.contains(n.id))
                add("KDD106",
                    tr("%1 %2 is not connected to the aim. Link it to the aim or to "
                       "the driver it influences, or remove it.")
                        .arg(displayName(n), excerpt(n.text)),
                    n.id);
            if (!m_hasChangeBelow.contains(n.id))
                add("KDD109",
                    tr("%1 %2 has no change idea under it. Add at least one change "
                       "the team could test.")
                        .arg(displayName(n), excerpt(n.text)),
                    n.id);
        } else if (n.isChange()) {
            if (m_linkCount.value(n.id) == 0)
                add("KDD108",
                    tr("Change idea %1 is not linked to any driver. Link it to the "
                       "driver it is meant to move.")
                        .arg(excerpt(n.text)),
                    n.id);
            else if (!m_aims.empty() && !m_reachedFromAim.contains(n.id))
                add("KDD107",
                    tr("Change idea %1 is linked, but no chain of links leads from it "
                       "back to the aim.")
                        .arg(excerpt(n.text)),
                    n.id);
        }
    }
}

void Checker::checkDriverMeasures()
{
    for (const Node &n : m_d.nodes()) {
        if (!n.isDriver() || m_measureCount.value(n.id) > 0)
            continue;
        if (n.level == 1)
            add("KDD110",
                tr("Primary driver %1 has no measure. Give it a process measure so "
                   "the team can tell whether it is changing.")
                    .arg(excerpt(n.text)),
                n.id);
        else
            add("KDD111", tr("%1 %2 has no measure.").arg(displayName(n), excerpt(n.text)), n.id);
    }
}

void Checker::checkAimMeasures()
{
    if (m_aims.empty())
        return;
    bool outcomeOnAim = false;
    bool anyBalancing = false;
    for (const Measure &m : m_d.measures()) {
        if (m.type == MeasureType::Balancing)
            anyBalancing = true;
        if (m.type != MeasureType::Outcome)
            continue;
        for (const NodeId &id : m.nodes) {
            const Node *n = m_d.node(id);
            if (n && n->isAim())
                outcomeOnAim = true;
        }
    }
    const Node *target = m_aims.front();
    for (const Node *aim : m_aims) {
        if (aim->role != AimRole::Global) {
            target = aim;
            break;
        }
    }
    if (!outcomeOnAim)
        add("KDD112",
            tr("The aim has no outcome measure. Attach the measure that "
               "shows whether the aim is being reached."),
            target->id);
    if (!anyBalancing)
        add("KDD113", tr("There is no balancing measure. Add one that would show if "
                         "the changes harm something else (cost, staff time, another "
                         "group of patients)."));
}

void Checker::checkEquity()
{
    bool equityProject =
        !m_d.metadata().equityStatement.trimmed().isEmpty() || !m_d.metadata().practices.empty();
    for (const Node &n : m_d.nodes())
        equityProject = equityProject || !n.practices.empty();
    if (!equityProject)
        return;
    for (const Measure &m : m_d.measures()) {
        if (!m.isStratified())
            add("KDD114",
                tr("Measure %1 is not stratified. In an equity project, stratify "
                   "each measure (by race, ethnicity, language, neighbourhood…) so "
                   "the team can see whether gaps are closing.")
                    .arg(excerpt(m.name)),
                {}, m.id);
    }
}

void Checker::checkMeasureAttachments()
{
    for (const Measure &m : m_d.measures()) {
        if (m.nodes.isEmpty())
            add("KDD115",
                tr("Measure %1 is not attached to any box. Attach it to the aim or "
                   "the driver it measures.")
                    .arg(excerpt(m.name)),
                {}, m.id);
    }
}

void Checker::checkText()
{
    for (const Node &n : m_d.nodes()) {
        if (n.text.trimmed().isEmpty())
            add("KDD116", tr("%1 %2 has no text.").arg(displayName(n), n.id), n.id);
        else if (n.isDriver() && startsWithActionVerb(n.text))
            add("KDD118",
                tr("%1 %2 reads like an action. Drivers name what influences the "
                   "aim; actions belong in change ideas.")
                    .arg(displayName(n), excerpt(n.text)),
                n.id);
    }
}

void Checker::checkRevision()
{
    const Metadata &meta = m_d.metadata();
    if (meta.revision.trimmed().isEmpty() && meta.revisionDate.trimmed().isEmpty()) {
        add("KDD117", tr("The diagram has no revision or date. Record both and update "
                         "them whenever the theory changes."));
        return;
    }
    if (meta.revisionDate.isEmpty())
        return;
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!isoDate.match(meta.revisionDate).hasMatch()
        || !QDate::fromString(meta.revisionDate, Qt::ISODate).isValid())
        add("KDD119", tr("The revision date “%1” is not a date in the form "
                         "YYYY-MM-DD.")
                          .arg(meta.revisionDate.left(40)));
}

void Checker::checkPractices()
{
    // The same gaps the equity lens marks, so that `keydriver check` reports them too.
    const EquityLens lens = equityLens(m_d);
    for (Practice p : lens.claimedButAbsent)
        add("KDD120", tr("The project commits to “%1”, but no box carries it. Tag the drivers or "
                         "change ideas that put it into practice, or drop the commitment.")
                          .arg(displayName(p)));
    for (const Node &n : m_d.nodes()) {
        if (lens.missingPartner.contains(n.id))
            add("KDD121",
                tr("Change idea %1 is tagged “engage beyond the healthcare system” but names no "
                   "partner from outside the health system.")
                    .arg(excerpt(n.text)),
                n.id);
    }
}

void Checker::checkLayoutLimits()
{
    const QString problem = layoutLimitProblem(m_d);
    if (!problem.isEmpty())
        add("KDD122", tr("The diagram is too large to lay out: %1. It opens in the editor as an "
                         "outline only and cannot be exported as a picture; split it into "
                         "smaller diagrams.")
                          .arg(problem));
}

void Checker::checkParkingLot()
{
    const std::size_t parked = m_d.parkingLot().size();
    if (parked == 0)
        return;
    add("KDD123", parked == 1 ? tr("1 idea is still in the parking lot: place it under a driver "
                                   "or delete it.")
                              : tr("%n ideas are still in the parking lot: place each under a "
                                   "driver or delete it.",
                                   nullptr, static_cast<int>(parked)));
}

} // namespace

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

const std::vector<CheckRule> &checkRules() { return kRules; }

QString checkRuleTitle(const CheckRule &rule)
{
    return QCoreApplication::translate("kdd::Checks", rule.title);
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("kdd::Checks", "error");
    case Severity::Warning:
        return QCoreApplication::translate("kdd::Checks", "warning");
    case Severity::Info:
        return QCoreApplication::translate("kdd::Checks", "info");
    }
    return {};
}

const CheckRule *findCheckRule(const QString &id)
{
    for (const CheckRule &r : kRules) {
        if (id == QLatin1String(r.id))
            return &r;
    }
    return nullptr;
}

std::vector<Finding> runChecks(const Diagram &diagram) { return Checker(diagram).run(); }

} // namespace kdd
