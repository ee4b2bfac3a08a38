// Reading .kdd files: JSON syntax, then the format contract, collecting every problem with a
// location instead of stopping at the first.
#include "kddfile.h"

#include "charterformat.h"
#include "jsonobjectreader.h"
#include "jsonsource.h"
#include "measuredataformat.h"
#include "parkinglotformat.h"
#include "textlanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <set>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. JSON member names
// and words stay as the format spells them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::KddReader)
};

using namespace reading;

QString oneOf(const QStringList &words)
{
    return Text::tr("expected one of: %1").arg(words.join(QStringLiteral(", ")));
}

// The name of the column a box is in, for messages about links.
QString columnName(const Node &node) { return displayName(node.kind, node.level, NameCase::Lower); }

// Reads a parsed file into a Diagram. The JSON is consumed: unknown members are moved into the
// diagram and each list element is released once read, so the text's DOM and the diagram are
// never both held in full.
class DiagramReader
{
public:
    // `source` gives the lines of a file; without it (a revision's snapshot) every problem is
    // reported at `line`.
    DiagramReader(const JsonSource *source, int line, Reporter &reporter)
        : m_source(source), m_line(line), m_reporter(reporter)
    {
    }

    Diagram read(Json &root, SourceLines &lines);
    // The nodes, links and measures of a revision's snapshot, each possibly null.
    Diagram readParts(Json *nodes, Json *links, Json *measures, SourceLines &lines);

private:
    int lineOfMember(const char *key) const
    {
        return m_source ? m_source->lineOfMember(key) : m_line;
    }
    int lineOfElement(const char *key, std::size_t index) const
    {
        return m_source ? m_source->lineOfElement(key, index) : m_line;
    }
    bool readHeader(ObjectReader &top);
    void readMeta(Json *meta);
    void readRevisions(Json &revisions, int line);
    void readColumns(Json *columns);
    void readChecks(Json *checks);
    void readLayout(Json *layout);
    void readNodes(Json *nodes, SourceLines &lines);
    std::optional<Node> readNode(Json &value, std::size_t index);
    void readPractices(ObjectReader &reader, Node &node);
    template <typename Reject>
    void readPriority(ObjectReader &r, const Json &value, Node &node, Reject &reject);
    void readLinks(Json *links);
    void readMeasures(Json *measures, SourceLines &lines);
    Json *list(Json *value, const char *key);

    const JsonSource *m_source;
    int m_line;
    Reporter &m_reporter;
    Diagram m_diagram;
    QHash<QString, int> m_nodeLines; // first definition of every node id seen
    QSet<QString> m_rejectedNodes;   // ids of nodes that had errors, to avoid follow-on noise
};

bool DiagramReader::readHeader(ObjectReader &top)
{
    const int formatLine = lineOfMember("format");
    const Json *format = top.take("format");
    if (!format) {
        m_reporter.add(1, Text::tr("\"format\" is missing: this is not a KeyDriver diagram "
                                   "(expected \"format\": \"keydriver\")"));
        return false;
    }
    if (!format->is_string() || format->get_ref<const std::string &>() != "keydriver") {
        m_reporter.add(formatLine,
                       Text::tr("\"format\" is %1, expected \"keydriver\": this is not a "
                                "KeyDriver diagram")
                           .arg(format->is_string() ? quoted(q(format->get<std::string>()))
                                                    : typeName(*format)));
        return false;
    }
    const int versionLine = lineOfMember("version");
    const Json *taken = top.take("version");
    if (!taken) {
        m_reporter.add(1, Text::tr("\"version\" is missing (this KeyDriver reads version %1)")
                              .arg(CurrentFormatVersion));
        return false;
    }
    const Json number = plainNumber(*taken);
    const Json *version = &number;
    // 1.0 is accepted as 1: some JSON writers print every number with a fraction.
    const bool whole = version->is_number_integer() || version->is_number_unsigned()
                    || (version->is_number_float()
                        && version->get<double>() == std::floor(version->get<double>()));
    if (!whole) {
        m_reporter.add(versionLine,
                       Text::tr("\"version\" must be a whole number, not %1")
                           .arg(version->is_number() ? q(numberText(*taken)) : typeName(*version)));
        return false;
    }
    const double value = version->get<double>();
    if (value > CurrentFormatVersion) {
        m_reporter.add(versionLine,
                       Text::tr("the file is format version %1, newer than this KeyDriver "
                                "supports (version %2); update KeyDriver to open it")
                           .arg(q(numberText(*taken)))
                           .arg(CurrentFormatVersion));
        return false;
    }
    if (value < 1) {
        m_reporter.add(
            versionLine,
            Text::tr("\"version\" %1 is not a valid version").arg(q(numberText(*taken))));
        return false;
    }
    return true;
}

