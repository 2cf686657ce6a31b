#include "graph/queries.h"

#include "graph/adjacency.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace kg::graph {

namespace {

constexpr std::size_t UNREACHED = std::numeric_limits<std::size_t>::max();

// Orders entity ids by display name, then id.
auto byName(const KnowledgeGraph& graph) {
    return [&graph](EntityId a, EntityId b) {
        const std::string& x = graph.entity(a).name;
        const std::string& y = graph.entity(b).name;
        return x != y ? x < y : a < b;
    };
}

std::vector<RankedEntity> topEntities(const KnowledgeGraph& graph,
                                      const std::vector<double>& scores, std::size_t top) {
    std::vector<RankedEntity> ranked;
    for (EntityId id : graph.entityIds()) {
        ranked.push_back({id, scores[id]});
    }
    const auto nameOrder = byName(graph);
    const auto better = [&](const RankedEntity& a, const RankedEntity& b) {
        return a.score != b.score ? a.score > b.score : nameOrder(a.entity, b.entity);
    };
    const std::size_t keep = std::min(top, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                      better);
    ranked.resize(keep);
    return ranked;
}

std::vector<RelationLine> relationLines(const KnowledgeGraph& graph,
                                        const std::vector<AssertionId>& ids, bool outgoing) {
    std::vector<RelationLine> lines;
    for (AssertionId id : ids) {
        const Assertion& a = graph.assertion(id);
        lines.push_back({id, a.relation, outgoing ? a.object : a.subject, a.evidence.size(),
                         a.negated, a.confidence});
    }
    const auto nameOrder = byName(graph);
    std::sort(lines.begin(), lines.end(), [&](const RelationLine& x, const RelationLine& y) {
        const std::string rx = KnowledgeGraph::normalizeName(x.relation);
        const std::string ry = KnowledgeGraph::normalizeName(y.relation);
        if (rx != ry) {
            return rx < ry;
        }
        if (x.other != y.other) {
            return nameOrder(x.other, y.other);
        }
        return x.negated != y.negated ? !x.negated : x.assertion < y.assertion;
    });
    return lines;
}

} // namespace

Resolution resolveEntity(const KnowledgeGraph& graph, std::string_view name) {
    if (const auto id = graph.find(name)) {
        return {id, {}};
    }
    std::string error = "no entity named '" + std::string(name) + "'";
    const std::vector<std::string> suggestions = graph.suggest(name);
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        error += i == 0 ? "; did you mean '" : ", '";
        error += suggestions[i];
        error += "'";
    }
    if (!suggestions.empty()) {
        error += "?";
    }
    return {std::nullopt, std::move(error)};
}

Neighborhood neighborhood(const KnowledgeGraph& graph, EntityId center, std::size_t depth) {
    Neighborhood result;
    if (!graph.isLive(center)) {
        return result;
    }
    const BoostGraph& g = graph.adjacency().graph;
    std::vector<std::size_t> distance(boost::num_vertices(g), UNREACHED);
    distance[center] = 0;
    std::vector<EntityId> frontier{center};
    std::vector<EntityId> reached{center};
    for (std::size_t level = 1; level <= depth && !frontier.empty(); ++level) {
        std::vector<EntityId> next;
        const auto visit = [&](EntityId other) {
            if (distance[other] == UNREACHED) {
                distance[other] = level;
                next.push_back(other);
                reached.push_back(other);
            }
        };
        for (EntityId at : frontier) {
            for (const auto& e : boost::make_iterator_range(boost::out_edges(at, g))) {
                visit(static_cast<EntityId>(boost::target(e, g)));
            }
            for (const auto& e : boost::make_iterator_range(boost::in_edges(at, g))) {
                visit(static_cast<EntityId>(boost::source(e, g)));
            }
        }
        frontier = std::move(next);
    }
    const auto nameOrder = byName(graph);
    std::sort(reached.begin(), reached.end(), [&](EntityId a, EntityId b) {
        return distance[a] != distance[b] ? distance[a] < distance[b] : nameOrder(a, b);
    });
    for (EntityId id : reached) {
        result.entities.push_back({id, distance[id]});
        for (AssertionId a : graph.outgoing(id)) {
            if (distance[graph.assertion(a).object] != UNREACHED) {
                result.assertions.push_back(a);
            }
        }
    }
    std::sort(result.assertions.begin(), result.assertions.end());
    return result;
}

EntityCard entityCard(const KnowledgeGraph& graph, EntityId id) {
    const Entity& entity = graph.entity(id);
    EntityCard card;
    card.id = id;
    card.name = entity.name;
    card.type = entity.type;
    card.aliases = entity.aliases;
    card.outgoing = relationLines(graph, graph.outgoing(id), true);
    card.incoming = relationLines(graph, graph.incoming(id), false);
    return card;
}

std::vector<double> pageRank(const KnowledgeGraph& graph, double damping) {
    const std::vector<EntityId> live = graph.entityIds();
    std::size_t size = 0;
    for (EntityId id : live) {
        size = std::max<std::size_t>(size, id + 1);
    }
    std::vector<double> rank(size, 0.0);
    if (live.empty()) {
        return rank;
    }
    const double n = static_cast<double>(live.size());
    std::vector<std::size_t> outDegree(size, 0);
    for (AssertionId id : graph.assertionIds()) {
        ++outDegree[graph.assertion(id).subject];
    }
    for (EntityId id : live) {
        rank[id] = 1.0 / n;
    }
    std::vector<double> next(size, 0.0);
    for (int round = 0; round < 200; ++round) {
        double dangling = 0.0;
        for (EntityId id : live) {
            if (outDegree[id] == 0) {
                dangling += rank[id];
            }
        }
        const double base = (1.0 - damping) / n + damping * dangling / n;
        for (EntityId id : live) {
            next[id] = base;
        }
        for (AssertionId id : graph.assertionIds()) {
            const Assertion& a = graph.assertion(id);
            next[a.object] += damping * rank[a.subject] / static_cast<double>(outDegree[a.subject]);
        }
        double change = 0.0;
        for (EntityId id : live) {
            change += std::abs(next[id] - rank[id]);
        }
        rank.swap(next);
        if (change < 1e-10) {
            break;
        }
    }
    return rank;
}

GraphStats graphStats(const KnowledgeGraph& graph, std::size_t top) {
    GraphStats stats;
    stats.entities = graph.entityCount();
    stats.assertions = graph.assertionCount();
    std::set<std::string> documents;
    std::vector<double> degree(graph.entityIds().empty() ? 0 : graph.entityIds().back() + 1, 0.0);
    for (AssertionId id : graph.assertionIds()) {
        const Assertion& a = graph.assertion(id);
        stats.evidence += a.evidence.size();
        for (const Evidence& e : a.evidence) {
            if (!e.document.empty()) {
                documents.insert(e.document);
            }
        }
        degree[a.subject] += 1.0;
        degree[a.object] += 1.0;
    }
    stats.documents = documents.size();

    std::map<EntityType, std::size_t> types;
    for (EntityId id : graph.entityIds()) {
        ++types[graph.entity(id).type];
    }
    stats.byType.assign(types.begin(), types.end());
    std::stable_sort(stats.byType.begin(), stats.byType.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });

    stats.topByDegree = topEntities(graph, degree, top);
    stats.topByPageRank = topEntities(graph, pageRank(graph), top);
    return stats;
}

} // namespace kg::graph
