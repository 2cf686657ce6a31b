#include "ingest/formats.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace kg::ingest {
namespace {

TEST(Formats, FindsReadersByName) {
    for (const char* name : {"csv", "tsv", "jsonl", "json"}) {
        const Ingester* ingester = findIngester(name);
        ASSERT_NE(ingester, nullptr) << name;
        EXPECT_EQ(ingester->name(), name);
    }
    EXPECT_EQ(findIngester("JSONL"), findIngester("jsonl"));
    EXPECT_EQ(findIngester("xml"), nullptr);
    EXPECT_EQ(findIngester(""), nullptr);
}

TEST(Formats, FindsReadersByExtension) {
    struct Case {
        const char* path;
        const char* format; // nullptr: none
    };
    const Case cases[] = {
        {"story.csv", "csv"},   {"dir.v2/story.TSV", "tsv"},
        {"a.tab", "tsv"},       {"/tmp/x.jsonl", "jsonl"},
        {"x.ndjson", "jsonl"},  {"x.json", "json"},
        {"x.json.gz", nullptr}, {"dir.csv/file", nullptr},
        {".csv", nullptr},      {"README", nullptr},
        {"-", nullptr},
    };
    for (const auto& c : cases) {
        const Ingester* ingester = ingesterForPath(c.path);
        if (c.format == nullptr) {
            EXPECT_EQ(ingester, nullptr) << c.path;
        } else {
            ASSERT_NE(ingester, nullptr) << c.path;
            EXPECT_EQ(ingester->name(), c.format) << c.path;
        }
    }
}

TEST(Formats, TableIsConsistent) {
    std::set<std::string_view> names;
    std::set<std::string_view> extensions;
    for (const auto& format : inputFormats()) {
        EXPECT_TRUE(names.insert(format.name).second) << format.name;
        ASSERT_NE(format.ingester, nullptr);
        EXPECT_EQ(format.ingester->name(), format.name);
        EXPECT_FALSE(format.description.empty());
        for (const auto extension : format.extensions) {
            EXPECT_TRUE(extensions.insert(extension).second) << extension;
            EXPECT_EQ(extension.front(), '.');
            std::string path(1, 'f');
            path.append(extension);
            EXPECT_EQ(ingesterForPath(path), format.ingester);
        }
    }
    EXPECT_EQ(names.size(), 4u);
}

} // namespace
} // namespace kg::ingest
