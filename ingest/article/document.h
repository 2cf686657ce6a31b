#pragma once
// A news article as plain text: title, date, source and paragraph blocks, with a map from every
// plain-text offset back to the byte in the original file it came from. Plain value type.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::article {

/// What a block of the plain text is; only Paragraph blocks carry sentences for extraction.
enum class BlockKind {
    Title,       ///< the article's title line
    Heading,     ///< a sub-heading (Markdown/HTML heading or a short line between paragraphs)
    Paragraph,   ///< body text
    Boilerplate, ///< reading time, promotion, "Source: X", share prompts, navigation, ...
};

/// "title", "heading", "paragraph", "boilerplate".
std::string_view blockKindName(BlockKind kind);

/// A run of the plain text; `text.substr(begin, end - begin)` is the block's text.
struct Block {
    std::size_t begin = 0;
    std::size_t end = 0;
    BlockKind kind = BlockKind::Paragraph;
    std::string reason; ///< why a block is boilerplate or a heading ("reading-time"); for a
                        ///< paragraph, "list-item" when it came from a list
};

/// Maps plain-text offsets to original byte offsets. Runs copied verbatim map byte for byte; a
/// replacement (decoded entity, inserted space) maps every byte to the start of what it replaced.
/// Lookups are O(log runs).
class OffsetMap {
public:
    /// Records that plain bytes [plainBegin, plainBegin + length) came from `originalBegin`.
    /// Calls must come in increasing `plainBegin` order; adjacent verbatim runs are merged.
    void add(std::size_t plainBegin, std::size_t originalBegin, std::size_t length, bool verbatim);

    /// The original byte offset of plain offset `plain` (offsets past the end map to the byte
    /// after the last mapped one). Example: after add(0, 10, 5, true), toOriginal(2) == 12.
    std::size_t toOriginal(std::size_t plain) const;

    std::size_t runCount() const { return runs_.size(); }

private:
    struct Run {
        std::size_t plainBegin;
        std::size_t originalBegin;
        std::size_t length;
        bool verbatim;
    };
    std::vector<Run> runs_;
};

struct Document {
    std::string file;                ///< as the user named it
    std::string text;                ///< blocks joined by "\n\n"
    std::string title;               ///< empty when the article has none
    std::optional<std::string> date; ///< ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY) when known
    std::string source;              ///< outlet name when known ("Cryptopolitan")
    std::vector<Block> blocks;       ///< in text order, covering every non-separator byte
    OffsetMap offsets;               ///< plain offset -> original byte offset

    std::string_view blockText(const Block& block) const {
        return std::string_view(text).substr(block.begin, block.end - block.begin);
    }
};

/// Number of UTF-8 code points in `text` before byte `byteOffset` (clamped to the text size),
/// for outputs that count characters. Example: codePointOffset("Caf\u00E9 x", 6) == 5.
std::size_t codePointOffset(std::string_view text, std::size_t byteOffset);

/// Builds a Document's text block by block, collapsing whitespace runs to one space and keeping
/// the offset map. Readers use it; the result has no leading/trailing spaces inside blocks.
/// Example: b.beginBlock(); b.appendOriginal("a  b", 0); b.endBlock(BlockKind::Paragraph);
/// gives text "a b" with offset 2 mapped to original byte 3.
class DocumentBuilder {
public:
    void beginBlock();
    /// Appends bytes copied from the original at `originalOffset` (whitespace collapsed).
    void appendOriginal(std::string_view bytes, std::size_t originalOffset);
    /// Appends bytes that replace the original construct starting at `originalOffset`.
    void appendReplacement(std::string_view bytes, std::size_t originalOffset);
    /// Ends the current block; an empty block is dropped. Returns false when it was empty.
    bool endBlock(BlockKind kind, std::string reason = {});
    bool blockOpen() const { return open_; }
    /// The text of the open block so far.
    std::string_view currentText() const;
    Document finish(std::string file);

private:
    void appendByte(char c, std::size_t originalOffset, bool verbatim);
    Document doc_;
    std::size_t blockBegin_ = 0;
    bool open_ = false;
    bool pendingSpace_ = false;
    std::size_t pendingSpaceOrigin_ = 0;
};

} // namespace kg::ingest::article
