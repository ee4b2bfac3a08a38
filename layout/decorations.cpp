#include "decorations.h"

#include "sparkline.h"

#include "model/diagramkey.h"
#include "model/textlanguage.h"

#include <QFontMetricsF>

#include <algorithm>
#include <map>
#include <set>

namespace kdd {
namespace {

void translate(DiagramLayout &layout, QPointF by)
{
    for (DiagramLayout::Box &b : layout.boxes) {
        b.rect.translate(by);
        b.textTopLeft += by;
        for (DiagramLayout::Badge &badge : b.badges)
            badge.rect.translate(by);
        if (!b.reliabilityRect.isNull())
            b.reliabilityRect.translate(by);
        if (!b.votesRect.isNull())
            b.votesRect.translate(by);
        if (!b.cyclesRect.isNull())
            b.cyclesRect.translate(by);
        if (b.sparkline.isShown()) {
            b.sparkline.rect.translate(by);
            if (!b.sparkline.moreRect.isNull())
                b.sparkline.moreRect.translate(by);
        }
    }
    for (DiagramLayout::Edge &e : layout.edges) {
        for (QPointF &p : e.points)
            p += by;
    }
    for (DiagramLayout::Card &card : layout.cards)
        card.rect.translate(by);
}

QRectF contentRect(const DiagramLayout &layout)
{
    QRectF r;
    for (const DiagramLayout::Box &b : layout.boxes)
        r = r.isNull() ? b.rect : r.united(b.rect);
    for (const DiagramLayout::Edge &e : layout.edges) {
        for (const QPointF &p : e.points)
            r = r.united(QRectF(p, QSizeF(0.001, 0.001)));
    }
    return r;
}

// The decorations are the document's words: in its language, whatever the program speaks.
QString documentWord(const Metadata &m, const char *source)
{
    return TextLanguage(m.language).translate("kdd::Decorations", source);
}

QString detailsLine(const Metadata &m)
{
    const TextLanguage words(m.language);
    QStringList parts;
    if (!m.team.isEmpty())
        parts << m.team;
    if (!m.leaders.isEmpty())
        parts << words.translate("kdd::Decorations", "Led by %1")
                     .arg(m.leaders.join(QStringLiteral(", ")));
    if (!m.revision.isEmpty())
        parts << words.translate("kdd::Decorations", "Revision %1").arg(m.revision);
    if (!m.revisionDate.isEmpty())
        parts << m.revisionDate;
    // A no-break space before each separator keeps it at the end of a line when the text wraps.
    return parts.join(QStringLiteral("\u00A0\u00A0·  "));
}

void addTitleBlock(const Diagram &diagram, const Typography &t, qreal width, DiagramLayout &layout)
{
    const Metadata &m = diagram.metadata();
    QString details = detailsLine(m);
    if (!m.population.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("\n"))
                 + documentWord(m, QT_TRANSLATE_NOOP("kdd::Decorations", "Population: %1"))
                       .arg(m.population);
    // Practice 1, "establish principle": the equity commitment travels with the diagram.
    if (!m.equityStatement.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("\n"))
                 + documentWord(m, QT_TRANSLATE_NOOP("kdd::Decorations", "Equity: %1"))
                       .arg(m.equityStatement);
    if (diagram.title().trimmed().isEmpty() && details.isEmpty())
        return;
    layout.title.title = wrapText(diagram.title(), t.titleFont, width, 4);
    layout.title.details = wrapText(details, t.detailFont, width, 8);
    const qreal gap = layout.title.title.isEmpty() || layout.title.details.isEmpty() ? 0 : 4;
    layout.title.rect =
        QRectF(0, 0, width, layout.title.title.height() + gap + layout.title.details.height());
}

struct LegendEntry
{
    DiagramLayout::LegendSymbol symbol;
    QString label;
};

std::vector<LegendEntry> legendEntries(const Diagram &diagram,
                                       const std::vector<DiagramLayout::Box> &boxes)
{
    using S = DiagramLayout::LegendSymbol;
    const QString &language = diagram.metadata().language;
    const TextLanguage words(language);
    bool reliability = false;
    bool votes = false;
    for (const Node &n : diagram.nodes()) {
        if (n.isChange()) {
            reliability = reliability || n.reliability > 0;
            votes = votes || n.votes > 0;
        }
    }
    std::vector<LegendEntry> entries;
    const DiagramKey key = DiagramKey::of(diagram); // the DOT and Mermaid keys list the same
    for (const ChangeStatus status : key.statuses) {
        static const std::map<ChangeStatus, S> symbols = {
            {ChangeStatus::Idea, S::StatusIdea},
            {ChangeStatus::Testing, S::StatusTesting},
            {ChangeStatus::Adopted, S::StatusAdopted},
            {ChangeStatus::Abandoned, S::StatusAbandoned},
        };
        entries.push_back({symbols.at(status), DiagramKey::label(status, language)});
    }
    if (reliability)
        entries.push_back(
            {S::Reliability, words.translate("kdd::Decorations", "Level of reliability (1–3)")});
    if (votes)
        entries.push_back({S::Votes, words.translate("kdd::Decorations", "Dot vote")});
    if (key.linkStrengths) {
        entries.push_back({S::StrongLink, DiagramKey::label(LinkStrength::Strong, language)});
        entries.push_back({S::WeakLink, DiagramKey::label(LinkStrength::Weak, language)});
    }
    std::set<MeasureType> types;
    for (const Measure &m : diagram.measures()) {
        if (!m.nodes.isEmpty())
            types.insert(m.type);
    }
    if (types.count(MeasureType::Outcome))
        entries.push_back(
            {S::OutcomeBadge, words.translate("kdd::Decorations", "Outcome measure")});
    if (types.count(MeasureType::Process))
        entries.push_back(
            {S::ProcessBadge, words.translate("kdd::Decorations", "Process measure")});
    if (types.count(MeasureType::Balancing))
        entries.push_back(
            {S::BalancingBadge, words.translate("kdd::Decorations", "Balancing measure")});
    // The sparklines' colours, for the signals the boxes show: none without data.
    std::set<spc::Verdict> verdicts;
    for (const DiagramLayout::Box &b : boxes) {
        if (b.sparkline.isShown())
            verdicts.insert(b.sparkline.verdict);
    }
    for (const auto &[verdict, symbol] :
         {std::pair{spc::Verdict::Improving, S::SignalImproving},
          std::pair{spc::Verdict::Deteriorating, S::SignalDeteriorating},
          std::pair{spc::Verdict::Signal, S::SignalUnknown},
          std::pair{spc::Verdict::NoSignal, S::SignalNone}}) {
        if (verdicts.count(verdict))
            entries.push_back({symbol, verdictWords(verdict, words)});
    }
    return entries;
}

// Lays the legend out as one or more rows of (symbol, label) pairs starting at `origin`.
void addLegend(const Diagram &diagram, const Typography &t, QPointF origin, qreal width,
               DiagramLayout &layout)
{
    const std::vector<LegendEntry> entries = legendEntries(diagram, layout.boxes);
    if (entries.empty())
        return;
    DiagramLayout::Legend &legend = layout.legend;
    QFont headingFont = t.detailFont;
    headingFont.setBold(true);
    legend.heading =
        wrapText(documentWord(diagram.metadata(), QT_TRANSLATE_NOOP("kdd::Decorations", "Key")),
                 headingFont, width);
    legend.headingTopLeft = origin;
    const qreal rowHeight =
        std::max<qreal>(t.badgeSize, QFontMetricsF(t.detailFont).lineSpacing()) + 6;
    qreal x = origin.x() + legend.heading.width() + 14;
    qreal y = origin.y();
    const qreal symbolWidth = 30;
    for (const LegendEntry &entry : entries) {
        DiagramLayout::LegendItem item;
        item.symbol = entry.symbol;
        item.label = wrapText(entry.label, t.detailFont, width);
        const qreal itemWidth = symbolWidth + 6 + item.label.width() + 18;
        if (x + itemWidth > origin.x() + width && x > origin.x() + legend.heading.width() + 14) {
            x = origin.x() + legend.heading.width() + 14;
            y += rowHeight;
        }
        const qreal symbolHeight = t.badgeSize;
        item.symbolRect =
            QRectF(x, y + (item.label.lineHeight - symbolHeight) / 2, symbolWidth, symbolHeight);
        item.labelTopLeft = QPointF(x + symbolWidth + 6, y);
        legend.items.push_back(std::move(item));
        x += itemWidth;
    }
    qreal right = origin.x();
    for (const DiagramLayout::LegendItem &item : legend.items)
        right = std::max(right, item.labelTopLeft.x() + item.label.width());
    legend.rect = QRectF(origin, QPointF(right, y + rowHeight - 6));
}

QString measureTypeWord(MeasureType type, const TextLanguage &words)
{
    switch (type) {
    case MeasureType::Outcome:
        return words.translate("kdd::Decorations", "outcome");
    case MeasureType::Process:
        return words.translate("kdd::Decorations", "process");
    case MeasureType::Balancing:
        return words.translate("kdd::Decorations", "balancing");
    }
    return {};
}

// The measurement plan as a table: one row per measure, the columns a QI charter asks for.
void addMeasuresTable(const Diagram &diagram, const Typography &t, QPointF origin, qreal width,
                      DiagramLayout &layout)
{
    if (diagram.measures().empty())
        return;
    DiagramLayout::Table &table = layout.measuresTable;
    // Relative column widths: #, measure, type, numerator / denominator, source, target,
    // stratified by, attached to.
    const qreal shares[] = {0.04, 0.18, 0.08, 0.24, 0.12, 0.09, 0.11, 0.14};
    const TextLanguage words(diagram.metadata().language);
    const QStringList headers = {QStringLiteral("#"),
                                 words.translate("kdd::Decorations", "Measure"),
                                 words.translate("kdd::Decorations", "Type"),
                                 words.translate("kdd::Decorations", "Numerator / denominator"),
                                 words.translate("kdd::Decorations", "Data source"),
                                 words.translate("kdd::Decorations", "Target"),
                                 words.translate("kdd::Decorations", "Stratified by"),
                                 words.translate("kdd::Decorations", "Attached to")};
    QFont bold = t.detailFont;
    bold.setBold(true);
    const qreal pad = 4;
    std::vector<qreal> columnX{origin.x()};
    for (const qreal share : shares)
        columnX.push_back(columnX.back() + share * width);
    const auto addRow = [&](const QStringList &texts, bool header, qreal y) {
        qreal rowHeight = 0;
        for (int i = 0; i < texts.size(); ++i) {
            const qreal cellWidth = columnX[static_cast<std::size_t>(i) + 1]
                                  - columnX[static_cast<std::size_t>(i)] - 2 * pad;
            DiagramLayout::Table::Cell cell{
                wrapText(texts[i], header ? bold : t.detailFont, cellWidth, 12),
                QPointF(columnX[static_cast<std::size_t>(i)] + pad, y + pad), header};
            rowHeight = std::max(rowHeight, cell.text.height());
            table.cells.push_back(std::move(cell));
        }
        rowHeight = std::max(rowHeight, QFontMetricsF(t.detailFont).lineSpacing()) + 2 * pad;
        table.rules.emplace_back(QPointF(origin.x(), y + rowHeight),
                                 QPointF(origin.x() + width, y + rowHeight));
        return rowHeight;
    };
    qreal y = origin.y();
    table.rules.emplace_back(QPointF(origin.x(), y), QPointF(origin.x() + width, y));
    y += addRow(headers, true, y);
    const std::vector<Measure> &measures = diagram.measures();
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const Measure &m = measures[i];
        QString definition = m.numerator;
        if (!m.denominator.isEmpty())
            definition +=
                (definition.isEmpty() ? QString() : QStringLiteral(" / ")) + m.denominator;
        QStringList attached;
        for (const QString &id : m.nodes) {
            if (const Node *n = diagram.node(id)) {
                const QString text = n->text.simplified();
                attached << (text.size() > 40 ? text.left(39).trimmed() + QStringLiteral("…")
                                              : text);
            }
        }
        y += addRow({QString::number(i + 1), m.name, measureTypeWord(m.type, words), definition,
                     m.source, m.target, m.stratifyBy.join(QStringLiteral(", ")),
                     attached.join(QStringLiteral("; "))},
                    false, y);
    }
    for (const qreal x : columnX)
        table.rules.emplace_back(QPointF(x, origin.y()), QPointF(x, y));
    table.rect = QRectF(origin, QPointF(origin.x() + width, y));
}

} // namespace

