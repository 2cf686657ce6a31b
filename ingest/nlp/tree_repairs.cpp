#include "ingest/nlp/tree_repairs.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/offices.h"
#include "ingest/nlp/reparse_cues.h"
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

// The first dependent of word `h` labelled `rel` whose lower-case form is one of `forms`, or
// NONE.
std::size_t dependentWordOf(const std::vector<Token>& w, std::size_t h, std::string_view rel,
                            std::initializer_list<std::string_view> forms) {
    for (std::size_t c = 0; c < w.size(); ++c) {
        if (w[c].head == static_cast<int>(h) + 1 && w[c].deprel == rel &&
            isOneOf(lowercaseAscii(w[c].form), forms)) {
            return c;
        }
    }
    return NONE;
}

// The first dependent of word `h` labelled `case` whose lower-case form is one of `forms` ("of",
// "by"), or NONE.
std::size_t caseWordOf(const std::vector<Token>& w, std::size_t h,
                       std::initializer_list<std::string_view> forms) {
    return dependentWordOf(w, h, "case", forms);
}

// Whether verb `v` is finite: a tense of its own or an auxiliary ("and calling for a strike" is
// not).
bool finiteVerb(const std::vector<Token>& w, std::size_t v) {
    return isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
           hasChild(w, v, [](const std::string& rel) { return rel.starts_with("aux"); });
}

// The main clause's verb over word `k`: the verb of `k`'s clause, and above it while that is a
// clause of a noun or a verb before it ("... replace them with notes written by users, chief
// executive Mark Zuckerberg said" reaches "replace", over "written").
std::size_t mainClauseVerbAbove(const std::vector<Token>& w, std::size_t k) {
    std::size_t verb = verbAtOrAbove(w, k);
    for (std::size_t steps = 0; verb != NONE && steps <= w.size() &&
                                isOneOf(w[verb].deprel, {"acl", "acl:relcl", "conj", "xcomp"}) &&
                                headOf(w, verb) != NONE && headOf(w, verb) < verb;
         ++steps) {
        verb = verbAtOrAbove(w, headOf(w, verb));
    }
    return verb;
}

// A hyphenated participle right before a noun that the parse made a marker or an adverb of
// the verb: "Beijing-based ByteDance owns TikTok" with "based" marking "owns". It modifies the
// noun after it (its phrase's head, over compounds and a name's words). How many it moved.
std::size_t hyphenatedParticipleTakenForAMarker(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t p = 2; p + 1 < w.size(); ++p) {
        const bool participle = w[p].xpos == "VBN" || (w[p].xpos == "JJ" && w[p].form.size() > 3 &&
                                                       w[p].form.ends_with("ed"));
        if (w[p - 1].xpos != "HYPH" || !participle ||
            !isOneOf(w[p].deprel, {"mark", "advmod", "case"}) ||
            !isOneOf(w[p + 1].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        std::size_t noun = p + 1;
        while (headOf(w, noun) != NONE && headOf(w, noun) > noun &&
               isOneOf(w[noun].deprel, {"compound", "flat", "amod"})) {
            noun = headOf(w, noun);
        }
        if (dominates(w, p, noun)) {
            continue;
        }
        w[p].head = static_cast<int>(noun) + 1;
        w[p].deprel = "amod";
        ++moved;
    }
    return moved;
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

// Whether lower-case `word`, singular or plural, is a stretch of time that "after" or
// "before" can follow ("weeks after", "years before").
bool stretchOfTime(std::string_view word) {
    if (word.size() > 3 && word.ends_with('s')) {
        word.remove_suffix(1);
    }
    return isOneOf(word, {"minute", "hour", "day", "week", "month", "year", "decade", "moment"});
}

// Whether a word opens a clause of time when it is no preposition: "after", "before", "since",
// "until".
bool timeSubordinator(const Token& t) {
    return isOneOf(lowercaseAscii(t.form), {"after", "before", "since", "until"});
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
            subject != NONE && w[subject].upos == "NOUN" && stretchOfTime(w[subject].lemma);
        if (subject == NONE || (loose && !time) ||
            (!time && !hasChild(w, subject, [](const std::string& r) { return r == "nummod"; }))) {
            continue;
        }
        // The preposition right after the subject, and its noun: on the subject, before the
        // clause, with every word up to the clause its own.
        const std::size_t marker = subject + 1;
        const std::size_t noun = headOf(w, marker);
        if (w[marker].deprel != "case" || !timeSubordinator(w[marker]) || noun == NONE ||
            noun <= marker || noun >= c || headOf(w, noun) != subject || w[noun].deprel != "nmod" ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN", "PRON"})) {
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
// ..." is the feud's; unless the clause says what a business does: "A cyberattack on CDK
// Global, which makes software for car dealers, ..." is the company's.) How many it moved.
std::size_t relativeClauseAfterAName(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t h = headOf(w, v);
        if (w[v].deprel != "acl:relcl" || h == NONE || h >= v) {
            continue;
        }
        const bool business =
            w[h].upos == "NOUN" && w[v].xpos == "VBZ" &&
            isOneOf(w[v].lemma, {"make", "develop", "sell", "run", "own", "operate", "provide",
                                 "supply", "produce", "build", "manufacture", "design", "employ"});
        if (!business && !hasChild(w, h, [](const std::string& r) { return r == "cop"; })) {
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

// A noun right after a hyphenated modifier that the parse made the head of a prepositional
// phrase is that phrase's head: "jumped 50 percent in after-hours trading" with "hours" the
// noun of "in" and "trading" a complement of "jumped". The modifier hangs on the noun, the
// preposition too. How many it mended.
std::size_t nounAfterAHyphenatedModifier(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t m = k - 1;
        if (w[k].upos != "NOUN" || w[m].upos != "NOUN" || w[k - 2].form != "-" ||
            headOf(w, m) == k || headOf(w, k) == m ||
            !isOneOf(w[k].deprel, {"xcomp", "obj", "dep", "obl:unmarked", "obl:npmod", "acl",
                                   "nmod", "appos"}) ||
            !isOneOf(w[m].deprel, {"nmod", "obl"}) ||
            hasChild(w, k, [](const std::string& r) { return r == "det" || r == "case"; })) {
            continue;
        }
        const std::size_t modifier = k - 3; // (its word before the hyphen)
        const std::size_t prep =
            lastChildBefore(w, m, m, [](const std::string& r) { return r == "case"; });
        if (prep == NONE || prep > modifier) {
            continue;
        }
        w[k].head = w[m].head;
        w[k].deprel = w[m].deprel;
        w[m].head = static_cast<int>(k) + 1;
        w[m].deprel = "compound";
        for (std::size_t c = 0; c < m; ++c) {
            if (c < modifier && headOf(w, c) == m &&
                isOneOf(w[c].deprel, {"case", "det", "nmod:poss", "amod"})) {
                w[c].head = static_cast<int>(k) + 1;
            }
        }
        ++mended;
    }
    return mended;
}

// A span of time before "before", "after", "ago", "earlier" or "later" that the parse made the
// verb's object is a modifier of time: "technology that Moderna developed years before the
// pandemic" with "years" the object of "developed". A relative pronoun the parse then left
// without a role is the object. How many it relabelled.
std::size_t spanOfTimeTakenForAnObject(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        // (Not one the parse gave a compound, the object's head then: "would receive praise
        // years later" with "praise" on "years".)
        if (w[k].deprel != "obj" || w[k].upos != "NOUN" || v == NONE || v > k ||
            !stretchOfTime(lowercaseAscii(w[k].form)) ||
            hasChild(w, k, [](const std::string& r) { return r == "compound"; }) ||
            !isOneOf(lowercaseAscii(w[k + 1].form),
                     {"before", "after", "ago", "earlier", "later"})) {
            continue;
        }
        w[k].deprel = "obl:unmarked";
        const std::size_t which = lastChildBefore(w, v, v, [](const std::string& r) {
            return isOneOf(r, {"obl:unmarked", "obl", "dep"});
        });
        if (which != NONE && isOneOf(lowercaseAscii(w[which].form), {"that", "which"}) &&
            w[v].deprel == "acl:relcl" &&
            !hasChild(w, which, [](const std::string& r) { return r == "case"; })) {
            w[which].deprel = "obj";
        }
        ++changed;
    }
    return changed;
}

// A noun right before a span of time that the parse hung on that span is the verb's object:
// "issued a similar ruling hours later" with "ruling" a modifier of "hours". Its determiner
// and adjectives go with it. How many it moved.
std::size_t objectHungOnASpanOfTime(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        const std::size_t noun = k - 1;
        if (!stretchOfTime(lowercaseAscii(w[k].form)) || w[noun].upos != "NOUN" ||
            headOf(w, noun) != k || !isOneOf(w[noun].deprel, {"amod", "compound"}) ||
            stretchOfTime(lowercaseAscii(w[noun].form)) ||
            !isOneOf(lowercaseAscii(w[k + 1].form), {"later", "earlier", "ago"})) {
            continue;
        }
        std::size_t v = headOf(w, k);
        for (std::size_t steps = 0; v != NONE && w[v].upos != "VERB" && steps < 3; ++steps) {
            v = headOf(w, v);
        }
        if (v == NONE || w[v].upos != "VERB" || v > noun ||
            hasChild(w, v, [](const std::string& r) { return r == "obj"; })) {
            continue;
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "obj";
        for (std::size_t c = 0; c < noun; ++c) {
            if (headOf(w, c) == k && isOneOf(w[c].deprel, {"det", "amod", "nmod:poss"})) {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        ++moved;
    }
    return moved;
}

// A noun after "for" right before an infinitive's "to", that the parse made an oblique of the
// verb the infinitive hangs on, is the infinitive's subject, "for" its marker: "is waiting for
// Nvidia to certify its chips" (Nvidia certifies; the waiting one does not). Not a span of
// time: "waited for hours to get in". How many it mended.
std::size_t subjectOfAnInfinitiveAfterFor(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 2 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t to = k + 1;
        const std::size_t inf = headOf(w, to);
        if (!isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"}) || w[k].deprel != "obl" || v == NONE ||
            v > k || lowercaseAscii(w[to].form) != "to" || w[to].deprel != "mark" || inf == NONE ||
            headOf(w, inf) != v || w[inf].upos != "VERB" ||
            !isOneOf(w[inf].deprel, {"advcl", "xcomp"}) ||
            stretchOfTime(lowercaseAscii(w[k].form)) ||
            hasChild(w, inf, [](const std::string& r) { return r.starts_with("nsubj"); })) {
            continue;
        }
        const std::size_t f = caseWordOf(w, k, {"for"});
        if (f == NONE || phraseEdges(w, k).second != k) {
            continue;
        }
        w[k].head = static_cast<int>(inf) + 1;
        w[k].deprel = "nsubj";
        w[f].head = static_cast<int>(inf) + 1;
        w[f].deprel = "mark";
        w[inf].deprel = "advcl";
        ++mended;
    }
    return mended;
}

// Two names joined by "and" that the parse made one, the first a compound of the second's
// last word: "Nippon Steel and U.S. Steel said" with the first "Steel" on the second. The
// first name heads the pair and the second is its conjunct. How many it mended.
std::size_t joinedNamesTakenForOne(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 1; c + 1 < w.size(); ++c) {
        if (w[c].upos != "CCONJ" || !isOneOf(lowercaseAscii(w[c].form), {"and", "or"})) {
            continue;
        }
        const std::size_t x = c - 1;
        const std::size_t h = headOf(w, x);
        if (w[x].upos != "PROPN" || w[x].deprel != "compound" || h == NONE || h <= c ||
            w[h].upos != "PROPN") {
            continue;
        }
        // (the second name's words all its own, the "and" on one of them or on its head)
        bool own = true;
        for (std::size_t k = c + 1; k < h; ++k) {
            own = own && headOf(w, k) == h && isOneOf(w[k].deprel, {"compound", "flat"}) &&
                  w[k].upos == "PROPN";
        }
        const std::size_t ccHead = headOf(w, c);
        if (!own || ccHead == NONE || ccHead <= c || ccHead > h) {
            continue;
        }
        w[x].head = w[h].head;
        w[x].deprel = w[h].deprel;
        w[h].head = static_cast<int>(x) + 1;
        w[h].deprel = "conj";
        w[c].head = static_cast<int>(c) + 2; // (on the second name's first word)
        w[c].deprel = "cc";
        for (std::size_t k = 0; k < w.size(); ++k) {
            // (what hung on the pair, its verb's other words, stays on the first name)
            if (k != x && k > h && headOf(w, k) == h &&
                !isOneOf(w[k].deprel, {"compound", "flat", "case"})) {
                w[k].head = static_cast<int>(x) + 1;
            }
        }
        ++mended;
    }
    return mended;
}

// An object the parse gave a common noun, which takes none, is its complement, with the
// preposition the parse hung on a word of the complement's name: "acquisition of United States
// Steel" with "Steel" an obj of "acquisition" and "of" on "States". How many it relabelled.
std::size_t objectOfANoun(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (!isOneOf(w[k].deprel, {"obj", "iobj"}) || h == NONE || h >= k || w[h].upos != "NOUN" ||
            !isOneOf(w[k].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        const auto prepositionOf = [&](std::size_t x) {
            return caseWordOf(w, x, {"of", "to", "for", "in", "on", "with", "from", "by"});
        };
        std::size_t prep = prepositionOf(k);
        if (prep == NONE) {
            for (std::size_t c = h + 1; c < k && prep == NONE; ++c) {
                if (headOf(w, c) == k && isOneOf(w[c].deprel, {"compound", "flat"})) {
                    prep = prepositionOf(c);
                }
            }
            if (prep == NONE) {
                continue;
            }
            w[prep].head = static_cast<int>(k) + 1;
        }
        w[k].deprel = "nmod";
        ++changed;
    }
    return changed;
}

// A clause opened by "of" or "for" that the parse hung on a day the verb's act is dated by is
// the verb's: "accused Microsoft on Tuesday of breaking competition rules" with "breaking" on
// "Tuesday" (no day is "of" anything done). How many it moved.
std::size_t clauseHungOnItsDay(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t day = headOf(w, k);
        const std::size_t verb = day == NONE ? NONE : headOf(w, day);
        if (w[k].upos != "VERB" || w[k].xpos != "VBG" || !isOneOf(w[k].deprel, {"acl", "nmod"}) ||
            day == NONE || day >= k || verb == NONE || w[verb].upos != "VERB" ||
            w[day].deprel != "obl") {
            continue;
        }
        const std::string lower = lowercaseAscii(w[day].form);
        const std::size_t opener = lastChildBefore(
            w, k, k, [](const std::string& r) { return r == "mark" || r == "case"; });
        if (!(weekday(lower) || monthName(lower) || isOneOf(lower, {"today", "yesterday"})) ||
            opener == NONE || !isOneOf(lowercaseAscii(w[opener].form), {"of", "for"})) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "advcl";
        ++moved;
    }
    return moved;
}

// A name right after a common noun with its determiner, that the parse made a bare oblique or
// a second object of the verb, is the noun's apposition: "Ineos owns the French club Nice"
// with "Nice" an obl:unmarked of "owns" (the noun says what the name is). How many it moved.
std::size_t nameAfterItsDescriptionTakenForAnOblique(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t noun = k - 1;
        if (w[k].upos != "PROPN" || !isOneOf(w[k].deprel, {"obl:unmarked", "obl:npmod", "iobj"}) ||
            v == NONE || v >= noun || w[v].upos != "VERB" || headOf(w, noun) != v ||
            w[noun].upos != "NOUN" || !isOneOf(w[noun].deprel, {"obj", "obl"}) ||
            !hasChild(w, noun, [](const std::string& r) { return r == "det"; }) ||
            hasChild(w, k, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        w[k].head = static_cast<int>(noun) + 1;
        w[k].deprel = "appos";
        ++moved;
    }
    return moved;
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

// A participle right after a prepositional phrase's noun, which the parse made the
// participle's oblique while hanging the participle on a noun before: "bought Credit Suisse for
// 3 billion francs, in a deal arranged by Swiss authorities" with "deal" an oblique of
// "arranged" and "arranged" a modifier of "francs". The participle modifies the noun right
// before it, and the phrase goes where the participle was, on the verb above. Whether it mended
// one.
bool participleAfterItsOwnOblique(std::vector<Token>& w) {
    for (std::size_t p = 2; p < w.size(); ++p) {
        const std::size_t n = p - 1;
        const std::size_t h = headOf(w, p);
        if (w[p].xpos != "VBN" || w[p].deprel != "acl" || h == NONE || h >= n ||
            headOf(w, n) != p || w[n].deprel != "obl" || w[n].upos != "NOUN" ||
            !hasChild(w, n, [](const std::string& rel) { return rel == "case"; }) ||
            !hasChild(w, p, [](const std::string& rel) { return rel == "obl:agent"; })) {
            continue;
        }
        // The verb the earlier noun's phrase hangs on.
        std::size_t v = h;
        while (v != NONE && w[v].upos != "VERB") {
            v = headOf(w, v);
        }
        if (v == NONE || v > h) {
            continue;
        }
        w[n].head = static_cast<int>(v) + 1;
        w[n].deprel = "obl";
        w[p].head = static_cast<int>(n) + 1;
        // (the comma before the phrase goes with it)
        for (std::size_t c = h + 1; c < n; ++c) {
            if (headOf(w, c) == p && w[c].upos == "PUNCT") {
                w[c].head = static_cast<int>(n) + 1;
            }
        }
        return true;
    }
    return false;
}

// The second object of a verb of giving that the parse hung on the first as a bare modifier:
// "gives the Chinese company nine months to find a buyer" with "months" an nmod of "company"
// (no preposition). The first object is the receiver (iobj) and the second the object. Whether
// it mended one.
bool secondObjectTakenForAModifier(std::vector<Token>& w) {
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t first = headOf(w, k);
        const std::size_t v = first == NONE ? NONE : headOf(w, first);
        // (or as an apposition or a conjunct with no comma or "and" before it: "gives Novo
        // Nordisk the factories", "gave internet providers five days")
        // (a receiver, not a sum: "pay $5.85 a share")
        const bool unmarked = isOneOf(w[k].deprel, {"appos", "conj"}) && first != NONE &&
                              isOneOf(w[first].upos, {"NOUN", "PROPN"}) &&
                              !hasChild(w, k, [](const std::string& rel) {
                                  return isOneOf(rel, {"cc", "punct"});
                              });
        if (!(w[k].deprel == "nmod" || unmarked) || !isOneOf(w[k].upos, {"NOUN", "PROPN"}) ||
            first == NONE || first >= k || w[first].deprel != "obj" || v == NONE || v >= first ||
            w[v].upos != "VERB" ||
            !isOneOf(w[v].lemma, {"give", "grant", "offer", "send", "lend", "hand", "award",
                                  "allow", "owe", "pay", "promise", "deny"}) ||
            hasChild(w, k, [](const std::string& rel) { return rel == "case"; })) {
            continue;
        }
        // (right after the first object's own words)
        const std::size_t begin = phraseEdges(w, k).first;
        bool adjacent = begin > first && w[begin].upos != "PUNCT";
        for (std::size_t c = first + 1; c < begin && adjacent; ++c) {
            adjacent = dominates(w, first, c);
        }
        if (!adjacent || hasChild(w, v, [](const std::string& rel) { return rel == "iobj"; })) {
            continue;
        }
        w[first].deprel = "iobj";
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obj";
        return true;
    }
    return false;
}

// A count made a verb's object with the noun it counts, after a maker's name and model, hung
// elsewhere: "to ground 171 Boeing 737 Max 9 aircraft after a panel blew off" with "171" the
// object and "aircraft" (and "Boeing") subjects of "blew". The noun is the object, the count its
// number and the name's words its compounds. Whether it mended one.
bool countTakenForTheObject(std::vector<Token>& w) {
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].upos != "NUM" || w[k].deprel != "obj" || v == NONE || v > k ||
            w[v].upos != "VERB" || w[k + 1].upos != "PROPN" ||
            hasChild(w, k, [](const std::string&) { return true; })) {
            continue;
        }
        std::size_t m = k + 1;
        while (m < w.size() && isOneOf(w[m].upos, {"PROPN", "NUM"})) {
            ++m;
        }
        if (m >= w.size() || w[m].upos != "NOUN" || dominates(w, k, m) ||
            !w[m].deprel.starts_with("nsubj")) {
            continue;
        }
        w[m].head = static_cast<int>(v) + 1;
        w[m].deprel = "obj";
        w[k].head = static_cast<int>(m) + 1;
        w[k].deprel = "nummod";
        for (std::size_t j = k + 1; j < m; ++j) {
            const std::size_t h = headOf(w, j);
            if (h == NONE || h < k || h > m) {
                w[j].head = static_cast<int>(m) + 1;
                w[j].deprel = "compound";
            }
        }
        return true;
    }
    return false;
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
        std::size_t n = last + 1;
        // (past the noun's compounds: "$56 billion *pay* package")
        while (n + 1 < w.size() && w[n].upos == "NOUN" && w[n].deprel == "compound" &&
               headOf(w, n) == n + 1 && w[n + 1].upos == "NOUN") {
            ++n;
        }
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

// Makes verb `v` the root, with root noun `r` its subject and the words after `v` that hung on
// `r` (the closing punctuation, clauses) its own.
void verbOverItsRootSubject(std::vector<Token>& w, std::size_t r, std::size_t v) {
    for (std::size_t k = v + 1; k < w.size(); ++k) {
        if (headOf(w, k) == r) {
            w[k].head = static_cast<int>(v) + 1;
        }
    }
    w[v].head = 0;
    w[v].deprel = "root";
    w[r].head = static_cast<int>(v) + 1;
    w[r].deprel = "nsubj";
}

// The noun or name after word `after` whose phrase a comma opens and that ends at word `end`,
// the longest if several do: the phrase before a closing report ("..., the mayor, Ihor
// Terekhov, said"). (The parse may give the phrase its opening comma.) NONE if none does.
std::size_t phraseOpenedByAComma(const std::vector<Token>& w, std::size_t after, std::size_t end) {
    std::size_t found = NONE;
    for (std::size_t n = after + 1; n <= end && n < w.size(); ++n) {
        if (!isOneOf(w[n].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        const auto [first, last] = phraseEdges(w, n);
        const bool opened = w[first].form == "," || (first > after + 1 && w[first - 1].form == ",");
        if (last == end && first > after && opened &&
            (found == NONE || first < phraseEdges(w, found).first)) {
            found = n;
        }
    }
    return found;
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
        const std::size_t subject = phraseOpenedByAComma(w, h, end);
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

// A closing report that took the opening subject of the clause it reports: "Russian forces,
// meanwhile, launched missiles at Kharkiv, damaging a power station, the mayor, Ihor Terekhov,
// said" with "forces" the subject of "said" and "the mayor" an apposition of "station". The
// noun phrase between the comma before the report and the report becomes its subject, and the
// opening subject goes back to the reported verb. Whether it mended one.
bool closingReportWithTheOpeningSubject(std::vector<Token>& w) {
    for (std::size_t r = 4; r < w.size(); ++r) {
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) || w[r].head != 0 ||
            w[r - 1].form != ",") {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, r, r, [](const std::string& rel) { return rel == "nsubj"; });
        const std::size_t clause =
            lastChildBefore(w, r, r, [](const std::string& rel) { return rel == "ccomp"; });
        if (subject == NONE || clause == NONE || subject > clause || clause > r ||
            !isOneOf(w[subject].upos, {"NOUN", "PROPN"}) ||
            hasChild(w, clause, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel == "mark";
            })) {
            continue;
        }
        const std::size_t reporter = phraseOpenedByAComma(w, clause, r - 2);
        if (reporter == NONE || dominates(w, reporter, r)) {
            continue;
        }
        w[subject].head = static_cast<int>(clause) + 1;
        w[reporter].head = static_cast<int>(r) + 1;
        w[reporter].deprel = "nsubj";
        w[r - 1].head = static_cast<int>(r) + 1; // (the comma before it is its own)
        return true;
    }
    return false;
}

// A sentence's verb read as a relative clause on its subject, with the name before it that
// closes the subject taken for the clause's subject: "An investigation by the law firm
// *WilmerHale* *found* that ..." (a finding by the name, on the investigation). When the verb
// has what a relative clause lacks, an object or a complement, the name goes back to the noun
// before it as its apposition, the verb heads the sentence and the noun at the root is its
// subject. Whether it mended one.
bool mainVerbTakenForARelativeClauseAfterAName(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || w[r].upos != "NOUN") {
        return false;
    }
    for (std::size_t v = r + 3; v < w.size(); ++v) {
        const std::size_t name = v - 1;
        const std::size_t noun = v - 2;
        if (headOf(w, v) != r || w[v].deprel != "acl:relcl" || w[v].upos != "VERB" ||
            !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) || headOf(w, name) != v ||
            w[name].deprel != "nsubj" || w[name].upos != "PROPN" || w[noun].upos != "NOUN" ||
            !dominates(w, r, noun) || dominates(w, v, noun) ||
            !hasChild(w, v, [](const std::string& rel) {
                return isOneOf(rel, {"obj", "ccomp"});
            })) {
            continue;
        }
        w[name].head = static_cast<int>(noun) + 1;
        w[name].deprel = "appos";
        verbOverItsRootSubject(w, r, v);
        return true;
    }
    return false;
}

// An infinitive right after a verb's oblique that names a plan or an attempt, read as the
// verb's complement: "unions protested against plans *to raise* the retirement age" (so the
// unions would raise it). It is the plan's. How many it moved.
std::size_t infinitiveOfAnObliquesPlan(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t x = 3; x < w.size(); ++x) {
        const std::size_t to = x - 1;
        const std::size_t noun = x - 2;
        const std::size_t v = headOf(w, x);
        if (w[x].deprel != "xcomp" || w[x].upos != "VERB" || v == NONE || v >= noun ||
            lowercaseAscii(w[to].form) != "to" || headOf(w, to) != x || headOf(w, noun) != v ||
            w[noun].deprel != "obl" ||
            !isOneOf(w[noun].lemma, {"plan", "effort", "attempt", "bid", "move", "proposal", "push",
                                     "decision", "campaign", "scheme", "measure"})) {
            continue;
        }
        w[x].head = static_cast<int>(noun) + 1;
        w[x].deprel = "acl";
        ++moved;
    }
    return moved;
}

// A participle of naming right after a comma and a name, read as a conjunct or a clause of
// the verb before: "commanded by Mohamed Hamdan Dagalo, *known* as Hemedti" (so the verb's
// subject was known as Hemedti). It is a clause on the name. How many it moved.
std::size_t namingParticipleOnTheNameBefore(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k + 2 < w.size(); ++k) {
        if (w[k].xpos != "VBN" ||
            !isOneOf(lowercaseAscii(w[k].form), {"known", "nicknamed", "dubbed", "called"}) ||
            w[k - 1].form != "," || !isOneOf(w[k].deprel, {"conj", "advcl", "acl", "parataxis"}) ||
            hasChild(w, k, [](const std::string& r) {
                return r.starts_with("nsubj") || r.starts_with("aux");
            })) {
            continue;
        }
        const std::size_t name = nameHead(w, k - 2);
        if (w[name].upos != "PROPN" || headOf(w, k) == name || dominates(w, k, name)) {
            continue;
        }
        w[k].head = static_cast<int>(name) + 1;
        w[k].deprel = "acl";
        w[k - 1].head = static_cast<int>(k) + 1;
        ++moved;
    }
    return moved;
}

