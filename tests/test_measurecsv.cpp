// Measure data as a table: the CSV reader and the spreadsheet paste, with every problem located,
// the merge into a measure's series, and the CSV written back.
#include "catchqt.h"

#include "model/measurecsv.h"

#include <nlohmann/json.hpp>

using namespace kdd;

namespace {

QStringList problemsOf(const MeasureTable &t)
{
    QStringList lines;
    for (const Problem &p : t.problems)
        lines << p.toString();
    return lines;
}

MeasurePoint valuePoint(const QString &period, double value, const QString &stratum = {},
                        const QString &dimension = {})
{
    MeasurePoint p;
    p.period = period;
    p.value = value;
    p.stratum = stratum;
    p.dimension = dimension;
    return p;
}

MeasurePoint ratioPoint(const QString &period, double numerator, double denominator)
{
    MeasurePoint p;
    p.period = period;
    p.numerator = numerator;
    p.denominator = denominator;
    return p;
}

Measure rateMeasure()
{
    Measure m;
    m.id = QStringLiteral("m1");
    m.name = QStringLiteral("Rate");
    return m;
}

} // namespace

TEST_CASE("measure csv: values with strata and dimension", "[measurecsv]")
{
    const MeasureTable t = readMeasureCsv("Period,Value,Stratum,Dimension\n"
                                          "2025-01,12.5,,\n"
                                          "2025-01,14,Black,race\n"
                                          "2025-02,13%,,\n",
                                          QStringLiteral("data.csv"));
    REQUIRE(problemsOf(t) == QStringList());
    REQUIRE(t.points.size() == 3);
    CHECK(t.points[0] == valuePoint(QStringLiteral("2025-01"), 12.5));
    CHECK(t.points[1]
          == valuePoint(QStringLiteral("2025-01"), 14, QStringLiteral("Black"),
                        QStringLiteral("race")));
    CHECK(t.points[2].value == 13); // a percentage stays the number written
    CHECK(t.lines == std::vector<int>{2, 3, 4});
}

TEST_CASE("measure csv: ratios, semicolons, quotes, BOM, CRLF and blank lines", "[measurecsv]")
{
    const MeasureTable t = readMeasureCsv("\xEF\xBB\xBF"
                                          "PERIOD;num_erator;Denominator;stratum\r\n"
                                          "\r\n"
                                          "2025/3;4;40;\"High; \"\"poor\"\"\r\nareas\"\r\n"
                                          "Jan 2025;0;0;\r\n"
                                          "February 2025;5;50;\r\n",
                                          QStringLiteral("d.csv"));
    REQUIRE(problemsOf(t) == QStringList());
    REQUIRE(t.points.size() == 3);
    CHECK(t.points[0].period == QStringLiteral("2025-03"));
    CHECK(t.points[0].stratum == QStringLiteral("High; \"poor\"\nareas"));
    CHECK(t.points[0].numerator == 4);
    CHECK(t.points[0].denominator == 40);
    CHECK(t.points[1].period == QStringLiteral("2025-01"));
    CHECK(t.points[1].denominator == 0);
    CHECK(t.points[2].period == QStringLiteral("2025-02"));
    CHECK(t.lines == std::vector<int>{3, 5, 6});
}

TEST_CASE("measure csv: periods as people write them", "[measurecsv]")
{
    const auto n = [](const char *text) {
        return normalisedPeriod(QString::fromUtf8(text)).value_or(QStringLiteral("-"));
    };
    CHECK(n("2025-07") == QStringLiteral("2025-07"));
    CHECK(n("2025-7") == QStringLiteral("2025-07"));
    CHECK(n("2025/07") == QStringLiteral("2025-07"));
    CHECK(n("2025-07-04") == QStringLiteral("2025-07-04"));
    CHECK(n("2025/7/4") == QStringLiteral("2025-07-04"));
    CHECK(n("Jul 2025") == QStringLiteral("2025-07"));
    CHECK(n("july 2025") == QStringLiteral("2025-07"));
    CHECK(n("Sept 2025") == QStringLiteral("2025-09"));
    CHECK(n(" Dec. 2024 ") == QStringLiteral("2024-12"));
    CHECK(n("2025-13") == QStringLiteral("-"));
    CHECK(n("2025-02-30") == QStringLiteral("-"));
    CHECK(n("2025/07-04") == QStringLiteral("-"));
    CHECK(n("07/2025") == QStringLiteral("-"));
    CHECK(n("Juli 2025") == QStringLiteral("-"));
    CHECK(n("2025") == QStringLiteral("-"));
    CHECK(n("") == QStringLiteral("-"));
}

