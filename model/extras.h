#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>

namespace kdd {

// The JSON members of one file object that this version of KeyDriver does not know, kept verbatim
// (in file order) so that they survive load -> save unchanged. Immutable and cheap to copy.
class Extras
{
public:
    Extras() = default;
    // Keeps the members of `object` (a JSON object); an empty object is stored as nothing.
    explicit Extras(nlohmann::ordered_json object);

    bool isEmpty() const { return !m_members; }
    // The stored members as a JSON object, or nullptr when there are none.
    const nlohmann::ordered_json *members() const { return m_members.get(); }

    friend bool operator==(const Extras &a, const Extras &b);
    friend bool operator!=(const Extras &a, const Extras &b) { return !(a == b); }

private:
    std::shared_ptr<const nlohmann::ordered_json> m_members;
};

} // namespace kdd
