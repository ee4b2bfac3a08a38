// Where a drawing is cut into pages, what each page repeats and which notes join them. Painting
// the pages is pagedrawing.cpp's part.
#include "pageplan.h"

#include <QPageSize>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

constexpr qreal PointsPerUnit = 72.0 / 96.0; // layout units are 1/96 inch
constexpr qreal SectionGap = 10;             // points between the title, diagram and table
constexpr qreal Pad = 4; // layout units kept around a piece, so borders and arrowheads show

struct Span
{
    qreal start = 0;
    qreal end = 0;
    qreal middle() const { return (start + end) / 2; }
    qreal length() const { return end - start; }
};

// The gaps between `spans` once overlapping ones are merged: where a cut meets nothing.
std::vector<Span> gapsBetween(std::vector<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    std::vector<Span> gaps;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        qreal reach = spans[i].end;
        while (i + 1 < spans.size() && spans[i + 1].start <= reach)
            reach = std::max(reach, spans[++i].end);
        if (i + 1 < spans.size())
            gaps.push_back({reach, spans[i + 1].start});
    }
    return gaps;
}

// Where a page that starts at `from` and holds `length` ends: in the middle of a gap — of the
// gaps in the page's second half the widest (blocks are further apart than siblings), the last
// of those nearly as wide; else the last gap that fits; else, when one block is longer than a
// page, at the page's end, through it.
qreal chooseCut(const std::vector<Span> &gaps, qreal from, qreal length)
{
    const qreal limit = from + length;
    const qreal half = from + length / 2;
    qreal widest = 0;
    for (const Span &g : gaps) {
        if (g.middle() >= half && g.middle() <= limit)
            widest = std::max(widest, g.length());
    }
    const Span *chosen = nullptr;
    for (const Span &g : gaps) {
        if (g.middle() <= from || g.middle() > limit)
            continue;
        if (widest <= 0 || (g.middle() >= half && g.length() >= 0.8 * widest))
            chosen = &g;
    }
    return chosen ? chosen->middle() : limit;
}

// The rectangles of a laid-out drawing that pagination reads, in layout units.
struct Parts
{
    QRectF title;   // around the title block's text; null without one
    QRectF headers; // the column headers across the diagram; null without them
    bool hasBody = false;
    Span across;               // the diagram's extent left to right
    Span down;                 // the body, from below the headers to below the last box
    std::vector<Span> xGaps;   // between columns of boxes
    std::vector<QRectF> boxes; // every box
    QRectF legend;
    Span tableAcross;
    std::vector<Span> tableRows; // the header row first when there is one
    bool tableHeader = false;
};

Parts partsOf(const DiagramLayout &layout)
{
    Parts p;
    if (!layout.title.rect.isNull()) {
        const qreal width = std::max(layout.title.title.width(), layout.title.details.width());
        p.title = QRectF(layout.title.rect.topLeft(), QSizeF(width, layout.title.rect.height()))
                      .adjusted(-Pad, -Pad, Pad, Pad);
    }
    std::vector<Span> xs;
    QRectF boxes;
    for (const DiagramLayout::Box &b : layout.boxes) {
        xs.push_back({b.rect.left(), b.rect.right()});
        p.boxes.push_back(b.rect);
        boxes |= b.rect;
    }
    QRectF headers;
    for (const DiagramLayout::Header &h : layout.headers) {
        if (h.text.isEmpty())
            continue;
        xs.push_back({h.rect.left(), h.rect.right()});
        headers |= h.rect;
    }
    p.hasBody = !boxes.isNull();
    if (p.hasBody) {
        const QRectF all = boxes | headers;
        p.across = {all.left() - 3 * Pad, all.right() + 3 * Pad};
        p.down = {headers.isNull() ? boxes.top() - 2 * Pad : (headers.bottom() + boxes.top()) / 2,
                  boxes.bottom() + 2 * Pad};
        if (!headers.isNull())
            p.headers = QRectF(QPointF(p.across.start, headers.top() - Pad),
                               QPointF(p.across.end, p.down.start));
        p.xGaps = gapsBetween(xs);
    }
    if (!layout.legend.items.empty() && !layout.legend.rect.isNull())
        p.legend = layout.legend.rect.adjusted(-Pad, -Pad, Pad, Pad);

    const DiagramLayout::Table &table = layout.measuresTable;
    if (!table.rect.isNull()) {
        std::vector<qreal> lines;
        for (const QLineF &rule : table.rules) {
            if (std::abs(rule.y1() - rule.y2()) < 0.01)
                lines.push_back(rule.y1());
        }
        std::sort(lines.begin(), lines.end());
        lines.erase(std::unique(lines.begin(), lines.end(),
                                [](qreal a, qreal b) { return std::abs(a - b) < 0.01; }),
                    lines.end());
        for (std::size_t i = 0; i + 1 < lines.size(); ++i)
            p.tableRows.push_back({lines[i], lines[i + 1]});
        p.tableAcross = {table.rect.left() - Pad, table.rect.right() + Pad};
        p.tableHeader = std::any_of(table.cells.begin(), table.cells.end(),
                                    [](const DiagramLayout::Table::Cell &c) { return c.header; });
    }
    return p;
}

