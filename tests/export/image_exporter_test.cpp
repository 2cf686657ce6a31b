#include "export/image_exporter.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <gtest/gtest.h>

namespace kg::exporters {
namespace {

TEST(ImageExporter, SvgOfSmallGraph) {
    MemorySink sink;
    const ExportSummary summary = ImageExporter("svg").write(testing::smallGraph(), {}, sink);
    const std::string svg = sink.text();
    EXPECT_EQ(summary.engine, "dot");
    EXPECT_EQ(summary.entities, 8u);
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("Trump administration"), std::string::npos);
    EXPECT_NE(svg.find("ban sale of"), std::string::npos);
}

TEST(ImageExporter, PngHasSignature) {
    MemorySink sink;
    ImageExporter("png").write(testing::smallGraph(), {}, sink);
    const std::string png = sink.text();
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(ImageExporter, KindsDifferByFormat) {
    EXPECT_EQ(ImageExporter("svg").kind(), OutputKind::Text);
    EXPECT_EQ(ImageExporter("png").kind(), OutputKind::Binary);
}

TEST(ImageExporter, MaxNodesCutsAndReports) {
    MemorySink sink;
    ExportOptions options;
    options.maxNodes = 2;
    const ExportSummary summary = ImageExporter("svg").write(testing::smallGraph(), options, sink);
    EXPECT_EQ(summary.entities, 2u);
    EXPECT_EQ(summary.droppedEntities, 6u);
}

TEST(ImageExporter, LargeGraphsUseAForceDirectedEngine) {
    graph::KnowledgeGraph g;
    const std::size_t count = DOT_ENGINE_MAX_NODES + 10;
    for (std::size_t i = 0; i < count; ++i) {
        graph::Statement s;
        s.subject = std::string(1, 'n');
        s.subject += std::to_string(i);
        s.relation = std::string(1, 'r');
        s.object = std::string(1, 'n');
        s.object += std::to_string((i * 7 + 1) % count);
        g.add(s);
    }
    MemorySink sink;
    const ExportSummary summary = ImageExporter("svg").write(g, {}, sink);
    EXPECT_TRUE(summary.engine == "sfdp" || summary.engine == "neato") << summary.engine;
    EXPECT_EQ(summary.entities, count);
    EXPECT_NE(sink.text().find("<svg"), std::string::npos);
}

TEST(ImageExporter, LayoutBySize) {
    struct Case {
        std::size_t nodes;
        std::size_t edges;
        const char* engine;
        bool bounded;
    };
    const Case cases[] = {
        {0, 0, "dot", false},
        {10, 12, "dot", false},
        {300, DOT_FULL_MAX_EDGES, "dot", false},
        {100, DOT_FULL_MAX_EDGES + 1, "dot", true},
        {100, DOT_BOUNDED_MAX_EDGES, "dot", true},
        {100, DOT_BOUNDED_MAX_EDGES + 1, "sfdp", false},
        {301, 10, "sfdp", false},
    };
    for (const Case& c : cases) {
        const Layout layout = chooseLayout(c.nodes, c.edges);
        EXPECT_EQ(layout.engine, c.engine) << c.nodes << " " << c.edges;
        EXPECT_EQ(layout.bounded, c.bounded) << c.nodes << " " << c.edges;
    }
}

TEST(ImageExporter, BoundedDotRenders) {
    const std::string svg = renderDot("digraph { a -> b [label=x]; b -> c }", {"dot", true}, "svg");
    EXPECT_NE(svg.find("<svg"), std::string::npos);
}

TEST(ImageExporter, RenderErrorsBecomeExportErrors) {
    EXPECT_THROW(renderDot("digraph { a -> }", {"dot"}, "svg"), ExportError);
    EXPECT_THROW(renderDot("digraph { a -> b }", {"no-such-engine"}, "svg"), ExportError);
    EXPECT_THROW(renderDot("digraph { a -> b }", {"dot"}, "no-such-format"), ExportError);
    EXPECT_NE(renderDot("digraph { a -> b }", {"dot"}, "svg").find("<svg"), std::string::npos);
}

} // namespace
} // namespace kg::exporters
