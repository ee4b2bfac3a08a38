// CSV import: a spreadsheet with one row per path becomes a diagram whose repeated and empty
// (merged) cells are one box, a change idea under two drivers is one shared idea, and bad input
// is refused whole with the file and line.
#include "catchqt.h"
#include "testsupport.h"

#include "model/csvoutline.h"
#include "model/kddfile.h"

using namespace kdd;
using namespace kddtest;

namespace {

Diagram readOk(const QByteArray &csv)
{
    const LoadResult read = readCsvOutline(csv, QStringLiteral("kdd.csv"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.ok());
    // What is read is a valid file.
    const LoadResult again = readDiagram(writeDiagram(*read.diagram), QStringLiteral("w.kdd"));
    INFO(again.errorText().toStdString());
    REQUIRE(again.ok());
    return *read.diagram;
}

const Node &box(const Diagram &d, const QString &text)
{
    const Node *found = nullptr;
    for (const Node &n : d.nodes()) {
        if (n.text == text) {
            REQUIRE(found == nullptr); // one box per text in these tests
            found = &n;
        }
    }
    if (!found)
        FAIL("no box with the text " << text.toStdString());
    return *found;
}

bool linked(const Diagram &d, const QString &from, const QString &to)
{
    return d.link(box(d, from).id, box(d, to).id) != nullptr;
}

QString firstProblem(const QByteArray &csv)
{
    const LoadResult read = readCsvOutline(csv, QStringLiteral("kdd.csv"));
    CHECK_FALSE(read.ok());
    CHECK_FALSE(read.diagram.has_value());
    REQUIRE_FALSE(read.problems.empty());
    return read.problems.front().toString();
}

} // namespace

TEST_CASE("CSV import merges repeated and empty cells into one box per path")
{
    const Diagram d = readOk("Aim,Primary driver(s),Secondary driver,Change idea(s)\n"
                             "Fewer falls,Safe rooms,Clear floors,Daily sweep\n"
                             "Fewer falls,Safe rooms,Clear floors,Tidy carts\n"
                             ",,Good light,Night lights\n"
                             ",Staff,Training,Drills\n"
                             ",,,Posters\n");
    CHECK(d.nodes().size() == 11);
    CHECK(box(d, QStringLiteral("Fewer falls")).isAim());
    CHECK(box(d, QStringLiteral("Safe rooms")).level == 1);
    CHECK(box(d, QStringLiteral("Clear floors")).level == 2);
    CHECK(box(d, QStringLiteral("Daily sweep")).isChange());
    CHECK(linked(d, QStringLiteral("Fewer falls"), QStringLiteral("Safe rooms")));
    CHECK(linked(d, QStringLiteral("Clear floors"), QStringLiteral("Tidy carts")));
    CHECK(linked(d, QStringLiteral("Safe rooms"), QStringLiteral("Good light")));
    CHECK(linked(d, QStringLiteral("Good light"), QStringLiteral("Night lights")));
    CHECK(linked(d, QStringLiteral("Fewer falls"), QStringLiteral("Staff")));
    CHECK(linked(d, QStringLiteral("Training"), QStringLiteral("Posters")));
    CHECK(d.links().size() == 10);
}

TEST_CASE("CSV import makes one shared idea of the same idea under two drivers")
{
    const Diagram d = readOk("aim,primary,change\n"
                             "A,P1,Shared idea\n"
                             "A,P2,Shared idea\n"
                             "A,P2,Own idea\n");
    CHECK(d.nodes().size() == 5);
    CHECK(linked(d, QStringLiteral("P1"), QStringLiteral("Shared idea")));
    CHECK(linked(d, QStringLiteral("P2"), QStringLiteral("Shared idea")));

    // A driver of the same name under two parents is two drivers.
    const Diagram two = readOk("Aim,Primary,Secondary\nA,P1,Training\nA,P2,Training\n");
    int trainings = 0;
    for (const Node &n : two.nodes())
        trainings += n.text == QLatin1String("Training") ? 1 : 0;
    CHECK(trainings == 2);
}

TEST_CASE("CSV import reads RFC 4180 quoting, semicolons, tabs, CRLF and a byte order mark")
{
    const Diagram d = readOk("\xEF\xBB\xBF\"Aim\",\"Change ideas\"\r\n"
                             "\"Safer, faster\",\"Say \"\"hello\"\"\nto families\"\r\n"
                             ",\"Plain\"\r\n");
    CHECK(box(d, QStringLiteral("Safer, faster")).isAim());
    CHECK(box(d, QStringLiteral("Say \"hello\"\nto families")).isChange());
    CHECK(linked(d, QStringLiteral("Safer, faster"), QStringLiteral("Plain")));

    const Diagram semi = readOk("AIM;PRIMARY DRIVERS;CHANGE IDEAS\nA, with comma;P;C\n");
    CHECK(box(semi, QStringLiteral("A, with comma")).isAim());
    CHECK(linked(semi, QStringLiteral("P"), QStringLiteral("C")));

    const Diagram tab = readOk("Aim\tKey driver\tIdea\nA\tP\tC\n");
    CHECK(linked(tab, QStringLiteral("A"), QStringLiteral("P")));
    CHECK(box(tab, QStringLiteral("C")).isChange());
}

TEST_CASE("CSV import takes a title row, a global aim and status, owner and measure columns")
{
    const Diagram d =
        readOk("Antiracism charter,,,,\n"
               ",,,,\n"
               "Global aim,SMART aim,Primary driver,Change idea,Status,Owner,Measure\n"
               "All thrive,Halve gaps,Belonging,Mentors,Testing,Ana,Belonging score\n"
               ",,,Circles,adopted,,Belonging score\n"
               ",,,,,,\n"
               ",,Fair rules,Mentors,,,\n");
    CHECK(d.title() == QLatin1String("Antiracism charter"));
    CHECK(box(d, QStringLiteral("All thrive")).role == AimRole::Global);
    CHECK(box(d, QStringLiteral("Halve gaps")).role == AimRole::Smart);
    CHECK(linked(d, QStringLiteral("All thrive"), QStringLiteral("Halve gaps")));
    const Node &mentors = box(d, QStringLiteral("Mentors"));
    CHECK(mentors.status == ChangeStatus::Testing);
    CHECK(mentors.owner == QLatin1String("Ana"));
    CHECK(box(d, QStringLiteral("Circles")).status == ChangeStatus::Adopted);
    CHECK(linked(d, QStringLiteral("Fair rules"), QStringLiteral("Mentors")));
    REQUIRE(d.measures().size() == 1);
    CHECK(d.measures().front().name == QLatin1String("Belonging score"));
    CHECK(d.measures().front().nodes.size() == 2);
}

TEST_CASE("CSV import refuses bad input whole, naming file and line")
{
    CHECK(firstProblem("Aim,Change idea\nA,\"never closed\nB,C\n")
          == QStringLiteral("kdd.csv:2: unterminated quote: the field that opens with \" on this "
                            "line has no closing \""));
    CHECK(firstProblem("\n\nName,Colour\nA,B\n")
              .startsWith(QStringLiteral("kdd.csv:3: no header recognised")));
    CHECK(firstProblem("").startsWith(QStringLiteral("kdd.csv:1: no header recognised")));
    CHECK(firstProblem("Aim,Primary driver,Change idea\n,Driver,Idea\nA,P,C\n")
          == QStringLiteral("kdd.csv:2: the primary driver 'Driver' has no aim before it: fill in "
                            "the aim in this row or in a row above"));
    CHECK(firstProblem("Primary driver,Change idea\nP,C\n")
              .startsWith(QStringLiteral("kdd.csv:1: the header has no aim column")));
    CHECK(firstProblem("Aim,Aims,Idea\nA,B,C\n")
          == QStringLiteral("kdd.csv:1: two columns name the aim: 'Aim' and 'Aims'"));
    CHECK(firstProblem("Aim,Idea,Status\nA,C,Dreaming\n")
              .startsWith(QStringLiteral("kdd.csv:2: unknown status 'Dreaming'")));
    CHECK(firstProblem("Aim,Driver,Status\nA,P,Testing\n")
              .startsWith(QStringLiteral("kdd.csv:2: a status or owner is for a change idea")));
    CHECK(firstProblem("Aim,Driver,Idea,Status\nA,P,C,testing\nA,Q,C,adopted\n")
          == QStringLiteral("kdd.csv:3: the status 'adopted' differs from 'testing' given at "
                            "line 2 for the same box"));
    CHECK(firstProblem("Aim,Idea\n\n").startsWith(QStringLiteral("kdd.csv:1: there is no row")));
}

TEST_CASE("CSV import reports the line of a record after a quoted line break")
{
    const LoadResult read =
        readCsvOutline("Aim,Idea\n\"A\nstill A\",C\n,\"D\",oops\n,\"E\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.problems.front().line == 5);
    const LoadResult good =
        readCsvOutline("Aim,Idea\n\"A\nstill A\",C\n,D\n", QStringLiteral("x.csv"));
    REQUIRE(good.ok());
    CHECK(good.lines.nodes.value(box(*good.diagram, QStringLiteral("D")).id) == 4);
}
