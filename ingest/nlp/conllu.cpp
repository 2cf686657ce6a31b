#include "ingest/nlp/conllu.h"

#include <array>
#include <charconv>
#include <optional>

namespace kg::ingest::nlp {

namespace {

constexpr std::size_t COLUMNS = 10;

std::optional<int> parseInt(std::string_view s) {
    int value = 0;
    const auto* last = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), last, value);
    if (ec != std::errc{} || ptr != last) {
        return std::nullopt;
    }
    return value;
}

std::string field(std::string_view s) {
    return s == "_" ? std::string() : std::string(s);
}

class Reader {
public:
    Reader(std::string_view fileName) : fileName_(fileName) {}

    void line(std::string_view text, std::size_t lineNo) {
        if (!text.empty() && text.back() == '\r') {
            text.remove_suffix(1);
        }
        if (text.empty()) {
            finishSentence();
            return;
        }
        if (!inSentence_) {
            inSentence_ = true;
            sentenceLine_ = lineNo;
        }
        if (text.front() == '#') {
            comment(text);
            return;
        }
        wordLine(text, lineNo);
    }

    ConlluReadResult finish() {
        finishSentence();
        return std::move(result_);
    }

private:
    void comment(std::string_view text) {
        constexpr std::string_view SENT_ID = "# sent_id = ";
        constexpr std::string_view TEXT = "# text = ";
        if (text.substr(0, SENT_ID.size()) == SENT_ID) {
            current_.id = std::string(text.substr(SENT_ID.size()));
        } else if (text.substr(0, TEXT.size()) == TEXT) {
            current_.text = std::string(text.substr(TEXT.size()));
        }
    }

    void error(std::size_t lineNo, std::size_t column, DiagCode code, std::string message,
               std::string_view excerpt) {
        result_.diagnostics.push_back(Diagnostic{std::string(fileName_), lineNo, column, code,
                                                 std::move(message), makeExcerpt(excerpt)});
        bad_ = true;
    }

