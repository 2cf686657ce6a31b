#include "ingest/nlp/tagger.h"

#include "ingest/nlp/model_io.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <ostream>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace kg::ingest::nlp {

namespace {

constexpr std::string_view MAGIC = "KGTAGGER";
constexpr std::uint32_t VERSION = 1;
constexpr std::size_t MAX_FEATURES = 48;
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
    T_TAG_M1_SUF3,
    // second pass only
    T_P1_TAG_SELF = 64,
    T_P1_TAG_P1,
    T_P1_TAG_P1P2,
    T_P1_TAG_P1_LOWER,
    T_P1_TAG_M1P1,
    T_P1_TAG_P1_SUF3,
};

struct WordInfo {
    std::uint64_t lower;
    std::uint64_t exact;
    std::uint64_t shape;
    std::array<std::uint64_t, 6> suffix;
    std::array<std::uint64_t, 3> prefix;
    std::uint64_t flags;
};

// "’" → "'", "“"/"”" → '"': EWT mostly writes straight quotes.
std::string normalizeForm(std::string_view form) {
    std::string out;
    out.reserve(std::min(form.size(), MAX_SHAPE_BYTES * 2));
    for (std::size_t i = 0; i < form.size(); ++i) {
        if (form.compare(i, 3, "\xE2\x80\x99") == 0 || form.compare(i, 3, "\xE2\x80\x98") == 0) {
            out.push_back('\'');
            i += 2;
        } else if (form.compare(i, 3, "\xE2\x80\x9C") == 0 ||
                   form.compare(i, 3, "\xE2\x80\x9D") == 0) {
            out.push_back('"');
            i += 2;
        } else {
            out.push_back(form[i]);
        }
    }
    return out;
}

