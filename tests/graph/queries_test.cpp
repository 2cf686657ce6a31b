#include "graph/queries.h"

#include "tests/graph/fixture_graph.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

namespace kg::graph {
namespace {

std::string names(const KnowledgeGraph& g, const std::vector<RankedEntity>& ranked) {
    std::string out;
    for (const RankedEntity& r : ranked) {
        out += out.empty() ? "" : ",";
        out += g.entity(r.entity).name;
    }
    return out;
}

TEST(Neighborhood, GrowsWithDepth) {
    const KnowledgeGraph g = testing::fixtureGraph();
    struct Case {
        const char* center;
        std::size_t depth;
        const char* entities; // name:distance, in result order
        std::size_t assertions;
    };
    const Case cases[] = {
        {"A", 0, "A:0", 0},
        {"A", 1, "A:0,B:1,E:1", 3},         // support, fund, criticize
        {"A", 2, "A:0,B:1,E:1,C:2,D:2", 7}, // everything but G's self-loop
        {"A", 9, "A:0,B:1,E:1,C:2,D:2", 7},
        {"D", 1, "D:0,B:1,C:1,E:1", 4}, // incoming edges count too
        {"F", 3, "F:0", 0},
        {"G", 1, "G:0", 1}, // its self-loop
    };
    for (const Case& c : cases) {
        const Neighborhood n = neighborhood(g, *g.find(c.center), c.depth);
        std::string spelled;
        for (const Neighbor& e : n.entities) {
            spelled += spelled.empty() ? "" : ",";
            spelled += g.entity(e.entity).name;
            spelled += ":";
            spelled += std::to_string(e.distance);
        }
        EXPECT_EQ(spelled, c.entities) << c.center << " depth " << c.depth;
        EXPECT_EQ(n.assertions.size(), c.assertions) << c.center << " depth " << c.depth;
        EXPECT_TRUE(std::is_sorted(n.assertions.begin(), n.assertions.end()));
    }
}

TEST(EntityCard, GroupsRelationsByNameThenOtherEntity) {
    KnowledgeGraph g = testing::fixtureGraph();
    g.addAlias(*g.find("A"), "Alpha Corp");
    Statement negated = testing::fixtureStatement("A", EntityType::Org, "support", "B",
                                                  EntityType::Org, "late.txt", 9);
    negated.negated = true;
    g.add(negated);

    const EntityCard a = entityCard(g, *g.find("A"));
    EXPECT_EQ(a.name, "A");
    EXPECT_EQ(a.type, EntityType::Org);
    EXPECT_EQ(a.aliases, std::vector<std::string>{"Alpha Corp"});
    ASSERT_EQ(a.outgoing.size(), 4u);
    EXPECT_TRUE(a.incoming.empty());
    struct Line {
        const char* relation;
        const char* other;
        std::size_t evidence;
        bool negated;
    };
    const Line expected[] = {
        {"criticize", "B", 2, false},
        {"fund", "E", 1, false},
        {"support", "B", 1, false},
        {"support", "B", 1, true},
    };
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(a.outgoing[i].relation, expected[i].relation) << i;
        EXPECT_EQ(g.entity(a.outgoing[i].other).name, expected[i].other) << i;
        EXPECT_EQ(a.outgoing[i].evidenceCount, expected[i].evidence) << i;
        EXPECT_EQ(a.outgoing[i].negated, expected[i].negated) << i;
    }

    const EntityCard d = entityCard(g, *g.find("D"));
    ASSERT_EQ(d.incoming.size(), 2u);
    EXPECT_EQ(d.incoming[0].relation, "partner");
    EXPECT_EQ(g.entity(d.incoming[0].other).name, "B");
    EXPECT_EQ(d.incoming[1].relation, "support");
    EXPECT_EQ(g.entity(d.incoming[1].other).name, "C");
    ASSERT_EQ(d.outgoing.size(), 1u);
    EXPECT_EQ(g.entity(d.outgoing[0].other).name, "E");
}

TEST(PageRank, RanksAHubFirstAndSumsToOne) {
    KnowledgeGraph g;
    const char* leaves[] = {"Beijing", "Washington", "Reuters", "AMD", "Intel"};
    for (const char* leaf : leaves) {
        g.add(
            testing::fixtureStatement(leaf, EntityType::Org, "mention", "Nvidia", EntityType::Org));
    }
    g.add(testing::fixtureStatement("Nvidia", EntityType::Org, "deny", "Beijing", EntityType::Gpe));
    g.add(testing::fixtureStatement("Loner", EntityType::Org, "visit", "Island",
                                    EntityType::Gpe)); // Island is dangling
    const std::vector<double> rank = pageRank(g);
    ASSERT_EQ(rank.size(), 8u);
    EXPECT_NEAR(std::accumulate(rank.begin(), rank.end(), 0.0), 1.0, 1e-9);
    const GraphStats stats = graphStats(g, 3);
    ASSERT_EQ(stats.topByPageRank.size(), 3u);
    EXPECT_EQ(g.entity(stats.topByPageRank[0].entity).name, "Nvidia");
    // Beijing is the only entity Nvidia points to, so it inherits most of the hub's rank.
    EXPECT_EQ(g.entity(stats.topByPageRank[1].entity).name, "Beijing");
    EXPECT_GT(stats.topByPageRank[0].score, stats.topByPageRank[1].score);
    EXPECT_GT(rank[*g.find("Island")], rank[*g.find("Loner")]);
}

TEST(PageRank, EmptyGraphAndAllDangling) {
    EXPECT_TRUE(pageRank(KnowledgeGraph{}).empty());
    KnowledgeGraph g;
    g.intern("x");
    g.intern("y");
    const auto rank = pageRank(g);
    ASSERT_EQ(rank.size(), 2u);
    EXPECT_NEAR(rank[0], 0.5, 1e-12);
    EXPECT_NEAR(rank[1], 0.5, 1e-12);
}

TEST(GraphStats, CountsAndDegreeRanking) {
    const KnowledgeGraph g = testing::fixtureGraph();
    const GraphStats stats = graphStats(g, 3);
    EXPECT_EQ(stats.entities, 7u);
    EXPECT_EQ(stats.assertions, 8u);
    EXPECT_EQ(stats.evidence, 9u);
    EXPECT_EQ(stats.documents, 3u);
    ASSERT_FALSE(stats.byType.empty());
    EXPECT_EQ(stats.byType[0].first, EntityType::Org);
    EXPECT_EQ(stats.byType[0].second, 4u);
    std::size_t typed = 0;
    for (const auto& [type, count] : stats.byType) {
        typed += count;
    }
    EXPECT_EQ(typed, 7u);
    // B: support in/out, criticize in, partner out = 4; A: 3; D: 3 (ties by name); G: 2.
    EXPECT_EQ(names(g, stats.topByDegree), "B,A,D");
    EXPECT_DOUBLE_EQ(stats.topByDegree[0].score, 4.0);
    EXPECT_EQ(graphStats(g, 100).topByDegree.size(), 7u);
    EXPECT_TRUE(graphStats(g, 0).topByPageRank.empty());
}

} // namespace
} // namespace kg::graph
