#pragma once
// Part-of-speech tagger: a two-pass greedy averaged perceptron over hashed features predicting
// the UPOS and XPOS of each word jointly. The second pass also sees the first pass's tags to the
// right (trained on jack-knifed first-pass tags). A tagger trained with given tags
// (TaggerOptions::givenTags) also reads the words' XPOS, near and far, and predicts UPOS alone: the
// parser's supertagger, stacked on this tagger. A loaded Tagger is immutable and thread safe;
// copies share the model.

#include "ingest/nlp/conllu.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

class ModelReader;
class ModelWriter;

struct TaggerOptions {
    int iterations = 10;         ///< passes over the training data
    std::uint64_t seed = 1;      ///< shuffling seed; same data + options = same model bytes
    int folds = 4;               ///< jack-knife folds for the second pass; 0 trains one pass only
    float pruneBelow = 0.02f;    ///< averaged weights with a smaller magnitude are dropped
    /// WordNet's folder (index.* and *.exc) for word-class features, kept in the model; empty =
    /// none. See WordClasses.
    std::string wordnetDir;
    /// The words' XPOS are given (by a part-of-speech tagger) and read as features; the tagger
    /// then predicts the UPOS field alone and `tag` leaves XPOS as it is. For taggers of other
    /// things than parts of speech (the parser's supertagger) that stack on the POS tagger.
    bool givenTags = false;
    std::ostream* log = nullptr; ///< progress lines when set
};

struct TaggerAccuracy {
    std::size_t tokens = 0;
    std::size_t uposCorrect = 0;
    std::size_t xposCorrect = 0;
    double upos() const { return tokens == 0 ? 0.0 : double(uposCorrect) / double(tokens); }
    double xpos() const { return tokens == 0 ? 0.0 : double(xposCorrect) / double(tokens); }
};

class Tagger {
public:
    /// Loads a model written by `save`. Throws std::runtime_error("path: why") for a missing,
    /// truncated or foreign file. Example: `auto t = Tagger::load(defaultModelDir() +
    /// "/tagger.bin");`
    static Tagger load(const std::string& path);

    /// Trains on gold UPOS/XPOS of `train` (deterministic for the same input and options).
    /// Example: `Tagger t = Tagger::train(readConllu(in, "train.conllu").sentences, {});`
    static Tagger train(const std::vector<Sentence>& train, const TaggerOptions& options);

    /// Writes the model (magic "KGTAGGER"); throws std::runtime_error("path: why").
    void save(const std::string& path) const;

    /// The bytes `save` writes, to embed this tagger in another model file.
    std::string bytes() const;

    /// A tagger from `bytes()`; throws std::runtime_error("name: why") like `load`.
    static Tagger fromBytes(std::string bytes, const std::string& name);

    /// A copy without the weights whose magnitude is below `below` perceptron units (the others
    /// keep their stored values): a smaller, slightly less exact model.
    Tagger pruned(float below) const;

    /// Fills `upos` and `xpos` of every word from the words' forms. Linear in the sentence length.
    void tag(Sentence& sentence) const;

    /// Like `tag`, but leaves the sentence alone and writes each word's class (an index for
    /// `classUpos`) to `classes`: for callers that want the decision without copying strings.
    void tagClasses(const Sentence& sentence, std::vector<std::uint16_t>& classes) const;

    /// The WordClass bits (word_classes.h) of a lowercase form in the lexicon the model was
    /// trained with; 0 for an unknown word or a model trained without one. Example:
    /// `wordClasses("ministry") & WC_NOUN`.
    std::uint8_t wordClasses(std::string_view lowercaseForm) const;

    std::size_t classCount() const;                    ///< (UPOS, XPOS) classes of the model
    const std::string& classUpos(std::size_t c) const; ///< UPOS of class `c`

    /// Tags a copy of each gold sentence and counts matches with the gold tags.
    TaggerAccuracy evaluate(const std::vector<Sentence>& gold) const;

    std::size_t featureCount() const; ///< weight rows kept in the model
    std::size_t weightCount() const;  ///< non-zero weights kept in the model

    struct Model;

private:
    explicit Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
    void write(ModelWriter& w) const;
    static Tagger read(ModelReader& r);
    std::shared_ptr<const Model> model_;
};

} // namespace kg::ingest::nlp
