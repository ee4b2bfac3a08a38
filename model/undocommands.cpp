#include "undocommands.h"

#include "priority.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kdd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::UndoCommands)
};

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 30 ? simple.left(29) + QStringLiteral("…") : simple;
}

QString kindName(const Node &n) { return displayName(n.kind, n.level, NameCase::Lower); }

quint64 nextAddNodeSerial()
{
    static quint64 serial = 0;
    return ++serial;
}

} // namespace

DocumentCommand::DocumentCommand(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_parent(parent)
{
}

void DocumentCommand::expect(bool ok)
{
    Q_ASSERT_X(ok, "DocumentCommand", "the document refused a step of an undo command");
    if (ok)
        return;
    qWarning("KeyDriver: the document refused the undo step \"%s\"; it is dropped",
             qUtf8Printable(text()));
    setObsolete(true);
    if (m_parent)
        m_parent->setObsolete(true);
}

AddNodeCommand::AddNodeCommand(Document *document, Node node, int index, std::vector<Link> links,
                               QUndoCommand *parent)
    : DocumentCommand(document, parent), m_node(std::move(node)), m_index(index),
      m_links(std::move(links)), m_serial(nextAddNodeSerial())
{
    setText(Text::tr("Add %1").arg(kindName(m_node)));
}

void AddNodeCommand::redo()
{
    expect(mutate().insertNode(m_node, m_index));
    for (const Link &l : m_links)
        expect(mutate().addLink(l));
}

void AddNodeCommand::undo()
{
    expect(mutate().removeNode(m_node.id));
    if (m_discardOnUndo)
        setObsolete(true); // QUndoStack deletes an obsolete command after undoing it
}

RemoveNodesCommand::RemoveNodesCommand(Document *document, const std::vector<NodeId> &ids,
                                       QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Diagram &diagram = document->diagram();
    QSet<NodeId> removed;
    for (const NodeId &id : ids) {
        const int index = diagram.indexOf(id);
        if (index >= 0 && !removed.contains(id)) {
            removed.insert(id);
            m_nodes.emplace_back(index, diagram.nodes()[static_cast<std::size_t>(index)]);
        }
    }
    std::sort(m_nodes.begin(), m_nodes.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < diagram.links().size(); ++i) {
        const Link &l = diagram.links()[i];
        if (removed.contains(l.from) || removed.contains(l.to))
            m_links.emplace_back(static_cast<int>(i), l);
    }
    for (const Measure &m : diagram.measures()) {
        if (std::any_of(m.nodes.begin(), m.nodes.end(),
                        [&](const QString &n) { return removed.contains(n); }))
            m_measuresBefore.push_back(m);
    }
    if (m_nodes.size() == 1)
        setText(Text::tr("Delete %1 “%2”")
                    .arg(kindName(m_nodes.front().second), shortText(m_nodes.front().second.text)));
    else
        setText(Text::tr("Delete %1 boxes").arg(m_nodes.size()));
}

void RemoveNodesCommand::redo()
{
    for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it)
        expect(mutate().removeNode(it->second.id));
}

void RemoveNodesCommand::undo()
{
    for (const auto &[index, node] : m_nodes)
        expect(mutate().insertNode(node, index));
    for (const auto &[index, link] : m_links)
        expect(mutate().addLink(link, index));
    for (const Measure &m : m_measuresBefore)
        expect(mutate().updateMeasure(m));
}

