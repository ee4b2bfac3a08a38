// Text exports (DOT, Markdown outline, Mermaid, CSV): each file is read back by an independent
// reader, every box and link is found in it, and hostile user text never turns into markup,
// syntax or a spreadsheet formula.
#include "catchqt.h"
#include "testsupport.h"

#include "model/textformats.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <random>
#include <set>

using namespace kdd;
using namespace kddtest;

namespace {

// Text that breaks careless exporters: markup of each format, Graphviz escapes, formulas, Qt's
// own %1 placeholders, right-to-left and combining scripts, emoji sequences, line breaks.
QStringList hostileTexts()
{
    return {
        QStringLiteral("</text><script>alert(1)</script>"),
        QStringLiteral("\"]; x -> y [label=\"z"),
        QStringLiteral("\\N \\G \\E \\T \\H \\L \\l \\r \\n"),
        QStringLiteral("\\\\"),
        QStringLiteral("<<b>>bold</b>>"),
        QStringLiteral("{#x} {#p1} ends with a backslash \\"),
        QStringLiteral("| pipe | more |"),
        QStringLiteral("=HYPERLINK(\"http://example.com\",\"click\")"),
        QStringLiteral("\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 "
                       "\u2014 \u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"),
        QStringLiteral("\u4e2d\u6587\u5b57\u7b26\u65e5\u672c\u8a9e\ud55c\uad6d\uc5b4"),
        QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 family "
                       "\U0001F3F3\uFE0F\u200D\U0001F308"),
        QStringLiteral("e\u0301 n\u0303 a\u030a\u0323 Z\u0351\u0352\u0353"),
        QStringLiteral("first line\nsecond line"),
        QStringLiteral("long ").repeated(700) + QStringLiteral("end"),
        QStringLiteral("x").repeated(2000),
        QStringLiteral("&amp; &lt; &#60; #35; #quot; %%{init: {}}%% `code` *star* _u_ ~~s~~"),
        QStringLiteral("-1 + @x"),
        QStringLiteral("'=already quoted"),
        QStringLiteral("(weak) starts like a marker [testing]"),
        QStringLiteral("# heading\n- bullet\n| a | b |\n```"),
        QStringLiteral("a\r\nb\tc\u2028d"),
        QStringLiteral("Lifestyle:<30 min; classDef x fill:#f00;"),
        QStringLiteral("%1 %2 %3 arg() placeholders"),
        QStringLiteral("\u00b6\u00df \ufb02\u00b0 Mermaid's own markers"),
    };
}

Link makeLink(const QString &from, const QString &to, LinkStrength s = LinkStrength::Strong)
{
    return {from, to, s, {}};
}

