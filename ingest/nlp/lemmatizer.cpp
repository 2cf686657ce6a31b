#include "ingest/nlp/lemmatizer.h"

#include "ingest/nlp/model_io.h"
#include "ingest/nlp/tokenizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace kg::ingest::nlp {

namespace {

constexpr std::string_view MAGIC = "KGLEMMA";
constexpr std::uint32_t VERSION = 2;
constexpr std::size_t MAX_SUFFIX = 7;
// Suffix nodes, and rules of a tag, followed by fewer word types are not kept.
constexpr std::size_t RULE_MIN_TYPES = 2;
// Letters of context of the ending model of known words (at most 4: packed in 32 bits), and its
// smoothing (interpolation with the next shorter ending).
constexpr std::size_t ENDING_ORDER = 4;
constexpr double ENDING_SMOOTHING = 2.0;
// Weight of a candidate lemma known only in another word class, and of one not known at all
// (times its ending probability), against 1 for a known word of the tag's class.
// (Accuracy on EWT dev and on news verbs hardly moves for 0.1–0.5 and 0.003–0.03.)
constexpr double OTHER_CLASS_WEIGHT = 0.25;
constexpr double UNKNOWN_WEIGHT = 0.01;
// A tag whose word types keep their form at least this often in training (EWT: NN 98%, JJ 97%,
// VB 96%, RB 91%; NNS 4%, VBD 3%) keeps the form of an unseen word. Its exceptions are irregular
// words, which the tables know, and corrected typos ("theraphy" → "therapy"), which as rules
// only damage unseen words ("geography" → "geograpy").
constexpr double KEEPS_FORM_SHARE = 0.9;

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
    std::uint8_t strip = 0; // characters removed from the end of the form
    std::string append;     // then appended
    bool undouble = false;  // removes the second of a doubled letter ("stopped" → "stop")
    std::uint32_t types = 0;
};

using RuleKey = std::tuple<std::size_t, std::string, bool>; // strip, append, undouble

// Whether removing the last `strip` letters of `form` removes the second of two equal letters:
// an undoubling rule applies only to forms that have the doubled letter there.
bool undoubles(std::string_view form, std::size_t strip) {
    return strip >= 1 && strip < form.size() &&
           form[form.size() - strip] == form[form.size() - strip - 1];
}

// A word of one syllable that ends in one vowel and one consonant (not w, x or y): English
// doubles that consonant before "-ed" and "-ing" ("fin" → "finned", "hop" → "hopping"), so such a
// word is not the lemma of a form that adds the ending without doubling ("fined" is "fine").
bool doublesItsLastConsonant(std::string_view w) {
    const auto vowel = [](char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    };
    const std::size_t n = w.size();
    if (n < 2 || vowel(w[n - 1]) || w[n - 1] == 'w' || w[n - 1] == 'x' || w[n - 1] == 'y' ||
        w[n - 1] < 'a' || w[n - 1] > 'z' || !vowel(w[n - 2]) || (n >= 3 && vowel(w[n - 3]))) {
        return false;
    }
    for (std::size_t i = 0; i + 2 < n; ++i) {
        if (vowel(w[i]) || w[i] == 'y' || w[i] < 'a' || w[i] > 'z') {
            return false; // another syllable, or not a plain word
        }
    }
    return true;
}

// All rules seen for the word types of one tag that end in one suffix.
struct RuleNode {
    std::uint32_t types = 0;
    std::vector<Rule> rules; // most types first
};

// Coarse word class for the known-lemma lexicon: "v", "n", "a", "r"; empty for other tags
// (closed classes and proper nouns, whose lemmas the lexicon does not judge).
std::string_view lexiconClass(std::string_view xpos) {
    if (xpos.starts_with("VB") || xpos == "MD") {
        return "v";
    }
    if (xpos == "NN" || xpos == "NNS") {
        return "n";
    }
    if (xpos.starts_with("JJ")) {
        return "a";
    }
    if (xpos.starts_with("RB")) {
        return "r";
    }
    return {};
}

// The last n ≤ 4 bytes of `w` as one number (no byte of a word is 0, so lengths differ too).
std::uint32_t packEnding(std::string_view w, std::size_t n) {
    std::uint32_t packed = 0;
    for (std::size_t i = w.size() - n; i < w.size(); ++i) {
        packed = (packed << 8) | static_cast<unsigned char>(w[i]);
    }
    return packed;
}

bool isLexiconWord(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
    });
}

} // namespace

