#include "equitypanel.h"

#include "selection.h"

#include "model/document.h"
#include "model/equitylens.h"

#include <algorithm>

namespace kdd {

EquityPanel::EquityPanel(Document *document, Selection *selection, QWidget *parent)
    : QTreeWidget(parent), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("equityPanel"));
    setHeaderHidden(true);
    setWordWrap(true);
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        using C = DocumentChange;
        m_signals.forget(change);
        if (!change.only(C::NodeOrder | C::LayoutOptions | C::Revisions | C::ParkingLot))
            refresh();
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            m_selection->selectOne(id);
    });
    refresh();
}

void EquityPanel::refresh()
{
    clear();
    const Diagram &d = m_document->diagram();
    m_signals.update(d);
    const EquityLens lens = equityLensWithData(d, &m_signals);
    const std::vector<Practice> &claimed = d.metadata().practices;
    const auto boxItem = [&](QTreeWidgetItem *parent, const NodeId &id, const QString &prefix) {
        auto *item = new QTreeWidgetItem(parent);
        const Node *n = d.node(id);
        item->setText(0, prefix + (n ? n->text.simplified() : id));
        item->setToolTip(0, n ? n->text : id);
        item->setData(0, Qt::UserRole, id);
    };
    for (const auto &[practice, boxes] : lens.coverage) {
        auto *top = new QTreeWidgetItem(this);
        const bool isClaimed = std::find(claimed.begin(), claimed.end(), practice) != claimed.end();
        QString label = QStringLiteral("%1 (%2)").arg(displayName(practice)).arg(boxes.size());
        if (isClaimed)
            label += boxes.empty() ? tr(" — claimed, but no box carries it") : tr(" — claimed");
        top->setText(0, label);
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        if (isClaimed && boxes.empty())
            top->setForeground(0, QColor(0xc6, 0x28, 0x28));
        for (const NodeId &id : boxes)
            boxItem(top, id, QString());
    }
    if (!lens.unstratified.isEmpty() || !lens.missingPartner.isEmpty()
        || !lens.strataMissing.isEmpty() || !lens.widening.empty()
        || !lens.dimensionsWithoutData.empty()) {
        auto *gaps = new QTreeWidgetItem(this);
        gaps->setText(0, tr("Gaps"));
        gaps->setForeground(0, QColor(0xc6, 0x28, 0x28));
        for (const Node &n : d.nodes()) {
            if (lens.unstratified.contains(n.id))
                boxItem(gaps, n.id, tr("Measure not stratified: "));
            if (lens.missingPartner.contains(n.id))
                boxItem(gaps, n.id, tr("No owner or outside partner: "));
            if (lens.strataMissing.contains(n.id))
                boxItem(gaps, n.id, tr("Stratified measure, data without strata: "));
        }
        for (const EquityLens::UnsplitData &u : lens.dimensionsWithoutData) {
            auto *item = new QTreeWidgetItem(gaps);
            //: %1 a measure's name, %2 the dimensions ("language, insurance").
            item->setText(0, tr("No data by %2 yet in %1")
                                 .arg(u.name.isEmpty() ? u.measure : u.name,
                                      u.dimensions.join(QStringLiteral(", "))));
            item->setToolTip(0, tr("The measure is to be stratified by these too, but no data "
                                   "point is split by them: the gaps along them cannot be seen."));
            const Measure *m = d.measure(u.measure);
            if (m && !m->nodes.isEmpty())
                item->setData(0, Qt::UserRole, m->nodes.front());
        }
        for (const EquityLens::WideningGap &w : lens.widening) {
            auto *item = new QTreeWidgetItem(gaps);
            QStringList gapNames;
            for (const QString &gap : w.gaps)
                gapNames << tr("%1 widening").arg(gap);
            item->setText(0, tr("Gap widening in %1: %2")
                                 .arg(w.name.isEmpty() ? w.measure : w.name,
                                      gapNames.join(QStringLiteral(", "))));
            item->setToolTip(0, tr("The latest signal on the gap chart moves away from zero."));
            const Measure *m = d.measure(w.measure);
            if (m && !m->nodes.isEmpty())
                item->setData(0, Qt::UserRole, m->nodes.front());
        }
    }
    expandAll();
}

} // namespace kdd
