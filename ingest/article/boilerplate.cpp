#include "ingest/article/boilerplate.h"

#include "ingest/article/dates.h"
#include "ingest/article/text_util.h"

#include <algorithm>
#include <array>

namespace kg::ingest::article {
namespace {

constexpr std::size_t SHORT_LINE_WORDS = 40;
constexpr std::size_t MAX_LINE_BYTES = 600;

LineClass make(std::string reason) {
    LineClass out;
    out.kind = BlockKind::Boilerplate;
    out.reason = std::move(reason);
    return out;
}

std::string stripPunct(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c == '\'' || c == '-') {
            out += asciiLower(c);
        }
    }
    return out;
}

bool isNumberWord(std::string_view word) {
    static constexpr std::array<std::string_view, 12> NUMBERS = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an"};
    const std::string lower = asciiLowered(word);
    for (std::string_view n : NUMBERS) {
        if (lower == n) {
            return true;
        }
    }
    bool digits = !word.empty();
    for (char c : word) {
        digits = digits && (isAsciiDigit(c) || c == '-');
    }
    return digits;
}

// "3 min read", "5-minute read", "Reading time: 4 minutes", "2 mins".
bool isReadingTime(const std::vector<std::string_view>& words, std::string_view line) {
    if (words.size() > 6) {
        return false;
    }
    if (startsWithNoCase(line, "reading time") || startsWithNoCase(line, "read time") ||
        startsWithNoCase(line, "estimated reading time")) {
        return true;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string w = stripPunct(words[i]);
        std::string unit = w;
        bool hasNumber = false;
        const std::size_t dash = w.find('-');
        if (dash != std::string::npos && dash > 0 && isAsciiDigit(w[0])) { // "5-minute"
            hasNumber = true;
            unit = w.substr(dash + 1);
        } else if (!w.empty() && isAsciiDigit(w[0])) { // "3min"
            std::size_t k = 0;
            while (k < w.size() && isAsciiDigit(w[k])) {
                ++k;
            }
            if (k < w.size()) {
                hasNumber = true;
                unit = w.substr(k);
            }
        } else if (i > 0 && isNumberWord(words[i - 1])) {
            hasNumber = true;
        }
        if (!hasNumber ||
            !(unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")) {
            continue;
        }
        const bool last = i + 1 == words.size();
        const std::string next = last ? std::string() : stripPunct(words[i + 1]);
        if (last || next == "read" || next == "reading" || next == "listen") {
            return i <= 1 && words.size() <= i + 3; // the line is only the reading time
        }
    }
    return false;
}

bool hasQuote(std::string_view line) {
    return line.find('"') != std::string_view::npos ||
           line.find("\u201C") != std::string_view::npos ||
           line.find("\u201D") != std::string_view::npos;
}

bool hasWord(const std::vector<std::string_view>& words,
             std::initializer_list<std::string_view> wanted) {
    for (std::string_view w : words) {
        const std::string s = stripPunct(foldQuotes(w));
        for (std::string_view x : wanted) {
            if (s == x) {
                return true;
            }
        }
    }
    return false;
}

bool isPromotion(const std::vector<std::string_view>& words, std::string_view line,
                 std::string_view lower) {
    if (words.size() > SHORT_LINE_WORDS || hasQuote(line)) {
        return false;
    }
    static constexpr std::array<std::string_view, 16> PHRASES = {
        "feature it in", "advertise with",     "sponsored content",  "partner with us",
        "free trial",    "limited time offer", "exclusive offer",    "industry report",
        "promote your",  "get your project",   "sponsor our",        "use code",
        "get the app",   "download our app",   "upgrade to premium", "unlock full access"};
    for (std::string_view p : PHRASES) {
        if (lower.find(p) != std::string_view::npos) {
            return true;
        }
    }
    // A line that addresses the reader ("you/your") and speaks for the outlet ("our/us") and
    // either asks a question or opens with an imperative is a pitch, not reporting.
    const bool reader = hasWord(words, {"you", "your", "you're", "yours"});
    const bool outlet = hasWord(words, {"our", "us", "we", "we're"});
    static constexpr std::array<std::string_view, 14> OPENERS = {
        "want",     "looking", "interested", "get",  "try",   "join",   "sign",
        "discover", "feature", "advertise",  "grow", "boost", "unlock", "claim"};
    const std::string first = words.empty() ? std::string() : stripPunct(words[0]);
    bool opener = false;
    for (std::string_view o : OPENERS) {
        opener = opener || first == o;
    }
    return reader && outlet && (opener || line.find('?') != std::string_view::npos);
}

bool isSharePrompt(const std::vector<std::string_view>& words, std::string_view line,
                   std::string_view lower) {
    if (words.size() > 25 || hasQuote(line)) {
        return false;
    }
    static constexpr std::array<std::string_view, 22> PHRASES = {
        "subscribe to",     "subscribe now", "subscribe for", "sign up for",   "sign up to",
        "newsletter",       "share this",    "share on",      "share article", "follow us",
        "click here",       "join our",      "tap here",      "get alerts",    "get notified",
        "download the app", "copy link",     "link copied",   "print this",    "email this",
        "leave a comment",  "comments ("};
    for (std::string_view p : PHRASES) {
        if (lower.find(p) != std::string_view::npos) {
            return true;
        }
    }
    // A bare list of networks: "Share: Facebook Twitter LinkedIn".
    std::size_t networks = 0;
    for (std::string_view w : words) {
        const std::string s = stripPunct(w);
        if (s == "facebook" || s == "twitter" || s == "linkedin" || s == "whatsapp" ||
            s == "reddit" || s == "telegram" || s == "email" || s == "x" || s == "share") {
            ++networks;
        }
    }
    return words.size() >= 2 && networks * 2 > words.size();
}

bool isReadMore(const std::vector<std::string_view>& words, std::string_view line) {
    if (words.size() > 25) {
        return false;
    }
    static constexpr std::array<std::string_view, 10> OPENERS = {
        "read more", "read also",   "also read", "related:",  "related articles",
        "see also",  "recommended", "more from", "read next", "continue reading"};
    for (std::string_view o : OPENERS) {
        if (startsWithNoCase(line, o)) {
            return true;
        }
    }
    return false;
}

// "Home › Tech › Chips", "News | Business | Markets", "Home / World".
bool isNavigation(std::string_view line) {
    static constexpr std::array<std::string_view, 6> SEPARATORS = {"\u203A", "\u00BB", " > ",
                                                                   " | ",    " / ",    " \u2022 "};
    for (std::string_view sep : SEPARATORS) {
        std::size_t parts = 1;
        std::size_t longest = 0;
        std::size_t start = 0;
        for (std::size_t pos = line.find(sep); pos != std::string_view::npos;
             pos = line.find(sep, start)) {
            longest = std::max(longest, splitWords(line.substr(start, pos - start)).size());
            ++parts;
            start = pos + sep.size();
        }
        longest = std::max(longest, splitWords(line.substr(start)).size());
        const char last = line.empty() ? ' ' : line.back();
        if (parts >= 3 && longest <= 4 && last != '.' && last != '?' && last != '!') {
            return true;
        }
    }
    return false;
}

bool isByline(const std::vector<std::string_view>& words) {
    if (words.size() < 2 || words.size() > 8 || words[0] != "By") {
        return false;
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string_view w = words[i];
        const bool joiner = w == "and" || w == "&" || w == "|" || w == "-" || w == "in";
        if (!joiner && !(isAsciiUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) {
            return false;
        }
    }
    const char last = words.back().back();
    return last != '.' || words.back().size() <= 2;
}

} // namespace

LineClass classifyLine(std::string_view rawLine) {
    const std::string_view line = trim(rawLine);
    if (line.size() > MAX_LINE_BYTES) { // boilerplate lines are short; keeps long lines linear
        return {};
    }
    const std::vector<std::string_view> words = splitWords(line);
    if (words.empty() || words.size() > SHORT_LINE_WORDS) { // every rule below is for short lines
        return {};
    }
    for (std::string_view prefix : {"Published", "Updated", "Posted", "Last updated"}) {
        if (startsWithNoCase(line, prefix) && words.size() <= 12 &&
            (line.size() == prefix.size() || !isAsciiAlpha(line[prefix.size()]))) {
            return make("dateline");
        }
    }
    if (words.size() <= 8) { // a line that is only a date: "March 15, 2025", "Fri 2025-03-14"
        std::size_t dateBytes = 0;
        for (const DateMention& m : resolveDates(line, std::nullopt)) {
            dateBytes += m.end - m.begin;
        }
        if (dateBytes * 10 >= line.size() * 6) {
            return make("dateline");
        }
    }
    for (std::string_view prefix : {"Source:", "Sources:", "Via:", "Source -", "Source \u2014"}) {
        if (startsWithNoCase(line, prefix) && words.size() <= 8 && line.back() != '.') {
            LineClass out = make("source");
            out.source = std::string(trim(line.substr(prefix.size())));
            return out;
        }
    }
    const std::string lower = asciiLowered(line); // the phrase tables are lower case
    if (isReadingTime(words, line)) {
        return make("reading-time");
    }
    if (isReadMore(words, line)) {
        return make("read-more");
    }
    if (isSharePrompt(words, line, lower)) {
        return make("share-prompt");
    }
    if (isPromotion(words, line, lower)) {
        return make("promotion");
    }
    if (isNavigation(line)) {
        return make("navigation");
    }
    if (isByline(words)) {
        return make("byline");
    }
    if (words.size() <= 20 &&
        (startsWithNoCase(line, "\u00A9") || startsWithNoCase(line, "copyright ") ||
         lower.find("all rights reserved") != std::string::npos)) {
        return make("copyright");
    }
    for (std::string_view prefix :
         {"Photo:", "Image:", "Photo credit", "Image credit", "Image source:", "Featured image"}) {
        if (startsWithNoCase(line, prefix) && words.size() <= 20) {
            return make("caption");
        }
    }
    return {};
}

bool looksLikeHeading(std::string_view rawLine) {
    const std::string_view line = trim(rawLine);
    const std::vector<std::string_view> words = splitWords(line);
    if (words.empty() || words.size() > 15 || line.size() > 140) {
        return false;
    }
    const auto first = static_cast<unsigned char>(line.front());
    if (!(isAsciiUpper(line.front()) || isAsciiDigit(line.front()) || first >= 0x80)) {
        return false;
    }
    if (first >= 0x80) { // opening quote: a quoted sentence, not a heading
        std::size_t length = 1;
        const char32_t cp = decodeUtf8(line, 0, length);
        if (!isWordCodePoint(cp)) {
            return false;
        }
    }
    std::size_t length = 1;
    std::size_t lastStart = line.size() - 1;
    while (lastStart > 0 && (static_cast<unsigned char>(line[lastStart]) & 0xC0) == 0x80) {
        --lastStart;
    }
    const char32_t last = decodeUtf8(line, lastStart, length);
    static constexpr std::array<char32_t, 12> ENDINGS = {
        U'.', U'!', U'?', U':', U';', U',', U'"', U'\'', U'\u201D', U'\u2019', U'\u2026', U')'};
    for (char32_t e : ENDINGS) {
        if (last == e) {
            return false;
        }
    }
    return true;
}

namespace {

// The length of a dateline that names a place and no outlet ("JASPER, Alberta — A wildfire
// tore through ...", "SEOUL — Thousands of workers ..."), 0 when there is none: a first word
// of three or more capital letters and no others, then capitalised words, commas and periods,
// then a dash and a capitalised word. (So "AI — the word of the year" is no dateline.)
std::size_t placeDatelinePrefix(std::string_view paragraph) {
    std::size_t dashAt = std::string_view::npos;
    std::size_t dash = 0;
    for (std::string_view d : {"\u2014", "\u2013", " -- ", " - "}) {
        const std::size_t at = paragraph.find(d);
        if (at != std::string_view::npos && at < dashAt) {
            dashAt = at;
            dash = d.size();
        }
    }
    if (dashAt == std::string_view::npos || dashAt > 60) {
        return 0;
    }
    const std::vector<std::string_view> placeWords = splitWords(trim(paragraph.substr(0, dashAt)));
    if (placeWords.empty() || placeWords.size() > 6) {
        return 0;
    }
    const std::string_view first = placeWords.front();
    if (first.size() < 3 ||
        !std::all_of(first.begin(), first.end(),
                     [](char c) { return isAsciiUpper(c) || c == ',' || c == '.' || c == '-'; }) ||
        std::count_if(first.begin(), first.end(), isAsciiUpper) < 3) {
        return 0;
    }
    for (std::string_view word : placeWords) {
        if (!(isAsciiUpper(word[0]) || isAsciiDigit(word[0])) ||
            word.find_first_of(";:!?()\"") != std::string_view::npos) {
            return 0;
        }
    }
    std::size_t k = dashAt + dash;
    while (k < paragraph.size() && paragraph[k] == ' ') {
        ++k;
    }
    if (k == dashAt + dash && paragraph[dashAt + dash - 1] != ' ') {
        return 0; // no space after the dash
    }
    if (k >= paragraph.size() || !(isAsciiUpper(paragraph[k]) || paragraph[k] == '"' ||
                                   static_cast<unsigned char>(paragraph[k]) >= 0x80)) {
        return 0;
    }
    return k;
}

// The length of a dateline with its outlet in parentheses, 0 when there is none.
std::size_t outletDatelinePrefix(std::string_view paragraph, std::string& outlet) {
    const std::size_t open = paragraph.find('(');
    if (open == std::string_view::npos || open > 60) {
        return 0;
    }
    // The place: capitalised words, digits (a date), commas and periods only ("WASHINGTON, D.C.,
    // June 2").
    // The place starts with a word in capitals, as datelines print it ("Nvidia (NVDA) - ..." is
    // a story, not a dateline).
    const std::string_view place = trim(paragraph.substr(0, open));
    const std::vector<std::string_view> placeWords = splitWords(place);
    for (std::string_view word : placeWords) {
        if (!(isAsciiUpper(word[0]) || isAsciiDigit(word[0]))) {
            return 0;
        }
    }
    if (!placeWords.empty()) {
        const std::string_view first = placeWords.front();
        std::size_t upper = 0;
        for (char c : first) {
            upper += isAsciiUpper(c) ? 1 : 0;
        }
        if (upper < 2 || std::any_of(first.begin(), first.end(), isAsciiLower)) {
            return 0;
        }
    }
    const std::size_t close = paragraph.find(')', open);
    if (close == std::string_view::npos || close - open < 3 || close - open > 40) {
        return 0;
    }
    const std::string_view name = trim(paragraph.substr(open + 1, close - open - 1));
    const std::vector<std::string_view> nameWords = splitWords(name);
    if (nameWords.empty() || nameWords.size() > 4 || !isAsciiUpper(name[0]) ||
        name.find_first_of(".,;:") != std::string_view::npos) {
        return 0;
    }
    std::size_t k = close + 1;
    while (k < paragraph.size() && paragraph[k] == ' ') {
        ++k;
    }
    std::size_t dash = 0;
    for (std::string_view d : {"\u2014", "\u2013", "--", "-"}) {
        if (paragraph.substr(k, d.size()) == d) {
            dash = d.size();
            break;
        }
    }
    if (dash == 0) {
        return 0;
    }
    k += dash;
    if (k >= paragraph.size() || paragraph[k] != ' ') {
        return 0;
    }
    while (k < paragraph.size() && paragraph[k] == ' ') {
        ++k;
    }
    if (k >= paragraph.size()) {
        return 0; // nothing after it: not a story paragraph
    }
    outlet = std::string(name);
    return k;
}

} // namespace

std::size_t datelinePrefix(std::string_view paragraph, std::string& outlet) {
    const std::size_t withOutlet = outletDatelinePrefix(paragraph, outlet);
    return withOutlet > 0 ? withOutlet : placeDatelinePrefix(paragraph);
}

void markBoilerplate(Document& doc) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        Block& block = doc.blocks[i];
        if (block.kind != BlockKind::Paragraph) {
            continue;
        }
        LineClass cls = classifyLine(doc.blockText(block));
        if (cls.kind == BlockKind::Boilerplate) {
            block.kind = BlockKind::Boilerplate;
            block.reason = cls.reason;
            if (!cls.source.empty() && doc.source.empty()) {
                doc.source = cls.source;
            }
        }
    }
    // "(Bloomberg) — The shares ...": the first story paragraph's dateline names the outlet and
    // is no part of the first sentence.
    for (Block& block : doc.blocks) {
        if (block.kind != BlockKind::Paragraph || looksLikeHeading(doc.blockText(block))) {
            continue;
        }
        std::string outlet;
        if (const std::size_t skip = datelinePrefix(doc.blockText(block), outlet); skip > 0) {
            block.begin += skip;
            if (doc.source.empty()) {
                doc.source = outlet;
            }
        }
        break;
    }
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        Block& block = doc.blocks[i];
        if (block.kind != BlockKind::Paragraph || !block.reason.empty() ||
            !looksLikeHeading(doc.blockText(block))) {
            continue;
        }
        std::size_t next = i + 1;
        while (next < doc.blocks.size() && doc.blocks[next].kind == BlockKind::Boilerplate) {
            ++next;
        }
        if (next < doc.blocks.size() && doc.blocks[next].kind == BlockKind::Paragraph) {
            block.kind = BlockKind::Heading;
            block.reason = "heading";
        }
    }
}

} // namespace kg::ingest::article
