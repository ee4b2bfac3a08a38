// The equity lens reads measure data: stratified measures whose data carry no stratum, and gaps
// between strata that widen; and the signals cache behind it keeps what no edit touched.
#include "catchqt.h"
#include "testsupport.h"

#include "model/equitylens.h"
#include "model/measuresignals.h"

using namespace kdd;
using namespace kddtest;

namespace {

QStringList sorted(const QSet<NodeId> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QString month(int i) { return QStringLiteral("2024-%1").arg(i + 1, 2, 10, QLatin1Char('0')); }

MeasurePoint ratio(const QString &period, const QString &stratum, double numerator,
                   double denominator)
{
    MeasurePoint p;
    p.period = period;
    p.dimension = stratum.isEmpty() ? QString() : QStringLiteral("language");
    p.stratum = stratum;
    p.numerator = numerator;
    p.denominator = denominator;
    return p;
}

// goodDiagram with data: m1 (on the aim) stratified by language but its 12 points carry no
// stratum; m2 (on p1 and p2) by language with English steady at 80% and Other falling from 79%
// to 61% half-way through 24 months, so that the gap Other − English widens.
Diagram dataDiagram()
{
    Diagram d = goodDiagram();
    Measure m1 = *d.measure(QStringLiteral("m1"));
    m1.stratifyBy = {QStringLiteral("language")};
    for (int i = 0; i < 12; ++i)
        m1.data.push_back(ratio(month(i), QString(), 40 + i % 3, 100));
    d.updateMeasure(m1);
    Measure m2 = *d.measure(QStringLiteral("m2"));
    m2.name = QStringLiteral("Seen within 4 hours");
    m2.stratifyBy = {QStringLiteral("language")};
    for (int i = 0; i < 24; ++i) {
        const QString period =
            QStringLiteral("%1-%2").arg(2023 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        m2.data.push_back(ratio(period, QStringLiteral("English"), 160, 200));
        m2.data.push_back(ratio(period, QStringLiteral("Other"), (i < 12 ? 78 : 60) + i % 2, 100));
    }
    d.updateMeasure(m2);
    return d;
}

} // namespace

TEST_CASE("the lens marks stratified measures whose data have no stratum", "[model]")
{
    const Diagram d = dataDiagram();
    const EquityLens lens = equityLensWithData(d);
    // m1's points carry no stratum; m2's do.
    CHECK(sorted(lens.strataMissing) == QStringList{QStringLiteral("aim")});
    CHECK(lens.isGap(QStringLiteral("aim")));
    CHECK(lens.relevant.contains(QStringLiteral("aim")));
    // m3 has no data: nothing to say about its strata.
    CHECK_FALSE(lens.strataMissing.contains(QStringLiteral("p2")));
    // The plan alone (what `keydriver check` reads) does not look at data.
    CHECK(equityLens(d).strataMissing.isEmpty());
    CHECK(equityLens(d).widening.empty());
}

TEST_CASE("the lens lists the planned dimensions no data point is split by", "[model]")
{
    Diagram d = dataDiagram();
    // m2 is planned by language (its data's dimension, written with another case), race and
    // insurance: data by language only.
    Measure m2 = *d.measure(QStringLiteral("m2"));
    m2.stratifyBy = {QStringLiteral("Language "), QStringLiteral("race"),
                     QStringLiteral("insurance")};
    d.updateMeasure(m2);
    EquityLens lens = equityLensWithData(d);
    REQUIRE(lens.dimensionsWithoutData.size() == 1); // m1 has no strata at all: strataMissing
    CHECK(lens.dimensionsWithoutData[0].measure == QStringLiteral("m2"));
    CHECK(lens.dimensionsWithoutData[0].name == QStringLiteral("Seen within 4 hours"));
    CHECK(lens.dimensionsWithoutData[0].dimensions
          == QStringList({QStringLiteral("race"), QStringLiteral("insurance")}));
    CHECK(measureSignal(*d.measure(QStringLiteral("m1"))).dimensionsWithoutData
          == QStringList{QStringLiteral("language")});

    // Split one way only, a point may leave its dimension out: it counts for that one.
    m2.stratifyBy = {QStringLiteral("language")};
    for (MeasurePoint &p : m2.data)
        p.dimension.clear();
    d.updateMeasure(m2);
    CHECK(measureSignal(*d.measure(QStringLiteral("m2"))).dimensionsWithoutData.isEmpty());
    CHECK(equityLensWithData(d).dimensionsWithoutData.empty());
    // The plan alone does not look at data.
    CHECK(equityLens(d).dimensionsWithoutData.empty());
}

TEST_CASE("the lens lists measures whose gap between strata widens", "[model]")
{
    const EquityLens lens = equityLensWithData(dataDiagram());
    REQUIRE(lens.widening.size() == 1);
    CHECK(lens.widening[0].measure == QStringLiteral("m2"));
    CHECK(lens.widening[0].name == QStringLiteral("Seen within 4 hours"));
    // English has the larger denominators: it is the reference.
    CHECK(lens.widening[0].gaps == QStringList{QStringLiteral("Other − English")});
}

TEST_CASE("a gap that narrows is not listed, nor are measures without data", "[model]")
{
    Diagram d = dataDiagram();
    Measure m2 = *d.measure(QStringLiteral("m2"));
    // Other catches up with English in the second year: the gap closes.
    int other = 0;
    for (MeasurePoint &p : m2.data) {
        if (p.stratum == QStringLiteral("Other"))
            p.numerator = (p.period.startsWith(QStringLiteral("2024")) ? 80 : 62) + other++ % 2;
    }
    d.updateMeasure(m2);
    CHECK(equityLensWithData(d).widening.empty());
    CHECK(equityLensWithData(goodDiagram()).widening.empty());
    CHECK(equityLensWithData(goodDiagram()).strataMissing.isEmpty());
}

TEST_CASE("the signals cache keeps measures no change named and forgets the others", "[model]")
{
    Diagram d = dataDiagram();
    MeasureSignals cache;
    cache.update(d);
    CHECK(cache.size() == 2); // m3 has no data
    REQUIRE(cache.find(QStringLiteral("m1")));
    CHECK(cache.find(QStringLiteral("m1"))->strataMissing);
    CHECK(cache.find(QStringLiteral("m2"))->wideningGaps
          == QStringList{QStringLiteral("Other − English")});
    CHECK_FALSE(cache.find(QStringLiteral("m3")));

    // An edit the cache is not told about is not seen: what it holds is what it computed.
    Measure m2 = *d.measure(QStringLiteral("m2"));
    for (MeasurePoint &p : m2.data)
        p.numerator = p.stratum == QStringLiteral("Other") ? 40 : 160;
    d.updateMeasure(m2);
    CHECK(cache.of(m2).wideningGaps.size() == 1);
    DocumentChange change;
    change.addMeasure(QStringLiteral("m2"));
    cache.forget(change);
    CHECK_FALSE(cache.find(QStringLiteral("m2")));
    CHECK(cache.find(QStringLiteral("m1")));
    CHECK(cache.of(m2).wideningGaps.isEmpty()); // computed afresh, not kept
    cache.update(d);
    CHECK(cache.size() == 2);
    CHECK(cache.find(QStringLiteral("m2"))->wideningGaps.isEmpty());

    // A measure that leaves the diagram leaves the cache.
    REQUIRE(d.removeMeasure(QStringLiteral("m1")));
    cache.update(d);
    CHECK(cache.size() == 1);
    CHECK_FALSE(cache.find(QStringLiteral("m1")));

    // A reset, or a measures change naming none, forgets everything.
    DocumentChange reset;
    reset.add(DocumentChange::Reset);
    cache.forget(reset);
    CHECK(cache.size() == 0);
    cache.update(d);
    DocumentChange unnamed;
    unnamed.add(DocumentChange::Measures);
    cache.forget(unnamed);
    CHECK(cache.size() == 0);
}
