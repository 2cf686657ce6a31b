#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/word_classes.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/tree_walk.h"
#include "ingest/nlp/word_classes.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace kg::ingest::nlp {

namespace {

constexpr std::size_t NONE = NO_WORD;

// Whether a word with this UPOS can start a noun phrase (an object after a verb).
bool isObjectStart(const std::string& upos) {
    return upos == "DET" || upos == "ADJ" || upos == "NOUN" || upos == "PROPN" || upos == "NUM" ||
           upos == "PRON";
}

bool capitalised(std::string_view form) {
    return !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
}

// Whether every letter of `form` is a small ASCII letter ("yong"; not "" or "x86").
bool lowerLetters(std::string_view form) {
    return !form.empty() &&
           std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether every letter of `form` is a capital ASCII letter ("BASF", "AI"; not "" or "F-35").
bool upperLetters(std::string_view form) {
    return !form.empty() &&
           std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether lower-case `word` describes a company before its name: a word for a company,
// "rival" or "chain" ("rival Apple", "chipmaker Nvidia", "carrier SkyWest", "the bakery chain
// Crumbs").
bool companyDescription(std::string_view word) {
    return isOneOf(word, {"rival", "chain"}) || companyNoun(word);
}

// Whether `form` is a capital and then small letters only ("Boeing", "Commission").
bool titleCase(std::string_view form) {
    return form.size() > 1 && capitalised(form) && lowerLetters(form.substr(1));
}

// Whether `form` is a title that news writes right before a person's name ("Senator",
// "Commerce Secretary", "Secretary-General").
bool titleBeforeAName(std::string_view form) {
    const std::string lower = lowercaseAscii(form);
    return officeTitle(lower) || hyphenatedTitle(lower) ||
           isOneOf(lower, {"president", "senator", "governor", "chancellor", "premier", "chairman",
                           "chairwoman", "director", "spokesman", "spokeswoman"});
}

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

// Whether word `h` has a dependent whose relation `accept` takes.
template <typename Accept>
bool hasChild(const std::vector<Token>& w, std::size_t h, Accept accept) {
    return std::any_of(w.begin(), w.end(), [&](const Token& t) {
        return t.head == static_cast<int>(h) + 1 && accept(t.deprel);
    });
}

// The first dependent of word `h` labelled `case` whose lower-case form is one of `forms` ("of",
// "by"), or NONE.
std::size_t caseWordOf(const std::vector<Token>& w, std::size_t h,
                       std::initializer_list<std::string_view> forms) {
    for (std::size_t c = 0; c < w.size(); ++c) {
        if (w[c].head == static_cast<int>(h) + 1 && w[c].deprel == "case" &&
            isOneOf(lowercaseAscii(w[c].form), forms)) {
            return c;
        }
    }
    return NONE;
}

// The last dependent of word `h` before word `limit` whose relation `accept` takes, or NONE.
template <typename Accept>
std::size_t lastChildBefore(const std::vector<Token>& w, std::size_t h, std::size_t limit,
                            Accept accept) {
    std::size_t found = NONE;
    for (std::size_t k = 0; h != NONE && k < limit && k < w.size(); ++k) {
        if (headOf(w, k) == h && accept(w[k].deprel)) {
            found = k;
        }
    }
    return found;
}

// Whether `form` is a word of letters in mixed case with a capital after its first letter:
// "iPhone", "eBay", "xAI", and after a capital start with at least three small letters,
// "VMware", "SoftBank", "OpenAI" (not "COVID", "Nvidia", "x86", nor web text's "ONe", "NOTto",
// "FMs").
bool camelCase(std::string_view form) {
    if (form.size() < 3) {
        return false;
    }
    bool upperInside = false;
    std::size_t lower = 0;
    for (std::size_t i = 0; i < form.size(); ++i) {
        const char c = form[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
        upperInside = upperInside || (i > 0 && c >= 'A' && c <= 'Z');
        lower += c >= 'a' && c <= 'z' ? 1 : 0;
    }
    const bool lowerStart = form[0] >= 'a' && form[0] <= 'z';
    return upperInside && (lowerStart || lower >= 3);
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

// Word `t` read as a proper noun, its own lemma ("Holding", "Court", "Trade"): NNPS for a plural.
void retagAsName(Token& t) {
    t.upos = "PROPN";
    t.xpos = t.xpos == "NNS" ? "NNPS" : "NNP";
    t.lemma = t.form;
}

// The root of a whole sentence (at least six words, ending in . ! or ?) that was parsed with no
// verb at its root and no copula on it, or NONE.
std::size_t verblessRoot(const std::vector<Token>& w) {
    const std::size_t n = w.size();
    if (n < 6 || !(w[n - 1].form == "." || w[n - 1].form == "!" || w[n - 1].form == "?")) {
        return NONE;
    }
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos == "VERB" || w[root].upos == "AUX" ||
        hasChild(w, root, [](const std::string& r) { return r == "cop"; })) {
        return NONE;
    }
    return root;
}

// Whether word `i` is inside a relative clause ("Huawei, which has been on a trade blacklist,
// ..."): a word on the way from it to the root is labelled acl:relcl.
bool inRelativeClause(const std::vector<Token>& w, std::size_t i) {
    for (std::size_t k = i, steps = 0; k != NONE && steps < w.size(); ++steps) {
        if (w[k].deprel == "acl:relcl") {
            return true;
        }
        k = headOf(w, k);
    }
    return false;
}

// A root that is a participle (or a regular "-ed" past tense) right after a comma, with no
// auxiliary and a subject before the comma: "The deal, announced on Monday, ..." parsed with
// "announced" the main verb. {root, subject}, or {NONE, NONE}.
std::pair<std::size_t, std::size_t> participleRootAfterItsSubject(const std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    // (An irregular past tense too, "The vaccine, sold as mResvia, cut the risk"; the comma
    // must close the subject's phrase, not an adverb's: "The company, however, reported".)
    if (r == NONE || r < 3 || w[r].upos != "VERB" ||
        !(w[r].xpos == "VBN" ||
          (w[r].xpos == "VBD" &&
           (w[r].form.ends_with("ed") || lowercaseAscii(w[r].form) != w[r].lemma))) ||
        w[r - 1].form != "," || !isOneOf(w[r - 2].upos, {"NOUN", "PROPN", "NUM"}) ||
        hasChild(w, r, [](const std::string& rel) { return rel.starts_with("aux"); })) {
        return {NONE, NONE};
    }
    for (std::size_t k = 0; k + 1 < r; ++k) {
        if (headOf(w, k) == r && w[k].deprel == "nsubj") {
            return {r, k};
        }
    }
    return {NONE, NONE};
}

// A past tense read as an adjective or a participle right after the comma that closes a relative
// clause or an apposition of the sentence's opening name, before its object: "Ascenda Health,
// which runs 140 hospitals in 19 states, *diverted* ambulances ... after a cyberattack knocked
// its systems offline" (tagged an adjective, with "knocked" the root). The word's index, or
// NONE.
std::size_t pastTenseAfterTheSubjectsClause(const std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t comma = NONE; // the comma that opens the clause or the apposition
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        if (w[k].form != ",") {
            if (comma == NONE && (isOneOf(w[k].upos, {"VERB", "AUX"}) || w[k].xpos == "MD")) {
                return NONE;
            }
            continue;
        }
        if (comma == NONE) {
            if (!isOneOf(w[k - 1].upos, {"NOUN", "PROPN"}) ||
                !isOneOf(lowercaseAscii(w[k + 1].form), {"which", "who", "a", "an", "the"})) {
                return NONE;
            }
            comma = k;
            continue;
        }
        // The second comma: the word after it.
        const std::size_t i = k + 1;
        const Token& t = w[i];
        // (A preposition may follow: "Nikola, the truck maker whose founder was convicted of
        // fraud, *filed* for bankruptcy".)
        if (!isOneOf(t.xpos, {"JJ", "VBN"}) || !t.form.ends_with("ed") || t.form.size() < 5 ||
            t.form[0] < 'a' || t.form[0] > 'z' ||
            !(isObjectStart(w[i + 1].upos) || w[i + 1].upos == "ADP") || t.head == 0 ||
            !lemmas.knownVerb(lemmas.lemma(t.form, "VERB", "VBD"))) {
            return NONE;
        }
        // (Not a participle set off by commas before the verb: "..., founded in 1990, filed".)
        for (std::size_t j = i + 2; j < w.size(); ++j) {
            if (w[j - 1].form == "," && isOneOf(w[j].xpos, {"VBD", "VBN", "VBZ", "VBP"})) {
                return NONE;
            }
        }
        return i;
    }
    return NONE;
}

// Whether word `i` comes right after the comma that closes an apposition of the sentence's
// opening noun phrase, with no verb before it and no finite verb after it: "Rite Harbor, a
// regional pharmacy chain with 600 stores across the Midwest, *filed* for bankruptcy
// protection" (a participle there is the main verb, whatever follows it).
bool afterAnApposition(const std::vector<Token>& w, std::size_t i) {
    if (i < 5 || w[i - 1].form != ",") {
        return false;
    }
    std::size_t comma = NONE; // the comma that opens the apposition
    for (std::size_t k = 0; k + 1 < i; ++k) {
        if (isOneOf(w[k].upos, {"VERB", "AUX"}) || w[k].xpos == "MD") {
            return false;
        }
        if (w[k].form == ",") {
            if (comma != NONE) {
                return false; // a list or a second phrase
            }
            comma = k;
        }
    }
    if (comma == NONE || comma == 0 || !isOneOf(w[comma - 1].upos, {"NOUN", "PROPN"}) ||
        !isOneOf(lowercaseAscii(w[comma + 1].form), {"a", "an", "the", "one"})) {
        return false;
    }
    for (std::size_t k = i + 1; k < w.size(); ++k) {
        if (isOneOf(w[k].xpos, {"VBD", "VBZ", "VBP"}) ||
            (w[k].xpos == "VBN" && w[k - 1].form == ",")) {
            return false;
        }
    }
    return true;
}

// A verbless sentence whose first participle with a regular "-ed" form, no auxiliary before it
// and a noun phrase after it is more likely its past-tense main verb: "The Biden administration
// on Tuesday unveiled new rules that ..." tagged "unveiled" VBN and parsed as a noun phrase.
// An "-ed" adjective of a known verb counts too ("Huawei, which has been on a U.S. trade
// blacklist since 2019, surprised Washington ..." tagged "surprised" JJ). The index of that
// word, or NONE. (On EWT dev and test, with the committed models, 7 sentences qualify for the
// participles, 3 of dev and 4 of test; 5 of the words are past tenses. One more qualifies for
// the adjectives and is one: "the price of Brent North Sea crude ... advanced 53 cents".)
std::size_t participleForMainVerb(const Sentence& s, const Lemmatizer& lemmas) {
    const std::vector<Token>& w = s.tokens;
    // (A participle between commas after the subject, parsed as the main verb, leaves the
    // sentence as good as verbless: "Rite Harbor, a pharmacy chain, founded in 1990, filed for
    // bankruptcy protection" with "filed" its clause. The verb is sought after its comma.)
    const std::size_t participleRoot = participleRootAfterItsSubject(w).first;
    if (verblessRoot(w) == NONE && participleRoot == NONE) {
        return NONE;
    }
    bool nounBefore = false;
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        if (participleRoot != NONE && (i <= participleRoot || w[i - 1].form != ",")) {
            nounBefore = nounBefore || isOneOf(w[i].upos, {"NOUN", "PROPN", "PRON"});
            continue;
        }
        // A passive or perfect is the participle's, unless its auxiliary is a relative
        // clause's.
        if ((w[i].lemma == "be" || w[i].lemma == "have" || w[i].lemma == "get") &&
            !inRelativeClause(w, i)) {
            return NONE;
        }
        const bool edForm = w[i].form.size() > 3 && w[i].form.ends_with("ed");
        const bool participle = w[i].xpos == "VBN" && w[i].upos == "VERB";
        // An adjective must follow a comma or a noun phrase, as a verb would ("exports of
        // advanced chips" is no candidate), and have no modal after it ("People aged 13-17 may
        // be allowed to travel", EWT dev).
        const bool adjective =
            w[i].xpos == "JJ" && w[i].form[0] >= 'a' && w[i].form[0] <= 'z' && i > 0 &&
            (w[i - 1].form == "," || w[i - 1].upos == "NOUN" || w[i - 1].upos == "PROPN") &&
            lemmas.knownVerb(lemmas.lemma(w[i].form, "VERB", "VBD")) &&
            std::none_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.end(),
                         [](const Token& t) { return t.xpos == "MD"; });
        // An infinitive after it counts as the noun phrase does ("A spokesperson for Micron
        // declined to comment").
        const bool infinitive = participle && i + 2 < w.size() &&
                                lowercaseAscii(w[i + 1].form) == "to" && w[i + 2].xpos == "VB";
        // So does a "that" clause, after a time phrase or not ("A federal judge ruled on
        // Monday that Google broke antitrust law").
        const auto that = [&](std::size_t k) {
            return k < w.size() && lowercaseAscii(w[k].form) == "that";
        };
        // (A present participle before a noun starts a noun phrase as an adjective does:
        // "Analysts blamed *falling* reimbursement rates ...".)
        const bool modifier = i + 2 < w.size() && w[i + 1].xpos == "VBG" && w[i + 2].upos == "NOUN";
        const bool complement =
            participle &&
            (that(i + 1) || (i + 3 < w.size() && w[i + 1].upos == "ADP" &&
                             isOneOf(w[i + 2].upos, {"PROPN", "NOUN"}) && that(i + 3)));
        if ((participle || adjective) && edForm && nounBefore &&
            (isObjectStart(w[i + 1].upos) || modifier || infinitive || complement ||
             (participle && (afterAnApposition(w, i) || participleRoot != NONE))) &&
            !hasChild(w, i, [](const std::string& r) { return r.starts_with("aux"); })) {
            return i;
        }
        nounBefore =
            nounBefore || w[i].upos == "NOUN" || w[i].upos == "PROPN" || w[i].upos == "PRON";
    }
    return NONE;
}

// The same kind of sentence with a noun where its verb should be: "The rules, which take effect
// in 30 days, bar exports of advanced chips to China." with "bar" tagged NN (any verb of the
// sentence is in a noun's clause). The first noun that is a verb's form, after a subject-like
// phrase and before a noun phrase, as its index and the verb tag to try (VBP for a base form,
// VBZ for an "-s" form), or NONE. (On EWT dev and test, whose verbless sentences are mostly
// fragments, none qualifies with the committed models; on CaRB dev, five do.)
std::pair<std::size_t, const char*> nounForMainVerb(const Sentence& s, const Lemmatizer& lemmas) {
    const std::vector<Token>& w = s.tokens;
    // A participle between commas after the subject, parsed as the main verb because the verb
    // after it was tagged as a noun, is that subject's reduced relative clause: "The deal,
    // announced on Monday, values Figma at $20 billion" with "values" a noun. The sentence is
    // then as good as verbless, and the verb is sought after the participle's phrase.
    const std::size_t participle = participleRootAfterItsSubject(w).first;
    // A verb in a noun's clause or modifying a noun ("training events", "Council-run events")
    // does not count, nor one joined to a noun as its conjunct, which is how the parse of "The
    // lodge also hosts events ... and supports the council" with "hosts" a noun joins the
    // second verb.
    // Nor does a verb serving as a preposition ("According to Reuters, Samsung plans to ...").
    // (Nor one inside a noun's clause: "..., people familiar with the matter said, as demand
    // *outstrips* supply" with "said" hung on the noun root.)
    const auto inNounsClause = [&](std::size_t k) {
        for (std::size_t up = headOf(w, k), steps = 0; up != NONE && steps < w.size();
             up = headOf(w, up), ++steps) {
            if (w[up].upos == "VERB" && isOneOf(w[up].deprel, {"acl:relcl", "acl"})) {
                return true;
            }
        }
        return false;
    };
    if ((verblessRoot(w) == NONE && participle == NONE) ||
        std::any_of(w.begin(), w.end(), [&](const Token& t) {
            const std::size_t k = static_cast<std::size_t>(&t - w.data());
            const std::size_t h = headOf(w, k);
            const bool nounsConjunct = t.deprel == "conj" && h != NONE && w[h].upos == "NOUN";
            return k != participle && t.upos == "VERB" &&
                   !isOneOf(t.deprel,
                            {"acl:relcl", "acl", "amod", "compound", "case", "mark", "fixed"}) &&
                   !nounsConjunct && !inNounsClause(k);
        })) {
        return {NONE, nullptr};
    }
    // Whether the words so far read like a subject: a determiner, a name or a pronoun among
    // them ("High quality pup food" is a caption).
    bool named = false;
    for (std::size_t i = 1; i + 1 < w.size(); ++i) {
        const Token& t = w[i];
        named =
            named || w[i - 1].upos == "DET" || w[i - 1].upos == "PROPN" || w[i - 1].upos == "PRON";
        // The word before it past any adverbs ("The lodge also hosts ...") and closing quotes
        // ("The first single, "Dreamer," features ...").
        std::size_t b = i - 1;
        while (b > 0 && (w[b].upos == "ADV" || (w[b].upos == "PUNCT" &&
                                                isOneOf(w[b].form, {"''", "'", "\"", "”", "’"})))) {
            --b;
        }
        const Token& before = w[b];
        // A demonstrative or "it" opening the sentence is a subject by itself ("This often
        // results in ...", "That amounts to ..."), which a singular verb agrees with.
        const bool demonstrative =
            b == 0 && isOneOf(before.form, {"This", "this", "That", "that", "It", "it"});
        const bool singularBefore =
            demonstrative || ((before.xpos == "NN" || before.xpos == "NNP") && named);
        // After a clause closed by a comma, or after a noun phrase that does not modify the
        // word ("customer service", "design build firm" are nouns).
        // A noun the parse compounded onto the word counts when a determiner, possessive,
        // number or adjective follows, which no noun phrase continues with after its head ("The
        // Commissioner of Parks and Public Property heads one of the departments", "The listing
        // bars American suppliers"); not a pronoun, which starts a relative clause without
        // "that" ("the only pizza place I recommend", EWT dev).
        const bool nounBefore =
            (before.upos == "NOUN" || before.upos == "PROPN" || before.upos == "PRON") && named;
        // A noun the parse made the word's subject counts too ("Samsung plans to cut ...").
        // (Before a noun phrase, or before an infinitive: "Arm Holdings, which is controlled
        // by SoftBank, plans to launch its own chip"; or, for an "-s" form after a singular
        // subject, before a preposition: "This often results in unexpected deaths".)
        const bool plural = t.xpos == "NNS";
        const bool infinitive = i + 2 < w.size() && w[i + 1].xpos == "TO" && w[i + 2].xpos == "VB";
        // (A name compounded onto the word counts before an infinitive: "Walgreens Boots
        // Alliance plans to close ...".)
        const bool after =
            before.form == "," || demonstrative ||
            (nounBefore &&
             (before.head != static_cast<int>(i) + 1 || before.deprel.starts_with("nsubj") ||
              isOneOf(w[i + 1].upos, {"DET", "NUM", "ADJ"}) || w[i + 1].xpos == "PRP$" ||
              (infinitive && before.upos == "PROPN")));
        const bool preposition = plural && singularBefore && w[i + 1].upos == "ADP";
        // (Not an office's field before a title and a name: ", finance chief Harold van den
        // Broek said".)
        const bool field = officeField(lowercaseAscii(t.form)) &&
                           isOneOf(lowercaseAscii(w[i + 1].form), {"chief", "minister", "director",
                                                                   "head", "officer", "secretary"});
        // (An amount opened by an adverb starts an object too: "employs *about* 300 people".)
        const bool amount = i + 2 < w.size() && w[i + 1].upos == "ADV" && w[i + 2].upos == "NUM";
        if (t.upos == "NOUN" && (t.xpos == "NN" || t.xpos == "NNS") && after && !field &&
            (participle == NONE || (i > participle && before.form == ",")) &&
            (isObjectStart(w[i + 1].upos) || infinitive || preposition || amount) &&
            t.form.size() > 2 && t.form[0] >= 'a' && t.form[0] <= 'z') {
            const std::string base =
                plural ? lemmas.lemma(t.form, "VERB", "VBZ") : std::string(t.form);
            if (lemmas.knownVerb(base)) {
                return {i, plural ? "VBZ" : "VBP"};
            }
        }
    }
    return {NONE, nullptr};
}

// A past tense tagged as a participle and a plural noun after it tagged as a verb: "The American
// chipmaking giant designed the H20 chips specifically for Chinese customers" parsed with
// "chips" the root, "giant" and "H20" its two subjects and "designed" the giant's participle.
// The participle (a regular "-ed" form right after the first subject, with no object of its
// own) and the "verb" (an "-s" form of a known verb after a determiner's noun, with a second
// subject) as {participle, noun}, or {NONE, NONE}.
std::pair<std::size_t, std::size_t> participleBeforeANounTakenForAVerb(const Sentence& s,
                                                                       const Lemmatizer& lemmas) {
    const std::vector<Token>& w = s.tokens;
    const std::size_t r = rootOf(w);
    if (r == NONE || r < 4 || w[r].xpos != "VBZ" || !w[r].form.ends_with("s") ||
        !lemmas.knownVerb(w[r].lemma)) {
        return {NONE, NONE};
    }
    std::vector<std::size_t> subjects;
    for (std::size_t k = 0; k < r; ++k) {
        if (headOf(w, k) == r && w[k].deprel == "nsubj") {
            subjects.push_back(k);
        }
    }
    if (subjects.size() < 2 || subjects.back() + 1 != r || w[subjects.back()].upos == "PRON") {
        return {NONE, NONE};
    }
    const std::size_t a = subjects.front();
    for (std::size_t p = a + 1; p < subjects.back(); ++p) {
        if (headOf(w, p) == a && w[p].deprel == "acl" && w[p].xpos == "VBN" &&
            w[p].form.ends_with("ed") && w[p + 1].upos == "DET" &&
            !hasChild(w, p, [](const std::string& rel) { return rel == "obj"; })) {
            return {p, r};
        }
    }
    return {NONE, NONE};
}

// Whether word `v` has a subject of its own that is a relative pronoun ("which also make
// lithography tools"): its clause is a relative clause, whatever it hangs on.
bool relativePronounSubject(const std::vector<Token>& w, std::size_t v) {
    return std::any_of(w.begin(), w.end(), [&](const Token& t) {
        return t.head == static_cast<int>(v) + 1 && t.deprel.starts_with("nsubj") &&
               (t.xpos == "WDT" || t.xpos == "WP");
    });
}

// The subject a verb's parse gave it that is really an apposition of the sentence's first
// noun phrase, set off by commas right before the verb: "Epic Games, the maker of Fortnite,
// sued Google" parsed with "Games" the root and "maker" the subject of "sued". `start` is the
// verb's first word (an auxiliary or adverb before it). The subject, or NONE.
std::size_t appositiveSubject(const std::vector<Token>& w, std::size_t root, std::size_t v,
                              std::size_t start) {
    std::size_t subject = NONE;
    for (std::size_t k = 0; k < v; ++k) {
        if (w[k].head == static_cast<int>(v) + 1 && w[k].deprel.starts_with("nsubj")) {
            subject = k;
        }
    }
    if (subject == NONE || w[subject].upos != "NOUN" ||
        !hasChild(w, subject, [](const std::string& r) { return r == "det"; })) {
        return NONE;
    }
    std::size_t first = subject;
    std::size_t last = subject;
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (k != subject && w[k].upos != "PUNCT" && dominates(w, subject, k)) {
            first = std::min(first, k);
            last = std::max(last, k);
        }
    }
    if (first < 2 || first <= root + 1 || w[first - 1].form != "," || last + 2 != start ||
        w[last + 1].form != "," || dominates(w, v, first - 2)) {
        return NONE;
    }
    return subject;
}

// The first word of verb `v`'s own words before it: an auxiliary or adverb of its right before
// it (", could lose"), else the verb.
std::size_t clauseStart(const std::vector<Token>& w, std::size_t v) {
    std::size_t start = v;
    while (start > 0 && w[start - 1].head == static_cast<int>(v) + 1 &&
           (w[start - 1].deprel == "aux" || w[start - 1].deprel == "advmod")) {
        --start;
    }
    return start;
}

// A verb to raise over the sentence's first noun phrase (verbAfterSubjectPhrase): the old
// root, the verb, and the subject the parse gave the verb that is really an apposition of the
// root (NONE when the verb had no subject).
struct VerbToRaise {
    std::size_t root = NONE;
    std::size_t verb = NONE;
    std::size_t apposition = NONE;
};

// A verbless parse whose finite verb hangs under its subject's phrase because a long apposition
// or a relative clause came between them: "Applied Materials, Lam Research and KLA, the three
// biggest American toolmakers, get about a third of their revenue from China." parsed with
// "get" a conjunct of "toolmakers"; "Nikon and Canon, which also make lithography tools, could
// lose sales" with "lose" a conjunct of "make". The first verb after a comma with a finite form
// (or a modal), no subject, marker or conjunction of its own, hung as a conjunct, apposition or
// parataxis, and with only relative clauses' verbs and participles modifying nouns before it;
// `verb` NONE when there is none.
VerbToRaise verbAfterSubjectPhrase(const std::vector<Token>& w) {
    const std::size_t root = verblessRoot(w);
    if (root == NONE ||
        !(w[root].upos == "NOUN" || w[root].upos == "PROPN" || w[root].upos == "PRON")) {
        return {};
    }
    // A plural subject: a plural noun, or nouns joined by a conjunction.
    const bool plural = w[root].xpos == "NNS" || w[root].xpos == "NNPS" ||
                        hasChild(w, root, [](const std::string& r) { return r == "conj"; });
    for (std::size_t v = root + 2; v + 1 < w.size(); ++v) {
        const Token& t = w[v];
        if (t.upos != "VERB") {
            continue;
        }
        // (A base form with no auxiliary is a present tense the tagger missed when it is in
        // lower case and its subject plural, "Applied Materials, ... get"; an imperative
        // otherwise, "No need to thank me, just send me gifts" in EWT. With an auxiliary, that
        // must be a modal.)
        const bool aux = hasChild(w, v, [](const std::string& r) { return r == "aux"; });
        const bool modal =
            std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(v), [&](const Token& a) {
                return a.head == static_cast<int>(v) + 1 && a.xpos == "MD";
            });
        const bool presentTense = !aux && plural && t.form[0] >= 'a' && t.form[0] <= 'z';
        const bool finite = t.xpos == "VBD" || t.xpos == "VBP" || t.xpos == "VBZ" ||
                            (t.xpos == "VB" && (aux ? modal : presentTense));
        const bool subject =
            hasChild(w, v, [](const std::string& r) { return r.starts_with("nsubj"); });
        const bool otherOwnWords = hasChild(w, v, [](const std::string& r) {
            return r.starts_with("csubj") || r == "expl" || r == "mark" || r == "cc";
        });
        // (The comma may come before its auxiliaries and adverbs: ", could lose"; a subject of
        // its own that is an apposition of the first noun phrase does not count.)
        const std::size_t start = clauseStart(w, v);
        const std::size_t apposition =
            subject && !otherOwnWords ? appositiveSubject(w, root, v, start) : NONE;
        if (finite && !otherOwnWords && (!subject || apposition != NONE) && start > 0 &&
            w[start - 1].form == "," &&
            (t.deprel == "conj" || t.deprel == "appos" || t.deprel == "parataxis" ||
             t.deprel == "xcomp" || t.deprel == "ccomp")) {
            return {root, v, apposition};
        }
        if (!relativePronounSubject(w, v) && t.deprel != "acl:relcl" && t.deprel != "acl" &&
            t.deprel != "amod") {
            return {}; // a verb of the sentence's own before it
        }
    }
    return {};
}

// Makes the verb the root with the old root as its subject (see verbAfterSubjectPhrase). An
// apposition the parse made the verb's subject goes back to the old root, the relative clause
// the verb hung from goes to the subject, and the words after it that hung on the subject or
// that clause (the final full stop) go to the verb.
void raiseVerbOverSubject(std::vector<Token>& w, const VerbToRaise& raise) {
    const std::size_t root = raise.root;
    const std::size_t v = raise.verb;
    if (raise.apposition != NONE) {
        w[raise.apposition].head = static_cast<int>(root) + 1;
        w[raise.apposition].deprel = "appos";
    }
    const int from = w[v].head; // the word it hung on (1-based)
    const std::size_t fromIndex = static_cast<std::size_t>(from - 1);
    const bool clause =
        fromIndex != root && w[fromIndex].upos == "VERB" && relativePronounSubject(w, fromIndex);
    for (std::size_t i = v + 1; i < w.size(); ++i) {
        if (w[i].head == static_cast<int>(root) + 1 || (clause && w[i].head == from)) {
            w[i].head = static_cast<int>(v) + 1;
        }
    }
    if (clause) {
        w[fromIndex].head = static_cast<int>(root) + 1;
        w[fromIndex].deprel = "acl:relcl";
    }
    w[v].head = 0;
    w[v].deprel = "root";
    w[root].head = static_cast<int>(v) + 1;
    w[root].deprel = "nsubj";
}

// Hyphenated participles that modify a noun ("the Idaho-based chipmaker", "Beijing-backed
// funds", "the Boise, Idaho-based chipmaker") take the word before the hyphen as their own
// dependent, as EWT does; the parser often hangs it on the noun (as a possessor) or makes it a
// second subject. That word's phrase (with an apposition before it: "Boise, Idaho") moves
// under the participle, its determiner to the noun. The number of participles mended.
std::size_t hyphenatedParticiples(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t p = k + 1;
        const bool participle = w[p].xpos == "VBN" || (w[p].xpos == "JJ" && w[p].form.size() > 3 &&
                                                       w[p].form.ends_with("ed"));
        if (w[k].xpos != "HYPH" || !participle || w[p].deprel != "amod" ||
            w[p].head <= static_cast<int>(p) + 1 ||
            !(w[k - 1].upos == "PROPN" || w[k - 1].upos == "NOUN") ||
            w[k - 1].head == static_cast<int>(p) + 1) {
            continue;
        }
        const std::size_t noun = static_cast<std::size_t>(w[p].head - 1);
        // The top of the phrase that ends before the hyphen.
        std::size_t h = k - 1;
        while ((w[h].deprel == "appos" || w[h].deprel == "flat") && w[h].head > 0 &&
               static_cast<std::size_t>(w[h].head - 1) < h) {
            h = static_cast<std::size_t>(w[h].head - 1);
        }
        // (The noun hung right on that phrase takes its place first: "The Charlotte, North
        // Carolina-based company will sell ..." with "company" an nmod of "Charlotte", the
        // subject.)
        if (headOf(w, noun) == h && w[h].head != 0 && dominates(w, h, p) &&
            isOneOf(w[noun].deprel, {"nmod", "appos", "compound"})) {
            w[noun].head = w[h].head;
            w[noun].deprel = w[h].deprel;
            for (std::size_t c = h + 1; c < w.size(); ++c) {
                if (c != noun && headOf(w, c) == h && w[c].deprel == "punct" && c > noun) {
                    w[c].head = static_cast<int>(noun) + 1;
                }
            }
        }
        if (dominates(w, h, p) || w[h].head == 0) {
            continue; // the noun itself hangs below it: no rearranging that makes a cycle
        }
        for (std::size_t d = 0; d < h; ++d) {
            if (w[d].head == static_cast<int>(h) + 1 && w[d].deprel == "det") {
                w[d].head = static_cast<int>(noun) + 1;
            }
        }
        w[h].head = static_cast<int>(p) + 1;
        w[h].deprel = "compound";
        ++changed;
    }
    return changed;
}