Diagram DiagramReader::read(Json &root, SourceLines &lines)
{
    if (!root.is_object()) {
        m_reporter.add(1,
                       Text::tr("the file must contain a JSON object, not %1").arg(typeName(root)));
        return {};
    }
    ObjectReader top(root, QStringLiteral("top level"), 1, m_reporter);
    if (!readHeader(top))
        return {};

    m_diagram.setTitle(top.text("title"));
    readMeta(top.object("meta"));
    readColumns(top.object("columns"));
    readChecks(top.object("checks"));
    readLayout(top.object("layout"));
    Json *nodes = list(top.take("nodes"), "nodes");
    Json *links = list(top.take("links"), "links");
    Json *measures = list(top.take("measures"), "measures");
    Json *lot = list(top.take("parkingLot"), "parkingLot");
    Diagram diagram = readParts(nodes, links, measures, lines);
    if (lot) {
        diagram.setParkingLot(readParkingLot(
            *lot, [this](std::size_t i) { return lineOfElement("parkingLot", i); }, m_reporter));
    }
    diagram.setExtras(top.extras());
    return diagram;
}

Diagram DiagramReader::readParts(Json *nodes, Json *links, Json *measures, SourceLines &lines)
{
    readNodes(nodes, lines);
    readLinks(links);
    readMeasures(measures, lines);
    return std::move(m_diagram);
}

// `value` if it is a list (or absent); otherwise reports it and returns null.
Json *DiagramReader::list(Json *v, const char *key)
{
    if (v && !v->is_array()) {
        m_reporter.add(
            lineOfMember(key),
            Text::tr("\"%1\" must be a list, not %2").arg(QLatin1String(key), typeName(*v)));
        return nullptr;
    }
    return v;
}

void DiagramReader::readMeta(Json *meta)
{
    if (!meta)
        return;
    ObjectReader r(*meta, QStringLiteral("meta"), lineOfMember("meta"), m_reporter);
    Metadata m;
    m.team = r.text("team");
    m.leaders = r.stringList("leaders").value_or(QStringList());
    m.revision = r.text("revision");
    m.revisionDate = r.text("revisionDate");
    m.population = r.text("population");
    m.equityStatement = r.text("equityStatement");
    m.language = r.text("language");
    if (!m.language.isEmpty() && !TextLanguage::isLanguageTag(m.language))
        r.error(Text::tr("\"language\" must be a language tag such as \"es\" or "
                         "\"fr-CA\", not %1")
                    .arg(quoted(m.language)));
    if (const auto words = r.stringList("practices")) {
        for (const QString &word : *words) {
            if (const auto practice = parsePractice(word))
                m.practices.push_back(*practice);
            else
                r.error(
                    Text::tr("unknown practice %1; %2").arg(quoted(word), oneOf(practiceWords())));
        }
    }
    if (Json *revisions = r.take("revisions"))
        readRevisions(*revisions, lineOfMember("meta"));
    if (Json *charter = r.object("charter"))
        m.charter = readCharter(*charter, lineOfMember("meta"), m_reporter);
    m.extras = r.extras();
    m_diagram.setMetadata(m);
}

