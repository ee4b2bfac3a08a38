// Arrow-key navigation is a pure function over a finished layout.
#include "catchqt.h"
#include "testsupport.h"

#include "layout/navigation.h"

using namespace kdd;
using namespace kddtest;

namespace {

DiagramLayout::Box box(const char *id, int column, qreal y)
{
    DiagramLayout::Box b;
    b.id = QString::fromLatin1(id);
    b.column = column;
    b.rect = QRectF(column * 300.0, y, 200, 60);
    return b;
}

// aim | p1 p2 | c1 c2 c3, with p1 -> c3 (far down) and p2 -> c1 (far up): links beat height.
struct Fixture
{
    Fixture()
    {
        diagram.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
        diagram.insertNode(
            makeNode(QStringLiteral("p1"), NodeKind::Driver, QStringLiteral("P1"), 1));
        diagram.insertNode(
            makeNode(QStringLiteral("p2"), NodeKind::Driver, QStringLiteral("P2"), 1));
        for (const char *c : {"c1", "c2", "c3"})
            diagram.insertNode(
                makeNode(QString::fromLatin1(c), NodeKind::Change, QStringLiteral("Idea")));
        diagram.addLink({QStringLiteral("aim"), QStringLiteral("p2"), LinkStrength::Strong, {}});
        diagram.addLink({QStringLiteral("p1"), QStringLiteral("c3"), LinkStrength::Strong, {}});
        diagram.addLink({QStringLiteral("p2"), QStringLiteral("c1"), LinkStrength::Strong, {}});
        layout.boxes = {box("aim", 0, 100), box("p1", 1, 0),  box("p2", 1, 200),
                        box("c1", 4, 0),    box("c2", 4, 90), box("c3", 4, 300)};
    }
    NodeId go(const char *from, Direction d) const
    {
        return neighbourBox(layout, diagram, QString::fromLatin1(from), d);
    }
    Diagram diagram;
    DiagramLayout layout;
};

} // namespace

TEST_CASE("up and down stay in the column, nearest first", "[layout]")
{
    const Fixture f;
    CHECK(f.go("c2", Direction::Up) == QStringLiteral("c1"));
    CHECK(f.go("c2", Direction::Down) == QStringLiteral("c3"));
    CHECK(f.go("c1", Direction::Up).isEmpty()); // top of its column: nowhere to go
    CHECK(f.go("p1", Direction::Down) == QStringLiteral("p2"));
}

TEST_CASE("left and right follow links before height", "[layout]")
{
    const Fixture f;
    CHECK(f.go("p1", Direction::Right)
          == QStringLiteral("c3")); // linked, though c1 is level with it
    CHECK(f.go("p2", Direction::Right) == QStringLiteral("c1"));
    CHECK(f.go("c1", Direction::Left) == QStringLiteral("p2"));
    CHECK(f.go("aim", Direction::Right) == QStringLiteral("p2"));
    // c2 has no parent: the nearest box of the neighbouring column.
    CHECK(f.go("c2", Direction::Left) == QStringLiteral("p1"));
    CHECK(f.go("aim", Direction::Left).isEmpty());
}

TEST_CASE("no current box goes to the first, and ghosts are never chosen", "[layout]")
{
    Fixture f;
    CHECK(f.go("", Direction::Down) == QStringLiteral("aim"));
    // A box the layout shows but the diagram no longer holds (a comparison's ghost).
    f.layout.boxes.push_back(box("ghost", 4, 120));
    CHECK(f.go("c2", Direction::Down) == QStringLiteral("c3"));
    CHECK(f.go("c1", Direction::Down) == QStringLiteral("c2"));
    CHECK(neighbourBox(f.layout, Diagram(), QString(), Direction::Down).isEmpty());
}
