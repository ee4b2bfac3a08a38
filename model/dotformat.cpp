// Graphviz DOT export: a file that `dot` lays out in the diagram's columns and in the user's order.
#include "textformats.h"

#include "diagramkey.h"
#include "textlanguage.h"

#include <algorithm>
#include <array>

namespace kdd {
namespace {

constexpr int ColumnCount = ChangeColumn + 1;
// Graphviz never wraps text, so long box texts are broken at spaces to about this many
// characters; otherwise a 250-character aim would be one very wide box.
constexpr int WrapWidth = 40;

enum class Quote { Label, Id };

// A double-quoted DOT string that Graphviz shows exactly as written. In labels Graphviz reads
// `\N`, `\G`, `\l` … as its own escapes (hence `\\`) and HTML entities as characters (hence
// `&amp;`, so "&lt;" stays text); a control character would make the SVG it writes invalid XML.
// Node names are never escape-expanded, so in ids control characters are spelled out instead,
// which keeps two different ids from ever becoming the same node.
QString quoted(const QString &text, Quote kind = Quote::Label)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\') {
            out += QLatin1String("\\\\");
        } else if (u == u'"') {
            out += QLatin1String("\\\"");
        } else if (u == u'&') {
            out += QLatin1String("&amp;");
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u < 0x20 || u == 0x7f) {
            if (kind == Quote::Id)
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else if (u != u'\r') // a CR LF line break is one line break
                out += QLatin1Char(' ');
        } else if (u == 0xfffe || u == 0xffff) {
            out += QChar(QChar::ReplacementCharacter); // not allowed in XML either
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Breaks each line of `text` longer than WrapWidth at spaces; a single long word stays whole.
QString wrapped(const QString &text)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.size() <= WrapWidth) {
            lines << paragraph;
            continue;
        }
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > WrapWidth) {
                lines << line;
                line.clear();
            }
            if (!line.isEmpty())
                line += QLatin1Char(' ');
            line += word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// The Cincinnati convention: the state of an idea is readable in grayscale, not only by colour.
QString labelText(const Node &node)
{
    if (node.isChange() && node.status == ChangeStatus::Adopted)
        return QStringLiteral("Adopted: ") + node.text;
    if (node.isChange() && node.status == ChangeStatus::Abandoned)
        return QStringLiteral("Abandoned: ") + node.text;
    return node.text;
}

QString fillColour(ChangeStatus status)
{
    if (status == ChangeStatus::Testing)
        return QStringLiteral("#c8e6c9");
    if (status == ChangeStatus::Adopted || status == ChangeStatus::Abandoned)
        return QStringLiteral("#e0e0e0");
    return QStringLiteral("white");
}

// The anchors' and the key's names must differ from every user id, whatever ids the user chose.
QString uniquePrefix(const std::vector<Node> &nodes, const QString &base)
{
    QString prefix = base;
    const auto clashes = [&] {
        return std::any_of(nodes.begin(), nodes.end(),
                           [&](const Node &n) { return n.id.startsWith(prefix); });
    };
    while (clashes())
        prefix.prepend(QLatin1Char('_'));
    return prefix;
}

QString nodeStatement(const Node &node, int number)
{
    // The `id` becomes the SVG element id: n1, n2 … in document order, whatever the user's ids.
    // Built by concatenation, not chained arg(): a "%2" in user text must stay as it is.
    QString line = QStringLiteral("        ") + quoted(node.id, Quote::Id)
                 + QStringLiteral(" [id=\"n") + QString::number(number)
                 + QStringLiteral("\", label=") + quoted(wrapped(labelText(node)));
    if (node.isChange())
        line += QStringLiteral(", fillcolor=") + quoted(fillColour(node.status));
    if (!node.notes.isEmpty())
        line += QStringLiteral(", tooltip=") + quoted(node.notes);
    return line + QStringLiteral("];\n");
}

enum class Weight { Normal, None };

QString invisibleEdge(const QString &from, const QString &to, Weight weight = Weight::Normal)
{
    return QStringLiteral("    ") + from + QStringLiteral(" -> ") + to
         + (weight == Weight::None ? QStringLiteral(" [style=invis, weight=0];\n")
                                   : QStringLiteral(" [style=invis];\n"));
}