void DiagramReader::readRevisions(Json &revisions, int line)
{
    if (!revisions.is_array()) {
        m_reporter.add(
            line, Text::tr("meta: \"revisions\" must be a list, not %1").arg(typeName(revisions)));
        return;
    }
    std::vector<Revision> list;
    for (std::size_t i = 0; i < revisions.size(); ++i) {
        Json &entry = revisions[i];
        const QString where = QStringLiteral("meta.revisions[%1]").arg(i);
        if (!entry.is_object()) {
            m_reporter.add(line, Text::tr("%1: each revision must be an object, not %2")
                                     .arg(where, typeName(entry)));
            continue;
        }
        ObjectReader r(entry, where, line, m_reporter);
        Revision revision;
        revision.date = r.text("date");
        revision.label = r.text("revision");
        revision.note = r.text("note");
        // The snapshot is read as a diagram of its own, with every check a file gets.
        Reporter snapshotReporter{QString()};
        DiagramReader snapshotReader(nullptr, line, snapshotReporter);
        SourceLines snapshotLines;
        Json *nodes = snapshotReader.list(r.take("nodes"), "nodes");
        Json *links = snapshotReader.list(r.take("links"), "links");
        Json *measures = snapshotReader.list(r.take("measures"), "measures");
        Diagram snapshot = snapshotReader.readParts(nodes, links, measures, snapshotLines);
        revision.extras = r.extras();
        if (snapshotReporter.hasProblems()) {
            for (const Problem &p : snapshotReporter.take())
                r.error(Text::tr("snapshot: ") + p.message);
            continue;
        }
        revision.snapshot = std::make_shared<const Diagram>(std::move(snapshot));
        list.push_back(std::move(revision));
    }
    m_diagram.setRevisions(std::move(list));
}

void DiagramReader::readColumns(Json *columns)
{
    if (!columns)
        return;
    ObjectReader r(*columns, QStringLiteral("columns"), lineOfMember("columns"), m_reporter);
    ColumnTitles c;
    c.aim = r.text("aim");
    c.level1 = r.text("1");
    c.level2 = r.text("2");
    c.level3 = r.text("3");
    c.change = r.text("change");
    c.extras = r.extras();
    m_diagram.setColumnTitles(c);
}

void DiagramReader::readChecks(Json *checks)
{
    if (!checks)
        return;
    const int line = lineOfMember("checks");
    ObjectReader r(*checks, QStringLiteral("checks"), line, m_reporter);
    CheckSettings s;
    if (Json *range = r.object("primaryDrivers")) {
        ObjectReader rr(*range, QStringLiteral("checks.primaryDrivers"), line, m_reporter);
        s.minPrimaryDrivers = rr.integer("min").value_or(s.minPrimaryDrivers);
        s.maxPrimaryDrivers = rr.integer("max").value_or(s.maxPrimaryDrivers);
        if (s.minPrimaryDrivers < 0 || s.maxPrimaryDrivers > 1000
            || s.minPrimaryDrivers > s.maxPrimaryDrivers) {
            rr.error(Text::tr("\"min\" and \"max\" must satisfy 0 ≤ min ≤ max ≤ 1000"));
        }
        if (!rr.extras().isEmpty())
            rr.error(Text::tr("only \"min\" and \"max\" are allowed"));
    }
    s.ignore = r.stringList("ignore").value_or(QStringList());
    s.extras = r.extras();
    m_diagram.setCheckSettings(s);
}

