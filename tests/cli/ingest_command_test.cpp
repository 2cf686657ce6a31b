#include "cli/cli.h"
#include "graph/store.h"
#include "tests/cli/temp_store_test.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

using Result = testing::RunResult;
class IngestCommand : public testing::TempStoreTest {};

TEST_F(IngestCommand, StoresTheSampleStatementsOnce) {
    const std::string sample = KG_SOURCE_DIR "/samples/h20-story.tsv";
    Result r = kg({"ingest", sample});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Stored 31 statements from 1 document"), std::string::npos) << r.out;
    EXPECT_EQ(storedStatements(), 31u);

    r = kg({"ingest", sample});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("already ingested"), std::string::npos) << r.out;
    EXPECT_EQ(storedStatements(), 31u);

    const auto graph = graph::Store::open(db_, graph::OpenMode::ReadOnly).load();
    const auto cac = graph.find("cyberspace administration of china");
    ASSERT_TRUE(cac.has_value());
    EXPECT_EQ(graph.entity(*cac).type, graph::EntityType::Org);
}

TEST_F(IngestCommand, ABadRecordStoresNothingAndNamesFileAndLine) {
    const std::string good = write("good.csv", "subject,relation,object\nA,like,B\n");
    const std::string bad =
        write("bad.csv", "subject,relation,object,confidence\nC,see,D,0.5\nE,,F,1\n");
    Result r = kg({"ingest", good, bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("bad.csv:3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("error[empty-field]"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was stored"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(db_)) << "a failed first ingest must not even create the store";

    ASSERT_EQ(kg({"ingest", good}).code, 0);
    r = kg({"ingest", bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(storedStatements(), 1u);
}

TEST_F(IngestCommand, SkipBadKeepsGoodRecordsAndReportsEachBadOne) {
    const std::string bad =
        write("bad.csv", "subject,relation,object,confidence\nC,see,D,0.5\nE,,F,1\nG,h,I,7\n");
    const Result r = kg({"ingest", "--skip-bad", bad});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("bad.csv:3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("bad.csv:4:"), std::string::npos) << r.err;
    EXPECT_EQ(storedStatements(), 1u);
}

TEST_F(IngestCommand, ReadsStandardInputWithAFormat) {
    Result r = kg({"ingest", "-"}, "A\tlike\tB\n");
    EXPECT_NE(r.code, 0) << "stdin without --format cannot be read";
    r = kg({"ingest", "--format", "tsv", "-"}, "A\tlike\tB\n");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(storedStatements(), 1u);
}

TEST_F(IngestCommand, MissingFileAndUsageErrors) {
    Result r = kg({"ingest", (dir_ / "nope.tsv").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("nope.tsv"), std::string::npos) << r.err;
    r = kg({"ingest"});
    EXPECT_EQ(r.code, 2);
    r = kg({"ingest", "--format", "xml", write("a.xml", "<a/>")});
    EXPECT_NE(r.code, 0);
    EXPECT_FALSE(fs::exists(db_));
}

} // namespace
} // namespace kg::cli
