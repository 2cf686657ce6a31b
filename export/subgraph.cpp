#include "export/subgraph.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace kg::exporters {

namespace {

using graph::AssertionId;
using graph::EntityId;

// Distance from the focus for each entity within `depth` hops, following assertions both ways.
std::unordered_map<EntityId, int> neighbourhood(const graph::KnowledgeGraph& graph, EntityId focus,
                                                int depth) {
    std::unordered_map<EntityId, int> distance{{focus, 0}};
    std::deque<EntityId> queue{focus};
    while (!queue.empty()) {
        const EntityId current = queue.front();
        queue.pop_front();
        const int d = distance[current];
        if (d >= depth) {
            continue;
        }
        auto visit = [&](EntityId next) {
            if (distance.emplace(next, d + 1).second) {
                queue.push_back(next);
            }
        };
        for (AssertionId a : graph.outgoing(current)) {
            visit(graph.assertion(a).object);
        }
        for (AssertionId a : graph.incoming(current)) {
            visit(graph.assertion(a).subject);
        }
    }
    return distance;
}

} // namespace

Selection selectSubgraph(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
    std::unordered_map<EntityId, int> distance;
    if (options.focus.empty()) {
        for (EntityId id : graph.entityIds()) {
            distance.emplace(id, 0);
        }
    } else {
        const auto focus = graph.find(options.focus);
        if (!focus) {
            throw ExportError("no entity named '" + options.focus + "'");
        }
        distance = neighbourhood(graph, *focus, std::max(0, options.depth));
    }

    // Assertions inside the chosen part, and each entity's number of them.
    std::vector<AssertionId> inside;
    std::unordered_map<EntityId, std::size_t> degree;
    for (AssertionId a : graph.assertionIds()) {
        const graph::Assertion& assertion = graph.assertion(a);
        if (distance.count(assertion.subject) != 0 && distance.count(assertion.object) != 0) {
            inside.push_back(a);
            ++degree[assertion.subject];
            if (assertion.object != assertion.subject) {
                ++degree[assertion.object];
            }
        }
    }

    std::vector<EntityId> chosen;
    chosen.reserve(distance.size());
    for (const auto& entry : distance) {
        chosen.push_back(entry.first);
    }
    Selection selection;
    if (options.maxNodes != 0 && chosen.size() > options.maxNodes) {
        std::sort(chosen.begin(), chosen.end(), [&](EntityId a, EntityId b) {
            const int da = distance[a];
            const int db = distance[b];
            if (da != db) {
                return da < db;
            }
            const std::size_t ga = degree[a];
            const std::size_t gb = degree[b];
            return ga != gb ? ga > gb : a < b;
        });
        selection.droppedEntities = chosen.size() - options.maxNodes;
        chosen.resize(options.maxNodes);
    }
    std::sort(chosen.begin(), chosen.end());
    const std::unordered_set<EntityId> kept(chosen.begin(), chosen.end());
    for (AssertionId a : inside) {
        const graph::Assertion& assertion = graph.assertion(a);
        if (kept.count(assertion.subject) != 0 && kept.count(assertion.object) != 0) {
            selection.assertions.push_back(a);
        } else {
            ++selection.droppedAssertions;
        }
    }
    selection.entities = std::move(chosen);
    return selection;
}

} // namespace kg::exporters
