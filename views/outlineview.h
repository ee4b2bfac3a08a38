#pragma once

#include "model/node.h"

#include <QTreeWidget>

class QUndoCommand;

namespace kdd {

class Document;
class Selection;

// The diagram as a tree — aims, then the boxes each links to, column by column — for typing a
// diagram as an outline: Enter adds a sibling, Tab a child one column to the right, Shift+Tab
// moves a box left, F2 edits, Delete removes, Alt+Up/Down reorders. A box with several parents
// appears in full under the first and as a shared reference (↪, in italics) under the others.
class OutlineView : public QTreeWidget
{
    Q_OBJECT

public:
    OutlineView(Document *document, Selection *selection, QWidget *parent = nullptr);

    // The first (full) item of a box, or nullptr.
    QTreeWidgetItem *itemFor(const NodeId &id) const;
    // Starts editing the box's text in the tree.
    void editNode(const NodeId &id);
    // Applies the text being typed in the tree now (before saving or closing).
    void commitPendingEdit();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void rebuild();
    void addSubtree(QTreeWidgetItem *parent, const NodeId &id, QSet<NodeId> &shown, int depth);
    void showSelection();
    bool handleEntryKey(QKeyEvent *event, bool fromEditor = false);
    // Escape while typing into a box just made by Enter or Tab takes the box back.
    void cancelNewNode();

    Document *m_document;
    Selection *m_selection;
    bool m_rebuilding = false;
    NodeId m_newNode;                              // made by the last Enter/Tab here
    NodeId m_newNodeOrigin;                        // the box it was made from
    const QUndoCommand *m_newNodeCommand = nullptr; // the step that made it
};

} // namespace kdd
