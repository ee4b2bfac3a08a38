#include "spc.h"

#include <array>
#include <utility>

// The words of the chart contract: chart types and rule names as the file, the command line
// and the chart CSV spell them (never translated).
namespace kdd::spc {
namespace {

constexpr std::array<std::pair<ChartType, const char *>, 4> kChartTypes{{
    {ChartType::Run, "run"},
    {ChartType::I, "i"},
    {ChartType::P, "p"},
    {ChartType::U, "u"},
}};

constexpr std::array<std::pair<Rule, const char *>, 5> kRules{{
    {Shift, "shift"},
    {Trend, "trend"},
    {BeyondLimits, "beyond-limits"},
    {TwoOfThree, "two-of-three"},
    {FifteenInner, "fifteen-inner"},
}};

} // namespace

QString ruleName(Rule rule)
{
    for (const auto &[r, word] : kRules) {
        if (r == rule)
            return QString::fromLatin1(word);
    }
    return QString();
}

QString ruleNames(std::uint8_t rules)
{
    QStringList names;
    for (const auto &[r, word] : kRules) {
        if ((rules & r) != 0)
            names << QString::fromLatin1(word);
    }
    return names.join(QLatin1Char(';'));
}

QString chartTypeName(ChartType type)
{
    for (const auto &[t, word] : kChartTypes) {
        if (t == type)
            return QString::fromLatin1(word);
    }
    return QString();
}

bool parseChartType(const QString &word, ChartType &type)
{
    for (const auto &[t, w] : kChartTypes) {
        if (word == QLatin1String(w)) {
            type = t;
            return true;
        }
    }
    return false;
}

} // namespace kdd::spc