// A present participle after a comma that the parse hung on a word of the object or oblique
// before it tells what the clause's subject did, as in EWT's trees (17 of 20 such participles
// after an object hang on the verb): "Beijing condemned the move, accusing the Netherlands of
// bowing to pressure" is Beijing's accusation, and in "The Commission imposed tariffs on
// vehicles imported from China, escalating a dispute" the Commission escalates it. It goes to
// the verb of that object or oblique (the first on the way up from where it hung) as an
// adverbial clause. The number moved.
std::size_t participlesAfterAnObject(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t g = 2; g < w.size(); ++g) {
        if (w[g].xpos != "VBG" || (w[g].deprel != "acl" && w[g].deprel != "advcl") ||
            w[g - 1].form != "," || w[g].head <= 0 || static_cast<std::size_t>(w[g].head) > g) {
            continue;
        }
        // The first object or oblique from the word it hangs on up (a verb it hangs on is
        // its own: "reducing" on "design" stays).
        std::size_t object = static_cast<std::size_t>(w[g].head - 1);
        if (w[object].upos == "VERB" && w[object].deprel != "acl") {
            continue;
        }
        for (std::size_t steps = 0; steps < w.size() && w[object].deprel != "obj" &&
                                    w[object].deprel != "obl" && w[object].head > 0;
             ++steps) {
            object = static_cast<std::size_t>(w[object].head - 1);
        }
        if ((w[object].deprel != "obj" && w[object].deprel != "obl") || w[object].head <= 0 ||
            static_cast<std::size_t>(w[object].head) > object) {
            continue;
        }
        const std::size_t verb = static_cast<std::size_t>(w[object].head - 1);
        if (w[verb].upos != "VERB") {
            continue;
        }
        w[g].head = static_cast<int>(verb) + 1;
        w[g].deprel = "advcl";
        ++changed;
    }
    return changed;
}

// A name joined by "and" to the noun of an "of" phrase whose object is a name: "the proposed
// merger of Staples and *Office Depot*" with "Depot" a conjunct of "merger" (a merger and
// Office Depot blocked). The second name joins the first. How many it moved.
std::size_t nameJoinedToTheNounBeforeItsOf(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t y = 3; y < w.size(); ++y) {
        const std::size_t n = headOf(w, y);
        if (w[y].deprel != "conj" || w[y].upos != "PROPN" || n == NONE || n >= y ||
            w[n].upos != "NOUN") {
            continue;
        }
        const std::size_t start = phraseEdges(w, y).first;
        if (start == 0 || lowercaseAscii(w[start].form) != "and" || start < 2) {
            continue;
        }
        const std::size_t x = start - 1; // the first name's last word
        std::size_t first = x;
        while (headOf(w, first) != n && headOf(w, first) != NONE && headOf(w, first) > first &&
               headOf(w, first) <= x) {
            first = headOf(w, first);
        }
        const std::size_t name = headOf(w, x) == n ? x : first;
        if (headOf(w, name) != n || w[name].deprel != "nmod" || w[name].upos != "PROPN" ||
            phraseEdges(w, name).second != x || caseWordOf(w, name, {"of"}) > name) {
            continue;
        }
        w[y].head = static_cast<int>(name) + 1;
        ++moved;
    }
    return moved;
}

// A clause opened by a subordinator whose subject the parse took for the preposition's noun,
// with the verb joined to the main verb after the subject's apposition: "took control of the
// steelmaker ... after its majority owner, ArcelorMittal, refused to invest" with "after its
// majority owner" an oblique and "refused" a conjunct of "took", as if the government refused.
// The noun becomes the clause's subject, the word its marker, and the verb the main verb's
// adverbial clause. How many it rearranged.
std::size_t subordinateClauseTakenForAConjunct(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t c = 4; c < w.size(); ++c) {
        const std::size_t verb = headOf(w, c);
        if (w[c].deprel != "conj" || w[c].upos != "VERB" ||
            !isOneOf(w[c].xpos, {"VBD", "VBZ", "VBP"}) || verb == NONE || verb >= c ||
            w[c - 1].form != "," || hasChild(w, c, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "cc" || r == "mark" || r == "expl";
            })) {
            continue;
        }
        // The noun whose phrase (with its apposition) ends at the comma, after its marker.
        std::size_t noun = NONE;
        std::size_t marker = NONE;
        for (std::size_t k = verb + 1; k + 1 < c && noun == NONE; ++k) {
            const std::size_t end = phraseEdges(w, k).second;
            if (!isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"}) || (end != c - 1 && end != c - 2) ||
                headOf(w, k) == NONE || headOf(w, k) > k) {
                continue;
            }
            if (const std::size_t m = caseWordOf(w, k, {"after", "before", "since", "until"});
                m < k) {
                noun = k;
                marker = m;
            }
        }
        // (The apposition's closing comma may hang on the noun or its apposition.)
        if (marker == NONE ||
            !hasChild(w, noun, [](const std::string& r) { return r == "appos"; })) {
            continue;
        }
        w[noun].head = static_cast<int>(c) + 1;
        w[noun].deprel = "nsubj";
        w[marker].head = static_cast<int>(c) + 1;
        w[marker].deprel = "mark";
        w[marker].upos = "SCONJ";
        w[c].deprel = "advcl";
        ++changed;
    }
    return changed;
}

// A clause opened by "after", "before", "since" or "until" whose subject the parse took for
// the preposition's noun after a measure: "Intel shares rose 5% after the company reported
// higher sales" with "after the company" hung on "%" and "%" the subject of "reported", a
// complement of "rose"; also after a stretch of time ("The recall comes weeks after Honda
// recalled 750,000 cars", "weeks" the subject of "recalled").
// The noun becomes the clause's subject, the word its marker, the clause an adverbial clause of
// the verb and the old subject that verb's object (a stretch of time its bare oblique). How
// many it rearranged.
std::size_t subjectAfterASubordinator(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t c = 0; c < w.size(); ++c) {
        std::size_t verb = headOf(w, c);
        // (After a stretch of time the parse may also have made the clause a conjunct, a
        // parataxis or a relative clause of a noun of the main clause: "met He Lifeng in Beijing
        // on Thursday, days after Washington allowed ...". Its main verb is then the first
        // verb above it.)
        const bool loose = isOneOf(w[c].deprel, {"conj", "parataxis", "acl:relcl"});
        if (loose) {
            verb = verbAtOrAbove(w, verb);
        }
        if ((w[c].deprel != "ccomp" && !loose) || w[c].upos != "VERB" || verb == NONE || verb > c ||
            w[verb].upos != "VERB") {
            continue;
        }
        std::size_t subject = NONE;
        for (std::size_t k = verb + 1; k < c; ++k) {
            if (headOf(w, k) == c && w[k].deprel == "nsubj") {
                subject = k;
            }
        }
        // Only a measure ("5%", "10 points") or a stretch of time ("comes weeks after Honda
        // recalled ..."): "said the rise after the merger helped" is right.
        const bool time =
            subject != NONE && w[subject].upos == "NOUN" &&
            isOneOf(w[subject].lemma, {"minute", "hour", "day", "week", "month", "year", "moment"});
        if (subject == NONE || (loose && !time) ||
            (!time && !hasChild(w, subject, [](const std::string& r) { return r == "nummod"; }))) {
            continue;
        }
        // The preposition right after the subject, and its noun: on the subject, before the
        // clause, with every word up to the clause its own.
        const std::size_t marker = subject + 1;
        const std::size_t noun = headOf(w, marker);
        if (w[marker].deprel != "case" ||
            !isOneOf(lowercaseAscii(w[marker].form), {"after", "before", "since", "until"}) ||
            noun == NONE || noun <= marker || noun >= c || headOf(w, noun) != subject ||
            w[noun].deprel != "nmod" || !isOneOf(w[noun].upos, {"NOUN", "PROPN", "PRON"})) {
            continue;
        }
        bool tail = true;
        for (std::size_t k = noun + 1; k < c; ++k) {
            tail = tail && dominates(w, noun, k);
        }
        if (tail) {
            w[noun].head = static_cast<int>(c) + 1;
            w[noun].deprel = "nsubj";
            w[marker].head = static_cast<int>(c) + 1;
            w[marker].deprel = "mark";
            w[marker].upos = "SCONJ";
            w[subject].head = static_cast<int>(verb) + 1;
            w[subject].deprel = time ? "obl:unmarked" : "obj";
            w[c].head = static_cast<int>(verb) + 1;
            w[c].deprel = "advcl";
            ++changed;
        }
    }
    return changed;
}

// A relative clause right after a name and a comma belongs to the name rather than to the
// predicate noun of a copula the parse hung it on: "The verdict was a setback for Arm, which is
// majority-owned by SoftBank" with the clause on "setback" (and "which" read as the verdict).
// (On a verb or another noun it is left alone: "began a feud with Jillian Hall, which led to
// ..." is the feud's.) How many it moved.
std::size_t relativeClauseAfterAName(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t h = headOf(w, v);
        if (w[v].deprel != "acl:relcl" || h == NONE || h >= v ||
            !hasChild(w, h, [](const std::string& r) { return r == "cop"; })) {
            continue;
        }
        // The clause's first word is its relative word, after the comma after the name.
        std::size_t first = v;
        for (std::size_t k = 0; k < v; ++k) {
            if (dominates(w, v, k) && w[k].upos != "PUNCT") {
                first = k;
                break;
            }
        }
        if (first < 3 || w[first - 1].form != "," || w[first - 2].upos != "PROPN" ||
            !isOneOf(lowercaseAscii(w[first].form), {"which", "who", "whose"})) {
            continue;
        }
        std::size_t name = first - 2;
        for (std::size_t steps = 0; steps < w.size() && w[name].deprel == "flat"; ++steps) {
            name = headOf(w, name);
        }
        if (name == NONE || name == h || !dominates(w, h, name) || dominates(w, v, name)) {
            continue;
        }
        w[v].head = static_cast<int>(name) + 1;
        ++changed;
    }
    return changed;
}

// A participle between commas after the subject, parsed as the main verb with the real verb
// joined to it as a conjunct: "The deal, announced on Monday, values Figma at $20 billion" with
// "announced" the root and "values" its conjunct. The verb becomes the root with the subject as
// its own, the participle the subject's clause (acl), and what followed the verb on the
// participle (the full stop) goes to the verb. Whether it changed the tree.
bool participleBeforeItsVerb(std::vector<Token>& w) {
    const auto [r, subject] = participleRootAfterItsSubject(w);
    if (r == NONE) {
        return false;
    }
    std::size_t verb = NONE;
    for (std::size_t k = r + 2; k < w.size() && verb == NONE; ++k) {
        if (headOf(w, k) == r && w[k].deprel == "conj" && w[k].upos == "VERB" &&
            isOneOf(w[k].xpos, {"VBZ", "VBP", "VBD"}) && w[k - 1].form == ",") {
            verb = k;
        }
    }
    if (verb == NONE ||
        hasChild(w, verb, [](const std::string& rel) { return rel.starts_with("nsubj"); }) ||
        std::any_of(w.begin() + static_cast<std::ptrdiff_t>(r),
                    w.begin() + static_cast<std::ptrdiff_t>(verb), [&](const Token& t) {
                        return t.deprel == "cc" && t.head == static_cast<int>(verb) + 1;
                    })) {
        return false;
    }
    for (std::size_t k = verb + 1; k < w.size(); ++k) {
        if (headOf(w, k) == r) {
            w[k].head = static_cast<int>(verb) + 1;
        }
    }
    w[verb].head = 0;
    w[verb].deprel = "root";
    w[subject].head = static_cast<int>(verb) + 1;
    w[r].head = static_cast<int>(subject) + 1;
    w[r].deprel = "acl";
    w[r].xpos = "VBN"; // (a participle, whatever the tagger guessed)
    return true;
}

// A sentence that opens with a prepositional phrase and whose main verb was left without a
// subject because the parse hung the name after the phrase's comma on a word of the phrase:
// "In an article posted Sunday on WeChat, Yuyuan Tantian, a social media account ..., claimed
// ..." with "Yuyuan Tantian" an apposition of "WeChat". The name becomes the verb's subject, and
// an apposition between it and the verb that hung on the phrase becomes the name's. Whether it
// changed the tree.
bool subjectAfterAnOpeningPhrase(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || r < 4 || w[0].upos != "ADP" || w[r].upos != "VERB" ||
        !isOneOf(w[r].xpos, {"VBD", "VBZ", "VBP"}) || hasChild(w, r, [](const std::string& rel) {
            return rel.starts_with("nsubj") || rel.starts_with("csubj") || rel == "expl";
        })) {
        return false;
    }
    // The first word after a comma that is a name hung on an earlier word as an apposition or
    // conjunct, with only its own words, appositions and commas between it and the verb.
    for (std::size_t name = 2; name + 1 < r; ++name) {
        const std::size_t h = headOf(w, name);
        if (w[name - 1].form != "," || w[name].upos != "PROPN" || h == NONE || h >= name ||
            !isOneOf(w[name].deprel, {"appos", "conj"})) {
            continue;
        }
        std::size_t end = name + 1;
        while (end < r && w[end].deprel == "flat" && headOf(w, end) == name) {
            ++end;
        }
        if (w[end].form != "," && end != r) {
            return false;
        }
        w[name].head = static_cast<int>(r) + 1;
        w[name].deprel = "nsubj";
        for (std::size_t k = end; k < r; ++k) {
            const std::size_t kh = headOf(w, k);
            if (w[k].deprel == "appos" && kh != NONE && kh < name) {
                w[k].head = static_cast<int>(name) + 1;
            }
        }
        return true;
    }
    return false;
}

// A noun phrase split into two subjects of one verb at its last noun: "The shares of Chinese
// metals producers surged" with "shares" and "producers" both subjects of "surged" ("metals"
// ending the first). The second noun takes the place of the first phrase's last noun, which
// becomes its compound, and that noun's modifiers go with it. How many it joined.
std::size_t subjectSplitAtItsLastNoun(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t b = 2; b < w.size(); ++b) {
        const std::size_t v = headOf(w, b);
        const std::size_t last = b - 1;
        const auto any = [](const std::string&) { return true; };
        // (The first phrase's last noun heads a phrase of its own, "of Chinese metals", and the
        // second noun stands alone.)
        if (w[b].deprel != "nsubj" || w[b].upos != "NOUN" || v == NONE || v <= b ||
            w[last].upos != "NOUN" || !hasChild(w, last, any) || hasChild(w, b, any)) {
            continue;
        }
        // The other subject of the verb, whose phrase ends right before `b`.
        std::size_t a = NONE;
        for (std::size_t k = 0; k < last; ++k) {
            if (headOf(w, k) == v && w[k].deprel == "nsubj" && dominates(w, k, last)) {
                a = k;
            }
        }
        if (a == NONE || !isOneOf(w[last].deprel, {"nmod", "obj", "obl"})) {
            continue;
        }
        for (std::size_t k = 0; k < last; ++k) {
            if (headOf(w, k) == last) {
                w[k].head = static_cast<int>(b) + 1;
            }
        }
        w[b].head = w[last].head;
        w[b].deprel = w[last].deprel;
        w[last].head = static_cast<int>(b) + 1;
        w[last].deprel = "compound";
        ++changed;
    }
    return changed;
}

// A name split from the noun it modifies: "facilities in Chengdu as well as Intel Labs R&D
// operations that need ..." parsed with "Intel Labs" a conjunct of "Chengdu" and "operations"
// a bare nmod of it (no preposition). A noun phrase with no case word that starts right after
// a name hanging on the same word takes the name's place, and the name becomes its compound.
// How many it joined.
std::size_t nameSplitFromItsNoun(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t b = 1; b < w.size(); ++b) {
        if (w[b].upos != "NOUN" || !(w[b].deprel == "nmod" || w[b].deprel == "obl") ||
            hasChild(w, b, [](const std::string& r) { return r == "case" || r == "mark"; })) {
            continue;
        }
        const std::size_t h = headOf(w, b);
        const std::size_t first = phraseEdges(w, b).first;
        // (Only a phrase of nouns and adjectives: "Hurricane Rita, now a Category 5 storm" is
        // an apposition, "Wallis Bird" after a comma another name.)
        if (h == NONE || first == 0 || first > b ||
            std::any_of(w.begin() + static_cast<std::ptrdiff_t>(first),
                        w.begin() + static_cast<std::ptrdiff_t>(b) + 1, [](const Token& t) {
                            return !(t.upos == "PROPN" || t.upos == "NOUN" || t.upos == "ADJ");
                        })) {
            continue;
        }
        // The name: the phrase of a proper noun ending right before `first`, on the same head.
        std::size_t name = first - 1;
        while (name != NONE && headOf(w, name) != h && headOf(w, name) != NONE &&
               headOf(w, name) < first && w[name].upos == "PROPN") {
            name = headOf(w, name);
        }
        if (name == NONE || w[name].upos != "PROPN" || headOf(w, name) != h ||
            phraseEdges(w, name).second != first - 1 || dominates(w, b, h)) {
            continue;
        }
        w[b].head = w[name].head;
        w[b].deprel = w[name].deprel;
        w[name].head = static_cast<int>(b) + 1;
        w[name].deprel = "compound";
        ++changed;
    }
    return changed;
}

// A number after a verb with no object that the parse made a bare oblique ("has sold more than
// 100 of the machines to Chinese customers", "100" an obl with no preposition) is the object:
// EWT train never labels such a number obl (76 of them are objects). How many it relabelled.
// So is a counted plural noun the parse made a bare oblique, unless it counts time or a
// measure: "expects to hand over about 770 jets" with "jets" obl:unmarked (EWT has only times
// and measures there: "three times", "two weeks", "5 kilometres").
std::size_t bareNumberAsObject(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].xpos == "NNS" && w[k].deprel == "obl:unmarked" && v != NONE && v < k &&
            w[v].upos == "VERB" &&
            hasChild(w, k, [](const std::string& r) { return r == "nummod"; }) &&
            !hasChild(w, v, [](const std::string& r) { return r == "obj"; }) &&
            !isOneOf(w[k].lemma, {"time",  "year",      "month",     "week",   "day",     "night",
                                  "hour",  "minute",    "second",    "decade", "century", "weekend",
                                  "mile",  "kilometre", "kilometer", "meter",  "metre",   "foot",
                                  "inch",  "yard",      "degree",    "cent",   "percent", "point",
                                  "pound", "kilo",      "kilogram",  "ton",    "tonne",   "step",
                                  "round", "game",      "inning",    "lap",    "quarter"})) {
            w[k].deprel = "obj";
            ++changed;
            continue;
        }
        if (w[k].upos != "NUM" || w[k].deprel != "obl" || v == NONE || v > k ||
            w[v].upos != "VERB" ||
            hasChild(w, k, [](const std::string& r) { return r == "case" || r == "mark"; }) ||
            hasChild(w, v, [](const std::string& r) { return r == "obj"; })) {
            continue;
        }
        w[k].deprel = "obj";
        ++changed;
    }
    return changed;
}

// A participle (or its past-tense twin) right after a verb's object that the parse made the
// verb's complement (xcomp):
// "Japan tightened controls on equipment sold to China" with "sold" an xcomp of "tightened",
// as if Japan sold it. Unless the verb takes an object and a predicate ("got the car fixed",
// "found them stranded", "wants it done"), the participle modifies the noun right before it
// (acl); one with an object of its own is a finite verb ("as the storm's progress kept global
// markets on tenterhooks") and stays. EWT train has such a complement only after get, have,
// need, want and leave. How many it moved.
std::size_t participleAfterTheObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t noun = k - 1;
        // (Or a participle made the verb's adverbial clause, right after the noun of its
        // object or oblique: "impose a tariff on steel *imported* from countries that ...".)
        const bool adverbial = w[k].deprel == "advcl" && w[k].xpos == "VBN";
        if ((w[k].xpos != "VBN" && w[k].xpos != "VBD") || (w[k].deprel != "xcomp" && !adverbial) ||
            v == NONE || v > k || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            hasChild(w, k,
                     [](const std::string& r) {
                         return r == "mark" || r.starts_with("aux") || r.starts_with("nsubj") ||
                                r == "obj";
                     }) ||
            isOneOf(w[v].lemma,
                    {"make",    "have",   "get",  "keep",   "leave",  "find",     "see",
                     "hear",    "want",   "need", "like",   "prefer", "consider", "deem",
                     "declare", "render", "hold", "report", "show",   "watch",    "feel",
                     "believe", "call",   "name", "list",   "rate",   "become",   "remain",
                     "seem",    "appear", "stay", "look",   "sound",  "go"})) {
            continue;
        }
        // The noun ends the verb's object phrase.
        const std::size_t object = lastChildBefore(
            w, v, k, [&](const std::string& r) { return r == "obj" || (adverbial && r == "obl"); });
        if (object == NONE || !dominates(w, object, noun) ||
            phraseEdges(w, object).second != noun) {
            continue;
        }
        w[k].head = static_cast<int>(noun) + 1;
        w[k].deprel = "acl";
        w[k].xpos = "VBN"; // (the tagger may have read a past tense: "sold")
        ++moved;
    }
    return moved;
}

// An amount after a verb that the parse hung on the noun of the phrase after it: "SK Telecom
// rose 1% after the announcement" with "%" a bare modifier (nmod:unmarked) of
// "announcement". A percentage or a sum ("%", "percent", "$") with its number is the verb's
// object, as when nothing follows ("rose 1%"). How many it moved.
std::size_t amountBeforeAPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        const std::size_t v = headOf(w, noun);
        if ((w[k].upos != "SYM" && lowercaseAscii(w[k].form) != "percent") ||
            w[k].deprel != "nmod:unmarked" || noun == NONE || noun < k || w[noun].deprel != "obl" ||
            v == NONE || v > k || w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& r) { return r == "obj"; }) ||
            !std::any_of(w.begin(), w.end(), [&](const Token& t) {
                return headOf(w, static_cast<std::size_t>(&t - w.data())) == k && t.upos == "NUM";
            })) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obj";
        ++moved;
    }
    return moved;
}

// A sum or share right before a noun that the parse did not make the noun's modifier: "their
// $20 billion merger" with "merger" an apposition or bare modifier of "$", "The $1.6 billion
// investment will restart ..." with "$" and "investment" two subjects. The noun heads the phrase
// and the sum is its compound, as in "a $7 billion contract"; the determiner and possessor go with
// the noun. How many it mended.
std::size_t sumBeforeItsNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 0; a + 2 < w.size(); ++a) {
        if (w[a].upos != "SYM" || !isOneOf(w[a].form, {"$", "€", "£", "%"})) {
            continue;
        }
        // The sum's words: its numbers, right after "$" or right before "%" ("excluding"
        // tagged as a number is none).
        const auto number = [&](std::size_t k) {
            return w[k].upos == "NUM" && dominates(w, a, k) &&
                   (std::any_of(w[k].form.begin(), w[k].form.end(),
                                [](char c) { return c >= '0' && c <= '9'; }) ||
                    isOneOf(lowercaseAscii(w[k].form),
                            {"hundred", "thousand", "million", "billion", "trillion"}));
        };
        std::size_t first = a;
        std::size_t last = a;
        while (last + 1 < w.size() && number(last + 1)) {
            ++last;
        }
        while (first > 0 && number(first - 1)) {
            --first;
        }
        const std::size_t n = last + 1;
        if (first == last || n >= w.size() || w[n].upos != "NOUN" || headOf(w, a) == n) {
            continue;
        }
        // (or a bare nmod: "Capital One's $35 billion acquisition of Discover")
        const bool appos = headOf(w, n) == a &&
                           (isOneOf(w[n].deprel, {"appos", "nmod:unmarked"}) ||
                            (w[n].deprel == "nmod" &&
                             !hasChild(w, n, [](const std::string& r) { return r == "case"; })));
        const bool twin = headOf(w, n) == headOf(w, a) && w[n].deprel == w[a].deprel &&
                          isOneOf(w[a].deprel, {"nsubj", "nsubj:pass", "obj"});
        if (!appos && !twin) {
            continue;
        }
        if (appos) {
            w[n].head = w[a].head;
            w[n].deprel = w[a].deprel;
        }
        for (std::size_t k = 0; k < first; ++k) {
            if (headOf(w, k) == a && isOneOf(w[k].deprel, {"det", "nmod:poss", "amod"})) {
                w[k].head = static_cast<int>(n) + 1;
            }
        }
        w[a].head = static_cast<int>(n) + 1;
        w[a].deprel = "compound";
        ++mended;
    }
    return mended;
}

// The one word of [first, last] whose head lies outside the span (the head of a name's words),
// or NONE when none or more than one does.
std::size_t onlyHeadOf(const std::vector<Token>& w, std::size_t first, std::size_t last) {
    std::size_t found = NONE;
    for (std::size_t k = first; k <= last; ++k) {
        const std::size_t h = headOf(w, k);
        if (h == NONE || h < first || h > last) {
            if (found != NONE) {
                return NONE;
            }
            found = k;
        }
    }
    return found;
}

// The word a name's last word `k` belongs to: the first word of a name whose later words hang on
// it as `flat` or `compound` ("Bob" of "Bob Iger"), else `k` itself.
std::size_t nameHead(const std::vector<Token>& w, std::size_t k) {
    while (headOf(w, k) != NONE && headOf(w, k) < k && isOneOf(w[k].deprel, {"flat", "compound"})) {
        k = headOf(w, k);
    }
    return k;
}

// Whether a verb lemma can close a sentence as its report: "..., the company said".
bool closingReportVerb(std::string_view lemma) {
    return isOneOf(lemma, {"say", "add", "announce", "report", "state", "tell", "write"});
}

// A closing report ("..., the company said on Wednesday.") whose verb the parse gave a phrase
// of the clause before it: "appointed Lip-Bu Tan ..., as its chief executive, the company
// said" with "as its chief executive" on "said". Whatever hangs on the reporting verb before
// the comma that opens its subject belongs to the verb it reports on. How many it moved.
std::size_t phraseBeforeAClosingReport(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 2; r < w.size(); ++r) {
        const std::size_t h = headOf(w, r);
        // (Also a report the parse joined to the clause as a conjunct with no conjunction.)
        const bool conjunct = w[r].deprel == "conj" &&
                              !hasChild(w, r, [](const std::string& rel) { return rel == "cc"; });
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) ||
            !(isOneOf(w[r].deprel, {"advcl", "parataxis", "ccomp"}) || conjunct) || h == NONE ||
            h > r) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, r, r, [](const std::string& rel) { return rel == "nsubj"; });
        if (subject == NONE) {
            continue;
        }
        // (The parse may give the subject the comma that opens it.)
        std::size_t opens = phraseEdges(w, subject).first;
        if (w[opens].form == "," && opens < subject) {
            ++opens;
        }
        if (opens == 0 || w[opens - 1].form != "," || opens - 1 <= h) {
            continue;
        }
        for (std::size_t d = h + 1; d + 1 < opens; ++d) {
            if (headOf(w, d) == r && !isOneOf(w[d].deprel, {"punct", "cc", "mark"})) {
                w[d].head = static_cast<int>(h) + 1;
                ++moved;
            }
        }
        if (conjunct) {
            w[r].deprel = "parataxis";
        }
    }
    return moved;
}

// A closing report whose subject the parse hung elsewhere: "..., the company's vice chair and
// president, Brad Smith, wrote in a blog post on Friday." with "wrote" a conjunct of the
// first verb and no subject. The noun phrase between the comma before it and the verb
// becomes its subject, and the report a parataxis of the clause it reports. Whether it
// mended one.
bool subjectOfAClosingReport(std::vector<Token>& w) {
    for (std::size_t r = 3; r < w.size(); ++r) {
        const std::size_t h = headOf(w, r);
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) ||
            !isOneOf(w[r].deprel, {"conj", "parataxis"}) || h == NONE || h > r ||
            hasChild(w, r, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
            continue;
        }
        const std::size_t end = w[r - 1].form == "," ? r - 2 : r - 1;
        std::size_t subject = NONE;
        for (std::size_t n = h + 1; n <= end; ++n) {
            if (!isOneOf(w[n].upos, {"NOUN", "PROPN"})) {
                continue;
            }
            // (The parse may give the phrase its opening comma.)
            const auto [first, last] = phraseEdges(w, n);
            const bool opened = w[first].form == "," || (first > h + 1 && w[first - 1].form == ",");
            if (last == end && first > h && opened &&
                (subject == NONE || first < phraseEdges(w, subject).first)) {
                subject = n;
            }
        }
        if (subject == NONE || dominates(w, subject, r)) {
            continue;
        }
        w[subject].head = static_cast<int>(r) + 1;
        w[subject].deprel = "nsubj";
        w[r].deprel = "parataxis";
        return true;
    }
    return false;
}

// One past the sentence's last word that is no punctuation.
std::size_t endOfWords(const std::vector<Token>& w) {
    std::size_t end = w.size();
    while (end > 0 && w[end - 1].upos == "PUNCT") {
        --end;
    }
    return end;
}

// Whether `form` is a quotation mark that can close a quote.
bool closingQuote(std::string_view form) {
    return isOneOf(form, {"\"", "\u201D", "'", "\u2019"});
}

// A closing report with its subject that the parse hung deep inside the clause it reports:
// "... contain at least 40% local parts, the industry minister said on Friday." with "said" a
// complement of "contain". The report is a parataxis of the sentence's root, as EWT has it.
// Whether it moved one.
bool closingReportHungInside(std::vector<Token>& w) {
    const std::size_t end = endOfWords(w);
    const std::size_t root = rootOf(w);
    if (root == NONE) {
        return false;
    }
    for (std::size_t r = 3; r < end; ++r) {
        const std::size_t h = headOf(w, r);
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) || h == NONE || h == root ||
            h > r || phraseEdges(w, r).second + 1 < end) {
            continue;
        }
        const std::size_t subject = lastChildBefore(
            w, r, r, [](const std::string& rel) { return rel.starts_with("nsubj"); });
        if (subject == NONE || !isOneOf(w[subject].upos, {"NOUN", "PROPN"}) ||
            hasChild(w, r, [](const std::string& rel) {
                return rel == "ccomp" || rel == "obj" || rel == "xcomp";
            })) {
            continue;
        }
        // (A closing quote may come between the comma and the subject, and the parse may give
        // the subject both.)
        std::size_t first = phraseEdges(w, subject).first;
        while (first < subject && w[first].upos == "PUNCT") {
            ++first;
        }
        while (first > 0 && closingQuote(w[first - 1].form)) {
            --first;
        }
        if (first < 2 || w[first - 1].form != ",") {
            continue;
        }
        w[r].head = static_cast<int>(root) + 1;
        w[r].deprel = "parataxis";
        return true;
    }
    return false;
}

// A closing report whose subject the parse took for a noun of the clause it reports, with the
// reporting verb a modifier of that noun: "... as sales fall short of expectations, the company
// announced on Wednesday." with "company" the object of "fall", or "'... out of all
// proportion,' the company's chief executive, Marta Ruiz, told reporters" with "executive" an
// apposition. The noun phrase opens after a comma (and a closing quote) and the report runs to
// the sentence's end. The noun becomes the report's subject and the report a parataxis of the
// root. Whether it mended one.
bool closingReportTakenForAModifier(std::vector<Token>& w) {
    const std::size_t end = endOfWords(w);
    const std::size_t root = rootOf(w);
    if (root == NONE) {
        return false;
    }
    for (std::size_t r = 3; r < end; ++r) {
        const std::size_t n = headOf(w, r);
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) || w[r].deprel != "acl" ||
            n == NONE || n > r || n <= root || !isOneOf(w[n].upos, {"NOUN", "PROPN"}) ||
            phraseEdges(w, r).second + 1 < end || hasChild(w, r, [&](const std::string& rel) {
                return isOneOf(rel, {"ccomp", "xcomp", "csubj", "mark", "nsubj"}) ||
                       (rel == "obj" && w[r].lemma != "tell");
            })) {
            continue;
        }
        // The subject runs from a comma (and closing quotes) to the verb, one noun phrase with
        // a single word hung outside it; the farthest such comma opens it.
        std::size_t subject = NONE;
        std::size_t opens = NONE;
        for (std::size_t c = r - 1; c > root + 1; --c) {
            if (isOneOf(w[c].upos, {"VERB", "AUX", "SCONJ"})) {
                break;
            }
            if (w[c].form != ",") {
                continue;
            }
            std::size_t first = c + 1;
            while (first < r && closingQuote(w[first].form)) {
                ++first;
            }
            std::size_t outside = NONE;
            bool one = first < r;
            for (std::size_t k = first; k < r && one; ++k) {
                const std::size_t h = headOf(w, k);
                if (w[k].upos != "PUNCT" && (h == NONE || h < first || h >= r)) {
                    one = outside == NONE;
                    outside = k;
                }
            }
            if (one && outside != NONE && isOneOf(w[outside].upos, {"NOUN", "PROPN"}) &&
                !w[outside].deprel.starts_with("nsubj")) {
                subject = outside;
                opens = c;
            }
        }
        if (subject == NONE) {
            continue;
        }
        w[subject].head = static_cast<int>(r) + 1;
        w[subject].deprel = "nsubj";
        w[r].head = static_cast<int>(root) + 1;
        w[r].deprel = "parataxis";
        // The comma and quotes before the subject go with the report.
        for (std::size_t p = opens; p < subject && w[p].upos == "PUNCT"; ++p) {
            w[p].head = static_cast<int>(r) + 1;
        }
        return true;
    }
    return false;
}