// The key as the drawing shows it (DiagramKey): a sample box in each status fill and the two
// link styles, in a frame of its own one rank right of the last column (invisible edges from
// that column's header place it) and linked to no box; a group keeps each sample link straight.
// SVG ids key-testing, key-weak …
QString keyStatements(const DiagramKey &key, const QString &prefix, const QString &lastAnchor,
                      const QString &language)
{
    if (key.isEmpty())
        return QString();
    QString out = QStringLiteral("\n    // The key: what the fills and the dashed lines mean.\n"
                                 "    subgraph \"cluster_key\" {\n"
                                 "        label=")
                + quoted(TextLanguage(language).translate("kdd::Decorations", "Key"))
                + QStringLiteral(";\n"
                                 "        fontname=\"DejaVu Sans Bold\";\n"
                                 "        style=rounded;\n"
                                 "        color=\"#999999\";\n");
    QStringList placed; // what the invisible edges from the last column lead to
    for (const ChangeStatus status : key.statuses) {
        const QString word = toString(status);
        const QString name = quoted(prefix + QLatin1Char('_') + word, Quote::Id);
        out += QStringLiteral("        ") + name + QStringLiteral(" [id=\"key-") + word
             + QStringLiteral("\", label=") + quoted(DiagramKey::label(status, language))
             + QStringLiteral(", fillcolor=") + quoted(fillColour(status)) + QStringLiteral("];\n");
        placed << name;
    }
    if (key.linkStrengths) {
        for (const LinkStrength strength : {LinkStrength::Strong, LinkStrength::Weak}) {
            const QString word = toString(strength);
            const QString from =
                quoted(prefix + QLatin1Char('_') + word + QStringLiteral("_from"), Quote::Id);
            const QString to = quoted(prefix + QLatin1Char('_') + word, Quote::Id);
            out += QStringLiteral("        ") + from
                 + QStringLiteral(" [shape=point, style=invis, group=key_") + word
                 + QStringLiteral("];\n") + QStringLiteral("        ") + to
                 + QStringLiteral(" [id=\"key-") + word + QStringLiteral("\", group=key_") + word
                 + QStringLiteral(", shape=plaintext, style=\"\", label=")
                 + quoted(DiagramKey::label(strength, language)) + QStringLiteral("];\n")
                 + QStringLiteral("        ") + from + QStringLiteral(" -> ") + to
                 + QStringLiteral(" [id=\"key-") + word
                 + QStringLiteral("-link\", tailport=e, headport=w, weight=10")
                 + (strength == LinkStrength::Weak ? QStringLiteral(", style=dashed];\n")
                                                   : QStringLiteral("];\n"));
            placed << from;
        }
    }
    out += QStringLiteral("    }\n");
    if (!lastAnchor.isEmpty()) {
        for (const QString &name : placed)
            out += invisibleEdge(lastAnchor, name);
    }
    return out;
}

// Whether each node has a link from an earlier column (first) and to a later one (second).
std::pair<std::vector<bool>, std::vector<bool>> linkedSides(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    std::vector<bool> hasParent(nodes.size(), false);
    std::vector<bool> hasChild(nodes.size(), false);
    for (const Link &link : diagram.links()) {
        const int from = diagram.indexOf(link.from);
        const int to = diagram.indexOf(link.to);
        if (from < 0 || to < 0)
            continue;
        const std::size_t tail = static_cast<std::size_t>(from);
        const std::size_t head = static_cast<std::size_t>(to);
        // The global aim -> SMART aim connector stays within its column and does not count.
        if (nodes[tail].column() < nodes[head].column()) {
            hasChild[tail] = true;
            hasParent[head] = true;
        }
    }
    return {hasParent, hasChild};
}

} // namespace

