// A slide's shapes as PresentationML (ECMA-376 part 1, §19.3 and DrawingML §20.1). Element
// order follows the schema strictly, as PowerPoint requires.
#include "pptxslide.h"

#include "pptxpackage.h"
#include "svgtarget.h"

#include "model/diagram.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <set>

namespace kdd {
namespace {

constexpr double EmuPerLayoutUnit = 9525; // 1/96 inch
constexpr double Margin = 0.3 * PptxEmuPerInch;
constexpr double TitleTop = 0.15 * PptxEmuPerInch;
constexpr double TitleHeight = 0.6 * PptxEmuPerInch;
constexpr double DiagramTop = 0.8 * PptxEmuPerInch;
constexpr double BottomMargin = 0.15 * PptxEmuPerInch;
constexpr double KeyHeight = 0.3 * PptxEmuPerInch;
constexpr double KeyGap = 0.08 * PptxEmuPerInch;
constexpr double CaptionWidth = 4.3 * PptxEmuPerInch;
constexpr int MaxNameLength = 250;
constexpr int SmallPrint = 1200; // the key and the caption, in hundredths of a point

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::PptxExporter)
};

// Text XML 1.0 can hold (as SVG writes it), without carriage returns: a line ends at '\n' here.
QString xmlSafe(const QString &text) { return SvgTarget::xmlSafe(text).remove(QLatin1Char('\r')); }

QString statusPrefix(const DiagramLayout::Box &box)
{
    if (box.kind != NodeKind::Change)
        return {};
    if (box.status == ChangeStatus::Adopted)
        return Text::tr("Adopted: ");
    if (box.status == ChangeStatus::Abandoned)
        return Text::tr("Abandoned: ");
    return {};
}

struct EmuRect
{
    qint64 x = 0, y = 0, w = 0, h = 0;
};

struct TextStyle
{
    int size = 1200; // hundredths of a point
    bool bold = false;
    bool strike = false;
    QColor colour = Qt::black;
    const char *align = "ctr";  // l, ctr, r
    const char *anchor = "ctr"; // t, ctr, b
    bool wrap = true;
    qint64 insetX = 0;
    qint64 insetY = 0;
};

// Writes the shape tree of one slide; ids are handed out in the order shapes are created.
class SlideWriter
{
public:
    SlideWriter(const PptxSlide &slide, QByteArray *out) : m_slide(slide), m_xml(out) {}

