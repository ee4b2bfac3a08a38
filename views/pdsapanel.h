#pragma once

#include "model/node.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace kdd {

class Document;
class Selection;

// The PDSA Cycles dock: the Plan-Do-Study-Act cycles of the selected change idea, as a table with
// an editor for the selected cycle below it. Every change (a new cycle, a deleted one, an edited
// field) is one undo step named after the cycle and its idea; typed text is applied when its
// field loses focus. A latest decision that suggests another status offers to set it.
class PdsaPanel : public QWidget
{
    Q_OBJECT

public:
    PdsaPanel(Document *document, Selection *selection, QWidget *parent = nullptr);

    // Applies what is being typed in the cycle's fields now (before saving or closing). Returns
    // false, changing nothing, when the dates are refused (the message says why).
    bool commit();
    // Adds a cycle after the last one: the next number, starting where the previous one ended
    // (today for the first, or when the previous one has no end).
    void addCycle();
    void deleteCycle();
    // Sets the status the latest decision suggests, as one undo step.
    void applySuggestedStatus();

    QTableWidget *table() const { return m_table; }
    // The fields of the selected cycle, for tests and for keyboard users' focus.
    QPlainTextEdit *planEdit() const { return m_plan; }
    QPlainTextEdit *predictionEdit() const { return m_prediction; }
    QPlainTextEdit *studyEdit() const { return m_study; }
    QLineEdit *whoEdit() const { return m_who; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QComboBox *decisionCombo() const { return m_decision; }
    QLabel *message() const { return m_message; }
    QLabel *error() const { return m_error; }
    QWidget *suggestionBar() const { return m_suggestion; }
    QLabel *suggestionText() const { return m_suggestionText; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showCycle(int row);
    void refreshSuggestion(const Node &node);
    // The change idea the panel edits, or null when the selection is not one change idea.
    const Node *idea() const;
    // Pushes `cycles` as the idea's cycles in one step called `name`.
    void setCycles(const Node &node, std::vector<PdsaCycle> cycles, const QString &name);
    QString ideaName(const Node &node) const;

    Document *m_document;
    Selection *m_selection;
    NodeId m_shown; // the idea on show
    int m_row = -1; // the cycle on show in the editor
    bool m_refreshing = false;

    QLabel *m_message;
    QWidget *m_content;
    QWidget *m_suggestion;
    QLabel *m_suggestionText;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QWidget *m_editor;
    QLabel *m_heading;
    QPlainTextEdit *m_plan;
    QPlainTextEdit *m_prediction;
    QLineEdit *m_who;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QPlainTextEdit *m_study;
    QComboBox *m_decision;
    QLabel *m_error;
};

} // namespace kdd