// A past participle with an auxiliary and a subject of its own that the parse made an
// adjective of the object after it: "after admitting it had *rigged* tests" with "rigged" on
// "tests" and "tests" the object of "admitting". The participle heads the verb's complement,
// with the noun its object. How many it mended.
std::size_t participleWithItsSubjectTakenForAnAdjective(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 1; v + 1 < w.size(); ++v) {
        const std::size_t noun = headOf(w, v);
        const std::size_t h = noun == NONE ? NONE : headOf(w, noun);
        if (w[v].upos != "VERB" || w[v].xpos != "VBN" || w[v].deprel != "amod" || noun != v + 1 ||
            h == NONE || h > v || w[noun].deprel != "obj" || w[h].upos != "VERB" ||
            !hasChild(w, v, [](const std::string& r) { return r == "aux"; }) ||
            !hasChild(w, v, [](const std::string& r) { return r == "nsubj"; })) {
            continue;
        }
        w[v].head = static_cast<int>(h) + 1;
        w[v].deprel = "ccomp";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A participle after a comma in a list of a verb's acts, read as an adjective of a noun
// joined to the verb's object: "has slashed subsidies, *closed* ministries and devalued the
// peso" (closed ministries slashed). It is the verb's conjunct, with the noun its object.
// How many it mended.
std::size_t participleInAListOfActs(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k + 1 < w.size(); ++k) {
        const std::size_t noun = k + 1;
        const std::size_t object = headOf(w, noun);
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        if (w[k].upos != "VERB" || !isOneOf(w[k].xpos, {"VBN", "VBD"}) || w[k].deprel != "amod" ||
            headOf(w, k) != noun || w[k - 1].form != "," || w[noun].deprel != "conj" ||
            object == NONE || w[object].deprel != "obj" || verb == NONE || w[verb].upos != "VERB" ||
            !isOneOf(w[verb].xpos, {"VBD", "VBN"})) {
            continue;
        }
        // (a list of acts: a later verb joined to the first)
        bool later = false;
        for (std::size_t c = noun + 1; c < w.size() && !later; ++c) {
            later = headOf(w, c) == verb && w[c].deprel == "conj" && w[c].upos == "VERB";
        }
        if (!later) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "conj";
        w[k - 1].head = static_cast<int>(k) + 1;
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A participle right after a noun with a preposition, read as a clause that took the noun for
// its oblique: "in a case *brought* by South Africa" with "case" an oblique of "brought" and
// "brought" a clause of the verb before (South Africa brought its offensive). The noun takes
// the participle's place and the participle is a clause on it. How many it mended.
std::size_t participleTakenForItsNounsHead(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t noun = k - 1;
        const std::size_t up = headOf(w, k);
        if (w[k].xpos != "VBN" || w[k].upos != "VERB" || up == NONE ||
            !isOneOf(w[k].deprel, {"advcl", "acl", "conj"}) || headOf(w, noun) != k ||
            w[noun].deprel != "obl" || w[noun].upos != "NOUN" ||
            !hasChild(w, noun, [](const std::string& r) { return r == "case"; }) ||
            hasChild(w, k, [](const std::string& r) {
                return r.starts_with("nsubj") || r.starts_with("aux") || r == "obj";
            })) {
            continue;
        }
        w[noun].head = static_cast<int>(up) + 1; // (its relation stays "obl")
        w[k].head = static_cast<int>(noun) + 1;
        w[k].deprel = "acl";
        // (the punctuation before the noun's phrase goes with it)
        for (std::size_t c = 0; c < noun; ++c) {
            if (headOf(w, c) == k && w[c].upos == "PUNCT") {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        ++mended;
    }
    return mended;
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
// (So is one the parse made the root's own complement: "Bashar al-Assad fled to Moscow, where
// Russia granted him asylum, Russian state media reported.") Whether it moved one.
bool closingReportHungInside(std::vector<Token>& w) {
    const std::size_t end = endOfWords(w);
    const std::size_t root = rootOf(w);
    if (root == NONE) {
        return false;
    }
    for (std::size_t r = 3; r < end; ++r) {
        const std::size_t h = headOf(w, r);
        if (w[r].upos != "VERB" || !closingReportVerb(w[r].lemma) || h == NONE ||
            (h == root && w[r].deprel != "ccomp") || h > r || phraseEdges(w, r).second + 1 < end) {
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

// Word `a` made the marker of verb `u`, and `u` an adverbial clause of verb `v`.
void markedClauseOf(std::vector<Token>& w, std::size_t a, std::size_t u, std::size_t v) {
    w[a].head = static_cast<int>(u) + 1;
    w[a].deprel = "mark";
    w[a].upos = "SCONJ";
    w[u].head = static_cast<int>(v) + 1;
    w[u].deprel = "advcl";
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
        markedClauseOf(w, a, u, v);
        if (isOneOf(w[u].xpos, {"VB", "VBN"})) {
            w[u].xpos = "VBD";
        }
        return true;
    }
    return false;
}

// A verb's object or complement that the parse made the subject of the verb after a marker's
// phrase hung on it: "will become prime minister after his party took 400 seats" with "minister"
// the subject of "took" and "after his party" its modifier. The noun goes back to the first
// verb, the phrase's noun is the later verb's subject, the word its marker, and the later verb
// an adverbial clause of the first. Whether it mended one.
bool complementTakenForTheNextSubject(std::vector<Token>& w) {
    for (std::size_t a = 2; a + 2 < w.size(); ++a) {
        const std::size_t n = headOf(w, a);
        const std::size_t m = n == NONE ? NONE : headOf(w, n);
        const std::size_t u = m == NONE ? NONE : headOf(w, m);
        const std::size_t v = u == NONE ? NONE : headOf(w, u);
        if (w[a].deprel != "case" || !timeSubordinator(w[a]) || n == NONE || n <= a ||
            w[n].deprel != "nmod" || m == NONE || m >= a || w[m].deprel != "nsubj" ||
            w[m].upos != "NOUN" || u == NONE || u != phraseEdges(w, n).second + 1 ||
            w[u].upos != "VERB" || !isOneOf(w[u].xpos, {"VBD", "VBZ", "VBP"}) || v == NONE ||
            v >= m || w[v].upos != "VERB" ||
            !isOneOf(w[u].deprel, {"ccomp", "parataxis", "conj"}) ||
            hasChild(w, u, [](const std::string& rel) { return rel == "mark"; }) ||
            hasChild(w, v, [](const std::string& rel) { return rel == "obj" || rel == "xcomp"; })) {
            continue;
        }
        // (Only adverbs between the verb and the noun's phrase.)
        const std::size_t begin = phraseEdges(w, m).first;
        if (begin <= v || !std::all_of(w.begin() + static_cast<std::ptrdiff_t>(v) + 1,
                                       w.begin() + static_cast<std::ptrdiff_t>(begin),
                                       [](const Token& t) { return t.upos == "ADV"; })) {
            continue;
        }
        w[m].head = static_cast<int>(v) + 1;
        w[m].deprel = isOneOf(w[v].lemma, {"become", "remain", "stay"}) ? "xcomp" : "obj";
        w[n].head = static_cast<int>(u) + 1;
        w[n].deprel = "nsubj";
        markedClauseOf(w, a, u, v);
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
        // (A participle the parse hung on the noun as its modifier after a comma ends the
        // phrase before it: "crashed" in "after a Russian probe, Luna-25, crashed into the
        // Moon".)
        const std::size_t participle =
            lastChildBefore(w, n, w.size(), [](const std::string& rel) { return rel == "acl"; });
        const bool participleOfTheNoun =
            participle != NONE && participle > n + 2 && w[participle - 1].form == "," &&
            w[participle].xpos == "VBN" && !hasChild(w, participle, [](const std::string& rel) {
                return rel == "obj" || rel.starts_with("obl:agent") || rel.starts_with("aux");
            });
        std::size_t u = participleOfTheNoun ? participle - 1 : last + 1;
        // (past the comma that closes an apposition: "after its owner, Elon Musk, refused"; or
        // one taken for a conjunct with no conjunction: "after a Russian probe, Luna-25,
        // crashed")
        const std::size_t joined =
            lastChildBefore(w, n, w.size(), [](const std::string& rel) { return rel == "conj"; });
        const bool appositionAsConjunct =
            joined != NONE && joined > n && w[joined - 1].form == "," &&
            !hasChild(w, joined, [](const std::string& rel) { return rel == "cc"; });
        if (u < w.size() && w[u].form == "," &&
            (hasChild(w, n, [](const std::string& rel) { return rel == "appos"; }) ||
             appositionAsConjunct)) {
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
        // (The subject the parse gave the verb may be a place whose preposition it read as an
        // adjective, the phrase inside it: "clashed with riot police *outside parliament* in
        // Tbilisi after the government suspended talks". The place is the first verb's.)
        const std::size_t place =
            u < w.size() && u > a
                ? lastChildBefore(w, u, a, [](const std::string& rel) { return rel == "nsubj"; })
                : NONE;
        const bool placeTaken =
            place != NONE && place > 0 && dominates(w, place, n) && w[place - 1].deprel == "amod" &&
            headOf(w, place - 1) == place &&
            isOneOf(lowercaseAscii(w[place - 1].form), {"outside", "inside", "near", "beyond"}) &&
            phraseEdges(w, place).first == place - 1;
        if (v == NONE || v > a || u >= w.size() || w[u].upos != "VERB" ||
            (headOf(w, u) != v && !reported && u != participle) ||
            !(isOneOf(w[u].deprel, {"parataxis", "conj", "dep", "xcomp", "ccomp"}) || reported ||
              (participleOfTheNoun && u == participle)) ||
            !isOneOf(w[u].xpos, {"VBP", "VBZ", "VBD", "VB", "VBN"}) ||
            hasChild(w, u, [&](const std::string& rel) {
                return (rel.starts_with("nsubj") && !placeTaken) || rel == "mark" || rel == "cc" ||
                       rel.starts_with("aux");
            })) {
            continue;
        }
        if (placeTaken) {
            w[place - 1].upos = "ADP";
            w[place - 1].xpos = "IN";
            w[place - 1].deprel = "case";
            w[place].head = static_cast<int>(v) + 1;
            w[place].deprel = "obl";
        }
        w[n].head = static_cast<int>(u) + 1;
        w[n].deprel = "nsubj";
        markedClauseOf(w, a, u, v);
        if (appositionAsConjunct && joined < u) {
            w[joined].deprel = "appos";
        }
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
        if (w[u].upos != "VERB" || v == NONE || v > u || !finiteVerb(w, u) ||
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
// "company" and "Engineering" both objects of "buy", "to stop its Chinese owner Jingye from
// closing ..." with "owner" and "Jingye". For a word for a company, a body or a company's
// relation to another, the name keeps the place and the noun becomes its `nmod:desc`. How
// many it mended.
std::size_t descriptionAndNameAsTwins(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t noun = 0; noun + 1 < w.size(); ++noun) {
        const std::size_t h = headOf(w, noun);
        if (w[noun].upos != "NOUN" || w[noun].xpos != "NN" || h == NONE ||
            lowercaseAscii(w[noun].form) != w[noun].form || w[noun + 1].upos != "PROPN" ||
            !isOneOf(w[noun].deprel, {"obj", "nsubj", "iobj"}) ||
            !(companyDescription(w[noun].lemma) ||
              isOneOf(w[noun].lemma,
                      {"bank",       "agency",      "regulator",   "watchdog", "platform",
                       "exchange",   "broadcaster", "newspaper",   "owner",    "parent",
                       "subsidiary", "unit",        "partner",     "supplier", "customer",
                       "buyer",      "investor",    "shareholder", "client",   "affiliate"}))) {
            continue;
        }
        std::size_t name = NONE;
        for (std::size_t k = noun + 1; k < w.size() && w[k].upos == "PROPN"; ++k) {
            // (or an object before a receiver, an order English never has: "hired the
            // cybersecurity firm Mandiant to investigate")
            // (or the noun's own "object", which no noun has)
            if ((headOf(w, k) == h && (w[k].deprel == w[noun].deprel ||
                                       (w[noun].deprel == "obj" && w[k].deprel == "iobj"))) ||
                (headOf(w, k) == noun && w[k].deprel == "obj")) {
                name = k;
            }
        }
        if (name == NONE || phraseEdges(w, name).first != noun + 1) {
            continue;
        }
        if (headOf(w, name) == noun) { // (the twins' shape first)
            w[name].head = w[noun].head;
            w[name].deprel = w[noun].deprel;
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
        // (Or a clause of the verb, though the noun has no verb of its own: "Colorado's
        // attorney general, Phil Weiser, said ..." with "general" a complement of "said".)
        const bool verblessClause =
            description && isOneOf(w[first].deprel, {"ccomp", "parataxis", "dep"}) &&
            !hasChild(w, first, [](const std::string& rel) {
                return rel == "case" || rel == "cop" || rel == "mark" || rel.starts_with("nsubj");
            });
        if (first == NONE || !(w[first].upos == "PROPN" || description) ||
            !(w[first].deprel.starts_with("nsubj") || bareOblique || verblessClause) ||
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
// commitment to the startup *to $8 billion*" with the sum on "startup", "cut costs *by
// billions of euros*"): the amount is the verb's oblique. How many moved.
std::size_t changedAmountOnTheVerb(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t noun = headOf(w, k);
        if (w[k].deprel != "nmod" || noun == NONE || w[noun].upos != "NOUN" ||
            !(w[k].upos == "SYM" || w[k].upos == "NUM" || shareOfAWhole(w[k].lemma) ||
              isOneOf(w[k].lemma, {"million", "billion", "trillion", "thousand", "hundred"}))) {
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
// (or plural amount) after it, or of one after adjectives: "the result gave *Ishiba* time" (no
// one gives an "Ishiba time"), "granted *Apple* illegal state aid". The name is the
// verb's indirect object. Not when a "to" phrase names the receiver: "gave Nvidia stock to its
// staff". How many it mended.
std::size_t receiverTakenForACompound(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t v = k - 1;
        // (An adjective between the name and the noun says the name is no compound: "had
        // granted Apple illegal state aid", with the adjective's own compounds after it.)
        // (Nor does a compound come before a number: "gives *Novo* three factories".)
        std::size_t noun = k + 1;
        bool counted = false;
        if (const std::size_t h = headOf(w, k); h != NONE && h > k + 1 &&
                                                isOneOf(w[k + 1].upos, {"ADJ", "NUM"}) &&
                                                headOf(w, k + 1) == h) {
            bool modifiers = true;
            for (std::size_t j = k + 1; j < h && modifiers; ++j) {
                modifiers = headOf(w, j) == h &&
                            isOneOf(w[j].deprel, {"amod", "compound", "nummod"}) &&
                            lowercaseAscii(w[j].form) == w[j].form;
            }
            noun = modifiers ? h : noun;
            counted = modifiers && w[k + 1].upos == "NUM";
        }
        if (w[k].upos != "PROPN" || w[k].deprel != "compound" || headOf(w, k) != noun ||
            w[v].upos != "VERB" ||
            !(isOneOf(w[v].lemma,
                      {"give", "grant", "hand", "offer", "lend", "award", "owe", "deny", "cost"}) ||
              (counted && isOneOf(w[v].lemma, {"send", "pay", "promise", "sell"}))) ||
            (noun + 1 < w.size() && w[noun + 1].form == "-") ||
            // (or an amount in the plural: "cost Boeing billions of dollars")
            !(w[noun].xpos == "NN" || counted ||
              (w[noun].xpos == "NNS" &&
               isOneOf(w[noun].lemma, {"billion", "million", "thousand", "hundred", "dollar"}))) ||
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

// Whether a word is a sum's head: a currency's name ("euros") or sign ("$").
bool moneyWord(const Token& t) {
    return currencyWord(lowercaseAscii(t.form)) ||
           (t.upos == "SYM" && isOneOf(t.form, {"$", "€", "£", "¥"}));
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
        const bool money = moneyWord(w[sum]);
        if (!money) {
            continue;
        }
        w[objects[0]].deprel = "iobj";
        sceneOfTheSumToTheVerb(w, sum, v);
        ++mended;
    }
    return mended;
}

// A sum right after a verb's object, hung on a clause later in the sentence: "fined Google 2.4
// billion euros on Tuesday for favouring its own shopping service" with "euros" a bare oblique
// of "favouring". A sum is no bare modifier of a later clause; it is the verb's second object,
// with the object before it the receiver ("fined National Grid 10 million pounds"). How many
// it moved.
std::size_t sumTakenForALaterClausesOblique(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t sum = 2; sum + 1 < w.size(); ++sum) {
        const std::size_t later = headOf(w, sum);
        const bool money = moneyWord(w[sum]);
        if (!money || later == NONE || later <= sum || w[later].upos != "VERB" ||
            !isOneOf(w[sum].deprel, {"obl:unmarked", "obl:npmod", "obl"}) ||
            hasChild(w, sum, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        const std::size_t object = phraseEdges(w, sum).first - 1;
        const std::size_t v = object == NONE ? NONE : headOf(w, object);
        if (object == NONE || v == NONE || v >= object || w[object].deprel != "obj" ||
            !isOneOf(w[object].upos, {"PROPN", "NOUN", "PRON"}) || !dominates(w, v, later) ||
            hasChild(w, v, [](const std::string& r) { return r == "iobj"; })) {
            continue;
        }
        w[object].deprel = "iobj";
        w[sum].head = static_cast<int>(v) + 1;
        w[sum].deprel = "obj";
        sceneOfTheSumToTheVerb(w, sum, v);
        ++moved;
    }
    return moved;
}

// The words of a title right before a name that the parse hung outside the title: "its chief
// executive Daniel Ek told staff" with "its" a modifier of "staff" and "chief" an oblique of
// "told". The role noun hangs on the name; the possessive and the adjectives and nouns before
// it, in lower case, are the role noun's. How many it moved.
std::size_t titleWordsHungOutsideBeforeAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t name = 2; name < w.size(); ++name) {
        const std::size_t role = name - 1;
        if (w[name].upos != "PROPN" || !capitalised(w[name].form) || w[role].upos != "NOUN" ||
            lowercaseAscii(w[role].form) != w[role].form ||
            !personRoleNoun(lowercaseAscii(w[role].form)) || headOf(w, role) != name) {
            continue;
        }
        // (A title that opens the sentence may have taken the root from the name's verb: "Its
        // chief executive Daniel Ek told staff" with "told" a clause of "chief".)
        const std::size_t verb = headOf(w, name);
        const bool verbBelow = verb != NONE && w[verb].upos == "VERB" && verb > name;
        for (std::size_t k = role; k-- > 0;) {
            const bool possessive = w[k].xpos == "PRP$";
            if (!(possessive || (isOneOf(w[k].upos, {"ADJ", "NOUN"}) &&
                                 lowercaseAscii(w[k].form) == w[k].form))) {
                break;
            }
            const std::size_t h = headOf(w, k);
            if (h == NONE && !verbBelow) {
                break;
            }
            if (h == NONE) {
                w[verb].head = 0;
                w[verb].deprel = "root";
                for (Token& p : w) {
                    if (p.head == static_cast<int>(k) + 1 && p.deprel == "punct") {
                        p.head = static_cast<int>(verb) + 1;
                    }
                }
            }
            if (h == NONE || h < k || h > name) {
                // (A word above the name gives the name its place: "replaced *its* chief
                // executive Mark Schneider" with "its" the object and the name a conjunct of
                // "chief"; hung under the title, it would leave a cycle.)
                if (dominates(w, k, name) && !verbBelow) {
                    if (h == NONE) {
                        break;
                    }
                    w[name].head = static_cast<int>(h) + 1;
                    w[name].deprel = w[k].deprel;
                }
                w[k].head = static_cast<int>(role) + 1;
                w[k].deprel = possessive ? "nmod:poss" : w[k].upos == "ADJ" ? "amod" : "compound";
                ++moved;
            }
            if (possessive) {
                break;
            }
        }
    }
    return moved;
}

// A name before the title a verb of appointing gives it, parsed as the title's compound: "named
// Murray Auchincloss chief executive" with "Murray" a compound of "executive", the verb's
// complement (or as the complement, with the title the object). The name is the verb's object
// and the title its complement, as EWT writes "elected him president". How many it mended.
std::size_t appointeeTakenForATitlesCompound(std::vector<Token>& w) {
    std::size_t split = 0;
    for (std::size_t role = 2; role < w.size(); ++role) {
        const std::size_t v = headOf(w, role);
        if (v == NONE || v >= role || w[role].upos != "NOUN" ||
            !isOneOf(w[role].deprel, {"xcomp", "obj"}) ||
            !personRoleNoun(lowercaseAscii(w[role].form)) ||
            !isOneOf(lowercaseAscii(w[v].lemma),
                     {"name", "appoint", "elect", "make", "promote", "nominate"}) ||
            (role + 1 < w.size() && w[role + 1].upos == "PROPN")) {
            continue;
        }
        // (The parse may also have swapped the two: "named Jane Fraser its chief executive"
        // with "Jane" the complement and "executive" the object.)
        if (const std::size_t swapped = v + 1;
            w[role].deprel == "obj" && headOf(w, swapped) == v && w[swapped].deprel == "xcomp" &&
            w[swapped].upos == "PROPN" && capitalised(w[swapped].form)) {
            w[swapped].deprel = "obj";
            w[role].deprel = "xcomp";
            ++split;
            continue;
        }
        std::size_t name = NONE;
        for (std::size_t k = v + 1; k < role; ++k) {
            if (headOf(w, k) == role && w[k].deprel == "compound" && w[k].upos == "PROPN") {
                name = k;
                break;
            }
        }
        bool otherObject = false;
        for (std::size_t k = 0; k < w.size(); ++k) {
            otherObject = otherObject ||
                          (k != role && headOf(w, k) == v && isOneOf(w[k].deprel, {"obj", "iobj"}));
        }
        if (name == NONE || otherObject) {
            continue;
        }
        bool nameWords = true; // (the words between are the name's or the title's own)
        for (std::size_t k = name + 1; k < role && nameWords; ++k) {
            nameWords = dominates(w, name, k) ||
                        (headOf(w, k) == role && isOneOf(w[k].upos, {"ADJ", "NOUN"}) &&
                         lowercaseAscii(w[k].form) == w[k].form);
        }
        if (!nameWords || name != v + 1) {
            continue;
        }
        w[name].head = static_cast<int>(v) + 1;
        w[name].deprel = "obj";
        w[role].deprel = "xcomp";
        ++split;
    }
    return split;
}

// A predicate noun with a copula, parsed as the apposition of the sentence's opening name
// at the root: "Auchincloss, a Canadian who joined BP in 2010, had been acting chief executive
// since September" with "executive" (and its "been") an apposition of "Auchincloss", and "a
// Canadian" its subject. No apposition has a copula: the noun is the root, the name its
// subject, and the phrase between the commas the name's apposition. Whether it mended.
bool predicateTakenForAnApposition(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root != 0 || w[root].upos != "PROPN") { // (the opening name)
        return false;
    }
    std::size_t predicate = NONE;
    for (std::size_t k = root + 1; k < w.size(); ++k) {
        if (headOf(w, k) == root && w[k].deprel == "appos" && w[k].upos == "NOUN" &&
            hasChild(w, k, [](const std::string& r) { return r == "cop"; })) {
            predicate = k;
        }
    }
    if (predicate == NONE) {
        return false;
    }
    // The apposition between the commas: the predicate's subject (or the words hung on the
    // predicate) right after the name's comma.
    std::size_t described = NONE;
    for (std::size_t k = root + 1; k < predicate; ++k) {
        if (headOf(w, k) == predicate && w[k].deprel.starts_with("nsubj")) {
            described = k;
        }
    }
    w[predicate].head = 0;
    w[predicate].deprel = "root";
    w[root].head = static_cast<int>(predicate) + 1;
    w[root].deprel = "nsubj";
    if (described != NONE) {
        w[described].head = static_cast<int>(root) + 1;
        w[described].deprel = "appos";
        for (std::size_t k = root + 1; k < described; ++k) {
            if (headOf(w, k) == predicate && isOneOf(w[k].deprel, {"det", "amod", "punct"})) {
                w[k].head = static_cast<int>(described) + 1;
            }
        }
    }
    for (std::size_t k = predicate + 1; k < w.size(); ++k) {
        if (headOf(w, k) == root && w[k].deprel == "punct") {
            w[k].head = static_cast<int>(predicate) + 1;
        }
    }
    return true;
}

// A measure joined by a hyphen to an adjective before a noun, parsed as the noun phrase on its
// own: "ending a decade-long legal battle" with "a decade" the object and "long legal battle"
// an oblique. The noun is the phrase's head; the adjective modifies it and the measure the
// adjective (as EWT writes "a 20-year-old man"). How many it mended.
std::size_t measureSplitFromItsHyphenatedAdjective(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t hyphen = 1; hyphen + 2 < w.size(); ++hyphen) {
        const std::size_t measure = hyphen - 1;
        const std::size_t adjective = hyphen + 1;
        if (w[hyphen].form != "-" || w[measure].upos != "NOUN" ||
            !isOneOf(w[adjective].upos, {"ADJ", "ADV"}) || !lowerLetters(w[adjective].form) ||
            w[measure].end != w[hyphen].start || w[hyphen].end != w[adjective].start) {
            continue;
        }
        std::size_t noun = adjective + 1;
        while (noun < w.size() && isOneOf(w[noun].upos, {"ADJ", "NOUN"}) &&
               headOf(w, noun) != NONE && headOf(w, noun) > noun) {
            ++noun;
        }
        const std::size_t top = headOf(w, measure);
        if (noun >= w.size() || w[noun].upos != "NOUN" || top == NONE || top == noun ||
            headOf(w, adjective) != noun || headOf(w, noun) == measure ||
            dominates(w, measure, noun) || dominates(w, noun, top) ||
            !isOneOf(w[measure].deprel, {"obj", "obl", "nsubj", "nmod"})) {
            continue;
        }
        w[noun].head = static_cast<int>(top) + 1;
        w[noun].deprel = w[measure].deprel;
        for (std::size_t c = 0; c < measure; ++c) {
            if (headOf(w, c) == measure) {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        w[adjective].upos = "ADJ";
        w[adjective].deprel = "amod";
        w[measure].head = static_cast<int>(adjective) + 1;
        w[measure].deprel = "obl:npmod";
        w[hyphen].head = static_cast<int>(adjective) + 1;
        w[hyphen].deprel = "punct";
        ++mended;
    }
    return mended;
}

// A subordinator parsed as the preposition of the subject of the clause it opens: "returned to
// Disney after his successor was ousted" with "after" the case of "successor" (and "ousted" a
// complement of "returned"), or "in 2022 after his chosen successor, Bob Chapek, was ousted"
// with "successor" an oblique of "returned" and "ousted" the root. The word is the clause's
// marker, the noun its subject and the clause an adverbial clause of the verb before. How many
// it mended.
std::size_t subordinatorTakenForASubjectsPreposition(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t m = 1; m + 2 < w.size(); ++m) {
        const std::size_t noun = headOf(w, m);
        if (w[m].deprel != "case" || noun == NONE || noun <= m || !timeSubordinator(w[m]) ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN", "PRON"})) {
            continue;
        }
        // The clause's verb: the noun's verb, or the first verb after the noun's phrase (past
        // commas and auxiliaries) that has no subject of its own.
        std::size_t verb = NONE;
        bool subjectAlready = false;
        if (w[noun].deprel.starts_with("nsubj") && headOf(w, noun) != NONE &&
            headOf(w, noun) > noun && w[headOf(w, noun)].upos == "VERB") {
            verb = headOf(w, noun);
            subjectAlready = true;
        } else if (w[noun].deprel == "obl") {
            std::size_t k = phraseEdges(w, noun).second + 1;
            while (k < w.size() && (w[k].form == "," || w[k].upos == "AUX")) {
                ++k;
            }
            if (k < w.size() && w[k].upos == "VERB" && k > noun + 1 && w[k - 1].upos == "AUX" &&
                !hasChild(w, k, [](const std::string& r) {
                    return r.starts_with("nsubj") || r == "mark";
                })) {
                verb = k;
            }
        }
        // (Or a past tense hung inside the noun's phrase as a participle, with no subject of
        // its own: "cancelled hundreds of flights after air traffic controllers in France
        // *went* on strike" with "went" a participle of "France".)
        std::size_t main = headOf(w, noun);
        if (verb == NONE && isOneOf(w[noun].deprel, {"obl", "nmod"})) {
            for (std::size_t k = noun + 1; k < w.size() && verb == NONE; ++k) {
                if (w[k].upos == "VERB" && w[k].deprel == "acl" && dominates(w, noun, k) &&
                    isOneOf(lowercaseAscii(w[k].form),
                            {"went", "came", "began", "became", "ran", "grew", "rose", "fell"}) &&
                    !hasChild(w, k, [](const std::string& r) {
                        return r.starts_with("nsubj") || r == "mark" || r.starts_with("aux");
                    })) {
                    verb = k;
                    w[k].xpos = "VBD";
                    std::size_t up = main; // (the verb whose phrase the noun is in)
                    while (up != NONE && w[up].upos != "VERB") {
                        up = headOf(w, up);
                    }
                    main = up;
                    if (main != NONE) {
                        w[verb].head = static_cast<int>(main) + 1; // (out of the noun's phrase)
                    }
                }
            }
        }
        if (verb == NONE || main == NONE ||
            (subjectAlready && (headOf(w, verb) == NONE || headOf(w, verb) > m)) ||
            (!subjectAlready && (main >= m || w[main].upos != "VERB"))) {
            continue;
        }
        const bool passive =
            hasChild(w, verb, [](const std::string& r) { return r == "aux:pass"; });
        if (!subjectAlready) {
            // ("ousted" the root: "returned" takes its place, "ousted" hangs on it)
            if (w[verb].head == 0) {
                std::size_t top = main;
                while (headOf(w, top) != NONE && headOf(w, top) != verb) {
                    top = headOf(w, top);
                }
                if (headOf(w, top) != verb) {
                    continue;
                }
                w[top].head = 0;
                w[top].deprel = "root";
                for (std::size_t k = verb + 1; k < w.size(); ++k) {
                    if (headOf(w, k) == verb && w[k].deprel == "punct" && k + 1 == w.size()) {
                        w[k].head = static_cast<int>(top) + 1;
                    }
                }
                w[verb].head = static_cast<int>(main) + 1;
            } else if (dominates(w, verb, main) || dominates(w, noun, verb)) {
                continue;
            } else {
                w[verb].head = static_cast<int>(main) + 1;
            }
            w[noun].head = static_cast<int>(verb) + 1;
            w[noun].deprel = passive ? "nsubj:pass" : "nsubj";
        }
        w[verb].deprel = "advcl";
        w[m].head = static_cast<int>(verb) + 1;
        w[m].deprel = "mark";
        w[m].upos = "SCONJ";
        // (A span of time before the marker measures the clause: "four months after the
        // government reported ...".)
        for (std::size_t k = 0; k < m; ++k) {
            if (headOf(w, k) == noun && isOneOf(w[k].deprel, {"nmod:unmarked", "obl:npmod"})) {
                w[k].head = static_cast<int>(verb) + 1;
                w[k].deprel = "obl:unmarked";
            }
        }
        ++mended;
    }
    return mended;
}

// An article before a hyphenated modifier, hung on the modifier's first word: "the
// London-listed miner" with "the" on "London". The article is the noun's. How many it moved.
std::size_t articleOnAHyphenatedModifier(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t d = 0; d + 4 < w.size(); ++d) {
        const std::size_t first = d + 1;
        const std::size_t modifier = d + 3;
        const std::size_t noun = headOf(w, modifier);
        if (w[d].upos != "DET" || headOf(w, d) != first || w[d + 2].form != "-" ||
            w[first].end != w[d + 2].start || w[d + 2].end != w[modifier].start ||
            headOf(w, first) != modifier || w[modifier].deprel != "amod" || noun == NONE ||
            noun <= modifier || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            hasChild(w, noun, [](const std::string& r) { return r == "det"; })) {
            continue;
        }
        w[d].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// The "by" phrase of a passive verb hung on the gerund after it: "was barred from running for
// office until 2030 by Brazil's electoral court" with "by ... court" on "running". A passive
// with no agent of its own takes it as its agent. How many it moved.
std::size_t agentHungOnAGerundAfterAPassive(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t by = 2; by + 1 < w.size(); ++by) {
        const std::size_t agent = headOf(w, by);
        const std::size_t gerund = agent == NONE ? NONE : headOf(w, agent);
        const std::size_t passive = gerund == NONE ? NONE : headOf(w, gerund);
        if (lowercaseAscii(w[by].form) != "by" || w[by].deprel != "case" || agent == NONE ||
            gerund == NONE || passive == NONE || w[agent].deprel != "obl" ||
            w[gerund].xpos != "VBG" || !isOneOf(w[gerund].deprel, {"advcl", "xcomp"}) ||
            gerund > agent || passive > gerund || w[passive].upos != "VERB" ||
            !hasChild(w, gerund, [](const std::string& r) { return r == "mark"; }) ||
            !hasChild(w, passive, [](const std::string& r) { return r == "aux:pass"; }) ||
            hasChild(w, passive, [](const std::string& r) { return r == "obl:agent"; })) {
            continue;
        }
        w[agent].head = static_cast<int>(passive) + 1;
        w[agent].deprel = "obl:agent";
        ++moved;
    }
    return moved;
}

// A name the parse hung on a sum that a verb gives or puts: "will invest up to $4 billion in
// Anthropic, the artificial intelligence startup founded by ..." with "in Anthropic" (and the
// apposition after it) on "$". A sum is in no named body; the name's phrase (in, into or to
// the name) is the verb's, and an apposition the parse hung on the sum after the name's comma
// is the name's. How many it moved.
std::size_t nameHungOnASum(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t sum = 0; sum + 2 < w.size(); ++sum) {
        const std::size_t v = headOf(w, sum);
        const bool money = moneyWord(w[sum]);
        if (!money || v == NONE || v > sum || w[v].upos != "VERB" ||
            !isOneOf(w[sum].deprel, {"obj", "obl"})) {
            continue;
        }
        for (std::size_t c = sum + 1; c < w.size(); ++c) {
            if (headOf(w, c) != sum || w[c].deprel != "nmod" || w[c].upos != "PROPN" ||
                !capitalised(w[c].form)) {
                continue;
            }
            const std::size_t cs =
                lastChildBefore(w, c, c, [](const std::string& r) { return r == "case"; });
            if (cs == NONE || !isOneOf(lowercaseAscii(w[cs].form), {"in", "into", "to"})) {
                continue;
            }
            // (right after the sum and its numbers: "in new factories in Ontario" is where
            // the factories are)
            bool next = true;
            for (std::size_t k = sum + 1; k < cs && next; ++k) {
                next = w[k].upos == "NUM";
            }
            if (!next) {
                continue;
            }
            w[c].head = static_cast<int>(v) + 1;
            w[c].deprel = "obl";
            const std::size_t end = phraseEdges(w, c).second;
            for (std::size_t a = end + 2; a < w.size(); ++a) {
                if (headOf(w, a) == sum && w[a].deprel == "appos" && w[end + 1].form == "," &&
                    phraseEdges(w, a).first <= end + 2) {
                    w[a].head = static_cast<int>(c) + 1;
                }
            }
            ++moved;
        }
    }
    return moved;
}

// The first word of the name whose head word is `k`: its compound and flat words before it.
std::size_t firstOfName(const std::vector<Token>& w, std::size_t k) {
    std::size_t first = k;
    while (first > 0 && headOf(w, first - 1) == k && w[first - 1].upos == "PROPN" &&
           isOneOf(w[first - 1].deprel, {"compound", "flat"})) {
        --first;
    }
    return first;
}

// A name between commas after a title's "of" phrase, which the parse hung on the name in that
// phrase: "The chief minister of Uttar Pradesh, Yogi Adityanath, ordered ..." with "Yogi" an
// apposition of "Uttar". A person's name of two or more words (no list: "the envoys of France,
// Germany and Spain") names the one who holds the title. How many it moved.
std::size_t nameAfterATitlesOfPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t a = 3; a < w.size(); ++a) {
        const std::size_t field = headOf(w, a);
        if (w[a].deprel != "appos" || w[a].upos != "PROPN" || !capitalised(w[a].form) ||
            field == NONE || field >= a || w[field].upos != "PROPN") {
            continue;
        }
        // (The name in the phrase may be an apposition of its noun: "The chief executive of
        // the health insurer UnitedHealthcare, Brian Thompson, ...".)
        std::size_t phrase = field;
        if (w[field].deprel == "appos" && headOf(w, field) != NONE &&
            headOf(w, field) + 1 == firstOfName(w, field) && w[headOf(w, field)].upos == "NOUN") {
            phrase = headOf(w, field);
        }
        if (w[phrase].deprel != "nmod") {
            continue;
        }
        const std::size_t title = headOf(w, phrase);
        const std::size_t of =
            lastChildBefore(w, phrase, phrase, [](const std::string& r) { return r == "case"; });
        if (title == NONE || title >= phrase || w[title].upos != "NOUN" || of == NONE ||
            lowercaseAscii(w[of].form) != "of" ||
            !(personRoleNoun(lowercaseAscii(w[title].form)) ||
              officeTitle(lowercaseAscii(w[title].form)))) {
            continue;
        }
        const auto [first, last] = phraseEdges(w, a);
        const bool twoWords = hasChild(w, a, [](const std::string& r) { return r == "flat"; });
        const bool listed =
            hasChild(w, a, [](const std::string& r) { return r == "conj"; }) ||
            (last + 1 < w.size() && isOneOf(lowercaseAscii(w[last + 1].form), {"and", "or"}));
        // (right after the field's own words and a comma)
        // (the comma often hangs on the name)
        bool adjacent =
            (first == a || (first + 1 == a && headOf(w, first) == a)) && w[a - 1].form == ",";
        for (std::size_t k = field + 1; k + 1 < a && adjacent; ++k) {
            adjacent = headOf(w, k) == field && isOneOf(w[k].deprel, {"flat", "compound"});
        }
        if (!twoWords || listed || !adjacent) {
            continue;
        }
        w[a].head = static_cast<int>(title) + 1;
        ++moved;
    }
    return moved;
}

// A name right after the common noun that ends a title's "of" phrase, which the parse hung
// elsewhere: "sentenced the former chairman of the shipbuilder Daehan Heavy Industries to four
// years" with "Industries" an oblique of the verb, "fired the chief executive of the carmaker
// Zorvex Motors" with "Motors" an apposition of "executive" (the chief executive is no
// carmaker). The name is an apposition of the noun it follows, as in "sued the carmaker Zorvex
// Motors"; its phrases after it ("to four years", "on Monday") are the clause's. How many it
// moved.
std::size_t nameAfterTheNounOfATitlesOfPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t n = 3; n < w.size(); ++n) {
        const std::size_t h = headOf(w, n);
        if (w[n].upos != "PROPN" || !capitalised(w[n].form) || h == NONE ||
            !isOneOf(w[n].deprel, {"appos", "obl", "obj", "obl:unmarked", "nmod", "dep"}) ||
            hasChild(w, n, [](const std::string& r) {
                return isOneOf(r, {"case", "mark"});
            })) {
            continue;
        }
        const std::size_t noun = firstOfName(w, n) - 1; // (NONE for a name opening the sentence)
        const std::size_t title = headOf(w, noun);
        if (noun == NONE || noun == h || w[noun].upos != "NOUN" ||
            lowercaseAscii(w[noun].form) != w[noun].form || w[noun].deprel != "nmod" ||
            title == NONE || title >= noun || w[title].upos != "NOUN" ||
            !(personRoleNoun(lowercaseAscii(w[title].form)) ||
              officeTitle(lowercaseAscii(w[title].form))) ||
            !(h == title || (h < title && w[h].upos == "VERB" && headOf(w, title) == h))) {
            continue;
        }
        const std::size_t of =
            lastChildBefore(w, noun, noun, [](const std::string& r) { return r == "case"; });
        if (of == NONE || lowercaseAscii(w[of].form) != "of" ||
            phraseEdges(w, noun).second != noun) {
            continue;
        }
        const std::size_t verb = verbAtOrAbove(w, title);
        for (std::size_t c = n + 1; c < w.size() && verb != NONE; ++c) {
            if (headOf(w, c) == n && isOneOf(w[c].deprel, {"nmod", "obl"})) {
                w[c].head = static_cast<int>(verb) + 1;
                w[c].deprel = "obl";
            }
        }
        w[n].head = static_cast<int>(noun) + 1;
        w[n].deprel = "appos";
        ++moved;
    }
    return moved;
}

// A name set off by commas after a common noun with a determiner, which the parse joined to
// the noun as a conjunct with no conjunction and no other conjunct: "arrested the developer,
// Okonkwo Properties, on Monday". Two things with no "and" between them are one, the name its
// apposition. How many it relabelled.
std::size_t nameJoinedToItsDescription(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t c = 3; c < w.size(); ++c) {
        const std::size_t noun = headOf(w, c);
        if (w[c].deprel != "conj" || w[c].upos != "PROPN" || !capitalised(w[c].form) ||
            noun == NONE || noun >= c || w[noun].upos != "NOUN" ||
            lowercaseAscii(w[noun].form) != w[noun].form ||
            hasChild(w, c,
                     [](const std::string& r) {
                         return isOneOf(r, {"cc", "conj"});
                     }) ||
            !hasChild(w, noun, [](const std::string& r) { return r == "det"; })) {
            continue;
        }
        std::size_t conjuncts = 0;
        bool joined = false;
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (headOf(w, k) == noun) {
                conjuncts += w[k].deprel == "conj" ? 1 : 0;
                joined = joined || w[k].deprel == "cc";
            }
        }
        // (the name right after the noun's comma, and a comma or the end right after the name)
        const auto [first, last] = phraseEdges(w, c);
        const std::size_t start = w[first].form == "," ? first : first - 1;
        const bool commas = start > noun && w[start].form == "," &&
                            phraseEdges(w, noun).first < start && start == noun + 1 &&
                            (last + 1 == w.size() || w[last + 1].upos == "PUNCT");
        if (conjuncts != 1 || joined || !commas) {
            continue;
        }
        w[c].deprel = "appos";
        ++relabelled;
    }
    return relabelled;
}

// Two subjects of one verb, the second set off by commas right after the first: "The client,
// the property developer Victor Crane, was charged ..." with "client" and "developer" both
// subjects of "charged". A verb has one subject; the second phrase is the first's apposition.
// How many it mended.
std::size_t appositionTakenForASecondSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t second = 2; second < w.size(); ++second) {
        const std::size_t v = headOf(w, second);
        if (v == NONE || v <= second || !w[second].deprel.starts_with("nsubj") ||
            !isOneOf(w[second].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        std::size_t first = NONE;
        for (std::size_t k = 0; k < second; ++k) {
            if (headOf(w, k) == v && w[k].deprel == w[second].deprel &&
                isOneOf(w[k].upos, {"NOUN", "PROPN"})) {
                first = k;
            }
        }
        if (first == NONE) {
            continue;
        }
        // (the first phrase, a comma, the second phrase, a comma, then the verb's own words)
        const auto [a0, a1] = phraseEdges(w, first);
        const auto [b0, b1] = phraseEdges(w, second);
        const std::size_t open = w[a1].form == "," ? a1 : a1 + 1;
        const std::size_t close = w[b1].form == "," ? b1 : b1 + 1;
        bool verbNext = close < v;
        for (std::size_t k = close + 1; k < v && verbNext; ++k) {
            verbNext = headOf(w, k) == v && isOneOf(w[k].deprel, {"aux", "aux:pass", "advmod"});
        }
        const bool opened = w[open].form == "," && (open + 1 == b0 || (open == b0 && b0 + 1 < b1));
        if (a0 > first || !opened || close >= w.size() || w[close].form != "," || !verbNext) {
            continue;
        }
        w[second].head = static_cast<int>(first) + 1;
        w[second].deprel = "appos";
        ++mended;
    }
    return mended;
}

// The sentence's verb after a relative clause on the opening name, which the parse left the
// root: "Delta Air Lines, which cancelled thousands of flights, later sued CrowdStrike" with
// "Lines" the root and "sued" a parataxis of it or an adverbial clause of "cancelled". A finite
// verb with no subject of its own right after the comma that closes the clause heads the
// sentence, the name its subject. Whether it mended the tree.
bool mainVerbAfterARelativeClauseOnTheRootName(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    // (a name with no predicate of its own: "This is the organization that bombed ..., took
    // ..." is a predicate noun)
    if (root == NONE || !isOneOf(w[root].upos, {"PROPN", "NOUN"}) ||
        hasChild(w, root, [](const std::string& r) {
            return r.starts_with("nsubj") || isOneOf(r, {"cop", "expl"});
        })) {
        return false;
    }
    for (std::size_t clause = root + 2; clause < w.size(); ++clause) {
        // (or on the name's apposition: "Yang, a former Chinese diplomat who became an
        // Australian citizen, was detained ...")
        const std::size_t on = headOf(w, clause);
        if (w[clause].deprel != "acl:relcl" || on == NONE ||
            !(on == root || (headOf(w, on) == root && w[on].deprel == "appos"))) {
            continue;
        }
        for (std::size_t v = clause + 2; v < w.size(); ++v) {
            const std::size_t vh = headOf(w, v);
            // (a passive's auxiliary too: ", was detained")
            std::size_t start = v;
            while (start > 0 && headOf(w, start - 1) == v &&
                   isOneOf(w[start - 1].deprel, {"aux", "aux:pass", "advmod"})) {
                --start;
            }
            // (or a past form read as a participle that takes an object: "later *sued*
            // CrowdStrike")
            const bool finite =
                isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
                (w[v].xpos == "VBN" &&
                 hasChild(w, v, [](const std::string& r) { return r == "obj"; }) &&
                 !hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; })) ||
                (start < v && isOneOf(lowercaseAscii(w[start].form),
                                      {"has", "have", "had", "will", "would", "could", "can", "was",
                                       "were", "is", "are"}));
            // (or on a word inside the clause: "... who became an Australian citizen, was
            // detained" with "detained" a relative clause on "citizen")
            const bool inside = vh != NONE && vh != clause && dominates(w, clause, vh) &&
                                start < v && w[v].deprel == "acl:relcl";
            if (w[v].upos != "VERB" || !finite ||
                !(vh == root || vh == clause || vh == on || inside) ||
                !(isOneOf(w[v].deprel, {"parataxis", "advcl", "conj", "dep"}) || inside) ||
                w[start - 1].form != "," || hasChild(w, v, [](const std::string& r) {
                    return r.starts_with("nsubj") || isOneOf(r, {"cc", "mark"});
                })) {
                continue;
            }
            // (the comma closes the clause: everything between is the clause's)
            bool closes = true;
            for (std::size_t k = clause + 1; k + 1 < start && closes; ++k) {
                closes = dominates(w, clause, k);
            }
            if (!closes) {
                continue;
            }
            for (std::size_t k = v + 1; k < w.size(); ++k) {
                if (headOf(w, k) == root) {
                    w[k].head = static_cast<int>(v) + 1;
                }
            }
            w[v].head = 0;
            w[v].deprel = "root";
            w[root].head = static_cast<int>(v) + 1;
            w[root].deprel = hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; })
                                 ? "nsubj:pass"
                                 : "nsubj";
            return true;
        }
    }
    return false;
}

// The first name of a list hung on the second as its compound across the comma between them:
// "The United States, Brazil and Colombia called on ..." with "States" a compound of "Brazil".
// No compound crosses a comma; the first name heads the list, the others its conjuncts. How
// many it mended.
std::size_t listsFirstNameTakenForACompound(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (!isOneOf(w[k].deprel, {"compound", "flat"}) || w[k].upos != "PROPN" || h == NONE ||
            h != k + 2 || w[k + 1].form != "," || w[h].upos != "PROPN") {
            continue;
        }
        std::vector<std::size_t> conjuncts;
        bool joined = false;
        for (std::size_t c = h + 1; c < w.size(); ++c) {
            if (headOf(w, c) == h && w[c].deprel == "conj") {
                conjuncts.push_back(c);
                joined = joined || hasChild(w, c, [](const std::string& r) { return r == "cc"; });
            }
        }
        if (conjuncts.empty() || !joined) {
            continue;
        }
        w[k].head = w[h].head;
        w[k].deprel = w[h].deprel;
        w[h].head = static_cast<int>(k) + 1;
        w[h].deprel = "conj";
        for (std::size_t c : conjuncts) {
            w[c].head = static_cast<int>(k) + 1;
        }
        // (the list's preposition and article go with its head: "of the U.S., Japan and ...")
        for (std::size_t c = 0; c < k; ++c) {
            if (headOf(w, c) == h) {
                w[c].head = static_cast<int>(k) + 1;
            }
        }
        ++mended;
    }
    return mended;
}

// A name after a verb that also has an "as" phrase, taken for the verb's complement: "Starbucks
// named Brian Niccol, the head of Chipotle Mexican Grill, as its new chief executive" with
// "Brian" an xcomp of "named". With the office in the "as" phrase, the name is whom the verb
// acts on: its object. How many it relabelled.
std::size_t nameTakenForTheComplementBeforeAnAsPhrase(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "xcomp" || w[k].upos != "PROPN" || v == NONE || v > k ||
            w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& r) { return r == "obj"; })) {
            continue;
        }
        bool as = false;
        for (std::size_t c = k + 1; c < w.size() && !as; ++c) {
            if (headOf(w, c) == v && w[c].deprel == "obl") {
                const std::size_t cs =
                    lastChildBefore(w, c, c, [](const std::string& r) { return r == "case"; });
                as = cs != NONE && lowercaseAscii(w[cs].form) == "as";
            }
        }
        if (!as) {
            continue;
        }
        w[k].deprel = "obj";
        ++relabelled;
    }
    return relabelled;
}

