#include "export/neo4j_exporter.h"

#include "export/identifiers.h"
#include "export/subgraph.h"

#include <array>
#include <charconv>
#include <map>
#include <ostream>
#include <set>
#include <vector>

namespace kg::exporters {

namespace {

using graph::EntityType;

constexpr std::array<std::pair<EntityType, const char*>, 8> LABELS{{
    {EntityType::Org, "Organization"},
    {EntityType::Person, "Person"},
    {EntityType::Gpe, "Place"},
    {EntityType::Product, "Product"},
    {EntityType::Law, "Law"},
    {EntityType::Event, "Event"},
    {EntityType::Concept, "Concept"},
    {EntityType::Other, "Other"},
}};

const char* labelOf(EntityType type) {
    for (const auto& [key, label] : LABELS) {
        if (key == type) {
            return label;
        }
    }
    return "Other";
}

// An array column: elements joined by the delimiter, quoted; empty (no property) when none.
std::string arrayField(const std::vector<std::string>& values, char delimiter) {
    if (values.empty()) {
        return "";
    }
    std::string joined;
    for (const std::string& value : values) {
        if (!joined.empty()) {
            joined += delimiter;
        }
        joined += value;
    }
    return csvField(joined);
}

std::string number(double value) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

// How import.sh and load.cypher spell the array delimiter.
std::string delimiterOption(char delimiter) {
    return delimiter == FALLBACK_ARRAY_DELIMITER ? "U+001F" : std::string(1, delimiter);
}

std::string cypherDelimiter(char delimiter) {
    return delimiter == FALLBACK_ARRAY_DELIMITER ? "\\u001F" : std::string(1, delimiter);
}

void writeImportScript(std::ostream& out, char delimiter) {
    // Since Neo4j 5.19 the database name must come before the named options.
    out << "#!/bin/sh\n"
           "# Imports nodes.csv and relationships.csv (next to this script) into a new, empty\n"
           "# database with neo4j-admin (Neo4j 5.19 or later). Stop the database first.\n"
           "# Usage: sh import.sh [DATABASE] [--overwrite-destination]   (default: neo4j)\n"
           "set -eu\n"
           "here=$(cd \"$(dirname \"$0\")\" && pwd)\n"
           "database=${1:-neo4j}\n"
           "if [ $# -gt 0 ]; then shift; fi\n"
           "neo4j-admin database import full \"$database\" \\\n"
           "    --nodes=\"$here/nodes.csv\" \\\n"
           "    --relationships=\"$here/relationships.csv\" \\\n"
           "    --delimiter=',' --quote='\"' --array-delimiter='"
        << delimiterOption(delimiter)
        << "' \\\n"
           "    --multiline-fields=true \\\n"
           "    \"$@\"\n";
}

void writeLoadScript(std::ostream& out, char delimiter) {
    out << "// Loads nodes.csv and relationships.csv into a running Neo4j 5 database.\n"
           "// Copy both files into the server's import directory, then run:\n"
           "//   cypher-shell -f load.cypher\n"
           "// Every value comes from a CSV field or a parameter, never from the query text.\n"
           "// Labels cannot be parameters: each node gets :Entity plus a label chosen by a fixed\n"
           "// CASE on its type; relationships get the fixed type :RELATION with the import type "
           "in\n"
           "// `type` and the original relation in `relation`.\n"
           "// A value with a backslash right before a quote needs the server setting\n"
           "// dbms.import.csv.legacy_quote_escaping=false (the files use RFC 4180 quoting).\n"
           ":param nodesFile => 'file:///nodes.csv';\n"
           ":param relationshipsFile => 'file:///relationships.csv';\n"
           ":param arrayDelimiter => '"
        << cypherDelimiter(delimiter)
        << "';\n"
           "\n"
           "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n"
           "\n"
           "LOAD CSV WITH HEADERS FROM $nodesFile AS row\n"
           "MERGE (e:Entity {id: row.`id:ID`})\n"
           "SET e.name = row.name,\n"
           "    e.type = row.type,\n"
           "    e.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN []\n"
           "                ELSE split(row.`aliases:string[]`, $arrayDelimiter) END\n";
    for (const auto& [type, label] : LABELS) {
        out << "FOREACH (_ IN CASE WHEN row.type = '" << graph::entityTypeName(type)
            << "' THEN [1] ELSE [] END | SET e:" << label << ")\n";
    }
    out << ";\n"
           "\n"
           "LOAD CSV WITH HEADERS FROM $relationshipsFile AS row\n"
           "MATCH (s:Entity {id: row.`:START_ID`})\n"
           "MATCH (o:Entity {id: row.`:END_ID`})\n"
           "MERGE (s)-[r:RELATION {id: row.id}]->(o)\n"
           "SET r.type = row.`:TYPE`,\n"
           "    r.relation = row.relation,\n"
           "    r.negated = (row.`negated:boolean` = 'true'),\n"
           "    r.confidence = toFloat(row.`confidence:float`),\n"
           "    r.time = row.time,\n"
           "    r.evidence_count = toInteger(row.`evidence_count:int`),\n"
           "    r.documents = CASE WHEN row.`documents:string[]` IS NULL THEN []\n"
           "                  ELSE split(row.`documents:string[]`, $arrayDelimiter) END,\n"
           "    r.evidence = row.evidence;\n";
}

} // namespace

std::string csvField(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

ExportSummary Neo4jExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                   OutputSink& sink) const {
    const Selection selection = selectSubgraph(graph, options);

    char delimiter = ARRAY_DELIMITER;
    std::map<graph::EntityId, std::string> keys;
    std::set<std::string> seen;
    for (graph::EntityId id : selection.entities) {
        const graph::Entity& entity = graph.entity(id);
        for (const std::string& alias : entity.aliases) {
            if (alias.find(ARRAY_DELIMITER) != std::string::npos) {
                delimiter = FALLBACK_ARRAY_DELIMITER;
            }
        }
        std::string key = entityKey(entity.name);
        if (!seen.insert(key).second) {
            throw ExportError("two entities share the identifier " + key);
        }
        keys.emplace(id, std::move(key));
    }
    std::vector<std::vector<std::string>> documentsOf;
    for (graph::AssertionId id : selection.assertions) {
        std::vector<std::string> documents;
        std::set<std::string> distinct;
        for (const graph::Evidence& e : graph.assertion(id).evidence) {
            if (!e.document.empty() && distinct.insert(e.document).second) {
                documents.push_back(e.document);
                if (e.document.find(ARRAY_DELIMITER) != std::string::npos) {
                    delimiter = FALLBACK_ARRAY_DELIMITER;
                }
            }
        }
        documentsOf.push_back(std::move(documents));
    }

    std::ostream& nodes = sink.open("nodes.csv");
    nodes << "id:ID,:LABEL,name,type,aliases:string[]\n";
    for (graph::EntityId id : selection.entities) {
        const graph::Entity& entity = graph.entity(id);
        nodes << csvField(keys.at(id)) << ','
              << csvField(std::string("Entity") + delimiter + labelOf(entity.type)) << ','
              << csvField(entity.name) << ',' << csvField(graph::entityTypeName(entity.type)) << ','
              << arrayField(entity.aliases, delimiter) << '\n';
    }

    std::ostream& relationships = sink.open("relationships.csv");
    relationships << ":START_ID,:END_ID,:TYPE,id,relation,negated:boolean,confidence:float,time,"
                     "evidence_count:int,documents:string[],evidence\n";
    for (std::size_t i = 0; i < selection.assertions.size(); ++i) {
        const graph::Assertion& a = graph.assertion(selection.assertions[i]);
        const std::string& firstText = a.evidence.empty() ? std::string() : a.evidence[0].text;
        relationships << csvField(keys.at(a.subject)) << ',' << csvField(keys.at(a.object)) << ','
                      << csvField(relationType(a.relation, a.negated)) << ','
                      << csvField(statementKey(graph.entity(a.subject).name, a.relation,
                                               graph.entity(a.object).name, a.negated))
                      << ',' << csvField(a.relation) << ',' << (a.negated ? "true" : "false") << ','
                      << number(a.confidence) << ','
                      << (a.time.empty() ? std::string() : csvField(a.time)) << ','
                      << a.evidence.size() << ',' << arrayField(documentsOf[i], delimiter) << ','
                      << (firstText.empty() ? std::string() : csvField(firstText)) << '\n';
    }

    writeImportScript(sink.open("import.sh"), delimiter);
    writeLoadScript(sink.open("load.cypher"), delimiter);
    return {selection.entities.size(), selection.assertions.size(), selection.droppedEntities,
            selection.droppedAssertions, ""};
}

} // namespace kg::exporters
