#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace kdd {

// Pretty-prints JSON the way .kdd files are stored: 2-space indent, members in the order given,
// arrays of scalars on one line, the elements of any "links" array one per line, and a
// final newline. The output depends only on the value, so equal values print identical bytes.
std::string toCanonicalJson(const nlohmann::ordered_json &value);

// Writes one JSON object in the canonical form member by member, so that a large document is
// never assembled into one JSON value first (that would copy every unknown member once more).
// The output is the same as toCanonicalJson() of the assembled object.
class CanonicalObjectWriter
{
public:
    // Appends to `out`; `indent` is the nesting level of the object itself.
    explicit CanonicalObjectWriter(std::string &out, int indent = 0);

    // "key": value (a "links" array has one element per line).
    void member(const std::string &key, const nlohmann::ordered_json &value);
    // "key": [ ... ] written element by element (elements are objects or arrays); end with
    // endArray(). `inlineElements` puts each element on one line, as links are.
    void beginArray(const std::string &key, bool inlineElements);
    void element(const nlohmann::ordered_json &value);
    void endArray();
    // The closing brace (and nothing else); an object without members prints "{}".
    void finish();

private:
    void startMember(const std::string &key);

    std::string &m_out;
    int m_indent;
    bool m_firstMember = true;
    bool m_firstElement = true;
    bool m_inlineElements = false;
};

// Numbers whose text would change in a parse → print round trip (integers beyond 64 bits, many
// digits, exponents, -0) are kept as their text in a binary value with this subtype, which JSON
// text can never produce, and printed back verbatim.
constexpr unsigned RawNumberSubtype = 0x4E; // 'N'

nlohmann::ordered_json rawNumber(const std::string &text);
bool isRawNumber(const nlohmann::ordered_json &value);
// The text of a number as written in the file (raw or not); empty if `value` is not a number.
std::string numberText(const nlohmann::ordered_json &value);

} // namespace kdd
