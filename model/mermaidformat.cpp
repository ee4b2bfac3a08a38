// Mermaid export: a flowchart that GitHub, GitLab and wikis draw from text, with column headers.
#include "textformats.h"

#include "diagramkey.h"
#include "textlanguage.h"

#include <algorithm>
#include <array>

namespace kdd {
namespace {

constexpr int ColumnCount = ChangeColumn + 1;

// A label in double quotes, with every character Mermaid could read as syntax or markup written
// as a Mermaid entity (`#quot;` …): quotes would end the label, `<` `>` `&` become HTML, a
// backtick starts a Markdown string and `%%{` a directive anywhere in the text. A `<br>` would
// need a raw `<`, so line breaks become spaces.
QString label(const QString &text)
{
    // Mermaid's entity pre-pass drops the last ";" of any line matching `style.*:\S*#.*;` (and
    // the same with classDef), which would break our entities after a "Lifestyle:"; with no
    // colon left on the line the pattern cannot match.
    const bool escapeColons =
        text.contains(QStringLiteral("style")) || text.contains(QStringLiteral("classDef"));
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u':':
            out += escapeColons ? QStringLiteral("#58;") : QStringLiteral(":");
            break;
        // Mermaid marks entities internally with "ﬂ°" … "¶ß"; user text must not contain them.
        case u'\u00b6':
            out += QLatin1String("#182;");
            break;
        case u'\ufb02':
            out += QLatin1String("#64258;");
            break;
        case u'#':
            out += QLatin1String("#35;");
            break;
        case u'"':
            out += QLatin1String("#quot;");
            break;
        case u'<':
            out += QLatin1String("#lt;");
            break;
        case u'>':
            out += QLatin1String("#gt;");
            break;
        case u'&':
            out += QLatin1String("#amp;");
            break;
        case u'`':
            out += QLatin1String("#96;");
            break;
        case u'%':
            out += QLatin1String("#37;");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// As in the DOT export (Cincinnati convention): the state is readable without colour.
QString labelText(const Node &node)
{
    if (node.isChange() && node.status == ChangeStatus::Adopted)
        return QStringLiteral("Adopted: ") + node.text;
    if (node.isChange() && node.status == ChangeStatus::Abandoned)
        return QStringLiteral("Abandoned: ") + node.text;
    return node.text;
}

// Mermaid ids are generated (n1, n2 … in document order): a user id may contain anything,
// including Mermaid keywords such as "end".
QString mermaidId(int index) { return QStringLiteral("n") + QString::number(index + 1); }

// The box of a column that a header's invisible link starts from: the first one that links to
// no box of its own column (a global aim links to the SMART aim beside it), so the header lands
// in the rank of the next column's boxes and, like that box, near the top.
int anchor(const Diagram &diagram, const std::vector<int> &column)
{
    const std::vector<Node> &nodes = diagram.nodes();
    for (const int i : column) {
        const Node &node = nodes[static_cast<std::size_t>(i)];
        const bool inner = std::any_of(column.begin(), column.end(), [&](int j) {
            return diagram.link(node.id, nodes[static_cast<std::size_t>(j)].id) != nullptr;
        });
        if (!inner)
            return i;
    }
    return column.front();
}

QString keyId(const QString &word) { return QStringLiteral("key_") + word; }

// The key as the drawing shows it (DiagramKey): a subgraph of sample boxes, the statuses in
// their classes and the link styles spelt out, with no link at all, so that every arrow in the
// file is one of the diagram's links. Ids key_testing, key_weak … never clash with n1, n2 ….
QString keySubgraph(const DiagramKey &key, const QString &language)
{
    if (key.isEmpty())
        return QString();
    // The words are the document's (its meta.language); Mermaid's own words stay as they are.
    QString out = QStringLiteral("    subgraph key [")
                + label(TextLanguage(language).translate("kdd::Decorations", "Key"))
                + QStringLiteral("]\n");
    for (const ChangeStatus status : key.statuses) {
        out += QStringLiteral("        ") + keyId(toString(status)) + QLatin1Char('[')
             + label(DiagramKey::label(status, language)) + QStringLiteral("]\n");
    }
    if (key.linkStrengths) {
        out += QStringLiteral("        ") + keyId(QStringLiteral("strong")) + QLatin1Char('[')
             + label(QStringLiteral("──▶ ") + DiagramKey::label(LinkStrength::Strong, language))
             + QStringLiteral("]\n        ") + keyId(QStringLiteral("weak")) + QLatin1Char('[')
             + label(QStringLiteral("- - ▶ ") + DiagramKey::label(LinkStrength::Weak, language))
             + QStringLiteral("]\n");
    }
    return out + QStringLiteral("    end\n");
}

} // namespace

QByteArray toMermaid(const Diagram &diagram)
{
    const std::vector<Node> &nodes = diagram.nodes();
    std::array<std::vector<int>, ColumnCount> columns;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        columns[static_cast<std::size_t>(nodes[i].column())].push_back(static_cast<int>(i));

    // The title as a comment: a `title:` front matter would draw, but older renderers reject it.
    QString out;
    QString title = diagram.title().simplified();
    while (title.contains(QStringLiteral("%%"))) // `%%{` would start a directive even here
        title.replace(QStringLiteral("%%"), QStringLiteral("% %"));
    if (!title.isEmpty())
        out += QStringLiteral("%% ") + title + QLatin1Char('\n');
    out += QStringLiteral("flowchart LR\n");

    // No subgraphs: Mermaid routes links into a subgraph across its other boxes and ends them on
    // a neighbour's edge (seen with mermaid-cli 11), so the boxes stay loose and each column
    // header is a borderless node that an invisible link (`~~~`, never drawn) keeps one rank to
    // the right of the previous column, where the column's boxes are.
    std::size_t previous = columns.size();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].empty())
            continue;
        const QString header = QStringLiteral("column") + QString::number(c);
        out += QStringLiteral("    ") + header + QLatin1Char('[')
             + label(diagram.columnTitles().titleFor(static_cast<int>(c),
                                                     diagram.metadata().language))
             + QStringLiteral("]\n");
        for (const int i : columns[c]) {
            out += QStringLiteral("    ") + mermaidId(i) + QLatin1Char('[')
                 + label(labelText(nodes[static_cast<std::size_t>(i)])) + QStringLiteral("]\n");
        }
        if (previous < columns.size()) {
            out += QStringLiteral("    ") + mermaidId(anchor(diagram, columns[previous]))
                 + QStringLiteral(" ~~~ ") + header + QLatin1Char('\n');
        }
        previous = c;
    }

    for (const Link &link : diagram.links()) {
        const int from = diagram.indexOf(link.from);
        const int to = diagram.indexOf(link.to);
        if (from < 0 || to < 0)
            continue;
        out += QStringLiteral("    ") + mermaidId(from)
             + (link.strength == LinkStrength::Weak ? QStringLiteral(" -.-> ")
                                                    : QStringLiteral(" --> "))
             + mermaidId(to) + QLatin1Char('\n');
    }

    const DiagramKey key = DiagramKey::of(diagram);
    out += keySubgraph(key, diagram.metadata().language);

    QStringList headers;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (!columns[c].empty())
            headers << QStringLiteral("column") + QString::number(c);
    }
    if (!headers.isEmpty()) {
        out += QStringLiteral("    classDef header fill:none,stroke:none,font-weight:bold\n"
                              "    class ")
             + headers.join(QLatin1Char(',')) + QStringLiteral(" header\n");
    }
    // Fills as in the DOT export and on screen; every status gets a class so that a reader can
    // restyle them all in one place.
    out += QStringLiteral("    classDef idea fill:#ffffff,stroke:#333333\n"
                          "    classDef testing fill:#c8e6c9,stroke:#333333\n"
                          "    classDef adopted fill:#e0e0e0,stroke:#333333\n"
                          "    classDef abandoned fill:#e0e0e0,stroke:#333333\n");
    for (const ChangeStatus status : {ChangeStatus::Idea, ChangeStatus::Testing,
                                      ChangeStatus::Adopted, ChangeStatus::Abandoned}) {
        QStringList ids;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].isChange() && nodes[i].status == status)
                ids << mermaidId(static_cast<int>(i));
        }
        if (std::find(key.statuses.begin(), key.statuses.end(), status) != key.statuses.end())
            ids << keyId(toString(status));
        if (!ids.isEmpty()) {
            out += QStringLiteral("    class ") + ids.join(QLatin1Char(',')) + QLatin1Char(' ')
                 + toString(status) + QLatin1Char('\n');
        }
    }
    if (key.linkStrengths) {
        out += QStringLiteral("    classDef keyLink fill:none,stroke:none\n"
                              "    class key_strong,key_weak keyLink\n");
    }
    return out.toUtf8();
}

} // namespace kdd
