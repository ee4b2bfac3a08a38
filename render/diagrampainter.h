#pragma once

#include "painttarget.h"
#include "theme.h"

#include "layout/diagramlayout.h"
#include "layout/typography.h"

namespace kdd {

// Draws a laid-out diagram — boxes, text, links, status fills, measure badges, headers, title
// block and legend — onto any PaintTarget. The editor's canvas and every exporter use it, so a
// file looks like the screen.
class DiagramPainter
{
public:
    DiagramPainter(const Theme &theme, const Typography &typography)
        : m_theme(theme), m_typography(typography)
    {
    }

    void paint(const DiagramLayout &layout, PaintTarget &target) const;

    // The pieces, for a canvas that draws items one by one.
    void paintBox(const DiagramLayout::Box &box, int index, PaintTarget &target) const;
    void paintEdge(const DiagramLayout::Edge &edge, PaintTarget &target) const;
    void paintHeaders(const DiagramLayout &layout, PaintTarget &target) const;
    void paintTitleBlock(const DiagramLayout &layout, PaintTarget &target) const;
    void paintLegend(const DiagramLayout &layout, PaintTarget &target) const;
    void paintCards(const DiagramLayout &layout, PaintTarget &target) const;
    void paintMeasuresTable(const DiagramLayout &layout, PaintTarget &target) const;
    // The dot votes of a change idea in `rect` (a badge row), for boxes and prioritising cards.
    void paintVotes(int votes, const QRectF &rect, PaintTarget &target) const;
    // The PDSA badge of a change idea: a ramp and the number of cycles run on it.
    void paintCycles(int cycles, const QRectF &rect, PaintTarget &target) const;
    // A box's sparkline badge: the recent values as a line coloured by the latest signal.
    void paintSparkline(const DiagramLayout::Sparkline &spark, PaintTarget &target) const;

private:
    void paintTextBlock(const TextBlock &block, QPointF topLeft, qreal centreX, bool centred,
                        const QColor &colour, PaintTarget &target) const;
    // A line through each line of an abandoned idea's (centred) text.
    void paintStrikeThrough(const TextBlock &block, QPointF topLeft, qreal centreX,
                            PaintTarget &target) const;
    void paintBadge(MeasureType type, int number, const QRectF &rect, const QString &title,
                    PaintTarget &target) const;

    const Theme &m_theme;
    const Typography &m_typography;
};

} // namespace kdd
