#pragma once

#include "model/metadata.h"

#include <QString>
#include <QStringList>

namespace kdd {

// The user's choices of Edit ▸ Preferences, read from and written to the settings in this one
// place. The theme and link style share their keys with View ▸ Theme and View ▸ Links, so the
// menus and the dialog always agree.
struct Preferences
{
    // The theme of the canvas and the default of exports (Theme::names()).
    QString theme;
    // The link style new diagrams start with; an open document keeps its own.
    LayoutSettings::Links links = LayoutSettings::Links::Brackets;
    // The longest time unsaved work goes without a recovery copy.
    int autosaveMinutes = DefaultAutosaveMinutes;
    // "" follows the system; otherwise a language code of Languages. Read at start-up.
    QString language;

    static constexpr int DefaultAutosaveMinutes = 1;
    // A copy at least every half hour: recovery must never lose more than that.
    static constexpr int MinAutosaveMinutes = 1;
    static constexpr int MaxAutosaveMinutes = 30;

    // The language codes offered, "" (the system's) first.
    static QStringList languages();
    // The language the editor starts in (main.cpp installs its translations): `--lang` when
    // given, else the one chosen here ("" = the system's languages).
    static QString startupLanguage(const QString &commandLineTag);
    // The language the editor's windows speak now: that of the installed editor catalog, "en"
    // when none is (English has no catalog). New documents are written in it.
    static QString spokenLanguage();
    // The links' settings word ("brackets", "curves", "straight") and back.
    static QString linksWord(LayoutSettings::Links links);
    static LayoutSettings::Links linksFromWord(const QString &word, LayoutSettings::Links fallback);

    // What is stored, each value checked (out-of-range or unknown values read as the default).
    static Preferences load();
    void save() const;
    // Whether the user has chosen an autosave interval (until then the program's own applies,
    // which tests may shorten).
    static bool hasAutosaveChoice();

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};

} // namespace kdd
