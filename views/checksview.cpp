#include "checksview.h"

#include "checkresults.h"
#include "selection.h"

#include "model/checks.h"
#include "model/document.h"

#include <QHeaderView>
#include <QStyle>

namespace kdd {

ChecksView::ChecksView(CheckResults *results, Document *document, Selection *selection,
                       QWidget *parent)
    : QTreeWidget(parent), m_results(results), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("checks"));
    setColumnCount(2);
    setHeaderLabels({tr("Finding"), tr("Rule")});
    setRootIsDecorated(false);
    setWordWrap(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(results, &CheckResults::updated, this, &ChecksView::refresh);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString node = item->data(0, Qt::UserRole).toString();
        if (!node.isEmpty())
            m_selection->selectOne(node);
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
    refresh();
}

void ChecksView::refresh()
{
    clear();
    for (const Finding &f : m_results->findings()) {
        auto *item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, f.message);
        item->setToolTip(0, f.message);
        item->setText(1, f.rule);
        item->setToolTip(1, checkRuleTitle(*findCheckRule(f.rule)));
        // A measure finding selects the measure's first box, so the canvas shows where it is.
        QString node = f.node;
        if (node.isEmpty() && !f.measure.isEmpty()) {
            if (const Measure *m = m_document->diagram().measure(f.measure))
                node = m->nodes.value(0);
        }
        item->setData(0, Qt::UserRole, node);
    }
}

} // namespace kdd
