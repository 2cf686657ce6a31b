#include "ingest/nlp/tagger.h"

#include "ingest/nlp/model_io.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/word_classes.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <map>
#include <ostream>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace kg::ingest::nlp {

namespace {

constexpr std::string_view MAGIC = "KGTAGGER";
// Version 4 adds a flag byte for given tags; a tagger without them is still written as version 3,
// so its bytes are those of earlier builds.
constexpr std::uint32_t VERSION = 4;
constexpr std::uint32_t PLAIN_VERSION = 3;
constexpr std::size_t MAX_FEATURES = 64;
constexpr std::size_t MAX_CLASSES = 250;
// Tag dictionary: words seen this often with (almost) one tag skip the model.
constexpr std::size_t DICT_MIN_COUNT = 20;
constexpr double DICT_MIN_SHARE = 0.995;
// Words longer than this contribute only their first bytes to affixes and shape.
constexpr std::size_t MAX_SHAPE_BYTES = 40;

std::uint64_t hashBytes(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ULL)) + 0x632BE59BD9B4E019ULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    return h | 1; // 0 marks an empty slot
}

// Feature templates. The numbers are part of the model format: append, never renumber.
enum Template : std::uint64_t {
    T_BIAS = 1,
    T_LOWER,
    T_EXACT,
    T_SUF1,
    T_SUF2,
    T_SUF3,
    T_SUF4,
    T_SUF5,
    T_PRE1,
    T_PRE2,
    T_PRE3,
    T_SHAPE,
    T_FLAGS,
    T_LOWER_M1,
    T_LOWER_M2,
    T_LOWER_P1,
    T_LOWER_P2,
    T_TAG_M1,
    T_TAG_M2M1,
    T_TAG_M1_LOWER,
    T_SUF3_M1,
    T_SUF3_P1,
    T_SHAPE_M1,
    T_SHAPE_P1,
    T_LOWER_LOWER_P1,
    T_LOWER_M1_LOWER,
    T_FIRST_SHAPE,
    T_SUF6,
    T_AMBIG,
    T_AMBIG_M1,
    T_AMBIG_P1,
    T_AMBIG_P2,
    T_TAG_M1_AMBIG,
    T_TAG_M1_SUF3,
    T_LEX,
    T_LEX_M1,
    T_LEX_P1,
    T_LEX_SUF2,
    T_TAG_M1_LEX,
    T_LEX_FLAGS,
    // second pass only
    T_P1_TAG_SELF = 64,
    T_P1_TAG_P1,
    T_P1_TAG_P1P2,
    T_P1_TAG_P1_LOWER,
    T_P1_TAG_M1P1,
    T_P1_TAG_P1_SUF3,
    // given tags (TaggerOptions::givenTags) only
    T_G_SELF = 96,
    T_G_M1,
    T_G_P1,
    T_G_M2_M1,
    T_G_P1_P2,
    T_G_M1_SELF,
    T_G_SELF_P1,
    T_G_M1_SELF_P1,
    T_G_SELF_LOWER,
    T_G_VERB_L,
    T_G_VERB_R,
    T_G_NOUN_R,
    T_G_VERB_LR,
};

struct WordInfo {
    std::uint64_t lower;
    std::uint64_t exact;
    std::uint64_t shape;
    std::array<std::uint64_t, 6> suffix;
    std::array<std::uint64_t, 3> prefix;
    std::uint64_t flags;
    std::uint64_t ambiguity; ///< hash of the tags seen with the word in training, or UNSEEN
    std::uint64_t lexicon;   ///< the lexicon's WordClass bits of the lowercase form
    // Given tags only (set per sentence, not per form):
    std::uint64_t given;     ///< hash of the given XPOS
    std::uint8_t verbLeft;   ///< distance bucket of the nearest verb (VB*, MD) to the left
    std::uint8_t verbRight;  ///< ... to the right
    std::uint8_t nounRight;  ///< distance bucket of the nearest noun or pronoun to the right
};

constexpr std::uint64_t UNSEEN = 0x7A3D15C0FFEEULL;
// Ambiguity classes: words seen this often; tags with this share of their occurrences.
constexpr std::size_t AMBIGUITY_MIN_COUNT = 3;
constexpr double AMBIGUITY_MIN_SHARE = 0.05;

WordInfo wordInfo(std::string_view form, const WordClasses& lexicon) {
    const std::string exact = straightQuotes(form);
    std::string lowered = exact;
    bool hasUpper = false;
    bool hasLower = false;
    bool hasDigit = false;
    bool hasHyphen = false;
    bool hasPeriod = false;
    for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z') {
            hasUpper = true;
            c = static_cast<char>(c - 'A' + 'a');
        } else if (c >= 'a' && c <= 'z') {
            hasLower = true;
        } else if (c >= '0' && c <= '9') {
            hasDigit = true;
        } else if (c == '-') {
            hasHyphen = true;
        } else if (c == '.') {
            hasPeriod = true;
        }
    }
    WordInfo w{};
    w.ambiguity = UNSEEN;
    w.lexicon = lexicon.of(lowered);
    w.exact = hashBytes(exact);
    w.lower = hashBytes(lowered);
    const std::string_view l(lowered);
    for (std::size_t k = 1; k <= 6; ++k) {
        w.suffix[k - 1] = l.size() >= k ? hashBytes(l.substr(l.size() - k)) + k : k;
    }
    for (std::size_t k = 1; k <= 3; ++k) {
        w.prefix[k - 1] = l.size() >= k ? hashBytes(l.substr(0, k)) + k : k;
    }
    std::string shape;
    char last = 0;
    int run = 0;
    for (std::size_t i = 0; i < exact.size() && i < MAX_SHAPE_BYTES; ++i) {
        const char c = exact[i];
        char s = c;
        if (c >= 'A' && c <= 'Z') {
            s = 'X';
        } else if (c >= 'a' && c <= 'z') {
            s = 'x';
        } else if (c >= '0' && c <= '9') {
            s = 'd';
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            s = 'u';
        }
        run = s == last ? run + 1 : 1;
        last = s;
        if (run <= 2) {
            shape.push_back(s);
        }
    }
    w.shape = hashBytes(shape);
    const bool initUpper = !exact.empty() && exact[0] >= 'A' && exact[0] <= 'Z';
    w.flags = (hasUpper ? 1u : 0u) | (hasLower ? 2u : 0u) | (hasDigit ? 4u : 0u) |
              (hasHyphen ? 8u : 0u) | (hasPeriod ? 16u : 0u) | (initUpper ? 32u : 0u);
    return w;
}

