#pragma once
// A temporary store holding a few statements of the seed story, and a way to run `kg` on it
// in-process. Shared by the query and alias command tests.

#include "cli/cli.h"
#include "graph/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace kg::cli::testing {

struct Result {
    int code;
    std::string out;
    std::string err;
};

inline graph::Statement storyStatement(const std::string& s, graph::EntityType st,
                                       const std::string& r, const std::string& o,
                                       graph::EntityType ot, int sentence, const std::string& text,
                                       const std::string& doc = "00_h20.txt") {
    graph::Statement statement;
    statement.doc = doc;
    statement.sentence = sentence;
    statement.text = text;
    statement.subject = s;
    statement.subjectType = st;
    statement.relation = r;
    statement.object = o;
    statement.objectType = ot;
    statement.confidence = 0.9;
    return statement;
}

inline std::vector<graph::Statement> storyStatements() {
    using T = graph::EntityType;
    const std::string cac = "Cyberspace Administration of China";
    std::vector<graph::Statement> s = {
        storyStatement(cac, T::Org, "summon", "Nvidia", T::Org, 9,
                       "On July 31, China\u2019s Cyberspace Administration summoned Nvidia over "
                       "security risks in its H20 chips."),
        storyStatement("Nvidia", T::Org, "deny", "backdoors", T::Concept, 11,
                       "Nvidia denied that its chips have backdoors."),
        storyStatement("Nvidia", T::Org, "make", "H20", T::Product, 3,
                       "The H20 is a chip Nvidia made for the Chinese market."),
        storyStatement("Trump administration", T::Org, "ban sale of", "H20", T::Product, 4,
                       "In April the Trump administration banned sales of the H20 to China."),
        storyStatement("Trump administration", T::Org, "allow sale of", "H20", T::Product, 5,
                       "In July the Trump administration allowed H20 sales again."),
        storyStatement("People's Daily", T::Org, "urge", "Nvidia", T::Org, 14,
                       "People\u2019s Daily urged Nvidia to provide convincing security proofs.",
                       "01_daily.txt"),
        storyStatement("People's Daily", T::Org, "criticize", "Trump administration", T::Org, 15,
                       "The paper criticised the Trump administration's chip policy.",
                       "01_daily.txt"),
        storyStatement(cac, T::Org, "summon", "Nvidia", T::Org, 2,
                       "The regulator summoned Nvidia on Thursday.", "01_daily.txt"),
        storyStatement("Lonely Corp", T::Org, "issue", "statement", T::Concept, 1,
                       "Lonely Corp issued a statement.", "02_other.txt"),
    };
    graph::Statement noBackdoors = storyStatement("Nvidia", T::Org, "have", "backdoors", T::Concept,
                                                  12, "Nvidia said its chips have no backdoors.");
    noBackdoors.negated = true;
    s.push_back(noBackdoors);
    return s;
}

// A fresh directory with a store built by Store::ingest; removed afterwards.
class CliStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = std::filesystem::temp_directory_path() /
               (std::string("kg_cli_test_") + info->test_suite_name() + "_" + info->name() + "_" +
                std::to_string(::getpid()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        db_ = (dir_ / "kg.db").string();
        graph::Store store = graph::Store::open(db_, graph::OpenMode::ReadWrite);
        store.ingest({{"00_h20.txt", "aa11", "", "", ""}, {"01_daily.txt", "bb22", "", "", ""}},
                     storyStatements());
        store.addAlias("CAC", "Cyberspace Administration of China");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    Result kg(std::vector<std::string> args, const std::string& db = "") const {
        args.insert(args.begin(), {"--db", db.empty() ? db_ : db});
        std::istringstream in;
        std::ostringstream out;
        std::ostringstream err;
        const int code = run(args, {in, out, err});
        return {code, out.str(), err.str()};
    }

    std::filesystem::path dir_;
    std::string db_;
};

} // namespace kg::cli::testing