// "after" (or "as", "before", "since", "until") made the preposition of a later verb's
// subject, with that verb a closing report's complement: "... unable to watch the final on
// Sunday after the streaming service Flixwave suffered an outage, the company said." The word
// marks the verb's clause, an adverbial of the verb the words before it hang on. Whether it
// mended one.
bool markerTakenForASubjectsPreposition(std::vector<Token>& w) {
    for (std::size_t a = 2; a + 2 < w.size(); ++a) {
        const std::size_t n = headOf(w, a);
        const std::size_t u = n == NONE ? NONE : headOf(w, n);
        if (w[a].deprel != "case" || n == NONE || n <= a ||
            !isOneOf(lowercaseAscii(w[a].form), {"as", "after", "before", "since", "until"}) ||
            w[n].deprel != "nsubj" || u == NONE || u <= n || w[u].upos != "VERB" ||
            w[u].deprel != "ccomp" || headOf(w, u) == NONE || headOf(w, u) < u ||
            !closingReportVerb(w[headOf(w, u)].lemma) ||
            hasChild(w, u, [](const std::string& rel) { return rel == "mark"; })) {
            continue;
        }
        // The verb the words before the marker hang on.
        std::size_t v = a - 1;
        while (v != NONE && !(w[v].upos == "VERB" && v < a)) {
            v = headOf(w, v);
        }
        if (v == NONE || dominates(w, u, v)) {
            continue;
        }
        w[a].head = static_cast<int>(u) + 1;
        w[a].deprel = "mark";
        w[a].upos = "SCONJ";
        w[u].head = static_cast<int>(v) + 1;
        w[u].deprel = "advcl";
        if (isOneOf(w[u].xpos, {"VB", "VBN"})) {
            w[u].xpos = "VBD";
        }
        return true;
    }
    return false;
}

// "as" (or "after", "before", "since", "until") and a noun phrase that the parse took for a
// prepositional phrase, with the verb after it a subjectless parataxis or complement: "The
// order comes as regulators in the United States and Europe also step up scrutiny of Google",
// "The decision came a day after the European Central Bank cut its rates". The noun is the
// later verb's subject, the word its marker, and the clause an adverbial of the first verb.
// How many it mended.
std::size_t asClauseTakenForAPhrase(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 2 < w.size(); ++a) {
        const std::size_t n = headOf(w, a);
        // (the cheap tests first: this runs for every word)
        if (w[a].deprel != "case" || n == NONE || n <= a ||
            !isOneOf(lowercaseAscii(w[a].form), {"as", "after", "before", "since", "until"}) ||
            !isOneOf(w[n].deprel, {"obl", "nmod"}) || !isOneOf(w[n].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        // The noun right after the word, past its determiner and modifiers: "after the
        // European Central Bank".
        const auto [first, last] = phraseEdges(w, n);
        if (first != a ||
            !std::all_of(w.begin() + static_cast<std::ptrdiff_t>(a) + 1,
                         w.begin() + static_cast<std::ptrdiff_t>(n), [](const Token& t) {
                             return isOneOf(t.upos, {"DET", "ADJ", "PROPN", "NOUN", "NUM"}) ||
                                    t.xpos == "PRP$";
                         })) {
            continue;
        }
        // The verb the phrase hangs on, through a noun of time ("came a day after ...", "on
        // Friday after ...").
        std::size_t v = headOf(w, n);
        if (v != NONE && w[n].deprel == "nmod" && isOneOf(w[v].upos, {"NOUN", "PROPN"})) {
            v = headOf(w, v);
        }
        std::size_t u = last + 1;
        // (past the comma that closes an apposition: "after its owner, Elon Musk, refused")
        if (u < w.size() && w[u].form == "," &&
            hasChild(w, n, [](const std::string& rel) { return rel == "appos"; })) {
            ++u;
        }
        while (u < w.size() && w[u].upos == "ADV") {
            ++u;
        }
        // (or on the verb after it, itself hung on the verb before: "after its founder, Sam
        // Carter, refused ..." with "founder" an oblique of "refused")
        if (v == u && u < w.size()) {
            v = headOf(w, u);
        }
        // (A past tense read as an adjective of the noun after it, which the parse made a
        // second object of the verb before: "expects to pay $1.2 billion in claims after
        // Hurricane Helene damaged tens of thousands of homes". The noun is its object.)
        if (v != NONE && v < a && u + 1 < w.size() && w[u].deprel == "amod" &&
            isOneOf(w[u].xpos, {"VBN", "VBD"}) && lowercaseAscii(w[u].form).ends_with("ed") &&
            headOf(w, u) == u + 1 && w[u + 1].upos == "NOUN" && headOf(w, u + 1) == v &&
            w[u + 1].deprel == "obj" &&
            lastChildBefore(w, v, a, [](const std::string& r) { return r == "obj"; }) != NONE) {
            w[u + 1].head = static_cast<int>(u) + 1;
            w[u].head = static_cast<int>(v) + 1;
            w[u].deprel = "parataxis";
        }
        // (The verb may be the complement of a closing report instead: "... after the service
        // Flixwave suffered an outage, the company said" with "suffered" a complement of
        // "said".)
        const std::size_t report = u < w.size() ? headOf(w, u) : NONE;
        const bool reported = report != NONE && report > u && w[u].deprel == "ccomp" &&
                              closingReportVerb(w[report].lemma);
        if (v == NONE || v > a || u >= w.size() || w[u].upos != "VERB" ||
            (headOf(w, u) != v && !reported) ||
            !(isOneOf(w[u].deprel, {"parataxis", "conj", "dep", "xcomp"}) || reported) ||
            !isOneOf(w[u].xpos, {"VBP", "VBZ", "VBD", "VB", "VBN"}) ||
            hasChild(w, u, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel == "mark" || rel == "cc" ||
                       rel.starts_with("aux");
            })) {
            continue;
        }
        w[n].head = static_cast<int>(u) + 1;
        w[n].deprel = "nsubj";
        w[a].head = static_cast<int>(u) + 1;
        w[a].deprel = "mark";
        w[a].upos = "SCONJ";
        w[u].head = static_cast<int>(v) + 1;
        w[u].deprel = "advcl";
        if (w[u].xpos == "VB" || w[u].xpos == "VBN") {
            w[u].xpos = "VBD"; // a base form or participle with a subject and no auxiliary is
                               // finite
        }
        ++mended;
    }
    return mended;
}

// A second clause's subject taken for a conjunct of the first clause's object: "Thrive Capital
// is leading the round, and Microsoft, OpenAI's biggest backer, is also expected to take part"
// with "Microsoft" joined to "round" and "expected" a subjectless parataxis. The noun becomes
// the later verb's subject, and the verb (with the "and") a conjunct of the first. How many it
// mended.
std::size_t subjectTakenForAConjunct(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t u = 3; u < w.size(); ++u) {
        const std::size_t v = headOf(w, u);
        // (A finite verb, or one with an auxiliary: "and calling for a strike" has no subject.)
        const bool finite =
            isOneOf(w[u].xpos, {"VBD", "VBZ", "VBP"}) ||
            hasChild(w, u, [](const std::string& rel) { return rel.starts_with("aux"); });
        if (w[u].upos != "VERB" || v == NONE || v > u || !finite ||
            !isOneOf(w[u].deprel, {"parataxis", "conj", "dep"}) ||
            hasChild(w, u, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
            continue;
        }
        const std::size_t object =
            lastChildBefore(w, v, u, [](const std::string& rel) { return rel == "obj"; });
        if (object == NONE) {
            continue;
        }
        // Only auxiliaries, adverbs and a comma of the verb's between the phrase and it.
        std::size_t end = u;
        while (end > 0 && (isOneOf(w[end - 1].upos, {"AUX", "ADV"}) || w[end - 1].form == ",") &&
               headOf(w, end - 1) == u) {
            --end;
        }
        if (end == 0) {
            continue;
        }
        std::size_t n = NONE;
        // The conjunct of the object (or of a noun in it) whose phrase ends there, a comma
        // after it or not.
        for (std::size_t k = object + 1; k < end; ++k) {
            const std::size_t last = phraseEdges(w, k).second;
            if (w[k].deprel == "conj" && isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"}) &&
                (last + 1 == end || (last + 2 == end && w[last + 1].form == ",")) &&
                dominates(w, object, k)) {
                n = k;
                break;
            }
        }
        const std::size_t cc =
            n == NONE ? NONE
                      : lastChildBefore(w, n, n, [](const std::string& r) { return r == "cc"; });
        if (n == NONE || cc == NONE || !isOneOf(lowercaseAscii(w[cc].form), {"and", "but"})) {
            continue;
        }
        const bool passive =
            hasChild(w, u, [](const std::string& rel) { return rel == "aux:pass"; });
        w[n].head = static_cast<int>(u) + 1;
        w[n].deprel = passive ? "nsubj:pass" : "nsubj";
        w[cc].head = static_cast<int>(u) + 1;
        w[u].deprel = "conj";
        ++mended;
    }
    return mended;
}

// A participle of a verb that takes no object, parsed as a verb with the noun after it as its
// object: "amid weak demand growth and rising output from rival producers" ("rise" has no
// object). The participle modifies the noun, which takes its place; the participle's phrases
// after the noun go with the noun, and its conjunction before it too. How many it mended.
std::size_t intransitiveParticipleBeforeItsNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t g = 0; g + 1 < w.size(); ++g) {
        if (w[g].xpos != "VBG" || w[g].upos != "VERB" ||
            !isOneOf(w[g].lemma,
                     {"rise", "fall", "soar", "surge", "plunge", "tumble", "slump", "dwindle",
                      "mount", "fade", "emerge", "persist", "ail", "loom", "linger", "rage"})) {
            continue;
        }
        const std::size_t o =
            lastChildBefore(w, g, w.size(), [](const std::string& rel) { return rel == "obj"; });
        if (o == NONE || o <= g || phraseEdges(w, o).first != g + 1 ||
            hasChild(w, g, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
            continue;
        }
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (headOf(w, k) != g || k == o) {
                continue;
            }
            if (k < g && isOneOf(w[k].deprel, {"cc", "punct"})) {
                w[k].head = static_cast<int>(o) + 1;
            } else if (k > o && w[k].deprel.starts_with("obl")) {
                w[k].head = static_cast<int>(o) + 1;
                w[k].deprel = "nmod";
            }
        }
        w[o].head = w[g].head;
        // (A verb's open complement, now a noun, is its object: "Analysts blamed falling
        // rates".)
        w[o].deprel = w[g].deprel == "xcomp" ? "obj" : w[g].deprel;
        // (A noun joined to a verb joins the verb's last noun phrase before it instead:
        // "amid weak demand growth and rising output".)
        if (const std::size_t v = headOf(w, g);
            w[g].deprel == "conj" && v != NONE && w[v].upos == "VERB") {
            const std::size_t noun = lastChildBefore(
                w, v, g, [](const std::string& rel) { return rel == "obl" || rel == "obj"; });
            if (noun != NONE && isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
                w[o].head = static_cast<int>(noun) + 1;
            }
        }
        w[g].head = static_cast<int>(o) + 1;
        w[g].deprel = "amod";
        ++mended;
    }
    return mended;
}

// A name hung as a compound on a noun after a preposition that belongs to that noun
// ("Samsung overtook rival Apple in phone sales" with "Apple" a compound of "sales") is the name
// the common noun before it describes: the name takes the noun's place and the noun becomes its
// `nmod:desc` ("rival"), as EWT writes "reporter Ahmed". A name hung as an apposition of a word
// before that common noun goes to the noun. How many it moved.
std::size_t nameHungAcrossAPreposition(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t d = 1; d + 1 < w.size(); ++d) {
        const std::size_t h = headOf(w, d);
        const std::size_t noun = d - 1;
        if (w[d].upos != "PROPN" || !capitalised(w[d].form) || h == NONE ||
            w[noun].upos != "NOUN" || lowercaseAscii(w[noun].form) != w[noun].form ||
            headOf(w, noun) == d || h == noun || dominates(w, d, noun)) {
            continue;
        }
        bool crossesCase = false;
        for (std::size_t k = d + 1; k < h; ++k) {
            crossesCase = crossesCase || (w[k].upos == "ADP" && headOf(w, k) == h);
        }
        // (An apposition of a word before the noun is the noun's apposition, as EWT writes
        // "the militant group Hezbollah": "its acquisition of cloud software company VMware"
        // with VMware on "acquisition".)
        if (w[d].deprel == "appos" && h < noun) {
            w[d].head = static_cast<int>(noun) + 1;
            ++moved;
            continue;
        }
        // (So is a name the parse hung beside the noun, on the noun's word, with the noun's
        // preposition its only one: "an order for 40 jets from American carrier SkyWest" with
        // "carrier" and "SkyWest" both on "jets".)
        const auto caseOf = [&](std::size_t k) {
            return hasChild(w, k, [](const std::string& r) { return r == "case"; });
        };
        // (Or a conjunct of that word, with no conjunction and no comma before it: "paid to
        // officials at state oil company Petrobras".)
        const bool bareConjunct = w[d].deprel == "conj" &&
                                  !hasChild(w, d, [](const std::string& r) { return r == "cc"; });
        const bool beside = h == headOf(w, noun) && w[noun].xpos == "NN" &&
                            (isOneOf(w[d].deprel, {"nmod", "obl", "appos"}) || bareConjunct) &&
                            isOneOf(w[noun].deprel, {"nmod", "obl"}) && caseOf(noun) && !caseOf(d);
        if (!beside && (w[d].deprel != "compound" || h <= d + 1 || !crossesCase)) {
            continue;
        }
        w[d].head = w[noun].head;
        w[d].deprel = w[noun].deprel;
        for (std::size_t k = 0; k < noun; ++k) {
            if (headOf(w, k) == noun && isOneOf(w[k].deprel, {"det", "nmod:poss", "case"})) {
                w[k].head = static_cast<int>(d) + 1;
            }
        }
        w[noun].head = static_cast<int>(d) + 1;
        w[noun].deprel = "nmod:desc";
        ++moved;
    }
    return moved;
}

// A common noun and the name right after it that it describes, parsed as two dependents of one
// word with one relation: "agreed to buy U.S. software company Altair Engineering" with
// "company" and "Engineering" both objects of "buy". For a word for a company or a body, the
// name keeps the place and the noun becomes its `nmod:desc`. How many it mended.
std::size_t descriptionAndNameAsTwins(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t noun = 0; noun + 1 < w.size(); ++noun) {
        const std::size_t h = headOf(w, noun);
        if (w[noun].upos != "NOUN" || w[noun].xpos != "NN" || h == NONE ||
            lowercaseAscii(w[noun].form) != w[noun].form || w[noun + 1].upos != "PROPN" ||
            !isOneOf(w[noun].deprel, {"obj", "nsubj", "iobj"}) ||
            !(companyDescription(w[noun].lemma) ||
              isOneOf(w[noun].lemma, {"bank", "agency", "regulator", "watchdog", "platform",
                                      "exchange", "broadcaster", "newspaper"}))) {
            continue;
        }
        std::size_t name = NONE;
        for (std::size_t k = noun + 1; k < w.size() && w[k].upos == "PROPN"; ++k) {
            // (or an object before a receiver, an order English never has: "hired the
            // cybersecurity firm Mandiant to investigate")
            if (headOf(w, k) == h && (w[k].deprel == w[noun].deprel ||
                                      (w[noun].deprel == "obj" && w[k].deprel == "iobj"))) {
                name = k;
            }
        }
        if (name == NONE || phraseEdges(w, name).first != noun + 1) {
            continue;
        }
        // (After a determiner the name is the noun's apposition, as EWT writes "The owner
        // Karla is welcoming".)
        if (hasChild(w, noun, [](const std::string& r) { return r == "det"; })) {
            w[name].head = static_cast<int>(noun) + 1;
            w[name].deprel = "appos";
        } else {
            w[noun].head = static_cast<int>(name) + 1;
            w[noun].deprel = "nmod:desc";
        }
        ++mended;
    }
    return mended;
}

// A name hung on the common noun before it that describes it, behind that noun's preposition:
// "from Canadian developer Hot Chili" with "Chili" a bare nmod of "developer". The name takes
// the noun's place with its preposition and determiner, and the noun becomes its `nmod:desc`.
// (An apposition stays: EWT writes "the militant group Hezbollah" with the name the noun's
// apposition.) How many it moved.
std::size_t nameOnItsDescription(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t noun = 0; noun + 1 < w.size(); ++noun) {
        const std::size_t d = noun + 1;
        if (w[noun].upos != "NOUN" || w[noun].xpos != "NN" ||
            lowercaseAscii(w[noun].form) != w[noun].form || w[d].upos != "PROPN" ||
            !capitalised(w[d].form) ||
            !hasChild(w, noun, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        std::size_t last = d;
        while (last + 1 < w.size() && w[last + 1].upos == "PROPN") {
            ++last;
        }
        const std::size_t name = onlyHeadOf(w, d, last);
        if (name == NONE || headOf(w, name) != noun ||
            !isOneOf(w[name].deprel, {"nmod", "nmod:unmarked", "flat", "compound"}) ||
            hasChild(w, name, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        w[name].head = w[noun].head;
        w[name].deprel = w[noun].deprel;
        for (std::size_t k = 0; k < noun; ++k) {
            if (headOf(w, k) == noun && isOneOf(w[k].deprel, {"det", "nmod:poss", "case"})) {
                w[k].head = static_cast<int>(name) + 1;
            }
        }
        w[noun].head = static_cast<int>(name) + 1;
        w[noun].deprel = "nmod:desc";
        ++moved;
    }
    return moved;
}

// A participle right after a verb's object that is a rule, a document or a decision, which the
// parse made the verb's open complement, says what the object does: "upheld the government's
// order *forcing* Nexperia to sell its stake", "signed a law banning TikTok", "published a
// report showing ...". (After other objects the participle is as often the verb's adverbial
// clause: "make money branching out", EWT.) How many moved.
std::size_t participleOfTheObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t g = 1; g < w.size(); ++g) {
        const std::size_t noun = g - 1;
        const std::size_t v = headOf(w, g);
        if (w[g].xpos != "VBG" || w[g].deprel != "xcomp" || v == NONE || headOf(w, noun) != v ||
            w[noun].deprel != "obj" || w[noun].upos != "NOUN" ||
            !isOneOf(w[noun].lemma,
                     {"order",     "rule",      "law",       "bill",      "regulation", "measure",
                      "decree",    "directive", "policy",    "decision",  "ruling",     "verdict",
                      "letter",    "report",    "statement", "document",  "filing",     "memo",
                      "notice",    "proposal",  "plan",      "agreement", "deal",       "contract",
                      "provision", "amendment", "resolution"})) {
            continue;
        }
        w[g].head = static_cast<int>(noun) + 1;
        w[g].deprel = "acl";
        ++moved;
    }
    return moved;
}

// A possessor taken for a preposition's object: "a $1.8 billion expansion of Samsung
// Electronics' display plant" parsed with "Electronics" the object of "of" (and the possessive
// mark its second case word) and "plant" hung elsewhere. The noun after the mark takes the
// name's place with the preposition, and the name becomes its possessor. How many it mended.
std::size_t possessorTakenForAnObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 1; p + 1 < w.size(); ++p) {
        const std::size_t name = headOf(w, p);
        if (w[p].xpos != "POS" || w[p].deprel != "case" || name == NONE || name >= p) {
            continue;
        }
        std::size_t preposition = NONE;
        for (std::size_t c = 0; c < name; ++c) {
            if (headOf(w, c) == name && w[c].deprel == "case" && w[c].upos == "ADP") {
                preposition = c;
            }
        }
        // (Or a list's member: "Sequoia Capital and Saudi Arabia's Prince Alwaleed bin Talal"
        // with "Arabia" the conjunct; the name after the mark takes its place in the list.)
        const bool member = w[name].deprel == "conj";
        // The possessed noun: the first noun after the mark, past its modifiers.
        std::size_t noun = p + 1;
        while (noun < w.size() && isOneOf(w[noun].upos, {"ADJ", "NOUN"}) &&
               headOf(w, noun) != NONE && headOf(w, noun) > noun && noun + 1 < w.size() &&
               isOneOf(w[noun + 1].upos, {"ADJ", "NOUN"})) {
            ++noun;
        }
        if ((preposition == NONE && !member) || noun >= w.size() ||
            !(w[noun].upos == "NOUN" || (member && w[noun].upos == "PROPN")) ||
            headOf(w, noun) == name || dominates(w, noun, name)) {
            continue;
        }
        // (A name after the mark is its words' head: "Prince Alwaleed bin Talal".)
        if (w[noun].upos == "PROPN") {
            while (noun + 1 < w.size() && headOf(w, noun) == noun + 1) {
                ++noun;
            }
            if (headOf(w, noun) == name || dominates(w, noun, name)) {
                continue;
            }
        }
        // (A list's member gives way only to a noun the parse left without a core role:
        // "Western Europe, Japanese corporations' reputation ... is" keeps its subject.)
        if ((member && isOneOf(w[noun].deprel, {"nsubj", "nsubj:pass", "obj", "iobj", "root"})) ||
            dominates(w, name, noun)) {
            continue;
        }
        w[noun].head = w[name].head;
        w[noun].deprel = w[name].deprel;
        if (preposition != NONE) {
            w[preposition].head = static_cast<int>(noun) + 1;
        }
        for (std::size_t c = 0; member && c < name; ++c) {
            if (headOf(w, c) == name && w[c].deprel == "cc") {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        w[name].head = static_cast<int>(noun) + 1;
        w[name].deprel = "nmod:poss";
        ++mended;
    }
    return mended;
}

// A relative clause without a relative word whose noun the parse made a second subject: "Rapidus,
// the chipmaker it backs to produce ..." with "chipmaker" and "it" both subjects of "backs". The
// noun heads the clause (`acl:relcl`) and takes the verb's place, or, right after a name and a
// comma, becomes the name's apposition. How many it mended.
std::size_t relativeClauseTakenForASecondSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t pronoun = 1; pronoun + 1 < w.size(); ++pronoun) {
        const std::size_t noun = pronoun - 1;
        const std::size_t v = headOf(w, pronoun);
        if (w[pronoun].upos != "PRON" || w[pronoun].deprel != "nsubj" ||
            !isOneOf(lowercaseAscii(w[pronoun].form),
                     {"it", "he", "she", "they", "we", "i", "you"}) ||
            w[noun].upos != "NOUN" || w[noun].deprel != "nsubj" || v == NONE ||
            headOf(w, noun) != v || v < pronoun || w[v].upos != "VERB" ||
            !hasChild(w, noun, [](const std::string& r) { return r == "det"; })) {
            continue;
        }
        std::size_t first = noun;
        while (first > 0 && headOf(w, first - 1) == noun) {
            --first;
        }
        const bool apposition = first >= 2 && w[first - 1].form == "," &&
                                isOneOf(w[first - 2].upos, {"PROPN", "NOUN"}) &&
                                !dominates(w, v, first - 2);
        if (apposition) {
            w[noun].head = static_cast<int>(first - 2) + 1;
            w[noun].deprel = "appos";
            w[first - 1].head = static_cast<int>(noun) + 1;
        } else {
            w[noun].head = w[v].head;
            w[noun].deprel = w[v].deprel;
        }
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl:relcl";
        ++mended;
    }
    return mended;
}

// A name that the parse made a subject of its own right before a second subject: "United
// Nations Secretary-General Antonio Guterres said ..." had "Nations" and "Antonio" both
// subjects of "said". With nothing between the two, the first name qualifies the second
// phrase's opening title ("Secretary-General", `compound`), or its head when the phrase opens
// with no title (as `nmod:desc` when the first is a title and the second a person's name);
// with the second phrase between commas, that phrase is the name's apposition. How many it
// mended.
std::size_t nameRightBeforeASubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t second = 1; second < w.size(); ++second) {
        const std::size_t v = headOf(w, second);
        if (!w[second].deprel.starts_with("nsubj") || v == NONE || v < second ||
            !isOneOf(w[second].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        const auto [start, end] = phraseEdges(w, second);
        if (start == 0) {
            continue;
        }
        std::size_t first = start - 1;
        while (first != NONE && headOf(w, first) != v) {
            first = headOf(w, first);
        }
        // (A description may come first when the name is between commas: "The police
        // superintendent, Larry Snelling, defended ...".)
        const std::size_t comma = start - 1;
        const bool description = first != NONE && w[first].upos == "NOUN" &&
                                 w[second].upos == "PROPN" && w[comma].form == ",";
        // (The parse may make the description an oblique with no preposition: "The airline's
        // chief executive, Tom Jordan, praised ...".)
        const bool bareOblique =
            first != NONE && w[comma].form == "," &&
            (w[second].upos == "PROPN" || w[first].upos == "PROPN") &&
            w[first].deprel.starts_with("obl") &&
            !hasChild(w, first, [](const std::string& rel) { return rel == "case"; });
        if (first == NONE || !(w[first].upos == "PROPN" || description) ||
            !(w[first].deprel.starts_with("nsubj") || bareOblique) ||
            phraseEdges(w, first).second + 1 != start) {
            continue;
        }
        if (w[comma].upos == "PUNCT") {
            // "The United States, the world's largest oil producer, has pumped ...": a
            // phrase between commas is the name's apposition.
            if (w[comma].form != "," || w[end].form != "," || headOf(w, end) != second) {
                continue;
            }
            w[second].head = static_cast<int>(first) + 1;
            w[first].deprel = w[second].deprel;
            w[second].deprel = "appos";
            w[comma].head = static_cast<int>(second) + 1;
            ++mended;
            continue;
        }
        const bool title =
            start < second && headOf(w, start) == second && w[start].deprel == "nmod:desc";
        w[first].head = static_cast<int>(title ? start : second) + 1;
        // (A title before a person's name of several words: "Trade Representative Katherine
        // Tai"; "the Taipei Representative Office" is one name.)
        const bool person = hasChild(w, second, [](const std::string& r) { return r == "flat"; });
        w[first].deprel =
            !title && person && titleBeforeAName(w[first].form) ? "nmod:desc" : "compound";
        ++mended;
    }
    return mended;
}

// The amount a verb of change brings something to or by, hung on a noun ("bringing its total
// commitment to the startup *to $8 billion*" with the sum on "startup"): the amount is the
// verb's oblique. How many moved.
std::size_t changedAmountOnTheVerb(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        if (w[k].deprel != "nmod" || noun == NONE || w[noun].upos != "NOUN" ||
            !(w[k].upos == "SYM" || w[k].upos == "NUM" || w[k].lemma == "percent")) {
            continue;
        }
        const std::size_t c = w[k - 1].upos == "ADP" && headOf(w, k - 1) == k ? k - 1 : NONE;
        const std::size_t v = headOf(w, noun);
        if (c == NONE || !isOneOf(lowercaseAscii(w[c].form), {"to", "by"}) || v == NONE ||
            w[v].upos != "VERB" ||
            !isOneOf(w[v].lemma, {"bring", "raise", "lift", "boost", "increase", "cut", "reduce",
                                  "lower", "push", "take", "double", "triple", "expand"})) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// A relative clause with a report inside it: "the projects, which the company says will
// create 20,000 jobs", parsed with "says" the subject of "create" and "create" a clause of the
// main verb. The verb of saying becomes the noun's relative clause with its own subject, the
// reported verb its complement, and the relative word that verb's subject; words before the
// relative word that hung inside it go to the nearest verb before them. Left alone when the
// result would not be a tree. How many it rearranged.
std::size_t reportInsideARelativeClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    const std::size_t n = w.size();
    for (std::size_t r = 2; r + 3 < n; ++r) {
        if (!isOneOf(w[r].xpos, {"WDT", "WP"}) ||
            !isOneOf(lowercaseAscii(w[r].form), {"which", "who", "that"})) {
            continue;
        }
        const std::size_t noun = w[r - 1].form == "," ? r - 2 : r - 1;
        if (!isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        // The reporter's phrase, then the verb of saying.
        std::size_t say = r + 1;
        while (say < n && isOneOf(w[say].upos, {"DET", "ADJ", "NOUN", "PROPN", "PRON"})) {
            ++say;
        }
        if (say == r + 1 || say + 1 >= n || w[say].upos != "VERB" ||
            !isOneOf(w[say].lemma, {"say", "believe", "expect", "think", "estimate", "claim",
                                    "predict", "hope", "fear", "argue", "know"})) {
            continue;
        }
        // The reported verb: right after, or after its auxiliaries.
        std::size_t reported = say + 1;
        while (reported < n && w[reported].upos == "AUX") {
            ++reported;
        }
        if (reported >= n || w[reported].upos != "VERB" ||
            (reported == say + 1 && !isOneOf(w[reported].xpos, {"VBZ", "VBD", "VBP"})) ||
            headOf(w, say) != reported) {
            continue;
        }
        std::vector<Token> before = w;
        const std::size_t reporter = say - 1;
        w[reporter].head = static_cast<int>(say) + 1;
        w[reporter].deprel = "nsubj";
        w[say].head = static_cast<int>(noun) + 1;
        w[say].deprel = "acl:relcl";
        w[reported].head = static_cast<int>(say) + 1;
        w[reported].deprel = "ccomp";
        w[r].head = static_cast<int>(reported) + 1;
        w[r].deprel = "nsubj";
        for (std::size_t k = 0; k < r; ++k) {
            const std::size_t h = headOf(w, k);
            if (h == NONE || h < r || k == noun) {
                continue;
            }
            std::size_t verb = k;
            while (verb > 0 && w[verb - 1].upos != "VERB") {
                --verb;
            }
            if (verb > 0) {
                w[k].head = static_cast<int>(verb - 1) + 1;
            }
        }
        if (!singleRootedTree(w)) {
            w = std::move(before);
            continue;
        }
        ++mended;
    }
    return mended;
}

// A relative pronoun the parse made the head of its clause: "the controls that the Biden
// administration imposed in October" with "that" an acl:relcl, "administration" its object
// and "imposed" a participle on "administration". The verb heads the relative clause, the noun
// is its subject and the pronoun its object (the verb, with a subject now, a past tense). How
// many it mended.
std::size_t relativePronounTakenForAClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t r = 1; r + 2 < w.size(); ++r) {
        if (!isOneOf(w[r].xpos, {"WDT", "WP"}) || w[r].deprel != "acl:relcl") {
            continue;
        }
        std::size_t noun = NONE;
        for (std::size_t c = r + 1; c < w.size() && noun == NONE; ++c) {
            if (headOf(w, c) == r && isOneOf(w[c].deprel, {"obj", "nsubj"}) &&
                isOneOf(w[c].upos, {"NOUN", "PROPN", "PRON"})) {
                noun = c;
            }
        }
        std::size_t verb = NONE;
        for (std::size_t c = noun == NONE ? w.size() : noun + 1; c < w.size() && verb == NONE;
             ++c) {
            if (headOf(w, c) == noun && w[c].upos == "VERB" && w[c].deprel == "acl") {
                verb = c;
            }
        }
        if (verb == NONE || hasChild(w, verb, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel == "obj";
            })) {
            continue;
        }
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (c != noun && headOf(w, c) == r) {
                w[c].head = static_cast<int>(verb) + 1;
            }
        }
        w[verb].head = w[r].head;
        w[verb].deprel = "acl:relcl";
        if (w[verb].xpos == "VBN") {
            w[verb].xpos = "VBD";
        }
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "nsubj";
        w[r].head = static_cast<int>(verb) + 1;
        w[r].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A name right after a verb of giving that the parse made a compound of the bare singular noun
