#include "ingest/nlp/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <string>

namespace kg::ingest::nlp {

namespace {

// Sentences longer than this many words are cut at the next comma or semicolon, and hard at
// MAX_WORDS, so later stages never see a runaway sentence (a 10 MB line without punctuation).
constexpr std::size_t SOFT_MAX_WORDS = 200;
constexpr std::size_t MAX_WORDS = 300;

struct CodePoint {
    char32_t cp;
    std::size_t len; // bytes; an invalid byte decodes as U+FFFD of length 1
};

CodePoint decodeAt(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        return {b0, 1};
    }
    std::size_t len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8) == 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
    } else {
        return {0xFFFD, 1};
    }
    if (i + len > s.size()) {
        return {0xFFFD, 1};
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            return {0xFFFD, 1};
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return {0xFFFD, 1};
    }
    return {cp, len};
}

bool isSpace(char32_t c) {
    return c <= 0x20 || c == 0x7F || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

bool isUpper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool isLower(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool isLetter(char32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c == 0xD7 || c == 0xF7 || c < 0xC0 || c == 0xFFFD) {
        return false;
    }
    const bool punctuationBlock = (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
                                  (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20);
    return !punctuationBlock;
}

bool isAlnum(char32_t c) {
    return isLetter(c) || isDigit(c);
}

bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x2018;
}

bool isDash(char32_t c) {
    return c >= 0x2012 && c <= 0x2015;
}

bool isBullet(char32_t c) {
    return c == 0x2022 || c == 0x25E6 || c == 0x25AA || c == 0x2023 || c == 0xB7 || c == 0x25CF ||
           c == 0x25A0 || c == 0x27A2 || c == 0x25BA || c == '*';
}

// Characters peeled off the front of a chunk as tokens of their own.
bool isOpener(char32_t c) {
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x201E || c == '(' ||
           c == '[' || c == '{' || c == '<' || c == 0xAB || c == 0x2039 || c == 0xBF || c == 0xA1 ||
           isDash(c) || isBullet(c) || c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5 ||
           c == 0x20B9 || c == '~' || c == ':' || c == ',' || c == ';';
}

// Characters peeled off the end of a chunk as tokens of their own ('.' is decided separately).
bool isCloser(char32_t c) {
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' ||
           c == '}' || c == '>' || c == 0xBB || c == 0x203A || c == ',' || c == ';' || c == ':' ||
           c == '!' || c == '?' || c == '%' || c == 0x2026 || isDash(c) || c == '*';
}

bool isTerminal(std::string_view form) {
    return form == "." || form == "!" || form == "?" || form == "\xE2\x80\xA6" ||
           (form.size() >= 2 && form.find_first_not_of('.') == std::string_view::npos);
}

bool isClosingPunct(std::string_view form) {
    return form == "\"" || form == "'" || form == "\xE2\x80\x9D" || form == "\xE2\x80\x99" ||
           form == ")" || form == "]" || form == "\xC2\xBB";
}

// Abbreviations that keep their period. TITLES never end a sentence; the others may.
constexpr std::array TITLES{
    "mr",     "mrs",  "ms",   "dr",   "prof", "sen", "rep",  "gov",   "gen",  "col",  "lt",
    "sgt",    "capt", "cmdr", "adm",  "maj",  "st",  "rev",  "hon",   "pres", "supt", "messrs",
    "jan",    "feb",  "mar",  "apr",  "jun",  "jul", "aug",  "sep",   "sept", "oct",  "nov",
    "dec",    "mon",  "tue",  "tues", "wed",  "thu", "thur", "thurs", "fri",  "sat",  "sun",
    "vs",     "v",    "ft",   "mt",   "no",   "nos", "fig",  "figs",  "vol",  "pp",   "p",
    "approx", "dept", "est",  "ave",  "blvd", "rd",  "op",   "cf",    "al"};
constexpr std::array ENDERS{"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros"};

bool inList(std::string_view word, const auto& list) {
    const std::string l = lowercaseAscii(word);
    return std::any_of(list.begin(), list.end(), [&](const char* a) { return l == a; });
}

// Lower-case words that join the parts of a place's name with hyphens ("Port-au-Prince").
constexpr std::array PLACE_PARTICLES{"au",  "aux", "en",  "sur",  "de", "du",    "des",
                                     "la",  "le",  "les", "upon", "on", "under", "di",
                                     "del", "da",  "do",  "am",   "im"};

// Prefixes that EWT keeps attached to a hyphenated word ("e-mail", "non-stop", "re-elect").
constexpr std::array HYPHEN_PREFIXES{"e",    "non",   "pre",  "mid",   "re",    "anti",
                                     "post", "co",    "pro",  "multi", "over",  "ex",
                                     "semi", "sub",   "neo",  "cross", "inter", "counter",
                                     "vice", "ultra", "mega", "micro", "mini",  "self"};

// Months as dates abbreviate them ("01-Feb-02"), which a model's code never is.
constexpr std::array MONTH_ABBREVIATIONS{"jan", "feb", "mar",  "apr", "may", "jun", "jul",
                                         "aug", "sep", "sept", "oct", "nov", "dec"};

// Titles of one office written with hyphens, kept whole so that a name after them reads as a
// titled name ("Secretary-General Antonio Guterres"), as "Secretary" alone would.
constexpr std::array HYPHENATED_TITLES{
    "secretary-general",  "director-general",  "attorney-general",   "solicitor-general",
    "governor-general",   "inspector-general", "auditor-general",    "surgeon-general",
    "postmaster-general", "major-general",     "lieutenant-general", "brigadier-general",
    "commander-in-chief", "editor-in-chief"};

// Offices written with "-elect", "-designate" or "-in-waiting" after them.
constexpr std::array OFFICES_NOT_YET_TAKEN{
    "president", "chancellor",   "governor", "mayor",    "minister",   "senator",  "premier",
    "secretary", "chairman",     "king",     "queen",    "pope",       "speaker",  "ambassador",
    "director",  "commissioner", "emperor",  "attorney", "councillor", "councilor"};

// Sentence starters that, after an abbreviation like "U.S." or "Inc.", mean a new sentence.
constexpr std::array STARTERS{
    "The",  "A",     "An",    "He",      "She",       "It",       "They",  "We",    "I",
    "But",  "And",   "In",    "On",      "This",      "That",     "There", "His",   "Her",
    "Its",  "Their", "Our",   "However", "Meanwhile", "Still",    "Yet",   "So",    "If",
    "When", "While", "After", "Before",  "Some",      "Many",     "Most",  "These", "Those",
    "You",  "What",  "Why",   "How",     "Analysts",  "Officials"};

bool isStarter(std::string_view word) {
    return std::any_of(STARTERS.begin(), STARTERS.end(), [&](const char* a) { return word == a; });
}

bool startsLowerAt(std::string_view text, std::size_t start) {
    return isLower(decodeAt(text, start).cp);
}

struct Piece {
    std::size_t start;
    std::size_t end;
    int group = -1;          // index of the multiword token this word belongs to
    bool keptPeriod = false; // an abbreviation that kept its final period
};

struct Chunk {
    std::size_t start;
    std::size_t end;
    int newlinesBefore; // 0, 1 or 2 (blank line or more)
};

struct MultiwordSpan {
    std::size_t start;
    std::size_t end;
};

class ChunkSplitter {
public:
    ChunkSplitter(std::string_view text, const LetterNames& names, std::vector<Piece>& out,
                  std::vector<MultiwordSpan>& multiwords)
        : text_(text), names_(names), out_(out), multiwords_(multiwords) {}

    void split(const Chunk& chunk, std::string_view nextChunk, std::string_view previousChunk) {
        cps_.clear();
        for (std::size_t i = chunk.start; i < chunk.end;) {
            const CodePoint c = decodeAt(text_, i);
            cps_.push_back({c.cp, i});
            i += c.len;
        }
        cps_.push_back({0, chunk.end});
        std::size_t first = 0;
        std::size_t last = cps_.size() - 1; // exclusive
        if (isWebAddress(first, last)) {
            emitWeb(first, last);
            return;
        }
        // Leading punctuation, one token each ("--" and "..." as one).
        std::vector<Piece> tail;
        // A dollar sign with its country's capitals before an amount is a currency sign of its
        // own: "A$50", "HK$3.2", "US$10".
        {
            std::size_t k = first;
            while (k < last && k - first < 2 && cps_[k].cp >= 'A' && cps_[k].cp <= 'Z') {
                ++k;
            }
            if (k > first && k + 1 < last && cps_[k].cp == '$' && isDigit(cps_[k + 1].cp)) {
                emit(first, k + 1);
                first = k + 1;
            }
        }
        while (first < last) {
            const char32_t c = cps_[first].cp;
            if (c == '-' && first + 1 < last && cps_[first + 1].cp == '-') {
                std::size_t k = first;
                while (k < last && cps_[k].cp == '-') {
                    ++k;
                }
                emit(first, k);
                first = k;
                continue;
            }
            if ((c == '-' || c == '+') && first + 1 < last && isDigit(cps_[first + 1].cp)) {
                break; // a signed number
            }
            if (c == '.' && first + 1 < last && isDigit(cps_[first + 1].cp)) {
                break; // ".5"
            }
            if (c == '\'' || c == 0x2019) {
                // "'s" after a space is a clitic written apart; "'90s" is a word
                if (first + 1 < last && isAlnum(cps_[first + 1].cp) &&
                    (isClitic(first, last) || isDigit(cps_[first + 1].cp))) {
                    break;
                }
            }
            if (!isOpener(c) && c != '-' && c != '.') {
                break;
            }
            if (c == '.') {
                std::size_t k = first;
                while (k < last && cps_[k].cp == '.') {
                    ++k;
                }
                emit(first, k);
                first = k;
                continue;
            }
            emit(first, first + 1);
            ++first;
        }
        if (isWebAddress(first, last)) {
            emitWeb(first, last);
            return;
        }
        // Trailing punctuation, collected right to left.
        while (last > first) {
            const char32_t c = cps_[last - 1].cp;
            if (c == '.') {
                std::size_t k = last;
                while (k > first && cps_[k - 1].cp == '.') {
                    --k;
                }
                if (last - k == 1 && k > first && keepsPeriod(first, k, nextChunk, previousChunk)) {
                    break;
                }
                tail.push_back({cps_[k].pos, cps_[last].pos});
                last = k;
                continue;
            }
            if (c == '-' && last - 1 > first && cps_[last - 2].cp == '-') {
                std::size_t k = last;
                while (k > first && cps_[k - 1].cp == '-') {
                    --k;
                }
                tail.push_back({cps_[k].pos, cps_[last].pos});
                last = k;
                continue;
            }
            if (isApostrophe(c) && last - 1 > first) {
                // plural possessive "parents'" → parents '
                const char32_t before = cps_[last - 2].cp;
                if (before == 's' || before == 'S') {
                    tail.push_back({cps_[last - 1].pos, cps_[last].pos, -2});
                    last -= 1;
                    continue;
                }
            }
            if (!isCloser(c) && !(c == '-' && last - 1 > first)) {
                break;
            }
            tail.push_back({cps_[last - 1].pos, cps_[last].pos});
            --last;
        }
        core(first, last);
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
            const bool possessive = it->group == -2;
            Piece p{it->start, it->end};
            if (possessive && !out_.empty() && out_.back().end == p.start) {
                p.group = static_cast<int>(multiwords_.size());
                out_.back().group = p.group;
                multiwords_.push_back({out_.back().start, p.end});
            }
            out_.push_back(p);
        }
    }

private:
    struct Cp {
        char32_t cp;
        std::size_t pos;
    };

    void emit(std::size_t from, std::size_t to, bool keptPeriod = false) {
        if (from < to) {
            out_.push_back({cps_[from].pos, cps_[to].pos, -1, keptPeriod});
        }
    }

    std::string_view slice(std::size_t from, std::size_t to) const {
        return text_.substr(cps_[from].pos, cps_[to].pos - cps_[from].pos);
    }

    // The letters and hyphens from `from` on, up to `last` or the first other character.
    std::string_view hyphenatedRun(std::size_t from, std::size_t last) const {
        std::size_t to = from;
        while (to < last && (isLetter(cps_[to].cp) || cps_[to].cp == '-')) {
            ++to;
        }
        return slice(from, to);
    }

    bool isClitic(std::size_t from, std::size_t to) const {
        const std::string l = normalizedLower(from, to);
        return l == "'s" || l == "'re" || l == "'ve" || l == "'ll" || l == "'d" || l == "'m";
    }

    std::string normalizedLower(std::size_t from, std::size_t to) const {
        std::string out;
        for (std::size_t i = from; i < to; ++i) {
            char32_t c = cps_[i].cp;
            if (c == 0x2019 || c == 0x2018) {
                c = '\'';
            }
            if (c < 0x80) {
                out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            } else {
                out += slice(i, i + 1);
            }
        }
        return out;
    }

    bool isWebAddress(std::size_t first, std::size_t last) const {
        if (last <= first + 3) {
            return false;
        }
        const char32_t c0 = cps_[first].cp | 0x20;
        const bool maybeUrl = c0 == 'h' || c0 == 'w' || c0 == 'f';
        const bool maybeMail = std::any_of(cps_.begin() + static_cast<long>(first),
                                           cps_.begin() + static_cast<long>(last),
                                           [](const Cp& c) { return c.cp == '@'; });
        if (!maybeUrl && !maybeMail) {
            return false;
        }
        const std::string l = normalizedLower(first, std::min(last, first + 8));
        if (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.") ||
            l.starts_with("ftp://")) {
            return true;
        }
        // e-mail: letters@letters.letters
        std::size_t at = last;
        for (std::size_t i = first; i < last; ++i) {
            if (cps_[i].cp == '@') {
                at = i;
                break;
            }
        }
        if (at == last || at == first) {
            return false;
        }
        for (std::size_t i = at + 1; i + 1 < last; ++i) {
            if (cps_[i].cp == '.' && isAlnum(cps_[i + 1].cp) && i > at + 1) {
                return true;
            }
        }
        return false;
    }

    void emitWeb(std::size_t first, std::size_t last) {
        // Closing punctuation that ends a sentence or a bracket is not part of the address.
        std::size_t end = last;
        std::vector<std::size_t> cuts;
        while (end > first + 1) {
            const char32_t c = cps_[end - 1].cp;
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
                c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019) {
                --end;
                cuts.push_back(end);
                continue;
            }
            break;
        }
        emit(first, end);
        for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
            emit(*it, *it + 1);
        }
    }

    bool keepsPeriod(std::size_t first, std::size_t dot, std::string_view nextChunk,
                     std::string_view previousChunk) const {
        const std::string_view word = slice(first, dot);
        bool hasLetter = false;
        bool innerDot = false;
        for (std::size_t i = first; i < dot; ++i) {
            hasLetter = hasLetter || isLetter(cps_[i].cp);
            innerDot = innerDot || cps_[i].cp == '.';
        }
        if (!hasLetter) {
            return false;
        }
        if (innerDot) {
            return true; // U.S., e.g., a.m., Ph.D.
        }
        if (dot - first == 1 && isUpper(cps_[first].cp)) {
            // An initial, unless the letter is a name the text also writes alone and a small
            // word comes before it: "fines owed by X. Musk called ..." ends a sentence.
            const bool name = cps_[first].cp <= 'Z' && names_.written[cps_[first].cp - 'A'];
            const bool afterSmallWord =
                !previousChunk.empty() && previousChunk[0] >= 'a' && previousChunk[0] <= 'z';
            const bool initialAfter = nextChunk.size() == 2 && nextChunk[0] >= 'A' &&
                                      nextChunk[0] <= 'Z' && nextChunk[1] == '.';
            const bool capitalAfter =
                !nextChunk.empty() && nextChunk[0] >= 'A' && nextChunk[0] <= 'Z';
            // (Nor after "and" or "or", where a letter ends a list of names: "organised on
            // TikTok and X. Amnesty International called ...".)
            const bool listEnd = previousChunk == "and" || previousChunk == "or";
            // (At the end of the text nothing follows for an initial to belong to.)
            return !nextChunk.empty() &&
                   !((name || listEnd) && afterSmallWord && capitalAfter && !initialAfter);
        }
        if (lowercaseAscii(word) == "no" || lowercaseAscii(word) == "nos") {
            return !nextChunk.empty() && isDigit(static_cast<unsigned char>(nextChunk[0]));
        }
        if (word == "p" || word == "v" || word == "al") {
            return false;
        }
        // A title's short form right after a capitalised word and before a word that starts
        // sentences ends a name, not a title before one: "... Cambodia's former leader, Hun
        // *Sen.* The ruling made her ...".
        if (inList(word, TITLES) && !previousChunk.empty() && previousChunk[0] >= 'A' &&
            previousChunk[0] <= 'Z' && isStarter(nextChunk)) {
            return false;
        }
        return inList(word, TITLES) || inList(word, ENDERS);
    }

    // Whether the hyphen at `hyphen` joins a capitalised word of letters to a number, as a
    // model's or a mission's name is written: "F-35", "Luna-25", "COVID-19", "Su-57" (kept
    // whole, as EWT keeps "CCA-15").
    bool modelCode(std::size_t wordStart, std::size_t hyphen, std::size_t last) const {
        if (hyphen <= wordStart || hyphen - wordStart > 12 || cps_[wordStart].cp < 'A' ||
            cps_[wordStart].cp > 'Z') {
            return false;
        }
        for (std::size_t k = wordStart; k < hyphen; ++k) {
            if (!isLetter(cps_[k].cp)) {
                return false;
            }
        }
        // (Not a date: "01-Feb-02".)
        if (inList(slice(wordStart, hyphen), MONTH_ABBREVIATIONS)) {
            return false;
        }
        std::size_t k = hyphen + 1;
        std::size_t digits = 0;
        while (k < last && isDigit(cps_[k].cp)) {
            ++k;
            ++digits;
        }
        // (a letter may close the code: "T-72B"; then the word ends)
        if (k < last && isLetter(cps_[k].cp) && cps_[k].cp >= 'A' && cps_[k].cp <= 'Z') {
            ++k;
        }
        return digits >= 1 && digits <= 4 && (k == last || !isAlnum(cps_[k].cp));
    }

    // Whether the word from `wordStart` keeps its hyphen at `hyphen` (EWT splits the others):
    // a kept prefix ("e-mail"), an office's title ("Secretary-General"), a place's name with
    // particles ("Port-au-Prince") or a model's code ("F-35").
    bool keptWhole(std::size_t wordStart, std::size_t hyphen, std::size_t last) const {
        const std::string_view run = hyphenatedRun(wordStart, last);
        return inList(slice(wordStart, hyphen), HYPHEN_PREFIXES) || hyphenatedTitle(run) ||
               placeWithParticles(run) || modelCode(wordStart, hyphen, last);
    }

    // Splits the middle of a chunk: dashes, ellipses, hyphens, inner commas, clitics.
    void core(std::size_t first, std::size_t last) {
        std::size_t wordStart = first;
        std::size_t i = first;
        while (i < last) {
            const char32_t c = cps_[i].cp;
            const char32_t prev = i > first ? cps_[i - 1].cp : 0;
            const char32_t next = i + 1 < last ? cps_[i + 1].cp : 0;
            std::size_t sepEnd = i;
            if (isDash(c) || c == 0x2026) {
                sepEnd = i + 1;
            } else if ((c == '-' && next == '-') || (c == '.' && next == '.')) {
                sepEnd = i;
                while (sepEnd < last && cps_[sepEnd].cp == c) {
                    ++sepEnd;
                }
            } else if (c == '-' && isAlnum(prev) && isAlnum(next) &&
                       !(isDigit(prev) && isDigit(next)) && !keptWhole(wordStart, i, last)) {
                sepEnd = i + 1;
            } else if ((c == ',' || c == ';') && !(isDigit(prev) && isDigit(next))) {
                sepEnd = i + 1;
            } else if ((c == '(' || c == ')' || c == '"' || c == 0x201C || c == 0x201D) &&
                       i > first) {
                sepEnd = i + 1;
            }
            if (sepEnd > i) {
                word(wordStart, i);
                emit(i, sepEnd);
                i = sepEnd;
                wordStart = i;
                continue;
            }
            ++i;
        }
        word(wordStart, last);
    }

    // One word, split into clitics the UD way; records a multiword token when split.
    void word(std::size_t first, std::size_t last) {
        if (first >= last) {
            return;
        }
        const std::size_t n = last - first;
        const bool apostrophe = std::any_of(cps_.begin() + static_cast<long>(first),
                                            cps_.begin() + static_cast<long>(last),
                                            [](const Cp& c) { return isApostrophe(c.cp); });
        if (!apostrophe && (n < 5 || n > 6)) {
            emit(first, last);
            return;
        }
        std::size_t cut = last;
        const std::string l = normalizedLower(first, std::min(last, first + 12));
        const auto endsWith = [&](std::string_view suffix) {
            const std::string tailLower = normalizedLower(last - std::min(n, suffix.size()), last);
            return n > suffix.size() && tailLower == suffix;
        };
        if (n <= 12 && (l == "cannot" || l == "gonna" || l == "wanna" || l == "gotta")) {
            cut = first + 3;
        } else if (endsWith("n't")) {
            cut = last - 3;
        } else if (endsWith("'s") || endsWith("'d") || endsWith("'m")) {
            cut = last - 2;
        } else if (endsWith("'re") || endsWith("'ve") || endsWith("'ll")) {
            cut = last - 3;
        }
        if (cut == last || cut == first) {
            emit(first, last);
            return;
        }
        const int group = static_cast<int>(multiwords_.size());
        multiwords_.push_back({cps_[first].pos, cps_[last].pos});
        out_.push_back({cps_[first].pos, cps_[cut].pos, group});
        out_.push_back({cps_[cut].pos, cps_[last].pos, group});
    }

    std::string_view text_;
    const LetterNames& names_;
    std::vector<Piece>& out_;
    std::vector<MultiwordSpan>& multiwords_;
    std::vector<Cp> cps_;
};

