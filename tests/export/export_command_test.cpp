#include "cli/cli.h"
#include "graph/store.h"
#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::exporters {
namespace {

class ExportCommand : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kg_export_command_" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        db_ = (dir_ / "kg.db").string();
        std::vector<graph::Statement> statements;
        using T = graph::EntityType;
        statements.push_back(testing::statement("CAC", T::Org, "summon", "Nvidia", T::Org,
                                                "h20.txt", 0, "The CAC summoned Nvidia."));
        statements.push_back(testing::statement("Nvidia", T::Org, "deny", "backdoors", T::Concept,
                                                "h20.txt", 1, "Nvidia denied it."));
        statements.push_back(testing::statement("Xi Jinping", T::Person, "lead", "China", T::Gpe,
                                                "h20.txt", 2, "Xi leads China."));
        auto store = graph::Store::open(db_, graph::OpenMode::ReadWrite);
        store.ingest({{"h20.txt", "hash-1", "", "", ""}}, statements);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    int run(std::vector<std::string> args) {
        out_.str("");
        err_.str("");
        args.insert(args.begin(), {"--db", db_});
        std::istringstream in;
        return cli::run(args, {in, out_, err_});
    }

    std::string read(const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    std::filesystem::path dir_;
    std::string db_;
    std::ostringstream out_;
    std::ostringstream err_;
};

TEST_F(ExportCommand, TextFormatsGoToStdoutByDefault) {
    EXPECT_EQ(run({"export", "--format", "dot", "--title", "T"}), 0) << err_.str();
    EXPECT_EQ(out_.str().rfind("digraph kg {", 0), 0u);
    EXPECT_NE(out_.str().find("summon"), std::string::npos);
    EXPECT_EQ(run({"export", "--format", "jsonld"}), 0) << err_.str();
    EXPECT_NE(out_.str().find("\"@graph\""), std::string::npos);
    EXPECT_EQ(run({"export", "-f", "graphml"}), 0) << err_.str();
    EXPECT_NE(out_.str().find("<graphml"), std::string::npos);
    EXPECT_EQ(err_.str(), "");
}

TEST_F(ExportCommand, WritesFilesAndFolders) {
    const auto png = dir_ / "out.png";
    EXPECT_EQ(run({"export", "--format", "png", "-o", png.string()}), 0) << err_.str();
    EXPECT_EQ(read(png).substr(0, 4), "\x89PNG");
    EXPECT_NE(err_.str().find("wrote 5 entities and 3 assertions"), std::string::npos)
        << err_.str();
    EXPECT_NE(err_.str().find("(layout: dot)"), std::string::npos);
    EXPECT_EQ(out_.str(), "");

    const auto folder = dir_ / "neo";
    EXPECT_EQ(run({"export", "--format", "neo4j", "-o", folder.string()}), 0) << err_.str();
    for (const char* file : {"nodes.csv", "relationships.csv", "import.sh", "load.cypher"}) {
        EXPECT_TRUE(std::filesystem::exists(folder / file)) << file;
    }
}

TEST_F(ExportCommand, FocusDepthAndMaxNodes) {
    EXPECT_EQ(run({"export", "--format", "graphml", "--focus", "nvidia", "--depth", "1"}), 0);
    EXPECT_NE(out_.str().find(">CAC<"), std::string::npos);
    EXPECT_EQ(out_.str().find(">China<"), std::string::npos);

    EXPECT_EQ(run({"export", "--format", "graphml", "--max-nodes", "2"}), 0);
    EXPECT_NE(
        err_.str().find(
            "kept 2 of 5 entities (most connected first); left out 3 entities and 2 assertions"),
        std::string::npos)
        << err_.str();
}

TEST_F(ExportCommand, Errors) {
    struct Case {
        std::vector<std::string> args;
        int code;
        const char* message;
    };
    const Case cases[] = {
        {{"export", "--format", "dot", "--focus", "Nvidai"}, 1, "did you mean 'Nvidia'"},
        {{"export", "--format", "pdf"}, 2, "pdf"},
        {{"export"}, 2, "--format"},
        {{"export", "--format", "neo4j", "-o", "-"}, 2, "writes a folder"},
        {{"export", "--format", "dot", "--depth", "-1", "--focus", "CAC"}, 2, "depth"},
        {{"export", "--format", "dot", "--depth", "1"}, 2, "--focus"},
        {{"export", "--format", "dot", "-o", "/nonexistent-dir/x/g.dot"}, 1, "cannot write"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(run(c.args), c.code) << c.args.back();
        EXPECT_NE(err_.str().find(c.message), std::string::npos) << err_.str();
    }
}

TEST_F(ExportCommand, MissingStoreIsAnInputError) {
    out_.str("");
    err_.str("");
    std::istringstream in;
    const std::string missing = (dir_ / "missing.db").string();
    EXPECT_EQ(cli::run({"--db", missing, "export", "--format", "dot"}, {in, out_, err_}), 1);
    EXPECT_NE(err_.str().find("missing.db"), std::string::npos) << err_.str();
}

} // namespace
} // namespace kg::exporters
