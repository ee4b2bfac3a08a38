// Line of sight: the right ancestors and descendants with many-to-many links and skipped columns.
#include "catchqt.h"
#include "testsupport.h"

#include "model/lineofsight.h"

using namespace kdd;
using namespace kddtest;

namespace {

QStringList sorted(const QSet<NodeId> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

Diagram manyToMany()
{
    // aim -> p1, p2; p1 -> s1, s2; p2 -> s2; s1 -> c1; s2 -> c1, c2; p2 -> c3 (skips a column);
    // and an unlinked c4.
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
    for (const char *p : {"p1", "p2"})
        d.insertNode(makeNode(QString::fromLatin1(p), NodeKind::Driver, QStringLiteral("P"), 1));
    for (const char *s : {"s1", "s2"})
        d.insertNode(makeNode(QString::fromLatin1(s), NodeKind::Driver, QStringLiteral("S"), 2));
    for (const char *c : {"c1", "c2", "c3", "c4"})
        d.insertNode(makeNode(QString::fromLatin1(c), NodeKind::Change, QStringLiteral("C")));
    const std::pair<const char *, const char *> links[] = {
        {"aim", "p1"}, {"aim", "p2"}, {"p1", "s1"}, {"p1", "s2"}, {"p2", "s2"},
        {"s1", "c1"},  {"s2", "c1"},  {"s2", "c2"}, {"p2", "c3"}};
    for (const auto &[from, to] : links)
        REQUIRE(d.addLink(
            {QString::fromLatin1(from), QString::fromLatin1(to), LinkStrength::Strong, {}}));
    return d;
}

} // namespace

TEST_CASE("line of sight of a shared secondary driver", "[model]")
{
    const LineOfSight s = lineOfSight(manyToMany(), QStringLiteral("s2"));
    CHECK(sorted(s.ancestors)
          == QStringList{QStringLiteral("aim"), QStringLiteral("p1"), QStringLiteral("p2")});
    CHECK(sorted(s.descendants) == QStringList{QStringLiteral("c1"), QStringLiteral("c2")});
    CHECK(s.containsLink(QStringLiteral("aim"), QStringLiteral("p2")));
    CHECK(s.containsLink(QStringLiteral("s2"), QStringLiteral("c1")));
    CHECK_FALSE(s.containsLink(QStringLiteral("s1"), QStringLiteral("c1"))); // c1's other parent
    CHECK_FALSE(s.containsLink(QStringLiteral("p1"), QStringLiteral("s1")));
    CHECK_FALSE(s.containsLink(QStringLiteral("p2"), QStringLiteral("c3"))); // not through s2
    CHECK_FALSE(s.contains(QStringLiteral("c4")));
}

TEST_CASE("line of sight of a change idea with two parents and of the aim", "[model]")
{
    const Diagram d = manyToMany();
    LineOfSight s = lineOfSight(d, QStringLiteral("c1"));
    CHECK(sorted(s.ancestors)
          == QStringList{QStringLiteral("aim"), QStringLiteral("p1"), QStringLiteral("p2"),
                         QStringLiteral("s1"), QStringLiteral("s2")});
    CHECK(s.descendants.isEmpty());
    s = lineOfSight(d, QStringLiteral("p2"));
    CHECK(sorted(s.descendants)
          == QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                         QStringLiteral("s2")});
    s = lineOfSight(d, QStringLiteral("aim"));
    CHECK(s.ancestors.isEmpty());
    CHECK(s.descendants.size() == 7); // everything but the unlinked idea
    CHECK(lineOfSight(d, QStringLiteral("c4")).ancestors.isEmpty());
    CHECK(lineOfSight(d, QStringLiteral("nope")).focus.isEmpty());
}

TEST_CASE("line of sight on a 10,000-box diagram", "[model]")
{
    const Diagram d = generatedDiagram(10000, 4);
    const LineOfSight s = lineOfSight(d, QStringLiteral("aim"));
    CHECK(static_cast<std::size_t>(s.descendants.size()) == d.nodes().size() - 1);
}
