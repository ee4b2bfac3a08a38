#include "csvrecords.h"

#include <QCoreApplication>

namespace kdd::csv {
namespace {

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

} // namespace

SplitResult splitRecords(const QString &text, QChar separator)
{
    SplitResult out;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field started with a quote
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineEnd && c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
            ++i;
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (lineEnd) {
                field += QLatin1Char('\n');
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
            quoteLine = line;
        } else if (c == separator) {
            fields << field;
            field.clear();
            quoted = false;
        } else if (lineEnd) {
            fields << field;
            out.records.push_back({recordLine, fields});
            fields.clear();
            field.clear();
            quoted = false;
            recordLine = ++line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        out.errorLine = quoteLine;
        out.error = ReaderText::tr("unterminated quote: the field that opens with \" on this "
                                   "line has no closing \"");
        return out;
    }
    if (!field.isEmpty() || !fields.isEmpty() || quoted) {
        fields << field;
        out.records.push_back({recordLine, fields});
    }
    return out;
}

} // namespace kdd::csv
