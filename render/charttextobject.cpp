#include "charttextobject.h"

#include "chartpainter.h"
#include "qpaintertarget.h"
#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace kdd {
namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndex = QTextFormat::UserProperty + 1;
constexpr int ChartSize = QTextFormat::UserProperty + 2; // points

} // namespace

void ChartTextObjects::registerWith(QTextDocument &document)
{
    document.documentLayout()->registerHandler(ChartObjectType, this);
}

qreal ChartTextObjects::heightFor(const MeasureChart &chart, qreal width)
{
    const QSizeF pixels = reportChartSize(chart);
    return width * pixels.height() / pixels.width();
}

qreal ChartTextObjects::insert(QTextCursor &cursor, MeasureChart chart, qreal width)
{
    const qreal height = heightFor(chart, width);
    QTextCharFormat format;
    format.setObjectType(ChartObjectType);
    format.setProperty(ChartIndex, int(m_charts.size()));
    format.setProperty(ChartSize, QSizeF(width, height));
    m_charts.push_back(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return height;
}

QSizeF ChartTextObjects::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSize).toSizeF();
}

void ChartTextObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                  const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index < 0 || index >= int(m_charts.size()))
        return;
    const MeasureChart &chart = m_charts[size_t(index)];
    // Drawn at the size the other documents' pictures have, then scaled: the same words wrap
    // at the same places in every format.
    const QSizeF pixels = reportChartSize(chart);
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / pixels.width(), rect.height() / pixels.height());
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), pixels), m_theme.background);
    QPainterTarget target(*painter);
    ChartPainter(m_theme).paint(chart, pixels, target);
    painter->restore();
}

} // namespace kdd
