// The desktop's list of recent documents (recently-used.xbel): a new list is valid XBEL, the
// entries of other programs keep their bytes, the same file twice is one entry, a list that is
// not XBEL is left alone, any path becomes a correct file:// URI, and GLib reads what we wrote.
#include "catchqt.h"
#include "testsupport.h"

#include "app/desktoprecent.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

#include <sys/stat.h>

using namespace kdd;

namespace {

// XDG_DATA_HOME on a scratch folder for the length of a test.
struct ScratchDataHome
{
    QTemporaryDir dir;
    QByteArray saved = qgetenv("XDG_DATA_HOME");
    bool wasSet = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    ScratchDataHome()
    {
        REQUIRE(dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path() + QStringLiteral("/data")));
        qunsetenv(DesktopRecent::DisableEnvironment);
        QSettings().remove(QLatin1String(DesktopRecent::SettingsKey));
    }
    ~ScratchDataHome()
    {
        if (wasSet)
            qputenv("XDG_DATA_HOME", saved);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    QString xbel() const { return dir.path() + QStringLiteral("/data/recently-used.xbel"); }
    // A .kdd file under the scratch folder (it need not hold a diagram).
    QString file(const QString &name) const
    {
        const QString path = dir.path() + QLatin1Char('/') + name;
        kddtest::writeAll(path, "{}");
        return path;
    }
};

struct Bookmark
{
    QString href;
    QString mime;
    QStringList applications; // name|exec|count
    QString added;
    QString modified;
    QString visited;
};

// The list as an XML reader sees it; fails the test when it is not well-formed.
std::vector<Bookmark> readList(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader r(&file);
    std::vector<Bookmark> list;
    const QString bookmarkNs =
        QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
    const QString mimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = r.attributes();
        if (r.name() == QLatin1String("bookmark") && r.namespaceUri().isEmpty())
            list.push_back({a.value(QLatin1String("href")).toString(),
                            {},
                            {},
                            a.value(QLatin1String("added")).toString(),
                            a.value(QLatin1String("modified")).toString(),
                            a.value(QLatin1String("visited")).toString()});
        else if (r.namespaceUri() == mimeNs && r.name() == QLatin1String("mime-type"))
            list.back().mime = a.value(QLatin1String("type")).toString();
        else if (r.namespaceUri() == bookmarkNs && r.name() == QLatin1String("application"))
            list.back().applications
                << QStringLiteral("%1|%2|%3")
                       .arg(a.value(QLatin1String("name")), a.value(QLatin1String("exec")),
                            a.value(QLatin1String("count")));
    }
    INFO(r.errorString().toStdString());
    REQUIRE_FALSE(r.hasError());
    return list;
}

QString uriOf(const QString &path)
{
    return QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded());
}

// GTK's own kind of list, with two other programs' entries, one of them for our file.
QByteArray gtkList(const QString &ourUri)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/u/Notes/caf%C3%A9.txt" added="2024-03-01T09:00:00.000001Z" modified="2024-03-01T09:00:00.000001Z" visited="2024-03-01T09:00:00.000001Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:groups>
          <bookmark:group>gedit</bookmark:group>
        </bookmark:groups>
        <bookmark:applications>
          <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" modified="2024-03-01T09:00:00.000001Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
  <bookmark href=")")
         + ourUri.toUtf8()
         + R"(" added="2024-02-01T08:00:00Z" modified="2024-02-01T08:00:00Z" visited="2024-02-01T08:00:00Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/x-keydriver"/>
        <bookmark:applications>
          <bookmark:application name="org.gnome.TextEditor" exec="&apos;gnome-text-editor %u&apos;" modified="2024-02-01T08:00:00Z" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
)";
}

// Whether GLib's GBookmarkFile reads the entry of `uri` in `xbel` as ours, used `count` times;
// nullopt (with a warning) when the check cannot run here.
std::optional<bool> glibReads(const QString &xbel, const QString &uri, int count)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        WARN("skipped the GLib check: /usr/bin/python3 is not installed");
        return std::nullopt;
    }
    QProcess glib;
    glib.start(QStringLiteral("/usr/bin/python3"),
               {kddtest::sourcePath(QStringLiteral("tests/xbel_glib_check.py")), xbel, uri,
                QLatin1String(DesktopRecent::MimeType),
                QLatin1String(DesktopRecent::ApplicationName),
                QLatin1String(DesktopRecent::ApplicationExec), QString::number(count)});
    REQUIRE(glib.waitForFinished(30000));
    const QString output = QString::fromUtf8(glib.readAll());
    if (glib.exitCode() == 77) {
        WARN(output.toStdString());
        return std::nullopt;
    }
    INFO(output.toStdString());
    CHECK(glib.exitCode() == 0);
    return glib.exitCode() == 0;
}

} // namespace

