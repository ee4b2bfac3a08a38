// Reading the bytes of an input file safely: only ordinary files, never blocking on a pipe or a
// device, never more than MaxFileBytes.
#include "kddfile.h"

#include <QCoreApplication>
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

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Files)
};

// Through QFile: Qt's resources (":/…", where the bundled templates live) and systems without
// POSIX stat() and open().
std::optional<QString> readThroughQFile(const QString &path, QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileText::tr("no such file");
    if (info.isDir())
        return FileText::tr("is a folder, not a file");
    if (!info.isFile())
        return FileText::tr("is not an ordinary file");
    if (info.size() > MaxFileBytes)
        return fileTooLargeMessage();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileText::tr("cannot be opened: %1").arg(file.errorString());
    bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return FileText::tr("cannot be read: %1").arg(file.errorString());
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
        return FileText::tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return FileText::tr("is a pipe (FIFO), not a file; save the diagram to a file and open "
                            "that");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileText::tr("is a device, not a file");
    if (S_ISSOCK(mode))
        return FileText::tr("is a socket, not a file");
    return FileText::tr("is not an ordinary file");
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
        return errno == ENOENT ? FileText::tr("no such file")
                               : FileText::tr("cannot be opened: %1").arg(qt_error_string(errno));
    if (const QString kind = notAFile(status.st_mode); !kind.isEmpty())
        return kind;
    if (status.st_size > MaxFileBytes)
        return fileTooLargeMessage();
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return FileText::tr("cannot be opened: %1").arg(qt_error_string(errno));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &status) != 0)
        return FileText::tr("cannot be read: %1").arg(qt_error_string(errno));
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
            return FileText::tr("cannot be read: %1").arg(qt_error_string(errno));
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
