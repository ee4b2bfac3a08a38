#include "layoutlimits.h"

#include "diagram.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace kdd {
namespace {

// 46400 -> "46,400": the same grouping in every locale, as in the documentation.
QString grouped(long long n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

// "the Change ideas column has 46,400 boxes, 40,400 more than the limit of 6,000 per column"
QString over(const QString &subject, int count, const QString &noun, int limit,
             const QString &per = {})
{
    return QStringLiteral("%1 %2 %3, %4 more than the limit of %5%6")
        .arg(subject, grouped(count), noun, grouped(static_cast<long long>(count) - limit),
             grouped(limit), per);
}

} // namespace

LayoutSize layoutSize(const Diagram &diagram)
{
    LayoutSize size;
    std::array<int, ChangeColumn + 1> perColumn{};
    for (const Node &n : diagram.nodes()) {
        const int column = n.column();
        if (column >= 0 && column < static_cast<int>(perColumn.size()))
            ++perColumn[static_cast<std::size_t>(column)];
    }
    for (std::size_t c = 0; c < perColumn.size(); ++c) {
        if (perColumn[c] > size.largestColumn) {
            size.largestColumn = perColumn[c];
            size.largestColumnIndex = static_cast<int>(c);
        }
    }
    // How many columns with boxes lie strictly left of each column.
    std::array<int, ChangeColumn + 2> usedBefore{};
    for (std::size_t c = 0; c < perColumn.size(); ++c)
        usedBefore[c + 1] = usedBefore[c] + (perColumn[c] > 0 ? 1 : 0);
    const auto at = [](const std::array<int, ChangeColumn + 2> &a, int column) {
        return a[static_cast<std::size_t>(std::clamp(column, 0, ChangeColumn + 1))];
    };
    for (const Link &l : diagram.links()) {
        const Node *from = diagram.node(l.from);
        const Node *to = diagram.node(l.to);
        if (from && to && to->column() > from->column() + 1)
            size.skippedColumns +=
                at(usedBefore, to->column()) - at(usedBefore, from->column() + 1);
    }
    size.boxes = static_cast<int>(diagram.nodes().size());
    size.links = static_cast<int>(diagram.links().size());
    return size;
}

QString layoutLimitProblem(const Diagram &diagram)
{
    using namespace layoutlimits;
    const LayoutSize size = layoutSize(diagram);
    QStringList problems;
    if (size.largestColumn > maxBoxesPerColumn)
        problems << over(QStringLiteral("the %1 column has")
                             .arg(ColumnTitles::defaultTitle(size.largestColumnIndex)),
                         size.largestColumn, QStringLiteral("boxes"), maxBoxesPerColumn,
                         QStringLiteral(" per column"));
    if (size.boxes > maxBoxes)
        problems << over(QStringLiteral("it has"), size.boxes, QStringLiteral("boxes"), maxBoxes);
    if (size.links > maxLinks)
        problems << over(QStringLiteral("it has"), size.links, QStringLiteral("links"), maxLinks);
    if (size.skippedColumns > maxSkippedColumns)
        problems << over(
            QStringLiteral("its links skip"), size.skippedColumns,
            QStringLiteral(
                "columns in all (a link counts once per column with boxes it passes over)"),
            maxSkippedColumns);
    return problems.join(QStringLiteral("; "));
}

bool isSlowLayout(const Diagram &diagram)
{
    const LayoutSettings &settings = diagram.layoutSettings();
    if (settings.order == LayoutSettings::Order::Keep
        && settings.links != LayoutSettings::Links::Curves)
        return false;
    return isSlowGraphvizLayout(diagram);
}

bool isSlowGraphvizLayout(const Diagram &diagram)
{
    const LayoutSize size = layoutSize(diagram);
    return size.boxes > layoutlimits::slowBoxes || size.links > layoutlimits::slowLinks
        || size.skippedColumns > layoutlimits::slowSkippedColumns;
}

} // namespace kdd
