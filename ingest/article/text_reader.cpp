#include "ingest/article/text_reader.h"

#include "ingest/article/boilerplate.h"
#include "ingest/article/text_util.h"
#include "ingest/input.h"

namespace kg::ingest::article {
namespace {

constexpr std::size_t LINK_SEARCH_BYTES = 2000;

struct Line {
    std::string_view text;
    std::size_t offset;
};

std::vector<Line> splitLines(std::string_view bytes, std::size_t start) {
    std::vector<Line> lines;
    std::size_t pos = start;
    while (pos < bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos) {
            end = bytes.size();
        }
        lines.push_back({bytes.substr(pos, end - pos), pos});
        pos = end + 1;
    }
    return lines;
}

bool isBlank(std::string_view line) {
    return trim(line).empty();
}

// A headline: at most 30 words, not ending in a period, not page furniture ("3 min read").
bool looksLikeTitle(std::string_view line) {
    return splitWords(line).size() <= 30 && !line.empty() && line.back() != '.' &&
           classifyLine(line).kind != BlockKind::Boilerplate;
}

bool isRule(std::string_view line, char c) {
    std::size_t count = 0;
    for (char x : trim(line)) {
        if (x == c) {
            ++count;
        } else if (x != ' ') {
            return false;
        }
    }
    return count >= 3;
}

bool isWordByte(char c) {
    return isAsciiAlpha(c) || isAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Length of a "[text](url)" or "[text][ref]" starting at `open` ('['), or 0.
std::size_t linkLength(std::string_view s, std::size_t open, std::size_t& textEnd) {
    const std::size_t limit = std::min(s.size(), open + LINK_SEARCH_BYTES);
    int depth = 0;
    std::size_t close = std::string_view::npos;
    for (std::size_t i = open; i < limit; ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == '[') {
            ++depth;
        } else if (s[i] == ']' && --depth == 0) {
            close = i;
            break;
        }
    }
    if (close == std::string_view::npos || close + 1 >= s.size()) {
        return 0;
    }
    const char opener = s[close + 1];
    const char closer = opener == '(' ? ')' : (opener == '[' ? ']' : '\0');
    if (closer == '\0') {
        return 0;
    }
    const std::size_t end = s.find(closer, close + 2);
    if (end == std::string_view::npos || end > limit) {
        return 0;
    }
    textEnd = close;
    return end + 1 - open;
}

} // namespace

std::optional<Diagnostic> checkArticleBytes(std::string_view bytes, std::string_view file) {
    CheckedText checked = checkText(std::string(bytes), file);
    return checked.error;
}

void appendMarkdownInline(DocumentBuilder& b, std::string_view s, std::size_t base) {
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && !isWordByte(s[i + 1]) && s[i + 1] != ' ') {
            b.appendOriginal(s.substr(i + 1, 1), base + i + 1);
            i += 2;
            continue;
        }
        if (c == '`') {
            std::size_t ticks = 0;
            while (i + ticks < s.size() && s[i + ticks] == '`') {
                ++ticks;
            }
            const std::string fence(ticks, '`');
            const std::size_t close = s.find(fence, i + ticks);
            if (close != std::string_view::npos) {
                b.appendOriginal(s.substr(i + ticks, close - i - ticks), base + i + ticks);
                i = close + ticks;
            } else {
                b.appendOriginal(s.substr(i, ticks), base + i);
                i += ticks;
            }
            continue;
        }
        if (c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
            const std::size_t open = c == '!' ? i + 1 : i;
            std::size_t textEnd = 0;
            const std::size_t length = linkLength(s, open, textEnd);
            if (length > 0) {
                appendMarkdownInline(b, s.substr(open + 1, textEnd - open - 1), base + open + 1);
                i = open + length;
                continue;
            }
        }
        if (c == '<') { // autolink <https://...> and inline tags such as <br>
            const std::size_t close = s.find('>', i);
            if (close != std::string_view::npos && close - i < 300 && close > i + 1 &&
                (isAsciiAlpha(s[i + 1]) || s[i + 1] == '/')) {
                const std::string_view inner = s.substr(i + 1, close - i - 1);
                if (inner.find("://") != std::string_view::npos ||
                    inner.find('@') != std::string_view::npos) {
                    b.appendOriginal(inner, base + i + 1);
                } else {
                    b.appendReplacement(" ", base + i);
                }
                i = close + 1;
                continue;
            }
        }
        if (c == '*' || c == '_' || (c == '~' && i + 1 < s.size() && s[i + 1] == '~')) {
            std::size_t run = 0;
            while (i + run < s.size() && s[i + run] == c) {
                ++run;
            }
            const bool spaceBefore = i == 0 || isAsciiSpace(s[i - 1]);
            const bool spaceAfter = i + run >= s.size() || isAsciiSpace(s[i + run]);
            bool markup = !(spaceBefore && spaceAfter);
            if (c == '_') { // snake_case words keep their underscores
                const bool wordBefore = i > 0 && isWordByte(s[i - 1]);
                const bool wordAfter = i + run < s.size() && isWordByte(s[i + run]);
                markup = markup && !(wordBefore && wordAfter);
            }
            if (!markup) {
                b.appendOriginal(s.substr(i, run), base + i);
            }
            i += run;
            continue;
        }
        const std::size_t length =
            std::min(utf8Length(static_cast<unsigned char>(c)), s.size() - i);
        b.appendOriginal(s.substr(i, length), base + i);
        i += length;
    }
}