// after it: "the result gave *Ishiba* time" (no one gives an "Ishiba time"). The name is the
// verb's indirect object. Not when a "to" phrase names the receiver: "gave Nvidia stock to its
// staff". How many it mended.
std::size_t receiverTakenForACompound(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t v = k - 1;
        const std::size_t noun = k + 1;
        if (w[k].upos != "PROPN" || w[k].deprel != "compound" || headOf(w, k) != noun ||
            w[v].upos != "VERB" ||
            !isOneOf(w[v].lemma,
                     {"give", "grant", "hand", "offer", "lend", "award", "owe", "deny", "cost"}) ||
            (noun + 1 < w.size() && w[noun + 1].form == "-") || w[noun].xpos != "NN" ||
            lowercaseAscii(w[noun].form) != w[noun].form || w[noun].deprel != "obj" ||
            headOf(w, noun) != v ||
            hasChild(w, v, [](const std::string& rel) { return rel == "iobj"; })) {
            continue;
        }
        bool to = false;
        for (std::size_t c = noun + 1; c < w.size() && !to; ++c) {
            const std::size_t h = headOf(w, c);
            const std::size_t cs =
                lastChildBefore(w, c, c, [](const std::string& rel) { return rel == "case"; });
            to = isOneOf(w[c].deprel, {"obl", "nmod"}) && (h == v || h == noun) && cs != NONE &&
                 isOneOf(lowercaseAscii(w[cs].form), {"to", "for"});
        }
        if (to) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "iobj";
        ++mended;
    }
    return mended;
}

// One name split into two conjuncts of the same word, with nothing between its words: "Jetstar
// and Virgin Australia suspended ..." with "Virgin" and "Australia" both conjuncts of
// "Jetstar". The first word becomes a compound of the second, which takes over the first's
// conjunction and punctuation. How many it joined.
std::size_t nameSplitIntoTwoConjuncts(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t i = 1; i + 1 < w.size(); ++i) {
        const std::size_t h = headOf(w, i);
        if (w[i].upos != "PROPN" || w[i + 1].upos != "PROPN" || w[i].deprel != "conj" ||
            w[i + 1].deprel != "conj" || h == NONE || headOf(w, i + 1) != h ||
            !capitalised(w[i].form) || !capitalised(w[i + 1].form)) {
            continue;
        }
        // (Not before an organisation's word, which ends a name of both conjuncts: "the Tawhid
        // and Jihad Group".)
        const std::string second = lowercaseAscii(w[i + 1].form);
        if (companyTradeWord(second) || companyNoun(second)) {
            continue;
        }
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (headOf(w, c) == i && isOneOf(w[c].deprel, {"cc", "punct"})) {
                w[c].head = static_cast<int>(i) + 2;
            }
        }
        w[i].head = static_cast<int>(i) + 2;
        w[i].deprel = "compound";
        ++joined;
    }
    return joined;
}

// One name split into a verb's two objects: "to give Micron Technology up to $6.1 billion" with
// "Micron" the indirect object and "Technology" (a name or, as the tagger read it, a common
// noun of a company's trade) the object. The first word becomes a compound of the second, which
// keeps the object's place as a name. So does a name before a common noun's phrase that an
// infinitive follows ("asked Android phone makers to give ..."). How many it joined.
std::size_t nameSplitIntoTwoObjects(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        const std::size_t v = headOf(w, i);
        Token& second = w[i + 1];
        const bool name = second.upos == "PROPN" ||
                          (second.upos == "NOUN" && companyTradeWord(lowercaseAscii(second.form)));
        if (w[i].upos == "PROPN" && name && capitalised(w[i].form) && capitalised(second.form) &&
            w[i].deprel == "iobj" && second.deprel == "obj" && v != NONE && headOf(w, i + 1) == v) {
            w[i].head = static_cast<int>(i + 2);
            w[i].deprel = "compound";
            retagAsName(second);
            ++joined;
            continue;
        }
        // A name before a common noun's phrase with an infinitive after it is the phrase's
        // modifier: "asked Android phone makers to give ..." (no verb takes two objects and an
        // infinitive). The infinitive is the verb's complement.
        if (w[i].upos != "PROPN" || w[i].deprel != "iobj" || v == NONE || v > i ||
            !isOneOf(second.upos, {"NOUN", "ADJ"}) || lowercaseAscii(second.form) != second.form) {
            continue;
        }
        std::size_t object = NONE;
        for (std::size_t k = i + 1; k < w.size() && object == NONE; ++k) {
            if (w[k].deprel == "obj" && headOf(w, k) == v && w[k].upos == "NOUN") {
                object = k;
            } else if (headOf(w, k) <= i || headOf(w, k) == NONE || w[k].upos == "PUNCT") {
                break; // (only the object's own modifiers in between)
            }
        }
        const std::size_t to = object == NONE || object + 2 >= w.size() ? NONE : object + 1;
        if (to == NONE || lowercaseAscii(w[to].form) != "to" || w[to].deprel != "mark" ||
            headOf(w, to) != to + 1 || headOf(w, to + 1) != v) {
            continue;
        }
        w[i].head = static_cast<int>(object) + 1;
        w[i].deprel = "compound";
        w[to + 1].deprel = "xcomp";
        ++joined;
    }
    return joined;
}

// What the parse hung on a sum, the object of verb `v`, that says when or why the verb's act
// happened goes to the verb: "fined Meta 798 million euros on Thursday for tying ...", "fined
// National Grid 10 million pounds over a power cut".
void sceneOfTheSumToTheVerb(std::vector<Token>& w, std::size_t sum, std::size_t v) {
    for (std::size_t c = sum + 1; c < w.size(); ++c) {
        if (headOf(w, c) != sum) {
            continue;
        }
        const std::size_t cs =
            w[c].deprel == "nmod"
                ? lastChildBefore(w, c, c, [](const std::string& r) { return r == "case"; })
                : NONE;
        const bool day = w[c].deprel == "nmod" && weekday(lowercaseAscii(w[c].form));
        const bool reason =
            cs != NONE && isOneOf(lowercaseAscii(w[cs].form), {"over", "for"}) && !day;
        const bool why = w[c].deprel == "acl" && w[c].xpos == "VBG" &&
                         hasChild(w, c, [](const std::string& r) { return r == "mark"; });
        if (day || reason || why) {
            w[c].head = static_cast<int>(v) + 1;
            w[c].deprel = why ? "advcl" : "obl";
        }
    }
}

// A verb's two objects, a name and then a sum: "Ofgem fined National Grid 10 million pounds"
// with both "Grid" and "pounds" objects of "fined". The name is the indirect object, and what
// the sum says of when or why goes to the verb. How many it mended.
std::size_t nameAndSumAsTwoObjects(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 0; v < w.size(); ++v) {
        if (w[v].upos != "VERB") {
            continue;
        }
        std::vector<std::size_t> objects;
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            if (headOf(w, k) == v && w[k].deprel == "obj") {
                objects.push_back(k);
            }
        }
        if (objects.size() != 2 || w[objects[0]].upos != "PROPN") {
            continue;
        }
        const std::size_t sum = objects[1];
        const bool money = currencyWord(lowercaseAscii(w[sum].form)) ||
                           (w[sum].upos == "SYM" && isOneOf(w[sum].form, {"$", "€", "£", "¥"}));
        if (!money) {
            continue;
        }
        w[objects[0]].deprel = "iobj";
        sceneOfTheSumToTheVerb(w, sum, v);
        ++mended;
    }
    return mended;
}

// A name right after a verb and right before a sum, which the parse made one phrase: "fined
// Meta Platforms 798 million euros" with the name a compound of "euros", "fined Google 2.4
// billion euros" with the sum a conjunct of "Google". The name is the verb's indirect object
// and the sum its object, as in "awarded Intel $7.8 billion". How many it split.
std::size_t nameBeforeASum(std::vector<Token>& w) {
    std::size_t split = 0;
    for (std::size_t v = 0; v + 2 < w.size(); ++v) {
        // (The name may follow a lower-case noun that describes it: "fined meatpacker JBS 20
        // million reais".)
        // (Or a determiner's phrase of lower-case words: "fined the video app ClipCast €350
        // million".)
        std::size_t desc = NONE;
        for (std::size_t k = w[v + 1].upos == "DET" ? v + 2 : v + 1;
             k < w.size() && k <= v + 5 && isOneOf(w[k].upos, {"NOUN", "ADJ"}) &&
             lowercaseAscii(w[k].form) == w[k].form;
             ++k) {
            desc = w[k].xpos == "NN" ? k : NONE;
        }
        const std::size_t start = desc == NONE ? v + 1 : desc + 1;
        if (w[v].upos != "VERB" || start >= w.size() || w[start].upos != "PROPN" ||
            !capitalised(w[start].form)) {
            continue;
        }
        std::size_t last = start; // the name's words
        while (last + 1 < w.size() && w[last + 1].upos == "PROPN" &&
               capitalised(w[last + 1].form)) {
            ++last;
        }
        // The sum: "$" (or another currency sign) with its number, or a number and a currency.
        std::size_t sum = NONE;
        if (last + 2 < w.size() && w[last + 1].upos == "SYM" && w[last + 2].upos == "NUM") {
            sum = last + 1;
        } else {
            std::size_t k = last + 1;
            while (k < w.size() && w[k].upos == "NUM") {
                ++k;
            }
            if (k > last + 1 && k < w.size() && currencyWord(lowercaseAscii(w[k].form))) {
                sum = k;
            }
        }
        if (sum == NONE) {
            continue;
        }
        // The name's head word: the one whose head lies outside it.
        std::size_t name = NONE;
        for (std::size_t k = start; k <= last && name == NONE; ++k) {
            const std::size_t h = headOf(w, k);
            name = h == NONE || h < start || h > last ? k : NONE;
        }
        const auto objectOfTheVerb = [&](std::size_t k) {
            return w[k].deprel == "obj" && headOf(w, k) == v;
        };
        const bool nameInSum =
            name != NONE && headOf(w, name) == sum &&
            (objectOfTheVerb(sum) || (desc != NONE && headOf(w, sum) == desc &&
                                      objectOfTheVerb(desc) && w[sum].deprel == "appos"));
        const bool sumOnName = name != NONE && desc == NONE && headOf(w, sum) == name &&
                               objectOfTheVerb(name) &&
                               !hasChild(w, sum, [](const std::string& r) { return r == "cc"; });
        if (!nameInSum && !sumOnName) {
            continue;
        }
        w[name].head = static_cast<int>(v) + 1;
        w[name].deprel = "iobj";
        w[sum].head = static_cast<int>(v) + 1;
        w[sum].deprel = "obj";
        if (desc != NONE) {
            w[desc].head = static_cast<int>(name) + 1;
            w[desc].deprel = "nmod:desc";
        }
        sceneOfTheSumToTheVerb(w, sum, v);
        ++split;
    }
    return split;
}

// A conjunct joined by "as well as" to the noun of a prepositional phrase, or to the verb
// itself, without a preposition of its own, is the verb's object's: "has assembly and test
// facilities in Chengdu as well as Intel Labs R&D operations that need ..." with
// "operations" joined to "Chengdu" (or to "has"). How many it moved.
std::size_t asWellAsToTheObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        if (w[k].deprel != "conj" || noun == NONE || noun > k ||
            !isOneOf(w[k].upos, {"NOUN", "PROPN"}) ||
            hasChild(w, k, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        // Joined to the place's noun, or straight to the verb.
        const bool onPlace = w[noun].deprel == "obl" &&
                             hasChild(w, noun, [](const std::string& r) { return r == "case"; });
        if (!onPlace && w[noun].upos != "VERB") {
            continue;
        }
        // "as well as" opens the conjunct.
        std::size_t cc = NONE;
        for (std::size_t c = noun + 1; c < k; ++c) {
            if (w[c].deprel == "cc" && dominates(w, k, c)) {
                cc = c;
                break;
            }
        }
        if (cc == NONE || cc + 2 >= k || lowercaseAscii(w[cc].form) != "as" ||
            lowercaseAscii(w[cc + 1].form) != "well" || lowercaseAscii(w[cc + 2].form) != "as") {
            continue;
        }
        const std::size_t verb = onPlace ? headOf(w, noun) : noun;
        const std::size_t object =
            lastChildBefore(w, verb, k, [](const std::string& r) { return r == "obj"; });
        if (object == NONE) {
            continue;
        }
        w[k].head = static_cast<int>(object) + 1;
        ++moved;
    }
    return moved;
}

// A "that" clause taken for a relative clause of the noun before it, with "that" its object
// although the clause has an object of its own: "ruled on Monday that Google broke antitrust
// law" with "broke" a relative clause of "Monday". "that" is the clause's marker and the
// clause the complement of the noun's verb. How many it mended.
std::size_t thatClauseTakenForARelativeClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 0; c < w.size(); ++c) {
        const std::size_t noun = headOf(w, c);
        const std::size_t verb = headOf(w, noun);
        if (w[c].deprel != "acl:relcl" || w[c].upos != "VERB" || noun == NONE || noun > c ||
            verb == NONE || w[verb].upos != "VERB" || w[noun].deprel != "obl") {
            continue;
        }
        std::size_t that = NONE;
        std::size_t objects = 0;
        for (std::size_t k = noun + 1; k < w.size(); ++k) {
            if (headOf(w, k) == c && w[k].deprel == "obj") {
                ++objects;
                if (lowercaseAscii(w[k].form) == "that" && k < c) {
                    that = k;
                }
            }
        }
        if (that == NONE || objects < 2 || that != noun + 1) {
            continue;
        }
        w[that].deprel = "mark";
        w[that].upos = "SCONJ";
        w[that].xpos = "IN";
        w[c].head = static_cast<int>(verb) + 1;
        w[c].deprel = "ccomp";
        ++mended;
    }
    return mended;
}

// A person's name after an organisation's name and a title, parsed as the organisation's
// apposition: "hired Chipotle Mexican Grill chief executive Brian Niccol" with "Chipotle" the
// object and "Brian" its apposition. With no comma between them, the person takes the
// organisation's place, and the organisation qualifies the title. How many it mended.
std::size_t personAfterAnOrganisationsTitle(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 2; p < w.size(); ++p) {
        const std::size_t o = headOf(w, p);
        // (or its conjunct with no conjunction)
        if (w[p].upos != "PROPN" || o == NONE || o >= p || w[o].upos != "PROPN" ||
            !(w[p].deprel == "appos" ||
              (w[p].deprel == "conj" &&
               !hasChild(w, p, [](const std::string& r) { return r == "cc"; })))) {
            continue;
        }
        std::size_t title = NONE;
        bool comma = false;
        for (std::size_t k = o + 1; k < p; ++k) {
            comma = comma || w[k].form == ",";
            if (headOf(w, k) == p && w[k].deprel == "nmod:desc") {
                title = k;
            }
        }
        if (comma || title == NONE) {
            continue;
        }
        // (the organisation's own words right before the title's)
        bool adjacent = true;
        for (std::size_t k = o + 1; k < phraseEdges(w, title).first; ++k) {
            adjacent = adjacent && dominates(w, o, k) && !dominates(w, p, k);
        }
        if (!adjacent) {
            continue;
        }
        w[p].head = w[o].head;
        w[p].deprel = w[o].deprel;
        for (std::size_t k = 0; k < o; ++k) {
            if (headOf(w, k) == o && isOneOf(w[k].deprel, {"case", "det"})) {
                w[k].head = static_cast<int>(p) + 1;
            }
        }
        w[o].head = static_cast<int>(title) + 1;
        w[o].deprel = "compound";
        ++mended;
    }
    return mended;
}

// An organisation's name, a title and a person's name, parsed as two subjects of one verb:
// "Alaska Airlines chief executive Ben Minicucci thanked the pilots" with "Alaska" and "Ben"
// both subjects of "thanked" (and "chief" its complement). The organisation qualifies the title
// and every word between the two names is the title's. How many it mended.
std::size_t organisationBeforeATitledSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 2; p < w.size(); ++p) {
        const std::size_t v = headOf(w, p);
        if (w[p].upos != "PROPN" || w[p].deprel != "nsubj" || v == NONE) {
            continue;
        }
        std::size_t title = NONE;
        for (std::size_t k = 0; k < p; ++k) {
            if (headOf(w, k) == p && w[k].deprel == "nmod:desc") {
                title = k;
            }
        }
        std::size_t o = NONE;
        for (std::size_t k = 0; title != NONE && k < title; ++k) {
            if (headOf(w, k) == v && w[k].deprel == "nsubj" && w[k].upos == "PROPN") {
                o = k;
            }
        }
        if (o == NONE) {
            continue;
        }
        // The organisation's words end right before the title's, which are lower-case
        // adjectives and nouns.
        std::size_t end = o;
        while (end + 1 < title && headOf(w, end + 1) == o &&
               isOneOf(w[end + 1].deprel, {"flat", "compound"})) {
            ++end;
        }
        bool words = end < title;
        for (std::size_t k = end + 1; k < title && words; ++k) {
            words = isOneOf(w[k].upos, {"ADJ", "NOUN"}) && lowercaseAscii(w[k].form) == w[k].form;
        }
        if (!words) {
            continue;
        }
        for (std::size_t k = end + 1; k < title; ++k) {
            if (headOf(w, k) != title) {
                w[k].head = static_cast<int>(title) + 1;
                w[k].deprel = w[k].upos == "ADJ" ? "amod" : "compound";
            }
        }
        w[o].head = static_cast<int>(title) + 1;
        w[o].deprel = "compound";
        ++mended;
    }
    return mended;
}

// An "-ing" adjective between a giving verb's two objects, parsed as a clause on the first:
// "gave customers *misleading* information" with "misleading" a participle of "customers" and
// "information" its object. The word modifies the second noun, which is the verb's object, and
// the first noun is the indirect object. How many it mended.
std::size_t adjectiveBetweenTwoObjects(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t g = 2; g + 1 < w.size(); ++g) {
        const std::size_t first = g - 1;
        const std::size_t second = g + 1;
        const std::size_t v = headOf(w, first);
        if (w[g].xpos != "VBG" || w[g].deprel != "acl" || headOf(w, g) != first ||
            w[first].deprel != "obj" || v == NONE || w[second].upos != "NOUN" ||
            headOf(w, second) != g || w[second].deprel != "obj" ||
            !isOneOf(w[v].lemma, {"give", "offer", "send", "provide", "show", "hand", "grant",
                                  "sell", "tell", "feed"})) {
            continue;
        }
        for (std::size_t k = g + 1; k < w.size(); ++k) {
            if (k != second && headOf(w, k) == g) {
                w[k].head = static_cast<int>(second) + 1;
                w[k].deprel = w[k].deprel == "obl" ? "nmod" : w[k].deprel;
            }
        }
        w[second].head = static_cast<int>(v) + 1;
        w[first].deprel = "iobj";
        w[g].head = static_cast<int>(second) + 1;
        w[g].deprel = "amod";
        w[g].upos = "ADJ";
        w[g].xpos = "JJ";
        w[g].lemma = w[g].form;
        ++mended;
    }
    return mended;
}

// An object hung on an adjective across the verb joined to it: "the charges were abusive and
// misled customers" with "customers" an object of "abusive". An adjective takes no object;
// the verb between them does. How many moved.
std::size_t objectOfAnAdjectivesConjunct(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t o = 2; o < w.size(); ++o) {
        const std::size_t a = headOf(w, o);
        if (w[o].deprel != "obj" || a == NONE || a >= o || w[a].upos != "ADJ") {
            continue;
        }
        std::size_t verb = NONE;
        for (std::size_t k = a + 1; k < o; ++k) {
            if (headOf(w, k) == a && w[k].deprel == "conj" && w[k].upos == "VERB") {
                verb = k;
            }
        }
        if (verb == NONE ||
            hasChild(w, verb, [](const std::string& r) { return r == "obj" || r == "ccomp"; })) {
            continue;
        }
        w[o].head = static_cast<int>(verb) + 1;
        ++moved;
    }
    return moved;
}

// "up to" before an amount, parsed as a verb's particle and the amount's preposition: "would
// take *up to* two weeks longer" read as "take up". As EWT writes it, "up" modifies the amount
// and "to" is fixed to it. How many it mended.
std::size_t upToAnAmount(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t up = 1; up + 2 < w.size(); ++up) {
        const std::size_t to = up + 1;
        const std::size_t amount = headOf(w, to);
        if (lowercaseAscii(w[up].form) != "up" || w[up].deprel != "compound:prt" ||
            lowercaseAscii(w[to].form) != "to" || w[to].deprel != "case" || amount == NONE ||
            amount <= to ||
            !(w[amount].upos == "NUM" || w[amount].upos == "SYM" ||
              hasChild(w, amount, [](const std::string& r) { return r == "nummod"; }))) {
            continue;
        }
        w[up].head = static_cast<int>(amount) + 1;
        w[up].deprel = "advmod";
        w[up].upos = "ADP";
        w[up].xpos = "IN";
        w[to].head = static_cast<int>(up) + 1;
        w[to].deprel = "fixed";
        // (The amount, no longer behind a preposition, is the verb's object when it has none:
        // "could receive up to 20 dollars".)
        const std::size_t verb = headOf(w, amount);
        if (w[amount].deprel == "obl" && verb != NONE && w[verb].upos == "VERB" &&
            !hasChild(w, verb, [](const std::string& r) { return r == "obj"; })) {
            w[amount].deprel = "obj";
        }
        ++mended;
    }
    return mended;
}

// A "that" clause after the object of a verb of telling, parsed as a relative clause of the
// object: "warned customers that journeys would take longer" with "take" a clause of
// "customers" (and "that" in it), or as the verb's complement with "that" an oblique in it.
// With a subject of its own in the clause, "that" is its marker and the clause the verb's
// complement, as in "told reporters that ...". How many it mended.
std::size_t thatClauseAfterATellingVerbsObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t that = 2; that + 2 < w.size(); ++that) {
        const std::size_t c = headOf(w, that);
        const std::size_t noun = c == NONE ? NONE : headOf(w, c);
        const std::size_t verb = noun == NONE ? NONE : headOf(w, noun);
        if (lowercaseAscii(w[that].form) != "that" || c == NONE || c < that ||
            w[c].upos != "VERB") {
            continue;
        }
        // (Or the clause is already the verb's complement, with "that" an oblique of it:
        // "warned customers that journeys would take ...", "customers" the indirect object.)
        const bool complement = w[c].deprel == "ccomp" && w[that].deprel == "obl";
        if (!complement &&
            (w[c].deprel != "acl:relcl" || noun == NONE || w[noun].deprel != "obj" ||
             verb == NONE || phraseEdges(w, noun).first > that ||
             !isOneOf(w[verb].lemma, {"warn", "tell", "remind", "assure", "inform", "notify",
                                      "advise", "convince", "persuade", "promise", "reassure"}))) {
            continue;
        }
        // The clause's own subject, before its verb and after "that".
        const bool subject = hasChild(w, c, [](const std::string& r) {
            return r == "nsubj" || r == "nsubj:pass" || r == "expl";
        });
        std::size_t before = that + 1;
        while (before < c && headOf(w, before) != c) {
            ++before;
        }
        if (!subject || before == c ||
            (!w[before].deprel.starts_with("nsubj") && w[before].deprel != "expl")) {
            continue;
        }
        w[that].head = static_cast<int>(c) + 1;
        w[that].deprel = "mark";
        w[that].upos = "SCONJ";
        w[that].xpos = "IN";
        if (!complement) {
            w[c].head = static_cast<int>(verb) + 1;
            w[c].deprel = "ccomp";
        }
        ++mended;
    }
    return mended;
}

// A "that" clause of a noun whose subject a participle modifies, parsed as a relative clause of
// the participle: "a requirement that phones sold in the country contain 40% local parts" with
// "sold" a relative clause of "requirement" ("that" its object, "phones" its subject) and
// "contain" hung elsewhere without a subject. "that" marks the later verb's clause, the noun
// is its subject and the participle the noun's modifier; the clause is the noun's. How many it
// mended.
std::size_t thatClauseWithAParticipleInItsSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t r = 3; r + 1 < w.size(); ++r) {
        const std::size_t noun = headOf(w, r);
        if (w[r].deprel != "acl:relcl" || w[r].xpos != "VBN" || noun == NONE || noun + 3 > r ||
            lowercaseAscii(w[noun + 1].form) != "that" || headOf(w, noun + 1) != r ||
            w[noun + 1].deprel != "obj") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t that = noun + 1;
        const std::size_t subject = r - 1;
        if (headOf(w, subject) != r || !w[subject].deprel.starts_with("nsubj") ||
            !isOneOf(w[subject].upos, {"NOUN", "PROPN"}) ||
            phraseEdges(w, subject).first != that + 1) {
            continue;
        }
        // The clause's own verb: the first verb after the participle's phrase, with no subject.
        const std::size_t x = phraseEdges(w, r).second + 1;
        if (x >= w.size() || w[x].upos != "VERB" ||
            !isOneOf(w[x].xpos, {"VBP", "VB", "VBZ", "VBD"}) ||
            hasChild(w, x, [](const std::string& rel) { return rel.starts_with("nsubj"); }) ||
            dominates(w, x, noun)) {
            continue;
        }
        w[x].head = static_cast<int>(noun) + 1;
        w[x].deprel = "acl";
        if (w[x].xpos == "VB") {
            w[x].xpos = "VBP"; // (a present tense with its subject)
        }
        w[that].head = static_cast<int>(x) + 1;
        w[that].deprel = "mark";
        w[that].upos = "SCONJ";
        w[that].xpos = "IN";
        w[subject].head = static_cast<int>(x) + 1;
        w[subject].deprel = "nsubj";
        w[r].head = static_cast<int>(subject) + 1;
        w[r].deprel = "acl";
        ++mended;
    }
    return mended;
}

// A "that" clause whose marker the parse made the object of the verb before it, with the
// clause's subject the marker's own object and the clause's verb a modifier of that subject:
// "warned that thousands of businesses relied on such transfers" with "relied" a clause on
// "thousands". "that" marks the clause, the clause is the verb's complement and the noun its
// subject. How many it mended.
std::size_t thatTakenForAnObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t that = 1; that + 2 < w.size(); ++that) {
        const std::size_t verb = headOf(w, that);
        if (w[that].deprel != "obj" || w[that].upos != "SCONJ" ||
            lowercaseAscii(w[that].form) != "that" || verb == NONE || verb > that ||
            w[verb].upos != "VERB") {
            continue;
        }
        const std::size_t noun = lastChildBefore(
            w, that, w.size(), [](const std::string& r) { return r == "obj" || r == "nsubj"; });
        if (noun == NONE || !isOneOf(w[noun].upos, {"NOUN", "PROPN", "PRON", "NUM"})) {
            continue;
        }
        std::size_t clause = NONE;
        for (std::size_t k = noun + 1; k < w.size() && clause == NONE; ++k) {
            // (or a participle, with no auxiliary, that is a past tense here: "relied")
            if (headOf(w, k) == noun && w[k].deprel.starts_with("acl") &&
                (isOneOf(w[k].xpos, {"VBD", "VBZ", "VBP", "MD"}) ||
                 (w[k].xpos == "VBN" &&
                  !hasChild(w, k, [](const std::string& r) { return r.starts_with("aux"); })))) {
                clause = k;
            }
        }
        if (clause == NONE) {
            continue;
        }
        if (w[clause].xpos == "VBN") {
            w[clause].xpos = "VBD";
        }
        w[clause].head = static_cast<int>(verb) + 1;
        w[clause].deprel = "ccomp";
        w[that].head = static_cast<int>(clause) + 1;
        w[that].deprel = "mark";
        w[noun].head = static_cast<int>(clause) + 1;
        w[noun].deprel = "nsubj";
        ++mended;
    }
    return mended;
}

// A clause right after a verb of saying or fearing that has no complement, which the parse hung
// elsewhere as a side clause: "protested against the project because they fear it will use too
// much water" with "use" a parataxis of "protested". A clause with its own subject and no
// punctuation between is what the verb says or fears (`ccomp`). How many it moved.
std::size_t clauseAfterAVerbOfSaying(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t v = 1; v < w.size(); ++v) {
        if (w[v].upos != "VERB" || !isOneOf(w[v].deprel, {"parataxis", "conj", "dep"})) {
            continue; // (the cheap test first: this runs for every word)
        }
        const std::size_t start = phraseEdges(w, v).first;
        const std::size_t say = start == 0 ? NONE : start - 1;
        if (say == NONE || w[v].upos != "VERB" ||
            !isOneOf(w[v].deprel, {"parataxis", "conj", "dep"}) || headOf(w, v) == say ||
            w[say].upos != "VERB" ||
            !isOneOf(w[say].lemma, {"say", "think", "believe", "fear", "worry", "hope", "expect",
                                    "warn", "argue", "claim", "suspect", "insist", "know"}) ||
            hasChild(w, say, [](const std::string& r) {
                return r == "obj" || r == "ccomp" || r == "xcomp";
            })) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, v, v, [](const std::string& r) { return r.starts_with("nsubj"); });
        if (subject == NONE || start != phraseEdges(w, subject).first ||
            hasChild(w, v, [](const std::string& r) { return r == "cc" || r == "mark"; }) ||
            dominates(w, v, say)) {
            continue;
        }
        w[v].head = static_cast<int>(say) + 1;
        w[v].deprel = "ccomp";
        ++moved;
    }
    return moved;
}

