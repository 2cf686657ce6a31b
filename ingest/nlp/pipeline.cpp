#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

#include <filesystem>
#include <optional>

namespace kg::ingest::nlp {

// Every model the pipeline runs. The dependency parser plugs in here: add its model as a member,
// load it in Pipeline::load when its file exists in the model directory, and call it at the end
// of Impl::analyze.
struct Pipeline::Impl {
    Tagger tagger;
    Lemmatizer lemmatizer;
    std::optional<Parser> parser; ///< when parser.bin is in the model directory

    void analyze(Sentence& sentence) const {
        tagger.tag(sentence);
        lemmatizer.lemmatize(sentence);
        if (parser) {
            parser->parse(sentence);
        }
    }
};

Pipeline Pipeline::load(const std::string& modelDir) {
    auto impl =
        std::make_shared<Impl>(Impl{Tagger::load(modelDir + "/tagger.bin"),
                                    Lemmatizer::load(modelDir + "/lemmatizer.bin"), std::nullopt});
    if (std::filesystem::exists(modelDir + "/parser.bin")) {
        impl->parser = Parser::load(modelDir + "/parser.bin");
    }
    return Pipeline(std::move(impl));
}

std::vector<Sentence> Pipeline::analyze(std::string_view text) const {
    std::vector<Sentence> sentences = tokenize(text);
    for (Sentence& s : sentences) {
        impl_->analyze(s);
    }
    return sentences;
}

const Lemmatizer& Pipeline::lemmatizer() const {
    return impl_->lemmatizer;
}

void Pipeline::analyze(Sentence& pretokenized) const {
    impl_->analyze(pretokenized);
}

} // namespace kg::ingest::nlp
