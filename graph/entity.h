#pragma once
// An actor or concept in the knowledge graph: a canonical name, a type and the other names it
// goes by. Plain value type.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

/// What kind of thing an entity is. The names (ORG, PERSON, ...) are part of every output format.
enum class EntityType {
    Org,     ///< company, agency, ministry, media outlet, party
    Person,  ///< a named person
    Gpe,     ///< country, city, state: a geopolitical actor
    Product, ///< a product or product line (H20, HBM chips)
    Law,     ///< a law, regulation, policy or agreement (CHIPS Act, export controls)
    Event,   ///< a named event (a summit, a trade war)
    Concept, ///< an argument that is not a named entity ("backdoors", "security risks")
    Other,   ///< a named thing of no other type, or type unknown
};

/// "ORG", "PERSON", "GPE", "PRODUCT", "LAW", "EVENT", "CONCEPT", "OTHER".
std::string_view entityTypeName(EntityType type);

/// Parses a type name case-insensitively; also accepts "ORGANIZATION", "LOC"/"LOCATION" (as GPE),
/// "POLICY" (as LAW). Example: parseEntityType("org") == EntityType::Org.
std::optional<EntityType> parseEntityType(std::string_view name);

struct Entity {
    std::string name; ///< canonical name as displayed
    EntityType type = EntityType::Other;
    std::vector<std::string> aliases; ///< other names, without the canonical one
};

} // namespace kg::graph
