#include "export/dot_exporter.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <graphviz/cgraph.h>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

namespace kg::exporters {
namespace {

struct Closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, Closer>;

std::string attribute(void* object, const char* name) {
    std::string key(name);
    char* value = agget(object, key.data());
    return value == nullptr ? std::string() : std::string(value);
}

// Undoes the exporter's label escaping (\\ -> \, \n -> newline).
std::string unescapeLabel(const std::string& label) {
    std::string out;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == '\\' && i + 1 < label.size()) {
            ++i;
            out += label[i] == 'n' ? '\n' : label[i];
        } else {
            out += label[i];
        }
    }
    return out;
}

std::string exportDot(const graph::KnowledgeGraph& g, const ExportOptions& options = {}) {
    MemorySink sink;
    DotExporter().write(g, options, sink);
    return sink.text();
}

TEST(DotExporter, GoldenSmallGraph) {
    ExportOptions options;
    options.title = "H20 story";
    testing::expectGolden("small", "graph.dot", exportDot(testing::smallGraph(), options));
}

TEST(DotExporter, GoldenFocus) {
    ExportOptions options;
    options.focus = "Nvidia";
    options.depth = 1;
    testing::expectGolden("focus", "graph.dot", exportDot(testing::smallGraph(), options));
}

TEST(DotExporter, ParallelAssertionsMergeIntoOneLabelledEdge) {
    const std::string dot = exportDot(testing::smallGraph());
    GraphPtr parsed(agmemread(dot.c_str()));
    ASSERT_TRUE(parsed);
    std::map<std::string, std::string> labels; // "tail>head" -> label
    std::map<std::string, std::string> styles;
    for (Agnode_t* n = agfstnode(parsed.get()); n != nullptr; n = agnxtnode(parsed.get(), n)) {
        for (Agedge_t* e = agfstout(parsed.get(), n); e != nullptr; e = agnxtout(parsed.get(), e)) {
            const std::string key = unescapeLabel(attribute(agtail(e), "label")) + ">" +
                                    unescapeLabel(attribute(aghead(e), "label"));
            labels[key] = unescapeLabel(attribute(e, "label"));
            styles[key] = attribute(e, "style");
        }
    }
    EXPECT_EQ(labels.size(), 7u); // 8 assertions, two of them parallel
    EXPECT_EQ(labels["Trump administration>H20"], "ban sale of\nallow sale of");
    EXPECT_EQ(labels["H20>backdoors"], "not have");
    EXPECT_EQ(styles["H20>backdoors"], "dashed");
    EXPECT_EQ(styles["CAC>Nvidia"], "");
}

TEST(DotExporter, StylesByTypeConceptsLighterAndLegend) {
    const std::string dot = exportDot(testing::smallGraph());
    GraphPtr parsed(agmemread(dot.c_str()));
    ASSERT_TRUE(parsed);
    std::map<std::string, std::pair<std::string, std::string>> byLabel; // shape, fill
    std::set<std::string> legend;
    for (Agnode_t* n = agfstnode(parsed.get()); n != nullptr; n = agnxtnode(parsed.get(), n)) {
        const std::string name = agnameof(n);
        if (name.rfind("legend_", 0) == 0) {
            legend.insert(name);
            continue;
        }
        byLabel[unescapeLabel(attribute(n, "label"))] = {attribute(n, "shape"),
                                                         attribute(n, "fillcolor")};
    }
    EXPECT_EQ(byLabel.size(), 8u);
    EXPECT_EQ(byLabel["CAC"].first, "box");
    EXPECT_EQ(byLabel["Xi Jinping"].first, "ellipse");
    EXPECT_EQ(byLabel["China"].first, "hexagon");
    EXPECT_EQ(byLabel["backdoors"].second, "#f7f7f7");
    EXPECT_EQ(legend, (std::set<std::string>{"legend_CONCEPT", "legend_GPE", "legend_ORG",
                                             "legend_PERSON", "legend_PRODUCT"}));
    EXPECT_EQ(attribute(parsed.get(), "label"), "");
}

TEST(DotExporter, AdversarialNamesRoundTripThroughCgraph) {
    const graph::KnowledgeGraph g = testing::adversarialGraph();
    ExportOptions options;
    options.title = "graph \"strict\" \\N\nnode";
    const std::string dot = exportDot(g, options);
    GraphPtr parsed(agmemread(dot.c_str()));
    ASSERT_TRUE(parsed) << dot;
    std::multiset<std::string> labels;
    for (Agnode_t* n = agfstnode(parsed.get()); n != nullptr; n = agnxtnode(parsed.get(), n)) {
        if (std::string(agnameof(n)).rfind("legend_", 0) != 0) {
            labels.insert(unescapeLabel(attribute(n, "label")));
        }
    }
    std::multiset<std::string> expected;
    for (const std::string& name : testing::adversarialNames()) {
        std::string shown;
        for (char c : name) {
            if (c != '\r') {
                shown += c == '\t' ? ' ' : c; // the exporter drops CR and shows tab as space
            }
        }
        expected.insert(shown);
    }
    EXPECT_EQ(labels, expected);
    EXPECT_EQ(unescapeLabel(attribute(parsed.get(), "label")), "graph \"strict\" \\N\nnode");
    // 19 entities, 20 assertions; the parallel pair shares an edge.
    EXPECT_EQ(agnedges(parsed.get()), 19);
}

TEST(DotExporter, EmptyGraphIsAValidDigraph) {
    const std::string dot = exportDot(graph::KnowledgeGraph());
    GraphPtr parsed(agmemread(dot.c_str()));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(agnnodes(parsed.get()), 0);
    EXPECT_TRUE(agisdirected(parsed.get()));
}

TEST(DotExporter, UnknownFocusThrows) {
    ExportOptions options;
    options.focus = "nobody";
    EXPECT_THROW(exportDot(testing::smallGraph(), options), ExportError);
}

} // namespace
} // namespace kg::exporters