struct Lemmatizer::Model {
    std::unordered_map<std::string, std::string> exact;   // form \t xpos → lemma
    std::unordered_map<std::string, std::string> folded;  // lowercaseAscii(form) \t xpos → lemma
    std::unordered_map<std::string, std::string> wordnet; // class \t form → lemma
    std::unordered_map<std::string, RuleNode> rules;      // xpos \t suffix → rules
    std::unordered_set<std::string> lexicon;              // class \t lemma (known words)
    std::unordered_set<std::string> keepsForm;            // tags whose unseen words keep their form
    // Derived from the lexicon on load: for each ending of 1..ENDING_ORDER letters, how often it
    // occurs inside a known word and how often a known word ends with it.
    std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> endings;
    double endBase = 0.0;

    // The tags whose word types mostly keep their form: derived on load, no file change. A rule
    // counts each of its types once in the nodes of the shortest suffix that covers what it
    // removes (one letter at least).
    void indexRules() {
        std::unordered_map<std::string, std::pair<std::uint64_t, std::uint64_t>> shares;
        for (const auto& [k, node] : rules) {
            const std::size_t tab = k.find('\t');
            if (tab == std::string::npos) {
                continue;
            }
            const std::size_t suffix = k.size() - tab - 1;
            auto& [kept, all] = shares[k.substr(0, tab)];
            for (const Rule& rule : node.rules) {
                if (suffix != std::max<std::size_t>(rule.strip, 1)) {
                    continue;
                }
                all += rule.types;
                kept += rule.strip == 0 && rule.append.empty() && !rule.undouble ? rule.types : 0;
            }
        }
        keepsForm.clear();
        for (const auto& [tag, share] : shares) {
            if (double(share.first) >= KEEPS_FORM_SHARE * double(share.second)) {
                keepsForm.insert(tag);
            }
        }
    }

    void indexLexicon() {
        endings.clear();
        std::unordered_set<std::string> words;
        for (const std::string& entry : lexicon) {
            words.insert(entry.substr(entry.find('\t') + 1));
        }
        endings.reserve(words.size() * 2);
        std::uint64_t positions = 0;
        for (const std::string& w : words) {
            positions += w.size();
            for (std::size_t end = 1; end <= w.size(); ++end) {
                for (std::size_t n = 1; n <= std::min(ENDING_ORDER, end); ++n) {
                    auto& [inside, final] =
                        endings[packEnding(std::string_view(w).substr(0, end), n)];
                    ++inside;
                    final += end == w.size() ? 1 : 0;
                }
            }
        }
        // Without known words every candidate gets the same weight and the rules decide.
        endBase = positions == 0 ? 1.0 : double(words.size()) / double(positions);
    }

    // How likely a word ends right after `w`'s last letters, from the known words' endings:
    // "revoke" (…oke as in joke, smoke) is a plausible word, "revok" is not.
    double endProbability(std::string_view w) const {
        double p = endBase;
        for (std::size_t n = 1; n <= std::min(ENDING_ORDER, w.size()); ++n) {
            const auto it = endings.find(packEnding(w, n));
            if (it == endings.end()) {
                break;
            }
            p = (it->second.second + ENDING_SMOOTHING * p) / (it->second.first + ENDING_SMOOTHING);
        }
        return p;
    }

    double lexiconWeight(std::string_view cls, const std::string& candidate) const {
        if (lexicon.contains(key(cls, candidate))) {
            return 1.0;
        }
        for (const std::string_view other : {"v", "n", "a", "r"}) {
            if (other != cls && lexicon.contains(key(other, candidate))) {
                return OTHER_CLASS_WEIGHT;
            }
        }
        return UNKNOWN_WEIGHT * endProbability(candidate);
    }

