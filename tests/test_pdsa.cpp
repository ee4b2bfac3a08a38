// PDSA cycles in the text exports: the CSV of `--what pdsa` and the lines under each change idea
// in the Markdown outline, which the importer skips.
#include "catchqt.h"
#include "testsupport.h"

#include "model/outlinereader.h"
#include "model/textformats.h"

using namespace kdd;
using namespace kddtest;

namespace {

Diagram withCycles(const QString &language = QString())
{
    Diagram d;
    Metadata meta = d.metadata();
    meta.language = language;
    d.setMetadata(meta);
    Node aim;
    aim.id = QStringLiteral("a");
    aim.kind = NodeKind::Aim;
    aim.text = QStringLiteral("Fewer missed visits");
    Node driver;
    driver.id = QStringLiteral("d");
    driver.text = QStringLiteral("Reach families");
    Node idea;
    idea.id = QStringLiteral("c1");
    idea.kind = NodeKind::Change;
    idea.text = QStringLiteral("Text reminders");
    idea.status = ChangeStatus::Testing;
    PdsaCycle first;
    first.number = 1;
    first.plan = QStringLiteral("Send reminders, 2 days before");
    first.prediction = QStringLiteral("=1+1");
    first.who = QStringLiteral("Ana");
    first.start = QStringLiteral("2025-02-03");
    first.end = QStringLiteral("2025-02-17");
    first.study = QStringLiteral("No-shows fell \"a lot\"");
    first.decision = PdsaDecision::Adapt;
    PdsaCycle second;
    second.number = 2;
    second.start = QStringLiteral("2025-02-17");
    idea.cycles = {first, second};
    Node other;
    other.id = QStringLiteral("c2");
    other.kind = NodeKind::Change;
    other.text = QStringLiteral("Shuttle");
    for (const Node &n : {aim, driver, idea, other})
        d.insertNode(n);
    d.addLink({QStringLiteral("a"), QStringLiteral("d"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d"), QStringLiteral("c1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("d"), QStringLiteral("c2"), LinkStrength::Strong, {}});
    return d;
}

} // namespace

TEST_CASE("the PDSA CSV has one row per cycle, quoted and guarded against formulas", "[pdsa]")
{
    const QByteArray csv = toPdsaCsv(withCycles());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(
        QString::fromUtf8(csv.mid(3))
        == QStringLiteral("idea id,idea text,cycle,start,end,who,plan,prediction,study,decision\r\n"
                          "c1,Text reminders,1,2025-02-03,2025-02-17,Ana,\"Send reminders, 2 days "
                          "before\",'=1+1,\"No-shows fell \"\"a lot\"\"\",adapt\r\n"
                          "c1,Text reminders,2,2025-02-17,,,,,,\r\n"));
}

TEST_CASE("the PDSA CSV of a diagram without cycles is its header", "[pdsa]")
{
    CHECK(toPdsaCsv(goodDiagram())
          == QByteArray("\xEF\xBB\xBFidea id,idea text,cycle,start,end,who,plan,prediction,study,"
                        "decision\r\n"));
}

TEST_CASE("the Markdown outline lists each idea's cycles under it", "[pdsa]")
{
    const QString md = QString::fromUtf8(toMarkdownOutline(withCycles()));
    CHECK(md.contains(QStringLiteral(
        "    - **Change idea:** [testing] Text reminders {#c1}\n"
        "      * PDSA 1 (2025-02-03 \u2013 2025-02-17, Ana): plan Send reminders, 2 days before; "
        "predicted =1+1; learned No-shows fell \"a lot\"; decision: adapt\n"
        "      * PDSA 2 (2025-02-17 \u2013 \u2026)\n"
        "    - **Change idea:** Shuttle {#c2}\n")));
}

TEST_CASE("the Markdown cycles are written in the document's language", "[pdsa]")
{
    const QString es = QString::fromUtf8(toMarkdownOutline(withCycles(QStringLiteral("es"))));
    CHECK(es.contains(QStringLiteral(
        "      * PDSA 1 (2025-02-03 \u2013 2025-02-17, Ana): plan Send reminders, 2 days before; "
        "predicción =1+1; aprendizaje No-shows fell \"a lot\"; decisión: adaptar\n")));
    const QString fr = QString::fromUtf8(toMarkdownOutline(withCycles(QStringLiteral("fr"))));
    CHECK(fr.contains(QStringLiteral(
        "      * PDSA 1 (2025-02-03 \u2013 2025-02-17, Ana)\u00a0: plan Send reminders, 2 days "
        "before\u00a0; prédiction =1+1\u00a0; enseignements No-shows fell \"a lot\"\u00a0; "
        "décision\u00a0: adapter\n")));
}

TEST_CASE("importing a Markdown outline skips the PDSA lines", "[pdsa]")
{
    const Diagram original = withCycles();
    const LoadResult read =
        readMarkdownOutline(toMarkdownOutline(original), QStringLiteral("a.md"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.ok());
    const Node *idea = read.diagram->node(QStringLiteral("c1"));
    REQUIRE(idea);
    CHECK(idea->cycles.empty());
    CHECK(idea->status == ChangeStatus::Testing);
    CHECK(read.diagram->nodes().size() == 4);
    CHECK(read.diagram->links().size() == 3);
    CHECK(withoutPdsaLines(toMarkdownOutline(original)) == toMarkdownOutline(*read.diagram));
}
