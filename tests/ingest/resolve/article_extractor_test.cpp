#include "ingest/resolve/article_extractor.h"

#include "ingest/article/article_reader.h"
#include "ingest/formats.h"
#include "ingest/statement_json.h"

#include "tests/ingest/resolve/shipped_models.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace kg::ingest::resolve {
namespace {

using testing::models;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

ArticleResult extract(const std::string& bytes, const std::string& file,
                      article::ArticleOptions options = {}) {
    article::ReadResult read = article::readArticle(bytes, file, options);
    EXPECT_TRUE(read.document.has_value());
    ArticleExtractor ex(models().pipeline, models().extractor, models().gazetteer);
    return ex.extract(*read.document, bytes);
}

const std::string SEED = KG_SOURCE_DIR "/samples/00_h20-unsafe-cryptopolitan.txt";

// The seed article's statements as JSON Lines, compared with a reviewed snapshot
// (KG_UPDATE_GOLDEN=1 rewrites it). The snapshot records today's output, mistakes included; a
// change shows up in review as a diff of facts.
TEST(ArticleExtractor, SeedArticleGolden) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    const ArticleResult r = extract(readFile(SEED), "00_h20-unsafe-cryptopolitan.txt", options);
    std::string got;
    for (const graph::Statement& s : r.statements) {
        got += toJsonLine(s) + "\n";
    }
    const std::string golden = KG_SOURCE_DIR "/tests/data/resolve/seed/expected.jsonl";
    if (std::getenv("KG_UPDATE_GOLDEN") != nullptr) {
        std::filesystem::create_directories(std::filesystem::path(golden).parent_path());
        std::ofstream(golden, std::ios::binary) << got;
    }
    EXPECT_EQ(got, readFile(golden));
    EXPECT_EQ(r.sentences, 20u); // the 26 lines less the 6 boilerplate ones
}

// Facts the seed states plainly must come out whatever else changes.
TEST(ArticleExtractor, SeedArticleKeyFacts) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    const ArticleResult r = extract(readFile(SEED), "seed.txt", options);
    auto has = [&](const std::string& subject, const std::string& relation,
                   const std::string& object) {
        for (const graph::Statement& s : r.statements) {
            if (s.subject == subject && s.relation == relation && s.object == object) {
                return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(has("Cyberspace Administration of China", "summon", "Nvidia"));
    EXPECT_TRUE(has("Cyberspace Administration of China", "press", "Nvidia"));
    EXPECT_FALSE(has("Trump administration", "press", "Nvidia"));
    EXPECT_TRUE(has("People's Daily", "urge", "Nvidia"));
    EXPECT_TRUE(has("Donald Trump", "be President of", "United States"));
    EXPECT_TRUE(has("Xi Jinping", "be President of", "China"));
}

TEST(ArticleExtractor, EvidenceSpansAreCodePointsOfTheOriginalFile) {
    const std::string bytes = readFile(SEED);
    const ArticleResult r = extract(bytes, "seed.txt");
    ASSERT_FALSE(r.statements.empty());
    // Decode the file to code points once.
    std::u32string text;
    for (std::size_t i = 0; i < bytes.size();) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (std::size_t k = 1; k < len; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
        }
        text.push_back(cp);
        i += len;
    }
    for (const graph::Statement& s : r.statements) {
        ASSERT_GE(s.start, 0);
        ASSERT_LE(s.end, static_cast<std::int64_t>(text.size()));
        std::string span;
        for (char32_t cp : text.substr(static_cast<std::size_t>(s.start),
                                       static_cast<std::size_t>(s.end - s.start))) {
            if (cp < 0x80) {
                span += static_cast<char>(cp);
            } else if (cp < 0x800) {
                span += static_cast<char>(0xC0 | (cp >> 6));
                span += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                span += static_cast<char>(0xE0 | (cp >> 12));
                span += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                span += static_cast<char>(0x80 | (cp & 0x3F));
            }
        }
        EXPECT_EQ(span, s.text) << s.subject << " " << s.relation << " " << s.object;
        EXPECT_EQ(s.doc, "seed.txt");
        EXPECT_GE(s.sentence, 0);
    }
}

TEST(ArticleExtractor, DatesResolveAgainstTheArticleDate) {
    const std::string text = "Title\n\nOn July 31, China's Cyberspace Administration summoned "
                             "Nvidia.\n\nThe Trump administration banned sales of the H20 chips "
                             "in April 2025.\n";
    article::ArticleOptions dated;
    dated.date = "2025-08-10";
    auto dateOf = [](const ArticleResult& r, const std::string& relation) {
        for (const graph::Statement& s : r.statements) {
            if (s.relation.rfind(relation, 0) == 0) {
                return s.date;
            }
        }
        return std::string("<none>");
    };
    const ArticleResult withDate = extract(text, "a.txt", dated);
    EXPECT_EQ(dateOf(withDate, "summon"), "2025-07-31");
    EXPECT_EQ(dateOf(withDate, "ban"), "2025-04");
    // Without an article date a day and month cannot be placed; an absolute date still can.
    const ArticleResult undated = extract(text, "a.txt");
    EXPECT_EQ(dateOf(undated, "summon"), "");
    EXPECT_EQ(dateOf(undated, "ban"), "2025-04");
}

TEST(ArticleExtractor, BoilerplateAndScriptsGiveNoStatements) {
    const std::string html =
        "<html><head><title>Chips</title><script>var x = 'Huawei sued Intel on Monday.';</script>"
        "<style>p { color: red }</style></head><body><nav>Home | Huawei sued Apple</nav>"
        "<p>China's Cyberspace Administration summoned Nvidia on Monday.</p>"
        "<p>Source: Cryptopolitan</p></body></html>";
    const ArticleResult r = extract(html, "a.html");
    bool summon = false;
    for (const graph::Statement& s : r.statements) {
        EXPECT_EQ(s.text.find("Huawei"), std::string::npos) << s.text;
        summon = summon || (s.relation == "summon" && s.object == "Nvidia");
    }
    EXPECT_TRUE(summon);
    EXPECT_EQ(r.sentences, 1u);
}

TEST(ArticleExtractor, StatementsSurviveAJsonLinesRoundTrip) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    options.source = "Cryptopolitan";
    const ArticleResult r = extract(readFile(SEED), "seed.txt", options);
    std::string lines;
    for (const graph::Statement& s : r.statements) {
        lines += toJsonLine(s) + "\n";
    }
    std::istringstream in(lines);
    const IngestOutput back = findIngester("jsonl")->read(in, "back.jsonl", {});
    ASSERT_TRUE(back.diagnostics.empty()) << formatDiagnostic(back.diagnostics.front());
    ASSERT_EQ(back.statements.size(), r.statements.size());
    for (std::size_t i = 0; i < r.statements.size(); ++i) {
        const graph::Statement& a = r.statements[i];
        const graph::Statement& b = back.statements[i];
        EXPECT_EQ(a.subject, b.subject);
        EXPECT_EQ(a.relation, b.relation);
        EXPECT_EQ(a.object, b.object);
        EXPECT_EQ(a.subjectType, b.subjectType);
        EXPECT_EQ(a.objectText, b.objectText);
        EXPECT_EQ(a.start, b.start);
        EXPECT_EQ(a.end, b.end);
        EXPECT_EQ(a.date, b.date);
        EXPECT_EQ(a.source, "Cryptopolitan");
        EXPECT_EQ(a.source, b.source);
        EXPECT_EQ(a.args.size(), b.args.size());
        EXPECT_NEAR(a.confidence, b.confidence, 0.0006);
    }
}

TEST(ArticleExtractor, ProgressReachesTheEnd) {
    const std::string text = "Title\n\nNvidia sells chips.\n\nHuawei makes phones.\n";
    article::ReadResult read = article::readArticle(text, "p.txt", {});
    ArticleExtractor ex(models().pipeline, models().extractor, models().gazetteer);
    std::size_t last = 0;
    std::size_t total = 0;
    std::size_t calls = 0;
    ex.extract(*read.document, text, [&](std::size_t done, std::size_t all) {
        EXPECT_GE(done, last);
        last = done;
        total = all;
        ++calls;
    });
    EXPECT_GE(calls, 2u);
    EXPECT_EQ(last, total);
}

// A time the parse hung on a noun still dates the statement.
TEST(ArticleExtractor, TimeOnTheObjectDatesTheStatement) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    const ArticleResult r =
        extract("The Trump administration reversed its decision in July.\n", "t.txt", options);
    bool found = false;
    for (const graph::Statement& s : r.statements) {
        if (s.relation == "reverse") {
            found = true;
            EXPECT_EQ(s.object, "its decision");
            EXPECT_EQ(s.objectText, "its decision");
            EXPECT_EQ(s.date, "2025-07");
        }
    }
    EXPECT_TRUE(found);
}

// An act reported as done, with no time of its own, happened by the report's date; a planned
// one did not.
TEST(ArticleExtractor, AReportedPastActTakesTheReportsDate) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    const ArticleResult r =
        extract("On July 31, China's Cyberspace Administration announced it had summoned "
                "Nvidia.\n\nOn Monday, Intel said it would build a plant in Ohio.\n",
                "t.txt", options);
    bool summoned = false;
    bool built = false;
    for (const graph::Statement& s : r.statements) {
        if (s.relation == "summon") {
            summoned = true;
            EXPECT_EQ(s.date, "2025-07-31");
        }
        if (s.relation.starts_with("build")) {
            built = true;
            EXPECT_EQ(s.date, "") << s.relation;
        }
    }
    EXPECT_TRUE(summoned);
    EXPECT_TRUE(built);
}

// A date deep inside an argument dates what it belongs to, not the statement: "in response to
// rules imposed in late 2023" says when the rules came, not when the chips were built.
TEST(ArticleExtractor, ADateInsideAnArgumentIsNotItsTime) {
    article::ArticleOptions options;
    options.date = "2025-08-10";
    const ArticleResult r =
        extract("Nvidia built the chips in response to export rules imposed in late 2023.\n",
                "t.txt", options);
    bool built = false;
    for (const graph::Statement& s : r.statements) {
        if (s.relation == "build") {
            built = true;
            EXPECT_EQ(s.date, "");
            for (const graph::Argument& a : s.args) {
                EXPECT_NE(a.role, "time") << a.text;
            }
        }
        if (s.relation == "impose") {
            EXPECT_EQ(s.date, "2023");
        }
    }
    EXPECT_TRUE(built);
}

// "in" + a proper noun is a place only when the name is one: a company is not.
TEST(ArticleExtractor, ACompanyIsNoPlace) {
    const ArticleResult r = extract(
        "Google invested $2 billion in Anthropic. Nvidia opened an office in Shanghai.\n", "p.txt");
    std::map<std::string, std::string> roles; // argument text -> role
    for (const graph::Statement& s : r.statements) {
        for (const graph::Argument& a : s.args) {
            roles[a.text] = a.role;
        }
    }
    EXPECT_EQ(roles["in Anthropic"], "other");
    EXPECT_EQ(roles["in Shanghai"], "place");
}

// An amount before a noun keeps its number in the concept's name.
TEST(ArticleExtractor, AnAmountKeepsItsNumber) {
    const ArticleResult r = extract(
        "Boeing won a $7 billion contract from the U.S. Air Force to build tankers.\n", "a.txt");
    bool found = false;
    for (const graph::Statement& s : r.statements) {
        if (s.relation == "win") {
            found = true;
            EXPECT_EQ(s.object, "$7 billion contract");
        }
    }
    EXPECT_TRUE(found);
}

// Arguments and phrases keep the spacing of the text: "$7.8 billion", "media-affiliated".
TEST(ArticleExtractor, ArgumentsAreWrittenAsInTheText) {
    const ArticleResult r = extract("The agency awarded Intel $7.8 billion. A state "
                                    "media-affiliated outlet criticized Intel.\n",
                                    "w.txt");
    std::set<std::string> texts;
    for (const graph::Statement& s : r.statements) {
        texts.insert(s.subjectText);
        for (const graph::Argument& a : s.args) {
            texts.insert(a.text);
        }
    }
    EXPECT_TRUE(texts.count("$7.8 billion")) << ::testing::PrintToString(texts);
    EXPECT_TRUE(texts.count("A state media-affiliated outlet")) << ::testing::PrintToString(texts);
}

// An actor hung on an amount links to the verb alone: "fell 2% in Hong Kong" falls in Hong
// Kong, not "fall % in".
TEST(ArticleExtractor, AnAmountIsNoPartOfTheRelation) {
    const ArticleResult r = extract("Baidu shares fell 2% in Hong Kong. Zorvex raised $50 million "
                                    "from Sequoia Capital last year.\n",
                                    "m.txt");
    std::set<std::string> relations;
    for (const graph::Statement& s : r.statements) {
        relations.insert(s.relation + " / " + s.object);
        EXPECT_EQ(s.relation.find('%'), std::string::npos) << s.relation;
        EXPECT_EQ(s.relation.find('$'), std::string::npos) << s.relation;
    }
    EXPECT_TRUE(relations.count("fall in / Hong Kong")) << ::testing::PrintToString(relations);
    EXPECT_TRUE(relations.count("raise from / Sequoia Capital"))
        << ::testing::PrintToString(relations);
}

// An amount's preposition says by how much, not where: "lifted shares by 6% in Sao Paulo".
TEST(ArticleExtractor, AnAmountsPrepositionIsNoPartOfTheRelation) {
    const ArticleResult r =
        extract("The order lifted Embraer shares by 6% in Sao Paulo.\n", "b.txt");
    std::set<std::string> relations;
    for (const graph::Statement& s : r.statements) {
        relations.insert(s.relation + " / " + s.object);
    }
    EXPECT_TRUE(relations.count("lift share in / São Paulo"))
        << ::testing::PrintToString(relations);
}

// The argument an object was taken from is not repeated as an argument when it names no more
// than the object: "recall vehicle in / United States" carries no "in the United States", but
// "compete in / high bandwidth memory" keeps what the memory is used in.
TEST(ArticleExtractor, TheObjectsOwnPhraseIsNoArgument) {
    const ArticleResult r =
        extract("Toyota is recalling about 50,000 hybrid vehicles in the United States. Samsung "
                "has struggled to compete with SK Hynix in high-bandwidth memory used in AI "
                "servers.\n",
                "r.txt");
    std::map<std::string, std::vector<std::string>> args; // relation / object -> argument texts
    for (const graph::Statement& s : r.statements) {
        std::vector<std::string>& texts = args[s.relation + " / " + s.object];
        for (const graph::Argument& a : s.args) {
            texts.push_back(a.text);
        }
    }
    ASSERT_TRUE(args.count("recall vehicle in / United States"));
    EXPECT_TRUE(args["recall vehicle in / United States"].empty())
        << ::testing::PrintToString(args["recall vehicle in / United States"]);
    ASSERT_TRUE(args.count("recall / about 50,000 hybrid vehicles"));
    EXPECT_EQ(args["recall / about 50,000 hybrid vehicles"],
              std::vector<std::string>{"in the United States"});
    bool kept = false;
    for (const auto& [key, texts] : args) {
        kept = kept || (key.ends_with("/ high bandwidth memory") && !texts.empty());
    }
    EXPECT_TRUE(kept) << ::testing::PrintToString(args);
}

// An act someone has no plans or intention for is denied, not stated.
TEST(ArticleExtractor, NoPlansToActDenyTheAct) {
    const ArticleResult r =
        extract("Rival Carlsberg said last month it had no plans to increase prices further. "
                "Heineken has no intention to sell the unit. Heineken plans to buy a brewery.\n",
                "n.txt");
    std::map<std::string, bool> negated; // relation / object -> negated
    for (const graph::Statement& s : r.statements) {
        negated[s.subject + " | " + s.relation + " | " + s.object] = s.negated;
    }
    ASSERT_TRUE(negated.count("Carlsberg | increase | prices"))
        << ::testing::PrintToString(negated);
    EXPECT_TRUE(negated["Carlsberg | increase | prices"]);
    ASSERT_TRUE(negated.count("Heineken | sell | unit"));
    EXPECT_TRUE(negated["Heineken | sell | unit"]);
    ASSERT_TRUE(negated.count("Heineken | plan to buy | brewery"))
        << ::testing::PrintToString(negated);
    EXPECT_FALSE(negated["Heineken | plan to buy | brewery"]);
}

