#pragma once

#include "model/editoperations.h"

#include <QKeySequence>
#include <QObject>

#include <optional>
#include <vector>

class QKeyEvent;

namespace kdd {

class Document;
class Selection;

// The keyboard-entry grammar of KeyDriver, shared by the canvas and the outline so that both
// behave the same: Enter adds a box below, Tab a box one column right, Shift+Tab moves a box
// left, F2 edits, Escape takes back a box just made and still empty (keeping one with text),
// Delete removes, Alt+Up/Down reorders, Ctrl+Shift+G makes an aim global or SMART. It holds the
// "new box" that Escape may take back and the last current box (so that Enter after Escape goes
// on from there). It owns no widget: a view maps a key to a Command with commandFor(), calls
// apply(), and opens its own text editor when asked to.
class EntryController : public QObject
{
    Q_OBJECT

public:
    enum class Command {
        NewSibling,    // Enter
        NewChild,      // Tab
        MoveLeft,      // Shift+Tab
        EditText,      // F2
        Cancel,        // Escape: ends editing (taking back a new empty box) or clears the selection
        Delete,        // Delete
        MoveUp,        // Alt+Up
        MoveDown,      // Alt+Down
        ToggleAimRole, // Ctrl+Shift+G: global aim ↔ SMART aim
    };

    // One key of the grammar: the source of the Edit menu's entry actions and of Help ▸ Keyboard.
    struct Binding
    {
        Command command;
        QKeySequence keys;
        const char *text;        // the action's name, e.g. "New Box Below" (translatable)
        const char *description; // what it does, for Help ▸ Keyboard (translatable)
    };
    static const std::vector<Binding> &bindings();
    static QString text(const Binding &binding);
    static QString description(const Binding &binding);

    // The command a key press means; `editing` is true when a box's text editor has the key
    // (Shift+Enter is then a line break, and F2, Delete and Alt+arrows are the editor's).
    static std::optional<Command> commandFor(const QKeyEvent &event, bool editing);

    EntryController(Document *document, Selection *selection, QObject *parent = nullptr);

    // What the view does after a command: select `select` (already done) and, if `edit`, open
    // its text editor on it.
    struct Outcome
    {
        NodeId select;
        bool edit = false;
    };
    // Runs a command from the current box (or, after Escape cleared the selection, from the last
    // one). `fromEditor`: the key came from a text editor whose text the view has committed.
    Outcome apply(Command command, bool fromEditor = false);

    // The editor on `id` was cancelled with `typed` in it. A box Enter or Tab just made is taken
    // back if nothing was typed (selecting the box it was made from), and otherwise keeps what
    // was typed: Escape never throws a new box's words away. Returns whether it took it back.
    bool cancelEditing(const NodeId &id, const QString &typed);
    // The user opened an editor on `id` by other means (F2, typing, double-click): a box made
    // earlier is no longer "just made", and Escape keeps it.
    void editingStarted(const NodeId &id);

private:
    NodeId origin() const;

    Document *m_document;
    Selection *m_selection;
    NodeId m_lastCurrent;
    edit::NewBox m_newBox;
    NodeId m_newBoxOrigin;
};

} // namespace kdd
