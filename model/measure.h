#pragma once

#include "extras.h"
#include "kinds.h"
#include "node.h"

#include <QString>
#include <QStringList>

namespace kdd {

using MeasureId = QString;

// One measure of the measurement plan, with its operational definition and the nodes it tests.
struct Measure
{
    MeasureId id;
    QString name;
    MeasureType type = MeasureType::Process;
    QString numerator;
    QString denominator;
    QString source;
    QString target;
    QStringList stratifyBy; // dimensions such as "race", "language"; free words allowed
    QStringList nodes;      // ids of the nodes this measure is attached to, in the user's order
    Extras extras;

    bool isStratified() const { return !stratifyBy.isEmpty(); }

    friend bool operator==(const Measure &a, const Measure &b)
    {
        return a.id == b.id && a.name == b.name && a.type == b.type && a.numerator == b.numerator
            && a.denominator == b.denominator && a.source == b.source && a.target == b.target
            && a.stratifyBy == b.stratifyBy && a.nodes == b.nodes && a.extras == b.extras;
    }
    friend bool operator!=(const Measure &a, const Measure &b) { return !(a == b); }
};

} // namespace kdd