// Every box kind and status, ids no format can take as they are, a box with two parents, weak
// links, a branch no aim reaches, and hostile text everywhere a user can type.
Diagram hostileDiagram()
{
    const QStringList texts = hostileTexts();
    Diagram d;
    d.setTitle(texts[0] + QStringLiteral("\n# title"));
    Metadata meta;
    meta.team = texts[6];
    meta.leaders = {texts[1], texts[8]};
    meta.revision = texts[7];
    meta.revisionDate = QStringLiteral("2026-11-26");
    meta.population = texts[12];
    meta.equityStatement = texts[19];
    d.setMetadata(meta);
    ColumnTitles columns;
    columns.level1 = texts[0];
    columns.level2 = texts[15];
    columns.change = texts[1];
    d.setColumnTitles(columns);

    // Ids that are not safe as they are in any of the formats.
    const QString global = QStringLiteral("aim \"global\"");
    const QString aim = QStringLiteral("smart aim -> \"1\"");
    const QString p1 = QStringLiteral("p -> 1");
    const QString p2 = QStringLiteral("\u00fc p2 \u65e5\u672c");
    const QString s1 = QStringLiteral("s\"1\\");
    const QString s2 = QStringLiteral("_column0"); // the DOT anchors' own prefix
    const QString t1 = QStringLiteral("{#t1}|");
    const QString c1 = QStringLiteral("end"); // a Mermaid keyword
    const QString c2 = QStringLiteral("-c2 =1+1");
    const QString c3 = QStringLiteral("c3 \\N &amp;");
    const QString c4 = QStringLiteral("c4\nnew line\r");
    const QString loose = QStringLiteral("n1"); // a Mermaid id of ours; reached by no aim
    const QString looseChild = QStringLiteral("%1 \u0001 orphan");

    const auto add = [&](const QString &id, NodeKind kind, int level, int text) {
        Node n = makeNode(id, kind, texts[text % texts.size()], level);
        n.notes = texts[(text + 5) % texts.size()];
        REQUIRE(d.insertNode(n));
    };
    // The SMART aim comes first in the document, the global aim that links to it second.
    add(aim, NodeKind::Aim, 1, 13);
    add(global, NodeKind::Aim, 1, 0);
    Node globalAim = *d.node(global);
    globalAim.role = AimRole::Global;
    REQUIRE(d.updateNode(globalAim));
    add(p1, NodeKind::Driver, 1, 1);
    add(p2, NodeKind::Driver, 1, 2);
    add(s1, NodeKind::Driver, 2, 3);
    add(s2, NodeKind::Driver, 2, 4);
    add(t1, NodeKind::Driver, 3, 5);
    add(c1, NodeKind::Change, 0, 6);
    add(c2, NodeKind::Change, 0, 7);
    add(c3, NodeKind::Change, 0, 8);
    add(c4, NodeKind::Change, 0, 9);
    add(loose, NodeKind::Driver, 2, 10);
    add(looseChild, NodeKind::Change, 0, 11);
    REQUIRE(d.insertNode(makeNode(QStringLiteral(" "), NodeKind::Driver, QString(), 3)));
    const std::vector<std::pair<QString, ChangeStatus>> statuses = {
        {c2, ChangeStatus::Testing}, {c3, ChangeStatus::Adopted}, {c4, ChangeStatus::Abandoned}};
    for (const auto &[id, status] : statuses) {
        Node n = *d.node(id);
        n.status = status;
        n.reliability = 2;
        n.owner = QStringLiteral("=owner, \"quoted\"");
        n.practices = {Practice::CoProduce, Practice::MeasureForEquity};
        REQUIRE(d.updateNode(n));
    }
    const LinkStrength weak = LinkStrength::Weak;
    for (const Link &l : {makeLink(global, aim), makeLink(aim, p1), makeLink(aim, p2, weak),
                          makeLink(p1, s1), makeLink(p2, s2), makeLink(s1, t1), makeLink(t1, c1),
                          makeLink(s1, c2), makeLink(s2, c2, weak), makeLink(s2, c3),
                          makeLink(t1, c4), makeLink(p1, c4, weak), makeLink(loose, looseChild),
                          makeLink(s1, QStringLiteral(" ")), makeLink(QStringLiteral(" "), c4)})
        REQUIRE(d.addLink(l));
    // The rest of the hostile texts as change ideas under the second secondary driver.
    for (int i = 14; i < texts.size(); ++i) {
        const QString id = QStringLiteral("extra %1 \"").arg(i);
        add(id, NodeKind::Change, 0, i);
        REQUIRE(d.addLink(makeLink(s2, id, i % 2 ? LinkStrength::Weak : LinkStrength::Strong)));
    }

    Measure outcome;
    outcome.id = QStringLiteral("m \"1\"");
    outcome.name = QStringLiteral("=SUM(A1:A9)");
    outcome.type = MeasureType::Outcome;
    outcome.numerator = texts[12];
    outcome.denominator = texts[6];
    outcome.source = texts[0];
    outcome.target = texts[16];
    outcome.stratifyBy = {QStringLiteral("race"), QStringLiteral("| lang")};
    outcome.nodes = {aim};
    REQUIRE(d.insertMeasure(outcome));
    Measure process;
    process.id = QStringLiteral("-m2");
    process.name = texts[19];
    process.nodes = {p1, p2, c2};
    REQUIRE(d.insertMeasure(process));
    return d;
}