    // An unseen word: every rule learned for its tag and suffixes proposes a lemma. A rule's
    // probability is interpolated from the shortest suffix to the longest one seen in training
    // (Witten-Bell), and a candidate that is a known word of the tag's class, or at least
    // ends like one, is preferred: "climbed" → "climb" although most "-bed" types are "-bbed".
    std::string byRules(const std::string& low, const std::string& base,
                        std::string_view tag) const {
        if (keepsForm.contains(std::string(tag))) {
            return base;
        }
        std::vector<std::pair<const Rule*, double>> probs;
        for (std::size_t k = 1; k <= std::min(MAX_SUFFIX, low.size()); ++k) {
            const auto it = rules.find(key(tag, std::string_view(low).substr(low.size() - k)));
            if (it == rules.end()) {
                continue; // short suffixes have no node when rules remove more letters
            }
            const RuleNode& node = it->second;
            const double distinct = double(node.rules.size());
            const double denominator = node.types + distinct;
            for (auto& [rule, p] : probs) {
                p *= distinct / denominator;
            }
            for (const Rule& rule : node.rules) {
                const double own = rule.types / denominator;
                const auto same = std::find_if(probs.begin(), probs.end(), [&](const auto& e) {
                    return e.first->strip == rule.strip && e.first->append == rule.append &&
                           e.first->undouble == rule.undouble;
                });
                if (same == probs.end()) {
                    probs.emplace_back(&rule, own);
                } else {
                    same->first = &rule;
                    same->second += own;
                }
            }
        }
        const std::string_view cls = isProper(tag) ? std::string_view() : lexiconClass(tag);
        std::vector<std::pair<std::string, double>> candidates;
        for (const auto& [rule, p] : probs) {
            if (rule->strip >= base.size() || rule->undouble != undoubles(low, rule->strip)) {
                continue;
            }
            std::string lemma = base.substr(0, base.size() - rule->strip) + rule->append;
            const bool ending = tag == "VBD" || tag == "VBN" || tag == "VBG";
            if (ending && !rule->undouble && rule->append.empty() &&
                (low == lemma + "ed" || low == lemma + "ing") && doublesItsLastConsonant(lemma)) {
                continue; // "fined" is not "fin", "hoped" not "hop"
            }
            const auto same = std::find_if(candidates.begin(), candidates.end(),
                                           [&](const auto& c) { return c.first == lemma; });
            if (same == candidates.end()) {
                candidates.emplace_back(std::move(lemma), p);
            } else {
                same->second += p;
            }
        }
        if (candidates.empty()) {
            return base;
        }
        // Most probable first: a weight is at most 1, so the rest cannot beat a score above p.
        std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        double bestScore = -1.0;
        const std::string* best = nullptr;
        for (const auto& [lemma, p] : candidates) {
            if (p < bestScore) {
                break;
            }
            const double score = cls.empty() ? p : p * lexiconWeight(cls, lowercaseAscii(lemma));
            if (score > bestScore || (score == bestScore && lemma < *best)) {
                bestScore = score;
                best = &lemma;
            }
        }
        return *best;
    }

