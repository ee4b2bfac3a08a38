#include "measuredataview.h"

#include "phaseseditor.h"
#include "selection.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/measuredataedits.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace kdd {

// The points of the current measure as rows; edits go back through the view, which refuses
// what is not valid.
class PointsModel : public QAbstractTableModel
{
public:
    explicit PointsModel(MeasureDataView *view) : QAbstractTableModel(view), m_view(view) {}

    void reload(const Measure *measure, std::vector<DataColumn> columns)
    {
        beginResetModel();
        m_points = measure ? measure->data : std::vector<MeasurePoint>();
        m_columns = std::move(columns);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_points.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
            return {};
        const MeasurePoint &p = m_points[static_cast<std::size_t>(index.row())];
        const auto number = [](double d) { return d == d ? numberText(d) : QString(); };
        switch (m_columns[static_cast<std::size_t>(index.column())]) {
        case DataColumn::Period:
            return p.period;
        case DataColumn::Dimension:
            return p.dimension;
        case DataColumn::Stratum:
            return p.stratum;
        case DataColumn::Value:
            return number(p.value);
        case DataColumn::Numerator:
            return number(p.numerator);
        case DataColumn::Denominator:
            return number(p.denominator);
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::EditRole)
            return false;
        if (value.toString() == data(index, Qt::EditRole).toString())
            return false;
        return m_view->applyCell(index.row(), m_columns[static_cast<std::size_t>(index.column())],
                                 value.toString());
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Vertical)
            return section + 1;
        switch (m_columns[static_cast<std::size_t>(section)]) {
        case DataColumn::Period:
            return MeasureDataView::tr("Period");
        case DataColumn::Dimension:
            return MeasureDataView::tr("Dimension");
        case DataColumn::Stratum:
            return MeasureDataView::tr("Stratum");
        case DataColumn::Value:
            return MeasureDataView::tr("Value");
        case DataColumn::Numerator:
            return MeasureDataView::tr("Numerator");
        case DataColumn::Denominator:
            return MeasureDataView::tr("Denominator");
        }
        return {};
    }

private:
    MeasureDataView *m_view;
    std::vector<MeasurePoint> m_points;
    std::vector<DataColumn> m_columns;
};

namespace {

// A table that takes Paste, Copy and Delete for itself, before the window's Edit menu (whose
// Ctrl+V pastes boxes) sees them, unless a cell is being edited.
class DataTable : public QTableView
{
public:
    explicit DataTable(MeasureDataView *view) : m_view(view) {}

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride && state() != EditingState) {
            auto *key = static_cast<QKeyEvent *>(e);
            if (key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Copy)
                || key->matches(QKeySequence::Delete)) {
                e->accept();
                return true;
            }
        }
        return QTableView::event(e);
    }

    void keyPressEvent(QKeyEvent *e) override
    {
        if (state() != EditingState) {
            if (e->matches(QKeySequence::Paste))
                return m_view->paste();
            if (e->matches(QKeySequence::Copy))
                return m_view->copy();
            if (e->matches(QKeySequence::Delete))
                return m_view->deleteSelectedRows();
        }
        QTableView::keyPressEvent(e);
    }

private:
    MeasureDataView *m_view;
};

