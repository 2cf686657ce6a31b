#include "ingest/csv_reader.h"

#include "ingest/input.h"
#include "ingest/record.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg::ingest {

namespace {

struct Cell {
    std::string value;
    std::size_t offset = 0; ///< byte offset of the cell's first byte
    std::size_t line = 1;
    bool quoted = false;
};

struct Row {
    std::vector<Cell> cells;
    std::size_t offset = 0;
    std::size_t line = 1;
    std::optional<std::pair<std::size_t, std::size_t>> strayQuote; ///< (offset, line)
};

enum class RowStatus { Row, End, Unterminated };

// Splits text into rows of cells. Tracks the line number so positions cost nothing until used.
class RowParser {
public:
    RowParser(std::string_view text, DelimitedReader::Dialect dialect)
        : text_(text), csv_(dialect == DelimitedReader::Dialect::Csv),
          delimiter_(csv_ ? ',' : '\t') {}

    // Reads the next row into `row`. On Unterminated, `row.cells.back()` is the quoted cell.
    RowStatus next(Row& row) {
        row.cells.clear();
        row.strayQuote.reset();
        if (pos_ >= text_.size()) {
            return RowStatus::End;
        }
        row.offset = pos_;
        row.line = line_;
        while (true) {
            Cell& cell = row.cells.emplace_back();
            cell.offset = pos_;
            cell.line = line_;
            if (csv_ && pos_ < text_.size() && text_[pos_] == '"') {
                cell.quoted = true;
                if (!readQuoted(cell)) {
                    return RowStatus::Unterminated;
                }
                // After the closing quote only a delimiter or the end of the row may follow.
                if (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') {
                    noteStray(row, pos_);
                    readUnquoted(row, cell);
                }
            } else {
                readUnquoted(row, cell);
            }
            if (pos_ >= text_.size()) {
                return RowStatus::Row;
            }
            const char c = text_[pos_++];
            if (c == '\n') {
                ++line_;
                return RowStatus::Row;
            }
        }
    }

    std::string_view text() const { return text_; }

private:
    bool readQuoted(Cell& cell) {
        ++pos_; // opening quote
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    cell.value += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return true;
            }
            if (c == '\n') {
                ++line_;
            }
            cell.value += c;
            ++pos_;
        }
        return false;
    }

    void readUnquoted(Row& row, Cell& cell) {
        const std::size_t start = pos_;
        std::size_t end = text_.find_first_of(csv_ ? std::string_view(",\n") : "\t\n", pos_);
        if (end == std::string_view::npos) {
            end = text_.size();
        }
        const std::string_view raw = text_.substr(start, end - start);
        pos_ = end;
        if (csv_) {
            const std::size_t quote = raw.find('"');
            if (quote != std::string_view::npos) {
                noteStray(row, start + quote);
            }
            cell.value += raw;
            return;
        }
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 1 < raw.size()) {
                const char e = raw[i + 1];
                const char decoded = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
                if (e == 't' || e == 'n' || e == 'r' || e == '\\') {
                    cell.value += decoded;
                    ++i;
                    continue;
                }
            }
            cell.value += raw[i];
        }
    }

    void noteStray(Row& row, std::size_t offset) {
        if (!row.strayQuote) {
            row.strayQuote = std::make_pair(offset, line_);
        }
    }

    std::string_view text_;
    bool csv_;
    char delimiter_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

