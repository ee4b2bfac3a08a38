// The equity lens marks exactly the boxes it should on purpose-built diagrams.
#include "catchqt.h"
#include "testsupport.h"

#include "model/equitylens.h"

using namespace kdd;
using namespace kddtest;

namespace {

QStringList sorted(const QSet<NodeId> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// goodDiagram plus practices, partners and a claimed practice nobody carries.
Diagram equityDiagram()
{
    Diagram d = goodDiagram();
    Metadata meta = d.metadata();
    meta.equityStatement = QStringLiteral("Close the gap in waiting times by language.");
    meta.practices = {Practice::MeasureForEquity, Practice::EngageBeyondHealthcare,
                      Practice::RedistributePower};
    d.setMetadata(meta);
    Node c1 = *d.node(QStringLiteral("c1"));
    c1.owner = QStringLiteral("Charge nurse");
    c1.partners = {QStringLiteral("Tenants' association")};
    c1.practices = {Practice::EngageBeyondHealthcare, Practice::CoProduce};
    d.updateNode(c1);
    Node c2 = *d.node(QStringLiteral("c2"));
    c2.owner = QStringLiteral("Rota lead"); // claims to engage beyond healthcare, names no partner
    c2.practices = {Practice::EngageBeyondHealthcare};
    d.updateNode(c2);
    Node p2 = *d.node(QStringLiteral("p2"));
    p2.practices = {Practice::MeasureForEquity};
    d.updateNode(p2);
    Measure m1 = *d.measure(QStringLiteral("m1"));
    m1.stratifyBy = {QStringLiteral("language")};
    d.updateMeasure(m1);
    return d;
}

} // namespace

TEST_CASE("the lens marks unstratified measures, missing partners and absent practices", "[model]")
{
    const EquityLens lens = equityLens(equityDiagram());
    // m1 (aim) is stratified; m2 (p1, p2) and m3 (p2) are not.
    CHECK(sorted(lens.unstratified) == QStringList{QStringLiteral("p1"), QStringLiteral("p2")});
    CHECK(sorted(lens.missingPartner) == QStringList{QStringLiteral("c2")});
    CHECK(lens.claimedButAbsent == std::vector<Practice>{Practice::RedistributePower});
    CHECK(lens.coverage.at(Practice::EngageBeyondHealthcare)
          == std::vector<NodeId>{QStringLiteral("c1"), QStringLiteral("c2")});
    CHECK(lens.coverage.at(Practice::MeasureForEquity)
          == std::vector<NodeId>{QStringLiteral("p2")});
    CHECK(lens.coverage.size() == 7);
    CHECK(sorted(lens.relevant)
          == QStringList{QStringLiteral("aim"), QStringLiteral("c1"), QStringLiteral("c2"),
                         QStringLiteral("p1"), QStringLiteral("p2")});
    CHECK(lens.isGap(QStringLiteral("c2")));
    CHECK_FALSE(lens.isGap(QStringLiteral("c1")));
}

TEST_CASE("without a claim to engage beyond healthcare, ideas are not asked for partners",
          "[model]")
{
    Diagram d = equityDiagram();
    Metadata meta = d.metadata();
    meta.practices = {Practice::MeasureForEquity};
    d.setMetadata(meta);
    const EquityLens lens = equityLens(d);
    CHECK(lens.missingPartner.isEmpty());
    CHECK(lens.claimedButAbsent.empty());
}

TEST_CASE("partners and claimed practices round-trip through the file", "[model][io]")
{
    const Diagram d = equityDiagram();
    const QByteArray text = writeDiagram(d);
    CHECK(text.contains("\"partners\": [\"Tenants' association\"]"));
    CHECK(text.contains("\"practices\": [\"measure-for-equity\", \"engage-beyond-healthcare\", "
                        "\"redistribute-power\"]"));
    const LoadResult back = read(text);
    REQUIRE(back.ok());
    CHECK(*back.diagram == d);
    CHECK_FALSE(read(fileWith(R"("meta": {"practices": ["be-kind"]})")).ok());
}
