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
    ArticleRunner articles(args.article, context);
    std::vector<graph::NameEdit> aliases;
    for (const std::string& file : articleFiles) {
        std::optional<ArticleOutput> out = articles.run(file);
        if (!out) {
            ++errors; // the reader printed why
            continue;
        }
        // Other names of the actors the article's statements use ("CAC"), so that queries
        // and later documents find them.
        std::set<std::string> used;
        for (const graph::Statement& st : out->result.statements) {
            used.insert(st.subject);
            used.insert(st.object);
        }
        for (const ingest::resolve::DocEntity& e : out->result.entities) {
            if (used.count(e.name) > 0) {
                for (const std::string& alias : e.aliases) {
                    aliases.push_back({alias, e.name});
                }
            }
        }
        ingest::InputDocument doc;
        doc.name = out->name;
        doc.hash = out->hash;
        doc.statements = std::move(out->result.statements);
        read.documents.push_back(std::move(doc));
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

    graph::Store store = graph::Store::open(context.dbPath, graph::OpenMode::ReadWrite);
    std::vector<graph::DocumentInfo> documents;
    std::vector<graph::Statement> statements;
    std::set<std::string> hashes;
    for (const ingest::InputDocument& doc : read.documents) {
        if (store.hasDocument(doc.hash) || !hashes.insert(doc.hash).second) {
            context.io.out << doc.name << ": already ingested (same content), nothing added\n";
            continue;
        }
        graph::DocumentInfo info;
        info.name = doc.name;
        info.hash = doc.hash;
        documents.push_back(std::move(info));
        statements.insert(statements.end(), doc.statements.begin(), doc.statements.end());
    }
    if (documents.empty()) {
        return;
    }
    store.ingest(documents, statements, aliases);
    context.io.out << "Stored " << plural(statements.size(), "statement") << " from "
                   << plural(documents.size(), "document") << " in " << context.dbPath << '\n';
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
