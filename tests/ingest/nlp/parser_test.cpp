#include "ingest/nlp/parser.h"

#include "cli/cli.h"
#include "cli/treebank.h"
#include "ingest/nlp/conllu.h"
#include "ingest/nlp/model_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kg::ingest::nlp {
namespace {

const std::string MODEL = std::string(KG_SOURCE_DIR) + "/models/parser.bin";
const std::string DEV = std::string(KG_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";

std::vector<Sentence> readText(const std::string& conllu) {
    std::istringstream in(conllu);
    ConlluReadResult r = readConllu(in, "test.conllu");
    EXPECT_FALSE(hasErrors(r.diagnostics));
    return r.sentences;
}

// A small hand-made treebank: enough to train a model in milliseconds.
const char* TINY = "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                   "2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n"
                   "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                   "\n"
                   "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                   "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                   "3\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                   "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
                   "5\tbird\tbird\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                   "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
                   "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                   "8\tgarden\tgarden\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
                   "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                   "\n";

Parser tinyParser(int beam = 1) {
    ParserOptions options;
    // A global update fixes at most one mistake per sentence and pass: beams need more passes.
    options.iterations = beam > 1 ? 12 : 5;
    options.pruneBelow = 0.0f;
    options.beam = beam;
    return Parser::train(readText(TINY), options);
}

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void expectTree(const Sentence& s) {
    const int n = int(s.tokens.size());
    int roots = 0;
    for (int d = 1; d <= n; ++d) {
        const Token& t = s.tokens[std::size_t(d - 1)];
        ASSERT_GE(t.head, 0) << "word " << d;
        ASSERT_LE(t.head, n) << "word " << d;
        ASSERT_FALSE(t.deprel.empty()) << "word " << d;
        EXPECT_EQ(t.head == 0, t.deprel == "root") << "word " << d << " " << t.deprel;
        roots += t.head == 0 ? 1 : 0;
        int w = d;
        for (int steps = 0; w != 0; ++steps) {
            ASSERT_LE(steps, n) << "cycle through word " << d;
            w = s.tokens[std::size_t(w - 1)].head;
        }
    }
    EXPECT_EQ(roots, 1);
}

Sentence words(const std::vector<std::string>& forms, const std::string& upos,
               const std::string& xpos) {
    Sentence s;
    for (const std::string& f : forms) {
        Token t;
        t.form = f;
        t.upos = upos;
        t.xpos = xpos;
        s.tokens.push_back(t);
    }
    return s;
}

TEST(Parser, TrainsOnTinyTreebankAndReproducesIt) {
    const Parser parser = tinyParser();
    const std::vector<Sentence> gold = readText(TINY);
    const ParserAccuracy acc = parser.evaluate(gold);
    EXPECT_EQ(acc.tokens, 12U);
    EXPECT_EQ(acc.headCorrect, 12U);
    EXPECT_EQ(acc.labelCorrect, 12U);
}

// A word tagged PUNCT always gets `punct` from the greedy parser, whatever its words suggest:
// "bird" retagged PUNCT is no longer the object. Other words keep their labels, and a sentence
// of one punctuation mark still has its root.
TEST(Parser, WordsTaggedPunctGetThePunctLabel) {
    const Parser parser = tinyParser();
    std::vector<Sentence> sentences = readText(TINY);
    Sentence s = sentences[1];
    parser.parse(s);
    EXPECT_EQ(s.tokens[4].deprel, "obj");
    s.tokens[4].upos = "PUNCT";
    parser.parse(s);
    EXPECT_EQ(s.tokens[4].deprel, "punct");
    EXPECT_EQ(s.tokens[1].deprel, "nsubj");
    EXPECT_EQ(s.tokens[2].deprel, "root");

    Sentence mark;
    mark.tokens.push_back(sentences[0].tokens[2]); // "."
    mark.tokens[0].head = -1;
    mark.tokens[0].deprel.clear();
    parser.parse(mark);
    EXPECT_EQ(mark.tokens[0].head, 0);
    EXPECT_EQ(mark.tokens[0].deprel, "root");
}

// Beam parsers trained globally (max-violation) learn the tiny treebank too, and decode it with
// their own width, a wider one and greedily.
TEST(Parser, BeamTrainingReproducesTinyTreebank) {
    const std::vector<Sentence> gold = readText(TINY);
    for (const int beam : {2, 4, 8}) {
        SCOPED_TRACE("beam " + std::to_string(beam));
        const Parser parser = tinyParser(beam);
        EXPECT_EQ(parser.beam(), beam);
        for (const int width : {0, beam, 16}) {
            const ParserAccuracy acc = parser.evaluate(gold, width);
            EXPECT_EQ(acc.tokens, 12U);
            EXPECT_EQ(acc.labelCorrect, 12U) << "width " << width;
        }
    }
}

TEST(Parser, BeamModelRoundTripKeepsWidthAndBytes) {
    const Parser parser = tinyParser(4);
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    parser.save((dir / "beam_a.bin").string());
    const Parser loaded = Parser::load((dir / "beam_a.bin").string());
    EXPECT_EQ(loaded.beam(), 4);
    loaded.save((dir / "beam_b.bin").string());
    EXPECT_EQ(fileBytes(dir / "beam_a.bin"), fileBytes(dir / "beam_b.bin"));
    tinyParser(4).save((dir / "beam_c.bin").string());
    EXPECT_EQ(fileBytes(dir / "beam_a.bin"), fileBytes(dir / "beam_c.bin")); // deterministic
    tinyParser().save((dir / "beam_greedy.bin").string());
    EXPECT_NE(fileBytes(dir / "beam_a.bin"), fileBytes(dir / "beam_greedy.bin"));
}

struct HeaderCase {
    const char* name;
    std::uint32_t version;
    std::uint32_t beam;
    const char* error;            ///< nullptr: loads
    std::uint8_t supertagger = 0; ///< version 5: the supertagger flag
};

// Hand-written model files with no weights: the header's version and beam width are checked;
// version 3 files (before beams) still load.
TEST(Parser, LoadChecksVersionAndBeamWidth) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::vector<HeaderCase> cases = {
        {"greedy", 4, 1, nullptr},
        {"widest", 4, 64, nullptr},
        {"zero width", 4, 0, "bad beam width 0"},
        {"too wide", 4, 65, "bad beam width 65"},
        {"version 3: no width, loads as greedy", 3, 0, nullptr},
        {"version 2", 2, 1, "version 2"},
        {"version 5 without supertagger", 5, 1, nullptr},
        {"version 5, bad supertagger flag", 5, 1, "bad supertagger flag", 2},
        {"version 5, supertagger missing", 5, 1, "truncated", 1},
    };
    for (const HeaderCase& c : cases) {
        SCOPED_TRACE(c.name);
        ModelWriter w("KGPARSER", c.version);
        w.u32(1);
        w.str("root");
        w.u32(0);
        w.f32(1.0f);
        if (c.version >= 4) {
            w.u32(c.beam);
        }
        w.u32(0); // rows
        if (c.version >= 5) {
            w.u8(c.supertagger);
        }
        const std::string path = (dir / "header.bin").string();
        w.save(path);
        if (c.error == nullptr) {
            const Parser p = Parser::load(path);
            EXPECT_EQ(p.beam(), c.version >= 4 ? int(c.beam) : 1);
            EXPECT_EQ(p.supertagger(), nullptr);
            Sentence s = words({"a", "b", "c"}, "X", "X");
            p.parse(s);
            expectTree(s);
            continue;
        }
        try {
            Parser::load(path);
            FAIL() << "loaded";
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(c.error), std::string::npos) << e.what();
        }
    }
}