// A diagram whose order dot would rather change: boxes shuffled within their columns, links that
// skip a column, and boxes with no link on one side or at all.
Diagram tangledDiagram(unsigned seed)
{
    Diagram d = generatedDiagram(150, seed);
    std::mt19937 rng(seed);
    const auto pick = [&](std::size_t n) { return static_cast<int>(rng() % n); };
    for (int k = 0; k < 300; ++k)
        d.moveNode(d.nodes()[static_cast<std::size_t>(pick(d.nodes().size()))].id,
                   pick(d.nodes().size()));
    for (int k = 0; k < 30; ++k) {
        const Node &from = d.nodes()[static_cast<std::size_t>(pick(d.nodes().size()))];
        const Node &to = d.nodes()[static_cast<std::size_t>(pick(d.nodes().size()))];
        if (to.column() > from.column() + 1)
            d.addLink(makeLink(from.id, to.id, k % 3 ? LinkStrength::Strong : LinkStrength::Weak));
    }
    // Drivers with a parent but no child, with a child but no parent, and with no link at all.
    for (int k = 0; k < 30; ++k) {
        const QString id = QStringLiteral("loose%1").arg(k);
        REQUIRE(d.insertNode(makeNode(id, NodeKind::Driver, QStringLiteral("Loose box %1").arg(k),
                                      1 + k % 3),
                             pick(d.nodes().size())));
        const Node &other = d.nodes()[static_cast<std::size_t>(pick(d.nodes().size()))];
        if (k % 3 == 0)
            d.addLink(makeLink(other.id, id));
        else if (k % 3 == 1)
            d.addLink(makeLink(id, other.id));
    }
    return d;
}

// The diagrams every test runs on: the bundled examples, hostile and tangled ones, an empty one.
std::vector<std::pair<QString, Diagram>> testDiagrams()
{
    std::vector<std::pair<QString, Diagram>> diagrams;
    for (const QString &path : examplePaths()) {
        const LoadResult loaded = loadDiagram(path);
        INFO(loaded.errorText().toStdString());
        REQUIRE(loaded.ok());
        diagrams.emplace_back(path, *loaded.diagram);
    }
    diagrams.emplace_back(QStringLiteral("hostile"), hostileDiagram());
    for (unsigned seed = 1; seed <= 3; ++seed)
        diagrams.emplace_back(QStringLiteral("tangled %1").arg(seed), tangledDiagram(seed));
    diagrams.emplace_back(QStringLiteral("empty"), Diagram());
    return diagrams;
}

// What a reader sees of a box: the Cincinnati status prefix, then the text.
QString shownText(const Node &n)
{
    if (n.isChange() && n.status == ChangeStatus::Adopted)
        return QStringLiteral("Adopted: ") + n.text;
    if (n.isChange() && n.status == ChangeStatus::Abandoned)
        return QStringLiteral("Abandoned: ") + n.text;
    return n.text;
}

// The text with each line break or control character as one space (one-line formats).
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out;
}

std::map<int, int> parentCounts(const Diagram &d)
{
    std::map<int, int> counts;
    for (const Link &l : d.links())
        ++counts[d.indexOf(l.to)];
    return counts;
}

} // namespace

namespace {

struct SvgItem
{
    QString id;
    QString title;
    QStringList texts;
    double x = 0; // the centre of the first shape, to check the columns and the order
    double y = 0;
    bool hasShape = false;
    bool dashed = false;
};

struct Svg
{
    std::deque<SvgItem> nodes; // a deque, so that pointers to items stay valid while reading
    std::deque<SvgItem> edges;
    QString error;
};

Svg parseSvg(const QByteArray &bytes)
{
    Svg svg;
    QXmlStreamReader xml(bytes);
    std::vector<SvgItem *> open; // the node or edge group each <g> belongs to, if any
    SvgItem *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"g") {
                const QStringView cls = xml.attributes().value(QLatin1String("class"));
                if (cls == u"node" || cls == u"edge") {
                    auto &list = cls == u"node" ? svg.nodes : svg.edges;
                    list.emplace_back();
                    list.back().id = xml.attributes().value(QLatin1String("id")).toString();
                    current = &list.back();
                }
                open.push_back(current);
            } else if (current && name == u"title") {
                current->title = xml.readElementText();
            } else if (current && name == u"text") {
                current->texts << xml.readElementText();
            } else if (current && !current->hasShape && (name == u"path" || name == u"polygon")) {
                // The box's outline: the centre of the points of its path or polygon.
                static const QRegularExpression point(QStringLiteral("(-?[\\d.]+),(-?[\\d.]+)"));
                const QString shape = xml.attributes().value(QLatin1String("d")).toString()
                    + xml.attributes().value(QLatin1String("points")).toString();
                double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
                for (auto it = point.globalMatch(shape); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    left = std::min(left, m.captured(1).toDouble());
                    right = std::max(right, m.captured(1).toDouble());
                    top = std::min(top, m.captured(2).toDouble());
                    bottom = std::max(bottom, m.captured(2).toDouble());
                }
                current->x = (left + right) / 2;
                current->y = (top + bottom) / 2;
                current->hasShape = true;
                current->dashed |= xml.attributes().hasAttribute(QLatin1String("stroke-dasharray"));
            } else if (current) {
                current->dashed |= xml.attributes().hasAttribute(QLatin1String("stroke-dasharray"));
            }
        } else if (xml.isEndElement() && xml.name() == u"g") {
            open.pop_back();
            current = open.empty() ? nullptr : open.back();
        }
    }
    if (xml.hasError())
        svg.error = xml.errorString();
    return svg;
}

} // namespace

