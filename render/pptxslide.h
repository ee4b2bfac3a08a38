#pragma once

#include "theme.h"

#include "layout/diagramlayout.h"
#include "model/metadata.h"
#include "model/textlanguage.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <vector>

namespace kdd {

class Diagram;

// One entry of a slide's key: a status fill or a kind of link, with its label.
struct PptxKeyItem
{
    enum class Symbol { Status, StrongLink, WeakLink };
    Symbol symbol = Symbol::Status;
    ChangeStatus status = ChangeStatus::Idea;
    QString label;
};

// What the key of a slide showing `diagram` explains, as our drawing's key does: the change
// ideas' statuses once one has moved beyond "not yet tested", and the two kinds of link when a
// weak one is drawn. Empty when there is nothing to explain.
std::vector<PptxKeyItem> pptxKey(const Diagram &diagram);

// One slide of the deck: a laid-out diagram placed on the slide, with a title, a key and a
// caption, each shape native and editable.
struct PptxSlide
{
    QString title;
    const DiagramLayout *layout = nullptr;
    Theme theme;
    LayoutSettings::Links links = LayoutSettings::Links::Brackets;
    std::vector<PptxKeyItem> key;
    QString caption;       // a line of small print at the top right; empty for none
    TextLanguage words;    // the document's language, for the words the slide adds
    QRectF source;         // the part of the layout shown (layout units)
    QPointF origin;        // where source's top-left lands on the slide (EMU)
    double emuPerUnit = 0; // the uniform scale
};

// Where a slide's diagram may go, in EMU: below the title, above the key if there is one.
QRectF pptxDiagramArea(bool withKey);
// The part of `layout` a slide shows: its boxes and column headers.
QRectF pptxContentRect(const DiagramLayout &layout);
// The size in points at which a slide shows text of `pixelSize` layout units at `emuPerUnit`.
double pptxPoints(double pixelSize, double emuPerUnit);

// The slide as PresentationML (ppt/slides/slideN.xml): every box a rounded rectangle named and
// filled with its text, every link a connector glued to its two boxes (connection sites of a
// roundRect: 0 top, 1 left, 2 bottom, 3 right), the column headers and the key as text boxes.
QByteArray pptxSlideXml(const PptxSlide &slide);

} // namespace kdd
