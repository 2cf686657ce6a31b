#include "ingest/nlp/parser.h"

#include "ingest/nlp/model_io.h"
#include "ingest/nlp/parallel.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/transition_system.h"
#include "ingest/nlp/tree_walk.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <exception>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace kg::ingest::nlp {

namespace {

constexpr std::string_view MAGIC = "KGPARSER";
/// Version 5: 48-bit feature keys stored as varint gaps, the beam width the model was trained
/// for, and a flag followed by the supertagger's own file when there is one. Version 4 (no flag)
/// loads as a model without supertags, version 3 (no beam width either) as a greedy one;
/// version 2 (64-bit keys, fewer templates) is refused: retrain.
constexpr std::uint32_t VERSION = 5;
constexpr std::uint32_t OLD_VERSION = 3; ///< still read, as a greedy model
constexpr std::uint32_t BEAM_VERSION = 4; ///< still read, as a model without supertags
constexpr int MAX_BEAM = 64;
constexpr float QUANT_MAX = 32767.0f;
constexpr int MAX_LABELS = 127; ///< classes (1 + 2 * labels) must fit in a byte
constexpr int MAX_CLASSES = 1 + 2 * MAX_LABELS;
constexpr std::size_t FEATURES = 123;
constexpr std::uint64_t KEY_LIMIT = std::uint64_t{1} << 48; ///< keys are below this
constexpr std::string_view ROOT_LABEL = "root";
constexpr std::string_view PUNCT_LABEL = "punct"; ///< kept for words tagged PUNCT (Parser::parse)

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t hashString(std::string_view s) {
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char c : s) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    }
    return splitmix(h);
}

// A feature key from a template number and up to three values: 48 bits, never 0 (0 marks empty
// slots). 48 bits keep the model file small (keys are stored as gaps between sorted keys) while a
// collision among the ~2 M features of a model stays improbable (about 1 in 100), and harmless:
// the two features share weights.
std::uint64_t key(std::uint64_t templateId, std::uint64_t a, std::uint64_t b = 0,
                  std::uint64_t c = 0) {
    std::uint64_t h = (templateId + 1) * 0x9E3779B97F4A7C15ULL;
    h = (h ^ a) * 0xFF51AFD7ED558CCDULL;
    h = (h ^ b) * 0xC4CEB9FE1A85EC53ULL;
    h = (h ^ c) * 0x100000001B3ULL;
    return (splitmix(h) >> 16) | 1ULL;
}

struct WordInfo {
    std::uint64_t word = 0;   ///< lowercase form
    std::uint64_t tag = 0;    ///< XPOS (UPOS when there is none)
    std::uint64_t upos = 0;   ///< UPOS: a second, coarser opinion when the XPOS is wrong
    std::uint64_t suffix = 0; ///< last three bytes of the lowercase form, for rare words
    std::uint64_t super = 0;  ///< supertag (the same constant for every word without one)
};

std::uint64_t supertagKey(std::string_view supertag) {
    std::string text = "ST=";
    text.append(supertag);
    return hashString(text) ^ 0x3333;
}

// Word information indexed by position + 1: slot 0 stands for "no word", slot 1 for the root.
// `supertags` holds a supertagKey per word, or is null (every word gets the key of "_").
std::vector<WordInfo> wordInfo(const Sentence& sentence, const std::uint64_t* supertags) {
    std::vector<WordInfo> words;
    words.reserve(sentence.tokens.size() + 2);
    const std::uint64_t none = hashString("<none>");
    const std::uint64_t root = hashString("<root>");
    words.push_back({none, hashString("<none-tag>"), none, none, none});
    words.push_back({root, hashString("<root-tag>"), root, root, root});
    const std::uint64_t noSupertag = hashString("_") ^ 0x3333;
    std::size_t at = 0;
    std::string lower;
    for (const Token& token : sentence.tokens) {
        // Straight quotes as EWT mostly has them: news text's "’s" reads as "'s".
        lower = straightQuotes(token.form);
        for (char& c : lower) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        const std::string& tag =
            (token.xpos.empty() || token.xpos == "_") ? token.upos : token.xpos;
        const std::string_view suffix =
            std::string_view(lower).substr(lower.size() > 3 ? lower.size() - 3 : 0);
        words.push_back({hashString(lower), hashString(tag), hashString(token.upos) ^ 0x5555,
                         hashString(suffix) ^ 0xAAAA,
                         supertags != nullptr ? supertags[at] : noSupertag});
        ++at;
    }
    return words;
}

using Features = std::array<std::uint64_t, FEATURES>;

// Fills the feature keys of a configuration (templates after Zhang & Nivre 2011, adapted to the
// arc-hybrid system: stack and buffer words, their children, distance, valency and label sets).
void extract(const ArcHybrid& st, const std::vector<WordInfo>& words, Features& f) {
    const auto W = [&](int p) { return words[std::size_t(p + 1)].word; };
    const auto T = [&](int p) { return words[std::size_t(p + 1)].tag; };
    const auto L = [&](int p) {
        return p < 0 ? std::uint64_t{0xFFFF} : std::uint64_t(st.label(p));
    };
    const auto lc = [&](int p, int k) { return p < 0 ? -1 : st.leftChild(p, k); };
    const auto rc = [&](int p, int k) { return p < 0 ? -1 : st.rightChild(p, k); };
    const auto nl = [&](int p) {
        return p < 0 ? std::uint64_t{99} : std::uint64_t(st.leftCount(p));
    };
    const auto nr = [&](int p) {
        return p < 0 ? std::uint64_t{99} : std::uint64_t(st.rightCount(p));
    };
    const auto ls = [&](int p) { return p < 0 ? ~std::uint64_t{0} : st.leftLabels(p); };
    const auto rs = [&](int p) { return p < 0 ? ~std::uint64_t{0} : st.rightLabels(p); };

    const int s0 = st.stack(0), s1 = st.stack(1), s2 = st.stack(2);
    const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
    const int s0l = lc(s0, 0), s0l2 = lc(s0, 1), s0r = rc(s0, 0), s0r2 = rc(s0, 1);
    const int s1l = lc(s1, 0), s1r = rc(s1, 0), s1r2 = rc(s1, 1);
    const int b0l = lc(b0, 0), b0l2 = lc(b0, 1);
    const std::uint64_t d = (s0 >= 0 && b0 >= 0) ? std::uint64_t(std::min(b0 - s0, 10)) : 0;
    const std::uint64_t d1 = (s1 >= 0 && s0 >= 0) ? std::uint64_t(std::min(s0 - s1, 10)) : 0;

    const std::uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1);
    const std::uint64_t b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1);
    const std::uint64_t b2t = T(b2), s2t = T(s2);

    std::size_t i = 0;
    const auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
        if (i < FEATURES) {
            f[i] = key(i, a, b, c);
        }
        ++i;
    };
    add(0); // bias
    // single words
    add(s0w), add(s0t), add(s0w, s0t), add(b0w), add(b0t), add(b0w, b0t);
    add(b1w), add(b1t), add(b1w, b1t), add(W(b2)), add(b2t), add(W(b2), b2t);
    add(s1w), add(s1t), add(s1w, s1t), add(W(s2)), add(s2t);
    // word pairs
    add(s0w, s0t, b0w ^ (b0t * 31)), add(s0w, s0t, b0w), add(s0w, b0w, b0t), add(s0w, s0t, b0t);
    add(s0t, b0w, b0t), add(s0w, b0w), add(s0t, b0t), add(b0t, b1t);
    add(s1w, s1t, s0w ^ (s0t * 31)), add(s1w, s0w), add(s1t, s0t), add(s1w, s1t, s0t);
    add(s1t, s0w, s0t), add(s1w, b0w), add(s1t, b0t);
    // tag trigrams
    add(b0t, b1t, b2t), add(s0t, b0t, b1t), add(s1t, s0t, b0t), add(s2t, s1t, s0t);
    add(s0t, T(s0l), b0t), add(s0t, T(s0r), b0t), add(s0t, b0t, T(b0l)), add(s1t, s0t, T(s0l));
    add(s1t, s0t, T(s0r)), add(s1t, T(s1r), s0t), add(s1t, T(s1l), s0t);
    // distance
    add(s0w, d), add(s0t, d), add(b0w, d), add(b0t, d), add(s0w, b0w, d), add(s0t, b0t, d);
    add(s1t, s0t, d1);
    // valency
    add(s0w, nr(s0)), add(s0t, nr(s0)), add(s0w, nl(s0)), add(s0t, nl(s0)), add(b0w, nl(b0));
    add(b0t, nl(b0)), add(s1w, nr(s1)), add(s1t, nr(s1));
    // children
    add(W(s0l)), add(T(s0l)), add(L(s0l)), add(W(s0r)), add(T(s0r)), add(L(s0r));
    add(W(b0l)), add(T(b0l)), add(L(b0l)), add(W(s1r)), add(T(s1r)), add(L(s1r));
    add(T(s1l)), add(L(s1l));
    // second children
    add(W(s0l2)), add(T(s0l2)), add(L(s0l2)), add(W(s0r2)), add(T(s0r2)), add(L(s0r2));
    add(W(b0l2)), add(T(b0l2)), add(L(b0l2)), add(s0t, T(s0l), T(s0l2));
    add(s0t, T(s0r), T(s0r2)), add(b0t, T(b0l), T(b0l2)), add(s1t, T(s1r), T(s1r2));
    // label sets
    add(s0w, rs(s0)), add(s0t, rs(s0)), add(s0w, ls(s0)), add(s0t, ls(s0)), add(b0w, ls(b0));
    add(b0t, ls(b0)), add(s1t, rs(s1));
    // child labels with the pair
    add(s0t, L(s0l), b0t), add(s0t, L(s0r), b0t), add(b0t, L(b0l), s0t), add(s1t, L(s1r), s0t);
    add(s0w, L(s0l), L(s0r)), add(b0w, L(b0l), L(b0l2));
    // UPOS, which the tagger gets right more often than XPOS, and suffixes for unseen words
    const auto U = [&](int p) { return words[std::size_t(p + 1)].upos; };
    const auto X = [&](int p) { return words[std::size_t(p + 1)].suffix; };
    const std::uint64_t s0u = U(s0), s1u = U(s1), b0u = U(b0), b1u = U(b1);
    add(s0u), add(s1u), add(b0u), add(b1u), add(s0u, b0u), add(s1u, s0u), add(s0u, b0u, b1u);
    add(s1u, s0u, b0u), add(X(s0)), add(X(b0)), add(X(s1)), add(X(s0), X(b0)), add(X(s0), b0u);
    add(s0u, X(b0));
    // supertags: the label and head side a tagger guessed for each word from the whole sentence
    const auto S = [&](int p) { return words[std::size_t(p + 1)].super; };
    const std::uint64_t s0s = S(s0), s1s = S(s1), b0s = S(b0), b1s = S(b1);
    add(s0s), add(s1s), add(b0s), add(b1s), add(s0s, b0s), add(s1s, s0s), add(b0s, b1s);
    add(s0s, b0t), add(s0t, b0s), add(s1s, s0s, b0s);
}

