#include "tabtitlestyle.h"

#include <QChildEvent>
#include <QEvent>
#include <QTabBar>

namespace kdd {

TabTitleKeeper::TabTitleKeeper(QObject *window) : QObject(window)
{
    window->installEventFilter(this);
}

bool TabTitleKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildPolished) {
        if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kdd