TEST_CASE("measure csv: numbers are plain decimals", "[measurecsv]")
{
    CHECK(plainNumber(QStringLiteral(" 12.5 "), false) == 12.5);
    CHECK(plainNumber(QStringLiteral("-3"), false) == -3);
    CHECK(plainNumber(QStringLiteral(".5"), false) == 0.5);
    CHECK(plainNumber(QStringLiteral("1e3"), false) == 1000);
    CHECK(plainNumber(QStringLiteral("12.5%"), true) == 12.5);
    CHECK_FALSE(plainNumber(QStringLiteral("12.5%"), false));
    CHECK_FALSE(plainNumber(QStringLiteral("1,234"), false));
    CHECK_FALSE(plainNumber(QStringLiteral("12,5"), true));
    CHECK_FALSE(plainNumber(QStringLiteral("n/a"), false));
    CHECK_FALSE(plainNumber(QStringLiteral("1e999"), false));
    CHECK_FALSE(plainNumber(QStringLiteral("inf"), false));
    CHECK_FALSE(plainNumber(QString(), false));
}

TEST_CASE("measure csv: every bad row is located and nothing is imported", "[measurecsv]")
{
    const MeasureTable t = readMeasureCsv("period,numerator,denominator,dimension,stratum\n"
                                          "2025-01,3,30,,\n"
                                          "2025-02,3,n/a,,\n"
                                          "13/2025,3,30,,\n"
                                          "2025-03,1,234,12%,,\n"
                                          "2025-04,,30,,\n"
                                          "2025-05,-1,30,,\n"
                                          "2025-06,1,10,race,\n"
                                          "2025-01,4,40,,\n"
                                          "2025-07-01,1,10,,\n"
                                          "2025-08,\"1,5\",10,,\n",
                                          QStringLiteral("data.csv"));
    CHECK(t.points.empty());
    CHECK(problemsOf(t)
          == QStringList{
              QStringLiteral("data.csv:3: denominator \"n/a\" is not a number"),
              QStringLiteral("data.csv:4: period \"13/2025\" is not a month or a day: write "
                             "2025-07, 2025-07-14, 2025/07, Jul 2025 or July 2025"),
              QStringLiteral("data.csv:5: dimension \"12%\" without a stratum"),
              QStringLiteral("data.csv:6: numerator is empty: a ratio needs both numerator and "
                             "denominator"),
              QStringLiteral("data.csv:7: numerator and denominator are counts and cannot be "
                             "negative (-1 / 30)"),
              QStringLiteral("data.csv:8: dimension \"race\" without a stratum"),
              QStringLiteral("data.csv:9: a second row for 2025-01 (the first is line 2)"),
              QStringLiteral("data.csv:10: period 2025-07-01 is a day but the first period "
                             "(line 2) is a month; use months or days throughout"),
              QStringLiteral("data.csv:11: numerator \"1,5\" is not a number (write 1234.5: no "
                             "thousands separators, a decimal point)"),
          });
}

TEST_CASE("measure csv: values and ratios are not mixed", "[measurecsv]")
{
    const MeasureTable t = readMeasureCsv("period,value,numerator,denominator\n"
                                          "2025-01,0.5,,\n"
                                          "2025-02,,1,2\n"
                                          "2025-03,0.5,1,2\n"
                                          "2025-04,,,\n"
                                          "2025-05,50%%,,\n"
                                          "2025-06,1,2%,\n",
                                          QStringLiteral("x.csv"));
    CHECK(problemsOf(t)
          == QStringList{
              QStringLiteral("x.csv:3: a ratio where line 2 has a value; a measure's data are all "
                             "values or all numerator and denominator"),
              QStringLiteral("x.csv:4: give value or numerator and denominator, not both"),
              QStringLiteral("x.csv:5: no number: give value, or numerator and denominator"),
              QStringLiteral("x.csv:6: value \"50%%\" is not a number"),
              QStringLiteral("x.csv:7: give value or numerator and denominator, not both"),
          });
    const MeasureTable pct =
        readMeasureCsv("period,numerator,denominator\n2025-01,2%,4\n", QStringLiteral("p.csv"));
    CHECK(problemsOf(pct)
          == QStringList{QStringLiteral(
              "p.csv:2: numerator \"2%\" is not a number (only value may be a percentage)")});
}

