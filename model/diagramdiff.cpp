#include "diagramdiff.h"

#include <QHash>

namespace kdd {
namespace {

QString quoted(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() > 80)
        simple = simple.left(79) + QStringLiteral("…");
    return QStringLiteral("“") + simple + QStringLiteral("”");
}

// "(change idea): “text”", the line for a box added or removed.
QString nodeSummary(const Node &n)
{
    return QStringLiteral("(") + displayName(n, NameCase::Lower) + QStringLiteral("): ")
         + quoted(n.text);
}

QString practicesText(const std::vector<Practice> &practices)
{
    QStringList words;
    for (Practice p : practices)
        words << toString(p);
    return words.isEmpty() ? QStringLiteral("none") : words.join(QStringLiteral(", "));
}

QStringList nodeChanges(const Node &a, const Node &b)
{
    QStringList details;
    const auto text = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            details << QString::fromLatin1(field) + QStringLiteral(": ") + quoted(x)
                           + QStringLiteral(" → ") + quoted(y);
    };
    const auto word = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            details << QString::fromLatin1(field) + QStringLiteral(": ") + x + QStringLiteral(" → ")
                           + y;
    };
    // The role has its own line; the kind line names kind and level only.
    word("kind", displayName(a.kind, a.level, NameCase::Lower),
         displayName(b.kind, b.level, NameCase::Lower));
    if (a.isAim() && b.isAim())
        word("role", toString(a.role).isEmpty() ? QStringLiteral("none") : toString(a.role),
             toString(b.role).isEmpty() ? QStringLiteral("none") : toString(b.role));
    text("text", a.text, b.text);
    text("notes", a.notes, b.notes);
    word("status", toString(a.status), toString(b.status));
    word("reliability", QString::number(a.reliability), QString::number(b.reliability));
    text("owner", a.owner, b.owner);
    text("partners", a.partners.join(QStringLiteral("; ")), b.partners.join(QStringLiteral("; ")));
    word("practices", practicesText(a.practices), practicesText(b.practices));
    word("votes", QString::number(a.votes), QString::number(b.votes));
    const auto rating = [](Rating r) {
        return r == Rating::Unset ? QStringLiteral("none") : toString(r);
    };
    word("impact", rating(a.impact), rating(b.impact));
    word("effort", rating(a.effort), rating(b.effort));
    if (a.extras != b.extras)
        details << QStringLiteral("other fields changed");
    return details;
}

QStringList measureChanges(const Measure &a, const Measure &b)
{
    QStringList details;
    const auto text = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            details << QString::fromLatin1(field) + QStringLiteral(": ") + quoted(x)
                           + QStringLiteral(" → ") + quoted(y);
    };
    text("name", a.name, b.name);
    if (a.type != b.type)
        details << QStringLiteral("type: ") + toString(a.type) + QStringLiteral(" → ")
                       + toString(b.type);
    text("numerator", a.numerator, b.numerator);
    text("denominator", a.denominator, b.denominator);
    text("source", a.source, b.source);
    text("target", a.target, b.target);
    text("stratified by", a.stratifyBy.join(QStringLiteral(", ")),
         b.stratifyBy.join(QStringLiteral(", ")));
    text("attached to", a.nodes.join(QStringLiteral(", ")), b.nodes.join(QStringLiteral(", ")));
    return details;
}

void metadataChanges(const Diagram &before, const Diagram &after, QStringList &out)
{
    const Metadata &a = before.metadata();
    const Metadata &b = after.metadata();
    const auto text = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            out << QString::fromLatin1(field) + QStringLiteral(": ") + quoted(x)
                       + QStringLiteral(" → ") + quoted(y);
    };
    text("title", before.title(), after.title());
    text("team", a.team, b.team);
    text("leaders", a.leaders.join(QStringLiteral(", ")), b.leaders.join(QStringLiteral(", ")));
    text("revision", a.revision, b.revision);
    text("revision date", a.revisionDate, b.revisionDate);
    text("population", a.population, b.population);
    text("equity statement", a.equityStatement, b.equityStatement);
    text("committed practices", practicesText(a.practices), practicesText(b.practices));
    text("problem", a.charter.problem, b.charter.problem);
    text("in scope", a.charter.scopeIn, b.charter.scopeIn);
    text("out of scope", a.charter.scopeOut, b.charter.scopeOut);
    text("sponsor", a.charter.sponsor, b.charter.sponsor);
    if (a.charter.members != b.charter.members)
        out << QStringLiteral("team and roles changed");
    if (a.charter.milestones != b.charter.milestones)
        out << QStringLiteral("timeline changed");
    text("resources and constraints", a.charter.resources, b.charter.resources);
    if (a.charter.extras != b.charter.extras)
        out << QStringLiteral("charter: other fields changed");
    if (a.extras != b.extras)
        out << QStringLiteral("meta: other fields changed");
    for (int column = 0; column <= ChangeColumn; ++column)
        text("column title", before.columnTitles().titleFor(column),
             after.columnTitles().titleFor(column));
    if (before.checkSettings() != after.checkSettings())
        out << QStringLiteral("check settings changed");
    if (before.layoutSettings() != after.layoutSettings())
        out << QStringLiteral("layout settings changed");
    if (before.extras() != after.extras())
        out << QStringLiteral("other top-level fields changed");
}

