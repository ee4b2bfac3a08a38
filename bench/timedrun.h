#pragma once

#include <QString>
#include <QStringList>

namespace kdd {

// The cost of one run of an external program: wall time and peak resident memory.
struct TimedRun
{
    bool ok = false;
    double seconds = 0;
    long peakKiB = 0;
    QString error;
};

// Runs `program` with `arguments` to completion (stdout and stderr discarded) and measures it
// with wait4(): real elapsed time and the child's maximum resident set size.
TimedRun runTimed(const QString &program, const QStringList &arguments);

} // namespace kdd
