#include "inspector.h"

#include "selection.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/priority.h"
#include "model/textlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace kdd {
namespace {

// Kind combo entries: (kind, level).
const std::pair<NodeKind, int> kKinds[] = {{NodeKind::Aim, 1},
                                           {NodeKind::Driver, 1},
                                           {NodeKind::Driver, 2},
                                           {NodeKind::Driver, 3},
                                           {NodeKind::Change, 1}};

int kindIndex(const Node &n)
{
    if (n.isAim())
        return 0;
    if (n.isChange())
        return 4;
    return n.level;
}

QPlainTextEdit *textField(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

Inspector::Inspector(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_nodeForm = new QWidget;
    auto *form = new QFormLayout(m_nodeForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_text = textField(4);
    m_text->setObjectName(QStringLiteral("inspectorText"));
    m_notes = textField(3);
    m_kind = new QComboBox;
    m_kind->addItems({displayName(NodeKind::Aim, 0), displayName(NodeKind::Driver, 1),
                      displayName(NodeKind::Driver, 2), displayName(NodeKind::Driver, 3),
                      displayName(NodeKind::Change, 0)});
    m_role = new QComboBox;
    m_role->addItems({tr("—"), displayName(AimRole::Global), displayName(AimRole::Smart)});
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->addItems(
        {tr("Idea (not yet tested)"), tr("Testing"), tr("Adopted"), tr("Abandoned")});
    m_reliability = new QComboBox;
    m_reliability->addItems({tr("—"), tr("1"), tr("2"), tr("3")});
    m_owner = new QLineEdit;
    m_owner->setObjectName(QStringLiteral("inspectorOwner"));
    m_partners = new QLineEdit;
    m_partners->setPlaceholderText(tr("e.g. food bank, tenants' association"));
    m_partners->setToolTip(tr("Partners from outside the health system, separated by commas"));
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Reliability"), m_reliability);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Partners"), m_partners);
    m_votes = new QLabel;
    m_votes->setObjectName(QStringLiteral("inspectorVotes"));
    m_votes->setWordWrap(true);
    m_votes->setToolTip(tr("V adds a vote, Shift+V takes one back; View ▸ Prioritise places the "
                           "idea by impact and effort"));
    form->addRow(tr("Votes"), m_votes);
    form->addRow(tr("Notes"), m_notes);
    auto *practices = new QWidget;
    auto *practicesLayout = new QVBoxLayout(practices);
    practicesLayout->setContentsMargins(0, 0, 0, 0);
    practicesLayout->setSpacing(2);
    for (const QString &word : practiceWords()) {
        auto *box = new QCheckBox(displayName(*parsePractice(word)));
        m_practices.push_back(box);
        practicesLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_multi.isEmpty())
                return;
            touched(PracticesField);
            apply();
        });
        const int index = static_cast<int>(m_practices.size()) - 1;
        connect(box, &QCheckBox::clicked, this, [this, box, index] {
            if (m_multi.isEmpty() || m_refreshing)
                return;
            // A click on a mixed or clear box gives the practice to all, then takes it from all.
            if (box->checkState() == Qt::PartiallyChecked)
                box->setCheckState(Qt::Checked);
            applyMulti(PracticesField, index);
        });
    }
    form->addRow(tr("Practices"), practices);
    layout->addWidget(m_nodeForm);

    m_linkForm = new QWidget;
    auto *linkLayout = new QFormLayout(m_linkForm);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    m_linkLabel = new QLabel;
    m_linkLabel->setWordWrap(true);
    m_strength = new QComboBox;
    m_strength->addItems({tr("Strong (solid line)"), tr("Weak (dashed line)")});
    linkLayout->addRow(m_linkLabel);
    linkLayout->addRow(tr("Link strength"), m_strength);
    layout->addWidget(m_linkForm);
    layout->addStretch();

    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_notes),
                       static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_partners)})
        w->installEventFilter(this);
    for (QComboBox *combo : {m_kind, m_role, m_status, m_reliability, m_strength}) {
        // Narrow docks: combos may shrink below their longest entry.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        // Scrolling the inspector must not change a box: the wheel only turns a focused combo.
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
    }
    const std::pair<QComboBox *, Field> combos[] = {{m_kind, KindField},
                                                    {m_role, RoleField},
                                                    {m_status, StatusField},
                                                    {m_reliability, ReliabilityField}};
    for (const auto &[combo, field] : combos) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field = field] {
            if (!m_multi.isEmpty()) {
                if (field == StatusField && !m_refreshing)
                    applyMulti(StatusField);
                return;
            }
            touched(field);
            apply();
        });
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { touched(TextField); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { touched(NotesField); });
    connect(m_owner, &QLineEdit::textEdited, this, [this] { touched(OwnerField); });
    connect(m_partners, &QLineEdit::textEdited, this, [this] { touched(PartnersField); });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        if (m_multi.isEmpty())
            apply();
        else if (m_owner->isModified())
            applyMulti(OwnerField);
    });
    connect(m_partners, &QLineEdit::editingFinished, this, &Inspector::apply);
    connect(m_strength, &QComboBox::currentIndexChanged, this, &Inspector::applyLinkStrength);
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        // It shows one box and one link: measures, metadata and revisions are not its business.
        using C = DocumentChange;
        if (change.has(C::NodesAdded | C::NodesRemoved | C::NodesChanged | C::Links))
            refresh();
    });
    connect(selection, &Selection::changed, this, &Inspector::refresh);
    refresh();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *combo = qobject_cast<QComboBox *>(watched); combo && !combo->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        apply();
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            apply();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Inspector::touched(int field)
{
    if (!m_refreshing)
        m_dirty |= field;
}