TEST_CASE("measure csv: header problems", "[measurecsv]")
{
    const auto problems = [](const QByteArray &text) {
        return problemsOf(readMeasureCsv(text, QStringLiteral("h.csv")));
    };
    CHECK(problems("period,numerator,denominater\n2025-01,1,2\n")
          == QStringList{
              QStringLiteral("h.csv:1: unknown column \"denominater\"; the columns are period, "
                             "dimension, stratum, value, numerator, denominator"),
              QStringLiteral("h.csv:1: the header has numerator but no denominator column")});
    CHECK(problems("Month,Value,Site\n2025-01,1,A\n")
          == QStringList{
              QStringLiteral("h.csv:1: unknown columns \"Month\", \"Site\"; the columns are "
                             "period, dimension, stratum, value, numerator, denominator"),
              QStringLiteral("h.csv:1: the header has no period column")});
    CHECK(problems("period,stratum\n2025-01,A\n")
          == QStringList{QStringLiteral(
              "h.csv:1: the header has no value column, nor numerator and denominator")});
    CHECK(problems("period,value,Value\n")
          == QStringList{QStringLiteral("h.csv:1: column value appears twice in the header")});
    CHECK(problems("")
          == QStringList{QStringLiteral(
              "h.csv: the file is empty: expected a header row naming period and value (or "
              "numerator and denominator), then one row per point")});
    CHECK(problems("\xEF\xBB\xBF \r\n\r\n")
          == QStringList{QStringLiteral(
              "h.csv: the file is empty: expected a header row naming period and value (or "
              "numerator and denominator), then one row per point")});
    CHECK(problems("\nperiod,value\n\n")
          == QStringList{QStringLiteral("h.csv:2: there are no data rows under the header")});
    CHECK(problems("2025-01,4\n2025-02,5\n")
          == QStringList{QStringLiteral(
              "h.csv:1: no header: the first row must name the columns, such as period,value or "
              "period,numerator,denominator (the columns are period, dimension, stratum, value, "
              "numerator, denominator)")});
    CHECK(problems("period,value\n2025-01,\"4\n")
          == QStringList{QStringLiteral("h.csv:2: unterminated quote: the field that opens with "
                                        "\" on this line has no closing \"")});
    CHECK(problems("period,value\n2025-01,4,extra\n")
          == QStringList{QStringLiteral("h.csv:2: column 3 has \"extra\" but no name in the "
                                        "header")});
    CHECK(problems("period,value\n2025-01,\n")
          == QStringList{QStringLiteral("h.csv:2: value is empty")});
}

TEST_CASE("measure csv: problems stop at 100", "[measurecsv]")
{
    QByteArray text = "period,value\n";
    for (int i = 0; i < 150; ++i)
        text += "2025-01,x\n";
    const MeasureTable t = readMeasureCsv(text, QStringLiteral("big.csv"));
    REQUIRE(t.problems.size() == 101);
    CHECK(t.problems[99].toString() == QStringLiteral("big.csv:101: value \"x\" is not a number"));
    CHECK(t.problems[100].toString()
          == QStringLiteral("big.csv: more problems follow; only the first 100 are shown"));
}

TEST_CASE("measure paste: a block with or without a header", "[measurecsv]")
{
    const std::vector<DataColumn> valueColumns{DataColumn::Period, DataColumn::Dimension,
                                               DataColumn::Stratum, DataColumn::Value};
    const MeasureTable withHeader =
        readMeasurePaste(QStringLiteral("Period\tValue\n2025-01\t3\n2025-02\t4\n"), valueColumns);
    REQUIRE(problemsOf(withHeader) == QStringList());
    CHECK(withHeader.points.size() == 2);
    CHECK(withHeader.points[1] == valuePoint(QStringLiteral("2025-02"), 4));

    // Without a header, the table's columns in order ...
    const MeasureTable full =
        readMeasurePaste(QStringLiteral("2025-01\trace\tBlack\t7\n2025-01\t\t\t6\n"), valueColumns);
    REQUIRE(problemsOf(full) == QStringList());
    CHECK(full.points[0]
          == valuePoint(QStringLiteral("2025-01"), 7, QStringLiteral("Black"),
                        QStringLiteral("race")));
    // ... or a period and the numbers.
    const MeasureTable narrow =
        readMeasurePaste(QStringLiteral("2025-01\t4\t40\r\n2025-02\t5\t50"),
                         {DataColumn::Period, DataColumn::Dimension, DataColumn::Stratum,
                          DataColumn::Numerator, DataColumn::Denominator});
    REQUIRE(problemsOf(narrow) == QStringList());
    CHECK(narrow.points[1] == ratioPoint(QStringLiteral("2025-02"), 5, 50));
    // Comma-separated text pasted from elsewhere.
    const MeasureTable commas =
        readMeasurePaste(QStringLiteral("period,value\n2025-03,1.5\n"), valueColumns);
    REQUIRE(problemsOf(commas) == QStringList());
    CHECK(commas.points[0].value == 1.5);

    const MeasureTable bad =
        readMeasurePaste(QStringLiteral("2025-01\t4\n2025-02\tfour\n"), valueColumns);
    CHECK(problemsOf(bad)
          == QStringList{QStringLiteral("pasted text:2: value \"four\" is not a number")});
    CHECK(bad.points.empty());
    CHECK(problemsOf(readMeasurePaste(QStringLiteral(" \n"), valueColumns))
          == QStringList{QStringLiteral("pasted text: nothing to paste")});
}

