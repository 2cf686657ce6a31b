#pragma once
// The confidence of a proposition: a logistic model over a few features of its shape (pattern,
// argument lengths, coordination, attribution). Pure functions; the weights are constants here.

#include "ingest/openie/proposition.h"

#include <array>
#include <cstddef>

namespace kg::ingest::openie {

/// Number of features the confidence model reads (the first is the constant 1).
constexpr std::size_t CONFIDENCE_FEATURES = 17;

/// The feature vector of `p`: `sentenceWords` is the sentence length, `alternatives` how many
/// propositions the same clause gave through coordination splitting.
std::array<double, CONFIDENCE_FEATURES>
confidenceFeatures(const Proposition& p, std::size_t sentenceWords, std::size_t alternatives);

/// Logistic score in (0, 1) of the features above with the built-in weights.
/// Example: `p.confidence = scoreConfidence(p, sentence.tokens.size(), 1);`
double scoreConfidence(const Proposition& p, std::size_t sentenceWords, std::size_t alternatives);

} // namespace kg::ingest::openie
