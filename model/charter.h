#pragma once

#include "extras.h"

#include <QString>

#include <vector>

namespace kdd {

// One person on the improvement team and what they do in it (a charter's team table).
struct TeamMember
{
    QString name;
    QString role;
    Extras extras;

    friend bool operator==(const TeamMember &a, const TeamMember &b)
    {
        return a.name == b.name && a.role == b.role && a.extras == b.extras;
    }
    friend bool operator!=(const TeamMember &a, const TeamMember &b) { return !(a == b); }
};

// One dated step of the project's timeline; the date is ISO "YYYY-MM-DD", checked on load.
struct Milestone
{
    QString date;
    QString label;
    Extras extras;

    friend bool operator==(const Milestone &a, const Milestone &b)
    {
        return a.date == b.date && a.label == b.label && a.extras == b.extras;
    }
    friend bool operator!=(const Milestone &a, const Milestone &b) { return !(a == b); }
};

// The project charter's own fields (`meta.charter`); the aim and the measures are not here
// because the diagram already holds them and a charter shows them from there.
struct Charter
{
    QString problem; // problem statement and background
    QString scopeIn;
    QString scopeOut;
    QString sponsor;
    std::vector<TeamMember> members;
    std::vector<Milestone> milestones;
    QString resources; // resources and constraints
    Extras extras;

    bool isEmpty() const
    {
        return problem.isEmpty() && scopeIn.isEmpty() && scopeOut.isEmpty() && sponsor.isEmpty()
            && members.empty() && milestones.empty() && resources.isEmpty() && extras.isEmpty();
    }

    friend bool operator==(const Charter &a, const Charter &b)
    {
        return a.problem == b.problem && a.scopeIn == b.scopeIn && a.scopeOut == b.scopeOut
            && a.sponsor == b.sponsor && a.members == b.members && a.milestones == b.milestones
            && a.resources == b.resources && a.extras == b.extras;
    }
    friend bool operator!=(const Charter &a, const Charter &b) { return !(a == b); }
};

} // namespace kdd
