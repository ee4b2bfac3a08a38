#include "extras.h"

#include <nlohmann/json.hpp>

namespace kdd {

Extras::Extras(nlohmann::ordered_json object)
{
    if (object.is_object() && !object.empty())
        m_members = std::make_shared<const nlohmann::ordered_json>(std::move(object));
}

bool operator==(const Extras &a, const Extras &b)
{
    if (a.m_members == b.m_members)
        return true;
    if (!a.m_members || !b.m_members)
        return false;
    return *a.m_members == *b.m_members;
}

} // namespace kdd
