#include "desktoprecent.h"

#include "model/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace kdd {
namespace {

const QString BookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString MimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString MetadataOwner = QStringLiteral("http://freedesktop.org");

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    return out;
}

// One top-level <bookmark> of the list, by its place in the text.
struct Entry
{
    QString href;
    QString modified; // ISO 8601 in UTC: compares as text
    qsizetype start = 0;
    qsizetype end = 0;
};

// Where the parts of the entry being updated are, for editing it in place.
struct Target
{
    int index = -1;     // in the entries
    QString attributes; // of the <bookmark> start tag, modified and visited left out
    QString added;
    qsizetype startTagEnd = -1;
    qsizetype appStart = -1; // our <bookmark:application>
    qsizetype appEnd = -1;
    int count = 0;
    qsizetype applicationsClose = -1; // where each closing tag starts
    qsizetype metadataClose = -1;     // of the freedesktop.org metadata
    qsizetype infoClose = -1;
    qsizetype bookmarkClose = -1;
    bool rebuild = false; // a container written as an empty element: written anew
};

// What the reader found in a list.
struct Parsed
{
    std::vector<Entry> entries;
    Target target;
    qsizetype rootClose = -1; // where </xbel> starts; -1 for <xbel/>
    QString bookmarkPrefix = QStringLiteral("bookmark");
    QString mimePrefix = QStringLiteral("mime");
    qsizetype rootTagEnd = -1; // after the '>' of <xbel ...>
    QString missingNamespaces; // declarations the root lacks (GLib reads them only there)
};

QString applicationElement(const QString &prefix, const QString &now, int count)
{
    return QStringLiteral("<%1:application name=\"%2\" exec=\"%3\" modified=\"%4\" count=\"%5\"/>")
        .arg(prefix, escaped(QLatin1String(DesktopRecent::ApplicationName)),
             escaped(QLatin1String(DesktopRecent::ApplicationExec)), now)
        .arg(count);
}

QString applicationsBlock(const Parsed &p, const QString &now, int count, const QString &indent)
{
    return QStringLiteral("<%1:applications>\n%2  %3\n%2</%1:applications>")
        .arg(p.bookmarkPrefix, indent, applicationElement(p.bookmarkPrefix, now, count));
}

QString metadataBlock(const Parsed &p, const QString &now, int count, const QString &indent)
{
    return QStringLiteral("<metadata owner=\"%1\">\n%2  <%3:mime-type type=\"%4\"/>\n%2  %5\n"
                          "%2</metadata>")
        .arg(MetadataOwner, indent, p.mimePrefix, QLatin1String(DesktopRecent::MimeType),
             applicationsBlock(p, now, count, indent + QStringLiteral("  ")));
}

QString infoBlock(const Parsed &p, const QString &now, int count, const QString &indent)
{
    return QStringLiteral("<info>\n%1  %2\n%1</info>")
        .arg(indent, metadataBlock(p, now, count, indent + QStringLiteral("  ")));
}

QString newBookmark(const Parsed &p, const QString &uri, const QString &added, const QString &now,
                    int count)
{
    return QStringLiteral("<bookmark href=\"%1\" added=\"%2\" modified=\"%3\" visited=\"%3\">\n"
                          "    %4\n  </bookmark>")
        .arg(escaped(uri), added, now, infoBlock(p, now, count, QStringLiteral("    ")));
}

// Inserts `element` before the closing tag that starts at `close`: on a line of its own with
// `indent` when the closing tag starts its line, else just before it.
void insertBefore(QString &text, qsizetype close, const QString &element, const QString &indent)
{
    qsizetype lineStart = close;
    while (lineStart > 0
           && (text[lineStart - 1] == QLatin1Char(' ') || text[lineStart - 1] == QLatin1Char('\t')))
        --lineStart;
    if (lineStart > 0 && text[lineStart - 1] == QLatin1Char('\n'))
        text.insert(lineStart, indent + element + QLatin1Char('\n'));
    else
        text.insert(close, element);
}

bool isBookmarkElement(const QXmlStreamReader &r, const QString &name)
{
    return r.namespaceUri() == BookmarkNs && r.name() == name;
}

