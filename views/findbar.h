#pragma once

#include "model/node.h"

#include <QFrame>

#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace kdd {

class DiagramView;

// Incremental Find over the canvas: a small bar in the canvas's bottom-right corner. As the user
// types, every box whose text, notes or measure name contains the words (model/findtext.h:
// case and accents aside) is highlighted and the first is selected and scrolled into view;
// Enter / F3 go to the next, Shift+Enter / Shift+F3 to the previous, wrapping; Esc closes the
// bar and leaves the selection on the box found. A box inside a collapsed branch is brought
// into sight by selecting it (CollapseController).
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(DiagramView *view);

    // Shows the bar with the keyboard in its field (the last words selected, searched again).
    void open();
    // Hides the bar, clears the highlights and gives the keyboard back to the canvas.
    void close();
    void findNext() { step(+1); }
    void findPrevious() { step(-1); }

    QLineEdit *field() const { return m_field; }
    const std::vector<NodeId> &matches() const { return m_matches; }
    // Which match is selected (-1: none), and what the bar says ("3 of 7", "No match").
    int currentMatch() const { return m_current; }
    QString countText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    // Matches the words again after an edit, keeping the box found if it still matches.
    void rematch();
    void step(int delta);
    void goTo(int index);
    void updateCount();
    void placeOnCanvas();
    void highlight();
    void clearHighlights();

    DiagramView *m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    std::vector<NodeId> m_matches;
    int m_current = -1;
};

} // namespace kdd
