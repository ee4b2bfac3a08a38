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

void writeScalar(const Json &v, std::string &out)
{
    // Strings were validated as UTF-8 when read and are built from QString when written, so the
    // strict handler cannot fire; `replace` still guarantees we never throw mid-save.
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
            writeScalar(Json(it.key()), out);
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
            writeScalar(Json(it.key()), out);
            out += ": ";
            // Links (at the top level and in revisions) are written one per line.
            const bool linksArray = it.key() == "links";
            writeValue(it.value(), indent + 1, linksArray, out);
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

} // namespace kdd