    void wordLine(std::string_view text, std::size_t lineNo) {
        std::array<std::string_view, COLUMNS> cols;
        std::size_t count = 0;
        std::size_t pos = 0;
        for (;;) {
            const std::size_t tab = text.find('\t', pos);
            if (count < COLUMNS) {
                cols[count] = text.substr(pos, tab == std::string_view::npos ? tab : tab - pos);
            }
            ++count;
            if (tab == std::string_view::npos) {
                break;
            }
            pos = tab + 1;
        }
        if (count != COLUMNS) {
            error(lineNo, 1, DiagCode::ConllSyntax,
                  "expected 10 tab-separated columns, found " + std::to_string(count), text);
            return;
        }
        const std::string_view id = cols[0];
        if (id.find('.') != std::string_view::npos) {
            return; // empty node of the enhanced graph
        }
        if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
            const auto first = parseInt(id.substr(0, dash));
            const auto last = parseInt(id.substr(dash + 1));
            if (!first || !last || *first < 1 || *last < *first) {
                error(lineNo, 1, DiagCode::ConllSyntax, "bad multiword token range", text);
                return;
            }
            current_.multiwords.push_back(MultiwordToken{static_cast<std::size_t>(*first - 1),
                                                         static_cast<std::size_t>(*last - 1),
                                                         std::string(cols[1])});
            return;
        }
        const auto index = parseInt(id);
        if (!index || *index != static_cast<int>(current_.tokens.size()) + 1) {
            error(lineNo, 1, DiagCode::ConllSyntax,
                  "word id should be " + std::to_string(current_.tokens.size() + 1), text);
            return;
        }
        Token token;
        token.form = std::string(cols[1]);
        token.lemma = field(cols[2]);
        token.upos = field(cols[3]);
        token.xpos = field(cols[4]);
        token.feats = field(cols[5]);
        token.deprel = field(cols[7]);
        token.misc = field(cols[9]);
        if (cols[6] != "_") {
            const auto head = parseInt(cols[6]);
            if (!head || *head < 0) {
                error(lineNo, 0, DiagCode::ConllSyntax, "HEAD is not a number", text);
                return;
            }
            token.head = *head;
        }
        if (token.form.empty()) {
            error(lineNo, 0, DiagCode::ConllSyntax, "empty FORM", text);
            return;
        }
        current_.tokens.push_back(std::move(token));
        tokenLines_.push_back(lineNo);
    }

    void finishSentence() {
        if (!inSentence_) {
            return;
        }
        if (!bad_ && current_.tokens.empty()) {
            error(sentenceLine_, 0, DiagCode::ConllSyntax, "sentence without words", "");
        }
        if (!bad_) {
            checkTree();
        }
        if (!bad_) {
            result_.sentences.push_back(std::move(current_));
        }
        current_ = Sentence{};
        tokenLines_.clear();
        inSentence_ = false;
        bad_ = false;
    }

    void checkTree() {
        const auto n = static_cast<int>(current_.tokens.size());
        int roots = 0;
        bool anyHead = false;
        for (int i = 0; i < n; ++i) {
            const Token& t = current_.tokens[static_cast<std::size_t>(i)];
            if (t.head < 0) {
                continue;
            }
            anyHead = true;
            if (t.head > n) {
                error(tokenLines_[static_cast<std::size_t>(i)], 0, DiagCode::ConllTree,
                      "HEAD " + std::to_string(t.head) + " is past the last word", t.form);
                return;
            }
            roots += t.head == 0 ? 1 : 0;
        }
        if (!anyHead) {
            return;
        }
        if (roots != 1) {
            error(sentenceLine_, 0, DiagCode::ConllTree,
                  "expected exactly one root, found " + std::to_string(roots), current_.text);
            return;
        }
        // Every word must reach the root: walking up more than n steps means a cycle.
        for (int i = 0; i < n; ++i) {
            int at = i + 1;
            for (int steps = 0; at != 0 && steps <= n; ++steps) {
                const int head = current_.tokens[static_cast<std::size_t>(at - 1)].head;
                at = head < 0 ? 0 : head;
            }
            if (at != 0) {
                error(tokenLines_[static_cast<std::size_t>(i)], 0, DiagCode::ConllTree,
                      "heads form a cycle", current_.tokens[static_cast<std::size_t>(i)].form);
                return;
            }
        }
    }

    std::string_view fileName_;
    ConlluReadResult result_;
    Sentence current_;
    std::vector<std::size_t> tokenLines_;
    std::size_t sentenceLine_ = 0;
    bool inSentence_ = false;
    bool bad_ = false;
};

std::string orUnderscore(const std::string& s) {
    return s.empty() ? "_" : s;
}

} // namespace

ConlluReadResult readConllu(std::istream& in, std::string_view fileName) {
    Reader reader(fileName);
    std::string line;
    std::size_t lineNo = 0;
    while (std::getline(in, line)) {
        reader.line(line, ++lineNo);
    }
    return reader.finish();
}

namespace {

// A comment's value on one line: a sentence of raw text may run over a line break ("Let me
// know\nyou don't ..."), which would end the comment and start a malformed word line.
std::string oneLine(std::string_view value) {
    std::string out(value);
    for (char& c : out) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return out;
}

} // namespace

void writeConllu(std::ostream& out, const std::vector<Sentence>& sentences) {
    for (const Sentence& s : sentences) {
        if (!s.id.empty()) {
            out << "# sent_id = " << oneLine(s.id) << '\n';
        }
        out << "# text = " << oneLine(s.text) << '\n';
        std::size_t nextMultiword = 0;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            if (nextMultiword < s.multiwords.size() && s.multiwords[nextMultiword].first == i) {
                const MultiwordToken& m = s.multiwords[nextMultiword++];
                out << m.first + 1 << '-' << m.last + 1 << '\t' << m.form
                    << "\t_\t_\t_\t_\t_\t_\t_\t_\n";
            }
            const Token& t = s.tokens[i];
            out << i + 1 << '\t' << t.form << '\t' << orUnderscore(t.lemma) << '\t'
                << orUnderscore(t.upos) << '\t' << orUnderscore(t.xpos) << '\t'
                << orUnderscore(t.feats) << '\t';
            if (t.head < 0) {
                out << '_';
            } else {
                out << t.head;
            }
            out << '\t' << orUnderscore(t.deprel) << "\t_\t" << orUnderscore(t.misc) << '\n';
        }
        out << '\n';
    }
}

} // namespace kg::ingest::nlp
