#include "export/dot_exporter.h"

#include "export/identifiers.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace kg::exporters {

namespace {

using graph::EntityType;

struct TypeStyle {
    EntityType type;
    const char* shape;
    const char* style;
    const char* fill;
    const char* border;
    const char* font;
};

constexpr std::array<TypeStyle, 8> STYLES{{
    {EntityType::Org, "box", "rounded,filled", "#cfe2f3", "#3d85c6", "#000000"},
    {EntityType::Person, "ellipse", "filled", "#d9ead3", "#6aa84f", "#000000"},
    {EntityType::Gpe, "hexagon", "filled", "#fce5cd", "#e69138", "#000000"},
    {EntityType::Product, "box3d", "filled", "#fff2cc", "#bf9000", "#000000"},
    {EntityType::Law, "note", "filled", "#ead1dc", "#a64d79", "#000000"},
    {EntityType::Event, "octagon", "filled", "#d0e0e3", "#45818e", "#000000"},
    {EntityType::Concept, "ellipse", "dashed,filled", "#f7f7f7", "#b7b7b7", "#666666"},
    {EntityType::Other, "ellipse", "filled", "#eeeeee", "#999999", "#333333"},
}};

const TypeStyle& styleOf(EntityType type) {
    for (const TypeStyle& style : STYLES) {
        if (style.type == type) {
            return style;
        }
    }
    return STYLES.back();
}

// cgraph takes char*: every string goes through a mutable, NUL-terminated copy.
class CString {
public:
    explicit CString(std::string_view text) : buffer_(text.begin(), text.end()) {
        buffer_.push_back('\0');
    }
    char* get() { return buffer_.data(); }

private:
    std::vector<char> buffer_;
};

// A label value for Graphviz's escString: a backslash shown as itself, line breaks as \n, other
// control characters as spaces (`\N`, `\G` in a name must not be expanded).
std::string labelText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            continue;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

struct Chan {
    std::string text;
};

int putString(void* chan, const char* str) {
    static_cast<Chan*>(chan)->text += str;
    return 0;
}

int flushNothing(void* /*chan*/) {
    return 0;
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};

// Declared attributes, looked up once.
struct Attributes {
    Agsym_t* nodeLabel;
    Agsym_t* nodeShape;
    Agsym_t* nodeStyle;
    Agsym_t* nodeFill;
    Agsym_t* nodeColor;
    Agsym_t* nodeFont;
    Agsym_t* nodeTooltip;
    Agsym_t* edgeLabel;
    Agsym_t* edgeStyle;
    Agsym_t* edgeColor;
};

Agsym_t* declare(Agraph_t* g, int kind, std::string_view name, std::string_view defaultValue) {
    CString n(name);
    CString v(defaultValue);
    Agsym_t* sym = agattr(g, kind, n.get(), v.get());
    if (sym == nullptr) {
        throw ExportError("graphviz: cannot declare attribute " + std::string(name));
    }
    return sym;
}

void set(void* object, Agsym_t* sym, std::string_view value) {
    CString v(value);
    if (agxset(object, sym, v.get()) != 0) {
        throw ExportError("graphviz: cannot set attribute");
    }
}

Agnode_t* addNode(Agraph_t* g, std::string_view name) {
    CString n(name);
    if (agnode(agroot(g), n.get(), 0) != nullptr) {
        throw ExportError("two entities share the identifier " + std::string(name));
    }
    Agnode_t* node = agnode(g, n.get(), 1);
    if (node == nullptr) {
        throw ExportError("graphviz: cannot create node");
    }
    return node;
}

void styleNode(Agnode_t* node, const Attributes& a, EntityType type, std::string_view label) {
    const TypeStyle& s = styleOf(type);
    set(node, a.nodeLabel, labelText(label));
    set(node, a.nodeShape, s.shape);
    set(node, a.nodeStyle, s.style);
    set(node, a.nodeFill, s.fill);
    set(node, a.nodeColor, s.border);
    set(node, a.nodeFont, s.font);
}

} // namespace

