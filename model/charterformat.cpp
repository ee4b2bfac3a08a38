#include "charterformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace kdd::reading {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

std::string s(const QString &text) { return text.toStdString(); }

void putIfSet(Json &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = s(value);
}

// Unknown members after the known ones; a name the known ones already use is left to them.
void appendExtras(Json &object, const Extras &extras)
{
    if (const Json *unknown = extras.members()) {
        for (auto it = unknown->begin(); it != unknown->end(); ++it) {
            if (!object.contains(it.key()))
                object[it.key()] = it.value();
        }
    }
}

// Reads the list `key` of objects, calling `readEntry` with a reader for each; an entry whose
// reading reported a problem is left out.
template <typename Entry, typename ReadEntry>
std::vector<Entry> readEntries(ObjectReader &parent, const char *key, const QString &noun, int line,
                               Reporter &reporter, ReadEntry readEntry)
{
    std::vector<Entry> entries;
    Json *list = parent.take(key);
    if (!list)
        return entries;
    if (!list->is_array()) {
        parent.error(ReaderText::tr("\"%1\" must be a list, not %2")
                         .arg(QLatin1String(key), typeName(*list)));
        return entries;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        Json &value = (*list)[i];
        const QString where =
            QStringLiteral("%1.%2[%3]").arg(parent.where(), QLatin1String(key)).arg(i);
        if (!value.is_object()) {
            reporter.add(line, ReaderText::tr("%1: each %2 must be an object, not %3")
                                   .arg(where, noun, typeName(value)));
            continue;
        }
        Reporter local{QString()};
        ObjectReader r(value, where, line, local);
        Entry entry = readEntry(r);
        entry.extras = r.extras();
        if (local.hasProblems()) {
            for (const Problem &p : local.take())
                reporter.add(line, p.message);
            continue;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

bool isIsoDate(const QString &date)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(date).hasMatch() && QDate::fromString(date, Qt::ISODate).isValid();
}

Charter readCharter(Json &charter, int line, Reporter &reporter)
{
    ObjectReader r(charter, QStringLiteral("meta.charter"), line, reporter);
    Charter c;
    c.problem = r.text("problem");
    c.scopeIn = r.text("scopeIn");
    c.scopeOut = r.text("scopeOut");
    c.sponsor = r.text("sponsor");
    c.members = readEntries<TeamMember>(r, "members", ReaderText::tr("team member"), line, reporter,
                                        [](ObjectReader &entry) {
                                            TeamMember m;
                                            m.name = entry.text("name");
                                            m.role = entry.text("role");
                                            return m;
                                        });
    c.milestones = readEntries<Milestone>(
        r, "milestones", QStringLiteral("milestone"), line, reporter, [](ObjectReader &entry) {
            Milestone m;
            const std::optional<QString> date = entry.string("date");
            m.label = entry.text("label");
            if (!date)
                entry.error(ReaderText::tr("\"date\" is missing; a milestone needs a date "
                                           "written YYYY-MM-DD"));
            else if (!isIsoDate(*date))
                entry.error(
                    ReaderText::tr("%1 is not a date written YYYY-MM-DD").arg(quoted(*date)));
            else
                m.date = *date;
            return m;
        });
    c.resources = r.text("resources");
    c.extras = r.extras();
    return c;
}

Json charterJson(const Charter &c)
{
    Json o = Json::object();
    putIfSet(o, "problem", c.problem);
    putIfSet(o, "scopeIn", c.scopeIn);
    putIfSet(o, "scopeOut", c.scopeOut);
    putIfSet(o, "sponsor", c.sponsor);
    if (!c.members.empty()) {
        Json members = Json::array();
        for (const TeamMember &m : c.members) {
            Json entry = Json::object();
            entry["name"] = s(m.name);
            entry["role"] = s(m.role);
            appendExtras(entry, m.extras);
            members.push_back(std::move(entry));
        }
        o["members"] = std::move(members);
    }
    if (!c.milestones.empty()) {
        Json milestones = Json::array();
        for (const Milestone &m : c.milestones) {
            Json entry = Json::object();
            entry["date"] = s(m.date);
            entry["label"] = s(m.label);
            appendExtras(entry, m.extras);
            milestones.push_back(std::move(entry));
        }
        o["milestones"] = std::move(milestones);
    }
    putIfSet(o, "resources", c.resources);
    appendExtras(o, c.extras);
    return o;
}

} // namespace kdd::reading
