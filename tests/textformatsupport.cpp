#include "textformatsupport.h"

#include "catchqt.h"
#include "testsupport.h"

#include <QStringList>

#include <random>

namespace kddtest {

using namespace kdd;

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
        REQUIRE(d.insertNode(
            makeNode(id, NodeKind::Driver, QStringLiteral("Loose box %1").arg(k), 1 + k % 3),
            pick(d.nodes().size())));
        const Node &other = d.nodes()[static_cast<std::size_t>(pick(d.nodes().size()))];
        if (k % 3 == 0)
            d.addLink(makeLink(other.id, id));
        else if (k % 3 == 1)
            d.addLink(makeLink(id, other.id));
    }
    return d;
}

} // namespace

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

} // namespace kddtest