constexpr std::uint64_t NONE = 0x51ED270B27A3B1ULL;

// Writes the hashes of the features of word i that do not depend on tags (or depend on given
// tags only when `given`); returns how many.
std::size_t extractStatic(const std::vector<WordInfo>& words, std::size_t i, bool given,
                          std::uint64_t* out) {
    std::size_t n = 0;
    const auto add = [&](std::uint64_t t, std::uint64_t v) { out[n++] = mix(t, v); };
    const auto add2 = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b) {
        out[n++] = mix(mix(t, a), b);
    };
    const auto add3 = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
        out[n++] = mix(mix(mix(t, a), b), c);
    };
    const std::size_t count = words.size();
    const WordInfo& w = words[i];
    const std::uint64_t lowerM1 = i >= 1 ? words[i - 1].lower : NONE;
    const std::uint64_t lowerP1 = i + 1 < count ? words[i + 1].lower : NONE + 2;
    add(T_BIAS, 0);
    add(T_LOWER, w.lower);
    add(T_EXACT, w.exact);
    add(T_SUF1, w.suffix[0]);
    add(T_SUF2, w.suffix[1]);
    add(T_SUF3, w.suffix[2]);
    add(T_SUF4, w.suffix[3]);
    add(T_SUF5, w.suffix[4]);
    add(T_SUF6, w.suffix[5]);
    add(T_AMBIG, w.ambiguity);
    add(T_AMBIG_M1, i >= 1 ? words[i - 1].ambiguity : NONE);
    add(T_AMBIG_P1, i + 1 < count ? words[i + 1].ambiguity : NONE);
    add(T_AMBIG_P2, i + 2 < count ? words[i + 2].ambiguity : NONE);
    add(T_LEX, w.lexicon);
    add(T_LEX_M1, i >= 1 ? words[i - 1].lexicon : NONE);
    add(T_LEX_P1, i + 1 < count ? words[i + 1].lexicon : NONE);
    add2(T_LEX_SUF2, w.lexicon, w.suffix[1]);
    add2(T_LEX_FLAGS, w.lexicon, w.flags);
    add(T_PRE1, w.prefix[0]);
    add(T_PRE2, w.prefix[1]);
    add(T_PRE3, w.prefix[2]);
    add(T_SHAPE, w.shape);
    add(T_FLAGS, w.flags);
    add(T_LOWER_M1, lowerM1);
    add(T_LOWER_M2, i >= 2 ? words[i - 2].lower : NONE + 1);
    add(T_LOWER_P1, lowerP1);
    add(T_LOWER_P2, i + 2 < count ? words[i + 2].lower : NONE + 3);
    add(T_SUF3_M1, i >= 1 ? words[i - 1].suffix[2] : NONE);
    add(T_SUF3_P1, i + 1 < count ? words[i + 1].suffix[2] : NONE);
    add(T_SHAPE_M1, i >= 1 ? words[i - 1].shape : NONE);
    add(T_SHAPE_P1, i + 1 < count ? words[i + 1].shape : NONE);
    add2(T_LOWER_LOWER_P1, w.lower, lowerP1);
    add2(T_LOWER_M1_LOWER, lowerM1, w.lower);
    if (i == 0) {
        add(T_FIRST_SHAPE, w.shape);
    }
    if (given) {
        const std::uint64_t g0 = w.given;
        const std::uint64_t gM1 = i >= 1 ? words[i - 1].given : NONE;
        const std::uint64_t gM2 = i >= 2 ? words[i - 2].given : NONE + 1;
        const std::uint64_t gP1 = i + 1 < count ? words[i + 1].given : NONE + 2;
        const std::uint64_t gP2 = i + 2 < count ? words[i + 2].given : NONE + 3;
        add(T_G_SELF, g0);
        add(T_G_M1, gM1);
        add(T_G_P1, gP1);
        add2(T_G_M2_M1, gM2, gM1);
        add2(T_G_P1_P2, gP1, gP2);
        add2(T_G_M1_SELF, gM1, g0);
        add2(T_G_SELF_P1, g0, gP1);
        add3(T_G_M1_SELF_P1, gM1, g0, gP1);
        add2(T_G_SELF_LOWER, g0, w.lower);
        add2(T_G_VERB_L, g0, w.verbLeft);
        add2(T_G_VERB_R, g0, w.verbRight);
        add2(T_G_NOUN_R, g0, w.nounRight);
        add2(T_G_VERB_LR, g0, std::uint64_t{w.verbLeft} << 8 | w.verbRight);
    }
    return n;
}

// Distance buckets for the given-tag features: 1, 2, 3, 4-6, 7+; 0 when there is no such word.
std::uint8_t distanceBucket(std::size_t d) {
    return d == 0 ? 0 : d <= 3 ? static_cast<std::uint8_t>(d) : d <= 6 ? 4 : 5;
}

bool verbal(std::string_view xpos) {
    return (!xpos.empty() && xpos[0] == 'V') || xpos == "MD";
}

bool nominal(std::string_view xpos) {
    return (!xpos.empty() && xpos[0] == 'N') || xpos == "PRP";
}

// Fills the given-tag facts of `words` from the XPOS of `sentence`'s tokens.
void addGivenTags(std::vector<WordInfo>& words, const Sentence& sentence) {
    const std::size_t n = words.size();
    std::size_t lastVerb = 0; // position + 1 of the last verb seen, 0 = none
    for (std::size_t i = 0; i < n; ++i) {
        words[i].given = hashBytes(sentence.tokens[i].xpos) ^ 0x6A09E667F3BCC908ULL;
        words[i].verbLeft = distanceBucket(lastVerb == 0 ? 0 : i + 1 - lastVerb);
        if (verbal(sentence.tokens[i].xpos)) {
            lastVerb = i + 1;
        }
    }
    std::size_t nextVerb = 0;
    std::size_t nextNoun = 0;
    for (std::size_t i = n; i-- > 0;) {
        words[i].verbRight = distanceBucket(nextVerb == 0 ? 0 : nextVerb - (i + 1));
        words[i].nounRight = distanceBucket(nextNoun == 0 ? 0 : nextNoun - (i + 1));
        if (verbal(sentence.tokens[i].xpos)) {
            nextVerb = i + 1;
        }
        if (nominal(sentence.tokens[i].xpos)) {
            nextNoun = i + 1;
        }
    }
}

