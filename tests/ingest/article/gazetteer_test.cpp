#include "ingest/article/gazetteer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace kg::ingest::article {
namespace {

const std::string DATA = std::string(KG_SOURCE_DIR) + "/tests/data/article/gazetteer/";

const Gazetteer& shipped() {
    static const Gazetteer gazetteer = [] {
        Gazetteer g;
        std::vector<Diagnostic> diagnostics;
        const bool ok =
            g.loadFile(std::string(KG_SOURCE_DIR) + "/models/gazetteer.tsv", diagnostics);
        EXPECT_TRUE(ok);
        for (const Diagnostic& d : diagnostics) {
            ADD_FAILURE() << formatDiagnostic(d);
        }
        return g;
    }();
    return gazetteer;
}

// "surface=Canonical" for every match, demonyms marked with '~'.
std::vector<std::string> matches(const Gazetteer& g, std::string_view text) {
    std::vector<std::string> out;
    for (const GazetteerMatch& m : g.findAll(text)) {
        out.push_back(std::string(text.substr(m.begin, m.end - m.begin)) + (m.demonym ? "~" : "=") +
                      g.entry(m.entry).name);
    }
    return out;
}

TEST(Gazetteer, ShippedFileFindsTheDomainsActors) {
    struct Case {
        const char* text;
        std::vector<std::string> expected;
    };
    const Case cases[] = {
        {"Beijing urged the U.S. government to act.",
         {"Beijing=China", "U.S. government=United States"}},
        {"Washington and Tokyo agreed.", {"Washington=United States", "Tokyo=Japan"}},
        {"China\u2019s Cyberspace Administration summoned Nvidia.",
         {"China\u2019s Cyberspace Administration=Cyberspace Administration of China",
          "Nvidia=Nvidia"}},
        {"China's Cyberspace Administration (CAC) said", // ASCII apostrophe, acronym
         {"China's Cyberspace Administration=Cyberspace Administration of China",
          "CAC=Cyberspace Administration of China"}},
        {"the Bureau of Industry and Security and the Commerce Department",
         {"Bureau of Industry and Security=Bureau of Industry and Security",
          "Commerce Department=United States Department of Commerce"}},
        {"MOFCOM and METI replied.",
         {"MOFCOM=Chinese Ministry of Commerce", "METI=Ministry of Economy, Trade and Industry"}},
        {"U.S. President Donald Trump met Chinese President Xi Jinping.",
         {"U.S.=United States", "President Donald Trump=Donald Trump",
          "Chinese President Xi Jinping=Xi Jinping"}},
        {"Chinese officials met American semiconductor companies.",
         {"Chinese~China", "American~United States"}},
        {"TSMC, SK hynix, Samsung and Tokyo Electron",
         {"TSMC=TSMC", "SK hynix=SK Hynix", "Samsung=Samsung Electronics",
          "Tokyo Electron=Tokyo Electron"}},
        {"NVIDIA shares and the CHIPS act", {"NVIDIA=Nvidia", "CHIPS act=CHIPS and Science Act"}},
        {"Xinhua, People\u2019s Daily and the Global Times",
         {"Xinhua=Xinhua", "People\u2019s Daily=People's Daily", "Global Times=Global Times"}},
        {"high-bandwidth memory chips", {"high-bandwidth memory=high bandwidth memory"}},
        {"The Trump administration banned it.", {"Trump administration=Trump administration"}},
        {"New Mexico and Mexico", {"New Mexico=New Mexico", "Mexico=Mexico"}},
        {"Gallium prices rose. Xinyuan Germanium Industrial Co. gained.",
         {"Gallium=gallium"}}, // a common noun inside a company name is not the metal
        // Case-unsafe names need their exact case; demonyms need a word after them.
        {"let us know what the us team thinks", {}},
        {"He said it was Chinese.", {}},
        {"intel on the apple harvest", {}},
        {"US and U.S.-China ties", {"US=United States", "U.S.=United States", "China=China"}},
    };
    const Gazetteer& g = shipped();
    for (const Case& c : cases) {
        EXPECT_EQ(matches(g, c.text), c.expected) << c.text;
    }
}

TEST(Gazetteer, LookupOfWholeNames) {
    struct Case {
        const char* name;
        const char* canonical; // "" when unknown
        graph::EntityType type;
    };
    const Case cases[] = {
        {"United States of America", "United States", graph::EntityType::Gpe},
        {"united states", "United States", graph::EntityType::Gpe},
        {"China\u2019s Ministry of Commerce", "Chinese Ministry of Commerce",
         graph::EntityType::Org},
        {"BIS", "Bureau of Industry and Security", graph::EntityType::Org},
        {"CHIPS Act", "CHIPS and Science Act", graph::EntityType::Law},
        {"Xi Jinping", "Xi Jinping", graph::EntityType::Person},
        {"H20", "H20", graph::EntityType::Product},
        {"us", "", graph::EntityType::Other},
        {"bis", "", graph::EntityType::Other},
        {"Chinese", "", graph::EntityType::Other}, // a demonym alone names nobody
        {"", "", graph::EntityType::Other},
        {"Nobody In Particular", "", graph::EntityType::Other},
    };
    const Gazetteer& g = shipped();
    for (const Case& c : cases) {
        const GazetteerEntry* e = g.lookup(c.name);
        if (std::string(c.canonical).empty()) {
            EXPECT_EQ(e, nullptr) << c.name << " -> " << e->name;
        } else {
            ASSERT_NE(e, nullptr) << c.name;
            EXPECT_EQ(e->name, c.canonical) << c.name;
            EXPECT_EQ(e->type, c.type) << c.name;
        }
    }
}

TEST(Gazetteer, TokenSequencesMatchOnTokenBoundaries) {
    const Gazetteer& g = shipped();
    const std::vector<std::string_view> tokens = {
        "China",  "\u2019s", "Cyberspace", "Administration", "summoned",
        "Nvidia", "and",     "U.S.",       "officials",      "."};
    const auto found = g.findAll(tokens);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].begin, 0u);
    EXPECT_EQ(found[0].end, 4u);
    EXPECT_EQ(g.entry(found[0].entry).name, "Cyberspace Administration of China");
    EXPECT_EQ(found[1].begin, 5u);
    EXPECT_EQ(g.entry(found[1].entry).name, "Nvidia");
    EXPECT_EQ(found[2].begin, 7u);
    EXPECT_EQ(found[2].end, 8u);

    // "U.S.-made" as one token does not end where "U.S." does.
    const std::vector<std::string_view> glued = {"U.S.-made", "chips"};
    EXPECT_TRUE(g.findAll(glued).empty());
}

