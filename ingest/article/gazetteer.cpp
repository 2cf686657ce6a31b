#include "ingest/article/gazetteer.h"

#include "ingest/article/text_util.h"
#include "ingest/input.h"

#include <algorithm>
#include <fstream>

namespace kg::ingest::article {
namespace {

constexpr std::size_t MIN_FOLDABLE_LETTERS = 4;

std::vector<std::string_view> splitOn(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t pos = text.find(separator, start);
        parts.push_back(text.substr(start, pos == std::string_view::npos ? pos : pos - start));
        if (pos == std::string_view::npos) {
            return parts;
        }
        start = pos + 1;
    }
}

// Names that may match whatever their case: they have a lower-case letter (not an acronym such
// as "US" or "BIS") and at least four letters.
bool foldable(std::string_view name) {
    std::size_t letters = 0;
    bool lower = false;
    for (char c : name) {
        if (isAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80) {
            ++letters;
        }
        lower = lower || isAsciiLower(c);
    }
    return lower && letters >= MIN_FOLDABLE_LETTERS;
}

bool startsCapitalised(std::string_view piece) {
    return !piece.empty() && (isAsciiUpper(piece[0]) || isAsciiDigit(piece[0]) ||
                              static_cast<unsigned char>(piece[0]) >= 0x80);
}

bool isWordPiece(std::string_view piece) {
    if (piece.empty()) {
        return false;
    }
    std::size_t length = 1;
    return isWordCodePoint(decodeUtf8(piece, 0, length));
}

std::optional<graph::EntityType> parseType(std::string_view text) {
    if (auto type = graph::parseEntityType(text)) {
        return type;
    }
    const std::size_t slash = text.find('/');
    if (slash != std::string_view::npos) {
        return graph::parseEntityType(text.substr(0, slash));
    }
    return std::nullopt;
}

} // namespace

bool Gazetteer::sentenceStart(const std::vector<Piece>& p, std::size_t start) {
    if (start == 0) {
        return true;
    }
    const std::string& before = p[start - 1].text;
    return before == "." || before == "!" || before == "?" || before == ":" || before == "\"" ||
           before == "\u201C" || before == "(" || before == "'" || before == "\u2014";
}

std::vector<Gazetteer::Piece> Gazetteer::pieces(std::string_view text) {
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = 1;
        const char32_t cp = decodeUtf8(text, i, length);
        if (isAsciiSpace(text[i]) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B)) {
            i += length;
            continue;
        }
        if (!isWordCodePoint(cp)) {
            if (cp != U'-' && cp != 0x2010 && cp != 0x2011) { // hyphens join like spaces
                const std::string piece = cp == 0x2019 || cp == 0x2018
                                              ? std::string("'")
                                              : std::string(text.substr(i, length));
                out.push_back({piece, i, i + length});
            }
            i += length;
            continue;
        }
        const std::size_t start = i;
        bool dotted = false;
        while (i < text.size()) {
            std::size_t l = 1;
            const char32_t c = decodeUtf8(text, i, l);
            if (isWordCodePoint(c)) {
                i += l;
            } else if (c == U'.' && i + 1 < text.size() && isAsciiAlpha(text[i + 1]) && i > start &&
                       i - start <= 2 + (dotted ? 2 : 0)) {
                dotted = true; // "U.S", "U.K"
                i += 1;
            } else {
                break;
            }
        }
        if (dotted && i < text.size() && text[i] == '.') {
            ++i; // the final period of "U.S."
        }
        out.push_back({std::string(text.substr(start, i - start)), start, i});
    }
    return out;
}

std::string Gazetteer::joinPieces(const std::vector<Piece>& p) {
    std::string key;
    for (const Piece& piece : p) {
        if (!key.empty()) {
            key += ' ';
        }
        key += piece.text;
    }
    return key;
}

