#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

// The arithmetic of a chart's axes and labels, apart from the drawing so that it can be tested
// on numbers: nice y ticks, period labels and how many to skip, where a PDSA date falls.
namespace kdd::chartaxis {

// Round tick values covering a range, and the range they span.
struct Ticks
{
    std::vector<double> values;
    double low = 0;
    double high = 1;
    double step = 1;
};

// At most about `wanted` ticks 1, 2, 2.5 or 5 × 10^k apart covering [low, high]; a range of
// one value is widened around it (by 0.05 for proportions, else 10 % or 1).
Ticks niceTicks(double low, double high, int wanted, bool proportion);

// A tick's text in the program's locale: "42%" for proportions (`percent`), else "12.5";
// as many decimals as the step needs.
QString tickText(double value, double step, bool percent);
// A point's value as a tooltip shows it: "42.3%" or "12.5".
QString valueText(double value, bool percent);

// "Jan 2025" for a month, "14 Jan 2025" for a day, in the program's locale; else as written.
QString periodText(const QString &period);

// Label every n-th period so that labels `labelWidth` wide do not touch when periods are
// `step` apart; on a monthly axis n is 1, 2, 3, 4, 6 or a whole number of years.
int labelEvery(double step, double labelWidth, bool months);

// The index in `periods` (sorted) where a PDSA cycle starting on `date` (YYYY-MM-DD) is drawn:
// its month on a monthly axis, else the first period on or after it; -1 when the date falls
// before the first period or after the last.
int periodIndexOfDate(const QStringList &periods, const QString &date);

// `text` broken at spaces into at most `maxLines` lines of at most `width`; the last line is
// elided when the text does not fit.
QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines);

} // namespace kdd::chartaxis