QToolButton *button(const QString &text, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

// The period after `period`: the next month, or the next day.
QString nextPeriod(const QString &period)
{
    if (periodForm(period) == PeriodForm::Day)
        return QDate::fromString(period, QStringLiteral("yyyy-MM-dd"))
            .addDays(1)
            .toString(QStringLiteral("yyyy-MM-dd"));
    const QDate month =
        QDate::fromString(period + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return month.addMonths(1).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

MeasureDataView::MeasureDataView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("measureData"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    m_measureCombo = new QComboBox;
    m_measureCombo->setObjectName(QStringLiteral("measureDataMeasure"));
    m_measureCombo->setAccessibleName(tr("Measure"));
    m_measureCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measureCombo->setMinimumContentsLength(12);
    layout->addWidget(m_measureCombo);

    auto *settings = new QHBoxLayout;
    m_better = new QComboBox;
    m_better->setAccessibleName(tr("Better"));
    m_better->setToolTip(tr("Which way is an improvement for this measure"));
    m_better->addItem(tr("Direction not set"), static_cast<int>(spc::Better::Unspecified));
    m_better->addItem(tr("Higher is better"), static_cast<int>(spc::Better::Higher));
    m_better->addItem(tr("Lower is better"), static_cast<int>(spc::Better::Lower));
    m_chart = new QComboBox;
    m_chart->setAccessibleName(tr("Chart"));
    m_chart->setToolTip(tr("The chart drawn from the data; Automatic draws a P chart for "
                           "numerator and denominator, else a run chart"));
    m_chart->addItem(tr("Automatic chart"), -1);
    m_chart->addItem(tr("Run chart"), static_cast<int>(spc::ChartType::Run));
    m_chart->addItem(tr("I chart"), static_cast<int>(spc::ChartType::I));
    m_chart->addItem(tr("P chart"), static_cast<int>(spc::ChartType::P));
    m_chart->addItem(tr("U chart"), static_cast<int>(spc::ChartType::U));
    settings->addWidget(m_better, 1);
    settings->addWidget(m_chart, 1);
    layout->addLayout(settings);

    m_model = new PointsModel(this);
    m_table = new DataTable(this);
    m_table->setObjectName(QStringLiteral("measureDataTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Whole headers and numbers; the last column takes what is left of a wide dock.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 1);

    auto *bar = new QHBoxLayout;
    QToolButton *add = button(tr("Add Row"), tr("Add a point for the period after the last one"));
    QToolButton *remove = button(tr("Delete Rows"), tr("Delete the points of the selected rows"));
    QToolButton *pasteButton =
        button(tr("Paste"), tr("Paste cells copied from a spreadsheet (Ctrl+V in the table)"));
    connect(add, &QToolButton::clicked, this, &MeasureDataView::addRow);
    connect(remove, &QToolButton::clicked, this, &MeasureDataView::deleteSelectedRows);
    connect(pasteButton, &QToolButton::clicked, this, &MeasureDataView::paste);
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addWidget(pasteButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_phases = new PhasesEditor(document);
    m_phases->suggestedStart = [this] {
        const QModelIndex at = m_table->currentIndex();
        const int row = at.isValid() ? at.row() : m_model->rowCount() - 1;
        return row < 0 ? QString() : m_model->index(row, 0).data().toString();
    };
    connect(m_phases, &PhasesEditor::refused, this, &MeasureDataView::showMessage);
    layout->addWidget(m_phases);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("measureDataMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_measureCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_refreshing)
            setMeasure(m_measureCombo->currentData().toString());
    });
    connect(m_better, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const Measure *m = current();
        if (m_refreshing || !m)
            return;
        Measure after = *m;
        after.better = static_cast<spc::Better>(m_better->currentData().toInt());
        edit::setMeasure(*m_document, after);
    });
    connect(m_chart, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const Measure *m = current();
        if (m_refreshing || !m)
            return;
        Measure after = *m;
        const int chart = m_chart->currentData().toInt();
        after.chart = chart < 0 ? std::nullopt
                                : std::optional<spc::ChartType>(static_cast<spc::ChartType>(chart));
        edit::setMeasure(*m_document, after);
    });
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.has(DocumentChange::Measures))
            refresh();
    });
    connect(selection, &Selection::changed, this, &MeasureDataView::follow);
    refresh();
}

const Measure *MeasureDataView::current() const
{
    return m_document->diagram().measure(m_measureId);
}

QString MeasureDataView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

std::vector<DataColumn> MeasureDataView::columns() const
{
    std::vector<DataColumn> c{DataColumn::Period, DataColumn::Dimension, DataColumn::Stratum};
    const Measure *m = current();
    if (m && measureUsesRatios(*m)) {
        c.push_back(DataColumn::Numerator);
        c.push_back(DataColumn::Denominator);
    } else {
        c.push_back(DataColumn::Value);
    }
    return c;
}

void MeasureDataView::setMeasure(const MeasureId &id)
{
    if (id == m_measureId)
        return;
    m_measureId = id;
    m_message->hide();
    refresh();
}

// A box selected on the canvas or in the outline brings its first measure, unless the measure
// shown is one of its own.
void MeasureDataView::follow()
{
    const NodeId &box = m_selection->current();
    if (box.isEmpty())
        return;
    const std::vector<const Measure *> own = m_document->diagram().measuresOf(box);
    if (own.empty())
        return;
    if (std::none_of(own.begin(), own.end(),
                     [this](const Measure *m) { return m->id == m_measureId; }))
        setMeasure(own.front()->id);
}

void MeasureDataView::refresh()
{
    m_refreshing = true;
    const Diagram &diagram = m_document->diagram();
    if (!diagram.measure(m_measureId))
        m_measureId = diagram.measures().empty() ? MeasureId() : diagram.measures().front().id;
    m_measureCombo->clear();
    for (const Measure &m : diagram.measures())
        m_measureCombo->addItem(m.name.isEmpty() ? m.id : m.name, m.id);
    m_measureCombo->setCurrentIndex(m_measureCombo->findData(m_measureId));
    const Measure *m = current();
    m_better->setEnabled(m != nullptr);
    m_chart->setEnabled(m != nullptr);
    m_table->setEnabled(m != nullptr);
    m_phases->setMeasure(m ? m->id : MeasureId());
    if (m) {
        m_better->setCurrentIndex(m_better->findData(static_cast<int>(m->better)));
        m_chart->setCurrentIndex(m_chart->findData(m->chart ? static_cast<int>(*m->chart) : -1));
    }
    const QModelIndex was = m_table->currentIndex();
    m_model->reload(m, columns());
    if (was.isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(was.row(), m_model->rowCount() - 1),
                           std::min(was.column(), m_model->columnCount() - 1)));
    m_refreshing = false;
}

void MeasureDataView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text.section(QLatin1Char('\n'), 0, 0));
}

