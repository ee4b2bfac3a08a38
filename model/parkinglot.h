#pragma once

#include "extras.h"

#include <QString>

namespace kdd {

using ParkedIdeaId = QString;

// An idea written down in a workshop but not yet placed under a driver: the file's `parkingLot`
// list (a v1 extension, see docs/format.md). Only text and notes; placing it makes a change idea.
struct ParkedIdea
{
    ParkedIdeaId id;
    QString text;
    QString notes;
    Extras extras; // members of the entry unknown to this version

    friend bool operator==(const ParkedIdea &a, const ParkedIdea &b)
    {
        return a.id == b.id && a.text == b.text && a.notes == b.notes && a.extras == b.extras;
    }
    friend bool operator!=(const ParkedIdea &a, const ParkedIdea &b) { return !(a == b); }
};

} // namespace kdd
