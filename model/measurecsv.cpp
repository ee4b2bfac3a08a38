// Measure data as a table: the CSV reader, the spreadsheet paste, the merge into a measure and the
// CSV writer (docs/text-formats.md, "Measure data (CSV)").
#include "measurecsv.h"

#include "csvrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace kdd {
namespace {

// Problems are in the program's language; column names stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

constexpr int MaxProblems = 100;
constexpr int ColumnCount = 6;
constexpr qsizetype MaxBytes = 64 * 1024 * 1024;

QString columnWord(DataColumn column)
{
    static const std::array<const char *, ColumnCount> words = {
        "period", "dimension", "stratum", "value", "numerator", "denominator"};
    return QString::fromLatin1(words[static_cast<std::size_t>(column)]);
}

QString allColumnWords()
{
    return QStringLiteral("period, dimension, stratum, value, numerator, denominator");
}

// "Period", " PERIOD ", "num_erator" and "Numer ator" name their column.
std::optional<DataColumn> columnNamed(const QString &cell)
{
    QString key = cell.toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('\t'));
    for (int c = 0; c < ColumnCount; ++c) {
        if (key == columnWord(static_cast<DataColumn>(c)))
            return static_cast<DataColumn>(c);
    }
    return std::nullopt;
}

bool isBlank(const csv::Record &record)
{
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

const csv::Record *firstFilled(const std::vector<csv::Record> &records)
{
    for (const csv::Record &r : records) {
        if (!isBlank(r))
            return &r;
    }
    return nullptr;
}

int recognised(const csv::Record &record)
{
    return static_cast<int>(std::count_if(record.fields.begin(), record.fields.end(),
                                          [](const QString &f) { return columnNamed(f); }));
}

QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

// Our CSV writer guards a text that a spreadsheet would run as a formula with a leading
// apostrophe; reading takes it off again.
QString unguarded(const QString &text)
{
    if (text.size() > 1 && text[0] == QLatin1Char('\'')
        && QStringLiteral("=+-@'\t\r").contains(text[1]))
        return text.mid(1);
    return text;
}

// The columns of a table and what it has read so far; reports problems with their lines.
class TableReader
{
public:
    TableReader(QString fileName, std::vector<std::optional<DataColumn>> columns)
        : m_fileName(std::move(fileName)), m_columns(std::move(columns))
    {
        m_field.fill(-1);
        for (std::size_t f = 0; f < m_columns.size(); ++f) {
            if (m_columns[f] && m_field[static_cast<std::size_t>(*m_columns[f])] < 0)
                m_field[static_cast<std::size_t>(*m_columns[f])] = static_cast<int>(f);
        }
    }

    void problem(int line, const QString &message)
    {
        if (static_cast<int>(m_table.problems.size()) < MaxProblems)
            m_table.problems.push_back({m_fileName, line, 0, message});
        else
            m_more = true;
    }

    bool has(DataColumn c) const { return m_field[static_cast<std::size_t>(c)] >= 0; }

    void readRow(const csv::Record &record)
    {
        const int line = record.line;
        for (qsizetype f = 0; f < record.fields.size(); ++f) {
            const bool named = f < static_cast<qsizetype>(m_columns.size()) && m_columns[f];
            if (!named && !record.fields[f].trimmed().isEmpty()) {
                problem(line, ReaderText::tr("column %1 has %2 but no name in the header")
                                  .arg(f + 1)
                                  .arg(quoted(record.fields[f].trimmed())));
                return;
            }
        }
        const auto cell = [&](DataColumn c) {
            const int f = m_field[static_cast<std::size_t>(c)];
            return f >= 0 && f < record.fields.size() ? record.fields[f].trimmed() : QString();
        };
        MeasurePoint point;
        bool fine = true;
        const QString period = cell(DataColumn::Period);
        if (period.isEmpty()) {
            problem(line, ReaderText::tr("period is empty"));
            fine = false;
        } else if (const std::optional<QString> p = normalisedPeriod(period)) {
            point.period = *p;
        } else {
            problem(line, ReaderText::tr("period %1 is not a month or a day: write 2025-07, "
                                         "2025-07-14, 2025/07, Jul 2025 or July 2025")
                              .arg(quoted(period)));
            fine = false;
        }
        point.dimension = unguarded(cell(DataColumn::Dimension));
        point.stratum = unguarded(cell(DataColumn::Stratum));
        if (!point.dimension.isEmpty() && point.stratum.isEmpty()) {
            problem(line,
                    ReaderText::tr("dimension %1 without a stratum").arg(quoted(point.dimension)));
            fine = false;
        }
        const QString value = cell(DataColumn::Value);
        const QString numerator = cell(DataColumn::Numerator);
        const QString denominator = cell(DataColumn::Denominator);
        const auto number = [&](DataColumn c, const QString &text, double &into) {
            const bool percent = c == DataColumn::Value;
            if (const std::optional<double> d = plainNumber(text, percent)) {
                into = *d;
                return true;
            }
            QString message =
                ReaderText::tr("%1 %2 is not a number").arg(columnWord(c), quoted(text));
            if (text.contains(QLatin1Char('%')) && !percent)
                message += ReaderText::tr(" (only value may be a percentage)");
            else if (text.contains(QLatin1Char(',')))
                message += ReaderText::tr(" (write 1234.5: no thousands separators, a decimal "
                                          "point)");
            problem(line, message);
            return false;
        };
        if (!value.isEmpty() && (!numerator.isEmpty() || !denominator.isEmpty())) {
            problem(line, ReaderText::tr("give value or numerator and denominator, not both"));
            fine = false;
        } else if (!value.isEmpty()) {
            fine = number(DataColumn::Value, value, point.value) && fine;
        } else if (numerator.isEmpty() && denominator.isEmpty()) {
            problem(line, has(DataColumn::Value) && !has(DataColumn::Numerator)
                              ? ReaderText::tr("value is empty")
                              : ReaderText::tr("no number: give value, or numerator and "
                                               "denominator"));
            fine = false;
        } else if (numerator.isEmpty() || denominator.isEmpty()) {
            problem(line, ReaderText::tr("%1 is empty: a ratio needs both numerator and "
                                         "denominator")
                              .arg(numerator.isEmpty() ? QStringLiteral("numerator")
                                                       : QStringLiteral("denominator")));
            fine = false;
        } else {
            const bool n = number(DataColumn::Numerator, numerator, point.numerator);
            const bool d = number(DataColumn::Denominator, denominator, point.denominator);
            if (n && d && (point.numerator < 0 || point.denominator < 0)) {
                problem(line, ReaderText::tr("numerator and denominator are counts and cannot "
                                             "be negative (%1 / %2)")
                                  .arg(numberText(point.numerator), numberText(point.denominator)));
                fine = false;
            }
            fine = n && d && fine;
        }
        if (fine)
            add(std::move(point), line);
    }

    MeasureTable finish()
    {
        if (m_more)
            m_table.problems.push_back(
                {m_fileName, 0, 0,
                 ReaderText::tr("more problems follow; only the first %1 are shown")
                     .arg(MaxProblems)});
        if (!m_table.ok()) {
            m_table.points.clear();
            m_table.lines.clear();
        }
        return std::move(m_table);
    }

    int points() const { return static_cast<int>(m_table.points.size()); }

private:
    // The table's own rules (docs/format.md): one form of period, values or ratios throughout,
    // one point per period and group.
    void add(MeasurePoint point, int line)
    {
        if (!m_table.points.empty()) {
            const MeasurePoint &first = m_table.points.front();
            const PeriodForm form = periodForm(point.period);
            if (form != periodForm(first.period)) {
                problem(line,
                        ReaderText::tr("period %1 is a %2 but the first period (line %3) is "
                                       "a %4; use months or days throughout")
                            .arg(point.period, form == PeriodForm::Month ? ReaderText::tr("month")
                                                                         : ReaderText::tr("day"))
                            .arg(m_table.lines.front())
                            .arg(form == PeriodForm::Month ? ReaderText::tr("day")
                                                           : ReaderText::tr("month")));
                return;
            }
            if (point.hasRatio() != first.hasRatio()) {
                problem(
                    line,
                    ReaderText::tr("a %1 where line %2 has a %3; a measure's data are "
                                   "all values or all numerator and denominator")
                        .arg(point.hasRatio() ? ReaderText::tr("ratio") : ReaderText::tr("value"))
                        .arg(m_table.lines.front())
                        .arg(point.hasRatio() ? ReaderText::tr("value") : ReaderText::tr("ratio")));
                return;
            }
        }
        const QString key = point.period + QChar(0) + point.dimension + QChar(0) + point.stratum;
        if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
            problem(line,
                    point.stratum.isEmpty()
                        ? ReaderText::tr("a second row for %1 (the first is line %2)")
                              .arg(point.period)
                              .arg(seen.value())
                        : ReaderText::tr("a second row for %1, stratum %2 (the first is line %3)")
                              .arg(point.period, quoted(point.stratum))
                              .arg(seen.value()));
            return;
        }
        m_seen.insert(key, line);
        m_table.points.push_back(std::move(point));
        m_table.lines.push_back(line);
    }

    QString m_fileName;
    std::vector<std::optional<DataColumn>> m_columns;
    std::array<int, ColumnCount> m_field{};
    MeasureTable m_table;
    QHash<QString, int> m_seen;
    bool m_more = false;
};

