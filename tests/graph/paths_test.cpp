#include "graph/paths.h"

#include "tests/graph/fixture_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kg::graph {
namespace {

// A path written as "A-B-D".
std::string spell(const KnowledgeGraph& g, const Path& path) {
    std::string out;
    for (EntityId id : path.entities) {
        out += out.empty() ? "" : "-";
        out += g.entity(id).name;
    }
    return out;
}

// A path's hops written as "criticize>,fund<" ('>' walked subject to object, '<' against).
std::string spellHops(const KnowledgeGraph& g, const Path& path) {
    std::string out;
    for (const Hop& hop : path.hops) {
        out += out.empty() ? "" : ",";
        out += g.assertion(hop.assertion).relation;
        out += hop.forward ? ">" : "<";
    }
    return out;
}

TEST(ShortestPaths, TableOfQueries) {
    const KnowledgeGraph g = testing::fixtureGraph();
    struct Case {
        const char* name;
        const char* from;
        const char* to;
        PathOptions options;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        {"shortest, undirected, tie broken by entity id", "A", "D", {}, {"A-B-D"}},
        {"k shortest in order", "A", "D", {.k = 3}, {"A-B-D", "A-E-D", "A-B-C-D"}},
        {"k larger than the number of paths", "A", "D", {.k = 10}, {"A-B-D", "A-E-D", "A-B-C-D"}},
        {"directed follows subject to object",
         "A",
         "D",
         {.directed = true, .k = 3},
         {"A-B-D", "A-B-C-D"}},
        {"directed against every edge", "D", "A", {.directed = true}, {}},
        {"undirected walks edges backwards", "D", "A", {}, {"D-B-A"}},
        {"hop limit cuts long paths", "A", "D", {.maxHops = 2, .k = 5}, {"A-B-D", "A-E-D"}},
        {"hop limit too short", "A", "D", {.maxHops = 1}, {}},
        {"relation filter", "A", "D", {.k = 3, .relations = {"support"}}, {"A-B-C-D"}},
        {"relation filter is normalised", "A", "D", {.k = 3, .relations = {"  FUND "}}, {"A-E-D"}},
        {"several relations",
         "A",
         "D",
         {.k = 3, .relations = {"fund", "partner", "criticize"}},
         {"A-B-D", "A-E-D"}},
        {"directed relation filter", "A", "D", {.directed = true, .relations = {"fund"}}, {}},
        {"type filter on intermediates", "A", "D", {.k = 3, .types = {EntityType::Org}}, {"A-B-D"}},
        {"type filter allows only a GPE in between",
         "A",
         "D",
         {.k = 3, .types = {EntityType::Gpe}},
         {"A-E-D"}},
        {"endpoints need not match the type filter",
         "C",
         "E",
         {.k = 1, .types = {EntityType::Org}},
         {"C-D-E"}},
        {"no path to an isolated entity", "A", "F", {.k = 3}, {}},
        {"same entity is a path of no hops", "B", "B", {}, {"B"}},
        {"k = 0 asks for nothing", "A", "D", {.k = 0}, {}},
    };
    for (const Case& c : cases) {
        const auto paths = shortestPaths(g, *g.find(c.from), *g.find(c.to), c.options);
        std::vector<std::string> spelled;
        for (const Path& p : paths) {
            spelled.push_back(spell(g, p));
            EXPECT_EQ(p.hops.size() + 1, p.entities.size()) << c.name;
        }
        EXPECT_EQ(spelled, c.expected) << c.name;
    }
}

TEST(ShortestPaths, HopsNameTheAssertionAndDirection) {
    const KnowledgeGraph g = testing::fixtureGraph();
    const auto paths = shortestPaths(g, *g.find("A"), *g.find("D"), {.k = 2});
    ASSERT_EQ(paths.size(), 2u);
    // Between A and B the assertion with more evidence (criticize, 2 pieces) is the witness.
    EXPECT_EQ(spellHops(g, paths[0]), "criticize>,partner>");
    EXPECT_EQ(spellHops(g, paths[1]), "fund>,fund<");
    const Hop& back = paths[1].hops[1];
    EXPECT_EQ(g.entity(back.from).name, "E");
    EXPECT_EQ(g.entity(back.to).name, "D");
    EXPECT_EQ(g.entity(g.assertion(back.assertion).subject).name, "D");
}

TEST(ShortestPaths, RelationFilterChoosesTheMatchingParallelAssertion) {
    const KnowledgeGraph g = testing::fixtureGraph();
    const auto paths = shortestPaths(g, *g.find("A"), *g.find("B"), {.relations = {"support"}});
    ASSERT_EQ(paths.size(), 1u);
    EXPECT_EQ(spellHops(g, paths[0]), "support>");
}

TEST(ShortestPaths, PathsAreSimpleAndDistinct) {
    KnowledgeGraph g;
    // A ladder: many routes between S and T of different lengths.
    for (int i = 0; i < 6; ++i) {
        const std::string a{'a', static_cast<char>('0' + i)};
        const std::string b{'b', static_cast<char>('0' + i)};
        const std::string nextA{'a', static_cast<char>('1' + i)};
        const std::string nextB{'b', static_cast<char>('1' + i)};
        g.add(testing::fixtureStatement(a, EntityType::Org, "r", nextA, EntityType::Org));
        g.add(testing::fixtureStatement(b, EntityType::Org, "r", nextB, EntityType::Org));
        g.add(testing::fixtureStatement(a, EntityType::Org, "r", b, EntityType::Org));
    }
    const auto paths =
        shortestPaths(g, *g.find("a0"), *g.find("b6"), {.directed = true, .maxHops = 9, .k = 12});
    ASSERT_EQ(paths.size(), 6u); // one rung per path: a0..ai, bi..b6
    const auto undirected = shortestPaths(g, *g.find("a0"), *g.find("b6"), {.maxHops = 9, .k = 40});
    // networkx.all_simple_paths(cutoff=9) on the same ladder finds 26: six of 7 hops, 20 of 9.
    ASSERT_EQ(undirected.size(), 26u);
    EXPECT_EQ(undirected[5].hops.size(), 7u);
    EXPECT_EQ(undirected[6].hops.size(), 9u);
    std::vector<std::vector<EntityId>> seen;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto& entities = paths[i].entities;
        std::vector<EntityId> sorted = entities;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << i;
        EXPECT_EQ(std::find(seen.begin(), seen.end(), entities), seen.end()) << i;
        seen.push_back(entities);
    }
    for (std::size_t i = 1; i < undirected.size(); ++i) {
        EXPECT_LE(undirected[i - 1].hops.size(), undirected[i].hops.size()) << i;
        EXPECT_LE(undirected[i].hops.size(), 9u);
        EXPECT_NE(undirected[i - 1].entities, undirected[i].entities);
    }
}

} // namespace
} // namespace kg::graph
