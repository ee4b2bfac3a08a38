#pragma once

#include "model/measure.h"
#include "model/measurecsv.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace kdd {

class Document;
class Selection;
class PhasesEditor;
class PointsModel;

// The Measure Data dock: the data series of one measure (the one chosen here, in the Measures
// dock, or the first measure of the selected box) as an editable table, with rows added and
// deleted, cells pasted from a spreadsheet, the measure's direction and chart type, and its
// phases. Every change is one undo step; text that is not a period or a number is refused with a
// message and leaves the document as it was.
class MeasureDataView : public QWidget
{
    Q_OBJECT

public:
    MeasureDataView(Document *document, Selection *selection, QWidget *parent = nullptr);

    MeasureId measure() const { return m_measureId; }
    void setMeasure(const MeasureId &id);

    QTableView *table() const { return m_table; }
    QComboBox *measureCombo() const { return m_measureCombo; }
    QComboBox *betterCombo() const { return m_better; }
    QComboBox *chartCombo() const { return m_chart; }
    PhasesEditor *phases() const { return m_phases; }
    // The last refusal or problem shown under the table (empty after a change that worked).
    QString message() const;

    // The table's columns for the current measure: period, dimension, stratum, then value or
    // numerator and denominator.
    std::vector<DataColumn> columns() const;

    // Cells copied from a spreadsheet, merged into the measure as one undo step; on any problem
    // nothing changes and the problems are shown. Returns whether the data changed.
    bool pasteText(const QString &text);
    // Pastes the clipboard's text.
    void paste();
    // Copies the selected cells as tab-separated text.
    void copy() const;
    // A point for the period after the last one, its number open for typing.
    void addRow();
    void deleteSelectedRows();

    // Sets the cell of `row` and `column` from the text typed; refused (false, with a message)
    // when it is not valid there.
    bool applyCell(int row, DataColumn column, const QString &text);

signals:
    // A refusal or a result worth a line in the window's status bar.
    void statusMessage(const QString &text);

private:
    const Measure *current() const;
    void refresh();
    void showMessage(const QString &text);
    void follow();
    QString undoName() const;

    Document *m_document;
    Selection *m_selection;
    MeasureId m_measureId;
    QComboBox *m_measureCombo;
    QComboBox *m_better;
    QComboBox *m_chart;
    QTableView *m_table;
    PointsModel *m_model;
    PhasesEditor *m_phases;
    QLabel *m_message;
    bool m_refreshing = false;
};

} // namespace kdd
