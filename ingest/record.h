#pragma once
// Named fields to graph::Statement, shared by every statement reader: the column/key names,
// value parsing and checks, and the collector that applies the skip-bad policy to rejected
// records. No I/O; not thread-safe per collector.

#include "graph/statement.h"
#include "ingest/diagnostic.h"
#include "ingest/ingester.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// A statement field a column or JSON key can name. Names (case-insensitive, trimmed) are the
/// DESIGN.md record keys plus `date`, `source`, `modality`, `asserted`; `evidence` = `text`.
enum class Field {
    Subject,
    Relation,
    Object,
    SubjectType,
    ObjectType,
    SubjectText,
    RelationText,
    ObjectText,
    Negated,
    Confidence,
    Date,
    Source,
    Evidence,
    Doc,
    Sentence,
    Start,
    End,
    Modality,
    Asserted,
};

/// The field a column name stands for, e.g. fieldForName(" Subject_Type ") == SubjectType.
std::optional<Field> fieldForName(std::string_view name);

/// The canonical name of a field ("subject_type").
std::string_view fieldName(Field field);

/// Subject, relation and object: a record without one of them is rejected.
bool isRequired(Field field);

/// Why a value was refused.
struct FieldError {
    DiagCode code = DiagCode::BadValue;
    std::string message;
};

/// Sets `field` from text (CSV/TSV cells, JSON strings). Surrounding whitespace is trimmed except
/// in the evidence sentence. Booleans: true/false/yes/no/1/0 (any case) or empty; confidence: a
/// number in 0..1; date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date); sentence/start/end:
/// integers >= -1; types: graph::parseEntityType or empty. Empty subject/relation/object is an
/// empty-field error. Example: assignText(s, Field::Confidence, "0.8") sets s.confidence = 0.8.
std::optional<FieldError> assignText(graph::Statement& statement, Field field,
                                     std::string_view value);
/// Sets a boolean field from a JSON boolean (json-shape error for other fields).
std::optional<FieldError> assignBool(graph::Statement& statement, Field field, bool value);
/// Sets confidence or an integer field from a JSON number (json-shape error for text fields).
std::optional<FieldError> assignNumber(graph::Statement& statement, Field field, double value);
/// Sets sentence/start/end (or confidence) from a JSON integer.
std::optional<FieldError> assignInteger(graph::Statement& statement, Field field,
                                        std::int64_t value);

/// True for YYYY, YYYY-MM and YYYY-MM-DD naming a real date ("2024-02-29" yes, "2023-02-29" no).
bool isIsoDate(std::string_view text);

/// Where a record starts, for diagnostics.
struct RecordPosition {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string excerpt;
};

/// Collects one file's statements and diagnostics and applies IngestOptions::skipBad: a rejected
/// record is an error, or with skipBad a `skipped-record` warning naming the line and reason.
class RecordCollector {
public:
    RecordCollector(std::string_view file, const IngestOptions& options);

    /// Room for about `records` statements (a hint).
    void reserve(std::size_t records) { output_.statements.reserve(records); }
    /// A good record. Statements without `doc` get the file name.
    void accept(graph::Statement statement);
    /// A bad record; `code` and `message` say why.
    void reject(std::size_t line, std::size_t column, DiagCode code, std::string message,
                std::string excerpt);
    /// A problem with the whole file: an error whatever the options.
    void fileError(std::size_t line, std::size_t column, DiagCode code, std::string message,
                   std::string excerpt = {});
    void warning(std::size_t line, std::size_t column, DiagCode code, std::string message,
                 std::string excerpt = {});
    void add(Diagnostic diagnostic);

    const std::string& file() const { return file_; }
    std::size_t rejected() const { return rejected_; }
    const std::vector<Diagnostic>& diagnostics() const { return output_.diagnostics; }
    IngestOutput finish();

private:
    std::string file_;
    IngestOptions options_;
    IngestOutput output_;
    std::size_t rejected_ = 0;
};

} // namespace kg::ingest
