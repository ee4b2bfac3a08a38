#include "textlists.h"

#include <QSet>

namespace kdd {

QStringList splitUserList(const QString &text)
{
    QStringList items;
    QSet<QString> seen;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end) {
            const QChar c = text.at(i);
            const bool separator = c == QLatin1Char(',') || c == QLatin1Char(';')
                                || c == QLatin1Char('\n') || c == QLatin1Char('\r')
                                || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
            if (!separator)
                continue;
        }
        const QString item = text.mid(start, i - start).trimmed();
        if (!item.isEmpty() && !seen.contains(item)) {
            seen.insert(item);
            items << item;
        }
        start = i + 1;
    }
    return items;
}

} // namespace kdd
