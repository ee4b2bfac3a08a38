// CSV exports (nodes and measures): a strict RFC 4180 reader gets every field back as the user
// typed it, and no field can start a spreadsheet formula.
#include "catchqt.h"
#include "testsupport.h"
#include "textformatsupport.h"

#include "model/textformats.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

using namespace kdd;
using namespace kddtest;

namespace {

struct Csv
{
    std::vector<QStringList> rows;
    bool wellFormed = true; // quotes balanced and placed as RFC 4180 says, CRLF after every row
};

// A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; records
// end with CRLF; anything else is malformed.
Csv parseCsv(const QString &text)
{
    Csv csv;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += text[++i];
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            csv.wellFormed &= field.isEmpty() && !wasQuoted;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && text.mid(i + 1, 1) == QStringLiteral("\n")) {
            row << field;
            csv.rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            csv.wellFormed &= c != QLatin1Char('\r') && c != QLatin1Char('\n') && !wasQuoted;
            field += c;
        }
    }
    csv.wellFormed &= !quoted && row.isEmpty() && field.isEmpty();
    return csv;
}

// The field as the user typed it: the anti-formula apostrophe removed (see csvformat.cpp).
QString unguarded(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@'\t\r");
    if (field.size() >= 2 && field[0] == QLatin1Char('\'') && triggers.contains(field[1]))
        return field.mid(1);
    // Left unguarded: no formula character first, or a plain number such as -5.
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)?%?$"));
    CHECK_FALSE(
        (!field.isEmpty() && triggers.contains(field[0]) && !number.match(field).hasMatch()));
    return field;
}

Csv readCsv(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

} // namespace

TEST_CASE("CSV exports read back field by field, safe from formulas", "[export]")
{
    for (const auto &[name, d] : testDiagrams()) {
        INFO(name.toStdString());
        const QByteArray nodesBytes = toNodesCsv(d);
        CHECK(toNodesCsv(d) == nodesBytes);
        const Csv nodes = readCsv(nodesBytes);
        CHECK(nodes.wellFormed);
        REQUIRE(nodes.rows.size() == d.nodes().size() + 1);
        CHECK(nodes.rows[0].join(QLatin1Char(','))
              == QStringLiteral("id,kind,level,role,text,status,reliability,owner,practices,"
                                "parents,measures,notes"));
        for (std::size_t i = 0; i < d.nodes().size(); ++i) {
            const Node &n = d.nodes()[i];
            INFO(n.id.toStdString());
            QStringList row = nodes.rows[i + 1];
            REQUIRE(row.size() == 12);
            for (QString &f : row)
                f = unguarded(f);
            QStringList parents, measures, practices;
            for (const Node &p : d.nodes()) {
                if (d.link(p.id, n.id))
                    parents << p.id;
            }
            for (const Measure *m : d.measuresOf(n.id))
                measures << m->id;
            for (const Practice p : n.practices)
                practices << toString(p);
            CHECK(row[0] == n.id);
            CHECK(row[1] == toString(n.kind));
            CHECK(row[2] == (n.isDriver() ? QString::number(n.level) : QString()));
            CHECK(row[3] == (n.isAim() ? toString(n.role) : QString()));
            CHECK(row[4] == n.text);
            CHECK(row[5] == (n.isChange() ? toString(n.status) : QString()));
            CHECK(row[6] == (n.reliability > 0 ? QString::number(n.reliability) : QString()));
            CHECK(row[7] == n.owner);
            CHECK(row[8] == practices.join(QStringLiteral("; ")));
            CHECK(row[9] == parents.join(QStringLiteral("; ")));
            CHECK(row[10] == measures.join(QStringLiteral("; ")));
            CHECK(row[11] == n.notes);
        }

        const QByteArray measuresBytes = toMeasuresCsv(d);
        CHECK(toMeasuresCsv(d) == measuresBytes);
        const Csv measures = readCsv(measuresBytes);
        CHECK(measures.wellFormed);
        REQUIRE(measures.rows.size() == d.measures().size() + 1);
        CHECK(measures.rows[0].join(QLatin1Char(','))
              == QStringLiteral("Measure id,Measure,Type,Numerator,Denominator,Data source,"
                                "Target,Stratify by,Boxes,Box ids"));
        for (std::size_t i = 0; i < d.measures().size(); ++i) {
            const Measure &m = d.measures()[i];
            QStringList row = measures.rows[i + 1];
            REQUIRE(row.size() == 10);
            for (QString &f : row)
                f = unguarded(f);
            QStringList boxes;
            for (const NodeId &id : m.nodes) {
                if (const Node *n = d.node(id))
                    boxes << n->text.simplified();
            }
            CHECK(row
                  == QStringList{m.id, m.name, toString(m.type), m.numerator, m.denominator,
                                 m.source, m.target, m.stratifyBy.join(QStringLiteral("; ")),
                                 boxes.join(QStringLiteral("; ")),
                                 m.nodes.join(QStringLiteral("; "))});
        }
    }
}

TEST_CASE("CSV quoting and the anti-formula apostrophe", "[export]")
{
    const QByteArray csv = toMeasuresCsv(hostileDiagram());
    CHECK(csv.startsWith("\xEF\xBB\xBFMeasure id,Measure,Type,"));
    CHECK(csv.contains("\r\n\"m \"\"1\"\"\",'=SUM(A1:A9),outcome,\"first line\nsecond line\","));
    CHECK(csv.contains("\r\n'-m2,"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(toNodesCsv(hostileDiagram()).contains(",''=already quoted,"));
}

TEST_CASE("CSV guards only cells a spreadsheet would run as a formula", "[export]")
{
    Diagram d;
    Node aim = makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Fewer falls"), 1);
    Node driver = makeNode(QStringLiteral("d"), NodeKind::Driver, QStringLiteral("Safe\nwards"), 1);
    REQUIRE(d.insertNode(aim));
    REQUIRE(d.insertNode(driver));
    Measure m;
    m.id = QStringLiteral("m1");
    m.name = QStringLiteral("-cmd|' /C calc'!A0");
    m.type = MeasureType::Outcome;
    m.numerator = QStringLiteral("-5");
    m.denominator = QStringLiteral("+3.5");
    m.source = QStringLiteral("'-5");
    m.target = QStringLiteral("-10%");
    m.stratifyBy = {QStringLiteral("@SUM(A1)"), QStringLiteral("- ward")};
    m.nodes = {QStringLiteral("a"), QStringLiteral("d")};
    REQUIRE(d.insertMeasure(m));
    const QByteArray csv = toMeasuresCsv(d);
    CHECK(csv
          == QByteArray("\xEF\xBB\xBFMeasure id,Measure,Type,Numerator,Denominator,Data source,"
                        "Target,Stratify by,Boxes,Box ids\r\n"
                        "m1,'-cmd|' /C calc'!A0,outcome,-5,+3.5,''-5,-10%,'@SUM(A1); - ward,"
                        "Fewer falls; Safe wards,a; d\r\n"));
}
