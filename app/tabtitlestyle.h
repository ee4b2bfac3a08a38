#pragma once

#include <QObject>

namespace kdd {

// Keeps the tab titles of a main window's docks whole ("Comprobaciones", not "Comprobacion…"):
// where a row of tabs is too narrow for its titles (longer in Spanish and French than in
// English) the tab bar scrolls instead. QMainWindow makes those tab bars itself, eliding, and
// again whenever docks are rearranged, so each is set as it is polished.
class TabTitleKeeper : public QObject
{
public:
    explicit TabTitleKeeper(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace kdd
