#include "ingest/nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kg::ingest::nlp {
namespace {

// Words of all sentences joined by spaces, sentences separated by " | ".
std::string words(const std::vector<Sentence>& sentences) {
    std::string out;
    for (const Sentence& s : sentences) {
        if (!out.empty()) {
            out += " | ";
        }
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            out += (i == 0 ? "" : " ") + s.tokens[i].form;
        }
    }
    return out;
}

struct Case {
    const char* name;
    const char* text;
    const char* expected;
};

const Case CASES[] = {
    {"curly possessive", "Nvidia’s chips", "Nvidia ’s chips"},
    {"straight possessive", "the company's chips", "the company 's chips"},
    {"plural possessive", "users' concerns", "users ' concerns"},
    {"negation curly", "don’t buy", "do n’t buy"},
    {"negation can't", "They can't and won't.", "They ca n't and wo n't ."},
    {"contractions", "I'm sure they're right, we've won.",
     "I 'm sure they 're right , we 've won ."},
    {"cannot", "We cannot go", "We can not go"},
    {"abbreviations", "Mr. Smith of Acme Inc. met the U.S. team in Jan. 2024.",
     "Mr. Smith of Acme Inc. met the U.S. team in Jan. 2024 ."},
    {"number sign", "No. 5 and No. 6", "No. 5 and No. 6"},
    {"initials", "J. K. Rowling wrote it.", "J. K. Rowling wrote it ."},
    {"money and percent", "It fell 15% to $4.5 billion.", "It fell 15 % to $ 4.5 billion ."},
    {"thousands", "about 1,200 chips", "about 1,200 chips"},
    {"hyphenated", "a state-owned, cutting-edge firm", "a state - owned , cutting - edge firm"},
    {"kept prefix", "an e-mail, non-stop", "an e-mail , non-stop"},
    {"hyphenated title", "UN Secretary-General Guterres, an editor-in-chief",
     "UN Secretary-General Guterres , an editor-in-chief"},
    {"title word in a longer run", "secretary-generals-to-be", "secretary - generals - to - be"},
    {"model codes", "F-35 jets, COVID-19, Luna-25 and a T-72B; the Fed-led plan",
     "F-35 jets , COVID-19 , Luna-25 and a T-72B ; the Fed - led plan"},
    {"place with particles",
     "gangs in Port-au-Prince, Stratford-upon-Avon; a state-of-the-art "
     "plant, a Paris-on-sale deal",
     "gangs in Port-au-Prince , Stratford-upon-Avon ; a state - of - the - art plant , a Paris - "
     "on - sale deal"},
    {"em dash", "chips—and more", "chips — and more"},
    {"spaced em dash", "chips — and more", "chips — and more"},
    {"double hyphen", "chips--and more", "chips -- and more"},
    {"url", "See https://example.com/a?b=1.", "See https://example.com/a?b=1 ."},
    {"www", "(www.example.org)", "( www.example.org )"},
    {"email", "Mail jane.doe@example.com, now", "Mail jane.doe@example.com , now"},
    {"curly quotes", "a “backdoor” risk", "a “ backdoor ” risk"},
    {"straight quotes", "a \"backdoor\" risk", "a \" backdoor \" risk"},
    {"parentheses", "memory (HBM) chips", "memory ( HBM ) chips"},
    {"ellipsis", "Wait... what?", "Wait ... what ?"},
    {"nbsp",
     "H20\xC2\xA0"
     "chips",
     "H20 chips"},
    {"gonna", "We're gonna win", "We 're gon na win"},
};

class TokenizerCases : public ::testing::TestWithParam<Case> {};

TEST_P(TokenizerCases, SplitsWordsTheUdWay) {
    const Case& c = GetParam();
    EXPECT_EQ(words(tokenize(c.text)), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, TokenizerCases, ::testing::ValuesIn(CASES),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             std::string name = param.param.name;
                             for (char& ch : name) {
                                 ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             }
                             return name;
                         });

