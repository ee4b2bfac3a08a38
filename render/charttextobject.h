#pragma once

#include "theme.h"

#include "model/measurecharts.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <vector>

class QTextCursor;
class QTextDocument;

namespace kdd {

// Measures' charts as objects inside a QTextDocument, drawn as vector by ChartPainter wherever
// the document is painted (the PDF charter's pages): a chart flows with the text like a large
// character instead of taking a page of its own.
class ChartTextObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartTextObjects(const Theme &theme) : m_theme(theme) {}

    // Lets `document` draw the charts inserted into it.
    void registerWith(QTextDocument &document);
    // Inserts `chart` at `cursor`, `width` points wide (its height keeps the drawing's shape);
    // returns the height in points.
    qreal insert(QTextCursor &cursor, MeasureChart chart, qreal width);
    // The height a chart inserted `width` points wide takes.
    static qreal heightFor(const MeasureChart &chart, qreal width);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    Theme m_theme;
    std::vector<MeasureChart> m_charts;
};

} // namespace kdd