// Quote state: for each word, whether it sits inside a quotation that goes on past a full stop
// and ends in an attribution (“It is unsafe. Do not buy it,” the outlet said.): the quotation
// closes after a comma or before a lowercase word, within the same paragraph and 60 words.
std::vector<char> insideOpenQuote(std::string_view text, const std::vector<Piece>& pieces,
                                  const std::vector<int>& paragraphBreakBefore) {
    constexpr std::size_t MAX_QUOTE_WORDS = 60;
    std::vector<char> inside(pieces.size(), 0);
    const std::size_t none = pieces.size();
    std::size_t openAt = none;
    const auto form = [&](std::size_t i) {
        return text.substr(pieces[i].start, pieces[i].end - pieces[i].start);
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (paragraphBreakBefore[i] != 0 || (openAt != none && i - openAt > MAX_QUOTE_WORDS)) {
            openAt = none;
        }
        const std::string_view f = form(i);
        const bool spaceBefore = i == 0 || pieces[i - 1].end != pieces[i].start;
        const bool spaceAfter = i + 1 == pieces.size() || pieces[i + 1].start != pieces[i].end;
        bool opens = f == "\xE2\x80\x9C";
        bool closes = f == "\xE2\x80\x9D";
        if (f == "\"") {
            opens = openAt == none && (spaceBefore || !spaceAfter);
            closes = !opens;
        }
        if (opens) {
            openAt = i;
        } else if (closes && openAt != none) {
            const bool afterComma = i > 0 && (form(i - 1) == "," || form(i - 1) == "\xE2\x80\x94");
            const bool beforeLower =
                i + 1 < pieces.size() && startsLowerAt(text, pieces[i + 1].start);
            if (afterComma || beforeLower) {
                for (std::size_t k = openAt + 1; k < i; ++k) {
                    inside[k] = 1;
                }
            }
            openAt = none;
        }
    }
    return inside;
}

