#pragma once
// HTML pages to a Document: drops script, style, noscript, nav, header, footer, aside, form and
// similar; decodes entities; block elements become paragraph breaks; headings become Heading
// blocks; <title>, og:title, article:published_time, <time datetime> and og:site_name fill the
// metadata. One forward pass with no element stack: linear time on broken or deeply nested markup.

#include "ingest/article/document.h"
#include "ingest/article/text_reader.h"

#include <string>
#include <string_view>

namespace kg::ingest::article {

/// Reads an HTML page (UTF-8). Unclosed tags, stray '<' and unterminated comments or quotes are
/// read as leniently as browsers do; only invalid UTF-8, NUL bytes and pages without any text are
/// errors. When dropping page furniture leaves nothing (a <form> around the whole page), the
/// page is read again with the furniture kept. Example: readHtml("<p>A &amp; B</p>",
/// "a.html").document->text == "A & B".
ReadResult readHtml(std::string_view bytes, std::string_view file);

/// Decodes one character reference starting at `text[0] == '&'`: named (&amp; &nbsp; &rsquo;
/// and about a hundred more), decimal (&#8217;) and hex (&#x2019;). Returns the number of bytes
/// consumed (0 when it is not a reference) and appends the decoded text to `out`.
std::size_t decodeEntity(std::string_view text, std::string& out);

} // namespace kg::ingest::article
