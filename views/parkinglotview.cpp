#include "parkinglotview.h"

#include "selection.h"

#include "model/document.h"
#include "model/parkinglotedits.h"

#include <QAction>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QVBoxLayout>

#include <algorithm>

namespace kdd {
namespace {

constexpr int IdRole = Qt::UserRole;

// The list: drags its ideas out by id, and takes boxes dragged in from the canvas (parked at the
// row they are dropped on) and its own rows (reordered).
class IdeaList : public QListWidget
{
public:
    explicit IdeaList(Document *document) : m_document(document)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::ExtendedSelection);
        setWordWrap(true);
        setSpacing(2);
        setAlternatingRowColors(true); // wrapped ideas stay told apart
        setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    }

protected:
    QStringList mimeTypes() const override
    {
        return {ParkingLotView::ideaMimeType(), ParkingLotView::boxesMimeType()};
    }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(ParkingLotView::ideaMimeType(), items.first()->data(IdRole).toByteArray());
        mime->setText(items.first()->text());
        return mime;
    }
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::MoveAction | Qt::CopyAction;
    }
    void dragEnterEvent(QDragEnterEvent *event) override { acceptIfOurs(event); }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        QListWidget::dragMoveEvent(event);
        acceptIfOurs(event);
    }
    void dropEvent(QDropEvent *event) override
    {
        // The row under the pointer (or the end): where the dropped idea goes.
        const QModelIndex at = indexAt(event->position().toPoint());
        const int row = at.isValid() ? at.row() : count();
        const QMimeData *mime = event->mimeData();
        if (mime->hasFormat(ParkingLotView::boxesMimeType())) {
            const QStringList ids = QString::fromUtf8(mime->data(ParkingLotView::boxesMimeType()))
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            edit::parkNodes(*m_document, std::vector<NodeId>(ids.begin(), ids.end()), row);
        } else if (mime->hasFormat(ParkingLotView::ideaMimeType())) {
            const QString id = QString::fromUtf8(mime->data(ParkingLotView::ideaMimeType()));
            const int from = m_document->diagram().parkedIndexOf(id);
            edit::moveParkedIdea(*m_document, id, from >= 0 && from < row ? row - 1 : row);
        }
        // Never let the base class move rows itself: the list follows the document.
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }

private:
    template <typename Event> void acceptIfOurs(Event *event)
    {
        const QMimeData *mime = event->mimeData();
        if (mime->hasFormat(ParkingLotView::boxesMimeType())
            || mime->hasFormat(ParkingLotView::ideaMimeType())) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
        } else {
            event->ignore();
        }
    }

    Document *m_document;
};

} // namespace

