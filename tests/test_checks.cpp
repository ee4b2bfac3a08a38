// Each check rule fires on a minimal bad diagram and stays quiet where it should.
#include "catchqt.h"
#include "testsupport.h"

#include "model/aimtext.h"
#include "model/checks.h"

#include <QSet>

using namespace kdd;
using namespace kddtest;

namespace {

QStringList rulesOf(const Diagram &d)
{
    QStringList rules;
    for (const Finding &f : runChecks(d))
        rules << f.rule;
    return rules;
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

Node nodeOf(const Diagram &d, const char *id) { return *d.node(QString::fromLatin1(id)); }

} // namespace

TEST_CASE("the good diagram has no findings", "[checks]")
{
    CHECK(rulesOf(goodDiagram()).isEmpty());
}

TEST_CASE("the examples have no errors or warnings", "[checks]")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        for (const Finding &f : runChecks(*loaded.diagram)) {
            INFO(f.rule.toStdString() + " " + f.message.toStdString());
            CHECK(f.severity == Severity::Info);
        }
    }
}

TEST_CASE("the rule catalogue has stable unique ids, each documented", "[checks]")
{
    const QByteArray doc = readAll(sourcePath(QStringLiteral("docs/checks.md")));
    REQUIRE_FALSE(doc.isEmpty());
    QSet<QString> ids;
    for (const CheckRule &r : checkRules()) {
        const QString id = QString::fromLatin1(r.id);
        INFO(r.id);
        CHECK(id.startsWith(QStringLiteral("KDD")));
        CHECK_FALSE(ids.contains(id));
        ids.insert(id);
        CHECK(doc.contains(QByteArray("## ") + r.id));
        CHECK(findCheckRule(id) == &r);
    }
    CHECK(findCheckRule(QStringLiteral("KDD999")) == nullptr);
}

TEST_CASE("KDD101 no aim", "[checks]")
{
    Diagram d = goodDiagram();
    REQUIRE(d.removeNode(QStringLiteral("aim")));
    const auto f = findingsFor(d, "KDD101");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Error);
    // Without an aim, "not connected to the aim" would flag everything: it stays quiet.
    CHECK_FALSE(rulesOf(d).contains(QStringLiteral("KDD106")));
    CHECK(rulesOf(Diagram()).contains(QStringLiteral("KDD101")));
}

TEST_CASE("KDD102/KDD103 aim without number or time frame", "[checks]")
{
    Diagram d = goodDiagram();
    Node aim = nodeOf(d, "aim");
    aim.text = QStringLiteral("Improve the experience of outpatients");
    REQUIRE(d.updateNode(aim));
    auto rules = rulesOf(d);
    CHECK(rules.contains(QStringLiteral("KDD102")));
    CHECK(rules.contains(QStringLiteral("KDD103")));
    CHECK(findingsFor(d, "KDD102")[0].node == QStringLiteral("aim"));

    aim.text = QStringLiteral("Reduce waits for outpatients by 31 March 2027");
    REQUIRE(d.updateNode(aim));
    rules = rulesOf(d);
    CHECK(rules.contains(QStringLiteral("KDD102"))); // a date is not a quantity
    CHECK_FALSE(rules.contains(QStringLiteral("KDD103")));

    aim.text = QStringLiteral("Reduce waits for outpatients by 20%");
    REQUIRE(d.updateNode(aim));
    rules = rulesOf(d);
    CHECK_FALSE(rules.contains(QStringLiteral("KDD102")));
    CHECK(rules.contains(QStringLiteral("KDD103")));

    // A global aim is the compelling reason; it is not required to be measurable.
    aim.text = QStringLiteral("Safe care for every child");
    aim.role = AimRole::Global;
    REQUIRE(d.updateNode(aim));
    rules = rulesOf(d);
    CHECK_FALSE(rules.contains(QStringLiteral("KDD102")));
    CHECK(rules.contains(QStringLiteral("KDD104")));
}

