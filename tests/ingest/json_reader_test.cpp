#include "ingest/json_reader.h"

#include "ingest/input.h"
#include "tests/ingest/statement_dump.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace kg::ingest {
namespace {

using Layout = JsonReader::Layout;
using testing::describeAll;
using testing::formatAll;

IngestOutput readJson(const std::string& text, Layout layout, bool skipBad = false) {
    std::istringstream in(text);
    return JsonReader(layout).read(in, "in", IngestOptions{skipBad});
}

struct GoodCase {
    const char* label;
    Layout layout;
    std::string input;
    std::vector<std::string> expected;
};

TEST(JsonReader, ReadsGoodInputs) {
    const GoodCase cases[] = {
        {"one line",
         Layout::Lines,
         R"({"subject":"CAC","relation":"summon","object":"Nvidia"})",
         {"CAC|summon|Nvidia"}},
        {"lines, blank lines, CRLF, BOM",
         Layout::Lines,
         "\xEF\xBB\xBF{\"subject\":\"A\",\"relation\":\"b\",\"object\":\"C\"}\r\n\r\n  \n"
         "{\"object\":\"F\",\"relation\":\"e\",\"subject\":\"D\"}",
         {"A|b|C", "D|e|F"}},
        {"typed values",
         Layout::Lines,
         R"({"subject":"Nvidia","relation":"have","object":"backdoors","negated":true,)"
         R"("confidence":0.75,"subject_type":"ORG","object_type":null,"date":"2025-07",)"
         R"("sentence":4,"start":120,"end":188,"asserted":false,"modality":"may"})",
         {"Nvidia|have|backdoors subject_type=ORG unasserted confidence=0.75 date=2025-07 "
          "modality=may sentence=4 span=120..188 negated"}},
        {"strings for typed values",
         Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","negated":"yes","confidence":"0.5"})",
         {"A|b|C negated confidence=0.5"}},
        {"integer confidence",
         Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","confidence":1})",
         {"A|b|C"}},
        {"escapes and non-Latin text",
         Layout::Lines,
         R"({"subject":"\u82f1\u4f1f\u8fbe","relation":"say \"no\"","object":"a\nb\\c\u0000d"})",
         {std::string("英伟达|say \"no\"|a\nb\\c") + '\0' + "d"}},
        {"args",
         Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","args":[{"role":"time","text":"On July 31",)"
         R"("value":"2025-07-31"},{"role":"place","text":"in Beijing"}]})",
         {"A|b|C arg(time,On July 31,2025-07-31) arg(place,in Beijing,)"}},
        {"array document",
         Layout::Document,
         "[\n  {\"subject\": \"A\", \"relation\": \"b\", \"object\": \"C\"},\n"
         "  {\"subject\": \"D\", \"relation\": \"e\", \"object\": \"F\"}\n]\n",
         {"A|b|C", "D|e|F"}},
        {"single object document",
         Layout::Document,
         R"({"subject":"A","relation":"b","object":"C"})",
         {"A|b|C"}},
        {"nested unknown values are skipped",
         Layout::Document,
         R"([{"subject":"A","relation":"b","object":"C","x-meta":{"deep":[[[{"a":1}]]]}}])",
         {"A|b|C"}},
    };
    for (const auto& c : cases) {
        const IngestOutput out = readJson(c.input, c.layout);
        EXPECT_FALSE(hasErrors(out.diagnostics))
            << c.label << ": " << ::testing::PrintToString(formatAll(out.diagnostics));
        auto got = describeAll(out.statements);
        EXPECT_EQ(got.size(), c.expected.size()) << c.label;
        // Order of the optional parts in describe() is fixed; compare sorted word sets so the
        // table can list them naturally.
        for (std::size_t i = 0; i < std::min(got.size(), c.expected.size()); ++i) {
            auto words = [](const std::string& s) {
                std::vector<std::string> list;
                std::istringstream in(s);
                for (std::string w; in >> w;) {
                    list.push_back(w);
                }
                std::sort(list.begin(), list.end());
                return list;
            };
            if (c.label == std::string("escapes and non-Latin text")) {
                EXPECT_EQ(got[i], c.expected[i]) << c.label;
            } else {
                EXPECT_EQ(words(got[i]), words(c.expected[i])) << c.label << ": " << got[i];
            }
        }
    }
}