ParkingLotView::ParkingLotView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    m_list = new IdeaList(document);
    m_list->setObjectName(QStringLiteral("parkingLotList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entry = new QLineEdit;
    m_entry->setObjectName(QStringLiteral("parkingLotEntry"));
    m_entry->setPlaceholderText(tr("Type an idea, press Enter"));
    m_entry->setClearButtonEnabled(true);
    auto *hint = new QLabel(tr("Drag an idea onto a driver to place it"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(m_entry);
    setFocusProxy(m_entry);

    connect(m_entry, &QLineEdit::returnPressed, this, [this] {
        const ParkedIdeaId id = edit::addParkedIdea(*m_document, m_entry->text());
        if (id.isEmpty())
            return;
        m_entry->clear();
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(IdRole).toString() == id)
                m_list->scrollToItem(m_list->item(row));
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const ParkedIdea *idea = m_document->diagram().parkedIdea(item->data(IdRole).toString());
        if (!idea)
            return;
        ParkedIdea after = *idea;
        after.text = item->text().trimmed();
        if (!edit::setParkedIdea(*m_document, after))
            refresh(); // blank or unchanged: show the idea as it is
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ParkingLotView::showContextMenu);
    auto *remove = new QAction(tr("Delete"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        std::vector<ParkedIdeaId> ids;
        for (const QListWidgetItem *item : m_list->selectedItems())
            ids.push_back(item->data(IdRole).toString());
        const int row = m_list->currentRow();
        edit::removeParkedIdeas(*m_document, ids);
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    });

    // Enter on an idea: the drivers to place it under, chosen with the arrow keys.
    auto *place = new QAction(tr("Place Under…"), m_list);
    place->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    place->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(place);
    connect(place, &QAction::triggered, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        QMenu menu;
        populatePlaceMenu(&menu, item->data(IdRole).toString());
        const QRect row = m_list->visualItemRect(item);
        menu.exec(m_list->viewport()->mapToGlobal(row.bottomLeft()));
    });

    m_park = new QAction(tr("Park (move to the Parking Lot)"), this);
    m_park->setObjectName(QStringLiteral("parkAction"));
    m_park->setToolTip(tr("Take the selected change ideas out of the diagram and keep their text "
                          "and notes in the Parking Lot"));
    connect(m_park, &QAction::triggered, this, [this] {
        const QStringList ids = m_selection->selected();
        edit::parkNodes(*m_document, std::vector<NodeId>(ids.begin(), ids.end()));
    });
    const auto updatePark = [this] {
        const Diagram &d = m_document->diagram();
        const QStringList ids = m_selection->selected();
        m_park->setEnabled(std::any_of(ids.begin(), ids.end(), [&](const NodeId &id) {
            const Node *n = d.node(id);
            return n && n->isChange();
        }));
    };
    connect(m_selection, &Selection::changed, this, updatePark);
    connect(m_document, &Document::changed, this, [this, updatePark](const DocumentChange &change) {
        updatePark();
        if (change.has(DocumentChange::ParkingLot))
            refresh();
    });
    updatePark();
    refresh();
}

QString ParkingLotView::ideaMimeType()
{
    return QStringLiteral("application/x-keydriver-parked-idea");
}

QString ParkingLotView::boxesMimeType() { return QStringLiteral("application/x-keydriver-boxes"); }

ParkedIdeaId ParkingLotView::currentIdea() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : ParkedIdeaId();
}

void ParkingLotView::refresh()
{
    const std::vector<ParkedIdea> &lot = m_document->diagram().parkingLot();
    m_refreshing = true;
    // The same ideas in the same order (an edit of a text or notes): update the rows in place,
    // which keeps an item alive while its own itemChanged is being handled.
    bool same = m_list->count() == static_cast<int>(lot.size());
    for (int row = 0; same && row < m_list->count(); ++row)
        same = m_list->item(row)->data(IdRole).toString() == lot[static_cast<std::size_t>(row)].id;
    if (same) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setText(lot[static_cast<std::size_t>(row)].text);
            item->setToolTip(lot[static_cast<std::size_t>(row)].notes);
        }
        m_refreshing = false;
        return;
    }
    const ParkedIdeaId current = currentIdea();
    m_list->clear();
    for (const ParkedIdea &idea : lot) {
        auto *item = new QListWidgetItem(idea.text);
        item->setData(IdRole, idea.id);
        item->setToolTip(idea.notes);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        m_list->addItem(item);
        if (idea.id == current)
            m_list->setCurrentItem(item);
    }
    m_refreshing = false;
}

void ParkingLotView::populatePlaceMenu(QMenu *menu, const ParkedIdeaId &id)
{
    const Diagram &d = m_document->diagram();
    for (const Node &n : d.nodes()) {
        if (!n.isDriver())
            continue;
        // Indented by level, so the tree's shape shows in a flat menu.
        QString label = QString(2 * (n.level - 1), QChar(0x2003)) + n.text.simplified();
        if (label.size() > 60)
            label = label.left(59) + QStringLiteral("…");
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const NodeId driver = n.id;
        menu->addAction(label, this, [this, id, driver] {
            const NodeId placed = edit::placeParkedIdea(*m_document, id, driver);
            if (!placed.isEmpty())
                m_selection->selectOne(placed);
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("(no drivers yet)"))->setEnabled(false);
}

void ParkingLotView::showContextMenu(const QPoint &pos)
{
    // The menu key opens it wherever the pointer is: then the current row is meant.
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item || !item->isSelected())
        item = m_list->currentItem();
    QMenu menu;
    if (item) {
        const ParkedIdeaId id = item->data(IdRole).toString();
        populatePlaceMenu(menu.addMenu(tr("Place &Under")), id);
        menu.addSeparator();
        menu.addAction(tr("&Edit Text"), this, [this, item] { m_list->editItem(item); });
        menu.addAction(tr("Edit &Notes…"), this, [this, id] { editNotes(id); });
        menu.addAction(tr("&Delete"), this,
                       [this, id] { edit::removeParkedIdeas(*m_document, {id}); });
    }
    menu.addAction(tr("&New Idea"), m_entry, qOverload<>(&QWidget::setFocus));
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ParkingLotView::editNotes(const ParkedIdeaId &id)
{
    const ParkedIdea *idea = m_document->diagram().parkedIdea(id);
    if (!idea)
        return;
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(
        this, tr("Notes"), tr("Notes for “%1”").arg(idea->text), idea->notes, &ok);
    if (!ok || !(idea = m_document->diagram().parkedIdea(id)))
        return;
    ParkedIdea after = *idea;
    after.notes = notes;
    edit::setParkedIdea(*m_document, after);
}

} // namespace kdd