TEST(Parser, SaveLoadRoundTripKeepsBytesAndParses) {
    const Parser parser = tinyParser();
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "a.bin").string();
    const std::string b = (dir / "b.bin").string();
    parser.save(a);
    const Parser loaded = Parser::load(a);
    loaded.save(b);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
    EXPECT_EQ(loaded.labels(), parser.labels());
    EXPECT_EQ(loaded.weightCount(), parser.weightCount());
    std::vector<Sentence> x = readText(TINY), y = readText(TINY);
    for (std::size_t i = 0; i < x.size(); ++i) {
        parser.parse(x[i]);
        loaded.parse(y[i]);
        for (std::size_t j = 0; j < x[i].tokens.size(); ++j) {
            EXPECT_EQ(x[i].tokens[j].head, y[i].tokens[j].head);
            EXPECT_EQ(x[i].tokens[j].deprel, y[i].tokens[j].deprel);
        }
    }
}

// "A hearing is scheduled on the issue today.": "on the issue" modifies "hearing" across the
// verb, a non-projective arc that training lifts to "scheduled".
const char* CROSSING = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
                       "2\thearing\thearing\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
                       "3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_\n"
                       "4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                       "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
                       "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                       "7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
                       "8\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\t_\n"
                       "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
                       "\n";

Parser crossingParser(int liftLabels) {
    ParserOptions options;
    options.iterations = 5;
    options.pruneBelow = 0.0f;
    options.liftLabels = liftLabels;
    return Parser::train(readText(std::string(TINY) + CROSSING), options);
}

TEST(Parser, PseudoProjectiveLabelsRestoreACrossingArc) {
    const std::vector<Sentence> gold = readText(CROSSING);
    const Parser parser = crossingParser(10);
    const auto& labels = parser.labels();
    EXPECT_NE(std::find(labels.begin(), labels.end(), "nmod^nsubj:pass"), labels.end());
    Sentence s = gold[0];
    parser.parse(s);
    EXPECT_EQ(s.tokens[6].head, 2) << "the crossing arc is back";
    EXPECT_EQ(s.tokens[6].deprel, "nmod") << "the mark is gone";
    const ParserAccuracy acc = parser.evaluate(gold);
    EXPECT_EQ(acc.labelCorrect, acc.tokens);

    // Without marks the parser can only learn the lifted arc, so its trees stay projective.
    const Parser liftOnly = crossingParser(0);
    EXPECT_EQ(std::find(liftOnly.labels().begin(), liftOnly.labels().end(), "nmod^nsubj:pass"),
              liftOnly.labels().end());
    Sentence t = gold[0];
    liftOnly.parse(t);
    EXPECT_EQ(t.tokens[6].head, 4);
    EXPECT_EQ(t.tokens[6].deprel, "nmod");
}

TEST(Parser, PseudoProjectiveModelRoundTripsAndChecksItsMarks) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "lifted.bin").string();
    crossingParser(10).save(a);
    Sentence s = readText(CROSSING)[0];
    Parser::load(a).parse(s);
    EXPECT_EQ(s.tokens[6].head, 2);
    // A mark naming a label the model does not have is refused with the file's name.
    std::string bytes = fileBytes(a);
    const std::size_t at = bytes.find("nmod^nsubj:pass");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 15, "nmod^nsubj:xxxx");
    const std::string bad = (dir / "bad_mark.bin").string();
    std::ofstream(bad, std::ios::binary) << bytes;
    try {
        Parser::load(bad);
        FAIL() << "a model with an unknown lifted label loaded";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find(bad), std::string::npos) << what;
        EXPECT_NE(what.find("nsubj:xxxx"), std::string::npos) << what;
    }
}

TEST(Parser, TrainingRefusesLabelsWithTheLiftMark) {
    std::string text = TINY;
    text.replace(text.find("\tobj\t"), 5, "\to^b\t");
    EXPECT_THROW(Parser::train(readText(text), {}), std::runtime_error);
}

