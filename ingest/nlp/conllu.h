#pragma once
// CoNLL-U sentences (Universal Dependencies) in memory, with a reader that reports malformed
// lines as diagnostics and a writer. Multiword token lines ("1-2 don't") are kept as ranges over
// the syntactic words; empty nodes ("8.1") are skipped.

#include "ingest/diagnostic.h"

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::nlp {

/// One syntactic word. Offsets are into the original document text (not the sentence), as bytes
/// and as Unicode code points; both are 0 when the word did not come from raw text.
struct Token {
    std::string form;
    std::string lemma;
    std::string upos;
    std::string xpos;
    std::string feats;     ///< "_" or "Number=Sing|..."
    int head = -1;         ///< 1-based index of the head word, 0 for the root, -1 when not parsed
    std::string deprel;    ///< basic relation with subtype ("nsubj:pass"), empty when not parsed
    std::string misc;      ///< MISC column ("SpaceAfter=No"), "_" when empty
    std::size_t start = 0; ///< byte offset of the first byte
    std::size_t end = 0;   ///< byte offset one past the last byte
    std::size_t charStart = 0; ///< code point offset of the first character
    std::size_t charEnd = 0;   ///< code point offset one past the last character
};

/// A surface token that UD splits into several words, e.g. "don't" = words 3..4 (0-based,
/// inclusive).
struct MultiwordToken {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string form;
};

struct Sentence {
    std::string id;   ///< from "# sent_id = ...", may be empty
    std::string text; ///< from "# text = ..." or the raw sentence text
    std::vector<Token> tokens;
    std::vector<MultiwordToken> multiwords;
    std::size_t start = 0; ///< byte offset of the sentence in the document
    std::size_t end = 0;
    std::size_t charStart = 0; ///< code point offsets of the sentence in the document
    std::size_t charEnd = 0;
};

struct ConlluReadResult {
    std::vector<Sentence> sentences;
    std::vector<Diagnostic>
        diagnostics; ///< errors name the file and line; bad sentences are dropped
};

/// Reads all sentences of a CoNLL-U stream. `fileName` is used in diagnostics only.
/// Checks: 10 tab-separated columns, ids 1..n in order, heads within 0..n, one root when heads are
/// given. Example: `auto r = readConllu(in, "train.conllu"); if (hasErrors(r.diagnostics)) ...`
ConlluReadResult readConllu(std::istream& in, std::string_view fileName);

/// Writes sentences as CoNLL-U with "# sent_id" (when set) and "# text" comments; unknown fields
/// are written as "_", heads of unparsed words as "_".
void writeConllu(std::ostream& out, const std::vector<Sentence>& sentences);

} // namespace kg::ingest::nlp
