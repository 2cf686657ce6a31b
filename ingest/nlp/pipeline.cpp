#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

namespace kg::ingest::nlp {

// Every model the pipeline runs. The dependency parser plugs in here: add its model as a member,
// load it in Pipeline::load when its file exists in the model directory, and call it at the end
// of Impl::analyze.
struct Pipeline::Impl {
    Tagger tagger;
    Lemmatizer lemmatizer;

    void analyze(Sentence& sentence) const {
        tagger.tag(sentence);
        lemmatizer.lemmatize(sentence);
        // parser: parse(sentence) goes here
    }
};

Pipeline Pipeline::load(const std::string& modelDir) {
    auto impl = std::make_shared<Impl>(Impl{Tagger::load(modelDir + "/tagger.bin"),
                                            Lemmatizer::load(modelDir + "/lemmatizer.bin")});
    return Pipeline(std::move(impl));
}

std::vector<Sentence> Pipeline::analyze(std::string_view text) const {
    std::vector<Sentence> sentences = tokenize(text);
    for (Sentence& s : sentences) {
        impl_->analyze(s);
    }
    return sentences;
}

void Pipeline::analyze(Sentence& pretokenized) const {
    impl_->analyze(pretokenized);
}

} // namespace kg::ingest::nlp