TEST_CASE("a new recent-files list is valid XBEL with our entry", "[desktop][recent]")
{
    ScratchDataHome home;
    const QString kdd = home.file(QStringLiteral("plan.kdd"));
    QString error;
    REQUIRE(DesktopRecent::add(kdd, &error));
    const std::vector<Bookmark> list = readList(home.xbel());
    REQUIRE(list.size() == 1);
    CHECK(list[0].href == uriOf(kdd));
    CHECK(list[0].mime == QStringLiteral("application/x-keydriver"));
    CHECK(list[0].applications == QStringList{QStringLiteral("KeyDriver|keydriver %f|1")});
    CHECK_FALSE(list[0].added.isEmpty());
    CHECK(list[0].modified == list[0].added);
    CHECK(list[0].visited == list[0].added);
    CHECK(QDateTime::fromString(list[0].added, Qt::ISODateWithMs).isValid());
    CHECK(list[0].added.endsWith(QLatin1Char('Z')));
    if (const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        !xmllint.isEmpty()) {
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), home.xbel()});
        REQUIRE(lint.waitForFinished());
        INFO(lint.readAllStandardError().toStdString());
        CHECK(lint.exitCode() == 0);
    } else {
        WARN("xmllint is not installed: the list was checked with QXmlStreamReader only");
    }
}

TEST_CASE("other programs' entries keep their bytes and the same file is one entry",
          "[desktop][recent]")
{
    ScratchDataHome home;
    const QString kdd = home.file(QStringLiteral("plan.kdd"));
    const QString other = home.file(QStringLiteral("other.kdd"));
    const QByteArray original = gtkList(uriOf(kdd));
    QDir().mkpath(QFileInfo(home.xbel()).absolutePath());
    REQUIRE(kddtest::writeAll(home.xbel(), original));

    REQUIRE(DesktopRecent::add(kdd));
    QByteArray now = kddtest::readAll(home.xbel());
    // The gedit entry, byte for byte; ours keeps the other editor's application beside ours.
    const qsizetype firstEnd = original.indexOf("</bookmark>") + 11;
    CHECK(now.left(firstEnd) == original.left(firstEnd));
    CHECK(now.endsWith("  </bookmark>\n</xbel>\n"));
    std::vector<Bookmark> list = readList(home.xbel());
    REQUIRE(list.size() == 2);
    CHECK(list[1].href == uriOf(kdd));
    CHECK(list[1].added == QStringLiteral("2024-02-01T08:00:00Z")); // first use kept
    CHECK(list[1].modified > QStringLiteral("2024-02-01T08:00:00Z"));
    CHECK(list[1].applications
          == QStringList({QStringLiteral("org.gnome.TextEditor|'gnome-text-editor %u'|1"),
                          QStringLiteral("KeyDriver|keydriver %f|1")}));

    // Again: still one entry, our count goes up, the rest stays.
    REQUIRE(DesktopRecent::add(kdd));
    list = readList(home.xbel());
    REQUIRE(list.size() == 2);
    CHECK(list[1].applications.last() == QStringLiteral("KeyDriver|keydriver %f|2"));
    CHECK(list[1].applications.first()
          == QStringLiteral("org.gnome.TextEditor|'gnome-text-editor %u'|1"));
    now = kddtest::readAll(home.xbel());
    CHECK(now.left(firstEnd) == original.left(firstEnd));
    glibReads(home.xbel(), uriOf(kdd), 2);

    // Another file: a third entry at the end, the first two unchanged.
    const QByteArray beforeOther = kddtest::readAll(home.xbel());
    REQUIRE(DesktopRecent::add(other));
    list = readList(home.xbel());
    REQUIRE(list.size() == 3);
    CHECK(list[2].href == uriOf(other));
    const QByteArray afterOther = kddtest::readAll(home.xbel());
    const qsizetype keptEnd = beforeOther.lastIndexOf("</bookmark>") + 11;
    CHECK(afterOther.left(keptEnd) == beforeOther.left(keptEnd));
}

