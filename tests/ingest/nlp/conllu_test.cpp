#include "ingest/nlp/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kg::ingest::nlp {
namespace {

const char* const GOOD = "# sent_id = s1\n"
                         "# text = I don't know.\n"
                         "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
                         "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                         "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\tSpaceAfter=No\n"
                         "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                         "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
                         "4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
                         "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
                         "\n";

TEST(Conllu, ReadsWordsMultiwordsAndComments) {
    std::istringstream in(GOOD);
    const auto result = readConllu(in, "good.conllu");
    ASSERT_TRUE(result.diagnostics.empty()) << formatDiagnostic(result.diagnostics[0]);
    ASSERT_EQ(result.sentences.size(), 1u);
    const Sentence& s = result.sentences[0];
    EXPECT_EQ(s.id, "s1");
    EXPECT_EQ(s.text, "I don't know.");
    ASSERT_EQ(s.tokens.size(), 5u);
    EXPECT_EQ(s.tokens[2].lemma, "not");
    EXPECT_EQ(s.tokens[3].head, 0);
    EXPECT_EQ(s.tokens[0].deprel, "nsubj");
    ASSERT_EQ(s.multiwords.size(), 1u);
    EXPECT_EQ(s.multiwords[0].first, 1u);
    EXPECT_EQ(s.multiwords[0].form, "don't");
}

TEST(Conllu, WriteThenReadRoundTrips) {
    std::istringstream in(GOOD);
    const auto first = readConllu(in, "good.conllu");
    std::ostringstream out;
    writeConllu(out, first.sentences);
    std::istringstream again(out.str());
    const auto second = readConllu(again, "again.conllu");
    ASSERT_TRUE(second.diagnostics.empty());
    ASSERT_EQ(second.sentences.size(), 1u);
    std::ostringstream out2;
    writeConllu(out2, second.sentences);
    EXPECT_EQ(out.str(), out2.str());
    EXPECT_EQ(second.sentences[0].tokens[4].misc, "");
}

// A sentence of raw text that runs over a line break is still one "# text" comment line, so
// the output reads back.
TEST(Conllu, ATextOverALineBreakIsOneCommentLine) {
    Sentence s;
    s.id = "1";
    s.text = "Let me know\nyou don't\r\nknow";
    Token t;
    t.form = "know";
    t.head = 0;
    t.deprel = "root";
    s.tokens.push_back(t);
    std::ostringstream out;
    writeConllu(out, {s});
    EXPECT_NE(out.str().find("# text = Let me know you don't  know\n1\tknow"), std::string::npos)
        << out.str();
    std::istringstream again(out.str());
    const auto back = readConllu(again, "again.conllu");
    EXPECT_TRUE(back.diagnostics.empty());
    ASSERT_EQ(back.sentences.size(), 1u);
}

TEST(Conllu, ReportsMalformedLinesWithFileAndLine) {
    struct Case {
        const char* input;
        std::size_t line;
        DiagCode code;
    };
    const Case cases[] = {
        {"1\ta\ta\tX\tX\t_\t0\troot\t_\n", 1, DiagCode::ConllSyntax},         // 9 columns
        {"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\t_\n", 1, DiagCode::ConllSyntax},   // 11 columns
        {"# c\n2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", 2, DiagCode::ConllSyntax}, // id gap
        {"1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", 1, DiagCode::ConllSyntax},      // bad head
        {"1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n", 1, DiagCode::ConllTree},        // head too big
        {"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t0\troot\t_\t_\n", 1,
         DiagCode::ConllTree}, // two roots
        {"1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
         "3\tc\tc\tX\tX\t_\t0\troot\t_\t_\n",
         1, DiagCode::ConllTree}, // cycle
    };
    for (const Case& c : cases) {
        std::istringstream in(c.input);
        const auto result = readConllu(in, "bad.conllu");
        ASSERT_EQ(result.diagnostics.size(), 1u) << c.input;
        EXPECT_EQ(result.diagnostics[0].file, "bad.conllu");
        EXPECT_EQ(result.diagnostics[0].line, c.line) << c.input;
        EXPECT_EQ(result.diagnostics[0].code, c.code) << c.input;
        EXPECT_TRUE(result.sentences.empty());
    }
}

TEST(Conllu, KeepsGoodSentencesAfterABadOne) {
    std::istringstream in(std::string("1\ta\n\n") + GOOD);
    const auto result = readConllu(in, "mixed.conllu");
    EXPECT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.sentences.size(), 1u);
}

TEST(Conllu, ReadsTheTreebankDevFile) {
    std::ifstream in(KG_SHARED_DIR "/data/ud-english-ewt/en_ewt-ud-dev.conllu");
    if (!in) {
        GTEST_SKIP() << "../shared is not beside the project";
    }
    const auto result = readConllu(in, "en_ewt-ud-dev.conllu");
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.sentences.size(), 2001u);
}

} // namespace
} // namespace kg::ingest::nlp
