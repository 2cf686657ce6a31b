#pragma once
// The table of export formats, in the order `kg export --help` lists them. The exporters are
// immutable singletons: the returned pointers live for the whole program and are thread-safe.

#include "export/exporter.h"

#include <span>
#include <string_view>

namespace kg::exporters {

/// The exporter called `name` ("dot", "svg", "png", "jsonld", "neo4j", "graphml"), or nullptr.
/// Example: `findExporter("dot")->write(graph, {}, sink);`
const Exporter* findExporter(std::string_view name);

/// Every exporter, in table order.
std::span<const Exporter* const> exporters();

} // namespace kg::exporters