// Writes the hashes of the features of word i that look at tags: `tags` holds the classes
// decided so far (left of i); `firstPass` the first-pass classes of all words, or null.
std::size_t extractDynamic(const std::vector<WordInfo>& words, std::size_t i,
                           const std::uint16_t* tags, const std::uint16_t* firstPass,
                           std::uint16_t startTag, std::uint64_t* out) {
    std::size_t n = 0;
    const auto add = [&](std::uint64_t t, std::uint64_t v) { out[n++] = mix(t, v); };
    const auto add2 = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b) {
        out[n++] = mix(mix(t, a), b);
    };
    const std::size_t count = words.size();
    const WordInfo& w = words[i];
    const std::uint64_t tagM1 = i >= 1 ? tags[i - 1] : startTag;
    const std::uint64_t tagM2 = i >= 2 ? tags[i - 2] : startTag + 1u;
    add(T_TAG_M1, tagM1);
    add2(T_TAG_M2M1, tagM2, tagM1);
    add2(T_TAG_M1_LOWER, tagM1, w.lower);
    add2(T_TAG_M1_SUF3, tagM1, w.suffix[2]);
    add2(T_TAG_M1_AMBIG, tagM1, w.ambiguity);
    add2(T_TAG_M1_LEX, tagM1, w.lexicon);
    if (firstPass != nullptr) {
        const std::uint64_t p1 = i + 1 < count ? firstPass[i + 1] : startTag;
        const std::uint64_t p2 = i + 2 < count ? firstPass[i + 2] : startTag + 1u;
        add(T_P1_TAG_SELF, firstPass[i]);
        add(T_P1_TAG_P1, p1);
        add2(T_P1_TAG_P1P2, p1, p2);
        add2(T_P1_TAG_P1_LOWER, p1, w.lower);
        add2(T_P1_TAG_M1P1, tagM1, p1);
        add2(T_P1_TAG_P1_SUF3, p1, w.suffix[2]);
    }
    return n;
}

std::size_t extract(const std::vector<WordInfo>& words, std::size_t i, bool given,
                    const std::uint16_t* tags, const std::uint16_t* firstPass,
                    std::uint16_t startTag, std::array<std::uint64_t, MAX_FEATURES>& out) {
    const std::size_t n = extractStatic(words, i, given, out.data());
    return n + extractDynamic(words, i, tags, firstPass, startTag, out.data() + n);
}

using Rows = std::map<std::uint64_t, std::vector<std::pair<std::uint8_t, float>>>;

// The weights used for tagging: an open-addressing table from feature hash to, per pass, a run
// of (class, int16 weight) pairs. Both passes share a slot, so the second pass reuses the slot
// lookups of the first for the features that do not look at tags.
class FeatureIndex {
public:
    static constexpr std::uint32_t MISSING = 0xFFFFFFFF;
    static constexpr std::size_t PASSES = 2;

    struct Entry {
        std::uint16_t cls;
        std::int16_t weight;
    };

    std::array<float, PASSES> scale{1.0f, 1.0f};
    std::array<std::size_t, PASSES> rows{0, 0};

    void reserve(std::size_t n) {
        std::size_t size = 16;
        while (size < n * 2) {
            size *= 2;
        }
        slots_.assign(size, Slot{});
        pending_.assign(size, {0, 0});
    }

    /// Adds the (already quantized) run of `pass` for `key`.
    void add(std::size_t pass, std::uint64_t key, const std::vector<Entry>& run) {
        std::size_t slot = key & (slots_.size() - 1);
        while (slots_[slot].key != 0 && slots_[slot].key != key) {
            slot = (slot + 1) & (slots_.size() - 1);
        }
        Slot& s = slots_[slot];
        s.key = key;
        pending_[slot][pass] = static_cast<std::uint32_t>(entries_.size());
        s.length[pass] = static_cast<std::uint16_t>(run.size());
        entries_.insert(entries_.end(), run.begin(), run.end());
        ++rows[pass];
    }

    /// Quantizes averaged float rows into `pass`.
    void addRows(std::size_t pass, const Rows& averaged) {
        float maxAbs = 0.0f;
        for (const auto& [key, row] : averaged) {
            for (const auto& [c, w] : row) {
                maxAbs = std::max(maxAbs, std::fabs(w));
            }
        }
        scale[pass] = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
        std::vector<Entry> run;
        for (const auto& [key, row] : averaged) {
            run.clear();
            for (const auto& [c, w] : row) {
                const long q = std::lround(w / scale[pass]);
                if (q != 0) {
                    run.push_back({c, static_cast<std::int16_t>(q)});
                }
            }
            if (!run.empty()) {
                add(pass, key, run);
            }
        }
    }

    /// Lays out each slot's runs of both passes next to each other; call once after adding, with
    /// the number of classes. Runs of DENSE_FROM weights or more (the frequent features) become
    /// a dense row of `stride` weights, summed without scattering; the run then holds one entry
    /// with the row's number.
    void finish(std::size_t classes) {
        stride_ = (classes + 15) / 16 * 16;
        weights_ = entries_.size();
        std::vector<Entry> packed;
        packed.reserve(entries_.size());
        dense_.clear();
        for (std::size_t i = 0; i < slots_.size(); ++i) {
            Slot& s = slots_[i];
            if (s.key == 0) {
                continue;
            }
            const auto begin = static_cast<std::uint32_t>(packed.size());
            for (std::size_t pass = 0; pass < PASSES; ++pass) {
                const auto from = entries_.begin() + static_cast<long>(pending_[i][pass]);
                if (s.length[pass] < DENSE_FROM) {
                    packed.insert(packed.end(), from, from + s.length[pass]);
                    continue;
                }
                const auto row = static_cast<std::uint32_t>(dense_.size() / stride_);
                dense_.resize(dense_.size() + stride_, 0);
                for (auto e = from; e != from + s.length[pass]; ++e) {
                    dense_[row * stride_ + e->cls] = e->weight;
                }
                packed.push_back({static_cast<std::uint16_t>(row & 0xFFFFU),
                                  static_cast<std::int16_t>(row >> 16)});
                s.length[pass] = DENSE | 1U;
            }
            s.begin = begin;
        }
        entries_ = std::move(packed);
        pending_.clear();
        pending_.shrink_to_fit();
    }

