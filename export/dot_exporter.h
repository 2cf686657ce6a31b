#pragma once
// DOT through Graphviz cgraph: one node per entity (shape and colour by type, concepts lighter),
// one edge per ordered pair of entities labelled with all its relations, a legend of the types.

#include "export/exporter.h"
#include "export/subgraph.h"

#include <string>

namespace kg::exporters {

/// The DOT text of `selection`. Used by the DOT exporter and, laid out, by the image exporters.
/// Example: `dotText(g, selectSubgraph(g, {}), {.title = "H20"})` starts with "digraph kg {".
std::string dotText(const graph::KnowledgeGraph& graph, const Selection& selection,
                    const ExportOptions& options);

class DotExporter : public Exporter {
public:
    std::string_view name() const override { return "dot"; }
    std::string_view description() const override { return "Graphviz DOT text"; }
    OutputKind kind() const override { return OutputKind::Text; }
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;
};

} // namespace kg::exporters
