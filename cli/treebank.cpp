#include "cli/treebank.h"

#include <cstdio>
#include <fstream>
#include <ostream>

namespace kg::cli {

std::vector<ingest::nlp::Sentence> readTreebank(const std::string& path, Context& context) {
    std::ifstream in(path);
    if (!in) {
        throw CommandError{EXIT_INPUT, path + ": cannot open file"};
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

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace kg::cli
