#include "export/graphml_exporter.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

namespace kg::exporters {
namespace {

std::string exportGraphMl(const graph::KnowledgeGraph& g, const ExportOptions& options = {}) {
    MemorySink sink;
    GraphMlExporter().write(g, options, sink);
    return sink.text();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

TEST(GraphMlExporter, XmlEscape) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"a<b>&c", "a&lt;b&gt;&amp;c"},   {"\"'", "&quot;&apos;"},
        {"tab\tnl\n", "tab\tnl\n"},       {"cr\r", "cr&#13;"},
        {"bell\x07", "bell\xEF\xBF\xBD"}, {"\u4E2D \U0001F680", "\u4E2D \U0001F680"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(xmlEscape(c.in), c.out) << c.in;
    }
}

TEST(GraphMlExporter, GoldenSmallGraph) {
    ExportOptions options;
    options.title = "H20 story";
    testing::expectGolden("small", "graph.graphml", exportGraphMl(testing::smallGraph(), options));
}

TEST(GraphMlExporter, OneNodeAndEdgeElementPerEntityAndAssertion) {
    const std::string xml = exportGraphMl(testing::adversarialGraph());
    EXPECT_EQ(count(xml, "<node id="), 19u);
    EXPECT_EQ(count(xml, "<edge id="), 20u);
    EXPECT_EQ(count(xml, "<key id="), 10u);
    EXPECT_NE(xml.find("&lt;b&gt;&amp;amp; Co&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(xml.find("<b>"), std::string::npos);
}

} // namespace
} // namespace kg::exporters
