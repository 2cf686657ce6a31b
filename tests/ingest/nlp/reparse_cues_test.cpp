#include "ingest/nlp/reparse_cues.h"

#include "tests/ingest/nlp/random_trees.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace kg::ingest::nlp {
namespace {

using test_trees::conllu;
using test_trees::tree;

const Lemmatizer& lemmas() {
    static const Lemmatizer lemmatizer =
        Lemmatizer::load(std::string(KG_SOURCE_DIR) + "/models/lemmatizer.bin");
    return lemmatizer;
}

Sentence sentence(const std::string& rows) {
    Sentence s;
    s.tokens = tree(rows);
    return s;
}

// The parser's tree for "The Biden administration on Tuesday unveiled new rules that limit
// exports of chips." with "unveiled" tagged a participle: a noun phrase with no verb at its root.
// The participle is the verb to try as a past tense.
TEST(ReparseCues, ParticipleOfAVerblessSentenceIsItsMainVerb) {
    const Sentence s = sentence(test_trees::UNVEILED);
    EXPECT_EQ(verblessRoot(s.tokens), 2u);
    EXPECT_EQ(participleForMainVerb(s, lemmas()), 5u);
}

// "The rules, which take effect in 30 days, bar exports of advanced chips to China." with "bar"
// tagged a noun: the noun is a base verb to try (VBP).
TEST(ReparseCues, NounWhereTheVerbShouldBeIsTriedAsOne) {
    const Sentence s = sentence(test_trees::BAR);
    const auto [k, tag] = nounForMainVerb(s, lemmas());
    ASSERT_EQ(k, 10u);
    EXPECT_STREQ(tag, "VBP");
}

// A sentence parsed with its verb at the root gives no cue.
TEST(ReparseCues, SentenceWithAVerbAtItsRootGivesNone) {
    const Sentence s = sentence("Nvidia PROPN NNP 2 nsubj\n"
                                "denied VERB VBD 0 root\n"
                                "the DET DT 4 det\n"
                                "claims NOUN NNS 2 obj\n"
                                "yesterday NOUN NN 2 obl:unmarked\n"
                                ". PUNCT . 2 punct\n");
    EXPECT_EQ(verblessRoot(s.tokens), NO_WORD);
    EXPECT_EQ(participleForMainVerb(s, lemmas()), NO_WORD);
    EXPECT_EQ(nounForMainVerb(s, lemmas()).first, NO_WORD);
    EXPECT_EQ(participleBeforeANounTakenForAVerb(s, lemmas()).first, NO_WORD);
    EXPECT_EQ(verbAfterSubjectPhrase(s.tokens).verb, NO_WORD);
    EXPECT_EQ(pastTenseAfterTheSubjectsClause(s.tokens, lemmas()), NO_WORD);
    EXPECT_EQ(pastTenseAfterARelativeRoot(s.tokens, lemmas()), NO_WORD);
    EXPECT_EQ(openingNounTakenForAVerb(s.tokens), NO_WORD);
    EXPECT_EQ(sameFormPastTakenForAModifier(s.tokens), NO_WORD);
    EXPECT_EQ(openingCompoundTakenForAVerb(s.tokens), NO_WORD);
    EXPECT_EQ(possessiveTakenForIs(s.tokens), NO_WORD);
}

// "The strike cost Boeing billions and forced it to raise money" with "cost" a noun, the
// subject of "forced": "cost" is the past tense to try. Not a word outside the joined verb's
// subject.
TEST(ReparseCues, SameFormPastInTheSubjectOfAJoinedVerb) {
    const std::string rows = "The DET DT 3 det\n"
                             "strike NOUN NN 3 compound\n"
                             "cost NOUN NN 6 nsubj\n"
                             "Boeing PROPN NNP 3 nmod\n"
                             "and CCONJ CC 6 cc\n"
                             "forced VERB VBD 0 root\n"
                             "it PRON PRP 6 obj\n"
                             ". PUNCT . 6 punct\n";
    EXPECT_EQ(sameFormPastTakenForAModifier(sentence(rows).tokens), 2u);
    const Sentence other = sentence("The DET DT 2 det\n"
                                    "strike NOUN NN 6 nsubj\n"
                                    "cost NOUN NN 6 obl\n"
                                    "Boeing PROPN NNP 3 nmod\n"
                                    "and CCONJ CC 6 cc\n"
                                    "forced VERB VBD 0 root\n"
                                    "it PRON PRP 6 obj\n"
                                    ". PUNCT . 6 punct\n");
    EXPECT_EQ(sameFormPastTakenForAModifier(other.tokens), NO_WORD);
}

// "Applied Materials, the biggest U.S. maker of chip equipment, get about a third of revenue from
// China." parsed with the subject's noun at the root and "get" its conjunct: "get" is raised to
// the root with the noun its subject.
TEST(ReparseCues, VerbAfterTheSubjectPhraseIsRaised) {
    std::vector<Token> w = tree(test_trees::APPLIED);
    const VerbToRaise raise = verbAfterSubjectPhrase(w);
    ASSERT_EQ(raise.root, 1u);
    ASSERT_EQ(raise.verb, 11u);
    EXPECT_EQ(raise.apposition, NO_WORD);
    raiseVerbOverSubject(w, raise);
    EXPECT_EQ(w[11].head, 0);
    EXPECT_EQ(w[11].deprel, "root");
    EXPECT_EQ(w[1].head, 12);
    EXPECT_EQ(w[1].deprel, "nsubj");
    EXPECT_EQ(w[19].head, 12); // (the full stop)
}

// On any tree (random ones, and news trees changed at random), every cue names a word of the
// sentence or none, and raising a verb over its subject phrase keeps one tree with its root
// labelled `root`.
// Prepositions are a closed class; a verb, a noun or a misspelling is none.
TEST(ReparseCues, PrepositionsAreAClosedClass) {
    for (const char* word : {"of", "despite", "via", "per", "throughout", "including", "amid"}) {
        EXPECT_TRUE(preposition(word)) << word;
    }
    for (const char* word : {"hurt", "allow", "tore", "alot", "Of", ""}) {
        EXPECT_FALSE(preposition(word)) << word;
    }
}

TEST(ReparseCues, NameWordsOfTheSentenceAndKeepTheTreeOnRandomTrees) {
    std::mt19937 random(20261206);
    const std::vector<std::vector<Token>> news = test_trees::newsTrees();
    int raised = 0;
    for (int round = 0; round < 40000; ++round) {
        Sentence s = test_trees::randomOrChanged(round, news, random);
        const std::size_t n = s.tokens.size();
        const auto inside = [n](std::size_t k) { return k == NO_WORD || k < n; };
        const std::string before = conllu(s.tokens);
        ASSERT_TRUE(inside(verblessRoot(s.tokens))) << before;
        ASSERT_TRUE(inside(participleRootAfterItsSubject(s.tokens).first)) << before;
        ASSERT_TRUE(inside(participleForMainVerb(s, lemmas()))) << before;
        ASSERT_TRUE(inside(nounForMainVerb(s, lemmas()).first)) << before;
        ASSERT_TRUE(inside(participleBeforeANounTakenForAVerb(s, lemmas()).second)) << before;
        ASSERT_TRUE(inside(pastTenseAfterTheSubjectsClause(s.tokens, lemmas()))) << before;
        ASSERT_TRUE(inside(pastTenseAfterARelativeRoot(s.tokens, lemmas()))) << before;
        ASSERT_TRUE(inside(openingNounTakenForAVerb(s.tokens))) << before;
        ASSERT_TRUE(inside(sameFormPastTakenForAModifier(s.tokens))) << before;
        ASSERT_TRUE(inside(openingCompoundTakenForAVerb(s.tokens))) << before;
        ASSERT_TRUE(inside(possessiveTakenForIs(s.tokens))) << before;
        if (const VerbToRaise raise = verbAfterSubjectPhrase(s.tokens); raise.verb != NO_WORD) {
            raiseVerbOverSubject(s.tokens, raise);
            ++raised;
            ASSERT_TRUE(singleRootedTree(s.tokens)) << before << "after:\n" << conllu(s.tokens);
            for (const Token& t : s.tokens) {
                ASSERT_EQ(t.head == 0, t.deprel == "root") << before << "after:\n"
                                                           << conllu(s.tokens);
            }
        }
    }
    EXPECT_GT(raised, 0); // (the random trees do reach the raise)
}

} // namespace
} // namespace kg::ingest::nlp