const Case SENTENCE_CASES[] = {
    {"two sentences", "It rained. We left.", "It rained . | We left ."},
    {"question and exclamation", "Why? Because! Fine.", "Why ? | Because ! | Fine ."},
    {"abbreviation inside", "Mr. Li met Dr. Wu. They talked.",
     "Mr. Li met Dr. Wu . | They talked ."},
    {"abbreviation at end", "It sells in the U.S. The firm agreed.",
     "It sells in the U.S. | The firm agreed ."},
    {"quote goes on", "“It is unsafe. Do not buy it,” the outlet said. Nvidia denied it.",
     "“ It is unsafe . Do not buy it , ” the outlet said . | Nvidia denied it ."},
    {"quote ends sentence", "He said “stop.” Then he left.", "He said “ stop . ” | Then he left ."},
    {"headline line", "China calls chips unsafe\n\nNvidia denied it.",
     "China calls chips unsafe | Nvidia denied it ."},
    {"single line break headline", "Stakeholders push to lift controls\nThe reports claim more.",
     "Stakeholders push to lift controls | The reports claim more ."},
    {"wrapped line", "The chips were\nlabeled unsafe.", "The chips were labeled unsafe ."},
    {"bullets", "Risks:\n• remote shutdown\n• tracking",
     "Risks : | • remote shutdown | • tracking"},
    {"lowercase after period", "It was 5 p.m. sharp.", "It was 5 p.m. sharp ."},
    {"lowercase after question", "Where did you grow up? india?",
     "Where did you grow up ? | india ?"},
    {"quote without attribution", "He said “no.” Then the chips sold.",
     "He said “ no . ” | Then the chips sold ."},
    {"title's short form ending a name", "He met the former leader, Hun Sen. The ruling came.",
     "He met the former leader , Hun Sen . | The ruling came ."},
    {"title's short form before a name", "It was signed by Sen. Elizabeth Warren. She agreed.",
     "It was signed by Sen. Elizabeth Warren . | She agreed ."},
};

class SentenceCases : public ::testing::TestWithParam<Case> {};

TEST_P(SentenceCases, SplitsSentences) {
    const Case& c = GetParam();
    EXPECT_EQ(words(tokenize(c.text)), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, SentenceCases, ::testing::ValuesIn(SENTENCE_CASES),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             std::string name = param.param.name;
                             for (char& ch : name) {
                                 ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             }
                             return name;
                         });

// A capital letter the text writes alone is a name: with a period after a small word it ends
// the sentence, in the same text or, given the document's letter names, in another paragraph.
TEST(Tokenizer, ALetterWrittenAloneIsANameNotAnInitial) {
    EXPECT_EQ(words(tokenize("The platform X went dark. Fines owed by X. Musk called it unfair.")),
              "The platform X went dark . | Fines owed by X . | Musk called it unfair .");
    const std::string paragraph = "Fines owed by X. Musk called it unfair.";
    EXPECT_EQ(words(tokenize(paragraph)), "Fines owed by X. Musk called it unfair .");
    const LetterNames names = letterNames("The platform X went dark.\n\n" + paragraph);
    EXPECT_TRUE(names.written['X' - 'A']);
    EXPECT_FALSE(names.written['F' - 'A']);
    EXPECT_EQ(words(tokenize(paragraph, names)), "Fines owed by X . | Musk called it unfair .");
    // Nothing after the period: no initial.
    EXPECT_EQ(words(tokenize("Fines were owed by X.")), "Fines were owed by X .");
    // A letter after "and" or "or" ends a list of names, written alone or not.
    EXPECT_EQ(words(tokenize("They organised on TikTok and X. Amnesty International called.")),
              "They organised on TikTok and X . | Amnesty International called .");
    // Initials stay: after a capitalised word, or before another initial.
    EXPECT_EQ(words(tokenize("Plan J was new. George J. Smith and J. K. Rowling met.")),
              "Plan J was new . | George J. Smith and J. K. Rowling met .");
}

// An office not yet taken stays one word: "chancellor-in-waiting", "President-elect"; other
// hyphenated words split.
TEST(Tokenizer, AnOfficeNotYetTakenIsOneWord) {
    EXPECT_EQ(words(tokenize("Chancellor-in-waiting Merz met President-elect Trump.")),
              "Chancellor-in-waiting Merz met President-elect Trump .");
    EXPECT_EQ(words(tokenize("His mother-in-law and the well-known actor-elect came.")),
              "His mother - in - law and the well - known actor - elect came .");
}

TEST(Tokenizer, StraightQuotesFoldsTypographicOnes) {
    EXPECT_EQ(straightQuotes("China’s ‘plan’ “now”"), "China's 'plan' \"now\"");
    EXPECT_EQ(straightQuotes("plain 'text' \"here\""), "plain 'text' \"here\"");
    EXPECT_EQ(straightQuotes(""), "");
    EXPECT_EQ(straightQuotes("\xE2\x80"), "\xE2\x80"); // a cut-off sequence stays as it is
    EXPECT_EQ(straightApostrophes("China’s ‘plan’ “now”"), "China's 'plan' “now”");
}

