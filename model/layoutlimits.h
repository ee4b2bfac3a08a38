#pragma once

#include <QString>

namespace kdd {

class Diagram;

// The largest diagram the layout accepts, and the most text of one box that it measures. Past
// these numbers Graphviz takes minutes or crashes the process (and with it every editor
// window), so layoutDiagram() refuses such a diagram before Graphviz sees it and `keydriver
// check` warns about it (KDD122). How the numbers were measured: docs/layout-limits.md.
namespace layoutlimits {

// Boxes in one column: Graphviz's time and memory grow with the square of a column's length,
// and its recursion with the length (8,000 boxes: 3.3 s, 16,000: 20 s, ~46,400: SIGSEGV).
// The worst case, a column with no links kept in order, takes 4.4 s at 5,000.
constexpr int maxBoxesPerColumn = 5000;
// Boxes in the whole diagram: the benchmark's 6,400-box diagram (docs/benchmarks.md) must still
// be drawn; it takes 6-8 s in keep-my-order and about 10 s in tidy (12,800 boxes: 41 s).
constexpr int maxBoxes = 6500;
// Links in the whole diagram (20,000: 2.5 s; 90,000: 26 s; a million never finished).
constexpr int maxLinks = 20000;
// Columns skipped by links, summed over the links: a link from an aim straight to a change idea
// skips the driver columns that have boxes, and Graphviz routes it through each of them, which
// costs far more than a box (2,000 such links over three columns: 5.9 s).
constexpr int maxSkippedColumns = 3000;
// Characters of one box's text that the layout wraps and measures; the rest is shown as an
// ellipsis (the model, the outline, tooltips and text exports keep the whole text).
constexpr int maxMeasuredTextLength = 4000;
// Above this many boxes, links or skipped columns a layout is expected to take long enough
// (about half a second on the reference machine) that the editor shows progress and offers to
// cancel.
constexpr int slowBoxes = 2000;
constexpr int slowLinks = 5000;
constexpr int slowSkippedColumns = 1000;

} // namespace layoutlimits

// The sizes of a diagram that the layout limits are about.
struct LayoutSize
{
    int boxes = 0;
    int links = 0;
    int largestColumn = 0;      // the number of boxes in the fullest column
    int largestColumnIndex = 0; // which column that is (0 aim … 4 change ideas)
    int skippedColumns = 0;     // columns with boxes that links pass over, summed over the links
};

LayoutSize layoutSize(const Diagram &diagram);

// Empty if the layout can handle `diagram`; otherwise one sentence per limit passed, naming the
// limit and by how much it is passed, e.g. "the Change ideas column has 46,400 boxes, 40,400
// more than the limit of 6,000".
QString layoutLimitProblem(const Diagram &diagram);

// Whether laying out `diagram` with Graphviz (curves, tidy order, Tidy Up) is expected to take long
// enough to show progress.
bool isSlowGraphvizLayout(const Diagram &diagram);
// Whether laying out `diagram` as its own layout settings say is: our own placement (keep my
// order with brackets or straight links) takes well under a second up to the layout limits, so
// only layouts that use Graphviz can be slow.
bool isSlowLayout(const Diagram &diagram);

} // namespace kdd
