#include "canonicaljson.h"

#include <nlohmann/json.hpp>

namespace kdd {
namespace {

using Json = nlohmann::ordered_json;

bool isScalar(const Json &v) { return !v.is_structured(); }

bool allScalars(const Json &array)
{
    for (const Json &v : array) {
        if (!isScalar(v))
            return false;
    }
    return true;
}

bool isValidUtf8(const std::string &s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = 1;
        if (c >= 0x80) {
            if (c >= 0xC2 && c <= 0xDF)
                length = 2;
            else if (c >= 0xE0 && c <= 0xEF)
                length = 3;
            else if (c >= 0xF0 && c <= 0xF4)
                length = 4;
            else
                return false;
            if (i + length > n)
                return false;
            for (std::size_t k = 1; k < length; ++k) {
                if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                    return false;
            }
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90)
                || (c == 0xF4 && c1 > 0x8F))
                return false;
        }
        i += length;
    }
    return true;
}

// A JSON string literal, escaped exactly as nlohmann's dump() does with ensure_ascii off: only
// '"', '\' and the C0 controls (NUL included, as \u0000) are escaped; UTF-8 is written as is.
void writeString(const std::string &s, std::string &out)
{
    if (!isValidUtf8(s)) {
        // Strings are validated when read and built from QString when written, so this cannot
        // happen; if it did, replacing the bad bytes beats writing a file that cannot be read.
        out += Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void writeScalar(const Json &v, std::string &out)
{
    if (v.is_string())
        writeString(v.get_ref<const std::string &>(), out);
    else if (isRawNumber(v))
        out += numberText(v);
    else
        out += v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// One line: {"a": 1, "b": [2, 3]}.
void writeInline(const Json &v, std::string &out)
{
    if (v.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            writeString(it.key(), out);
            out += ": ";
            writeInline(it.value(), out);
        }
        out += '}';
    } else if (v.is_array()) {
        out += '[';
        bool first = true;
        for (const Json &e : v) {
            if (!first)
                out += ", ";
            first = false;
            writeInline(e, out);
        }
        out += ']';
    } else {
        writeScalar(v, out);
    }
}

void newline(int indent, std::string &out)
{
    out += '\n';
    out.append(static_cast<std::size_t>(indent) * 2, ' ');
}

void writeValue(const Json &v, int indent, bool elementsInline, std::string &out);

void writeMemberValue(const std::string &key, const Json &value, int indent, std::string &out)
{
    writeString(key, out);
    out += ": ";
    // Links (at the top level and in revisions) and a measure's data points are written one
    // per line, so that adding a month of data is a one-line diff.
    writeValue(value, indent, key == "links" || key == "data", out);
}

void writeValue(const Json &v, int indent, bool elementsInline, std::string &out)
{
    if (v.is_object() && !v.empty()) {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            newline(indent + 1, out);
            writeMemberValue(it.key(), it.value(), indent + 1, out);
        }
        newline(indent, out);
        out += '}';
    } else if (v.is_array() && !v.empty() && !allScalars(v)) {
        out += '[';
        bool first = true;
        for (const Json &e : v) {
            if (!first)
                out += ',';
            first = false;
            newline(indent + 1, out);
            if (elementsInline)
                writeInline(e, out);
            else
                writeValue(e, indent + 1, false, out);
        }
        newline(indent, out);
        out += ']';
    } else {
        writeInline(v, out);
    }
}

} // namespace

std::string toCanonicalJson(const nlohmann::ordered_json &value)
{
    std::string out;
    writeValue(value, 0, false, out);
    out += '\n';
    return out;
}

CanonicalObjectWriter::CanonicalObjectWriter(std::string &out, int indent)
    : m_out(out), m_indent(indent)
{
    m_out += '{';
}

void CanonicalObjectWriter::startMember(const std::string &key)
{
    if (!m_firstMember)
        m_out += ',';
    m_firstMember = false;
    newline(m_indent + 1, m_out);
    writeString(key, m_out);
    m_out += ": ";
}

void CanonicalObjectWriter::member(const std::string &key, const nlohmann::ordered_json &value)
{
    if (!m_firstMember)
        m_out += ',';
    m_firstMember = false;
    newline(m_indent + 1, m_out);
    writeMemberValue(key, value, m_indent + 1, m_out);
}

void CanonicalObjectWriter::beginArray(const std::string &key, bool inlineElements)
{
    startMember(key);
    m_out += '[';
    m_firstElement = true;
    m_inlineElements = inlineElements;
}

void CanonicalObjectWriter::element(const nlohmann::ordered_json &value)
{
    if (!m_firstElement)
        m_out += ',';
    m_firstElement = false;
    newline(m_indent + 2, m_out);
    if (m_inlineElements)
        writeInline(value, m_out);
    else
        writeValue(value, m_indent + 2, false, m_out);
}

void CanonicalObjectWriter::endArray()
{
    // An empty list prints "[]", as toCanonicalJson does.
    if (!m_firstElement)
        newline(m_indent + 1, m_out);
    m_out += ']';
}

void CanonicalObjectWriter::finish()
{
    if (!m_firstMember)
        newline(m_indent, m_out);
    m_out += '}';
}

Json rawNumber(const std::string &text)
{
    return Json::binary(Json::binary_t::container_type(text.begin(), text.end()), RawNumberSubtype);
}

bool isRawNumber(const Json &value)
{
    if (!value.is_binary())
        return false;
    const Json::binary_t &binary = value.get_binary();
    return binary.has_subtype() && binary.subtype() == RawNumberSubtype;
}

std::string numberText(const Json &value)
{
    if (isRawNumber(value)) {
        const Json::binary_t &binary = value.get_binary();
        return std::string(binary.begin(), binary.end());
    }
    return value.is_number() ? value.dump() : std::string();
}

} // namespace kdd
