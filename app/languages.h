#pragma once

#include <QString>
#include <QStringList>

namespace kdd {

// The language a run of the program speaks: `--lang` on the command line, else (in the editor)
// the one chosen in Preferences, else the system's; and loading its translations.
struct LanguageOption
{
    QString tag;   // as given after --lang ("" when not given)
    QString error; // why the option cannot be used ("" when it can)
};

// Takes `--lang TAG` or `--lang=TAG` out of `arguments` (before any "--"), so that the rest
// reads as if it had not been there. A tag must name a language the program has ("es",
// "fr-CA", "en").
LanguageOption takeLanguageOption(QStringList &arguments);

// Which catalogs to load: the command line's (always) and the editor's windows.
enum class Catalogs { CommandLine, Editor };

// Installs the translators for `tag` ("" = the system's languages, in their order of
// preference): Qt's own texts, the command line's and, for the editor, the windows'. Returns
// the language now spoken ("en" when no catalog matched).
QString installTranslations(const QString &tag, Catalogs catalogs);

} // namespace kdd
