#include "ingest/nlp/lemmatizer.h"

#include "ingest/nlp/model_io.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace kg::ingest::nlp {

namespace {

constexpr std::string_view MAGIC = "KGLEMMA";
constexpr std::uint32_t VERSION = 1;
constexpr std::size_t MAX_SUFFIX = 7;
// A suffix rule is used only when this many word types support it.
constexpr std::size_t RULE_MIN_TYPES = 2;

std::string normalize(std::string_view form) {
    std::string out;
    out.reserve(form.size());
    for (std::size_t i = 0; i < form.size(); ++i) {
        if (form.compare(i, 3, "\xE2\x80\x99") == 0 || form.compare(i, 3, "\xE2\x80\x98") == 0) {
            out.push_back('\'');
            i += 2;
        } else {
            out.push_back(form[i]);
        }
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string key(std::string_view a, std::string_view b) {
    std::string k(a);
    k.push_back('\t');
    k.append(b);
    return k;
}

bool isProper(std::string_view xpos) {
    return xpos == "NNP" || xpos == "NNPS";
}

// WordNet exception file for a Penn tag: "v" verbs, "n" nouns, "a" adjectives, "r" adverbs.
std::string_view wordnetClass(std::string_view xpos) {
    if (xpos.starts_with("VB")) {
        return "v";
    }
    if (xpos == "NNS" || xpos == "NNPS") {
        return "n";
    }
    if (xpos == "JJR" || xpos == "JJS") {
        return "a";
    }
    if (xpos == "RBR" || xpos == "RBS") {
        return "r";
    }
    return {};
}

// EWT writes the lemma of "1,993,045" without the thousands separators.
std::string numberLemma(const std::string& form) {
    const bool grouped =
        form.find(',') != std::string::npos && std::all_of(form.begin(), form.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == ',' || c == '.';
        });
    if (!grouped) {
        return form;
    }
    std::string out;
    for (const char c : form) {
        if (c != ',') {
            out.push_back(c);
        }
    }
    return out;
}

struct Rule {
    std::uint8_t strip = 0;
    std::string append;
    std::uint32_t support = 0;
};

} // namespace

struct Lemmatizer::Model {
    std::unordered_map<std::string, std::string> exact;   // form \t xpos → lemma
    std::unordered_map<std::string, std::string> folded;  // lower(form) \t xpos → lemma
    std::unordered_map<std::string, std::string> wordnet; // class \t form → lemma
    std::unordered_map<std::string, Rule> rules;          // xpos \t suffix → rule

