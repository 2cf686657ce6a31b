#pragma once
// A test fixture with a fresh temporary folder and store path per test, a way to write input
// files there, and `kg` run in-process against that store. Shared by the ingest and article
// command tests.

#include "cli/cli.h"
#include "graph/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kg::cli::testing {

struct RunResult {
    int code;
    std::string out;
    std::string err;
};

class TempStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kg_cli_test_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        db_ = (dir_ / "kg.db").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    /// Writes `content` to `name` in the test's folder and returns its path.
    std::string write(const std::string& name, const std::string& content) {
        const std::filesystem::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    /// Runs `kg --db STORE args...` with `input` as standard input.
    RunResult kg(std::vector<std::string> args, const std::string& input = "") {
        args.insert(args.begin(), {"--db", db_});
        std::istringstream in(input);
        std::ostringstream out;
        std::ostringstream err;
        const int code = run(args, {in, out, err});
        return {code, out.str(), err.str()};
    }

    std::size_t storedStatements() {
        return graph::Store::open(db_, graph::OpenMode::ReadOnly).statementCount();
    }

    std::filesystem::path dir_;
    std::string db_;
};

} // namespace kg::cli::testing