void addDecorations(const Diagram &diagram, const LayoutOptions &options, const Typography &t,
                    DiagramLayout &layout)
{
    const QRectF content = contentRect(layout);
    const qreal contentWidth = content.isNull() ? 0 : content.width();

    // Column headers: the document's titles, one per used column, wrapped at the column width.
    std::map<int, std::pair<qreal, qreal>> columnSpan;
    for (const DiagramLayout::Box &b : layout.boxes) {
        auto it = columnSpan.find(b.column);
        if (it == columnSpan.end())
            columnSpan[b.column] = {b.rect.left(), b.rect.right()};
        else
            it->second = {std::min(it->second.first, b.rect.left()),
                          std::max(it->second.second, b.rect.right())};
    }
    qreal headerHeight = 0;
    for (const auto &[column, span] : columnSpan) {
        DiagramLayout::Header h;
        h.column = column;
        h.text = wrapText(diagram.columnTitles().titleFor(column, diagram.metadata().language),
                          t.headerFont, span.second - span.first, 3);
        headerHeight = std::max(headerHeight, h.text.height());
        h.rect = QRectF(span.first, 0, span.second - span.first, 0);
        layout.headers.push_back(std::move(h));
    }

    const qreal blockWidth = std::max<qreal>(contentWidth, 480);
    if (options.titleBlock)
        addTitleBlock(diagram, t, blockWidth, layout);

    qreal y = t.margin;
    if (!layout.title.rect.isNull()) {
        layout.title.rect.moveTopLeft(QPointF(t.margin, y));
        y = layout.title.rect.bottom() + 16;
    }
    const qreal headerTop = y;
    if (headerHeight > 0)
        y += headerHeight + 10;
    const QPointF shift(t.margin - (content.isNull() ? 0 : content.left()),
                        y - (content.isNull() ? 0 : content.top()));
    translate(layout, shift);
    for (DiagramLayout::Header &h : layout.headers) {
        h.rect.translate(shift.x(), 0);
        // Bottom-align headers of different heights so they sit on one line above the boxes.
        h.rect.setTop(headerTop + headerHeight - h.text.height());
        h.rect.setHeight(h.text.height());
    }
    y += content.isNull() ? 0 : content.height();

    if (options.legend)
        addLegend(diagram, t, QPointF(t.margin, y + 20), blockWidth, layout);
    if (options.measuresTable) {
        const qreal top = layout.legend.rect.isNull() ? y + 20 : layout.legend.rect.bottom() + 20;
        addMeasuresTable(diagram, t, QPointF(t.margin, top), std::max<qreal>(blockWidth, 720),
                         layout);
    }

    QRectF all(0, 0, t.margin + blockWidth + t.margin, y + t.margin);
    if (!layout.legend.rect.isNull())
        all = all.united(QRectF(0, 0, 1, layout.legend.rect.bottom() + t.margin));
    if (!layout.measuresTable.rect.isNull())
        all = all.united(layout.measuresTable.rect.adjusted(-t.margin, 0, t.margin, t.margin));
    for (const DiagramLayout::Header &h : layout.headers)
        all = all.united(h.rect.adjusted(0, 0, t.margin, 0));
    layout.bounds = all;
}

} // namespace kdd
