#include "ingest/article/html_reader.h"

#include "ingest/article/dates.h"
#include "ingest/article/text_util.h"

#include <array>
#include <utility>

namespace kg::ingest::article {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

constexpr NamedEntity NAMED[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},
    {"apos", U'\''},    {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"shy", 0xAD},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"minus", 0x2212},  {"hellip", 0x2026},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"laquo", 0xAB},    {"raquo", 0xBB},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"bull", 0x2022},   {"middot", 0xB7},   {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},
    {"plusmn", 0xB1},   {"times", 0xD7},    {"divide", 0xF7},   {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},   {"sup2", 0xB2},     {"sup3", 0xB3},
    {"micro", 0xB5},    {"para", 0xB6},     {"sect", 0xA7},     {"cent", 0xA2},
    {"pound", 0xA3},    {"yen", 0xA5},      {"euro", 0x20AC},   {"curren", 0xA4},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"ordf", 0xAA},     {"ordm", 0xBA},
    {"larr", 0x2190},   {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},
    {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Atilde", 0xC3},
    {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},    {"Ccedil", 0xC7},
    {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},    {"Euml", 0xCB},
    {"Iacute", 0xCD},   {"Ntilde", 0xD1},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},
    {"Ouml", 0xD6},     {"Oslash", 0xD8},   {"Uacute", 0xDA},   {"Uuml", 0xDC},
    {"szlig", 0xDF},    {"agrave", 0xE0},   {"aacute", 0xE1},   {"acirc", 0xE2},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},    {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},
    {"iuml", 0xEF},     {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},
    {"ocirc", 0xF4},    {"otilde", 0xF5},   {"ouml", 0xF6},     {"oslash", 0xF8},
    {"ugrave", 0xF9},   {"uacute", 0xFA},   {"ucirc", 0xFB},    {"uuml", 0xFC},
    {"yacute", 0xFD},   {"yuml", 0xFF},     {"scaron", 0x161},  {"Scaron", 0x160},
};

// Elements whose whole content is page furniture, not the story.
constexpr std::array<std::string_view, 12> SKIPPED = {"nav",    "header",   "footer", "aside",
                                                      "form",   "template", "svg",    "button",
                                                      "select", "iframe",   "object", "dialog"};
// Elements whose content is raw text up to the matching end tag.
constexpr std::array<std::string_view, 5> RAW = {"script", "style", "noscript", "textarea",
                                                 "title"};
constexpr std::array<std::string_view, 27> BLOCKS = {
    "p",       "div",     "li",  "ul", "ol", "table", "tr", "blockquote", "section",
    "article", "main",    "pre", "hr", "dd", "dt",    "dl", "figure",     "figcaption",
    "address", "caption", "h1",  "h2", "h3", "h4",    "h5", "h6",         "center"};
constexpr std::size_t MAX_ATTRIBUTE_BYTES = 1 << 16;

int indexOf(std::string_view name, const auto& table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i] == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool isHeadingName(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Finds the next occurrence of a byte, remembering earlier answers so that repeated searches
// over the same stretch (many unterminated quotes) stay linear overall.
class NextByte {
public:
    NextByte(std::string_view text, char c) : text_(text), c_(c) {}
    std::size_t from(std::size_t pos) {
        if (known_ != UNKNOWN && searchedFrom_ <= pos && (known_ == NONE || known_ >= pos)) {
            return known_ == NONE ? std::string_view::npos : known_;
        }
        searchedFrom_ = pos;
        const std::size_t found = text_.find(c_, pos);
        known_ = found == std::string_view::npos ? NONE : found;
        return found;
    }

private:
    static constexpr std::size_t UNKNOWN = static_cast<std::size_t>(-2);
    static constexpr std::size_t NONE = static_cast<std::size_t>(-1);
    std::string_view text_;
    char c_;
    std::size_t known_ = UNKNOWN;
    std::size_t searchedFrom_ = 0;
};

std::size_t findNoCase(std::string_view hay, std::string_view needle, std::size_t from) {
    // Needles are short lowercase ASCII; first-byte scan then compare.
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (asciiLower(hay[i]) == needle[0] && startsWithNoCase(hay.substr(i), needle)) {
            return i;
        }
    }
    return std::string_view::npos;
}

struct Tag {
    std::string name; // lowercase
    bool closing = false;
    std::vector<std::pair<std::string, std::string>> attributes; // names lowercase, raw values
    std::size_t end = 0;                                         // byte after '>'

