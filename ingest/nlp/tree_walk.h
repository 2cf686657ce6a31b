#pragma once

// Walks over a parsed sentence's words (1-based HEAD, 0 for the root, as in CoNLL-U) that the
// pipeline's and the extractor's tree repairs share. Heads out of range are treated as no head,
// and every walk is bounded by the sentence length, so a broken tree ends a walk instead of
// looping.

#include "ingest/nlp/conllu.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest::nlp {

inline constexpr std::size_t NO_WORD = static_cast<std::size_t>(-1);

/// Whether `word` (a form, lemma, tag or relation) is one of `set`.
inline bool isOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

/// The index of word `k`'s head; NO_WORD for the root, a head out of range, or `k` out of range.
inline std::size_t headOf(const std::vector<Token>& w, std::size_t k) {
    return k < w.size() && w[k].head > 0 && static_cast<std::size_t>(w[k].head) <= w.size()
               ? static_cast<std::size_t>(w[k].head - 1)
               : NO_WORD;
}

/// The (last) word whose head is 0, or NO_WORD.
inline std::size_t rootOf(const std::vector<Token>& w) {
    std::size_t root = NO_WORD;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].head == 0) {
            root = i;
        }
    }
    return root;
}

/// Whether the heads make one tree: exactly one word on the root, and every word reaches it
/// without a cycle or a head out of range.
inline bool singleRootedTree(const std::vector<Token>& w) {
    std::size_t roots = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        roots += w[k].head == 0 ? 1 : 0;
        std::size_t up = k;
        std::size_t steps = 0;
        while (up != NO_WORD && w[up].head != 0 && steps <= w.size()) {
            up = headOf(w, up);
            ++steps;
        }
        if (up == NO_WORD || steps > w.size()) {
            return false;
        }
    }
    return roots == 1;
}

/// Whether word `a` is `b` or on the way from `b` to the root.
inline bool dominates(const std::vector<Token>& w, std::size_t a, std::size_t b) {
    for (std::size_t k = b, steps = 0; k != NO_WORD && steps <= w.size(); ++steps) {
        if (k == a) {
            return true;
        }
        k = headOf(w, k);
    }
    return false;
}

/// The first verb at word `k` or above it, or NO_WORD: the verb whose clause `k` is in.
inline std::size_t verbAtOrAbove(const std::vector<Token>& w, std::size_t k) {
    for (std::size_t steps = 0; k != NO_WORD && steps <= w.size(); ++steps) {
        if (w[k].upos == "VERB") {
            return k;
        }
        k = headOf(w, k);
    }
    return NO_WORD;
}

/// The words of `k`'s phrase as [first, last]: the edges of its subtree, punctuation included.
inline std::pair<std::size_t, std::size_t> phraseEdges(const std::vector<Token>& w, std::size_t k) {
    std::size_t first = k;
    std::size_t last = k;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (dominates(w, k, i)) {
            first = std::min(first, i);
            last = std::max(last, i);
        }
    }
    return {first, last};
}

/// Whether word `h` has a dependent whose relation `accept` takes.
template <typename Accept>
bool hasChild(const std::vector<Token>& w, std::size_t h, Accept accept) {
    return std::any_of(w.begin(), w.end(), [&](const Token& t) {
        return t.head == static_cast<int>(h) + 1 && accept(t.deprel);
    });
}

/// The last dependent of word `h` before word `limit` whose relation `accept` takes, or NO_WORD.
template <typename Accept>
std::size_t lastChildBefore(const std::vector<Token>& w, std::size_t h, std::size_t limit,
                            Accept accept) {
    std::size_t found = NO_WORD;
    for (std::size_t k = 0; h != NO_WORD && k < limit && k < w.size(); ++k) {
        if (headOf(w, k) == h && accept(w[k].deprel)) {
            found = k;
        }
    }
    return found;
}

/// The first word of verb `v`'s own words before it: an auxiliary or adverb of its right before
/// it (", could lose", ", had sued"), else the verb.
inline std::size_t clauseStart(const std::vector<Token>& w, std::size_t v) {
    std::size_t start = v;
    while (start > 0 && w[start - 1].head == static_cast<int>(v) + 1 &&
           (w[start - 1].deprel == "aux" || w[start - 1].deprel == "advmod")) {
        --start;
    }
    return start;
}

/// Whether conjunct `k` is an alternative set aside rather than one more member: a "rather
/// than", "instead of" or "not" before it among its own words ("in Belgium rather than China",
/// "Belgium, not China"), which makes it no argument of what its first conjunct is.
inline bool setAsideConjunct(const std::vector<Token>& w, std::size_t k) {
    if (k >= w.size() || w[k].deprel != "conj") {
        return false;
    }
    for (std::size_t c = headOf(w, k) == NO_WORD ? 0 : headOf(w, k) + 1; c < k; ++c) {
        if (headOf(w, c) == k && (w[c].deprel == "cc" || w[c].deprel == "advmod")) {
            const std::string_view f = w[c].form;
            if (f == "rather" || f == "instead" || f == "not" || f == "Not") {
                return true;
            }
        }
    }
    return false;
}

} // namespace kg::ingest::nlp