// Reads `xbel`, recording the entries and, for `uri`, the parts to edit. False if it is not a
// well-formed XBEL list.
bool parse(const QString &xbel, const QString &uri, Parsed &p, QString *error)
{
    QXmlStreamReader r(xbel);
    // The reader's offset may already be past the '<' of the next tag (it reads ahead to end a
    // run of text), so a tag starts at the last '<' at or before it.
    const auto tagStart = [&xbel](qsizetype offset) {
        return xbel.lastIndexOf(QLatin1Char('<'), offset);
    };
    QStringList stack; // local names of the open elements
    Entry entry;
    bool inTarget = false;
    bool inFreedesktop = false;
    qsizetype before = 0;
    while (!r.atEnd()) {
        before = r.characterOffset();
        const QXmlStreamReader::TokenType token = r.readNext();
        const qsizetype after = r.characterOffset();
        if (token == QXmlStreamReader::StartDocument) {
            const QString encoding = r.documentEncoding().toString();
            if (!encoding.isEmpty()
                && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
                *error = QStringLiteral("it is written in %1, not UTF-8").arg(encoding);
                return false;
            }
        } else if (token == QXmlStreamReader::StartElement) {
            if (stack.isEmpty()) {
                if (r.name() != QLatin1String("xbel") || !r.namespaceUri().isEmpty()) {
                    *error = QStringLiteral("its root element is not <xbel>");
                    return false;
                }
                bool bookmark = false;
                bool mime = false;
                for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations()) {
                    if (d.namespaceUri() == BookmarkNs && !d.prefix().isEmpty()) {
                        p.bookmarkPrefix = d.prefix().toString();
                        bookmark = true;
                    } else if (d.namespaceUri() == MimeNs && !d.prefix().isEmpty()) {
                        p.mimePrefix = d.prefix().toString();
                        mime = true;
                    }
                }
                p.rootTagEnd = after;
                if (!bookmark)
                    p.missingNamespaces +=
                        QStringLiteral(" xmlns:%1=\"%2\"").arg(p.bookmarkPrefix, BookmarkNs);
                if (!mime)
                    p.missingNamespaces +=
                        QStringLiteral(" xmlns:%1=\"%2\"").arg(p.mimePrefix, MimeNs);
            } else if (stack.size() == 1 && r.name() == QLatin1String("bookmark")
                       && r.namespaceUri().isEmpty()) {
                entry = Entry();
                entry.start = tagStart(before);
                entry.href = r.attributes().value(QLatin1String("href")).toString();
                entry.modified = r.attributes().value(QLatin1String("modified")).toString();
                inTarget = p.target.index < 0 && entry.href == uri;
                if (inTarget) {
                    Target &t = p.target;
                    t.startTagEnd = after;
                    t.added = r.attributes().value(QLatin1String("added")).toString();
                    for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
                        t.attributes += QStringLiteral(" xmlns:%1=\"%2\"")
                                            .arg(d.prefix(), escaped(d.namespaceUri().toString()));
                    for (const QXmlStreamAttribute &a : r.attributes()) {
                        if (a.qualifiedName() != QLatin1String("modified")
                            && a.qualifiedName() != QLatin1String("visited"))
                            t.attributes +=
                                QStringLiteral(" %1=\"%2\"")
                                    .arg(a.qualifiedName(), escaped(a.value().toString()));
                    }
                }
            } else if (inTarget) {
                Target &t = p.target;
                if (r.name() == QLatin1String("metadata") && r.namespaceUri().isEmpty()
                    && stack.size() == 3
                    && r.attributes().value(QLatin1String("owner")) == MetadataOwner)
                    inFreedesktop = true;
                if (inFreedesktop && isBookmarkElement(r, QStringLiteral("application"))
                    && r.attributes().value(QLatin1String("name"))
                           == QLatin1String(DesktopRecent::ApplicationName)) {
                    t.appStart = tagStart(before);
                    t.count = r.attributes().value(QLatin1String("count")).toInt();
                }
            }
            stack << r.name().toString();
        } else if (token == QXmlStreamReader::EndElement) {
            // An element written as <a/> ends where it starts: nothing to insert into.
            const bool empty = before == after;
            stack.removeLast();
            if (stack.isEmpty()) {
                p.rootClose = empty ? -1 : tagStart(before);
            } else if (stack.size() == 1 && r.name() == QLatin1String("bookmark")
                       && r.namespaceUri().isEmpty()) {
                entry.end = after;
                if (inTarget) {
                    p.target.index = static_cast<int>(p.entries.size());
                    p.target.bookmarkClose = tagStart(before);
                    p.target.rebuild = p.target.rebuild || empty;
                }
                p.entries.push_back(entry);
                inTarget = false;
                inFreedesktop = false;
            } else if (inTarget) {
                Target &t = p.target;
                if (inFreedesktop && isBookmarkElement(r, QStringLiteral("application"))
                    && t.appStart >= 0 && t.appEnd < 0)
                    t.appEnd = after;
                else if (inFreedesktop && isBookmarkElement(r, QStringLiteral("applications"))) {
                    t.applicationsClose = tagStart(before);
                    t.rebuild = t.rebuild || empty;
                } else if (r.name() == QLatin1String("metadata") && inFreedesktop) {
                    t.metadataClose = tagStart(before);
                    t.rebuild = t.rebuild || empty;
                    inFreedesktop = false;
                } else if (r.name() == QLatin1String("info") && stack.size() == 2) {
                    t.infoClose = tagStart(before);
                    t.rebuild = t.rebuild || empty;
                }
            }
        }
    }
    if (r.hasError()) {
        *error = QStringLiteral("it is not well-formed XML (line %1: %2)")
                     .arg(r.lineNumber())
                     .arg(r.errorString());
        return false;
    }
    return true;
}

