#include "parkinglotedits.h"

#include "diagramtree.h"
#include "undocommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace kdd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::ParkingLot)
};

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 30 ? simple.left(29) + QStringLiteral("…") : simple;
}

// Puts one idea into the lot at an index; undo takes it out again.
class InsertParkedIdeaCommand : public DocumentCommand
{
public:
    InsertParkedIdeaCommand(Document *document, ParkedIdea idea, int index, QUndoCommand *parent)
        : DocumentCommand(document, parent), m_idea(std::move(idea)), m_index(index)
    {
        setText(Text::tr("Park “%1”").arg(shortText(m_idea.text)));
    }
    void redo() override { expect(mutate().insertParkedIdea(m_idea, m_index)); }
    void undo() override { expect(mutate().removeParkedIdea(m_idea.id)); }

private:
    ParkedIdea m_idea;
    int m_index;
};

// Takes one idea out of the lot; undo puts it back where it was.
class RemoveParkedIdeaCommand : public DocumentCommand
{
public:
    RemoveParkedIdeaCommand(Document *document, const ParkedIdeaId &id, QUndoCommand *parent)
        : DocumentCommand(document, parent), m_index(document->diagram().parkedIndexOf(id))
    {
        if (const ParkedIdea *idea = document->diagram().parkedIdea(id))
            m_idea = *idea;
        setText(Text::tr("Delete parked idea “%1”").arg(shortText(m_idea.text)));
    }
    void redo() override { expect(mutate().removeParkedIdea(m_idea.id)); }
    void undo() override { expect(mutate().insertParkedIdea(m_idea, m_index)); }

private:
    ParkedIdea m_idea;
    int m_index;
};

class SetParkedIdeaCommand : public DocumentCommand
{
public:
    SetParkedIdeaCommand(Document *document, ParkedIdea before, ParkedIdea after)
        : DocumentCommand(document, nullptr), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(m_before.text != m_after.text
                    ? Text::tr("Edit parked idea “%1”").arg(shortText(m_after.text))
                    : Text::tr("Notes of parked idea “%1”").arg(shortText(m_after.text)));
    }
    void redo() override { expect(mutate().updateParkedIdea(m_after)); }
    void undo() override { expect(mutate().updateParkedIdea(m_before)); }

private:
    ParkedIdea m_before;
    ParkedIdea m_after;
};

} // namespace

namespace edit {

ParkedIdeaId addParkedIdea(Document &document, const QString &text, int index)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    ParkedIdea idea;
    idea.id = document.diagram().uniqueParkedId(QStringLiteral("idea"));
    idea.text = trimmed;
    document.push(new InsertParkedIdeaCommand(&document, idea, index, nullptr));
    return idea.id;
}

bool setParkedIdea(Document &document, const ParkedIdea &after)
{
    const ParkedIdea *before = document.diagram().parkedIdea(after.id);
    if (!before || after.text.trimmed().isEmpty() || *before == after)
        return false;
    document.push(new SetParkedIdeaCommand(&document, *before, after));
    return true;
}

bool removeParkedIdeas(Document &document, const std::vector<ParkedIdeaId> &ids)
{
    const Diagram &d = document.diagram();
    std::vector<ParkedIdeaId> present;
    for (const ParkedIdeaId &id : ids) {
        if (d.parkedIdea(id) && std::find(present.begin(), present.end(), id) == present.end())
            present.push_back(id);
    }
    if (present.empty())
        return false;
    // Last first: each step records its index before any runs, which stays true only if the
    // ideas before it are still in place; undo then puts them back first to last.
    std::sort(present.begin(), present.end(), [&](const ParkedIdeaId &a, const ParkedIdeaId &b) {
        return d.parkedIndexOf(a) > d.parkedIndexOf(b);
    });
    auto *step = new QUndoCommand;
    for (const ParkedIdeaId &id : present)
        new RemoveParkedIdeaCommand(&document, id, step);
    if (present.size() == 1)
        step->setText(step->child(0)->text());
    else
        step->setText(Text::tr("Delete %1 parked ideas").arg(present.size()));
    document.push(step);
    return true;
}

