#pragma once

#include "canonicaljson.h"
#include "extras.h"
#include "problem.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

// Building blocks of the .kdd reader: problem collection and type-checked access to the members
// of one JSON object. Internal to the model.
namespace kdd::reading {

using Json = nlohmann::ordered_json;

// At most this many problems are listed; the rest are counted.
constexpr std::size_t MaxProblems = 100;

QString q(const std::string &s);
// A user string in quotes, shortened to a readable excerpt.
QString quoted(const QString &s);
// "a string", "a list", "an object", … for messages.
QString typeName(const Json &v);
// A number kept as written (see rawNumber()) as an ordinary JSON number, for reading its value;
// any other value unchanged.
Json plainNumber(const Json &v);

// Collects problems for one file, up to a limit.
class Reporter
{
public:
    explicit Reporter(QString file) : m_file(std::move(file)) {}

    void add(int line, const QString &message, int column = 0)
    {
        ++m_count;
        if (m_problems.size() < MaxProblems)
            m_problems.push_back({m_file, line, column, message});
    }
    bool hasProblems() const { return m_count > 0; }
    std::vector<Problem> take()
    {
        if (m_count > m_problems.size())
            m_problems.push_back(
                {m_file, 0, 0,
                 QCoreApplication::translate("kdd::Reader", "… and %1 more problems")
                     .arg(m_count - m_problems.size())});
        return std::move(m_problems);
    }

private:
    QString m_file;
    std::vector<Problem> m_problems;
    std::size_t m_count = 0;
};

// Reads the members of one JSON object with type checks, remembering which members it used so
// that the rest can be kept as Extras (moved out of the object, which is read only once).
class ObjectReader
{
public:
    ObjectReader(Json &object, QString where, int line, Reporter &reporter)
        : m_object(object), m_where(std::move(where)), m_line(line), m_reporter(reporter)
    {
    }

    void error(const QString &message)
    {
        m_reporter.add(m_line, m_where + QStringLiteral(": ") + message);
    }
    const QString &where() const { return m_where; }
    void setWhere(const QString &where) { m_where = where; }

    Json *take(const char *key)
    {
        m_used.insert(key);
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    std::optional<QString> string(const char *key)
    {
        const Json *v = take(key);
        if (!v)
            return std::nullopt;
        if (!v->is_string()) {
            wrongType(key, *v, QCoreApplication::translate("kdd::Reader", "a string"));
            return std::nullopt;
        }
        return q(v->get_ref<const std::string &>());
    }

    QString text(const char *key) { return string(key).value_or(QString()); }

    std::optional<int> integer(const char *key)
    {
        const Json *taken = take(key);
        if (!taken)
            return std::nullopt;
        const Json number = plainNumber(*taken);
        const Json *v = &number;
        // Values outside ±1,000,000 are outside every valid range; the caller reports them.
        constexpr std::int64_t limit = 1000000;
        if (v->is_number_unsigned())
            return v->get<std::uint64_t>() > static_cast<std::uint64_t>(limit)
                     ? static_cast<int>(limit + 1)
                     : static_cast<int>(v->get<std::uint64_t>());
        if (v->is_number_integer()) {
            const std::int64_t x = v->get<std::int64_t>();
            return x > limit || x < -limit ? static_cast<int>(limit + 1) : static_cast<int>(x);
        }
        if (v->is_number_float()) {
            const double d = v->get<double>();
            if (std::abs(d) <= static_cast<double>(limit) && d == std::floor(d))
                return static_cast<int>(d);
        }
        wrongType(key, *taken, QCoreApplication::translate("kdd::Reader", "a whole number"));
        return std::nullopt;
    }

    std::optional<QStringList> stringList(const char *key)
    {
        const Json *v = take(key);
        if (!v)
            return std::nullopt;
        if (!v->is_array()) {
            wrongType(key, *v, QCoreApplication::translate("kdd::Reader", "a list of strings"));
            return std::nullopt;
        }
        QStringList list;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json &e = (*v)[i];
            if (!e.is_string()) {
                error(QCoreApplication::translate(
                          "kdd::Reader", "\"%1\" must be a list of strings, but item %2 is %3")
                          .arg(QLatin1String(key))
                          .arg(i + 1)
                          .arg(typeName(e)));
                return std::nullopt;
            }
            list << q(e.get_ref<const std::string &>());
        }
        return list;
    }

    Json *object(const char *key)
    {
        Json *v = take(key);
        if (v && !v->is_object()) {
            wrongType(key, *v, QCoreApplication::translate("kdd::Reader", "an object"));
            return nullptr;
        }
        return v;
    }

    // The members nobody asked for, in file order, moved out of the object: call once, last.
    Extras extras()
    {
        Json rest = Json::object();
        // Names are unique (the parser refused repeats), so append without ordered_map's linear
        // search: a long list of unknown members costs linear time.
        auto &members = static_cast<std::vector<std::pair<const std::string, Json>> &>(
            rest.get_ref<Json::object_t &>());
        // Exactly the room needed: growing a vector of const-keyed pairs copies every value.
        const auto &object = m_object.get_ref<const Json::object_t &>();
        members.reserve(static_cast<std::size_t>(
            std::count_if(object.begin(), object.end(),
                          [&](const auto &member) { return m_used.count(member.first) == 0; })));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (m_used.count(it.key()) == 0)
                members.emplace_back(it.key(), std::move(it.value()));
        }
        return Extras(std::move(rest));
    }

private:
    void wrongType(const char *key, const Json &v, const QString &expected)
    {
        // Show a number itself: "must be a whole number, not 1.5" says more than "not a number".
        const std::string number = numberText(v);
        const QString actual = number.empty() ? typeName(v) : q(number);
        error(QCoreApplication::translate("kdd::Reader", "\"%1\" must be %2, not %3")
                  .arg(QLatin1String(key), expected, actual));
    }

    Json &m_object;
    QString m_where;
    int m_line;
    Reporter &m_reporter;
    std::set<std::string> m_used;
};

} // namespace kdd::reading