TEST_CASE("aim text heuristics", "[checks]")
{
    const QStringList measurable = {
        QStringLiteral("Decrease the average Emergency Dept. visit time from 60 minutes to 45 "
                       "minutes for outpatient cases by 12/31/16"),
        QStringLiteral(
            "85% of families receive expected home visits by 6 months into the fiscal year"),
        QStringLiteral(
            "Halve DKA admissions among children in high-poverty neighbourhoods by Q4 2027"),
        QStringLiteral("将急诊等待时间从60分钟减少到45分钟，到2027年6月"),
        QStringLiteral("خفض الانتظار بنسبة ٢٠٪ بحلول 2027"),
    };
    for (const QString &text : measurable) {
        INFO(text.toStdString());
        CHECK(mentionsQuantity(text));
        CHECK(mentionsTimeFrame(text));
    }
    CHECK_FALSE(mentionsQuantity(QStringLiteral("Reduce waiting by June 30, 2027")));
    CHECK_FALSE(mentionsQuantity(QStringLiteral("Better care by 2027-06-30")));
    CHECK_FALSE(mentionsTimeFrame(QStringLiteral("Families may feel heard 20% more often")));
    CHECK(mentionsTimeFrame(QStringLiteral("Raise the rate to 90% within six months")));
    CHECK(mentionsTimeFrame(QStringLiteral("Raise the rate to 90% by the end of next year")));
    CHECK(mentionsTimeFrame(QStringLiteral("Raise the rate to 90% by May 2027")));
    CHECK(startsWithActionVerb(QStringLiteral("Implement a weekly huddle")));
    CHECK(startsWithActionVerb(QStringLiteral("  hold a coffee break")));
    CHECK_FALSE(startsWithActionVerb(QStringLiteral("Improved work culture")));
    CHECK_FALSE(startsWithActionVerb(QString()));
}

TEST_CASE("KDD105 primary driver count and the document's own limits", "[checks]")
{
    Diagram d = goodDiagram();
    REQUIRE(d.removeNode(QStringLiteral("p2")));
    auto f = findingsFor(d, "KDD105");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.contains(QStringLiteral("1 primary driver;")));

    d = goodDiagram();
    for (int i = 3; i <= 6; ++i) {
        const QString id = QStringLiteral("p%1").arg(i);
        REQUIRE(d.insertNode(makeNode(id, NodeKind::Driver, QStringLiteral("Driver %1").arg(i))));
    }
    f = findingsFor(d, "KDD105");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.contains(QStringLiteral("6 primary drivers")));

    CheckSettings settings;
    settings.maxPrimaryDrivers = 6;
    d.setCheckSettings(settings);
    CHECK(findingsFor(d, "KDD105").empty());
}

TEST_CASE("KDD106 driver and KDD107/KDD108 change idea not connected", "[checks]")
{
    Diagram d = goodDiagram();
    REQUIRE(d.insertNode(makeNode(QStringLiteral("s9"), NodeKind::Driver,
                                  QStringLiteral("Orphan secondary driver"), 2)));
    REQUIRE(d.insertNode(
        makeNode(QStringLiteral("c9"), NodeKind::Change, QStringLiteral("Idea under the orphan"))));
    REQUIRE(d.insertNode(makeNode(QStringLiteral("c10"), NodeKind::Change,
                                  QStringLiteral("Idea linked to nothing"))));
    REQUIRE(d.addLink({QStringLiteral("s9"), QStringLiteral("c9"), LinkStrength::Strong, {}}));
    auto f106 = findingsFor(d, "KDD106");
    REQUIRE(f106.size() == 1);
    CHECK(f106[0].node == QStringLiteral("s9"));
    auto f107 = findingsFor(d, "KDD107");
    REQUIRE(f107.size() == 1);
    CHECK(f107[0].node == QStringLiteral("c9"));
    auto f108 = findingsFor(d, "KDD108");
    REQUIRE(f108.size() == 1);
    CHECK(f108[0].node == QStringLiteral("c10"));

    // Connecting the orphan to a primary driver fixes both.
    REQUIRE(d.addLink({QStringLiteral("p1"), QStringLiteral("s9"), LinkStrength::Strong, {}}));
    CHECK(findingsFor(d, "KDD106").empty());
    CHECK(findingsFor(d, "KDD107").empty());
}

