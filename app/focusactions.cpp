#include "focusactions.h"

#include "mainwindow.h"

#include "model/document.h"
#include "views/collapsecontroller.h"
#include "views/diagramview.h"
#include "views/findbar.h"
#include "views/selection.h"

#include <QAction>
#include <QMenu>

namespace kdd {

FocusActions::FocusActions(MainWindow *window)
    : QObject(window), m_window(window), m_find(new FindBar(window->view())),
      m_folds(new CollapseController(window->scene(), window->selection(), this))
{
    connect(m_folds, &CollapseController::foldingChanged, this, &FocusActions::updateActions);
    connect(window->selection(), &Selection::changed, this, &FocusActions::updateActions);
    connect(window->document(), &Document::changed, this, &FocusActions::updateActions);
}

void FocusActions::populateEditMenu(QMenu *menu)
{
    QAction *find = menu->addAction(tr("&Find…"), QKeySequence::Find, m_find, &FindBar::open);
    find->setObjectName(QStringLiteral("find"));
    menu->addAction(tr("Find Next"), QKeySequence(Qt::Key_F3), m_find, &FindBar::findNext);
    menu->addAction(tr("Find Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3), m_find,
                    &FindBar::findPrevious);
}

void FocusActions::populateViewMenu(QMenu *menu)
{
    const auto current = [this] { return m_window->selection()->current(); };
    m_collapse =
        menu->addAction(tr("Collapse Branch"), QKeySequence(tr("Alt+Left")), this, [this, current] {
            m_window->commitPendingEdits();
            m_folds->collapse(current());
        });
    m_collapse->setObjectName(QStringLiteral("collapseBranch"));
    m_collapse->setToolTip(tr("Hide the boxes drawn under the selected box (not an edit)"));
    m_expand = menu->addAction(tr("Expand Branch"), QKeySequence(tr("Alt+Right")), this,
                               [this, current] { m_folds->expand(current()); });
    m_expand->setObjectName(QStringLiteral("expandBranch"));
    m_expandAll = menu->addAction(tr("Expand All"), QKeySequence(tr("Alt+Shift+Right")), m_folds,
                                  &CollapseController::expandAll);
    m_expandAll->setObjectName(QStringLiteral("expandAll"));
    updateActions();
}

void FocusActions::addContextActions(QMenu *menu, const NodeId &node)
{
    if (m_folds->isCollapsed(node))
        menu->addAction(tr("Expand Branch"), this, [this, node] { m_folds->expand(node); });
    else if (m_folds->canCollapse(node))
        menu->addAction(tr("Collapse Branch"), this, [this, node] { m_folds->collapse(node); });
}

void FocusActions::updateActions()
{
    if (!m_collapse)
        return;
    const NodeId id = m_window->selection()->current();
    m_collapse->setEnabled(m_folds->canCollapse(id));
    m_expand->setEnabled(m_folds->isCollapsed(id));
    m_expandAll->setEnabled(m_folds->hasCollapsed());
}

} // namespace kdd
