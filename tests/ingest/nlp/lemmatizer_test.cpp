#include "ingest/nlp/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::ingest::nlp {
namespace {

const std::string MODEL = std::string(KG_SOURCE_DIR) + "/models/lemmatizer.bin";

struct Case {
    const char* form;
    const char* upos;
    const char* xpos;
    const char* lemma;
};

// Verbs from news about who did what, irregulars, unseen words (suffix rules), names, numbers.
const Case CASES[] = {
    {"denied", "VERB", "VBD", "deny"},
    {"summoned", "VERB", "VBD", "summon"},
    {"banned", "VERB", "VBD", "ban"},
    {"pressed", "VERB", "VBD", "press"},
    {"urged", "VERB", "VBD", "urge"},
    {"was", "AUX", "VBD", "be"},
    {"were", "AUX", "VBD", "be"},
    {"has", "AUX", "VBZ", "have"},
    {"chips", "NOUN", "NNS", "chip"},
    {"countries", "NOUN", "NNS", "country"},
    {"criticizes", "VERB", "VBZ", "criticize"},
    {"relaxed", "VERB", "VBN", "relax"},
    {"The", "DET", "DT", "the"},
    {"n’t", "PART", "RB", "not"},
    {"better", "ADJ", "JJR", "good"},
    {"Nvidia", "PROPN", "NNP", "Nvidia"},
    {"Americans", "PROPN", "NNPS", "American"},
    {"1,200", "NUM", "CD", "1200"},
    {"H20", "NOUN", "NN", "H20"},
    {"geese", "NOUN", "NNS", "goose"},
    {"outsourced", "VERB", "VBD", "outsource"},
    {"wrote", "VERB", "VBD", "write"},
    {"Chipmakers", "NOUN", "NNS", "chipmaker"},
    {"tariffing", "VERB", "VBG", "tariff"},
};

TEST(Lemmatizer, CommittedModelLemmatizesNewsWords) {
    const Lemmatizer lemmatizer = Lemmatizer::load(MODEL);
    for (const Case& c : CASES) {
        EXPECT_EQ(lemmatizer.lemma(c.form, c.upos, c.xpos), c.lemma) << c.form << "/" << c.xpos;
    }
}

Sentence sentence(std::vector<std::array<const char*, 3>> words) {
    Sentence s;
    for (const auto& [form, upos, xpos] : words) {
        Token t;
        t.form = form;
        t.upos = upos;
        t.xpos = xpos;
        s.tokens.push_back(t);
    }
    return s;
}

TEST(Lemmatizer, ContextDecidesBetweenBeAndHaveAndBetweenLieAndLay) {
    const Lemmatizer lemmatizer = Lemmatizer::load(MODEL);
    struct ContextCase {
        Sentence words;
        std::size_t index;
        const char* lemma;
    };
    const ContextCase cases[] = {
        {sentence({{"it", "PRON", "PRP"}, {"’s", "AUX", "VBZ"}, {"unsafe", "ADJ", "JJ"}}), 1, "be"},
        {sentence({{"it", "PRON", "PRP"}, {"'s", "AUX", "VBZ"}, {"been", "AUX", "VBN"}}), 1,
         "have"},
        {sentence({{"he", "PRON", "PRP"}, {"'s", "VERB", "VBZ"}, {"got", "VERB", "VBN"}}), 1,
         "have"},
        {sentence({{"Nvidia", "PROPN", "NNP"}, {"’s", "PART", "POS"}, {"chips", "NOUN", "NNS"}}), 1,
         "'s"},
        {sentence({{"he", "PRON", "PRP"}, {"lay", "VERB", "VBD"}, {"down", "ADV", "RB"}}), 1,
         "lie"},
        {sentence({{"they", "PRON", "PRP"}, {"lay", "VERB", "VBP"}, {"bricks", "NOUN", "NNS"}}), 1,
         "lay"},
        {sentence({{"she", "PRON", "PRP"}, {"laid", "VERB", "VBD"}, {"it", "PRON", "PRP"}}), 1,
         "lay"},
    };
    for (const ContextCase& c : cases) {
        Sentence s = c.words;
        lemmatizer.lemmatize(s);
        EXPECT_EQ(s.tokens[c.index].lemma, c.lemma) << s.tokens[c.index].form;
    }
}

TEST(Lemmatizer, TrainsSavesAndLoadsTheSameModel) {
    const char* const TEXT = "1\tprobes\tprobe\tVERB\tVBZ\t_\t_\t_\t_\t_\n"
                             "2\tmoved\tmove\tVERB\tVBD\t_\t_\t_\t_\t_\n"
                             "3\thoped\thope\tVERB\tVBD\t_\t_\t_\t_\t_\n"
                             "4\tsaved\tsave\tVERB\tVBD\t_\t_\t_\t_\t_\n"
                             "5\tmice\tmouse\tNOUN\tNNS\t_\t_\t_\t_\t_\n"
                             "\n";
    std::istringstream in(TEXT);
    const auto train = readConllu(in, "t.conllu").sentences;
    const Lemmatizer trained = Lemmatizer::train(train, "");
    // "waved" is unseen: the learned rule "-ved" → "-ve" applies.
    EXPECT_EQ(trained.lemma("waved", "VERB", "VBD"), "wave");
    EXPECT_EQ(trained.lemma("mice", "NOUN", "NNS"), "mouse");
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("kg_lemmatizer_test_" + std::to_string(::getpid()) + ".bin"))
                                 .string();
    trained.save(path);
    const Lemmatizer loaded = Lemmatizer::load(path);
    EXPECT_EQ(loaded.entryCount(), trained.entryCount());
    EXPECT_EQ(loaded.lemma("waved", "VERB", "VBD"), "wave");
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << "KGTAGGER garbage";
    }
    EXPECT_THROW(Lemmatizer::load(path), std::runtime_error);
    std::remove(path.c_str());
}

TEST(Lemmatizer, EvaluatesAgainstGoldLemmas) {
    const Lemmatizer lemmatizer = Lemmatizer::load(MODEL);
    Sentence gold = sentence({{"China", "PROPN", "NNP"}, {"banned", "VERB", "VBD"}});
    gold.tokens[0].lemma = "China";
    gold.tokens[1].lemma = "bann"; // wrong on purpose: counted as a miss
    const LemmaAccuracy acc = lemmatizer.evaluate({gold}, {gold});
    EXPECT_EQ(acc.tokens, 2u);
    EXPECT_EQ(acc.correct, 1u);
}

} // namespace
} // namespace kg::ingest::nlp
