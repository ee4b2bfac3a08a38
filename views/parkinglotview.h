#pragma once

#include "model/node.h"
#include "model/parkinglot.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QListWidget;
class QMenu;

namespace kdd {

class Document;
class Selection;

// The Parking Lot dock: ideas the room came up with that nobody has placed yet. A line at the
// bottom takes one idea per Enter, like a chat box; the list above edits (F2, double-click) and
// deletes them. An idea dragged onto a driver on the canvas becomes its change idea; a change
// idea dragged from the canvas into the list is parked again. Every change is one undo step.
class ParkingLotView : public QWidget
{
    Q_OBJECT

public:
    ParkingLotView(Document *document, Selection *selection, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *entry() const { return m_entry; }
    // Parks the change ideas selected in the diagram (canvas and outline context menus, Edit).
    QAction *parkAction() const { return m_park; }
    // The parked idea of the current row, or empty.
    ParkedIdeaId currentIdea() const;
    // Fills `menu` with "Place Under ▸ <driver>" for parked idea `id`.
    void populatePlaceMenu(QMenu *menu, const ParkedIdeaId &id);

    // The MIME type of a parked idea dragged onto the canvas (its id as UTF-8), and of boxes
    // dragged from the canvas into the list (their ids, one per line).
    static QString ideaMimeType();
    static QString boxesMimeType();

private:
    void refresh();
    void showContextMenu(const QPoint &pos);
    void editNotes(const ParkedIdeaId &id);

    Document *m_document;
    Selection *m_selection;
    QListWidget *m_list;
    QLineEdit *m_entry;
    QAction *m_park;
    bool m_refreshing = false;
};

} // namespace kdd