    std::string apply(std::string_view rawForm, std::string_view upos,
                      std::string_view xpos) const {
        const std::string form = straightApostrophes(rawForm);
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
        const std::string low = lowercaseAscii(form);
        if (const auto it = folded.find(key(low, tag)); it != folded.end()) {
            return it->second;
        }
        // A regular past tense and participle share the form: "hoped"/VBN is "hoped"/VBD's lemma.
        const std::string_view sibling = tag == "VBD" ? "VBN" : tag == "VBN" ? "VBD" : "";
        if (!sibling.empty()) {
            if (const auto it = folded.find(key(low, sibling)); it != folded.end()) {
                return it->second;
            }
        }
        // A base form that is a known verb is its own lemma: "will ground the jets" is no
        // "grind", "to found a company" no "find". (Not one that is no verb: a past tense the
        // tagger took for a base form, "they ate", still goes through WordNet.)
        if ((xpos == "VB" || xpos == "VBP") && lexicon.contains(key("v", low))) {
            return low;
        }
        const std::string_view wn = wordnetClass(xpos);
        if (!wn.empty()) {
            if (const auto it = wordnet.find(key(wn, low)); it != wordnet.end()) {
                return it->second;
            }
        }
        const bool proper = isProper(xpos) || upos == "PROPN";
        return byRules(low, proper ? form : low, tag);
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
            const std::string form = straightApostrophes(t.form);
            const std::string tag = t.xpos.empty() ? t.upos : t.xpos;
            ++exactCounts[key(form, tag)][t.lemma];
            ++foldedCounts[key(lowercaseAscii(form), tag)]
                          [isProper(tag) ? t.lemma : lowercaseAscii(t.lemma)];
            types.emplace(std::tuple{lowercaseAscii(form), tag, lowercaseAscii(t.lemma)}, 0);
            const std::string_view cls = lexiconClass(tag);
            if (!cls.empty() && isLexiconWord(t.lemma)) {
                model->lexicon.insert(key(cls, t.lemma));
            }
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
    // A rule only one word type of a tag follows (a typo, an abbreviation like "yrs" → "year")
    // is not kept: it would only produce odd lemmas for unseen words.
    const auto ruleOf = [](const std::string& form, const std::string& lemma) {
        std::size_t common = 0;
        while (common < form.size() && common < lemma.size() && form[common] == lemma[common]) {
            ++common;
        }
        const std::size_t strip = form.size() - common;
        return RuleKey{strip, lemma.substr(common), undoubles(form, strip)};
    };
    std::map<std::pair<std::string, RuleKey>, std::uint32_t> perTag;
    for (const auto& [type, unused] : types) {
        (void)unused;
        const auto& [form, tag, lemma] = type;
        ++perTag[{tag, ruleOf(form, lemma)}];
    }
    std::map<std::string, std::map<RuleKey, std::uint32_t>> ruleCounts;
    for (const auto& [type, unused] : types) {
        (void)unused;
        const auto& [form, tag, lemma] = type;
        const RuleKey rule = ruleOf(form, lemma);
        const std::size_t strip = std::get<0>(rule);
        if (strip > 255 || perTag[{tag, rule}] < RULE_MIN_TYPES) {
            continue;
        }
        for (std::size_t k = 1; k <= std::min(MAX_SUFFIX, form.size()); ++k) {
            if (k < strip) {
                continue; // the suffix must cover what the rule removes
            }
            ++ruleCounts[key(tag, std::string_view(form).substr(form.size() - k))][rule];
        }
    }
    for (const auto& [k, counts] : ruleCounts) {
        RuleNode node;
        for (const auto& [rule, n] : counts) {
            const auto& [strip, append, undouble] = rule;
            node.types += n;
            node.rules.push_back(Rule{static_cast<std::uint8_t>(strip), append, undouble, n});
        }
        if (node.types < RULE_MIN_TYPES) {
            continue;
        }
        std::stable_sort(node.rules.begin(), node.rules.end(),
                         [](const Rule& a, const Rule& b) { return a.types > b.types; });
        model->rules.emplace(k, std::move(node));
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
            if (cls == "v") {
                // WordNet's verbs as known words: news verbs EWT lacks ("rebuke", "quell").
                std::ifstream index(wordnetDir + "/index." + file.substr(0, file.size() - 4));
                while (std::getline(index, line)) {
                    const std::string lemma = line.substr(0, line.find(' '));
                    if (!line.starts_with(" ") && isLexiconWord(lemma)) {
                        model->lexicon.insert(key(cls, lemma));
                    }
                }
            }
        }
    }
    model->indexLexicon();
    model->indexRules();
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
    std::vector<const std::pair<const std::string, RuleNode>*> nodes;
    for (const auto& entry : model_->rules) {
        nodes.push_back(&entry);
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    w.u32(static_cast<std::uint32_t>(nodes.size()));
    for (const auto* entry : nodes) {
        w.str(entry->first);
        w.varint(entry->second.rules.size());
        for (const Rule& rule : entry->second.rules) {
            w.u8(rule.strip);
            w.u8(rule.undouble ? 1 : 0);
            w.str(rule.append);
            w.varint(rule.types);
        }
    }
    std::vector<std::string> lexicon(model_->lexicon.begin(), model_->lexicon.end());
    std::sort(lexicon.begin(), lexicon.end());
    w.u32(static_cast<std::uint32_t>(lexicon.size()));
    for (const std::string& entry : lexicon) {
        w.str(entry);
    }
    w.save(path);
}

Lemmatizer Lemmatizer::load(const std::string& path) {
    ModelReader r = ModelReader::open(path, MAGIC, VERSION);
    auto model = std::make_shared<Model>();
    readMap(r, model->exact);
    readMap(r, model->folded);
    readMap(r, model->wordnet);
    const std::uint32_t nodes = r.u32();
    model->rules.reserve(std::min<std::size_t>(nodes, r.remaining()));
    for (std::uint32_t i = 0; i < nodes; ++i) {
        std::string k = r.str();
        RuleNode node;
        const std::uint64_t n = r.varint();
        if (n == 0 || n > r.remaining()) {
            r.fail("bad rule count for suffix node " + std::to_string(i));
        }
        for (std::uint64_t j = 0; j < n; ++j) {
            Rule rule;
            rule.strip = r.u8();
            rule.undouble = r.u8() != 0;
            rule.append = r.str();
            const std::uint64_t types = r.varint();
            if (types == 0 || types > UINT32_MAX) {
                r.fail("bad rule count for suffix node " + std::to_string(i));
            }
            rule.types = static_cast<std::uint32_t>(types);
            node.types += rule.types;
            node.rules.push_back(std::move(rule));
        }
        model->rules.emplace(std::move(k), std::move(node));
    }
    const std::uint32_t words = r.u32();
    model->lexicon.reserve(std::min<std::size_t>(words, r.remaining()));
    for (std::uint32_t i = 0; i < words; ++i) {
        model->lexicon.insert(r.str());
    }
    r.expectEnd();
    model->indexLexicon();
    model->indexRules();
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
        const std::string form = lowercaseAscii(straightApostrophes(t.form));
        const std::string next =
            i + 1 < words.size() ? lowercaseAscii(words[i + 1].form) : std::string();
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

bool Lemmatizer::knownVerb(std::string_view lemma) const {
    return model_->lexicon.count("v\t" + std::string(lemma)) > 0;
}

std::size_t Lemmatizer::entryCount() const {
    return model_->exact.size() + model_->folded.size() + model_->wordnet.size() +
           model_->rules.size() + model_->lexicon.size();
}

} // namespace kg::ingest::nlp
