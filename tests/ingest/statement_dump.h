#pragma once
// Test helper: statements and diagnostics as stable text, for table comparisons and golden files.

#include "graph/statement.h"
#include "ingest/diagnostic.h"

#include <string>
#include <vector>

namespace kg::ingest::testing {

/// "subject|relation|object" followed by every field that differs from its default, e.g.
/// "CAC|summon|Nvidia confidence=0.9 subject_type=ORG".
inline std::string describe(const graph::Statement& s) {
    std::string out = s.subject + "|" + s.relation + "|" + s.object;
    auto add = [&out](const char* key, const std::string& value) {
        if (!value.empty()) {
            out += ' ';
            out += key;
            out += '=';
            out += value;
        }
    };
    if (s.subjectType) {
        add("subject_type", std::string(graph::entityTypeName(*s.subjectType)));
    }
    if (s.objectType) {
        add("object_type", std::string(graph::entityTypeName(*s.objectType)));
    }
    add("subject_text", s.subjectText);
    add("relation_text", s.relationText);
    add("object_text", s.objectText);
    if (s.negated) {
        out += " negated";
    }
    if (!s.asserted) {
        out += " unasserted";
    }
    if (s.confidence != 1.0) {
        std::string number = std::to_string(s.confidence);
        number.erase(number.find_last_not_of('0') + 1);
        add("confidence", number);
    }
    add("date", s.date);
    add("source", s.source);
    add("modality", s.modality);
    add("text", s.text);
    if (s.sentence != -1) {
        add("sentence", std::to_string(s.sentence));
    }
    if (s.start != -1 || s.end != -1) {
        add("span", std::to_string(s.start) + ".." + std::to_string(s.end));
    }
    for (const auto& arg : s.args) {
        out += " arg(";
        out += arg.role;
        out += ',';
        out += arg.text;
        out += ',';
        out += arg.value;
        out += ')';
    }
    return out;
}

inline std::vector<std::string> describeAll(const std::vector<graph::Statement>& statements) {
    std::vector<std::string> out;
    for (const auto& s : statements) {
        out.push_back(describe(s));
    }
    return out;
}

inline std::vector<std::string> formatAll(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(formatDiagnostic(d));
    }
    return out;
}

} // namespace kg::ingest::testing