QString MeasureDataView::undoName() const
{
    const Measure *m = current();
    return m ? (m->name.isEmpty() ? m->id : m->name) : QString();
}

bool MeasureDataView::applyCell(int row, DataColumn column, const QString &text)
{
    const Measure *m = current();
    if (!m || row < 0 || row >= static_cast<int>(m->data.size()))
        return false;
    Measure after = *m;
    MeasurePoint &p = after.data[static_cast<std::size_t>(row)];
    const QString typed = text.trimmed();
    if (column == DataColumn::Period) {
        const std::optional<QString> period = normalisedPeriod(typed);
        if (!period) {
            showMessage(
                tr("“%1” is not a period: write 2025-07, 2025-07-14 or Jul 2025").arg(typed));
            return false;
        }
        p.period = *period;
    } else if (column == DataColumn::Dimension) {
        p.dimension = typed;
    } else if (column == DataColumn::Stratum) {
        p.stratum = typed;
    } else {
        const std::optional<double> number = plainNumber(typed, column == DataColumn::Value);
        if (!number) {
            showMessage(tr("“%1” is not a number: write it with a decimal point and no "
                           "thousands separators, such as 1234.5")
                            .arg(typed));
            return false;
        }
        (column == DataColumn::Value       ? p.value
         : column == DataColumn::Numerator ? p.numerator
                                           : p.denominator) = *number;
    }
    if (const QString problem = seriesProblem(after.data); !problem.isEmpty()) {
        showMessage(tr("Not changed: %1").arg(problem));
        return false;
    }
    m_message->hide();
    // Applied once the table has finished with its editor: the edit reloads the table.
    QMetaObject::invokeMethod(
        this,
        [this, after, text = tr("Edit data of “%1”").arg(undoName())] {
            edit::setMeasureData(*m_document, after, text);
        },
        Qt::QueuedConnection);
    return true;
}

bool MeasureDataView::pasteText(const QString &text)
{
    const Measure *m = current();
    if (!m) {
        showMessage(tr("Add a measure first: the data belong to a measure"));
        return false;
    }
    const MeasureTable table = readMeasurePaste(text, columns());
    if (!table.ok()) {
        QStringList lines;
        for (std::size_t i = 0; i < table.problems.size() && i < 8; ++i)
            lines << table.problems[i].toString();
        if (table.problems.size() > 8)
            lines << tr("… and %1 more").arg(table.problems.size() - 8);
        showMessage(tr("Nothing pasted:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    const DataMerge merged = mergeMeasureData(*m, table.points, ImportMode::Merge);
    if (!merged.ok()) {
        showMessage(tr("Nothing pasted: %1").arg(merged.error));
        return false;
    }
    const QString name = undoName();
    if (!edit::setMeasureData(*m_document, merged.measure, tr("Paste data into “%1”").arg(name))) {
        showMessage(tr("Nothing changed: the pasted points are already there"));
        return false;
    }
    m_message->hide();
    emit statusMessage(
        tr("%1: %2 points added, %3 replaced").arg(name).arg(merged.added).arg(merged.replaced));
    return true;
}

void MeasureDataView::paste()
{
    if (const QClipboard *clipboard = QGuiApplication::clipboard())
        pasteText(clipboard->text());
}

void MeasureDataView::copy() const
{
    const QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c)
            fields << m_model->index(r, c).data().toString();
        rows << fields.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(rows.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void MeasureDataView::addRow()
{
    const Measure *m = current();
    if (!m)
        return;
    Measure after = *m;
    MeasurePoint p;
    if (after.data.empty()) {
        p.period = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    } else {
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row()
                                                          : static_cast<int>(after.data.size()) - 1;
        const MeasurePoint &like = after.data[static_cast<std::size_t>(row)];
        p.dimension = like.dimension;
        p.stratum = like.stratum;
        QString last = after.data.front().period;
        for (const MeasurePoint &q : after.data) {
            if (q.group() == p.group())
                last = std::max(last, q.period);
        }
        p.period = nextPeriod(last);
    }
    // A point must hold a number; 0 stands in until the real one is typed over it.
    if (measureUsesRatios(*m)) {
        p.numerator = 0;
        p.denominator = 0;
    } else {
        p.value = 0;
    }
    after.data.push_back(p);
    if (!seriesProblem(after.data).isEmpty())
        return;
    edit::setMeasureData(*m_document, after, tr("Add a data point to “%1”").arg(undoName()));
    const QModelIndex number = m_model->index(m_model->rowCount() - 1, 3);
    m_table->setCurrentIndex(number);
    m_table->edit(number);
}

void MeasureDataView::deleteSelectedRows()
{
    const Measure *m = current();
    if (!m)
        return;
    std::set<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    if (rows.empty())
        return;
    Measure after = *m;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < static_cast<int>(after.data.size()))
            after.data.erase(after.data.begin() + *it);
    }
    edit::setMeasureData(*m_document, after, tr("Delete data points of “%1”").arg(undoName()));
}

} // namespace kdd
