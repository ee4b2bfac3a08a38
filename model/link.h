#pragma once

#include "extras.h"
#include "kinds.h"
#include "node.h"

namespace kdd {

// A relationship in the theory: `from` (nearer the aim) drives toward `to` (further right).
struct Link
{
    NodeId from;
    NodeId to;
    LinkStrength strength = LinkStrength::Strong;
    Extras extras;

    friend bool operator==(const Link &a, const Link &b)
    {
        return a.from == b.from && a.to == b.to && a.strength == b.strength && a.extras == b.extras;
    }
    friend bool operator!=(const Link &a, const Link &b) { return !(a == b); }
};

} // namespace kdd