PageMark mark(const QString &text, const QRectF &rect, Qt::Alignment alignment, int rotation = 0)
{
    return {text, rect, alignment, rotation};
}

// Lays the parts out on pages of `paper` with the diagram at `scale` points per unit.
class Planner
{
public:
    Planner(const Parts &parts, QSizeF paper, qreal margin, qreal scale)
        : m_parts(parts), m_margin(margin),
          m_usable(QRectF(QPointF(0, 0), paper).adjusted(margin, margin, -margin, -margin)),
          m_scale(scale)
    {
    }

    std::vector<PlannedPage> plan()
    {
        placeDiagram();
        placeLegend();
        placeTable();
        finish();
        return std::move(m_pages);
    }

private:
    // A piece showing `source` at `scale`, placed at the page's left edge at height m_y.
    void place(const QRectF &source, qreal scale, bool withTitle = false)
    {
        const QRectF placed(QPointF(m_usable.left(), m_y), source.size() * scale);
        m_pages.back().pieces.push_back({source, placed, withTitle});
        m_y += placed.height();
    }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_usable.top();
    }

    qreal room() const { return m_usable.bottom() - m_y; }
    // The scale of something `width` wide: the diagram's, or smaller so it fits across.
    qreal fitAcross(qreal width) const
    {
        return std::min(m_scale, m_usable.width() / std::max<qreal>(width, 1));
    }

    // The diagram in bands of columns (one, unless it is too wide for a page), each band cut
    // into pages between its boxes, every page repeating the band's headers.
    void placeDiagram()
    {
        const Parts &p = m_parts;
        const qreal titleScale = p.title.isNull() ? 0 : fitAcross(p.title.width());
        const qreal titleHeight = p.title.isNull() ? 0 : p.title.height() * titleScale + SectionGap;
        if (!p.hasBody) {
            if (!p.title.isNull()) {
                newPage();
                place(p.title, titleScale, true);
                m_y += SectionGap;
            }
            return;
        }
        std::vector<Span> bands;
        for (qreal x = p.across.start;;) {
            const qreal width = m_usable.width() / m_scale;
            if (p.across.end - x <= width + 1e-6) {
                bands.push_back({x, p.across.end});
                break;
            }
            const qreal cut = chooseCut(p.xGaps, x, width);
            bands.push_back({x, cut});
            x = cut;
        }
        const qreal headerHeight = p.headers.isNull() ? 0 : p.headers.height() * m_scale;
        struct Placed
        {
            int band;
            Span rows;
        };
        std::vector<Placed> placed; // by page
        for (std::size_t c = 0; c < bands.size(); ++c) {
            const Span &band = bands[c];
            std::vector<Span> ys;
            for (const QRectF &box : p.boxes) {
                if (box.right() > band.start && box.left() < band.end)
                    ys.push_back({box.top(), box.bottom()});
            }
            if (ys.empty())
                continue;
            const std::vector<Span> gaps = gapsBetween(ys);
            qreal end = p.down.start;
            for (const Span &y : ys)
                end = std::max(end, y.end + 2 * Pad);
            bool first = true;
            for (qreal y = p.down.start; y < end;) {
                const bool withTitle = c == 0 && first && !p.title.isNull();
                const qreal height =
                    (m_usable.height() - headerHeight - (withTitle ? titleHeight : 0)) / m_scale;
                // A page too small for anything still moves on (its content is clipped).
                const qreal length = std::max(height, m_usable.height() * 0.1 / m_scale);
                const qreal cut = end - y <= length + 1e-6 ? end : chooseCut(gaps, y, length);
                newPage();
                if (withTitle) {
                    place(p.title, titleScale, true);
                    m_y += SectionGap;
                }
                if (!p.headers.isNull())
                    place(QRectF(QPointF(band.start, p.headers.top()),
                                 QPointF(band.end, p.headers.bottom())),
                          m_scale);
                place(QRectF(QPointF(band.start, y), QPointF(band.end, cut)), m_scale);
                placed.push_back({static_cast<int>(c), {y, cut}});
                first = false;
                // A stretch without boxes is skipped, up to just above the next box.
                qreal next = end;
                for (const Span &box : ys) {
                    if (box.start >= cut)
                        next = std::min(next, box.start);
                }
                y = std::max(cut, next - 6 * Pad);
            }
        }
        markContinuations(placed);
        m_y += SectionGap;
    }

    // "continued" notes: above and below within a band, beside to the neighbouring band's page
    // that shows most of the same rows.
    template <typename Placed> void markContinuations(const std::vector<Placed> &placed)
    {
        const auto overlap = [](const Span &a, const Span &b) {
            return std::min(a.end, b.end) - std::max(a.start, b.start);
        };
        const auto beside = [&](std::size_t i, int band) {
            int best = -1;
            qreal most = 0;
            for (std::size_t j = 0; j < placed.size(); ++j) {
                const qreal o = overlap(placed[i].rows, placed[j].rows);
                if (placed[j].band == band && (best < 0 || o > most)) {
                    best = static_cast<int>(j);
                    most = o;
                }
            }
            return best;
        };
        for (std::size_t i = 0; i < placed.size(); ++i) {
            PlannedPage &page = m_pages[i];
            const int band = placed[i].band;
            const int number = static_cast<int>(i) + 1;
            if (i > 0 && placed[i - 1].band == band)
                page.marks.push_back(topMark(number - 1));
            if (i + 1 < placed.size() && placed[i + 1].band == band)
                page.marks.push_back(bottomMark(number + 1));
            const int left = beside(i, band - 1);
            if (left >= 0)
                page.marks.push_back(mark(QStringLiteral("continued from page %1").arg(left + 1),
                                          sideRect(m_usable.left() - m_margin / 2), Qt::AlignCenter,
                                          -90));
            const int right = beside(i, band + 1);
            if (right >= 0)
                page.marks.push_back(mark(QStringLiteral("continued on page %1").arg(right + 1),
                                          sideRect(m_usable.right() + m_margin / 2),
                                          Qt::AlignCenter, 90));
        }
    }

    // The key, where it falls: under the diagram's last page if it fits there, else next.
    void placeLegend()
    {
        if (m_parts.legend.isNull())
            return;
        const qreal scale = fitAcross(m_parts.legend.width());
        if (m_pages.empty() || m_parts.legend.height() * scale > room() + 1e-6)
            newPage();
        place(m_parts.legend, scale);
        m_y += SectionGap;
    }

    // The measurement plan, cut between rows, its header row repeated on every page it
    // continues onto.
    void placeTable()
    {
        const Parts &p = m_parts;
        const std::size_t n = p.tableRows.size();
        if (n == 0)
            return;
        const qreal scale = fitAcross(p.tableAcross.length());
        const auto source = [&](std::size_t from, std::size_t to) {
            return QRectF(QPointF(p.tableAcross.start, p.tableRows[from].start - 1),
                          QPointF(p.tableAcross.end, p.tableRows[to - 1].end + 1));
        };
        if (m_pages.empty())
            newPage();
        std::size_t k = 0;
        while (k < n) {
            const bool repeat = p.tableHeader && k > 0;
            const qreal headerHeight = repeat ? source(0, 1).height() * scale : 0;
            std::size_t m = k;
            while (m < n && headerHeight + source(k, m + 1).height() * scale <= room() + 1e-6)
                ++m;
            // The header row goes with at least one row under it.
            const std::size_t least = k == 0 && p.tableHeader && n > 1 ? 2 : 1;
            qreal rowScale = scale;
            if (m < k + least) {
                if (m_y > m_usable.top() + 1e-6) {
                    newPage();
                    continue;
                }
                // Rows taller than a page: shrunk to fit it.
                m = std::min(n, k + least);
                rowScale = std::min(scale, (room() - headerHeight) / source(k, m).height());
            }
            if (repeat)
                place(source(0, 1), scale);
            place(source(k, m), rowScale);
            k = m;
            if (k < n) {
                const int number = static_cast<int>(m_pages.size());
                m_pages.back().marks.push_back(bottomMark(number + 1));
                newPage();
                m_pages.back().marks.push_back(topMark(number));
            }
        }
    }

    // Centres each page's pieces across it and numbers the pages.
    void finish()
    {
        const int count = static_cast<int>(m_pages.size());
        for (int i = 0; i < count; ++i) {
            PlannedPage &page = m_pages[static_cast<std::size_t>(i)];
            qreal widest = 0;
            for (const PagePiece &piece : page.pieces)
                widest = std::max(widest, piece.placed.width());
            const qreal shift = std::max<qreal>(0, (m_usable.width() - widest) / 2);
            for (PagePiece &piece : page.pieces)
                piece.placed.translate(shift, 0);
            if (count > 1)
                page.marks.push_back(mark(QStringLiteral("page %1 of %2").arg(i + 1).arg(count),
                                          bottomRect(), Qt::AlignRight));
        }
    }

    QRectF topRect() const { return QRectF(m_usable.left(), 4, m_usable.width(), m_margin - 8); }
    QRectF bottomRect() const
    {
        return QRectF(m_usable.left(), m_usable.bottom() + 4, m_usable.width(), m_margin - 8);
    }
    // Along a side of the page, centred on `x`, before its rotation.
    QRectF sideRect(qreal x) const
    {
        const QSizeF size(m_usable.height(), m_margin - 8);
        return QRectF(QPointF(x, m_usable.center().y()) - QPointF(size.width(), size.height()) / 2,
                      size);
    }
    PageMark topMark(int page) const
    {
        return mark(QStringLiteral("continued from page %1").arg(page), topRect(), Qt::AlignLeft);
    }
    PageMark bottomMark(int page) const
    {
        return mark(QStringLiteral("continued on page %1").arg(page), bottomRect(), Qt::AlignLeft);
    }

    const Parts &m_parts;
    const qreal m_margin;
    const QRectF m_usable;
    const qreal m_scale;
    std::vector<PlannedPage> m_pages;
    qreal m_y = 0;
};

} // namespace

