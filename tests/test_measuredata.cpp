// The learning-loop members of the file: measure data, phases and PDSA cycles read, written
// back byte for byte, and refused with located messages when wrong.
#include "catchqt.h"
#include "testsupport.h"

#include "model/kddfile.h"

using namespace kdd;
using namespace kddtest;

namespace {

const QByteArray kNodes = R"("nodes": [
    {"id": "aim", "kind": "aim", "text": "Aim"},
    {"id": "p1", "kind": "driver", "level": 1, "text": "Driver"},
    {"id": "c1", "kind": "change", "text": "Idea", "status": "testing", )";

QByteArray withMeasure(const QByteArray &measureMembers, const QByteArray &cycles = "[]")
{
    return fileWith(kNodes + R"("pdsa": )" + cycles + R"(}],
  "links": [{"from": "aim", "to": "p1"}, {"from": "p1", "to": "c1"}],
  "measures": [{"id": "m1", "name": "Rate", "type": "outcome", "nodes": ["p1"], )"
                    + measureMembers + "}]");
}

QString problemsOf(const LoadResult &r)
{
    QStringList lines;
    for (const Problem &p : r.problems)
        lines << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("measure data, phases and PDSA cycles are read and written back in canonical form",
          "[model][measuredata]")
{
    const QByteArray file = withMeasure(
        R"("better": "higher", "chart": "p", "reference": ["White"],
           "phases": [{"start": "2025-07", "label": "Reminders adopted"}, {"start": "2025-03"}],
           "data": [{"period": "2025-01", "numerator": 30, "denominator": 71, "dimension": "race", "stratum": "Black"},
                    {"period": "2025-01", "numerator": 44, "denominator": 80.5, "dimension": "race", "stratum": "White", "source": "EHR"},
                    {"period": "2025-02", "numerator": 0, "denominator": 0}])",
        R"([{"cycle": 2, "plan": "Text 20 patients", "prediction": "15 reply", "who": "Ana",
             "start": "2025-02-03", "end": "2025-02-17", "study": "12 replied",
             "decision": "adapt", "colour": "red"},
            {"cycle": 1, "decision": ""}])");
    const LoadResult r = read(file);
    REQUIRE(problemsOf(r).isEmpty());
    const Diagram &d = *r.diagram;
    const Measure *m = d.measure(QStringLiteral("m1"));
    REQUIRE(m);
    CHECK(m->better == spc::Better::Higher);
    REQUIRE(m->chart);
    CHECK(*m->chart == spc::ChartType::P);
    CHECK(m->reference == QStringList{QStringLiteral("White")});
    REQUIRE(m->phases.size() == 2);
    CHECK(m->phases[0].start == QStringLiteral("2025-03")); // sorted on reading
    CHECK(m->phases[1].label == QStringLiteral("Reminders adopted"));
    REQUIRE(m->data.size() == 3);
    CHECK(m->data[0].stratum == QStringLiteral("Black"));
    CHECK(m->data[0].numerator == 30);
    CHECK(m->data[1].denominator == 80.5);
    CHECK_FALSE(m->data[1].extras.isEmpty());
    CHECK(m->data[2].stratum.isEmpty());
    CHECK(m->data[2].hasRatio());
    CHECK_FALSE(m->data[2].hasValue());

    const Node *idea = d.node(QStringLiteral("c1"));
    REQUIRE(idea);
    REQUIRE(idea->cycles.size() == 2);
    CHECK(idea->cycles[0].number == 2);
    CHECK(idea->cycles[0].decision == PdsaDecision::Adapt);
    CHECK(idea->cycles[0].who == QStringLiteral("Ana"));
    CHECK(idea->cycles[1].number == 1);
    CHECK(idea->cycles[1].decision == PdsaDecision::None);

    const QByteArray written = writeDiagram(d);
    // Each data point on one line, whole numbers as integers, unknown members kept.
    CHECK(written.contains(
        R"({"period": "2025-01", "dimension": "race", "stratum": "White", "numerator": 44, "denominator": 80.5, "source": "EHR"})"));
    CHECK(written.contains(R"({"period": "2025-02", "numerator": 0, "denominator": 0})"));
    CHECK(written.contains(R"("colour": "red")"));
    const LoadResult again = read(written);
    REQUIRE(again.ok());
    CHECK(*again.diagram == d);
    CHECK(writeDiagram(*again.diagram) == written);
}

TEST_CASE("a file without data writes no learning-loop member", "[model][measuredata]")
{
    const QByteArray written = writeDiagram(goodDiagram());
    for (const char *member : {"\"data\"", "\"pdsa\"", "\"phases\"", "\"better\"", "\"chart\""})
        CHECK_FALSE(written.contains(member));
}