TEST_CASE("DOT export renders with Graphviz: every box, link, column and order", "[export]")
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        WARN("dot is not on PATH: the DOT export is not rendered");
        return;
    }
    for (const auto &[name, d] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray text = toDot(d);
        CHECK(toDot(d) == text);
        QProcess process;
        process.start(dot, {QStringLiteral("-Tsvg")});
        REQUIRE(process.waitForStarted());
        process.write(text);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        INFO(errors.toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        CHECK_FALSE(errors.contains(QStringLiteral("syntax error"), Qt::CaseInsensitive));
        CHECK_FALSE(errors.contains(QStringLiteral("Warning"), Qt::CaseInsensitive));
        CHECK_FALSE(errors.contains(QStringLiteral("Error"), Qt::CaseInsensitive));

        const Svg svg = parseSvg(process.readAllStandardOutput());
        INFO(svg.error.toStdString());
        REQUIRE(svg.error.isEmpty());

        // Boxes carry the ids n1, n2 … in document order; the column anchors are invisible and
        // named with a prefix no user id starts with, so any other node would be an anchor.
        const std::vector<Node> &nodes = d.nodes();
        std::vector<const SvgItem *> boxes(nodes.size(), nullptr);
        static const QRegularExpression nodeId(QStringLiteral("^n(\\d+)$"));
        for (const SvgItem &item : svg.nodes) {
            const QRegularExpressionMatch m = nodeId.match(item.id);
            if (!m.hasMatch()) {
                CHECK(item.title.startsWith(QStringLiteral("_column")));
                continue;
            }
            const int i = m.captured(1).toInt() - 1;
            REQUIRE(i >= 0);
            REQUIRE(i < static_cast<int>(nodes.size()));
            CHECK(boxes[static_cast<std::size_t>(i)] == nullptr);
            boxes[static_cast<std::size_t>(i)] = &item;
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            INFO(nodes[i].id.toStdString());
            REQUIRE(boxes[i] != nullptr);
            REQUIRE(boxes[i]->hasShape);
            // Long texts are wrapped at spaces: the lines, joined again, are the text.
            CHECK(boxes[i]->texts.join(QLatin1Char(' ')).simplified()
                  == oneLine(shownText(nodes[i])).simplified());
        }
        // Columns strictly left to right; within a column, the user's order top to bottom.
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                INFO((nodes[i].id + QStringLiteral(" / ") + nodes[j].id).toStdString());
                if (nodes[i].column() < nodes[j].column())
                    CHECK(boxes[i]->x < boxes[j]->x);
                if (nodes[i].column() > nodes[j].column())
                    CHECK(boxes[i]->x > boxes[j]->x);
                if (nodes[i].column() == nodes[j].column()) {
                    CHECK(boxes[i]->x == Approx(boxes[j]->x).margin(1));
                    CHECK(boxes[i]->y < boxes[j]->y);
                }
            }
        }

        // Links carry the ids l1, l2 … in link order; the invisible ordering edges are not drawn.
        static const QRegularExpression linkId(QStringLiteral("^l(\\d+)$"));
        std::vector<int> seen(d.links().size(), 0);
        for (const SvgItem &item : svg.edges) {
            const QRegularExpressionMatch m = linkId.match(item.id);
            REQUIRE(m.hasMatch());
            const std::size_t i = static_cast<std::size_t>(m.captured(1).toInt() - 1);
            REQUIRE(i < seen.size());
            ++seen[i];
            CHECK(item.dashed == (d.links()[i].strength == LinkStrength::Weak));
        }
        CHECK(std::count(seen.begin(), seen.end(), 1) == static_cast<long>(seen.size()));
    }
}

