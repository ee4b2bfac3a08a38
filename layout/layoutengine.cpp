// From a Diagram to a DiagramLayout: measure the boxes with Qt, place them with Graphviz, then
// add headers, the title block and the legend around them (decorations.cpp).
#include "layoutengine.h"

#include "decorations.h"
#include "ideacards.h"
#include "pdsabadge.h"
#include "placement.h"
#include "sparkline.h"
#include "votedots.h"

#include "model/layoutlimits.h"
#include "model/textlanguage.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace kdd {

const DiagramLayout::Box *DiagramLayout::box(const NodeId &id) const
{
    for (const Box &b : boxes) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

namespace {

// A box's words are the document's: in its meta.language, whatever the program speaks.
QString statusPrefix(const Node &n, const TextLanguage &words)
{
    if (!n.isChange())
        return {};
    switch (n.status) {
    case ChangeStatus::Adopted:
        return words.translate("kdd::LayoutEngine", "Adopted: %1");
    case ChangeStatus::Abandoned:
        return words.translate("kdd::LayoutEngine", "Abandoned: %1");
    default:
        return {};
    }
}

// Text, badges and size of one box; its position comes later.
DiagramLayout::Box measureBox(const Diagram &diagram, const Node &n, const Typography &t,
                              const MeasureSignals *signalCache)
{
    DiagramLayout::Box box;
    box.id = n.id;
    box.kind = n.kind;
    box.role = n.role;
    box.column = n.column();
    box.status = n.status;
    box.reliability = n.isChange() ? n.reliability : 0;
    box.votes = n.isChange() ? n.votes : 0;
    box.cycles = n.isChange() ? static_cast<int>(n.cycles.size()) : 0;
    box.fullText = n.text;
    box.notes = n.notes;
    const bool aim = n.isAim();
    const TextLanguage words(diagram.metadata().language);
    const QString prefix = statusPrefix(n, words);
    box.text = wrapText(prefix.isEmpty() ? n.text : prefix.arg(n.text), aim ? t.aimFont : t.boxFont,
                        aim ? t.maxAimTextWidth : t.maxTextWidth);
    const std::vector<Measure> &all = diagram.measures();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].nodes.contains(n.id))
            box.badges.push_back({all[i].type,
                                  static_cast<int>(i) + 1,
                                  all[i].name,
                                  measureDefinition(all[i], words),
                                  {}});
    }
    if (!box.badges.empty())
        box.sparkline = boxSparkline(diagram, n.id, signalCache, words);
    return box;
}

qreal badgeRowWidth(const DiagramLayout::Box &box, const Typography &t)
{
    qreal width = static_cast<qreal>(box.badges.size()) * (t.badgeSize + 4);
    if (box.votes > 0)
        width += voteDotsWidth(box.votes, t.badgeSize, t.badgeFont) + 4;
    if (box.reliability > 0)
        width += QFontMetricsF(t.badgeFont).horizontalAdvance(QStringLiteral("LOR 3")) + 8;
    if (box.cycles > 0)
        width += pdsaBadgeWidth(box.cycles, t) + 4;
    width += sparklineWidth(box.sparkline, t);
    return width;
}

bool hasBadgeRow(const DiagramLayout::Box &box)
{
    return !box.badges.empty() || box.reliability > 0 || box.votes > 0 || box.cycles > 0
        || box.sparkline.isShown();
}

