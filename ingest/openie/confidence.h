#pragma once
// The confidence of a proposition: a logistic model over features of its shape (pattern, argument
// and relation lengths, coordination, attribution). Pure functions; the weights are constants
// fitted on CaRB dev extractions (see models/openie/README.md).

#include "ingest/nlp/conllu.h"
#include "ingest/openie/proposition.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace kg::ingest::openie {

/// Number of features the confidence model reads (the first is the constant 1).
constexpr std::size_t CONFIDENCE_FEATURES = 24;

/// What the features need from the sentence beyond the proposition itself.
struct ConfidenceContext {
    std::size_t sentenceWords = 0;
    bool arg1IsPronoun = false; ///< arg1 is a single pronoun ("it", "they")
    bool arg2IsClause = false;  ///< arg2 is a complement clause ("that its products ...")
};

/// The context of `p` in the sentence it was extracted from.
ConfidenceContext confidenceContext(const nlp::Sentence& sentence, const Proposition& p);

/// The feature vector of `p`. Example: `auto f = confidenceFeatures(p, {sentence.size()});`
std::array<double, CONFIDENCE_FEATURES> confidenceFeatures(const Proposition& p,
                                                           const ConfidenceContext& context);

/// Logistic score in (0, 1) of the features above with the built-in weights.
/// Example: `p.confidence = scoreConfidence(p, {sentence.tokens.size()});`
double scoreConfidence(const Proposition& p, const ConfidenceContext& context);

} // namespace kg::ingest::openie
