#pragma once

#include "diagram.h"

#include <QString>

#include <vector>

namespace kdd {

// What a diagram's key explains about change-idea statuses and link strengths: the drawn key
// and the DOT and Mermaid keys list the same entries.
struct DiagramKey
{
    // The statuses the change ideas have, in the order idea, testing, adopted, abandoned; none
    // while every idea is still untested (then a status would explain nothing).
    std::vector<ChangeStatus> statuses;
    // Strong and weak links, shown once any link is weak.
    bool linkStrengths = false;

    bool isEmpty() const { return statuses.empty() && !linkStrengths; }

    static DiagramKey of(const Diagram &diagram);
    // "Not yet tested", "Testing", "Adopted", "Abandoned", in `language` (a document's
    // meta.language; "" = the program's).
    static QString label(ChangeStatus status, const QString &language = QString());
    // "Strong link", "Weak link".
    static QString label(LinkStrength strength, const QString &language = QString());
};

} // namespace kdd
