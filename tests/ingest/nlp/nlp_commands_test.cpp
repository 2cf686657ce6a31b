// The NLP commands end to end: `kg nlp` on raw text with the committed models, and the tagger's
// and lemmatizer's train/eval commands on small treebanks, including their error paths.
#include "cli/cli.h"
#include "cli/treebank.h"
#include "ingest/nlp/conllu.h"
#include "ingest/nlp/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace kg::ingest::nlp {
namespace {

struct KgRun {
    int rc;
    std::string out;
    std::string err;
};

KgRun kg(const std::vector<std::string>& args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out, err;
    const int rc = cli::run(args, {in, out, err});
    return {rc, out.str(), err.str()};
}

std::filesystem::path tempDir() {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kg_nlp_commands_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, sep)) {
        out.push_back(field);
    }
    return out;
}

// A parsed sentence of `kg nlp` output: its comment lines and its word lines' columns.
struct OutSentence {
    std::vector<std::string> comments;
    std::vector<std::vector<std::string>> words;
};

std::vector<OutSentence> readOutput(const std::string& text) {
    std::vector<OutSentence> out(1);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            out.emplace_back();
        } else if (line[0] == '#') {
            out.back().comments.push_back(line);
        } else {
            out.back().words.push_back(split(line, '\t'));
        }
    }
    while (!out.empty() && out.back().words.empty() && out.back().comments.empty()) {
        out.pop_back();
    }
    return out;
}

TEST(NlpCommand, RawTextGetsTagsLemmasHeadsAndLabels) {
    const KgRun r = kg({"nlp", "-"}, "Nvidia denied it. China banned the H20 chips in April.\n");
    ASSERT_EQ(r.rc, 0) << r.err;
    const std::vector<OutSentence> sentences = readOutput(r.out);
    ASSERT_EQ(sentences.size(), 2u) << r.out;
    EXPECT_EQ(sentences[0].comments,
              (std::vector<std::string>{"# sent_id = 1", "# text = Nvidia denied it."}));
    EXPECT_EQ(sentences[1].comments.front(), "# sent_id = 2");
    for (const OutSentence& s : sentences) {
        const int n = int(s.words.size());
        std::vector<int> heads(std::size_t(n) + 1, 0);
        int roots = 0;
        for (int i = 0; i < n; ++i) {
            const std::vector<std::string>& w = s.words[std::size_t(i)];
            ASSERT_EQ(w.size(), 10u);
            EXPECT_EQ(w[0], std::to_string(i + 1));
            for (const int column : {2, 3, 4, 7}) { // LEMMA, UPOS, XPOS, DEPREL
                EXPECT_NE(w[std::size_t(column)], "_") << w[1] << " column " << column + 1;
            }
            const int head = std::stoi(w[6]);
            ASSERT_GE(head, 0);
            ASSERT_LE(head, n);
            heads[std::size_t(i) + 1] = head;
            EXPECT_EQ(head == 0, w[7] == "root") << w[1];
            roots += head == 0 ? 1 : 0;
        }
        EXPECT_EQ(roots, 1);
        for (int i = 1; i <= n; ++i) { // every word reaches the root
            int w = i;
            for (int steps = 0; w != 0; ++steps) {
                ASSERT_LE(steps, n) << "cycle through word " << i;
                w = heads[std::size_t(w)];
            }
        }
    }
    // The committed models read the first sentence as anyone would.
    const auto& first = sentences[0].words;
    ASSERT_EQ(first.size(), 4u);
    EXPECT_EQ(first[1][7], "root"); // denied
    EXPECT_EQ(first[1][2], "deny"); // its lemma
    EXPECT_EQ(first[0][6], "2");    // Nvidia <- denied
    EXPECT_EQ(first[0][7], "nsubj");
    EXPECT_EQ(first[2][7], "obj");   // it
    EXPECT_EQ(first[3][3], "PUNCT"); // .
}

