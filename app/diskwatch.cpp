#include "diskwatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace kdd {

DiskState DiskState::of(const QString &path, bool withHash)
{
    DiskState state;
    const QFileInfo info(path);
    // Never open anything but a regular file: a FIFO put in its place would block the editor.
    if (!info.exists() || !info.isFile())
        return state;
    state.exists = true;
    state.size = info.size();
    state.modified = info.lastModified();
    state.modifiedNs = state.modified.toMSecsSinceEpoch() * 1000000;
#if defined(Q_OS_UNIX)
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        state.device = quint64(st.st_dev);
        state.inode = quint64(st.st_ino);
#if defined(Q_OS_LINUX)
        state.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    }
#endif
    if (withHash) {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            state.sha256 = hash.result();
    }
    return state;
}

bool DiskState::sameIdentity(const DiskState &other) const
{
    return exists == other.exists && device == other.device && inode == other.inode
        && size == other.size && modifiedNs == other.modifiedNs;
}

QString humanDateTime(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    const qint64 days = when.date().daysTo(now.date());
    if (days == 0)
        return QObject::tr("today at %1").arg(time);
    if (days == 1)
        return QObject::tr("yesterday at %1").arg(time);
    return QObject::tr("on %1 at %2").arg(locale.toString(when.date(), QLocale::LongFormat), time);
}

DiskWatch::DiskWatch(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatch::look);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    // The folder too: a file deleted and written anew (or renamed over) is no longer watched.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void DiskWatch::track(const QString &path, const DiskState *readAt)
{
    track(path, QByteArray());
    // Changed between our reading and now: we hold a version that is no longer on disk.
    if (readAt && !readAt->sameIdentity(m_held))
        m_held = DiskState{true, 0, 0, -1, 0, QDateTime(), QByteArrayLiteral("unknown")};
}

void DiskWatch::track(const QString &path, const QByteArray &heldSha256)
{
    stop();
    m_path = QFileInfo(path).absoluteFilePath();
    m_held = DiskState::of(m_path, true);
    if (!heldSha256.isEmpty() && heldSha256 != m_held.sha256)
        m_held =
            DiskState{true, 0, 0, -1, 0, QDateTime(), heldSha256}; // a version no longer on disk
    m_reported.clear();
    arm();
}

void DiskWatch::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path.clear();
    m_held = DiskState();
}

bool DiskWatch::changedOnDisk(DiskState *now) const
{
    if (m_path.isEmpty())
        return false;
    DiskState state = DiskState::of(m_path, false);
    bool changed = false;
    if (!state.sameIdentity(m_held)) {
        // A touch, or a copy of the same bytes, is no change: compare the content.
        state = DiskState::of(m_path, true);
        changed = !state.exists || state.sha256 != m_held.sha256;
    }
    if (now)
        *now = state;
    return changed;
}

void DiskWatch::arm()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
}

void DiskWatch::look()
{
    arm();
    DiskState now;
    if (!changedOnDisk(&now)) {
        // Our own save, or a change undone: nothing to report, and report the next one again.
        m_reported.clear();
        return;
    }
    const QByteArray seen = now.exists ? now.sha256 : QByteArrayLiteral("deleted");
    if (seen == m_reported)
        return;
    m_reported = seen;
    emit changedExternally(now);
}

} // namespace kdd
