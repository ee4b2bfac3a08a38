#pragma once

#include "model/node.h"

#include <QObject>

class QAction;
class QMenu;

namespace kdd {

class Document;
class Selection;

// Dot voting on the selected change ideas: Add Vote (V) and Remove Vote (Shift+V), each one
// undo step. The actions are enabled only while a change idea is selected, so that V on another
// box still starts typing its text.
class VoteActions : public QObject
{
    Q_OBJECT

public:
    VoteActions(Document *document, Selection *selection, QWidget *window);

    QAction *addVote() const { return m_add; }
    QAction *removeVote() const { return m_remove; }
    // Adds both actions to `menu` (the Edit menu, a context menu).
    void addTo(QMenu *menu) const;

    // Adds (delta 1) or removes (-1) one vote on each selected change idea.
    void vote(int delta);

private:
    void updateEnabled();

    Document *m_document;
    Selection *m_selection;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace kdd
