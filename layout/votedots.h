#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

// How dot votes are drawn on a change idea, shared by the layout (the room they take), the
// painters (diagram boxes and prioritising cards) and the canvas (where a click adds a vote): one
// dot per vote up to MaxVoteDots, beyond that one dot and the number.
namespace kdd {

constexpr int MaxVoteDots = 8;

// The dots' diameter and the distance from one dot's left edge to the next, for a badge row of
// height `rowHeight`.
qreal voteDotSize(qreal rowHeight);
qreal voteDotStep(qreal rowHeight);
// The font of the number: `badgeFont`, bold, as tall as the dots' row allows.
QFont voteNumberFont(const QFont &badgeFont, qreal rowHeight);
// The width the votes take in a row of `rowHeight` (the number in voteNumberFont(font));
// 0 for no votes.
qreal voteDotsWidth(int votes, qreal rowHeight, const QFont &font);
// The dots of `votes`, left-aligned and vertically centred in `rect`.
std::vector<QRectF> voteDotRects(int votes, const QRectF &rect);
// The number written after the dots ("12"), empty when every vote has its own dot.
QString voteNumber(int votes);

} // namespace kdd
