#include "ingest/nlp/tree_walk.h"

#include "tests/ingest/nlp/random_trees.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::ingest::nlp {
namespace {

using test_trees::tree;

// "Nvidia denied the claims ." with "denied" at the root.
const char* const DENIED = "Nvidia PROPN NNP 2 nsubj\n"
                           "denied VERB VBD 0 root\n"
                           "the DET DT 4 det\n"
                           "claims NOUN NNS 2 obj\n"
                           ". PUNCT . 2 punct\n";

TEST(TreeWalk, HeadsRootAndDominance) {
    const std::vector<Token> w = tree(DENIED);
    EXPECT_EQ(headOf(w, 0), 1u);
    EXPECT_EQ(headOf(w, 1), NO_WORD);
    EXPECT_EQ(headOf(w, 9), NO_WORD);
    EXPECT_EQ(rootOf(w), 1u);
    EXPECT_TRUE(singleRootedTree(w));
    EXPECT_TRUE(dominates(w, 1, 2));
    EXPECT_TRUE(dominates(w, 3, 2));
    EXPECT_FALSE(dominates(w, 2, 3));
    EXPECT_EQ(verbAtOrAbove(w, 2), 1u);
    EXPECT_EQ(phraseEdges(w, 3), (std::pair<std::size_t, std::size_t>{2, 3}));
    EXPECT_EQ(phraseEdges(w, 1), (std::pair<std::size_t, std::size_t>{0, 4}));
}

TEST(TreeWalk, ChildrenByRelation) {
    const std::vector<Token> w = tree(DENIED);
    const auto subject = [](const std::string& r) { return r == "nsubj"; };
    EXPECT_TRUE(hasChild(w, 1, subject));
    EXPECT_FALSE(hasChild(w, 3, subject));
    const auto any = [](const std::string&) { return true; };
    EXPECT_EQ(lastChildBefore(w, 1, 4, any), 3u);
    EXPECT_EQ(lastChildBefore(w, 1, 3, any), 0u);
    EXPECT_EQ(lastChildBefore(w, NO_WORD, 4, any), NO_WORD);
}

// Broken trees end every walk: a cycle, two roots, a head out of range.
TEST(TreeWalk, BrokenTreesEndTheWalks) {
    std::vector<Token> cycle = tree(DENIED);
    cycle[1].head = 4; // denied -> claims -> denied
    EXPECT_FALSE(singleRootedTree(cycle));
    EXPECT_FALSE(dominates(cycle, 4, 0));
    EXPECT_EQ(verbAtOrAbove(cycle, 2), 1u);
    std::vector<Token> twoRoots = tree(DENIED);
    twoRoots[3].head = 0;
    EXPECT_FALSE(singleRootedTree(twoRoots));
    EXPECT_EQ(rootOf(twoRoots), 3u);
    std::vector<Token> outOfRange = tree(DENIED);
    outOfRange[0].head = 17;
    EXPECT_FALSE(singleRootedTree(outOfRange));
    EXPECT_EQ(headOf(outOfRange, 0), NO_WORD);
}

} // namespace
} // namespace kg::ingest::nlp