// The header's columns, or the problems with it (unknown, repeated or missing columns).
std::vector<std::optional<DataColumn>> headerColumns(const csv::Record &header,
                                                     TableReader *problems)
{
    std::vector<std::optional<DataColumn>> columns;
    QStringList unknown;
    std::array<bool, ColumnCount> seen{};
    for (const QString &field : header.fields) {
        const QString name = field.trimmed();
        const std::optional<DataColumn> c = columnNamed(name);
        if (!c && !name.isEmpty())
            unknown << quoted(name);
        if (c && seen[static_cast<std::size_t>(*c)]) {
            problems->problem(
                header.line,
                ReaderText::tr("column %1 appears twice in the header").arg(columnWord(*c)));
        }
        if (c)
            seen[static_cast<std::size_t>(*c)] = true;
        columns.push_back(c);
    }
    if (!unknown.isEmpty())
        problems->problem(header.line,
                          (unknown.size() == 1
                               ? ReaderText::tr("unknown column %1; the columns are %2")
                               : ReaderText::tr("unknown columns %1; the columns are %2"))
                              .arg(unknown.join(QStringLiteral(", ")), allColumnWords()));
    const auto has = [&](DataColumn c) { return seen[static_cast<std::size_t>(c)]; };
    if (!has(DataColumn::Period))
        problems->problem(header.line, ReaderText::tr("the header has no period column"));
    if (has(DataColumn::Numerator) != has(DataColumn::Denominator))
        problems->problem(header.line,
                          ReaderText::tr("the header has %1 but no %2 column")
                              .arg(has(DataColumn::Numerator) ? QStringLiteral("numerator")
                                                              : QStringLiteral("denominator"),
                                   has(DataColumn::Numerator) ? QStringLiteral("denominator")
                                                              : QStringLiteral("numerator")));
    else if (!has(DataColumn::Value) && !has(DataColumn::Numerator))
        problems->problem(header.line, ReaderText::tr("the header has no value column, nor "
                                                      "numerator and denominator"));
    return columns;
}

