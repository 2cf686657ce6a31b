#include "export/formats.h"

#include "export/dot_exporter.h"
#include "export/graphml_exporter.h"
#include "export/image_exporter.h"
#include "export/jsonld_exporter.h"
#include "export/neo4j_exporter.h"

#include <array>

namespace kg::exporters {

namespace {

const DotExporter DOT;
const ImageExporter SVG("svg");
const ImageExporter PNG("png");
const JsonLdExporter JSONLD;
const Neo4jExporter NEO4J;
const GraphMlExporter GRAPHML;

// The explicit table of formats, in the order `kg export --help` lists them.
const std::array<const Exporter*, 6> TABLE{&DOT, &SVG, &PNG, &JSONLD, &NEO4J, &GRAPHML};

} // namespace

const Exporter* findExporter(std::string_view name) {
    for (const Exporter* exporter : TABLE) {
        if (exporter->name() == name) {
            return exporter;
        }
    }
    return nullptr;
}

std::span<const Exporter* const> exporters() {
    return TABLE;
}

} // namespace kg::exporters