TEST_CASE("bad measure data are refused with the measure's line and the point's index",
          "[model][measuredata]")
{
    struct Case
    {
        QByteArray members;
        QString expected;
    };
    const std::vector<Case> cases = {
        {R"("data": [{"period": "2025-13", "value": 1}])",
         QStringLiteral("data[0]: \"period\" \"2025-13\" is not")},
        {R"("data": [{"period": "2025-02-30", "value": 1}])", QStringLiteral("is not a month")},
        {R"("data": [{"value": 1}])", QStringLiteral("data[0]: \"period\" is missing")},
        {R"("data": [{"period": "2025-01", "value": "12"}])",
         QStringLiteral("\"value\" must be a number, not a string")},
        {R"("data": [{"period": "2025-01", "value": 1, "numerator": 1, "denominator": 2}])",
         QStringLiteral("not both")},
        {R"("data": [{"period": "2025-01", "numerator": 1}])",
         QStringLiteral("\"denominator\" is missing")},
        {R"("data": [{"period": "2025-01", "numerator": -1, "denominator": 2}])",
         QStringLiteral("cannot be negative")},
        {R"("data": [{"period": "2025-01"}])", QStringLiteral("no number")},
        {R"("data": [{"period": "2025-01", "value": 1}, {"period": "2025-01", "value": 2}])",
         QStringLiteral("data[1]: a second value for 2025-01 (the first is data[0])")},
        {R"("data": [{"period": "2025-01", "value": 1}, {"period": "2025-02-01", "value": 2}])",
         QStringLiteral("use months or days throughout")},
        {R"("data": [{"period": "2025-01", "value": 1}, {"period": "2025-02", "numerator": 1, "denominator": 2}])",
         QStringLiteral("all values or all ratios")},
        {R"("data": {"period": "2025-01"})", QStringLiteral("\"data\" must be a list")},
        {R"("data": [3])", QStringLiteral("data[0]: each data point must be an object")},
        {R"("phases": [{"label": "x"}])", QStringLiteral("phases[0]: \"start\" is missing")},
        {R"("phases": [{"start": "2025-01"}, {"start": "2025-01"}])",
         QStringLiteral("a second phase starting")},
        {R"("data": [{"period": "2025-01", "dimension": "race", "value": 1}])",
         QStringLiteral("\"dimension\" \"race\" without a \"stratum\"")},
        {R"("data": [{"period": "2025-01", "stratum": "A", "value": 1}, {"period": "2025-01", "stratum": "A", "value": 2}])",
         QStringLiteral("a second value for 2025-01, stratum \"A\"")},
        {R"("better": "up")", QStringLiteral("unknown \"better\" \"up\"")},
        {R"("chart": "xbar")", QStringLiteral("unknown chart \"xbar\"")},
        {R"("data": [{"period": "2025-01", "value": 1e400}])",
         QStringLiteral("\"value\" must be a number, not 1e400")},
    };
    for (const Case &c : cases) {
        INFO(c.members.constData());
        const LoadResult r = read(withMeasure(c.members));
        CHECK_FALSE(r.ok());
        const QString problems = problemsOf(r);
        INFO(problems.toStdString());
        CHECK(problems.contains(c.expected));
        CHECK(problems.contains(QStringLiteral("measures[0] (id \"m1\")")));
    }
}

TEST_CASE("bad PDSA cycles are refused with the idea's line and the cycle's index",
          "[model][measuredata]")
{
    struct Case
    {
        QByteArray cycles;
        QString expected;
    };
    const std::vector<Case> cases = {
        {R"({"cycle": 1})", QStringLiteral("\"pdsa\" must be a list of cycles")},
        {R"([{"cycle": 0}])", QStringLiteral("pdsa[0]: \"cycle\" must be a whole number from 1")},
        {R"([{"cycle": 1.5}])", QStringLiteral("not 1.5")},
        {R"([{"start": "2025-02"}])", QStringLiteral("\"start\" \"2025-02\" is not a date")},
        {R"([{"start": "2025-02-10", "end": "2025-02-01"}])",
         QStringLiteral("ends (2025-02-01) before it starts (2025-02-10)")},
        {R"([{"decision": "keep"}])",
         QStringLiteral("unknown decision \"keep\"; use adopt, adapt, abandon, continue")},
        {R"([{"cycle": 1}, {"cycle": 1}])", QStringLiteral("pdsa[1]: a second cycle 1")},
        {R"([{"plan": 3}])", QStringLiteral("\"plan\" must be a string")},
        {R"(["x"])", QStringLiteral("pdsa[0]: each PDSA cycle must be an object")},
    };
    for (const Case &c : cases) {
        INFO(c.cycles.constData());
        const LoadResult r = read(withMeasure("\"source\": \"EHR\"", c.cycles));
        CHECK_FALSE(r.ok());
        const QString problems = problemsOf(r);
        INFO(problems.toStdString());
        CHECK(problems.contains(c.expected));
        CHECK(problems.contains(QStringLiteral("(id \"c1\")")));
    }
}

TEST_CASE("PDSA cycles on a box that is not a change idea are kept as unknown members",
          "[model][measuredata]")
{
    const QByteArray file = fileWith(R"("nodes": [
      {"id": "p1", "kind": "driver", "level": 1, "text": "D", "pdsa": [{"cycle": 1}]}])");
    const LoadResult r = read(file);
    REQUIRE(r.ok());
    CHECK(r.diagram->node(QStringLiteral("p1"))->cycles.empty());
    CHECK(writeDiagram(*r.diagram).contains("\"pdsa\""));
}

TEST_CASE("periods are months or real calendar days", "[model][measuredata]")
{
    CHECK(periodForm(QStringLiteral("2025-07")) == PeriodForm::Month);
    CHECK(periodForm(QStringLiteral("2024-02-29")) == PeriodForm::Day);
    CHECK(periodForm(QStringLiteral("2025-02-29")) == PeriodForm::Invalid);
    CHECK(periodForm(QStringLiteral("2025-7")) == PeriodForm::Invalid);
    CHECK(periodForm(QStringLiteral("0999-01")) == PeriodForm::Invalid);
    CHECK(periodForm(QStringLiteral("２０２５-07")) == PeriodForm::Invalid); // full-width digits
    CHECK(periodForm(QString()) == PeriodForm::Invalid);
    CHECK(numberText(30.0) == QStringLiteral("30"));
    CHECK(numberText(0.1) == QStringLiteral("0.1"));
    CHECK(numberText(-2.5) == QStringLiteral("-2.5"));
}
