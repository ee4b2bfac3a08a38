#include "outlineview.h"

#include "entrycontroller.h"
#include "selection.h"

#include "placeundermenu.h"

#include "model/diagramtree.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/parkinglotedits.h"

#include <QApplication>
#include <QColor>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSet>

#include <optional>

namespace kdd {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SharedRole = Qt::UserRole + 1;

} // namespace

OutlineView::OutlineView(Document *document, Selection *selection, EntryController *entry,
                         QWidget *parent)
    : QTreeWidget(parent), m_document(document), m_selection(selection),
      m_entry(entry ? entry : new EntryController(document, selection, this))
{
    setObjectName(QStringLiteral("outline"));
    setColumnCount(1);
    setHeaderHidden(true);
    setIndentation(14);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setWordWrap(true);
    connect(document, &Document::changed, this, &OutlineView::documentChanged);
    connect(selection, &Selection::changed, this, &OutlineView::showSelection);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating || column != 0 || item->data(0, SharedRole).toBool())
            return;
        // Applied after the item view has finished with its editor.
        const NodeId id = item->data(0, IdRole).toString();
        const QString text = item->text(0);
        QMetaObject::invokeMethod(
            this, [this, id, text] { edit::setText(*m_document, id, text); }, Qt::QueuedConnection);
    });
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_updating)
            return;
        QStringList ids;
        for (QTreeWidgetItem *item : selectedItems()) {
            const QString id = item->data(0, IdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
        const QString current =
            currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
        m_selection->select(ids, current);
    });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (!m_updating && !item->data(0, SharedRole).toBool())
            m_collapsed.insert(item->data(0, IdRole).toString());
    });
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!m_updating)
            m_collapsed.remove(item->data(0, IdRole).toString());
    });
    updateTree();
}

QTreeWidgetItem *OutlineView::itemFor(const NodeId &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() || it->isEmpty() || it->front()->data(0, SharedRole).toBool()
             ? nullptr
             : it->front();
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

void OutlineView::addSubtree(std::vector<Row> &rows, int index, const Parents &parents,
                             QSet<NodeId> &shown, int depth) const
{
    const Diagram &d = m_document->diagram();
    Row row;
    row.id = d.nodes()[static_cast<std::size_t>(index)].id;
    row.shared = shown.contains(row.id);
    if (!row.shared) {
        shown.insert(row.id);
        if (depth <= 8) { // links only run rightwards, so a real diagram is at most 5 deep
            for (const int child : parents.children[static_cast<std::size_t>(index)])
                addSubtree(row.children, child, parents, shown, depth + 1);
            // Boxes drawn under another parent: a reference each, after its own children.
            for (const NodeId &other : parents.references[static_cast<std::size_t>(index)])
                row.children.push_back({other, true, {}});
        }
    }
    rows.push_back(std::move(row));
}

std::vector<OutlineView::Row> OutlineView::desiredRows() const
{
    const Diagram &d = m_document->diagram();
    const std::vector<Node> &nodes = d.nodes();
    // Each box in full under the parent the canvas draws it under (its home parent), siblings in
    // the canvas's order; a SMART aim under the global aim that links to it.
    const DiagramTree tree(d);
    Parents parents;
    parents.parent.resize(nodes.size());
    parents.children.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        parents.parent[i] = tree.parent(static_cast<int>(i));
    for (const Link &l : d.links()) {
        const int from = d.indexOf(l.from);
        const int to = d.indexOf(l.to);
        if (from < 0 || to < 0)
            continue;
        int &parent = parents.parent[static_cast<std::size_t>(to)];
        if (parent < 0 && nodes[static_cast<std::size_t>(to)].isAim()
            && nodes[static_cast<std::size_t>(from)].isAim())
            parent = from;
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (parents.parent[i] >= 0)
            parents.children[static_cast<std::size_t>(parents.parent[i])].push_back(
                static_cast<int>(i));
    }
    parents.references.resize(nodes.size());
    for (const Link &l : d.links()) {
        const int from = d.indexOf(l.from);
        const int to = d.indexOf(l.to);
        if (from >= 0 && to >= 0 && parents.parent[static_cast<std::size_t>(to)] != from)
            parents.references[static_cast<std::size_t>(from)].push_back(l.to);
    }
    std::vector<Row> rows;
    QSet<NodeId> shown;
    // Aims first, then boxes under no parent, then anything the depth limit left out.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].isAim() && parents.parent[i] < 0)
            addSubtree(rows, static_cast<int>(i), parents, shown, 0);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!shown.contains(nodes[i].id) && parents.parent[i] < 0)
            addSubtree(rows, static_cast<int>(i), parents, shown, 0);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!shown.contains(nodes[i].id))
            addSubtree(rows, static_cast<int>(i), parents, shown, 0);
    }
    return rows;
}

void OutlineView::updateRow(QTreeWidgetItem *item) const
{
    const Node *node = m_document->diagram().node(item->data(0, IdRole).toString());
    if (!node)
        return;
    const bool shared = item->data(0, SharedRole).toBool();
    const QString text = shared ? QStringLiteral("↪ ") + node->text : node->text;
    if (item->text(0) != text)
        item->setText(0, text);
    QString kind = displayName(*node);
    QBrush foreground;
    if (node->isChange() && node->status != ChangeStatus::Idea) {
        kind += QStringLiteral(" · ") + displayName(node->status);
        foreground = node->status == ChangeStatus::Testing ? QColor(0x2e, 0x7d, 0x32)
                                                           : QColor(0x60, 0x60, 0x60);
    }
    if (item->foreground(0) != foreground)
        item->setForeground(0, foreground);
    QFont font = item->font(0);
    font.setBold(node->isAim() || (node->isDriver() && node->level == 1));
    font.setItalic(shared);
    if (item->font(0) != font)
        item->setFont(0, font);
    const QString tip =
        kind + QStringLiteral("\n")
        + (shared ? tr("Also linked here; edit it where it appears in full.") : node->text);
    if (item->toolTip(0) != tip)
        item->setToolTip(0, tip);
    const Qt::ItemFlags flags =
        shared ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable;
    if (item->flags() != flags)
        item->setFlags(flags);
}

