#include "canvasaccessible.h"

#include "canvasitems.h"
#include "collapsecontroller.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "selection.h"
#include "sparklinetext.h"

#include "model/document.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTimer>

#include <algorithm>

namespace kdd {
namespace {

// The canvas's boxes are list items: Orca reads a list item's name, description, selected and
// expanded states and its place ("3 of 40") as the arrow keys move, which is what a reader of a
// diagram needs. A tree item would promise a strict hierarchy (one parent each, a level) that a
// diagram whose boxes may have several drivers does not have; the links are given as relations
// instead (Controller: a box that drives this one; Controlled: a box this one drives).
constexpr QAccessible::Role BoxRole = QAccessible::ListItem;
constexpr QAccessible::Role CanvasRole = QAccessible::List;

// One box on the canvas, as assistive technology sees it. It holds the box's id only and reads
// the document, the scene and the selection each time it is asked, so it is never out of date.
class BoxAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(kdd::CanvasAccessibility)

public:
    BoxAccessible(CanvasAccessibility *owner, const NodeId &id) : m_owner(owner), m_id(id) {}

    const NodeId &id() const { return m_id; }
    bool isValid() const override { return node() && item(); }
    // No QObject of its own: the cache would otherwise take it for the view's interface.
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_owner ? m_owner->view()->window()->windowHandle() : nullptr;
    }