    std::string_view attribute(std::string_view key) const {
        for (const auto& [k, v] : attributes) {
            if (k == key) {
                return v;
            }
        }
        return {};
    }
};

class HtmlParser {
public:
    HtmlParser(std::string_view html, std::size_t start, bool skipFurniture)
        : s_(html), pos_(start), gt_(html, '>'), dq_(html, '"'), sq_(html, '\''),
          skipFurniture_(skipFurniture) {}

    void run();
    Document finish(std::string file);

private:
    Tag parseTag(std::size_t open);
    void handleTag(const Tag& tag);
    void text(std::size_t begin, std::size_t end);
    std::string decoded(std::string_view raw) const;
    void endBlock();

    std::string_view s_;
    std::size_t pos_;
    NextByte gt_;
    NextByte dq_;
    NextByte sq_;
    bool skipFurniture_;
    DocumentBuilder builder_;
    std::array<int, SKIPPED.size()> skipDepth_{};
    int skipping_ = 0;
    bool inHeading_ = false;
    bool inListItem_ = false;
    std::size_t textAtBreak_ = static_cast<std::size_t>(-1); ///< block size at the last <br>
    bool inH1_ = false;
    std::string h1_;
    std::string htmlTitle_;
    std::string ogTitle_;
    std::string siteName_;
    std::string metaDate_;
    std::string timeDate_;
};

Tag HtmlParser::parseTag(std::size_t open) {
    Tag tag;
    std::size_t i = open + 1;
    if (i < s_.size() && s_[i] == '/') {
        tag.closing = true;
        ++i;
    }
    while (i < s_.size() &&
           (isAsciiAlpha(s_[i]) || isAsciiDigit(s_[i]) || s_[i] == '-' || s_[i] == ':')) {
        tag.name += asciiLower(s_[i]);
        ++i;
    }
    while (i < s_.size()) {
        while (i < s_.size() && (isAsciiSpace(s_[i]) || s_[i] == '/')) {
            ++i;
        }
        if (i >= s_.size() || s_[i] == '>') {
            break;
        }
        std::string name;
        while (i < s_.size() && !isAsciiSpace(s_[i]) && s_[i] != '=' && s_[i] != '>' &&
               s_[i] != '/') {
            name += asciiLower(s_[i]);
            ++i;
        }
        if (name.empty()) { // a lone '=' or similar: skip it
            ++i;
            continue;
        }
        while (i < s_.size() && isAsciiSpace(s_[i])) {
            ++i;
        }
        std::string value;
        if (i < s_.size() && s_[i] == '=') {
            ++i;
            while (i < s_.size() && isAsciiSpace(s_[i])) {
                ++i;
            }
            if (i < s_.size() && (s_[i] == '"' || s_[i] == '\'')) {
                NextByte& quote = s_[i] == '"' ? dq_ : sq_;
                const std::size_t close = quote.from(i + 1);
                if (close == std::string_view::npos || close - i > MAX_ATTRIBUTE_BYTES) {
                    // Unterminated quote: the tag ends at the next '>'.
                    const std::size_t gt = gt_.from(i);
                    tag.end = gt == std::string_view::npos ? s_.size() : gt + 1;
                    return tag;
                }
                value = std::string(s_.substr(i + 1, close - i - 1));
                i = close + 1;
            } else {
                while (i < s_.size() && !isAsciiSpace(s_[i]) && s_[i] != '>') {
                    value += s_[i];
                    ++i;
                }
            }
        }
        if (tag.attributes.size() < 64) {
            tag.attributes.emplace_back(std::move(name), std::move(value));
        }
    }
    tag.end = i < s_.size() ? i + 1 : s_.size();
    return tag;
}

std::string HtmlParser::decoded(std::string_view raw) const {
    std::string out;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] == '&') {
            const std::size_t used = decodeEntity(raw.substr(i), out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += isAsciiSpace(raw[i]) ? ' ' : raw[i];
        ++i;
    }
    std::string collapsed;
    for (std::string_view w : splitWords(out)) {
        if (!collapsed.empty()) {
            collapsed += ' ';
        }
        collapsed.append(w);
    }
    return collapsed;
}

