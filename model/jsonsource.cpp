#include "jsonsource.h"

#include "kddfile.h"

#include <algorithm>
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

struct TooDeep
{
    std::size_t offset;
};

struct DuplicateKey
{
    std::size_t offset;
    std::string key;
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

bool JsonSource::parse()
{
    const char *begin = m_bytes.constData();
    const char *cursor = begin;
    std::string topKey;
    bool inTopArray = false;
    // The member names seen so far in each object being parsed, innermost last: JSON allows a
    // repeated name, but keeping only one of the values would silently lose the other.
    std::vector<std::set<std::string>> openObjects;

    const auto offsetOfLastRead = [&]() -> std::size_t {
        const auto read = static_cast<std::size_t>(cursor - begin);
        return read > 0 ? read - 1 : 0;
    };

    const Json::parser_callback_t callback = [&](int depth, Json::parse_event_t event,
                                                 Json &parsed) {
        if (depth > MaxJsonDepth)
            throw TooDeep{offsetOfLastRead()};
        using E = Json::parse_event_t;
        if (event == E::object_start) {
            openObjects.emplace_back();
        } else if (event == E::object_end) {
            openObjects.pop_back();
        } else if (event == E::key && !openObjects.empty()) {
            auto name = parsed.get<std::string>();
            if (!openObjects.back().insert(name).second)
                throw DuplicateKey{tokenStart(offsetOfLastRead()), std::move(name)};
        }
        if (depth == 1 && event == E::key) {
            topKey = parsed.get<std::string>();
            m_memberLines[topKey] = lineAt(offsetOfLastRead());
        } else if (depth == 1 && event == E::array_start) {
            inTopArray = true;
            m_elementLines[topKey].clear();
        } else if (depth == 1 && event == E::array_end) {
            inTopArray = false;
        } else if (depth == 2 && inTopArray
                   && (event == E::object_start || event == E::array_start
                       || event == E::value)) {
            m_elementLines[topKey].push_back(lineAt(offsetOfLastRead()));
        }
        return true;
    };

    try {
        TrackingIterator first(begin, &cursor);
        TrackingIterator last(begin + m_bytes.size(), &cursor);
        m_root = Json::parse(first, last, callback, /*allow_exceptions=*/true,
                             /*ignore_comments=*/false);
        return true;
    } catch (const Json::parse_error &e) {
        const std::size_t offset = tokenStart(e.byte > 0 ? e.byte - 1 : 0);
        m_errorLine = lineAt(offset);
        m_errorColumn = columnAt(offset);
        m_errorMessage = QStringLiteral("not valid JSON: ") + explanationOf(e.what());
    } catch (const TooDeep &e) {
        m_errorLine = lineAt(e.offset);
        m_errorColumn = columnAt(e.offset);
        m_errorMessage = QStringLiteral("the JSON is nested more than %1 levels deep")
                             .arg(MaxJsonDepth);
    } catch (const DuplicateKey &e) {
        m_errorLine = lineAt(e.offset);
        m_errorColumn = columnAt(e.offset);
        m_errorMessage = QStringLiteral("\"%1\" appears twice in the same object; keep one")
                             .arg(QString::fromUtf8(e.key.data(),
                                                    static_cast<qsizetype>(e.key.size())));
    } catch (const std::exception &e) {
        // Out of memory or any other library failure: report, never crash.
        m_errorMessage = QStringLiteral("could not be parsed: ") + explanationOf(e.what());
    }
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
