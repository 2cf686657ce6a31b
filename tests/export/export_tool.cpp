// Writes every export format of the adversarial test graph into a directory, plus manifest.json
// (the graph's raw content, written independently of the exporters) for validate_exports.py.
// Usage: export_tool OUTDIR

#include "export/formats.h"
#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void str(Writer& w, const std::string& s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void writeManifest(const kg::graph::KnowledgeGraph& g, std::ostream& out) {
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.StartObject();
    str(w, "entities");
    w.StartArray();
    for (kg::graph::EntityId id : g.entityIds()) {
        const kg::graph::Entity& e = g.entity(id);
        w.StartObject();
        str(w, "name");
        str(w, e.name);
        str(w, "type");
        str(w, std::string(kg::graph::entityTypeName(e.type)));
        str(w, "aliases");
        w.StartArray();
        for (const std::string& alias : e.aliases) {
            str(w, alias);
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    str(w, "assertions");
    w.StartArray();
    for (kg::graph::AssertionId id : g.assertionIds()) {
        const kg::graph::Assertion& a = g.assertion(id);
        w.StartObject();
        str(w, "subject");
        str(w, g.entity(a.subject).name);
        str(w, "object");
        str(w, g.entity(a.object).name);
        str(w, "relation");
        str(w, a.relation);
        str(w, "negated");
        w.Bool(a.negated);
        str(w, "time");
        str(w, a.time);
        str(w, "modality");
        str(w, a.modality);
        str(w, "evidence");
        w.StartArray();
        for (const kg::graph::Evidence& e : a.evidence) {
            w.StartObject();
            str(w, "document");
            str(w, e.document);
            str(w, "sentence");
            w.Int(e.sentence);
            str(w, "start");
            w.Int64(e.start);
            str(w, "end");
            w.Int64(e.end);
            str(w, "text");
            str(w, e.text);
            str(w, "source");
            str(w, e.source);
            str(w, "relationText");
            str(w, e.relationText);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: export_tool OUTDIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    try {
        std::filesystem::create_directories(dir);
        const kg::graph::KnowledgeGraph g = kg::exporters::testing::adversarialGraph();
        kg::exporters::ExportOptions options;
        options.title = "adversarial \"graph\" \\N <strict>";
        const std::pair<const char*, const char*> outputs[] = {
            {"dot", "graph.dot"},       {"svg", "graph.svg"},         {"png", "graph.png"},
            {"jsonld", "graph.jsonld"}, {"graphml", "graph.graphml"}, {"neo4j", ""},
        };
        for (const auto& [format, file] : outputs) {
            kg::exporters::FileSink sink(*file ? dir / file : std::filesystem::path(),
                                         dir / "neo4j");
            kg::exporters::findExporter(format)->write(g, options, sink);
            sink.close();
        }
        std::ofstream manifest(dir / "manifest.json");
        writeManifest(g, manifest);
    } catch (const std::exception& e) {
        std::cerr << "export_tool: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
