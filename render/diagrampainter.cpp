#include "diagrampainter.h"

#include "layout/pdsabadge.h"
#include "layout/sparkline.h"
#include "layout/votedots.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

QString kindClass(const DiagramLayout::Box &box)
{
    switch (box.kind) {
    case NodeKind::Aim:
        return box.role == AimRole::Global ? QStringLiteral("node aim global-aim")
                                           : QStringLiteral("node aim");
    case NodeKind::Driver:
        return QStringLiteral("node driver level-%1").arg(box.column);
    case NodeKind::Change:
        return QStringLiteral("node change status-") + toString(box.status);
    }
    return QStringLiteral("node");
}

QString boxTitle(const DiagramLayout::Box &box)
{
    QString title = box.fullText;
    if (box.kind == NodeKind::Change && box.status != ChangeStatus::Idea)
        title = toString(box.status).left(1).toUpper() + toString(box.status).mid(1)
              + QStringLiteral(": ") + title;
    if (!box.notes.isEmpty())
        title += QStringLiteral("\n\n") + box.notes;
    return title;
}

// An arrowhead whose tip is at `tip`, pointing along `direction`.
QPolygonF arrowhead(QPointF tip, QPointF direction, qreal size)
{
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length <= 0)
        return {};
    const QPointF d = direction / length;
    const QPointF n(-d.y(), d.x());
    const QPointF base = tip - d * size;
    return QPolygonF({tip, base + n * size * 0.45, base - n * size * 0.45});
}

} // namespace

void DiagramPainter::paint(const DiagramLayout &layout, PaintTarget &target) const
{
    paintTitleBlock(layout, target);
    paintHeaders(layout, target);
    target.beginGroup(QStringLiteral("links"), QStringLiteral("links"), QString());
    for (const DiagramLayout::Edge &edge : layout.edges)
        paintEdge(edge, target);
    target.endGroup();
    target.beginGroup(QStringLiteral("nodes"), QStringLiteral("nodes"), QString());
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        paintBox(layout.boxes[i], static_cast<int>(i), target);
    paintCards(layout, target);
    target.endGroup();
    paintLegend(layout, target);
    paintMeasuresTable(layout, target);
}

void DiagramPainter::paintCards(const DiagramLayout &layout, PaintTarget &target) const
{
    // One outline just outside the rows of each card of stacked ideas; the rows' own borders
    // separate them. Outside, so that the editor can draw it under the rows and still show it.
    const Stroke &border = m_theme.columns[4].border;
    for (const DiagramLayout::Card &card : layout.cards)
        target.rect(card.rect.adjusted(-1.5, -1.5, 1.5, 1.5), m_theme.boxRadius,
                    QColor(Qt::transparent), {border.color, border.width * 1.5, false});
}

void DiagramPainter::paintMeasuresTable(const DiagramLayout &layout, PaintTarget &target) const
{
    const DiagramLayout::Table &table = layout.measuresTable;
    if (table.rect.isNull())
        return;
    target.beginGroup(QStringLiteral("measures-table"), QStringLiteral("measures-table"),
                      QStringLiteral("Measurement plan"));
    const Stroke rule{m_theme.detailText, 0.6, false};
    for (const QLineF &line : table.rules)
        target.spline({line.p1(), line.p1(), line.p2(), line.p2()}, rule);
    for (const DiagramLayout::Table::Cell &cell : table.cells)
        paintTextBlock(cell.text, cell.topLeft, 0, false, m_theme.text, target);
    target.endGroup();
}

void DiagramPainter::paintTextBlock(const TextBlock &block, QPointF topLeft, qreal centreX,
                                    bool centred, const QColor &colour, PaintTarget &target) const
{
    qreal baseline = topLeft.y() + block.ascent;
    for (const TextBlock::Line &line : block.lines) {
        if (!line.text.isEmpty())
            target.text(line.text, block.font, QPointF(centred ? centreX : topLeft.x(), baseline),
                        centred, colour);
        baseline += block.lineHeight;
    }
}

void DiagramPainter::paintStrikeThrough(const TextBlock &block, QPointF topLeft, qreal centreX,
                                        PaintTarget &target) const
{
    // Drawn as lines rather than a font property so that every target, SVG included, shows it.
    const qreal size = block.font.pixelSize() > 0 ? block.font.pixelSize() : 13;
    const Stroke stroke{m_theme.text, std::max<qreal>(1, size / 12), false};
    qreal baseline = topLeft.y() + block.ascent;
    for (const TextBlock::Line &line : block.lines) {
        if (!line.text.trimmed().isEmpty()) {
            const qreal y = baseline - size * 0.3; // through the middle of the lower-case letters
            const QPointF from(centreX - line.width / 2, y);
            const QPointF to(centreX + line.width / 2, y);
            target.spline({from, from, to, to}, stroke);
        }
        baseline += block.lineHeight;
    }
}

