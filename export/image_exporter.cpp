#include "export/image_exporter.h"

#include "export/dot_exporter.h"
#include "export/subgraph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <memory>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::exporters {

namespace {

// Graphviz reports errors through a global callback; collect them while a render runs.
std::string* errorTarget = nullptr;

int collectError(char* message) {
    if (errorTarget != nullptr && message != nullptr) {
        *errorTarget += message;
    }
    return 0;
}

class ErrorCapture {
public:
    ErrorCapture() : previous_(agseterrf(collectError)) { errorTarget = &messages_; }
    ~ErrorCapture() {
        agseterrf(previous_);
        errorTarget = nullptr;
    }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    // The first line Graphviz printed, or `fallback`.
    std::string firstLine(const std::string& fallback) const {
        std::string line = messages_.substr(0, messages_.find('\n'));
        return line.empty() ? fallback : line;
    }

private:
    agusererrf previous_;
    std::string messages_;
};

// Settings that keep dot's layout time bounded on medium graphs.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> BOUNDED_DOT{{
    {"nslimit", "2"},
    {"nslimit1", "2"},
    {"mclimit", "0.2"},
    {"splines", "line"},
}};

// One Graphviz context for the whole process: the pango text-layout plugin of Graphviz 2.43
// caches a font name owned by the context, so freeing a context and creating another makes the
// next layout read freed memory (found with AddressSanitizer). The context is never freed.
GVC_t* sharedContext() {
    static GVC_t* const context = gvContext();
    return context;
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};

} // namespace

Layout chooseLayout(std::size_t nodes, std::size_t edges) {
    if (nodes > DOT_ENGINE_MAX_NODES || edges > DOT_BOUNDED_MAX_EDGES) {
        return {"sfdp", false};
    }
    return {"dot", edges > DOT_FULL_MAX_EDGES};
}

std::string renderDot(const std::string& dot, const Layout& layout, const std::string& format) {
    const std::string& engine = layout.engine;
    ErrorCapture errors;
    GVC_t* const gvc = sharedContext();
    if (gvc == nullptr) {
        throw ExportError("graphviz: cannot create a rendering context");
    }
    std::unique_ptr<Agraph_t, GraphCloser> g(agmemread(dot.c_str()));
    if (!g) {
        throw ExportError("graphviz: " + errors.firstLine("cannot read the generated DOT"));
    }
    if (layout.bounded) {
        for (const auto& [name, value] : BOUNDED_DOT) {
            std::string n(name);
            std::string v(value);
            if (agattr(g.get(), AGRAPH, n.data(), v.data()) == nullptr) {
                throw ExportError("graphviz: cannot set " + n);
            }
        }
    }
    if (gvLayout(gvc, g.get(), engine.c_str()) != 0) {
        throw ExportError("graphviz: " + errors.firstLine("layout engine '" + engine + "' failed"));
    }
    char* data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(gvc, g.get(), format.c_str(), &data, &length);
    std::string result;
    if (rendered == 0 && data != nullptr) {
        result.assign(data, length);
    }
    if (data != nullptr) {
        gvFreeRenderData(data);
    }
    gvFreeLayout(gvc, g.get());
    if (rendered != 0 || result.empty()) {
        throw ExportError("graphviz: " +
                          errors.firstLine("cannot render " + format + " (plugin missing?)"));
    }
    return result;
}

std::string_view ImageExporter::description() const {
    return format_ == "svg" ? "SVG diagram (Graphviz layout)" : "PNG diagram (Graphviz layout)";
}

ExportSummary ImageExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                   OutputSink& sink) const {
    const Selection selection = selectSubgraph(graph, options);
    const std::string dot = dotText(graph, selection, options);
    std::set<std::pair<graph::EntityId, graph::EntityId>> edges;
    for (graph::AssertionId id : selection.assertions) {
        edges.emplace(graph.assertion(id).subject, graph.assertion(id).object);
    }
    Layout layout = chooseLayout(selection.entities.size(), edges.size());
    std::string image;
    try {
        image = renderDot(dot, layout, format_);
    } catch (const ExportError&) {
        if (layout.engine != "sfdp") {
            throw;
        }
        layout.engine = "neato"; // Graphviz built without sfdp
        image = renderDot(dot, layout, format_);
    }
    const std::string engine = layout.engine + (layout.bounded ? " (bounded)" : "");
    std::ostream& out = sink.open("");
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
    return {selection.entities.size(), selection.assertions.size(), selection.droppedEntities,
            selection.droppedAssertions, engine};
}

} // namespace kg::exporters
