#include "ingest/input.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <sstream>

namespace kg::ingest {

namespace {

constexpr std::array<std::uint32_t, 64> SHA256_K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t rotr(std::uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

// Processes one 64-byte block (FIPS 180-4 section 6.2.2).
void sha256Block(std::array<std::uint32_t, 8>& h, const unsigned char* block) {
    std::array<std::uint32_t, 64> w{};
    for (std::size_t t = 0; t < 16; ++t) {
        w[t] = (std::uint32_t{block[4 * t]} << 24) | (std::uint32_t{block[4 * t + 1]} << 16) |
               (std::uint32_t{block[4 * t + 2]} << 8) | std::uint32_t{block[4 * t + 3]};
    }
    for (std::size_t t = 16; t < 64; ++t) {
        const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (std::size_t t = 0; t < 64; ++t) {
        const std::uint32_t sigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        const std::uint32_t choose = (e & f) ^ (~e & g);
        const std::uint32_t t1 = k + sigma1 + choose + SHA256_K[t] + w[t];
        const std::uint32_t sigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const std::uint32_t t2 = sigma0 + majority;
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
}

// Length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not UTF-8.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0) {
            low = 0xA0; // no overlong forms
        } else if (b0 == 0xED) {
            high = 0x9F; // no UTF-16 surrogates
        }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0) {
            low = 0x90;
        } else if (b0 == 0xF4) {
            high = 0x8F; // nothing past U+10FFFF
        }
    } else {
        return 0;
    }
    if (i + length > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char lo = k == 1 ? low : 0x80;
        const unsigned char hi = k == 1 ? high : 0xBF;
        if (b < lo || b > hi) {
            return 0;
        }
    }
    return length;
}

Diagnostic textError(std::string_view text, std::size_t offset, std::string_view file,
                     DiagCode code, std::string message) {
    const TextPosition at = positionOf(text, offset);
    return Diagnostic{std::string(file),  at.line,
                      at.column,          code,
                      std::move(message), makeExcerpt(lineAt(text, offset))};
}

} // namespace

std::optional<std::string> directoryInsteadOfFile(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return "is a directory, not a file";
    }
    return std::nullopt;
}

std::optional<std::string> openInputFile(const std::string& path, std::ifstream& file) {
    if (std::optional<std::string> problem = directoryInsteadOfFile(path)) {
        return problem;
    }
    errno = 0;
    file.open(path, std::ios::binary);
    if (!file) {
        return std::string("cannot open: ") +
               (errno != 0 ? std::strerror(errno) : "unknown reason");
    }
    return std::nullopt;
}

std::optional<std::string> readAll(std::istream& in) {
    // A string stream gives up its string instead of being copied: statement files are read
    // into memory once and handed to readers through std::istringstream.
    if (auto* stringStream = dynamic_cast<std::istringstream*>(&in)) {
        const std::istream::pos_type position = stringStream->tellg();
        std::string text = std::move(*stringStream).str();
        stringStream->str(std::string());
        stringStream->setstate(std::ios::eofbit);
        if (position > 0) {
            text.erase(0, static_cast<std::size_t>(position));
        }
        return text;
    }
    std::string text;
    std::array<char, 1 << 16> chunk{};
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        return std::nullopt;
    }
    return text;
}

std::string sha256Hex(std::string_view bytes) {
    std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t full = bytes.size() / 64 * 64;
    for (std::size_t i = 0; i < full; i += 64) {
        sha256Block(h, data + i);
    }
    // Padding: a 1 bit, zeros, then the message length in bits as a 64-bit big-endian number.
    std::array<unsigned char, 128> tail{};
    const std::size_t rest = bytes.size() - full;
    for (std::size_t i = 0; i < rest; ++i) {
        tail[i] = data[full + i];
    }
    tail[rest] = 0x80;
    const std::size_t tailSize = rest + 1 + 8 <= 64 ? 64 : 128;
    const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
    for (std::size_t i = 0; i < 8; ++i) {
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    }
    for (std::size_t i = 0; i < tailSize; i += 64) {
        sha256Block(h, tail.data() + i);
    }
    static constexpr char HEX[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (const std::uint32_t word : h) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            out += HEX[(word >> shift) & 0xF];
        }
    }
    return out;
}

CheckedText checkText(std::string bytes, std::string_view file) {
    CheckedText result;
    std::string& text = result.text;
    text = std::move(bytes);
    if (std::string_view(text).substr(0, 3) == "\xEF\xBB\xBF") {
        text.erase(0, 3);
    }
    // Drop each CR that precedes an LF, in place.
    if (std::size_t cr = text.find("\r\n"); cr != std::string::npos) {
        std::size_t out = cr;
        for (std::size_t i = cr; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                continue;
            }
            text[out++] = text[i];
        }
        text.resize(out);
    }
    // Positions below are in `text`: removing CR before LF changes no line or column.
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            result.error = textError(text, i, file, DiagCode::BinaryInput,
                                     "NUL byte: this looks like a binary file, not text");
            return result;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
            result.error = textError(text, i, file, DiagCode::InvalidUtf8,
                                     std::string("byte ") + hex + " is not valid UTF-8");
            return result;
        }
        i += length;
    }
    if (text.find_first_not_of(" \t\n\r\f\v") == std::string::npos) {
        result.error =
            Diagnostic{std::string(file), 0, 0, DiagCode::EmptyInput, "the input is empty", ""};
    }
    return result;
}

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition at;
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

std::string_view lineAt(std::string_view text, std::size_t offset) {
    if (offset > text.size()) {
        offset = text.size();
    }
    const std::size_t before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = before == std::string_view::npos ? 0 : before + 1;
    const std::size_t end = text.find('\n', offset);
    return text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
}

} // namespace kg::ingest
