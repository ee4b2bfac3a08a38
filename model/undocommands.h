#pragma once

#include "document.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

// One class per edit, built from ids and values (never from views or "the current selection"),
// each with its undo text. Undo restores ids and order exactly.
namespace kdd {

class AddNodeCommand : public QUndoCommand
{
public:
    // Inserts `node` at `index` of the node list, with `links` (to or from it).
    AddNodeCommand(Document *document, Node node, int index, std::vector<Link> links,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // The next undo takes the box back and drops this step from the history altogether (a new
    // box whose editing was cancelled is not something to redo).
    void discardOnUndo() { m_discardOnUndo = true; }

private:
    Document *m_document;
    Node m_node;
    int m_index;
    std::vector<Link> m_links;
    bool m_discardOnUndo = false;
};

class RemoveNodesCommand : public QUndoCommand
{
public:
    RemoveNodesCommand(Document *document, const std::vector<NodeId> &ids, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<std::pair<int, Node>> m_nodes;   // original index, node; ascending
    std::vector<std::pair<int, Link>> m_links;   // original index, link; ascending
    std::vector<Measure> m_measuresBefore;       // measures that listed a removed node
};

// Replaces a node's fields (text, kind, level, status, …). Each editing session commits its
// text once, so one session is one step; separate sessions are never merged.
class SetNodeCommand : public QUndoCommand
{
public:
    SetNodeCommand(Document *document, Node before, Node after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Node m_before;
    Node m_after;
};

// Moves a node to another position of the node list (its place within its column).
class MoveNodeCommand : public QUndoCommand
{
public:
    MoveNodeCommand(Document *document, const NodeId &id, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    NodeId m_id;
    int m_from;
    int m_to;
};

class AddLinkCommand : public QUndoCommand
{
public:
    AddLinkCommand(Document *document, Link link, int index = -1, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Link m_link;
    int m_index;
};

class RemoveLinkCommand : public QUndoCommand
{
public:
    RemoveLinkCommand(Document *document, const NodeId &from, const NodeId &to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Link m_link;
    int m_index;
};

class SetLinkStrengthCommand : public QUndoCommand
{
public:
    SetLinkStrengthCommand(Document *document, const NodeId &from, const NodeId &to, LinkStrength strength,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    NodeId m_from;
    NodeId m_to;
    LinkStrength m_before;
    LinkStrength m_after;
};

// Rewrites the order of the whole node list at once (the editor's "Tidy up").
class SetNodeOrderCommand : public QUndoCommand
{
public:
    SetNodeOrderCommand(Document *document, std::vector<NodeId> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<NodeId> m_before;
    std::vector<NodeId> m_after;
};

class SetLayoutOrderCommand : public QUndoCommand
{
public:
    SetLayoutOrderCommand(Document *document, LayoutSettings::Order order, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    LayoutSettings m_before;
    LayoutSettings m_after;
};

// Replaces the document's title, metadata and column titles (Document Properties).
class SetDocumentInfoCommand : public QUndoCommand
{
public:
    struct Info
    {
        QString title;
        Metadata meta;
        ColumnTitles columns;
    };
    SetDocumentInfoCommand(Document *document, Info after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const Info &info);

    Document *m_document;
    Info m_before;
    Info m_after;
};

// Appends a dated snapshot of the diagram to meta.revisions.
class SaveRevisionCommand : public QUndoCommand
{
public:
    SaveRevisionCommand(Document *document, Revision revision, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Revision m_revision;
};

class AddMeasureCommand : public QUndoCommand
{
public:
    AddMeasureCommand(Document *document, Measure measure, int index = -1, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Measure m_measure;
    int m_index;
};

class RemoveMeasureCommand : public QUndoCommand
{
public:
    RemoveMeasureCommand(Document *document, const MeasureId &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Measure m_measure;
    int m_index;
};

// Replaces a measure's fields (name, definition, strata, attached boxes).
class SetMeasureCommand : public QUndoCommand
{
public:
    SetMeasureCommand(Document *document, Measure before, Measure after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Measure m_before;
    Measure m_after;
};

} // namespace kdd
