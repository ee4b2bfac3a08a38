#include "pdsapanel.h"

#include "selection.h"

#include "model/document.h"
#include "model/editoperations.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace kdd {
namespace {

enum Column {
    NumberColumn,
    PlanColumn,
    PredictionColumn,
    WhoColumn,
    StartColumn,
    EndColumn,
    StudyColumn,
    DecisionColumn,
    ColumnCount
};

// A day as the file holds it (YYYY-MM-DD, a real date) or empty; anything else is refused.
bool isDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return text.isEmpty()
        || (shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid());
}

// The cycle the team ran last: the highest number.
const PdsaCycle *latest(const Node &node)
{
    const auto it = std::max_element(
        node.cycles.begin(), node.cycles.end(),
        [](const PdsaCycle &a, const PdsaCycle &b) { return a.number < b.number; });
    return it == node.cycles.end() ? nullptr : &*it;
}

QPlainTextEdit *textEdit(const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(48);
    return edit;
}

} // namespace

PdsaPanel::PdsaPanel(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("pdsaMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_message);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content, 1);

    // The inline bar: the team's decision may call for another status, but only the user says so.
    m_suggestion = new QFrame;
    m_suggestion->setObjectName(QStringLiteral("pdsaSuggestion"));
    static_cast<QFrame *>(m_suggestion)->setFrameShape(QFrame::StyledPanel);
    m_suggestion->setAutoFillBackground(true);
    QPalette tint = m_suggestion->palette();
    tint.setColor(QPalette::Window, tint.color(QPalette::ToolTipBase));
    tint.setColor(QPalette::WindowText, tint.color(QPalette::ToolTipText));
    m_suggestion->setPalette(tint);
    auto *bar = new QHBoxLayout(m_suggestion);
    m_suggestionText = new QLabel;
    m_suggestionText->setWordWrap(true);
    auto *setStatus = new QPushButton(tr("Set Status"));
    setStatus->setObjectName(QStringLiteral("pdsaSetStatus"));
    bar->addWidget(m_suggestionText, 1);
    bar->addWidget(setStatus);
    content->addWidget(m_suggestion);
    connect(setStatus, &QPushButton::clicked, this, &PdsaPanel::applySuggestedStatus);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("pdsaTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Plan"), tr("Prediction"), tr("Who"),
                                        tr("Start"), tr("End"), tr("Study"), tr("Decision")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("PDSA cycles"));
    // Room for a few cycles: most ideas need three to five before a decision to adopt.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 4 * m_table->verticalHeader()->defaultSectionSize());
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_refreshing || row == m_row)
            return;
        // The fields of the cycle left behind are applied first, as when a field loses focus.
        if (!commit()) {
            const QSignalBlocker block(m_table);
            m_table->selectRow(m_row);
            return;
        }
        showCycle(row);
    });

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("New Cycle"));
    m_add->setObjectName(QStringLiteral("pdsaNewCycle"));
    m_delete = new QPushButton(tr("Delete Cycle"));
    m_delete->setObjectName(QStringLiteral("pdsaDeleteCycle"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &PdsaPanel::addCycle);
    connect(m_delete, &QPushButton::clicked, this, &PdsaPanel::deleteCycle);

    m_editor = new QWidget;
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel;
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    form->addRow(m_heading);
    m_plan = textEdit(tr("What will be tried, where, with whom"));
    m_prediction = textEdit(tr("What the team expects to happen"));
    m_who = new QLineEdit;
    m_start = new QLineEdit;
    m_end = new QLineEdit;
    // Partial dates are allowed while typing; the whole date is checked when it is applied.
    auto *dayShape = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), this);
    for (QLineEdit *day : {m_start, m_end}) {
        day->setPlaceholderText(tr("YYYY-MM-DD"));
        day->setValidator(dayShape);
        day->setMaxLength(10);
    }
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_end);
    m_study = textEdit(tr("What was learned, compared with the prediction"));
    m_decision = new QComboBox;
    m_decision->addItem(tr("(not decided)"), static_cast<int>(PdsaDecision::None));
    for (const PdsaDecision d :
         {PdsaDecision::Adopt, PdsaDecision::Adapt, PdsaDecision::Abandon, PdsaDecision::Continue})
        m_decision->addItem(displayName(d), static_cast<int>(d));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("pdsaError"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(red);
    m_error->hide();
    form->addRow(tr("Plan"), m_plan);
    form->addRow(tr("Prediction"), m_prediction);
    form->addRow(tr("Who"), m_who);
    form->addRow(tr("Dates"), dates);
    form->addRow(tr("Study"), m_study);
    form->addRow(tr("Decision"), m_decision);
    form->addRow(m_error);

    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
    split->addWidget(top);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    content->addWidget(split, 1);

    for (QWidget *field : {static_cast<QWidget *>(m_plan), static_cast<QWidget *>(m_prediction),
                           static_cast<QWidget *>(m_study)})
        field->installEventFilter(this);
    for (QLineEdit *line : {m_who, m_start, m_end})
        connect(line, &QLineEdit::editingFinished, this, [this] {
            if (!m_refreshing)
                commit();
        });
    connect(m_decision, &QComboBox::activated, this, [this] { commit(); });

    connect(m_selection, &Selection::changed, this, [this] {
        // A field being typed in belongs to the idea that was shown.
        commit();
        m_row = -1;
        refresh();
    });
    connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.has(DocumentChange::Reset)
            || (change.has(DocumentChange::NodesChanged | DocumentChange::NodesRemoved
                           | DocumentChange::NodesAdded)
                && (change.nodes.contains(m_shown)
                    || change.nodes.contains(m_selection->current()))))
            refresh();
    });
    refresh();
}

