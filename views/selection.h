#pragma once

#include "model/node.h"

#include <QObject>
#include <QStringList>

#include <utility>

namespace kdd {

// Which boxes are selected, shared by the canvas, the outline and the inspector so that a
// selection made in one shows in all. Holds ids only; the current id is the one keyboard
// commands act on.
class Selection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const NodeId &current() const { return m_current; }
    const QStringList &selected() const { return m_selected; }
    bool isSelected(const NodeId &id) const { return m_selected.contains(id); }

    // Selects exactly `ids`, `current` first among them (or the first id).
    void select(const QStringList &ids, const NodeId &current = {});
    void selectOne(const NodeId &id) { select(id.isEmpty() ? QStringList() : QStringList{id}, id); }
    void clear() { select({}); }

    // The link selected on the canvas, if any (from, to); empty when none.
    const std::pair<NodeId, NodeId> &link() const { return m_link; }
    void selectLink(const NodeId &from, const NodeId &to);

signals:
    void changed();

private:
    NodeId m_current;
    QStringList m_selected;
    std::pair<NodeId, NodeId> m_link;
};

} // namespace kdd
