#include "document.h"

#include "kddfile.h"

#include <QFileInfo>
#include <QHash>

namespace kdd {

Document::Document(QObject *parent) : Document(Diagram(), parent) {}

Document::Document(Diagram diagram, QObject *parent) : QObject(parent), m_diagram(std::move(diagram))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
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
    emit changed();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!saveDiagram(m_diagram, path, error))
        return false;
    setFilePath(path);
    m_undoStack.setClean();
    return true;
}

bool Document::changedIf(bool ok)
{
    if (ok)
        emit changed();
    return ok;
}

bool Document::insertNode(const Node &node, int index) { return changedIf(m_diagram.insertNode(node, index)); }
bool Document::updateNode(const Node &node) { return changedIf(m_diagram.updateNode(node)); }
bool Document::removeNode(const NodeId &id) { return changedIf(m_diagram.removeNode(id)); }
bool Document::moveNode(const NodeId &id, int index) { return changedIf(m_diagram.moveNode(id, index)); }
bool Document::addLink(const Link &link, int index)
{
    return changedIf(m_diagram.insertLink(link, index));
}
bool Document::removeLink(const NodeId &from, const NodeId &to)
{
    return changedIf(m_diagram.removeLink(from, to));
}
bool Document::setLinkStrength(const NodeId &from, const NodeId &to, LinkStrength strength)
{
    return changedIf(m_diagram.setLinkStrength(from, to, strength));
}
bool Document::insertMeasure(const Measure &measure, int index)
{
    return changedIf(m_diagram.insertMeasure(measure, index));
}
bool Document::updateMeasure(const Measure &measure) { return changedIf(m_diagram.updateMeasure(measure)); }
bool Document::removeMeasure(const MeasureId &id) { return changedIf(m_diagram.removeMeasure(id)); }

void Document::setTitle(const QString &title)
{
    m_diagram.setTitle(title);
    emit changed();
}

void Document::setMetadata(const Metadata &meta)
{
    m_diagram.setMetadata(meta);
    emit changed();
}

void Document::setLayoutSettings(const LayoutSettings &settings)
{
    m_diagram.setLayoutSettings(settings);
    emit changed();
}

void Document::setDocumentInfo(const QString &title, const Metadata &meta, const ColumnTitles &columns)
{
    m_diagram.setTitle(title);
    m_diagram.setMetadata(meta);
    m_diagram.setColumnTitles(columns);
    emit changed();
}

void Document::setRevisions(std::vector<Revision> revisions)
{
    m_diagram.setRevisions(std::move(revisions));
    emit changed();
}

bool Document::setNodeOrder(const std::vector<NodeId> &order)
{
    if (order.size() != m_diagram.nodes().size())
        return false;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (!m_diagram.contains(order[i]))
            return false;
    }
    // Move each id into place; moveNode keeps the others in their relative order.
    for (std::size_t i = 0; i < order.size(); ++i)
        m_diagram.moveNode(order[i], static_cast<int>(i));
    emit changed();
    return true;
}

} // namespace kdd
