#pragma once
// GraphML for Gephi and yEd: declared keys (graph title; node label, type, aliases; edge relation,
// label, negated, confidence, evidence count, first evidence), one directed edge per assertion, all
// text XML-escaped.

#include "export/exporter.h"

#include <string>
#include <string_view>

namespace kg::exporters {

/// Escapes `& < > " '` and replaces characters XML 1.0 cannot hold (controls other than tab,
/// line feed and carriage return) with U+FFFD. Example: xmlEscape("a<b") == "a&lt;b".
std::string xmlEscape(std::string_view text);

/// Example: `kg export --format graphml -o kg.graphml` then open in Gephi.
class GraphMlExporter : public Exporter {
public:
    std::string_view name() const override { return "graphml"; }
    std::string_view description() const override { return "GraphML for Gephi and yEd"; }
    OutputKind kind() const override { return OutputKind::Text; }
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;
};

} // namespace kg::exporters