// Gives every box its final size: one width per column (wide enough for its widest text), and
// a height that fits its own text and badge row.
void sizeBoxes(std::vector<DiagramLayout::Box> &boxes, const Typography &t)
{
    std::map<int, qreal> columnWidth;
    for (const DiagramLayout::Box &b : boxes) {
        const qreal needed = std::max(b.text.width(), badgeRowWidth(b, t)) + 2 * t.paddingX;
        const qreal cap =
            (b.kind == NodeKind::Aim ? t.maxAimTextWidth : t.maxTextWidth) + 2 * t.paddingX;
        qreal &w = columnWidth[b.column];
        w = std::max({w, t.minBoxWidth, std::min(needed, cap)});
    }
    for (DiagramLayout::Box &b : boxes) {
        const qreal lineHeight =
            b.text.lineHeight > 0 ? b.text.lineHeight : QFontMetricsF(t.boxFont).lineSpacing();
        const qreal textHeight = std::max(b.text.height(), lineHeight);
        const qreal badges = hasBadgeRow(b) ? t.badgeSize + 6 : 0;
        b.rect =
            QRectF(0, 0, columnWidth[b.column], std::ceil(textHeight + badges + 2 * t.paddingY));
    }
}

// The sparkline after the badges and dots, vertically centred in the badge row at (x, y).
void placeSparkline(DiagramLayout::Sparkline &spark, QPointF topLeft, const Typography &t)
{
    if (!spark.isShown())
        return;
    const QSizeF size = sparklineSize(t);
    spark.rect =
        QRectF(QPointF(topLeft.x(), topLeft.y() + (t.badgeSize - size.height()) / 2), size);
    spark.moreRect = QRectF();
    if (spark.more > 0) {
        const qreal w = QFontMetricsF(t.badgeFont).horizontalAdvance(sparklineMore(spark.more));
        spark.moreRect = QRectF(spark.rect.right() + 3, topLeft.y(), w, t.badgeSize);
    }
}

// Positions the text block and the badges inside a box whose rect is final.
void placeContents(DiagramLayout::Box &b, const Typography &t)
{
    const qreal badges = hasBadgeRow(b) ? t.badgeSize + 6 : 0;
    const qreal textHeight = b.text.height();
    const qreal spare = b.rect.height() - 2 * t.paddingY - badges - textHeight;
    b.textTopLeft = QPointF(b.rect.center().x() - b.text.width() / 2,
                            b.rect.top() + t.paddingY + std::max<qreal>(0, spare / 2));
    qreal x = b.rect.left() + t.paddingX;
    const qreal y = b.rect.bottom() - t.paddingY - t.badgeSize;
    for (DiagramLayout::Badge &badge : b.badges) {
        badge.rect = QRectF(x, y, t.badgeSize, t.badgeSize);
        x += t.badgeSize + 4;
    }
    b.votesRect = QRectF();
    if (b.votes > 0) {
        // After the measure badges: they say what is measured, the dots what the team chose.
        b.votesRect = QRectF(x + (b.badges.empty() ? 0 : 2), y,
                             voteDotsWidth(b.votes, t.badgeSize, t.badgeFont), t.badgeSize);
        x = b.votesRect.right() + 4;
    }
    b.cyclesRect = QRectF();
    if (b.cycles > 0) {
        // After the votes: what the team has tried follows what it chose to try.
        if (!b.votesRect.isNull())
            x = b.votesRect.right() + 4;
        else if (!b.badges.empty())
            x += 2;
        b.cyclesRect = QRectF(x, y, pdsaBadgeWidth(b.cycles, t), t.badgeSize);
        x = b.cyclesRect.right() + 4;
    }
    placeSparkline(b.sparkline, QPointF(x + 2, y), t);
    if (b.reliability > 0) {
        const qreal w = QFontMetricsF(t.badgeFont).horizontalAdvance(QStringLiteral("LOR 3")) + 6;
        b.reliabilityRect = QRectF(b.rect.right() - t.paddingX - w, y, w, t.badgeSize);
    }
}

} // namespace

