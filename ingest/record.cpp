#include "ingest/record.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace kg::ingest {

namespace {

struct FieldNameEntry {
    std::string_view name;
    Field field;
};

// Canonical names first: fieldName() returns the first name of each field.
constexpr std::array<FieldNameEntry, 20> FIELD_NAMES = {{
    {"subject", Field::Subject},
    {"relation", Field::Relation},
    {"object", Field::Object},
    {"subject_type", Field::SubjectType},
    {"object_type", Field::ObjectType},
    {"subject_text", Field::SubjectText},
    {"relation_text", Field::RelationText},
    {"object_text", Field::ObjectText},
    {"negated", Field::Negated},
    {"confidence", Field::Confidence},
    {"date", Field::Date},
    {"source", Field::Source},
    {"text", Field::Evidence},
    {"doc", Field::Doc},
    {"sentence", Field::Sentence},
    {"start", Field::Start},
    {"end", Field::End},
    {"modality", Field::Modality},
    {"asserted", Field::Asserted},
    {"evidence", Field::Evidence},
}};

std::string_view trim(std::string_view s) {
    constexpr std::string_view SPACE = " \t\n\r\f\v";
    const std::size_t first = s.find_first_not_of(SPACE);
    if (first == std::string_view::npos) {
        return {};
    }
    return s.substr(first, s.find_last_not_of(SPACE) - first + 1);
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

FieldError badValue(Field field, std::string_view value, std::string_view expected) {
    std::string message = std::string(fieldName(field)) + " '" + makeExcerpt(value, 40) +
                          "' is not " + std::string(expected);
    return {DiagCode::BadValue, std::move(message)};
}

FieldError wrongJsonType(Field field, std::string_view got) {
    return {DiagCode::JsonShape,
            std::string(fieldName(field)) + " must be a string, not " + std::string(got)};
}

std::optional<FieldError> setBool(bool& target, Field field, std::string_view value) {
    static constexpr std::array<std::string_view, 3> YES = {"true", "yes", "1"};
    static constexpr std::array<std::string_view, 3> NO = {"false", "no", "0"};
    for (const auto word : YES) {
        if (equalsIgnoreCase(value, word)) {
            target = true;
            return std::nullopt;
        }
    }
    for (const auto word : NO) {
        if (equalsIgnoreCase(value, word)) {
            target = false;
            return std::nullopt;
        }
    }
    return badValue(field, value, "a boolean (true/false, yes/no, 1/0)");
}

std::optional<FieldError> setConfidence(graph::Statement& s, double value, std::string_view text) {
    if (!std::isfinite(value) || value < 0.0 || value > 1.0) {
        return badValue(Field::Confidence, text, "a number between 0 and 1");
    }
    s.confidence = value;
    return std::nullopt;
}

std::optional<FieldError> setPosition(graph::Statement& s, Field field, std::int64_t value,
                                      std::string_view text) {
    if (value < -1 || (field == Field::Sentence && value > 2147483647)) {
        return badValue(field, text, "an integer >= -1");
    }
    if (field == Field::Sentence) {
        s.sentence = static_cast<int>(value);
    } else if (field == Field::Start) {
        s.start = value;
    } else {
        s.end = value;
    }
    return std::nullopt;
}

bool isPositionField(Field f) {
    return f == Field::Sentence || f == Field::Start || f == Field::End;
}

std::string* textTarget(graph::Statement& s, Field field) {
    switch (field) {
    case Field::Subject:
        return &s.subject;
    case Field::Relation:
        return &s.relation;
    case Field::Object:
        return &s.object;
    case Field::SubjectText:
        return &s.subjectText;
    case Field::RelationText:
        return &s.relationText;
    case Field::ObjectText:
        return &s.objectText;
    case Field::Source:
        return &s.source;
    case Field::Evidence:
        return &s.text;
    case Field::Doc:
        return &s.doc;
    case Field::Modality:
        return &s.modality;
    default:
        return nullptr;
    }
}

} // namespace

std::optional<Field> fieldForName(std::string_view name) {
    name = trim(name);
    for (const auto& entry : FIELD_NAMES) {
        if (equalsIgnoreCase(name, entry.name)) {
            return entry.field;
        }
    }
    return std::nullopt;
}

std::string_view fieldName(Field field) {
    for (const auto& entry : FIELD_NAMES) {
        if (entry.field == field) {
            return entry.name;
        }
    }
    return "?";
}

bool isRequired(Field field) {
    return field == Field::Subject || field == Field::Relation || field == Field::Object;
}

bool isIsoDate(std::string_view text) {
    auto digits = [&](std::size_t from, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) {
        return false;
    }
    if (!digits(0, 4, year)) {
        return false;
    }
    if (text.size() == 4) {
        return true;
    }
    if (text[4] != '-' || !digits(5, 2, month) || month < 1 || month > 12) {
        return false;
    }
    if (text.size() == 7) {
        return true;
    }
    if (text[7] != '-' || !digits(8, 2, day)) {
        return false;
    }
    static constexpr std::array<int, 12> DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = month == 2 && !leap ? 28 : DAYS[static_cast<std::size_t>(month - 1)];
    return day >= 1 && day <= maxDay;
}

std::optional<FieldError> assignText(graph::Statement& s, Field field, std::string_view raw) {
    const std::string_view value = field == Field::Evidence ? raw : trim(raw);
    if (std::string* target = textTarget(s, field)) {
        if (isRequired(field) && value.empty()) {
            return FieldError{DiagCode::EmptyField, std::string(fieldName(field)) + " is empty"};
        }
        target->assign(value);
        return std::nullopt;
    }
    switch (field) {
    case Field::SubjectType:
    case Field::ObjectType: {
        auto& target = field == Field::SubjectType ? s.subjectType : s.objectType;
        if (value.empty()) {
            target.reset();
            return std::nullopt;
        }
        target = graph::parseEntityType(value);
        if (!target) {
            return badValue(field, value,
                            "an entity type (ORG, PERSON, GPE, PRODUCT, LAW, EVENT, CONCEPT, "
                            "OTHER)");
        }
        return std::nullopt;
    }
    case Field::Negated:
    case Field::Asserted: {
        bool& target = field == Field::Negated ? s.negated : s.asserted;
        if (value.empty()) {
            target = field == Field::Asserted;
            return std::nullopt;
        }
        return setBool(target, field, value);
    }
    case Field::Confidence: {
        if (value.empty()) {
            s.confidence = 1.0;
            return std::nullopt;
        }
        double number = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec != std::errc() || end != value.data() + value.size()) {
            return badValue(field, value, "a number between 0 and 1");
        }
        return setConfidence(s, number, value);
    }
    case Field::Date:
        if (!value.empty() && !isIsoDate(value)) {
            return badValue(field, value, "an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        s.date.assign(value);
        return std::nullopt;
    case Field::Sentence:
    case Field::Start:
    case Field::End: {
        if (value.empty()) {
            return setPosition(s, field, -1, value);
        }
        std::int64_t number = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec != std::errc() || end != value.data() + value.size()) {
            return badValue(field, value, "an integer >= -1");
        }
        return setPosition(s, field, number, value);
    }
    default:
        return badValue(field, value, "readable");
    }
}

std::optional<FieldError> assignBool(graph::Statement& s, Field field, bool value) {
    if (field == Field::Negated) {
        s.negated = value;
    } else if (field == Field::Asserted) {
        s.asserted = value;
    } else {
        return FieldError{DiagCode::JsonShape,
                          std::string(fieldName(field)) + " must not be a boolean"};
    }
    return std::nullopt;
}

std::optional<FieldError> assignNumber(graph::Statement& s, Field field, double value) {
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    const std::string text(buffer.data(), written.ptr);
    if (field == Field::Confidence) {
        return setConfidence(s, value, text);
    }
    if (isPositionField(field)) {
        if (!std::isfinite(value) || value != std::floor(value) || value < -1.0 || value > 9e15) {
            return badValue(field, text, "an integer >= -1");
        }
        return setPosition(s, field, static_cast<std::int64_t>(value), text);
    }
    if (textTarget(s, field) != nullptr) {
        return wrongJsonType(field, "a number");
    }
    return FieldError{DiagCode::JsonShape, std::string(fieldName(field)) + " must not be a number"};
}

std::optional<FieldError> assignInteger(graph::Statement& s, Field field, std::int64_t value) {
    if (isPositionField(field)) {
        return setPosition(s, field, value, std::to_string(value));
    }
    return assignNumber(s, field, static_cast<double>(value));
}

RecordCollector::RecordCollector(std::string_view file, const IngestOptions& options)
    : file_(file), options_(options) {}

void RecordCollector::accept(graph::Statement statement) {
    if (statement.doc.empty()) {
        statement.doc = file_;
    }
    output_.statements.push_back(std::move(statement));
}

void RecordCollector::reject(std::size_t line, std::size_t column, DiagCode code,
                             std::string message, std::string excerpt) {
    ++rejected_;
    if (!options_.skipBad) {
        add(Diagnostic{file_, line, column, code, std::move(message), std::move(excerpt)});
        return;
    }
    std::string reason = "skipped the record on line " + std::to_string(line) + ": " +
                         std::string(diagCodeName(code)) + ": " + message;
    add(Diagnostic{file_, line, column, DiagCode::SkippedRecord, std::move(reason),
                   std::move(excerpt), Severity::Warning});
}

void RecordCollector::fileError(std::size_t line, std::size_t column, DiagCode code,
                                std::string message, std::string excerpt) {
    add(Diagnostic{file_, line, column, code, std::move(message), std::move(excerpt)});
}

void RecordCollector::warning(std::size_t line, std::size_t column, DiagCode code,
                              std::string message, std::string excerpt) {
    add(Diagnostic{file_, line, column, code, std::move(message), std::move(excerpt),
                   Severity::Warning});
}

void RecordCollector::add(Diagnostic diagnostic) {
    output_.diagnostics.push_back(std::move(diagnostic));
}

IngestOutput RecordCollector::finish() {
    IngestOutput out = std::move(output_);
    output_ = {};
    return out;
}

} // namespace kg::ingest
