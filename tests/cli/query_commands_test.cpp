#include "tests/cli/cli_store_fixture.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kg::cli {
namespace {

using testing::CliStoreTest;
using testing::Result;

// Compares `actual` with tests/data/graph/query_commands/<name>.txt; KG_UPDATE_GOLDEN=1 rewrites
// it.
void expectGolden(const std::string& name, const std::string& actual) {
    const std::string path =
        std::string(KG_SOURCE_DIR) + "/tests/data/graph/query_commands/" + name + ".txt";
    const char* update = std::getenv("KG_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream file(path, std::ios::binary);
    ASSERT_TRUE(file.good()) << "missing golden file " << path
                             << " (run with KG_UPDATE_GOLDEN=1 to create it)";
    std::stringstream expected;
    expected << file.rdbuf();
    EXPECT_EQ(actual, expected.str()) << "golden file " << path;
}

rapidjson::Document parseJson(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    EXPECT_FALSE(doc.HasParseError()) << text;
    return doc;
}

TEST_F(CliStoreTest, TextOutputsMatchGoldenFiles) {
    struct Case {
        const char* golden;
        std::vector<std::string> args;
    };
    const Case cases[] = {
        {"path_cac_trump", {"path", "CAC", "Trump administration"}},
        {"path_k3", {"path", "People's Daily", "H20", "--k", "3"}},
        {"path_none", {"path", "Nvidia", "Lonely Corp", "--directed", "--type", "org"}},
        {"show_nvidia", {"show", "nvidia"}},
        {"show_cac", {"show", "CAC"}},
        {"neighbors_nvidia_2", {"neighbors", "Nvidia", "--depth", "2"}},
        {"stats", {"stats", "--top", "3"}},
    };
    for (const Case& c : cases) {
        const Result r = kg(c.args);
        EXPECT_EQ(r.code, 0) << c.golden << ": " << r.err;
        EXPECT_EQ(r.err, "") << c.golden;
        expectGolden(c.golden, r.out);
    }
}

TEST_F(CliStoreTest, PathPrintsHopsWithDirectionAndEvidence) {
    const Result r = kg({"path", "CAC", "Trump administration"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("  Cyberspace Administration of China \u2014summon\u2192 Nvidia\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("  H20 \u2190ban sale of\u2014 Trump administration\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("(00_h20.txt, sentence 9)  +1 more source"), std::string::npos) << r.out;
}

TEST_F(CliStoreTest, PathJson) {
    Result r = kg({"path", "CAC", "Trump administration", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    rapidjson::Document doc = parseJson(r.out);
    ASSERT_TRUE(doc.IsObject());
    EXPECT_STREQ(doc["from"]["name"].GetString(), "Cyberspace Administration of China");
    const auto& paths = doc["paths"];
    ASSERT_EQ(paths.Size(), 1u);
    ASSERT_EQ(paths[0]["length"].GetUint(), 3u);
    const auto& hops = paths[0]["hops"];
    ASSERT_EQ(hops.Size(), 3u);
    EXPECT_STREQ(hops[0]["relation"].GetString(), "summon");
    EXPECT_STREQ(hops[0]["direction"].GetString(), "forward");
    EXPECT_EQ(hops[0]["evidence"].Size(), 2u);
    EXPECT_EQ(hops[0]["evidence"][0]["sentence"].GetInt(), 9);
    EXPECT_STREQ(hops[2]["direction"].GetString(), "backward");
    EXPECT_STREQ(hops[2]["subject"].GetString(), "Trump administration");
    EXPECT_STREQ(hops[2]["from"].GetString(), "H20");

    r = kg({"path", "Nvidia", "Lonely Corp", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    doc = parseJson(r.out);
    ASSERT_TRUE(doc["paths"].IsArray());
    EXPECT_EQ(doc["paths"].Size(), 0u);
}

TEST_F(CliStoreTest, PathOptionsChangeTheAnswer) {
    struct Case {
        std::vector<std::string> args;
        std::size_t paths;
    };
    const Case cases[] = {
        {{"path", "People's Daily", "H20", "--json"}, 1},
        {{"path", "People's Daily", "H20", "--json", "--k", "5"}, 2},
        {{"path", "People's Daily", "H20", "--json", "--max-hops", "1"}, 0},
        {{"path", "People's Daily", "H20", "--json", "--directed"}, 1},
        {{"path", "H20", "People's Daily", "--json", "--directed"}, 0},
        {{"path", "CAC", "H20", "--json", "--relation", "summon", "--relation", "make"}, 1},
        {{"path", "CAC", "H20", "--json", "--relation", "summon"}, 0},
        {{"path", "CAC", "H20", "--json", "--type", "PRODUCT"}, 0},
        {{"path", "CAC", "H20", "--json", "--type", "ORG"}, 1},
        {{"path", "Trump administration", "Nvidia", "--json", "--k", "2"}, 2},
        {{"path", "Trump administration", "Nvidia", "--json", "--k", "2", "--type", "PRODUCT"}, 1},
    };
    for (const Case& c : cases) {
        const Result r = kg(c.args);
        ASSERT_EQ(r.code, 0) << r.err;
        const rapidjson::Document doc = parseJson(r.out);
        EXPECT_EQ(doc["paths"].Size(), c.paths) << ::testing::PrintToString(c.args);
    }
}

TEST_F(CliStoreTest, BadNamesAndOptions) {
    struct Case {
        std::vector<std::string> args;
        int code;
        const char* message;
    };
    const Case cases[] = {
        {{"path", "Nvidai", "H20"}, 1, "no entity named 'Nvidai'; did you mean 'Nvidia'?"},
        {{"path", "Nvidia", "H2O"}, 1, "did you mean 'H20'"},
        {{"show", "Trump"}, 1, "did you mean 'Trump administration'"},
        {{"neighbors", "Nobody At All"}, 1, "no entity named 'Nobody At All'"},
        {{"path", "Nvidia", "H20", "--type", "ROBOT"}, 2, "unknown entity type 'ROBOT'"},
        {{"path", "Nvidia", "H20", "--max-hops", "0"}, 2, "max-hops"},
        {{"path", "Nvidia"}, 2, "TO"},
        {{"neighbors", "Nvidia", "--depth", "-1"}, 2, "depth"},
    };
    for (const Case& c : cases) {
        const Result r = kg(c.args);
        EXPECT_EQ(r.code, c.code) << ::testing::PrintToString(c.args) << r.err;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_EQ(r.out, "");
    }
}

TEST_F(CliStoreTest, MissingOrForeignStore) {
    const std::string missing = (dir_ / "none.db").string();
    for (const char* command : {"path", "show", "neighbors", "stats"}) {
        std::vector<std::string> args{command};
        if (std::string(command) == "path") {
            args = {"path", "A", "B"};
        } else if (std::string(command) != "stats") {
            args.push_back("A");
        }
        const Result r = kg(args, missing);
        EXPECT_EQ(r.code, 1) << command;
        EXPECT_EQ(r.err, "kg: " + missing + ": no store here; run 'kg ingest FILE' first\n");
    }
    EXPECT_FALSE(std::filesystem::exists(missing));
    const std::string text = (dir_ / "notes.txt").string();
    std::ofstream(text) << "plain text, not a database at all; long enough for SQLite to look.\n";
    const Result r = kg({"stats"}, text);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "kg: " + text + ": not a kg store\n");
}

TEST_F(CliStoreTest, ShowJson) {
    const Result r = kg({"show", "cac", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const rapidjson::Document doc = parseJson(r.out);
    EXPECT_STREQ(doc["name"].GetString(), "Cyberspace Administration of China");
    EXPECT_STREQ(doc["type"].GetString(), "ORG");
    ASSERT_EQ(doc["aliases"].Size(), 1u);
    EXPECT_STREQ(doc["aliases"][0].GetString(), "CAC");
    ASSERT_EQ(doc["outgoing"].Size(), 1u);
    EXPECT_STREQ(doc["outgoing"][0]["object"].GetString(), "Nvidia");
    EXPECT_EQ(doc["outgoing"][0]["evidence_count"].GetUint(), 2u);
    EXPECT_EQ(doc["incoming"].Size(), 0u);

    const Result nvidia = kg({"show", "Nvidia", "--json"});
    const rapidjson::Document card = parseJson(nvidia.out);
    ASSERT_EQ(card["outgoing"].Size(), 3u);
    EXPECT_STREQ(card["outgoing"][1]["relation"].GetString(), "have");
    EXPECT_TRUE(card["outgoing"][1]["negated"].GetBool());
    ASSERT_EQ(card["incoming"].Size(), 2u);
    EXPECT_STREQ(card["incoming"][0]["subject"].GetString(), "Cyberspace Administration of China");
    EXPECT_STREQ(card["incoming"][1]["subject"].GetString(), "People's Daily");
}

TEST_F(CliStoreTest, NeighborsJson) {
    struct Case {
        const char* depth;
        std::size_t entities;
        std::size_t assertions;
    };
    const Case cases[] = {{"0", 1, 0}, {"1", 5, 5}, {"2", 6, 8}, {"5", 6, 8}};
    for (const Case& c : cases) {
        const Result r = kg({"neighbors", "Nvidia", "--depth", c.depth, "--json"});
        ASSERT_EQ(r.code, 0) << r.err;
        const rapidjson::Document doc = parseJson(r.out);
        EXPECT_EQ(doc["entities"].Size(), c.entities) << c.depth;
        EXPECT_EQ(doc["assertions"].Size(), c.assertions) << c.depth;
        EXPECT_STREQ(doc["entities"][0]["name"].GetString(), "Nvidia");
        EXPECT_EQ(doc["entities"][0]["distance"].GetUint(), 0u);
    }
}

TEST_F(CliStoreTest, StatsJson) {
    const Result r = kg({"stats", "--json", "--top", "2"});
    ASSERT_EQ(r.code, 0) << r.err;
    const rapidjson::Document doc = parseJson(r.out);
    EXPECT_EQ(doc["entities"].GetUint(), 8u);
    EXPECT_EQ(doc["assertions"].GetUint(), 9u);
    EXPECT_EQ(doc["evidence"].GetUint(), 10u);
    EXPECT_EQ(doc["documents"].GetUint(), 3u);
    EXPECT_EQ(doc["ingested_files"].GetUint(), 2u);
    EXPECT_EQ(doc["by_type"]["ORG"].GetUint(), 5u);
    ASSERT_EQ(doc["top_by_degree"].Size(), 2u);
    EXPECT_STREQ(doc["top_by_degree"][0]["name"].GetString(), "Nvidia");
    EXPECT_EQ(doc["top_by_degree"][0]["degree"].GetUint(), 5u);
    ASSERT_EQ(doc["top_by_pagerank"].Size(), 2u);
    EXPECT_GT(doc["top_by_pagerank"][0]["pagerank"].GetDouble(),
              doc["top_by_pagerank"][1]["pagerank"].GetDouble());
}

} // namespace
} // namespace kg::cli
