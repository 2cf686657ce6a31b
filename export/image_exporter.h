#pragma once
// SVG and PNG diagrams, laid out and rendered in-process by Graphviz gvc from the DOT exporter's
// graph. The layout is chosen by size so a diagram never hangs (see chooseLayout). One Graphviz
// context lives for the whole process; Graphviz keeps global state: render from one thread only.

#include "export/exporter.h"

#include <cstddef>
#include <string>

namespace kg::exporters {

/// `dot` layout time grows steeply with labelled edges (measured on random graphs: 146 edges
/// 0.5 s, 293 edges 11 s, 393 edges over a minute), so it is used only on small graphs.
inline constexpr std::size_t DOT_ENGINE_MAX_NODES = 300;
inline constexpr std::size_t DOT_FULL_MAX_EDGES = 150;    ///< dot with default settings
inline constexpr std::size_t DOT_BOUNDED_MAX_EDGES = 300; ///< dot with bounded iterations

struct Layout {
    std::string engine;   ///< "dot", "sfdp" or "neato"
    bool bounded = false; ///< dot with few network-simplex/mincross iterations, straight edges
};

/// dot for up to DOT_ENGINE_MAX_NODES nodes and DOT_FULL_MAX_EDGES edges, bounded dot up to
/// DOT_BOUNDED_MAX_EDGES edges, sfdp beyond. Example: chooseLayout(10, 12).engine == "dot".
Layout chooseLayout(std::size_t nodes, std::size_t edges);

/// Renders DOT text with `layout` into `format` ("svg", "png"). Throws ExportError carrying
/// Graphviz's own message on failure. Example: `renderDot("digraph{a->b}", {"dot"}, "svg")`.
std::string renderDot(const std::string& dot, const Layout& layout, const std::string& format);

/// The "svg" and "png" formats. Example: `kg export --format svg --focus Nvidia -o nvidia.svg`.
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
    /// The summary's engine names the layout used, e.g. "dot" or "dot (bounded)".
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;

private:
    std::string format_;
};

} // namespace kg::exporters