int countClasses(int labels) {
    return 1 + 2 * labels;
}

/// Marks a pseudo-projective label: the word's label, then the label of the head it was lifted
/// from ("obj^xcomp"). '^' occurs in no UD relation; training refuses labels that contain it.
constexpr char LIFT_MARK = '^';

std::string liftedName(const std::string& label, const std::string& headLabel) {
    return label + LIFT_MARK + headLabel;
}

/// Per label id, what a marked label stands for (base -1 for ordinary labels). Throws for a
/// marked label whose parts are not labels of the model.
std::vector<LiftedLabel> liftedLabels(const std::vector<std::string>& labels) {
    std::vector<LiftedLabel> lifted(labels.size());
    const auto id = [&](std::string_view name, const std::string& in) {
        const auto it = std::find(labels.begin(), labels.end(), name);
        if (it == labels.end()) {
            throw std::runtime_error("lifted label '" + in + "' names unknown label '" +
                                     std::string(name) + "'");
        }
        return int(it - labels.begin());
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string& name = labels[i];
        const std::size_t mark = name.find(LIFT_MARK);
        if (mark != std::string::npos) {
            lifted[i] = {id(std::string_view(name).substr(0, mark), name),
                         id(std::string_view(name).substr(mark + 1), name)};
        }
    }
    return lifted;
}

// Calls `visit(c)` for every legal class of a non-terminal configuration, in class order.
template <typename Visit>
void forEachLegal(const ArcHybrid& st, int labels, int rootLabel, Visit visit) {
    if (st.legal({Move::Shift, 0})) {
        visit(0);
    }
    if (st.stackSize() < 2) {
        return;
    }
    const bool leftOk = st.legal({Move::Left, rootLabel == 0 ? 1 : 0});
    const bool toRoot = st.stack(1) == 0;
    for (int l = 0; l < labels; ++l) {
        if (l == rootLabel) {
            if (toRoot && st.legal({Move::Right, l})) {
                visit(Transition{Move::Right, l}.toClass());
            }
            continue;
        }
        if (leftOk) {
            visit(Transition{Move::Left, l}.toClass());
        }
        if (!toRoot) {
            visit(Transition{Move::Right, l}.toClass());
        }
    }
}

// The best-scoring legal class; `allowed(c)` filters further (the oracle's cheapest moves).
// Ties go to the lower class.
template <typename Allowed>
int bestClass(const float* scores, const ArcHybrid& st, int labels, int rootLabel,
              Allowed allowed) {
    int best = -1;
    float bestScore = 0;
    forEachLegal(st, labels, rootLabel, [&](int c) {
        if (allowed(c) && (best < 0 || scores[c] > bestScore)) {
            best = c;
            bestScore = scores[c];
        }
    });
    return best;
}

// The static oracle's move for a configuration on the gold path of a projective tree: LEFT when
// b0 is s0's head, RIGHT when s1 is and s0 has no dependent left in the buffer, else SHIFT.
Transition goldTransition(const ArcHybrid& st, const std::vector<int>& heads,
                          const std::vector<int>& labels) {
    if (st.stackSize() >= 2) {
        const int s0 = st.stack(0);
        const int s1 = st.stack(1);
        const int b0 = st.buffer(0);
        const int h = heads[std::size_t(s0)];
        if (b0 >= 0 && h == b0) {
            return {Move::Left, labels[std::size_t(s0)]};
        }
        if (h == s1 && (s1 != 0 || b0 < 0)) {
            bool complete = true;
            for (int k = std::max(b0, 1); b0 >= 0 && k <= st.words() && complete; ++k) {
                complete = heads[std::size_t(k)] != s0;
            }
            if (complete) {
                return {Move::Right, labels[std::size_t(s0)]};
            }
        }
    }
    return {Move::Shift, 0};
}

// A move proposed from beam item `parent`: its path score and class.
struct Candidate {
    float score;
    int parent;
    int cls;
};

// Keeps the `width` best candidates, best first; ties go to the earlier parent, then the lower
// class, so search results do not depend on the sort's implementation.
void keepBest(std::vector<Candidate>& candidates, std::size_t width) {
    const auto better = [](const Candidate& x, const Candidate& y) {
        if (x.score != y.score) {
            return x.score > y.score;
        }
        return x.parent != y.parent ? x.parent < y.parent : x.cls < y.cls;
    };
    const std::size_t keep = std::min(width, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep),
                      candidates.end(), better);
    candidates.resize(keep);
}

// A configuration in the beam with the score of the moves that led to it. `node` (training
// only) is the last move in the search history, -1 at the start; `gold` says whether every move
// so far was the static oracle's.
struct BeamItem {
    ArcHybrid state{0, 0};
    float score = 0;
    int node = -1;
    bool gold = true;
};