// A name that ends in a word for a landmark is a place, not a person named for someone, and a
// city the gazetteer lists is a place too.
TEST(ArticleExtractor, ALandmarksNameIsAPlace) {
    const ArticleResult r =
        extract("A cargo ship struck the Francis Scott Key Bridge in Baltimore. "
                "Elon Musk built a supercomputer in Memphis.\n",
                "b.txt");
    std::map<std::string, graph::EntityType> types;
    for (const graph::Statement& s : r.statements) {
        types[s.subject] = s.subjectType.value_or(graph::EntityType::Other);
        types[s.object] = s.objectType.value_or(graph::EntityType::Other);
    }
    ASSERT_TRUE(types.count("Francis Scott Key Bridge")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Francis Scott Key Bridge"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Baltimore"));
    EXPECT_EQ(types["Baltimore"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Memphis"));
    EXPECT_EQ(types["Memphis"], graph::EntityType::Gpe);
}

// What someone says of a noun in a relative clause with no relative word is no aside on the
// whole sentence: the main clause stays asserted.
TEST(ArticleExtractor, ASayingClauseOnANounLeavesTheMainClauseAsserted) {
    const ArticleResult r = extract(
        "Tencent's shares fell 7 percent after the Pentagon added the company to a list of firms "
        "it says work with the Chinese military.\n",
        "t.txt");
    std::map<std::string, bool> asserted;
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Tencent | fall | 7 percent")) << ::testing::PrintToString(asserted);
    EXPECT_TRUE(asserted["Tencent | fall | 7 percent"]);
}

// A role someone held before is no description of them now: "the new chief executive" (or
// "the chief executive") is not a person named as a former one.
TEST(ArticleExtractor, AFormerRoleDoesNotDescribeThePersonNow) {
    const ArticleResult r = extract(
        "Disney named James Gorman, the former chief executive of Morgan Stanley, as its next "
        "chairman. Disney plans to announce the new chief executive in early 2026.\n",
        "d.txt");
    std::set<std::string> triples;
    for (const graph::Statement& s : r.statements) {
        triples.insert(s.subject + " | " + s.relation + " | " + s.object);
    }
    EXPECT_FALSE(triples.count("Walt Disney Company | plan to announce | James Gorman"))
        << ::testing::PrintToString(triples);
    EXPECT_TRUE(triples.count("Walt Disney Company | plan to announce | new chief executive"));
    EXPECT_TRUE(triples.count("James Gorman | be former CEO of | Morgan Stanley"));
}

// A report in the middle of a sentence by a source "familiar with" something attributes the
// clause before it; a clause of reason after the report is the main clause's own.
TEST(ArticleExtractor, AReportInTheMiddleAttributesTheClauseBeforeIt) {
    const ArticleResult r = extract(
        "Shell will cut 20 percent of jobs in its exploration division, two people familiar with "
        "the plan said, as the company tries to reduce costs.\n",
        "s.txt");
    std::map<std::string, bool> asserted;
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Shell | cut | 20 percent of jobs"))
        << ::testing::PrintToString(asserted);
    EXPECT_FALSE(asserted["Shell | cut | 20 percent of jobs"]);
    ASSERT_TRUE(asserted.count("Shell | try to reduce | costs"));
    EXPECT_TRUE(asserted["Shell | try to reduce | costs"]);
}

// A name of two words in apposition to a word for people is a person's, with no given name
// known.
TEST(ArticleExtractor, ANameInAppositionToPeopleIsAPerson) {
    const ArticleResult r = extract("The astronauts, Butch Wilmore and Suni Williams, will return "
                                    "on a SpaceX flight next year.\n",
                                    "a.txt");
    std::map<std::string, graph::EntityType> types;
    for (const graph::Statement& s : r.statements) {
        types[s.subject] = s.subjectType.value_or(graph::EntityType::Other);
    }
    ASSERT_TRUE(types.count("Butch Wilmore")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Butch Wilmore"], graph::EntityType::Person);
}

// A report closing a sentence attributes a clause that is the complement of the verb it hangs
// on: the report is on "stop", the clause "using".
TEST(ArticleExtractor, AClosingReportAttributesTheComplementOfItsVerb) {
    const ArticleResult r = extract(
        "Meta will stop using independent fact-checkers on Facebook and Instagram in the United "
        "States and replace them with notes written by users, chief executive Mark Zuckerberg "
        "said on Tuesday.\n",
        "m.txt");
    std::map<std::string, bool> asserted;
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Meta | stop using | independent fact-checkers"))
        << ::testing::PrintToString(asserted);
    EXPECT_FALSE(asserted["Meta | stop using | independent fact-checkers"]);
}

// A complement's own "not" denies the relation: pleading not guilty is no plea of guilty.
TEST(ArticleExtractor, AComplementsNotDeniesTheRelation) {
    const ArticleResult r =
        extract("Eric Adams pleaded not guilty. Sam Bankman-Fried pleaded guilty.\n", "g.txt");
    std::map<std::string, bool> negated;
    for (const graph::Statement& s : r.statements) {
        negated[s.subject + " | " + s.relation + " | " + s.object] = s.negated;
    }
    ASSERT_TRUE(negated.count("Eric Adams | plead | guilty")) << ::testing::PrintToString(negated);
    EXPECT_TRUE(negated["Eric Adams | plead | guilty"]);
    ASSERT_TRUE(negated.count("Sam Bankman-Fried | plead | guilty"))
        << ::testing::PrintToString(negated);
    EXPECT_FALSE(negated["Sam Bankman-Fried | plead | guilty"]);
}

// The reason a fine or a suit gives is what its object did, as its giver says: not asserted.
TEST(ArticleExtractor, AFinesReasonIsTheFinedPartysActAsTheFinerSays) {
    const ArticleResult r = extract(
        "The transport regulator fined Ryanair 3 million euros on Friday for failing to refund "
        "travellers whose trips were cancelled.\n",
        "f.txt");
    std::map<std::string, bool> asserted; // statement -> asserted
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Ryanair | fail to refund | travellers"))
        << ::testing::PrintToString(asserted);
    EXPECT_FALSE(asserted["Ryanair | fail to refund | travellers"]);
    ASSERT_TRUE(asserted.count("transport regulator | fine | Ryanair"));
    EXPECT_TRUE(asserted["transport regulator | fine | Ryanair"]);
}

// What a claim holds, in a "that" clause on the noun, is the claimant's word: not asserted.
TEST(ArticleExtractor, AClaimsClauseIsNotAsserted) {
    const ArticleResult r =
        extract("Amazon agreed to pay $2.5 billion to settle claims by the Federal Trade "
                "Commission that it tricked customers into signing up for Prime.\n",
                "c.txt");
    std::map<std::string, bool> asserted; // statement -> asserted
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Amazon | trick | customers")) << ::testing::PrintToString(asserted);
    EXPECT_FALSE(asserted["Amazon | trick | customers"]);
}

// What an inquiry asks "whether" of, after a preposition, is not said to be so.
TEST(ArticleExtractor, WhatAnInquiryAsksWhetherIsNotAsserted) {
    const ArticleResult r = extract("The European Commission opened an investigation into whether "
                                    "Meta breached the Digital Services Act.\n",
                                    "w.txt");
    std::map<std::string, bool> asserted; // statement -> asserted
    for (const graph::Statement& s : r.statements) {
        asserted[s.subject + " | " + s.relation + " | " + s.object] = s.asserted;
    }
    ASSERT_TRUE(asserted.count("Meta | breach | Digital Services Act"))
        << ::testing::PrintToString(asserted);
    EXPECT_FALSE(asserted["Meta | breach | Digital Services Act"]);
    EXPECT_TRUE(asserted["European Commission | open | investigation"]);
}

// An argument that is the object's own phrase is not repeated beside it.
TEST(ArticleExtractor, TheObjectsOwnPhraseIsNotRepeatedAsAnArgument) {
    const ArticleResult r = extract("A judge blocked a rule that would have banned noncompete "
                                    "agreements for most workers.\n",
                                    "a.txt");
    bool found = false;
    for (const graph::Statement& s : r.statements) {
        if (s.object == "most workers") {
            found = true;
            for (const graph::Argument& a : s.args) {
                EXPECT_NE(a.text, "for most workers");
            }
        }
    }
    EXPECT_TRUE(found);
}

// "(Bloomberg) — The shares ...": the dateline names the source and is no part of the sentence.
TEST(ArticleExtractor, TheDatelineIsTheSourceNotText) {
    const ArticleResult r = extract(
        "Title\n\n(Bloomberg) \u2014 Beijing imposed export controls on gallium.\n", "d.txt");
    ASSERT_FALSE(r.statements.empty());
    for (const graph::Statement& s : r.statements) {
        EXPECT_EQ(s.source, "Bloomberg");
        EXPECT_EQ(s.text, "Beijing imposed export controls on gallium.");
        EXPECT_NE(s.object, "Bloomberg");
    }
}

// A link between two named actors outranks one whose other side is a phrase.
TEST(ArticleExtractor, ActorPairsOutrankPhrases) {
    const ArticleResult r = extract("Nvidia sold chips to Huawei.\n", "c.txt");
    double actors = -1;
    double phrase = -1;
    for (const graph::Statement& s : r.statements) {
        (s.objectType == graph::EntityType::Concept ? phrase : actors) = s.confidence;
    }
    ASSERT_GE(actors, 0.0);
    ASSERT_GE(phrase, 0.0);
    EXPECT_GT(actors, phrase);
}

// A statement about an actor the story names a sentence later is judged as one between actors:
// the discount for a mere phrase on one side does not stay once the phrase has its name.
TEST(ArticleExtractor, ANamedCataphorLosesThePhraseDiscount) {
    const std::string first =
        "A Chinese state media-affiliated outlet has sharply criticized Nvidia’s H20 chips.\n";
    const auto confidenceOf = [](const ArticleResult& r, const std::string& relation) {
        for (const graph::Statement& s : r.statements) {
            if (s.sentence == 0 && s.relation == relation && s.object == "H20") {
                return std::make_pair(s.confidence, s.subjectType);
            }
        }
        return std::make_pair(-1.0, std::optional<graph::EntityType>{});
    };
    const auto [unnamed, unnamedType] = confidenceOf(extract(first, "a.txt"), "criticize");
    const auto [named, namedType] = confidenceOf(
        extract(first + "\nIn an article posted Sunday on WeChat, Yuyuan Tantian, a social media "
                        "account affiliated with the state broadcaster CCTV, claimed the chips "
                        "pose security risks.\n",
                "b.txt"),
        "criticize");
    ASSERT_GT(unnamed, 0.0);
    ASSERT_GT(named, 0.0);
    EXPECT_EQ(unnamedType, graph::EntityType::Concept);
    EXPECT_EQ(namedType, graph::EntityType::Org);
    EXPECT_NEAR(named * 0.75, unnamed, 1e-9);
}

// One mechanism per row: a short text and a statement it must give ("subject | relation |
// object", canonical names), or must not give when `absent` is set.
struct StatementCase {
    const char* name;
    const char* text;
    const char* statement; ///< "subject | relation | object", after "NOT " when denied
    bool absent = false;
};

const StatementCase SMALL_CASES[] = {
    {"TimeClauseTakesTheMainSubject",
     "After exiting the memory business last year, Intel opened a new lab in Chengdu.",
     "Intel | exit | memory business"},
    {"TheyStandsForAnEarlierClausesPluralSubject",
     "While the new restrictions do not halt production, they create uncertainty for Samsung.",
     "new restrictions | create uncertainty for | Samsung Electronics"},
    {"APlaceBasedCompanyIsTheCompanyNamedBefore",
     "Micron Technology forecast weak revenue. The Boise, Idaho-based chipmaker was banned "
     "from critical projects in China.",
     "Micron Technology | be banned from project in | China"},
    {"ALongAppositionDoesNotHideTheVerb",
     "Applied Materials, Lam Research and KLA, the three biggest American toolmakers, get a "
     "third of their revenue from China.",
     "KLA | get | third of their revenue from China"},
    {"AnOwnerHasNothingBeyondTheThingHad",
     "The Dutch government has restricted exports of ASML's most advanced lithography machines "
     "to China since 2023.",
     "ASML | have lithography machine to | China", true},
    {"ATitleInAppositionIsAFact", "Jensen Huang, Nvidia's chief executive, visited Beijing.",
     "Jensen Huang | be CEO of | Nvidia"},
    // A clause headed by a noun is still a clause: its actors are its own proposition's.
    {"ANounHeadedClauseLinksNoActorToTheSpeaker",
     "Lisa Su told analysts that the acquisition was not a bet against Nvidia.",
     "Lisa Su | tell bet against | Nvidia", true},
    // A measure named as the object goes into the relation of a phrase hung on the verb.
    {"AMeasureObjectIsPartOfThePhrasesRelation",
     "Samsung and LG signed an agreement with the Korean government.",
     "LG | sign agreement with | South Korea"},
    {"AMeasureObjectIsPartOfThePhrasesRelationForAnUrgedAct",
     "Lawmakers urged the Data Protection Commission to open a new investigation into TikTok.",
     "Data Protection Commission | open investigation into | TikTok"},
    // A role no longer held says so in the relation, on a copula's complement too.
    {"AFormerRoleAfterBeSaysFormer", "Pat Gelsinger is the former chief executive of Intel.",
     "Pat Gelsinger | be former chief executive of | Intel"},
    {"AFormerRoleIsNoPresentOne", "Pat Gelsinger is the former chief executive of Intel.",
     "Pat Gelsinger | be chief executive of | Intel", true},
    {"ATitleInAppositionIsNoPossession", "Jensen Huang, Nvidia's chief executive, visited Beijing.",
     "Nvidia | have | Jensen Huang", true},
    {"ANameAfterAPrepositionAndADeterminerIsNoSubject",
     "TSMC received $6.6 billion in subsidies from the U.S. government to build three "
     "factories in Phoenix.",
     "United States | build three factory in | Phoenix", true},
    {"TheSourceOfADemandWantsWhatFollows",
     "Japan acted after months of pressure from the US to tighten trade controls on China.",
     "United States | tighten trade control on | China"},
    {"AQuestionIsNotAboutItsObject",
     "The Federal Trade Commission is examining whether these partnerships give Microsoft too "
     "much control.",
     "Federal Trade Commission | examine | too much control", true},
    {"ASubordinateClausesSubjectHungOnANounBelowTheVerb",
     "Shares of Rio Tinto rose 3% in London after the miner agreed to buy Arcadium Lithium for "
     "$6.7 billion in cash.",
     "Rio Tinto | agree to buy | Arcadium Lithium"},
    {"MeasuresAreNoListOfThings",
     "Beijing banned exports of gallium, germanium and antimony. ASML did not comment on the new "
     "rules.",
     "ASML | comment on | gallium", true},
    {"AnIncludingPhraseHungAsParataxisNamesMembers",
     "The U.S. Commerce Department added 140 Chinese companies to its Entity List on Monday, "
     "including chip equipment makers Naura Technology and Piotech.",
     "United States Department of Commerce | add | Piotech"},
    {"ARoleInAppositionReachesTheActorItServes",
     "SK Hynix, a major supplier of memory chips to Nvidia, said its sales had fallen.",
     "SK Hynix | be major supplier of memory chip to | Nvidia"},
    {"ARoleToAnActorInApposition",
     "Lam Research, a supplier to YMTC, said the rules would hurt sales.",
     "Lam Research | be supplier to | YMTC"},
    {"APossessiveRoleInAppositionIsARole",
     "Microsoft, OpenAI's biggest investor, had been its cloud provider.",
     "Microsoft | be biggest investor of | OpenAI"},
    {"APossessiveRoleInAppositionIsNoPossession",
     "Microsoft, OpenAI's biggest investor, had been its cloud provider.",
     "OpenAI | have | Microsoft", true},
    {"APossessorAfterACommaIsNoListMember",
     "Germany, the EU's largest economy, welcomed the decision.",
     "European Union | welcome | decision", true},
    {"AFunctionWordIsNoObject",
     "Under the law, ByteDance has until January 19 to sell TikTok to an approved buyer.",
     "ByteDance | have | until", true},
    {"ACountrysCompanyIsBasedThere", "Samsung sued China's BOE Technology Group on Monday.",
     "BOE Technology | be based in | China"},
    {"APossessorIsNotTheVerbsObject", "Samsung sued China's BOE Technology Group on Monday.",
     "Samsung Electronics | sue | China", true},
    {"ARoleInAnActorInApposition", "Microsoft, an investor in OpenAI, agreed.",
     "Microsoft | be investor in | OpenAI"},
    {"ACommonAcronymEndsNoName", "Intel Labs R&D operations depend on the U.S.",
     "Intel Labs | depend on | United States"},
    {"TheNameBeforeANounIsItsOwner",
     "The Biden administration is releasing $7.8 billion for Intel projects in Ohio.",
     "Biden administration | release for project of | Intel"},
    {"EveryMemberOfANestedListIsLinked",
     "The U.S. government has revoked waivers granted to Intel, Samsung, and SK hynix.",
     "United States | revoke waiver granted to | SK Hynix"},
    // An actor reached through a participle keeps the participle in the relation, and a
    // participle after the object is no act of the subject.
    {"AnActorOfAParticipleKeepsTheParticiple",
     "The EU launched an inquiry into vehicles imported from China.",
     "European Union | launch inquiry into vehicle imported from | China"},
    // "as well as" after a place joins the verb's objects, and the name inside the object's
    // phrase is kept whole.
    {"AsWellAsAfterAPlaceJoinsTheObjects",
     "Intel still has test facilities in Chengdu as well as Intel Labs R&D operations.",
     "Intel | have | Intel Labs R&D operations"},
    // An unnamed group of actors that the object's phrase reaches with "to" is linked.
    {"AnUnnamedGroupInTheObjectsPhraseIsLinked",
     "Japan will restrict exports of some chipmaking equipment to countries branded unfriendly.",
     "Japan | restrict export of equipment to | countries"},
    {"AShareOfACompanyIsAStakeInIt", "Intel sold 20% of Mobileye in 2022.",
     "Intel | sell stake in | Mobileye"},
    {"AConjunctOfAnAgentIsNoNestedActor",
     "The EU launched an investigation, a move that could lead to tariffs on cars made by BYD "
     "and Tesla's Shanghai plant.",
     "move | lead to | BYD", true},
    {"AParticipleAfterTheObjectIsNoActOfTheSubject",
     "Japan tightened controls on equipment sold to China.", "Japan | sell to | China", true},
    {"AgentHungOnTheComplementIsTheSubject",
     "Nvidia’s H20 chips, designed specifically for China, have been labeled unsafe and "
     "environmentally unfriendly by the country’s state media.",
     "the country’s state media | label unsafe | H20"},
    {"AppositionReadOffTheWords",
     "In an article posted Sunday on WeChat, Yuyuan Tantian, a social media account affiliated "
     "with the state broadcaster CCTV, claimed the chips pose security risks.",
     "Yuyuan Tantian | be affiliated with | CCTV"},
    {"ATimeOnTheObjectIsNoPartOfIt", "The Trump administration reversed its decision in July.",
     "Trump administration | reverse | its decision"},
    {"ATimeInsideTheObjectIsNoPartOfIt", "Nvidia resumed sales of the chips in July.",
     "Nvidia | resume | sales of the chips"},
    {"AnUnnamedGroupOfActorsActs",
     "Exporters of the two metals will need to apply for export licenses.",
     "exporters of the two metals | need to apply for | export licenses"},
    {"OneGroupOfActorsIsOneNode",
     "Exporters of the two metals will need licenses.\n\nChinese exporters are seeking "
     "clarification.",
     "exporters of the two metals | seek | clarification"},
    {"GroupsOfDifferentCountriesStayApart",
     "U.S. chipmakers lost sales in China.\n\nChinese chipmakers gained customers.",
     "U.S. chipmakers | gain | customers", true},
    {"RepresentativesOfAListSpeakForEachMember",
     "Title\n\n(Bloomberg) \u2014 OpenAI signed a deal with Oracle.\n\nRepresentatives for "
     "OpenAI and Oracle declined to comment.",
     "Oracle | decline to comment to | Bloomberg"},
    {"DecliningToCommentIsToTheDatelinesOutlet",
     "Title\n\n(Bloomberg) \u2014 Shares of Yunnan Chihong Zinc & Germanium surged.\n\nYunnan "
     "Chihong Zinc & Germanium declined to comment.",
     "Yunnan Chihong Zinc & Germanium | decline to comment to | Bloomberg"},
    // A relative clause after a list agrees with what it is about: a singular verb is about the
    // name right before it, a plural one about the whole list.
    {"ASingularRelativeClauseIsNotAboutTheWholeList",
     "The rules hit Micron and SK Hynix, which has a factory in Wuxi.",
     "Micron Technology | have factory in | Wuxi", true},
    {"ASingularRelativeClauseIsAboutTheNameBeforeIt",
     "The rules hit Micron and SK Hynix, which has a factory in Wuxi.",
     "SK Hynix | have factory in | Wuxi"},
    {"APluralRelativeClauseIsAboutTheWholeList",
     "The rules hit Micron and SK Hynix, which have factories in China.",
     "Micron Technology | have factory in | China"},
    // An adjective after "be" whose oblique is the object goes into the relation.
    {"AnAdjectivesObliqueIsTheObjectOfBeAndTheAdjective",
     "The United States is heavily dependent on imports of the metals.",
     "United States | be dependent on | imports of the metals"},
    {"AnAdjectivesObliqueIsNoObjectOfBeAlone",
     "China imposed export controls on gallium.\n\nThe controls aren\u2019t likely to have a "
     "major impact on leading producers, but could be more onerous for smaller operations.",
     "export controls on gallium | be | smaller operations", true},
    {"AnAdjectivesObliqueAfterAConjunctIsTheObjectOfBeAndTheAdjective",
     "China imposed export controls on gallium.\n\nThe controls aren\u2019t likely to have a "
     "major impact on leading producers, but could be more onerous for smaller operations.",
     "export controls on gallium | be onerous for | smaller operations"},
    // A rise after a measure was imposed is linked to the measure.
    {"ARiseAfterAMeasureIsLinkedToIt",
     "The shares of Chinese metals producers surged after Beijing imposed export controls on "
     "gallium.",
     "Chinese metals producers | surge after | export controls on gallium"},
    {"AnEventAfterAClauseIsNotAfterItsActors",
     "The investment comes after the Commerce Department awarded Samsung up to $6.4 billion in "
     "grants.",
     "investment | come after | Samsung Electronics", true},
    // A comment on a whole clause ("..., widely seen as retaliation for ...") names the act of
    // the clause's subject, aimed at the actor behind the measure; the subject is not what is
    // seen as retaliation.
    {"ACommentOnAClauseNamesItsSubjectsAct",
     "Earlier this week, China barred domestic operators of critical infrastructure from "
     "purchasing chips from Micron Technology, widely seen as retaliation for the US imposing new "
     "restrictions in October 2022.",
     "China | retaliate against | United States"},
    {"ACommentOnAClauseIsNotItsSubjects",
     "Earlier this week, China barred domestic operators of critical infrastructure from "
     "purchasing chips from Micron Technology, widely seen as retaliation for the US imposing new "
     "restrictions in October 2022.",
     "China | be seen as | retaliation", true},
    // A spokesperson for a company speaks for it.
    {"ASpokespersonForACompanySpeaksForIt",
     "Title\n\n(Bloomberg) \u2014 Shares of Micron Technology fell.\n\nA spokesperson for "
     "Micron Technology declined to comment.",
     "Micron Technology | decline to comment to | Bloomberg"},
    // A measure that follows pressure answers it for its owner, whom the pressure is on.
    {"PressureBehindAMeasureIsOnItsOwner",
     "The Dutch government on Friday expanded its export controls on chipmaking equipment.\n\n"
     "The move follows pressure from the Biden administration.",
     "Biden administration | pressure | Netherlands"},
    {"AnActNounWithItsActorIsAStatement",
     "Intel is playing an important role through its unprecedented investments across Arizona "
     "and Ohio.",
     "Intel | invest across | Ohio"},
    {"AnActNounOfTakesADirectObject", "Nvidia's sales of H20 chips to China fell sharply.",
     "Nvidia | sell | H20"},
    {"AnUnnamedActorInAnExtraArgument",
     "That's because of the $3 billion that Intel is also receiving to provide computer chips to "
     "the military.",
     "Intel | receive to provide chip to | military"},
    {"ThePluralOfAThingIsTheLatestListOfThings",
     "Beijing imposed export controls on gallium and germanium.\n\nThe stocks jumped on the "
     "news.\n\nThe two metals are often produced as a byproduct from zinc refineries.",
     "germanium | be produced as | byproduct from zinc refineries"},
    {"MoneyWordsAreNotTheListedThings",
     "Beijing imposed export controls on gallium and germanium.\n\nThe stocks jumped on the "
     "news.",
     "gallium | jump on | news", true},
    {"ActorsAreNotTheListedThings",
     "Beijing imposed export controls on gallium and germanium.\n\nExporters must report the "
     "overseas buyers.",
     "exporters | report | gallium", true},
    {"AHedgedLastNameIsInTheList",
     "While the new restrictions do not halt operations, they hurt Samsung, SK hynix, and to "
     "some degree Intel.",
     "new restrictions | hurt | Intel"},
    {"SharesOfAnActorAreTheActor",
     "The shares of Chinese chipmakers hit a record after Beijing imposed new export controls.",
     "Chinese chipmakers | hit | record"},
    {"WhoPlaysARoleInAnActDoesIt",
     "Intel is playing an important role in the revitalization of the U.S. semiconductor "
     "industry.",
     "Intel | revitalize | U.S. semiconductor industry"},
    {"AMeasureMadeWithoutAByIsItsOwnersDoing",
     "Nikkei Asia revealed Japan's plan in an article published in March.\n\nThe move has now "
     "been made official.",
     "Japan | make official | Japan's plan"},
    {"AMoveThatRepresentsAnActIsItsOwners",
     "Beijing imposed export controls on gallium and germanium.\n\nBeijing’s move represents "
     "an escalation of the technology trade war with the US and Europe.",
     "China | escalate technology trade war with | Europe"},
    {"AnOrganisationNamedInTheNextSentence",
     "A Chinese state media-affiliated outlet has sharply criticized Nvidia’s H20 chips.\n\nIn "
     "an article posted Sunday on WeChat, Yuyuan Tantian, a social media account affiliated with "
     "the state broadcaster CCTV, claimed the chips pose security risks.",
     "Yuyuan Tantian | criticize | H20"},
    {"AnOrganisationNamedMuchLaterStaysUnnamed",
     "A local company sued Nvidia in May.\n\nNvidia denied the claims.\n\nThe court will rule "
     "in June.\n\nHuawei, a Chinese company, sells phones.",
     "local company | sue | Nvidia"},
    {"ABarePropertyIsNoRelation",
     "The Biden administration is releasing $7.865 billion in CHIPS act grant money for Intel "
     "projects in New Albany.\n\nIt's less than the $8.5 billion in direct funding that "
     "President Joe Biden said would be released along with $11 billion in loans in March.",
     "Biden administration | be | less", true},
    {"ANameAfterSayStartsWhatWasSaid",
     "Intel CEO Pat Gelsinger met investors.\n\nIn August, Gelsinger said Intel would cut 15% "
     "of its headcount.",
     "Pat Gelsinger | say | Intel", true},
    {"AClauseWithNothingToStandForItIsNoObject",
     "Japan revealed it will begin restricting exports of some chipmaking equipment.",
     "Japan | reveal | begin", true},
    {"AnActsByPhraseDoesItAndThePossessorUndergoesIt",
     "Micron’s acquisition by Toshiba was blocked.", "Toshiba | acquire | Micron Technology"},
    {"AnActsByPhraseIsNeverItsObject",
     "Until the 2007 acquisition of Freebirds World Burrito by Tavistock Group, the chain was "
     "based in Texas.",
     "Tavistock Group | acquire | Freebirds World Burrito"},
    {"AnUnresolvedPronounIsNoNode",
     "They held the first workshop in 1982 for painters from the US, the UK and Canada.",
     "they | hold | United Kingdom", true},
    {"ALoneArticleIsNoNode", "The Aura spacecraft has a mass of about 1,765 kg .",
     "Aura | have | a", true},
    {"AQuoteThanksWhomItsSpeakerCredits",
     "“The program will make our country more secure,” U.S. Secretary of Commerce Gina Raimondo "
     "said.\n\n“Thanks to the leadership of President Biden and Vice President Harris, our "
     "award is enabling Intel to expand.”",
     "Gina Raimondo | credit | Kamala Harris"},
    {"NarrationThanksNobody", "Gina Raimondo said Intel grew thanks to Apple.",
     "Gina Raimondo | credit | Apple", true},
    {"WeInAQuoteIsTheSpeakersOrganisation",
     "Intel CEO Pat Gelsinger said, “Support for manufacturing is driving investments.\n\nIntel "
     "is deeply committed to these priorities as we further expand our U.S. operations.”",
     "Intel | expand | our U.S. operations"},
    {"APlaceBeforeASiteIsWhereItIs",
     "Intel is deeply committed to these priorities as it further expands its U.S. operations.",
     "Intel | expand operation in | United States"},
    {"WeOutsideAQuoteStaysUnresolved",
     "Intel CEO Pat Gelsinger said on Monday that sales rose.\n\nWe will expand in Ohio.",
     "Intel | expand in | Ohio", true},
    {"AThingNounIsNoAct", "Nvidia's chips for China are slower.", "Nvidia | chip for | China",
     true},
    // A negated clause is not reduced to its object: that would state the opposite.
    {"ANegatedClauseKeepsItsObject", "Nvidia clarified that its products don't have a backdoor.",
     "Nvidia | clarify that | backdoor", true},
    {"AClauseStandsForItsObject", "Nvidia denied that its products have backdoors.",
     "Nvidia | deny that | backdoors"},
    // A claim or warning is about its clause's object when that is a thing; the clause's
    // subject or an actor in it is the clause's own statement.
    {"AClaimIsAboutTheClausesThing", "Yuyuan Tantian claimed the chips pose security risks.",
     "Yuyuan Tantian | claim | security risks"},
    {"AWarningIsNotAboutTheClausesSubject",
     "Commerce Secretary Gina Raimondo warned that more listings would follow.",
     "Gina Raimondo | warn that | more listings", true},
    {"AnArgumentIsNotAboutTheClausesObject",
     "TikTok argued that the law violates the First Amendment.",
     "TikTok | argue that | First Amendment", true},
    {"ARulingIsNotAboutTheClausesObject",
     "The U.S. International Trade Commission ruled that BOE had misappropriated Samsung's "
     "trade secrets.",
     "International Trade Commission | rule that | Samsung's trade secrets", true},
    {"AClaimIsNotAboutAnActorOfTheClause",
     "The reports claim that Beijing is concerned about U.S. restrictions.",
     "reports | claim that | China", true},
    // An object "it" after a named subject is the measure another clause acted on, not the
    // last actor named.
    {"AnObjectItAfterANamedSubjectIsTheMeasure",
     "The lawsuit was filed in the Court of Appeals for the District of Columbia Circuit.\n\n"
     "President Joe Biden signed the measure into law after Congress passed it.",
     "United States Congress | pass | measure"},
    // An object "it" of a joined verb is the first verb's object.
    {"ItAfterAJoinedVerbIsItsObject",
     "The Ministry of Electronics said the apps were stealing user data and sending it to "
     "servers.",
     "apps | send | Ministry of Electronics", true},
    // An object "it" of a verb of judging is a measure or an act, never an actor.
    {"ItCalledSomethingIsTheMeasure",
     "The Netherlands imposed new export controls on Friday.\n\nChina's foreign ministry "
     "called it a violation of trade rules.",
     "Chinese Ministry of Foreign Affairs | call | new export controls"},
    {"ItCalledSomethingIsNoActor",
     "Germany welcomed the decision.\n\nChancellor Olaf Scholz called it an important step.",
     "Olaf Scholz | call | Germany", true},
    // A measure's "on" phrase, also when the parse hangs it on the verb of the measure.
    {"AMeasureTakesTheOnPhraseOfItsVerb",
     "China wants the United States to relax restrictions on high-bandwidth memory chips.",
     "United States | restrict | high bandwidth memory"},
    {"ASanctionTakesTheOnPhraseOfItsVerb", "Washington eased sanctions on Huawei.",
     "United States | sanction | Huawei"},
    // An object "it" stands for the thing an earlier clause of its sentence is about, not for
    // the last actor named; a subject "it" still goes by salience.
    {"AnObjectItIsTheClausesThing",
     "The Cyberspace Administration of China summoned Nvidia.\n\nWhen a chip is unsafe, "
     "consumers have the option not to buy it.",
     "option | buy | Cyberspace Administration of China", true},
    {"ASubjectItIsTheSalientActor",
     "Nvidia said that while the ban lasts, it will sell other chips.",
     "Nvidia | sell | other chips"},
    // "that decision" is a decision also when the tagger takes "that" for a conjunction.
    {"ThatDecisionIsTheObject",
     "The Trump administration banned sales of the H20 chips in April 2025 as trade tensions "
     "worsened, but it reversed that decision in July.",
     "Trump administration | reverse | decision"},
    // Who speaks in a text posted or released is who posted or released it.
    {"TheSpeakerReleasedTheStatement",
     "In a statement released on Monday, the Ministry of Commerce said the controls would take "
     "effect in August.",
     "Chinese Ministry of Commerce | release | statement"},
    // What was said is its own statement; the noun a relative "said" clause hangs on is not.
    {"ASaidNounIsNoStatement",
     "It is less than the $8.5 billion in direct funding that President Joe Biden said would be "
     "released in March.",
     "Joe Biden | say | $8.5 billion in direct funding", true},
    // A preposition the parse left alone names nothing.
    {"ALonePrepositionIsNoObject",
     "The Biden administration is releasing $7.9 billion for Intel projects in Ohio.\n\nIt's less "
     "than the $8.5 billion in direct funding that President Joe Biden promised in March.",
     "Biden administration | be | than", true},
    // An actor inside a clause of an argument is that clause's, not the outer verb's.
    {"AnActorInAThatClauseIsNotTheOuterVerbs",
     "The reports claim that Beijing is concerned that U.S. restrictions are hindering Chinese "
     "technology companies, including Huawei, from producing their own AI chips.",
     "reports | claim that include | Huawei", true},
    {"AnActorInAnInfinitiveIsNotTheOuterVerbs",
     "Japan will restrict exports of chipmaking equipment, following months of pressure from the "
     "US to tighten trade controls on China.",
     "Japan | restrict on | China", true},
    {"AnActorInAnInfinitiveIsTheInfinitives",
     "Japan will restrict exports of chipmaking equipment, following months of pressure from the "
     "US to tighten trade controls on China.",
     "United States | tighten trade control on | China"},
    // The object's preposition stays with the object; an extra argument brings its own.
    {"AnExtraArgumentTakesItsOwnPreposition",
     "Nvidia talked with Huawei about the Commerce Department rules.",
     "Nvidia | talk about | Commerce Department rules"},
    {"AnExtraArgumentDropsTheObjectsPreposition",
     "Nvidia talked with Huawei about the Commerce Department rules.",
     "Nvidia | talk with about | Commerce Department rules", true},
    // The words that link a nested actor are nouns: no "$" of "$20 billion".
    {"ALinkingNounsCompoundsAreWords",
     "Intel continues work on its $20 billion New Albany facility in Licking County.",
     "Intel | continue work on facility in | Licking County"},
    // A member named with "including" takes the set's place, even when the parse hangs
    // "including" on a word inside the name.
    {"AMemberAfterIncludingTakesTheSetsPlace",
     "The Commerce Department on Monday added 36 Chinese companies, including Yangtze Memory "
     "Technologies, to its Entity List.",
     "United States Department of Commerce | add | YMTC"},
    // A title between an organisation's name and a person's: the chief executive is the CEO,
    // and the person is who acts.
    {"AChiefExecutiveIsTheCEO",
     "Nvidia Chief Executive Jensen Huang met Chinese Vice Premier He Lifeng in Beijing.",
     "Jensen Huang | be CEO of | Nvidia"},
    {"ThePersonAfterTheTitleActs",
     "Nvidia Chief Executive Jensen Huang met Chinese Vice Premier He Lifeng in Beijing.",
     "Jensen Huang | meet | He Lifeng"},
    // A name after a preposition is not the subject of the verb after it.
    {"ANameInAPrepositionalPhraseIsNoSubject",
     "A federal judge in California blocked the Commerce Department from enforcing the rules.",
     "California | block | United States Department of Commerce", true},
    // The actors of a clause after a verb of saying are that clause's.
    {"ASpeakerTellsTheListenerNotTheClausesSubject",
     "Nvidia Chief Executive Jensen Huang met officials. Huang told reporters that the company "
     "would continue to serve customers in China.",
     "Jensen Huang | tell | Nvidia", true},
    {"AMultiWordTitleAfterADemonym",
     "Dutch Prime Minister Mark Rutte said his government would not copy the U.S. measures.",
     "Mark Rutte | be Prime Minister of | Netherlands"},
    // The field of an office belongs to its title, not to a name of its own.
    {"AnOfficesFieldIsPartOfItsTitle",
     "U.S. Commerce Secretary Gina Raimondo met Trade Minister Ahn Duk-geun in Seoul.",
     "Gina Raimondo | be Commerce Secretary of | United States"},
    {"AnOfficesFieldIsNoOrganisation",
     "U.S. Commerce Secretary Gina Raimondo met Trade Minister Ahn Duk-geun in Seoul.",
     "Gina Raimondo | meet | Trade", true},
    // A name is no word of a relation: she met in Seoul, not "Ahn in".
    {"ANameLinksNoNestedActor",
     "U.S. Commerce Secretary Gina Raimondo met Trade Minister Ahn Duk-geun in Seoul.",
     "Gina Raimondo | meet in | Seoul"},
    // A phrase of the verb hung on a name takes the verb's preposition, not the name's.
    {"APhraseOfTheVerbOnANameLeavesTheArgumentsPreposition",
     "Huawei was added to the Entity List by the Commerce Department in May 2019.",
     "Huawei | be added by | United States Department of Commerce"},
    {"AMultiWordTitleInsideAPersonsMention",
     "Nvidia Chief Executive Jensen Huang met Chinese Vice Premier He Lifeng in Beijing.",
     "He Lifeng | be Vice Premier of | China"},
    // A company's products as the subject stand for the company.
    {"ACompanysProductsAsSubjectAreTheCompany",
     "China's Cyberspace Administration said on Sunday that Micron Technology's products had "
     "failed a network security review.",
     "Micron Technology | fail | network security review"},
    // The named members of a subject set act for it.
    {"MembersOfASubjectSetActForIt",
     "Chinese memory makers such as YMTC and CXMT could benefit from the ban, analysts said.",
     "CXMT | benefit from | ban"},
    // Two demonyms before one word for government stand for both countries.
    {"CoordinatedDemonymsStandForBothCountries",
     "Dutch and Japanese officials met on Friday to discuss chip export controls.",
     "Japan | discuss | chip export controls"},
    {"TheFirstOfCoordinatedDemonymsActsToo",
     "Dutch and Japanese officials met on Friday to discuss chip export controls.",
     "Netherlands | discuss | chip export controls"},
    {"APersonsTitleBeforeAnUnknownGivenNameIsNoConcept",
     "Trade Representative Jamieson Greer criticized the European Union on Tuesday.",
     "Trade Representative Jamieson Greer | criticize | European Union", true},
    // A company brought in unnamed is what "the startup" means afterwards, not one named before.
    {"AFoundedStartupIsNoCompanyNamedBefore",
     "Mira Patel, a former Google engineer, founded the startup in 2021. The startup raised $50 "
     "million from Sequoia Capital last year.",
     "Google | raise from | Sequoia Capital", true},
    {"AFoundedStartupIsWhatTheStartupMeansLater",
     "Mira Patel, a former Google engineer, founded the startup in 2021. The startup raised $50 "
     "million from Sequoia Capital last year.",
     "startup | raise from | Sequoia Capital"},
    {"AnIndefiniteCompanyIsWhatTheCompanyMeansLater",
     "Nvidia cut prices in March. A company in Shenzhen bought the chips. The company later "
     "sued Huawei.",
     "Nvidia | sue | Huawei", true},
    {"ACompanyNamedAfterAnUnnamedOneIsTheBetterAntecedent",
     "A company in Shenzhen bought the chips. Nvidia said it would cut prices. The company later "
     "sued Huawei.",
     "Nvidia | sue | Huawei"},
    // A participle between commas after the subject does not hide the verb after it.
    {"AReducedRelativeClauseDoesNotHideTheVerb",
     "Adobe agreed to buy Figma. The deal, announced on Monday, values Figma at $20 billion.",
     "deal | value | Figma"},
    // What comes from someone keeps its noun in the relation.
    {"AThingFromSomeoneKeepsItsNoun",
     "OPEC+ agreed on Sunday to cut oil output, defying pressure from Washington.",
     "OPEC+ | defy pressure from | United States"},
    // An actor two nouns down the argument keeps both nouns in the relation.
    {"TheArgumentsNounLinksANestedActor",
     "The European Commission opened an investigation into the acquisition of Autotalks.",
     "European Commission | open investigation into acquisition of | Autotalks"},
    // An act that comes from someone is aimed at the clause's subject.
    {"PressureFromSomeoneIsTheirs",
     "OPEC+ agreed on Sunday to cut oil output, defying pressure from Washington.",
     "United States | pressure | OPEC+"},
    {"CriticismFromSomeoneIsTheirs",
     "Nvidia faces growing criticism from Beijing over its H20 chips.",
     "China | criticize | Nvidia"},
    {"ASceneSettingPhraseOnANounIsTheClauses",
     "Japan revealed it will begin restricting exports of chipmaking equipment, following "
     "months of pressure from the US.",
     "United States | pressure | Japan"},
    {"ASceneSettingPhraseLinksNoNestedActor",
     "Japan will restrict exports of chipmaking equipment, following months of pressure from "
     "the US.",
     "Japan | restrict month from | United States", true},
    // The one who posted a text posted it where the text appeared.
    {"ASpeakerPostedTheTextWhereItAppeared",
     "In an article posted Sunday on WeChat, Yuyuan Tantian claimed the H20 chips pose security "
     "risks.",
     "Yuyuan Tantian | post article on | WeChat"},
    {"ASpeakerAfterAnOpeningPhraseClaims",
     "In an article posted Sunday on WeChat, Yuyuan Tantian, a social media account affiliated "
     "with the state broadcaster CCTV, claimed the H20 chips pose security risks.",
     "Yuyuan Tantian | claim | security risks"},
    {"AnExtraArgumentsParticipleLinksNoNestedActor",
     "In an article posted Sunday on WeChat, Yuyuan Tantian claimed the H20 chips pose security "
     "risks.",
     "Yuyuan Tantian | claim in on | WeChat", true},
    // A bare noun phrase among the extra arguments links no actor to the verb.
    {"ABareNounPhraseLinksNoActor",
     "Huawei unveiled a new smartphone powered by a chip made by SMIC, surprising U.S. "
     "officials.",
     "Huawei | unveil | United States", true},
    {"AnAppositionAmongTheExtrasIsNoObject",
     "Samsung Electronics and SK Hynix, the world's two largest memory chipmakers, were granted "
     "waivers to bring U.S. equipment into their China plants.",
     "SK Hynix | be granted | world's two largest memory chipmakers", true},
    {"AMemberAfterIncludingHungOnACompoundStillCounts",
     "The U.S. Commerce Department added 140 Chinese companies to its Entity List on Monday, "
     "including chip equipment makers Naura Technology and Piotech.",
     "United States Department of Commerce | add | Naura Technology"},
    // Someone who has left a company does not act for it.
    {"AFormerEmployeeIsNoCompany", "A former Google engineer criticized Nvidia.",
     "Google | criticize | Nvidia", true},
    // A source cited for a figure is not what a later description means.
    {"ACitedSourceIsNoAntecedent",
     "The strike cost Boeing about $100 million a day, according to estimates by Anderson "
     "Economic Group. The planemaker raised more than $21 billion last month.",
     "Boeing | raise | more than $21 billion"},
    // A capitalised word the tagger calls an adjective does not split a name.
    {"AnAdjectiveInsideANameKeepsItWhole",
     "Anderson Economic Group estimated the cost of the strike.",
     "Anderson Economic Group | estimate | cost of the strike"},
    // A subject "it" is not a name in its own verb's object (that would be "its rating").
    {"ASubjectPronounIsNoNameInItsObject",
     "Boeing raised $21 billion last month. A rating agency had warned that it could cut "
     "Boeing's credit rating.",
     "Boeing | cut | Boeing's credit rating", true},
    // A rating agency is known by its older name.
    {"ARatingAgencyIsKnownByItsOlderName",
     "Standard & Poor's had warned that it could cut Boeing's credit rating.",
     "S&P Global Ratings | cut | Boeing's credit rating"},
    // What a person says "it" will do is the thing they acted on, not a place named before.
    {"APersonsItIsTheThingTheyActedOn",
     "Pennsylvania Governor Josh Shapiro welcomed the plan, saying it would create 3,400 jobs in "
     "the state.",
     "Pennsylvania | create | 3,400 jobs in the state", true},
    // A company's first word, tagged as a common noun, is the company named before.
    {"ACompanysFirstWordTakenForANounIsTheCompany",
     "Microsoft agreed to buy electricity from Constellation Energy. Under the agreement, "
     "Constellation will invest about $1.6 billion in the reactor.",
     "Constellation Energy | invest | about $1.6 billion in the reactor"},
    {"ACompanysFirstWordBeforeATitleIsTheCompany",
     "Microsoft agreed to buy electricity from Constellation Energy. Constellation chief "
     "executive Joe Dominguez praised the deal.",
     "Joe Dominguez | be CEO of | Constellation Energy"},
    // "fined X 798 million euros": X is who was fined.
    {"WhoWasFinedASumIsTheObject",
     "The European Commission on Thursday fined Meta Platforms 798 million euros.",
     "European Commission | fine | Meta"},
    // An office's field before its title is no part of the holder's name.
    {"AnOfficesFieldIsNoPartOfTheName",
     "Irish Finance Minister Jack Chambers said the government would respect the ruling.",
     "Jack Chambers | be Finance Minister of | Ireland"},
    // "the iPhone maker" is the company the story is about, not the product.
    {"AProductsMakerIsTheCompany",
     "Apple must pay 13 billion euros. The iPhone maker criticized Brussels.",
     "Apple | criticize | European Union"},
    {"AProductsMakerIsNotTheProduct",
     "Amazon cut prices on Monday. The Kindle maker criticized Brussels.",
     "Amazon | criticize | European Union"},
    // Both conjuncts of a phrase are linked by its words.
    {"TheSecondConjunctKeepsThePhrasesWords",
     "Apple must pay 13 billion euros. The ruling ends a decade-long battle between the "
     "iPhone maker and Brussels.",
     "ruling | end battle between | European Union"},
    // An appointment states the office: the appointer's, or the one the title names.
    {"AnAppointmentAsTitleIsARole",
     "Intel has appointed Lip-Bu Tan, a former board member and veteran chip investor, as its "
     "chief executive, the company said on Wednesday.",
     "Lip-Bu Tan | be CEO of | Intel"},
    {"AnAppointmentWithANextTitleIsARole",
     "Citigroup named Jane Fraser as its next chief executive.",
     "Jane Fraser | be CEO of | Citigroup"},
    {"APassiveAppointmentNamesTheOrganisation",
     "Jane Fraser was named chief executive of Citigroup in 2020.",
     "Jane Fraser | be CEO of | Citigroup"},
    {"AnAppointerIsNoOfficeOfAPerson", "President Joe Biden named Jane Fraser as his adviser.",
     "Jane Fraser | be Adviser of | Joe Biden", true},
    // A company that reports on itself is no news outlet: "the company" later can be it.
    {"ACompanyReportingOnItselfIsStillACompany",
     "Nvidia reported on Wednesday that its revenue rose. Microsoft and Meta were among the "
     "first customers. Nvidia sells a chip to Chinese customers. Shares of the company slipped "
     "2% in after-hours trading.",
     "Nvidia | slip | 2%"},
    // An office's field written in lower case is capitalised like its title.
    {"ALowerCaseFieldIsCapitalisedLikeItsTitle",
     "Japanese trade minister Yasutoshi Nishimura met his counterpart in Tokyo.",
     "Yasutoshi Nishimura | be Trade Minister of | Japan"},
    // "the company that ..." says which one it is: it names none of those before.
    {"ADescriptionWithItsOwnClauseIsNoAntecedent",
     "Huawei denied the report on Thursday. Sophgo was later identified as the company that had "
     "ordered the chips from TSMC.",
     "Huawei | order | chips", true},
    // One unnamed company is not a group of companies named before.
    {"OneCompanyIsNotTheCompaniesBefore",
     "Lawmakers urged the administration to punish companies that help Huawei. Sophgo was later "
     "identified as the company that had ordered the chips from TSMC.",
     "Sophgo | be identified as | companies", true},
    // "the Chinese company" is none whose name says it is of another country.
    {"ADemonymsCompanyIsNoneOfAnotherCountry",
     "Taiwan Semiconductor Manufacturing Co. said it had not supplied Huawei since 2020, when "
     "U.S. rules barred the Chinese company from buying chips.",
     "U.S. rules | bar | Huawei"},
    // What is delayed or approved is a measure or a deal, not a place named before.
    {"ADelayedItIsNoPlace",
     "The deal needs approval from regulators in the United States, Europe and China. Analysts "
     "said Chinese authorities could delay it.",
     "China | delay | Europe", true},
    {"AReferredItIsNoCompany",
     "Shares of U.S. Steel fell 6.5%.\n\nThe Committee on Foreign Investment in the United "
     "States had failed to reach a consensus on the deal and referred it to Biden last month.",
     "Committee on Foreign Investment in the United States | refer | U.S. Steel", true},
    // A closing participle is the main clause's act, past a relative clause's infinitive.
    {"AClosingParticipleIsTheMainSubjects",
     "The U.S. Senate on Tuesday passed legislation that would force ByteDance to sell TikTok or "
     "face a ban, sending the measure to President Joe Biden.",
     "United States Senate | send measure to | Joe Biden"},
    // A common word that opens a sentence is no name for having ended a longer one.
    {"ACommonWordEndingANameIsNoNameAlone",
     "Rio Tinto agreed to buy Arcadium Lithium to become a big lithium producer. Lithium prices "
     "have fallen about 80% since late 2022.",
     "Lithium | fall | about 80%", true},
    // The last name of a list in a prepositional phrase is no subject read off the words.
    {"TheLastOfAListInAPhraseIsNoSubject",
     "Regulators in Japan and South Korea stepped up scrutiny of Google.",
     "South Korea | step up scrutiny of | Google", true},
    // "the company's founder, NAME": a description's organisation gives the title too, and
    // two titles joined by "and" give two.
    {"ADescriptionsTitleBeforeANameIsARole",
     "SoftBank will invest $500 million in OpenAI. The Japanese conglomerate's founder, "
     "Masayoshi Son, has long sought a bigger role in AI.",
     "Masayoshi Son | be Founder of | SoftBank"},
    {"TwoTitlesBeforeANameAreTwoRoles",
     "Microsoft plans to spend about $80 billion on data centers, the company's vice chair and "
     "president, Brad Smith, wrote on Friday.",
     "Brad Smith | be President of | Microsoft"},
    // "PLACE-based" says where an organisation is based, named or described.
    {"APlaceBasedNameIsBasedThere", "Beijing-based ByteDance owns TikTok.",
     "ByteDance | be based in | China"},
    {"APlaceBasedDescriptionIsBasedThere",
     "Amkor Technology opened a plant near Hanoi. The Arizona-based company sued Intel.",
     "Amkor Technology | be based in | Arizona"},
    // An unknown name that is used is a product, not "the company" later.
    {"AUsedNameIsAProductNotTheCompany",
     "Tesla is recalling cars to ensure drivers pay attention when using Autopilot. Elon Musk "
     "has long argued that Autopilot makes driving safer. Critics have urged the company to "
     "rename the feature.",
     "critics | urge | Autopilot", true},
    // A country's cabinet is its government.
    {"ACountrysCabinetIsTheCountry",
     "India's cabinet approved three semiconductor plants on Thursday.",
     "India | approve | three semiconductor plants"},
    // A particle inside a name keeps it whole, a title of rank is no part of it, and an
    // office's field is part of the title in an apposition.
    {"AParticleKeepsANameWholeAndARankIsATitle",
     "Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, told reporters that the group "
     "would remain cautious.",
     "Abdulaziz bin Salman | be Energy Minister of | Saudi Arabia"},
    // One unnamed actor is the one named before only when "the" says so.
    {"ALowerCourtIsNotTheTopCourt",
     "The European Union's top court ruled on Tuesday that Apple must pay 13 billion euros in "
     "back taxes to Ireland. The Court of Justice overturned a 2020 decision by a lower court "
     "that had sided with Apple and Ireland.",
     "European Union's top court | side with | Apple", true},
    // A country's states are not the country ("the Chinese state" is).
    {"ACountrysStatesAreNotTheCountry",
     "Google will pay $700 million to settle claims brought by U.S. states.",
     "United States | bring | claims", true},
    // "the company" is the story's actor, made the subject of sentence after sentence, over a
    // company named once inside an object since.
    {"TheCompanyIsTheStorysActor",
     "Rivian said it will build a battery plant in Georgia. The carmaker will hire 7,500 people. "
     "The plant will make packs for vans ordered by Amazon. The governor welcomed the plan. Emory "
     "University will work with the company.",
     "Emory University | work with | Rivian"},
    // A day after a measure's noun is no part of its name.
    {"ADayIsNoPartOfAMeasuresName",
     "The European Commission launched an investigation on Wednesday into Chinese subsidies.",
     "European Commission | launch | investigation"},
    // A site's path keeps the object's noun it hangs on.
    {"ASiteKeepsTheObjectsNoun", "Tesla exports cars from its Shanghai factory to Europe.",
     "Tesla | export car from factory in | Shanghai"},
    // The surface backoff takes no name that modifies a noun after it for the object, unless
    // it says where the noun is.
    {"ANameBeforeItsNounIsNoSurfaceObject",
     "The finding suggests that SMIC has made progress despite U.S. sanctions that cut it off "
     "from advanced tools.",
     "SMIC | make progress despite | United States", true},
    {"APlaceBeforeItsNounIsWhereItIs",
     "Samsung Display Co. has filed a lawsuit in a Texas court accusing BOE of infringing "
     "patents.",
     "Samsung Display Co. | file lawsuit in | Texas"},
    // A model's number is part of its name.
    {"AModelsNumberIsPartOfItsName",
     "Huawei began selling the Mate 60 Pro in August. The Mate 60 Pro uses a chip made by SMIC.",
     "Mate 60 Pro | use | chip"},
    // A law's name goes on after "and" to its last word.
    {"ALawsNameGoesOnAfterAnd",
     "Ministers acted within their powers under the National Security and Investment Act.",
     "ministers | act within power under | National Security and Investment Act"},
    // "the province of X" is X.
    {"TheCityOfAPlaceIsThePlace", "CXMT, based in the eastern city of Hefei, makes memory chips.",
     "CXMT | be based in | Hefei"},
    {"TheProvinceOfAPlaceIsThePlace",
     "Vietnam's government has approved a $1.8 billion expansion of Samsung Electronics' "
     "display plant in the northern province of Bac Ninh.",
     "Vietnam | approve expansion in | Bac Ninh"},
    // A possessive pronoun in what the subject is names someone else.
    {"APossessorInWhatTheSubjectIsIsSomeoneElse",
     "Microsoft, OpenAI's largest investor, had been its exclusive cloud provider until last "
     "year.",
     "Microsoft | be | Microsoft’s exclusive cloud provider", true},
    // "X's clients include Y": Y is X's client, also through "whose".
    {"WhoseClientsIncludeNamesTheClients",
     "TSMC plans to raise prices. The world's largest contract chipmaker, whose clients include "
     "Apple and Nvidia, told some customers about the increases last month.",
     "Nvidia | be client of | TSMC"},
    {"APossessorsCustomersIncludeNamesTheCustomers",
     "Nvidia's customers in China include Alibaba and Tencent.",
     "Tencent | be customer of | Nvidia"},
    // A name before an owned product's word is a product line.
    {"ANameBeforeAnOwnedProductsWordIsAProduct",
     "Several PC makers use Qualcomm's Snapdragon processors.", "Qualcomm | make | Snapdragon"},
    // A relative clause without a relative word, with a subject of its own: the noun is its
    // object and does what the object of a verb like "back" is backed to do.
    {"TheNounInARelativeClausesObjectGapActs",
     "Japan will give more money to Rapidus, the chipmaker it backs to produce advanced chips.",
     "Rapidus | produce | advanced chips"},
    {"TheNounInARelativeClausesObjectGapIsTheObject",
     "Japan will give more money to Rapidus, the chipmaker it backs to produce advanced chips.",
     "Japan | back | Rapidus"},
    // "Its shares" rise or fall for the company the pronoun names.
    {"ItsSharesStandForTheCompany",
     "Samsung Electronics has struggled to compete with SK Hynix. Its shares rose 1.5% after "
     "the verdict.",
     "Samsung Electronics | rise | 1.5%"},
    // The amount something is brought to belongs to the verb, not to the noun before it.
    {"TheAmountBroughtToIsTheVerbs",
     "Amazon will invest another $4 billion in Anthropic, bringing its total commitment to the "
     "artificial intelligence startup to $8 billion.",
     "Amazon | bring commitment to | Anthropic"},
    // "It was the first fine ...": an "it" a copula says is a thing is no actor.
    {"AnItThatIsAThingIsNoActor",
     "The European Commission fined Apple 1.8 billion euros on Monday. It was the first fine the "
     "EU has imposed on Apple for breaking competition rules.",
     "European Commission | be | first fine", true},
    // A member of a list is no antecedent of a singular "the company".
    {"AListsMemberIsNotTheCompany",
     "Elon Musk's company xAI said it had raised $6 billion. Investors included Andreessen "
     "Horowitz, Sequoia Capital and Saudi Arabia's Prince Alwaleed bin Talal. The company will "
     "use the money to build data centers.",
     "xAI | use | money"},
    // A plural noun with a subject and an object is a verb, and the subject "it" of an
    // adverbial clause continues the named subject of the clause it modifies.
    {"ANounWithASubjectAndAnObjectIsAVerb",
     "The Netherlands on Friday said ASML Holding must seek a licence before it services "
     "advanced lithography machines that Chinese chipmakers bought before the curbs took effect.",
     "ASML | service | advanced lithography machines"},
    // An actor whose state or capacity the object names is acted on through that noun.
    {"AnActorsStateInTheObjectIsActedOn",
     "Washington restricted Huawei's access to American chips.",
     "United States | restrict access of | Huawei"},
    // A name in mixed case is a name, and one in apposition right after a common noun is what
    // the phrase names.
    {"ANameRightAfterItsNounIsWhatItNames",
     "Broadcom said on Wednesday it had completed its $69 billion acquisition of cloud software "
     "company VMware after receiving approval from Chinese regulators.",
     "Broadcom | acquire | VMware"},
    // A hyphenated title is an office like any other.
    {"AHyphenatedTitleIsAnOffice",
     "United Nations Secretary-General Antonio Guterres said he deeply regretted the decision.",
     "António Guterres | be Secretary-General of | United Nations"},
    // Each of a list of names before "shares" owns them, and a name's apposition between
    // commas is no second subject.
    {"EveryOwnerOfTheSharesMoves",
     "Samsung Electronics and SK Hynix shares fell about 1% in Seoul.",
     "SK Hynix | fall | about 1%"},
    {"AnAppositionBetweenCommasIsNoSecondSubject",
     "Analysts at Goldman Sachs said the deal was hawkish. The United States, the world's "
     "largest oil producer, has pumped record volumes this year.",
     "United States | pump | record volumes"},
    // People cannot be the "it" they fear about what they protest against.
    {"PeopleFearAThingNotTheCountry",
     "Hungary's foreign minister called it the largest investment in the country's history. "
     "Residents near the site have protested against the project because they fear it will use "
     "too much water.",
     "Hungary | use | too much water", true},
    // A verb of ordering lets its object do what the infinitive says.
    {"AnOrderedCompanyActs",
     "The Irish Data Protection Commission fined Meta Platforms 1.2 billion euros on Monday. The "
     "regulator ordered the company to stop the transfers within five months.",
     "Meta | stop | transfers"},
    // "about" before an amount is "roughly", no part of the relation, and a measure's name keeps
    // the amount of its modifier.
    {"AboutBeforeAnAmountIsNoPreposition",
     "Toyota Motor is recalling about one million vehicles in the United States.",
     "Toyota | recall | about one million vehicles"},
    {"AMeasureKeepsItsRate", "Canada will impose a 100 percent tariff on electric vehicles.",
     "Canada | impose | 100 percent tariff on electric vehicles"},
    // A letter the article writes alone is a name, whose period can end a sentence.
    {"ALetterNameEndsASentence",
     "A judge ordered the suspension of the platform X across the country.\n\nHe froze the "
     "accounts of Starlink to pay fines owed by X. Musk called the judge a dictator.",
     "X | owe | fines"},
    // An adjective that completes a verb goes into the relation with its preposition.
    {"AnAdjectiveCompletingAVerbIsInTheRelation",
     "Intel fell short of expectations in the third quarter.",
     "Intel | fall short of | expectations in the third quarter"},
    // A role with an "of" phrase of its own, held at "the company" of a description.
    {"ARoleAtADescribedCompany",
     "The Irish regulator fined Meta on Monday. Nick Clegg, the company's president of global "
     "affairs, warned that businesses relied on such transfers.",
     "Nick Clegg | be president of global affairs of | Meta"},
    // A name before the word for its kind of body is that body, which "the union" names again;
    // a holiday is no actor.
    {"TheIgMetallUnionIsIgMetall",
     "Volkswagen reached a deal with the IG Metall union. Thorsten Groeger, the union's chief "
     "negotiator, called the deal a Christmas miracle.",
     "Thorsten Groeger | be chief negotiator of | IG Metall"},
    {"ADealWithTheUnionIsWithItsName", "Volkswagen reached a deal with the IG Metall union.",
     "Volkswagen | reach deal with | IG Metall"},
    {"AHolidayIsNoActor",
     "Volkswagen reached a deal with the IG Metall union. Thorsten Groeger, the union's chief "
     "negotiator, called the deal a Christmas miracle.",
     "Thorsten Groeger | call miracle of | Christmas", true},
    // An apposition after a name in a predicate says what that name is, not the subject.
    {"AnAppositionDescribesTheNameBeforeIt",
     "Amazon is also a major investor in Anthropic, a rival of OpenAI.",
     "Anthropic | be rival of | OpenAI"},
    {"AnAppositionOfANestedNameIsNotThePredicates",
     "Amazon is also a major investor in Anthropic, a rival of OpenAI.",
     "also a major investor in Anthropic | be rival of | OpenAI", true},
    {"AnAppositionOfANestedNameIsNotTheSubjects",
     "Amazon is also a major investor in Anthropic, a rival of OpenAI.",
     "Amazon | be rival of | OpenAI", true},
    // A judge's title is no part of the name, whom "He" goes on about; a letter alone is a
    // name, also at the end of a paragraph.
    {"AJusticesTitleIsNoName",
     "A justice ordered the suspension of the social media platform X across the country.\n\n"
     "Justice Alexandre de Moraes gave the agency 24 hours to block the platform. He also froze "
     "the accounts of Starlink to pay fines owed by X.",
     "Alexandre de Moraes | freeze | accounts of Starlink"},
    {"ALetterAloneIsAName",
     "A Brazilian Supreme Court justice ordered the suspension of the social media platform X "
     "across the country.",
     "Supreme Court | order suspension of | X"},
    // A court's field before a judge's title belongs to the title, not to a name.
    {"ADistrictJudgeIsACountrysJudge",
     "U.S. District Judge Amit Mehta said Google had abused its dominance.",
     "Amit Mehta | be District Judge of | United States"},
    // A name after "in" on a word for a site is a place, no company for "the company".
    {"ACourtsTownIsAPlace",
     "A group of authors has sued OpenAI in federal court in Manhattan, accusing the company of "
     "using their books without permission.",
     "group of authors | accuse | OpenAI"},
    // A country that only locates another actor is no antecedent of "the government".
    {"ACountryThatLocatesIsNoGovernment",
     "A ransomware attack halted operations at the port of Nagoya, Japan's busiest. The attack "
     "was carried out by LockBit, a criminal group based in Russia, according to police. Toyota "
     "suspended work at some of its assembly lines. The government said it would strengthen the "
     "cyber defenses of critical infrastructure.",
     "Japan | strengthen | cyber defenses of critical infrastructure"},
    // The company whose shares rose is what "the chip designer" names, not the exchange.
    {"TheSharesOwnerIsTheDescribedCompany",
     "Shares of Arm Holdings jumped 25 percent in their first day of trading on the Nasdaq, "
     "valuing the British chip designer at more than $65 billion.",
     "Arm | value | Nasdaq", true},
    // The title between an organisation and a known person gives the role.
    {"TheFedChairChairsTheFed", "Fed Chair Jerome Powell told reporters that inflation had eased.",
     "Jerome Powell | be Chair of | Federal Reserve"},
    // A company's board acts for the company, also under "its"; a hyphenated role is whole.
    {"ItsBoardIsTheCompanys",
     "Walt Disney said its board had chosen a successor to Bob Iger, who returned as chief "
     "executive in 2022.",
     "Walt Disney Company | choose successor to | Bob Iger"},
    {"AHyphenatedRoleIsWhole",
     "The agency recommended approval of Wegovy, Novo Nordisk's weight-loss drug, for adults.",
     "Wegovy | be weight-loss drug of | Novo Nordisk"},
    // "whose" in a concept's name is the relative clause's noun.
    {"WhoseThingIsTheNounsThing",
     "Google, whose search engine is blocked in China, earns little revenue there.",
     "Google’s search engine | be blocked in | China"},
    // A country of several words opening a company's name ties the company to it: "the
    // Japanese company" is not United States Steel.
    {"ACountryOfTwoWordsInANameCounts",
     "Nippon Steel closed its acquisition of United States Steel on Wednesday. The union said it "
     "would hold the Japanese company to its promises.",
     "Nippon Steel | hold | United States Steel", true},
    // What an expected thing is expected to do is part of what is expected.
    {"WhatIsExpectedIncludesTheAct",
     "Samsung Electronics expects demand to recover in the second half of the year.",
     "Samsung Electronics | expect | demand to recover"},
    {"WhatIsExpectedIncludesWhatItActsOn",
     "Foxconn said on Monday it expects the new plant to create about 3,000 jobs.",
     "Foxconn | expect | new plant to create about 3,000 jobs"},
    // An amount is no part of the relation to a place: "rose 3 percent in Frankfurt".
    {"AnAmountIsNoPartOfThePlacesRelation",
     "Siemens Energy shares rose 3 percent in Frankfurt, while the DAX index was flat.",
     "Siemens Energy | rise in | Frankfurt"},
    // Nor is a sum: "pay 90 million dollars to Flexjet" pays to it.
    {"ASumIsNoPartOfTheRelation",
     "An arbitration panel ordered Honeywell to pay 90 million dollars to Flexjet, a private jet "
     "operator.",
     "Honeywell | pay to | Flexjet"},
    {"ASumIsNoPartOfTheRelationToAPlace",
     "Honda said it would invest 11 billion dollars in new factories in Ontario.",
     "Honda | invest in | Ontario"},
    {"ASumIsNoPartOfTheRelationThroughItsPhrase",
     "Hitachi said on Thursday it would invest a further 2 billion dollars in its rail plant in "
     "Maryland, bringing its total investment there to nearly 3 billion dollars.",
     "Hitachi | invest in rail plant in | Maryland"},
    // A company's office with no owner named is one of the company the story is about ...
    {"ABareCompanyOfficeIsTheStoryCompanys",
     "Rio Tinto said on Wednesday its first-half profit fell by a fifth. Chief executive Jakob "
     "Stausholm said demand for iron ore from China had weakened.",
     "Jakob Stausholm | be CEO of | Rio Tinto"},
    // ... which is a company: not a union, even as the last subject.
    {"ABareCompanyOfficeIsNoUnions",
     "Airbus said on Monday that workers at its plants in Spain had gone on strike. The "
     "Federation of Metal Workers said 80% of members backed the walkout. Chief executive "
     "Guillaume Faury said the talks would go on.",
     "Guillaume Faury | be CEO of | Federation of Metal Workers", true},
    {"ABareCompanyOfficeIsTheSubjectsCompany",
     "Airbus said on Monday that workers at its plants in Spain had gone on strike. The "
     "Federation of Metal Workers said 80% of members backed the walkout. Chief executive "
     "Guillaume Faury said the talks would go on.",
     "Guillaume Faury | be CEO of | Airbus"},
    // "The company" is no union.
    {"TheCompanyIsNoUnion",
     "Boeing workers voted to accept a new contract on Monday. The International Association of "
     "Machinists said the company had agreed to raise wages.",
     "Boeing | agree to raise | wages"},
    // A country's ministry the gazetteer does not know is named after the country and its
    // field, as the gazetteer names ministries; not the last government body named.
    {"ACountrysMinistryIsNamed",
     "The German economy ministry said on Friday it would block the sale of the plant.",
     "German Ministry of Economy | block | sale of the plant"},
    {"ACountrysMinistryIsNoOtherCountrysBody",
     "Japan's trade ministry said on Friday it would tighten export rules. The French foreign "
     "ministry summoned the Japanese ambassador.",
     "Ministry of Economy, Trade and Industry | summon | Japanese ambassador", true},
    {"ACountrysPossessiveMinistryIsNamed",
     "Japan's trade ministry said on Friday it would tighten export rules. Italy's industry "
     "ministry said it had fined the carmaker.",
     "Italian Ministry of Industry | fine | carmaker"},
    // A possessive mark that no noun follows ends a brand's name.
    {"APossessiveWithNoNounEndsAName",
     "Asda agreed on Monday to buy a stake in Ben & Jerry's and Magnum from their owner.",
     "Asda | agree to buy stake in | Ben & Jerry's"},
    // A demonym between two words of a name that hang on its last is the name's.
    {"ADemonymInsideANameIsTheNames",
     "Starbucks said on Tuesday it had hired Brian Niccol, the chief executive of Chipotle "
     "Mexican Grill.",
     "Brian Niccol | be CEO of | Chipotle Mexican Grill"},
    // A place may open a company's name that ends in no company word.
    {"APlaceOpensACompanysName",
     "A court ordered Micron to pay 600 million yuan to Fujian Jinhua Integrated Circuit, a "
     "Chinese chipmaker.",
     "Micron Technology | pay to | Fujian Jinhua Integrated Circuit"},
    // A common noun right before a name that the parse made its head describes the named actor.
    {"AWordForAKindBeforeANameIsTheName",
     "Activist investor Elliott Management, which owns a stake in Honeywell, has pushed for a "
     "break-up of the company.",
     "Elliott Management | push for break up of | Honeywell"},
    // A member of a set takes the set's link to the argument: "from investors including X".
    {"AMemberTakesItsSetsLink",
     "Anthropic said on Monday it had raised 4 billion dollars from investors including Google "
     "and Salesforce.",
     "Anthropic | raise from | Salesforce"},
    // A valuation may be of the subject itself: "the startup" is not the last one named before.
    {"AValuationMayBeOfTheSubject",
     "Anthropic said on Monday it had raised 4 billion dollars from investors including Google "
     "and Salesforce. Mistral said on Tuesday it had raised 600 million euros from investors "
     "including Nvidia, Samsung and Cisco, valuing the startup at 6 billion dollars.",
     "Mistral AI | value | Anthropic", true},
    // A shared office and an officer's field are titles too; a common noun opening a sentence
    // with its verb names no company.
    {"ACoChiefExecutiveIsCoCEO",
     "Netflix said on Thursday it would raise prices. Revenue rose 15% to 9.8 billion dollars. "
     "Co-chief executive Ted Sarandos said the company was growing.",
     "Ted Sarandos | be Co-CEO of | Netflix"},
    {"AChiefFinancialOfficerIsOne",
     "OpenAI said on Wednesday it had raised money. Chief financial officer Sarah Friar told "
     "investors the company would use it to expand.",
     "Sarah Friar | be Chief Financial Officer of | OpenAI"},
    {"AChiefFinancialOfficerInApposition",
     "Colette Kress, Nvidia's chief financial officer, said demand was strong.",
     "Colette Kress | be Chief Financial Officer of | Nvidia"},
    // A comparative clause does not act on the noun compared.
    {"AComparativeClauseIsNoRelativeClause",
     "The U.S. Commerce Department said on Tuesday it had finalized a grant of 7.86 billion "
     "dollars to Intel under the CHIPS Act, a smaller sum than the two companies had agreed "
     "earlier this year.",
     "two companies | agree | CHIPS and Science Act", true},
    // A phrase that sets the scene or compares names no one the verb acts on.
    {"AScenePhraseNamesNoParticipant",
     "Mexico said on Tuesday it would impose a 50% tariff on steel imported from China, "
     "following similar steps by the United States and Canada.",
     "Mexico | impose follow step by | Canada", true},
    {"AComparisonNamesNoParticipant",
     "Stellantis is recalling about 300,000 vehicles in the United States. The carmaker has "
     "issued more recalls than any other automaker this year.",
     "Stellantis | issue recall than | any other automaker", true},
    // A word before a name that makes it a known name's shortened form is the name's, however
    // the tagger read it.
    {"AShortenedNameKeepsItsFirstWord",
     "Panama ordered First Quantum Minerals to close its copper mine. First Quantum said it "
     "would seek arbitration to recover its investment.",
     "First Quantum Minerals | seek | arbitration"},
    // A name before a common noun's phrase that an infinitive follows modifies the phrase;
    // makers of a named product act for themselves.
    {"ANameBeforeTheAskedIsTheirModifier",
     "The watchdog said Google had asked Android phone makers to give its search engine "
     "priority placement.",
     "Google | ask | Android phone makers"},
    {"MakersOfANamedProductActForThemselves",
     "The watchdog said Google had asked Android phone makers to give its search engine "
     "priority placement.",
     "Android | give | its search engine priority placement", true},
    // A company whose name the tagger read as an auxiliary is still the reporting subject.
    {"ACompanyReadAsAnAuxiliaryReports",
     "Arm Holdings has sued Qualcomm. Arm said Nuvia's licences ended when the deal closed, and "
     "it asked a court in Delaware to order Qualcomm to destroy the designs.",
     "Arm | ask | court in Delaware"},
    // "The central bank" is the bank named before.
    {"TheCentralBankIsTheBankNamed",
     "The Reserve Bank of India raised its key interest rate to 6.5% on Thursday. The central "
     "bank ended two years of cuts last March.",
     "Reserve Bank of India | end | two years of cuts"},
    // A day has no apposition, and a visit during which something happens takes no part in it.
    {"ADayHasNoApposition",
     "IndiGo signed an order for 30 Airbus jets on Tuesday, the largest widebody order in the "
     "airline's history, during a visit by Prime Minister Narendra Modi to Paris.",
     "Tuesday | be to | France", true},
    {"AVisitDuringAnActTakesNoPart",
     "Qatar Airways signed an order for up to 210 Boeing jets on Wednesday, the largest widebody "
     "order in the planemaker's history, during a visit by President Donald Trump to Doha.",
     "Qatar Airways | sign order for visit by | Donald Trump", true},
    // A sum's currency is no part of the noun an actor hangs on.
    {"ASumsCurrencyIsNoPartOfTheNoun",
     "A federal judge in Oregon blocked Kroger's planned 24.6 billion dollar purchase of "
     "Albertsons on Tuesday.",
     "federal judge in Oregon | block purchase of | Albertsons"},
    // A word for an act with a relative clause sums up the clause before it.
    {"APlanThatSumsUpIsNoApposition",
     "Honda proposed making Nissan a subsidiary, a plan that Nissan's board rejected.",
     "subsidiary | be | plan", true},
    // A quantifier with its "of" phrase names a part; what "its" machines are, a company's.
    {"AQuantifierWithItsPhraseNamesAPart",
     "Microsoft will buy all of the plant's output to meet rising demand from artificial "
     "intelligence.",
     "Microsoft | buy | all of plant's output"},
    {"ItsMachinesAreACompanys",
     "The Dutch government said on Friday it would require ASML to apply for licences before "
     "shipping some of its older lithography machines abroad.",
     "ASML | ship | some of ASML’s older lithography machines"},
    // A family name opening a sentence, taken for a common noun, is the person named before.
    {"AFamilyNameTakenForANounIsThePerson",
     "Carlos Tavares resigned as chief executive of Stellantis on Sunday. Tavares had led the "
     "carmaker since 2021.",
     "Carlos Tavares | lead | Stellantis"},
    // Every word of a name stays in a concept's name.
    {"EveryWordOfANameStaysInAConcept",
     "Nippon Steel said on Friday it had closed its 14.9 billion dollar acquisition of United "
     "States Steel after President Donald Trump approved the deal.",
     "Nippon Steel | close | Nippon Steel’s 14.9 billion dollar acquisition of United States "
     "Steel"},
    // A clause after "after" is no prepositional phrase.
    {"AClauseAfterAfterHasItsSubject",
     "Nippon Steel said on Friday it had closed its acquisition of United States Steel after "
     "President Donald Trump approved the deal.",
     "Donald Trump | approve | deal"},
    {"AClauseAfterAfterIsNoPhrase",
     "Nippon Steel said on Friday it had closed its acquisition of United States Steel after "
     "President Donald Trump approved the deal.",
     "Nippon Steel | acquire after | Donald Trump", true},
    // A gerund after "including" is an example, nobody's act.
    {"AGerundAfterIncludingIsNobodysAct",
     "Under the agreement, the U.S. government will hold a golden share that gives it a say over "
     "some decisions, including moving the headquarters out of Pittsburgh.",
     "golden share | move headquarters out of | Pittsburgh", true},
    // An adverb of direction between a verb and its preposition belongs to the relation.
    {"AnAdverbOfDirectionIsPartOfTheRelation",
     "Indonesia pressed ahead with a ban on bauxite exports on Saturday.",
     "Indonesia | press ahead with | ban on bauxite exports"},
    // The owner named in a clause on what a common noun names is not what "it" says it did.
    {"AnOwnerInTheSayersClauseIsNotIt",
     "LinkedIn was fined on Thursday. The professional networking site, owned by Microsoft, said "
     "it disagreed with the decision.",
     "Microsoft | disagree with | decision", true},
    // A title before a person's name links no company to the verb.
    {"ATitleBeforeANameIsNoLink",
     "A South Korean appeals court on Monday upheld the acquittal of Samsung Electronics "
     "chairman Lee Jae-yong.",
     "South Korean appeals court | uphold chairman of | Samsung Electronics", true},
    // What evidence shows is the clause's own proposition, not the evidence's object.
    {"WhatEvidenceShowsIsNoObject",
     "The court said the evidence did not show that Lee had deceived shareholders of the two "
     "Samsung affiliates.",
     "evidence | show that | shareholders of the two Samsung affiliates", true},
    // A sum paid to do something does nothing itself: the payer does it.
    {"ASumPaidDoesNothing",
     "Uber will pay 272 million Australian dollars to settle a class action brought by taxi "
     "drivers.",
     "Uber | settle | class action"},
    // A noun after a plural noun, tagged a verb, ends the phrase the plural noun starts.
    {"ANounTakenForAVerbAfterANoun",
     "Shell has agreed to sell its refinery and chemicals plant in Singapore, the company said.",
     "Shell | agree to sell | chemicals plant in Singapore"},
    // A "who" clause after a name is the name's, whatever verb follows; the one hired does
    // what they were hired to do, and spends the time spent doing something.
    {"TheOneHiredDoesWhatTheyWereHiredFor",
     "OpenAI has hired Tang Tan, who spent more than two decades designing iPhones at Apple, to "
     "run a new hardware division, a person familiar with the matter said.",
     "Tang Tan | run | new hardware division"},
    {"TimeSpentDoesNothing",
     "OpenAI has hired Tang Tan, who spent more than two decades designing iPhones at Apple, to "
     "run a new hardware division, a person familiar with the matter said.",
     "more than two decades | design | iPhones", true},
    // A family name that is also a common noun, opening a sentence before a modal, is the
    // person just named.
    {"AFamilyNameThatIsANounBeforeAModal",
     "OpenAI has hired Tang Tan to run a new hardware division. Tan will report to chief "
     "executive Sam Altman.",
     "Tang Tan | report to | Sam Altman"},
    // A forecast after a noun is a noun, not a participle.
    {"AForecastAfterANounIsANoun",
     "Codelco lowered its production forecast for the year after an accident at one of its "
     "mines.",
     "Codelco | lower | Codelco’s production forecast"},
    // Mining is an office's field.
    {"MiningIsAnOfficesField",
     "Chile's mining minister Aurora Williams said the government would review safety rules.",
     "Aurora Williams | be Mining Minister of | Chile"},
    // A country's company is based there, no subsidiary of it; an apposition's participle is
    // the named company's act.
    {"ACountrysCompanyIsBasedThere",
     "Novartis agreed to buy Avidity Biosciences, a U.S. company developing treatments for rare "
     "muscle diseases, for about 12 billion dollars in cash, the Swiss group said on Sunday.",
     "Avidity Biosciences | be based in | United States"},
    {"AnAppositionsParticipleIsTheNamesAct",
     "Novartis agreed to buy Avidity Biosciences, a U.S. company developing treatments for rare "
     "muscle diseases, for about 12 billion dollars in cash, the Swiss group said on Sunday.",
     "Avidity Biosciences | develop | treatments for rare muscle diseases"},
    // What a verb calls its object is no second object.
    {"WhatAVerbCallsItsObjectIsNoSecondObject",
     "Wingtech called the move excessive interference driven by geopolitical bias.",
     "Wingtech Technology | call | excessive interference", true},
    // Things a participle says were made are the things, not their maker.
    {"ThingsMadeAreNotTheirMaker",
     "Beijing responded by stopping exports of Nexperia chips made in China.",
     "Nexperia | be made in | China", true},
    // A common noun made a compound of a place opens a company's name; a maker's name after
    // an owner's pronoun links no maker.
    {"ACommonNounBeforeAPlaceOpensAName",
     "Air India has ordered another 100 planes from Airbus. Air India is investigating a crash of "
     "one of its Boeing 787 jets in Ahmedabad.",
     "Air India | order plane from | Airbus"},
    {"AMakersNameAfterAnOwnerLinksNoMaker",
     "Air India has ordered another 100 planes from Airbus. Air India is investigating a crash of "
     "one of its Boeing 787 jets in Ahmedabad.",
     "Air India | investigate jet of | Boeing", true},
    // A public body's name in capitalised common words is a name, not a description.
    {"ABodysNameInCommonWordsIsAName",
     "South Africa's Competition Tribunal ordered Standard Bank to pay 50 million rand. The "
     "Competition Commission had accused 28 banks of coordinating trades.",
     "Competition Commission | accuse | 28 banks"},
    // A relative clause is not the day's.
    {"ARelativeClauseIsNotTheDays",
     "Walt Disney and Charter Communications reached a deal on Monday that returned ESPN and ABC "
     "to nearly 15 million cable subscribers.",
     "deal | return | ESPN"},
    // Capitalised words after a name that end in a trade's word are the company's name.
    {"ATradeWordEndsACompanysName",
     "Longi Green Energy Technology and Shanghai Electric were part of groups seeking to build a "
     "solar plant. The subsidies could have let the companies offer unusually low prices.",
     "Longi Green Energy Technology | offer | unusually low prices"},
    // A participle of the noun before it is no relative clause of a noun far off.
    {"AParticipleIsNoFarRelativeClause",
     "Longi Green Energy Technology and Shanghai Electric were part of groups seeking to build and "
     "run a 110-megawatt plant partly paid for with EU funds.",
     "110-megawatt plant | pay | Longi Green Energy Technology", true},
    // "as" and a noun after a verb's object is no marker of the verb.
    {"AsAndANounIsNoMarker",
     "Rio Tinto appointed Simon Trott, the head of its iron ore business, as chief executive on "
     "Tuesday, replacing Jakob Stausholm.",
     "chief executive | replace | Jakob Stausholm", true},
    // "it" that shareholders vote against is the plan, not the company.
    {"WhatIsVotedAgainstIsNoCompany",
     "Tesla shareholders voted on Thursday to approve a pay package for Elon Musk. Norway's "
     "sovereign wealth fund, one of Tesla's largest outside investors, voted against it.",
     "Norway's sovereign wealth fund | vote against | Tesla", true},
    // A common noun opening a sentence before a lower-case noun and a name describes the name.
    {"ACommonNounBeforeADescriptionIsNoName",
     "Proxy adviser Institutional Shareholder Services had urged investors to reject the plan.",
     "Institutional Shareholder Services | urge adviser of | Proxy", true},
    // A possessive pronoun before a noun with a name in apposition is not that name.
    {"APossessiveBeforeAnAppositionIsNotTheName",
     "Intel agreed to sell 51 percent of its programmable chip unit Altera to Silver Lake.",
     "Intel | agree to sell | 51 percent of Intel’s programmable chip unit"},
    // "its" right after "and" is the organisation named before it.
    {"ItsAfterAndIsTheOrganisationBefore",
     "The U.S. Securities and Exchange Commission sued Binance, the world's largest "
     "cryptocurrency exchange, and its founder Changpeng Zhao on Monday.",
     "Changpeng Zhao | be Founder of | Binance"},
    // Where, when or after what something was said is no statement.
    {"WhereSomethingWasSaidIsNoStatement",
     "Boeing has grounded its 777X test fleet after engineers found a cracked part, the company "
     "said in a memo to employees.",
     "Boeing | say in | memo to employees", true},
    {"AfterWhatSomethingWasSaidIsNoStatement",
     "Canada will impose a 100 percent tariff on electric vehicles imported from China, Prime "
     "Minister Justin Trudeau said on Monday, following similar moves by the United States.",
     "Justin Trudeau | say follow move by | United States", true},
    // An ownerless chief executive is the company that was the subject earlier in the sentence.
    {"AnOwnerlessChiefIsTheSentencesCompany",
     "Unilever said on Tuesday it would cut about 7,500 jobs as chief executive Hein Schumacher "
     "tries to revive growth.",
     "Hein Schumacher | be CEO of | Unilever"},
    // A participle after a comma at the end of a chain of infinitives is the subject's act.
    {"AParticipleAfterAChainOfInfinitivesIsTheSubjects",
     "A Tokyo court ordered Google on Friday to stop forcing smartphone makers to preinstall its "
     "search app, siding with the Japan Fair Trade Commission.",
     "Tokyo court | side with | Japan Fair Trade Commission"},
    // A hyphenated family name is one name, the subject of the closing report.
    {"AHyphenatedFamilyNameIsOneName",
     "Some of the tanks will be built at a state-owned plant in Poland, Defence Minister "
     "Wladyslaw Kosiniak-Kamysz said.",
     "some of the tanks | be built at | Wladyslaw Kosiniak-Kamysz", true},
    // A participle with a subject of its own is a past tense.
    {"AParticipleWithItsOwnSubjectIsAPastTense",
     "French prosecutors have opened an investigation into whether Apple's voice assistant Siri "
     "recorded users' conversations without their consent.",
     "Siri | record | users' conversations"},
    // A tariff on something is imposed on it ("tariff" is no verb news uses).
    {"ATariffIsImposedOnSomething",
     "Canada will impose a 100 percent tariff on electric vehicles imported from China, Prime "
     "Minister Justin Trudeau said on Monday.",
     "Canada | impose tariff on | electric vehicles"},
    // An office's field opening a sentence, tagged a common noun, is part of the title.
    {"AFieldOpeningASentenceIsPartOfTheTitle",
     "Ukraine and the United States signed an agreement on Wednesday. Economy Minister Yulia "
     "Svyrydenko, who signed for Kyiv, said the country kept full ownership of its resources.",
     "Yulia Svyrydenko | sign for | Ukraine"},
    // A word for a kind of company opening the sentence describes the name after it.
    {"ARivalOpeningTheSentenceIsNoPartOfTheName",
     "Maersk diverted its ships. Rival Hapag-Lloyd also paused its sailings through the Suez "
     "Canal.",
     "Hapag-Lloyd | pause | its sailings through the Suez Canal"},
    // A description before the name of a fined company: "fined meatpacker JBS 20 million reais".
    {"AFinedCompanyAfterItsDescription",
     "Brazil's environment agency Ibama fined meatpacker JBS 20 million reais on Monday.",
     "Ibama | fine | JBS"},
    // A name after its description at the end of a prepositional phrase.
    {"ANameAfterItsDescriptionInAPhrase",
     "Embraer won an order for 40 E2 regional jets from American carrier SkyWest.",
     "Embraer | win order for jet from | SkyWest"},
    // Those helped to do a thing do it: "helped American clients hide money".
    {"TheHelpedDoTheHelpedAct",
     "The bank agreed to settle a US investigation into whether it helped American clients "
     "hide money from tax authorities.",
     "American clients | hide | money"},
    {"TheHelperIsNotTheDoer",
     "The bank agreed to settle a US investigation into whether it helped American clients "
     "hide money from tax authorities.",
     "bank | hide | money", true},
    // An agency the text described as one is not "the company".
    {"ADescribedAgencyIsNoCompany",
     "Brazil's environment agency Ibama fined meatpacker JBS 20 million reais on Monday for "
     "buying cattle raised on illegally cleared land. Inspectors found that the company had "
     "bought more than 9,000 animals from farms under embargo.",
     "JBS | buy | more than 9,000 animals"},
    // "the Amazon" is a region, not the company.
    {"TheAmazonIsNoCompany",
     "Environment agency Ibama fined JBS for buying cattle raised on land in the Amazon. The "
     "company said it would contest the penalty.",
     "JBS | contest | penalty"},
    // A plural noun between a name and an infinitive is the verb: "Alliance plans to close".
    {"ANameCompoundedOntoPlansIsItsSubject",
     "Walgreens Boots Alliance plans to close about 900 of its US stores over three years, chief "
     "executive Tim Wentworth said on Thursday.",
     "Walgreens | plan to close | about 900 of its US stores"},
    {"APredicateNounWithASubjectStaysANoun",
     "Apple, which had been in talks to join, did not take part.", "Apple | be in | talks"},
    // What is bet, like what is believed, is the clause's own proposition.
    {"ABetIsAboutNoActorOfItsClause", "Investors bet that the higher rates would hurt Maersk.",
     "investors | bet that | Maersk", true},
    // Names in apposition to a noun take the noun's link: "the merger of two chains, Jumbo and
    // Plus" is a merger of each; a body's field after "for" goes on over "and".
    {"NamesInAppositionTakeTheirNounsLink",
     "The Netherlands Authority for Consumers and Markets on Tuesday blocked the planned merger "
     "of two supermarket chains, Jumbo and Plus.",
     "Netherlands Authority for Consumers and Markets | block merger of | Jumbo"},
    {"TheSecondNameInAppositionToo",
     "The Netherlands Authority for Consumers and Markets on Tuesday blocked the planned merger "
     "of two supermarket chains, Jumbo and Plus.",
     "Netherlands Authority for Consumers and Markets | block merger of | Plus"},
    // A name described as a bank is "the bank" later.
    {"ADescribedBankIsTheBank",
     "Swiss private bank Julius Baer agreed to pay $80 million. Prosecutors said the bank had "
     "replaced the managers involved.",
     "Julius Baer | replace | managers involved"},
    // A company's name in capitals after a word for a company is a name, and "plans" after it
    // the verb.
    {"ACapitalisedNameAfterItsDescriptionPlans",
     "German chemical maker BASF plans to cut about 2,000 jobs in Europe as it struggles with "
     "high energy prices, the company said on Friday.",
     "BASF | plan to cut | about 2,000 jobs in Europe"},
    // "it" in what a body named by a common noun says is the body, not the company named before.
    {"ABodysItIsTheBody",
     "German chemical maker BASF will close a plant in Ludwigshafen. The works council criticised "
     "the plan and said it would fight any forced redundancies.",
     "Ludwigshafen | fight | any forced redundancies", true},
    {"ABodysItIsNoCompanyEither",
     "German chemical maker BASF will close a plant in Ludwigshafen. The works council criticised "
     "the plan and said it would fight any forced redundancies.",
     "BASF | fight | any forced redundancies", true},
    // A title opening the sentence describes the name after it.
    {"ATitleOpeningTheSentenceDescribesTheName",
     "Chief executive Stuart Machin apologised to customers and said stores remained open.",
     "Stuart Machin | apologise to | customers"},
    // An office holder's possessive inside a body's name.
    {"AnOfficeHoldersOfficeIsOneName",
     "The company has informed the Information Commissioner's Office and hired outside experts.",
     "company | inform | Information Commissioner's Office"},
    // A sum between a possessor and its noun: "Capital One's $35 billion acquisition of ...".
    {"ASumBeforeItsNounAfterAPossessor",
     "The Federal Reserve on Tuesday approved Capital One's $35 billion acquisition of Discover "
     "Financial.",
     "Federal Reserve | approve | Capital One's $35 billion acquisition of Discover Financial"},
    // A central bank is no company.
    {"ACentralBankIsNoCompany",
     "The Federal Reserve on Tuesday approved Capital One's $35 billion acquisition of Discover "
     "Financial. Consumer groups had urged regulators to reject the merger. The chief executive "
     "said the combined company would compete with Visa.",
     "Federal Reserve | compete with | Visa", true},
    // A compound word for workers acts: "Dockworkers at the Port of Montreal called off ...".
    {"DockworkersAct", "Dockworkers at the Port of Montreal called off a planned strike on Sunday.",
     "dockworkers at the Port of Montreal | call off | planned strike"},
    // An object across an adjective belongs to the verb joined to it.
    {"AnObjectBelongsToTheVerbNotTheAdjective",
     "The ministry said the charges were abusive and misled customers about the real price of "
     "tickets.",
     "charges | mislead | customers"},
    // A two-word people's name keeps its capital at the start of a sentence.
    {"ATwoWordDemonymKeepsItsCapital",
     "South Korean prosecutors raided the offices of cryptocurrency exchange Bithumb on Thursday.",
     "South Korean prosecutors | raid office of | Bithumb"},
    // The word a name was described with stands for it later.
    {"TheDescriptionsWordStandsForTheName",
     "Prosecutors raided the offices of cryptocurrency exchange Bithumb on Thursday. The exchange "
     "is the second largest in South Korea after Upbit.",
     "Bithumb | be large in | South Korea"},
    // Capitalised words after a word for a company are its name, which takes the word's place.
    {"ACompanysNameAfterItsDescriptionInAPhrase",
     "South32 has agreed to acquire a 45% stake in a copper project in Chile from Canadian "
     "developer Hot Chili for $150 million.",
     "South32 | agree to acquire stake from | Hot Chili"},
    // A field of affairs before "ministry" after a country's possessive.
    {"AConsumerAffairsMinistry",
     "Spain's consumer affairs ministry on Friday fined five budget airlines a total of 179 "
     "million euros for charging passengers for hand luggage.",
     "Spanish Ministry of Consumer Affairs | fine | five budget airlines"},
    // A company's description and its name as two objects: the name is the object.
    {"ADescriptionAndANameAsTwoObjects",
     "Siemens agreed to buy U.S. software company Altair Engineering for about 10 billion "
     "dollars, its biggest acquisition in years.",
     "Siemens | agree to buy | Altair Engineering"},
    // A fund's two-word name ending in its trade, after its description opening the sentence.
    {"AnInvestorsTwoWordName",
     "Activist investor Elliott Management had pushed for changes at the coffee chain after "
     "sales slumped.",
     "Elliott Management | push for | changes at the coffee chain"},
    // An "-ed" word after a determiner's noun and before a noun phrase is a past tense.
    {"APastTenseTakenForAnAdjective",
     "The regulator alleged that the company delayed payments and gave customers misleading "
     "information about their cover.",
     "company | delay | payments"},
    // An "-ing" adjective between a giving verb's objects modifies the second.
    {"AnAdjectiveBetweenTwoObjects",
     "The regulator alleged that the company delayed payments and gave customers misleading "
     "information about their cover.",
     "customers | mislead | information", true},
    // A people's name inside a company's name, and a person after the company and a title.
    {"ADemonymInsideAName",
     "Starbucks has hired Chipotle Mexican Grill chief executive Brian Niccol as its new "
     "chairman and chief executive.",
     "Brian Niccol | be CEO of | Chipotle Mexican Grill"},
    {"ThePersonAfterACompanysTitleIsHired",
     "Starbucks has hired Chipotle Mexican Grill chief executive Brian Niccol as its new "
     "chairman and chief executive.",
     "Starbucks | hire | Chipotle Mexican Grill", true},
    // One described as an investor is not "the company".
    {"AnInvestorIsNoCompany",
     "Activist investor Elliott Management, which built a stake in Starbucks this year, had "
     "pushed for changes at the coffee chain. The company's sales in China, its second-largest "
     "market, have fallen sharply.",
     "Elliott Management | sell in | China", true},
    // A judge acts.
    {"AJudgeActs", "A federal judge in Texas on Friday blocked a state law.",
     "federal judge in Texas | block | state law"},
    // "Attorney General" is one title.
    {"AnAttorneyGeneral", "Texas Attorney General Ken Paxton said his office would appeal.",
     "Ken Paxton | be Attorney General of | Texas"},
    // A company described as an investor in a place by an apposition is still "the company".
    {"AnInvestorInAPlaceIsStillACompany",
     "Samsung, the largest foreign investor in Vietnam, employs about 90,000 people there. Other "
     "technology companies, including Apple suppliers Foxconn and Luxshare, have also increased "
     "spending in Vietnam. Prime Minister Pham Minh Chinh met Samsung chairman Lee Jae-yong in "
     "Hanoi last year and asked the company to build a chip packaging plant.",
     "Pham Minh Chinh | ask | Samsung Electronics"},
    // A base verb after "and" and before a number joins the verb before it.
    {"ABaseVerbAfterAndBeforeANumber",
     "Albemarle said on Wednesday it would pause the expansion of a mine in Western Australia and "
     "cut 300 jobs as lithium prices slump.",
     "Albemarle | cut | 300 jobs"},
    // An organisation, a title and a person before a verb: the person is the subject.
    {"ThePersonAfterACompanyAndATitleIsTheSubject",
     "Alaska Airlines chief executive Ben Minicucci thanked the pilots and said the agreement "
     "would help the carrier grow.",
     "Ben Minicucci | thank | pilots"},
    // Pilots, nurses, teachers and members act.
    {"PilotsAct",
     "Pilots at Alaska Airlines voted to approve a four-year contract that raises pay, their "
     "union said on Thursday.",
     "pilots at Alaska Airlines | vote to approve | four-year contract"},
    // An office's field before "chief" and a name is no verb, and two particles stay inside
    // a person's name.
    {"AFinanceChiefWithTwoParticles",
     "Dutch brewer Heineken will raise beer prices across Europe by about 5% next year to offset "
     "higher costs for barley and energy, finance chief Harold van den Broek said on Wednesday. "
     "The company reported a 4% rise in quarterly sales.",
     "Heineken | report | 4% rise in quarterly sales"},
    // A word for a company read as an adjective between a noun and a name.
    {"AGiantBeforeAName",
     "An Aboriginal group has sued mining giant Rio Tinto in the Federal Court of Australia.",
     "Aboriginal group | sue | Rio Tinto"},
    // Two given names joined by a hyphen make a person, not a company that a story's opening
    // description waits for.
    {"AHyphenatedGivenNameIsAPerson",
     "An Aboriginal group has sued mining giant Rio Tinto in the Federal Court of Australia. Rio "
     "Tinto said it was reviewing the claim. The company's chief executive at the time, "
     "Jean-Sebastien Jacques, resigned after the destruction.",
     "Jean-Sebastien Jacques | sue in | Federal Court", true},
    // "AI" ending a company's name is part of it, and the investors behind a sum's preposition
    // give theirs.
    {"ACompanyNamedWithAI",
     "Figure AI, a California startup developing humanoid robots, has raised $675 million from "
     "investors including Microsoft, Nvidia and Jeff Bezos.",
     "Figure AI | raise from | Microsoft"},
    // "The Charlotte, North Carolina-based company" is the company, not the places.
    {"ACityAndStateBasedCompany",
     "Albemarle said it would cut jobs. The Charlotte, North Carolina-based company will also "
     "sell a processing plant in China.",
     "Albemarle | sell plant in | China"},
    // A role after a name and a comma is no apposition when it is a closing report's subject.
    {"AReportsSubjectIsNoRoleOfTheNameBefore",
     "The firm paid bribes to officials at Petrobras, prosecutors in Curitiba said.",
     "Petrobras | be prosecutor in | Curitiba", true},
    // An actor deep inside an object is no object of the verb through its nearest noun alone.
    {"ADeepActorKeepsItsLevels",
     "Glencore settled an investigation into bribes paid to officials at Petrobras.",
     "Glencore | settle official at | Petrobras", true},
    // "The country" is a country: not a union of them, nor a state.
    {"TheCountryIsNoUnion",
     "Toyota stopped shipping cars to Russia after the European Union widened its sanctions. "
     "Honda said it was reviewing its dealer network in the country.",
     "Honda | review network in | Russia"},
    {"TheGovernmentIsNoStates",
     "Micron opened a new plant in Idaho on Monday. Micron received grants from the federal "
     "government last year.",
     "Micron Technology | receive grant from | Idaho", true},
    // What a judge says "it" did is the thing the judge acted on, not the judge nor a place.
    {"AJudgesItIsNoJudge",
     "A federal judge in Ohio blocked a state law that would have required apps to check the "
     "ages of their users, saying it likely violated free speech rights.",
     "federal judge in Ohio | violate | free speech rights", true},
    // An "as" clause whose verb the tagger took for a noun says what falls, not what is cut.
    {"AnAsClauseIsNoPartOfTheCut",
     "Carlsberg will cut about 200 jobs at its Danish head office, the brewer said on Monday, "
     "as sales of wine fall in Asia.",
     "Carlsberg | cut job as sale in | Asia", true},
    // "The city of X" is X; a city's mayor is its office holder.
    {"TheCityOfAPlaceIsThePlace",
     "The city of Chicago sued Walgreens on Monday over painkiller sales.",
     "Chicago | sue | Walgreens"},
    {"AMayorHoldsTheCitysOffice",
     "Chicago mayor Brandon Johnson said the company had profited from the crisis.",
     "Brandon Johnson | be Mayor of | Chicago"},
    // A capitalised word the dictionary knows, after a name and before a common noun, is part
    // of the name.
    {"ANamesKnownWordIsStillTheName",
     "The European Commission's Safety Gate system flagged the toys on Friday.",
     "Safety Gate | flag | toys"},
    // A noun a participle of naming names is that name, with the name's number.
    {"ANamedNounIsItsName",
     "Vattenfall said the wind farm, called Sea Breeze 2, will power about 300,000 homes.",
     "Sea Breeze 2 | power | about 300,000 homes"},
    // A plan sold in a country is no plan made there.
    {"APlanSoldInACountryIsNoAct",
     "Spotify raised the price of its family plan in Germany and Italy on Monday.",
     "Spotify | plan in | Germany", true},
    // A known name's first word with a capitalised word after it shortens the longer name the
    // text gave before, not the known one.
    {"AShortenedNameIsTheOneGivenBefore",
     "Evergreen ordered ten ships from Hyundai Heavy Industries on Monday. Hyundai Heavy, the "
     "world's biggest shipbuilder, did not disclose the price.",
     "NOT Hyundai Heavy Industries | disclose | price"},
    // "The company" after a union's words is the company, not the union.
    {"TheCompanyIsNoUnion",
     "The Verdi union called a strike at warehouses of online retailer Zalando. The union said "
     "the company had refused to raise wages.",
     "Zalando | refuse to raise | wages"},
    // A compound's own compounds stay in the relation; a span of time stands for its "of" noun.
    {"ACompoundsCompoundsStay",
     "Customers of Fitbit filed a class action lawsuit against its parent company Google on "
     "Monday over a data leak.",
     "customers of Fitbit | file class action lawsuit against | Google"},
    {"ASpanOfTimeIsItsOfNoun",
     "Chevron agreed to sell its onshore oil business in Angola to local firms, ending almost a "
     "century of onshore production in the country.",
     "Chevron | end production in | Angola"},
    // A name after a word for a company is the object, not the subject of the infinitive after
    // it.
    {"ANameIsNoInfinitivesSubject",
     "Nvidia agreed to buy Israeli software startup Run:ai for about $700 million to strengthen "
     "its cloud tools, people familiar with the matter said.",
     "Nvidia | agree to buy | Run:ai"},
    // What people who criticised a decision say they will challenge ("it") is the decision.
    {"TheirItIsTheDecisionTheyCriticised",
     "Peru allowed Glencore to reopen its copper mine. Environmental groups criticised the "
     "decision and said they would challenge it in court.",
     "environmental groups | challenge | Peru", true},
    // "after" and a name before a past tense read as an adjective open a clause; a storm is no
    // company; the places of a noun left out of a path are left out too.
    {"AStormDamagesAfterItsName",
     "Travelers expects to pay about $1.5 billion in claims after Hurricane Milton damaged tens "
     "of thousands of homes in Florida and Georgia, the insurer said on Thursday. The "
     "company's shares fell 3% in early trading.",
     "Hurricane Milton | damage | tens of thousands"},
    {"AStormIsNoCompany",
     "Travelers expects to pay about $1.5 billion in claims after Hurricane Milton damaged tens "
     "of thousands of homes in Florida and Georgia, the insurer said on Thursday. The "
     "company's shares fell 3% in early trading.",
     "Hurricane Milton | fall | 3% in early trading", true},
    {"APlaceOfANounLeftOutIsLeftOut",
     "Travelers expects to pay about $1.5 billion in claims after Hurricane Milton damaged tens "
     "of thousands of homes in Florida and Georgia, the insurer said on Thursday.",
     "Hurricane Milton | damage | Georgia", true},
    // A common noun opening a sentence before an apposition and a verb is a name.
    {"AnOpeningNounBeforeAnAppositionIsAName",
     "Prospect, one of the largest U.S. hospital operators, said on Friday that a cyberattack "
     "had forced it to close two clinics.",
     "Prospect | close | two clinics"},
    // Hackers act.
    {"HackersAct", "The hospital said hackers had stolen the records of 5,000 patients.",
     "hackers | steal | records of 5,000 patients"},
    // The comma before a title is no part of the title's mention.
    {"TheCommaBeforeATitleIsNoOwner",
     "Klarna plans to cut about 700 jobs, or 10% of its workforce, chief executive Sebastian "
     "Siemiatkowski told staff in a memo on Tuesday.",
     "Sebastian Siemiatkowski | be CEO of | Klarna"},
    // An amount keeps the whole of its fixed phrase.
    {"MoreThanKeepsThan", "Nestle recalled more than 200 jars of baby food on Monday.",
     "Nestl\u00e9 | recall | more than 200 jars of baby food"},
    // What a party asks a judge to pause ("it") is the ruling it said it would appeal.
    {"TheRulingToPauseIsTheRuling",
     "Epic Games brought the case in 2020. Apple said it would appeal the ruling and asked the "
     "judge to pause it.",
     "judge | pause | Epic Games", true},
    // A name in apposition deep inside an object is not the object.
    {"AnAppositionDeepInsideIsNotTheObject",
     "A rocket exploded on Thursday, destroying a weather satellite owned by the Japanese agency "
     "JAXA.",
     "rocket | destroy | JAXA", true},
    // A compass word before a people's adjective names no one.
    {"ACompassWordBeforeADemonymIsNoName",
     "The tariffs apply to solar panels imported from four Southeast Asian countries.",
     "solar panels | be imported from country of | Southeast", true},
    // An agent phrase hung on a passive verb's sum is the verb's.
    {"AnAgentHungOnASumIsTheVerbs",
     "Nordline was fined 12 million euros by the European Commission on Thursday.",
     "European Commission | fine | Nordline"},
    // A quantifier keeps its own "of" phrase.
    {"AQuantifierKeepsItsOfPhrase",
     "BYD cut the prices of several of its electric models in China on Monday.",
     "BYD | cut | prices of several of BYD\u2019s electric models"},
    // A country's regulator of one field is a body of its own, not the country.
    {"AFieldRegulatorIsNoCountry",
     "Nigeria's oil regulator fined Shell on Monday for a spill in the Niger Delta.",
     "Nigeria | fine | Shell", true},
    // A name ending in a word for a landform is a place, which no company description takes.
    {"ADeltaIsAPlace",
     "Nigeria's oil regulator fined Shell on Monday for a spill in the Niger Delta. The regulator "
     "said the company had ignored warnings.",
     "Shell | ignore | warnings"},
    // "It" in what a country's regulator says is the regulator.
    {"ItOfARegulatorIsTheRegulator",
     "New Zealand's aviation regulator said it would oversee the investigation.",
     "New Zealand | oversee | investigation", true},
    // An "it" opening a sentence after one about a thing is that thing, not a name inside it.
    {"AnOpeningItAfterAThingIsTheThing",
     "The lawsuit, filed in federal court in Los Angeles, seeks at least $20 million in damages. "
     "It also names the record label, Sonic Tide, as a defendant.",
     "Los Angeles | name | Sonic Tide", true},
    // "The union" is the union named before, by the word in its name.
    {"TheUnionIsTheUnionNamedBefore",
     "The Chicago Teachers Union said members backed a walkout. The union wants smaller classes.",
     "Chicago Teachers Union | want | smaller classes"},
    // What a board owned by a thing says of "it" is the board's, not another name's.
    {"ItOfAThingsBoardIsTheBoards",
     "The Chicago Teachers Union said members backed a walkout. The union wants smaller classes. "
     "The city's school board has offered raises of 3% a year and said it cannot afford more.",
     "Chicago Teachers Union | afford | more", true},
    // What a maker is the maker of is its product, which no "its" stands for.
    {"AMakersNamesAreItsProducts",
     "Hasbro lowered its annual sales forecast on Tuesday. The maker of Monopoly and Transformers "
     "said revenue fell 10%. Its shares dropped 8% in early trading.",
     "Hasbro | drop | 8%"},
    // "Some of them" counts out the last plural noun of its sentence.
    {"SomeOfThemIsTheLastPluralNoun",
     "The states accuse Meta of designing Instagram and Facebook to hook young users. Judge Yvonne "
     "Gonzalez Rogers rejected Meta's request to dismiss the claims, though she narrowed some of "
     "them.",
     "Yvonne Gonzalez Rogers | narrow some of | Instagram", true},
    // A company's report that a clause holds reports no thing of the clause.
    {"AReportOfAThingIsNoStatement",
     "Netflix raised its prices. The company also reported that it added 5 million subscribers "
     "in the fourth quarter.",
     "Netflix | report that | 5 million subscribers", true},
    // An outlet's report on an actor stays.
    {"AnOutletsReportOnAnActorStays", "Bloomberg reported that Huawei plans to build a chip plant.",
     "Bloomberg | report that | Huawei"},
    // Capitalised common words opening a sentence before an apposition are a name.
    {"OpeningCommonWordsBeforeAnAppositionAreAName",
     "Big Lots, the discount retailer, said on Tuesday it would close up to 150 stores.",
     "Big Lots | close | up to 150 stores"},
    // An interim chief executive is one, of the company the story is about.
    {"AnInterimChiefIsTheCompanys",
     "Big Lots, the discount retailer, said on Tuesday it would close up to 150 stores. Interim "
     "Chief Executive Bruce Thorn said the company was negotiating with landlords.",
     "Bruce Thorn | be Interim CEO of | Big Lots"},
    // A people's adjective opening an organisation's name is part of it.
    {"ADemonymOpeningAnOrganisationsName",
     "The British Columbia Maritime Employers Association, which represents the terminal "
     "operators, said cargo would start moving again.",
     "British Columbia Maritime Employers Association | represent | terminal operators"},
    // "Making it harder for users to ..." makes no actor anything.
    {"AnItBeforeAnAdjectiveAndAnInfinitiveIsNoActor",
     "France's data protection authority fined Google 150 million euros on Thursday for making it "
     "harder for users to refuse cookies.",
     "Google | make | France's data protection authority", true},
    // A plural title before joined names is a title, and "Speaker" is one.
    {"APluralTitleIsNoName",
     "The bill, sponsored by Senators Josh Hawley and Jon Ossoff, passed 72 to 25.",
     "Josh Hawley | sponsor | bill"},
    {"ASpeakerIsTheOneWhoSays",
     "The bill, sponsored by Senators Josh Hawley and Jon Ossoff, passed 72 to 25. House Speaker "
     "Mike Johnson has said he supports a ban.",
     "Mike Johnson | support | ban"},
    // A "them" after joined verbs is the first verb's plural object.
    {"ThemAfterJoinedVerbsIsTheFirstObject",
     "Senators Josh Hawley and Jon Ossoff wrote the bill. It would require lawmakers to sell their "
     "holdings within 180 days or place them in a blind trust.",
     "lawmakers | place | their holdings"},
    // What a plural group's participle says "it" does is the thing the group acted on.
    {"ItInAGroupsParticipleIsTheirObject",
     "Anglo American agreed to sell its coal mines to Adani Group, whose founder is one of Asia's "
     "richest men. Environmental groups criticized the sale, saying it would extend the life of "
     "the mines for decades.",
     "Anglo American | extend | life of the mines", true},
    // Two names in an "of" phrase are one object, not a noun and a name.
    {"TwoNamesOfAMergerAreOneObject",
     "A federal judge blocked the proposed merger of Staples and Office Depot on Tuesday, "
     "agreeing with regulators that the deal would reduce competition.",
     "federal judge | block | proposed merger of Staples and Office Depot"},
    {"TheSecondNameOfAMergerIsNoObject",
     "A federal judge blocked the proposed merger of Staples and Office Depot on Tuesday, "
     "agreeing with regulators that the deal would reduce competition.",
     "federal judge | block | Office Depot", true},
    // A day names no one, even as an agent.
    {"ADayIsNoAgent",
     "Regulators approved the sale of Pacific Wings to a group of investors led by former Air "
     "Canada executive Michael Rousseau on Thursday.",
     "Thursday | lead | investors", true},
    // A one-word place after a given name is the person's family name, and alone, once the
    // person is named, it is that person.
    {"APlaceAfterAGivenNameIsAFamilyName",
     "The airline's chief executive, Tom Jordan, praised the pilots.",
     "Tom Jordan | praise | pilots"},
    {"AFamilyNameThatNamesAPlaceIsThePersons",
     "Tom Jordan praised the pilots. Jordan thanked the union.", "Tom Jordan | thank | union"},
    // A name split before its possessive is one name, and its title's holder the subject.
    {"ANameSplitBeforeItsPossessiveIsOneName",
     "Harbor Air's chief executive, Tom Reyes, praised the pilots.",
     "Tom Reyes | be CEO of | Harbor Air"},
    // A people's adjective opens an organisation's name across a capitalised adjective.
    {"APeoplesAdjectiveOpensANameBeforeAnAdjective",
     "The British Medical Association said it would ballot its members on a strike.",
     "British Medical Association | ballot | its members"},
    // An object "it" is no person named by a word for one.
    {"ItIsNoSpokeswoman",
     "A spokeswoman for the union accused Acme Steel of abandoning workers who had supported it "
     "for decades.",
     "workers | support | Acme Steel"},
    // An "it" in a later verb of the subject's is the unnamed firm the subject acted on.
    {"ItIsTheFirmTheSubjectActedOn",
     "Brightway Foods recalled its snack bars on Monday. The company blamed a supplier for the "
     "error and has stopped buying peanuts from it.",
     "Brightway Foods | stop buying peanut from | supplier"},
    // A capitalised word after "chain" is the chain's name.
    {"ACapitalisedWordAfterChainIsAName",
     "The bakery chain Crumbs will close 40 shops in Scotland by March.",
     "Crumbs | close shop in | Scotland"},
    // Two capitalised words before an opening relative clause are the name that says "it".
    {"AnOpeningNameBeforeARelativeClauseSaysIt",
     "Coastal Lines, which is based in Oslo, said it would contest the fine.",
     "Coastal Lines | contest | fine"},
    // A name opening the sentence before an age between commas is the subject, not the age.
    {"AnAgeIsNoSubject",
     "Nordvik Motors named Helena Strand as chief executive. Strand, 52, joined the company in "
     "2009 from Siemens.",
     "Helena Strand | join from | Siemens"},
    // The object of a verb of appointing with a title after "as" is a person.
    {"AnAppointeeAsATitleIsAPerson",
     "Nordvik Motors named Zoltara Quenby as chief executive on Monday.",
     "Zoltara Quenby | be CEO of | Nordvik Motors"},
    // An "-s" verb after a participle's phrase between commas is the main verb.
    {"AnSVerbAfterAParticiplesPhraseIsTheVerb",
     "The company, founded by two former navy pilots, employs about 300 people.",
     "company | employ | about 300 people"},
    // "Air India" is one name when the place hangs on "Air" as its second word.
    {"AirIndiaIsOneName",
     "Air India, its main domestic rival, ordered 470 jets from Airbus last year.",
     "Air India | order jet from | Airbus"},
    // A currency sign with its country's capitals is no part of the name before it.
    {"ACountrysDollarIsNoName",
     "Australia's competition regulator has fined Telstra A$50 million for misleading customers.",
     "Australia's competition regulator | fine | Telstra"},
    // A capital letter joined by a hyphen to a capitalised word opens a name.
    {"ALetterAndAHyphenOpenAName",
     "K-Electric, which supplies Karachi, said it had been forced to impose rolling blackouts.",
     "K-Electric | be forced to impose | rolling blackouts"},
    // A temperature's scale is no name.
    {"CelsiusIsNoName", "Temperatures climbed above 47 degrees Celsius on Monday.",
     "temperatures | climb | Celsius", true},
    // A description made a bare oblique before a name between commas is the subject's.
    {"ADescriptionBeforeANameIsNoArgument",
     "The provincial health minister, Khawaja Salman Rafique, urged residents to stay indoors.",
     "Khawaja Salman Rafique | urge | residents"},
    // A negated copula's predicate carries no "not" of its own.
    {"ANegatedPredicateHasNoNot", "Lumen AI was not part of the settlement.",
     "NOT Lumen AI | be | part of the settlement"},
    // A pronoun in a relative clause is not the clause's noun.
    {"ItInARelativeClauseIsNotItsNoun",
     "The authors said the publisher had shared copies of their work with Lumen AI, a startup in "
     "which it owns a stake.",
     "Lumen AI | own | stake", true},
    // "which" after a person's apposition is the name before it, not the person.
    {"WhichAfterAPersonsAppositionIsTheNameBeforeIt",
     "\"She knows the business,\" said Ingrid Holm, a fund manager at Storebrand, which owns "
     "shares in Nordvik.",
     "Storebrand | own share in | Nordvik"},
    // The office an appointee is named to is no statement of its own.
    {"AnAppointeesOfficeIsNoObject", "Nordvik Motors named Zoltara Quenby as chief executive.",
     "Nordvik Motors | name as | chief executive", true},
    // A name between a description and a sum is the verb's receiver.
    {"ANameBetweenADescriptionAndASumIsTheObject",
     "Ireland's data regulator fined the video app ClipCast \u20ac350 million on Friday.",
     "Ireland's data regulator | fine | ClipCast"},
    // A capitalised "-ed" form of no known verb is a name.
    {"ACapitalisedEdFormOfNoVerbIsAName", "Orsted shares fell 25% in Copenhagen on Wednesday.",
     "Orsted | fall in | Copenhagen"},
    // A name right after "give" before a bare noun is the receiver, not a compound.
    {"ANameAfterGiveIsTheReceiver", "Analysts said the result gave Ishiba time.",
     "result | give | Shigeru Ishiba"},
    // A people's plural is no organisation that "the company" could be.
    {"APeoplesPluralIsNoOrganisation",
     "AstraZeneca sells inhalers in Britain. Patient groups said millions of Americans had "
     "skipped doses. The company's shares rose in London trading.",
     "AstraZeneca | rise in | London trading"},
    // "Its" after a sentence whose main subject reported on another organisation is the
    // reporter's.
    {"ItsAfterAReportIsTheReporters",
     "Britain's Competition and Markets Authority blocked the sale on Monday. The watchdog said "
     "Tencent, which already owns stakes in dozens of developers, could stop rivals from getting "
     "access to the titles. Its chief executive, Sarah Cardell, said the decision protected "
     "gamers.",
     "Sarah Cardell | be CEO of | Competition and Markets Authority"},
    // The subject "it" of what a named organisation says is the organisation.
    {"ItInWhatAnOrganisationSaysIsTheOrganisation",
     "Jetstar and Qantas suspended services to the island, while AirAsia said it was monitoring "
     "the situation closely.",
     "AirAsia | monitor | situation"},
    // "she" is no person whose given name is a man's ...
    {"SheIsNoManByGivenName",
     "Tom Reyes met Helen Carter on Monday. Later, Tom Reyes thanked the staff. She praised the "
     "union for its patience.",
     "Helen Carter | praise | union"},
    // ... nor one whom "he" stood for before, and reaches a sentence further back for a fit.
    {"SheIsNoOneHeStoodFor",
     "Lars Berg met Ingrid Holm on Monday. He praised the deal. Later, Lars Berg thanked the "
     "staff. She criticised the plan.",
     "Ingrid Holm | criticise | plan"},
    // Capitalised words before an apposition that ends in a name are a name.
    {"AnOpeningNameBeforeAnAppositionEndingInANameIsAName",
     "Fresh Fields, a supermarket chain with more than 300 stores in the Midwest, recalled "
     "packaged salads on Saturday.",
     "Fresh Fields | recall | packaged salads"},
    // Capitalised words opening a sentence that the dictionary does not know are a name.
    {"AnUnknownOpeningWordIsAName",
     "Brightwell Toys lowered its profit forecast for the year on Tuesday.",
     "Brightwell Toys | lower | its profit forecast"},
    // An honorific is a title, no part of the name, also when the parse makes it the head.
    {"AnHonorificIsATitle",
     "Dr Amira Hassan, who taught chemistry at Harrow University for 14 years, accused it of "
     "unequal pay.",
     "Amira Hassan | accuse | Harrow University"},
    {"AnHonorificHeadingTheNameStandsForThePerson", "Mr Smith met Mrs Jones at the office.",
     "Smith | meet | Jones"},
    // Capitalised words inside a sentence that the tagger read as common words are a name.
    {"CapitalisedWordsInsideASentenceAreAName",
     "Officials said Golden Tide Shipping had used false documents to hide the cargo.",
     "Golden Tide Shipping | use | false documents"},
    // An irregular past tense taken for an adjective after a "that" clause's subject is its
    // verb.
    {"AnIrregularPastAfterAThatClausesSubjectIsItsVerb",
     "A hospital group in Texas has told patients that hackers stole names, birth dates and "
     "medical records of about 1.2 million people in an attack last month.",
     "hackers | steal | names"},
    // A past tense after a day between the subject and the verb is the verb.
    {"APastTenseAfterADayIsTheVerb",
     "The Treasury on Tuesday imposed sanctions on Golden Tide Shipping, a company in Hong Kong.",
     "Treasury | impose | sanctions on Golden Tide Shipping"},
    // A name after a word for a company deep in the opening phrase is no subject.
    {"ANameInsideTheOpeningPhraseIsNoSubject",
     "A rocket built by the German startup Isar Aerospace crashed shortly after lift-off from a "
     "spaceport in northern Norway on Sunday, in the first attempt to reach orbit from "
     "continental Europe.",
     "Isar Aerospace | crash in | first attempt", true},
    {"ANameInsideTheOpeningPhraseIsTheAgent",
     "A rocket built by the German startup Isar Aerospace crashed shortly after lift-off from a "
     "spaceport in northern Norway on Sunday, in the first attempt to reach orbit from "
     "continental Europe.",
     "Isar Aerospace | build | rocket"},
    // "&" between capitalised words joins one name.
    {"AnAmpersandJoinsOneName", "Investors sued Baylor Scott & White Health over the breach.",
     "investors | sue | Baylor Scott & White Health"},
    // A name with particles after one capitalised word is a person's.
    {"ANameWithParticlesIsAPersons",
     "Anko van der Werff met investors in Oslo on Tuesday. He apologised for the disruption.",
     "Anko van der Werff | apologise for | disruption"},
    // A subject "it" of an adverbial clause is the main clause's unnamed actor.
    {"ItInAnAdverbialClauseIsTheMainSubjectsActor",
     "The airline cancelled flights from Copenhagen and Stockholm. The board appointed Erno "
     "Hilden as interim chief executive while it searches for a permanent replacement.",
     "Sweden | search for | permanent replacement", true},
    // "to" before a plural noun is its preposition, and a phrase after an adjective
    // complement is the adjective's.
    {"APhraseAfterAnAdjectiveComplementIsTheAdjectives",
     "Hutchison Ports, which runs two of the largest terminals, said it regretted the strike and "
     "remained open to talks.",
     "Hutchison Ports | remain open to | talks"},
    // Two adjectives joined before a noun describe it.
    {"TwoJoinedAdjectivesDescribeOneNoun",
     "Governor Andrew Bailey said the Bank of England would take a gradual and careful approach.",
     "Bank of England | take | gradual and careful approach"},
    // A preposition before a description and a name is the name's, and a clause's verb after
    // "once the deal" is a verb.
    {"APrepositionBeforeADescriptionIsTheNamesToo",
     "Figma's chief executive, Dylan Field, will report to Adobe's president David Wadhwani once "
     "the deal closes, the companies said in a joint statement.",
     "Dylan Field | report to | David Wadhwani"},
    // A word in capitals no dictionary knows is a name, whatever the tagger made it.
    {"AnUnknownWordInCapitalsIsAName",
     "The decision follows a similar move by the Dutch pension fund ABP earlier this year.",
     "decision | follow move by | ABP"},
    // A participle right after an oblique's noun, parsed as the verb's adverbial clause, is
    // the noun's: the verb's subject did not import anything.
    {"AParticipleAfterAnObliquesNounIsTheNouns",
     "Canada will impose a 25% tariff on steel imported from countries that do not have a free "
     "trade agreement with it, Finance Minister François-Philippe Champagne announced on "
     "Wednesday.",
     "Canada | be imported from | countries", true},
    // "by" and a span of time or an amount after a passive says by how much, not who.
    {"ByASpanOfTimeIsNoAgent",
     "Shipping line Maersk warned customers that cargo bound for Germany could be delayed by up "
     "to a week.",
     "week | delay bound for | Germany", true},
    // An apposition describing a company goes on the name before its comma.
    {"AnAppositionAfterANameInsideAPhraseIsTheNames",
     "SAS said the fault had been traced to a faulty update supplied by Amadeus, the Spanish "
     "company that runs its booking system.",
     "Amadeus | run | its booking system"},
    // Suspecting that a clause holds is about no noun of the clause.
    {"ASuspicionIsAboutNoNounOfItsClause",
     "Japan's Fair Trade Commission raided the offices of Amazon's Japanese unit on Thursday. "
     "The watchdog suspects that Amazon Japan removed sellers from the prominent Buy Box on "
     "product pages.",
     "Japan Fair Trade Commission | suspect that | sellers", true},
    // "after talks with X broke down": the talks broke down, with X.
    {"AWithPhraseOfASubjectIsNoClause",
     "Dockworkers at the Port of Rotterdam walked off the job on Monday after talks with terminal "
     "operators broke down, halting the loading of container ships at Europe's busiest port.",
     "terminal operators | halt | loading of container ships", true},
    // An institution's name goes on over "of" and a place: "State Bank of India".
    {"AnInstitutionOfAPlaceIsOneName",
     "The court ordered the State Bank of India to disclose the names of donors.",
     "court | order | State Bank of India"},
    // A capital letter after "and" ends a sentence when a capitalised word follows.
    {"ALetterEndingAListEndsTheSentence",
     "The protests were led largely by young people who organised on TikTok and X. Amnesty "
     "International called for an investigation into the shootings.",
     "Amnesty International | call for | investigation into the shootings"},
    // "at least" before an amount is no preposition of the verb.
    {"AtLeastIsNoPreposition",
     "Under the agreement, Boeing will also spend at least $455 million on safety and compliance "
     "programs over three years.",
     "Boeing | spend | $455 million"},
    // A noun between a determiner and an "-ing" word before the object is the object's.
    {"ANounBeforeAnObjectsModifierIsNoReceiver",
     "To win approval, Microsoft sold the cloud streaming rights for Activision's games to the "
     "French company Ubisoft.",
     "Microsoft | sell | cloud streaming rights"},
    // ", where" after a place opens the place's relative clause: "it" is not the place.
    {"AWhereClauseIsThePlacesRelativeClause",
     "The storm, named Daniel, had earlier hit Greece, where it flooded farmland in the region "
     "of Thessaly.",
     "Greece | flood | farmland", true},
    // A "whose" clause that ends the sentence is no main clause.
    {"AWhoseClauseAtTheEndIsNoMainClause",
     "The Audi factory, which employs about 3,000 people, makes the electric Q8 e-tron, a model "
     "whose sales have slumped.",
     "Audi | slump | electric Q8 e-tron", true},
    // A member of a set deep inside an argument takes no argument's place.
    {"AMemberOfADeepSetIsNoObject",
     "Shares of Nestlé, the world's largest food company, fell 1.2% in Zurich. The company has "
     "faced criticism over the quality of its bottled water brands, including Perrier, this year.",
     "Nestlé | face | Perrier", true},
    // Capitals before a capitalised word in a sentence of small letters are a name.
    {"CapitalsBeforeAWordOfANameAreAName",
     "The consortium, called Renaissance, includes ND Western and Aradel Holdings.",
     "Renaissance | include nd | Aradel Holdings", true},
    // A state's bank is no ministry.
    {"AStatesBankIsNoMinistry",
     "India's Supreme Court struck down a scheme on Thursday. The court ordered the State Bank to "
     "disclose the names of donors. The finance ministry did not immediately respond to a "
     "request for comment.",
     "NOT State Bank | respond to | request for comment", true},
    // A verb with an object joined to a noun is the conjunct of the verb above the noun.
    {"AVerbJoinedToANounIsTheVerbsConjunct",
     "Boeing has agreed to plead guilty to a criminal fraud charge and pay a fine of $243.6 "
     "million to resolve a U.S. Justice Department investigation.",
     "Boeing | agree to pay | fine of $243.6 million"},
    // A company's apposition after a name hung on the verb goes on the name, and makes the
    // name a company whatever its words say ("Ocean").
    {"AnOwnersAppositionMakesANameACompany",
     "The Maryland Transportation Authority filed the lawsuit in federal court against Grace "
     "Ocean, the Singapore-based owner of the Dali, and its manager Synergy Marine.",
     "Grace Ocean | be based in | Singapore"},
    // An office not yet taken, written with hyphens, is one title.
    {"AnOfficeInWaitingIsATitle",
     "The measure, pushed by chancellor-in-waiting Friedrich Merz, won the two-thirds majority "
     "it needed.",
     "Friedrich Merz | push | measure"},
    // A country's leader named in apposition is the person, not the country.
    {"ALeaderNamedInAppositionIsThePerson",
     "Russia's leader, Vladimir Putin, made a rare appeal for aid.",
     "Vladimir Putin | make | rare appeal for aid"},
    // An "-s" word after a preposition's adjective is a plural noun.
    {"AnSWordAfterAPrepositionsAdjectiveIsANoun",
     "Apple was fined 500 million euros by the European Commission on Wednesday for preventing "
     "app developers from telling users about cheaper offers outside its App Store.",
     "cheaper | offer outside | App Store", true},
    // "by billions of dollars" is by how much, not by whom.
    {"ByBillionsIsNoAgent",
     "Meta's chief global affairs officer, Joel Kaplan, said the company was being handicapped "
     "by billions of dollars.",
     "billions of dollars | handicap | Meta", true},
    // A participle written as its base form after "had" is the participle.
    {"HadCostIsAVerb",
     "The strike had cost Boeing about $100 million a day, according to analysts.",
     "strike | cost | Boeing"},
    // A number before a model's name in capitals is part of the name.
    {"AModelsNumberIsPartOfItsName",
     "Boeing workers returned on Monday. Production of the 737 MAX is expected to resume within "
     "weeks.",
     "MAX | be expected to resume | 737", true},
    // "a former executive at X" is a person's role, not an adjective.
    {"AFormerExecutiveIsARole",
     "Raghib Hussain, a former executive at Marvell Technology, will become Altera's chief "
     "executive.",
     "Raghib Hussain | be former executive at | Marvell Technology"},
    // A place before a description of a listed company is no member of the list.
    {"APlaceBeforeAListedDescriptionIsNoMember",
     "The sites will be part of Stargate, a $500 billion project backed by SoftBank and the Abu "
     "Dhabi investment firm MGX.",
     "United Arab Emirates | back | Stargate", true},
    // A name the parse labelled as punctuation after its description is that name.
    {"ANameTakenForPunctuationIsAName",
     "The case was brought after a Lebanese businessman, Ziad Takieddine, said he had delivered "
     "cash from Libyan leader Muammar Gaddafi to Sarkozy's aides.",
     "Ziad Takieddine | deliver cash from | Muammar Gaddafi"},
    // "the company" in a clause of a person titled by a company is that company.
    {"TheCompanyOfATitledPersonsClauseIsTheirs",
     "Microsoft completed its takeover of Activision Blizzard on Friday. To win approval, "
     "Microsoft sold the cloud streaming rights to Ubisoft. Activision chief executive Bobby "
     "Kotick, who has led the company since 1991, will leave at the end of the year.",
     "Bobby Kotick | lead | Activision Blizzard"},
    // A subject "it" of a copula with a prepositional phrase is an actor in a state.
    {"ItInAPlaceOrStateIsAnActor",
     "Boeing said it was in contact with Air India and ready to support it.",
     "Boeing | be in contact with | Air India"},
    // A participle clause after a relative clause's closing comma is the main verb's.
    {"AParticipleAfterARelativeClauseIsTheMainVerbs",
     "The Dutch government has taken control of the chipmaker Nexperia, which is owned by "
     "China's Wingtech Technology, citing concerns that technology could be transferred to the "
     "parent company.",
     "Nexperia | cite | concerns", true},
    // A verb joined to an amount is the conjunct of the verb above the amount.
    {"AVerbJoinedToAnAmountIsTheVerbsConjunct",
     "Musk must raise Tesla's market value to $8.5 trillion and deliver one million humanoid "
     "robots to receive the full award.",
     "Elon Musk | deliver | one million humanoid robots"},
    // A base verb after "to" and "or" before a noun is the second verb.
    {"ABaseVerbAfterToAndOrIsAVerb",
     "The Dutch government took control of Nexperia. Economy Minister Vincent Karremans invoked "
     "a rarely used law that allows the government to block or reverse decisions by the "
     "company's management.",
     "Netherlands | block | decisions"},
    // A noun taken for the object of "prove", before a finite verb with an object, is that
    // verb's subject: the company received the aid, not the Commission.
    {"ANounBeforeAFiniteVerbIsItsSubjectAfterProve",
     "Apple won its appeal after the General Court ruled that the European Commission had failed "
     "to prove the company received illegal state aid.",
     "Apple | receive | illegal state aid"},
    {"ANounBeforeAFiniteVerbIsNotTheObjectOfProve",
     "Apple won its appeal after the General Court ruled that the European Commission had failed "
     "to prove the company received illegal state aid.",
     "European Commission | receive | illegal state aid", true},
    // A capitalised word tagged as an affix before another capitalised word starts a name.
    {"ACapitalisedAffixBeforeANameStartsIt",
     "Anglo American suspended operations at a platinum mine in South Africa on Wednesday.",
     "Anglo American | suspend | operations"},
    // A role noun of people ("ministers") is an actor, as "officials" are.
    {"ARoleNounOfPeopleIsAnActor",
     "European Union finance ministers on Friday approved rules for cryptocurrency exchanges.",
     "European Union finance ministers | approve | rules for cryptocurrency exchanges"},
    // A noun phrase folded into "two years ago" is the verb's agent again.
    {"AnAgentFoldedIntoAgoIsTheAgent",
     "The rules, which were proposed by the European Commission two years ago, take effect in "
     "June.",
     "European Commission | propose | rules"},
    // A subject "it" of an adverbial clause on a verb joined to the main one stands for the
    // main verb's unnamed subject.
    {"ItOnAJoinedVerbsClauseIsTheSharedSubject",
     "Brazil's central bank raised its benchmark interest rate on Wednesday and signalled two "
     "more increases, as it tries to slow inflation.",
     "Brazil's central bank | try to slow | inflation"},
    // An object "it" that its verb makes act stands for an actor, not an unnamed thing.
    {"AnItMadeToActIsAnActor",
     "The sale is part of Orsted's plan to raise money after rising costs forced it to scrap "
     "projects in the United States.",
     "Orsted | scrap | projects"},
    {"AnItMadeToActIsNoThing",
     "The sale is part of Orsted's plan to raise money after rising costs forced it to scrap "
     "projects in the United States.",
     "sale | scrap project in | United States", true},
    // "it" in the reason for a fine is the one fined.
    {"ItInTheReasonForAFineIsTheOneFined",
     "Ireland's Data Protection Commission fined TikTok 345 million euros on Friday for breaking "
     "European privacy law in the way it handled the personal data of children.",
     "TikTok | handle | personal data of children"},
    // A people's adjective before one capitalised common word opens a company's name.
    {"APeoplesAdjectiveBeforeACapitalisedWordIsInTheName",
     "Jingye, which bought British Steel in 2020, said it had lost money on the plant.",
     "Jingye | buy | British Steel"},
    {"APeoplesAdjectiveBeforeExpressIsInTheName", "Regulators fined American Express on Monday.",
     "regulators | fine | American Express"},
    // (not before a title)
    {"APeoplesAdjectiveBeforeATitleIsNoName", "The German Chancellor met Joe Biden.",
     "German Chancellor | meet | Joe Biden"},
    // A country's name opening an agency's name is part of it.
    {"ACountryOpeningAnAgencysNameIsInTheName",
     "The Japan Meteorological Agency warned residents to stay indoors.",
     "Japan Meteorological Agency | warn | residents"},
    // "Business Secretary" is an office's title, not a secretary of an organisation "Business".
    {"BusinessSecretaryIsATitle",
     "Business Secretary Jonathan Reynolds said the government had acted to protect jobs.",
     "Jonathan Reynolds | be Secretary of | Business", true},
    // A name after the noun that tells its relation to a company ("its owner") is the object.
    {"ANameAfterItsOwnerNounIsTheObject",
     "Lawmakers passed emergency legislation to stop its Chinese owner Jingye from closing the "
     "blast furnaces.",
     "lawmakers | stop | Jingye"},
    // "A and B's C": two subjects, the first no compound of the last.
    {"ANameAndAPossessedNameAreTwoSubjects",
     "Stellantis and China's CATL will build a battery factory in northern Spain, the companies "
     "said on Tuesday.",
     "Stellantis | build | battery factory"},
    // A subject cut from its verb by a comma after "and" is the conjunct before it; the
    // relative clause inside the apposition is no main clause.
    {"ASubjectCutByACommaIsAConjunct",
     "NetChoice, a trade group whose members include Meta and Google, had sued the state, "
     "arguing that the law violated free speech rights.",
     "NetChoice | sue | state"},
    {"ASubjectCutByACommaDoesNotSue",
     "NetChoice, a trade group whose members include Meta and Google, had sued the state, "
     "arguing that the law violated free speech rights.",
     "Google | sue | state", true},
    // A word for a product before a name makes it a product, which its owner makes.
    {"AProductWordBeforeANameMakesItAProduct",
     "Novo Nordisk's diabetes drug Victoza lost its patent last year.",
     "Novo Nordisk | make | Victoza"},
    // A five-word sentence parsed with no verb tries its participle as the past tense too.
    {"AFiveWordSentenceGetsItsVerb", "Japan Tobacco raised prices.",
     "Japan Tobacco | raise | prices"},
    // The field between "Chief" and "Officer" is the title's, not the person's name.
    {"AChiefsFieldIsTheTitles",
     "Chief Financial Officer James von Moltke told analysts the bank expected losses to fall.",
     "James von Moltke | tell | analysts"},
    {"AChiefOperatingOfficersFieldIsTheTitles", "Chief Operating Officer Jeff Williams left Apple.",
     "Jeff Williams | leave | Apple"},
    // A passive subject "it" that a person says about what they acted on is that thing.
    {"APassiveItReportedOnIsTheThing",
     "The CFDT union opposed the plan. Prime Minister Elisabeth Borne defended the reform, "
     "saying it was needed to keep the pension system from running a deficit.",
     "CFDT | be needed to keep | pension system", true},
    // "days after A and B said ...": A and B are the clause's subjects, "they" both.
    {"JoinedSubjectsAfterASubordinatorAreTheClauses",
     "The probe came days after the Netherlands and Japan said they would restrict exports of "
     "chipmaking equipment to China.",
     "Netherlands | restrict export to | China"},
    // A name opening the sentence keeps the verb when its apposition was taken for an oblique.
    {"ANameBeforeItsAppositionIsTheSubject",
     "TSMC, the world's largest contract chipmaker, supplies Apple and Nvidia.",
     "TSMC | supply | Apple"},
    // "attorney general" is one office, held by the name between the commas.
    {"AnAttorneyGeneralBetweenCommas",
     "Colorado's attorney general, Phil Weiser, said the merger would hurt communities across "
     "the state.",
     "Phil Weiser | be Attorney General of | Colorado"},
    {"AnAttorneyGeneralIsNoAttorney",
     "Colorado's attorney general, Phil Weiser, said the merger would hurt communities across "
     "the state.",
     "Phil Weiser | be Attorney of | Colorado", true},
    // "the TITLE of ORG, NAME," names the office's holder.
    {"TheTitleOfAnOrganisationBeforeAName",
     "The chief executive of Intel, Pat Gelsinger, said the company would cut jobs.",
     "Pat Gelsinger | be CEO of | Intel"},
    {"TheTitleOfTheOrganisationBeforeAName",
     "The president of the European Commission, Ursula von der Leyen, said the bloc would "
     "respond.",
     "Ursula von der Leyen | be President of | European Commission"},
    // "A judge ruled on Monday that ..." with "ruled" taken for a participle on "judge": the
    // judge rules, the company maintains.
    {"ARulingVerbIsNoParticiple",
     "A federal judge ruled on Monday that Google had illegally maintained a monopoly in online "
     "search.",
     "Google | maintain | monopoly in online search"},
    {"TheJudgeMaintainsNoMonopoly",
     "A federal judge ruled on Monday that Google had illegally maintained a monopoly in online "
     "search.",
     "federal judge | maintain | monopoly in online search", true},
    // An irregular plural's "'s" inside a run of capitalised words is part of one name.
    {"AnIrregularPluralsPossessiveInsideAName",
     "The International Longshoremen's Association said the union would strike. The "
     "International Longshoremen's Association sued the alliance.",
     "International Longshoremen's Association | sue | alliance"},
    // "the alliance" is the alliance named before.
    {"TheAllianceIsTheOneNamed",
     "The United States Maritime Alliance refused to raise wages. The alliance, which represents "
     "carriers, accused the union of walking away.",
     "United States Maritime Alliance | represent | carriers"},
    // "the chancellor", "the president": the person named with that title before.
    {"TheChancellorIsTheOneTitledSo",
     "Chancellor Olaf Scholz met Emmanuel Macron. The chancellor criticized Russia.",
     "Olaf Scholz | criticize | Russia"},
    {"ThePresidentIsTheOneTitledSo",
     "President Joe Biden met Xi Jinping. The president pressed China on trade.",
     "Joe Biden | press | China"},
    // "the rival miner" is not the sentence's own actor.
    {"ARivalIsNotTheSubject",
     "BHP walked away from its proposed takeover of Anglo American on Wednesday after the rival "
     "miner rejected a third offer.",
     "Anglo American | reject | third offer"},
    // "The strike cost Boeing billions ... and forced it": "cost" is the first verb.
    {"ASameFormPastBeforeAJoinedVerb",
     "Boeing's workers went on strike. The strike cost Boeing billions of dollars and forced it "
     "to raise money from investors.",
     "strike | cost | Boeing"},
    // "denied the accusations, calling them disinformation": "them" is the accusations.
    {"ThemOfAParticipleIsTheVerbsObject",
     "The FBI and the Cybersecurity and Infrastructure Security Agency said they were "
     "investigating. China's embassy in Washington denied the accusations, calling them "
     "disinformation.",
     "China | call | accusations"},
    {"ThemOfAParticipleIsNoEarlierActor",
     "The FBI and the Cybersecurity and Infrastructure Security Agency said they were "
     "investigating. China's embassy in Washington denied the accusations, calling them "
     "disinformation.",
     "China | call | Federal Bureau of Investigation", true},
    // A capitalised word joined by a hyphen to a law's name is the name's, whatever its tag.
    {"AHyphenatedLawNameIsWhole", "The White House said it would not invoke the Taft-Hartley Act.",
     "NOT White House | invoke | Taft-Hartley Act"},
    // A name before "models" is a product, which the models stand for.
    {"ANameBeforeModelsIsTheProduct", "Ford recalled some Explorer models.",
     "Ford Motor | recall | Explorer"},
    // An "it" made to act is no measure the sentence named ("a grant ... to help it build").
    {"AnItMadeToActIsNoGrant",
     "The Commerce Department has finalized a grant of $6.6 billion to Taiwan Semiconductor "
     "Manufacturing Company to help it build three factories in Phoenix, officials said on "
     "Friday.",
     "TSMC | build factory in | Phoenix"},
    // Capitalised words tagged as adjectives right before the verb open the sentence's name.
    {"CapitalisedAdjectivesBeforeTheVerbAreAName",
     "Paramount Global agreed on Sunday to merge with Skydance Media.",
     "Paramount Global | agree to merge with | Skydance Media"},
    {"AnAdjectiveAndANounBeforeTheVerbAreAName",
     "Big Lots filed for bankruptcy protection on Monday.",
     "Big Lots | file for | bankruptcy protection"},
    {"OneCapitalisedAdjectiveBeforeTheVerbIsAName",
     "Paramount Global agreed to merge with Skydance Media. Paramount owns the CBS television "
     "network.",
     "Paramount Global | own network of | CBS"},
    // A word in camel case with a capital first is a name even when tagged a common noun.
    {"ACamelCaseNounIsAName",
     "TikTok, which is owned by the Chinese company ByteDance, said it strongly disagreed with the "
     "allegations.",
     "ByteDance | own | TikTok"},
    // A company's first word opening a sentence before its verb, named in the last sentences.
    {"ACompanysFirstWordOpeningTheSentence",
     "Microsoft signed a deal with Constellation Energy. Constellation will spend $1.6 billion to "
     "bring the unit back online by 2028.",
     "Constellation Energy | spend | $1.6 billion"},
    // A participle of where things are made says so itself; the verb above does not take it.
    {"NoRelationThroughAPlaceOfMaking",
     "Canada will impose a 100 percent tariff on electric vehicles made in China.",
     "Canada | impose vehicle made in | China", true},
    // A reflexive object names the subject again: no statement of its own.
    {"AReflexiveObjectIsNoStatement",
     "Big Lots agreed to sell itself to the private equity firm Nexus Capital Management.",
     "Big Lots | agree to sell | itself", true},
    {"AReflexiveObjectKeepsItsReceiver",
     "Big Lots agreed to sell itself to the private equity firm Nexus Capital Management.",
     "Big Lots | agree to sell to | Nexus Capital Management"},
    // "the chain" is a company.
    {"TheChainIsTheCompany", "Walgreens filed for bankruptcy. The chain closed 500 stores.",
     "Walgreens | close | 500 stores"},
    // "NAME, the chief executive," with no owner is the story's company's.
    {"AnOwnerlessTitleInApposition",
     "Big Lots filed for bankruptcy. Bruce Thorn, the chief executive, blamed inflation for "
     "squeezing customers.",
     "Bruce Thorn | be CEO of | Big Lots"},
    // "they" after a plural subject with a relative clause is that subject, not a list before.
    {"TheyAfterARelativeClausesSubject",
     "Bristol Myers Squibb and Pfizer, which sell Eliquis and Jardiance, cut prices. The new "
     "prices, which take effect in 2026, would have saved the program $6 billion had they been "
     "in place last year.",
     "Eliquis | be in | place", true},
    // An object "them" of a gerund is the object of the verb it hangs on, not the subject's
    // list ("test their systems before releasing them").
    {"ThemOfAGerundIsNoMemberOfTheSubject",
     "Amazon, Google and Meta agreed to new rules. The companies promised to test their systems "
     "before releasing them.",
     "Google | release | Amazon", true},
    {"ThemOfAGerundIsTheObjectBefore",
     "Amazon, Google and Meta agreed to new rules. The companies promised to test their systems "
     "before releasing them.",
     "Google | release | their systems"},
    // "it" in what "the administration" says, with none named, is no earlier actor.
    {"ItOfAnUnnamedSayerIsNoEarlierActor",
     "Amazon, Google, Meta, Microsoft and OpenAI agreed to a set of voluntary safeguards for "
     "artificial intelligence at a meeting with President Biden at the White House. The "
     "companies promised to test their systems before releasing them and to share information "
     "about risks with governments and researchers. Both Anthropic and Inflection also signed the "
     "pledge. Critics said the commitments lacked teeth. Neither the European Union nor Britain "
     "took part in the agreement. The administration said it was also drafting an executive "
     "order on the technology.",
     "European Union | draft | executive order on the technology", true},
    // "A U.S. appeals court": "appeals" is a noun, not the verb.
    {"AnAppealsCourtIsNoAppeal",
     "A U.S. appeals court on Thursday upheld a ruling that forced Apple to change its rules.",
     "United States | appeal | court", true},
    // "Rival easyJet": the word describes the name, in lower case as it is.
    {"ARivalBeforeALowerCaseName", "Rival easyJet cut fares.", "easyJet | cut | fares"},
    // The organisation of the subject's title is the sentence's actor too.
    {"TheOrganisationOfTheSubjectsTitleIsSalient",
     "\"We cannot get enough planes,\" Ryanair chief executive Michael O'Leary told reporters, "
     "blaming delays at Boeing. The Irish carrier expects to receive 29 fewer aircraft than "
     "planned.",
     "Ryanair | expect to receive | 29 fewer aircraft"},
    // "the government" is a country's, not a city's the gazetteer does not know.
    {"TheGovernmentIsNoCitys",
     "About 30,000 containers were stranded at terminals in Sydney, Melbourne and Fremantle. The "
     "government was told about the breach on Friday night.",
     "Fremantle | be told about | breach", true},
    // A capitalised word joined by a hyphen to a name is the name's ("Bankman-Fried").
    {"AHyphenatedFamilyNameIsWhole",
     "Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange FTX, was sentenced "
     "to 25 years in prison on Thursday.",
     "Sam Bankman-Fried | be founder of | FTX"},
    // ", and NOUN ... have persisted": a clause of its own, not a second thing kept up with.
    {"AClauseAfterAndHasItsOwnSubject",
     "Novo has struggled to keep up with orders, and shortages of Wegovy have persisted in the "
     "United States.",
     "shortages of Wegovy | persist in | United States"},
    // "ordered tanks from A and howitzers from B": the howitzers are from B only.
    {"AGappedObjectKeepsItsOwnSource",
     "Poland has also ordered Abrams tanks from General Dynamics and howitzers from Hanwha "
     "Aerospace.",
     "Poland | order howitzer from | Hanwha Aerospace"},
    {"AGappedObjectTakesNoOtherSource",
     "Poland has also ordered Abrams tanks from General Dynamics and howitzers from Hanwha "
     "Aerospace.",
     "Poland | order howitzer from | General Dynamics", true},
    // "its" is a possessive and the base verb after it and its adjectives a noun.
    {"ItsFirstEverStrikeIsAStrike",
     "The largest union at Samsung Electronics called its first ever strike on Monday.",
     "largest union at Samsung Electronics | call | its first ever strike"},
    {"ItsIsNoObject",
     "The largest union at Samsung Electronics called its first ever strike on Monday.",
     "largest union at Samsung Electronics | call | Samsung Electronics", true},
    // A capitalised noun after a capitalised adjective inside the sentence is a name's word.
    {"ACapitalisedNounAfterADemonymIsAName", "France took control of British Steel on Saturday.",
     "France | take control of | British Steel"},
    // A person's name of two words, made a vocative, keeps the verb its apposition took.
    {"ATwoWordNameBeforeItsAppositionIsTheSubject",
     "Rachel Ruggeri, the chief financial officer, will serve as interim chief executive.",
     "Rachel Ruggeri | serve as | interim chief executive"},
    // A name met again is a person once a mention says so ("Narasimhan will step down"), and
    // an ownerless title is then the story's company's, not that person's.
    {"ANameThatStepsDownIsAPerson",
     "Starbucks appointed Brian Niccol, the chief executive of Chipotle Mexican Grill, as its new "
     "chairman and chief executive on Tuesday, replacing Laxman Narasimhan after just 17 months. "
     "Narasimhan will step down immediately. Rachel Ruggeri, the chief financial officer, will "
     "serve as interim chief executive until Niccol joins in September.",
     "Rachel Ruggeri | be Chief Financial Officer of | Starbucks"},
    // "as its new chairman" after an apposition is no apposition of a role: the company stays
    // a company.
    {"APrepositionOpensNoApposition",
     "Starbucks appointed Brian Niccol, the chief executive of Chipotle Mexican Grill, as its new "
     "chairman and chief executive on Tuesday.",
     "Brian Niccol | be CEO of | Chipotle Mexican Grill"},
    // "the bank" with no bank named as one is the company the story is about.
    {"TheBankIsTheStorysCompany",
     "JPMorgan Chase agreed to pay about $350 million to settle claims by two U.S. regulators. The "
     "Federal Reserve and the Office of the Comptroller of the Currency said the bank had not "
     "monitored billions of trades for several years.",
     "NOT JPMorgan Chase | monitor | billions of trades"},
    {"TheBanksChiefExecutiveIsItsCEO",
     "JPMorgan Chase agreed to pay about $350 million to settle claims by two U.S. regulators. "
     "JPMorgan said it had fixed the problem. In 2022 it paid $200 million for letting employees "
     "use messaging apps such as WhatsApp. Jamie Dimon, the bank's chief executive, has said the "
     "company takes its obligations seriously.",
     "Jamie Dimon | be CEO of | JPMorgan Chase"},
    // "may have broken" is a verb with its subject and object, not an adjective of "rules".
    {"AParticipleWithAuxiliariesIsAVerb",
     "The European Commission opened a formal investigation into Microsoft on Thursday, saying the "
     "company may have broken competition rules by tying its Teams video app to its Office "
     "software.",
     "Microsoft | tie | its Teams video app"},
    {"TheSayerTiesNothing",
     "The European Commission opened a formal investigation into Microsoft on Thursday, saying the "
     "company may have broken competition rules by tying its Teams video app to its Office "
     "software.",
     "European Commission | tie | its Teams video app", true},
    // "by Slack, which is now owned by Salesforce": the company is owned, not the complaint.
    {"AnOwnershipClauseIsTheNamesBefore",
     "The investigation follows a complaint filed in 2020 by Slack, which is now owned by "
     "Salesforce.",
     "Salesforce | own | Slack"},
    // A one-word "Office" is no government office.
    {"OfficeAloneIsNoRegulator",
     "The European Commission opened a formal investigation into Microsoft on Thursday, saying the "
     "company may have broken competition rules by tying its Teams video app to its Office "
     "software. Microsoft offered last month to stop bundling Teams with Office in Europe, but "
     "the offer failed to satisfy the regulator.",
     "offer | fail to satisfy | European Commission"},
    // "has since agreed": "since" is an adverb, "agreed" the verb.
    {"HasSinceAgreed",
     "Volkswagen has since agreed to invest up to $5.8 billion in a joint venture with Rivian, "
     "the American electric vehicle maker.",
     "Volkswagen | agree to invest in venture with | Rivian"},
    // "the unit" is the company described as a subsidiary.
    {"TheUnitIsTheSubsidiary",
     "Cariad, Volkswagen's software subsidiary, will cut about 1,600 jobs. The unit has struggled "
     "to develop software for the group's brands.",
     "Cariad | struggle to develop | software"},
    // "to own" is the verb after an infinitive's "to".
    {"ToOwnIsAVerb", "Volkswagen is expected to own half of the venture.",
     "Volkswagen | be expected to own | half of the venture"},
    // A title's word before a word that names a body opens the body's name.
    {"PremierOpensALeaguesName",
     "The Premier League fined Everton for breaking its spending rules.",
     "Premier League | fine | Everton"},
    // "Prime" before anything but another title's word opens a name.
    {"PrimeOpensAName", "Amazon will stream the matches on Prime Video.",
     "Amazon | stream match on | Prime Video"},
    // What a "which" clause says leads something is the name before its comma.
    {"LedClauseOnTheNameBefore",
     "He owns a large stake in Zenith Mining, which is led by Maria Costa.",
     "Maria Costa | lead | Zenith Mining"},
    // A clause about no thing gives "promise that" and "decide that" nothing to be about.
    {"APromiseOfNoThing", "Mayor Anne Hidalgo promised that no neighbourhood would be forgotten.",
     "Anne Hidalgo | promise that | no neighbourhood", true},
    {"ADecisionThatItWasTooEarly",
     "The Zenith board decided last week that it was too early to sell the unit.",
     "Zenith | decide that | too early", true},
    // A brand on a common noun is not what "the company" stands for.
    {"TheCompanyIsNotTheBrand",
     "Honda is recalling 500,000 cars because of a faulty fuel pump. The recall covers Acura "
     "sedans built in 2020. The company, which also makes motorcycles, said no one had been hurt.",
     "Honda | make | motorcycles"},
    // Nor an exchange things trade on.
    {"TheCompanyIsNotTheExchange",
     "Glencore cut its output forecast on Monday. Zinc prices rose on the London Metal Exchange "
     "as traders weighed the risk of shortages. Analysts have criticised the company for selling "
     "its mines.",
     "analysts | criticise | Glencore"},
    // "the union" is an association named for the workers it gathers; "the league" one named
    // for its sport; "the authority" a body named as one.
    {"TheUnionIsTheWorkersAssociation",
     "The Allied Nurses Association rejected the pay offer on Friday. Officials will meet the "
     "union next week.",
     "officials | meet | Allied Nurses Association"},
    {"TheLeagueIsTheSportsAssociation",
     "The National Basketball Association signed a deal with Netflix. Critics accused the league "
     "of chasing money.",
     "critics | accuse | National Basketball Association"},
    {"TheAuthorityIsTheNamedAuthority",
     "The Suez Canal Authority raised its fees. Importers sued the authority in March.",
     "importers | sue | Suez Canal Authority"},
    // A measure before a noun's compounds is no part of a relation: "10-year".
    {"AMeasureLeavesTheRelation",
     "Comcast agreed to 10-year media rights deals with the Premier League.",
     "Comcast | agree to media rights deal with | Premier League"},
    // "worth" after a name is an adjective; its amount cut off, it leaves the phrase.
    {"WorthAfterANameIsAnAdjective",
     "Sony signed deals with Disney and Netflix worth $3 billion, the company announced on "
     "Monday.",
     "Sony | sign | deals with Disney and Netflix"},
    // A capitalised common word that ends a known name's capitals is the name's.
    {"AClosingWordEndsAKnownName",
     "Vodafone Idea, which is struggling with heavy debts, spent about 35 billion rupees.",
     "Vodafone Idea | spend | about 35 billion rupees"},
    {"UnitedAfterAPlaceIsAClubsName", "Apollo bought a stake in Leeds United on Monday.",
     "Apollo | buy stake in | Leeds United"},
    // A family named for its name is an actor of its own.
    {"AFamilyIsAnActor", "The Walton family, which controls Walmart, sold shares worth $1 billion.",
     "Walton family | control | Walmart"},
    // A word for a kind of thing right after a product's name stands for the product.
    {"AProductsKindNamesTheProduct",
     "Boeing's Starliner capsule docked with the space station on Thursday.",
     "Boeing | make | Starliner"},
    {"AnAppAfterAPossessiveIsANoun", "Microsoft bundled its Copilot app with Windows.",
     "Microsoft | bundle | Copilot"},
    // A "which" clause hung on a verb has no antecedent to say things of.
    {"AClauseIsNoAntecedent",
     "Chief executive Pat Gelsinger said the company had not yet benefited from the boom in "
     "spending on artificial intelligence, which has mostly gone to Nvidia.",
     "yet benefited | go to | Nvidia", true},
    // A family name read as a plural is the person named in the last sentences.
    {"AFamilyNameReadAsAPlural",
     "Anna Wilders won the vote on Sunday. Wilders agreed to lead the party.",
     "Anna Wilders | agree to lead | party"},
    // A currency after a number is the currency: "won".
    {"WonAfterANumberIsACurrency",
     "The company earned 10.4 trillion won in the three months to June.",
     "company | earn | 10.4 trillion won"},
    // A noun after "for" before an infinitive is the infinitive's subject.
    {"ForNvidiaToCertify", "Samsung is still waiting for Nvidia to certify its latest chips.",
     "Nvidia | certify | its latest chips"},
    // "they" in what the subject of a plural name says is that name's.
    {"TheyAfterAPluralName",
     "The Huthis, who are backed by Iran, have attacked dozens of ships since November, saying "
     "they are acting in support of Gaza.",
     "Huthis | act in support of | Gaza Strip"},
    // "those of X" stands in for the argument's noun: the link is the argument's own.
    {"ThoseOfAnActor", "Its phones compete with those of Apple and Xiaomi.",
     "its phones | compete with | Apple"},
    // A noun the parse hung on the span of time after it is the verb's object.
    {"AnObjectBeforeHoursLater", "A state judge in Texas issued a similar ruling hours later.",
     "state judge in Texas | issue | similar ruling"},
    // "The ORG TITLE, NAME," says what the person is.
    {"TheOrgsTitleThenTheName", "The FTC chair, Lina Khan, praised the ruling.",
     "Lina Khan | be Chair of | Federal Trade Commission"},
    // "the ruling" before another determiner is a noun, the object.
    {"TheRulingIsANoun",
     "The EU trade commissioner, Maros Sefcovic, called the ruling a victory for European "
     "farmers.",
     "Maros Sefcovic | call | ruling"},
    // "it" is seldom a place where something happens in its own sentence.
    {"ItIsNotThePlaceOfTheAct",
     "The EU and Mercosur concluded a trade agreement on Friday. Ursula von der Leyen announced "
     "the deal in Montevideo. Farmers staged protests in Madrid and Paris against it.",
     "farmers | stage protest against | France", true},
    // A noun's object is its complement: the acquired company.
    {"AnAcquisitionsObject",
     "President Joe Biden blocked Nippon Steel's $14.9 billion acquisition of United States Steel "
     "on Friday, citing risks to national security.",
     "Nippon Steel | acquire | United States Steel"},
    // Two names joined by "and" are two subjects.
    {"TwoJoinedNames", "Nippon Steel and U.S. Steel said they would take legal action.",
     "United States Steel | take | legal action"},
    // A capitalised common word opening a sentence on a plural subject is no name.
    {"ACommonWordOnAPluralSubject", "Hospital managers met the union on Monday.",
     "Hospital | meet | union", true},
    // An adjective opening the sentence that is no common modifier is its name's.
    {"AnOpeningAdjectiveOfAName", "Red Bull owns the German club Leipzig.",
     "Red Bull | own | Leipzig"},
    {"AFormerIsNoName", "Former Nvidia engineers founded the startup in 2021.",
     "former Nvidia engineers | found | startup"},
    // A list's first member standing for "they" is still no antecedent of "the company".
    {"AListsPronounIsNoSingularAntecedent",
     "Toyota Motor suspended shipments of three models on Monday. Honda and Mazda also said they "
     "had found problems with their testing. Akio Toyoda, the company's chairman, bowed in "
     "apology.",
     "Akio Toyoda | be chairman of | Toyota"},
    // A country in the description picks a member of a list.
    {"ACountryPicksAListsMember",
     "Nippon Steel and U.S. Steel said they would take legal action. The Japanese company had "
     "promised to invest billions of dollars in the mills.",
     "Nippon Steel | promise to invest | billions of dollars"},
    // "it" in an adverbial clause of a thing's clause is the thing.
    {"ItInAThingsAdverbialClause",
     "The US Space Force said it was tracking debris in orbit. The satellite was launched in 2016 "
     "and had suffered problems with its thrusters soon after it reached orbit.",
     "US Space Force | reach | orbit", true},
    {"ItInARelativeClausesReason",
     "Constellation Energy plans to restart a reactor to supply power to Microsoft's data centres. "
     "Under a 20-year agreement, Microsoft will buy all the electricity from the unit, which was "
     "shut in 2019 because it could not compete with cheaper natural gas.",
     "NOT Microsoft | compete with | cheaper natural gas", true},
    // A participle's agent is not the subject of the verb after it.
    {"AParticiplesAgentIsNoSubject",
     "A satellite built by Boeing broke apart in orbit on Saturday.", "Boeing | break in | orbit",
     true},
    {"AParticiplesAgentBuilds", "A satellite built by Boeing broke apart in orbit on Saturday.",
     "Boeing | build | satellite"},
    // A company's first word opening a sentence, written nowhere in lower case, is the company.
    {"ACompanysFirstWordNeverInLowerCase",
     "Constellation Energy plans to restart a reactor in Pennsylvania. The restart requires "
     "approval from the Nuclear Regulatory Commission. Microsoft will buy the power. Analysts "
     "praised the plan. Constellation expects the unit to return to service in 2028 and said it "
     "would spend about $1.6 billion on the project.",
     "Constellation Energy | spend | about $1.6 billion"},
    // A capitalised adjective of no place's state on a city names a club.
    {"AnAdjectiveOnACityNamesAClub",
     "Real Madrid announced on Monday that it had signed Kylian Mbappe.",
     "Real Madrid | sign | Kylian Mbappe"},
    {"AnAdjectiveOnACityInsideASentence", "Kylian Mbappe joined Real Madrid in June.",
     "Kylian Mbappe | join | Real Madrid"},
    {"APlacesStateIsThePlace", "Communist China opposed the plan.", "China | oppose | plan"},
    // An acronym the text did not define spells an organisation's initials.
    {"AnUndefinedAcronymsInitials",
     "Mbappe left Paris Saint-Germain in June. Nasser Al-Khelaifi, the president of PSG, had tried "
     "to keep him.",
     "Nasser Al-Khelaifi | be President of | Paris Saint-Germain"},
    // A field before a plural title in lower case is no name.
    {"AFieldBeforeAPluralTitleIsNoName",
     "Agriculture ministers from the Group of Seven criticised the decision.",
     "Agriculture | criticise | decision", true},
    // A place one noun below the argument's says where that noun is.
    {"APlaceOfANounBelowTheArgument",
     "To win its approval, Microsoft agreed to sell the cloud streaming rights for Activision's "
     "games outside Europe to Ubisoft Entertainment.",
     "Microsoft | agree to sell right for game outside | Europe", true},
    {"APlaceOfASiteBelowTheArgument",
     "Intel continues work on its $20 billion New Albany facility in Licking County.",
     "Intel | continue work on facility in | Licking County"},
    // An object that came with a preposition keeps it in the relation to an extra phrase.
    {"AnObjectsPrepositionStays",
     "Akio Toyoda, the chairman of Toyota, bowed in apology at a news conference in Tokyo.",
     "Akio Toyoda | bow in apology at news conference in | Tokyo"},
    // A name on a word for a region is a place.
    {"ANameOnARegionWordIsAPlace",
     "The transport ministry raided the carmaker's headquarters in Aichi prefecture on Tuesday.",
     "transport ministry | raid prefecture of | Aichi", true},
    // An object that sets the scene links no actor inside it.
    {"ASceneSettingObjectLinksNoActor",
     "Exports from the Black Sea region fell following Russia's invasion of Ukraine.",
     "exports from the Black Sea region | fall follow invasion of | Ukraine", true},
    // A noun hung with no preposition links no actor.
    {"ANounWithNoPrepositionLinksNoActor",
     "The purchase makes Microsoft the world's third-largest gaming company by revenue, behind "
     "Tencent and Sony.",
     "purchase | make gaming company behind | Tencent", true},
    // A second noun with no preposition is the first one's head.
    {"ACompoundTakenForASecondModifier",
     "Novartis is recalling two batches of its blood pressure drug in Germany after tests found "
     "traces of an impurity, the Swiss drugmaker said on Thursday.",
     "Novartis | recall batch of blood pressure drug in | Germany"},
    // A phrase with a preposition of its own is no conjunct of another.
    {"APhraseWithItsOwnPrepositionIsNoConjunct",
     "The former mayor received between 58% and 60% of the vote, far ahead of her main rival, "
     "Xochitl Galvez.",
     "former mayor | receive between | Xochitl Galvez", true},
    // The main verb after a subject's relative clause has that subject.
    {"AMainVerbAfterTheSubjectsRelativeClause",
     "The International Longshoremen's Association, which represents about 45,000 workers, agreed "
     "to extend its contract until January while talks continue.",
     "International Longshoremen's Association | agree to extend | its contract"},
    // A country's name before an institution's word is the institution's.
    {"ACountrysNameOpensAnInstitutions",
     "The employers, represented by the United States Maritime Alliance, offered a 62% raise over "
     "six years.",
     "United States Maritime Alliance | represent | employers"},
    // A conjunct's noun the parse hung on the verb is the conjunct.
    {"AConjunctsNounIsTheConjunct",
     "Intelsat said it was working with Boeing and government agencies to understand what had "
     "caused the anomaly.",
     "Intelsat | work with | government agencies"},
    // A name after a comma names the definite noun before it.
    {"ANameAfterACommaNamesTheNounBefore",
     "Claudia Sheinbaum won the election. Sheinbaum, a climate scientist by training, is a protégé "
     "of the outgoing president, Andres Manuel Lopez Obrador.",
     "Claudia Sheinbaum | be protégé of | Andres Manuel Lopez Obrador"},
    // An honorific between an office and the name is no part of the office.
    {"AnHonorificIsNoPartOfTheOffice",
     "Saudi energy minister Prince Abdulaziz bin Salman told reporters that the kingdom would "
     "extend its cut.",
     "Abdulaziz bin Salman | be Energy Minister of | Saudi Arabia"},
    // A people's name before an officer's name makes the country salient for "the kingdom".
    {"ADemonymOfAnOfficerIsSalient",
     "Saudi Arabia and Russia led the group on Sunday. The group met in Vienna. Saudi energy "
     "minister Prince Abdulaziz bin Salman told reporters that the kingdom would also extend its "
     "own voluntary cut.",
     "Saudi Arabia | extend | its own voluntary cut"},
    // An irregular past after the opening name's apposition is the main verb.
    {"AnIrregularPastAfterAnApposition",
     "Silicon Valley Bank collapsed on Friday. Greg Becker, its chief executive, sold shares worth "
     "$3.6 million two weeks before the collapse.",
     "Greg Becker | sell | shares"},
    // A company's first word with a possessive opening a sentence is the company.
    {"ACompanysFirstWordWithAPossessive",
     "JetBlue agreed to buy Spirit Airlines. Spirit's shares fell 47% after the decision.",
     "Spirit Airlines | fall | 47%"},
    // A plural's lone apostrophe before a noun phrase is its possessive.
    {"APluralsApostropheIsItsPossessive",
     "A federal judge blocked JetBlue Airways' $3.8 billion purchase of Spirit Airlines on "
     "Tuesday.",
     "JetBlue Airways | purchase | Spirit Airlines"},
    {"APluralsPossessorIsNotTheObject",
     "A federal judge blocked JetBlue Airways' $3.8 billion purchase of Spirit Airlines on "
     "Tuesday.",
     "federal judge | block | JetBlue Airways", true},
    // An object "it" of a verb of making is a thing made, no organisation.
    {"ItMadeIsNoOrganisation",
     "The drug was approved by the FDA in 2000. Danco Laboratories, which makes it, welcomed the "
     "decision.",
     "Danco Laboratories | make | Food and Drug Administration", true},
    // A commander before a name makes a person.
    {"ACommanderIsAPerson",
     "Storm Daniel dumped heavy rain on the region, which is controlled by the commander Khalifa "
     "Haftar. Haftar declared three days of mourning.",
     "Khalifa Haftar | declare | three days"},
    // A predicate noun says what its subject is and names no one else.
    {"APredicateNounNamesNoOneElse",
     "Silicon Valley Bank collapsed on Friday. The bank, which served technology startups, was the "
     "largest lender to fail since 2008.",
     "Silicon Valley Bank | serve | technology startups"},
    // "NAME, its TITLE," says the person's office at the organisation "its" stands for.
    {"ItsTitleInAnApposition",
     "Silicon Valley Bank collapsed on Friday. Greg Becker, its chief executive, sold shares worth "
     "$3.6 million.",
     "Greg Becker | be CEO of | Silicon Valley Bank"},
    // A person's role over the owner's thing is a role at the owner.
    {"ARoleOverAnOwnersThingIsARoleAtTheOwner",
     "French police arrested Pavel Durov, the founder of the Telegram messaging app, on Saturday.",
     "Pavel Durov | be founder of | Telegram"},
    // An object "it" of a participle stands for the clause's object.
    {"ItOfAParticipleIsTheClausesObject",
     "Houthi fighters attacked an oil tanker in the Red Sea on Wednesday, setting it on fire.",
     "Houthis | set | oil tanker in the Red Sea"},
    // "that" after a verb of saying and a phrase of time opens what was said.
    {"ThatAfterAVerbOfSayingAndAYearOpensAClause",
     "The case began after Spotify complained in 2019 that Apple favoured its own music service.",
     "Apple | favour | its own music service"},
    // A subject with a participle and its agent, then a second participle: the second is the verb.
    {"ASecondParticipleAfterAnAgentIsTheVerb",
     "A wildfire fanned by hurricane winds swept through the town of Lahaina on Tuesday, officials "
     "said.",
     "wildfire | sweep through | Lahaina"},
    // "about" before "a" and a share is "roughly".
    {"AboutBeforeAShareIsRoughly",
     "The National Samsung Electronics Union represents about a fifth of the firm's staff in South "
     "Korea.",
     "National Samsung Electronics Union | represent | fifth of firm's staff"},
    // A participle of naming names its noun and says no act.
    {"AParticipleOfNamingSaysNoAct",
     "Ciaran Martin said a Russian criminal group called Qilin was believed to be behind the "
     "attack.",
     "Russian criminal group | call | Qilin", true},
    // "NAME, who became ORG's TITLE," says the office too.
    {"ATitleInARelativeClauseOfBecoming",
     "Kelly Ortberg, who became Boeing's chief executive in August, said he was glad the strike "
     "was over.",
     "Kelly Ortberg | be CEO of | Boeing"},
    // A coach is a title: "NAME, the ORG coach," says the office.
    {"ACoachIsATitle",
     "Bayern Munich signed Harry Kane. Thomas Tuchel, the Bayern coach, said Kane would make the "
     "team stronger.",
     "Thomas Tuchel | be Coach of | Bayern Munich"},
    // What a verb of accusing says its object did is the object's deed (told, not asserted),
    // and a family name alone is the person of the gazetteer's alias.
    {"AnAccusationsGerundIsTheObjectsDeed",
     "Prime Minister Pedro Sanchez won a vote. The People's Party accused Sanchez of trading "
     "justice for power.",
     "Pedro Sánchez | trade | justice"},
    {"AnAccusationsObjectIsThePerson",
     "Prime Minister Pedro Sanchez won a vote. The People's Party accused Sanchez of trading "
     "justice for power.",
     "People's Party | accuse | Pedro Sánchez"},
    // A past tense after an apposition opened by "another" heads the sentence.
    {"APastTenseAfterAnotherApposition",
     "Rite Aid, another competitor, filed for bankruptcy protection in October.",
     "Rite Aid | file for | bankruptcy protection"},
    // A said clause's denied predicate is not what the saying is about.
    {"ADeniedPredicateIsNoTopic",
     "George Kurtz apologised for the disruption. He stressed that the incident was not a "
     "cyberattack.",
     "George Kurtz | stress that | cyberattack", true},
    // A title whose office's field took the name into its phrase is the person named.
    {"ATitleWithItsFieldIsThePersonNamed",
     "Secretary of State Antony Blinken called his Philippine counterpart on Monday.",
     "Antony Blinken | call | his Philippine counterpart"},
    // A gerund right after the object is the object's clause, not the subject's act.
    {"AGerundAfterTheObjectIsTheObjects",
     "Indonesia has banned sales of Apple's iPhone 16 because the company has not met rules "
     "requiring that phones sold in the country contain a share of locally made parts.",
     "Apple | require that | share of locally made parts", true},
    // An adjective after a dummy "it" is no object.
    {"AnAdjectiveAfterADummyItIsNoObject",
     "The lawsuit says Apple makes it difficult for users to switch to other phones.",
     "Apple | make | difficult", true},
    // Companies of a sentence are no list of places named before.
    {"CompaniesAreNoListOfPlaces",
     "Similar laws in Arkansas and Ohio have also been halted by courts. Paxton accused the "
     "technology companies of putting profits ahead of the safety of children.",
     "Paxton | accuse | Arkansas", true},
    // A supply chain is no shop chain, nor the company of the story.
    {"ASupplyChainIsNoCompany",
     "Airbus raised its forecast. Chief executive Guillaume Faury told analysts that the supply "
     "chain remained fragile.",
     "Airbus | remain | fragile", true},
    // Soldiers, rescuers and their teams act.
    {"RescueTeamsAct", "Rescue teams evacuated more than 200 people on Sunday.",
     "rescue teams | evacuate | more than 200 people"},
    // A closing report after a participle clause gives the opening subject back to its verb.
    {"TheOpeningSubjectOfAReportedClause",
     "Russian forces, meanwhile, launched missiles at the city of Kharkiv, damaging a power "
     "station, the mayor, Ihor Terekhov, said.",
     "Russian forces | launch missile at | Kharkiv"},
    // An opening "it" after a body named by a common noun is not the company before it.
    {"AnItAfterAnUnnamedUnionIsNoCompany",
     "Workers at Hyundai Motor voted to strike. The union, which represents about 43,000 "
     "workers, said most members had backed the walkout. It is demanding a pay rise.",
     "Hyundai Motor | demand | pay rise", true},
    // A passive's "by" phrase read off the words is who acted.
    {"APassiveReadOffTheWordsIsTheAgents",
     "Boeing is struggling. The U.S. company was ordered by the Federal Aviation Administration "
     "to cap production of its 737 Max after a door panel blew off a flight in January.",
     "Federal Aviation Administration | order | Boeing"},
    {"APassiveReadOffTheWordsIsNoActOfThePatient",
     "Boeing is struggling. The U.S. company was ordered by the Federal Aviation Administration "
     "to cap production of its 737 Max after a door panel blew off a flight in January.",
     "Boeing | order by | Federal Aviation Administration", true},
    // An opening "its" after a body named by a common noun heads no company.
    {"AnItsAfterAnUnnamedCouncilIsNoCompanys",
     "Volkswagen plans to close plants. The works council, which represents employees, vowed to "
     "resist the closures. Its head, Daniela Cavallo, accused the board of failing to plan.",
     "Daniela Cavallo | be Head of | Volkswagen", true},
    // A foundation's name goes on past "and" after "the".
    {"AFoundationsNameGoesOnPastAnd",
     "OpenAI added three women to its board, including the former head of the Bill and Melinda "
     "Gates Foundation, Sue Desmond-Hellmann.",
     "Sue Desmond-Hellmann | be former Head of | Bill and Melinda Gates Foundation"},
    // An unknown acronym in apposition is the name the description stands for.
    {"AnAcronymInAppositionIsTheName",
     "The state railway operator, SNCF, said few trains ran. The Paris metro operator, RATP, "
     "warned passengers to avoid travelling.",
     "RATP | warn | passengers"},
    // Counted actors asked to act do it themselves.
    {"CountedActorsAskedToActDoIt",
     "Honda reported irregularities after the ministry asked 85 companies to check their "
     "procedures.",
     "85 companies | check | their procedures"},
    // A plan's infinitive is the plan's, not its opponents' act.
    {"APlansInfinitiveIsNoActOfItsOpponents",
     "Rail workers walked off the job on Tuesday, as unions protested against plans to raise the "
     "retirement age.",
     "unions | protest to raise | retirement age", true},
    // A direction before a preposition is part of the relation.
    {"ADirectionBeforeAPrepositionIsPartOfTheRelation",
     "Firefighters battled a large wildfire north of Kharkiv on Monday.",
     "firefighters | battle wildfire north of | Kharkiv"},
    // An "it" urged to act is an actor, not the thing the first verb acted on.
    {"AnItUrgedToActIsNoThing",
     "The International Monetary Fund, which has a loan programme with Argentina, praised the "
     "government's progress but urged it to protect the poor.",
     "International Monetary Fund | urge | the government's progress", true},
    // A participle in a list of acts is an act, not its object's adjective.
    {"AParticipleInAListOfActsIsAnAct",
     "Milei has slashed subsidies, closed ministries and devalued the peso.",
     "Javier Milei | close | ministries"},
    // A bare noun and an -s word after a verb with no object are its object.
    {"ABareNounAndAnSWordAreTheObject",
     "Argentina cut spending. Luis Caputo said the government would lift currency controls once "
     "inflation fell.",
     "Argentina | lift | currency controls"},
    // An apposition after the last of a list of places does not describe that place.
    {"AnAppositionAfterAListIsNoneOfItsLast",
     "The department gave Intel a grant to build plants in Arizona, Ohio and Oregon, the largest "
     "award under the CHIPS Act.",
     "Oregon | be award under | CHIPS and Science Act", true},
    // A common word opening the sentence on a singular subject noun names nothing.
    {"ACommonWordOnASingularSubject", "State television showed people in the capital.",
     "State | show | people", true},
    // "The company" in a clause on a person is the company named for the person's family.
    {"TheCompanyOfAPersonIsTheOneNamedForTheFamily",
     "Chevron completed its acquisition of Hess on Friday. Hess shares will stop trading. John "
     "Hess, who ran the company founded by his father, will join Chevron's board.",
     "John Hess | run | Hess"},
    // "new" before an officer's title says no title.
    {"ANewOfficersTitleIsTheTitle",
     "Boeing's new chief executive, Kelly Ortberg, has announced plans to cut jobs.",
     "Kelly Ortberg | be CEO of | Boeing"},
    // Actors of another kind are another group: "search teams" are not the rescue teams before;
    // farmers in another country are not the French farmers before.
    {"SearchTeamsAreNotTheRescueTeamsBefore",
     "King Mohammed VI ordered the army to send rescue teams. Spain and Qatar sent search teams "
     "to help.",
     "Qatar | send | search teams"},
    {"FarmersOfAnotherCountryAreAnotherGroup",
     "French farmers blocked highways around Paris on Monday. Farmers in Belgium and Germany "
     "have staged similar protests.",
     "French farmers | stage | similar protests", true},
    // A monarch's number is part of the name.
    {"AMonarchsNumberIsPartOfTheName", "King Mohammed VI declared three days of national mourning.",
     "Mohammed VI | declare | three days of national mourning"},
    // A list of three names opening the sentence is its subject.
    {"AnOpeningListOfThreeNamesActs",
     "Spain, Britain and Qatar sent search teams to help, while France offered aid.",
     "Spain | send | search teams"},
    // The company a sum is invested in is the one an apposition after it describes.
    {"TheCompanyASumGoesToIsTheOneDescribed",
     "Amazon will invest up to $4 billion in Anthropic, the artificial intelligence startup "
     "founded by former OpenAI researchers, the companies said on Monday.",
     "former OpenAI researchers | found | Anthropic"},
    // "help" takes a bare infinitive, and the relation says none of "to".
    {"HelpTakesABareInfinitive", "Egypt and the United States helped broker the agreement.",
     "Egypt | help broker | agreement"},
    // An infinitive joined to a promised one is promised too.
    {"AJoinedInfinitiveIsPromisedToo",
     "Jose Antonio Kast, who promised to cut crime and expel undocumented migrants, won 58% of "
     "the vote.",
     "Jose Antonio Kast | promise to expel | undocumented migrants"},
    // "The company" in what analysts at a firm say is not their own firm.
    {"TheCompanyIsNotTheSpeakersFirm",
     "Toyota Motor said it would recall 400,000 trucks. Analysts at Nomura said the recall would "
     "cost the company about $1 billion.",
     "recall | cost | Toyota"},
    // A time's phrase and a clause joined after it are two: the later subject acts.
    {"AClauseAfterATimesPhraseHasItsOwnSubject",
     "Tanzanian police arrested opposition leader Tundu Lissu after a rally in the southern town "
     "of Mbinga, and prosecutors later charged him with treason.",
     "prosecutors | charge | Tundu Lissu"},
    // "him" is the person the sentences before were about, not a later bystander.
    {"HimIsThePersonTheStoryIsAbout",
     "Opposition leader Tundu Lissu, who survived an attack in 2017, had called for electoral "
     "reforms. His party said "
     "the charges were meant to silence critics of President Samia Suluhu Hassan. Amnesty "
     "International urged the authorities to release him.",
     "authorities | release | Tundu Lissu"},
    // A relative clause on "a Marxist" after a name is about the one named.
    {"ARelativeClauseOnADescriptionIsAboutTheName",
     "President Anura Kumara Dissanayake dissolved parliament. Dissanayake, a Marxist who leads "
     "the National People's Power alliance, holds three seats.",
     "Anura Kumara Dissanayake | lead | National People's Power alliance"},
    // The opening noun with a participle acts, not the participle's object.
    {"AParticiplesObjectIsNoSubject",
     "Unions representing teachers had asked the government to change the school calendar.",
     "teachers | ask | government", true},
    // A trader of goods is a company; bribes paid to secure oil do not secure it.
    {"ACommoditiesTraderIsTheCompany",
     "A British court ordered Glencore to pay 281 million pounds after the commodities trader "
     "admitted paying bribes to secure oil in Nigeria.",
     "Glencore | secure oil in | Nigeria"},
    // A place's name before a word for its kind is the place.
    {"APlacesNameBeforeItsKindIsThePlace",
     "Floods hit the town. A volcano erupted on the Reykjanes peninsula on Monday.",
     "volcano | erupt on | Reykjanes"},
    // An object made into something by the subject's act may be the subject itself.
    {"AnObjectWithAPredicateMayBeTheSubject",
     "BYD sold more electric cars than Tesla in the last three months of the year, making the "
     "Chinese company the world's biggest seller of battery-powered vehicles.",
     "BYD | make | Tesla", true},
    // A company said to be new is none named before.
    {"ANewCompanyIsNoneNamedBefore",
     "Unilever plans to separate its ice cream division. The new ice cream company will be "
     "listed in Amsterdam.",
     "Unilever | be listed in | Netherlands", true},
    // "it" in a clause of time on a verb with a thing for its object is that thing.
    {"ItInAClauseOfTimeIsTheThingActedOn",
     "Google said the rules hurt users. Judge Robert Pitman agreed to halt the law before it "
     "took effect on September 1.",
     "Google | take | effect", true},
    // "help" takes a bare infinitive after its object too.
    {"HelpTakesABareInfinitiveAfterItsObject",
     "Analysts said price cuts helped BYD win buyers in China.", "BYD | win | buyers"},
    // The verb after a "whose" clause is the name's, not the clause's.
    {"TheVerbAfterAWhoseClauseIsTheNames",
     "Delta Air Lines sued CrowdStrike. Microsoft, whose Windows computers crashed because of "
     "the update, has also criticised Delta.",
     "Microsoft | criticise | Delta Air Lines"},
    // A clause of time on a place says when, of no object.
    {"AWhenClauseOnAPlaceHasNoObject",
     "Mayor Karen Bass, who had been in Ghana when the fires began, returned to the city on "
     "Wednesday.",
     "fires | begin | Ghana", true},
    // A clause after ", which" is about the noun right before the comma.
    {"AWhichClauseIsAboutTheNounBeforeIt",
     "Police in Mozambique killed at least 30 people during protests against the results of the "
     "October election, which the ruling Frelimo party won, a rights group said.",
     "Frelimo | win | 30 people", true},
    // "the government" is the country the story is about, not one in a noun's phrase.
    {"TheGovernmentIsTheStorysCountry",
     "Germany's economy shrank by 0.2% last year, as weak demand from China hurt manufacturers. "
     "Economy Minister Robert Habeck said the government would cut taxes for companies.",
     "Germany | cut | taxes"},
    // The subjects of the sentences before do not make "its" theirs.
    {"ItsIsNotTheStorysActorByItsSubjects",
     "Delta Air Lines sued CrowdStrike. The airline said the outage cost it $500 million. "
     "CrowdStrike said Delta had refused its offers of help.",
     "CrowdStrike | offer | help"},
    // An infinitive after a "whose" clause's closing comma is not the clause's.
    {"AnInfinitiveAfterAWhoseClauseIsNotItsSubjects",
     "Judge Robert Pitman granted a request by NetChoice, a trade group whose members include "
     "Meta and Google, to halt the law.",
     "NetChoice’s members | halt | law", true},
    // A particle before the object is part of the relation.
    {"AParticleBeforeTheObjectIsTheRelations",
     "Sony and Honda have pushed back the launch of their first electric car to 2027.",
     "Sony | push back | launch of their first electric car"},
    // The company's own product is not "the company".
    {"ACompanysProductIsNotTheCompany",
     "A judge ordered Google to let rival app stores operate inside its Play Store, after a jury "
     "found that the company had illegally monopolised the distribution of Android apps.",
     "Google | monopolise | distribution of Android apps"},
    // A known body after another country's possessive is that country's, in later mentions too.
    {"PerusCongressIsNotTheUnitedStatesCongress",
     "Peru's Congress voted on Friday to remove President Dina Boluarte from office. Protesters "
     "had gathered outside Congress.",
     "Congress of Peru | vote to remove | Dina Boluarte"},
    {"PerusCongressLaterIsPerusToo",
     "Peru's Congress voted on Friday to remove President Dina Boluarte from office. Protesters "
     "had gathered outside Congress.",
     "protesters | gather outside | United States Congress", true},
    // A possessive in a verb's "as" phrase is not the one the verb named: "her" gives Jose Jeri
    // no gender, and "he" is the speaker.
    {"APossessiveInAnAsPhraseIsNotTheNamed",
     "Peru's Congress swore in the head of Congress, Jose Jeri, as her replacement. Dina "
     "Boluarte took power after her predecessor Pedro Castillo was arrested. Jeri said he would "
     "lead the country until April.",
     "Jose Jeri | lead | Peru"},
    // "managing" before a director's title describes the title, which the name holds.
    {"AManagingDirectorIsATitle",
     "Police arrested the developer, Okonkwo Properties, on Monday. Its managing director, Chidi "
     "Okonkwo, has not commented.",
     "Chidi Okonkwo | be Managing Director of | Okonkwo Properties"},
    {"AManagingDirectorManagesNoOne",
     "Police arrested the developer, Okonkwo Properties, on Monday. Its managing director, Chidi "
     "Okonkwo, has not commented.",
     "Okonkwo Properties | manage | director", true},
    // A name between commas after a title's "of" phrase holds the title.
    {"ANameAfterATitlesOfPhraseHoldsIt",
     "The chief minister of Uttar Pradesh, Yogi Adityanath, ordered an investigation.",
     "Yogi Adityanath | order | investigation"},
    // A prize is no group a co-chair holds office in; the group it was awarded to is.
    {"APrizeIsNoGroup",
     "The Nobel Peace Prize was awarded on Friday to Nihon Hidankyo, a Japanese group of "
     "survivors. Toshiyuki Mimaki, a co-chair of the group, said he could not believe the news.",
     "Toshiyuki Mimaki | be co-chair of | Nihon Hidankyo"},
    // A name between commas after "the" and a noun is what the noun names, once.
    {"ANameAfterItsDescriptionIsTheObject",
     "Police arrested the developer, Okonkwo Properties, on Monday.",
     "police | arrest | Okonkwo Properties"},
    {"ANameAfterItsDescriptionIsNoSecondObject",
     "Police arrested the developer, Okonkwo Properties, on Monday.", "police | arrest | developer",
     true},
    // A plural noun describing two joined names.
    {"APluralNounBeforeTwoNamesDescribesBoth",
     "The Australian government has sued the supermarket chains Coles and Woolworths, accusing "
     "them of misleading shoppers with fake discounts.",
     "Australia | sue | Coles"},
    // The name in the apposition of the subject is the subject, and the person "he" is.
    {"ANameInTheSubjectsAppositionIsTheSubject",
     "The chief executive of Sterling & Co resigned after he failed to disclose his friendship "
     "with a client. The client, the property developer Victor Crane, was charged last year "
     "with fraud. He denies the charges.",
     "Victor Crane | deny | charges"},
    // An age is no relation.
    {"AnAgeIsNoRelation", "Daniel Reyes, 41, faces up to 20 years in prison.",
     "Daniel Reyes | be | 41", true},
    // A three-word verb keeps its particle.
    {"AParticleBeforeAPrepositionIsTheVerbs",
     "Rigathi Gachagua, who fell out with President William Ruto this year, denied the charges.",
     "Rigathi Gachagua | fall out with | William Ruto"},
    // A body's name with "and" inside is one name.
    {"ABodysNameWithAndIsOne",
     "The Australian Competition and Consumer Commission said the two companies had raised "
     "prices on hundreds of products. Its chair, Gina Cass-Gottlieb, said customers had been "
     "deceived.",
     "Gina Cass-Gottlieb | be Chair of | Australian Competition and Consumer Commission"},
    // A buyer and a bought company each named after a description.
    {"NamesAfterDescriptionsBuyAndAreBought",
     "The Swiss drugmaker Novartis will buy the American biotechnology company MorphoSys for 2.7 "
     "billion euros, gaining access to an experimental treatment for a rare blood cancer.",
     "Novartis | buy | MorphoSys"},
    // Names in apposition to a plural noun are the ones it counts.
    {"NamesInAPluralsAppositionAreItsMembers",
     "The board appointed two interim co-chief executives, David Zinsner and Michelle Johnston "
     "Holthaus, while it searches for a permanent replacement.",
     "board | appoint | Michelle Johnston Holthaus"},
    // The verb after a relative clause on the opening name is the name's.
    {"TheVerbAfterARelativeClauseIsTheNames",
     "Delta Air Lines, which cancelled thousands of flights over the following days, later sued "
     "CrowdStrike for damages.",
     "Delta Air Lines | sue | CrowdStrike"},
    // Gunmen and a coast guard act, though no name says who they are.
    {"GunmenAct", "Gunmen killed ten people in the market on Sunday.",
     "gunmen | kill | ten people in the market"},
    {"ACoastGuardActs",
     "The Philippine coast guard accused Chinese vessels of firing water cannon at a government "
     "ship.",
     "Philippine coast guard | accuse | Chinese vessels"},
    // A list's first name is a subject too.
    {"AListsFirstNameIsASubject",
     "The United States, Brazil and Colombia called on the council to release the data.",
     "United States | call on | council"},
    // The appointee replaces; whom the appointee replaces is a person, the same one later.
    {"TheAppointeeReplaces",
     "Starbucks named Brian Niccol, the head of Chipotle Mexican Grill, as its new chief "
     "executive on Tuesday, replacing Laxman Narasimhan after just seventeen months.",
     "Brian Niccol | replace | Laxman Narasimhan"},
    {"TheAppointeeIsNamed",
     "Starbucks named Brian Niccol, the head of Chipotle Mexican Grill, as its new chief "
     "executive on Tuesday, replacing Laxman Narasimhan after just seventeen months.",
     "Starbucks | name | Brian Niccol"},
    {"WhomAnAppointeeReplacesIsAPerson",
     "Starbucks named Brian Niccol as its new chief executive on Tuesday, replacing Laxman "
     "Narasimhan. Narasimhan will remain as an adviser until October.",
     "Laxman Narasimhan | remain as | adviser until October"},
    // A description with a word of the company's trade names the company it named before.
    {"TheAirlineIsTheAirlineNamedBefore",
     "Ryanair cut its fares for the summer, the airline's boss said on Monday. Michael O'Leary "
     "also blamed Boeing for delays in deliveries of new aircraft, which he said had forced the "
     "airline to cut its growth targets.",
     "Ryanair | cut | its growth targets"},
    // Who opened fire killed; the lawmakers passed a bill.
    {"WhoOpenedFireKilled",
     "Protesters in Nairobi stormed Kenya's parliament on Tuesday after lawmakers passed a bill "
     "raising taxes, and police opened fire on the crowd, killing at least five people.",
     "police | kill | at least five people"},
    // The title of a described company, then the name: the name holds the title and is the
    // subject.
    {"TheTitleOfADescribedCompanyIsTheNames",
     "The chief executive of the health insurer UnitedHealthcare, Brian Thompson, was shot dead "
     "outside a hotel in Manhattan on Wednesday, police said.",
     "Brian Thompson | be CEO of | UnitedHealthcare"},
    // A relative clause on a named person's apposition is the person's, whatever country the
    // apposition's adjective names.
    {"ARelativeClauseOnAnAppositionWithADemonymIsTheNamed",
     "A Chinese court sentenced an Australian writer, Yang Hengjun, on Monday. Yang, a former "
     "Chinese diplomat who became an Australian citizen, was detained in 2019 when he flew to "
     "Guangzhou.",
     "Yang Hengjun | become | Australian citizen"},
    // Two subjects joined by "and", the second named after its description; "own" the verb.
    {"JoinedSubjectsOwnTogether",
     "Nippon Steel and the South Korean steelmaker Posco own minority stakes in the business and "
     "will remain shareholders.",
     "Posco | own | minority stakes"},
    // The name after "after" is the subject of the verb right after it.
    {"TheNameAfterAfterIsTheVerbsSubject",
     "Heavy fighting broke out in the Sudanese city of El Fasher after the paramilitary Rapid "
     "Support Forces attacked the army's last stronghold in Darfur.",
     "Rapid Support Forces | attack | army's last stronghold"},
    // What happened minutes after an event is stated, not said by the event.
    {"WhatHappenedMinutesAfterIsStated",
     "Taylor Swift endorsed Kamala Harris for president on Tuesday in a post to her followers on "
     "Instagram, minutes after the presidential debate ended.",
     "minutes after the presidential debate | end | Kamala Harris", true},
    // A name with "My" in it is one person, the one sentenced; the country has no one.
    {"ANameWithMyIsOnePerson",
     "Vietnam's richest woman, the property developer Truong My Lan, was sentenced to death by a "
     "court in Ho Chi Minh City for embezzling billions of dollars from a bank she secretly "
     "controlled.",
     "court in Ho Chi Minh City | sentence | Truong My Lan"},
    {"ACountrysRichestWomanIsNoPossession",
     "Vietnam's richest woman, the property developer Truong My Lan, was sentenced to death by a "
     "court in Ho Chi Minh City.",
     "Vietnam | have | Truong My Lan", true},
    {"AnIcWordInsideANameKeepsTheName",
     "Tokyo Electric Power Company used a robotic arm to pick up a small piece of debris from "
     "inside the reactor.",
     "Tokyo Electric Power Company | use | robotic arm"},
    // An object counted out by "no" denies the act.
    {"NoObjectDeniesTheAct", "Harrods Lane has no connection to the Knightsbridge store Harrods.",
     "NOT Harrods Lane | have | connection"},
    {"NoObjectIsNoPositiveAct", "Police found no evidence of a crime.",
     "police | find | no evidence of a crime", true},
    // The name after the noun of a participle's agent leads; the opening phrase is no subject.
    {"TheNameAfterAnAgentsNounLeads",
     "A consortium led by the investment firm BlackRock agreed to buy two ports on the Panama "
     "Canal from the Hong Kong conglomerate CK Hutchison.",
     "BlackRock | lead | consortium"},
    {"AnOpeningPhraseIsNoSubject",
     "Since the start of the war, the World Bank has mobilised more than 50 billion dollars for "
     "Ukraine.",
     "World Bank | mobilise for | Ukraine"},
    // A model's number goes with the model's name and its maker's: a product.
    {"AModelsNumberNamesTheProduct",
     "Ethiopian Airlines ordered 20 Boeing 737 Max jets on Tuesday.",
     "Ethiopian Airlines | order | Boeing 737 Max"},
    // An owner joined inside a relative clause owns; it does not run the trains.
    {"AnOwnerJoinedInsideARelativeClauseRunsNothing",
     "The British government will nationalise the train operator South Western Railway next "
     "year. The operator, which is owned by FirstGroup and the Hong Kong company MTR, runs trains "
     "between London and the south-west of England.",
     "MTR | run | trains between London", true},
    // What killed people after "after" is no subject of the sentence's verb.
    {"AfterAPhraseTheVerbIsNotTheMainSubjects",
     "Rescue teams in Morocco searched through the rubble of collapsed villages on Sunday after "
     "the strongest earthquake to hit the country in more than a century killed over 2,000 "
     "people.",
     "rescue teams in Morocco | kill | over 2,000 people", true},
    // A company whose market value is the subject is what the story is about.
    {"ACompanyWhoseValueRoseIsTheTopic",
     "Nvidia's market value rose above 3 trillion dollars on Wednesday, making it the second most "
     "valuable company in the world after Microsoft and ahead of Apple. The chipmaker's shares "
     "have more than tripled in the past year. Its chief executive, Jensen Huang, said demand "
     "was extraordinary.",
     "Jensen Huang | be CEO of | Nvidia"},
    {"MoreThanTripledHasNoObject",
     "Nvidia's market value rose above 3 trillion dollars on Wednesday. The chipmaker's shares "
     "have more than tripled in the past year.",
     "Nvidia | have | more", true},
    // Both names after a plural description in an "of" phrase are linked.
    {"BothNamesAfterADescriptionAreLinked",
     "The Federal Trade Commission sued to block the merger of the supermarket chains Kroger and "
     "Albertsons.",
     "Federal Trade Commission | sue to block merger of | Albertsons"},
    // A past form after "but" is the subject's second act.
    {"APastFormAfterButIsASecondAct",
     "The European Union has raised tariffs on Chinese electric cars but welcomed Chinese "
     "investment in factories in Europe.",
     "European Union | welcome | Chinese investment in factories in Europe"},
    // A conjunct "by" phrase is no place of the "in" phrase before it.
    {"AByPhraseJoinedAfterAnInPhraseIsNoPlace",
     "The investment follows similar announcements by Hyundai in Georgia and by Honda in Ohio.",
     "investment | follow announcement in | Honda", true},
    // A known company after "the" and the word for its trade is named.
    {"AKnownCompanyAfterItsTradeIsNamed",
     "The chipmaker Intel will receive grants from the government.",
     "Intel | receive | grants from the government"},
    // An amount after "up to" is the object.
    {"AnAmountAfterUpToIsTheObject",
     "The chipmaker Intel will receive up to $8.5 billion in grants under the CHIPS Act, the "
     "Commerce Department said on Wednesday.",
     "Intel | receive | $8.5 billion"},
    // "its" in the reason for a fine is the fined company's.
    {"ItsInTheReasonForAFineIsTheFinedCompanys",
     "The European Commission fined Google 2.4 billion euros on Tuesday for favouring its own "
     "shopping service in search results.",
     "Google | favour | European Commission\u2019s own shopping service", true},
    // "the sensors" after "a faulty sensor" is no list of car models.
    {"ThingsNamedBeforeAreNoListOfAnotherKind",
     "Toyota recalled 1.1 million vehicles because a faulty sensor could stop airbags from "
     "deploying. The recall covers Camry, Corolla and Highlander models. Dealers will inspect "
     "the sensors and replace them free of charge, the Japanese carmaker said.",
     "dealers | replace | Camry", true},
    // "part of it" after the object of the main verb is part of that object.
    {"PartOfItIsPartOfTheObject",
     "Protesters stormed the parliament building in Nairobi on Tuesday, setting part of it on "
     "fire.",
     "protesters | set part of | Kenya", true},
    // A member of a set that is no actor links no actor below it.
    {"AMemberThatIsNoActorLinksNone",
     "Last year Spotify paid more than $1 billion for podcast rights, including a deal with Joe "
     "Rogan.",
     "Spotify | pay include deal with | Joe Rogan", true},
    // A title's possessive before a name is the title's.
    {"ATitlesPossessiveBeforeANameIsTheTitles",
     "Spotify will cut about 1,500 jobs, roughly 17% of its workforce, its chief executive "
     "Daniel Ek told staff on Monday.",
     "Daniel Ek | tell staff | Spotify", true},
    // A plural before a noun and a verb joined by "and" is the sentence's verb.
    {"APluralBeforeANounAndAJoinedVerbActs",
     "The decree scraps rent controls and allows the sale of state companies such as the "
     "airline Aerolineas Argentinas.",
     "decree | allow sale of | Aerolineas Argentinas"},
    // A code of capitals and digits that a participle of naming gives is a name.
    {"ACodeNamedByAParticipleIsAName",
     "The vaccine, called R21, was tested on 450 children over a year.",
     "R21 | be tested on | 450 children"},
    // A verb of appointing with the title as its complement gives the office.
    {"AnAppointeesTitleWithNoAsIsTheOffice", "BP named Murray Auchincloss chief executive.",
     "Murray Auchincloss | be CEO of | BP"},
    {"AnAppointeesPossessedTitleIsTheOffice", "Citigroup named Jane Fraser its chief executive.",
     "Jane Fraser | be CEO of | Citigroup"},
    // A member of a participle's object of actors is no member of the argument.
    {"AMemberOfAParticiplesObjectIsNotTheArguments",
     "Two weeks later Gershkovich was freed in a prisoner exchange involving several "
     "countries, including Germany and Belarus.",
     "Gershkovich | be freed in | Germany", true},
    {"AMemberOfAParticiplesNounIsTheArguments",
     "The ban hurt firms selling chips, including Nvidia.", "ban | hurt | Nvidia"},
    // A predicate after the subject's apposition and its relative clause.
    {"APredicateAfterTheSubjectsRelativeClause",
     "BP named Murray Auchincloss as its permanent chief executive. Auchincloss, a Canadian "
     "who joined BP in 2010, had been acting chief executive since September.",
     "Murray Auchincloss | join | BP"},
    // A service of a trade is the company named before.
    {"AServiceOfATradeIsTheCompany",
     "Netflix added 8.8 million subscribers. The streaming service now has more than 260 "
     "million paying members worldwide.",
     "Netflix | have | more than 260 million paying members"},
    // An example of a set is no antecedent of "the company".
    {"AnExampleOfASetIsNoAntecedent",
     "Elon Musk completed his $44 billion takeover of Twitter. Advertisers including General "
     "Motors paused their spending on the site. The company later laid off about half of its "
     "7,500 employees.",
     "Twitter | lay off | about half of its 7,500 employees"},
    // A measure joined by a hyphen to its adjective stays in the noun's phrase.
    {"AMeasureJoinedByAHyphenStaysInThePhrase",
     "Apple was ordered to pay 13 billion euros, ending a decade-long legal battle.",
     "Apple | end | decade-long legal battle"},
    // A name before an adjective of the gift is the receiver, not the gift's owner.
    {"ANameBeforeTheGiftsAdjectiveIsTheReceiver",
     "The court said Ireland had granted Apple illegal state aid.",
     "Ireland | grant aid of | Apple", true},
    // A name with a numeral, read as an interjection, acts.
    {"ANameWithANumeralActs",
     "Heinrich XIII, a descendant of a noble family, was named as the group's leader.",
     "Heinrich XIII | be named as | group's leader"},
    // A closing report makes both joined acts reported.
    {"AClosingReportCoversBothActs",
     "Volkswagen will close at least three factories in Germany and cut tens of thousands of "
     "jobs, the head of its works council told employees on Monday.",
     "cut tens of thousands of jobs | tell | employees", true},
    // What a verb says its object is names no actor of the verb's.
    {"APredicatesActorsAreNotTheVerbs",
     "More than 200 people died, making it the deadliest hurricane on the U.S. mainland since "
     "Katrina in 2005.",
     "more than 200 people | make hurricane on mainland since | Katrina", true},
    {"ACommonNounAfterASuperlativeIsNoName",
     "More than 200 people died, making it the deadliest hurricane on the U.S. mainland since "
     "Katrina in 2005.",
     "more than 200 people | make Hurricane mainland since | Katrina", true},
    // A model's code with a hyphen is one name.
    {"AHyphenatedModelCodeIsOneName", "Lockheed Martin sold F-35 jets to Poland.",
     "Lockheed Martin | sell jet of | F", true},
    // A denial that a named other did something denies no thing of the other's act.
    {"ADenialOfAnothersActDeniesNoThing", "The Kremlin denied that Putin owned the vessel.",
     "Russia | deny that | vessel", true},
    {"ADenialOfItsOwnThingsIsAboutThem", "Nvidia denied that its chips had backdoors.",
     "Nvidia | deny that | backdoors"},
    // A name with a "who" clause after its comma is a person, who takes over from another.
    {"ATakeOverFromKeepsItsParticle",
     "Gorman, who joined Disney's board last year, will take over from Mark Parker in January.",
     "Gorman | take over from | Mark Parker"},
    // The subject of a clause joined to one with its own subject is not that subject.
    {"AJoinedClausesDescriptionIsNotTheFirstSubject",
     "BHP offered to buy Anglo American for $39 billion, but the London-listed miner rejected "
     "the proposal.",
     "Anglo American | reject | proposal"},
    // An irregular past after the subject's relative clause acts.
    {"AnIrregularPastAfterARelativeClauseActs",
     "Jho Low, who is accused of masterminding the scheme, fled to China.",
     "Jho Low | flee to | China"},
    // The noun phrase after "after" is the subject of the past tense after it.
    {"ASubordinatorsNounIsItsClausesSubject",
     "Boeing halted deliveries of its 737 Max jets after inspectors found loose bolts in a door "
     "plug.",
     "inspectors | find | loose bolts"},
    {"TheMainSubjectDoesNotFindWhatTheClausesSubjectFound",
     "Boeing halted deliveries of its 737 Max jets after inspectors found loose bolts in a door "
     "plug.",
     "Boeing | find | loose bolts", true},
    // Dealers are actors.
    {"DealersAreActors", "Toyota said dealers would inspect the sensors.",
     "dealers | inspect | sensors"},
    // Where a verb sends its object goes with the verb, not with a phrase inside the object.
    {"ADestinationInsideTheObjectIsTheVerbs",
     "Microsoft sold the cloud streaming rights for Activision games to Ubisoft.",
     "Microsoft | sell right to | Ubisoft"},
    {"ADestinationInsideAnAmountsPhraseIsTheVerbs",
     "Pham Nhat Vuong pledged to put $1 billion of his own money into VinFast, the electric car "
     "maker he founded.",
     "Pham Nhat Vuong | pledge to put into | VinFast"},
    // A preposition on a modifier belongs to its noun's phrase, which is no second object.
    {"APrepositionOnAModifierMakesNoSecondObject",
     "Economy minister Luis Caputo announced cuts to energy and transport subsidies.",
     "Luis Caputo | announce | to energy and transport subsidies", true},
    // The infinitive after a possessed bid is the possessor's act.
    {"APossessedBidsInfinitiveIsThePossessors",
     "Turkey condemned the protest and delayed its approval of Sweden's bid to join NATO.",
     "Sweden | join | North Atlantic Treaty Organization"},
    // A description read as an adjective before a verb read as a plural acts.
    {"ADescriptionBeforeAVerbReadAsAPluralActs",
     "Spotify cut jobs. The Swedish firm employs about 9,000 people.",
     "Spotify | employ | about 9,000 people"},
    // A past tense written as its base form after a subordinator's noun phrase acts.
    {"ASameFormPastAfterASubordinatorActs",
     "Police used water cannon after protesters set fires near the European Parliament.",
     "protesters | set fire near | European Parliament"},
    // Of two "to" phrases after a donated object, the second is where it goes.
    {"TheSecondToPhraseIsTheDestination",
     "Pfizer donated the rights to a cancer drug to a research institute.",
     "Pfizer | donate | rights to a cancer drug"},
    // Farmers drive into the city, not into the union it stands for.
    {"FarmersDriveIntoTheCity", "Thousands of farmers drove tractors into Brussels.",
     "thousands of farmers | drive tractor into | Brussels"},
    // A company replaces the executive the title names, not a word of the title.
    {"ACompanyReplacesItsTitledExecutive",
     "Nestle replaced its chief executive Mark Schneider with Laurent Freixe, a company veteran "
     "who had run its Latin American business.",
     "Nestlé | replace | Mark Schneider"},
    // The opening phrase before an apposition sells, not the apposition's noun.
    {"TheOpeningPhraseBeforeAnAppositionActs",
     "Norway's sovereign wealth fund, the largest in the world, sold its stake in Caterpillar.",
     "Norway's sovereign wealth fund | sell stake in | Caterpillar"},
    {"AParticipleAfterAnOpeningNounActs",
     "South Korea's president Yoon Suk Yeol declared martial law. Parliament later impeached "
     "Yoon.",
     "parliament | impeach | Yoon Suk Yeol"},
    // A plea names its charge with the adjective in the relation.
    {"APleaNamesItsCharge", "Changpeng Zhao pleaded guilty to money laundering.",
     "Changpeng Zhao | plead guilty to | money laundering"},
    // A count in the plural stands for its "of" noun in a relation.
    {"ACountStandsForItsNoun", "Wildfires destroyed thousands of homes in Los Angeles.",
     "wildfires | destroy home in | Los Angeles"},
    {"ACountInsideTheObjectStandsForItsNoun",
     "The attack forced thousands of dealerships across North America to close.",
     "attack | force dealership across | North America"},
    // A clause that says what a business does is the company's.
    {"ABusinessClauseIsTheCompanys",
     "A cyberattack on CDK Global, which makes software for car dealers, forced dealerships to "
     "close.",
     "CDK Global | make | software"},
    // A sum before a compound noun is the noun's.
    {"ASumBeforeACompoundIsTheNouns",
     "A judge struck down Elon Musk's $56 billion pay package at Tesla.",
     "judge | strike down pay package at | Tesla"},
    // The name before an apposition with a participle files, not the apposition's participle.
    {"TheNameBeforeAnAppositionWithAParticipleActs",
     "Shein, the fast-fashion retailer founded in China, filed for a stock market listing in "
     "London.",
     "Shein | be founded in | China"},
    // A hyphenated place's name with particles is one name.
    {"AHyphenatedPlaceWithParticlesIsOneName", "Gangs took control of most of Port-au-Prince.",
     "gangs | take control of most of | Haiti"},
    // "as" before a participle that does not end the clause is a preposition.
    {"AsBeforeANounAndItsParticipleIsAPreposition",
     "Novartis spun off its generics unit, Sandoz, as a separate company listed in Zurich.",
     "separate company | list in | Zurich", true},
    // A place set aside by "rather than", "not" or "instead of" is not where the act is.
    {"APlaceSetAsideIsNoPlaceOfTheAct", "Volvo will build its cars in Belgium, not China.",
     "Volvo | build car in | China", true},
    {"AChoiceSetAsideIsNotChosen", "Volvo chose Belgium rather than China.",
     "Volvo | choose | China", true},
    {"WhatStandsInsteadIsNoArgument", "Volvo will build its cars in Belgium instead of China.",
     "Volvo | build car instead of | China", true},
    {"WhatStandsInsteadInsideAPhraseIsNoArgument",
     "The firm bought chips from Samsung instead of Nvidia.", "firm | buy instead of | Nvidia",
     true},
    // A claim that an actor did something is about the act, not about its thing.
    {"AClaimThatAnActorDidSomethingIsNoClaimOnItsThing",
     "Pfizer sued Moderna, claiming the rival drugmaker had copied its vaccine technology.",
     "Pfizer | claim | its vaccine technology", true},
    {"AClaimThatAThingDoesSomethingStaysAboutTheThing",
     "Beijing claimed the H20 chips pose security risks.", "China | claim | security risks"},
    // What a verb of accusing says its object did is the object's act.
    {"WhatTheAccusedDidIsItsAct", "The United Nations accused Rwanda of backing the M23 group.",
     "Rwanda | back | M23"},
    // Where a thing is thrown or a sum paid goes.
    {"WhatAThrownThingIsAimedAt",
     "Police in Nairobi fired tear gas at protesters who marched on parliament.",
     "police in Nairobi | fire | tear gas"},
    {"WhereASumPaidInFinesGoes", "The firm paid $5 million in fines to the SEC.",
     "firm | pay to | Securities and Exchange Commission"},
    // A "that" clause after a name in a deal's phrase is the deal's.
    {"ARestrictiveRelativeAfterANameIsNotTheNames",
     "Chile's government signed a deal with lithium producer SQM that gives the state control "
     "of the country's lithium deposits.",
     "SQM | give | state control of the country's lithium deposits", true},
    // "as" before a noun phrase and its past tense opens a clause.
    {"AsBeforeACompetitionThatWeighedOpensAClause",
     "Novo Nordisk cut its sales forecast as competition from Eli Lilly weighed on demand.",
     "Novo Nordisk | cut forecast as competition from | Eli Lilly", true},
    // Two products joined by "and" are two.
    {"ABodysWordAfterAndIsAProductOfItsOwn",
     "Microsoft uses the technology in its products, including Bing and Office.",
     "Microsoft | use | Office"},
    // What a suit alleges is about the party sued, and "it" in its adverbial clause is that
    // party too.
    {"WhatASuitAllegesIsAboutThePartySued",
     "Arm Holdings sued Qualcomm in Delaware, alleging that the chipmaker breached a licensing "
     "agreement when it bought Nuvia.",
     "Qualcomm | breach | licensing agreement"},
    {"ItInWhatASuitAllegesIsThePartySued",
     "Arm Holdings sued Qualcomm in Delaware, alleging that the chipmaker breached a licensing "
     "agreement when it bought Nuvia.",
     "Qualcomm | buy | Nuvia"},
    // A "that" clause after a place's name in a noun's phrase is the noun's.
    {"ARestrictiveRelativeAfterAPlaceIsTheNounsBefore",
     "Walmart will close its stores in Chicago that have lost money for years, the retailer "
     "said on Tuesday.",
     "Chicago | lose | money", true},
    // The noun before a gerund after "despite" is its subject, not the act's phrase.
    {"TheNounBeforeAGerundAfterDespiteActs",
     "Its shares have fallen this year despite the government selling more of its stake.",
     "government | sell | its stake"},
    {"ANameBeforeAGerundAfterDespiteIsNoObject",
     "Nvidia sold more chips despite Washington tightening export rules.",
     "Nvidia | sell more chip despite | United States", true},
    // What a party fined in the passive did, as the fine's reason.
    {"WhatAPartyFinedInThePassiveDid",
     "Meta was fined 1.2 billion euros by Ireland's Data Protection Commission for transferring "
     "user data to the United States.",
     "Meta | transfer data to | United States"},
    // A clause "days after" opens has its own subject.
    {"AClauseDaysAfterHasItsOwnSubject",
     "Iran seized an oil tanker in the Gulf of Oman, days after the United States confiscated "
     "Iranian crude from the same ship.",
     "United States | confiscate | Iranian crude"},
    // The verb before a subordinate clause is the sentence's, not a modifier of its subject.
    {"APastBeforeASubordinateClauseIsTheSentences",
     "Swiss regulators forced UBS to hold more capital after the bank took over Credit Suisse in "
     "2023.",
     "Switzerland | take over | Credit Suisse", true},
    // A capital an army takes, or that someone flees to, is the city.
    {"ACapitalAnArmyTakesIsTheCity", "Rebels captured Damascus on Sunday.",
     "rebels | capture | Damascus"},
    {"ACapitalSomeoneFleesToIsTheCity", "Bashar al-Assad fled to Moscow.",
     "Bashar al-Assad | flee to | Moscow"},
    // What one pleads guilty to doing is one's act, and "guilty" no thing pleaded.
    {"WhatOnePleadsGuiltyToDoingIsOnesAct", "Binance pleaded guilty to violating sanctions.",
     "Binance | violate | sanctions"},
    {"GuiltyIsNoThingPleaded", "Binance pleaded guilty to violating sanctions.",
     "Binance | plead | guilty", true},
    // What a verb of calling says its object is stays apart from the object.
    {"WhatACallSaysItsObjectIsIsNoPartOfIt", "The Kremlin called the decision hostile.",
     "Russia | call | decision"},
    // A capital is the city where its country is named in the same sentence too.
    {"ACapitalTakenIsTheCityBesideItsCountry", "Syrian rebels captured Damascus on Sunday.",
     "Syrian rebels | capture | Damascus"},
    {"ACapitalWithABuildingIsTheCity",
     "Sudan's army retook the presidential palace in Khartoum from the Rapid Support Forces.",
     "Sudan's army | retake palace in | Khartoum"},
    // A possessor's name split by the parse is one name, and what it owns the object.
    {"AnOwnersSplitNameIsOne",
     "Netflix agreed to acquire Warner Bros. Discovery's studios and streaming business.",
     "Netflix | agree to acquire | streaming business"},
    // Workers of a company named on them strike for themselves, not for the company.
    {"WorkersNamedByTheirCompanyActForThemselves",
     "Boeing machinists ended a strike that lasted seven weeks.",
     "Boeing machinists | end | strike"},
    // A region's people's name names the region, not the country in its last word.
    {"ARegionsPeoplesNameIsTheRegions",
     "Several Latin American governments refused to recognise the result.",
     "Latin America | refuse to recognise | result"},
    // By how much an amount fell is no span of time.
    {"ByAQuarterIsNoTime", "Intel cut jobs. Its shares dropped by a quarter on Friday.",
     "Intel | drop by | quarter"},
    // A capital where shares trade or crowds act is the city.
    {"ACapitalWhereSharesFellIsTheCity", "Samsung shares fell 1.5% in Seoul.",
     "Samsung Electronics | fall in | Seoul"},
    {"ACapitalWhereParliamentWasStormedIsTheCity",
     "Protesters stormed parliament in Nairobi on Tuesday.",
     "protesters | storm parliament in | Nairobi"},
    // The reason for blame is no part of what is blamed.
    {"TheReasonForBlameIsNoPartOfWhatIsBlamed",
     "CrowdStrike blamed a faulty update for the outage.", "CrowdStrike | blame | faulty update"},
    // A clause after ", and" has its own subject, no object of the first clause.
    {"AJoinedClausesSubjectIsNoObject",
     "Maduro accused the opposition of plotting a coup, and security forces detained hundreds "
     "of protesters.",
     "opposition | plot | security forces", true},
    // A verb after the subject's apposition is the sentence's.
    {"AVerbAfterTheSubjectsAppositionIsTheSentences",
     "Bangladesh's prime minister, Sheikh Hasina, resigned and fled to India.",
     "Hasina | flee to | India"},
    // What a verb of asking asks its object to do, after the object's apposition.
    {"WhatTheObjectIsAskedAfterItsApposition",
     "Biden urged Netanyahu, the Israeli prime minister, to accept the deal.",
     "Benjamin Netanyahu | accept | deal"},
    // A participle joined to a passive is passive too; a verb without objects is not.
    {"APassivesJoinedParticipleIsPassive",
     "The canal was built by the United States and handed to Panama in 1999.",
     "canal | be handed to | Panama"},
    {"AJoinedVerbWithoutObjectsStaysActive",
     "The Panama Canal Authority was founded in 1997 and expanded into Asia.",
     "Panama Canal Authority | expand into | Asia"},
    // What one is suspected of doing, on a noun, is the noun's act.
    {"WhatANounIsSuspectedOfIsItsAct",
     "Police arrested a man suspected of planning to kill President Luiz Inácio Lula da Silva.",
     "man | plan to kill | Luiz Inácio Lula da Silva"},
    // What a thing is replaced with, after the object's apposition.
    {"WhatTheObjectIsReplacedWith",
     "Nestlé replaced its chief executive, Mark Schneider, with company veteran Laurent Freixe.",
     "Nestlé | replace with | Laurent Freixe"},
    // The time of a sum is no part of it.
    {"TheTimeOfASumIsNoPartOfIt", "Boeing lost $6 billion in the third quarter.",
     "Boeing | lose | $6 billion"},
    // Shares in a company stand for the company.
    {"SharesInACompanyAreTheCompanys",
     "Shares in Novo Nordisk plunged 20% after a trial disappointed investors.",
     "Novo Nordisk | plunge | 20%"},
    // A feeling stays the feeler's.
    {"AFeelingStaysTheFeelers", "The United States said it was deeply troubled by the vote.",
     "United States | be troubled by | vote"},
    // The subject of a clause after "after", taken for the preposition's phrase, acts in it.
    {"TheSubjectOfAnAfterClauseActs",
     "Greenpeace was ordered to pay more than $660 million to Energy Transfer after a jury in "
     "North Dakota found it liable for defamation.",
     "jury in North Dakota | find | Greenpeace"},
    // A sum before "more" is what is invested.
    {"ASumBeforeMoreIsWhatIsInvested", "Amazon will invest $4 billion more in Anthropic.",
     "Amazon | invest | $4 billion more"},
    // Where shares gained is the city.
    {"WhereSharesGainedIsTheCity", "Toyota gained 2% in Tokyo.", "Toyota | gain in | Tokyo"},
    // A name with particles is one name.
    {"ANameWithParticlesIsOne",
     "Ursula von der Leyen, the president of the European Commission, promised to cut red tape.",
     "Ursula von der Leyen | be president of | European Commission"},
    // An object "it" of a verb joined to one with a thing for its object is the thing.
    {"ItAfterAJoinedObjectIsTheThing",
     "Israel's prime minister said Tehran had made a big mistake and would pay for it.",
     "Iran | pay for | Israel", true},
    // A whose-clause on the subject's noun leaves the main verb alone.
    {"AWhoseClauseOnTheSubjectLeavesTheVerb",
     "The owner of the private hospital, whose licence had expired, was arrested by police.",
     "police | arrest | owner of the private hospital"},
    // "in which" stands for the noun before it.
    {"InWhichStandsForTheNoun", "Mitsubishi Motors, in which Nissan holds a 24% stake, may join.",
     "Nissan | hold stake in | Mitsubishi Motors"},
    // The clause after "after" with a participle in its subject is the subject's act.
    {"AnAfterClauseWithAParticipleIsItsSubjects",
     "The strike came days after thousands of pagers used by Hezbollah members exploded across "
     "Lebanon.",
     "Hezbollah members | be exploded across | Lebanon", true},
    // A vote is no one who elects.
    {"AVoteElectsNoOne", "Mexico approved a reform that will see judges elected by popular vote.",
     "popular vote | elect | judges", true},
    // Where a company's shares hit a high is the city.
    {"WhereSharesHitAHighIsTheCity",
     "TSMC raised its forecast. Its shares hit a record high in "
     "Taipei.",
     "TSMC | hit high in | Taipei"},
    // An appointee parsed as a complement replaces the predecessor.
    {"AnAppointeeReplacesThePredecessor",
     "Starbucks named Brian Niccol, the head of Chipotle, as its chief executive, replacing "
     "Laxman Narasimhan.",
     "Brian Niccol | replace | Laxman Narasimhan"},
    // A part of a set gives way to the set's noun in a relation.
    {"APartOfASetGivesWayToItsNoun",
     "The settlement resolves one of the last legacy cases inherited from Credit Suisse.",
     "settlement | resolve legacy case inherited from | Credit Suisse"},
    // Who founded a company named in a participle between commas.
    {"WhoFoundedACompanyBetweenCommas",
     "Wiz, founded in 2020 by four Israeli engineers, sells software.",
     "four Israeli engineers | found | Wiz"},
    // A participle ending an apposition whose noun the parse made a subject is passive.
    {"AnAppositionsParticipleIsPassive",
     "Shein, the fast fashion retailer founded in China, has filed for a listing in London.",
     "Shein | be founded in | China"},
    // A group that two companies would form is a new one, not one named before.
    {"AGroupToBeFormedIsNew",
     "Nissan is in talks with Honda. The two carmakers would form the world's third-largest auto "
     "group.",
     "two carmakers | form | Nissan", true},
    // A pronoun's lemma links nothing.
    {"APronounLinksNothing",
     "Mexico's Senate approved a reform that will require all judges, including those on the "
     "Supreme Court, to be elected by popular vote.",
     "reform | require that on | Supreme Court", true},
    // A past tense read as an adjective of the object after it is the clause's verb.
    {"APastTenseBeforeTheObjectIsTheVerb",
     "The FTC sued Amazon, alleging that the retailer used illegal tactics.",
     "Amazon | use | illegal tactics"},
    // A sentence's opening capital is a whole word's: "A" leaves "Amazon's" alone.
    {"AnOpeningCapitalIsAWholeWords", "A judge rejected Amazon's request.",
     "judge | reject | Amazon's request"},
    // Who a verb hurts through its takings is reached.
    {"TheOwnerOfTakingsIsReached", "The ban reduced Nvidia's sales.",
     "ban | reduce sale of | Nvidia"},
    // A storm is an actor.
    {"AStormIsAnActor", "The storm tore through the town.", "storm | tear through | town"},
    // A name's "to" phrase on what a verb moves is where it moves it.
    {"WhereAVerbMovesItsObject", "Ortberg moved his office to Seattle.",
     "Kelly Ortberg | move | his office"},
    // "according to" after a comma opens a phrase of its own.
    {"ASourceAfterACommaIsNoCompound",
     "Moscow responded by sending thousands of troops, including soldiers from North Korea, "
     "according to Ukrainian and South Korean intelligence.",
     "Russia | send soldier from | North Korea"},
    // A verb with the main verb's auxiliary after a relative clause is the main subject's.
    {"AVerbWithTheMainAuxiliaryIsTheMainSubjects",
     "Brian Niccol will not move to Seattle, where Starbucks is based, and will commute from "
     "California instead.",
     "Brian Niccol | commute from | California"},
    // A participle before a verb's object describes it.
    {"AParticipleBeforeTheObjectDescribesIt",
     "TotalEnergies signed a deal to supply liquefied natural gas to India.",
     "TotalEnergies | supply | liquefied natural gas"},
    // A demonym or a country opens a corporation's name.
    {"ADemonymOpensACorporationsName", "Shell signed a deal with Indian Oil Corporation.",
     "Shell | sign deal with | Indian Oil Corporation"},
    {"ACountryOpensACorporationsName",
     "Gazprom signed a deal with China National Petroleum Corporation.",
     "Gazprom | sign deal with | China National Petroleum Corporation"},
    // A name before a count is the receiver, not the owner.
    {"ANameBeforeACountIsTheReceiver", "The deal gives Novo three factories.",
     "deal | give factory of | Novo", true},
    // An irregular past taken for a noun is the verb.
    {"AnIrregularPastTakenForANounIsTheVerb",
     "Typhoon Yagi tore through northern Vietnam, killing at least 200 people.",
     "Typhoon Yagi | tear through | Vietnam"},
    // A verb joined to an earlier verb's object is joined to that verb.
    {"AVerbJoinedToAnObjectIsTheVerbs",
     "The state government ordered an investigation and promised compensation to the families.",
     "state government | promise | compensation"},
    // What one is charged with doing is one's own act, as the charge says.
    {"WhatOneIsChargedWithIsOnesAct",
     "Prosecutors charged Eric Adams with accepting illegal campaign contributions.",
     "Eric Adams | accept | illegal campaign contributions"},
    // A statement is issued, not stated.
    {"AStatementIsIssued", "The EU statement on Ukraine was vetoed.",
     "European Union | issue statement on | Ukraine"},
    // A bomber and a fire are actors.
    {"ABomberIsAnActor", "A suicide bomber killed at least 30 people at a railway station.",
     "suicide bomber | kill | at least 30 people"},
    // What a verb of calling says its object is takes no "for" phrase of the verb's.
    {"ACallsPredicateKeepsItsPhrase", "Ulf Kristersson called it a dark day for Sweden.",
     "Ulf Kristersson | call for | Sweden", true},
    // Capitalised words run together are a name.
    {"CapitalisedWordsRunTogetherAreAName",
     "The ride-hailing company Grab is in talks to acquire its Indonesian rival GoTo, according "
     "to two people briefed on the discussions.",
     "Grab | acquire | GoTo"},
    // A family is no group.
    {"AFamilyIsNoGroup",
     "Rebels led by Hayat Tahrir al-Sham ended decades of rule by the Assad family. The group's "
     "leader, Ahmed al-Sharaa, became president.",
     "Ahmed al-Sharaa | be Leader of | Hayat Tahrir al-Sham"},
    // What a verb says its object is, is nothing it acts on.
    {"WhatAVerbSaysItsObjectIsIsNoObject",
     "More than 200 people died, making it the deadliest hurricane on record.",
     "more than 200 people | make | deadliest hurricane", true},
    // "it" in what an unnamed actor says is that actor.
    {"ItInWhatAnUnnamedActorSaysIsTheActor",
     "Hezbollah fired rockets at Israel. The Israeli military said it had intercepted most of the "
     "rockets.",
     "Hezbollah | intercept | most of the rockets", true},
    // "it" of a clause joined to one with an unnamed actor for its subject is that actor.
    {"ItOfAJoinedClauseIsTheFirstSubject",
     "The Netherlands' highest court upheld a ruling that ordered Shell to cut its emissions, but "
     "it rejected the specific target set by the lower court.",
     "Shell | reject | specific target", true},
    // A court described otherwise is another court.
    {"ALowerCourtIsAnotherCourt",
     "The Netherlands' highest court upheld a ruling that ordered Shell to cut its emissions, but "
     "it rejected the specific target set by the lower court.",
     "lower court | set | specific target"},
    // A participle of naming names.
    {"ANamingParticipleNames",
     "Hapag-Lloyd and Maersk formed a new shipping alliance called Gemini, which began operating "
     "in February.",
     "new shipping alliance | call | Gemini", true},
    // An object after an adverbial clause's verb is that verb's.
    {"AnObjectAfterAClausesVerbIsItsOwn",
     "Protesters in Tbilisi clashed with police after the government suspended talks on joining "
     "the European Union.",
     "Republic of Georgia | suspend | talks"},
    // A daughter is a woman, and what one becomes is nobody named before.
    {"ADaughterIsAWomanAndBecomesNoOneNamed",
     "Srettha Thavisin was removed from office. Parliament elected Paetongtarn Shinawatra, the "
     "daughter of former leader Thaksin Shinawatra, as his successor. She became the youngest "
     "prime minister in the country's history.",
     "Paetongtarn Shinawatra | become | youngest prime minister"},
    // A named speaker does not call itself a conglomerate.
    {"ASpeakerIsNotTheDescriptionItSpeaksOf",
     "India's Adani Group lost $30 billion in market value. Hindenburg Research said the "
     "conglomerate had used offshore companies.",
     "Adani Group | use | offshore companies"},
    // An object relative clause's verb is the clause's, and the verb after it the main one.
    {"AnObjectRelativesVerbIsTheClauses",
     "The airline, which the Tata group bought from the government in 2022, plans to expand its "
     "international network.",
     "Tata Group | buy | airline"},
    // A plural joined to an object is another object.
    {"APluralJoinedToAnObjectIsAnotherObject",
     "Floods destroyed homes and crops across Sindh province.",
     "floods | destroy crop across | Sindh"},
    // A title before the second name of a list leaves the list whole: "they" are both.
    {"ATitleInsideAListKeepsTheList",
     "King Felipe and Prime Minister Pedro Sanchez were pelted with mud when they visited the "
     "town of Paiporta.",
     "Pedro Sánchez | visit | Paiporta"},
    // What a board urges be done says nothing of the thing in it.
    {"WhatIsUrgedIsNoThingUrged", "Metsera's board recommended that shareholders accept the offer.",
     "Metsera | recommend that | offer", true},
    // A regional government is not the country's.
    {"ARegionalGovernmentIsNotTheCountrys",
     "Floods in Spain killed 200 people. Residents said the regional government sent a warning "
     "too late.",
     "Spain | send | warning", true},
    // An adjective before an office and a name is the office's, and the name the object.
    {"AFormerOfficeAndANameAreTheObject",
     "The new board will include former Treasury Secretary Larry Summers.",
     "new board | include | Larry Summers"},
    // A relative pronoun is the object of the clause's verb when its infinitive has its own.
    {"ARelativesObjectIsTheClauseVerbs",
     "German authorities said the ship belonged to a shadow fleet that Moscow uses to evade "
     "sanctions.",
     "Russia | use | shadow fleet"},
    // A same-form past after a name, in a sentence with no verb, is the verb.
    {"ASameFormPastAfterANameIsTheVerb", "British Airways cut flights.",
     "British Airways | cut | flights"},
    // A plural subject's verb is the word that agrees with it.
    {"APluralSubjectsVerbAgreesWithIt",
     "Companies that fail to prevent young users from holding accounts face fines of up to 49.5 "
     "million Australian dollars.",
     "companies | face | fines of 49.5 million Australian dollars"},
    // A particle hung on an amount is the verb's.
    {"AParticleOnAnAmountIsTheVerbs",
     "Ukraine's air force said it had shot down 40 of the 62 drones launched by Russia.",
     "Ukraine's air force | shoot down | 40 of the 62 drones"},
    // An "-ed" word between a noun and a preposition is a participle.
    {"AnEdWordAfterANounIsAParticiple",
     "Brazilian police arrested a businessman accused of running a network that smuggled gold.",
     "Brazilian police | arrest | businessman"},
    // A base form with a particle joined to an object is a second verb.
    {"ABaseFormWithAParticleIsASecondVerb",
     "Unilever said it would cut 7,500 jobs and spin off its ice cream business.",
     "Unilever | spin off | its ice cream business"},
    // A hyphenated given name after a family name is the name's, known or not.
    {"AnUnknownHyphenatedGivenNameIsTheNames", "The firm named Kyung Kye-hyun as chief executive.",
     "firm | name | Kyung Kye-hyun"},
    // A verb's "-ing" complement is an adjective after a verb of calling, not a noun object.
    {"AnIngComplementOfCallingIsNoObject",
     "A court sentenced the writer on Monday, a ruling that Australia's government called "
     "appalling.",
     "Australia | call | appalling", true},
    // "the country" is no country named only later in its sentence.
    {"TheCountryIsNoneNamedLaterInItsSentence",
     "Heavy fighting broke out in the Sudanese city of El Fasher. The army, which controls the "
     "east of the country, accused the United Arab Emirates of arming the rebels.",
     "army | control east of | United Arab Emirates", true},
    // A noun of time is no object of the bare relative clause on it.
    {"ANounOfTimeIsNoObjectOfItsClause",
     "Parliament removed Gachagua from office, the first time a deputy president has been "
     "impeached in Kenya.",
     "deputy president | be impeached | first time", true},
    // A bare relative clause on an object is no clause the clause before it hangs on.
    {"ARelativeClauseOnAnObjectIsNoMainClause",
     "Lawmakers accused Rigathi Gachagua of stirring divisions and amassing wealth he could not "
     "explain.",
     "Rigathi Gachagua | amass | wealth"},
    // An object with a number's phrase after it is no possessor of the counted noun.
    {"AnObjectIsNoPossessorOfTheCountedNoun",
     "A court in Paris sentenced former president Nicolas Sarkozy to five years in prison on "
     "Thursday after finding him guilty of criminal conspiracy.",
     "court in Paris | sentence | Nicolas Sarkozy"},
    // A verb between "and" and a number is joined to the verb before.
    {"AVerbBeforeANumberIsJoinedToTheVerbBefore",
     "The storm killed 12 people and injured 40 others in Jamaica.",
     "storm | injure other in | Jamaica"},
    // A main verb before "after" and a clause is no participle of its subject.
    {"AMainVerbBeforeAfterIsNoParticiple",
     "The negotiations collapsed after Honda proposed making Nissan a subsidiary.",
     "Honda | propose making | Nissan"},
    // Two capitalised words joined by a hyphen are a name, and the past tense after it a verb.
    {"AHyphenatedNameBeforeAPastTense",
     "The charity Sea-Watch accused European governments of abandoning people at sea.",
     "Sea-Watch | accuse | European governments"},
    // A name after "the" and its noun in a phrase is the noun's apposition.
    {"ANameAfterItsNounInAPhrase",
     "The Dutch government took control of the chipmaker Nexperia, citing fears about its owner.",
     "Netherlands | take control of | Nexperia"},
    // An "-ed" word right after "have" is its participle.
    {"AnEdWordAfterHaveIsAParticiple", "Nissan and Honda have ended talks on a merger.",
     "Honda | end | talks"},
    // An event's "-ing" noun after "the" with no noun after it is a noun.
    {"AnEventNounAfterTheIsANoun",
     "Apple said it would appeal, calling the ruling unfair to its customers.",
     "Apple | call | ruling"},
    // An adjective said of the object relates no noun of its own phrase to the verb.
    {"AnAdjectivesNounIsNoObject", "Apple called the deal harmful to consumers.",
     "Apple | call | consumers", true},
    // Telling the press relates no one.
    {"TellingThePressRelatesNoOne", "Trump told reporters on Monday that he would visit China.",
     "Donald Trump | tell | reporters", true},
    // Time given to an object for a purpose is the object's to use.
    {"TimeGivenForAPurposeIsTheReceivers",
     "TikTok's owner, ByteDance, failed to sell the business. Trump said he would give the "
     "company 90 more days to find a buyer.",
     "ByteDance | find | buyer"},
    // A company named in what a relative clause tells of a person is not "the company".
    {"ACompanyInAPersonsRelativeClauseIsNotTheCompany",
     "Starbucks will cut 1,100 corporate jobs. Brian Niccol, who joined from Chipotle last year, "
     "said the company had become too complex to run well.",
     "Starbucks | become | complex"},
    // A title's short form before a name is the name's title, not a word of it.
    {"AShortTitleIsNoWordOfTheName", "Sen. Elizabeth Warren wrote to Tesla.",
     "Elizabeth Warren | write to | Tesla"},
    // A capital where something happens is the city, not its government.
    {"ACapitalWhereSomethingHappensIsTheCity", "Shares in Rio Tinto were little changed in London.",
     "NOT Rio Tinto | be changed in | London"},
    // (Another name of the country itself stays the country.)
    {"ACountrysOtherNameIsNoCity", "Sky News went off air in Britain on Friday.",
     "Sky News | go off air in | United Kingdom"},
    // So is a capital named as one.
    {"ACapitalNamedAsOneIsTheCity",
     "An earthquake struck central Myanmar on Friday, shaking the Thai capital, Bangkok.",
     "earthquake | shake | Bangkok"},
    // An irregular past after a number, in a sentence with no verb, is the verb.
    {"AnIrregularPastAfterANumberIsTheVerb",
     "An earthquake of magnitude 7.7 struck central Myanmar on Friday, collapsing buildings in "
     "Mandalay.",
     "earthquake of magnitude 7.7 | strike | Myanmar"},
    // "pending" before a noun phrase is a preposition, not an adjective of a second object.
    {"PendingBeforeANounIsAPreposition",
     "A Turkish court jailed Istanbul's mayor, Ekrem Imamoglu, pending trial on corruption "
     "charges.",
     "Turkish court | jail | pending trial on corruption charges", true},
    // A noun for a person is no act: "rival" is no "rive".
    {"ARivalIsNoAct",
     "Imamoglu, seen as the main rival to President Recep Tayyip Erdogan, denied the "
     "accusations.",
     "Imamoglu | rive to | Recep Tayyip Erdoğan", true},
    // A past tense after the subject's relative clause is the main verb, not a participle of
    // naming on the clause's object.
    {"APastAfterARelativeClausesObjectIsTheVerb",
     "Iran, which backs the group, called for an emergency meeting of the United Nations Security "
     "Council.",
     "Iran | call for emergency meeting of | United Nations Security Council"},
    // A possessive "its" in the main clause is the subject's, over a name in its relative
    // clause.
    {"ItsInTheMainClauseIsTheSubjects",
     "Volvo Cars dropped its target. The Swedish carmaker, which is controlled by China's Geely, "
     "now expects up to 100 percent of its sales to be electric.",
     "Volvo Cars | expect | 100 percent of Geely’s sales", true},
    // A phrase of where people come from is no apposition naming them.
    {"WhereTheyComeFromIsNoName", "The workers, mostly from India, had their passports taken.",
     "India | have | their passports", true},
    // A closing report with its speaker's title is no relative clause of the title.
    {"AClosingReportIsNoTitlesClause",
     "Meta will stop using fact-checkers and replace them with notes written by users, chief "
     "executive Mark Zuckerberg said on Tuesday.",
     "notes | be | chief executive", true},
    // A place near a capital is near the city, not the country.
    {"ACapitalAfterNearIsTheCity",
     "Gunmen attacked a concert hall near Moscow on Friday, killing more than 130 people.",
     "gunmen | attack concert hall near | Moscow"},
    // A people's name right after a word for a company opens the company's name.
    {"ADemonymAfterACompanyWordOpensItsName",
     "The British government nationalised the steelmaker British Steel.",
     "United Kingdom | nationalise | British Steel"},
    // A part of a capital is the city's.
    {"APartOfACapitalIsTheCitys", "A wildfire reached the suburbs of Athens on Monday.",
     "wildfire | reach suburb of | Athens"},
    // An object "it" after a thing an earlier verb of its sentence acted on is that thing.
    {"AnObjectItIsTheThingActedOnBefore",
     "Beijing criticised the sale, and regulators in China said they would review it.",
     "regulators in China | review | China", true},
    // A past tense joined to a noun is joined to the verb of its tense.
    {"APastJoinedToANounIsTheVerbs",
     "Samsung Electronics warned that its third-quarter profit would fall short of expectations "
     "and apologised to investors, an unusual step for the South Korean company.",
     "Samsung Electronics | apologise to | investors"},
    // A noun phrase set off at the end that sums up the act relates no one.
    {"ASummingUpPhraseRelatesNoOne",
     "Samsung Electronics warned that its third-quarter profit would fall short of expectations "
     "and apologised to investors, an unusual step for the South Korean company.",
     "its third-quarter profit | fall step for | Samsung Electronics", true},
    // A possessor inside the head's own mention is one word of the phrase, not the mention.
    {"APossessorInsideTheHeadsMentionIsItsWord",
     "The court ordered the arrest of the city's mayor, Ekrem Imamoglu.",
     "court | order | arrest of city's mayor"},
    // An infinitive of naming on a noun is an act the noun is for, not the noun's name.
    {"AnInfinitiveOfNamingNamesNoNoun",
     "The party went ahead with a vote to name Imamoglu as its candidate.",
     "party | go ahead with | Imamoglu", true},
    // Going ahead with a plan makes the plan's act the subject's aim.
    {"GoingAheadWithAPlanIsTheSubjectsAim",
     "Boeing pressed ahead with plans to buy Spirit AeroSystems.",
     "Boeing | buy | Spirit AeroSystems"},
    // A "them" made to act by a verb joined to an earlier one is that verb's plural object of
    // actors.
    {"AThemMadeToActIsTheEarlierVerbsObject",
     "The lawsuit says Amazon punishes merchants who offer lower prices elsewhere and pressures "
     "them to pay for its delivery service.",
     "Amazon | pressure | merchants"},
    // ... and the subject of the act it is made to do.
    {"AThemMadeToActDoesTheAct",
     "The lawsuit says Amazon punishes merchants who offer lower prices elsewhere and pressures "
     "them to pay for its delivery service.",
     "Amazon | pay for | its delivery service", true},
    // A name right after an agent's described noun is the agent, with "of the" after one plural
    // word inside it.
    {"ANameAfterTheAgentsNounIsTheAgent",
     "The case was brought by the environmental group Friends of the Earth Netherlands.",
     "Friends of the Earth Netherlands | bring | case"},
    // What a verb makes its object is no participant of the verb.
    {"WhatAVerbMakesItsObjectIsNoParticipant",
     "Prime Minister Srettha Thavisin was removed. Parliament approved Paetongtarn Shinawatra, "
     "making her the youngest prime minister in the country's history.",
     "parliament | make | youngest prime minister", true},
    // ... nor a mention of an earlier holder of the role.
    {"WhatAVerbMakesItsObjectIsNoEarlierHolder",
     "Prime Minister Srettha Thavisin was removed. Parliament approved Paetongtarn Shinawatra, "
     "making her the youngest prime minister in the country's history.",
     "parliament | make | Srettha Thavisin", true},
    // What a verb makes its object is the object: the act of its infinitive is the object's.
    {"WhatAVerbMakesItsObjectActsAsTheObject",
     "The Indian space agency landed a probe near the moon's south pole, making India the first "
     "country to reach the region.",
     "India | reach | region"},
    // Who replaces someone on being appointed is the appointee, also when the participle hangs on
    // the appointee's name.
    {"AReplacingParticipleOnTheAppointeeIsTheAppointees",
     "Starbucks named Chipotle boss Brian Niccol as its new chief executive, replacing Laxman "
     "Narasimhan after little more than a year.",
     "Brian Niccol | replace | Laxman Narasimhan"},
    // What a participle of making makes its object relates no one else to the subject.
    {"WhatAParticipleMakesItsObjectRelatesNoOneElse",
     "Rio Tinto agreed to buy Arcadium Lithium for $6.7 billion, making the mining giant the "
     "world's third-largest lithium producer.",
     "Rio Tinto | make mining giant | Arcadium Lithium", true},
    // A result of the act one is accused of is the accused act's, not the accuser's.
    {"AResultOfTheChargeIsTheAccusedsAct",
     "The Philippines accused China's coast guard of firing water cannon at a supply boat on "
     "Saturday, damaging the vessel and injuring several crew members.",
     "Philippines | damage | vessel", true},
    // A name set off by commas after a noun names the noun.
    {"ANameBetweenCommasAfterANounNamesIt",
     "TikTok sued the U.S. government to block a law that would force its Chinese owner, "
     "ByteDance, to sell the app or face a ban.",
     "law | force | ByteDance"},
    // A number of a set gives way to the set's noun in the path.
    {"ANumberOfASetGivesWayToItsNoun",
     "Toyota halted production at all 14 of its assembly plants in Japan on Tuesday.",
     "Toyota | halt production at assembly plant in | Japan"},
    // "followed by" in a ranking says no one follows anything.
    {"ARankingFollowsNoOne",
     "Ryanair received the largest penalty, 108 million euros, followed by Vueling and EasyJet.",
     "Vueling | follow | 108 million euros", true},
    // Workers, users and customers act for themselves, not for the company they are tied to.
    {"AFirmsWorkersAreNotTheFirm",
     "Boeing factory workers voted on Monday to accept a new labour contract.",
     "Boeing | accept | new labour contract", true},
    {"AFirmsWorkersActThemselves",
     "Boeing factory workers voted on Monday to accept a new labour contract.",
     "Boeing factory workers | accept | new labour contract"},
    {"AFirmsExecutivesSpeakForIt", "Boeing executives accepted the offer from the union.",
     "Boeing | accept | offer"},
    // A sentence's first capital is lowered in a concept's name, but not a people's name.
    {"ADemonymKeepsItsCapital", "Japanese automakers have stockpiled magnets since 2010.",
     "Japanese automakers | stockpile | magnets"},
    {"AnOrdinaryFirstWordLosesItsCapital", "Exporters must obtain licenses from the ministry.",
     "exporters | obtain | licenses from the ministry"},
    // Two names side by side are not one another.
    {"TwoNamesAreNoIdentity",
     "In an article posted Sunday on WeChat, Yuyuan Tantian, a social media account, claimed the "
     "chips pose security risks.",
     "WeChat | be | Yuyuan Tantian", true},
    {"AMemberAfterIncludingHungOnTheVerbTakesTheObjectsRelation",
     "The reports claim that Beijing is concerned that U.S. restrictions are hindering Chinese "
     "technology companies, including Huawei, from producing their own AI chips.",
     "U.S. restrictions | hinder | Huawei"},
    // "Boise, Idaho": places with a comma between them are one place in another.
    {"ACityAndItsStateAreBothWhereItIs",
     "Micron, which is based in Boise, Idaho, gets a tenth of its revenue from China.",
     "Micron Technology | be based in | Idaho"},
    // A place before a word for a site is where the site is, not its owner.
    {"APlaceBeforeASiteIsWhereItIs", "Intel continues work on its Licking County facility.",
     "Intel | continue work on facility in | Licking County"},
    // A counted group of actors is not the same as a later group with the same head noun.
    {"ACountedGroupIsItsOwn",
     "The department added 80 companies to its Entity List. The association warned that broad "
     "restrictions could hurt American companies.",
     "broad restrictions | hurt | American companies"},
    // "The commerce ministry" parsed as two subjects is one description: the ministry of the
    // country the story is about.
    {"ASubjectSplitInTwoIsOneDescription",
     "China said on Tuesday it would ban exports of gallium to the United States. The commerce "
     "ministry said the ban was effective immediately and cited national security concerns.",
     "Chinese Ministry of Commerce | cite | national security concerns"},
    // A company's board (or spokesperson) as subject stands for the company.
    {"ACompanysBoardActsForIt", "OpenAI's board fired Sam Altman on Friday.",
     "OpenAI | fire | Sam Altman"},
    // An adjective after "be" keeps its preposition in the relation to an actor nested in it.
    {"AnAdjectiveAfterBeIsPartOfTheRelation",
     "The United States is heavily dependent on imports of gallium.",
     "United States | be dependent on import of | gallium"},
    // A concept's name does not end in the preposition of a phrase cut off after it.
    {"AConceptNameEndsInNoPreposition",
     "Wang Wentao raised concerns with his Japanese counterpart Yasutoshi Nishimura.",
     "Wang Wentao | raise | concerns"},
    // "such as" is one preposition: its members take the head's place.
    {"SuchAsMembersTakeTheHeadsPlace",
     "The contract could help Samsung attract other customers such as Qualcomm and AMD.",
     "Samsung Electronics | attract | Qualcomm"},
    {"SuchAsIsNoPartOfTheRelation",
     "The contract could help Samsung attract other customers such as Qualcomm and AMD.",
     "Samsung Electronics | attract customer such | Qualcomm", true},
    // A hyphenated modifier stays whole in a concept's name, whatever the parse hung its first
    // part on ("Republican" on "led", the hyphen on "Republican").
    {"AHyphenatedModifierStaysWhole", "A federal court sided with six Republican-led states.",
     "federal court | side with | six Republican-led states"},
    {"AHyphenatedModifierStaysWholeInsideACompound",
     "Samsung will produce the carmaker's next-generation chip.",
     "Samsung Electronics | produce | the carmaker's next-generation chip"},
};

// The statements of `text` that `pick` selects: there is one at least, and none is asserted.
template <typename Pick> void expectSomeAndNoneAsserted(const std::string& text, Pick pick) {
    const ArticleResult r = extract(text, "case.txt");
    bool found = false;
    for (const graph::Statement& s : r.statements) {
        if (pick(s)) {
            found = true;
            EXPECT_FALSE(s.asserted) << s.subject << " / " << s.relation << " / " << s.object;
        }
    }
    EXPECT_TRUE(found) << text;
}

// A link read off the words to an infinitive ("the administration to end ...") is a goal
// someone states, not a fact.
TEST(ArticleExtractor, AnInfinitiveReadOffTheWordsIsNotAsserted) {
    expectSomeAndNoneAsserted("Lawmakers in Congress called on the Biden administration to end "
                              "all exports to Huawei and SMIC.",
                              [](const graph::Statement& s) {
                                  return s.subject == "Biden administration" &&
                                         s.object == "Huawei";
                              });
}

// What a clause reports is not asserted in any statement drawn from it, the links read off the
// words included ("BOE / misappropriate / Samsung" from the possessive).
TEST(ArticleExtractor, AReportedClauseIsNotAssertedInAnyOfItsStatements) {
    expectSomeAndNoneAsserted(
        "The commission ruled that BOE had misappropriated Samsung's trade secrets.\n",
        [](const graph::Statement& s) {
            return s.subject == "BOE Technology" && s.relation == "misappropriate";
        });
}

// "Calls to X weren't answered": X did not answer the outlet that called, the dateline's; the
// statement is negated, and a call that was answered says nothing of the kind.
// A subject counted out ("Neither ... nor", "No company") denies its verb.
TEST(ArticleExtractor, ACountedOutSubjectDeniesTheVerb) {
    const ArticleResult r = extract("Neither the European Union nor Britain took part in the "
                                    "agreement. Nvidia said no company had bought the chips.",
                                    "case.txt");
    std::size_t denied = 0;
    for (const graph::Statement& s : r.statements) {
        if (s.relation == "take" || s.relation == "buy") {
            EXPECT_TRUE(s.negated) << s.subject << " | " << s.relation << " | " << s.object;
            ++denied;
        }
    }
    EXPECT_EQ(denied, 3u);
}

TEST(ArticleExtractor, UnansweredCallsAreTheCalledsSilenceToTheOutlet) {
    const std::string head =
        "Title\n\n(Bloomberg) \u2014 Shares of Aluminum Corp. of China surged.\n\n";
    auto statements = [&](const std::string& last) {
        std::vector<std::string> got;
        for (const graph::Statement& s : extract(head + last, "case.txt").statements) {
            got.push_back((s.negated ? "NOT " : "") + s.subject + " | " + s.relation + " | " +
                          s.object);
        }
        return got;
    };
    const auto has = [](const std::vector<std::string>& got, const std::string& want) {
        return std::find(got.begin(), got.end(), want) != got.end();
    };
    std::vector<std::string> got =
        statements("Calls to Aluminum Corp. of China and Yunnan Chihong Zinc & Germanium "
                   "weren\u2019t answered.");
    EXPECT_TRUE(has(got, "NOT Aluminum Corp. of China | answer call from | Bloomberg"))
        << ::testing::PrintToString(got);
    EXPECT_TRUE(has(got, "NOT Yunnan Chihong Zinc & Germanium | answer call from | Bloomberg"))
        << ::testing::PrintToString(got);
    got = statements("Emails to Aluminum Corp. of China went unanswered.");
    EXPECT_TRUE(has(got, "NOT Aluminum Corp. of China | answer email from | Bloomberg"))
        << ::testing::PrintToString(got);
    got = statements("Messages to Aluminum Corp. of China were not returned.");
    EXPECT_TRUE(has(got, "NOT Aluminum Corp. of China | return message from | Bloomberg"))
        << ::testing::PrintToString(got);
    for (const char* answered : {"Calls to Aluminum Corp. of China were answered.",
                                 "Aluminum Corp. of China weren\u2019t answered."}) {
        for (const std::string& g : statements(answered)) {
            EXPECT_EQ(g.find("Bloomberg"), std::string::npos) << answered << ": " << g;
        }
    }
}

// One test for the whole table: each case needs only the models, which a test process loads
// once (a process per row would load them some forty times, minutes under ASan).
// A sentence of one pronoun at its root, after a sentence of broken words, is read without
// harm: "It" has no head for the rules that look above an object pronoun (found by fuzzing).
TEST(ArticleExtractor, APronounAtTheRootIsReadWithoutHarm) {
    const ArticleResult r = extract("Out.... taste ) better than In and use. It", "case.txt");
    EXPECT_EQ(r.sentences, 2U); // (both read, the pronoun's sentence too)
    for (const graph::Statement& s : r.statements) {
        EXPECT_FALSE(s.subject.empty());
    }
}

TEST(ArticleExtractor, SmallArticlesGiveTheirStatements) {
    for (const StatementCase& c : SMALL_CASES) {
        SCOPED_TRACE(c.name);
        const ArticleResult r = extract(c.text, "case.txt");
        std::vector<std::string> got;
        for (const graph::Statement& s : r.statements) {
            got.push_back((s.negated ? "NOT " : "") + s.subject + " | " + s.relation + " | " +
                          s.object);
        }
        // (A statement that must be absent is absent denied too.)
        const bool found = std::find(got.begin(), got.end(), c.statement) != got.end() ||
                           (c.absent && std::find(got.begin(), got.end(),
                                                  "NOT " + std::string(c.statement)) != got.end());
        EXPECT_EQ(found, !c.absent) << c.name << ": " << c.statement << "\nin:\n"
                                    << ::testing::PrintToString(got);
    }
}

} // namespace
} // namespace kg::ingest::resolve
