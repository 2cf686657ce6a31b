#include "ingest/json_reader.h"

#include "ingest/input.h"
#include "ingest/record.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg::ingest {

namespace {

// A RapidJSON input stream over a string view, so JSON Lines parse without copying each line.
class ViewStream {
public:
    using Ch = char;
    explicit ViewStream(std::string_view text) : text_(text) {}
    Ch Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    Ch Take() { return pos_ < text_.size() ? text_[pos_++] : '\0'; }
    std::size_t Tell() const { return pos_; }
    // Only used by in-situ parsing, which this reader does not do.
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// Byte offsets to line:column, moving forward through the text (restarting only when asked
// about an earlier offset), so positions for many records cost one pass.
class PositionTracker {
public:
    PositionTracker(std::string_view text, std::size_t firstLine)
        : text_(text), firstLine_(firstLine), line_(firstLine) {}

    TextPosition at(std::size_t offset) {
        if (offset < offset_) {
            offset_ = 0;
            line_ = firstLine_;
            column_ = 1;
        }
        for (; offset_ < offset && offset_ < text_.size(); ++offset_) {
            const auto c = static_cast<unsigned char>(text_[offset_]);
            if (c == '\n') {
                ++line_;
                column_ = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column_;
            }
        }
        return {line_, column_};
    }

private:
    std::string_view text_;
    std::size_t firstLine_;
    std::size_t offset_ = 0;
    std::size_t line_;
    std::size_t column_ = 1;
};

// Unknown keys seen in a file, reported once at the end.
struct UnknownKeys {
    std::vector<std::string> names;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string excerpt;
};

constexpr unsigned PARSE_FLAGS =
    rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

// SAX handler that turns record objects into statements. Depth is a counter: nested values that
// are not records are skipped without recursion.
class RecordHandler {
public:
    RecordHandler(std::string_view text, std::size_t firstLine, bool allowArray,
                  RecordCollector& out, UnknownKeys& unknown, const ViewStream& stream)
        : text_(text), positions_(text, firstLine), allowArray_(allowArray), out_(out),
          unknown_(unknown), stream_(stream) {}

    bool Null() {
        return scalar(Scalar::Null,
                      [](graph::Statement&, Field) { return std::optional<FieldError>(); });
    }
    bool Bool(bool b) {
        return scalar(Scalar::Bool,
                      [b](graph::Statement& s, Field f) { return assignBool(s, f, b); });
    }
    bool Int(int i) { return Int64(i); }
    bool Uint(unsigned u) { return Int64(u); }
    bool Int64(std::int64_t i) {
        return scalar(Scalar::Number,
                      [i](graph::Statement& s, Field f) { return assignInteger(s, f, i); });
    }
    bool Uint64(std::uint64_t u) {
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return Int64(static_cast<std::int64_t>(u));
        }
        return Double(static_cast<double>(u));
    }
    bool Double(double d) {
        return scalar(Scalar::Number,
                      [d](graph::Statement& s, Field f) { return assignNumber(s, f, d); });
    }
    bool RawNumber(const char* str, rapidjson::SizeType length, bool copy) {
        return String(str, length, copy);
    }
    bool String(const char* str, rapidjson::SizeType length, bool) {
        const std::string_view value(str, length);
        stringValue_ = value;
        return scalar(Scalar::String,
                      [value](graph::Statement& s, Field f) { return assignText(s, f, value); });
    }

    bool Key(const char* str, rapidjson::SizeType length, bool) {
        const std::size_t start = valueStart();
        lastEnd_ = stream_.Tell();
        if (skipping()) {
            return true;
        }
        const std::string_view name(str, length);
        if (record_ && depth_ == recordDepth() + 1) {
            keyField_ = fieldForName(name);
            keyIsArgs_ = !keyField_ && name == "args";
            const std::size_t slot = keyIsArgs_  ? ARGS_SLOT
                                     : keyField_ ? static_cast<std::size_t>(*keyField_)
                                                 : NO_SLOT;
            if (slot != NO_SLOT) {
                if (record_->seen[slot]) {
                    recordError(start, DiagCode::DuplicateColumn,
                                "key '" + std::string(name) + "' appears twice in the record");
                }
                record_->seen[slot] = true;
            } else {
                noteUnknown(name, start);
            }
        } else if (arg_ && depth_ == recordDepth() + 3) {
            argKey_.assign(name);
        }
        return true;
    }

