#pragma once
// Word classes from a lexicon: which of noun, verb, adjective and adverb a lowercase English word
// form can be, as a lemma or as a regular or irregular inflection of one. Read from Princeton
// WordNet's index.* and *.exc files for training; a tagger model keeps the table it was trained
// with, so tagging never needs WordNet itself.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <unordered_map>

namespace kg::ingest::nlp {

/// Bits of WordClasses::of: the classes a word is a lemma of, and the classes it inflects.
enum WordClass : std::uint8_t {
    WC_NOUN = 1,
    WC_VERB = 2,
    WC_ADJ = 4,
    WC_ADV = 8,
    WC_NOUN_INFLECTED = 16, ///< a plural: "tariffs", "children"
    WC_VERB_INFLECTED = 32, ///< "-s", "-ed", "-ing" or an irregular form: "imposing", "took"
    WC_ADJ_INFLECTED = 64,  ///< a comparative or superlative: "tougher", "best"
};

class WordClasses {
public:
    /// Reads index.noun/verb/adj/adv, and noun/verb/adj/adv.exc from `dir` (Debian:
    /// /usr/share/wordnet). Multi-word entries are skipped. Throws std::runtime_error
    /// ("dir/index.noun: cannot open file") when a file is missing.
    static WordClasses readWordNet(const std::string& dir);

    /// A table as `entries` returned it (from a model file).
    static WordClasses fromEntries(std::vector<std::pair<std::uint64_t, std::uint8_t>> entries);

    /// The WordClass bits of a lowercase form; 0 for a word the lexicon does not know. The
    /// inflected bits follow WordNet's detachment rules ("-ies" → "-y", "-ed" → "", "-er" → "-e",
    /// ...) to a lemma of that class, or its exception lists.
    std::uint8_t of(std::string_view lower) const;

    /// The table, sorted by key: form hash → bits of the form itself (lemma classes, and the
    /// inflected classes of an irregular form).
    std::vector<std::pair<std::uint64_t, std::uint8_t>> entries() const;

    bool empty() const { return table_.empty(); }
    std::size_t size() const { return table_.size(); }

private:
    std::uint8_t lookup(std::string_view form) const;
    std::unordered_map<std::uint64_t, std::uint8_t> table_;
};

} // namespace kg::ingest::nlp
