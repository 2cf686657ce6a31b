#pragma once
// The English analysis pipeline: tokenize → tag → lemmatize (→ parse, when a parser model is in
// the model directory). A loaded Pipeline is immutable and thread safe; copies share the models.

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/tokenizer.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

class Pipeline {
public:
    /// Loads tagger.bin and lemmatizer.bin (and the parser model, when present) from `modelDir`.
    /// Throws std::runtime_error("path: why") when a model is missing or broken.
    /// Example: `auto p = Pipeline::load(defaultModelDir()); auto sents = p.analyze(text);`
    static Pipeline load(const std::string& modelDir);

    /// Splits raw UTF-8 text into sentences and analyses each. Offsets point into `text`.
    std::vector<Sentence> analyze(std::string_view text) const;

    /// As `analyze(text)` for a part of a document whose letter names are `names` (see
    /// `tokenize`): an article analysed paragraph by paragraph.
    std::vector<Sentence> analyze(std::string_view text, const LetterNames& names) const;

    /// Tags, lemmatizes (and parses) an already tokenized sentence, e.g. gold CoNLL-U words.
    void analyze(Sentence& pretokenized) const;

    /// The pipeline's lemmatizer, for word knowledge beyond lemmas (`knownVerb`).
    const Lemmatizer& lemmatizer() const;

    /// Whether WordNet (as the tagger keeps it) knows a lowercase word form as a noun or a
    /// noun's plural. Example: `commonNoun("revenue")` → true, `commonNoun("nvidia")` → false.
    bool commonNoun(std::string_view lowercaseForm) const;

    struct Impl;

private:
    explicit Pipeline(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    std::shared_ptr<const Impl> impl_;
};

} // namespace kg::ingest::nlp
