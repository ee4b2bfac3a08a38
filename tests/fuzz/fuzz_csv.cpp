// libFuzzer target: any bytes given to the CSV importer either give a whole diagram or problems
// with a line, never a crash, hang or sanitizer report; a diagram that reads is a valid file.
#include "model/csvoutline.h"
#include "model/kddfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const kdd::LoadResult csv = kdd::readCsvOutline(bytes, QStringLiteral("fuzz.csv"));
    if (csv.ok()) {
        if (!csv.problems.empty() || csv.diagram->nodes().empty())
            std::abort();
        const QByteArray written = kdd::writeDiagram(*csv.diagram);
        const kdd::LoadResult again = kdd::readDiagram(written, QStringLiteral("w.kdd"));
        if (!again.ok() || kdd::writeDiagram(*again.diagram) != written)
            std::abort(); // what the importer builds must be a file that saves and loads
    } else if (csv.problems.empty() || csv.problems.front().line <= 0) {
        std::abort();
    }
    return 0;
}
