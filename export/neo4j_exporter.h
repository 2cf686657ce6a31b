#pragma once
// Neo4j bulk-import files: nodes.csv and relationships.csv in `neo4j-admin database import`
// header format (RFC 4180 quoting, every field quoted, multi-line fields allowed), import.sh with
// the exact import command, and load.cypher that loads the same CSVs into a running database.

#include "export/exporter.h"

#include <string>
#include <string_view>

namespace kg::exporters {

/// The array delimiter of `aliases:string[]` and `:LABEL`: ';' unless an alias contains ';',
/// then U+001F (unit separator), which names do not contain. import.sh and load.cypher use the
/// same delimiter.
inline constexpr char ARRAY_DELIMITER = ';';
inline constexpr char FALLBACK_ARRAY_DELIMITER = '\x1f';

/// Quotes one CSV field: wrapped in double quotes, inner quotes doubled.
/// Example: csvField("say \"hi\"") == "\"say \"\"hi\"\"\"".
std::string csvField(std::string_view text);

/// Files: nodes.csv (`id:ID,:LABEL,name,type,aliases:string[]`), relationships.csv
/// (`:START_ID,:END_ID,:TYPE,id,relation,negated:boolean,confidence:float,time,
/// evidence_count:int,documents:string[],evidence`), import.sh, load.cypher.
/// Example: `kg export --format neo4j -o out/ && sh out/import.sh neo4j`.
class Neo4jExporter : public Exporter {
public:
    std::string_view name() const override { return "neo4j"; }
    std::string_view description() const override {
        return "Neo4j import folder: nodes.csv, relationships.csv, import.sh, load.cypher";
    }
    OutputKind kind() const override { return OutputKind::Directory; }
    std::string_view defaultOutput() const override { return "neo4j"; }
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;
};

} // namespace kg::exporters
