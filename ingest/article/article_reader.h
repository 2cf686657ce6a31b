#pragma once
// One entry point for news articles: picks the reader by extension (.txt, .md, .html) or by
// sniffing, marks boilerplate and headings, and settles title, date and source, with
// --date/--source overrides. Stateless and thread-safe.

#include "ingest/article/document.h"
#include "ingest/article/text_reader.h"

#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest::article {

enum class ArticleFormat { Auto, Plain, Markdown, Html };

struct ArticleOptions {
    ArticleFormat format = ArticleFormat::Auto;
    std::optional<std::string> date;   ///< --date: ISO date that overrides the text's own
    std::optional<std::string> source; ///< --source: outlet name that overrides the text's own
};

/// The format an article's extension names (.md/.markdown, .html/.htm/.xhtml, .txt/.text, any
/// case), or nullopt for any other file. Example: formatFromExtension("a.HTM") == Html.
std::optional<ArticleFormat> formatFromExtension(std::string_view file);
/// The format for `file`: .md/.markdown -> Markdown, .html/.htm/.xhtml -> Html, .txt/.text ->
/// Plain, otherwise Html when the bytes start with '<' (after spaces), else Plain.
ArticleFormat detectArticleFormat(std::string_view file, std::string_view bytes);

/// Reads an article end to end. A bad --date is a bad-value error. Example:
///     readArticle("Title\n\n3 min read\n\nBody.\n", "a.txt", {}).document->blocks[1].kind
///         == BlockKind::Boilerplate
ReadResult readArticle(std::string_view bytes, std::string_view file,
                       const ArticleOptions& options);

} // namespace kg::ingest::article
