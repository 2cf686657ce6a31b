#include "ingest/openie/confidence.h"

#include <cmath>

namespace kg::ingest::openie {

namespace {

// Weights of the logistic model, one per feature in the order of confidenceFeatures(). Set by hand
// from the error analysis of gold-tree extractions (see bench/openie/carb.sh for the fit).
constexpr std::array<double, CONFIDENCE_FEATURES> WEIGHTS{
    1.2,  // bias
    0.0,  // pattern: verb
    0.1,  // pattern: copula
    -0.4, // pattern: apposition
    -0.3, // pattern: relative clause
    -0.4, // pattern: participle
    -0.5, // pattern: control
    -0.3, // pattern: conjunct
    -0.9, // pattern: adverbial
    -1.0, // pattern: possessive
    -0.8, // no arg2
    -0.6, // arg1 longer than 6 words
    -0.5, // arg2 longer than 12 words
    -0.2, // per extra argument (capped at 3)
    -0.4, // not asserted (complement clause, reported speech)
    -0.3, // split from a coordination
    -0.5, // sentence longer than 40 words
};

double clampCount(std::size_t n, double cap) {
    const double v = static_cast<double>(n);
    return v < cap ? v : cap;
}

} // namespace

std::array<double, CONFIDENCE_FEATURES>
confidenceFeatures(const Proposition& p, std::size_t sentenceWords, std::size_t alternatives) {
    std::array<double, CONFIDENCE_FEATURES> f{};
    f[0] = 1.0;
    f[1 + static_cast<std::size_t>(p.pattern)] = 1.0;
    f[10] = p.arg2.empty() && p.extras.empty() ? 1.0 : 0.0;
    f[11] = p.arg1.tokens.size() > 6 ? 1.0 : 0.0;
    f[12] = p.arg2.tokens.size() > 12 ? 1.0 : 0.0;
    f[13] = clampCount(p.extras.size(), 3.0);
    f[14] = p.asserted ? 0.0 : 1.0;
    f[15] = alternatives > 1 ? 1.0 : 0.0;
    f[16] = sentenceWords > 40 ? 1.0 : 0.0;
    return f;
}

double scoreConfidence(const Proposition& p, std::size_t sentenceWords, std::size_t alternatives) {
    const std::array<double, CONFIDENCE_FEATURES> f =
        confidenceFeatures(p, sentenceWords, alternatives);
    double z = 0.0;
    for (std::size_t i = 0; i < CONFIDENCE_FEATURES; ++i) {
        z += WEIGHTS[i] * f[i];
    }
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace kg::ingest::openie