// Two subjects of one verb with the verb's "and" between them: "Nippon Steel and the South
// Korean steelmaker Posco own minority stakes" with "and" on "own". They are one subject, the
// second the first's conjunct, which takes the "and". How many it joined.
std::size_t joinedSubjectsTakenForTwo(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t c = 1; c + 2 < w.size(); ++c) {
        const std::size_t v = headOf(w, c);
        if (w[c].deprel != "cc" || v == NONE || v <= c || w[v].upos != "VERB") {
            continue;
        }
        std::size_t first = NONE;
        std::size_t second = NONE;
        for (std::size_t k = 0; k < v; ++k) {
            if (headOf(w, k) == v && w[k].deprel.starts_with("nsubj") &&
                isOneOf(w[k].upos, {"NOUN", "PROPN"})) {
                (k < c ? first : second) = k;
            }
        }
        if (first == NONE || second == NONE || second < c) {
            continue;
        }
        const std::size_t last = phraseEdges(w, first).second;
        if (last + 1 != c || phraseEdges(w, second).first != c + 1) {
            continue;
        }
        // (A name joins the name that ends the first subject's phrase rather than the word it
        // hangs on: "The Commissioner of Parks and Public Property heads ...".)
        const std::size_t onto = last != first && w[last].deprel == "nmod" &&
                                         capitalised(w[last].form) && capitalised(w[second].form)
                                     ? last
                                     : first;
        w[second].head = static_cast<int>(onto) + 1;
        w[second].deprel = "conj";
        w[c].head = static_cast<int>(second) + 1;
        ++joined;
    }
    return joined;
}

// A clause opened by "after", "before", "since" or "until" whose subject the parse took for
// the noun of a prepositional phrase, with the clause's verb right after the phrase left with no
// subject: "Heavy fighting broke out in the city of El Fasher after the paramilitary Rapid
// Support Forces attacked the army's last stronghold" with "after the ... Forces" on "city".
// The noun is the verb's subject and the word its marker. How many it mended.
std::size_t subjectTakenForAPrepositionsNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t over = headOf(w, v);
        // (a past form read as a participle, with an object: "Forces *attacked* the army's
        // last stronghold")
        const bool finite =
            isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
            (w[v].xpos == "VBN" && hasChild(w, v, [](const std::string& r) { return r == "obj"; }));
        if (w[v].upos != "VERB" || !finite || over == NONE || over > v || w[over].upos != "VERB" ||
            !isOneOf(w[v].deprel, {"advcl", "ccomp", "conj", "parataxis", "dep"}) ||
            hasChild(w, v, [](const std::string& r) {
                return r.starts_with("nsubj") || isOneOf(r, {"mark", "cc", "aux", "aux:pass"});
            })) {
            continue;
        }
        // (the phrase right before the verb: the lowest noun on the way up from the word before
        // it whose phrase ends there and opens with the preposition)
        std::size_t noun = NONE;
        std::size_t marker = NONE;
        for (std::size_t up = v - 1; up != NONE && up < v && phraseEdges(w, up).second == v - 1;
             up = headOf(w, up)) {
            const std::size_t cs =
                lastChildBefore(w, up, up, [](const std::string& r) { return r == "case"; });
            if (isOneOf(w[up].upos, {"NOUN", "PROPN"}) && isOneOf(w[up].deprel, {"nmod", "obl"}) &&
                cs != NONE && phraseEdges(w, up).first == cs && timeSubordinator(w[cs])) {
                noun = up;
                marker = cs;
                break;
            }
        }
        if (noun == NONE || dominates(w, noun, over)) {
            continue;
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        w[marker].head = static_cast<int>(v) + 1;
        w[marker].deprel = "mark";
        w[marker].upos = "SCONJ";
        w[v].deprel = "advcl";
        ++mended;
    }
    return mended;
}

// A sentence's verb taken for the clause of the verb after a stretch of time at its end:
// "Taylor Swift endorsed Kamala Harris on Tuesday in a post ..., minutes after the
// presidential debate ended." with "ended" the root, "minutes" its subject and "endorsed" its
// complement. The first verb heads the sentence; the last heads a clause that "after" marks,
// with the noun after "after" its subject and the stretch of time its bare oblique. Whether it
// mended the tree.
bool clauseAfterAStretchOfTimeTakenForTheRoot(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB") {
        return false;
    }
    std::size_t time = NONE;
    std::size_t complement = NONE;
    for (std::size_t k = 0; k < root; ++k) {
        if (headOf(w, k) != root) {
            continue;
        }
        if (w[k].deprel == "nsubj" && w[k].upos == "NOUN" && stretchOfTime(w[k].lemma)) {
            time = k;
        } else if (w[k].deprel == "ccomp" && w[k].upos == "VERB") {
            complement = k;
        }
    }
    if (time == NONE || complement == NONE || complement > time) {
        return false;
    }
    const auto [first, last] = phraseEdges(w, time);
    const std::size_t comma = w[first].form == "," ? first : first - 1;
    const std::size_t complementEnd = phraseEdges(w, complement).second; // (or its comma)
    if (comma == 0 || w[comma].form != "," || last + 1 != root ||
        !(complementEnd + 1 == comma || complementEnd == comma)) {
        return false;
    }
    std::size_t noun = NONE;
    for (std::size_t k = time + 1; k < root; ++k) {
        if (headOf(w, k) == time && w[k].deprel == "nmod" &&
            isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"})) {
            noun = k;
        }
    }
    const std::size_t marker =
        noun == NONE
            ? NONE
            : lastChildBefore(w, noun, noun, [](const std::string& r) { return r == "case"; });
    if (marker == NONE || marker != time + 1 || !timeSubordinator(w[marker])) {
        return false;
    }
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (headOf(w, k) == root && k != time && (k < comma || w[k].upos == "PUNCT")) {
            w[k].head = static_cast<int>(complement) + 1;
        }
    }
    w[complement].head = 0;
    w[complement].deprel = "root";
    w[root].head = static_cast<int>(complement) + 1;
    w[root].deprel = "advcl";
    w[time].deprel = "obl:unmarked";
    w[noun].head = static_cast<int>(root) + 1;
    w[noun].deprel = "nsubj";
    w[marker].head = static_cast<int>(root) + 1;
    w[marker].deprel = "mark";
    w[marker].upos = "SCONJ";
    if (w[comma].form == "," && headOf(w, comma) == root) {
        w[comma].head = static_cast<int>(root) + 1;
    }
    return true;
}

// An opening phrase of "since", "after", "before" or "until" with no verb, which the parse made
// a clause marker and a subject of the main verb, though the verb has its own subject after the
// comma: "Since the start of the war, the World Bank has mobilised ..." with "start" a second
// subject of "mobilised". The word is the noun's preposition and the noun the verb's oblique.
// Whether it mended one.
bool openingPhraseTakenForASubject(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w.size() < 5 || headOf(w, 0) != root || w[0].deprel != "mark" ||
        !isOneOf(lowercaseAscii(w[0].form), {"since", "after", "before", "until"})) {
        return false;
    }
    std::size_t first = NONE;
    std::size_t second = NONE;
    for (std::size_t k = 1; k < root; ++k) {
        if (headOf(w, k) == root && w[k].deprel.starts_with("nsubj")) {
            (first == NONE ? first : second) = k;
        }
    }
    if (first == NONE || second == NONE || !isOneOf(w[first].upos, {"NOUN", "PROPN"})) {
        return false;
    }
    const auto [a, b] = phraseEdges(w, first);
    const std::size_t comma = w[b].form == "," ? b : b + 1;
    if (a != 1 || comma >= second || w[comma].form != "," ||
        phraseEdges(w, second).first != comma + 1) {
        return false;
    }
    w[0].head = static_cast<int>(first) + 1;
    w[0].deprel = "case";
    w[0].upos = "ADP";
    w[0].xpos = "IN";
    w[first].deprel = "obl";
    return true;
}

// A name right after the noun that ends a participle's phrase inside the subject, taken for a
// second subject of the verb: "A consortium led by the investment firm BlackRock agreed to buy
// ..." with "BlackRock" a subject of "agreed" besides "consortium". The name is the noun's
// apposition. How many it moved.
std::size_t nameAfterANounInTheSubjectTakenForASubject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t n = 2; n < w.size(); ++n) {
        const std::size_t v = headOf(w, n);
        if (w[n].upos != "PROPN" || !w[n].deprel.starts_with("nsubj") || v == NONE || v <= n) {
            continue;
        }
        const std::size_t first = firstOfName(w, n);
        if (first == 0) {
            continue;
        }
        const std::size_t noun = first - 1;
        std::size_t subject = NONE;
        for (std::size_t k = 0; k < noun; ++k) {
            if (headOf(w, k) == v && w[k].deprel.starts_with("nsubj")) {
                subject = k;
            }
        }
        if (subject == NONE || w[noun].upos != "NOUN" ||
            lowercaseAscii(w[noun].form) != w[noun].form || !dominates(w, subject, noun) ||
            phraseEdges(w, subject).second != noun) {
            continue;
        }
        w[n].head = static_cast<int>(noun) + 1;
        w[n].deprel = "appos";
        ++moved;
    }
    return moved;
}