TEST_CASE("a list that is not XBEL is left alone", "[desktop][recent]")
{
    ScratchDataHome home;
    const QString kdd = home.file(QStringLiteral("plan.kdd"));
    QDir().mkpath(QFileInfo(home.xbel()).absolutePath());
    const QByteArray cases[] = {
        "<?xml version=\"1.0\"?>\n<xbel version=\"1.0\">\n  <bookmark href=\"file:///a\">\n",
        "<?xml version=\"1.0\"?>\n<html><body/></html>\n",
        "not xml at all",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xbel version=\"1.0\"></xbel>\n",
        "<xbel version=\"1.0\"><bookmark href=\"file:///\xff\"/></xbel>\n", // not UTF-8
    };
    for (const QByteArray &bad : cases) {
        INFO(bad.toStdString());
        REQUIRE(kddtest::writeAll(home.xbel(), bad));
        QString error;
        CHECK_FALSE(DesktopRecent::add(kdd, &error));
        CHECK(error.contains(home.xbel()));
        CHECK(error.contains(QStringLiteral("left alone")));
        CHECK(kddtest::readAll(home.xbel()) == bad);
    }
    // A list too large to rewrite in the middle of a save (well-formed, padded with a comment).
    QByteArray huge = gtkList(uriOf(kdd));
    huge.insert(huge.indexOf("</xbel>"),
                "<!--" + QByteArray(static_cast<int>(DesktopRecent::MaxFileBytes), 'x') + "-->\n");
    REQUIRE(kddtest::writeAll(home.xbel(), huge));
    QString hugeError;
    CHECK_FALSE(DesktopRecent::add(kdd, &hugeError));
    CHECK(hugeError.contains(QStringLiteral("larger than 16 MB")));
    CHECK(QFileInfo(home.xbel()).size() == huge.size());
    // A list the user made read-only, to keep it as it is.
    REQUIRE(kddtest::writeAll(home.xbel(), gtkList(uriOf(kdd))));
    REQUIRE(::chmod(QFile::encodeName(home.xbel()).constData(), 0444) == 0);
    CHECK_FALSE(DesktopRecent::add(kdd));
    CHECK(kddtest::readAll(home.xbel()) == gtkList(uriOf(kdd)));
    ::chmod(QFile::encodeName(home.xbel()).constData(), 0644);
}

TEST_CASE("turned off, nothing is written", "[desktop][recent]")
{
    ScratchDataHome home;
    const QString kdd = home.file(QStringLiteral("plan.kdd"));
    qputenv(DesktopRecent::DisableEnvironment, "0");
    CHECK_FALSE(DesktopRecent::isEnabled());
    CHECK_FALSE(DesktopRecent::add(kdd));
    qunsetenv(DesktopRecent::DisableEnvironment);
    QSettings().setValue(QLatin1String(DesktopRecent::SettingsKey), false);
    CHECK_FALSE(DesktopRecent::add(kdd));
    CHECK_FALSE(QFile::exists(home.xbel()));
    QSettings().remove(QLatin1String(DesktopRecent::SettingsKey));
    CHECK(DesktopRecent::add(kdd));
}

