#pragma once

#include "diagram.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace kdd {

// One open diagram: its Diagram value, the undo stack of the edits made to it, the file it came
// from and whether it has unsaved changes. Every change goes through an undo command, which calls
// the mutators below; they emit changed() so that views can follow.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Diagram diagram, QObject *parent = nullptr);

    const Diagram &diagram() const { return m_diagram; }
    QUndoStack *undoStack() { return &m_undoStack; }

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

    // Mutators for undo commands. Each returns false (changing nothing) if the Diagram refuses.
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
    void setTitle(const QString &title);
    void setMetadata(const Metadata &meta);
    void setLayoutSettings(const LayoutSettings &settings);
    void setRevisions(std::vector<Revision> revisions);
    void setDocumentInfo(const QString &title, const Metadata &meta, const ColumnTitles &columns);
    // Replaces the order of the node list (a permutation of the current ids).
    bool setNodeOrder(const std::vector<NodeId> &order);

signals:
    // Emitted after every change of the diagram (edit, undo, redo, reset).
    void changed();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    bool changedIf(bool ok);

    Diagram m_diagram;
    QUndoStack m_undoStack;
    QString m_filePath;
};

} // namespace kdd
