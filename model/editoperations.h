#pragma once

#include "document.h"

#include <vector>

// The outline-style edits a coach makes from the keyboard, each pushed as one undo step:
// new sibling (Enter), new child one column to the right (Tab), move one column left
// (Shift+Tab), delete, reorder within the column (Alt+Up/Down), link. They return the id of the
// box to select next (empty when nothing was done).
namespace kdd::edit {

// The first aim of an empty diagram, or another aim.
NodeId addAim(Document &document);
// A new box in the same column as `id`, linked from the box `id` is drawn under (its home parent)
// and right after it in the node list: drawn right below `id`'s block. A new aim is SMART and
// goes below the aim and its SMART aims: linked from `id` if that is a global aim, else under
// the same global aim.
NodeId addSibling(Document &document, const NodeId &id);
// A new box one column to the right of `id` (aim → primary driver → secondary driver → change
// idea), linked from it and after the boxes drawn under it: its last child. Empty if `id` is a
// change idea.
NodeId addChild(Document &document, const NodeId &id);
// Moves `id` one column to the left (change idea → secondary driver → primary driver); its
// links from parents now in its own column move to those parents' parents, taking the home
// link's place. A box whose former home parent becomes its sibling goes right after it.
NodeId moveLeft(Document &document, const NodeId &id);
// Deletes the boxes with their links; returns the box to select afterwards.
NodeId removeNodes(Document &document, const std::vector<NodeId> &ids);
// Swaps `id` with its previous (delta -1) or next (+1) sibling as drawn — same home parent (or
// both roots) and same column — taking its block along; does nothing at the first or last.
NodeId moveWithinColumn(Document &document, const NodeId &id, int delta);
// Moves `id` among its siblings to where `position` (0 = top, counted among the other boxes of
// its column as drawn in keep order) falls; a position beyond its siblings goes to the nearer
// end. Links never change.
NodeId moveToPositionInColumn(Document &document, const NodeId &id, int position);
// Makes `parent`, already linked to `id` from a column to its left, the parent `id` is drawn
// under, by moving that link before `id`'s other links in the list. Returns false, recording
// nothing, if `parent` is no such parent or already the home parent.
bool setHomeParent(Document &document, const NodeId &id, const NodeId &parent);
// The parents `id` can be drawn under (linked from columns to its left), in the order of the
// link list: the first is its home parent.
std::vector<NodeId> parentsFromLeft(const Diagram &diagram, const NodeId &id);
// Replaces a box's fields (kind, level, role, status, owner, practices, notes…) in one step;
// links the new kind or level would turn leftwards are removed in the same step. Successive
// changes of one choice (kind, role, status, reliability, practices) of one box merge.
void setNode(Document &document, const Node &after);
// Replaces several boxes' fields in one step named `name` ("Status of 3 boxes → Testing"), for
// an edit made to a multiple selection; boxes that `after` leaves as they are get no command.
// Kind and level must not change (no link is checked). Returns how many boxes changed.
int setNodes(Document &document, const std::vector<Node> &after, const QString &name);
// Makes a global aim SMART and any other aim global, in one step (links between aims that the
// new role forbids go in the same step). Returns false if `id` is no aim.
bool toggleAimRole(Document &document, const NodeId &id);
// Sets a link's strength (strong / weak).
void setLinkStrength(Document &document, const NodeId &from, const NodeId &to,
                     LinkStrength strength);
// Sets a box's text: one step per editing session (never merged with the one before).
void setText(Document &document, const NodeId &id, const QString &text);
// Adds a link if Diagram::canLink allows it; returns whether it did.
bool link(Document &document, const NodeId &from, const NodeId &to);
// Removes the link from -> to.
void unlink(Document &document, const NodeId &from, const NodeId &to);
// A new, empty measure of `type` attached to `nodes`; returns its id.
MeasureId addMeasure(Document &document, MeasureType type, const QStringList &nodes = {});
// Replaces a measure's fields in one step (attached node ids must exist).
void setMeasure(Document &document, const Measure &after);
void removeMeasure(Document &document, const MeasureId &id);
// Attaches (or, with attach = false, detaches) a measure to/from boxes, in one step.
void attachMeasure(Document &document, const MeasureId &id, const QStringList &nodes,
                   bool attach = true);
// Stores the diagram as it is now in meta.revisions, dated `date` (YYYY-MM-DD) with `note`.
void saveRevision(Document &document, const QString &note, const QString &date);
// The column a child of `node` goes to, or -1 if it can have none.
int childColumn(const Node &node);

// A box just made by an undo step (Enter, Tab): what Escape needs to take it back.
struct NewBox
{
    NodeId id;
    quint64 step = 0; // identifies the step that made it
    bool isNull() const { return id.isEmpty(); }
};
// The box the last step of the history added, or a null NewBox if that step added none.
NewBox lastAddedBox(Document &document);
// Takes back a new box that is still empty: out of the history altogether if its step is still
// the last one, otherwise deleted as a step of its own. Returns false (doing nothing) if the box
// is gone or has text.
bool takeBack(Document &document, const NewBox &box);

// Rewrites the node order once ("Tidy up") to `order`, a permutation of the boxes computed to
// reduce crossings (the layout's tidyOrder, which Graphviz refines; or the model's own
// crossingReducedNodeOrder), and, when `links` is given, the link order to it — (from, to) pairs
// whose first link into each box puts it under the parent the tidy layout drew it beside.
// Returns false, recording no step, if nothing would change or an order is not a permutation.
bool tidyUp(Document &document, std::vector<NodeId> order,
            std::vector<std::pair<NodeId, NodeId>> links = {});
// Keep the user's order or lay out tidily (stored in the file's layout options).
bool setLayoutOrder(Document &document, LayoutSettings::Order order);
// The link style (brackets, curves, straight) and whether change ideas are stacked, likewise;
// each returns false, recording no step, when the document already has that choice.
bool setLayoutLinks(Document &document, LayoutSettings::Links links);
bool setLayoutIdeas(Document &document, LayoutSettings::Ideas ideas);
// The size of the boxes' text in points (LayoutSettings::textSize), likewise; false, recording
// nothing, also for a size no file may hold (LayoutSettings::isValidTextSize).
bool setLayoutTextSize(Document &document, double points);
// Replaces the title, metadata and column titles in one step (Document Properties); returns
// false, recording nothing, if all are unchanged.
bool setDocumentInfo(Document &document, const QString &title, const Metadata &meta,
                     const ColumnTitles &columns);

} // namespace kdd::edit
