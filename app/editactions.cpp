#include "editactions.h"

#include "dockshortcuts.h"
#include "focusactions.h"
#include "mainwindow.h"
#include "pastepreview.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/fragment.h"
#include "model/priorityedits.h"
#include "views/diagramview.h"
#include "views/entrycontroller.h"
#include "views/inspector.h"
#include "views/outlineview.h"
#include "views/parkinglotview.h"
#include "views/placeundermenu.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace kdd {

EditActions::EditActions(MainWindow *window) : QObject(window), m_window(window) {}

void EditActions::populateEditMenu(QMenu *menu)
{
    // The entry keys, from the grammar the canvas and outline share. The key is shown after a
    // tab rather than bound as a shortcut: the views handle those keys themselves (Enter and
    // Tab must keep working in dialogs and text fields).
    for (const EntryController::Binding &b : EntryController::bindings()) {
        if (b.command == EntryController::Command::Cancel)
            continue;
        const EntryController::Command command = b.command;
        QAction *a = menu->addAction(
            EntryController::text(b) + QLatin1Char('\t')
                + b.keys.toString(QKeySequence::NativeText),
            m_window, [this, command] { m_window->view()->runEntryCommand(command); });
        a->setObjectName(QStringLiteral("entry") + QString::number(static_cast<int>(command)));
    }
    menu->addSeparator();
    menu->addAction(tr("Cu&t Boxes"), QKeySequence::Cut, this, &EditActions::cut);
    menu->addAction(tr("&Copy Boxes"), QKeySequence::Copy, this, &EditActions::copy);
    menu->addAction(tr("&Paste Boxes"), QKeySequence::Paste, this, &EditActions::paste);
    menu->addSeparator();
    menu->addAction(tr("&Link To…"), QKeySequence(tr("Ctrl+L")), this, &EditActions::linkTo);
    menu->addSeparator();
    menu->addAction(tr("Go to C&anvas"), QKeySequence(tr("Ctrl+1")), m_window,
                    [this] { m_window->view()->setFocus(); });
    // Each shows its dock first: a closed or hidden dock cannot take the keyboard.
    menu->addAction(tr("Go to &Outline"), QKeySequence(tr("Ctrl+2")), m_window, [this] {
        showDock(m_window->findChild<QDockWidget *>(QStringLiteral("outlineDock")));
        m_window->outline()->setFocus();
    });
    menu->addAction(tr("Go to &Inspector"), QKeySequence(tr("Ctrl+3")), m_window, [this] {
        showDock(m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")));
        // The first field of the inspector (its text) takes the keyboard.
        if (QWidget *field =
                m_window->inspector()->findChild<QWidget *>(QStringLiteral("inspectorText")))
            field->setFocus();
    });
}

void EditActions::copy()
{
    const QStringList ids = m_window->selection()->selected();
    if (ids.isEmpty())
        return;
    const QByteArray bytes =
        copyFragment(m_window->document()->diagram(), {ids.begin(), ids.end()});
    auto *mime = new QMimeData;
    mime->setData(fragmentMimeType(), bytes);
    // Plain text too, so boxes pasted into an e-mail or a document read as a list.
    QStringList lines;
    for (const QString &id : ids) {
        if (const Node *n = m_window->document()->diagram().node(id))
            lines << n->text;
    }
    mime->setText(lines.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
}

void EditActions::cut()
{
    copy();
    const QStringList ids = m_window->selection()->selected();
    if (!ids.isEmpty())
        m_window->selection()->selectOne(
            edit::removeNodes(*m_window->document(), {ids.begin(), ids.end()}));
}

void EditActions::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    std::vector<NodeId> ids;
    if (mime->hasFormat(fragmentMimeType())) {
        ids = pasteFragment(*m_window->document(), mime->data(fragmentMimeType()),
                            m_window->selection()->current());
    } else if (mime->hasText()) {
        // A list from meeting notes: one box a line, under the selected box. A long one is shown
        // first, so a paste meant for somewhere else can be declined.
        const QString text = mime->text();
        const NodeId anchor = m_window->selection()->current();
        if (PastePreviewDialog::textLines(text) > PastePreviewDialog::LinesWithoutAsking) {
            const Diagram &d = m_window->document()->diagram();
            const LoadResult boxes = plainTextBoxes(d, text, anchor);
            if (boxes.ok() && !PastePreviewDialog::ask(m_window, *boxes.diagram, d.node(anchor)))
                return;
        }
        QString error;
        ids = pastePlainText(*m_window->document(), text, anchor, &error);
        if (!error.isEmpty())
            m_window->statusBar()->showMessage(tr("Nothing pasted: %1").arg(error), 10000);
    }
    if (!ids.empty())
        m_window->selection()->select({ids.begin(), ids.end()});
}

void EditActions::linkTo()
{
    // A keyboard way to make many-to-many links: pick the other box from a list (type to
    // search). Both ways, so that a change idea can be linked to a second driver too.
    m_window->commitPendingEdits(); // the box being typed keeps its text
    const NodeId id = m_window->selection()->current();
    const Diagram &d = m_window->document()->diagram();
    if (id.isEmpty() || !d.contains(id))
        return;
    const LinkPartners partners = linkPartners(d, id);
    if (partners.parents.empty() && partners.children.empty()) {
        m_window->statusBar()->showMessage(
            tr("“%1” can be linked to no other box").arg(d.node(id)->text.simplified().left(60)),
            5000);
        return;
    }
    QStringList items;
    const auto label = [&](const QString &arrow, const NodeId &other) {
        return arrow + QLatin1Char(' ') + d.node(other)->text.simplified().left(90)
             + QStringLiteral("  [") + other + QLatin1Char(']');
    };
    // Parents first: they are drawn to the left.
    for (const NodeId &other : partners.parents)
        items << label(QStringLiteral("←"), other);
    for (const NodeId &other : partners.children)
        items << label(QStringLiteral("→"), other);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Link To"),
        tr("Link “%1” with (← a parent, → a child):").arg(d.node(id)->text.simplified().left(60)),
        items, 0, false, &ok);
    const int index = static_cast<int>(items.indexOf(chosen));
    if (!ok || index < 0)
        return;
    const auto parentCount = static_cast<int>(partners.parents.size());
    if (index < parentCount)
        edit::link(*m_window->document(), partners.parents[static_cast<std::size_t>(index)], id);
    else
        edit::link(*m_window->document(), id,
                   partners.children[static_cast<std::size_t>(index - parentCount)]);
}

