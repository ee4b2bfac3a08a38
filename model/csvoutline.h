#pragma once

#include "kddfile.h"

#include <QByteArray>
#include <QString>

// Reading a key driver diagram kept in a spreadsheet (docs/text-formats.md, "CSV"): one row per
// path from an aim to a change idea, a header row naming the columns. Like the outline readers,
// it never throws and never returns half a diagram.
namespace kdd {

// The CSV file `bytes` (comma, semicolon or tab separated, RFC 4180 quoting, optional UTF-8 byte
// order mark) as a diagram, or the problems, each with `fileName` and the line.
LoadResult readCsvOutline(const QByteArray &bytes, const QString &fileName);

} // namespace kdd
