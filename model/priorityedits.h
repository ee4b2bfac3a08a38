#pragma once

#include "document.h"
#include "priority.h"

#include <vector>

// The edits of a workshop's choosing: dot votes and the place of a change idea in the impact ×
// effort grid. Each is one undo step named after the idea ("Vote for “Pay parent partners”").
namespace kdd::edit {

// Adds `delta` votes (a negative delta removes them) to each change idea among `ids`, in one
// step; an idea's votes stay between 0 and MaxVotes, boxes of other kinds are skipped. Returns
// how many ideas changed (0: nothing was recorded).
int vote(Document &document, const std::vector<NodeId> &ids, int delta);
// Sets a change idea's votes to `votes` (clamped to 0..MaxVotes); false if nothing changed.
bool setVotes(Document &document, const NodeId &id, int votes);
// Rates a change idea's impact and effort in one step; false, recording nothing, if `id` is no
// change idea or already has these ratings.
bool setPriority(Document &document, const NodeId &id, Rating impact, Rating effort);
// Puts a change idea in a quadrant of the grid (None takes it out: both ratings unset).
bool placeInQuadrant(Document &document, const NodeId &id, PickQuadrant quadrant);

} // namespace kdd::edit
