#include "voteactions.h"

#include "selection.h"

#include "model/document.h"
#include "model/priorityedits.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace kdd {

VoteActions::VoteActions(Document *document, Selection *selection, QWidget *window)
    : QObject(window), m_document(document), m_selection(selection)
{
    m_add = new QAction(tr("Add &Vote"), this);
    m_add->setObjectName(QStringLiteral("addVote"));
    m_add->setShortcut(QKeySequence(Qt::Key_V));
    m_add->setToolTip(tr("One more dot vote for the selected change ideas"));
    m_remove = new QAction(tr("Remove Vot&e"), this);
    m_remove->setObjectName(QStringLiteral("removeVote"));
    m_remove->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_V));
    m_remove->setToolTip(tr("Take one dot vote back from the selected change ideas"));
    // Shortcuts of the window's own actions; the actions live here so that a window can add them
    // to any menu without owning them.
    window->addAction(m_add);
    window->addAction(m_remove);
    connect(m_add, &QAction::triggered, this, [this] { vote(1); });
    connect(m_remove, &QAction::triggered, this, [this] { vote(-1); });
    connect(m_selection, &Selection::changed, this, &VoteActions::updateEnabled);
    connect(m_document, &Document::changed, this, &VoteActions::updateEnabled);
    updateEnabled();
}

void VoteActions::addTo(QMenu *menu) const
{
    menu->addAction(m_add);
    menu->addAction(m_remove);
}

void VoteActions::vote(int delta)
{
    const QStringList ids = m_selection->selected();
    edit::vote(*m_document, {ids.begin(), ids.end()}, delta);
}

void VoteActions::updateEnabled()
{
    // Remove Vote stays enabled on an idea without votes (doing nothing): disabled, its Shift+V
    // would reach the canvas and start replacing the idea's text with a "V".
    bool anyIdea = false;
    for (const NodeId &id : m_selection->selected()) {
        const Node *n = m_document->diagram().node(id);
        anyIdea = anyIdea || (n && n->isChange());
    }
    m_add->setEnabled(anyIdea);
    m_remove->setEnabled(anyIdea);
}

} // namespace kdd
