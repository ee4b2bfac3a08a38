#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kdd {

// Registers the files the user opens and saves in the desktop's list of recent documents, the
// freedesktop.org XBEL file ($XDG_DATA_HOME/recently-used.xbel) that GTK file choosers, GNOME
// and KDE Plasma read (Qt has no API for it). Only the entry of the file at hand is written:
// every other entry keeps its bytes, the file is replaced atomically, and a file that cannot be
// read as XBEL (malformed, too large, not UTF-8, locked read-only) is left alone with a warning.
class DesktopRecent
{
public:
    // The entry's application: the name GTK looks up and the command line it runs (%f is the
    // local path; the program takes paths, not URIs).
    static constexpr char ApplicationName[] = "KeyDriver";
    static constexpr char ApplicationExec[] = "keydriver %f";
    static constexpr char MimeType[] = "application/x-keydriver";
    // Like GTK, the list keeps at most this many entries; the least recently modified go first.
    static constexpr int MaxEntries = 1000;
    // A larger file is not ours to rewrite in the middle of an open or a save.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    // Set to 0 (environment) or false (settings) to keep files out of the desktop's list.
    static constexpr char DisableEnvironment[] = "KEYDRIVER_DESKTOP_RECENT";
    static constexpr char SettingsKey[] = "desktop/recentFiles";

    // $XDG_DATA_HOME/recently-used.xbel, or ~/.local/share/recently-used.xbel.
    static QString xbelPath();
    // False on systems without the freedesktop list, or when the user turned it off.
    static bool isEnabled();

    // Adds or updates the entry of `localPath` (opened or saved now). Returns false, writing
    // nothing, when disabled or when the list is left alone (`error` says why).
    static bool add(const QString &localPath, QString *error = nullptr);

    // The XBEL text `xbel` (empty: no file yet) with the entry of `uri` added or updated at
    // `now`; nullopt with `error` set when `xbel` is not a list this may edit.
    static std::optional<QString> withEntry(const QString &xbel, const QString &uri,
                                            const QDateTime &now, QString *error = nullptr);
};

} // namespace kdd