std::size_t countCodePoints(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to;) {
        i += decodeAt(text, i).len;
        ++n;
    }
    return n;
}

bool startsLower(std::string_view text, const Piece& p) {
    return isLower(decodeAt(text, p.start).cp);
}

} // namespace

LetterNames letterNames(std::string_view document) {
    LetterNames names;
    for (std::size_t i = 0; i < document.size(); ++i) {
        const char c = document[i];
        const auto wordByte = [&](std::size_t k) {
            const char b = document[k];
            return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                   b == '.' || (static_cast<unsigned char>(b) & 0x80) != 0;
        };
        // ("A" and "I" are words, not names.)
        const bool alone = c >= 'A' && c <= 'Z' && c != 'A' && c != 'I' &&
                           (i == 0 || !wordByte(i - 1)) &&
                           (i + 1 == document.size() || document[i + 1] == ' ' ||
                            document[i + 1] == ',' || document[i + 1] == '\n');
        if (alone) {
            names.written[static_cast<std::size_t>(c - 'A')] = true;
        }
    }
    return names;
}

std::vector<Sentence> tokenize(std::string_view text) {
    return tokenize(text, letterNames(text));
}

std::vector<Sentence> tokenize(std::string_view text, const LetterNames& names) {
    // 1. Whitespace-separated chunks with the number of line breaks before each.
    std::vector<Chunk> chunks;
    int newlines = 0;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint c = decodeAt(text, i);
        if (isSpace(c.cp)) {
            if (c.cp == '\n' || c.cp == 0x2028 || c.cp == 0x2029) {
                ++newlines;
            }
            i += c.len;
            continue;
        }
        std::size_t j = i;
        while (j < text.size()) {
            const CodePoint d = decodeAt(text, j);
            if (isSpace(d.cp)) {
                break;
            }
            j += d.len;
        }
        chunks.push_back({i, j, std::min(newlines, 2)});
        newlines = 0;
        i = j;
    }
    // 2. Words.
    std::vector<Piece> pieces;
    std::vector<int> breakBefore; // 0 none, 1 line break, 2 blank line
    std::vector<MultiwordSpan> multiwords;
    ChunkSplitter splitter(text, names, pieces, multiwords);
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        const std::size_t before = pieces.size();
        const std::string_view next =
            c + 1 < chunks.size()
                ? text.substr(chunks[c + 1].start, chunks[c + 1].end - chunks[c + 1].start)
                : std::string_view();
        const std::string_view previous =
            c > 0 ? text.substr(chunks[c - 1].start, chunks[c - 1].end - chunks[c - 1].start)
                  : std::string_view();
        splitter.split(chunks[c], next, previous);
        for (std::size_t k = before; k < pieces.size(); ++k) {
            breakBefore.push_back(k == before ? chunks[c].newlinesBefore : 0);
        }
    }
    const std::vector<char> quoted = insideOpenQuote(text, pieces, breakBefore);

    // 3. Sentence boundaries: `endsAfter[i]` means a sentence ends after word i.
    std::vector<char> endsAfter(pieces.size(), 0);
    const auto form = [&](std::size_t i) {
        return text.substr(pieces[i].start, pieces[i].end - pieces[i].start);
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i + 1 < pieces.size() && breakBefore[i + 1] > 0) {
            const std::string_view f = form(i);
            const bool continues =
                breakBefore[i + 1] == 1 && startsLower(text, pieces[i + 1]) && !isTerminal(f);
            const bool joiner = breakBefore[i + 1] == 1 && (f == "," || f == "-");
            if (!continues && !joiner) {
                endsAfter[i] = 1;
            }
            continue;
        }
        const std::string_view f = form(i);
        if (isTerminal(f)) {
            std::size_t k = i;
            while (k + 1 < pieces.size() && breakBefore[k + 1] == 0 &&
                   (isTerminal(form(k + 1)) ||
                    (isClosingPunct(form(k + 1)) && pieces[k + 1].start == pieces[k].end))) {
                ++k;
            }
            if (k + 1 < pieces.size() && breakBefore[k + 1] > 0) {
                i = k - 1 + 1;
                endsAfter[k] = 1;
                continue;
            }
            const bool last = k + 1 == pieces.size();
            // After "?" or "!" a lowercase word still starts a new sentence in web text; after
            // "." it usually means an abbreviation we did not know.
            const bool strong = f == "?" || f == "!";
            if (!last && ((!strong && startsLower(text, pieces[k + 1])) || quoted[k + 1] != 0)) {
                i = k;
                continue;
            }
            if (!last && quoted[k] != 0 && quoted[k + 1] == 0 && !isClosingPunct(form(k))) {
                i = k;
                continue;
            }
            endsAfter[k] = 1;
            i = k;
            continue;
        }
        if (pieces[i].keptPeriod || (f.size() > 1 && f.back() == '.')) {
            const std::string_view word = f.substr(0, f.size() - 1);
            const bool mayEnd = word.find('.') != std::string_view::npos || inList(word, ENDERS);
            if (mayEnd && i + 1 < pieces.size() && isStarter(form(i + 1))) {
                endsAfter[i] = 1;
            }
        }
    }
    // 4. Sentences, cutting runaway ones.
    std::vector<Sentence> sentences;
    std::size_t charPos = 0;
    std::size_t bytePos = 0;
    const auto charsAt = [&](std::size_t byte) {
        charPos += countCodePoints(text, bytePos, byte);
        bytePos = byte;
        return charPos;
    };
    Sentence current;
    std::vector<int> groups;
    const auto finish = [&] {
        if (current.tokens.empty()) {
            return;
        }
        current.start = current.tokens.front().start;
        current.end = current.tokens.back().end;
        current.charStart = current.tokens.front().charStart;
        current.charEnd = current.tokens.back().charEnd;
        current.text = std::string(text.substr(current.start, current.end - current.start));
        for (std::size_t w = 0; w < current.tokens.size(); ++w) {
            const int g = groups[w];
            if (g >= 0 && (w == 0 || groups[w - 1] != g)) {
                std::size_t lastWord = w;
                while (lastWord + 1 < current.tokens.size() && groups[lastWord + 1] == g) {
                    ++lastWord;
                }
                const MultiwordSpan& span = multiwords[static_cast<std::size_t>(g)];
                if (lastWord > w) {
                    current.multiwords.push_back(
                        {w, lastWord, std::string(text.substr(span.start, span.end - span.start))});
                }
            }
        }
        sentences.push_back(std::move(current));
        current = Sentence{};
        groups.clear();
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Token t;
        t.start = pieces[i].start;
        t.end = pieces[i].end;
        t.form = std::string(form(i));
        t.charStart = charsAt(t.start);
        t.charEnd = charsAt(t.end);
        const bool glued = i + 1 < pieces.size() && pieces[i + 1].start == pieces[i].end;
        t.misc = glued ? "SpaceAfter=No" : "";
        current.tokens.push_back(std::move(t));
        groups.push_back(pieces[i].group);
        const std::size_t n = current.tokens.size();
        const bool sameGroup =
            i + 1 < pieces.size() && pieces[i].group >= 0 && pieces[i + 1].group == pieces[i].group;
        const bool softCut = n >= SOFT_MAX_WORDS && (form(i) == "," || form(i) == ";");
        if (!sameGroup && (endsAfter[i] != 0 || softCut || n >= MAX_WORDS)) {
            finish();
        }
    }
    finish();
    return sentences;
}

