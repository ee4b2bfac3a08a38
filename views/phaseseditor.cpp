#include "phaseseditor.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/measurecsv.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kdd {

PhasesEditor::PhasesEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(0, 2)),
      m_add(new QToolButton), m_remove(new QToolButton)
{
    setObjectName(QStringLiteral("measurePhases"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Phases"));
    title->setToolTip(tr("From each phase's start the charts compute the centre and limits "
                         "afresh, e.g. after a change was adopted"));
    bar->addWidget(title);
    bar->addStretch(1);
    m_add->setText(tr("New Phase"));
    m_add->setToolTip(tr("Start a phase at the period of the selected data row (or the last "
                         "period)"));
    m_remove->setText(tr("Remove Phase"));
    m_remove->setToolTip(tr("Remove the selected phase: its points join the phase before"));
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("measurePhasesTable"));
    m_table->setAccessibleName(tr("Phases"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Label")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A few rows show; a measure rarely has more than three phases.
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 4
                              + m_table->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_table);

    connect(m_add, &QToolButton::clicked, this, &PhasesEditor::newPhase);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removePhase(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing)
            return;
        if (item->column() == 1) {
            setLabel(item->row(), item->text());
            return;
        }
        QString error;
        if (!setStart(item->row(), item->text(), &error)) {
            emit refused(error);
            refreshLater(); // the start as it was
        }
    });
    // Later, not at once: the change may come from a cell of this table being edited, whose
    // item must outlive the signal it is sending.
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.has(DocumentChange::Measures))
            refreshLater();
    });
    refresh();
}

const Measure *PhasesEditor::current() const { return m_document->diagram().measure(m_measureId); }

void PhasesEditor::setMeasure(const MeasureId &id)
{
    if (id == m_measureId)
        return;
    m_measureId = id;
    refresh();
}

void PhasesEditor::refreshLater() { QTimer::singleShot(0, this, &PhasesEditor::refresh); }

void PhasesEditor::refresh()
{
    m_refreshing = true;
    const Measure *m = current();
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    if (m) {
        m_table->setRowCount(static_cast<int>(m->phases.size()));
        for (int i = 0; i < static_cast<int>(m->phases.size()); ++i) {
            const MeasurePhase &phase = m->phases[static_cast<std::size_t>(i)];
            m_table->setItem(i, 0, new QTableWidgetItem(phase.start));
            m_table->setItem(i, 1, new QTableWidgetItem(phase.label));
        }
        if (row >= 0 && m_table->rowCount() > 0)
            m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
    }
    setEnabled(m != nullptr);
    m_remove->setEnabled(m && !m->phases.empty());
    m_refreshing = false;
}

void PhasesEditor::commit(std::vector<MeasurePhase> phases)
{
    const Measure *m = current();
    if (!m)
        return;
    std::stable_sort(
        phases.begin(), phases.end(),
        [](const MeasurePhase &a, const MeasurePhase &b) { return a.start < b.start; });
    if (phases == m->phases)
        return;
    Measure after = *m;
    after.phases = std::move(phases);
    edit::setMeasure(*m_document, after);
}

std::optional<QString> PhasesEditor::freeStart(const QString &text, int except,
                                               QString *error) const
{
    const Measure *m = current();
    const std::optional<QString> period = normalisedPeriod(text.trimmed());
    if (!m || !period) {
        if (error)
            *error = tr("\"%1\" is not a period: write a month (2025-07) or a day (2025-07-14)")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    for (int i = 0; i < static_cast<int>(m->phases.size()); ++i) {
        if (i != except && m->phases[static_cast<std::size_t>(i)].start == *period) {
            if (error)
                *error = tr("A phase already starts at %1").arg(*period);
            return std::nullopt;
        }
    }
    return period;
}

bool PhasesEditor::addPhase(const QString &start, const QString &label, QString *error)
{
    const Measure *m = current();
    const std::optional<QString> period = freeStart(start, -1, error);
    if (!m || !period)
        return false;
    std::vector<MeasurePhase> phases = m->phases;
    MeasurePhase phase;
    phase.start = *period;
    phase.label = label.trimmed();
    phases.push_back(phase);
    commit(std::move(phases));
    return true;
}

bool PhasesEditor::setStart(int row, const QString &text, QString *error)
{
    const Measure *m = current();
    if (!m || row < 0 || row >= static_cast<int>(m->phases.size()))
        return false;
    const std::optional<QString> period = freeStart(text, row, error);
    if (!period)
        return false;
    std::vector<MeasurePhase> phases = m->phases;
    phases[static_cast<std::size_t>(row)].start = *period;
    commit(std::move(phases));
    return true;
}

void PhasesEditor::setLabel(int row, const QString &text)
{
    const Measure *m = current();
    if (!m || row < 0 || row >= static_cast<int>(m->phases.size()))
        return;
    std::vector<MeasurePhase> phases = m->phases;
    phases[static_cast<std::size_t>(row)].label = text.trimmed();
    commit(std::move(phases));
}

void PhasesEditor::removePhase(int row)
{
    const Measure *m = current();
    if (!m || row < 0 || row >= static_cast<int>(m->phases.size()))
        return;
    std::vector<MeasurePhase> phases = m->phases;
    phases.erase(phases.begin() + row);
    commit(std::move(phases));
}

void PhasesEditor::newPhase()
{
    const QString start = suggestedStart ? suggestedStart() : QString();
    if (start.isEmpty()) {
        emit refused(tr("Add data first: a phase starts at one of the measure's periods"));
        return;
    }
    QString error;
    if (!addPhase(start, QString(), &error)) {
        emit refused(error);
        return;
    }
    refresh();
    const Measure *m = current();
    const std::optional<QString> period = normalisedPeriod(start);
    for (int i = 0; m && period && i < m_table->rowCount(); ++i) {
        if (m_table->item(i, 0)->text() == *period) {
            m_table->setCurrentCell(i, 1);
            m_table->editItem(m_table->item(i, 1));
        }
    }
}

} // namespace kdd
