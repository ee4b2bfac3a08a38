// The project charter in `meta.charter`: round trip, unknown members, located load errors.
#include "catchqt.h"
#include "testsupport.h"

#include "model/diagramdiff.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"

using namespace kdd;
using namespace kddtest;

namespace {

Charter sampleCharter()
{
    Charter c;
    c.problem = QStringLiteral("Patients wait 4 h in the ED.\nMost are seen by one nurse.");
    c.scopeIn = QStringLiteral("Adult ED, weekdays");
    c.scopeOut = QStringLiteral("Paediatrics\nAdmissions");
    c.sponsor = QStringLiteral("Dr Ana Ruiz, Medical Director");
    c.members = {{QStringLiteral("Sam Lee"), QStringLiteral("Team lead"), {}},
                 {QStringLiteral("Jo Park"), QStringLiteral("Data analyst, “measures”"), {}}};
    c.milestones = {{QStringLiteral("2027-01-15"), QStringLiteral("Baseline data"), {}},
                    {QStringLiteral("2027-03-01"), QStringLiteral("First PDSA cycle"), {}}};
    c.resources = QStringLiteral("0.2 FTE analyst; no new hires");
    return c;
}

} // namespace

TEST_CASE("the charter round-trips byte-identical and is left out when empty",
          "[model][charter][io]")
{
    Document doc(goodDiagram());
    const QByteArray without = writeDiagram(doc.diagram());
    CHECK_FALSE(without.contains("\"charter\""));
    Metadata meta = doc.diagram().metadata();
    meta.charter = sampleCharter();
    REQUIRE(edit::setDocumentInfo(doc, doc.diagram().title(), meta, doc.diagram().columnTitles()));
    CHECK(doc.undoStack()->count() == 1);

    const QByteArray bytes = writeDiagram(doc.diagram());
    CHECK(bytes.contains("\"charter\": {"));
    CHECK(bytes.contains("\"date\": \"2027-01-15\""));
    const LoadResult r = readDiagram(bytes, QStringLiteral("charter.kdd"));
    REQUIRE(r.ok());
    CHECK(r.diagram->metadata().charter == sampleCharter());
    CHECK(*r.diagram == doc.diagram());
    CHECK(writeDiagram(*r.diagram) == bytes); // canonical: byte-identical

    const DiagramDiff diff = diffDiagrams(goodDiagram(), doc.diagram());
    CHECK(diff.otherChanges.join(QLatin1Char('\n')).contains(QStringLiteral("timeline changed")));
    doc.undoStack()->undo();
    CHECK(doc.diagram().metadata().charter.isEmpty());
}

TEST_CASE("unknown members of the charter and of its rows are kept", "[model][charter][io]")
{
    const LoadResult r = read(
        fileWith(R"("meta": {"team": "ED", "charter": {"sponsor": "CEO", "budget": {"eur": 5000},)"
                 R"( "members": [{"name": "Sam", "role": "Lead", "email": "sam@example.org"}],)"
                 R"( "milestones": [{"date": "2027-02-28", "label": "Go live", "done": true}]}})"));
    REQUIRE(r.ok());
    const Charter &c = r.diagram->metadata().charter;
    CHECK(c.sponsor == QStringLiteral("CEO"));
    REQUIRE(c.members.size() == 1);
    REQUIRE(c.milestones.size() == 1);
    const QByteArray again = writeDiagram(*r.diagram);
    CHECK(again.contains("\"eur\": 5000"));
    CHECK(again.contains("\"email\": \"sam@example.org\""));
    CHECK(again.contains("\"done\": true"));
    const LoadResult back = readDiagram(again, QStringLiteral("again.kdd"));
    REQUIRE(back.ok());
    CHECK(writeDiagram(*back.diagram) == again);
}

TEST_CASE("a wrong charter is refused with the file name and the line of meta",
          "[model][charter][io]")
{
    SECTION("not an object")
    {
        const LoadResult r =
            readDiagram(fileWith(R"("meta": {"charter": "fix the ED"})"), QStringLiteral("c.kdd"));
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].file == QStringLiteral("c.kdd"));
        CHECK(r.problems[0].line == 4);
        CHECK(r.problems[0].message.contains(QStringLiteral("\"charter\" must be an object")));
    }
    SECTION("wrong types and bad dates")
    {
        const QByteArray text =
            fileWith("\"title\": \"T\",\n"
                     "  \"meta\": {\n"
                     "    \"charter\": {\n"
                     "      \"problem\": 5,\n"
                     "      \"members\": [{\"name\": \"Sam\", \"role\": 1}, 7],\n"
                     "      \"milestones\": [\n"
                     "        {\"date\": \"2027-02-30\", \"label\": \"x\"},\n"
                     "        {\"date\": \"15/01/2027\", \"label\": \"y\"},\n"
                     "        {\"label\": \"no date\"},\n"
                     "        {\"date\": \"2027-01-15\", \"label\": \"ok\"}\n"
                     "      ]\n"
                     "    }\n"
                     "  }");
        const LoadResult r = readDiagram(text, QStringLiteral("c.kdd"));
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.diagram); // nothing half-loaded
        QStringList messages;
        for (const Problem &p : r.problems) {
            CHECK(p.file == QStringLiteral("c.kdd"));
            CHECK(p.line == 5);
            messages << p.message;
        }
        const QString all = messages.join(QLatin1Char('\n'));
        INFO(all.toStdString());
        CHECK(r.problems.size() == 6);
        CHECK(all.contains(QStringLiteral("meta.charter: \"problem\" must be a string")));
        CHECK(all.contains(QStringLiteral("meta.charter.members[0]: \"role\" must be a string")));
        CHECK(all.contains(QStringLiteral("meta.charter.members[1]: each team member must be an "
                                          "object")));
        CHECK(all.contains(QStringLiteral("meta.charter.milestones[0]: \"2027-02-30\" is not a "
                                          "date written YYYY-MM-DD")));
        CHECK(all.contains(QStringLiteral("meta.charter.milestones[1]: \"15/01/2027\"")));
        CHECK(all.contains(QStringLiteral("meta.charter.milestones[2]: \"date\" is missing")));
    }
}