std::size_t Gazetteer::entryFor(std::string_view canonical, graph::EntityType type) {
    const std::string key = asciiLowered(joinPieces(pieces(canonical)));
    auto it = byCanonical_.find(key);
    if (it != byCanonical_.end()) {
        GazetteerEntry& existing = entries_[it->second];
        if (existing.type == graph::EntityType::Other) {
            existing.type = type;
        }
        return it->second;
    }
    entries_.push_back({std::string(canonical), type, {}, {}});
    byCanonical_.emplace(key, entries_.size() - 1);
    index(canonical, entries_.size() - 1, false);
    return entries_.size() - 1;
}

void Gazetteer::index(std::string_view name, std::size_t entry, bool demonym) {
    const std::vector<Piece> p = pieces(name);
    if (p.empty()) {
        return;
    }
    const std::string key = joinPieces(p);
    bool lowercase = true;
    for (char c : name) {
        lowercase = lowercase && !isAsciiUpper(c);
    }
    exact_[key] = Key{entry, demonym, lowercase};
    firstPieces_.insert(asciiLowered(p.front().text));
    if (!demonym && foldable(name)) {
        folded_[asciiLowered(key)] = Key{entry, false, lowercase};
    }
    maxPieces_ = std::max(maxPieces_, p.size());
}

namespace {

// The text of `in`, read and checked (UTF-8, not binary); nullopt after a diagnostic naming
// `file` ("cannot read the <what>").
std::optional<std::string> readText(std::istream& in, std::string_view file, std::string_view what,
                                    std::vector<Diagnostic>& diagnostics) {
    auto bytes = readAll(in);
    if (!bytes) {
        diagnostics.push_back({std::string(file), 0, 0, DiagCode::IoError,
                               "cannot read the " + std::string(what), "", Severity::Error});
        return std::nullopt;
    }
    CheckedText checked = checkText(std::move(*bytes), file);
    if (checked.error) {
        diagnostics.push_back(*checked.error);
        return std::nullopt;
    }
    return std::move(checked.text);
}

// `read` over the file at `path`, or an io-error diagnostic when it cannot be opened.
template <typename Read>
bool readFile(const std::string& path, std::vector<Diagnostic>& diagnostics, Read read) {
    std::ifstream in;
    if (const std::optional<std::string> problem = openInputFile(path, in)) {
        diagnostics.push_back({path, 0, 0, DiagCode::IoError, *problem, "", Severity::Error});
        return false;
    }
    return read(in);
}

} // namespace

bool Gazetteer::load(std::istream& in, std::string_view file,
                     std::vector<Diagnostic>& diagnostics) {
    const std::optional<std::string> text = readText(in, file, "gazetteer", diagnostics);
    if (!text) {
        return false;
    }
    bool ok = true;
    bool header = false;
    std::size_t lineNumber = 0;
    for (std::string_view line : splitOn(*text, '\n')) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (trim(line).empty() || trim(line).front() == '#') {
            continue;
        }
        auto fail = [&](DiagCode code, std::string message, std::size_t column) {
            diagnostics.push_back({std::string(file), lineNumber, column, code, std::move(message),
                                   makeExcerpt(line), Severity::Error});
            ok = false;
        };
        const std::vector<std::string_view> fields = splitOn(line, '\t');
        if (!header) {
            header = true;
            if (fields.size() < 3 || trim(fields[0]) != "canonical_name" ||
                trim(fields[1]) != "type" || trim(fields[2]) != "aliases") {
                fail(DiagCode::MissingColumn,
                     "the header must be canonical_name<TAB>type<TAB>aliases[<TAB>demonyms]", 1);
                return false;
            }
            continue;
        }
        if (fields.size() < 2 || fields.size() > 4) {
            fail(DiagCode::FieldCount,
                 "expected 2 to 4 tab-separated fields, found " + std::to_string(fields.size()), 1);
            continue;
        }
        const std::string_view name = trim(fields[0]);
        if (name.empty() || pieces(name).empty()) {
            fail(DiagCode::EmptyField, "the canonical name is empty", 1);
            continue;
        }
        const auto type = parseType(trim(fields[1]));
        if (!type) {
            fail(DiagCode::BadValue, "unknown entity type '" + std::string(trim(fields[1])) + "'",
                 fields[0].size() + 2);
            continue;
        }
        const std::size_t entry = entryFor(name, *type);
        for (std::size_t column = 2; column < fields.size(); ++column) {
            const bool demonym = column == 3;
            for (std::string_view alias : splitOn(fields[column], '|')) {
                alias = trim(alias);
                if (alias.empty() || pieces(alias).empty()) {
                    continue;
                }
                auto& list = demonym ? entries_[entry].demonyms : entries_[entry].aliases;
                list.emplace_back(alias);
                index(alias, entry, demonym);
            }
        }
    }
    if (!header) {
        diagnostics.push_back({std::string(file), 0, 0, DiagCode::EmptyInput,
                               "the gazetteer has no header line", "", Severity::Error});
        return false;
    }
    return ok;
}