struct BadCase {
    const char* label;
    Layout layout;
    std::string input;
    std::size_t line;
    std::size_t column;
    DiagCode code;
    std::size_t goodRecords; ///< kept with skipBad
};

TEST(JsonReader, ReportsBadInputsWithPositionAndCode) {
    const std::string good = R"({"subject":"A","relation":"b","object":"C"})";
    const BadCase cases[] = {
        {"syntax error on a line", Layout::Lines, good + "\n{\"subject\":\"A\",}\n" + good, 2, 16,
         DiagCode::JsonSyntax, 2},
        {"missing key", Layout::Lines, good + "\n  {\"subject\":\"A\",\"relation\":\"b\"}", 2, 3,
         DiagCode::MissingColumn, 1},
        {"empty subject", Layout::Lines, R"({"subject":" ","relation":"b","object":"C"})", 1, 12,
         DiagCode::EmptyField, 0},
        {"bad confidence", Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","confidence":1.5})", 1, 57,
         DiagCode::BadValue, 0},
        {"subject of the wrong type", Layout::Lines, R"({"subject":7,"relation":"b","object":"C"})",
         1, 12, DiagCode::JsonShape, 0},
        {"object value that is an object", Layout::Lines,
         R"({"subject":"A","relation":"b","object":{"name":"C"}})", 1, 40, DiagCode::JsonShape, 0},
        {"duplicate key", Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","subject":"D"})", 1, 44,
         DiagCode::DuplicateColumn, 0},
        {"args not an array", Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","args":"x"})", 1, 51, DiagCode::JsonShape,
         0},
        {"arg value not a string", Layout::Lines,
         R"({"subject":"A","relation":"b","object":"C","args":[{"role":1}]})", 1, 60,
         DiagCode::JsonShape, 0},
        {"a line that is an array", Layout::Lines, "[1,2]", 1, 1, DiagCode::JsonShape, 0},
        {"a line that is a string", Layout::Lines, good + "\n\"x\"", 2, 1, DiagCode::JsonShape, 1},
        {"pretty-printed object in JSON Lines", Layout::Lines, "{\n\"subject\":\"A\"}", 1, 2,
         DiagCode::JsonSyntax, 0},
        {"array element not an object", Layout::Document, "[\n" + good + ",\n  42\n]", 3, 3,
         DiagCode::JsonShape, 1},
        {"scalar element before good ones", Layout::Document,
         "[1, \"x\", null, " + good + ", [" + good + "], " + good + "]", 1, 2, DiagCode::JsonShape,
         2},
        {"top-level number", Layout::Document, "  3", 1, 3, DiagCode::JsonShape, 0},
        {"unclosed array", Layout::Document, "[" + good + ",\n", 2, 1, DiagCode::JsonSyntax, 1},
        {"several documents", Layout::Document, good + "\n" + good, 2, 1, DiagCode::JsonSyntax, 1},
        {"trailing comma", Layout::Document, "[" + good + ",]", 1, 46, DiagCode::JsonSyntax, 1},
        {"lone surrogate escape", Layout::Lines,
         R"({"subject":"\ud800","relation":"b","object":"C"})", 1, 13, DiagCode::JsonSyntax, 0},
        {"invalid UTF-8 byte", Layout::Lines,
         "{\"subject\":\"A\",\"relation\":\"b\",\"object\":\"\xFF\"}", 1, 41, DiagCode::InvalidUtf8,
         0},
        {"empty", Layout::Document, "\n\n", 0, 0, DiagCode::EmptyInput, 0},
    };
    for (const auto& c : cases) {
        const IngestOutput out = readJson(c.input, c.layout);
        ASSERT_TRUE(hasErrors(out.diagnostics)) << c.label;
        const Diagnostic& d = out.diagnostics.front();
        EXPECT_EQ(d.code, c.code) << c.label << ": " << formatDiagnostic(d);
        EXPECT_EQ(d.line, c.line) << c.label << ": " << formatDiagnostic(d);
        EXPECT_EQ(d.column, c.column) << c.label << ": " << formatDiagnostic(d);

        const IngestOutput skipped = readJson(c.input, c.layout, true);
        EXPECT_EQ(skipped.statements.size(), c.goodRecords) << c.label;
    }
}

