#pragma once

#include "node.h"

#include <QString>

#include <utility>

// Choosing what to test first: the PICK chart (Possible, Implement, Challenge, Kill) that sorts
// change ideas by impact and effort, derived from the ratings stored on each idea.
namespace kdd {

// The quadrants of the impact × effort grid; None for an idea not placed yet (a rating unset).
enum class PickQuadrant { None, Possible, Implement, Challenge, Kill };

// Possible = low effort + low impact, Implement = low effort + high impact, Challenge = high
// effort + high impact, Kill = high effort + low impact.
PickQuadrant pickQuadrant(Rating impact, Rating effort);
PickQuadrant pickQuadrant(const Node &node);
// The ratings that put an idea in `quadrant` (both Unset for None).
std::pair<Rating, Rating> ratingsOf(PickQuadrant quadrant); // impact, effort

// The word in CSV files ("implement"; empty for None) and the translated name ("Implement").
QString toString(PickQuadrant quadrant);
QString displayName(PickQuadrant quadrant);
// The translated ratings that define a quadrant, e.g. "low effort, high impact".
QString quadrantHint(PickQuadrant quadrant);

} // namespace kdd