// A model trained on real data has rows of every storage kind (one or two weights in the hash
// slot, short sparse rows, dense rows of the frequent features); saving what was loaded must give
// the same bytes and loading must not change a single parse.
TEST(Parser, RoundTripOfARealModelKeepsBytesAndParses) {
    if (!std::filesystem::exists(DEV)) {
        GTEST_SKIP() << DEV << " not found";
    }
    std::ifstream in(DEV);
    ConlluReadResult r = readConllu(in, DEV);
    ASSERT_GE(r.sentences.size(), 400U);
    const std::vector<Sentence> train(r.sentences.begin(), r.sentences.begin() + 300);
    const std::vector<Sentence> held(r.sentences.begin() + 300, r.sentences.begin() + 400);
    ParserOptions options;
    options.iterations = 2;
    const Parser parser = Parser::train(train, options);
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "real_a.bin").string();
    const std::string b = (dir / "real_b.bin").string();
    parser.save(a);
    const Parser loaded = Parser::load(a);
    loaded.save(b);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
    EXPECT_EQ(loaded.featureCount(), parser.featureCount());
    EXPECT_EQ(loaded.weightCount(), parser.weightCount());
    const ParserAccuracy before = parser.evaluate(held);
    const ParserAccuracy after = loaded.evaluate(held);
    EXPECT_EQ(before.headCorrect, after.headCorrect);
    EXPECT_EQ(before.labelCorrect, after.labelCorrect);
    EXPECT_GT(before.uas(), 0.5); // it learned something from 300 sentences
}

TEST(Parser, TrainingIsDeterministic) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    tinyParser().save((dir / "c.bin").string());
    tinyParser().save((dir / "d.bin").string());
    EXPECT_EQ(fileBytes(dir / "c.bin"), fileBytes(dir / "d.bin"));
}

TEST(Parser, LoadRejectsBadFiles) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    EXPECT_THROW(Parser::load((dir / "missing.bin").string()), std::runtime_error);
    // A folder opens as a stream with no size a buffer can take: named, not std::bad_alloc.
    std::filesystem::create_directories(dir / "folder.bin");
    try {
        Parser::load((dir / "folder.bin").string());
        FAIL() << "a folder loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()),
                  (dir / "folder.bin").string() + ": is a directory, not a model file");
    }
    const std::string garbage = (dir / "garbage.bin").string();
    std::ofstream(garbage) << "not a parser model at all";
    EXPECT_THROW(Parser::load(garbage), std::runtime_error);
    // A truncated copy of a real model.
    const std::string full = (dir / "full.bin").string();
    tinyParser().save(full);
    std::ifstream in(full, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string cut = (dir / "cut.bin").string();
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() - 3);
    try {
        Parser::load(cut);
        FAIL() << "truncated model loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(cut), std::string::npos) << e.what();
    }
}

struct OddInput {
    const char* name;
    Sentence sentence;
};

TEST(Parser, EveryOutputIsOneTree) {
    const Parser tiny = tinyParser();
    const Parser tinyBeam = tinyParser(4);
    std::vector<std::string> many;
    for (int i = 0; i < 300; ++i) {
        many.push_back(i % 7 == 0 ? "," : "word" + std::to_string(i));
    }
    const std::vector<OddInput> inputs = {
        {"one token", words({"Hello"}, "INTJ", "UH")},
        {"one punctuation mark", words({"."}, "PUNCT", ".")},
        {"300 tokens", words(many, "NOUN", "NN")},
        {"all punctuation", words({"!", "?", ".", ",", ";", "..."}, "PUNCT", ".")},
        {"unknown tags", words({"zzz", "qqq", "xxx"}, "XYZ", "QQ")},
        {"no tags", words({"the", "cat", "sat"}, "", "")},
        {"empty forms", words({"", "", ""}, "_", "_")},
    };
    std::vector<const Parser*> parsers = {&tiny, &tinyBeam};
    std::unique_ptr<Parser> committed;
    if (std::filesystem::exists(MODEL)) {
        committed = std::make_unique<Parser>(Parser::load(MODEL));
        parsers.push_back(committed.get());
    }
    for (const Parser* parser : parsers) {
        for (const OddInput& input : inputs) {
            SCOPED_TRACE(input.name);
            for (const int width : {1, 3, 8}) {
                SCOPED_TRACE("width " + std::to_string(width));
                Sentence s = input.sentence;
                parser->parse(s, width);
                expectTree(s);
            }
            Sentence s = input.sentence;
            parser->parse(s);
            expectTree(s);
        }
        Sentence empty;
        parser->parse(empty);
        EXPECT_TRUE(empty.tokens.empty());
    }
}

TEST(Parser, CommittedModelMeetsAccuracyFloorOnDevSlice) {
    if (!std::filesystem::exists(DEV)) {
        GTEST_SKIP() << DEV << " not found";
    }
    ASSERT_TRUE(std::filesystem::exists(MODEL)) << MODEL << " is not committed";
    std::ifstream in(DEV);
    ConlluReadResult r = readConllu(in, DEV);
    ASSERT_GE(r.sentences.size(), 300U);
    r.sentences.resize(300);
    const Parser parser = Parser::load(MODEL);
    // The committed model parses with its own supertagger (models/parser.md, "Supertags").
    ASSERT_NE(parser.supertagger(), nullptr);
    EXPECT_GT(parser.supertagger()->classCount(), 50U);
    // Gold tags as read: the committed model scores 88.65 / 86.49 on this slice (session 8's
    // model without supertags 87.91 / 86.04).
    const ParserAccuracy acc = parser.evaluate(r.sentences);
    EXPECT_GT(acc.tokens, 3000U);
    EXPECT_GE(acc.uas(), 0.88);
    EXPECT_GE(acc.las(), 0.86);
}

TEST(Supertags, AreTheLabelAndTheSideOfTheHead) {
    const std::vector<Sentence> tiny = readText(TINY);
    EXPECT_EQ(Parser::supertag(tiny[0], 0), "nsubj/L"); // Dogs <- bark
    EXPECT_EQ(Parser::supertag(tiny[0], 1), "root/0");
    EXPECT_EQ(Parser::supertag(tiny[0], 2), "punct/R"); // bark -> .
    EXPECT_EQ(Parser::supertag(tiny[1], 4), "obj/R");   // saw -> bird
}

