#include "ingest/openie/confidence.h"

#include <algorithm>
#include <cmath>

namespace kg::ingest::openie {

namespace {

// Weights of the logistic model, one per feature in the order of confidenceFeatures().
// Fitted by logistic regression (soft labels: each extraction's best CaRB match precision) on
// the CaRB dev extractions of this extractor; 5-fold cross-validation by sentence gave AUC 0.333
// against 0.316 for hand-set weights (bench/openie/fit_confidence.py).
constexpr std::array<double, CONFIDENCE_FEATURES> WEIGHTS{
    0.646,  // bias
    0.731,  // pattern: verb
    0.248,  // pattern: copula
    -0.312, // pattern: apposition
    0.178,  // pattern: relative clause
    -0.490, // pattern: participle
    0.608,  // pattern: control
    0.391,  // pattern: conjunct
    -0.082, // pattern: adverbial
    -1.102, // pattern: possessive
    -0.226, // no arg2 (extra arguments only)
    -0.397, // arg1 words / 10 (capped at 1)
    -0.311, // arg2 words / 20 (capped at 1)
    0.035,  // extra arguments (capped at 3)
    -0.575, // not asserted (complement clause, reported speech)
    0.258,  // split from a coordination
    -0.019, // sentence longer than 40 words
    -0.148, // arg1 is a pronoun
    0.397,  // relation words / 6 (capped at 1)
    0.161,  // arg1 comes after the relation
    0.379,  // passive
    -0.066, // negated or modal
    0.174,  // arg2 is a clause
    -0.464, // sentence words / 50 (capped at 2)
};

double capped(std::size_t n, double scale, double cap) {
    return std::min(static_cast<double>(n) / scale, cap);
}

} // namespace

ConfidenceContext confidenceContext(const nlp::Sentence& sentence, const Proposition& p) {
    auto upos = [&](std::size_t k) -> std::string_view {
        return k < sentence.tokens.size() ? std::string_view(sentence.tokens[k].upos) : "";
    };
    ConfidenceContext c;
    c.sentenceWords = sentence.tokens.size();
    c.arg1IsPronoun = p.arg1.tokens.size() == 1 && upos(p.arg1.tokens[0]) == "PRON";
    c.arg2IsClause = !p.arg2.empty() && (upos(p.arg2.head) == "VERB" || upos(p.arg2.head) == "AUX");
    return c;
}

std::array<double, CONFIDENCE_FEATURES> confidenceFeatures(const Proposition& p,
                                                           const ConfidenceContext& context) {
    const std::size_t sentenceWords = context.sentenceWords;
    std::array<double, CONFIDENCE_FEATURES> f{};
    f[0] = 1.0;
    f[1 + static_cast<std::size_t>(p.pattern)] = 1.0;
    f[10] = p.arg2.empty() ? 1.0 : 0.0;
    f[11] = capped(p.arg1.tokens.size(), 10.0, 1.0);
    f[12] = capped(p.arg2.tokens.size(), 20.0, 1.0);
    f[13] = capped(p.extras.size(), 1.0, 3.0);
    f[14] = p.asserted ? 0.0 : 1.0;
    f[15] = p.alternatives > 1 ? 1.0 : 0.0;
    f[16] = sentenceWords > 40 ? 1.0 : 0.0;
    f[17] = context.arg1IsPronoun ? 1.0 : 0.0;
    f[18] = capped(std::count(p.relationText.begin(), p.relationText.end(), ' ') + 1, 6.0, 1.0);
    f[19] = !p.arg1.tokens.empty() && !p.relationTokens.empty() &&
                    p.arg1.tokens.front() > p.relationTokens.front()
                ? 1.0
                : 0.0;
    f[20] = p.passive ? 1.0 : 0.0;
    f[21] = p.negated || !p.modality.empty() ? 1.0 : 0.0;
    f[22] = context.arg2IsClause ? 1.0 : 0.0;
    f[23] = capped(sentenceWords, 50.0, 2.0);
    return f;
}

double scoreConfidence(const Proposition& p, const ConfidenceContext& context) {
    const std::array<double, CONFIDENCE_FEATURES> f = confidenceFeatures(p, context);
    double z = 0.0;
    for (std::size_t i = 0; i < CONFIDENCE_FEATURES; ++i) {
        z += WEIGHTS[i] * f[i];
    }
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace kg::ingest::openie
