#include "jsonsource.h"

#include "kddfile.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <set>

namespace kdd {
namespace {

// A byte iterator that publishes how far the parser has read, so the parse callback knows the
// offset of the token it is being told about (nlohmann's callback receives no position).
class TrackingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator(const char *p, const char **cursor) : m_p(p), m_cursor(cursor) {}
    reference operator*() const { return *m_p; }
    TrackingIterator &operator++()
    {
        *m_cursor = ++m_p;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    [[maybe_unused]] friend bool operator==(const TrackingIterator &a, const TrackingIterator &b)
    {
        return a.m_p == b.m_p;
    }
    friend bool operator!=(const TrackingIterator &a, const TrackingIterator &b)
    {
        return a.m_p != b.m_p;
    }

private:
    const char *m_p;
    const char **m_cursor;
};


// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; we report the location ourselves, so keep only the explanation.
QString explanationOf(const char *what)
{
    std::string text(what);
    const auto colon = text.find(": ");
    if (text.rfind("[json.exception", 0) == 0 && colon != std::string::npos)
        text.erase(0, colon + 2);
    QString message = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    constexpr int maxLength = 240;
    if (message.size() > maxLength)
        message = message.left(maxLength) + QStringLiteral("…");
    return message;
}

} // namespace

JsonSource::JsonSource(const QByteArray &bytes) : m_bytes(bytes)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            m_lineStarts.push_back(static_cast<std::size_t>(i) + 1);
    }
}

int JsonSource::lineAt(std::size_t offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return static_cast<int>(it - m_lineStarts.begin());
}

