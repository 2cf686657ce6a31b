#include "export/identifiers.h"

#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace kg::exporters {
namespace {

TEST(Identifiers, EntityKeysAreSlugPlusHashOfNormalisedName) {
    EXPECT_EQ(entityKey("Nvidia"), entityKey("NVIDIA"));
    EXPECT_EQ(entityKey("People\u2019s  Daily"), entityKey("people's daily"));
    EXPECT_NE(entityKey("Nvidia"), entityKey("Nvidia Corp"));
    EXPECT_EQ(entityKey("Nvidia").substr(0, 7), "nvidia-");
    EXPECT_EQ(entityKey("\u4E2D\u56FD").substr(0, 2), "e-");
    EXPECT_EQ(entityKey("  --People's Daily!! ").substr(0, 15), "people-s-daily-");
}

TEST(Identifiers, AdversarialKeysAreUniqueAndSafe) {
    const std::regex safe("[a-z0-9][a-z0-9-]*-[0-9a-f]{8}");
    std::set<std::string> seen;
    for (const std::string& name : testing::adversarialNames()) {
        const std::string key = entityKey(name);
        EXPECT_TRUE(std::regex_match(key, safe)) << key;
        EXPECT_TRUE(seen.insert(key).second) << key;
    }
}

TEST(Identifiers, RelationSlugs) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"ban sale of", "ban_sale_of"}, {"say \"x\"", "say_%22x%22"}, {"\u7981", "%E7%A6%81"},
        {"a/b#c", "a%2Fb%23c"},         {"", "related_to"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(relationSlug(c.in), c.out) << c.in;
    }
}

TEST(Identifiers, RelationTypes) {
    struct Case {
        const char* in;
        bool negated;
        const char* out;
    };
    const Case cases[] = {
        {"ban sale of", false, "BAN_SALE_OF"},
        {"summon", false, "SUMMON"},
        {"deny", true, "NOT_DENY"},
        {"  say,  \"then\" ", false, "SAY_THEN"},
        {"\u7981\u6B62", false, "\u7981\u6B62"},
        {"-> !", false, "RELATED_TO"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(relationType(c.in, c.negated), c.out) << c.in;
    }
}

TEST(Identifiers, StatementKeysDependOnEveryPart) {
    const std::string base = statementKey("CAC", "summon", "Nvidia", false);
    EXPECT_EQ(base.size(), 16u);
    EXPECT_EQ(base, statementKey("cac", "Summon", "NVIDIA", false));
    EXPECT_NE(base, statementKey("CAC", "summon", "Nvidia", true));
    EXPECT_NE(base, statementKey("Nvidia", "summon", "CAC", false));
    EXPECT_NE(base, statementKey("CAC", "summons", "Nvidia", false));
}

} // namespace
} // namespace kg::exporters
