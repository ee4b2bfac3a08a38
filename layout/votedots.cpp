#include "votedots.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace kdd {

qreal voteDotSize(qreal rowHeight) { return std::max<qreal>(4, rowHeight * 0.64); }
qreal voteDotStep(qreal rowHeight)
{
    return voteDotSize(rowHeight) + std::max<qreal>(2, rowHeight * 0.22);
}

QString voteNumber(int votes) { return votes > MaxVoteDots ? QString::number(votes) : QString(); }

QFont voteNumberFont(const QFont &badgeFont, qreal rowHeight)
{
    QFont font = badgeFont;
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(rowHeight * 0.8))));
    font.setBold(true);
    return font;
}

qreal voteDotsWidth(int votes, qreal rowHeight, const QFont &font)
{
    if (votes <= 0)
        return 0;
    if (votes <= MaxVoteDots)
        return (votes - 1) * voteDotStep(rowHeight) + voteDotSize(rowHeight);
    return voteDotStep(rowHeight)
         + QFontMetricsF(voteNumberFont(font, rowHeight)).horizontalAdvance(voteNumber(votes));
}

std::vector<QRectF> voteDotRects(int votes, const QRectF &rect)
{
    const qreal h = rect.height();
    const qreal size = voteDotSize(h);
    const int count = std::min(votes, votes > MaxVoteDots ? 1 : MaxVoteDots);
    std::vector<QRectF> dots;
    for (int i = 0; i < count; ++i)
        dots.emplace_back(rect.left() + i * voteDotStep(h), rect.center().y() - size / 2, size,
                          size);
    return dots;
}

} // namespace kdd
