#include "chartlayout.h"

#include "model/measuredata.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kdd::chartaxis {
namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Charts)
};

// Decimals needed to tell ticks `step` apart (0.25 → 2, 5 → 0).
int decimalsFor(double step)
{
    int decimals = 0;
    double scaled = std::abs(step);
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++decimals;
    }
    return decimals;
}

QString percentText(const QString &number)
{
    //: A percentage on a chart's axis or in a tooltip: %1 is the number ("42", "4.5").
    return ChartText::tr("%1%").arg(number);
}

} // namespace

Ticks niceTicks(double low, double high, int wanted, bool proportion)
{
    if (!(low == low) || !(high == high)) {
        low = 0;
        high = 1;
    }
    if (high < low)
        std::swap(low, high);
    if (high - low < 1e-12) {
        const double pad = proportion ? 0.05 : std::max(std::abs(low) * 0.1, 1.0);
        low -= pad;
        high += pad;
    }
    wanted = std::max(wanted, 2);
    const double rough = (high - low) / wanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    }
    Ticks ticks;
    ticks.step = step;
    ticks.low = std::floor(low / step + 1e-9) * step;
    ticks.high = std::ceil(high / step - 1e-9) * step;
    const int count = static_cast<int>(std::lround((ticks.high - ticks.low) / step));
    for (int k = 0; k <= count; ++k) {
        const double v = ticks.low + k * step;
        ticks.values.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
}

QString tickText(double value, double step, bool percent)
{
    const QLocale locale;
    if (percent)
        return percentText(locale.toString(value * 100, 'f', decimalsFor(step * 100)));
    return locale.toString(value, 'f', decimalsFor(step));
}

QString valueText(double value, bool percent)
{
    if (!(value == value))
        return QString();
    const QLocale locale;
    if (percent)
        return percentText(locale.toString(value * 100, 'f', 1));
    return locale.toString(value, 'g', 6);
}

QString periodText(const QString &period)
{
    const QLocale locale;
    switch (periodForm(period)) {
    case PeriodForm::Month: {
        const QDate date = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    }
    case PeriodForm::Day:
        return locale.toString(QDate::fromString(period, Qt::ISODate),
                               QStringLiteral("d MMM yyyy"));
    case PeriodForm::Invalid:
        break;
    }
    return period;
}

int labelEvery(double step, double labelWidth, bool months)
{
    if (step <= 0)
        return 1;
    const int needed = std::max(1, static_cast<int>(std::ceil((labelWidth + 8) / step)));
    if (!months)
        return needed;
    for (int n : {1, 2, 3, 4, 6, 12})
        if (n >= needed)
            return n;
    return (needed + 11) / 12 * 12;
}

int periodIndexOfDate(const QStringList &periods, const QString &date)
{
    if (periods.isEmpty())
        return -1;
    const bool months = periodForm(periods.first()) == PeriodForm::Month;
    const QString key = months ? date.left(7) : date;
    const auto it = std::lower_bound(periods.begin(), periods.end(), key);
    if (it == periods.end() || (it == periods.begin() && *it != key))
        return -1;
    return static_cast<int>(it - periods.begin());
}

QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString current;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate =
            current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines)
            break;
        lines << current;
        current = words[i];
    }
    if (i < words.size()) // more words than lines: the last line carries the rest, elided
        current += QLatin1Char(' ') + QStringList(words.mid(i)).join(QLatin1Char(' '));
    if (!current.isEmpty())
        lines << metrics.elidedText(current, Qt::ElideRight, width);
    return lines;
}

} // namespace kdd::chartaxis
