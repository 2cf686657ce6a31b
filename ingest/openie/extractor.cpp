#include "ingest/openie/extractor.h"

#include "ingest/nlp/offices.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/tree_walk.h"
#include "ingest/openie/confidence.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::openie {

std::string_view argRoleName(ArgRole role) {
    switch (role) {
    case ArgRole::Subject:
        return "subject";
    case ArgRole::Object:
        return "object";
    case ArgRole::Time:
        return "time";
    case ArgRole::Place:
        return "place";
    case ArgRole::Other:
        return "other";
    }
    return "other";
}

std::string_view patternName(Pattern pattern) {
    switch (pattern) {
    case Pattern::Verb:
        return "verb";
    case Pattern::Copula:
        return "copula";
    case Pattern::Apposition:
        return "apposition";
    case Pattern::RelativeClause:
        return "relative-clause";
    case Pattern::Participle:
        return "participle";
    case Pattern::Control:
        return "control";
    case Pattern::Conjunct:
        return "conjunct";
    case Pattern::Adverbial:
        return "adverbial";
    case Pattern::Possessive:
        return "possessive";
    }
    return "verb";
}

Proposition Proposition::active() const {
    // (A feeling stays the feeler's: "was deeply troubled by the vote" is how the United
    // States felt, not what the vote did.)
    if (!passive || !agentInArg2 || arg2.empty() ||
        nlp::isOneOf(activeLemma,
                     {"trouble",   "worry",     "concern", "disappoint", "surprise",  "alarm",
                      "shock",     "frustrate", "please",  "satisfy",    "impress",   "upset",
                      "anger",     "dismay",    "delight", "excite",     "scare",     "frighten",
                      "embarrass", "outrage",   "stun",    "thrill",     "sadden",    "disturb",
                      "relieve",   "bother",    "annoy",   "disgust",    "encourage", "amaze"})) {
        return *this;
    }
    Proposition out = *this;
    std::swap(out.arg1, out.arg2);
    out.arg1.role = ArgRole::Subject;
    out.arg1.preposition.clear();
    out.arg2.role = ArgRole::Object;
    // "be banned by" -> lemma of the participle ("ban"), taken from the stored lemma words.
    out.relation = activeLemma;
    out.relationTail.clear();
    out.passive = false;
    out.agentInArg2 = false;
    return out;
}

bool isReportingVerb(std::string_view lemma) {
    return nlp::isOneOf(lemma,
                        {"say",     "tell",        "claim",     "state",    "report",  "announce",
                         "deny",    "add",         "note",      "argue",    "insist",  "believe",
                         "think",   "allege",      "suggest",   "warn",     "write",   "explain",
                         "confirm", "acknowledge", "admit",     "assert",   "contend", "estimate",
                         "predict", "reveal",      "indicate",  "maintain", "stress",  "declare",
                         "accuse",  "complain",    "testify",   "reply",    "respond", "speculate",
                         "caution", "concede",     "emphasize", "emphasise"});
}

namespace {

using nlp::Sentence;
using nlp::Token;
constexpr std::size_t NONE = static_cast<std::size_t>(-1);

using nlp::isOneOf;

using nlp::reasonMarker;

constexpr std::array<std::string_view, 8> MODALS{"may",   "might",  "can",  "could",
                                                 "would", "should", "must", "shall"};

// A bare noun after "by" that names a means or a manner, not an agent: "will be notified by
// letter", "was sent by courier", "is required by law".
bool meansNoun(std::string_view lemma) {
    return isOneOf(lemma, {"letter",  "email",    "mail",      "post",  "phone",   "telephone",
                           "fax",     "text",     "hand",      "air",   "sea",     "rail",
                           "road",    "truck",    "train",     "plane", "ship",    "boat",
                           "courier", "video",    "satellite", "law",   "default", "design",
                           "mistake", "accident", "chance",    "force", "decree",  "consensus",
                           "proxy",   "lottery"});
}

// An adjective that takes an infinitive sharing its subject and says how able, likely, ready
// or willing the subject is to act ("able to pay", "likely to have", "set to launch").
bool controllingAdjective(std::string_view lemma) {
    return isOneOf(lemma,
                   {"able",    "unable",  "likely",    "unlikely", "set",       "poised", "due",
                    "ready",   "willing", "unwilling", "eager",    "reluctant", "keen",   "sure",
                    "certain", "bound",   "prepared",  "quick",    "slow",      "free"});
}

// A day's or a month's name, lower-cased ("may" left out: it is mostly the modal).
bool isDateName(std::string_view w) {
    return isOneOf(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "june", "july", "august",
                       "september", "october", "november", "december"});
}

// Whether a past tense has the participle's form: a regular "-ed" form or an irregular one
// that is the same in both ("sold", "held", "built").
bool participleForm(std::string_view form) {
    const std::string f = nlp::lowercaseAscii(form);
    return (f.size() > 3 && f.ends_with("ed")) ||
           isOneOf(f, {"sold",   "bought", "held",  "caught", "built",   "sent",   "paid",
                       "made",   "found",  "told",  "taught", "brought", "left",   "kept",
                       "lost",   "hit",    "cut",   "put",    "set",     "shut",   "hurt",
                       "spent",  "led",    "fed",   "won",    "shot",    "struck", "hung",
                       "sought", "spun",   "bound", "laid",   "lent",    "met",    "read"});
}

bool isTemporalWord(const Token& t) {
    const std::string w = nlp::lowercaseAscii(t.lemma.empty() ? t.form : t.lemma);
    if (isDateName(w) ||
        isOneOf(w,
                {"year",    "month",     "week",    "day",     "today",   "yesterday", "tomorrow",
                 "time",    "century",   "decade",  "morning", "evening", "night",     "afternoon",
                 "weekend", "may",       "spring",  "summer",  "autumn",  "winter",    "hour",
                 "minute",  "season",    "quarter", "period",  "era",     "moment",    "date",
                 "age",     "childhood", "jan",     "feb",     "mar",     "apr",       "jun",
                 "jul",     "aug",       "sep",     "sept",    "oct",     "nov",       "dec"})) {
        return true;
    }
    // A year: four digits between 1000 and 2199, possibly with a trailing "s" (1990s).
    std::string_view f = t.form;
    if (!f.empty() && f.back() == 's') {
        f.remove_suffix(1);
    }
    if (f.size() == 4 &&
        std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return f[0] == '1' || (f[0] == '2' && f[1] <= '1');
    }
    return false;
}

// The tree of one sentence with child lists; validates heads and rejects cycles.
class Tree {
public:
    explicit Tree(const Sentence& s) : s_(s), kids_(s.tokens.size()), ok_(true) {
        const std::size_t n = s.tokens.size();
        for (std::size_t i = 0; i < n; ++i) {
            const int h = s.tokens[i].head;
            if (h < 0 || static_cast<std::size_t>(h) > n || static_cast<std::size_t>(h) == i + 1) {
                ok_ = false;
                return;
            }
            if (h > 0) {
                kids_[static_cast<std::size_t>(h) - 1].push_back(i);
            }
        }
        // Every word must reach the root within n steps.
        for (std::size_t i = 0; i < n && ok_; ++i) {
            std::size_t cur = i;
            std::size_t steps = 0;
            while (head(cur) != NONE) {
                cur = head(cur);
                if (++steps > n) {
                    ok_ = false;
                    break;
                }
            }
        }
    }

    bool ok() const { return ok_; }
    std::size_t size() const { return s_.tokens.size(); }
    const Token& tok(std::size_t i) const { return s_.tokens[i]; }
    const std::vector<Token>& tokens() const { return s_.tokens; }
    const std::vector<std::size_t>& kids(std::size_t i) const { return kids_[i]; }
    std::size_t head(std::size_t i) const {
        const int h = s_.tokens[i].head;
        return h > 0 ? static_cast<std::size_t>(h) - 1 : NONE;
    }
    std::string_view rel(std::size_t i) const { return s_.tokens[i].deprel; }
    std::string_view base(std::size_t i) const {
        std::string_view r = rel(i);
        return r.substr(0, r.find(':'));
    }
    std::string lemma(std::size_t i) const {
        const Token& t = s_.tokens[i];
        return nlp::lowercaseAscii(t.lemma.empty() ? t.form : t.lemma);
    }
    bool hasFeat(std::size_t i, std::string_view feat) const {
        return s_.tokens[i].feats.find(feat) != std::string::npos;
    }
    std::size_t child(std::size_t i, std::initializer_list<std::string_view> rels) const {
        for (std::size_t k : kids_[i]) {
            if (isOneOf(rel(k), rels)) {
                return k;
            }
        }
        return NONE;
    }
    std::size_t childBase(std::size_t i, std::string_view b) const {
        for (std::size_t k : kids_[i]) {
            if (base(k) == b) {
                return k;
            }
        }
        return NONE;
    }
    bool isPunct(std::size_t i) const { return s_.tokens[i].upos == "PUNCT" || rel(i) == "punct"; }
    // A bare singular noun of means or manner ("by letter", "by law"): a "by" phrase of how,
    // not of whom. (The cheap tests first: this is asked of every "by" phrase.)
    // So is an amount or a span of time, by how much: "could be delayed by up to a week",
    // "was cut by 10%", "were raised by $2 billion".
    bool meansPhrase(std::size_t i) const {
        // (So is a vote, however it is described: "elected by popular vote", "by a vote of
        // 6-3".)
        if (isOneOf(s_.tokens[i].upos, {"NUM", "SYM"}) ||
            isOneOf(lemma(i), {"vote", "ballot", "referendum", "acclamation"}) ||
            isOneOf(lemma(i), {"percent", "%", "week", "day", "month", "year", "hour", "minute",
                               "quarter", "half", "third", "point", "fraction", "million",
                               "billion", "trillion", "thousand", "hundred", "dozen"})) {
            return true;
        }
        return s_.tokens[i].xpos == "NN" &&
               child(i, {"det", "nmod:poss", "nummod", "amod", "compound"}) == NONE &&
               meansNoun(lemma(i));
    }
    bool isNominal(std::size_t i) const {
        return isOneOf(s_.tokens[i].upos, {"NOUN", "PROPN", "PRON", "NUM", "SYM", "X"});
    }
    bool isRelativePronoun(std::size_t i) const {
        if (hasFeat(i, "PronType=Rel")) {
            return true;
        }
        const std::string& x = s_.tokens[i].xpos;
        return (x == "WDT" || x == "WP" || x == "WP$") &&
               isOneOf(lemma(i), {"who", "which", "that", "whom", "whose"});
    }
    // True when a comma stands between `from` and the first word of `i`'s subtree.
    bool commaBefore(std::size_t i, std::size_t from) const {
        std::size_t first = firstWord(i);
        for (std::size_t k = std::min(from, first); k <= std::max(from, first); ++k) {
            if (isOneOf(s_.tokens[k].form, {",", ";", "--", "(", "-LRB-"})) {
                return true;
            }
        }
        return false;
    }
    std::size_t firstWord(std::size_t i) const {
        std::size_t first = i;
        std::vector<std::size_t> stack{i};
        while (!stack.empty()) {
            std::size_t k = stack.back();
            stack.pop_back();
            first = std::min(first, k);
            for (std::size_t c : kids_[k]) {
                stack.push_back(c);
            }
        }
        return first;
    }