// Scores every legal move of every item of `beam` (features go to features[k], class scores to
// scores[k * classes ...]) and keeps the `width` best as `candidates`, best first.
template <typename Score>
void expand(const std::vector<BeamItem>& beam, const std::vector<WordInfo>& words, int labels,
            int rootLabel, std::size_t width, Score score, Features* features, float* scores,
            std::vector<Candidate>& candidates) {
    const std::size_t classes = std::size_t(1 + 2 * labels);
    candidates.clear();
    for (std::size_t k = 0; k < beam.size(); ++k) {
        extract(beam[k].state, words, features[k]);
        float* sc = scores + k * classes;
        score(features[k], sc);
        const float base = beam[k].score;
        forEachLegal(beam[k].state, labels, rootLabel, [&](int c) {
            candidates.push_back({base + sc[c], int(k), c});
        });
    }
    keepBest(candidates, width);
}

// One weight as stored at run time: class in bits 16..23, int16 weight in bits 0..15. Bits 30
// and 31 are never set in a weight, so in a slot they mark a row stored elsewhere.
constexpr std::uint32_t SPARSE = 0x80000000U; ///< slot.a = SPARSE | start in Model::entries
constexpr std::uint32_t DENSE = 0x40000000U;  ///< slot.a = DENSE | start in Model::dense
constexpr std::uint32_t OFFSET = 0x3FFFFFFFU;
/// Rows with at least this many weights (the frequent features, whose rows are read at almost
/// every step) are stored as one int16 per class and added with vector instructions.
constexpr std::size_t DENSE_FROM = 24;
/// Hash-table slots per row: half of the slots stay empty, so probes stay short (1.5 measured
/// 8–14% slower on EWT test).
constexpr double LOAD_SPACE = 2.0;

std::uint32_t packEntry(int cls, std::int16_t weight) {
    return (std::uint32_t(cls) << 16) | std::uint32_t(std::uint16_t(weight));
}
int entryClass(std::uint32_t e) {
    return int((e >> 16) & 0xFFU);
}
std::int32_t entryWeight(std::uint32_t e) {
    return std::int16_t(std::uint16_t(e & 0xFFFFU));
}

// A feature row in the hash table. Rows of one or two weights (two thirds of them) sit in the
// slot itself, so scoring them costs one cache miss; longer rows are a range of `entries`, and
// the longest ones a dense array of `dense`.
struct Slot {
    std::uint64_t key = 0; ///< 0 marks an empty slot
    std::uint32_t a = 0;   ///< first weight, or SPARSE/DENSE | start of the row
    std::uint32_t b = 0;   ///< second weight (0 adds nothing), or the sparse row's length
};

// The rows of a model as read from or written to the file: row r has key keys[r] and the packed
// weights entries[starts[r] .. starts[r + 1]), sorted by class. Keys are distinct.
struct Rows {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> starts{0};
    std::vector<std::uint32_t> entries;

    std::size_t size() const { return keys.size(); }
    std::size_t length(std::size_t r) const { return starts[r + 1] - starts[r]; }
    void add(std::uint64_t key) { // then push the row's entries
        keys.push_back(key);
        starts.push_back(starts.back());
    }
    void push(std::uint32_t entry) {
        entries.push_back(entry);
        ++starts.back();
    }
    void dropEmptyLast() {
        if (!keys.empty() && length(keys.size() - 1) == 0) {
            keys.pop_back();
            starts.pop_back();
        }
    }
};

} // namespace

struct Parser::Model {
    std::vector<std::string> labels;
    int rootLabel = 0;
    int punctLabel = -1; ///< the label of words tagged PUNCT (Parser::parse), -1: none
    std::vector<LiftedLabel> lifted; ///< per label: what a pseudo-projective label stands for
    bool anyLifted = false;
    /// Open addressing (linear probing) on the key; the tables are in huge pages where possible.
    std::vector<Slot, ModelAllocator<Slot>> slots;
    std::uint64_t capacity = 0;                                        ///< slots in the table
    std::vector<std::uint32_t, ModelAllocator<std::uint32_t>> entries; ///< rows of 3..23 weights
    /// Longer rows, `stride` weights each (zeros included).
    std::vector<std::int16_t, ModelAllocator<std::int16_t>> dense;
    std::size_t stride = 0; ///< classes rounded up to a multiple of 16
    std::size_t rows = 0;
    std::size_t weights = 0;
    float scale = 1.0f; ///< a stored weight w means w * scale
    int beam = 1;       ///< beam width the model was trained for (1: greedy)
    std::shared_ptr<const Tagger> supertagger; ///< null: trained without supertags
    std::vector<std::uint64_t> supertagKeys;   ///< supertagKey per supertagger class

    void setSupertagger(std::shared_ptr<const Tagger> tagger) {
        supertagger = std::move(tagger);
        supertagKeys.clear();
        for (std::size_t c = 0; supertagger && c < supertagger->classCount(); ++c) {
            supertagKeys.push_back(supertagKey(supertagger->classUpos(c)));
        }
    }

    /// Word information of a sentence to parse, with supertags when the model has a tagger.
    std::vector<WordInfo> words(const Sentence& sentence) const {
        if (!supertagger) {
            return wordInfo(sentence, nullptr);
        }
        thread_local std::vector<std::uint16_t> classes;
        thread_local std::vector<std::uint64_t> keys;
        supertagger->tagClasses(sentence, classes);
        keys.resize(classes.size());
        for (std::size_t i = 0; i < classes.size(); ++i) {
            keys[i] = supertagKeys[classes[i]];
        }
        return wordInfo(sentence, keys.data());
    }

    /// What `labels` stand for: the pseudo-projective ones and the one kept for punctuation.
    void setLifted() {
        lifted = liftedLabels(labels);
        anyLifted = std::any_of(lifted.begin(), lifted.end(),
                                [](const LiftedLabel& l) { return l.base >= 0; });
        const auto it = std::find(labels.begin(), labels.end(), PUNCT_LABEL);
        punctLabel = it == labels.end() ? -1 : int(it - labels.begin());
    }

    /// The first slot to probe for a key: its high 32 bits (of 48) scaled to the table size.
    std::uint64_t home(std::uint64_t k) const { return ((k >> 16) * capacity) >> 32; }

    const Slot* find(std::uint64_t k) const {
        for (std::uint64_t i = home(k);; i = i + 1 == capacity ? 0 : i + 1) {
            const Slot& s = slots[i];
            if (s.key == k) {
                return &s;
            }
            if (s.key == 0) {
                return nullptr;
            }
        }
    }

    // Compiled twice; the AVX2 copy (chosen when the processor has it) sums dense rows twice as
    // wide.
    __attribute__((target_clones("avx2", "default"))) void score(const Features& f,
                                                                 float* scores) const {
        const int classes = countClasses(int(labels.size()));
        alignas(64) std::array<std::int32_t, MAX_CLASSES + 16> sums{};
        for (const std::uint64_t k : f) {
            __builtin_prefetch(&slots[home(k)]);
        }
        // Two stages so the cache misses of all slots, then of the long rows, overlap.
        std::array<const Slot*, FEATURES> external{};
        std::size_t longRows = 0;
        for (const std::uint64_t k : f) {
            const Slot* s = find(k);
            if (s == nullptr) {
                continue;
            }
            if ((s->a & (SPARSE | DENSE)) == 0) {
                sums[std::size_t(entryClass(s->a))] += entryWeight(s->a);
                sums[std::size_t(entryClass(s->b))] += entryWeight(s->b);
            } else {
                // Every cache line of the row, so its misses overlap those of the other rows.
                const char* row = (s->a & SPARSE) != 0
                                      ? reinterpret_cast<const char*>(&entries[s->a & OFFSET])
                                      : reinterpret_cast<const char*>(&dense[s->a & OFFSET]);
                const std::size_t bytes = (s->a & SPARSE) != 0 ? s->b * sizeof(std::uint32_t)
                                                               : stride * sizeof(std::int16_t);
                for (std::size_t at = 0; at < bytes; at += 64) {
                    __builtin_prefetch(row + at);
                }
                external[longRows++] = s;
            }
        }
        for (std::size_t h = 0; h < longRows; ++h) {
            const Slot& s = *external[h];
            if ((s.a & SPARSE) != 0) {
                const std::uint32_t* e = &entries[s.a & OFFSET];
                const std::uint32_t* end = e + s.b;
                for (; e != end; ++e) {
                    sums[std::size_t(entryClass(*e))] += entryWeight(*e);
                }
            } else {
                const std::int16_t* row = &dense[s.a & OFFSET];
                for (std::size_t c = 0; c < stride; ++c) {
                    sums[c] += row[c];
                }
            }
        }
        for (int c = 0; c < classes; ++c) {
            scores[c] = float(sums[std::size_t(c)]) * scale;
        }
    }

