// Writing .kdd files in canonical form: fixed key order, defaults left out where the contract
// allows, unknown members appended after the known ones in the order they were read.
#include "kddfile.h"

#include "atomicfile.h"
#include "canonicaljson.h"
#include "charterformat.h"
#include "measuredataformat.h"
#include "parkinglotformat.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &text) { return text.toStdString(); }

Json list(const QStringList &items)
{
    Json array = Json::array();
    for (const QString &item : items)
        array.push_back(s(item));
    return array;
}

void putIfSet(Json &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = s(value);
}

// Whether `key` is among the first `count` members of `object` (the known ones).
bool isKnown(const Json &object, std::size_t count, const std::string &key)
{
    const auto &members = object.get_ref<const Json::object_t &>();
    return std::any_of(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(count),
                       [&](const auto &member) { return member.first == key; });
}

// Unknown members go last; a member the program now writes itself is never overwritten. Only
// the few known members are searched, and the rest appended without ordered_map's linear
// search, so many unknown members cost linear time.
void appendExtras(Json &object, const Extras &extras)
{
    const Json *unknown = extras.members();
    if (!unknown)
        return;
    const std::size_t known = object.size();
    auto &members = static_cast<std::vector<std::pair<const std::string, Json>> &>(
        object.get_ref<Json::object_t &>());
    members.reserve(known + unknown->size());
    for (auto it = unknown->begin(); it != unknown->end(); ++it) {
        if (!isKnown(object, known, it.key()))
            members.emplace_back(it.key(), it.value());
    }
}

Json nodeJson(const Node &n);
Json linkJson(const Link &l);
Json measureJson(const Measure &m);

Json revisionsJson(const std::vector<Revision> &revisions)
{
    Json list = Json::array();
    for (const Revision &r : revisions) {
        Json o = Json::object();
        o["date"] = s(r.date);
        putIfSet(o, "revision", r.label);
        o["note"] = s(r.note);
        Json nodes = Json::array();
        Json links = Json::array();
        Json measures = Json::array();
        if (r.snapshot) {
            for (const Node &n : r.snapshot->nodes())
                nodes.push_back(nodeJson(n));
            for (const Link &l : r.snapshot->links())
                links.push_back(linkJson(l));
            for (const Measure &m : r.snapshot->measures())
                measures.push_back(measureJson(m));
        }
        o["nodes"] = std::move(nodes);
        o["links"] = std::move(links);
        o["measures"] = std::move(measures);
        appendExtras(o, r.extras);
        list.push_back(std::move(o));
    }
    return list;
}

Json metaJson(const Metadata &m, const std::vector<Revision> &revisions)
{
    Json o = Json::object();
    putIfSet(o, "team", m.team);
    if (!m.leaders.isEmpty())
        o["leaders"] = list(m.leaders);
    putIfSet(o, "revision", m.revision);
    putIfSet(o, "revisionDate", m.revisionDate);
    putIfSet(o, "population", m.population);
    putIfSet(o, "equityStatement", m.equityStatement);
    putIfSet(o, "language", m.language);
    if (!m.practices.empty()) {
        Json practices = Json::array();
        for (Practice p : m.practices)
            practices.push_back(s(toString(p)));
        o["practices"] = std::move(practices);
    }
    if (!m.charter.isEmpty())
        o["charter"] = reading::charterJson(m.charter);
    if (!revisions.empty())
        o["revisions"] = revisionsJson(revisions);
    appendExtras(o, m.extras);
    return o;
}

Json columnsJson(const ColumnTitles &c)
{
    Json o = Json::object();
    putIfSet(o, "aim", c.aim);
    putIfSet(o, "1", c.level1);
    putIfSet(o, "2", c.level2);
    putIfSet(o, "3", c.level3);
    putIfSet(o, "change", c.change);
    appendExtras(o, c.extras);
    return o;
}

Json checksJson(const CheckSettings &c)
{
    Json o = Json::object();
    if (c.minPrimaryDrivers != CheckSettings::DefaultMinPrimaryDrivers
        || c.maxPrimaryDrivers != CheckSettings::DefaultMaxPrimaryDrivers) {
        o["primaryDrivers"] = Json{{"min", c.minPrimaryDrivers}, {"max", c.maxPrimaryDrivers}};
    }
    if (!c.ignore.isEmpty())
        o["ignore"] = list(c.ignore);
    appendExtras(o, c.extras);
    return o;
}

Json layoutJson(const LayoutSettings &l)
{
    Json o = Json::object();
    if (l.order == LayoutSettings::Order::Tidy)
        o["order"] = "tidy";
    if (l.links == LayoutSettings::Links::Curves)
        o["links"] = "curves";
    else if (l.links == LayoutSettings::Links::Straight)
        o["links"] = "straight";
    if (l.ideas == LayoutSettings::Ideas::Stacked)
        o["ideas"] = "stacked";
    if (l.textSize != LayoutSettings::DefaultTextSize) {
        // A whole size is written as one ("12", not "12.0"), as a person would.
        if (l.textSize == std::floor(l.textSize))
            o["textSize"] = static_cast<int>(l.textSize);
        else
            o["textSize"] = l.textSize;
    }
    appendExtras(o, l.extras);
    return o;
}