TEST(JsonReader, SkipBadInAnArrayKeepsTheGoodObjects) {
    const std::string input = "[\n"
                              R"({"subject":"A","relation":"b","object":"C"},)"
                              "\n"
                              R"({"subject":"D","relation":"e","object":"F","confidence":9},)"
                              "\n"
                              R"({"subject":"G","relation":"h","object":"I"})"
                              "\n]";
    const IngestOutput out = readJson(input, Layout::Document, true);
    EXPECT_EQ(describeAll(out.statements), (std::vector<std::string>{"A|b|C", "G|h|I"}));
    EXPECT_EQ(formatAll(out.diagnostics),
              std::vector<std::string>{
                  "in:3:57: warning[skipped-record]: skipped the record on line 3: bad-value: "
                  "confidence '9' is not a number between 0 and 1 \u2014 "
                  "'{\"subject\":\"D\",\"relation\":\"e\",\"object\":\"F\",\"confidence\":9},'"});
}

TEST(JsonReader, ALineWithTwoValuesIsOneBadRecord) {
    const std::string line = R"({"subject":"A","relation":"b","object":"C"} {"subject":7})";
    for (const bool skip : {false, true}) {
        const IngestOutput out = readJson(line, Layout::Lines, skip);
        EXPECT_TRUE(out.statements.empty());
        ASSERT_EQ(out.diagnostics.size(), 1u)
            << ::testing::PrintToString(formatAll(out.diagnostics));
        EXPECT_EQ(out.diagnostics[0].line, 1u);
        EXPECT_EQ(out.diagnostics[0].column, 45u); // the second value
        EXPECT_NE(out.diagnostics[0].message.find("json-syntax"), skip ? std::string::npos : 0u);
        EXPECT_EQ(out.diagnostics[0].code, skip ? DiagCode::SkippedRecord : DiagCode::JsonSyntax);
    }
}

TEST(JsonReader, WarnsOnceAboutUnknownKeys) {
    const IngestOutput out =
        readJson(R"({"subject":"A","relation":"b","object":"C","weight":1,"colour":"red"})"
                 "\n"
                 R"({"subject":"D","relation":"e","object":"F","weight":2})",
                 Layout::Lines);
    EXPECT_EQ(out.statements.size(), 2u);
    ASSERT_EQ(out.diagnostics.size(), 1u);
    EXPECT_EQ(out.diagnostics[0].code, DiagCode::UnknownColumn);
    EXPECT_EQ(out.diagnostics[0].severity, Severity::Warning);
    EXPECT_NE(out.diagnostics[0].message.find("'weight', 'colour'"), std::string::npos);
    EXPECT_EQ(out.diagnostics[0].column, 44u);
}

TEST(JsonReader, EmptyArrayIsAWarning) {
    const IngestOutput out = readJson("[]", Layout::Document);
    ASSERT_EQ(out.diagnostics.size(), 1u);
    EXPECT_EQ(out.diagnostics[0].code, DiagCode::EmptyInput);
    EXPECT_FALSE(hasErrors(out.diagnostics));
}

