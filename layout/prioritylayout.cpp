#include "prioritylayout.h"

#include "votedots.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace kdd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::PriorityLayout)
};

constexpr qreal CardWidth = 180;
constexpr qreal Gap = 10;         // between cards
constexpr qreal Inset = 12;       // inside a region, around its cards
constexpr int CardColumns = 2;    // cards side by side in a quadrant
constexpr qreal LabelWidth = 110; // the row labels left of the grid
constexpr qreal MinRegionHeight = 150;

QString statusPrefix(const Node &n)
{
    switch (n.status) {
    case ChangeStatus::Adopted:
        return QStringLiteral("Adopted: ");
    case ChangeStatus::Abandoned:
        return QStringLiteral("Abandoned: ");
    default:
        return {};
    }
}

PriorityLayout::Card measureCard(const Node &n, const Typography &t)
{
    PriorityLayout::Card card;
    card.id = n.id;
    card.quadrant = pickQuadrant(n);
    card.status = n.status;
    card.votes = n.votes;
    card.fullText = n.text;
    card.text = wrapText(statusPrefix(n) + n.text, t.boxFont, CardWidth - 2 * t.paddingX, 8);
    const qreal lineHeight =
        card.text.lineHeight > 0 ? card.text.lineHeight : QFontMetricsF(t.boxFont).lineSpacing();
    const qreal votes = n.votes > 0 ? t.badgeSize + 6 : 0;
    card.rect =
        QRectF(0, 0, CardWidth,
               std::ceil(std::max(card.text.height(), lineHeight) + votes + 2 * t.paddingY));
    return card;
}

// Moves a card to `topLeft` with its contents.
void placeCard(PriorityLayout::Card &card, QPointF topLeft, const Typography &t)
{
    card.rect.moveTopLeft(topLeft);
    card.textTopLeft =
        QPointF(card.rect.center().x() - card.text.width() / 2, card.rect.top() + t.paddingY);
    card.votesRect =
        card.votes > 0
            ? QRectF(card.rect.left() + t.paddingX, card.rect.bottom() - t.paddingY - t.badgeSize,
                     voteDotsWidth(card.votes, t.badgeSize, t.badgeFont), t.badgeSize)
            : QRectF();
}

// The height the header of a region takes (its name and hint).
qreal headerHeight(const PriorityLayout::Region &r)
{
    return r.name.height() + r.hint.height() + 8;
}

// Flows `cards` into `columns` columns below `top`, from `left`; returns the bottom of the last
// row. Only measures when `place` is false.
qreal flowCards(std::vector<PriorityLayout::Card *> &cards, qreal left, qreal top, int columns,
                const Typography &t, bool place)
{
    qreal y = top;
    for (std::size_t row = 0; row * columns < cards.size(); ++row) {
        qreal height = 0;
        for (int c = 0; c < columns && row * columns + c < cards.size(); ++c) {
            PriorityLayout::Card &card = *cards[row * columns + c];
            if (place)
                placeCard(card, QPointF(left + c * (CardWidth + Gap), y), t);
            height = std::max(height, card.rect.height());
        }
        y += height + Gap;
    }
    return cards.empty() ? top : y - Gap;
}

} // namespace