TEST_CASE("measure data merge: replaces, adds and sorts", "[measurecsv]")
{
    Measure m = rateMeasure();
    m.data = {valuePoint(QStringLiteral("2025-02"), 2), valuePoint(QStringLiteral("2025-01"), 1),
              valuePoint(QStringLiteral("2025-01"), 9, QStringLiteral("Black"))};
    m.data[0].extras = Extras(nlohmann::ordered_json::parse(R"({"note": "kept"})"));
    const std::vector<MeasurePoint> import{
        valuePoint(QStringLiteral("2025-03"), 3, QStringLiteral("White")),
        valuePoint(QStringLiteral("2025-02"), 20), valuePoint(QStringLiteral("2025-03"), 3)};
    const DataMerge merged = mergeMeasureData(m, import, ImportMode::Merge);
    REQUIRE(merged.ok());
    CHECK(merged.added == 2);
    CHECK(merged.replaced == 1);
    CHECK(merged.removed == 0);
    QStringList order;
    for (const MeasurePoint &p : merged.measure.data)
        order << p.period + QLatin1Char('/') + p.stratum + QLatin1Char('=') + numberText(p.value);
    CHECK(order
          == QStringList{QStringLiteral("2025-01/=1"), QStringLiteral("2025-01/Black=9"),
                         QStringLiteral("2025-02/=20"), QStringLiteral("2025-03/=3"),
                         QStringLiteral("2025-03/White=3")});
    CHECK(merged.measure.data[2].extras == m.data[0].extras);

    const DataMerge replaced = mergeMeasureData(m, import, ImportMode::Replace);
    REQUIRE(replaced.ok());
    CHECK(replaced.added == 2);
    CHECK(replaced.replaced == 1);
    CHECK(replaced.removed == 2);
    CHECK(replaced.measure.data.size() == 3);
    CHECK(replaced.measure.data[0].period == QStringLiteral("2025-02"));
}

TEST_CASE("measure data merge: refuses to mix values with ratios or months with days",
          "[measurecsv]")
{
    Measure m = rateMeasure();
    m.data = {valuePoint(QStringLiteral("2025-02"), 2)};
    const DataMerge ratios =
        mergeMeasureData(m, {ratioPoint(QStringLiteral("2025-03"), 1, 2)}, ImportMode::Merge);
    CHECK(ratios.error
          == QStringLiteral("the data of “Rate” are values, the import has numerator and "
                            "denominator; import values, or replace the data"));
    CHECK(ratios.measure == m);
    const DataMerge days =
        mergeMeasureData(m, {valuePoint(QStringLiteral("2025-03-01"), 1)}, ImportMode::Merge);
    CHECK(days.error
          == QStringLiteral("the periods of “Rate” are months, the import has days; use months "
                            "or days throughout, or replace the data"));
    CHECK(days.measure == m);
    const DataMerge replace =
        mergeMeasureData(m, {valuePoint(QStringLiteral("2025-03-01"), 1)}, ImportMode::Replace);
    CHECK(replace.ok());
    CHECK(replace.measure.data.size() == 1);
}

TEST_CASE("measure csv: written and read back", "[measurecsv]")
{
    Measure m = rateMeasure();
    m.data = {ratioPoint(QStringLiteral("2025-01"), 3, 40),
              ratioPoint(QStringLiteral("2025-02"), 0.5, 0)};
    m.data[1].stratum = QStringLiteral("=Low, \"poor\"");
    m.data[1].dimension = QStringLiteral("poverty");
    const QByteArray csv = writeMeasureCsv(m);
    CHECK(csv
          == "period,dimension,stratum,value,numerator,denominator\r\n"
             "2025-01,,,,3,40\r\n"
             "2025-02,poverty,\"'=Low, \"\"poor\"\"\",,0.5,0\r\n");
    const MeasureTable back = readMeasureCsv(csv, QStringLiteral("back.csv"));
    REQUIRE(problemsOf(back) == QStringList());
    CHECK(back.points == m.data);
}

TEST_CASE("measure data: which measures count numerator and denominator", "[measurecsv]")
{
    Measure m = rateMeasure();
    CHECK_FALSE(measureUsesRatios(m));
    m.numerator = QStringLiteral("patients seen");
    CHECK(measureUsesRatios(m));
    m.data = {valuePoint(QStringLiteral("2025-01"), 1)};
    CHECK_FALSE(measureUsesRatios(m));
    m.data.clear();
    m.numerator.clear();
    m.chart = spc::ChartType::U;
    CHECK(measureUsesRatios(m));
}