TEST(Gazetteer, UserAliasFileExtendsTheShippedOne) {
    Gazetteer g = shipped();
    std::vector<Diagnostic> diagnostics;
    ASSERT_TRUE(g.loadFile(DATA + "user_aliases.tsv", diagnostics));
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(g.lookup("Green Team")->name, "Nvidia");
    EXPECT_EQ(g.lookup("Nvidia Corp.")->name, "Nvidia"); // shipped aliases stay
    EXPECT_EQ(g.lookup("yuyuan tan tian")->name, "Yuyuan Tantian");
    EXPECT_EQ(g.lookup("Acme")->name, "Acme Robotics");
    g.addAlias("HBM3E", "high bandwidth memory");
    EXPECT_EQ(g.lookup("HBM3E")->name, "high bandwidth memory");
    g.addAlias("Widget", "Brand New Thing", graph::EntityType::Product);
    ASSERT_NE(g.lookup("Brand New Thing"), nullptr);
    EXPECT_EQ(g.lookup("Widget")->type, graph::EntityType::Product);
}

TEST(Gazetteer, BadRowsNameFileAndLine) {
    Gazetteer g;
    std::vector<Diagnostic> diagnostics;
    EXPECT_FALSE(g.loadFile(DATA + "bad_rows.tsv", diagnostics));
    struct Expected {
        std::size_t line;
        DiagCode code;
    };
    const Expected expected[] = {{3, DiagCode::FieldCount},
                                 {4, DiagCode::BadValue},
                                 {5, DiagCode::EmptyField},
                                 {6, DiagCode::FieldCount}};
    ASSERT_EQ(diagnostics.size(), std::size(expected));
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        EXPECT_EQ(diagnostics[i].file, DATA + "bad_rows.tsv");
        EXPECT_EQ(diagnostics[i].line, expected[i].line) << i;
        EXPECT_EQ(diagnostics[i].code, expected[i].code) << i;
    }
    // Good rows around the bad ones are kept.
    EXPECT_EQ(g.lookup("GC Holdings")->name, "Good Co");
    EXPECT_EQ(g.lookup("Later Alias")->name, "After Errors");

    struct FileCase {
        const char* name;
        std::string content;
        DiagCode code;
        std::size_t line;
    };
    const FileCase files[] = {
        {"bad header", "name\tkind\tother\nX\tORG\tY\n", DiagCode::MissingColumn, 1},
        {"comments only", "# nothing\n\n", DiagCode::EmptyInput, 0},
        {"invalid UTF-8", "canonical_name\ttype\taliases\nCaf\xE9\tORG\t\n", DiagCode::InvalidUtf8,
         2},
        {"NUL", std::string("canonical_name\ttype\taliases\nA\0\tORG\t\n", 34),
         DiagCode::BinaryInput, 2},
    };
    for (const FileCase& f : files) {
        Gazetteer fresh;
        std::vector<Diagnostic> d;
        std::istringstream in(f.content);
        EXPECT_FALSE(fresh.load(in, "f.tsv", d)) << f.name;
        ASSERT_FALSE(d.empty()) << f.name;
        EXPECT_EQ(d[0].code, f.code) << f.name;
        EXPECT_EQ(d[0].line, f.line) << f.name;
        EXPECT_EQ(d[0].file, "f.tsv") << f.name;
    }
    std::vector<Diagnostic> missing;
    Gazetteer none;
    EXPECT_FALSE(none.loadFile(DATA + "does_not_exist.tsv", missing));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].code, DiagCode::IoError);
}

