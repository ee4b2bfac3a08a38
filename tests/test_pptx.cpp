// The editable PowerPoint deck (render/pptxexporter.cpp), read back by unzipping it and parsing
// its XML: shapes, texts, connector glue, sizes of type, and the package's parts.
#include "catchqt.h"
#include "testsupport.h"

#include "render/exporter.h"
#include "render/ziparchive.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRect>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace kdd;
using namespace kddtest;

namespace {

// One shape or connector of a slide, as read back.
struct Shape
{
    bool connector = false;
    int id = 0;
    QString name;
    QString geometry; // prstGeom's preset
    QString text;     // paragraphs joined by '\n'
    std::vector<int> sizes;
    int startId = 0, startSite = -1, endId = 0, endSite = -1;
    bool flipV = false, flipH = false, dashed = false;
    qint64 x = 0, y = 0, cx = 0, cy = 0;
};

std::vector<Shape> readSlide(const QByteArray &xml)
{
    std::vector<Shape> shapes;
    QXmlStreamReader reader(xml);
    bool inShape = false, haveTransform = false;
    int paragraphs = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.qualifiedName().toString();
        if (reader.isEndElement()
            && (name == QLatin1String("p:sp") || name == QLatin1String("p:cxnSp")))
            inShape = false;
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (name == QLatin1String("p:sp") || name == QLatin1String("p:cxnSp")) {
            shapes.emplace_back();
            shapes.back().connector = name == QLatin1String("p:cxnSp");
            inShape = true;
            haveTransform = false;
            paragraphs = 0;
            continue;
        }
        if (!inShape)
            continue;
        Shape &s = shapes.back();
        if (name == QLatin1String("p:cNvPr")) {
            s.id = a.value(QLatin1String("id")).toInt();
            s.name = a.value(QLatin1String("name")).toString();
        } else if (name == QLatin1String("a:prstGeom")) {
            s.geometry = a.value(QLatin1String("prst")).toString();
        } else if (name == QLatin1String("a:stCxn")) {
            s.startId = a.value(QLatin1String("id")).toInt();
            s.startSite = a.value(QLatin1String("idx")).toInt();
        } else if (name == QLatin1String("a:endCxn")) {
            s.endId = a.value(QLatin1String("id")).toInt();
            s.endSite = a.value(QLatin1String("idx")).toInt();
        } else if (name == QLatin1String("a:xfrm") && !haveTransform) {
            s.flipV = a.value(QLatin1String("flipV")) == QLatin1String("1");
            s.flipH = a.value(QLatin1String("flipH")) == QLatin1String("1");
        } else if (name == QLatin1String("a:off") && !haveTransform) {
            s.x = a.value(QLatin1String("x")).toLongLong();
            s.y = a.value(QLatin1String("y")).toLongLong();
        } else if (name == QLatin1String("a:ext") && !haveTransform) {
            s.cx = a.value(QLatin1String("cx")).toLongLong();
            s.cy = a.value(QLatin1String("cy")).toLongLong();
            haveTransform = true;
        } else if (name == QLatin1String("a:prstDash")) {
            s.dashed = true;
        } else if (name == QLatin1String("a:p")) {
            if (paragraphs++ > 0)
                s.text += QLatin1Char('\n');
        } else if (name == QLatin1String("a:t")) {
            s.text += reader.readElementText();
        } else if (name == QLatin1String("a:rPr") || name == QLatin1String("a:endParaRPr")) {
            s.sizes.push_back(a.value(QLatin1String("sz")).toInt());
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return shapes;
}

struct Deck
{
    std::map<QString, QByteArray> files;
    std::vector<std::vector<Shape>> slides;
};

Deck exportDeck(const Diagram &diagram, const ExportOptions &options = {})
{
    const Exporter *exporter = findExporter(ExportFormat::Pptx);
    REQUIRE(exporter);
    QByteArray bytes;
    QString error;
    REQUIRE(exporter->write(diagram, options, bytes, &error));
    Deck deck;
    REQUIRE(readZip(bytes, deck.files, &error));
    for (int i = 1; deck.files.count(QStringLiteral("ppt/slides/slide%1.xml").arg(i)); ++i)
        deck.slides.push_back(
            readSlide(deck.files[QStringLiteral("ppt/slides/slide%1.xml").arg(i)]));
    return deck;
}

Diagram example(const char *name)
{
    const LoadResult loaded =
        loadDiagram(sourcePath(QStringLiteral("examples/") + QLatin1String(name)));
    REQUIRE(loaded.ok());
    return *loaded.diagram;
}

// The text a box shows: the status prefix of an adopted or abandoned idea, then its own text.
QString boxText(const Node &n)
{
    if (n.isChange() && n.status == ChangeStatus::Adopted)
        return QStringLiteral("Adopted: ") + n.text;
    if (n.isChange() && n.status == ChangeStatus::Abandoned)
        return QStringLiteral("Abandoned: ") + n.text;
    return n.text;
}

std::vector<const Shape *> ofGeometry(const std::vector<Shape> &slide, const char *geometry)
{
    std::vector<const Shape *> found;
    for (const Shape &s : slide) {
        if (s.geometry == QLatin1String(geometry))
            found.push_back(&s);
    }
    return found;
}

const Shape *byId(const std::vector<Shape> &slide, int id)
{
    for (const Shape &s : slide) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

// Checks that slide `index` holds one rounded rectangle per node of `diagram`, named and filled
// with its text, and one connector per link glued to the right boxes at the right sites.
void checkSlideShowsDiagram(const std::vector<Shape> &slide, const Diagram &diagram)
{
    const std::vector<const Shape *> boxes = ofGeometry(slide, "roundRect");
    REQUIRE(boxes.size() == diagram.nodes().size());
    QHash<QString, const Shape *> byText;
    for (const Shape *s : boxes)
        byText.insert(s->text, s);
    for (const Node &n : diagram.nodes()) {
        INFO(n.id.toStdString());
        REQUIRE(byText.contains(boxText(n)));
        // The name is the text, cut short past 250 characters.
        const QString name = byText.value(boxText(n))->name;
        if (boxText(n).size() <= 250)
            CHECK(name == boxText(n));
        else
            CHECK(name == boxText(n).left(249) + QChar(0x2026));
    }
    std::vector<const Shape *> connectors;
    for (const Shape &s : slide) {
        if (s.connector)
            connectors.push_back(&s);
    }
    REQUIRE(connectors.size() == diagram.links().size());
    std::set<std::pair<QString, QString>> glued;
    for (const Shape *c : connectors) {
        const Shape *from = byId(slide, c->startId);
        const Shape *to = byId(slide, c->endId);
        REQUIRE(from);
        REQUIRE(to);
        CHECK(from->geometry == QLatin1String("roundRect"));
        CHECK(to->geometry == QLatin1String("roundRect"));
        glued.insert({from->text, to->text});
        // The connector's ends lie on the sites it is glued to (to the EMU, give or take
        // rounding): the middle of the parent's right side and of the child's left side.
        const qint64 startX = c->flipH ? c->x + c->cx : c->x;
        const qint64 startY = c->flipV ? c->y + c->cy : c->y;
        const qint64 endX = c->flipH ? c->x : c->x + c->cx;
        const qint64 endY = c->flipV ? c->y : c->y + c->cy;
        const bool vertical = from->x == to->x; // global aim to SMART aim, in one column
        if (vertical) {
            CHECK(c->startSite == 2);
            CHECK(c->endSite == 0);
            CHECK(std::abs(startY - (from->y + from->cy)) <= 2);
            CHECK(std::abs(endY - to->y) <= 2);
        } else {
            CHECK(c->startSite == 3);
            CHECK(c->endSite == 1);
            CHECK(std::abs(startX - (from->x + from->cx)) <= 2);
            CHECK(std::abs(startY - (from->y + from->cy / 2)) <= 2);
            CHECK(std::abs(endX - to->x) <= 2);
            CHECK(std::abs(endY - (to->y + to->cy / 2)) <= 2);
        }
    }
    std::set<std::pair<QString, QString>> expected;
    int weak = 0;
    for (const Link &l : diagram.links()) {
        expected.insert({boxText(*diagram.node(l.from)), boxText(*diagram.node(l.to))});
        weak += l.strength == LinkStrength::Weak ? 1 : 0;
    }
    CHECK(glued == expected);
    const auto dashed = std::count_if(connectors.begin(), connectors.end(),
                                      [](const Shape *c) { return c->dashed; });
    CHECK(dashed == weak);
}

// Boxes lie on the slide, apart from each other, below the title and the caption and above
// the key.
void checkNothingOverlaps(const std::vector<Shape> &slide)
{
    const auto rect = [](const Shape *s) { return QRect(s->x, s->y, s->cx, s->cy); };
    const std::vector<const Shape *> boxes = ofGeometry(slide, "roundRect");
    const QRect page(0, 0, 12192000, 6858000);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        INFO(boxes[i]->text.toStdString());
        CHECK(page.contains(rect(boxes[i])));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            CHECK_FALSE(rect(boxes[i]).intersects(rect(boxes[j])));
        for (const Shape &other : slide) {
            const bool titleOrNote =
                other.name == QLatin1String("Title") || other.name == QLatin1String("Note");
            if (titleOrNote || other.name.startsWith(QLatin1String("Key")))
                CHECK_FALSE(rect(boxes[i]).intersects(rect(&other)));
        }
    }
}

int smallestType(const std::vector<Shape> &slide)
{
    int smallest = 1000000;
    for (const Shape &s : slide) {
        for (int size : s.sizes)
            smallest = std::min(smallest, size);
    }
    return smallest;
}

QString titleOf(const std::vector<Shape> &slide)
{
    for (const Shape &s : slide) {
        if (s.name == QLatin1String("Title"))
            return s.text;
    }
    return {};
}

} // namespace

TEST_CASE("the PowerPoint exporter is registered for .pptx", "[render][pptx]")
{
    const Exporter *exporter = findExporter(QStringLiteral("PPTX"));
    REQUIRE(exporter);
    CHECK(exporter->format() == ExportFormat::Pptx);
    CHECK(exporter->description() == QStringLiteral("PowerPoint slides (editable)"));
    CHECK(exportFormats().contains(QStringLiteral("pptx")));
}

TEST_CASE("a PPTX package is complete, 16:9 and well-formed", "[render][pptx]")
{
    const Deck deck = exportDeck(example("ed-visit.kdd"));
    const std::map<QString, QByteArray> &files = deck.files;
    for (const auto &[path, data] : files) {
        INFO(path.toStdString());
        QXmlStreamReader reader(data);
        while (!reader.atEnd())
            reader.readNext();
        CHECK_FALSE(reader.hasError());
    }
    const QString presentation =
        QString::fromUtf8(files.at(QStringLiteral("ppt/presentation.xml")));
    CHECK(presentation.contains(QStringLiteral("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>")));
    // Every part has a content type, and every relationship points at a part that is there.
    const QString types = QString::fromUtf8(files.at(QStringLiteral("[Content_Types].xml")));
    for (const auto &[path, data] : files) {
        if (path.endsWith(QLatin1String(".xml")) && path != QLatin1String("[Content_Types].xml"))
            CHECK(types.contains(QStringLiteral("PartName=\"/%1\"").arg(path)));
    }
    const QRegularExpression target(QStringLiteral("Target=\"([^\"]+)\""));
    for (const auto &[path, data] : files) {
        if (!path.endsWith(QLatin1String(".rels")))
            continue;
        // "ppt/slides/_rels/slide1.xml.rels" describes "ppt/slides/slide1.xml".
        const QString base = QFileInfo(path).path().chopped(QStringLiteral("_rels").size());
        auto it = target.globalMatch(QString::fromUtf8(data));
        while (it.hasNext()) {
            const QString resolved = QDir::cleanPath(base + it.next().captured(1));
            INFO(path.toStdString() + " -> " + resolved.toStdString());
            CHECK(files.count(resolved.startsWith(QLatin1Char('/')) ? resolved.mid(1) : resolved));
        }
    }
    const QString slideCount = QString::number(deck.slides.size());
    CHECK(QString::fromUtf8(files.at(QStringLiteral("docProps/app.xml")))
              .contains(QStringLiteral("<Slides>%1</Slides>").arg(slideCount)));
}

TEST_CASE("every box of a PPTX slide is a rounded rectangle with its text and every link a "
          "connector glued to its two boxes",
          "[render][pptx]")
{
    const Diagram diagram = example("ed-visit.kdd");
    const Deck deck = exportDeck(diagram);
    REQUIRE_FALSE(deck.slides.empty());
    checkSlideShowsDiagram(deck.slides.front(), diagram);
    CHECK(titleOf(deck.slides.front()) == diagram.title());
    // The column headers are text boxes.
    for (const char *header : {"Key drivers", "Interventions"}) {
        const bool found =
            std::any_of(deck.slides.front().begin(), deck.slides.front().end(),
                        [&](const Shape &s) { return s.text == QLatin1String(header); });
        CHECK(found);
    }

    SECTION("brackets are elbow connectors")
    {
        for (const Shape &s : deck.slides.front()) {
            if (s.connector && s.startSite == 3)
                CHECK(s.geometry == QLatin1String("bentConnector3"));
        }
    }
    SECTION("straight links and curves are straight connectors, still glued")
    {
        ExportOptions options;
        options.links = GENERATE(LayoutSettings::Links::Straight, LayoutSettings::Links::Curves);
        const Deck straight = exportDeck(diagram, options);
        checkSlideShowsDiagram(straight.slides.front(), diagram);
        for (const Shape &s : straight.slides.front()) {
            if (s.connector)
                CHECK(s.geometry == QLatin1String("straightConnector1"));
        }
    }
}

TEST_CASE("the bundled examples get a slide per primary driver's branch with type of 12 pt "
          "or more",
          "[render][pptx]")
{
    for (const QString &path : examplePaths()) {
        INFO(path.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        const Diagram &diagram = *loaded.diagram;
        const Deck deck = exportDeck(diagram);
        REQUIRE_FALSE(deck.slides.empty());
        checkSlideShowsDiagram(deck.slides.front(), diagram);
        // Each is too large for 12 pt on one slide.
        CHECK(smallestType(deck.slides.front()) < 1200);
        REQUIRE(deck.slides.size() > 1);
        QStringList titles;
        for (std::size_t i = 1; i < deck.slides.size(); ++i) {
            INFO("slide " << i + 1);
            CHECK(smallestType(deck.slides[i]) >= 1200);
            titles << titleOf(deck.slides[i]);
            // Every connector on a branch slide is glued to two boxes of that slide.
            for (const Shape &s : deck.slides[i]) {
                if (s.connector) {
                    CHECK(byId(deck.slides[i], s.startId));
                    CHECK(byId(deck.slides[i], s.endId));
                }
            }
        }
        for (const Node &n : diagram.nodes()) {
            if (n.isDriver() && n.level == 1)
                CHECK(titles.contains(n.text));
        }
        for (const std::vector<Shape> &slide : deck.slides)
            checkNothingOverlaps(slide);
    }
}

TEST_CASE("a small diagram fits on one PPTX slide at readable size", "[render][pptx]")
{
    Diagram diagram;
    diagram.setTitle(QStringLiteral("Small"));
    Node aim = makeNode(QStringLiteral("a"), NodeKind::Aim, QStringLiteral("Fewer falls"));
    aim.role = AimRole::Smart;
    diagram.insertNode(aim);
    diagram.insertNode(
        makeNode(QStringLiteral("p"), NodeKind::Driver, QStringLiteral("Safe floors")));
    Node idea = makeNode(QStringLiteral("c"), NodeKind::Change, QStringLiteral("Dry mopping"));
    idea.status = ChangeStatus::Testing;
    diagram.insertNode(idea);
    diagram.addLink({QStringLiteral("a"), QStringLiteral("p"), LinkStrength::Strong, {}});
    diagram.addLink({QStringLiteral("p"), QStringLiteral("c"), LinkStrength::Weak, {}});
    const Deck deck = exportDeck(diagram);
    REQUIRE(deck.slides.size() == 1);
    checkSlideShowsDiagram(deck.slides.front(), diagram);
    CHECK(smallestType(deck.slides.front()) >= 1200);

    SECTION("and an empty one gives a slide with its title only")
    {
        const Deck empty = exportDeck(Diagram());
        REQUIRE(empty.slides.size() == 1);
        CHECK(ofGeometry(empty.slides.front(), "roundRect").empty());
        CHECK(titleOf(empty.slides.front()) == QStringLiteral("Key driver diagram"));
    }
}

TEST_CASE("odd text survives a PPTX export escaped", "[render][pptx]")
{
    const QString specials = QStringLiteral("Fish & chips <b>\"quoted\"</b> 'single' > 3");
    const QString emoji =
        QStringLiteral("Ambulance \U0001F691 and nurse \U0001F469\U0001F3FD\u200D\u2695\uFE0F");
    const QString arabic = QStringLiteral("تحسين رعاية مرضى السكري في الأحياء الفقيرة");
    const QString lines = QStringLiteral("First line\nSecond line\n\nafter an empty one");
    const QString long_ = QStringLiteral("very long text ").repeated(150).trimmed();
    Diagram diagram;
    diagram.setTitle(specials);
    Node aim = makeNode(QStringLiteral("a"), NodeKind::Aim, specials);
    aim.role = AimRole::Smart;
    diagram.insertNode(aim);
    diagram.insertNode(makeNode(QStringLiteral("p"), NodeKind::Driver, emoji));
    diagram.insertNode(makeNode(QStringLiteral("s"), NodeKind::Driver, arabic, 2));
    diagram.insertNode(makeNode(QStringLiteral("c1"), NodeKind::Change, lines));
    diagram.insertNode(makeNode(QStringLiteral("c2"), NodeKind::Change, long_));
    // A control character XML cannot hold is dropped, not written.
    diagram.insertNode(
        makeNode(QStringLiteral("c3"), NodeKind::Change, QStringLiteral("bell\u0007 here")));
    diagram.addLink({QStringLiteral("a"), QStringLiteral("p"), LinkStrength::Strong, {}});
    diagram.addLink({QStringLiteral("p"), QStringLiteral("s"), LinkStrength::Strong, {}});
    for (const char *idea : {"c1", "c2", "c3"})
        diagram.addLink({QStringLiteral("s"), QLatin1String(idea), LinkStrength::Strong, {}});

    const Deck deck = exportDeck(diagram);
    const std::vector<Shape> &slide = deck.slides.front();
    QStringList texts;
    for (const Shape *s : ofGeometry(slide, "roundRect"))
        texts << s->text;
    for (const QString &text : {specials, emoji, arabic, lines, long_})
        CHECK(texts.contains(text));
    CHECK(texts.contains(QStringLiteral("bell here")));
    // Names are one line, and long ones are cut short.
    for (const Shape *s : ofGeometry(slide, "roundRect")) {
        CHECK(s->name.size() <= 250);
        CHECK_FALSE(s->name.contains(QLatin1Char('\n')));
        if (s->text == lines)
            CHECK(s->name == QStringLiteral("First line Second line  after an empty one"));
        if (s->text == long_)
            CHECK(s->name.startsWith(QStringLiteral("very long text very long text")));
    }
    CHECK(titleOf(slide) == specials);
    const QByteArray xml = deck.files.at(QStringLiteral("ppt/slides/slide1.xml"));
    CHECK(xml.contains("Fish &amp; chips &lt;b&gt;"));
    CHECK(xml.contains("rtl=\"1\""));
    CHECK(QString::fromUtf8(deck.files.at(QStringLiteral("docProps/core.xml")))
              .contains(QStringLiteral("<dc:title>Fish &amp; chips &lt;b&gt;")));
}
