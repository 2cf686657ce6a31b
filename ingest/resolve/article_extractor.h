#pragma once
// From a read article to knowledge-graph statements: each paragraph sentence is tagged, parsed
// and turned into propositions, whose arguments are resolved to the document's entities
// (canonical names, types, coreference); times become dates; every statement carries its
// evidence (document, sentence, character span). An extractor holds only shared read-only models:
// one may serve several threads, each with its own documents.

#include "graph/statement.h"
#include "ingest/article/dates.h"
#include "ingest/article/document.h"
#include "ingest/article/gazetteer.h"
#include "ingest/nlp/pipeline.h"
#include "ingest/openie/extractor.h"
#include "ingest/resolve/entities.h"

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace kg::ingest::resolve {

struct ArticleExtractOptions {
    /// Keep statements whose subject and object are both concepts (no actor on either side).
    bool conceptPairs = false;
};

/// What one article gave.
struct ArticleResult {
    std::vector<graph::Statement> statements; ///< in sentence order
    std::vector<DocEntity> entities;          ///< the document's entities (surface forms included)
    std::size_t sentences = 0;                ///< paragraph sentences analysed
};

/// Called after each block with the plain-text bytes done and the total, for progress display.
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// Receives each statement as soon as its sentence is done.
using StatementSink = std::function<void(graph::Statement&& statement)>;

/// What a streamed article gave besides its statements.
struct ArticleSummary {
    std::vector<DocEntity> entities; ///< the document's entities (surface forms included)
    std::size_t sentences = 0;       ///< paragraph sentences analysed
    std::size_t statements = 0;      ///< statements handed to the sink
};

class ArticleExtractor {
public:
    /// The pipeline must include a parser; all three must outlive the extractor.
    ArticleExtractor(const nlp::Pipeline& pipeline, const openie::Extractor& extractor,
                     const article::Gazetteer& gazetteer, ArticleExtractOptions options = {})
        : pipeline_(pipeline), extractor_(extractor), gazetteer_(gazetteer), options_(options) {}

    /// Statements of one article. `original` is the file's bytes (the document's offset map
    /// points into it): evidence offsets are code points of the original file. `doc.file` names
    /// the document in every statement. Example:
    ///     ArticleResult r = ex.extract(*readArticle(bytes, "a.txt", {}).document, bytes);
    ArticleResult extract(const article::Document& doc, std::string_view original,
                          const ProgressFn& progress = {}) const;

    /// The same, streamed: statements go to `sink` sentence by sentence, so memory does not grow
    /// with their number (the document and its entities stay in memory).
    ArticleSummary extract(const article::Document& doc, std::string_view original,
                           const StatementSink& sink, const ProgressFn& progress = {}) const;

private:
    const nlp::Pipeline& pipeline_;
    const openie::Extractor& extractor_;
    const article::Gazetteer& gazetteer_;
    ArticleExtractOptions options_;
};

} // namespace kg::ingest::resolve
