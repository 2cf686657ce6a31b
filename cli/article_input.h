#pragma once
// What `kg extract` and `kg ingest` share for news articles: the --date/--source/--aliases/
// --models options, loading the NLP models and the gazetteer once, and reading one article file
// into statements with its diagnostics and an optional progress bar.

#include "cli/command.h"
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

/// One article read and turned into statements.
struct ArticleOutput {
    std::string name; ///< the file as named, "<stdin>" for standard input
    std::string hash; ///< SHA-256 of the bytes
    ingest::resolve::ArticleResult result;
};

class ArticleRunner {
public:
    ArticleRunner(const ArticleArgs& args, Context& context);
    ~ArticleRunner();

    /// Reads `file` ("-" for standard input) and extracts its statements. Diagnostics are printed
    /// to the error stream; returns nullopt when the file could not be used. A progress bar is
    /// drawn on standard error when it is a terminal.
    std::optional<ArticleOutput> run(const std::string& file);

private:
    struct Models;
    const Models& models();

    const ArticleArgs& args_;
    Context& context_;
    std::unique_ptr<Models> models_;
};

} // namespace kg::cli