TEST(Tokenizer, OffsetsPointAtTheSourceCharacters) {
    const std::string text = "“Nvidia’s H20\xC2\xA0"
                             "chips” — don’t.";
    const auto sentences = tokenize(text);
    ASSERT_EQ(sentences.size(), 1u);
    const Sentence& s = sentences[0];
    for (const Token& t : s.tokens) {
        EXPECT_EQ(text.substr(t.start, t.end - t.start), t.form);
    }
    // “ N v i d i a ’ s _ H 2 0 nbsp c h i p s ” _ — _ d o n ’ t .
    ASSERT_GE(s.tokens.size(), 10u);
    EXPECT_EQ(s.tokens[0].form, "“");
    EXPECT_EQ(s.tokens[0].charStart, 0u);
    EXPECT_EQ(s.tokens[0].charEnd, 1u);
    EXPECT_EQ(s.tokens[1].form, "Nvidia");
    EXPECT_EQ(s.tokens[1].charStart, 1u);
    EXPECT_EQ(s.tokens[2].form, "’s");
    EXPECT_EQ(s.tokens[2].charStart, 7u);
    EXPECT_EQ(s.tokens[2].charEnd, 9u);
    EXPECT_EQ(s.tokens[3].form, "H20");
    EXPECT_EQ(s.tokens[3].charStart, 10u);
    EXPECT_EQ(s.tokens[4].form, "chips");
    EXPECT_EQ(s.tokens[4].charStart, 14u);
    EXPECT_EQ(s.tokens[4].start, 19u); // “ and ’ are three bytes, the NBSP two
    EXPECT_EQ(s.tokens[6].form, "—");
    EXPECT_EQ(s.tokens[6].charStart, 21u);
    EXPECT_EQ(s.tokens[7].form, "do");
    EXPECT_EQ(s.tokens[7].charStart, 23u);
    EXPECT_EQ(s.tokens[8].form, "n’t");
    EXPECT_EQ(s.tokens[8].charEnd, 28u);
    EXPECT_EQ(s.charStart, 0u);
    EXPECT_EQ(s.charEnd, 29u);
    EXPECT_EQ(s.text, text);
}

TEST(Tokenizer, RecordsMultiwordTokensAndSpaceAfter) {
    const auto sentences = tokenize("Nvidia’s chips don't.");
    ASSERT_EQ(sentences.size(), 1u);
    const Sentence& s = sentences[0];
    ASSERT_EQ(s.multiwords.size(), 2u);
    EXPECT_EQ(s.multiwords[0].form, "Nvidia’s");
    EXPECT_EQ(s.multiwords[0].first, 0u);
    EXPECT_EQ(s.multiwords[0].last, 1u);
    EXPECT_EQ(s.multiwords[1].form, "don't");
    EXPECT_EQ(s.tokens[0].misc, "SpaceAfter=No");
    EXPECT_EQ(s.tokens[1].misc, "");
}

TEST(Tokenizer, SentenceOffsetsIndexTheDocument) {
    const std::string text = "First one.  Second one.";
    const auto sentences = tokenize(text);
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[1].start, 12u);
    EXPECT_EQ(text.substr(sentences[1].start, sentences[1].end - sentences[1].start),
              "Second one.");
    EXPECT_EQ(sentences[1].text, "Second one.");
}

TEST(Tokenizer, EmptyAndBlankTextGiveNoSentences) {
    EXPECT_TRUE(tokenize("").empty());
    EXPECT_TRUE(tokenize(" \n\t\xC2\xA0"
                         " \n")
                    .empty());
}

TEST(Tokenizer, TenMegabytesWithoutNewlineIsCutIntoBoundedSentences) {
    std::string text;
    std::size_t repetitions = 0;
    for (; text.size() < 10'000'000; ++repetitions) {
        text += "semiconductormanufacturers exportcontrols ";
    }
    const auto sentences = tokenize(text);
    ASSERT_FALSE(sentences.empty());
    std::size_t words = 0;
    for (const Sentence& s : sentences) {
        EXPECT_LE(s.tokens.size(), 300u);
        words += s.tokens.size();
    }
    EXPECT_EQ(words, 2 * repetitions);
}

