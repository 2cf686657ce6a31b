#include "graph/entity.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

TEST(EntityType, NamesRoundTrip) {
    for (EntityType type :
         {EntityType::Org, EntityType::Person, EntityType::Gpe, EntityType::Product,
          EntityType::Law, EntityType::Event, EntityType::Concept, EntityType::Other}) {
        const auto parsed = parseEntityType(entityTypeName(type));
        ASSERT_TRUE(parsed.has_value()) << entityTypeName(type);
        EXPECT_EQ(*parsed, type);
    }
}

TEST(EntityType, ParsesSynonymsAndCase) {
    struct Case {
        const char* text;
        EntityType type;
    };
    const Case cases[] = {{"org", EntityType::Org},       {"Organization", EntityType::Org},
                          {"location", EntityType::Gpe},  {"policy", EntityType::Law},
                          {"person", EntityType::Person}, {"gPe", EntityType::Gpe}};
    for (const Case& c : cases) {
        const auto parsed = parseEntityType(c.text);
        ASSERT_TRUE(parsed.has_value()) << c.text;
        EXPECT_EQ(*parsed, c.type) << c.text;
    }
}

TEST(EntityType, RejectsUnknown) {
    for (const char* text : {"", "company", "ORG ", "PERSONS"}) {
        EXPECT_FALSE(parseEntityType(text).has_value()) << text;
    }
}

} // namespace
} // namespace kg::graph