// A conjunct hung on the noun a relative clause describes, though it follows a noun inside the
// clause and the clause's closing comma comes after it: "The operator, which is owned by
// FirstGroup and the Hong Kong company MTR, runs trains" with "company" a conjunct of
// "operator". It is the conjunct of the noun before its "and". How many it moved.
std::size_t conjunctOfARelativeClausesNounTakenForItsHeads(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t c = 3; c + 1 < w.size(); ++c) {
        const std::size_t h = headOf(w, c);
        if (w[c].deprel != "conj" || h == NONE || h >= c ||
            !isOneOf(w[c].upos, {"NOUN", "PROPN"}) || !isOneOf(w[h].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        const std::size_t cc =
            lastChildBefore(w, c, c, [](const std::string& r) { return r == "cc"; });
        std::size_t clause = NONE;
        for (std::size_t k = h + 1; k < c; ++k) {
            if (headOf(w, k) == h && w[k].deprel == "acl:relcl") {
                clause = k;
            }
        }
        const auto [start, end] = phraseEdges(w, c);
        // (the comma may hang on the conjunct)
        const bool closed = w[end].form == "," || (end + 1 < w.size() && w[end + 1].form == ",");
        if (cc == NONE || clause == NONE || cc < clause || cc == 0 || start != cc || !closed) {
            continue;
        }
        // (the nominal inside the clause that ends right before the "and")
        std::size_t noun = cc - 1;
        for (std::size_t up = headOf(w, noun);
             up != NONE && up != clause && dominates(w, clause, up) &&
             phraseEdges(w, up).second == cc - 1;
             up = headOf(w, up)) {
            noun = up;
        }
        if (!isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || !dominates(w, clause, noun) ||
            noun == clause) {
            continue;
        }
        w[c].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// "more than" or "less than" between "have" and its participle, read as the object of "have"
// with the participle a clause after "than": "The chipmaker's shares have more than tripled"
// with "have" the verb. The participle heads the clause with "have" its auxiliary and "more
// than" its adverb. How many it mended.
std::size_t moreThanBetweenHaveAndItsParticiple(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t h = 1; h + 3 < w.size(); ++h) {
        const std::size_t more = h + 1;
        const std::size_t than = h + 2;
        const std::size_t v = h + 3;
        if (!isOneOf(lowercaseAscii(w[h].form), {"have", "has", "had"}) ||
            !isOneOf(lowercaseAscii(w[more].form), {"more", "less"}) ||
            lowercaseAscii(w[than].form) != "than" || w[v].upos != "VERB" ||
            !isOneOf(w[v].xpos, {"VBN", "VBD"}) || headOf(w, more) != h ||
            w[more].deprel != "obj" || headOf(w, v) != more) {
            continue;
        }
        w[v].head = w[h].head;
        w[v].deprel = w[h].deprel;
        w[v].xpos = "VBN";
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (k != more && headOf(w, k) == h) {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[h].head = static_cast<int>(v) + 1;
        w[h].deprel = "aux";
        w[h].upos = "AUX";
        w[more].head = static_cast<int>(v) + 1;
        w[more].deprel = "advmod";
        w[more].upos = "ADV";
        w[than].head = static_cast<int>(more) + 1;
        w[than].deprel = "fixed";
        ++mended;
    }
    return mended;
}

// A conjunct with a preposition of its own hung on a phrase of another preposition, though an
// earlier phrase of the same head has its preposition: "announcements by Hyundai in Georgia and
// by Honda in Ohio" with "by Honda" joined to "in Georgia" and "in Ohio" on "Georgia". The
// conjunct joins the phrase of its preposition ("by Hyundai"), and phrases hung on the wrong
// one after the conjunct go with it. How many it moved.
std::size_t conjunctOfAnotherPreposition(std::vector<Token>& w) {
    std::size_t moved = 0;
    const auto prepositionOf = [&](std::size_t k) {
        const std::size_t c =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "case"; });
        return c == NONE ? std::string() : lowercaseAscii(w[c].form);
    };
    for (std::size_t c = 3; c < w.size(); ++c) {
        const std::size_t h = headOf(w, c);
        if (w[c].deprel != "conj" || h == NONE || h >= c ||
            !isOneOf(w[c].upos, {"NOUN", "PROPN"}) || !isOneOf(w[h].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        const std::string own = prepositionOf(c);
        const std::string other = prepositionOf(h);
        const std::size_t g = headOf(w, h);
        if (own.empty() || other.empty() || own == other || g == NONE) {
            continue;
        }
        std::size_t same = NONE;
        for (std::size_t x = g + 1; x < h; ++x) {
            if (headOf(w, x) == g && w[x].deprel == w[h].deprel &&
                isOneOf(w[x].upos, {"NOUN", "PROPN"}) && prepositionOf(x) == own) {
                same = x;
            }
        }
        if (same == NONE) {
            continue;
        }
        w[c].head = static_cast<int>(same) + 1;
        for (std::size_t k = c + 1; k < w.size(); ++k) {
            if (headOf(w, k) == h && w[k].deprel == "nmod") {
                w[k].head = static_cast<int>(c) + 1;
            }
        }
        ++moved;
    }
    return moved;
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

// The main verb taken for a participle on its subject, with its "that" clause's verb the root:
// "A federal judge ruled on Monday that Google had illegally maintained a monopoly" with
// "ruled" a modifier of "judge" and "judge" a second subject of "maintained", as if the judge
// had kept the monopoly. A root has no marker; the participle is the main verb, its noun the
// subject, and the marked clause its complement. Whether it mended.
bool mainVerbTakenForAParticiple(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB") {
        return false;
    }
    const std::size_t mark =
        lastChildBefore(w, root, root, [](const std::string& r) { return r == "mark"; });
    // (and another subject for the clause, after the marker)
    const std::size_t subject =
        lastChildBefore(w, root, root, [](const std::string& r) { return r.starts_with("nsubj"); });
    if (mark == NONE || !isOneOf(lowercaseAscii(w[mark].form), {"that", "whether", "if"}) ||
        subject == NONE || subject < mark) {
        return false;
    }
    for (std::size_t noun = 0; noun < mark; ++noun) {
        if (headOf(w, noun) != root || !w[noun].deprel.starts_with("nsubj") ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        // (the participle's words all before the marker, its subject none of its own)
        const std::size_t verb = lastChildBefore(
            w, noun, mark, [](const std::string& r) { return r == "acl" || r == "acl:relcl"; });
        // (Not one set off by a comma or with an agent, a participle indeed: "An explanation,
        // confirmed by recent events, is that ...".)
        if (verb == NONE || verb < noun || w[verb].upos != "VERB" ||
            !isOneOf(w[verb].xpos, {"VBD", "VBN"}) || w[verb - 1].form == "," ||
            phraseEdges(w, verb).second >= mark || hasChild(w, verb, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "mark" || r.starts_with("aux") ||
                       r == "obl:agent";
            })) {
            continue;
        }
        w[verb].head = 0;
        w[verb].deprel = "root";
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "nsubj";
        w[root].head = static_cast<int>(verb) + 1;
        w[root].deprel = "ccomp";
        if (Token& stop = w.back(); headOf(w, w.size() - 1) == root && stop.upos == "PUNCT") {
            stop.head = static_cast<int>(verb) + 1; // (the final full stop)
        }
        return true;
    }
    return false;
}

// A finite verb set off by a comma after its subject's apposition, that the parse hung on the
// apposition as a participle, when a participle with an agent after the next comma took the
// root: "Reliance Jio, the country's biggest operator, bought the largest share, followed by
// Bharti Airtel" with "followed" the root and "bought" on "operator". The verb with an object
// is the clause's; the participle after it, without an object or auxiliary of its own, is
// its adverbial clause.
bool mainVerbBeforeATrailingParticiple(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || root < 4 || w[root].upos != "VERB" ||
        !isOneOf(w[root].xpos, {"VBD", "VBN"}) || w[root - 1].form != "," ||
        hasChild(w, root, [](const std::string& r) {
            return r == "obj" || r.starts_with("aux") || r == "mark" || r == "ccomp";
        })) {
        return false;
    }
    const std::size_t subject =
        lastChildBefore(w, root, root, [](const std::string& r) { return r.starts_with("nsubj"); });
    // (an agent after it: "followed by Bharti Airtel")
    bool agent = false;
    for (std::size_t k = root + 1; k < w.size(); ++k) {
        agent = agent || (headOf(w, k) == root && isOneOf(w[k].deprel, {"obl", "obl:agent"}) &&
                          caseWordOf(w, k, {"by"}) != NONE);
    }
    if (subject == NONE || !agent) {
        return false;
    }
    for (std::size_t v = subject + 2; v + 1 < root; ++v) {
        const std::size_t h = headOf(w, v);
        // (on the subject or on its apposition)
        const bool onSubject =
            h == subject || (h != NONE && headOf(w, h) == subject && w[h].deprel == "appos");
        if (!onSubject || w[v].deprel != "acl" || w[v].upos != "VERB" ||
            !isOneOf(w[v].xpos, {"VBD", "VBN"}) || w[v - 1].form != "," ||
            phraseEdges(w, v).second + 1 != root - 1 ||
            !hasChild(w, v, [](const std::string& r) { return r == "obj"; }) ||
            hasChild(w, v, [](const std::string& r) {
                return r.starts_with("nsubj") || r.starts_with("aux") || r == "mark";
            })) {
            continue;
        }
        w[v].head = 0;
        w[v].deprel = "root";
        w[v].xpos = "VBD";
        w[subject].head = static_cast<int>(v) + 1;
        w[subject].deprel = "nsubj";
        w[root].head = static_cast<int>(v) + 1;
        w[root].deprel = "advcl";
        w[root].xpos = "VBN";
        w[root - 1].head = static_cast<int>(root) + 1;
        if (Token& stop = w.back(); headOf(w, w.size() - 1) == root && stop.upos == "PUNCT") {
            stop.head = static_cast<int>(v) + 1;
        }
        return true;
    }
    return false;
}

// A past participle with auxiliaries of its own that the parse made an adjective of the noun
// after it, the noun before the auxiliaries a second object of an earlier verb: "saying the
// company may have broken competition rules by tying ..." with "broken" on "rules" and both
// nouns objects of "saying". The participle heads a clause, the complement of that verb, with
// the first noun its subject, the second its object, and the clauses after the object its
// own. How many it mended.
std::size_t participleWithAuxiliariesTakenForAnAdjective(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 3; v + 1 < w.size(); ++v) {
        const std::size_t noun = headOf(w, v);
        if (w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBN", "VBD"}) || w[v].deprel != "amod" ||
            noun == NONE || noun <= v ||
            !hasChild(w, v, [](const std::string& r) { return r.starts_with("aux"); })) {
            continue;
        }
        const std::size_t start = clauseStart(w, v);
        if (start == 0 || w[noun].deprel != "obj") {
            continue;
        }
        // The subject: the noun whose phrase (but the noun after the participle) ends right
        // before the auxiliaries, an object of a verb before; the noun after hangs on that verb
        // or on the subject itself.
        std::size_t subject = start - 1;
        while (headOf(w, subject) != NONE && headOf(w, subject) < start &&
               w[headOf(w, subject)].upos != "VERB") {
            subject = headOf(w, subject);
        }
        const std::size_t h = headOf(w, subject);
        if (h == NONE || w[h].upos != "VERB" || w[subject].deprel != "obj" ||
            !isOneOf(w[subject].upos, {"NOUN", "PROPN", "PRON"}) ||
            !(headOf(w, noun) == h || headOf(w, noun) == subject) || dominates(w, v, h)) {
            continue;
        }
        for (std::size_t k = 0; k < w.size(); ++k) { // (the auxiliaries and the clauses after)
            if (headOf(w, k) == h && k > noun && isOneOf(w[k].deprel, {"advcl", "obl"})) {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = static_cast<int>(h) + 1;
        w[v].deprel = "ccomp";
        w[subject].head = static_cast<int>(v) + 1;
        w[subject].deprel = "nsubj";
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// A second object with its own preposition's phrase, the verb left out between ("ordered
// tanks from General Dynamics and howitzers from Hanwha"), parsed as a conjunct of the first
// preposition's noun: it is the first object's conjunct, and its phrase stays its own. How many
// it moved.
std::size_t gappedObjectTakenForAConjunct(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t y = 3; y + 1 < w.size(); ++y) {
        const std::size_t a = headOf(w, y);
        if (w[y].deprel != "conj" || w[y].upos != "NOUN" || a == NONE || a >= y ||
            w[a].deprel != "obl" ||
            hasChild(w, y, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        const std::size_t v = headOf(w, a);
        const std::size_t aCase =
            lastChildBefore(w, a, a, [](const std::string& r) { return r == "case"; });
        const std::size_t object =
            v == NONE ? NONE
                      : lastChildBefore(w, v, a, [](const std::string& r) { return r == "obj"; });
        if (v == NONE || w[v].upos != "VERB" || aCase == NONE || object == NONE) {
            continue;
        }
        // (with a phrase of the same preposition: "howitzers *from* Hanwha")
        bool same = false;
        for (std::size_t z = y + 1; z < w.size() && !same; ++z) {
            const std::size_t zCase =
                lastChildBefore(w, z, z, [](const std::string& r) { return r == "case"; });
            same = headOf(w, z) == y && w[z].deprel == "nmod" && zCase != NONE &&
                   lowercaseAscii(w[zCase].form) == lowercaseAscii(w[aCase].form);
        }
        if (!same || dominates(w, y, object)) {
            continue;
        }
        w[y].head = static_cast<int>(object) + 1;
        ++moved;
    }
    return moved;
}

// A clause joined by ", and" whose subject the parse took for a conjunct of a noun before it,
// its verb with an auxiliary and no subject left hanging elsewhere: "Novo has struggled to keep
// up with orders, and shortages of Wegovy have persisted in the United States" with
// "shortages" joined to "orders". The noun is the verb's subject and the verb the main verb's
// conjunct, with the conjunction and the comma. How many it mended.
std::size_t subjectTakenForAConjunctNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    const std::size_t root = rootOf(w);
    for (std::size_t v = 4; v < w.size() && root != NONE; ++v) {
        if (w[v].upos != "VERB" || v == root ||
            !isOneOf(w[v].deprel, {"advcl", "parataxis", "conj", "dep"}) ||
            !hasChild(w, v, [](const std::string& r) { return r.starts_with("aux"); }) ||
            hasChild(w, v, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "mark" || r == "expl";
            })) {
            continue;
        }
        const std::size_t start = clauseStart(w, v);
        if (start == 0 || start >= v) {
            continue;
        }
        // The noun whose phrase ends right before the verb's first word.
        std::size_t noun = start - 1;
        while (headOf(w, noun) != NONE && headOf(w, noun) < start &&
               phraseEdges(w, headOf(w, noun)).second == start - 1 && w[noun].deprel != "conj") {
            noun = headOf(w, noun);
        }
        const std::size_t cc =
            lastChildBefore(w, noun, noun, [](const std::string& r) { return r == "cc"; });
        if (w[noun].deprel != "conj" || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || cc == NONE ||
            cc < 2 || !isOneOf(lowercaseAscii(w[cc].form), {"and", "but"}) ||
            w[cc - 1].form != "," || dominates(w, noun, v) || dominates(w, v, root)) {
            continue;
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        w[cc].head = static_cast<int>(v) + 1;
        w[cc - 1].head = static_cast<int>(v) + 1;
        w[v].head = static_cast<int>(root) + 1;
        w[v].deprel = "conj";
        ++mended;
    }
    return mended;
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
        // (Parsed as EWT writes it, the amount may still be left an oblique without a
        // preposition: "will receive up to $8.5 billion in grants under the CHIPS Act".)
        if (const std::size_t amount = headOf(w, up);
            lowercaseAscii(w[up].form) == "up" && w[up].deprel == "advmod" &&
            lowercaseAscii(w[to].form) == "to" && w[to].deprel == "fixed" && headOf(w, to) == up &&
            amount != NONE && amount > to && isOneOf(w[amount].upos, {"NUM", "SYM"}) &&
            w[amount].deprel == "obl" && headOf(w, amount) != NONE &&
            w[headOf(w, amount)].upos == "VERB" &&
            !hasChild(w, amount, [](const std::string& r) { return r == "case"; }) &&
            !hasChild(w, headOf(w, amount),
                      [](const std::string& r) { return r == "obj" || r == "nsubj:pass"; })) {
            w[amount].deprel = "obj";
            ++mended;
            continue;
        }
        const std::size_t amount = headOf(w, to);
        if (lowercaseAscii(w[up].form) != "up" || w[up].deprel != "compound:prt" ||
            lowercaseAscii(w[to].form) != "to" || w[to].deprel != "case" || amount == NONE ||
            amount <= to ||
            !(w[amount].upos == "NUM" || w[amount].upos == "SYM" ||
              hasChild(w, amount, [](const std::string& r) { return r == "nummod"; })) ||
            dominates(w, up, amount)) {
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
        const std::size_t subject = lastChildBefore(
            w, v, w.size(), [](const std::string& r) { return r.starts_with("nsubj"); });
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

// A subject that the parse made the object of a verb of saying or knowing, with a finite verb
// after it (past adverbs) as that verb's open complement: "saying it likely violated free
// speech rights" with "it" the object of "saying" and "violated" its open complement (or a
// side clause of another verb); "failed to prove the company received illegal state aid" with
// "company" the object of "prove". The subject is the later verb's and that verb what the
// first one says or knows (`ccomp`). A noun must end its phrase, and a past tense after it
// must take an object or a clause of its own ("believed the company fined" may be a
// participle). How many it mended.
std::size_t subjectTakenForAnObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 1; p + 1 < w.size(); ++p) {
        const std::size_t say = headOf(w, p);
        if (w[p].deprel != "obj" || say == NONE || say > p ||
            !isOneOf(w[p].upos, {"PRON", "NOUN", "PROPN"}) ||
            !isOneOf(w[say].lemma,
                     {"say",     "think",   "believe", "fear",        "warn",      "argue",
                      "claim",   "insist",  "add",     "note",        "complain",  "allege",
                      "prove",   "show",    "find",    "know",        "suggest",   "indicate",
                      "reveal",  "confirm", "deny",    "admit",       "conclude",  "determine",
                      "suspect", "realise", "realize", "acknowledge", "understand"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const bool pronoun = w[p].upos == "PRON";
        if (pronoun ? !isOneOf(lowercaseAscii(w[p].form), {"it", "he", "she", "they", "we", "i"})
                    : phraseEdges(w, p).second != p) {
            continue;
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
        if (!pronoun && w[v].xpos == "VBD" && !hasChild(w, v, [](const std::string& r) {
                return r == "obj" || r == "ccomp" || r == "xcomp";
            })) {
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
        verbOverItsRootSubject(w, r, v);
        w[subject].head = static_cast<int>(m) + 1;
        w[subject].deprel = "conj";
        w[start - 1].head = static_cast<int>(subject) + 1;
        return true;
    }
    return false;
}

// Whether a comma opens the phrase of word `k` (the parse may give the phrase its comma).
bool commaOpens(const std::vector<Token>& w, std::size_t k) {
    const std::size_t start = phraseEdges(w, k).first;
    return start > 0 && (w[start].form == "," || w[start - 1].form == ",");
}

// A phrase after the comma that closes a relative clause on an object, which the parse hung
// inside the clause: "named Philipp Navratil, who ran its coffee business, as his successor"
// with "as his successor" on "ran", "buy Seagen, a biotech company that makes cancer drugs,
// for $43 billion" with the sum on "drugs". The phrase is the verb's whose object the clause
// is on. How many it moved.
std::size_t phraseAfterARelativeClausesComma(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t rc = 2; rc < w.size(); ++rc) {
        const std::size_t n = headOf(w, rc);
        if (w[rc].deprel != "acl:relcl" || n == NONE) {
            continue;
        }
        // (or on an apposition of the object that a comma opens: "buy Seagen, a biotech
        // company that makes cancer drugs, for $43 billion")
        const bool apposition = w[n].deprel == "appos" && commaOpens(w, n);
        const std::size_t object = apposition ? headOf(w, n) : n;
        const std::size_t v = object == NONE ? NONE : headOf(w, object);
        if (v == NONE || v > object || w[v].upos != "VERB" ||
            !isOneOf(w[object].deprel, {"obj", "xcomp", "iobj"})) {
            continue;
        }
        // (opened by a comma and a relative pronoun: "Navratil, who ran ...")
        const std::size_t which = lastChildBefore(
            w, rc, rc, [](const std::string& r) { return r.starts_with("nsubj") || r == "obj"; });
        if (which == NONE || which == 0 || (w[which - 1].form != "," && !apposition) ||
            !isOneOf(w[which].xpos, {"WP", "WDT"})) {
            continue;
        }
        for (std::size_t d = rc + 1; d < w.size(); ++d) {
            // (the closing comma may be the phrase's own)
            // (and a preposition right after it)
            const std::size_t first = phraseEdges(w, d).first;
            const std::size_t comma = w[first].form == "," ? first : first - 1;
            if (!dominates(w, rc, d) || w[d].deprel != "obl" || first < rc + 2 ||
                w[comma].form != "," || comma + 1 >= d ||
                !isOneOf(w[comma + 1].upos, {"ADP", "SCONJ"})) {
                continue;
            }
            w[d].head = static_cast<int>(v) + 1;
            ++moved;
        }
    }
    return moved;
}

// An infinitive after the comma that closes a relative clause on a name (or on the name's
// apposition), which the parse hung inside the clause: "granted a request by NetChoice, a trade
// group whose members include Meta and Google, to halt the law" with "to halt" on "include".
// It is the infinitive of the noun whose phrase the name is in ("a request ... to halt"), or of
// the verb whose object the name is. How many it moved.
std::size_t infinitiveAfterARelativeClausesComma(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t rc = 2; rc < w.size(); ++rc) {
        const std::size_t n = headOf(w, rc);
        if (w[rc].deprel != "acl:relcl" || n == NONE) {
            continue;
        }
        // (opened by a relative word right after a comma, "who", "which", "whose", or inside
        // an apposition a comma opens: "NetChoice, a trade group whose")
        std::size_t open = phraseEdges(w, rc).first;
        open += w[open].form == "," ? 1 : 0;
        const bool relativeWord = open < rc && isOneOf(w[open].xpos, {"WP", "WDT", "WP$"});
        const bool afterComma = open > 0 && w[open - 1].form == ",";
        if (!relativeWord || !(afterComma || (w[n].deprel == "appos" && commaOpens(w, n)))) {
            continue;
        }
        const std::size_t name = w[n].deprel == "appos" ? headOf(w, n) : n;
        const std::size_t owner = name == NONE ? NONE : headOf(w, name);
        if (owner == NONE || owner > name) {
            continue;
        }
        const bool ofNoun = w[name].deprel == "nmod" && w[owner].upos == "NOUN";
        const bool ofVerb = isOneOf(w[name].deprel, {"obj", "iobj"}) && w[owner].upos == "VERB";
        if (!ofNoun && !ofVerb) {
            continue;
        }
        for (std::size_t d = rc + 1; d < w.size(); ++d) {
            const std::size_t to =
                lastChildBefore(w, d, d, [](const std::string& r) { return r == "mark"; });
            if (!dominates(w, rc, d) || w[d].xpos != "VB" || to == NONE ||
                lowercaseAscii(w[to].form) != "to" || to == 0 || w[to - 1].form != ",") {
                continue;
            }
            w[d].head = static_cast<int>(owner) + 1;
            w[d].deprel = ofNoun ? "acl" : "advcl";
            ++moved;
        }
    }
    return moved;
}

// Whether lower-case `word` is a direction word that may be a verb's particle: "back", "off",
// "up", "down", "out", "over".
bool directionParticle(std::string_view word) {
    return isOneOf(word, {"back", "off", "up", "down", "out", "over"});
}

// A verb's particle right before its object, read as an adverb: "have pushed *back* the
// launch", "bought *back* shares", "cut *off* supplies", "take *over* from". A direction word right
// after the verb and right before the first word of the verb's object is its particle. How many it
// mended.
std::size_t particleTakenForAnAdverb(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t v = k - 1;
        if (w[k].deprel != "advmod" || w[v].upos != "VERB" ||
            !directionParticle(lowercaseAscii(w[k].form))) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (or hung on the object as its adverb, an amount's: "had shot *down* 40 of the 62
        // drones"; not "up to" an amount, "raise *up* to 25 billion dollars", nor "over" one,
        // "wanted *over* $300")
        const std::size_t object =
            lastChildBefore(w, v, w.size(), [](const std::string& r) { return r == "obj"; });
        if (headOf(w, k) != v &&
            (headOf(w, k) != object || object == NONE || lowercaseAscii(w[k + 1].form) == "to" ||
             lowercaseAscii(w[k].form) == "over" ||
             hasChild(w, k, [](const std::string&) { return true; }))) {
            continue;
        }
        // (So is one right before the preposition of the verb's phrase, in a verb of three
        // words: "fell *out* with President William Ruto", "cracked *down* on protesters".)
        std::size_t oblique = NONE;
        for (std::size_t c = k + 2; c < w.size() && object == NONE; ++c) {
            if (headOf(w, c) == v && w[c].deprel == "obl" && phraseEdges(w, c).first == k + 1 &&
                headOf(w, k + 1) == c && w[k + 1].deprel == "case" &&
                isOneOf(lowercaseAscii(w[k + 1].form), {"with", "on", "of", "from", "against"})) {
                oblique = c;
            }
        }
        const std::size_t opening = headOf(w, k) == v ? k + 1 : k;
        if ((object == NONE || object <= k || phraseEdges(w, object).first != opening) &&
            oblique == NONE) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "compound:prt";
        w[k].upos = "ADP";
        w[k].xpos = "RP";
        ++mended;
    }
    return mended;
}

// A prepositional phrase of time and the clause joined after it by ", and", which the parse
// made one clause with the preposition its marker and the two nouns joined subjects: "arrested
// Tundu Lissu after a rally in the town of Mbinga, and prosecutors later charged him" with
// "after" marking "charged", whose subject was "rally" (and "prosecutors"). The noun after
// "and", right before the verb, is its subject; the phrase is the verb before's oblique; the
// verb is that verb's conjunct. How many it split.
std::size_t phraseAndClauseTakenForOneClause(std::vector<Token>& w) {
    std::size_t split = 0;
    for (std::size_t v = 4; v < w.size(); ++v) {
        const std::size_t h = headOf(w, v);
        const std::size_t m =
            lastChildBefore(w, v, v, [](const std::string& r) { return r == "mark"; });
        const std::size_t s =
            lastChildBefore(w, v, v, [](const std::string& r) { return r == "nsubj"; });
        if (h == NONE || h > v || w[v].deprel != "advcl" || w[v].upos != "VERB" || m == NONE ||
            s == NONE || s < m || !timeSubordinator(w[m]) ||
            !isOneOf(w[s].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        // A conjunct in the subject's phrase right before the verb (adverbs between), after
        // ", and".
        std::size_t c = NONE;
        for (std::size_t k = s + 1; k < v; ++k) {
            if (w[k].deprel == "conj" && headOf(w, k) != NONE && dominates(w, s, headOf(w, k))) {
                c = k;
            }
        }
        if (c == NONE || c < 2 || lowercaseAscii(w[c - 1].form) != "and" || w[c - 2].form != "," ||
            !isOneOf(w[c].upos, {"NOUN", "PROPN", "PRON"})) {
            continue;
        }
        bool adjacent = true;
        for (std::size_t k = c + 1; k < v && adjacent; ++k) {
            adjacent = w[k].upos == "ADV" && headOf(w, k) == v;
        }
        if (!adjacent || phraseEdges(w, c).first < c - 2) {
            continue;
        }
        w[c].head = static_cast<int>(v) + 1;
        w[c].deprel = "nsubj";
        w[c - 1].head = static_cast<int>(v) + 1;
        w[c - 1].deprel = "cc";
        w[c - 2].head = static_cast<int>(v) + 1;
        w[c - 2].deprel = "punct";
        w[s].head = static_cast<int>(h) + 1;
        w[s].deprel = "obl";
        w[m].head = static_cast<int>(s) + 1;
        w[m].deprel = "case";
        w[m].upos = "ADP";
        w[v].deprel = "conj";
        ++split;
    }
    return split;
}

// An opening noun with a participle on it whose object the parse took for the subject of the
// sentence's verb, hung on the participle: "Unions representing teachers had asked the
// government to ..." with "Unions" the root and "teachers had asked" a clause of
// "representing". The verb is the root, the noun its subject and the other noun the
// participle's object. Whether it mended.
bool participlesObjectTakenForTheSubject(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || r + 3 >= w.size() || w[r].upos != "NOUN" ||
        hasChild(w, r, [](const std::string& rel) {
            return rel == "cop" || rel.starts_with("nsubj") || rel.starts_with("aux");
        })) {
        return false;
    }
    const std::size_t g = r + 1;
    if (headOf(w, g) != r || w[g].deprel != "acl" || w[g].xpos != "VBG" ||
        hasChild(w, g, [](const std::string& rel) { return rel == "obj"; })) {
        return false;
    }
    for (std::size_t v = g + 2; v < w.size(); ++v) {
        if (headOf(w, v) != g || w[v].deprel != "ccomp" || w[v].upos != "VERB") {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, v, v, [](const std::string& rel) { return rel == "nsubj"; });
        if (subject == NONE || phraseEdges(w, subject).first != g + 1 ||
            !isOneOf(w[subject].upos, {"NOUN", "PROPN"}) ||
            !(isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
              hasChild(w, v, [](const std::string& rel) { return rel.starts_with("aux"); }))) {
            return false;
        }
        verbOverItsRootSubject(w, r, v);
        w[subject].head = static_cast<int>(g) + 1;
        w[subject].deprel = "obj";
        return true;
    }
    return false;
}

// A clause after "after", "before", "since" or "until" whose subject has a plural noun
// before it, which the parse read as the preposition's noun with a relative clause: "after the
// commodities trader admitted paying bribes" with "commodities" the oblique and "trader
// admitted" a clause on it. The plural is the subject's compound, the preposition the clause's
// marker and the clause the verb's adverbial. How many it mended.
std::size_t pluralCompoundTakenForAClausesNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t n = 1; n + 2 < w.size(); ++n) {
        const std::size_t x = n + 1;
        const std::size_t v = headOf(w, x);
        const std::size_t h = headOf(w, n);
        if (w[n].xpos != "NNS" || w[n].deprel != "obl" || h == NONE || w[x].upos != "NOUN" ||
            w[x].deprel != "nsubj" || v == NONE || v <= x || headOf(w, v) != n ||
            w[v].deprel != "acl:relcl" || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"})) {
            continue;
        }
        const std::size_t m =
            lastChildBefore(w, n, n, [](const std::string& r) { return r == "case"; });
        if (m == NONE || !timeSubordinator(w[m])) {
            continue;
        }
        for (std::size_t k = m + 1; k < n; ++k) {
            if (headOf(w, k) == n) {
                w[k].head = static_cast<int>(x) + 1; // "the", "a"
            }
        }
        w[v].head = static_cast<int>(h) + 1;
        w[v].deprel = "advcl";
        w[m].head = static_cast<int>(v) + 1;
        w[m].deprel = "mark";
        w[m].upos = "SCONJ";
        w[n].head = static_cast<int>(x) + 1;
        w[n].deprel = "compound";
        ++mended;
    }
    return mended;
}

// A name opening the sentence with a "whose" clause between commas, which the parse made the
// root with the clause its parataxis and the sentence's verb a complement of the clause:
// "Microsoft, whose Windows computers crashed because of the update, has also criticised Delta".
// The verb after the closing comma (with an auxiliary and no subject of its own) is the root, the
// name its subject and the clause the name's. Whether it mended.
bool mainVerbInsideAWhoseClause(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || r + 4 >= w.size() || !isOneOf(w[r].upos, {"PROPN", "NOUN"}) ||
        w[r + 1].form != "," || w[r + 2].xpos != "WP$" ||
        hasChild(w, r, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
        return false;
    }
    const std::size_t owned = headOf(w, r + 2); // "computers"
    const std::size_t clause = owned == NONE ? NONE : headOf(w, owned);
    if (clause == NONE || headOf(w, clause) != r || w[clause].upos != "VERB") {
        return false;
    }
    for (std::size_t v = clause + 1; v < w.size(); ++v) {
        if (headOf(w, v) != clause || w[v].upos != "VERB" ||
            !isOneOf(w[v].deprel, {"ccomp", "conj", "parataxis"}) ||
            !hasChild(w, v, [](const std::string& rel) { return rel.starts_with("aux"); }) ||
            hasChild(w, v, [](const std::string& rel) { return rel.starts_with("nsubj"); }) ||
            phraseEdges(w, v).first == 0 || w[phraseEdges(w, v).first].form != ",") {
            continue;
        }
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            if (headOf(w, k) == clause) {
                w[k].head = static_cast<int>(v) + 1; // (the closing full stop)
            }
        }
        verbOverItsRootSubject(w, r, v);
        w[clause].head = static_cast<int>(r) + 1;
        w[clause].deprel = "acl:relcl";
        return true;
    }
    return false;
}

// A relative clause opened by a comma and "which" that the parse hung on a noun further back
// than the one right before the comma: "killed at least 30 people during protests against
// the results of the October election, which the ruling Frelimo party won" with "won" on
// "people". It is the clause of the common noun before the comma. How many it moved.
std::size_t whichClauseAfterItsNoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t which = 2; which + 1 < w.size(); ++which) {
        const std::size_t noun = which - 2;
        const std::size_t v = headOf(w, which);
        if (lowercaseAscii(w[which].form) != "which" || w[which - 1].form != "," || v == NONE ||
            v < which || w[v].deprel != "acl:relcl" || w[noun].upos != "NOUN" ||
            headOf(w, v) == noun || headOf(w, v) == NONE || headOf(w, v) > noun ||
            dominates(w, v, noun) || !dominates(w, headOf(w, v), noun) ||
            headOf(w, noun) == noun + 1) {
            continue;
        }
        // (Not when the noun whose phrase it is may have the clause: "the school of modern
        // thought, which has ...". Names are left to relativeClauseAfterAName: "a feud with
        // Jillian Hall, which led to ..." is the feud's.)
        if (headOf(w, noun) == headOf(w, v)) {
            continue;
        }
        w[v].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// A list opening the sentence whose first member the parse took for the root and the others
// for the subject of a verb hung on it: "Spain, Britain and Qatar sent search teams" with
// "Spain" the root, "sent" its parataxis and "Britain" (with "Qatar") its subject. The verb is
// the root, the first member its subject and the others, with the comma after the first, that
// member's conjuncts. Whether it mended.
bool listOpeningTakenForTheRoot(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || r + 3 >= w.size() || !isOneOf(w[r].upos, {"NOUN", "PROPN"}) ||
        w[r + 1].form != "," || headOf(w, r + 1) != r || hasChild(w, r, [](const std::string& rel) {
            return rel == "cop" || rel.starts_with("nsubj") || rel == "expl" ||
                   rel.starts_with("aux") || rel == "case";
        })) {
        return false;
    }
    // (the first member opens the sentence: only its own modifiers before it)
    for (std::size_t k = 0; k < r; ++k) {
        if (headOf(w, k) != r || !isOneOf(w[k].deprel, {"compound", "flat", "det", "amod"})) {
            return false;
        }
    }
    const std::size_t second = r + 2;
    for (std::size_t v = second + 1; v < w.size(); ++v) {
        if (headOf(w, v) != r || w[v].deprel != "parataxis" || w[v].upos != "VERB") {
            continue;
        }
        std::size_t subject = NONE;
        for (std::size_t k = second; k < v && subject == NONE; ++k) {
            if (headOf(w, k) == v && w[k].deprel == "nsubj" && phraseEdges(w, k).first == second &&
                w[k].upos == w[r].upos) {
                subject = k;
            }
        }
        if (subject == NONE) {
            return false;
        }
        std::vector<std::size_t> others;
        bool joined = false;
        for (std::size_t c = subject + 1; c < v; ++c) {
            if (headOf(w, c) == subject && w[c].deprel == "conj") {
                others.push_back(c);
                joined =
                    joined || hasChild(w, c, [](const std::string& rel) { return rel == "cc"; });
            }
        }
        if (!joined) {
            return false;
        }
        verbOverItsRootSubject(w, r, v);
        w[subject].head = static_cast<int>(r) + 1;
        w[subject].deprel = "conj";
        w[r + 1].head = static_cast<int>(subject) + 1;
        for (std::size_t c : others) {
            w[c].head = static_cast<int>(r) + 1;
        }
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
        if (!onlyAdverbs || verb == NONE || !dominates(w, head, verb) || dominates(w, v, verb)) {
            continue; // (the clause's verb moves below the verb: not when it is above it)
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

// A noun of trying, planning, deciding, being able or allowed, which takes a to-infinitive (and an
// agreement or a contract to do something; "used deals to stifle competition" is a purpose).
bool takesAnInfinitive(const std::string& lemma) {
    return isOneOf(lemma,
                   {"effort",      "attempt", "bid",     "plan",        "push",       "decision",
                    "ability",     "need",    "pledge",  "promise",     "commitment", "proposal",
                    "permission",  "right",   "chance",  "opportunity", "way",        "power",
                    "authority",   "request", "offer",   "option",      "obligation", "intention",
                    "willingness", "refusal", "failure", "strategy",    "desire",     "approval",
                    "agreement",   "contract"});
}

// A to-infinitive right after an object noun that takes one, which the parse hung on the verb
// as its purpose: "reflects efforts by Apple to reduce their dependence on China" with
// "reduce" an adverbial of "reflects" (the investment would reduce). After a noun of trying,
// planning, deciding, being able or allowed, the infinitive is the noun's (`acl`), as EWT has
// it. (So is one hung on a noun further back past such a noun's phrase: "delayed its approval
// of Sweden's *bid* to join NATO" with "join" on "approval"; Sweden would join.) How many it
// moved.
std::size_t infinitiveOfItsNoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t to = 1; to + 1 < w.size(); ++to) {
        const std::size_t v = to + 1;
        const std::size_t verb = headOf(w, v);
        if (lowercaseAscii(w[to].form) != "to" || headOf(w, to) != v || w[to].deprel != "mark" ||
            w[v].xpos != "VB" || !isOneOf(w[v].deprel, {"advcl", "acl"}) || verb == NONE ||
            verb > to) {
            continue;
        }
        std::size_t noun = NONE;
        if (w[v].deprel == "advcl") {
            noun = lastChildBefore(w, verb, to, [](const std::string& r) { return r == "obj"; });
        }
        // (the nearest such noun, inside the phrase: "its approval of Sweden's bid")
        const std::size_t inner = to - 1;
        if (w[inner].upos == "NOUN" && w[inner].deprel == "nmod" && inner > verb &&
            takesAnInfinitive(w[inner].lemma) && dominates(w, noun != NONE ? noun : verb, inner)) {
            noun = inner;
        }
        if (noun == NONE || phraseEdges(w, noun).second + 1 != to ||
            !takesAnInfinitive(w[noun].lemma) || noun == verb) {
            continue;
        }
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl";
        ++moved;
    }
    return moved;
}

// A noun phrase right before an amount of time and "ago", which the parse folded into the time:
// "proposed by the European Commission two years ago" with "the", "European", "Commission" and
// "by" all hung on "ago". The phrase's last noun heads its own words again and is the verb's
// oblique (its agent after "by" on a passive); "ago" keeps the amount. How many it split off.
std::size_t phraseFoldedIntoAgo(std::vector<Token>& w) {
    std::size_t split = 0;
    for (std::size_t a = 2; a < w.size(); ++a) {
        if (lowercaseAscii(w[a].form) != "ago") {
            continue; // (the cheap test first: this runs for every word)
        }
        const std::size_t v = headOf(w, a);
        const std::size_t amount =
            lastChildBefore(w, a, a, [](const std::string& r) { return r.ends_with(":unmarked"); });
        if (v == NONE || w[v].upos != "VERB" || amount == NONE || w[amount].upos != "NOUN") {
            continue;
        }
        const std::size_t start = phraseEdges(w, amount).first;
        const std::size_t noun = start - 1;
        if (start == 0 || headOf(w, noun) != a || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            !isOneOf(w[noun].deprel,
                     {"compound", "flat", "nmod", "obl:unmarked", "nmod:unmarked"})) {
            continue;
        }
        // (the phrase's words: the children of "ago" before the noun, next to each other)
        std::size_t first = noun;
        while (first > 0 && headOf(w, first - 1) == a &&
               isOneOf(w[first - 1].deprel, {"det", "amod", "compound", "case", "nmod:poss"})) {
            --first;
        }
        std::size_t by = NONE;
        for (std::size_t c = first; c < noun; ++c) {
            w[c].head = static_cast<int>(noun) + 1;
            by = w[c].deprel == "case" && lowercaseAscii(w[c].form) == "by" ? c : by;
        }
        const bool passive = hasChild(
            w, v, [](const std::string& r) { return r == "aux:pass" || r == "nsubj:pass"; });
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = by != NONE && passive ? "obl:agent" : "obl";
        ++split;
    }
    return split;
}

// A name, a conjunction and a possessed name, parsed as one compound of the last word:
// "Stellantis and China's CATL will build ..." with "Stellantis" a compound of "CATL" and
// "China" its conjunct. Two names are joined: the first takes the last one's place, the last
// one is its conjunct with the conjunction, and the possessor stays on the last one
// (`nmod:poss`). (Only for a last word written with a capital: "Apple and Google's app stores"
// share the stores.) How many it joined.
std::size_t nameAndPossessedNameTakenForACompound(std::vector<Token>& w) {
    std::size_t joined = 0;
    for (std::size_t x = 0; x + 4 < w.size(); ++x) {
        const std::size_t cc = x + 1;
        const std::size_t y = x + 2;
        const std::size_t last = x + 4;
        if (w[x].upos != "PROPN" || w[x].deprel != "compound" || headOf(w, x) != last ||
            !isOneOf(lowercaseAscii(w[cc].form), {"and", "or"}) || w[y].upos != "PROPN" ||
            headOf(w, y) != x || w[y].deprel != "conj" || headOf(w, cc) != y ||
            !isOneOf(w[x + 3].form, {"'s", "\u2019s"}) || headOf(w, x + 3) != y ||
            !capitalised(w[last].form) || !isOneOf(w[last].upos, {"PROPN", "NOUN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        w[x].head = w[last].head;
        w[x].deprel = w[last].deprel;
        w[last].head = static_cast<int>(x) + 1;
        w[last].deprel = "conj";
        w[cc].head = static_cast<int>(last) + 1;
        w[y].head = static_cast<int>(last) + 1;
        w[y].deprel = "nmod:poss";
        ++joined;
    }
    return joined;
}

// A subject cut from its verb by a comma, right after "and" or "or": "whose members include
// Meta and Google, had sued the state" with "Google" the subject of "sued". EWT never has a
// subject between a conjunction and a comma before its verb; the word is the conjunct of the
// noun before the conjunction, which takes the conjunction along. How many it moved.
std::size_t subjectCutFromItsVerbByAComma(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k + 2 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "nsubj" || w[k + 1].form != "," || v == NONE || v <= k + 1 ||
            !isOneOf(lowercaseAscii(w[k - 1].form), {"and", "or"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t before = k - 2;
        if (clauseStart(w, v) > k + 2 || !isOneOf(w[k].upos, {"PROPN", "NOUN"}) ||
            !isOneOf(w[before].upos, {"PROPN", "NOUN"}) || dominates(w, k, before) ||
            phraseEdges(w, k).first != k) {
            continue;
        }
        w[k].head = static_cast<int>(before) + 1;
        w[k].deprel = "conj";
        w[k - 1].head = static_cast<int>(k) + 1;
        w[k - 1].deprel = "cc";
        ++moved;
    }
    return moved;
}

// The same clause with two joined subjects, the first taken for the preposition's noun and the
// second for the subject of a conjunct clause: "The probe came days after the Netherlands and
// Japan said they would ..." with "after the Netherlands" on "days" and "Japan" the subject of
// "said", a conjunct of "came". The first noun is the clause's subject with the second its
// conjunct, "after" its marker, and the clause an adverbial clause of the verb. How many it
// rearranged.
std::size_t joinedSubjectAfterASubordinator(std::vector<Token>& w) {
    std::size_t changed = 0;
    for (std::size_t y = 3; y + 1 < w.size(); ++y) {
        const std::size_t c = headOf(w, y);
        if (w[y].deprel != "nsubj" || c == NONE || c <= y || w[c].upos != "VERB" ||
            w[c].deprel != "conj" || !isOneOf(lowercaseAscii(w[y - 1].form), {"and", "or"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t x = y - 2; // the first subject, a name or a noun
        const std::size_t time = headOf(w, x);
        const std::size_t verb = headOf(w, c);
        const std::size_t marker =
            lastChildBefore(w, x, x, [](const std::string& r) { return r == "case"; });
        if (!isOneOf(w[x].upos, {"PROPN", "NOUN"}) || w[x].deprel != "nmod" || time == NONE ||
            verb == NONE || headOf(w, time) != verb || time > x || marker == NONE ||
            !timeSubordinator(w[marker]) || !stretchOfTime(w[time].lemma) ||
            phraseEdges(w, x).second != x || dominates(w, c, verb)) {
            continue;
        }
        w[x].head = static_cast<int>(c) + 1;
        w[x].deprel = "nsubj";
        w[y].head = static_cast<int>(x) + 1;
        w[y].deprel = "conj";
        w[y - 1].head = static_cast<int>(y) + 1;
        w[y - 1].deprel = "cc";
        w[marker].head = static_cast<int>(c) + 1;
        w[marker].deprel = "mark";
        w[marker].upos = "SCONJ";
        if (w[time].deprel == "obj") {
            w[time].deprel = "obl:unmarked";
        }
        w[c].deprel = "advcl";
        ++changed;
    }
    return changed;
}

// "since" between "have" and its participle is an adverb ("Volkswagen has since agreed to
// invest ..."), which the parse took for a subordinator, with "has" the root and "agreed" a
// clause of it. The participle heads the clause with "has" its auxiliary, "since" its
// adverb, and takes the auxiliary's dependents. How many it mended.
std::size_t sinceBetweenHaveAndItsParticiple(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t since = k + 1;
        const std::size_t v = k + 2;
        if (w[k].upos != "AUX" || !isOneOf(lowercaseAscii(w[k].form), {"has", "have", "had"}) ||
            lowercaseAscii(w[since].form) != "since" || w[v].xpos != "VBN" || headOf(w, v) != k ||
            headOf(w, since) != v || dominates(w, v, k)) {
            continue;
        }
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (c != v && headOf(w, c) == k) {
                w[c].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = w[k].head;
        w[v].deprel = w[k].deprel;
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "aux";
        w[since].head = static_cast<int>(v) + 1;
        w[since].deprel = "advmod";
        w[since].upos = "ADV";
        w[since].xpos = "RB";
        ++mended;
    }
    return mended;
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

// "chief" before an officer's title and name, read as the verb's adjectival complement with
// the name its conjunct: "The board named *chief* financial officer David Zinsner as interim
// chief executive". The name is the verb's object and "chief" a modifier of the title noun,
// which describes the name. How many it mended.
std::size_t chiefTakenForAComplement(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 2 < w.size(); ++a) {
        const std::size_t v = headOf(w, a);
        if (lowercaseAscii(w[a].form) != "chief" || w[a].upos != "ADJ" || w[a].deprel != "xcomp" ||
            v == NONE || w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& r) { return r == "obj"; })) {
            continue;
        }
        std::size_t name = a + 1;
        while (name < w.size() && w[name].upos != "PROPN" && name < a + 5) {
            ++name;
        }
        // (the name hung on "chief" as its conjunct, or on the verb as an oblique)
        if (name >= w.size() || w[name].upos != "PROPN" ||
            !(headOf(w, name) == a || (headOf(w, name) == v && w[name].deprel == "obl")) ||
            w[name - 1].upos != "NOUN" || headOf(w, name - 1) != name) {
            continue;
        }
        w[name].head = static_cast<int>(v) + 1;
        w[name].deprel = "obj";
        w[a].head = static_cast<int>(name - 1) + 1;
        w[a].deprel = "amod";
        ++mended;
    }
    return mended;
}

// A gerund right after a verb's object, with no comma between, hung on the verb as its
// adverbial clause: "has not met rules *requiring* that phones contain local parts" (the
// company did not require it). It is the object's clause, as in "a law banning the app".
// (Not after a span of time or money spent: "spent years building".) How many it moved.
std::size_t gerundOfTheObjectTakenForTheVerbs(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t object = k - 1;
        if (w[k].xpos != "VBG" || w[k].deprel != "advcl" || v == NONE || v >= object ||
            headOf(w, object) != v || w[object].deprel != "obj" || w[object].upos != "NOUN" ||
            hasChild(w, k, [](const std::string& r) { return r == "mark"; }) ||
            isOneOf(w[v].lemma, {"spend", "waste", "take", "make", "lose", "save", "earn"}) ||
            isOneOf(lowercaseAscii(w[object].lemma),
                    {"year", "month", "week", "day", "hour", "minute", "time", "money", "decade",
                     "night", "weekend", "life", "career"})) {
            continue;
        }
        // (with a complement or an object of its own, as a clause on a noun has)
        if (!hasChild(w, k, [](const std::string& r) { return isOneOf(r, {"ccomp", "obj"}); })) {
            continue;
        }
        w[k].head = static_cast<int>(object) + 1;
        w[k].deprel = "acl";
        ++moved;
    }
    return moved;
}

// A name between commas right after a noun, hung on that noun as a bare modifier with no
// preposition: "The ferry operator, *Seajets*, said" (a plural name's tag made it an nmod). It
// is the noun's apposition. How many it relabelled.
std::size_t nameBetweenCommasTakenForAModifier(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        if (w[k].upos != "PROPN" || w[k].deprel != "nmod" || w[k - 1].form != "," ||
            headOf(w, k) != k - 2 || w[k - 2].upos != "NOUN" ||
            hasChild(w, k, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        std::size_t end = k + 1;
        while (end < w.size() && headOf(w, end) == k && w[end].deprel == "flat") {
            ++end;
        }
        if (end < w.size() && w[end].form == ",") {
            w[k].deprel = "appos";
            ++mended;
        }
    }
    return mended;
}

// A passive gerund right after a noun inside the verb's object, read as a complement of the
// verb: "had not received any reports of patients *being harmed* by the tablets" (so the
// patients were not harmed, the subject was). It is a clause on the noun before it. (On the
// object itself it is left alone: "saw him being taken away".) How many it moved.
std::size_t passiveGerundOnANestedNoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t noun = k - 2;
        if (w[k].xpos != "VBN" || w[k].deprel != "xcomp" || v == NONE || v > noun ||
            lowercaseAscii(w[k - 1].form) != "being" || w[k - 1].deprel != "aux:pass" ||
            headOf(w, k - 1) != k || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            w[noun].deprel == "obj") {
            continue;
        }
        // (the noun inside the verb's object: up its heads to an object of the verb)
        std::size_t up = noun;
        for (std::size_t steps = 0; up != NONE && steps < w.size() && w[up].deprel != "obj";
             ++steps) {
            up = headOf(w, up);
        }
        if (up == NONE || headOf(w, up) != v) {
            continue;
        }
        w[k].head = static_cast<int>(noun) + 1;
        w[k].deprel = "acl";
        ++moved;
    }
    return moved;
}

// The gerund of what a verb of accusing, punishing or praising says its object did, read as a
// noun's modifier: "accused Sanchez of *trading* justice for power" with "trading" a compound of
// "justice" and "Sanchez" another, "charged Binance of *breaking* rules" with "rules" a modifier
// of Binance. The gerund is the verb's adverbial clause, "of" or "for" its marker, the noun
// after it its object, and the phrase between the verb and "of" the verb's object. How many it
// mended.
std::size_t gerundOfAnAccusation(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t v = 0; v + 4 < w.size(); ++v) {
        if (w[v].upos != "VERB" ||
            !isOneOf(w[v].lemma, {"accuse", "suspect", "convict", "acquit", "charge", "criticise",
                                  "criticize", "fine", "sue", "punish", "arrest", "praise", "thank",
                                  "condemn", "penalise", "penalize"})) {
            continue;
        }
        // The object: a noun phrase right after the verb, up to "of" or "for".
        std::size_t p = v + 1;
        while (p < w.size() && isOneOf(w[p].upos, {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})) {
            ++p;
        }
        if (p == v + 1 || p + 2 >= w.size() || !isOneOf(lowercaseAscii(w[p].form), {"of", "for"}) ||
            !isOneOf(w[p - 1].upos, {"NOUN", "PROPN", "PRON"})) {
            continue;
        }
        std::size_t g = p + 1;
        while (g < w.size() && w[g].xpos == "RB") {
            ++g;
        }
        if (g + 1 >= w.size() || !w[g].form.ends_with("ing") ||
            lowercaseAscii(w[g].form) != w[g].form || !isOneOf(w[g].xpos, {"VBG", "NN"}) ||
            !isOneOf(w[g + 1].upos, {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})) {
            continue;
        }
        // (A verb of change before a noun is its modifier: "criticised the bank for rising
        // prices".)
        const std::string verb = lemmas.lemma(w[g].form, "VERB", "VBG");
        const std::size_t n = headOf(w, g);
        if (!lemmas.knownVerb(verb) ||
            isOneOf(verb, {"rise",  "fall",   "grow",     "decline", "soar",    "slow",   "surge",
                           "slump", "mount",  "increase", "worsen",  "dwindle", "shrink", "lag",
                           "slide", "climb",  "drop",     "sink",    "plunge",  "tumble", "ease",
                           "exist", "remain", "continue", "emerge",  "change",  "last"}) ||
            (w[g].deprel == "advcl" && n == v) || n == NONE || n <= g ||
            !isOneOf(w[g].deprel, {"amod", "compound"}) || !isOneOf(w[n].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        // The object's head: its one word whose head lies outside it.
        std::size_t o = NONE;
        bool one = true;
        for (std::size_t k = v + 1; k < p; ++k) {
            const std::size_t h = headOf(w, k);
            if (h == NONE || h <= v || h >= p) {
                one = one && o == NONE;
                o = k;
            }
        }
        if (!one || o == NONE || dominates(w, o, v) || dominates(w, n, v) || dominates(w, g, v)) {
            continue;
        }
        w[o].head = static_cast<int>(v) + 1;
        w[o].deprel = "obj";
        w[g].head = static_cast<int>(v) + 1;
        w[g].deprel = "advcl";
        if (w[g].xpos != "VBG") {
            w[g].upos = "VERB";
            w[g].xpos = "VBG";
            w[g].lemma = verb;
        }
        w[p].head = static_cast<int>(g) + 1;
        w[p].deprel = "mark";
        for (std::size_t k = p + 1; k < g; ++k) {
            w[k].head = static_cast<int>(g) + 1;
            w[k].deprel = "advmod";
        }
        w[n].head = static_cast<int>(g) + 1;
        w[n].deprel = "obj";
        ++mended;
    }
    return mended;
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
        const std::size_t subject = lastChildBefore(
            w, v, w.size(), [](const std::string& r) { return r.starts_with("nsubj"); });
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

} // namespace

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

namespace {

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

// A relative clause opened by "which" right after a name and its comma, saying who owns, backs,
// leads or houses something, that the parse hung on a noun before the name: "a complaint filed by
// Slack, which is now owned by Salesforce" with "owned" on "complaint". What is owned, backed,
// based or listed is the company named last. How many it moved.
std::size_t ownershipClauseOnTheNameBefore(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 4; r < w.size(); ++r) {
        const std::size_t h = headOf(w, r);
        // (by its lemma, or its participle as written)
        if (w[r].deprel != "acl:relcl" || h == NONE || h >= r ||
            !(isOneOf(w[r].lemma, {"own", "back", "base", "headquarter", "control", "list", "found",
                                   "acquire", "buy", "fund", "run", "lead"}) ||
              isOneOf(lowercaseAscii(w[r].form),
                      {"owned", "backed", "based", "headquartered", "controlled", "listed",
                       "founded", "acquired", "bought", "funded", "run", "led"}))) {
            continue;
        }
        const std::size_t which = lastChildBefore(
            w, r, r, [](const std::string& rel) { return rel.starts_with("nsubj"); });
        // (Led, not leading: "a feud with Jillian Hall, which led to a match" is the feud's.)
        if (which == NONE || which < 2 || lowercaseAscii(w[which].form) != "which" ||
            w[which - 1].form != "," ||
            ((w[r].lemma == "lead" || lowercaseAscii(w[r].form) == "led") &&
             w[which].deprel != "nsubj:pass")) {
            continue;
        }
        const std::size_t name = nameHead(w, which - 2);
        if (w[which - 2].upos != "PROPN" || name == h || name == NONE || w[name].upos != "PROPN" ||
            !dominates(w, h, name) || dominates(w, r, name)) {
            continue;
        }
        w[r].head = static_cast<int>(name) + 1;
        w[which - 1].head = static_cast<int>(r) + 1;
        ++moved;
    }
    return moved;
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
        if (dominates(w, name, verb) || dominates(w, name, last) || dominates(w, k, verb) ||
            !isOneOf(w[name].deprel, {"appos", "nmod", "obl", "conj", "obj"})) {
            continue; // (the hyphen moves below the name: not when the verb is below it)
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
        if (w[k].deprel != "case" || !timeSubordinator(w[k])) {
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
        if (verb == NONE || verb <= last || w[verb].upos != "VERB" || has({"csubj", "expl"}) ||
            !(isOneOf(w[verb].xpos, {"VBD", "VBZ", "VBP"}) ||
              (helper && has({"aux", "aux:pass"})))) {
            continue;
        }
        // The sentence's verb when the phrase's verb heads the sentence: a later conjunct of it
        // with no subject ("Boeing, which has struggled with production problems since a door
        // plug *blew* out of a 737 Max in January, did not *announce* any orders" with "blew"
        // the root and Boeing its subject). NONE for none.
        std::size_t main = NONE;
        for (std::size_t c = verb + 1; c < w.size() && w[verb].head == 0; ++c) {
            if (headOf(w, c) == verb && w[c].deprel == "conj" && w[c].upos == "VERB" &&
                !hasChild(w, c, [](const std::string& r) { return r.starts_with("nsubj"); })) {
                main = c;
                break;
            }
        }
        // A subject the verb took from before the phrase is the object of the verb right
        // before that subject's phrase, when that verb has none: "have charged the captain and
        // three crew members of a ferry after a passenger *was pushed* off the ship" with the
        // captain pushed. That verb is then the one above.
        // (A subject after the verb is its own: "after the vote said the minister".)
        std::size_t above = NONE;
        const std::size_t subject = lastChildBefore(
            w, verb, verb, [](const std::string& r) { return r == "nsubj" || r == "nsubj:pass"; });
        if (subject == NONE && has({"nsubj", "nsubj:pass"})) {
            continue;
        }
        const std::size_t opens = subject == NONE ? NONE : phraseEdges(w, subject).first;
        if (subject != NONE && subject < k && opens > 0 && w[opens - 1].upos == "VERB" &&
            !hasChild(w, opens - 1, [](const std::string& r) { return r == "obj"; }) &&
            !dominates(w, verb, opens - 1) && !dominates(w, subject, opens - 1)) {
            above = opens - 1;
            w[subject].head = static_cast<int>(above) + 1;
            w[subject].deprel = "obj";
        } else {
            // The verb above the phrase; left alone when the clause's verb is above it too,
            // unless that verb heads the sentence and has the conjunct above: the conjunct then
            // heads the sentence and takes the words before the phrase (the subject too) and
            // the punctuation and words after itself.
            above = verbAtOrAbove(w, headOf(w, noun));
            const bool below = above != NONE && above != verb && dominates(w, verb, above);
            if (above == NONE || (below && main == NONE) ||
                (subject != NONE && (!below || subject > k))) {
                continue;
            }
            if (below) {
                for (std::size_t j = 0; j < w.size(); ++j) {
                    if (headOf(w, j) == verb && j != main &&
                        (j < k || j > main || (j > verb && w[j].upos == "PUNCT"))) {
                        w[j].head = static_cast<int>(main) + 1;
                    }
                }
                w[main].head = 0;
                w[main].deprel = "root";
            }
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

} // namespace

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
        // (Its auxiliaries may come between: "..., had sued the state".)
        const std::size_t start = clauseStart(w, v);
        const bool finite = w[v].xpos == "VBD" || w[v].xpos == "VBZ" || w[v].xpos == "VBP" ||
                            (start < v && w[v].xpos == "VBN" &&
                             isOneOf(lowercaseAscii(w[start].form), {"has", "have", "had"}));
        if ((vh != root && !onANounOfTheRoot) || w[v].upos != "VERB" ||
            !(w[v].deprel == "conj" || w[v].deprel == "parataxis") || !finite ||
            w[start - 1].form != "," || hasChild(w, v, [](const std::string& r) {
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

namespace {

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

// An agent that the parse hung on a passive verb's "as" phrase: "was replaced as chief
// executive in May *by Maziar Mike Doustdar*" with the name a modifier of "executive". It goes
// to the verb as its agent when the verb has none. How many moved.
std::size_t agentOnAPassivesAsPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        const std::size_t v = h == NONE ? NONE : headOf(w, h);
        if (w[k].deprel != "nmod" || !isOneOf(w[k].upos, {"NOUN", "PROPN"}) || h == NONE || h > k ||
            v == NONE || w[h].deprel != "obl" || caseWordOf(w, k, {"by"}) >= k ||
            caseWordOf(w, h, {"as"}) >= h || w[v].upos != "VERB" ||
            !hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; }) ||
            hasChild(w, v, [](const std::string& r) { return r == "obl:agent"; })) {
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
// Wednesday" with "Wednesday" on "ZF"), or on a measure ("raised rates by a quarter of a
// percentage point on Thursday" with "Thursday" on "point"): neither has a day; the day is the
// clause's. How many it moved.
std::size_t dayOnAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t d = 2; d < w.size(); ++d) {
        const std::size_t name = headOf(w, d);
        if (w[d].deprel != "nmod" || !weekday(lowercaseAscii(w[d].form)) || name == NONE ||
            name > d ||
            !(w[name].upos == "PROPN" ||
              isOneOf(w[name].lemma, {"point", "percent", "percentage", "cent", "quarter", "half",
                                      "third", "fifth", "tenth", "%", "$"}))) {
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
// object; what hung on it goes to the verb. So is a gerund after a verb that takes none (EWT
// has a bare gerund right after its verb only after verbs like stop, start and keep): "would
// cut *spending* instead". How many it mended.
template <typename IsNoun>
std::size_t nounTakenForABareInfinitive(std::vector<Token>& w, IsNoun isNoun) {
    std::size_t mended = 0;
    for (std::size_t x = 1; x < w.size(); ++x) {
        const std::size_t verb = x - 1;
        if (!isOneOf(w[x].xpos, {"VB", "VBG"}) || w[x].deprel != "xcomp" || headOf(w, x) != verb ||
            w[verb].upos != "VERB" || lowercaseAscii(w[x].form) != w[x].form) {
            continue; // (the cheap tests first: this runs for every word)
        }
        if ((w[x].xpos == "VB"
                 ? isOneOf(w[verb].lemma, {"help", "make", "let", "have", "see", "hear", "watch",
                                           "dare", "go", "come", "need", "bid", "feel", "notice"})
                 : isOneOf(w[verb].lemma,
                           {"stop", "start", "keep", "go", "get", "enjoy", "begin", "continue",
                            "quit", "finish", "avoid", "consider", "like", "love", "hate", "mind",
                            "risk", "try", "resume", "remember", "recommend", "suggest", "prefer",
                            "miss", "imagine", "admit", "deny", "delay", "postpone", "end", "come",
                            "need", "want", "require", "involve", "mean", "practise", "practice",
                            "discuss", "regret", "forget", "propose", "feel", "look", "sound",
                            "seem", "remain", "stay", "sit", "stand", "spend", "waste", "see",
                            "hear", "find", "leave", "catch", "set", "send",
                            // (and verbs whose complement may be an "-ing" adjective: "a ruling
                            // the government called *appalling*")
                            "call", "deem", "make", "label", "describe", "rate", "judge", "think",
                            "believe", "prove", "declare", "brand", "term", "become"})) ||
            !isNoun(lowercaseAscii(w[x].form)) ||
            hasChild(w, verb, [](const std::string& r) { return r == "obj"; }) ||
            hasChild(w, x, [](const std::string& r) {
                return r == "mark" || r == "obj" || r.starts_with("nsubj") || r == "ccomp" ||
                       r == "xcomp";
            })) {
            continue;
        }
        // (A gerund's phrase is the noun's, "blocking *spending* on infrastructure"; its
        // adverb the verb's, "cut *spending* instead".)
        if (w[x].xpos == "VBG") {
            for (std::size_t c = x + 1; c < w.size(); ++c) {
                if (headOf(w, c) == x && w[c].deprel == "obl") {
                    w[c].deprel = "nmod";
                } else if (headOf(w, c) == x && w[c].deprel == "advmod") {
                    w[c].head = static_cast<int>(verb) + 1;
                }
            }
        } else {
            phrasesToTheVerb(w, x, verb, x + 1, w.size(),
                             [](const Token& t) { return t.deprel == "punct"; });
        }
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
        // (after the noun's comma too: "chief executive Bob Iger, whose contract ends in 2026")
        const bool comma = r >= 2 && w[r - 1].form == ",";
        std::size_t noun = comma ? r - 2 : r - 1;
        if (lowercaseAscii(w[r].form) != "whose" || owned == NONE || owned <= r ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        while (w[noun].deprel == "flat" && headOf(w, noun) != NONE && headOf(w, noun) < noun) {
            noun = headOf(w, noun); // (a name's head: "Bob" of "Bob Iger")
        }
        const std::size_t verb = headOf(w, owned);
        if (!w[owned].deprel.starts_with("nsubj") || verb == NONE || verb <= owned ||
            w[verb].upos != "VERB" || headOf(w, verb) == noun ||
            (comma &&
             (w[verb].head == 0 || w[verb].deprel == "acl:relcl" || dominates(w, verb, noun)))) {
            continue; // (after a comma, only a clause hung beside the name, not over it, and
                      // not one already on a noun: "The owner of the hospital, whose ...")
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
    if (root == NONE || root < 5) {
        return false;
    }
    // The name's words, and its head: the word of them that hangs outside ("Rachel Ruggeri"
    // hangs "Ruggeri" on "Rachel", "Walgreens Boots Alliance" its first words on the last).
    // (Or a noun phrase with its owner, made a bare oblique: "*Norway's sovereign wealth
    // fund*, the largest in the world, sold its stake" with "largest" the subject.)
    std::size_t end = 0;
    while (end + 1 < w.size() && w[end + 1].upos == "PROPN") {
        ++end;
    }
    bool described = false;
    if (w[0].upos != "PROPN" || (end + 1 < w.size() && w[end + 1].form != ",")) {
        end = 0;
        while (end + 1 < w.size() &&
               (isOneOf(w[end + 1].upos, {"PROPN", "NOUN", "ADJ", "DET", "NUM"}) ||
                w[end + 1].xpos == "POS")) {
            ++end;
        }
        described = true;
    }
    const std::size_t name = onlyHeadOf(w, 0, end);
    if (name == NONE || end + 1 >= root || headOf(w, name) != root || w[end + 1].form != "," ||
        !(w[name].deprel == "vocative" ||
          (described && isOneOf(w[name].upos, {"NOUN", "PROPN"}) &&
           isOneOf(w[name].deprel, {"obl", "obl:unmarked", "dep", "nmod:unmarked"}) &&
           !hasChild(w, name, [](const std::string& r) { return r == "case"; })))) {
        return false;
    }
    // (The apposition may be taken for a bare oblique instead: "TSMC, the world's largest
    // contract chipmaker, supplies Apple" with "chipmaker" an oblique of "supplies" that has no
    // subject.)
    const bool subjectless =
        !hasChild(w, root, [](const std::string& r) { return r.starts_with("nsubj"); });
    for (std::size_t a = end + 2; a + 1 < root; ++a) {
        // (a superlative too: "the largest in the world")
        if (headOf(w, a) != root ||
            !(w[a].upos == "NOUN" || w[a].upos == "PROPN" ||
              (w[a].xpos == "JJS" && w[a].deprel.starts_with("nsubj"))) ||
            !(w[a].deprel.starts_with("nsubj") ||
              (subjectless && w[a].deprel.starts_with("obl") &&
               !hasChild(w, a, [](const std::string& r) { return r == "case"; })))) {
            continue;
        }
        // (The apposition's phrase may hold its closing comma.)
        const auto [first, last] = phraseEdges(w, a);
        if (first != end + 2 ||
            !(w[last].form == "," || (last + 1 < w.size() && w[last + 1].form == ","))) {
            continue;
        }
        w[name].head = static_cast<int>(root) + 1;
        w[name].deprel = w[a].deprel.starts_with("nsubj") ? w[a].deprel : "nsubj";
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
        if ((headOf(w, a) == a + 1 && headOf(w, a + 1) == top) || dominates(w, a, top) ||
            dominates(w, a + 1, top)) {
            continue; // (parsed so already, or the amount hangs below the two words)
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

// "pleaded guilty to money laundering" parsed with "guilty" a modifier of the charge and the
// charge the object. The adjective is the verb's complement and the charge its phrase, as in
// "found him guilty of fraud". How many it mended.
std::size_t pleaTakenForAModifier(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 2 < w.size(); ++a) {
        const std::size_t verb = a - 1;
        const std::size_t charge = headOf(w, a);
        if (w[verb].lemma != "plead" ||
            !isOneOf(lowercaseAscii(w[a].form), {"guilty", "innocent"}) || w[a].deprel != "amod" ||
            charge == NONE || charge <= a + 1 || headOf(w, charge) != verb ||
            lowercaseAscii(w[a + 1].form) != "to" ||
            !(headOf(w, a + 1) == charge || headOf(w, headOf(w, a + 1)) == charge)) {
            continue;
        }
        // (the preposition may hang on the charge's compound: "to *money* laundering")
        w[a + 1].head = static_cast<int>(charge) + 1;
        w[a + 1].deprel = "case";
        w[a].head = static_cast<int>(verb) + 1;
        w[a].deprel = "xcomp";
        w[charge].head = static_cast<int>(a) + 1;
        w[charge].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A verb that sends its object somewhere, which a "to" or "into" phrase names.
bool movesThings(const std::string& lemma) {
    return isOneOf(lemma, {"sell",    "give",   "send",    "transfer", "hand",   "lend",
                           "license", "supply", "ship",    "deliver",  "export", "award",
                           "grant",   "pay",    "put",     "invest",   "pour",   "inject",
                           "move",    "funnel", "channel", "donate",   "leak",   "pass"});
}

// A phrase that says where a verb's object goes, hung on a phrase inside the object: "sold the
// cloud streaming rights for Activision games *to Ubisoft*" (on "games"), "pledged to put $1
// billion of his own money *into VinFast*" (on "money"). The verb moves things, so the phrase
// is its oblique. So is a name's phrase on the object itself, unless the object is a noun that
// takes one ("granted access to Huawei"): "moved his office *to Seattle*". How many moved.
std::size_t destinationInsideTheObjectsPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t on = headOf(w, k);
        if (w[k].deprel != "nmod" || on == NONE || on > k ||
            !(isOneOf(w[on].deprel, {"nmod", "obl"}) ||
              (w[on].deprel == "obj" && w[k].upos == "PROPN" && w[on].upos == "NOUN" &&
               !isOneOf(w[on].lemma,
                        {"access",   "right",     "claim",     "title",    "visit",  "trip",
                         "exposure", "link",      "tie",       "relation", "path",   "route",
                         "road",     "gateway",   "key",       "door",     "threat", "response",
                         "answer",   "reference", "successor", "heir",     "rival",  "alternative",
                         "bridge",   "flight",    "mission"}))) ||
            !isOneOf(w[k].upos, {"PROPN", "NOUN", "PRON"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t to = caseWordOf(w, k, {"to", "into"});
        if (to == NONE || to != phraseEdges(w, k).first) {
            continue;
        }
        // Up the object's phrase, through its nouns' phrases, to the object and its verb; or to
        // what the sum paid was in ("paid $660 million in damages *to Energy Transfer*").
        std::size_t object = on;
        while (object != NONE && w[object].deprel == "nmod") {
            object = headOf(w, object);
        }
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        const bool paidIn = object == on && verb != NONE && w[object].deprel == "obl" &&
                            caseWordOf(w, object, {"in"}) != NONE &&
                            lastChildBefore(w, verb, object, [](const std::string& r) {
                                return r == "obj";
                            }) != NONE;
        if (verb == NONE || (w[object].deprel != "obj" && !paidIn) || w[verb].upos != "VERB" ||
            verb > object || !movesThings(w[verb].lemma) ||
            hasChild(w, verb, [](const std::string& r) { return r == "iobj"; })) {
            continue;
        }
        // (not when the verb has a destination already)
        bool destined = false;
        for (std::size_t c = 0; c < w.size() && !destined; ++c) {
            destined = headOf(w, c) == verb && w[c].deprel == "obl" &&
                       caseWordOf(w, c, {"to", "into"}) != NONE;
        }
        if (destined) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// A relative clause opened by "that", with no comma, right after a name inside a phrase of a
// common noun: "signed a deal with lithium producer SQM *that gives* the state control ..."
// (on "producer", with "SQM" its apposition, or on the name itself), "close its stores in
// Chicago *that have lost money*" (the phrase on the verb, after its object). A name takes no
// restrictive relative; the clause says which deal, which stores. How many moved.
std::size_t restrictiveRelativeAfterAName(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 4; k < w.size(); ++k) {
        if (w[k].deprel != "acl:relcl") {
            continue; // (the cheap test first: this runs for every word)
        }
        // (auxiliaries may come between: "that *have* lost")
        const std::size_t that = phraseEdges(w, k).first;
        const std::size_t name = that - 1;
        // (a name: not a plural or one with an article, "the Somali Sultans that then
        // controlled the region")
        if (that < 2 || that >= k || lowercaseAscii(w[that].form) != "that" ||
            headOf(w, that) != k || w[that].deprel != "nsubj" || w[name].upos != "PROPN" ||
            w[name].xpos == "NNPS" ||
            hasChild(w, name, [](const std::string& r) { return r == "det"; })) {
            continue;
        }
        // The noun the clause hangs on: the name, or the noun the name is in apposition to.
        std::size_t noun = headOf(w, k);
        if (noun == NONE || !(noun == name || (headOf(w, name) == noun &&
                                               isOneOf(w[name].deprel, {"appos", "flat"})))) {
            continue;
        }
        std::size_t over = headOf(w, noun);
        // (The phrase may hang on the verb, right after its object: "close its stores in
        // Chicago that have lost money" is about the stores.)
        if (over != NONE && w[noun].deprel == "obl" && w[over].upos == "VERB") {
            const std::size_t object =
                lastChildBefore(w, over, noun, [](const std::string& r) { return r == "obj"; });
            const std::size_t opens = phraseEdges(w, noun).first;
            over = object != NONE && object > headOf(w, noun) && opens > 0 &&
                           phraseEdges(w, object).second == opens - 1
                       ? object
                       : NONE;
        } else if (over != NONE && w[noun].deprel != "nmod") {
            over = NONE;
        }
        if (over == NONE || over > noun || w[over].upos != "NOUN" ||
            caseWordOf(w, noun, {"with", "between", "for", "from", "to", "by", "in", "at", "of"}) ==
                NONE) {
            continue;
        }
        w[k].head = static_cast<int>(over) + 1;
        ++moved;
    }
    return moved;
}

// A "that" clause right after a verb of saying with no complement of its own, hung on a verb
// before it: "sued Qualcomm, alleging *that the chipmaker breached* a licensing agreement" with
// "breached" a complement of "sued". What is said is the saying verb's. How many moved.
std::size_t contentClauseHungPastItsVerb(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (w[k].deprel != "ccomp" || h == NONE || h > k) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t first = phraseEdges(w, k).first;
        const std::size_t says = first == 0 ? NONE : first - 1;
        if (says == NONE || says == h || lowercaseAscii(w[first].form) != "that" ||
            w[says].upos != "VERB" || headOf(w, says) != h ||
            !isOneOf(w[says].lemma, {"allege", "claim", "say", "argue", "contend", "assert", "warn",
                                     "insist", "complain", "note", "add", "explain"}) ||
            hasChild(w, says, [](const std::string& r) {
                return isOneOf(r, {"obj", "ccomp", "xcomp", "iobj"});
            })) {
            continue;
        }
        w[k].head = static_cast<int>(says) + 1;
        ++moved;
    }
    return moved;
}

// A gerund right after a preposition's noun phrase, parsed as a clause with no subject and the
// noun as a phrase beside it: "have fallen this year despite *the government selling* more of
// its stake" (both on the verb), "sold more chips despite Washington tightening export rules"
// (both on the object). The noun is the gerund's subject, the preposition its marker and the
// gerund the verb's clause, as in "despite Nvidia saying ...". How many it mended.
std::size_t subjectOfAGerundTakenForAnOblique(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t on = headOf(w, k);
        const std::size_t noun = k - 1;
        if (w[k].xpos != "VBG" || !isOneOf(w[k].deprel, {"advcl", "acl"}) || on == NONE ||
            on > noun || headOf(w, noun) != on || !isOneOf(w[noun].deprel, {"obl", "nmod"}) ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (both may hang on the object instead: "sold more chips despite Washington
        // tightening export rules")
        const std::size_t verb = verbAtOrAbove(w, on);
        const std::size_t by =
            caseWordOf(w, noun, {"despite", "after", "before", "without", "amid"});
        if (by == NONE || by != phraseEdges(w, noun).first || verb == NONE ||
            hasChild(w, k,
                     [](const std::string& r) { return r.starts_with("nsubj") || r == "mark"; })) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "advcl";
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "nsubj";
        w[by].head = static_cast<int>(k) + 1;
        w[by].deprel = "mark";
        ++mended;
    }
    return mended;
}

// A span of time right before "after" or "before", made a second subject of the clause that
// word opens: "seized an oil tanker ..., *days* after the United States confiscated Iranian
// crude" with "days" and "States" both subjects of "confiscated". The span says how long after
// (a bare oblique of the clause's verb), and a clause so opened modifies the verb before it.
// How many it mended.
std::size_t timeSpanTakenForASubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t verb = headOf(w, k);
        if (w[k].deprel != "nsubj" || verb == NONE || verb <= k + 1 ||
            !isOneOf(w[k].lemma, {"day", "week", "month", "year", "hour", "minute", "decade"}) ||
            headOf(w, k + 1) != verb || w[k + 1].deprel != "mark" ||
            !isOneOf(lowercaseAscii(w[k + 1].form), {"after", "before", "since", "until"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        bool other = false;
        for (std::size_t c = k + 2; c < verb && !other; ++c) {
            other = headOf(w, c) == verb && w[c].deprel.starts_with("nsubj");
        }
        if (!other) {
            continue;
        }
        w[k].deprel = "obl:unmarked";
        if (w[verb].deprel == "parataxis") {
            w[verb].deprel = "advcl";
        }
        ++mended;
    }
    return mended;
}

// The sentence's past tense read as a participle on its subject, and the verb of a clause a
// subordinator opens made the root: "Swiss regulators *forced* UBS to hold more capital after
// the bank *took* over Credit Suisse" with "forced" a modifier of "regulators", "took" the root
// with "regulators" its subject and "after the bank" a phrase of "capital". The first verb is
// the root with the noun its subject; the second its adverbial clause, with the subordinator
// as its marker and the noun phrase between as its subject. How many it mended.
std::size_t pastTakenForAParticipleBeforeAClause(std::vector<Token>& w) {
    const std::size_t k = rootOf(w);
    if (k == NONE || w[k].xpos != "VBD" || w[k].upos != "VERB") {
        return 0;
    }
    const std::size_t noun =
        lastChildBefore(w, k, k, [](const std::string& r) { return r == "nsubj"; });
    if (noun == NONE) {
        return 0;
    }
    std::size_t verb = NONE;
    for (std::size_t j = noun + 1; j < k && verb == NONE; ++j) {
        if (headOf(w, j) == noun && w[j].deprel == "acl" && isOneOf(w[j].xpos, {"VBD", "VBN"}) &&
            hasChild(w, j, [](const std::string& r) { return r == "obj"; }) &&
            !hasChild(w, j, [](const std::string& r) { return r.starts_with("aux"); })) {
            verb = j;
        }
    }
    if (verb == NONE) {
        return 0;
    }
    // The subordinator and the noun phrase between it and the root.
    std::size_t open = k;
    while (open > verb + 1 && (isOneOf(w[open - 1].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) ||
                               w[open - 1].xpos == "PRP$")) {
        --open;
    }
    const std::size_t marker = open - 1;
    if (open == k || marker <= verb ||
        !isOneOf(lowercaseAscii(w[marker].form),
                 {"after", "before", "since", "until", "because", "when", "while", "as"})) {
        return 0;
    }
    std::size_t subject = NONE; // the phrase's word that hangs outside it
    for (std::size_t m = open; m < k; ++m) {
        const std::size_t h = headOf(w, m);
        if (h == NONE || h < open || h >= k) {
            subject = subject == NONE ? m : subject;
        }
    }
    if (subject == NONE) {
        return 0;
    }
    for (std::size_t m = open; m < k; ++m) {
        if (m != subject && (headOf(w, m) < open || headOf(w, m) >= k)) {
            return 0; // (a phrase with two heads: leave it)
        }
    }
    w[verb].head = 0;
    w[verb].deprel = "root";
    w[verb].xpos = "VBD";
    w[noun].head = static_cast<int>(verb) + 1;
    w[noun].deprel = "nsubj";
    w[k].head = static_cast<int>(verb) + 1;
    w[k].deprel = "advcl";
    w[marker].head = static_cast<int>(k) + 1;
    w[marker].deprel = "mark";
    w[marker].upos = "SCONJ";
    w[subject].head = static_cast<int>(k) + 1;
    w[subject].deprel = "nsubj";
    // (the closing punctuation and what else hung on the old root before it go to the new one)
    for (std::size_t c = 0; c < w.size(); ++c) {
        if (headOf(w, c) == k && (c < marker || (w[c].deprel == "punct" && c + 1 == w.size()))) {
            w[c].head = static_cast<int>(verb) + 1;
        }
    }
    return 1;
}

// What a verb of calling says its object is, a noun phrase with an article of its own hung on
// the object with no preposition: "Critics called the move *a power grab*" with "grab" an
// nmod of "move". It is the verb's complement, as in "called Putin a dictator". How many
// moved.
std::size_t predicateOfACallTakenForAModifier(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        if (w[k].deprel != "nmod" || object == NONE || object > k || w[object].deprel != "obj" ||
            !isOneOf(w[k].upos, {"NOUN", "PROPN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t verb = headOf(w, object);
        const std::size_t article =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "det"; });
        if (verb == NONE || w[verb].upos != "VERB" ||
            !isOneOf(w[verb].lemma, {"call", "name", "label", "dub", "brand", "deem", "consider",
                                     "declare", "term", "make"}) ||
            article == NONE || article != phraseEdges(w, k).first ||
            !isOneOf(lowercaseAscii(w[article].form), {"a", "an", "the"}) || article == 0 ||
            article - 1 < object || w[article - 1].upos == "PUNCT") {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "xcomp";
        ++moved;
    }
    // (Or made a bare oblique of the verb, as a time: "called it *a dark day* for Sweden", the
    // "for" phrase then the noun's.)
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t verb = headOf(w, k);
        if (!isOneOf(w[k].deprel, {"obl:unmarked", "obl:tmod", "obl:npmod"}) ||
            w[k].upos != "NOUN" || verb == NONE || verb > k || w[verb].upos != "VERB" ||
            !isOneOf(w[verb].lemma, {"call", "name", "label", "dub", "brand", "deem", "consider",
                                     "declare", "term"})) {
            continue;
        }
        const std::size_t object =
            lastChildBefore(w, verb, k, [](const std::string& r) { return r == "obj"; });
        const auto [first, last] = phraseEdges(w, k);
        if (object == NONE || phraseEdges(w, object).second + 1 != first ||
            w[first].upos != "DET" || !isOneOf(lowercaseAscii(w[first].form), {"a", "an", "the"})) {
            continue;
        }
        for (std::size_t c = last + 1; c < w.size(); ++c) {
            if (headOf(w, c) == verb && w[c].deprel == "obl" &&
                phraseEdges(w, c).first == last + 1 && caseWordOf(w, c, {"for", "of"}) != NONE) {
                w[c].head = static_cast<int>(k) + 1;
                w[c].deprel = "nmod";
            }
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "xcomp";
        ++moved;
    }
    return moved;
}

// Two objects of one verb, the first a name right before the second's possessor: "acquire
// *Warner* Bros. Discovery's studios" with "Warner" an object of its own. The name is the first
// word of the possessor's name. How many it mended.
std::size_t nameSplitFromItsPossessor(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t verb = headOf(w, k);
        if (w[k].deprel != "obj" || w[k].upos != "PROPN" || w[k + 1].upos != "PROPN" ||
            verb == NONE || verb > k || hasChild(w, k, [](const std::string&) { return true; })) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // The possessor the next word leads to, and the second object it owns.
        std::size_t owner = k + 1;
        while (owner != NONE && w[owner].deprel != "nmod:poss" && w[owner].upos == "PROPN" &&
               headOf(w, owner) != NONE && headOf(w, owner) > owner) {
            owner = headOf(w, owner);
        }
        const std::size_t owned = owner == NONE ? NONE : headOf(w, owner);
        if (owner == NONE || w[owner].deprel != "nmod:poss" || w[owner].upos != "PROPN" ||
            owned == NONE || headOf(w, owned) != verb || w[owned].deprel != "obj") {
            continue;
        }
        w[k].head = static_cast<int>(owner) + 1;
        w[k].deprel = "compound";
        ++mended;
    }
    return mended;
}

// A noun and the noun after it, both made conjuncts of the noun before, with the conjunction
// before the first: "studios and *streaming business*" with "streaming" and "business" both
// conjuncts of "studios". The first modifies the second, which is the one conjunct. How many
// it mended.
std::size_t compoundSplitIntoTwoConjuncts(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        const std::size_t head = headOf(w, k);
        const std::size_t next = k + 1;
        // (a singular first noun: a plural seldom modifies the next, "bedding and linens
        // store")
        if (w[k].deprel != "conj" || w[k].xpos != "NN" || w[next].deprel != "conj" ||
            w[next].upos != "NOUN" || head == NONE || headOf(w, next) != head || head > k) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t cc =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "cc"; });
        if (cc == NONE || cc + 1 != k ||
            hasChild(w, next, [](const std::string& r) { return r == "cc" || r == "punct"; })) {
            continue;
        }
        w[cc].head = static_cast<int>(next) + 1;
        w[k].head = static_cast<int>(next) + 1;
        w[k].deprel = "compound";
        ++mended;
    }
    return mended;
}

// The reason a verb of accusing or punishing gives, hung on its object: "accused Rwanda *of
// backing* the M23 group", "fined the airline for failing ..." with the gerund a clause of the
// object. What the object is accused of is the verb's adverbial clause. How many moved.
std::size_t reasonHungOnTheObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        if (w[k].xpos != "VBG" || w[k].deprel != "acl" || object == NONE || object > k ||
            w[object].deprel != "obj") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t verb = headOf(w, object);
        const std::size_t mark =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "mark"; });
        if (verb == NONE || verb > object || w[verb].upos != "VERB" || mark == NONE ||
            mark != phraseEdges(w, k).first ||
            !reasonMarker(lowercaseAscii(w[mark].form), w[verb].lemma)) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "advcl";
        ++moved;
    }
    return moved;
}

// The reason a verb of blaming, punishing or praising gives, a noun phrase hung on its object:
// "blamed a faulty update *for the outage*", "fined the bank for the breach". What the object
// is blamed or fined for is the verb's oblique; not after a noun whose own "for" says what it
// is for ("blamed weak demand for gaming chips"). How many moved.
std::size_t reasonPhraseHungOnTheObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        if (w[k].deprel != "nmod" || object == NONE || object > k || w[object].deprel != "obj" ||
            !isOneOf(w[k].upos, {"NOUN", "PROPN"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t verb = headOf(w, object);
        const std::size_t forWord = caseWordOf(w, k, {"for"});
        if (forWord == NONE || forWord != phraseEdges(w, k).first || verb == NONE ||
            verb > object || w[verb].upos != "VERB" || !reasonGivingVerb(w[verb].lemma) ||
            isOneOf(lowercaseAscii(w[object].lemma),
                    {"demand",    "need",    "support",     "appetite",       "search",
                     "request",   "bid",     "plan",        "reason",         "preference",
                     "market",    "price",   "application", "call",           "order",
                     "contract",  "license", "licence",     "permit",         "fee",
                     "funding",   "tender",  "subsidy",     "responsibility", "credit",
                     "candidate", "nominee", "visa",        "ticket",         "option",
                     "use",       "target",  "standard",    "rule",           "policy"})) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// An "at" phrase hung on the object of a verb that aims or throws it: "fired tear gas *at
// protesters*", "hurled stones at police". The phrase says what the act is aimed at, so it is
// the verb's oblique. How many moved.
std::size_t targetInsideTheObjectsPhrase(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        if (w[k].deprel != "nmod" || object == NONE || object > k || w[object].deprel != "obj") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t at = caseWordOf(w, k, {"at"});
        const std::size_t verb = headOf(w, object);
        if (at == NONE || at != phraseEdges(w, k).first || verb == NONE || verb > object ||
            w[verb].upos != "VERB" ||
            !isOneOf(w[verb].lemma, {"fire", "throw", "hurl", "aim", "point", "launch", "shoot",
                                     "lob", "direct", "fling", "toss", "level", "spray"})) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// Two "to" phrases after the object of a verb that moves things, the second hung on the first
// and the first on the verb: "donated the rights *to a cancer drug* to a research institute".
// The first says what the object is of (the object's), the second where it goes (the verb's).
// How many it mended.
std::size_t secondDestinationOnTheFirst(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t second = 4; second < w.size(); ++second) {
        const std::size_t first = headOf(w, second);
        if (w[second].deprel != "nmod" || first == NONE || first > second ||
            w[first].deprel != "obl" || caseWordOf(w, second, {"to", "into"}) == NONE ||
            caseWordOf(w, first, {"to", "into"}) == NONE) {
            continue;
        }
        const std::size_t verb = headOf(w, first);
        const std::size_t object =
            verb == NONE
                ? NONE
                : lastChildBefore(w, verb, first, [](const std::string& r) { return r == "obj"; });
        if (object == NONE || object < verb || !movesThings(w[verb].lemma)) {
            continue;
        }
        w[first].head = static_cast<int>(object) + 1;
        w[first].deprel = "nmod";
        w[second].head = static_cast<int>(verb) + 1;
        w[second].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A preposition hung on a noun that modifies a later noun, with that noun joined to the noun
// before as its conjunct though no conjunction stands between them: "announced cuts *to*
// energy and transport subsidies" with "to" on "energy", "subsidies" a conjunct of "cuts". The
// preposition is the later noun's, and that noun's phrase the earlier noun's. How many it
// mended.
std::size_t prepositionOnACompound(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 1; c + 2 < w.size(); ++c) {
        const std::size_t modifier = headOf(w, c);
        if (w[c].deprel != "case" || w[c].upos != "ADP" || modifier != c + 1 ||
            w[modifier].deprel != "compound") {
            continue;
        }
        const std::size_t noun = headOf(w, modifier);
        if (noun == NONE || noun <= modifier || w[noun].deprel != "conj" ||
            hasChild(w, noun, [](const std::string& r) { return r == "cc" || r == "case"; })) {
            continue;
        }
        const std::size_t before = headOf(w, noun);
        // (nothing but the noun's own words between: no comma that would make a list)
        bool own = before != NONE && before < c;
        for (std::size_t k = c + 1; k < noun && own; ++k) {
            own = dominates(w, noun, k) && w[k].form != ",";
        }
        if (!own || !isOneOf(w[before].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        w[c].head = static_cast<int>(noun) + 1;
        w[noun].deprel = "nmod";
        ++mended;
    }
    return mended;
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

// Word `k` takes word `c`'s place in the tree (its head and relation) and its dependents, and
// `c` becomes `k`'s compound: one noun phrase or name the parse split in two.
void takeThePlaceOfItsCompound(std::vector<Token>& w, std::size_t c, std::size_t k) {
    w[k].head = w[c].head;
    w[k].deprel = w[c].deprel;
    for (std::size_t d = 0; d < w.size(); ++d) {
        if (headOf(w, d) == c) {
            w[d].head = static_cast<int>(k) + 1;
        }
    }
    w[c].head = static_cast<int>(k) + 1;
    w[c].deprel = "compound";
}

// A noun with no preposition right after a noun of the same head, the two parsed as that
// head's modifiers: "recalling two batches of its blood *pressure drug* in Germany" with "drug"
// a second modifier of "batches". The first is the second's compound, and the second takes its
// place and its words. How many mended.
std::size_t compoundTakenForASecondModifier(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t first = k - 1;
        const std::size_t h = headOf(w, k);
        if (w[k].upos != "NOUN" || w[k].deprel != "nmod" || w[first].upos != "NOUN" || h == NONE ||
            headOf(w, first) != h || h > first ||
            !isOneOf(w[first].deprel, {"nmod", "obj", "obl"}) ||
            hasChild(w, k, [](const std::string& r) { return r == "case"; })) {
            continue;
        }
        takeThePlaceOfItsCompound(w, first, k);
        ++mended;
    }
    return mended;
}

// A phrase with a preposition of its own and no conjunction, parsed as the conjunct of a phrase
// with another preposition: "received *between* 58% and 60% of the vote, far *ahead of* her main
// rival" (the rival a conjunct of "58%"). It is a phrase of the word the first one hangs on, an
// oblique of a verb. How many moved.
std::size_t phraseTakenForAConjunct(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t first = headOf(w, k);
        const std::size_t up = first == NONE ? NONE : headOf(w, first);
        if (w[k].deprel != "conj" || first == NONE || first > k || up == NONE ||
            hasChild(w, k, [](const std::string& r) { return r == "cc"; })) {
            continue;
        }
        const std::size_t own =
            lastChildBefore(w, k, k, [](const std::string& r) { return r == "case"; });
        const std::size_t theirs =
            lastChildBefore(w, first, first, [](const std::string& r) { return r == "case"; });
        if (own == NONE || theirs == NONE ||
            lowercaseAscii(w[own].form) == lowercaseAscii(w[theirs].form)) {
            continue;
        }
        w[k].head = static_cast<int>(up) + 1;
        w[k].deprel = w[up].upos == "VERB" ? "obl" : "nmod";
        ++moved;
    }
    return moved;
}

// A sentence's main verb hung on the relative clause of its subject, with the subject as the
// root: "The International Longshoremen's Association, which represents about 45,000 workers,
// *agreed* to extend its contract" (the root "Association", "agreed" a clause of "represents").
// The verb after the comma that closes the relative clause, finite and with no subject or
// marker of its own, is the root and the noun its subject; so is a past tense hung on the
// clause's object as its participle. Whether it mended.
bool mainVerbHungOnASubjectsRelativeClause(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || !isOneOf(w[root].upos, {"NOUN", "PROPN"})) {
        return false;
    }
    for (std::size_t v = root + 3; v + 1 < w.size(); ++v) {
        std::size_t relative = headOf(w, v);
        // (Or on the clause's object, as a past tense taken for a participle of naming: "Iran,
        // which backs the group, *called* for an emergency meeting" with "called" on "group".)
        const bool onObject = w[v].deprel == "acl" && w[v].xpos == "VBD" && relative != NONE &&
                              headOf(w, relative) != NONE &&
                              isOneOf(w[relative].deprel, {"obj", "obl"}) &&
                              w[headOf(w, relative)].deprel == "acl:relcl";
        if (onObject) {
            relative = headOf(w, relative);
        }
        // (Or on the root itself as a second relative clause with no relative word of its
        // own: "The Swedish carmaker, which is controlled by China's Geely, now *expects* ...".)
        bool second = false;
        if (w[v].deprel == "acl:relcl" && relative == root && w[v].xpos != "VBN") {
            for (std::size_t k = root + 1; k < v && !second; ++k) {
                if (headOf(w, k) == root && w[k].deprel == "acl:relcl") {
                    relative = k;
                    second = std::none_of(w.begin(), w.end(), [&](const Token& t) {
                        return t.head == static_cast<int>(v) + 1 &&
                               (t.xpos == "WDT" || t.xpos == "WP" || t.xpos == "WRB");
                    });
                }
            }
        }
        const std::size_t start = clauseStart(w, v);
        if (w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
            !(isOneOf(w[v].deprel, {"advcl", "conj", "parataxis"}) || onObject || second) ||
            relative == NONE || w[relative].deprel != "acl:relcl" || headOf(w, relative) != root ||
            relative > v || w[start - 1].form != "," || hasChild(w, v, [](const std::string& r) {
                return r.starts_with("nsubj") || r == "cc" || r == "mark";
            })) {
            continue;
        }
        verbOverItsRootSubject(w, root, v);
        return true;
    }
    return false;
}

// A sentence's main verb hung inside the relative clause of its subject, the root, with a
// noun of a preposition's phrase as its subject: "A former FBI informant who falsely claimed
// that Joe Biden took bribes *from a Ukrainian company was sentenced* to six years" (the
// company sentenced, inside the claim). A subject takes no preposition: the phrase goes back to
// the verb the main verb hung on, the main verb is the root and the root noun its subject.
// Whether it mended.
bool mainVerbInsideItsSubjectsRelativeClause(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || !isOneOf(w[root].upos, {"NOUN", "PROPN"})) {
        return false;
    }
    for (std::size_t v = root + 3; v < w.size(); ++v) {
        std::size_t subject = NONE;
        for (std::size_t k = root + 1; k < v; ++k) {
            if (headOf(w, k) == v && w[k].deprel.starts_with("nsubj")) {
                subject = k;
            }
        }
        const std::size_t up = headOf(w, v);
        if (w[v].upos != "VERB" || !finiteVerb(w, v) || subject == NONE || up == NONE || up > v ||
            w[up].upos != "VERB" ||
            caseWordOf(w, subject,
                       {"from", "to", "with", "by", "at", "in", "on", "for", "against"}) == NONE) {
            continue;
        }
        // (inside a relative clause of the root)
        bool inside = false;
        for (std::size_t c = 0; c < w.size() && !inside; ++c) {
            inside = headOf(w, c) == root && w[c].deprel == "acl:relcl" && dominates(w, c, up);
        }
        if (!inside) {
            continue;
        }
        w[subject].head = static_cast<int>(up) + 1;
        w[subject].deprel = "obl";
        const bool passive = hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; });
        verbOverItsRootSubject(w, root, v);
        if (passive) {
            w[root].deprel = "nsubj:pass";
        }
        return true;
    }
    return false;
}

// An object taken for the compound of a span of time right after it: "doubled *the lead* nine
// minutes later" with "lead" a compound of "minutes" and "the" the span's. The noun is the
// verb's object, with the determiner. How many it mended.
std::size_t objectTakenForASpanOfTimesCompound(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t span = 3; span + 1 < w.size(); ++span) {
        const std::size_t noun = span - 2;
        const std::size_t after = headOf(w, span);
        if (!timeUnitPlural(lowercaseAscii(w[span].form)) || w[noun].deprel != "compound" ||
            headOf(w, noun) != span || w[noun].upos != "NOUN" || w[span - 1].upos != "NUM" ||
            after == NONE || !spanAnchor(lowercaseAscii(w[span + 1].form))) {
            continue;
        }
        // (the verb: the span's head, or the head of the "later" the span measures)
        const std::size_t verb = w[after].upos == "VERB" ? after : headOf(w, after);
        if (verb == NONE || w[verb].upos != "VERB" || verb > noun ||
            hasChild(w, verb, [](const std::string& rel) { return rel == "obj"; })) {
            continue;
        }
        for (std::size_t c = 0; c < noun; ++c) {
            if (headOf(w, c) == span && isOneOf(w[c].deprel, {"det", "amod", "nmod:poss"})) {
                w[c].head = static_cast<int>(noun) + 1;
            }
        }
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// What a verb makes or names its object, taken for a bare phrase of the object: "making the
// mining giant *the world's third-largest lithium producer*" with "producer" an nmod of
// "giant" with no preposition. It is the verb's complement, EWT's xcomp. How many it mended.
std::size_t complementTakenForTheObjectsPhrase(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        if (w[k].deprel != "nmod" || w[k].upos != "NOUN" || object == NONE || object > k ||
            verb == NONE || verb > object || w[object].deprel != "obj" ||
            !makingVerb(lemmas.lemma(w[verb].form, "VERB", w[verb].xpos)) ||
            hasChild(w, k, [](const std::string& rel) { return rel == "case"; }) ||
            !hasChild(w, k,
                      [](const std::string& rel) { return rel == "det" || rel == "nmod:poss"; })) {
            continue;
        }
        w[k].head = static_cast<int>(verb) + 1;
        w[k].deprel = "xcomp";
        ++mended;
    }
    return mended;
}

// A participle after a comma that the parse hung on a verb of accusing, which has the act it
// accuses of as a gerund: "accused China's coast guard of firing water cannon ..., *damaging*
// the vessel" (the firing damaged it, not the accuser). The participle goes on the gerund.
// How many it moved.
std::size_t resultOfTheChargeHungOnTheAccuser(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t moved = 0;
    for (std::size_t d = 3; d < w.size(); ++d) {
        const std::size_t v = headOf(w, d);
        if (w[d].deprel != "advcl" || w[d].xpos != "VBG" || w[d - 1].form != "," || v == NONE ||
            v > d ||
            !isOneOf(lemmas.lemma(w[v].form, "VERB", w[v].xpos),
                     {"accuse", "charge", "blame", "suspect", "convict", "criticize", "criticise",
                      "condemn", "sue"}) ||
            hasChild(w, d, [](const std::string& rel) { return rel == "mark"; })) {
            continue;
        }
        std::size_t gerund = NONE;
        for (std::size_t g = v + 1; g < d; ++g) {
            const bool marked = caseWordOf(w, g, {"of", "for"}) != NONE ||
                                dependentWordOf(w, g, "mark", {"of", "for"}) != NONE;
            if (headOf(w, g) == v && w[g].xpos == "VBG" && isOneOf(w[g].deprel, {"advcl", "obl"}) &&
                marked) {
                gerund = g;
            }
        }
        if (gerund == NONE) {
            continue;
        }
        w[d].head = static_cast<int>(gerund) + 1;
        ++moved;
    }
    return moved;
}

// A name set off by commas right after a noun, taken for a vocative: "force its Chinese owner,
// *ByteDance*, to sell the app". It names the noun: its apposition. How many it mended.
std::size_t appositionTakenForAVocative(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        if (w[k].deprel != "vocative" || w[k].upos != "PROPN" || w[k - 1].form != "," ||
            !isOneOf(w[k - 2].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        w[k].head = static_cast<int>(k) - 1; // (the noun before the comma, 1-based)
        w[k].deprel = "appos";
        ++mended;
    }
    return mended;
}

// A title that opens the sentence with the name after it, taken for a clause of the main verb
// with the name its apposition, the verb left with no subject: "Chief executive Bill Anderson,
// who joined from Roche last year, said ..." with "Chief" a complement of "said". The name is
// the verb's subject, the title's words its modifiers, and what hung on the title (the
// relative clause) is the name's. Whether it mended.
bool titledSubjectTakenForAClause(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB" ||
        hasChild(w, root, [](const std::string& r) { return r.starts_with("nsubj"); })) {
        return false;
    }
    const std::size_t title = 0;
    if (headOf(w, title) != root || w.size() < 4 ||
        !(officeTitle(lowercaseAscii(w[title].form)) || lowercaseAscii(w[title].form) == "chief")) {
        return false;
    }
    std::size_t name = NONE;
    for (std::size_t k = 1; k < root && name == NONE; ++k) {
        if (headOf(w, k) == title && w[k].deprel == "appos" && w[k].upos == "PROPN") {
            name = k;
        }
    }
    if (name == NONE) {
        return false;
    }
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (k != name && headOf(w, k) == title) {
            w[k].head = static_cast<int>(name) + 1;
            if (k < name && w[k].deprel == "amod" && w[k].upos == "NOUN") {
                w[k].deprel = "compound";
            }
        }
    }
    w[title].head = static_cast<int>(name) + 1;
    w[title].deprel = w[title].upos == "ADJ" ? "amod" : "compound";
    w[name].head = static_cast<int>(root) + 1;
    w[name].deprel = "nsubj";
    return true;
}

// A participle of what an event brings about after a closing report, hung on the report:
// "Navalny died in an Arctic prison colony, Russian authorities said, *prompting* condemnation"
// (the death prompted it, not the authorities). It goes on the reported clause. How many it
// moved.
std::size_t participleHungOnAClosingReport(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t moved = 0;
    for (std::size_t d = 3; d < w.size(); ++d) {
        const std::size_t report = headOf(w, d);
        const std::size_t reported = report == NONE ? NONE : headOf(w, report);
        if (w[d].deprel != "advcl" || w[d].xpos != "VBG" || w[d - 1].form != "," ||
            report == NONE || report > d || reported == NONE || reported > report ||
            !isOneOf(w[report].deprel, {"parataxis", "ccomp"}) ||
            !closingReportVerb(lemmas.lemma(w[report].form, "VERB", w[report].xpos)) ||
            hasChild(w, d, [](const std::string& rel) { return rel == "mark"; })) {
            continue;
        }
        // (Only a participle of what an event brings about: one of saying is the reporter's,
        // "..., a person familiar with the matter said, *adding* that ...".)
        if (!isOneOf(lemmas.lemma(w[d].form, "VERB", "VBG"),
                     {"prompt", "spark", "trigger", "cause", "send", "leave", "force", "fuel",
                      "raise", "drive", "push", "wipe", "kill", "injure", "destroy", "damage"})) {
            continue;
        }
        w[d].head = static_cast<int>(reported) + 1;
        ++moved;
    }
    return moved;
}

// A conjunct cut from its head noun, which the parse hung on the verb: "working with Boeing and
// *government agencies*" with "government" the conjunct of Boeing and "agencies" the verb's
// object. The noun after the conjunct is the conjunct, and the conjunct its compound. How many
// mended.
std::size_t conjunctCutFromItsNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 1 < w.size(); ++k) {
        const std::size_t next = k + 1;
        const std::size_t first = headOf(w, k);
        const std::size_t v = headOf(w, next);
        if (w[k].deprel != "conj" || w[k].xpos != "NN" || w[next].upos != "NOUN" || first == NONE ||
            first > k || v == NONE || v > k || w[v].upos != "VERB" ||
            !isOneOf(w[next].deprel, {"obj", "obl"}) || headOf(w, first) != v ||
            w[first].deprel != "obl" ||
            hasChild(w, next, [](const std::string& r) { return r == "case" || r == "det"; }) ||
            std::any_of(w.begin(), w.end(), [&](const Token& t) {
                return t.head == static_cast<int>(k) + 1 && t.deprel != "cc";
            })) {
            continue;
        }
        takeThePlaceOfItsCompound(w, k, next);
        ++mended;
    }
    return mended;
}

// A name after a comma that the parse hung higher than the noun right before the comma, which
// it names: "a protégé of *the outgoing president*, Andres Manuel Lopez Obrador" with the name
// an apposition of "protégé". The noun, definite and the last word of its phrase, under the
// name's head, takes the apposition. How many moved.
std::size_t nameAfterACommaOfTheNounBefore(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t noun = k - 2;
        const std::size_t h = headOf(w, k);
        if (w[k].upos != "PROPN" || w[k].deprel != "appos" || w[k - 1].form != "," ||
            w[noun].upos != "NOUN" || h == NONE || h == noun || h > noun ||
            w[noun].deprel != "nmod" || headOf(w, noun) != h ||
            phraseEdges(w, noun).second != noun ||
            !std::any_of(w.begin(), w.end(), [&](const Token& t) {
                return t.head == static_cast<int>(noun) + 1 && t.deprel == "det" &&
                       lowercaseAscii(t.form) == "the";
            })) {
            continue;
        }
        w[k].head = static_cast<int>(noun) + 1;
        ++moved;
    }
    return moved;
}

// A name's last word parsed as an apposition of the noun its first word hangs on, with no comma
// between: "purchase of *Spirit Airlines*" with "Spirit" the nmod of "purchase" and "Airlines" an
// appos of it (and "of" hung on it). The last word heads the name, in the first word's place.
// How many mended.
std::size_t nameSplitIntoAnApposition(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t first = k - 1;
        const std::size_t h = headOf(w, k);
        if (w[k].upos != "PROPN" || w[k].deprel != "appos" || w[first].upos != "PROPN" ||
            h == NONE || headOf(w, first) != h || h > first || w[first].deprel == "appos" ||
            std::any_of(w.begin() + static_cast<std::ptrdiff_t>(k) + 1, w.end(),
                        [&](const Token& t) { return t.head == static_cast<int>(k) + 1; })) {
            continue;
        }
        takeThePlaceOfItsCompound(w, first, k);
        ++mended;
    }
    return mended;
}

// A participle's agent taken for the subject of the main verb after it, with "by" as the
// verb's marker: "A satellite built *by Boeing broke* apart in orbit" (Boeing the subject of
// "broke", "by" its mark). "by" is the agent's preposition, the agent the participle's, and the
// participle's noun the main verb's subject; the main verb takes the noun's place when the parse
// hung it below the noun. How many mended.
std::size_t agentTakenForTheNextSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k + 2 < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t participle = k - 1;
        const std::size_t noun = headOf(w, participle);
        if (lowercaseAscii(w[k].form) != "by" || w[k].deprel != "mark" || v == NONE || v <= k ||
            w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
            w[participle].xpos != "VBN" || w[participle].deprel != "acl" || noun == NONE ||
            noun >= participle || !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
            continue;
        }
        std::size_t agent = NONE;
        for (std::size_t c = k + 1; c < v; ++c) {
            if (headOf(w, c) == v && w[c].deprel == "nsubj" &&
                isOneOf(w[c].upos, {"NOUN", "PROPN"})) {
                agent = c;
            }
        }
        if (agent == NONE) {
            continue;
        }
        w[agent].head = static_cast<int>(participle) + 1;
        w[agent].deprel = "obl:agent";
        w[k].head = static_cast<int>(agent) + 1;
        w[k].deprel = "case";
        if (dominates(w, noun, v)) {
            w[v].head = w[noun].head;
            w[v].deprel = w[noun].deprel;
            // (the sentence's closing punctuation with it)
            for (std::size_t c = v + 1; c < w.size(); ++c) {
                if (headOf(w, c) == noun && w[c].deprel == "punct") {
                    w[c].head = static_cast<int>(v) + 1;
                }
            }
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        ++mended;
    }
    return mended;
}

// An adverbial clause right after a relative clause opened by a comma and not yet closed, hung
// on the main verb: "buy all the electricity from the unit, which was shut in 2019 *because* it
// could not compete" (the unit was shut because it could not compete; after a closing comma,
// "..., which was shut in 2019, because ...", the clause would be the main verb's). It is the
// relative clause's. How many moved.
std::size_t adverbialClauseInsideARelativeClause(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t main = headOf(w, v);
        if (w[v].deprel != "advcl" || main == NONE || main > v) {
            continue;
        }
        const auto [first, last] = phraseEdges(w, v);
        const std::size_t mark = first;
        if (headOf(w, mark) != v || w[mark].deprel != "mark" ||
            !isOneOf(lowercaseAscii(w[mark].form), {"because", "after", "before", "when", "since",
                                                    "until", "although", "though", "while"})) {
            continue;
        }
        // The relative clause that ends right before the marker, opened by a comma and its
        // relative word, below the main verb.
        std::size_t clause = NONE;
        for (std::size_t r = main + 1; r < first; ++r) {
            if (w[r].deprel == "acl:relcl" && w[r].upos == "VERB" && dominates(w, main, r) &&
                phraseEdges(w, r).second + 1 == first) {
                clause = r;
            }
        }
        if (clause == NONE) {
            continue;
        }
        // (the comma is the clause's own punctuation or the word before it)
        std::size_t opens = phraseEdges(w, clause).first;
        opens += w[opens].form == "," ? 1 : 0;
        if (opens == 0 || w[opens - 1].form != "," || opens >= clause ||
            !isOneOf(w[opens].xpos, {"WDT", "WP"})) {
            continue;
        }
        w[v].head = static_cast<int>(clause) + 1;
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

// The root of a sentence with no verb when it is a noun or a name with no subject of its own
// ("Its shares dropped by a quarter" parsed as a noun phrase), or NONE.
std::size_t subjectlessNounRoot(const std::vector<Token>& w) {
    const std::size_t r = verblessRoot(w);
    if (r == NONE || !isOneOf(w[r].upos, {"NOUN", "PROPN"}) ||
        hasChild(w, r, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
        return NONE;
    }
    return r;
}

// The head of a name's run of words `first`..`last - 1`: its first word hung outside
// `first`..`end` (the words from `last` to `end` being ones about to join the name), or NONE.
std::size_t headOfARun(const std::vector<Token>& w, std::size_t first, std::size_t last,
                       std::size_t end) {
    for (std::size_t j = first; j < last; ++j) {
        const std::size_t h = headOf(w, j);
        if (h == NONE || h < first || h > end) {
            return j;
        }
    }
    return NONE;
}

// How much an amount changed by, parsed as a passive's agent: "Its profit fell *by a third*",
// "sales were cut by 5%". A share of a whole, or the "by" phrase of a verb saying an amount
// changed with no passive auxiliary, is no one's act: the verb's oblique. How many it
// relabelled.
std::size_t amountTakenForAnAgent(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "obl:agent" || v == NONE || w[v].upos != "VERB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (a count of people is no amount: "by two space businessmen", "by one of my
        // friends")
        const bool amount = shareOfAWhole(lowercaseAscii(w[k].lemma)) || w[k].upos == "SYM" ||
                            isOneOf(w[k].lemma, {"million", "billion", "trillion"});
        // ("The charges were dropped by prosecutors" is a passive: "drop" takes objects too.)
        if (!amount && (!amountChangeVerb(w[v].lemma) ||
                        hasChild(w, v, [](const std::string& r) { return r == "aux:pass"; }))) {
            continue;
        }
        w[k].deprel = "obl";
        ++relabelled;
    }
    return relabelled;
}

// A verb saying an amount changed, parsed as a participle on the noun it says it of, with no
// verb at the root: "The company's sales *dropped* by half", "Its shares dropped by a quarter
// in after-hours trading" (tagged a participle). The verb is the main verb, a past tense, and
// the noun its subject; the noun's words after the verb go with the verb. Whether it mended.
bool changeTakenForTheRootsModifier(std::vector<Token>& w) {
    const std::size_t r = subjectlessNounRoot(w);
    if (r == NONE) {
        return false;
    }
    const std::size_t v = r + 1;
    if (v >= w.size() || headOf(w, v) != r || w[v].deprel != "acl" || w[v].upos != "VERB" ||
        !isOneOf(w[v].xpos, {"VBD", "VBN"}) || !amountChangeVerb(w[v].lemma) ||
        hasChild(w, v, [](const std::string& rel) {
            return rel == "mark" || rel.starts_with("aux") || rel.starts_with("nsubj");
        })) {
        return false;
    }
    for (std::size_t k = v + 1; k < w.size(); ++k) {
        if (headOf(w, k) == r) {
            w[k].head = static_cast<int>(v) + 1;
        }
    }
    w[v].head = 0;
    w[v].deprel = "root";
    w[v].xpos = "VBD";
    w[r].head = static_cast<int>(v) + 1;
    w[r].deprel = "nsubj";
    return true;
}

// Where or when an amount changed, hung on the amount: "Samsung shares fell 1.5% *in Seoul*",
// "rose 1% after the announcement". A share of a whole has no place of its own; the phrase is the
// verb's oblique. How many moved.
std::size_t placeOfAChangeOnItsAmount(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t amount = headOf(w, k);
        if (w[k].deprel != "nmod" || amount == NONE || amount > k ||
            !isOneOf(w[amount].deprel, {"obj", "obl:npmod", "obl"})) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t v = headOf(w, amount);
        const std::size_t in = caseWordOf(
            w, k,
            {"in", "on", "at", "during", "after", "before", "following", "amid", "since", "over"});
        if (in == NONE || in != phraseEdges(w, k).first || v == NONE || v > amount ||
            w[v].upos != "VERB" || !amountChangeVerb(w[v].lemma) ||
            !shareOfAWhole(lowercaseAscii(w[amount].lemma)) ||
            caseWordOf(w, amount, {"by", "to", "from"}) != NONE) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// A second clause after ", and" parsed as a noun joined to the first clause's last noun, its
// verb a participle on that noun: "accused the opposition of plotting a coup, and security
// forces *detained* hundreds of protesters" (the forces plotted, nobody detained). A verb with
// its own object and no "by" phrase is no passive participle: it is the main verb's conjunct
// with the noun its subject, the comma and the conjunction its own. How many it mended.
std::size_t clauseTakenForAJoinedNoun(std::vector<Token>& w) {
    std::size_t mended = 0;
    const std::size_t root = rootOf(w);
    if (root == NONE || w[root].upos != "VERB") {
        return 0;
    }
    for (std::size_t n = root + 4; n + 2 < w.size(); ++n) {
        const std::size_t v = n + 1;
        if (w[n].deprel != "conj" || !isOneOf(w[n].upos, {"NOUN", "PROPN"}) || headOf(w, v) != n ||
            w[v].deprel != "acl" || w[v].upos != "VERB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const bool finite =
            w[v].xpos == "VBD" ||
            (w[v].xpos == "VBN" &&
             hasChild(w, v, [](const std::string& r) { return r == "obj"; }) &&
             !hasChild(w, v, [](const std::string& r) { return r == "obl:agent"; }));
        const std::size_t cc =
            lastChildBefore(w, n, n, [](const std::string& r) { return r == "cc"; });
        if (!finite || cc == NONE || cc == 0 || w[cc - 1].form != "," ||
            !isOneOf(lowercaseAscii(w[cc].form), {"and", "but"}) ||
            hasChild(w, v, [](const std::string& r) {
                return r == "mark" || r.starts_with("aux") || r.starts_with("nsubj");
            })) {
            continue;
        }
        // (the noun's phrase opens right after the conjunction: "security forces")
        bool opens = true;
        for (std::size_t k = cc + 1; k < n; ++k) {
            opens = opens && dominates(w, n, k);
        }
        if (!opens) {
            continue;
        }
        w[v].head = static_cast<int>(root) + 1;
        w[v].deprel = "conj";
        w[v].xpos = "VBD";
        w[n].head = static_cast<int>(v) + 1;
        w[n].deprel = "nsubj";
        w[cc].head = static_cast<int>(v) + 1;
        if (headOf(w, cc - 1) == n || w[cc - 1].deprel == "punct") {
            w[cc - 1].head = static_cast<int>(v) + 1;
            w[cc - 1].deprel = "punct";
        }
        ++mended;
    }
    return mended;
}

// A description between commas after a verb's object, parsed as the verb's complement with the
// infinitive after it its clause: "asked Muhammad Yunus, *the Nobel laureate*, to head it" (as
// if the laureate were asked). The description is the object's apposition and the infinitive
// the verb's complement, what the object is asked to do. How many it mended.
std::size_t appositionTakenForAComplement(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t x = 3; x + 3 < w.size(); ++x) {
        const std::size_t v = headOf(w, x);
        if (w[x].upos != "NOUN" || !isOneOf(w[x].deprel, {"ccomp", "obj", "xcomp"}) || v == NONE ||
            v > x || w[v].upos != "VERB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (the description's first word after a comma, the object's last word before it)
        std::size_t first = x;
        while (first > 0 && headOf(w, first - 1) == x && w[first - 1].deprel != "punct") {
            --first;
        }
        if (first < 3 || w[first - 1].form != ",") {
            continue;
        }
        std::size_t object = first - 2;
        while (object != NONE && headOf(w, object) != v) {
            object = headOf(w, object);
        }
        std::size_t inf = NONE;
        for (std::size_t k = x + 2; k < w.size(); ++k) {
            if (headOf(w, k) == x && w[k].deprel == "acl" && w[k].xpos == "VB" &&
                w[k - 1].form == "to" && w[k - 2].form == ",") {
                inf = k;
                break;
            }
        }
        if (object == NONE || object >= first || inf == NONE ||
            !isOneOf(w[object].deprel, {"obj", "iobj"}) ||
            !isOneOf(w[object].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        w[object].deprel = "obj";
        w[x].head = static_cast<int>(object) + 1;
        w[x].deprel = "appos";
        w[inf].head = static_cast<int>(v) + 1;
        w[inf].deprel = "xcomp";
        ++mended;
    }
    return mended;
}

// The infinitive after an object, parsed as the verb's purpose: "ordered the company *to open*
// its store", "urged Netanyahu, the Israeli prime minister, *to accept* the deal" (after the
// object's apposition). After a verb that asks its object to act, it is what the object is
// asked to do: the verb's complement. How many it relabelled.
std::size_t infinitiveAfterTheObjectOfAsking(std::vector<Token>& w) {
    std::size_t relabelled = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "advcl" || w[k].xpos != "VB" || w[k - 1].form != "to" || v == NONE ||
            v > k) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t object =
            lastChildBefore(w, v, k, [](const std::string& r) { return r == "obj"; });
        if (object == NONE || !isOneOf(w[object].upos, {"NOUN", "PROPN", "PRON"})) {
            continue;
        }
        const std::size_t appos =
            lastChildBefore(w, object, k, [](const std::string& r) { return r == "appos"; });
        const bool afterObject = phraseEdges(w, object).second + 2 == k;
        const bool afterApposition = appos != NONE && appos > object && w[k - 2].form == "," &&
                                     phraseEdges(w, appos).second + 3 == k;
        if ((!afterObject && !afterApposition) ||
            !isOneOf(w[v].lemma,
                     {"ask",     "tell",     "urge",      "allow",     "force",    "order",
                      "require", "persuade", "encourage", "invite",    "pressure", "warn",
                      "advise",  "instruct", "authorize", "authorise", "compel",   "permit",
                      "forbid",  "beg",      "implore"})) {
            continue;
        }
        w[k].deprel = "xcomp";
        ++relabelled;
    }
    return relabelled;
}

// A past tense after the comma closing the subject's apposition, parsed as one more
// apposition of a verbless root: "Bangladesh's prime minister, Sheikh Hasina, *resigned* and
// fled to India" (tagged a participle). The verb is the main verb and the root noun its subject;
// the noun's words after the verb go with the verb. Whether it mended.
bool pastTenseAfterTheRootsApposition(std::vector<Token>& w) {
    const std::size_t r = subjectlessNounRoot(w);
    if (r == NONE) {
        return false;
    }
    std::size_t v = NONE;
    for (std::size_t k = r + 3; k < w.size() && v == NONE; ++k) {
        if (headOf(w, k) == r && w[k].deprel == "appos" && w[k].upos == "VERB" &&
            isOneOf(w[k].xpos, {"VBD", "VBN"}) && w[k - 1].form == ",") {
            v = k;
        }
    }
    if (v == NONE || hasChild(w, v, [](const std::string& rel) {
            return rel == "mark" || rel.starts_with("aux") || rel.starts_with("nsubj");
        })) {
        return false;
    }
    // (an apposition of the noun closes right before the comma: "..., Sheikh Hasina,")
    const std::size_t appos =
        lastChildBefore(w, r, v, [](const std::string& rel) { return rel == "appos"; });
    if (appos == NONE || appos < r || phraseEdges(w, appos).second + 2 != v) {
        return false;
    }
    for (std::size_t k = v + 1; k < w.size(); ++k) {
        if (headOf(w, k) == r) {
            w[k].head = static_cast<int>(v) + 1;
        }
    }
    w[v - 1].head = static_cast<int>(appos) + 1;
    w[v - 1].deprel = "punct";
    w[v].head = 0;
    w[v].deprel = "root";
    w[v].xpos = "VBD"; // (a participle with no auxiliary: the tagger's guess)
    w[r].head = static_cast<int>(v) + 1;
    w[r].deprel = "nsubj";
    return true;
}

// The span of time a sum is counted over, hung on the sum: "lost $6 billion *in the third
// quarter*", "earned 2 billion euros in 2023". A sum has no time of its own; the phrase is the
// verb's oblique. How many moved.
std::size_t timeOfASumOnTheSum(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t sum = headOf(w, k);
        if (w[k].deprel != "nmod" || sum == NONE || sum > k || w[sum].deprel != "obj") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::string lower = lowercaseAscii(w[k].form);
        const bool span =
            isOneOf(lowercaseAscii(w[k].lemma), {"quarter", "year", "month", "week", "half"}) ||
            monthName(lower) ||
            (lower.size() == 4 && lower.find_first_not_of("0123456789") == std::string::npos &&
             (lower.starts_with("19") || lower.starts_with("20")));
        const std::size_t v = headOf(w, sum);
        const std::size_t in = caseWordOf(w, k, {"in", "during", "for", "over"});
        if (!span || in == NONE || in != phraseEdges(w, k).first || v == NONE || v > sum ||
            w[v].upos != "VERB" ||
            !(w[sum].upos == "SYM" || currencyWord(lowercaseAscii(w[sum].lemma)) ||
              shareOfAWhole(lowercaseAscii(w[sum].lemma)))) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// The last words of a name parsed as a copula of the word after it: "to kill President Luiz
// Inácio Lula da *Silva* in 2022" with "Silva" the copula of "2022" (no name is a copula). The
// words join the name they follow. How many it mended.
std::size_t nameTakenForACopula(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        if (w[k].deprel != "cop" || w[k].upos != "PROPN" || w[k - 1].upos != "PROPN") {
            continue; // (the cheap tests first: this runs for every word)
        }
        std::size_t first = k - 1;
        while (first > 0 && w[first - 1].upos == "PROPN") {
            --first;
        }
        const std::size_t name = headOfARun(w, first, k, k);
        if (name == NONE || dominates(w, k, name)) {
            continue;
        }
        for (std::size_t j = first; j <= k; ++j) {
            if (j != name && (j == k || headOf(w, j) == k)) {
                w[j].head = static_cast<int>(name) + 1;
                w[j].deprel = "flat";
            }
        }
        ++mended;
    }
    return mended;
}

// A phrase after the comma that closes an object's apposition, hung on the apposition:
// "replaced its chief executive, Mark Schneider, *with company veteran Laurent Freixe*". The
// comma ends the apposition; the phrase is the verb's oblique and the comma the apposition's.
// (So is one the parse made a second apposition of the object.) How many moved.
std::size_t phraseAfterAnAppositionsComma(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 4; k < w.size(); ++k) {
        std::size_t appos = headOf(w, k);
        if (!isOneOf(w[k].deprel, {"nmod", "appos"}) || appos == NONE || appos > k) {
            continue; // (the cheap tests first: this runs for every word)
        }
        // (or made a second apposition of the object, its preposition and all)
        if (w[k].deprel == "appos") {
            appos = lastChildBefore(w, appos, k, [](const std::string& r) { return r == "appos"; });
        }
        if (appos == NONE || w[appos].deprel != "appos") {
            continue;
        }
        const std::size_t object = headOf(w, appos);
        const std::size_t comma = phraseEdges(w, k).first;
        if (object == NONE || object > appos || comma <= appos || w[comma].form != "," ||
            headOf(w, comma) != k ||
            caseWordOf(w, k, {"with", "as", "for", "to", "from"}) != comma + 1 ||
            hasChild(w, comma + 1, [](const std::string& r) { return r == "fixed"; }) ||
            !isOneOf(w[object].deprel, {"obj", "iobj"})) {
            continue;
        }
        const std::size_t v = headOf(w, object);
        if (v == NONE || v > object || w[v].upos != "VERB") {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "obl";
        w[comma].head = static_cast<int>(appos) + 1;
        ++moved;
    }
    return moved;
}

// "more" after a sum, parsed as the object with the sum its modifier: "will invest $4 billion
// *more* in Anthropic". The sum is the object and "more" its modifier; the phrases that hung
// on "more" are the verb's. How many it mended.
std::size_t sumBeforeMore(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        if (w[k].deprel != "obj" || !isOneOf(lowercaseAscii(w[k].form), {"more", "less"}) ||
            v == NONE || v > k || w[v].upos != "VERB") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t sum = lastChildBefore(w, k, k, [](const std::string& r) {
            return r.starts_with("obl") || r.starts_with("nmod") || r == "nummod";
        });
        if (sum == NONE || !isOneOf(w[sum].upos, {"SYM", "NUM"}) ||
            phraseEdges(w, sum).second + 1 != k) {
            continue;
        }
        for (std::size_t c = k + 1; c < w.size(); ++c) {
            if (headOf(w, c) == k) {
                w[c].head = static_cast<int>(v) + 1;
                if (w[c].deprel.starts_with("nmod")) {
                    w[c].deprel = "obl";
                }
            }
        }
        w[sum].head = static_cast<int>(v) + 1;
        w[sum].deprel = "obj";
        w[k].head = static_cast<int>(sum) + 1;
        w[k].deprel = "advmod";
        ++mended;
    }
    return mended;
}

// A clause after "after" or "before" parsed as a phrase of the preposition, its verb joined
// to the main verb with no conjunction: "was ordered to pay ... *after a jury in North Dakota
// found* it liable" (the jury the oblique of "pay", "found" a conjunct of "ordered", as if
// Greenpeace had found). The word is the clause's marker, the noun its subject, and the
// clause an adverbial clause of the verb the phrase hung on. How many it mended.
std::size_t clauseTakenForAPrepositionsPhrase(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 1; c + 3 < w.size(); ++c) {
        const std::size_t n = headOf(w, c);
        if (w[c].deprel != "case" || n == NONE || n <= c ||
            !isOneOf(lowercaseAscii(w[c].form), {"after", "before", "until", "since"}) ||
            !isOneOf(w[n].upos, {"NOUN", "PROPN"}) ||
            !(w[n].deprel.starts_with("obl") || w[n].deprel == "nmod")) {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t v = phraseEdges(w, n).second + 1;
        if (v >= w.size() || w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) ||
            w[v].head == 0 || !isOneOf(w[v].deprel, {"conj", "parataxis", "advcl"}) ||
            hasChild(w, v, [](const std::string& r) { return r == "cc" || r == "mark"; })) {
            continue;
        }
        std::size_t host = w[n].deprel == "nmod" ? NONE : headOf(w, n);
        // (The phrase may have been hung inside an apposition made the verb's subject:
        // "... to Energy Transfer, the company behind the pipeline, after a jury in North
        // Dakota found it liable" with "company" the subject of "found". The apposition goes
        // back on the name before its comma, and the clause on that name's verb.)
        const std::size_t subject = lastChildBefore(
            w, v, w.size(), [](const std::string& r) { return r.starts_with("nsubj"); });
        std::size_t named = NONE;
        if (subject != NONE) {
            const std::size_t comma = phraseEdges(w, subject).first;
            named = comma >= 1 && w[comma].form == "," ? comma - 1 : NONE;
            while (named != NONE && w[named].deprel == "flat" && headOf(w, named) != NONE &&
                   headOf(w, named) < named) {
                named = headOf(w, named);
            }
            if (named == NONE || subject > v || !dominates(w, subject, n) ||
                !isOneOf(w[named].upos, {"PROPN", "NOUN"}) || w[subject].upos != "NOUN") {
                continue;
            }
            host = verbAtOrAbove(w, named);
        }
        if (host == NONE || dominates(w, v, host) || (w[n].deprel == "nmod" && named == NONE)) {
            continue;
        }
        if (named != NONE) {
            w[subject].head = static_cast<int>(named) + 1;
            w[subject].deprel = "appos";
        }
        w[v].head = static_cast<int>(host) + 1;
        w[v].deprel = "advcl";
        for (std::size_t k = 0; k < n; ++k) {
            if (headOf(w, k) == n && w[k].deprel == "punct") {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[n].head = static_cast<int>(v) + 1;
        w[n].deprel = "nsubj";
        w[c].head = static_cast<int>(v) + 1;
        w[c].deprel = "mark";
        w[c].upos = "SCONJ";
        ++mended;
    }
    return mended;
}

// A name cut in two at a lower-case particle: "poisoning President Luiz Inácio Lula *da
// Silva*" with "da Silva" an oblique of its own, "Ursula *von der* Leyen". The particles and the
// capitalised words after them join the name before (as `flat`, the particles as names). How
// many it mended.
std::size_t nameSplitAtItsParticle(std::vector<Token>& w) {
    std::size_t mended = 0;
    const auto particle = [&](std::size_t k) {
        return isOneOf(w[k].form, {"da", "de", "do", "dos", "das", "di", "du", "van", "von", "der",
                                   "den", "del", "della", "bin", "ibn", "ter", "la"});
    };
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        if (!particle(k) || w[k - 1].upos != "PROPN" || !capitalised(w[k - 1].form)) {
            continue; // (the cheap tests first: this runs for every word)
        }
        std::size_t end = k;
        while (end < w.size() && particle(end)) {
            ++end;
        }
        if (end == w.size() || w[end].upos != "PROPN" || !capitalised(w[end].form)) {
            continue;
        }
        while (end + 1 < w.size() && w[end + 1].upos == "PROPN" && capitalised(w[end + 1].form)) {
            ++end;
        }
        // (the name before: its head, the word of its run hung outside the run)
        std::size_t first = k - 1;
        while (first > 0 && w[first - 1].upos == "PROPN" && capitalised(w[first - 1].form)) {
            --first;
        }
        const std::size_t name = headOfARun(w, first, k, end);
        bool whole = name != NONE;
        for (std::size_t j = k; j <= end && whole; ++j) {
            whole = !dominates(w, j, name);
        }
        if (!whole) {
            continue;
        }
        bool moved = false;
        for (std::size_t j = k; j <= end; ++j) {
            if (headOf(w, j) != name || w[j].deprel != "flat") {
                // (what hung on a moved word outside the name goes to the name)
                for (std::size_t c = 0; c < w.size(); ++c) {
                    if (headOf(w, c) == j && (c < first || c > end)) {
                        w[c].head = static_cast<int>(name) + 1;
                    }
                }
                w[j].head = static_cast<int>(name) + 1;
                w[j].deprel = "flat";
                moved = true;
            }
            if (particle(j)) {
                w[j].upos = "PROPN";
                w[j].xpos = "NNP";
                w[j].lemma = w[j].form;
            }
        }
        mended += moved ? 1 : 0;
        k = end;
    }
    return mended;
}

// A relative clause opened by a preposition and "which" after a noun's comma, parsed as a
// clause of the main verb: "Mitsubishi Motors, *in which* Nissan holds a 24% stake, may also
// join" with "holds" an adverbial clause of "join". The clause is the noun's. How many moved.
std::size_t relativeClauseAfterAPrepositionsWhich(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 3; r + 1 < w.size(); ++r) {
        const std::size_t v = headOf(w, r);
        if (!isOneOf(lowercaseAscii(w[r].form), {"which", "whom"}) || v == NONE || v <= r ||
            w[r - 2].form != "," || w[r - 1].deprel != "case" || headOf(w, r - 1) != r) {
            continue; // (the cheap tests first: this runs for every word)
        }
        std::size_t noun = r - 3;
        while (isOneOf(w[noun].deprel, {"flat", "compound"}) && headOf(w, noun) != NONE &&
               headOf(w, noun) > noun && headOf(w, noun) < r) {
            noun = headOf(w, noun); // (a name's head: "Motors" of "Mitsubishi Motors")
        }
        while (w[noun].deprel == "flat" && headOf(w, noun) != NONE && headOf(w, noun) < noun) {
            noun = headOf(w, noun); // ("Bob" of "Bob Iger")
        }
        // (not one already on a noun: "an opinion concurring in part, in which SOUTER ...
        // joined" is the opinion's)
        if (w[v].upos != "VERB" || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            headOf(w, v) == noun || w[v].head == 0 || w[v].deprel == "acl:relcl" ||
            dominates(w, v, noun)) {
            continue;
        }
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl:relcl";
        ++moved;
    }
    return moved;
}

// The verb of a clause after "after" whose subject carries a participle and its agent, parsed
// as a participle on the agent: "days after thousands of pagers used by Hezbollah members
// *exploded* across Lebanon" (as if the members had been exploded). The verb heads the clause,
// with the preposition its marker and the noun the participle is on (or the count it is of)
// its subject, and the clause hangs on the verb above. How many it mended.
std::size_t verbAfterAnAgentsPhrase(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 4; v < w.size(); ++v) {
        const std::size_t agent = headOf(w, v);
        if (w[v].deprel != "acl" || w[v].upos != "VERB" || !isOneOf(w[v].xpos, {"VBD", "VBN"}) ||
            agent == NONE || agent + 1 != v || w[agent].deprel != "obl:agent") {
            continue; // (the cheap tests first: this runs for every word)
        }
        const std::size_t participle = headOf(w, agent);
        if (participle == NONE || w[participle].deprel != "acl" ||
            hasChild(w, v, [](const std::string& r) {
                return r == "obj" || r.starts_with("aux") || r.starts_with("nsubj");
            })) {
            continue;
        }
        std::size_t subject = headOf(w, participle);
        while (subject != NONE && w[subject].deprel == "nmod" && headOf(w, subject) != NONE &&
               headOf(w, subject) < subject && caseWordOf(w, subject, {"of"}) != NONE) {
            subject = headOf(w, subject); // ("thousands" of "thousands of pagers")
        }
        const std::size_t marker =
            subject == NONE ? NONE : caseWordOf(w, subject, {"after", "before", "until", "since"});
        const std::size_t host = marker == NONE ? NONE : verbAtOrAbove(w, headOf(w, subject));
        if (host == NONE || dominates(w, v, host)) {
            continue;
        }
        w[v].head = static_cast<int>(host) + 1;
        w[v].deprel = "advcl";
        w[v].xpos = "VBD";
        w[subject].head = static_cast<int>(v) + 1;
        w[subject].deprel = "nsubj";
        w[marker].head = static_cast<int>(v) + 1;
        w[marker].deprel = "mark";
        w[marker].upos = "SCONJ";
        ++mended;
    }
    return mended;
}

// A participle between commas after the sentence's subject, parsed as the main verb with the
// real main verb after the second comma its parataxis: "Wiz, *founded* in 2020 by four Israeli
// engineers, sells software" (as if Wiz had founded something). With no object of its own,
// the participle modifies the subject (its "by" phrase its agent) and the verb after the
// comma is the main verb. So too when the participle ends an apposition whose noun the parse
// made a second subject: "Shein, the fast fashion retailer *founded* in China, has filed for a
// listing". Whether it mended.
bool participleTakenForTheMainVerbBeforeIt(std::vector<Token>& w) {
    const std::size_t r = rootOf(w);
    if (r == NONE || r < 2 || w[r].upos != "VERB" || !isOneOf(w[r].xpos, {"VBD", "VBN"}) ||
        hasChild(w, r, [](const std::string& rel) {
            return rel.starts_with("aux") || rel == "obj" || rel == "ccomp" || rel == "xcomp";
        })) {
        return false;
    }
    const auto isSubject = [](const std::string& rel) { return rel == "nsubj"; };
    std::size_t subject = lastChildBefore(w, r, r, isSubject);
    if (subject == NONE || phraseEdges(w, subject).second + 1 < r ||
        !isOneOf(w[subject].upos, {"PROPN", "NOUN"})) {
        return false;
    }
    std::size_t apposition = NONE;
    if (w[r - 1].form != ",") {
        const std::size_t comma = phraseEdges(w, subject).first - 1;
        const std::size_t name = lastChildBefore(w, r, subject, isSubject);
        if (w[subject].upos != "NOUN" || comma == NONE || comma == 0 || w[comma].form != "," ||
            !hasChild(w, subject, [](const std::string& rel) { return rel == "det"; }) ||
            name == NONE || phraseEdges(w, name).second + 1 < comma ||
            !isOneOf(w[name].upos, {"PROPN", "NOUN"})) {
            return false;
        }
        apposition = subject;
        subject = name;
    }
    std::size_t main = NONE;
    for (std::size_t k = r + 2; k < w.size() && main == NONE; ++k) {
        if (headOf(w, k) == r && isOneOf(w[k].deprel, {"parataxis", "conj"}) &&
            w[k].upos == "VERB" &&
            (isOneOf(w[k].xpos, {"VBZ", "VBD", "VBP"}) ||
             (w[k].xpos == "VBN" &&
              hasChild(w, k, [](const std::string& rel) { return rel == "aux"; }))) &&
            (w[k - 1].form == "," || (w[k - 1].upos == "AUX" && w[k - 2].form == ","))) {
            main = k;
        }
    }
    if (main == NONE || hasChild(w, main, [](const std::string& rel) {
            return rel.starts_with("nsubj") || rel == "cc" || rel == "mark";
        })) {
        return false;
    }
    if (apposition != NONE) {
        // (the apposition's commas are its own)
        for (std::size_t k = subject + 1; k < main; ++k) {
            if (w[k].form == "," && (headOf(w, k) == subject || headOf(w, k) == r)) {
                w[k].head = static_cast<int>(apposition) + 1;
            }
        }
        w[apposition].head = static_cast<int>(subject) + 1;
        w[apposition].deprel = "appos";
    }
    for (std::size_t k = main + 1; k < w.size(); ++k) {
        if (headOf(w, k) == r) {
            w[k].head = static_cast<int>(main) + 1;
        }
    }
    for (std::size_t k = r + 1; k < main; ++k) {
        const std::size_t by = caseWordOf(w, k, {"by"});
        if (headOf(w, k) == r && w[k].deprel == "obl" && by != NONE) {
            w[k].deprel = "obl:agent";
        }
    }
    w[main].head = 0;
    w[main].deprel = "root";
    w[r].head = static_cast<int>(apposition == NONE ? subject : apposition) + 1;
    w[r].deprel = "acl";
    w[r].xpos = "VBN";
    w[subject].head = static_cast<int>(main) + 1;
    w[subject].deprel = "nsubj";
    return true;
}

// A past tense right after a clause's subject that the parse read as an adjective of the object
// after it, making the object the clause's head: "alleging that the retailer *used* illegal
// tactics" with "used" an adjective of "tactics" and "retailer" its subject. A noun takes a
// subject only with "be" beside it; without one, the word is the clause's verb and the noun its
// object. How many it mended.
std::size_t verbTakenForAnAdjectiveOfItsObject(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a < w.size(); ++a) {
        const std::size_t noun = headOf(w, a);
        if (w[a].deprel != "amod" || noun == NONE || noun <= a || w[noun].upos != "NOUN" ||
            !(isOneOf(w[a].xpos, {"VBD", "VBN"}) || w[a].form.ends_with("ed")) ||
            lowercaseAscii(w[a].form) != w[a].form ||
            hasChild(w, noun, [](const std::string& rel) { return rel == "cop"; })) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, noun, a, [](const std::string& rel) { return rel == "nsubj"; });
        if (subject == NONE || phraseEdges(w, subject).second + 1 != a) {
            continue;
        }
        const std::string verb = lemmas.lemma(w[a].form, "VERB", "VBD");
        if (!lemmas.knownVerb(verb)) {
            continue;
        }
        for (std::size_t k = 0; k < a; ++k) {
            if (headOf(w, k) == noun) {
                w[k].head = static_cast<int>(a) + 1;
            }
        }
        w[a].head = w[noun].head;
        w[a].deprel = w[noun].deprel;
        w[a].upos = "VERB";
        w[a].xpos = "VBD";
        w[a].lemma = verb;
        w[noun].head = static_cast<int>(a) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// Two phrases with a comma between them that the parse made one noun's, the first's words and
// the second's opening words compounds of the second's noun: "sending thousands of troops,
// including soldiers *from North Korea, according to Ukrainian and South Korean intelligence*"
// with "Korea" and "Ukrainian" compounds of "intelligence", "from" its preposition and
// "according to" Ukrainian's. A compound takes no preposition of its own; the first phrase ends
// before the comma, with the last word there its head, and the second, the preposition's, goes
// to the clause's verb. How many it mended.
std::size_t secondPhraseInsideANounsCompounds(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 3; c < w.size(); ++c) {
        const std::size_t noun = headOf(w, c);
        if (w[c].deprel != "compound" || noun == NONE || noun < c) {
            continue;
        }
        const std::size_t second = caseWordOf(w, c, {"according", "including", "citing"});
        const std::size_t first =
            lastChildBefore(w, noun, noun, [](const std::string& rel) { return rel == "case"; });
        if (second == NONE || second < 2 || w[second - 1].form != "," || first == NONE ||
            first + 2 >= second || headOf(w, second - 2) != noun ||
            !isOneOf(w[second - 2].upos, {"PROPN", "NOUN"})) {
            continue;
        }
        const std::size_t last = second - 2; // the first phrase's noun
        const std::size_t verb = verbAtOrAbove(w, headOf(w, noun));
        if (verb == NONE) {
            continue;
        }
        for (std::size_t k = first + 1; k < last; ++k) {
            if (headOf(w, k) == noun) {
                w[k].head = static_cast<int>(last) + 1;
            }
        }
        w[first].head = static_cast<int>(last) + 1;
        w[last].head = w[noun].head;
        w[last].deprel = w[noun].deprel;
        w[second].head = static_cast<int>(noun) + 1;
        w[second - 1].head = static_cast<int>(noun) + 1;
        w[second - 1].deprel = "punct";
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A verb joined by ", and" to the verb of a relative clause set off by commas, with no subject
// of its own and the main verb's auxiliary rather than the clause's: "Niccol *will* not move to
// Seattle, where Starbucks is based, and *will* commute from California" with "commute" joined
// to "based". The same auxiliary says the verb goes on the main clause, which it is joined to.
// How many moved.
std::size_t mainVerbsConjunctOnARelativeClause(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t c = 4; c < w.size(); ++c) {
        const std::size_t r = headOf(w, c);
        if (w[c].deprel != "conj" || w[c].upos != "VERB" || r == NONE || r > c ||
            w[r].deprel != "acl:relcl" ||
            hasChild(w, c, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
            continue;
        }
        const std::size_t cc =
            lastChildBefore(w, c, c, [](const std::string& rel) { return rel == "cc"; });
        const std::size_t aux =
            lastChildBefore(w, c, c, [](const std::string& rel) { return rel == "aux"; });
        const std::size_t open = phraseEdges(w, r).first;
        if (cc == NONE || cc == 0 || w[cc - 1].form != "," || aux == NONE || aux < cc ||
            !(w[open].form == "," || (open > 0 && w[open - 1].form == ","))) {
            continue;
        }
        const std::size_t main = verbAtOrAbove(w, headOf(w, r));
        const auto sameAux = [&](std::size_t v) {
            for (std::size_t k = 0; k < v; ++k) {
                if (headOf(w, k) == v && w[k].deprel == "aux" &&
                    lowercaseAscii(w[k].form) == lowercaseAscii(w[aux].form)) {
                    return true;
                }
            }
            return false;
        };
        if (main == NONE || main > r || !sameAux(main) || sameAux(r)) {
            continue;
        }
        w[c].head = static_cast<int>(main) + 1;
        ++moved;
    }
    return moved;
}

// A participle right after a verb with no object, made the verb's complement with the noun after
// it as its object: "to supply *liquefied* natural gas to India" with "liquefied" an xcomp of
// "supply" and "gas" its object. A participle that completes a verb takes no object of its own
// after it ("got married", "kept hidden"); the word describes the noun, the verb's object, and
// its phrases are the verb's. How many it mended.
std::size_t participleTakenForAComplementBeforeTheObject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t p = 1; p + 1 < w.size(); ++p) {
        const std::size_t v = p - 1;
        if (w[p].deprel != "xcomp" || w[p].xpos != "VBN" || headOf(w, p) != v ||
            w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& rel) { return rel == "obj"; })) {
            continue;
        }
        std::size_t object = NONE;
        for (std::size_t k = p + 1; k < w.size() && object == NONE; ++k) {
            object = headOf(w, k) == p && w[k].deprel == "obj" ? k : NONE;
        }
        if (object == NONE || w[object].upos != "NOUN" || phraseEdges(w, object).first != p + 1) {
            continue;
        }
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (headOf(w, k) == p && k != object) {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[object].head = static_cast<int>(v) + 1;
        w[object].deprel = "obj";
        w[p].head = static_cast<int>(object) + 1;
        w[p].deprel = "amod";
        ++mended;
    }
    return mended;
}

// A finite verb after "and" with an object of its own and no subject, made a conjunct of the
// object of a verb in the same tense before it: "The state government ordered an
// investigation and *promised* compensation to the families" with "promised" joined to
// "investigation". A noun is joined to no verb; the verb is joined to the verb. How many moved.
std::size_t verbJoinedToAnObject(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t v = 3; v < w.size(); ++v) {
        const std::size_t noun = headOf(w, v);
        const std::size_t verb = noun == NONE ? NONE : headOf(w, noun);
        if (w[v].deprel != "conj" || w[v].upos != "VERB" || verb == NONE ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || !isOneOf(w[noun].deprel, {"obj", "obl"}) ||
            w[verb].upos != "VERB" || w[v - 1].upos != "CCONJ" || headOf(w, v - 1) != v) {
            continue;
        }
        // (a past tense the tagger took for a participle, with no auxiliary, as well)
        const bool past = w[verb].xpos == "VBD" &&
                          (w[v].xpos == "VBD" ||
                           (w[v].xpos == "VBN" && !hasChild(w, v, [](const std::string& rel) {
                                return rel.starts_with("aux");
                            })));
        const bool present =
            isOneOf(w[v].xpos, {"VBZ", "VBP"}) && isOneOf(w[verb].xpos, {"VBZ", "VBP"});
        if (!(past || present) ||
            hasChild(w, v, [](const std::string& rel) { return rel.starts_with("nsubj"); }) ||
            !hasChild(w, v, [](const std::string& rel) { return rel == "obj"; })) {
            continue;
        }
        w[v].head = static_cast<int>(verb) + 1;
        w[v].xpos = past ? "VBD" : w[v].xpos;
        ++moved;
    }
    return moved;
}

// The noun of an "according to" phrase made the subject of a participle after it: "according to
// two people *briefed* on the discussions" with "people" the subject of "briefed" and
// "briefed" a clause of its own. A source is no subject: the phrase is an oblique of what the
// participle hung on, and the participle describes its noun. How many it mended.
std::size_t sourceTakenForASubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t n = 2; n + 1 < w.size(); ++n) {
        const std::size_t v = headOf(w, n);
        if (w[n].deprel != "nsubj" || v == NONE || v < n || w[v].upos != "VERB" ||
            !isOneOf(w[v].xpos, {"VBN", "VBD"}) || w[v].head == 0 ||
            caseWordOf(w, n, {"according"}) == NONE ||
            hasChild(w, v, [](const std::string& rel) { return rel.starts_with("aux"); })) {
            continue;
        }
        w[n].head = w[v].head;
        w[n].deprel = "obl";
        w[v].head = static_cast<int>(n) + 1;
        w[v].deprel = "acl";
        w[v].xpos = "VBN";
        ++mended;
    }
    return mended;
}

// A common noun with its article right before the name it describes, the name the verb's
// subject and the noun a bare oblique of the verb, as if a time: "The British *drugmaker*
// AstraZeneca will build a factory" with "drugmaker" like "Tuesday". The noun is the subject,
// the name its apposition, as "The chipmaker Qualcomm approached Intel" has them. How many it
// mended.
std::size_t descriptionTakenForATime(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t name = k + 1;
        const std::size_t v = headOf(w, k);
        if (!isOneOf(w[k].deprel, {"obl:unmarked", "obl:tmod", "obl:npmod"}) ||
            w[k].upos != "NOUN" || lowercaseAscii(w[k].form) != w[k].form || v == NONE ||
            v <= name || w[name].upos != "PROPN" || w[name].deprel != "nsubj" ||
            headOf(w, name) != v || stretchOfTime(lowercaseAscii(w[k].form)) ||
            isOneOf(w[k].lemma, {"morning", "afternoon", "evening", "night", "weekend", "time",
                                 "season", "quarter", "spring", "summer", "autumn", "fall",
                                 "winter", "century", "era", "period", "term", "session"}) ||
            !hasChild(w, k, [](const std::string& rel) { return rel == "det"; })) {
            continue;
        }
        w[k].deprel = "nsubj";
        w[name].head = static_cast<int>(k) + 1;
        w[name].deprel = "appos";
        ++mended;
    }
    return mended;
}

// A participle of naming after a verb's noun, parsed as a clause with the noun its subject:
// "formed a new shipping alliance *called* Gemini" with "alliance" the subject of "called", a
// complement of "formed". Unless the verb is one of saying or thinking ("said the plan called
// for cuts"), the noun is the verb's object and the participle names it. How many it mended.
std::size_t namingParticipleTakenForAClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t c = 2; c < w.size(); ++c) {
        const std::size_t v = headOf(w, c);
        if (w[c].deprel != "ccomp" || !isOneOf(w[c].xpos, {"VBN", "VBD"}) || v == NONE || v > c ||
            !isOneOf(lowercaseAscii(w[c].form), {"called", "named", "dubbed"}) ||
            w[v].upos != "VERB" || closingReportVerb(w[v].lemma) ||
            isOneOf(w[v].lemma, {"think", "believe", "consider", "expect", "find", "know", "see",
                                 "hear", "show", "suggest", "mean", "argue", "warn", "fear"}) ||
            hasChild(w, v, [](const std::string& rel) { return rel == "obj"; }) ||
            hasChild(w, c, [](const std::string& rel) {
                return rel.starts_with("aux") || rel == "mark" || rel == "cop";
            })) {
            continue;
        }
        const std::size_t noun =
            lastChildBefore(w, c, c, [](const std::string& rel) { return rel == "nsubj"; });
        if (noun == NONE || w[noun].upos != "NOUN" || phraseEdges(w, noun).second + 1 != c ||
            !hasChild(w, noun, [](const std::string& rel) { return rel == "det"; })) {
            continue;
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "obj";
        w[c].head = static_cast<int>(noun) + 1;
        w[c].deprel = "acl";
        w[c].xpos = "VBN";
        ++mended;
    }
    return mended;
}

// An object right after the verb of an adverbial clause that has a subject and no object of
// its own, hung across the clause on the main verb: "Protesters clashed with police after the
// government suspended *talks*" with "talks" an object of "clashed". The clause's verb takes
// it. How many moved.
std::size_t objectAcrossAnAdverbialClause(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t o = 3; o < w.size(); ++o) {
        const std::size_t v = headOf(w, o);
        if (w[o].deprel != "obj" || v == NONE || v > o) {
            continue;
        }
        const std::size_t a = phraseEdges(w, o).first - 1;
        if (a <= v || headOf(w, a) != v || w[a].deprel != "advcl" || w[a].upos != "VERB" ||
            !hasChild(w, a, [](const std::string& rel) { return rel == "mark"; }) ||
            !hasChild(w, a, [](const std::string& rel) { return rel.starts_with("nsubj"); }) ||
            hasChild(w, a, [](const std::string& rel) {
                return isOneOf(rel, {"obj", "ccomp", "xcomp", "aux:pass"});
            })) {
            continue;
        }
        w[o].head = static_cast<int>(a) + 1;
        ++moved;
    }
    return moved;
}

// An object relative clause whose verb the parse hung on the clause's subject, with the main
// verb after the clause's closing comma taken for the clause's verb and the sentence left on
// its subject noun: "The airline, which the Tata group *bought* from the government in 2022,
// *plans* to expand" with "bought" a participle of "group" and "plans" the relative verb of
// "airline". The first verb is the relative clause's, with "which" its object; the second is
// the main verb, with the noun its subject. How many it mended.
std::size_t objectRelativeVerbTakenForAModifier(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    const std::size_t noun = rootOf(w);
    if (noun == NONE || !isOneOf(w[noun].upos, {"NOUN", "PROPN"})) {
        return 0;
    }
    for (std::size_t v = noun + 4; v < w.size(); ++v) {
        if (headOf(w, v) != noun || w[v].deprel != "acl:relcl" || w[v - 1].form != ",") {
            continue;
        }
        // (the main verb's "-s" form may have been read as a plural: "*plans* to expand")
        const bool plural =
            w[v].xpos == "NNS" && lemmas.knownVerb(lemmas.lemma(w[v].form, "VERB", "VBZ"));
        if (!(w[v].upos == "VERB" || plural)) {
            continue;
        }
        const std::size_t which =
            lastChildBefore(w, v, v, [](const std::string& rel) { return rel == "obj"; });
        const std::size_t subject =
            lastChildBefore(w, v, v, [](const std::string& rel) { return rel == "nsubj"; });
        if (which == NONE || !isOneOf(lowercaseAscii(w[which].form), {"which", "that", "whom"}) ||
            subject == NONE || subject < which) {
            continue;
        }
        std::size_t past = NONE;
        for (std::size_t k = subject + 1; k < v && past == NONE; ++k) {
            if (headOf(w, k) == subject && w[k].deprel == "acl" && w[k].upos == "VERB" &&
                isOneOf(w[k].xpos, {"VBD", "VBN"}) &&
                !hasChild(w, k, [](const std::string& rel) { return rel == "obj"; })) {
                past = k;
            }
        }
        if (past == NONE) {
            continue;
        }
        // The clause's words go to its verb; what follows the comma stays the main verb's.
        for (std::size_t k = which; k < v; ++k) {
            if (headOf(w, k) == v || (headOf(w, k) == subject && k > past)) {
                w[k].head = static_cast<int>(past) + 1;
            }
        }
        if (which > 0 && w[which - 1].form == ",") {
            w[which - 1].head = static_cast<int>(past) + 1;
            w[which - 1].deprel = "punct";
        }
        w[past].head = static_cast<int>(noun) + 1;
        w[past].deprel = "acl:relcl";
        w[past].xpos = "VBD";
        w[which].head = static_cast<int>(past) + 1;
        w[which].deprel = "obj";
        w[subject].head = static_cast<int>(past) + 1;
        w[subject].deprel = "nsubj";
        if (plural) {
            w[v].upos = "VERB";
            w[v].xpos = "VBZ";
            w[v].lemma = lemmas.lemma(w[v].form, "VERB", "VBZ");
        }
        // (A verb's infinitive is its complement, not a noun's clause: "plans *to expand*"; the
        // closing stop is the verb's.)
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            if (headOf(w, k) == v && w[k].deprel == "acl" && w[k].xpos == "VB") {
                w[k].deprel = "xcomp";
            } else if (headOf(w, k) == noun && w[k].deprel == "punct") {
                w[k].head = static_cast<int>(v) + 1;
            }
        }
        w[v].head = w[noun].head;
        w[v].deprel = w[noun].deprel;
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        ++mended;
        break;
    }
    return mended;
}

// A plural noun joined by "and" to a past tense's object, read as an "-s" verb joined to the
// past tense: "Floods destroyed homes and *crops* across Sindh province" with "crops" a verb.
// A verb joined to a past tense with no subject of its own shares its tense; an "-s" form
// there, a noun's plural too, with no object of its own, is the object's conjunct. How many it
// mended.
std::size_t pluralTakenForAJoinedVerb(std::vector<Token>& w, const Lemmatizer& lemmas,
                                      const std::function<bool(const std::string&)>& isNoun) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k < w.size(); ++k) {
        const std::size_t v = headOf(w, k);
        const std::size_t object = k - 2;
        if (w[k].deprel != "conj" || w[k].xpos != "VBZ" || v == NONE || v > object ||
            w[v].xpos != "VBD" || w[k - 1].upos != "CCONJ" || headOf(w, k - 1) != k ||
            w[object].upos != "NOUN" || headOf(w, object) != v || w[object].deprel != "obj" ||
            lowercaseAscii(w[k].form) != w[k].form || hasChild(w, k, [](const std::string& rel) {
                return rel.starts_with("nsubj") || isOneOf(rel, {"obj", "ccomp", "xcomp", "aux"});
            })) {
            continue;
        }
        const std::string noun = lemmas.lemma(w[k].form, "NOUN", "NNS");
        if (!isNoun(noun)) {
            continue;
        }
        for (std::size_t c = 0; c < w.size(); ++c) {
            if (headOf(w, c) == k && w[c].deprel == "obl") {
                w[c].deprel = "nmod";
            }
        }
        w[k].head = static_cast<int>(object) + 1;
        w[k].upos = "NOUN";
        w[k].xpos = "NNS";
        w[k].lemma = noun;
        ++mended;
    }
    return mended;
}

// A relative clause with no relative word in which someone says something of the noun, taken
// for an aside on the whole sentence: "a list of firms *it says* work with the Chinese
// military" with "says" a parataxis of the main verb (which made the main clause what "it"
// says). With no comma between the noun and the clause's subject, the clause is the noun's,
// and what it says its complement. How many it mended.
std::size_t reportingRelativeTakenForAnAside(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 2; v < w.size(); ++v) {
        const std::size_t subject = v - 1;
        const std::size_t noun = v - 2;
        if (w[v].deprel != "parataxis" || w[v].upos != "VERB" || !closingReportVerb(w[v].lemma) ||
            w[subject].upos != "PRON" ||
            !isOneOf(lowercaseAscii(w[subject].form), {"it", "they", "he", "she"}) ||
            headOf(w, subject) != v || w[noun].upos != "NOUN" ||
            lowercaseAscii(w[noun].form) != w[noun].form || dominates(w, v, noun)) {
            continue;
        }
        // (what is said, a verb; or a base form right after the verb, with no article, that
        // the tagger took for a noun: "firms it says *work* with the military")
        std::size_t said = NONE;
        bool base = false;
        for (std::size_t k = v + 1; k < w.size() && said == NONE; ++k) {
            base = k == v + 1 && w[k].upos == "NOUN" && w[k].xpos == "NN" &&
                   lowercaseAscii(w[k].form) == w[k].form &&
                   !hasChild(w, k, [](const std::string& rel) { return rel == "det"; });
            if (headOf(w, k) == v && isOneOf(w[k].deprel, {"obj", "ccomp"}) &&
                (w[k].upos == "VERB" || base)) {
                said = k;
            }
        }
        if (said == NONE) {
            continue;
        }
        if (base) {
            w[said].upos = "VERB";
            w[said].xpos = "VBP";
            w[said].lemma = lowercaseAscii(w[said].form);
            for (std::size_t c = 0; c < w.size(); ++c) {
                if (headOf(w, c) == said && w[c].deprel == "nmod") {
                    w[c].deprel = "obl";
                }
            }
        }
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl:relcl";
        w[said].deprel = "ccomp";
        ++mended;
    }
    return mended;
}

// An adjective before a name read as a small clause with the name its subject: "will include
// *former* Treasury Secretary Larry Summers" with "former" an open complement of "include" and
// "Larry" its subject. EWT has no adjective complement with its subject after it: the name is
// the verb's object and the adjective modifies the words right after it. How many it mended.
std::size_t adjectiveTakenForASmallClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 1 < w.size(); ++a) {
        const std::size_t v = headOf(w, a);
        if (w[a].upos != "ADJ" || w[a].deprel != "xcomp" || v == NONE || v > a ||
            w[v].upos != "VERB" ||
            hasChild(w, v, [](const std::string& rel) { return rel == "obj"; })) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, a, w.size(), [](const std::string& rel) { return rel == "nsubj"; });
        const std::size_t next = headOf(w, a + 1);
        if (subject == NONE || subject <= a || !isOneOf(w[subject].upos, {"PROPN", "NOUN"}) ||
            phraseEdges(w, subject).first != a + 1 || next == NONE ||
            !(next == subject || dominates(w, subject, next)) ||
            hasChild(w, a, [&](const std::string& rel) {
                return rel != "nsubj" && rel != "advmod" && rel != "punct";
            })) {
            continue;
        }
        w[subject].head = static_cast<int>(v) + 1;
        w[subject].deprel = "obj";
        for (std::size_t c = a + 1; c < w.size(); ++c) {
            if (headOf(w, c) == a && w[c].deprel == "punct") {
                w[c].head = static_cast<int>(v) + 1;
            }
        }
        w[a].head = static_cast<int>(next) + 1;
        w[a].deprel = "amod";
        ++mended;
    }
    return mended;
}