    // Fills the hash table from rows with distinct keys (weights already quantised).
    void index(const Rows& r) {
        rows = r.size();
        weights = 0;
        capacity = std::max<std::uint64_t>(16, std::uint64_t(double(rows) * LOAD_SPACE));
        slots.assign(capacity, Slot{});
        stride = (std::size_t(countClasses(int(labels.size()))) + 15) / 16 * 16;
        entries.clear();
        dense.clear();
        std::size_t sparseWeights = 0;
        std::size_t denseRows = 0;
        for (std::size_t row = 0; row < r.size(); ++row) {
            const std::size_t length = r.length(row);
            sparseWeights += (length > 2 && length < DENSE_FROM) ? length : 0;
            denseRows += length >= DENSE_FROM ? 1 : 0;
        }
        entries.reserve(sparseWeights);
        dense.reserve(denseRows * stride);
        for (std::size_t row = 0; row < r.size(); ++row) {
            const std::uint64_t key = r.keys[row];
            std::uint64_t i = home(key);
            while (slots[i].key != 0) {
                i = i + 1 == capacity ? 0 : i + 1;
            }
            Slot& s = slots[i];
            s.key = key;
            const std::size_t length = r.length(row);
            const std::uint32_t* e = r.entries.data() + r.starts[row];
            weights += length;
            if (length <= 2) {
                s.a = length == 0 ? 0 : e[0];
                s.b = length < 2 ? 0 : e[1];
            } else if (length < DENSE_FROM) {
                s.a = SPARSE | std::uint32_t(entries.size());
                s.b = std::uint32_t(length);
                entries.insert(entries.end(), e, e + length);
            } else {
                s.a = DENSE | std::uint32_t(dense.size());
                dense.resize(dense.size() + stride, 0);
                for (std::size_t j = 0; j < length; ++j) {
                    dense[(s.a & OFFSET) + std::size_t(entryClass(e[j]))] =
                        std::int16_t(entryWeight(e[j]));
                }
            }
            if (entries.size() > OFFSET || dense.size() > OFFSET) {
                throw std::runtime_error("parser model too large");
            }
        }
    }

    // The rows back out of the table, sorted by key.
    Rows sortedRows() const {
        std::vector<const Slot*> used;
        used.reserve(rows);
        for (std::size_t i = 0; i < slots.size(); ++i) {
            if (slots[i].key != 0) {
                used.push_back(&slots[i]);
            }
        }
        std::sort(used.begin(), used.end(),
                  [](const Slot* x, const Slot* y) { return x->key < y->key; });
        Rows out;
        for (const Slot* s : used) {
            out.add(s->key);
            if ((s->a & SPARSE) != 0) {
                for (std::uint32_t j = 0; j < s->b; ++j) {
                    out.push(entries[(s->a & OFFSET) + j]);
                }
            } else if ((s->a & DENSE) != 0) {
                for (std::size_t c = 0; c < stride; ++c) {
                    if (const std::int16_t w = dense[(s->a & OFFSET) + c]; w != 0) {
                        out.push(packEntry(int(c), w));
                    }
                }
            } else {
                out.push(s->a);
                if (s->b != 0) {
                    out.push(s->b);
                }
            }
        }
        return out;
    }

    // Quantises averaged float rows (sorted by key) to int16 with one scale and indexes them.
    // With `given` > 0 the rows are already in units of that scale (Parser::average of models
    // that share one), so equal weights keep their exact values.
    void build(const std::vector<std::pair<std::uint64_t, std::vector<std::pair<int, float>>>>& r,
               float given = 0.0f) {
        scale = given;
        if (given <= 0.0f) {
            float maxAbs = 0;
            for (const auto& row : r) {
                for (const auto& entry : row.second) {
                    maxAbs = std::max(maxAbs, std::fabs(entry.second));
                }
            }
            scale = maxAbs > 0 ? maxAbs / QUANT_MAX : 1.0f;
        }
        const float unit = given > 0.0f ? 1.0f : scale;
        Rows quantised;
        for (const auto& [k, list] : r) {
            quantised.add(k);
            for (const auto& [c, w] : list) {
                const float q = std::clamp(std::round(w / unit), -QUANT_MAX, QUANT_MAX);
                if (q != 0) {
                    quantised.push(packEntry(c, std::int16_t(q)));
                }
            }
            quantised.dropEmptyLast();
        }
        index(quantised);
    }
};

namespace {

// Perceptron weights during training: sparse rows with lazily averaged entries.
class TrainWeights {
public:
    TrainWeights(int classes, std::size_t expectedRows) : classes_(classes) {
        index_.reserve(expectedRows);
    }

    void score(const Features& f, float* scores) const {
        std::fill(scores, scores + classes_, 0.0f);
        for (const std::uint64_t k : f) {
            const auto it = index_.find(k);
            if (it == index_.end()) {
                continue;
            }
            for (const Entry& e : rows_[it->second]) {
                scores[e.cls] += e.weight;
            }
        }
    }

    void update(const Features& f, int cls, float delta, std::int64_t now) {
        for (const std::uint64_t k : f) {
            auto [it, inserted] = index_.try_emplace(k, std::uint32_t(rows_.size()));
            if (inserted) {
                rows_.emplace_back();
            }
            std::vector<Entry>& row = rows_[it->second];
            auto e =
                std::find_if(row.begin(), row.end(), [&](const Entry& x) { return x.cls == cls; });
            if (e == row.end()) {
                row.push_back(Entry{std::uint16_t(cls), now, 0.0f, 0.0});
                e = row.end() - 1;
            }
            e->total += double(now - e->stamp) * e->weight;
            e->stamp = now;
            e->weight += delta;
        }
    }