// A subject pronoun that the parse made the object of a verb of saying, with a finite verb
// after it (past adverbs) as that verb's open complement: "saying it likely violated free
// speech rights" with "it" the object of "saying" and "violated" its open complement (or a
// side clause of another verb). The pronoun is the later verb's subject and that verb what the
// first one says (`ccomp`). How many it mended.
std::size_t subjectPronounTakenForAnObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 1; p + 1 < w.size(); ++p) {
        const std::size_t say = headOf(w, p);
        if (w[p].deprel != "obj" || w[p].upos != "PRON" || say == NONE || say > p ||
            !isOneOf(lowercaseAscii(w[p].form), {"it", "he", "she", "they", "we", "i"}) ||
            !isOneOf(w[say].lemma, {"say", "think", "believe", "fear", "warn", "argue", "claim",
                                    "insist", "add", "note", "complain", "allege"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        std::size_t v = p + 1;
        while (v < w.size() && w[v].upos == "ADV") {
            ++v;
        }
        // (or hung elsewhere as a side clause with no subject of its own)
        const auto own = [](const std::string& r) {
            return r.starts_with("nsubj") || r == "cc" || r == "mark";
        };
        if (v == w.size() || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP", "MD"}) ||
            !((headOf(w, v) == say && w[v].deprel == "xcomp") ||
              (isOneOf(w[v].deprel, {"parataxis", "dep", "conj"}) && !hasChild(w, v, own) &&
               !dominates(w, v, say)))) {
            continue;
        }
        w[v].head = static_cast<int>(say) + 1;
        w[p].head = static_cast<int>(v) + 1;
        w[p].deprel = "nsubj";
        w[v].deprel = "ccomp";
        ++mended;
    }
    return mended;
}

// A participle of saying after a comma that the parse hung inside a relative clause (or on a
// complement of one): "blocked a state law that would have required companies to verify the
// ages of their users, saying it violated free speech" with "saying" on "verify". The law
// says nothing: the participle is the adverbial of the verb the relative clause's noun
// belongs to. How many it moved.
std::size_t sayingHungInsideARelativeClause(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t g = 2; g < w.size(); ++g) {
        if (w[g].xpos != "VBG" || w[g].deprel != "advcl" || w[g - 1].form != "," ||
            !isOneOf(w[g].lemma, {"say", "add", "argue", "claim", "cite", "warn", "note"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // Up from the participle's head through open complements to a relative clause.
        std::size_t r = headOf(w, g);
        while (r != NONE && w[r].deprel == "xcomp") {
            r = headOf(w, r);
        }
        if (r == NONE || w[r].deprel != "acl:relcl") {
            continue;
        }
        const std::size_t noun = headOf(w, r);
        const std::size_t verb = noun == NONE ? NONE : headOf(w, noun);
        if (verb == NONE || w[verb].upos != "VERB" || verb > g ||
            !isOneOf(w[noun].deprel, {"obj", "obl"})) {
            continue;
        }
        // (Only a clause whose subject is "that" or "which": one whose own subject is a person
        // or a body may say it, "a judge who ruled against them, saying ...".)
        const std::size_t relSubject =
            lastChildBefore(w, r, r, [](const std::string& rel) { return rel == "nsubj"; });
        if (relSubject == NONE || !isOneOf(lowercaseAscii(w[relSubject].form), {"that", "which"})) {
            continue;
        }
        w[g].head = static_cast<int>(verb) + 1;
        ++moved;
    }
    return moved;
}

// A comparative clause after "than" parsed with "than" the case of its subject: "a smaller
// sum than the two companies had agreed" with "agreed" a relative clause of "sum" (whose object
// it would then be), "paid a higher price than analysts had expected" with "analysts" a noun
// of "price" and "expected" a subjectless clause. The noun is the clause's subject and "than"
// its marker, and a clause on the compared noun becomes an adverbial of its comparative
// adjective (or of the noun when it has none). How many it mended.
std::size_t comparativeClauseTakenForAPhrase(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t m = 1; m + 2 < w.size(); ++m) {
        const std::size_t c = headOf(w, m);
        if (w[m].deprel != "case" || c == NONE || c <= m || lowercaseAscii(w[m].form) != "than" ||
            !isOneOf(w[c].upos, {"NOUN", "PROPN", "PRON"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // The clause's verb: the one the noun is the subject of, or the verb right after the
        // noun's phrase (past its auxiliaries) that has no subject.
        std::size_t v = NONE;
        std::size_t compared = NONE;
        if (w[c].deprel.starts_with("nsubj") && headOf(w, c) > c &&
            isOneOf(w[headOf(w, c)].deprel, {"acl:relcl", "acl", "advcl"})) {
            v = headOf(w, c);
            compared = headOf(w, v);
        } else if (isOneOf(w[c].deprel, {"nmod", "obl"})) {
            std::size_t k = phraseEdges(w, c).second + 1;
            while (k < w.size() && w[k].upos == "AUX") {
                ++k;
            }
            if (k < w.size() && w[k].upos == "VERB" &&
                isOneOf(w[k].xpos, {"VBD", "VBN", "VBZ", "VBP"}) &&
                !hasChild(w, k, [](const std::string& r) { return r.starts_with("nsubj"); }) &&
                isOneOf(w[k].deprel, {"acl:relcl", "acl", "advcl"})) {
                v = k;
                compared = headOf(w, c);
            }
        }
        if (v == NONE || compared == NONE || dominates(w, v, compared)) {
            continue;
        }
        std::size_t head = compared;
        for (std::size_t a = 0; a < compared; ++a) {
            if (headOf(w, a) == compared && w[a].deprel == "amod" &&
                isOneOf(w[a].xpos, {"JJR", "RBR"})) {
                head = a;
            }
        }
        if (w[v].deprel != "advcl" || dominates(w, c, v)) { // (an adverbial of the verb stays)
            w[v].head = static_cast<int>(head) + 1;
            w[v].deprel = "advcl";
        }
        w[c].head = static_cast<int>(v) + 1;
        w[c].deprel = "nsubj";
        w[m].head = static_cast<int>(v) + 1;
        w[m].deprel = "mark";
        w[m].upos = "SCONJ";
        ++mended;
    }
    return mended;
}

// A participle clause after a comma that the parse hung on a noun deep in a prepositional
// phrase: "sell its unit to a group of five local companies for 2.4 billion dollars, ending
// nearly a century of production" with "ending" on "companies". Such a clause is an adverbial
// of the verb the phrase belongs to (EWT train, dev and test have one comma-opened "-ing"
// clause on a noun of a noun's phrase: "bugs within the code, arising from ..."). How many it
// moved.
std::size_t participleClauseOnADeepNoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        if (w[k].xpos != "VBG" || w[k].deprel != "acl" || w[k - 1].form != "," || noun == NONE ||
            noun > k || w[noun].deprel != "nmod" ||
            isOneOf(lowercaseAscii(w[k].form),
                    {"including", "according", "following", "regarding", "excluding"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        std::size_t v = headOf(w, noun);
        for (int steps = 0; v != NONE && w[v].upos != "VERB" && steps < 6; ++steps) {
            v = headOf(w, v);
        }
        if (v == NONE || w[v].upos != "VERB" || v > k) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "advcl";
        ++moved;
    }
    return moved;
}

// A subject whose last conjunct the parse gave to the verb, with the subject's head the root:
// "Unions in Italy and the United States had criticised Tavares" parsed as "Unions in Italy"
// (the root) and "the United States had criticised ..." (its conjunct). The verb is the root,
// the noun its subject and the name a conjunct of the noun before "and". Whether it mended.
bool subjectsLastConjunctTakenForTheSubject(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    // (Not a predicate noun, "China has been a great help ... and Bush is hoping ...", nor an
    // existential one, "there will not be peace ... and the Palestinians will suffer".)
    if (r == NONE || !isOneOf(w[r].upos, {"NOUN", "PROPN"}) ||
        hasChild(w, r, [](const std::string& rel) {
            return rel == "cop" || rel.starts_with("nsubj") || rel == "expl" ||
                   rel.starts_with("aux");
        })) {
        return false;
    }
    for (std::size_t v = r + 1; v < w.size(); ++v) {
        if (headOf(w, v) != r || w[v].deprel != "conj" || w[v].upos != "VERB") {
            continue;
        }
        const std::size_t subject = lastChildBefore(
            w, v, v, [](const std::string& rel) { return rel.starts_with("nsubj"); });
        if (subject == NONE || !isOneOf(w[subject].upos, {"NOUN", "PROPN"})) {
            return false;
        }
        const std::size_t start = phraseEdges(w, subject).first;
        if (start < 2 || w[start - 1].deprel != "cc" || headOf(w, start - 1) != v) {
            return false;
        }
        const std::size_t m = start - 2;
        if (!isOneOf(w[m].upos, {"NOUN", "PROPN"}) || !dominates(w, r, m) || m == r ||
            dominates(w, subject, m)) {
            return false;
        }
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            if (headOf(w, k) == r) {
                w[k].head = static_cast<int>(v) + 1; // (the closing punctuation)
            }
        }
        w[v].head = 0;
        w[v].deprel = "root";
        w[r].head = static_cast<int>(v) + 1;
        w[r].deprel = "nsubj";
        w[subject].head = static_cast<int>(m) + 1;
        w[subject].deprel = "conj";
        w[start - 1].head = static_cast<int>(subject) + 1;
        return true;
    }
    return false;
}

// The reported clause of a verb of saying hung on the day of the report as a relative clause:
// "OpenAI said on Wednesday it had raised 6.6 billion dollars" with "raised" on "Wednesday". A
// clause with a subject and no relative word, on a weekday the verb's oblique names, is the
// verb's complement. How many it moved.
std::size_t clauseOnTheDayOfAReport(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 2; r < w.size(); ++r) {
        const std::size_t day = headOf(w, r);
        if (w[r].deprel != "acl:relcl" || day == NONE || day > r || w[day].deprel != "obl" ||
            !weekday(lowercaseAscii(w[day].form))) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t say = headOf(w, day);
        if (say == NONE || say > day || w[say].upos != "VERB" ||
            !isOneOf(w[say].lemma, {"say", "announce", "report", "tell", "confirm", "disclose"}) ||
            hasChild(w, say, [](const std::string& rel) { return rel == "ccomp"; })) {
            continue;
        }
        bool subject = false;
        bool relative = false;
        for (std::size_t c = day + 1; c < r; ++c) {
            if (headOf(w, c) == r) {
                subject = subject || w[c].deprel.starts_with("nsubj");
                relative = relative || isOneOf(w[c].xpos, {"WDT", "WP", "WP$", "WRB"});
            }
        }
        if (!subject || relative) {
            continue;
        }
        w[r].head = static_cast<int>(say) + 1;
        w[r].deprel = "ccomp";
        ++moved;
    }
    return moved;
}

// A relative clause whose relative word is its subject, hung on the day right after a verb's
// object or on the verb as its complement: "reached a deal on Monday that returned ESPN to 15
// million subscribers" with "returned" on "Monday" or on "reached". A day does nothing, and a
// verb with an object takes no "that" clause whose "that" is the subject; the clause is the
// object's. How many it moved.
std::size_t relativeClauseOnTheDayAfterAnObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    const auto dayWord = [&](std::size_t d) {
        const std::string lower = lowercaseAscii(w[d].form);
        return weekday(lower) || lower == "today" || lower == "yesterday";
    };
    for (std::size_t r = 2; r < w.size(); ++r) {
        const std::size_t up = headOf(w, r);
        if (up == NONE || up > r || !isOneOf(w[r].deprel, {"acl:relcl", "ccomp"})) {
            continue;
        }
        // (the relative word right before the verb, or before its auxiliaries)
        std::size_t relative = NONE;
        for (std::size_t c = up + 1; c < r; ++c) {
            if (headOf(w, c) == r && w[c].deprel.starts_with("nsubj") &&
                isOneOf(lowercaseAscii(w[c].form), {"that", "which"})) {
                relative = c;
            }
        }
        if (relative == NONE) {
            continue;
        }
        std::size_t verb = NONE;
        std::size_t day = NONE;
        if (w[r].deprel == "acl:relcl" && w[up].deprel == "obl" && dayWord(up)) {
            day = up;
            verb = headOf(w, up);
        } else if (w[r].deprel == "ccomp" && w[up].upos == "VERB") {
            verb = up;
            for (std::size_t c = up + 1; c < relative; ++c) {
                if (headOf(w, c) == up && w[c].deprel == "obl" && dayWord(c)) {
                    day = c;
                }
            }
        }
        if (verb == NONE || day == NONE || !dominates(w, day, relative - 1) ||
            dominates(w, r, relative - 1)) {
            continue;
        }
        std::size_t object = NONE;
        for (std::size_t o = verb + 1; o < day; ++o) {
            if (headOf(w, o) == verb && w[o].deprel == "obj") {
                object = o;
            }
        }
        if (object == NONE || phraseEdges(w, object).second + 1 != phraseEdges(w, day).first) {
            continue;
        }
        w[r].head = static_cast<int>(object) + 1;
        w[r].deprel = "acl:relcl";
        ++moved;
    }
    return moved;
}

// A past participle with its noun before it, parsed as a relative clause with no relative word
// whose subject is that noun, far from the noun the clause was hung on: "seeking to build and
// run a 110-megawatt plant partly paid for with EU funds" with "paid" a relative clause of
// "part" and "plant" its subject. A relative clause with no relative word has its subject right
// after its noun; this is the participle of the noun before it, and the noun the object of the
// verb before it that has none. How many it mended.
std::size_t participleTakenForARelativeClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t head = headOf(w, v);
        if (w[v].deprel != "acl:relcl" || w[v].xpos != "VBD" || head == NONE || head > v ||
            hasChild(w, v, [](const std::string& r) {
                return r == "obj" || r.starts_with("aux") || r == "mark";
            })) {
            continue;
        }
        std::size_t noun = NONE;
        for (std::size_t c = head + 1; c < v; ++c) {
            if (headOf(w, c) == v && w[c].deprel == "nsubj") {
                noun = c;
            }
        }
        if (noun == NONE || w[noun].upos != "NOUN") {
            continue;
        }
        // (adjacent to the clause's noun, it is a true relative clause: "the deal Biden signed")
        const auto [first, last] = phraseEdges(w, noun);
        if (phraseEdges(w, head).first > first || first <= head + 1 ||
            !dominates(w, head, first - 1)) {
            continue;
        }
        bool onlyAdverbs = true;
        for (std::size_t c = last + 1; c < v; ++c) {
            onlyAdverbs = onlyAdverbs && w[c].upos == "ADV";
        }
        std::size_t verb = NONE;
        for (std::size_t c = first; c-- > head + 1 && verb == NONE;) {
            if (w[c].upos == "VERB" &&
                !hasChild(w, c, [](const std::string& r) { return r == "obj"; })) {
                verb = c;
            }
        }
        if (!onlyAdverbs || verb == NONE || !dominates(w, head, verb)) {
            continue;
        }
        // (first - 1 must be the verb's or inside its phrase: nothing else between)
        bool verbsOwn = true;
        for (std::size_t c = verb + 1; c < first; ++c) {
            verbsOwn = verbsOwn && dominates(w, verb, c) && w[c].upos != "NOUN";
        }
        if (!verbsOwn) {
            continue;
        }
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "obj";
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl";
        w[v].xpos = "VBN";
        ++mended;
    }
    return mended;
}

// "as" and a noun phrase after a verb, parsed as the marker of that verb with the noun a
// conjunct elsewhere: "appointed Simon Trott, the head of its iron ore business, as chief
// executive on Tuesday, replacing Jakob Stausholm" with "as" a mark of "appointed" (a marker
// comes before its clause). "as" is the noun's preposition and the noun the verb's oblique; a
// participle after a comma that hung on the noun is the verb's. How many it mended.
std::size_t asPhraseTakenForAMarker(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t verb = headOf(w, k);
        if (lowercaseAscii(w[k].form) != "as" || w[k].deprel != "mark" || verb == NONE ||
            verb > k || w[verb].upos != "VERB") {
            continue;
        }
        std::size_t noun = k + 1;
        // (a possessive too: "as its chief executive")
        while (noun < w.size() &&
               (isOneOf(w[noun].upos, {"DET", "ADJ"}) || w[noun].xpos == "PRP$")) {
            ++noun;
        }
        while (noun + 1 < w.size() && w[noun].upos == "NOUN" && w[noun + 1].upos == "NOUN") {
            ++noun;
        }
        if (noun >= w.size() || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            dominates(w, noun, verb) || hasChild(w, noun, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "cop" || r.starts_with("aux");
            })) {
            continue;
        }
        for (std::size_t c = noun + 2; c < w.size(); ++c) {
            if (headOf(w, c) == noun && w[c].deprel == "acl" && w[c].xpos == "VBG" &&
                w[c - 1].form == ",") {
                w[c].head = static_cast<int>(verb) + 1;
                w[c].deprel = "advcl";
            }
        }
        w[k].head = static_cast<int>(noun) + 1;
        w[k].deprel = "case";
        w[k].upos = "ADP";
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A to-infinitive right after an object noun that takes one, which the parse hung on the verb
// as its purpose: "reflects efforts by Apple to reduce their dependence on China" with
// "reduce" an adverbial of "reflects" (the investment would reduce). After a noun of trying,
// planning, deciding, being able or allowed, the infinitive is the noun's (`acl`), as EWT has
// it. How many it moved.
std::size_t infinitiveOfItsNoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t to = 1; to + 1 < w.size(); ++to) {
        const std::size_t v = to + 1;
        const std::size_t verb = headOf(w, v);
        if (lowercaseAscii(w[to].form) != "to" || headOf(w, to) != v || w[to].deprel != "mark" ||
            w[v].xpos != "VB" || w[v].deprel != "advcl" || verb == NONE || verb > to) {
            continue;
        }
        const std::size_t object =
            lastChildBefore(w, verb, to, [](const std::string& r) { return r == "obj"; });
        if (object == NONE || phraseEdges(w, object).second + 1 != to ||
            !isOneOf(w[object].lemma,
                     {"effort",      "attempt",  "bid",        "plan",      "push",
                      "decision",    "ability",  "need",       "pledge",    "promise",
                      "commitment",  "proposal", "permission", "right",     "chance",
                      "opportunity", "way",      "power",      "authority", "request",
                      "offer",       "option",   "obligation", "intention", "willingness",
                      "refusal",     "failure",  "strategy",   "desire",    "approval"})) {
            continue;
        }
        w[v].head = static_cast<int>(object) + 1;
        w[v].deprel = "acl";
        ++moved;
    }
    return moved;
}

// "whether or not" opening a clause is one marker, as EWT writes it: "clarify whether or not
// such vulnerabilities existed" had "not" on "vulnerabilities". How many it mended.
std::size_t whetherOrNot(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) {
        if (lowercaseAscii(w[k].form) != "whether" || w[k].deprel != "mark" ||
            lowercaseAscii(w[k + 1].form) != "or" || lowercaseAscii(w[k + 2].form) != "not") {
            continue;
        }
        for (std::size_t f = k + 1; f <= k + 2; ++f) {
            for (Token& t : w) { // (nothing hangs on the two words but what they take along)
                if (t.head == static_cast<int>(f) + 1) {
                    t.head = w[f].head;
                }
            }
            w[f].head = static_cast<int>(k) + 1;
            w[f].deprel = "fixed";
        }
        ++mended;
    }
    return mended;
}

// The dependents of `from` among words [begin, end), but those `skip` keeps, go to verb `to`
// as its phrases: a noun's `nmod` becomes the verb's `obl`. For a word found to head none of
// them ("would raise *pay* by 34%": "by 34%" is the raising's).
template <typename Skip>
void phrasesToTheVerb(std::vector<Token>& w, std::size_t from, std::size_t to, std::size_t begin,
                      std::size_t end, Skip skip) {
    for (std::size_t m = begin; m < end && m < w.size(); ++m) {
        if (headOf(w, m) == from && !skip(w[m])) {
            w[m].head = static_cast<int>(to) + 1;
            w[m].deprel = w[m].deprel == "nmod" ? "obl" : w[m].deprel;
        }
    }
}

// Noun `k`, read as a verb after all, heads an adverbial clause with `subject` and the marker
// at `c` ("as", "while"): a present tense (its form its lemma) that keeps its head.
void nounAsAClausesVerb(std::vector<Token>& w, std::size_t c, std::size_t k, std::size_t subject) {
    w[subject].deprel = "nsubj";
    w[c].deprel = "mark";
    w[c].upos = "SCONJ";
    w[k].upos = "VERB";
    w[k].xpos = "VBP";
    w[k].lemma = w[k].form;
    w[k].deprel = "advcl";
}

// The last word of a phrase that a subordinator opens, read as a singular noun after a plural
// one although it is a known verb's base form: "replace revenue lost as its Covid vaccine sales
// *decline*" with "decline" an oblique noun. The word is the clause's present tense, the plural
// noun its subject and the subordinator its marker. How many it mended.
std::size_t verbClosingAClause(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t subject = k - 1;
        const bool last = k + 1 == w.size() || w[k + 1].upos == "PUNCT";
        if (!last || w[k].xpos != "NN" || w[subject].xpos != "NNS" || headOf(w, subject) != k ||
            w[subject].deprel != "compound" || !isOneOf(w[k].deprel, {"obl", "nmod"}) ||
            lowercaseAscii(w[k].form) != w[k].form || !lemmas.knownVerb(w[k].form)) {
            continue;
        }
        const std::size_t c =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "case"; });
        if (c == NONE || !isOneOf(lowercaseAscii(w[c].form),
                                  {"as", "while", "because", "since", "until", "once", "when",
                                   "after", "before", "if", "unless", "though", "although"})) {
            continue;
        }
        for (std::size_t m = c + 1; m < subject; ++m) {
            if (headOf(w, m) == k) {
                w[m].head = static_cast<int>(subject) + 1;
            }
        }
        nounAsAClausesVerb(w, c, k, subject);
        ++mended;
    }
    return mended;
}

// The same with the subject's "of" phrase before the verb: "as sales of beer fall in Europe"
// with "fall" the head of "of beer" (a noun that is also a verb, lower case, after a noun, with
// only a preposition or the clause's end after it). The plural noun is the verb's subject, the
// marker the verb's, the "of" noun the subject's again, and what hung on the subject after the
// verb the verb's. How many it mended.
std::size_t verbAfterItsSubjectsOfPhrase(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t subject = headOf(w, k);
        const std::size_t ofNoun = k - 1;
        if (w[k].xpos != "NN" || w[k].deprel != "nmod" || subject == NONE || subject >= ofNoun ||
            w[subject].xpos != "NNS" || w[ofNoun].upos != "NOUN" || headOf(w, ofNoun) != k ||
            lowercaseAscii(w[k].form) != w[k].form ||
            !(k + 1 == w.size() || isOneOf(w[k + 1].upos, {"ADP", "PUNCT"}))) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t of =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "case"; });
        const std::size_t c =
            lastChildBefore(w, subject, subject, [](const std::string& r) { return r == "case"; });
        const std::size_t h = headOf(w, subject);
        if (of == NONE || lowercaseAscii(w[of].form) != "of" || c == NONE || h == NONE ||
            !isOneOf(w[subject].deprel, {"obl", "nmod"}) ||
            !isOneOf(lowercaseAscii(w[c].form), {"as", "while", "because", "since", "until", "once",
                                                 "when", "after", "before"}) ||
            !lemmas.knownVerb(w[k].form)) {
            continue;
        }
        for (std::size_t m = of; m < ofNoun; ++m) {
            if (headOf(w, m) == k) {
                w[m].head = static_cast<int>(ofNoun) + 1;
            }
        }
        w[ofNoun].head = static_cast<int>(subject) + 1;
        w[ofNoun].deprel = "nmod";
        phrasesToTheVerb(w, subject, k, k + 1, w.size(),
                         [](const Token& t) { return t.upos == "PUNCT"; });
        nounAsAClausesVerb(w, c, k, subject);
        w[c].head = static_cast<int>(k) + 1;
        w[k].head = static_cast<int>(h) + 1;
        w[subject].head = static_cast<int>(k) + 1;
        ++mended;
    }
    return mended;
}

// A noun read as a participle of the plural noun right before it, in a phrase opened by a
// determiner or possessive: "cut its sales *forecast* for next year" with "forecast" a clause on
// "sales". A form that is a noun (`isNoun`) and no regular participle, with no object or agent,
// heads the phrase, the plural noun its compound. (Not one with a particle or an adverb: "the
// conditions set forth in the resolution".) How many it mended.
template <typename IsNoun>
std::size_t nounTakenForAParticiple(std::vector<Token>& w, IsNoun isNoun) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t noun = k - 1;
        if (w[k].xpos != "VBN" || w[k].deprel != "acl" || headOf(w, k) != noun ||
            w[noun].xpos != "NNS") {
            continue; // (the cheap test first: this runs for every word)
        }
        const std::string lower = lowercaseAscii(w[k].form);
        if (lower.ends_with("ed") || lower.ends_with("en") || !isNoun(lower) ||
            hasChild(w, k, [](const std::string& r) {
                return r == "obj" || r == "obl:agent" || r.starts_with("aux") || r == "ccomp" ||
                       r == "compound:prt" || r == "advmod" || r == "xcomp";
            })) {
            continue;
        }
        const std::size_t opener = lastChildBefore(
            w, noun, noun, [](const std::string& r) { return r == "det" || r == "nmod:poss"; });
        if (opener == NONE) {
            continue;
        }
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (c != k && headOf(w, c) == noun) {
                w[c].head = static_cast<int>(k) + 1;
            }
            if (c > k && headOf(w, c) == k && w[c].deprel == "obl") {
                w[c].deprel = "nmod";
            }
        }
        w[k].head = w[noun].head;
        w[k].deprel = w[noun].deprel;
        w[k].upos = "NOUN";
        w[k].xpos = "NN";
        w[k].lemma = lower;
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "compound";
        ++mended;
    }
    return mended;
}

// A noun phrase between a name's comma and the rest of the sentence, which the parse hung
// elsewhere with no preposition of its own: "take control of Nexperia, a chipmaker owned by
// Wingtech" with "chipmaker" an oblique of "take", "is an investor in Anthropic, a rival of
// OpenAI" with "rival" an apposition of "investor". A phrase opened by "a", "an" or "the" right
// after a name and a comma is the name's apposition; so is a bare oblique opened by "a" or "an"
// ("to buy Avidity Biosciences, a U.S. company developing ..., for 12 billion dollars", not
// "..., the day before"). How many it moved.
std::size_t appositionAfterAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t d = 2; d + 1 < w.size(); ++d) {
        const std::size_t noun = headOf(w, d);
        if (w[d].deprel != "det" || !isOneOf(lowercaseAscii(w[d].form), {"a", "an", "the"}) ||
            w[d - 1].form != "," || w[d - 2].upos != "PROPN" || noun == NONE || noun < d ||
            w[noun].upos != "NOUN" ||
            !isOneOf(w[noun].deprel, {"obl", "obl:unmarked", "nmod", "dep", "appos"}) ||
            hasChild(w, noun, [](const std::string& r) { return r == "case"; }) ||
            (w[noun].deprel == "obl:unmarked" && lowercaseAscii(w[d].form) == "the")) {
            continue;
        }
        const std::size_t name = nameHead(w, d - 2); // "Nexperia", "Wingtech" of "... Technology"
        // (An apposition moves only off a predicate noun whose phrase holds the name: "Amazon
        // is an investor in Anthropic, a rival of OpenAI" describes Anthropic, as the subject
        // has its description already; "statues of David, a bronze one" stays.)
        const std::size_t up = headOf(w, noun);
        if (dominates(w, noun, name) || !isOneOf(w[name].upos, {"PROPN"}) || up == name ||
            (w[noun].deprel == "appos" &&
             (up == NONE || !dominates(w, up, name) ||
              !hasChild(w, up, [](const std::string& r) { return r == "cop"; })))) {
            continue;
        }
        w[noun].head = static_cast<int>(name) + 1;
        w[noun].deprel = "appos";
        w[d - 1].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// A name split by a relative clause with no relative word, its last word taken for the
// clause's subject, on a noun at the root: "Shares of Arm Holdings jumped 25 percent" parsed as
// "shares of Arm [that] Holdings jumped". The name is whole again and its noun the subject of
// the verb, which heads the sentence. How many it mended.
std::size_t nameSplitByARelativeClause(std::vector<Token>& w) {
    const std::size_t noun = rootOf(w);
    if (noun == NONE || w[noun].upos != "NOUN") {
        return 0;
    }
    for (std::size_t v = noun + 1; v < w.size(); ++v) {
        if (headOf(w, v) != noun || w[v].deprel != "acl:relcl" ||
            !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"})) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, v, v, [](const std::string& r) { return r.starts_with("nsubj"); });
        if (subject == NONE || subject == 0 || w[subject].upos != "PROPN" ||
            w[subject - 1].upos != "PROPN" || w[subject - 1].deprel != "nmod" ||
            headOf(w, subject - 1) != noun || phraseEdges(w, subject).first != subject) {
            continue;
        }
        w[subject].head = static_cast<int>(subject - 1) + 1;
        w[subject].deprel = "flat";
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            if (headOf(w, k) == noun) {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = 0;
        w[v].deprel = "root";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        return 1;
    }
    return 0;
}

// A relative clause opened by "who" or "which" after a comma that the parse hung on a verb:
// "had chosen a successor to Bob Iger, who returned as chief executive" with "returned" a
// relative clause of "chosen". A verb takes no relative clause; the noun or name right before
// the comma does. How many it moved.
std::size_t relativeClauseOnAVerb(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 2; r + 1 < w.size(); ++r) {
        const std::size_t v = headOf(w, r);
        if (w[r - 1].form != "," || !isOneOf(lowercaseAscii(w[r].form), {"who", "which"}) ||
            v == NONE || v < r || w[v].deprel != "acl:relcl") {
            continue;
        }
        const std::size_t h = headOf(w, v);
        if (h == NONE || !isOneOf(w[h].upos, {"VERB", "AUX"})) {
            continue;
        }
        const std::size_t noun = nameHead(w, r - 2); // the noun before the comma ("Bob Iger")
        // ("which" after a place's phrase is seldom the place's: "founded the monastery ... at
        // Conception, which was erected into an abbey" is left alone.)
        const bool place =
            lowercaseAscii(w[r].form) == "which" &&
            hasChild(w, noun, [](const std::string& rel) { return rel == "case"; }) &&
            std::any_of(w.begin(), w.end(), [&](const Token& t) {
                return headOf(w, static_cast<std::size_t>(&t - w.data())) == noun &&
                       t.deprel == "case" &&
                       isOneOf(lowercaseAscii(t.form), {"at", "in", "on", "near", "from"});
            });
        if (!isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || dominates(w, v, noun) || place) {
            continue;
        }
        w[v].head = static_cast<int>(noun) + 1;
        w[r - 1].head = static_cast<int>(v) + 1;
        ++moved;
    }
    return moved;
}

// The subject of a clause after a verb of believing taken for the verb's object, with the
// clause's predicate hung elsewhere: "believed its use of the material was legal" with "use" the
// object of "believed" and "legal" a complement of the sentence's first verb (also with a phrase
// set off by commas between). The noun is the predicate's subject and the clause the verb's
// complement. How many it mended.
std::size_t objectTakenForAClausesSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 0; v + 2 < w.size(); ++v) {
        if (w[v].upos != "VERB" ||
            !isOneOf(w[v].lemma, {"believe", "think", "say", "argue", "claim", "fear", "hope",
                                  "know", "suggest", "warn", "insist", "conclude"})) {
            continue;
        }
        const std::size_t object =
            lastChildBefore(w, v, w.size(), [](const std::string& r) { return r == "obj"; });
        if (object == NONE || object < v) {
            continue;
        }
        // (Past the comma that closes a phrase set off inside the noun's: "said the wind farm,
        // called Sea Breeze 2, will power ...".)
        const auto [first, last] = phraseEdges(w, object);
        std::size_t next = last + 1;
        if (next + 1 < w.size() && w[next].form == "," &&
            std::any_of(w.begin() + static_cast<std::ptrdiff_t>(first),
                        w.begin() + static_cast<std::ptrdiff_t>(last),
                        [](const Token& t) { return t.form == ","; })) {
            ++next;
        }
        const std::size_t predicate = next < w.size() ? headOf(w, next) : NONE;
        if (predicate == NONE || w[next].upos != "AUX" ||
            !isOneOf(w[next].deprel, {"cop", "aux", "aux:pass"}) || predicate <= next ||
            (dominates(w, v, predicate) && headOf(w, predicate) != v) ||
            dominates(w, predicate, v) ||
            !isOneOf(w[predicate].deprel, {"ccomp", "parataxis", "conj", "dep", "advcl"}) ||
            hasChild(w, predicate, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "mark" || r == "cc";
            })) {
            continue;
        }
        w[object].head = static_cast<int>(predicate) + 1;
        w[object].deprel = w[next].deprel == "aux:pass" ? "nsubj:pass" : "nsubj";
        w[predicate].head = static_cast<int>(v) + 1;
        w[predicate].deprel = "ccomp";
        ++mended;
    }
    return mended;
}

// A relative clause with a plural verb hung on a singular name inside a plural noun's phrase
// belongs to the plural noun: "companies in China that help Moscow acquire weapons" with
// "help" on "China". How many it moved.
std::size_t pluralRelativeClauseOnAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t c = 0; c < w.size(); ++c) {
        const std::size_t name = headOf(w, c);
        const std::size_t noun = headOf(w, name);
        if (w[c].deprel != "acl:relcl" || name == NONE || noun == NONE || noun > name ||
            w[name].xpos != "NNP" || w[name].deprel != "nmod" || w[noun].xpos != "NNS") {
            continue;
        }
        // The clause's verb, or its auxiliary, agrees with a plural: "help", "are", "have".
        bool plural = w[c].xpos == "VBP";
        for (std::size_t k = 0; k < c; ++k) {
            if (headOf(w, k) == c && w[k].deprel.starts_with("aux")) {
                plural = plural || w[k].xpos == "VBP" ||
                         isOneOf(lowercaseAscii(w[k].form), {"were", "are", "have"});
            }
        }
        if (!plural) {
            continue;
        }
        w[c].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// The first of two names joined by "and" that open a new clause, taken for a conjunct of a noun
// in the clause before: "The government asked the European Union for help, and *Italy* and
// France sent planes" with "Italy" joined to "help" and "France" alone the subject of "sent".
// The first name becomes the subject, the second its conjunct, and the "and" before the first
// the clause's. How many it rearranged.
std::size_t firstOfTwoSubjectsTakenForAConjunct(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t second = 4; second < w.size(); ++second) {
        const std::size_t v = headOf(w, second);
        const std::size_t and2 = second - 1;
        if (w[second].deprel != "nsubj" || w[second].upos != "PROPN" || v == NONE || v <= second ||
            lowercaseAscii(w[and2].form) != "and" || w[v].upos != "VERB" ||
            !isOneOf(w[v].deprel, {"conj", "parataxis"}) ||
            phraseEdges(w, second).first != second) {
            continue;
        }
        // The first name: one word or a name's words hanging on its last.
        const std::size_t end = and2 - 1;
        if (w[end].upos != "PROPN") {
            continue;
        }
        std::size_t first = end;
        while (first > 0 && w[first - 1].upos == "PROPN" && headOf(w, first - 1) == end) {
            --first;
        }
        const std::size_t joinedTo = headOf(w, end);
        if (first < 2 || w[end].deprel != "conj" || joinedTo == NONE || joinedTo >= first ||
            !isOneOf(w[joinedTo].upos, {"NOUN", "PROPN"}) ||
            lowercaseAscii(w[first - 1].form) != "and" || headOf(w, first - 1) != end) {
            continue;
        }
        const std::size_t and1 = first - 1;
        w[end].head = static_cast<int>(v) + 1;
        w[end].deprel = "nsubj";
        w[second].head = static_cast<int>(end) + 1;
        w[second].deprel = "conj";
        w[and2].head = static_cast<int>(second) + 1;
        w[and1].head = static_cast<int>(v) + 1;
        if (w[and1 - 1].form == "," && headOf(w, and1 - 1) == end) {
            w[and1 - 1].head = static_cast<int>(v) + 1;
        }
        ++changed;
    }
    return changed;
}