    std::uint32_t find(std::uint64_t key) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t slot = key & mask;
        while (slots_[slot].key != 0) {
            if (slots_[slot].key == key) {
                return static_cast<std::uint32_t>(slot);
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    void prefetch(std::uint64_t key) const {
        __builtin_prefetch(&slots_[key & (slots_.size() - 1)]);
    }

    /// Starts loading the weights of `pass` for a slot found by `find`.
    void prefetchRun(std::size_t pass, std::uint32_t slot) const {
        if (slot != MISSING) {
            __builtin_prefetch(run(slots_[slot], pass));
        }
    }

    void addScores(std::size_t pass, std::uint32_t slot, std::int32_t* scores) const {
        if (slot == MISSING) {
            return;
        }
        const Slot& s = slots_[slot];
        const Entry* e = run(s, pass);
        if ((s.length[pass] & DENSE) != 0) {
            const std::int16_t* row = dense_.data() + denseRow(*e) * stride_;
            for (std::size_t c = 0; c < stride_; ++c) {
                scores[c] += row[c];
            }
            return;
        }
        const Entry* end = e + s.length[pass];
        for (; e != end; ++e) {
            scores[e->cls] += e->weight;
        }
    }

    /// Calls f(key, run, length) for the rows of `pass` in key order (for a byte-stable file).
    template <typename F> void forEachRow(std::size_t pass, F&& f) const {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < slots_.size(); ++i) {
            if (slots_[i].key != 0 && slots_[i].length[pass] > 0) {
                order.push_back(i);
            }
        }
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return slots_[a].key < slots_[b].key; });
        std::vector<Entry> unpacked;
        for (const std::size_t i : order) {
            const Slot& s = slots_[i];
            const Entry* e = run(s, pass);
            if ((s.length[pass] & DENSE) == 0) {
                f(s.key, e, std::size_t{s.length[pass]});
                continue;
            }
            unpacked.clear();
            const std::int16_t* row = dense_.data() + denseRow(*e) * stride_;
            for (std::size_t c = 0; c < stride_; ++c) {
                if (row[c] != 0) {
                    unpacked.push_back({static_cast<std::uint16_t>(c), row[c]});
                }
            }
            f(s.key, unpacked.data(), unpacked.size());
        }
    }

    std::size_t entryCount() const { return weights_; }

private:
    static constexpr std::uint16_t DENSE = 0x8000; ///< in Slot::length: the run is a dense row
    static constexpr std::uint16_t DENSE_FROM = 24;

    struct Slot {
        std::uint64_t key = 0;                          // 0 = empty
        std::uint32_t begin = 0;                        // the pass-0 run, then the pass-1 run
        std::array<std::uint16_t, PASSES> length{0, 0}; // entries, or DENSE | 1
    };
    static_assert(sizeof(Slot) == 16);

    const Entry* run(const Slot& s, std::size_t pass) const {
        return entries_.data() + s.begin + (pass == 0 ? 0 : (s.length[0] & ~DENSE));
    }
    static std::size_t denseRow(const Entry& e) {
        return std::size_t{e.cls} | std::size_t{static_cast<std::uint16_t>(e.weight)} << 16;
    }
    std::vector<Slot, ModelAllocator<Slot>> slots_;          // huge pages where possible
    std::vector<std::array<std::uint32_t, PASSES>> pending_; // run starts until finish()
    std::vector<Entry> entries_;
    std::vector<std::int16_t, ModelAllocator<std::int16_t>> dense_; ///< rows of `stride_` weights
    std::size_t stride_ = 0;  ///< classes rounded up to a multiple of 16
    std::size_t weights_ = 0; ///< non-zero weights, sparse and dense
};

// Dense averaged-perceptron weights used while training.
class TrainWeights {
public:
    explicit TrainWeights(std::size_t classes) : classes_(classes) {}

    void score(const std::uint64_t* feats, std::size_t n, std::vector<float>& scores) const {
        std::fill(scores.begin(), scores.end(), 0.0f);
        for (std::size_t f = 0; f < n; ++f) {
            const auto it = rowOf_.find(feats[f]);
            if (it == rowOf_.end()) {
                continue;
            }
            const float* row = &weights_[it->second * classes_];
            for (std::size_t c = 0; c < classes_; ++c) {
                scores[c] += row[c];
            }
        }
    }

    void update(const std::uint64_t* feats, std::size_t n, std::size_t truth, std::size_t guess) {
        ++clock_;
        for (std::size_t f = 0; f < n; ++f) {
            const std::size_t row = rowFor(feats[f]);
            change(row * classes_ + truth, 1.0f);
            change(row * classes_ + guess, -1.0f);
        }
    }

    void tick() { ++clock_; }

    // Averaged weights as sparse rows, dropping magnitudes below `prune`; rows in key order so
    // the output does not depend on hash-map iteration order.
    Rows averaged(float prune) {
        Rows out;
        const double now = static_cast<double>(clock_);
        for (const auto& [key, row] : rowOf_) {
            std::vector<std::pair<std::uint8_t, float>> entries;
            for (std::size_t c = 0; c < classes_; ++c) {
                const std::size_t i = row * classes_ + c;
                const double total = totals_[i] + double(weights_[i]) * (now - double(stamps_[i]));
                const auto avg = static_cast<float>(total / now);
                if (std::fabs(avg) >= prune) {
                    entries.emplace_back(static_cast<std::uint8_t>(c), avg);
                }
            }
            if (!entries.empty()) {
                out.emplace(key, std::move(entries));
            }
        }
        return out;
    }

private:
    std::size_t rowFor(std::uint64_t key) {
        const auto [it, inserted] = rowOf_.try_emplace(key, rowOf_.size());
        if (inserted) {
            weights_.resize(weights_.size() + classes_, 0.0f);
            totals_.resize(totals_.size() + classes_, 0.0);
            stamps_.resize(stamps_.size() + classes_, 0);
        }
        return it->second;
    }

    void change(std::size_t i, float delta) {
        totals_[i] += double(weights_[i]) * double(clock_ - stamps_[i]);
        stamps_[i] = clock_;
        weights_[i] += delta;
    }

