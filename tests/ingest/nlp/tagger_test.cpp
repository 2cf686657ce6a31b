#include "ingest/nlp/tagger.h"

#include "ingest/nlp/model_io.h"
#include "ingest/nlp/word_classes.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::ingest::nlp {
namespace {

// A toy treebank: enough regularity for a perceptron to learn it perfectly.
std::vector<Sentence> toyTreebank() {
    const char* const TEXT = "# text = The chips are unsafe .\n"
                             "1\tThe\tthe\tDET\tDT\t_\t_\t_\t_\t_\n"
                             "2\tchips\tchip\tNOUN\tNNS\t_\t_\t_\t_\t_\n"
                             "3\tare\tbe\tAUX\tVBP\t_\t_\t_\t_\t_\n"
                             "4\tunsafe\tunsafe\tADJ\tJJ\t_\t_\t_\t_\t_\n"
                             "5\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n"
                             "\n"
                             "# text = Nvidia denied it .\n"
                             "1\tNvidia\tNvidia\tPROPN\tNNP\t_\t_\t_\t_\t_\n"
                             "2\tdenied\tdeny\tVERB\tVBD\t_\t_\t_\t_\t_\n"
                             "3\tit\tit\tPRON\tPRP\t_\t_\t_\t_\t_\n"
                             "4\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n"
                             "\n"
                             "# text = China banned the chips .\n"
                             "1\tChina\tChina\tPROPN\tNNP\t_\t_\t_\t_\t_\n"
                             "2\tbanned\tban\tVERB\tVBD\t_\t_\t_\t_\t_\n"
                             "3\tthe\tthe\tDET\tDT\t_\t_\t_\t_\t_\n"
                             "4\tchips\tchip\tNOUN\tNNS\t_\t_\t_\t_\t_\n"
                             "5\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n"
                             "\n";
    std::istringstream in(TEXT);
    auto result = readConllu(in, "toy.conllu");
    EXPECT_TRUE(result.diagnostics.empty());
    return result.sentences;
}

std::string tempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("kg_tagger_test_" + std::to_string(::getpid()) + "_" + name))
        .string();
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Enough passes for the toy treebank, two folds, nothing pruned.
TaggerOptions toyOptions() {
    TaggerOptions options;
    options.iterations = 5;
    options.folds = 2;
    options.pruneBelow = 0.0f;
    return options;
}

TEST(Tagger, LearnsATinyTreebankAndRoundTripsThroughAFile) {
    const auto gold = toyTreebank();
    const TaggerOptions options = toyOptions();
    const Tagger tagger = Tagger::train(gold, options);
    EXPECT_EQ(tagger.evaluate(gold).uposCorrect, tagger.evaluate(gold).tokens);
    const std::string path = tempPath("toy.bin");
    tagger.save(path);
    const Tagger loaded = Tagger::load(path);
    EXPECT_EQ(loaded.featureCount(), tagger.featureCount());
    for (const Sentence& g : gold) {
        Sentence a = g;
        Sentence b = g;
        tagger.tag(a);
        loaded.tag(b);
        for (std::size_t i = 0; i < a.tokens.size(); ++i) {
            EXPECT_EQ(a.tokens[i].upos, b.tokens[i].upos);
            EXPECT_EQ(a.tokens[i].xpos, b.tokens[i].xpos);
            EXPECT_EQ(b.tokens[i].upos, g.tokens[i].upos) << g.tokens[i].form;
        }
    }
    // Saving the loaded model gives the same bytes; training again gives the same bytes.
    const std::string again = tempPath("toy2.bin");
    loaded.save(again);
    EXPECT_EQ(readBytes(path), readBytes(again));
    Tagger::train(gold, options).save(again);
    EXPECT_EQ(readBytes(path), readBytes(again));
    std::remove(path.c_str());
    std::remove(again.c_str());
}

