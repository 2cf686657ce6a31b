#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

Statement triple(std::string s, std::string r, std::string o, std::string doc = "d1",
                 int sentence = 0) {
    Statement st;
    st.subject = std::move(s);
    st.relation = std::move(r);
    st.object = std::move(o);
    st.doc = std::move(doc);
    st.sentence = sentence;
    st.text = "sentence " + std::to_string(sentence);
    st.confidence = 0.5;
    return st;
}

TEST(KnowledgeGraph, NormalizesNames) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"  People\u2019s   Daily ", "people's daily"},
        {"NVIDIA", "nvidia"},
        {"Xi\u00A0Jinping", "xi jinping"},
        {"a\tb\nc", "a b c"},
        {"\u2018quoted\u2019", "'quoted'"},
        {"\u4E2D\u56FD", "\u4E2D\u56FD"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(KnowledgeGraph::normalizeName(c.in), c.out) << c.in;
    }
}

TEST(KnowledgeGraph, InternMatchesCaseSpaceAndApostrophes) {
    KnowledgeGraph g;
    const EntityId a = g.intern("People's Daily", EntityType::Org);
    EXPECT_EQ(g.intern("people\u2019s  daily"), a);
    EXPECT_EQ(g.entityCount(), 1u);
    EXPECT_EQ(g.entity(a).name, "People's Daily");
    EXPECT_EQ(g.entity(a).type, EntityType::Org);
}

TEST(KnowledgeGraph, StrongTypeReplacesWeakOne) {
    KnowledgeGraph g;
    const EntityId a = g.intern("Huawei");
    EXPECT_EQ(g.entity(a).type, EntityType::Other);
    g.intern("huawei", EntityType::Org);
    EXPECT_EQ(g.entity(a).type, EntityType::Org);
    g.intern("HUAWEI", EntityType::Person);
    EXPECT_EQ(g.entity(a).type, EntityType::Org);
}

TEST(KnowledgeGraph, IdenticalAssertionsMergeAndKeepEvidence) {
    KnowledgeGraph g;
    const AssertionId first = g.add(triple("CAC", "summon", "Nvidia", "d1", 3));
    const AssertionId second = g.add(triple("cac", "Summon", "NVIDIA", "d2", 7));
    const AssertionId again = g.add(triple("CAC", "summon", "Nvidia", "d1", 3));
    EXPECT_EQ(first, second);
    EXPECT_EQ(first, again);
    EXPECT_EQ(g.assertionCount(), 1u);
    const Assertion& a = g.assertion(first);
    ASSERT_EQ(a.evidence.size(), 2u);
    EXPECT_EQ(a.evidence[1].document, "d2");
    EXPECT_DOUBLE_EQ(a.confidence, 0.75); // 1 - 0.5 * 0.5
}

TEST(KnowledgeGraph, NegationAndRelationKeepAssertionsApart) {
    KnowledgeGraph g;
    g.add(triple("A", "respond to", "B"));
    Statement negated = triple("A", "respond to", "B");
    negated.negated = true;
    g.add(negated);
    g.add(triple("A", "ignore", "B"));
    EXPECT_EQ(g.assertionCount(), 3u);
    EXPECT_EQ(g.outgoing(*g.find("a")).size(), 3u);
    EXPECT_EQ(g.incoming(*g.find("b")).size(), 3u);
}

TEST(KnowledgeGraph, AliasesResolveAndConflictsAreRefused) {
    KnowledgeGraph g;
    const EntityId cac = g.intern("Cyberspace Administration of China", EntityType::Org);
    const EntityId nvidia = g.intern("Nvidia", EntityType::Org);
    EXPECT_TRUE(g.addAlias(cac, "CAC"));
    EXPECT_TRUE(g.addAlias(cac, "cac"));
    EXPECT_FALSE(g.addAlias(nvidia, "CAC"));
    EXPECT_EQ(g.find("Cac"), cac);
    EXPECT_EQ(g.entity(cac).aliases.size(), 1u);
}

TEST(KnowledgeGraph, MergeMovesNamesAndAssertions) {
    KnowledgeGraph g;
    g.add(triple("Beijing", "want", "United States"));
    g.add(triple("China", "want", "United States", "d2"));
    g.add(triple("Huawei", "be based in", "Beijing"));
    const EntityId china = *g.find("China");
    const EntityId beijing = *g.find("Beijing");
    g.merge(beijing, china);
    EXPECT_FALSE(g.isLive(beijing));
    EXPECT_EQ(g.find("beijing"), china);
    EXPECT_EQ(g.entityCount(), 3u);
    EXPECT_EQ(g.assertionCount(), 2u);
    const auto out = g.outgoing(china);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(g.assertion(out[0]).evidence.size(), 2u);
    ASSERT_EQ(g.incoming(china).size(), 1u);
    EXPECT_EQ(g.assertion(g.incoming(china)[0]).relation, "be based in");
}

TEST(KnowledgeGraph, SuggestsCloseNames) {
    KnowledgeGraph g;
    g.intern("Nvidia");
    g.intern("Huawei");
    g.intern("Xi Jinping");
    const auto suggestions = g.suggest("Nvidai");
    ASSERT_FALSE(suggestions.empty());
    EXPECT_EQ(suggestions[0], "Nvidia");
    EXPECT_EQ(g.suggest("Jinping")[0], "Xi Jinping");
    EXPECT_TRUE(g.suggest("Completely different").empty());
}

TEST(KnowledgeGraph, RejectsEmptyNames) {
    KnowledgeGraph g;
    EXPECT_THROW(g.intern("   "), std::invalid_argument);
    EXPECT_THROW(g.add(triple("A", " ", "B")), std::invalid_argument);
}

} // namespace
} // namespace kg::graph
