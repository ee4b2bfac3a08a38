#include "measuredataformat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kdd::reading {
namespace {

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

std::string s(const QString &text) { return text.toStdString(); }

// A whole number as an integer ("30", not "30.0"), anything else as the double it is.
Json numberJson(double value)
{
    if (value == std::floor(value) && std::abs(value) < 9.0e15)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

// The finite number in member `key` of `o`, if it is one; reports any other value.
std::optional<double> number(const Json &o, const char *key, const QString &where, ObjectReader &r)
{
    const auto it = o.find(key);
    if (it == o.end())
        return std::nullopt;
    const Json v = plainNumber(*it);
    if (v.is_number()) {
        const double d = v.get<double>();
        if (std::isfinite(d))
            return d;
    }
    r.error(ReaderText::tr("%1: \"%2\" must be a number, not %3")
                .arg(where, QLatin1String(key),
                     numberText(*it).empty() ? typeName(*it) : q(numberText(*it))));
    return spc::NaN;
}

std::optional<QString> stringMember(const Json &o, const char *key, const QString &where,
                                    ObjectReader &r, bool *ok)
{
    const auto it = o.find(key);
    if (it == o.end())
        return std::nullopt;
    if (!it->is_string()) {
        r.error(ReaderText::tr("%1: \"%2\" must be a string, not %3")
                    .arg(where, QLatin1String(key), typeName(*it)));
        *ok = false;
        return std::nullopt;
    }
    return q(it->get_ref<const std::string &>());
}

// The members of `o` other than `known`, kept for the next save.
Extras extrasOf(Json &o, std::initializer_list<const char *> known)
{
    Json rest = Json::object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::none_of(known.begin(), known.end(), [&](const char *k) { return it.key() == k; }))
            rest[it.key()] = std::move(it.value());
    }
    return Extras(std::move(rest));
}

QString periodHint() { return ReaderText::tr("a month \"YYYY-MM\" or a day \"YYYY-MM-DD\""); }

bool readPhases(ObjectReader &r, Measure &m)
{
    Json *phases = r.take("phases");
    if (!phases)
        return true;
    if (!phases->is_array()) {
        r.error(ReaderText::tr("\"phases\" must be a list, not %1").arg(typeName(*phases)));
        return false;
    }
    bool ok = true;
    QHash<QString, std::size_t> seen;
    for (std::size_t i = 0; i < phases->size(); ++i) {
        Json &e = (*phases)[i];
        const QString where = QStringLiteral("phases[%1]").arg(i);
        if (!e.is_object()) {
            r.error(ReaderText::tr("%1: each phase must be an object with \"start\", not %2")
                        .arg(where, typeName(e)));
            ok = false;
            continue;
        }
        MeasurePhase phase;
        const std::optional<QString> start = stringMember(e, "start", where, r, &ok);
        phase.label = stringMember(e, "label", where, r, &ok).value_or(QString());
        if (!start) {
            if (!e.contains("start"))
                r.error(ReaderText::tr("%1: \"start\" is missing; %2").arg(where, periodHint()));
            ok = false;
            continue;
        }
        if (periodForm(*start) == PeriodForm::Invalid) {
            r.error(ReaderText::tr("%1: \"start\" %2 is not %3")
                        .arg(where, quoted(*start), periodHint()));
            ok = false;
            continue;
        }
        if (seen.contains(*start)) {
            r.error(ReaderText::tr("%1: a second phase starting %2 (the first is phases[%3])")
                        .arg(where, quoted(*start))
                        .arg(seen.value(*start)));
            ok = false;
            continue;
        }
        seen.insert(*start, i);
        phase.start = *start;
        phase.extras = extrasOf(e, {"start", "label"});
        m.phases.push_back(std::move(phase));
    }
    std::stable_sort(
        m.phases.begin(), m.phases.end(),
        [](const MeasurePhase &a, const MeasurePhase &b) { return a.start < b.start; });
    return ok;
}