TEST_CASE("KDD109 driver with no change idea under it, through any depth", "[checks]")
{
    Diagram d = goodDiagram();
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("s1"), NodeKind::Driver, QStringLiteral("Sub"), 2)));
    REQUIRE(d.insertNode(
        makeNode(QStringLiteral("t1"), NodeKind::Driver, QStringLiteral("Subsub"), 3)));
    REQUIRE(d.addLink({QStringLiteral("p1"), QStringLiteral("s1"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("s1"), QStringLiteral("t1"), LinkStrength::Strong, {}}));
    QStringList flagged;
    for (const Finding &f : findingsFor(d, "KDD109"))
        flagged << f.node;
    CHECK(flagged == QStringList{QStringLiteral("s1"), QStringLiteral("t1")});

    // An idea under the tertiary driver satisfies all three levels above it.
    REQUIRE(d.addLink({QStringLiteral("t1"), QStringLiteral("c1"), LinkStrength::Strong, {}}));
    CHECK(findingsFor(d, "KDD109").empty());
}

TEST_CASE("KDD110/KDD111 drivers without measures", "[checks]")
{
    Diagram d = goodDiagram();
    Measure m = *d.measure(QStringLiteral("m2"));
    m.nodes = {QStringLiteral("p1")};
    REQUIRE(d.updateMeasure(m));
    Measure b = *d.measure(QStringLiteral("m3"));
    b.nodes = {QStringLiteral("aim")};
    REQUIRE(d.updateMeasure(b));
    REQUIRE(
        d.insertNode(makeNode(QStringLiteral("s1"), NodeKind::Driver, QStringLiteral("Sub"), 2)));
    REQUIRE(d.addLink({QStringLiteral("p1"), QStringLiteral("s1"), LinkStrength::Strong, {}}));
    REQUIRE(d.addLink({QStringLiteral("s1"), QStringLiteral("c1"), LinkStrength::Strong, {}}));
    const auto f110 = findingsFor(d, "KDD110");
    REQUIRE(f110.size() == 1);
    CHECK(f110[0].node == QStringLiteral("p2"));
    CHECK(f110[0].severity == Severity::Warning);
    const auto f111 = findingsFor(d, "KDD111");
    REQUIRE(f111.size() == 1);
    CHECK(f111[0].node == QStringLiteral("s1"));
    CHECK(f111[0].severity == Severity::Info);
}

TEST_CASE("KDD112 no outcome measure on the aim, KDD113 no balancing measure", "[checks]")
{
    Diagram d = goodDiagram();
    Measure outcome = *d.measure(QStringLiteral("m1"));
    outcome.nodes = {QStringLiteral("p1")}; // an outcome measure on a driver does not count
    REQUIRE(d.updateMeasure(outcome));
    REQUIRE(d.removeMeasure(QStringLiteral("m3")));
    const auto rules = rulesOf(d);
    CHECK(rules.contains(QStringLiteral("KDD112")));
    CHECK(rules.contains(QStringLiteral("KDD113")));
    CHECK(findingsFor(d, "KDD112")[0].node == QStringLiteral("aim"));
}

TEST_CASE("KDD114 unstratified measures only in an equity project", "[checks]")
{
    Diagram d = goodDiagram();
    CHECK(findingsFor(d, "KDD114").empty());

    Metadata meta = d.metadata();
    meta.equityStatement = QStringLiteral("We will close the gap in waiting times.");
    d.setMetadata(meta);
    CHECK(findingsFor(d, "KDD114").size() == 3);

    Measure m = *d.measure(QStringLiteral("m1"));
    m.stratifyBy = {QStringLiteral("race"), QStringLiteral("language")};
    REQUIRE(d.updateMeasure(m));
    CHECK(findingsFor(d, "KDD114").size() == 2);

    // Practices on a node also make it an equity project.
    Diagram e = goodDiagram();
    Node idea = nodeOf(e, "c1");
    idea.practices = {Practice::CoProduce};
    REQUIRE(e.updateNode(idea));
    const auto f = findingsFor(e, "KDD114");
    REQUIRE(f.size() == 3);
    CHECK(f[0].measure == QStringLiteral("m1"));
}