void DiagramReader::readLayout(Json *layout)
{
    if (!layout)
        return;
    ObjectReader r(*layout, QStringLiteral("layout"), lineOfMember("layout"), m_reporter);
    LayoutSettings s;
    if (const auto order = r.string("order")) {
        if (*order == QStringLiteral("tidy"))
            s.order = LayoutSettings::Order::Tidy;
        else if (*order != QStringLiteral("keep"))
            r.error(Text::tr("unknown order %1; expected one of: keep, tidy").arg(quoted(*order)));
    }
    if (const auto links = r.string("links")) {
        if (*links == QStringLiteral("curves"))
            s.links = LayoutSettings::Links::Curves;
        else if (*links == QStringLiteral("straight"))
            s.links = LayoutSettings::Links::Straight;
        else if (*links != QStringLiteral("brackets"))
            r.error(Text::tr("unknown link style %1; expected one of: brackets, curves, "
                             "straight")
                        .arg(quoted(*links)));
    }
    if (const auto ideas = r.string("ideas")) {
        if (*ideas == QStringLiteral("stacked"))
            s.ideas = LayoutSettings::Ideas::Stacked;
        else if (*ideas != QStringLiteral("separate"))
            r.error(Text::tr("unknown ideas style %1; expected one of: separate, stacked")
                        .arg(quoted(*ideas)));
    }
    if (const Json *taken = r.take("textSize")) {
        const Json size = plainNumber(*taken);
        if (!size.is_number()) {
            r.error(QStringLiteral("\"textSize\" must be a number of points, not %1")
                        .arg(typeName(size)));
        } else if (!LayoutSettings::isValidTextSize(size.get<double>())) {
            r.error(QStringLiteral("\"textSize\" %1 is not a text size KeyDriver draws; "
                                   "expected %2 to %3 points in steps of %4")
                        .arg(q(numberText(*taken)))
                        .arg(LayoutSettings::MinTextSize)
                        .arg(LayoutSettings::MaxTextSize)
                        .arg(LayoutSettings::TextSizeStep));
        } else {
            s.textSize = size.get<double>();
        }
    }
    s.extras = r.extras();
    m_diagram.setLayoutSettings(s);
}

void DiagramReader::readNodes(Json *nodes, SourceLines &lines)
{
    if (!nodes)
        return;
    for (std::size_t i = 0; i < nodes->size(); ++i) {
        // Moved out, so that its memory is released as soon as it has been read.
        Json value = std::move((*nodes)[i]);
        std::optional<Node> node = readNode(value, i);
        if (!node)
            continue;
        const int line = lineOfElement("nodes", i);
        if (const auto first = m_nodeLines.constFind(node->id); first != m_nodeLines.cend()) {
            m_reporter.add(line, Text::tr("nodes[%1]: duplicate node id %2 (already used "
                                          "at line %3); every id must be unique")
                                     .arg(i)
                                     .arg(quoted(node->id))
                                     .arg(first.value()));
            continue;
        }
        m_nodeLines.insert(node->id, line);
        lines.nodes.insert(node->id, line);
        m_diagram.insertNode(std::move(*node));
    }
}

