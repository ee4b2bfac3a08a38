#pragma once

#include "painttarget.h"
#include "theme.h"

#include "layout/prioritylayout.h"
#include "layout/typography.h"

namespace kdd {

// Draws the prioritising grid — quadrants, axis labels, the strip of unplaced ideas and the idea
// cards with their votes — onto any PaintTarget: the Prioritise view paints with it, and the
// grid exports (SVG, PDF, PNG) too, so a file looks like the screen.
class PriorityPainter
{
public:
    PriorityPainter(const Theme &theme, const Typography &typography)
        : m_theme(theme), m_typography(typography)
    {
    }

    void paint(const PriorityLayout &layout, PaintTarget &target) const;
    // The pieces, for a view that draws a dragged card on top of the rest.
    void paintBackground(const PriorityLayout &layout, PaintTarget &target) const;
    void paintCard(const PriorityLayout::Card &card, PaintTarget &target) const;

private:
    const Theme &m_theme;
    const Typography &m_typography;
};

} // namespace kdd
