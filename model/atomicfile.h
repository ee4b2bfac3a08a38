#pragma once

#include <QByteArray>
#include <QString>

namespace kdd {

// Replaces the file at `path` with `bytes` so that readers see either the old or the new content,
// never a mixture: the data goes to a temporary file in the same folder, is flushed, then renamed
// over the target. On failure nothing at `path` changes and `error` names the file and the cause.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace kdd