TEST(GivenNames, ListedWordsAsWrittenAndBadLinesNamed) {
    Gazetteer g;
    std::vector<Diagnostic> d;
    std::istringstream in("# given names\nRichard\n\nO'Neil\nJean-Luc\nMary Ann\nR2\nZo\xC3\xAB\n");
    EXPECT_FALSE(g.loadGivenNames(in, "names.txt", d));
    EXPECT_TRUE(g.givenName("Richard"));
    EXPECT_TRUE(g.givenName("O'Neil"));
    EXPECT_TRUE(g.givenName("Jean-Luc"));
    EXPECT_TRUE(g.givenName("Zo\xC3\xAB")); // letters beyond ASCII are letters
    EXPECT_FALSE(g.givenName("richard"));   // as written: a lower-case word is no name
    EXPECT_FALSE(g.givenName("Mary"));
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].file, "names.txt");
    EXPECT_EQ(d[0].line, 6u);
    EXPECT_EQ(d[0].column, 5u);
    EXPECT_NE(d[0].message.find("one word"), std::string::npos) << d[0].message;
    EXPECT_EQ(d[1].line, 7u);
    EXPECT_NE(d[1].message.find("'2'"), std::string::npos) << d[1].message;

    std::vector<Diagnostic> missing;
    EXPECT_FALSE(g.loadGivenNamesFile(DATA + "does_not_exist.txt", missing));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].code, DiagCode::IoError);

    // The shipped list loads without a diagnostic.
    Gazetteer shippedNames;
    std::vector<Diagnostic> none;
    EXPECT_TRUE(shippedNames.loadGivenNamesFile(
        std::string(KG_SOURCE_DIR) + "/models/given_names.txt", none));
    EXPECT_TRUE(none.empty());
    EXPECT_TRUE(shippedNames.givenName("Richard"));
}

// A heading that says "(male)" or "(female)" gives its names a gender until the next group's
// heading; a name under both is neither.
TEST(GivenNames, HeadingsGiveGenders) {
    Gazetteer g;
    std::vector<Diagnostic> d;
    std::istringstream in("# English (male)\nRichard\nJordan\n# English (female)\nMary\n"
                          "Jordan\n# (a note, in the same group)\nHelen\n# French\nMarie\n");
    EXPECT_TRUE(g.loadGivenNames(in, "names.txt", d));
    EXPECT_EQ(g.givenGender("Richard"), 'm');
    EXPECT_EQ(g.givenGender("Mary"), 'f');
    EXPECT_EQ(g.givenGender("Helen"), 'f');
    EXPECT_EQ(g.givenGender("Jordan"), '?');
    EXPECT_EQ(g.givenGender("Marie"), '\0');
    EXPECT_TRUE(g.givenName("Marie"));
    EXPECT_EQ(g.givenGender("Nobody"), '\0');
}

TEST(Acronyms, DefinedInText) {
    struct Case {
        const char* sentence;
        std::vector<std::pair<std::string, std::string>> expected; // short, long
    };
    const Case cases[] = {
        {"China wants relief on high-bandwidth memory (HBM) chips.",
         {{"HBM", "high-bandwidth memory"}}},
        {"the Bureau of Industry and Security (BIS) said",
         {{"BIS", "Bureau of Industry and Security"}}},
        {"advanced wafer fabrication equipment (WFE) from America",
         {{"WFE", "wafer fabrication equipment"}}},
        {"China's Ministry of Commerce (MOFCOM) announced", {{"MOFCOM", "Ministry of Commerce"}}},
        {"their validated end-user (VEU) status", {{"VEU", "validated end-user"}}},
        {"the CAC (Cyberspace Administration of China) summoned",
         {{"CAC", "Cyberspace Administration of China"}}},
        {"Both the Ministry of Economy, Trade and Industry (METI) and the Bureau of Industry and "
         "Security (BIS) agreed.",
         {{"METI", "Ministry of Economy, Trade and Industry"},
          {"BIS", "Bureau of Industry and Security"}}},
        {"(Bloomberg) Shares rose.", {}},
        {"Prices rose (sharply) on Monday.", {}},
        {"The plan (XYZ) has nothing in common.", {}},
        {"An unclosed (HBM paren", {}},
        {"(HBM) at the start", {}},
    };
    for (const Case& c : cases) {
        const std::string sentence = c.sentence;
        const auto found = findAcronyms(sentence);
        std::vector<std::pair<std::string, std::string>> actual;
        for (const AcronymDefinition& a : found) {
            actual.emplace_back(a.shortForm, a.longForm);
            EXPECT_EQ(sentence.substr(a.shortBegin, a.shortEnd - a.shortBegin), a.shortForm);
            EXPECT_EQ(sentence.substr(a.longBegin, a.longEnd - a.longBegin), a.longForm);
        }
        EXPECT_EQ(actual, c.expected) << c.sentence;
    }
}

} // namespace
} // namespace kg::ingest::article
