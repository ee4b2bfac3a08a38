#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace kdd {

// What a file on disk is at one moment: its identity (device, inode, size, modification time)
// and, when asked for, the SHA-256 of its bytes.
struct DiskState
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0; // modification time in nanoseconds since the epoch
    QDateTime modified;
    QByteArray sha256; // empty when not computed or unreadable

    // Reads the state of `path`; hashes its content when `withHash` is set.
    static DiskState of(const QString &path, bool withHash);
    // Same file, same size, same modification time: then the content is taken as unchanged.
    bool sameIdentity(const DiskState &other) const;
};

// "today at 14:32", "yesterday at 09:10", or the date in the user's locale and the time.
QString humanDateTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

// Remembers which version of a document's file the editor holds (read at open, written at
// save) and watches the file, so that a change by another program or window is noticed rather
// than silently overwritten. An atomic save replaces the file (a new inode), which drops it from
// the watcher: every notification re-arms the watch, and our own writes are recognised because
// their content is what we remembered.
class DiskWatch : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatch(QObject *parent = nullptr);

    // Records the file as it is now as the version we hold, and watches it. With `readAt` (the
    // file's state when it was read), a change since then makes the held version unknown.
    void track(const QString &path, const DiskState *readAt = nullptr);
    // As track(), but the version we hold has this content hash (e.g. from a recovery copy):
    // if the file on disk differs, it counts as changed.
    void track(const QString &path, const QByteArray &heldSha256);
    // No file: a new or recovered untitled document.
    void stop();

    const QString &path() const { return m_path; }
    const QByteArray &heldSha256() const { return m_held.sha256; }
    // Whether the file on disk is no longer the version we hold (other content, or deleted);
    // `now` receives what is on disk.
    bool changedOnDisk(DiskState *now = nullptr) const;
    // How long to wait after a notification before looking (writers often write in steps).
    void setSettleInterval(int milliseconds) { m_settle.setInterval(milliseconds); }

signals:
    // Another program changed (or deleted) the file; emitted once per change.
    void changedExternally(const kdd::DiskState &now);

private:
    void arm();
    void look();

    QString m_path;
    DiskState m_held;
    QByteArray m_reported; // the content last reported, so one change is reported once
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace kdd
