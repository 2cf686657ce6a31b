#pragma once
// The explicit table of input formats: name, file extensions and the Ingester that reads them.
// Readers added later (articles) get a row in formats.cpp. The table is immutable: thread-safe.

#include "ingest/ingester.h"

#include <span>
#include <string_view>

namespace kg::ingest {

struct InputFormat {
    std::string_view name;                        ///< as given to --format
    std::span<const std::string_view> extensions; ///< lowercase, with the dot: ".csv"
    std::string_view description;                 ///< one line for help texts
    const Ingester* ingester;
};

/// Every format, in the order help texts list them.
std::span<const InputFormat> inputFormats();

/// The reader for a format name (case-insensitive), nullptr when unknown.
/// Example: findIngester("JSONL")->name() == "jsonl".
const Ingester* findIngester(std::string_view formatName);

/// The reader for a path by its extension (.tsv .csv .jsonl .ndjson .json, any case), nullptr
/// when none matches. Example: ingesterForPath("data/story.CSV")->name() == "csv".
const Ingester* ingesterForPath(std::string_view path);

} // namespace kg::ingest
