// libFuzzer target: any bytes given to the .kdd reader either load (and then write back stably)
// or produce problems — never a crash, hang or sanitizer report. Build with clang
// (cmake -DKEYDRIVER_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++) and run
// `kdd_fuzz_reader CORPUS examples`: libFuzzer reads the examples as seeds and adds the inputs it
// finds to the first directory.
#include "model/checks.h"
#include "model/kddfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const kdd::LoadResult result = kdd::readDiagram(bytes, QStringLiteral("fuzz.kdd"));
    if (result.ok()) {
        kdd::runChecks(*result.diagram);
        const QByteArray saved = kdd::writeDiagram(*result.diagram);
        const kdd::LoadResult again = kdd::readDiagram(saved, QStringLiteral("saved.kdd"));
        if (!again.ok() || kdd::writeDiagram(*again.diagram) != saved)
            std::abort(); // a file we wrote must read back to the same bytes
    } else if (result.problems.empty()) {
        std::abort();
    }
    return 0;
}