void Inspector::refresh()
{
    m_refreshing = true;
    if (m_selection->current() != m_shown)
        m_dirty = 0; // another box: nothing of this one is pending
    const Diagram &d = m_document->diagram();
    std::vector<const Node *> several;
    if (m_selection->selected().size() > 1) {
        for (const QString &id : m_selection->selected()) {
            if (const Node *node = d.node(id))
                several.push_back(node);
        }
    }
    const Node *n = several.size() > 1 ? nullptr : d.node(m_selection->current());
    m_nodeForm->setVisible(n != nullptr || several.size() > 1);
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_notes),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_partners)})
        w->setEnabled(several.size() <= 1);
    for (QCheckBox *box : m_practices)
        box->setTristate(several.size() > 1);
    if (m_status->count() > 4)
        m_status->removeItem(4); // the "mixed" entry belongs to one multiple selection
    m_owner->setPlaceholderText(QString());
    m_heading->setToolTip(QString());
    m_multi.clear();
    if (several.size() > 1) {
        refreshMulti(several);
    } else if (n) {
        m_shown = n->id;
        m_heading->setText(tr("<b>Box</b> <code>%1</code>").arg(n->id.toHtmlEscaped()));
        if (!m_text->hasFocus() || m_text->toPlainText() != n->text)
            m_text->setPlainText(n->text);
        if (!m_notes->hasFocus())
            m_notes->setPlainText(n->notes);
        m_kind->setCurrentIndex(kindIndex(*n));
        m_role->setCurrentIndex(n->role == AimRole::Global ? 1 : n->role == AimRole::Smart ? 2 : 0);
        m_role->setEnabled(n->isAim());
        m_status->setCurrentIndex(static_cast<int>(n->status));
        m_status->setEnabled(n->isChange());
        m_reliability->setCurrentIndex(n->reliability);
        m_reliability->setEnabled(n->isChange());
        if (!m_owner->hasFocus())
            m_owner->setText(n->owner);
        m_owner->setEnabled(n->isChange());
        if (!m_partners->hasFocus())
            m_partners->setText(n->partners.join(QStringLiteral(", ")));
        m_partners->setEnabled(n->isChange());
        m_votes->setText(n->isChange() ? tr("%1 · %2").arg(n->votes).arg(
                             pickQuadrant(*n) == PickQuadrant::None
                                 ? tr("not placed")
                                 : displayName(pickQuadrant(*n)) + tr(" (")
                                       + quadrantHint(pickQuadrant(*n)) + tr(")"))
                                       : tr("—"));
        const QStringList words = practiceWords();
        for (std::size_t i = 0; i < m_practices.size(); ++i)
            m_practices[i]->setChecked(n->hasPractice(*parsePractice(words[static_cast<int>(i)])));
    } else {
        m_shown.clear();
        m_heading->setText(m_selection->selected().size() > 1
                               ? tr("%1 boxes selected").arg(m_selection->selected().size())
                               : tr("Select a box to see and edit its details."));
    }
    const auto &[from, to] = m_selection->link();
    const Link *link = d.link(from, to);
    m_linkForm->setVisible(link != nullptr);
    if (link) {
        m_linkLabel->setText(
            tr("<b>Link</b> %1 → %2").arg(from.toHtmlEscaped(), to.toHtmlEscaped()));
        m_strength->setCurrentIndex(link->strength == LinkStrength::Weak ? 1 : 0);
    }
    m_refreshing = false;
}