// A name after "and" that starts a new clause, taken for a conjunct of a noun in the clause
// before: "X jumped by the daily limit in Shenzhen and Yunnan Chihong Zinc & Germanium Co. also
// hit that mark" with the company joined to "Shenzhen" and "hit" left without a subject (or
// with the name's last word as its subject: "... before losing much of that advance and Yunnan
// Luoping Zinc & Electricity Co. rose 5%"). A finite verb right after the name (adverbs
// between) with no subject outside it takes the name as its subject and the "and"; the name's
// words hang on its last one; a verb joined as parataxis or an unmarked adverbial clause
// becomes a conjunct. How many it rearranged.
std::size_t clauseAfterAName(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        if (w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"})) {
            continue;
        }
        std::size_t end = v - 1; // the name's last word
        while (end > 0 && w[end].upos == "ADV" && headOf(w, end) == v) {
            --end;
        }
        if (w[end].upos != "PROPN") {
            continue;
        }
        std::size_t first = end;
        while (first > 0 && (w[first - 1].upos == "PROPN" || w[first - 1].form == "&")) {
            --first;
        }
        if (first < 2 || w[first].upos != "PROPN" || lowercaseAscii(w[first - 1].form) != "and") {
            continue;
        }
        const std::size_t cc = first - 1;
        // How the name's words hang outside it: as conjuncts of an earlier noun, or as the
        // verb's subject; any other subject of the verb leaves it alone.
        bool joined = false;
        bool other = false;
        for (std::size_t k = first; k <= end; ++k) {
            const std::size_t h = headOf(w, k);
            if (h != NONE && (h < first || h > end)) {
                if (w[k].deprel == "conj" && h < first &&
                    (w[h].upos == "PROPN" || w[h].upos == "NOUN")) {
                    joined = true;
                } else if (!(h == v && w[k].deprel == "nsubj")) {
                    other = true;
                }
            }
        }
        const bool subjectElsewhere = std::any_of(w.begin(), w.end(), [&](const Token& t) {
            const std::size_t k = static_cast<std::size_t>(&t - w.data());
            return headOf(w, k) == v && (k < first || k > end) &&
                   (t.deprel.starts_with("nsubj") || t.deprel == "expl");
        });
        const std::size_t up = headOf(w, v);
        if (!joined || other || subjectElsewhere || up == NONE || w[up].upos != "VERB" ||
            dominates(w, end, v) ||
            !(w[v].deprel == "parataxis" || w[v].deprel == "conj" ||
              (w[v].deprel == "advcl" &&
               !hasChild(w, v, [](const std::string& r) { return r == "mark"; })))) {
            continue;
        }
        for (std::size_t k = first; k < end; ++k) {
            if (headOf(w, k) < first || headOf(w, k) > end || headOf(w, k) == NONE) {
                w[k].head = static_cast<int>(end) + 1;
                w[k].deprel = w[k].form == "&" ? "cc" : "compound";
            }
        }
        // Words inside the name that hung on another word of it keep their place; the name now
        // hangs on the verb.
        w[end].head = static_cast<int>(v) + 1;
        w[end].deprel = "nsubj";
        w[cc].head = static_cast<int>(v) + 1;
        w[cc].deprel = "cc";
        w[v].deprel = "conj";
        ++changed;
    }
    return changed;
}

// A noun right after a noun that ends an object's phrase, parsed as a second object of the
// verb or as a clause with no subject or copula: the noun before was its compound ("sell its
// refinery and chemicals plant in Singapore", with "plant" an object of its own, or a
// complement of a closing "the company said", and "chemicals" a conjunct of "refinery"). The
// later noun takes the noun's place, and the noun's conjunction and punctuation. How many it
// joined.
std::size_t nounBeforeASecondObject(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t head = headOf(w, k);
        const std::size_t noun = k - 1;
        if (w[k].upos != "NOUN" || head == NONE || w[noun].upos != "NOUN" || headOf(w, noun) == k ||
            !isOneOf(w[noun].deprel, {"obj", "conj"}) || dominates(w, k, noun) ||
            phraseEdges(w, noun).second != noun || hasChild(w, noun, [](const std::string& r) {
                return r != "cc" && r != "punct" && r != "det" && r != "amod";
            })) {
            continue;
        }
        // A second object of the verb of an object before it, or a clause of none's own.
        std::size_t first = NONE;
        for (std::size_t o = 0; o < noun && head < noun; ++o) {
            if (headOf(w, o) == head && w[o].deprel == "obj" && dominates(w, o, noun)) {
                first = o;
            }
        }
        const bool secondObject = w[k].deprel == "obj" && first != NONE;
        const bool clause =
            isOneOf(w[k].deprel, {"ccomp", "xcomp", "advmod", "advcl", "parataxis"}) &&
            !hasChild(w, k,
                      [](const std::string& r) { return r.starts_with("nsubj") || r == "cop"; });
        if (!secondObject && !clause) {
            continue;
        }
        for (std::size_t c = 0; c < noun; ++c) {
            if (headOf(w, c) == noun && isOneOf(w[c].deprel, {"cc", "punct"})) {
                w[c].head = static_cast<int>(k) + 1;
            }
        }
        w[k].head = w[noun].head;
        w[k].deprel = w[noun].deprel;
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "compound";
        ++changed;
    }
    return changed;
}

// A "who" or "which" clause right after a noun and a comma that the parse hung on another verb
// as a complement, a conjunct or a parataxis: "OpenAI has hired Tang Tan, who spent two decades
// designing iPhones at Apple, to run a new hardware division, a person familiar with the matter
// said", with "spent" a complement of "said". It is the noun's relative clause; an infinitive
// after its closing comma that it had taken goes to the verb of the noun ("hired ... to run").
// How many it moved.
std::size_t relativeClauseTakenForAComplement(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 2; r + 1 < w.size(); ++r) {
        const std::size_t clause = headOf(w, r);
        if (!isOneOf(lowercaseAscii(w[r].form), {"who", "which"}) ||
            !w[r].deprel.starts_with("nsubj") || w[r - 1].form != "," || clause == NONE ||
            clause <= r || w[clause].upos != "VERB" ||
            !isOneOf(w[clause].deprel, {"ccomp", "parataxis", "conj"})) {
            continue;
        }
        // (A "which" clause after a lower-case noun of a phrase may be the phrase's: "price rises
        // for the metals, which would outweigh the drop" is left alone.)
        const std::size_t noun = nameHead(w, r - 2);
        if (!isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || dominates(w, clause, noun) ||
            headOf(w, clause) == noun ||
            (lowercaseAscii(w[r].form) == "which" && !capitalised(w[noun].form) &&
             w[noun].deprel == "nmod")) {
            continue;
        }
        w[clause].head = static_cast<int>(noun) + 1;
        w[clause].deprel = "acl:relcl";
        const std::size_t verb = headOf(w, noun);
        const bool verbBefore = verb != NONE && verb < noun && w[verb].upos == "VERB";
        for (std::size_t c = clause + 2; verbBefore && c < w.size(); ++c) {
            if (headOf(w, c) == clause && w[c].deprel == "advcl" && w[c].upos == "VERB" &&
                w[c - 2].form == "," && lowercaseAscii(w[c - 1].form) == "to") {
                w[c].head = static_cast<int>(verb) + 1;
            }
        }
        ++moved;
    }
    return moved;
}

// A gerund after what "spend" or "waste" takes, parsed as a clause of that noun ("spent more
// than two decades *designing* iPhones", an acl of "decades"): as EWT writes it, an adverbial
// clause of the verb, whose subject it shares. How many it moved.
std::size_t gerundAfterTimeSpent(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t g = 2; g < w.size(); ++g) {
        if (w[g].xpos != "VBG" || w[g].deprel != "acl") {
            continue;
        }
        std::size_t noun = headOf(w, g);
        while (noun != NONE && noun < g && w[noun].deprel == "nmod") {
            noun = headOf(w, noun);
        }
        const std::size_t verb = noun == NONE ? NONE : headOf(w, noun);
        if (noun == NONE || noun > g || w[noun].deprel != "obj" || verb == NONE ||
            !isOneOf(w[verb].lemma, {"spend", "waste"})) {
            continue;
        }
        w[g].head = static_cast<int>(verb) + 1;
        w[g].deprel = "advcl";
        ++moved;
    }
    return moved;
}

// A name right after a verb with no object, parsed as the verb's predicate ("OpenAI has hired
// Tang Tan, who ..., to run ..." with "Tang" an xcomp): the verb's object, unless the verb names
// or makes something what the name says ("a company called SPACEHAB", "became Meta"). How
// many it relabelled.
std::size_t nameTakenForAPredicate(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t verb = k - 1;
        if (w[k].upos != "PROPN" || w[k].deprel != "xcomp" || headOf(w, k) != verb ||
            w[verb].upos != "VERB" ||
            isOneOf(w[verb].lemma, {"name", "call", "dub", "term", "label", "brand", "rename",
                                    "title", "nickname", "elect", "become", "remain", "appoint",
                                    "crown", "make", "style", "christen"}) ||
            hasChild(w, verb, [](const std::string& r) { return r == "obj"; })) {
            continue;
        }
        w[k].deprel = "obj";
        ++changed;
    }
    return changed;
}

// A noun whose past participle is the same word, read as a participle on the noun before it:
// "lowered its production *forecast* for the year" (an acl of "production"). With no object or
// agent of its own, right after a noun with a determiner or possessor, it is a noun of which the
// noun before is a compound; it takes that noun's place and its determiner and modifiers. How
// many it mended. (Only words whose noun news uses after another noun far more than the
// participle: a "takeover bid"; not "cut" or "cost", which are a subject's past tense as often:
// "The strike cost Boeing billions".)
std::size_t nounTakenForASameFormParticiple(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = k - 1;
        if (w[k].xpos != "VBN" || w[k].deprel != "acl" || headOf(w, k) != noun ||
            lowercaseAscii(w[k].form) != w[k].lemma || !isOneOf(w[k].lemma, {"forecast", "bid"}) ||
            w[noun].upos != "NOUN" ||
            !hasChild(w, noun,
                      [](const std::string& r) { return r == "det" || r == "nmod:poss"; }) ||
            hasChild(w, k, [](const std::string& r) {
                return r == "obj" || r == "obl:agent" || r.starts_with("nsubj") || r == "aux";
            })) {
            continue;
        }
        for (std::size_t c = 0; c < noun; ++c) {
            if (headOf(w, c) == noun) {
                w[c].head = static_cast<int>(k) + 1;
            }
        }
        for (std::size_t c = k + 1; c < w.size(); ++c) {
            if (headOf(w, c) == k && w[c].deprel == "obl") {
                w[c].deprel = "nmod"; // "for the year", now a noun's
            }
        }
        w[k].head = w[noun].head;
        w[k].deprel = w[noun].deprel;
        w[k].upos = "NOUN";
        w[k].xpos = "NN";
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "compound";
        ++mended;
    }
    return mended;
}

// Words that the parse hung on a punctuation mark, which heads nothing in UD: they hang on the
// mark's own head instead. A noun so hung as an object on a comma right after the noun the
// comma hangs on is that noun's apposition: "Avidity Biosciences, a U.S. company developing
// treatments ..." with "company" an object of the comma. How many it moved.
std::size_t wordsOnPunctuation(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const std::size_t mark = headOf(w, k);
        if (mark == NONE || w[mark].upos != "PUNCT") {
            continue;
        }
        std::size_t up = headOf(w, mark);
        for (std::size_t steps = 0; up != NONE && w[up].upos == "PUNCT" && steps < w.size();
             ++steps) {
            up = headOf(w, up);
        }
        if (up == NONE || up == k || dominates(w, k, up)) {
            continue;
        }
        const bool apposition = w[k].deprel == "obj" && isOneOf(w[k].upos, {"NOUN", "PROPN"}) &&
                                w[mark].form == "," && mark > 0 && k > mark &&
                                nameHead(w, mark - 1) == up &&
                                isOneOf(w[up].upos, {"NOUN", "PROPN"});
        w[k].head = static_cast<int>(up) + 1;
        if (apposition) {
            w[k].deprel = "appos";
        }
        ++moved;
    }
    return moved;
}

// A noun after the object of a verb that names or judges it, parsed as the object's conjunct
// with no conjunction or comma before it: "Wingtech called the move excessive interference"
// ("interference" a conj of "move"). It is what the verb calls the object, the verb's xcomp.
// How many it relabelled.
std::size_t predicateNounTakenForAConjunct(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        if (w[k].deprel != "conj" || !isOneOf(w[k].upos, {"NOUN", "PROPN"}) || object == NONE ||
            object > k || w[object].deprel != "obj" || verb == NONE ||
            !isOneOf(w[verb].lemma, {"call", "consider", "deem", "label", "brand", "term", "name",
                                     "declare", "dub", "find", "make", "elect", "appoint"}) ||
            hasChild(w, k, [](const std::string& r) { return r == "cc"; })) {
            continue;
        }
        const std::size_t first = phraseEdges(w, k).first;
        if (first == 0 || w[first].upos == "PUNCT" || w[first - 1].upos == "PUNCT" ||
            w[first - 1].upos == "CCONJ" || !dominates(w, object, first - 1)) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "xcomp";
        ++changed;
    }
    return changed;
}

// A verb with an object of its own joined by a conjunction to a noun or an amount: the conjunct
// of the verb above it with the same form ("agreed to plead guilty to a criminal fraud charge
// and *pay* a fine", with "pay" a conjunct of "charge"; "raise its value to $8.5 trillion and
// *deliver* one million robots"). How many it moved.
std::size_t verbJoinedToANoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        if (w[k].deprel != "conj" || w[k].upos != "VERB" || noun == NONE || noun > k ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN", "SYM", "NUM"}) ||
            !hasChild(w, k, [](const std::string& r) { return r == "obj"; }) ||
            hasChild(w, k, [](const std::string& r) { return r.starts_with("nsubj"); })) {
            continue;
        }
        std::size_t up = headOf(w, noun);
        for (std::size_t steps = 0; up != NONE && w[up].upos != "VERB" && steps < w.size();
             ++steps) {
            up = headOf(w, up);
        }
        if (up == NONE || w[up].xpos != w[k].xpos) {
            continue;
        }
        w[k].head = static_cast<int>(up) + 1;
        ++moved;
    }
    return moved;
}

// A noun joined by a conjunction to a verb whose object (or oblique) comes before it, with
// nothing of a clause of its own: the object's conjunct ("will receive $197 in cash and 0.345
// Synopsys shares", with "shares" a conjunct of "receive"). How many it moved.
std::size_t objectsConjunctOnTheVerb(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t verb = headOf(w, k);
        if (w[k].deprel != "conj" || !isOneOf(w[k].upos, {"NOUN", "PROPN"}) || verb == NONE ||
            verb > k || w[verb].upos != "VERB" ||
            !hasChild(w, k, [](const std::string& r) { return r == "cc"; }) ||
            hasChild(w, k, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "cop" || r.starts_with("aux") ||
                       r == "mark" || r == "case";
            })) {
            continue;
        }
        // (Or the oblique right before the conjunction, whose preposition the noun shares:
        // "cut jobs at its head office and breweries".)
        const std::size_t cc = phraseEdges(w, k).first;
        std::size_t object = NONE;
        for (std::size_t o = verb + 1; o < k; ++o) {
            if (headOf(w, o) == verb &&
                (w[o].deprel == "obj" ||
                 (w[o].deprel == "obl" && w[o].upos != "NUM" &&
                  phraseEdges(w, o).second + 1 == cc &&
                  hasChild(w, o, [](const std::string& r) { return r == "case"; })))) {
                object = o;
            }
        }
        // (Only with the conjunction right after the object's phrase: "conduct attacks in
        // Australian waters during 1941 and the last Axis surface raider" is no attack.)
        if (object == NONE || w[cc].deprel != "cc" || phraseEdges(w, object).second + 1 != cc) {
            continue;
        }
        w[k].head = static_cast<int>(object) + 1;
        ++moved;
    }
    return moved;
}

// A name of two words split before its possessive, the first word heading the phrase and the
// possessed noun its apposition: "Harbor Air's chief executive, Tom Jordan, praised ..." with
// "Harbor" the subject and "executive" its apposition. The noun takes the first word's place
// and the first word goes on the second as a compound. How many it joined.
std::size_t nameSplitBeforeItsPossessive(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) {
        const std::size_t owner = k + 1;
        const std::size_t noun = headOf(w, owner);
        if (w[k].upos != "PROPN" || w[owner].upos != "PROPN" || !capitalised(w[owner].form) ||
            w[owner].deprel != "nmod:poss" || w[k + 2].xpos != "POS" || noun == NONE ||
            noun <= owner || w[noun].deprel != "appos" || headOf(w, noun) != k) {
            continue;
        }
        w[noun].head = w[k].head;
        w[noun].deprel = w[k].deprel;
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (headOf(w, c) == k && c != noun && c > owner) {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        w[k].head = static_cast<int>(owner) + 1;
        w[k].deprel = "compound";
        ++joined;
    }
    return joined;
}

// Whether lower-case `word` names what a person does, as an apposition's head: "Ingrid Holm, a
// fund *manager* at Storebrand".
bool personRoleWord(std::string_view word) {
    return officeTitle(word) || personRoleNoun(word) ||
           isOneOf(word, {"officer", "governor", "mayor"});
}

// A relative clause opened by "which" that the parse hung on a person, described as one by an
// apposition, when the clause follows a name inside that apposition: "said Ingrid Holm, a fund
// manager at Storebrand, which owns shares in Nordvik" ("which" is no person). The clause goes
// on that last name. How many it moved.
std::size_t whichClauseOnAPerson(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 3; r < w.size(); ++r) {
        const std::size_t h = headOf(w, r);
        if (w[r].deprel != "acl:relcl" || h == NONE || h >= r) {
            continue;
        }
        const std::size_t which = lastChildBefore(
            w, r, r, [](const std::string& rel) { return rel.starts_with("nsubj"); });
        if (which == NONE || lowercaseAscii(w[which].form) != "which" || which < 2 ||
            w[which - 1].form != ",") {
            continue;
        }
        const std::size_t last = which - 2; // the word before the comma
        if (last == h || !isOneOf(w[last].upos, {"PROPN", "NOUN"}) || !dominates(w, h, last)) {
            continue;
        }
        bool person = personRoleWord(lowercaseAscii(w[h].form));
        for (std::size_t a = h + 1; a < last && !person; ++a) {
            person = headOf(w, a) == h && w[a].deprel == "appos" &&
                     personRoleWord(lowercaseAscii(w[a].form));
        }
        if (!person) {
            continue;
        }
        w[r].head = static_cast<int>(last) + 1;
        ++moved;
    }
    return moved;
}

// A name split at its hyphen, its last word a later verb's subject and the rest hung elsewhere:
// "built at a plant in Poland, Defence Minister Wladyslaw Kosiniak-Kamysz said" with "Kamysz"
// the subject of "said" and "Wladyslaw" an apposition of "plant". The whole name takes the
// last word's place. How many it joined.
std::size_t nameSplitAtItsHyphen(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t last = k + 1;
        const std::size_t verb = headOf(w, last);
        if (w[k].xpos != "HYPH" || w[last].upos != "PROPN" || w[k - 1].upos != "PROPN" ||
            !w[last].deprel.starts_with("nsubj") || verb == NONE || verb < last) {
            continue;
        }
        const std::size_t name = nameHead(w, k - 1);
        if (dominates(w, name, verb) || dominates(w, name, last) ||
            !isOneOf(w[name].deprel, {"appos", "nmod", "obl", "conj", "obj"})) {
            continue;
        }
        w[name].head = static_cast<int>(verb) + 1;
        w[name].deprel = w[last].deprel;
        w[last].head = static_cast<int>(name) + 1;
        w[last].deprel = "flat";
        w[k].head = static_cast<int>(last) + 1;
        ++joined;
    }
    return joined;
}

// A lower-case noun opening the sentence right before a name, which the parse made a second
// subject of the name's verb or the root above it: "Carmaker Stellantis said ..." with both
// words subjects of "said", "Rival Hapag-Lloyd also paused ..." with "Rival" the root and
// "paused" its parataxis, "Chief executive Stuart Machin apologised ..." with "apologised" a
// relative clause of "executive". The noun describes the name (`nmod:desc`, as EWT writes
// "reporter Ahmed"), and the name's verb heads the sentence. Whether it mended.
bool descriptionOpeningTheSentence(std::vector<Token>& w) {
    // (The description may have adjectives before its noun: "Chief executive Stuart Machin
    // apologised ..." with "apologised" a relative clause of "executive".)
    // (And nouns of its own: "Chinese electric vehicle maker Chery will build ...".)
    std::size_t d = 0;
    while (d + 1 < w.size() &&
           (w[d].upos == "ADJ" || (w[d].upos == "NOUN" && w[d].deprel == "compound")) &&
           headOf(w, d) != NONE && headOf(w, d) > d) {
        ++d;
    }
    if (w.size() < d + 3 || w[d].upos != "NOUN" || w[d].xpos != "NN" || w[d + 1].upos != "PROPN" ||
        !capitalised(w[d + 1].form) || (d > 0 && lowercaseAscii(w[d].form) != w[d].form)) {
        return false;
    }
    for (std::size_t k = 0; k < d; ++k) {
        if (!dominates(w, d, k)) {
            return false;
        }
    }
    std::size_t last = d + 1;
    while (last + 1 < w.size() &&
           (w[last + 1].upos == "PROPN" ||
            (w[last + 1].xpos == "HYPH" && last + 2 < w.size() && w[last + 2].upos == "PROPN"))) {
        ++last;
    }
    const std::size_t name = onlyHeadOf(w, d + 1, last);
    const std::size_t verb = name == NONE ? NONE : headOf(w, name);
    if (verb == NONE || verb <= last || w[verb].upos != "VERB" ||
        !w[name].deprel.starts_with("nsubj")) {
        return false;
    }
    const bool bareOblique =
        w[d].deprel == "obl" && !hasChild(w, d, [](const std::string& r) { return r == "case"; });
    if (headOf(w, d) == verb && (w[d].deprel.starts_with("nsubj") || bareOblique)) {
        // (a second subject, or an oblique with no preposition)
    } else if (w[d].deprel == "root" && headOf(w, verb) == d) {
        for (std::size_t k = d + 1; k < w.size(); ++k) {
            if (k != verb && headOf(w, k) == d) {
                w[k].head = static_cast<int>(verb) + 1;
            }
        }
        w[verb].head = 0;
        w[verb].deprel = "root";
    } else {
        return false;
    }
    w[d].head = static_cast<int>(name) + 1;
    w[d].deprel = "nmod:desc";
    return true;
}

// A bare infinitive right after the object of a verb that takes one ("helped clients hide
// money", "let rivals use the network", "made staff work longer"), which the parse hung on an
// earlier verb or read as a present tense: it is the causing verb's open complement, and its
// subject is that object. How many it moved.
std::size_t bareInfinitiveAfterAnObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        if (w[k].upos != "VERB" || !isOneOf(w[k].xpos, {"VB", "VBP"}) ||
            hasChild(w, k, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "mark" || r.starts_with("aux") || r == "expl";
            })) {
            continue;
        }
        std::size_t object = NONE;
        for (std::size_t o = 0; o < k && object == NONE; ++o) {
            const std::size_t c = headOf(w, o);
            if (w[o].deprel == "obj" && c != NONE && c < o &&
                isOneOf(w[c].lemma, {"help", "let", "make", "watch", "see", "hear"}) &&
                phraseEdges(w, o).second + 1 == k) {
                object = o;
            }
        }
        const std::size_t causer = object == NONE ? NONE : headOf(w, object);
        if (causer == NONE || headOf(w, k) == causer || dominates(w, k, causer)) {
            continue;
        }
        w[k].head = static_cast<int>(causer) + 1;
        w[k].deprel = "xcomp";
        w[k].xpos = "VB";
        ++moved;
    }
    return moved;
}

// An office's field that the parse made the head of a title and the name after it, all its
// flat words: "Economy Minister Yulia Svyrydenko, who signed for Kyiv, said ..." with "Yulia"
// and "Minister" flat words of "Economy". The name heads itself, the title describes it and
// the field is the title's compound, as EWT writes titles. How many it mended.
std::size_t nameAfterAFieldAndTitle(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t f = 0; f + 2 < w.size(); ++f) {
        const std::size_t title = f + 1;
        const std::size_t name = f + 2;
        if (w[f].upos != "PROPN" || !officeField(lowercaseAscii(w[f].form)) ||
            headOf(w, title) != f || w[title].deprel != "flat" ||
            !titleBeforeAName(w[title].form) || headOf(w, name) != f || w[name].deprel != "flat" ||
            w[name].upos != "PROPN") {
            continue;
        }
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (k != title && k != name && headOf(w, k) == f) {
                w[k].head = static_cast<int>(name) + 1;
            }
        }
        w[name].head = w[f].head;
        w[name].deprel = w[f].deprel;
        w[title].head = static_cast<int>(name) + 1;
        w[title].deprel = "nmod:desc";
        w[f].head = static_cast<int>(title) + 1;
        w[f].deprel = "compound";
        ++mended;
    }
    return mended;
}

// A clause opened by "after", "before", "since" or "until" that the parse read as a prepositional
// phrase with the clause's verb hung elsewhere: "closed its acquisition of U.S. Steel after
// President Donald Trump approved the deal" with "after" the case of "Donald", an nmod of
// "acquisition", and "approved" a complement of "said". When a verb with no subject follows the
// phrase at once (a tensed one, or one with its auxiliary there), the phrase's noun becomes
// that verb's subject, the word its marker, and the verb an adverbial clause of the first verb
// above the phrase. How many it rearranged.
std::size_t clauseTakenForAPrepositionalPhrase(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) {
        if (w[k].deprel != "case" ||
            !isOneOf(lowercaseAscii(w[k].form), {"after", "before", "since", "until"})) {
            continue;
        }
        const std::size_t noun = headOf(w, k);
        if (noun == NONE || noun <= k || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            !isOneOf(w[noun].deprel, {"nmod", "obl"})) {
            continue;
        }
        const auto [first, last] = phraseEdges(w, noun);
        if (first != k || last + 1 >= w.size()) {
            continue;
        }
        // The verb right after the phrase, or the verb of the auxiliary or adverb there.
        std::size_t verb = last + 1;
        const bool helper = isOneOf(w[verb].upos, {"AUX", "ADV", "PART"});
        if (helper) {
            verb = headOf(w, verb);
        }
        const auto has = [&](std::initializer_list<std::string_view> rels) {
            return hasChild(w, verb, [&](const std::string& r) { return isOneOf(r, rels); });
        };
        if (verb == NONE || verb <= last || w[verb].upos != "VERB" ||
            has({"nsubj", "nsubj:pass", "csubj", "expl"}) ||
            !(isOneOf(w[verb].xpos, {"VBD", "VBZ", "VBP"}) ||
              (helper && has({"aux", "aux:pass"})))) {
            continue;
        }
        // The verb above the phrase; left alone when the clause's verb is above it too.
        const std::size_t above = verbAtOrAbove(w, headOf(w, noun));
        if (above == NONE || (above != verb && dominates(w, verb, above))) {
            continue;
        }
        if (above != verb) {
            w[verb].head = static_cast<int>(above) + 1;
            w[verb].deprel = "advcl";
        }
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = has({"aux:pass"}) ? "nsubj:pass" : "nsubj";
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "mark";
        w[k].upos = "SCONJ";
        ++changed;
    }
    return changed;
}

// A clause introduced by a word that never opens a complement ("after", "before", "because",
// ...) is an adverbial clause, whatever the parse labelled it: "surged after Beijing imposed
// export controls" with "imposed" a ccomp. How many it relabelled or moved.
std::size_t adverbialClausesByTheirMarker(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (w[k].deprel != "mark" ||
            !isOneOf(lowercaseAscii(w[k].form),
                     {"after", "before", "since", "until", "because", "although", "though", "while",
                      "once", "unless", "whereas"})) {
            continue;
        }
        const std::size_t clause = headOf(w, k);
        if (clause != NONE && clause > k && w[clause].deprel == "ccomp") {
            w[clause].deprel = "advcl";
            ++changed;
        }
        // (A clause hung on a noun goes to the verb whose phrase the noun is in: "raise prices
        // in the United States and other countries after adding fewer subscribers".)
        if (clause != NONE && clause > k && w[clause].deprel == "acl" && w[clause].upos == "VERB") {
            const std::size_t v = verbAtOrAbove(w, headOf(w, clause));
            if (v != NONE && v < k) {
                w[clause].head = static_cast<int>(v) + 1;
                w[clause].deprel = "advcl";
                ++changed;
            }
        }
    }
    return changed;
}

// A title that the parse made the head of the name after it ("Trade Representative Jamieson Greer
// criticized ...", with "Jamieson Greer" as the title's flat words) gives its place to the name,
// as EWT writes titles ("President Bill Clinton": "President" is an nmod:desc of "Bill"): the
// name's first word takes the title's head and relation, the name's other words hang on it, and
// the title and the words before it that hung on the title hang on the name. How many it moved.
std::size_t nameAfterATitle(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t t = 0; t + 2 < w.size(); ++t) {
        const std::size_t name = t + 1;
        if (w[t].upos != "PROPN" || w[name].deprel != "flat" || headOf(w, name) != t ||
            w[name].upos != "PROPN" || !capitalised(w[name].form) || !titleBeforeAName(w[t].form)) {
            continue;
        }
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (k != name && headOf(w, k) == t && (w[k].deprel == "flat" || k < t)) {
                w[k].head = static_cast<int>(name) + 1;
            }
        }
        w[name].head = w[t].head;
        w[name].deprel = w[t].deprel;
        w[t].head = static_cast<int>(name) + 1;
        w[t].deprel = "nmod:desc";
        ++changed;
    }
    return changed;
}

// The relative word of a verb root that opens with one right after a noun and a comma
// ("Cambricon, *whose* shares have tripled", "Nikon, *which* makes ..."): the root's subject
// itself or its possessor. NONE when the root is no such verb.
std::size_t relativeWordOfTheRoot(const std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB") {
        return NONE;
    }
    for (std::size_t i = 0; i < root; ++i) {
        const bool subject =
            w[i].head == static_cast<int>(root) + 1 && w[i].deprel.starts_with("nsubj");
        const bool possessor =
            w[i].xpos == "WP$" && w[i].head > 0 &&
            w[static_cast<std::size_t>(w[i].head - 1)].head == static_cast<int>(root) + 1 &&
            w[static_cast<std::size_t>(w[i].head - 1)].deprel.starts_with("nsubj");
        if ((subject && (w[i].xpos == "WDT" || w[i].xpos == "WP")) || possessor) {
            const bool afterANoun = i >= 2 && w[i - 1].form == "," &&
                                    (w[i - 2].upos == "PROPN" || w[i - 2].upos == "NOUN");
            // (Or right after a name's apposition: "Nikola, the truck maker whose founder ...".)
            const bool afterAnApposition = i >= 2 && w[i - 1].upos == "NOUN" &&
                                           w[i - 1].deprel == "appos" && headOf(w, i - 1) != NONE &&
                                           headOf(w, i - 1) < i - 1;
            return afterANoun || afterAnApposition ? i : NONE;
        }
    }
    return NONE;
}

