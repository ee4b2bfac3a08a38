#include "priority.h"

#include <QCoreApplication>

namespace kdd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Priority)
};

} // namespace

PickQuadrant pickQuadrant(Rating impact, Rating effort)
{
    if (impact == Rating::Unset || effort == Rating::Unset)
        return PickQuadrant::None;
    if (effort == Rating::Low)
        return impact == Rating::High ? PickQuadrant::Implement : PickQuadrant::Possible;
    return impact == Rating::High ? PickQuadrant::Challenge : PickQuadrant::Kill;
}

PickQuadrant pickQuadrant(const Node &node)
{
    return node.isChange() ? pickQuadrant(node.impact, node.effort) : PickQuadrant::None;
}

std::pair<Rating, Rating> ratingsOf(PickQuadrant quadrant)
{
    switch (quadrant) {
    case PickQuadrant::Possible:
        return {Rating::Low, Rating::Low};
    case PickQuadrant::Implement:
        return {Rating::High, Rating::Low};
    case PickQuadrant::Challenge:
        return {Rating::High, Rating::High};
    case PickQuadrant::Kill:
        return {Rating::Low, Rating::High};
    case PickQuadrant::None:
        break;
    }
    return {Rating::Unset, Rating::Unset};
}

QString toString(PickQuadrant quadrant)
{
    switch (quadrant) {
    case PickQuadrant::Possible:
        return QStringLiteral("possible");
    case PickQuadrant::Implement:
        return QStringLiteral("implement");
    case PickQuadrant::Challenge:
        return QStringLiteral("challenge");
    case PickQuadrant::Kill:
        return QStringLiteral("kill");
    case PickQuadrant::None:
        break;
    }
    return {};
}

QString displayName(PickQuadrant quadrant)
{
    switch (quadrant) {
    case PickQuadrant::Possible:
        return Text::tr("Possible");
    case PickQuadrant::Implement:
        return Text::tr("Implement");
    case PickQuadrant::Challenge:
        return Text::tr("Challenge");
    case PickQuadrant::Kill:
        return Text::tr("Kill");
    case PickQuadrant::None:
        break;
    }
    return Text::tr("Not placed");
}

QString quadrantHint(PickQuadrant quadrant)
{
    switch (quadrant) {
    case PickQuadrant::Possible:
        return Text::tr("low effort, low impact");
    case PickQuadrant::Implement:
        return Text::tr("low effort, high impact");
    case PickQuadrant::Challenge:
        return Text::tr("high effort, high impact");
    case PickQuadrant::Kill:
        return Text::tr("high effort, low impact");
    case PickQuadrant::None:
        break;
    }
    return Text::tr("impact and effort not rated yet");
}

} // namespace kdd
