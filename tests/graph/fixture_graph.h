#pragma once
// A small graph shared by the query tests:
//
//   A(ORG) -support-> B(ORG) -support-> C(PERSON) -support-> D(ORG)
//   A -criticize-> B (two pieces of evidence)      B -partner-> D
//   A -fund-> E(GPE) <-fund- D                     F(ORG) alone, G(LAW) -cite-> G

#include "graph/knowledge_graph.h"

#include <string>

namespace kg::graph::testing {

inline Statement fixtureStatement(const std::string& s, EntityType st, const std::string& r,
                                  const std::string& o, EntityType ot,
                                  const std::string& doc = "story.txt", int sentence = 0) {
    Statement statement;
    statement.subject = s;
    statement.subjectType = st;
    statement.relation = r;
    statement.object = o;
    statement.objectType = ot;
    statement.doc = doc;
    statement.sentence = sentence;
    statement.text = s + " " + r + " " + o + " (sentence " + std::to_string(sentence) + ").";
    statement.confidence = 0.5;
    return statement;
}

inline KnowledgeGraph fixtureGraph() {
    using T = EntityType;
    KnowledgeGraph g;
    g.add(fixtureStatement("A", T::Org, "support", "B", T::Org, "story.txt", 1)); // assertion 0
    g.add(fixtureStatement("B", T::Org, "support", "C", T::Person, "story.txt", 2));
    g.add(fixtureStatement("C", T::Person, "support", "D", T::Org, "story.txt", 3));
    g.add(fixtureStatement("D", T::Org, "fund", "E", T::Gpe, "other.txt", 1));
    g.add(fixtureStatement("A", T::Org, "fund", "E", T::Gpe, "other.txt", 2));
    g.add(fixtureStatement("B", T::Org, "partner", "D", T::Org, "other.txt", 3));
    g.add(fixtureStatement("A", T::Org, "criticize", "B", T::Org, "story.txt", 4));
    g.add(fixtureStatement("A", T::Org, "criticize", "B", T::Org, "other.txt", 5)); // same as 6
    g.intern("F", T::Org);
    g.add(fixtureStatement("G", T::Law, "cite", "G", T::Law, "law.txt", 1));
    return g;
}

} // namespace kg::graph::testing
