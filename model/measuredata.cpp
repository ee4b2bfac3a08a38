#include "measuredata.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <cstdio>

namespace kdd {

bool operator==(const MeasurePoint &a, const MeasurePoint &b)
{
    // NaN marks "not given", so two missing values are equal.
    const auto same = [](double x, double y) { return x == y || (x != x && y != y); };
    return a.period == b.period && a.dimension == b.dimension && a.stratum == b.stratum
        && same(a.value, b.value) && same(a.numerator, b.numerator)
        && same(a.denominator, b.denominator) && a.extras == b.extras;
}

PeriodForm periodForm(const QString &period)
{
    const auto digits = [&](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            if (!period.at(i).isDigit() || period.at(i).unicode() > '9')
                return false;
        }
        return true;
    };
    if (period.size() != 7 && period.size() != 10)
        return PeriodForm::Invalid;
    if (!digits(0, 4) || period.at(4) != QLatin1Char('-') || !digits(5, 2))
        return PeriodForm::Invalid;
    const int year = period.left(4).toInt();
    const int month = period.mid(5, 2).toInt();
    if (year < 1000 || month < 1 || month > 12)
        return PeriodForm::Invalid;
    if (period.size() == 7)
        return PeriodForm::Month;
    if (period.at(7) != QLatin1Char('-') || !digits(8, 2))
        return PeriodForm::Invalid;
    return QDate(year, month, period.mid(8, 2).toInt()).isValid() ? PeriodForm::Day
                                                                  : PeriodForm::Invalid;
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    // The shortest text that reads back as the same double.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace kdd
