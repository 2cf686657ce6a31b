#pragma once
// Reads statement files named on a command line ("-" is standard input) into documents with
// their content hash, statements and diagnostics. Touches no store: the caller decides what to
// keep (nothing when hasErrors(result.diagnostics)). Reads files one after the other.

#include "graph/statement.h"
#include "ingest/diagnostic.h"
#include "ingest/ingester.h"

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// One input file as read.
struct InputDocument {
    std::string name; ///< the path as given, "<stdin>" for "-"
    std::string hash; ///< SHA-256 of the file's bytes as read (before BOM/CRLF handling), hex
    std::vector<graph::Statement> statements;
};

struct ReadResult {
    std::vector<InputDocument> documents; ///< files that could be read, in the order given
    std::vector<Diagnostic> diagnostics;  ///< of all files, in order
};

/// Reads each path with the reader `format` names, or by extension when `format` is empty.
/// "-" reads `standardInput` and needs `format`. A file that cannot be opened or whose format is
/// unknown gives an io-error / unknown-format diagnostic and no document. Example:
///     ReadResult r = readStatementFiles({"samples/story.tsv"}, std::cin, "", {});
///     if (!hasErrors(r.diagnostics)) { /* store r.documents */ }
ReadResult readStatementFiles(const std::vector<std::string>& paths, std::istream& standardInput,
                              std::string_view format, const IngestOptions& options);

} // namespace kg::ingest
