#include "prioritypainter.h"

#include "diagrampainter.h"

namespace kdd {
namespace {

// The theme's background tinted towards `hue`: light quadrants on paper, dark on a dark slide.
QColor tint(const QColor &background, const QColor &hue, qreal amount)
{
    return QColor::fromRgbF(
        static_cast<float>(background.redF() + (hue.redF() - background.redF()) * amount),
        static_cast<float>(background.greenF() + (hue.greenF() - background.greenF()) * amount),
        static_cast<float>(background.blueF() + (hue.blueF() - background.blueF()) * amount));
}

// The quadrants are told apart by their names; the hues only help the eye (green: do it,
// amber: plan it, blue: quick wins of little worth, grey: drop it).
QColor quadrantHue(PickQuadrant q)
{
    switch (q) {
    case PickQuadrant::Implement:
        return QColor(0x2e, 0x7d, 0x32);
    case PickQuadrant::Challenge:
        return QColor(0xef, 0x8f, 0x00);
    case PickQuadrant::Possible:
        return QColor(0x15, 0x65, 0xc0);
    case PickQuadrant::Kill:
        return QColor(0x75, 0x75, 0x75);
    case PickQuadrant::None:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

void paintBlock(const TextBlock &block, QPointF topLeft, qreal centreX, bool centred,
                const QColor &colour, PaintTarget &target)
{
    qreal baseline = topLeft.y() + block.ascent;
    for (const TextBlock::Line &line : block.lines) {
        if (!line.text.isEmpty())
            target.text(line.text, block.font, QPointF(centred ? centreX : topLeft.x(), baseline),
                        centred, colour);
        baseline += block.lineHeight;
    }
}

QString regionClass(PickQuadrant q)
{
    return q == PickQuadrant::None ? QStringLiteral("unplaced")
                                   : QStringLiteral("quadrant ") + toString(q);
}

} // namespace

void PriorityPainter::paint(const PriorityLayout &layout, PaintTarget &target) const
{
    paintBackground(layout, target);
    target.beginGroup(QStringLiteral("ideas"), QStringLiteral("ideas"), QString());
    for (const PriorityLayout::Card &card : layout.cards)
        paintCard(card, target);
    target.endGroup();
}

void PriorityPainter::paintBackground(const PriorityLayout &layout, PaintTarget &target) const
{
    target.beginGroup(QStringLiteral("title-block"), QStringLiteral("title-block"), QString());
    paintBlock(layout.title, layout.titleTopLeft, 0, false, m_theme.text, target);
    paintBlock(layout.details, layout.titleTopLeft + QPointF(0, layout.title.height() + 4), 0,
               false, m_theme.detailText, target);
    target.endGroup();

    const qreal amount = m_theme.isDark() ? 0.28 : 0.12;
    for (const PriorityLayout::Region &r : layout.regions) {
        const bool strip = r.quadrant == PickQuadrant::None;
        target.beginGroup(QStringLiteral("region-")
                              + (strip ? QStringLiteral("unplaced") : toString(r.quadrant)),
                          regionClass(r.quadrant),
                          r.name.plainText() + QStringLiteral(": ") + r.hint.plainText());
        const QColor fill =
            strip ? m_theme.background : tint(m_theme.background, quadrantHue(r.quadrant), amount);
        target.rect(strip ? r.rect : r.rect.adjusted(1, 1, -1, -1), strip ? 6 : 0, fill,
                    {m_theme.detailText, strip ? 1.0 : 1.4, strip});
        paintBlock(r.name, r.nameTopLeft, 0, false, m_theme.headerText, target);
        paintBlock(r.hint, r.nameTopLeft + QPointF(0, r.name.height() + 2), 0, false,
                   m_theme.detailText, target);
        target.endGroup();
    }
    target.beginGroup(QStringLiteral("axes"), QStringLiteral("axes"), QString());
    for (const PriorityLayout::Label &l : layout.labels)
        paintBlock(l.text, l.topLeft, l.topLeft.x() + l.text.width() / 2, true, m_theme.headerText,
                   target);
    target.endGroup();
}

void PriorityPainter::paintCard(const PriorityLayout::Card &card, PaintTarget &target) const
{
    const BoxStyle &style = m_theme.boxStyle(ChangeColumn, card.status);
    QString title = card.fullText;
    if (card.votes > 0)
        title += card.votes == 1 ? QStringLiteral(" (1 vote)")
                                 : QStringLiteral(" (%1 votes)").arg(card.votes);
    target.beginGroup(QString(), QStringLiteral("card status-") + toString(card.status), title);
    target.rect(card.rect, m_theme.boxRadius, style.fill, style.border);
    paintBlock(card.text, card.textTopLeft, card.rect.center().x(), true, m_theme.text, target);
    DiagramPainter(m_theme, m_typography).paintVotes(card.votes, card.votesRect, target);
    target.endGroup();
}

} // namespace kdd