WordInfo wordInfo(std::string_view form) {
    const std::string exact = normalizeForm(form);
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

// Writes the feature hashes of word i into `out`; returns how many. `tags` holds the classes
// decided so far (left of i); `firstPass` the first-pass classes of all words, or null.
std::size_t extract(const std::vector<WordInfo>& words, std::size_t i, const std::uint16_t* tags,
                    const std::uint16_t* firstPass, std::uint16_t startTag,
                    std::array<std::uint64_t, MAX_FEATURES>& out) {
    std::size_t n = 0;
    const auto add = [&](std::uint64_t t, std::uint64_t v) { out[n++] = mix(t, v); };
    const auto add2 = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b) {
        out[n++] = mix(mix(t, a), b);
    };
    const std::size_t count = words.size();
    const WordInfo& w = words[i];
    constexpr std::uint64_t NONE = 0x51ED270B27A3B1ULL;
    const std::uint64_t lowerM1 = i >= 1 ? words[i - 1].lower : NONE;
    const std::uint64_t lowerM2 = i >= 2 ? words[i - 2].lower : NONE + 1;
    const std::uint64_t lowerP1 = i + 1 < count ? words[i + 1].lower : NONE + 2;
    const std::uint64_t lowerP2 = i + 2 < count ? words[i + 2].lower : NONE + 3;
    const std::uint64_t tagM1 = i >= 1 ? tags[i - 1] : startTag;
    const std::uint64_t tagM2 = i >= 2 ? tags[i - 2] : startTag + 1u;
    add(T_BIAS, 0);
    add(T_LOWER, w.lower);
    add(T_EXACT, w.exact);
    add(T_SUF1, w.suffix[0]);
    add(T_SUF2, w.suffix[1]);
    add(T_SUF3, w.suffix[2]);
    add(T_SUF4, w.suffix[3]);
    add(T_SUF5, w.suffix[4]);
    add(T_SUF6, w.suffix[5]);
    add(T_PRE1, w.prefix[0]);
    add(T_PRE2, w.prefix[1]);
    add(T_PRE3, w.prefix[2]);
    add(T_SHAPE, w.shape);
    add(T_FLAGS, w.flags);
    add(T_LOWER_M1, lowerM1);
    add(T_LOWER_M2, lowerM2);
    add(T_LOWER_P1, lowerP1);
    add(T_LOWER_P2, lowerP2);
    add(T_TAG_M1, tagM1);
    add2(T_TAG_M2M1, tagM2, tagM1);
    add2(T_TAG_M1_LOWER, tagM1, w.lower);
    add2(T_TAG_M1_SUF3, tagM1, w.suffix[2]);
    add(T_SUF3_M1, i >= 1 ? words[i - 1].suffix[2] : NONE);
    add(T_SUF3_P1, i + 1 < count ? words[i + 1].suffix[2] : NONE);
    add(T_SHAPE_M1, i >= 1 ? words[i - 1].shape : NONE);
    add(T_SHAPE_P1, i + 1 < count ? words[i + 1].shape : NONE);
    add2(T_LOWER_LOWER_P1, w.lower, lowerP1);
    add2(T_LOWER_M1_LOWER, lowerM1, w.lower);
    if (i == 0) {
        add(T_FIRST_SHAPE, w.shape);
    }
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

// Sparse weights for tagging: an open-addressing table from feature hash to a run of
// (class, weight) pairs.
struct SparseWeights {
    std::vector<std::uint64_t> keys; // size is a power of two; 0 = empty
    std::vector<std::uint32_t> begin;
    std::vector<std::uint16_t> length;
    std::vector<std::uint8_t> classes;
    std::vector<float> weights;
    std::size_t rows = 0;

    void reserveRows(std::size_t n) {
        std::size_t size = 16;
        while (size < n * 2) {
            size *= 2;
        }
        keys.assign(size, 0);
        begin.assign(size, 0);
        length.assign(size, 0);
    }

    void addRow(std::uint64_t key, const std::vector<std::pair<std::uint8_t, float>>& row) {
        std::size_t slot = key & (keys.size() - 1);
        while (keys[slot] != 0) {
            slot = (slot + 1) & (keys.size() - 1);
        }
        keys[slot] = key;
        begin[slot] = static_cast<std::uint32_t>(classes.size());
        length[slot] = static_cast<std::uint16_t>(row.size());
        for (const auto& [c, w] : row) {
            classes.push_back(c);
            weights.push_back(w);
        }
        ++rows;
    }

    void score(const std::uint64_t* feats, std::size_t n, float* scores) const {
        const std::size_t mask = keys.size() - 1;
        for (std::size_t f = 0; f < n; ++f) {
            std::size_t slot = feats[f] & mask;
            while (keys[slot] != 0 && keys[slot] != feats[f]) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                continue;
            }
            const std::uint32_t b = begin[slot];
            const std::uint32_t e = b + length[slot];
            for (std::uint32_t k = b; k < e; ++k) {
                scores[classes[k]] += weights[k];
            }
        }
    }
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
    std::map<std::uint64_t, std::vector<std::pair<std::uint8_t, float>>> averaged(float prune) {
        std::map<std::uint64_t, std::vector<std::pair<std::uint8_t, float>>> out;
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

std::size_t argmax(const float* scores, std::size_t n) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < n; ++c) {
        if (scores[c] > scores[best]) {
            best = c;
        }
    }
    return best;
}

std::vector<WordInfo> wordInfos(const Sentence& s) {
    std::vector<WordInfo> out;
    out.reserve(s.tokens.size());
    for (const Token& t : s.tokens) {
        out.push_back(wordInfo(t.form));
    }
    return out;
}

} // namespace

struct Tagger::Model {
    std::vector<std::string> upos; // per class
    std::vector<std::string> xpos;
    std::unordered_map<std::uint64_t, std::uint16_t> dictionary; // exact-form hash → class
    SparseWeights pass1;
    SparseWeights pass2;
    bool twoPass = false;

    std::size_t classes() const { return upos.size(); }
    std::uint16_t startTag() const { return static_cast<std::uint16_t>(upos.size()); }