bool readPoint(ObjectReader &r, Json &e, const QString &where, MeasurePoint &point)
{
    bool ok = true;
    const std::optional<QString> period = stringMember(e, "period", where, r, &ok);
    point.dimension = stringMember(e, "dimension", where, r, &ok).value_or(QString());
    point.stratum = stringMember(e, "stratum", where, r, &ok).value_or(QString());
    if (!point.dimension.isEmpty() && point.stratum.isEmpty()) {
        r.error(ReaderText::tr("%1: \"dimension\" %2 without a \"stratum\"")
                    .arg(where, quoted(point.dimension)));
        return false;
    }
    if (!period) {
        if (!e.contains("period"))
            r.error(ReaderText::tr("%1: \"period\" is missing; %2").arg(where, periodHint()));
        return false;
    }
    if (periodForm(*period) == PeriodForm::Invalid) {
        r.error(ReaderText::tr("%1: \"period\" %2 is not %3")
                    .arg(where, quoted(*period), periodHint()));
        return false;
    }
    point.period = *period;
    const std::optional<double> value = number(e, "value", where, r);
    const std::optional<double> numerator = number(e, "numerator", where, r);
    const std::optional<double> denominator = number(e, "denominator", where, r);
    const auto bad = [](const std::optional<double> &x) { return x && std::isnan(*x); };
    if (bad(value) || bad(numerator) || bad(denominator))
        return false;
    if (value && (numerator || denominator)) {
        r.error(ReaderText::tr("%1: give either \"value\" or \"numerator\" and \"denominator\", "
                               "not both")
                    .arg(where));
        return false;
    }
    if (!value && !numerator && !denominator) {
        r.error(ReaderText::tr("%1: no number: give \"value\", or \"numerator\" and "
                               "\"denominator\"")
                    .arg(where));
        return false;
    }
    if (!value && (!numerator || !denominator)) {
        r.error(ReaderText::tr("%1: \"%2\" is missing: a ratio needs both \"numerator\" and "
                               "\"denominator\"")
                    .arg(where, QLatin1String(numerator ? "denominator" : "numerator")));
        return false;
    }
    if (numerator && (*numerator < 0 || *denominator < 0)) {
        r.error(ReaderText::tr("%1: numerator and denominator are counts and cannot be negative "
                               "(%2 / %3)")
                    .arg(where, numberText(*numerator), numberText(*denominator)));
        return false;
    }
    if (value)
        point.value = *value;
    else {
        point.numerator = *numerator;
        point.denominator = *denominator;
    }
    point.extras =
        extrasOf(e, {"period", "dimension", "stratum", "value", "numerator", "denominator"});
    return ok;
}

bool readData(ObjectReader &r, Measure &m)
{
    Json *data = r.take("data");
    if (!data)
        return true;
    if (!data->is_array()) {
        r.error(ReaderText::tr("\"data\" must be a list, not %1").arg(typeName(*data)));
        return false;
    }
    bool ok = true;
    QHash<QString, std::size_t> seen; // period, dimension and stratum → index
    std::optional<PeriodForm> form;
    std::optional<bool> ratios;
    m.data.reserve(data->size());
    for (std::size_t i = 0; i < data->size(); ++i) {
        Json &e = (*data)[i];
        const QString where = QStringLiteral("data[%1]").arg(i);
        if (!e.is_object()) {
            r.error(ReaderText::tr("%1: each data point must be an object with \"period\", not %2")
                        .arg(where, typeName(e)));
            ok = false;
            continue;
        }
        MeasurePoint point;
        if (!readPoint(r, e, where, point)) {
            ok = false;
            continue;
        }
        const PeriodForm f = periodForm(point.period);
        if (form && *form != f) {
            r.error(
                ReaderText::tr("%1: period %2 is a %3 but the measure's first period is a "
                               "%4; use months or days throughout")
                    .arg(where, quoted(point.period),
                         f == PeriodForm::Month ? ReaderText::tr("month") : ReaderText::tr("day"),
                         f == PeriodForm::Month ? ReaderText::tr("day") : ReaderText::tr("month")));
            ok = false;
            continue;
        }
        form = f;
        if (ratios && *ratios != point.hasRatio()) {
            r.error(ReaderText::tr("%1: mixes a value with numerator/denominator points; a "
                                   "measure's data are all values or all ratios")
                        .arg(where));
            ok = false;
            continue;
        }
        ratios = point.hasRatio();
        const QString key = point.period + QChar(0) + point.dimension + QChar(0) + point.stratum;
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            r.error(point.stratum.isEmpty()
                        ? ReaderText::tr("%1: a second value for %2 (the first is data[%3])")
                              .arg(where, point.period)
                              .arg(first.value())
                        : ReaderText::tr("%1: a second value for %2, stratum %3 (the first is "
                                         "data[%4])")
                              .arg(where, point.period, quoted(point.stratum))
                              .arg(first.value()));
            ok = false;
            continue;
        }
        seen.insert(key, i);
        m.data.push_back(std::move(point));
    }
    return ok;
}

} // namespace

