#include "ingest/nlp/word_classes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace kg::ingest::nlp {
namespace {

// A WordNet folder in miniature: the license lines of index files start with spaces.
struct MiniWordNet {
    std::string dir = (std::filesystem::temp_directory_path() /
                       ("kg_word_classes_" + std::to_string(::getpid())))
                          .string();
    MiniWordNet() {
        std::filesystem::create_directories(dir);
        std::ofstream(dir + "/index.noun") << "  1 This software and database\n"
                                              "tariff n 1 1 @ 1 0 00000000\n"
                                              "box n 1 1 @ 1 0 00000000\n"
                                              "aim n 1 1 @ 1 0 00000000\n"
                                              "trade_war n 1 1 @ 1 0 00000000\n";
        std::ofstream(dir + "/index.verb") << "aim v 1 1 @ 1 0 00000000\n"
                                              "impose v 1 1 @ 1 0 00000000\n"
                                              "ban v 1 1 @ 1 0 00000000\n";
        std::ofstream(dir + "/index.adj") << "tough a 1 1 @ 1 0 00000000\n"
                                             "safe a 1 1 @ 1 0 00000000\n";
        std::ofstream(dir + "/index.adv") << "soon r 1 1 @ 1 0 00000000\n";
        std::ofstream(dir + "/noun.exc") << "children child\n";
        std::ofstream(dir + "/verb.exc") << "banned ban\ntook take\n";
        std::ofstream(dir + "/adj.exc") << "best good\n";
        std::ofstream(dir + "/adv.exc") << "";
    }
    ~MiniWordNet() { std::filesystem::remove_all(dir); }
};

TEST(WordClasses, LemmasRegularAndIrregularInflections) {
    const MiniWordNet wn;
    const WordClasses classes = WordClasses::readWordNet(wn.dir);
    const struct {
        const char* form;
        std::uint8_t bits;
    } cases[] = {
        {"tariff", WC_NOUN},
        {"tariffs", WC_NOUN_INFLECTED},
        {"boxes", WC_NOUN_INFLECTED},
        {"aim", WC_NOUN | WC_VERB},
        {"aims", WC_NOUN_INFLECTED | WC_VERB_INFLECTED},
        {"imposing", WC_VERB_INFLECTED},  // "-ing" + "e"
        {"imposed", WC_VERB_INFLECTED},   // "-ed" + "e"
        {"banned", WC_VERB_INFLECTED},    // the exception list
        {"took", WC_VERB_INFLECTED},
        {"children", WC_NOUN_INFLECTED},
        {"tougher", WC_ADJ_INFLECTED},    // "-er"
        {"safest", WC_ADJ_INFLECTED},     // "-est" + "e"
        {"best", WC_ADJ_INFLECTED},
        {"soon", WC_ADV},
        {"trade_war", 0},                 // multi-word entries are skipped
        {"nvidia", 0},
        {"s", 0},                         // a bare suffix is no inflection of ""
        {"", 0},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(int(classes.of(c.form)), int(c.bits)) << c.form;
    }
}

TEST(WordClasses, RoundTripsThroughEntriesAndReportsAMissingFile) {
    const MiniWordNet wn;
    const WordClasses classes = WordClasses::readWordNet(wn.dir);
    const WordClasses copy = WordClasses::fromEntries(classes.entries());
    EXPECT_EQ(copy.size(), classes.size());
    for (const char* form : {"aims", "imposing", "tougher", "children", "soon", "nvidia"}) {
        EXPECT_EQ(copy.of(form), classes.of(form)) << form;
    }
    EXPECT_TRUE(WordClasses{}.empty());
    EXPECT_EQ(WordClasses{}.of("tariff"), 0);
    std::filesystem::remove(wn.dir + "/adj.exc");
    try {
        WordClasses::readWordNet(wn.dir);
        ADD_FAILURE() << "read without adj.exc";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), wn.dir + "/adj.exc: cannot open file");
    }
}

} // namespace
} // namespace kg::ingest::nlp