TEST(NlpCommand, BadInputsAreClearErrorsWithNothingOnStdout) {
    const KgRun badUtf8 = kg({"nlp", "-"}, "bad \xff byte\n");
    EXPECT_EQ(badUtf8.rc, 1);
    EXPECT_NE(badUtf8.err.find("<stdin>:1:5: error[invalid-utf8]"), std::string::npos)
        << badUtf8.err;
    EXPECT_EQ(badUtf8.out, "");

    const KgRun missing = kg({"nlp", "/nonexistent/article.txt"});
    EXPECT_EQ(missing.rc, 1);
    EXPECT_NE(missing.err.find("/nonexistent/article.txt: cannot open: No such file"),
              std::string::npos)
        << missing.err;
    EXPECT_EQ(missing.out, "");

    // A folder opens as a stream that reads nothing: it must not pass for an empty text.
    const KgRun folder = kg({"nlp", KG_SOURCE_DIR "/samples"});
    EXPECT_EQ(folder.rc, 1);
    EXPECT_NE(folder.err.find("samples: is a directory, not a file"), std::string::npos)
        << folder.err;
    EXPECT_EQ(folder.out, "");

    const KgRun models = kg({"nlp", "-", "--models", "/nonexistent/models"}, "Hello.\n");
    EXPECT_EQ(models.rc, 1);
    EXPECT_NE(models.err.find("/nonexistent/models/tagger.bin"), std::string::npos) << models.err;
    EXPECT_EQ(models.out, "");

    const KgRun format = kg({"nlp", "-", "--format", "json"}, "Hello.\n");
    EXPECT_EQ(format.rc, 2);
    EXPECT_NE(format.err.find("--format"), std::string::npos) << format.err;
    EXPECT_EQ(format.out, "");
}

const char* TREEBANK = "# text = The chips are unsafe .\n"
                       "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                       "2\tchips\tchip\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                       "3\tare\tbe\tAUX\tVBP\t_\t4\tcop\t_\t_\n"
                       "4\tunsafe\tunsafe\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                       "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
                       "\n"
                       "# text = Nvidia denied it .\n"
                       "1\tNvidia\tNvidia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                       "2\tdenied\tdeny\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                       "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
                       "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                       "\n";

TEST(TaggerCommands, TrainWritesAModelThatEvalScores) {
    const auto dir = tempDir();
    const std::string gold = (dir / "tiny.conllu").string();
    std::ofstream(gold) << TREEBANK;
    const std::string tagger = (dir / "tagger.bin").string();
    const std::string lemmatizer = (dir / "lemmatizer.bin").string();
    const KgRun train = kg({"train", "tagger", "--train", gold, "--dev", gold, "-o", tagger,
                            "--iterations", "5", "--folds", "0", "--wordnet", ""});
    ASSERT_EQ(train.rc, 0) << train.err;
    EXPECT_EQ(train.out, "{\"tokens\":9,\"upos\":1.0000,\"xpos\":1.0000}\n");
    EXPECT_NE(train.err.find("wrote " + tagger), std::string::npos) << train.err;
    EXPECT_GT(Tagger::load(tagger).featureCount(), 0u);

    const KgRun lemmas =
        kg({"train", "lemmatizer", "--train", gold, "-o", lemmatizer, "--wordnet", ""});
    ASSERT_EQ(lemmas.rc, 0) << lemmas.err;
    const KgRun eval = kg({"eval", "tagger", gold, "--model", tagger});
    ASSERT_EQ(eval.rc, 0) << eval.err; // finds lemmatizer.bin beside the tagger
    EXPECT_EQ(eval.out.rfind("{\"tokens\":9,\"upos\":1.0000,\"xpos\":1.0000,\"lemma\":1.0000,", 0),
              0u)
        << eval.out;
    std::filesystem::remove_all(dir);
}

// The tokenizer is scored on the "# text" lines: one sentence, "unsafe." split in two.
TEST(TokenizerCommand, EvalScoresTheTextLines) {
    const auto dir = tempDir();
    const std::string gold = (dir / "text.conllu").string();
    std::ofstream(gold) << "# text = The chips are unsafe.\n"
                           "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                           "2\tchips\tchip\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                           "3\tare\tbe\tAUX\tVBP\t_\t4\tcop\t_\t_\n"
                           "4\tunsafe\tunsafe\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
                           "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
                           "\n";
    const KgRun r = kg({"eval", "tokenizer", gold});
    ASSERT_EQ(r.rc, 0) << r.err;
    EXPECT_EQ(r.out.rfind("{\"tokens\":5,\"token_f1\":1.0000,\"sentences\":1,"
                          "\"sentence_f1\":1.0000,",
                          0),
              0u)
        << r.out;
    std::filesystem::remove_all(dir);
}

