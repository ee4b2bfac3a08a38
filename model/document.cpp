#include "document.h"

#include "kddfile.h"

#include <QFileInfo>
#include <QSet>

namespace kdd {

Document::Document(QObject *parent) : Document(Diagram(), parent) {}

Document::Document(Diagram diagram, QObject *parent)
    : QObject(parent), m_diagram(std::move(diagram))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // Undo, redo and History clicks end here; a push too (flushed again, harmlessly, by push()).
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Document::flush);
}

void Document::push(QUndoCommand *command)
{
    m_undoStack.push(command);
    // A command that made itself obsolete is dropped by QUndoStack without indexChanged.
    flush();
}

void Document::flush()
{
    if (m_pending.isEmpty())
        return;
    const DocumentChange change = std::move(m_pending);
    m_pending = DocumentChange();
    emit changed(change);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void Document::reset(Diagram diagram)
{
    m_diagram = std::move(diagram);
    m_undoStack.clear();
    m_pending = DocumentChange();
    m_pending.add(DocumentChange::Reset);
    flush();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!saveDiagram(m_diagram, path, error))
        return false;
    setFilePath(path);
    m_undoStack.setClean();
    return true;
}

bool DocumentMutators::insertNode(const Node &node, int index)
{
    if (!m_document.m_diagram.insertNode(node, index))
        return false;
    m_document.m_pending.addNode(DocumentChange::NodesAdded, node.id);
    return true;
}

bool DocumentMutators::updateNode(const Node &node)
{
    if (!m_document.m_diagram.updateNode(node))
        return false;
    m_document.m_pending.addNode(DocumentChange::NodesChanged, node.id);
    return true;
}

bool DocumentMutators::removeNode(const NodeId &id)
{
    Diagram &d = m_document.m_diagram;
    DocumentChange &pending = m_document.m_pending;
    // Its links and measure attachments go with it: record them as changed too.
    QSet<std::pair<NodeId, NodeId>> links;
    for (const Link &l : d.links()) {
        if (l.from == id || l.to == id)
            links.insert({l.from, l.to});
    }
    std::vector<MeasureId> measures;
    for (const Measure *m : d.measuresOf(id))
        measures.push_back(m->id);
    if (!d.removeNode(id))
        return false;
    pending.addNode(DocumentChange::NodesRemoved, id);
    for (const auto &[from, to] : links)
        pending.addLink(from, to);
    for (const MeasureId &m : measures)
        pending.addMeasure(m);
    return true;
}

bool DocumentMutators::insertParkedIdea(const ParkedIdea &idea, int index)
{
    if (!m_document.m_diagram.insertParkedIdea(idea, index))
        return false;
    m_document.m_pending.add(DocumentChange::ParkingLot);
    return true;
}

bool DocumentMutators::updateParkedIdea(const ParkedIdea &idea)
{
    if (!m_document.m_diagram.updateParkedIdea(idea))
        return false;
    m_document.m_pending.add(DocumentChange::ParkingLot);
    return true;
}

bool DocumentMutators::removeParkedIdea(const ParkedIdeaId &id)
{
    if (!m_document.m_diagram.removeParkedIdea(id))
        return false;
    m_document.m_pending.add(DocumentChange::ParkingLot);
    return true;
}

bool DocumentMutators::moveNode(const NodeId &id, int index)
{
    if (!m_document.m_diagram.moveNode(id, index))
        return false;
    m_document.m_pending.addNode(DocumentChange::NodeOrder, id);
    return true;
}

bool DocumentMutators::addLink(const Link &link, int index)
{
    if (!m_document.m_diagram.insertLink(link, index))
        return false;
    m_document.m_pending.addLink(link.from, link.to);
    return true;
}

bool DocumentMutators::removeLink(const NodeId &from, const NodeId &to)
{
    if (!m_document.m_diagram.removeLink(from, to))
        return false;
    m_document.m_pending.addLink(from, to);
    return true;
}

bool DocumentMutators::setLinkStrength(const NodeId &from, const NodeId &to, LinkStrength strength)
{
    if (!m_document.m_diagram.setLinkStrength(from, to, strength))
        return false;
    m_document.m_pending.addLink(from, to);
    return true;
}

bool DocumentMutators::insertMeasure(const Measure &measure, int index)
{
    if (!m_document.m_diagram.insertMeasure(measure, index))
        return false;
    m_document.m_pending.addMeasure(measure.id);
    return true;
}

bool DocumentMutators::updateMeasure(const Measure &measure)
{
    if (!m_document.m_diagram.updateMeasure(measure))
        return false;
    m_document.m_pending.addMeasure(measure.id);
    return true;
}

bool DocumentMutators::removeMeasure(const MeasureId &id)
{
    if (!m_document.m_diagram.removeMeasure(id))
        return false;
    m_document.m_pending.addMeasure(id);
    return true;
}

void DocumentMutators::setLayoutSettings(const LayoutSettings &settings)
{
    m_document.m_diagram.setLayoutSettings(settings);
    m_document.m_pending.add(DocumentChange::LayoutOptions);
}

void DocumentMutators::setDocumentInfo(const QString &title, const Metadata &meta,
                                       const ColumnTitles &columns)
{
    Diagram &d = m_document.m_diagram;
    d.setTitle(title);
    d.setMetadata(meta);
    d.setColumnTitles(columns);
    m_document.m_pending.add(DocumentChange::Metadata);
}

void DocumentMutators::setRevisions(std::vector<Revision> revisions)
{
    m_document.m_diagram.setRevisions(std::move(revisions));
    m_document.m_pending.add(DocumentChange::Revisions);
}

bool DocumentMutators::setNodeOrder(const std::vector<NodeId> &order)
{
    Diagram &d = m_document.m_diagram;
    if (order.size() != d.nodes().size())
        return false;
    QSet<NodeId> seen;
    for (const NodeId &id : order) {
        if (!d.contains(id) || seen.contains(id))
            return false;
        seen.insert(id);
    }
    // Move each id into place; moveNode keeps the others in their relative order.
    for (std::size_t i = 0; i < order.size(); ++i)
        d.moveNode(order[i], static_cast<int>(i));
    m_document.m_pending.add(DocumentChange::NodeOrder);
    return true;
}

bool DocumentMutators::setLinkOrder(const std::vector<std::pair<NodeId, NodeId>> &order)
{
    if (!m_document.m_diagram.setLinkOrder(order))
        return false;
    m_document.m_pending.add(DocumentChange::Links);
    return true;
}

} // namespace kdd
