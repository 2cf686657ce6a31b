#pragma once
// Raw input to checked text: reading a stream into memory, the SHA-256 content hash, and the
// text checks every reader shares (BOM, CRLF, NUL bytes, UTF-8). Pure functions, thread-safe.

#include "ingest/diagnostic.h"

#include <cstddef>
#include <fstream>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

/// Reads all bytes of `in` (from its current position). A std::istringstream hands over its
/// string without a copy and is left empty. Returns nullopt when the stream fails before its end.
std::optional<std::string> readAll(std::istream& in);

/// "is a directory, not a file" when `path` names a directory, which a std::ifstream opens
/// without complaint and then reads nothing from; nullopt otherwise.
std::optional<std::string> directoryInsteadOfFile(const std::string& path);

/// Opens the file at `path` for reading its bytes into `file`; returns what is wrong when it
/// cannot be read: directoryInsteadOfFile's message, or "cannot open: " and the system's reason.
/// Example: openInputFile("/tmp", f) == "is a directory, not a file".
std::optional<std::string> openInputFile(const std::string& path, std::ifstream& file);

/// SHA-256 of `bytes` (FIPS 180-4) as 64 lowercase hex digits.
/// Example: sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".
std::string sha256Hex(std::string_view bytes);

/// Text ready for a reader, or the diagnostic that stops the file.
struct CheckedText {
    std::string text;                ///< without BOM, CRLF turned into LF
    std::optional<Diagnostic> error; ///< binary-input, invalid-utf8 or empty-input
};

/// Removes a UTF-8 byte order mark, turns CRLF into LF (lone CR is kept), rejects NUL bytes
/// (binary-input), bytes that are not UTF-8 (invalid-utf8, strict: no overlongs, surrogates or
/// values past U+10FFFF) and text that is empty or only whitespace (empty-input). Positions are
/// the offending byte's line and column (columns count characters). Example:
///     checkText("\xEF\xBB\xBFa,b\r\n", "f.csv").text == "a,b\n"
CheckedText checkText(std::string bytes, std::string_view file);

/// 1-based line and column (in UTF-8 characters) of byte `offset` in `text`.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition positionOf(std::string_view text, std::size_t offset);

/// The line of `text` that contains byte `offset`, without its newline (for excerpts).
std::string_view lineAt(std::string_view text, std::size_t offset);

} // namespace kg::ingest