    std::size_t classes_;
    std::unordered_map<std::uint64_t, std::size_t> rowOf_;
    std::vector<float> weights_;
    std::vector<double> totals_;
    std::vector<std::int64_t> stamps_;
    std::int64_t clock_ = 1;
};

template <typename T> std::size_t argmax(const T* scores, std::size_t n) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < n; ++c) {
        if (scores[c] > scores[best]) {
            best = c;
        }
    }
    return best;
}

std::vector<WordInfo> wordInfos(const Sentence& s, const WordClasses& lexicon) {
    std::vector<WordInfo> out;
    out.reserve(s.tokens.size());
    for (const Token& t : s.tokens) {
        out.push_back(wordInfo(t.form, lexicon));
    }
    return out;
}

constexpr std::size_t MAX_STATIC = 48;

std::uint64_t nextModelId() {
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

// The facts about a word (hashes, word classes, ambiguity class) depend only on its form and the
// model, and most tokens of running text repeat a form seen shortly before: a small per-thread
// cache, direct-mapped by a hash of the form, saves computing them again.
struct WordCache {
    static constexpr std::size_t SIZE = 4096;
    struct Entry {
        std::string form;
        WordInfo info{};
        bool filled = false;
    };
    std::uint64_t model = 0; ///< the id of the model whose facts are cached
    std::vector<Entry> entries;
};

} // namespace

struct Tagger::Model {
    std::vector<std::string> upos; // per class
    std::vector<std::string> xpos;
    std::unordered_map<std::uint64_t, std::uint16_t> dictionary; // exact-form hash → class
    std::unordered_map<std::uint64_t, std::uint64_t> ambiguity;  // lower-form hash → tag set
    WordClasses lexicon;                                         // empty when trained without one
    FeatureIndex index;
    bool twoPass = false;
    bool givenTags = false; ///< TaggerOptions::givenTags
    const std::uint64_t id = nextModelId(); ///< tells the word caches of two models apart

    std::size_t classes() const { return upos.size(); }

    /// Everything but the weights and the pass count (a copy would also copy `id`).
    void copyTablesFrom(const Model& from) {
        upos = from.upos;
        xpos = from.xpos;
        dictionary = from.dictionary;
        ambiguity = from.ambiguity;
        lexicon = from.lexicon;
        givenTags = from.givenTags;
    }

    /// The format version this model is written in (see VERSION).
    std::uint32_t formatVersion() const { return givenTags ? VERSION : PLAIN_VERSION; }

    std::uint64_t ambiguityOf(std::uint64_t lower) const {
        const auto it = ambiguity.find(lower);
        return it == ambiguity.end() ? UNSEEN : it->second;
    }

    void addAmbiguity(std::vector<WordInfo>& words) const {
        for (WordInfo& w : words) {
            w.ambiguity = ambiguityOf(w.lower);
        }
    }

    std::uint16_t startTag() const { return static_cast<std::uint16_t>(upos.size()); }

    // Tags one sentence; `words` from wordInfos. Writes first-pass and final classes. Compiled
    // twice; the AVX2 copy (chosen when the processor has it) sums dense rows twice as wide.
    __attribute__((target_clones("avx2", "default"))) void
    run(const std::vector<WordInfo>& words, std::vector<std::uint16_t>& first,
        std::vector<std::uint16_t>& final) const {
        const std::size_t n = words.size();
        first.assign(n, 0);
        final.assign(n, 0);
        thread_local std::vector<std::uint32_t> staticSlots;
        thread_local std::vector<std::uint8_t> staticCount;
        thread_local std::vector<char> fixed;
        staticSlots.resize(n * MAX_STATIC);
        staticCount.assign(n, 0);
        fixed.assign(n, 0);
        std::array<std::uint64_t, MAX_FEATURES> feats{};
        for (std::size_t i = 0; i < n; ++i) {
            if (const auto it = dictionary.find(words[i].exact); it != dictionary.end()) {
                first[i] = final[i] = it->second;
                fixed[i] = 1;
                continue;
            }
            const std::size_t m = extractStatic(words, i, givenTags, feats.data());
            for (std::size_t f = 0; f < m; ++f) {
                index.prefetch(feats[f]);
            }
            for (std::size_t f = 0; f < m; ++f) {
                staticSlots[i * MAX_STATIC + f] = index.find(feats[f]);
                index.prefetchRun(0, staticSlots[i * MAX_STATIC + f]);
            }
            staticCount[i] = static_cast<std::uint8_t>(m);
        }
        alignas(64) std::array<std::int32_t, (MAX_CLASSES + 15) / 16 * 16> scores{};
        std::array<std::uint32_t, MAX_FEATURES> dynamicSlots{};
        // Pass 1 decides from the left context; pass 2 (two-pass models) also sees pass 1's tags
        // to the right. A plain loop, not a lambda, so that it is part of the AVX2 copy.
        for (std::size_t pass = 0; pass < (twoPass ? 2U : 1U); ++pass) {
            std::vector<std::uint16_t>& tags = pass == 0 ? first : final;
            const std::uint16_t* previous = pass == 0 ? nullptr : first.data();
            for (std::size_t i = 0; i < n; ++i) {
                if (fixed[i] != 0) {
                    continue;
                }
                // The tag features' lookups start first so their misses overlap the static sums.
                const std::size_t m =
                    extractDynamic(words, i, tags.data(), previous, startTag(), feats.data());
                for (std::size_t f = 0; f < m; ++f) {
                    index.prefetch(feats[f]);
                }
                if (pass == 1) {
                    for (std::size_t f = 0; f < staticCount[i]; ++f) {
                        index.prefetchRun(pass, staticSlots[i * MAX_STATIC + f]);
                    }
                }
                std::fill(scores.begin(), scores.begin() + static_cast<long>(classes()), 0);
                for (std::size_t f = 0; f < staticCount[i]; ++f) {
                    index.addScores(pass, staticSlots[i * MAX_STATIC + f], scores.data());
                }
                for (std::size_t f = 0; f < m; ++f) {
                    dynamicSlots[f] = index.find(feats[f]);
                    index.prefetchRun(pass, dynamicSlots[f]);
                }
                for (std::size_t f = 0; f < m; ++f) {
                    index.addScores(pass, dynamicSlots[f], scores.data());
                }
                tags[i] = static_cast<std::uint16_t>(argmax(scores.data(), classes()));
            }
        }
        if (!twoPass) {
            final = first;
        }
    }
};

