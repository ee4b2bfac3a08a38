// CSV exports for spreadsheets: the boxes of the diagram, the measurement plan, the change
// ideas with their votes and priority, and the PDSA cycles run on them.
#include "textformats.h"

#include "priority.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace kdd {
namespace {

// Whether a spreadsheet opening the file would run the cell as a formula (OWASP's list: `=`,
// `+`, `-`, `@`, and a leading tab or CR that some spreadsheets strip first). A plain number
// such as -5, +3.5 or -10% is only a number, so it stays as it is.
bool runsAsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t')
        || first == QLatin1Char('\r'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]\\d+(\\.\\d+)?%?$"));
    return !plainNumber.match(value).hasMatch();
}

// One field as RFC 4180 wants it, made safe for spreadsheets.
//
// Only a cell that would run as a formula gets the guard, a leading apostrophe (spreadsheets take
// it as "this is text"); every other text, numbers included, is written as typed, so the guard
// is visible only where a formula was blocked. A text that starts with an apostrophe followed by
// a formula character gets one more, so the rule can be undone exactly: a reader removes one
// leading `'` when the next character is one of `= + - @ '`, tab or CR.
//
// A field is quoted when it contains a comma, a quote, CR or LF; quotes inside are doubled.
QString field(const QString &text)
{
    QString value = text;
    const bool looksGuarded = value.size() > 1 && value[0] == QLatin1Char('\'')
                           && QStringLiteral("=+-@'\t\r").contains(value[1]);
    if (runsAsFormula(value) || looksGuarded)
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

void addRow(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields[i]);
    }
    out += QStringLiteral("\r\n");
}

// The byte order mark makes Excel read the file as UTF-8 rather than the local code page.
QByteArray withBom(const QString &text) { return QByteArray("\xEF\xBB\xBF") + text.toUtf8(); }

constexpr QLatin1String ListSeparator("; ");

} // namespace

QByteArray toNodesCsv(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    // Parents in the user's order of nodes, not in the order the links were drawn.
    std::vector<std::vector<int>> parents(nodes.size());
    for (const Link &link : diagram.links()) {
        const int from = diagram.indexOf(link.from);
        const int to = diagram.indexOf(link.to);
        if (from >= 0 && to >= 0)
            parents[static_cast<std::size_t>(to)].push_back(from);
    }

    // Measures of each node, in measure order, built once rather than searched per node.
    QHash<NodeId, QStringList> measureIds;
    for (const Measure &m : diagram.measures()) {
        for (const NodeId &id : m.nodes) {
            QStringList &ids = measureIds[id];
            if (ids.isEmpty() || ids.last() != m.id)
                ids << m.id;
        }
    }

    QString out;
    addRow(out,
           {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("level"),
            QStringLiteral("role"), QStringLiteral("text"), QStringLiteral("status"),
            QStringLiteral("reliability"), QStringLiteral("owner"), QStringLiteral("practices"),
            QStringLiteral("parents"), QStringLiteral("measures"), QStringLiteral("notes")});
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        std::vector<int> &from = parents[i];
        std::sort(from.begin(), from.end());
        QStringList parentIds;
        for (const int p : from)
            parentIds << nodes[static_cast<std::size_t>(p)].id;
        QStringList practices;
        for (const Practice p : node.practices)
            practices << toString(p);
        // Fields that do not apply to the node's kind are left empty, as in the .kdd file.
        addRow(out, {node.id, toString(node.kind),
                     node.isDriver() ? QString::number(node.level) : QString(),
                     node.isAim() ? toString(node.role) : QString(), node.text,
                     node.isChange() ? toString(node.status) : QString(),
                     node.isChange() && node.reliability > 0 ? QString::number(node.reliability)
                                                             : QString(),
                     node.owner, practices.join(ListSeparator), parentIds.join(ListSeparator),
                     measureIds.value(node.id).join(ListSeparator), node.notes});
    }
    return withBom(out);
}

QByteArray toMeasuresCsv(const Diagram &diagram)
{
    // Headers a reader of a report understands; the ids stay in their own columns for tools.
    QString out;
    addRow(out,
           {QStringLiteral("Measure id"), QStringLiteral("Measure"), QStringLiteral("Type"),
            QStringLiteral("Numerator"), QStringLiteral("Denominator"),
            QStringLiteral("Data source"), QStringLiteral("Target"), QStringLiteral("Stratify by"),
            QStringLiteral("Boxes"), QStringLiteral("Box ids")});
    for (const Measure &m : diagram.measures()) {
        QStringList texts;
        for (const NodeId &id : m.nodes) {
            if (const Node *node = diagram.node(id))
                texts << node->text.simplified();
        }
        addRow(out, {m.id, m.name, toString(m.type), m.numerator, m.denominator, m.source, m.target,
                     m.stratifyBy.join(ListSeparator), texts.join(ListSeparator),
                     m.nodes.join(ListSeparator)});
    }
    return withBom(out);
}

QByteArray toIdeasCsv(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    // The drivers each idea hangs from, in the user's order of nodes.
    std::vector<std::vector<int>> parents(nodes.size());
    for (const Link &link : diagram.links()) {
        const int from = diagram.indexOf(link.from);
        const int to = diagram.indexOf(link.to);
        if (from >= 0 && to >= 0 && nodes[static_cast<std::size_t>(from)].isDriver())
            parents[static_cast<std::size_t>(to)].push_back(from);
    }
    QString out;
    addRow(out, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("drivers"),
                 QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("partners"),
                 QStringLiteral("votes"), QStringLiteral("impact"), QStringLiteral("effort"),
                 QStringLiteral("quadrant")});
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (!node.isChange())
            continue;
        std::vector<int> &from = parents[i];
        std::sort(from.begin(), from.end());
        QStringList drivers;
        for (const int p : from)
            drivers << nodes[static_cast<std::size_t>(p)].text.simplified();
        addRow(out, {node.id, node.text, drivers.join(ListSeparator), toString(node.status),
                     node.owner, node.partners.join(ListSeparator), QString::number(node.votes),
                     toString(node.impact), toString(node.effort), toString(pickQuadrant(node))});
    }
    return withBom(out);
}

QByteArray toPdsaCsv(const Diagram &diagram)
{
    QString out;
    addRow(out, {QStringLiteral("idea id"), QStringLiteral("idea text"), QStringLiteral("cycle"),
                 QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("who"),
                 QStringLiteral("plan"), QStringLiteral("prediction"), QStringLiteral("study"),
                 QStringLiteral("decision")});
    for (const Node &node : diagram.nodes()) {
        if (!node.isChange())
            continue;
        for (const PdsaCycle &c : node.cycles)
            addRow(out, {node.id, node.text, QString::number(c.number), c.start, c.end, c.who,
                         c.plan, c.prediction, c.study, toString(c.decision)});
    }
    return withBom(out);
}

} // namespace kdd
