// Mermaid export: one line per box and one arrow per link, read back by an independent reader,
// with hostile user text escaped in labels, never Mermaid syntax.
#include "catchqt.h"
#include "textformatsupport.h"

#include "model/textformats.h"

#include <QRegularExpression>

#include <map>

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