TEST_CASE("DOT export writes user text only inside escaped strings", "[export]")
{
    const QString text = QString::fromUtf8(toDot(hostileDiagram()));
    // Statements are one per line; a line break inside user text never starts a new one.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        INFO(line.left(200).toStdString());
        CHECK_FALSE(line.contains(QLatin1Char('\r')));
        CHECK((line.isEmpty() || line.startsWith(QStringLiteral("    "))
               || line.startsWith(QStringLiteral("//"))
               || line.startsWith(QStringLiteral("digraph")) || line == QStringLiteral("}")));
    }
    CHECK(text.contains(QStringLiteral("label=\"\\\\N \\\\G")));
    CHECK(text.contains(QStringLiteral("&amp;amp; &amp;lt;")));
    CHECK(text.contains(QStringLiteral("\"s\\\"1\\\\\" -> \"{#t1}|\"")));
    CHECK(text.contains(QStringLiteral("\"%1 \\x01 orphan\"")));
    CHECK_FALSE(text.contains(QStringLiteral("subgraph \"cluster")));
    CHECK(text.contains(QStringLiteral("constraint=false")));
    CHECK(text.contains(QStringLiteral("fillcolor=\"#c8e6c9\"")));
    // The anchors moved aside for the user's id "_column0".
    CHECK(text.contains(QStringLiteral("\"__column0\" -> \"__column1\" [style=invis];")));
    // Outside its quoted strings, no line holds more than one edge.
    static const QRegularExpression dotString(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(dotString, QStringLiteral("S"));
        INFO(line.toStdString());
        CHECK(line.count(QStringLiteral("->")) <= 1);
        CHECK_FALSE(line.contains(QLatin1Char('"')));
    }
}

