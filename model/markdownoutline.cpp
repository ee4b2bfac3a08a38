// Markdown outline export: the theory as nested bullets, readable as is and by a later importer.
// The grammar is documented in docs/text-formats.md; change both together.
#include "textformats.h"

#include "textlanguage.h"

#include <algorithm>

namespace kdd {
namespace {

// Characters CommonMark and GitHub tables could read as markup. A backslash before any ASCII
// punctuation makes it literal; `&` is included so that "&lt;" stays text, `~` for strikeout.
bool isSpecial(QChar c)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|{}&~");
    return special.contains(c);
}

// User text made safe anywhere inside one line: markup escaped, and line breaks (which would
// start a new bullet, heading or table row) turned into spaces.
QString inlineText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator) {
            out += QLatin1Char(' ');
            continue;
        }
        if (isSpecial(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A box's text after the markers: a leading "(" is escaped too, so that a text starting with
// "(weak)" is never read back as the weak-link marker.
QString bodyText(const QString &text)
{
    QString out = inlineText(text);
    if (out.startsWith(QLatin1Char('(')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

// An id must come back exactly, so a control character in it is written as a character
// reference (`&#10;`), which CommonMark decodes; a literal `&` is always escaped, so the two
// cannot be confused.
QString idTag(const QString &id)
{
    QString out = QStringLiteral("{#");
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            out += QStringLiteral("&#") + QString::number(c.unicode()) + QLatin1Char(';');
        else
            out += inlineText(QString(c));
    }
    return out + QLatin1Char('}');
}

// One line per PDSA cycle of a change idea, in the document's language, as a `*` bullet one level
// below the idea: "PDSA 1 (2025-02-03 – 2025-02-17, Ana): plan …; predicted …; learned …;
// decision: adapt". The importer skips these lines: they are for people reading the outline.
QString cycleLine(const PdsaCycle &cycle, const TextLanguage &words)
{
    QString line = words.translate("kdd::MarkdownOutline", "PDSA %1").arg(cycle.number);
    QStringList about;
    if (!cycle.start.isEmpty() || !cycle.end.isEmpty())
        about << (cycle.start.isEmpty() ? QStringLiteral("…") : cycle.start)
                     + QStringLiteral(" \u2013 ")
                     + (cycle.end.isEmpty() ? QStringLiteral("…") : cycle.end);
    if (!cycle.who.isEmpty())
        about << inlineText(cycle.who);
    if (!about.isEmpty())
        line += QStringLiteral(" (") + about.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList parts;
    if (!cycle.plan.isEmpty())
        parts << words.translate("kdd::MarkdownOutline", "plan %1").arg(inlineText(cycle.plan));
    if (!cycle.prediction.isEmpty())
        parts << words.translate("kdd::MarkdownOutline", "predicted %1")
                     .arg(inlineText(cycle.prediction));
    if (!cycle.study.isEmpty())
        parts << words.translate("kdd::MarkdownOutline", "learned %1").arg(inlineText(cycle.study));
    if (cycle.decision != PdsaDecision::None)
        parts << words.translate("kdd::MarkdownOutline", "decision: %1")
                     .arg(displayName(cycle.decision, words).toLower());
    if (!parts.isEmpty())
        line = words.translate("kdd::MarkdownOutline", "%1: %2")
                   .arg(line, parts.join(words.translate("kdd::MarkdownOutline", "; ",
                                                         "between parts of a cycle")));
    return line;
}

struct Child
{
    int node;
    LinkStrength strength;
};

// Writes the outline. Each node is written in full once, where it is first reached; every later
// occurrence is a one-line reference, so each link appears exactly once and nothing repeats.
class OutlineWriter
{
public:
    explicit OutlineWriter(const Diagram &diagram)
        : m_words(diagram.metadata().language), m_nodes(diagram.nodes()),
          m_children(m_nodes.size()), m_parents(m_nodes.size(), 0), m_written(m_nodes.size(), false)
    {
        for (const Link &link : diagram.links()) {
            const int from = diagram.indexOf(link.from);
            const int to = diagram.indexOf(link.to);
            if (from < 0 || to < 0)
                continue;
            m_children[static_cast<std::size_t>(from)].push_back({to, link.strength});
            ++m_parents[static_cast<std::size_t>(to)];
        }
        // Children in the user's order within their column, not in the order links were drawn.
        for (std::vector<Child> &list : m_children)
            std::sort(list.begin(), list.end(),
                      [](const Child &a, const Child &b) { return a.node < b.node; });
    }

    bool isWritten(int node) const { return m_written[static_cast<std::size_t>(node)]; }
    bool hasParents(int node) const { return m_parents[static_cast<std::size_t>(node)] > 0; }

    // Depth-first with an explicit stack rather than recursion, so no diagram (however deep or
    // malformed) can exhaust the call stack; a node already written is never expanded again,
    // which also ends any cycle.
    void writeTree(int root, QString &out)
    {
        struct Entry
        {
            int node;
            int depth;
            LinkStrength strength;
        };
        std::vector<Entry> stack{{root, 0, LinkStrength::Strong}};
        while (!stack.empty()) {
            const Entry entry = stack.back();
            stack.pop_back();
            const std::size_t index = static_cast<std::size_t>(entry.node);
            const Node &node = m_nodes[index];
            out += QString(entry.depth * 2, QLatin1Char(' '));
            const QString weak =
                entry.strength == LinkStrength::Weak ? QStringLiteral(" (weak)") : QString();
            if (m_written[index]) {
                out += QStringLiteral("- \u21aa ") + displayName(node) + QLatin1Char(':') + weak;
                if (!node.text.isEmpty())
                    out += QLatin1Char(' ') + bodyText(node.text);
                out += QStringLiteral(" (see ") + idTag(node.id) + QStringLiteral(")\n");
                continue;
            }
            m_written[index] = true;
            out += QStringLiteral("- **") + displayName(node) + QStringLiteral(":**");
            if (node.isChange() && node.status != ChangeStatus::Idea)
                out += QStringLiteral(" [") + toString(node.status) + QLatin1Char(']');
            out += weak;
            if (!node.text.isEmpty())
                out += QLatin1Char(' ') + bodyText(node.text);
            out += QLatin1Char(' ') + idTag(node.id) + QLatin1Char('\n');
            if (node.isChange()) {
                for (const PdsaCycle &cycle : node.cycles)
                    out += QString(entry.depth * 2 + 2, QLatin1Char(' ')) + QStringLiteral("* ")
                         + cycleLine(cycle, m_words) + QLatin1Char('\n');
            }
            const std::vector<Child> &children = m_children[index];
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back({it->node, entry.depth + 1, it->strength});
        }
    }

private:
    TextLanguage m_words;
    const std::vector<Node> &m_nodes;
    std::vector<std::vector<Child>> m_children;
    std::vector<int> m_parents;
    std::vector<bool> m_written;
};

void writeMetadata(const Diagram &diagram, QString &out)
{
    const Metadata &meta = diagram.metadata();
    const std::pair<const char *, QString> items[] = {
        {"Team", meta.team},
        {"Leaders", meta.leaders.join(QStringLiteral("; "))},
        {"Revision", meta.revision},
        {"Revision date", meta.revisionDate},
        {"Population", meta.population},
        {"Equity statement", meta.equityStatement},
    };
    bool any = false;
    for (const auto &[label, value] : items) {
        if (value.isEmpty())
            continue;
        if (!any)
            out += QLatin1Char('\n');
        any = true;
        out += QStringLiteral("- **") + QString::fromLatin1(label) + QStringLiteral(":** ")
             + inlineText(value) + QLatin1Char('\n');
    }
}

void writeMeasures(const Diagram &diagram, QString &out)
{
    out += QStringLiteral("\n## Measures\n\n"
                          "| Measure | Type | Numerator | Denominator | Source | Target "
                          "| Stratified by | Attached to |\n"
                          "|---|---|---|---|---|---|---|---|\n");
    for (const Measure &m : diagram.measures()) {
        QStringList attached;
        for (const QString &id : m.nodes)
            attached << idTag(id);
        const QStringList cells = {
            (m.name.isEmpty() ? QString() : inlineText(m.name) + QLatin1Char(' ')) + idTag(m.id),
            toString(m.type),
            inlineText(m.numerator),
            inlineText(m.denominator),
            inlineText(m.source),
            inlineText(m.target),
            inlineText(m.stratifyBy.join(QStringLiteral(", "))),
            attached.join(QLatin1Char(' ')),
        };
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
}

} // namespace

QByteArray toMarkdownOutline(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    const int count = static_cast<int>(nodes.size());
    QString out = QStringLiteral("# ")
                + (diagram.title().isEmpty() ? QStringLiteral("Key driver diagram")
                                             : inlineText(diagram.title()))
                + QLatin1Char('\n');
    writeMetadata(diagram, out);

    OutlineWriter writer(diagram);
    // Top level: the aims nothing links to (a SMART aim under a global aim nests below it).
    QString tree;
    for (int i = 0; i < count; ++i) {
        if (nodes[static_cast<std::size_t>(i)].isAim() && !writer.hasParents(i))
            writer.writeTree(i, tree);
    }
    if (!tree.isEmpty())
        out += QStringLiteral("\n## Diagram\n\n") + tree;

    // Whatever no aim reaches: first the boxes nothing links to, with what hangs below them;
    // then, only if links formed a cycle (the contract forbids it), anything still left.
    QString orphans;
    for (int i = 0; i < count; ++i) {
        if (!writer.isWritten(i) && !writer.hasParents(i))
            writer.writeTree(i, orphans);
    }
    for (int i = 0; i < count; ++i) {
        if (!writer.isWritten(i))
            writer.writeTree(i, orphans);
    }
    if (!orphans.isEmpty())
        out += QStringLiteral("\n## Not linked\n\n") + orphans;

    writeMeasures(diagram, out);
    return out.toUtf8();
}

} // namespace kdd