void EditActions::showContextMenu(const QPoint &globalPos, const NodeId &node,
                                  const NodeId &linkFrom, const NodeId &linkTo)
{
    Document &doc = *m_window->document();
    QMenu menu;
    if (const Node *n = doc.diagram().node(node)) {
        menu.addAction(tr("Edit Text"), m_window,
                       [this, node] { m_window->view()->editNode(node); });
        menu.addAction(tr("Add Box Below"), m_window, [this, node] {
            m_window->selection()->selectOne(node);
            m_window->view()->runEntryCommand(EntryController::Command::NewSibling);
        });
        if (edit::childColumn(*n) >= 0)
            menu.addAction(tr("Add Box to the Right"), m_window, [this, node] {
                m_window->selection()->selectOne(node);
                m_window->view()->runEntryCommand(EntryController::Command::NewChild);
            });
        menu.addAction(tr("Link To…"), this, &EditActions::linkTo);
        addPlaceUnderMenu(&menu, &doc, node);
        m_window->focus()->addContextActions(&menu, node);
        if (n->isChange()) {
            const auto vote = [this](int delta) {
                const QStringList ids = m_window->selection()->selected();
                edit::vote(*m_window->document(), {ids.begin(), ids.end()}, delta);
            };
            menu.addAction(tr("Add Vote") + QStringLiteral("\tV"), m_window, [vote] { vote(1); });
            menu.addAction(tr("Remove Vote") + QStringLiteral("\tShift+V"), m_window,
                           [vote] { vote(-1); })
                ->setEnabled(n->votes > 0);
            QMenu *status = menu.addMenu(tr("Status"));
            for (const QString &word : changeStatusWords()) {
                QAction *a = status->addAction(word);
                a->setCheckable(true);
                a->setChecked(toString(n->status) == word);
                connect(a, &QAction::triggered, m_window, [this, node, word] {
                    Node after = *m_window->document()->diagram().node(node);
                    after.status = *parseChangeStatus(word);
                    edit::setNode(*m_window->document(), after);
                });
            }
            QMenu *reliability = menu.addMenu(tr("Level of Reliability"));
            for (int level = 0; level <= MaxReliability; ++level) {
                QAction *a =
                    reliability->addAction(level == 0 ? tr("Not set") : tr("Level %1").arg(level));
                a->setCheckable(true);
                a->setChecked(n->reliability == level);
                connect(a, &QAction::triggered, m_window, [this, node, level] {
                    Node after = *m_window->document()->diagram().node(node);
                    after.reliability = level;
                    edit::setNode(*m_window->document(), after);
                });
            }
            menu.addAction(m_window->parkingLot()->parkAction());
        }
        menu.addSeparator();
        menu.addAction(tr("Copy"), this, &EditActions::copy);
        menu.addAction(tr("Delete"), m_window, [this] {
            const QStringList ids = m_window->selection()->selected();
            m_window->selection()->selectOne(
                edit::removeNodes(*m_window->document(), {ids.begin(), ids.end()}));
        });
    } else if (const Link *l = doc.diagram().link(linkFrom, linkTo)) {
        const bool weak = l->strength == LinkStrength::Weak;
        menu.addAction(weak ? tr("Make Strong (solid)") : tr("Make Weak (dashed)"), m_window,
                       [this, linkFrom, linkTo, weak] {
                           edit::setLinkStrength(*m_window->document(), linkFrom, linkTo,
                                                 weak ? LinkStrength::Strong : LinkStrength::Weak);
                       });
        menu.addAction(tr("Remove Link"), m_window, [this, linkFrom, linkTo] {
            edit::unlink(*m_window->document(), linkFrom, linkTo);
        });
    } else {
        menu.addAction(tr("Add Aim"), m_window,
                       [this] { m_window->view()->editNode(edit::addAim(*m_window->document())); });
        menu.addAction(tr("Paste Boxes"), this, &EditActions::paste);
        menu.addAction(tr("Fit to Window"), m_window->view(), &DiagramView::fitToWindow);
    }
    menu.exec(globalPos);
}

} // namespace kdd
