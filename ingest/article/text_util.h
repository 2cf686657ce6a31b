#pragma once
// Small byte-level text helpers shared by the article readers: ASCII case folding, trimming,
// whitespace word splitting and UTF-8 character classes. Pure functions.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::article {

bool isAsciiSpace(char c);
bool isAsciiAlpha(char c);
bool isAsciiDigit(char c);
bool isAsciiUpper(char c);
bool isAsciiLower(char c);
char asciiLower(char c);
std::string asciiLowered(std::string_view text);

/// `text` without leading/trailing ASCII whitespace.
std::string_view trim(std::string_view text);

/// Splits on ASCII whitespace. Example: splitWords(" a  b ") == {"a", "b"}.
std::vector<std::string_view> splitWords(std::string_view text);

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool startsWithNoCase(std::string_view text, std::string_view prefix);

/// True when `needle` occurs in `haystack`, ignoring ASCII case.
bool containsNoCase(std::string_view haystack, std::string_view needle);

/// Byte length of the UTF-8 sequence that starts with `lead` (1 for invalid lead bytes).
std::size_t utf8Length(unsigned char lead);

/// Appends the UTF-8 encoding of `codePoint` (U+FFFD for surrogates and values past U+10FFFF).
void appendUtf8(std::string& out, char32_t codePoint);

/// Decodes the code point at `pos` (U+FFFD when malformed); `length` receives its byte count.
char32_t decodeUtf8(std::string_view text, std::size_t pos, std::size_t& length);

/// True for letters and digits, counting every non-ASCII code point except the punctuation
/// and spaces of the General Punctuation block and a few others (quotes, dashes, NBSP).
bool isWordCodePoint(char32_t cp);

/// Replaces ’ ‘ ʼ with ' and “ ” with ". Example: foldQuotes("China’s") == "China's".
std::string foldQuotes(std::string_view text);

} // namespace kg::ingest::article
