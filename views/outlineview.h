#pragma once

#include "entrycontroller.h"

#include "model/documentchange.h"
#include "model/node.h"

#include <QHash>
#include <QSet>
#include <QTreeWidget>

#include <vector>

namespace kdd {

class Document;
class Selection;

// The diagram as a tree — aims, then the boxes each links to, column by column — for typing a
// diagram as an outline with the same keys as the canvas (EntryController). Each box appears in
// full under the parent the canvas draws it under (its home parent), siblings in the canvas's
// order, and as a shared reference (↪, in italics) under its other parents; a context menu
// changes the home parent. Rows live across changes: a text or status change updates its rows (id →
// items), and a change of the tree moves, adds and removes only the rows that differ, so expansion,
// selection and an editor elsewhere in the tree are kept.
class OutlineView : public QTreeWidget
{
    Q_OBJECT

public:
    // With its own entry controller, or sharing `entry` with the canvas.
    OutlineView(Document *document, Selection *selection, EntryController *entry = nullptr,
                QWidget *parent = nullptr);

    // The first (full) item of a box, or nullptr.
    QTreeWidgetItem *itemFor(const NodeId &id) const;
    // Starts editing the box's text in the tree.
    void editNode(const NodeId &id);
    // Applies the text being typed in the tree now (before saving or closing).
    void commitPendingEdit();
    // How many rows were created since the view was made (tests read it to see that a change
    // touched only the rows it concerns).
    int rowsCreated() const { return m_rowsCreated; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // One row of the tree the diagram should show.
    struct Row
    {
        NodeId id;
        bool shared = false;
        std::vector<Row> children;
    };
    // By node index: the parent each box is shown in full under (-1 for none), the boxes shown
    // in full under it, and those it links to that are shown in full elsewhere.
    struct Parents
    {
        std::vector<int> parent;
        std::vector<std::vector<int>> children;
        std::vector<std::vector<NodeId>> references;
    };
    std::vector<Row> desiredRows() const;
    void addSubtree(std::vector<Row> &rows, int index, const Parents &parents, QSet<NodeId> &shown,
                    int depth) const;
    void documentChanged(const DocumentChange &change);
    // Makes the children of `parent` match `rows`, reusing items by (id, shared).
    void reconcile(QTreeWidgetItem *parent, const std::vector<Row> &rows);
    void updateTree();
    void updateRow(QTreeWidgetItem *item) const;
    void indexRows();
    void showSelection();
    void runCommand(EntryController::Command command, bool fromEditor);

    Document *m_document;
    Selection *m_selection;
    EntryController *m_entry;
    bool m_updating = false;
    QHash<NodeId, QList<QTreeWidgetItem *>> m_rows; // every row of a box, the full one first
    QSet<NodeId> m_collapsed;                       // boxes whose full row the user collapsed
    int m_rowsCreated = 0;
};

} // namespace kdd
