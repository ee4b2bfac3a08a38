#pragma once

#include "jsonobjectreader.h"
#include "parkinglot.h"

#include <functional>
#include <vector>

// The `parkingLot` member of a .kdd file (a v1 extension): reading with located problems and
// writing in the canonical form. Internal to the model's reader and writer.
namespace kdd::reading {

// Reads the list `lot` (already known to be a JSON array, consumed); `lineOf` gives the line of
// element i. Entries with problems are reported and left out.
std::vector<ParkedIdea> readParkingLot(Json &lot, const std::function<int(std::size_t)> &lineOf,
                                       Reporter &reporter);
// One entry as the file stores it: id, text, notes if any, then unknown members.
Json parkedIdeaJson(const ParkedIdea &idea);

} // namespace kdd::reading
