#include "canvasitems.h"

#include "sparklinetext.h"

#include "render/qpaintertarget.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace kdd {

NodeItem::NodeItem(const DiagramLayout::Box &box, int index, const DiagramPainter &painter)
    : m_box(box), m_index(index), m_painter(painter)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(box.fullText
               + (box.notes.isEmpty() ? QString() : QStringLiteral("\n\n") + box.notes));
    setData(0, box.id);
}

void NodeItem::setBox(const DiagramLayout::Box &box, int index)
{
    prepareGeometryChange();
    m_box = box;
    m_index = index;
    setToolTip(box.fullText
               + (box.notes.isEmpty() ? QString() : QStringLiteral("\n\n") + box.notes));
    update();
}

void NodeItem::setCompare(Compare state, const QString &details)
{
    if (state == m_compare && details == m_compareDetails)
        return;
    m_compare = state;
    m_compareDetails = details;
    update();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    QString tip =
        m_box.fullText + (m_box.notes.isEmpty() ? QString() : QStringLiteral("\n\n") + m_box.notes);
    const QPointF at = event->pos(); // item coordinates are layout coordinates
    for (const DiagramLayout::Badge &badge : m_box.badges) {
        if (badge.rect.adjusted(-2, -2, 2, 2).contains(at)) {
            tip = QObject::tr("%1 measure %2: %3")
                      .arg(displayName(badge.type))
                      .arg(badge.number)
                      .arg(badge.name);
            if (!badge.definition.isEmpty())
                tip += QStringLiteral("\n") + badge.definition;
        }
    }
    const DiagramLayout::Sparkline &spark = m_box.sparkline;
    if (spark.isShown()
        && spark.rect.united(spark.moreRect.isNull() ? spark.rect : spark.moreRect)
               .adjusted(-2, -2, 2, 2)
               .contains(at))
        tip = sparklineToolTip(spark);
    if (!m_gap.isEmpty())
        tip += QStringLiteral("\n\n") + m_gap; // what the equity lens's label says, in full
    if (!m_compareDetails.isEmpty())
        tip += QStringLiteral("\n\n") + QObject::tr("Since the revision:") + QStringLiteral("\n")
             + m_compareDetails;
    if (m_box.votes > 0 && m_box.votesRect.adjusted(-2, -2, 2, 2).contains(at))
        tip = QObject::tr("%n vote(s)", nullptr, m_box.votes);
    if (m_box.cycles > 0 && m_box.cyclesRect.adjusted(-2, -2, 2, 2).contains(at))
        tip = QObject::tr("%n PDSA cycle(s)", nullptr, m_box.cycles);
    if (voteButton().adjusted(-2, -2, 2, 2).contains(at))
        tip = QObject::tr("Click: add a vote (V)\nShift+click: take one back (Shift+V)");
    setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QRectF NodeItem::voteButton() const
{
    if (m_box.kind != NodeKind::Change)
        return {};
    // Centred on the bottom edge, where it covers no text, badge or dot.
    constexpr qreal size = 14;
    return QRectF(m_box.rect.left() + 10, m_box.rect.bottom() - size / 2, size, size);
}

QRectF NodeItem::boundingRect() const { return m_box.rect.adjusted(-5, -10, 200, 12); }

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(m_box.rect);
    if (m_box.kind == NodeKind::Change)
        path.addEllipse(voteButton()); // so that the pointer over it still hovers the box
    return path;
}

void NodeItem::setGap(const QString &reason)
{
    if (reason == m_gap)
        return;
    m_gap = reason;
    update();
}

