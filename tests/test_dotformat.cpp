// DOT export: Graphviz renders every box, link, column and order of the file, and hostile user
// text stays inside escaped strings, never turning into DOT syntax.
#include "catchqt.h"
#include "testsupport.h"
#include "textformatsupport.h"

#include "model/diagramkey.h"
#include "model/textformats.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <set>
#include <vector>

using namespace kdd;
using namespace kddtest;

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
                // A shapeless node (a column header) is where its first text is.
                if (!current->hasShape && current->texts.isEmpty()) {
                    current->x = xml.attributes().value(QLatin1String("x")).toDouble();
                    current->y = xml.attributes().value(QLatin1String("y")).toDouble();
                }
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
    // Without Graphviz the DOT export would go unchecked: fail rather than pass unseen.
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    INFO("dot is not on PATH: install graphviz");
    REQUIRE_FALSE(dot.isEmpty());
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

        // Boxes carry the ids n1, n2 … in document order; the column anchors draw the column
        // headers and are named with a prefix no user id starts with.
        const std::vector<Node> &nodes = d.nodes();
        std::vector<const SvgItem *> boxes(nodes.size(), nullptr);
        std::vector<const SvgItem *> headers;
        std::vector<const SvgItem *> keyItems;
        static const QRegularExpression nodeId(QStringLiteral("^n(\\d+)$"));
        static const QRegularExpression keyName(QStringLiteral("^_+key_"));
        for (const SvgItem &item : svg.nodes) {
            if (keyName.match(item.title).hasMatch()) {
                keyItems.push_back(&item);
                continue;
            }
            const QRegularExpressionMatch m = nodeId.match(item.id);
            if (!m.hasMatch()) {
                static const QRegularExpression anchorName(QStringLiteral("^_+column[0-4]$"));
                CHECK(anchorName.match(item.title).hasMatch());
                CHECK_FALSE(item.hasShape);
                const int column = item.title.right(1).toInt();
                CHECK(item.texts.join(QLatin1Char(' ')).simplified()
                      == oneLine(d.columnTitles().titleFor(column)).simplified());
                headers.push_back(&item);
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

        // Each header stands above the boxes of its column.
        std::set<int> columns;
        for (const Node &n : nodes)
            columns.insert(n.column());
        CHECK(headers.size() == columns.size());
        for (const SvgItem *header : headers) {
            const int column = header->title.right(1).toInt();
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                if (nodes[i].column() == column) {
                    CHECK(header->x == Approx(boxes[i]->x).margin(1));
                    CHECK(header->y < boxes[i]->y);
                }
            }
        }

        // Links carry the ids l1, l2 … in link order; the invisible ordering edges are not drawn.
        static const QRegularExpression linkId(QStringLiteral("^l(\\d+)$"));
        std::vector<int> seen(d.links().size(), 0);
        std::set<QString> keyLinks;
        for (const SvgItem &item : svg.edges) {
            if (item.id.startsWith(QStringLiteral("key-"))) {
                // A sample link of the key: between two of the key's own nodes, never a box.
                const QStringList ends = item.title.split(QStringLiteral("->"));
                REQUIRE(ends.size() == 2);
                CHECK(keyName.match(ends[0]).hasMatch());
                CHECK(keyName.match(ends[1]).hasMatch());
                CHECK(item.dashed == (item.id == QStringLiteral("key-weak-link")));
                keyLinks.insert(item.id);
                continue;
            }
            const QRegularExpressionMatch m = linkId.match(item.id);
            REQUIRE(m.hasMatch());
            const std::size_t i = static_cast<std::size_t>(m.captured(1).toInt() - 1);
            REQUIRE(i < seen.size());
            ++seen[i];
            CHECK(item.dashed == (d.links()[i].strength == LinkStrength::Weak));
        }
        CHECK(std::count(seen.begin(), seen.end(), 1) == static_cast<long>(seen.size()));

        // The key lists what the drawing's key lists, right of every box.
        const DiagramKey key = DiagramKey::of(d);
        std::set<QString> expected, shown;
        for (const ChangeStatus status : key.statuses)
            expected.insert(DiagramKey::label(status));
        if (key.linkStrengths) {
            expected.insert(DiagramKey::label(LinkStrength::Strong));
            expected.insert(DiagramKey::label(LinkStrength::Weak));
        }
        for (const SvgItem *item : keyItems) {
            if (item->texts.isEmpty())
                continue; // the invisible start of a sample link
            shown.insert(item->texts.join(QLatin1Char(' ')));
            for (const SvgItem *box : boxes)
                CHECK(item->x > box->x);
        }
        CHECK(shown == expected);
        CHECK(keyLinks.size() == (key.linkStrengths ? 2u : 0u));
    }
}

TEST_CASE("DOT key: the statuses in use and the link styles, in a cluster of its own", "[export]")
{
    Diagram d;
    REQUIRE(d.insertNode(makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Fewer"), 1)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("d"), NodeKind::Driver, QStringLiteral("Safe"), 1)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("c"), NodeKind::Change, QStringLiteral("Mats"), 0)));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("e"), NodeKind::Change, QStringLiteral("Rota"), 0)));
    REQUIRE(d.addLink(Link{QStringLiteral("a"), QStringLiteral("d"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink(Link{QStringLiteral("d"), QStringLiteral("c"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink(Link{QStringLiteral("d"), QStringLiteral("e"), LinkStrength::Strong, {}}));
    // Every idea untested and every link strong: the drawing shows no key, nor does the DOT.
    CHECK_FALSE(QString::fromUtf8(toDot(d)).contains(QStringLiteral("_key")));

    Node testing = *d.node(QStringLiteral("c"));
    testing.status = ChangeStatus::Testing;
    REQUIRE(d.updateNode(testing));
    REQUIRE(d.setLinkStrength(QStringLiteral("d"), QStringLiteral("e"), LinkStrength::Weak));
    const QString dot = QString::fromUtf8(toDot(d));
    CHECK(dot.contains(QStringLiteral("subgraph \"cluster_key\" {")));
    CHECK(dot.contains(QStringLiteral("[id=\"key-testing\", label=\"Testing\", "
                                      "fillcolor=\"#c8e6c9\"]")));
    CHECK(dot.contains(QStringLiteral("[id=\"key-idea\", label=\"Not yet tested\", "
                                      "fillcolor=\"white\"]")));
    CHECK_FALSE(dot.contains(QStringLiteral("key-adopted"))); // no idea is adopted
    CHECK(dot.contains(QStringLiteral("id=\"key-weak-link\", tailport=e, headport=w, weight=10, "
                                      "style=dashed")));
    CHECK(dot.contains(QStringLiteral("id=\"key-strong-link\", tailport=e, headport=w, "
                                      "weight=10];")));
    // Placed from the last column's header, never from or to a box.
    static const QRegularExpression edge(QStringLiteral("^\\s*(\"[^\"]*\") -> (\"[^\"]*\")"));
    for (const QString &line : dot.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = edge.match(line);
        if (!m.hasMatch() || !line.contains(QStringLiteral("_key_")))
            continue;
        INFO(line.toStdString());
        for (const QString &end : {m.captured(1), m.captured(2)}) {
            CHECK((end.startsWith(QStringLiteral("\"_key_"))
                   || end == QStringLiteral("\"_column4\"")));
        }
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
    // Columns are never clusters (a frame, and dot would move them); the key is the one cluster.
    CHECK(text.count(QStringLiteral("subgraph \"cluster"))
          == text.count(QStringLiteral("subgraph \"cluster_key\"")));
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