const PriorityLayout::Card *PriorityLayout::card(const NodeId &id) const
{
    for (const Card &c : cards) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const PriorityLayout::Region *PriorityLayout::regionAt(QPointF point) const
{
    for (const Region &r : regions) {
        if (r.rect.contains(point))
            return &r;
    }
    return nullptr;
}

const PriorityLayout::Region *PriorityLayout::region(PickQuadrant quadrant) const
{
    for (const Region &r : regions) {
        if (r.quadrant == quadrant)
            return &r;
    }
    return nullptr;
}

PriorityLayout layoutPriorities(const Diagram &diagram, const Typography &t)
{
    PriorityLayout layout;
    constexpr std::array<PickQuadrant, 5> order{PickQuadrant::None, PickQuadrant::Implement,
                                                PickQuadrant::Challenge, PickQuadrant::Possible,
                                                PickQuadrant::Kill};
    int ideas = 0;
    int votes = 0;
    for (const Node &n : diagram.nodes()) {
        if (!n.isChange())
            continue;
        layout.cards.push_back(measureCard(n, t));
        ++ideas;
        votes += n.votes;
    }
    // Region by region as drawn (so that the arrow keys go through a region before the next),
    // the most voted first in each; ties keep the document's order.
    const auto rank = [&](PickQuadrant q) {
        return static_cast<int>(std::find(order.begin(), order.end(), q) - order.begin());
    };
    std::stable_sort(layout.cards.begin(), layout.cards.end(),
                     [&](const PriorityLayout::Card &a, const PriorityLayout::Card &b) {
                         const int ra = rank(a.quadrant);
                         const int rb = rank(b.quadrant);
                         return ra != rb ? ra < rb : a.votes > b.votes;
                     });

    layout.title = wrapText(diagram.title().isEmpty() ? Text::tr("Change ideas") : diagram.title(),
                            t.titleFont, 900, 3);
    layout.details = wrapText(
        Text::tr("Impact × effort (PICK): %1, %2")
            .arg(ideas == 1 ? Text::tr("1 change idea") : Text::tr("%1 change ideas").arg(ideas),
                 votes == 1 ? Text::tr("1 vote") : Text::tr("%1 votes").arg(votes)),
        t.detailFont, 900, 2);
    const qreal m = t.margin;
    layout.titleTopLeft = QPointF(m, m);
    const qreal titleBottom = m + layout.title.height() + 4 + layout.details.height() + 16;

    for (const PickQuadrant q : order) {
        PriorityLayout::Region r;
        r.quadrant = q;
        r.name = wrapText(q == PickQuadrant::None ? Text::tr("Not placed yet") : displayName(q),
                          t.headerFont, CardWidth * CardColumns, 2);
        r.hint = wrapText(q == PickQuadrant::None ? Text::tr("drag each idea into the grid")
                                                  : quadrantHint(q),
                          t.detailFont, CardWidth * CardColumns, 2);
        layout.regions.push_back(std::move(r));
    }
    const auto cardsIn = [&](PickQuadrant q) {
        std::vector<PriorityLayout::Card *> list;
        for (PriorityLayout::Card &c : layout.cards) {
            if (c.quadrant == q)
                list.push_back(&c);
        }
        return list;
    };

    // The strip, then the row labels, then two columns of quadrants.
    const qreal stripWidth = CardWidth + 2 * Inset;
    const qreal quadWidth = CardColumns * CardWidth + (CardColumns - 1) * Gap + 2 * Inset;
    const qreal stripLeft = m;
    const qreal labelLeft = stripLeft + stripWidth + 24;
    const qreal gridLeft = labelLeft + LabelWidth;
    const QFontMetricsF header(t.headerFont);
    const qreal gridTop = titleBottom + header.lineSpacing() + 8; // under the column labels

    const auto contentHeight = [&](std::size_t regionIndex, int columns) {
        PriorityLayout::Region &r = layout.regions[regionIndex];
        std::vector<PriorityLayout::Card *> list = cardsIn(r.quadrant);
        const qreal cards = flowCards(list, 0, 0, columns, t, false);
        return headerHeight(r) + Inset + cards + Inset;
    };
    const qreal topRow =
        std::max({MinRegionHeight, contentHeight(1, CardColumns), contentHeight(2, CardColumns)});
    const qreal bottomRow =
        std::max({MinRegionHeight, contentHeight(3, CardColumns), contentHeight(4, CardColumns)});
    const qreal gridHeight = topRow + bottomRow;
    const qreal stripHeight = std::max(gridHeight, contentHeight(0, 1));

    layout.regions[0].rect = QRectF(stripLeft, gridTop, stripWidth, stripHeight);
    layout.regions[1].rect = QRectF(gridLeft, gridTop, quadWidth, topRow);
    layout.regions[2].rect = QRectF(gridLeft + quadWidth, gridTop, quadWidth, topRow);
    layout.regions[3].rect = QRectF(gridLeft, gridTop + topRow, quadWidth, bottomRow);
    layout.regions[4].rect = QRectF(gridLeft + quadWidth, gridTop + topRow, quadWidth, bottomRow);
    for (std::size_t i = 0; i < layout.regions.size(); ++i) {
        PriorityLayout::Region &r = layout.regions[i];
        r.nameTopLeft = r.rect.topLeft() + QPointF(Inset, 8);
        std::vector<PriorityLayout::Card *> list = cardsIn(r.quadrant);
        flowCards(list, r.rect.left() + Inset, r.rect.top() + headerHeight(r) + Inset,
                  i == 0 ? 1 : CardColumns, t, true);
    }

    // Axis labels: effort over the columns, impact beside the rows.
    const auto label = [&](const QString &text, qreal width, QPointF centre) {
        PriorityLayout::Label l;
        l.text = wrapText(text, t.headerFont, width, 3);
        l.topLeft = centre - QPointF(l.text.width() / 2, l.text.height() / 2);
        layout.labels.push_back(std::move(l));
    };
    const qreal labelsY = titleBottom + header.lineSpacing() / 2;
    label(Text::tr("Low effort"), quadWidth, QPointF(gridLeft + quadWidth / 2, labelsY));
    label(Text::tr("High effort"), quadWidth, QPointF(gridLeft + quadWidth * 1.5, labelsY));
    label(Text::tr("High impact"), LabelWidth - 8,
          QPointF(labelLeft + LabelWidth / 2 - 4, gridTop + topRow / 2));
    label(Text::tr("Low impact"), LabelWidth - 8,
          QPointF(labelLeft + LabelWidth / 2 - 4, gridTop + topRow + bottomRow / 2));

    const qreal right = std::max(gridLeft + 2 * quadWidth,
                                 m + std::max(layout.title.width(), layout.details.width()));
    layout.bounds = QRectF(0, 0, right + m, gridTop + stripHeight + m);
    return layout;
}

} // namespace kdd
