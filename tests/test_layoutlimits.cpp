// The layout limits on counts alone (no layout runs here), and the check that warns past them.
#include "catchqt.h"
#include "testsupport.h"

#include "model/checks.h"
#include "model/layoutlimits.h"

#include <QElapsedTimer>

using namespace kdd;
using namespace kddtest;

namespace {

// One aim and `boxes` boxes of `kind` (drivers at `level`), each linked to the aim when `linked`.
Diagram oneColumn(int boxes, NodeKind kind, int level = 1, bool linked = true)
{
    Diagram d;
    d.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Reach 80% by June 2027")));
    for (int i = 0; i < boxes; ++i) {
        const QString id = QStringLiteral("b%1").arg(i);
        d.insertNode(makeNode(id, kind, QStringLiteral("Box %1").arg(i), level));
        if (linked)
            d.addLink({QStringLiteral("aim"), id, LinkStrength::Strong, {}});
    }
    return d;
}

std::vector<Finding> findingsFor(const Diagram &d, const char *rule)
{
    std::vector<Finding> result;
    for (const Finding &f : runChecks(d)) {
        if (f.rule == QLatin1String(rule))
            result.push_back(f);
    }
    return result;
}

} // namespace

TEST_CASE("the layout limits leave room for real diagrams", "[layoutlimits]")
{
    using namespace layoutlimits;
    // The largest published key driver diagrams have a few hundred boxes; the benchmark's
    // 6,400-box diagram must still be drawn.
    CHECK(maxBoxesPerColumn >= 4800);
    CHECK(maxBoxes >= 6400);
    CHECK(maxLinks >= 8311);
    CHECK(maxBoxesPerColumn <= maxBoxes);
    CHECK(slowBoxes < maxBoxes);
    CHECK(slowLinks < maxLinks);
    CHECK(layoutLimitProblem(generatedDiagram(6400, 2026)).isEmpty());
}

TEST_CASE("layoutSize counts boxes, links and the fullest column", "[layoutlimits]")
{
    const Diagram d = oneColumn(7, NodeKind::Change);
    const LayoutSize size = layoutSize(d);
    CHECK(size.boxes == 8);
    CHECK(size.links == 7);
    CHECK(size.largestColumn == 7);
    CHECK(size.largestColumnIndex == ChangeColumn);
    CHECK(layoutSize(Diagram()).boxes == 0);
}

TEST_CASE("a column at the limit is accepted and one box more is refused, saying by how much",
          "[layoutlimits]")
{
    const int limit = layoutlimits::maxBoxesPerColumn;
    CHECK(layoutLimitProblem(oneColumn(limit, NodeKind::Driver, 2, false)).isEmpty());
    const QString problem = layoutLimitProblem(oneColumn(limit + 1, NodeKind::Driver, 2, false));
    CHECK(problem.startsWith(QStringLiteral("the Secondary drivers column has ")));
    CHECK(problem.contains(QStringLiteral(", 1 more than the limit of ")));
    CHECK(problem.endsWith(QStringLiteral(" per column")));
}

TEST_CASE("the issue's 46,400 boxes in one column are refused at once with the numbers",
          "[layoutlimits]")
{
    const Diagram d = oneColumn(46400, NodeKind::Change);
    QElapsedTimer timer;
    timer.start();
    const QString problem = layoutLimitProblem(d);
    CHECK(timer.elapsed() < 200);
    const int over = 46400 - layoutlimits::maxBoxesPerColumn;
    const QString expected =
        QStringLiteral("the Change ideas column has 46,400 boxes, %1,%2 more than the limit of ")
            .arg(over / 1000)
            .arg(over % 1000, 3, 10, QLatin1Char('0'));
    CHECK(problem.startsWith(expected));
    // The other limits passed are named too, each with its own numbers.
    CHECK(problem.contains(QStringLiteral("it has 46,401 boxes, ")));
    CHECK(problem.contains(QStringLiteral("it has 46,400 links, ")));
}

