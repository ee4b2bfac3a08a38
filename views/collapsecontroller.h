#pragma once

#include "model/branchfolding.h"
#include "model/node.h"

#include <QObject>
#include <QSet>

namespace kdd {

class DiagramScene;
class Document;
class Selection;

// Collapsed branches on the canvas: which boxes are collapsed, the scene told to leave out what
// they hide, and a "+N" badge (click to expand) beside each collapsed box. This is a way of
// looking, not an edit: no undo step, the document is never modified, exports show everything.
// A box selected elsewhere (the outline, Find) while hidden is brought into sight by expanding
// the collapsed boxes above it.
class CollapseController : public QObject
{
    Q_OBJECT

public:
    CollapseController(DiagramScene *scene, Selection *selection, QObject *parent = nullptr);

    // Hides `id`'s branch; false (nothing done) if it has no child or is collapsed already.
    bool collapse(const NodeId &id);
    // Shows `id`'s branch again; false if it was not collapsed.
    bool expand(const NodeId &id);
    void expandAll();
    bool isCollapsed(const NodeId &id) const { return m_collapsed.contains(id); }
    bool canCollapse(const NodeId &id) const;
    bool hasCollapsed() const { return !m_collapsed.isEmpty(); }
    // The boxes hidden now, and the number a collapsed box's badge shows (0 for other boxes).
    const QSet<NodeId> &hidden() const { return m_folding.hidden; }
    int hiddenBelow(const NodeId &id) const { return m_folding.hiddenBelow.value(id); }
    // Expands what hides `id`, if anything; returns whether it did.
    bool reveal(const NodeId &id);

signals:
    // The set of collapsed boxes changed (menus enable their actions from it).
    void foldingChanged();

private:
    void placeBadges();
    void apply();

    DiagramScene *m_scene;
    Selection *m_selection;
    QSet<NodeId> m_collapsed;
    Folding m_folding;
};

} // namespace kdd
