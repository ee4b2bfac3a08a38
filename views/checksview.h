#pragma once

#include <QTreeWidget>

namespace kdd {

class CheckResults;
class Document;
class Selection;

// The findings of the shared CheckResults: one row per finding with a severity icon, the
// message and the rule id; activating a row selects the box or measure it is about. The same
// rules and results as `keydriver check`.
class ChecksView : public QTreeWidget
{
    Q_OBJECT

public:
    ChecksView(CheckResults *results, Document *document, Selection *selection,
               QWidget *parent = nullptr);

private:
    void refresh();

    CheckResults *m_results;
    Document *m_document;
    Selection *m_selection;
};

} // namespace kdd