bool Gazetteer::loadFile(const std::string& path, std::vector<Diagnostic>& diagnostics) {
    return readFile(path, diagnostics,
                    [&](std::istream& in) { return load(in, path, diagnostics); });
}

bool Gazetteer::loadGivenNames(std::istream& in, std::string_view file,
                               std::vector<Diagnostic>& diagnostics) {
    const std::optional<std::string> text = readText(in, file, "given names", diagnostics);
    if (!text) {
        return false;
    }
    bool ok = true;
    std::size_t lineNumber = 0;
    char gender = '\0'; // of the names under the last heading that says "(male)" or "(female)"
    for (std::string_view line : splitOn(*text, '\n')) {
        ++lineNumber;
        const std::string_view name = trim(line);
        if (!name.empty() && name.front() == '#') {
            if (name.find("(female)") != std::string_view::npos) {
                gender = 'f';
            } else if (name.find("(male)") != std::string_view::npos) {
                gender = 'm';
            } else if (name.size() > 2 && name[1] == ' ' &&
                       name.find(':') == std::string_view::npos &&
                       name.find('(') == std::string_view::npos) {
                gender = '\0'; // a new group's heading
            }
            continue;
        }
        if (name.empty()) {
            continue;
        }
        const auto bad = std::find_if(name.begin(), name.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return !(u >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'' ||
                     c == '-');
        });
        if (bad != name.end()) {
            const std::size_t column = static_cast<std::size_t>(bad - line.begin()) + 1;
            diagnostics.push_back(
                {std::string(file), lineNumber, column, DiagCode::BadValue,
                 *bad == ' ' || *bad == '\t'
                     ? "a given name is one word; this line has more"
                     : "a given name is made of letters, apostrophes and hyphens; found '" +
                           std::string(1, *bad) + "'",
                 makeExcerpt(line), Severity::Error});
            ok = false;
            continue;
        }
        givenNames_.emplace(name);
        if (gender != '\0') {
            const auto [it, added] = givenGenders_.emplace(std::string(name), gender);
            if (!added && it->second != gender) {
                it->second = '?';
            }
        }
    }
    return ok;
}

bool Gazetteer::loadGivenNamesFile(const std::string& path, std::vector<Diagnostic>& diagnostics) {
    return readFile(path, diagnostics,
                    [&](std::istream& in) { return loadGivenNames(in, path, diagnostics); });
}

void Gazetteer::addAlias(std::string_view alias, std::string_view canonical,
                         graph::EntityType type) {
    std::size_t entry = 0;
    if (const GazetteerEntry* known = lookup(canonical)) {
        entry = static_cast<std::size_t>(known - entries_.data());
    } else {
        entry = entryFor(canonical, type);
    }
    entries_[entry].aliases.emplace_back(alias);
    index(alias, entry, false);
}

const GazetteerEntry* Gazetteer::lookup(std::string_view name) const {
    const std::string key = joinPieces(pieces(name));
    if (key.empty()) {
        return nullptr;
    }
    if (auto it = exact_.find(key); it != exact_.end() && !it->second.demonym) {
        return &entries_[it->second.entry];
    }
    if (auto it = folded_.find(asciiLowered(key)); it != folded_.end()) {
        return &entries_[it->second.entry];
    }
    return nullptr;
}

