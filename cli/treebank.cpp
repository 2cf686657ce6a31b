#include "cli/treebank.h"

#include "ingest/input.h"
#include "ingest/nlp/tagger.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace kg::cli {

std::vector<ingest::nlp::Sentence> readTreebank(const std::string& path, Context& context) {
    std::ifstream in;
    if (const std::optional<std::string> problem = ingest::openInputFile(path, in)) {
        throw CommandError{EXIT_INPUT, path + ": " + *problem};
    }
    ingest::nlp::ConlluReadResult result = ingest::nlp::readConllu(in, path);
    for (const ingest::Diagnostic& d : result.diagnostics) {
        context.io.err << ingest::formatDiagnostic(d) << "\n";
    }
    if (ingest::hasErrors(result.diagnostics)) {
        throw CommandError{EXIT_INPUT, path + ": malformed CoNLL-U, nothing done"};
    }
    if (result.sentences.empty()) {
        throw CommandError{EXIT_INPUT, path + ": no sentences"};
    }
    return std::move(result.sentences);
}

void writeTreebank(const std::string& path, const std::vector<ingest::nlp::Sentence>& sentences) {
    std::ofstream out(path);
    ingest::nlp::writeConllu(out, sentences);
    if (!out.flush()) {
        throw CommandError{EXIT_INPUT, path + ": cannot write"};
    }
}

std::string wordnetOrNone(const std::string& dir, const std::string& without, Context& context) {
    if (dir.empty()) {
        return dir;
    }
    for (const char* file : {"/verb.exc", "/index.noun"}) {
        if (!std::filesystem::exists(dir + file)) {
            context.io.err << "kg: " << dir << file << " not found, training without " << without
                           << "\n";
            return "";
        }
    }
    return dir;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void jackknifeTags(std::vector<ingest::nlp::Sentence>& sentences, int folds,
                   const std::string& wordnet, Context& context) {
    for (int fold = 0; fold < folds; ++fold) {
        // The other folds as they stand: the ones tagged already carry predicted tags.
        std::vector<ingest::nlp::Sentence> rest;
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            if (int(i % std::size_t(folds)) != fold) {
                rest.push_back(sentences[i]);
            }
        }
        ingest::nlp::TaggerOptions options;
        options.folds = 0;
        options.wordnetDir = wordnet;
        const auto start = std::chrono::steady_clock::now();
        const ingest::nlp::Tagger tagger = ingest::nlp::Tagger::train(rest, options);
        for (std::size_t i = std::size_t(fold); i < sentences.size(); i += std::size_t(folds)) {
            for (ingest::nlp::Token& t : sentences[i].tokens) {
                t.upos.clear();
                t.xpos.clear();
            }
            tagger.tag(sentences[i]);
        }
        context.io.err << "jack-knife tagger " << fold + 1 << "/" << folds << " in "
                       << number(secondsSince(start)) << " s\n";
    }
}

} // namespace kg::cli