std::optional<Node> DiagramReader::readNode(Json &value, std::size_t index)
{
    const int line = lineOfElement("nodes", index);
    const QString where = QStringLiteral("nodes[%1]").arg(index);
    if (!value.is_object()) {
        m_reporter.add(
            line, Text::tr("%1: each node must be an object, not %2").arg(where, typeName(value)));
        return std::nullopt;
    }
    ObjectReader r(value, where, line, m_reporter);
    Node node;
    const std::optional<QString> id = r.string("id");
    if (!id) {
        if (!value.contains("id"))
            r.error(Text::tr("\"id\" is missing; every node needs a unique id"));
        return std::nullopt;
    }
    if (id->isEmpty()) {
        r.error(Text::tr("\"id\" is empty; every node needs a unique id"));
        return std::nullopt;
    }
    node.id = *id;
    r.setWhere(QStringLiteral("%1 (id %2)").arg(where, quoted(node.id)));
    bool valid = true;
    const auto reject = [&](const QString &message) {
        r.error(message);
        valid = false;
    };

    const std::optional<QString> kind = r.string("kind");
    if (!kind) {
        if (!value.contains("kind"))
            reject(Text::tr("\"kind\" is missing; %1").arg(oneOf(nodeKindWords())));
        else
            valid = false;
    } else if (const auto k = parseNodeKind(*kind)) {
        node.kind = *k;
    } else {
        reject(Text::tr("unknown kind %1; %2").arg(quoted(*kind), oneOf(nodeKindWords())));
    }
    node.text = r.text("text");
    node.notes = r.text("notes");
    readPractices(r, node);

    if (valid && node.isAim()) {
        if (const auto role = r.string("role")) {
            if (const auto parsed = parseAimRole(*role))
                node.role = *parsed;
            else
                reject(
                    Text::tr("unknown aim role %1; %2").arg(quoted(*role), oneOf(aimRoleWords())));
        }
    } else if (valid && node.isDriver()) {
        if (const auto l = r.integer("level")) {
            if (*l < MinDriverLevel || *l > MaxDriverLevel)
                reject(Text::tr("driver level must be 1, 2 or 3, not %1")
                           .arg(q(numberText(value.at("level")))));
            else
                node.level = *l;
        } else if (value.contains("level")) {
            valid = false;
        }
    } else if (valid && node.isChange()) {
        if (const auto status = r.string("status")) {
            if (const auto parsed = parseChangeStatus(*status))
                node.status = *parsed;
            else
                reject(Text::tr("unknown status %1; %2")
                           .arg(quoted(*status), oneOf(changeStatusWords())));
        }
        if (const auto reliability = r.integer("reliability")) {
            if (*reliability < MinReliability || *reliability > MaxReliability)
                reject(Text::tr("reliability must be 1, 2 or 3, not %1")
                           .arg(q(numberText(value.at("reliability")))));
            else
                node.reliability = *reliability;
        }
        node.owner = r.text("owner");
        node.partners = r.stringList("partners").value_or(QStringList());
        readPriority(r, value, node, reject);
        if (!readPdsaCycles(r, node))
            valid = false;
    }
    node.extras = r.extras();
    if (!valid) {
        m_rejectedNodes.insert(node.id);
        return std::nullopt;
    }
    return node;
}

// Dot votes and the impact and effort of prioritising (an addition to the v1 contract).
template <typename Reject>
void DiagramReader::readPriority(ObjectReader &r, const Json &value, Node &node, Reject &reject)
{
    if (const auto votes = r.integer("votes")) {
        if (*votes < 0 || *votes > MaxVotes)
            reject(Text::tr("votes must be a whole number from 0 to %1, not %2")
                       .arg(MaxVotes)
                       .arg(q(numberText(value.at("votes")))));
        else
            node.votes = *votes;
    }
    const auto rating = [&](const char *key, Rating &into) {
        const std::optional<QString> word = r.string(key);
        if (!word)
            return;
        if (const auto parsed = parseRating(*word))
            into = *parsed;
        else
            reject(Text::tr("unknown %1 %2; %3")
                       .arg(QLatin1String(key), quoted(*word), oneOf(ratingWords())));
    };
    rating("impact", node.impact);
    rating("effort", node.effort);
}

void DiagramReader::readPractices(ObjectReader &r, Node &node)
{
    const std::optional<QStringList> words = r.stringList("practices");
    if (!words)
        return;
    for (const QString &word : *words) {
        if (const auto practice = parsePractice(word))
            node.practices.push_back(*practice);
        else
            r.error(Text::tr("unknown practice %1; %2").arg(quoted(word), oneOf(practiceWords())));
    }
}

