#pragma once
// A problem found in an input file, reported as `file:line:col: error[code]: message — 'excerpt'`.
// Diagnostics are values: readers collect them and the CLI decides the exit code.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

/// One value per kind of input problem. The kebab-case name printed in `error[...]` is stable.
enum class DiagCode {
    IoError,           ///< io-error: the file cannot be opened or read
    InvalidUtf8,       ///< invalid-utf8: bytes that are not UTF-8
    BinaryInput,       ///< binary-input: NUL bytes or other signs of a non-text file
    EmptyInput,        ///< empty-input: nothing to read where something is required
    UnknownFormat,     ///< unknown-format: the format cannot be told from the name or option
    MissingColumn,     ///< missing-column: a header lacks a required column
    DuplicateColumn,   ///< duplicate-column: a header names a column twice
    FieldCount,        ///< field-count: a row has more or fewer fields than its header
    UnterminatedQuote, ///< unterminated-quote: a quoted field runs to the end of the input
    StrayQuote,  ///< stray-quote: a quote character inside an unquoted field or after a closing one
    EmptyField,  ///< empty-field: subject, relation or object is empty
    BadValue,    ///< bad-value: a field's value cannot be read (confidence, negated, type, date)
    JsonSyntax,  ///< json-syntax: the text is not JSON
    JsonShape,   ///< json-shape: valid JSON of the wrong shape (not an object, field of wrong type)
    ConllSyntax, ///< conll-syntax: a CoNLL-U line with the wrong number of columns or a bad id
    ConllTree,   ///< conll-tree: heads that do not form a single-rooted tree
    TooLarge,    ///< too-large: a record or token longer than the reader accepts
    UnknownColumn, ///< unknown-column: a column or key kg does not read, ignored (a warning)
    SkippedRecord, ///< skipped-record: a bad record left out because --skip-bad was given (a
                   ///< warning)
};

/// The stable name of a code, e.g. "invalid-utf8".
std::string_view diagCodeName(DiagCode code);

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;       ///< as the user named it; "<stdin>" for standard input
    std::size_t line = 0;   ///< 1-based; 0 when the problem concerns the whole file
    std::size_t column = 0; ///< 1-based, in characters; 0 when unknown
    DiagCode code = DiagCode::BadValue;
    std::string message;
    std::string excerpt; ///< the offending record or fragment, shortened to about 80 characters
    Severity severity = Severity::Error;
};

/// Formats as `file:line:col: error[code]: message — 'excerpt'` (line/col and excerpt only when
/// known). Example: `data.csv:3:7: error[stray-quote]: quote inside an unquoted field — 'a"b'`.
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// Shortens `text` for an excerpt: first line only, at most `maxChars` UTF-8 characters, "…" when
/// cut, control characters shown as \t, \r, \xNN.
std::string makeExcerpt(std::string_view text, std::size_t maxChars = 80);

/// True when any diagnostic is an error (warnings do not fail an operation).
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

} // namespace kg::ingest
