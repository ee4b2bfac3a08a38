#pragma once

#include "docxparts.h"

#include "model/reportdocument.h"

#include <QSizeF>
#include <QXmlStreamWriter>

#include <vector>

// Where things go on a Word page (docxexporter.cpp writes the rest of the body).
namespace kdd::docx {

constexpr qint64 EmuPerTwip = 635; // DrawingML measures in EMU: 914400 an inch, 1440 twips

// The diagram's picture as placed on the page: its size in twips and its section's paper.
struct PicturePlacement
{
    bool landscape = false;
    qint64 width = 0;
    qint64 height = 0;
};

// The diagram, `points` large, as large as the text area allows (up to 1.5 times its natural
// size) with its proportions kept: on `page` as it is, or turned to landscape when the diagram
// would shrink upright and that makes its text clearly larger.
PicturePlacement placePicture(const PageGeometry &page, QSizeF points);

// The margin of the sections that hold the diagram's pages, in twips: narrow, as each page
// picture carries its own margin for the "continued" notes.
constexpr int DiagramPageMargin = 567; // 1 cm

// Where the diagram goes on pages of its own: the area each page picture may fill (points,
// portrait) when the single picture of `points`, whose box text is `textPoints` at that size,
// would set that text below PageRules::paper().minTextPoints on `page`; else an empty size.
QSizeF diagramPageArea(const PageGeometry &page, QSizeF points, qreal textPoints);

// Whether `table` needs a landscape page: many columns, or words too long for `page` upright.
bool wantsLandscape(const ReportBlock &table, const PageGeometry &page);

// The widths of a table's columns: in proportion to their longest line (within bounds, so a
// long definition does not starve a one-word column) but never narrower than their longest
// word, summing to `total`.
std::vector<int> columnWidths(const ReportBlock &table, int total);

// About how tall a table row of `cells` in columns of `widths` twips is, in twips.
int estimatedRowHeight(const QStringList &cells, const std::vector<int> &widths);

// A wp:inline picture `cx` × `cy` EMU showing picture `number`'s PNG, with its SVG in Office
// 2016's SVG extension of a:blip, for readers that draw vectors; `description` is its alt text.
void writeInlinePicture(QXmlStreamWriter &xml, qint64 cx, qint64 cy, const QString &description,
                        int number = 0);

} // namespace kdd::docx
