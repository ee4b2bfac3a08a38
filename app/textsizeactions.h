#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace kdd {

class Document;
class MainWindow;

// View ▸ Text Size: makes the document's text larger or smaller, or back to the size new
// diagrams get. The size is the document's own (it is saved with it and used by every export),
// so each change is one undoable step; the menu shows the current size.
class TextSizeActions : public QObject
{
    Q_OBJECT

public:
    explicit TextSizeActions(MainWindow *window);

    // Adds the Text Size submenu to `menu`.
    void addTo(QMenu *menu);

    QAction *largerAction() const { return m_larger; }
    QAction *smallerAction() const { return m_smaller; }
    QAction *resetAction() const { return m_reset; }

    // The next whole point size above or below `points`, within the sizes a file may hold.
    static double larger(double points);
    static double smaller(double points);

private:
    void setSize(double points);
    void updateActions();

    MainWindow *m_window;
    Document *m_document;
    QAction *m_current;
    QAction *m_larger;
    QAction *m_smaller;
    QAction *m_reset;
};

} // namespace kdd
