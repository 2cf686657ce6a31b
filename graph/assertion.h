#pragma once
// A relation between two entities with everything that supports it. Plain value types.

#include "graph/statement.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kg::graph {

using EntityId = std::uint32_t;
using AssertionId = std::uint32_t;

/// Where an assertion was read: a sentence of a document, or a record of a statements file.
struct Evidence {
    std::string document;
    int sentence = -1;       ///< sentence index, -1 for structured records
    std::int64_t start = -1; ///< character span of the sentence in the document, -1 if unknown
    std::int64_t end = -1;
    std::string text;        ///< the sentence, or the record's evidence field
    std::string source;      ///< publisher or provider
    std::string subjectText; ///< the words that named the subject here
    std::string objectText;
    std::string relationText;
    std::vector<Argument> args;
    double confidence = 1.0; ///< of this reading
};

struct Assertion {
    EntityId subject = 0;
    EntityId object = 0;
    std::string relation; ///< lemma form, as first seen
    bool negated = false;
    double confidence = 1.0; ///< combined over the evidence: 1 - prod(1 - c_i)
    std::string time;        ///< ISO 8601 prefix, empty if unknown; the first one given wins
    std::string modality;
    bool asserted = true;
    std::vector<Evidence> evidence;
};

} // namespace kg::graph