void OutlineView::reconcile(QTreeWidgetItem *parent, const std::vector<Row> &rows)
{
    // The rows this parent has now, by (id, shared): under one parent each appears once.
    QHash<QPair<QString, bool>, QTreeWidgetItem *> existing;
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem *child = parent->child(i);
        existing.insert({child->data(0, IdRole).toString(), child->data(0, SharedRole).toBool()},
                        child);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const int at = static_cast<int>(i);
        QTreeWidgetItem *item = existing.take({row.id, row.shared});
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, IdRole, row.id);
            item->setData(0, SharedRole, row.shared);
            parent->insertChild(at, item);
            ++m_rowsCreated;
        } else if (parent->indexOfChild(item) != at) {
            parent->removeChild(item);
            parent->insertChild(at, item);
        }
        updateRow(item);
        reconcile(item, row.children);
        const bool expanded = !row.children.empty() && !m_collapsed.contains(row.id);
        if (!row.children.empty() && item->isExpanded() != expanded)
            item->setExpanded(expanded);
    }
    for (QTreeWidgetItem *gone : std::as_const(existing))
        delete gone;
}

void OutlineView::indexRows()
{
    m_rows.clear();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QList<QTreeWidgetItem *> &rows = m_rows[(*it)->data(0, IdRole).toString()];
        if ((*it)->data(0, SharedRole).toBool())
            rows.append(*it);
        else
            rows.prepend(*it);
    }
}

void OutlineView::updateTree()
{
    m_updating = true;
    reconcile(invisibleRootItem(), desiredRows());
    indexRows();
    m_updating = false;
    showSelection();
}

void OutlineView::documentChanged(const DocumentChange &change)
{
    using C = DocumentChange;
    if (change.only(C::Measures | C::Metadata | C::Revisions | C::LayoutOptions | C::ParkingLot))
        return; // not shown here
    if (change.only(C::NodesChanged)) {
        // Texts and statuses: only the rows of those boxes.
        m_updating = true;
        for (const NodeId &id : change.nodes) {
            for (QTreeWidgetItem *item : m_rows.value(id))
                updateRow(item);
        }
        m_updating = false;
        return;
    }
    updateTree();
}

void OutlineView::showSelection()
{
    if (m_updating)
        return;
    m_updating = true;
    clearSelection();
    QTreeWidgetItem *current = nullptr;
    for (const NodeId &id : m_selection->selected()) {
        QTreeWidgetItem *item = itemFor(id);
        if (!item)
            continue;
        item->setSelected(true);
        if (id == m_selection->current())
            current = item;
    }
    if (current) {
        setCurrentItem(current, 0, QItemSelectionModel::NoUpdate);
        scrollToItem(current);
    }
    m_updating = false;
}

bool OutlineView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && state() != EditingState) {
            keyPressEvent(key);
            return true;
        }
    }
    return QTreeWidget::event(event);
}

void OutlineView::runCommand(EntryController::Command command, bool fromEditor)
{
    const EntryController::Outcome outcome = m_entry->apply(command, fromEditor);
    if (!outcome.select.isEmpty() && outcome.edit)
        editNode(outcome.select);
}

void OutlineView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const NodeId id = currentItem() ? currentItem()->data(0, IdRole).toString() : NodeId();
    const auto *line = qobject_cast<const QLineEdit *>(editor);
    const QString typed = line ? line->text() : QString();
    QTreeWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    // Enter, Tab and Shift+Tab while typing go on to the next box, as in the canvas. Queued
    // after the text commit, which is queued too.
    std::optional<EntryController::Command> command;
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        command = EntryController::Command::NewSibling;
    else if (hint == QAbstractItemDelegate::EditNextItem)
        command = EntryController::Command::NewChild;
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        command = EntryController::Command::MoveLeft;
    if (command) {
        QMetaObject::invokeMethod(
            this, [this, command] { runCommand(*command, true); }, Qt::QueuedConnection);
    } else if (hint == QAbstractItemDelegate::RevertModelCache) {
        QMetaObject::invokeMethod(
            this, [this, id, typed] { m_entry->cancelEditing(id, typed); }, Qt::QueuedConnection);
    }
}

void OutlineView::contextMenuEvent(QContextMenuEvent *event)
{
    const QTreeWidgetItem *item = itemAt(event->pos());
    if (!item)
        return;
    QMenu menu;
    const NodeId id = item->data(0, IdRole).toString();
    addPlaceUnderMenu(&menu, m_document, id);
    if (const Node *n = m_document->diagram().node(id); n && n->isChange()) {
        menu.addAction(tr("Park (move to the Parking Lot)"), this,
                       [this, id] { edit::parkNodes(*m_document, {id}); });
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void OutlineView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (const auto command = EntryController::commandFor(*event, false)) {
            if (*command == EntryController::Command::EditText) {
                // As on the canvas, F2 goes on at the end of the text rather than replacing it.
                m_entry->editingStarted(m_selection->current());
                editNode(m_selection->current());
                if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
                    editor->deselect();
                    editor->end(false);
                }
                return;
            } else {
                runCommand(*command, false);
                return;
            }
        }
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace kdd