// The tiny treebank n times over (its two sentences alternate).
std::vector<Sentence> tinyTimes(int n) {
    std::vector<Sentence> out;
    for (int i = 0; i < n; ++i) {
        for (const Sentence& s : readText(TINY)) {
            out.push_back(s);
        }
    }
    return out;
}

Parser supertagParser(const std::vector<Sentence>& train,
                      std::shared_ptr<const Supertagging>& supertags) {
    TaggerOptions taggerOptions;
    taggerOptions.iterations = 5;
    taggerOptions.folds = 0;
    supertags = std::make_shared<const Supertagging>(
        Parser::trainSupertagger(train, 3, taggerOptions));
    ParserOptions options;
    options.iterations = 5;
    options.pruneBelow = 0.0f;
    options.supertags = supertags;
    return Parser::train(train, options);
}

TEST(Supertags, TrainIntoTheModelAndSurviveTheFile) {
    const std::vector<Sentence> train = tinyTimes(8);
    std::shared_ptr<const Supertagging> supertags;
    const Parser parser = supertagParser(train, supertags);
    ASSERT_EQ(supertags->training.size(), train.size());
    for (std::size_t i = 0; i < train.size(); ++i) {
        ASSERT_EQ(supertags->training[i].size(), train[i].tokens.size());
        for (std::size_t j = 0; j < train[i].tokens.size(); ++j) {
            // The two sentences alternate, so every fold's tagger saw both of them (3 folds).
            EXPECT_EQ(supertags->training[i][j], Parser::supertag(train[i], j));
        }
    }
    ASSERT_NE(parser.supertagger(), nullptr);
    // The model's supertagger is the one a plain tagger training on the supertag treebank (the
    // supertag as UPOS, "X" as XPOS) gives with the same options.
    std::vector<Sentence> treebank;
    for (const Sentence& g : train) {
        Sentence s;
        for (std::size_t j = 0; j < g.tokens.size(); ++j) {
            Token t;
            t.form = g.tokens[j].form;
            t.upos = Parser::supertag(g, j);
            t.xpos.assign(1, 'X'); // (operator= of a literal trips GCC 12's -Wrestrict)
            s.tokens.push_back(t);
        }
        treebank.push_back(s);
    }
    TaggerOptions taggerOptions;
    taggerOptions.iterations = 5;
    taggerOptions.folds = 0;
    EXPECT_EQ(parser.supertagger()->bytes(), Tagger::train(treebank, taggerOptions).bytes());
    const ParserAccuracy acc = parser.evaluate(readText(TINY));
    EXPECT_EQ(acc.labelCorrect, acc.tokens);

    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string a = (dir / "st_a.bin").string();
    const std::string b = (dir / "st_b.bin").string();
    parser.save(a);
    const Parser loaded = Parser::load(a);
    ASSERT_NE(loaded.supertagger(), nullptr);
    loaded.save(b);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
    EXPECT_EQ(loaded.evaluate(readText(TINY)).labelCorrect, acc.tokens);
    // The same data and options give the same bytes.
    std::shared_ptr<const Supertagging> again;
    supertagParser(train, again).save(b);
    EXPECT_EQ(fileBytes(a), fileBytes(b));
}

