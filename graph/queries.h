#pragma once
// Read-only questions about a KnowledgeGraph: neighbourhoods, entity cards, counts and rankings
// (degree, PageRank). Pure functions of the graph; ties are broken by entity name, then id, so
// results are deterministic. Paths are in graph/paths.h.

#include "graph/knowledge_graph.h"
#include "graph/paths.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::graph {

/// A name looked up in the graph: the entity, or a message with "did you mean" suggestions.
struct Resolution {
    std::optional<EntityId> id;
    std::string error; ///< "no entity named 'Nvidai'; did you mean 'Nvidia'?" when `id` is unset
};

/// Finds the live entity named or aliased `name`. Example: `resolveEntity(g, "cac").id`.
Resolution resolveEntity(const KnowledgeGraph& graph, std::string_view name);

struct Neighbor {
    EntityId entity = 0;
    std::size_t distance = 0; ///< hops from the centre, either edge direction
};

struct Neighborhood {
    std::vector<Neighbor> entities;      ///< the centre first, then by distance, then name
    std::vector<AssertionId> assertions; ///< every live assertion between two of them, id order
};

/// Entities within `depth` hops of `center` (following assertions either way) and the assertions
/// among them. O(V + E) of the part visited. Example: `neighborhood(g, *g.find("Nvidia"), 2)`.
Neighborhood neighborhood(const KnowledgeGraph& graph, EntityId center, std::size_t depth);

/// One assertion seen from one of its ends.
struct RelationLine {
    AssertionId assertion = 0;
    std::string relation;
    EntityId other = 0;
    std::size_t evidenceCount = 0;
    bool negated = false;
    double confidence = 0.0;
};

struct EntityCard {
    EntityId id = 0;
    std::string name;
    EntityType type = EntityType::Other;
    std::vector<std::string> aliases;
    std::vector<RelationLine> outgoing; ///< grouped: by relation, then other entity's name
    std::vector<RelationLine> incoming;
};

/// Everything known about one entity. Example: `entityCard(g, *g.find("CAC")).outgoing`.
EntityCard entityCard(const KnowledgeGraph& graph, EntityId id);

struct RankedEntity {
    EntityId entity = 0;
    double score = 0.0; ///< degree (as a number) or PageRank
};

struct GraphStats {
    std::size_t entities = 0;
    std::size_t assertions = 0;
    std::size_t documents = 0; ///< distinct evidence documents
    std::size_t evidence = 0;  ///< pieces of evidence over all assertions
    std::vector<std::pair<EntityType, std::size_t>> byType; ///< types present, most common first
    std::vector<RankedEntity> topByDegree;                  ///< in + out assertions
    std::vector<RankedEntity> topByPageRank;
};

/// PageRank over the live entities, an assertion being a link from subject to object (parallel
/// assertions count once each), damping `damping`, power iteration until the L1 change is below
/// 1e-10 or 200 rounds. The rank of dangling entities (no outgoing assertion) is spread evenly over
/// all entities, so the scores of live entities sum to 1. Indexed by EntityId; 0 for dead ids.
std::vector<double> pageRank(const KnowledgeGraph& graph, double damping = 0.85);

/// Counts and the `top` best-connected entities. Example: `graphStats(g, 10).topByPageRank[0]`.
GraphStats graphStats(const KnowledgeGraph& graph, std::size_t top = 10);

} // namespace kg::graph