namespace {

using Model = Tagger::Model;

struct TrainingSet {
    std::vector<std::vector<WordInfo>> words;
    std::vector<std::vector<std::uint16_t>> gold;
};

// Trains one pass on the sentences in `subset`; `firstPass` (per sentence) when pass two.
Rows trainPass(const Model& model, const TrainingSet& data, const std::vector<std::size_t>& subset,
               const std::vector<std::vector<std::uint16_t>>* firstPass,
               const TaggerOptions& options, std::size_t& rowsOut) {
    const std::size_t classes = model.classes();
    TrainWeights weights(classes);
    std::vector<float> scores(classes);
    std::array<std::uint64_t, MAX_FEATURES> feats{};
    std::vector<std::size_t> order = subset;
    std::mt19937_64 rng(options.seed);
    std::vector<std::uint16_t> tags;
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        // Fisher-Yates with our own index draws: the same order on every standard library.
        for (std::size_t i = order.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(rng() % i);
            std::swap(order[i - 1], order[j]);
        }
        std::size_t correct = 0;
        std::size_t total = 0;
        for (const std::size_t s : order) {
            const auto& words = data.words[s];
            const auto& gold = data.gold[s];
            tags.assign(words.size(), 0);
            const std::uint16_t* previous = firstPass ? (*firstPass)[s].data() : nullptr;
            for (std::size_t i = 0; i < words.size(); ++i) {
                if (const auto it = model.dictionary.find(words[i].exact);
                    it != model.dictionary.end()) {
                    tags[i] = it->second;
                    weights.tick();
                    continue;
                }
                const std::size_t m = extract(words, i, model.givenTags, tags.data(), previous,
                                              model.startTag(), feats);
                weights.score(feats.data(), m, scores);
                const std::size_t guess = argmax(scores.data(), classes);
                if (guess != gold[i]) {
                    weights.update(feats.data(), m, gold[i], guess);
                } else {
                    weights.tick();
                }
                tags[i] = static_cast<std::uint16_t>(guess);
                correct += guess == gold[i] ? 1 : 0;
                ++total;
            }
        }
        if (options.log != nullptr) {
            *options.log << "  iteration " << iteration + 1 << ": "
                         << (total == 0 ? 0.0 : 100.0 * double(correct) / double(total))
                         << "% of model-tagged training words right\n";
        }
    }
    Rows rows = weights.averaged(options.pruneBelow);
    rowsOut = rows.size();
    return rows;
}

void writeWeights(ModelWriter& w, const FeatureIndex& index, std::size_t pass) {
    w.u32(static_cast<std::uint32_t>(index.rows[pass]));
    w.f32(index.scale[pass]);
    index.forEachRow(pass, [&](std::uint64_t key, const FeatureIndex::Entry* run, std::size_t n) {
        w.u64(key);
        w.u8(static_cast<std::uint8_t>(n));
        for (std::size_t k = 0; k < n; ++k) {
            w.u8(static_cast<std::uint8_t>(run[k].cls));
            w.u16(static_cast<std::uint16_t>(run[k].weight));
        }
    });
}

// One pass's rows as read from a file, before they go into the shared table.
struct PassRows {
    float scale = 1.0f;
    std::vector<std::uint64_t> keys;
    std::vector<std::uint8_t> lengths;
    std::vector<FeatureIndex::Entry> entries;
};

PassRows readWeights(ModelReader& r, std::size_t classes) {
    PassRows rows;
    const std::uint32_t count = r.u32();
    rows.scale = r.f32();
    if (!(rows.scale > 0.0f) || !std::isfinite(rows.scale)) {
        r.fail("bad weight scale");
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint64_t key = r.u64();
        const std::uint8_t n = r.u8();
        if (key == 0) {
            r.fail("bad feature key");
        }
        rows.keys.push_back(key);
        rows.lengths.push_back(n);
        for (std::uint8_t k = 0; k < n; ++k) {
            const std::uint8_t c = r.u8();
            const auto q = static_cast<std::int16_t>(r.u16());
            if (c >= classes) {
                r.fail("weight for class " + std::to_string(c) + " of " + std::to_string(classes));
            }
            rows.entries.push_back({c, q});
        }
    }
    return rows;
}

void addPass(FeatureIndex& index, std::size_t pass, const PassRows& rows) {
    index.scale[pass] = rows.scale;
    std::vector<FeatureIndex::Entry> run;
    std::size_t at = 0;
    for (std::size_t i = 0; i < rows.keys.size(); ++i) {
        run.assign(rows.entries.begin() + static_cast<long>(at),
                   rows.entries.begin() + static_cast<long>(at + rows.lengths[i]));
        at += rows.lengths[i];
        index.add(pass, rows.keys[i], run);
    }
}

} // namespace

