#pragma once
// The interface every output format implements: a name and one method that writes a knowledge
// graph (or the part of it the options select) to an output sink. Exporters are stateless and
// const; a whole-operation failure (render error, unwritable file) is thrown as ExportError.

#include "graph/knowledge_graph.h"

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::exporters {

/// What to export and how to label it.
struct ExportOptions {
    std::string focus;        ///< entity name or alias: export only its neighbourhood; "" = all
    int depth = 2;            ///< hops around the focus (both directions)
    std::size_t maxNodes = 0; ///< keep at most this many entities, most connected first; 0 = all
    std::string title;        ///< diagram title / dataset name; "" = none
    std::string baseIri = "https://kg.invalid/"; ///< JSON-LD: where entity and statement IRIs live
};

/// How a format's output is stored, so the command can choose a sensible default destination.
enum class OutputKind {
    Text,      ///< one text document: stdout by default
    Binary,    ///< one binary document (PNG): a file by default, never a terminal
    Directory, ///< several files named by the exporter (Neo4j): a folder
};

/// Where an exporter writes. `open("")` is the main (or only) output; exporters with several files
/// call `open("nodes.csv")` and so on. A returned stream stays valid until the sink is destroyed.
class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual std::ostream& open(std::string_view relativeName) = 0;
};

/// What an export kept and what it left out, for the command to report.
struct ExportSummary {
    std::size_t entities = 0;          ///< entities written
    std::size_t assertions = 0;        ///< assertions written
    std::size_t droppedEntities = 0;   ///< selected by focus/depth but cut by maxNodes
    std::size_t droppedAssertions = 0; ///< with an end among the dropped entities
    std::string engine;                ///< layout engine used (images only)
};

/// A failure that ends the whole export; `what()` is one line for the user.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Exporter {
public:
    virtual ~Exporter() = default;
    /// The --format value, e.g. "dot".
    virtual std::string_view name() const = 0;
    /// One line for `kg export --help`.
    virtual std::string_view description() const = 0;
    virtual OutputKind kind() const = 0;
    /// Where `kg export` writes without -o: "" = stdout, else a file or folder name ("kg.svg").
    virtual std::string_view defaultOutput() const { return ""; }
    /// Writes the selected part of `graph`. Throws ExportError (unknown focus, render failure).
    virtual ExportSummary write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                OutputSink& sink) const = 0;
};

} // namespace kg::exporters
