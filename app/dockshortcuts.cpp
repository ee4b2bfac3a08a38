#include "dockshortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace kdd {
namespace {

struct DockKey
{
    const char *dock; // the dock's object name
    const char *label;
    const char *keys;
};

// Ctrl+1, 2 and 3 go to the canvas, Outline and Inspector; Ctrl+8, 9 and 0 are the zoom keys.
const DockKey DockKeys[] = {
    {"parkingLotDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Parking Lot"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+4")},
    {"measuresDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Measures"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+5")},
    {"measureDataDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Measure Data"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+Shift+M")},
    {"chartsDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Charts"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+Shift+K")},
    {"equityDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Equity"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+6")},
    {"checksDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show Checks"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+7")},
    {"pdsaDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show PDSA Cycles"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+Shift+Y")},
    {"historyDock", QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Show History"),
     QT_TRANSLATE_NOOP("kdd::DockShortcuts", "Ctrl+Shift+H")},
};

QString tr(const char *text) { return QCoreApplication::translate("kdd::DockShortcuts", text); }

} // namespace

void showDock(QDockWidget *dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
    QWidget *widget = dock->widget();
    if (!widget)
        return;
    if (widget->focusProxy() || widget->focusPolicy() != Qt::NoFocus) {
        widget->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled()) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void addDockShortcuts(QMainWindow *window, QMenu *menu)
{
    for (const DockKey &key : DockKeys) {
        QDockWidget *dock = window->findChild<QDockWidget *>(QLatin1String(key.dock));
        if (!dock)
            continue;
        QAction *a = menu->addAction(tr(key.label), window, [dock] { showDock(dock); });
        a->setShortcut(QKeySequence(tr(key.keys)));
        a->setObjectName(QStringLiteral("show-") + QLatin1String(key.dock));
    }
}

} // namespace kdd
