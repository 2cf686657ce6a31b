#pragma once
// Recognises the lines of a news page that are not the story: reading time, promotions,
// "Source: X", share/subscribe prompts, "Read more" links, navigation crumbs, bylines, and
// sub-headings that ran into the next sentence. Pure functions; linear in the line length.

#include "ingest/article/document.h"

#include <string>
#include <string_view>

namespace kg::ingest::article {

/// What a single line is. `kind` is Paragraph when the line is ordinary text.
struct LineClass {
    BlockKind kind = BlockKind::Paragraph;
    std::string reason; ///< "reading-time", "promotion", "source", "share-prompt", "read-more",
                        ///< "navigation", "byline", "copyright", "caption", "dateline"
    std::string source; ///< for "Source: X" lines: X
};

/// Classifies one line on its own (no heading detection, which needs the neighbours).
/// Example: classifyLine("3 min read").reason == "reading-time";
///          classifyLine("Source: Cryptopolitan").source == "Cryptopolitan".
LineClass classifyLine(std::string_view line);

/// True for a short line without final punctuation that reads as a title, not a sentence:
/// at most 15 words, starts with an upper-case letter or digit, does not end in . ! ? : ; , or a
/// closing quote. Example: looksLikeHeading("Stakeholders make coordinated push") == true.
bool looksLikeHeading(std::string_view line);

/// The length in bytes of a news-agency dateline that opens a paragraph, 0 when there is none:
/// an optional place in capitalised words, the outlet in parentheses, then a dash (or a place
/// alone, its first word in capitals: "SEOUL — ..."; then no outlet). The outlet
/// goes to `outlet`. Example: datelinePrefix("(Bloomberg) — The shares ...", outlet) == 16 with
/// outlet "Bloomberg"; "TOKYO, June 2 (Reuters) - Japan ..." gives "Reuters".
std::size_t datelinePrefix(std::string_view paragraph, std::string& outlet);

/// Marks the Paragraph blocks of `doc` that are boilerplate, and those that look like headings
/// and are followed by a paragraph. Sets `doc.source` from a "Source: X" line when empty, and
/// takes a dateline off the first story paragraph (its outlet becomes the source when empty).
void markBoilerplate(Document& doc);

} // namespace kg::ingest::article
