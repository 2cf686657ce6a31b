#pragma once
// A parsed sentence as a tree, built once per sentence in O(words): heads, child lists and
// relations, plus the words of a span joined as they were written. Shared by entity resolution
// and the article extractor. Holds a reference: the sentence must outlive it.

#include "ingest/article/dates.h"
#include "ingest/article/text_util.h"
#include "ingest/nlp/conllu.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/tree_walk.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::resolve {

constexpr std::size_t NONE = static_cast<std::size_t>(-1);

using nlp::isOneOf;

struct SentenceTree {
    const nlp::Sentence& s;
    std::vector<std::vector<std::size_t>> children; ///< ascending word indices per word

    explicit SentenceTree(const nlp::Sentence& sentence)
        : s(sentence), children(sentence.tokens.size()) {
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            if (const std::size_t h = head(i); h != NONE) {
                children[h].push_back(i);
            }
        }
    }
    /// 0-based head of word `i`, NONE for the root or a head out of range.
    std::size_t head(std::size_t i) const {
        const int h = s.tokens[i].head;
        return h > 0 && static_cast<std::size_t>(h) <= s.tokens.size()
                   ? static_cast<std::size_t>(h - 1)
                   : NONE;
    }
    std::string_view rel(std::size_t i) const { return s.tokens[i].deprel; }
    std::string_view lemma(std::size_t i) const { return s.tokens[i].lemma; }
    /// Word `w` and every word below it, in ascending order.
    std::vector<std::size_t> subtree(std::size_t w) const {
        return subtree(w, [](std::size_t, std::size_t) { return true; });
    }
    /// Word `w` and the words below it reached through arcs `keep(head, child)` accepts, in
    /// ascending order.
    template <typename Keep> std::vector<std::size_t> subtree(std::size_t w, Keep keep) const {
        std::vector<std::size_t> out;
        std::vector<std::size_t> stack{w};
        while (!stack.empty()) {
            const std::size_t k = stack.back();
            stack.pop_back();
            out.push_back(k);
            for (std::size_t c : children[k]) {
                if (keep(k, c)) {
                    stack.push_back(c);
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    /// The word of the span first..last whose head lies outside it (the span's syntactic head;
    /// `last` if none does). Example: spanHead(2, 3) == 3 for "the Chinese company" at 1..3
    /// parsed with "Chinese" on "company".
    std::size_t spanHead(std::size_t first, std::size_t last) const {
        for (std::size_t m = first; m <= last; ++m) {
            if (const std::size_t h = head(m); h == NONE || h < first || h > last) {
                return m;
            }
        }
        return last;
    }
    /// The first child of `i` with one of `rels`, or NONE (also for `i` NONE: no word).
    std::size_t child(std::size_t i, std::initializer_list<std::string_view> rels) const {
        if (i >= children.size()) {
            return NONE;
        }
        for (std::size_t c : children[i]) {
            if (isOneOf(rel(c), rels)) {
                return c;
            }
        }
        return NONE;
    }
    /// The first child of `i` after it with relation `relation`, whose own preposition (its
    /// `case` child's lemma) is one of `preps`, that `accept(child)` takes; NONE if none.
    /// Example: phraseAfter(city, "nmod", {"of"}, any) is "Baltimore" in "the city of Baltimore".
    template <typename Accept>
    std::size_t phraseAfter(std::size_t i, std::string_view relation,
                            std::initializer_list<std::string_view> preps, Accept accept) const {
        for (std::size_t c : children[i]) {
            const std::size_t cs = child(c, {"case"});
            if (c > i && rel(c) == relation && cs != NONE && isOneOf(lemma(cs), preps) &&
                accept(c)) {
                return c;
            }
        }
        return NONE;
    }
};

/// Whether `form` is the possessive ending as the tokenizer splits it off ("China", "’s").
inline bool possessiveMark(std::string_view form) {
    return form == "'s" || form == "’s";
}

/// Whether `form` is an adjective that says when or how long a role is held ("former chief
/// executive", "the outgoing president", "acting director"): a fact of the role keeps it, since
/// "be former CEO of" is not "be CEO of".
inline bool roleTenureWord(std::string_view form) {
    return isOneOf(article::asciiLowered(form),
                   {"former", "ex", "erstwhile", "outgoing", "incoming", "interim", "acting",
                    "future", "prospective", "late"});
}

/// The words at `indices` (ascending) joined as written: no space where the text had none
/// ("Nvidia’s", "high-bandwidth"; offsets of 0 count as unknown) or before a possessive "'s".
/// Example: words "China", "’s", "plan" from raw text give "China’s plan".
inline std::string joinWords(const nlp::Sentence& s, const std::vector<std::size_t>& indices) {
    std::string out;
    std::size_t previous = NONE;
    for (std::size_t i : indices) {
        const nlp::Token& t = s.tokens[i];
        const bool glue =
            previous != NONE &&
            ((t.start == s.tokens[previous].end && t.start != 0) || possessiveMark(t.form));
        if (!out.empty() && !glue) {
            out += ' ';
        }
        out += t.form;
        previous = i;
    }
    return out;
}

/// The words first..last (inclusive) joined as written.
inline std::string joinWords(const nlp::Sentence& s, std::size_t first, std::size_t last) {
    std::vector<std::size_t> indices;
    for (std::size_t i = first; i <= last && i < s.tokens.size(); ++i) {
        indices.push_back(i);
    }
    return joinWords(s, indices);
}

/// The object of the verb that word `k` is what that verb makes or names it ("making *her* the
/// youngest prime minister" for "minister"), or NONE when `k` is no such second object or
/// complement.
inline std::size_t madeObject(const SentenceTree& t, std::size_t k) {
    const std::size_t v = t.head(k);
    if (v == NONE || !isOneOf(t.rel(k), {"obj", "xcomp"}) || !nlp::makingVerb(t.lemma(v))) {
        return NONE;
    }
    std::size_t object = NONE;
    for (std::size_t c : t.children[v]) {
        if (c < k && isOneOf(t.rel(c), {"obj", "iobj"})) {
            object = c;
        }
    }
    return object;
}

/// Whether the words first..last read as a date or a day: "on Wednesday", "in July 2023".
inline bool datePhrase(const nlp::Sentence& s, std::size_t first, std::size_t last) {
    // (Any reference date will do: only whether it is a date matters here.)
    return !article::resolveDates(joinWords(s, first, last), article::Date{2000, 1, 1}).empty();
}

} // namespace kg::ingest::resolve