Tagger Tagger::train(const std::vector<Sentence>& train, const TaggerOptions& options) {
    auto model = std::make_shared<Model>();
    if (!options.wordnetDir.empty()) {
        model->lexicon = WordClasses::readWordNet(options.wordnetDir);
    }
    model->givenTags = options.givenTags;
    // Classes: every (UPOS, XPOS) pair in the data (UPOS alone with given tags), ordered by name
    // for determinism.
    const auto target = [&](const Token& t) {
        return std::pair<std::string, std::string>(t.upos, options.givenTags ? "" : t.xpos);
    };
    std::map<std::pair<std::string, std::string>, std::size_t> pairCount;
    for (const Sentence& s : train) {
        for (const Token& t : s.tokens) {
            ++pairCount[target(t)];
        }
    }
    if (pairCount.empty()) {
        throw std::runtime_error("no tagged words to train on");
    }
    if (pairCount.size() > MAX_CLASSES) {
        throw std::runtime_error("too many distinct UPOS/XPOS pairs (" +
                                 std::to_string(pairCount.size()) + ")");
    }
    std::map<std::pair<std::string, std::string>, std::uint16_t> classOf;
    for (const auto& [pair, count] : pairCount) {
        classOf[pair] = static_cast<std::uint16_t>(model->upos.size());
        model->upos.push_back(pair.first);
        model->xpos.push_back(pair.second);
    }
    TrainingSet data;
    std::map<std::string, std::map<std::uint16_t, std::size_t>> formTags;
    for (const Sentence& s : train) {
        data.words.push_back(wordInfos(s, model->lexicon));
        if (model->givenTags) {
            addGivenTags(data.words.back(), s);
        }
        std::vector<std::uint16_t> gold;
        for (const Token& t : s.tokens) {
            gold.push_back(classOf[target(t)]);
            ++formTags[straightQuotes(t.form)][gold.back()];
        }
        data.gold.push_back(std::move(gold));
    }
    for (const auto& [form, tags] : formTags) {
        std::size_t total = 0;
        std::size_t best = 0;
        std::uint16_t bestClass = 0;
        for (const auto& [c, n] : tags) {
            total += n;
            if (n > best) {
                best = n;
                bestClass = c;
            }
        }
        if (total >= DICT_MIN_COUNT && double(best) >= DICT_MIN_SHARE * double(total)) {
            model->dictionary.emplace(hashBytes(form), bestClass);
        }
    }
    std::map<std::uint64_t, std::map<std::uint16_t, std::size_t>> lowerTags;
    for (std::size_t s = 0; s < data.words.size(); ++s) {
        for (std::size_t i = 0; i < data.words[s].size(); ++i) {
            ++lowerTags[data.words[s][i].lower][data.gold[s][i]];
        }
    }
    for (const auto& [lowerHash, tags] : lowerTags) {
        std::size_t total = 0;
        for (const auto& [c, n] : tags) {
            total += n;
        }
        if (total < AMBIGUITY_MIN_COUNT) {
            continue;
        }
        std::uint64_t set = 0x3C6EF372FE94F82BULL;
        for (const auto& [c, n] : tags) {
            if (double(n) >= AMBIGUITY_MIN_SHARE * double(total)) {
                set = mix(set, c + 1u);
            }
        }
        model->ambiguity.emplace(lowerHash, set);
    }
    for (auto& words : data.words) {
        model->addAmbiguity(words);
    }
    if (options.log != nullptr) {
        *options.log << model->classes() << " classes, " << model->dictionary.size()
                     << " words in the tag dictionary, " << model->ambiguity.size()
                     << " ambiguity classes\n";
    }
    std::vector<std::size_t> all(train.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = i;
    }
    std::size_t rows = 0;
    if (options.log != nullptr) {
        *options.log << "pass 1 on all sentences\n";
    }
    const Rows pass1 = trainPass(*model, data, all, nullptr, options, rows);
    if (options.folds >= 2) {
        // Jack-knifed first-pass tags: each fold tagged by a model that never saw it.
        std::vector<std::vector<std::uint16_t>> firstPass(train.size());
        const auto folds = static_cast<std::size_t>(options.folds);
        for (std::size_t fold = 0; fold < folds; ++fold) {
            std::vector<std::size_t> rest;
            for (std::size_t i = 0; i < train.size(); ++i) {
                if (i % folds != fold) {
                    rest.push_back(i);
                }
            }
            if (options.log != nullptr) {
                *options.log << "pass 1, fold " << fold + 1 << " of " << folds << "\n";
            }
            Model foldModel;
            foldModel.copyTablesFrom(*model);
            std::size_t foldRows = 0;
            const Rows foldRows1 = trainPass(foldModel, data, rest, nullptr, options, foldRows);
            foldModel.index.reserve(foldRows1.size());
            foldModel.index.addRows(0, foldRows1);
            foldModel.index.finish(foldModel.classes());
            std::vector<std::uint16_t> unused;
            for (std::size_t i = fold; i < train.size(); i += folds) {
                foldModel.run(data.words[i], firstPass[i], unused);
            }
        }
        if (options.log != nullptr) {
            *options.log << "pass 2 on all sentences\n";
        }
        const Rows pass2 = trainPass(*model, data, all, &firstPass, options, rows);
        model->index.reserve(pass1.size() + pass2.size());
        model->index.addRows(0, pass1);
        model->index.addRows(1, pass2);
        model->index.finish(model->classes());
        model->twoPass = true;
    } else {
        model->index.reserve(pass1.size());
        model->index.addRows(0, pass1);
        model->index.finish(model->classes());
    }
    return Tagger(std::move(model));
}

void Tagger::save(const std::string& path) const {
    ModelWriter w(MAGIC, model_->formatVersion());
    write(w);
    w.save(path);
}

std::string Tagger::bytes() const {
    ModelWriter w(MAGIC, model_->formatVersion());
    write(w);
    return w.bytes();
}