    std::string apply(std::string_view rawForm, std::string_view upos,
                      std::string_view xpos) const {
        const std::string form = normalize(rawForm);
        std::string_view tag = xpos.empty() ? upos : xpos;
        if (const auto it = exact.find(key(form, tag)); it != exact.end()) {
            return it->second;
        }
        if (upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" || xpos == "ADD" ||
            xpos == "CD" || xpos == "GW" || xpos == "NFP") {
            return numberLemma(form);
        }
        if (std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return form; // codes and dates ("EB3326", "01-Feb-02") keep their spelling
        }
        const std::string low = lower(form);
        if (const auto it = folded.find(key(low, tag)); it != folded.end()) {
            return it->second;
        }
        const std::string_view wn = wordnetClass(xpos);
        if (!wn.empty()) {
            if (const auto it = wordnet.find(key(wn, low)); it != wordnet.end()) {
                return it->second;
            }
        }
        const bool proper = isProper(xpos) || upos == "PROPN";
        const std::string& base = proper ? form : low;
        for (std::size_t k = std::min(MAX_SUFFIX, low.size()); k >= 1; --k) {
            const auto it = rules.find(key(tag, std::string_view(low).substr(low.size() - k)));
            if (it == rules.end() || it->second.support < RULE_MIN_TYPES ||
                it->second.strip >= base.size()) {
                continue;
            }
            return base.substr(0, base.size() - it->second.strip) + it->second.append;
        }
        return base;
    }
};

Lemmatizer Lemmatizer::train(const std::vector<Sentence>& train, const std::string& wordnetDir) {
    auto model = std::make_shared<Model>();
    std::map<std::string, std::map<std::string, std::size_t>> exactCounts;
    std::map<std::string, std::map<std::string, std::size_t>> foldedCounts;
    std::map<std::tuple<std::string, std::string, std::string>, int> types; // form, xpos, lemma
    for (const Sentence& s : train) {
        for (const Token& t : s.tokens) {
            if (t.lemma.empty()) {
                continue;
            }
            const std::string form = normalize(t.form);
            const std::string tag = t.xpos.empty() ? t.upos : t.xpos;
            ++exactCounts[key(form, tag)][t.lemma];
            ++foldedCounts[key(lower(form), tag)][isProper(tag) ? t.lemma : lower(t.lemma)];
            types.emplace(std::tuple{lower(form), tag, lower(t.lemma)}, 0);
        }
    }
    const auto majority = [](const std::map<std::string, std::size_t>& counts) {
        return std::max_element(counts.begin(), counts.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    };
    for (const auto& [k, counts] : exactCounts) {
        model->exact.emplace(k, majority(counts));
    }
    for (const auto& [k, counts] : foldedCounts) {
        model->folded.emplace(k, majority(counts));
    }
    // Suffix rules, counted over word types so frequent irregulars do not dominate.
    std::map<std::string, std::map<std::pair<std::size_t, std::string>, std::uint32_t>> ruleCounts;
    for (const auto& [type, unused] : types) {
        (void)unused;
        const auto& [form, tag, lemma] = type;
        std::size_t common = 0;
        while (common < form.size() && common < lemma.size() && form[common] == lemma[common]) {
            ++common;
        }
        const std::size_t strip = form.size() - common;
        if (strip > 255) {
            continue;
        }
        const std::string append = lemma.substr(common);
        for (std::size_t k = 1; k <= std::min(MAX_SUFFIX, form.size()); ++k) {
            if (k < strip) {
                continue; // the suffix must cover what the rule removes
            }
            ++ruleCounts[key(tag, std::string_view(form).substr(form.size() - k))][{strip, append}];
        }
    }
    for (const auto& [k, counts] : ruleCounts) {
        const auto best =
            std::max_element(counts.begin(), counts.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        if (best->second >= RULE_MIN_TYPES) {
            model->rules.emplace(k, Rule{static_cast<std::uint8_t>(best->first.first),
                                         best->first.second, best->second});
        }
    }
    if (!wordnetDir.empty()) {
        for (const std::string_view cls : {"v", "n", "a", "r"}) {
            const std::string file = std::string(cls == "v"   ? "verb"
                                                 : cls == "n" ? "noun"
                                                 : cls == "a" ? "adj"
                                                              : "adv") +
                                     ".exc";
            std::ifstream in(wordnetDir + "/" + file);
            std::string line;
            while (std::getline(in, line)) {
                std::istringstream words(line);
                std::string inflected;
                std::string base;
                if (words >> inflected >> base && inflected.find('_') == std::string::npos) {
                    model->wordnet.emplace(key(cls, inflected), base);
                }
            }
        }
    }
    return Lemmatizer(std::move(model));
}

namespace {

template <typename Map> void writeMap(ModelWriter& w, const Map& map) {
    std::vector<std::pair<std::string, std::string>> sorted(map.begin(), map.end());
    std::sort(sorted.begin(), sorted.end());
    w.u32(static_cast<std::uint32_t>(sorted.size()));
    for (const auto& [k, v] : sorted) {
        w.str(k);
        w.str(v);
    }
}

void readMap(ModelReader& r, std::unordered_map<std::string, std::string>& map) {
    const std::uint32_t n = r.u32();
    map.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        std::string k = r.str();
        map.emplace(std::move(k), r.str());
    }
}

} // namespace

void Lemmatizer::save(const std::string& path) const {
    ModelWriter w(MAGIC, VERSION);
    writeMap(w, model_->exact);
    writeMap(w, model_->folded);
    writeMap(w, model_->wordnet);
    std::vector<std::pair<std::string, Rule>> rules(model_->rules.begin(), model_->rules.end());
    std::sort(rules.begin(), rules.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    w.u32(static_cast<std::uint32_t>(rules.size()));
    for (const auto& [k, rule] : rules) {
        w.str(k);
        w.u8(rule.strip);
        w.str(rule.append);
        w.u32(rule.support);
    }
    w.save(path);
}

Lemmatizer Lemmatizer::load(const std::string& path) {
    ModelReader r = ModelReader::open(path, MAGIC, VERSION);
    auto model = std::make_shared<Model>();
    readMap(r, model->exact);
    readMap(r, model->folded);
    readMap(r, model->wordnet);
    const std::uint32_t n = r.u32();
    model->rules.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        std::string k = r.str();
        Rule rule;
        rule.strip = r.u8();
        rule.append = r.str();
        rule.support = r.u32();
        model->rules.emplace(std::move(k), std::move(rule));
    }
    r.expectEnd();
    return Lemmatizer(std::move(model));
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos,
                              std::string_view xpos) const {
    return model_->apply(form, upos, xpos);
}

void Lemmatizer::lemmatize(Sentence& sentence) const {
    auto& words = sentence.tokens;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Token& t = words[i];
        t.lemma = model_->apply(t.form, t.upos, t.xpos);
        const std::string form = lower(normalize(t.form));
        const std::string next = i + 1 < words.size() ? lower(words[i + 1].form) : std::string();
        const std::string nextUpos = i + 1 < words.size() ? words[i + 1].upos : std::string();
        if (form == "'s" && (t.upos == "AUX" || t.upos == "VERB")) {
            // "it's been", "he's got" use have; "it's done", "she's here" use be.
            const bool perfect =
                next == "been" || next == "got" || next == "gotten" || next == "had";
            t.lemma = perfect ? "have" : "be";
        } else if (form == "lay" && t.xpos == "VBD") {
            // past of "lie" unless it takes an object like "lay the groundwork"
            const bool object = nextUpos == "DET" || nextUpos == "PRON" || nextUpos == "NOUN";
            t.lemma = object ? "lay" : "lie";
        }
    }
}

LemmaAccuracy Lemmatizer::evaluate(const std::vector<Sentence>& tagged,
                                   const std::vector<Sentence>& gold) const {
    LemmaAccuracy acc;
    for (std::size_t s = 0; s < tagged.size() && s < gold.size(); ++s) {
        Sentence copy = tagged[s];
        lemmatize(copy);
        for (std::size_t i = 0; i < copy.tokens.size() && i < gold[s].tokens.size(); ++i) {
            ++acc.tokens;
            acc.correct += copy.tokens[i].lemma == gold[s].tokens[i].lemma ? 1 : 0;
        }
    }
    return acc;
}

std::size_t Lemmatizer::entryCount() const {
    return model_->exact.size() + model_->folded.size() + model_->wordnet.size() +
           model_->rules.size();
}

} // namespace kg::ingest::nlp