TEST(Tokenizer, OneHugeTokenStaysOneToken) {
    const std::string text(2'000'000, 'a');
    const auto sentences = tokenize(text);
    ASSERT_EQ(sentences.size(), 1u);
    ASSERT_EQ(sentences[0].tokens.size(), 1u);
    EXPECT_EQ(sentences[0].tokens[0].end, text.size());
}

TEST(Tokenizer, InvalidUtf8AndBinaryBytesDoNotBreakOffsets) {
    const std::string text = std::string("ab\xFF\xFE cd\x00"
                                         "ef \xE2\x82 gh",
                                         15);
    const auto sentences = tokenize(text);
    std::size_t covered = 0;
    for (const Sentence& s : sentences) {
        for (const Token& t : s.tokens) {
            EXPECT_LT(t.start, t.end);
            EXPECT_LE(t.end, text.size());
            EXPECT_LE(t.charEnd, text.size());
            covered += t.end - t.start;
        }
    }
    EXPECT_GT(covered, 0u);
    ASSERT_FALSE(sentences.empty());
    EXPECT_EQ(sentences[0].tokens[0].form, "ab\xFF\xFE");
    EXPECT_EQ(sentences[0].tokens[0].charEnd, 4u); // each bad byte counts as one character
}

struct CheckCase {
    const char* name;
    std::string text;
    bool ok;
    DiagCode code;
    std::size_t line;
    std::size_t column;
};

TEST(CheckText, ReportsTheFirstBadByteWithLineAndColumn) {
    const CheckCase cases[] = {
        {"plain", "Hello “world”\n", true, DiagCode::InvalidUtf8, 0, 0},
        {"empty", "", true, DiagCode::InvalidUtf8, 0, 0},
        {"latin1",
         "ok\ncaf\xE9"
         " au lait",
         false, DiagCode::InvalidUtf8, 2, 4},
        {"truncated", "abc\xE2\x80", false, DiagCode::InvalidUtf8, 1, 4},
        {"overlong", "\xC0\xAF", false, DiagCode::InvalidUtf8, 1, 1},
        {"surrogate", "x\xED\xA0\x80", false, DiagCode::InvalidUtf8, 1, 2},
        {"nul", std::string("PK\x03\x04\x00\x00", 6), false, DiagCode::BinaryInput, 1, 5},
    };
    for (const CheckCase& c : cases) {
        const auto d = checkText(c.text, "in.txt");
        EXPECT_EQ(!d.has_value(), c.ok) << c.name;
        if (d) {
            EXPECT_EQ(d->code, c.code) << c.name;
            EXPECT_EQ(d->line, c.line) << c.name;
            EXPECT_EQ(d->column, c.column) << c.name;
            EXPECT_EQ(d->file, "in.txt");
        }
    }
}

TEST(Tokenizer, SplitsTheSeedArticleIntoItsSentences) {
    std::ifstream in(std::string(KG_SOURCE_DIR) + "/samples/00_h20-unsafe-cryptopolitan.txt");
    ASSERT_TRUE(in) << "samples/00_h20-unsafe-cryptopolitan.txt missing";
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto sentences = tokenize(text);
    std::vector<std::string> texts;
    for (const Sentence& s : sentences) {
        texts.push_back(s.text);
        EXPECT_EQ(text.substr(s.start, s.end - s.start), s.text);
    }
    const auto has = [&](const std::string& t) {
        return std::find(texts.begin(), texts.end(), t) != texts.end();
    };
    EXPECT_TRUE(has("China calls Nvidia’s H20 chips unsafe and environmentally unfriendly"));
    EXPECT_TRUE(has("3 min read"));
    EXPECT_TRUE(has("The administration pressed Nvidia to clarify whether or not such "
                    "vulnerabilities existed."));
    EXPECT_TRUE(has("“When a type of chip is neither environmentally friendly, nor advanced, nor "
                    "safe, as consumers, we certainly have the option not to buy it,” the Yuyuan "
                    "Tantian article stated ."));
    EXPECT_TRUE(has("The American chipmaking giant designed the H20 chips specifically for "
                    "Chinese customers in response to U.S. restrictions on exporting advanced AI "
                    "chips imposed in late 2023."));
    EXPECT_TRUE(has("Source: Cryptopolitan"));
    for (const std::string& t : texts) {
        EXPECT_NE(t.find_first_not_of(" "), std::string::npos);
        EXPECT_EQ(t.find('\n'), std::string::npos) << t;
    }
    EXPECT_EQ(sentences.size(), 27u);
}

} // namespace
} // namespace kg::ingest::nlp
