#include "ingest/diagnostic.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace kg::ingest {

std::string_view diagCodeName(DiagCode code) {
    switch (code) {
    case DiagCode::IoError:
        return "io-error";
    case DiagCode::InvalidUtf8:
        return "invalid-utf8";
    case DiagCode::BinaryInput:
        return "binary-input";
    case DiagCode::EmptyInput:
        return "empty-input";
    case DiagCode::UnknownFormat:
        return "unknown-format";
    case DiagCode::MissingColumn:
        return "missing-column";
    case DiagCode::DuplicateColumn:
        return "duplicate-column";
    case DiagCode::FieldCount:
        return "field-count";
    case DiagCode::UnterminatedQuote:
        return "unterminated-quote";
    case DiagCode::StrayQuote:
        return "stray-quote";
    case DiagCode::EmptyField:
        return "empty-field";
    case DiagCode::BadValue:
        return "bad-value";
    case DiagCode::JsonSyntax:
        return "json-syntax";
    case DiagCode::JsonShape:
        return "json-shape";
    case DiagCode::ConllSyntax:
        return "conll-syntax";
    case DiagCode::ConllTree:
        return "conll-tree";
    case DiagCode::TooLarge:
        return "too-large";
    case DiagCode::UnknownColumn:
        return "unknown-column";
    case DiagCode::SkippedRecord:
        return "skipped-record";
    }
    return "unknown";
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) {
            out += ':' + std::to_string(d.column);
        }
    }
    out += d.severity == Severity::Error ? ": error[" : ": warning[";
    out += diagCodeName(d.code);
    out += "]: ";
    out += d.message;
    if (!d.excerpt.empty()) {
        out += " \u2014 '";
        out += d.excerpt;
        out += '\'';
    }
    return out;
}

std::string makeExcerpt(std::string_view text, std::size_t maxChars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            if (i + 1 < text.size()) {
                out += "\u2026";
            }
            break;
        }
        const bool startsCharacter = (c & 0xC0) != 0x80;
        if (startsCharacter && chars == maxChars) {
            out += "\u2026";
            break;
        }
        if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            std::array<char, 8> buf{};
            std::snprintf(buf.data(), buf.size(), "\\x%02X", c);
            out += buf.data();
        } else {
            out += static_cast<char>(c);
        }
        if (startsCharacter) {
            ++chars;
        }
    }
    return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace kg::ingest
