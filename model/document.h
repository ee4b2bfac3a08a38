#pragma once

#include "diagram.h"
#include "documentchange.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace kdd {

class Document;

// The only code that changes a Document's diagram. Only undo commands (DocumentCommand) can
// reach it, so every change is an undo step; each call records what it changed for the
// document's next notification. Each returns false, changing nothing, if the Diagram refuses.
class DocumentMutators
{
public:
    DocumentMutators(const DocumentMutators &) = delete;
    DocumentMutators &operator=(const DocumentMutators &) = delete;

    bool insertNode(const Node &node, int index);
    bool updateNode(const Node &node);
    bool removeNode(const NodeId &id);
    bool moveNode(const NodeId &id, int index);
    bool addLink(const Link &link, int index = -1);
    bool removeLink(const NodeId &from, const NodeId &to);
    bool setLinkStrength(const NodeId &from, const NodeId &to, LinkStrength strength);
    bool insertMeasure(const Measure &measure, int index);
    bool updateMeasure(const Measure &measure);
    bool removeMeasure(const MeasureId &id);
    void setLayoutSettings(const LayoutSettings &settings);
    bool insertParkedIdea(const ParkedIdea &idea, int index);
    bool updateParkedIdea(const ParkedIdea &idea);
    bool removeParkedIdea(const ParkedIdeaId &id);
    void setRevisions(std::vector<Revision> revisions);
    void setDocumentInfo(const QString &title, const Metadata &meta, const ColumnTitles &columns);
    // Replaces the order of the node list; fails unless `order` is a permutation of the ids.
    bool setNodeOrder(const std::vector<NodeId> &order);
    // Replaces the order of the link list, given as (from, to) pairs; fails unless `order` is a
    // permutation of the links. The first link into a box decides its home parent.
    bool setLinkOrder(const std::vector<std::pair<NodeId, NodeId>> &order);

private:
    friend class Document;
    explicit DocumentMutators(Document &document) : m_document(document) {}

    Document &m_document;
};

// One open diagram: its Diagram value, the undo stack of the edits made to it, the file it came
// from and whether it has unsaved changes.
//
// Change flow: an edit function (kdd::edit) pushes one undo command with push(); the command
// calls the private mutators, which record what they change. The record is emitted as one
// changed(DocumentChange) when the step is complete: after a push, and after each undo, redo or
// jump in the history (QUndoStack::indexChanged) — however many mutators the step called.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Diagram diagram, QObject *parent = nullptr);

    const Diagram &diagram() const { return m_diagram; }
    // For undo/redo actions, the History view and the clean state. Edits enter with push().
    QUndoStack *undoStack() { return &m_undoStack; }
    // Pushes one undo step (runs it) and notifies its change once.
    void push(QUndoCommand *command);

    // Where the document is saved; empty for a new, never-saved document.
    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The name to show: the file name, or "Untitled".
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    // Replaces the whole diagram (open, revert) and forgets the undo history.
    void reset(Diagram diagram);
    // Saves to `path` atomically; on success the document is clean and `path` is its file.
    bool saveAs(const QString &path, QString *error);

signals:
    // Once per undo step (push, undo, redo, history jump) and per reset, with what changed.
    void changed(const kdd::DocumentChange &change);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class DocumentMutators;
    friend class DocumentCommand;

    // Emits the changes recorded since the last notification, if any.
    void flush();

    Diagram m_diagram;
    QUndoStack m_undoStack;
    QString m_filePath;
    DocumentChange m_pending;
    DocumentMutators m_mutators{*this};
};

} // namespace kdd
