#pragma once

#include "textblock.h"

#include "model/kinds.h"
#include "model/node.h"
#include "model/spc.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace kdd {

// Where everything of one diagram goes, in layout units (1 unit = 1/96 inch = one pixel on a
// 96-dpi screen), y growing downwards, origin at the top-left of `bounds`. Produced by
// layoutDiagram(); read by every painter. Holds no Graphviz types.
struct DiagramLayout
{
    struct Badge
    {
        MeasureType type = MeasureType::Process;
        int number = 0;     // 1-based position of the measure in the document
        QString name;       // the measure's name, for tooltips and titles
        QString definition; // numerator, denominator, source, target, strata — for hovering
        QRectF rect;
    };

    // A small line of a measure's recent values on the box it measures, coloured by its latest
    // signal (layout/sparkline.h). Only boxes with a measure that has data have one.
    struct Sparkline
    {
        QString measure; // the measure's id
        QString name;
        QString definition; // as Badge::definition
        spc::Verdict verdict = spc::Verdict::NoSignal;
        std::vector<double> values; // the recent values, oldest first
        QString lastPeriod;
        double lastValue = spc::NaN;
        bool percent = false; // a ratio: values are read as percentages
        int more = 0;         // further measures with data on the same box, shown as "+1"
        QString title;        // in the document's language, for <title> and screen readers
        QRectF rect;          // the line's frame; empty when the box has no sparkline
        QRectF moreRect;      // where "+N" goes; empty when more is 0

        bool isShown() const { return !measure.isEmpty(); }
    };

    struct Box
    {
        NodeId id;
        NodeKind kind = NodeKind::Driver;
        AimRole role = AimRole::Unspecified;
        int column = 0;
        ChangeStatus status = ChangeStatus::Idea;
        int reliability = 0;
        QRectF rect;
        TextBlock text;      // wrapped text, including an "Adopted:"/"Abandoned:" prefix
        QPointF textTopLeft; // top-left of the text block; lines are centred on rect's centre
        std::vector<Badge> badges;
        QRectF reliabilityRect; // where "LOR n" goes; empty when no reliability is set
        int votes = 0;          // dot votes on a change idea
        QRectF votesRect;       // where the vote dots go; empty when it has none
        int cycles = 0;         // PDSA cycles run on a change idea
        QRectF cyclesRect;      // where the PDSA badge (a ramp and the count) goes; empty if none
        Sparkline sparkline;    // the first measure with data (outcome measures first)
        QString fullText;       // the node's own text, unwrapped (for <title> and tooltips)
        QString notes;
        bool inCard = false; // a row of a Card: square corners, the card draws the outline
    };

    struct Edge
    {
        NodeId from;
        NodeId to;
        LinkStrength strength = LinkStrength::Strong;
        // A cubic Bézier spline: points[0], then 3 points per segment. Starts on `from`'s box and
        // ends on `to`'s box. Bracket and straight links are made of straight segments (control
        // points on the line).
        std::vector<QPointF> points;
        // A bracket link that does not hang `to` under its home parent (drawn apart from trunks).
        bool shared = false;
        // Drawn by another link: one of several links into the rows of one card of stacked
        // change ideas, which share a single connector (painters skip it; its points are that
        // connector's, for hit-testing and tooltips).
        bool merged = false;
    };

    // Change ideas stacked as the rows of one card (LayoutSettings::Ideas::Stacked): each row
    // is still a Box of its own; the card is the outline around them.
    struct Card
    {
        std::vector<NodeId> rows; // top to bottom
        QRectF rect;
    };

    struct Header
    {
        int column = 0;
        TextBlock text;
        QRectF rect;
    };

    struct TitleBlock
    {
        TextBlock title;
        TextBlock details; // team · revision · date, then population
        QRectF rect;
    };

    enum class LegendSymbol {
        StatusIdea,
        StatusTesting,
        StatusAdopted,
        StatusAbandoned,
        StrongLink,
        WeakLink,
        OutcomeBadge,
        ProcessBadge,
        BalancingBadge,
        Reliability,
        Votes,
        SignalImproving, // sparkline colours, listed only when a box shows one in that colour
        SignalDeteriorating,
        SignalUnknown,
        SignalNone,
    };

    struct LegendItem
    {
        LegendSymbol symbol;
        TextBlock label;
        QRectF symbolRect;
        QPointF labelTopLeft;
    };

    struct Legend
    {
        TextBlock heading;
        QPointF headingTopLeft;
        std::vector<LegendItem> items;
        QRectF rect; // empty when there is nothing to explain
    };

    // The measurement plan printed under the diagram (LayoutOptions::measuresTable).
    struct Table
    {
        struct Cell
        {
            TextBlock text;
            QPointF topLeft;
            bool header = false;
        };
        std::vector<Cell> cells;
        std::vector<QLineF> rules; // grid lines
        QRectF rect;               // empty when there is no table
    };

    std::vector<Box> boxes;  // in document order
    std::vector<Edge> edges; // in document order of links
    std::vector<Card> cards;
    std::vector<Header> headers;
    TitleBlock title;
    Legend legend;
    Table measuresTable;
    QRectF bounds; // everything, with a margin

    const Box *box(const NodeId &id) const;
};

} // namespace kdd
