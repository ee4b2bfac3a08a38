// Indented plain text import: lists typed in meeting notes, one box a line (docs/text-formats.md).
#include "outlinereader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

constexpr int TabWidth = 4;

struct Line
{
    int number;
    int indent; // in columns, a tab reaching the next multiple of TabWidth
    QString text;
    int depth = 0;
};

// The text without its list marker: `-`, `*`, `+`, `•`, `1.`, `1)`, `a)` followed by a space.
QString stripBullet(const QString &text)
{
    static const QRegularExpression bullet(
        QStringLiteral("^(?:[-*+\u2022\u2023\u25e6]|\\d{1,3}[.)]|[A-Za-z][)])(?:\\s+|$)"));
    const QRegularExpressionMatch m = bullet.match(text);
    return m.hasMatch() ? text.mid(m.capturedLength()).trimmed() : text;
}

// The column of each depth when the text has `depths` levels below `firstColumn`: the deepest
// level is change ideas (what a list ends in), the others fill the columns from the left.
int columnOf(int depth, int depths, int firstColumn)
{
    if (depth == depths - 1 && depths > 1)
        return ChangeColumn;
    return firstColumn + depth;
}

} // namespace

LoadResult readPlainOutline(const QByteArray &bytes, const QString &fileName, int firstColumn)
{
    LoadResult result;
    auto fail = [&](int line, const QString &message) {
        result.problems.push_back({fileName, line, 0, message});
        return result;
    };
    if (bytes.size() > MaxFileBytes)
        return fail(0, ReaderText::tr("the file is too large to be an outline"));
    firstColumn = std::clamp(firstColumn, 0, ChangeColumn);
    QString all = QString::fromUtf8(bytes);
    if (all.startsWith(QChar(0xfeff)))
        all.remove(0, 1);
    const QStringList raw = all.split(QLatin1Char('\n'));

    std::vector<Line> lines;
    for (int i = 0; i < raw.size(); ++i) {
        const QString &s = raw[i];
        int indent = 0;
        int pos = 0;
        for (; pos < s.size(); ++pos) {
            if (s[pos] == QLatin1Char(' ') || s[pos] == QChar(0xa0))
                ++indent;
            else if (s[pos] == QLatin1Char('\t'))
                indent = (indent / TabWidth + 1) * TabWidth;
            else
                break;
        }
        QString text = stripBullet(s.mid(pos).trimmed());
        // Control characters cannot be typed into a box; they become spaces.
        for (QChar &c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char(' ');
        }
        if (!text.trimmed().isEmpty())
            lines.push_back({i + 1, indent, text.trimmed()});
    }
    if (lines.empty())
        return fail(1, ReaderText::tr("there is no line of text to make a box of"));

    // Depth from indentation: a line indented more than the one above is one level deeper; one
    // indented less goes back to the deepest open level not indented more than it.
    std::vector<int> indents; // indentation of each open level
    int depths = 0;
    for (Line &line : lines) {
        while (!indents.empty() && indents.back() > line.indent)
            indents.pop_back();
        if (indents.empty() || indents.back() < line.indent)
            indents.push_back(line.indent);
        line.depth = static_cast<int>(indents.size()) - 1;
        depths = std::max(depths, line.depth + 1);
    }
    const int available = ChangeColumn - firstColumn + 1;
    if (depths > available) {
        const auto deep = std::find_if(lines.begin(), lines.end(),
                                       [&](const Line &l) { return l.depth >= available; });
        return fail(deep->number,
                    ReaderText::tr("the text has %1 levels of indentation, but only %2 fit (%3)")
                        .arg(depths)
                        .arg(available)
                        .arg(firstColumn == 0 ? ReaderText::tr("aims, three levels of drivers "
                                                               "and change ideas")
                                              : ReaderText::tr("the columns to the right")));
    }

    Diagram diagram;
    std::vector<NodeId> open; // the box of each depth above the current line
    for (const Line &line : lines) {
        Node node = diagram.newNodeInColumn(columnOf(line.depth, depths, firstColumn));
        node.text = line.text;
        diagram.insertNode(node);
        open.resize(static_cast<std::size_t>(line.depth));
        if (line.depth > 0)
            diagram.addLink({open.back(), node.id, LinkStrength::Strong, {}});
        open.push_back(node.id);
        result.lines.nodes.insert(node.id, line.number);
    }
    result.diagram = std::move(diagram);
    return result;
}

} // namespace kdd
