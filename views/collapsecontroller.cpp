#include "collapsecontroller.h"

#include "canvasitems.h"
#include "diagramscene.h"
#include "selection.h"

#include "model/document.h"

#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTimer>

#include <functional>

namespace kdd {
namespace {

// The "+N" pill beside a collapsed box: a child of the box's item, so it glides and dims with
// it. Outside the box's rectangle, where the canvas hands clicks to the items.
class FoldBadgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    FoldBadgeItem(NodeItem *box, int count, const Theme &theme, std::function<void()> expand)
        : QGraphicsItem(box), m_label(QStringLiteral("+%1").arg(count)), m_theme(theme),
          m_expand(std::move(expand))
    {
        m_font.setBold(true);
        m_font.setPointSizeF(9);
        const QFontMetricsF metrics(m_font);
        const QRectF boxRect = box->box().rect;
        const qreal w = metrics.horizontalAdvance(m_label) + 12;
        const qreal h = metrics.height() + 4;
        m_rect = QRectF(boxRect.right() + 4, boxRect.center().y() - h / 2, w, h);
        setCursor(Qt::PointingHandCursor);
        setToolTip(count == 1
                       ? CollapseController::tr("1 hidden box: click to expand")
                       : CollapseController::tr("%1 hidden boxes: click to expand").arg(count));
        setAcceptedMouseButtons(Qt::LeftButton);
    }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_theme.text);
        painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
        painter->setPen(m_theme.background);
        painter->setFont(m_font);
        painter->drawText(m_rect, Qt::AlignCenter, m_label);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        event->accept();
        // Expanding lays out again and replaces this badge: not from inside its own handler.
        QTimer::singleShot(0, scene(), m_expand);
    }

private:
    QString m_label;
    const Theme &m_theme;
    std::function<void()> m_expand;
    QFont m_font;
    QRectF m_rect;
};

} // namespace

CollapseController::CollapseController(DiagramScene *scene, Selection *selection, QObject *parent)
    : QObject(parent), m_scene(scene), m_selection(selection)
{
    scene->setHiddenNodes([this](const Diagram &diagram) {
        // Boxes deleted since they were collapsed are forgotten.
        m_collapsed.removeIf([&](const NodeId &id) { return !diagram.contains(id); });
        m_folding = foldBranches(diagram, m_collapsed);
        return m_folding.hidden;
    });
    connect(scene, &DiagramScene::laidOut, this, &CollapseController::placeBadges);
    connect(scene->document(), &Document::changed, this, [this](const DocumentChange &change) {
        // Another diagram (open, revert): its ids mean other boxes. The scene has laid it out
        // already with these collapsed, hence once more.
        if ((change.kinds & DocumentChange::Reset) && !m_collapsed.isEmpty())
            expandAll();
    });
    connect(selection, &Selection::changed, this, [this] { reveal(m_selection->current()); });
}

bool CollapseController::canCollapse(const NodeId &id) const
{
    return !m_collapsed.contains(id) && hasChildren(m_scene->document()->diagram(), id);
}

bool CollapseController::collapse(const NodeId &id)
{
    if (!canCollapse(id))
        return false;
    m_collapsed.insert(id);
    apply();
    // What went out of sight leaves the selection; the collapsed box is what stays selected.
    QStringList kept;
    for (const QString &s : m_selection->selected()) {
        if (!m_folding.hidden.contains(s))
            kept << s;
    }
    if (!kept.contains(id))
        kept.prepend(id);
    m_selection->select(
        kept, m_folding.hidden.contains(m_selection->current()) ? id : m_selection->current());
    return true;
}

bool CollapseController::expand(const NodeId &id)
{
    if (!m_collapsed.remove(id))
        return false;
    apply();
    return true;
}

void CollapseController::expandAll()
{
    if (m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    apply();
}

bool CollapseController::reveal(const NodeId &id)
{
    if (id.isEmpty() || !m_folding.hidden.contains(id))
        return false;
    const QSet<NodeId> above = collapsedAbove(m_scene->document()->diagram(), m_collapsed, id);
    if (above.isEmpty())
        return false;
    m_collapsed.subtract(above);
    apply();
    return true;
}

void CollapseController::apply()
{
    m_scene->relayout();
    emit foldingChanged();
}

void CollapseController::placeBadges()
{
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == FoldBadgeItem::Type)
            delete item;
    }
    for (auto it = m_folding.hiddenBelow.cbegin(); it != m_folding.hiddenBelow.cend(); ++it) {
        NodeItem *box = m_scene->itemFor(it.key());
        if (!box || it.value() <= 0)
            continue;
        const NodeId id = it.key();
        new FoldBadgeItem(box, it.value(), m_scene->theme(), [this, id] { expand(id); });
    }
}

} // namespace kdd