PageRules PageRules::forPage(ExportPage page)
{
    return page == ExportPage::Slide ? slide() : paper();
}

DrawingPages DrawingPages::wholeDrawing(const PreparedDrawing &drawing)
{
    DrawingPages pages;
    const QRectF &bounds = drawing.layout.bounds;
    pages.m_boxTextPixels = drawing.typography().boxFont.pixelSize();
    pages.m_scale = PointsPerUnit;
    pages.m_page = bounds.size() * PointsPerUnit;
    pages.m_pages.push_back({{{bounds, QRectF(QPointF(0, 0), pages.m_page), true}}, {}});
    return pages;
}

DrawingPages DrawingPages::onPaper(const PreparedDrawing &drawing, QSizeF paper, PageRules rules)
{
    DrawingPages pages = wholeDrawing(drawing);
    pages.m_page = paper;
    const qreal margin = rules.margin;
    const QRectF usable = QRectF(QPointF(0, 0), paper).adjusted(margin, margin, -margin, -margin);
    // The page has its own margin: the drawing's is left out.
    const qreal trim = std::max<qreal>(0, drawing.typography().margin - Pad);
    const QRectF shown = drawing.layout.bounds.adjusted(trim, trim, -trim, -trim);
    if (shown.isEmpty() || usable.isEmpty()) {
        pages.m_pages.front().pieces.clear();
        return pages;
    }
    const qreal smallest = rules.minTextPoints / pages.m_boxTextPixels;
    const qreal largest = std::max(smallest, rules.maxTextPoints / pages.m_boxTextPixels);
    const qreal fit = std::min(usable.width() / shown.width(), usable.height() / shown.height());
    const Parts parts = partsOf(drawing.layout);
    if (fit >= smallest * (1 - 1e-9) || !parts.hasBody) {
        pages.m_scale = std::min(fit, largest);
        const QSizeF size = shown.size() * pages.m_scale;
        pages.m_pages.front().pieces.front() = {
            shown,
            QRectF(
                QPointF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2),
                size),
            true};
        return pages;
    }
    // Too small on one page: the smallest allowed text decides the number of pages, then the
    // text grows as long as that number does not.
    const std::size_t count = Planner(parts, paper, margin, smallest).plan().size();
    qreal low = smallest;
    qreal high = largest;
    for (int i = 0; i < 12 && high - low > 1e-4; ++i) {
        const qreal middle = (low + high) / 2;
        if (Planner(parts, paper, margin, middle).plan().size() <= count)
            low = middle;
        else
            high = middle;
    }
    pages.m_scale = low;
    pages.m_pages = Planner(parts, paper, margin, low).plan();
    return pages;
}

