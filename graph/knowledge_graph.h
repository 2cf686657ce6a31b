#pragma once
// The in-memory knowledge graph: entities as vertices and assertions as edges of a Boost.Graph
// bidirectional adjacency_list, with a name/alias index. Ids are stable for the life of the graph
// (a merged-away entity keeps its id but is no longer live). Not thread-safe for writers.

#include "graph/assertion.h"
#include "graph/entity.h"
#include "graph/statement.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::graph {

struct Adjacency; // Boost.Graph storage, see graph/adjacency.h (for code inside graph/ only)

class KnowledgeGraph {
public:
    KnowledgeGraph();
    ~KnowledgeGraph();
    KnowledgeGraph(KnowledgeGraph&&) noexcept;
    KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
    KnowledgeGraph(const KnowledgeGraph&) = delete;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

    /// The key names are matched by: case-folded (ASCII), white space collapsed, ’ ‘ ` ʼ read as '.
    /// Example: normalizeName("  People’s   daily") == "people's daily".
    static std::string normalizeName(std::string_view name);

    /// Returns the live entity whose name or alias matches `name`, creating one if none does.
    /// A given type replaces OTHER/CONCEPT on an existing entity; otherwise the first type stays.
    EntityId intern(std::string_view name, std::optional<EntityType> type = std::nullopt);

    /// The live entity named or aliased `name`, if any. O(length of name).
    std::optional<EntityId> find(std::string_view name) const;

    /// Adds `alias` as another name of `id`. Returns false (and changes nothing) when the alias
    /// already names a different live entity; true when added or already there.
    bool addAlias(EntityId id, std::string_view alias);

    void setType(EntityId id, EntityType type);

    /// Adds a statement: interns both ends, then adds or merges the assertion. Identical
    /// assertions (same subject, object, relation after normalisation, negation) merge, keeping
    /// every piece of evidence; evidence identical to one already kept is not added again.
    AssertionId add(const Statement& statement);

    /// Folds entity `from` into `into`: its names become aliases of `into`, its assertions move
    /// over (merging with identical ones) and `from` stops being live. No-op when equal.
    void merge(EntityId from, EntityId into);

    const Entity& entity(EntityId id) const { return entities_.at(id); }
    const Assertion& assertion(AssertionId id) const { return assertions_.at(id); }
    bool isLive(EntityId id) const { return id < entityLive_.size() && entityLive_[id]; }
    bool isLiveAssertion(AssertionId id) const {
        return id < assertionLive_.size() && assertionLive_[id];
    }

    /// Live entities / assertions, in id order.
    std::vector<EntityId> entityIds() const;
    std::vector<AssertionId> assertionIds() const;
    std::size_t entityCount() const { return liveEntities_; }
    std::size_t assertionCount() const { return liveAssertions_; }

    /// Live assertions leaving / entering an entity, in insertion order.
    std::vector<AssertionId> outgoing(EntityId id) const;
    std::vector<AssertionId> incoming(EntityId id) const;

    /// Up to `limit` live entity names closest to `name` (edit distance on normalised names,
    /// substring matches first), for "did you mean" messages.
    std::vector<std::string> suggest(std::string_view name, std::size_t limit = 3) const;

    /// The Boost.Graph view, for algorithms inside graph/. Vertex i is entity i; each edge
    /// carries its AssertionId.
    const Adjacency& adjacency() const { return *adjacency_; }

private:
    std::string assertionKey(EntityId subject, EntityId object, std::string_view relation,
                             bool negated) const;
    void addEvidence(Assertion& target, Evidence evidence);

    std::vector<Entity> entities_;
    std::vector<bool> entityLive_;
    std::vector<Assertion> assertions_;
    std::vector<bool> assertionLive_;
    std::size_t liveEntities_ = 0;
    std::size_t liveAssertions_ = 0;
    std::unordered_map<std::string, EntityId> names_; ///< normalised name/alias -> id
    std::unordered_map<std::string, AssertionId> assertionIndex_;
    std::unique_ptr<Adjacency> adjacency_;
};

} // namespace kg::graph