    bool StartObject() {
        const std::size_t start = valueStart();
        lastEnd_ = start + 1;
        if (!skipping()) {
            if (depth_ == 0) {
                openRecord(start);
            } else if (topArray_ && depth_ == 1) {
                openRecord(start);
            } else if (record_ && depth_ == recordDepth() + 1) {
                fieldShape(start, "an object");
            } else if (inArgs_ && depth_ == recordDepth() + 2) {
                arg_ = graph::Argument{};
            } else {
                argShape(start);
            }
        }
        ++depth_;
        return true;
    }

    bool StartArray() {
        const std::size_t start = valueStart();
        lastEnd_ = start + 1;
        if (!skipping()) {
            if (depth_ == 0) {
                if (allowArray_) {
                    topArray_ = true;
                } else {
                    topShape(start, "an array");
                    skipValue();
                }
            } else if (topArray_ && depth_ == 1) {
                elementShape(start, "an array");
                skipValue();
            } else if (record_ && depth_ == recordDepth() + 1) {
                if (keyIsArgs_) {
                    inArgs_ = true;
                } else {
                    fieldShape(start, "an array");
                }
            } else {
                argShape(start);
            }
        }
        ++depth_;
        return true;
    }

    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    std::size_t records() const { return records_; }

    // Hands what was read to the collector. A JSON Lines line that then fails to parse passes
    // keep=false: its record is rejected once, for the syntax error alone.
    void flush(bool keep) {
        if (!keep) {
            return;
        }
        for (auto& problem : problems_) {
            if (problem.wholeFile) {
                out_.fileError(problem.line, problem.column, problem.code,
                               std::move(problem.message), std::move(problem.excerpt));
            } else {
                out_.reject(problem.line, problem.column, problem.code, std::move(problem.message),
                            std::move(problem.excerpt));
            }
        }
        for (auto& statement : accepted_) {
            out_.accept(std::move(statement));
        }
    }

private:
    enum class Scalar { Null, Bool, Number, String };
    static constexpr std::size_t ARGS_SLOT = 31;
    static constexpr std::size_t NO_SLOT = 32;

    struct RecordState {
        graph::Statement statement;
        std::size_t start = 0;
        std::optional<std::pair<std::size_t, FieldError>> error; ///< first problem and its offset
        std::bitset<32> seen;
    };

    struct Problem {
        std::size_t line;
        std::size_t column;
        DiagCode code;
        std::string message;
        std::string excerpt;
        bool wholeFile;
    };

    void reject(std::size_t line, std::size_t column, DiagCode code, std::string message,
                std::string excerpt) {
        problems_.push_back({line, column, code, std::move(message), std::move(excerpt), false});
    }
    void fileError(std::size_t line, std::size_t column, DiagCode code, std::string message,
                   std::string excerpt) {
        problems_.push_back({line, column, code, std::move(message), std::move(excerpt), true});
    }

    std::size_t recordDepth() const { return topArray_ ? 1 : 0; }
    bool skipping() const { return skipUntil_.has_value(); }

