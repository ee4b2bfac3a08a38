// Text exports (DOT, Markdown outline, Mermaid, CSV) together: the same diagram always gives the
// same bytes, and a large diagram's outline holds every box once in full. Each format is read
// back in its own file: test_dotformat.cpp, test_markdownoutline.cpp, test_mermaidformat.cpp and
// test_csvformat.cpp.
#include "catchqt.h"
#include "testsupport.h"
#include "textformatsupport.h"

#include "model/textformats.h"

using namespace kdd;
using namespace kddtest;

TEST_CASE("text exports are deterministic and do not depend on object identity", "[export]")
{
    const Diagram a = hostileDiagram();
    const Diagram b = hostileDiagram();
    CHECK(toDot(a) == toDot(b));
    CHECK(toMarkdownOutline(a) == toMarkdownOutline(b));
    CHECK(toMermaid(a) == toMermaid(b));
    CHECK(toNodesCsv(a) == toNodesCsv(b));
    CHECK(toMeasuresCsv(a) == toMeasuresCsv(b));

    // A large generated diagram: every box once in full in the outline, quickly.
    const Diagram big = generatedDiagram(2000);
    const QString outline = QString::fromUtf8(toMarkdownOutline(big));
    for (const Node &n : big.nodes()) {
        // Only a full entry ends with the id; a reference ends with "(see {#id})".
        const QString full =
            QLatin1Char(' ') + n.text + QStringLiteral(" {#") + n.id + QStringLiteral("}\n");
        const qsizetype first = outline.indexOf(full);
        REQUIRE(first >= 0);
        CHECK(outline.indexOf(full, first + 1) < 0);
    }
}
