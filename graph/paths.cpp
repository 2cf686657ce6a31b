#include "graph/paths.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <set>

namespace kg::graph {

namespace {

// The hop-count graph a query walks: for each entity, its reachable neighbours in id order, each
// with the one assertion chosen for that step.
struct Step {
    EntityId to;
    Hop hop;
};
using StepGraph = std::vector<std::vector<Step>>;

// True when `a` is a better witness for a hop than `b`.
bool betterAssertion(const KnowledgeGraph& graph, AssertionId a, AssertionId b) {
    const Assertion& x = graph.assertion(a);
    const Assertion& y = graph.assertion(b);
    if (x.evidence.size() != y.evidence.size()) {
        return x.evidence.size() > y.evidence.size();
    }
    if (x.confidence != y.confidence) {
        return x.confidence > y.confidence;
    }
    return a < b;
}

StepGraph buildSteps(const KnowledgeGraph& graph, const PathOptions& options) {
    std::vector<std::string> relations;
    for (const std::string& relation : options.relations) {
        relations.push_back(KnowledgeGraph::normalizeName(relation));
    }
    std::size_t size = 0;
    for (EntityId id : graph.entityIds()) {
        size = std::max<std::size_t>(size, id + 1);
    }
    StepGraph steps(size);
    for (AssertionId id : graph.assertionIds()) {
        const Assertion& a = graph.assertion(id);
        if (a.subject == a.object) {
            continue;
        }
        if (!relations.empty() &&
            std::find(relations.begin(), relations.end(),
                      KnowledgeGraph::normalizeName(a.relation)) == relations.end()) {
            continue;
        }
        steps[a.subject].push_back({a.object, {id, true, a.subject, a.object}});
        if (!options.directed) {
            steps[a.object].push_back({a.subject, {id, false, a.object, a.subject}});
        }
    }
    // Keep one step per neighbour: the best assertion between the two.
    for (auto& list : steps) {
        std::sort(list.begin(), list.end(), [&graph](const Step& a, const Step& b) {
            return a.to != b.to ? a.to < b.to
                                : betterAssertion(graph, a.hop.assertion, b.hop.assertion);
        });
        list.erase(std::unique(list.begin(), list.end(),
                               [](const Step& a, const Step& b) { return a.to == b.to; }),
                   list.end());
    }
    return steps;
}

struct Blocked {
    std::vector<bool> entities;                    ///< may not be entered
    std::set<std::pair<EntityId, EntityId>> steps; ///< (from, to) may not be taken
};

// Breadth-first search from `source` to `target` within `limit` hops, entering intermediate
// entities only when `allowed`. Returns the entity sequence, empty when unreachable.
std::vector<EntityId> bfs(const StepGraph& steps, EntityId source, EntityId target,
                          std::size_t limit, const std::vector<bool>& allowed,
                          const Blocked& blocked) {
    if (source == target) {
        return {source};
    }
    constexpr EntityId NONE = std::numeric_limits<EntityId>::max();
    std::vector<EntityId> parent(steps.size(), NONE);
    std::vector<std::size_t> depth(steps.size(), 0);
    parent[source] = source;
    std::deque<EntityId> queue{source};
    while (!queue.empty()) {
        const EntityId current = queue.front();
        queue.pop_front();
        if (depth[current] == limit) {
            continue;
        }
        for (const Step& step : steps[current]) {
            const EntityId next = step.to;
            if (parent[next] != NONE || blocked.entities[next] ||
                blocked.steps.count({current, next}) > 0) {
                continue;
            }
            if (next != target && !allowed[next]) {
                continue;
            }
            parent[next] = current;
            depth[next] = depth[current] + 1;
            if (next == target) {
                std::vector<EntityId> path{target};
                for (EntityId at = target; at != source;) {
                    at = parent[at];
                    path.push_back(at);
                }
                std::reverse(path.begin(), path.end());
                return path;
            }
            queue.push_back(next);
        }
    }
    return {};
}

Path toPath(const StepGraph& steps, const std::vector<EntityId>& entities) {
    Path path;
    path.entities = entities;
    for (std::size_t i = 0; i + 1 < entities.size(); ++i) {
        const auto& list = steps[entities[i]];
        const auto it =
            std::lower_bound(list.begin(), list.end(), entities[i + 1],
                             [](const Step& step, EntityId to) { return step.to < to; });
        path.hops.push_back(it->hop);
    }
    return path;
}

// Candidate order: fewer hops first, then the entity ids along the path.
struct ShorterFirst {
    bool operator()(const std::vector<EntityId>& a, const std::vector<EntityId>& b) const {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    }
};

} // namespace

std::vector<Path> shortestPaths(const KnowledgeGraph& graph, EntityId source, EntityId target,
                                const PathOptions& options) {
    if (options.k == 0 || !graph.isLive(source) || !graph.isLive(target)) {
        return {};
    }
    const StepGraph steps = buildSteps(graph, options);
    std::vector<bool> allowed(steps.size(), true);
    if (!options.types.empty()) {
        for (EntityId id = 0; id < steps.size(); ++id) {
            allowed[id] =
                graph.isLive(id) && std::find(options.types.begin(), options.types.end(),
                                              graph.entity(id).type) != options.types.end();
        }
    }

    Blocked none{std::vector<bool>(steps.size(), false), {}};
    std::vector<std::vector<EntityId>> found;
    std::vector<EntityId> first = bfs(steps, source, target, options.maxHops, allowed, none);
    if (first.empty()) {
        return {};
    }
    found.push_back(std::move(first));
    std::set<std::vector<EntityId>, ShorterFirst> candidates;
    while (found.size() < options.k) {
        const std::vector<EntityId> previous = found.back();
        for (std::size_t i = 0; i + 1 < previous.size(); ++i) {
            const EntityId spur = previous[i];
            const std::vector<EntityId> root(previous.begin(),
                                             previous.begin() + static_cast<long>(i) + 1);
            Blocked blocked{std::vector<bool>(steps.size(), false), {}};
            for (const auto& path : found) {
                if (path.size() > i + 1 && std::equal(root.begin(), root.end(), path.begin())) {
                    blocked.steps.insert({path[i], path[i + 1]});
                }
            }
            for (std::size_t j = 0; j < i; ++j) {
                blocked.entities[root[j]] = true;
            }
            const std::vector<EntityId> spurPath =
                bfs(steps, spur, target, options.maxHops - i, allowed, blocked);
            if (spurPath.size() < 2) {
                continue;
            }
            std::vector<EntityId> total = root;
            total.insert(total.end(), spurPath.begin() + 1, spurPath.end());
            if (std::find(found.begin(), found.end(), total) == found.end()) {
                candidates.insert(std::move(total));
            }
        }
        if (candidates.empty()) {
            break;
        }
        found.push_back(*candidates.begin());
        candidates.erase(candidates.begin());
    }

    std::vector<Path> paths;
    paths.reserve(found.size());
    for (const auto& entities : found) {
        paths.push_back(toPath(steps, entities));
    }
    return paths;
}

} // namespace kg::graph
