// Reading the bytes of an input file safely: only ordinary files, never blocking on a pipe or a
// device, never more than MaxFileBytes.
#include "kddfile.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kdd {
namespace {

// Through QFile: Qt's resources (":/…", where the bundled templates live) and systems without
// POSIX stat() and open().
std::optional<QString> readThroughQFile(const QString &path, QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a folder, not a file");
    if (!info.isFile())
        return QStringLiteral("is not an ordinary file");
    if (info.size() > MaxFileBytes)
        return fileTooLargeMessage();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be opened: %1").arg(file.errorString());
    bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("cannot be read: %1").arg(file.errorString());
    if (bytes.size() > MaxFileBytes)
        return fileTooLargeMessage();
    return std::nullopt;
}

#ifdef Q_OS_UNIX

// What a path names when it is not an ordinary file, in words; empty for an ordinary file.
QString notAFile(mode_t mode)
{
    if (S_ISREG(mode))
        return QString();
    if (S_ISDIR(mode))
        return QStringLiteral("is a folder, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is a pipe (FIFO), not a file; save the diagram to a file and open "
                              "that");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("is a device, not a file");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a file");
    return QStringLiteral("is not an ordinary file");
}
#endif

} // namespace

#ifdef Q_OS_UNIX

// Reads the file at `path` if it is an ordinary file, deciding that before anything could block:
// the type is checked with stat() first, and the file is opened without waiting (a FIFO swapped
// in after the check is then seen by fstat() and refused too).
std::optional<QString> readInputFile(const QString &path, QByteArray &bytes)
{
    if (path.startsWith(QLatin1String(":/")))
        return readThroughQFile(path, bytes);
    const QByteArray name = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(name.constData(), &status) != 0)
        return errno == ENOENT ? QStringLiteral("no such file")
                               : QStringLiteral("cannot be opened: %1").arg(qt_error_string(errno));
    if (const QString kind = notAFile(status.st_mode); !kind.isEmpty())
        return kind;
    if (status.st_size > MaxFileBytes)
        return fileTooLargeMessage();
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("cannot be opened: %1").arg(qt_error_string(errno));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &status) != 0)
        return QStringLiteral("cannot be read: %1").arg(qt_error_string(errno));
    if (const QString kind = notAFile(status.st_mode); !kind.isEmpty())
        return kind;
    // Read to the end (the file may have grown since stat), never more than the limit + 1.
    bytes.resize(static_cast<qsizetype>(std::min<qint64>(status.st_size, MaxFileBytes) + 1));
    qsizetype used = 0;
    while (used < bytes.size()) {
        const ssize_t n =
            ::read(fd, bytes.data() + used, static_cast<std::size_t>(bytes.size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return QStringLiteral("cannot be read: %1").arg(qt_error_string(errno));
        if (n == 0)
            break;
        used += n;
        if (used == bytes.size() && used <= MaxFileBytes)
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, MaxFileBytes + 1));
    }
    bytes.truncate(used);
    if (used > MaxFileBytes)
        return fileTooLargeMessage();
    return std::nullopt;
}
#else
std::optional<QString> readInputFile(const QString &path, QByteArray &bytes)
{
    return readThroughQFile(path, bytes);
}
#endif

} // namespace kdd
