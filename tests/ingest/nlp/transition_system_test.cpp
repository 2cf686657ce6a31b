#include "ingest/nlp/transition_system.h"

#include "ingest/nlp/conllu.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace kg::ingest::nlp {
namespace {

constexpr int ROOT = 0;

// Follows the cheapest legal transition (the dynamic oracle used as a static one) and returns
// the heads and labels it builds, indexed 0..n.
std::pair<std::vector<int>, std::vector<int>> followOracle(const std::vector<int>& heads,
                                                           const std::vector<int>& labels,
                                                           int labelCount, int* worstCost) {
    const int n = int(heads.size()) - 1;
    ArcHybrid st(n, ROOT);
    *worstCost = 0;
    while (!st.terminal()) {
        int bestCost = -1;
        Transition best;
        for (int c = 0; c < 1 + 2 * labelCount; ++c) {
            const Transition t = Transition::fromClass(c);
            if (!st.legal(t)) {
                continue;
            }
            const int cost = st.cost(t, heads, labels);
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                best = t;
            }
        }
        EXPECT_GE(bestCost, 0) << "no legal transition in a non-terminal state";
        if (bestCost < 0) {
            break;
        }
        *worstCost = std::max(*worstCost, bestCost);
        st.apply(best);
    }
    std::vector<int> h(heads.size(), 0), l(heads.size(), 0);
    for (int i = 1; i <= n; ++i) {
        h[std::size_t(i)] = st.head(i);
        l[std::size_t(i)] = st.label(i);
    }
    return {h, l};
}

// Checks that heads (0..n) form one tree with exactly one word on the root.
void expectTree(const std::vector<int>& heads) {
    const int n = int(heads.size()) - 1;
    int roots = 0;
    for (int d = 1; d <= n; ++d) {
        ASSERT_GE(heads[std::size_t(d)], 0) << "word " << d << " has no head";
        ASSERT_LE(heads[std::size_t(d)], n);
        roots += heads[std::size_t(d)] == 0 ? 1 : 0;
        int w = d;
        for (int steps = 0; w != 0; ++steps) {
            ASSERT_LE(steps, n) << "cycle through word " << d;
            w = heads[std::size_t(w)];
        }
    }
    EXPECT_EQ(roots, n > 0 ? 1 : 0);
}

struct OracleCase {
    const char* name;
    std::vector<int> heads; // 0..n, entry 0 unused
};

TEST(TransitionSystem, OracleReproducesHandMadeProjectiveTrees) {
    const std::vector<OracleCase> cases = {
        {"one word", {0, 0}},
        {"chain right", {0, 0, 1, 2, 3}},
        {"chain left", {0, 2, 3, 4, 0}},
        {"root in the middle", {0, 3, 3, 0, 3, 4}},
        {"flat", {0, 0, 1, 1, 1, 1}},
        {"nested", {0, 4, 3, 4, 0, 6, 4, 6}},
    };
    for (const OracleCase& c : cases) {
        SCOPED_TRACE(c.name);
        ASSERT_TRUE(isProjective(c.heads));
        std::vector<int> labels(c.heads.size(), 1);
        for (std::size_t i = 1; i < c.heads.size(); ++i) {
            labels[i] = c.heads[i] == 0 ? ROOT : 1 + int(i % 3);
        }
        int worst = 0;
        const auto [heads, got] = followOracle(c.heads, labels, 4, &worst);
        EXPECT_EQ(worst, 0);
        for (std::size_t i = 1; i < c.heads.size(); ++i) {
            EXPECT_EQ(heads[i], c.heads[i]) << "word " << i;
            EXPECT_EQ(got[i], labels[i]) << "word " << i;
        }
    }
}

TEST(TransitionSystem, OracleReproducesDevTrees) {
    const std::string path =
        std::string(KG_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(path)) {
        GTEST_SKIP() << path << " not found";
    }
    std::ifstream in(path);
    const ConlluReadResult result = readConllu(in, path);
    ASSERT_GE(result.sentences.size(), 300U);
    std::map<std::string, int> labelIds{{"root", ROOT}};
    std::size_t projective = 0;
    std::size_t lifted = 0;
    for (std::size_t s = 0; s < 300; ++s) {
        const Sentence& sentence = result.sentences[s];
        std::vector<int> heads(sentence.tokens.size() + 1, 0);
        std::vector<int> labels(sentence.tokens.size() + 1, 0);
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            heads[i + 1] = sentence.tokens[i].head;
            const auto [it, added] =
                labelIds.try_emplace(sentence.tokens[i].deprel, int(labelIds.size()));
            labels[i + 1] = it->second;
        }
        std::vector<int> gold = heads;
        if (!isProjective(heads)) {
            gold = projectivize(heads);
            ASSERT_TRUE(isProjective(gold)) << sentence.id;
            ++lifted;
        } else {
            ++projective;
        }
        int worst = 0;
        const auto [got, gotLabels] = followOracle(gold, labels, int(labelIds.size()), &worst);
        EXPECT_EQ(worst, 0) << sentence.id;
        EXPECT_EQ(got, std::vector<int>(gold.begin(), gold.end())) << sentence.id;
        for (std::size_t i = 1; i < labels.size(); ++i) {
            EXPECT_EQ(gotLabels[i], labels[i]) << sentence.id << " word " << i;
        }
    }
    EXPECT_GT(projective, 250U);
    EXPECT_GT(lifted, 0U) << "the slice should contain a non-projective tree";
}