int JsonSource::columnAt(std::size_t offset) const
{
    const std::size_t start = m_lineStarts[static_cast<std::size_t>(lineAt(offset) - 1)];
    int column = 1;
    const auto size = static_cast<std::size_t>(m_bytes.size());
    for (std::size_t i = start; i < offset && i < size; ++i) {
        // Count code points: skip UTF-8 continuation bytes.
        if ((static_cast<unsigned char>(m_bytes[static_cast<qsizetype>(i)]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

std::size_t JsonSource::tokenStart(std::size_t offset) const
{
    // nlohmann reports the last byte it read; a user wants the start of the offending token.
    const auto size = static_cast<std::size_t>(m_bytes.size());
    if (offset >= size)
        return offset;
    const auto at = [&](std::size_t i) { return m_bytes[static_cast<qsizetype>(i)]; };
    const auto isWordChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '+' || c == '-' || c == '.';
    };
    if (at(offset) == '"') {
        // The closing quote of a string: walk back to its opening quote (not an escaped one).
        for (std::size_t i = offset; i-- > 0;) {
            if (at(i) != '"')
                continue;
            std::size_t backslashes = 0;
            while (i > backslashes && at(i - backslashes - 1) == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return offset;
    }
    std::size_t start = offset;
    while (start > 0 && isWordChar(at(offset)) && isWordChar(at(start - 1)))
        --start;
    return start;
}

namespace {

// Builds the DOM from nlohmann's SAX events in linear time (its callback parser rescans a parent
// array at the end of every object: quadratic on long lists), and on the way records where the
// top-level members and the elements of top-level lists start, refuses repeated member names and
// refuses nesting deeper than MaxJsonDepth.
class DomBuilder
{
public:
    using Json = nlohmann::ordered_json;

    enum class Stop { None, TooDeep, DuplicateKey, Syntax };

    DomBuilder(const char *begin, const char *const *cursor, std::function<int(std::size_t)> lineAt,
               std::map<std::string, int> &memberLines, std::map<std::string, std::vector<int>> &elementLines)
        : m_begin(begin), m_cursor(cursor), m_lineAt(std::move(lineAt)), m_memberLines(memberLines),
          m_elementLines(elementLines)
    {
    }

    Json root;
    Stop stop = Stop::None;
    std::size_t stopOffset = 0;
    std::string stopDetail; // the repeated key, or the parser's message

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool value) { return put(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return put(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return put(Json(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t &) { return put(Json(value)); }
    bool string(Json::string_t &value) { return put(Json(std::move(value))); }
    bool binary(Json::binary_t &value) { return put(Json::binary(std::move(value))); }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t &name)
    {
        if (!m_keys.back().insert(name).second) {
            stop = Stop::DuplicateKey;
            stopOffset = lastRead();
            stopDetail = name;
            return false;
        }
        if (m_stack.size() == 1) {
            m_topKey = name;
            m_memberLines[name] = m_lineAt(lastRead());
        }
        m_key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
    {
        stop = Stop::Syntax;
        stopOffset = position > 0 ? position - 1 : 0;
        stopDetail = error.what();
        return false;
    }

private:
    std::size_t lastRead() const
    {
        const auto read = static_cast<std::size_t>(*m_cursor - m_begin);
        return read > 0 ? read - 1 : 0;
    }

    // A value starts here: note its line if it is an element of a top-level list.
    void noteStart()
    {
        if (m_stack.size() == 2 && m_inTopArray && m_stack.back()->is_array())
            m_elementLines[m_topKey].push_back(m_lineAt(lastRead()));
    }

    // Adds `value` to the open container (or makes it the root); returns where it now lives.
    Json *add(Json &&value)
    {
        if (m_stack.empty()) {
            root = std::move(value);
            return &root;
        }
        Json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.get_ref<Json::array_t &>().push_back(std::move(value));
            return &parent.get_ref<Json::array_t &>().back();
        }
        // The key was checked new, so append without ordered_map's linear search.
        auto &members = static_cast<std::vector<std::pair<const std::string, Json>> &>(
            parent.get_ref<Json::object_t &>());
        members.emplace_back(std::move(m_key), std::move(value));
        return &members.back().second;
    }

    bool put(Json &&value)
    {
        noteStart();
        add(std::move(value));
        return true;
    }

    bool open(Json &&container)
    {
        if (m_stack.size() >= static_cast<std::size_t>(MaxJsonDepth)) {
            stop = Stop::TooDeep;
            stopOffset = lastRead();
            return false;
        }
        noteStart();
        const bool object = container.is_object();
        if (!object && m_stack.size() == 1) {
            m_inTopArray = true;
            m_elementLines[m_topKey].clear();
        }
        m_stack.push_back(add(std::move(container)));
        if (object)
            m_keys.emplace_back();
        return true;
    }

    bool close()
    {
        if (m_stack.back()->is_object())
            m_keys.pop_back();
        m_stack.pop_back();
        if (m_stack.size() == 1)
            m_inTopArray = false;
        return true;
    }

    const char *m_begin;
    const char *const *m_cursor;
    std::function<int(std::size_t)> m_lineAt;
    std::map<std::string, int> &m_memberLines;
    std::map<std::string, std::vector<int>> &m_elementLines;
    std::vector<Json *> m_stack;
    std::vector<std::set<std::string>> m_keys; // member names of each open object
    std::string m_key;
    std::string m_topKey;
    bool m_inTopArray = false;
};

} // namespace

bool JsonSource::parse()
{
    const char *begin = m_bytes.constData();
    const char *cursor = begin;
    DomBuilder builder(begin, &cursor, [this](std::size_t offset) { return lineAt(offset); }, m_memberLines,
                       m_elementLines);
    try {
        TrackingIterator first(begin, &cursor);
        TrackingIterator last(begin + m_bytes.size(), &cursor);
        if (Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, /*strict=*/true,
                            /*ignore_comments=*/false)) {
            m_root = std::move(builder.root);
            return true;
        }
    } catch (const std::exception &e) {
        // Out of memory or any other library failure: report, never crash.
        m_errorMessage = QStringLiteral("could not be parsed: ") + explanationOf(e.what());
        m_root = Json();
        return false;
    }
    std::size_t offset = builder.stopOffset;
    switch (builder.stop) {
    case DomBuilder::Stop::Syntax:
        offset = tokenStart(offset);
        m_errorMessage = QStringLiteral("not valid JSON: ") + explanationOf(builder.stopDetail.c_str());
        break;
    case DomBuilder::Stop::TooDeep:
        m_errorMessage = QStringLiteral("the JSON is nested more than %1 levels deep").arg(MaxJsonDepth);
        break;
    case DomBuilder::Stop::DuplicateKey:
        offset = tokenStart(offset);
        m_errorMessage = QStringLiteral("\"%1\" appears twice in the same object; keep one")
                             .arg(QString::fromUtf8(builder.stopDetail.data(),
                                                    static_cast<qsizetype>(builder.stopDetail.size())));
        break;
    case DomBuilder::Stop::None:
        m_errorMessage = QStringLiteral("not valid JSON");
        break;
    }
    m_errorLine = lineAt(offset);
    m_errorColumn = columnAt(offset);
    m_root = Json();
    return false;
}

int JsonSource::lineOfMember(const std::string &key) const
{
    const auto it = m_memberLines.find(key);
    return it == m_memberLines.end() ? 0 : it->second;
}

int JsonSource::lineOfElement(const std::string &key, std::size_t index) const
{
    const auto it = m_elementLines.find(key);
    if (it == m_elementLines.end() || index >= it->second.size())
        return lineOfMember(key);
    return it->second[index];
}

} // namespace kdd
