#pragma once

#include "exportoptions.h"
#include "preparedrawing.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace kdd {

// How large box text may be on a kind of page, in points: paper is read at arm's length, a
// slide across a room.
struct PageRules
{
    qreal minTextPoints = 7;
    qreal maxTextPoints = 9.75; // a drawing is never enlarged on paper
    qreal margin = 28;          // points around the drawing; the margin notes go there

    static PageRules paper() { return {7, 9.75, 28}; }
    static PageRules slide() { return {12, 20, 20}; }
    static PageRules forPage(ExportPage page);
};

// One part of the drawing on a page: the rectangle of the drawing it shows and where that lands.
struct PagePiece
{
    QRectF source;          // layout units
    QRectF placed;          // points on the page, the same shape as `source`
    bool withTitle = false; // the title block is drawn on the first page only

    qreal scale() const { return placed.width() / source.width(); }
};

// A note in a page's margin ("continued on page 3"); `rotation` 90 or -90 runs it along a side.
struct PageMark
{
    QString text;
    QRectF rect; // points, before rotation about its centre
    Qt::Alignment alignment = Qt::AlignLeft;
    int rotation = 0;
};

// What one page shows: pieces of the drawing and margin notes.
struct PlannedPage
{
    std::vector<PagePiece> pieces;
    std::vector<PageMark> marks;
};

// The pages a drawing is put on, in points (1/72 inch); the drawing is in layout units (1/96
// inch). One page the size of the drawing; one sheet with the drawing scaled to fit, whenever box
// text stays at least PageRules::minTextPoints; otherwise several sheets cut between boxes (never
// through one), between columns too when the diagram is too wide, each repeating the column
// headers, with "continued" marks; the measurement plan is cut between rows and repeats its
// header row. Only the rectangles of DiagramLayout are read, so any placement paginates.
class DrawingPages
{
public:
    // One page the size of the drawing (a PNG, a PDF with --page fit).
    static DrawingPages wholeDrawing(const PreparedDrawing &drawing);
    // Sheets of `paper` (points, as oriented).
    static DrawingPages onPaper(const PreparedDrawing &drawing, QSizeF paper,
                                PageRules rules = PageRules::paper());
    // The pages of an export: `orientation` Auto takes, on paper, the orientation with the
    // larger type on one page, or, when both need several, the one with fewer pages; slides
    // stay landscape.
    static DrawingPages forExport(const PreparedDrawing &drawing, ExportPage page,
                                  PageOrientation orientation);
    // That choice alone (Portrait or Landscape), for a printer's paper.
    static PageOrientation bestOrientation(const PreparedDrawing &drawing, QSizeF paper,
                                           PageRules rules);
    // The sheet in points, as oriented (Auto is landscape); empty for ExportPage::Fit.
    static QSizeF paperSize(ExportPage page,
                            PageOrientation orientation = PageOrientation::Landscape);

    int count() const { return static_cast<int>(m_pages.size()); }
    QSizeF pageSize() const { return m_page; }
    // Points per layout unit for the diagram's boxes.
    qreal scale() const { return m_scale; }
    // The size of box text on the pages, in points.
    qreal boxTextPoints() const { return m_scale * m_boxTextPixels; }
    const PlannedPage &page(int index) const { return m_pages[static_cast<std::size_t>(index)]; }
    // For drawing pages inside a longer document (a charter): the margin notes name the
    // document's pages, the drawing's first page being `first` of `total`.
    void numberFrom(int first, int total);
    // For a document whose page numbers are not known here (a Word charter flows): the notes
    // name parts of the drawing instead ("part 2 of 3", "continued in part 3").
    void numberAsParts();

private:
    QSizeF m_page;
    qreal m_scale = 1;
    qreal m_boxTextPixels = 13;
    std::vector<PlannedPage> m_pages;
};

} // namespace kdd
