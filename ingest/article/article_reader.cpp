#include "ingest/article/article_reader.h"

#include "ingest/article/boilerplate.h"
#include "ingest/article/dates.h"
#include "ingest/article/html_reader.h"
#include "ingest/article/text_util.h"

namespace kg::ingest::article {
namespace {

bool endsWithNoCase(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           startsWithNoCase(text.substr(text.size() - suffix.size()), suffix);
}

} // namespace

std::optional<ArticleFormat> formatFromExtension(std::string_view file) {
    for (std::string_view ext : {".md", ".markdown"}) {
        if (endsWithNoCase(file, ext)) {
            return ArticleFormat::Markdown;
        }
    }
    for (std::string_view ext : {".html", ".htm", ".xhtml"}) {
        if (endsWithNoCase(file, ext)) {
            return ArticleFormat::Html;
        }
    }
    for (std::string_view ext : {".txt", ".text"}) {
        if (endsWithNoCase(file, ext)) {
            return ArticleFormat::Plain;
        }
    }
    return std::nullopt;
}

ArticleFormat detectArticleFormat(std::string_view file, std::string_view bytes) {
    if (std::optional<ArticleFormat> format = formatFromExtension(file)) {
        return *format;
    }
    std::string_view head = bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, 1024);
    head = trim(head);
    if (!head.empty() && head[0] == '<' &&
        (containsNoCase(head, "<html") || containsNoCase(head, "<!doctype") ||
         containsNoCase(head, "<body") || containsNoCase(head, "<p"))) {
        return ArticleFormat::Html;
    }
    return ArticleFormat::Plain;
}

ReadResult readArticle(std::string_view bytes, std::string_view file,
                       const ArticleOptions& options) {
    std::optional<Date> overrideDate;
    if (options.date) {
        overrideDate = parseIsoDate(*options.date);
        if (!overrideDate) {
            ReadResult bad;
            bad.diagnostics.push_back({std::string(file), 0, 0, DiagCode::BadValue,
                                       "--date must be YYYY-MM-DD, YYYY-MM or YYYY",
                                       makeExcerpt(*options.date), Severity::Error});
            return bad;
        }
    }
    ArticleFormat format = options.format;
    if (format == ArticleFormat::Auto) {
        format = detectArticleFormat(file, bytes);
    }
    ReadResult result = format == ArticleFormat::Html
                            ? readHtml(bytes, file)
                            : readText(bytes, file,
                                       format == ArticleFormat::Markdown ? TextFormat::Markdown
                                                                         : TextFormat::Plain);
    if (!result.document) {
        return result;
    }
    Document& doc = *result.document;
    markBoilerplate(doc);
    if (overrideDate) {
        doc.date = toIso(*overrideDate);
    } else if (!doc.date) {
        if (auto found = findArticleDate(doc.text)) {
            doc.date = toIso(found->value);
        }
    }
    if (options.source) {
        doc.source = *options.source;
    }
    return result;
}

} // namespace kg::ingest::article