std::string dotText(const graph::KnowledgeGraph& graph, const Selection& selection,
                    const ExportOptions& options) {
    Agiodisc_t io{AgIoDisc.afread, putString, flushNothing};
    Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
    CString graphName("kg");
    std::unique_ptr<Agraph_t, GraphCloser> owner(agopen(graphName.get(), Agdirected, &disc));
    if (!owner) {
        throw ExportError("graphviz: cannot create a graph");
    }
    Agraph_t* g = owner.get();

    const std::string font = "Helvetica,Arial,sans-serif";
    declare(g, AGRAPH, "fontname", font);
    declare(g, AGRAPH, "rankdir", "LR");
    declare(g, AGRAPH, "overlap", "false");
    Agsym_t* graphLabel = declare(g, AGRAPH, "label", "");
    declare(g, AGRAPH, "labelloc", "t");
    Agsym_t* clusterColor = declare(g, AGRAPH, "color", "black");
    declare(g, AGNODE, "fontname", font);
    Agsym_t* nodeFontSize = declare(g, AGNODE, "fontsize", "14");
    declare(g, AGEDGE, "fontname", font);
    declare(g, AGEDGE, "fontsize", "10");
    const Attributes attributes{
        declare(g, AGNODE, "label", "\\N"),   declare(g, AGNODE, "shape", "ellipse"),
        declare(g, AGNODE, "style", ""),      declare(g, AGNODE, "fillcolor", "lightgrey"),
        declare(g, AGNODE, "color", "black"), declare(g, AGNODE, "fontcolor", "black"),
        declare(g, AGNODE, "tooltip", ""),    declare(g, AGEDGE, "label", ""),
        declare(g, AGEDGE, "style", ""),      declare(g, AGEDGE, "color", "#444444"),
    };
    if (!options.title.empty()) {
        set(g, graphLabel, labelText(options.title));
    }

    std::map<graph::EntityId, Agnode_t*> nodes;
    std::set<EntityType> types;
    for (graph::EntityId id : selection.entities) {
        const graph::Entity& entity = graph.entity(id);
        Agnode_t* node = addNode(g, entityKey(entity.name));
        styleNode(node, attributes, entity.type, entity.name);
        std::string tooltip(graph::entityTypeName(entity.type));
        for (const std::string& alias : entity.aliases) {
            tooltip += "\\n" + labelText(alias);
        }
        set(node, attributes.nodeTooltip, tooltip);
        nodes.emplace(id, node);
        types.insert(entity.type);
    }

    // One edge per ordered pair, its label listing the relations in assertion order.
    struct EdgeLabel {
        std::vector<std::string> lines;
        bool allNegated = true;
    };
    std::map<std::pair<graph::EntityId, graph::EntityId>, EdgeLabel> edges;
    std::vector<std::pair<graph::EntityId, graph::EntityId>> order;
    for (graph::AssertionId id : selection.assertions) {
        const graph::Assertion& a = graph.assertion(id);
        const auto key = std::make_pair(a.subject, a.object);
        auto [it, inserted] = edges.try_emplace(key);
        if (inserted) {
            order.push_back(key);
        }
        const std::string line = (a.negated ? "not " : "") + a.relation;
        if (std::find(it->second.lines.begin(), it->second.lines.end(), line) ==
            it->second.lines.end()) {
            it->second.lines.push_back(line);
        }
        it->second.allNegated = it->second.allNegated && a.negated;
    }
    for (const auto& key : order) {
        const EdgeLabel& label = edges[key];
        Agedge_t* edge = agedge(g, nodes.at(key.first), nodes.at(key.second), nullptr, 1);
        if (edge == nullptr) {
            throw ExportError("graphviz: cannot create edge");
        }
        std::string text;
        for (const std::string& line : label.lines) {
            text += (text.empty() ? "" : "\\n") + labelText(line);
        }
        set(edge, attributes.edgeLabel, text);
        if (label.allNegated) {
            set(edge, attributes.edgeStyle, "dashed");
            set(edge, attributes.edgeColor, "#cc0000");
        }
    }

    if (types.size() > 1) {
        CString clusterName("cluster_legend");
        Agraph_t* legend = agsubg(g, clusterName.get(), 1);
        if (legend == nullptr) {
            throw ExportError("graphviz: cannot create the legend");
        }
        set(legend, graphLabel, "Legend");
        set(legend, clusterColor, "#bbbbbb");
        for (EntityType type : types) {
            const std::string typeName(graph::entityTypeName(type));
            Agnode_t* node = addNode(legend, "legend_" + typeName);
            styleNode(node, attributes, type, typeName);
            set(node, nodeFontSize, "10");
        }
    }

    Chan chan;
    if (agwrite(g, &chan) != 0) {
        throw ExportError("graphviz: cannot write DOT");
    }
    return std::move(chan.text);
}

ExportSummary DotExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                 OutputSink& sink) const {
    const Selection selection = selectSubgraph(graph, options);
    sink.open("") << dotText(graph, selection, options);
    return {selection.entities.size(), selection.assertions.size(), selection.droppedEntities,
            selection.droppedAssertions, ""};
}

} // namespace kg::exporters
