#include "export/identifiers.h"

#include <cstdint>

namespace kg::exporters {

namespace {

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

bool isAsciiAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

constexpr char HEX[] = "0123456789abcdef";
constexpr char HEX_UPPER[] = "0123456789ABCDEF";

} // namespace

std::string hashHex(std::string_view text) {
    std::uint64_t hash = fnv1a(text);
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = HEX[hash & 0xF];
        hash >>= 4;
    }
    return out;
}

std::string entityKey(std::string_view name) {
    constexpr std::size_t MAX_SLUG = 40;
    std::string slug;
    bool dash = false;
    for (unsigned char c : name) {
        if (isAsciiAlnum(c)) {
            if (dash && !slug.empty()) {
                slug += '-';
            }
            dash = false;
            if (slug.size() >= MAX_SLUG) {
                break;
            }
            slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else {
            dash = true;
        }
    }
    const std::string hash = hashHex(graph::KnowledgeGraph::normalizeName(name)).substr(0, 8);
    return (slug.empty() ? std::string("e") : slug) + "-" + hash;
}

std::string relationSlug(std::string_view relation) {
    std::string out;
    for (unsigned char c : relation) {
        if (c == ' ') {
            out += '_';
        } else if (isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += HEX_UPPER[c >> 4];
            out += HEX_UPPER[c & 0xF];
        }
    }
    return out.empty() ? std::string("related_to") : out;
}

std::string relationType(std::string_view relation, bool negated) {
    std::string out;
    bool pending = false;
    for (unsigned char c : relation) {
        if (c >= 0x80 || isAsciiAlnum(c)) {
            if (pending && !out.empty()) {
                out += '_';
            }
            pending = false;
            out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        } else {
            pending = true;
        }
    }
    if (out.empty()) {
        out = "RELATED_TO";
    }
    return negated ? "NOT_" + out : out;
}

std::string statementKey(std::string_view subject, std::string_view relation,
                         std::string_view object, bool negated) {
    std::string identity = entityKey(subject);
    identity += '\x1f';
    identity += graph::KnowledgeGraph::normalizeName(relation);
    identity += '\x1f';
    identity += entityKey(object);
    if (negated) {
        identity += "\x1fnot";
    }
    return hashHex(identity);
}

} // namespace kg::exporters