    // Start of the value the current event reports: the next byte after whitespace and the
    // separators that follow the previous token.
    std::size_t valueStart() const {
        std::size_t i = lastEnd_;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' ||
                                    text_[i] == '\r' || text_[i] == ',' || text_[i] == ':')) {
            ++i;
        }
        return i;
    }

    template <typename Assign> bool scalar(Scalar kind, Assign assign) {
        const std::size_t start = valueStart();
        lastEnd_ = stream_.Tell();
        if (skipping()) {
            return true;
        }
        static constexpr const char* KIND_NAMES[] = {"null", "a boolean", "a number", "a string"};
        const char* kindName = KIND_NAMES[static_cast<int>(kind)];
        if (depth_ == 0) {
            topShape(start, kindName);
        } else if (topArray_ && depth_ == 1) {
            elementShape(start, kindName);
        } else if (record_ && depth_ == recordDepth() + 1) {
            if (kind == Scalar::Null) {
                return true; // a null field is an absent field
            }
            if (keyIsArgs_) {
                recordError(start, DiagCode::JsonShape,
                            std::string("args must be an array of objects, not ") + kindName);
            } else if (keyField_) {
                if (auto error = assign(record_->statement, *keyField_)) {
                    recordError(start, error->code, std::move(error->message));
                }
            }
        } else if (arg_ && depth_ == recordDepth() + 3) {
            std::string* target = argKey_ == "role"    ? &arg_->role
                                  : argKey_ == "text"  ? &arg_->text
                                  : argKey_ == "value" ? &arg_->value
                                                       : nullptr; // other keys are ignored
            if (target != nullptr && kind == Scalar::String) {
                target->assign(stringValue_);
            } else if (target != nullptr && kind != Scalar::Null) {
                recordError(start, DiagCode::JsonShape,
                            "args." + argKey_ + " must be a string, not " + kindName);
            }
        } else if (inArgs_ && depth_ == recordDepth() + 2) {
            recordError(start, DiagCode::JsonShape,
                        std::string("each of args must be an object, not ") + kindName);
        }
        return true;
    }

    bool close() {
        std::size_t end = valueStart();
        lastEnd_ = end + 1;
        --depth_;
        if (skipUntil_) {
            if (depth_ == *skipUntil_) {
                skipUntil_.reset();
            }
            return true;
        }
        if (record_ && depth_ == recordDepth()) {
            closeRecord();
        } else if (arg_ && depth_ == recordDepth() + 2) {
            record_->statement.args.push_back(std::move(*arg_));
            arg_.reset();
        } else if (inArgs_ && depth_ == recordDepth() + 1) {
            inArgs_ = false;
        }
        return true;
    }

    void openRecord(std::size_t start) {
        record_.emplace();
        record_->start = start;
        keyField_.reset();
        keyIsArgs_ = false;
    }

    void closeRecord() {
        ++records_;
        RecordState record = std::move(*record_);
        record_.reset();
        if (!record.error) {
            for (const Field required : {Field::Subject, Field::Relation, Field::Object}) {
                if (!record.seen[static_cast<std::size_t>(required)]) {
                    record.error = std::make_pair(
                        record.start, FieldError{DiagCode::MissingColumn,
                                                 "the record has no '" +
                                                     std::string(fieldName(required)) + "' key"});
                    break;
                }
            }
        }
        if (record.error) {
            auto& [offset, error] = *record.error;
            const TextPosition at = positions_.at(offset);
            reject(at.line, at.column, error.code, std::move(error.message),
                   makeExcerpt(lineAt(text_, offset)));
            return;
        }
        accepted_.push_back(std::move(record.statement));
    }

    void recordError(std::size_t offset, DiagCode code, std::string message) {
        if (record_ && !record_->error) {
            record_->error = std::make_pair(offset, FieldError{code, std::move(message)});
        }
    }

    // Ignores the events of the container that is being opened, up to its end.
    void skipValue() { skipUntil_ = depth_; }

    void fieldShape(std::size_t start, const char* kind) {
        if (keyField_) {
            recordError(start, DiagCode::JsonShape,
                        std::string(fieldName(*keyField_)) + " must not be " + kind);
        }
        skipValue();
    }

    // A container where args needs an object or a string. Unknown keys of an argument are
    // skipped like unknown keys of a record.
    void argShape(std::size_t start) {
        const bool unknownArgKey = arg_ && depth_ == recordDepth() + 3 && argKey_ != "role" &&
                                   argKey_ != "text" && argKey_ != "value";
        if (!unknownArgKey) {
            recordError(start, DiagCode::JsonShape,
                        "args must be an array of objects with string role, text and value");
        }
        skipValue();
    }

    void elementShape(std::size_t start, const char* kind) {
        const TextPosition at = positions_.at(start);
        ++records_;
        reject(at.line, at.column, DiagCode::JsonShape,
               std::string("a record must be an object, not ") + kind,
               makeExcerpt(lineAt(text_, start)));
    }

    void topShape(std::size_t start, const char* kind) {
        const TextPosition at = positions_.at(start);
        const std::string expected =
            allowArray_ ? "an object or an array of objects" : "an object (one a line)";
        if (allowArray_) {
            fileError(at.line, at.column, DiagCode::JsonShape,
                      "the document must be " + expected + ", not " + kind,
                      makeExcerpt(lineAt(text_, start)));
        } else {
            ++records_;
            reject(at.line, at.column, DiagCode::JsonShape,
                   "a record must be " + expected + ", not " + kind,
                   makeExcerpt(lineAt(text_, start)));
        }
    }

    void noteUnknown(std::string_view name, std::size_t start) {
        for (const auto& known : unknown_.names) {
            if (known == name) {
                return;
            }
        }
        if (unknown_.names.empty()) {
            const TextPosition at = positions_.at(start);
            unknown_.line = at.line;
            unknown_.column = at.column;
            unknown_.excerpt = makeExcerpt(lineAt(text_, start));
        }
        if (unknown_.names.size() < 20) {
            unknown_.names.emplace_back(name);
        }
    }

    std::string_view text_;
    PositionTracker positions_;
    bool allowArray_;
    RecordCollector& out_;
    UnknownKeys& unknown_;
    const ViewStream& stream_;

    std::size_t depth_ = 0;
    std::size_t lastEnd_ = 0;
    bool topArray_ = false;
    std::optional<std::size_t> skipUntil_;
    std::optional<RecordState> record_;
    std::optional<Field> keyField_;
    bool keyIsArgs_ = false;
    bool inArgs_ = false;
    std::optional<graph::Argument> arg_;
    std::string argKey_;
    std::string_view stringValue_;
    std::size_t records_ = 0;
    std::vector<graph::Statement> accepted_;
    std::vector<Problem> problems_;
};

