// `kg extract` end to end: parsed CoNLL-U in, CaRB lines out; raw lines through the committed
// models when they include a parser.

#include "cli/cli.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result runKg(const std::vector<std::string>& args, const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const int code = kg::cli::run(args, {in, out, err});
    return {code, out.str(), err.str()};
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
        out.push_back(l);
    }
    return out;
}

const char* const CALLED_OFF = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                               "2\tcompany\tcompany\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                               "3\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "4\toff\toff\tADP\tRP\t_\t3\tcompound:prt\t_\t_\n"
                               "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                               "6\tdeal\tdeal\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

// The model directory: KG_MODELS when set (as `kg` itself reads it), else models/.
std::filesystem::path modelDir() {
    const char* env = std::getenv("KG_MODELS");
    return env != nullptr && *env != '\0' ? std::filesystem::path(env)
                                          : std::filesystem::path(KG_SOURCE_DIR) / "models";
}

TEST(ExtractCommandTest, ConlluInputGivesCarbLines) {
    const Result r = runKg({"extract", "-", "--input", "conllu", "--format", "carb"}, CALLED_OFF);
    ASSERT_EQ(r.code, 0) << r.err;
    const std::vector<std::string> out = lines(r.out);
    ASSERT_EQ(out.size(), 1u) << r.out;
    EXPECT_EQ(out[0].substr(0, out[0].find('\t')), "The company called off the deal .");
    EXPECT_NE(out[0].find("\tcalled off\tThe company\tthe deal"), std::string::npos) << out[0];
}

TEST(ExtractCommandTest, BadConlluIsReportedWithFileAndLine) {
    const Result r = runKg({"extract", "-", "--input", "conllu"}, "1\tThe\tthe\n\n");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("<stdin>:1"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("conll-syntax"), std::string::npos) << r.err;
}

TEST(ExtractCommandTest, UsageErrors) {
    EXPECT_EQ(runKg({"extract", "-", "--format", "xml"}, "").code, 2);
    EXPECT_EQ(runKg({"extract", "-", "--input", "html"}, "").code, 2);
    const Result missing = runKg({"extract", "/nonexistent/carb.txt"}, "");
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("/nonexistent/carb.txt"), std::string::npos);
}

TEST(ExtractCommandTest, RawLinesWithoutAParserModelIsAClearError) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "kg_openie_no_parser_models";
    std::filesystem::create_directories(dir);
    for (const char* name : {"tagger.bin", "lemmatizer.bin"}) {
        if (!std::filesystem::exists(modelDir() / name)) {
            GTEST_SKIP() << "no " << name << " in " << modelDir();
        }
        std::filesystem::copy_file(modelDir() / name, dir / name,
                                   std::filesystem::copy_options::overwrite_existing);
    }
    const Result r =
        runKg({"extract", "-", "--models", dir.string()}, "Nvidia denied the claims .\n");
    std::filesystem::remove_all(dir);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("parser.bin"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

// Raw lines through the whole pipeline; needs the committed models (with a parser).
TEST(ExtractCommandTest, RawLinesThroughThePipelineNeverCrash) {
    const std::filesystem::path models = modelDir();
    if (!std::filesystem::exists(models / "parser.bin")) {
        GTEST_SKIP() << "no parser model in models/";
    }
    const std::string longLine = [] {
        std::string s;
        for (int i = 0; i < 5000; ++i) {
            s += "word ";
        }
        return s;
    }();
    const std::string input = std::string("\n") + "   \n" + "! ? ... ; -- ''\n" +
                              "中国 商务部 表示 反对 。\n" + "bad \xff\xfe utf8 \xc3 here .\n" +
                              longLine + "\n" +
                              "The Trump administration banned sales of the H20 chips in April "
                              "2025 .\n" +
                              "Nvidia has repeatedly denied that its products have backdoors .\n";
    const Result r =
        runKg({"extract", "-", "--format", "carb", "--models", models.string()}, input);
    ASSERT_EQ(r.code, 0) << r.err;
    bool banned = false;
    bool denied = false;
    for (const std::string& l : lines(r.out)) {
        banned = banned || (l.find("\tbanned") != std::string::npos &&
                            l.find("\tThe Trump administration\t") != std::string::npos);
        denied = denied || l.find("\thas repeatedly denied") != std::string::npos;
    }
    // Tolerant: the statistical parser may get one of them wrong, not both.
    EXPECT_TRUE(banned || denied) << r.out;
}

// Golden file: the seed article's sentences (one a line, as `kg extract` reads CaRB) and the CaRB
// lines they give with the committed models. KG_UPDATE_GOLDEN=1 rewrites expected.tsv after an
// intended change (a new model or extractor rule); review the diff before committing it.
TEST(ExtractCommandTest, SeedArticleGolden) {
    const std::filesystem::path root(KG_SOURCE_DIR);
    const std::filesystem::path dir = root / "tests/data/openie/seed";
    if (!std::filesystem::exists(modelDir() / "parser.bin")) {
        GTEST_SKIP() << "no parser model in models/";
    }
    std::ifstream in(dir / "input.txt");
    ASSERT_TRUE(in) << dir / "input.txt";
    const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Result r =
        runKg({"extract", "-", "--format", "carb", "--models", modelDir().string()}, input);
    ASSERT_EQ(r.code, 0) << r.err;
    const char* update = std::getenv("KG_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(dir / "expected.tsv") << r.out;
        GTEST_SKIP() << "rewrote " << dir / "expected.tsv";
    }
    std::ifstream expectedFile(dir / "expected.tsv");
    if (!expectedFile) {
        GTEST_SKIP() << "no " << dir / "expected.tsv"
                     << " yet: write it with KG_UPDATE_GOLDEN=1 once models/parser.bin is "
                        "committed, review it, commit it";
    }
    const std::string expected((std::istreambuf_iterator<char>(expectedFile)),
                               std::istreambuf_iterator<char>());
    const std::vector<std::string> want = lines(expected);
    const std::vector<std::string> got = lines(r.out);
    for (const std::string& l : want) {
        EXPECT_NE(std::find(got.begin(), got.end(), l), got.end()) << "missing: " << l;
    }
    for (const std::string& l : got) {
        EXPECT_NE(std::find(want.begin(), want.end(), l), want.end()) << "unexpected: " << l;
    }
}

} // namespace