void Inspector::refreshMulti(const std::vector<const Node *> &nodes)
{
    m_shown.clear();
    m_dirty = 0;
    std::vector<const Node *> ideas;
    for (const Node *node : nodes) {
        m_multi << node->id;
        if (node->isChange())
            ideas.push_back(node);
    }
    m_heading->setText(
        tr("<b>%1 boxes</b> selected (%2 change ideas)").arg(nodes.size()).arg(ideas.size()));
    m_heading->setToolTip(tr("The status and owner set here go to every selected change idea, "
                             "the practices to every selected box, each change one undo step."));
    m_text->setPlainText(QString());
    m_notes->setPlainText(QString());
    m_kind->setCurrentIndex(-1); // boxes of several kinds: none is shown as theirs
    m_role->setEnabled(false);
    m_reliability->setEnabled(false);
    const auto same = [&](auto field) {
        return std::all_of(ideas.begin(), ideas.end(),
                           [&](const Node *i) { return field(*i) == field(*ideas.front()); });
    };
    m_status->setEnabled(!ideas.empty());
    m_owner->setEnabled(!ideas.empty());
    if (ideas.empty() || same([](const Node &i) { return i.status; })) {
        m_status->setCurrentIndex(ideas.empty() ? 0 : static_cast<int>(ideas.front()->status));
    } else {
        m_status->addItem(tr("— mixed —"));
        m_status->setCurrentIndex(4);
    }
    if (!ideas.empty() && same([](const Node &i) { return i.owner; })) {
        m_owner->setText(ideas.front()->owner);
    } else {
        m_owner->clear();
        m_owner->setPlaceholderText(ideas.empty() ? QString() : tr("— mixed —"));
    }
    const QStringList words = practiceWords();
    for (std::size_t i = 0; i < m_practices.size(); ++i) {
        const Practice p = *parsePractice(words[static_cast<int>(i)]);
        const auto having = std::count_if(nodes.begin(), nodes.end(),
                                          [&](const Node *node) { return node->hasPractice(p); });
        m_practices[i]->setCheckState(having == 0 ? Qt::Unchecked
                                      : having == static_cast<long>(nodes.size())
                                          ? Qt::Checked
                                          : Qt::PartiallyChecked);
    }
}

void Inspector::applyMulti(Field field, int practice)
{
    const Diagram &d = m_document->diagram();
    if (field == StatusField && m_status->currentIndex() > 3)
        return; // "mixed" is no status to set
    std::vector<Node> after;
    for (const QString &id : std::as_const(m_multi)) {
        const Node *n = d.node(id);
        if (!n || (field != PracticesField && !n->isChange()))
            continue;
        Node a = *n;
        if (field == StatusField)
            a.status = static_cast<ChangeStatus>(m_status->currentIndex());
        else if (field == OwnerField)
            a.owner = m_owner->text().trimmed();
        else {
            const Practice p = *parsePractice(practiceWords()[practice]);
            a.practices.erase(std::remove(a.practices.begin(), a.practices.end(), p),
                              a.practices.end());
            if (m_practices[static_cast<std::size_t>(practice)]->checkState() == Qt::Checked)
                a.practices.push_back(p);
            // In the order the check boxes list them, as a single box's edit writes them.
            std::sort(a.practices.begin(), a.practices.end(), [](Practice x, Practice y) {
                return practiceWords().indexOf(toString(x)) < practiceWords().indexOf(toString(y));
            });
        }
        after.push_back(std::move(a));
    }
    const int count = static_cast<int>(after.size());
    QString name;
    if (field == StatusField)
        name = tr("Status of %1 boxes → %2").arg(count).arg(m_status->currentText());
    else if (field == OwnerField)
        name = tr("Owner of %1 boxes → %2")
                   .arg(count)
                   .arg(m_owner->text().trimmed().isEmpty() ? tr("(none)")
                                                            : m_owner->text().trimmed());
    else
        name = tr("Practices of %1 boxes").arg(count);
    m_owner->setModified(false);
    edit::setNodes(*m_document, after, name);
}

void Inspector::apply()
{
    if (m_refreshing || m_shown.isEmpty() || m_dirty == 0)
        return;
    const Node *n = m_document->diagram().node(m_shown);
    if (!n) {
        m_dirty = 0;
        return;
    }
    Node after = *n;
    if (m_dirty & TextField)
        after.text = m_text->toPlainText();
    if (m_dirty & NotesField)
        after.notes = m_notes->toPlainText();
    if (m_dirty & KindField) {
        const auto [kind, level] = kKinds[std::clamp(m_kind->currentIndex(), 0, 4)];
        after.kind = kind;
        if (kind == NodeKind::Driver)
            after.level = level;
    }
    if ((m_dirty & RoleField) && after.isAim()) {
        const int role = m_role->currentIndex();
        after.role = role == 1 ? AimRole::Global
                   : role == 2 ? AimRole::Smart
                               : AimRole::Unspecified;
    }
    if (after.isChange()) {
        if (m_dirty & StatusField)
            after.status = static_cast<ChangeStatus>(std::clamp(m_status->currentIndex(), 0, 3));
        if (m_dirty & ReliabilityField)
            after.reliability = m_reliability->currentIndex();
        if (m_dirty & OwnerField)
            after.owner = m_owner->text();
        if (m_dirty & PartnersField)
            after.partners = splitUserList(m_partners->text());
    }
    if (m_dirty & PracticesField) {
        after.practices.clear();
        const QStringList words = practiceWords();
        for (std::size_t i = 0; i < m_practices.size(); ++i) {
            if (m_practices[i]->isChecked())
                after.practices.push_back(*parsePractice(words[static_cast<int>(i)]));
        }
    }
    m_dirty = 0;
    edit::setNode(*m_document, after);
}

void Inspector::applyLinkStrength()
{
    if (m_refreshing)
        return;
    const auto &[from, to] = m_selection->link();
    edit::setLinkStrength(*m_document, from, to,
                          m_strength->currentIndex() == 1 ? LinkStrength::Weak
                                                          : LinkStrength::Strong);
}

} // namespace kdd
