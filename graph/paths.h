#pragma once
// Shortest and k shortest simple paths between two entities of a KnowledgeGraph, by hop count.
// Pure functions of the graph: results depend only on its content and insertion order.

#include "graph/knowledge_graph.h"

#include <cstddef>
#include <string>
#include <vector>

namespace kg::graph {

struct PathOptions {
    bool directed = false; ///< follow assertions only from subject to object
    std::size_t maxHops = 4;
    std::size_t k = 1; ///< how many paths, shortest first
    std::vector<std::string> relations =
        {};                             ///< if any: a hop's relation must normalise to one of them
    std::vector<EntityType> types = {}; ///< if any: intermediate entities must have one of them
};

/// One step of a path: the assertion taken, and whether it was walked from subject to object.
struct Hop {
    AssertionId assertion = 0;
    bool forward = true;
    EntityId from = 0; ///< the entity the hop leaves (the subject when `forward`)
    EntityId to = 0;
};

struct Path {
    std::vector<EntityId> entities; ///< from source to target; hops.size() + 1 entries
    std::vector<Hop> hops;
};

/// Up to `options.k` simple paths (no entity twice) from `source` to `target` with at most
/// `options.maxHops` hops, ordered by length, then by the entity ids along them. Paths are
/// distinct as entity sequences: between two neighbours the hop takes the assertion with the
/// most evidence (then highest confidence, then lowest id) that passes the filters. Yen's
/// algorithm over breadth-first search; O(k · L · (V + E)) for paths of length L.
/// `source == target` gives one path of no hops. Example:
/// `auto paths = shortestPaths(g, *g.find("Huawei"), *g.find("Nvidia"), {.k = 3});`
std::vector<Path> shortestPaths(const KnowledgeGraph& graph, EntityId source, EntityId target,
                                const PathOptions& options = {});

} // namespace kg::graph