PageOrientation DrawingPages::bestOrientation(const PreparedDrawing &drawing, QSizeF paper,
                                              PageRules rules)
{
    const QSizeF portrait = paper.width() <= paper.height() ? paper : paper.transposed();
    const DrawingPages tall = onPaper(drawing, portrait, rules);
    const DrawingPages wide = onPaper(drawing, portrait.transposed(), rules);
    // Larger type on one page; else fewer pages; else larger type; else landscape.
    bool portraitWins = false;
    if (tall.count() == 1 && wide.count() == 1)
        portraitWins = tall.scale() > wide.scale() * 1.01;
    else if (tall.count() == 1 || wide.count() == 1)
        portraitWins = tall.count() == 1;
    else if (tall.count() != wide.count())
        portraitWins = tall.count() < wide.count();
    else
        portraitWins = tall.scale() > wide.scale() * 1.01;
    return portraitWins ? PageOrientation::Portrait : PageOrientation::Landscape;
}

DrawingPages DrawingPages::forExport(const PreparedDrawing &drawing, ExportPage page,
                                     PageOrientation orientation)
{
    if (page == ExportPage::Fit)
        return wholeDrawing(drawing);
    const PageRules rules = PageRules::forPage(page);
    // A deck of slides is 16:9 whatever the diagram: a portrait slide only when asked for.
    if (orientation == PageOrientation::Auto)
        orientation = page == ExportPage::Slide ? PageOrientation::Landscape
                                                : bestOrientation(drawing, paperSize(page), rules);
    return onPaper(drawing, paperSize(page, orientation), rules);
}

