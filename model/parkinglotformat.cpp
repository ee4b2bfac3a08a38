#include "parkinglotformat.h"

#include <QCoreApplication>
#include <QHash>

namespace kdd::reading {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};
} // namespace

std::vector<ParkedIdea> readParkingLot(Json &lot, const std::function<int(std::size_t)> &lineOf,
                                       Reporter &reporter)
{
    std::vector<ParkedIdea> ideas;
    QHash<QString, int> seen; // id → line of its first entry
    for (std::size_t i = 0; i < lot.size(); ++i) {
        Json entry = std::move(lot[i]);
        const int line = lineOf(i);
        const QString where = QStringLiteral("parkingLot[%1]").arg(i);
        if (!entry.is_object()) {
            reporter.add(line, ReaderText::tr("%1: each parked idea must be an object, not %2")
                                   .arg(where, typeName(entry)));
            continue;
        }
        Reporter local{QString()};
        ObjectReader r(entry, where, line, local);
        ParkedIdea idea;
        const std::optional<QString> id = r.string("id");
        idea.text = r.text("text");
        idea.notes = r.text("notes");
        idea.extras = r.extras();
        if (!entry.contains("id"))
            r.error(ReaderText::tr("\"id\" is missing"));
        else if (id && id->isEmpty())
            r.error(ReaderText::tr("\"id\" must not be empty"));
        else if (id && seen.contains(*id))
            r.error(ReaderText::tr("duplicate id %1 (already used at line %2); every parked idea "
                                   "needs its own id")
                        .arg(quoted(*id))
                        .arg(seen.value(*id)));
        if (local.hasProblems()) {
            for (const Problem &p : local.take())
                reporter.add(p.line, p.message);
            continue;
        }
        seen.insert(*id, line);
        idea.id = *id;
        ideas.push_back(std::move(idea));
    }
    return ideas;
}

Json parkedIdeaJson(const ParkedIdea &idea)
{
    Json o = Json::object();
    o["id"] = idea.id.toStdString();
    o["text"] = idea.text.toStdString();
    if (!idea.notes.isEmpty())
        o["notes"] = idea.notes.toStdString();
    if (const Json *unknown = idea.extras.members()) {
        for (auto it = unknown->begin(); it != unknown->end(); ++it) {
            if (!o.contains(it.key()))
                o[it.key()] = it.value();
        }
    }
    return o;
}

} // namespace kdd::reading
