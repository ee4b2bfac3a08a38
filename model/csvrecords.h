#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Splitting spreadsheet text into records, shared by the readers of CSV tables (outlines and
// measure data).
namespace kdd::csv {

// One record of the text, with the line it starts on.
struct Record
{
    int line = 0; // where the record starts (a quoted field may run over several lines)
    QStringList fields;
};

// The records of a text, or where its quoting went wrong.
struct SplitResult
{
    std::vector<Record> records;
    int errorLine = 0; // 0: no error
    QString error;
};

// RFC 4180 records: fields split at `separator`, a field starting with `"` runs to the next lone
// `"` (a doubled `""` is one quote) and may hold separators and line breaks. Line ends may be
// CRLF, LF or CR. Text after a closing quote is kept, as spreadsheets do.
SplitResult splitRecords(const QString &text, QChar separator);

} // namespace kdd::csv