const Node *PdsaPanel::idea() const
{
    if (m_selection->selected().size() != 1)
        return nullptr;
    const Node *node = m_document->diagram().node(m_selection->selected().front());
    return node && node->isChange() ? node : nullptr;
}

QString PdsaPanel::ideaName(const Node &node) const
{
    const QString text = node.text.simplified();
    return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
}

void PdsaPanel::refresh()
{
    m_refreshing = true;
    const QStringList &selected = m_selection->selected();
    const Node *node = idea();
    m_shown = node ? node->id : NodeId();
    if (!node) {
        m_content->hide();
        m_message->show();
        if (selected.size() > 1)
            m_message->setText(tr("%1 boxes are selected. Select one change idea to see and edit "
                                  "its PDSA cycles.")
                                   .arg(selected.size()));
        else
            m_message->setText(tr("Select a change idea to see and edit the PDSA "
                                  "(Plan-Do-Study-Act) cycles the team ran on it."));
        m_refreshing = false;
        return;
    }
    m_message->hide();
    m_content->show();
    const int count = static_cast<int>(node->cycles.size());
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const PdsaCycle &c = node->cycles[static_cast<std::size_t>(row)];
        const QStringList cells = {
            QString::number(c.number), c.plan, c.prediction, c.who, c.start, c.end, c.study,
            displayName(c.decision)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column].simplified());
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(NumberColumn);
    if (m_row >= count || m_row < 0)
        m_row = count - 1;
    if (m_row >= 0)
        m_table->selectRow(m_row);
    else
        m_table->clearSelection();
    m_refreshing = false;
    showCycle(m_row);
    refreshSuggestion(*node);
}

void PdsaPanel::showCycle(int row)
{
    m_refreshing = true;
    const Node *node = idea();
    const bool has = node && row >= 0 && row < static_cast<int>(node->cycles.size());
    m_row = has ? row : -1;
    m_editor->setEnabled(has);
    m_delete->setEnabled(has);
    m_error->hide();
    const PdsaCycle shown = has ? node->cycles[static_cast<std::size_t>(row)] : PdsaCycle();
    m_heading->setText(has ? tr("PDSA cycle %1").arg(shown.number)
                           : tr("No cycle yet: New Cycle starts one."));
    m_plan->setPlainText(shown.plan);
    m_prediction->setPlainText(shown.prediction);
    m_who->setText(shown.who);
    m_start->setText(shown.start);
    m_end->setText(shown.end);
    m_study->setPlainText(shown.study);
    m_decision->setCurrentIndex(
        std::max(0, m_decision->findData(static_cast<int>(shown.decision))));
    for (QPlainTextEdit *edit : {m_plan, m_prediction, m_study})
        edit->document()->setModified(false);
    m_refreshing = false;
}

