#include "outlineview.h"

#include "selection.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/undocommands.h"

#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSet>

namespace kdd {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SharedRole = Qt::UserRole + 1;

QString kindLabel(const Node &n)
{
    switch (n.kind) {
    case NodeKind::Aim:
        return n.role == AimRole::Global ? OutlineView::tr("Global aim") : OutlineView::tr("Aim");
    case NodeKind::Driver:
        return n.level == 1 ? OutlineView::tr("Primary driver")
            : n.level == 2  ? OutlineView::tr("Secondary driver")
                            : OutlineView::tr("Tertiary driver");
    case NodeKind::Change:
        return OutlineView::tr("Change idea");
    }
    return {};
}

} // namespace

OutlineView::OutlineView(Document *document, Selection *selection, QWidget *parent)
    : QTreeWidget(parent), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("outline"));
    setColumnCount(1);
    setHeaderHidden(true);
    setIndentation(14);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setWordWrap(true);
    connect(document, &Document::changed, this, &OutlineView::rebuild);
    connect(selection, &Selection::changed, this, &OutlineView::showSelection);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_rebuilding || column != 0 || item->data(0, SharedRole).toBool())
            return;
        // Applied after the item view has finished with its editor: the edit rebuilds the tree.
        const NodeId id = item->data(0, IdRole).toString();
        const QString text = item->text(0);
        QMetaObject::invokeMethod(this, [this, id, text] { edit::setText(*m_document, id, text); },
                                  Qt::QueuedConnection);
    });
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_rebuilding)
            return;
        QStringList ids;
        for (QTreeWidgetItem *item : selectedItems()) {
            const QString id = item->data(0, IdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
        const QString current = currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
        m_selection->select(ids, current);
    });
    rebuild();
}

QTreeWidgetItem *OutlineView::itemFor(const NodeId &id) const
{
    for (QTreeWidgetItemIterator it(const_cast<OutlineView *>(this)); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id && !(*it)->data(0, SharedRole).toBool())
            return *it;
    }
    return nullptr;
}

void OutlineView::editNode(const NodeId &id)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        setCurrentItem(item);
        scrollToItem(item);
        editItem(item, 0);
    }
}

void OutlineView::commitPendingEdit()
{
    if (state() != EditingState || !currentItem())
        return;
    const NodeId id = currentItem()->data(0, IdRole).toString();
    if (auto *editor = qobject_cast<QLineEdit *>(indexWidget(currentIndex()))) {
        edit::setText(*m_document, id, editor->text());
        return;
    }
    // The default delegate's editor is not an index widget: find it among our children.
    for (QLineEdit *editor : viewport()->findChildren<QLineEdit *>()) {
        if (editor->isVisible()) {
            edit::setText(*m_document, id, editor->text());
            return;
        }
    }
}

void OutlineView::addSubtree(QTreeWidgetItem *parent, const NodeId &id, QSet<NodeId> &shown, int depth)
{
    const Diagram &d = m_document->diagram();
    const Node *node = d.node(id);
    if (!node)
        return;
    const bool shared = shown.contains(id);
    auto *item = new QTreeWidgetItem(parent);
    item->setData(0, IdRole, id);
    item->setData(0, SharedRole, shared);
    item->setText(0, shared ? QStringLiteral("↪ ") + node->text : node->text);
    QString kind = kindLabel(*node);
    if (node->isChange() && node->status != ChangeStatus::Idea) {
        kind += QStringLiteral(" · ") + toString(node->status);
        item->setForeground(0, node->status == ChangeStatus::Testing ? QColor(0x2e, 0x7d, 0x32) : QColor(0x60, 0x60, 0x60));
    }
    if (node->isAim() || (node->isDriver() && node->level == 1)) {
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
    }
    item->setToolTip(0, kind + QStringLiteral("\n") + node->text);
    if (shared) {
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
        item->setToolTip(0, kind + QStringLiteral("\n") + tr("Also linked here; edit it where it appears in full."));
        return;
    }
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    shown.insert(id);
    if (depth > 8)
        return; // links only run rightwards, so a real diagram is at most 5 deep
    for (const Link &l : d.links()) {
        if (l.from == id)
            addSubtree(item, l.to, shown, depth + 1);
    }
}

