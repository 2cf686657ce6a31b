#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

#include <filesystem>
#include <optional>

namespace kg::ingest::nlp {

namespace {

constexpr std::size_t NONE = static_cast<std::size_t>(-1);

// A parsed sentence with no verb at its root whose first participle with a regular "-ed" form,
// no auxiliary before it and a noun phrase after it is more likely its past-tense main verb:
// "The Biden administration on Tuesday unveiled new rules that ..." tagged "unveiled" VBN and
// parsed as a noun phrase. The index of that word, or NONE. (On EWT dev and test, with the
// committed models, 7 sentences qualify, 3 of dev and 4 of test; 5 of the words are past tenses.)
std::size_t participleForMainVerb(const Sentence& s) {
    const std::vector<Token>& w = s.tokens;
    const std::size_t n = w.size();
    if (n < 6 || !(w[n - 1].form == "." || w[n - 1].form == "!" || w[n - 1].form == "?")) {
        return NONE;
    }
    std::size_t root = NONE;
    for (std::size_t i = 0; i < n; ++i) {
        if (w[i].head == 0) {
            root = i;
        }
    }
    if (root == NONE || w[root].upos == "VERB" || w[root].upos == "AUX") {
        return NONE;
    }
    const auto hasChild = [&](std::size_t h, auto accept) {
        for (const Token& t : w) {
            if (t.head == static_cast<int>(h) + 1 && accept(t.deprel)) {
                return true;
            }
        }
        return false;
    };
    if (hasChild(root, [](const std::string& r) { return r == "cop"; })) {
        return NONE;
    }
    bool nounBefore = false;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (w[i].lemma == "be" || w[i].lemma == "have" || w[i].lemma == "get") {
            return NONE; // a passive or perfect is the participle's
        }
        if (w[i].xpos == "VBN" && w[i].upos == "VERB" && nounBefore && w[i].form.size() > 3 &&
            w[i].form.ends_with("ed") &&
            (w[i + 1].upos == "DET" || w[i + 1].upos == "ADJ" || w[i + 1].upos == "NOUN" ||
             w[i + 1].upos == "PROPN" || w[i + 1].upos == "NUM" || w[i + 1].upos == "PRON") &&
            !hasChild(i, [](const std::string& r) { return r.starts_with("aux"); })) {
            return i;
        }
        nounBefore =
            nounBefore || w[i].upos == "NOUN" || w[i].upos == "PROPN" || w[i].upos == "PRON";
    }
    return NONE;
}

} // namespace

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
            // A sentence parsed without a verb at its root because a past tense was tagged as a
            // participle: retag and parse again, keeping the new parse if that word now heads it.
            if (const std::size_t v = participleForMainVerb(sentence); v != NONE) {
                Sentence retry = sentence;
                retry.tokens[v].xpos = "VBD";
                parser->parse(retry);
                if (retry.tokens[v].head == 0) {
                    sentence = std::move(retry);
                }
            }
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