const GazetteerEntry* Gazetteer::demonymEntry(std::string_view word) const {
    const std::string key = joinPieces(pieces(word));
    if (auto it = exact_.find(key); it != exact_.end() && it->second.demonym) {
        return &entries_[it->second.entry];
    }
    return nullptr;
}

std::optional<std::pair<std::size_t, Gazetteer::Key>>
Gazetteer::longestAt(const std::vector<Piece>& p, std::size_t start,
                     const std::vector<bool>* validEnd) const {
    if (firstPieces_.count(asciiLowered(p[start].text)) == 0) {
        return std::nullopt; // no name starts with this word: the common case, kept cheap
    }
    const std::size_t most = std::min(maxPieces_, p.size() - start);
    std::string key;
    std::vector<std::string> keys;
    for (std::size_t n = 0; n < most; ++n) {
        if (n > 0) {
            key += ' ';
        }
        key += p[start + n].text;
        keys.push_back(key);
    }
    const bool capital = startsCapitalised(p[start].text);
    for (std::size_t n = most; n >= 1; --n) {
        const std::size_t last = start + n - 1;
        if (validEnd != nullptr && !(*validEnd)[last]) {
            continue;
        }
        const std::string& k = keys[n - 1];
        std::optional<Key> found;
        if (auto it = exact_.find(k); it != exact_.end()) {
            found = it->second;
        } else if (capital) {
            auto f = folded_.find(asciiLowered(k));
            // "Germanium" inside "Xinyuan Germanium Industrial Co." is part of a name, not the
            // metal: a common noun matches capitalised only where a sentence can start.
            if (f != folded_.end() && (!f->second.lowercase || sentenceStart(p, start))) {
                found = f->second;
            }
        }
        if (!found) {
            continue;
        }
        // A demonym counts only as a modifier: another word must follow it.
        if (found->demonym && !(last + 1 < p.size() && isWordPiece(p[last + 1].text))) {
            continue;
        }
        return std::make_pair(n, *found);
    }
    return std::nullopt;
}

