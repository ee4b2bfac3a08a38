#pragma once

#include "extras.h"
#include "kinds.h"
#include "pdsa.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kdd {

using NodeId = QString;

// One box of the diagram: an aim, a driver (level 1-3) or a change idea, as stored in `nodes`.
// Fields that do not apply to the node's kind keep their defaults and are not written.
struct Node
{
    NodeId id;
    NodeKind kind = NodeKind::Driver;
    AimRole role = AimRole::Unspecified; // aims only
    int level = 1;                       // drivers only: 1 primary, 2 secondary, 3 tertiary
    QString text;
    QString notes;
    ChangeStatus status = ChangeStatus::Idea; // change ideas only
    int reliability = 0;                      // change ideas only: 0 = not set, else 1-3
    QString owner;                            // change ideas only
    QStringList partners;                     // change ideas only: partners outside healthcare
    int votes = 0;                            // change ideas only: dot votes, 0 to MaxVotes
    Rating impact = Rating::Unset;            // change ideas only: where prioritising put it
    Rating effort = Rating::Unset;            // change ideas only
    std::vector<Practice> practices;          // any node
    std::vector<PdsaCycle> cycles;            // change ideas only: PDSA cycles, in file order
    Extras extras;

    // The column the node is drawn in: 0 aim, 1-3 driver level, 4 change idea.
    int column() const;
    bool isAim() const { return kind == NodeKind::Aim; }
    bool isDriver() const { return kind == NodeKind::Driver; }
    bool isChange() const { return kind == NodeKind::Change; }
    bool hasPractice(Practice practice) const;

    friend bool operator==(const Node &a, const Node &b);
    friend bool operator!=(const Node &a, const Node &b) { return !(a == b); }
};

} // namespace kdd