bool moveParkedIdea(Document &document, const ParkedIdeaId &id, int index)
{
    const Diagram &d = document.diagram();
    const int from = d.parkedIndexOf(id);
    const int size = static_cast<int>(d.parkingLot().size());
    const int to = std::clamp(index < 0 ? size - 1 : index, 0, size - 1);
    if (from < 0 || from == to)
        return false;
    const ParkedIdea idea = *d.parkedIdea(id);
    auto *step = new QUndoCommand(Text::tr("Move parked idea “%1”").arg(shortText(idea.text)));
    new RemoveParkedIdeaCommand(&document, id, step);
    new InsertParkedIdeaCommand(&document, idea, to, step);
    document.push(step);
    return true;
}

bool canPlaceAt(const Diagram &diagram, const NodeId &target)
{
    const Node *node = diagram.node(target);
    return node && (node->isDriver() || node->isChange());
}

NodeId placeParkedIdea(Document &document, const ParkedIdeaId &ideaId, const NodeId &target)
{
    const Diagram &d = document.diagram();
    const ParkedIdea *idea = d.parkedIdea(ideaId);
    const Node *at = d.node(target);
    if (!idea || !canPlaceAt(d, target))
        return {};
    Node n = d.newNodeInColumn(ChangeColumn);
    n.text = idea->text;
    n.notes = idea->notes;
    std::vector<Link> links;
    int index = d.indexOf(target) + 1;
    NodeId driver = target;
    if (at->isDriver()) {
        // After every box drawn under the driver: the new idea is its last child.
        const DiagramTree tree(d);
        for (const int child : tree.children(d.indexOf(target)))
            index = std::max(index, child + 1);
    } else {
        driver = homeParent(d, target);
    }
    if (!driver.isEmpty())
        links.push_back({driver, n.id, LinkStrength::Strong, {}});
    auto *step = new QUndoCommand;
    const Node *under = d.node(driver);
    step->setText(
        under ? Text::tr("Place “%1” under “%2”").arg(shortText(n.text), shortText(under->text))
              : Text::tr("Place “%1” in the diagram").arg(shortText(n.text)));
    new RemoveParkedIdeaCommand(&document, ideaId, step);
    new AddNodeCommand(&document, n, index, links, step);
    document.push(step);
    return n.id;
}

std::vector<ParkedIdeaId> parkNodes(Document &document, const std::vector<NodeId> &ids, int index)
{
    const Diagram &d = document.diagram();
    std::vector<NodeId> changes;
    for (const NodeId &id : ids) {
        const Node *node = d.node(id);
        if (node && node->isChange()
            && std::find(changes.begin(), changes.end(), id) == changes.end())
            changes.push_back(id);
    }
    if (changes.empty())
        return {};
    auto *step = new QUndoCommand;
    std::vector<ParkedIdeaId> parked;
    Diagram lot; // only to find fresh ids that also avoid those given in this step
    lot.setParkingLot(d.parkingLot());
    int at = index < 0 ? static_cast<int>(d.parkingLot().size()) : index;
    for (const NodeId &id : changes) {
        const Node *node = d.node(id);
        ParkedIdea idea;
        // The box's own id, so that a parked and placed idea is recognisable in a file's history.
        idea.id = lot.parkedIdea(id) ? lot.uniqueParkedId(QStringLiteral("idea")) : id;
        idea.text = node->text;
        idea.notes = node->notes;
        lot.insertParkedIdea(idea);
        parked.push_back(idea.id);
        new InsertParkedIdeaCommand(&document, idea, at++, step);
    }
    new RemoveNodesCommand(&document, changes, step);
    step->setText(changes.size() == 1
                      ? Text::tr("Park “%1”").arg(shortText(d.node(changes.front())->text))
                      : Text::tr("Park %1 change ideas").arg(changes.size()));
    document.push(step);
    return parked;
}

} // namespace edit
} // namespace kdd
