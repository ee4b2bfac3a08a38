// The editable PowerPoint deck: the whole diagram on the first slide and, when its text would be
// smaller than 12 pt there, one slide per primary driver's branch. Shapes and connectors are
// native, so a team can edit the theory in PowerPoint or Impress without redrawing it.
#include "exporters.h"
#include "pptxpackage.h"
#include "pptxslide.h"

#include "layout/layoutengine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kdd {
namespace {

// Text on a slide is readable from the back of a meeting room at this size and above.
constexpr double MinReadablePoints = 12;

// The diagram a slide shows: the nodes in `keep` (every node when null) and the links between
// them. Measures, votes and levels of reliability are left out: their badges carry type below
// readable size on a slide; the measurement plan and the ideas have exports of their own.
Diagram slideDiagram(const Diagram &diagram, const QSet<NodeId> *keep)
{
    Diagram d;
    d.setTitle(diagram.title());
    d.setColumnTitles(diagram.columnTitles());
    d.setLayoutSettings(diagram.layoutSettings());
    Metadata language; // the headers and key are written in the document's language
    language.language = diagram.metadata().language;
    d.setMetadata(language);
    for (const Node &node : diagram.nodes()) {
        if (keep && !keep->contains(node.id))
            continue;
        Node n = node;
        n.votes = 0;
        n.reliability = 0;
        d.insertNode(n);
    }
    for (const Link &link : diagram.links()) {
        if (d.contains(link.from) && d.contains(link.to))
            d.addLink(link);
    }
    return d;
}

// The nodes `primary` links to, in document order.
std::vector<NodeId> childrenOf(const Diagram &diagram, const NodeId &primary)
{
    std::vector<NodeId> children;
    for (const Node &n : diagram.nodes()) {
        if (diagram.link(primary, n.id))
            children.push_back(n.id);
    }
    return children;
}

// The aims, one primary driver, the children of it in `children` and everything they lead to.
QSet<NodeId> branchOf(const Diagram &diagram, const NodeId &primary,
                      const std::vector<NodeId> &children)
{
    QSet<NodeId> keep;
    for (const Node &n : diagram.nodes()) {
        if (n.isAim())
            keep.insert(n.id);
    }
    keep.insert(primary);
    std::vector<NodeId> todo;
    for (const NodeId &child : children) {
        if (!keep.contains(child)) {
            keep.insert(child);
            todo.push_back(child);
        }
    }
    while (!todo.empty()) {
        const NodeId id = todo.back();
        todo.pop_back();
        for (const Link &link : diagram.links()) {
            if (link.from == id && !keep.contains(link.to)) {
                keep.insert(link.to);
                todo.push_back(link.to);
            }
        }
    }
    return keep;
}

// The typographies a slide tries, ours first (the slide then looks like our drawing), then
// tighter gaps with other wrapping widths for drivers and ideas and for aims, the nearest to
// ours first: narrower boxes suit a wide diagram, wider ones a tall diagram. A large diagram
// tries only a few (each is a layout).
std::vector<Typography> typographies(const Diagram &diagram)
{
    const Typography standard = Typography::sized(diagram.layoutSettings().textSize);
    std::vector<std::pair<qreal, qreal>> widths;
    for (qreal text : {110, 130, 160, 190, 230, 260}) {
        for (qreal aim : {150, 200, 250, 300, 350, 400}) {
            if (aim >= text)
                widths.push_back({text, aim});
        }
    }
    const auto distance = [&standard](const std::pair<qreal, qreal> &w) {
        return std::abs(w.first - standard.maxTextWidth) / standard.maxTextWidth
             + std::abs(w.second - standard.maxAimTextWidth) / standard.maxAimTextWidth;
    };
    std::stable_sort(widths.begin(), widths.end(),
                     [&](const auto &a, const auto &b) { return distance(a) < distance(b); });
    const std::size_t budget = diagram.nodes().size() > 80 ? 3 : widths.size();
    std::vector<Typography> list{standard};
    for (std::size_t i = 0; i < widths.size() && i < budget; ++i) {
        Typography t = standard;
        t.maxTextWidth = widths[i].first;
        t.maxAimTextWidth = widths[i].second;
        t.minBoxWidth = std::min<qreal>(t.minBoxWidth, widths[i].first - 20);
        t.paddingX = 6;
        t.paddingY = 5;
        t.columnGap = 30;
        t.rowGap = 8;
        t.margin = 8;
        list.push_back(t);
    }
    return list;
}

struct PlacedLayout
{
    DiagramLayout layout;
    QRectF source;
    QPointF origin;
    double emuPerUnit = 0;
    double points = 0; // the size of the smallest box text on the slide
};

// Lays `diagram` out with each typography and keeps the one whose box text comes out largest
// when scaled to fill the slide (ours as soon as it reaches readable size).
bool placeOnSlide(const Diagram &diagram, const ExportOptions &options, bool withKey,
                  PlacedLayout &best, QString *error)
{
    const QRectF area = pptxDiagramArea(withKey);
    bool found = false;
    for (const Typography &typography : typographies(diagram)) {
        LayoutOptions lo;
        lo.order = options.order;
        lo.links = options.links;
        lo.ideas = options.ideas;
        lo.typography = typography;
        lo.titleBlock = false;
        lo.legend = false;
        PlacedLayout placed;
        if (!layoutDiagram(diagram, lo, placed.layout, error))
            return false;
        placed.source = pptxContentRect(placed.layout);
        if (placed.source.isEmpty())
            placed.source = QRectF(0, 0, 1, 1);
        placed.emuPerUnit =
            std::min(area.width() / placed.source.width(), area.height() / placed.source.height());
        const QSizeF size = placed.source.size() * placed.emuPerUnit;
        placed.origin = QPointF(area.left() + (area.width() - size.width()) / 2,
                                area.top() + (area.height() - size.height()) / 2);
        qreal smallest = std::numeric_limits<qreal>::max();
        for (const DiagramLayout::Box &box : placed.layout.boxes)
            smallest = std::min<qreal>(smallest, box.text.font.pixelSize());
        if (placed.layout.boxes.empty())
            smallest = typography.boxFont.pixelSize();
        placed.points = pptxPoints(smallest, placed.emuPerUnit);
        if (!found || placed.points > best.points + 0.05) {
            best = std::move(placed);
            found = true;
        }
        if (best.points >= MinReadablePoints)
            break;
    }
    return true;
}

PptxSlide slideFor(const PlacedLayout &placed, const Theme &theme, const Diagram &diagram,
                   const ExportOptions &options, const QString &title)
{
    PptxSlide slide;
    slide.title = title;
    slide.layout = &placed.layout;
    slide.theme = theme;
    slide.links = options.links.value_or(diagram.layoutSettings().links);
    slide.key = pptxKey(diagram);
    slide.words = TextLanguage(diagram.metadata().language);
    slide.source = placed.source;
    slide.origin = placed.origin;
    slide.emuPerUnit = placed.emuPerUnit;
    return slide;
}

QString points(double value) { return QString::number(std::floor(value * 10) / 10, 'f', 1); }

class PptxExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Pptx; }
    QString suffix() const override { return QStringLiteral("pptx"); }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", "PowerPoint slides (editable)");
    }
    bool isGraphical() const override { return true; }