std::optional<Diagnostic> checkText(std::string_view text, std::string_view fileName) {
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint c = decodeAt(text, i);
        if (c.cp == 0) {
            return Diagnostic{std::string(fileName),
                              line,
                              column,
                              DiagCode::BinaryInput,
                              "NUL byte: this looks like a binary file, not text",
                              makeExcerpt(text.substr(lineStart, 80))};
        }
        if (c.cp == 0xFFFD && c.len == 1) {
            return Diagnostic{std::string(fileName),
                              line,
                              column,
                              DiagCode::InvalidUtf8,
                              "byte " + std::to_string(static_cast<unsigned char>(text[i])) +
                                  " is not valid UTF-8",
                              makeExcerpt(text.substr(lineStart, 80))};
        }
        if (c.cp == '\n') {
            ++line;
            column = 1;
            lineStart = i + 1;
        } else {
            ++column;
        }
        i += c.len;
    }
    return std::nullopt;
}

namespace {

double f1(std::size_t matched, std::size_t gold, std::size_t predicted) {
    return gold + predicted == 0 ? 1.0 : 2.0 * double(matched) / double(gold + predicted);
}

using Span = std::pair<std::size_t, std::size_t>;

// Surface token spans of a tokenized sentence: a multiword token is one span.
void surfaceSpans(const Sentence& s, std::set<Span>& out) {
    std::size_t mw = 0;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (mw < s.multiwords.size() && s.multiwords[mw].first == i) {
            out.insert({s.tokens[i].start, s.tokens[s.multiwords[mw].last].end});
            i = s.multiwords[mw].last;
            ++mw;
            continue;
        }
        out.insert({s.tokens[i].start, s.tokens[i].end});
    }
}

} // namespace