void DiagramReader::readLinks(Json *links)
{
    if (!links)
        return;
    QHash<std::pair<QString, QString>, int> seen;
    for (std::size_t i = 0; i < links->size(); ++i) {
        Json value = std::move((*links)[i]);
        const int line = lineOfElement("links", i);
        const QString where = QStringLiteral("links[%1]").arg(i);
        if (!value.is_object()) {
            m_reporter.add(line, Text::tr("%1: each link must be an object with \"from\" "
                                          "and \"to\", not %2")
                                     .arg(where, typeName(value)));
            continue;
        }
        ObjectReader r(value, where, line, m_reporter);
        Link link;
        const std::optional<QString> from = r.string("from");
        const std::optional<QString> to = r.string("to");
        if (!from || !to) {
            if (!value.contains("from") || !value.contains("to"))
                r.error(Text::tr("a link needs both \"from\" and \"to\""));
            continue;
        }
        link.from = *from;
        link.to = *to;
        if (const auto strength = r.string("strength")) {
            if (const auto parsed = parseLinkStrength(*strength)) {
                link.strength = *parsed;
            } else {
                r.error(Text::tr("unknown strength %1; %2")
                            .arg(quoted(*strength), oneOf(linkStrengthWords())));
                continue;
            }
        }
        link.extras = r.extras();

        if (m_rejectedNodes.contains(link.from) || m_rejectedNodes.contains(link.to))
            continue; // the node's own error has been reported
        const Node *fromNode = m_diagram.node(link.from);
        const Node *toNode = m_diagram.node(link.to);
        if (!fromNode || !toNode) {
            r.error(Text::tr("link %1 → %2 refers to a missing node %3")
                        .arg(quoted(link.from), quoted(link.to),
                             quoted(fromNode ? link.to : link.from)));
            continue;
        }
        if (link.from == link.to) {
            r.error(Text::tr("node %1 is linked to itself").arg(quoted(link.from)));
            continue;
        }
        if (!Diagram::canLink(*fromNode, *toNode)) {
            r.error(Text::tr("link %1 (%2) → %3 (%4) points right-to-left or within one "
                             "column; links run from the aim toward the change ideas")
                        .arg(quoted(link.from), columnName(*fromNode), quoted(link.to),
                             columnName(*toNode)));
            continue;
        }
        const auto key = std::make_pair(link.from, link.to);
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            r.error(Text::tr("duplicate link %1 → %2 (already at line %3)")
                        .arg(quoted(link.from), quoted(link.to))
                        .arg(first.value()));
            continue;
        }
        seen.insert(key, line);
        m_diagram.addLink(link);
    }
}

void DiagramReader::readMeasures(Json *measures, SourceLines &lines)
{
    if (!measures)
        return;
    QHash<QString, int> seen;
    for (std::size_t i = 0; i < measures->size(); ++i) {
        Json value = std::move((*measures)[i]);
        const int line = lineOfElement("measures", i);
        const QString where = QStringLiteral("measures[%1]").arg(i);
        if (!value.is_object()) {
            m_reporter.add(
                line,
                Text::tr("%1: each measure must be an object, not %2").arg(where, typeName(value)));
            continue;
        }
        ObjectReader r(value, where, line, m_reporter);
        Measure m;
        const std::optional<QString> id = r.string("id");
        if (!id || id->isEmpty()) {
            if (!id && value.contains("id"))
                continue;
            r.error(Text::tr("\"id\" is missing or empty; every measure needs a unique id"));
            continue;
        }
        m.id = *id;
        r.setWhere(QStringLiteral("%1 (id %2)").arg(where, quoted(m.id)));
        bool valid = true;
        m.name = r.text("name");
        if (const auto type = r.string("type")) {
            if (const auto parsed = parseMeasureType(*type)) {
                m.type = *parsed;
            } else {
                r.error(Text::tr("unknown measure type %1; %2")
                            .arg(quoted(*type), oneOf(measureTypeWords())));
                valid = false;
            }
        } else {
            if (!value.contains("type"))
                r.error(Text::tr("\"type\" is missing; %1").arg(oneOf(measureTypeWords())));
            valid = false;
        }
        m.numerator = r.text("numerator");
        m.denominator = r.text("denominator");
        m.source = r.text("source");
        m.target = r.text("target");
        m.stratifyBy = r.stringList("stratifyBy").value_or(QStringList());
        m.nodes = r.stringList("nodes").value_or(QStringList());
        if (!readMeasureData(r, m))
            valid = false;
        m.extras = r.extras();
        for (const QString &nodeId : std::as_const(m.nodes)) {
            if (!m_diagram.contains(nodeId) && !m_rejectedNodes.contains(nodeId)) {
                r.error(Text::tr("attached to a missing node %1").arg(quoted(nodeId)));
                valid = false;
            }
        }
        if (m.nodes.removeDuplicates() > 0) {
            r.error(Text::tr("\"nodes\" lists the same node more than once"));
            valid = false;
        }
        if (const auto first = seen.constFind(m.id); first != seen.cend()) {
            r.error(Text::tr("duplicate measure id %1 (already used at line %2)")
                        .arg(quoted(m.id))
                        .arg(first.value()));
            continue;
        }
        seen.insert(m.id, line);
        if (!valid)
            continue;
        lines.measures.insert(m.id, line);
        m.nodes.erase(std::remove_if(m.nodes.begin(), m.nodes.end(),
                                     [&](const QString &n) { return !m_diagram.contains(n); }),
                      m.nodes.end());
        m_diagram.insertMeasure(std::move(m));
    }
}

