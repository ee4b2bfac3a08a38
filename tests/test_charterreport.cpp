// The charter as a report (model/charterreport.h): what every document format writes.
#include "catchqt.h"
#include "testsupport.h"

#include "model/charterreport.h"

using namespace kdd;
using namespace kddtest;

namespace {

QStringList strs(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

QStringList headings(const ReportDocument &report)
{
    QStringList list;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            list << block.text;
    }
    return list;
}

// The block right after the heading `title` (the section's first block).
const ReportBlock *sectionStart(const ReportDocument &report, const QString &title)
{
    for (size_t i = 0; i + 1 < report.blocks.size(); ++i) {
        if (report.blocks[i].kind == ReportBlock::Kind::Heading && report.blocks[i].text == title)
            return &report.blocks[i + 1];
    }
    return nullptr;
}

} // namespace

TEST_CASE("a charter report has every section in the charter's order with the diagram in it",
          "[model][charter][report]")
{
    const Diagram diagram = goodDiagram();
    const ReportDocument report = charterReport(diagram);
    CHECK(
        headings(report)
        == strs({"Problem statement", "Aim", "Key driver diagram", "Measurement plan",
                 "Change ideas", "Team and roles", "Scope", "Timeline", "Resources and constraints",
                 "Equity", "The seven practices", "Revision history"}));
    CHECK(std::count_if(report.blocks.begin(), report.blocks.end(),
                        [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Diagram; })
          == 1);
    // Nothing of the charter is written in goodDiagram(): each such section says so.
    const ReportBlock *problem = sectionStart(report, QStringLiteral("Problem statement"));
    REQUIRE(problem);
    CHECK(problem->kind == ReportBlock::Kind::Note);
    // Every table row is as long as its header (the writers rely on it).
    for (const ReportBlock &block : report.blocks) {
        for (const QStringList &row : block.rows)
            CHECK(row.size() == (block.kind == ReportBlock::Kind::Table ? block.header.size() : 2));
    }
}

TEST_CASE("the measurement plan and the change ideas name boxes by their text",
          "[model][charter][report]")
{
    Diagram diagram = goodDiagram();
    const ReportDocument report = charterReport(diagram);
    const ReportBlock *measures = sectionStart(report, QStringLiteral("Measurement plan"));
    REQUIRE(measures);
    REQUIRE(measures->kind == ReportBlock::Kind::Table);
    REQUIRE(measures->rows.size() == diagram.measures().size());
    const Measure &first = diagram.measures().front();
    CHECK(measures->rows[0][0] == first.name);
    CHECK(measures->rows[0][2].contains(diagram.node(first.nodes.front())->text));
    CHECK_FALSE(measures->rows[0][2].contains(first.nodes.front() + QLatin1Char('\n')));

    const ReportBlock *ideas = sectionStart(report, QStringLiteral("Change ideas"));
    REQUIRE(ideas);
    REQUIRE(ideas->kind == ReportBlock::Kind::Table);
    // No idea has an owner, partners or votes: those columns are left out.
    CHECK(ideas->header == strs({"Change idea", "Drivers", "Status"}));

    Node idea;
    for (const Node &node : diagram.nodes()) {
        if (node.isChange()) {
            idea = node;
            break;
        }
    }
    idea.votes = 3;
    idea.owner = QStringLiteral("Jo Park");
    REQUIRE(diagram.updateNode(idea));
    const ReportDocument voted = charterReport(diagram);
    const ReportBlock *votedIdeas = sectionStart(voted, QStringLiteral("Change ideas"));
    REQUIRE(votedIdeas);
    CHECK(votedIdeas->header == strs({"Change idea", "Drivers", "Status", "Owner", "Votes"}));
    const auto row = std::find_if(votedIdeas->rows.begin(), votedIdeas->rows.end(),
                                  [&idea](const QStringList &r) { return r[0] == idea.text; });
    REQUIRE(row != votedIdeas->rows.end());
    CHECK((*row)[3] == QStringLiteral("Jo Park"));
    CHECK((*row)[4] == QStringLiteral("3"));
    CHECK_FALSE((*row)[1].isEmpty()); // the drivers it tests, by text
}

TEST_CASE("the charter's own fields fill their sections and the timeline is in date order",
          "[model][charter][report]")
{
    Diagram diagram = goodDiagram();
    Metadata meta = diagram.metadata();
    meta.charter.problem = QStringLiteral("Patients wait 4 h.");
    meta.charter.scopeIn = QStringLiteral("Adult ED");
    meta.charter.members = {{QStringLiteral("Sam Lee"), QStringLiteral("Team lead"), {}}};
    meta.charter.milestones = {{QStringLiteral("2027-03-01"), QStringLiteral("PDSA 1"), {}},
                               {QStringLiteral("2027-01-15"), QStringLiteral("Baseline"), {}}};
    meta.charter.sponsor = QStringLiteral("Dr Ruiz");
    diagram.setMetadata(meta);
    const ReportDocument report = charterReport(diagram);

    const ReportBlock *problem = sectionStart(report, QStringLiteral("Problem statement"));
    REQUIRE(problem);
    CHECK(problem->kind == ReportBlock::Kind::Paragraph);
    CHECK(problem->text == QStringLiteral("Patients wait 4 h."));
    const ReportBlock *scope = sectionStart(report, QStringLiteral("Scope"));
    REQUIRE(scope);
    REQUIRE(scope->kind == ReportBlock::Kind::Fields);
    CHECK(scope->rows[0] == strs({"In scope", "Adult ED"}));
    CHECK(scope->rows[1] == strs({"Out of scope", "Not stated."}));
    const ReportBlock *timeline = sectionStart(report, QStringLiteral("Timeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->rows.size() == 2);
    CHECK(timeline->rows[0][1] == QStringLiteral("Baseline"));
    const ReportBlock *team = sectionStart(report, QStringLiteral("Team and roles"));
    REQUIRE(team);
    CHECK(team->rows == std::vector<QStringList>{strs({"Sam Lee", "Team lead"})});
    // The overview (before the first heading) carries the sponsor.
    REQUIRE(report.blocks.front().kind == ReportBlock::Kind::Fields);
    bool sponsor = false;
    for (const QStringList &row : report.blocks.front().rows)
        sponsor = sponsor || row == strs({"Sponsor", "Dr Ruiz"});
    CHECK(sponsor);
}

TEST_CASE("the aims section puts the global aim before the SMART aims", "[model][charter][report]")
{
    const LoadResult loaded =
        readDiagram(readAll(sourcePath(QStringLiteral("examples/health-equity.kdd"))),
                    QStringLiteral("health-equity.kdd"));
    REQUIRE(loaded.ok());
    const ReportDocument report = charterReport(*loaded.diagram);
    const ReportBlock *aims = sectionStart(report, QStringLiteral("Aim"));
    REQUIRE(aims);
    REQUIRE(aims->kind == ReportBlock::Kind::Fields);
    REQUIRE(aims->rows.size() >= 2);
    CHECK(aims->rows.front()[0] == QStringLiteral("Global aim"));
    CHECK(aims->rows.back()[0] == QStringLiteral("SMART aim"));
    const ReportBlock *practices = sectionStart(report, QStringLiteral("The seven practices"));
    REQUIRE(practices);
    CHECK(practices->rows.size() == 7);
}