void DiagramPainter::paintBox(const DiagramLayout::Box &box, int index, PaintTarget &target) const
{
    const BoxStyle &style = m_theme.boxStyle(box.column, box.status);
    target.beginGroup(QStringLiteral("node-%1").arg(index), kindClass(box), boxTitle(box));
    target.rect(box.rect, box.inCard ? 0 : m_theme.boxRadius, style.fill, style.border);
    // A global aim carries the compelling reason: a double outline sets it apart from the
    // SMART aim without relying on colour.
    if (box.kind == NodeKind::Aim && box.role == AimRole::Global)
        target.rect(box.rect.adjusted(3, 3, -3, -3), std::max<qreal>(0, m_theme.boxRadius - 2),
                    QColor(Qt::transparent), {style.border.color, 0.8, false});
    paintTextBlock(box.text, box.textTopLeft, box.rect.center().x(), true, m_theme.text, target);
    if (box.kind == NodeKind::Change && box.status == ChangeStatus::Abandoned)
        paintStrikeThrough(box.text, box.textTopLeft, box.rect.center().x(), target);
    for (const DiagramLayout::Badge &badge : box.badges) {
        const QString title =
            QStringLiteral("%1 measure %2: %3")
                .arg(toString(badge.type).left(1).toUpper() + toString(badge.type).mid(1))
                .arg(badge.number)
                .arg(badge.name);
        paintBadge(badge.type, badge.number, badge.rect, title, target);
    }
    if (box.votes > 0)
        paintVotes(box.votes, box.votesRect, target);
    if (box.cycles > 0)
        paintCycles(box.cycles, box.cyclesRect, target);
    if (box.sparkline.isShown())
        paintSparkline(box.sparkline, target);
    if (box.reliability > 0) {
        const QRectF &r = box.reliabilityRect;
        target.beginGroup(QString(), QStringLiteral("reliability"),
                          QStringLiteral("Level of reliability %1").arg(box.reliability));
        target.rect(r, 2, m_theme.badge.fill, m_theme.badge.border);
        QFont font = m_typography.badgeFont;
        target.text(QStringLiteral("LOR %1").arg(box.reliability), font,
                    QPointF(r.center().x(), r.center().y() + font.pixelSize() * 0.36), true,
                    m_theme.badgeText);
        target.endGroup();
    }
    target.endGroup();
}

void DiagramPainter::paintCycles(int cycles, const QRectF &rect, PaintTarget &target) const
{
    target.beginGroup(QString(), QStringLiteral("pdsa"),
                      cycles == 1 ? QStringLiteral("1 PDSA cycle")
                                  : QStringLiteral("%1 PDSA cycles").arg(cycles));
    target.rect(rect, 2, m_theme.badge.fill, m_theme.badge.border);
    // The ramp in the text's ink, like the vote dots: it reads on every fill and theme.
    target.spline(pdsaRampLine(rect), {m_theme.badgeText, 1.2, false});
    target.polygon(pdsaRampArrow(rect), m_theme.badgeText, {QColor(Qt::transparent), 0, false});
    const QFont &font = m_typography.badgeFont;
    target.text(QString::number(cycles), font, pdsaCountBaseline(rect, font), false,
                m_theme.badgeText);
    target.endGroup();
}

void DiagramPainter::paintVotes(int votes, const QRectF &rect, PaintTarget &target) const
{
    if (votes <= 0)
        return;
    target.beginGroup(QString(), QStringLiteral("votes"),
                      votes == 1 ? QStringLiteral("1 vote")
                                 : QStringLiteral("%1 votes").arg(votes));
    // Solid dots in the text's ink: they read on every status fill and theme, dark slides too.
    const Stroke none{QColor(Qt::transparent), 0, false};
    const std::vector<QRectF> dots = voteDotRects(votes, rect);
    for (const QRectF &dot : dots)
        target.ellipse(dot, m_theme.text, none);
    const QString number = voteNumber(votes);
    if (!number.isEmpty() && !dots.empty()) {
        const QFont font = voteNumberFont(m_typography.badgeFont, rect.height());
        target.text(number, font,
                    QPointF(rect.left() + voteDotStep(rect.height()),
                            rect.center().y() + font.pixelSize() * 0.36),
                    false, m_theme.text);
    }
    target.endGroup();
}