TEST(TransitionSystem, ProjectivizeLiftsCrossingArcs) {
    // 3 -> 1 skips 2 (on the root) and 1 -> 4 skips 2 and 3: the shorter arc is lifted first
    // (1 to the head of 3), then 4 to the head of 1.
    const std::vector<int> heads = {0, 3, 0, 2, 1};
    ASSERT_FALSE(isProjective(heads));
    const std::vector<int> lifted = projectivize(heads);
    EXPECT_TRUE(isProjective(lifted));
    expectTree(lifted);
    EXPECT_EQ(lifted, (std::vector<int>{0, 2, 0, 2, 2}));
    const std::vector<int> projective = {0, 2, 0, 2};
    EXPECT_EQ(projectivize(projective), projective);
}

// Label ids for the deprojectivization tests: 1..3 ordinary, 4 = "y^x", 5 = "z^y".
const std::vector<LiftedLabel> MARKS = {{}, {}, {}, {}, {2, 1}, {3, 2}};

TEST(TransitionSystem, DeprojectivizeUndoesMarkedLifts) {
    // The tree of ProjectivizeLiftsCrossingArcs: 2 is the root word, 3 -x-> 2, 1 -y-> 3,
    // 4 -z-> 1. Both lifts moved their word to 2 and marked it with its head's label.
    const std::vector<int> gold = {0, 3, 0, 2, 1};
    std::vector<int> heads = projectivize(gold);
    ASSERT_EQ(heads, (std::vector<int>{0, 2, 0, 2, 2}));
    std::vector<int> labels = {-1, 4, ROOT, 1, 5};
    deprojectivize(heads, labels, MARKS);
    // Word 1 finds the x (word 3) below 2; word 4 then finds the y, which is word 1 again.
    EXPECT_EQ(heads, gold);
    EXPECT_EQ(labels, (std::vector<int>{-1, 2, ROOT, 1, 3}));
    EXPECT_FALSE(isProjective(heads));
}

TEST(TransitionSystem, DeprojectivizeKeepsWordsWithoutATarget) {
    // 1 is marked "y^x" but nothing below its head 2 is labelled x: it stays, unmarked. Word 3
    // (an x) is inside 1's own subtree, where moving 1 would make a cycle.
    std::vector<int> heads = {0, 2, 0, 1};
    std::vector<int> labels = {-1, 4, ROOT, 1};
    deprojectivize(heads, labels, MARKS);
    EXPECT_EQ(heads, (std::vector<int>{0, 2, 0, 1}));
    EXPECT_EQ(labels, (std::vector<int>{-1, 2, ROOT, 1}));
    // Unmarked trees and labels outside the table are left alone.
    std::vector<int> plain = {0, 2, 0, 2};
    std::vector<int> plainLabels = {-1, 1, ROOT, 9};
    deprojectivize(plain, plainLabels, MARKS);
    EXPECT_EQ(plain, (std::vector<int>{0, 2, 0, 2}));
    EXPECT_EQ(plainLabels, (std::vector<int>{-1, 1, ROOT, 9}));
}

TEST(TransitionSystem, DeprojectivizeAlwaysLeavesOneTree) {
    std::mt19937 rng(11);
    for (int trial = 0; trial < 500; ++trial) {
        const int n = 1 + int(rng() % 25);
        // A random tree: every word hangs on an earlier-numbered node of a random order.
        std::vector<int> order(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            order[std::size_t(i)] = i + 1;
        }
        std::shuffle(order.begin(), order.end(), rng);
        std::vector<int> heads(std::size_t(n) + 1, 0);
        std::vector<int> labels(std::size_t(n) + 1, ROOT);
        for (int i = 1; i < n; ++i) {
            heads[std::size_t(order[std::size_t(i)])] = order[rng() % std::size_t(i)];
            labels[std::size_t(order[std::size_t(i)])] = 1 + int(rng() % 5);
        }
        deprojectivize(heads, labels, MARKS);
        expectTree(heads);
        for (int i = 1; i <= n; ++i) {
            EXPECT_LE(labels[std::size_t(i)], 3) << "a mark survived";
        }
    }
}

TEST(TransitionSystem, AnyLegalSequenceEndsInOneTree) {
    std::mt19937 rng(7);
    for (const int n : {1, 2, 3, 5, 17, 60, 300}) {
        for (int trial = 0; trial < 20; ++trial) {
            ArcHybrid st(n, ROOT);
            int steps = 0;
            while (!st.terminal()) {
                std::vector<Transition> legal;
                for (int c = 0; c < 1 + 2 * 3; ++c) {
                    if (st.legal(Transition::fromClass(c))) {
                        legal.push_back(Transition::fromClass(c));
                    }
                }
                ASSERT_FALSE(legal.empty()) << "stuck with n=" << n;
                st.apply(legal[rng() % legal.size()]);
                ASSERT_LE(++steps, 2 * n) << "more than 2n transitions";
            }
            std::vector<int> heads(std::size_t(n) + 1, 0);
            for (int i = 1; i <= n; ++i) {
                heads[std::size_t(i)] = st.head(i);
                if (heads[std::size_t(i)] == 0) {
                    EXPECT_EQ(st.label(i), ROOT);
                } else {
                    EXPECT_NE(st.label(i), ROOT);
                }
            }
            expectTree(heads);
        }
    }
}

TEST(TransitionSystem, IllegalMovesAreRefused) {
    ArcHybrid st(2, ROOT);
    EXPECT_FALSE(st.legal({Move::Left, 1}));  // only the root on the stack
    EXPECT_FALSE(st.legal({Move::Right, 1})); // nothing to attach
    st.apply({Move::Shift, 0});
    EXPECT_FALSE(st.legal({Move::Right, ROOT})) << "root arc while words remain";
    EXPECT_FALSE(st.legal({Move::Left, ROOT})) << "root label off the root arc";
    st.apply({Move::Right, ROOT}); // ignored: illegal
    EXPECT_EQ(st.head(1), -1);
    EXPECT_EQ(st.stackSize(), 2U);
}

} // namespace
} // namespace kg::ingest::nlp
