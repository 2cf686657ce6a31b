#include "export/graphml_exporter.h"

#include "export/identifiers.h"
#include "export/subgraph.h"

#include <array>
#include <charconv>
#include <map>
#include <ostream>
#include <set>

namespace kg::exporters {

namespace {

struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};

constexpr std::array<Key, 10> KEYS{{
    {"title", "graph", "title", "string"},
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},
    {"relation", "edge", "relation", "string"},
    {"edge_label", "edge", "label", "string"},
    {"negated", "edge", "negated", "boolean"},
    {"confidence", "edge", "confidence", "double"},
    {"evidence_count", "edge", "evidence_count", "int"},
    {"evidence", "edge", "evidence", "string"},
}};

void data(std::ostream& out, std::string_view key, std::string_view value) {
    out << "      <data key=\"" << key << "\">" << xmlEscape(value) << "</data>\n";
}

std::string number(double value) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace

std::string xmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\r':
            out += "&#13;"; // a literal CR would be normalised away by XML parsers
            break;
        default:
            if (u < 0x20 && c != '\t' && c != '\n') {
                out += "\xEF\xBF\xBD";
            } else {
                out += c;
            }
        }
    }
    return out;
}

ExportSummary GraphMlExporter::write(const graph::KnowledgeGraph& graph,
                                     const ExportOptions& options, OutputSink& sink) const {
    const Selection selection = selectSubgraph(graph, options);
    std::map<graph::EntityId, std::string> keys;
    std::set<std::string> seen;
    for (graph::EntityId id : selection.entities) {
        std::string key = entityKey(graph.entity(id).name);
        if (!seen.insert(key).second) {
            throw ExportError("two entities share the identifier " + key);
        }
        keys.emplace(id, std::move(key));
    }

    std::ostream& out = sink.open("");
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& key : KEYS) {
        out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\""
            << key.name << "\" attr.type=\"" << key.type << "\"/>\n";
    }
    out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
    if (!options.title.empty()) {
        out << "    <data key=\"title\">" << xmlEscape(options.title) << "</data>\n";
    }
    for (graph::EntityId id : selection.entities) {
        const graph::Entity& entity = graph.entity(id);
        out << "    <node id=\"" << xmlEscape(keys.at(id)) << "\">\n";
        data(out, "label", entity.name);
        data(out, "type", graph::entityTypeName(entity.type));
        if (!entity.aliases.empty()) {
            std::string aliases;
            for (const std::string& alias : entity.aliases) {
                aliases += (aliases.empty() ? "" : "; ") + alias;
            }
            data(out, "aliases", aliases);
        }
        out << "    </node>\n";
    }
    for (graph::AssertionId id : selection.assertions) {
        const graph::Assertion& a = graph.assertion(id);
        out << "    <edge id=\"a" << id << "\" source=\"" << xmlEscape(keys.at(a.subject))
            << "\" target=\"" << xmlEscape(keys.at(a.object)) << "\">\n";
        data(out, "relation", a.relation);
        data(out, "edge_label", (a.negated ? "not " : "") + a.relation);
        data(out, "negated", a.negated ? "true" : "false");
        data(out, "confidence", number(a.confidence));
        data(out, "evidence_count", std::to_string(a.evidence.size()));
        if (!a.evidence.empty() && !a.evidence.front().text.empty()) {
            data(out, "evidence", a.evidence.front().text);
        }
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return {selection.entities.size(), selection.assertions.size(), selection.droppedEntities,
            selection.droppedAssertions, ""};
}

} // namespace kg::exporters
