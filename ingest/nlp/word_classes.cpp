#include "ingest/nlp/word_classes.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>

namespace kg::ingest::nlp {

namespace {

constexpr std::uint64_t HASH_START = 0x84222325CBF29CE4ULL;

// FNV-1a, continued from `h`: hash(a + b) == more(more(HASH_START, a), b).
std::uint64_t more(std::uint64_t h, std::string_view s) {
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::uint64_t formHash(std::string_view s) { return more(HASH_START, s); }

struct FileClass {
    const char* name; ///< "noun" for index.noun and noun.exc
    std::uint8_t lemma;
    std::uint8_t inflected;
};

constexpr std::array<FileClass, 4> FILES{{
    {"noun", WC_NOUN, WC_NOUN_INFLECTED},
    {"verb", WC_VERB, WC_VERB_INFLECTED},
    {"adj", WC_ADJ, WC_ADJ_INFLECTED},
    {"adv", WC_ADV, 0},
}};

// A regular inflection: a form ending in `suffix` may be a lemma of class `lemma` ending in
// `ending` instead ("-ies" → "-y").
struct Detachment {
    std::string_view suffix;
    std::string_view ending;
    std::uint8_t lemma;
    std::uint8_t inflected;
};

constexpr std::array<Detachment, 20> DETACHMENTS{{
    {"s", "", WC_NOUN, WC_NOUN_INFLECTED},
    {"ses", "s", WC_NOUN, WC_NOUN_INFLECTED},
    {"xes", "x", WC_NOUN, WC_NOUN_INFLECTED},
    {"zes", "z", WC_NOUN, WC_NOUN_INFLECTED},
    {"ches", "ch", WC_NOUN, WC_NOUN_INFLECTED},
    {"shes", "sh", WC_NOUN, WC_NOUN_INFLECTED},
    {"men", "man", WC_NOUN, WC_NOUN_INFLECTED},
    {"ies", "y", WC_NOUN, WC_NOUN_INFLECTED},
    {"s", "", WC_VERB, WC_VERB_INFLECTED},
    {"ies", "y", WC_VERB, WC_VERB_INFLECTED},
    {"es", "e", WC_VERB, WC_VERB_INFLECTED},
    {"es", "", WC_VERB, WC_VERB_INFLECTED},
    {"ed", "e", WC_VERB, WC_VERB_INFLECTED},
    {"ed", "", WC_VERB, WC_VERB_INFLECTED},
    {"ing", "e", WC_VERB, WC_VERB_INFLECTED},
    {"ing", "", WC_VERB, WC_VERB_INFLECTED},
    {"er", "", WC_ADJ, WC_ADJ_INFLECTED},
    {"est", "", WC_ADJ, WC_ADJ_INFLECTED},
    {"er", "e", WC_ADJ, WC_ADJ_INFLECTED},
    {"est", "e", WC_ADJ, WC_ADJ_INFLECTED},
}};

std::ifstream openIn(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error(path + ": cannot open file");
    }
    return in;
}

// A single word of the lexicon: no multi-word entries ("united_states") and nothing empty.
bool singleWord(std::string_view w) {
    return !w.empty() && w.find('_') == std::string_view::npos;
}

} // namespace

WordClasses WordClasses::readWordNet(const std::string& dir) {
    WordClasses out;
    for (const FileClass& file : FILES) {
        // index.*: one lemma per line, first field; license lines start with spaces.
        const std::string indexPath = dir + "/index." + file.name;
        std::ifstream index = openIn(indexPath);
        std::string line;
        while (std::getline(index, line)) {
            if (line.empty() || line[0] == ' ') {
                continue;
            }
            const std::string_view lemma = std::string_view(line).substr(0, line.find(' '));
            if (singleWord(lemma)) {
                out.table_[formHash(lemma)] |= file.lemma;
            }
        }
        // *.exc: "inflected lemma [lemma...]".
        const std::string excPath = dir + "/" + file.name + ".exc";
        std::ifstream exc = openIn(excPath);
        while (std::getline(exc, line)) {
            const std::string_view form = std::string_view(line).substr(0, line.find(' '));
            if (singleWord(form) && file.inflected != 0) {
                out.table_[formHash(form)] |= file.inflected;
            }
        }
    }
    return out;
}

WordClasses
WordClasses::fromEntries(std::vector<std::pair<std::uint64_t, std::uint8_t>> entries) {
    WordClasses out;
    out.table_.reserve(entries.size());
    for (const auto& [key, bits] : entries) {
        out.table_.emplace(key, bits);
    }
    return out;
}

std::uint8_t WordClasses::lookup(std::string_view form) const {
    const auto it = table_.find(formHash(form));
    return it == table_.end() ? 0 : it->second;
}

std::uint8_t WordClasses::of(std::string_view lower) const {
    if (table_.empty() || lower.empty()) {
        return 0;
    }
    std::uint8_t bits = lookup(lower);
    // The hash of the form without its last k letters, for the detachments' lemma candidates.
    constexpr std::size_t LONGEST_SUFFIX = 4;
    std::array<std::uint64_t, LONGEST_SUFFIX + 1> stem{};
    if (lower.size() > LONGEST_SUFFIX) {
        std::uint64_t h = more(HASH_START, lower.substr(0, lower.size() - LONGEST_SUFFIX));
        for (std::size_t k = LONGEST_SUFFIX;; --k) {
            stem[k] = h;
            if (k == 0) {
                break;
            }
            h = more(h, lower.substr(lower.size() - k, 1));
        }
    } else {
        for (std::size_t k = 0; k < lower.size(); ++k) {
            stem[k] = more(HASH_START, lower.substr(0, lower.size() - k));
        }
    }
    for (const Detachment& d : DETACHMENTS) {
        const std::size_t k = d.suffix.size();
        if ((bits & d.inflected) != 0 || lower.size() <= k ||
            lower.substr(lower.size() - k) != d.suffix) {
            continue;
        }
        const auto it = table_.find(more(stem[k], d.ending));
        if (it != table_.end() && (it->second & d.lemma) != 0) {
            bits |= d.inflected;
        }
    }
    return bits;
}

std::vector<std::pair<std::uint64_t, std::uint8_t>> WordClasses::entries() const {
    std::vector<std::pair<std::uint64_t, std::uint8_t>> out(table_.begin(), table_.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace kg::ingest::nlp