void DrawingPages::numberFrom(int first, int total)
{
    static const QRegularExpression pageOf(QStringLiteral("^page (\\d+) of \\d+$"));
    static const QRegularExpression page(QStringLiteral("page (\\d+)$"));
    for (PlannedPage &planned : m_pages) {
        for (PageMark &mark : planned.marks) {
            QRegularExpressionMatch match = pageOf.match(mark.text);
            if (match.hasMatch()) {
                mark.text = QStringLiteral("page %1 of %2")
                                .arg(match.captured(1).toInt() + first - 1)
                                .arg(total);
                continue;
            }
            match = page.match(mark.text);
            if (match.hasMatch())
                mark.text.replace(match.capturedStart(1), match.capturedLength(1),
                                  QString::number(match.captured(1).toInt() + first - 1));
        }
    }
}

void DrawingPages::numberAsParts()
{
    static const QRegularExpression pageOf(QStringLiteral("^page (\\d+ of \\d+)$"));
    for (PlannedPage &planned : m_pages) {
        for (PageMark &mark : planned.marks) {
            mark.text.replace(pageOf, QStringLiteral("part \\1"));
            mark.text.replace(QStringLiteral("continued on page"),
                              QStringLiteral("continued in part"));
            mark.text.replace(QStringLiteral("continued from page"),
                              QStringLiteral("continued from part"));
        }
    }
}

QSizeF DrawingPages::paperSize(ExportPage page, PageOrientation orientation)
{
    QSizeF portrait;
    switch (page) {
    case ExportPage::Fit:
        return {};
    case ExportPage::A4:
        portrait = QPageSize(QPageSize::A4).size(QPageSize::Point);
        break;
    case ExportPage::Letter:
        portrait = QPageSize(QPageSize::Letter).size(QPageSize::Point);
        break;
    case ExportPage::A3:
        portrait = QPageSize(QPageSize::A3).size(QPageSize::Point);
        break;
    case ExportPage::Slide:
        portrait = QSizeF(540, 960); // a 16:9 slide, 13.333 × 7.5 in
        break;
    }
    return orientation == PageOrientation::Portrait ? portrait : portrait.transposed();
}

} // namespace kdd
