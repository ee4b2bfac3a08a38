// Mermaid export: one line per box and one arrow per link, read back by an independent reader,
// with hostile user text escaped in labels, never Mermaid syntax.
#include "catchqt.h"
#include "testsupport.h"
#include "textformatsupport.h"

#include "model/diagramkey.h"
#include "model/textformats.h"

#include <QRegularExpression>

#include <map>
#include <set>

using namespace kdd;
using namespace kddtest;

namespace {

// Undoes the Mermaid entities (#quot; #35; …) in a label.
QString decodeMermaid(const QString &label)
{
    static const QRegularExpression entity(QStringLiteral("#(\\w+);"));
    static const std::map<QString, QString> named = {{QStringLiteral("quot"), QStringLiteral("\"")},
                                                     {QStringLiteral("lt"), QStringLiteral("<")},
                                                     {QStringLiteral("gt"), QStringLiteral(">")},
                                                     {QStringLiteral("amp"), QStringLiteral("&")}};
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
        QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        if (!d.title().simplified().isEmpty()) {
            REQUIRE(lines.first().startsWith(QStringLiteral("%% ")));
            CHECK_FALSE(lines.first().contains(QStringLiteral("%%{")));
            lines.removeFirst();
        }
        REQUIRE(lines.first() == QStringLiteral("flowchart LR"));
        REQUIRE(lines.last().isEmpty());

        static const QRegularExpression box(QStringLiteral("^    n(\\d+)\\[\"(.*)\"\\]$"));
        static const QRegularExpression arrow(QStringLiteral("^    n(\\d+) (-->|-\\.->) n(\\d+)$"));
        static const QRegularExpression invisible(
            QStringLiteral("^    n(\\d+) ~~~ column([0-4])$"));
        static const QRegularExpression header(QStringLiteral("^    column([0-4])\\[\"(.*)\"\\]$"));
        static const QRegularExpression other(
            QStringLiteral("^(    classDef [a-z]+ fill:#[0-9a-f]{6},stroke:#333333"
                           "|    classDef header fill:none,stroke:none,font-weight:bold"
                           "|    class column\\d(,column\\d)* header"
                           "|    class (n\\d+|key_[a-z]+)(,(n\\d+|key_[a-z]+))* "
                           "(idea|testing|adopted|abandoned)"
                           "|    classDef keyLink fill:none,stroke:none"
                           "|    class key_strong,key_weak keyLink"
                           "|    subgraph key \\[\"Key\"\\]|    end|)$"));
        static const QRegularExpression keyBox(
            QStringLiteral("^        key_([a-z]+)\\[\"(.*)\"\\]$"));
        std::map<int, int> defined;
        std::set<int> headers, columns;
        std::set<QString> keyLabels;
        int arrows = 0;
        for (const Node &n : d.nodes())
            columns.insert(n.column());
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
            } else if (const QRegularExpressionMatch v = invisible.match(line); v.hasMatch()) {
                // Invisible links only ever end on a column header, never on a box.
                CHECK(headers.count(v.captured(2).toInt()) == 1);
            } else if (const QRegularExpressionMatch kb = keyBox.match(line); kb.hasMatch()) {
                keyLabels.insert(decodeMermaid(kb.captured(2)));
            } else if (const QRegularExpressionMatch h = header.match(line); h.hasMatch()) {
                const QString title = d.columnTitles().titleFor(h.captured(1).toInt());
                CHECK_FALSE(h.captured(2).contains(QLatin1Char('"')));
                CHECK(decodeMermaid(h.captured(2)) == oneLine(title));
                CHECK(headers.insert(h.captured(1).toInt()).second);
            } else {
                CHECK(other.match(line).hasMatch());
            }
        }
        CHECK(defined.size() == d.nodes().size());
        for (const auto &entry : defined)
            CHECK(entry.second == 1);
        // Every drawn edge is exactly one link of the diagram, and every link is drawn.
        CHECK(arrows == static_cast<int>(d.links().size()));
        CHECK(headers == columns);
        // The key lists what the drawing's key lists.
        const DiagramKey key = DiagramKey::of(d);
        std::set<QString> expected;
        for (const ChangeStatus status : key.statuses)
            expected.insert(DiagramKey::label(status));
        if (key.linkStrengths) {
            expected.insert(QStringLiteral("──▶ Strong link"));
            expected.insert(QStringLiteral("- - ▶ Weak link"));
        }
        CHECK(keyLabels == expected);
    }
}

