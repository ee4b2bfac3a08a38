// Markdown outline export: an independent reader finds the same tree of boxes and links, with
// references for further parents, its sections, and hostile user text escaped, never markup.
#include "catchqt.h"
#include "textformatsupport.h"

#include "model/textformats.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

using namespace kdd;
using namespace kddtest;

namespace {

std::map<int, int> parentCounts(const Diagram &d)
{
    std::map<int, int> counts;
    for (const Link &l : d.links())
        ++counts[d.indexOf(l.to)];
    return counts;
}

// Undoes the outline's escapes: a backslash makes the next character literal, and an
// unescaped `&#N;` is the character N (CommonMark's character references).
QString unescapeMarkdown(const QString &s)
{
    static const QRegularExpression reference(QStringLiteral("&#(\\d+);"));
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
            out += s[++i];
            continue;
        }
        const QRegularExpressionMatch m = reference.match(
            s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            out += QChar(m.captured(1).toInt());
            i += static_cast<int>(m.capturedLength()) - 1;
            continue;
        }
        out += s[i];
    }
    return out;
}

// Position of the last `needle` in `s` that is not escaped by a backslash, or -1.
int lastUnescaped(const QString &s, const QString &needle)
{
    int found = -1;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (QStringView(s).mid(i).startsWith(needle))
            found = i;
    }
    return found;
}

int unescapedCount(const QString &s, QChar c)
{
    int count = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\'))
            ++i;
        else if (s[i] == c)
            ++count;
    }
    return count;
}

QString kindLabel(const Node &n)
{
    if (n.isAim())
        return n.role == AimRole::Global ? QStringLiteral("Global aim")
             : n.role == AimRole::Smart  ? QStringLiteral("SMART aim")
                                         : QStringLiteral("Aim");
    if (n.isDriver())
        return QStringList{QStringLiteral("Primary driver"), QStringLiteral("Secondary driver"),
                           QStringLiteral("Tertiary driver")}[n.level - 1];
    return QStringLiteral("Change idea");
}

// One bullet of the tree, read with the grammar of docs/text-formats.md.
struct Entry
{
    int depth = 0;
    bool reference = false;
    QString label;
    QString status;
    bool weak = false;
    QString text;
    QString id;
};

std::optional<Entry> parseEntry(const QString &line)
{
    static const QRegularExpression bullet(
        QStringLiteral("^((?:  )*)- (?:\\*\\*([A-Za-z ]+):\\*\\*|\u21aa ([A-Za-z ]+):)(.*)$"));
    const QRegularExpressionMatch m = bullet.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Entry e;
    e.depth = static_cast<int>(m.capturedLength(1) / 2);
    e.reference = m.capturedLength(3) > 0;
    e.label = e.reference ? m.captured(3) : m.captured(2);
    QString rest = m.captured(4);
    const QString close = e.reference ? QStringLiteral("})") : QStringLiteral("}");
    const QString open = e.reference ? QStringLiteral(" (see {#") : QStringLiteral(" {#");
    const int at = lastUnescaped(rest, open);
    if (at < 0 || !rest.endsWith(close))
        return std::nullopt;
    e.id =
        unescapeMarkdown(rest.mid(at + open.size(), rest.size() - at - open.size() - close.size()));
    rest = rest.left(at);
    static const QRegularExpression status(QStringLiteral("^ \\[([a-z]+)\\]"));
    if (const QRegularExpressionMatch s = status.match(rest); s.hasMatch()) {
        e.status = s.captured(1);
        rest = rest.mid(s.capturedLength());
    }
    if (rest.startsWith(QStringLiteral(" (weak)"))) {
        e.weak = true;
        rest = rest.mid(7);
    }
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(' ')))
        return std::nullopt;
    e.text = unescapeMarkdown(rest.mid(1));
    return e;
}

} // namespace

