#include "ingest/nlp/reparse_cues.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/tree_walk.h"
#include "ingest/nlp/word_classes.h"
#include "ingest/nlp/word_shapes.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest::nlp {

namespace {

constexpr std::size_t NONE = NO_WORD;

// Whether a word with this UPOS can start a noun phrase (an object after a verb).
bool isObjectStart(const std::string& upos) {
    return upos == "DET" || upos == "ADJ" || upos == "NOUN" || upos == "PROPN" || upos == "NUM" ||
           upos == "PRON";
}

} // namespace

std::size_t verblessRoot(const std::vector<Token>& w) {
    const std::size_t n = w.size();
    if (n < 5 || !(w[n - 1].form == "." || w[n - 1].form == "!" || w[n - 1].form == "?")) {
        return NONE;
    }
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos == "VERB" || w[root].upos == "AUX" ||
        hasChild(w, root, [](const std::string& r) { return r == "cop"; })) {
        return NONE;
    }
    return root;
}

namespace {

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

} // namespace

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
        const bool present = t.xpos == "NNS" && t.form.ends_with("s") && t.form.size() > 3 &&
                             (w[i + 1].xpos == "TO" || isOneOf(w[i + 1].xpos, {"DT", "PRP$"})) &&
                             lemmas.knownVerb(lemmas.lemma(t.form, "VERB", "VBZ"));
        // (or an irregular past that no participle-only form is: "Jho Low, who is accused of
        // masterminding the scheme, *fled* to China"; not "given", "known")
        const std::string irregular = lemmas.lemma(t.form, "VERB", "VBD");
        const bool pastForm = (t.form.ends_with("ed") && t.form.size() >= 5) ||
                              (t.xpos == "VBN" && !t.form.ends_with("n") && irregular != t.form &&
                               t.form.size() >= 3);
        const bool past = isOneOf(t.xpos, {"JJ", "VBN"}) && pastForm &&
                          (isObjectStart(w[i + 1].upos) || w[i + 1].upos == "ADP") &&
                          lemmas.knownVerb(irregular);
        if (!(past || present) || t.form[0] < 'a' || t.form[0] > 'z' || t.head == 0) {
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

namespace {

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
    // (or a possessive: "Greg Becker, its chief executive, *sold* shares")
    if (comma == NONE || comma == 0 || !isOneOf(w[comma - 1].upos, {"NOUN", "PROPN"}) ||
        !isOneOf(lowercaseAscii(w[comma + 1].form),
                 {"a", "an", "another", "the", "one", "its", "his", "her", "their"})) {
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

} // namespace

std::size_t participleForMainVerb(const Sentence& s, const Lemmatizer& lemmas) {
    const std::vector<Token>& w = s.tokens;
    // (A participle between commas after the subject, parsed as the main verb, leaves the
    // sentence as good as verbless: "Rite Harbor, a pharmacy chain, founded in 1990, filed for
    // bankruptcy protection" with "filed" its clause. The verb is sought after its comma.)
    const std::size_t participleRoot = participleRootAfterItsSubject(w).first;
    const bool verbless = verblessRoot(w) != NONE;
    if (!verbless && participleRoot == NONE) {
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
        // (or an irregular past of a known verb, after an apposition: "sold", "took")
        const auto irregularPast = [&] {
            const std::string verb = lemmas.lemma(w[i].form, "VERB", "VBD");
            return lemmas.knownVerb(verb) && verb != lowercaseAscii(w[i].form);
        };
        // (or one right after a noun or a number in a sentence with no verb: "Millions of
        // residents *lost* power", "An earthquake of magnitude 7.7 *struck* central Myanmar")
        // (or a past the same as its base form, which the tagger may call an adjective, in a
        // sentence with no verb: "British Airways *cut* flights", "The company *shut* down its
        // system")
        const bool edForm =
            (w[i].form.size() > 3 && w[i].form.ends_with("ed")) ||
            (verbless && sameFormPast(w[i].form)) ||
            (w[i].xpos == "VBN" && irregularPast() &&
             (afterAnApposition(w, i) ||
              (verbless && i > 0 && isOneOf(w[i - 1].upos, {"NOUN", "PROPN", "NUM"}))));
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
        // So does a preposition other than an agent's "by" right after a noun, in a sentence
        // with no verb at all and no other participle or past tense after this one but its
        // conjunct's ("Hundreds of people *gathered* in Athens on Friday", "Crowds *celebrated*
        // in the streets and pulled down statues"; "prices compared to anyone's" is a
        // comparison).
        bool laterVerb = false; // (one not joined to it by "and" or "or")
        for (std::size_t k = i + 1; k < w.size() && !laterVerb; ++k) {
            laterVerb = isOneOf(w[k].xpos, {"VBN", "VBD", "VBZ", "VBP"}) &&
                        !isOneOf(lowercaseAscii(w[k - 1].form), {"and", "or"});
        }
        const bool phrase = participle && verbless && w[i + 1].upos == "ADP" &&
                            lowercaseAscii(w[i + 1].form) != "by" && w[i].lemma != "compare" &&
                            isOneOf(w[i - 1].upos, {"NOUN", "PROPN"}) && !laterVerb;
        if ((participle || adjective) && edForm && nounBefore &&
            (isObjectStart(w[i + 1].upos) || modifier || infinitive || complement || phrase ||
             (participle && (afterAnApposition(w, i) || participleRoot != NONE))) &&
            !hasChild(w, i, [](const std::string& r) { return r.starts_with("aux"); })) {
            return i;
        }
        nounBefore =
            nounBefore || w[i].upos == "NOUN" || w[i].upos == "PROPN" || w[i].upos == "PRON";
    }
    return NONE;
}

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
        // (Or a gerund, for a word not in "-s": "Farmers in Saskatchewan *fear* losing their
        // biggest market".)
        const bool gerund = !plural && w[i + 1].xpos == "VBG" && w[i + 1].upos == "VERB";
        // (Or after the verb that ends a relative clause on the subject: "Companies that fail
        // to comply *face* fines of up to 49.5 million dollars".)
        const auto endsARelativeClause = [&] {
            if (before.upos != "VERB" || b + 1 != i) {
                return false;
            }
            for (std::size_t up = b, steps = 0; up != NONE && steps < w.size();
                 up = headOf(w, up), ++steps) {
                if (w[up].deprel == "acl:relcl") {
                    return headOf(w, up) == rootOf(w) && headOf(w, up) < up;
                }
                if (up != b && up > i) {
                    return false;
                }
            }
            return false;
        };
        // (A name compounded onto the word counts before an infinitive: "Walgreens Boots
        // Alliance plans to close ...".)
        const bool after =
            before.form == "," || demonstrative || endsARelativeClause() ||
            (nounBefore &&
             (before.head != static_cast<int>(i) + 1 || before.deprel.starts_with("nsubj") ||
              isOneOf(w[i + 1].upos, {"DET", "NUM", "ADJ"}) || w[i + 1].xpos == "PRP$" || gerund ||
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
            (isObjectStart(w[i + 1].upos) || infinitive || preposition || amount || gerund) &&
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

namespace {

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

} // namespace

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

bool sameFormPast(std::string_view lower) {
    return isOneOf(lower, {"set",    "cut",   "put",    "hit",   "let",       "shut",   "cost",
                           "spread", "cast",  "hurt",   "quit",  "split",     "shed",   "bet",
                           "burst",  "upset", "offset", "reset", "broadcast", "outbid", "thrust"});
}

bool preposition(std::string_view lower) {
    // (the one-word prepositions; those that open with a participle or go with another word;
    // the subordinators and adverbs EWT also tags as prepositions; and web text's short forms)
    return isOneOf(lower,
                   {"of",      "in",         "to",         "for",       "on",       "with",
                    "at",      "from",       "by",         "as",        "up",       "out",
                    "about",   "into",       "like",       "than",      "after",    "over",
                    "off",     "through",    "between",    "under",     "against",  "during",
                    "around",  "down",       "before",     "within",    "per",      "without",
                    "because", "upon",       "among",      "since",     "along",    "behind",
                    "across",  "until",      "near",       "via",       "except",   "back",
                    "versus",  "outside",    "toward",     "towards",   "above",    "despite",
                    "but",     "throughout", "below",      "away",      "inside",   "onto",
                    "beyond",  "besides",    "past",       "unlike",    "next",     "together",
                    "till",    "til",        "save",       "round",     "beside",   "beneath",
                    "aside",   "amongst",    "worth",      "unto",      "nearby",   "minus",
                    "plus",    "circa",      "atop",       "astride",   "amid",     "amidst",
                    "ahead",   "aboard",     "underneath", "alongside", "opposite", "times"}) ||
           isOneOf(lower, {"notwithstanding", "pending", "including", "excluding", "following",
                           "regarding", "concerning", "considering", "given", "according", "due",
                           "instead", "ago", "apart", "barring", "bar"}) ||
           isOneOf(lower, {"whether", "if", "so", "then", "though", "although", "that", "while",
                           "once", "lest"}) ||
           isOneOf(lower,
                   {"vs.", "vs", "re", "cum", "qua", "pro", "w/", "w/o", "thru", "abt", "@"});
}

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
    // (Or it rests on the verb joined after it, whose subject the word went into: "The strike
    // *cost* Boeing billions of dollars and forced it to raise money" with "cost" a noun and
    // the subject of "forced".)
    const std::size_t cc =
        lastChildBefore(w, root, root, [](const std::string& r) { return r == "cc"; });
    const std::size_t subject =
        lastChildBefore(w, root, root, [](const std::string& r) { return r == "nsubj"; });
    const bool joinedRoot = w[root].upos == "VERB" && cc != NONE && subject != NONE &&
                            subject < cc && isOneOf(w[cc].form, {"and", "but"});
    // (Or it went into the subject of a clause that a subordinator opens, which the parse
    // read as a phrase on that subject: "The company *cut* jobs after sales in Europe fell"
    // with "company cut jobs after sales in Europe" the subject of "fell".)
    std::size_t opener = NONE;
    if (w[root].upos == "VERB" && subject != NONE) {
        for (std::size_t m = subject + 1; m < root && opener == NONE; ++m) {
            if (w[m].deprel == "case" &&
                isOneOf(lowercaseAscii(w[m].form), {"after", "before", "since", "until", "as"}) &&
                dominates(w, subject, m)) {
                opener = m;
            }
        }
    }
    if (!participleRoot && !joinedRoot && opener == NONE && verblessRoot(w) == NONE) {
        return NONE;
    }
    const std::size_t end = participleRoot   ? root
                            : joinedRoot     ? cc
                            : opener != NONE ? opener
                                             : w.size();
    bool named = false; // a determiner or a name before it, as a subject has
    for (std::size_t k = 1; k + 1 < end; ++k) {
        if (isOneOf(w[k].xpos, {"VBD", "VBZ", "VBP", "MD"})) {
            return NONE;
        }
        named = named || isOneOf(w[k - 1].upos, {"DET", "PROPN", "PRON"});
        if (named && isOneOf(w[k - 1].upos, {"NOUN", "PROPN"}) && candidate(k) &&
            (!(joinedRoot || opener != NONE) || dominates(w, subject, k))) {
            return k;
        }
    }
    return NONE;
}

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

} // namespace kg::ingest::nlp
