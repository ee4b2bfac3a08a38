#include "languages.h"

#include "model/textlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kdd {
namespace {

const QString LangOption = QStringLiteral("--lang");

QLocale localeOf(const QString &tag)
{
    return QLocale(QString(tag).replace(QLatin1Char('-'), QLatin1Char('_')));
}

bool hasLanguage(const QLocale &locale)
{
    for (const QString &code : TextLanguage::available()) {
        if (QLocale(code).language() == locale.language())
            return true;
    }
    return false;
}

// The locale to speak: the tag's, or the first of the system's languages the program has.
// English, the source language, has no catalog, so it must end the search itself: with
// LANGUAGE=en_GB:fr a user asks for English and falls back to French only without it.
QLocale chosenLocale(const QString &tag)
{
    if (!tag.isEmpty())
        return localeOf(tag);
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale = localeOf(name);
        if (locale.language() == QLocale::English || hasLanguage(locale))
            return locale;
    }
    return QLocale(QLocale::English);
}

// Loads one catalog into a translator owned by the application; false when there is none for
// the locale (English, the source language, has none).
bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

LanguageOption takeLanguageOption(QStringList &arguments)
{
    LanguageOption option;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QStringLiteral("--"))
            break;
        if (word == LangOption) {
            if (i + 1 >= arguments.size()) {
                option.error =
                    QCoreApplication::translate("kdd::cli", "option --lang needs a value");
                arguments.removeAt(i);
                return option;
            }
            option.tag = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (word.startsWith(LangOption + QLatin1Char('='))) {
            option.tag = word.mid(LangOption.size() + 1);
            arguments.removeAt(i);
        } else {
            continue;
        }
        if (!TextLanguage::isLanguageTag(option.tag) || !hasLanguage(localeOf(option.tag))) {
            option.error =
                QCoreApplication::translate(
                    "kdd::cli", "no translation for the language '%1'; choose one of %2")
                    .arg(option.tag, TextLanguage::available().join(QStringLiteral(", ")));
        }
        return option;
    }
    return option;
}

QString installTranslations(const QString &tag, Catalogs catalogs)
{
    const QLocale locale = chosenLocale(tag);
    // Qt's own words (standard buttons, file dialogs), where the system has them installed.
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const bool core = install(locale, QStringLiteral("keydriver_core"), QStringLiteral(":/i18n"));
    if (catalogs == Catalogs::Editor)
        install(locale, QStringLiteral("keydriver"), QStringLiteral(":/i18n"));
    if (!core)
        return QStringLiteral("en");
    return QLocale(locale.language()).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace kdd