// Recognises files that are not UTF-8 JSON before the parser produces a confusing message.
std::optional<QString> encodingProblem(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4))
        || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return Text::tr("the file is UTF-32 encoded; KeyDriver files are UTF-8");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Text::tr("the file is UTF-16 encoded; KeyDriver files are UTF-8");
    return std::nullopt;
}

} // namespace

QString LoadResult::errorText() const
{
    QStringList text;
    for (const Problem &p : problems)
        text << p.toString();
    return text.join(QLatin1Char('\n'));
}

namespace {

bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

} // namespace

QString fileTooLargeMessage()
{
    return Text::tr("the file is larger than %1 MiB; KeyDriver diagrams are far smaller, so "
                    "this is probably not one")
        .arg(MaxFileBytes / (1024 * 1024));
}

namespace {

// Takes `bytes` so that the text is freed once parsed: the DOM then turns into the diagram
// piece by piece, and the three are never all held at once.
LoadResult readText(QByteArray bytes, const QString &fileName)
{
    LoadResult result;
    Reporter reporter(fileName);
    if (isBlank(bytes)) {
        reporter.add(0, Text::tr("the file is empty"));
    } else if (bytes.size() > MaxFileBytes) {
        reporter.add(0, fileTooLargeMessage());
    } else if (const auto encoding = encodingProblem(bytes)) {
        reporter.add(1, *encoding, 1);
    } else {
        try {
            JsonSource source(std::move(bytes), {"nodes", "links", "measures", "parkingLot"});
            if (!source.parse()) {
                reporter.add(source.errorLine(), source.errorMessage(), source.errorColumn());
            } else {
                source.releaseText();
                DiagramReader reader(&source, 0, reporter);
                Diagram diagram = reader.read(source.root(), result.lines);
                if (!reporter.hasProblems())
                    result.diagram = std::move(diagram);
            }
        } catch (const std::exception &e) {
            // Defensive: the reader checks every type before use, but a library exception (or
            // running out of memory) must still become a message, never a crash.
            reporter.add(0, Text::tr("could not be read: %1").arg(libraryErrorText(e)));
        }
    }
    result.problems = reporter.take();
    if (!result.problems.empty()) {
        result.diagram.reset();
        result.lines = {};
    }
    return result;
}

} // namespace

LoadResult readDiagram(const QByteArray &bytes, const QString &fileName)
{
    return readText(bytes, fileName);
}

LoadResult loadDiagram(const QString &path)
{
    QByteArray bytes;
    if (const std::optional<QString> problem = readInputFile(path, bytes)) {
        LoadResult result;
        result.problems.push_back({path, 0, 0, *problem});
        return result;
    }
    return readText(std::move(bytes), path);
}

} // namespace kdd