void HtmlParser::text(std::size_t begin, std::size_t end) {
    if (skipping_ > 0 || begin >= end) {
        return;
    }
    if (inH1_ && h1_.size() < 1000) {
        h1_ += decoded(s_.substr(begin, end - begin)) + " ";
    }
    std::size_t run = begin;
    for (std::size_t i = begin; i < end;) {
        if (s_[i] != '&') {
            ++i;
            continue;
        }
        std::string value;
        const std::size_t used = decodeEntity(s_.substr(i, end - i), value);
        if (used == 0) {
            ++i;
            continue;
        }
        builder_.appendOriginal(s_.substr(run, i - run), run);
        if (value == "\u00A0") {
            value = " ";
        }
        builder_.appendReplacement(value, i);
        i += used;
        run = i;
    }
    builder_.appendOriginal(s_.substr(run, end - run), run);
}

void HtmlParser::endBlock() {
    if (inHeading_) {
        builder_.endBlock(BlockKind::Heading, "heading");
    } else {
        builder_.endBlock(BlockKind::Paragraph, inListItem_ ? "list-item" : "");
    }
    textAtBreak_ = static_cast<std::size_t>(-1);
}

void HtmlParser::handleTag(const Tag& tag) {
    const int skip = skipFurniture_ ? indexOf(tag.name, SKIPPED) : -1;
    if (skip >= 0) {
        auto& depth = skipDepth_[static_cast<std::size_t>(skip)];
        if (!tag.closing) {
            if (skipping_ == 0) {
                endBlock();
            }
            ++depth;
            ++skipping_;
        } else if (depth > 0) {
            --depth;
            --skipping_;
        }
        return;
    }
    if (tag.name == "meta" && !tag.closing) {
        const std::string key =
            asciiLowered(!tag.attribute("property").empty() ? tag.attribute("property")
                         : !tag.attribute("name").empty()   ? tag.attribute("name")
                                                            : tag.attribute("itemprop"));
        const std::string content = decoded(tag.attribute("content"));
        if (key == "og:title" && ogTitle_.empty()) {
            ogTitle_ = content;
        } else if (key == "og:site_name" && siteName_.empty()) {
            siteName_ = content;
        } else if ((key == "article:published_time" || key == "datepublished" || key == "date" ||
                    key == "pubdate" || key == "publish-date" || key == "dc.date" ||
                    key == "dc.date.issued") &&
                   metaDate_.empty()) {
            metaDate_ = content;
        }
        return;
    }
    if (tag.name == "time" && !tag.closing && timeDate_.empty() && skipping_ == 0) {
        timeDate_ = std::string(tag.attribute("datetime"));
    }
    if (skipping_ > 0) {
        return;
    }
    if (isHeadingName(tag.name)) {
        endBlock();
        inHeading_ = !tag.closing;
        if (tag.name == "h1") {
            inH1_ = !tag.closing;
        }
        return;
    }
    if (tag.name == "br") { // a line break; two in a row end the paragraph
        const std::size_t size = builder_.currentText().size();
        if (size == textAtBreak_) {
            endBlock();
        } else {
            builder_.appendReplacement(" ", tag.end - 1);
            textAtBreak_ = builder_.currentText().size();
        }
        return;
    }
    if (indexOf(tag.name, BLOCKS) >= 0) {
        endBlock();
        if (tag.name == "li") {
            inListItem_ = !tag.closing;
        } else if (tag.name == "ul" || tag.name == "ol") {
            inListItem_ = false;
        }
        return;
    }
    if (tag.name == "td" || tag.name == "th" || tag.name == "img") {
        builder_.appendReplacement(" ", tag.end - 1);
    }
}

void HtmlParser::run() {
    std::size_t textStart = pos_;
    while (pos_ < s_.size()) {
        const std::size_t lt = s_.find('<', pos_);
        if (lt == std::string_view::npos) {
            break;
        }
        const char next = lt + 1 < s_.size() ? s_[lt + 1] : '\0';
        if (next == '!' || next == '?') {
            text(textStart, lt);
            std::size_t end = std::string_view::npos;
            if (s_.substr(lt, 4) == "<!--") {
                const std::size_t close = s_.find("-->", lt + 4);
                end = close == std::string_view::npos ? s_.size() : close + 3;
            } else {
                const std::size_t gt = gt_.from(lt);
                end = gt == std::string_view::npos ? s_.size() : gt + 1;
            }
            pos_ = textStart = end;
            continue;
        }
        if (!(isAsciiAlpha(next) ||
              (next == '/' && lt + 2 < s_.size() && isAsciiAlpha(s_[lt + 2])))) {
            pos_ = lt + 1; // a literal '<'
            continue;
        }
        text(textStart, lt);
        const Tag tag = parseTag(lt);
        pos_ = textStart = tag.end;
        const int raw = indexOf(tag.name, RAW);
        if (raw >= 0 && !tag.closing) {
            const std::string closer = "</" + tag.name;
            const std::size_t close = findNoCase(s_, closer, tag.end);
            const std::size_t contentEnd = close == std::string_view::npos ? s_.size() : close;
            if (tag.name == "title" && htmlTitle_.empty()) {
                htmlTitle_ = decoded(s_.substr(tag.end, contentEnd - tag.end));
            } else if (tag.name == "textarea" && skipping_ == 0) {
                text(tag.end, contentEnd);
            }
            std::size_t after = contentEnd;
            if (close != std::string_view::npos) {
                const std::size_t gt = gt_.from(close);
                after = gt == std::string_view::npos ? s_.size() : gt + 1;
            }
            pos_ = textStart = after;
            continue;
        }
        handleTag(tag);
    }
    text(textStart, s_.size());
    endBlock();
}

