#include "ingest/statement_files.h"

#include "ingest/input.h"
#include "tests/ingest/statement_dump.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;
using testing::describe;

const fs::path DATA = fs::path(KG_SOURCE_DIR) / "tests/data/ingest";

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

// Newlines and tabs made visible so each statement stays on one line.
std::string escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += c;
        }
    }
    return out;
}

// The result as text, with `prefix` (the case folder) removed from file names.
std::string dump(const ReadResult& result, const std::string& prefix) {
    auto strip = [&prefix](std::string text) {
        for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) {
            text.erase(at, prefix.size());
        }
        return text;
    };
    std::string out;
    for (const auto& document : result.documents) {
        out += "document " + strip(document.name) + " sha256 " + document.hash + "\n";
        for (const auto& statement : document.statements) {
            graph::Statement copy = statement;
            copy.doc = strip(copy.doc);
            out += "  " + escape(describe(copy)) + " doc=" + copy.doc + "\n";
        }
    }
    for (const auto& diagnostic : result.diagnostics) {
        out += strip(formatDiagnostic(diagnostic)) + "\n";
    }
    return out;
}

// Each folder under tests/data/ingest holds one input.* file and expected.txt; a `skip-bad`
// file turns the option on. KG_UPDATE_GOLDEN=1 rewrites expected.txt.
TEST(StatementFiles, GoldenCases) {
    const bool update = std::getenv("KG_UPDATE_GOLDEN") != nullptr;
    std::size_t cases = 0;
    for (const auto& entry : fs::directory_iterator(DATA)) {
        if (!entry.is_directory()) {
            continue;
        }
        fs::path input;
        for (const auto& file : fs::directory_iterator(entry.path())) {
            if (file.path().stem() == "input") {
                input = file.path();
            }
        }
        ASSERT_FALSE(input.empty()) << entry.path();
        IngestOptions options;
        options.skipBad = fs::exists(entry.path() / "skip-bad");
        std::istringstream noStdin;
        const ReadResult result = readStatementFiles({input.string()}, noStdin, "", options);
        const std::string actual = dump(result, entry.path().string() + "/");
        const fs::path expectedPath = entry.path() / "expected.txt";
        if (update) {
            std::ofstream(expectedPath, std::ios::binary) << actual;
        }
        EXPECT_EQ(actual, readFile(expectedPath))
            << entry.path().filename() << " (KG_UPDATE_GOLDEN=1 rewrites expected.txt)";
        ++cases;
    }
    EXPECT_GE(cases, 8u);
}

TEST(StatementFiles, ReadsStdinWithAFormat) {
    std::istringstream in("{\"subject\":\"A\",\"relation\":\"b\",\"object\":\"C\"}\n");
    const ReadResult result = readStatementFiles({"-"}, in, "jsonl", {});
    EXPECT_TRUE(result.diagnostics.empty());
    ASSERT_EQ(result.documents.size(), 1u);
    EXPECT_EQ(result.documents[0].name, "<stdin>");
    EXPECT_EQ(result.documents[0].hash,
              sha256Hex("{\"subject\":\"A\",\"relation\":\"b\",\"object\":\"C\"}\n"));
    ASSERT_EQ(result.documents[0].statements.size(), 1u);
    EXPECT_EQ(result.documents[0].statements[0].doc, "<stdin>");
}

TEST(StatementFiles, ReportsWhatCannotBeRead) {
    std::istringstream in("subject,relation,object\nA,b,C\n");
    const fs::path story = DATA / "csv_story/input.csv";
    struct Case {
        std::vector<std::string> paths;
        const char* format;
        DiagCode code;
        std::size_t documents;
    };
    const Case cases[] = {
        {{"-"}, "", DiagCode::UnknownFormat, 0},
        {{"notes.txt"}, "", DiagCode::UnknownFormat, 0},
        {{"/nonexistent/kg/story.csv"}, "", DiagCode::IoError, 0},
        {{DATA.string() + "/csv_story.csv"}, "", DiagCode::IoError, 0},
        {{(DATA / "csv_story").string()}, "csv", DiagCode::IoError, 0},
        // A folder is said to be one before its name is asked for a format.
        {{(DATA / "csv_story").string()}, "", DiagCode::IoError, 0},
        {{story.string()}, "yaml", DiagCode::UnknownFormat, 0},
        // The format option wins over the extension: a CSV file read as JSON is a syntax error.
        {{story.string()}, "json", DiagCode::JsonSyntax, 1},
    };
    for (const auto& c : cases) {
        const ReadResult result = readStatementFiles(c.paths, in, c.format, {});
        ASSERT_FALSE(result.diagnostics.empty()) << c.paths[0];
        EXPECT_EQ(result.diagnostics[0].code, c.code)
            << c.paths[0] << ": " << formatDiagnostic(result.diagnostics[0]);
        EXPECT_TRUE(hasErrors(result.diagnostics));
        EXPECT_EQ(result.documents.size(), c.documents) << c.paths[0];
    }
}

TEST(StatementFiles, KeepsGoingAfterABadFileAndHashesRawBytes) {
    std::istringstream in("subject\trelation\tobject\r\nA\tb\tC\r\n");
    const fs::path story = DATA / "csv_story/input.csv";
    const ReadResult result =
        readStatementFiles({"/nonexistent.csv", "-", story.string()}, in, "", {});
    // "-" has no format here; the two others are read independently.
    EXPECT_EQ(result.diagnostics.size(), 2u);
    ASSERT_EQ(result.documents.size(), 1u);
    EXPECT_EQ(result.documents[0].hash, sha256Hex(readFile(story)));

    std::istringstream crlf("subject\trelation\tobject\r\nA\tb\tC\r\n");
    const ReadResult fromStdin = readStatementFiles({"-", "-"}, crlf, "tsv", {});
    ASSERT_EQ(fromStdin.documents.size(), 1u);
    EXPECT_EQ(fromStdin.documents[0].hash, sha256Hex("subject\trelation\tobject\r\nA\tb\tC\r\n"));
    ASSERT_EQ(fromStdin.diagnostics.size(), 1u); // "-" twice
    EXPECT_EQ(fromStdin.diagnostics[0].code, DiagCode::IoError);
}

TEST(StatementFiles, ReadsTheBundledSample) {
    const fs::path sample = fs::path(KG_SOURCE_DIR) / "samples/h20-story.tsv";
    if (!fs::exists(sample)) {
        GTEST_SKIP() << "no " << sample;
    }
    std::istringstream in;
    const ReadResult result = readStatementFiles({sample.string()}, in, "", {});
    EXPECT_FALSE(hasErrors(result.diagnostics)) << formatDiagnostic(result.diagnostics.front());
    ASSERT_EQ(result.documents.size(), 1u);
    EXPECT_GT(result.documents[0].statements.size(), 10u);
}

} // namespace
} // namespace kg::ingest
