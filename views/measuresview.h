#pragma once

#include "model/measure.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace kdd {

class Document;
class Selection;

// The measurement plan: one row per measure (name, type, numerator, denominator, source,
// target, stratified by, attached boxes), edited in place. Measures are added by type, attached
// to or detached from the selected boxes, stratified from the standard dimensions or custom
// ones, and dragged onto a box on the canvas to attach them. Every change is an undo command.
class MeasuresView : public QWidget
{
    Q_OBJECT

public:
    MeasuresView(Document *document, Selection *selection, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The measure of the current row, or empty.
    MeasureId currentMeasure() const;
    void selectMeasure(const MeasureId &id);

    // The MIME type of a measure dragged onto the canvas (its id as UTF-8).
    static QString measureMimeType();

    // A new measure of `type` on the selected boxes, its name open for typing.
    void addMeasure(MeasureType type);
    // The Stratify menu, for the keyboard (it blocks until the menu closes).
    void popupStratifyMenu();
    void attachToSelection(bool attach);
    void toggleStratification(const QString &dimension);

signals:
    // The user chose another measure in the table (not emitted while the table refreshes).
    void currentMeasureChanged(const MeasureId &id);

private:
    // Opens the name of the current measure for typing (after "+ Outcome" and the like).
    void editCurrentName();
    void refresh();
    void applyRow(int row);

    Document *m_document;
    Selection *m_selection;
    QTableWidget *m_table;
    QToolButton *m_stratify;
    bool m_refreshing = false;
};

} // namespace kdd
