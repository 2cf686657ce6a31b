#pragma once
// Writes statements as JSON objects in the record format of DESIGN.md (the format `kg extract
// --format jsonl` prints and `kg ingest` reads back). Pure function; thread safe.

#include "graph/statement.h"

#include <string>

namespace kg::ingest {

/// One statement as a single-line JSON object without the newline. Unknown offsets (-1) and
/// unset types are left out; strings are escaped as JSON requires. Example:
///     toJsonLine(s) == R"({"doc":"a.txt","sentence":3,...,"confidence":0.81})"
std::string toJsonLine(const graph::Statement& statement);

} // namespace kg::ingest
