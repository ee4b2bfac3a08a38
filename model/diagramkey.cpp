#include "diagramkey.h"

#include "textlanguage.h"

#include <algorithm>
#include <set>

namespace kdd {

DiagramKey DiagramKey::of(const Diagram &diagram)
{
    DiagramKey key;
    std::set<ChangeStatus> used;
    for (const Node &n : diagram.nodes()) {
        if (n.isChange())
            used.insert(n.status);
    }
    if (used.size() > 1 || (used.size() == 1 && *used.begin() != ChangeStatus::Idea))
        key.statuses.assign(used.begin(), used.end()); // the enum's order
    key.linkStrengths = std::any_of(diagram.links().begin(), diagram.links().end(),
                                    [](const Link &l) { return l.strength == LinkStrength::Weak; });
    return key;
}

QString DiagramKey::label(ChangeStatus status, const QString &language)
{
    const TextLanguage words(language);
    switch (status) {
    case ChangeStatus::Idea:
        return words.translate("kdd::DiagramKey", "Not yet tested");
    case ChangeStatus::Testing:
        return words.translate("kdd::DiagramKey", "Testing");
    case ChangeStatus::Adopted:
        return words.translate("kdd::DiagramKey", "Adopted");
    case ChangeStatus::Abandoned:
        return words.translate("kdd::DiagramKey", "Abandoned");
    }
    return QString();
}

QString DiagramKey::label(LinkStrength strength, const QString &language)
{
    const TextLanguage words(language);
    return strength == LinkStrength::Weak ? words.translate("kdd::DiagramKey", "Weak link")
                                          : words.translate("kdd::DiagramKey", "Strong link");
}

} // namespace kdd