TEST_CASE("Mermaid key: sample boxes in the status classes that no edge touches", "[export]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    const QString text = QString::fromUtf8(toMermaid(*loaded.diagram));
    CHECK(text.contains(QStringLiteral("    subgraph key [\"Key\"]\n"
                                       "        key_idea[\"Not yet tested\"]\n"
                                       "        key_testing[\"Testing\"]\n"
                                       "        key_adopted[\"Adopted\"]\n"
                                       "        key_abandoned[\"Abandoned\"]\n"
                                       "        key_strong[\"──▶ Strong link\"]\n"
                                       "        key_weak[\"- - ▶ Weak link\"]\n"
                                       "    end\n")));
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("\n    class [n\\d,]+,key_testing testing\n"))));
    // No edge of any kind (drawn, dotted, thick or invisible) starts or ends on the key.
    static const QRegularExpression edge(QStringLiteral("(-->|-\\.->|==>|~~~|---)"));
    int edges = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.contains(edge))
            continue;
        ++edges;
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QStringLiteral("key")));
    }
    CHECK(edges >= static_cast<int>(loaded.diagram->links().size()));
}

TEST_CASE("Mermaid export text of a small diagram", "[export]")
{
    Diagram d;
    d.setTitle(QStringLiteral("Falls %%{init}%%\nward 3"));
    REQUIRE(d.insertNode(makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Fewer"), 1)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("d"), NodeKind::Driver, QStringLiteral("Safe"), 1)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("e"), NodeKind::Driver, QStringLiteral("Staff"), 1)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("c"), NodeKind::Change, QStringLiteral("Mats"), 0)));
    REQUIRE(d.addLink(Link{QStringLiteral("a"), QStringLiteral("d"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink(Link{QStringLiteral("a"), QStringLiteral("e"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink(Link{QStringLiteral("d"), QStringLiteral("c"), LinkStrength::Strong, {}}));
    const QString titles =
        QStringLiteral("    column0[\"%1\"]\n").arg(d.columnTitles().titleFor(0));
    CHECK(QString::fromUtf8(toMermaid(d))
          == QStringLiteral("%% Falls % %{init}% % ward 3\n"
                            "flowchart LR\n")
                 + titles
                 + QStringLiteral("    n1[\"Fewer\"]\n"
                                  "    column1[\"%1\"]\n"
                                  "    n2[\"Safe\"]\n"
                                  "    n3[\"Staff\"]\n"
                                  "    n1 ~~~ column1\n"
                                  "    column4[\"%2\"]\n"
                                  "    n4[\"Mats\"]\n"
                                  "    n2 ~~~ column4\n"
                                  "    n1 --> n2\n"
                                  "    n1 --> n3\n"
                                  "    n2 --> n4\n"
                                  "    classDef header fill:none,stroke:none,font-weight:bold\n"
                                  "    class column0,column1,column4 header\n"
                                  "    classDef idea fill:#ffffff,stroke:#333333\n"
                                  "    classDef testing fill:#c8e6c9,stroke:#333333\n"
                                  "    classDef adopted fill:#e0e0e0,stroke:#333333\n"
                                  "    classDef abandoned fill:#e0e0e0,stroke:#333333\n"
                                  "    class n4 idea\n")
                       .arg(d.columnTitles().titleFor(1), d.columnTitles().titleFor(4)));
}