// A record exactly as `kg extract --format jsonl` prints it (DESIGN.md) reads back into the
// statement it came from.
TEST(JsonReader, ReadsExtractOutputBackIntoTheSameStatement) {
    const std::string line =
        R"({"doc":"seed.md","sentence":2,"start":140,"end":212,)"
        R"("text":"On July 31, the CAC summoned Nvidia over H20 chips.",)"
        R"("subject":"Cyberspace Administration of China","subject_type":"ORG",)"
        R"("subject_text":"the CAC","relation":"summon","relation_text":"summoned",)"
        R"("negated":false,"object":"Nvidia","object_type":"ORG","object_text":"Nvidia",)"
        R"("args":[{"role":"time","text":"On July 31","value":"2025-07-31"},)"
        R"({"role":"other","text":"over H20 chips","value":""}],"confidence":0.82})";
    const IngestOutput out = readJson(line + "\n", Layout::Lines);
    ASSERT_TRUE(out.diagnostics.empty()) << formatDiagnostic(out.diagnostics.front());
    ASSERT_EQ(out.statements.size(), 1u);
    const graph::Statement& s = out.statements[0];
    EXPECT_EQ(s.doc, "seed.md");
    EXPECT_EQ(s.sentence, 2);
    EXPECT_EQ(s.start, 140);
    EXPECT_EQ(s.end, 212);
    EXPECT_EQ(s.text, "On July 31, the CAC summoned Nvidia over H20 chips.");
    EXPECT_EQ(s.subject, "Cyberspace Administration of China");
    EXPECT_EQ(s.subjectType, graph::EntityType::Org);
    EXPECT_EQ(s.subjectText, "the CAC");
    EXPECT_EQ(s.relation, "summon");
    EXPECT_EQ(s.relationText, "summoned");
    EXPECT_FALSE(s.negated);
    EXPECT_EQ(s.object, "Nvidia");
    EXPECT_EQ(s.objectType, graph::EntityType::Org);
    EXPECT_EQ(s.objectText, "Nvidia");
    ASSERT_EQ(s.args.size(), 2u);
    EXPECT_EQ(s.args[0].role, "time");
    EXPECT_EQ(s.args[0].text, "On July 31");
    EXPECT_EQ(s.args[0].value, "2025-07-31");
    EXPECT_EQ(s.args[1].role, "other");
    EXPECT_EQ(s.confidence, 0.82);
}

TEST(JsonReader, DeepNestingIsAnErrorOrSkippedNotACrash) {
    const std::size_t depth = 100000;
    const std::string open(depth, '['), close(depth, ']');
    // Valid but deep: skipped inside an unknown key without recursion.
    const IngestOutput deep = readJson(
        R"({"subject":"A","relation":"b","object":"C","x":)" + open + close + "}", Layout::Lines);
    EXPECT_EQ(deep.statements.size(), 1u);
    // Unbalanced: a syntax error at the end.
    const IngestOutput unbalanced = readJson(open, Layout::Document);
    ASSERT_TRUE(hasErrors(unbalanced.diagnostics));
    EXPECT_EQ(unbalanced.diagnostics.back().code, DiagCode::JsonSyntax);
    EXPECT_EQ(unbalanced.diagnostics.back().column, depth + 1);
    const IngestOutput objects = readJson(std::string(depth, '{'), Layout::Document);
    EXPECT_TRUE(hasErrors(objects.diagnostics));
}

TEST(JsonReader, HandlesAOneMegabyteLine) {
    const std::string big(1 << 20, 'x');
    const IngestOutput out = readJson(
        R"({"subject":"A","relation":"b","object":"C","text":")" + big + "\"}\n", Layout::Lines);
    ASSERT_EQ(out.statements.size(), 1u);
    EXPECT_EQ(out.statements[0].text.size(), big.size());
}

// Random mixes of good records and every kind of bad element, with nested values in unknown
// keys: with skipBad, exactly the good records are kept and each bad element is reported once.
TEST(JsonReader, KeepsExactlyTheGoodRecordsOfRandomMixes) {
    const std::vector<std::string> nested = {
        "1", "\"s\"", "null", "[]", "{}", "[1,[2,{\"a\":[]}]]", "{\"subject\":{\"x\":[null]}}"};
    const std::vector<std::string> bad = {
        "7",
        "\"text\"",
        "null",
        "["
        R"({"subject":"A","relation":"b","object":"C"})"
        "]",
        R"({"subject":"A","relation":"b"})",
        R"({"subject":"A","relation":"b","object":"C","confidence":3})",
        R"({"subject":"A","relation":"b","object":{"x":[1]}})",
        R"({"subject":"A","relation":"b","object":"C","args":[1]})",
    };
    std::mt19937 random(11);
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> elements;
        std::size_t expectedGood = 0;
        const int count = 1 + round % 12;
        for (int i = 0; i < count; ++i) {
            if (random() % 2 == 0) {
                elements.push_back(R"({"subject":"S)" + std::to_string(i) + R"(","x":)" +
                                   nested[random() % nested.size()] +
                                   R"(,"relation":"r","object":"O","args":[{"role":"time",)"
                                   R"("text":"t","extra":)" +
                                   nested[random() % nested.size()] + "}]}");
                ++expectedGood;
            } else {
                elements.push_back(bad[random() % bad.size()]);
            }
        }
        std::string array = "[";
        std::string lines;
        for (const auto& element : elements) {
            array += (array.size() > 1 ? ", " : "") + element;
            lines += element + "\n";
        }
        array += "]";
        for (const auto& [layout, text] :
             {std::pair{Layout::Document, array}, std::pair{Layout::Lines, lines}}) {
            const IngestOutput out = readJson(text, layout, true);
            EXPECT_EQ(out.statements.size(), expectedGood) << text;
            const auto skipped = std::count_if(
                out.diagnostics.begin(), out.diagnostics.end(),
                [](const Diagnostic& d) { return d.code == DiagCode::SkippedRecord; });
            EXPECT_EQ(static_cast<std::size_t>(skipped), elements.size() - expectedGood) << text;
            for (std::size_t i = 0; i < out.statements.size(); ++i) {
                EXPECT_EQ(out.statements[i].args.size(), 1u);
            }
        }
    }
}

