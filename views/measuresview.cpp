#include "measuresview.h"

#include "selection.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/textlists.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kdd {
namespace {

enum Column { Name, Type, Numerator, Denominator, Source, Target, Strata, Attached, ColumnCount };

// A table that drags a measure out as its id, for dropping onto a box.
class MeasureTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    QMimeData *mimeData(const QList<QTableWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(MeasuresView::measureMimeType(),
                      item(items.first()->row(), Name)->data(Qt::UserRole).toString().toUtf8());
        return mime;
    }
    QStringList mimeTypes() const override { return {MeasuresView::measureMimeType()}; }
};

QToolButton *button(const QString &text, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

QString MeasuresView::measureMimeType()
{
    return QStringLiteral("application/x-keydriver-measure");
}

MeasuresView::MeasuresView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("measures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    const std::pair<MeasureType, QString> kinds[] = {{MeasureType::Outcome, tr("+ Outcome")},
                                                     {MeasureType::Process, tr("+ Process")},
                                                     {MeasureType::Balancing, tr("+ Balancing")}};
    for (const auto &[type, label] : kinds) {
        QToolButton *add =
            button(label, tr("Add a measure of this type, attached to the selected boxes"));
        connect(add, &QToolButton::clicked, this, [this, type = type] { addMeasure(type); });
        bar->addWidget(add);
    }
    QToolButton *attach = button(tr("Attach"), tr("Attach the measure to the selected boxes"));
    connect(attach, &QToolButton::clicked, this, [this] { attachToSelection(true); });
    QToolButton *detach = button(tr("Detach"), tr("Detach the measure from the selected boxes"));
    connect(detach, &QToolButton::clicked, this, [this] { attachToSelection(false); });
    m_stratify = button(tr("Stratify"), tr("Choose the dimensions this measure is broken down by"));
    m_stratify->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_stratify);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const Measure *m = m_document->diagram().measure(currentMeasure());
        QStringList dims = standardStratificationDimensions();
        if (m) {
            for (const QString &own : m->stratifyBy) {
                if (!dims.contains(own))
                    dims << own;
            }
        }
        for (const QString &dim : dims) {
            // A mnemonic on the first letter: Ctrl+Alt+S, R stratifies by race.
            QString label = dim;
            label.replace(QLatin1Char('&'), QStringLiteral("&&")).prepend(QLatin1Char('&'));
            QAction *a = menu->addAction(label);
            a->setCheckable(true);
            a->setChecked(m && m->stratifyBy.contains(dim));
            a->setEnabled(m != nullptr);
            connect(a, &QAction::triggered, this, [this, dim] { toggleStratification(dim); });
        }
        menu->addSeparator();
        QAction *other = menu->addAction(tr("&Other dimension…"));
        other->setEnabled(m != nullptr);
        connect(other, &QAction::triggered, this, [this] {
            const QString dim =
                QInputDialog::getText(this, tr("Stratify by"), tr("Dimension:")).trimmed();
            if (!dim.isEmpty())
                toggleStratification(dim);
        });
    });
    m_stratify->setMenu(menu);
    QToolButton *remove = button(tr("Delete"), tr("Delete the measure"));
    connect(remove, &QToolButton::clicked, this,
            [this] { edit::removeMeasure(*m_document, currentMeasure()); });
    // Two rows, so that the dock can be as narrow as the others it shares the side with.
    bar->addStretch();
    layout->addLayout(bar);
    auto *actions = new QHBoxLayout;
    for (QToolButton *b : {attach, detach, m_stratify, remove})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);

    m_table = new MeasureTable(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Numerator"), tr("Denominator"),
                                        tr("Data source"), tr("Target"), tr("Stratified by"),
                                        tr("Attached to")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing)
            return;
        const int row = item->row();
        // Applied once the table has finished with its editor: the edit rebuilds the table.
        QMetaObject::invokeMethod(
            this, [this, row] { applyRow(row); }, Qt::QueuedConnection);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        // Selecting a measure selects the boxes it measures.
        if (m_refreshing || row < 0)
            return;
        if (const Measure *m = m_document->diagram().measure(currentMeasure()))
            m_selection->select(m->nodes);
        emit currentMeasureChanged(currentMeasure());
    });
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        using C = DocumentChange;
        if (change.has(C::Measures | C::NodesRemoved | C::NodesChanged))
            refresh();
    });
    refresh();
}