// A relative clause's pronoun taken for the object of the clause's infinitive when that
// infinitive has an object of its own: "a shadow fleet *that* Moscow uses to evade sanctions"
// with "that" and "sanctions" both objects of "evade" (EWT gives no verb two objects with a
// relative pronoun among them). The pronoun is the object of the clause's verb, when that has
// none. How many it moved.
std::size_t relativePronounOnTheInfinitive(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t r = 1; r + 3 < w.size(); ++r) {
        const std::size_t inf = headOf(w, r);
        if (w[r].deprel != "obj" || inf == NONE || inf <= r ||
            !isOneOf(lowercaseAscii(w[r].form), {"that", "which", "whom"}) ||
            w[inf].deprel != "xcomp") {
            continue;
        }
        const std::size_t clause = headOf(w, inf);
        const std::size_t own =
            lastChildBefore(w, inf, w.size(), [](const std::string& rel) { return rel == "obj"; });
        if (clause == NONE || clause <= r || clause > inf || own == NONE || own <= inf ||
            w[clause].deprel != "acl:relcl" || w[clause].upos != "VERB" ||
            hasChild(w, clause, [](const std::string& rel) { return rel == "obj"; })) {
            continue;
        }
        w[r].head = static_cast<int>(clause) + 1;
        ++moved;
    }
    return moved;
}

