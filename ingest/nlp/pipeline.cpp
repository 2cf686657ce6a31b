#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/reparse_cues.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/tree_repairs.h"
#include "ingest/nlp/tree_walk.h"
#include "ingest/nlp/word_classes.h"
#include "ingest/nlp/word_shapes.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace kg::ingest::nlp {

namespace {

constexpr std::size_t NONE = NO_WORD;

// A company's legal form as news writes it after the name: "Inc.", "Co.", "Ltd.", "NV", "AG".
bool legalForm(std::string_view form) {
    return isOneOf(form, {"Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "PLC", "plc",
                          "NV", "N.V.", "AG", "SA", "S.A.", "SE", "GmbH"});
}

// The words of company names that end in a legal form ("requiring ASML Holding NV to obtain
// licenses", "Applied Materials Inc. said"): the capitalised words before the form, "&" and
// the form itself, which the tagger sometimes reads as a conjunction ("ASML") or a gerund
// ("Holding"). The first word of the sentence counts only in capitals or as an open-class
// word ("The Coca-Cola Co." keeps its determiner). Each index once, in order.
std::vector<std::size_t> legalNameWords(const Sentence& s) {
    std::vector<std::size_t> found;
    for (std::size_t j = 1; j < s.tokens.size(); ++j) {
        if (!legalForm(s.tokens[j].form)) {
            continue;
        }
        std::size_t first = j;
        std::size_t named = 0; // capitalised words before the form
        while (first > 0) {
            const Token& t = s.tokens[first - 1];
            const bool capital = capitalised(t.form) || t.form == "&";
            if (!capital) {
                break;
            }
            const bool capitals = std::none_of(t.form.begin(), t.form.end(),
                                               [](char c) { return c >= 'a' && c <= 'z'; });
            if (first - 1 == 0 && !capitals &&
                isOneOf(t.upos, {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM"})) {
                break;
            }
            --first;
            named += t.form == "&" ? 0 : 1;
        }
        if (named == 0) {
            continue;
        }
        for (std::size_t k = first; k <= j; ++k) {
            if (s.tokens[k].form != "&" && (found.empty() || found.back() < k)) {
                found.push_back(k);
            }
        }
    }
    return found;
}

// The capitalised words inside a sentence, not tagged as names, that stand between a name and
// a comma on one side and a comma or "and"/"or" and a name on the other: "Sharp" in "Samsung,
// Sharp and Sony". So does one after a plural noun and a comma, naming its members with "and"
// and a name: "two supermarket chains, Jumbo and Plus". (Before parsing, so only the words and
// tags tell.)
std::vector<std::size_t> namesInAList(const std::vector<Token>& w) {
    std::vector<std::size_t> out;
    const auto name = [&](std::size_t k) {
        return k < w.size() && w[k].upos == "PROPN" && capitalised(w[k].form);
    };
    for (std::size_t i = 2; i + 2 < w.size(); ++i) {
        if (w[i].upos == "PROPN" || !isOneOf(w[i].upos, {"ADJ", "NOUN", "VERB"}) ||
            !capitalised(w[i].form) || w[i - 1].form != ",") {
            continue;
        }
        const std::string next = lowercaseAscii(w[i + 1].form);
        const bool members = w[i - 2].xpos == "NNS" && !capitalised(w[i - 2].form) &&
                             isOneOf(next, {"and", "or"}) && name(i + 2);
        if (!members && !(name(i - 2) || std::find(out.begin(), out.end(), i - 2) != out.end())) {
            continue;
        }
        const bool listGoesOn =
            (next == "," &&
             (name(i + 2) ||
              (i + 3 < w.size() && isOneOf(lowercaseAscii(w[i + 2].form), {"and", "or"}) &&
               name(i + 3)))) ||
            (isOneOf(next, {"and", "or"}) && name(i + 2));
        if (listGoesOn) {
            out.push_back(i);
        }
    }
    return out;
}

// Whether a capitalised word has the shape of a people's word: "Iranian", "Japanese",
// "British", "Thai", "Dutch", or one of the few without such an ending (not any "-ic" word:
// "Tokyo *Electric* Power Company", "Pacific").
bool peoplesWord(const std::string& f) {
    return f.ends_with("an") || f.ends_with("ese") || f.ends_with("ish") || f.ends_with("i") ||
           f.ends_with("ch") ||
           isOneOf(f, {"Arab", "Muslim", "Greek", "Thai", "Swiss", "Arabic", "Hispanic", "Nordic",
                       "Baltic", "Slavic", "Celtic", "Icelandic", "Turkic"});
}

// A run of two or more capitalised words inside a sentence that the tagger read as common
// nouns or adjectives, ending in a noun, is a name: "Officials said *Golden Tide Shipping* had
// used false documents" (an adjective and two nouns, and the company was no one's name). Not
// at the start of the sentence or of a quotation, where any word is capitalised, nor in a
// sentence with more capitalised words than not (a headline). How many words it retagged.
std::size_t capitalisedRunsAsNames(Sentence& s) {
    std::vector<Token>& w = s.tokens;
    std::size_t words = 0;
    std::size_t capitals = 0;
    for (const Token& t : w) {
        if (t.upos != "PUNCT" && t.upos != "NUM" && t.upos != "SYM") {
            ++words;
            capitals += capitalised(t.form) ? 1 : 0;
        }
    }
    if (2 * capitals > words) {
        return 0;
    }
    // (A people's adjective stays one, before a name too, as EWT tags it: "an Iranian
    // Opposition Group", "the Asian Times".)
    const auto peoples = [&](std::size_t k) {
        return w[k].upos == "ADJ" && peoplesWord(w[k].form);
    };
    std::size_t retagged = 0;
    // (At the start of the sentence the run must open with a word read as a name:
    // "*Walgreens Boots Alliance* said" had "Boots" for the sentence's head.)
    for (std::size_t a = w.empty() || w[0].upos != "PROPN" ? 1 : 0; a < w.size(); ++a) {
        const std::string& before = a > 0 ? w[a - 1].form : "";
        if (a > 0 && ((capitalised(before) && !peoples(a - 1)) ||
                      isOneOf(before, {"\"", "“", "‘", "'", ":", "``"}))) {
            continue;
        }
        std::size_t b = a;
        bool common = false;
        const auto partyAt = [&](std::size_t k) { return k < w.size() && partyNoun(w[k].form); };
        // (an adverb too, last before a party's word: "the Move *Forward* party")
        while (b < w.size() && titleCase(w[b].form) && !peoples(b) &&
               (isOneOf(w[b].upos, {"NOUN", "ADJ", "PROPN"}) ||
                (w[b].upos == "ADV" && b > a && partyAt(b + 1)))) {
            common = common || !isOneOf(w[b].xpos, {"NNP", "NNPS"});
            ++b;
        }
        // (A run may go on after "and" to a public body's word: "the Australian *Competition
        // and Consumer Commission*".)
        if (b > a && b + 2 < w.size() && w[b].form == "and") {
            std::size_t c = b + 1;
            while (c < w.size() && titleCase(w[c].form) &&
                   isOneOf(w[c].upos, {"NOUN", "ADJ", "PROPN"})) {
                ++c;
            }
            // (or to a party's lower-case word after it: "the *Law and Justice* party")
            if (c > b + 1 && (c == w.size() || !capitalised(w[c].form)) &&
                (publicBodyWord(w[c - 1].form) || (c < w.size() && partyNoun(w[c].form)))) {
                for (std::size_t k = b + 1; k < c; ++k) {
                    common = common || !isOneOf(w[k].xpos, {"NNP", "NNPS"});
                }
                for (std::size_t k = a; k < c; ++k) {
                    if (k != b && !isOneOf(w[k].xpos, {"NNP", "NNPS"})) {
                        retagAsName(w[k]);
                        ++retagged;
                    }
                }
                a = c;
                continue;
            }
        }
        // (a word of the run may carry on capitalised in another class: "Golden Tide Will")
        // (An adjective may end the name of a party: "the opposition *Move Forward* party".)
        if (b - a < 2 || !common || (w[b - 1].upos == "ADJ" && !partyAt(b)) ||
            (b < w.size() && capitalised(w[b].form))) {
            continue;
        }
        for (std::size_t k = a; k < b; ++k) {
            if (!isOneOf(w[k].xpos, {"NNP", "NNPS"})) {
                retagAsName(w[k]);
                ++retagged;
            }
        }
        a = b;
    }
    return retagged;
}

} // namespace

// Every model the pipeline runs. The dependency parser plugs in here: add its model as a member,
// load it in Pipeline::load when its file exists in the model directory, and call it at the end
// of Impl::analyze.
struct Pipeline::Impl {
    Tagger tagger;
    Lemmatizer lemmatizer;
    std::optional<Parser> parser; ///< when parser.bin is in the model directory

    void analyze(Sentence& sentence) const {
        // The models see a hyphenated title as its office's word ("Secretary-General" as
        // "Secretary"), which EWT knows before a name, and the title gets its form back at the
        // end: the tokenizer keeps these titles whole, a form the models have never seen.
        std::vector<std::pair<std::size_t, std::string>> titles;
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            std::string& form = sentence.tokens[i].form;
            if (form.find('-') != std::string::npos && hyphenatedTitle(form)) {
                titles.emplace_back(i, form);
                form.resize(form.find('-'));
            }
        }
        analyzeWords(sentence);
        for (auto& [i, form] : titles) {
            Token& t = sentence.tokens[i];
            t.lemma = t.lemma == t.form ? form : lowercaseAscii(form);
            t.form = std::move(form);
        }
    }

    void analyzeWords(Sentence& sentence) const {
        tagger.tag(sentence);
        lemmatizer.lemmatize(sentence);
        // A dollar sign with its country's capitals ("A$", "HK$", "US$", a token of its own)
        // is a currency sign as "$" is.
        for (Token& t : sentence.tokens) {
            if (t.form.size() >= 2 && t.form.size() <= 3 && t.form.back() == '$' &&
                upperLetters(std::string_view(t.form).substr(0, t.form.size() - 1))) {
                t.upos = "SYM";
                t.xpos = "$";
                t.lemma = t.form;
            }
        }
        // A gerund of no known verb is a noun ("chipmaking equipment", "Boeing builds ..."
        // lemmatized "chipmake", "boe"): a name when capitalised.
        // (So is a capitalised "-ed" form of no known verb: "*Orsted* shares fell", lemmatized
        // "orst".)
        for (Token& t : sentence.tokens) {
            if ((t.xpos == "VBG" || (isOneOf(t.xpos, {"VBN", "VBD"}) && titleCase(t.form))) &&
                !lemmatizer.knownVerb(t.lemma)) {
                const bool name = capitalised(t.form);
                t.upos = name ? "PROPN" : "NOUN";
                t.xpos = name ? "NNP" : "NN";
                t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
            }
        }
        // A code of capitals and digits read as a common noun is a model's or a product's name:
        // "The vaccine, called *R21*, was tested" (as "the H20", "the A320" are read).
        for (Token& t : sentence.tokens) {
            const std::string& f = t.form;
            std::size_t capitals = 0;
            while (capitals < f.size() && f[capitals] >= 'A' && f[capitals] <= 'Z') {
                ++capitals;
            }
            // (or a word of letters, a hyphen and the number: "Luna-25", "Chandrayaan-3")
            std::size_t hyphen = capitals;
            while (capitals >= 1 && hyphen < f.size() && f[hyphen] >= 'a' && f[hyphen] <= 'z') {
                ++hyphen;
            }
            const bool joined = capitals >= 1 && hyphen + 1 < f.size() && f[hyphen] == '-';
            std::size_t digits = joined ? hyphen + 1 : capitals;
            const std::size_t numberStart = digits;
            while (digits < f.size() && f[digits] >= '0' && f[digits] <= '9') {
                ++digits;
            }
            const bool code = joined ? digits > numberStart
                                     : capitals >= 1 && capitals <= 3 && digits - numberStart >= 2;
            if (t.upos == "NOUN" && code && f.size() - digits <= 1 &&
                (digits == f.size() || upperLetters(f.substr(digits)) ||
                 lowerLetters(f.substr(digits)))) {
                retagAsName(t);
            }
        }
        // A capitalised common noun right after "near" read as an adjective is a place's name
        // and "near" its preposition: "a concert hall *near Moscow*" (read as an adjective on a
        // noun, it made Moscow the thing attacked).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& near = sentence.tokens[k];
            Token& t = sentence.tokens[k + 1];
            if (near.form == "near" && near.upos == "ADJ" && t.upos == "NOUN" &&
                titleCase(t.form)) {
                retag(near, "ADP", "IN");
                retagAsName(t);
            }
        }
        // A word that WordNet knows only as an adjective, read as a noun after a noun, is the
        // adjective; so is one it knows as both that ends the clause after a verb of calling:
        // "The Kremlin called the decision *hostile*" (read as a compound noun).
        for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos != "NOUN" || t.xpos != "NN" || !lowerLetters(t.form) ||
                sentence.tokens[k - 1].upos != "NOUN") {
                continue;
            }
            const std::uint8_t classes = tagger.wordClasses(t.form);
            if ((classes & WC_ADJ) == 0) {
                continue;
            }
            // (or an adjective that may be a noun too, ending the clause after a verb that
            // calls its object something: "called the decision *hostile*")
            bool called = false;
            for (std::size_t v = k >= 5 ? k - 5 : 0; v + 1 < k && !called; ++v) {
                called = sentence.tokens[v].upos == "VERB" &&
                         isOneOf(sentence.tokens[v].lemma,
                                 {"call", "deem", "consider", "declare", "label", "brand", "term",
                                  "find", "judge", "rule"});
            }
            const bool ends = k + 1 < sentence.tokens.size() &&
                              isOneOf(sentence.tokens[k + 1].form, {".", ",", ";", "and"});
            if ((classes & (WC_NOUN | WC_NOUN_INFLECTED | WC_VERB | WC_VERB_INFLECTED)) == 0 ||
                (called && ends)) {
                retag(t, "ADJ", "JJ");
            }
        }
        // A gerund before a word for a line of business, after a noun and "and", is that
        // business's noun: "its studios and *streaming* business" (read as a verb joined to the
        // one before, it made the business its object).
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos == "VBG" && lowerLetters(t.form) &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].form), {"and", "or", ","}) &&
                isOneOf(sentence.tokens[k - 2].upos, {"NOUN", "PROPN"}) &&
                isOneOf(sentence.tokens[k + 1].lemma,
                        {"business", "unit", "division", "arm", "operation", "service", "platform",
                         "segment", "subsidiary"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // A past tense read as a preposition is the verb: "after regulators *found* its
        // Autopilot system did not do enough" (no preposition is a past form, only some
        // participles: "given", "provided", "granted").
        for (Token& t : sentence.tokens) {
            if (t.upos != "ADP" || !lowerLetters(t.form) || t.form.ends_with("ing") ||
                isOneOf(t.form, {"given", "provided", "granted", "past", "ago"}) ||
                (tagger.wordClasses(t.form) & WC_VERB_INFLECTED) == 0) {
                continue;
            }
            const std::string past = lemmatizer.lemma(t.form, "VERB", "VBD");
            if (past != t.form && lemmatizer.knownVerb(past)) {
                retag(t, "VERB", "VBD");
            }
        }
        // An adverb that can be a noun, after an article and any adjectives and before a
        // finite verb, is the noun the article opens: "The Argentine *forward* scored ten
        // goals" (read as an adverb, it left the sentence a subject of "Argentine").
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos != "ADV" || !lowerLetters(t.form) ||
                isOneOf(t.form, {"then",  "now",   "still",   "also",  "already", "soon", "later",
                                 "again", "once",  "always",  "never", "often",   "just", "only",
                                 "even",  "too",   "here",    "there", "yet",     "ever", "back",
                                 "home",  "today", "instead", "first", "last"}) ||
                !isOneOf(sentence.tokens[k + 1].xpos, {"VBD", "VBZ", "VBP", "MD"}) ||
                (tagger.wordClasses(lowercaseAscii(t.form)) & WC_NOUN) == 0) {
                continue;
            }
            std::size_t open = k;
            while (open > 0 && isOneOf(sentence.tokens[open - 1].upos, {"ADJ", "PROPN"})) {
                --open;
            }
            if (open > 0 && sentence.tokens[open - 1].upos == "DET" &&
                isOneOf(lowercaseAscii(sentence.tokens[open - 1].form), {"the", "a", "an"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // A verb's base form between a sum of money and a noun is the noun's compound: "Elon
        // Musk's $56 billion *pay* package" (read as a verb, it made the sum its subject).
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& amount = sentence.tokens[k - 1];
            const Token& before = sentence.tokens[k - 2];
            if (isOneOf(t.xpos, {"VB", "VBP"}) && lowerLetters(t.form) && amount.upos == "NUM" &&
                (before.xpos == "$" || before.upos == "NUM") &&
                sentence.tokens[k + 1].upos == "NOUN" &&
                (tagger.wordClasses(lowercaseAscii(t.form)) & WC_NOUN) != 0) {
                retag(t, "NOUN", "NN");
            }
        }
        // An "-ing" word for an event or a deal that closes a noun phrase opened by "a", after
        // its nouns, is the phrase's noun: "filed for a stock market *listing* in London",
        // "plans for a New York *listing* stalled" (read as a participle, it took the phrase's
        // nouns apart; "a bird *sitting* on the eggs" is a participle).
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "VBG" || !lowerLetters(t.form) ||
                !isOneOf(t.form,
                         {"listing",  "offering", "filing",  "ruling",  "hearing",  "meeting",
                          "spending", "funding",  "trading", "lending", "pricing",  "rating",
                          "opening",  "closing",  "landing", "warning", "briefing", "bombing",
                          "shooting", "saving",   "holding", "hiring"}) ||
                !isOneOf(sentence.tokens[k - 1].upos, {"NOUN", "PROPN"}) ||
                !isOneOf(sentence.tokens[k + 1].upos, {"ADP", "PUNCT", "VERB", "AUX"}) ||
                (tagger.wordClasses(lowercaseAscii(t.form)) & WC_NOUN) == 0) {
                continue;
            }
            std::size_t open = k - 1;
            while (open > 0 && isOneOf(sentence.tokens[open - 1].upos, {"NOUN", "PROPN", "ADJ"})) {
                --open;
            }
            if (open > 0 && sentence.tokens[open - 1].upos == "DET" &&
                isOneOf(lowercaseAscii(sentence.tokens[open - 1].form), {"a", "an"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // So is one right after "the" or a possessive with no noun after it: "calling *the
        // ruling* unfair to its customers", "the court's *ruling* surprised Apple" (read as a
        // gerund; "the ruling party" and "the ruling Labour party" keep the participle).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::string before = lowercaseAscii(sentence.tokens[k - 1].form);
            const Token& next = sentence.tokens[k + 1];
            const bool nounAfter = isOneOf(next.upos, {"NOUN", "PROPN"}) ||
                                   (next.upos == "ADJ" && !next.form.ends_with("ed") &&
                                    k + 2 < sentence.tokens.size() &&
                                    isOneOf(sentence.tokens[k + 2].upos, {"NOUN", "PROPN"}));
            if (t.xpos == "VBG" && !nounAfter &&
                isOneOf(t.form, {"listing", "offering", "filing", "ruling", "hearing", "meeting",
                                 "briefing", "bombing", "shooting", "warning"}) &&
                (isOneOf(before, {"the", "this", "that", "its", "their", "his", "her", "our"}) ||
                 sentence.tokens[k - 1].form == "'s")) {
                retag(t, "NOUN", "NN");
            }
        }
        // A gerund right after a subordinator and right before a form of "be" is that clause's
        // subject, a noun: "had hired too many people when *borrowing* was cheap" (read as a
        // verb, it left "was cheap" a clause of its own).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos == "VBG" && lowerLetters(t.form) &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].form),
                        {"when", "while", "because", "as", "since", "if", "although", "though",
                         "until", "once", "whereas"}) &&
                isOneOf(lowercaseAscii(sentence.tokens[k + 1].form),
                        {"was", "is", "were", "are", "has", "had", "remains", "remained"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // "pending" after a noun or a comma and before a noun phrase is a preposition: "jailed
        // the mayor *pending* trial on corruption charges", "a deal pending approval" (read as an
        // adjective, it made the trial a second thing jailed). After "the" or "be" it stays an
        // adjective ("the pending case", "is pending"), and before a preposition a participle
        // ("cases pending in court").
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            if (t.form == "pending" && t.upos != "ADP" &&
                (isOneOf(before.upos, {"NOUN", "PROPN"}) || before.form == ",") &&
                isOneOf(sentence.tokens[k + 1].upos, {"NOUN", "DET", "ADJ", "PROPN"})) {
                retag(t, "ADP", "IN");
            }
        }
        // An "-ed" word right after a form of "have" is its participle: "Nissan and Honda have
        // *ended* talks" (read as an adjective, it made "have" the verb of possession). In EWT
        // the word after "have" ending in "-ed" is a participle 464 times and an adjective 3
        // ("have limited", "feathered", "bearded"), which keep theirs.
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos != "ADJ" || !lowerLetters(t.form) || !t.form.ends_with("ed") ||
                !isOneOf(lowercaseAscii(sentence.tokens[k - 1].form),
                         {"have", "has", "had", "'ve"}) ||
                isOneOf(t.form, {"limited", "advanced", "skilled", "armed", "detailed", "mixed",
                                 "bearded", "feathered", "talented", "experienced"})) {
                continue;
            }
            const std::string verb = lemmatizer.lemma(t.form, "VERB", "VBN");
            if (verb != t.form && lemmatizer.knownVerb(verb)) {
                retag(t, "VERB", "VBN");
            }
        }
        // A past form that is never a participle is a past tense: "after air traffic controllers
        // in France *went* on strike" (read as a participle of "France").
        for (Token& t : sentence.tokens) {
            if (t.xpos == "VBN" && t.upos == "VERB" &&
                isOneOf(lowercaseAscii(t.form),
                        {"went",   "came",  "saw",    "took",  "gave",  "began", "ran",
                         "ate",    "did",   "became", "knew",  "grew",  "threw", "drew",
                         "flew",   "wrote", "spoke",  "broke", "chose", "rose",  "drove",
                         "rode",   "stole", "froze",  "sank",  "swam",  "drank", "shook",
                         "forgot", "was",   "were",   "fell"})) {
                t.xpos = "VBD";
            }
        }
        // An "-s" form that WordNet knows as a plural noun and as no verb is a plural: "expects
        // *sales* to grow" (read as a verb, it took the sentence's root).
        for (Token& t : sentence.tokens) {
            if (t.xpos == "VBZ" && t.upos == "VERB" && lowerLetters(t.form) && nounOnly(t.form)) {
                t.upos = "NOUN";
                t.xpos = "NNS";
                t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
            }
        }
        // A capitalised word that opens the sentence, unknown to the lexicon, is a name when
        // the tagger made it an adverb or a verb's "-s" form: "*Albertsons* later called off
        // the deal" (an adverb, which left the sentence without a subject).
        // (Not a misspelt adverb, "Definately", "Soooo", nor a verb before its object, "Thats
        // a great name".)
        if (sentence.tokens.size() > 1) {
            Token& first = sentence.tokens[0];
            const std::string& f = first.form;
            bool tripled = false;
            for (std::size_t k = 2; k < f.size(); ++k) {
                tripled = tripled || (f[k] == f[k - 1] && f[k] == f[k - 2]);
            }
            const bool adverb = first.xpos == "RB" && !f.ends_with("ly") && !tripled;
            const bool verb =
                first.xpos == "VBZ" && isOneOf(sentence.tokens[1].upos, {"ADV", "VERB", "AUX"});
            // (Or an interjection before a name's word or a comma: "*Heinrich* XIII, a
            // descendant of a noble family, ...".)
            const bool interjection = first.upos == "INTJ" && (sentence.tokens[1].upos == "PROPN" ||
                                                               sentence.tokens[1].upos == "NUM" ||
                                                               sentence.tokens[1].form == ",");
            if ((adverb || verb || interjection) && titleCase(f) && f.size() > 3 &&
                tagger.wordClasses(lowercaseAscii(f)) == 0) {
                retagAsName(first);
            }
        }
        // A capitalised "-s" word that opens a statement, read as a verb, before a name and a
        // finite verb later on, is a plural noun in apposition with the name: "*Rivals* Apple
        // Music and Amazon Music have also raised prices" (EWT's sentence-opening "-s" verbs
        // before a name are questions: "Does Crack Barrel ban ...?").
        if (const std::size_t n = sentence.tokens.size(); n > 3) {
            Token& first = sentence.tokens[0];
            const std::string lower = lowercaseAscii(first.form);
            const bool pluralReadAsVerb =
                first.xpos == "VBZ" && titleCase(first.form) && lower.ends_with('s') &&
                !lower.ends_with("ss") && sentence.tokens[n - 1].form != "?" &&
                (tagger.wordClasses(lower) & (WC_NOUN | WC_NOUN_INFLECTED)) != 0;
            // (So is one before a plural noun and an "-ed" word: "*Rights* groups celebrated
            // outside parliament".)
            const Token& second = sentence.tokens[1];
            const bool pluralThenPast = second.xpos == "NNS" && lowerLetters(second.form) &&
                                        isOneOf(sentence.tokens[2].xpos, {"VBD", "VBN"}) &&
                                        sentence.tokens[2].form.ends_with("ed");
            bool finiteLater = false;
            for (std::size_t k = 2; k < n && !finiteLater; ++k) {
                finiteLater = isOneOf(sentence.tokens[k].xpos, {"VBD", "VBZ", "VBP", "MD"}) &&
                              sentence.tokens[k - 1].upos == "PROPN";
            }
            if (pluralReadAsVerb && pluralThenPast) {
                retag(first, "NOUN", "NNS");
                retag(sentence.tokens[2], "VERB", "VBD");
            }
            if (pluralReadAsVerb && second.upos == "PROPN" && finiteLater &&
                !isOneOf(lower, {"is", "does", "has", "was"})) {
                retag(first, "NOUN", "NNS");
            }
        }
        // "chief executive" with no common noun after it is a person ("Sam Altman, OpenAI's
        // chief executive, has held talks"; "Intel chief executive Pat Gelsinger told"): EWT
        // has almost no chief executives, and the tagger reads both words as adjectives, which
        // leaves the apposition without a head. ("chief executive officer" is left alone.)
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const bool nounAfter =
                i + 1 < sentence.tokens.size() && sentence.tokens[i + 1].upos == "NOUN";
            // (So does one after a determiner or an adjective: "a former executive at Marvell
            // Technology", "its top executive".)
            const Token& before = sentence.tokens[i - 1];
            if (t.xpos == "JJ" && lowercaseAscii(t.form) == "executive" && !nounAfter &&
                (lowercaseAscii(before.form) == "chief" ||
                 isOneOf(before.xpos, {"DT", "JJ", "JJS", "PRP$", "POS"}))) {
                t.upos = "NOUN";
                t.xpos = "NN";
                t.lemma = "executive";
            }
        }
        // An office's field before its title is part of a name ("Trade Representative Jamieson
        // Greer said ...", "Transport Secretary ..."): the tagger, trained on web text, reads a
        // capitalised "Trade" opening a sentence as an imperative verb, and the sentence then
        // has no subject.
        for (std::size_t i = 0; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& next = sentence.tokens[i + 1];
            // (Or as a common noun, "Economy Minister Yulia Svyrydenko", which then heads the
            // name as its apposition.)
            if (isOneOf(t.upos, {"VERB", "NOUN"}) && capitalised(t.form) &&
                capitalised(next.form) && next.xpos == "NNP" &&
                officeField(lowercaseAscii(t.form)) && officeTitle(lowercaseAscii(next.form))) {
                retagAsName(t);
            }
        }
        // A lowercase word tagged as a name after a determiner's lowercase noun or adjective is
        // a common noun when WordNet knows it as one: "the commerce ministry", "China's
        // foreign ministry" (EWT writes "Ministry" only in names, so the tagger reads "ministry"
        // as one; "the historical nymex" stays). A capitalised adjective or name may come
        // between the determiner and the noun: "the Dutch economy ministry".
        for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            Token& noun = sentence.tokens[i - 1];
            const std::string lower = lowercaseAscii(t.form);
            // (The noun before may be one such name too: "Italy's industry ministry".)
            const bool nameBefore = noun.xpos == "NNP" &&
                                    (tagger.wordClasses(lowercaseAscii(noun.form)) & WC_NOUN) != 0;
            if (t.xpos != "NNP" || lower != t.form ||
                (!isOneOf(noun.xpos, {"NN", "NNS", "JJ", "JJS", "JJR"}) && !nameBefore) ||
                lowercaseAscii(noun.form) != noun.form) {
                continue;
            }
            const auto determiner = [](const Token& det) {
                return det.upos == "DET" || det.xpos == "POS" || det.xpos == "PRP$";
            };
            const Token& before = sentence.tokens[i - 2];
            const bool opened = determiner(before) ||
                                (i >= 3 && isOneOf(before.xpos, {"JJ", "NNP"}) &&
                                 capitalised(before.form) && determiner(sentence.tokens[i - 3]));
            if (opened && (tagger.wordClasses(lower) & WC_NOUN) != 0) {
                t.upos = "NOUN";
                t.xpos = "NN";
                t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
                if (nameBefore) {
                    retag(noun, "NOUN", "NN");
                }
            }
        }
        // A lower-case word tagged as a name right after a name or a determiner is a common
        // word when WordNet knows it as one: "deals with Disney and Amazon *worth*
        // $76 billion, the *league* announced" (news writes names with capitals; the tagger,
        // trained on web text, has lower-case names, "Fort Worth"). "worth" before an amount is
        // an adjective, any other such word in the singular a noun (a plural may be a name
        // still: "fly back to the states").
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& before = sentence.tokens[i - 1];
            const std::string lower = lowercaseAscii(t.form);
            if (t.upos != "PROPN" || !lowerLetters(t.form) || t.form.size() < 3 ||
                !(before.upos == "PROPN" || before.upos == "DET") ||
                (before.upos == "PROPN" && lowercaseAscii(before.form) == before.form)) {
                continue;
            }
            const std::uint8_t classes = tagger.wordClasses(lower);
            const bool amountAfter = i + 1 < sentence.tokens.size() &&
                                     (isOneOf(sentence.tokens[i + 1].upos, {"DET", "NUM", "SYM"}));
            if (lower == "worth" && amountAfter) {
                retag(t, "ADJ", "JJ");
            } else if ((classes & WC_NOUN) != 0 && !lower.ends_with('s')) {
                retag(t, "NOUN", "NN");
            }
        }
        // A capitalised common noun inside the sentence right after a capitalised adjective
        // is a name's word, the pair one name: "took control of British *Steel*" (prose
        // writes a common noun in lower case there; "British steel" is steel).
        for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& before = sentence.tokens[i - 1];
            const bool closes =
                i + 1 == sentence.tokens.size() || !capitalised(sentence.tokens[i + 1].form);
            if (t.upos == "NOUN" && t.xpos == "NN" && titleCase(t.form) && before.upos == "ADJ" &&
                titleCase(before.form) && closes && !capitalised(sentence.tokens[i - 2].form)) {
                retagAsName(t);
            }
        }
        // So is a capitalised adjective right after a name that ends the capitals: "a stake in
        // Manchester *United* on Tuesday" (read as an adjective on "Tuesday"). Prose writes an
        // adjective after a name in lower case.
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& before = sentence.tokens[i - 1];
            const Token& after = sentence.tokens[i + 1];
            if (t.upos == "ADJ" && isOneOf(t.xpos, {"JJ", "NNP"}) && titleCase(t.form) &&
                t.form.size() > 2 && before.upos == "PROPN" && titleCase(before.form) &&
                (after.upos == "PUNCT" || lowercaseAscii(after.form) == after.form) &&
                isOneOf(after.upos, {"ADP", "PUNCT", "VERB", "AUX", "CCONJ"})) {
                retagAsName(t);
            }
        }
        // An adjective that is also a verb right after an infinitive's "to", before what opens
        // its object, is that verb: "is expected to *own* half of the venture".
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const std::string lower = lowercaseAscii(t.form);
            if (sentence.tokens[i - 1].xpos == "TO" && t.xpos == "JJ" && lower == t.form &&
                lemmatizer.knownVerb(lower) &&
                (isOneOf(sentence.tokens[i + 1].upos, {"DET", "NUM", "PRON"}) ||
                 isOneOf(sentence.tokens[i + 1].xpos, {"NN", "NNS", "PRP$"}))) {
                retag(t, "VERB", "VB");
            }
        }
        // "its" is a possessive, always ("it's" is the contraction): "called its first ever
        // strike" had it as an object pronoun and "strike" as the verb after it. A base verb
        // after a possessive and its adjectives is the noun it owns, when WordNet knows one.
        for (std::size_t i = 0; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (lowercaseAscii(t.form) == "its" && t.xpos != "PRP$") {
                retag(t, "PRON", "PRP$");
            }
            if (t.xpos != "PRP$") {
                continue;
            }
            std::size_t k = i + 1;
            while (k + 1 < sentence.tokens.size() &&
                   (isOneOf(sentence.tokens[k].xpos, {"JJ", "JJS", "JJR", "CD"}) ||
                    isOneOf(lowercaseAscii(sentence.tokens[k].form), {"ever", "very", "most"}))) {
                ++k;
            }
            Token& noun = sentence.tokens[k];
            const std::string lower = lowercaseAscii(noun.form);
            if (k > i && isOneOf(noun.xpos, {"VB", "VBP"}) && lower == noun.form &&
                (tagger.wordClasses(lower) & WC_NOUN) != 0) {
                retag(noun, "NOUN", "NN");
            }
        }
        // An adjective or adverb that ends a noun phrase opened by a determiner, after an
        // amount, is its noun when WordNet knows it as one: "a 4.3 billion euro fine on
        // Google", "a $5 billion fine" (EWT's web text has "fine" as an adjective almost
        // always), "a 52-week low".
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const std::string lower = lowercaseAscii(t.form);
            const bool last = i + 1 == sentence.tokens.size() ||
                              (!isOneOf(sentence.tokens[i + 1].upos,
                                        {"NOUN", "PROPN", "ADJ", "NUM", "SYM", "PART"}) &&
                               sentence.tokens[i + 1].form != ",");
            if ((t.xpos != "JJ" && t.xpos != "RB") || !last || lower != t.form ||
                (tagger.wordClasses(lower) & WC_NOUN) == 0) {
                continue;
            }
            std::size_t k = i - 1;
            bool amount = false;
            while (k > 0 && (isOneOf(sentence.tokens[k].upos, {"NUM", "SYM"}) ||
                             sentence.tokens[k].xpos == "NN")) {
                amount = amount || sentence.tokens[k].upos != "NOUN";
                --k;
            }
            const Token& opener = sentence.tokens[k];
            if (amount && (isOneOf(lowercaseAscii(opener.form), {"a", "an", "the"}) ||
                           opener.xpos == "PRP$" || opener.xpos == "POS")) {
                retag(t, "NOUN", "NN");
            }
        }
        // An "-ing" word between two nouns of the noun phrase that opens its clause, with a
        // finite verb right after the second, modifies that noun: "The Swedish music
        // *streaming* company said ..." (read as a participle, "music" took the verb and
        // "streaming" the company as its object).
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            const std::vector<Token>& w = sentence.tokens;
            if (w[k].xpos != "VBG" || !lowerLetters(w[k].form) || w[k - 1].xpos != "NN" ||
                !isOneOf(w[k + 1].xpos, {"NN", "NNS"}) ||
                !isOneOf(w[k + 2].xpos, {"VBD", "VBZ", "VBP", "MD"})) {
                continue;
            }
            std::size_t open = k - 1;
            while (open > 0 && isOneOf(w[open - 1].upos, {"ADJ", "NOUN", "PROPN"})) {
                --open;
            }
            // (the phrase opens the sentence, or a clause after a comma or "that")
            const std::size_t det = open > 0 && w[open - 1].upos == "DET" ? open - 1 : open;
            if (det == 0 || isOneOf(lowercaseAscii(w[det - 1].form), {",", "that"})) {
                retag(sentence.tokens[k], "NOUN", "NN");
            }
        }
        // A noun and an "-ing" word inside the preposition phrase of a clause's opening noun
        // phrase (the sentence's, or one after a subordinator), before an "-ed" word read as a
        // participle, with no finite verb after the clause opens: the two are one noun and the
        // "-ed" word the clause's past tense ("as its crackdown on password *sharing
        // continued* to pay off").
        for (std::size_t p = 0; p + 5 < sentence.tokens.size(); ++p) {
            std::vector<Token>& w = sentence.tokens;
            if (p > 0 && !clauseSubordinator(lowercaseAscii(w[p - 1].form))) {
                continue;
            }
            const bool finite = std::any_of(w.begin() + static_cast<std::ptrdiff_t>(p), w.end(),
                                            [](const Token& t) {
                                                return isOneOf(t.xpos, {"VBD", "VBZ", "VBP", "MD"});
                                            });
            std::size_t k = p;
            while (!finite && k < w.size() &&
                   (isOneOf(w[k].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) ||
                    isOneOf(w[k].xpos, {"PRP$", "POS"}))) {
                ++k;
            }
            if (finite || k == p || k + 4 >= w.size() || w[k].upos != "ADP") {
                continue;
            }
            std::size_t j = k + 1;
            while (j < w.size() && isOneOf(w[j].upos, {"DET", "ADJ", "NOUN", "PROPN"})) {
                ++j;
            }
            if (j + 1 < w.size() && j > k + 1 && w[j - 1].upos == "NOUN" && w[j].xpos == "VBG" &&
                lowerLetters(w[j].form) && w[j + 1].xpos == "VBN" &&
                w[j + 1].form.ends_with("ed") &&
                lemmatizer.knownVerb(lemmatizer.lemma(w[j + 1].form, "VERB", "VBD"))) {
                retag(w[j], "NOUN", "NN");
                retag(w[j + 1], "VERB", "VBD");
            }
        }
        // An adjective after a determiner, right before a span of time that ends in "later",
        // "earlier" or "ago", is a noun that ends its phrase: "doubled *the lead* nine minutes
        // later" (read as "the lead nine minutes").
        for (std::size_t k = 1; k + 3 < sentence.tokens.size(); ++k) {
            std::vector<Token>& w = sentence.tokens;
            if (w[k].upos == "ADJ" && w[k - 1].upos == "DET" && lowerLetters(w[k].form) &&
                w[k + 1].upos == "NUM" && timeUnitPlural(lowercaseAscii(w[k + 2].form)) &&
                spanAnchor(lowercaseAscii(w[k + 3].form)) &&
                (tagger.wordClasses(lowercaseAscii(w[k].form)) & WC_NOUN) != 0) {
                retag(w[k], "NOUN", "NN");
            }
        }
        // An "-ed" word read as a past tense right after a preposition, before a noun, with a
        // finite verb before it, is a participle that modifies the noun: "issued warrants ...
        // over *alleged* war crimes" (read as "over" an adverb and "alleged" the sentence's verb;
        // EWT has no past tense there, 32 participles and 23 adjectives).
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            std::vector<Token>& w = sentence.tokens;
            if (w[k].xpos != "VBD" || !lowerLetters(w[k].form) || !w[k].form.ends_with("ed") ||
                !isOneOf(w[k + 1].upos, {"NOUN", "ADJ"}) ||
                !isOneOf(lowercaseAscii(w[k - 1].form),
                         {"over", "for", "of", "with", "about", "against", "on", "into", "from",
                          "despite", "amid"})) {
                continue;
            }
            const bool finiteBefore = std::any_of(
                w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k - 1), [](const Token& t) {
                    return isOneOf(t.xpos, {"VBD", "VBZ", "VBP", "MD", "VBN"});
                });
            if (finiteBefore) {
                retag(w[k - 1], "ADP", "IN");
                retag(w[k], "VERB", "VBN");
            }
        }
        // Only "'s" and a lone apostrophe are possessive markers: "as demand from AI customers
        // *outstrips* supply" had the verb tagged POS. Such a word is its verb's "-s" form when
        // there is one, else a noun.
        for (Token& t : sentence.tokens) {
            if (t.xpos != "POS") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            if (isOneOf(lower, {"'s", "'", "’s", "’", "s"})) {
                continue;
            }
            if (lower.size() > 2 && lower.ends_with('s') &&
                lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
                retag(t, "VERB", "VBZ");
            } else {
                retag(t, "NOUN", "NN");
            }
        }
        // No base form ends in a plain "-s" after "and" (EWT has none): such a word after a
        // third-person verb earlier in the sentence is that verb's conjunct, "punishes merchants
        // ... and *pressures* them to pay".
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::string lower = lowercaseAscii(t.form);
            if (t.xpos != "VB" || lowercaseAscii(sentence.tokens[k - 1].form) != "and" ||
                lower.size() < 4 || !lower.ends_with('s') || lower.ends_with("ss") ||
                lower.ends_with("us") || lower.ends_with("is") ||
                !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
                continue;
            }
            for (std::size_t j = 0; j + 1 < k; ++j) {
                if (sentence.tokens[j].xpos == "VBZ" && sentence.tokens[j].upos == "VERB") {
                    retag(t, "VERB", "VBZ");
                    break;
                }
            }
        }
        // A verb whose past is its base form, tagged as the base form after "and" when the
        // verb before is a past tense, is that past's conjunct: "devalued the peso ... and *cut*
        // subsidies" (as a base form it gave its object to "devalued").
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "VB" || lowercaseAscii(sentence.tokens[k - 1].form) != "and" ||
                !isOneOf(lowercaseAscii(t.form),
                         {"cut", "put", "set", "hit", "let", "shut", "cost", "spread", "quit",
                          "hurt", "cast", "split", "burst", "upset", "shed", "bet"})) {
                continue;
            }
            for (std::size_t j = k - 1; j-- > 0;) {
                const Token& v = sentence.tokens[j];
                if (isOneOf(v.upos, {"VERB", "AUX"}) || v.xpos == "TO") {
                    if (v.xpos == "VBD" && v.upos == "VERB") {
                        retag(t, "VERB", "VBD");
                    }
                    break;
                }
            }
        }
        // A lone apostrophe written right after a word ending in "s", tagged as punctuation,
        // is a plural's possessive marker when a noun phrase follows it and no single quote
        // opened before it: "blocked JetBlue *Airways'* $3.8 billion purchase of Spirit".
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& before = sentence.tokens[i - 1];
            const Token& next = sentence.tokens[i + 1];
            if (t.upos != "PUNCT" || !isOneOf(t.form, {"'", "\u2019"}) || before.end != t.start ||
                !(before.form.ends_with('s') || before.form.ends_with('S')) ||
                !isOneOf(before.upos, {"PROPN", "NOUN"}) ||
                !isOneOf(next.upos, {"NOUN", "PROPN", "ADJ", "NUM", "SYM"})) {
                continue;
            }
            const bool quoteBefore = std::any_of(
                sentence.tokens.begin(), sentence.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                [](const Token& q) {
                    return isOneOf(q.form, {"'", "\u2018", "`"});
                });
            if (!quoteBefore) {
                retag(t, "PART", "POS");
            }
        }
        // "about" or "around" right before an amount is "roughly" (EWT: 85 of 101 times): "is
        // recalling about one million vehicles" had a preposition, and "recall about" for a
        // relation. (Not before a clock time, "around 5:30", nor after "what" or "how".) So is
        // one before "a" and a share or a round number: "represents about a fifth of its staff".
        for (std::size_t i = 0; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& next = sentence.tokens[i + 1];
            const bool share =
                next.xpos == "DT" && i + 2 < sentence.tokens.size() &&
                isOneOf(lowercaseAscii(next.form), {"a", "an"}) &&
                isOneOf(lowercaseAscii(sentence.tokens[i + 2].form),
                        {"third", "quarter", "fifth", "sixth", "tenth", "half", "dozen", "hundred",
                         "thousand", "million", "billion", "trillion"});
            if (t.xpos != "IN" || !(isOneOf(next.xpos, {"CD", "$"}) || share)) {
                continue; // (the cheap test first: this runs for every word)
            }
            const bool clock = next.form.find(':') != std::string::npos ||
                               (i + 2 < sentence.tokens.size() &&
                                isOneOf(lowercaseAscii(sentence.tokens[i + 2].form),
                                        {"am", "pm", "a.m.", "p.m."}));
            if (isOneOf(lowercaseAscii(t.form), {"about", "around"}) && !clock &&
                !(i > 0 && isOneOf(lowercaseAscii(sentence.tokens[i - 1].form), {"what", "how"}))) {
                t.upos = "ADV";
                t.xpos = "RB";
            }
        }
        // "to" and a singular noun right after a verb that takes an infinitive are the
        // infinitive: "expects to *hand* over about 770 jets" had "to hand" a prepositional
        // phrase. (EWT: after these verbs "to" marks an infinitive 776 times of 778.) The word
        // must be a known verb.
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& to = sentence.tokens[i];
            Token& next = sentence.tokens[i + 1];
            const Token& verb = sentence.tokens[i - 1];
            if (to.xpos != "IN" || next.xpos != "NN" || lowercaseAscii(to.form) != "to" ||
                verb.upos != "VERB" || lowercaseAscii(next.form) != next.form) {
                continue; // (the cheap tests first: this runs for every word)
            }
            const std::string lemma = lemmatizer.lemma(verb.form, "VERB", verb.xpos);
            if (isOneOf(lemma, {"expect",   "plan",   "want",   "aim",      "hope",    "need",
                                "try",      "decide", "seek",   "intend",   "fail",    "refuse",
                                "promise",  "vow",    "pledge", "threaten", "attempt", "prepare",
                                "continue", "begin",  "start"}) &&
                lemmatizer.knownVerb(next.form)) {
                retag(to, "PART", "TO");
                retag(next, "VERB", "VB");
            }
        }
        // So are they after a verb of telling someone to act and its object, before the
        // infinitive's own object: "ordered airlines on Saturday to *ground* 171 jets" (no
        // other verb between).
        for (std::size_t i = 2; i + 2 < sentence.tokens.size(); ++i) {
            Token& to = sentence.tokens[i];
            Token& next = sentence.tokens[i + 1];
            if (to.xpos != "IN" || next.xpos != "NN" || lowercaseAscii(to.form) != "to" ||
                lowercaseAscii(next.form) != next.form ||
                !(isOneOf(sentence.tokens[i + 2].upos, {"NUM", "DET"}) ||
                  sentence.tokens[i + 2].xpos == "PRP$") ||
                !lemmatizer.knownVerb(next.form)) {
                continue;
            }
            bool telling = false;
            for (std::size_t b = i; b-- > 0 && b + 8 > i;) {
                const Token& w = sentence.tokens[b];
                if (isOneOf(w.upos, {"VERB", "AUX"})) {
                    telling = b + 1 < i && w.upos == "VERB" &&
                              isOneOf(lemmatizer.lemma(w.form, "VERB", w.xpos),
                                      {"order", "ask", "urge", "tell", "force", "allow", "require",
                                       "direct", "instruct", "encourage", "persuade", "pressure",
                                       "press", "compel", "permit", "authorize", "authorise"});
                    break;
                }
            }
            if (telling) {
                retag(to, "PART", "TO");
                retag(next, "VERB", "VB");
            }
        }
        // A capitalised word tagged as an auxiliary that is none, but a word WordNet knows, is a
        // name: "*Arm* said ..." (read as a form of "be"; not "By", a preposition).
        for (Token& t : sentence.tokens) {
            if (t.upos == "AUX" && capitalised(t.form) &&
                (tagger.wordClasses(lowercaseAscii(t.form)) & (WC_NOUN | WC_VERB)) != 0 &&
                !isOneOf(lowercaseAscii(t.form),
                         {"be",    "am",    "is",     "are",    "was",   "were", "been", "being",
                          "have",  "has",   "had",    "having", "do",    "does", "did",  "will",
                          "would", "shall", "should", "may",    "might", "must", "can",  "could",
                          "ca",    "wo",    "ought",  "need",   "dare",  "get",  "got",  "gets",
                          "'s",    "'re",   "'m",     "'ve",    "'d",    "'ll"})) {
                retagAsName(t);
            }
        }
        // "mine" after a determiner, a possessive or a noun is the noun: "close its copper
        // mine" had the pronoun (EWT: both such "mine"s are nouns; the pronoun follows
        // prepositions and verbs).
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.xpos == "PRP" && lowercaseAscii(t.form) == "mine" &&
                isOneOf(sentence.tokens[i - 1].xpos, {"DT", "PRP$", "POS", "NN", "NNS", "NNP"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // A word of place or cause right before a possessive pronoun is its preposition: "was
        // fined over its \"pay or consent\" model" had "over" an adverb and the model an object.
        // (EWT tags these words before a possessive pronoun as prepositions 34 of 36 times;
        // "about" and "around" are left alone: "about their age".)
        for (std::size_t i = 0; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.xpos == "RB" && sentence.tokens[i + 1].xpos == "PRP$" &&
                isOneOf(lowercaseAscii(t.form),
                        {"over", "across", "through", "under", "behind", "above", "below"})) {
                t.upos = "ADP";
                t.xpos = "IN";
            }
        }
        // A capital letter alone is a name or a noun, hardly ever a symbol ("the social media
        // platform X across the country" had "X" as "times"; EWT tags 3 of its 199 such letters
        // SYM).
        for (Token& t : sentence.tokens) {
            if (t.upos == "SYM" && t.form.size() == 1 && t.form[0] >= 'B' && t.form[0] <= 'Z' &&
                t.form[0] != 'I') {
                retagAsName(t);
            }
        }
        // A participle written as its base form after "have", tagged a noun, before what a verb
        // takes, is the participle: "The strike had *cost* Boeing about $100 million a day"
        // ("cost" an object of "had").
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.xpos != "NN" || !sameFormPast(lowercaseAscii(t.form)) ||
                !isOneOf(lowercaseAscii(sentence.tokens[i - 1].form),
                         {"had", "has", "have", "having"}) ||
                !isOneOf(sentence.tokens[i + 1].upos, {"PROPN", "PRON", "DET", "NUM", "SYM"})) {
                continue;
            }
            retag(t, "VERB", "VBN");
        }
        // An "-ed" adjective of a known verb right after "have", with no noun or adjective after
        // it to modify, is the participle: "the new owners had *committed* to keeping ..." (read
        // as an adjective with "had" its copula). EWT tags every such word after "have" VBN;
        // "had limited success" keeps its adjective.
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.xpos != "JJ" || !t.form.ends_with("ed") ||
                !isOneOf(lowercaseAscii(sentence.tokens[i - 1].form),
                         {"had", "has", "have", "having", "'ve", "\u2019ve"}) ||
                (i + 1 < sentence.tokens.size() &&
                 isOneOf(sentence.tokens[i + 1].upos, {"NOUN", "PROPN", "ADJ", "NUM"})) ||
                !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBN"))) {
                continue;
            }
            retag(t, "VERB", "VBN");
        }
        // The number of a model before its capitalised name: "the *737* MAX" (a number the
        // parse made an object). (Only digits, after "the", before capitals: not "the 1,000
        // Workers".)
        for (std::size_t i = 1; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& name = sentence.tokens[i + 1];
            if (t.xpos == "CD" && lowercaseAscii(sentence.tokens[i - 1].form) == "the" &&
                std::all_of(t.form.begin(), t.form.end(),
                            [](char c) { return c >= '0' && c <= '9'; }) &&
                name.xpos == "NNP" && upperLetters(name.form) && name.form.size() >= 2) {
                retagAsName(t);
            }
        }
        // An "-s" verb after an adjective that follows a preposition, a possessive or "a" is a
        // plural noun: "telling users about cheaper *offers*" (a verb with "cheaper" its
        // subject).
        for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& adjective = sentence.tokens[i - 1];
            const Token& before = sentence.tokens[i - 2];
            // (Not after "the", "this": "the other is", "this sure makes".)
            if (t.xpos == "VBZ" && t.upos == "VERB" && lowercaseAscii(t.form) == t.form &&
                isOneOf(adjective.xpos, {"JJ", "JJR", "JJS"}) &&
                (isOneOf(before.xpos, {"IN", "PRP$"}) ||
                 isOneOf(lowercaseAscii(before.form), {"a", "an"})) &&
                (tagger.wordClasses(t.form) & WC_NOUN_INFLECTED) != 0) {
                retag(t, "NOUN", "NNS");
            }
        }
        // An infinitive is never an "-s" form: "remained open to *talks*" tagged "talks" a base
        // verb after "to". A word so tagged that is no verb as written but a verb's "-s" form
        // and a plural noun, after "to", is that noun with "to" its preposition ("to focus",
        // "to discuss" are verbs as written).
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            Token& to = sentence.tokens[i - 1];
            const std::string lower = lowercaseAscii(t.form);
            if (t.xpos != "VB" || to.xpos != "TO" || !lower.ends_with('s') ||
                lemmatizer.knownVerb(lower) ||
                !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ")) ||
                (tagger.wordClasses(lower) & WC_NOUN_INFLECTED) == 0) {
                continue;
            }
            retag(to, "ADP", "IN");
            retag(t, "NOUN", "NNS");
        }
        // "according to" takes a noun phrase, never an infinitive: "according to court papers"
        // had "court" as a base verb after "to", and the source became a clause.
        for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.upos != "VERB") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            if (lower == t.form && lowercaseAscii(sentence.tokens[i - 1].form) == "to" &&
                lowercaseAscii(sentence.tokens[i - 2].form) == "according" &&
                (tagger.wordClasses(lower) & WC_NOUN) != 0) {
                retag(t, "NOUN", "NN");
            }
        }
        // A lowercase word tagged as a name that WordNet knows only as a plural noun is that
        // noun: "claims brought by U.S. states" had "states" as part of the name. (Not after a
        // determiner: web text's "back to the states" is a name.)
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.upos != "PROPN" || capitalised(t.form) || sentence.tokens[i - 1].upos == "DET") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            const std::uint8_t classes = tagger.wordClasses(lower);
            if (lower == t.form && (classes & WC_NOUN_INFLECTED) != 0 && (classes & WC_NOUN) == 0) {
                retag(t, "NOUN", "NNS");
            }
        }
        // An "-s" verb right after a preposition's name, with nothing after it for a verb to
        // take, is that name's plural noun: "claims brought by U.S. states, according to ..."
        // (the tagger read "states" as a verb).
        for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.xpos != "VBZ") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            const bool nothingAfter = i + 1 == sentence.tokens.size() ||
                                      isOneOf(sentence.tokens[i + 1].upos, {"PUNCT", "CCONJ"});
            if (t.xpos == "VBZ" && lower == t.form && nothingAfter &&
                sentence.tokens[i - 1].upos == "PROPN" && sentence.tokens[i - 2].upos == "ADP" &&
                (tagger.wordClasses(lower) & WC_NOUN_INFLECTED) != 0) {
                retag(t, "NOUN", "NNS");
            }
        }
        // A coordinating conjunction that is no conjunction but a verb's form ("after the
        // company cut its revenue forecast", with "cut" tagged CC) is that verb.
        for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            if (t.upos != "CCONJ") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            const std::string& before = sentence.tokens[i - 1].upos;
            if (lemmatizer.knownVerb(lower) &&
                (before == "NOUN" || before == "PROPN" || before == "PRON") &&
                !isOneOf(lower, {"and", "or", "but", "nor", "yet", "so", "plus", "either",
                                 "neither", "both", "versus", "vs", "minus", "times", "et"})) {
                t.upos = "VERB";
                t.xpos = "VBD";
                t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
            }
        }
        // A capitalised noun inside the sentence before "of" and a name is the head of an
        // institution's name: "appealed to the Court of Justice", "the Bank of England" (the
        // tagger reads "Court" as a common noun, and the name then falls apart). ("a Professor
        // of Medicine" is a title.)
        for (std::size_t i = 1; i + 2 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& next = sentence.tokens[i + 2];
            if (t.xpos == "NN" && capitalised(t.form) && sentence.tokens[i + 1].form == "of" &&
                next.xpos == "NNP" && capitalised(next.form) &&
                !capitalised(sentence.tokens[i - 1].form) &&
                !isOneOf(lowercaseAscii(sentence.tokens[i - 1].form), {"a", "an"})) {
                retagAsName(t);
            }
        }
        // A word in camel case that the tagger took for a number, a verb or a function word is
        // a name: "The iPhone maker" had "iPhone" as CD, "Elon Musk's artificial intelligence
        // company xAI said" had "xAI" as an auxiliary, "cloud software company VMware" had
        // "VMware" as an adverb. (EWT tags such words as names or nouns.)
        // (So is one opening with a capital that it took for a common noun: "the Chinese
        // company ByteDance" had "ByteDance" as a noun of its own.)
        for (Token& t : sentence.tokens) {
            if (camelCase(t.form) && (!isOneOf(t.upos, {"PROPN", "NOUN"}) ||
                                      (t.upos == "NOUN" && capitalised(t.form)))) {
                retagAsName(t);
            }
        }
        // A capitalised word tagged as an affix with no hyphen right after it, before another
        // capitalised word, starts a name: "*Anglo* American suspended operations" (EWT's
        // affixes stand before a hyphen: "Indo - European", "non - profit").
        for (std::size_t k = 0; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            Token& next = sentence.tokens[k + 1];
            if (t.xpos == "AFX" && titleCase(t.form) && next.form != "-" &&
                capitalised(next.form) && isOneOf(next.upos, {"ADJ", "NOUN", "PROPN", "X"})) {
                retagAsName(t);
                retagAsName(next);
            }
        }
        // A sentence that opens with two or three capitalised words, an adjective among them,
        // right before its finite verb opens with a name: "Paramount Global agreed to merge
        // ..." (both read as adjectives), "Big Lots filed for bankruptcy". Prose writes
        // a mid-sentence adjective in lower case unless it is a name's word; not after a title
        // or a word of time ("Former Chief Executive ...").
        {
            std::vector<Token>& w = sentence.tokens;
            std::size_t run = 0;
            while (run < w.size() && run < 4 && titleCase(w[run].form) &&
                   isOneOf(w[run].upos, {"ADJ", "NOUN", "PROPN"})) {
                ++run;
            }
            const bool adjective =
                std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(run),
                            [](const Token& t) { return t.upos == "ADJ"; });
            // (A name after one adjective is a name already, the adjective its modifier as
            // the parse reads it: "Islamic Jihad has refused ...".)
            const bool common =
                std::any_of(w.begin() + 1, w.begin() + static_cast<std::ptrdiff_t>(run),
                            [](const Token& t) { return t.upos != "PROPN"; });
            // (A headline capitalises its verb too: "Fast Service Called them".)
            if (run >= 2 && run <= 3 && run + 1 < w.size() && adjective && common &&
                !capitalised(w[run].form) &&
                isOneOf(w[run].xpos, {"VBD", "VBZ", "VBP", "VBN", "MD"}) &&
                !titleBeforeAName(w[0].form) &&
                !isOneOf(lowercaseAscii(w[0].form), {"former", "outgoing", "acting", "interim",
                                                     "late", "then", "new", "chief", "vice"}) &&
                std::none_of(w.begin() + 1, w.begin() + static_cast<std::ptrdiff_t>(run),
                             [](const Token& t) { return titleBeforeAName(t.form); })) {
                for (std::size_t k = 0; k < run; ++k) {
                    if (w[k].upos != "PROPN") {
                        retagAsName(w[k]);
                    }
                }
                // (The verb right after a name that opens the sentence is its verb, not a
                // participle on it.)
                if (w[run].xpos == "VBN") {
                    retag(w[run], "VERB", "VBD");
                }
            }
            // So does one capitalised adjective right before a finite verb, which no
            // adjective takes as its subject: "Paramount owns the CBS network" (not a word
            // that stands for a quantity or a kind by itself: "Many say", "Such is life").
            if (run >= 1 && w.size() > 3 && w[0].upos == "ADJ" && w[0].xpos == "JJ" &&
                isOneOf(w[1].xpos, {"VBD", "VBZ"}) && w[1].upos == "VERB" &&
                !quantifierWord(lowercaseAscii(w[0].form)) &&
                !isOneOf(lowercaseAscii(w[0].form),
                         {"such",     "more",   "less",   "enough", "same",  "other", "various",
                          "numerous", "former", "latter", "last",   "first", "next",  "little",
                          "plenty",   "better", "worse",  "best",   "worst", "only"})) {
                retagAsName(w[0]);
            }
        }
        // An "-s" form right after an article and the names or adjectives it opens, before a
        // noun, is a plural noun modifying that noun when a finite verb follows: "A U.S.
        // *appeals* court on Thursday upheld a ruling" ("A U.S." is no subject).
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "VBZ" || t.upos != "VERB" || sentence.tokens[k + 1].upos != "NOUN" ||
                lowercaseAscii(t.form) != t.form) {
                continue;
            }
            std::size_t d = k;
            while (d > 0 && isOneOf(sentence.tokens[d - 1].upos, {"PROPN", "ADJ"})) {
                --d;
            }
            const bool article =
                d > 0 && d < k &&
                isOneOf(lowercaseAscii(sentence.tokens[d - 1].form), {"a", "an", "the"});
            const bool laterVerb =
                std::any_of(sentence.tokens.begin() + static_cast<std::ptrdiff_t>(k) + 2,
                            sentence.tokens.end(), [](const Token& w) {
                                return isOneOf(w.xpos, {"VBD", "VBZ", "VBP", "MD"});
                            });
            if (article && laterVerb) {
                retag(t, "NOUN", "NNS");
                t.lemma = lowercaseAscii(t.form);
            }
        }
        // A word for a company or a rival opening the sentence before a name describes the one
        // named: "Rival Hapag-Lloyd paused ...", "Carmaker Stellantis said ..." (EWT writes
        // such words in lower case as nouns: "rival Apple").
        // (The name may open in lower case: "Rival easyJet said ...".)
        if (sentence.tokens.size() > 2 && sentence.tokens[0].upos == "PROPN" &&
            titleCase(sentence.tokens[0].form) && sentence.tokens[1].upos == "PROPN" &&
            (capitalised(sentence.tokens[1].form) || camelCase(sentence.tokens[1].form))) {
            Token& t = sentence.tokens[0];
            const std::string lower = lowercaseAscii(t.form);
            if (companyDescription(lower) &&
                !isOneOf(lower,
                         {"company", "firm", "group", "corporation", "conglomerate", "chain"})) {
                retag(t, "NOUN", "NN");
                t.lemma = lower;
            }
        }
        // A sentence that opens with a base verb, then a name and a finite verb, opens with a
        // name: "Thrive Capital is leading the round" (no imperative takes a bare name and
        // then a verb of its own).
        // (So does one before a word in capitals and a comma: "Figure AI, a California
        // startup, has raised ...", with "AI" read as a pronoun.)
        const auto inCapitals = [](std::string_view form) {
            return form.size() >= 2 && upperLetters(form);
        };
        if (sentence.tokens.size() > 3 && sentence.tokens[0].xpos == "VB" &&
            capitalised(sentence.tokens[0].form) &&
            ((sentence.tokens[1].upos == "PROPN" && capitalised(sentence.tokens[1].form)) ||
             inCapitals(sentence.tokens[1].form)) &&
            (sentence.tokens[2].upos == "AUX" || isOneOf(sentence.tokens[2].xpos, {"VBZ", "VBD"}) ||
             (sentence.tokens[2].form == "," && inCapitals(sentence.tokens[1].form)))) {
            retagAsName(sentence.tokens[0]);
            if (sentence.tokens[1].upos != "PROPN") {
                retagAsName(sentence.tokens[1]);
            }
        }
        // A verb's base form after "and", joined to a base verb before it and followed by a
        // number or a determiner, is a verb: "would pause the expansion ... and *cut* 300 jobs"
        // (read as an adjective on "jobs").
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            // (Or a noun, when the base verb is right before the conjunction: "to block or
            // *reverse* decisions".)
            // (Or a plural right after it, when only the base verb's object comes between: "would
            // raise grocery prices and *hurt* workers".)
            const auto objectBefore = [&] {
                std::size_t b = k - 1;
                while (b > 0 &&
                       (isOneOf(sentence.tokens[b - 1].upos, {"DET", "ADJ", "NOUN", "NUM"}) ||
                        sentence.tokens[b - 1].xpos == "PRP$")) {
                    --b;
                }
                return b + 1 < k && b >= 2 && sentence.tokens[b - 1].xpos == "VB" &&
                       sentence.tokens[b - 2].xpos == "MD";
            };
            if (!isOneOf(t.xpos, {"JJ", "VBN", "VBD", "NN"}) || t.upos == "PROPN" ||
                !(isOneOf(sentence.tokens[k + 1].upos, {"NUM", "DET"}) ||
                  (sentence.tokens[k + 1].upos == "NOUN" && sentence.tokens[k - 2].xpos == "VB" &&
                   k >= 3 && sentence.tokens[k - 3].xpos == "TO") ||
                  (sentence.tokens[k + 1].xpos == "NNS" && objectBefore())) ||
                !isOneOf(lowercaseAscii(sentence.tokens[k - 1].form), {"and", "or"})) {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            if ((tagger.wordClasses(lower) & WC_VERB) == 0 || lower.ends_with("ed") ||
                lower.ends_with("s") || lower.ends_with("ing")) {
                continue;
            }
            bool baseVerbBefore = false;
            for (std::size_t b = 1; b + 1 < k && !baseVerbBefore; ++b) {
                baseVerbBefore =
                    sentence.tokens[b].xpos == "VB" &&
                    (sentence.tokens[b - 1].upos == "AUX" || sentence.tokens[b - 1].xpos == "TO" ||
                     sentence.tokens[b - 1].xpos == "MD");
            }
            if (baseVerbBefore) {
                retag(t, "VERB", "VB");
                t.lemma = lower;
            }
        }
        // An -ing form after a determiner and any adjectives, before a preposition or a
        // punctuation mark, is a noun: "in the biggest restructuring in its history" (EWT train
        // tags 146 such words as nouns, 9 as verbs, most of them "the following").
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            std::size_t d = k - 1;
            while (d > 0 && sentence.tokens[d].upos == "ADJ") {
                --d;
            }
            if (t.xpos == "VBG" && t.form.ends_with("ing") &&
                lowercaseAscii(t.form) != "following" &&
                isOneOf(lowercaseAscii(sentence.tokens[d].form), {"the", "a", "an"}) &&
                isOneOf(sentence.tokens[k + 1].upos, {"ADP", "PUNCT"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // A participle of saying right after a noun phrase and before "that" is a verb: "filed
        // a complaint with the ITC alleging that ..." had "alleging" as a noun. (Not after a
        // determiner or a possessive: "a warning that ...".)
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            if (t.xpos == "NN" && t.form.size() > 5 && t.form.ends_with("ing") &&
                lowercaseAscii(sentence.tokens[k + 1].form) == "that" &&
                isOneOf(before.upos, {"NOUN", "PROPN"}) &&
                isOneOf(lemmatizer.lemma(t.form, "VERB", "VBG"),
                        {"allege", "claim", "say", "argue", "warn", "state", "note", "insist",
                         "assert", "contend", "complain", "charge", "deny", "confirm", "report",
                         "add", "explain", "suggest"})) {
                retag(t, "VERB", "VBG");
            }
        }
        // "that" after a verb, before a noun phrase whose head is plural, opens a clause: no
        // determiner "that" goes with a plural ("officials cautioned *that* price pressures in
        // the services sector remained strong" had it as a determiner and "sector" as the
        // subject of "remained").
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (lowercaseAscii(t.form) != "that" || t.xpos != "DT" ||
                sentence.tokens[k - 1].upos != "VERB") {
                continue;
            }
            std::size_t end = k + 1;
            while (end < sentence.tokens.size() &&
                   isOneOf(sentence.tokens[end].xpos, {"JJ", "NN", "NNS"})) {
                ++end;
            }
            if (end > k + 1 && sentence.tokens[end - 1].xpos == "NNS") {
                retag(t, "SCONJ", "IN");
            }
        }
        // So is one after a preposition and before a plural or an "-s" verb in small letters,
        // which it modifies: "fanned by *hurricane* winds" (web text's lower-case places stand
        // alone: "a man from mexico", which WordNet knows too).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& next = sentence.tokens[k + 1];
            if (t.xpos != "NNP" || sentence.tokens[k - 1].upos != "ADP" || !lowerLetters(t.form) ||
                !isOneOf(next.xpos, {"NNS", "VBZ"}) || !lowerLetters(next.form) ||
                (tagger.wordClasses(t.form) & WC_NOUN) == 0) {
                continue;
            }
            retag(t, "NOUN", "NN");
        }
        // "called" or "named" after a common noun and before a name that a finite verb follows
        // is the participle that names the noun: "a criminal group *called* Qilin was believed
        // to be behind the attack" (read as a past tense with the group its subject).
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "VBD" ||
                !isOneOf(lowercaseAscii(t.form), {"called", "named", "dubbed"}) ||
                sentence.tokens[k - 1].upos != "NOUN" || sentence.tokens[k + 1].upos != "PROPN") {
                continue;
            }
            std::size_t e = k + 1;
            while (e < sentence.tokens.size() && sentence.tokens[e].upos == "PROPN") {
                ++e;
            }
            if (e < sentence.tokens.size() &&
                (isOneOf(sentence.tokens[e].xpos, {"VBD", "VBZ", "VBP", "MD"}) ||
                 sentence.tokens[e].upos == "AUX")) {
                t.xpos = "VBN";
            }
        }
        // "that" after a verb of saying and a phrase of time, before a subject and its verb,
        // opens what was said: "Spotify complained in 2019 *that* Apple favoured its own
        // service" (read as a relative pronoun on the year).
        for (std::size_t k = 3; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& when = sentence.tokens[k - 1];
            if (lowercaseAscii(t.form) != "that" || t.xpos != "WDT" ||
                sentence.tokens[k - 2].upos != "ADP" ||
                !(when.xpos == "CD" ||
                  isOneOf(when.form, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "Sunday"})) ||
                !isOneOf(sentence.tokens[k - 3].lemma,
                         {"say", "complain", "argue", "allege", "claim", "announce", "warn",
                          "state", "insist", "report", "write", "tell", "add", "confirm"}) ||
                !isOneOf(sentence.tokens[k + 1].upos, {"PROPN", "DET", "PRON", "NOUN"})) {
                continue;
            }
            retag(t, "SCONJ", "IN");
        }
        // An "-ed" form tagged a noun between a noun and a preposition is the participle that
        // modifies the noun (EWT tags no such word a noun): "arrested a businessman *accused*
        // of running a network" (read as "businessman accused", one noun). Not a noun whose
        // form is its own verb's ("a seed of", "the speed of").
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos != "NOUN" || t.xpos != "NN" || !t.form.ends_with("ed") ||
                !lowerLetters(t.form) || !isOneOf(sentence.tokens[k - 1].xpos, {"NN", "NNS"}) ||
                !isOneOf(sentence.tokens[k + 1].upos, {"ADP", "SCONJ"})) {
                continue;
            }
            const std::string verb = lemmatizer.lemma(t.form, "VERB", "VBN");
            if (verb != t.form && lemmatizer.knownVerb(verb)) {
                retag(t, "VERB", "VBN");
            }
        }
        // An "-s" form right after a number is a plural noun that the number counts: "could
        // produce 100 million *doses* a year" (not after "one", "each one costs", nor after a
        // name's number, "Hoechst 33342 exhibits").
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& number = sentence.tokens[k - 1];
            if (t.xpos != "VBZ" || t.upos != "VERB" || number.xpos != "CD" ||
                lowercaseAscii(number.form) == "one" || sentence.tokens[k - 2].upos == "PROPN" ||
                !lowerLetters(t.form) || (tagger.wordClasses(t.form) & WC_NOUN_INFLECTED) == 0) {
                continue;
            }
            retag(t, "NOUN", "NNS");
        }
        // A base form right after an article and a singular noun heads that noun phrase: no
        // verb agrees with "an arrest" ("issued an arrest *warrant* for a diving instructor").
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& noun = sentence.tokens[k - 1];
            if (!isOneOf(t.xpos, {"VB", "VBP"}) || t.upos != "VERB" || noun.xpos != "NN" ||
                !isOneOf(lowercaseAscii(sentence.tokens[k - 2].form), {"a", "an"}) ||
                !lowerLetters(t.form) || (tagger.wordClasses(t.form) & WC_NOUN) == 0) {
                continue;
            }
            retag(t, "NOUN", "NN");
        }
        // A base form after "that" and before a preposition, its phrase and a finite verb, is
        // the noun the clause opens with when WordNet knows it as one: "told analysts that
        // *demand* for AI chips was very strong" (read as a relative clause's verb, it left
        // "was" no subject).
        for (std::size_t k = 1; k + 3 < sentence.tokens.size(); ++k) {
            std::vector<Token>& w = sentence.tokens;
            if (lowercaseAscii(w[k - 1].form) != "that" || !isOneOf(w[k].xpos, {"VBP", "VB"}) ||
                !lowerLetters(w[k].form) || (tagger.wordClasses(w[k].form) & WC_NOUN) == 0 ||
                !isOneOf(lowercaseAscii(w[k + 1].form), {"for", "of", "in", "on", "from"})) {
                continue;
            }
            bool finite = false;
            for (std::size_t j = k + 2; j < w.size(); ++j) {
                if (isOneOf(w[j].xpos, {"VBD", "VBZ", "MD"}) ||
                    (w[j].upos == "AUX" && w[j].xpos != "VBN" && w[j].xpos != "VBG")) {
                    finite = true;
                    break;
                }
                // (A second noun phrase with no preposition before it is a verb's second
                // object: "unions that demand for workers a fair wage are ...".)
                if (!isOneOf(w[j].upos, {"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ"}) ||
                    (w[j].upos == "DET" && isOneOf(w[j - 1].upos, {"NOUN", "PROPN"}))) {
                    break;
                }
            }
            if (finite) {
                retag(w[k], "NOUN", "NN");
            }
        }
        // A plural after the opening noun phrase's singular noun, before a noun (or a base-form
        // "verb" that is a noun too), is the sentence's verb when a third-person verb joined by
        // "and" follows: "The decree *scraps* rent controls and allows the sale of ..." (read as
        // "decree scraps" that "rent" the controls, "allows" then agreed with no subject).
        for (std::size_t k = 2; k + 4 < sentence.tokens.size(); ++k) {
            std::vector<Token>& w = sentence.tokens;
            bool phrase = w[0].upos == "DET";
            for (std::size_t j = 1; j < k && phrase; ++j) {
                phrase = isOneOf(w[j].upos, {"ADJ", "NOUN", "PROPN"});
            }
            if (!phrase || w[k - 1].xpos != "NN" || w[k].xpos != "NNS" ||
                !lowerLetters(w[k].form) || !isOneOf(w[k + 1].xpos, {"VBP", "VB", "NN"}) ||
                !lowerLetters(w[k + 1].form) ||
                (tagger.wordClasses(w[k + 1].form) & WC_NOUN) == 0 ||
                !isOneOf(w[k + 2].xpos, {"NN", "NNS"}) ||
                !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBZ"))) {
                continue;
            }
            bool joined = false;
            for (std::size_t j = k + 3; j + 1 < w.size() && !joined; ++j) {
                if (isOneOf(w[j].upos, {"VERB", "AUX"}) || w[j].xpos == "IN") {
                    break;
                }
                joined = lowercaseAscii(w[j].form) == "and" && w[j + 1].xpos == "VBZ";
            }
            if (joined) {
                retag(w[k], "VERB", "VBZ");
                if (w[k + 1].upos == "VERB") {
                    retag(w[k + 1], "NOUN", "NN");
                }
            }
            break;
        }
        // A plural after "as" or "while", a determiner and a singular noun, before an
        // infinitive, is the clause's verb: "as the chipmaker *struggles* to compete" (a
        // determiner's singular noun takes no plural after it but as its verb).
        // (So is one after a bare singular noun, or before a particle: "as production *ramps*
        // up at the company's factory".)
        for (std::size_t k = 2; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::size_t marker = sentence.tokens[k - 2].upos == "DET" ? k - 3 : k - 2;
            const bool infinitive =
                sentence.tokens[k + 1].xpos == "TO" && sentence.tokens[k + 2].xpos == "VB";
            const bool particle = isOneOf(lowercaseAscii(sentence.tokens[k + 1].form),
                                          {"up", "down", "out", "off"}) &&
                                  isOneOf(sentence.tokens[k + 2].upos, {"ADP", "PUNCT", "ADV"});
            if (t.xpos != "NNS" || sentence.tokens[k - 1].xpos != "NN" || marker >= k ||
                !(clauseSubordinator(lowercaseAscii(sentence.tokens[marker].form)) ||
                  lowercaseAscii(sentence.tokens[marker].form) == "whereas") ||
                !(infinitive || particle) ||
                !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
                continue;
            }
            retag(t, "VERB", "VBZ");
            retag(sentence.tokens[marker], "SCONJ", "IN");
        }
        // An "-ed" adjective right after the noun phrase that opens the sentence, before a noun
        // phrase, is the sentence's verb when no finite verb follows before a subordinator:
        // "French farmers *blocked* motorways around Paris for several days before the
        // government offered concessions" (read as an adjective, it left "offered" two
        // subjects).
        {
            std::vector<Token>& w = sentence.tokens;
            std::size_t i = 0;
            while (i < w.size() &&
                   (isOneOf(w[i].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) ||
                    w[i].xpos == "POS") &&
                   !(i > 0 && w[i].xpos == "JJ" && w[i].form.ends_with("ed") &&
                     isOneOf(w[i - 1].upos, {"NOUN", "PROPN"}))) {
                ++i;
            }
            const auto subordinator = [](const Token& t) {
                return isOneOf(t.xpos, {"WDT", "WP", "WRB"}) ||
                       (isOneOf(t.upos, {"ADP", "SCONJ"}) &&
                        isOneOf(lowercaseAscii(t.form),
                                {"before", "after", "as", "when", "while", "because", "since",
                                 "until", "although", "though", "if", "that"}));
            };
            if (i >= 2 && i + 1 < w.size() && w[i].xpos == "JJ" && w[i].form.size() > 4 &&
                w[i].form.ends_with("ed") && lowerLetters(w[i].form) &&
                isOneOf(w[i - 1].upos, {"NOUN", "PROPN"}) && w[i + 1].upos == "NOUN" &&
                lemmatizer.knownVerb(lemmatizer.lemma(w[i].form, "VERB", "VBD"))) {
                bool finiteFirst = false;
                for (std::size_t j = i + 1; j < w.size(); ++j) {
                    if (subordinator(w[j])) {
                        break;
                    }
                    if (isOneOf(w[j].xpos, {"VBD", "VBZ", "VBP", "MD"})) {
                        finiteFirst = true;
                        break;
                    }
                }
                if (!finiteFirst) {
                    retag(w[i], "VERB", "VBD");
                }
            }
        }
        // A plural noun read as a present tense right before a past tense is the noun that
        // the past tense has for its subject: "a wildfire fanned by hurricane *winds* swept
        // through the town" (no finite verb is followed by another).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::string lower = lowercaseAscii(t.form);
            // (Or a past participle, which the tagger gives such a verb as often: not after
            // the passive's "gets" or a linking verb, "the broccoli looks browned".)
            if (t.xpos != "VBZ" || t.upos != "VERB" || lower != t.form ||
                isOneOf(t.lemma, {"get", "look", "seem", "appear", "become", "feel", "sound",
                                  "remain", "stay", "go", "come", "end"}) ||
                !isOneOf(sentence.tokens[k + 1].xpos, {"VBD", "VBN"}) ||
                !isOneOf(sentence.tokens[k - 1].upos, {"NOUN", "ADJ"}) ||
                (tagger.wordClasses(lower) & WC_NOUN_INFLECTED) == 0) {
                continue;
            }
            retag(t, "NOUN", "NNS");
        }
        // A word that is a preposition or an adverb, tagged as an adverb before a determiner or
        // a possessive that opens a noun phrase, is the phrase's preposition: "will return
        // *aboard* a SpaceX Dragon" (the tagger made "Dragon" the verb's object).
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos == "RB" &&
                isOneOf(lowercaseAscii(t.form), {"aboard", "inside", "outside", "beneath",
                                                 "underneath", "throughout", "alongside"}) &&
                (isOneOf(sentence.tokens[k + 1].xpos, {"DT", "PRP$"}) &&
                 isOneOf(
                     lowercaseAscii(sentence.tokens[k + 1].form),
                     {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"}))) {
                retag(t, "ADP", "IN");
            }
        }
        // A lower-case word tagged as a verb after a possessive and the words of its noun
        // phrase, that WordNet does not know as a verb, is the phrase's noun: "by tying its
        // Teams *app* to its office software" (WordNet has no "app" at all).
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::string lower = lowercaseAscii(t.form);
            if (t.upos != "VERB" || lower != t.form || !isOneOf(t.xpos, {"VB", "VBP"})) {
                continue;
            }
            std::size_t d = k;
            while (d > 0 && isOneOf(sentence.tokens[d - 1].upos, {"ADJ", "NOUN", "PROPN"})) {
                --d;
            }
            const std::uint8_t classes = tagger.wordClasses(lower);
            if (d < k && d > 0 && sentence.tokens[d - 1].xpos == "PRP$" &&
                (classes & (WC_VERB | WC_VERB_INFLECTED)) == 0) {
                retag(t, "NOUN", "NN");
            }
        }
        // A form in "-ing" right after "the" that no noun or adjective follows is a noun when
        // WordNet knows one: "called *the ruling* a victory" (read as a participle on
        // "victory"); "the remaining shares" keeps its participle.
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& after = sentence.tokens[k + 1];
            const std::string lower = lowercaseAscii(t.form);
            if (t.xpos == "VBG" && lower == t.form &&
                lowercaseAscii(sentence.tokens[k - 1].form) == "the" &&
                (after.upos == "DET" || isOneOf(after.xpos, {"VBD", "VBZ", "MD", ","})) &&
                (tagger.wordClasses(lower) & WC_NOUN) != 0) {
                retag(t, "NOUN", "NN");
            }
        }
        // A currency's name after a number is that currency, whatever else it can be: "earned
        // 10.4 trillion *won*" (read as the past of "win"), "5 million *real*".
        for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const std::string lower = lowercaseAscii(t.form);
            if (sentence.tokens[k - 1].upos == "NUM" && lower == t.form && currencyWord(lower) &&
                t.upos != "NOUN") {
                retag(t, "NOUN", lower.ends_with('s') ? "NNS" : "NN");
                t.lemma = lower;
            }
        }
        capitalisedRunsAsNames(sentence);
        // A word in capitals that WordNet does not know, tagged as an adverb, an adjective or
        // a verb, is a name: "the Dutch pension fund *ABP* earlier this year" (an adverb).
        // (Known words in capitals are emphasis in web text, "NO FEATHERS"; WordNet has no
        // function words, "THE", nor the abbreviations of chat.)
        // (Nor a word of any class, known or not, before a capitalised word in a sentence
        // written in small letters: "includes *ND* Western and Aradel Holdings", a
        // preposition; not "IN", "THE" or another function word.)
        const bool mostlySmall = [&] {
            std::size_t capitals = 0;
            for (const Token& t : sentence.tokens) {
                capitals += capitalised(t.form) ? 1 : 0;
            }
            return 2 * capitals < sentence.tokens.size();
        }();
        for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.form.size() < 2 || t.form.size() > 6 || !upperLetters(t.form) ||
                isOneOf(t.upos, {"PROPN", "NOUN", "NUM", "SYM", "PUNCT", "X", "PRON"})) {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            const bool unknown =
                isOneOf(t.upos, {"ADV", "ADJ", "VERB", "AUX"}) && tagger.wordClasses(lower) == 0 &&
                !isOneOf(t.form, {"FYI", "PLZ", "PLS", "LOL", "OMG", "BTW", "IMO", "IMHO", "ASAP",
                                  "AKA", "ETC", "TBD", "RSVP", "OK", "PS", "THX", "TY"});
            const bool beforeAName =
                mostlySmall && k > 0 && k + 1 < sentence.tokens.size() &&
                titleCase(sentence.tokens[k + 1].form) &&
                !isOneOf(lower,
                         {"in",  "on",   "at",   "to",   "of",   "for",  "by",  "and", "or",  "the",
                          "a",   "an",   "as",   "is",   "it",   "we",   "us",  "up",  "no",  "not",
                          "so",  "do",   "be",   "if",   "my",   "me",   "he",  "she", "all", "any",
                          "but", "from", "with", "into", "onto", "over", "off", "out", "via"});
            if (unknown || beforeAName) {
                retagAsName(t);
            }
        }
        // A word WordNet knows as an adjective, tagged as a noun between a determiner and "and"
        // or "or" with an adjective and a noun after it, is the first of two adjectives: "take
        // a *gradual* and careful approach" (read as two objects, "gradual" and "approach").
        for (std::size_t k = 1; k + 3 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "NN" || lowercaseAscii(t.form) != t.form ||
                !isOneOf(sentence.tokens[k - 1].xpos, {"DT", "PRP$"}) ||
                !isOneOf(lowercaseAscii(sentence.tokens[k + 1].form), {"and", "or"}) ||
                sentence.tokens[k + 2].xpos != "JJ" ||
                !isOneOf(sentence.tokens[k + 3].xpos, {"NN", "NNS"})) {
                continue;
            }
            if ((tagger.wordClasses(t.form) & WC_ADJ) != 0) {
                retag(t, "ADJ", "JJ");
            }
        }
        // A plural noun that ends a clause opened by a subordinator and a determiner's singular
        // noun is that noun's verb: "once the deal *closes*", "when the market opens" ("closes"
        // read as a noun, and "once" took the deal as an adverb's object). (Not after a word
        // that is a preposition too: "before the trade talks.")
        for (std::size_t k = 3; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "NNS" || lowercaseAscii(t.form) != t.form ||
                sentence.tokens[k - 1].xpos != "NN" ||
                !isOneOf(lowercaseAscii(sentence.tokens[k - 2].form), {"the", "a", "an", "this"}) ||
                !isOneOf(lowercaseAscii(sentence.tokens[k - 3].form),
                         {"once", "when", "if", "unless", "because", "while", "whenever"}) ||
                (k + 1 < sentence.tokens.size() && sentence.tokens[k + 1].upos != "PUNCT")) {
                continue;
            }
            if (lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
                retag(t, "VERB", "VBZ");
            }
        }
        // A capitalised plural right after a name, inside a sentence, ends that name: "Epic
        // *Games* chief executive Tim Sweeney" (read as a common noun, "Games" became an oblique
        // and Epic a subject of its own).
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            if (t.xpos == "NNS" && capitalised(t.form) && before.xpos == "NNP" &&
                capitalised(before.form) && !capitalised(sentence.tokens[k - 2].form) &&
                !officeTitle(lowercaseAscii(t.form).substr(0, t.form.size() - 1))) {
                retagAsName(t);
            }
        }
        // A lowercase base verb right after a finite verb and before a name is a noun that
        // describes the name, when WordNet knows it as one: "Samsung overtook *rival* Apple",
        // "sued *chipmaker* Micron" ("rival" was read as a second verb). Verbs that take a bare
        // infinitive keep it: "helped fund OpenAI".
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& verb = sentence.tokens[k - 1];
            const Token& name = sentence.tokens[k + 1];
            if (!isOneOf(t.xpos, {"VB", "VBP"}) || name.xpos != "NNP") {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            if (lower == t.form && verb.upos == "VERB" &&
                isOneOf(verb.xpos, {"VBD", "VBZ", "VBP"}) && name.xpos == "NNP" &&
                capitalised(name.form) && (tagger.wordClasses(lower) & WC_NOUN) != 0 &&
                !isOneOf(verb.lemma, {"help", "make", "let", "have", "see", "watch", "hear", "feel",
                                      "bid", "dare", "need", "say", "go", "come"})) {
                retag(t, "NOUN", "NN");
            }
        }
        // "tear gas" is a noun ("used water cannon and *tear* gas against demonstrators", read as
        // "to tear gas").
        for (std::size_t k = 0; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (lowercaseAscii(t.form) == "tear" && t.upos == "VERB" &&
                isOneOf(lowercaseAscii(sentence.tokens[k + 1].form), {"gas", "gases"})) {
                retag(t, "NOUN", "NN");
                retag(sentence.tokens[k + 1], "NOUN",
                      lowercaseAscii(sentence.tokens[k + 1].form) == "gases" ? "NNS" : "NN");
            }
        }
        // "rival" after "to" and before a bare plural noun describes the noun, with "to" its
        // preposition: "open its store *to rival* marketplaces" (read as "to rival", a verb
        // with the marketplaces its object). After a verb, or before a name or a determiner,
        // it stays a verb: "wants to rival companies", "to rival Nvidia", "to rival the
        // iPhone".
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& next = sentence.tokens[k + 1];
            if (t.form == "rival" && t.upos == "VERB" &&
                lowercaseAscii(sentence.tokens[k - 1].form) == "to" &&
                isOneOf(sentence.tokens[k - 2].upos, {"NOUN", "PROPN"}) &&
                isOneOf(next.xpos, {"NNS", "NN"}) && lowercaseAscii(next.form) == next.form) {
                retag(t, "ADJ", "JJ");
                retag(sentence.tokens[k - 1], "ADP", "IN");
            }
        }
        // A capitalised word read as a name, after "the" or "a" and before a common noun, that
        // WordNet knows as an adjective is one: "The *Swiss* drugmaker Novartis", "the
        // *American* biotechnology company" (as a name, the word joined the company's).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& next = sentence.tokens[k + 1];
            // (with the shape of a people's word: not "the *Bush* administration")
            const std::string& f = t.form;
            if (t.upos == "PROPN" && titleCase(f) && peoplesWord(f) &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].form), {"the", "a", "an"}) &&
                next.upos == "NOUN" && lowercaseAscii(next.form) == next.form &&
                (tagger.wordClasses(lowercaseAscii(f)) & WC_ADJ) != 0) {
                retag(t, "ADJ", "JJ");
                t.lemma = t.form;
            }
        }
        // A capitalised word read as a pronoun that is no English pronoun, or a capitalised "My"
        // inside the sentence between two capitalised words, is part of a name: "the property
        // developer *Truong* *My* Lan" (a Vietnamese name read as "Truong my land").
        for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos != "PRON" || !titleCase(t.form)) {
                continue; // (the cheap test first: this runs for every word)
            }
            const std::string lower = lowercaseAscii(t.form);
            const bool pronoun = isOneOf(
                lower,
                {"i",          "you",       "he",       "she",        "it",        "we",
                 "they",       "me",        "him",      "her",        "us",        "them",
                 "my",         "your",      "his",      "its",        "our",       "their",
                 "mine",       "yours",     "hers",     "ours",       "theirs",    "who",
                 "whom",       "whose",     "which",    "that",       "what",      "this",
                 "these",      "those",     "one",      "ones",       "some",      "any",
                 "none",       "all",       "each",     "both",       "either",    "neither",
                 "anyone",     "anything",  "everyone", "everything", "someone",   "something",
                 "nobody",     "nothing",   "somebody", "everybody",  "anybody",   "myself",
                 "yourself",   "himself",   "herself",  "itself",     "ourselves", "themselves",
                 "yourselves", "thou",      "ya",       "u",          "y'all",     "whoever",
                 "whatever",   "whichever", "another",  "other",      "others",    "such",
                 "much",       "many",      "few",      "several",    "most",      "more",
                 "less",       "there",     "here",     "where",      "when",      "how",
                 "why",        "s",         "'s",       "em",         "'em"});
            const bool capitalName =
                k + 1 < sentence.tokens.size() && titleCase(sentence.tokens[k - 1].form) &&
                titleCase(sentence.tokens[k + 1].form) &&
                !isOneOf(sentence.tokens[k - 1].form, {"\"", "“", "‘", "'", ":"});
            if (!pronoun || (lower == "my" && capitalName)) {
                retag(t, "PROPN", "NNP");
                t.lemma = t.form;
            }
        }
        // "own" with no possessor before it is the verb: "Nippon Steel and the South Korean
        // steelmaker Posco *own* minority stakes" (read as the adjective of "their own").
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            if (t.form == "own" && t.upos == "ADJ" && isOneOf(before.upos, {"PROPN", "NOUN"}) &&
                before.xpos != "POS" && sentence.tokens[k + 1].upos != "PUNCT") {
                retag(t, "VERB", "VBP");
                t.lemma = "own";
            }
        }
        // "general" after an office is part of its title: "asked the governor *general* to
        // suspend parliament", "the attorney general" (read as an adjective the verb took
        // for a complement).
        for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (lowercaseAscii(t.form) == "general" && t.upos == "ADJ" &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].form),
                        {"governor", "attorney", "secretary", "surgeon", "consul", "solicitor",
                         "inspector", "postmaster", "adjutant", "director"})) {
                retag(t, "NOUN", "NN");
                t.lemma = "general";
            }
        }
        // A word in lower case read as a name, between a determiner (or a possessive) and a
        // capitalised name, is the common noun that says what the name is: "whose *chatbot*
        // Claude competes with ChatGPT" (a word WordNet does not know).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            const Token& name = sentence.tokens[k + 1];
            if (t.xpos == "NNP" && t.upos == "PROPN" && lowerLetters(t.form) && t.form.size() > 2 &&
                (before.upos == "DET" || isOneOf(before.xpos, {"PRP$", "WP$", "POS"})) &&
                name.upos == "PROPN" && capitalised(name.form)) {
                retag(t, "NOUN", "NN");
            }
        }
        // A people's word after "a" or "an" with no noun after it is a person of that people,
        // as EWT tags it: "Auchincloss, a *Canadian* who joined BP in 2010, ..." (read as an
        // adjective, the article was left the apposition's head).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& next = sentence.tokens[k + 1];
            if (t.upos == "ADJ" && titleCase(t.form) && peoplesWord(t.form) &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].form), {"a", "an"}) &&
                (next.upos == "PUNCT" || isOneOf(next.xpos, {"WP", "WDT"}) ||
                 lowercaseAscii(next.form) == "who")) {
                retagAsName(t);
            }
        }
        // An "-ing" word right before a capitalised title and a name describes the title:
        // "*Outgoing* President Gabriel Boric called Kast" (read as a participle that the
        // parse hung on the verb).
        for (std::size_t k = 0; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& title = sentence.tokens[k + 1];
            const std::string lowerTitle = lowercaseAscii(title.form);
            // (Opening the sentence or after a determiner: "were *playing* Captain Hook" is
            // the verb.)
            // ("acting" after a copula holds the office: "had been *acting* chief executive".)
            const bool acting =
                lowercaseAscii(t.form) == "acting" && k > 0 &&
                isOneOf(lowercaseAscii(sentence.tokens[k - 1].lemma), {"be", "become", "remain"});
            const bool opens = k == 0 || sentence.tokens[k - 1].upos == "DET" ||
                               isOneOf(sentence.tokens[k - 1].xpos, {"PRP$", "POS"}) || acting;
            // (So is one before such a title in lower case, name or not: "Its *managing*
            // director, Chidi Okonkwo, ...", "the *acting* president" after a determiner; or
            // before a rank and the title: "acting *chief* executive".)
            const std::string lowerAfter = lowercaseAscii(sentence.tokens[k + 2].form);
            const bool ranked = isOneOf(lowerTitle, {"chief", "deputy", "vice"}) &&
                                (personRoleNoun(lowerAfter) || officeTitle(lowerAfter)) &&
                                lowerAfter == sentence.tokens[k + 2].form;
            const bool role = personRoleNoun(lowerTitle) || officeTitle(lowerTitle) ||
                              isOneOf(lowerTitle, {"partner", "editor"}) || ranked;
            if (t.xpos == "VBG" && opens && role &&
                ((capitalised(title.form) && sentence.tokens[k + 2].xpos == "NNP" &&
                  capitalised(sentence.tokens[k + 2].form)) ||
                 (k > 0 && title.form == lowerTitle && (title.upos == "NOUN" || ranked)))) {
                retag(t, "ADJ", "JJ");
                t.lemma = lowercaseAscii(t.form);
            }
        }
        // A lowercase singular noun right after "help" (or after its object, a name or a
        // pronoun) and before a determiner or a plural is the bare infinitive "help" takes,
        // when WordNet knows it as a verb: "Egypt and the United States helped *broker* the
        // agreement", "helped BYD *win* buyers" (read as a noun, the helped one).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const bool object = k >= 2 && isOneOf(sentence.tokens[k - 1].upos, {"PROPN", "PRON"});
            const Token& help = sentence.tokens[object ? k - 2 : k - 1];
            const Token& next = sentence.tokens[k + 1];
            if (t.xpos == "NN" && help.upos == "VERB" && help.lemma == "help" &&
                (next.upos == "DET" || next.xpos == "PRP$" || (object && next.xpos == "NNS")) &&
                lowercaseAscii(t.form) == t.form && (tagger.wordClasses(t.form) & WC_VERB) != 0) {
                retag(t, "VERB", "VB");
                t.lemma = t.form;
            }
        }
        // A capitalised word after a determiner or possessive, then a short number and another
        // capitalised word, opens a model's name: "The *Mate* 60 Pro uses a 7-nanometer chip"
        // (read as the noun "mate", which split the name).
        for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& number = sentence.tokens[k + 1];
            const Token& after = sentence.tokens[k + 2];
            const Token& before = sentence.tokens[k - 1];
            if (isOneOf(t.xpos, {"NN", "JJ"}) && capitalised(t.form) && number.xpos == "CD" &&
                number.form.size() <= 3 &&
                std::all_of(number.form.begin(), number.form.end(),
                            [](char c) { return c >= '0' && c <= '9'; }) &&
                capitalised(after.form) && after.upos != "PUNCT" &&
                (before.upos == "DET" || before.xpos == "PRP$" || before.xpos == "POS")) {
                retagAsName(t);
            }
        }
        // An "-ing" adjective of a known verb after a comma that closes a clause with a finite
        // verb, before its object, is that verb's participle: "began selling a smartphone ...,
        // *surprising* officials in Washington" (read as "surprising officials", a conjunct of
        // the smartphone). Not after an adjective, in a list of them ("a slow, agonizing
        // death"), nor in a clause without a finite verb ("great atmosphere, amazing food").
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.xpos != "JJ" || !t.form.ends_with("ing")) {
                continue;
            }
            const std::string lower = lowercaseAscii(t.form);
            if (lower != t.form || sentence.tokens[k - 1].form != "," ||
                sentence.tokens[k - 2].upos == "ADJ" ||
                !isOneOf(sentence.tokens[k + 1].upos, {"NOUN", "DET", "PROPN", "PRON"})) {
                continue;
            }
            const std::string verb = lemmatizer.lemma(t.form, "VERB", "VBG");
            bool finite = false;
            for (std::size_t i = 0; i + 1 < k; ++i) {
                finite = finite || isOneOf(sentence.tokens[i].xpos, {"VBD", "VBZ", "VBP", "MD"});
            }
            if (finite && lemmatizer.knownVerb(verb)) {
                retag(t, "VERB", "VBG");
            }
        }
        // A capitalised word inside a list of names is a name: "Samsung, Sharp and Sony sell
        // ..." (the tagger read "Sharp" as an adjective, and the list fell apart).
        for (std::size_t k : namesInAList(sentence.tokens)) {
            retagAsName(sentence.tokens[k]);
        }
        // Capitalised words after a name that end in a word of a company's trade are the
        // company's name: "Longi *Green* Energy *Technology* and Shanghai Electric" (an
        // adjective and a common noun, and the name fell apart), "Elliott *Management*".
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            if (!titleCase(sentence.tokens[k].form) ||
                !companyTradeWord(lowercaseAscii(sentence.tokens[k].form))) {
                continue;
            }
            std::size_t first = k;
            while (first > 0 && titleCase(sentence.tokens[first - 1].form) &&
                   isOneOf(sentence.tokens[first - 1].upos, {"NOUN", "ADJ", "PROPN"})) {
                --first;
            }
            // (Two words do for an investor's trade: "Elliott *Management*".)
            const bool investor =
                isOneOf(lowercaseAscii(sentence.tokens[k].form),
                        {"management", "capital", "partners", "investments", "holdings"});
            if (k - first < (investor ? 1U : 2U) || sentence.tokens[first].upos != "PROPN" ||
                companyTradeWord(lowercaseAscii(sentence.tokens[first].form))) {
                continue;
            }
            for (std::size_t i = first; i <= k; ++i) {
                if (sentence.tokens[i].upos != "PROPN") {
                    retagAsName(sentence.tokens[i]);
                }
            }
        }
        // Capitalised common words inside a sentence that end in a word for a public body are
        // that body's name: "The *Competition Commission* had accused 28 banks" (read as "the
        // commission", it stood for the tribunal named before).
        const auto commonWord = [&](std::size_t i) {
            return titleCase(sentence.tokens[i].form) &&
                   isOneOf(sentence.tokens[i].upos, {"NOUN", "ADJ", "PROPN"});
        };
        // (Over an office holder's possessive too: "the *Information Commissioner's Office*".)
        const auto possessive = [&](std::size_t i) {
            return isOneOf(sentence.tokens[i].form, {"'s", "\u2019s"}) &&
                   sentence.tokens[i].xpos == "POS";
        };
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            if (!commonWord(k) ||
                !isOneOf(lowercaseAscii(sentence.tokens[k].form),
                         {"commission", "tribunal", "authority", "ministry", "agency", "bureau",
                          "council", "court", "board", "committee", "administration", "association",
                          "federation", "union", "institute", "office"})) {
                continue;
            }
            std::size_t first = k;
            bool owner = false;
            while (first > 1 && (commonWord(first - 1) || (first > 2 && possessive(first - 1) &&
                                                           !owner && commonWord(first - 2)))) {
                owner = owner || possessive(first - 1);
                first -= possessive(first - 1) ? 2 : 1;
            }
            // (A name's own words are left alone, and "Office" needs its holder before it:
            // "the Oval Office" is a room.)
            if (first == k || (sentence.tokens[k].upos == "PROPN" && !owner) ||
                (lowercaseAscii(sentence.tokens[k].form) == "office" && !owner)) {
                continue;
            }
            for (std::size_t i = first; i <= k; ++i) {
                if (sentence.tokens[i].upos != "PROPN" && !possessive(i)) {
                    retagAsName(sentence.tokens[i]);
                }
            }
        }
        // A capitalised word inside a sentence, tagged a common noun, that is no word the
        // dictionary knows is a name: "one of its *Boeing* 787 jets" (read as a noun after
        // "its", it broke the phrase apart).
        // So is a word in capitals after a word for a company, and any capitalised words
        // there: "German chemical maker *BASF* plans ...", "from Canadian developer *Hot
        // Chili*" (an adjective and a noun the dictionary knows).
        // (A word for a company that the tagger read as an adjective between a noun and a name
        // is a noun: "sued mining *giant* Rio Tinto"; not "two giant Texas plants".)
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            if (t.upos == "ADJ" && t.form == lowercaseAscii(t.form) && companyNoun(t.form) &&
                sentence.tokens[k - 1].upos == "NOUN" && sentence.tokens[k + 1].upos == "PROPN" &&
                capitalised(sentence.tokens[k + 1].form)) {
                retag(t, "NOUN", "NN");
                t.lemma = t.form;
            }
        }
        for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& previous = sentence.tokens[k - 1];
            const bool capitals = t.form.size() > 2 && upperLetters(t.form);
            // (A word the dictionary does not know, read as a verb for its ending, is a name
            // too: "energy company *Orsted* won".)
            const bool unknownVerb = t.upos == "VERB" && titleCase(t.form) &&
                                     tagger.wordClasses(lowercaseAscii(t.form)) == 0;
            if (previous.upos == "NOUN" && (isOneOf(t.upos, {"NOUN", "ADJ"}) || unknownVerb) &&
                (titleCase(t.form) || capitals) && lowercaseAscii(previous.form) == previous.form &&
                companyDescription(previous.form)) {
                for (std::size_t i = k;
                     i < sentence.tokens.size() &&
                     (i == k || isOneOf(sentence.tokens[i].upos, {"NOUN", "ADJ", "PROPN"})) &&
                     capitalised(sentence.tokens[i].form);
                     ++i) {
                    retagAsName(sentence.tokens[i]);
                }
                continue;
            }
            // (So is one the dictionary knows right after a name, inside a sentence, before a
            // common noun or a number: "the European Commission's Safety *Gate* system", "Ocean
            // *Wind* 3". Not a title: "Nvidia Chief Executive".)
            const Token* next = k + 1 < sentence.tokens.size() ? &sentence.tokens[k + 1] : nullptr;
            const bool afterAName =
                k > 1 && previous.upos == "PROPN" && capitalised(previous.form) && !capitals &&
                next != nullptr &&
                ((next->upos == "NOUN" && lowercaseAscii(next->form) == next->form) ||
                 (next->upos == "NUM" && next->form.size() <= 2)) &&
                !titleBeforeAName(t.form) &&
                !isOneOf(lowercaseAscii(t.form), {"chief", "executive"});
            if (t.upos == "NOUN" && t.form.size() > 2 && titleCase(t.form) &&
                (tagger.wordClasses(lowercaseAscii(t.form)) == 0 || afterAName)) {
                retagAsName(t);
            }
        }
        // A capitalised word opening the sentence that the dictionary does not know, read as an
        // adjective or a noun, is a name, and so are the capitalised words after it: "*Brightwell
        // Toys* lowered its forecast" (inside a sentence, the loop above).
        if (sentence.tokens.size() > 2 && titleCase(sentence.tokens[0].form) &&
            sentence.tokens[0].form.size() > 2 &&
            isOneOf(sentence.tokens[0].upos, {"ADJ", "NOUN"}) &&
            tagger.wordClasses(lowercaseAscii(sentence.tokens[0].form)) == 0) {
            for (std::size_t k = 0;
                 k < 4 && k + 1 < sentence.tokens.size() && titleCase(sentence.tokens[k].form) &&
                 isOneOf(sentence.tokens[k].upos, {"ADJ", "NOUN", "PROPN"});
                 ++k) {
                retagAsName(sentence.tokens[k]);
            }
        }
        // A common noun opening the sentence before an apposition set off by commas and a verb
        // is a name: "*Ascension*, one of the largest U.S. hospital operators, said ..." (a
        // common noun opening a sentence takes a determiner; not a word for a time:
        // "Yesterday, the company said").
        // (So are two or three capitalised words there, a noun last: "*Big Lots*, the discount
        // retailer, said ...", read as an adjective and a plural noun.)
        std::size_t opening = 0; // the capitalised words before the first comma
        while (opening < 3 && opening + 1 < sentence.tokens.size() &&
               titleCase(sentence.tokens[opening].form) &&
               isOneOf(sentence.tokens[opening].xpos, {"NN", "NNS", "JJ", "NNP", "NNPS"})) {
            ++opening;
        }
        const bool nounLast =
            opening > 0 && isOneOf(sentence.tokens[opening - 1].xpos, {"NN", "NNS"}) &&
            (opening == 1 ||
             std::all_of(sentence.tokens.begin(),
                         sentence.tokens.begin() + static_cast<std::ptrdiff_t>(opening),
                         [](const Token& t) { return t.xpos != "NNP"; }));
        // (Or two or three before a relative clause set off the same way: "*Oceanic Lines*,
        // which is based in Rotterdam, said ...".)
        const std::string afterComma = sentence.tokens.size() > opening + 1
                                           ? lowercaseAscii(sentence.tokens[opening + 1].form)
                                           : std::string();
        const bool relative = opening >= 2 && isOneOf(afterComma, {"which", "whose"});
        // (Or a person's name before their age and a verb: "*Strand*, 52, joined the company
        // in 2009".)
        const auto age = [&](std::size_t k) {
            const std::string& f = sentence.tokens[k].form;
            return sentence.tokens[k].upos == "NUM" && !f.empty() && f.size() <= 3 &&
                   std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        if (opening > 0 && nounLast && sentence.tokens.size() > opening + 4 &&
            sentence.tokens[opening].form == "," && age(opening + 1) &&
            sentence.tokens[opening + 2].form == "," &&
            isOneOf(sentence.tokens[opening + 3].upos, {"VERB", "AUX"})) {
            for (std::size_t k = 0; k < opening; ++k) {
                retagAsName(sentence.tokens[k]);
            }
        }
        if (sentence.tokens.size() > opening + 4 && nounLast &&
            sentence.tokens[opening].form == "," &&
            (isOneOf(afterComma, {"a", "an", "the", "one"}) || relative) &&
            !isOneOf(lowercaseAscii(sentence.tokens[0].form),
                     {"yesterday", "today", "tonight", "tomorrow", "overall", "meanwhile",
                      "instead", "still", "now", "then", "later", "earlier", "again"})) {
            for (std::size_t c = opening + 2; c + 1 < sentence.tokens.size(); ++c) {
                if (sentence.tokens[c].form != ",") {
                    continue;
                }
                // (The apposition may end in a name or a number: "*Fresh Fields*, a
                // supermarket chain with 300 stores in the Midwest, recalled ...".)
                if (isOneOf(sentence.tokens[c + 1].upos, {"VERB", "AUX"}) &&
                    isOneOf(sentence.tokens[c - 1].upos, {"NOUN", "PROPN", "NUM"})) {
                    for (std::size_t k = 0; k < opening; ++k) {
                        retagAsName(sentence.tokens[k]);
                    }
                }
                break;
            }
        }
        // Whether word `h` is a hyphen written without spaces between the words either side.
        const auto joiningHyphen = [&](std::size_t h) {
            const std::vector<Token>& w = sentence.tokens;
            return h > 0 && h + 1 < w.size() && w[h].form == "-" && w[h].start == w[h - 1].end &&
                   w[h + 1].start == w[h].end;
        };
        // A hyphen written without spaces between two capitalised words joins one name
        // ("Kosiniak-Kamysz"): tagged as a comma, it split the name and the sentence.
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& hyphen = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            const Token& after = sentence.tokens[k + 1];
            if (joiningHyphen(k) && hyphen.xpos != "HYPH" && capitalised(before.form) &&
                capitalised(after.form)) {
                hyphen.upos = "PUNCT";
                hyphen.xpos = "HYPH";
            }
        }
        // A capital letter or two joined by such a hyphen to a capitalised word open a name:
        // "*K*-*Electric*", "*T*-*Mobile*" (read as a number, "thousand", and an adjective).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& before = sentence.tokens[k - 1];
            Token& after = sentence.tokens[k + 1];
            if (joiningHyphen(k) && before.form.size() <= 2 && upperLetters(before.form) &&
                titleCase(after.form)) {
                retagAsName(before);
                retagAsName(after);
            }
        }
        // A capitalised word joined by such a hyphen to a name before it is the name's too:
        // "Sam Bankman-*Fried*" (read as a past tense that took the name as its subject).
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            const Token& first = sentence.tokens[k - 2];
            Token& t = sentence.tokens[k];
            if (joiningHyphen(k - 1) && first.upos == "PROPN" && titleCase(first.form) &&
                titleCase(t.form) && isOneOf(t.upos, {"VERB", "ADJ", "NOUN", "ADV"})) {
                retagAsName(t);
            }
        }
        // So is a verb's base or present form joined by one to a capitalised noun, the two a
        // name: "The charity Sea-*Watch* accused European governments" (read as the verb, with
        // "Sea" its subject). In EWT two capitalised words joined so are names 88 times in
        // 118, and the second is such a verb once ("Thank-You").
        for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
            Token& first = sentence.tokens[k - 2];
            Token& t = sentence.tokens[k];
            if (joiningHyphen(k - 1) && first.upos == "NOUN" && titleCase(first.form) &&
                titleCase(t.form) && t.upos == "VERB" && isOneOf(t.xpos, {"VB", "VBP", "VBZ"}) &&
                (k + 1 == sentence.tokens.size() || !titleCase(sentence.tokens[k + 1].form))) {
                retagAsName(first);
                retagAsName(t);
            }
        }
        // A noun joined by such a hyphen to an "-ing" word before a noun makes one modifier
        // of that noun: "its fact-*checking* programme", "a cost-cutting plan" (read as a
        // participle, "checking" took the programme as its object and the hyphen as a comma).
        for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
            const Token& first = sentence.tokens[k - 2];
            Token& t = sentence.tokens[k];
            if (joiningHyphen(k - 1) && first.upos == "NOUN" && lowerLetters(first.form) &&
                t.xpos == "VBG" && lowerLetters(t.form) &&
                isOneOf(sentence.tokens[k + 1].xpos, {"NN", "NNS"})) {
                retag(sentence.tokens[k - 1], "PUNCT", "HYPH");
                retag(t, "NOUN", "NN");
            }
        }
        // The small second half of a hyphenated given name after a family name is a name:
        // "Lee Jae-*yong*", "Kim Jong-*un*" (tagged a noun, it took the words after it).
        for (std::size_t k = 3; k < sentence.tokens.size(); ++k) {
            const Token& first = sentence.tokens[k - 2];
            Token& t = sentence.tokens[k];
            if (joiningHyphen(k - 1) && first.upos == "PROPN" && capitalised(first.form) &&
                sentence.tokens[k - 3].upos == "PROPN" &&
                capitalised(sentence.tokens[k - 3].form) && t.form.size() <= 4 &&
                lowerLetters(t.form)) {
                retagAsName(t);
            }
        }
        // An unknown word of three to six capital letters tagged a common noun is an
        // acronym's name: "The Paris metro operator, *RATP*, warned", "the *RSF* is commanded
        // by" (known ones stay nouns: "CEO", "IPO", "GDP"). Not in a line of capitals.
        const auto shouted =
            std::count_if(sentence.tokens.begin(), sentence.tokens.end(), [](const Token& t) {
                return t.form.size() >= 2 && upperLetters(t.form);
            });
        if (shouted * 2 < static_cast<std::ptrdiff_t>(sentence.tokens.size())) {
            for (Token& t : sentence.tokens) {
                if (t.upos == "NOUN" && t.form.size() >= 3 && t.form.size() <= 6 &&
                    upperLetters(t.form) && tagger.wordClasses(lowercaseAscii(t.form)) == 0) {
                    retagAsName(t);
                }
            }
        }
        // A capitalised singular noun that opens the sentence with no determiner, described
        // between commas as a company or a rival, is a company's name: "*Zoom*, another rival,
        // welcomed the ruling".
        if (sentence.tokens.size() > 5 && sentence.tokens[0].xpos == "NN" &&
            titleCase(sentence.tokens[0].form) && sentence.tokens[1].form == ",") {
            const std::vector<Token>& w = sentence.tokens;
            std::size_t k = 3;
            while (k < w.size() && isOneOf(w[k].upos, {"ADJ", "NOUN"}) &&
                   !(k + 1 < w.size() && w[k + 1].form == ",")) {
                ++k;
            }
            if (isOneOf(lowercaseAscii(w[2].form), {"another", "a", "an"}) && k + 1 < w.size() &&
                w[k].upos == "NOUN" && w[k + 1].form == "," &&
                companyDescription(lowercaseAscii(w[k].form))) {
                retagAsName(sentence.tokens[0]);
            }
        }
        // A Portuguese "do" ("of the") between two capitalised names is part of one name:
        // "Rio Grande *do* Sul", "Banco *do* Brasil" (tagged a verb, it split the sentence).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& t = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            const Token& after = sentence.tokens[k + 1];
            if (t.form == "do" && before.upos == "PROPN" && titleCase(before.form) &&
                titleCase(after.form) && isOneOf(after.upos, {"PROPN", "NOUN", "ADJ"})) {
                retagAsName(t);
            }
        }
        // Every word of a company's name before its legal form is a name.
        for (std::size_t k : legalNameWords(sentence)) {
            if (sentence.tokens[k].upos != "PROPN") {
                retagAsName(sentence.tokens[k]);
            }
        }
        if (parser) {
            parser->parse(sentence);
            // A sentence parsed without a verb at its root because a past tense was tagged as a
            // participle or an adjective, or a verb as a noun: retag that word and parse again,
            // keeping the new parse if the word now heads it or, for a noun made a verb, joins a
            // verb as its conjunct (the rules "which take effect in 30 days, bar exports": the
            // rules bar them).
            // (A participle between commas that the parse made the main verb is retagged as
            // one, the verb after it as a past tense.)
            const auto pastTense = [&](std::size_t v) {
                const std::size_t clause = participleRootAfterItsSubject(sentence.tokens).first;
                if (clause == NONE || clause > v) {
                    return reparseRetagged(sentence, v, "VERB", "VBD", false);
                }
                return reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[clause], "VERB", "VBN");
                        retag(retry.tokens[v], "VERB", "VBD");
                    },
                    [&](const Sentence& retry) { return retry.tokens[v].head == 0; });
            };
            const std::size_t v = participleForMainVerb(sentence, lemmatizer);
            if (v != NONE && !pastTense(v)) {
                verbAfterASubjectsModifier(sentence, v, "VBD");
            } else if (v == NONE) {
                // (Not a noun WordNet knows as no verb's form: "expects *sales* to grow".)
                if (const auto [k, tag] = nounForMainVerb(sentence, lemmatizer);
                    k != NONE && !nounOnly(sentence.tokens[k].form) &&
                    !reparseRetagged(sentence, k, "VERB", tag, true)) {
                    verbAfterASubjectsModifier(sentence, k, tag);
                }
            }
            // A participle before a noun taken for a verb: both retagged, and the new parse
            // kept if the participle heads it.
            if (const auto [pv, noun] = participleBeforeANounTakenForAVerb(sentence, lemmatizer);
                pv != NONE) {
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retry.tokens[pv].xpos = "VBD";
                        retag(retry.tokens[noun], "NOUN", "NNS");
                    },
                    [&](const Sentence& retry) { return retry.tokens[pv].head == 0; });
            }
            // A subject that opens the sentence with a participle and its agent, then a second
            // participle and no finite verb before it: the second is the subject's verb, a past
            // tense ("A wildfire fanned by hurricane winds *swept* through the town, ...,
            // officials said" made it a clause on the winds). Kept when it takes the subject.
            {
                const std::vector<Token>& w = sentence.tokens;
                std::size_t k = 0;
                while (k < w.size() && isOneOf(w[k].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"})) {
                    ++k;
                }
                const std::size_t subjectEnd = k;
                if (k > 0 && k + 3 < w.size() && w[k].xpos == "VBN" &&
                    lowercaseAscii(w[k + 1].form) == "by") {
                    k += 2;
                    while (k < w.size() &&
                           isOneOf(w[k].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"})) {
                        ++k;
                    }
                    const std::size_t verb = k;
                    if (verb < w.size() && verb > subjectEnd + 2 && w[verb].xpos == "VBN" &&
                        w[verb].upos == "VERB" && w[verb - 1].upos == "NOUN" &&
                        !hasChild(w, verb,
                                  [](const std::string& r) { return r.starts_with("aux"); })) {
                        reparse(
                            sentence, [&](Sentence& retry) { retry.tokens[verb].xpos = "VBD"; },
                            [&](const Sentence& retry) {
                                return hasChild(retry.tokens, verb,
                                                [](const std::string& r) {
                                                    return r.starts_with("nsubj");
                                                }) &&
                                       headOf(retry.tokens, subjectEnd - 1) == verb;
                            });
                    }
                }
            }
            // A participle after a time word's noun phrase and its apposition between commas is
            // the verb of a clause that the word opens: "days after a Russian probe, Luna-25,
            // *crashed* into the Moon" (read as a probe that was crashed). Kept when the word
            // marks the verb and the noun is its subject.
            for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (w[k].xpos != "VBN" || w[k].upos != "VERB" || w[k - 1].form != "," ||
                    w[k].deprel != "acl" ||
                    hasChild(w, k, [](const std::string& r) { return r.starts_with("aux"); })) {
                    continue;
                }
                std::size_t open = NONE; // the time word
                std::size_t commas = 0;
                for (std::size_t j = k - 1; j > 0; --j) {
                    if (w[j - 1].form == ",") {
                        ++commas;
                    } else if (isOneOf(lowercaseAscii(w[j - 1].form),
                                       {"after", "before", "since", "until", "when"})) {
                        open = j - 1;
                        break;
                    } else if (!isOneOf(w[j - 1].upos,
                                        {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "SYM"})) {
                        break;
                    }
                }
                if (open == NONE || commas != 2 || w[open].upos != "ADP") {
                    continue;
                }
                const std::size_t verb = k;
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[open], "SCONJ", "IN");
                        retry.tokens[verb].xpos = "VBD";
                    },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, open) == verb &&
                               hasChild(retry.tokens, verb,
                                        [](const std::string& r) { return r == "nsubj"; });
                    });
            }
            // A noun after a noun that the tagger took for a present-tense verb and the parse
            // could only hang on as a nominal ("its refinery and chemicals *plant* in
            // Singapore", an advmod): the word as a noun, kept when the noun before becomes its
            // compound (see nounBeforeASecondObject). (Or, with no subject, auxiliary or
            // marker of its own, after the last of two nouns joined by "and", whatever its
            // relation: a complement of "sell" before a comma and a report.)
            for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
                const Token& t = sentence.tokens[k];
                const auto bare = [&] {
                    return !hasChild(sentence.tokens, k, [](const std::string& r) {
                        return r.starts_with("nsubj") || r.starts_with("aux") || r == "mark";
                    });
                };
                if (t.upos != "VERB" || !isOneOf(t.xpos, {"VB", "VBP"}) ||
                    sentence.tokens[k - 1].upos != "NOUN" ||
                    !(isOneOf(t.deprel, {"advmod", "compound", "nmod", "obj", "obl", "amod"}) ||
                      (sentence.tokens[k - 1].deprel == "conj" && bare())) ||
                    (tagger.wordClasses(lowercaseAscii(t.form)) & WC_NOUN) == 0) {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "NOUN", "NN"); },
                    [&](const Sentence& retry) {
                        std::vector<Token> w = retry.tokens;
                        nounBeforeASecondObject(w);
                        return w[k - 1].deprel == "compound" && headOf(w, k - 1) == k;
                    });
            }
            // A base form joined to a finite verb with no subject of its own, after a comma,
            // follows an infinitive that the tagger took for "to" and a noun: "stole billions
            // from customers *to fund* risky bets, *buy* property and make donations". "to" as
            // the infinitive's mark and the noun as a verb, kept when the base form is then the
            // infinitive's conjunct.
            for (std::size_t k = 3; k < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::size_t finite = headOf(w, k);
                if (w[k].xpos != "VB" || w[k].deprel != "conj" || w[k - 1].form != "," ||
                    finite == NONE || finite >= k ||
                    !isOneOf(w[finite].xpos, {"VBD", "VBZ", "VBP"}) ||
                    hasChild(w, k, [](const std::string& r) {
                        return r.starts_with("nsubj") || r.starts_with("aux") || r == "mark";
                    })) {
                    continue;
                }
                std::size_t noun = NONE;
                for (std::size_t j = finite + 2; j + 1 < k; ++j) {
                    if (lowercaseAscii(w[j - 1].form) == "to" && w[j - 1].xpos == "IN" &&
                        w[j].xpos == "NN" && lowerLetters(w[j].form) &&
                        lemmatizer.knownVerb(lemmatizer.lemma(w[j].form, "VERB", "VB"))) {
                        noun = j;
                    }
                }
                if (noun == NONE) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[noun - 1], "PART", "TO");
                        retag(retry.tokens[noun], "VERB", "VB");
                    },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].deprel == "conj" && headOf(retry.tokens, k) == noun;
                    });
                break;
            }
            // A verb's "-s" form that the tagger took for a plural noun, made the first of two
            // subjects of the verb of a clause joined after it: "Tourism *accounts* for more
            // than half of the economy, and hotel owners fear ..." with "accounts" and "owners"
            // both subjects of "fear". The word as a verb, kept when it heads the new parse.
            for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::size_t later = headOf(w, k);
                if (w[k].xpos != "NNS" || w[k].deprel != "nsubj" || later == NONE || later <= k ||
                    lowercaseAscii(w[k].form) != w[k].form ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBZ"))) {
                    continue;
                }
                std::size_t cc = NONE;
                std::size_t second = NONE;
                for (std::size_t c = k + 1; c < later; ++c) {
                    if (headOf(w, c) != later) {
                        continue;
                    }
                    if (w[c].deprel == "cc" && cc == NONE) {
                        cc = c;
                    } else if (w[c].deprel == "nsubj" && cc != NONE) {
                        second = c;
                    }
                }
                if (second == NONE || w[cc - 1].form != ",") {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", "VBZ"); },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].head == 0 && retry.tokens[later].deprel == "conj" &&
                               headOf(retry.tokens, later) == k;
                    });
            }
            // A noun after "that" that the tagger took for a present-tense verb, with "that" its
            // relative subject on a verb of telling's listener and a clause with a modal after
            // it: "told analysts that *demand* for oil would stay strong". "that" as a marker and
            // the word as a noun, kept when the word is then a subject.
            for (std::size_t k = 3; k + 2 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::size_t noun = headOf(w, k);
                const std::size_t verb = noun == NONE ? NONE : headOf(w, noun);
                if (w[k].upos != "VERB" || !isOneOf(w[k].xpos, {"VB", "VBP"}) ||
                    w[k].deprel != "acl:relcl" || lowercaseAscii(w[k - 1].form) != "that" ||
                    headOf(w, k - 1) != k || !w[k - 1].deprel.starts_with("nsubj") ||
                    verb == NONE || !isOneOf(w[noun].deprel, {"obj", "iobj"}) ||
                    !isOneOf(w[verb].lemma, {"tell", "warn", "remind", "assure", "inform", "notify",
                                             "advise", "convince", "persuade", "reassure"}) ||
                    (tagger.wordClasses(lowercaseAscii(w[k].form)) & WC_NOUN) == 0) {
                    continue;
                }
                // (the modal within a few words: "that demand for oil would ...")
                bool modal = false;
                for (std::size_t m = k + 1; m < w.size() && m <= k + 6 && !modal; ++m) {
                    modal = w[m].xpos == "MD";
                }
                if (!modal) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k - 1], "SCONJ", "IN");
                        retag(retry.tokens[k], "NOUN", "NN");
                    },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].deprel.starts_with("nsubj") &&
                               retry.tokens[k - 1].deprel == "mark";
                    });
            }
            // A past participle with a subject of its own and no auxiliary is a past tense:
            // "into whether Apple's voice assistant Siri *recorded* users' conversations" (an
            // amod of "conversations", and the clause fell apart). The word as a past tense,
            // kept when it then heads a clause with that subject.
            for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
                const Token& t = sentence.tokens[k];
                if (t.xpos != "VBN" || t.upos != "VERB" || !isOneOf(t.deprel, {"amod", "acl"}) ||
                    !hasChild(sentence.tokens, k,
                              [](const std::string& r) { return r == "nsubj"; }) ||
                    hasChild(sentence.tokens, k,
                             [](const std::string& r) { return r.starts_with("aux"); })) {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", "VBD"); },
                    [&](const Sentence& retry) {
                        return !isOneOf(retry.tokens[k].deprel, {"amod", "acl", "compound"}) &&
                               hasChild(retry.tokens, k,
                                        [](const std::string& r) { return r == "nsubj"; });
                    });
            }
            // An "-ed" adjective right after a determiner's noun and before a noun phrase is a
            // past tense: "alleged that the company *delayed* payments and gave ..." (read as
            // "delayed payments", and "company" the subject of "gave"). The word as a past
            // tense, kept when it then has that noun as its subject.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const Token& t = sentence.tokens[k];
                const Token& noun = sentence.tokens[k - 1];
                if (t.xpos != "JJ" || !t.form.ends_with("ed") || noun.upos != "NOUN" ||
                    !isOneOf(lowercaseAscii(sentence.tokens[k - 2].form), {"the", "a", "an"}) ||
                    !isOneOf(sentence.tokens[k + 1].upos, {"NOUN", "DET", "PRON"})) {
                    continue;
                }
                const std::string past = lemmatizer.lemma(t.form, "VERB", "VBD");
                if (!lemmatizer.knownVerb(past)) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", "VBD");
                        retry.tokens[k].lemma = past;
                    },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].upos == "VERB" && headOf(retry.tokens, k - 1) == k &&
                               retry.tokens[k - 1].deprel == "nsubj";
                    });
            }
            // A participle right after the name that opens the sentence, before a noun phrase,
            // is a past tense: "Delta Air Lines *cancelled* thousands of flights ... and later
            // said" (read as "cancelled thousands", the subject of "said"). Kept when the name
            // is then its subject.
            {
                const std::vector<Token>& w = sentence.tokens;
                std::size_t k = 0;
                while (k < w.size() && w[k].upos == "PROPN" && capitalised(w[k].form)) {
                    ++k;
                }
                const std::string past =
                    k > 0 && k + 1 < w.size() && w[k].xpos == "VBN" && w[k].form.ends_with("ed")
                        ? lemmatizer.lemma(w[k].form, "VERB", "VBD")
                        : std::string();
                if (!past.empty() && lemmatizer.knownVerb(past) &&
                    isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "PRON", "ADJ"}) &&
                    !hasChild(w, k, [](const std::string& r) { return r.starts_with("nsubj"); })) {
                    pastTenseWithSubject(sentence, k, 0, k);
                }
            }
            // So is one after an opening noun phrase with a place or an owner of its own, when
            // every finite verb after it opens a clause of its own: "Police in Kenya *fired*
            // tear gas at protesters ... as demonstrations entered a third week" (read as
            // fired tear gas, and "entered" the sentence's verb). Not "The chips sold last
            // year were faulty".
            {
                const std::vector<Token>& w = sentence.tokens;
                const auto nominal = [&](std::size_t j) {
                    return isOneOf(w[j].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"});
                };
                std::size_t k = 0;
                while (k < w.size() && nominal(k)) {
                    ++k;
                }
                const std::size_t head = k; // one past the opening noun phrase's own words
                if (k > 0 && k + 1 < w.size() && w[k].upos == "ADP" &&
                    isOneOf(lowercaseAscii(w[k].form), {"in", "of", "from", "at"})) {
                    ++k;
                    while (k < w.size() && nominal(k)) {
                        ++k;
                    }
                }
                // (Without the phrase, only before an object's first word: "Tanzanian police
                // *arrested* opposition leader Tundu Lissu ..., and prosecutors later charged
                // him"; not "The chips sold last year".)
                const bool object = k == head && k > 0 && k + 1 < w.size() &&
                                    isOneOf(w[k + 1].upos, {"DET", "NOUN", "NUM"});
                bool ownClauses = (k > head + 1 || object) && k + 1 < w.size();
                bool opened = false;
                for (std::size_t j = k + 1; ownClauses && j < w.size(); ++j) {
                    opened = opened || w[j].form == "," || w[j].upos == "CCONJ" ||
                             (w[j].upos == "SCONJ" ||
                              isOneOf(lowercaseAscii(w[j].form), {"as", "after", "while", "when",
                                                                  "because", "before", "since"}));
                    ownClauses = opened || !isOneOf(w[j].xpos, {"VBD", "VBZ", "VBP", "MD"});
                }
                if (ownClauses && w[k].xpos == "VBN" && w[k].form.ends_with("ed") &&
                    isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "PRON", "ADJ"}) &&
                    lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBD")) &&
                    !hasChild(w, k, [](const std::string& r) { return r.starts_with("nsubj"); })) {
                    pastTenseWithSubject(sentence, k, 0, head);
                }
            }
            // So is one right after the noun phrase that a verb of saying or finding takes,
            // before a noun phrase of its own: "A jury found Google's app store *violated*
            // antitrust law", "Regulators said the firm *misled* investors" (read as the
            // store's participle or the law's adjective). Kept when a word of that phrase is
            // then its subject.
            for (std::size_t k = 3; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (!isOneOf(w[k].xpos, {"VBN", "JJ"}) || !lowerLetters(w[k].form) ||
                    !w[k].form.ends_with("ed") || !isOneOf(w[k - 1].upos, {"NOUN", "PROPN"}) ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "PRON", "ADJ", "PROPN"})) {
                    continue;
                }
                std::size_t open = k - 1;
                while (open > 0 &&
                       (isOneOf(w[open - 1].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) ||
                        isOneOf(w[open - 1].xpos, {"POS", "PRP$"}))) {
                    --open;
                }
                std::size_t verb = open > 0 ? open - 1 : NONE;
                if (verb != NONE && lowercaseAscii(w[verb].form) == "that" && verb > 0) {
                    --verb;
                }
                if (verb == NONE || w[verb].upos != "VERB" ||
                    !isOneOf(w[verb].lemma, {"say",    "find",  "rule",   "conclude",  "allege",
                                             "claim",  "argue", "show",   "determine", "decide",
                                             "insist", "warn",  "report", "suggest",   "confirm",
                                             "deny",   "note",  "add",    "believe",   "think"}) ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBD"))) {
                    continue;
                }
                // (Not a participle of naming, nor one whose phrase is the subject of a verb
                // after it: "said a criminal group *called* Qilin was behind the attack".)
                // (A verb after a subordinator or "and" is a clause of its own: "said the chip
                // *reduced* errors as it grew larger".)
                bool laterFinite = false;
                for (std::size_t j = k + 1;
                     j < w.size() && w[j].upos != "PUNCT" && w[j].upos != "CCONJ" &&
                     w[j].upos != "SCONJ" && !clauseSubordinator(lowercaseAscii(w[j].form)) &&
                     !laterFinite;
                     ++j) {
                    laterFinite = isOneOf(w[j].xpos, {"VBD", "VBZ", "VBP", "MD"});
                }
                if (laterFinite ||
                    isOneOf(lowercaseAscii(w[k].form),
                            {"called", "named", "dubbed", "titled", "labelled", "labeled"})) {
                    continue;
                }
                pastTenseWithSubject(sentence, k, open, k);
            }
            // So is one right after a quantifier that opens a joined clause: ", and some
            // *posted* photographs of them online" (read as "posted photographs", a conjunct of
            // the object before). Kept when the quantifier is then its subject.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (w[k].xpos != "VBN" || !w[k].form.ends_with("ed") ||
                    !isOneOf(lowercaseAscii(w[k - 1].form),
                             {"some", "many", "others", "most", "several", "few", "all", "both"}) ||
                    !(w[k - 2].upos == "CCONJ" || isOneOf(w[k - 2].form, {",", ";"})) ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "PRON", "ADJ", "PROPN"}) ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBD"))) {
                    continue;
                }
                pastTenseWithSubject(sentence, k, k - 1, k);
            }
            // And one right after the noun phrase that a subordinator opens: "a day after
            // protesters *stormed* parliament and police shot dead 22 people" (read as
            // protesters who were stormed), "until the company *paid* for the cleanup" (before
            // a preposition other than an agent's "by"). Kept when that noun is then its subject
            // and the subordinator its marker.
            // (So is an "-ed" adjective that ends the clause, after a noun phrase with a
            // phrase of its own: "as competition from Chinese rivals *intensified*.")
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                // (And a past tense that the parse hung inside the noun phrase, as a clause
                // on the noun of a phrase there: "as demand for memory chips *slumped*"; or an
                // irregular one read as a noun before the clause ends or an adverb: "after
                // costs *rose*".)
                // (the cheap test first: this runs for every word)
                if (!isOneOf(w[k].xpos, {"VBN", "VBD", "NN", "JJ", "VB"}) ||
                    !isOneOf(w[k - 1].upos, {"NOUN", "PROPN"})) {
                    continue;
                }
                const bool irregular =
                    lemmatizer.lemma(w[k].form, "VERB", "VBD") != lowercaseAscii(w[k].form);
                // (or made a complement of the main verb with no subject of its own: "cut its
                // sales forecast as competition from Eli Lilly *weighed* on demand")
                const bool hung =
                    (w[k].xpos == "VBD" && w[k].upos == "VERB" &&
                     (isOneOf(w[k].deprel, {"acl", "acl:relcl"}) ||
                      (w[k].deprel == "xcomp" &&
                       !hasChild(w, k,
                                 [](const std::string& r) { return r.starts_with("nsubj"); })))) ||
                    (w[k].xpos == "NN" && irregular && !w[k].form.ends_with("ed") &&
                     (tagger.wordClasses(lowercaseAscii(w[k].form)) & WC_VERB_INFLECTED) != 0 &&
                     (isOneOf(w[k + 1].form, {".", ",", ";"}) || w[k + 1].xpos == "RB"));
                const bool closing =
                    (((w[k].xpos == "JJ" || w[k].xpos == "VBN") && w[k].form.ends_with("ed")) ||
                     hung) &&
                    isOneOf(w[k + 1].form, {".", ",", ";"});
                // ("the infantry based part of the doctrine" is a phrase; an irregular past
                // counts: "built")
                // (So is a past tense written as its base form, read as a modifier of the
                // noun after it: "after protesters *set* fires".)
                const bool sameForm = isOneOf(w[k].xpos, {"JJ", "NN", "VB"}) &&
                                      sameFormPast(lowercaseAscii(w[k].form)) &&
                                      isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "ADJ"});
                if (!(w[k].xpos == "VBN" || closing || hung || sameForm) || w[k].lemma == "base" ||
                    !(w[k].form.ends_with("ed") || irregular || sameForm) ||
                    !(closing || hung ||
                      isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM", "PRON", "ADJ", "PROPN"}) ||
                      (w[k + 1].upos == "ADP" && lowercaseAscii(w[k + 1].form) != "by")) ||
                    hasChild(w, k, [](const std::string& r) { return r.starts_with("aux"); })) {
                    continue;
                }
                // (names joined by "and" too: "after activist investors Elliott Management and
                // Starboard Value *built* stakes"; and the noun phrase goes back over phrases
                // on its nouns: "competition *from* Chinese rivals")
                std::size_t open = k - 1;
                bool phrase = false; // (whether it went back over one)
                while (open > 0 &&
                       (isOneOf(w[open - 1].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) ||
                        w[open - 1].xpos == "PRP$" ||
                        (w[open - 1].form == "and" && open > 1 && w[open - 2].upos == "PROPN") ||
                        (open > 1 && w[open - 1].upos == "ADP" &&
                         isOneOf(lowercaseAscii(w[open - 1].form),
                                 {"of", "from", "in", "at", "for", "on", "with"}) &&
                         isOneOf(w[open - 2].upos, {"NOUN", "PROPN"})))) {
                    phrase = phrase || w[open - 1].upos == "ADP";
                    --open;
                }
                const std::string past = lemmatizer.lemma(w[k].form, "VERB", "VBD");
                // ("as" before a participle with an object is most often a preposition:
                // "served as chair of the board *based* in London", "spun off Sandoz as a
                // separate company *listed* in Zurich"; not before a noun that names no role:
                // "as competition from Eli Lilly *weighed* on demand")
                bool role = false;
                for (std::size_t j = open; j < k && !role; ++j) {
                    role = isOneOf(lowercaseAscii(w[j].form), {"a", "an"}) ||
                           personRoleNoun(lowercaseAscii(w[j].form)) || personRoleNoun(w[j].lemma);
                }
                if (open == 0 ||
                    (phrase && !closing && !hung && w[open - 1].form == "as" && role) ||
                    !isOneOf(lowercaseAscii(w[open - 1].form),
                             {"after", "before", "since", "until", "because", "when", "while",
                              "once", "as", "although", "though", "if", "unless"}) ||
                    !lemmatizer.knownVerb(past) ||
                    // (a clause the parse hung on a noun before the subordinator is that
                    // noun's: "the greatest bear market since the Depression *worked* its way")
                    (w[k].upos == "VERB" && isOneOf(w[k].deprel, {"acl", "acl:relcl"}) &&
                     headOf(w, k) < open)) {
                    continue;
                }
                if (!closing && pastTenseWithSubject(sentence, k, open, k, open - 1)) {
                    continue;
                }
                // (The subordinator as one too, when the parse still reads it as the noun's
                // preposition: "after inspectors *found* loose bolts", "as demand for memory
                // chips *slumped*"; but "as" before a participle that does not end the clause
                // is the preposition it seems: "spun off Sandoz as a separate company *listed*
                // in Zurich".)
                const std::size_t marker = open - 1;
                if (!closing && !hung && lowercaseAscii(w[marker].form) == "as" && role) {
                    continue;
                }
                // (When "as" stays the noun's preposition whatever its tag, a second retry reads
                // it as "while", a subordinator only, and gives the word back after: "as
                // competition from Eli Lilly *weighed* on demand". Then the subject must be the
                // phrase's first noun, before its preposition.)
                const auto retried = [&](bool asWhile) {
                    const std::string marked = w[marker].form;
                    const std::string markedLemma = w[marker].lemma;
                    const bool kept = reparse(
                        sentence,
                        [&](Sentence& retry) {
                            retag(retry.tokens[k], "VERB", "VBD");
                            retry.tokens[k].lemma = past;
                            retag(retry.tokens[marker], "SCONJ", "IN");
                            if (asWhile) {
                                retry.tokens[marker].form = "while";
                                retry.tokens[marker].lemma = "while";
                            }
                        },
                        [&](const Sentence& retry) {
                            const std::size_t subject =
                                lastChildBefore(retry.tokens, k, k,
                                                [](const std::string& r) { return r == "nsubj"; });
                            bool early = subject != NONE;
                            for (std::size_t j = open; j < subject && early && asWhile; ++j) {
                                early = retry.tokens[j].upos != "ADP";
                            }
                            return headOf(retry.tokens, marker) == k &&
                                   retry.tokens[marker].deprel == "mark" && early;
                        });
                    if (kept && asWhile) {
                        sentence.tokens[marker].form = marked;
                        sentence.tokens[marker].lemma = markedLemma;
                    }
                    return kept;
                };
                if (!retried(false) && lowercaseAscii(w[marker].form) == "as") {
                    retried(true);
                }
            }
            // A noun in "-ing" after a comma, joined to the noun before with no conjunction and
            // with a "that" clause of its own, is a gerund: "urged Ukraine to stop the strikes,
            // *warning* that they could push up oil prices" (a conjunct of "strikes", so the
            // strikes and the warning were both stopped). The word as a gerund, kept when it
            // is then no conjunct.
            for (std::size_t k = 2; k + 2 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (w[k].xpos != "NN" || !w[k].form.ends_with("ing") || w[k - 1].form != "," ||
                    w[k].deprel != "conj" || lowercaseAscii(w[k + 1].form) != "that" ||
                    hasChild(w, k, [](const std::string& r) { return r == "cc"; })) {
                    continue;
                }
                const std::string verb = lemmatizer.lemma(w[k].form, "VERB", "VBG");
                if (verb == lowercaseAscii(w[k].form) || !lemmatizer.knownVerb(verb)) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", "VBG");
                        retry.tokens[k].lemma = verb;
                    },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].deprel != "conj" &&
                               hasChild(retry.tokens, k,
                                        [](const std::string& r) { return r == "ccomp"; });
                    });
            }
            // An irregular past tense that the tagger read as an adjective or a noun, right
            // after the noun phrase that opens a "that" clause, is the clause's verb: "has told
            // patients that hackers *stole* names, ..." (an adjective on "names", and the clause
            // had no verb). The word as a past tense, kept when that noun is its subject.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const Token& t = w[k];
                if (!isOneOf(t.xpos, {"JJ", "NN"}) || lowercaseAscii(t.form) != t.form ||
                    t.form.ends_with('s') || !isOneOf(w[k - 1].upos, {"NOUN", "PROPN", "PRON"}) ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ"})) {
                    continue;
                }
                std::size_t open = k - 1;
                while (open > 0 && isOneOf(w[open - 1].upos, {"DET", "ADJ", "NOUN", "PROPN"}) &&
                       lowercaseAscii(w[open - 1].form) != "that") {
                    --open;
                }
                if (open == 0 || lowercaseAscii(w[open - 1].form) != "that") {
                    continue;
                }
                const std::string past = lemmatizer.lemma(t.form, "VERB", "VBD");
                if (past == t.form || !lemmatizer.knownVerb(past)) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", "VBD");
                        retry.tokens[k].lemma = past;
                    },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, k - 1) == k &&
                               retry.tokens[k - 1].deprel == "nsubj";
                    });
            }
            // An "-s" verb with a bare noun for its subject, right after a verb with no object,
            // is a plural noun, the bare noun its compound and the two the verb's object: "would
            // lift currency *controls* once inflation fell" (currency controlling something).
            // Kept when the word is then that verb's object. (Also with a determiner when the
            // parse made the "-s" verb the object itself: "had defended the tax *increases* as
            // necessary".)
            for (std::size_t k = 2; k < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::size_t noun = k - 1;
                const std::size_t det = k - 2;
                const bool determined = k >= 3 && w[det].upos == "DET" && headOf(w, det) == noun;
                const std::size_t verb = determined ? k - 3 : k - 2;
                if (w[k].xpos != "VBZ" || w[noun].xpos != "NN" || headOf(w, noun) != k ||
                    w[noun].deprel != "nsubj" || w[verb].upos != "VERB" || headOf(w, k) != verb ||
                    (determined ? w[k].deprel != "obj" : w[k].deprel != "ccomp") ||
                    (!determined &&
                     hasChild(w, noun, [](const std::string& r) { return r == "det"; })) ||
                    hasChild(w, verb, [](const std::string& r) { return r == "obj"; }) !=
                        determined) {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "NOUN", "NNS"); },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, k) == verb && retry.tokens[k].deprel == "obj";
                    });
            }
            // The retry of the two below: word `k` as a past tense.
            const auto asPastTense = [&](std::size_t k) {
                return [&, k](Sentence& retry) {
                    retag(retry.tokens[k], "VERB", "VBD");
                    retry.tokens[k].lemma = lemmatizer.lemma(retry.tokens[k].form, "VERB", "VBD");
                };
            };
            // A past form after ", and" and a noun, read as a participle or an adjective of
            // the noun after it: "..., and police *opened* fire on the crowd" (fire that was
            // opened). The word as a past tense, kept when the noun before it is then its
            // subject.
            for (std::size_t k = 3; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::string lower = lowercaseAscii(w[k].form);
                if (!isOneOf(w[k].xpos, {"VBN", "JJ"}) || !lower.ends_with("ed") ||
                    lower != w[k].form || !isOneOf(w[k - 1].xpos, {"NN", "NNS"}) ||
                    lowercaseAscii(w[k - 2].form) != "and" || w[k - 3].form != "," ||
                    !isOneOf(w[k].deprel, {"amod", "acl"}) ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "DET", "PRON", "PROPN", "NUM"}) ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBD"))) {
                    continue;
                }
                reparse(sentence, asPastTense(k), [&](const Sentence& retry) {
                    return headOf(retry.tokens, k - 1) == k &&
                           retry.tokens[k - 1].deprel == "nsubj";
                });
            }
            // A past form right after "and" or "but" that the tagger made an adjective of the
            // noun after it, when the sentence's verb came before: "The government shut down mobile
            // internet services and *closed* universities", "has raised tariffs on Chinese cars
            // but *welcomed* Chinese investment". The word as a past tense, kept when it is then
            // a verb's conjunct.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::string lower = lowercaseAscii(w[k].form);
                if (!isOneOf(w[k].xpos, {"VBN", "JJ"}) || w[k].deprel != "amod" ||
                    !lower.ends_with("ed") || lower != w[k].form ||
                    !isOneOf(lowercaseAscii(w[k - 1].form), {"and", "but"}) ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "ADJ", "DET", "PROPN"}) ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(w[k].form, "VERB", "VBD")) ||
                    (tagger.wordClasses(lower) & WC_ADJ) != 0) { // (not "and related equipment")
                    continue;
                }
                bool finite = false;
                for (std::size_t j = 0; j + 1 < k && !finite; ++j) {
                    finite = w[j].upos == "VERB" && headOf(w, j) == NONE;
                }
                if (!finite) {
                    continue;
                }
                reparse(sentence, asPastTense(k), [&](const Sentence& retry) {
                    const std::size_t h = headOf(retry.tokens, k);
                    return h != NONE && retry.tokens[k].deprel == "conj" &&
                           retry.tokens[h].upos == "VERB";
                });
            }
            // A base form right after "and" that the tagger made a modifier of the noun after
            // it, when a base form after a modal came before: "Volkswagen will close three
            // factories and *cut* tens of thousands of jobs" (read as "cut tens"). The word as
            // a base form, kept when it is then that verb's conjunct.
            for (std::size_t k = 3; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (!isOneOf(w[k].xpos, {"VBN", "JJ", "NN"}) || w[k].deprel != "amod" ||
                    !lowerLetters(w[k].form) || lowercaseAscii(w[k - 1].form) != "and" ||
                    !isOneOf(w[k + 1].upos, {"NOUN", "DET", "NUM"}) ||
                    (tagger.wordClasses(w[k].form) & WC_VERB) == 0) {
                    continue;
                }
                std::size_t first = NONE; // the base form after the modal
                for (std::size_t j = 1; j + 1 < k; ++j) {
                    if (w[j].xpos == "VB" && w[j].upos == "VERB" && w[j - 1].xpos == "MD") {
                        first = j;
                    } else if (first != NONE && w[j].upos == "VERB") {
                        first = NONE; // (another verb between: not the modal's list)
                    }
                }
                if (first == NONE) {
                    continue;
                }
                reparse(
                    sentence,
                    [&, k](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", "VB");
                        retry.tokens[k].lemma = retry.tokens[k].form;
                    },
                    [&, k, first](const Sentence& retry) {
                        return headOf(retry.tokens, k) == first && retry.tokens[k].deprel == "conj";
                    });
            }
            // An "-s" verb after a determiner and a noun, right before a name, when the three
            // hang below the clause's verb: "has sued the supermarket *chains* Coles and
            // Woolworths" (the supermarket chaining something). The word as a plural noun with
            // the noun its compound, and a name after it tagged a common noun as a name; kept
            // when the noun is then the word's compound.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                const std::size_t noun = k - 1;
                if (w[k].xpos != "VBZ" || w[noun].xpos != "NN" || headOf(w, noun) != k ||
                    w[k - 2].upos != "DET" || headOf(w, k - 2) != noun ||
                    lowercaseAscii(w[k].form) != w[k].form || !capitalised(w[k + 1].form) ||
                    headOf(w, k) == NONE || !isOneOf(w[k + 1].upos, {"PROPN", "NOUN"}) ||
                    (tagger.wordClasses(w[k].form) & WC_NOUN_INFLECTED) == 0) {
                    continue;
                }
                // (A clause a verb of saying or thinking takes is one: "said the company
                // plans Apple's ...".)
                const std::size_t over = headOf(w, k);
                if (w[over].upos == "VERB" &&
                    (w[k].deprel != "ccomp" ||
                     isOneOf(w[over].lemma,
                             {"say",     "think", "believe", "know", "claim",    "argue",
                              "show",    "find",  "expect",  "hope", "announce", "report",
                              "add",     "note",  "insist",  "warn", "tell",     "fear",
                              "suggest", "mean",  "confirm", "deny"}))) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "NOUN", "NNS");
                        if (retry.tokens[k + 1].upos == "NOUN") {
                            retag(retry.tokens[k + 1], "PROPN", "NNP");
                        }
                    },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, noun) == k &&
                               retry.tokens[noun].deprel == "compound";
                    });
            }
            // A root "-s" verb whose subject is a plural with a clause of its own between them
            // does not agree with it: the word is a plural noun inside that clause and the noun
            // after it, when WordNet knows it as a verb, the main verb ("Companies that fail to
            // prevent young users from holding *accounts face* fines" with "face" a noun). Both
            // retagged, kept when the second word then heads the parse with the plural its
            // subject.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (w[k].head != 0 || w[k].xpos != "VBZ" || !lowerLetters(w[k].form) ||
                    w[k + 1].upos != "NOUN" || !isOneOf(w[k + 1].xpos, {"NN", "VB", "VBP"}) ||
                    !lowerLetters(w[k + 1].form)) {
                    continue;
                }
                const std::size_t subject =
                    lastChildBefore(w, k, k, [](const std::string& r) { return r == "nsubj"; });
                if (subject == NONE || w[subject].xpos != "NNS" ||
                    !hasChild(w, subject,
                              [](const std::string& r) { return r.starts_with("acl"); }) ||
                    (tagger.wordClasses(w[k].form) & WC_NOUN_INFLECTED) == 0 ||
                    (tagger.wordClasses(w[k + 1].form) & WC_VERB) == 0) {
                    continue;
                }
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "NOUN", "NNS");
                        retag(retry.tokens[k + 1], "VERB", "VBP");
                    },
                    [&](const Sentence& retry) {
                        return retry.tokens[k + 1].head == 0 &&
                               headOf(retry.tokens, subject) == k + 1 &&
                               retry.tokens[subject].deprel == "nsubj";
                    });
                break;
            }
            // An "-s" verb right after a preposition, which the parse hung on as a noun with
            // that preposition its case ("spent heavily on *podcasts* in recent years", and the
            // clause after it was the podcasts'): the word as a plural noun, kept when it keeps
            // its preposition.
            for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
                const std::vector<Token>& w = sentence.tokens;
                if (w[k].xpos != "VBZ" || w[k - 1].upos != "ADP" || headOf(w, k - 1) != k ||
                    w[k - 1].deprel != "case" || !w[k].form.ends_with('s') ||
                    hasChild(w, k, [](const std::string& r) {
                        return r.starts_with("nsubj") || r.starts_with("aux");
                    })) {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "NOUN", "NNS"); },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, k - 1) == k &&
                               retry.tokens[k - 1].deprel == "case";
                    });
            }
            // A plural noun with a subject of its own, or right after a name compounded onto
            // it, before an infinitive is a verb's "-s" form: "Walgreens Boots Alliance *plans*
            // to close 900 stores, ... said" (a noun with "Walgreens" its subject), "German
            // chemical maker BASF plans to cut ..." (with "BASF" its compound). The word as a
            // verb, kept when it then heads a clause with a subject.
            for (std::size_t k = 1; k + 2 < sentence.tokens.size(); ++k) {
                const Token& t = sentence.tokens[k];
                const Token& name = sentence.tokens[k - 1];
                if (t.xpos != "NNS" || t.upos != "NOUN" || sentence.tokens[k + 1].xpos != "TO" ||
                    sentence.tokens[k + 2].xpos != "VB" ||
                    !(hasChild(sentence.tokens, k,
                               [](const std::string& r) { return r == "nsubj"; }) ||
                      (name.upos == "PROPN" && name.deprel == "compound" &&
                       headOf(sentence.tokens, k - 1) == k)) ||
                    // (not a predicate noun: "which had been in talks to join")
                    hasChild(sentence.tokens, k,
                             [](const std::string& r) {
                                 return isOneOf(r, {"cop", "case", "det", "nmod:poss", "amod"});
                             }) ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ")) ||
                    // (nor a plural WordNet knows as no verb's form: "expects *sales* to grow")
                    nounOnly(t.form)) {
                    continue;
                }
                // (and no other word made a subject: "plans to develop a vehicle derived from
                // ..." with "vehicle" the participle's subject is worse than before, EWT)
                const auto subjects = [k](const std::vector<Token>& w) {
                    return std::count_if(w.begin(), w.end(), [&](const Token& x) {
                        return x.deprel.starts_with("nsubj") && x.head != static_cast<int>(k) + 1;
                    });
                };
                const auto before = subjects(sentence.tokens);
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", "VBZ"); },
                    [&](const Sentence& retry) {
                        return retry.tokens[k].upos == "VERB" &&
                               hasChild(retry.tokens, k,
                                        [](const std::string& r) { return r == "nsubj"; }) &&
                               subjects(retry.tokens) == before;
                    });
            }
            // A sentence opened by a noun that the tagger took for a verb with no subject
            // ("Calls to the company weren't answered"): the word as a noun, kept when it
            // becomes the subject of a later verb at the root.
            if (const std::size_t k = openingNounTakenForAVerb(sentence.tokens);
                k != NONE &&
                (sentence.tokens[k].xpos == "VBZ" ||
                 (tagger.wordClasses(lowercaseAscii(sentence.tokens[k].form)) & WC_NOUN) != 0)) {
                const bool plural = sentence.tokens[k].xpos == "VBZ";
                reparse(
                    sentence,
                    [&](Sentence& retry) { retag(retry.tokens[k], "NOUN", plural ? "NNS" : "NN"); },
                    [&](const Sentence& retry) {
                        const Token& noun = retry.tokens[k];
                        const std::size_t verb = headOf(retry.tokens, k);
                        // (A singular noun's verb agrees with it: "Talk to your adviser, see
                        // what they recommend" stays an order.)
                        return noun.deprel.starts_with("nsubj") && verb != NONE &&
                               retry.tokens[verb].head == 0 && retry.tokens[verb].upos == "VERB" &&
                               (plural || singularVerb(retry.tokens, verb));
                    });
            }
            // A verb that the tagger called a preposition, in a sentence left with no verb:
            // "Restrictions on exports *hurt* Nvidia". Prepositions are a closed class; a word
            // that is none of them but a verb's form is tried as the verb (a past tense when
            // its past is written as its base form). So is an irregular past tense called a
            // noun right after a noun: "Typhoon Yagi *tore* through northern Vietnam". Kept
            // when it heads the parse with a subject.
            if (verblessRoot(sentence.tokens) != NONE) {
                for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
                    const Token& t = sentence.tokens[k];
                    const std::string lower = lowercaseAscii(t.form);
                    const bool past = t.upos == "NOUN" &&
                                      isOneOf(sentence.tokens[k - 1].upos, {"NOUN", "PROPN"}) &&
                                      lemmatizer.lemma(t.form, "VERB", "VBD") != lower;
                    if (!(t.upos == "ADP" || past) || !lowerLetters(t.form) ||
                        (t.upos == "ADP" && preposition(lower))) {
                        continue;
                    }
                    const char* tense = past || sameFormPast(lower) || lower.ends_with("ed") ? "VBD"
                                        : lower.ends_with("s")                               ? "VBZ"
                                                               : "VBP";
                    const std::string lemma = lemmatizer.lemma(t.form, "VERB", tense);
                    if (!lemmatizer.knownVerb(lemma)) {
                        continue;
                    }
                    reparse(
                        sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", tense); },
                        [&](const Sentence& retry) {
                            return retry.tokens[k].head == 0 &&
                                   hasChild(retry.tokens, k,
                                            [](const std::string& r) { return r == "nsubj"; });
                        });
                    break;
                }
            }
            // A past tense after the subject's relative clause read as an adjective
            // ("Ascenda Health, which runs 140 hospitals, diverted ambulances"): the word as a
            // past tense, kept when it heads the parse.
            // (Not a plural that WordNet knows as no verb's form: "expects *sales* to grow".)
            if (const std::size_t k = pastTenseAfterTheSubjectsClause(sentence.tokens, lemmatizer);
                k != NONE &&
                (sentence.tokens[k].xpos != "NNS" || !nounOnly(sentence.tokens[k].form))) {
                const char* tense = sentence.tokens[k].xpos == "NNS" ? "VBZ" : "VBD";
                const std::string lemma = lemmatizer.lemma(sentence.tokens[k].form, "VERB", tense);
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", tense);
                        retry.tokens[k].lemma = lemma;
                    },
                    [&](const Sentence& retry) {
                        std::vector<Token> w = retry.tokens;
                        return w[k].head == 0 || verbAfterSubjectPhrase(w).verb == k ||
                               (relativeClauseAsMainClause(w) && w[k].head == 0);
                    });
            }
            // A noun after the opening article (and its adjectives) that the tagger read as an
            // adjective or a compound, before the verb it read as a noun, in a sentence with no
            // verb: "The *firm employs* about 9,000 people" (an adjective and a plural), "The
            // Swedish firm employs ...", "The firm cut jobs after sales fell" (a past tense
            // written as its base form). The words as a noun and a verb, kept when the verb then
            // heads the parse with the noun its subject.
            if (const std::vector<Token>& w = sentence.tokens;
                w.size() > 4 && w[0].upos == "DET" &&
                (verblessRoot(w) != NONE || subjectSwallowsTheOpening(w))) {
                for (std::size_t at = 2; at <= 4 && at + 1 < w.size(); ++at) {
                    const std::size_t noun = at - 1;
                    // (only adjectives between the article and the noun, or a noun of its
                    // kind: "The software *giant plans* to use ...")
                    bool adjectives = true;
                    for (std::size_t k = 1; k < noun; ++k) {
                        adjectives =
                            adjectives && (w[k].upos == "ADJ" ||
                                           (w[k].upos == "NOUN" && lowerLetters(w[k].form)));
                    }
                    const std::string lower = lowercaseAscii(w[at].form);
                    const bool present =
                        w[at].xpos == "NNS" && !nounOnly(w[at].form) &&
                        (tagger.wordClasses(lower) & WC_VERB_INFLECTED) != 0 &&
                        lemmatizer.knownVerb(lemmatizer.lemma(w[at].form, "VERB", "VBZ"));
                    const bool past = isOneOf(w[at].xpos, {"NN", "JJ"}) && sameFormPast(lower);
                    // (not a word of number or order: "The *few times* I have consulted")
                    const bool nounFirst =
                        w[noun].upos == "NOUN" ||
                        (w[noun].upos == "ADJ" &&
                         (tagger.wordClasses(lowercaseAscii(w[noun].form)) & WC_NOUN) != 0 &&
                         !isOneOf(lowercaseAscii(w[noun].form),
                                  {"few", "many", "several", "other", "same", "last", "next",
                                   "first", "second", "third", "final", "whole", "only"}));
                    // (or an infinitive after the verb: "plans to use")
                    const bool infinitive = present && at + 2 < w.size() &&
                                            lowercaseAscii(w[at + 1].form) == "to" &&
                                            w[at + 2].xpos == "VB";
                    if (!adjectives || !(present || past) || !nounFirst ||
                        !lowerLetters(w[at].form) || !lowerLetters(w[noun].form) ||
                        !(isOneOf(w[at + 1].upos, {"NOUN", "DET", "NUM", "ADJ", "ADV"}) ||
                          infinitive)) {
                        continue;
                    }
                    reparse(
                        sentence,
                        [&](Sentence& retry) {
                            retag(retry.tokens[noun], "NOUN", "NN");
                            retag(retry.tokens[at], "VERB", present ? "VBZ" : "VBD");
                        },
                        [&](const Sentence& retry) {
                            return retry.tokens[at].head == 0 && headOf(retry.tokens, noun) == at &&
                                   retry.tokens[noun].deprel == "nsubj";
                        });
                    break;
                }
            }
            // A participle right after the noun of an apposition, read as the main verb, with
            // the main verb after the apposition's closing comma read as a participle: "Shein,
            // the fast-fashion retailer *founded* in China, *filed* for a listing". The first
            // as a participle and the second as a past tense, kept when the second then heads
            // the parse.
            if (const std::size_t root = rootOf(sentence.tokens);
                root != NONE && root > 3 && sentence.tokens[root].upos == "VERB" &&
                isOneOf(sentence.tokens[root].xpos, {"VBD", "VBN"}) &&
                sentence.tokens[root].form.ends_with("ed") &&
                sentence.tokens[root - 1].upos == "NOUN") {
                const std::vector<Token>& w = sentence.tokens;
                std::size_t open = root - 1;
                while (open > 0 && (isOneOf(w[open - 1].upos, {"DET", "ADJ", "NOUN", "NUM"}) ||
                                    w[open - 1].xpos == "HYPH")) {
                    --open;
                }
                std::size_t verb = NONE;
                for (std::size_t k = root + 2; k < w.size() && verb == NONE; ++k) {
                    if (w[k - 1].form == "," && w[k].upos == "VERB" &&
                        isOneOf(w[k].xpos, {"VBN", "VBD"}) && w[k].form.ends_with("ed") &&
                        !hasChild(w, k, [](const std::string& r) {
                            return r.starts_with("nsubj") || r.starts_with("aux");
                        })) {
                        verb = k;
                    }
                }
                if (open >= 2 && w[open - 1].form == "," && w[open - 2].upos == "PROPN" &&
                    verb != NONE) {
                    const std::size_t participle = root;
                    const std::size_t name = open - 2;
                    // (The parse may make the name the root with the verb a clause of it: the
                    // verb then takes the root and the name is its subject.)
                    const auto nameOnTop = [&](const std::vector<Token>& t) {
                        return t[name].head == 0 && headOf(t, verb) == name &&
                               isOneOf(t[verb].deprel, {"parataxis", "conj", "dep", "appos"});
                    };
                    const bool kept = reparse(
                        sentence,
                        [&](Sentence& retry) {
                            retry.tokens[participle].xpos = "VBN";
                            retry.tokens[verb].xpos = "VBD";
                        },
                        [&](const Sentence& retry) {
                            return (retry.tokens[verb].head == 0 || nameOnTop(retry.tokens)) &&
                                   headOf(retry.tokens, participle) != NONE &&
                                   headOf(retry.tokens, participle) < participle;
                        });
                    if (kept && nameOnTop(sentence.tokens)) {
                        rootOverItsSubject(sentence.tokens, verb, name);
                    }
                }
            }
            // A past tense at the root, read as a participle with no subject, after an opening
            // noun the parse made a bare oblique: "*Parliament* later *impeached* Yoon". The
            // word as a past tense, kept when the noun is then its subject.
            if (const std::size_t root = rootOf(sentence.tokens);
                root != NONE && root > 0 && sentence.tokens[root].xpos == "VBN" &&
                sentence.tokens[root].upos == "VERB" &&
                isOneOf(sentence.tokens[0].upos, {"NOUN", "PROPN"}) &&
                headOf(sentence.tokens, 0) == root &&
                isOneOf(sentence.tokens[0].deprel,
                        {"obl:unmarked", "obl:npmod", "nmod:unmarked"}) &&
                !hasChild(sentence.tokens, root, [](const std::string& r) {
                    return r.starts_with("nsubj") || r.starts_with("aux") || r == "mark";
                })) {
                pastTenseWithSubject(sentence, root, 0, 1);
            }
            // A past tense written as its base form, read as a modifier ("on Tuesday set
            // preliminary tariffs"): the word as a past tense, kept when it heads the parse.
            if (const std::size_t k = sameFormPastTakenForAModifier(sentence.tokens); k != NONE) {
                pastTense(k);
            }
            // The same before a plural noun and a past tense ("Rescue teams drilled ..."): the
            // word as a noun, kept when the next word becomes its subject and the past tense
            // the root.
            if (const std::size_t past = openingCompoundTakenForAVerb(sentence.tokens);
                past != NONE &&
                (tagger.wordClasses(lowercaseAscii(sentence.tokens[0].form)) & WC_NOUN) != 0) {
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[0], "NOUN", "NN"); },
                    [&](const Sentence& retry) {
                        return retry.tokens[past].head == 0 && headOf(retry.tokens, 1) == past &&
                               retry.tokens[1].deprel.starts_with("nsubj") &&
                               headOf(retry.tokens, 0) == 1;
                    });
            }
            // A possessive "'s" read as "is" ("Intel's nearly $90 billion investment plan in
            // Europe depends on ...", with "$" the root): the word as a possessive, kept when a
            // verb heads the new parse.
            if (const std::size_t k = possessiveTakenForIs(sentence.tokens); k != NONE) {
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "PART", "POS"); },
                    [&](const Sentence& retry) {
                        const std::size_t root = rootOf(retry.tokens);
                        return root != NONE && retry.tokens[root].upos == "VERB" &&
                               retry.tokens[k].deprel == "case";
                    });
            }
            // A relative clause parsed as the main clause because the main verb, a past tense,
            // was tagged as a participle: the word as a past tense, kept when the relative
            // clause then goes back on its noun with the word at the root.
            if (const std::size_t k = pastTenseAfterARelativeRoot(sentence.tokens, lemmatizer);
                k != NONE) {
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", "VBD"); },
                    [&](const Sentence& retry) {
                        std::vector<Token> w = retry.tokens;
                        return (relativeClauseAsMainClause(w) || rootOf(w) == k) && w[k].head == 0;
                    });
            }
            // The verb of a "whose" clause read as a plural noun: "Bob Iger, whose contract
            // *ends* in 2026" (tagged a noun, "ends" an oblique of the main verb). The word as
            // a present tense, kept when the noun after "whose" is then its subject.
            for (std::size_t k = 2; k + 1 < sentence.tokens.size(); ++k) {
                const Token& t = sentence.tokens[k];
                // (not a noun that is the clause's subject: "whose Ascend *chips* compete")
                if (t.xpos != "NNS" || lowercaseAscii(t.form) != t.form ||
                    lowercaseAscii(sentence.tokens[k - 2].form) != "whose" ||
                    sentence.tokens[k - 1].upos != "NOUN" || t.deprel.starts_with("nsubj") ||
                    sentence.tokens[k + 1].upos == "VERB" ||
                    !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
                    continue;
                }
                reparse(
                    sentence, [&](Sentence& retry) { retag(retry.tokens[k], "VERB", "VBZ"); },
                    [&](const Sentence& retry) {
                        return headOf(retry.tokens, k - 1) == k &&
                               retry.tokens[k - 1].deprel.starts_with("nsubj");
                    });
            }
            // A verb hung under its own subject's phrase is raised over it.
            if (const VerbToRaise raise = verbAfterSubjectPhrase(sentence.tokens);
                raise.verb != NONE) {
                raiseVerbOverSubject(sentence.tokens, raise);
            }
            repairTree(sentence.tokens, lemmatizer, [&](const std::string& lower) {
                return (tagger.wordClasses(lower) & WC_NOUN) != 0;
            });
            // A participle at the root with a subject and no auxiliary is a past tense: "A
            // spokesperson for Micron Technology *declined* to comment" (tagged VBN, parsed
            // right).
            if (const std::size_t root = rootOf(sentence.tokens);
                root != NONE && sentence.tokens[root].xpos == "VBN" &&
                sentence.tokens[root].upos == "VERB" &&
                hasChild(sentence.tokens, root,
                         [](const std::string& r) { return r == "nsubj"; }) &&
                !hasChild(sentence.tokens, root, [](const std::string& r) {
                    return r.starts_with("aux") || r == "cop" || r == "nsubj:pass";
                })) {
                sentence.tokens[root].xpos = "VBD";
            }
            // An "-ing" noun that the parse made a clause with a marker is a gerund: "a man
            // suspected of *planning* to kill ..." (tagged a noun, "planning" as in urban
            // planning, yet parsed as "of"'s clause).
            for (std::size_t k = 1; k < sentence.tokens.size(); ++k) {
                Token& t = sentence.tokens[k];
                if (t.xpos != "NN" || t.deprel != "advcl" || !t.form.ends_with("ing") ||
                    lowercaseAscii(t.form) != t.form) {
                    continue; // (the cheap tests first: this runs for every word)
                }
                // (not a noun with a determiner or an adjective: "in the offing")
                if (hasChild(sentence.tokens, k,
                             [](const std::string& r) { return r == "mark"; }) &&
                    !hasChild(sentence.tokens, k,
                              [](const std::string& r) {
                                  return r == "det" || r == "amod" || r == "nmod:poss";
                              }) &&
                    lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBG"))) {
                    retag(t, "VERB", "VBG");
                    // (its infinitive, a noun's clause before, is now the verb's complement)
                    for (Token& c : sentence.tokens) {
                        if (c.head == static_cast<int>(k) + 1 && c.deprel == "acl" &&
                            c.xpos == "VB") {
                            c.deprel = "xcomp";
                        }
                    }
                }
            }
            // A plural noun that the parse gave a subject and an object is a verb's "-s" form:
            // "before it *services* advanced lithography machines".
            for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
                Token& t = sentence.tokens[k];
                const auto has = [&](const char* rel) {
                    return hasChild(sentence.tokens, k,
                                    [&](const std::string& r) { return r == rel; });
                };
                if (t.xpos == "NNS" && lowercaseAscii(t.form) == t.form && has("nsubj") &&
                    has("obj") && lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ")) &&
                    !nounOnly(t.form)) {
                    retag(t, "VERB", "VBZ");
                }
            }
            // An "-s" verb that the parse used as a noun, with a preposition of its own and a
            // nominal's relation, is a plural noun: "made progress despite U.S. *sanctions*
            // that cut it off" (tagged VBZ, parsed as the verb's oblique).
            for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
                Token& t = sentence.tokens[k];
                if (t.xpos != "VBZ" ||
                    !isOneOf(t.deprel, {"obl", "nmod", "obj", "nsubj", "nsubj:pass"}) ||
                    (tagger.wordClasses(lowercaseAscii(t.form)) & WC_NOUN_INFLECTED) == 0) {
                    continue;
                }
                if (lastChildBefore(sentence.tokens, k, k,
                                    [](const std::string& r) { return r == "case"; }) != NONE) {
                    retag(t, "NOUN", "NNS");
                }
            }
        }
    }

    // Whether the main verb's subject is a later noun whose phrase took in the sentence's
    // first words: "The firm cut *jobs* after sales fell" with "jobs" the subject of "fell",
    // "The carmaker *plans* to build" with "plans" the subject of "build".
    static bool subjectSwallowsTheOpening(const std::vector<Token>& w) {
        const std::size_t root = rootOf(w);
        if (root == NONE || w[root].upos != "VERB") {
            return false;
        }
        const std::size_t subject =
            lastChildBefore(w, root, root, [](const std::string& r) { return r == "nsubj"; });
        return subject != NONE && subject >= 2 && dominates(w, subject, 1) &&
               (subject == 2 || dominates(w, subject, 2));
    }

    // Makes `verb` the root with `subject`, the old root, its subject; the subject's words
    // after the verb go to the verb.
    static void rootOverItsSubject(std::vector<Token>& w, std::size_t verb, std::size_t subject) {
        w[verb].head = 0;
        w[verb].deprel = "root";
        w[subject].head = static_cast<int>(verb) + 1;
        w[subject].deprel = "nsubj";
        for (std::size_t c = verb + 1; c < w.size(); ++c) {
            if (headOf(w, c) == subject) {
                w[c].head = static_cast<int>(verb) + 1;
            }
        }
    }

    // Word `t` tagged `upos`/`xpos` and lemmatized again.
    void retag(Token& t, const char* upos, const char* xpos) const {
        t.upos = upos;
        t.xpos = xpos;
        t.lemma = lemmatizer.lemma(t.form, t.upos, t.xpos);
    }

    // Parses a copy of `sentence` changed by `change` and keeps it when `keep` accepts the new
    // parse. Whether it was kept.
    template <typename Change, typename Keep>
    bool reparse(Sentence& sentence, Change change, Keep keep) const {
        Sentence retry = sentence;
        change(retry);
        parser->parse(retry);
        if (!keep(retry)) {
            return false;
        }
        sentence = std::move(retry);
        return true;
    }

    // Parses a copy of `sentence` with word `k` retagged and keeps it when the word heads the
    // new parse, or what a closing report at the root says ("TSMC *plans* to raise prices ...,
    // people familiar with the matter said"), or joins a verb as its conjunct if `conjunctToo`.
    // Whether it was kept.
    // A noun or participle retagged as the verb that the parse still hangs inside a relative
    // clause or an apposition on the subject, the sentence's root: "Companies that fail to
    // comply *face* fines" with "face" a complement of "comply"; "The quake, the strongest to
    // hit the island in 25 years, *damaged* buildings" with "damaged" a modifier inside the
    // apposition. The verb heads the sentence and the noun is its subject.
    /// Whether WordNet knows `form` as a noun's and as no verb's: "sales" (no verb "sale").
    bool nounOnly(std::string_view form) const {
        const std::uint8_t classes = tagger.wordClasses(lowercaseAscii(form));
        return (classes & (WC_NOUN | WC_NOUN_INFLECTED)) != 0 &&
               (classes & (WC_VERB | WC_VERB_INFLECTED)) == 0;
    }

    void verbAfterASubjectsModifier(Sentence& sentence, std::size_t k, const char* xpos) const {
        Sentence retry = sentence;
        retag(retry.tokens[k], "VERB", xpos);
        parser->parse(retry);
        std::vector<Token>& w = retry.tokens;
        const std::size_t r = rootOf(w);
        if (r == NONE || r >= k || w[r].upos != "NOUN" ||
            hasChild(w, k, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel.starts_with("aux") || rel == "mark";
            })) {
            return;
        }
        std::size_t clause = NONE;
        for (std::size_t up = headOf(w, k), steps = 0; up != NONE && steps < w.size();
             up = headOf(w, up), ++steps) {
            if (isOneOf(w[up].deprel, {"acl:relcl", "appos"}) && headOf(w, up) == r) {
                clause = up;
                break;
            }
        }
        // (An apposition ends at the comma before the verb.)
        if (clause == NONE || clause > k || (w[clause].deprel == "appos" && w[k - 1].form != ",")) {
            return;
        }
        rootOverItsSubject(w, k, r);
        sentence = std::move(retry);
    }

    // Parses a copy of `sentence` with participle `verb` tagged a past tense and keeps it when
    // a word in [from, to) is then the verb's subject and, if `marker` is not NONE, that word
    // marks the verb. Whether it was kept.
    bool pastTenseWithSubject(Sentence& sentence, std::size_t verb, std::size_t from,
                              std::size_t to, std::size_t marker = NONE) const {
        return reparse(
            sentence, [&](Sentence& retry) { retry.tokens[verb].xpos = "VBD"; },
            [&](const Sentence& retry) {
                bool subject = false;
                for (std::size_t j = from; j < to && !subject; ++j) {
                    subject = headOf(retry.tokens, j) == verb && retry.tokens[j].deprel == "nsubj";
                }
                return subject && (marker == NONE || (headOf(retry.tokens, marker) == verb &&
                                                      retry.tokens[marker].deprel == "mark"));
            });
    }

    bool reparseRetagged(Sentence& sentence, std::size_t k, const char* upos, const char* xpos,
                         bool conjunctToo) const {
        return reparse(
            sentence, [&](Sentence& retry) { retag(retry.tokens[k], upos, xpos); },
            [&](const Sentence& retry) {
                const Token& verb = retry.tokens[k];
                const std::size_t head = headOf(retry.tokens, k);
                const bool reported = head != NONE && head > k && verb.deprel == "ccomp" &&
                                      retry.tokens[head].head == 0 &&
                                      closingReportVerb(retry.tokens[head].lemma);
                return verb.head == 0 || reported ||
                       (conjunctToo && verb.deprel == "conj" && head != NONE &&
                        retry.tokens[head].upos == "VERB");
            });
    }
};