TEST(Supertags, MustFitTheTrainingSentences) {
    const std::vector<Sentence> train = tinyTimes(4);
    TaggerOptions taggerOptions;
    taggerOptions.iterations = 2;
    taggerOptions.folds = 0;
    auto supertags =
        std::make_shared<Supertagging>(Parser::trainSupertagger(train, 2, taggerOptions));
    ParserOptions options;
    options.iterations = 1;
    options.supertags = supertags;
    const std::vector<Sentence> fewer(train.begin(), train.begin() + 3);
    EXPECT_THROW(Parser::train(fewer, options), std::invalid_argument);
    supertags->training[1].pop_back();
    try {
        Parser::train(train, options);
        FAIL() << "trained with a missing supertag";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("sentence 2 has 9 words and 8 supertags"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW(Parser::trainSupertagger(train, 1, taggerOptions), std::invalid_argument);
    // An unparsed sentence (no heads, no labels) gets guesses but teaches nothing: the
    // supertagger never learns the empty label.
    std::vector<Sentence> withRaw = train;
    Sentence raw = words({"Cats", "sleep", "."}, "X", "X");
    withRaw.push_back(raw);
    const Supertagging guessed = Parser::trainSupertagger(withRaw, 2, taggerOptions);
    ASSERT_EQ(guessed.training.back().size(), 3U);
    for (std::size_t c = 0; c < guessed.tagger->classCount(); ++c) {
        EXPECT_NE(guessed.tagger->classUpos(c).front(), '/') << guessed.tagger->classUpos(c);
    }
}

TEST(Supertags, ModelsWithAndWithoutThemAreNotAveraged) {
    const std::vector<Sentence> train = tinyTimes(8);
    std::shared_ptr<const Supertagging> supertags;
    const Parser with = supertagParser(train, supertags);
    ParserOptions options;
    options.iterations = 5;
    options.pruneBelow = 0.0f;
    const Parser without = Parser::train(train, options);
    EXPECT_EQ(with.averageMismatch(without), "one with supertags, one without");
    EXPECT_EQ(with.averageMismatch(with), "");
    EXPECT_THROW(Parser::average({with, without}, 0.0f), std::invalid_argument);
    const Parser mean = Parser::average({with, with}, 0.0f);
    ASSERT_NE(mean.supertagger(), nullptr);
}

// Pruning the supertagger keeps the parser's weights and drops the supertagger's small ones;
// parser-average --supertagger-prune does it to a file.
TEST(Supertags, PruningTheSupertaggerShrinksOnlyIt) {
    const std::vector<Sentence> train = tinyTimes(8);
    std::shared_ptr<const Supertagging> supertags;
    const Parser parser = supertagParser(train, supertags);
    const Parser same = parser.withSupertaggerPruned(0.0f);
    EXPECT_EQ(same.supertagger()->bytes(), parser.supertagger()->bytes());
    const Parser small = parser.withSupertaggerPruned(2.0f);
    EXPECT_LT(small.supertagger()->weightCount(), parser.supertagger()->weightCount());
    EXPECT_EQ(small.weightCount(), parser.weightCount());
    EXPECT_EQ(small.averageMismatch(parser), "different supertaggers");

    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string in = (dir / "st_full.bin").string();
    const std::string out = (dir / "st_pruned.bin").string();
    parser.save(in);
    std::istringstream input;
    std::ostringstream o, e;
    ASSERT_EQ(cli::run({"train", "parser-average", in, "-o", out, "--prune", "0",
                        "--supertagger-prune", "2"},
                       {input, o, e}),
              0)
        << e.str();
    const Parser loaded = Parser::load(out);
    EXPECT_EQ(loaded.supertagger()->bytes(), small.supertagger()->bytes());
    EXPECT_LT(std::filesystem::file_size(out), std::filesystem::file_size(in));
}

// The committed model is trained with pseudo-projective labels (`--lift-labels 10`), so it can
// give a stranded preposition its head across the clause: "about" → "country" crosses the root arc.
TEST(Parser, CommittedModelRestoresACrossingArc) {
    ASSERT_TRUE(std::filesystem::exists(MODEL)) << MODEL << " is not committed";
    const Parser parser = Parser::load(MODEL);
    const auto& labels = parser.labels();
    EXPECT_EQ(std::count_if(labels.begin(), labels.end(),
                            [](const std::string& l) { return l.find('^') != std::string::npos; }),
              10);
    const std::vector<std::pair<const char*, const char*>> words = {
        {"What", "WDT"}, {"country", "NN"}, {"are", "VBP"}, {"we", "PRP"},
        {"talking", "VBG"}, {"about", "IN"}, {"?", "."}};
    const std::vector<const char*> upos = {"DET", "NOUN", "AUX", "PRON", "VERB", "ADP", "PUNCT"};
    Sentence s;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Token t;
        t.form = words[i].first;
        t.xpos = words[i].second;
        t.upos = upos[i];
        s.tokens.push_back(t);
    }
    parser.parse(s);
    expectTree(s);
    EXPECT_EQ(s.tokens[4].head, 0) << "talking is the root";
    EXPECT_EQ(s.tokens[1].head, 5) << "country hangs on talking";
    EXPECT_EQ(s.tokens[5].head, 2) << "about hangs on country, across the root arc";
    EXPECT_EQ(s.tokens[5].deprel, "case");
}

struct CliCase {
    const char* name;
    std::vector<std::string> args;
};

TEST(ParserCommands, MalformedConlluIsAFileLineError) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string bad = (dir / "bad.conllu").string();
    std::ofstream(bad) << "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                          "2\tbark\tbark\tVERB\n"
                          "\n";
    const std::string model = (dir / "tiny.bin").string();
    tinyParser().save(model);
    const std::vector<CliCase> cases = {
        {"train", {"train", "parser", "--train", bad, "-o", (dir / "out.bin").string()}},
        {"eval", {"eval", "parser", bad, "--model", model, "--gold-tags"}},
    };
    for (const CliCase& c : cases) {
        SCOPED_TRACE(c.name);
        std::istringstream in;
        std::ostringstream out, err;
        const int rc = cli::run(c.args, {in, out, err});
        EXPECT_EQ(rc, 1);
        EXPECT_NE(err.str().find(bad + ":2:"), std::string::npos) << err.str();
        EXPECT_NE(err.str().find("conll-syntax"), std::string::npos) << err.str();
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "out.bin"));
}

TEST(ParserCommands, EvalPrintsScoresAsJson) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "tiny.conllu").string();
    std::ofstream(gold) << TINY;
    const std::string model = (dir / "tiny-eval.bin").string();
    tinyParser().save(model);
    std::istringstream in;
    std::ostringstream out, err;
    const int rc =
        cli::run({"eval", "parser", gold, "--model", model, "--gold-tags"}, {in, out, err});
    EXPECT_EQ(rc, 0) << err.str();
    EXPECT_EQ(out.str().rfind("{\"tokens\":12,\"uas\":1.0000,\"las\":1.0000,\"tokens_per_s\":", 0),
              0U)
        << out.str();
}

} // namespace
} // namespace kg::ingest::nlp

namespace kg::ingest::nlp {
namespace {

TEST(ParserCommands, TrainWritesALoadableModelAndScoresDev) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train.conllu").string();
    std::ofstream(gold) << TINY;
    const std::string model = (dir / "trained.bin").string();
    std::filesystem::remove(model);
    std::istringstream in;
    std::ostringstream out, err;
    const int rc = cli::run({"train", "parser", "--train", gold, "--dev", gold, "-o", model,
                             "--iterations", "5", "--gold-tags"},
                            {in, out, err});
    ASSERT_EQ(rc, 0) << err.str();
    EXPECT_EQ(out.str().rfind("{\"tokens\":12,\"uas\":1.0000,\"las\":1.0000,", 0), 0U) << out.str();
    EXPECT_NE(err.str().find("parser pass 5:"), std::string::npos) << err.str();
    EXPECT_EQ(Parser::load(model).labels().size(), 7U); // case det nsubj obj obl punct root
}

// --lift-labels N turns on the pseudo-projective labels: the trained model scores the crossing
// arc of CROSSING right on dev (it cannot without them), and N out of range is a usage error.
TEST(ParserCommands, LiftLabelsRestoreCrossingArcs) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "crossing.conllu").string();
    std::ofstream(gold) << TINY << CROSSING;
    const std::string model = (dir / "crossing.bin").string();
    const auto train = [&](const std::string& lift) {
        std::filesystem::remove(model);
        std::istringstream in;
        std::ostringstream out, err;
        const int rc = cli::run({"train", "parser", "--train", gold, "--dev", gold, "-o", model,
                                 "--iterations", "5", "--gold-tags", "--lift-labels", lift},
                                {in, out, err});
        return std::make_pair(rc, out.str() + err.str());
    };
    const auto [liftRc, lifted] = train("3");
    ASSERT_EQ(liftRc, 0) << lifted;
    EXPECT_EQ(lifted.rfind("{\"tokens\":21,\"uas\":1.0000,\"las\":1.0000,", 0), 0U) << lifted;
    const auto [plainRc, plain] = train("0");
    ASSERT_EQ(plainRc, 0) << plain;
    EXPECT_EQ(plain.rfind("{\"tokens\":21,\"uas\":0.9524,", 0), 0U) << plain; // 20 of 21
    const auto [badRc, bad] = train("61");
    EXPECT_EQ(badRc, 2);
    EXPECT_NE(bad.find("--lift-labels"), std::string::npos) << bad;
    EXPECT_FALSE(std::filesystem::exists(model));
}

