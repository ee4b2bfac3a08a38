#pragma once

#include <QTreeWidget>

namespace kdd {

class Document;
class Selection;

// The good-practice checks, run again after every edit: one row per finding with a severity
// icon, the message and the rule id; activating a row selects the box or measure it is about.
// The same rules and results as `keydriver check`.
class ChecksView : public QTreeWidget
{
    Q_OBJECT

public:
    ChecksView(Document *document, Selection *selection, QWidget *parent = nullptr);

    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

signals:
    // After each run of the checks.
    void countsChanged(int errors, int warnings, int notes);

private:
    void refresh();

    Document *m_document;
    Selection *m_selection;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace kdd
