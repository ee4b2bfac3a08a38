#pragma once

#include <QString>

class QTranslator;

namespace kdd {

// The program's own words in one language, looked up in the compiled-in catalogs: what a
// document shows (column headers, the key, the charter's headings) is written in the document's
// language, while the program's windows and messages speak the user's.
class TextLanguage
{
public:
    // "" (the program's language: the installed translators); otherwise a BCP 47 tag, of which
    // a catalog for the whole tag or its language part is used ("fr-CA" → fr), else English.
    explicit TextLanguage(const QString &tag = QString());

    // The translation of `source` in `context` (as lupdate records it from
    // QT_TRANSLATE_NOOP / translate() calls), %n replaced by `n` when n >= 0.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // The tag asked for ("" for the program's language).
    QString tag() const { return m_tag; }

    // Whether `text` is shaped like a BCP 47 language tag ("es", "fr-CA", "zh-Hant-TW").
    static bool isLanguageTag(const QString &text);

    // The language codes with compiled-in translations, English (the source language) first.
    static QStringList available();
    // A language of available() named in itself ("Español"), so that a user finds it whatever
    // language the program speaks; the code itself for any other.
    static QString nativeName(const QString &code);

private:
    QString m_tag;
    const QTranslator *m_translator = nullptr; // owned by a process-wide cache; null: English
};

} // namespace kdd