    QAccessibleInterface *parent() const override
    {
        return m_owner ? QAccessible::queryAccessibleInterface(m_owner->view()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const Node *n = node();
        if (!n)
            return {};
        switch (t) {
        case QAccessible::Name:
            return n->text;
        case QAccessible::Description:
            return description(*n);
        case QAccessible::Help:
            return tr("Arrow keys move between boxes, Enter adds a box below, Tab a box to the "
                      "right, F2 edits the text, Ctrl+L links to another box.");
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        NodeItem *i = item();
        if (!i)
            return {};
        DiagramView *view = m_owner->view();
        // The item's position is an offset while it glides to its place after a layout.
        const QRectF scene = i->box().rect.translated(i->pos());
        const QRect local = view->mapFromScene(scene).boundingRect();
        return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override { return BoxRole; }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const NodeItem *i = item();
        if (!i || !node()) {
            s.invalid = true;
            return s;
        }
        DiagramView *view = m_owner->view();
        const Selection *selection = view->diagramScene()->selection();
        s.selectable = true;
        s.focusable = true;
        s.selected = selection->isSelected(m_id);
        s.focused = selection->current() == m_id && view->hasFocus() && !view->isEditing();
        s.active = selection->current() == m_id;
        const QRect local = view->mapFromScene(i->box().rect).boundingRect();
        s.offscreen = !view->viewport()->rect().intersects(local);
        if (const CollapseController *folds = m_owner->folds()) {
            if (folds->isCollapsed(m_id)) {
                s.expandable = true;
                s.collapsed = true;
            } else if (folds->canCollapse(m_id)) {
                s.expandable = true;
                s.expanded = true;
            }
        }
        return s;
    }

    QList<QPair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation match) const override
    {
        QList<QPair<QAccessibleInterface *, QAccessible::Relation>> found;
        if (!m_owner || !node())
            return found;
        const Diagram &diagram = m_owner->view()->diagramScene()->document()->diagram();
        for (const Link &link : diagram.links()) {
            // The pair names the other box's relation to this one.
            NodeId other;
            QAccessible::Relation relation;
            if (link.to == m_id) {
                other = link.from;
                relation = QAccessible::Controller; // it drives this box
            } else if (link.from == m_id) {
                other = link.to;
                relation = QAccessible::Controlled; // this box drives it
            } else {
                continue;
            }
            if (!(match & relation))
                continue;
            if (QAccessibleInterface *iface = m_owner->boxInterface(other))
                found.append({iface, relation});
        }
        return found;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                 ? static_cast<QAccessibleActionInterface *>(this)
                 : nullptr;
    }

    QStringList actionNames() const override
    {
        QStringList names{setFocusAction()};
        if (state().expandable)
            names << toggleAction();
        return names;
    }
    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        DiagramView *view = m_owner->view();
        if (name == setFocusAction()) {
            view->diagramScene()->selection()->selectOne(m_id);
            view->setFocus(Qt::OtherFocusReason);
        } else if (name == toggleAction()) {
            if (CollapseController *folds = m_owner->folds()) {
                if (!folds->expand(m_id))
                    folds->collapse(m_id);
            }
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    const Node *node() const
    {
        return m_owner ? m_owner->view()->diagramScene()->document()->diagram().node(m_id)
                       : nullptr;
    }
    NodeItem *item() const
    {
        return m_owner ? m_owner->view()->diagramScene()->itemFor(m_id) : nullptr;
    }

    // Kind (and status for change ideas), then links, measures and votes: what a sighted reader
    // takes from the box's column, colour, arrows and badges. Counts follow a colon, so that no
    // "box(es)" is spoken where no translation is loaded.
    QString description(const Node &n) const
    {
        const Diagram &diagram = m_owner->view()->diagramScene()->document()->diagram();
        QStringList parts;
        if (n.isChange())
            parts << tr("%1, status: %2").arg(displayName(n), displayName(n.status));
        else
            parts << displayName(n);
        int drives = 0;
        int drivenBy = 0;
        for (const Link &link : diagram.links()) {
            drives += link.from == m_id ? 1 : 0;
            drivenBy += link.to == m_id ? 1 : 0;
        }
        if (drives > 0)
            parts << tr("drives: %1").arg(drives);
        if (drivenBy > 0)
            parts << tr("driven by: %1").arg(drivenBy);
        QStringList measures;
        for (const Measure *m : diagram.measuresOf(m_id))
            measures << tr("%1 (%2)").arg(m->name, displayName(m->type));
        if (!measures.isEmpty())
            parts << tr("measures: %1").arg(measures.join(QStringLiteral("; ")));
        if (const NodeItem *shown = item(); shown && shown->box().sparkline.isShown())
            parts << tr("latest data: %1").arg(sparklineDescription(shown->box().sparkline));
        if (n.isChange() && n.votes > 0)
            parts << tr("votes: %1").arg(n.votes);
        if (n.isChange() && !n.cycles.empty())
            parts << tr("PDSA cycles: %1").arg(n.cycles.size());
        if (const CollapseController *folds = m_owner->folds(); folds && folds->isCollapsed(m_id))
            parts << tr("collapsed, hidden boxes: %1").arg(folds->hiddenBelow(m_id));
        return parts.join(QStringLiteral(". "));
    }

    QPointer<CanvasAccessibility> m_owner;
    NodeId m_id;
};

// The canvas: a list of its boxes in reading order.
class CanvasViewAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(kdd::CanvasAccessibility)

public:
    CanvasViewAccessible(DiagramView *view, CanvasAccessibility *owner)
        : QAccessibleWidget(view, CanvasRole), m_owner(owner)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        const QString own = QAccessibleWidget::text(t);
        if (!own.isEmpty() || !m_owner)
            return own;
        if (t == QAccessible::Name)
            return tr("Diagram canvas");
        if (t == QAccessible::Description)
            return tr("boxes: %1, column by column from the aim to the change ideas")
                .arg(childCount());
        if (t == QAccessible::Help)
            return tr("Arrow keys move between boxes; Ctrl+2 goes to the outline and Ctrl+1 "
                      "back to the canvas.");
        return own;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.multiSelectable = true;
        return s;
    }