TEST_CASE("any path becomes a correct file URI that GLib reads back", "[desktop][recent]")
{
    ScratchDataHome home;
    const QStringList names = {
        QStringLiteral("with spaces & ampersand.kdd"), QStringLiteral("Équité café — plan.kdd"),
        QStringLiteral("关键驱动图 計画.kdd"), QStringLiteral("100% 'quoted' #1?.kdd")};
    for (const QString &name : names) {
        const QString path = home.file(name);
        REQUIRE(DesktopRecent::add(path));
        REQUIRE(DesktopRecent::add(path)); // twice: count 2
    }
    const std::vector<Bookmark> list = readList(home.xbel());
    REQUIRE(list.size() == static_cast<std::size_t>(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const QString path = home.dir.path() + QLatin1Char('/') + names[i];
        INFO(list[static_cast<std::size_t>(i)].href.toStdString());
        const QUrl url(list[static_cast<std::size_t>(i)].href, QUrl::StrictMode);
        CHECK(url.isValid());
        CHECK(url.scheme() == QStringLiteral("file"));
        CHECK(url.toLocalFile() == path);
        // Percent-encoded: plain ASCII without spaces, as the XBEL specification asks.
        for (const QChar c : list[static_cast<std::size_t>(i)].href)
            CHECK((c.unicode() > 32 && c.unicode() < 127));
    }

    for (const QString &name : names) {
        if (!glibReads(home.xbel(), uriOf(home.dir.path() + QLatin1Char('/') + name), 2))
            break;
    }
}

TEST_CASE("a list whose root lacks the namespaces gains them there", "[desktop][recent]")
{
    ScratchDataHome home;
    const QString kdd = home.file(QStringLiteral("plan.kdd"));
    QDir().mkpath(QFileInfo(home.xbel()).absolutePath());
    REQUIRE(kddtest::writeAll(home.xbel(), "<?xml version=\"1.0\"?>\n<xbel version=\"1.0\">\n"
                                           "</xbel>\n"));
    REQUIRE(DesktopRecent::add(kdd));
    const QByteArray text = kddtest::readAll(home.xbel());
    INFO(text.toStdString());
    CHECK(text.startsWith("<?xml version=\"1.0\"?>\n<xbel version=\"1.0\" xmlns:bookmark=\""));
    CHECK(readList(home.xbel()).size() == 1);
    glibReads(home.xbel(), uriOf(kdd), 1);
}

TEST_CASE("the list keeps at most as many entries as GTK's", "[desktop][recent]")
{
    QString list = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\"\n"
        "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
        "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n>\n");
    // Written newest first: the oldest entries are at the end of the file.
    for (int i = DesktopRecent::MaxEntries; i > 0; --i) {
        const QString stamp =
            QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODate);
        list += QStringLiteral("  <bookmark href=\"file:///f%1\" added=\"%2\" modified=\"%2\" "
                               "visited=\"%2\"/>\n")
                    .arg(i)
                    .arg(stamp);
    }
    list += QStringLiteral("</xbel>\n");
    const std::optional<QString> added = DesktopRecent::withEntry(
        list, QStringLiteral("file:///new.kdd"), QDateTime::currentDateTimeUtc());
    REQUIRE(added);
    CHECK(added->count(QStringLiteral("<bookmark ")) == DesktopRecent::MaxEntries);
    CHECK(added->contains(QStringLiteral("file:///new.kdd")));
    CHECK_FALSE(added->contains(QStringLiteral("\"file:///f1\""))); // the oldest went
    CHECK(added->contains(QStringLiteral("\"file:///f2\"")));
    CHECK(added->contains(QStringLiteral("  <bookmark href=\"file:///f3\"")));
    CHECK_FALSE(added->contains(QStringLiteral("\n\n")));
}

TEST_CASE("text outside the basic plane before our entry keeps the edit in place",
          "[desktop][recent]")
{
    const QString uri = QStringLiteral("file:///tmp/plan.kdd");
    QString list = QString::fromUtf8(gtkList(uri));
    // A title with characters that take two UTF-16 units each, before the entry to update.
    list.replace(QStringLiteral("    <info>\n      <metadata owner=\"http://freedesktop.org\">\n"
                                "        <mime:mime-type type=\"text/plain\"/>"),
                 QStringLiteral("    <title>😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🌍</title>\n    <info>\n      <metadata "
                                "owner=\"http://freedesktop.org\">\n"
                                "        <mime:mime-type type=\"text/plain\"/>"));
    REQUIRE(list.contains(QStringLiteral("😀")));
    const std::optional<QString> updated =
        DesktopRecent::withEntry(list, uri, QDateTime::currentDateTimeUtc());
    REQUIRE(updated);
    const qsizetype firstEnd = list.indexOf(QStringLiteral("</bookmark>")) + 11;
    CHECK(updated->left(firstEnd) == list.left(firstEnd));
    QXmlStreamReader r(*updated);
    int applications = 0;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement
            && r.name() == QLatin1String("application"))
            ++applications;
    }
    CHECK_FALSE(r.hasError());
    CHECK(applications == 3); // gedit's, the other editor's, ours
    CHECK(updated->contains(QStringLiteral("<bookmark:application name=\"KeyDriver\"")));
}