    // Averaged weights with magnitude >= prune, rows sorted by key.
    std::vector<std::pair<std::uint64_t, std::vector<std::pair<int, float>>>>
    averaged(std::int64_t now, float prune) const {
        std::vector<std::pair<std::uint64_t, std::vector<std::pair<int, float>>>> out;
        for (const auto& [k, row] : index_) {
            std::vector<std::pair<int, float>> entries;
            for (const Entry& e : rows_[row]) {
                const double total = e.total + double(now - e.stamp) * e.weight;
                const float avg = now > 0 ? float(total / double(now)) : 0.0f;
                if (std::fabs(avg) >= prune && avg != 0.0f) {
                    entries.emplace_back(int(e.cls), avg);
                }
            }
            if (!entries.empty()) {
                std::sort(entries.begin(), entries.end());
                out.emplace_back(k, std::move(entries));
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        return out;
    }

private:
    struct Entry {
        std::uint16_t cls;
        std::int64_t stamp;
        float weight;
        double total;
    };
    struct Identity {
        std::size_t operator()(std::uint64_t k) const { return std::size_t(k); }
    };
    int classes_;
    std::unordered_map<std::uint64_t, std::uint32_t, Identity> index_;
    std::vector<std::vector<Entry>> rows_;
};

double uniform(std::mt19937_64& rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}

// A training tree: gold heads lifted to projective ones, labels as ids (entries 0 unused).
struct Example {
    const Sentence* sentence;
    std::vector<int> heads;
    std::vector<int> labels;
    std::vector<WordInfo> words;
};

// Global training of a beam-search parser: the structured perceptron with max-violation updates
// (Huang et al. 2012). Each sentence is decoded with the beam to the end while the static
// oracle's path is scored alongside; the weights move towards the gold prefix and away from the
// beam's best prefix at the step where the best wrong prefix outscores the gold one the most.
void trainBeam(const std::vector<Example>& examples, const Parser::Model& model,
               TrainWeights& weights, std::mt19937_64& rng, std::vector<std::size_t>& order,
               const ParserOptions& options, std::int64_t& now,
               const std::function<void()>& afterPass) {
    const int labels = int(model.labels.size());
    const std::size_t classes = std::size_t(countClasses(labels));
    const std::size_t width = std::size_t(model.beam);
    struct Node {
        int parent;  ///< previous node, -1 at the start
        int feature; ///< features of the configuration the move was made in (index in `arena`)
        int cls;
    };
    std::vector<BeamItem> beam;
    std::vector<BeamItem> next;
    std::vector<Features> arena;
    std::vector<Node> nodes;
    std::vector<std::pair<int, int>> goldPath; ///< (feature index, class) per step
    std::vector<Candidate> candidates;
    std::vector<float> scores((width + 1) * classes);
    const auto score = [&](const Features& f, float* out) { weights.score(f, out); };
    for (int iteration = 1; iteration <= options.iterations; ++iteration) {
        for (std::size_t i = order.size(); i > 1; --i) {
            std::swap(order[i - 1], order[std::size_t(rng() % i)]);
        }
        std::size_t updates = 0;
        std::size_t goldWins = 0;
        for (const std::size_t e : order) {
            const Example& ex = examples[e];
            const int n = int(ex.sentence->tokens.size());
            beam.assign(1, BeamItem{ArcHybrid(n, model.rootLabel), 0.0f, -1, true});
            ArcHybrid gold(n, model.rootLabel);
            float goldScore = 0;
            arena.clear();
            nodes.clear();
            goldPath.clear();
            float worst = 0;
            int worstStep = -1;
            int worstNode = -1;
            for (int step = 0; !beam[0].state.terminal(); ++step) {
                const std::size_t base = arena.size();
                arena.resize(base + beam.size() + 1);
                expand(beam, ex.words, labels, model.rootLabel, width, score, &arena[base],
                       scores.data(), candidates);
                // The gold configuration: shared with its beam item while that is in the beam.
                std::size_t goldAt = beam.size();
                for (std::size_t k = 0; k < beam.size(); ++k) {
                    if (beam[k].gold) {
                        goldAt = k;
                    }
                }
                float* goldScores = scores.data() + goldAt * classes;
                if (goldAt == beam.size()) {
                    extract(gold, ex.words, arena[base + goldAt]);
                    weights.score(arena[base + goldAt], goldScores);
                }
                const int goldClass = goldTransition(gold, ex.heads, ex.labels).toClass();
                goldScore += goldScores[goldClass];
                gold.apply(Transition::fromClass(goldClass));
                goldPath.emplace_back(int(base + goldAt), goldClass);

                next.resize(candidates.size());
                for (std::size_t j = 0; j < candidates.size(); ++j) {
                    const Candidate& c = candidates[j];
                    const BeamItem& from = beam[std::size_t(c.parent)];
                    BeamItem& to = next[j];
                    to.state = from.state;
                    to.state.apply(Transition::fromClass(c.cls));
                    to.score = c.score;
                    to.node = int(nodes.size());
                    to.gold = from.gold && c.cls == goldClass;
                    nodes.push_back({from.node, int(base) + c.parent, c.cls});
                }
                std::swap(beam, next);
                ++now;
                const float violation = beam[0].score - goldScore;
                if (!beam[0].gold && violation >= 0 && (worstStep < 0 || violation > worst)) {
                    worst = violation;
                    worstStep = step;
                    worstNode = beam[0].node;
                }
            }
            if (worstStep < 0) {
                ++goldWins;
                continue;
            }
            ++updates;
            for (int t = 0; t <= worstStep; ++t) {
                const auto [feature, cls] = goldPath[std::size_t(t)];
                weights.update(arena[std::size_t(feature)], cls, 1.0f, now);
            }
            for (int v = worstNode; v >= 0; v = nodes[std::size_t(v)].parent) {
                const Node& node = nodes[std::size_t(v)];
                weights.update(arena[std::size_t(node.feature)], node.cls, -1.0f, now);
            }
        }
        if (options.log != nullptr) {
            *options.log << "parser pass " << iteration << " (beam " << width << "): "
                         << (order.empty() ? 0.0 : 100.0 * double(goldWins) / double(order.size()))
                         << "% of " << order.size() << " sentences parsed right, " << updates
                         << " updates\n";
        }
        afterPass();
    }
}

// The format version in a parser model file's header, or VERSION when the file is not one (the
// reader then reports what is wrong).
std::uint32_t fileVersion(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 12> header{};
    if (!in.read(reinterpret_cast<char*>(header.data()), std::streamsize(header.size())) ||
        std::string_view(reinterpret_cast<const char*>(header.data()), MAGIC.size()) != MAGIC) {
        return VERSION;
    }
    return std::uint32_t(header[8]) | std::uint32_t(header[9]) << 8 |
           std::uint32_t(header[10]) << 16 | std::uint32_t(header[11]) << 24;
}

} // namespace

Parser Parser::train(const std::vector<Sentence>& train, const ParserOptions& options) {
    std::map<std::string, int> labelIds;
    labelIds[std::string(ROOT_LABEL)] = 0;
    for (const Sentence& s : train) {
        for (const Token& t : s.tokens) {
            if (t.deprel.find(LIFT_MARK) != std::string::npos) {
                throw std::runtime_error("parser training: relation label '" + t.deprel +
                                         "' contains '" + LIFT_MARK + "', which marks lifted arcs");
            }
            if (!t.deprel.empty()) {
                labelIds[t.deprel] = 0;
            }
        }
    }
    // Training trees: gold heads lifted to projective ones. The most frequent (label, label of
    // the head it was lifted from) pairs get a label of their own so the parse can be undone.
    struct Tree {
        const Sentence* sentence;
        std::size_t index;       ///< in `train`
        std::vector<int> heads;  ///< gold, entry 0 unused
        std::vector<int> lifted; ///< projective
    };
    std::vector<Tree> trees;
    std::map<std::string, std::size_t> liftCounts;
    const Supertagging* supertags = options.supertags.get();
    if (supertags != nullptr) {
        if (!supertags->tagger) {
            throw std::invalid_argument("parser training: supertags without a supertagger");
        }
        if (supertags->training.size() != train.size()) {
            throw std::invalid_argument("parser training: supertags for " +
                                        std::to_string(supertags->training.size()) +
                                        " sentences, " + std::to_string(train.size()) + " given");
        }
        for (std::size_t k = 0; k < train.size(); ++k) {
            if (supertags->training[k].size() != train[k].tokens.size()) {
                throw std::invalid_argument("parser training: sentence " + std::to_string(k + 1) +
                                            " has " + std::to_string(train[k].tokens.size()) +
                                            " words and " +
                                            std::to_string(supertags->training[k].size()) +
                                            " supertags");
            }
        }
    }
    for (std::size_t index = 0; index < train.size(); ++index) {
        const Sentence& s = train[index];
        std::vector<int> heads(s.tokens.size() + 1, 0);
        bool labelled = true;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            heads[i + 1] = s.tokens[i].head;
            labelled = labelled && !s.tokens[i].deprel.empty();
        }
        if (!labelled || !singleRootedTree(s.tokens)) {
            continue;
        }
        std::vector<int> lifted = projectivize(heads);
        for (std::size_t i = 1; i < heads.size(); ++i) {
            if (lifted[i] != heads[i]) {
                ++liftCounts[liftedName(s.tokens[i - 1].deprel,
                                        s.tokens[std::size_t(heads[i] - 1)].deprel)];
            }
        }
        trees.push_back({&s, index, std::move(heads), std::move(lifted)});
    }
    std::vector<std::pair<std::size_t, std::string>> frequent;
    for (const auto& [name, count] : liftCounts) {
        frequent.emplace_back(count, name);
    }
    std::sort(frequent.begin(), frequent.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    frequent.resize(std::min(frequent.size(), std::size_t(std::max(options.liftLabels, 0))));
    for (const auto& [count, name] : frequent) {
        labelIds[name] = 0;
    }
    if (int(labelIds.size()) > MAX_LABELS) {
        throw std::runtime_error("parser training: more than " + std::to_string(MAX_LABELS) +
                                 " relation labels (" + std::to_string(frequent.size()) +
                                 " of them for lifted arcs)");
    }
    auto model = std::make_shared<Model>();
    for (auto& [name, id] : labelIds) {
        id = int(model->labels.size());
        model->labels.push_back(name);
    }
    model->rootLabel = labelIds[std::string(ROOT_LABEL)];
    const int labels = int(model->labels.size());
    const int classes = countClasses(labels);

    model->setLifted();
    std::vector<Example> examples;
    for (Tree& tree : trees) {
        const Sentence& s = *tree.sentence;
        std::vector<int> ids(s.tokens.size() + 1, 0);
        for (std::size_t i = 1; i < ids.size(); ++i) {
            const std::string& label = s.tokens[i - 1].deprel;
            if (tree.heads[i] == 0) {
                ids[i] = model->rootLabel;
            } else if (tree.lifted[i] != tree.heads[i]) {
                const std::string& headLabel = s.tokens[std::size_t(tree.heads[i] - 1)].deprel;
                const auto marked = labelIds.find(liftedName(label, headLabel));
                ids[i] = marked != labelIds.end() ? marked->second : labelIds.at(label);
            } else {
                ids[i] = labelIds.at(label);
            }
        }
        std::vector<std::uint64_t> keys;
        if (supertags != nullptr) {
            for (const std::string& tag : supertags->training[tree.index]) {
                keys.push_back(supertagKey(tag));
            }
        }
        examples.push_back({&s, std::move(tree.lifted), ids,
                            wordInfo(s, keys.empty() ? nullptr : keys.data())});
    }
    if (examples.empty()) {
        throw std::runtime_error("parser training: no sentence with a complete tree");
    }

    std::size_t trainTokens = 0;
    for (const Example& ex : examples) {
        trainTokens += ex.sentence->tokens.size();
    }
    TrainWeights weights(classes, std::min<std::size_t>(std::size_t{1} << 22, trainTokens * 8));
    std::mt19937_64 rng(options.seed);
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::int64_t now = 0;
    model->beam = std::clamp(options.beam, 1, MAX_BEAM);
    if (supertags != nullptr) {
        model->setSupertagger(supertags->tagger);
    }
    // With a dev set, the averaged weights of every pass are scored on it (costs a model build).
    const auto logDev = [&] {
        if (options.log == nullptr || options.dev == nullptr || options.dev->empty()) {
            return;
        }
        auto snapshot = std::make_shared<Model>();
        snapshot->labels = model->labels;
        snapshot->rootLabel = model->rootLabel;
        snapshot->punctLabel = model->punctLabel;
        snapshot->beam = model->beam;
        snapshot->setSupertagger(model->supertagger);
        snapshot->build(weights.averaged(now, options.pruneBelow));
        const ParserAccuracy acc = Parser(std::move(snapshot)).evaluate(*options.dev);
        *options.log << "  dev UAS " << 100.0 * acc.uas() << " LAS " << 100.0 * acc.las() << "\n";
    };
    if (model->beam > 1) {
        trainBeam(examples, *model, weights, rng, order, options, now, logDev);
        model->build(weights.averaged(now, options.pruneBelow));
        return Parser(std::move(model));
    }
    Features features;
    std::vector<float> scores(std::size_t(classes), 0.0f);
    std::vector<int> costs(std::size_t(classes), -1);
    for (int iteration = 1; iteration <= options.iterations; ++iteration) {
        for (std::size_t i = order.size(); i > 1; --i) {
            std::swap(order[i - 1], order[std::size_t(rng() % i)]);
        }
        std::size_t moves = 0;
        std::size_t mistakes = 0;
        for (const std::size_t e : order) {
            const Example& ex = examples[e];
            ArcHybrid st(int(ex.sentence->tokens.size()), model->rootLabel);
            while (!st.terminal()) {
                extract(st, ex.words, features);
                weights.score(features, scores.data());
                // Costs of every legal class (-1 when illegal).
                std::fill(costs.begin(), costs.end(), -1);
                if (st.legal({Move::Shift, 0})) {
                    costs[0] = st.cost({Move::Shift, 0}, ex.heads, ex.labels);
                }
                if (st.stackSize() >= 2) {
                    const int s0 = st.stack(0);
                    const int s1 = st.stack(1);
                    const int b0 = st.buffer(0);
                    const int gold = ex.labels[std::size_t(s0)];
                    for (const Move m : {Move::Left, Move::Right}) {
                        const bool headRight =
                            ex.heads[std::size_t(s0)] == (m == Move::Left ? b0 : s1);
                        int base = -1;
                        for (int l = 0; l < labels; ++l) {
                            if (!st.legal({m, l})) {
                                continue;
                            }
                            if (base < 0) {
                                // The cost without the label part, which depends on l.
                                base = st.cost({m, headRight ? gold : l}, ex.heads, ex.labels);
                            }
                            costs[std::size_t(Transition{m, l}.toClass())] =
                                base + ((headRight && l != gold) ? 1 : 0);
                        }
                    }
                }
                int minCost = INT_MAX;
                for (const int c : costs) {
                    if (c >= 0) {
                        minCost = std::min(minCost, c);
                    }
                }
                const int predicted = bestClass(scores.data(), st, labels, model->rootLabel,
                                                [&](int c) { return costs[std::size_t(c)] >= 0; });
                const int oracle =
                    bestClass(scores.data(), st, labels, model->rootLabel,
                              [&](int c) { return costs[std::size_t(c)] == minCost; });
                ++now;
                ++moves;
                int next = predicted;
                if (costs[std::size_t(predicted)] != minCost) {
                    ++mistakes;
                    weights.update(features, oracle, 1.0f, now);
                    weights.update(features, predicted, -1.0f, now);
                    if (!(iteration > 1 && uniform(rng) < options.explore)) {
                        next = oracle;
                    }
                }
                st.apply(Transition::fromClass(next));
            }
        }
        if (options.log != nullptr) {
            *options.log << "parser pass " << iteration << ": "
                         << (moves == 0 ? 0.0 : 100.0 * double(moves - mistakes) / double(moves))
                         << "% of " << moves << " moves right\n";
        }
        logDev();
    }
    model->build(weights.averaged(now, options.pruneBelow));
    return Parser(std::move(model));
}

void Parser::save(const std::string& path) const {
    ModelWriter w(MAGIC, VERSION);
    w.u32(std::uint32_t(model_->labels.size()));
    for (const std::string& l : model_->labels) {
        w.str(l);
    }
    w.u32(std::uint32_t(model_->rootLabel));
    w.f32(model_->scale);
    w.u32(std::uint32_t(model_->beam));
    const Rows rows = model_->sortedRows();
    w.u32(std::uint32_t(rows.size()));
    std::uint64_t previous = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        w.varint(rows.keys[r] - previous);
        previous = rows.keys[r];
        w.u8(std::uint8_t(rows.length(r)));
        for (std::uint32_t j = rows.starts[r]; j < rows.starts[r + 1]; ++j) {
            w.u8(std::uint8_t(entryClass(rows.entries[j])));
            w.u16(std::uint16_t(rows.entries[j] & 0xFFFFU));
        }
    }
    w.u8(model_->supertagger ? 1 : 0);
    if (model_->supertagger) {
        w.str(model_->supertagger->bytes());
    }
    w.save(path);
}

Parser Parser::load(const std::string& path) {
    const std::uint32_t version = fileVersion(path);
    const bool greedyOnly = version == OLD_VERSION;
    ModelReader r = ModelReader::open(
        path, MAGIC, version == OLD_VERSION || version == BEAM_VERSION ? version : VERSION);
    auto model = std::make_shared<Model>();
    const std::uint32_t labels = r.u32();
    if (labels == 0 || labels > std::uint32_t(MAX_LABELS)) {
        r.fail("bad label count " + std::to_string(labels));
    }
    for (std::uint32_t i = 0; i < labels; ++i) {
        model->labels.push_back(r.str());
    }
    model->rootLabel = int(r.u32());
    if (model->rootLabel >= int(labels)) {
        r.fail("root label out of range");
    }
    try {
        model->setLifted();
    } catch (const std::runtime_error& e) {
        r.fail(e.what());
    }
    const int classes = countClasses(int(labels));
    model->scale = r.f32();
    if (!std::isfinite(model->scale) || model->scale <= 0) {
        r.fail("bad weight scale");
    }
    const std::uint32_t beam = greedyOnly ? 1 : r.u32();
    if (beam < 1 || beam > std::uint32_t(MAX_BEAM)) {
        r.fail("bad beam width " + std::to_string(beam));
    }
    model->beam = int(beam);
    const std::uint32_t rowCount = r.u32();
    // Reserved up to what the bytes left can hold (a row takes at least 2 bytes, a weight 3),
    // so a lying count cannot exhaust memory.
    Rows rows;
    rows.keys.reserve(std::min<std::size_t>(rowCount, r.remaining() / 2));
    rows.starts.reserve(rows.keys.capacity() + 1);
    rows.entries.reserve(r.remaining() / 3);
    for (std::uint32_t i = 0; i < rowCount; ++i) {
        const std::uint64_t gap = r.varint();
        const std::uint64_t key = (rows.keys.empty() ? 0 : rows.keys.back()) + gap;
        if (gap == 0 || gap >= KEY_LIMIT || key >= KEY_LIMIT) {
            r.fail("feature keys not sorted");
        }
        rows.add(key);
        const std::uint8_t count = r.u8();
        int previous = -1;
        for (std::uint8_t j = 0; j < count; ++j) {
            const int c = r.u8();
            if (c >= classes || c <= previous) {
                r.fail("class out of range or out of order");
            }
            previous = c;
            const auto weight = static_cast<std::int16_t>(r.u16());
            if (weight != 0) {
                rows.push(packEntry(c, weight));
            }
        }
        rows.dropEmptyLast();
    }
    if (version >= VERSION) {
        const std::uint8_t hasSupertagger = r.u8();
        if (hasSupertagger > 1) {
            r.fail("bad supertagger flag");
        }
        if (hasSupertagger == 1) {
            model->setSupertagger(
                std::make_shared<const Tagger>(Tagger::fromBytes(r.str(), path + " (supertagger)")));
        }
    }
    r.expectEnd();
    model->index(rows);
    return Parser(std::move(model));
}

void Parser::parse(Sentence& sentence) const {
    parse(sentence, model_->beam);
}

void Parser::parse(Sentence& sentence, int beamWidth) const {
    const int n = int(sentence.tokens.size());
    if (n == 0) {
        return;
    }
    const Model& m = *model_;
    const int labels = int(m.labels.size());
    const std::vector<WordInfo> words = m.words(sentence);
    const std::size_t width = std::size_t(std::clamp(beamWidth, 1, MAX_BEAM));
    std::vector<BeamItem> beam;
    beam.push_back(BeamItem{ArcHybrid(n, m.rootLabel), 0.0f, -1, true});
    if (width == 1) {
        ArcHybrid& st = beam[0].state;
        Features features;
        std::array<float, MAX_CLASSES> scores{};
        // A word tagged PUNCT gets the label `punct` (or `root`), as everywhere in EWT train: an
        // opening quote mark labelled `obj` would make a quote mark the object of a statement.
        // Only the label is forced. Also keeping other words off `punct` and punctuation
        // childless (as EWT has it too) cost 0.04-0.1 UAS with predicted tags, whose errors
        // the parser then cannot work around (models/parser.md).
        const int punct = m.punctLabel;
        thread_local std::vector<char> isPunct;
        isPunct.assign(std::size_t(n) + 1, 0);
        for (int i = 1; i <= n && punct >= 0; ++i) {
            isPunct[std::size_t(i)] = sentence.tokens[std::size_t(i - 1)].upos == "PUNCT" ? 1 : 0;
        }
        const auto keepsPunctuation = [&](int c) {
            const Transition t = Transition::fromClass(c);
            if (punct < 0 || t.move == Move::Shift) {
                return true;
            }
            return t.label == m.rootLabel || isPunct[std::size_t(st.stack(0))] == 0 ||
                   t.label == punct;
        };
        while (!st.terminal()) {
            extract(st, words, features);
            m.score(features, scores.data());
            // The filter leaves a move whenever there is one: LEFT and RIGHT are legal with every
            // label or with none, except RIGHT onto the root, which keeps `root`.
            const int best = bestClass(scores.data(), st, labels, m.rootLabel, keepsPunctuation);
            if (best < 0) {
                break; // cannot happen: a non-terminal configuration always has a legal move
            }
            st.apply(Transition::fromClass(best));
        }
    } else {
        std::vector<BeamItem> next;
        std::vector<Features> features(width);
        std::vector<float> scores(width * std::size_t(countClasses(labels)));
        std::vector<Candidate> candidates;
        const auto score = [&](const Features& f, float* out) { m.score(f, out); };
        while (!beam[0].state.terminal()) {
            expand(beam, words, labels, m.rootLabel, width, score, features.data(), scores.data(),
                   candidates);
            if (candidates.empty()) {
                break; // cannot happen: a non-terminal configuration always has a legal move
            }
            next.resize(candidates.size());
            for (std::size_t j = 0; j < candidates.size(); ++j) {
                next[j].state = beam[std::size_t(candidates[j].parent)].state;
                next[j].state.apply(Transition::fromClass(candidates[j].cls));
                next[j].score = candidates[j].score;
            }
            std::swap(beam, next);
        }
    }
    const ArcHybrid& st = beam[0].state;
    // The transition system always ends in one tree; should it not, words without a head are
    // attached to the root word so the output is still a single-rooted tree.
    int root = 0;
    for (int i = 1; i <= n && root == 0; ++i) {
        root = st.head(i) == 0 ? i : 0;
    }
    for (int i = 1; i <= n && root == 0; ++i) {
        root = st.head(i) < 0 ? i : 0;
    }
    thread_local std::vector<int> heads;
    thread_local std::vector<int> ids;
    heads.assign(std::size_t(n) + 1, 0);
    ids.assign(std::size_t(n) + 1, -1); // -1: "dep", a word the transitions left without head
    for (int i = 1; i <= n; ++i) {
        const int h = st.head(i);
        if (i == root) {
            ids[std::size_t(i)] = m.rootLabel;
        } else if (h <= 0) {
            heads[std::size_t(i)] = root;
        } else {
            heads[std::size_t(i)] = h;
            ids[std::size_t(i)] = st.label(i);
        }
    }
    if (m.anyLifted) {
        deprojectivize(heads, ids, m.lifted);
    }
    for (int i = 1; i <= n; ++i) {
        Token& t = sentence.tokens[std::size_t(i - 1)];
        t.head = heads[std::size_t(i)];
        t.deprel = ids[std::size_t(i)] < 0 ? std::string("dep")
                                           : m.labels[std::size_t(ids[std::size_t(i)])];
    }
}

ParserAccuracy scoreParses(const std::vector<Sentence>& gold, const std::vector<Sentence>& parsed) {
    ParserAccuracy acc;
    for (std::size_t s = 0; s < gold.size() && s < parsed.size(); ++s) {
        const auto& g = gold[s].tokens;
        const auto& p = parsed[s].tokens;
        for (std::size_t i = 0; i < g.size(); ++i) {
            ++acc.tokens;
            if (i < p.size() && g[i].head == p[i].head) {
                ++acc.headCorrect;
                acc.labelCorrect += g[i].deprel == p[i].deprel ? 1 : 0;
            }
        }
    }
    return acc;
}

ParserAccuracy Parser::evaluate(const std::vector<Sentence>& gold, int beamWidth) const {
    std::vector<Sentence> parsed = gold;
    for (Sentence& s : parsed) {
        for (Token& t : s.tokens) {
            t.head = -1;
            t.deprel.clear();
        }
        parse(s, beamWidth > 0 ? beamWidth : model_->beam);
    }
    return scoreParses(gold, parsed);
}

const std::vector<std::string>& Parser::labels() const {
    return model_->labels;
}
int Parser::beam() const {
    return model_->beam;
}

const Tagger* Parser::supertagger() const {
    return model_->supertagger.get();
}

Parser Parser::withSupertaggerPruned(float below) const {
    if (!model_->supertagger) {
        return *this;
    }
    auto model = std::make_shared<Model>(*model_);
    model->setSupertagger(std::make_shared<const Tagger>(model_->supertagger->pruned(below)));
    return Parser(std::move(model));
}

std::string Parser::supertag(const Sentence& sentence, std::size_t i) {
    const Token& t = sentence.tokens.at(i);
    const int self = int(i) + 1;
    std::string out = t.deprel;
    out += '/';
    out += t.head == 0 ? '0' : t.head > self ? 'L' : 'R';
    return out;
}

Supertagging Parser::trainSupertagger(const std::vector<Sentence>& gold, int folds,
                                      const TaggerOptions& options) {
    if (folds < 2) {
        throw std::invalid_argument("supertagger: at least 2 jack-knife folds, not " +
                                    std::to_string(folds));
    }
    // The supertag treebank: the same words, the supertag as UPOS and one XPOS for all. Only
    // sentences whose every word has a head and a label teach the taggers.
    std::vector<Sentence> tagged;
    std::vector<char> complete;
    tagged.reserve(gold.size());
    for (const Sentence& g : gold) {
        complete.push_back(std::all_of(g.tokens.begin(), g.tokens.end(), [](const Token& t) {
            return t.head >= 0 && !t.deprel.empty();
        }));
        Sentence s;
        for (std::size_t i = 0; i < g.tokens.size(); ++i) {
            Token t;
            t.form = g.tokens[i].form;
            t.upos = supertag(g, i);
            // With given tags the supertagger reads the sentence's part-of-speech tags.
            t.xpos = options.givenTags ? g.tokens[i].xpos : std::string(1, 'X');
            s.tokens.push_back(std::move(t));
        }
        tagged.push_back(std::move(s));
    }
    Supertagging out;
    out.training.resize(gold.size());
    const auto k = std::size_t(folds);
    // K fold taggers and the full one are independent trainings: as many at a time as there are
    // cores. Each is deterministic, so the result does not depend on the order they finish in.
    // Their progress lines are not printed (they would interleave); each job reports when done.
    std::vector<std::optional<Tagger>> taggers(k + 1);
    std::mutex logMutex;
    TaggerOptions quiet = options;
    quiet.log = nullptr;
    const std::vector<std::exception_ptr> errors = runJobs(k + 1, [&](std::size_t job) {
        std::vector<Sentence> learn;
        for (std::size_t i = 0; i < tagged.size(); ++i) {
            if (complete[i] != 0 && (job == k || i % k != job)) {
                learn.push_back(tagged[i]);
            }
        }
        taggers[job].emplace(Tagger::train(learn, quiet));
        if (options.log != nullptr) {
            const std::lock_guard<std::mutex> lock(logMutex);
            *options.log << (job == k ? "supertagger on all sentences trained\n"
                                      : "supertagger, fold " + std::to_string(job + 1) + " of " +
                                            std::to_string(folds) + " trained\n");
        }
    });
    for (const std::exception_ptr& e : errors) {
        if (e) {
            std::rethrow_exception(e);
        }
    }
    std::vector<std::uint16_t> classes;
    for (std::size_t fold = 0; fold < k; ++fold) {
        const Tagger& foldTagger = *taggers[fold];
        for (std::size_t i = fold; i < tagged.size(); i += k) {
            foldTagger.tagClasses(tagged[i], classes);
            for (const std::uint16_t c : classes) {
                out.training[i].push_back(foldTagger.classUpos(c));
            }
        }
    }
    out.tagger = std::make_shared<const Tagger>(std::move(*taggers[k]));
    return out;
}
std::size_t Parser::featureCount() const {
    return model_->rows;
}
std::size_t Parser::weightCount() const {
    return model_->weights;
}

std::string Parser::averageMismatch(const Parser& other) const {
    if (model_->labels != other.model_->labels || model_->rootLabel != other.model_->rootLabel) {
        return "different labels";
    }
    if (model_->beam != other.model_->beam) {
        return "beam width " + std::to_string(model_->beam) + " against " +
               std::to_string(other.model_->beam);
    }
    const Tagger* mine = model_->supertagger.get();
    const Tagger* theirs = other.model_->supertagger.get();
    if (mine != theirs &&
        (mine == nullptr || theirs == nullptr || mine->bytes() != theirs->bytes())) {
        return mine == nullptr || theirs == nullptr ? "one with supertags, one without"
                                                    : "different supertaggers";
    }
    return "";
}

Parser Parser::average(const std::vector<Parser>& models, float pruneBelow) {
    if (models.empty()) {
        throw std::invalid_argument("no parser models to average");
    }
    const Model& first = *models.front().model_;
    for (const Parser& p : models) {
        if (const std::string why = p.averageMismatch(models.front()); !why.empty()) {
            throw std::invalid_argument("parser models to average: " + why);
        }
    }
    // Merge the models' rows by key (each list is sorted), summing w * scale / k per class.
    std::vector<Rows> rows;
    rows.reserve(models.size());
    for (const Parser& p : models) {
        rows.push_back(p.model_->sortedRows());
    }
    std::vector<std::size_t> at(models.size(), 0);
    // Models that share one weight scale (a model and its copies, or one model pruned) are
    // averaged in stored units, exactly: a model averaged with itself keeps its bytes.
    const bool oneScale = std::all_of(models.begin(), models.end(), [&](const Parser& p) {
        return p.model_->scale == first.scale;
    });
    const float share = 1.0f / float(models.size());
    std::vector<std::pair<std::uint64_t, std::vector<std::pair<int, float>>>> merged;
    std::vector<float> sum(std::size_t(countClasses(int(first.labels.size()))), 0.0f);
    for (;;) {
        std::uint64_t key = KEY_LIMIT;
        for (std::size_t m = 0; m < rows.size(); ++m) {
            if (at[m] < rows[m].size()) {
                key = std::min(key, rows[m].keys[at[m]]);
            }
        }
        if (key == KEY_LIMIT) {
            break;
        }
        std::fill(sum.begin(), sum.end(), 0.0f);
        for (std::size_t m = 0; m < rows.size(); ++m) {
            if (at[m] < rows[m].size() && rows[m].keys[at[m]] == key) {
                const float scale = oneScale ? 1.0f : models[m].model_->scale * share;
                for (std::uint32_t j = rows[m].starts[at[m]]; j < rows[m].starts[at[m] + 1]; ++j) {
                    sum[std::size_t(entryClass(rows[m].entries[j]))] +=
                        float(entryWeight(rows[m].entries[j])) * scale;
                }
                ++at[m];
            }
        }
        std::vector<std::pair<int, float>> list;
        for (std::size_t c = 0; c < sum.size(); ++c) {
            // Sums of stored integers are exact in a float (up to 512 models); means in units.
            const float value = oneScale ? sum[c] / float(models.size()) : sum[c];
            const float weight = oneScale ? value * first.scale : value;
            if (value != 0.0f && std::fabs(weight) >= pruneBelow) {
                list.emplace_back(int(c), value);
            }
        }
        if (!list.empty()) {
            merged.emplace_back(key, std::move(list));
        }
    }
    auto model = std::make_shared<Model>();
    model->labels = first.labels;
    model->rootLabel = first.rootLabel;
    model->setLifted();
    model->beam = first.beam;
    model->setSupertagger(first.supertagger);
    model->build(merged, oneScale ? first.scale : 0.0f);
    return Parser(std::move(model));
}

} // namespace kg::ingest::nlp