void Tagger::write(ModelWriter& w) const {
    w.u32(static_cast<std::uint32_t>(model_->classes()));
    for (std::size_t c = 0; c < model_->classes(); ++c) {
        w.str(model_->upos[c]);
        w.str(model_->xpos[c]);
    }
    std::vector<std::pair<std::uint64_t, std::uint16_t>> dict(model_->dictionary.begin(),
                                                              model_->dictionary.end());
    std::sort(dict.begin(), dict.end());
    w.u32(static_cast<std::uint32_t>(dict.size()));
    for (const auto& [key, c] : dict) {
        w.u64(key);
        w.u16(c);
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ambiguity(model_->ambiguity.begin(),
                                                                   model_->ambiguity.end());
    std::sort(ambiguity.begin(), ambiguity.end());
    w.u32(static_cast<std::uint32_t>(ambiguity.size()));
    for (const auto& [key, set] : ambiguity) {
        w.u64(key);
        w.u64(set);
    }
    const auto lexicon = model_->lexicon.entries();
    w.u32(static_cast<std::uint32_t>(lexicon.size()));
    for (const auto& [key, bits] : lexicon) {
        w.u64(key);
        w.u8(bits);
    }
    w.u8(model_->twoPass ? 1 : 0);
    if (model_->givenTags) {
        w.u8(1);
    }
    writeWeights(w, model_->index, 0);
    if (model_->twoPass) {
        writeWeights(w, model_->index, 1);
    }
}

Tagger Tagger::load(const std::string& path) {
    ModelReader r = ModelReader::open(path, MAGIC, VERSION, PLAIN_VERSION);
    return read(r);
}

Tagger Tagger::fromBytes(std::string bytes, const std::string& name) {
    ModelReader r = ModelReader::fromBytes(std::move(bytes), name, MAGIC, VERSION, PLAIN_VERSION);
    return read(r);
}

Tagger Tagger::read(ModelReader& r) {
    auto model = std::make_shared<Model>();
    const std::uint32_t classes = r.u32();
    if (classes == 0 || classes > MAX_CLASSES) {
        r.fail("bad class count " + std::to_string(classes));
    }
    for (std::uint32_t c = 0; c < classes; ++c) {
        model->upos.push_back(r.str());
        model->xpos.push_back(r.str());
    }
    // Counts are checked against the bytes left before reserving, so that a damaged count is
    // reported as such rather than as an allocation failure.
    const auto count = [&r](std::size_t recordBytes, const char* what) {
        const std::uint32_t n = r.u32();
        if (std::size_t{n} * recordBytes > r.remaining()) {
            r.fail(std::string("bad ") + what + " count " + std::to_string(n));
        }
        return n;
    };
    const std::uint32_t dictSize = count(10, "tag dictionary");
    model->dictionary.reserve(dictSize);
    for (std::uint32_t i = 0; i < dictSize; ++i) {
        const std::uint64_t key = r.u64();
        const std::uint16_t c = r.u16();
        if (c >= classes) {
            r.fail("tag dictionary names class " + std::to_string(c));
        }
        model->dictionary.emplace(key, c);
    }
    const std::uint32_t ambiguitySize = count(16, "ambiguity class");
    model->ambiguity.reserve(ambiguitySize);
    for (std::uint32_t i = 0; i < ambiguitySize; ++i) {
        const std::uint64_t key = r.u64();
        model->ambiguity.emplace(key, r.u64());
    }
    const std::uint32_t lexiconSize = count(9, "word class");
    std::vector<std::pair<std::uint64_t, std::uint8_t>> lexicon;
    lexicon.reserve(lexiconSize);
    for (std::uint32_t i = 0; i < lexiconSize; ++i) {
        const std::uint64_t key = r.u64();
        lexicon.emplace_back(key, r.u8());
    }
    model->lexicon = WordClasses::fromEntries(std::move(lexicon));
    model->twoPass = r.u8() != 0;
    if (r.version() >= VERSION) {
        const std::uint8_t flags = r.u8();
        if (flags != 1) {
            r.fail("bad given-tags flag " + std::to_string(flags));
        }
        model->givenTags = true;
    }
    const PassRows rows1 = readWeights(r, classes);
    const PassRows rows2 = model->twoPass ? readWeights(r, classes) : PassRows{};
    model->index.reserve(rows1.keys.size() + rows2.keys.size());
    addPass(model->index, 0, rows1);
    addPass(model->index, 1, rows2);
    model->index.finish(model->classes());
    r.expectEnd();
    return Tagger(std::move(model));
}

void Tagger::tag(Sentence& sentence) const {
    thread_local std::vector<std::uint16_t> final;
    tagClasses(sentence, final);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        sentence.tokens[i].upos = model_->upos[final[i]];
        if (!model_->givenTags) {
            sentence.tokens[i].xpos = model_->xpos[final[i]];
        }
    }
}

Tagger Tagger::pruned(float below) const {
    const Model& from = *model_;
    auto model = std::make_shared<Model>();
    model->copyTablesFrom(from);
    model->twoPass = from.twoPass;
    std::array<PassRows, FeatureIndex::PASSES> kept;
    for (std::size_t pass = 0; pass < (from.twoPass ? 2U : 1U); ++pass) {
        PassRows& rows = kept[pass];
        rows.scale = from.index.scale[pass];
        from.index.forEachRow(pass, [&](std::uint64_t key, const FeatureIndex::Entry* run,
                                        std::size_t n) {
            std::size_t length = 0;
            for (std::size_t k = 0; k < n; ++k) {
                if (std::fabs(float(run[k].weight) * rows.scale) >= below) {
                    rows.entries.push_back(run[k]);
                    ++length;
                }
            }
            if (length > 0) {
                rows.keys.push_back(key);
                rows.lengths.push_back(static_cast<std::uint8_t>(length));
            }
        });
    }
    model->index.reserve(kept[0].keys.size() + kept[1].keys.size());
    addPass(model->index, 0, kept[0]);
    addPass(model->index, 1, kept[1]);
    model->index.finish(model->classes());
    return Tagger(std::move(model));
}

std::uint8_t Tagger::wordClasses(std::string_view lowercaseForm) const {
    return model_->lexicon.of(lowercaseForm);
}

std::size_t Tagger::classCount() const {
    return model_->classes();
}

const std::string& Tagger::classUpos(std::size_t c) const {
    return model_->upos.at(c);
}

void Tagger::tagClasses(const Sentence& sentence, std::vector<std::uint16_t>& final) const {
    thread_local std::vector<std::uint16_t> first;
    thread_local std::vector<WordInfo> words;
    // One cache per model for the last few models used on this thread (a pipeline runs the
    // part-of-speech tagger and the parser's supertagger by turns).
    thread_local std::array<WordCache, 4> caches;
    thread_local std::size_t replace = 0;
    WordCache* found = nullptr;
    for (WordCache& c : caches) {
        if (c.model == model_->id) {
            found = &c;
            break;
        }
    }
    if (found == nullptr) {
        found = &caches[replace];
        replace = (replace + 1) % caches.size();
        found->entries.assign(WordCache::SIZE, {});
        found->model = model_->id;
    }
    WordCache& cache = *found;
    words.clear();
    for (const Token& t : sentence.tokens) {
        WordCache::Entry& e = cache.entries[hashBytes(t.form) & (WordCache::SIZE - 1)];
        if (!e.filled || e.form != t.form) {
            e.info = wordInfo(t.form, model_->lexicon);
            e.info.ambiguity = model_->ambiguityOf(e.info.lower);
            e.form = t.form;
            e.filled = true;
        }
        words.push_back(e.info);
    }
    if (model_->givenTags) {
        addGivenTags(words, sentence);
    }
    model_->run(words, first, final);
}

TaggerAccuracy Tagger::evaluate(const std::vector<Sentence>& gold) const {
    TaggerAccuracy acc;
    for (const Sentence& g : gold) {
        Sentence s = g;
        tag(s);
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            ++acc.tokens;
            acc.uposCorrect += s.tokens[i].upos == g.tokens[i].upos ? 1 : 0;
            acc.xposCorrect += s.tokens[i].xpos == g.tokens[i].xpos ? 1 : 0;
        }
    }
    return acc;
}

std::size_t Tagger::featureCount() const {
    return model_->index.rows[0] + model_->index.rows[1];
}

std::size_t Tagger::weightCount() const {
    return model_->index.entryCount();
}

} // namespace kg::ingest::nlp