double TokenizerScores::tokenF1() const {
    return f1(matchedTokens, goldTokens, predictedTokens);
}

double TokenizerScores::sentenceF1() const {
    return f1(matchedSentences, goldSentences, predictedSentences);
}

TokenizerScores evaluateTokenizer(const std::vector<Sentence>& gold) {
    TokenizerScores scores;
    std::string doc;
    std::set<Span> goldTokens;
    std::set<Span> goldSentences;
    for (const Sentence& s : gold) {
        if (!doc.empty()) {
            doc.push_back(' ');
        }
        const std::size_t base = doc.size();
        doc += s.text;
        goldSentences.insert({base, doc.size()});
        std::size_t pos = 0;
        std::size_t mw = 0;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            std::string_view form = s.tokens[i].form;
            if (mw < s.multiwords.size() && s.multiwords[mw].first == i) {
                form = s.multiwords[mw].form;
                i = s.multiwords[mw].last;
                ++mw;
            }
            ++scores.goldTokens;
            const std::size_t at = s.text.find(form, pos);
            if (at == std::string::npos) {
                continue; // the form is not written as such in the text; counts as missed
            }
            goldTokens.insert({base + at, base + at + form.size()});
            pos = at + form.size();
        }
    }
    scores.goldSentences = goldSentences.size();
    const std::vector<Sentence> predicted = tokenize(doc);
    std::set<Span> predictedTokens;
    for (const Sentence& s : predicted) {
        surfaceSpans(s, predictedTokens);
        ++scores.predictedSentences;
        scores.matchedSentences += goldSentences.count({s.start, s.end});
    }
    scores.predictedTokens = predictedTokens.size();
    for (const Span& span : predictedTokens) {
        scores.matchedTokens += goldTokens.count(span);
    }
    return scores;
}

