#pragma once

// What a word's letters say about it (capitals, small letters, camel case) and the short word
// lists the pipeline's tagging rules and tree repairs share. Pure functions of their argument.

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/tree_walk.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::ingest::nlp {

/// Whether `form` starts with a capital ASCII letter ("Boeing", "AI", "F-35").
inline bool capitalised(std::string_view form) {
    return !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
}

/// Whether every letter of `form` is a small ASCII letter ("yong"; not "" or "x86").
inline bool lowerLetters(std::string_view form) {
    return !form.empty() &&
           std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// Whether every letter of `form` is a capital ASCII letter ("BASF", "AI"; not "" or "F-35").
inline bool upperLetters(std::string_view form) {
    return !form.empty() &&
           std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// Whether lower-case `word` describes a company before its name: a word for a company,
/// "rival" or "chain" ("rival Apple", "chipmaker Nvidia", "carrier SkyWest", "the bakery chain
/// Crumbs").
inline bool companyDescription(std::string_view word) {
    return isOneOf(word, {"rival", "chain"}) || companyNoun(word);
}

/// Whether `form` is a capital and then small letters only ("Boeing", "Commission").
inline bool titleCase(std::string_view form) {
    return form.size() > 1 && capitalised(form) && lowerLetters(form.substr(1));
}

/// Whether `form` is a title that news writes right before a person's name ("Senator",
/// "Commerce Secretary", "Secretary-General").
inline bool titleBeforeAName(std::string_view form) {
    const std::string lower = lowercaseAscii(form);
    return officeTitle(lower) || hyphenatedTitle(lower) ||
           isOneOf(lower, {"president", "senator", "governor", "chancellor", "premier", "chairman",
                           "chairwoman", "director", "spokesman", "spokeswoman"});
}

/// Whether `form` is a word of letters in mixed case with a capital after its first letter:
/// "iPhone", "eBay", "xAI", and after a capital start with at least three small letters,
/// "VMware", "SoftBank", "OpenAI", or as capitalised words run together, "GoTo" (not "COVID",
/// "Nvidia", "x86", nor web text's "ONe", "NOTto", "FMs").
inline bool camelCase(std::string_view form) {
    if (form.size() < 3) {
        return false;
    }
    bool upperInside = false;
    std::size_t lower = 0;
    for (std::size_t i = 0; i < form.size(); ++i) {
        const char c = form[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
        upperInside = upperInside || (i > 0 && c >= 'A' && c <= 'Z');
        lower += c >= 'a' && c <= 'z' ? 1 : 0;
    }
    const bool lowerStart = form[0] >= 'a' && form[0] <= 'z';
    // (or words each a capital and small letters run together: "GoTo", "PayPal")
    bool titledParts = form[0] >= 'A' && form[0] <= 'Z';
    for (std::size_t i = 0; i + 1 < form.size() && titledParts; ++i) {
        titledParts =
            !(form[i] >= 'A' && form[i] <= 'Z' && form[i + 1] >= 'A' && form[i + 1] <= 'Z');
    }
    titledParts = titledParts && form.back() >= 'a' && form.back() <= 'z';
    return upperInside && (lowerStart || lower >= 3 || titledParts);
}

/// Word `t` read as a proper noun, its own lemma ("Holding", "Court", "Trade"): NNPS for a plural.
inline void retagAsName(Token& t) {
    t.upos = "PROPN";
    t.xpos = t.xpos == "NNS" ? "NNPS" : "NNP";
    t.lemma = t.form;
}

/// Whether a verb lemma can close a sentence as its report: "..., the company said".
inline bool closingReportVerb(std::string_view lemma) {
    return isOneOf(lemma, {"say", "add", "announce", "report", "state", "tell", "write"});
}

/// Whether `lower` (lower case) opens an adverbial clause: "as", "while", "because", ...
inline bool clauseSubordinator(std::string_view lower) {
    return isOneOf(lower, {"as", "while", "because", "after", "before", "since", "when", "although",
                           "though", "if", "until", "unless"});
}

/// Whether `lower` (lower case) is a plural unit of a span of time ("nine *minutes* later").
inline bool timeUnitPlural(std::string_view lower) {
    return isOneOf(lower, {"seconds", "minutes", "hours", "days", "weeks", "months", "years"});
}

/// Whether `lower` (lower case) places a span of time before it from now or then: "two days
/// *later*", "a year *ago*".
inline bool spanAnchor(std::string_view lower) {
    return isOneOf(lower, {"later", "earlier", "ago"});
}

} // namespace kg::ingest::nlp