// A base form joined by "and" to a verb's object, read as a noun because the particle after it
// was read as a preposition: "would cut 7,500 jobs and *spin off* its ice cream business" with
// "spin" a conjunct of "jobs" and "off" the case of "business". A word the lemmatizer knows as
// a verb, with no determiner, right after "and" and before a particle and a determiner, joined
// to the object of a verb in its base form, is that verb's conjunct; the particle is its
// particle and the noun phrase after it its object. How many it mended.
std::size_t baseFormTakenForAJoinedNoun(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t k = 3; k + 3 < w.size(); ++k) {
        const std::size_t object = headOf(w, k);
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        if (w[k].deprel != "conj" || w[k].upos != "NOUN" || w[k].xpos != "NN" ||
            lowercaseAscii(w[k].form) != w[k].form || verb == NONE || w[verb].upos != "VERB" ||
            w[verb].xpos != "VB" || w[object].deprel != "obj" || object > k ||
            lowercaseAscii(w[k - 1].form) != "and" ||
            !directionParticle(lowercaseAscii(w[k + 1].form)) ||
            !(w[k + 2].upos == "DET" || w[k + 2].xpos == "PRP$") ||
            hasChild(w, k, [](const std::string& rel) { return rel == "det"; }) ||
            !lemmas.knownVerb(lowercaseAscii(w[k].form))) {
            continue;
        }
        const std::size_t noun = headOf(w, k + 2);
        if (noun == NONE || noun <= k + 2 || headOf(w, k + 1) != noun ||
            w[k + 1].deprel != "case") {
            continue;
        }
        w[k].upos = "VERB";
        w[k].xpos = "VB";
        w[k].lemma = lowercaseAscii(w[k].form);
        w[k].head = static_cast<int>(verb) + 1;
        w[k + 1].upos = "ADP";
        w[k + 1].xpos = "RP";
        w[k + 1].head = static_cast<int>(k) + 1;
        w[k + 1].deprel = "compound:prt";
        w[noun].head = static_cast<int>(k) + 1;
        w[noun].deprel = "obj";
        ++mended;
    }
    return mended;
}

