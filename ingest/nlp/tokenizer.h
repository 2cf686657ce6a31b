#pragma once
// Rule-based English tokenizer and sentence splitter for news text, splitting words the way UD
// English EWT does ("do n't", "Nvidia 's", "long - term"). Pure functions of the input: thread
// safe, linear in the text length, never throws on any byte sequence.

#include "ingest/diagnostic.h"
#include "ingest/nlp/conllu.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

/// Splits raw UTF-8 text into sentences of words. Every word and sentence carries byte offsets
/// (`start`, `end`) and code point offsets (`charStart`, `charEnd`) into `text`; a word's form is
/// exactly `text.substr(start, end - start)`. Contractions and possessives become several words
/// plus a `MultiwordToken` for the written form. Blank lines, bullets and headline lines end a
/// sentence; abbreviations (U.S., Mr., Jan.) and quotes that go on do not. Invalid UTF-8 bytes
/// count as one character each.
/// Example: `tokenize("Nvidia’s chips don’t work.")` → one sentence with the words
/// Nvidia ’s chips do n’t work .
std::vector<Sentence> tokenize(std::string_view text);

/// The capital letters a text writes alone as a word, as names do ("the platform X across the
/// country"; "A" and "I" are words): after a small word and before a capitalised one, such a
/// letter with a period ends a sentence instead of being an initial ("fines owed by X. Musk
/// called ..."; "by J. K. Rowling" keeps its initials).
struct LetterNames {
    std::array<bool, 26> written{}; ///< 'A' to 'Z'
};

/// The letter names of `document`, found in one pass. Example: letterNames("platform X
/// grew").written['X' - 'A'] == true.
LetterNames letterNames(std::string_view document);

/// As `tokenize(text)`, with the letter names of the whole document `text` is part of (an
/// article tokenized paragraph by paragraph); `tokenize(text)` uses those of `text` itself.
std::vector<Sentence> tokenize(std::string_view text, const LetterNames& names);

/// Whether `word` is a place's name of capitalised words joined by hyphens through lower-case
/// particles, which `tokenize` keeps as one word: "Port-au-Prince", "Aix-en-Provence",
/// "Stratford-upon-Avon".
bool placeWithParticles(std::string_view word);

/// Whether `word` is the title of one office written with hyphens, which `tokenize` keeps as one
/// word: "Secretary-General", "director-general", "Commander-in-Chief" (any case).
bool hyphenatedTitle(std::string_view word);

/// The text with A-Z turned to a-z and every other byte kept (UTF-8 stays valid): the case
/// folding of the word features and tables of the tagger, lemmatizer and Open IE extractor.
/// Example: lowercaseAscii("Nvidia's H20") == "nvidia's h20".
std::string lowercaseAscii(std::string_view text);

/// The text with typographic quotes made straight ("’"/"‘" → "'", "“"/"”" → '"'), as EWT mostly
/// writes them: the word features of the tagger and the parser see "’s" as "'s".
/// Example: straightQuotes("China’s") == "China's".
std::string straightQuotes(std::string_view text);

/// As `straightQuotes`, for "’" and "‘" only (the lemmatizer's keys keep “ and ”).
/// Example: straightApostrophes("“China’s”") == "“China's”".
std::string straightApostrophes(std::string_view text);

/// Checks that `text` looks like UTF-8 text: returns an `invalid-utf8` or `binary-input` (NUL
/// byte) diagnostic naming `fileName`, line and column of the first problem, or nothing.
/// Example: `if (auto d = checkText(bytes, "a.txt")) std::cerr << formatDiagnostic(*d);`
std::optional<Diagnostic> checkText(std::string_view text, std::string_view fileName);

/// Token and sentence agreement of `tokenize` with a gold treebank.
struct TokenizerScores {
    std::size_t goldTokens = 0; ///< surface tokens ("don't" counts once)
    std::size_t predictedTokens = 0;
    std::size_t matchedTokens = 0; ///< same byte span
    std::size_t goldSentences = 0;
    std::size_t predictedSentences = 0;
    std::size_t matchedSentences = 0; ///< same byte span
    double tokenF1() const;
    double sentenceF1() const;
};

/// Joins the `# text` of the gold sentences with single spaces, tokenizes the result and
/// compares spans with the gold surface tokens (located in the text by their forms).
/// Example: `auto s = evaluateTokenizer(readConllu(in, "dev.conllu").sentences); s.tokenF1();`
TokenizerScores evaluateTokenizer(const std::vector<Sentence>& gold);

} // namespace kg::ingest::nlp
