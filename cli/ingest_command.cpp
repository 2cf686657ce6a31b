#include "cli/commands.h"

#include "cli/article_input.h"

#include "graph/store.h"
#include "ingest/diagnostic.h"
#include "ingest/statement_files.h"

#include <algorithm>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace kg::cli {

namespace {

struct IngestArgs {
    std::vector<std::string> files;
    std::string format;
    bool skipBad = false;
    ArticleArgs article; // --date, --source, --aliases, --models, --all
};

// Articles (.txt, .md, .html, or any file with --format article) go through the NLP pipeline;
// the rest are statement files.
bool readsAsArticle(const IngestArgs& args, const std::string& file) {
    if (!args.format.empty()) {
        return args.format == "article";
    }
    return isArticleFile(file);
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

void runIngest(const IngestArgs& args, Context& context) {
    std::vector<std::string> statementFiles;
    std::vector<std::string> articleFiles;
    for (const std::string& file : args.files) {
        (readsAsArticle(args, file) ? articleFiles : statementFiles).push_back(file);
    }
    if (articleFiles.size() > 1 && std::count(articleFiles.begin(), articleFiles.end(), "-") > 0) {
        throw CommandError{EXIT_USAGE, "standard input (-) can only be the one article"};
    }

    // Read and check everything before the store is touched.
    ingest::ReadResult read;
    if (!statementFiles.empty()) {
        ingest::IngestOptions options;
        options.skipBad = args.skipBad;
        read = ingest::readStatementFiles(statementFiles, context.io.in,
                                          args.format == "article" ? "" : args.format, options);
    }
    std::size_t errors = 0;
    for (const ingest::Diagnostic& d : read.diagnostics) {
        context.io.err << ingest::formatDiagnostic(d) << '\n';
        errors += d.severity == ingest::Severity::Error ? 1 : 0;
    }
    ArticleRunner runner(args.article, context);
    std::vector<PreparedArticle> articles;
    for (const std::string& file : articleFiles) {
        if (std::optional<PreparedArticle> article = runner.prepare(file)) {
            articles.push_back(std::move(*article));
        } else {
            ++errors; // the reader printed why
        }
    }
    if (errors > 0) {
        context.io.err << "kg: nothing was stored: " << plural(errors, "error") << " in the input"
                       << (args.skipBad || statementFiles.empty()
                               ? ""
                               : " (--skip-bad keeps the good records)")
                       << '\n';
        context.exitCode = EXIT_INPUT;
        return;
    }

    // One transaction: statement files, then each article streamed sentence by sentence.
    graph::Store store = graph::Store::open(context.dbPath, graph::OpenMode::ReadWrite);
    std::set<std::string> hashes;
    auto isNew = [&](const std::string& name, const std::string& hash) {
        if (store.hasDocument(hash) || !hashes.insert(hash).second) {
            context.io.out << name << ": already ingested (same content), nothing added\n";
            return false;
        }
        return true;
    };
    graph::IngestSession session = store.beginIngest();
    std::size_t documents = 0;
    for (const ingest::InputDocument& doc : read.documents) {
        if (isNew(doc.name, doc.hash)) {
            session.addDocument({doc.name, doc.hash, "", "", ""});
            for (const graph::Statement& s : doc.statements) {
                session.addStatement(s);
            }
            ++documents;
        }
    }
    for (PreparedArticle& article : articles) {
        if (!isNew(article.name, article.hash)) {
            continue;
        }
        const ingest::article::Document& d = article.document;
        session.addDocument({article.name, article.hash, d.title, d.date.value_or(""), d.source});
        std::set<std::string> used;
        const ingest::resolve::ArticleSummary summary =
            runner.extract(article, [&](graph::Statement&& s) {
                used.insert(s.subject);
                used.insert(s.object);
                session.addStatement(s);
            });
        // Other names of the actors the statements use ("CAC"), so that queries and later
        // documents find them.
        for (const ingest::resolve::DocEntity& e : summary.entities) {
            if (used.count(e.name) > 0) {
                for (const std::string& alias : e.aliases) {
                    session.addAlias({alias, e.name});
                }
            }
        }
        article = PreparedArticle{}; // its text is no longer needed
        ++documents;
    }
    if (documents == 0) {
        return;
    }
    session.commit();
    context.io.out << "Stored " << plural(session.statementCount(), "statement") << " from "
                   << plural(documents, "document") << " in " << context.dbPath << '\n';
}

} // namespace

void registerIngestCommands(CLI::App& app, Context& context) {
    auto args = std::make_shared<IngestArgs>();
    CLI::App* cmd = app.add_subcommand(
        "ingest", "Read news articles (.txt, .md, .html) and statements (TSV, CSV, JSON Lines, "
                  "JSON) into the store, all or nothing");
    cmd->add_option("files", args->files, "Input files; - reads standard input (needs --format)")
        ->required();
    cmd->add_option("--format", args->format,
                    "Input format: article, tsv, csv, jsonl, json (default: from each file's "
                    "extension; .txt, .md and .html are articles)");
    cmd->add_flag("--skip-bad", args->skipBad,
                  "Store the good records and report each bad one instead of storing nothing");
    addArticleOptions(*cmd, args->article);
    cmd->callback([args, &context] { runIngest(*args, context); });
}

} // namespace kg::cli
