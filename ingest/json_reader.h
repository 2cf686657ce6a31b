#pragma once
// JSON statement files: JSON Lines (one object a line, blank lines skipped) and JSON (an array
// of objects, or one object). Keys are the statement fields of record.h, which include every key
// of the `kg extract --format jsonl` record (DESIGN.md), so extraction output reads back into the
// same statements. Parsed by RapidJSON's iterative SAX reader with UTF-8 validation: nesting
// depth costs no stack and values are never kept as a tree. Stateless, thread-safe.

#include "ingest/ingester.h"

namespace kg::ingest {

class JsonReader final : public Ingester {
public:
    enum class Layout { Lines, Document };
    explicit JsonReader(Layout layout) : layout_(layout) {}

    std::string_view name() const override { return layout_ == Layout::Lines ? "jsonl" : "json"; }

    /// Example: JsonReader(Layout::Lines).read(in, "x.jsonl", {}) with the line
    /// `{"subject":"CAC","relation":"summon","object":"Nvidia","confidence":0.9}` gives one
    /// statement. `args` is an array of {"role","text","value"} objects.
    IngestOutput read(std::istream& in, std::string_view file,
                      const IngestOptions& options) const override;

    IngestOutput readText(std::string bytes, std::string_view file,
                          const IngestOptions& options) const;

private:
    Layout layout_;
};

} // namespace kg::ingest
