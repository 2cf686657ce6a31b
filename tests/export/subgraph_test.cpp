#include "export/subgraph.h"

#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kg::exporters {
namespace {

std::vector<std::string> names(const graph::KnowledgeGraph& g, const Selection& s) {
    std::vector<std::string> out;
    for (graph::EntityId id : s.entities) {
        out.push_back(g.entity(id).name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(Subgraph, WholeGraphByDefault) {
    const graph::KnowledgeGraph g = testing::smallGraph();
    const Selection s = selectSubgraph(g, {});
    EXPECT_EQ(s.entities, g.entityIds());
    EXPECT_EQ(s.assertions, g.assertionIds());
    EXPECT_EQ(s.droppedEntities, 0u);
    EXPECT_EQ(s.droppedAssertions, 0u);
}

TEST(Subgraph, FocusAndDepthFollowBothDirections) {
    struct Case {
        const char* focus;
        int depth;
        std::vector<std::string> expected;
    };
    const Case cases[] = {
        {"Nvidia", 0, {"Nvidia"}},
        {"Nvidia", 1, {"CAC", "Nvidia", "People's Daily", "backdoors"}},
        {"nvidia", 2, {"CAC", "China", "H20", "Nvidia", "People's Daily", "backdoors"}},
        {"Cyberspace Administration of China", 1, {"CAC", "China", "Nvidia"}},
        {"Beijing", 1, {"CAC", "China", "Xi Jinping"}},
        {"H20", -3, {"H20"}},
    };
    const graph::KnowledgeGraph g = testing::smallGraph();
    for (const Case& c : cases) {
        ExportOptions options;
        options.focus = c.focus;
        options.depth = c.depth;
        EXPECT_EQ(names(g, selectSubgraph(g, options)), c.expected) << c.focus << " " << c.depth;
    }
}

TEST(Subgraph, AssertionsNeedBothEndsInside) {
    const graph::KnowledgeGraph g = testing::smallGraph();
    ExportOptions options;
    options.focus = "Xi Jinping";
    options.depth = 1;
    const Selection s = selectSubgraph(g, options);
    ASSERT_EQ(s.assertions.size(), 1u);
    EXPECT_EQ(g.assertion(s.assertions[0]).relation, "lead");
}

TEST(Subgraph, MaxNodesKeepsFocusThenNearestThenMostConnected) {
    const graph::KnowledgeGraph g = testing::smallGraph();
    ExportOptions options;
    options.maxNodes = 3;
    // Degrees: Nvidia 3, H20 3 (two parallel + negated), then CAC 2 (lowest id of the 2s).
    Selection s = selectSubgraph(g, options);
    EXPECT_EQ(names(g, s), (std::vector<std::string>{"CAC", "H20", "Nvidia"}));
    EXPECT_EQ(s.droppedEntities, 5u);
    EXPECT_EQ(s.assertions.size(), 1u); // CAC summon Nvidia
    EXPECT_EQ(s.droppedAssertions, 7u);

    options.focus = "Xi Jinping";
    options.depth = 3;
    options.maxNodes = 2;
    s = selectSubgraph(g, options);
    EXPECT_EQ(names(g, s), (std::vector<std::string>{"China", "Xi Jinping"}));
}

TEST(Subgraph, CutIsDeterministicOnTies) {
    graph::KnowledgeGraph g;
    for (const std::string name : {"a", "b", "c", "d"}) {
        graph::Statement st;
        st.subject = name;
        st.relation = std::string("r");
        st.object = std::string("hub");
        g.add(st);
    }
    ExportOptions options;
    options.maxNodes = 3;
    EXPECT_EQ(names(g, selectSubgraph(g, options)), (std::vector<std::string>{"a", "b", "hub"}));
}

TEST(Subgraph, UnknownFocusIsAnError) {
    const graph::KnowledgeGraph g = testing::smallGraph();
    ExportOptions options;
    options.focus = "Nvidai";
    EXPECT_THROW(selectSubgraph(g, options), ExportError);
}

TEST(Subgraph, EmptyGraph) {
    const graph::KnowledgeGraph g;
    const Selection s = selectSubgraph(g, {});
    EXPECT_TRUE(s.entities.empty());
    EXPECT_TRUE(s.assertions.empty());
}

} // namespace
} // namespace kg::exporters
