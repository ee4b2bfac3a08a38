// The PDSA badge on change ideas: laid out and drawn only where an idea has cycles, so that a
// diagram without cycles lays out and exports as before.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/layoutengine.h"
#include "render/exporter.h"

#include <QRegularExpression>

using namespace kdd;
using namespace kddtest;

namespace {

Diagram ideas(int cycles)
{
    Diagram d;
    Node driver;
    driver.id = QStringLiteral("d");
    driver.text = QStringLiteral("Reach families");
    Node idea;
    idea.id = QStringLiteral("c1");
    idea.kind = NodeKind::Change;
    idea.text = QStringLiteral("Text reminders");
    for (int i = 1; i <= cycles; ++i) {
        PdsaCycle c;
        c.number = i;
        idea.cycles.push_back(c);
    }
    Node other;
    other.id = QStringLiteral("c2");
    other.kind = NodeKind::Change;
    other.text = QStringLiteral("Shuttle");
    for (const Node &n : {driver, idea, other})
        d.insertNode(n);
    d.addLink({QStringLiteral("d"), QStringLiteral("c1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d"), QStringLiteral("c2"), LinkStrength::Strong, {}});
    return d;
}

const DiagramLayout::Box &box(const DiagramLayout &layout, const char *id)
{
    for (const DiagramLayout::Box &b : layout.boxes) {
        if (b.id == QLatin1String(id))
            return b;
    }
    FAIL("no box " << id);
    return layout.boxes.front();
}

QString svgOf(const Diagram &d)
{
    QByteArray bytes;
    QString error;
    REQUIRE(findExporter(ExportFormat::Svg)->write(d, ExportOptions(), bytes, &error));
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("the PDSA badge takes room only on ideas with cycles", "[pdsa][layout]")
{
    DiagramLayout with;
    REQUIRE(layoutDiagram(ideas(3), LayoutOptions(), with));
    const DiagramLayout::Box &tried = box(with, "c1");
    CHECK(tried.cycles == 3);
    REQUIRE_FALSE(tried.cyclesRect.isNull());
    CHECK(tried.rect.contains(tried.cyclesRect));
    CHECK(box(with, "c2").cycles == 0);
    CHECK(box(with, "c2").cyclesRect.isNull());

    DiagramLayout without;
    REQUIRE(layoutDiagram(ideas(0), LayoutOptions(), without));
    CHECK(box(without, "c1").cyclesRect.isNull());
    // The badge row makes the idea taller; without cycles it has none.
    CHECK(tried.rect.height() > box(without, "c1").rect.height());
    CHECK(box(without, "c1").rect.height() == box(without, "c2").rect.height());
}

TEST_CASE("the PDSA badge is drawn with its count only on ideas with cycles", "[pdsa][export]")
{
    const QString svg = svgOf(ideas(3));
    CHECK(svg.count(QStringLiteral("class=\"pdsa\"")) == 1);
    CHECK(svg.contains(
        QRegularExpression(QStringLiteral("<g class=\"pdsa\">\\s*<title>3 PDSA cycles</title>"))));
    CHECK(svgOf(ideas(1)).contains(QStringLiteral("<title>1 PDSA cycle</title>")));
    const QString none = svgOf(ideas(0));
    CHECK_FALSE(none.contains(QStringLiteral("pdsa")));
    CHECK_FALSE(none.contains(QStringLiteral("PDSA")));
    // Without cycles the SVG is the same as the one of a diagram that never had them.
    Diagram cleared = ideas(2);
    Node idea = *cleared.node(QStringLiteral("c1"));
    idea.cycles.clear();
    REQUIRE(cleared.updateNode(idea));
    CHECK(svgOf(cleared) == none);
}