namespace {

SetNodeCommand::Field changedField(const Node &a, const Node &b)
{
    using F = SetNodeCommand::Field;
    std::vector<F> changed;
    if (a.text != b.text)
        changed.push_back(F::Text);
    if (a.notes != b.notes)
        changed.push_back(F::Notes);
    if (a.kind != b.kind || a.level != b.level)
        changed.push_back(F::Kind);
    if (a.role != b.role)
        changed.push_back(F::Role);
    if (a.status != b.status)
        changed.push_back(F::Status);
    if (a.reliability != b.reliability)
        changed.push_back(F::Reliability);
    if (a.owner != b.owner)
        changed.push_back(F::Owner);
    if (a.partners != b.partners)
        changed.push_back(F::Partners);
    if (a.practices != b.practices)
        changed.push_back(F::Practices);
    if (a.votes != b.votes)
        changed.push_back(F::Votes);
    if (a.impact != b.impact || a.effort != b.effort)
        changed.push_back(F::Priority);
    if (!(a.extras == b.extras))
        changed.push_back(F::Several); // never merged: not a field the user edits alone
    if (changed.empty())
        return F::None;
    return changed.size() == 1 ? changed.front() : F::Several;
}

} // namespace

SetNodeCommand::SetNodeCommand(Document *document, Node before, Node after, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_before(std::move(before)), m_after(std::move(after)),
      m_field(changedField(m_before, m_after)), m_topLevel(parent == nullptr)
{
    name();
}

void SetNodeCommand::name()
{
    // The box by the words the coach sees on it (after a text edit, the new words).
    const QString box = m_after.text.simplified().isEmpty()
                          ? kindName(m_after)
                          : QStringLiteral("“") + shortText(m_after.text) + QStringLiteral("”");
    const auto to = [&](const QString &field, const QString &value) {
        return Text::tr("%1 of %2 → %3")
            .arg(field, box, value.isEmpty() ? Text::tr("(none)") : value);
    };
    switch (m_field) {
    case Field::Text:
        setText(Text::tr("Edit text of %1").arg(box));
        break;
    case Field::Notes:
        setText(Text::tr("Edit notes of %1").arg(box));
        break;
    case Field::Kind:
        setText(to(Text::tr("Kind"), displayName(m_after.kind, m_after.level)));
        break;
    case Field::Role:
        setText(to(Text::tr("Role"), displayName(m_after.role)));
        break;
    case Field::Status:
        setText(to(Text::tr("Status"), displayName(m_after.status)));
        break;
    case Field::Reliability:
        setText(to(Text::tr("Reliability"),
                   m_after.reliability > 0 ? QString::number(m_after.reliability) : QString()));
        break;
    case Field::Owner:
        setText(to(Text::tr("Owner"), shortText(m_after.owner)));
        break;
    case Field::Partners:
        setText(to(Text::tr("Partners"), shortText(m_after.partners.join(QStringLiteral(", ")))));
        break;
    case Field::Practices:
        setText(Text::tr("Practices of %1").arg(box));
        break;
    case Field::Votes:
        if (m_after.votes == m_before.votes + 1)
            setText(Text::tr("Vote for %1").arg(box));
        else if (m_after.votes == m_before.votes - 1)
            setText(Text::tr("Remove vote from %1").arg(box));
        else
            setText(to(Text::tr("Votes"), QString::number(m_after.votes)));
        break;
    case Field::Priority: {
        const PickQuadrant quadrant = pickQuadrant(m_after);
        if (quadrant != PickQuadrant::None)
            setText(Text::tr("Place %1 in %2").arg(box, displayName(quadrant)));
        else if (m_after.impact == Rating::Unset && m_after.effort == Rating::Unset)
            setText(Text::tr("Take %1 out of the grid").arg(box));
        else if (m_after.impact != m_before.impact)
            setText(to(Text::tr("Impact"), toString(m_after.impact)));
        else
            setText(to(Text::tr("Effort"), toString(m_after.effort)));
        break;
    }
    case Field::None:
    case Field::Several:
        setText(m_after.text.simplified().isEmpty()
                    ? Text::tr("Change %1").arg(box)
                    : Text::tr("Change %1 %2").arg(kindName(m_after), box));
        break;
    }
}

void SetNodeCommand::redo() { expect(mutate().updateNode(m_after)); }
void SetNodeCommand::undo() { expect(mutate().updateNode(m_before)); }

int SetNodeCommand::id() const
{
    // Only whole steps merge (inside a macro the macro is the step), and only choices stepped
    // through (a combo, a check box): each text editing session stays a step of its own.
    switch (m_field) {
    case Field::Kind:
    case Field::Role:
    case Field::Status:
    case Field::Reliability:
    case Field::Practices:
        return m_topLevel ? 0x6b6464 : -1;
    default:
        return -1;
    }
}

bool SetNodeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetNodeCommand *>(other);
    if (!next || next->m_field != m_field || next->m_before.id != m_after.id
        || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true); // back where it started: no step at all
    name();
    return true;
}

