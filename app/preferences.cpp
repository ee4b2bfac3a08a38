#include "preferences.h"

#include "model/textlanguage.h"

#include "render/theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace kdd {
namespace {

// Shared with the View menu (mainwindow.cpp), which writes the same keys when a theme or a link
// style is picked there.
const QString ThemeKey = QStringLiteral("view/theme");
const QString LinksKey = QStringLiteral("view/links");
const QString TextSizeKey = QStringLiteral("view/textSize");
const QString AutosaveKey = QStringLiteral("recovery/minutes");
// Not "general/…": QSettings reads an INI file's [General] section as the top level, so a value
// there would not survive a restart.
const QString LanguageKey = QStringLiteral("interface/language");

struct LinkWord
{
    LayoutSettings::Links links;
    const char *word;
};
const LinkWord LinkWords[] = {
    {LayoutSettings::Links::Brackets, "brackets"},
    {LayoutSettings::Links::Curves, "curves"},
    {LayoutSettings::Links::Straight, "straight"},
};

} // namespace

QStringList Preferences::languages() { return QStringList{QString()} + TextLanguage::available(); }

QString Preferences::startupLanguage(const QString &commandLineTag)
{
    return commandLineTag.isEmpty() ? load().language : commandLineTag;
}

QString Preferences::spokenLanguage()
{
    // installTranslations (languages.cpp) gives the application its translators; the editor's
    // catalog is ":/i18n/keydriver_<lang>.qm" (the command line's is keydriver_core_<lang>).
    const QObject *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    for (const QTranslator *translator : app->findChildren<QTranslator *>()) {
        const QString name = QFileInfo(translator->filePath()).fileName();
        if (name.startsWith(QLatin1String("keydriver_"))
            && !name.startsWith(QLatin1String("keydriver_core_")) && !translator->isEmpty())
            return translator->language().section(QLatin1Char('_'), 0, 0);
    }
    return QStringLiteral("en");
}

QString Preferences::linksWord(LayoutSettings::Links links)
{
    for (const LinkWord &w : LinkWords) {
        if (w.links == links)
            return QLatin1String(w.word);
    }
    return QStringLiteral("brackets");
}

LayoutSettings::Links Preferences::linksFromWord(const QString &word,
                                                 LayoutSettings::Links fallback)
{
    for (const LinkWord &w : LinkWords) {
        if (word == QLatin1String(w.word))
            return w.links;
    }
    return fallback;
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.theme = settings.value(ThemeKey).toString();
    if (!Theme::byName(p.theme))
        p.theme = Theme::standard().name;
    p.links = linksFromWord(settings.value(LinksKey).toString(), LayoutSettings().links);
    bool sizeOk = false;
    const double size = settings.value(TextSizeKey).toDouble(&sizeOk);
    p.textSize =
        sizeOk && LayoutSettings::isValidTextSize(size) ? size : LayoutSettings::DefaultTextSize;
    bool ok = false;
    const int minutes = settings.value(AutosaveKey).toInt(&ok);
    p.autosaveMinutes =
        ok ? std::clamp(minutes, MinAutosaveMinutes, MaxAutosaveMinutes) : DefaultAutosaveMinutes;
    p.language = settings.value(LanguageKey).toString();
    if (!languages().contains(p.language))
        p.language.clear();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(ThemeKey, theme);
    settings.setValue(LinksKey, linksWord(links));
    if (LayoutSettings::isValidTextSize(textSize))
        settings.setValue(TextSizeKey, textSize);
    settings.setValue(AutosaveKey,
                      std::clamp(autosaveMinutes, MinAutosaveMinutes, MaxAutosaveMinutes));
    settings.setValue(LanguageKey, language);
}

void Preferences::applyToNewDiagram(Diagram &diagram)
{
    LayoutSettings settings = diagram.layoutSettings();
    if (settings.textSize != LayoutSettings::DefaultTextSize)
        return; // a template that chose its size keeps it
    settings.textSize = load().textSize;
    diagram.setLayoutSettings(settings);
}

bool Preferences::hasAutosaveChoice() { return QSettings().contains(AutosaveKey); }

bool Preferences::operator==(const Preferences &other) const
{
    return theme == other.theme && links == other.links && textSize == other.textSize
        && autosaveMinutes == other.autosaveMinutes && language == other.language;
}

} // namespace kdd