    // Tags one sentence; `words` from wordInfos. Writes first-pass and final classes.
    void run(const std::vector<WordInfo>& words, std::vector<std::uint16_t>& first,
             std::vector<std::uint16_t>& final) const {
        const std::size_t n = words.size();
        first.assign(n, 0);
        final.assign(n, 0);
        std::array<std::uint64_t, MAX_FEATURES> feats{};
        std::array<float, MAX_CLASSES + 2> scores{};
        const auto decode = [&](const SparseWeights& weights, std::vector<std::uint16_t>& tags,
                                const std::uint16_t* previous) {
            for (std::size_t i = 0; i < n; ++i) {
                if (const auto it = dictionary.find(words[i].exact); it != dictionary.end()) {
                    tags[i] = it->second;
                    continue;
                }
                const std::size_t m = extract(words, i, tags.data(), previous, startTag(), feats);
                std::fill(scores.begin(), scores.begin() + static_cast<long>(classes()), 0.0f);
                weights.score(feats.data(), m, scores.data());
                tags[i] = static_cast<std::uint16_t>(argmax(scores.data(), classes()));
            }
        };
        decode(pass1, first, nullptr);
        if (twoPass) {
            decode(pass2, final, first.data());
        } else {
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
SparseWeights trainPass(const Model& model, const TrainingSet& data,
                        const std::vector<std::size_t>& subset,
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
                const std::size_t m =
                    extract(words, i, tags.data(), previous, model.startTag(), feats);
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
    const auto rows = weights.averaged(options.pruneBelow);
    SparseWeights out;
    out.reserveRows(rows.size());
    for (const auto& [key, row] : rows) {
        out.addRow(key, row);
    }
    rowsOut = rows.size();
    return out;
}

void writeWeights(ModelWriter& w, const SparseWeights& weights) {
    // Rows sorted by key for a byte-identical file on every run; weights as int16 with one scale.
    std::vector<std::size_t> slots;
    float maxAbs = 0.0f;
    for (std::size_t s = 0; s < weights.keys.size(); ++s) {
        if (weights.keys[s] != 0) {
            slots.push_back(s);
        }
    }
    for (const float v : weights.weights) {
        maxAbs = std::max(maxAbs, std::fabs(v));
    }
    std::sort(slots.begin(), slots.end(),
              [&](std::size_t a, std::size_t b) { return weights.keys[a] < weights.keys[b]; });
    const float scale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
    w.u32(static_cast<std::uint32_t>(slots.size()));
    w.f32(scale);
    for (const std::size_t s : slots) {
        w.u64(weights.keys[s]);
        w.u8(static_cast<std::uint8_t>(weights.length[s]));
        for (std::uint32_t k = weights.begin[s]; k < weights.begin[s] + weights.length[s]; ++k) {
            w.u8(weights.classes[k]);
            const long q = std::lround(weights.weights[k] / scale);
            w.u16(static_cast<std::uint16_t>(static_cast<std::int16_t>(q)));
        }
    }
}

SparseWeights readWeights(ModelReader& r, std::size_t classes) {
    SparseWeights weights;
    const std::uint32_t rows = r.u32();
    const float scale = r.f32();
    if (!(scale > 0.0f) || !std::isfinite(scale)) {
        r.fail("bad weight scale");
    }
    weights.reserveRows(rows);
    std::vector<std::pair<std::uint8_t, float>> row;
    for (std::uint32_t i = 0; i < rows; ++i) {
        const std::uint64_t key = r.u64();
        const std::uint8_t n = r.u8();
        if (key == 0) {
            r.fail("bad feature key");
        }
        row.clear();
        for (std::uint8_t k = 0; k < n; ++k) {
            const std::uint8_t c = r.u8();
            const auto q = static_cast<std::int16_t>(r.u16());
            if (c >= classes) {
                r.fail("weight for class " + std::to_string(c) + " of " + std::to_string(classes));
            }
            row.emplace_back(c, float(q) * scale);
        }
        weights.addRow(key, row);
    }
    return weights;
}

} // namespace

Tagger Tagger::train(const std::vector<Sentence>& train, const TaggerOptions& options) {
    auto model = std::make_shared<Model>();
    // Classes: every (UPOS, XPOS) pair in the data, ordered by name for determinism.
    std::map<std::pair<std::string, std::string>, std::size_t> pairCount;
    for (const Sentence& s : train) {
        for (const Token& t : s.tokens) {
            ++pairCount[{t.upos, t.xpos}];
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
        data.words.push_back(wordInfos(s));
        std::vector<std::uint16_t> gold;
        for (const Token& t : s.tokens) {
            gold.push_back(classOf[{t.upos, t.xpos}]);
            ++formTags[normalizeForm(t.form)][gold.back()];
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
    if (options.log != nullptr) {
        *options.log << model->classes() << " classes, " << model->dictionary.size()
                     << " words in the tag dictionary\n";
    }
    std::vector<std::size_t> all(train.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = i;
    }
    std::size_t rows = 0;
    if (options.log != nullptr) {
        *options.log << "pass 1 on all sentences\n";
    }
    model->pass1 = trainPass(*model, data, all, nullptr, options, rows);
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
            foldModel.upos = model->upos;
            foldModel.xpos = model->xpos;
            foldModel.dictionary = model->dictionary;
            std::size_t foldRows = 0;
            foldModel.pass1 = trainPass(foldModel, data, rest, nullptr, options, foldRows);
            std::vector<std::uint16_t> unused;
            for (std::size_t i = fold; i < train.size(); i += folds) {
                foldModel.run(data.words[i], firstPass[i], unused);
            }
        }
        if (options.log != nullptr) {
            *options.log << "pass 2 on all sentences\n";
        }
        model->pass2 = trainPass(*model, data, all, &firstPass, options, rows);
        model->twoPass = true;
    }
    return Tagger(std::move(model));
}

void Tagger::save(const std::string& path) const {
    ModelWriter w(MAGIC, VERSION);
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
    w.u8(model_->twoPass ? 1 : 0);
    writeWeights(w, model_->pass1);
    if (model_->twoPass) {
        writeWeights(w, model_->pass2);
    }
    w.save(path);
}

Tagger Tagger::load(const std::string& path) {
    ModelReader r = ModelReader::open(path, MAGIC, VERSION);
    auto model = std::make_shared<Model>();
    const std::uint32_t classes = r.u32();
    if (classes == 0 || classes > MAX_CLASSES) {
        r.fail("bad class count " + std::to_string(classes));
    }
    for (std::uint32_t c = 0; c < classes; ++c) {
        model->upos.push_back(r.str());
        model->xpos.push_back(r.str());
    }
    const std::uint32_t dictSize = r.u32();
    model->dictionary.reserve(dictSize);
    for (std::uint32_t i = 0; i < dictSize; ++i) {
        const std::uint64_t key = r.u64();
        const std::uint16_t c = r.u16();
        if (c >= classes) {
            r.fail("tag dictionary names class " + std::to_string(c));
        }
        model->dictionary.emplace(key, c);
    }
    model->twoPass = r.u8() != 0;
    model->pass1 = readWeights(r, classes);
    if (model->twoPass) {
        model->pass2 = readWeights(r, classes);
    }
    r.expectEnd();
    return Tagger(std::move(model));
}

void Tagger::tag(Sentence& sentence) const {
    thread_local std::vector<std::uint16_t> first;
    thread_local std::vector<std::uint16_t> final;
    const std::vector<WordInfo> words = wordInfos(sentence);
    model_->run(words, first, final);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        sentence.tokens[i].upos = model_->upos[final[i]];
        sentence.tokens[i].xpos = model_->xpos[final[i]];
    }
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
    return model_->pass1.rows + model_->pass2.rows;
}

std::size_t Tagger::weightCount() const {
    return model_->pass1.weights.size() + model_->pass2.weights.size();
}

} // namespace kg::ingest::nlp
