#include "cli/cli.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kg::cli {
namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result runKg(const std::vector<std::string>& args) {
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    const int code = run(args, {in, out, err});
    return {code, out.str(), err.str()};
}

TEST(Cli, NoCommandIsAUsageError) {
    const Result r = runKg({});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("kg --help"), std::string::npos);
}

TEST(Cli, UnknownCommandIsAUsageError) {
    const Result r = runKg({"frobnicate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("frobnicate"), std::string::npos);
}

TEST(Cli, HelpAndVersionSucceed) {
    Result r = runKg({"--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("knowledge graph"), std::string::npos);
    r = runKg({"--version"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("kg "), std::string::npos);
}

} // namespace
} // namespace kg::cli