bool readMeasureData(ObjectReader &r, Measure &m)
{
    bool ok = true;
    if (const auto better = r.string("better")) {
        if (*better == QLatin1String("higher"))
            m.better = spc::Better::Higher;
        else if (*better == QLatin1String("lower"))
            m.better = spc::Better::Lower;
        else {
            r.error(ReaderText::tr("unknown \"better\" %1; use \"higher\" or \"lower\"")
                        .arg(quoted(*better)));
            ok = false;
        }
    }
    if (const auto chart = r.string("chart")) {
        spc::ChartType type = spc::ChartType::Run;
        if (spc::parseChartType(*chart, type))
            m.chart = type;
        else {
            r.error(ReaderText::tr("unknown chart %1; use \"run\", \"i\", \"p\" or \"u\"")
                        .arg(quoted(*chart)));
            ok = false;
        }
    }
    m.reference = r.stringList("reference").value_or(QStringList());
    ok = readPhases(r, m) && ok;
    ok = readData(r, m) && ok;
    return ok;
}

bool readPdsaCycles(ObjectReader &r, Node &node)
{
    Json *cycles = r.take("pdsa");
    if (!cycles)
        return true;
    if (!cycles->is_array()) {
        r.error(ReaderText::tr("\"pdsa\" must be a list of cycles, not %1").arg(typeName(*cycles)));
        return false;
    }
    bool ok = true;
    QHash<int, std::size_t> seen;
    for (std::size_t i = 0; i < cycles->size(); ++i) {
        Json &e = (*cycles)[i];
        const QString where = QStringLiteral("pdsa[%1]").arg(i);
        if (!e.is_object()) {
            r.error(ReaderText::tr("%1: each PDSA cycle must be an object, not %2")
                        .arg(where, typeName(e)));
            ok = false;
            continue;
        }
        bool fine = true;
        PdsaCycle cycle;
        cycle.number = static_cast<int>(i) + 1;
        if (const auto it = e.find("cycle"); it != e.end()) {
            const Json v = plainNumber(*it);
            const double d = v.is_number() ? v.get<double>() : 0;
            if (!v.is_number() || d != std::floor(d) || d < 1 || d > 100000) {
                r.error(
                    ReaderText::tr("%1: \"cycle\" must be a whole number from 1 to 100000, "
                                   "not %2")
                        .arg(where, numberText(*it).empty() ? typeName(*it) : q(numberText(*it))));
                fine = false;
            } else {
                cycle.number = static_cast<int>(d);
            }
        }
        cycle.plan = stringMember(e, "plan", where, r, &fine).value_or(QString());
        cycle.prediction = stringMember(e, "prediction", where, r, &fine).value_or(QString());
        cycle.who = stringMember(e, "who", where, r, &fine).value_or(QString());
        cycle.start = stringMember(e, "start", where, r, &fine).value_or(QString());
        cycle.end = stringMember(e, "end", where, r, &fine).value_or(QString());
        cycle.study = stringMember(e, "study", where, r, &fine).value_or(QString());
        for (const auto &[key, date] :
             {std::make_pair("start", cycle.start), std::make_pair("end", cycle.end)}) {
            if (!date.isEmpty() && periodForm(date) != PeriodForm::Day) {
                r.error(ReaderText::tr("%1: \"%2\" %3 is not a date \"YYYY-MM-DD\"")
                            .arg(where, QLatin1String(key), quoted(date)));
                fine = false;
            }
        }
        if (fine && !cycle.start.isEmpty() && !cycle.end.isEmpty() && cycle.end < cycle.start) {
            r.error(ReaderText::tr("%1: ends (%2) before it starts (%3)")
                        .arg(where, cycle.end, cycle.start));
            fine = false;
        }
        if (const auto decision = stringMember(e, "decision", where, r, &fine)) {
            if (const auto parsed = parsePdsaDecision(*decision))
                cycle.decision = *parsed;
            else if (!decision->isEmpty()) {
                r.error(ReaderText::tr("%1: unknown decision %2; use %3")
                            .arg(where, quoted(*decision),
                                 pdsaDecisionWords().join(QStringLiteral(", "))));
                fine = false;
            }
        }
        if (fine && seen.contains(cycle.number)) {
            r.error(ReaderText::tr("%1: a second cycle %2 (the first is pdsa[%3])")
                        .arg(where)
                        .arg(cycle.number)
                        .arg(seen.value(cycle.number)));
            fine = false;
        }
        if (!fine) {
            ok = false;
            continue;
        }
        seen.insert(cycle.number, i);
        cycle.extras = extrasOf(
            e, {"cycle", "plan", "prediction", "who", "start", "end", "study", "decision"});
        node.cycles.push_back(std::move(cycle));
    }
    return ok;
}