private:
    // The slides of one primary driver's branch: one slide, or, when that would put its text
    // below 12 pt, the driver's children shared out over 2, 3 … slides until every part fits
    // (or each part holds one child). A part that still does not fit keeps the largest size
    // that does, and its caption says so.
    static bool addBranch(const Diagram &whole, const Node &primary, const ExportOptions &options,
                          const Theme &theme, std::vector<QByteArray> &slides, QString *error)
    {
        const std::vector<NodeId> children = childrenOf(whole, primary.id);
        std::vector<Diagram> parts;
        std::vector<PlacedLayout> placed;
        for (std::size_t count = 1; count == 1 || count <= children.size(); ++count) {
            parts.clear();
            placed.clear();
            bool fits = true;
            for (std::size_t i = 0; i < count; ++i) {
                const std::vector<NodeId> group(children.begin() + i * children.size() / count,
                                                children.begin()
                                                    + (i + 1) * children.size() / count);
                const QSet<NodeId> keep = branchOf(whole, primary.id, group);
                parts.push_back(slideDiagram(whole, &keep));
                placed.emplace_back();
                if (!placeOnSlide(parts.back(), options, !pptxKey(parts.back()).empty(),
                                  placed.back(), error))
                    return false;
                fits = fits && placed.back().points >= MinReadablePoints;
            }
            if (fits)
                break;
        }
        for (std::size_t i = 0; i < parts.size(); ++i) {
            PptxSlide slide = slideFor(placed[i], theme, parts[i], options, primary.text);
            QStringList caption;
            if (parts.size() > 1)
                caption << slide.words
                               .translate("kdd::PptxExporter", "Part %1 of %2 of this branch.")
                               .arg(i + 1)
                               .arg(parts.size());
            if (placed[i].points < MinReadablePoints)
                caption << slide.words
                               .translate("kdd::PptxExporter",
                                          "Too large for 12 pt on one slide: text here is %1 pt.")
                               .arg(points(placed[i].points));
            slide.caption = caption.join(QLatin1Char(' '));
            slides.push_back(pptxSlideXml(slide));
        }
        return true;
    }

public:
    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const override
    {
        if (!options.validateFor(format(), error))
            return false;
        if (options.what != ExportContent::Diagram) {
            if (error)
                *error = QStringLiteral("PowerPoint slides hold the diagram only");
            return false;
        }
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            if (error)
                *error = QStringLiteral("drawing needs a QGuiApplication (fonts)");
            return false;
        }
        Theme theme = options.background == ImageBackground::Dark ? options.theme.darkVariant()
                                                                  : options.theme;
        if (options.arrowheads)
            theme.arrowheads = *options.arrowheads;
        const TextLanguage words(diagram.metadata().language);
        const QString title = diagram.title().trimmed().isEmpty()
                                ? words.translate("kdd::PptxExporter", "Key driver diagram")
                                : diagram.title();

        const Diagram whole = slideDiagram(diagram, nullptr);
        PlacedLayout first;
        if (!placeOnSlide(whole, options, !pptxKey(whole).empty(), first, error))
            return false;
        std::vector<QByteArray> slides;
        PptxSlide overview = slideFor(first, theme, whole, options, title);
        const bool branches = first.points < MinReadablePoints;
        if (branches)
            overview.caption =
                words
                    .translate("kdd::PptxExporter",
                               "Text here is %1 pt: each primary driver's branch follows on a "
                               "slide of its own, in larger type.")
                    .arg(points(first.points));
        slides.push_back(pptxSlideXml(overview));
        for (const Node &primary : whole.nodes()) {
            if (!branches || !primary.isDriver() || primary.level != 1)
                continue;
            if (!addBranch(whole, primary, options, theme, slides, error))
                return false;
        }
        return writeZip(pptxPackage(title, theme, slides), output, error);
    }
};

} // namespace

std::unique_ptr<Exporter> makePptxExporter() { return std::make_unique<PptxExporter>(); }

} // namespace kdd