bool refreshBadges(const Diagram &diagram, DiagramLayout &layout, const MeasureSignals *signalCache)
{
    if (!layout.measuresTable.rect.isNull())
        return false; // the table under the diagram shows the measures in full
    std::vector<std::vector<DiagramLayout::Badge>> fresh;
    fresh.reserve(layout.boxes.size());
    std::vector<DiagramLayout::Sparkline> sparks;
    sparks.reserve(layout.boxes.size());
    QHash<NodeId, std::vector<DiagramLayout::Badge>> byNode;
    const TextLanguage words(diagram.metadata().language);
    const std::vector<Measure> &all = diagram.measures();
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (const QString &id : all[i].nodes)
            byNode[id].push_back({all[i].type,
                                  static_cast<int>(i) + 1,
                                  all[i].name,
                                  measureDefinition(all[i], words),
                                  {}});
    }
    for (const DiagramLayout::Box &box : layout.boxes) {
        std::vector<DiagramLayout::Badge> badges = byNode.value(box.id);
        if (badges.size() != box.badges.size())
            return false;
        for (std::size_t i = 0; i < badges.size(); ++i) {
            if (badges[i].type != box.badges[i].type || badges[i].number != box.badges[i].number)
                return false;
            badges[i].rect = box.badges[i].rect;
        }
        // A sparkline that appears, goes or changes its "+N" changes the box's width.
        DiagramLayout::Sparkline spark;
        if (!badges.empty())
            spark = boxSparkline(diagram, box.id, signalCache, words);
        if (spark.isShown() != box.sparkline.isShown() || spark.more != box.sparkline.more)
            return false;
        spark.rect = box.sparkline.rect;
        spark.moreRect = box.sparkline.moreRect;
        fresh.push_back(std::move(badges));
        sparks.push_back(std::move(spark));
    }
    // The key lists the signals the sparklines show: a new one or one gone changes it.
    std::set<spc::Verdict> before;
    std::set<spc::Verdict> after;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        if (layout.boxes[i].sparkline.isShown())
            before.insert(layout.boxes[i].sparkline.verdict);
        if (sparks[i].isShown())
            after.insert(sparks[i].verdict);
    }
    if (!layout.legend.rect.isNull() && before != after)
        return false;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        layout.boxes[i].badges = std::move(fresh[i]);
        layout.boxes[i].sparkline = std::move(sparks[i]);
    }
    return true;
}

Typography layoutTypography(const Diagram &diagram, const LayoutOptions &options)
{
    return options.typography ? *options.typography
                              : Typography::sized(diagram.layoutSettings().textSize);
}

bool layoutDiagram(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                   QString *error)
{
    const Typography t = layoutTypography(diagram, options);
    layout = DiagramLayout();
    if (options.enforceLimits) {
        // Counted before any box is measured: refusing has to be quick, and past these sizes
        // Graphviz can exhaust memory and take the whole process down.
        const QString problem = layoutLimitProblem(diagram);
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("the diagram is too large to lay out: ") + problem
                       + QStringLiteral(". Split it into smaller diagrams.");
            return false;
        }
    }
    layout.boxes.reserve(diagram.nodes().size());
    for (const Node &n : diagram.nodes())
        layout.boxes.push_back(measureBox(diagram, n, t, options.signalCache));
    sizeBoxes(layout.boxes, t);

    const LayoutSettings::Links links = options.links.value_or(diagram.layoutSettings().links);
    const auto order = options.order.value_or(diagram.layoutSettings().order);
    if (!layout.boxes.empty()) {
        QString problem;
        const LayoutSettings::Ideas ideas = options.ideas.value_or(diagram.layoutSettings().ideas);
        const bool placed = ideas == LayoutSettings::Ideas::Stacked
                              ? placeWithIdeaCards(diagram, order, links, t, layout, &problem)
                              : placeBoxesAndLinks(diagram, order, links, t, layout, &problem);
        if (!placed) {
            if (error)
                *error = QStringLiteral("layout failed: ") + problem;
            return false;
        }
    }
    for (DiagramLayout::Box &b : layout.boxes)
        placeContents(b, t);
    addDecorations(diagram, options, t, layout);
    return true;
}

} // namespace kdd
