#include "ingest/nlp/word_shapes.h"

#include <gtest/gtest.h>

namespace kg::ingest::nlp {
namespace {

TEST(WordShapes, LettersAndCapitals) {
    EXPECT_TRUE(capitalised("Boeing"));
    EXPECT_TRUE(capitalised("AI"));
    EXPECT_FALSE(capitalised("iPhone"));
    EXPECT_FALSE(capitalised(""));
    EXPECT_TRUE(lowerLetters("yong"));
    EXPECT_FALSE(lowerLetters("x86"));
    EXPECT_FALSE(lowerLetters(""));
    EXPECT_TRUE(upperLetters("BASF"));
    EXPECT_FALSE(upperLetters("F-35"));
    EXPECT_FALSE(upperLetters(""));
    EXPECT_TRUE(titleCase("Commission"));
    EXPECT_FALSE(titleCase("BASF"));
    EXPECT_FALSE(titleCase("A")); // (one capital alone is no title-case word)
    EXPECT_FALSE(titleCase("McDonald"));
}

TEST(WordShapes, CamelCaseNames) {
    EXPECT_TRUE(camelCase("iPhone"));
    EXPECT_TRUE(camelCase("xAI"));
    EXPECT_TRUE(camelCase("VMware"));
    EXPECT_TRUE(camelCase("WeChat"));
    EXPECT_FALSE(camelCase("Nvidia"));
    EXPECT_FALSE(camelCase("NASA"));
    EXPECT_FALSE(camelCase("eBay2"));
    EXPECT_FALSE(camelCase("aI"));
    // (capitalised words run together, however short)
    EXPECT_TRUE(camelCase("GoTo"));
    EXPECT_TRUE(camelCase("PayPal"));
    EXPECT_FALSE(camelCase("ONe"));
    EXPECT_FALSE(camelCase("NOTto"));
    EXPECT_FALSE(camelCase("FMs"));
    EXPECT_FALSE(camelCase("GoT"));
}

TEST(WordShapes, WordLists) {
    EXPECT_TRUE(companyDescription("rival"));
    EXPECT_TRUE(companyDescription("chipmaker"));
    EXPECT_FALSE(companyDescription("president"));
    EXPECT_TRUE(titleBeforeAName("Senator"));
    EXPECT_TRUE(titleBeforeAName("Secretary-General"));
    EXPECT_FALSE(titleBeforeAName("Company"));
    EXPECT_TRUE(closingReportVerb("say"));
    EXPECT_FALSE(closingReportVerb("deny"));
}

TEST(WordShapes, RetaggedAsAName) {
    Token holding;
    holding.form = "Holding";
    holding.lemma = "hold";
    holding.upos = "VERB";
    holding.xpos = "VBG";
    retagAsName(holding);
    EXPECT_EQ(holding.upos, "PROPN");
    EXPECT_EQ(holding.xpos, "NNP");
    EXPECT_EQ(holding.lemma, "Holding");
    Token airlines;
    airlines.form = "Airlines";
    airlines.upos = "NOUN";
    airlines.xpos = "NNS";
    retagAsName(airlines);
    EXPECT_EQ(airlines.xpos, "NNPS");
}

} // namespace
} // namespace kg::ingest::nlp