void PdsaPanel::refreshSuggestion(const Node &node)
{
    const PdsaCycle *last = latest(node);
    const std::optional<ChangeStatus> status =
        last ? suggestedStatus(last->decision) : std::nullopt;
    const bool differs = status && *status != node.status;
    m_suggestion->setVisible(differs);
    if (differs)
        m_suggestionText->setText(tr("The latest decision (%1) suggests the status %2.")
                                      .arg(displayName(last->decision), displayName(*status)));
}

bool PdsaPanel::commit()
{
    if (m_refreshing)
        return true;
    const Node *node = m_document->diagram().node(m_shown);
    if (!node || m_row < 0 || m_row >= static_cast<int>(node->cycles.size()))
        return true;
    std::vector<PdsaCycle> cycles = node->cycles;
    PdsaCycle &c = cycles[static_cast<std::size_t>(m_row)];
    const QString start = m_start->text().trimmed();
    const QString end = m_end->text().trimmed();
    QString problem;
    if (!isDay(start))
        problem = tr("The start “%1” is not a date: write it as YYYY-MM-DD.").arg(start);
    else if (!isDay(end))
        problem = tr("The end “%1” is not a date: write it as YYYY-MM-DD.").arg(end);
    else if (!start.isEmpty() && !end.isEmpty() && end < start)
        problem = tr("The cycle cannot end (%1) before it starts (%2).").arg(end, start);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_error->hide();
    c.plan = m_plan->toPlainText();
    c.prediction = m_prediction->toPlainText();
    c.who = m_who->text().trimmed();
    c.start = start;
    c.end = end;
    c.study = m_study->toPlainText();
    c.decision = static_cast<PdsaDecision>(m_decision->currentData().toInt());
    if (cycles == node->cycles)
        return true;
    const QString name = tr("Edit PDSA cycle %1 of “%2”").arg(c.number).arg(ideaName(*node));
    setCycles(*node, std::move(cycles), name);
    return true;
}

void PdsaPanel::addCycle()
{
    if (!commit())
        return;
    const Node *node = idea();
    if (!node)
        return;
    PdsaCycle cycle;
    const PdsaCycle *last = latest(*node);
    cycle.number = last ? last->number + 1 : 1;
    cycle.start =
        last && !last->end.isEmpty() ? last->end : QDate::currentDate().toString(Qt::ISODate);
    std::vector<PdsaCycle> cycles = node->cycles;
    cycles.push_back(cycle);
    m_row = static_cast<int>(cycles.size()) - 1;
    setCycles(*node, std::move(cycles),
              tr("Add PDSA cycle %1 to “%2”").arg(cycle.number).arg(ideaName(*node)));
    m_plan->setFocus(Qt::OtherFocusReason);
}

void PdsaPanel::deleteCycle()
{
    const Node *node = idea();
    if (!node || m_row < 0 || m_row >= static_cast<int>(node->cycles.size()))
        return;
    std::vector<PdsaCycle> cycles = node->cycles;
    const int number = cycles[static_cast<std::size_t>(m_row)].number;
    cycles.erase(cycles.begin() + m_row);
    m_row = std::min(m_row, static_cast<int>(cycles.size()) - 1);
    setCycles(*node, std::move(cycles),
              tr("Delete PDSA cycle %1 of “%2”").arg(number).arg(ideaName(*node)));
}

void PdsaPanel::applySuggestedStatus()
{
    const Node *node = idea();
    const PdsaCycle *last = node ? latest(*node) : nullptr;
    const std::optional<ChangeStatus> status =
        last ? suggestedStatus(last->decision) : std::nullopt;
    if (!status || *status == node->status)
        return;
    Node after = *node;
    after.status = *status;
    edit::setNodes(*m_document, {after},
                   tr("Status of “%1” → %2").arg(ideaName(*node), displayName(*status)));
}

void PdsaPanel::setCycles(const Node &node, std::vector<PdsaCycle> cycles, const QString &name)
{
    Node after = node;
    after.cycles = std::move(cycles);
    edit::setNodes(*m_document, {after}, name);
}

bool PdsaPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_refreshing)
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace kdd