void MeasuresView::addMeasure(MeasureType type)
{
    selectMeasure(edit::addMeasure(*m_document, type, m_selection->selected()));
    editCurrentName();
}

void MeasuresView::popupStratifyMenu() { m_stratify->showMenu(); }

MeasureId MeasuresView::currentMeasure() const
{
    const int row = m_table->currentRow();
    return row < 0 ? MeasureId() : m_table->item(row, Name)->data(Qt::UserRole).toString();
}

void MeasuresView::selectMeasure(const MeasureId &id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toString() == id) {
            m_table->setCurrentCell(row, Name);
            return;
        }
    }
}

void MeasuresView::editCurrentName()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    // The dock may be a tab behind another: bring it forward so the name can be typed.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    // The buttons take no focus, so without this the keys would go on to the canvas and
    // overwrite the selected box's text.
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
}

void MeasuresView::refresh()
{
    m_refreshing = true;
    const MeasureId current = currentMeasure();
    const Diagram &d = m_document->diagram();
    m_table->setRowCount(static_cast<int>(d.measures().size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Measure &m = d.measures()[static_cast<std::size_t>(row)];
        const auto set = [&](int column, const QString &text, bool editable = true) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        };
        set(Name, m.name);
        m_table->item(row, Name)->setData(Qt::UserRole, m.id);
        set(Type, QString(), false);
        auto *type = new QComboBox;
        // The type's name in the program's language; the file's word rides along as data.
        for (const QString &word : measureTypeWords())
            type->addItem(displayName(*parseMeasureType(word)), word);
        type->setCurrentIndex(type->findData(toString(m.type)));
        connect(type, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, type, id = m.id](int index) {
                    const QString word = type->itemData(index).toString();
                    // Queued: the edit rebuilds the table, and with it this combo box.
                    QMetaObject::invokeMethod(
                        this,
                        [this, id, word] {
                            if (const Measure *measure = m_document->diagram().measure(id)) {
                                Measure after = *measure;
                                after.type = *parseMeasureType(word);
                                edit::setMeasure(*m_document, after);
                            }
                        },
                        Qt::QueuedConnection);
                });
        m_table->setCellWidget(row, Type, type);
        set(Numerator, m.numerator);
        set(Denominator, m.denominator);
        set(Source, m.source);
        set(Target, m.target);
        set(Strata, m.stratifyBy.join(QStringLiteral(", ")));
        QStringList attached;
        for (const QString &id : m.nodes) {
            if (const Node *n = d.node(id))
                attached << n->text.simplified().left(40);
        }
        set(Attached, attached.join(QStringLiteral("; ")), false);
    }
    selectMeasure(current); // still refreshing: restoring the row must not select boxes
    m_refreshing = false;
}

void MeasuresView::applyRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const Measure *m =
        m_document->diagram().measure(m_table->item(row, Name)->data(Qt::UserRole).toString());
    if (!m)
        return;
    Measure after = *m;
    after.name = m_table->item(row, Name)->text();
    after.numerator = m_table->item(row, Numerator)->text();
    after.denominator = m_table->item(row, Denominator)->text();
    after.source = m_table->item(row, Source)->text();
    after.target = m_table->item(row, Target)->text();
    after.stratifyBy = splitUserList(m_table->item(row, Strata)->text());
    edit::setMeasure(*m_document, after);
}

void MeasuresView::attachToSelection(bool attach)
{
    edit::attachMeasure(*m_document, currentMeasure(), m_selection->selected(), attach);
}

void MeasuresView::toggleStratification(const QString &dimension)
{
    const Measure *m = m_document->diagram().measure(currentMeasure());
    if (!m)
        return;
    Measure after = *m;
    if (after.stratifyBy.contains(dimension))
        after.stratifyBy.removeAll(dimension);
    else
        after.stratifyBy << dimension;
    edit::setMeasure(*m_document, after);
}

} // namespace kdd