QString freshList(const Parsed &p, const QString &uri, const QString &now)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\"\n"
                          "      xmlns:bookmark=\"%1\"\n      xmlns:mime=\"%2\"\n>\n  %3\n"
                          "</xbel>\n")
        .arg(BookmarkNs, MimeNs, newBookmark(p, uri, now, now, 1));
}

// Updates the entry in place: its times, our application's count and time; the rest of it,
// other applications included, keeps its text.
void updateTarget(QString &text, const Parsed &p, const Entry &entry, const QString &now)
{
    const Target &t = p.target;
    const int count = t.count + 1;
    if (t.rebuild) {
        const QString added = t.added.isEmpty() ? now : t.added;
        text.replace(entry.start, entry.end - entry.start,
                     newBookmark(p, entry.href, added, now, count));
        return;
    }
    // From the end backwards, so that the earlier positions stay right.
    if (t.appStart >= 0 && t.appEnd > t.appStart)
        text.replace(t.appStart, t.appEnd - t.appStart,
                     applicationElement(p.bookmarkPrefix, now, count));
    else if (t.applicationsClose >= 0)
        insertBefore(text, t.applicationsClose, applicationElement(p.bookmarkPrefix, now, count),
                     QStringLiteral("          "));
    else if (t.metadataClose >= 0)
        insertBefore(text, t.metadataClose,
                     applicationsBlock(p, now, count, QStringLiteral("        ")),
                     QStringLiteral("        "));
    else if (t.infoClose >= 0)
        insertBefore(text, t.infoClose, metadataBlock(p, now, count, QStringLiteral("      ")),
                     QStringLiteral("      "));
    else
        insertBefore(text, t.bookmarkClose, infoBlock(p, now, count, QStringLiteral("    ")),
                     QStringLiteral("    "));
    text.replace(
        entry.start, t.startTagEnd - entry.start,
        QStringLiteral("<bookmark%1 modified=\"%2\" visited=\"%2\">").arg(t.attributes, now));
}

} // namespace

QString DesktopRecent::xbelPath()
{
    // The base directory specification ignores a relative XDG_DATA_HOME.
    QString data = qEnvironmentVariable("XDG_DATA_HOME");
    if (data.isEmpty() || QDir::isRelativePath(data))
        data = QDir::homePath() + QStringLiteral("/.local/share");
    return data + QStringLiteral("/recently-used.xbel");
}

bool DesktopRecent::isEnabled()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    if (qEnvironmentVariable(DisableEnvironment) == QLatin1String("0"))
        return false;
    return QSettings().value(QLatin1String(SettingsKey), true).toBool();
#else
    return false; // Windows and macOS keep their own lists (not written yet)
#endif
}

