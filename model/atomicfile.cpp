#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Files)
};
} // namespace

QString fileErrorText(const QString &qtError, int errnoValue)
{
    const bool vague = qtError.isEmpty() || qtError.contains(QStringLiteral("Unknown error"));
    if (errnoValue != 0 && vague)
        return qt_error_string(errnoValue);
    return vague ? FileText::tr("the system gave no reason") : qtError;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = FileText::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(FileText::tr("no file name given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(FileText::tr("it is a folder"));
    // A pipe or device would be replaced by an ordinary file (or its folder filled with
    // temporary files): refuse.
    if (info.exists() && !info.isFile())
        return fail(FileText::tr("it is not an ordinary file (a pipe or a device)"));
    if (!info.absoluteDir().exists())
        return fail(FileText::tr("the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    QSaveFile file(path);
    // Never fall back to writing in place: that would risk a half-written file.
    file.setDirectWriteFallback(false);
    // Unbuffered, so that a full disk is seen by write() with its errno rather than later by a
    // flush that Qt reports as "Unknown error".
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(fileErrorText(file.errorString(), errno));
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString why = fileErrorText(file.errorString(), errno);
        file.cancelWriting();
        return fail(why);
    }
    errno = 0;
    if (!file.commit())
        return fail(fileErrorText(file.errorString(), errno));
    return true;
}

} // namespace kdd