TEST(Tagger, BytesEmbedTheModelAndClassesMatchTheTags) {
    const auto gold = toyTreebank();
    const Tagger tagger = Tagger::train(gold, toyOptions());
    const std::string path = tempPath("toy_bytes.bin");
    tagger.save(path);
    EXPECT_EQ(tagger.bytes(), readBytes(path)) << "bytes() is the file";
    const Tagger copy = Tagger::fromBytes(tagger.bytes(), "embedded");
    EXPECT_EQ(copy.bytes(), tagger.bytes());
    std::vector<std::uint16_t> classes;
    for (const Sentence& g : gold) {
        Sentence s = g;
        copy.tag(s);
        copy.tagClasses(g, classes);
        ASSERT_EQ(classes.size(), g.tokens.size());
        for (std::size_t i = 0; i < classes.size(); ++i) {
            ASSERT_LT(classes[i], copy.classCount());
            EXPECT_EQ(copy.classUpos(classes[i]), s.tokens[i].upos) << g.tokens[i].form;
        }
    }
    // A damaged copy is refused with the name given.
    std::string cut = tagger.bytes();
    cut.resize(cut.size() / 2);
    try {
        Tagger::fromBytes(cut, "parser.bin (supertagger)");
        FAIL() << "loaded half a model";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("parser.bin (supertagger)"), std::string::npos)
            << e.what();
    }
    std::remove(path.c_str());
}

TEST(Tagger, TagsEmptySentencesAndOddBytes) {
    TaggerOptions options;
    options.iterations = 2;
    options.folds = 0;
    const Tagger tagger = Tagger::train(toyTreebank(), options);
    Sentence empty;
    tagger.tag(empty);
    EXPECT_TRUE(empty.tokens.empty());
    Sentence odd;
    for (const std::string& form :
         {std::string("\xFF\xFE"), std::string("a"), std::string(100000, 'x')}) {
        Token t;
        t.form = form;
        odd.tokens.push_back(t);
    }
    tagger.tag(odd);
    for (const Token& t : odd.tokens) {
        EXPECT_FALSE(t.upos.empty());
    }
}

// Four one-word sentences: two nouns and two comparatives, all ending in "er".
std::vector<Sentence> erTreebank() {
    std::string text;
    for (const char* line : {"banker\tbanker\tNOUN\tNN", "worker\tworker\tNOUN\tNN",
                             "safer\tsafe\tADJ\tJJR", "nicer\tnice\tADJ\tJJR"}) {
        text += std::string("1\t") + line + "\t_\t_\t_\t_\t_\n\n";
    }
    std::istringstream in(text);
    return readConllu(in, "er.conllu").sentences;
}

// A WordNet folder with only these noun and adjective index lines, the other files empty.
void writeWordNet(const std::string& dir, const std::string& nouns, const std::string& adjectives) {
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/index.noun") << nouns;
    std::ofstream(dir + "/index.adj") << adjectives;
    for (const char* file :
         {"/index.verb", "/index.adv", "/noun.exc", "/verb.exc", "/adj.exc", "/adv.exc"}) {
        std::ofstream(dir + file) << "";
    }
}

// Single-word sentences whose words all end in "-er": only WordNet's word classes tell the
// unseen "tougher" (a comparative of "tough") from the unseen "farmer" (a noun).
TEST(Tagger, WordClassesTellUnseenWordsApart) {
    const auto gold = erTreebank();
    ASSERT_EQ(gold.size(), 4u);
    const std::string dir = tempPath("wordnet");
    writeWordNet(dir, "banker n\nworker n\nfarmer n\n", "safe a\nnice a\ntough a\n");
    const auto tagOne = [](const Tagger& tagger, const char* form) {
        Sentence s;
        s.tokens.push_back(Token{});
        s.tokens[0].form = form;
        tagger.tag(s);
        return s.tokens[0].xpos;
    };
    TaggerOptions options;
    options.iterations = 5;
    options.folds = 0;
    options.pruneBelow = 0.0f;
    options.wordnetDir = dir;
    const Tagger withClasses = Tagger::train(gold, options);
    EXPECT_EQ(tagOne(withClasses, "tougher"), "JJR");
    EXPECT_EQ(tagOne(withClasses, "farmer"), "NN");
    // The classes travel in the model file.
    const std::string path = tempPath("er.bin");
    withClasses.save(path);
    std::filesystem::remove_all(dir);
    EXPECT_EQ(tagOne(Tagger::load(path), "tougher"), "JJR");
    std::remove(path.c_str());
    // Without them the two words look alike to the tagger.
    options.wordnetDir.clear();
    const Tagger without = Tagger::train(gold, options);
    EXPECT_EQ(tagOne(without, "tougher"), tagOne(without, "farmer"));
}