QByteArray toDot(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    std::array<std::vector<int>, ColumnCount> columns;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        columns[static_cast<std::size_t>(nodes[i].column())].push_back(static_cast<int>(i));
    const QString prefix = uniquePrefix(nodes, QStringLiteral("_column"));
    const auto anchor = [&](std::size_t column) {
        return quoted(prefix + QString::number(column), Quote::Id);
    };
    const auto nodeName = [&](int index) {
        return quoted(nodes[static_cast<std::size_t>(index)].id, Quote::Id);
    };

    QString out;
    out += QStringLiteral("// A key driver diagram written by KeyDriver; render it with "
                          "dot -Tsvg FILE.dot -o FILE.svg\n"
                          "digraph \"KeyDriver\" {\n"
                          "    graph [rankdir=LR, fontname=\"DejaVu Sans\", labelloc=t");
    if (!diagram.title().isEmpty())
        out += QStringLiteral(", label=") + quoted(diagram.title());
    out += QStringLiteral("];\n"
                          "    node [shape=box, style=\"rounded,filled\", "
                          "fontname=\"DejaVu Sans\", fillcolor=white];\n"
                          "    edge [fontname=\"DejaVu Sans\"];\n");

    // One rank per column. The subgraphs are not clusters: a cluster would draw a frame and let
    // dot move the column. The column's anchor, above its first box, draws the column header.
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].empty())
            continue;
        out += QStringLiteral("\n    subgraph \"column%1\" {\n        rank=same;\n").arg(c);
        out += QStringLiteral("        label=")
             + quoted(diagram.columnTitles().titleFor(static_cast<int>(c),
                                                      diagram.metadata().language))
             + QStringLiteral(";\n        ") + anchor(c)
             + QStringLiteral(" [shape=plaintext, style=\"\", fontname=\"DejaVu Sans Bold\", "
                              "label=")
             + quoted(diagram.columnTitles().titleFor(static_cast<int>(c),
                                                      diagram.metadata().language))
             + QStringLiteral("];\n");
        for (const int i : columns[c])
            out += nodeStatement(nodes[static_cast<std::size_t>(i)], i + 1);
        out += QStringLiteral("    }\n");
    }

    // Invisible edges between the column anchors keep the columns in order even when no link
    // joins two of them; within a column, edges from each box to the next keep the user's order.
    // Each pair is its own statement, so no line grows with the size of the diagram.
    out += QStringLiteral("\n    // Columns left to right, and the user's order within each.\n");
    std::vector<std::size_t> used;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].empty())
            continue;
        if (!used.empty())
            out += invisibleEdge(anchor(used.back()), anchor(c));
        used.push_back(c);
    }
    for (const std::size_t c : used) {
        QString above = anchor(c);
        for (const int i : columns[c]) {
            const QString name = nodeName(i);
            out += invisibleEdge(above, name);
            above = name;
        }
    }

    // dot honours an edge within a column only between two boxes it compares directly, and it
    // skips a box with no edge towards the column it is sorting by, so such a box could jump
    // over its neighbours. A weightless invisible edge to the next column's anchor (or from the
    // previous one) gives every box an edge on both sides without pulling it anywhere.
    const auto [hasParent, hasChild] = linkedSides(diagram);
    for (std::size_t u = 0; u < used.size(); ++u) {
        for (const int i : columns[used[u]]) {
            const std::size_t index = static_cast<std::size_t>(i);
            if (u > 0 && !hasParent[index])
                out += invisibleEdge(anchor(used[u - 1]), nodeName(i), Weight::None);
            if (u + 1 < used.size() && !hasChild[index])
                out += invisibleEdge(nodeName(i), anchor(used[u + 1]), Weight::None);
        }
    }

    // Links carry the SVG ids l1, l2 … in the order of the file's `links`.
    out += QStringLiteral("\n    // Links.\n");
    int number = 0;
    for (const Link &link : diagram.links()) {
        ++number;
        const Node *from = diagram.node(link.from);
        const Node *to = diagram.node(link.to);
        if (!from || !to)
            continue;
        // The global aim sits above the SMART aim in the same column: a short vertical connector
        // that must not push the SMART aim into a column of its own.
        const bool sameColumn = from->column() == to->column();
        out += QStringLiteral("    ") + quoted(from->id, Quote::Id) + QStringLiteral(" -> ")
             + quoted(to->id, Quote::Id) + QStringLiteral(" [id=\"l") + QString::number(number)
             + (sameColumn ? QStringLiteral("\", tailport=s, headport=n, constraint=false")
                           : QStringLiteral("\", tailport=e, headport=w"));
        if (link.strength == LinkStrength::Weak)
            out += QStringLiteral(", style=dashed");
        out += QStringLiteral("];\n");
    }
    out +=
        keyStatements(DiagramKey::of(diagram), uniquePrefix(nodes, QStringLiteral("_key")),
                      used.empty() ? QString() : anchor(used.back()), diagram.metadata().language);
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace kdd
