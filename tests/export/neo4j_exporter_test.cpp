#include "export/neo4j_exporter.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

#include <set>

namespace kg::exporters {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// An RFC 4180 reader, strict: fails the test on a stray quote or an unterminated field.
Rows parseCsv(const std::string& text) {
    Rows rows(1);
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            EXPECT_TRUE(field.empty() && !wasQuoted) << "stray quote at " << i;
            quoted = wasQuoted = true;
        } else if (c == ',' || c == '\n') {
            rows.back().push_back(field);
            field.clear();
            wasQuoted = false;
            if (c == '\n') {
                rows.emplace_back();
            }
        } else {
            EXPECT_FALSE(wasQuoted) << "text after closing quote at " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    EXPECT_TRUE(rows.back().empty() && field.empty()) << "missing final newline";
    rows.pop_back();
    return rows;
}

TEST(Neo4jExporter, CsvFieldQuoting) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"", "\"\""},
        {"plain", "\"plain\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"a,b\nc", "\"a,b\nc\""},
        {"\\N", "\"\\N\""},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(csvField(c.in), c.out) << c.in;
    }
}

TEST(Neo4jExporter, GoldenSmallGraph) {
    MemorySink sink;
    Neo4jExporter().write(testing::smallGraph(), {}, sink);
    const auto files = sink.all();
    EXPECT_EQ(files.size(), 4u);
    for (const auto& [name, text] : files) {
        testing::expectGolden("small", "neo4j/" + name, text);
    }
}

TEST(Neo4jExporter, HeadersRowsAndTypes) {
    MemorySink sink;
    Neo4jExporter().write(testing::smallGraph(), {}, sink);
    const Rows nodes = parseCsv(sink.text("nodes.csv"));
    ASSERT_EQ(nodes.size(), 9u);
    EXPECT_EQ(nodes[0],
              (std::vector<std::string>{"id:ID", ":LABEL", "name", "type", "aliases:string[]"}));
    const Rows rels = parseCsv(sink.text("relationships.csv"));
    ASSERT_EQ(rels.size(), 9u);
    EXPECT_EQ(rels[0][0], ":START_ID");
    EXPECT_EQ(rels[0][2], ":TYPE");
    std::set<std::string> types;
    for (std::size_t i = 1; i < rels.size(); ++i) {
        EXPECT_EQ(rels[i].size(), rels[0].size());
        types.insert(rels[i][2]);
    }
    EXPECT_TRUE(types.count("BAN_SALE_OF"));
    EXPECT_TRUE(types.count("NOT_HAVE"));
    const std::string import = sink.text("import.sh");
    EXPECT_NE(import.find("neo4j-admin database import full"), std::string::npos);
    EXPECT_NE(import.find("--array-delimiter=';'"), std::string::npos);
    EXPECT_NE(import.find("--multiline-fields=true"), std::string::npos);
}

TEST(Neo4jExporter, AdversarialNamesRoundTripAndDelimiterFallsBack) {
    MemorySink sink;
    Neo4jExporter().write(testing::adversarialGraph(), {}, sink);
    const Rows nodes = parseCsv(sink.text("nodes.csv"));
    std::multiset<std::string> names;
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        ASSERT_EQ(nodes[i].size(), 5u);
        names.insert(nodes[i][2]);
        if (nodes[i][2] == "\u4E2D\u56FD\u7F51\u4FE1\u529E") {
            EXPECT_EQ(nodes[i][4], "CAC;\u7F51\u4FE1\u529E\x1f"
                                   "alias \"two\"\nwith newline");
        }
    }
    const auto expected = testing::adversarialNames();
    EXPECT_EQ(names, std::multiset<std::string>(expected.begin(), expected.end()));
    EXPECT_EQ(parseCsv(sink.text("relationships.csv")).size(), 21u);
    EXPECT_NE(sink.text("import.sh").find("--array-delimiter='U+001F'"), std::string::npos);
    EXPECT_NE(sink.text("load.cypher").find("'\\u001F'"), std::string::npos);
}

TEST(Neo4jExporter, CypherTakesValuesOnlyFromCsvAndParameters) {
    MemorySink sink;
    Neo4jExporter().write(testing::adversarialGraph(), {}, sink);
    const std::string cypher = sink.text("load.cypher");
    for (const std::string& name : testing::adversarialNames()) {
        if (name.size() > 4) {
            EXPECT_EQ(cypher.find(name), std::string::npos) << name;
        }
    }
    EXPECT_NE(cypher.find("LOAD CSV WITH HEADERS FROM $nodesFile"), std::string::npos);
    EXPECT_NE(cypher.find("MERGE (e:Entity {id: row.`id:ID`})"), std::string::npos);
}

} // namespace
} // namespace kg::exporters
