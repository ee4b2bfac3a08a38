#pragma once

#include "model/diagram.h"
#include "model/kddfile.h"
#include "tests/support/syntheticdiagram.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers shared by the test programs: where the sources are, and small diagrams to start from.
namespace kddtest {

// Absolute path of a file in the source tree, e.g. sourcePath("examples/ed-visit.kdd").
QString sourcePath(const QString &relative);
// The bundled examples, sorted by name.
QStringList examplePaths();
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);

// Parses JSON text as a file called "test.kdd"; the result must be used with its problems.
kdd::LoadResult read(const QByteArray &json);
// A header + the given members, e.g. fileWith(R"("nodes": [...])").
QByteArray fileWith(const QByteArray &members);
// A Markdown outline without its PDSA lines (`*` bullets), which import skips: what an outline
// read back and written again holds.
QByteArray withoutPdsaLines(const QByteArray &markdown);

// A small valid diagram that passes every check: SMART aim, two primary drivers with measures,
// change ideas under each, outcome and balancing measures, a revision.
kdd::Diagram goodDiagram();

// A generated layered diagram of about `nodes` boxes with many-to-many links and realistic
// label lengths (deterministic for a given seed).
kdd::Diagram generatedDiagram(int nodes, unsigned seed = 1);

// One SMART aim and `boxes` change ideas, each linked from it: the longest column a diagram can
// have, for the layout limits.
kdd::Diagram ideaColumn(int boxes);

// A random tree of one aim and about `size` boxes (drivers of every level, change ideas under
// drivers of every level so some links skip columns, a few unlinked ideas), each box with one
// parent, with the node list shuffled (deterministic for a given seed).
kdd::Diagram shuffledTree(unsigned seed, int size);

// makeNode(id, kind, text, level): one box (from the synthetic-diagram library).
using kdd::makeNode;

} // namespace kddtest