MoveNodeCommand::MoveNodeCommand(Document *document, const NodeId &id, int from, int to,
                                 QUndoCommand *parent)
    : DocumentCommand(document, parent), m_id(id), m_from(from), m_to(to)
{
    setText(to < from ? Text::tr("Move up") : Text::tr("Move down"));
}

void MoveNodeCommand::redo() { expect(mutate().moveNode(m_id, m_to)); }
void MoveNodeCommand::undo() { expect(mutate().moveNode(m_id, m_from)); }

AddLinkCommand::AddLinkCommand(Document *document, Link link, int index, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_link(std::move(link)), m_index(index)
{
    setText(Text::tr("Link"));
}

void AddLinkCommand::redo() { expect(mutate().addLink(m_link, m_index)); }
void AddLinkCommand::undo() { expect(mutate().removeLink(m_link.from, m_link.to)); }

RemoveLinkCommand::RemoveLinkCommand(Document *document, const NodeId &from, const NodeId &to,
                                     QUndoCommand *parent)
    : DocumentCommand(document, parent), m_index(document->diagram().linkIndexOf(from, to))
{
    if (const Link *l = document->diagram().link(from, to))
        m_link = *l;
    setText(Text::tr("Remove link"));
}

void RemoveLinkCommand::redo() { expect(mutate().removeLink(m_link.from, m_link.to)); }
void RemoveLinkCommand::undo() { expect(mutate().addLink(m_link, m_index)); }

SetLinkStrengthCommand::SetLinkStrengthCommand(Document *document, const NodeId &from,
                                               const NodeId &to, LinkStrength strength,
                                               QUndoCommand *parent)
    : DocumentCommand(document, parent), m_from(from), m_to(to), m_after(strength)
{
    const Link *l = document->diagram().link(from, to);
    m_before = l ? l->strength : strength;
    setText(strength == LinkStrength::Weak ? Text::tr("Make link weak")
                                           : Text::tr("Make link strong"));
}

void SetLinkStrengthCommand::redo() { expect(mutate().setLinkStrength(m_from, m_to, m_after)); }
void SetLinkStrengthCommand::undo() { expect(mutate().setLinkStrength(m_from, m_to, m_before)); }

SetNodeOrderCommand::SetNodeOrderCommand(Document *document, std::vector<NodeId> after,
                                         std::vector<std::pair<NodeId, NodeId>> linksAfter,
                                         QUndoCommand *parent)
    : DocumentCommand(document, parent), m_after(std::move(after)),
      m_linksAfter(std::move(linksAfter))
{
    for (const Node &n : document->diagram().nodes())
        m_before.push_back(n.id);
    if (!m_linksAfter.empty()) {
        for (const Link &l : document->diagram().links())
            m_linksBefore.emplace_back(l.from, l.to);
    }
    setText(Text::tr("Tidy up"));
}

void SetNodeOrderCommand::redo()
{
    expect(mutate().setNodeOrder(m_after)
           && (m_linksAfter.empty() || mutate().setLinkOrder(m_linksAfter)));
}

void SetNodeOrderCommand::undo()
{
    expect(mutate().setNodeOrder(m_before)
           && (m_linksBefore.empty() || mutate().setLinkOrder(m_linksBefore)));
}

SetLayoutSettingsCommand::SetLayoutSettingsCommand(Document *document, LayoutSettings after,
                                                   QUndoCommand *parent)
    : DocumentCommand(document, parent), m_before(document->diagram().layoutSettings()),
      m_after(std::move(after))
{
    using S = LayoutSettings;
    if (m_after.order != m_before.order)
        setText(m_after.order == S::Order::Tidy ? Text::tr("Lay out tidily")
                                                : Text::tr("Keep my order"));
    else if (m_after.links != m_before.links)
        setText(m_after.links == S::Links::Brackets ? Text::tr("Draw links as brackets")
                : m_after.links == S::Links::Curves ? Text::tr("Draw links as curves")
                                                    : Text::tr("Draw links straight"));
    else if (m_after.ideas != m_before.ideas)
        setText(m_after.ideas == S::Ideas::Stacked ? Text::tr("Stack change ideas")
                                                   : Text::tr("Separate change ideas"));
    else
        setText(Text::tr("Change layout options"));
}

void SetLayoutSettingsCommand::redo() { mutate().setLayoutSettings(m_after); }
void SetLayoutSettingsCommand::undo() { mutate().setLayoutSettings(m_before); }

SetDocumentInfoCommand::SetDocumentInfoCommand(Document *document, Info after, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_after(std::move(after))
{
    const Diagram &diagram = document->diagram();
    m_before = {diagram.title(), diagram.metadata(), diagram.columnTitles()};
    setText(Text::tr("Change document properties"));
}

void SetDocumentInfoCommand::apply(const Info &info)
{
    mutate().setDocumentInfo(info.title, info.meta, info.columns);
}

void SetDocumentInfoCommand::redo() { apply(m_after); }
void SetDocumentInfoCommand::undo() { apply(m_before); }

SaveRevisionCommand::SaveRevisionCommand(Document *document, Revision revision,
                                         QUndoCommand *parent)
    : DocumentCommand(document, parent), m_revision(std::move(revision))
{
    setText(Text::tr("Save revision “%1”").arg(shortText(m_revision.note)));
}

void SaveRevisionCommand::redo()
{
    std::vector<Revision> revisions = m_document->diagram().revisions();
    revisions.push_back(m_revision);
    mutate().setRevisions(std::move(revisions));
}

void SaveRevisionCommand::undo()
{
    std::vector<Revision> revisions = m_document->diagram().revisions();
    if (!revisions.empty())
        revisions.pop_back();
    mutate().setRevisions(std::move(revisions));
}

AddMeasureCommand::AddMeasureCommand(Document *document, Measure measure, int index,
                                     QUndoCommand *parent)
    : DocumentCommand(document, parent), m_measure(std::move(measure)), m_index(index)
{
    setText(Text::tr("Add %1 measure").arg(toString(m_measure.type)));
}

void AddMeasureCommand::redo() { expect(mutate().insertMeasure(m_measure, m_index)); }
void AddMeasureCommand::undo() { expect(mutate().removeMeasure(m_measure.id)); }

RemoveMeasureCommand::RemoveMeasureCommand(Document *document, const MeasureId &id,
                                           QUndoCommand *parent)
    : DocumentCommand(document, parent), m_index(document->diagram().measureIndexOf(id))
{
    if (const Measure *m = document->diagram().measure(id))
        m_measure = *m;
    setText(Text::tr("Delete measure “%1”").arg(shortText(m_measure.name)));
}

void RemoveMeasureCommand::redo() { expect(mutate().removeMeasure(m_measure.id)); }
void RemoveMeasureCommand::undo() { expect(mutate().insertMeasure(m_measure, m_index)); }

SetMeasureCommand::SetMeasureCommand(Document *document, Measure before, Measure after,
                                     QUndoCommand *parent)
    : DocumentCommand(document, parent), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_before.nodes != m_after.nodes
                ? Text::tr("Attach measure “%1”").arg(shortText(m_after.name))
                : Text::tr("Change measure “%1”").arg(shortText(m_after.name)));
}

void SetMeasureCommand::redo() { expect(mutate().updateMeasure(m_after)); }
void SetMeasureCommand::undo() { expect(mutate().updateMeasure(m_before)); }

} // namespace kdd
