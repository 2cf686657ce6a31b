#pragma once
// JSON-LD with an inline schema.org-based @context (works offline): every entity as a node with a
// stable @id, @type, name and alternateName; every assertion both as a direct property of its
// subject and as an rdf:Statement node carrying negation, confidence and the evidence.

#include "export/exporter.h"

namespace kg::exporters {

/// Example: `kg export --format jsonld -o kg.jsonld`; in C++,
/// `MemorySink s; JsonLdExporter().write(g, {.baseIri = "https://example.org/kg/"}, s);`
/// Entity IRIs are `<base>entity/<entityKey>`, relation properties `<base>rel/<slug>` (negated:
/// `<base>notrel/<slug>`), statements `<base>statement/<hash>`, terms `<base>vocab/<term>`.
class JsonLdExporter : public Exporter {
public:
    std::string_view name() const override { return "jsonld"; }
    std::string_view description() const override {
        return "JSON-LD (schema.org context, statement nodes with evidence)";
    }
    OutputKind kind() const override { return OutputKind::Text; }
    ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                        OutputSink& sink) const override;
};

} // namespace kg::exporters