    int childCount() const override
    {
        return m_owner ? static_cast<int>(m_owner->readingOrder().size()) : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        if (!m_owner || index < 0 || index >= childCount())
            return nullptr;
        return m_owner->boxInterface(m_owner->readingOrder().at(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *box = dynamic_cast<const BoxAccessible *>(child);
        return m_owner && box ? m_owner->positionOf(box->id()) : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (!m_owner)
            return nullptr;
        DiagramView *view = m_owner->view();
        const QPoint local = view->viewport()->mapFromGlobal(QPoint(x, y));
        if (!view->viewport()->rect().contains(local))
            return nullptr;
        NodeItem *item = view->diagramScene()->nodeAt(view->mapToScene(local));
        return item ? m_owner->boxInterface(item->id()) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        if (!m_owner)
            return nullptr;
        DiagramView *view = m_owner->view();
        if (view->isEditing()) {
            if (auto *editor = view->findChild<QPlainTextEdit *>(QStringLiteral("inPlaceEditor")))
                return QAccessible::queryAccessibleInterface(editor);
        }
        if (!view->hasFocus())
            return nullptr;
        return m_owner->boxInterface(view->diagramScene()->selection()->current());
    }

private:
    QPointer<CanvasAccessibility> m_owner;
};

// Whether anyone listens: Qt's own answer, or what the last QAccessible::setActive() said (an
// update handler may listen where no platform bridge exists, e.g. offscreen).
class Listening : public QAccessible::ActivationObserver
{
public:
    Listening() { QAccessible::installActivationObserver(this); }
    void accessibilityActiveChanged(bool active) override { m_active = active; }
    bool active() const { return m_active || QAccessible::isActive(); }

private:
    bool m_active = false;
};

bool listening()
{
    // Never deleted: Qt's list of observers may be gone before static destructors run.
    static const Listening *observer = new Listening;
    return observer->active();
}

// Sends `type` for `iface`: a no-op without an interface.
void notify(QAccessibleInterface *iface, QAccessible::Event type)
{
    if (!iface)
        return;
    QAccessibleEvent event(iface, type);
    QAccessible::updateAccessibility(&event);
}

} // namespace

CanvasAccessibility::CanvasAccessibility(DiagramView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("canvasAccessibility"));
    static const bool installed = [] {
        QAccessible::installFactory(&CanvasAccessibility::create);
        return true;
    }();
    Q_UNUSED(installed);
    listening(); // starts observing QAccessible::setActive
    DiagramScene *scene = view->diagramScene();
    connect(scene, &DiagramScene::laidOut, this, &CanvasAccessibility::laidOut);
    connect(scene, &DiagramScene::layoutFailed, this, &CanvasAccessibility::laidOut);
    connect(scene->document(), &Document::changed, this, &CanvasAccessibility::documentChanged);
    connect(scene->selection(), &Selection::changed, this, &CanvasAccessibility::selectionChanged);
    view->installEventFilter(this);
    const QStringList &selected = scene->selection()->selected();
    m_selected = QSet<NodeId>(selected.begin(), selected.end());
    m_current = scene->selection()->current();
}

CanvasAccessibility::~CanvasAccessibility()
{
    for (const QAccessible::Id id : std::as_const(m_interfaces))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *CanvasAccessibility::create(const QString &className, QObject *object)
{
    if (className != QLatin1String("kdd::DiagramView"))
        return nullptr;
    auto *view = qobject_cast<DiagramView *>(object);
    auto *owner = view ? view->findChild<CanvasAccessibility *>(
                      QStringLiteral("canvasAccessibility"), Qt::FindDirectChildrenOnly)
                       : nullptr;
    return owner ? new CanvasViewAccessible(view, owner) : nullptr;
}

const QStringList &CanvasAccessibility::readingOrder() const
{
    if (m_orderValid)
        return m_order;
    const DiagramScene *scene = m_view->diagramScene();
    const Diagram &diagram = scene->document()->diagram();
    std::vector<const DiagramLayout::Box *> boxes;
    for (const DiagramLayout::Box &box : scene->diagramLayout().boxes) {
        if (diagram.contains(box.id)) // a removed box's ghost is no box to read
            boxes.push_back(&box);
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](const auto *a, const auto *b) {
        if (a->column != b->column)
            return a->column < b->column;
        if (a->rect.top() != b->rect.top())
            return a->rect.top() < b->rect.top();
        return a->rect.left() < b->rect.left();
    });
    m_order.clear();
    m_position.clear();
    for (const DiagramLayout::Box *box : boxes) {
        m_position.insert(box->id, static_cast<int>(m_order.size()));
        m_order << box->id;
    }
    m_orderValid = true;
    return m_order;
}

int CanvasAccessibility::positionOf(const NodeId &id) const
{
    readingOrder();
    return m_position.value(id, -1);
}

QAccessibleInterface *CanvasAccessibility::boxInterface(const NodeId &id)
{
    if (id.isEmpty())
        return nullptr;
    if (const auto it = m_interfaces.constFind(id); it != m_interfaces.cend())
        return QAccessible::accessibleInterface(it.value());
    if (positionOf(id) < 0)
        return nullptr;
    auto *iface = new BoxAccessible(this, id);
    m_interfaces.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

CollapseController *CanvasAccessibility::folds() const
{
    if (!m_folds && m_view->window()) {
        m_folds = m_view->window()->findChild<CollapseController *>();
        if (m_folds && !m_foldsConnected) {
            m_foldsConnected = true;
            connect(m_folds, &CollapseController::foldingChanged, this,
                    &CanvasAccessibility::foldingChanged);
        }
    }
    return m_folds;
}

void CanvasAccessibility::dropInterface(const NodeId &id)
{
    const auto it = m_interfaces.find(id);
    if (it == m_interfaces.end())
        return;
    const QAccessible::Id uniqueId = it.value();
    m_interfaces.erase(it);
    if (listening()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(uniqueId))
            notify(iface, QAccessible::ObjectDestroyed);
    }
    QAccessible::deleteAccessibleInterface(uniqueId);
}