namespace {

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
        return n.role == AimRole::Global  ? QStringLiteral("Global aim")
               : n.role == AimRole::Smart ? QStringLiteral("SMART aim")
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
    e.id = unescapeMarkdown(rest.mid(at + open.size(), rest.size() - at - open.size()
                                                           - close.size()));
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

namespace {

// Undoes the Mermaid entities (#quot; #35; …) in a label.
QString decodeMermaid(const QString &label)
{
    static const QRegularExpression entity(QStringLiteral("#(\\w+);"));
    static const std::map<QString, QString> named = {
        {QStringLiteral("quot"), QStringLiteral("\"")}, {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("amp"), QStringLiteral("&")}};
    QString out;
    int at = 0;
    for (auto it = entity.globalMatch(label); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += label.mid(at, m.capturedStart() - at);
        bool number = false;
        const char32_t code = m.captured(1).toUInt(&number);
        out += number ? QString::fromUcs4(&code, 1) : named.at(m.captured(1));
        at = static_cast<int>(m.capturedEnd());
    }
    return out + label.mid(at);
}

} // namespace

TEST_CASE("Mermaid export: one line per box, one arrow per link, labels escaped", "[export]")
{
    for (const auto &[name, d] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray bytes = toMermaid(d);
        CHECK(toMermaid(d) == bytes);
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        REQUIRE(lines.first() == QStringLiteral("flowchart LR"));
        REQUIRE(lines.last().isEmpty());

        static const QRegularExpression box(QStringLiteral("^        n(\\d+)\\[\"(.*)\"\\]$"));
        static const QRegularExpression arrow(QStringLiteral("^    n(\\d+) (-->|-\\.->) n(\\d+)$"));
        static const QRegularExpression subgraph(
            QStringLiteral("^    subgraph column([0-4])\\[\"(.*)\"\\]$"));
        static const QRegularExpression other(QStringLiteral(
            "^(        direction TB|    end|    classDef [a-z]+ fill:#[0-9a-f]{6},stroke:#333333"
            "|    class n\\d+(,n\\d+)* (idea|testing|adopted|abandoned)|)$"));
        std::map<int, int> defined;
        int arrows = 0, subgraphs = 0, ends = 0;
        for (int k = 1; k < lines.size(); ++k) {
            const QString &line = lines[k];
            INFO(line.left(300).toStdString());
            if (const QRegularExpressionMatch m = box.match(line); m.hasMatch()) {
                const int i = m.captured(1).toInt() - 1;
                REQUIRE(i >= 0);
                REQUIRE(i < static_cast<int>(d.nodes().size()));
                ++defined[i];
                const QString label = m.captured(2);
                for (const QChar c : {u'"', u'<', u'>', u'`', u'%'})
                    CHECK_FALSE(label.contains(c));
                // Mermaid would eat a ";" of ours on a line matching `style.*:\S*#.*;`.
                if (label.contains(QStringLiteral("style")))
                    CHECK_FALSE(label.contains(QLatin1Char(':')));
                const Node &node = d.nodes()[static_cast<std::size_t>(i)];
                CHECK(decodeMermaid(label) == oneLine(shownText(node)));
            } else if (const QRegularExpressionMatch a = arrow.match(line); a.hasMatch()) {
                const Node &from = d.nodes()[static_cast<std::size_t>(a.captured(1).toInt() - 1)];
                const Node &to = d.nodes()[static_cast<std::size_t>(a.captured(3).toInt() - 1)];
                const Link *l = d.link(from.id, to.id);
                REQUIRE(l != nullptr);
                const bool dashed = a.captured(2) == QStringLiteral("-.->");
                CHECK(dashed == (l->strength == LinkStrength::Weak));
                ++arrows;
            } else if (const QRegularExpressionMatch s = subgraph.match(line); s.hasMatch()) {
                const QString title = d.columnTitles().titleFor(s.captured(1).toInt());
                CHECK_FALSE(s.captured(2).contains(QLatin1Char('"')));
                CHECK(decodeMermaid(s.captured(2)) == oneLine(title));
                ++subgraphs;
            } else {
                CHECK(other.match(line).hasMatch());
                ends += line == QStringLiteral("    end");
            }
        }
        CHECK(defined.size() == d.nodes().size());
        for (const auto &entry : defined)
            CHECK(entry.second == 1);
        CHECK(arrows == static_cast<int>(d.links().size()));
        CHECK(subgraphs == ends);
    }
}

namespace {

struct Csv
{
    std::vector<QStringList> rows;
    bool wellFormed = true; // quotes balanced and placed as RFC 4180 says, CRLF after every row
};

// A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; records
// end with CRLF; anything else is malformed.
Csv parseCsv(const QString &text)
{
    Csv csv;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += text[++i];
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            csv.wellFormed &= field.isEmpty() && !wasQuoted;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && text.mid(i + 1, 1) == QStringLiteral("\n")) {
            row << field;
            csv.rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            csv.wellFormed &= c != QLatin1Char('\r') && c != QLatin1Char('\n') && !wasQuoted;
            field += c;
        }
    }
    csv.wellFormed &= !quoted && row.isEmpty() && field.isEmpty();
    return csv;
}

// The field as the user typed it: the anti-formula apostrophe removed (see csvformat.cpp).
QString unguarded(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@'\t\r");
    if (field.size() >= 2 && field[0] == QLatin1Char('\'') && triggers.contains(field[1]))
        return field.mid(1);
    CHECK_FALSE((!field.isEmpty() && triggers.contains(field[0])));
    return field;
}

Csv readCsv(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

} // namespace