// The main verb of a sentence whose relative clause the parse made the main clause, when the
// tagger took that verb, a past tense, for a participle or an adjective: "TSMC, whose clients
// include Apple and Nvidia, *raised* prices". The first "-ed" word of a known verb after a
// comma past the root, before what could open an object; NONE otherwise.
std::size_t pastTenseAfterARelativeRoot(const std::vector<Token>& w, const Lemmatizer& lemmas) {
    const std::size_t root = rootOf(w);
    if (relativeWordOfTheRoot(w) == NONE) {
        return NONE;
    }
    for (std::size_t v = root + 2; v + 1 < w.size(); ++v) {
        if (w[v - 1].form == "," && isOneOf(w[v].xpos, {"VBN", "JJ"}) &&
            w[v].form.ends_with("ed") && lowercaseAscii(w[v].form) == w[v].form &&
            isObjectStart(w[v + 1].upos) &&
            lemmas.knownVerb(lemmas.lemma(w[v].form, "VERB", "VBD"))) {
            return v;
        }
    }
    return NONE;
}

// A relative clause parsed as the main clause: "Cambricon, whose shares have tripled this year,
// reported its first quarterly profit" with "tripled" the root, "Cambricon" hung on it and
// "reported" its conjunct. The root verb's subject holds the relative word ("whose shares",
// "which", "who") right after a name or noun and a comma; a finite verb without a subject
// follows after a comma as the root's conjunct or parataxis. That verb becomes the root, the
// noun its subject and the old root a relative clause on the noun. Whether it rearranged.
bool relativeClauseAsMainClause(std::vector<Token>& w) {
    const std::size_t n = w.size();
    const std::size_t root = rootOf(w);
    const std::size_t relative = relativeWordOfTheRoot(w);
    if (relative == NONE) {
        return false;
    }
    // The noun phrase's head: climb from the word before the comma while it stays left of it
    // (or the name an apposition right before the relative word describes, which the clause
    // then hangs on).
    const std::size_t described = w[relative - 1].form == "," ? NONE : relative - 1;
    std::size_t noun = described != NONE ? headOf(w, described) : relative - 2;
    while (described == NONE && w[noun].head > 0 &&
           static_cast<std::size_t>(w[noun].head - 1) < relative - 1 &&
           static_cast<std::size_t>(w[noun].head - 1) > noun) {
        noun = static_cast<std::size_t>(w[noun].head - 1);
    }
    // (The noun may be a second subject of the root besides the relative clause's own:
    // "Nikola, the truck maker whose founder was convicted of fraud, filed ...".)
    const bool secondSubject = std::any_of(
        w.begin() + static_cast<std::ptrdiff_t>(relative),
        w.begin() + static_cast<std::ptrdiff_t>(root), [&](const Token& t) {
            return t.head == static_cast<int>(root) + 1 && t.deprel.starts_with("nsubj");
        });
    if (w[noun].head != static_cast<int>(root) + 1 ||
        (w[noun].deprel.starts_with("nsubj") && !secondSubject)) {
        return false;
    }
    for (std::size_t v = root + 2; v + 1 < n; ++v) {
        // (On the root, or joined to a noun of the root's clause after it: "TSMC, whose
        // clients include Apple and Nvidia, raised prices" with "raised" a conjunct of Apple.)
        const std::size_t vh = headOf(w, v);
        const bool onANounOfTheRoot = vh != NONE && vh > root && w[v].deprel == "conj" &&
                                      isOneOf(w[vh].upos, {"NOUN", "PROPN"}) &&
                                      headOf(w, vh) == root;
        if ((vh != root && !onANounOfTheRoot) || w[v].upos != "VERB" ||
            !(w[v].deprel == "conj" || w[v].deprel == "parataxis") ||
            !(w[v].xpos == "VBD" || w[v].xpos == "VBZ" || w[v].xpos == "VBP") ||
            w[v - 1].form != "," || hasChild(w, v, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "cc" || r == "mark";
            })) {
            continue;
        }
        for (std::size_t i = v + 1; i < n; ++i) {
            if (w[i].head == static_cast<int>(root) + 1) {
                w[i].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = 0;
        w[v].deprel = "root";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        w[root].head = static_cast<int>(described != NONE ? described : noun) + 1;
        w[root].deprel = "acl:relcl";
        return true;
    }
    return false;
}

// Whether verb `v` agrees with a singular subject: a past tense, an "-s" form, or any form
// after a modal or an auxiliary that is one ("has weakened", "will fall").
bool singularVerb(const std::vector<Token>& w, std::size_t v) {
    if (isOneOf(w[v].xpos, {"VBZ", "VBD"})) {
        return true;
    }
    for (std::size_t k = 0; k < v; ++k) {
        if (headOf(w, k) == v && w[k].deprel.starts_with("aux") &&
            isOneOf(w[k].xpos, {"VBZ", "VBD", "MD"})) {
            return true;
        }
    }
    return false;
}

// The first word of a sentence when the parse made it a subjectless "-s" verb or base form at
// the root, a preposition follows it and a finite verb comes later (the tagger reads "Calls to
// the company weren't answered" as an order to call, and "Demand for smartphones has weakened"
// as an order to demand), or NONE. A present tense needs a subject, so such a word is more
// likely a noun opening the subject; an order usually is one, which the caller's test of the
// new parse tells. ("Looks like the kids had a great time!" and "Needs good family ..." are
// web text's dropped subjects, left alone.)
std::size_t openingNounTakenForAVerb(const std::vector<Token>& w) {
    if (w.size() < 4 || (w[0].xpos != "VBZ" && w[0].xpos != "VB") || w[0].head != 0 ||
        !capitalised(w[0].form) || w[1].upos != "ADP" ||
        isOneOf(lowercaseAscii(w[1].form), {"like", "as"}) ||
        hasChild(w, 0,
                 [](const std::string& r) { return r.starts_with("nsubj") || r == "expl"; })) {
        return NONE;
    }
    for (std::size_t i = 2; i < w.size(); ++i) {
        if (isOneOf(w[i].xpos, {"VBD", "VBP", "VBZ", "MD"})) {
            return 0;
        }
    }
    return NONE;
}

// Whether a verb's past tense is written as its base form ("set", "cut"), so the tagger can
// read it as an adjective or a noun.
bool sameFormPast(std::string_view lower) {
    return isOneOf(lower, {"set",    "cut",   "put",    "hit",   "let",       "shut",   "cost",
                           "spread", "cast",  "hurt",   "quit",  "split",     "shed",   "bet",
                           "burst",  "upset", "offset", "reset", "broadcast", "outbid", "thrust"});
}

// A sentence whose main verb, a past tense written as its base form, was read as a modifier of
// the noun after it, so that it is verbless or rests on a participle clause after a comma: "The
// U.S. Commerce Department on Tuesday *set* preliminary tariffs ..., siding with American
// manufacturers" (tagged an adjective, with "siding" the root). The word's index, or NONE.
std::size_t sameFormPastTakenForAModifier(const std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE) {
        return NONE;
    }
    // Such a past tense read as a modifier, before what can open its object.
    const auto candidate = [&](std::size_t k) {
        return isOneOf(w[k].xpos, {"JJ", "NN", "VBN", "VB"}) &&
               sameFormPast(lowercaseAscii(w[k].form)) && isObjectStart(w[k + 1].upos);
    };
    // (After a participle between commas that the parse made the main verb, the word follows
    // the participle's phrase: "The vaccine, sold as mResvia, *cut* the risk".)
    if (const std::size_t clause = participleRootAfterItsSubject(w).first; clause != NONE) {
        for (std::size_t k = clause + 2; k + 1 < w.size(); ++k) {
            if (w[k - 1].form == "," && candidate(k)) {
                return k;
            }
        }
        return NONE;
    }
    const bool participleRoot = w[root].upos == "VERB" && isOneOf(w[root].xpos, {"VBG", "VBN"}) &&
                                root > 0 && w[root - 1].form == "," &&
                                !hasChild(w, root, [](const std::string& r) {
                                    return r.starts_with("aux") || r == "mark";
                                });
    if (!participleRoot && verblessRoot(w) == NONE) {
        return NONE;
    }
    const std::size_t end = participleRoot ? root : w.size();
    bool named = false; // a determiner or a name before it, as a subject has
    for (std::size_t k = 1; k + 1 < end; ++k) {
        if (isOneOf(w[k].xpos, {"VBD", "VBZ", "VBP", "MD"})) {
            return NONE;
        }
        named = named || isOneOf(w[k - 1].upos, {"DET", "PROPN", "PRON"});
        if (named && isOneOf(w[k - 1].upos, {"NOUN", "PROPN"}) && candidate(k)) {
            return k;
        }
    }
    return NONE;
}

// An agent phrase that the parse hung on a passive verb's object, a sum: "Nordline was fined 12
// million euros *by the European Commission*" with "Commission" a noun modifier of "euros". It
// goes to the verb as its agent. How many moved.
std::size_t agentOnAPassivesObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (w[k].deprel != "nmod" || !isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"}) || h == NONE ||
            h > k || w[h].deprel != "obj" ||
            !(w[h].upos == "NUM" || w[h].xpos == "NNS" || w[h].upos == "SYM" ||
              w[h].xpos == "CD")) {
            continue;
        }
        const std::size_t v = headOf(w, h);
        const bool by = caseWordOf(w, k, {"by"}) < k;
        // (The object must be a sum: "fined 12 million euros", "paid $5 million".)
        const bool sum = hasChild(w, h, [](const std::string& r) { return r == "nummod"; }) ||
                         w[h].upos == "SYM" || w[h].upos == "NUM";
        if (!by || !sum || v == NONE || w[v].upos != "VERB" ||
            !hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; })) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obl:agent";
        ++moved;
    }
    return moved;
}

// A participle's agent taken for the subject of the verb after it: "The mine, operated *by
// Minera Sol de Oro*, lies in the Arequipa region" parsed with "by" a marker of "lies" and the
// name its subject. The name goes to the participle as its agent ("by" its case word). How many
// mended.
std::size_t agentTakenForASubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t b = 1; b + 1 < w.size(); ++b) {
        const std::size_t v = headOf(w, b);
        const std::size_t p = b - 1;
        if (lowercaseAscii(w[b].form) != "by" || w[b].deprel != "mark" || v == NONE || v <= b ||
            w[p].xpos != "VBN" || w[p].deprel != "acl" ||
            hasChild(w, p, [](const std::string& r) { return r == "obl:agent" || r == "obj"; })) {
            continue;
        }
        // The subject right after "by", and another subject of the verb before the participle.
        std::size_t subject = NONE;
        bool other = false;
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (headOf(w, k) == v && w[k].deprel.starts_with("nsubj")) {
                if (k > b && phraseEdges(w, k).first == b + 1) {
                    subject = k;
                } else if (k < p) {
                    other = true;
                }
            }
        }
        if (subject == NONE || !other || !isOneOf(w[subject].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        w[subject].head = static_cast<int>(p) + 1;
        w[subject].deprel = "obl:agent";
        w[b].head = static_cast<int>(subject) + 1;
        w[b].deprel = "case";
        ++mended;
    }
    return mended;
}

// An infinitive right after a verb of deciding or voting (past its adverbs), parsed as an
// adverbial clause: "The committee voted unanimously *to hold* the rate". It is the verb's open
// complement, as EWT writes "voted to approve". How many relabelled.
std::size_t infinitiveAfterAVerbOfDeciding(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "advcl" || w[k].xpos != "VB" || v == NONE || v >= k ||
            !isOneOf(w[v].lemma, {"vote", "agree", "decide", "choose", "opt", "promise", "pledge",
                                  "vow", "refuse", "decline", "fail", "try", "seek", "plan",
                                  "threaten", "move", "want", "hope", "intend"}) ||
            hasChild(w, k, [](const std::string& r) { return r.starts_with("nsubj"); }) ||
            hasChild(w, v, [](const std::string& r) { return r == "obj" || r == "xcomp"; })) {
            continue;
        }
        // "to" right before it, and only adverbs between the verb and "to".
        const std::size_t to = k - 1;
        bool adjacent = w[to].xpos == "TO" && headOf(w, to) == k;
        for (std::size_t i = v + 1; adjacent && i < to; ++i) {
            adjacent = w[i].upos == "ADV";
        }
        if (adjacent) {
            w[k].deprel = "xcomp";
            ++relabelled;
        }
    }
    return relabelled;
}

// A quantifier's "of" phrase labelled as a verb's oblique: "cut the prices of several *of its
// electric models*" (EWT writes most of them as the quantifier's nmod: "one of", "all of",
// "some of"). How many relabelled.
std::size_t quantifiersOfPhrase(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t q = headOf(w, k);
        if (w[k].deprel != "obl" || q == NONE || q > k ||
            !quantifierWord(lowercaseAscii(w[q].form)) ||
            !isOneOf(w[q].deprel,
                     {"nsubj", "nsubj:pass", "obj", "iobj", "nmod", "obl", "conj", "appos"})) {
            continue;
        }
        if (const std::size_t of = caseWordOf(w, k, {"of"}); of > q && of < k) {
            w[k].deprel = "nmod";
            ++relabelled;
        }
    }
    return relabelled;
}

// A sentence opened by a noun that the tagger took for an imperative, before a plural noun and a
// past tense (a prepositional phrase may come between): "*Rescue* teams drilled a narrow shaft
// ...", "*Transport* regulators in Canada approved the sale ..." parsed as orders with the
// plural noun their object. The past tense's index (the word to retag is the first), or NONE.
std::size_t openingCompoundTakenForAVerb(const std::vector<Token>& w) {
    if (w.size() < 5 || w[0].xpos != "VB" || w[0].head != 0 || !capitalised(w[0].form) ||
        w[1].xpos != "NNS" || headOf(w, 1) != 0 || hasChild(w, 0, [](const std::string& r) {
            return r.starts_with("nsubj") || r == "expl";
        })) {
        return NONE;
    }
    std::size_t v = 2;
    if (w[2].upos == "ADP") {
        ++v;
        while (v < w.size() && v <= 6 &&
               isOneOf(w[v].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"})) {
            ++v;
        }
    }
    if (v >= w.size() || !isOneOf(w[v].xpos, {"VBD", "VBN"}) ||
        hasChild(w, v, [](const std::string& r) { return r.starts_with("aux"); })) {
        return NONE;
    }
    return v;
}

// An "'s" after a name or noun that the parse made the copula or auxiliary of a root that is no
// verb, before an amount and with a finite verb later: "Intel's nearly $90 billion investment plan
// in Europe depends on ..." read as "Intel is nearly $90 billion", "depends" its complement.
// The index of the "'s", or NONE.
std::size_t possessiveTakenForIs(const std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos == "VERB") {
        return NONE;
    }
    for (std::size_t k = 1; k < root; ++k) {
        if ((w[k].form != "'s" && w[k].form != "\u2019s") || headOf(w, k) != root ||
            !isOneOf(w[k].deprel, {"cop", "aux"}) || !isOneOf(w[k - 1].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        // An amount follows ("Intel's $20 billion plan", "Apple's 2% drop"); "Nvidia's the
        // firm everyone wants to beat" is a copula.
        std::size_t next = k + 1;
        while (next < w.size() && w[next].upos == "ADV") {
            ++next;
        }
        if (next == w.size() || !isOneOf(w[next].xpos, {"$", "CD"})) {
            return NONE;
        }
        for (std::size_t v = root + 1; v < w.size(); ++v) {
            if (isOneOf(w[v].xpos, {"VBZ", "VBD", "VBP"}) && w[v].upos == "VERB") {
                return k;
            }
        }
        return NONE;
    }
    return NONE;
}

// A relative clause hung under the main verb: "Huawei, whose Ascend chips compete with
// Nvidia's products, is expected to benefit" parsed with "Huawei" a vocative and "compete" an
// adverbial clause of "expected", which had no subject; "Intel, which is building factories in
// Arizona, was awarded ..." with "building" an adverbial clause of "awarded". The clause goes
// back on the name, which becomes the main verb's subject if it was not. Whether it changed
// the tree.
bool relativeClauseUnderTheMainVerb(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB" || root < 4) {
        return false;
    }
    // The root's subject, if it has one: the clause's name may be it already ("Intel, which is
    // building factories in Arizona, was awarded ..." with "building" on "awarded").
    const std::size_t subject =
        lastChildBefore(w, root, root, [](const std::string& r) { return r.starts_with("nsubj"); });
    for (std::size_t name = 0; name + 3 < root; ++name) {
        const std::size_t relative = name + 2;
        if (!(w[name].upos == "PROPN" || w[name].upos == "NOUN") || w[name + 1].form != "," ||
            !isOneOf(lowercaseAscii(w[relative].form), {"whose", "which", "who"})) {
            continue;
        }
        // The name's phrase ends at `name`; its head is the word of it that hangs outside.
        std::size_t head = name;
        while (headOf(w, head) != NONE && headOf(w, head) < name + 1 && headOf(w, head) > head) {
            head = headOf(w, head);
        }
        // The clause's verb: up from the relative word to the first verb.
        std::size_t verb = headOf(w, relative);
        for (std::size_t steps = 0; verb != NONE && w[verb].upos != "VERB" && steps < 3; ++steps) {
            verb = headOf(w, verb);
        }
        if (verb == NONE || verb == root || headOf(w, verb) != root ||
            !isOneOf(w[verb].deprel, {"advcl", "parataxis", "ccomp", "dep"}) ||
            !(headOf(w, head) == root || headOf(w, head) == verb) ||
            (subject != NONE && subject != head)) {
            return false;
        }
        if (subject == NONE) {
            w[head].head = static_cast<int>(root) + 1;
            w[head].deprel = hasChild(w, root, [](const std::string& r) { return r == "aux:pass"; })
                                 ? "nsubj:pass"
                                 : "nsubj";
        }
        w[verb].head = static_cast<int>(head) + 1;
        w[verb].deprel = "acl:relcl";
        return true;
    }
    return false;
}

// A gerund between two nouns read as a clause on the first with the second its object: "for
// preventing music streaming rivals such as Spotify from ..." with "streaming" a clause of
// "music". A singular noun with nothing before it (no determiner, possessive or adjective)
// names no one who acts: the three words are one noun phrase headed by the last, the gerund and
// the first noun its compounds. The gerund's other phrases go to the new head, or to the verb
// above for a clause. How many it mended.
std::size_t gerundCompoundTakenForAClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t g = 1; g + 1 < w.size(); ++g) {
        const std::size_t first = g - 1;
        const std::size_t last = g + 1;
        if (w[g].xpos != "VBG" || w[g].deprel != "acl" || headOf(w, g) != first ||
            headOf(w, last) != g || w[last].deprel != "obj" || w[last].upos != "NOUN" ||
            w[first].xpos != "NN" || lowercaseAscii(w[first].form) != w[first].form ||
            lowercaseAscii(w[g].form) != w[g].form) {
            continue; // (the cheap tests first: this runs for every word)
        }
        if (hasChild(w, first, [](const std::string& r) { return r != "acl"; }) ||
            hasChild(w, g,
                     [](const std::string& r) {
                         return r == "mark" || r.starts_with("aux") || r.starts_with("nsubj");
                     }) ||
            hasChild(w, last,
                     [&](const std::string& r) { return r == "det" || r == "nmod:poss"; })) {
            continue;
        }
        const std::size_t verb = verbAtOrAbove(w, headOf(w, first));
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (k == last || headOf(w, k) != g) {
                continue;
            }
            if (isOneOf(w[k].deprel, {"advcl", "xcomp"}) && verb != NONE) {
                w[k].head = static_cast<int>(verb) + 1;
                w[k].deprel = "advcl";
            } else {
                w[k].head = static_cast<int>(last) + 1;
                w[k].deprel = w[k].deprel == "obl" ? "nmod" : w[k].deprel;
            }
        }
        w[last].head = w[first].head;
        w[last].deprel = w[first].deprel;
        w[first].head = static_cast<int>(g) + 1;
        w[first].deprel = "compound";
        w[g].head = static_cast<int>(last) + 1;
        w[g].deprel = "compound";
        w[g].upos = "NOUN";
        w[g].xpos = "NN";
        w[g].lemma = lowercaseAscii(w[g].form);
        ++mended;
    }
    return mended;
}

// A past tense read as a participle before its object, with the clause's subject and marker on
// the object: "after the company announced plans to cut jobs" with "announced" an adjective of
// "plans", which took "company" as its subject. The participle is the clause's verb, with the
// subject, the marker and the noun (its object). How many it mended.
std::size_t verbTakenForItsObjectsAdjective(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 2; v + 1 < w.size(); ++v) {
        const std::size_t noun = v + 1;
        if (w[v].deprel != "amod" || !isOneOf(w[v].xpos, {"VBN", "VBD"}) || headOf(w, v) != noun ||
            w[noun].upos != "NOUN" || !lowercaseAscii(w[v].form).ends_with("ed")) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t subject =
            lastChildBefore(w, noun, v, [](const std::string& r) { return r == "nsubj"; });
        // (A clause's noun, with no copula: "This message is for the designated recipient" is
        // no act of designating. Nor with the noun's own determiner after the subject.)
        const auto clauseRel = [](const std::string& r) { return r == "mark"; };
        const std::size_t det =
            lastChildBefore(w, noun, v, [](const std::string& r) { return r == "det"; });
        // (The subject inside the clause, after its marker: not a name before "after".)
        const std::size_t mark = lastChildBefore(w, noun, v, clauseRel);
        if (subject == NONE || w[subject].upos == "PRON" || (mark != NONE && subject < mark) ||
            phraseEdges(w, subject).second + 1 != v ||
            !isOneOf(w[subject].upos, {"NOUN", "PROPN"}) ||
            lastChildBefore(w, noun, subject,
                            [](const std::string& r) { return r.starts_with("nsubj"); }) != NONE ||
            !(hasChild(w, noun, clauseRel) ||
              isOneOf(w[noun].deprel, {"advcl", "ccomp", "conj", "parataxis"})) ||
            hasChild(w, noun, [](const std::string& r) { return r == "cop" || r == "case"; }) ||
            (det != NONE && det > subject)) {
            continue;
        }
        for (std::size_t k = 0; k < v; ++k) {
            if (headOf(w, k) == noun && isOneOf(w[k].deprel, {"nsubj", "mark", "aux", "advmod"})) {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = w[noun].head;
        w[v].deprel = w[noun].deprel;
        w[v].upos = "VERB";
        w[v].xpos = "VBD";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A weekday hung on a name inside a phrase ("called a strike at three plants of supplier ZF on
// Wednesday" with "Wednesday" on "ZF"): a name has no day; the day is the clause's. How many it
// moved.
std::size_t dayOnAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t d = 2; d < w.size(); ++d) {
        const std::size_t name = headOf(w, d);
        if (w[d].deprel != "nmod" || !weekday(lowercaseAscii(w[d].form)) || name == NONE ||
            name > d || w[name].upos != "PROPN") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t verb = verbAtOrAbove(w, headOf(w, name));
        if (verb == NONE) {
            continue;
        }
        w[d].head = static_cast<int>(verb) + 1;
        w[d].deprel = "obl";
        ++moved;
    }
    return moved;
}

// A name right after a word for a company that the parse made the subject of a later
// infinitive: "agreed to buy Israeli software startup Deci for about $300 million to strengthen
// its AI tools" with "Deci" the subject of "strengthen" (an infinitive with "to" and no "for"
// takes none). The name takes the noun's place, the noun becomes its `nmod:desc`, and what hung
// on the name before the infinitive goes to the noun's verb. How many it mended.
std::size_t nameTakenForAnInfinitivesSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        const std::size_t noun = k - 1;
        const std::size_t v = headOf(w, k);
        if (w[k].upos != "PROPN" || w[k].deprel != "nsubj" || v == NONE || v <= k ||
            w[noun].upos != "NOUN" || lowercaseAscii(w[noun].form) != w[noun].form ||
            !companyDescription(w[noun].lemma) || w[v].xpos != "VB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t mark =
            lastChildBefore(w, v, v, [](const std::string& r) { return r == "mark"; });
        const std::size_t verb = headOf(w, noun);
        if (mark == NONE || lowercaseAscii(w[mark].form) != "to" || verb == NONE ||
            w[verb].upos != "VERB" || lowercaseAscii(w[k - 1].form) == "for" ||
            phraseEdges(w, k).first != k) {
            continue;
        }
        phrasesToTheVerb(w, k, verb, k + 1, mark, [](const Token& t) {
            return isOneOf(t.deprel, {"flat", "punct"});
        });
        for (std::size_t m = 0; m < noun; ++m) {
            if (headOf(w, m) == noun && isOneOf(w[m].deprel, {"det", "nmod:poss"})) {
                w[m].head = static_cast<int>(k) + 1;
            }
        }
        w[k].head = w[noun].head;
        w[k].deprel = w[noun].deprel;
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "nmod:desc";
        if (isOneOf(w[v].deprel, {"advcl", "xcomp", "ccomp", "parataxis", "dep"})) {
            w[v].head = static_cast<int>(verb) + 1;
            w[v].deprel = "advcl";
        }
        ++mended;
    }
    return mended;
}

// A noun read as a bare infinitive right after a verb that has no object: "would raise *pay* by
// 34%" with "pay" an open complement of "raise". A word that can be a noun (`isNoun`), with no
// "to" and no object of its own, after a verb that takes no bare infinitive, is the verb's
// object; what hung on it goes to the verb. How many it mended.
template <typename IsNoun>
std::size_t nounTakenForABareInfinitive(std::vector<Token>& w, IsNoun isNoun) {
    std::size_t mended = 0;
    for (std::size_t x = 1; x < w.size(); ++x) {
        const std::size_t verb = x - 1;
        if (w[x].xpos != "VB" || w[x].deprel != "xcomp" || headOf(w, x) != verb ||
            w[verb].upos != "VERB" || lowercaseAscii(w[x].form) != w[x].form) {
            continue; // (the cheap tests first: this runs for every word)
        }
        if (isOneOf(w[verb].lemma, {"help", "make", "let", "have", "see", "hear", "watch", "dare",
                                    "go", "come", "need", "bid", "feel", "notice"}) ||
            !isNoun(lowercaseAscii(w[x].form)) ||
            hasChild(w, verb, [](const std::string& r) { return r == "obj"; }) ||
            hasChild(w, x, [](const std::string& r) {
                return r == "mark" || r == "obj" || r.starts_with("nsubj") || r == "ccomp" ||
                       r == "xcomp";
            })) {
            continue;
        }
        phrasesToTheVerb(w, x, verb, x + 1, w.size(),
                         [](const Token& t) { return t.deprel == "punct"; });
        w[x].upos = "NOUN";
        w[x].xpos = "NN";
        w[x].lemma = lowercaseAscii(w[x].form);
        w[x].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A relative clause opened by "whose" right after a noun that the parse hung elsewhere: "fined
// the airline for failing to refund passengers whose flights were cancelled" with "cancelled"
// a complement of "fined". The clause is the noun's (`acl:relcl`). How many it moved.
std::size_t relativeClauseByWhose(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 1; r + 2 < w.size(); ++r) {
        const std::size_t owned = headOf(w, r);
        const std::size_t noun = r - 1;
        if (lowercaseAscii(w[r].form) != "whose" || owned == NONE || owned <= r ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t verb = headOf(w, owned);
        if (!w[owned].deprel.starts_with("nsubj") || verb == NONE || verb <= owned ||
            w[verb].upos != "VERB" || headOf(w, verb) == noun) {
            continue;
        }
        // (A clause at the end of the sentence may have been made its root, with the main verb
        // its complement: "The Audi factory ... makes the electric Q8 e-tron, a model whose
        // sales have slumped" with "slumped" the root and "factory" its subject. The main
        // verb, which has no subject of its own, becomes the root with the clause's other
        // subject.)
        if (dominates(w, verb, noun)) {
            std::size_t main = NONE;
            for (std::size_t m = 0; m < noun && main == NONE; ++m) {
                if (headOf(w, m) == verb && w[m].upos == "VERB" &&
                    isOneOf(w[m].deprel, {"ccomp", "parataxis", "conj"}) && dominates(w, m, noun) &&
                    !hasChild(w, m,
                              [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
                    main = m;
                }
            }
            if (w[verb].head != 0 || main == NONE) {
                continue;
            }
            for (std::size_t c = 0; c < w.size(); ++c) {
                if (headOf(w, c) != verb || c == owned || c == main) {
                    continue;
                }
                if (c < main || (c + 1 == w.size() && w[c].upos == "PUNCT")) {
                    w[c].head = static_cast<int>(main) + 1;
                    if (w[c].deprel == "nsubj:pass") {
                        w[c].deprel = "nsubj";
                    }
                }
            }
            w[main].head = 0;
            w[main].deprel = "root";
        }
        w[verb].head = static_cast<int>(noun) + 1;
        w[verb].deprel = "acl:relcl";
        ++moved;
    }
    return moved;
}

// An oblique (or a clause opened by "for" and a gerund) that the parse hung on a name that is
// a verb's object: "fined Frontier Airlines $2.2 million on Tuesday for failing to refund
// passengers" with "Tuesday" and "failing" on "Airlines". A name takes neither: they are the
// verb's. How many it moved.
std::size_t verbsPhraseOnItsObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t name = headOf(w, k);
        if (name == NONE || name >= k || w[name].upos != "PROPN" ||
            !isOneOf(w[name].deprel, {"obj", "iobj"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const bool oblique = w[k].deprel == "obl";
        const bool forClause = w[k].deprel == "acl" && w[k].xpos == "VBG" &&
                               hasChild(w, k, [&](const std::string& r) { return r == "mark"; }) &&
                               k > 0 && lowercaseAscii(w[k - 1].form) == "for";
        const std::size_t verb = headOf(w, name);
        if (!(oblique || forClause) || verb == NONE || w[verb].upos != "VERB") {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = oblique ? "obl" : "advcl";
        ++moved;
    }
    return moved;
}

// A name opening the sentence that the parse made a vocative, with its apposition taken for
// the verb's subject: "Samsung, the world's largest memory chipmaker, plans to invest ...". The
// name becomes the subject and the apposition its own. Whether it changed the tree.
bool appositionTakenForTheSubject(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || root < 5 || w[0].upos != "PROPN" || w[1].form != ",") {
        return false;
    }
    std::size_t name = 0; // the name's head: the word of its first words that hangs outside
    while (name + 1 < w.size() && w[name + 1].upos == "PROPN" && headOf(w, name) == name + 1) {
        ++name;
    }
    if (w[name].deprel != "vocative" || headOf(w, name) != root || w[name + 1].form != ",") {
        return false;
    }
    for (std::size_t a = name + 2; a + 1 < root; ++a) {
        if (headOf(w, a) != root || !w[a].deprel.starts_with("nsubj") ||
            !(w[a].upos == "NOUN" || w[a].upos == "PROPN")) {
            continue;
        }
        // (The apposition's phrase may hold its closing comma.)
        const auto [first, last] = phraseEdges(w, a);
        if (first != name + 2 ||
            !(w[last].form == "," || (last + 1 < w.size() && w[last + 1].form == ","))) {
            continue;
        }
        w[name].head = static_cast<int>(root) + 1;
        w[name].deprel = w[a].deprel;
        w[a].head = static_cast<int>(name) + 1;
        w[a].deprel = "appos";
        return true;
    }
    return false;
}

// "..., including X and Y" marks X as a member of a set named before; the parser sometimes
// hangs X on the verb as parataxis ("added 140 Chinese companies to its Entity List on Monday,
// including chip equipment makers Naura Technology and Piotech"), which is no argument of it.
// Such a phrase on a verb becomes an oblique, as EWT has it. The number mended.
std::size_t includingAsOblique(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t c = 0; c + 1 < w.size(); ++c) {
        if (w[c].deprel != "case" || w[c].lemma != "include" || w[c].head <= 0) {
            continue;
        }
        // (The head of the noun phrase: "including chip equipment makers Naura Technology"
        // may hang "including" on a modifier.)
        std::size_t h = static_cast<std::size_t>(w[c].head - 1);
        for (std::size_t steps = 0; steps < w.size() && w[h].head > 0 &&
                                    (w[h].deprel == "compound" || w[h].deprel == "flat");
             ++steps) {
            h = static_cast<std::size_t>(w[h].head - 1);
        }
        Token& noun = w[h];
        if ((noun.deprel == "parataxis" || noun.deprel == "dep") && noun.head > 0 &&
            w[static_cast<std::size_t>(noun.head - 1)].upos == "VERB" &&
            (noun.upos == "NOUN" || noun.upos == "PROPN")) {
            noun.deprel = "obl";
            ++changed;
        }
    }
    return changed;
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
        const std::string& f = w[k].form;
        return w[k].upos == "ADJ" &&
               (f.ends_with("an") || f.ends_with("ese") || f.ends_with("ish") || f.ends_with("i") ||
                f.ends_with("ch") || f.ends_with("ic") ||
                isOneOf(f, {"Arab", "Muslim", "Greek", "Thai", "Swiss"}));
    };
    std::size_t retagged = 0;
    for (std::size_t a = 1; a < w.size(); ++a) {
        const std::string& before = w[a - 1].form;
        if ((capitalised(before) && !peoples(a - 1)) ||
            isOneOf(before, {"\"", "“", "‘", "'", ":", "``"})) {
            continue;
        }
        std::size_t b = a;
        bool common = false;
        while (b < w.size() && titleCase(w[b].form) && !peoples(b) &&
               isOneOf(w[b].upos, {"NOUN", "ADJ", "PROPN"})) {
            common = common || !isOneOf(w[b].xpos, {"NNP", "NNPS"});
            ++b;
        }
        // (a word of the run may carry on capitalised in another class: "Golden Tide Will")
        if (b - a < 2 || !common || w[b - 1].upos == "ADJ" ||
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

// The word of the name that ends at word `k` which hangs outside the name: up from `k` over
// its flat and compound links to other names ("Grace *Ocean*" for "Ocean", "*Saint*-Laurent"
// for its last word when the parse hangs a name's words on its first).
std::size_t nameHeadOf(const std::vector<Token>& w, std::size_t k) {
    for (std::size_t steps = 0;
         steps < w.size() && headOf(w, k) != NONE && w[headOf(w, k)].upos == "PROPN" &&
         isOneOf(w[k].deprel, {"flat", "compound"});
         ++steps) {
        k = headOf(w, k);
    }
    return k;
}

// An apposition that describes a company or a person, hung on a common noun (or a verb) though
// a name ends right before its comma inside that word's phrase: "a faulty update supplied by
// *Amadeus*, the Spanish company that runs its booking system" (on "update"), "filed the
// lawsuit ... against Grace Ocean, the Singapore-based owner of the Dali" (on "filed"). It goes
// on the name. How many moved.
std::size_t appositionOfTheNameBeforeIt(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (w[k].deprel != "appos" || h == NONE || !isOneOf(w[h].upos, {"NOUN", "VERB"}) ||
            !(companyDescription(lowercaseAscii(w[k].lemma)) ||
              personRoleNoun(lowercaseAscii(w[k].lemma)) ||
              isOneOf(lowercaseAscii(w[k].lemma),
                      {"owner", "subsidiary", "unit", "parent", "affiliate"}))) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (the comma may be the apposition's own first word)
        std::size_t start = phraseEdges(w, k).first;
        start += w[start].form == "," ? 1 : 0;
        if (h >= start || start < 2 || w[start - 1].form != "," || w[start - 2].upos != "PROPN") {
            continue;
        }
        const std::size_t name = nameHeadOf(w, start - 2);
        // (not the last of a list, nor of a name with "and": "United for Solidarity and
        // Empowerment, the group that ...")
        if (name == h || !dominates(w, h, name) || w[name].deprel == "conj") {
            continue;
        }
        w[k].head = static_cast<int>(name) + 1;
        ++moved;
    }
    return moved;
}

// A clause after "after" (or "before", "until", "since") whose subject has a "with" phrase,
// parsed as a prepositional phrase and an absolute "with" clause: "walked off the job after
// *talks* with terminal operators *broke down*" (with "operators" the subject of "broke" and
// "with" its marker). The noun becomes the verb's subject with the preposition its marker, and
// the "with" phrase the noun's. How many it mended.
std::size_t subjectsWithPhraseTakenForAClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t head = headOf(w, v);
        if (w[v].deprel != "advcl" || w[v].upos != "VERB" || head == NONE) {
            continue;
        }
        std::size_t mark = NONE;
        std::size_t subject = NONE;
        for (std::size_t c = 0; c < v; ++c) {
            if (headOf(w, c) == v && w[c].deprel == "mark") {
                mark = c;
            } else if (headOf(w, c) == v && w[c].deprel == "nsubj") {
                subject = c;
            }
        }
        if (mark == NONE || subject == NONE || lowercaseAscii(w[mark].form) != "with" ||
            subject < mark || mark == 0) {
            continue;
        }
        const std::size_t noun = mark - 1;
        const std::size_t c =
            noun == 0
                ? NONE
                : lastChildBefore(w, noun, noun, [](const std::string& r) { return r == "case"; });
        if (!isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || headOf(w, noun) != head ||
            !w[noun].deprel.starts_with("obl") || c == NONE ||
            !isOneOf(lowercaseAscii(w[c].form), {"after", "before", "until", "since"})) {
            continue;
        }
        w[c].head = static_cast<int>(v) + 1;
        w[c].deprel = "mark";
        w[c].upos = "SCONJ";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        w[mark].head = static_cast<int>(subject) + 1;
        w[mark].deprel = "case";
        w[mark].upos = "ADP";
        w[subject].head = static_cast<int>(noun) + 1;
        w[subject].deprel = "nmod";
        ++mended;
    }
    return mended;
}

// A common noun parsed as a receiver right before a noun or "-ing" modifier of the object,
// for a verb that gives nothing to anyone: "sold *the cloud* streaming rights for Activision's
// games" ("cloud" an iobj of "sold"). The noun is the object's compound and its determiner the
// object's. How many it mended.
std::size_t receiverTakenForAnObjectsModifier(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const Token& next = w[k + 1];
        if (w[k].deprel != "iobj" || w[k].upos != "NOUN" || v == NONE ||
            phraseEdges(w, k).second != k ||
            !(next.upos == "NOUN" || (next.upos == "ADJ" && next.form.ends_with("ing"))) ||
            isOneOf(w[v].lemma,
                    {"give",  "grant", "hand",   "offer", "lend", "award",   "owe", "deny",
                     "cost",  "send",  "tell",   "show",  "pay",  "promise", "ask", "teach",
                     "bring", "buy",   "charge", "allow", "save", "earn",    "win", "fine",
                     "email", "write", "leave",  "get",   "make"})) {
            continue;
        }
        std::size_t object = k + 1;
        while (object < w.size() && headOf(w, object) != v) {
            object = headOf(w, object) == NONE || headOf(w, object) <= object ? w.size()
                                                                              : headOf(w, object);
        }
        if (object >= w.size() || w[object].deprel != "obj" ||
            phraseEdges(w, object).first != k + 1 ||
            hasChild(w, object, [](const std::string& r) { return r == "det"; })) {
            continue;
        }
        for (std::size_t c = 0; c < k; ++c) {
            if (headOf(w, c) == k && w[c].deprel == "det") {
                w[c].head = static_cast<int>(object) + 1;
            }
        }
        w[k].head = static_cast<int>(object) + 1;
        w[k].deprel = "compound";
        ++mended;
    }
    return mended;
}

// A "where" clause after a comma and a name, parsed as an adverbial clause of the verb the name
// hangs on: "had earlier hit Greece, *where* it flooded farmland" ("flooded" an advcl of
// "hit"). It is the name's relative clause, as EWT parses ", where". How many moved.
std::size_t whereClauseOnAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (lowercaseAscii(w[k].form) != "where" || w[k].xpos != "WRB" || v == NONE || v <= k ||
            w[v].deprel != "advcl" || w[k - 1].form != "," || w[k - 2].upos != "PROPN" ||
            phraseEdges(w, v).first + 1 < k) {
            continue;
        }
        const std::size_t name = nameHeadOf(w, k - 2);
        const std::size_t above = headOf(w, v);
        if (above == NONE || !dominates(w, above, name) || dominates(w, v, name)) {
            continue;
        }
        w[v].head = static_cast<int>(name) + 1;
        w[v].deprel = "acl:relcl";
        ++moved;
    }
    return moved;
}

// "at least" or "at most" before an amount, parsed as a preposition and its object: "will spend
// *at least* $455 million on safety" with "at" the case of "$", an oblique of "spend". "least"
// modifies the amount with "at" its preposition (as EWT writes them: "has at least a couple
// nuclear weapons"), and an amount left without a preposition on a verb with no object is its
// object. How many it mended.
std::size_t atLeastBeforeAnAmount(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 0; a + 2 < w.size(); ++a) {
        const std::size_t amount = a + 2;
        if (lowercaseAscii(w[a].form) != "at" ||
            !isOneOf(lowercaseAscii(w[a + 1].form), {"least", "most"}) ||
            !isOneOf(w[amount].upos, {"NUM", "SYM"})) {
            continue;
        }
        std::size_t top = amount; // the amount's head: "$" over "455 million"
        while (headOf(w, top) != NONE && headOf(w, top) > a + 1 &&
               isOneOf(w[top].deprel, {"nummod", "compound"}) &&
               isOneOf(w[headOf(w, top)].upos, {"NUM", "SYM", "NOUN"})) {
            top = headOf(w, top);
        }
        if (headOf(w, a) == a + 1 && headOf(w, a + 1) == top) {
            continue; // (parsed so already)
        }
        w[a].head = static_cast<int>(a) + 2;
        w[a].deprel = "case";
        w[a + 1].head = static_cast<int>(top) + 1;
        w[a + 1].deprel = "nmod";
        const std::size_t v = headOf(w, top);
        if (w[top].deprel.starts_with("obl") && v != NONE && w[v].upos == "VERB" &&
            !hasChild(w, v, [](const std::string& r) { return r == "obj"; }) &&
            !hasChild(w, top, [](const std::string& r) { return r == "case"; })) {
            w[top].deprel = "obj";
        }
        ++mended;
    }
    return mended;
}

// A prepositional phrase right after a verb's adjective complement, hung on the verb, is the
// adjective's: "remained open *to talks*", as "remained confident in the program" is parsed.
// (Not a time, "remained silent on Tuesday", nor a place: "I feel great in it", "leaving 22
// persons dead in Mosul" keep "in" on the verb, as EWT does.) How many moved.
std::size_t obliqueOfAnAdjectiveComplement(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t a = 1; a + 2 < w.size(); ++a) {
        const std::size_t v = headOf(w, a);
        if (w[a].upos != "ADJ" || w[a].deprel != "xcomp" || v == NONE || v > a ||
            w[v].upos != "VERB" || w[a + 1].upos != "ADP" ||
            !isOneOf(lowercaseAscii(w[a + 1].form), {"to", "about", "of", "with", "for"})) {
            continue;
        }
        const std::size_t noun = headOf(w, a + 1);
        if (noun == NONE || headOf(w, noun) != v || !w[noun].deprel.starts_with("obl") ||
            phraseEdges(w, noun).first != a + 1 || weekday(lowercaseAscii(w[noun].form)) ||
            monthName(lowercaseAscii(w[noun].form))) {
            continue;
        }
        w[noun].head = static_cast<int>(a) + 1;
        w[noun].deprel = "obl";
        ++moved;
    }
    return moved;
}