TEST_CASE("Markdown outline reads back as the same tree of boxes and links", "[export]")
{
    for (const auto &[name, d] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray bytes = toMarkdownOutline(d);
        CHECK(toMarkdownOutline(d) == bytes);
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        REQUIRE(lines.last().isEmpty()); // ends with a newline

        QStringList headings;
        QString section;
        std::vector<Entry> path;                       // the open entries, by depth
        std::map<QString, std::pair<int, int>> counts; // id -> (full, references)
        std::set<std::pair<QString, QString>> links;
        std::map<QString, int> cycleLines; // idea id -> PDSA lines under it
        int tableRows = 0;
        for (const QString &line : lines) {
            INFO(line.left(300).toStdString());
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1Char('#'))) {
                headings << line.section(QLatin1Char(' '), 0, 0);
                section = line;
                path.clear();
                continue;
            }
            if (section == QStringLiteral("## Measures")) {
                REQUIRE(line.startsWith(QLatin1Char('|')));
                CHECK(unescapedCount(line, QLatin1Char('|')) == 9); // eight columns
                ++tableRows;
                continue;
            }
            if (headings.size() == 1) { // the metadata list under the title
                CHECK(line.startsWith(QStringLiteral("- **")));
                continue;
            }
            if (line.trimmed().startsWith(QStringLiteral("* "))) {
                // A PDSA cycle, one level under the change idea whose log it lists.
                REQUIRE_FALSE(path.empty());
                const Node *idea = d.node(path.back().id);
                REQUIRE(idea != nullptr);
                CHECK(idea->isChange());
                CHECK(line.indexOf(QLatin1Char('*')) == 2 * static_cast<int>(path.size()));
                ++cycleLines[idea->id];
                continue;
            }
            const std::optional<Entry> e = parseEntry(line);
            REQUIRE(e.has_value());
            const Node *node = d.node(e->id);
            REQUIRE(node != nullptr);
            CHECK(e->label == kindLabel(*node));
            CHECK(e->text == oneLine(node->text));
            REQUIRE(e->depth <= static_cast<int>(path.size()));
            path.resize(static_cast<std::size_t>(e->depth));
            if (e->depth > 0) {
                const Link *l = d.link(path.back().id, e->id);
                REQUIRE(l != nullptr);
                CHECK(e->weak == (l->strength == LinkStrength::Weak));
                CHECK(links.insert({path.back().id, e->id}).second);
            } else {
                CHECK_FALSE(e->weak);
            }
            if (e->reference) {
                ++counts[e->id].second;
                path.push_back(*e); // nothing may nest under a reference
                path.back().id.clear();
                continue;
            }
            ++counts[e->id].first;
            const bool changeWithStatus = node->isChange() && node->status != ChangeStatus::Idea;
            CHECK(e->status == (changeWithStatus ? toString(node->status) : QString()));
            path.push_back(*e);
        }

        // Every box once in full, once more for each further parent; every link exactly once.
        const std::map<int, int> parents = parentCounts(d);
        for (std::size_t i = 0; i < d.nodes().size(); ++i) {
            const Node &n = d.nodes()[i];
            INFO(n.id.toStdString());
            const int p = parents.count(static_cast<int>(i)) ? parents.at(static_cast<int>(i)) : 0;
            CHECK(counts[n.id].first == 1);
            CHECK(counts[n.id].second == std::max(0, p - 1));
            CHECK(cycleLines[n.id] == static_cast<int>(n.cycles.size()));
        }
        CHECK(links.size() == d.links().size());
        CHECK(tableRows == static_cast<int>(d.measures().size()) + 2);
        CHECK(headings.count(QStringLiteral("#")) == 1);
        CHECK(headings.last() == QStringLiteral("##"));
    }
}

TEST_CASE("Markdown outline: references, sections and escapes", "[export]")
{
    const QString text = QString::fromUtf8(toMarkdownOutline(hostileDiagram()));
    // The box with two parents: in full under the first, as a reference under the second.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.com\",\"click\")");
    CHECK(text.contains(QStringLiteral("- **Change idea:** [testing] ") + formula
                        + QStringLiteral(" {#-c2 =1+1}")));
    CHECK(text.contains(QStringLiteral("- \u21aa Change idea: (weak) ") + formula
                        + QStringLiteral(" (see {#-c2 =1+1})")));
    CHECK(text.contains(QStringLiteral("\n## Not linked\n\n- **Secondary driver:** ")));
    CHECK(text.indexOf(QStringLiteral("## Not linked"))
          < text.indexOf(QStringLiteral("## Measures")));
    // The SMART aim nests under the global aim although it comes first in the document.
    CHECK(text.contains(QStringLiteral("## Diagram\n\n- **Global aim:** ")));
    CHECK(text.contains(QStringLiteral("\n  - **SMART aim:** long long")));
    CHECK(text.contains(QStringLiteral("\\(weak) starts like a marker \\[testing\\]")));
    CHECK(text.contains(QStringLiteral("\\<\\<b\\>\\>bold\\</b\\>\\>")));
    CHECK(text.contains(QStringLiteral("\\{\\#x\\} \\{\\#p1\\}")));
    CHECK(text.startsWith(
        QStringLiteral("# \\</text\\>\\<script\\>alert(1)\\</script\\> \\# title\n")));
}