namespace {

// "’"/"‘" → "'", and with `doubles` also "“"/"”" → '"'.
std::string foldQuotes(std::string_view text, bool doubles) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\xE2\x80\x99") == 0 || text.compare(i, 3, "\xE2\x80\x98") == 0) {
            out.push_back('\'');
            i += 2;
        } else if (doubles && (text.compare(i, 3, "\xE2\x80\x9C") == 0 ||
                               text.compare(i, 3, "\xE2\x80\x9D") == 0)) {
            out.push_back('"');
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

} // namespace

std::string straightQuotes(std::string_view text) {
    return foldQuotes(text, true);
}

std::string straightApostrophes(std::string_view text) {
    return foldQuotes(text, false);
}

bool placeWithParticles(std::string_view word) {
    std::vector<std::string_view> parts;
    for (std::size_t from = 0; from <= word.size();) {
        const std::size_t hyphen = std::min(word.find('-', from), word.size());
        parts.push_back(word.substr(from, hyphen - from));
        from = hyphen + 1;
    }
    const auto capitalisedPart = [](std::string_view p) {
        return p.size() >= 2 && p[0] >= 'A' && p[0] <= 'Z' &&
               std::all_of(p.begin() + 1, p.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (parts.size() < 3 || !capitalisedPart(parts.front()) || !capitalisedPart(parts.back())) {
        return false;
    }
    for (std::size_t k = 1; k + 1 < parts.size(); ++k) {
        if (parts[k] != lowercaseAscii(parts[k]) || !inList(parts[k], PLACE_PARTICLES)) {
            return false;
        }
    }
    return true;
}

bool hyphenatedTitle(std::string_view word) {
    if (inList(word, HYPHENATED_TITLES)) {
        return true;
    }
    // An office not yet taken: "chancellor-in-waiting", "President-elect", "prime
    // minister-designate" (its last word).
    const std::string lower = lowercaseAscii(word);
    for (std::string_view suffix : {"-in-waiting", "-elect", "-designate"}) {
        if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
            const std::string office = lower.substr(0, lower.size() - suffix.size());
            return std::all_of(office.begin(), office.end(),
                               [](char c) { return c >= 'a' && c <= 'z'; }) &&
                   inList(office, OFFICES_NOT_YET_TAKEN);
        }
    }
    return false;
}

std::string lowercaseAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

} // namespace kg::ingest::nlp
