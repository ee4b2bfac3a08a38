#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace kdd {

// Pretty-prints JSON the way .kdd files are stored: 2-space indent, members in the order given,
// arrays of scalars on one line, the elements of any "links" array one per line, and a
// final newline. The output depends only on the value, so equal values print identical bytes.
std::string toCanonicalJson(const nlohmann::ordered_json &value);

} // namespace kdd
