#include "tests/cli/cli_store_fixture.h"

#include <gtest/gtest.h>

namespace kg::cli {
namespace {

using testing::CliStoreTest;
using testing::Result;

TEST_F(CliStoreTest, AliasAddMakesANewNameResolve) {
    Result r = kg({"alias", "add", "Nvidia Corporation", "nvidia"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "'Nvidia Corporation' is now an alias of Nvidia.\n");
    r = kg({"show", "NVIDIA CORPORATION"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("also known as: Nvidia Corporation"), std::string::npos) << r.out;

    // It also applies to statements ingested afterwards.
    graph::Store store = graph::Store::open(db_, graph::OpenMode::ReadWrite);
    store.ingest({}, {testing::storyStatement("Nvidia Corporation", graph::EntityType::Org, "sell",
                                              "H20", graph::EntityType::Product, 1,
                                              "Nvidia Corporation sells the H20.")});
    const graph::KnowledgeGraph g = store.load();
    EXPECT_EQ(g.find("Nvidia Corporation"), g.find("Nvidia"));
    EXPECT_EQ(g.outgoing(*g.find("Nvidia")).size(), 4u);
}

TEST_F(CliStoreTest, AliasAddOfAnExistingEntityMergesIt) {
    Result r = kg({"alias", "add", "Trump administration", "Lonely Corp"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "Merged Trump administration into Lonely Corp: Trump administration is now "
                     "an alias of Lonely Corp (3 assertions moved).\n");
    const graph::KnowledgeGraph g = graph::Store::open(db_, graph::OpenMode::ReadOnly).load();
    EXPECT_EQ(g.find("Trump administration"), g.find("Lonely Corp"));
    EXPECT_EQ(g.outgoing(*g.find("Lonely Corp")).size(), 3u);
    EXPECT_EQ(g.entityCount(), 7u);
}

TEST_F(CliStoreTest, AliasAddOfAKnownNameDoesNothing) {
    const Result r = kg({"alias", "add", "cac", "Cyberspace Administration of China"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "'cac' already names Cyberspace Administration of China; nothing to do.\n");
    EXPECT_EQ(graph::Store::open(db_, graph::OpenMode::ReadOnly).aliases().size(), 1u);
}

TEST_F(CliStoreTest, MergeFoldsAssertionsAndNames) {
    Result r = kg({"merge", "CAC", "People's Daily"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "Merged Cyberspace Administration of China into People's Daily: Cyberspace "
                     "Administration of China, CAC are now aliases of People's Daily (1 "
                     "assertion moved).\n");
    r = kg({"show", "cac", "--json"});
    EXPECT_NE(r.out.find("\"name\": \"People's Daily\""), std::string::npos) << r.out;
    const graph::KnowledgeGraph g = graph::Store::open(db_, graph::OpenMode::ReadOnly).load();
    const auto daily = g.find("People's Daily");
    ASSERT_TRUE(daily.has_value());
    EXPECT_EQ(g.find("Cyberspace Administration of China"), daily);
    EXPECT_EQ(g.outgoing(*daily).size(), 3u); // urge, criticize, summon

    r = kg({"merge", "CAC", "people\u2019s daily"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "'CAC' and 'people\u2019s daily' are already one entity: People's Daily.\n");
}

TEST_F(CliStoreTest, AliasErrors) {
    struct Case {
        std::vector<std::string> args;
        int code;
        const char* message;
    };
    const Case cases[] = {
        {{"alias", "add", "NV", "Nvidai"}, 1, "no entity named 'Nvidai'; did you mean 'Nvidia'?"},
        {{"merge", "Nvidai", "H20"}, 1, "did you mean 'Nvidia'"},
        {{"merge", "Nvidia", "H2O"}, 1, "did you mean 'H20'"},
        {{"alias", "add", "  ", "Nvidia"}, 2, "the alias is empty"},
        {{"alias", "add", "cac", "Nvidia"},
         1,
         "'cac' is already an alias of Cyberspace Administration of China; to fold the two, run "
         "'kg merge \"Cyberspace Administration of China\" \"Nvidia\"'"},
        {{"alias", "add", "NV"}, 2, "CANONICAL"},
        {{"alias"}, 2, "subcommand"},
    };
    for (const Case& c : cases) {
        const Result r = kg(c.args);
        EXPECT_EQ(r.code, c.code) << ::testing::PrintToString(c.args) << r.err;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    }
    const graph::Store store = graph::Store::open(db_, graph::OpenMode::ReadOnly);
    EXPECT_EQ(store.aliases().size(), 1u);
    EXPECT_TRUE(store.merges().empty());
}

TEST_F(CliStoreTest, AliasNeedsAnExistingStore) {
    const std::string missing = (dir_ / "none.db").string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"alias", "add", "A", "B"}, {"merge", "A", "B"}}) {
        const Result r = kg(args, missing);
        EXPECT_EQ(r.code, 1);
        EXPECT_EQ(r.err, "kg: " + missing + ": no store here; run 'kg ingest FILE' first\n");
    }
    EXPECT_FALSE(std::filesystem::exists(missing));
}

} // namespace
} // namespace kg::cli