void CanvasAccessibility::laidOut()
{
    const QStringList before = m_orderValid ? m_order : QStringList();
    m_orderValid = false;
    // Boxes that left the canvas (deleted, or hidden in a collapsed branch) lose their interface.
    for (const NodeId &id : m_interfaces.keys()) {
        if (positionOf(id) < 0)
            dropInterface(id);
    }
    if (!listening() || readingOrder() == before)
        return;
    const QSet<NodeId> old(before.begin(), before.end());
    for (const NodeId &id : readingOrder()) {
        if (!old.contains(id))
            notify(boxInterface(id), QAccessible::ObjectCreated);
    }
    notify(QAccessible::queryAccessibleInterface(m_view), QAccessible::ObjectReorder);
}

void CanvasAccessibility::documentChanged(const DocumentChange &change)
{
    if (!listening())
        return;
    if (change.has(DocumentChange::NodesChanged)) {
        for (const NodeId &id : change.nodes) {
            QAccessibleInterface *iface = boxInterface(id);
            notify(iface, QAccessible::NameChanged);
            notify(iface, QAccessible::DescriptionChanged);
        }
    }
    // Links and measures change what the descriptions say of the boxes they concern.
    QSet<NodeId> described;
    for (const auto &[from, to] : change.links)
        described << from << to;
    if (change.has(DocumentChange::Measures)) {
        const Diagram &diagram = m_view->diagramScene()->document()->diagram();
        for (const MeasureId &id : change.measures) {
            if (const Measure *m = diagram.measure(id))
                described.unite(QSet<NodeId>(m->nodes.begin(), m->nodes.end()));
        }
    }
    for (const NodeId &id : std::as_const(described)) {
        if (!change.nodes.contains(id))
            notify(boxInterface(id), QAccessible::DescriptionChanged);
    }
}

void CanvasAccessibility::selectionChanged()
{
    const Selection *selection = m_view->diagramScene()->selection();
    const QSet<NodeId> selected(selection->selected().begin(), selection->selected().end());
    const NodeId current = selection->current();
    const QSet<NodeId> before = std::exchange(m_selected, selected);
    const bool moved = std::exchange(m_current, current) != current;
    if (!listening())
        return;
    const auto tell = [this](const NodeId &id, bool on) {
        QAccessibleInterface *iface = boxInterface(id);
        if (!iface)
            return;
        QAccessible::State changed;
        changed.selected = true;
        QAccessibleStateChangeEvent state(iface, changed);
        QAccessible::updateAccessibility(&state);
        notify(iface, on ? QAccessible::SelectionAdd : QAccessible::SelectionRemove);
    };
    for (const NodeId &id : before - selected)
        tell(id, false);
    for (const NodeId &id : selected - before)
        tell(id, true);
    if (moved)
        announceCurrent();
}

void CanvasAccessibility::foldingChanged()
{
    if (!listening())
        return;
    for (auto it = m_interfaces.cbegin(); it != m_interfaces.cend(); ++it) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(it.value())) {
            QAccessible::State changed;
            changed.expanded = true;
            changed.collapsed = true;
            QAccessibleStateChangeEvent state(iface, changed);
            QAccessible::updateAccessibility(&state);
        }
    }
}

void CanvasAccessibility::announceCurrent()
{
    // Only the widget with the keyboard may claim the focus: a box selected from the outline or
    // the find field is told as a selection, not as a focus move.
    if (!listening() || !m_view->hasFocus() || m_view->isEditing())
        return;
    notify(boxInterface(m_current), QAccessible::Focus);
}

bool CanvasAccessibility::eventFilter(QObject *watched, QEvent *event)
{
    // Qt announces the canvas itself as it takes the keyboard; the current box follows, so a
    // screen reader says which box the keys now act on.
    if (watched == m_view && event->type() == QEvent::FocusIn && listening())
        QTimer::singleShot(0, this, &CanvasAccessibility::announceCurrent);
    return QObject::eventFilter(watched, event);
}

} // namespace kdd