TEST_CASE("KDD115 measure attached to nothing", "[checks]")
{
    Diagram d = goodDiagram();
    Measure m;
    m.id = QStringLiteral("m9");
    m.name = QStringLiteral("Floating");
    REQUIRE(d.insertMeasure(m));
    const auto f = findingsFor(d, "KDD115");
    REQUIRE(f.size() == 1);
    CHECK(f[0].measure == QStringLiteral("m9"));
}

TEST_CASE("KDD116 empty text and KDD118 a driver worded as an action", "[checks]")
{
    Diagram d = goodDiagram();
    Node p = nodeOf(d, "p1");
    p.text = QStringLiteral("   ");
    REQUIRE(d.updateNode(p));
    Node q = nodeOf(d, "p2");
    q.text = QStringLiteral("Implement a weekly staff huddle");
    REQUIRE(d.updateNode(q));
    const auto f116 = findingsFor(d, "KDD116");
    REQUIRE(f116.size() == 1);
    CHECK(f116[0].node == QStringLiteral("p1"));
    const auto f118 = findingsFor(d, "KDD118");
    REQUIRE(f118.size() == 1);
    CHECK(f118[0].node == QStringLiteral("p2"));
}

TEST_CASE("KDD117 no revision and KDD119 a malformed revision date", "[checks]")
{
    Diagram d = goodDiagram();
    d.setMetadata({});
    CHECK(rulesOf(d).contains(QStringLiteral("KDD117")));

    Metadata meta;
    meta.revision = QStringLiteral("v2");
    for (const char *bad : {"31/12/2026", "2026-02-30", "next week"}) {
        meta.revisionDate = QString::fromLatin1(bad);
        d.setMetadata(meta);
        INFO(bad);
        CHECK(rulesOf(d).contains(QStringLiteral("KDD119")));
    }
    meta.revisionDate = QStringLiteral("2026-02-28");
    d.setMetadata(meta);
    CHECK(rulesOf(d).isEmpty());
}

TEST_CASE("a team can silence a rule by id", "[checks]")
{
    Diagram d = goodDiagram();
    d.setMetadata({});
    REQUIRE(rulesOf(d).contains(QStringLiteral("KDD117")));
    CheckSettings settings;
    settings.ignore = {QStringLiteral("KDD117")};
    d.setCheckSettings(settings);
    CHECK(rulesOf(d).isEmpty());
}

TEST_CASE("checks on a 10,000-node diagram finish and flag only what is wrong", "[checks]")
{
    const Diagram d = generatedDiagram(10000);
    REQUIRE(d.nodes().size() >= 9990);
    const auto findings = runChecks(d);
    QSet<QString> rules;
    for (const Finding &f : findings)
        rules.insert(f.rule);
    // Generated: every node connected, every driver has ideas; no measures at all.
    CHECK_FALSE(rules.contains(QStringLiteral("KDD106")));
    CHECK_FALSE(rules.contains(QStringLiteral("KDD107")));
    CHECK_FALSE(rules.contains(QStringLiteral("KDD108")));
    CHECK_FALSE(rules.contains(QStringLiteral("KDD109")));
    CHECK(rules.contains(QStringLiteral("KDD110")));
    CHECK(rules.contains(QStringLiteral("KDD105")));
}

TEST_CASE("KDD120 a committed practice no box carries, KDD121 engaging beyond without a partner",
          "[checks]")
{
    Diagram d = goodDiagram();
    Metadata meta = d.metadata();
    meta.practices = {Practice::EngageBeyondHealthcare, Practice::CoProduce};
    d.setMetadata(meta);
    Node c1 = *d.node(QStringLiteral("c1"));
    c1.practices = {Practice::EngageBeyondHealthcare};
    REQUIRE(d.updateNode(c1));
    const auto f120 = findingsFor(d, "KDD120");
    REQUIRE(f120.size() == 1);
    CHECK(f120[0].message.contains(QStringLiteral("Co-produce")));
    const auto f121 = findingsFor(d, "KDD121");
    REQUIRE(f121.size() == 1);
    CHECK(f121[0].node == QStringLiteral("c1"));
    c1.partners = {QStringLiteral("Tenants' association")};
    REQUIRE(d.updateNode(c1));
    CHECK(findingsFor(d, "KDD121").empty());
}
