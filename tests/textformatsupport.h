#pragma once

#include "model/diagram.h"

#include <QString>

#include <utility>
#include <vector>

// Helpers shared by the text export tests (test_dotformat.cpp, test_markdownoutline.cpp,
// test_mermaidformat.cpp, test_csvformat.cpp and test_textformats.cpp). Some use Catch2's
// REQUIRE, so call them only from inside a test case.
namespace kddtest {

// Attacks every exporter with hostile text and ids wherever a user can type, on every box kind
// and status, a box with two parents, weak links and a branch no aim reaches.
kdd::Diagram hostileDiagram();

// The named diagrams every read-back test runs on: the bundled examples, the hostile diagram,
// three tangled ones and an empty one.
std::vector<std::pair<QString, kdd::Diagram>> testDiagrams();

// The text a reader of an export should find for a box: its status prefix, then its text.
QString shownText(const kdd::Node &n);

// The text as a one-line format must hold it, each line break or control character one space.
QString oneLine(const QString &text);

} // namespace kddtest