Document HtmlParser::finish(std::string file) {
    Document doc = builder_.finish(std::move(file));
    const std::string h1(trim(h1_));
    doc.title = !ogTitle_.empty() ? ogTitle_ : (!h1.empty() ? h1 : htmlTitle_);
    for (Block& block : doc.blocks) { // the page's own headline becomes the Title block
        if (block.kind == BlockKind::Heading && !doc.title.empty() &&
            doc.blockText(block) == doc.title) {
            block.kind = BlockKind::Title;
            block.reason.clear();
            break;
        }
    }
    doc.source = siteName_;
    for (const std::string& raw : {metaDate_, timeDate_}) {
        if (auto date = parseIsoDate(raw)) {
            doc.date = toIso(*date);
            break;
        }
    }
    return doc;
}

} // namespace

std::size_t decodeEntity(std::string_view t, std::string& out) {
    if (t.size() < 3 || t[0] != '&') {
        return 0;
    }
    if (t[1] == '#') {
        const bool hex = t.size() > 2 && (t[2] == 'x' || t[2] == 'X');
        std::size_t i = hex ? 3 : 2;
        const std::size_t digitsStart = i;
        std::uint32_t value = 0;
        bool overflow = false;
        while (i < t.size() && i - digitsStart < 8) {
            const char c = t[i];
            int digit = -1;
            if (isAsciiDigit(c)) {
                digit = c - '0';
            } else if (hex && c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (hex && c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            }
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16U : 10U) + static_cast<std::uint32_t>(digit);
            overflow = overflow || value > 0x10FFFF;
            ++i;
        }
        if (i == digitsStart) {
            return 0;
        }
        if (i < t.size() && t[i] == ';') {
            ++i;
        }
        if (overflow || value == 0) {
            value = 0xFFFD;
        }
        if (value >= 0x80 && value <= 0x9F) { // Windows-1252 quirks browsers apply
            static constexpr std::array<char32_t, 32> CP1252 = {
                0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
            value = CP1252[value - 0x80];
        }
        appendUtf8(out, value);
        return i;
    }
    std::size_t i = 1;
    while (i < t.size() && i < 12 && (isAsciiAlpha(t[i]) || isAsciiDigit(t[i]))) {
        ++i;
    }
    if (i >= t.size() || t[i] != ';') {
        return 0;
    }
    const std::string_view name = t.substr(1, i - 1);
    for (const NamedEntity& e : NAMED) {
        if (e.name == name) {
            if (e.codePoint != 0xAD) { // soft hyphen disappears
                appendUtf8(out, e.codePoint);
            }
            return i + 1;
        }
    }
    return 0;
}

ReadResult readHtml(std::string_view bytes, std::string_view file) {
    ReadResult result;
    if (auto error = checkArticleBytes(bytes, file)) {
        result.diagnostics.push_back(std::move(*error));
        return result;
    }
    const std::size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    HtmlParser parser(bytes, start, true);
    parser.run();
    Document doc = parser.finish(std::string(file));
    if (doc.blocks.empty()) {
        // Everything sat inside page furniture (a <form> around the whole page, an unclosed
        // <nav>): read again keeping it, rather than lose the page.
        HtmlParser lenient(bytes, start, false);
        lenient.run();
        doc = lenient.finish(std::string(file));
    }
    if (doc.blocks.empty()) {
        result.diagnostics.push_back({std::string(file), 0, 0, DiagCode::EmptyInput,
                                      "the page has no text outside markup and navigation", "",
                                      Severity::Error});
        return result;
    }
    result.document = std::move(doc);
    return result;
}

} // namespace kg::ingest::article
