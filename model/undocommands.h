#pragma once

#include "document.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

// One class per edit, built from ids and values (never from views or "the current selection"),
// each with its undo text. Undo restores ids and order exactly.
namespace kdd {

// The base of every undo command: the only way to the document's mutators. A mutator that
// refuses inside a command is a bug (the command was built for another state of the document):
// expect() asserts in debug builds; in release builds it marks the step (and its macro)
// obsolete, so that QUndoStack drops it instead of keeping a step that cannot be replayed.
class DocumentCommand : public QUndoCommand
{
protected:
    DocumentCommand(Document *document, QUndoCommand *parent);

    const Diagram &diagram() const { return m_document->diagram(); }
    DocumentMutators &mutate() { return m_document->m_mutators; }
    void expect(bool ok);

    Document *m_document;

private:
    QUndoCommand *m_parent;
};

class AddNodeCommand : public DocumentCommand
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
    const NodeId &nodeId() const { return m_node.id; }
    // A number no other AddNodeCommand of this process has: tells a step apart from a later
    // one allocated at the same address.
    quint64 serial() const { return m_serial; }

private:
    Node m_node;
    int m_index;
    std::vector<Link> m_links;
    bool m_discardOnUndo = false;
    quint64 m_serial;
};

class RemoveNodesCommand : public DocumentCommand
{
public:
    RemoveNodesCommand(Document *document, const std::vector<NodeId> &ids,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    std::vector<std::pair<int, Node>> m_nodes; // original index, node; ascending
    std::vector<std::pair<int, Link>> m_links; // original index, link; ascending
    std::vector<Measure> m_measuresBefore;     // measures that listed a removed node
};

// Replaces a node's fields (text, kind, level, status, …), named after the box and what changed
// ("Status of “Pay parent partners…” → Testing"). Each editing session commits its text once,
// so one session is one step, never merged; successive changes of one choice of one box (each
// arrow key in the inspector's Status combo) merge into one step.
class SetNodeCommand : public DocumentCommand
{
public:
    SetNodeCommand(Document *document, Node before, Node after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // The one field a step changes, or Several.
    enum class Field {
        None,
        Text,
        Notes,
        Kind,
        Role,
        Status,
        Reliability,
        Owner,
        Partners,
        Practices,
        Votes,
        Priority, // impact and effort: the idea's place in the prioritising grid
        Several
    };

private:
    void name();

    Node m_before;
    Node m_after;
    Field m_field = Field::None;
    bool m_topLevel;
};

// Moves a node to another position of the node list (its place among its siblings).
class MoveNodeCommand : public DocumentCommand
{
public:
    MoveNodeCommand(Document *document, const NodeId &id, int from, int to,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_id;
    int m_from;
    int m_to;
};

class AddLinkCommand : public DocumentCommand
{
public:
    AddLinkCommand(Document *document, Link link, int index = -1, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Link m_link;
    int m_index;
};

class RemoveLinkCommand : public DocumentCommand
{
public:
    RemoveLinkCommand(Document *document, const NodeId &from, const NodeId &to,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Link m_link;
    int m_index;
};

class SetLinkStrengthCommand : public DocumentCommand
{
public:
    SetLinkStrengthCommand(Document *document, const NodeId &from, const NodeId &to,
                           LinkStrength strength, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_from;
    NodeId m_to;
    LinkStrength m_before;
    LinkStrength m_after;
};

// Rewrites the order of the whole node list at once (the editor's "Tidy up").
class SetNodeOrderCommand : public DocumentCommand
{
public:
    // `linksAfter` (from, to pairs), when not empty, also reorders the links: the first link into
    // a box chooses the parent it is drawn under.
    SetNodeOrderCommand(Document *document, std::vector<NodeId> after,
                        std::vector<std::pair<NodeId, NodeId>> linksAfter = {},
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    std::vector<NodeId> m_before;
    std::vector<NodeId> m_after;
    std::vector<std::pair<NodeId, NodeId>> m_linksBefore;
    std::vector<std::pair<NodeId, NodeId>> m_linksAfter;
};

// Replaces the file's layout options (order, link style, how change ideas are drawn); named in
// the history after what differs.
class SetLayoutSettingsCommand : public DocumentCommand
{
public:
    SetLayoutSettingsCommand(Document *document, LayoutSettings after,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LayoutSettings m_before;
    LayoutSettings m_after;
};

// Replaces the document's title, metadata and column titles (Document Properties).
class SetDocumentInfoCommand : public DocumentCommand
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

    Info m_before;
    Info m_after;
};

// Appends a dated snapshot of the diagram to meta.revisions.
class SaveRevisionCommand : public DocumentCommand
{
public:
    SaveRevisionCommand(Document *document, Revision revision, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Revision m_revision;
};

class AddMeasureCommand : public DocumentCommand
{
public:
    AddMeasureCommand(Document *document, Measure measure, int index = -1,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Measure m_measure;
    int m_index;
};

class RemoveMeasureCommand : public DocumentCommand
{
public:
    RemoveMeasureCommand(Document *document, const MeasureId &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Measure m_measure;
    int m_index;
};

// Replaces a measure's fields (name, definition, strata, attached boxes).
class SetMeasureCommand : public DocumentCommand
{
public:
    SetMeasureCommand(Document *document, Measure before, Measure after,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Measure m_before;
    Measure m_after;
};

} // namespace kdd
