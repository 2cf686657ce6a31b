// kg extract --format jsonl and kg ingest on news articles: the happy path, and every kind of
// bad input leaving the store as it was.
#include "cli/cli.h"
#include "graph/store.h"
#include "tests/cli/temp_store_test.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

using Result = testing::RunResult;
class ArticleCommands : public testing::TempStoreTest {};

const std::string SEED = KG_SOURCE_DIR "/samples/00_h20-unsafe-cryptopolitan.txt";

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(ArticleCommands, ExtractPrintsRecordsWithoutTouchingTheStore) {
    const Result r = kg({"extract", SEED, "--format", "jsonl", "--date", "2025-08-10"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_GT(lines(r.out), 20u);
    EXPECT_NE(r.out.find(R"("subject":"Cyberspace Administration of China")"), std::string::npos);
    EXPECT_NE(r.out.find(R"("relation":"summon")"), std::string::npos);
    EXPECT_NE(r.out.find(R"("date":"2025-07-31")"), std::string::npos);
    EXPECT_FALSE(fs::exists(db_));
    // An article file needs no --format.
    const Result same = kg({"extract", SEED, "--date", "2025-08-10"});
    EXPECT_EQ(same.out, r.out);
}

TEST_F(ArticleCommands, ExtractedRecordsIngestLikeTheArticle) {
    const Result extracted = kg({"extract", SEED, "--date", "2025-08-10"});
    ASSERT_EQ(extracted.code, 0) << extracted.err;
    const std::string jsonl = write("seed.jsonl", extracted.out);
    Result r = kg({"ingest", jsonl});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(storedStatements(), lines(extracted.out));
}

TEST_F(ArticleCommands, IngestStoresAnArticleOnceAndAnswersPaths) {
    Result r = kg({"ingest", SEED, "--date", "2025-08-10", "--source", "Cryptopolitan"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("from 1 document"), std::string::npos) << r.out;
    const std::size_t stored = storedStatements();
    EXPECT_GT(stored, 20u);
    r = kg({"ingest", SEED});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("already ingested"), std::string::npos);
    EXPECT_EQ(storedStatements(), stored);
    // The gazetteer's other names of the article's actors are stored with it.
    r = kg({"path", "CAC", "Nvidia"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Cyberspace Administration of China —"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 hop"), std::string::npos) << r.out;
}

TEST_F(ArticleCommands, UserAliasesNameActorsTheGazetteerDoesNotKnow) {
    const std::string article =
        write("a.txt", "Title\n\nZSG climbed 10% after Beijing imposed export controls.\n");
    const std::string aliases =
        write("aliases.tsv", "canonical_name\ttype\taliases\nZhuzhou Smelter Group\tORG\tZSG\n");
    const Result r = kg({"extract", article, "--aliases", aliases, "--all"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find(R"("subject":"Zhuzhou Smelter Group")"), std::string::npos) << r.out;
}

struct BadInput {
    const char* name;
    std::string content;
    const char* file;
    const char* message; ///< part of the diagnostic
};

class ArticleErrors : public ArticleCommands, public ::testing::WithParamInterface<BadInput> {};

TEST_P(ArticleErrors, NameTheFileAndStoreNothing) {
    const BadInput& bad = GetParam();
    // A good store first: the failed ingest must leave it exactly as it was.
    ASSERT_EQ(kg({"ingest", KG_SOURCE_DIR "/samples/h20-story.tsv"}).code, 0);
    const std::size_t before = storedStatements();
    const std::string path = write(bad.file, bad.content);
    const std::string good = write("good.txt", "Title\n\nNvidia sells chips to China.\n");
    Result r = kg({"ingest", good, path});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.message), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was stored"), std::string::npos) << r.err;
    EXPECT_EQ(storedStatements(), before);
    r = kg({"extract", path, "--format", "jsonl"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArticleErrors,
    ::testing::Values(
        BadInput{"InvalidUtf8", "Title\n\nNvidia \xC3\x28 chips.\n", "bad.txt", "UTF-8"},
        BadInput{"Image", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "image.txt", "UTF-8"},
        BadInput{"NulByte", std::string("Title\n\nNvidia\0sells chips.\n", 27), "nul.md", "NUL"},
        BadInput{"Empty", "  \n\n", "empty.md", "empty"},
        BadInput{"InvalidUtf8InHtml", "<p>Nvidia \xFF chips</p>", "bad.html", "UTF-8"}),
    [](const auto& param) { return std::string(param.param.name); });

TEST_F(ArticleCommands, UsageAndFileErrors) {
    Result r = kg({"ingest", (dir_ / "missing.txt").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(db_));

    // A folder is no article and no statement file, whatever its name; extract says so in
    // both of its formats (the line format used to read it as no lines at all).
    fs::create_directories(dir_ / "folder.txt");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"ingest", (dir_ / "folder.txt").string()},
          std::vector<std::string>{"ingest", dir_.string()},
          std::vector<std::string>{"extract", (dir_ / "folder.txt").string()},
          std::vector<std::string>{"extract", (dir_ / "folder.txt").string(), "--format", "carb"},
          std::vector<std::string>{"extract", SEED, "--aliases", (dir_ / "folder.txt").string()}}) {
        r = kg(args);
        EXPECT_EQ(r.code, 1) << args[0] << " " << args.back();
        EXPECT_NE(r.err.find("is a directory, not a file"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    EXPECT_FALSE(fs::exists(db_));

    r = kg({"ingest", SEED, "--date", "31/07/2025"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("--date"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(db_));

    const std::string badAliases = write("aliases.tsv", "canonical_name\ttype\taliases\nX\n");
    r = kg({"extract", SEED, "--aliases", badAliases});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("aliases.tsv:2"), std::string::npos) << r.err;

    r = kg({"extract", SEED, "--models", (dir_ / "nomodels").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("cannot load the NLP models"), std::string::npos) << r.err;

    // A model folder without its list of given names, then with a bad line in it.
    const fs::path models = dir_ / "models";
    fs::create_directories(models);
    for (const char* f : {"tagger.bin", "lemmatizer.bin", "parser.bin", "gazetteer.tsv"}) {
        fs::copy_file(fs::path(KG_SOURCE_DIR) / "models" / f, models / f);
    }
    r = kg({"extract", SEED, "--models", models.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("given_names.txt: error[io-error]"), std::string::npos) << r.err;
    std::ofstream(models / "given_names.txt") << "# names\nRichard\nMary Ann\n";
    r = kg({"extract", SEED, "--models", models.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("given_names.txt:3:5"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(ArticleCommands, StandardInputIsOneArticle) {
    const Result r = kg({"extract", "-", "--format", "jsonl"},
                        "Title\n\nChina's Cyberspace Administration summoned Nvidia.\n");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find(R"("doc":"<stdin>")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"("relation":"summon")"), std::string::npos) << r.out;
}

} // namespace
} // namespace kg::cli