// --beam in training makes a beam model (its progress lines say so); --beam in eval overrides
// the model's width, and a width out of range is a usage error.
TEST(ParserCommands, BeamOptionsTrainAndEval) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-beam.conllu").string();
    std::ofstream(gold) << TINY;
    const std::string model = (dir / "trained-beam.bin").string();
    std::filesystem::remove(model);
    std::istringstream in;
    std::ostringstream out, err;
    ASSERT_EQ(cli::run({"train", "parser", "--train", gold, "-o", model, "--iterations", "12",
                        "--beam", "3"},
                       {in, out, err}),
              0)
        << err.str();
    EXPECT_NE(err.str().find("parser pass 12 (beam 3):"), std::string::npos) << err.str();
    EXPECT_EQ(Parser::load(model).beam(), 3);
    for (const char* width : {"3", "8"}) {
        SCOPED_TRACE(width);
        std::ostringstream o, e;
        EXPECT_EQ(
            cli::run({"eval", "parser", gold, "--model", model, "--gold-tags", "--beam", width},
                     {in, o, e}),
            0)
            << e.str();
        EXPECT_EQ(o.str().rfind("{\"tokens\":12,\"uas\":1.0000,\"las\":1.0000,", 0), 0U) << o.str();
    }
    std::ostringstream o, e, o1, e1;
    EXPECT_EQ(cli::run({"eval", "parser", gold, "--model", model, "--beam", "0"}, {in, o, e}), 2);
    // Greedy decoding of a beam model runs (its accuracy is not what the model was trained for).
    EXPECT_EQ(cli::run({"eval", "parser", gold, "--model", model, "--gold-tags", "--beam", "1"},
                       {in, o1, e1}),
              0);
    EXPECT_EQ(o1.str().rfind("{\"tokens\":12,", 0), 0U) << o1.str();
}

// --dev-every-pass scores the dev set after each pass, greedy or with a beam: one line per pass.
TEST(ParserCommands, DevEveryPassLogsOneScorePerPass) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-devlog.conllu").string();
    std::ofstream(gold) << TINY;
    for (const char* beam : {"1", "2"}) {
        SCOPED_TRACE(beam);
        std::istringstream in;
        std::ostringstream out, err;
        ASSERT_EQ(cli::run({"train", "parser", "--train", gold, "--dev", gold, "-o",
                            (dir / "devlog.bin").string(), "--iterations", "3", "--beam", beam,
                            "--dev-every-pass"},
                           {in, out, err}),
                  0)
            << err.str();
        std::size_t lines = 0;
        for (std::size_t at = err.str().find("  dev UAS "); at != std::string::npos;
             at = err.str().find("  dev UAS ", at + 1)) {
            ++lines;
        }
        EXPECT_EQ(lines, 3U) << err.str();
    }
}

TEST(ParserCommands, TaggerAndGoldTagsExcludeEachOther) {
    std::istringstream in;
    std::ostringstream out, err;
    EXPECT_EQ(cli::run({"eval", "parser", "x.conllu", "--gold-tags", "--tagger", "t.bin"},
                       {in, out, err}),
              2);
}

TEST(ParserCommands, WithGoldNeedsJackknife) {
    std::istringstream in;
    std::ostringstream out, err;
    EXPECT_EQ(cli::run({"train", "parser", "--train", "x.conllu", "-o", "x.bin", "--with-gold"},
                       {in, out, err}),
              2);
    EXPECT_NE(err.str().find("--jackknife"), std::string::npos) << err.str();
}

// --jackknife K --with-gold trains on the K-fold retagged sentences and on the gold ones: on the
// tiny treebank (too small for taggers to learn much) the parser still learns the gold trees.
TEST(ParserCommands, JackknifeWithGoldTrains) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-jk.conllu").string();
    std::ofstream(gold) << TINY << TINY;
    const std::string model = (dir / "trained-jk.bin").string();
    std::filesystem::remove(model);
    std::istringstream in;
    std::ostringstream out, err;
    const int rc = cli::run({"train", "parser", "--train", gold, "-o", model, "--iterations", "5",
                             "--jackknife", "2", "--with-gold"},
                            {in, out, err});
    ASSERT_EQ(rc, 0) << err.str();
    EXPECT_NE(err.str().find("jack-knife tagger 2/2"), std::string::npos) << err.str();
    // TINY twice, retagged and gold: 48 words, two moves each.
    EXPECT_NE(err.str().find("of 96 moves"), std::string::npos) << err.str();
    EXPECT_EQ(Parser::load(model).evaluate(readText(TINY)).headCorrect, 12U);
}