// Parses one JSON text (a whole document or one line). Returns the number of records seen.
std::size_t parseJson(std::string_view text, std::size_t firstLine, bool document,
                      RecordCollector& out, UnknownKeys& unknown) {
    ViewStream stream(text);
    RecordHandler handler(text, firstLine, document, out, unknown, stream);
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<PARSE_FLAGS>(stream, handler);
    // A whole document keeps what was read before a syntax error (the error fails the file
    // anyway); a line is one record, reported once.
    handler.flush(result || document);
    if (!result) {
        PositionTracker positions(text, firstLine);
        std::size_t offset = result.Offset();
        if (result.Code() == rapidjson::kParseErrorDocumentRootNotSingular) {
            // Point at the second value, not at the space before it.
            while (offset < text.size() && (text[offset] == ' ' || text[offset] == '\t' ||
                                            text[offset] == '\n' || text[offset] == '\r')) {
                ++offset;
            }
        }
        const TextPosition at = positions.at(offset);
        const bool encoding = result.Code() == rapidjson::kParseErrorStringInvalidEncoding;
        std::string message = rapidjson::GetParseError_En(result.Code());
        if (!message.empty() && message.back() == '.') {
            message.pop_back();
        }
        if (document && result.Code() == rapidjson::kParseErrorDocumentRootNotSingular) {
            message += " (several values in one file: is this JSON Lines? use --format jsonl)";
        }
        const DiagCode code = encoding ? DiagCode::InvalidUtf8 : DiagCode::JsonSyntax;
        const std::string excerpt = makeExcerpt(lineAt(text, offset));
        if (document) {
            out.fileError(at.line, at.column, code, std::move(message), excerpt);
        } else {
            out.reject(at.line, at.column, code, std::move(message), excerpt);
        }
        return 1;
    }
    return handler.records();
}

} // namespace

IngestOutput JsonReader::read(std::istream& in, std::string_view file,
                              const IngestOptions& options) const {
    auto bytes = readAll(in);
    if (!bytes) {
        RecordCollector out(file, options);
        out.fileError(0, 0, DiagCode::IoError, "reading the input failed");
        return out.finish();
    }
    return readText(std::move(*bytes), file, options);
}

IngestOutput JsonReader::readText(std::string bytes, std::string_view file,
                                  const IngestOptions& options) const {
    RecordCollector out(file, options);
    CheckedText checked = checkText(std::move(bytes), file);
    if (checked.error) {
        out.add(std::move(*checked.error));
        return out.finish();
    }
    const std::string_view text = checked.text;
    UnknownKeys unknown;
    std::size_t records = 0;
    if (layout_ == Layout::Document) {
        records = parseJson(text, 1, true, out, unknown);
    } else {
        out.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
        std::size_t line = 1;
        for (std::size_t start = 0; start < text.size(); ++line) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) {
                end = text.size();
            }
            const std::string_view row = text.substr(start, end - start);
            if (row.find_first_not_of(" \t\r\f\v") != std::string_view::npos) {
                records += parseJson(row, line, false, out, unknown);
            }
            start = end + 1;
        }
    }
    if (!unknown.names.empty()) {
        std::string names;
        for (const auto& name : unknown.names) {
            names += (names.empty() ? "'" : ", '") + makeExcerpt(name, 40) + "'";
        }
        out.warning(unknown.line, unknown.column, DiagCode::UnknownColumn,
                    "ignoring unknown key" + std::string(unknown.names.size() > 1 ? "s " : " ") +
                        names,
                    unknown.excerpt);
    }
    if (records == 0 && !hasErrors(out.diagnostics())) {
        out.warning(0, 0, DiagCode::EmptyInput, "the input holds no records");
    }
    return out.finish();
}

} // namespace kg::ingest