// The tagger caches what it works out about a form (word classes, ambiguity class) per thread:
// two models whose word classes disagree on "farmer" must each keep their own view of it, in
// whichever order they tag it.
TEST(Tagger, WordCacheKeepsModelsApart) {
    const auto gold = erTreebank();
    const auto train = [&](const std::string& nouns, const std::string& adjectives) {
        const std::string dir = tempPath("wordnet_cache");
        writeWordNet(dir, nouns, adjectives);
        TaggerOptions options;
        options.iterations = 5;
        options.folds = 0;
        options.pruneBelow = 0.0f;
        options.wordnetDir = dir;
        Tagger tagger = Tagger::train(gold, options);
        std::filesystem::remove_all(dir);
        return tagger;
    };
    const Tagger farmerNoun = train("banker n\nworker n\nfarmer n\n", "safe a\nnice a\n");
    // "farmer" as the comparative of an adjective "farm", like "safer" of "safe".
    const Tagger farmerAdjective = train("banker n\nworker n\n", "safe a\nnice a\nfarm a\n");
    const auto tagFarmer = [](const Tagger& tagger) {
        Sentence s;
        s.tokens.push_back(Token{});
        s.tokens[0].form = "farmer";
        tagger.tag(s);
        return s.tokens[0].xpos;
    };
    const std::string noun = tagFarmer(farmerNoun);
    const std::string adjective = tagFarmer(farmerAdjective);
    EXPECT_EQ(noun, "NN");
    EXPECT_EQ(adjective, "JJR");
    for (int round = 0; round < 2; ++round) {
        EXPECT_EQ(tagFarmer(farmerNoun), noun);
        EXPECT_EQ(tagFarmer(farmerAdjective), adjective);
    }
}

// Sentences of identical forms whose tags (in UPOS) follow the given XPOS alone: word i of a
// sentence is "form/XPOS/UPOS".
std::vector<Sentence> givenTreebank(const std::vector<std::vector<std::string>>& sentences) {
    std::string text;
    for (const auto& words : sentences) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string& w = words[i];
            const std::size_t a = w.find('/');
            const std::size_t b = w.find('/', a + 1);
            text += std::to_string(i + 1) + "\t" + w.substr(0, a) + "\t_\t" + w.substr(b + 1) +
                    "\t" + w.substr(a + 1, b - a - 1) + "\t_\t_\t_\t_\t_\n";
        }
        text += "\n";
    }
    std::istringstream in(text);
    auto result = readConllu(in, "given.conllu");
    EXPECT_TRUE(result.diagnostics.empty());
    return result.sentences;
}