TEST(TaggerCommands, MalformedTreebankIsAFileLineErrorAndWritesNothing) {
    const auto dir = tempDir();
    const std::string bad = (dir / "bad.conllu").string();
    std::ofstream(bad) << "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                          "2\tbark\tbark\tVERB\n"
                          "\n";
    const std::string out = (dir / "out.bin").string();
    const std::vector<std::vector<std::string>> commands = {
        {"train", "tagger", "--train", bad, "-o", out},
        {"train", "lemmatizer", "--train", bad, "-o", out},
        {"eval", "tagger", bad},
        {"eval", "tokenizer", bad},
    };
    for (const auto& args : commands) {
        SCOPED_TRACE(args[0] + " " + args[1]);
        const KgRun r = kg(args);
        EXPECT_EQ(r.rc, 1);
        EXPECT_NE(r.err.find(bad + ":2:1: error[conll-syntax]"), std::string::npos) << r.err;
        EXPECT_EQ(r.out, "");
    }
    EXPECT_FALSE(std::filesystem::exists(out));

    // A folder given as the treebank is named as one, not read as a file with no sentences.
    for (const auto& args : commands) {
        std::vector<std::string> withFolder = args;
        std::replace(withFolder.begin(), withFolder.end(), bad, dir.string());
        SCOPED_TRACE(withFolder[0] + " " + withFolder[1] + " (folder)");
        const KgRun r = kg(withFolder);
        EXPECT_EQ(r.rc, 1);
        EXPECT_NE(r.err.find(dir.string() + ": is a directory, not a file"), std::string::npos)
            << r.err;
    }
    EXPECT_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(dir);
}

// The chained jack-knife, written out here: fold by fold, train a one-pass tagger on the other
// folds with their current tags (predicted for the folds done, gold for the rest) and tag the
// fold.
TEST(Jackknife, FoldsAreTaggedInOrderByTaggersTrainedOnTheOtherFoldsCurrentTags) {
    const std::string dev =
        std::string(KG_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(dev)) {
        GTEST_SKIP() << dev << " not found";
    }
    std::ifstream in(dev);
    ConlluReadResult r = readConllu(in, dev);
    ASSERT_GE(r.sentences.size(), 120u);
    const std::vector<Sentence> gold(r.sentences.begin(), r.sentences.begin() + 120);
    constexpr int FOLDS = 3;
    std::vector<Sentence> jackknifed = gold;
    std::istringstream noInput;
    std::ostringstream out, err;
    cli::Context context{{noInput, out, err}};
    cli::jackknifeTags(jackknifed, FOLDS, "", context);
    EXPECT_NE(err.str().find("jack-knife tagger 3/3"), std::string::npos) << err.str();

    std::size_t words = 0, changed = 0;
    std::vector<Sentence> current = gold;
    for (int fold = 0; fold < FOLDS; ++fold) {
        std::vector<Sentence> rest;
        for (std::size_t i = 0; i < current.size(); ++i) {
            if (int(i) % FOLDS != fold) {
                rest.push_back(current[i]);
            }
        }
        TaggerOptions options;
        options.folds = 0;
        const Tagger tagger = Tagger::train(rest, options);
        for (std::size_t i = std::size_t(fold); i < gold.size(); i += FOLDS) {
            Sentence expected = gold[i];
            for (Token& t : expected.tokens) {
                t.upos.clear();
                t.xpos.clear();
            }
            tagger.tag(expected);
            current[i] = expected;
            ASSERT_EQ(jackknifed[i].tokens.size(), expected.tokens.size());
            for (std::size_t w = 0; w < expected.tokens.size(); ++w) {
                EXPECT_EQ(jackknifed[i].tokens[w].xpos, expected.tokens[w].xpos)
                    << "fold " << fold << ", sentence " << i << ", word " << w;
                ++words;
                changed += jackknifed[i].tokens[w].xpos != gold[i].tokens[w].xpos ? 1 : 0;
                EXPECT_EQ(jackknifed[i].tokens[w].head, gold[i].tokens[w].head); // tags only
            }
        }
    }
    // Taggers trained on 80 sentences make mistakes: the tags really are predicted ones.
    EXPECT_GT(changed, words / 20);
}

} // namespace
} // namespace kg::ingest::nlp