// Reads the records after `header` (a header row, or none when `columns` are given).
MeasureTable readRecords(const QString &fileName, const std::vector<csv::Record> &records,
                         const csv::Record *header, std::vector<std::optional<DataColumn>> columns)
{
    TableReader probe(fileName, {});
    if (header)
        columns = headerColumns(*header, &probe);
    MeasureTable headerProblems = probe.finish();
    if (!headerProblems.ok())
        return headerProblems;
    TableReader reader(fileName, columns);
    bool started = header == nullptr;
    int rows = 0;
    for (const csv::Record &record : records) {
        if (!started) {
            started = &record == header;
            continue;
        }
        if (isBlank(record))
            continue;
        ++rows;
        reader.readRow(record);
    }
    if (rows == 0)
        reader.problem(header ? header->line : 0,
                       ReaderText::tr("there are no data rows under the header"));
    return reader.finish();
}

QString textOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

MeasureTable oneProblem(const QString &fileName, int line, const QString &message)
{
    MeasureTable table;
    table.problems.push_back({fileName, line, 0, message});
    return table;
}

QString pastedName() { return ReaderText::tr("pasted text"); }

// A field as RFC 4180 wants it; a text a spreadsheet would run as a formula gets an apostrophe.
QString csvField(const QString &text)
{
    QString value = text;
    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r']"));
    if (formula.match(value).hasMatch())
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString numberField(double d) { return d == d ? numberText(d) : QString(); }

} // namespace

