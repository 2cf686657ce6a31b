#include "export/jsonld_exporter.h"

#include "export/identifiers.h"
#include "export/subgraph.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kg::exporters {

namespace {

using graph::EntityType;
using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

constexpr std::array<std::pair<EntityType, const char*>, 8> SCHEMA_TYPES{{
    {EntityType::Org, "Organization"},
    {EntityType::Person, "Person"},
    {EntityType::Gpe, "AdministrativeArea"},
    {EntityType::Product, "Product"},
    {EntityType::Law, "Legislation"},
    {EntityType::Event, "Event"},
    {EntityType::Concept, "DefinedTerm"},
    {EntityType::Other, "Thing"},
}};

const char* schemaType(EntityType type) {
    for (const auto& [key, name] : SCHEMA_TYPES) {
        if (key == type) {
            return name;
        }
    }
    return "Thing";
}

void string(Writer& w, std::string_view text) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void member(Writer& w, std::string_view key, std::string_view value) {
    string(w, key);
    string(w, value);
}

// A term of the context mapped to an IRI, optionally with a type coercion.
void term(Writer& w, std::string_view key, std::string_view iri, std::string_view type = "") {
    string(w, key);
    if (type.empty()) {
        string(w, iri);
        return;
    }
    w.StartObject();
    member(w, "@id", iri);
    member(w, "@type", type);
    w.EndObject();
}

void writeContext(Writer& w, const std::string& base) {
    string(w, "@context");
    w.StartObject();
    member(w, "@vocab", "https://schema.org/");
    member(w, "schema", "https://schema.org/");
    member(w, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    member(w, "xsd", "http://www.w3.org/2001/XMLSchema#");
    member(w, "kg", base);
    member(w, "kgv", base + "vocab/");
    term(w, "Statement", "rdf:Statement");
    term(w, "subject", "rdf:subject", "@id");
    term(w, "predicate", "rdf:predicate", "@id");
    term(w, "object", "rdf:object", "@id");
    term(w, "entityType", "kgv:entityType");
    term(w, "relation", "kgv:relation");
    term(w, "negated", "kgv:negated", "xsd:boolean");
    term(w, "confidence", "kgv:confidence", "xsd:double");
    term(w, "time", "kgv:time");
    term(w, "modality", "kgv:modality");
    term(w, "evidence", "kgv:evidence");
    term(w, "document", "kgv:document");
    term(w, "sentenceIndex", "kgv:sentenceIndex", "xsd:integer");
    term(w, "start", "kgv:start", "xsd:integer");
    term(w, "end", "kgv:end", "xsd:integer");
    term(w, "text", "schema:text");
    term(w, "source", "kgv:source");
    term(w, "relationText", "kgv:relationText");
    w.EndObject();
}

std::string relationProperty(const graph::Assertion& a) {
    return (a.negated ? "kg:notrel/" : "kg:rel/") + relationSlug(a.relation);
}

void writeEvidence(Writer& w, const graph::Evidence& e) {
    w.StartObject();
    member(w, "document", e.document);
    if (e.sentence >= 0) {
        string(w, "sentenceIndex");
        w.Int(e.sentence);
    }
    if (e.start >= 0 && e.end >= 0) {
        string(w, "start");
        w.Int64(e.start);
        string(w, "end");
        w.Int64(e.end);
    }
    if (!e.text.empty()) {
        member(w, "text", e.text);
    }
    if (!e.source.empty()) {
        member(w, "source", e.source);
    }
    if (!e.relationText.empty()) {
        member(w, "relationText", e.relationText);
    }
    string(w, "confidence");
    w.Double(e.confidence);
    w.EndObject();
}

} // namespace

ExportSummary JsonLdExporter::write(const graph::KnowledgeGraph& graph,
                                    const ExportOptions& options, OutputSink& sink) const {
    const Selection selection = selectSubgraph(graph, options);
    std::string base = options.baseIri;
    if (base.empty() || (base.back() != '/' && base.back() != '#')) {
        base += '/';
    }

    // Entities and statements sorted by their IRIs, so the file does not depend on the order
    // things were added.
    std::map<graph::EntityId, std::string> keys;
    std::vector<std::pair<std::string, graph::EntityId>> entities;
    for (graph::EntityId id : selection.entities) {
        const std::string key = "kg:entity/" + entityKey(graph.entity(id).name);
        keys.emplace(id, key);
        entities.emplace_back(key, id);
    }
    std::sort(entities.begin(), entities.end());
    for (std::size_t i = 1; i < entities.size(); ++i) {
        if (entities[i].first == entities[i - 1].first) {
            throw ExportError("two entities share the identifier " + entities[i].first);
        }
    }
    std::map<graph::EntityId, std::vector<graph::AssertionId>> bySubject;
    std::vector<std::pair<std::string, graph::AssertionId>> statements;
    for (graph::AssertionId id : selection.assertions) {
        const graph::Assertion& a = graph.assertion(id);
        bySubject[a.subject].push_back(id);
        statements.emplace_back("kg:statement/" +
                                    statementKey(graph.entity(a.subject).name, a.relation,
                                                 graph.entity(a.object).name, a.negated),
                                id);
    }
    std::sort(statements.begin(), statements.end());

    rapidjson::OStreamWrapper stream(sink.open(""));
    Writer w(stream);
    w.SetIndent(' ', 2);
    w.StartObject();
    writeContext(w, base);
    string(w, "@graph");
    w.StartArray();
    for (const auto& [key, id] : entities) {
        const graph::Entity& entity = graph.entity(id);
        w.StartObject();
        member(w, "@id", key);
        member(w, "@type", schemaType(entity.type));
        member(w, "entityType", graph::entityTypeName(entity.type));
        member(w, "name", entity.name);
        if (!entity.aliases.empty()) {
            string(w, "alternateName");
            w.StartArray();
            for (const std::string& alias : entity.aliases) {
                string(w, alias);
            }
            w.EndArray();
        }
        // Direct properties, grouped by property IRI.
        std::map<std::string, std::vector<std::string>> properties;
        if (auto it = bySubject.find(id); it != bySubject.end()) {
            for (graph::AssertionId a : it->second) {
                const graph::Assertion& assertion = graph.assertion(a);
                properties[relationProperty(assertion)].push_back(keys.at(assertion.object));
            }
        }
        for (const auto& [property, objects] : properties) {
            string(w, property);
            w.StartArray();
            for (const std::string& object : objects) {
                w.StartObject();
                member(w, "@id", object);
                w.EndObject();
            }
            w.EndArray();
        }
        w.EndObject();
    }
    for (const auto& [key, id] : statements) {
        const graph::Assertion& a = graph.assertion(id);
        w.StartObject();
        member(w, "@id", key);
        member(w, "@type", "Statement");
        member(w, "subject", keys.at(a.subject));
        member(w, "predicate", relationProperty(a));
        member(w, "object", keys.at(a.object));
        member(w, "relation", a.relation);
        string(w, "negated");
        w.Bool(a.negated);
        string(w, "confidence");
        w.Double(a.confidence);
        if (!a.time.empty()) {
            member(w, "time", a.time);
        }
        if (!a.modality.empty()) {
            member(w, "modality", a.modality);
        }
        if (!a.evidence.empty()) {
            string(w, "evidence");
            w.StartArray();
            for (const graph::Evidence& e : a.evidence) {
                writeEvidence(w, e);
            }
            w.EndArray();
        }
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    stream.Put('\n');
    stream.Flush();
    return {selection.entities.size(), selection.assertions.size(), selection.droppedEntities,
            selection.droppedAssertions, ""};
}

} // namespace kg::exporters