TEST_CASE("too many boxes in all or too many links are refused on their own", "[layoutlimits]")
{
    using namespace layoutlimits;
    // Spread over the four columns right of the aim, no column past its own limit.
    Diagram boxes;
    boxes.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Aim")));
    for (int i = 0; i < maxBoxes; ++i) {
        const int column = 1 + i % 4;
        boxes.insertNode(makeNode(QStringLiteral("b%1").arg(i),
                                  column == 4 ? NodeKind::Change : NodeKind::Driver,
                                  QStringLiteral("Box"), std::min(column, 3)));
    }
    REQUIRE(layoutSize(boxes).largestColumn <= maxBoxesPerColumn);
    const QString problem = layoutLimitProblem(boxes);
    CHECK(problem.startsWith(QStringLiteral("it has ")));
    CHECK(problem.contains(QStringLiteral(" boxes, 1 more than the limit of ")));

    // Every primary driver linked to every secondary driver.
    Diagram links;
    int p = 1;
    while (p * p <= maxLinks)
        ++p;
    for (int i = 0; i < p; ++i) {
        links.insertNode(
            makeNode(QStringLiteral("p%1").arg(i), NodeKind::Driver, QStringLiteral("P"), 1));
        links.insertNode(
            makeNode(QStringLiteral("s%1").arg(i), NodeKind::Driver, QStringLiteral("S"), 2));
    }
    for (int i = 0; i < p; ++i) {
        for (int j = 0; j < p; ++j)
            links.addLink({QStringLiteral("p%1").arg(i),
                           QStringLiteral("s%1").arg(j),
                           LinkStrength::Strong,
                           {}});
    }
    REQUIRE(layoutSize(links).boxes <= maxBoxes);
    const QString linkProblem = layoutLimitProblem(links);
    CHECK(linkProblem.startsWith(QStringLiteral("it has ")));
    CHECK(linkProblem.contains(QStringLiteral(" links, ")));
    CHECK_FALSE(linkProblem.contains(QStringLiteral("boxes")));
}

TEST_CASE("links that skip columns count once per column with boxes they pass over",
          "[layoutlimits]")
{
    using namespace layoutlimits;
    // Change ideas linked straight to the aim skip the driver columns, but only those with boxes.
    Diagram d = oneColumn(10, NodeKind::Change);
    CHECK(layoutSize(d).skippedColumns == 0);
    d.insertNode(makeNode(QStringLiteral("p"), NodeKind::Driver, QStringLiteral("P"), 1));
    d.insertNode(makeNode(QStringLiteral("t"), NodeKind::Driver, QStringLiteral("T"), 3));
    CHECK(layoutSize(d).skippedColumns == 20);
    d.addLink({QStringLiteral("p"),
               QStringLiteral("t"),
               LinkStrength::Strong,
               {}}); // skips the empty column 2
    CHECK(layoutSize(d).skippedColumns == 20);

    Diagram many = oneColumn(maxSkippedColumns / 2, NodeKind::Change);
    many.insertNode(makeNode(QStringLiteral("p"), NodeKind::Driver, QStringLiteral("P"), 1));
    CHECK(layoutLimitProblem(many).isEmpty());
    many.insertNode(makeNode(QStringLiteral("s"), NodeKind::Driver, QStringLiteral("S"), 2));
    many.insertNode(makeNode(QStringLiteral("t"), NodeKind::Driver, QStringLiteral("T"), 3));
    const QString problem = layoutLimitProblem(many);
    CHECK(problem.startsWith(QStringLiteral("its links skip ")));
    CHECK(problem.contains(QStringLiteral("more than the limit of")));
}

TEST_CASE("KDD122 warns past the layout limits and stays quiet at them", "[layoutlimits][checks]")
{
    CHECK(findingsFor(oneColumn(layoutlimits::maxBoxesPerColumn, NodeKind::Change), "KDD122")
              .empty());
    Diagram big = oneColumn(46400, NodeKind::Change);
    QElapsedTimer timer;
    timer.start();
    const auto findings = findingsFor(big, "KDD122");
    INFO(timer.elapsed());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message.startsWith(
        QStringLiteral("The diagram is too large to lay out: the Change ideas "
                       "column has 46,400 boxes")));
    CHECK(findings[0].message.contains(QStringLiteral("split it")));
    CheckSettings settings = big.checkSettings();
    settings.ignore << QStringLiteral("KDD122");
    big.setCheckSettings(settings);
    CHECK(findingsFor(big, "KDD122").empty());
}