Pipeline Pipeline::load(const std::string& modelDir) {
    auto impl =
        std::make_shared<Impl>(Impl{Tagger::load(modelDir + "/tagger.bin"),
                                    Lemmatizer::load(modelDir + "/lemmatizer.bin"), std::nullopt});
    if (std::filesystem::exists(modelDir + "/parser.bin")) {
        impl->parser = Parser::load(modelDir + "/parser.bin");
    }
    return Pipeline(std::move(impl));
}

std::vector<Sentence> Pipeline::analyze(std::string_view text) const {
    return analyze(text, letterNames(text));
}

std::vector<Sentence> Pipeline::analyze(std::string_view text, const LetterNames& names) const {
    std::vector<Sentence> sentences = tokenize(text, names);
    for (Sentence& s : sentences) {
        impl_->analyze(s);
    }
    return sentences;
}

const Lemmatizer& Pipeline::lemmatizer() const {
    return impl_->lemmatizer;
}

bool Pipeline::commonNoun(std::string_view lowercaseForm) const {
    return (impl_->tagger.wordClasses(lowercaseForm) & (WC_NOUN | WC_NOUN_INFLECTED)) != 0;
}

void Pipeline::analyze(Sentence& pretokenized) const {
    impl_->analyze(pretokenized);
}

} // namespace kg::ingest::nlp
