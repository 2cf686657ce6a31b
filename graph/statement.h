#pragma once
// One extracted or stated triple with its provenance: the record that readers produce, that
// `kg extract --format jsonl` prints and that the knowledge graph ingests (DESIGN.md contract).

#include "graph/entity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kg::graph {

/// An extra argument of a proposition: a time, a place or another prepositional phrase.
struct Argument {
    std::string role;  ///< "time", "place" or "other"
    std::string text;  ///< as written ("On July 31")
    std::string value; ///< normalised value ("2025-07-31"), empty when none
};

struct Statement {
    std::string doc;         ///< document name (file name or statement source)
    int sentence = -1;       ///< sentence index in the document, -1 when not from text
    std::int64_t start = -1; ///< character offset of the sentence in the document, -1 if unknown
    std::int64_t end = -1;   ///< one past the sentence's last character, -1 if unknown
    std::string text;        ///< the evidence sentence, empty when none

    std::string subject;                   ///< canonical subject name
    std::optional<EntityType> subjectType; ///< unset: let the graph decide
    std::string subjectText;               ///< the words in the sentence
    std::string relation;                  ///< lemma form ("ban sale of")
    std::string relationText;              ///< as written ("banned sales of")
    bool negated = false;
    std::string object;
    std::optional<EntityType> objectType;
    std::string objectText;

    std::vector<Argument> args;
    double confidence = 1.0; ///< 0..1
    std::string date;        ///< when the fact holds or happened, ISO 8601 prefix; empty if unknown
    std::string source;      ///< publisher or provider of the document
    std::string modality;    ///< "may", "could", ... empty for plain assertions
    bool asserted = true;    ///< false when only reported, hypothetical or demanded
};

} // namespace kg::graph
