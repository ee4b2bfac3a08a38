#include "pastepreview.h"

#include "model/kinds.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace kdd {
namespace {

bool previewDialog(QWidget *parent, const Diagram &boxes, const Node *anchor)
{
    PastePreviewDialog dialog(boxes, anchor, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

std::function<bool(QWidget *, const Diagram &, const Node *)> PastePreviewDialog::ask =
    previewDialog;

int PastePreviewDialog::textLines(const QString &text)
{
    int lines = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            ++lines;
    }
    return lines;
}

QString PastePreviewDialog::summary(const Diagram &boxes, const Node *anchor)
{
    const int count = static_cast<int>(boxes.nodes().size());
    if (!anchor) {
        return count == 1 ? tr("Add 1 box as a new aim:")
                          : tr("Add %1 boxes as a new tree, starting with new aims:").arg(count);
    }
    QString text = anchor->text.simplified();
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    const QString kind = displayName(*anchor, NameCase::Lower);
    return count == 1 ? tr("Add 1 box under the %1 “%2”:").arg(kind, text)
                      : tr("Add %1 boxes under the %2 “%3”:").arg(count).arg(kind, text);
}

PastePreviewDialog::PastePreviewDialog(const Diagram &boxes, const Node *anchor, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Paste Text as Boxes"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(summary(boxes, anchor), this);
    where->setObjectName(QStringLiteral("pastePreviewSummary"));
    where->setWordWrap(true);
    layout->addWidget(where);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Box"), tr("Kind")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The pasted text is a tree: each box has at most one parent among the pasted ones.
    QHash<NodeId, std::vector<NodeId>> children;
    QHash<NodeId, bool> hasParent;
    for (const Link &l : boxes.links()) {
        children[l.from].push_back(l.to);
        hasParent.insert(l.to, true);
    }
    std::map<int, int> perColumn; // column -> boxes, for the counts line
    const std::function<void(const Node &, QTreeWidgetItem *)> add = [&](const Node &node,
                                                                         QTreeWidgetItem *above) {
        auto *item = above ? new QTreeWidgetItem(above) : new QTreeWidgetItem(m_tree);
        item->setText(0, node.text.simplified());
        item->setText(1, displayName(node));
        ++perColumn[node.column()];
        for (const NodeId &id : children.value(node.id)) {
            if (const Node *child = boxes.node(id))
                add(*child, item);
        }
    };
    for (const Node &n : boxes.nodes()) {
        if (!hasParent.contains(n.id))
            add(n, nullptr);
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    QStringList counts;
    for (const auto &[column, number] : perColumn) {
        const Node *example = nullptr;
        for (const Node &n : boxes.nodes()) {
            if (n.column() == column) {
                example = &n;
                break;
            }
        }
        counts << tr("%1: %2").arg(displayName(*example)).arg(number);
    }
    auto *levels = new QLabel(counts.join(QStringLiteral(" · ")), this);
    levels->setObjectName(QStringLiteral("pastePreviewCounts"));
    layout->addWidget(levels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(boxes.nodes().size() == 1
                      ? tr("&Paste 1 Box")
                      : tr("&Paste %1 Boxes").arg(static_cast<int>(boxes.nodes().size())));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace kdd