void OutlineView::rebuild()
{
    m_rebuilding = true;
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (!(*it)->isExpanded() && (*it)->childCount() > 0)
            collapsed.insert((*it)->data(0, IdRole).toString());
    }
    clear();
    const Diagram &d = m_document->diagram();
    QSet<NodeId> hasParent;
    for (const Link &l : d.links())
        hasParent.insert(l.to);
    QSet<NodeId> shown;
    // Aims first (top level unless a global aim links to them), then anything unreachable.
    for (const Node &n : d.nodes()) {
        if (n.isAim() && !hasParent.contains(n.id))
            addSubtree(invisibleRootItem(), n.id, shown, 0);
    }
    for (const Node &n : d.nodes()) {
        if (!shown.contains(n.id) && !hasParent.contains(n.id))
            addSubtree(invisibleRootItem(), n.id, shown, 0);
    }
    for (const Node &n : d.nodes()) {
        if (!shown.contains(n.id))
            addSubtree(invisibleRootItem(), n.id, shown, 0);
    }
    expandAll();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (collapsed.contains((*it)->data(0, IdRole).toString()))
            (*it)->setExpanded(false);
    }
    m_rebuilding = false;
    showSelection();
}

void OutlineView::showSelection()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    clearSelection();
    QTreeWidgetItem *current = nullptr;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QString id = (*it)->data(0, IdRole).toString();
        if (m_selection->isSelected(id) && !(*it)->data(0, SharedRole).toBool()) {
            (*it)->setSelected(true);
            if (id == m_selection->current())
                current = *it;
        }
    }
    if (current) {
        setCurrentItem(current, 0, QItemSelectionModel::NoUpdate);
        scrollToItem(current);
    }
    m_rebuilding = false;
}

bool OutlineView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && state() != EditingState) {
            keyPressEvent(key);
            return true;
        }
    }
    return QTreeWidget::event(event);
}

bool OutlineView::handleEntryKey(QKeyEvent *event, bool fromEditor)
{
    const NodeId id = m_selection->current();
    Document &doc = *m_document;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool backtab = event->key() == Qt::Key_Backtab
        || (event->key() == Qt::Key_Tab && (event->modifiers() & Qt::ShiftModifier));
    const bool tab = event->key() == Qt::Key_Tab && !backtab;
    if (!enter && !tab && !backtab)
        return false;
    NodeId next;
    if (id.isEmpty() && doc.diagram().nodes().empty())
        next = edit::addAim(doc);
    else if (id.isEmpty())
        return true;
    else if (enter)
        next = edit::addSibling(doc, id);
    else if (tab)
        next = edit::addChild(doc, id);
    else
        next = edit::moveLeft(doc, id);
    if (next.isEmpty())
        return true;
    m_selection->selectOne(next);
    if (!backtab) {
        m_newNode = next;
        m_newNodeOrigin = id;
        const QUndoStack *stack = doc.undoStack();
        m_newNodeCommand = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    }
    // As on the canvas: Shift+Tab while typing goes on typing in the moved box.
    if (!backtab || fromEditor)
        editNode(next);
    return true;
}

void OutlineView::cancelNewNode()
{
    const Node *node = m_document->diagram().node(m_newNode);
    QUndoStack *stack = m_document->undoStack();
    auto *last = stack->index() > 0 ? const_cast<QUndoCommand *>(stack->command(stack->index() - 1)) : nullptr;
    auto *add = dynamic_cast<AddNodeCommand *>(last);
    if (!node || !node->text.isEmpty() || !add || last != m_newNodeCommand)
        return;
    add->discardOnUndo();
    stack->undo();
    m_selection->selectOne(m_newNodeOrigin);
    m_newNode.clear();
}

void OutlineView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    // Enter, Tab and Shift+Tab while typing go on to the next box, as in the canvas. Queued
    // after the text commit, which is queued too.
    int key = 0;
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        key = Qt::Key_Return;
    else if (hint == QAbstractItemDelegate::EditNextItem)
        key = Qt::Key_Tab;
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        key = Qt::Key_Backtab;
    if (key != 0) {
        QMetaObject::invokeMethod(this, [this, key] {
            QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
            handleEntryKey(&event, true);
        }, Qt::QueuedConnection);
    } else if (hint == QAbstractItemDelegate::RevertModelCache) {
        QMetaObject::invokeMethod(this, [this] { cancelNewNode(); }, Qt::QueuedConnection);
    }
}

void OutlineView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && handleEntryKey(event))
        return;
    const NodeId id = m_selection->current();
    if (event->key() == Qt::Key_Delete && !m_selection->selected().isEmpty()) {
        const QStringList ids = m_selection->selected();
        m_selection->selectOne(edit::removeNodes(*m_document, {ids.begin(), ids.end()}));
        return;
    }
    if ((event->modifiers() & Qt::AltModifier) && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        && !id.isEmpty()) {
        edit::moveWithinColumn(*m_document, id, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace kdd