std::vector<GazetteerMatch> Gazetteer::findAll(std::string_view text) const {
    std::vector<GazetteerMatch> out;
    const std::vector<Piece> p = pieces(text);
    for (std::size_t i = 0; i < p.size();) {
        if (auto m = longestAt(p, i, nullptr)) {
            out.push_back(
                {p[i].begin, p[i + m->first - 1].end, m->second.entry, m->second.demonym});
            i += m->first;
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<GazetteerMatch> Gazetteer::findAll(const std::vector<std::string_view>& tokens) const {
    std::vector<GazetteerMatch> out;
    std::vector<Piece> p;
    std::vector<std::size_t> tokenOf;
    std::vector<bool> validStart;
    std::vector<bool> validEnd;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const std::vector<Piece> tp = pieces(tokens[t]);
        for (std::size_t k = 0; k < tp.size(); ++k) {
            p.push_back(tp[k]);
            tokenOf.push_back(t);
            validStart.push_back(k == 0);
            validEnd.push_back(k + 1 == tp.size());
        }
    }
    for (std::size_t i = 0; i < p.size();) {
        std::optional<std::pair<std::size_t, Key>> m;
        if (validStart[i]) {
            m = longestAt(p, i, &validEnd);
        }
        if (m) {
            out.push_back(
                {tokenOf[i], tokenOf[i + m->first - 1] + 1, m->second.entry, m->second.demonym});
            i += m->first;
        } else {
            ++i;
        }
    }
    return out;
}

namespace {

bool isShortForm(std::string_view s) {
    if (s.size() < 2 || s.size() > 10 || !isAsciiAlpha(s[0])) {
        return false;
    }
    std::size_t upper = 0;
    for (char c : s) {
        if (!(isAsciiAlpha(c) || isAsciiDigit(c) || c == '&' || c == '-' || c == '.')) {
            return false;
        }
        upper += isAsciiUpper(c) ? 1 : 0;
    }
    return upper >= 2;
}

// Schwartz & Hearst: the start of the long form inside `candidate`, or npos.
std::size_t matchLongForm(std::string_view shortForm, std::string_view candidate) {
    long s = static_cast<long>(shortForm.size()) - 1;
    long l = static_cast<long>(candidate.size()) - 1;
    auto at = [&](long k) { return asciiLower(candidate[static_cast<std::size_t>(k)]); };
    while (s >= 0) {
        const char c = asciiLower(shortForm[static_cast<std::size_t>(s)]);
        if (!(isAsciiAlpha(c) || isAsciiDigit(c))) {
            --s;
            continue;
        }
        while (l >= 0 && (at(l) != c || (s == 0 && l > 0 &&
                                         (isAsciiAlpha(at(l - 1)) || isAsciiDigit(at(l - 1)))))) {
            --l;
        }
        if (l < 0) {
            return std::string_view::npos;
        }
        --l;
        --s;
    }
    return static_cast<std::size_t>(l + 1);
}

// The last `maxWords` words before `end`, stopping at clause punctuation other than commas.
std::size_t windowStart(std::string_view text, std::size_t end, std::size_t maxWords) {
    std::size_t i = end;
    std::size_t words = 0;
    bool inWord = false;
    while (i > 0) {
        const char c = text[i - 1];
        // Commas stay inside: "Ministry of Economy, Trade and Industry (METI)".
        if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '.' || c == '!' ||
            c == '?') {
            if (c != '.' || i < 2 || !isAsciiAlpha(text[i - 2]) || !inWord) {
                break;
            }
        }
        if (isAsciiSpace(c)) {
            if (inWord && ++words == maxWords) {
                break;
            }
            inWord = false;
        } else {
            inWord = true;
        }
        --i;
    }
    return i;
}

} // namespace

std::vector<AcronymDefinition> findAcronyms(std::string_view sentence) {
    std::vector<AcronymDefinition> out;
    for (std::size_t open = sentence.find('('); open != std::string_view::npos;
         open = sentence.find('(', open + 1)) {
        const std::size_t close = sentence.find(')', open);
        if (close == std::string_view::npos || close - open > 200) {
            continue;
        }
        const std::string_view innerRaw = sentence.substr(open + 1, close - open - 1);
        const std::string_view inner = trim(innerRaw);
        const std::size_t innerBegin =
            open + 1 + static_cast<std::size_t>(inner.data() - innerRaw.data());
        if (isShortForm(inner)) {
            std::size_t end = open;
            while (end > 0 && isAsciiSpace(sentence[end - 1])) {
                --end;
            }
            const std::size_t maxWords = std::min(inner.size() + 5, inner.size() * 2);
            const std::size_t begin = windowStart(sentence, end, maxWords);
            const std::string_view candidate = sentence.substr(begin, end - begin);
            const std::size_t start = matchLongForm(inner, candidate);
            if (start == std::string_view::npos) {
                continue;
            }
            const std::string_view longForm = candidate.substr(start);
            if (longForm.size() <= inner.size() || longForm.find(inner) != std::string_view::npos) {
                continue;
            }
            out.push_back({std::string(inner), std::string(longForm), innerBegin,
                           innerBegin + inner.size(), begin + start, end});
            continue;
        }
        // Reverse order: "CAC (Cyberspace Administration of China)".
        if (splitWords(inner).size() < 2) {
            continue;
        }
        std::size_t wordEnd = open;
        while (wordEnd > 0 && isAsciiSpace(sentence[wordEnd - 1])) {
            --wordEnd;
        }
        std::size_t wordBegin = wordEnd;
        while (wordBegin > 0 && !isAsciiSpace(sentence[wordBegin - 1])) {
            --wordBegin;
        }
        const std::string_view shortForm = sentence.substr(wordBegin, wordEnd - wordBegin);
        if (!isShortForm(shortForm) || splitWords(inner).size() > shortForm.size() * 2 + 1) {
            continue;
        }
        if (matchLongForm(shortForm, inner) == 0) {
            out.push_back({std::string(shortForm), std::string(inner), wordBegin, wordEnd,
                           innerBegin, innerBegin + inner.size()});
        }
    }
    return out;
}

} // namespace kg::ingest::article
