#pragma once

#include "render/exportoptions.h"

#include <QString>
#include <QStringList>

namespace kdd {

// The export options as typed on the command line, word for word; an empty word means "not
// given" (the default).
struct ExportOptionWords
{
    QString theme;
    QString page;
    QString orientation;
    QString dpi;
    QString background;
    QString order;
    QString links;
    QString ideas;
    QString arrowheads;
    QString what;
    QString measures;
};

// Turns a format word (a file suffix such as "svg", or an alias such as "markdown") into a
// format; on a mistake returns false and names the word and the formats there are.
bool parseExportFormat(const QString &word, ExportFormat &format, QString *error);

// Turns the words into typed options for `format`, case-insensitively; on the first mistake
// returns false with a message that names the option, the bad value and the valid ones.
bool parseExportOptions(const ExportOptionWords &words, ExportFormat format, ExportOptions &options,
                        QString *error);

} // namespace kdd
