#pragma once
// Labelled dependency parser: arc-hybrid transitions scored by an averaged perceptron over hashed
// feature templates, greedy (dynamic oracle, error exploration) or with a beam (global training).
// A loaded Parser is immutable and thread safe (copies share the model); parsing is linear in the
// sentence length times the beam width.

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/tagger.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace kg::ingest::nlp {

/// Supertags: per word, its relation label and on which side its head is ("nsubj/L": a subject
/// whose head is to its right; "/R": head to the left; "/0": the root), guessed from the words
/// (and, for a tagger trained with given tags, their part-of-speech tags) before parsing. They
/// give the greedy parser a view of the whole sentence.
struct Supertagging {
    std::shared_ptr<const Tagger> tagger; ///< used when parsing; saved inside the parser model
    /// For training: per training sentence (in the order given to Parser::train), per word, the
    /// supertag guessed by a tagger that did not see the sentence (jack-knifed).
    std::vector<std::vector<std::string>> training;
};

struct ParserOptions {
    int iterations = 15;     ///< passes over the training data
    std::uint64_t seed = 1;  ///< shuffling and exploration seed; same input = same model bytes
    double explore = 0.9;    ///< from the second pass, follow a wrong prediction this often
    float pruneBelow = 0.1f; ///< averaged weights with a smaller magnitude are dropped
    /// Beam width (1..64). 1 trains a greedy parser with the dynamic oracle; more trains a beam
    /// parser globally (structured perceptron, max-violation updates). Stored in the model.
    int beam = 1;
    /// Pseudo-projective encoding: the training trees' lifted arcs of this many of the most
    /// frequent (label, label of the head lifted from) pairs get labels of their own, which
    /// `parse` decodes back into the non-projective arcs. 0 only lifts, and the parser's trees
    /// are projective. The committed model uses 10 (models/parser.md).
    int liftLabels = 0;
    /// Supertags as features (Parser::trainSupertagger); null trains without them.
    std::shared_ptr<const Supertagging> supertags;
    std::ostream* log = nullptr; ///< one progress line per pass when set
    /// With `log`: sentences (tags as given) scored after every pass with the averaged weights.
    const std::vector<Sentence>* dev = nullptr;
};

struct ParserAccuracy {
    std::size_t tokens = 0;       ///< all words, punctuation included
    std::size_t headCorrect = 0;  ///< right head
    std::size_t labelCorrect = 0; ///< right head and right full label (subtype included)
    double uas() const { return tokens == 0 ? 0.0 : double(headCorrect) / double(tokens); }
    double las() const { return tokens == 0 ? 0.0 : double(labelCorrect) / double(tokens); }
};

class Parser {
public:
    /// Loads a model written by `save`. Throws std::runtime_error("path: why") for a missing,
    /// truncated or foreign file. Example: `auto p = Parser::load(defaultModelDir() +
    /// "/parser.bin");`
    static Parser load(const std::string& path);

    /// Trains on the gold trees of `train`, reading the words' forms and their UPOS/XPOS as given
    /// (gold or predicted). Non-projective trees are lifted to projective ones for training.
    /// Deterministic for the same input and options.
    /// Example: `Parser p = Parser::train(readConllu(in, "train.conllu").sentences, {});`
    static Parser train(const std::vector<Sentence>& train, const ParserOptions& options);

    /// Trains the supertagger on the gold trees of `gold` (its run-time tagger on all of them)
    /// and jack-knifes the training supertags: `folds` taggers, each trained without every
    /// folds-th sentence, tag those. `options` are the taggers' (seed, WordNet, ...). Sentences
    /// with a word that has no head or label get guesses but teach the taggers nothing. With
    /// `options.givenTags` the taggers also read the sentences' XPOS: give them the kind of tags
    /// they will see when parsing (jack-knifed ones), since `parse` gives them the tagger's.
    /// Example: `auto st = std::make_shared<const Supertagging>(Parser::trainSupertagger(train, 4, {}));`
    static Supertagging trainSupertagger(const std::vector<Sentence>& gold, int folds,
                                         const TaggerOptions& options);

    /// The supertag of word `i` of a parsed or gold sentence ("obj/R").
    static std::string supertag(const Sentence& sentence, std::size_t i);

    /// The mean of several models' weights (same labels, beam width and supertagger, else
    /// std::invalid_argument), dropping averaged weights whose magnitude is below `pruneBelow`.
    /// Averaging parsers trained with different seeds is a cheap ensemble: one model, one parse.
    static Parser average(const std::vector<Parser>& models, float pruneBelow);

    /// Why this model cannot be averaged with `other` ("different labels", "beam width 2 against
    /// 1", "different supertaggers"), or "" if it can.
    std::string averageMismatch(const Parser& other) const;

    /// Writes the model (magic "KGPARSER"); throws std::runtime_error("path: why").
    void save(const std::string& path) const;

    /// Fills `head` (1-based, 0 for the root) and `deprel` of every word from form, UPOS and XPOS.
    /// Always produces one tree: exactly one word on the root, no cycles, for any input.
    void parse(Sentence& sentence) const;

    /// As `parse`, with beam search of the given width (1 = greedy, clamped to 1..64) instead of
    /// the model's own. Example: `parser.parse(sentence, 8);`
    void parse(Sentence& sentence, int beamWidth) const;

    /// Beam width the model was trained for and parses with by default (1: greedy).
    int beam() const;

    /// The supertagger kept in the model, or null for a model trained without supertags.
    const Tagger* supertagger() const;

    /// A copy whose supertagger drops the weights below `below` perceptron units (Tagger::pruned);
    /// a model without one is copied as it is.
    Parser withSupertaggerPruned(float below) const;

    /// Parses a copy of each gold sentence (with the tags it carries) and scores it against the
    /// gold heads and labels; `beamWidth` 0 uses the model's own.
    ParserAccuracy evaluate(const std::vector<Sentence>& gold, int beamWidth = 0) const;

    const std::vector<std::string>& labels() const; ///< relation labels, index order
    std::size_t featureCount() const;               ///< weight rows kept in the model
    std::size_t weightCount() const;                ///< non-zero weights kept in the model

    struct Model;

private:
    explicit Parser(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
    std::shared_ptr<const Model> model_;
};

/// Scores parsed sentences against gold ones with the same words (heads and full labels).
ParserAccuracy scoreParses(const std::vector<Sentence>& gold, const std::vector<Sentence>& parsed);

} // namespace kg::ingest::nlp
