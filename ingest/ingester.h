#pragma once
// The reader interface for one input format: a name and one method turning a stream into
// statements plus diagnostics. Implementations are stateless and safe to share between threads.

#include "graph/statement.h"
#include "ingest/diagnostic.h"

#include <istream>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// What a reader needs besides the bytes.
struct IngestOptions {
    /// Keep good records and turn each rejected record into a `skipped-record` warning. Problems
    /// with the whole file (unreadable, not UTF-8, bad header, JSON that does not parse) stay
    /// errors.
    bool skipBad = false;
};

/// Everything read from one input. Without `skipBad`, any error means the caller stores nothing.
struct IngestOutput {
    std::vector<graph::Statement> statements;
    std::vector<Diagnostic> diagnostics;
};

/// A reader for one format. Example:
///     std::istringstream in("subject,relation,object\nCAC,summon,Nvidia\n");
///     IngestOutput out = findIngester("csv")->read(in, "story.csv", {});
class Ingester {
public:
    virtual ~Ingester() = default;
    /// The format name used by `--format`: "csv", "tsv", "jsonl", "json".
    virtual std::string_view name() const = 0;
    /// Reads the whole stream. `file` names the input in diagnostics and is the `doc` of
    /// statements that do not name their own document.
    virtual IngestOutput read(std::istream& in, std::string_view file,
                              const IngestOptions& options) const = 0;
};

} // namespace kg::ingest
