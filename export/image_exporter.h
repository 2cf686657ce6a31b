#pragma once
// SVG and PNG diagrams, laid out and rendered in-process by Graphviz gvc from the DOT exporter's
// graph. Layout engine by size: `dot` up to DOT_ENGINE_MAX_NODES entities, `sfdp` beyond (`neato`
// when sfdp is missing). Graphviz keeps global state: do not render from two threads at once.

#include "export/exporter.h"

#include <cstddef>
#include <string>

namespace kg::exporters {

/// Largest graph laid out with `dot`; its layout time grows steeply past a few hundred nodes.
inline constexpr std::size_t DOT_ENGINE_MAX_NODES = 300;

/// Renders DOT text with `engine` into `format` ("svg", "png"). Throws ExportError carrying
/// Graphviz's own message on failure. Example: `renderDot("digraph{a->b}", "dot", "svg")`.
std::string renderDot(const std::string& dot, const std::string& engine, const std::string& format);

class ImageExporter : public Exporter {
public:
    /// `format` is "svg" or "png".
    explicit ImageExporter(std::string format) : format_(std::move(format)) {}
    std::string_view name() const override { return format_; }
    std::string_view description() const override;
    OutputKind kind() const override {
        return format_ == "svg" ? OutputKind::Text : OutputKind::Binary;
    }
    std::string_view defaultOutput() const override {
        return format_ == "svg" ? "kg.svg" : "kg.png";
    }
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;

private:
    std::string format_;
};

} // namespace kg::exporters