Json nodeJson(const Node &n)
{
    Json o = Json::object();
    o["id"] = s(n.id);
    o["kind"] = s(toString(n.kind));
    if (n.isAim() && n.role != AimRole::Unspecified)
        o["role"] = s(toString(n.role));
    if (n.isDriver())
        o["level"] = n.level;
    o["text"] = s(n.text);
    putIfSet(o, "notes", n.notes);
    if (n.isChange()) {
        o["status"] = s(toString(n.status));
        if (n.reliability > 0)
            o["reliability"] = n.reliability;
        putIfSet(o, "owner", n.owner);
        if (!n.partners.isEmpty())
            o["partners"] = list(n.partners);
        if (n.votes > 0)
            o["votes"] = n.votes;
        if (n.impact != Rating::Unset)
            o["impact"] = s(toString(n.impact));
        if (n.effort != Rating::Unset)
            o["effort"] = s(toString(n.effort));
    }
    if (!n.practices.empty()) {
        Json practices = Json::array();
        for (Practice p : n.practices)
            practices.push_back(s(toString(p)));
        o["practices"] = std::move(practices);
    }
    if (n.isChange())
        reading::appendPdsaCycles(o, n);
    appendExtras(o, n.extras);
    return o;
}

Json linkJson(const Link &l)
{
    Json o = Json::object();
    o["from"] = s(l.from);
    o["to"] = s(l.to);
    if (l.strength != LinkStrength::Strong)
        o["strength"] = s(toString(l.strength));
    appendExtras(o, l.extras);
    return o;
}

Json measureJson(const Measure &m)
{
    Json o = Json::object();
    o["id"] = s(m.id);
    o["name"] = s(m.name);
    o["type"] = s(toString(m.type));
    putIfSet(o, "numerator", m.numerator);
    putIfSet(o, "denominator", m.denominator);
    putIfSet(o, "source", m.source);
    putIfSet(o, "target", m.target);
    if (!m.stratifyBy.isEmpty())
        o["stratifyBy"] = list(m.stratifyBy);
    o["nodes"] = list(m.nodes);
    reading::appendMeasureData(o, m);
    appendExtras(o, m.extras);
    return o;
}

} // namespace

QByteArray writeDiagram(const Diagram &diagram)
{
    // Written member by member and element by element: only one node's JSON exists at a time,
    // and unknown top-level members are printed where they are, never copied.
    std::string text;
    CanonicalObjectWriter root(text);
    std::vector<std::string> known;
    const auto member = [&](const char *key, const Json &value) {
        root.member(key, value);
        known.emplace_back(key);
    };
    member("format", "keydriver");
    member("version", CurrentFormatVersion);
    member("title", s(diagram.title()));
    if (Json meta = metaJson(diagram.metadata(), diagram.revisions()); !meta.empty())
        member("meta", meta);
    if (Json columns = columnsJson(diagram.columnTitles()); !columns.empty())
        member("columns", columns);
    if (Json checks = checksJson(diagram.checkSettings()); !checks.empty())
        member("checks", checks);
    if (Json layout = layoutJson(diagram.layoutSettings()); !layout.empty())
        member("layout", layout);

    root.beginArray("nodes", false);
    for (const Node &n : diagram.nodes())
        root.element(nodeJson(n));
    root.endArray();
    root.beginArray("links", true);
    for (const Link &l : diagram.links())
        root.element(linkJson(l));
    root.endArray();
    root.beginArray("measures", false);
    for (const Measure &m : diagram.measures())
        root.element(measureJson(m));
    root.endArray();
    known.insert(known.end(), {"nodes", "links", "measures"});
    // A v1 extension: written only when there is something parked, so other files are unchanged.
    if (!diagram.parkingLot().empty()) {
        root.beginArray("parkingLot", false);
        for (const ParkedIdea &idea : diagram.parkingLot())
            root.element(reading::parkedIdeaJson(idea));
        root.endArray();
    }
    known.emplace_back("parkingLot");

    if (const Json *unknown = diagram.extras().members()) {
        for (auto it = unknown->begin(); it != unknown->end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                root.member(it.key(), it.value());
        }
    }
    root.finish();
    text += '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

bool saveDiagram(const Diagram &diagram, const QString &path, QString *error)
{
    const QByteArray bytes = writeDiagram(diagram);
    if (bytes.size() > MaxFileBytes) {
        // A file the reader would refuse is no save at all: keep the old file and say why.
        if (error)
            *error = QStringLiteral(
                         "%1: not saved: the diagram would be %2 MiB as a file, over the %3 MiB "
                         "KeyDriver reads back. Split it, or remove revisions or members other "
                         "programs added, and save again.")
                         .arg(path)
                         .arg((bytes.size() + 1024 * 1024 - 1) / (1024 * 1024))
                         .arg(MaxFileBytes / (1024 * 1024));
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace kdd
