#pragma once
// The Boost.Graph type behind KnowledgeGraph. Include only from code inside graph/.

#include "graph/assertion.h"

#include <boost/graph/adjacency_list.hpp>

namespace kg::graph {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, AssertionId>;

struct Adjacency {
    BoostGraph graph;
};

} // namespace kg::graph