namespace {

QString verdictClass(spc::Verdict verdict)
{
    switch (verdict) {
    case spc::Verdict::Improving:
        return QStringLiteral("improving");
    case spc::Verdict::Deteriorating:
        return QStringLiteral("deteriorating");
    case spc::Verdict::Signal:
        return QStringLiteral("signal");
    case spc::Verdict::NoSignal:
        break;
    }
    return QStringLiteral("no-signal");
}

} // namespace

void DiagramPainter::paintSparkline(const DiagramLayout::Sparkline &spark,
                                    PaintTarget &target) const
{
    target.beginGroup(QString(), QStringLiteral("sparkline ") + verdictClass(spark.verdict),
                      spark.title);
    const QColor &colour = m_theme.signalColour(spark.verdict);
    const qreal scale = spark.rect.height() / 12;
    const QPolygonF points = sparklinePoints(spark.values, spark.rect);
    // Straight segments as a spline (each control point on its segment's end), as table rules.
    std::vector<QPointF> path;
    for (const QPointF &p : points) {
        if (path.empty()) {
            path.push_back(p);
            continue;
        }
        const QPointF previous = path.back();
        path.insert(path.end(), {previous, p, p});
    }
    if (path.size() > 1)
        target.spline(path, {colour, 1.2 * scale, false});
    if (!points.isEmpty()) {
        // The latest value as a dot: where the series stands now.
        const qreal r = 1.6 * scale;
        const QPointF last = points.back();
        target.ellipse(QRectF(last.x() - r, last.y() - r, 2 * r, 2 * r), colour,
                       {QColor(Qt::transparent), 0, false});
    }
    if (spark.more > 0) {
        const QFont &font = m_typography.badgeFont;
        target.text(
            sparklineMore(spark.more), font,
            QPointF(spark.moreRect.left(), spark.moreRect.center().y() + font.pixelSize() * 0.36),
            false, m_theme.text);
    }
    target.endGroup();
}

void DiagramPainter::paintBadge(MeasureType type, int number, const QRectF &r, const QString &title,
                                PaintTarget &target) const
{
    target.beginGroup(QString(), QStringLiteral("badge ") + toString(type), title);
    // The measure type is told by shape, not colour alone: circle outcome, square process,
    // triangle balancing.
    const BoxStyle &style = m_theme.badge;
    qreal textY = r.center().y();
    switch (type) {
    case MeasureType::Outcome:
        target.ellipse(r, style.fill, style.border);
        break;
    case MeasureType::Process:
        target.rect(r.adjusted(0.5, 0.5, -0.5, -0.5), 0, style.fill, style.border);
        break;
    case MeasureType::Balancing:
        target.polygon(QPolygonF({QPointF(r.center().x(), r.top() - 1),
                                  r.bottomRight() + QPointF(1, 0), r.bottomLeft() - QPointF(1, 0)}),
                       style.fill, style.border);
        textY += r.height() * 0.14;
        break;
    }
    if (number > 0) {
        const QFont &font = m_typography.badgeFont;
        target.text(QString::number(number), font,
                    QPointF(r.center().x(), textY + font.pixelSize() * 0.36), true,
                    m_theme.badgeText);
    }
    target.endGroup();
}

void DiagramPainter::paintEdge(const DiagramLayout::Edge &edge, PaintTarget &target) const
{
    if (edge.points.size() < 2 || edge.merged)
        return;
    Stroke stroke = m_theme.link;
    stroke.dashed = edge.strength == LinkStrength::Weak;
    target.beginGroup(
        QString(), stroke.dashed ? QStringLiteral("link weak") : QStringLiteral("link"), QString());
    target.spline(edge.points, stroke);
    if (m_theme.arrowheads) {
        const QPointF tip = edge.points.back();
        QPointF direction = tip - edge.points[edge.points.size() - 2];
        if (direction.isNull())
            direction = tip - edge.points.front();
        target.polygon(arrowhead(tip, direction, 7 + stroke.width), stroke.color,
                       {stroke.color, 0.5, false});
    }
    target.endGroup();
}

void DiagramPainter::paintHeaders(const DiagramLayout &layout, PaintTarget &target) const
{
    if (layout.headers.empty())
        return;
    target.beginGroup(QStringLiteral("headers"), QStringLiteral("headers"), QString());
    for (const DiagramLayout::Header &h : layout.headers)
        paintTextBlock(h.text, h.rect.topLeft(), h.rect.center().x(), true, m_theme.headerText,
                       target);
    target.endGroup();
}

void DiagramPainter::paintTitleBlock(const DiagramLayout &layout, PaintTarget &target) const
{
    const DiagramLayout::TitleBlock &t = layout.title;
    if (t.rect.isNull())
        return;
    target.beginGroup(QStringLiteral("title-block"), QStringLiteral("title-block"), QString());
    paintTextBlock(t.title, t.rect.topLeft(), 0, false, m_theme.text, target);
    const qreal gap = t.title.isEmpty() ? 0 : 4;
    paintTextBlock(t.details, t.rect.topLeft() + QPointF(0, t.title.height() + gap), 0, false,
                   m_theme.detailText, target);
    target.endGroup();
}