std::optional<QString> normalisedPeriod(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression numeric(
        QStringLiteral("^([0-9]{4})([-/])([0-9]{1,2})(?:\\2([0-9]{1,2}))?$"));
    static const QRegularExpression named(QStringLiteral("^([A-Za-z]+)\\.?\\s+([0-9]{4})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const QRegularExpressionMatch m = numeric.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(3).toInt();
        day = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    } else if (const QRegularExpressionMatch n = named.match(t); n.hasMatch()) {
        static const std::array<const char *, 12> months = {
            "january", "february", "march",     "april",   "may",      "june",
            "july",    "august",   "september", "october", "november", "december"};
        const QString word = n.captured(1).toLower();
        for (int i = 0; i < 12; ++i) {
            const QString full = QString::fromLatin1(months[static_cast<std::size_t>(i)]);
            if (word == full || word == full.left(3) || (i == 8 && word == QLatin1String("sept")))
                month = i + 1;
        }
        year = n.captured(2).toInt();
    }
    if (month < 1 || month > 12)
        return std::nullopt;
    const QString result = day == 0 ? QStringLiteral("%1-%2")
                                          .arg(year, 4, 10, QLatin1Char('0'))
                                          .arg(month, 2, 10, QLatin1Char('0'))
                                    : QStringLiteral("%1-%2-%3")
                                          .arg(year, 4, 10, QLatin1Char('0'))
                                          .arg(month, 2, 10, QLatin1Char('0'))
                                          .arg(day, 2, 10, QLatin1Char('0'));
    if (periodForm(result) == PeriodForm::Invalid)
        return std::nullopt;
    return result;
}

std::optional<double> plainNumber(const QString &text, bool percent)
{
    QString t = text.trimmed();
    if (percent && t.endsWith(QLatin1Char('%')))
        t = t.chopped(1).trimmed();
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (!decimal.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

MeasureTable readMeasureCsv(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return oneProblem(fileName, 0, ReaderText::tr("the file is too large for measure data"));
    const QString text = textOf(bytes);
    if (text.trimmed().isEmpty())
        return oneProblem(fileName, 0,
                          ReaderText::tr("the file is empty: expected a header row naming period "
                                         "and value (or numerator and denominator), then one "
                                         "row per point"));
    // The separator is the one that makes the most column names of the first row.
    std::optional<csv::SplitResult> best;
    int bestCount = -1;
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        csv::SplitResult split = csv::splitRecords(text, separator);
        const csv::Record *first = firstFilled(split.records);
        const int count = first ? recognised(*first) : 0;
        if (count > bestCount) {
            bestCount = count;
            best = std::move(split);
        }
    }
    if (best->errorLine > 0)
        return oneProblem(fileName, best->errorLine, best->error);
    const csv::Record *header = firstFilled(best->records);
    if (bestCount == 0)
        return oneProblem(fileName, header->line,
                          ReaderText::tr("no header: the first row must name the columns, such "
                                         "as period,value or period,numerator,denominator (the "
                                         "columns are %1)")
                              .arg(allColumnWords()));
    return readRecords(fileName, best->records, header, {});
}

MeasureTable readMeasurePaste(const QString &pasted, const std::vector<DataColumn> &columns)
{
    QString text = pasted;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return oneProblem(pastedName(), 0, ReaderText::tr("nothing to paste"));
    // A spreadsheet copies cells as tab-separated text; failing that, the separator that makes
    // a header, or the most columns.
    std::optional<csv::SplitResult> best;
    std::pair<int, int> bestScore{-1, -1};
    for (const QChar separator : {QLatin1Char('\t'), QLatin1Char(','), QLatin1Char(';')}) {
        if (separator != QLatin1Char('\t') && text.contains(QLatin1Char('\t')))
            break;
        csv::SplitResult split = csv::splitRecords(text, separator);
        const csv::Record *first = firstFilled(split.records);
        const std::pair<int, int> score{first ? recognised(*first) : 0,
                                        first ? static_cast<int>(first->fields.size()) : 0};
        if (score > bestScore) {
            bestScore = score;
            best = std::move(split);
        }
    }
    if (best->errorLine > 0)
        return oneProblem(pastedName(), best->errorLine, best->error);
    const csv::Record *first = firstFilled(best->records);
    if (bestScore.first > 0)
        return readRecords(pastedName(), best->records, first, {});
    // No header: the table's columns, or the period and the numbers when that is all there is.
    std::vector<DataColumn> order = columns;
    std::vector<DataColumn> numbers{DataColumn::Period};
    std::copy_if(columns.begin(), columns.end(), std::back_inserter(numbers), [](DataColumn c) {
        return c == DataColumn::Value || c == DataColumn::Numerator || c == DataColumn::Denominator;
    });
    if (first->fields.size() < static_cast<qsizetype>(columns.size())
        && first->fields.size() == static_cast<qsizetype>(numbers.size()))
        order = numbers;
    return readRecords(pastedName(), best->records, nullptr,
                       std::vector<std::optional<DataColumn>>(order.begin(), order.end()));
}

DataMerge mergeMeasureData(const Measure &measure, const std::vector<MeasurePoint> &points,
                           ImportMode mode)
{
    DataMerge result;
    result.measure = measure;
    const std::vector<MeasurePoint> &old = measure.data;
    if (mode == ImportMode::Merge && !old.empty() && !points.empty()) {
        const MeasurePoint &was = old.front();
        const MeasurePoint &now = points.front();
        if (was.hasRatio() != now.hasRatio()) {
            result.error =
                was.hasRatio()
                    ? ReaderText::tr("the data of “%1” are numerator and denominator, the "
                                     "import has values; import ratios, or replace the data")
                          .arg(measure.name)
                    : ReaderText::tr("the data of “%1” are values, the import has numerator and "
                                     "denominator; import values, or replace the data")
                          .arg(measure.name);
            return result;
        }
        if (periodForm(was.period) != periodForm(now.period)) {
            result.error =
                periodForm(was.period) == PeriodForm::Month
                    ? ReaderText::tr("the periods of “%1” are months, the import has days; use "
                                     "months or days throughout, or replace the data")
                          .arg(measure.name)
                    : ReaderText::tr("the periods of “%1” are days, the import has months; use "
                                     "months or days throughout, or replace the data")
                          .arg(measure.name);
            return result;
        }
    }
    const auto key = [](const MeasurePoint &p) {
        return p.period + QChar(0) + p.dimension + QChar(0) + p.stratum;
    };
    QHash<QString, std::size_t> index;
    std::vector<MeasurePoint> data;
    if (mode == ImportMode::Merge)
        data = old;
    for (std::size_t i = 0; i < data.size(); ++i)
        index.insert(key(data[i]), i);
    QHash<QString, bool> before;
    for (const MeasurePoint &p : old)
        before.insert(key(p), true);
    for (const MeasurePoint &p : points) {
        const auto at = index.constFind(key(p));
        if (at != index.cend()) {
            Extras kept = data[at.value()].extras;
            data[at.value()] = p;
            data[at.value()].extras = std::move(kept);
            ++result.replaced;
            continue;
        }
        if (mode == ImportMode::Replace && before.contains(key(p)))
            ++result.replaced;
        else
            ++result.added;
        index.insert(key(p), data.size());
        data.push_back(p);
    }
    if (mode == ImportMode::Replace)
        result.removed = static_cast<int>(old.size()) - result.replaced;
    // By period, then by group in the order the groups first appear.
    QHash<QString, int> groupOrder;
    for (const MeasurePoint &p : data) {
        const QString group = p.dimension + QChar(0) + p.stratum;
        if (!groupOrder.contains(group))
            groupOrder.insert(group, static_cast<int>(groupOrder.size()));
    }
    std::stable_sort(data.begin(), data.end(), [&](const MeasurePoint &a, const MeasurePoint &b) {
        if (a.period != b.period)
            return a.period < b.period;
        return groupOrder.value(a.dimension + QChar(0) + a.stratum)
             < groupOrder.value(b.dimension + QChar(0) + b.stratum);
    });
    result.measure.data = std::move(data);
    return result;
}

QByteArray writeMeasureCsv(const Measure &measure)
{
    QString out = QStringLiteral("period,dimension,stratum,value,numerator,denominator\r\n");
    for (const MeasurePoint &p : measure.data) {
        out +=
            QStringList{csvField(p.period),   csvField(p.dimension),    csvField(p.stratum),
                        numberField(p.value), numberField(p.numerator), numberField(p.denominator)}
                .join(QLatin1Char(','));
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString seriesProblem(const std::vector<MeasurePoint> &points)
{
    QHash<QString, std::size_t> seen;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const MeasurePoint &p = points[i];
        if (periodForm(p.period) == PeriodForm::Invalid)
            return ReaderText::tr("period %1 is not a month or a day").arg(quoted(p.period));
        if (periodForm(p.period) != periodForm(points.front().period))
            return ReaderText::tr("period %1 is not of the same form as %2; use months or days "
                                  "throughout")
                .arg(p.period, points.front().period);
        if (p.hasRatio() == p.hasValue())
            return ReaderText::tr("the point for %1 needs a value, or a numerator and a "
                                  "denominator")
                .arg(p.period);
        if (p.hasRatio() != points.front().hasRatio())
            return ReaderText::tr("a measure's data are all values or all numerator and "
                                  "denominator");
        if (p.hasRatio() && (p.numerator < 0 || p.denominator < 0))
            return ReaderText::tr("numerator and denominator are counts and cannot be negative "
                                  "(%1 / %2)")
                .arg(numberText(p.numerator), numberText(p.denominator));
        if (!p.dimension.isEmpty() && p.stratum.isEmpty())
            return ReaderText::tr("dimension %1 without a stratum").arg(quoted(p.dimension));
        const QString key = p.period + QChar(0) + p.dimension + QChar(0) + p.stratum;
        if (seen.contains(key))
            return p.stratum.isEmpty() ? ReaderText::tr("a second point for %1").arg(p.period)
                                       : ReaderText::tr("a second point for %1, stratum %2")
                                             .arg(p.period, quoted(p.stratum));
        seen.insert(key, i);
    }
    return QString();
}

bool measureUsesRatios(const Measure &measure)
{
    if (!measure.data.empty())
        return measure.data.front().hasRatio();
    if (measure.chart)
        return *measure.chart == spc::ChartType::P || *measure.chart == spc::ChartType::U;
    return !measure.numerator.trimmed().isEmpty() || !measure.denominator.trimmed().isEmpty();
}

} // namespace kdd
