#include "entrycontroller.h"

#include "selection.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace kdd {

const std::vector<EntryController::Binding> &EntryController::bindings()
{
    static const std::vector<Binding> all{
        {Command::NewSibling, QKeySequence(Qt::Key_Return),
         QT_TRANSLATE_NOOP("kdd::EntryController", "New Box Below"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "new box below this one and the boxes under it, under the same parent")},
        {Command::NewChild, QKeySequence(Qt::Key_Tab),
         QT_TRANSLATE_NOOP("kdd::EntryController", "New Box to the Right"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "new box one column to the right, linked from this one")},
        {Command::MoveLeft, QKeySequence(Qt::SHIFT | Qt::Key_Tab),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Move Box Left"),
         QT_TRANSLATE_NOOP("kdd::EntryController", "move the box one column to the left")},
        {Command::EditText, QKeySequence(Qt::Key_F2),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Edit Text"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "edit the text (or just start typing); Shift+Enter "
                           "breaks the line")},
        {Command::Cancel, QKeySequence(Qt::Key_Escape),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Cancel"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "cancel editing; takes back a box just made and still empty "
                           "(a new box with text is kept)")},
        {Command::Delete, QKeySequence(Qt::Key_Delete),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Delete Boxes"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "delete the selected boxes (or the selected link)")},
        {Command::MoveUp, QKeySequence(Qt::ALT | Qt::Key_Up),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Move Box Up"),
         QT_TRANSLATE_NOOP("kdd::EntryController", "move the box, with the boxes under it, above "
                                                   "the one before it under the same parent")},
        {Command::MoveDown, QKeySequence(Qt::ALT | Qt::Key_Down),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Move Box Down"),
         QT_TRANSLATE_NOOP("kdd::EntryController", "move the box, with the boxes under it, below "
                                                   "the one after it under the same parent")},
        {Command::ToggleAimRole, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
         QT_TRANSLATE_NOOP("kdd::EntryController", "Global or SMART Aim"),
         QT_TRANSLATE_NOOP("kdd::EntryController",
                           "make the selected aim global (or a global aim SMART again)")},
    };
    return all;
}

QString EntryController::text(const Binding &binding)
{
    return QCoreApplication::translate("kdd::EntryController", binding.text);
}

QString EntryController::description(const Binding &binding)
{
    return QCoreApplication::translate("kdd::EntryController", binding.description);
}

std::optional<EntryController::Command> EntryController::commandFor(const QKeyEvent &event,
                                                                    bool editing)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    switch (event.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (editing && (mods & Qt::ShiftModifier))
            return std::nullopt; // a line break inside the text
        if (mods & (Qt::ControlModifier | Qt::AltModifier))
            return std::nullopt;
        return Command::NewSibling;
    case Qt::Key_Tab:
        if (mods & (Qt::ControlModifier | Qt::AltModifier))
            return std::nullopt;
        return (mods & Qt::ShiftModifier) ? Command::MoveLeft : Command::NewChild;
    case Qt::Key_Backtab:
        return Command::MoveLeft;
    case Qt::Key_Escape:
        return Command::Cancel;
    case Qt::Key_F2:
        return editing ? std::nullopt : std::optional(Command::EditText);
    case Qt::Key_Delete:
        // (Backspace is not a delete key: a coach pressing it means to fix text.)
        return editing || mods != Qt::NoModifier ? std::nullopt : std::optional(Command::Delete);
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (editing || mods != Qt::AltModifier)
            return std::nullopt;
        return event.key() == Qt::Key_Up ? Command::MoveUp : Command::MoveDown;
    case Qt::Key_G:
        // Also while typing: the text is kept and the role changes, one key after the words.
        if (mods != (Qt::ControlModifier | Qt::ShiftModifier))
            return std::nullopt;
        return Command::ToggleAimRole;
    default:
        return std::nullopt;
    }
}

EntryController::EntryController(Document *document, Selection *selection, QObject *parent)
    : QObject(parent), m_document(document), m_selection(selection)
{
    connect(selection, &Selection::changed, this, [this] {
        if (!m_selection->current().isEmpty())
            m_lastCurrent = m_selection->current();
    });
}

NodeId EntryController::origin() const
{
    const Diagram &d = m_document->diagram();
    const NodeId &current = m_selection->current();
    if (!current.isEmpty())
        return d.contains(current) ? current : NodeId();
    // After Escape cleared the selection, go on from where we were.
    return d.contains(m_lastCurrent) ? m_lastCurrent : NodeId();
}

EntryController::Outcome EntryController::apply(Command command, bool fromEditor)
{
    Document &doc = *m_document;
    const NodeId from = origin();
    switch (command) {
    case Command::NewSibling:
    case Command::NewChild: {
        NodeId next;
        if (doc.diagram().nodes().empty())
            next = edit::addAim(doc);
        else if (from.isEmpty())
            return {};
        else
            next = command == Command::NewSibling ? edit::addSibling(doc, from)
                                                  : edit::addChild(doc, from);
        if (next.isEmpty())
            return {};
        m_newBox = edit::lastAddedBox(doc);
        m_newBoxOrigin = from;
        m_selection->selectOne(next);
        return {next, true};
    }
    case Command::MoveLeft: {
        const NodeId moved = from.isEmpty() ? NodeId() : edit::moveLeft(doc, from);
        if (moved.isEmpty())
            return {};
        m_selection->selectOne(moved);
        // While typing, go on typing in the moved box.
        return {moved, fromEditor};
    }
    case Command::EditText:
        if (m_selection->current().isEmpty() || !doc.diagram().contains(m_selection->current()))
            return {};
        editingStarted(m_selection->current());
        return {m_selection->current(), true};
    case Command::Cancel:
        m_selection->clear();
        return {};
    case Command::Delete: {
        const QStringList selected = m_selection->selected();
        if (!selected.isEmpty()) {
            const NodeId next = edit::removeNodes(doc, {selected.begin(), selected.end()});
            m_selection->selectOne(next);
            return {next, false};
        }
        const auto [linkFrom, linkTo] = m_selection->link();
        if (!linkFrom.isEmpty())
            edit::unlink(doc, linkFrom, linkTo);
        return {};
    }
    case Command::MoveUp:
    case Command::MoveDown:
        if (m_selection->current().isEmpty())
            return {};
        edit::moveWithinColumn(doc, m_selection->current(), command == Command::MoveUp ? -1 : 1);
        return {m_selection->current(), false};
    case Command::ToggleAimRole:
        if (m_selection->current().isEmpty() || !edit::toggleAimRole(doc, m_selection->current()))
            return {};
        return {m_selection->current(), false};
    }
    return {};
}

bool EntryController::cancelEditing(const NodeId &id, const QString &typed)
{
    if (m_newBox.isNull() || m_newBox.id != id)
        return false;
    const edit::NewBox box = m_newBox;
    m_newBox = {};
    if (!typed.trimmed().isEmpty()) {
        // A coach who typed a box and pressed Escape meant "done", not "throw it away".
        if (m_document->diagram().contains(id))
            edit::setText(*m_document, id, typed);
        return false;
    }
    if (!edit::takeBack(*m_document, box))
        return false;
    m_selection->selectOne(m_newBoxOrigin);
    return true;
}

void EntryController::editingStarted(const NodeId &)
{
    // Only the editor opened right after Enter or Tab may take its box back.
    m_newBox = {};
}

} // namespace kdd
