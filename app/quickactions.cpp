#include "quickactions.h"

#include "mainwindow.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "views/measuresview.h"
#include "views/selection.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace kdd {

namespace {

// Shows and raises the dock that holds `widget` (it may be tabbed behind another).
void raiseDockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

QString statusLabel(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Idea:
        return QuickActions::tr("&Idea");
    case ChangeStatus::Testing:
        return QuickActions::tr("&Testing");
    case ChangeStatus::Adopted:
        return QuickActions::tr("&Adopted");
    case ChangeStatus::Abandoned:
        return QuickActions::tr("A&bandoned");
    }
    return {};
}

} // namespace

QuickActions::QuickActions(MainWindow *window) : QObject(window), m_window(window) {}

void QuickActions::populate(QMenu *menu)
{
    QMenu *status = menu->addMenu(tr("Change Idea &Status"));
    int digit = 1;
    for (const ChangeStatus value : {ChangeStatus::Idea, ChangeStatus::Testing,
                                     ChangeStatus::Adopted, ChangeStatus::Abandoned}) {
        QAction *a =
            status->addAction(statusLabel(value), this, [this, value] { setStatus(value); });
        a->setShortcut(QKeySequence(tr("Alt+%1").arg(digit++)));
        a->setObjectName(QStringLiteral("status-") + toString(value));
    }

    QMenu *measure = menu->addMenu(tr("&Measure"));
    const std::pair<MeasureType, QString> types[] = {
        {MeasureType::Outcome, tr("Add &Outcome Measure")},
        {MeasureType::Process, tr("Add &Process Measure")},
        {MeasureType::Balancing, tr("Add &Balancing Measure")}};
    const QString keys[] = {tr("Ctrl+Alt+O"), tr("Ctrl+Alt+P"), tr("Ctrl+Alt+B")};
    int i = 0;
    for (const auto &[type, label] : types) {
        QAction *a = measure->addAction(label, this, [this, type = type] { addMeasure(type); });
        a->setShortcut(QKeySequence(keys[i++]));
    }
    measure->addAction(tr("&Stratify Current Measure…"), QKeySequence(tr("Ctrl+Alt+S")), this,
                       &QuickActions::stratifyCurrentMeasure);
}

int QuickActions::setStatus(ChangeStatus status)
{
    // The text being typed into the box is part of what the coach means to keep.
    m_window->commitPendingEdits();
    Document &doc = *m_window->document();
    std::vector<Node> changed;
    for (const NodeId &id : m_window->selection()->selected()) {
        const Node *n = doc.diagram().node(id);
        if (n && n->isChange() && n->status != status) {
            changed.push_back(*n);
            changed.back().status = status;
        }
    }
    if (changed.empty()) {
        m_window->statusBar()->showMessage(tr("Select a change idea to set its status"), 4000);
        return 0;
    }
    if (changed.size() == 1) {
        edit::setNode(doc, changed.front());
        return 1;
    }
    edit::setNodes(doc, changed,
                   tr("Status of %n boxes → %1", nullptr, int(changed.size()))
                       .arg(statusLabel(status).remove(QLatin1Char('&'))));
    return int(changed.size());
}

void QuickActions::addMeasure(MeasureType type)
{
    m_window->commitPendingEdits();
    raiseDockOf(m_window->measures());
    m_window->measures()->addMeasure(type);
}

void QuickActions::stratifyCurrentMeasure()
{
    m_window->commitPendingEdits();
    raiseDockOf(m_window->measures());
    m_window->measures()->popupStratifyMenu();
}

} // namespace kdd
