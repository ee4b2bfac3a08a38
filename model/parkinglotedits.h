#pragma once

#include "document.h"

#include <vector>

// The parking lot's edits: write down an idea, change or delete it, place it under a driver as a
// change idea, or park a change idea again. Each is one undo step named after the idea.
namespace kdd::edit {

// Appends an idea with `text` (trimmed; nothing is added for blank text) at `index` of the lot
// (-1 appends). Returns its id, or an empty id if nothing was added.
ParkedIdeaId addParkedIdea(Document &document, const QString &text, int index = -1);
// Replaces a parked idea's text and notes (same id); blank text or no change records nothing.
bool setParkedIdea(Document &document, const ParkedIdea &after);
// Deletes parked ideas in one step; returns false if none of `ids` is parked.
bool removeParkedIdeas(Document &document, const std::vector<ParkedIdeaId> &ids);
// Moves a parked idea to position `index` of the lot (a drag within the list).
bool moveParkedIdea(Document &document, const ParkedIdeaId &id, int index);

// Whether a parked idea can be placed at box `target`: a driver (the idea becomes its change
// idea) or a change idea (the new one goes beside it, under the same driver).
bool canPlaceAt(const Diagram &diagram, const NodeId &target);
// Takes `idea` out of the lot and adds it as a change idea with its text and notes: linked from
// driver `target` as its last child, or, on change idea `target`, right after it and linked from
// the driver it is drawn under. One undo step. Returns the new box's id (empty if refused).
NodeId placeParkedIdea(Document &document, const ParkedIdeaId &idea, const NodeId &target);
// Takes change ideas out of the diagram, links and measure attachments included, and keeps their
// text and notes in the lot at `index` (-1 appends), in one undo step. Boxes that are not change
// ideas are left alone. Returns the ids of the new parked ideas.
std::vector<ParkedIdeaId> parkNodes(Document &document, const std::vector<NodeId> &ids,
                                    int index = -1);

} // namespace kdd::edit
