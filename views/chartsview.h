#pragma once

#include "model/measurecharts.h"

#include <QPixmap>
#include <QWidget>

#include <functional>

class QComboBox;
class QPainter;
class QLabel;
class QPushButton;

namespace kdd {

class Document;
class Selection;

// Paints one MeasureChart with the ChartPainter, the same drawing as `keydriver chart` writes.
class ChartCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    void setChart(const MeasureChart &chart);
    const MeasureChart &chart() const { return m_chart; }
    QSize sizeHint() const override { return {480, 300}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintChart(QPainter &painter) const;

    MeasureChart m_chart;
    // The chart as last drawn at this size and scale: an expose, a tooltip or a window moved
    // over the dock copies it instead of drawing thousands of points again.
    QPixmap m_picture;
};

// The Charts dock: the run or control chart of the measure chosen in it — the one selected in
// the Measures dock, or the first measure of the selected box — with its chart type and view
// (whole population, by stratum, gaps), redrawn when the measure or the PDSA cycles on its line
// of sight change, and exported as SVG, PDF, PNG or CSV.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    ChartsView(Document *document, Selection *selection, QWidget *parent = nullptr);

    // The measure shown (empty when the diagram has none).
    MeasureId measure() const { return m_measure; }
    void showMeasure(const MeasureId &id);
    const MeasureChart &chart() const { return m_canvas->chart(); }
    QComboBox *measureBox() const { return m_measureBox; }
    QComboBox *typeBox() const { return m_typeBox; }
    QComboBox *viewBox() const { return m_viewBox; }

    // Writes the chart to `path` (its suffix names the format); false with `error` on failure.
    bool exportTo(const QString &path, QString *error) const;
    // Asks for the file Export Chart… writes (a save dialog); tests replace it.
    static std::function<QString(QWidget *parent, const QString &suggested)> chooseExportPath;

private:
    void refillMeasures();
    void followSelection();
    void redraw();
    void exportChart();

    Document *m_document;
    Selection *m_selection;
    MeasureId m_measure;
    QComboBox *m_measureBox;
    QComboBox *m_typeBox;
    QComboBox *m_viewBox;
    QPushButton *m_export;
    ChartCanvas *m_canvas;
    bool m_filling = false;
};

} // namespace kdd
