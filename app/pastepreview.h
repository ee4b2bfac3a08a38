#pragma once

#include "model/diagram.h"

#include <QDialog>
#include <QString>

#include <functional>

class QTreeWidget;

namespace kdd {

// Shows what a long plain-text paste will add — the tree of boxes with their kinds, how many,
// and under which box — so that a list pasted by mistake can be declined before it lands.
class PastePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Pastes of up to this many lines of text go in without asking.
    static constexpr int LinesWithoutAsking = 10;

    // `boxes` is what the paste adds (their links among them); `anchor` is the box they go
    // under, or null when they become new aims.
    PastePreviewDialog(const Diagram &boxes, const Node *anchor, QWidget *parent = nullptr);

    // Asked before a long paste; true pastes. Tests replace it, as they do MainWindow::askToSave.
    static std::function<bool(QWidget *parent, const Diagram &boxes, const Node *anchor)> ask;
    // The number of lines with text in `text`, which decides whether to ask.
    static int textLines(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    // "Add 12 boxes under the primary driver “Safe rooms”", as the dialog says it.
    static QString summary(const Diagram &boxes, const Node *anchor);

private:
    QTreeWidget *m_tree;
};

} // namespace kdd
