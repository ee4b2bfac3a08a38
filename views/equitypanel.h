#pragma once

#include "model/measuresignals.h"

#include <QTreeWidget>

namespace kdd {

class Document;
class Selection;

// The equity coverage panel: each of the seven practices with the boxes that carry it (and
// whether the document claims it), then the gaps the equity lens finds. Activating a box
// selects it on the canvas.
class EquityPanel : public QTreeWidget
{
    Q_OBJECT

public:
    EquityPanel(Document *document, Selection *selection, QWidget *parent = nullptr);

private:
    void refresh();

    Document *m_document;
    Selection *m_selection;
    MeasureSignals m_signals; // so that an edit recomputes only the measures it changed
};

} // namespace kdd
