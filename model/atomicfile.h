#pragma once

#include <QByteArray>
#include <QString>

namespace kdd {

// Replaces the file at `path` with `bytes` so that readers see either the old or the new content,
// never a mixture: the data goes to a temporary file in the same folder, is flushed, then renamed
// over the target. On failure nothing at `path` changes and `error` names the file and the cause
// in words ("No space left on device", "Permission denied"). A path naming a folder, pipe or
// device is refused.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// The cause of a failed file operation in words: the system's text for `errnoValue` when Qt only
// knows "Unknown error" (as it does for a full disk found while flushing), else Qt's text.
QString fileErrorText(const QString &qtError, int errnoValue);

} // namespace kdd