    // The subtree of `i`, without the children of `i` that `skipChild` rejects and without the
    // words in `cut`; sorted.
    template <class Skip>
    std::vector<std::size_t> subtree(std::size_t i, Skip skipChild,
                                     const std::vector<std::size_t>& cut = {}) const {
        std::vector<std::size_t> out;
        std::vector<std::size_t> stack{i};
        while (!stack.empty()) {
            std::size_t k = stack.back();
            stack.pop_back();
            if (std::find(cut.begin(), cut.end(), k) != cut.end()) {
                continue;
            }
            out.push_back(k);
            for (std::size_t c : kids_[k]) {
                if (k == i && skipChild(c)) {
                    continue;
                }
                stack.push_back(c);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    const Sentence& s_;
    std::vector<std::vector<std::size_t>> kids_;
    bool ok_;
};

// Where a clause takes its subject (and possibly its object) from.
struct ClauseFrame {
    std::size_t head = NONE;    // clause head word (verb, or predicate of a copula)
    std::size_t subject = NONE; // subject head word
    bool subjectIsNoun = false; // subject is a noun outside the clause (relcl, acl, control)
    std::size_t objectAntecedent = NONE; // relative clause whose relative pronoun is the object
    std::size_t relPronoun = NONE;       // the relative pronoun replaced by the antecedent
    std::size_t placeAntecedent = NONE;  // relative clause of place ("where"): the noun is where
    Pattern pattern = Pattern::Verb;
    bool subjectControl = false; // xcomp sharing the subject of its head ("tries to woo")
};

class Builder {
public:
    Builder(const Sentence& sentence, const Tree& tree, const ExtractorOptions& options,
            std::size_t sentenceIndex)
        : sentence_(sentence), t_(tree), options_(options), sentenceIndex_(sentenceIndex) {}

    std::vector<Proposition> run() {
        for (std::size_t i = 0; i < t_.size(); ++i) {
            if (std::optional<ClauseFrame> frame = clauseFrame(i, 0)) {
                emitClause(*frame);
            }
            if (options_.appositions && t_.rel(i) == "appos" && t_.isNominal(i)) {
                emitApposition(i);
            }
            if (options_.possessives && t_.rel(i) == "nmod:poss" && t_.tok(i).upos == "PROPN") {
                emitPossessive(i);
            }
        }
        return std::move(out_);
    }

private:
    const Sentence& sentence_;
    const Tree& t_;
    const ExtractorOptions& options_;
    std::size_t sentenceIndex_;
    std::vector<Proposition> out_;

    // Whether marker `mark` opens the reason clause of verb `h` (nlp::reasonMarker); not a
    // duty one is charged with now: "The Library Board *is* charged with reviewing the plans".
    bool reasonOf(std::size_t mark, std::size_t h) const {
        if (!reasonMarker(t_.lemma(mark), t_.lemma(h))) {
            return false;
        }
        const std::size_t passive = t_.child(h, {"aux:pass"});
        return !(t_.lemma(mark) == "with" && passive != NONE &&
                 isOneOf(nlp::lowercaseAscii(t_.tok(passive).form), {"is", "are", "am"}));
    }

    // Whether noun `h` is ranked: "the first station", "the only firm", "the largest maker".
    bool rankedNoun(std::size_t h) const {
        return std::any_of(t_.kids(h).begin(), t_.kids(h).end(), [&](std::size_t k) {
            return t_.rel(k) == "amod" && (t_.tok(k).xpos == "JJS" ||
                                           isOneOf(t_.lemma(k), {"first", "last", "only", "sole",
                                                                 "next", "second", "third"}));
        });
    }

    // Whether verb `v` goes on with `noun`, its "with" oblique: "proceed with", or "go", "press",
    // "push", "move" or "forge" with "ahead", "forward" or "on" ("went ahead with the vote").
    bool proceedsWith(std::size_t v, std::size_t noun) const {
        const std::size_t with = t_.child(noun, {"case"});
        if (with == NONE || t_.lemma(with) != "with") {
            return false;
        }
        if (t_.lemma(v) == "proceed") {
            return true;
        }
        return isOneOf(t_.lemma(v), {"go", "press", "push", "move", "forge"}) &&
               std::any_of(t_.kids(v).begin(), t_.kids(v).end(), [&](std::size_t k) {
                   return isOneOf(t_.rel(k), {"advmod", "compound:prt"}) &&
                          isOneOf(nlp::lowercaseAscii(t_.tok(k).form), {"ahead", "forward", "on"});
               });
    }

    bool hasCop(std::size_t i) const { return t_.child(i, {"cop"}) != NONE; }

    bool isClauseHead(std::size_t i) const {
        const std::string_view b = t_.base(i);
        if (isOneOf(b,
                    {"aux", "cop", "case", "mark", "det", "fixed", "flat", "compound", "goeswith",
                     "reparandum", "discourse", "punct", "amod", "cc", "advmod", "orphan"})) {
            return false;
        }
        if (hasCop(i)) {
            return true;
        }
        const std::string& upos = t_.tok(i).upos;
        return upos == "VERB" || (upos == "AUX" && b != "aux");
    }

    // The subject of clause `i` (one noun phrase the parse split into two subjects was joined
    // by subjectsSplitFromOnePhrase before).
    std::size_t ownSubject(std::size_t i) const {
        return t_.child(i, {"nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"});
    }

    // Resolves the subject of clause `i`, following conj, xcomp, relcl, acl and advcl links.
    std::optional<ClauseFrame> clauseFrame(std::size_t i, int depth) const {
        if (depth > 8 || !isClauseHead(i)) {
            return std::nullopt;
        }
        ClauseFrame f;
        f.head = i;
        f.pattern = hasCop(i) ? Pattern::Copula : Pattern::Verb;
        const std::string_view rel = t_.rel(i);
        const std::size_t h = t_.head(i);
        std::size_t subj = ownSubject(i);
        if (subj != NONE && t_.base(subj) == "csubj") {
            return std::nullopt; // "that X is Y seems clear": no phrase to stand as arg1
        }
        if (subj != NONE) {
            if (t_.isRelativePronoun(subj) && rel == "acl:relcl" && h != NONE) {
                f.subject = antecedentOf(h);
                f.subjectIsNoun = true;
                f.relPronoun = subj;
                f.pattern = Pattern::RelativeClause;
            } else {
                f.subject = subj;
            }
            // ("whose shares have tripled": the subject is the noun's own, no object.)
            const bool whose = std::any_of(t_.kids(subj).begin(), t_.kids(subj).end(),
                                           [&](std::size_t k) { return t_.tok(k).xpos == "WP$"; });
            // ("in Ghana when the fires began": a clause of time says when, of no object; nor
            // does one of place: "falling sales in China, where local brands have grown".)
            const auto opens = [&](std::initializer_list<std::string_view> words) {
                return std::any_of(t_.kids(i).begin(), t_.kids(i).end(), [&](std::size_t k) {
                    return t_.rel(k) == "advmod" && isOneOf(t_.lemma(k), words);
                });
            };
            const bool where = opens({"where"});
            // (Nor does a bare one on a noun of time, which says when: "the first time a
            // deputy president has been impeached", "the day the army seized power"; unless
            // the verb takes time as its object: "the hours they spent".)
            const bool timeAntecedent =
                rel == "acl:relcl" && h != NONE && t_.tok(h).upos == "NOUN" &&
                isTemporalWord(t_.tok(h)) &&
                !isOneOf(t_.lemma(i), {"spend", "take", "waste", "need", "give", "lose", "have",
                                       "remember", "recall", "forget", "mark", "celebrate", "set",
                                       "choose", "pick", "describe", "call", "devote"});
            const bool when = where || timeAntecedent || opens({"when", "why"});
            if (rel == "acl:relcl" && h != NONE && where) {
                f.placeAntecedent = antecedentOf(h); // "in" it: "where the fuel tanks were"
                // (A place in the noun's phrase right before the clause is where, whatever the
                // parse hung the clause on: "falling sales in China, where local brands ...".)
                for (std::size_t k : t_.kids(h)) {
                    const std::size_t kc = t_.child(k, {"case"});
                    if (k > h && k < i && t_.rel(k) == "nmod" && kc != NONE &&
                        isOneOf(t_.lemma(kc), {"in", "at"}) && t_.tok(k).upos == "PROPN") {
                        f.placeAntecedent = k;
                    }
                }
            }
            if (rel == "acl:relcl" && h != NONE && f.relPronoun == NONE && !whose) {
                // "which Keibler lost" / "the chips Nvidia sells": the noun is the object.
                std::size_t obj = t_.child(i, {"obj"});
                if ((obj == NONE && !when) || (obj != NONE && t_.isRelativePronoun(obj))) {
                    f.objectAntecedent = antecedentOf(h);
                    f.relPronoun = obj;
                }
                f.pattern = Pattern::RelativeClause;
            }
            return f;
        }
        if (h == NONE) {
            return std::nullopt;
        }
        if (rel == "conj") {
            std::optional<ClauseFrame> up = clauseFrame(h, depth + 1);
            if (!up) {
                return std::nullopt;
            }
            f.subject = up->subject;
            f.subjectIsNoun = up->subjectIsNoun;
            f.pattern = Pattern::Conjunct;
            // (A bare infinitive joined to a controlled one is controlled too: "promised to cut
            // crime and expel migrants" -> "promise to expel".)
            f.subjectControl = up->subjectControl && t_.rel(h) == "xcomp" &&
                               t_.tok(i).xpos == "VB" && t_.child(i, {"aux"}) == NONE;
            return f;
        }
        if (rel == "xcomp") {
            std::size_t obj = t_.child(h, {"obj", "iobj"});
            // "the chipmaker it backs to produce chips": the noun in the object's gap acts.
            if (obj == NONE && objectGap(h) && controlsThroughObject(h) && t_.head(h) != NONE) {
                f.subject = antecedentOf(t_.head(h));
                f.subjectIsNoun = true;
                f.pattern = Pattern::Control;
                return f;
            }
            if (obj != NONE && controlsThroughObject(h) &&
                // "need Congress to act", but "need licenses to sell": with these verbs only a
                // name or a pronoun is asked to act, a thing is what the subject uses.
                (!isOneOf(t_.lemma(h), {"need", "get", "have"}) ||
                 isOneOf(t_.tok(obj).upos, {"PROPN", "PRON"}))) {
                f.subject = obj;
            } else {
                std::optional<ClauseFrame> up = clauseFrame(h, depth + 1);
                if (!up) {
                    return std::nullopt;
                }
                f.subject = up->subject;
                f.subjectIsNoun = up->subjectIsNoun;
                f.subjectControl = !hasCop(h) || mergedIntoXcomp(h);
            }
            f.pattern = Pattern::Control;
            return f;
        }
        if (rel == "acl:relcl") {
            f.subject = antecedentOf(h);
            f.subjectIsNoun = true;
            f.pattern = Pattern::RelativeClause;
            return f;
        }
        // An infinitive on a noun done by the subject the noun belongs to:
        // - "KOMO became the first station to broadcast in stereo", "Huawei is the only firm to
        //   offer such phones": on a predicate noun ranked first, last, only or by a
        //   superlative, after a copula or "become";
        // - "Microsoft is in talks to invest ...", "announced plans to build ...", "signed a
        //   deal to buy ...": on a noun for a plan or an arrangement that the subject is in,
        //   has, makes or reaches, the subject's aim (not asserted: see attribution). Other
        //   verbs leave it alone: "criticized the decision to ban ..." is someone else's.
        if (rel == "acl" && t_.isNominal(h) && t_.tok(i).xpos == "VB") {
            const bool ranked = rankedNoun(h);
            const bool plan =
                isOneOf(t_.lemma(h), {"plan",    "talk",      "agreement", "deal",     "offer",
                                      "bid",     "step",      "vote",      "approval", "permission",
                                      "license", "licence",   "effort",    "attempt",  "commitment",
                                      "pledge",  "intention", "decision",  "push",     "proposal"});
            const std::size_t to = t_.child(i, {"mark"});
            const std::size_t v = t_.head(h);
            // (or goes ahead with: "would go ahead with a vote to name ...", "pressed on with
            // plans to ...", "proceeded with its bid to ...")
            const bool goesAhead = v != NONE && !ranked && t_.rel(h) == "obl" && proceedsWith(v, h);
            const bool byVerb =
                goesAhead ||
                (v != NONE &&
                 (ranked
                      ? isOneOf(t_.rel(h), {"obj", "xcomp"}) &&
                            isOneOf(t_.lemma(v), {"become", "remain"})
                      : isOneOf(t_.rel(h), {"obj", "obl"}) && t_.child(v, {"iobj"}) == NONE &&
                            isOneOf(t_.lemma(v), {"have",  "make", "take",   "announce", "unveil",
                                                  "reach", "sign", "strike", "win",      "receive",
                                                  "seek",  "get",  "obtain", "launch",   "submit",
                                                  "enter", "hold", "begin",  "start",    "open"})));
            // "invoked an emergency law to take control of Nexperia", "passed a bill to ban
            // ...": an instrument the subject invokes, passes or uses does what the subject
            // means it to do.
            const bool instrument =
                v != NONE && t_.rel(h) == "obj" &&
                isOneOf(t_.lemma(h),
                        {"law", "legislation", "bill", "act", "order", "power", "authority", "rule",
                         "regulation", "measure", "mechanism", "tool", "provision", "decree"}) &&
                isOneOf(t_.lemma(v),
                        {"invoke", "use", "pass", "adopt", "enact", "sign", "introduce", "propose",
                         "apply", "issue", "approve", "wield", "draft", "unveil"});
            std::size_t subject = NONE;
            bool subjectIsNoun = false;
            // (A plan's own agent is its doer, whatever the verb: "reflects efforts by Apple
            // to reduce ...", "Apple's efforts to reduce ...".)
            std::size_t agent = plan ? t_.child(h, {"nmod:poss"}) : NONE;
            for (std::size_t c : t_.kids(h)) {
                const std::size_t by = t_.child(c, {"case"});
                if (plan && agent == NONE && c > h && c < i && t_.rel(c) == "nmod" && by != NONE &&
                    t_.lemma(by) == "by") {
                    agent = c;
                }
            }
            if ((ranked || plan || instrument) && to != NONE && t_.lemma(to) == "to") {
                if (hasCop(h)) {
                    subject = t_.child(h, {"nsubj"});
                } else if (agent != NONE) {
                    subject = agent;
                    subjectIsNoun = true;
                } else if (byVerb || instrument) {
                    if (std::optional<ClauseFrame> up = clauseFrame(v, depth + 1)) {
                        subject = up->subject;
                        subjectIsNoun = up->subjectIsNoun;
                    }
                }
            }
            if (subject != NONE) {
                f.subject = subject;
                f.subjectIsNoun = subjectIsNoun;
                f.pattern = Pattern::Control;
                return f;
            }
        }
        if (rel == "acl" && t_.isNominal(h) && t_.tok(i).upos == "VERB" &&
            t_.child(i, {"mark"}) == NONE) {
            f.subject = antecedentOf(h);
            f.subjectIsNoun = true;
            f.pattern = Pattern::Participle;
            return f;
        }
        // "..., labeling them unsafe", "After exiting the business, Intel ...": a participle
        // clause without a subject, bare or after a time word, has the main clause's subject.
        // So has a purpose infinitive ("Beijing poured billions into the industry to reduce its
        // reliance ..."), the main subject's aim (not asserted: see attribution), unless the
        // main verb asks someone else to act ("called on the administration to end ...").
        // After "with" or "in" the gerund is the main subject's only when the main verb has no
        // object: "The board is charged with reviewing the plans", but "The SEC charged Musk
        // with misleading investors", where the object misleads. ("for" is left out: a noun's
        // modifier parsed as a gerund, "rely on chips for braking systems", is common there.)
        // (A gerund after "including" or "like", parsed with the word as its case, is an
        // example of a noun, nobody's act: "gives it a say over some decisions, including
        // moving the headquarters".)
        const std::size_t mark = t_.child(i, {"mark"});
        const std::size_t opener = mark != NONE ? mark : t_.child(i, {"case"});
        const std::string& xpos = t_.tok(i).xpos;
        const bool gerundMark =
            xpos == "VBG" && opener != NONE &&
            (isOneOf(t_.lemma(opener), {"after", "before", "while", "when", "since", "upon", "by",
                                        "despite", "through"}) ||
             (isOneOf(t_.lemma(opener), {"with", "in"}) && t_.child(h, {"obj", "iobj"}) == NONE));
        const bool participle = (xpos == "VBG" || xpos == "VBN") && (opener == NONE || gerundMark);
        // (A sum does nothing: "will pay 272 million dollars to settle a class action" is the
        // payer's purpose, though "pay" may have its object act.)
        // (A counted actor is none: "asked 85 companies to check their procedures".)
        // (Nor does money by another name: "paying bribes to secure oil".)
        const std::size_t object = t_.child(h, {"obj"});
        const bool sumObject =
            object != NONE &&
            (t_.tok(object).upos == "SYM" ||
             isOneOf(t_.lemma(object),
                     {"bribe", "fee", "money", "ransom", "compensation", "dividend", "cash",
                      "salary", "wage", "bonus", "subsidy", "kickback"}) ||
             (t_.child(object, {"nummod"}) != NONE &&
              (nlp::currencyWord(t_.lemma(object)) ||
               isOneOf(t_.lemma(object), {"dong", "rouble", "percent", "share", "ton", "tonne",
                                          "barrel", "million", "billion", "trillion", "unit"}))));
        const bool purpose = mark != NONE && t_.lemma(mark) == "to" && xpos == "VB" &&
                             (!controlsThroughObject(h) || sumObject);
        // Money or means given for a purpose are the receiver's to use: "will award Samsung up
        // to $6.4 billion in grants to expand chip production" -> Samsung expands.
        if (rel == "advcl" && options_.subjectlessAdverbials && purpose &&
            isOneOf(t_.lemma(h),
                    {"award", "grant", "give", "provide", "lend", "loan", "pay", "offer"})) {
            std::size_t receiver = t_.child(h, {"iobj"});
            const std::size_t obj = t_.child(h, {"obj"});
            // (the thing given after it with no preposition, parsed as an oblique: "give the
            // company 90 more days to find a buyer")
            const bool givenAfter =
                obj != NONE &&
                std::any_of(t_.kids(h).begin(), t_.kids(h).end(), [&](std::size_t k) {
                    return k > obj && k < i && t_.base(k) == "obl" &&
                           t_.child(k, {"case"}) == NONE && t_.isNominal(k);
                });
            if (receiver == NONE && obj != NONE && (t_.tok(obj).upos == "PROPN" || givenAfter)) {
                receiver = obj; // the money parsed as an oblique: "award Samsung up to $6.4B"
            }
            if (receiver != NONE) {
                f.subject = receiver;
                f.pattern = Pattern::Adverbial;
                return f;
            }
        }
        // The reason a verb of punishing, blaming or praising gives is what its object did:
        // "fined Frontier Airlines $2.2 million for failing to refund passengers", "sued Meta
        // for breaching the rules".
        // (So is what a verb of accusing says it did: "accused Sanchez of trading justice".)
        if (rel == "advcl" && options_.subjectlessAdverbials && xpos == "VBG" && mark != NONE &&
            reasonOf(mark, h)) {
            std::size_t target = t_.child(h, {"iobj"});
            if (target == NONE && object != NONE && !sumObject) {
                target = object;
            }
            // (in the passive, the one fined: "Meta was fined 1.2 billion euros ... for
            // transferring user data")
            if (target == NONE) {
                target = t_.child(h, {"nsubj:pass"});
            }
            // (on a noun, the one it names: "a man *suspected* of planning to kill Lula")
            bool onNoun = false;
            if (target == NONE && t_.rel(h) == "acl" && t_.tok(h).xpos == "VBN" &&
                t_.head(h) != NONE && t_.isNominal(t_.head(h))) {
                target = antecedentOf(t_.head(h));
                onNoun = true;
            }
            if (target != NONE && target < i) {
                f.subject = target;
                f.subjectIsNoun = onNoun;
                f.pattern = Pattern::Adverbial;
                return f;
            }
        }
        // What one pleads guilty to doing is one's own act: "Binance pleaded guilty to
        // violating sanctions" (the gerund on "guilty", the complement of "pleaded").
        if (rel == "advcl" && options_.subjectlessAdverbials && xpos == "VBG" && mark != NONE &&
            t_.lemma(mark) == "to" && isOneOf(t_.lemma(h), {"guilty", "innocent"}) &&
            t_.rel(h) == "xcomp" && t_.head(h) != NONE && t_.lemma(t_.head(h)) == "plead") {
            const std::size_t pleader = ownSubject(t_.head(h));
            if (pleader != NONE && pleader < i) {
                f.subject = pleader;
                f.pattern = Pattern::Adverbial;
                return f;
            }
        }
        // Who replaces or succeeds someone on being appointed is the appointee: "named Brian
        // Niccol as its new chief executive, replacing Laxman Narasimhan".
        // (The appointee may be parsed as the verb's complement: "named Brian Niccol, the head
        // of Chipotle, as its chief executive, replacing ...".)
        // (Or the participle may hang on that complement itself: "named Chipotle boss Brian
        // Niccol as its new chief executive, replacing ..." on "Brian".)
        const bool onAppointee =
            t_.tok(h).upos == "PROPN" && t_.rel(h) == "xcomp" && t_.head(h) != NONE;
        const std::size_t appointing = onAppointee ? t_.head(h) : h;
        const std::size_t appointee =
            onAppointee ? h : (object != NONE ? object : t_.child(h, {"xcomp"}));
        if (rel == "advcl" && options_.subjectlessAdverbials && xpos == "VBG" && mark == NONE &&
            isOneOf(t_.lemma(i), {"replace", "succeed"}) && appointee != NONE && appointee < i &&
            t_.tok(appointee).upos == "PROPN" &&
            isOneOf(t_.lemma(appointing),
                    {"name", "appoint", "elect", "promote", "hire", "nominate", "choose", "pick",
                     "select", "tap", "install"})) {
            f.subject = appointee;
            f.pattern = Pattern::Adverbial;
            return f;
        }
        // "ordered the company to stop the transfers" with the infinitive parsed as the
        // verb's adverbial: right after the object of a verb of asking, making or letting, the
        // object does it, as with the infinitive as a complement.
        if (rel == "advcl" && mark != NONE && t_.lemma(mark) == "to" && xpos == "VB" &&
            t_.tok(h).upos == "VERB" && controlsThroughObject(h) &&
            !isOneOf(t_.lemma(h), {"need", "get", "have"})) {
            // (Right after it, or after the comma that closes its relative clause: "hired Tang
            // Tan, who spent two decades at Apple, to run a new division".)
            const std::size_t end =
                object == NONE ? NONE
                               : t_.subtree(object, [](std::size_t) { return false; }).back();
            if (object != NONE && object > h && !sumObject &&
                (end + 1 == mark || (end + 2 == mark && t_.tok(end + 1).form == "," &&
                                     t_.child(object, {"acl:relcl"}) != NONE))) {
                f.subject = object;
                f.pattern = Pattern::Control;
                return f;
            }
        }
        if (rel == "advcl" && options_.subjectlessAdverbials && (participle || purpose)) {
            // A participle after a comma that the parse hung on an infinitive whose doer is
            // another verb's object is that verb's subject's: "passed legislation that would
            // force ByteDance to sell TikTok or face a ban, sending the measure to Biden" (the
            // Senate sends, not ByteDance).
            std::size_t from = h;
            if (xpos == "VBG" && mark == NONE && i > h && i > 0 && t_.tok(i - 1).form == ",") {
                std::size_t x = t_.rel(from) == "conj" ? t_.head(from) : from;
                // (also an infinitive parsed as an adverbial: "forcing smartphone makers to
                // preinstall its search app, siding with the regulator")
                const std::size_t xMark = x == NONE ? NONE : t_.child(x, {"mark"});
                const bool infinitive =
                    x != NONE && (t_.rel(x) == "xcomp" || (t_.rel(x) == "advcl" && xMark != NONE &&
                                                           t_.lemma(xMark) == "to"));
                if (infinitive && t_.head(x) != NONE &&
                    t_.child(t_.head(x), {"obj", "iobj"}) != NONE &&
                    controlsThroughObject(t_.head(x))) {
                    from = t_.head(x);
                    // Up through the verbs of a chain of such clauses to one with a subject of
                    // its own: "ordered Google to stop forcing makers to ..." -> the court.
                    for (int steps = 0;
                         steps < 6 && t_.child(from, {"nsubj", "nsubj:pass"}) == NONE &&
                         isOneOf(t_.rel(from), {"xcomp", "advcl"}) && t_.head(from) != NONE &&
                         t_.tok(t_.head(from)).upos == "VERB";
                         ++steps) {
                        from = t_.head(from);
                    }
                    // (and when that verb is a relative clause's, the verb of its noun:
                    // the Senate sends, not the legislation)
                    const std::size_t noun = t_.rel(from) == "acl:relcl" ? t_.head(from) : NONE;
                    if (noun != NONE && t_.head(noun) != NONE &&
                        t_.tok(t_.head(noun)).upos == "VERB") {
                        from = t_.head(noun);
                    }
                }
            }
            std::optional<ClauseFrame> up = clauseFrame(from, depth + 1);
            if (!up) {
                return std::nullopt;
            }
            f.subject = up->subject;
            f.subjectIsNoun = up->subjectIsNoun;
            if (i > h && up->subject != NONE && t_.rel(up->subject) == "nsubj:pass" &&
                objectPronoun(i)) {
                // "Huawei was added to the list, cutting it off": a pronoun object cannot be
                // its own clause's subject, so "it" is Huawei and what cuts is the event, or
                // whoever did it ("was fined by regulators, forcing it to ...").
                const std::size_t agent = t_.child(h, {"obl:agent"});
                if (agent == NONE) {
                    return std::nullopt;
                }
                f.subject = agent;
                f.subjectIsNoun = false;
            }
            f.pattern = Pattern::Adverbial;
            return f;
        }
        return std::nullopt;
    }

    // Whether verb `v`'s object is a personal pronoun that is not reflexive ("cutting it off",
    // not "positioning itself").
    bool objectPronoun(std::size_t v) const {
        const std::size_t obj = t_.child(v, {"obj"});
        return obj != NONE && t_.tok(obj).xpos == "PRP" && !t_.hasFeat(obj, "Reflex=Yes") &&
               !t_.tok(obj).form.ends_with("self") && !t_.tok(obj).form.ends_with("selves");
    }

    // Whether `k` is a gerund completing the verb before it with no marker: "stop *producing*
    // cars", "keep selling", which reads as the gerund ("stop to produce" says otherwise).
    bool gerundComplement(std::size_t k) const {
        return t_.tok(k).xpos == "VBG" && t_.rel(k) == "xcomp" && t_.child(k, {"mark"}) == NONE;
    }

    // The relation word of `k` in a chain of controlled verbs: a gerund complement as written,
    // else the lemma.
    std::string controlledForm(std::size_t k) const {
        return gerundComplement(k) ? nlp::lowercaseAscii(t_.tok(k).form) : t_.lemma(k);
    }

    // Whether the object of verb `v` is the subject of its infinitive ("urged China to lift",
    // "allows firms to ship"): verbs of asking, letting, making and believing. Others with an
    // object and an infinitive state a purpose, whose doer is their own subject ("obtain
    // licenses to ship tools": the companies ship, not the licenses), however the parse labels
    // the infinitive.
    bool controlsThroughObject(std::size_t v) const {
        return t_.tok(v).upos != "VERB" ||
               isOneOf(
                   t_.lemma(v),
                   {"ask",       "tell",      "urge",       "allow",     "permit",    "enable",
                    "force",     "require",   "persuade",   "order",     "encourage", "help",
                    "want",      "expect",    "invite",     "advise",    "pressure",  "press",
                    "push",      "forbid",    "compel",     "cause",     "get",       "instruct",
                    "authorize", "authorise", "prompt",     "lead",      "convince",  "challenge",
                    "call",      "warn",      "remind",     "teach",     "train",     "need",
                    "like",      "prefer",    "hate",       "believe",   "consider",  "declare",
                    "find",      "know",      "see",        "hear",      "make",      "let",
                    "have",      "watch",     "prohibit",   "inspire",   "motivate",  "appoint",
                    "elect",     "choose",    "select",     "hire",      "recruit",   "assign",
                    "tempt",     "oblige",    "empower",    "trust",     "dare",      "beg",
                    "direct",    "mandate",   "commission", "nominate",  "leave",     "keep",
                    "wish",      "love",      "mean",       "intend",    "show",      "report",
                    "say",       "estimate",  "judge",      "deem",      "name",      "label",
                    "brand",     "rate",      "pay",        "bribe",     "lobby",     "petition",
                    "implore",   "entice",    "induce",     "drive",     "spur",      "set",
                    "back",      "fund",      "finance",    "subsidize", "subsidise", "task",
                    "contract",  "engage",    "employ",     "sponsor"});
    }

    // The noun a modifier hangs on; an apposition stands for the noun it renames.
    // A predicate nominal ("X is a footballer who plays ...") stands for its subject.
    std::size_t antecedentOf(std::size_t noun) const {
        if (hasCop(noun)) {
            const std::size_t s = t_.child(noun, {"nsubj"});
            if (s != NONE && !t_.isRelativePronoun(s)) {
                return s;
            }
        }
        return noun;
    }

    bool isClausalModifier(std::size_t k) const {
        return isOneOf(t_.rel(k), {"acl:relcl", "acl", "appos", "parataxis", "advcl", "dep"});
    }

    // Span of a noun phrase headed by `h` as an argument: no coordination (split elsewhere), no
    // appositions, no clausal modifiers set off by a comma, no words of the clause `exclude`.
    std::vector<std::size_t> nounSpan(std::size_t h, std::size_t exclude = NONE,
                                      bool keepConj = false) const {
        std::vector<std::size_t> cut;
        if (exclude != NONE) {
            cut.push_back(exclude);
        }
        std::vector<std::size_t> span = t_.subtree(
            h,
            [&](std::size_t k) {
                const std::string_view r = t_.rel(k);
                if (r == "appos" || r == "parataxis") {
                    return true;
                }
                if (r == "case" && t_.rel(h) == "obl:agent") {
                    return true; // an agent standing as a subject: "regulators", not "by ..."
                }
                if (!keepConj && (r == "conj" || r == "cc" || r == "cc:preconj")) {
                    return true;
                }
                // Relative clauses get their own propositions; CaRB's arguments leave them out.
                if (t_.rel(k) == "acl:relcl" ||
                    (isClausalModifier(k) && k > h && t_.commaBefore(k, h))) {
                    return true;
                }
                return false;
            },
            cut);
        return trimEdges(span);
    }

    std::vector<std::size_t> trimEdges(std::vector<std::size_t> span) const {
        auto bad = [&](std::size_t k) {
            const auto marker = [&](std::size_t m) {
                return m != NONE && t_.rel(m) == "mark" && t_.lemma(m) != "that";
            };
            // (with the rest of a marker of several words: "whether or not")
            return (t_.isPunct(k) && !isOneOf(t_.tok(k).form, {"%", "$"})) || t_.rel(k) == "cc" ||
                   marker(k) || (t_.rel(k) == "fixed" && marker(t_.head(k)));
        };
        while (!span.empty() && bad(span.back())) {
            span.pop_back();
        }
        std::size_t first = 0;
        while (first < span.size() && bad(span[first])) {
            ++first;
        }
        span.erase(span.begin(), span.begin() + static_cast<std::ptrdiff_t>(first));
        // Keep quotes and brackets balanced: drop a lone opening or closing one at either edge.
        return span;
    }

    Argument makeArg(std::vector<std::size_t> tokens, std::size_t head, ArgRole role) const {
        Argument a;
        a.tokens = std::move(tokens);
        a.head = head;
        a.role = role;
        for (std::size_t k : a.tokens) {
            if (!a.text.empty()) {
                a.text += ' ';
            }
            a.text += t_.tok(k).form;
        }
        return a;
    }

    // The alternatives of a coordinated argument headed by `h`: h itself and its nominal conjuncts
    // (not one set aside: "chose Belgium rather than China").
    std::vector<std::size_t> conjuncts(std::size_t h) const {
        std::vector<std::size_t> out{h};
        for (std::size_t k : t_.kids(h)) {
            if (t_.rel(k) == "conj" && out.size() < options_.maxConjuncts &&
                ownSubject(k) == NONE && !hasCop(k) && !nlp::setAsideConjunct(t_.tokens(), k) &&
                (t_.isNominal(k) == t_.isNominal(h) || t_.tok(k).upos == t_.tok(h).upos) &&
                !verbTakenForNoun(k)) {
                out.push_back(k);
            }
        }
        return out;
    }

    // A bare singular noun right after "and" that a noun phrase it does not govern follows:
    // a verb the tagger took for a noun ("restore market confidence and address Chinese
    // users' concerns").
    bool verbTakenForNoun(std::size_t k) const {
        if (t_.tok(k).xpos != "NN" || k == 0 || t_.rel(k - 1) != "cc" || k + 1 >= t_.size()) {
            return false;
        }
        for (std::size_t c : t_.kids(k)) {
            if (t_.rel(c) != "cc" && t_.rel(c) != "punct") {
                return false; // it has words of its own: a noun phrase
            }
        }
        const std::size_t next = k + 1;
        return isOneOf(t_.tok(next).upos, {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"}) &&
               t_.head(next) != k;
    }

    // The noun phrase a relative or participial clause hangs on, without that clause and without
    // the preposition or adverb that attach the noun to its own clause ("in ways that ...").
    std::vector<std::size_t> antecedentSpan(std::size_t h, std::size_t clause) const {
        std::vector<std::size_t> span = nounSpan(h, clauseRootUnder(h, clause));
        const std::vector<std::size_t> cw = caseWords(h);
        std::erase_if(span, [&](std::size_t w) {
            return std::find(cw.begin(), cw.end(), w) != cw.end() ||
                   (t_.head(w) == h && t_.rel(w) == "advmod" && w < h);
        });
        return trimEdges(std::move(span));
    }

    // "The Commerce Department on Monday added ...": a time phrase between the subject and its
    // verb that the parse hung on the subject is the verb's. NONE when there is none.
    std::size_t timeOnSubject(const ClauseFrame& f) const {
        if (f.subjectIsNoun || f.subject == NONE || f.head == NONE || f.subject > f.head) {
            return NONE;
        }
        for (std::size_t k : t_.kids(f.subject)) {
            if (k > f.subject && k < f.head &&
                isOneOf(t_.rel(k), {"nmod", "nmod:tmod", "nmod:unmarked", "obl:tmod"}) &&
                roleOf(k) == ArgRole::Time) {
                return k;
            }
        }
        return NONE;
    }

    std::vector<Argument> subjectAlternatives(const ClauseFrame& f) const {
        std::vector<Argument> out;
        const std::size_t time = timeOnSubject(f);
        for (std::size_t h : conjuncts(f.subject)) {
            // The subject noun of a relative/participial clause must not swallow that clause.
            std::vector<std::size_t> span = f.subjectIsNoun
                                                ? antecedentSpan(h, f.head)
                                                : nounSpan(h, h == f.subject ? time : NONE);
            if (span.empty()) {
                continue;
            }
            out.push_back(makeArg(std::move(span), h, ArgRole::Subject));
        }
        return out;
    }

    // The child of `noun` on the path down to `word` (the clause to leave out of its span).
    std::size_t clauseRootUnder(std::size_t noun, std::size_t word) const {
        std::size_t cur = word;
        for (std::size_t steps = 0; cur != NONE && steps <= t_.size(); ++steps) {
            if (t_.head(cur) == noun) {
                return cur;
            }
            cur = t_.head(cur);
        }
        return NONE;
    }

    // "a quarter of a percentage point", "half of its revenue": a fraction of a thing, no span of
    // the year ("the first quarter of 2024" is one). So is how much a thing changed by: "dropped
    // by a quarter", "cut by half" (not "by next quarter").
    bool fractionOfAThing(std::size_t k) const {
        if (!isOneOf(t_.lemma(k), {"quarter", "half"})) {
            return false;
        }
        for (std::size_t m : t_.kids(k)) {
            const std::size_t mc = t_.child(m, {"case"});
            if (m > k && t_.rel(m) == "nmod" && mc != NONE && t_.lemma(mc) == "of") {
                return !isTemporalWord(t_.tok(m));
            }
        }
        const std::size_t by = t_.child(k, {"case"});
        const std::size_t det = t_.child(k, {"det", "amod"});
        return by != NONE && t_.lemma(by) == "by" &&
               (det == NONE || isOneOf(nlp::lowercaseAscii(t_.tok(det).form), {"a", "one"}));
    }

    ArgRole roleOf(std::size_t k) const {
        if (t_.rel(k) == "obl:tmod" || (t_.rel(k) == "obl:npmod" && isTemporalWord(t_.tok(k)))) {
            return ArgRole::Time;
        }
        std::size_t c = t_.child(k, {"case"});
        const std::string prep = c == NONE ? "" : t_.lemma(c);
        if (isOneOf(prep, {"during", "since", "until", "till", "before", "after", "throughout"}) ||
            (isTemporalWord(t_.tok(k)) && !fractionOfAThing(k))) {
            return ArgRole::Time;
        }
        // A number or a date's name on the noun makes it a time ("at the March meeting"), but
        // not any word of time in a compound ("in third-quarter profit", "for prime-time shows",
        // "out of the 2006 competition" are no times). So does a month on a day's number ("on
        // March 18", where EWT hangs the month on the day).
        for (std::size_t m : t_.kids(k)) {
            const bool dateName = isDateName(nlp::lowercaseAscii(t_.tok(m).form));
            if ((t_.rel(m) == "nummod" && isTemporalWord(t_.tok(m))) ||
                (t_.rel(m) == "compound" && dateName) ||
                (t_.rel(m) == "nmod:unmarked" && dateName && t_.tok(k).upos == "NUM")) {
                return ArgRole::Time;
            }
        }
        if (isOneOf(prep, {"in", "at", "near", "across", "inside", "outside", "from"}) &&
            t_.tok(k).upos == "PROPN") {
            return ArgRole::Place;
        }
        return ArgRole::Other;
    }

    std::vector<std::size_t> caseWords(std::size_t k) const {
        std::vector<std::size_t> out;
        for (std::size_t c : t_.kids(k)) {
            if (t_.rel(c) == "case" && c < k) {
                out.push_back(c);
                for (std::size_t f : t_.kids(c)) {
                    if (t_.rel(f) == "fixed") {
                        out.push_back(f);
                    }
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Whether a noun names what someone holds or puts forward rather than what is so, so that a
    // "that" clause on it is not asserted: "the claim that", "fears that", "a warning that".
    static bool heldNotTold(std::string_view noun) {
        return isOneOf(noun,
                       {"claim",       "allegation",  "accusation", "charge",      "rumor",
                        "rumour",      "speculation", "suggestion", "fear",        "concern",
                        "worry",       "hope",        "belief",     "view",        "idea",
                        "theory",      "suspicion",   "assertion",  "argument",    "assurance",
                        "promise",     "pledge",      "warning",    "expectation", "prediction",
                        "possibility", "risk",        "likelihood", "notion",      "doubt",
                        "demand",      "proposal",    "denial",     "threat",      "guess",
                        "impression",  "perception",  "feeling",    "sense",       "prospect"});
    }

    // Attribution of clause `i`: walks up through ccomp/xcomp/parataxis/conj links.
    void attribution(std::size_t i, Proposition& p) const {
        std::size_t cur = i;
        for (std::size_t steps = 0; steps <= t_.size(); ++steps) {
            const std::size_t h = t_.head(cur);
            if (h == NONE) {
                break;
            }
            const std::string_view r = t_.base(cur);
            const std::size_t mark = t_.child(cur, {"mark"});
            // (Any of its markers counts: "opened an investigation into whether Meta breached
            // the act" has "into" first.)
            const bool conditional =
                (r == "advcl" && mark != NONE &&
                 isOneOf(t_.lemma(mark), {"if", "whether", "unless", "to"})) ||
                (isOneOf(r, {"advcl", "acl"}) &&
                 std::any_of(t_.kids(cur).begin(), t_.kids(cur).end(), [&](std::size_t c) {
                     return t_.rel(c) == "mark" && isOneOf(t_.lemma(c), {"whether", "unless"});
                 }));
            const bool objectControl =
                r == "xcomp" && t_.tok(cur).upos == "VERB" && !mergedIntoXcomp(h);
            // An infinitive on a noun is an aim ("plans to build"), unless the noun ranks its
            // subject ("the first company to reach ...").
            const bool aim = r == "acl" && mark != NONE && t_.lemma(mark) == "to" &&
                             t_.tok(cur).xpos == "VB" && !rankedNoun(h);
            // (What a verb of punishing or praising gives as its reason is its subject's
            // word: "fined Frontier for failing to refund passengers".)
            const bool reason =
                r == "advcl" && mark != NONE && t_.tok(cur).xpos == "VBG" && reasonOf(mark, h);
            if (reason) {
                p.asserted = false;
                const std::size_t s = ownSubject(h);
                if (p.attributedTo.empty() && s != NONE && !t_.isRelativePronoun(s)) {
                    p.attributedTo = makeArg(nounSpan(s), s, ArgRole::Subject).text;
                }
            }
            if (aim) {
                p.asserted = false;
            }
            // "claims by the commission that it tricked customers", "fears that prices will
            // rise": a clause that says what a claim, a fear or a hope holds is not the text's
            // own word (unlike "the fact that", "news that").
            if (r == "acl" && mark != NONE && t_.lemma(mark) == "that" &&
                t_.tok(h).upos == "NOUN" && heldNotTold(t_.lemma(h))) {
                p.asserted = false;
                break;
            }
            if (r == "ccomp" || objectControl || r == "csubj" || conditional) {
                p.asserted = false;
                if (p.attributedTo.empty() && (isReportingVerb(t_.lemma(h)) || r == "ccomp")) {
                    std::size_t s = ownSubject(h);
                    if (s != NONE && !t_.isRelativePronoun(s)) {
                        p.attributedTo = makeArg(nounSpan(s), s, ArgRole::Subject).text;
                    }
                }
            } else if (r != "conj" && r != "advcl" && r != "xcomp") {
                // (An adverbial or a complement clause is said with the clause it hangs on:
                // "Huang has said the company will comply ... while continuing to serve
                // customers in China".)
                break;
            }
            cur = h;
        }
        // "..., the article stated": a reporting verb hanging off the clause as parataxis (or,
        // as parsers often have it, as an adverbial clause with no marker after a comma:
        // "..., reports Bloomberg"). (Or off the first of joined verbs, after this one: "will
        // close three factories and cut jobs, the head of its works council told employees".)
        const auto reportedBy = [&](std::size_t k) {
            // (Not one with its own content or conjunction: "X accused Y, and Z said W".)
            const bool ownContent = t_.child(k, {"ccomp", "cc"}) != NONE;
            const bool sideClause =
                !ownContent && (t_.rel(k) == "parataxis" ||
                                (t_.rel(k) == "advcl" && k > i && t_.child(k, {"mark"}) == NONE &&
                                 ownSubject(k) != NONE && k > 0 && t_.tok(k - 1).upos == "PUNCT"));
            if (sideClause && isReportingVerb(t_.lemma(k))) {
                std::size_t s = ownSubject(k);
                p.asserted = false;
                if (s != NONE && p.attributedTo.empty()) {
                    p.attributedTo = makeArg(nounSpan(s), s, ArgRole::Subject).text;
                }
            }
        };
        for (std::size_t k : t_.kids(i)) {
            reportedBy(k);
        }
        // (Or off the verb whose complement this clause is: "Meta will stop *using*
        // fact-checkers, chief executive Mark Zuckerberg said" has the report on "stop".)
        const auto reportedAbove = [&](std::string_view link) {
            for (std::size_t up = i, steps = 0;
                 t_.rel(up) == link && t_.head(up) != NONE && steps < t_.size();
                 up = t_.head(up), ++steps) {
                for (std::size_t k : t_.kids(t_.head(up))) {
                    if (k > i) {
                        reportedBy(k);
                    }
                }
            }
        };
        reportedAbove("xcomp");
        reportedAbove("conj");
    }

    // Whether relative clause `v` has a subject of its own and no object or relative word, so
    // that the noun it hangs on is its object: "the chipmaker it backs to produce chips".
    bool objectGap(std::size_t v) const {
        if (t_.rel(v) != "acl:relcl" || t_.child(v, {"obj"}) != NONE) {
            return false;
        }
        const std::size_t subject = t_.child(v, {"nsubj"});
        return subject != NONE && !t_.isRelativePronoun(subject) &&
               std::none_of(t_.kids(v).begin(), t_.kids(v).end(),
                            [&](std::size_t k) { return t_.isRelativePronoun(k); });
    }

    // A verb whose only complement is a subject-control clause ("tries to woo X") is said
    // together with that clause, not on its own.
    // So is an adjective after a copula that only says how able, likely or ready the subject is
    // to do it ("were able to reinforce the hotel", "aren't likely to have a major impact").
    bool mergedIntoXcomp(std::size_t v) const {
        if (t_.child(v, {"obj", "iobj", "ccomp"}) != NONE ||
            (objectGap(v) && controlsThroughObject(v)) ||
            (hasCop(v) && !(t_.tok(v).upos == "ADJ" && controllingAdjective(t_.lemma(v))))) {
            return false;
        }
        const std::size_t x = t_.child(v, {"xcomp"});
        return x != NONE && t_.tok(x).upos == "VERB" && ownSubject(x) == NONE && !hasCop(x);
    }

    // "not", "n't", "never", and "no longer" (advmod "longer" with its own "no").
    bool isNegation(std::size_t k) const { return negates(sentence_, k); }

    // The particle of verb `v`: its compound:prt, or an adverb of direction right after it
    // and right before the preposition of the verb's oblique, which the treebank leaves an
    // adverb ("pressed *ahead* with the plan", "moved *forward* with"). NONE when none.
    std::size_t particleOf(std::size_t v) const {
        const std::size_t prt = t_.child(v, {"compound:prt"});
        if (prt != NONE) {
            return prt;
        }
        const std::size_t k = v + 1;
        if (k + 1 >= sentence_.tokens.size() || t_.head(k) != v || t_.rel(k) != "advmod" ||
            !isOneOf(nlp::lowercaseAscii(t_.tok(k).form),
                     {"ahead", "forward", "back", "away", "along"})) {
            return NONE;
        }
        const std::size_t noun = t_.head(k + 1);
        return t_.rel(k + 1) == "case" && noun != NONE && t_.head(noun) == v &&
                       t_.rel(noun) == "obl"
                   ? k
                   : NONE;
    }

    // The words of `v`'s verb group other than `v`: auxiliaries (noting modality and, when
    // `ownVoice`, the passive), negation, particle and an infinitive "to".
    void collectVerbWords(std::size_t v, Proposition& p, bool ownVoice,
                          std::vector<std::size_t>& relWords) const {
        const std::size_t particle = particleOf(v);
        // A subject counted out denies the verb: "Neither the EU nor Britain took part", "No
        // company responded".
        if (const std::size_t subject = t_.child(v, {"nsubj", "nsubj:pass"}); subject != NONE) {
            for (std::size_t k : t_.kids(subject)) {
                const std::string lower = nlp::lowercaseAscii(t_.tok(k).form);
                if ((t_.rel(k) == "cc:preconj" && lower == "neither") ||
                    (t_.rel(k) == "det" && k < subject && isOneOf(lower, {"neither", "no"}))) {
                    p.negated = true;
                }
            }
        }

        for (std::size_t k : t_.kids(v)) {
            const std::string_view r = t_.rel(k);
            if (r == "aux" || r == "aux:pass" || r == "cop") {
                relWords.push_back(k);
                const std::string l = t_.lemma(k);
                if (std::find(MODALS.begin(), MODALS.end(), l) != MODALS.end()) {
                    p.modality = l;
                }
                if (r == "aux:pass" && ownVoice) {
                    p.passive = true;
                }
            } else if (isNegation(k)) {
                relWords.push_back(k);
                const std::size_t no = t_.child(k, {"advmod", "det"});
                if (no != NONE && t_.lemma(no) == "no") {
                    relWords.push_back(no);
                }
                p.negated = true;
            } else if (k == particle) {
                relWords.push_back(k);
            } else if (r == "mark" && t_.lemma(k) == "to" && k < v &&
                       std::none_of(t_.kids(v).begin(), t_.kids(v).end(), [&](std::size_t c) {
                           return t_.rel(c) == "mark" && t_.lemma(c) == "for";
                       })) {
                // (Not the "to" of an infinitive with a subject of its own: "calling for
                // Healthcare to pay HealthVest" -> "pay".)
                relWords.push_back(k);
            }
        }
    }

    // The verb group of `v`: auxiliaries, negation, particle and the verb itself, with the
    // negation and modality they carry; the passive flag only when `ownVoice`.
    std::vector<std::size_t> verbGroup(std::size_t v, Proposition& p, bool ownVoice) const {
        std::vector<std::size_t> relWords;
        collectVerbWords(v, p, ownVoice, relWords);
        if (!hasCop(v)) {
            relWords.push_back(v);
        }
        std::sort(relWords.begin(), relWords.end());
        return relWords;
    }

    void emitClause(const ClauseFrame& f) {
        const std::size_t v = f.head;
        const bool copular = f.pattern == Pattern::Copula || hasCop(v);
        if (mergedIntoXcomp(v)) {
            return;
        }
        Proposition p;
        p.pattern = f.pattern;
        p.sentenceIndex = sentenceIndex_;

        // Relation words: auxiliaries, negation, adverbs between them, copula/verb, particle;
        // for "tries to woo", the controlling verbs' groups first.
        std::vector<std::size_t> relWords;
        std::string prefixLemma;
        if (f.subjectControl) {
            // (from the infinitive a controlled conjunct is joined to)
            const std::size_t controlled = t_.rel(v) == "conj" ? t_.head(v) : v;
            std::vector<std::size_t> chain;
            for (std::size_t c = controlled; t_.rel(c) == "xcomp" && t_.head(c) != NONE &&
                                             mergedIntoXcomp(t_.head(c)) && chain.size() < 4;
                 c = t_.head(c)) {
                chain.push_back(t_.head(c));
            }
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                std::vector<std::size_t> g = verbGroup(*it, p, false);
                relWords.insert(relWords.end(), g.begin(), g.end());
                // A passive controller keeps its form: "be barred from selling"; an adjective
                // its copula: "be able to".
                if (hasCop(*it)) {
                    relWords.push_back(*it);
                    prefixLemma += "be " + t_.lemma(*it) + " ";
                } else {
                    prefixLemma += t_.child(*it, {"aux:pass"}) != NONE
                                       ? "be " + t_.tok(*it).form + " "
                                       : controlledForm(*it) + " ";
                }
                const std::size_t prt = particleOf(*it);
                if (prt != NONE) {
                    prefixLemma += t_.lemma(prt) + " ";
                }
                // The clause's own marker ("from selling"), else "to" (none for a bare
                // infinitive: "helped broker").
                const std::size_t next = it + 1 == chain.rend() ? controlled : *(it + 1);
                const std::size_t mark = t_.child(next, {"mark"});
                if (mark != NONE && t_.lemma(mark) == "from") {
                    prefixLemma += "from ";
                    relWords.push_back(mark);
                } else if (!gerundComplement(next) &&
                           !(mark == NONE && t_.tok(next).xpos == "VB")) {
                    prefixLemma += "to ";
                    if (next != v && mark != NONE && it + 1 == chain.rend() &&
                        t_.child(v, {"mark"}) == NONE) {
                        relWords.push_back(mark); // (the conjunct's "to" is its twin's)
                    }
                }
            }
        }
        collectVerbWords(v, p, true, relWords);
        // A past participle is passive ("chips designed for China") unless it has a direct
        // object, which only an active verb takes ("the giant designed the chips" misparsed as
        // a participle).
        const bool ownObject = t_.child(v, {"obj"}) != NONE;
        if ((f.pattern == Pattern::Participle || f.pattern == Pattern::Adverbial) &&
            t_.tok(v).xpos == "VBN" && !ownObject) {
            p.passive = true;
        }
        // So is a participle joined to a passive that shares its auxiliary: "The canal was
        // built by the United States and *handed* to Panama", "Yoon was impeached and
        // *arrested*".
        // (A past tense of the participle's form counts, tagged as the tagger likes; a verb
        // that mostly goes without an object does not: "was founded in 1990 and expanded into
        // Asia", "was arrested and died in custody".)
        if (f.pattern == Pattern::Conjunct && !ownObject && t_.head(v) != NONE &&
            t_.child(v, {"aux", "aux:pass", "cop", "nsubj", "expl"}) == NONE &&
            t_.child(t_.head(v), {"aux:pass"}) != NONE &&
            (t_.tok(v).xpos == "VBN" ||
             (t_.tok(v).xpos == "VBD" && participleForm(t_.tok(v).form))) &&
            !nlp::amountChangeVerb(t_.lemma(v)) &&
            !isOneOf(t_.lemma(v),
                     {"grow",    "expand",  "close",     "open",      "continue", "remain",
                      "begin",   "start",   "end",       "die",       "survive",  "return",
                      "resign",  "retire",  "recover",   "improve",   "increase", "decrease",
                      "succeed", "fail",    "collapse",  "merge",     "operate",  "work",
                      "move",    "live",    "stay",      "escape",    "flee",     "agree",
                      "refuse",  "decline", "vow",       "pledge",    "promise",  "appear",
                      "testify", "plead",   "apologize", "apologise", "speak",    "change",
                      "evolve",  "last"})) {
            p.passive = true;
        }
        if (!copular) {
            relWords.push_back(v);
        }
        std::sort(relWords.begin(), relWords.end());
        if (!relWords.empty()) {
            // Adverbs inside the verb group ("has repeatedly denied") belong to its surface text.
            for (std::size_t k : t_.kids(v)) {
                if (t_.rel(k) == "advmod" && k > relWords.front() && k < relWords.back() &&
                    std::find(relWords.begin(), relWords.end(), k) == relWords.end() &&
                    t_.kids(k).empty()) {
                    relWords.push_back(k);
                }
            }
            std::sort(relWords.begin(), relWords.end());
        }

        // Complements.
        std::vector<std::size_t> objs; // obj / iobj heads
        std::vector<std::size_t> obls; // obl heads
        std::size_t ccomp = NONE;
        std::size_t xcomp = NONE;
        std::size_t agent = NONE;
        for (std::size_t k : t_.kids(v)) {
            const std::string_view r = t_.rel(k);
            const std::string_view b = t_.base(k);
            // (A relative word after a preposition stays, to stand for the noun: "in which".)
            if (k == f.relPronoun || (t_.rel(v) == "acl:relcl" && t_.isRelativePronoun(k) &&
                                      !(t_.rel(k) == "obl" && t_.child(k, {"case"}) != NONE))) {
                continue;
            }
            // "according to the FT" names the source, whatever label the parse gave it.
            const std::size_t kc = t_.child(k, {"case"});
            if ((b == "obj" || b == "iobj") && kc != NONE && t_.lemma(kc) == "accord") {
                p.asserted = false;
                p.attributedTo = makeArg(nounSpan(k, kc, true), k, ArgRole::Other).text;
                continue;
            }
            if (!copular && (b == "obj" || b == "iobj")) {
                objs.push_back(k);
            } else if (b == "obl" && r != "obl:agent") {
                std::size_t c = t_.child(k, {"case"});
                if (c != NONE && t_.lemma(c) == "by" && p.passive && agent == NONE &&
                    !t_.meansPhrase(k)) {
                    agent = k;
                } else if (c != NONE && t_.lemma(c) == "accord") {
                    p.asserted = false;
                    p.attributedTo = makeArg(nounSpan(k, c, true), k, ArgRole::Other).text;
                } else if (!t_.isRelativePronoun(k) || f.objectAntecedent == NONE) {
                    obls.push_back(k);
                }
            } else if (r == "obl:agent" && !t_.meansPhrase(k)) {
                agent = k;
            } else if (r == "obl:agent") {
                obls.push_back(k); // "notified by letter": how, not by whom
            } else if (!copular && b == "ccomp") {
                ccomp = k;
            } else if (b == "xcomp") {
                xcomp = k;
            }
        }

        // arg2 and the relation's tail (a moved preposition or complementiser).
        std::vector<std::size_t> tailWords;
        std::string tailLemma;
        std::vector<std::size_t> arg2Heads;
        std::vector<std::size_t> arg2Span;
        std::size_t arg2Head = NONE;
        std::size_t movedObl = NONE;
        bool arg2IsNounHead = false;
        if (copular) {
            std::vector<std::size_t> cw = caseWords(v);
            for (std::size_t c : cw) {
                tailWords.push_back(c);
                tailLemma += (tailLemma.empty() ? "" : " ") + t_.lemma(c);
            }
            arg2Head = v;
            arg2IsNounHead = true;
        } else if (f.objectAntecedent != NONE && objs.empty()) {
            // "the chips (that) Nvidia sells": the noun is the object.
            arg2Head = f.objectAntecedent;
        } else if (f.placeAntecedent != NONE && objs.empty() && ccomp == NONE &&
                   !(p.passive && agent != NONE)) {
            // "the wing section where the fuel tanks were located": located in the section.
            arg2Head = f.placeAntecedent;
            tailLemma += (tailLemma.empty() ? "" : " ") + std::string("in");
        } else if (p.passive && agent != NONE) {
            arg2Head = agent;
            movedObl = agent;
            p.agentInArg2 = true;
        } else if (!objs.empty()) {
            arg2Head = objs.front();
            arg2IsNounHead = true;
        } else if (ccomp != NONE) {
            arg2Head = ccomp;
        } else {
            for (std::size_t k : obls) {
                if (k > v && roleOf(k) != ArgRole::Time && t_.child(k, {"case"}) != NONE) {
                    arg2Head = k;
                    movedObl = k;
                    arg2IsNounHead = true;
                    break;
                }
            }
            if (arg2Head == NONE && xcomp != NONE && !isClauseHead(xcomp)) {
                arg2Head = xcomp;
            }
        }
        // A complement's own "not" denies the relation: "Adams pleaded *not* guilty" is no
        // plea of guilty.
        if (arg2Head != NONE && arg2Head == xcomp && !isClauseHead(xcomp)) {
            for (std::size_t k : t_.kids(xcomp)) {
                if (k < xcomp && isNegation(k)) {
                    p.negated = true;
                    relWords.push_back(k);
                }
            }
        }
        if (movedObl != NONE) {
            for (std::size_t c : caseWords(movedObl)) {
                tailWords.push_back(c);
                tailLemma += (tailLemma.empty() ? "" : " ") + t_.lemma(c);
            }
        }

        std::vector<Argument> arg2Alts;
        if (arg2Head != NONE) {
            if (copular) {
                std::vector<std::size_t> skip = tailWords;
                std::vector<std::size_t> span = t_.subtree(
                    v,
                    [&](std::size_t k) {
                        const std::string_view r = t_.rel(k);
                        const std::string_view b = t_.base(k);
                        return isOneOf(b, {"nsubj", "csubj", "cop", "aux", "mark", "punct", "advcl",
                                           "parataxis", "conj", "cc", "ccomp", "appos"}) ||
                               isNegation(k) || (b == "obl" && roleOf(k) == ArgRole::Time) ||
                               (k < v && r == "advmod") || k == f.relPronoun ||
                               (isClausalModifier(k) && t_.commaBefore(k, v));
                    },
                    skip);
                span = trimEdges(span);
                if (!span.empty()) {
                    arg2Alts.push_back(makeArg(std::move(span), v, ArgRole::Object));
                }
                for (std::size_t k : conjuncts(v)) {
                    if (k == v || isClauseHead(k)) {
                        continue;
                    }
                    std::vector<std::size_t> s2 = nounSpan(k);
                    std::vector<std::size_t> cw = caseWords(k);
                    std::erase_if(s2, [&](std::size_t w) {
                        return std::find(cw.begin(), cw.end(), w) != cw.end();
                    });
                    if (!s2.empty()) {
                        arg2Alts.push_back(makeArg(std::move(s2), k, ArgRole::Object));
                    }
                }
            } else if (arg2Head == ccomp) {
                std::vector<std::size_t> span =
                    t_.subtree(ccomp, [](std::size_t) { return false; });
                std::size_t mark = t_.child(ccomp, {"mark"});
                if (mark != NONE && t_.lemma(mark) == "that" && mark == span.front()) {
                    tailWords.push_back(mark);
                    tailLemma += (tailLemma.empty() ? "" : " ") + std::string("that");
                    span.erase(span.begin());
                }
                span = trimEdges(span);
                if (!span.empty()) {
                    arg2Alts.push_back(makeArg(std::move(span), ccomp, ArgRole::Object));
                }
            } else if (arg2Head == f.objectAntecedent || arg2Head == f.placeAntecedent) {
                std::vector<std::size_t> span = antecedentSpan(arg2Head, v);
                if (!span.empty()) {
                    arg2Alts.push_back(makeArg(std::move(span), arg2Head, ArgRole::Object));
                }
            } else {
                for (std::size_t h : conjuncts(arg2Head)) {
                    std::vector<std::size_t> span = nounSpan(h);
                    std::vector<std::size_t> cw = caseWords(h);
                    std::erase_if(span, [&](std::size_t w) {
                        return std::find(cw.begin(), cw.end(), w) != cw.end() ||
                               std::find(tailWords.begin(), tailWords.end(), w) != tailWords.end();
                    });
                    span = trimEdges(span);
                    if (!span.empty()) {
                        arg2Alts.push_back(makeArg(std::move(span), h, ArgRole::Object));
                    }
                }
            }
        }
        (void)arg2IsNounHead;
        (void)arg2Span;
        (void)arg2Heads;

        // Extra arguments: the other objects, obliques and a clausal or predicative complement.
        std::vector<Argument> extras;
        auto addExtra = [&](std::size_t k, ArgRole role) {
            std::vector<std::size_t> span = nounSpan(k, NONE, true);
            // A relative word after a preposition stands for the clause's noun: "Mitsubishi
            // Motors, *in which* Nissan holds a 24% stake" -> "in Mitsubishi Motors".
            if (t_.child(k, {"case"}) != NONE &&
                isOneOf(nlp::lowercaseAscii(t_.tok(k).form), {"which", "whom"}) &&
                t_.rel(v) == "acl:relcl" && t_.head(v) != NONE) {
                const std::size_t noun = antecedentOf(t_.head(v));
                std::vector<std::size_t> words = nounSpan(noun, v);
                std::erase_if(words, [&](std::size_t w) {
                    return t_.head(w) == noun && t_.rel(w) == "case";
                });
                Argument a = makeArg(std::move(words), noun, role);
                a.preposition = t_.lemma(t_.child(k, {"case"}));
                a.text = a.preposition + " " + a.text;
                extras.push_back(std::move(a));
                return;
            }
            // (A relative word alone is no argument: "said in a letter that Intel would ..."
            // with "that" parsed as an oblique of "become".)
            if (span.empty() ||
                (span.size() == 1 && isOneOf(t_.tok(span.front()).xpos, {"WDT", "WP"}))) {
                return;
            }
            Argument a = makeArg(std::move(span), k, role);
            std::size_t c = t_.child(k, {"case"});
            if (c != NONE) {
                // All its case words with their fixed words: "ahead of", "because of", "due to".
                for (std::size_t cw : t_.kids(k)) {
                    if (t_.rel(cw) != "case" || cw > k) {
                        continue;
                    }
                    a.preposition += (a.preposition.empty() ? "" : " ") + std::string(t_.lemma(cw));
                    for (std::size_t fixed : t_.kids(cw)) {
                        if (t_.rel(fixed) == "fixed") {
                            a.preposition += " " + std::string(t_.lemma(fixed));
                        }
                    }
                }
            }
            extras.push_back(std::move(a));
        };
        if (!copular) {
            for (std::size_t k : objs) {
                if (k != arg2Head) {
                    addExtra(k, ArgRole::Other);
                }
            }
        }
        for (std::size_t k : obls) {
            if (k != movedObl && !(copular && roleOf(k) != ArgRole::Time)) {
                addExtra(k, roleOf(k));
            }
        }
        if (!copular && xcomp != NONE && xcomp != arg2Head) {
            std::vector<std::size_t> span =
                trimEdges(t_.subtree(xcomp, [](std::size_t) { return false; }));
            if (!span.empty()) {
                extras.push_back(makeArg(std::move(span), xcomp, ArgRole::Other));
            }
        }
        if (!copular && ccomp != NONE && ccomp != arg2Head) {
            std::vector<std::size_t> span =
                trimEdges(t_.subtree(ccomp, [](std::size_t) { return false; }));
            if (!span.empty()) {
                extras.push_back(makeArg(std::move(span), ccomp, ArgRole::Other));
            }
        }
        // "The shares surged after Beijing imposed export controls": a verb with nothing else
        // said of it takes its adverbial clause of time or cause as an argument, as CaRB's gold
        // does ("exists | the band | after Mark Portmann left").
        if (!copular && arg2Head == NONE && extras.empty()) {
            for (std::size_t k : t_.kids(v)) {
                const std::size_t mark = t_.child(k, {"mark"});
                if (t_.rel(k) != "advcl" || k < v || mark == NONE || mark > k ||
                    !isOneOf(t_.lemma(mark),
                             {"after", "before", "until", "since", "because", "once"})) {
                    continue;
                }
                // (The marker stays: "after the company cut its forecast".)
                std::vector<std::size_t> span =
                    trimEdges(t_.subtree(k, [](std::size_t) { return false; }));
                if (!span.empty()) {
                    if (std::find(span.begin(), span.end(), mark) == span.end()) {
                        span.insert(std::lower_bound(span.begin(), span.end(), mark), mark);
                    }
                    Argument a = makeArg(std::move(span), k, ArgRole::Other);
                    a.preposition = t_.lemma(mark);
                    extras.push_back(std::move(a));
                }
                break;
            }
        }
        for (std::size_t k : t_.kids(v)) {
            if (t_.rel(k) == "advmod" && k > v && t_.kids(k).empty() && isTemporalWord(t_.tok(k))) {
                addExtra(k, ArgRole::Time);
            }
        }
        if (const std::size_t time = timeOnSubject(f); time != NONE) {
            addExtra(time, ArgRole::Time);
        }
        std::sort(extras.begin(), extras.end(), [](const Argument& a, const Argument& b) {
            return a.tokens.front() < b.tokens.front();
        });

        // Relation strings.
        std::vector<std::size_t> allRel = relWords;
        allRel.insert(allRel.end(), tailWords.begin(), tailWords.end());
        std::sort(allRel.begin(), allRel.end());
        allRel.erase(std::unique(allRel.begin(), allRel.end()), allRel.end());
        p.relationTokens = allRel;
        for (std::size_t k : allRel) {
            p.relationText += (p.relationText.empty() ? "" : " ") + t_.tok(k).form;
        }
        std::string verbLemma;
        if (copular) {
            verbLemma = "be";
            std::size_t cop = t_.child(v, {"cop"});
            if (cop != NONE) {
                verbLemma = t_.lemma(cop);
            }
        } else {
            verbLemma = f.subjectControl ? controlledForm(v) : t_.lemma(v);
            const std::size_t prt = particleOf(v);
            if (prt != NONE) {
                verbLemma += " " + t_.lemma(prt);
            }
        }
        if (p.passive) {
            p.activeLemma = verbLemma;
            std::string participle = nlp::lowercaseAscii(t_.tok(v).form);
            const std::size_t prt = particleOf(v);
            if (prt != NONE) {
                participle += " " + t_.lemma(prt);
            }
            p.relation = "be " + participle;
        } else {
            p.relation = verbLemma;
        }
        p.relation = prefixLemma + p.relation;
        if (!tailLemma.empty()) {
            p.relation += " " + tailLemma;
            p.relationTail = tailLemma;
        }
        if (p.relationText.empty()) {
            return;
        }

        attribution(v, p);

        std::vector<Argument> subjects = subjectAlternatives(f);
        if (subjects.empty()) {
            return;
        }
        if (arg2Alts.empty()) {
            arg2Alts.push_back(Argument{});
        }
        for (const Argument& s : subjects) {
            for (const Argument& o : arg2Alts) {
                Proposition q = p;
                q.arg1 = s;
                q.arg2 = o;
                q.extras = extras;
                if (overlaps(q) || loneRelativePronoun(q.arg1) || loneRelativePronoun(q.arg2)) {
                    continue;
                }
                q.alternatives = subjects.size() * arg2Alts.size();
                q.confidence = scoreConfidence(q, context(q));
                out_.push_back(std::move(q));
            }
        }
    }

    ConfidenceContext context(const Proposition& p) const {
        return confidenceContext(sentence_, p);
    }

    // "who" or "which" left over when the parser missed the relative clause.
    bool loneRelativePronoun(const Argument& a) const {
        return a.tokens.size() == 1 && t_.isRelativePronoun(a.tokens[0]);
    }

    static bool overlaps(const Proposition& p) {
        for (std::size_t k : p.arg1.tokens) {
            if (std::find(p.arg2.tokens.begin(), p.arg2.tokens.end(), k) != p.arg2.tokens.end() ||
                std::find(p.relationTokens.begin(), p.relationTokens.end(), k) !=
                    p.relationTokens.end()) {
                return true;
            }
        }
        return false;
    }

    // "China's Ministry of Foreign Affairs" -> (China, has, Ministry of Foreign Affairs): only for
    // named possessors, where the pattern mostly states a fact.
    void emitPossessive(std::size_t owner) {
        const std::size_t h = t_.head(owner);
        if (h == NONE || !t_.isNominal(h) || t_.tok(h).upos == "PRON") {
            return;
        }
        std::vector<std::size_t> left = t_.subtree(owner, [&](std::size_t k) {
            return t_.rel(k) == "case" || t_.rel(k) == "punct" || t_.rel(k) == "conj" ||
                   t_.rel(k) == "cc";
        });
        std::vector<std::size_t> right = nounSpan(h, owner);
        std::erase_if(right, [&](std::size_t k) {
            return (t_.head(k) == h && (t_.rel(k) == "det" || t_.rel(k) == "case")) ||
                   std::find(left.begin(), left.end(), k) != left.end() ||
                   (t_.head(k) == owner && t_.rel(k) == "case");
        });
        left = trimEdges(std::move(left));
        right = trimEdges(std::move(right));
        if (left.empty() || right.empty()) {
            return;
        }
        emitFixed(Pattern::Possessive, "have", "has", std::move(left), owner, std::move(right), h);
    }

    void emitApposition(std::size_t a) {
        const std::size_t h = t_.head(a);
        // Only appositions set off by a comma or a bracket; the parser's other appos are noise.
        // Nor one of a day or a date, which the parse gives what follows it: "signed an order on
        // Wednesday, the largest in its history".
        if (h == NONE || !t_.isNominal(h) || a < h || !t_.commaBefore(a, h + 1) ||
            isDateName(nlp::lowercaseAscii(t_.tok(h).form))) {
            return;
        }
        // Nor a noun with a preposition of its own, a phrase the parse took for one: "issued
        // an order against Google, its first against a big U.S. technology company".
        if (const std::size_t c = t_.child(a, {"case"}); c != NONE && c < a) {
            return;
        }
        // Nor a span of time before "after" or "before": "signed the bill, a day after
        // protesters stormed parliament" dates the clause, and the bill is no day.
        if (isOneOf(t_.lemma(a), {"day", "week", "month", "year", "hour", "minute", "weekend"}) &&
            a + 1 < t_.size() &&
            isOneOf(nlp::lowercaseAscii(t_.tok(a + 1).form), {"after", "before", "later"})) {
            return;
        }
        // Nor a word for an act with a relative clause after a common noun: it sums up the
        // clause before it ("proposed making Nissan a subsidiary, a plan that the board
        // rejected" is no subsidiary that is a plan).
        if (t_.tok(h).upos == "NOUN" &&
            isOneOf(t_.lemma(a), {"plan", "move", "step", "decision", "measure", "proposal", "idea",
                                  "change", "development"}) &&
            t_.child(a, {"acl:relcl", "acl"}) != NONE) {
            return;
        }
        // Nor one on the last of a list, which it does not describe alone: "plants in Arizona,
        // Ohio, New Mexico and Oregon, the largest award under the CHIPS Act".
        if (t_.rel(h) == "conj" && t_.child(h, {"cc"}) != NONE) {
            return;
        }
        std::vector<std::size_t> left = antecedentSpan(h, a);
        std::vector<std::size_t> right = t_.subtree(a, [&](std::size_t k) {
            return isOneOf(t_.rel(k),
                           {"acl:relcl", "acl", "appos", "punct", "conj", "cc", "parataxis"});
        });
        right = trimEdges(right);
        if (left.empty() || right.empty()) {
            return;
        }
        emitFixed(Pattern::Apposition, "be", "is", std::move(left), h, std::move(right), a);
    }

    // A proposition whose relation is fixed by its pattern rather than read from the words.
    void emitFixed(Pattern pattern, const char* relation, const char* relationText,
                   std::vector<std::size_t> left, std::size_t leftHead,
                   std::vector<std::size_t> right, std::size_t rightHead) {
        Proposition p;
        p.pattern = pattern;
        p.sentenceIndex = sentenceIndex_;
        p.relation = relation;
        p.relationText = relationText;
        p.arg1 = makeArg(std::move(left), leftHead, ArgRole::Subject);
        p.arg2 = makeArg(std::move(right), rightHead, ArgRole::Object);
        p.confidence = scoreConfidence(p, context(p));
        out_.push_back(std::move(p));
    }
};

} // namespace

namespace {

using nlp::headOf;
using nlp::phraseEdges;

// The first test of each repair, on one word: a finite reporting verb right after punctuation
// (invertReportingSubjects), a gerund its verb's xcomp right after it (gerundsBeforeTheirNouns).
bool reportingAfterPunctuation(const std::vector<Token>& w, std::size_t v) {
    return v > 0 && w[v].upos == "VERB" && isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) &&
           w[v - 1].upos == "PUNCT" &&
           isOneOf(w[v].lemma,
                   {"say", "report", "add", "note", "write", "comment", "explain", "state", "claim",
                    "announce", "warn", "argue", "insist", "conclude", "tell"});
}

bool gerundAfterItsVerb(const std::vector<Token>& w, std::size_t g) {
    // (Or its adverbial, after a verb that takes an object and has none: "signed licensing
    // agreements with publishers".)
    const bool adverbial =
        g > 0 && w[g].deprel == "advcl" &&
        isOneOf(w[g - 1].lemma,
                {"sign",    "reach",     "strike", "announce", "impose", "approve", "issue",
                 "adopt",   "introduce", "unveil", "launch",   "seek",   "win",     "secure",
                 "propose", "lift",      "ease",   "tighten",  "extend", "offer"}) &&
        std::none_of(w.begin(), w.end(),
                     [&](const Token& t) {
                         return t.head == static_cast<int>(g) &&
                                (t.deprel == "obj" || t.deprel == "mark");
                     }) &&
        std::none_of(w.begin(), w.end(), [&](const Token& t) {
            return t.head == static_cast<int>(g) + 1 && t.deprel == "mark";
        });
    return g > 0 && w[g].xpos == "VBG" && (w[g].deprel == "xcomp" || adverbial) &&
           w[g].head == static_cast<int>(g) && w[g - 1].upos == "VERB";
}

// "according to" introducing a phrase that hangs on a word other than a verb
// (accordingToOnTheVerb).
bool accordingOffTheVerb(const std::vector<Token>& w, std::size_t c) {
    if (c + 1 >= w.size() || w[c].deprel != "case" || w[c].head <= 0 ||
        (w[c].form != "according" && w[c].form != "According") || w[c + 1].form != "to") {
        return false;
    }
    const std::size_t up = headOf(w, headOf(w, c));
    return up != NONE && !isOneOf(w[up].upos, {"VERB", "AUX"});
}

// A finite verb without a subject right after "as/while/after ... NOUN" that the parse made
// an oblique of the verb above, or a modifier of a noun below that verb (subordinateSubjects).
std::size_t obliqueBeforeSubjectlessVerb(const std::vector<Token>& w, std::size_t v) {
    const std::size_t n = w.size();
    if (v < 2 || w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBZ", "VBD", "VBP"}) ||
        w[v].head <= 0 || !isOneOf(w[v].deprel, {"advcl", "conj", "parataxis"})) {
        return NONE;
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (w[k].head == static_cast<int>(v) + 1 &&
            (w[k].deprel.starts_with("nsubj") || w[k].deprel.starts_with("csubj") ||
             w[k].deprel == "expl" || w[k].deprel == "mark")) {
            return NONE;
        }
    }
    // The noun whose phrase ends right before the verb, a sibling of the verb.
    std::size_t noun = v - 1;
    while (noun > 0 && headOf(w, noun) != NONE && headOf(w, noun) < v && headOf(w, noun) > noun) {
        noun = headOf(w, noun); // up to the phrase's head
    }
    // A sibling of the verb, or a noun's modifier below the verb's head ("rose 3% in London
    // after the miner agreed to buy ...": "miner" hung on "%").
    bool below = w[noun].head == w[v].head && w[noun].deprel.starts_with("obl");
    if (!below && w[noun].deprel.starts_with("nmod")) {
        for (std::size_t k = noun, steps = 0; steps < n && !below; ++steps) {
            const std::size_t up = headOf(w, k);
            if (up == NONE) {
                break;
            }
            below = static_cast<int>(up) + 1 == w[v].head;
            k = up;
        }
    }
    if (!isOneOf(w[noun].upos, {"PROPN", "NOUN", "PRON"}) || !below) {
        return NONE;
    }
    for (std::size_t c = 0; c < noun; ++c) {
        if (w[c].head == static_cast<int>(noun) + 1 && w[c].deprel == "case" &&
            isOneOf(w[c].lemma, {"as", "while", "after", "before", "because", "since", "until",
                                 "although", "though", "whereas", "once", "when"})) {
            return noun;
        }
    }
    return NONE;
}

// "..., the ministry announced on Friday, ..." parsed as a relative clause without a pronoun:
// a reporting verb with its own subject and no object, hung on a noun as acl:relcl, whose
// subject phrase starts right after a comma (reportsAsRelatives).
bool reportingRelativeAfterComma(const std::vector<Token>& w, std::size_t v) {
    const std::size_t n = w.size();
    if (w[v].deprel != "acl:relcl" || w[v].upos != "VERB" || !isReportingVerb(w[v].lemma) ||
        !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"})) {
        return false;
    }
    std::size_t subj = NONE;
    for (std::size_t k = 0; k < n; ++k) {
        if (w[k].head != static_cast<int>(v) + 1) {
            continue;
        }
        if (isOneOf(w[k].deprel, {"obj", "ccomp", "xcomp"}) || w[k].xpos == "WDT" ||
            w[k].xpos == "WP") {
            return false;
        }
        if (w[k].deprel == "nsubj" && k < v && subj == NONE) {
            subj = k;
        }
    }
    if (subj == NONE) {
        return false;
    }
    // The first word of the subject's phrase (its own punctuation left out).
    std::size_t first = phraseEdges(w, subj).first;
    while (first < subj && w[first].upos == "PUNCT") {
        ++first;
    }
    return first > 0 && w[first - 1].form == ",";
}

// "has been barred from selling": a gerund with "from" under a verb of keeping someone from
// something, hung on it as an adverbial clause, with no object on the verb
// (preventedActsAsComplements).
bool preventedActAsAdverbial(const std::vector<Token>& w, std::size_t g) {
    if (w[g].xpos != "VBG" || w[g].deprel != "advcl" || w[g].head <= 0) {
        return false;
    }
    const std::size_t v = headOf(w, g);
    if (v == NONE ||
        !isOneOf(w[v].lemma, {"bar", "ban", "block", "prevent", "stop", "prohibit", "restrict",
                              "exclude", "keep", "discourage", "deter", "refrain", "forbid"})) {
        return false;
    }
    bool from = false;
    for (const Token& t : w) {
        const int h = t.head;
        if (h == static_cast<int>(g) + 1 && t.deprel == "mark" && t.lemma == "from") {
            from = true;
        }
        if (h == static_cast<int>(v) + 1 && (t.deprel == "obj" || t.deprel == "iobj")) {
            return false;
        }
    }
    return from;
}

// "urged the administration to avoid heavy regulation": a to-infinitive hung on the object of
// a verb that asks, makes or lets someone act, as the noun's modifier (infinitivesOfTheObject).
// Only verbs whose object always does the act: "found a way to cut costs" is the way's.
bool infinitiveOnControlledObject(const std::vector<Token>& w, std::size_t k) {
    if (w[k].xpos != "VB" || w[k].deprel != "acl" || w[k].head <= 0) {
        return false;
    }
    const std::size_t object = headOf(w, k);
    const std::size_t v = object == NONE ? NONE : headOf(w, object);
    if (v == NONE || w[object].deprel != "obj" || w[v].upos != "VERB" ||
        !isOneOf(w[v].lemma, {"urge",     "ask",       "tell",      "force",  "allow",     "permit",
                              "enable",   "require",   "persuade",  "order",  "encourage", "invite",
                              "advise",   "pressure",  "press",     "push",   "forbid",    "compel",
                              "instruct", "authorize", "authorise", "prompt", "convince",  "warn",
                              "remind",   "oblige",    "empower",   "direct", "mandate"})) {
        return false;
    }
    return std::any_of(w.begin(), w.end(), [&](const Token& t) {
        return t.head == static_cast<int>(k) + 1 && t.deprel == "mark" && t.lemma == "to";
    });
}

// A name parsed as a second subject right after another subject's phrase, with no comma or
// conjunction between: "The commerce ministry said" as "commerce" and "ministry", "IndiGo
// chief executive Pieter Elbers told" (subjectsSplitFromOnePhrase). The first subject, or NONE.
std::size_t subjectSplitBefore(const std::vector<Token>& w, std::size_t b) {
    if (w[b].upos != "PROPN" || !isOneOf(w[b].deprel, {"nsubj", "nsubj:pass"}) ||
        w[b].head <= static_cast<int>(b) + 1) {
        return NONE;
    }
    std::size_t bFirst = NONE;
    for (std::size_t a = 0; a < b; ++a) {
        if (w[a].head != w[b].head || !isOneOf(w[a].deprel, {"nsubj", "nsubj:pass"}) ||
            !isOneOf(w[a].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        if (bFirst == NONE) {
            bFirst = phraseEdges(w, b).first;
        }
        const std::size_t aLast = phraseEdges(w, a).second;
        if (aLast + 1 == bFirst && w[aLast].upos != "PUNCT" && w[bFirst].upos != "CCONJ") {
            return a;
        }
    }
    return NONE;
}

} // namespace

std::size_t subjectsSplitFromOnePhrase(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    std::size_t changed = 0;
    for (std::size_t b = 0; b < w.size(); ++b) {
        if (const std::size_t a = subjectSplitBefore(w, b); a != NONE) {
            // The phrase's determiner and modifiers before it go with it to the head.
            for (std::size_t k = 0; k < a; ++k) {
                if (w[k].head == static_cast<int>(a) + 1 &&
                    isOneOf(w[k].deprel, {"det", "det:poss", "nmod:poss", "amod"})) {
                    w[k].head = static_cast<int>(b) + 1;
                }
            }
            w[a].head = static_cast<int>(b) + 1;
            w[a].deprel = "compound";
            ++changed;
        }
    }
    return changed;
}

std::size_t infinitivesOfTheObject(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    std::size_t changed = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (infinitiveOnControlledObject(w, k)) {
            w[k].head = static_cast<int>(headOf(w, headOf(w, k))) + 1;
            w[k].deprel = "xcomp";
            ++changed;
        }
    }
    return changed;
}

std::size_t preventedActsAsComplements(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    std::size_t changed = 0;
    for (std::size_t g = 0; g < w.size(); ++g) {
        if (preventedActAsAdverbial(w, g)) {
            w[g].deprel = "xcomp";
            ++changed;
        }
    }
    return changed;
}

std::size_t reportsAsRelatives(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    const std::size_t root = nlp::rootOf(w);
    std::size_t changed = 0;
    for (std::size_t v = 0; v < w.size() && root != NONE; ++v) {
        // (One hung on the root's own word is at the top already: left as it is.)
        if (v != root && reportingRelativeAfterComma(w, v) &&
            w[v].head != static_cast<int>(root) + 1) {
            w[v].head = static_cast<int>(root) + 1;
            w[v].deprel = "parataxis";
            // A participle after it tells what the main clause's subject did ("..., the
            // ministry announced, joining U.S. efforts": Japan joins); one of saying stays the
            // speaker's ("..., the ministry said, adding that ...").
            for (std::size_t k = v + 1; k < w.size(); ++k) {
                if (w[k].head == static_cast<int>(v) + 1 && w[k].deprel == "advcl" &&
                    w[k].xpos == "VBG" && !isReportingVerb(w[k].lemma)) {
                    w[k].head = static_cast<int>(root) + 1;
                }
            }
            ++changed;
        }
    }
    return changed;
}

std::size_t subordinateSubjects(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    std::size_t changed = 0;
    for (std::size_t v = 0; v < w.size(); ++v) {
        const std::size_t noun = obliqueBeforeSubjectlessVerb(w, v);
        if (noun == NONE) {
            continue;
        }
        for (std::size_t c = 0; c < noun; ++c) {
            if (w[c].head == static_cast<int>(noun) + 1 && w[c].deprel == "case") {
                w[c].head = static_cast<int>(v) + 1;
                w[c].deprel = "mark";
            }
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        ++changed;
    }
    return changed;
}

std::size_t accordingToOnTheVerb(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    const std::size_t n = w.size();
    std::size_t changed = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (!accordingOffTheVerb(w, c)) {
            continue;
        }
        const std::size_t phrase = headOf(w, c);
        // The nearest verb above the word the phrase hangs on.
        std::size_t up = headOf(w, phrase);
        for (std::size_t steps = 0;
             up != NONE && steps <= n && !isOneOf(w[up].upos, {"VERB", "AUX"}); ++steps) {
            up = headOf(w, up);
        }
        if (up == NONE || !isOneOf(w[up].upos, {"VERB", "AUX"})) {
            continue;
        }
        w[phrase].head = static_cast<int>(up) + 1;
        w[phrase].deprel = "obl";
        ++changed;
    }
    return changed;
}

std::size_t invertReportingSubjects(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    const std::size_t n = w.size();
    std::size_t changed = 0;
    for (std::size_t v = 1; v < n; ++v) {
        if (!reportingAfterPunctuation(w, v)) {
            continue;
        }
        std::size_t object = NONE;
        bool subject = false;
        bool other = false;
        for (std::size_t k = 0; k < n; ++k) {
            if (headOf(w, k) != v) {
                continue;
            }
            const std::string& r = w[k].deprel;
            subject = subject || r.starts_with("nsubj") || r.starts_with("csubj") || r == "expl";
            if (r == "obj" && k > v && object == NONE) {
                object = k;
            } else if (k > v && r != "punct") {
                other = true;
            }
        }
        if (subject || other || object == NONE || !isOneOf(w[object].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        // Only punctuation after the object's phrase: every later word hangs below the object
        // or is punctuation.
        bool ends = true;
        for (std::size_t k = object + 1; k < n && ends; ++k) {
            std::size_t up = k;
            for (std::size_t steps = 0; up != NONE && up != object && steps <= n; ++steps) {
                up = headOf(w, up);
            }
            ends = up == object || w[k].upos == "PUNCT";
        }
        if (ends) {
            w[object].deprel = "nsubj";
            ++changed;
        }
    }
    return changed;
}

std::size_t gerundsBeforeTheirNouns(nlp::Sentence& sentence) {
    std::vector<Token>& w = sentence.tokens;
    const std::size_t n = w.size();
    std::size_t changed = 0;
    for (std::size_t g = 1; g + 1 < n; ++g) {
        const std::size_t v = g - 1;
        if (!gerundAfterItsVerb(w, g) ||
            isOneOf(w[v].lemma,
                    {"begin",     "start",    "stop",    "continue", "keep",     "avoid",
                     "consider",  "finish",   "quit",    "resume",   "risk",     "suggest",
                     "recommend", "deny",     "admit",   "enjoy",    "mind",     "miss",
                     "practice",  "discuss",  "mention", "delay",    "postpone", "cease",
                     "try",       "like",     "love",    "hate",     "prefer",   "propose",
                     "regret",    "remember", "forget",  "end",      "go",       "come",
                     "spend",     "see",      "hear",    "find",     "keep",     "leave",
                     "catch",     "imagine",  "justify", "involve",  "mean",     "require",
                     "need",      "include",  "resist",  "tolerate", "favor",    "favour"})) {
            continue;
        }
        // The noun right after it, the gerund's object, whose phrase starts right after it.
        std::size_t object = NONE;
        for (std::size_t k = g + 1; k < n; ++k) {
            if (w[k].head == static_cast<int>(g) + 1 && w[k].deprel == "obj") {
                object = k;
                break;
            }
        }
        if (object == NONE || w[object].upos != "NOUN") {
            continue;
        }
        bool adjacent = true;
        for (std::size_t k = g + 1; k < object && adjacent; ++k) {
            adjacent = w[k].head == static_cast<int>(object) + 1 &&
                       isOneOf(w[k].deprel, {"compound", "amod", "nummod"});
        }
        if (!adjacent) {
            continue;
        }
        for (Token& t : w) {
            if (t.head == static_cast<int>(g) + 1 && &t != &w[object]) {
                t.head = static_cast<int>(v) + 1; // "in October" goes to "imposed"
            }
        }
        w[object].head = static_cast<int>(v) + 1;
        w[object].deprel = "obj";
        w[g].head = static_cast<int>(object) + 1;
        w[g].deprel = "amod";
        ++changed;
    }
    return changed;
}

std::optional<nlp::Sentence> repairedTree(const nlp::Sentence& sentence) {
    const std::vector<Token>& w = sentence.tokens;
    // Heads out of range are a bad tree, which the extractor refuses: nothing to repair.
    for (const Token& t : w) {
        if (t.head < 0 || static_cast<std::size_t>(t.head) > w.size()) {
            return std::nullopt;
        }
    }
    bool candidate = false;
    for (std::size_t k = 0; k < w.size() && !candidate; ++k) {
        candidate = reportingAfterPunctuation(w, k) || gerundAfterItsVerb(w, k) ||
                    accordingOffTheVerb(w, k) || obliqueBeforeSubjectlessVerb(w, k) != NONE ||
                    reportingRelativeAfterComma(w, k) || preventedActAsAdverbial(w, k) ||
                    subjectSplitBefore(w, k) != NONE || infinitiveOnControlledObject(w, k);
    }
    if (!candidate) {
        return std::nullopt; // most sentences: no copy
    }
    nlp::Sentence repaired = sentence;
    invertReportingSubjects(repaired);
    gerundsBeforeTheirNouns(repaired);
    accordingToOnTheVerb(repaired);
    subordinateSubjects(repaired);
    reportsAsRelatives(repaired);
    preventedActsAsComplements(repaired);
    infinitivesOfTheObject(repaired);
    subjectsSplitFromOnePhrase(repaired);
    return repaired;
}

std::vector<Proposition> Extractor::extract(const nlp::Sentence& input,
                                            std::size_t sentenceIndex) const {
    if (input.tokens.empty() || input.tokens.size() > options_.maxSentenceWords) {
        return {};
    }
    const std::optional<nlp::Sentence> repaired = repairedTree(input);
    const nlp::Sentence& sentence = repaired ? *repaired : input;
    Tree tree(sentence);
    if (!tree.ok()) {
        return {};
    }
    std::vector<Proposition> out = Builder(sentence, tree, options_, sentenceIndex).run();
    std::stable_sort(out.begin(), out.end(), [](const Proposition& a, const Proposition& b) {
        return a.confidence > b.confidence;
    });
    if (out.size() > options_.maxPropositions) {
        out.resize(options_.maxPropositions);
    }
    return out;
}

bool negates(const nlp::Sentence& sentence, std::size_t k) {
    const auto lemma = [&](const Token& t) {
        return nlp::lowercaseAscii(t.lemma.empty() ? t.form : t.lemma);
    };
    const Token& word = sentence.tokens.at(k);
    if (word.deprel != "advmod") {
        return false;
    }
    if (isOneOf(lemma(word), {"not", "n't", "never"})) {
        return true;
    }
    // "Shares were little changed": as good as no change.
    if (lemma(word) == "little" && word.head > static_cast<int>(k) + 1 &&
        isOneOf(lemma(sentence.tokens.at(static_cast<std::size_t>(word.head - 1))),
                {"change", "move"})) {
        return true;
    }
    // The lemmatizer may give "long" for "longer": compare the written word.
    if (word.form != "longer" && word.form != "Longer") {
        return false;
    }
    for (const Token& t : sentence.tokens) { // its first advmod or det dependent is "no"
        if (t.head == static_cast<int>(k) + 1 && (t.deprel == "advmod" || t.deprel == "det")) {
            return lemma(t) == "no";
        }
    }
    return false;
}

std::string formatCarb(std::string_view sentence, const Proposition& p) {
    std::string line(sentence);
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.4f", p.confidence);
    line += '\t';
    line += conf;
    line += '\t';
    line += p.relationText;
    line += '\t';
    line += p.arg1.text;
    if (!p.arg2.empty()) {
        line += '\t';
        line += p.arg2.text;
    }
    for (const Argument& a : p.extras) {
        line += '\t';
        line += a.text;
    }
    return line;
}

} // namespace kg::ingest::openie
