#include "export/formats.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kg::exporters {
namespace {

TEST(Formats, TableListsEveryFormatOnce) {
    std::vector<std::string> names;
    for (const Exporter* e : exporters()) {
        names.emplace_back(e->name());
        EXPECT_EQ(findExporter(e->name()), e);
        EXPECT_FALSE(e->description().empty());
    }
    EXPECT_EQ(names, (std::vector<std::string>{"dot", "svg", "png", "jsonld", "neo4j", "graphml"}));
    EXPECT_EQ(findExporter("neo4j")->kind(), OutputKind::Directory);
    EXPECT_EQ(findExporter("png")->kind(), OutputKind::Binary);
    EXPECT_EQ(findExporter("dot")->kind(), OutputKind::Text);
    EXPECT_EQ(findExporter("dot")->defaultOutput(), "");
    EXPECT_EQ(findExporter("svg")->defaultOutput(), "kg.svg");
    EXPECT_EQ(findExporter("png")->defaultOutput(), "kg.png");
    EXPECT_EQ(findExporter("neo4j")->defaultOutput(), "neo4j");
}

TEST(Formats, UnknownNames) {
    for (const char* name : {"", "DOT", "json", "neo4j ", "pdf"}) {
        EXPECT_EQ(findExporter(name), nullptr) << name;
    }
}

TEST(OutputSinks, MemorySinkKeepsEachName) {
    MemorySink sink;
    sink.open("") << "main";
    sink.open("a.csv") << "a";
    sink.open("a.csv") << "b";
    EXPECT_EQ(sink.text(), "main");
    EXPECT_EQ(sink.text("a.csv"), "ab");
    EXPECT_EQ(sink.text("missing"), "");
    EXPECT_EQ(sink.all().size(), 2u);
}

TEST(OutputSinks, StreamSinkRefusesSeveralFiles) {
    std::ostringstream out;
    StreamSink sink(out);
    sink.open("") << "x";
    EXPECT_EQ(out.str(), "x");
    EXPECT_THROW(sink.open("nodes.csv"), ExportError);
    StreamSink again(out);
    EXPECT_THROW(findExporter("neo4j")->write(testing::smallGraph(), {}, again), ExportError);
}

TEST(OutputSinks, FileSinkWritesFilesAndReportsBadPaths) {
    const auto dir =
        std::filesystem::temp_directory_path() /
        ("kg_export_sink_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::remove_all(dir);
    {
        FileSink sink(dir / "main.txt", dir / "sub");
        std::filesystem::create_directories(dir);
        sink.open("") << "main";
        sink.open("x.csv") << "x";
        sink.close();
    }
    std::ifstream main(dir / "main.txt");
    std::string text;
    std::getline(main, text);
    EXPECT_EQ(text, "main");
    EXPECT_TRUE(std::filesystem::exists(dir / "sub" / "x.csv"));

    FileSink bad(dir / "no-such-dir" / "f.txt", dir / "main.txt" / "sub");
    EXPECT_THROW(bad.open(""), ExportError);
    EXPECT_THROW(bad.open("x.csv"), ExportError); // main.txt is a file, not a directory
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace kg::exporters
