#pragma once

#include <QString>

namespace kdd {

// One thing wrong with an input file, with where it is. Line and column are 1-based; 0 means
// unknown. Column counts characters (Unicode code points), not bytes.
struct Problem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: message", leaving out the parts that are unknown.
    QString toString() const;
};

} // namespace kdd
