#pragma once
// Plain-text and Markdown articles to a Document: paragraphs at blank lines, the first line as
// title when a blank line follows it and it reads as a headline, Markdown markup (headings,
// emphasis, links, lists, code) stripped with offsets kept. Linear in the input size; no state
// between calls.

#include "ingest/article/document.h"
#include "ingest/diagnostic.h"

#include <optional>
#include <string_view>
#include <vector>

namespace kg::ingest::article {

enum class TextFormat { Plain, Markdown };

/// A document, or the diagnostics that stopped reading (both may be present for warnings).
struct ReadResult {
    std::optional<Document> document;
    std::vector<Diagnostic> diagnostics;
};

/// Reads `bytes` (the whole file) as text. Invalid UTF-8, NUL bytes and empty input are errors
/// with file:line:column. Blocks are not yet classified as boilerplate (see markBoilerplate),
/// except that Markdown headings and the title are marked. Example:
///     readText("Title\n\nBody *text*.\n", "a.md", TextFormat::Markdown).document->text
///         == "Title\n\nBody text."
ReadResult readText(std::string_view bytes, std::string_view file, TextFormat format);

/// Removes inline Markdown from one line: emphasis, code spans, links `[t](u)` and images,
/// backslash escapes. Appends to `builder` with offsets relative to `lineOffset`.
void appendMarkdownInline(DocumentBuilder& builder, std::string_view line, std::size_t lineOffset);

/// The checks every article reader runs first: NUL bytes, invalid UTF-8, empty input.
/// Returns the diagnostic that stops the file, if any.
std::optional<Diagnostic> checkArticleBytes(std::string_view bytes, std::string_view file);

} // namespace kg::ingest::article