ReadResult readText(std::string_view bytes, std::string_view file, TextFormat format) {
    ReadResult result;
    if (auto error = checkArticleBytes(bytes, file)) {
        result.diagnostics.push_back(std::move(*error));
        return result;
    }
    const std::size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::vector<Line> lines = splitLines(bytes, start);
    const bool markdown = format == TextFormat::Markdown;

    DocumentBuilder b;
    std::size_t blockLines = 0;
    bool inFence = false;
    std::string fence;
    bool titleDone = false;
    auto endBlock = [&](BlockKind kind) {
        b.endBlock(kind);
        blockLines = 0;
    };
    auto emitOwnBlock = [&](std::string_view text, std::size_t offset, BlockKind kind) {
        endBlock(BlockKind::Paragraph);
        b.beginBlock();
        if (markdown) {
            appendMarkdownInline(b, text, offset);
        } else {
            b.appendOriginal(text, offset);
        }
        endBlock(kind);
    };

    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string_view text = lines[n].text;
        std::size_t offset = lines[n].offset;
        const bool nextBlank = n + 1 >= lines.size() || isBlank(lines[n + 1].text);
        if (!titleDone && !isBlank(text)) {
            titleDone = true;
            std::string_view body = trim(text);
            std::size_t bodyOffset = offset + static_cast<std::size_t>(body.data() - text.data());
            if (markdown && body.substr(0, 2) == "# ") {
                body.remove_prefix(2);
                bodyOffset += 2;
            }
            const bool heading = markdown && body.substr(0, 1) == "#";
            if (!heading && nextBlank && n + 1 < lines.size() && looksLikeTitle(body)) {
                emitOwnBlock(body, bodyOffset, BlockKind::Title);
                continue;
            }
        }
        if (markdown) {
            const std::string_view t = trim(text);
            if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {
                if (!inFence) {
                    inFence = true;
                    fence = std::string(t.substr(0, 3));
                    endBlock(BlockKind::Paragraph);
                } else if (t.substr(0, 3) == fence) {
                    inFence = false;
                }
                continue;
            }
            if (inFence) {
                continue;
            }
            if ((isRule(t, '=') || isRule(t, '-')) && blockLines == 1) { // setext heading
                endBlock(BlockKind::Heading);
                continue;
            }
            if (isRule(t, '-') || isRule(t, '*') || isRule(t, '_')) {
                endBlock(BlockKind::Paragraph);
                continue;
            }
            if (t.size() > 3 && t[0] == '[' && t.find("]:") != std::string_view::npos &&
                t.find("]:") < t.find(' ')) { // reference definition
                continue;
            }
            while (!text.empty() && (text[0] == ' ' || text[0] == '>')) {
                text.remove_prefix(1);
                ++offset;
            }
            std::size_t hashes = 0;
            while (hashes < text.size() && hashes < 7 && text[hashes] == '#') {
                ++hashes;
            }
            if (hashes >= 1 && hashes <= 6 && (hashes == text.size() || text[hashes] == ' ')) {
                std::string_view heading = text.substr(hashes);
                while (!heading.empty() &&
                       (heading.back() == '#' || isAsciiSpace(heading.back()))) {
                    heading.remove_suffix(1);
                }
                emitOwnBlock(heading, offset + hashes, BlockKind::Heading);
                continue;
            }
            std::size_t marker = 0;
            if (text.size() > 2 && (text[0] == '-' || text[0] == '*' || text[0] == '+') &&
                text[1] == ' ') {
                marker = 2;
            } else {
                while (marker < text.size() && marker < 9 && isAsciiDigit(text[marker])) {
                    ++marker;
                }
                if (marker > 0 && marker + 1 < text.size() &&
                    (text[marker] == '.' || text[marker] == ')') && text[marker + 1] == ' ') {
                    marker += 2;
                } else {
                    marker = 0;
                }
            }
            if (marker > 0) { // each list item is its own block
                endBlock(BlockKind::Paragraph);
                text.remove_prefix(marker);
                offset += marker;
                b.beginBlock();
                appendMarkdownInline(b, text, offset);
                b.endBlock(BlockKind::Paragraph, "list-item");
                continue;
            }
        }
        if (isBlank(text)) {
            endBlock(BlockKind::Paragraph);
            continue;
        }
        if (classifyLine(text).kind == BlockKind::Boilerplate) {
            emitOwnBlock(trim(text), offset + (trim(text).data() - text.data()),
                         BlockKind::Paragraph);
            continue;
        }
        if (blockLines > 0) {
            b.appendReplacement(" ", offset);
        }
        if (markdown) {
            appendMarkdownInline(b, text, offset);
        } else {
            b.appendOriginal(text, offset);
        }
        ++blockLines;
    }
    endBlock(BlockKind::Paragraph);
    Document doc = b.finish(std::string(file));
    for (const Block& block : doc.blocks) {
        if (block.kind == BlockKind::Title) {
            doc.title = std::string(doc.blockText(block));
            break;
        }
    }
    if (doc.blocks.empty()) {
        result.diagnostics.push_back({std::string(file), 0, 0, DiagCode::EmptyInput,
                                      "the article has no text once markup is removed", "",
                                      Severity::Error});
        return result;
    }
    result.document = std::move(doc);
    return result;
}

} // namespace kg::ingest::article