TEST(JsonReader, SurvivesTruncationAndRandomBytes) {
    const std::string valid =
        R"([{"subject":"A","relation":"b","object":"C","args":[{"role":"time","text":"t"}],)"
        R"("confidence":0.5,"negated":true,"x":[1,{"y":null}]},{"subject":"\u00e9",)"
        R"("relation":"b","object":"C"}])";
    for (std::size_t n = 0; n < valid.size(); ++n) {
        for (const Layout layout : {Layout::Lines, Layout::Document}) {
            const IngestOutput out = readJson(valid.substr(0, n), layout);
            EXPECT_TRUE(hasErrors(out.diagnostics)) << n << ": " << valid.substr(0, n);
        }
    }
    std::mt19937 random(7);
    const std::string alphabet = "{}[]\",:0a\\ \ntrue";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int i = 0; i < 2000; ++i) {
        std::string input;
        for (int k = 0; k < i % 48; ++k) {
            input += i % 2 == 0 ? static_cast<char>(byte(random)) : alphabet[pick(random)];
        }
        for (const Layout layout : {Layout::Lines, Layout::Document}) {
            const IngestOutput out = readJson(input, layout);
            EXPECT_TRUE(!out.statements.empty() || !out.diagnostics.empty()) << i;
        }
    }
}

// Every file of JSONTestSuite's test_parsing folder: y_ files are valid JSON (at most a shape
// problem, since most are not records), n_ files are invalid and must be reported, i_ files may
// go either way. None may crash.
TEST(JsonReader, JsonTestSuite) {
    const std::filesystem::path folder =
        std::filesystem::path(KG_SHARED_DIR) / "data/JSONTestSuite/test_parsing";
    if (!std::filesystem::is_directory(folder)) {
        GTEST_SKIP() << "missing " << folder;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::size_t accepted = 0, rejected = 0, implementationDefined = 0;
    const JsonReader reader(JsonReader::Layout::Document);
    for (const auto& path : files) {
        std::ifstream file(path, std::ios::binary);
        std::stringstream bytes;
        bytes << file.rdbuf();
        const std::string name = path.filename().string();
        const IngestOutput out = reader.readText(bytes.str(), name, {});
        const bool syntaxProblem =
            std::any_of(out.diagnostics.begin(), out.diagnostics.end(), [](const Diagnostic& d) {
                return d.code != DiagCode::JsonShape && d.code != DiagCode::MissingColumn &&
                       d.code != DiagCode::UnknownColumn && d.code != DiagCode::EmptyInput;
            });
        if (name.starts_with("y_")) {
            EXPECT_FALSE(syntaxProblem) << name << ": " << formatDiagnostic(out.diagnostics[0]);
            ++accepted;
        } else if (name.starts_with("n_")) {
            EXPECT_TRUE(hasErrors(out.diagnostics)) << name;
            EXPECT_TRUE(out.statements.empty()) << name;
            ++rejected;
        } else {
            ++implementationDefined;
        }
    }
    std::cout << "JSONTestSuite: " << accepted << " y_ accepted, " << rejected << " n_ rejected, "
              << implementationDefined << " i_ read without crashing\n";
    EXPECT_GT(accepted + rejected, 250u);
}

} // namespace
} // namespace kg::ingest
