#include "cli/article_input.h"

#include "ingest/article/article_reader.h"
#include "ingest/article/gazetteer.h"
#include "ingest/diagnostic.h"
#include "ingest/input.h"
#include "ingest/nlp/model_path.h"
#include "ingest/nlp/pipeline.h"
#include "ingest/openie/extractor.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace kg::cli {

namespace article = kg::ingest::article;
namespace nlp = kg::ingest::nlp;
namespace openie = kg::ingest::openie;
namespace resolve = kg::ingest::resolve;

struct ArticleRunner::Models {
    nlp::Pipeline pipeline;
    openie::Extractor extractor;
    article::Gazetteer gazetteer;
    std::unique_ptr<resolve::ArticleExtractor> articles;
};

void addArticleOptions(CLI::App& cmd, ArticleArgs& args) {
    cmd.add_option("--date", args.date,
                   "Publication date of the articles (YYYY-MM-DD), for dates like \"On July 31\" "
                   "(default: found in the text)");
    cmd.add_option("--source", args.source, "Outlet that published the articles");
    cmd.add_option("--aliases", args.aliasFiles,
                   "Extra names file (gazetteer format: canonical_name, type, aliases); "
                   "may be repeated");
    cmd.add_option("--models", args.modelDir, "Model directory (default: KG_MODELS or models/)");
    cmd.add_flag("--all", args.allFacts,
                 "Keep statements between two concepts too (default: an actor on one side)");
}

bool isArticleFile(std::string_view path) {
    return article::formatFromExtension(path).has_value();
}

ArticleRunner::ArticleRunner(const ArticleArgs& args, Context& context)
    : args_(args), context_(context) {}

ArticleRunner::~ArticleRunner() = default;

const ArticleRunner::Models& ArticleRunner::models() {
    if (models_) {
        return *models_;
    }
    const std::string dir = args_.modelDir.empty() ? nlp::defaultModelDir() : args_.modelDir;
    std::optional<nlp::Pipeline> pipeline;
    try {
        pipeline = nlp::Pipeline::load(dir);
    } catch (const std::exception& e) {
        throw CommandError{EXIT_INPUT, std::string("cannot load the NLP models: ") + e.what()};
    }
    auto m = std::unique_ptr<Models>(new Models{std::move(*pipeline), openie::Extractor{}, {}, {}});
    std::vector<ingest::Diagnostic> diagnostics;
    bool ok = m->gazetteer.loadFile(dir + "/gazetteer.tsv", diagnostics);
    ok = m->gazetteer.loadGivenNamesFile(dir + "/given_names.txt", diagnostics) && ok;
    for (const std::string& file : args_.aliasFiles) {
        ok = m->gazetteer.loadFile(file, diagnostics) && ok;
    }
    for (const ingest::Diagnostic& d : diagnostics) {
        context_.io.err << ingest::formatDiagnostic(d) << '\n';
    }
    if (!ok) {
        throw CommandError{EXIT_INPUT, "the names files have errors; nothing was read"};
    }
    resolve::ArticleExtractOptions options;
    options.conceptPairs = args_.allFacts;
    m->articles = std::make_unique<resolve::ArticleExtractor>(m->pipeline, m->extractor,
                                                              m->gazetteer, options);
    models_ = std::move(m);
    return *models_;
}

namespace {

// A one-line progress bar on a terminal, redrawn at most ten times a second.
class ProgressBar {
public:
    ProgressBar(std::string name, bool enabled) : name_(std::move(name)), enabled_(enabled) {}
    ~ProgressBar() {
        if (enabled_ && drawn_) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
    }
    void update(std::size_t done, std::size_t total) {
        if (!enabled_ || total == 0) {
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done < total) {
            return;
        }
        last_ = now;
        drawn_ = true;
        constexpr int WIDTH = 30;
        const double share = static_cast<double>(done) / static_cast<double>(total);
        const int filled = static_cast<int>(share * WIDTH);
        const double seconds = std::chrono::duration<double>(now - start_).count();
        std::fprintf(stderr, "\r\033[K%s [%.*s%*s] %3d%% %.1f/%.1f MB %.0fs",
                     name_.substr(0, 40).c_str(), filled, "##############################",
                     WIDTH - filled, "", static_cast<int>(share * 100),
                     static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6, seconds);
        std::fflush(stderr);
    }

private:
    std::string name_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_;
};

} // namespace

std::optional<PreparedArticle> ArticleRunner::prepare(const std::string& file) {
    const std::string name = file == "-" ? "<stdin>" : file;
    auto error = [&](const std::string& message) {
        context_.io.err << ingest::formatDiagnostic({name, 0, 0, ingest::DiagCode::IoError, message,
                                                     "", ingest::Severity::Error})
                        << '\n';
        return std::nullopt;
    };
    std::optional<std::string> bytes;
    if (file == "-") {
        bytes = ingest::readAll(context_.io.in);
    } else {
        std::ifstream in;
        if (const std::optional<std::string> problem = ingest::openInputFile(file, in)) {
            return error(*problem);
        }
        bytes = ingest::readAll(in);
    }
    if (!bytes) {
        return error("cannot read the file");
    }
    article::ArticleOptions options;
    if (!args_.date.empty()) {
        options.date = args_.date;
    }
    if (!args_.source.empty()) {
        options.source = args_.source;
    }
    article::ReadResult read = article::readArticle(*bytes, name, options);
    for (const ingest::Diagnostic& d : read.diagnostics) {
        context_.io.err << ingest::formatDiagnostic(d) << '\n';
    }
    if (!read.document || ingest::hasErrors(read.diagnostics)) {
        return std::nullopt;
    }
    PreparedArticle out;
    out.name = name;
    out.hash = ingest::sha256Hex(*bytes);
    out.bytes = std::move(*bytes);
    out.document = std::move(*read.document);
    return out;
}

resolve::ArticleSummary ArticleRunner::extract(const PreparedArticle& article,
                                               const resolve::StatementSink& sink) {
    const Models& m = models();
    const bool terminal = &context_.io.err == &std::cerr && isatty(STDERR_FILENO) != 0;
    ProgressBar bar(article.name, terminal);
    return m.articles->extract(
        article.document, article.bytes, sink,
        [&](std::size_t done, std::size_t total) { bar.update(done, total); });
}

} // namespace kg::cli
