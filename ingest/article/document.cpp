#include "ingest/article/document.h"

#include <algorithm>

namespace kg::ingest::article {

std::string_view blockKindName(BlockKind kind) {
    switch (kind) {
    case BlockKind::Title:
        return "title";
    case BlockKind::Heading:
        return "heading";
    case BlockKind::Paragraph:
        return "paragraph";
    case BlockKind::Boilerplate:
        return "boilerplate";
    }
    return "paragraph";
}

std::size_t codePointOffset(std::string_view text, std::size_t byteOffset) {
    const std::size_t end = std::min(byteOffset, text.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < end; ++i) {
        count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

void OffsetMap::add(std::size_t plainBegin, std::size_t originalBegin, std::size_t length,
                    bool verbatim) {
    if (length == 0) {
        return;
    }
    if (!runs_.empty()) {
        Run& last = runs_.back();
        if (verbatim && last.verbatim && last.plainBegin + last.length == plainBegin &&
            last.originalBegin + last.length == originalBegin) {
            last.length += length;
            return;
        }
        if (!verbatim && !last.verbatim && last.plainBegin + last.length == plainBegin &&
            last.originalBegin == originalBegin) {
            last.length += length;
            return;
        }
    }
    runs_.push_back({plainBegin, originalBegin, length, verbatim});
}

std::size_t OffsetMap::toOriginal(std::size_t plain) const {
    if (runs_.empty()) {
        return plain;
    }
    auto it = std::upper_bound(runs_.begin(), runs_.end(), plain,
                               [](std::size_t p, const Run& run) { return p < run.plainBegin; });
    if (it == runs_.begin()) {
        return runs_.front().originalBegin;
    }
    const Run& run = *(it - 1);
    if (plain >= run.plainBegin + run.length) {
        // In a separator between runs: the byte after the previous run.
        return run.verbatim ? run.originalBegin + run.length : run.originalBegin + 1;
    }
    return run.verbatim ? run.originalBegin + (plain - run.plainBegin) : run.originalBegin;
}

void DocumentBuilder::beginBlock() {
    if (open_) {
        return;
    }
    if (!doc_.text.empty()) {
        doc_.text += "\n\n";
    }
    blockBegin_ = doc_.text.size();
    open_ = true;
    pendingSpace_ = false;
}

void DocumentBuilder::appendByte(char c, std::size_t originalOffset, bool verbatim) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
        if (doc_.text.size() > blockBegin_ && !pendingSpace_) {
            pendingSpace_ = true;
            pendingSpaceOrigin_ = originalOffset;
        }
        return;
    }
    if (pendingSpace_) {
        doc_.offsets.add(doc_.text.size(), pendingSpaceOrigin_, 1, true);
        doc_.text += ' ';
        pendingSpace_ = false;
    }
    doc_.offsets.add(doc_.text.size(), originalOffset, 1, verbatim);
    doc_.text += c;
}

void DocumentBuilder::appendOriginal(std::string_view bytes, std::size_t originalOffset) {
    if (!open_) {
        beginBlock();
    }
    std::size_t i = 0;
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
            pendingSpace_) {
            appendByte(c, originalOffset + i, true);
            ++i;
            continue;
        }
        // A run without whitespace is copied in one piece.
        std::size_t end = i;
        while (end < bytes.size() && bytes[end] != ' ' && bytes[end] != '\t' &&
               bytes[end] != '\n' && bytes[end] != '\r' && bytes[end] != '\f' &&
               bytes[end] != '\v') {
            ++end;
        }
        doc_.offsets.add(doc_.text.size(), originalOffset + i, end - i, true);
        doc_.text.append(bytes.substr(i, end - i));
        i = end;
    }
}

void DocumentBuilder::appendReplacement(std::string_view bytes, std::size_t originalOffset) {
    if (!open_) {
        beginBlock();
    }
    for (char c : bytes) {
        appendByte(c, originalOffset, false);
    }
}

std::string_view DocumentBuilder::currentText() const {
    if (!open_) {
        return {};
    }
    return std::string_view(doc_.text).substr(blockBegin_);
}

bool DocumentBuilder::endBlock(BlockKind kind, std::string reason) {
    if (!open_) {
        return false;
    }
    open_ = false;
    pendingSpace_ = false;
    if (doc_.text.size() == blockBegin_) {
        // Empty block: take back the separator.
        const std::size_t separator = blockBegin_ >= 2 ? 2 : 0;
        doc_.text.resize(blockBegin_ - separator);
        return false;
    }
    doc_.blocks.push_back({blockBegin_, doc_.text.size(), kind, std::move(reason)});
    return true;
}

Document DocumentBuilder::finish(std::string file) {
    if (open_) {
        endBlock(BlockKind::Paragraph);
    }
    doc_.file = std::move(file);
    Document out = std::move(doc_);
    doc_ = Document{};
    return out;
}

} // namespace kg::ingest::article
