#include "jsonsource.h"

#include "canonicaljson.h"
#include "kddfile.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <iterator>
#include <memory>
#include <unordered_set>

#include <QCoreApplication>
#include <QLocale>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

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

} // namespace

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: " (or "[json.exception.out_of_range.406] "); we report the location ourselves, so
// keep only the explanation.
QString libraryErrorText(const char *what)
{
    std::string text(what ? what : "");
    // Every tag, wherever it is: a message may quote another.
    for (std::size_t tag = text.find("[json.exception"); tag != std::string::npos;
         tag = text.find("[json.exception", tag)) {
        const std::size_t end = text.find(']', tag);
        if (end == std::string::npos) {
            text.erase(tag);
            break;
        }
        text.erase(tag, end + 1 - tag);
        while (tag < text.size() && text[tag] == ' ')
            text.erase(tag, 1);
    }
    if (text.rfind("parse error", 0) == 0) {
        const auto colon = text.find(": ");
        if (colon != std::string::npos)
            text.erase(0, colon + 2);
    }
    if (text.empty())
        text = "unknown error in the JSON library";
    QString message = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    constexpr int maxLength = 240;
    if (message.size() > maxLength)
        message = message.left(maxLength) + QStringLiteral("…");
    return message;
}

QString libraryErrorText(const std::exception &error)
{
    if (dynamic_cast<const std::bad_alloc *>(&error))
        return ReaderText::tr("there is not enough memory");
    return libraryErrorText(error.what());
}

JsonSource::JsonSource(QByteArray bytes, std::vector<std::string> listsWithLines)
    : m_bytes(std::move(bytes)), m_listsWithLines(std::move(listsWithLines))
{
    m_lineStarts.push_back(0);
    const char *text = m_bytes.constData();
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (text[i] == '\n')
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

// nlohmann refuses a number beyond ±1.8e308 ("number overflow") and stops. Such a number is
// valid JSON and must survive load → save, so before parsing it is replaced by "0" and spaces of
// the same length (offsets, lines and columns stay right) and its text is noted; the DOM builder
// puts the text back as a raw number. Strings are skipped; malformed numbers are left for the
// parser to report.
void JsonSource::maskHugeNumbers()
{
    const auto size = static_cast<std::size_t>(m_bytes.size());
    const char *text = m_bytes.constData();
    const auto digit = [&](std::size_t i) { return i < size && text[i] >= '0' && text[i] <= '9'; };
    bool inString = false;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !digit(i))
            continue;
        const std::size_t start = i;
        std::size_t j = c == '-' ? i + 1 : i;
        const std::size_t intStart = j;
        while (digit(j))
            ++j;
        bool wellFormed = j > intStart && !(text[intStart] == '0' && j - intStart > 1);
        std::size_t significant = j - intStart;
        for (std::size_t k = intStart; k < j && text[k] == '0'; ++k)
            --significant;
        if (j < size && text[j] == '.') {
            const std::size_t fraction = ++j;
            while (digit(j))
                ++j;
            wellFormed = wellFormed && j > fraction;
        }
        long long exponent = 0;
        if (j < size && (text[j] == 'e' || text[j] == 'E')) {
            ++j;
            const bool negative = j < size && text[j] == '-';
            if (j < size && (text[j] == '-' || text[j] == '+'))
                ++j;
            const std::size_t digits = j;
            for (; digit(j); ++j)
                exponent = std::min(exponent * 10 + (text[j] - '0'), 1000000000LL);
            wellFormed = wellFormed && j > digits;
            if (negative)
                exponent = -exponent;
        }
        i = j - 1;
        // At least 10^(significant - 1 + exponent): only then can a double overflow.
        if (!wellFormed || significant == 0 || static_cast<long long>(significant) + exponent < 309)
            continue;
        double value = 0;
        const auto [end, error] = std::from_chars(text + start, text + j, value);
        if (error != std::errc::result_out_of_range)
            continue;
        m_hugeNumbers.emplace_back(start, std::string(text + start, j - start));
        char *masked = m_bytes.data() + start; // detaches a shared copy, once
        text = m_bytes.constData();
        masked[0] = '0';
        std::fill(masked + 1, masked + (j - start), ' ');
    }
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
// top-level members and the elements of top-level lists start, refuses repeated member names,
// nesting deeper than MaxJsonDepth and more than MaxJsonValues values, and keeps numbers that
// would not print back as written as raw numbers.
class DomBuilder
{
public:
    using Json = nlohmann::ordered_json;

    enum class Stop { None, TooDeep, TooManyValues, DuplicateKey, Syntax };