// --supertags K trains the supertagger into the model, from the treebank as read: with
// --jackknife --with-gold the gold-tagged copies reuse the guesses (the parser sees 96 moves).
TEST(ParserCommands, SupertagsTrainIntoTheModel) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-st.conllu").string();
    std::ofstream(gold) << TINY << TINY << TINY;
    const std::string model = (dir / "trained-st.bin").string();
    std::filesystem::remove(model);
    std::istringstream in;
    std::ostringstream out, err;
    const int rc = cli::run({"train", "parser", "--train", gold, "-o", model, "--iterations", "5",
                             "--supertags", "3", "--jackknife", "2", "--with-gold",
                             "--wordnet", ""},
                            {in, out, err});
    ASSERT_EQ(rc, 0) << err.str();
    EXPECT_NE(err.str().find("supertagger, fold 3 of 3 trained"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("supertagger on all sentences trained"), std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find("supertagger trained in"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("of 144 moves"), std::string::npos) << err.str();
    const Parser parser = Parser::load(model);
    EXPECT_NE(parser.supertagger(), nullptr);
    EXPECT_EQ(parser.evaluate(readText(TINY)).headCorrect, 12U);

    std::ostringstream out2, err2;
    EXPECT_EQ(cli::run({"train", "parser", "--train", gold, "-o", model, "--supertags", "1"},
                       {in, out2, err2}),
              2);
    EXPECT_NE(err2.str().find("--supertags"), std::string::npos) << err2.str();
}

// --supertagger-passes 1 trains the supertaggers without the second pass: the model's supertagger
// is the one-pass tagger of the supertag treebank, not the two-pass default.
TEST(ParserCommands, SupertaggerPassesPicksOneOrTwoPasses) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-st1.conllu").string();
    std::ofstream(gold) << TINY << TINY << TINY;
    const std::vector<Sentence> sentences = readText(std::string(TINY) + TINY + TINY);
    TaggerOptions taggerOptions;
    taggerOptions.wordnetDir = "";
    const std::string twoPass =
        Parser::trainSupertagger(sentences, 3, taggerOptions).tagger->bytes();
    taggerOptions.folds = 0;
    const std::string onePass =
        Parser::trainSupertagger(sentences, 3, taggerOptions).tagger->bytes();
    ASSERT_NE(onePass, twoPass);
    for (const auto& [passes, expected] :
         {std::pair<const char*, const std::string*>{"1", &onePass}, {"2", &twoPass}}) {
        const std::string model = (dir / ("trained-st" + std::string(passes) + ".bin")).string();
        std::filesystem::remove(model);
        std::istringstream in;
        std::ostringstream out, err;
        const int rc =
            cli::run({"train", "parser", "--train", gold, "-o", model, "--iterations", "5",
                      "--supertags", "3", "--supertagger-passes", passes, "--wordnet", ""},
                     {in, out, err});
        ASSERT_EQ(rc, 0) << err.str();
        const Parser parser = Parser::load(model);
        ASSERT_NE(parser.supertagger(), nullptr);
        EXPECT_EQ(parser.supertagger()->bytes(), *expected) << passes << " passes";
        EXPECT_EQ(parser.evaluate(readText(TINY)).headCorrect, 12U);
    }
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"--supertagger-passes", "1"},
          std::vector<std::string>{"--supertags", "0", "--supertagger-passes", "1"},
          std::vector<std::string>{"--supertags", "3", "--supertagger-passes", "3"}}) {
        std::vector<std::string> args{"train", "parser", "--train",
                                      gold,    "-o",     (dir / "never.bin").string()};
        args.insert(args.end(), bad.begin(), bad.end());
        std::istringstream in;
        std::ostringstream out, err;
        EXPECT_EQ(cli::run(args, {in, out, err}), 2) << bad.back();
        EXPECT_NE(err.str().find("--supertag"), std::string::npos) << err.str();
        EXPECT_FALSE(std::filesystem::exists(dir / "never.bin"));
    }
}

// --supertagger-tags: the supertaggers read the part-of-speech tags, in training the jack-knifed
// ones (the same tags the parser learns from), so the model's supertagger is the one trained on
// the jack-knifed treebank with given tags.
TEST(ParserCommands, SupertaggerTagsReadTheJackknifedTags) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "train-stt.conllu").string();
    std::ofstream(gold) << TINY << TINY << TINY;
    std::vector<Sentence> jackknifed = readText(std::string(TINY) + TINY + TINY);
    {
        std::istringstream in;
        std::ostringstream out, err;
        cli::Context context{{in, out, err}};
        cli::jackknifeTags(jackknifed, 2, "", context);
    }
    // The test tells jack-knifed from gold tags only if they differ somewhere.
    const std::vector<Sentence> goldTags = readText(std::string(TINY) + TINY + TINY);
    std::size_t retagged = 0;
    for (std::size_t i = 0; i < goldTags.size(); ++i) {
        for (std::size_t w = 0; w < goldTags[i].tokens.size(); ++w) {
            retagged += jackknifed[i].tokens[w].xpos != goldTags[i].tokens[w].xpos ? 1 : 0;
        }
    }
    ASSERT_GT(retagged, 0U);
    TaggerOptions taggerOptions;
    taggerOptions.wordnetDir = "";
    taggerOptions.folds = 0;
    taggerOptions.givenTags = true;
    const std::string expected =
        Parser::trainSupertagger(jackknifed, 3, taggerOptions).tagger->bytes();
    taggerOptions.givenTags = false;
    ASSERT_NE(Parser::trainSupertagger(jackknifed, 3, taggerOptions).tagger->bytes(), expected);

    const std::string model = (dir / "trained-stt.bin").string();
    std::filesystem::remove(model);
    std::istringstream in;
    std::ostringstream out, err;
    const int rc = cli::run({"train", "parser", "--train", gold, "-o", model, "--iterations", "5",
                             "--supertags", "3", "--supertagger-passes", "1",
                             "--supertagger-tags", "--jackknife", "2", "--with-gold",
                             "--wordnet", ""},
                            {in, out, err});
    ASSERT_EQ(rc, 0) << err.str();
    const Parser parser = Parser::load(model);
    ASSERT_NE(parser.supertagger(), nullptr);
    EXPECT_EQ(parser.supertagger()->bytes(), expected);
    EXPECT_EQ(parser.evaluate(readText(TINY)).headCorrect, 12U);

    std::ostringstream out2, err2;
    EXPECT_EQ(cli::run({"train", "parser", "--train", gold, "-o", (dir / "never.bin").string(),
                        "--supertagger-tags"},
                       {in, out2, err2}),
              2);
    EXPECT_NE(err2.str().find("--supertagger-tags"), std::string::npos) << err2.str();
    EXPECT_NE(err2.str().find("needs --supertags"), std::string::npos) << err2.str();
    EXPECT_FALSE(std::filesystem::exists(dir / "never.bin"));
}