void appendMeasureData(Json &o, const Measure &m)
{
    if (m.better != spc::Better::Unspecified)
        o["better"] = m.better == spc::Better::Higher ? "higher" : "lower";
    if (m.chart)
        o["chart"] = s(spc::chartTypeName(*m.chart));
    if (!m.reference.isEmpty()) {
        Json list = Json::array();
        for (const QString &stratum : m.reference)
            list.push_back(s(stratum));
        o["reference"] = std::move(list);
    }
    const auto appendExtras = [](Json &into, const Extras &extras) {
        if (const Json *unknown = extras.members()) {
            for (auto it = unknown->begin(); it != unknown->end(); ++it) {
                if (!into.contains(it.key()))
                    into[it.key()] = it.value();
            }
        }
    };
    if (!m.phases.empty()) {
        Json phases = Json::array();
        for (const MeasurePhase &phase : m.phases) {
            Json p = Json::object();
            p["start"] = s(phase.start);
            if (!phase.label.isEmpty())
                p["label"] = s(phase.label);
            appendExtras(p, phase.extras);
            phases.push_back(std::move(p));
        }
        o["phases"] = std::move(phases);
    }
    if (!m.data.empty()) {
        Json data = Json::array();
        for (const MeasurePoint &point : m.data) {
            Json p = Json::object();
            p["period"] = s(point.period);
            if (!point.dimension.isEmpty())
                p["dimension"] = s(point.dimension);
            if (!point.stratum.isEmpty())
                p["stratum"] = s(point.stratum);
            if (point.hasRatio()) {
                p["numerator"] = numberJson(point.numerator);
                p["denominator"] = numberJson(point.denominator);
            } else {
                p["value"] = numberJson(point.value);
            }
            appendExtras(p, point.extras);
            data.push_back(std::move(p));
        }
        o["data"] = std::move(data);
    }
}

void appendPdsaCycles(Json &o, const Node &node)
{
    if (node.cycles.empty())
        return;
    Json cycles = Json::array();
    for (const PdsaCycle &cycle : node.cycles) {
        Json c = Json::object();
        c["cycle"] = cycle.number;
        const auto put = [&](const char *key, const QString &text) {
            if (!text.isEmpty())
                c[key] = s(text);
        };
        put("plan", cycle.plan);
        put("prediction", cycle.prediction);
        put("who", cycle.who);
        put("start", cycle.start);
        put("end", cycle.end);
        put("study", cycle.study);
        put("decision", toString(cycle.decision));
        if (const Json *unknown = cycle.extras.members()) {
            for (auto it = unknown->begin(); it != unknown->end(); ++it) {
                if (!c.contains(it.key()))
                    c[it.key()] = it.value();
            }
        }
        cycles.push_back(std::move(c));
    }
    o["pdsa"] = std::move(cycles);
}

} // namespace kdd::reading