std::optional<QString> DesktopRecent::withEntry(const QString &xbel, const QString &uri,
                                                const QDateTime &now, QString *error)
{
    QString problem;
    Parsed p;
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    if (xbel.trimmed().isEmpty())
        return freshList(p, uri, stamp);
    if (!parse(xbel, uri, p, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (p.rootClose < 0)
        return freshList(p, uri, stamp); // <xbel/>: nothing in it to keep
    QString text = xbel;
    std::vector<Entry> removed;
    if (p.target.index >= 0) {
        updateTarget(text, p, p.entries[static_cast<std::size_t>(p.target.index)], stamp);
    } else {
        insertBefore(text, p.rootClose, newBookmark(p, uri, stamp, stamp, 1), QStringLiteral("  "));
    }
    // Past the limit, the least recently modified others go, as GTK prunes its list.
    const int total = static_cast<int>(p.entries.size()) + (p.target.index >= 0 ? 0 : 1);
    if (total > MaxEntries) {
        std::vector<Entry> others;
        for (std::size_t i = 0; i < p.entries.size(); ++i) {
            if (static_cast<int>(i) != p.target.index)
                others.push_back(p.entries[i]);
        }
        std::stable_sort(others.begin(), others.end(),
                         [](const Entry &a, const Entry &b) { return a.modified < b.modified; });
        others.resize(static_cast<std::size_t>(total - MaxEntries));
        // Every removed entry lies before or after the edit as a whole: remove from the end.
        std::sort(others.begin(), others.end(),
                  [](const Entry &a, const Entry &b) { return a.start > b.start; });
        const qsizetype grown = text.size() - xbel.size();
        const qsizetype editAt = p.target.index >= 0
                                   ? p.entries[static_cast<std::size_t>(p.target.index)].start
                                   : p.rootClose;
        for (const Entry &e : others) {
            const qsizetype shift = e.start > editAt ? grown : 0;
            qsizetype start = e.start + shift;
            const qsizetype end = e.end + shift;
            // With its indentation and the line break before it.
            while (start > 0
                   && (text[start - 1] == QLatin1Char(' ') || text[start - 1] == QLatin1Char('\t')))
                --start;
            if (start > 0 && text[start - 1] == QLatin1Char('\n'))
                --start;
            if (start > 0 && text[start - 1] == QLatin1Char('\r'))
                --start;
            text.remove(start, end - start);
        }
    }
    if (!p.missingNamespaces.isEmpty()) // before the '>' of the root's tag, which comes first
        text.insert(p.rootTagEnd - 1, p.missingNamespaces);
    return text;
}

bool DesktopRecent::add(const QString &localPath, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isEnabled())
        return fail(QStringLiteral("recent files are not registered with the desktop here"));
    const QString uri = QString::fromLatin1(
        QUrl::fromLocalFile(QFileInfo(localPath).absoluteFilePath()).toEncoded());
    QString path = xbelPath();
    const QFileInfo info(path);
    if (info.isSymLink()) {
        // Linking the list to /dev/null is a known way to turn it off.
        const QFileInfo target(info.symLinkTarget());
        if (target.exists() && !target.isFile())
            return fail(QStringLiteral("%1 links to something that is not a file").arg(path));
        path = info.symLinkTarget();
    }
    QString text;
    if (QFileInfo::exists(path)) {
        const QFileInfo existing(path);
        if (!existing.isFile())
            return fail(QStringLiteral("%1 is not a file").arg(path));
        // The mode, not access(): made read-only to keep it as it is, even for root.
        if (!(existing.permissions() & QFileDevice::WriteOwner))
            return fail(QStringLiteral("%1 is read-only: left alone").arg(path));
        if (existing.size() > MaxFileBytes)
            return fail(QStringLiteral("%1 is larger than %2 MB: left alone")
                            .arg(path)
                            .arg(MaxFileBytes / (1024 * 1024)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes)
            return fail(QStringLiteral("%1 is not valid UTF-8: left alone").arg(path));
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QString problem;
    const std::optional<QString> updated =
        withEntry(text, uri, QDateTime::currentDateTimeUtc(), &problem);
    if (!updated)
        return fail(QStringLiteral("%1: %2; left alone").arg(path, problem));
    QString writeError;
    if (!writeFileAtomically(path, updated->toUtf8(), &writeError))
        return fail(writeError);
    return true;
}

} // namespace kdd