// A verb's object whose phrase opens with a preposition hung on a word before the object's
// head: "will report *to* Adobe's president David Wadhwani" with "to" on "president" and the
// name an object. The preposition goes to the head and the object becomes an oblique. How many
// it mended.
std::size_t prepositionInsideAnObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "obj" || v == NONE || w[v].upos != "VERB") {
            continue;
        }
        const std::size_t first = phraseEdges(w, k).first;
        const std::size_t on = headOf(w, first);
        // (on a noun: "at least" before a number is an object's modifier)
        if (first >= k || w[first].upos != "ADP" || w[first].deprel != "case" || on == NONE ||
            on == k || on > k || !dominates(w, k, on) || !isOneOf(w[on].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        w[first].head = static_cast<int>(k) + 1;
        w[k].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A participle clause after a comma that ends a relative clause, hung on the relative clause's
// verb: "has taken control of the chipmaker Nexperia, which is owned by China's Wingtech
// Technology, *citing* concerns ..." (the owner would cite them). It is the clause of the verb
// above the relative clause's noun. How many moved.
std::size_t participleAfterARelativeClause(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t clause = headOf(w, k);
        if (w[k].xpos != "VBG" || w[k].deprel != "advcl" || w[k - 1].form != "," ||
            clause == NONE || clause > k || w[clause].deprel != "acl:relcl" ||
            hasChild(w, k,
                     [](const std::string& r) { return r.starts_with("nsubj") || r == "mark"; })) {
            continue;
        }
        // (the relative clause ends at the comma)
        std::size_t end = clause;
        for (std::size_t c = clause + 1; c < k - 1; ++c) {
            if (dominates(w, clause, c)) {
                end = c;
            }
        }
        const std::size_t noun = headOf(w, clause);
        const std::size_t main = noun == NONE ? NONE : verbAtOrAbove(w, noun);
        if (end + 2 != k || main == NONE || main == clause || dominates(w, k, main)) {
            continue;
        }
        w[k].head = static_cast<int>(main) + 1;
        ++moved;
    }
    return moved;
}

// A verb with no subject whose subject's words the parse hung on it as its determiner and
// compounds: "*An Air India Boeing* 787 crashed shortly after taking off" (with "An" a det and
// "Boeing" a compound of "crashed"). The last noun or name of those words right before the verb
// becomes its subject, and the others its. How many it mended.
std::size_t subjectHungOnItsVerbAsModifiers(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 1; v < w.size(); ++v) {
        if (w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& r) { return r.starts_with("nsubj"); }) ||
            !hasChild(w, v, [](const std::string& r) { return r == "det" || r == "compound"; })) {
            continue;
        }
        // The words before the verb that hang on it as a noun's would, and the noun to head them.
        std::size_t noun = NONE;
        bool contiguous = true;
        for (std::size_t k = 0; k < v; ++k) {
            if (headOf(w, k) != v) {
                continue;
            }
            if (!isOneOf(w[k].deprel, {"det", "compound", "amod", "nmod:poss", "nummod"})) {
                contiguous = false;
                break;
            }
            if (isOneOf(w[k].upos, {"NOUN", "PROPN"}) && w[k].deprel == "compound") {
                noun = k;
            }
        }
        if (!contiguous || noun == NONE || phraseEdges(w, noun).second + 1 != v) {
            continue;
        }
        for (std::size_t k = 0; k < v; ++k) {
            if (headOf(w, k) == v && k != noun) {
                w[k].head = static_cast<int>(noun) + 1;
            }
        }
        w[noun].deprel = "nsubj";
        ++mended;
    }
    return mended;
}

// A name labelled as punctuation right after a common noun: "cash from Libyan leader *Muammar*
// Gaddafi to Sarkozy's aides" (the parse made "Muammar" a punct of "aides"). It is a bare
// modifier of the noun before it, which the repairs of descriptions and names then sort out
// (see nameOnItsDescription). How many it mended.
std::size_t nameTakenForPunctuation(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        if (w[k].deprel != "punct" || w[k].upos != "PROPN" || w[k - 1].upos != "NOUN" ||
            dominates(w, k, k - 1)) {
            continue;
        }
        w[k].head = static_cast<int>(k);
        w[k].deprel = "nmod";
        ++mended;
    }
    return mended;
}

// A past tense that a verbless parse hung on the root noun as its modifier, with the root's
// subject before it: "The U.S. Treasury on Tuesday *imposed* sanctions on a Hong Kong shipping
// company" (a day between the subject and the verb; "sanctions" became the root). The verb
// becomes the root with the noun its object; the root's words before the verb and its final
// punctuation go to the verb, a preposition before the verb to the noun after it. Whether it
// mended the sentence.
bool pastTenseTakenForTheRootsModifier(std::vector<Token>& w) {
    const std::size_t r = verblessRoot(w);
    if (r == NONE || !isOneOf(w[r].upos, {"NOUN", "PROPN"})) {
        return false;
    }
    // (the verb right before the noun)
    const std::size_t v = r - 1;
    if (r == 0 || w[v].xpos != "VBD" || w[v].upos != "VERB" || w[v].deprel != "amod" ||
        headOf(w, v) != r ||
        std::none_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(v), [&](const Token& t) {
            return t.head == static_cast<int>(r) + 1 && t.deprel == "nsubj";
        })) {
        return false;
    }
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (headOf(w, k) != r) {
            continue;
        }
        if (k < v && w[k].deprel == "case") {
            std::size_t noun = k + 1;
            while (noun < v && !isOneOf(w[noun].upos, {"NOUN", "PROPN", "PRON", "NUM"})) {
                ++noun;
            }
            if (noun < v) {
                w[k].head = static_cast<int>(noun) + 1;
                if (w[noun].deprel.starts_with("obl")) {
                    w[noun].deprel = "obl";
                }
                continue;
            }
        }
        if (k < v || (k + 1 == w.size() && w[k].upos == "PUNCT")) {
            w[k].head = static_cast<int>(v) + 1;
        }
    }
    w[v].head = 0;
    w[v].deprel = "root";
    w[r].head = static_cast<int>(v) + 1;
    w[r].deprel = "obj";
    return true;
}

// A name after a word for a company deep in the sentence's opening phrase, parsed as the
// subject of the verb after it: "A rocket built by the German startup *Isar Aerospace*
// crashed ..." (the rocket an oblique), "The chief executive of Scandinavian airline *SAS*
// resigned on Tuesday, days after a software failure stranded ..." (a relative clause on
// "executive", which became the later verb's subject). The name becomes the word's
// apposition and the opening phrase the verb's subject; a later verb that phrase was the
// subject of becomes the verb's adverbial clause when it has a subject of its own. How many
// it mended.
std::size_t nameAfterADescriptionInTheSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t n = 2; n + 1 < w.size(); ++n) {
        const std::size_t v = headOf(w, n);
        if (w[n].upos != "PROPN" || w[n].deprel != "nsubj" || v == NONE || v <= n ||
            w[v].upos != "VERB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t d = phraseEdges(w, n).first - 1; // (NONE when the name opens it)
        if (d == NONE || w[d].upos != "NOUN" || !companyDescription(lowercaseAscii(w[d].form)) ||
            dominates(w, n, d)) {
            continue;
        }
        // The phrase that opens the sentence, with the description inside it.
        std::size_t x = d;
        while (headOf(w, x) != NONE && headOf(w, x) < d) {
            x = headOf(w, x);
        }
        if (x == d || phraseEdges(w, x).first != 0 || !isOneOf(w[x].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        const std::size_t later = headOf(w, x);
        const bool oblique = later == v && w[x].deprel != "nsubj" && w[v].head == 0;
        // (the verb a relative clause on the phrase, which is a later verb's subject that
        // has a subject of its own after the name's verb)
        bool clause = false;
        if (!oblique && headOf(w, v) == x && w[v].deprel.starts_with("acl") && later != NONE &&
            later > v && w[x].deprel == "nsubj" && w[later].head == 0 && w[later].upos == "VERB") {
            for (std::size_t k = v + 1; k < later && !clause; ++k) {
                clause = headOf(w, k) == later && w[k].deprel == "nsubj";
            }
        }
        if (!oblique && !clause) {
            continue;
        }
        w[n].head = static_cast<int>(d) + 1;
        w[n].deprel = "appos";
        if (clause) {
            w[v].head = 0;
            w[v].deprel = "root";
            w[later].head = static_cast<int>(v) + 1;
            w[later].deprel = "advcl";
            if (Token& stop = w.back();
                w.size() > later + 1 && headOf(w, w.size() - 1) == later && stop.upos == "PUNCT") {
                stop.head = static_cast<int>(v) + 1; // (the final full stop)
            }
        }
        w[x].head = static_cast<int>(v) + 1;
        w[x].deprel = "nsubj";
        ++mended;
    }
    return mended;
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
                (noun.xpos != "NN" && noun.xpos != "NNS" && noun.xpos != "JJ" && !nameBefore) ||
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
        // "about" or "around" right before an amount is "roughly" (EWT: 85 of 101 times): "is
        // recalling about one million vehicles" had a preposition, and "recall about" for a
        // relation. (Not before a clock time, "around 5:30", nor after "what" or "how".)
        for (std::size_t i = 0; i + 1 < sentence.tokens.size(); ++i) {
            Token& t = sentence.tokens[i];
            const Token& next = sentence.tokens[i + 1];
            if (t.xpos != "IN" || !isOneOf(next.xpos, {"CD", "$"})) {
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
        for (Token& t : sentence.tokens) {
            if (!isOneOf(t.upos, {"PROPN", "NOUN"}) && camelCase(t.form)) {
                retagAsName(t);
            }
        }
        // A word for a company or a rival opening the sentence before a name describes the one
        // named: "Rival Hapag-Lloyd paused ...", "Carmaker Stellantis said ..." (EWT writes
        // such words in lower case as nouns: "rival Apple").
        if (sentence.tokens.size() > 2 && sentence.tokens[0].upos == "PROPN" &&
            titleCase(sentence.tokens[0].form) && sentence.tokens[1].upos == "PROPN" &&
            capitalised(sentence.tokens[1].form)) {
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
            if (!isOneOf(t.xpos, {"JJ", "VBN", "VBD", "NN"}) || t.upos == "PROPN" ||
                !(isOneOf(sentence.tokens[k + 1].upos, {"NUM", "DET"}) ||
                  (sentence.tokens[k + 1].upos == "NOUN" && sentence.tokens[k - 2].xpos == "VB" &&
                   k >= 3 && sentence.tokens[k - 3].xpos == "TO")) ||
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
        // A hyphen written without spaces between two capitalised words joins one name
        // ("Kosiniak-Kamysz"): tagged as a comma, it split the name and the sentence.
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            Token& hyphen = sentence.tokens[k];
            const Token& before = sentence.tokens[k - 1];
            const Token& after = sentence.tokens[k + 1];
            if (hyphen.form == "-" && hyphen.xpos != "HYPH" && hyphen.start == before.end &&
                after.start == hyphen.end && capitalised(before.form) && capitalised(after.form)) {
                hyphen.upos = "PUNCT";
                hyphen.xpos = "HYPH";
            }
        }
        // A capital letter or two joined by such a hyphen to a capitalised word open a name:
        // "*K*-*Electric*", "*T*-*Mobile*" (read as a number, "thousand", and an adjective).
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            const Token& hyphen = sentence.tokens[k];
            Token& before = sentence.tokens[k - 1];
            Token& after = sentence.tokens[k + 1];
            if (hyphen.form == "-" && hyphen.start == before.end && after.start == hyphen.end &&
                before.form.size() <= 2 && upperLetters(before.form) && titleCase(after.form)) {
                retagAsName(before);
                retagAsName(after);
            }
        }
        // The small second half of a hyphenated given name after a family name is a name:
        // "Lee Jae-*yong*", "Kim Jong-*un*" (tagged a noun, it took the words after it).
        for (std::size_t k = 3; k < sentence.tokens.size(); ++k) {
            const Token& hyphen = sentence.tokens[k - 1];
            const Token& first = sentence.tokens[k - 2];
            Token& t = sentence.tokens[k];
            if (hyphen.form == "-" && hyphen.start == first.end && t.start == hyphen.end &&
                first.upos == "PROPN" && capitalised(first.form) &&
                sentence.tokens[k - 3].upos == "PROPN" &&
                capitalised(sentence.tokens[k - 3].form) && t.form.size() <= 4 &&
                lowerLetters(t.form)) {
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
            if (v == NONE || !pastTense(v)) {
                if (const auto [k, tag] = nounForMainVerb(sentence, lemmatizer); k != NONE) {
                    reparseRetagged(sentence, k, "VERB", tag, true);
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
                    !lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
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
            // A past tense after the subject's relative clause read as an adjective
            // ("Ascenda Health, which runs 140 hospitals, diverted ambulances"): the word as a
            // past tense, kept when it heads the parse.
            if (const std::size_t k = pastTenseAfterTheSubjectsClause(sentence.tokens, lemmatizer);
                k != NONE) {
                const std::string past = lemmatizer.lemma(sentence.tokens[k].form, "VERB", "VBD");
                reparse(
                    sentence,
                    [&](Sentence& retry) {
                        retag(retry.tokens[k], "VERB", "VBD");
                        retry.tokens[k].lemma = past;
                    },
                    [&](const Sentence& retry) {
                        std::vector<Token> w = retry.tokens;
                        return w[k].head == 0 || verbAfterSubjectPhrase(w).verb == k ||
                               (relativeClauseAsMainClause(w) && w[k].head == 0);
                    });
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
            // A verb hung under its own subject's phrase is raised over it.
            if (const VerbToRaise raise = verbAfterSubjectPhrase(sentence.tokens);
                raise.verb != NONE) {
                raiseVerbOverSubject(sentence.tokens, raise);
            }
            nameTakenForPunctuation(sentence.tokens);
            subjectHungOnItsVerbAsModifiers(sentence.tokens);
            participleAfterARelativeClause(sentence.tokens);
            pastTenseTakenForTheRootsModifier(sentence.tokens);
            prepositionInsideAnObject(sentence.tokens);
            obliqueOfAnAdjectiveComplement(sentence.tokens);
            appositionOfTheNameBeforeIt(sentence.tokens);
            subjectsWithPhraseTakenForAClause(sentence.tokens);
            atLeastBeforeAnAmount(sentence.tokens);
            whereClauseOnAName(sentence.tokens);
            verbJoinedToANoun(sentence.tokens);
            nameAfterADescriptionInTheSubject(sentence.tokens);
            relativeClauseAsMainClause(sentence.tokens);
            relativeClauseUnderTheMainVerb(sentence.tokens);
            appositionTakenForTheSubject(sentence.tokens);
            includingAsOblique(sentence.tokens);
            hyphenatedParticiples(sentence.tokens);
            participlesAfterAnObject(sentence.tokens);
            subjectAfterASubordinator(sentence.tokens);
            subordinateClauseTakenForAConjunct(sentence.tokens);
            nameJoinedToTheNounBeforeItsOf(sentence.tokens);
            relativeClauseAfterAName(sentence.tokens);
            nameAfterATitle(sentence.tokens);
            nameAfterAFieldAndTitle(sentence.tokens);
            descriptionOpeningTheSentence(sentence.tokens);
            bareInfinitiveAfterAnObject(sentence.tokens);
            participleBeforeItsVerb(sentence.tokens);
            subjectAfterAnOpeningPhrase(sentence.tokens);
            subjectSplitAtItsLastNoun(sentence.tokens);
            clauseAfterAName(sentence.tokens);
            firstOfTwoSubjectsTakenForAConjunct(sentence.tokens);
            nameSplitFromItsNoun(sentence.tokens);
            bareNumberAsObject(sentence.tokens);
            participleAfterTheObject(sentence.tokens);
            amountBeforeAPhrase(sentence.tokens);
            possessorTakenForAnObject(sentence.tokens);
            relativePronounTakenForAClause(sentence.tokens);
            reportInsideARelativeClause(sentence.tokens);
            changedAmountOnTheVerb(sentence.tokens);
            relativeClauseTakenForASecondSubject(sentence.tokens);
            nameRightBeforeASubject(sentence.tokens);
            nameSplitIntoTwoObjects(sentence.tokens);
            nameSplitIntoTwoConjuncts(sentence.tokens);
            receiverTakenForACompound(sentence.tokens);
            nounBeforeASecondObject(sentence.tokens);
            relativeClauseTakenForAComplement(sentence.tokens);
            gerundAfterTimeSpent(sentence.tokens);
            nameTakenForAPredicate(sentence.tokens);
            nounTakenForASameFormParticiple(sentence.tokens);
            agentOnAPassivesObject(sentence.tokens);
            agentTakenForASubject(sentence.tokens);
            infinitiveAfterAVerbOfDeciding(sentence.tokens);
            quantifiersOfPhrase(sentence.tokens);
            wordsOnPunctuation(sentence.tokens);
            predicateNounTakenForAConjunct(sentence.tokens);
            objectsConjunctOnTheVerb(sentence.tokens);
            participleOfTheObject(sentence.tokens);
            nameHungAcrossAPreposition(sentence.tokens);
            nameOnItsDescription(sentence.tokens);
            descriptionAndNameAsTwins(sentence.tokens);
            nameBeforeASum(sentence.tokens);
            nameAndSumAsTwoObjects(sentence.tokens);
            subjectOfAClosingReport(sentence.tokens);
            asClauseTakenForAPhrase(sentence.tokens);
            markerTakenForASubjectsPreposition(sentence.tokens);
            subjectTakenForAConjunct(sentence.tokens);
            intransitiveParticipleBeforeItsNoun(sentence.tokens);
            phraseBeforeAClosingReport(sentence.tokens);
            closingReportHungInside(sentence.tokens);
            closingReportTakenForAModifier(sentence.tokens);
            sumBeforeItsNoun(sentence.tokens);
            asWellAsToTheObject(sentence.tokens);
            thatClauseTakenForARelativeClause(sentence.tokens);
            thatClauseAfterATellingVerbsObject(sentence.tokens);
            upToAnAmount(sentence.tokens);
            objectOfAnAdjectivesConjunct(sentence.tokens);
            adjectiveBetweenTwoObjects(sentence.tokens);
            personAfterAnOrganisationsTitle(sentence.tokens);
            organisationBeforeATitledSubject(sentence.tokens);
            thatTakenForAnObject(sentence.tokens);
            thatClauseWithAParticipleInItsSubject(sentence.tokens);
            clauseAfterAVerbOfSaying(sentence.tokens);
            subjectPronounTakenForAnObject(sentence.tokens);
            sayingHungInsideARelativeClause(sentence.tokens);
            clauseOnTheDayOfAReport(sentence.tokens);
            relativeClauseOnTheDayAfterAnObject(sentence.tokens);
            participleTakenForARelativeClause(sentence.tokens);
            asPhraseTakenForAMarker(sentence.tokens);
            nameSplitAtItsHyphen(sentence.tokens);
            nameSplitBeforeItsPossessive(sentence.tokens);
            whichClauseOnAPerson(sentence.tokens);
            comparativeClauseTakenForAPhrase(sentence.tokens);
            participleClauseOnADeepNoun(sentence.tokens);
            subjectsLastConjunctTakenForTheSubject(sentence.tokens);
            infinitiveOfItsNoun(sentence.tokens);
            whetherOrNot(sentence.tokens);
            verbClosingAClause(sentence.tokens, lemmatizer);
            verbAfterItsSubjectsOfPhrase(sentence.tokens, lemmatizer);
            appositionAfterAName(sentence.tokens);
            nameSplitByARelativeClause(sentence.tokens);
            relativeClauseOnAVerb(sentence.tokens);
            objectTakenForAClausesSubject(sentence.tokens);
            nounTakenForABareInfinitive(sentence.tokens, [&](const std::string& lower) {
                return (tagger.wordClasses(lower) & WC_NOUN) != 0;
            });
            nounTakenForAParticiple(sentence.tokens, [&](const std::string& lower) {
                return (tagger.wordClasses(lower) & WC_NOUN) != 0;
            });
            pluralRelativeClauseOnAName(sentence.tokens);
            clauseTakenForAPrepositionalPhrase(sentence.tokens);
            verbTakenForItsObjectsAdjective(sentence.tokens);
            dayOnAName(sentence.tokens);
            adverbialClausesByTheirMarker(sentence.tokens);
            relativeClauseByWhose(sentence.tokens);
            nameTakenForAnInfinitivesSubject(sentence.tokens);
            gerundCompoundTakenForAClause(sentence.tokens);
            verbsPhraseOnItsObject(sentence.tokens);
            receiverTakenForAnObjectsModifier(sentence.tokens);
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
            // A plural noun that the parse gave a subject and an object is a verb's "-s" form:
            // "before it *services* advanced lithography machines".
            for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
                Token& t = sentence.tokens[k];
                const auto has = [&](const char* rel) {
                    return hasChild(sentence.tokens, k,
                                    [&](const std::string& r) { return r == rel; });
                };
                if (t.xpos == "NNS" && lowercaseAscii(t.form) == t.form && has("nsubj") &&
                    has("obj") && lemmatizer.knownVerb(lemmatizer.lemma(t.form, "VERB", "VBZ"))) {
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