// With given tags the tagger reads each word's XPOS, near and far: the first word's tag here
// depends on whether the sentence's last word, four or five words away (outside the word
// window), is a verb, and "fish" is a noun or a verb by its own XPOS. Without given tags the
// same data cannot be learnt, since the forms are the same.
TEST(Tagger, GivenTagsAreReadNearAndFarAndLeftAlone) {
    const auto train = givenTreebank({
        {"a/DT/HEADVERB", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/VBD/V"},
        {"a/DT/HEADNOUN", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/NN/N"},
        {"a/DT/HEADVERB", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/VBZ/V"},
        {"a/DT/HEADNOUN", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/NNS/N"},
        {"fish/NN/N", "fish/VBP/V"},
        {"fish/VBP/V", "fish/NN/N"},
        {"fish/NN/N"},
        {"fish/VBP/V"},
    });
    TaggerOptions options = toyOptions();
    options.iterations = 10;
    options.givenTags = true;
    const Tagger tagger = Tagger::train(train, options);
    EXPECT_EQ(tagger.classCount(), 5u) << "UPOS alone are the classes";
    options.givenTags = false;
    const Tagger blind = Tagger::train(train, options);
    TaggerAccuracy seeing = tagger.evaluate(train);
    EXPECT_EQ(seeing.uposCorrect, seeing.tokens);
    EXPECT_EQ(seeing.xposCorrect, seeing.tokens) << "the given XPOS stay as they are";
    EXPECT_LT(blind.evaluate(train).uposCorrect, seeing.tokens);

    // New sentences: the verb five words away (bucket 4-6, as in training) and a new order.
    auto fresh = givenTreebank({
        {"a/DT/HEADVERB", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/VBD/V"},
        {"a/DT/HEADNOUN", "x/JJ/ADJ", "x/JJ/ADJ", "x/JJ/ADJ", "z/NNS/N"},
        {"fish/VBP/V", "fish/VBP/V", "fish/NN/N"},
    });
    // The model file keeps the flag: a copy from the bytes reads tags too.
    const std::string bytes = tagger.bytes();
    ASSERT_GT(bytes.size(), 12u);
    EXPECT_EQ(bytes[8], 4) << "format version 4 for a tagger with given tags";
    const Tagger copy = Tagger::fromBytes(bytes, "given");
    EXPECT_EQ(copy.bytes(), bytes);
    for (const Tagger* t : {&tagger, &copy}) {
        for (const Sentence& g : fresh) {
            Sentence s = g;
            t->tag(s);
            for (std::size_t i = 0; i < s.tokens.size(); ++i) {
                EXPECT_EQ(s.tokens[i].upos, g.tokens[i].upos) << g.tokens[i].form << " " << i;
                EXPECT_EQ(s.tokens[i].xpos, g.tokens[i].xpos);
            }
        }
    }
    // A tagger without given tags is still written in format version 3.
    EXPECT_EQ(blind.bytes()[8], 3);
    // The flag byte (after the two-pass byte) must be 1 in a version-4 file: some offset, set to
    // 7, is reported as that flag (the scan saves spelling out the file layout here). Any other
    // damaged byte either still loads or is a runtime_error (a count is checked before memory
    // is reserved for it), never a crash or std::bad_alloc.
    bool damaged = false;
    for (std::size_t at = 12; at < bytes.size() && !damaged; ++at) {
        std::string trial = bytes;
        trial[at] = 7;
        try {
            Tagger::fromBytes(trial, "damaged");
        } catch (const std::runtime_error& e) {
            damaged = std::string(e.what()).find("bad given-tags flag 7") != std::string::npos;
        }
    }
    EXPECT_TRUE(damaged) << "a bad flag byte is reported";
}

TEST(Tagger, TrainingWithoutWordsIsAnError) {
    EXPECT_THROW(Tagger::train({}, {}), std::runtime_error);
}

struct BadFile {
    const char* name;
    std::string bytes;
    const char* message;
};

TEST(Tagger, LoadReportsMissingForeignAndTruncatedFiles) {
    TaggerOptions options;
    options.iterations = 2;
    options.folds = 0;
    const std::string good = tempPath("good.bin");
    Tagger::train(toyTreebank(), options).save(good);
    const std::string bytes = readBytes(good);
    std::string wrongVersion = bytes;
    wrongVersion[8] = 9;
    const BadFile cases[] = {
        {"foreign", "PK\x03\x04 not a model at all", "bad magic"},
        {"empty", "", "bad magic"},
        {"truncated", bytes.substr(0, bytes.size() / 2), "truncated"},
        {"trailing", bytes + "xx", "trailing"},
        {"version", wrongVersion, "version 9"},
    };
    for (const BadFile& c : cases) {
        const std::string path = tempPath(c.name);
        {
            std::ofstream out(path, std::ios::binary);
            out << c.bytes;
        }
        try {
            Tagger::load(path);
            ADD_FAILURE() << c.name << " loaded";
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            EXPECT_EQ(what.rfind(path + ": ", 0), 0u) << what;
            EXPECT_NE(what.find(c.message), std::string::npos) << c.name << ": " << what;
        }
        std::remove(path.c_str());
    }
    EXPECT_THROW(Tagger::load(tempPath("does-not-exist")), std::runtime_error);
    const std::string folder = tempPath("folder.bin");
    std::filesystem::create_directories(folder);
    try {
        Tagger::load(folder);
        ADD_FAILURE() << "a folder loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), folder + ": is a directory, not a model file");
    }
    std::filesystem::remove(folder);
    std::remove(good.c_str());
}

// The committed model must stay usable: a broken or stale model fails here.
TEST(Tagger, CommittedModelKeepsItsAccuracyOnADevSlice) {
    const std::string dev =
        std::string(KG_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(dev)) {
        GTEST_SKIP() << dev << " not present";
    }
    std::ifstream in(dev);
    auto gold = readConllu(in, dev).sentences;
    ASSERT_GE(gold.size(), 300u);
    gold.resize(300);
    const Tagger tagger = Tagger::load(std::string(KG_SOURCE_DIR) + "/models/tagger.bin");
    const TaggerAccuracy acc = tagger.evaluate(gold);
    EXPECT_GT(acc.tokens, 3000u);
    EXPECT_GE(acc.upos(), 0.93);
    EXPECT_GE(acc.xpos(), 0.92);
}

// The word classes the committed model was trained with answer for the pipeline's repairs;
// a model trained without a lexicon knows none.
TEST(Tagger, WordClassesComeFromTheModelsLexicon) {
    const Tagger tagger = Tagger::load(std::string(KG_SOURCE_DIR) + "/models/tagger.bin");
    EXPECT_NE(tagger.wordClasses("ministry") & WC_NOUN, 0);
    EXPECT_EQ(tagger.wordClasses("ministry") & WC_VERB, 0);
    EXPECT_NE(tagger.wordClasses("impose") & WC_VERB, 0);
    EXPECT_EQ(tagger.wordClasses("nymex"), 0);
    TaggerOptions options;
    options.iterations = 1;
    options.folds = 0;
    const Tagger bare = Tagger::train(toyTreebank(), options);
    EXPECT_EQ(bare.wordClasses("ministry"), 0);
}

// The committed model has rows of both storage kinds (short runs and the frequent features'
// dense rows): saving what was loaded gives the same bytes, and the copy tags alike.
TEST(Tagger, CommittedModelRoundTripsByteForByte) {
    const std::string committed = std::string(KG_SOURCE_DIR) + "/models/tagger.bin";
    const Tagger tagger = Tagger::load(committed);
    const std::string copy = tempPath("committed_copy.bin");
    tagger.save(copy);
    EXPECT_TRUE(readBytes(copy) == readBytes(committed)) << "the saved copy differs";
    const Tagger reloaded = Tagger::load(copy);
    std::remove(copy.c_str());
    std::vector<Sentence> a = toyTreebank();
    std::vector<Sentence> b = toyTreebank();
    for (std::size_t i = 0; i < a.size(); ++i) {
        tagger.tag(a[i]);
        reloaded.tag(b[i]);
        for (std::size_t j = 0; j < a[i].tokens.size(); ++j) {
            EXPECT_EQ(a[i].tokens[j].xpos, b[i].tokens[j].xpos) << i << ":" << j;
        }
    }
    EXPECT_EQ(a[1].tokens[1].xpos, "VBD"); // "denied"
    EXPECT_GT(tagger.weightCount(), tagger.featureCount());
}

} // namespace
} // namespace kg::ingest::nlp
