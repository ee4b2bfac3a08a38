// libFuzzer target: the description a crash copy keeps beside it (read back after a crash, when
// it may be truncated or damaged) is read without crashing, and what comes out is safe to use:
// a hash is a real SHA-256 or nothing.
#include "app/recovery.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const kdd::Recovery::Entry entry =
        kdd::Recovery::readDescription(bytes, QStringLiteral("/tmp/copy.kdd"));
    if (!entry.fileSha256.isEmpty() && entry.fileSha256.size() != 32)
        std::abort();
    if (entry.recoveryFile != QStringLiteral("/tmp/copy.kdd"))
        std::abort();
    (void)entry.savedTime(); // any text, valid date or not
    return 0;
}
