#pragma once
// Chooses what an export shows: the whole graph, or the neighbourhood of a focus entity up to a
// depth, cut to the most connected `maxNodes` entities. O(V + E log E) over the selected part.

#include "export/exporter.h"
#include "graph/knowledge_graph.h"

#include <cstddef>
#include <vector>

namespace kg::exporters {

struct Selection {
    std::vector<graph::EntityId> entities;      ///< kept entities, in id order
    std::vector<graph::AssertionId> assertions; ///< assertions with both ends kept, in id order
    std::size_t droppedEntities = 0;            ///< selected by focus/depth, cut by maxNodes
    std::size_t droppedAssertions = 0;          ///< within the focus/depth part, lost by the cut
};

/// Selects by options.focus / depth / maxNodes. The focus is always kept; the cut keeps entities
/// nearest the focus first, then those with most assertions, then lowest id (deterministic).
/// Throws ExportError when the focus names no entity.
/// Example: `selectSubgraph(g, {.focus = "Nvidia", .depth = 1}).entities`
Selection selectSubgraph(const graph::KnowledgeGraph& graph, const ExportOptions& options);

} // namespace kg::exporters
