#pragma once
// Test helpers shared by the article reader tests: read a data file, and print a Document as
// one line per block (kind, reason, text) after its metadata, for golden comparisons.

#include "ingest/article/document.h"

#include <fstream>
#include <sstream>
#include <string>

namespace kg::ingest::article::test_support {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string dump(const Document& doc) {
    std::ostringstream out;
    out << "title: " << doc.title << "\n";
    out << "date: " << doc.date.value_or("-") << "\n";
    out << "source: " << doc.source << "\n";
    for (const Block& block : doc.blocks) {
        out << blockKindName(block.kind);
        if (!block.reason.empty()) {
            out << "(" << block.reason << ")";
        }
        out << "\t" << doc.blockText(block) << "\n";
    }
    return out.str();
}

} // namespace kg::ingest::article::test_support