    DomBuilder(const char *begin, const char *const *cursor, std::function<int(std::size_t)> lineAt,
               std::vector<int> &memberLines, const std::vector<std::string> &listsWithLines,
               std::map<std::string, std::vector<int>> &elementLines,
               const std::vector<std::pair<std::size_t, std::string>> &hugeNumbers)
        : m_begin(begin), m_cursor(cursor), m_lineAt(std::move(lineAt)), m_memberLines(memberLines),
          m_listsWithLines(listsWithLines), m_elementLines(elementLines), m_hugeNumbers(hugeNumbers)
    {
    }

    Json root;
    Stop stop = Stop::None;
    std::size_t stopOffset = 0;
    std::string stopDetail; // the repeated key, or the parser's message

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool value) { return put(Json(value)); }
    // Only a number with a minus sign arrives here, so 0 was written "-0".
    bool number_integer(Json::number_integer_t value)
    {
        return put(value == 0 ? rawNumber("-0") : Json(value));
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        // A masked huge number reads as 0; the next one noted, if it started before here.
        if (value == 0 && m_nextHuge < m_hugeNumbers.size()
            && m_hugeNumbers[m_nextHuge].first <= lastRead())
            return put(rawNumber(m_hugeNumbers[m_nextHuge++].second));
        return put(Json(value));
    }
    // Integers beyond 64 bits, exponents and long fractions arrive here; keep the text of any
    // that would print differently (1e400 would even become null) so that saving keeps it.
    bool number_float(Json::number_float_t value, const Json::string_t &text)
    {
        Json number(value);
        if (number.dump() != text)
            return put(rawNumber(text));
        return put(std::move(number));
    }
    bool string(Json::string_t &value) { return put(Json(std::move(value))); }
    bool binary(Json::binary_t &value) { return put(Json::binary(std::move(value))); }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t &name)
    {
        if (!isNewKey(name)) {
            stop = Stop::DuplicateKey;
            stopOffset = lastRead();
            stopDetail = name;
            return false;
        }
        if (m_stack.size() == 1) {
            m_memberLines.push_back(m_lineAt(lastRead()));
            m_trackedList = std::find(m_listsWithLines.begin(), m_listsWithLines.end(), name)
                         != m_listsWithLines.end();
            if (m_trackedList)
                m_topKey = name;
        }
        m_key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error)
    {
        stop = Stop::Syntax;
        stopOffset = position > 0 ? position - 1 : 0;
        stopDetail = error.what();
        return false;
    }

private:
    // Small objects are searched directly; a large one gets a hash index of its names, built
    // when it grows past the threshold, so that every member costs constant time.
    bool isNewKey(const std::string &name)
    {
        constexpr std::size_t indexThreshold = 16;
        ObjectFrame &frame = m_objects[m_openObjects - 1];
        const auto &members = frame.members;
        std::unique_ptr<std::unordered_set<std::size_t>> &index = frame.index;
        const auto isRepeated = [&] {
            return std::any_of(members.begin(), members.end(),
                               [&](const auto &member) { return member.first == name; });
        };
        if (!index) {
            if (isRepeated())
                return false;
            if (members.size() < indexThreshold)
                return true;
            index = std::make_unique<std::unordered_set<std::size_t>>();
            for (const auto &member : members)
                index->insert(std::hash<std::string>()(member.first));
        }
        // Hashes only (names may be long and many); a hash seen before is confirmed by a search.
        return index->insert(std::hash<std::string>()(name)).second || !isRepeated();
    }

    bool countValue()
    {
        if (++m_values <= static_cast<std::size_t>(MaxJsonValues))
            return true;
        stop = Stop::TooManyValues;
        stopOffset = lastRead();
        return false;
    }

    std::size_t lastRead() const
    {
        const auto read = static_cast<std::size_t>(*m_cursor - m_begin);
        return read > 0 ? read - 1 : 0;
    }

    // A value starts here: note its line if it is an element of a top-level list.
    void noteStart()
    {
        if (m_stack.size() == 2 && m_inTopArray && m_trackedList && m_stack.back()->is_array())
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
        auto &members = m_objects[m_openObjects - 1].members;
        members.emplace_back(std::move(m_key), std::move(value));
        return &members.back().second;
    }

    bool put(Json &&value)
    {
        if (!countValue())
            return false;
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
        if (!countValue())
            return false;
        noteStart();
        const bool object = container.is_object();
        if (!object && m_stack.size() == 1) {
            m_inTopArray = true;
            if (m_trackedList)
                m_elementLines[m_topKey].clear();
        }
        m_stack.push_back(add(std::move(container)));
        if (object) {
            if (m_openObjects == m_objects.size())
                m_objects.emplace_back();
            ObjectFrame &frame = m_objects[m_openObjects++];
            frame.members.clear();
            frame.index.reset();
        }
        return true;
    }

    bool close()
    {
        if (m_stack.back()->is_object()) {
            // The key was checked new, so append without ordered_map's linear search, into
            // exactly the room needed.
            ObjectFrame &frame = m_objects[--m_openObjects];
            auto &members = static_cast<std::vector<std::pair<const std::string, Json>> &>(
                m_stack.back()->get_ref<Json::object_t &>());
            members.reserve(frame.members.size());
            for (auto &member : frame.members)
                members.emplace_back(std::move(member.first), std::move(member.second));
            frame.members.clear();
            frame.index.reset();
        }
        m_stack.pop_back();
        if (m_stack.size() == 1)
            m_inTopArray = false;
        return true;
    }

    const char *m_begin;
    const char *const *m_cursor;
    std::function<int(std::size_t)> m_lineAt;
    std::vector<int> &m_memberLines;
    const std::vector<std::string> &m_listsWithLines;
    bool m_trackedList = false; // the current top-level member is one of m_listsWithLines
    std::map<std::string, std::vector<int>> &m_elementLines;
    const std::vector<std::pair<std::size_t, std::string>> &m_hugeNumbers;
    std::size_t m_nextHuge = 0;
    std::vector<Json *> m_stack;
    // The members of an open object are collected here and moved into it when it closes: an
    // ordered_map's vector holds const keys, so growing it copies (deeply) instead of moving,
    // and it would keep up to twice the room it needs. Frames are reused by depth.
    struct ObjectFrame
    {
        std::vector<std::pair<std::string, Json>> members;
        std::unique_ptr<std::unordered_set<std::size_t>> index; // hashes of the names, once large
    };
    std::vector<ObjectFrame> m_objects;
    std::size_t m_openObjects = 0;
    std::size_t m_values = 0;
    std::string m_key;
    std::string m_topKey;
    bool m_inTopArray = false;
};

} // namespace