QString linkId(const Link &l) { return l.from + QStringLiteral(" → ") + l.to; }

} // namespace

bool DiagramDiff::isEmpty() const
{
    return addedNodes.empty() && removedNodes.empty() && changedNodes.empty() && addedLinks.empty()
        && removedLinks.empty() && changedLinks.empty() && addedMeasures.empty()
        && removedMeasures.empty() && changedMeasures.empty() && otherChanges.isEmpty();
}

QString DiagramDiff::toText() const
{
    QStringList lines;
    for (const QString &other : otherChanges)
        lines << QStringLiteral("~ ") + other;
    const auto add = [&](const char *sign, const char *what, const std::vector<Change> &changes) {
        for (const Change &c : changes) {
            QString line = QString::fromLatin1(sign) + QLatin1Char(' ') + QString::fromLatin1(what)
                         + QLatin1Char(' ') + c.id;
            if (!c.details.isEmpty())
                line += (sign[0] == '~' ? QStringLiteral(": ") : QStringLiteral(" "))
                      + c.details.join(QStringLiteral("; "));
            lines << line;
        }
    };
    add("+", "node", addedNodes);
    add("-", "node", removedNodes);
    add("~", "node", changedNodes);
    add("+", "link", addedLinks);
    add("-", "link", removedLinks);
    add("~", "link", changedLinks);
    add("+", "measure", addedMeasures);
    add("-", "measure", removedMeasures);
    add("~", "measure", changedMeasures);
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

DiagramDiff diffDiagrams(const Diagram &before, const Diagram &after)
{
    DiagramDiff diff;
    metadataChanges(before, after, diff.otherChanges);
    for (const Node &n : after.nodes()) {
        const Node *old = before.node(n.id);
        if (!old)
            diff.addedNodes.push_back({n.id, {nodeSummary(n)}});
        else if (const QStringList details = nodeChanges(*old, n); !details.isEmpty())
            diff.changedNodes.push_back({n.id, details});
    }
    for (const Node &n : before.nodes()) {
        if (!after.contains(n.id))
            diff.removedNodes.push_back({n.id, {nodeSummary(n)}});
    }
    for (const Link &l : after.links()) {
        const Link *old = before.link(l.from, l.to);
        if (!old)
            diff.addedLinks.push_back({linkId(l), l.strength == LinkStrength::Weak
                                                      ? QStringList{QStringLiteral("(weak)")}
                                                      : QStringList()});
        else if (old->strength != l.strength)
            diff.changedLinks.push_back(
                {linkId(l),
                 {toString(old->strength) + QStringLiteral(" → ") + toString(l.strength)}});
    }
    for (const Link &l : before.links()) {
        if (!after.link(l.from, l.to))
            diff.removedLinks.push_back({linkId(l), {}});
    }
    for (const Measure &m : after.measures()) {
        const Measure *old = before.measure(m.id);
        if (!old)
            diff.addedMeasures.push_back({m.id,
                                          {QStringLiteral("(") + toString(m.type)
                                           + QStringLiteral("): ") + quoted(m.name)}});
        else if (const QStringList details = measureChanges(*old, m); !details.isEmpty())
            diff.changedMeasures.push_back({m.id, details});
    }
    for (const Measure &m : before.measures()) {
        if (!after.measure(m.id))
            diff.removedMeasures.push_back({m.id,
                                            {QStringLiteral("(") + toString(m.type)
                                             + QStringLiteral("): ") + quoted(m.name)}});
    }
    return diff;
}

Diagram withRemovedNodes(const Diagram &current, const Diagram &baseline, QSet<NodeId> *removed)
{
    Diagram merged = current;
    QSet<NodeId> ghosts;
    const std::vector<Node> &old = baseline.nodes();
    for (std::size_t i = 0; i < old.size(); ++i) {
        const Node &ghost = old[i];
        if (current.contains(ghost.id))
            continue;
        // The vertical place is the order within the column, so the neighbours that count are the
        // nearest baseline boxes still in the same column: below the one before, else above the
        // one after (ghosts put back earlier count too, so a run of removed boxes stays in order).
        const int column = ghost.column();
        const auto inColumn = [&](const Node &n) {
            const Node *now = merged.node(n.id);
            return now && now->column() == column;
        };
        int index = -1;
        for (std::size_t j = i; j-- > 0;) {
            if (inColumn(old[j])) {
                index = merged.indexOf(old[j].id) + 1;
                break;
            }
        }
        for (std::size_t j = i + 1; index < 0 && j < old.size(); ++j) {
            if (inColumn(old[j])) {
                index = merged.indexOf(old[j].id);
                break;
            }
        }
        if (merged.insertNode(ghost, index))
            ghosts.insert(ghost.id);
    }
    for (const Link &l : baseline.links()) {
        if ((ghosts.contains(l.from) || ghosts.contains(l.to)) && merged.contains(l.from)
            && merged.contains(l.to))
            merged.addLink(l); // refused if a box's change of column made it point leftwards
    }
    if (removed)
        removed->unite(ghosts);
    return merged;
}

} // namespace kdd
