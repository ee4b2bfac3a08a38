#pragma once

#include "measure.h"
#include "problem.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// Measure data as a table (docs/text-formats.md, "Measure data (CSV)"): read from a CSV file or a
// block pasted from a spreadsheet, merged into a measure, and written back as CSV. Readers never
// return part of a table: any problem, and nothing is imported.
namespace kdd {

// The columns of a measure data table, in the order the table is written.
enum class DataColumn { Period, Dimension, Stratum, Value, Numerator, Denominator };

// The points of a table, or every problem found in it (up to 100), each with its line.
struct MeasureTable
{
    std::vector<MeasurePoint> points;
    std::vector<int> lines; // the line each point came from, for messages
    std::vector<Problem> problems;

    bool ok() const { return problems.empty(); }
};

// The CSV file `bytes` (comma, semicolon or tab separated, RFC 4180 quoting, optional UTF-8 byte
// order mark): a header row naming the columns, then one point per row. Problems name `fileName`.
MeasureTable readMeasureCsv(const QByteArray &bytes, const QString &fileName);

// A block pasted from a spreadsheet (tab-separated, else comma or semicolon). Its first row is a
// header when it names a column; otherwise the block's columns are `columns`, in order (a block
// of one more column than there are numbers in `columns` is a period and the numbers).
MeasureTable readMeasurePaste(const QString &text, const std::vector<DataColumn> &columns);

// A period as a person writes it — 2025-07, 2025-7, 2025/07, 2025-07-14, 2025/07/14, Jul 2025,
// July 2025 — as the file writes it ("2025-07", "2025-07-14"), or nothing.
std::optional<QString> normalisedPeriod(const QString &text);
// A plain decimal number ("12", "-0.5", "1e3"); with `percent`, a trailing "%" is allowed and
// dropped (12.5% is 12.5). Thousands separators and decimal commas are refused: they are
// ambiguous.
std::optional<double> plainNumber(const QString &text, bool percent);

enum class ImportMode {
    Merge,   // a point for an existing period, dimension and stratum replaces it; others are added
    Replace, // the series becomes the import
};

// A measure with imported points, or why they do not fit its series.
struct DataMerge
{
    Measure measure;
    int added = 0;
    int replaced = 0;
    int removed = 0; // Replace: points of the old series the import does not have
    QString error;   // empty: merged

    bool ok() const { return error.isEmpty(); }
};

// `measure` with `points` merged in or replacing its data, sorted by period and then by group in
// the order groups first appear. Refused, with `measure` unchanged, when the result would mix
// values with ratios or months with days.
DataMerge mergeMeasureData(const Measure &measure, const std::vector<MeasurePoint> &points,
                           ImportMode mode);

// The data of `measure` as CSV: period,dimension,stratum,value,numerator,denominator.
QByteArray writeMeasureCsv(const Measure &measure);

// The first thing that makes `points` an invalid series (docs/format.md: one form of period,
// all values or all ratios, one point per period and group, a dimension only with a stratum,
// counts not negative), or empty when they are a valid series.
QString seriesProblem(const std::vector<MeasurePoint> &points);

// Whether `measure` is counted as numerator and denominator: its data are ratios, or, with no
// data yet, its chart is P or U or its definition names a numerator or denominator.
bool measureUsesRatios(const Measure &measure);

} // namespace kdd