TEST_CASE("CSV exports read back field by field, safe from formulas", "[export]")
{
    for (const auto &[name, d] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray nodesBytes = toNodesCsv(d);
        CHECK(toNodesCsv(d) == nodesBytes);
        const Csv nodes = readCsv(nodesBytes);
        CHECK(nodes.wellFormed);
        REQUIRE(nodes.rows.size() == d.nodes().size() + 1);
        CHECK(nodes.rows[0].join(QLatin1Char(','))
              == QStringLiteral("id,kind,level,role,text,status,reliability,owner,practices,"
                                "parents,measures,notes"));
        for (std::size_t i = 0; i < d.nodes().size(); ++i) {
            const Node &n = d.nodes()[i];
            INFO(n.id.toStdString());
            QStringList row = nodes.rows[i + 1];
            REQUIRE(row.size() == 12);
            for (QString &f : row)
                f = unguarded(f);
            QStringList parents, measures, practices;
            for (const Node &p : d.nodes()) {
                if (d.link(p.id, n.id))
                    parents << p.id;
            }
            for (const Measure *m : d.measuresOf(n.id))
                measures << m->id;
            for (const Practice p : n.practices)
                practices << toString(p);
            CHECK(row[0] == n.id);
            CHECK(row[1] == toString(n.kind));
            CHECK(row[2] == (n.isDriver() ? QString::number(n.level) : QString()));
            CHECK(row[3] == (n.isAim() ? toString(n.role) : QString()));
            CHECK(row[4] == n.text);
            CHECK(row[5] == (n.isChange() ? toString(n.status) : QString()));
            CHECK(row[6] == (n.reliability > 0 ? QString::number(n.reliability) : QString()));
            CHECK(row[7] == n.owner);
            CHECK(row[8] == practices.join(QStringLiteral("; ")));
            CHECK(row[9] == parents.join(QStringLiteral("; ")));
            CHECK(row[10] == measures.join(QStringLiteral("; ")));
            CHECK(row[11] == n.notes);
        }

        const QByteArray measuresBytes = toMeasuresCsv(d);
        CHECK(toMeasuresCsv(d) == measuresBytes);
        const Csv measures = readCsv(measuresBytes);
        CHECK(measures.wellFormed);
        REQUIRE(measures.rows.size() == d.measures().size() + 1);
        CHECK(measures.rows[0].join(QLatin1Char(','))
              == QStringLiteral("id,name,type,numerator,denominator,source,target,stratifyBy,"
                                "nodes"));
        for (std::size_t i = 0; i < d.measures().size(); ++i) {
            const Measure &m = d.measures()[i];
            QStringList row = measures.rows[i + 1];
            REQUIRE(row.size() == 9);
            for (QString &f : row)
                f = unguarded(f);
            CHECK(row == QStringList{m.id, m.name, toString(m.type), m.numerator, m.denominator,
                                     m.source, m.target, m.stratifyBy.join(QStringLiteral("; ")),
                                     m.nodes.join(QStringLiteral("; "))});
        }
    }
}

TEST_CASE("CSV quoting and the anti-formula apostrophe", "[export]")
{
    const QByteArray csv = toMeasuresCsv(hostileDiagram());
    CHECK(csv.startsWith("\xEF\xBB\xBFid,name,type,"));
    CHECK(csv.contains("\r\n\"m \"\"1\"\"\",'=SUM(A1:A9),outcome,\"first line\nsecond line\","));
    CHECK(csv.contains("\r\n'-m2,"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(toNodesCsv(hostileDiagram()).contains(",''=already quoted,"));
}

TEST_CASE("text exports are deterministic and do not depend on object identity", "[export]")
{
    const Diagram a = hostileDiagram();
    const Diagram b = hostileDiagram();
    CHECK(toDot(a) == toDot(b));
    CHECK(toMarkdownOutline(a) == toMarkdownOutline(b));
    CHECK(toMermaid(a) == toMermaid(b));
    CHECK(toNodesCsv(a) == toNodesCsv(b));
    CHECK(toMeasuresCsv(a) == toMeasuresCsv(b));

    // A large generated diagram: every box once in full in the outline, quickly.
    const Diagram big = generatedDiagram(2000);
    const QString outline = QString::fromUtf8(toMarkdownOutline(big));
    for (const Node &n : big.nodes()) {
        // Only a full entry ends with the id; a reference ends with "(see {#id})".
        const QString full = QLatin1Char(' ') + n.text + QStringLiteral(" {#") + n.id
            + QStringLiteral("}\n");
        const qsizetype first = outline.indexOf(full);
        REQUIRE(first >= 0);
        CHECK(outline.indexOf(full, first + 1) < 0);
    }
}