void DiagramPainter::paintLegend(const DiagramLayout &layout, PaintTarget &target) const
{
    const DiagramLayout::Legend &legend = layout.legend;
    if (legend.items.empty())
        return;
    using S = DiagramLayout::LegendSymbol;
    target.beginGroup(QStringLiteral("legend"), QStringLiteral("legend"), QStringLiteral("Key"));
    paintTextBlock(legend.heading, legend.headingTopLeft, 0, false, m_theme.text, target);
    for (const DiagramLayout::LegendItem &item : legend.items) {
        const QRectF &r = item.symbolRect;
        const QRectF box(r.left(), r.top() - 1, r.width(), r.height() + 2);
        const QPointF left(r.left(), r.center().y());
        const QPointF right(r.right(), r.center().y());
        switch (item.symbol) {
        case S::StatusIdea:
        case S::StatusTesting:
        case S::StatusAdopted:
        case S::StatusAbandoned: {
            const ChangeStatus status = item.symbol == S::StatusIdea    ? ChangeStatus::Idea
                                      : item.symbol == S::StatusTesting ? ChangeStatus::Testing
                                      : item.symbol == S::StatusAdopted ? ChangeStatus::Adopted
                                                                        : ChangeStatus::Abandoned;
            const BoxStyle &style = m_theme.boxStyle(ChangeColumn, status);
            target.rect(box, 2, style.fill, style.border);
            if (status == ChangeStatus::Abandoned) {
                const QPointF a(box.left() + 3, box.center().y());
                const QPointF b(box.right() - 3, box.center().y());
                target.spline({a, a, b, b}, {m_theme.text, 1, false});
            }
            break;
        }
        case S::StrongLink:
        case S::WeakLink: {
            Stroke stroke = m_theme.link;
            stroke.dashed = item.symbol == S::WeakLink;
            target.spline({left, left, right, right}, stroke);
            if (m_theme.arrowheads)
                target.polygon(arrowhead(right, right - left, 7 + stroke.width), stroke.color,
                               {stroke.color, 0.5, false});
            break;
        }
        case S::SignalImproving:
        case S::SignalDeteriorating:
        case S::SignalUnknown:
        case S::SignalNone: {
            const spc::Verdict verdict = item.symbol == S::SignalImproving ? spc::Verdict::Improving
                                       : item.symbol == S::SignalDeteriorating
                                           ? spc::Verdict::Deteriorating
                                       : item.symbol == S::SignalUnknown ? spc::Verdict::Signal
                                                                         : spc::Verdict::NoSignal;
            // A sample line in the badge's size and colour.
            const QSizeF size = sparklineSize(m_typography);
            const QRectF frame(r.center().x() - std::min(size.width(), r.width()) / 2,
                               r.center().y() - size.height() / 2,
                               std::min(size.width(), r.width()), size.height());
            const QPolygonF line = sparklinePoints({2, 1, 3, 2, 4, 3}, frame);
            std::vector<QPointF> path{line.front()};
            for (int i = 1; i < line.size(); ++i)
                path.insert(path.end(), {line[i - 1], line[i], line[i]});
            target.spline(path, {m_theme.signalColour(verdict), 1.2 * size.height() / 12, false});
            break;
        }
        case S::OutcomeBadge:
        case S::ProcessBadge:
        case S::BalancingBadge: {
            const qreal s = m_typography.badgeSize;
            const QRectF badge(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
            paintBadge(item.symbol == S::OutcomeBadge   ? MeasureType::Outcome
                       : item.symbol == S::ProcessBadge ? MeasureType::Process
                                                        : MeasureType::Balancing,
                       0, badge, QString(), target);
            break;
        }
        case S::Votes: {
            const qreal s = m_typography.badgeSize;
            const qreal d = voteDotSize(s);
            paintVotes(1, QRectF(r.center().x() - d / 2, r.center().y() - s / 2, d, s), target);
            break;
        }
        case S::Reliability: {
            target.rect(box, 2, m_theme.badge.fill, m_theme.badge.border);
            const QFont &font = m_typography.badgeFont;
            target.text(QStringLiteral("LOR"), font,
                        QPointF(r.center().x(), r.center().y() + font.pixelSize() * 0.36), true,
                        m_theme.badgeText);
            break;
        }
        }
        paintTextBlock(item.label, item.labelTopLeft, 0, false, m_theme.text, target);
    }
    target.endGroup();
}

} // namespace kdd
