#pragma once

#include "model/kinds.h"

#include <QObject>

class QMenu;

namespace kdd {

class MainWindow;

// Keyboard paths for what a workshop sets right after typing a box: the status of the selected
// change ideas (Alt+1…4), a new measure on the selected boxes (Ctrl+Alt+O/P/B, its name open for
// typing) and the current measure's stratification (Ctrl+Alt+S), so a coach never reaches for the
// mouse or tabs through the inspector while the room talks.
class QuickActions : public QObject
{
    Q_OBJECT

public:
    explicit QuickActions(MainWindow *window);

    // Adds the Status and Measure submenus (with their shortcuts) to `menu`.
    void populate(QMenu *menu);

    // Sets `status` on every selected change idea: one undo step. Returns how many changed.
    int setStatus(ChangeStatus status);
    void addMeasure(MeasureType type);
    void stratifyCurrentMeasure();

private:
    MainWindow *m_window;
};

} // namespace kdd