// Column of byte `offset`, counting characters from the start of its line.
std::size_t columnOf(std::string_view text, std::size_t offset) {
    const std::size_t before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = before == std::string_view::npos ? 0 : before + 1;
    std::size_t column = 1;
    for (std::size_t i = start; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return column;
}

bool isBlank(const Row& row) {
    if (row.cells.size() != 1 || row.cells[0].quoted) {
        return false;
    }
    return row.cells[0].value.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

std::string excerptAt(std::string_view text, std::size_t offset) {
    return makeExcerpt(lineAt(text, offset));
}

// Column i of a row → the field it fills, or nullopt for an ignored column.
using ColumnMap = std::vector<std::optional<Field>>;

// Reads the header row. Returns the map, or nullopt after reporting a file error. Sets
// `headerless` when the row is data (three fields, none named subject/relation/object).
std::optional<ColumnMap> readHeader(const Row& row, std::string_view text, bool csv,
                                    RecordCollector& out, bool& headerless) {
    ColumnMap map;
    std::vector<std::string> unknown;
    bool namesRequired = false;
    for (const Cell& cell : row.cells) {
        const auto field = fieldForName(cell.value);
        namesRequired = namesRequired || (field && isRequired(*field));
        map.push_back(field);
    }
    if (!namesRequired) {
        if (row.cells.size() == 3) {
            headerless = true;
            return ColumnMap{Field::Subject, Field::Relation, Field::Object};
        }
        std::string message = "the first row is neither a header naming subject, relation and "
                              "object nor a three-field headerless record (it has " +
                              std::to_string(row.cells.size()) + " fields)";
        const std::string_view firstLine = lineAt(text, row.offset);
        if (row.cells.size() == 1 && firstLine.find(csv ? '\t' : ',') != std::string_view::npos) {
            message += csv ? "; the row has tabs: is this TSV? (--format tsv)"
                           : "; the row has commas: is this CSV? (--format csv)";
        }
        out.fileError(row.line, 1, DiagCode::MissingColumn, std::move(message),
                      excerptAt(text, row.offset));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < map.size(); ++i) {
        const Cell& cell = row.cells[i];
        if (!map[i]) {
            unknown.push_back(cell.value);
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (map[j] == map[i]) {
                out.fileError(cell.line, columnOf(text, cell.offset), DiagCode::DuplicateColumn,
                              "column '" + cell.value + "' repeats column " +
                                  std::to_string(j + 1) + " ('" + row.cells[j].value + "')",
                              excerptAt(text, row.offset));
                return std::nullopt;
            }
        }
    }
    for (const Field required : {Field::Subject, Field::Relation, Field::Object}) {
        bool found = false;
        for (const auto& field : map) {
            found = found || field == required;
        }
        if (!found) {
            out.fileError(row.line, 1, DiagCode::MissingColumn,
                          "the header has no '" + std::string(fieldName(required)) + "' column",
                          excerptAt(text, row.offset));
            return std::nullopt;
        }
    }
    if (!unknown.empty()) {
        std::string names;
        for (const auto& name : unknown) {
            names += (names.empty() ? "'" : ", '") + makeExcerpt(name, 40) + "'";
        }
        out.warning(row.line, 1, DiagCode::UnknownColumn,
                    "ignoring unknown column" + std::string(unknown.size() > 1 ? "s " : " ") +
                        names,
                    excerptAt(text, row.offset));
    }
    return map;
}

void readRecord(const Row& row, const ColumnMap& map, std::string_view text, RecordCollector& out) {
    if (row.strayQuote) {
        const auto [offset, line] = *row.strayQuote;
        out.reject(line, columnOf(text, offset), DiagCode::StrayQuote,
                   "quote inside an unquoted field or after a closing quote",
                   excerptAt(text, offset));
        return;
    }
    if (row.cells.size() != map.size()) {
        const bool tooMany = row.cells.size() > map.size();
        const Cell& at = tooMany ? row.cells[map.size()] : row.cells.front();
        out.reject(at.line, tooMany ? columnOf(text, at.offset) : 1, DiagCode::FieldCount,
                   "expected " + std::to_string(map.size()) + " fields, found " +
                       std::to_string(row.cells.size()),
                   excerptAt(text, row.offset));
        return;
    }
    graph::Statement statement;
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (!map[i]) {
            continue;
        }
        const Cell& cell = row.cells[i];
        if (auto error = assignText(statement, *map[i], cell.value)) {
            out.reject(cell.line, columnOf(text, cell.offset), error->code,
                       std::move(error->message), excerptAt(text, row.offset));
            return;
        }
    }
    out.accept(std::move(statement));
}

} // namespace

IngestOutput DelimitedReader::read(std::istream& in, std::string_view file,
                                   const IngestOptions& options) const {
    auto bytes = readAll(in);
    if (!bytes) {
        RecordCollector out(file, options);
        out.fileError(0, 0, DiagCode::IoError, "reading the input failed");
        return out.finish();
    }
    return readText(std::move(*bytes), file, options);
}

IngestOutput DelimitedReader::readText(std::string bytes, std::string_view file,
                                       const IngestOptions& options) const {
    RecordCollector out(file, options);
    CheckedText checked = checkText(std::move(bytes), file);
    if (checked.error) {
        out.add(std::move(*checked.error));
        return out.finish();
    }
    const std::string_view text = checked.text;
    out.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    RowParser parser(text, dialect_);
    Row row;
    std::optional<ColumnMap> map;
    std::size_t records = 0;
    std::size_t headerLine = 0;
    while (true) {
        const RowStatus status = parser.next(row);
        if (status == RowStatus::End) {
            break;
        }
        if (status == RowStatus::Unterminated) {
            const Cell& cell = row.cells.back();
            out.fileError(cell.line, columnOf(text, cell.offset), DiagCode::UnterminatedQuote,
                          "the quoted field starting here has no closing quote",
                          excerptAt(text, cell.offset));
            break;
        }
        if (isBlank(row)) {
            continue;
        }
        if (!map) {
            bool headerless = false;
            map = readHeader(row, text, dialect_ == Dialect::Csv, out, headerless);
            if (!map) {
                break;
            }
            headerLine = row.line;
            if (!headerless) {
                continue;
            }
        }
        ++records;
        readRecord(row, *map, text, out);
    }
    if (map && records == 0) {
        out.warning(headerLine, 0, DiagCode::EmptyInput, "no records after the header");
    }
    return out.finish();
}

} // namespace kg::ingest
