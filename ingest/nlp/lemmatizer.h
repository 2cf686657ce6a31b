#pragma once
// Lemmatizer for tagged English words: a (form, XPOS) table learned from a treebank, WordNet's
// irregular forms, suffix rules for unseen words that prefer known words ("climbed" → "climb",
// "revoked" → "revoke"), and a few context rules ('s → be/have). Immutable, thread safe.

#include "ingest/nlp/conllu.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

struct LemmaAccuracy {
    std::size_t tokens = 0;
    std::size_t correct = 0;
    double accuracy() const { return tokens == 0 ? 0.0 : double(correct) / double(tokens); }
};

class Lemmatizer {
public:
    /// Loads a model written by `save`; throws std::runtime_error("path: why").
    /// Example: `auto l = Lemmatizer::load(defaultModelDir() + "/lemmatizer.bin");`
    static Lemmatizer load(const std::string& path);

    /// Learns from the gold lemmas and tags of `train`; its lemmas are the known words.
    /// `wordnetDir` holds WordNet's verb.exc/noun.exc/adj.exc/adv.exc irregular forms and
    /// index.verb, whose verbs are known words too (Debian: /usr/share/wordnet); empty or missing
    /// files = none. Deterministic: the same input gives the same `save` bytes.
    static Lemmatizer train(const std::vector<Sentence>& train, const std::string& wordnetDir);

    /// Writes the model (magic "KGLEMMA"); throws std::runtime_error("path: why").
    void save(const std::string& path) const;

    /// Sets the lemma of every word from its form, XPOS/UPOS (tag first) and neighbours.
    void lemmatize(Sentence& sentence) const;

    /// The lemma of one word without context. Example: `lemma("denied", "VERB", "VBD")` → "deny".
    std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

    /// Lemmatizes a copy of each sentence, keeping its (gold or predicted) tags, and compares
    /// with `gold`'s lemmas word by word. `tagged` and `gold` must have the same words.
    LemmaAccuracy evaluate(const std::vector<Sentence>& tagged,
                           const std::vector<Sentence>& gold) const;

    std::size_t entryCount() const; ///< table entries + rules + exceptions

    /// Whether `lemma` is a known verb: a verb lemma of the training treebank or a WordNet verb.
    /// Example: `knownVerb("revoke")` → true, `knownVerb("revok")` → false.
    bool knownVerb(std::string_view lemma) const;

    struct Model;

private:
    explicit Lemmatizer(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
    std::shared_ptr<const Model> model_;
};

} // namespace kg::ingest::nlp