bool JsonSource::parse()
{
    maskHugeNumbers();
    const char *begin = m_bytes.constData();
    const char *cursor = begin;
    DomBuilder builder(
        begin, &cursor, [this](std::size_t offset) { return lineAt(offset); }, m_memberLines,
        m_listsWithLines, m_elementLines, m_hugeNumbers);
    try {
        TrackingIterator first(begin, &cursor);
        TrackingIterator last(begin + m_bytes.size(), &cursor);
        if (Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json,
                            /*strict=*/true,
                            /*ignore_comments=*/false)) {
            m_root = std::move(builder.root);
            return true;
        }
    } catch (const std::exception &e) {
        // Out of memory or any other library failure: report, never crash.
        m_errorMessage = ReaderText::tr("could not be parsed: ") + libraryErrorText(e);
        m_root = Json();
        return false;
    }
    std::size_t offset = builder.stopOffset;
    switch (builder.stop) {
    case DomBuilder::Stop::Syntax:
        offset = tokenStart(offset);
        m_errorMessage =
            ReaderText::tr("not valid JSON: ") + libraryErrorText(builder.stopDetail.c_str());
        break;
    case DomBuilder::Stop::TooDeep:
        m_errorMessage =
            ReaderText::tr("the JSON is nested more than %1 levels deep").arg(MaxJsonDepth);
        break;
    case DomBuilder::Stop::TooManyValues:
        m_errorMessage =
            ReaderText::tr("the file holds more than %1 JSON values (numbers, texts, "
                           "lists, objects…); KeyDriver diagrams hold far fewer, so "
                           "this is probably not one")
                .arg(QLocale(QLocale::English).toString(static_cast<qlonglong>(MaxJsonValues)));
        break;
    case DomBuilder::Stop::DuplicateKey:
        offset = tokenStart(offset);
        m_errorMessage =
            ReaderText::tr("\"%1\" appears twice in the same object; keep one")
                .arg(QString::fromUtf8(builder.stopDetail.data(),
                                       static_cast<qsizetype>(builder.stopDetail.size())));
        break;
    case DomBuilder::Stop::None:
        m_errorMessage = ReaderText::tr("not valid JSON");
        break;
    }
    m_errorLine = lineAt(offset);
    m_errorColumn = columnAt(offset);
    m_root = Json();
    return false;
}

int JsonSource::lineOfMember(const std::string &key) const
{
    // Lines are kept in member order (4 bytes each, however many members there are); a reader
    // asks for a handful, so a search is cheap.
    if (!m_root.is_object())
        return 0;
    std::size_t i = 0;
    for (const auto &member : m_root.get_ref<const Json::object_t &>()) {
        if (i >= m_memberLines.size())
            break;
        if (member.first == key)
            return m_memberLines[i];
        ++i;
    }
    return 0;
}

int JsonSource::lineOfElement(const std::string &key, std::size_t index) const
{
    const auto it = m_elementLines.find(key);
    if (it == m_elementLines.end() || index >= it->second.size())
        return lineOfMember(key);
    return it->second[index];
}

} // namespace kdd
