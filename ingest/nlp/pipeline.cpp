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
bool isObjectStart(const std::string& upos) {
    return upos == "DET" || upos == "ADJ" || upos == "NOUN" || upos == "PROPN" || upos == "NUM" ||
           upos == "PRON";
}

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

// The same kind of sentence with a noun where its verb should be: "The rules, which take effect
// in 30 days, bar exports of advanced chips to China." with "bar" tagged NN. The first noun after
// a noun phrase (and after any relative clause of it) that is a verb's form and has a noun
// phrase after it, as the index and the verb tag to try (VBP for a base form, VBZ for an "-s"
// form), or NONE. (On EWT dev and test, whose verbless sentences
// are mostly fragments, none qualifies with the committed models.)
std::pair<std::size_t, const char*> nounForMainVerb(const Sentence& s, const Lemmatizer& lemmas) {
    const std::vector<Token>& w = s.tokens;
    const std::size_t n = w.size();
    if (n < 6 || !(w[n - 1].form == "." || w[n - 1].form == "!" || w[n - 1].form == "?")) {
        return {NONE, nullptr};
    }
    std::size_t root = NONE;
    for (std::size_t i = 0; i < n; ++i) {
        if (w[i].head == 0) {
            root = i;
        }
        if (w[i].upos == "VERB" && (w[i].deprel != "acl:relcl" && w[i].deprel != "acl")) {
            return {NONE, nullptr}; // a verb outside a noun's clause: not verbless
        }
        if (w[i].upos == "AUX" && w[i].deprel == "cop" && w[i].head == static_cast<int>(root) + 1) {
            return {NONE, nullptr};
        }
    }
    if (root == NONE || w[root].upos == "VERB" || w[root].upos == "AUX") {
        return {NONE, nullptr};
    }
    for (const Token& t : w) {
        if (t.deprel == "cop" && t.head == static_cast<int>(root) + 1) {
            return {NONE, nullptr};
        }
    }
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const Token& t = w[i];
        // (after a noun phrase that does not modify it: "customer service", "design build
        // firm" are nouns)
        // and that reads like a subject: a determiner, a name or a pronoun in it, or a clause
        // closed by a comma; "High quality pup food" is a caption)
        bool subjectLike = w[i - 1].form == ",";
        for (std::size_t k = 0; k < i && !subjectLike; ++k) {
            subjectLike = w[k].upos == "DET" || w[k].upos == "PROPN" || w[k].upos == "PRON";
        }
        const bool after = (w[i - 1].upos == "NOUN" || w[i - 1].upos == "PROPN" ||
                            w[i - 1].upos == "PRON" || w[i - 1].form == ",") &&
                           w[i - 1].head != static_cast<int>(i) + 1 && subjectLike;
        const bool objectNext = isObjectStart(w[i + 1].upos);
        if (t.upos == "NOUN" && (t.xpos == "NN" || t.xpos == "NNS") && after && objectNext &&
            t.form.size() > 2 && !t.form.empty() && t.form[0] >= 'a' && t.form[0] <= 'z') {
            const bool plural = t.xpos == "NNS";
            const std::string base =
                plural ? lemmas.lemma(t.form, "VERB", "VBZ") : std::string(t.form);
            if (lemmas.knownVerb(base)) {
                return {i, plural ? "VBZ" : "VBP"};
            }
        }
    }
    return {NONE, nullptr};
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
        // A gerund of no known verb is a noun ("chipmaking equipment", "Boeing builds ..."
        // lemmatized "chipmake", "boe"): a name when capitalised.
        for (Token& t : sentence.tokens) {
            if (t.xpos == "VBG" && !lemmatizer.knownVerb(t.lemma)) {
                const bool name = !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z';
                t.upos = name ? "PROPN" : "NOUN";
                t.xpos = name ? "NNP" : "NN";
                t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
            }
        }
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
            } else if (const auto [k, tag] = nounForMainVerb(sentence, lemmatizer); k != NONE) {
                // The same for a verb tagged as a noun, whose lemma changes with it.
                Sentence retry = sentence;
                retry.tokens[k].upos = "VERB";
                retry.tokens[k].xpos = tag;
                retry.tokens[k].lemma =
                    lemmatizer.lemma(retry.tokens[k].form, "VERB", retry.tokens[k].xpos);
                parser->parse(retry);
                // Kept when the word now heads the sentence or joins a verb as its conjunct
                // (the rules "which take effect in 30 days, bar exports": the rules bar them).
                const Token& verb = retry.tokens[k];
                if (verb.head == 0 ||
                    (verb.deprel == "conj" &&
                     retry.tokens[static_cast<std::size_t>(verb.head - 1)].upos == "VERB")) {
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