void NodeItem::setDropHighlight(int state)
{
    if (state == m_dropHighlight)
        return;
    m_dropHighlight = state;
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QPainterTarget target(*painter);
    const qreal opacity = painter->opacity();
    if (m_compare == Compare::Removed)
        painter->setOpacity(opacity * 0.35); // a ghost of what was there
    m_painter.paintBox(m_box, m_index, target);
    painter->setOpacity(opacity);
    if (m_compare != Compare::Same) {
        const QColor colour = m_compare == Compare::Added   ? QColor(0x2e, 0x7d, 0x32)
                            : m_compare == Compare::Removed ? QColor(0x55, 0x55, 0x55)
                                                            : QColor(0xe6, 0x6a, 0x00);
        QPen pen(colour, 3, m_compare == Compare::Removed ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.rect.adjusted(-2, -2, 2, 2), 5, 5);
        const QString tag = m_compare == Compare::Added   ? QObject::tr("new")
                          : m_compare == Compare::Removed ? QObject::tr("removed")
                                                          : QObject::tr("changed");
        QFont font = m_box.text.font;
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        const QRectF label(m_box.rect.right() - 62, m_box.rect.top() - 8, 60, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(label, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(label, Qt::AlignCenter, tag);
    }
    if (!m_gap.isEmpty()) {
        const QColor red(0xc6, 0x28, 0x28);
        painter->setPen(QPen(red, 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.rect.adjusted(-3, -3, 3, 3), 6, 6);
        QFont font = m_box.text.font;
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        // Kept within the box's width, so that labels of boxes side by side never run into each
        // other; the whole reason is in the box's tooltip and the Equity dock.
        const QFontMetricsF metrics(font);
        const qreal room = std::max<qreal>(40, m_box.rect.width() - 8);
        const QString text = metrics.elidedText(m_gap, Qt::ElideRight, room - 10);
        const qreal width = std::min(room, metrics.horizontalAdvance(text) + 10);
        const QRectF label(m_box.rect.left() + 4, m_box.rect.bottom() - 6, width, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(red);
        painter->drawRoundedRect(label, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(label, Qt::AlignCenter, text);
    }
    if (m_hovered && m_box.kind == NodeKind::Change) {
        // The vote button: a white dot with a plus, in the blue of the selection (something to
        // click, not part of the diagram: exports never show it).
        const QRectF r = voteButton();
        painter->setPen(QPen(QColor(0x19, 0x76, 0xd2), 1.4));
        painter->setBrush(Qt::white);
        painter->drawEllipse(r);
        const QPointF c = r.center();
        painter->drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5));
    }
    if (isSelected() || m_dropHighlight != 0) {
        const QColor colour = m_dropHighlight < 0 ? QColor(0xc6, 0x28, 0x28)
                            : m_dropHighlight > 0 ? QColor(0x2e, 0x7d, 0x32)
                                                  : QColor(0x19, 0x76, 0xd2);
        QPen pen(colour, 2.5);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.rect.adjusted(-3, -3, 3, 3), 6, 6);
    }
}

EdgeItem::EdgeItem(const DiagramLayout::Edge &edge, const DiagramPainter &painter)
    : m_edge(edge), m_painter(painter)
{
    setFlags(ItemIsSelectable);
    setZValue(-1);
}

void EdgeItem::setEdge(const DiagramLayout::Edge &edge)
{
    if (edge.points == m_edge.points && edge.strength == m_edge.strength
        && edge.shared == m_edge.shared && edge.merged == m_edge.merged)
        return;
    prepareGeometryChange();
    m_edge = edge;
    update();
}

QPainterPath EdgeItem::path() const
{
    QPainterPath p;
    if (m_edge.points.empty())
        return p;
    p.moveTo(m_edge.points[0]);
    std::size_t i = 1;
    for (; i + 2 < m_edge.points.size(); i += 3)
        p.cubicTo(m_edge.points[i], m_edge.points[i + 1], m_edge.points[i + 2]);
    return p;
}

QRectF EdgeItem::boundingRect() const { return path().boundingRect().adjusted(-8, -8, 8, 8); }

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x19, 0x76, 0xd2, 110), 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path());
    }
    QPainterTarget target(*painter);
    m_painter.paintEdge(m_edge, target);
}

DecorationItem::DecorationItem(const DiagramLayout &layout, const DiagramPainter &painter)
    : m_layout(layout), m_painter(painter), m_bounds(layout.bounds)
{
    setZValue(-2);
}

void DecorationItem::layoutChanged()
{
    prepareGeometryChange();
    m_bounds = m_layout.bounds;
    update();
}

void DecorationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QPainterTarget target(*painter);
    m_painter.paintTitleBlock(m_layout, target);
    m_painter.paintHeaders(m_layout, target);
    m_painter.paintLegend(m_layout, target);
    m_painter.paintCards(m_layout, target);
}

} // namespace kdd
