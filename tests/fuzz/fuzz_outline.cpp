// libFuzzer target: any bytes given to the outline importers (Markdown and plain text) either
// give a whole diagram or problems, never a crash, hang or sanitizer report; an outline that
// reads is written by the exporter in a form that reads back to the same bytes.
#include "model/outlinereader.h"
#include "model/textformats.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const kdd::LoadResult md = kdd::readMarkdownOutline(bytes, QStringLiteral("fuzz.md"));
    if (md.ok()) {
        const QByteArray written = kdd::toMarkdownOutline(*md.diagram);
        const kdd::LoadResult again = kdd::readMarkdownOutline(written, QStringLiteral("w.md"));
        if (!again.ok() || kdd::toMarkdownOutline(*again.diagram) != written)
            std::abort(); // what the exporter writes must import to the same outline
    } else if (md.problems.empty()) {
        std::abort();
    }
    const kdd::LoadResult text = kdd::readPlainOutline(bytes, QStringLiteral("fuzz.txt"));
    if (!text.ok() && text.problems.empty())
        std::abort();
    return 0;
}