// "due to" read as the preposition before an infinitive: "The officers were due *to* lead a
// force" with "to" fixed onto "due". Before a base form that "due" takes as its complement,
// "to" marks that infinitive. How many it mended.
std::size_t infinitiveAfterDue(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t due = k - 1;
        if (w[k].deprel != "fixed" || headOf(w, k) != due || lowercaseAscii(w[due].form) != "due" ||
            lowercaseAscii(w[k].form) != "to" || w[k + 1].xpos != "VB" || headOf(w, k + 1) != due) {
            continue;
        }
        w[k].head = static_cast<int>(k + 1) + 1;
        w[k].deprel = "mark";
        w[k].upos = "PART";
        w[k].xpos = "TO";
        w[k + 1].deprel = "xcomp";
        ++mended;
    }
    return mended;
}

// A noun of time with a bare relative clause after it, taken for a second subject of that
// clause's verb: "..., the first time a deputy president was removed in Kenya" with "time" and
// "president" both subjects of "removed". The noun says when: it is an oblique of the verb the
// clause hung on, and the clause its relative clause. How many it mended.
std::size_t timeNounTakenForASecondSubject(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 2; v < w.size(); ++v) {
        const std::size_t up = headOf(w, v);
        if (w[v].upos != "VERB" || up == NONE) {
            continue;
        }
        std::size_t first = NONE;
        std::size_t second = NONE;
        for (std::size_t k = 0; k < v; ++k) {
            if (headOf(w, k) == v && w[k].deprel.starts_with("nsubj")) {
                (first == NONE ? first : second) = k;
            }
        }
        if (first == NONE || second == NONE || w[first].upos != "NOUN" ||
            !isOneOf(w[first].lemma, {"time", "day", "week", "month", "year", "moment", "night",
                                      "morning", "evening", "afternoon", "hour", "weekend"}) ||
            phraseEdges(w, first).second + 1 != phraseEdges(w, second).first) {
            continue;
        }
        w[first].head = static_cast<int>(up) + 1;
        w[first].deprel = "obl:unmarked";
        w[v].head = static_cast<int>(first) + 1;
        w[v].deprel = "acl:relcl";
        ++mended;
    }
    return mended;
}

// A bare relative clause on the object of a clause before it, taken for a clause of its own
// that the earlier clause hangs on: "accused him of stirring divisions and amassing wealth he
// could not explain" with "stirring" an adverbial of "explain", and "explain" hung on "accused".
// The verb has a subject right after the noun, no object, and a dependent before its head's
// word that holds the noun: the verb is the noun's relative clause, and that dependent goes
// back to the verb the clause hung on. How many it mended.
std::size_t relativeClauseTakenForTheClauseBeforeIt(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t v = 2; v < w.size(); ++v) {
        const std::size_t up = headOf(w, v);
        if (w[v].upos != "VERB" || up == NONE || up > v) {
            continue;
        }
        std::size_t subject = NONE;
        std::size_t early = NONE;
        bool object = false;
        for (std::size_t k = 0; k < w.size(); ++k) {
            if (headOf(w, k) != v) {
                continue;
            }
            if (w[k].deprel == "nsubj" && k < v) {
                subject = k;
            } else if (isOneOf(w[k].deprel, {"obj", "ccomp", "xcomp"})) {
                object = true;
            } else if (k > up && k < v && w[k].deprel == "advcl") {
                early = k;
            }
        }
        if (subject == NONE || early == NONE || object) {
            continue;
        }
        const std::size_t opens = phraseEdges(w, subject).first;
        const std::size_t noun = opens == 0 ? NONE : opens - 1;
        if (noun == NONE || w[noun].upos != "NOUN" || early >= noun || !dominates(w, early, noun) ||
            isOneOf(w[noun].deprel, {"nsubj", "nsubj:pass", "compound"})) {
            continue;
        }
        w[early].head = static_cast<int>(up) + 1;
        w[v].head = static_cast<int>(noun) + 1;
        w[v].deprel = "acl:relcl";
        ++mended;
    }
    return mended;
}

// An object with a number's phrase after it, taken for the possessor of the noun the number
// counts: "sentenced former president Nicolas Sarkozy to five years in prison" with "Sarkozy"
// the possessor of "years" (no "'s" on it) and "to five" its modifier. The name is the verb's
// object, the counted noun the verb's oblique with the preposition and the number. How many it
// mended.
std::size_t objectTakenForThePossessorOfAnAmount(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t x = 1; x + 3 < w.size(); ++x) {
        const std::size_t noun = headOf(w, x);
        if (w[x].deprel != "nmod:poss" || !isOneOf(w[x].upos, {"NOUN", "PROPN"}) || noun == NONE ||
            noun < x + 3 || w[noun].upos != "NOUN" || w[noun].deprel != "obj") {
            continue;
        }
        const std::size_t number = noun - 1;
        const std::size_t preposition = noun - 2;
        const std::size_t verb = headOf(w, noun);
        if (verb == NONE || verb > x || w[number].upos != "NUM" || headOf(w, number) != x ||
            w[number].deprel != "nmod" || headOf(w, preposition) != number ||
            w[preposition].deprel != "case" || std::any_of(w.begin(), w.end(), [&](const Token& t) {
                return t.head == static_cast<int>(x) + 1 && t.deprel == "case";
            })) {
            continue;
        }
        w[x].head = static_cast<int>(verb) + 1;
        w[x].deprel = "obj";
        w[noun].deprel = "obl";
        w[preposition].head = static_cast<int>(noun) + 1;
        w[number].head = static_cast<int>(noun) + 1;
        w[number].deprel = "nummod";
        ++mended;
    }
    return mended;
}

// A second past tense joined to the first verb's object, read as an adjective of the number's
// noun after it: "The storm killed 12 people and *injured* 40 others", "destroyed more than 1,000
// buildings and *forced* 70,000 residents to flee" with "injured" an adjective of "others", a
// conjunct of "people". An adjective made from a verb goes after a determiner, not between "and"
// and a number: the word is a verb joined to the first, the noun its object, and an infinitive
// after the noun that the parse hung on the first object is the second verb's complement. How
// many it mended.
std::size_t verbAfterAndTakenForANumbersAdjective(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t a = 2; a + 2 < w.size(); ++a) {
        const std::size_t noun = headOf(w, a);
        const std::size_t cc = a - 1;
        if (w[a].deprel != "amod" || noun == NONE || noun <= a + 1 || w[noun].deprel != "conj" ||
            !(isOneOf(w[a].xpos, {"VBD", "VBN"}) || w[a].form.ends_with("ed")) ||
            w[a + 1].upos != "NUM" || headOf(w, a + 1) != noun || w[cc].deprel != "cc" ||
            headOf(w, cc) != noun || !isOneOf(lowercaseAscii(w[cc].form), {"and", "or"})) {
            continue;
        }
        const std::size_t first = headOf(w, noun);
        const std::size_t verb = first == NONE ? NONE : headOf(w, first);
        if (verb == NONE || w[first].deprel != "obj" || w[verb].upos != "VERB" ||
            !isOneOf(w[verb].xpos, {"VBD", "VBN", "VBZ", "VBP"})) {
            continue;
        }
        const std::string lemma = lemmas.lemma(w[a].form, "VERB", "VBD");
        if (!lemmas.knownVerb(lemma)) {
            continue;
        }
        w[a].head = static_cast<int>(verb) + 1;
        w[a].deprel = "conj";
        w[a].upos = "VERB";
        w[a].xpos = w[verb].xpos == "VBN" ? "VBN" : "VBD";
        w[a].lemma = lemma;
        w[cc].head = static_cast<int>(a) + 1;
        w[noun].head = static_cast<int>(a) + 1;
        w[noun].deprel = "obj";
        for (std::size_t k = noun + 1; k < w.size(); ++k) {
            if (headOf(w, k) == first && w[k].deprel == "acl" && w[k].xpos == "VB" &&
                hasChild(w, k, [](const std::string& rel) { return rel == "mark"; })) {
                w[k].head = static_cast<int>(a) + 1;
                w[k].deprel = "xcomp";
            }
        }
        ++mended;
    }
    return mended;
}

// The source of a report, a noun with "familiar with", "close to" or "aware of" after it, taken
// apart by the parse: "..., two people familiar with the plan told reporters" with "familiar" a
// clause of its own whose subject is "people" and "told" an adjective of "reporters"; "..., two
// people familiar with the plan said, as ..." with "plan" the subject of "said". The adjective's
// phrase describes the noun before it, the noun is the report's subject, the report takes the
// place the phrase had, and a noun right after it is its object. How many it mended.
std::size_t informedSourceTakenApart(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 3 < w.size(); ++a) {
        const std::size_t noun = a - 1;
        if (w[a].upos != "ADJ" ||
            !isOneOf(lowercaseAscii(w[a].form),
                     {"familiar", "close", "aware", "knowledgeable", "privy"}) ||
            !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) || w[a + 1].upos != "ADP") {
            continue;
        }
        std::size_t v = a + 2;
        while (v < w.size() &&
               (isOneOf(w[v].upos, {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) || w[v].xpos == "PRP$" ||
                w[v].xpos == "POS") &&
               !closingReportVerb(w[v].lemma)) {
            ++v;
        }
        if (v >= w.size() || !closingReportVerb(w[v].lemma) ||
            !isOneOf(w[v].xpos, {"VBD", "VBN", "VBZ", "VBP"}) ||
            !isOneOf(w[v - 1].upos, {"NOUN", "PROPN"}) || v - 1 == a + 1 ||
            (headOf(w, noun) == v && w[noun].deprel == "nsubj" && headOf(w, a) == noun &&
             isOneOf(w[v].deprel, {"root", "parataxis", "ccomp", "conj"}))) {
            continue;
        }
        std::size_t first = noun;
        while (first > 0 && headOf(w, first - 1) == noun && w[first - 1].deprel != "punct") {
            --first;
        }
        // Where the phrase hung outside itself: that is where the report goes.
        std::size_t outer = NONE;
        std::string outerRel;
        for (std::size_t k = first; k <= v && outer == NONE; ++k) {
            const std::size_t h = headOf(w, k);
            if (w[k].deprel != "punct" && (h == NONE || h < first)) {
                outer = h;
                outerRel = h == NONE ? "root" : w[k].deprel;
            }
        }
        if (outerRel.empty()) {
            continue;
        }
        // (A report hung on a noun, "division, two people ... told reporters" with "told" an
        // adjective of "division", goes to that noun's verb.)
        if (!isOneOf(outerRel, {"root", "parataxis", "ccomp", "conj", "advcl"})) {
            outer = verbAtOrAbove(w, outer);
            if (outer == NONE) {
                continue;
            }
            outerRel = "parataxis";
        }
        const std::size_t matter = v - 1;
        for (std::size_t k = v + 1; k < w.size(); ++k) {
            const std::size_t h = headOf(w, k);
            if (h != NONE && h >= first && h < v) {
                const bool object = k == v + 1 && isOneOf(w[k].upos, {"NOUN", "PROPN", "PRON"});
                w[k].head = static_cast<int>(v) + 1;
                if (object) {
                    w[k].deprel = "obj";
                }
            }
        }
        if (first > 0 && w[first - 1].form == ",") {
            w[first - 1].head = static_cast<int>(v) + 1;
        }
        w[v].head = outer == NONE ? 0 : static_cast<int>(outer) + 1;
        w[v].deprel = outerRel;
        w[v].upos = "VERB";
        if (w[v].xpos == "VBN") {
            w[v].xpos = "VBD";
        }
        w[noun].head = static_cast<int>(v) + 1;
        w[noun].deprel = "nsubj";
        w[a].head = static_cast<int>(noun) + 1;
        w[a].deprel = "amod";
        w[matter].head = static_cast<int>(a) + 1;
        w[matter].deprel = "obl";
        ++mended;
    }
    return mended;
}

// A clause of reason or time after a report in the middle of a sentence, hung on the report:
// "Shell will cut 20 percent of jobs, two people familiar with the plan said, as the company
// tries to reduce costs" with "tries" on "said". The report only says who says so; the clause
// goes with the verb it reports. How many it moved.
std::size_t clauseAfterAReportInTheMiddle(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t c = 3; c < w.size(); ++c) {
        const std::size_t r = headOf(w, c);
        if (r == NONE || r >= c || !isOneOf(w[c].deprel, {"advcl", "ccomp"}) ||
            w[r].deprel != "parataxis" || !closingReportVerb(w[r].lemma) || headOf(w, r) == NONE ||
            headOf(w, r) > r) {
            continue;
        }
        const std::size_t mark =
            lastChildBefore(w, c, c, [](const std::string& rel) { return rel == "mark"; });
        if (mark == NONE || mark <= r || w[mark - 1].form != "," ||
            !isOneOf(lowercaseAscii(w[mark].form), {"as", "because", "while", "although", "though",
                                                    "after", "before", "since", "whereas"})) {
            continue;
        }
        w[c].head = w[r].head;
        w[c].deprel = "advcl";
        ++moved;
    }
    return moved;
}