    void write()
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeStartElement(QStringLiteral("p:sld"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:a"),
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:r"),
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:p"),
            QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main"));
        m_xml.writeStartElement(QStringLiteral("p:cSld"));
        m_xml.writeStartElement(QStringLiteral("p:spTree"));
        m_xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
        nonVisual(1, QString());
        m_xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:grpSpPr"));
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        for (const char *name : {"a:off", "a:ext", "a:chOff", "a:chExt"}) {
            const bool size = name[2] == 'e' || name[4] == 'E';
            m_xml.writeEmptyElement(QLatin1String(name));
            m_xml.writeAttribute(QLatin1String(size ? "cx" : "x"), QStringLiteral("0"));
            m_xml.writeAttribute(QLatin1String(size ? "cy" : "y"), QStringLiteral("0"));
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();

        writeShapes();

        m_xml.writeEndElement(); // spTree
        m_xml.writeEndElement(); // cSld
        m_xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
        m_xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // sld
        m_xml.writeEndDocument();
    }

private:
    qint64 x(qreal u) const
    {
        return std::llround(m_slide.origin.x() + (u - m_slide.source.left()) * m_slide.emuPerUnit);
    }
    qint64 y(qreal u) const
    {
        return std::llround(m_slide.origin.y() + (u - m_slide.source.top()) * m_slide.emuPerUnit);
    }
    qint64 length(qreal u) const { return std::llround(u * m_slide.emuPerUnit); }
    EmuRect rect(const QRectF &r) const
    {
        return {x(r.left()), y(r.top()), length(r.width()), length(r.height())};
    }
    int fontSize(qreal pixelSize) const
    {
        return std::max(100, int(std::floor(pptxPoints(pixelSize, m_slide.emuPerUnit) * 100)));
    }

    void writeShapes()
    {
        const DiagramLayout &layout = *m_slide.layout;
        // Ids first, so that connectors (drawn under the boxes) can name the boxes they join.
        const int titleId = m_nextId++;
        QHash<NodeId, int> boxIds;
        for (const DiagramLayout::Box &box : layout.boxes)
            boxIds.insert(box.id, m_nextId++);
        for (const DiagramLayout::Edge &edge : layout.edges)
            connector(edge, boxIds);
        for (const DiagramLayout::Card &card : layout.cards)
            cardOutline(card);
        for (const DiagramLayout::Box &box : layout.boxes)
            boxShape(box, boxIds.value(box.id));
        for (const DiagramLayout::Header &header : layout.headers)
            headerShape(header);
        titleShape(titleId);
        if (!m_slide.caption.isEmpty())
            captionShape();
        keyShapes();
    }

    void nonVisual(int id, const QString &name)
    {
        m_xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(id));
        // A name is one line in PowerPoint's selection pane; long ones are cut short there.
        QString line = xmlSafe(name).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (line.size() > MaxNameLength)
            line = line.left(line.at(MaxNameLength - 2).isHighSurrogate() ? MaxNameLength - 2
                                                                          : MaxNameLength - 1)
                 + QChar(0x2026);
        m_xml.writeAttribute(QStringLiteral("name"), line);
    }

    void beginShape(int id, const QString &name, bool textBox)
    {
        m_xml.writeStartElement(QStringLiteral("p:sp"));
        m_xml.writeStartElement(QStringLiteral("p:nvSpPr"));
        nonVisual(id, name);
        m_xml.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
        if (textBox)
            m_xml.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();
    }

    void colour(const QColor &c)
    {
        m_xml.writeStartElement(QStringLiteral("a:solidFill"));
        m_xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        m_xml.writeAttribute(QStringLiteral("val"), pptxColour(c));
        m_xml.writeEndElement();
    }

    void fill(const QColor &c)
    {
        if (c.alpha() == 0)
            m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
        else
            colour(c);
    }

    // An outline; a null stroke (width 0) is none. `doubled` draws a double line (the global
    // aim's double outline), `arrow` an arrowhead at the end of a connector.
    void line(const Stroke *stroke, bool doubled = false, bool arrow = false)
    {
        m_xml.writeStartElement(QStringLiteral("a:ln"));
        if (!stroke || stroke->width <= 0 || stroke->color.alpha() == 0) {
            m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
            m_xml.writeEndElement();
            return;
        }
        const qreal width = doubled ? stroke->width * 3 : stroke->width;
        m_xml.writeAttribute(QStringLiteral("w"),
                             QString::number(std::max<qint64>(3175, length(width))));
        if (doubled)
            m_xml.writeAttribute(QStringLiteral("cmpd"), QStringLiteral("dbl"));
        colour(stroke->color);
        if (stroke->dashed) {
            m_xml.writeEmptyElement(QStringLiteral("a:prstDash"));
            m_xml.writeAttribute(QStringLiteral("val"), QStringLiteral("dash"));
        }
        if (arrow) {
            m_xml.writeEmptyElement(QStringLiteral("a:tailEnd"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("triangle"));
        }
        m_xml.writeEndElement();
    }

    void transform(const EmuRect &r, bool flipH = false, bool flipV = false)
    {
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        if (flipH)
            m_xml.writeAttribute(QStringLiteral("flipH"), QStringLiteral("1"));
        if (flipV)
            m_xml.writeAttribute(QStringLiteral("flipV"), QStringLiteral("1"));
        m_xml.writeEmptyElement(QStringLiteral("a:off"));
        m_xml.writeAttribute(QStringLiteral("x"), QString::number(r.x));
        m_xml.writeAttribute(QStringLiteral("y"), QString::number(r.y));
        m_xml.writeEmptyElement(QStringLiteral("a:ext"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(std::max<qint64>(0, r.w)));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(std::max<qint64>(0, r.h)));
        m_xml.writeEndElement();
    }

    // A preset geometry, with one adjust value when `adjust` is set (name, value).
    void geometry(const QString &preset, const QString &adjustName = QString(), int adjust = 0)
    {
        m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), preset);
        m_xml.writeStartElement(QStringLiteral("a:avLst"));
        if (!adjustName.isEmpty()) {
            m_xml.writeEmptyElement(QStringLiteral("a:gd"));
            m_xml.writeAttribute(QStringLiteral("name"), adjustName);
            m_xml.writeAttribute(QStringLiteral("fmla"), QStringLiteral("val %1").arg(adjust));
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void runProperties(const char *element, const TextStyle &style)
    {
        m_xml.writeStartElement(QLatin1String(element));
        m_xml.writeAttribute(QStringLiteral("sz"), QString::number(style.size));
        if (style.bold)
            m_xml.writeAttribute(QStringLiteral("b"), QStringLiteral("1"));
        if (style.strike)
            m_xml.writeAttribute(QStringLiteral("strike"), QStringLiteral("sngStrike"));
        colour(style.colour);
        for (const char *script : {"a:latin", "a:ea", "a:cs"}) {
            m_xml.writeEmptyElement(QLatin1String(script));
            m_xml.writeAttribute(QStringLiteral("typeface"), pptxTypeface());
        }
        m_xml.writeEndElement();
    }

    // The text of a shape: one paragraph per line of `text` (the user's own line breaks); the
    // shape wraps the rest, so edited text re-flows.
    void textBody(const QString &text, const TextStyle &style)
    {
        m_xml.writeStartElement(QStringLiteral("p:txBody"));
        m_xml.writeStartElement(QStringLiteral("a:bodyPr"));
        m_xml.writeAttribute(QStringLiteral("wrap"), QLatin1String(style.wrap ? "square" : "none"));
        m_xml.writeAttribute(QStringLiteral("lIns"), QString::number(style.insetX));
        m_xml.writeAttribute(QStringLiteral("tIns"), QString::number(style.insetY));
        m_xml.writeAttribute(QStringLiteral("rIns"), QString::number(style.insetX));
        m_xml.writeAttribute(QStringLiteral("bIns"), QString::number(style.insetY));
        m_xml.writeAttribute(QStringLiteral("rtlCol"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("anchor"), QLatin1String(style.anchor));
        m_xml.writeEmptyElement(QStringLiteral("a:noAutofit"));
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
        const QStringList lines = xmlSafe(text).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            m_xml.writeStartElement(QStringLiteral("a:p"));
            m_xml.writeEmptyElement(QStringLiteral("a:pPr"));
            m_xml.writeAttribute(QStringLiteral("algn"), QLatin1String(style.align));
            if (line.isRightToLeft())
                m_xml.writeAttribute(QStringLiteral("rtl"), QStringLiteral("1"));
            if (!line.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("a:r"));
                runProperties("a:rPr", style);
                m_xml.writeTextElement(QStringLiteral("a:t"), line);
                m_xml.writeEndElement();
            }
            runProperties("a:endParaRPr", style);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void boxShape(const DiagramLayout::Box &box, int id)
    {
        const Theme &theme = m_slide.theme;
        const BoxStyle &style = theme.boxStyle(box.column, box.status);
        const QString text = statusPrefix(box) + box.fullText;
        beginShape(id, text, false);
        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(rect(box.rect));
        // roundRect's corner radius is adj/100000 of the shorter side.
        const qreal shorter = std::max<qreal>(1, std::min(box.rect.width(), box.rect.height()));
        const int adjust =
            box.inCard ? 0
                       : int(std::lround(std::min<qreal>(0.5, theme.boxRadius / shorter) * 100000));
        geometry(QStringLiteral("roundRect"), QStringLiteral("adj"), adjust);
        fill(style.fill);
        line(&style.border, box.kind == NodeKind::Aim && box.role == AimRole::Global);
        m_xml.writeEndElement();
        TextStyle ts;
        ts.size = fontSize(box.text.font.pixelSize() > 0 ? box.text.font.pixelSize() : 13);
        ts.bold = box.text.font.bold();
        ts.strike = box.kind == NodeKind::Change && box.status == ChangeStatus::Abandoned;
        ts.colour = theme.text;
        // Small insets: the box was sized for our wrapping with room for padding, so a viewer
        // whose text runs a little wider still wraps it into as many lines.
        ts.insetX = length(1.5);
        textBody(text, ts);
        m_xml.writeEndElement();
    }

    void cardOutline(const DiagramLayout::Card &card)
    {
        beginShape(m_nextId++, Text::tr("Card"), false);
        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(rect(card.rect.adjusted(-1.5, -1.5, 1.5, 1.5)));
        geometry(QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
        Stroke border = m_slide.theme.columns[4].border;
        border.width *= 1.5;
        line(&border);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    // A text box: no fill, no outline.
    void textShape(int id, const QString &name, const EmuRect &r, const QString &text,
                   const TextStyle &style)
    {
        beginShape(id, name, true);
        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(r);
        geometry(QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
        m_xml.writeEndElement();
        textBody(text, style);
        m_xml.writeEndElement();
    }

    void headerShape(const DiagramLayout::Header &header)
    {
        TextStyle ts;
        ts.size = fontSize(header.text.font.pixelSize() > 0 ? header.text.font.pixelSize() : 14);
        ts.bold = header.text.font.bold();
        ts.colour = m_slide.theme.headerText;
        ts.anchor = "b";
        const QString text = header.text.plainText();
        EmuRect r = rect(header.rect);
        // Room to spare: a viewer whose font runs wider wraps instead of spilling upwards.
        r.x -= length(6);
        r.w += length(12);
        textShape(m_nextId++, text, r, text, ts);
    }

    void titleShape(int id)
    {
        const QString &title = m_slide.title;
        TextStyle ts;
        ts.size = title.size() > 120 ? 1600 : title.size() > 60 ? 2000 : 2400;
        ts.bold = true;
        ts.colour = m_slide.theme.text;
        ts.align = "l";
        const qint64 width = std::llround(PptxSlideWidth - 2 * Margin
                                          - (m_slide.caption.isEmpty() ? 0 : CaptionWidth));
        textShape(id, Text::tr("Title"),
                  {qint64(Margin), qint64(TitleTop), width, qint64(TitleHeight)}, title, ts);
    }

    void captionShape()
    {
        TextStyle ts;
        ts.size = SmallPrint;
        ts.colour = m_slide.theme.detailText;
        ts.align = "r";
        textShape(m_nextId++, Text::tr("Note"),
                  {qint64(PptxSlideWidth - Margin - CaptionWidth), qint64(TitleTop),
                   qint64(CaptionWidth), qint64(TitleHeight)},
                  m_slide.caption, ts);
    }

    void keyShapes()
    {
        if (m_slide.key.empty())
            return;
        QFont font(pptxTypeface());
        font.setPixelSize(16); // 12 pt
        const QFontMetricsF metrics(font);
        const auto textWidth = [&](const QString &text) {
            return qint64(std::ceil(metrics.horizontalAdvance(text) * 1.15 * EmuPerLayoutUnit))
                 + qint64(0.1 * PptxEmuPerInch);
        };
        const qint64 top = std::llround(PptxSlideHeight - BottomMargin - KeyHeight);
        const qint64 height = std::llround(KeyHeight);
        TextStyle ts;
        ts.size = SmallPrint;
        ts.colour = m_slide.theme.text;
        ts.align = "l";
        ts.wrap = false;
        qint64 left = qint64(Margin);
        const QString heading = Text::tr("Key");
        ts.bold = true;
        textShape(m_nextId++, heading, {left, top, textWidth(heading), height}, heading, ts);
        ts.bold = false;
        left += textWidth(heading) + qint64(0.1 * PptxEmuPerInch);
        const qint64 symbolWidth = qint64(0.4 * PptxEmuPerInch);
        const qint64 symbolHeight = qint64(0.2 * PptxEmuPerInch);
        for (const PptxKeyItem &item : m_slide.key) {
            const EmuRect symbol{left, top + (height - symbolHeight) / 2, symbolWidth,
                                 symbolHeight};
            beginShape(m_nextId++, Text::tr("Key: %1").arg(item.label), false);
            m_xml.writeStartElement(QStringLiteral("p:spPr"));
            if (item.symbol == PptxKeyItem::Symbol::Status) {
                const BoxStyle &style = m_slide.theme.boxStyle(ChangeColumn, item.status);
                transform(symbol);
                geometry(QStringLiteral("rect"));
                fill(style.fill);
                line(&style.border);
            } else {
                Stroke stroke = m_slide.theme.link;
                stroke.dashed = item.symbol == PptxKeyItem::Symbol::WeakLink;
                transform({symbol.x, symbol.y + symbolHeight / 2, symbol.w, 0});
                geometry(QStringLiteral("line"));
                line(&stroke, false, m_slide.theme.arrowheads);
            }
            m_xml.writeEndElement();
            m_xml.writeEndElement();
            left += symbolWidth + qint64(0.08 * PptxEmuPerInch);
            textShape(m_nextId++, item.label, {left, top, textWidth(item.label), height},
                      item.label, ts);
            left += textWidth(item.label) + qint64(0.2 * PptxEmuPerInch);
        }
    }

    // Where the vertical part of a bracket runs: the x of the first vertical segment of the
    // route our layout drew, as a fraction (×100000) of the way from start to end.
    int bracketAdjust(const DiagramLayout::Edge &edge, qreal startX, qreal endX) const
    {
        const std::vector<QPointF> &p = edge.points;
        for (std::size_t i = 0; i + 3 < p.size(); i += 3) {
            if (std::abs(p[i].x() - p[i + 3].x()) < 0.5 && std::abs(p[i].y() - p[i + 3].y()) > 0.5
                && endX - startX > 1)
                return int(std::lround(std::clamp((p[i].x() - startX) / (endX - startX), 0.0, 1.0)
                                       * 100000));
        }
        return 50000;
    }

    void connector(const DiagramLayout::Edge &edge, const QHash<NodeId, int> &ids)
    {
        const DiagramLayout::Box *from = m_slide.layout->box(edge.from);
        const DiagramLayout::Box *to = m_slide.layout->box(edge.to);
        if (!from || !to)
            return;
        // Links between columns leave the parent's right side and enter the child's left
        // side; the one link inside a column (global aim to SMART aim) goes bottom to top.
        const bool sameColumn = from->column == to->column;
        const QPointF start = sameColumn ? QPointF(from->rect.center().x(), from->rect.bottom())
                                         : QPointF(from->rect.right(), from->rect.center().y());
        const QPointF end = sameColumn ? QPointF(to->rect.center().x(), to->rect.top())
                                       : QPointF(to->rect.left(), to->rect.center().y());
        const qint64 sx = x(start.x()), sy = y(start.y()), ex = x(end.x()), ey = y(end.y());
        const EmuRect bounds{std::min(sx, ex), std::min(sy, ey), std::abs(ex - sx),
                             std::abs(ey - sy)};

        m_xml.writeStartElement(QStringLiteral("p:cxnSp"));
        m_xml.writeStartElement(QStringLiteral("p:nvCxnSpPr"));
        nonVisual(m_nextId++, Text::tr("Link %1 to %2").arg(edge.from, edge.to));
        m_xml.writeStartElement(QStringLiteral("p:cNvCxnSpPr"));
        m_xml.writeEmptyElement(QStringLiteral("a:stCxn"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(ids.value(edge.from)));
        m_xml.writeAttribute(QStringLiteral("idx"), QLatin1String(sameColumn ? "2" : "3"));
        m_xml.writeEmptyElement(QStringLiteral("a:endCxn"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(ids.value(edge.to)));
        m_xml.writeAttribute(QStringLiteral("idx"), QLatin1String(sameColumn ? "0" : "1"));
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();

        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(bounds, ex < sx, ey < sy);
        // Curves become straight connectors: Impress re-routes glued curved connectors into
        // loops around the boxes, and a straight line is what a spline between columns is near.
        if (sameColumn || m_slide.links != LayoutSettings::Links::Brackets)
            geometry(QStringLiteral("straightConnector1"));
        else
            geometry(QStringLiteral("bentConnector3"), QStringLiteral("adj1"),
                     bracketAdjust(edge, start.x(), end.x()));
        Stroke stroke = m_slide.theme.link;
        stroke.dashed = edge.strength == LinkStrength::Weak;
        line(&stroke, false, m_slide.theme.arrowheads);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    const PptxSlide &m_slide;
    QXmlStreamWriter m_xml;
    int m_nextId = 2;
};

} // namespace

std::vector<PptxKeyItem> pptxKey(const Diagram &diagram)
{
    std::set<ChangeStatus> statuses;
    for (const Node &n : diagram.nodes()) {
        if (n.isChange())
            statuses.insert(n.status);
    }
    std::vector<PptxKeyItem> key;
    using S = PptxKeyItem::Symbol;
    if (statuses.size() > 1 || (statuses.size() == 1 && *statuses.begin() != ChangeStatus::Idea)) {
        const std::pair<ChangeStatus, const char *> labels[] = {
            {ChangeStatus::Idea, "Not yet tested"},
            {ChangeStatus::Testing, "Testing"},
            {ChangeStatus::Adopted, "Adopted"},
            {ChangeStatus::Abandoned, "Abandoned"}};
        for (const auto &[status, label] : labels) {
            if (statuses.count(status))
                key.push_back({S::Status, status, Text::tr(label)});
        }
    }
    if (std::any_of(diagram.links().begin(), diagram.links().end(),
                    [](const Link &l) { return l.strength == LinkStrength::Weak; })) {
        key.push_back({S::StrongLink, ChangeStatus::Idea, Text::tr("Strong link")});
        key.push_back({S::WeakLink, ChangeStatus::Idea, Text::tr("Weak link")});
    }
    return key;
}

QRectF pptxDiagramArea(bool withKey)
{
    const double bottom = PptxSlideHeight - BottomMargin - (withKey ? KeyHeight + KeyGap : 0);
    return QRectF(QPointF(Margin, DiagramTop), QPointF(PptxSlideWidth - Margin, bottom));
}

QRectF pptxContentRect(const DiagramLayout &layout)
{
    QRectF content;
    for (const DiagramLayout::Box &box : layout.boxes)
        content = content.united(box.rect);
    for (const DiagramLayout::Header &header : layout.headers)
        content = content.united(header.rect);
    for (const DiagramLayout::Card &card : layout.cards)
        content = content.united(card.rect);
    return content.isNull() ? content : content.adjusted(-3, -3, 3, 3);
}

double pptxPoints(double pixelSize, double emuPerUnit)
{
    return pixelSize * 0.75 * emuPerUnit / EmuPerLayoutUnit;
}

QByteArray pptxSlideXml(const PptxSlide &slide)
{
    QByteArray out;
    SlideWriter(slide, &out).write();
    return out;
}

} // namespace kdd