// A model averaged with itself is itself: the mean of equal weights, requantised to the same
// scale, gives the same bytes (nothing pruned).
TEST(ParserAverage, OfAModelWithItselfKeepsItsBytes) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const Parser parser = tinyParser();
    parser.save((dir / "avg_one.bin").string());
    // Any number of copies: the mean of equal stored weights is taken in stored units, so no
    // rounding of 1/k can move the scale or a weight.
    for (const std::size_t copies : {1U, 2U, 3U, 5U, 7U, 11U}) {
        Parser::average(std::vector<Parser>(copies, parser), 0.0f)
            .save((dir / "avg_copies.bin").string());
        EXPECT_EQ(fileBytes(dir / "avg_one.bin"), fileBytes(dir / "avg_copies.bin")) << copies;
    }
}

// Two seeds give two different models; their mean keeps every feature either one has (no
// pruning), and still reproduces the treebank both learned.
TEST(ParserAverage, KeepsTheUnionOfTheFeaturesAndStillParses) {
    ParserOptions options;
    options.iterations = 5;
    options.pruneBelow = 0.0f;
    const std::vector<Sentence> gold = readText(TINY);
    options.seed = 1;
    const Parser a = Parser::train(gold, options);
    options.seed = 7;
    const Parser b = Parser::train(gold, options);
    const Parser mean = Parser::average({a, b}, 0.0f);
    EXPECT_GE(mean.featureCount(), std::max(a.featureCount(), b.featureCount()));
    EXPECT_LE(mean.featureCount(), a.featureCount() + b.featureCount());
    EXPECT_EQ(mean.evaluate(gold).labelCorrect, 12U);
    // Pruning drops the small averaged weights, and more of them the higher the bar.
    const Parser pruned = Parser::average({a, b}, 0.5f);
    const Parser harder = Parser::average({a, b}, 2.0f);
    EXPECT_LT(pruned.weightCount(), mean.weightCount());
    EXPECT_LT(harder.weightCount(), pruned.weightCount());
}

TEST(ParserAverage, RefusesModelsThatDoNotFit) {
    EXPECT_THROW(Parser::average({}, 0.0f), std::invalid_argument);
    const Parser tiny = tinyParser();
    try {
        Parser::average({tiny, crossingParser(10)}, 0.0f);
        ADD_FAILURE() << "different label sets were averaged";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("different labels"), std::string::npos) << e.what();
    }
    try {
        Parser::average({tiny, tinyParser(2)}, 0.0f);
        ADD_FAILURE() << "a greedy and a beam model were averaged";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("beam"), std::string::npos) << e.what();
    }
}

// `train parser --average 2 --seed 4` trains seeds 4 and 5 side by side and writes the same bytes
// as training them one by one (default pruning) and averaging with `train parser-average`.
TEST(ParserCommands, AverageTrainsSeedsAndMatchesParserAverage) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string gold = (dir / "avg_train.conllu").string();
    std::ofstream(gold) << TINY << CROSSING;
    auto run = [](const std::vector<std::string>& args, std::string* log = nullptr) {
        std::istringstream in;
        std::ostringstream out, err;
        const int rc = cli::run(args, {in, out, err});
        EXPECT_EQ(rc, 0) << err.str();
        if (log != nullptr) {
            *log = err.str();
        }
    };
    const std::string both = (dir / "avg_both.bin").string();
    std::string log;
    run({"train", "parser", "--train", gold, "--dev", gold, "--dev-every-pass", "-o", both,
         "--iterations", "3", "--average", "2", "--seed", "4", "--prune", "0.3"},
        &log);
    EXPECT_NE(log.find("seed 4: parser pass 3:"), std::string::npos) << log;
    EXPECT_NE(log.find("seed 5: parser pass 3:"), std::string::npos) << log;
    EXPECT_EQ(log.find("seed 6:"), std::string::npos) << log;
    const std::string one = (dir / "avg_seed4.bin").string();
    const std::string two = (dir / "avg_seed5.bin").string();
    run({"train", "parser", "--train", gold, "-o", one, "--iterations", "3", "--seed", "4"});
    run({"train", "parser", "--train", gold, "-o", two, "--iterations", "3", "--seed", "5"});
    const std::string mean = (dir / "avg_mean.bin").string();
    run({"train", "parser-average", one, two, "-o", mean, "--prune", "0.3"});
    EXPECT_EQ(fileBytes(both), fileBytes(mean));
    EXPECT_NE(fileBytes(one), fileBytes(two)) << "the seeds should differ";
}

TEST(ParserCommands, ParserAverageReportsBadInputs) {
    const auto dir = std::filesystem::temp_directory_path() / "kg_parser_test";
    std::filesystem::create_directories(dir);
    const std::string tiny = (dir / "avg_tiny.bin").string();
    tinyParser().save(tiny);
    const std::string crossing = (dir / "avg_crossing.bin").string();
    crossingParser(10).save(crossing);
    const std::string missing = (dir / "avg_missing.bin").string();
    std::filesystem::remove(missing);
    const std::string out = (dir / "avg_out.bin").string();
    std::filesystem::remove(out);
    struct Case {
        std::vector<std::string> args;
        int rc;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"train", "parser-average", tiny, missing, "-o", out}, 1, missing},
        {{"train", "parser-average", tiny, crossing, "-o", out}, 1, "different labels"},
        {{"train", "parser-average", tiny, "-o", out, "--prune", "-1"}, 2, "--prune"},
        {{"train", "parser", "--train", tiny, "-o", out, "--average", "0"}, 2, "--average"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.message);
        std::istringstream in;
        std::ostringstream o, err;
        EXPECT_EQ(cli::run(c.args, {in, o, err}), c.rc);
        EXPECT_NE(err.str().find(c.message), std::string::npos) << err.str();
    }
    EXPECT_FALSE(std::filesystem::exists(out));
}

} // namespace
} // namespace kg::ingest::nlp
