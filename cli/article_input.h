#pragma once
// What `kg extract` and `kg ingest` share for news articles: the --date/--source/--aliases/
// --models options, loading the NLP models and the gazetteer once, and reading one article file
// into statements with its diagnostics and an optional progress bar.

#include "cli/command.h"
#include "ingest/article/document.h"
#include "ingest/resolve/article_extractor.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

struct ArticleArgs {
    std::string date;                    ///< --date YYYY-MM-DD, empty when not given
    std::string source;                  ///< --source NAME
    std::vector<std::string> aliasFiles; ///< --aliases FILE (gazetteer format), repeatable
    std::string modelDir;                ///< --models DIR
    bool allFacts = false;               ///< --all: keep statements between two concepts
};

/// Adds --date, --source, --aliases, --models and --all to `cmd`.
void addArticleOptions(CLI::App& cmd, ArticleArgs& args);

/// True for the extensions read as articles: .txt .text .md .markdown .html .htm .xhtml.
bool isArticleFile(std::string_view path);

/// One article read and checked, ready for extraction.
struct PreparedArticle {
    std::string name;  ///< the file as named, "<stdin>" for standard input
    std::string hash;  ///< SHA-256 of the bytes
    std::string bytes; ///< the file as read
    ingest::article::Document document;
};

class ArticleRunner {
public:
    ArticleRunner(const ArticleArgs& args, Context& context);
    ~ArticleRunner();

    /// Reads and checks `file` ("-" for standard input): not UTF-8, binary, empty, a bad --date.
    /// Diagnostics are printed to the error stream; returns nullopt when the file cannot be used.
    std::optional<PreparedArticle> prepare(const std::string& file);

    /// Extracts the statements of a prepared article into `sink`, sentence by sentence, with a
    /// progress bar on standard error when it is a terminal. Loads the models on first use.
    ingest::resolve::ArticleSummary extract(const PreparedArticle& article,
                                            const ingest::resolve::StatementSink& sink);

private:
    struct Models;
    const Models& models();

    const ArticleArgs& args_;
    Context& context_;
    std::unique_ptr<Models> models_;
};

} // namespace kg::cli
