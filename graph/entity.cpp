#include "graph/entity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace kg::graph {

namespace {

constexpr std::array<std::pair<std::string_view, EntityType>, 8> TYPE_NAMES{{
    {"ORG", EntityType::Org},
    {"PERSON", EntityType::Person},
    {"GPE", EntityType::Gpe},
    {"PRODUCT", EntityType::Product},
    {"LAW", EntityType::Law},
    {"EVENT", EntityType::Event},
    {"CONCEPT", EntityType::Concept},
    {"OTHER", EntityType::Other},
}};

constexpr std::array<std::pair<std::string_view, EntityType>, 6> TYPE_SYNONYMS{{
    {"ORGANIZATION", EntityType::Org},
    {"ORGANISATION", EntityType::Org},
    {"LOC", EntityType::Gpe},
    {"LOCATION", EntityType::Gpe},
    {"POLICY", EntityType::Law},
    {"PER", EntityType::Person},
}};

} // namespace

std::string_view entityTypeName(EntityType type) {
    for (const auto& [name, value] : TYPE_NAMES) {
        if (value == type) {
            return name;
        }
    }
    return "OTHER";
}

std::optional<EntityType> parseEntityType(std::string_view name) {
    std::string upper(name);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (const auto& [key, value] : TYPE_NAMES) {
        if (key == upper) {
            return value;
        }
    }
    for (const auto& [key, value] : TYPE_SYNONYMS) {
        if (key == upper) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace kg::graph