// A main verb read as the participle of its subject, with a clause of time after it taken for
// the participle's oblique: "The negotiations collapsed after Honda proposed making Nissan a
// subsidiary" with "collapsed" a modifier of "negotiations", "after Honda" its oblique and
// "proposed" the root. The participle is the main verb, the preposition the clause's marker,
// its noun the clause's subject and the old root the clause. Whether it mended one.
bool mainVerbTakenForASubjectsParticiple(std::vector<Token>& w) {
    const std::size_t root = rootOf(w);
    if (root == NONE || root < 4 || w[root].upos != "VERB") {
        return false;
    }
    // (The subject may be a name of several words, and its phrase may hang on a time of the
    // participle's: "The coalition collapsed on Wednesday after Chancellor Olaf *Scholz* fired
    // ..." with "after Olaf Scholz" on "Wednesday".)
    std::size_t noun = root - 1;
    for (int steps = 0;
         steps < 4 && w[noun].deprel == "flat" && headOf(w, noun) != NONE && headOf(w, noun) < noun;
         ++steps) {
        noun = headOf(w, noun);
    }
    std::size_t p = headOf(w, noun);
    if (p != NONE && w[noun].deprel == "nmod" && w[p].deprel == "obl") {
        p = headOf(w, p);
    } else if (w[noun].deprel != "obl") {
        return false;
    }
    if (p == NONE || !isOneOf(w[noun].upos, {"PROPN", "NOUN"}) || w[p].deprel != "acl" ||
        !isOneOf(w[p].xpos, {"VBN", "VBD"})) {
        return false;
    }
    const std::size_t subject = headOf(w, p);
    const std::size_t marker = caseWordOf(w, noun, {"after", "before", "since", "until"});
    if (subject == NONE || headOf(w, subject) != root || !w[subject].deprel.starts_with("nsubj") ||
        subject > p || marker == NONE || marker < p) {
        return false;
    }
    w[p].head = 0;
    w[p].deprel = "root";
    w[p].upos = "VERB";
    w[p].xpos = "VBD";
    w[subject].head = static_cast<int>(p) + 1;
    w[subject].deprel = "nsubj";
    w[noun].head = static_cast<int>(root) + 1;
    w[noun].deprel = "nsubj";
    w[marker].head = static_cast<int>(root) + 1;
    w[marker].deprel = "mark";
    w[marker].upos = "SCONJ";
    for (std::size_t k = root + 1; k < w.size(); ++k) {
        if (headOf(w, k) == root && w[k].deprel == "punct" && w[k].form != ",") {
            w[k].head = static_cast<int>(p) + 1; // (the closing stop is the sentence's)
        }
    }
    w[root].head = static_cast<int>(p) + 1;
    w[root].deprel = "advcl";
    return true;
}

// A past tense right after its subject read as an adjective of its object, with the object hung
// on the subject: "where flooding *destroyed* roads and homes" with "roads" an object of
// "flooding"; "The charity Sea-Watch *accused* European governments of abandoning people at sea
// and called for ..." with "governments" an object of "Watch", the subject of "called". A noun
// takes no object: the word is the verb, the noun its subject and the object its own. It takes
// the noun's place, or, when the noun was another verb's subject, that verb's, the verb joined to
// it. How many it mended.
std::size_t pastTenseTakenForItsObjectsAdjective(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t a = 1; a + 1 < w.size(); ++a) {
        const std::size_t object = headOf(w, a);
        const std::size_t noun = a - 1;
        if (w[a].deprel != "amod" || object == NONE || object <= a || w[object].deprel != "obj" ||
            headOf(w, object) != noun || !isOneOf(w[noun].upos, {"NOUN", "PROPN"}) ||
            !w[a].form.ends_with("ed") || lowercaseAscii(w[a].form) != w[a].form ||
            // (a "noun" with a subject of its own is the verb: "before it *services* advanced
            // lithography machines")
            hasChild(w, noun, [](const std::string& rel) { return rel.starts_with("nsubj"); })) {
            continue;
        }
        const std::string verb = lemmas.lemma(w[a].form, "VERB", "VBD");
        if (!lemmas.knownVerb(verb)) {
            continue;
        }
        std::size_t place = noun; // whose head and relation the verb takes
        const std::size_t v = headOf(w, noun);
        if (w[noun].deprel.starts_with("nsubj") && v != NONE && v > object) {
            place = v;
        }
        w[a].head = w[place].head;
        w[a].deprel = w[place].deprel;
        w[a].upos = "VERB";
        w[a].xpos = "VBD";
        w[a].lemma = verb;
        if (place == noun) {
            for (std::size_t k = 0; k < w.size(); ++k) {
                // (the clause's words that hung on the noun: "where", a comma)
                if (k != a && headOf(w, k) == noun &&
                    isOneOf(w[k].deprel, {"advmod", "mark", "aux", "punct"})) {
                    w[k].head = static_cast<int>(a) + 1;
                }
            }
        } else {
            const bool joined = hasChild(w, v, [](const std::string& rel) { return rel == "cc"; });
            for (std::size_t k = 0; k < v; ++k) {
                if (headOf(w, k) == v && k < noun) {
                    w[k].head = static_cast<int>(a) + 1;
                }
            }
            w[v].head = static_cast<int>(a) + 1;
            w[v].deprel = joined ? "conj" : "parataxis";
            for (std::size_t k = v + 1; k < w.size(); ++k) {
                if (headOf(w, k) == v && w[k].deprel == "punct" && k + 1 == w.size()) {
                    w[k].head = static_cast<int>(a) + 1;
                }
            }
        }
        w[noun].head = static_cast<int>(a) + 1;
        w[noun].deprel = "nsubj";
        w[object].head = static_cast<int>(a) + 1;
        ++mended;
    }
    return mended;
}

// A name right after "the" and a common noun inside a preposition's phrase, taken for a bare
// oblique of the verb: "took control of the chipmaker *Nexperia*" with "Nexperia" on "took". The
// noun describes the name: the name is its apposition, as in EWT's "donated by the teacher
// Adz". (A day or a month stays the verb's: "seized control of the country October 12".)
// (Adjectives may come between: "brought by the environmental group *Friends* of the Earth".)
// How many it mended.
std::size_t nameAfterItsNounTakenForAnOblique(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t n = 2; n < w.size(); ++n) {
        const std::size_t noun = n - 1;
        const std::size_t v = headOf(w, n);
        const std::string lower = lowercaseAscii(w[n].form);
        std::size_t the = noun - 1;
        while (the > 0 && w[the].deprel == "amod" && w[the].upos == "ADJ" &&
               headOf(w, the) == noun) {
            --the;
        }
        if (w[n].upos != "PROPN" || v == NONE || v > noun || w[noun].upos != "NOUN" ||
            !isOneOf(w[n].deprel,
                     {"obl", "obl:unmarked", "obl:npmod", "obl:tmod", "obj", "iobj"}) ||
            lowercaseAscii(w[noun].form) != w[noun].form ||
            !isOneOf(w[noun].deprel, {"nmod", "obl", "obl:agent"}) ||
            lowercaseAscii(w[the].form) != "the" || headOf(w, the) != noun || weekday(lower) ||
            monthName(lower) ||
            hasChild(w, n, [](const std::string& rel) { return rel == "case"; })) {
            continue;
        }
        w[n].head = static_cast<int>(noun) + 1;
        w[n].deprel = "appos";
        ++mended;
    }
    return mended;
}

// A noun phrase after a comma that opens with "a" or "an", taken for a conjunct of the name
// before it with no "and" or "or" anywhere in the list: "Joel Kaplan, *a prominent
// Republican*, replaced Nick Clegg" with "Republican" a second subject. It describes the name:
// its apposition (EWT has 55 such phrases as appositions and 3 as conjuncts). How many it
// mended.
std::size_t appositionTakenForAConjunct(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        const std::size_t h = headOf(w, k);
        if (w[k].deprel != "conj" || h == NONE || h > k || !isOneOf(w[k].upos, {"NOUN", "PROPN"}) ||
            !hasChild(w, k, [&](const std::string& rel) { return rel == "det"; })) {
            continue;
        }
        std::size_t det = NONE;
        for (std::size_t c = h + 1; c < k; ++c) {
            if (headOf(w, c) == k && w[c].deprel == "det") {
                det = c;
            }
        }
        if (det == NONE || !isOneOf(lowercaseAscii(w[det].form), {"a", "an"}) ||
            w[det - 1].form != ",") {
            continue;
        }
        // (no "and" or "or" on this conjunct or any other of the head's)
        bool joined = false;
        for (std::size_t c = 0; c < w.size() && !joined; ++c) {
            const std::size_t ch = headOf(w, c);
            joined = w[c].deprel == "cc" && ch != NONE &&
                     (ch == k || (headOf(w, ch) == h && w[ch].deprel == "conj"));
        }
        // (nor any "and" or "or" after it before a verb, which the parse may have hung
        // elsewhere: "has lovely employees, a wonderful grooming service, and everything")
        for (std::size_t c = k + 1; c < w.size() && !joined; ++c) {
            if (isOneOf(w[c].upos, {"VERB", "AUX"})) {
                break;
            }
            joined = w[c].upos == "CCONJ";
        }
        if (joined) {
            continue;
        }
        w[k].deprel = "appos";
        ++mended;
    }
    return mended;
}

// A noun right after a plural noun, with nothing between, taken for the plural's apposition or
// its conjunct:
// "released four Israeli *women soldiers*" with "soldiers" in apposition to "women" (EWT has no
// such apposition: a plural before a noun is its compound, "women leaders"). The plural is the
// noun's compound, and the noun takes the plural's place and its words before it. How many it
// mended.
std::size_t nounTakenForAPluralsApposition(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
        const std::size_t n = k + 1;
        // (or its conjunct with no "and": "women soldiers on Saturday in exchange for ...")
        const bool joined = w[n].deprel == "conj" &&
                            !hasChild(w, n, [](const std::string& rel) { return rel == "cc"; });
        if (w[k].xpos != "NNS" || !isOneOf(w[n].xpos, {"NN", "NNS"}) || w[n].upos != "NOUN" ||
            !(w[n].deprel == "appos" || joined) || headOf(w, n) != k) {
            continue;
        }
        w[n].head = w[k].head;
        w[n].deprel = w[k].deprel;
        for (std::size_t c = 0; c < k; ++c) {
            if (headOf(w, c) == k) {
                w[c].head = static_cast<int>(n) + 1;
            }
        }
        w[k].head = static_cast<int>(n) + 1;
        w[k].deprel = "compound";
        ++mended;
    }
    return mended;
}

// The charge after a verb of accusing, taken for a phrase of its object: "accused the
// government *of fraud*" with "fraud" on "government". What one is accused, suspected or
// convicted of is the verb's oblique (a name stays the object's: "accused the mayor of
// Istanbul"). How many it mended.
std::size_t chargeTakenForTheObjectsPhrase(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t n = 2; n < w.size(); ++n) {
        const std::size_t object = headOf(w, n);
        const std::size_t verb = object == NONE ? NONE : headOf(w, object);
        const std::size_t of = caseWordOf(w, n, {"of"});
        if (w[n].deprel != "nmod" || of == NONE || verb == NONE || w[object].deprel != "obj" ||
            object > n || verb > object || !isOneOf(w[n].upos, {"NOUN", "VERB"}) ||
            !isOneOf(
                lemmas.lemma(w[verb].form, "VERB", w[verb].xpos),
                {"accuse", "suspect", "convict", "acquit", "absolve", "rob", "deprive", "strip"})) {
            continue;
        }
        w[n].head = static_cast<int>(verb) + 1;
        w[n].deprel = "obl";
        ++mended;
    }
    return mended;
}

// "sure" after "make", taken for an adjective of the noun after it: "controls that make *sure*
// drivers pay attention" with "sure drivers" the object and "pay" a complement. EWT makes
// "sure" the verb's complement 48 times in 48, with what follows its clause: the noun the
// subject of the verb after it. How many it mended.
std::size_t makeSureTakenForAnAdjective(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 2 < w.size(); ++k) {
        const std::size_t v = k - 1;
        const std::size_t noun = headOf(w, k);
        if (lowercaseAscii(w[k].form) != "sure" || w[k].deprel != "amod" || noun == NONE ||
            noun <= k || headOf(w, noun) != v || w[noun].deprel != "obj" ||
            !isOneOf(lowercaseAscii(w[v].form), {"make", "makes", "made", "making"})) {
            continue;
        }
        // (the verb after the noun, hung on "make" or on the noun)
        std::size_t verb = NONE;
        for (std::size_t c = noun + 1; c < w.size() && verb == NONE; ++c) {
            const std::size_t ch = headOf(w, c);
            if (w[c].upos == "VERB" && (ch == v || ch == noun) &&
                isOneOf(w[c].xpos, {"VB", "VBP", "VBZ", "VBD", "MD"})) {
                verb = c;
            }
        }
        if (verb == NONE) {
            continue;
        }
        w[k].head = static_cast<int>(v) + 1;
        w[k].deprel = "xcomp";
        w[verb].head = static_cast<int>(k) + 1;
        w[verb].deprel = "ccomp";
        w[noun].head = static_cast<int>(verb) + 1;
        w[noun].deprel = "nsubj";
        ++mended;
    }
    return mended;
}

// A report's clause whose subject has a phrase set off by commas, taken for the report's
// object and a joined verb with no subject: "officials said *the security operation*,
// involving 45,000 police officers, *had gone* smoothly" with "operation" the object of
// "said" and "gone" its conjunct. Verbs of saying take no object before a clause: the joined
// verb is the report's clause, the object its subject, and a phrase between that hangs on the
// report is the subject's. How many it mended.
std::size_t reportsSubjectTakenForItsObject(std::vector<Token>& w, const Lemmatizer& lemmas) {
    std::size_t mended = 0;
    for (std::size_t c = 3; c < w.size(); ++c) {
        const std::size_t said = headOf(w, c);
        if (w[c].deprel != "conj" || said == NONE || said > c || w[c].upos != "VERB" ||
            !isOneOf(lemmas.lemma(w[said].form, "VERB", w[said].xpos),
                     {"say", "announce", "report", "warn", "add", "insist"}) ||
            hasChild(w, c, [](const std::string& rel) {
                return rel == "cc" || rel.starts_with("nsubj");
            })) {
            continue;
        }
        std::size_t object = NONE;
        for (std::size_t k = said + 1; k < c; ++k) {
            if (headOf(w, k) == said && w[k].deprel == "obj" && w[k].upos == "NOUN") {
                object = k;
            }
        }
        if (!finiteVerb(w, c) || object == NONE || object + 1 >= c || w[object + 1].form != ",") {
            continue;
        }
        for (std::size_t k = object + 1; k < c; ++k) {
            if (headOf(w, k) == said && isOneOf(w[k].deprel, {"advcl", "appos", "acl"})) {
                w[k].head = static_cast<int>(object) + 1;
                w[k].deprel = w[k].upos == "VERB" ? "acl" : "appos";
            } else if (headOf(w, k) == said && w[k].deprel == "punct") {
                w[k].head = static_cast<int>(c) + 1;
            }
        }
        w[c].head = static_cast<int>(said) + 1;
        w[c].deprel = "ccomp";
        w[object].head = static_cast<int>(c) + 1;
        w[object].deprel = "nsubj";
        ++mended;
    }
    return mended;
}

// A phrase with a preposition set off by commas after a noun, taken for the noun's apposition:
// "The workers, mostly *from India*, had their passports taken" with "India" the apposition of
// "workers" (an apposition names the noun again and takes no preposition). It is the noun's
// modifier. How many it mended.
std::size_t prepositionsPhraseTakenForAnApposition(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 2; k < w.size(); ++k) {
        if (w[k].deprel == "appos" && isOneOf(w[k].upos, {"NOUN", "PROPN"}) &&
            caseWordOf(w, k, {"from", "in", "of", "at", "near", "with", "without"}) != NONE) {
            w[k].deprel = "nmod";
            ++mended;
        }
    }
    return mended;
}

// A form of "be" right before a participle, labelled a plain auxiliary: "had their passports
// taken and *were paid* a fraction of Swiss wages" (the passive read as a perfect or a
// progressive). With no "being" or "been" of its own it is the passive's auxiliary, and a
// subject it has is a passive's. How many it mended.
std::size_t passiveAuxiliaryTakenForAPlainOne(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
        const std::size_t v = k + 1;
        if (w[k].deprel != "aux" || headOf(w, k) != v || w[v].xpos != "VBN" ||
            !isOneOf(lowercaseAscii(w[k].form), {"is", "are", "was", "were", "be"}) ||
            hasChild(w, v, [](const std::string& rel) { return rel == "aux:pass"; })) {
            continue;
        }
        w[k].deprel = "aux:pass";
        for (Token& t : w) {
            if (t.head == static_cast<int>(v) + 1 && t.deprel == "nsubj") {
                t.deprel = "nsubj:pass";
            }
        }
        ++mended;
    }
    return mended;
}

// A closing report with a title before its speaker's name, taken for the title's relative
// clause: "... replace them with notes written by users, chief executive Mark Zuckerberg *said*
// on Tuesday" with "executive" an apposition of "notes" and "said" its relative clause. The
// title is the name's, and the report a parataxis of the verb whose clause it closes. How
// many it mended.
std::size_t closingReportTakenForATitlesRelativeClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t r = 4; r < w.size(); ++r) {
        const std::size_t title = headOf(w, r);
        if (w[r].upos != "VERB" || w[r].deprel != "acl:relcl" || !closingReportVerb(w[r].lemma) ||
            title == NONE || title > r || w[title].upos != "NOUN" ||
            lowercaseAscii(w[title].form) != w[title].form ||
            hasChild(w, r, [](const std::string& rel) {
                return rel == "obj" || rel == "ccomp" || rel == "mark";
            })) {
            continue;
        }
        const std::size_t subject =
            lastChildBefore(w, r, r, [](const std::string& rel) { return rel == "nsubj"; });
        if (subject == NONE || w[subject].upos != "PROPN" ||
            phraseEdges(w, subject).first != title + 1) {
            continue;
        }
        // (The parse may give the title its opening comma.)
        const std::size_t first = phraseEdges(w, title).first;
        const std::size_t comma = w[first].form == "," ? first : first - 1;
        if (const std::size_t clauseVerb = verbAtOrAbove(w, headOf(w, title));
            first == 0 || w[comma].form != "," || clauseVerb == NONE || clauseVerb > comma) {
            continue;
        }
        // (the main clause's verb, over the clauses of its nouns)
        const std::size_t verb = mainClauseVerbAbove(w, headOf(w, title));
        if (verb == NONE) {
            continue;
        }
        w[title].head = static_cast<int>(subject) + 1;
        w[title].deprel = "nmod:desc";
        w[comma].head = static_cast<int>(r) + 1;
        w[r].head = static_cast<int>(verb) + 1;
        w[r].deprel = "parataxis";
        ++mended;
    }
    return mended;
}

// A closing report whose speaker is a description after a comma, taken for the description's
// relative clause with no subject: "..., including a new steel plant in Louisiana, *the South
// Korean carmaker announced* at the White House" with "carmaker" an apposition of
// "Louisiana". A relative clause with no relative word and no subject would have the noun as
// its object, which a report with nothing after it but a phrase of place or time does not
// take: the noun is the report's subject, the report a parataxis of the main verb. How many
// it mended.
std::size_t closingReportTakenForADescriptionsRelativeClause(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t r = 4; r < w.size(); ++r) {
        const std::size_t noun = headOf(w, r);
        if (w[r].upos != "VERB" || w[r].deprel != "acl:relcl" || w[r].xpos != "VBD" ||
            !closingReportVerb(w[r].lemma) || noun == NONE || noun + 1 != r ||
            w[noun].upos != "NOUN" || !isOneOf(w[noun].deprel, {"appos", "conj"}) ||
            hasChild(w, r, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel == "obj" || rel == "ccomp" ||
                       rel == "mark" || rel == "xcomp";
            })) {
            continue;
        }
        // (the report ends the sentence: only phrases and punctuation after it)
        bool last = true;
        for (std::size_t k = r + 1; k < w.size() && last; ++k) {
            last = dominates(w, r, k) || w[k].upos == "PUNCT";
        }
        const std::size_t first = phraseEdges(w, noun).first;
        const std::size_t comma = first > 0 && w[first].form != "," ? first - 1 : first;
        const std::size_t verb = mainClauseVerbAbove(w, headOf(w, noun));
        if (!last || first == 0 || w[comma].form != "," || verb == NONE || verb > comma) {
            continue;
        }
        w[comma].head = static_cast<int>(r) + 1;
        w[noun].head = static_cast<int>(r) + 1;
        w[noun].deprel = "nsubj";
        w[r].head = static_cast<int>(verb) + 1;
        w[r].deprel = "parataxis";
        ++mended;
    }
    return mended;
}

// A number with a preposition, cut from the "percent" right after it, which the parse made a
// second object: "cut its forecast for global growth *to 2.4 percent*" with "2.4" a phrase of
// "growth" and "percent" an object of "cut". The percentage heads the phrase in the number's
// place, the number its modifier. How many it mended.
std::size_t percentCutFromItsNumber(std::vector<Token>& w) {
    std::size_t mended = 0;
    for (std::size_t k = 1; k + 1 < w.size(); ++k) {
        const std::size_t p = k + 1;
        if (w[k].upos != "NUM" || headOf(w, p) == k ||
            !isOneOf(lowercaseAscii(w[p].form), {"percent", "%", "pct"}) ||
            !hasChild(w, k, [](const std::string& rel) { return rel == "case"; }) ||
            hasChild(w, p, [](const std::string& rel) { return rel == "nummod"; })) {
            continue;
        }
        for (std::size_t c = 0; c < k; ++c) {
            if (headOf(w, c) == k && isOneOf(w[c].deprel, {"case", "advmod", "det"})) {
                w[c].head = static_cast<int>(p) + 1;
            }
        }
        w[p].head = w[k].head;
        w[p].deprel = w[k].deprel;
        w[k].head = static_cast<int>(p) + 1;
        w[k].deprel = "nummod";
        ++mended;
    }
    return mended;
}

// A finite verb with no subject of its own joined to a noun: "warned that its profit would fall
// short of expectations and *apologised* to investors" with "apologised" a conjunct of
// "expectations". A noun joins no verb: it is the conjunct of the verb above the noun in the
// same tense. How many it moved.
std::size_t finiteVerbJoinedToANoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t v = 2; v < w.size(); ++v) {
        const std::size_t noun = headOf(w, v);
        // (A regular past tagged a participle counts as the past: "and *apologised* to".)
        const bool regularPast = w[v].xpos == "VBN" && w[v].form.ends_with("ed");
        if (w[v].deprel != "conj" || w[v].upos != "VERB" ||
            !(isOneOf(w[v].xpos, {"VBD", "VBZ", "VBP"}) || regularPast) || noun == NONE ||
            noun > v || w[noun].upos != "NOUN" || hasChild(w, v, [](const std::string& rel) {
                return rel.starts_with("nsubj") || rel == "mark" || rel.starts_with("aux");
            })) {
            continue; // (nor "and only *if accompanied* by a lower wage": a participle's clause)
        }
        // (Only one in its tense: "ordered an investigation and promises" is left as parsed,
        // as verbJoinedToAnObject leaves it.)
        const std::string_view tense = regularPast ? "VBD" : std::string_view(w[v].xpos);
        std::size_t verb = verbAtOrAbove(w, headOf(w, noun));
        while (verb != NONE && w[verb].xpos != tense) {
            verb = verbAtOrAbove(w, headOf(w, verb));
        }
        if (verb == NONE) {
            continue;
        }
        if (regularPast) {
            w[v].xpos = "VBD";
        }
        w[v].head = static_cast<int>(verb) + 1;
        ++moved;
    }
    return moved;
}

// A phrase with a preposition hung on an object pronoun: "accusing *them of war crimes*",
// "cleared *him of the most serious charges*" (a personal pronoun takes no such phrase; EWT has
// seven, most of them "me against my brother"). It is the verb's oblique. How many it moved.
std::size_t phraseHungOnAnObjectPronoun(std::vector<Token>& w) {
    std::size_t moved = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const std::size_t pronoun = headOf(w, k);
        if (w[k].deprel != "nmod" || pronoun == NONE || pronoun > k || w[pronoun].deprel != "obj" ||
            w[pronoun].upos != "PRON" || headOf(w, pronoun) == NONE ||
            !isOneOf(lowercaseAscii(w[pronoun].form), {"them", "him", "her", "it", "us", "me"}) ||
            !hasChild(w, k, [](const std::string& rel) { return rel == "case"; })) {
            continue;
        }
        w[k].head = w[pronoun].head;
        w[k].deprel = "obl";
        ++moved;
    }
    return moved;
}

// Every repair, in order.
void repairs(std::vector<Token>& w, const Lemmatizer& lemmas,
             const std::function<bool(const std::string&)>& isNoun) {
    nameTakenForPunctuation(w);
    nameSplitAtItsParticle(w);
    subjectHungOnItsVerbAsModifiers(w);
    participleAfterARelativeClause(w);
    adverbialClauseInsideARelativeClause(w);
    agentTakenForTheNextSubject(w);
    compoundTakenForASecondModifier(w);
    phraseTakenForAConjunct(w);
    conjunctCutFromItsNoun(w);
    nameAfterACommaOfTheNounBefore(w);
    mainVerbHungOnASubjectsRelativeClause(w);
    mainVerbInsideItsSubjectsRelativeClause(w);
    pastTenseTakenForTheRootsModifier(w);
    prepositionInsideAnObject(w);
    obliqueOfAnAdjectiveComplement(w);
    appositionOfTheNameBeforeIt(w);
    subjectsWithPhraseTakenForAClause(w);
    atLeastBeforeAnAmount(w);
    whereClauseOnAName(w);
    verbJoinedToANoun(w);
    nameAfterADescriptionInTheSubject(w);
    subjectCutFromItsVerbByAComma(w);
    relativeClauseAsMainClause(w);
    relativeClauseUnderTheMainVerb(w);
    appositionTakenForTheSubject(w);
    includingAsOblique(w);
    hyphenatedParticipleTakenForAMarker(w);
    hyphenatedParticiples(w);
    participlesAfterAnObject(w);
    subjectAfterASubordinator(w);
    joinedSubjectAfterASubordinator(w);
    subordinateClauseTakenForAConjunct(w);
    nameJoinedToTheNounBeforeItsOf(w);
    relativeClauseAfterAName(w);
    nameAfterATitle(w);
    nameAfterAFieldAndTitle(w);
    descriptionOpeningTheSentence(w);
    bareInfinitiveAfterAnObject(w);
    participleBeforeItsVerb(w);
    subjectAfterAnOpeningPhrase(w);
    subjectSplitAtItsLastNoun(w);
    clauseAfterAName(w);
    firstOfTwoSubjectsTakenForAConjunct(w);
    nameSplitFromItsNoun(w);
    bareNumberAsObject(w);
    participleAfterTheObject(w);
    amountBeforeAPhrase(w);
    possessorTakenForAnObject(w);
    relativePronounTakenForAClause(w);
    reportInsideARelativeClause(w);
    changedAmountOnTheVerb(w);
    relativeClauseTakenForASecondSubject(w);
    nameRightBeforeASubject(w);
    nameSplitIntoTwoObjects(w);
    nameSplitIntoTwoConjuncts(w);
    receiverTakenForACompound(w);
    nounBeforeASecondObject(w);
    relativeClauseTakenForAComplement(w);
    gerundAfterTimeSpent(w);
    nameTakenForAPredicate(w);
    nounTakenForASameFormParticiple(w);
    agentOnAPassivesObject(w);
    agentOnAPassivesAsPhrase(w);
    agentTakenForASubject(w);
    infinitiveAfterAVerbOfDeciding(w);
    quantifiersOfPhrase(w);
    wordsOnPunctuation(w);
    predicateNounTakenForAConjunct(w);
    objectsConjunctOnTheVerb(w);
    participleOfTheObject(w);
    nameHungAcrossAPreposition(w);
    nameOnItsDescription(w);
    descriptionAndNameAsTwins(w);
    nameBeforeASum(w);
    nameAndSumAsTwoObjects(w);
    nameHungOnASum(w);
    subjectOfAClosingReport(w);
    complementTakenForTheNextSubject(w);
    asClauseTakenForAPhrase(w);
    markerTakenForASubjectsPreposition(w);
    subjectTakenForAConjunct(w);
    intransitiveParticipleBeforeItsNoun(w);
    phraseBeforeAClosingReport(w);
    closingReportHungInside(w);
    closingReportTakenForAModifier(w);
    sumBeforeItsNoun(w);
    countTakenForTheObject(w);
    participleAfterItsOwnOblique(w);
    secondObjectTakenForAModifier(w);
    asWellAsToTheObject(w);
    thatClauseTakenForARelativeClause(w);
    mainVerbTakenForAParticiple(w);
    mainVerbBeforeATrailingParticiple(w);
    nameAfterItsDescriptionTakenForAnOblique(w);
    clauseHungOnItsDay(w);
    nounAfterAHyphenatedModifier(w);
    spanOfTimeTakenForAnObject(w);
    objectHungOnASpanOfTime(w);
    subjectOfAnInfinitiveAfterFor(w);
    objectOfANoun(w);
    joinedNamesTakenForOne(w);
    subjectTakenForAConjunctNoun(w);
    gappedObjectTakenForAConjunct(w);
    participleWithAuxiliariesTakenForAnAdjective(w);
    thatClauseAfterATellingVerbsObject(w);
    upToAnAmount(w);
    objectOfAnAdjectivesConjunct(w);
    adjectiveBetweenTwoObjects(w);
    personAfterAnOrganisationsTitle(w);
    organisationBeforeATitledSubject(w);
    thatTakenForAnObject(w);
    thatClauseWithAParticipleInItsSubject(w);
    clauseAfterAVerbOfSaying(w);
    subjectTakenForAnObject(w);
    sayingHungInsideARelativeClause(w);
    clauseOnTheDayOfAReport(w);
    relativeClauseOnTheDayAfterAnObject(w);
    participleTakenForARelativeClause(w);
    asPhraseTakenForAMarker(w);
    nameSplitAtItsHyphen(w);
    nameSplitBeforeItsPossessive(w);
    whichClauseOnAPerson(w);
    ownershipClauseOnTheNameBefore(w);
    comparativeClauseTakenForAPhrase(w);
    participleClauseOnADeepNoun(w);
    subjectsLastConjunctTakenForTheSubject(w);
    listOpeningTakenForTheRoot(w);
    phraseAfterARelativeClausesComma(w);
    phraseAndClauseTakenForOneClause(w);
    participlesObjectTakenForTheSubject(w);
    pluralCompoundTakenForAClausesNoun(w);
    mainVerbInsideAWhoseClause(w);
    whichClauseAfterItsNoun(w);
    infinitiveOfItsNoun(w);
    whetherOrNot(w);
    sinceBetweenHaveAndItsParticiple(w);
    nameAndPossessedNameTakenForACompound(w);
    phraseFoldedIntoAgo(w);
    verbClosingAClause(w, lemmas);
    gerundOfAnAccusation(w, lemmas);
    passiveGerundOnANestedNoun(w);
    nameBetweenCommasTakenForAModifier(w);
    gerundOfTheObjectTakenForTheVerbs(w);
    chiefTakenForAComplement(w);
    verbAfterItsSubjectsOfPhrase(w, lemmas);
    appositionAfterAName(w);
    nameSplitByARelativeClause(w);
    relativeClauseOnAVerb(w);
    objectTakenForAClausesSubject(w);
    nounTakenForABareInfinitive(w, isNoun);
    nounTakenForAParticiple(w, isNoun);
    pluralRelativeClauseOnAName(w);
    clauseTakenForAPrepositionalPhrase(w);
    verbTakenForItsObjectsAdjective(w);
    dayOnAName(w);
    adverbialClausesByTheirMarker(w);
    relativeClauseByWhose(w);
    nameTakenForAnInfinitivesSubject(w);
    gerundCompoundTakenForAClause(w);
    verbsPhraseOnItsObject(w);
    receiverTakenForAnObjectsModifier(w);
    nameSplitIntoAnApposition(w); // (after dayOnAName: "Spirit Airlines on Tuesday")
    closingReportWithTheOpeningSubject(w);
    mainVerbTakenForARelativeClauseAfterAName(w);
    infinitiveOfAnObliquesPlan(w);
    namingParticipleOnTheNameBefore(w);
    participleWithItsSubjectTakenForAnAdjective(w);
    participleInAListOfActs(w);
    participleTakenForItsNounsHead(w);
    infinitiveAfterARelativeClausesComma(w);
    particleTakenForAnAdverb(w);
    nameAfterATitlesOfPhrase(w);
    nameAfterTheNounOfATitlesOfPhrase(w);
    nameJoinedToItsDescription(w);
    appositionTakenForASecondSubject(w);
    mainVerbAfterARelativeClauseOnTheRootName(w);
    listsFirstNameTakenForACompound(w);
    nameTakenForTheComplementBeforeAnAsPhrase(w);
    joinedSubjectsTakenForTwo(w);
    subjectTakenForAPrepositionsNoun(w);
    clauseAfterAStretchOfTimeTakenForTheRoot(w);
    openingPhraseTakenForASubject(w);
    nameAfterANounInTheSubjectTakenForASubject(w);
    conjunctOfARelativeClausesNounTakenForItsHeads(w);
    moreThanBetweenHaveAndItsParticiple(w);
    conjunctOfAnotherPreposition(w);
    sumTakenForALaterClausesOblique(w);
    titleWordsHungOutsideBeforeAName(w);
    appointeeTakenForATitlesCompound(w);
    predicateTakenForAnApposition(w);
    measureSplitFromItsHyphenatedAdjective(w);
    subordinatorTakenForASubjectsPreposition(w);
    articleOnAHyphenatedModifier(w);
    agentHungOnAGerundAfterAPassive(w);
    // (after gerundCompoundTakenForAClause: "the cloud streaming rights ... to Ubisoft")
    destinationInsideTheObjectsPhrase(w);
    targetInsideTheObjectsPhrase(w);
    reasonHungOnTheObject(w);
    reasonPhraseHungOnTheObject(w);
    restrictiveRelativeAfterAName(w);
    contentClauseHungPastItsVerb(w);
    subjectOfAGerundTakenForAnOblique(w);
    timeSpanTakenForASubject(w);
    pastTakenForAParticipleBeforeAClause(w);
    predicateOfACallTakenForAModifier(w);
    nameSplitFromItsPossessor(w);
    compoundSplitIntoTwoConjuncts(w);
    secondDestinationOnTheFirst(w);
    pleaTakenForAModifier(w);
    prepositionOnACompound(w);
    amountTakenForAnAgent(w);
    changeTakenForTheRootsModifier(w);
    placeOfAChangeOnItsAmount(w);
    clauseTakenForAJoinedNoun(w);
    appositionTakenForAComplement(w);
    infinitiveAfterTheObjectOfAsking(w);
    pastTenseAfterTheRootsApposition(w);
    timeOfASumOnTheSum(w);
    nameTakenForACopula(w);
    phraseAfterAnAppositionsComma(w);
    sumBeforeMore(w);
    clauseTakenForAPrepositionsPhrase(w);
    relativeClauseAfterAPrepositionsWhich(w);
    verbAfterAnAgentsPhrase(w);
    participleTakenForTheMainVerbBeforeIt(w);
    verbTakenForAnAdjectiveOfItsObject(w, lemmas);
    secondPhraseInsideANounsCompounds(w);
    mainVerbsConjunctOnARelativeClause(w);
    participleTakenForAComplementBeforeTheObject(w);
    verbJoinedToAnObject(w);
    sourceTakenForASubject(w);
    descriptionTakenForATime(w);
    namingParticipleTakenForAClause(w);
    objectAcrossAnAdverbialClause(w);
    objectRelativeVerbTakenForAModifier(w, lemmas);
    pluralTakenForAJoinedVerb(w, lemmas, isNoun);
    reportingRelativeTakenForAnAside(w);
    adjectiveTakenForASmallClause(w);
    relativePronounOnTheInfinitive(w);
    baseFormTakenForAJoinedNoun(w, lemmas);
    infinitiveAfterDue(w);
    timeNounTakenForASecondSubject(w);
    relativeClauseTakenForTheClauseBeforeIt(w);
    objectTakenForThePossessorOfAnAmount(w);
    verbAfterAndTakenForANumbersAdjective(w, lemmas);
    informedSourceTakenApart(w);
    clauseAfterAReportInTheMiddle(w);
    mainVerbTakenForASubjectsParticiple(w);
    pastTenseTakenForItsObjectsAdjective(w, lemmas);
    nameAfterItsNounTakenForAnOblique(w);
    prepositionsPhraseTakenForAnApposition(w);
    appositionTakenForAConjunct(w);
    nounTakenForAPluralsApposition(w);
    chargeTakenForTheObjectsPhrase(w, lemmas);
    makeSureTakenForAnAdjective(w);
    reportsSubjectTakenForItsObject(w, lemmas);
    objectTakenForASpanOfTimesCompound(w);
    complementTakenForTheObjectsPhrase(w, lemmas);
    resultOfTheChargeHungOnTheAccuser(w, lemmas);
    appositionTakenForAVocative(w);
    titledSubjectTakenForAClause(w);
    participleHungOnAClosingReport(w, lemmas);
    passiveAuxiliaryTakenForAPlainOne(w);
    closingReportTakenForATitlesRelativeClause(w);
    closingReportTakenForADescriptionsRelativeClause(w);
    percentCutFromItsNumber(w);
    finiteVerbJoinedToANoun(w);
    phraseHungOnAnObjectPronoun(w);
}

} // namespace

void repairTree(std::vector<Token>& w, const Lemmatizer& lemmas,
                const std::function<bool(const std::string&)>& isNoun) {
    // (Should the repairs together ever leave no tree, the parse stays as it was: a tree is
    // what everything after reads.)
    const std::vector<Token> parsed = w;
    repairs(w, lemmas, isNoun);
    if (!singleRootedTree(w) && singleRootedTree(parsed)) { // (the common case checks once)
        w = parsed;
    }
}

} // namespace kg::ingest::nlp
