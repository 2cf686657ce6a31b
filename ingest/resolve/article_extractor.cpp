#include "ingest/resolve/article_extractor.h"

#include "ingest/article/text_util.h"
#include "ingest/nlp/offices.h"
#include "ingest/resolve/nominal.h"
#include "ingest/resolve/sentence_tree.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

namespace kg::ingest::resolve {

namespace {

using graph::EntityType;
using nlp::Sentence;
// One side of a statement.
struct Side {
    std::string name;
    EntityType type = EntityType::Concept;
    std::string text;
    bool entity = false;
    bool actor = false;      ///< an entity that acts: not a measure named by a phrase
    std::string time;        ///< a time the parse hung on the phrase ("in July"), left out of it
    std::size_t head = NONE; ///< a concept's head word
    std::size_t word = NONE; ///< an entity's word the argument resolved to, when not its head
};

// Whether `c`, a dependent of `w`, is one part of a hyphenated word with it: the hyphen
// itself ("wide - body", the hyphen hung on "wide") or the word before it ("Republican" in
// "Republican - led", whatever its relation), all written without spaces.
bool hyphenated(const Sentence& s, std::size_t w, std::size_t c) {
    const auto glued = [&](std::size_t a, std::size_t b) {
        return s.tokens[b].start == s.tokens[a].end && s.tokens[b].start != 0;
    };
    const auto hyphen = [&](std::size_t k) {
        return s.tokens[k].xpos == "HYPH" || s.tokens[k].form == "-";
    };
    if (hyphen(c) && s.tokens[c].deprel == "punct" && c > 0 && c + 1 < s.tokens.size()) {
        return glued(c - 1, c) && glued(c, c + 1);
    }
    return c + 2 == w && hyphen(c + 1) && glued(c, c + 1) && glued(c + 1, w);
}

// Whether a word names a currency: the noun of a sum ("90 million *dollars*").
bool currency(const nlp::Token& tok) {
    return nlp::currencyWord(article::asciiLowered(tok.form));
}

// Whether a word is an amount's head: a number, a percentage or a currency.
// A count in the plural, which stands for the things its "of" phrase counts: "thousands of
// homes".
bool pluralCount(const nlp::Token& tok) {
    return tok.xpos == "NNS" &&
           isOneOf(article::asciiLowered(tok.form),
                   {"thousands", "millions", "hundreds", "dozens", "billions", "tens"});
}

bool amountWord(const nlp::Token& tok) {
    return isOneOf(tok.upos, {"SYM", "NUM"}) || isOneOf(tok.lemma, {"percent", "%"}) ||
           currency(tok);
}

// The core noun phrase of `head` for a concept's name: the head with its adjectives, compounds,
// numbers, possessors and an "of" complement, without determiners, clauses or other modifiers.
// A possessive pronoun that refers to an entity is replaced by the entity's name.
std::string coreNounPhrase(const SentenceTree& t, std::size_t head, const SentenceEntities& ents,
                           const DocumentEntities& doc, int depth = 0) {
    const Sentence& s = t.s;
    std::vector<std::size_t> words{head};
    std::vector<std::pair<std::size_t, std::string>> replaced;
    const std::string headWord = article::asciiLowered(s.tokens[head].form);
    const bool quantifier = s.tokens[head].upos == "NUM" || nlp::quantifierWord(headWord) ||
                            isOneOf(headWord, {"one", "part", "half", "rest", "majority"});
    for (std::size_t c : t.children[head]) {
        const std::string& rel = s.tokens[c].deprel;
        if (isOneOf(rel, {"amod", "compound", "flat", "nummod", "fixed", "compound:prt"})) {
            words.push_back(c);
            for (std::size_t g : t.children[c]) { // the modifier's own compounds ("AI chips")
                // (a name's later words too: "Intel Labs R&D operations")
                // (and every word of a name: "United" on "States" in "United States Steel")
                const bool sameName =
                    ents.words[c].entity >= 0 && ents.words[g].entity == ents.words[c].entity;
                if (((isOneOf(s.tokens[g].deprel, {"compound", "advmod", "flat"}) ||
                      hyphenated(s, c, g) || sameName) &&
                     g < c) ||
                    (s.tokens[g].deprel == "flat" && g > c && g < head)) {
                    words.push_back(g);
                    for (std::size_t h : t.children[g]) { // "next-generation": the hyphen
                        // (and the rest of a fixed phrase: "more than 100 jars")
                        if (hyphenated(s, g, h) || s.tokens[h].deprel == "fixed") {
                            words.push_back(h);
                        }
                    }
                }
                // An amount's number: "a $7 billion contract" ("7 billion" on "$").
                if (s.tokens[g].deprel == "nummod") {
                    words.push_back(g);
                    for (std::size_t h : t.children[g]) {
                        if (isOneOf(s.tokens[h].deprel, {"compound", "nummod"})) {
                            words.push_back(h);
                        }
                    }
                }
            }
        } else if (rel == "nmod:poss") {
            int e = ents.words[c].entity;
            // "whose search engine": the relative clause's noun owns it ("Google, whose search
            // engine is blocked in China").
            if (e < 0 && s.tokens[c].xpos == "WP$") {
                std::size_t up = t.head(c);
                for (int steps = 0; up != NONE && steps < 4 && t.rel(up) != "acl:relcl"; ++steps) {
                    up = t.head(up);
                }
                const std::size_t noun = up == NONE ? NONE : t.head(up);
                e = noun != NONE && t.rel(up) == "acl:relcl" ? ents.words[noun].entity : -1;
            }
            if (s.tokens[c].upos == "PRON" && e >= 0) {
                replaced.emplace_back(c, doc.entity(static_cast<std::size_t>(e)).name + "’s");
                words.push_back(c);
            } else if (s.tokens[c].upos != "PRON") {
                // (A possessor inside the head's own mention is its own word, not the mention:
                // "the city's mayor, Ekrem Imamoglu" is one mention from "of" to "mayor".)
                const bool named =
                    ents.words[c].entity >= 0 && ents.words[c].entity != ents.words[head].entity;
                for (std::size_t g = named ? ents.words[c].first : c;
                     g <= (named ? ents.words[c].last : c); ++g) {
                    words.push_back(g);
                }
                for (std::size_t g : t.children[c]) {
                    if (s.tokens[g].deprel == "case") {
                        words.push_back(g);
                    }
                }
            }
        } else if (rel == "conj" && depth == 1 && s.tokens[head].upos == "PROPN" &&
                   s.tokens[c].upos == "PROPN" && c > head) {
            // A name joined to the name of an "of" phrase: "the merger of Staples and Office
            // Depot", not "merger of Staples".
            words.push_back(c);
            for (std::size_t g : t.children[c]) {
                if (isOneOf(t.rel(g), {"cc", "compound", "flat"})) {
                    words.push_back(g);
                }
            }
        } else if (rel == "nmod" && (depth == 0 || (depth == 1 && quantifier))) {
            // "sales of the H20 chips": keep an "of" complement (and a quantifier's own: "the
            // prices of several of its models", not "prices of several").
            bool of = false;
            for (std::size_t g : t.children[c]) {
                of = of || (s.tokens[g].deprel == "case" && s.tokens[g].lemma == "of");
            }
            if (of && c > head) {
                std::string inner = coreNounPhrase(t, c, ents, doc, depth + 1);
                replaced.emplace_back(c, "of " + inner);
                words.push_back(c);
            }
        }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string out;
    std::size_t previous = NONE;
    for (std::size_t i : words) {
        auto r = std::find_if(replaced.begin(), replaced.end(),
                              [&](const auto& p) { return p.first == i; });
        const std::string& form = r != replaced.end() ? r->second : s.tokens[i].form;
        const bool glue = previous != NONE && s.tokens[i].start == s.tokens[previous].end &&
                          s.tokens[i].start != 0 && r == replaced.end();
        if (!out.empty() && !glue) {
            out += ' ';
        }
        out += form;
        previous = i;
    }
    return out;
}

// The noun phrase of `head` as written: the head with its determiners, modifiers and
// prepositional complements (coordinated ones included), without clauses, appositions, or the
// punctuation around them. "tougher US restrictions on exports" from "... backed tougher US
// restrictions on exports in January" when "in January" hangs on the verb.
std::string nounPhraseText(const SentenceTree& t, std::size_t head) {
    const Sentence& s = t.s;
    const std::vector<std::size_t> words = t.subtree(head, [&](std::size_t w, std::size_t c) {
        const std::string& rel = s.tokens[c].deprel;
        const bool inside =
            isOneOf(rel, {"det", "amod", "compound", "nmod", "nummod", "nmod:poss", "case", "flat",
                          "fixed", "det:poss", "nmod:npmod", "advmod"}) ||
            (w != head && isOneOf(rel, {"conj", "cc"})) || hyphenated(s, w, c);
        // The head's own preposition or conjunction introduces the phrase; it is no part of it
        // ("to the 10% limit" -> "the 10% limit").
        const bool introducer = w == head && (rel == "case" || rel == "mark");
        // (Nor is a negation, which the relation carries: "was not part of the settlement".)
        const bool negation = rel == "advmod" && isOneOf(article::asciiLowered(s.tokens[c].form),
                                                         {"not", "n't", "never"});
        return inside && !introducer && !negation &&
               !(rel == "nmod" && s.tokens[c].upos == "NUM" && w == head);
    });
    // Only the contiguous run around the head: a parse that hangs far words on it is not trusted.
    std::size_t lo = std::find(words.begin(), words.end(), head) - words.begin();
    std::size_t hi = lo;
    while (lo > 0 && words[lo - 1] + 1 == words[lo]) {
        --lo;
    }
    while (hi + 1 < words.size() && words[hi + 1] == words[hi] + 1) {
        ++hi;
    }
    std::vector<std::size_t> run(words.begin() + static_cast<std::ptrdiff_t>(lo),
                                 words.begin() + static_cast<std::ptrdiff_t>(hi + 1));
    // Nor does it end in punctuation or in the first words of a phrase cut off after them
    // ("concerns with" when "with his counterpart Nishimura" is a name's), nor in an adjective
    // whose complement was cut off ("deals with Disney and Netflix worth" without "$3
    // billion").
    const auto cutOff = [&](std::size_t k) {
        return s.tokens[k].upos == "ADJ" &&
               std::any_of(t.children[k].begin(), t.children[k].end(), [&](std::size_t c) {
                   return c > k && std::find(run.begin(), run.end(), c) == run.end();
               });
    };
    while (!run.empty() && run.back() != head &&
           (isOneOf(s.tokens[run.back()].upos, {"PUNCT", "ADP", "DET", "CCONJ", "PRON"}) ||
            cutOff(run.back()))) {
        run.pop_back();
    }
    return joinWords(s, run);
}

// The word a clause argument is about: its object, else its subject, else the clause head. A
// negated clause keeps its head: "clarified that its products don't have a backdoor" is not
// about a backdoor the way "denied that its products have backdoors" is; so does a question
// ("whether ...", "what ..."). Only words of `within` count when it is given (the argument's
// words).
std::size_t clauseTopic(const SentenceTree& t, std::size_t head,
                        const std::vector<std::size_t>& within = {}) {
    const Sentence& s = t.s;
    const std::vector<std::size_t> kids = t.children[head];
    // (A denied predicate is no topic: "stressed that the incident was not a cyberattack" is
    // about the incident, not a cyberattack.)
    const bool copula = std::any_of(kids.begin(), kids.end(),
                                    [&](std::size_t c) { return s.tokens[c].deprel == "cop"; });
    for (std::size_t c : kids) {
        if (openie::negates(s, c) && !copula) {
            return head;
        }
        // "examining whether these partnerships give big companies too much control" asks a
        // question: it is not about the control.
        if ((s.tokens[c].deprel == "mark" &&
             isOneOf(article::asciiLowered(s.tokens[c].form), {"whether", "if"})) ||
            isOneOf(s.tokens[c].xpos, {"WDT", "WP", "WRB"})) {
            return head;
        }
    }
    for (std::string_view want : {"obj", "nsubj:pass", "nsubj", "obl"}) {
        for (std::size_t c : kids) {
            // (A word outside the argument is the proposition's own subject: "The controls
            // could be more onerous for smaller operations" is about the operations.)
            if (s.tokens[c].deprel == want && s.tokens[c].upos != "PRON" &&
                (within.empty() || std::find(within.begin(), within.end(), c) != within.end())) {
                return c;
            }
        }
    }
    return head;
}

// The entity side of a mention: canonical name and type, the mention's words as written.
Side entitySide(const SentenceTree& t, const WordEntity& w, const DocumentEntities& doc) {
    const DocEntity& e = doc.entity(static_cast<std::size_t>(w.entity));
    Side side;
    side.name = e.name;
    side.type = e.type;
    side.text = joinWords(t.s, w.first, w.last);
    side.entity = true;
    side.actor = !e.policy;
    return side;
}

// The organisation or person a common noun belongs to by a name in front of it: "Intel" in
// "Intel projects", "Intel Labs" in "Intel Labs R&D operations". None when the noun is itself
// an entity's mention or has no such name.
std::optional<Side> modifierActor(const SentenceTree& t, std::size_t head,
                                  const SentenceEntities& ents, const DocumentEntities& doc) {
    const Sentence& s = t.s;
    if (head >= s.tokens.size() || s.tokens[head].upos != "NOUN" || ents.words[head].entity >= 0) {
        return std::nullopt;
    }
    for (std::size_t c : t.children[head]) {
        const WordEntity& w = ents.words[c];
        if (c < head && t.rel(c) == "compound" && w.entity >= 0 && w.kind == MentionKind::Name &&
            (doc.entity(static_cast<std::size_t>(w.entity)).type == EntityType::Org ||
             doc.entity(static_cast<std::size_t>(w.entity)).type == EntityType::Person)) {
            Side side = entitySide(t, w, doc);
            side.word = c;
            return side;
        }
    }
    return std::nullopt;
}

// An Open IE argument's words as written ("$7.8 billion", "media-affiliated"): Open IE's own
// text puts a space between all words.
std::string writtenText(const Sentence& s, const openie::Argument& a) {
    if (a.tokens.empty()) {
        return a.text;
    }
    std::vector<std::size_t> words = a.tokens;
    std::sort(words.begin(), words.end());
    return joinWords(s, words);
}

// The phrase headed by `w` as an argument: its words without its own preposition ("by the
// state media" -> "the state media") or trailing punctuation.
openie::Argument phraseArgument(const SentenceTree& t, std::size_t w) {
    const Sentence& s = t.s;
    openie::Argument a;
    a.role = openie::ArgRole::Other;
    a.head = w;
    a.tokens = t.subtree(w);
    std::erase(a.tokens, t.child(w, {"case"}));
    while (!a.tokens.empty() && s.tokens[a.tokens.back()].upos == "PUNCT") {
        a.tokens.pop_back();
    }
    a.text = joinWords(s, a.tokens);
    return a;
}

// The "by" phrase of a passive that the parse attached to a word of the verb's complement
// rather than to the verb: "have been labeled unsafe and unfriendly by the country's state
// media" with "by ... media" under "unfriendly". Only through nouns and adjectives, two steps
// at most, so another clause's "by" is never taken.
std::optional<openie::Argument> strandedAgent(const SentenceTree& t, const openie::Proposition& p) {
    const Sentence& s = t.s;
    std::size_t verb = NONE;
    for (std::size_t k : p.relationTokens) {
        if (k < s.tokens.size() && s.tokens[k].upos == "VERB") {
            verb = k;
        }
    }
    if (verb == NONE) {
        return std::nullopt;
    }
    for (std::size_t w = verb + 1; w < s.tokens.size(); ++w) {
        const std::size_t c = t.child(w, {"case"});
        if (!isOneOf(t.rel(w), {"obl", "obl:agent", "nmod"}) || c == NONE || t.lemma(c) != "by" ||
            s.tokens[w].upos == "VERB") {
            continue;
        }
        std::size_t up = t.head(w);
        std::size_t steps = 1;
        while (up != NONE && up != verb && steps <= 2 &&
               isOneOf(s.tokens[up].upos, {"ADJ", "NOUN"}) &&
               isOneOf(t.rel(up), {"obj", "xcomp", "conj"})) {
            up = t.head(up);
            ++steps;
        }
        if (up != verb || steps == 1) {
            continue; // on the verb itself: the extractor's own extra argument
        }
        openie::Argument a = phraseArgument(t, w);
        a.preposition = "by";
        return a;
    }
    return std::nullopt;
}

// The side of entity `index` where no words of this sentence name it (a list's other members,
// a measure's owner): its canonical name stands for its text.
Side namedSide(const DocumentEntities& doc, int index) {
    const DocEntity& e = doc.entity(static_cast<std::size_t>(index));
    Side side;
    side.name = e.name;
    side.type = e.type;
    side.text = e.name;
    side.entity = true;
    side.actor = !e.policy;
    return side;
}

Side resolveArgument(const SentenceTree& t, const openie::Argument& arg,
                     const SentenceEntities& ents, const DocumentEntities& doc) {
    const Sentence& s = t.s;
    Side side;
    if (arg.empty() || arg.head >= s.tokens.size()) {
        return side;
    }
    std::size_t head = arg.head;
    const std::string& upos = s.tokens[head].upos;
    if (upos == "VERB" || upos == "AUX" ||
        (upos == "ADJ" && !t.children[head].empty() && ents.words[head].entity < 0)) {
        head = clauseTopic(t, head, arg.tokens);
    }
    // "reversed that decision" with "that" taken for a conjunction or pronoun that heads
    // "decision": the noun is what the argument names.
    if (isOneOf(article::asciiLowered(s.tokens[head].form), {"that", "this", "these", "those"}) &&
        head + 1 < s.tokens.size() && s.tokens[head + 1].upos == "NOUN" &&
        t.head(head + 1) == head) {
        head = head + 1;
    }
    if (ents.words[head].entity < 0 && ents.words[head].antecedent != NONE) {
        head = ents.words[head].antecedent; // "they" for "the new restrictions"
    }
    // A day or a month names no one, whatever the parse made of it ("led by former Air Canada
    // executive Michael Rousseau on Thursday" with "Thursday" the agent); nor does a bare
    // "one" ("required several clicks to reject tracking but only one to accept it").
    if (const std::string word = article::asciiLowered(s.tokens[head].form);
        ents.words[head].entity < 0 && (nlp::weekday(word) || nlp::monthName(word) ||
                                        (word == "one" && t.children[head].empty()))) {
        return side;
    }
    // "its acquisition of cloud software company VMware": a name in apposition right after a
    // common noun, with no comma between, is what the phrase names; so is one the parse hung
    // on the noun with no preposition ("Activist investor Elliott Management pushed for ...").
    if (ents.words[head].entity < 0 && s.tokens[head].upos == "NOUN") {
        for (std::size_t c : t.children[head]) {
            if ((t.rel(c) == "appos" ||
                 (isOneOf(t.rel(c), {"nmod", "flat"}) && t.child(c, {"case"}) == NONE)) &&
                ents.words[c].entity >= 0 && ents.words[c].first == head + 1) {
                head = c;
                break;
            }
        }
    }
    // So is such a name in the apposition set off by commas after a common noun: "The client,
    // the property developer Victor Crane, was charged".
    if (ents.words[head].entity < 0 && s.tokens[head].upos == "NOUN") {
        // (The description may be a mention of the name's entity already.)
        const std::size_t described = t.child(head, {"appos"});
        if (described != NONE && described > head && s.tokens[described].upos == "NOUN") {
            for (std::size_t c : t.children[described]) {
                if ((t.rel(c) == "appos" ||
                     (isOneOf(t.rel(c), {"nmod", "flat"}) && t.child(c, {"case"}) == NONE)) &&
                    ents.words[c].entity >= 0 && ents.words[c].kind == MentionKind::Name &&
                    ents.words[c].first == described + 1) {
                    head = c;
                    break;
                }
            }
        }
    }
    // "Secretary of State Antony Blinken called ...": a capitalised title whose office's field
    // took the name into its phrase ("Antony" an nmod of "Secretary" with "of State" its own)
    // is the person named in it, right after the field.
    if (ents.words[head].entity < 0 && article::isAsciiUpper(s.tokens[head].form[0]) &&
        nlp::personRoleNoun(article::asciiLowered(s.tokens[head].form))) {
        for (std::size_t k = head + 1; k < s.tokens.size() && k <= head + 4; ++k) {
            const WordEntity& named = ents.words[k];
            if (named.entity >= 0 && named.kind == MentionKind::Name && named.first == k &&
                t.head(k) != NONE && (t.head(k) == head || t.head(t.head(k)) == head) &&
                doc.entity(static_cast<std::size_t>(named.entity)).type == EntityType::Person) {
                head = k;
                break;
            }
        }
    }
    // "Boeing's Starliner capsule landed": a common noun right after a product's name that
    // hangs on it says what kind of thing the product is; the product is what the phrase names.
    if (ents.words[head].entity < 0 && s.tokens[head].upos == "NOUN" && head > 0) {
        const WordEntity& before = ents.words[head - 1];
        if (before.entity >= 0 && before.kind == MentionKind::Name && t.head(head - 1) == head &&
            t.rel(head - 1) == "compound" &&
            doc.entity(static_cast<std::size_t>(before.entity)).type == EntityType::Product) {
            head = head - 1;
        }
    }
    // "The project, called Ocean Wind 3, will power 500,000 homes": a common noun that a
    // participle of naming gives a name is that name.
    if (ents.words[head].entity < 0 && s.tokens[head].upos == "NOUN") {
        for (std::size_t c : t.children[head]) {
            // (Not an infinitive, which is an act the noun is for: "a vote to name Imamoglu as
            // its candidate" is no Imamoglu.)
            if (t.rel(c) != "acl" || !isOneOf(t.lemma(c), {"call", "name", "dub"}) ||
                t.child(c, {"mark"}) != NONE) {
                continue;
            }
            const std::size_t name = t.child(c, {"xcomp", "obj"});
            if (name != NONE && ents.words[name].entity >= 0 &&
                ents.words[name].kind == MentionKind::Name) {
                head = name;
                break;
            }
        }
    }
    // "The city of Baltimore sued McKesson": a word for a kind of place before "of" and a
    // place's name is that place.
    if (ents.words[head].entity < 0 &&
        isOneOf(nounLemma(s.tokens[head]), {"city", "state", "province", "region", "county", "town",
                                            "island", "prefecture", "district"})) {
        const std::size_t place = t.phraseAfter(head, "nmod", {"of"}, [&](std::size_t c) {
            return ents.words[c].entity >= 0 && ents.words[c].kind == MentionKind::Name &&
                   doc.entity(static_cast<std::size_t>(ents.words[c].entity)).type ==
                       EntityType::Gpe;
        });
        if (place != NONE) {
            head = place;
        }
    }
    // "The shares of Chinese metals producers surged": the market speaks of the companies.
    if (ents.words[head].entity < 0 &&
        isOneOf(nounLemma(s.tokens[head]), {"share", "stock", "bond"})) {
        std::size_t of = t.phraseAfter(head, "nmod", {"of"}, [&](std::size_t c) {
            return ents.words[c].entity >= 0 || agentNoun(nounLemma(s.tokens[c]));
        });
        // ("Shares in Novo Nordisk plunged": in a company, not in a market's place.)
        if (of == NONE) {
            of = t.phraseAfter(head, "nmod", {"in"}, [&](std::size_t c) {
                return ents.words[c].entity >= 0 &&
                       doc.entity(static_cast<std::size_t>(ents.words[c].entity)).type ==
                           EntityType::Org;
            });
        }
        if (of != NONE) {
            head = of;
        }
    }
    // "Micron's products failed a security review", "Micron's shares fell", "OpenAI's board
    // fired Altman": as a subject, a company's products, shares, board or spokespeople stand for
    // the company. (Not as an object: "bought Micron's products" is no purchase of Micron.)
    if (ents.words[head].entity < 0 && arg.role == openie::ArgRole::Subject &&
        isOneOf(nounLemma(s.tokens[head]),
                {"share",         "stock",     "product",     "chip",       "device",
                 "equipment",     "software",  "hardware",    "processor",  "phone",
                 "smartphone",    "component", "board",       "management", "leadership",
                 "spokesperson",  "spokesman", "spokeswoman", "lawyer",     "attorney",
                 "representative"})) {
        std::size_t owner = t.child(head, {"nmod:poss"});
        // "A spokesperson for Nvidia declined to comment", "a lawyer for TikTok".
        if (owner == NONE &&
            isOneOf(nounLemma(s.tokens[head]), {"spokesperson", "spokesman", "spokeswoman",
                                                "lawyer", "attorney", "representative"})) {
            owner =
                t.phraseAfter(head, "nmod", {"for", "of", "at"}, [](std::size_t) { return true; });
        }
        // (A pronoun owns shares and a board only: "its products" may be anyone's, while
        // "Wingtech said ..., and its shares fell" is the company's stock and "Disney said its
        // board had chosen" the company's choice.)
        if (owner != NONE && ents.words[owner].entity >= 0 &&
            (ents.words[owner].kind != MentionKind::Pronoun ||
             isOneOf(nounLemma(s.tokens[head]), {"share", "stock", "board"})) &&
            doc.entity(static_cast<std::size_t>(ents.words[owner].entity)).type ==
                EntityType::Org) {
            head = owner;
        }
    }
    const WordEntity& w = ents.words[head];
    if (w.entity >= 0) {
        Side named = entitySide(t, w, doc);
        named.word = head;
        return named;
    }
    side.name = coreNounPhrase(t, head, ents, doc);
    side.text = writtenText(t.s, arg);
    // A time the parse hung on the noun, or on a noun inside the phrase, is no part of it:
    // "that decision in July", "sales of the chips in July".
    std::vector<std::size_t> kept = arg.tokens;
    std::vector<std::size_t> time;
    for (std::size_t c : t.subtree(head)) {
        const std::size_t cs = t.child(c, {"case"});
        if (c != head && c > t.head(c) && std::find(time.begin(), time.end(), c) == time.end() &&
            t.rel(c) == "nmod" && cs != NONE && isOneOf(t.lemma(cs), {"in", "on"}) &&
            datePhrase(s, cs, c)) {
            for (std::size_t k : t.subtree(c)) {
                std::erase(kept, k);
                time.push_back(k);
            }
        }
    }
    if (kept.size() < arg.tokens.size()) {
        side.text = joinWords(s, kept);
    }
    // The phrase as written makes the better node name when it is short ("tougher US
    // restrictions on exports"); long ones give way to the core ("restrictions").
    std::string phrase = nounPhraseText(t, head);
    for (std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "}) {
        if (phrase.rfind(article, 0) == 0) {
            phrase.erase(0, article.size());
        }
    }
    if (!time.empty()) {
        std::sort(time.begin(), time.end());
        side.time = joinWords(s, time);
        const std::string when = " " + side.time;
        if (phrase.size() > when.size() &&
            phrase.compare(phrase.size() - when.size(), when.size(), when) == 0) {
            phrase.erase(phrase.size() - when.size());
        }
    }
    // (Not a relative's possessor: "whose search engine" is named after its owner.)
    if (!phrase.empty() && article::splitWords(phrase).size() <= 6 &&
        phrase.find("’s") == std::string::npos && phrase.find("'s") == std::string::npos &&
        article::asciiLowered(phrase).rfind("whose ", 0) != 0) {
        side.name = phrase;
    }
    side.type = EntityType::Concept;
    const std::string lemma = nounLemma(s.tokens[head]);
    side.actor = agentNoun(lemma) || nlp::personRoleNoun(lemma);
    side.head = head;
    // A sentence's capital is not the concept's ("Restrictions on ..." -> "restrictions on ..."),
    // unless the word is a people's name ("Japanese automakers") or a name's ("First Quantum
    // Minerals’s investment").
    // (Nor the first of a two-word people's name: "South Korean prosecutors".)
    if (!side.name.empty() && s.tokens[0].upos != "PROPN" &&
        (ents.words[0].entity < 0 || ents.words[0].kind != MentionKind::Name) &&
        side.name.size() > 1 && doc.gazetteer().demonymEntry(s.tokens[0].form) == nullptr &&
        article::isAsciiUpper(side.name[0]) && article::isAsciiLower(side.name[1]) &&
        // (the whole word: "A judge rejected Amazon's request" keeps "Amazon")
        side.name.rfind(s.tokens[0].form, 0) == 0 &&
        (side.name.size() == s.tokens[0].form.size() ||
         !article::isAsciiAlpha(side.name[s.tokens[0].form.size()])) &&
        (s.tokens.size() < 2 ||
         doc.gazetteer().demonymEntry(s.tokens[0].form + " " + s.tokens[1].form) == nullptr)) {
        side.name[0] = article::asciiLower(side.name[0]);
    }
    return side;
}

// The words of the first mention of `entity` in the sentence, or its name.
std::string mentionText(const SentenceTree& t, const SentenceEntities& ents, int entity) {
    const Sentence& s = t.s;
    for (const WordEntity& w : ents.words) {
        if (w.entity == entity) {
            return joinWords(s, w.first, w.last);
        }
    }
    return {};
}

// The name a relative clause with a singular verb is about when it follows a list of names:
// the one right before its relative pronoun ("Intel and Samsung, which *produces* memory" is
// about Samsung; "which produce" about both), as the word that ends it. NONE when the clause
// has no relative pronoun for its subject, its verb is not singular, or no member of the list
// comes right before it.
std::size_t singularRelativeAntecedent(const SentenceTree& t, const openie::Proposition& p,
                                       const SentenceEntities& ents) {
    const Sentence& s = t.s;
    std::size_t clause = NONE;
    for (std::size_t k : p.relationTokens) {
        if (k < s.tokens.size() && t.rel(k) == "acl:relcl") {
            clause = k;
        } else if (k < s.tokens.size() && t.head(k) != NONE && t.rel(t.head(k)) == "acl:relcl") {
            clause = t.head(k); // an auxiliary or copula of the clause
        }
        if (clause != NONE) {
            break;
        }
    }
    if (clause == NONE || p.arg1.head >= s.tokens.size()) {
        return NONE;
    }
    const std::size_t pronoun = t.child(clause, {"nsubj", "nsubj:pass"});
    if (pronoun == NONE || pronoun == 0 ||
        !isOneOf(article::asciiLowered(s.tokens[pronoun].form), {"which", "that", "who"})) {
        return NONE;
    }
    // The finite word decides: the first auxiliary or copula, else the verb itself.
    std::size_t finite = clause;
    for (std::size_t c : t.children[clause]) {
        if (c < finite && isOneOf(t.rel(c), {"aux", "aux:pass", "cop"})) {
            finite = c;
        }
    }
    if (s.tokens[finite].xpos != "VBZ" && article::asciiLowered(s.tokens[finite].form) != "was") {
        return NONE;
    }
    std::size_t before = pronoun - 1;
    if (s.tokens[before].upos == "PUNCT" && before > 0) {
        --before;
    }
    const int nearest = ents.words[before].entity;
    const WordEntity& head = ents.words[p.arg1.head];
    if (nearest < 0 || (nearest != head.entity && std::find(head.also.begin(), head.also.end(),
                                                            nearest) == head.also.end())) {
        return NONE;
    }
    return before;
}

// The argument's entity and the other members of a plural mention, or its concept.
std::vector<Side> resolveSides(const SentenceTree& t, const openie::Argument& arg,
                               const SentenceEntities& ents, const DocumentEntities& doc) {
    const Sentence& s = t.s;
    std::vector<Side> out;
    Side side = resolveArgument(t, arg, ents, doc);
    if (side.name.empty()) {
        return out;
    }
    out.push_back(side);
    // "appointed two interim co-chief executives, David Zinsner and Michelle Johnston Holthaus":
    // the names in apposition to a plural noun are whom it counts.
    if (!side.entity && arg.head < s.tokens.size() && s.tokens[arg.head].xpos == "NNS") {
        std::vector<Side> named;
        const auto name = [&](std::size_t k) {
            return ents.words[k].entity >= 0 && ents.words[k].kind == MentionKind::Name;
        };
        for (std::size_t c : t.children[arg.head]) {
            if (c <= arg.head || t.rel(c) != "appos" || !name(c)) {
                continue;
            }
            named.push_back(namedSide(doc, ents.words[c].entity));
            for (std::size_t d : t.children[c]) {
                if (t.rel(d) == "conj" && name(d)) {
                    named.push_back(namedSide(doc, ents.words[d].entity));
                }
            }
        }
        if (named.size() >= 2) {
            return named;
        }
    }
    if (side.entity && arg.head < s.tokens.size()) {
        // (the members of a list the argument stands on: "Representatives for OpenAI and
        // Oracle declined to comment")
        const std::size_t on = side.word != NONE ? side.word : arg.head;
        for (int other : ents.words[on].also) {
            // (the plural mention's own words belong to the first member)
            out.push_back(namedSide(doc, other));
        }
    }
    return out;
}

// "is dependent on imports of the metals": the adjective after "be" that heads the argument,
// with the preposition of its oblique, belongs to the relation to an actor nested in it ("be
// dependent on import of", not "be import of"), as " dependent on"; "" when the argument's head
// is no adjective or the actor's path starts with it already ("is severe for SK Hynix").
std::string adjectiveOfBe(const SentenceTree& t, std::size_t head, const std::string& path) {
    const Sentence& s = t.s;
    if (head >= s.tokens.size() || s.tokens[head].upos != "ADJ" ||
        path.starts_with(s.tokens[head].lemma)) {
        return "";
    }
    std::string out = " " + s.tokens[head].lemma;
    for (std::size_t c : t.children[head]) {
        const std::size_t cs = t.child(c, {"case"});
        if (t.rel(c).starts_with("obl") && cs != NONE) {
            return out + " " + s.tokens[cs].lemma;
        }
    }
    return out;
}

// Whether a noun lemma names a span of time ("century", "decade"), which links no actor to a
// verb by itself: "ending almost a century of onshore production in the country".
bool spanOfTime(std::string_view lemma) {
    return isOneOf(
        lemma, {"century", "decade", "year", "month", "week", "day", "period", "time", "history"});
}

struct Nested {
    Side side;
    std::string path; ///< words that link it to the argument's head ("waivers to")
    /// Hung on a name, where the parse put a phrase of the verb ("added to the Entity List by
    /// the Commerce Department"): the path is the verb's preposition, without the argument's.
    bool onName = false;
};

// Whether `prep` links a member to the set it belongs to ("36 companies, including YMTC",
// "firms such as Huawei"): the member takes the set's place, with no linking words.
bool memberPreposition(std::string_view prep) {
    return isOneOf(prep, {"include", "including", "such as", "like"});
}

// Whether a preposition (as written or as its lemma) sets the scene for a whole clause
// ("following months of pressure", "after the ban", "amid tensions", "despite warnings",
// "during a visit") rather than completing a noun.
bool sceneSetting(std::string_view preposition) {
    return isOneOf(article::asciiLowered(preposition),
                   {"following", "follow", "after", "amid", "despite", "during"});
}

// Entities inside an argument other than its head's: each mention whose syntactic head lies
// inside the argument under nmod, conj, appos or obl, with the words that link it.
std::vector<Nested> nestedEntities(const SentenceTree& t, const openie::Argument& arg,
                                   const SentenceEntities& ents, const DocumentEntities& doc) {
    const Sentence& s = t.s;
    std::vector<Nested> out;
    if (arg.empty() || arg.head >= s.tokens.size() ||
        isOneOf(s.tokens[arg.head].upos, {"VERB", "AUX"})) {
        return out; // a clause's actors are its own proposition's, not this one's
    }
    // (Nor are those of what the verb says its object is, which describe the object: "making it
    // the deadliest hurricane on the U.S. mainland since Katrina", "make Microsoft the
    // third-largest gaming company, behind Tencent and Sony".)
    if (arg.role != openie::ArgRole::Subject && arg.role != openie::ArgRole::Object &&
        t.rel(arg.head) == "xcomp" && isOneOf(s.tokens[arg.head].upos, {"NOUN", "ADJ"}) &&
        t.head(arg.head) != NONE && t.child(t.head(arg.head), {"obj"}) != NONE) {
        return out;
    }
    std::vector<int> seen{ents.words[arg.head].entity};
    std::vector<std::pair<std::size_t, std::string>> pathAt; // each mention's head and path
    // The argument's own noun and the preposition of noun `h` that hangs on it ("response to "
    // for "sales" in "a response to arms sales to Taiwan"), "" when `h` hangs elsewhere.
    const auto argumentNounBefore = [&](std::size_t h) -> std::string {
        const std::size_t up = t.head(h);
        const std::size_t hc = t.child(h, {"case"});
        if (up == arg.head && t.rel(h) == "nmod" && hc != NONE && hc < h &&
            (s.tokens[up].upos == "NOUN" || amountWord(s.tokens[up])) &&
            ents.words[up].entity < 0) {
            // (Of a sum only its preposition: "invested $8 billion in its plant in North
            // Carolina" -> "invest in plant in", not "invest dollar in plant in"; "raised $675
            // million from investors including Microsoft" -> "raise from".)
            // (A count in the plural gives way to its "of" noun: "forced thousands of
            // dealerships across North America" -> "force dealership across"; so does a
            // part of a set: "resolves one of the last legacy cases inherited from Credit
            // Suisse" -> "resolve case inherited from".)
            // (So does a number of them: "at all 14 of its assembly plants in Japan" -> "at
            // plant in".)
            if ((pluralCount(s.tokens[up]) || s.tokens[up].upos == "NUM" ||
                 isOneOf(article::asciiLowered(s.tokens[up].form),
                         {"one", "some", "many", "most", "all", "each", "none", "several", "few",
                          "both", "any"})) &&
                s.tokens[hc].lemma == "of") {
                return "";
            }
            if (amountWord(s.tokens[up])) {
                return s.tokens[hc].lemma + " ";
            }
            return s.tokens[up].lemma + " " + s.tokens[hc].lemma + " ";
        }
        return "";
    };
    // The same without the space after it ("merger of"), as a path of its own.
    const auto argumentNounOf = [&](std::size_t h) {
        std::string path = argumentNounBefore(h);
        if (!path.empty()) {
            path.pop_back();
        }
        return path;
    };
    for (std::size_t k : arg.tokens) {
        const WordEntity& w = ents.words[k];
        if (k == arg.head || w.entity < 0 ||
            std::find(seen.begin(), seen.end(), w.entity) != seen.end()) {
            continue;
        }
        std::size_t h = t.head(k); // (moved up past a participle below)
        if (h != NONE && h >= w.first && h <= w.last) {
            continue; // not the mention's own head word
        }
        // Only actors near the argument's head: four steps at most ("waivers granted to Intel"
        // is two), not anything a long subtree reaches; through a participle, but not through a
        // clause with a marker or of its own ("pressure ... to tighten controls on China"),
        // whose actors are that clause's proposition's; nor through a phrase that sets the
        // scene for the whole clause, whatever the parse hung it on ("restrict exports ...,
        // following months of pressure from the US").
        // (In an extra argument the participle's actors are its own proposition's: "claimed, in
        // an article posted on WeChat, ...", where the article was posted on WeChat.)
        const bool extra =
            arg.role != openie::ArgRole::Subject && arg.role != openie::ArgRole::Object;
        std::size_t steps = 0;
        bool clause = false;
        for (std::size_t up = k; up != NONE && up != arg.head && steps <= 5; up = t.head(up)) {
            ++steps;
            const std::size_t upCase = t.child(up, {"case"});
            // (nor through an apposition of another actor, which says what that actor is:
            // "an investor in Anthropic, a rival of OpenAI" is no rival of OpenAI; a name in
            // apposition to its own description is no other actor: "the supermarket chains
            // Kroger and Albertsons")
            const std::size_t upHead = t.head(up);
            // (Nor through a participle of where a thing is or was made, which says so by
            // itself: "a tariff on electric vehicles made in China", "firms based in India".)
            clause = clause || isOneOf(t.rel(up), {"acl:relcl", "advcl", "ccomp", "xcomp"}) ||
                     (t.rel(up) == "acl" && (extra || t.child(up, {"mark"}) != NONE)) ||
                     (t.rel(up) == "acl" && up != k &&
                      isOneOf(t.lemma(up), {"base", "make", "build", "produce", "manufacture",
                                            "locate", "headquarter", "assemble"})) ||
                     (upCase != NONE && sceneSetting(t.s.tokens[upCase].form)) ||
                     // (nor through an alternative set aside: "in Belgium rather than China")
                     nlp::setAsideConjunct(s.tokens, up) ||
                     // (nor through a member of a set that is no actor itself: "paid $1
                     // billion for podcast rights, including a deal with Joe Rogan")
                     (upCase != NONE && up != k &&
                      memberPreposition(article::asciiLowered(t.s.tokens[upCase].form))) ||
                     (t.rel(up) == "appos" && upHead != NONE && upHead != arg.head &&
                      ents.words[upHead].entity >= 0 &&
                      ents.words[upHead].entity != ents.words[up].entity && up != k);
        }
        if (steps > 4 || clause) {
            continue;
        }
        const std::string& rel = s.tokens[k].deprel;
        // "projects" in "for Intel projects" belong to Intel: the head's owner by name. (Not
        // a title before a person's name, "the acquittal of Samsung Electronics chairman Lee
        // Jae-yong", which is the person's role, said by a fact of its own.)
        // (Nor a maker's name after another owner: "one of its Boeing 787 jets" are the
        // airline's.)
        const bool owner = rel == "compound" && t.rel(h) != "nmod:desc" &&
                           t.child(h, {"nmod:poss"}) == NONE &&
                           modifierActor(t, h, ents, doc).has_value();
        // "our U.S. operations", "its Japan plant": a place before a word for a site or a
        // business is where it is.
        const bool site =
            rel == "compound" && h != NONE && ents.words[h].entity < 0 &&
            doc.entity(static_cast<std::size_t>(w.entity)).type == EntityType::Gpe &&
            isOneOf(nounLemma(s.tokens[h]),
                    {"operation", "facility", "plant", "factory", "fab", "office", "subsidiary",
                     "unit", "business", "production", "headquarters", "site", "branch"});
        // "slow Beijing's progress", "limiting China's access": the actor whose state or
        // capacity an object names is what the verb acts on through that noun ("slow progress
        // of"), as is the one whose takings or standing it names ("hurt Nvidia's sales"). (Not
        // a thing the actor owns or makes: "bought Micron's products".)
        const bool possessorOfAState =
            rel == "nmod:poss" && h == arg.head && arg.role == openie::ArgRole::Object &&
            ents.words[h].entity < 0 && w.kind == MentionKind::Name &&
            isOneOf(nounLemma(s.tokens[h]),
                    {"progress", "access", "growth", "development", "ability", "capacity",
                     "dominance", "expansion", "rise", "influence", "position", "ambition",
                     "effort", "advance", "lead", "supply", "economy", "industry",
                     // (and its takings and standing: "hurt Nvidia's sales")
                     "sale", "revenue", "profit", "earnings", "income", "output", "production",
                     "export", "import", "margin", "valuation", "reputation"});
        if (!(rel == "nmod" || rel == "conj" || rel == "appos" || rel == "obl" || owner || site ||
              possessorOfAState)) {
            continue; // possessors are the possessive pattern's; compounds name the head
        }
        // A conjunct is linked as its first conjunct would be: not after an agent ("cars made
        // by BYD and Tesla's Shanghai plant" leads to no Tesla).
        if (rel == "conj" && h != NONE && h != arg.head &&
            !isOneOf(t.rel(h), {"nmod", "obl", "appos", "conj"})) {
            continue;
        }
        Nested n;
        n.side = entitySide(t, w, doc);
        if (rel == "nmod" || rel == "obl") {
            // The mention's preposition, also when the parse hung it on another of its words
            // ("including Yangtze Memory Technologies" with "including" on "Memory").
            std::string prep;
            for (std::size_t m = w.first; m <= w.last && m < s.tokens.size(); ++m) {
                if (m != k && t.head(m) != NONE && (t.head(m) < w.first || t.head(m) > w.last)) {
                    continue; // a word of the span that hangs outside it
                }
                for (std::size_t c : t.children[m]) {
                    // (Not a name's own possessive mark: "Ben & Jerry's".)
                    if (t.rel(c) == "case" && (c < w.first || c > w.last || m == k) &&
                        !(c > w.first && c <= w.last && possessiveMark(s.tokens[c].form))) {
                        prep += (prep.empty() ? "" : " ") + s.tokens[c].lemma;
                        for (std::size_t f : t.children[c]) { // "such as", "because of"
                            if (t.rel(f) == "fixed") {
                                prep += " " + s.tokens[f].lemma;
                            }
                        }
                    }
                }
            }
            // "in the northern province of Bac Ninh" is in Bac Ninh: a word for a kind of place
            // before "of" and a place's name gives way to the name, which takes its preposition
            // and its head (or, heading the argument, leaves the link to the argument's own
            // relation: "based in the eastern city of Hefei" is based in Hefei).
            bool placeHeadsTheArgument = false;
            if (prep == "of" && h != NONE && s.tokens[h].upos == "NOUN" &&
                doc.entity(static_cast<std::size_t>(w.entity)).type == EntityType::Gpe &&
                isOneOf(nounLemma(s.tokens[h]), {"province", "state", "city", "region", "county",
                                                 "district", "town", "island", "prefecture"})) {
                const std::size_t hc = t.child(h, {"case"});
                if (h == arg.head) {
                    placeHeadsTheArgument = true;
                } else if (hc != NONE && t.head(h) != NONE) {
                    prep = s.tokens[hc].lemma;
                    h = t.head(h);
                }
            }
            // (Not what stands instead: "bought chips from Samsung instead of Nvidia".)
            if (isOneOf(prep, {"instead of", "rather than"})) {
                continue;
            }
            // (Here also one the text singles out: "notably Huawei".)
            const bool member = memberPreposition(prep) || prep == "notably";
            // The noun the actor hangs on ("sales of", "waivers to"), unless it is the head of
            // an argument that is itself the actor's phrase. Through a participle, the noun
            // the participle modifies and the participle: "revoked waivers granted to Intel"
            // -> "revoke waiver granted to", not "revoke to".
            std::string noun;
            std::string participle;
            if (h != NONE && s.tokens[h].upos == "VERB" && t.rel(h) == "acl" && t.head(h) != NONE &&
                s.tokens[t.head(h)].upos == "NOUN") {
                participle = article::asciiLowered(s.tokens[h].form);
                h = t.head(h);
            }
            // (Not a name: "met Trade Minister Ahn in Seoul" meets in Seoul, not "Ahn in".)
            n.onName = h != NONE &&
                       (s.tokens[h].upos == "PROPN" ||
                        (ents.words[h].entity >= 0 && ents.words[h].kind == MentionKind::Name));
            // (Nor an amount: "fell 2% in Hong Kong" falls in Hong Kong, "raised $50 million
            // from Sequoia" raises from it.)
            const bool amount = h != NONE && amountWord(s.tokens[h]);
            if (!member && h != NONE && !s.tokens[h].lemma.empty() && s.tokens[h].upos != "VERB" &&
                !n.onName && !amount) {
                // (A noun farther down than one below the argument's own would leave the
                // levels between out of the path: "settle an investigation into bribes paid to
                // officials at Petrobras" says nothing of Petrobras as "settle official at".)
                // (Nor a span of time: "ending almost a century of onshore production in the
                // country" ends no century in Nigeria.)
                // (Nor a noun hung on the argument's with no preposition, which the parse could
                // not place: "makes Microsoft the world's third-largest gaming company, behind
                // Tencent" makes no company behind Tencent.)
                // (Nor a pronoun, whose lemma names nothing: "require all judges, including
                // those on the Supreme Court" requires no "that on" it; "those of Apple" are
                // Apple's, below.)
                if ((h != arg.head && t.head(h) != arg.head) ||
                    spanOfTime(nounLemma(s.tokens[h])) ||
                    (s.tokens[h].upos == "PRON" && prep != "of") ||
                    (h != arg.head && t.rel(h) == "nmod" && t.child(h, {"case"}) == NONE)) {
                    continue;
                }
                // (Nor where a noun one below it is, which says where that noun is, not how
                // the argument's own relates to the actor: "sell the streaming rights for games
                // outside Europe" sells no rights outside Europe, "restart a reactor at the
                // plant in Pennsylvania" restarts none in it; unless the noun is the argument's
                // own complement, "exports of equipment to China", or the argument a sum,
                // "invested $8 billion in its plant in North Carolina", or the noun a site,
                // where the argument's own is: "continues work on its facility in Licking
                // County".)
                if (const std::size_t hc = t.child(h, {"case"});
                    h != arg.head && !amountWord(s.tokens[arg.head]) && hc != NONE &&
                    !isOneOf(t.lemma(hc), {"of", "to"}) &&
                    !isOneOf(nounLemma(s.tokens[h]),
                             {"plant", "facility", "factory", "fab", "office", "headquarters",
                              "site", "mine", "refinery", "campus", "port", "warehouse", "mill",
                              "smelter", "shipyard", "terminal", "base", "centre", "center"}) &&
                    isOneOf(prep, {"in", "at", "near", "outside", "inside", "across", "within",
                                   "around", "throughout"})) {
                    continue;
                }
                // The noun with its compounds: "fund manager at", "export control on"; and
                // with an adjective that says the role is not now held ("former chief
                // executive of": he no longer is).
                for (std::size_t c : t.children[h]) {
                    // (Not a sum's currency: "its 24.6 billion dollar purchase of Albertsons"
                    // -> "purchase of".)
                    // (Nor a measure of the thing: "11-year media rights deals" -> "media
                    // rights deal with".)
                    const bool compound = t.rel(c) == "compound" &&
                                          isOneOf(s.tokens[c].upos, {"NOUN", "PROPN", "ADJ"}) &&
                                          !currency(s.tokens[c]) && t.child(c, {"nummod"}) == NONE;
                    if (c < h &&
                        (compound || (t.rel(c) == "amod" && roleTenureWord(s.tokens[c].form))) &&
                        (ents.words[c].entity < 0 ||
                         ents.words[c].kind == MentionKind::Apposition)) {
                        // (with the compound's own compounds: "class action lawsuit", not
                        // "action lawsuit")
                        for (std::size_t g : t.children[c]) {
                            if (g < c && t.rel(g) == "compound" && ents.words[g].entity < 0 &&
                                isOneOf(s.tokens[g].upos, {"NOUN", "ADJ"}) &&
                                t.child(g, {"nummod"}) == NONE) {
                                noun += s.tokens[g].lemma + " ";
                            }
                        }
                        // (as written: a modifier keeps its plural, "media rights deal",
                        // "arms sale")
                        std::string written = s.tokens[c].form;
                        if (c == 0 && !written.empty()) {
                            written[0] = article::asciiLowered(written.substr(0, 1))[0];
                        }
                        noun += (s.tokens[c].upos == "NOUN" ? written : s.tokens[c].lemma) + " ";
                    }
                }
                noun += s.tokens[h].lemma;
                if (!participle.empty()) {
                    noun += " " + participle;
                }
                // The argument's own noun when the actor's noun hangs on it: "a response to
                // arms sales to Taiwan" -> "response to arm sale to", not "arm sale to".
                noun = argumentNounBefore(h) + noun;
            }
            // (A member of a set farther down than one below the argument's own is no member
            // of the argument: "faced criticism over the quality of its brands, including
            // Perrier" faced no Perrier.)
            // (Nor one the parse hung on a participle inside the argument, a member of the
            // participle's object of actors: "freed in a prisoner exchange involving several
            // countries, including Germany" was freed in no Germany; "hurt firms selling chips,
            // including Nvidia" hurt Nvidia.)
            const std::size_t participleObject =
                participle.empty() ? NONE : t.child(t.head(k), {"obj"});
            const std::string objectLemma =
                participleObject == NONE ? std::string() : nounLemma(s.tokens[participleObject]);
            const bool objectsMember =
                participleObject != NONE && participleObject < k &&
                s.tokens[participleObject].xpos == "NNS" &&
                (agentNoun(objectLemma) ||
                 isOneOf(objectLemma, {"country", "nation", "state", "city"}));
            if (member && h != NONE &&
                (objectsMember || (h != arg.head && t.head(h) != arg.head))) {
                continue;
            }
            // "compete with those of OpenAI": a demonstrative standing in for a noun said
            // before gives the actor after "of" the argument's own link ("compete with").
            const bool standIn =
                h == arg.head && h != NONE && s.tokens[h].upos == "PRON" &&
                isOneOf(article::asciiLowered(s.tokens[h].form), {"that", "those"}) && prep == "of";
            if (standIn) {
                n.path.clear();
            } else if (!member && !placeHeadsTheArgument) {
                n.path = noun.empty() ? prep : noun + (prep.empty() ? "" : " " + prep);
            } else if (member && h != NONE && h != arg.head) {
                // A member takes the place of its set, and so the set's own link to the
                // argument: "raised $6.6 billion from investors including Microsoft" -> "raise
                // from", not "raise".
                n.path = argumentNounOf(h);
            }
            // A share of a company is a stake in it: "owns about 90% of Arm" -> "own stake
            // in", not "own of".
            if (amount && prep == "of" && h == arg.head &&
                doc.entity(static_cast<std::size_t>(w.entity)).type == EntityType::Org) {
                n.path = "stake in";
            }
        } else if (site) {
            n.path = nounLemma(s.tokens[h]) + " in"; // "its New Albany facility": not "of"
            // Behind the argument's own noun too: "exports cars from its Shanghai factory" ->
            // "export car from factory in", not "export factory in".
            n.path = argumentNounBefore(h) + n.path;
        } else if (owner || possessorOfAState) {
            // (behind the argument's own noun: "sold the rights for Activision games to
            // Ubisoft" -> "sell right for game of", not "sell game of")
            n.path = argumentNounBefore(h) + s.tokens[h].lemma + " of";
            // A person's role over the owner's thing is a role at the owner: "the founder of
            // the Telegram messaging app" is founder of Telegram, not "app of".
            if (const std::size_t hc = t.child(h, {"case"});
                owner && h != arg.head && t.head(h) == arg.head && t.rel(h) == "nmod" &&
                hc != NONE && t.lemma(hc) == "of" && s.tokens[arg.head].upos == "NOUN" &&
                nlp::personRoleNoun(nounLemma(s.tokens[arg.head]))) {
                n.path = nounLemma(s.tokens[arg.head]) + " of";
            }
        } else if (rel == "appos") {
            // A name in apposition stands for its noun, with the noun's link to the argument:
            // "blocked the merger of two chains, Jumbo and Plus" -> "block merger of". (Deeper
            // down, with no such link, it names no part of the argument: "destroying a
            // satellite owned by the Japanese agency JAXA" destroys no JAXA.)
            n.path = argumentNounOf(h);
            if (n.path.empty() && h != arg.head) {
                continue;
            }
        } else if (rel == "conj") {
            // The first conjunct's path: "a battle between the iPhone maker and Brussels" is
            // one "between" both. (None when the first conjunct was left out: "damaged tens of
            // thousands of homes in Florida and Georgia" damages no Georgia.)
            // (The first conjunct may be named right after a description of it, the two
            // recorded at the description's word: "the supermarket chains Kroger and
            // Albertsons", at "chains".)
            bool found = h == arg.head;
            const WordEntity& first = ents.words[h];
            for (const auto& [at, path] : pathAt) {
                if (at == h ||
                    (first.entity >= 0 && ents.words[at].entity == first.entity && at < h &&
                     ents.words[at].first <= h && h <= ents.words[at].last + 1)) {
                    n.path = path;
                    found = true;
                }
            }
            if (!found) {
                continue;
            }
        }
        pathAt.emplace_back(k, n.path);
        seen.push_back(w.entity);
        out.push_back(std::move(n));
        // The other members of a list the mention heads ("granted to Intel, Samsung, and SK
        // hynix" when the parse hangs the list's last names elsewhere).
        for (int other : w.also) {
            if (std::find(seen.begin(), seen.end(), other) != seen.end()) {
                continue;
            }
            Nested more = out.back();
            more.side = namedSide(doc, other);
            seen.push_back(other);
            out.push_back(std::move(more));
        }
    }
    // An unnamed group of actors the argument's head reaches with a preposition, right on the
    // head or on its "of" noun: "restricting exports of some chipmaking equipment to countries
    // branded unfriendly" -> "restrict export to" the countries. Only plural words for actors
    // ("countries", "companies", "buyers"); named ones are above.
    for (std::size_t k : arg.tokens) {
        const std::size_t h = t.head(k);
        const std::size_t kc = t.child(k, {"case"});
        if (k == arg.head || ents.words[k].entity >= 0 || s.tokens[k].xpos != "NNS" ||
            t.rel(k) != "nmod" || h == NONE || kc == NONE ||
            !isOneOf(t.lemma(kc), {"to", "from", "against"}) ||
            !(agentNoun(nounLemma(s.tokens[k])) ||
              isOneOf(nounLemma(s.tokens[k]), {"country", "nation"})) ||
            s.tokens[h].upos != "NOUN" || ents.words[h].entity >= 0 ||
            !(h == arg.head || (t.head(h) == arg.head && t.rel(h) == "nmod"))) {
            continue;
        }
        Nested n;
        n.side = resolveArgument(t, phraseArgument(t, k), ents, doc);
        if (n.side.entity || n.side.name.empty()) {
            continue;
        }
        n.side.actor = true; // (countries too)
        // (Of a sum only the preposition: "raised $6.6 billion from investors" -> "raise from".)
        n.path = currency(s.tokens[h]) ? std::string(t.lemma(kc))
                                       : s.tokens[h].lemma + " " + std::string(t.lemma(kc));
        const std::size_t hc = t.child(h, {"case"});
        if (h != arg.head && hc != NONE) { // "export of equipment to"
            n.path = s.tokens[arg.head].lemma + " " + std::string(t.lemma(hc)) + " " + n.path;
        }
        out.push_back(std::move(n));
    }
    return out;
}

// "A Chinese state media-affiliated outlet", "An Israeli startup": an organisation the text has
// not named yet (an indefinite noun phrase whose last word is a word for one).
bool unnamedOrganisation(std::string_view text) {
    if (!(text.starts_with("A ") || text.starts_with("An "))) {
        return false;
    }
    const std::vector<std::string_view> words = article::splitWords(text);
    return words.size() >= 2 &&
           isOneOf(article::asciiLowered(words.back()),
                   {"outlet",    "company",   "firm",   "account",      "newspaper",
                    "website",   "group",     "agency", "broadcaster",  "publication",
                    "startup",   "chipmaker", "maker",  "manufacturer", "supplier",
                    "regulator", "bank",      "fund",   "lab",          "network"});
}

// An organisation first named in this sentence (its entity index at least `knownBefore`) and
// introduced as an actor: with an apposition ("Yuyuan Tantian, a social media account") or as
// the subject of the sentence's main verb. -1 when there is none.
int newlyNamedOrganisation(const SentenceTree& t, const SentenceEntities& ents,
                           const DocumentEntities& doc, std::size_t knownBefore) {
    for (std::size_t i = 0; i < ents.words.size(); ++i) {
        const WordEntity& w = ents.words[i];
        if (w.entity < 0 || static_cast<std::size_t>(w.entity) < knownBefore ||
            doc.entity(static_cast<std::size_t>(w.entity)).type != EntityType::Org) {
            continue;
        }
        const bool apposition = w.kind == MentionKind::Apposition;
        const std::size_t h = t.head(i);
        const bool subject =
            w.kind == MentionKind::Name && t.rel(i) == "nsubj" && h != NONE && t.rel(h) == "root";
        if (apposition || subject) {
            return w.entity;
        }
    }
    return -1;
}

bool opensWithQuote(const Sentence& s) {
    return !s.tokens.empty() && isOneOf(s.tokens.front().form, {"“", "\"", "``"});
}

// Whether a quote is still open after `s`, given whether one was open before it: curly quotes
// open and close; a straight one toggles.
bool quoteOpenAfter(const Sentence& s, bool open) {
    for (const nlp::Token& tok : s.tokens) {
        if (tok.form == "“" || tok.form == "``") {
            open = true;
        } else if (tok.form == "”" || tok.form == "''") {
            open = false;
        } else if (tok.form == "\"") {
            open = !open;
        }
    }
    return open;
}

// Who speaks in a sentence: the person or organisation that is the subject of its verb of
// saying, else `previous` when the sentence carries on a quote (it opens with a quote mark, or
// a quote was left open before it).
std::optional<Side> sentenceSpeaker(const SentenceTree& t, const SentenceEntities& ents,
                                    const DocumentEntities& doc,
                                    const std::optional<Side>& previous, bool quoteOpen) {
    const Sentence& s = t.s;
    for (std::size_t v = 0; v < s.tokens.size(); ++v) {
        if (s.tokens[v].upos != "VERB" ||
            !isOneOf(s.tokens[v].lemma,
                     {"say", "tell", "state", "add", "note", "write", "comment", "announce"})) {
            continue;
        }
        // The speaker is the person, else the organisation, the subject names; a title before
        // the name may take the nsubj itself ("U.S. Secretary of Commerce Gina Raimondo said").
        std::optional<Side> org;
        for (std::size_t subject : t.children[v]) {
            if (t.rel(subject) != "nsubj") {
                continue;
            }
            for (std::size_t who : t.subtree(subject)) {
                if (ents.words[who].entity < 0) {
                    continue;
                }
                Side side = entitySide(t, ents.words[who], doc);
                if (side.type == EntityType::Person) {
                    return side;
                }
                if (side.type == EntityType::Org && !org) {
                    org = std::move(side);
                }
            }
        }
        if (org) {
            return org;
        }
    }
    return opensWithQuote(s) || quoteOpen ? previous : std::nullopt;
}

// The actors a quote thanks: names between "Thanks to" and the next comma, in a sentence that
// opens with a quote mark (narration's "sales rose thanks to demand" credits nobody).
std::vector<Side> thankedActors(const SentenceTree& t, const SentenceEntities& ents,
                                const DocumentEntities& doc) {
    const Sentence& s = t.s;
    std::vector<Side> out;
    if (!opensWithQuote(s)) {
        return out;
    }
    for (std::size_t k = 0; k + 1 < s.tokens.size(); ++k) {
        if (article::asciiLowered(s.tokens[k].form) != "thanks" || s.tokens[k + 1].form != "to") {
            continue;
        }
        for (std::size_t j = k + 2; j < s.tokens.size() && s.tokens[j].form != ","; ++j) {
            const WordEntity& w = ents.words[j];
            if (w.entity >= 0 && w.first == j && w.kind != MentionKind::Pronoun) {
                out.push_back(entitySide(t, w, doc));
            }
        }
    }
    return out;
}

// Whether `text` has a letter or a digit (any non-ASCII character counts as one).
bool hasWord(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return article::isAsciiAlpha(c) || article::isAsciiDigit(c) ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

// A statement side that names nothing a graph can hold: a pronoun left unresolved ("they /
// hold / UK"), a reflexive one, which names its own subject again ("agreed to sell itself"),
// a lone article ("Aura / have / a"), or a quote mark.
bool namesNothing(std::string_view side) {
    const std::string lower = article::asciiLowered(side);
    return !hasWord(side) || side.find("``") != std::string_view::npos ||
           isOneOf(lower, {"it",   "its",  "they",  "them",  "their", "he",  "him",  "his",
                           "she",  "her",  "we",    "us",    "our",   "i",   "me",   "you",
                           "this", "that", "these", "those", "which", "who", "whom", "what",
                           "a",    "an",   "the",   "some",  "any",   "all", "both", "each"}) ||
           isOneOf(lower, {"itself", "themselves", "himself", "herself", "ourselves", "myself",
                           "yourself"}) ||
           // A preposition or conjunction the parse left on its own ("It's less than ...").
           isOneOf(lower, {"than", "as", "of", "to", "for", "in", "on", "at", "by", "with", "from",
                           "and", "or", "but", "if", "so"});
}

struct NominalAct {
    Side agent;
    std::string relation;
    std::string relationText;
    Side target;
};

// The actor behind an act noun: its possessor ("its investments", "Japan's plan"), a name in
// front of it ("U.S. restrictions"), the owner of the measure it names, or the subject of a
// verb that imposes, keeps or eases it ("wants the United States to relax restrictions").
std::optional<Side> actOwner(const SentenceTree& t, std::size_t n, const SentenceEntities& ents,
                             const DocumentEntities& doc) {
    auto actorAt = [&](std::size_t k) -> std::optional<Side> {
        if (k == NONE || ents.words[k].entity < 0) {
            return std::nullopt;
        }
        Side side = entitySide(t, ents.words[k], doc);
        if (!side.actor || side.type == EntityType::Product) {
            return std::nullopt;
        }
        return side;
    };
    if (std::optional<Side> a = actorAt(t.child(n, {"nmod:poss"}))) {
        return a;
    }
    for (std::size_t c : t.children[n]) {
        if (c < n && t.rel(c) == "compound" && ents.words[c].kind != MentionKind::Pronoun) {
            if (std::optional<Side> a = actorAt(c)) {
                return a;
            }
        }
    }
    if (ents.words[n].entity >= 0) {
        const DocEntity& e = doc.entity(static_cast<std::size_t>(ents.words[n].entity));
        if (e.policy && e.owner >= 0) {
            return namedSide(doc, e.owner);
        }
    }
    // "Intel is playing an important role in the revitalization of ...": the player acts.
    // (The parse hangs "in ..." on the role or on the verb.)
    std::size_t play = NONE;
    if (const std::size_t h = t.head(n); h != NONE) {
        if (t.rel(n) == "nmod" && t.lemma(h) == "role" && t.rel(h) == "obj") {
            play = t.head(h);
        } else if (t.rel(n) == "obl") {
            const std::size_t obj = t.child(h, {"obj"});
            play = obj != NONE && t.lemma(obj) == "role" ? h : NONE;
        }
    }
    if (play != NONE && t.lemma(play) == "play") {
        if (std::optional<Side> a = actorAt(t.child(play, {"nsubj"}))) {
            return a;
        }
    }
    // "Beijing's move represents an escalation of ...": what the subject (or the owner of the
    // measure it names) does.
    if (const std::size_t v = t.head(n);
        v != NONE && t.rel(n) == "obj" &&
        isOneOf(t.lemma(v), {"represent", "mark", "constitute", "signal"})) {
        const std::size_t subject = t.child(v, {"nsubj"});
        if (subject != NONE && ents.words[subject].entity >= 0) {
            const DocEntity& e = doc.entity(static_cast<std::size_t>(ents.words[subject].entity));
            if (e.policy && e.owner >= 0) {
                return namedSide(doc, e.owner);
            }
            return actorAt(subject);
        }
    }
    const std::size_t verb = t.head(n);
    if (t.rel(n) == "obj" && verb != NONE &&
        isOneOf(t.lemma(verb), {"impose", "maintain", "keep", "relax", "lift", "ease", "tighten",
                                "expand", "announce", "introduce", "extend", "enforce"})) {
        if (std::optional<Side> a = actorAt(t.child(verb, {"nsubj"}))) {
            return a;
        }
        const std::size_t up = t.head(verb);
        if (t.rel(verb) == "xcomp" && up != NONE) {
            if (std::optional<Side> a = actorAt(t.child(up, {"obj"}))) {
                return a; // "wants the United States to relax ..."
            }
            return actorAt(t.child(up, {"nsubj"}));
        }
    }
    return std::nullopt;
}

// Word `w` and the words conjoined to it ("the US and Europe").
std::vector<std::size_t> withConjuncts(const SentenceTree& t, std::size_t w) {
    std::vector<std::size_t> out{w};
    for (std::size_t c : t.children[w]) {
        if (t.rel(c) == "conj") {
            out.push_back(c);
        }
    }
    return out;
}

// Acts that nouns name with their actor and an entity they act on or toward.
// For an act noun `n` that comes from someone ("pressure from Washington"), the named word that
// it comes from (a "from" phrase on the noun, or on its verb right after it) and the named
// subject of the clause it is aimed at: the subject of the verb whose object or oblique it is
// ("OPEC+ agreed ..., defying pressure from Washington", through subjectless participles,
// infinitives and conjuncts) or of the noun itself as a predicate ("Nvidia is under
// pressure from ..."). "months of pressure" stands where "months" does. {NONE, NONE} if either
// is missing.
std::pair<std::size_t, std::size_t> actFromSomeone(const SentenceTree& t, std::size_t n,
                                                   const SentenceEntities& ents) {
    const auto named = [&](std::size_t k) {
        return k != NONE && ents.words[k].entity >= 0 && ents.words[k].kind != MentionKind::Pronoun;
    };
    const auto fromPhrase = [&](std::size_t c) {
        const std::size_t cs = t.child(c, {"case"});
        return c > n && named(c) && cs != NONE && t.lemma(cs) == "from";
    };
    std::size_t from = NONE;
    for (std::size_t c : t.children[n]) {
        if (t.rel(c) == "nmod" && fromPhrase(c)) {
            from = c;
            break;
        }
    }
    std::size_t at = n;
    if (const std::size_t m = t.head(n), mc = t.child(n, {"case"});
        m != NONE && t.rel(n) == "nmod" && mc != NONE && t.lemma(mc) == "of" &&
        isOneOf(nounLemma(t.s.tokens[m]), {"day", "week", "month", "year"})) {
        at = m;
    }
    if (from == NONE && at != n) { // "months of pressure from the US"
        for (std::size_t c : t.children[at]) {
            if (t.rel(c) == "nmod" && fromPhrase(c)) {
                from = c;
                break;
            }
        }
    }
    std::size_t v = t.head(at);
    // A scene-setting phrase the parse hung on a noun of the clause belongs to its verb:
    // "restrict exports ..., following months of pressure from the US".
    bool onVerb = isOneOf(t.rel(at), {"obj", "obl"});
    if (const std::size_t ac = t.child(at, {"case"});
        !onVerb && t.rel(at) == "nmod" && ac != NONE &&
        (sceneSetting(t.s.tokens[ac].form) ||
         article::asciiLowered(t.s.tokens[ac].form) == "under")) {
        while (v != NONE && isOneOf(t.s.tokens[v].upos, {"NOUN", "PROPN"}) &&
               isOneOf(t.rel(v), {"obj", "obl", "nmod"})) {
            v = t.head(v);
        }
        onVerb = v != NONE && t.s.tokens[v].upos == "VERB";
    }
    if (from == NONE && v != NONE && isOneOf(t.rel(at), {"obj", "obl"})) {
        for (std::size_t c : t.children[v]) {
            if (t.rel(c) == "obl" && fromPhrase(c) &&
                t.child(c, {"case"}) == t.subtree(n).back() + 1) {
                from = c;
                break;
            }
        }
    }
    if (from == NONE) {
        return {NONE, NONE};
    }
    std::size_t subject = t.child(n, {"nsubj"});
    if (subject == NONE && v != NONE && onVerb) {
        for (int steps = 0; v != NONE && steps < 3; ++steps) {
            subject = t.child(v, {"nsubj"});
            if (subject != NONE || !isOneOf(t.rel(v), {"advcl", "xcomp", "conj"})) {
                break;
            }
            v = t.head(v);
        }
    }
    // (The subject may be a pronoun: "Japan revealed it will begin restricting ...".)
    if (subject == NONE || ents.words[subject].entity < 0 ||
        ents.words[subject].entity == ents.words[from].entity) {
        return {NONE, NONE};
    }
    return {from, subject};
}

// Whether verb `v` is a comment on a whole clause set off by a comma: "..., widely seen as
// retaliation for ...", "..., viewed as a response to ...". Its subject is the act the clause
// states, whatever noun or verb the parse hung it on.
bool evaluativeComment(const SentenceTree& t, std::size_t v) {
    const Sentence& s = t.s;
    if (v >= s.tokens.size() || s.tokens[v].xpos != "VBN" || !isOneOf(t.rel(v), {"advcl", "acl"}) ||
        !isOneOf(t.lemma(v), {"see", "view", "regard", "consider", "perceive", "interpret"})) {
        return false;
    }
    std::size_t before = v;
    while (before > 0 && t.head(before - 1) == v && s.tokens[before - 1].upos == "ADV") {
        --before; // "widely"
    }
    return before > 0 && s.tokens[before - 1].form == ",";
}

// "China barred operators from buying chips from Micron, widely seen as retaliation for the US
// imposing new restrictions": the act the comment's noun names, done by the clause's subject to
// whom the noun's phrase names (the actor behind a measure): China / retaliate against / United
// States. None when any part is missing.
std::optional<NominalAct> commentedAct(const SentenceTree& t, std::size_t v,
                                       const SentenceEntities& ents, const DocumentEntities& doc,
                                       const nlp::Lemmatizer& lemmatizer) {
    const Sentence& s = t.s;
    std::size_t noun = NONE;
    for (std::size_t c : t.children[v]) {
        const std::size_t cs = t.child(c, {"case"});
        if (c > v && t.rel(c) == "obl" && cs != NONE && t.lemma(cs) == "as" &&
            s.tokens[c].upos == "NOUN") {
            noun = c;
            break;
        }
    }
    const std::string verb = noun == NONE ? "" : verbOfNoun(lemmatizer, nounLemma(s.tokens[noun]));
    if (verb.empty()) {
        return std::nullopt;
    }
    // Whom it is aimed at: the noun's phrase, or the participle's right after the noun.
    std::size_t aim = NONE;
    for (std::size_t h : {noun, v}) {
        for (std::size_t c : t.children[h]) {
            const std::size_t cs = t.child(c, {"case"});
            if (c > noun && aim == NONE && isOneOf(t.rel(c), {"nmod", "obl"}) && cs != NONE &&
                isOneOf(t.lemma(cs), {"for", "to", "against", "of"})) {
                aim = c;
            }
        }
    }
    if (aim == NONE) {
        return std::nullopt;
    }
    std::optional<Side> target;
    const int aimed = ents.words[aim].entity;
    if (aimed >= 0) {
        const DocEntity& e = doc.entity(static_cast<std::size_t>(aimed));
        if (e.policy && e.owner >= 0) {
            target = namedSide(doc, e.owner); // the US behind "the US imposing new restrictions"
        } else if (!e.policy) {
            target = entitySide(t, ents.words[aim], doc);
        }
    }
    // The clause's subject: up from where the parse hung the comment to a verb with one.
    std::optional<Side> agent;
    std::size_t up = t.head(v);
    for (int steps = 0; up != NONE && steps < 6 && !agent; ++steps, up = t.head(up)) {
        const std::size_t subject = t.child(up, {"nsubj"});
        if (s.tokens[up].upos == "VERB" && subject != NONE) {
            if (ents.words[subject].entity >= 0) {
                agent = entitySide(t, ents.words[subject], doc);
            }
            break;
        }
    }
    if (!target || !agent || target->name == agent->name) {
        return std::nullopt;
    }
    const std::string prep(t.lemma(t.child(aim, {"case"})));
    // (The fault retaliated for is the offender's: "retaliate against".)
    const bool offense =
        prep == "for" && isOneOf(nounLemma(s.tokens[noun]),
                                 {"retaliation", "reprisal", "punishment", "revenge", "payback"});
    return NominalAct{*agent, verb + " " + (offense ? "against" : prep),
                      s.tokens[v].form + " as " + s.tokens[noun].form, *target};
}

std::vector<NominalAct> nominalActs(const SentenceTree& t, const SentenceEntities& ents,
                                    const DocumentEntities& doc,
                                    const nlp::Lemmatizer& lemmatizer) {
    const Sentence& s = t.s;
    std::vector<NominalAct> out;
    auto named = [&](std::size_t k) {
        return ents.words[k].entity >= 0 && ents.words[k].kind != MentionKind::Pronoun;
    };
    for (std::size_t n = 0; n < s.tokens.size(); ++n) {
        const WordEntity& w = ents.words[n];
        if (s.tokens[n].upos != "NOUN" ||
            (w.entity >= 0 && !doc.entity(static_cast<std::size_t>(w.entity)).policy)) {
            continue;
        }
        const std::string noun = nounLemma(s.tokens[n]);
        const std::string verb = verbOfNoun(lemmatizer, noun);
        if (verb.empty()) {
            continue;
        }
        auto act = [&](const Side& agent, const std::string& relation, std::size_t prep,
                       const Side& target) {
            out.push_back({agent, relation, s.tokens[n].form + " " + s.tokens[prep].form, target});
        };
        // "defying pressure from Washington", "faces criticism from Beijing", "is under
        // scrutiny from regulators": an act aimed at the clause's subject by whom it comes from.
        if (isOneOf(noun,
                    {"pressure", "criticism", "demand", "request", "threat", "warning", "sanction",
                     "scrutiny", "opposition", "complaint", "probe", "investigation"})) {
            if (const auto [from, target] = actFromSomeone(t, n, ents); from != NONE) {
                const Side by = entitySide(t, ents.words[from], doc);
                // (A measure that follows the pressure is its owner's answer to it: "The move
                // follows pressure from the Biden administration" presses the Netherlands.)
                const DocEntity& subject =
                    doc.entity(static_cast<std::size_t>(ents.words[target].entity));
                const Side on = subject.policy && subject.owner >= 0
                                    ? namedSide(doc, subject.owner)
                                    : entitySide(t, ents.words[target], doc);
                if (by.name != on.name) {
                    act(by, verb, t.child(from, {"case"}), on);
                }
            }
        }
        std::optional<Side> agent;
        // "its 2007 acquisition by Tavistock Group": the "by" phrase does the act and the
        // possessor undergoes it.
        for (std::size_t c : t.children[n]) {
            const std::size_t cs = t.child(c, {"case"});
            if (c > n && t.rel(c) == "nmod" && cs != NONE && t.lemma(cs) == "by" && named(c)) {
                agent = entitySide(t, ents.words[c], doc);
                const std::size_t poss = t.child(n, {"nmod:poss"});
                if (poss != NONE && named(poss)) {
                    act(*agent, verb, cs, entitySide(t, ents.words[poss], doc));
                }
            }
        }
        // "the acquisition of Freebirds by Tavistock Group" with the "by" phrase hung on the
        // "of" phrase: it still names who acts.
        for (std::size_t c : t.children[n]) {
            const std::size_t cs = t.child(c, {"case"});
            if (agent || c < n || t.rel(c) != "nmod" || cs == NONE || t.lemma(cs) != "of") {
                continue;
            }
            for (std::size_t g : t.children[c]) {
                const std::size_t gs = t.child(g, {"case"});
                if (g > c && t.rel(g) == "nmod" && gs != NONE && t.lemma(gs) == "by" && named(g)) {
                    agent = entitySide(t, ents.words[g], doc);
                    break;
                }
            }
        }
        bool ownerSought = agent.has_value();
        const bool phrase = verb.find(' ') != std::string::npos; // "impose tariff", "crack down"
        // "restrictions on HBM", also with "on HBM" hung on the verb of "relax restrictions".
        for (std::size_t c : nounComplements(t, n)) {
            const std::size_t cs = t.child(c, {"case"});
            if (cs == NONE || t.lemma(cs) == "by") {
                continue;
            }
            // "sales of the chips" and "restrictions on HBM" take a direct object.
            // (A verb phrase keeps it: "a tariff on EVs" -> "impose tariff on".)
            std::string prep(t.lemma(cs));
            if (prep == "of" ||
                (isOneOf(prep, {"on", "against"}) && !phrase &&
                 isOneOf(noun, {"restriction", "ban", "sanction", "tariff", "control", "curb",
                                "limit", "embargo", "crackdown"}))) {
                prep.clear();
            }
            // (A noun that as often names a thing as an act names the thing where it is: "the
            // price of its standard plan in Britain" is no plan made in Britain.)
            const bool thingsPlace =
                isOneOf(prep, {"in", "at"}) &&
                isOneOf(noun, {"plan", "offer", "order", "report", "deal", "review", "supply"});
            for (std::size_t k : withConjuncts(t, c)) {
                const WordEntity& tw = ents.words[k];
                if (thingsPlace && tw.entity >= 0 &&
                    doc.entity(static_cast<std::size_t>(tw.entity)).type == EntityType::Gpe) {
                    continue;
                }
                // What the act is done to may be a thing: "the revitalization of the U.S.
                // semiconductor industry".
                const bool thing =
                    tw.entity < 0 && (prep.empty() || phrase) && s.tokens[k].upos == "NOUN";
                if (!named(k) && !thing) {
                    continue;
                }
                if (!ownerSought) { // the actor is sought once, when there is something to do
                    agent = actOwner(t, n, ents, doc);
                    ownerSought = true;
                }
                if (!agent) {
                    break;
                }
                if (!thing) {
                    act(*agent, prep.empty() ? verb : verb + " " + prep, cs,
                        entitySide(t, tw, doc));
                    for (int m : tw.also) {
                        act(*agent, prep.empty() ? verb : verb + " " + prep, cs, namedSide(doc, m));
                    }
                    continue;
                }
                act(*agent, prep.empty() ? verb : verb + " " + prep, cs,
                    resolveArgument(t, phraseArgument(t, k), ents, doc));
                const NominalAct onThing = out.back();
                // Actors named on the thing: "an escalation of the trade war with the US and
                // Europe" -> escalate trade war with.
                for (std::size_t g : t.children[k]) {
                    const std::size_t gc = t.child(g, {"case"});
                    if (g < k || t.rel(g) != "nmod" || gc == NONE) {
                        continue;
                    }
                    for (std::size_t k2 : withConjuncts(t, g)) {
                        if (named(k2)) {
                            out.push_back(onThing);
                            out.back().relation = verb + " " + coreNounPhrase(t, k, ents, doc) +
                                                  " " + std::string(t.lemma(gc));
                            out.back().target = entitySide(t, ents.words[k2], doc);
                        }
                    }
                }
            }
            if (ownerSought && !agent) {
                break;
            }
        }
    }
    return out;
}

// A call, email or message to someone that went unanswered ("Calls to Aluminum Corp. of China
// weren't answered", "Emails to Huawei went unanswered", "Messages to ZTE were not returned"):
// what was sent, as a noun, and the phrases naming whom it was sent to.
struct UnansweredCall {
    std::string what; ///< "call", "email", "message", "request"
    std::string verb; ///< "answer" or "return"
    std::vector<openie::Argument> recipients;
};

std::optional<UnansweredCall> unansweredCall(const SentenceTree& t, const openie::Proposition& p) {
    const Sentence& s = t.s;
    const std::size_t head = p.arg1.head;
    if (head >= s.tokens.size()) {
        return std::nullopt;
    }
    // (The tagger may read "Calls" as a verb; its lemma is the noun's.)
    const std::string what = article::asciiLowered(s.tokens[head].lemma);
    if (!isOneOf(what, {"call", "email", "e-mail", "message", "request", "inquiry", "query"})) {
        return std::nullopt;
    }
    const std::string unansweredForm =
        p.arg2.head < s.tokens.size() ? article::asciiLowered(s.tokens[p.arg2.head].form) : "";
    const std::string verb = p.activeLemma.empty() ? p.relation : p.activeLemma;
    const bool notAnswered = p.passive && p.negated && isOneOf(verb, {"answer", "return"});
    const bool wentUnanswered = !p.passive && !p.negated &&
                                isOneOf(p.relation, {"go", "remain", "be"}) &&
                                isOneOf(unansweredForm, {"unanswered", "unreturned"});
    if (!notAnswered && !wentUnanswered) {
        return std::nullopt;
    }
    UnansweredCall call;
    call.what = what;
    call.verb = notAnswered ? verb : "answer";
    for (std::size_t c : t.children[head]) {
        const std::size_t cs = t.child(c, {"case"});
        if (c > head && cs != NONE && isOneOf(t.lemma(cs), {"to", "with"}) &&
            isOneOf(t.rel(c), {"nmod", "obl"})) {
            openie::Argument to;
            to.head = c;
            to.tokens = {c};
            call.recipients.push_back(std::move(to));
        }
    }
    if (call.recipients.empty()) {
        return std::nullopt;
    }
    return call;
}

struct SurfaceLink {
    int subject = -1;
    int object = -1;
    std::string relation;
    std::string relationText;
    bool negated = false;
    bool infinitive = false; ///< "the administration to end exports to Huawei": not asserted
    std::size_t verb = NONE; ///< the verb's word, NONE for a link of no verb (an apposition)
};

// Whether argument `arg` is a clause: headed by a verb, or by a noun or adjective with a
// copula, subject or marker of its own ("told analysts that the acquisition was not a bet
// against Nvidia"), whose actors are its own proposition's.
bool clauseArgument(const SentenceTree& t, const openie::Argument& arg) {
    if (arg.head >= t.s.tokens.size()) {
        return false;
    }
    return isOneOf(t.s.tokens[arg.head].upos, {"VERB", "AUX"}) ||
           t.child(arg.head, {"cop", "nsubj", "nsubj:pass", "mark"}) != NONE;
}

// Whether word `k` is in a clause that something else says or claims: a complement or subject
// clause on the way up to the root ("ruled that BOE had misappropriated ...").
bool inReportedClause(const SentenceTree& t, std::size_t k) {
    for (std::size_t steps = 0; k != NONE && steps < t.s.tokens.size(); ++steps) {
        if (isOneOf(t.rel(k), {"ccomp", "csubj"})) {
            return true;
        }
        k = t.head(k);
    }
    return false;
}

// Roles in apposition, read off the words: "Li Weiqing, fund manager at JH Investment
// Management Co." -> be fund manager at; "Hu Yan, an analyst at Shanghai Metals Market" -> be
// analyst at; "Solidigm, an SK hynix company" -> be subsidiary of.
void appositionLinks(const SentenceTree& t, const SentenceEntities& ents,
                     const DocumentEntities& doc, std::vector<SurfaceLink>& out) {
    const Sentence& s = t.s;
    const std::size_t n = s.tokens.size();
    for (std::size_t i = 0; i + 3 < n; ++i) {
        const WordEntity& a = ents.words[i];
        if (a.entity < 0 || a.last != i || a.kind != MentionKind::Name ||
            s.tokens[i + 1].form != ",") {
            continue;
        }
        std::size_t k = i + 2;
        if (k < n && isOneOf(article::asciiLowered(s.tokens[k].form), {"a", "an", "the"})) {
            ++k;
        }
        // "an SK hynix company": another actor, then a word for a part of it. (Or "the
        // company's", a description of one, before a role: "Nick Clegg, the company's
        // president".)
        // (An organisation's: "the country's largest carmaker" is a ranking, no role.)
        const bool described =
            k + 1 < n && ents.words[k].kind == MentionKind::Description &&
            ents.words[k].last + 1 < n && possessiveMark(s.tokens[ents.words[k].last + 1].form) &&
            doc.entity(static_cast<std::size_t>(ents.words[k].entity)).type == EntityType::Org;
        if (k + 1 < n && ents.words[k].entity >= 0 && ents.words[k].entity != a.entity &&
            (ents.words[k].kind == MentionKind::Name || described)) {
            const std::size_t after = ents.words[k].last + 1;
            // (A country's company is one based there: "Avidity Biosciences, a U.S. company".)
            const bool country =
                doc.entity(static_cast<std::size_t>(ents.words[k].entity)).type == EntityType::Gpe;
            if (!described && after < n &&
                isOneOf(s.tokens[after].lemma,
                        {"company", "subsidiary", "unit", "affiliate", "division", "arm"}) &&
                (!country || isOneOf(s.tokens[after].lemma, {"company"}))) {
                SurfaceLink link;
                link.subject = a.entity;
                link.object = ents.words[k].entity;
                link.relation = country ? "be based in" : "be subsidiary of";
                link.relationText = s.tokens[after].form;
                out.push_back(std::move(link));
                continue;
            }
            // "OpenAI's biggest investor": the other actor's, then a word for a role.
            std::size_t m = after;
            if (m < n && possessiveMark(s.tokens[m].form)) {
                std::string role;
                std::string roleText;
                // (a hyphen written without spaces joins two words of it: "weight-loss drug")
                const auto hyphen = [&](std::size_t h) {
                    return h + 1 < n && !role.empty() && s.tokens[h].form == "-" &&
                           s.tokens[h].start == s.tokens[h - 1].end &&
                           s.tokens[h].end == s.tokens[h + 1].start &&
                           isOneOf(s.tokens[h + 1].upos, {"ADJ", "NOUN"});
                };
                bool joined = false;
                for (++m; m < n && (isOneOf(s.tokens[m].upos, {"ADJ", "NOUN"}) || hyphen(m)) &&
                          (ents.words[m].entity < 0 || ents.words[m].entity == a.entity);
                     ++m) {
                    if (hyphen(m)) {
                        role += "-";
                        roleText += "-";
                        joined = true;
                        continue;
                    }
                    const std::string word = s.tokens[m].upos == "ADJ" || joined
                                                 ? article::asciiLowered(s.tokens[m].form)
                                                 : s.tokens[m].lemma;
                    role += (role.empty() || joined ? "" : " ") + word;
                    roleText += (roleText.empty() || joined ? "" : " ") + s.tokens[m].form;
                    joined = false;
                }
                // (with an "of" phrase of its own: "the company's president of global
                // affairs")
                if (!role.empty() && m + 2 < n && s.tokens[m - 1].upos == "NOUN" &&
                    article::asciiLowered(s.tokens[m].form) == "of") {
                    std::size_t e = m + 1;
                    while (e < n && ents.words[e].entity < 0 &&
                           isOneOf(s.tokens[e].upos, {"ADJ", "NOUN"})) {
                        ++e;
                    }
                    if (e > m + 1 && e < n && s.tokens[e].upos == "PUNCT" &&
                        s.tokens[e - 1].upos == "NOUN") {
                        for (std::size_t g = m; g < e; ++g) { // (as written: "affairs")
                            role += " " + article::asciiLowered(s.tokens[g].form);
                            roleText += " " + s.tokens[g].form;
                        }
                        m = e;
                    }
                }
                if (!role.empty() && s.tokens[m - 1].upos == "NOUN" &&
                    (m == n || s.tokens[m].upos == "PUNCT")) {
                    SurfaceLink link;
                    link.subject = a.entity;
                    link.object = ents.words[k].entity;
                    // (A chief executive is the CEO, as the facts of names say.)
                    link.relation = "be " + (ceoTitle(role) == "CEO" ? "CEO" : role) + " of";
                    link.relationText = roleText;
                    out.push_back(std::move(link));
                }
            }
            continue;
        }
        // "fund manager at X": nouns and adjectives, then at/of/for/with, then an actor.
        std::string role;
        std::string roleText;
        std::size_t words = 0;
        while (k < n && words < 4 &&
               (ents.words[k].entity < 0 || (ents.words[k].entity == a.entity &&
                                             ents.words[k].kind == MentionKind::Apposition)) &&
               isOneOf(s.tokens[k].upos, {"NOUN", "ADJ", "PROPN"})) {
            role += (role.empty() ? "" : " ") + s.tokens[k].lemma;
            roleText += (roleText.empty() ? "" : " ") + s.tokens[k].form;
            ++words;
            ++k;
        }
        // ("a supplier to YMTC", "an investor in OpenAI"; not the subject of a closing
        // report: "... state oil company Petrobras, prosecutors in Curitiba said")
        if (words == 0 || k + 1 >= n || s.tokens[k - 1].upos != "NOUN" ||
            t.rel(k - 1).starts_with("nsubj") ||
            !isOneOf(article::asciiLowered(s.tokens[k].form),
                     {"at", "of", "for", "with", "to", "in"})) {
            continue;
        }
        std::string prep = article::asciiLowered(s.tokens[k].form);
        std::string prepText = s.tokens[k].form;
        ++k;
        if (k < n && isOneOf(article::asciiLowered(s.tokens[k].form), {"the"})) {
            ++k;
        }
        // "a major supplier of memory chips to Nvidia": what is supplied, then "to" or "for"
        // and the actor.
        if (prep == "of" && k < n && ents.words[k].entity < 0) {
            std::size_t m = k;
            std::string what;
            std::string whatText;
            while (m < n && m < k + 3 && ents.words[m].entity < 0 &&
                   isOneOf(s.tokens[m].upos, {"NOUN", "ADJ"})) {
                what += " " + s.tokens[m].lemma;
                whatText += " " + s.tokens[m].form;
                ++m;
            }
            if (m > k && m + 1 < n && s.tokens[m - 1].upos == "NOUN" &&
                isOneOf(article::asciiLowered(s.tokens[m].form), {"to", "for"})) {
                prep += what + " " + article::asciiLowered(s.tokens[m].form);
                prepText += whatText + " " + s.tokens[m].form;
                k = m + 1;
            }
        }
        if (k >= n || ents.words[k].entity < 0 || ents.words[k].entity == a.entity ||
            ents.words[k].first != k) {
            continue;
        }
        SurfaceLink link;
        link.subject = a.entity;
        link.object = ents.words[k].entity;
        link.relation = "be " + role + " " + prep;
        link.relationText = roleText + " " + prepText;
        out.push_back(std::move(link));
    }
}

// ReVerb's pattern over the tags, for when the tree fails: an actor, then auxiliaries, adverbs
// and negation, a verb, then nouns, adjectives, determiners, particles and adverbs, an optional
// preposition, then another actor. The relation is the verb's lemma with the words after it
// ("impose export control on").
std::vector<SurfaceLink> surfaceLinks(const SentenceTree& t, const SentenceEntities& ents,
                                      const DocumentEntities& doc) {
    const Sentence& s = t.s;
    std::vector<SurfaceLink> out;
    const std::size_t n = s.tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        const WordEntity& a = ents.words[i];
        if (a.entity < 0 || a.last != i || a.kind == MentionKind::Pronoun) {
            continue;
        }
        // A name after a preposition is no subject: "a federal judge in California blocked
        // ..." (the judge blocked, not California). So is one in a noun's prepositional phrase
        // with a determiner or modifiers between ("subsidies from the U.S. government to build
        // factories"), unless it is the source of a demand, who wants what follows ("months of
        // pressure from the US to tighten trade controls on China"). (A verb's "called on the
        // administration to end exports" is the verb's object's infinitive.)
        if (a.first > 0 && s.tokens[a.first - 1].upos == "ADP") {
            continue;
        }
        // Nor is the last of a list in such a phrase: "regulators in Japan and Europe stepped
        // up scrutiny" (Europe did not).
        const std::size_t top = t.spanHead(a.first, a.last);
        if (t.rel(top) == "conj" && t.head(top) != NONE && t.head(top) < a.first &&
            isOneOf(t.rel(t.head(top)), {"nmod", "obl"})) {
            continue;
        }
        std::size_t before = a.first;
        while (before > 0 && isOneOf(s.tokens[before - 1].upos, {"DET", "ADJ", "NUM"})) {
            --before;
        }
        if (before > 0 && before < a.first && s.tokens[before - 1].upos == "ADP" &&
            t.rel(i).starts_with("nmod") &&
            !(before > 1 && s.tokens[before - 1].lemma == "from" &&
              isOneOf(s.tokens[before - 2].lemma,
                      {"pressure", "call", "demand", "request", "push", "appeal"}))) {
            continue;
        }
        std::size_t k = i + 1;
        SurfaceLink link;
        link.subject = a.entity;
        std::string text;
        bool be = false; // a form of "be" before the verb: a passive if a participle follows
        while (k < n && (s.tokens[k].upos == "AUX" || s.tokens[k].upos == "ADV" ||
                         s.tokens[k].upos == "PART")) {
            const std::string lower = article::asciiLowered(s.tokens[k].form);
            be = be || (s.tokens[k].upos == "AUX" && s.tokens[k].lemma == "be");
            link.negated =
                link.negated || lower == "not" || lower == "n't" || lower == "n’t" ||
                lower == "never" ||
                (lower == "longer" && article::asciiLowered(s.tokens[k - 1].form) == "no");
            link.infinitive = link.infinitive || (lower == "to" && s.tokens[k].upos == "PART");
            text += s.tokens[k].form + " ";
            ++k;
        }
        if (k >= n || s.tokens[k].upos != "VERB" || s.tokens[k].lemma.empty()) {
            continue;
        }
        // "Gelsinger said Intel would ...": a name after a verb of saying starts what was said.
        if (isOneOf(s.tokens[k].lemma,
                    {"say", "tell", "state", "note", "add", "write", "claim", "report"})) {
            continue;
        }
        link.relation = s.tokens[k].lemma;
        link.verb = k;
        text += s.tokens[k].form;
        ++k;
        // Words between the verb and the object: at most four, no second verb, no punctuation.
        std::size_t between = 0;
        std::string tail;
        std::string tailText;
        while (k < n && between < 4 && ents.words[k].entity < 0) {
            const std::string& upos = s.tokens[k].upos;
            if (!(upos == "NOUN" || upos == "ADJ" || upos == "DET" || upos == "ADV" ||
                  upos == "ADP" || upos == "PART" || upos == "NUM")) {
                break;
            }
            if (upos != "DET") {
                tail += " " + (upos == "NOUN" ? s.tokens[k].lemma : s.tokens[k].form);
            }
            tailText += " " + s.tokens[k].form;
            ++between;
            ++k;
        }
        // (A possessor is not what the verb acts on: "sued China's BOE" sues BOE.)
        const auto possessor = [&](std::size_t m) {
            for (std::size_t c : t.children[ents.words[m].last]) {
                if (t.rel(c) == "case" && s.tokens[c].xpos == "POS") {
                    return true;
                }
            }
            return t.rel(ents.words[m].last) == "nmod:poss";
        };
        // (Nor is a name that modifies the noun after it: "made progress despite U.S.
        // sanctions" is no progress despite the United States; but a place's thing is in that
        // place: "filed a lawsuit in a Texas court".)
        const auto modifier = [&](std::size_t m) {
            const std::size_t mentionHead = t.spanHead(m, ents.words[m].last);
            if (t.rel(mentionHead) != "compound" || t.head(mentionHead) == NONE ||
                t.head(mentionHead) < ents.words[m].last) {
                return false;
            }
            std::size_t opener = m;
            while (opener > 0 && s.tokens[opener - 1].upos == "DET") {
                --opener;
            }
            const bool place =
                doc.entity(static_cast<std::size_t>(ents.words[m].entity)).type ==
                    EntityType::Gpe &&
                opener > 0 &&
                isOneOf(article::asciiLowered(s.tokens[opener - 1].form), {"in", "at", "near"});
            return !place;
        };
        // (Nor one that is the subject of a clause of its own: "sold more chips despite
        // Washington tightening export rules"; but one before an infinitive is what the verb
        // acts on: "wants the United States to relax restrictions".)
        const auto ownSubject = [&](std::size_t m) {
            const std::size_t h = t.spanHead(m, ents.words[m].last);
            const std::size_t v = t.head(h);
            const std::size_t to = v == NONE ? NONE : t.child(v, {"mark"});
            return t.rel(h).starts_with("nsubj") && v != NONE && s.tokens[v].upos == "VERB" &&
                   !(to != NONE && article::asciiLowered(s.tokens[to].form) == "to");
        };
        if (k >= n || ents.words[k].entity < 0 || ents.words[k].entity == a.entity ||
            ents.words[k].first != k || possessor(k) || modifier(k) || ownSubject(k)) {
            continue;
        }
        // Only a bare object or one after a preposition: "imposed controls gallium" is no link.
        if (between > 0 && s.tokens[k - 1].upos != "ADP" && s.tokens[k - 1].upos != "DET") {
            continue;
        }
        link.object = ents.words[k].entity;
        link.relationText = text + tailText;
        // A passive says what was done to the subject: "was ordered by the FAA" is the FAA's
        // order, "was sold to Salesforce" a sale of the subject.
        if (be && s.tokens[link.verb].xpos == "VBN") {
            if (tail == " by") {
                std::swap(link.subject, link.object);
            } else {
                link.relation = "be " + link.relation + article::asciiLowered(tail);
            }
        } else {
            link.relation += article::asciiLowered(tail);
        }
        out.push_back(std::move(link));
    }
    appositionLinks(t, ents, doc, out);
    return out;
}

std::optional<article::Date> articleDate(const article::Document& doc) {
    if (!doc.date) {
        return std::nullopt;
    }
    return article::parseIsoDate(*doc.date);
}

// The relation that links the subject to an extra argument: the verb part of the
// proposition's relation with the extra's preposition. A preposition moved from arg2 to the
// relation stays with arg2: "designed the chips for Chinese customers in response to U.S.
// restrictions" links to the restrictions by "design in response to", not "design for in
// response to".
std::string relationFor(const openie::Proposition& p, const openie::Argument& extra) {
    // "hindering companies, including Huawei" with "including Huawei" hung on the verb: a member
    // of the object's set takes the object's place and its relation.
    if (memberPreposition(extra.preposition)) {
        return p.relation;
    }
    std::string relation = p.relation;
    const std::string tail = " " + p.relationTail;
    if (!p.relationTail.empty() && relation.size() > tail.size() &&
        relation.compare(relation.size() - tail.size(), tail.size(), tail) == 0) {
        relation.erase(relation.size() - tail.size());
    }
    if (!extra.preposition.empty()) {
        relation += " " + extra.preposition;
    }
    return relation;
}

// The dates of `dates` (found in `arg.text`) that cover the argument's head word. The text
// is the argument's words joined by single spaces (openie::Argument). All of them when the head
// is not among the words.
std::vector<article::DateMention> datesCoveringHead(const Sentence& s, const openie::Argument& arg,
                                                    std::vector<article::DateMention> dates) {
    std::size_t at = 0;
    for (const std::size_t k : arg.tokens) {
        if (k >= s.tokens.size()) {
            return dates;
        }
        const std::size_t end = at + s.tokens[k].form.size();
        if (k == arg.head) {
            std::erase_if(dates, [&](const article::DateMention& d) {
                return d.end <= at || d.begin >= end;
            });
            return dates;
        }
        at = end + 1;
    }
    return dates;
}

// The date of the report an act done in the past is reported in, for an act with no time of
// its own: "On July 31, China's Cyberspace Administration announced it had summoned Nvidia"
// dates the summons July 31 (it happened by then). A clause with a modal or a present tense
// ("said it would build", "says it owns") is not dated by the report. ISO, or "".
std::string reportDate(const SentenceTree& t, const openie::Proposition& p,
                       const std::optional<article::Date>& today) {
    const Sentence& s = t.s;
    if (!p.modality.empty() || p.asserted) {
        return "";
    }
    for (const std::size_t k : p.relationTokens) {
        if (k >= s.tokens.size() || t.rel(k) != "ccomp") {
            continue;
        }
        const bool perfect =
            std::any_of(t.children[k].begin(), t.children[k].end(), [&](std::size_t c) {
                return t.rel(c) == "aux" && isOneOf(t.lemma(c), {"have"});
            });
        if (!(s.tokens[k].xpos == "VBD" || (s.tokens[k].xpos == "VBN" && perfect))) {
            return "";
        }
        const std::size_t report = t.head(k);
        if (report == NONE) {
            return "";
        }
        for (const std::size_t c : t.children[report]) {
            if (!isOneOf(t.rel(c), {"obl", "obl:tmod", "nmod:tmod"})) {
                continue;
            }
            const openie::Argument phrase = phraseArgument(t, c);
            std::vector<article::DateMention> dates =
                datesCoveringHead(s, phrase, article::resolveDates(phrase.text, today));
            if (!dates.empty()) {
                return article::toIso(dates.front().value);
            }
        }
        return "";
    }
    return "";
}

// The active verb of a passive proposition with the word its complement stands on, unless that
// names an entity: "was labelled unsafe" -> "label unsafe". `nominal` keeps only an adjective or
// noun complement ("has been made official" -> "make official").
std::string activeWithComplement(const openie::Proposition& p, const Sentence& s,
                                 const SentenceEntities& ents, bool nominal) {
    std::string relation = p.activeLemma;
    if (!p.arg2.empty() && p.arg2.head < s.tokens.size() && ents.words[p.arg2.head].entity < 0 &&
        (!nominal || isOneOf(s.tokens[p.arg2.head].upos, {"ADJ", "NOUN"}))) {
        relation += " " + article::asciiLowered(s.tokens[p.arg2.head].form);
    }
    return relation;
}

// One article's statements, sentence after sentence: the document's entities and what carries
// from one sentence to the next (who speaks, an open quote, people's employers, groups of
// unnamed actors, statements waiting for the name of an actor the story names later).
class ArticleWalk {
public:
    ArticleWalk(const article::Document& doc, std::string_view original, const StatementSink& sink,
                const openie::Extractor& extractor, const nlp::Lemmatizer& lemmatizer,
                const article::Gazetteer& gazetteer, const ArticleExtractOptions& options)
        : doc_(doc), original_(original), sink_(sink), extractor_(extractor),
          lemmatizer_(lemmatizer), gazetteer_(gazetteer), options_(options), entities_(gazetteer),
          date_(articleDate(doc)) {}

    /// The statements of one parsed sentence of the paragraph that starts at `blockBegin` (an
    /// offset of the document's plain text), handed to the sink unless they wait for a name.
    void sentence(const Sentence& s, std::size_t blockBegin);
    /// The document's casing, read before its sentences (DocumentEntities::noteCasing).
    void noteCasing(std::string_view text) { entities_.noteCasing(text); }
    void setCommonNouns(std::function<bool(std::string_view)> commonNoun) {
        entities_.setCommonNouns(std::move(commonNoun));
    }

    /// Hands the statements still waiting to the sink; the document's entities and the counts.
    /// Called once, at the end.
    ArticleSummary finish();

private:
    // What the statements of the sentence at hand share.
    struct Current {
        const Sentence& s;
        const SentenceTree& t;
        const SentenceEntities& ents;
        graph::Statement base; ///< the evidence: document, sentence, span, text, source
        /// Members of one list, which the clause they share does not link to each other
        /// ("granted to Intel, Samsung, and SK hynix that permitted ...").
        std::set<std::pair<std::string, std::string>> listed;
    };
    struct Cataphor {
        std::string name;
        int sentence = 0;
    };

    std::size_t codePoints(std::size_t byte);
    void emit(const Current& cur, graph::Statement st);
    /// To the sink, with the confidence a statement about a mere phrase deserves.
    void handOver(graph::Statement&& st);
    void nameFacts(const Current& cur);
    void proposition(const Current& cur, const openie::Proposition& raw);
    void turnPassive(const Current& cur, openie::Proposition& p);
    std::pair<std::vector<Side>, std::vector<Side>> subjectsAndObjects(const Current& cur,
                                                                       openie::Proposition& p);
    void emitPair(const Current& cur, const openie::Proposition& p, const graph::Statement& st,
                  const Side& subject, const Side& object, const std::string& rel, double scale);
    void credits(const Current& cur);
    void actsOfNouns(const Current& cur);
    void surfaceBackoff(const Current& cur);
    void release(const Current& cur, std::size_t knownBefore);

    const article::Document& doc_;
    std::string_view original_;
    const StatementSink& sink_;
    const openie::Extractor& extractor_;
    const nlp::Lemmatizer& lemmatizer_;
    const article::Gazetteer& gazetteer_;
    const ArticleExtractOptions& options_;
    DocumentEntities entities_;
    const std::optional<article::Date> date_;
    ArticleSummary summary_;
    int sentenceIndex_ = 0;
    std::vector<graph::Statement> pending_; ///< this sentence's statements
    /// This sentence's statements so far as (subject, relation, object, negated, sentence).
    std::set<std::tuple<std::string, std::string, std::string, bool, int>> seen_;
    std::optional<Cataphor> cataphor_;   ///< an actor the story has not named yet
    std::vector<graph::Statement> held_; ///< the statements that wait for its name
    /// Who speaks: the subject of this sentence's verb of saying, else the last speaker when the
    /// sentence carries on a quote ("... ," Raimondo said. "Thanks to ...").
    std::optional<Side> speaker_;
    bool quoteOpen_ = false;
    /// The organisation a person speaks for, from their title ("Intel CEO Pat Gelsinger").
    std::map<std::string, Side> employer_;
    /// An unnamed group of actors as first named: "French farmers", "rescue teams".
    struct AgentGroup {
        std::string name;    ///< the first phrase's name
        std::string country; ///< the country it names, or ""
        std::string kind;    ///< its common-noun modifiers ("rescue"), or ""
    };
    /// Unnamed groups of actors by head noun.
    std::map<std::string, AgentGroup> agents_;
    /// Code points before a byte offset of the original, counted incrementally (offsets rise).
    std::size_t cpByte_ = 0;
    std::size_t cpCount_ = 0;
};

std::size_t ArticleWalk::codePoints(std::size_t byte) {
    byte = std::min(byte, original_.size());
    if (byte < cpByte_) {
        cpByte_ = 0;
        cpCount_ = 0;
    }
    cpCount_ += article::codePointOffset(original_.substr(cpByte_), byte - cpByte_);
    cpByte_ = byte;
    return cpCount_;
}

void ArticleWalk::sentence(const Sentence& parsed, std::size_t blockBegin) {
    // The extractor's tree repairs ("..., said the ministry.", "imposed sweeping controls"),
    // on a copy only when there is something to repair; extract() below then finds none left.
    const std::optional<Sentence> repaired = openie::repairedTree(parsed);
    const Sentence& s = repaired ? *repaired : parsed;
    const SentenceTree t(s);
    const std::size_t knownBefore = entities_.entities().size();
    const SentenceEntities ents = entities_.add(s);
    const std::size_t plainBegin = blockBegin + s.start;
    const std::size_t plainEnd = blockBegin + s.end;
    const std::size_t byteBegin = doc_.offsets.toOriginal(plainBegin);
    const std::size_t byteEnd =
        plainEnd > plainBegin ? doc_.offsets.toOriginal(plainEnd - 1) + 1 : byteBegin;
    Current cur{s, t, ents, {}, {}};
    cur.base.doc = doc_.file;
    cur.base.sentence = sentenceIndex_;
    cur.base.start = static_cast<std::int64_t>(codePoints(byteBegin));
    cur.base.end = static_cast<std::int64_t>(codePoints(byteEnd));
    cur.base.text = s.text;
    cur.base.source = doc_.source;
    for (const WordEntity& w : ents.words) {
        for (int other : w.also) {
            if (w.entity >= 0) {
                cur.listed.emplace(entities_.entity(static_cast<std::size_t>(w.entity)).name,
                                   entities_.entity(static_cast<std::size_t>(other)).name);
            }
        }
    }
    pending_.clear();
    seen_.clear();
    speaker_ = sentenceSpeaker(t, ents, entities_, speaker_, quoteOpen_);
    quoteOpen_ = quoteOpenAfter(s, quoteOpen_);
    nameFacts(cur);
    for (const openie::Proposition& raw :
         extractor_.extract(s, static_cast<std::size_t>(sentenceIndex_))) {
        proposition(cur, raw);
    }
    credits(cur);
    actsOfNouns(cur);
    surfaceBackoff(cur);
    summary_.statements += pending_.size();
    release(cur, knownBefore);
    ++sentenceIndex_;
}

ArticleSummary ArticleWalk::finish() {
    for (graph::Statement& st : held_) {
        handOver(std::move(st));
    }
    held_.clear();
    summary_.sentences = static_cast<std::size_t>(sentenceIndex_);
    summary_.entities = entities_.entities();
    return std::move(summary_);
}

void ArticleWalk::emit(const Current& cur, graph::Statement st) {
    if (st.subject.empty() || st.object.empty() || st.subject == st.object ||
        cur.listed.count({st.subject, st.object}) > 0) {
        return;
    }
    if (namesNothing(st.subject) || namesNothing(st.object) || !hasWord(st.relation) ||
        st.relation.find("``") != std::string::npos) {
        return;
    }
    if (!seen_.emplace(st.subject, st.relation, st.object, st.negated, st.sentence).second) {
        return;
    }
    pending_.push_back(std::move(st));
}

void ArticleWalk::handOver(graph::Statement&& st) {
    // A link between two named actors is what the graph is for; one side a mere phrase is less
    // often a fact an analyst keeps (news dev: 55% of entity-entity statements match the gold,
    // 25% of the others). Judged here, after a cataphor has been named.
    if (st.subjectType == EntityType::Concept || st.objectType == EntityType::Concept) {
        st.confidence *= 0.75;
    }
    sink_(std::move(st));
}

void ArticleWalk::nameFacts(const Current& cur) {
    const Sentence& s = cur.s;
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    for (const NameFact& f : ents.facts) {
        // "Intel CEO Pat Gelsinger": whom the person speaks for.
        if (entities_.entity(static_cast<std::size_t>(f.subject)).type == EntityType::Person &&
            entities_.entity(static_cast<std::size_t>(f.object)).type == EntityType::Org) {
            employer_[entities_.entity(static_cast<std::size_t>(f.subject)).name] =
                namedSide(entities_, f.object);
        }
        graph::Statement st = cur.base;
        const DocEntity& subject = entities_.entity(static_cast<std::size_t>(f.subject));
        const DocEntity& object = entities_.entity(static_cast<std::size_t>(f.object));
        st.subject = subject.name;
        st.subjectType = subject.type;
        st.subjectText = mentionText(t, ents, f.subject);
        st.relation = f.relation;
        st.relationText = s.tokens[f.word].form;
        st.object = object.name;
        st.objectType = object.type;
        st.objectText = mentionText(t, ents, f.object);
        if (st.objectText.empty()) { // a demonym inside the person's name ("Chinese")
            st.objectText = s.tokens[f.word > 0 ? f.word - 1 : f.word].form;
        }
        st.confidence = 0.8;
        emit(cur, std::move(st));
    }
}

void ArticleWalk::proposition(const Current& cur, const openie::Proposition& raw) {
    const Sentence& s = cur.s;
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    openie::Proposition p = raw.active();
    const std::string said = p.relation.substr(0, p.relation.find(' ')); // "warn" of "warn that"
    // "Apple makes it difficult for users to switch": an adjective after a dummy "it" says how
    // the act is, and is no thing the verb acts on.
    if (!p.arg2.empty() && p.arg2.head < s.tokens.size() && s.tokens[p.arg2.head].upos == "ADJ" &&
        t.rel(p.arg2.head) == "xcomp" && t.head(p.arg2.head) != NONE &&
        t.child(t.head(p.arg2.head), {"expl"}) != NONE) {
        return;
    }
    // "had not yet benefited from the boom in spending on AI, which has mostly gone to Nvidia"
    // with the "which" clause hung on the verb: a clause is no antecedent a thing is said of.
    if (std::any_of(p.relationTokens.begin(), p.relationTokens.end(), [&](std::size_t k) {
            return k < s.tokens.size() && t.rel(k) == "acl:relcl" && t.head(k) != NONE &&
                   isOneOf(s.tokens[t.head(k)].upos, {"VERB", "AUX"});
        })) {
        return;
    }
    // "pleaded guilty to violating sanctions": the plea is the act's own statement, not a
    // plea of "guilty".
    if (p.relation == "plead" && p.arg2.head < s.tokens.size() &&
        isOneOf(t.lemma(p.arg2.head), {"guilty", "innocent"}) &&
        t.child(p.arg2.head, {"advcl"}) != NONE) {
        return;
    }
    // "moving more slowly than its rivals toward electric vehicles": what an act is compared
    // with is nothing it acts on.
    if (p.relation.ends_with(" than")) {
        return;
    }
    // "Reyes, 41, faces ...": a bare number in apposition to a person is an age, which links
    // the person to nothing.
    if (p.pattern == openie::Pattern::Apposition && p.arg2.head < s.tokens.size() &&
        s.tokens[p.arg2.head].upos == "NUM" && p.arg2.tokens.size() == 1) {
        return;
    }
    // "X said (that) ...": what was said is its own proposition (attributed to X);
    // "X / say / <a word of the clause>" would state nothing.
    if (!p.arg2.empty() && p.arg2.head < s.tokens.size() &&
        isOneOf(s.tokens[p.arg2.head].upos, {"VERB", "AUX"}) &&
        isOneOf(said, {"say", "state", "note", "add", "tell", "write", "comment"})) {
        return;
    }
    // "the company said in a memo to employees", "Trudeau said on Monday, following similar
    // moves by the United States": where, when or after what something was said is no
    // statement of its own (to whom or about what it was said may be).
    if (!p.arg2.empty() && p.arg2.head < s.tokens.size() &&
        isOneOf(said, {"say", "state", "add", "write"}) &&
        p.relation.find(' ') != std::string::npos &&
        !isOneOf(p.relation.substr(p.relation.rfind(' ') + 1), {"to", "about"})) {
        return;
    }
    // "BMW warned that any tariffs could hurt European manufacturers", "The reports claim that
    // Beijing is concerned ...": the claim is the clause's own proposition. A claim or an
    // allegation is about the clause's object when that is a thing ("claimed the H20 chips
    // pose security risks"), never about the clause's subject or an actor, which the clause
    // relates itself; a warning or an argument is about none of them ("argued that the law
    // violates the First Amendment" argues no First Amendment), nor is what evidence shows
    // ("the evidence did not show that Lee had deceived shareholders" shows no shareholders).
    // (A denial is about what it denies: "denied that its products have backdoors"; an
    // outlet's report stays, as analysts keep who reported on whom.)
    // (Verbs of saying are above; "accuse", "testify", "reply" and "respond" take objects.)
    const bool reported =
        (openie::isReportingVerb(said) &&
         !isOneOf(said, {"say", "tell", "state", "add", "note", "write", "deny", "report", "accuse",
                         "testify", "reply", "respond"})) ||
        isOneOf(said,
                {"fear", "expect", "hope", "rule", "find", "conclude", "determine", "decide",
                 "show", "prove", "suggest", "indicate", "demonstrate", "imply", "bet", "wager",
                 "worry", "doubt", "assume", "anticipate", "reckon", "forecast", "project", "guess",
                 "suspect", "agree", "know", "understand", "realize", "realise", "learn",
                 "discover", "notice", "hear", "feel", "recognize", "recognise",
                 // (nor is what someone urges be done: "recommended that shareholders
                 // accept the offer" recommends no offer)
                 "recommend", "urge", "demand", "propose", "request", "advise"});
    if (!p.arg2.empty() && clauseArgument(t, p.arg2) && reported) {
        const std::size_t topic = clauseTopic(t, p.arg2.head, p.arg2.tokens);
        // (A claim that an actor did something is about the act: "claiming the rival drugmaker
        // had copied its vaccine technology" claims no technology.)
        const std::size_t doer = t.child(p.arg2.head, {"nsubj"});
        const auto doerType = [&] {
            return entities_.entity(static_cast<std::size_t>(ents.words[doer].entity)).type;
        };
        const bool actorDid = doer != NONE && ents.words[doer].entity >= 0 &&
                              (doerType() == EntityType::Org || doerType() == EntityType::Person ||
                               doerType() == EntityType::Gpe);
        const bool claim = isOneOf(said, {"claim", "allege"}) && !actorDid;
        if (topic != p.arg2.head &&
            (!claim || t.rel(topic).starts_with("nsubj") || ents.words[topic].entity >= 0)) {
            return;
        }
    }
    // Telling the press is how a thing got said, not a link between actors: "two people
    // familiar with the plan told reporters", "the minister told journalists on Monday". What
    // was said is its own proposition. (What it was about stays: "told journalists about the
    // deal with Japan".)
    if (said == "tell" && p.arg2.head < s.tokens.size() &&
        isOneOf(nounLemma(s.tokens[p.arg2.head]),
                {"reporter", "journalist", "press", "medium", "media", "newsman"}) &&
        std::none_of(p.extras.begin(), p.extras.end(), [](const openie::Argument& extra) {
            return extra.role != openie::ArgRole::Time &&
                   isOneOf(article::asciiLowered(extra.preposition), {"about", "of", "on"});
        })) {
        return;
    }
    // A denial that a named other did something is about that act, not about its thing: "The
    // Kremlin denied that Putin owned the vessel" denies no vessel (its own products' do:
    // "Nvidia denied that its products have backdoors").
    if (!p.arg2.empty() && said == "deny" && clauseArgument(t, p.arg2)) {
        const std::size_t subject = t.child(p.arg2.head, {"nsubj", "nsubj:pass"});
        if (subject != NONE && ents.words[subject].entity >= 0 &&
            ents.words[subject].kind == MentionKind::Name) {
            return;
        }
    }
    // "promised that no effort would be spared", "decided that it was too risky": a clause
    // whose topic is no thing, an adjective or a noun counted out by "no", gives the verb
    // nothing to be about.
    if (!p.arg2.empty() && clauseArgument(t, p.arg2) && p.relation.ends_with(" that")) {
        const std::size_t topic = clauseTopic(t, p.arg2.head, p.arg2.tokens);
        const std::size_t det = t.child(topic, {"det"});
        if ((topic == p.arg2.head && !isOneOf(s.tokens[topic].upos, {"NOUN", "PROPN"})) ||
            (det != NONE && article::asciiLowered(s.tokens[det].form) == "no")) {
            return;
        }
    }
    // A report that a clause holds is about an actor in it ("Bloomberg reported that Huawei
    // ..."), not about the clause's thing: "Netflix reported that it added 5 million
    // subscribers" reports no subscribers (the clause says who added them).
    if (!p.arg2.empty() && said == "report" && clauseArgument(t, p.arg2)) {
        const std::size_t topic = clauseTopic(t, p.arg2.head, p.arg2.tokens);
        if (topic == p.arg2.head || ents.words[topic].entity < 0) {
            return;
        }
    }
    // Nor does a noun "said": the subject of a said clause the parse took for the object
    // ("Gelsinger said, 'Strong bipartisan support ... is driving ...'") or the noun a relative
    // clause hangs on ("the funding that Biden said would be released").
    if (!p.arg2.empty() && isOneOf(p.relation, {"say", "state"})) {
        return;
    }
    // "..., widely seen as retaliation for ...": a comment on the clause's act, not on the noun
    // or subject the parse gave it (see commentedAct).
    if (std::any_of(p.relationTokens.begin(), p.relationTokens.end(),
                    [&](std::size_t k) { return evaluativeComment(t, k); })) {
        return;
    }
    // "Ryanair received the largest penalty, followed by Vueling and EasyJet": a ranking, in
    // which those after follow no one.
    if (std::any_of(p.relationTokens.begin(), p.relationTokens.end(), [&](std::size_t k) {
            return k < s.tokens.size() && s.tokens[k].xpos == "VBN" && t.lemma(k) == "follow" &&
                   isOneOf(t.rel(k), {"acl", "advcl", "conj", "parataxis"}) &&
                   t.child(k, {"aux", "aux:pass"}) == NONE;
        })) {
        return;
    }
    // "a Russian criminal group called Qilin": a participle of naming gives the name of the
    // noun it is on, no act of calling.
    if (std::any_of(p.relationTokens.begin(), p.relationTokens.end(), [&](std::size_t k) {
            return k < s.tokens.size() && s.tokens[k].xpos == "VBN" && t.rel(k) == "acl" &&
                   isOneOf(t.lemma(k), {"call", "name", "dub", "nickname", "title", "brand"}) &&
                   t.child(k, {"aux", "aux:pass"}) == NONE;
        })) {
        return;
    }
    // "had no plans to increase prices", "has no intention of selling": an act that someone
    // has no plan for is denied, not stated.
    for (const std::size_t k : p.relationTokens) {
        if (k >= s.tokens.size() || s.tokens[k].upos != "VERB" ||
            !isOneOf(t.rel(k), {"xcomp", "acl", "advcl"})) {
            continue;
        }
        std::size_t noun = t.head(k);
        if (noun != NONE && s.tokens[noun].upos == "VERB") {
            noun = t.child(noun, {"obj"}); // (the parse hangs the infinitive on "have")
        }
        const std::size_t no = noun == NONE ? NONE : t.child(noun, {"det"});
        if (no != NONE && article::asciiLowered(s.tokens[no].form) == "no" &&
            isOneOf(nounLemma(s.tokens[noun]),
                    {"plan", "intention", "intent", "desire", "interest", "wish", "need"})) {
            p.negated = true;
        }
    }
    // "Harrods Lane has no connection to Harrods", "Police found no evidence": an object
    // counted out by "no" denies the act of it ("not have connection to").
    bool noObject = false;
    if (!p.arg2.empty() && p.arg2.head < s.tokens.size() &&
        isOneOf(s.tokens[p.arg2.head].upos, {"NOUN", "PROPN"})) {
        const std::size_t det = t.child(p.arg2.head, {"det"});
        noObject =
            det != NONE && det < p.arg2.head && article::asciiLowered(s.tokens[det].form) == "no";
    }
    if (noObject) {
        p.negated = !p.negated;
    }
    turnPassive(cur, p);
    auto [subjects, objects] = subjectsAndObjects(cur, p);
    for (Side& object : objects) {
        if (noObject && !object.entity && article::asciiLowered(object.name).rfind("no ", 0) == 0) {
            object.name.erase(0, 3);
        }
    }
    std::string relation = p.relation;
    // "TSMC, whose clients include Apple and Nvidia", "Nvidia's customers include Alibaba":
    // each actor named holds that role for the owner ("Apple / be client of / TSMC"); the
    // owner's clients as a phrase relate nothing.
    if (relation == "include" && subjects.size() == 1 && !subjects.front().entity &&
        p.arg1.head < s.tokens.size() && s.tokens[p.arg1.head].xpos == "NNS") {
        const std::size_t role = p.arg1.head;
        std::size_t owner = t.child(role, {"nmod:poss"});
        if (owner != NONE && article::asciiLowered(s.tokens[owner].form) == "whose") {
            const std::size_t clause = t.head(role);
            owner = clause != NONE && t.rel(clause) == "acl:relcl" ? t.head(clause) : NONE;
        }
        std::vector<Side> members;
        for (const Side& object : objects) {
            if (object.entity && object.actor) {
                members.push_back(object);
            }
        }
        const std::string lemma = nounLemma(s.tokens[role]);
        if (owner != NONE && ents.words[owner].entity >= 0 && !members.empty() &&
            isOneOf(lemma, {"client", "customer", "supplier", "partner", "investor", "shareholder",
                            "backer", "rival", "competitor", "member", "subsidiary", "buyer",
                            "user", "licensee"})) {
            subjects = std::move(members);
            objects = {entitySide(t, ents.words[owner], entities_)};
            relation = "be " + lemma + " of";
            p.arg2 = openie::Argument{};
            p.extras.clear();
        }
    }
    // "could be more onerous for smaller operations": an adjective whose oblique stands as the
    // object goes into the relation with the oblique's preposition ("be onerous for"); so does
    // an adjective that completes another verb ("orders fell short of expectations": "fall
    // short of").
    const bool adjectival =
        p.arg2.head < s.tokens.size() && (relation == "be" || t.rel(p.arg2.head) == "xcomp");
    if (adjectival && s.tokens[p.arg2.head].upos == "ADJ" && ents.words[p.arg2.head].entity < 0 &&
        clauseTopic(t, p.arg2.head, p.arg2.tokens) != p.arg2.head) {
        relation += adjectiveOfBe(t, p.arg2.head, "");
    }
    // The outlet that asked for comment: the article's source.
    const auto outlet = [&] {
        Side side;
        const article::GazetteerEntry* known = gazetteer_.lookup(doc_.source);
        side.name = known != nullptr ? known->name : doc_.source;
        side.type = EntityType::Org;
        side.text = doc_.source;
        side.entity = true;
        side.actor = true;
        return side;
    };
    // "X declined to comment": to the outlet that asked.
    const std::string verb = p.relation.substr(0, p.relation.find(' '));
    if (isOneOf(verb, {"decline", "refuse"}) && !doc_.source.empty() &&
        (p.relation.find("comment") != std::string::npos ||
         (!p.arg2.empty() && p.arg2.head < s.tokens.size() &&
          s.tokens[p.arg2.head].lemma == "comment"))) {
        objects = {outlet()};
        relation = verb + " to comment to";
    }
    // "Calls to Aluminum Corp. of China weren't answered", "Emails to Huawei went unanswered":
    // whoever was called did not answer the outlet.
    bool unanswered = false;
    if (!doc_.source.empty()) {
        if (const std::optional<UnansweredCall> call = unansweredCall(t, p)) {
            std::vector<Side> called;
            for (const openie::Argument& to : call->recipients) {
                for (Side& side : resolveSides(t, to, ents, entities_)) {
                    if (side.entity) {
                        called.push_back(std::move(side));
                    }
                }
            }
            if (!called.empty()) {
                subjects = std::move(called);
                objects = {outlet()};
                relation = call->verb + " " + call->what + " from";
                unanswered = true;
            }
        }
    }
    // The extra argument the object was taken from, if any: it is not repeated as an argument.
    std::size_t objectExtra = p.extras.size();
    if (objects.empty()) {
        // "China retaliated against the US": an entity in an extra argument.
        for (const openie::Argument& extra : p.extras) {
            if (extra.role == openie::ArgRole::Time) {
                continue;
            }
            std::vector<Side> sides = resolveSides(t, extra, ents, entities_);
            // (Of a clause, only a measure or an event it brought: "surged after Beijing
            // imposed export controls" -> surge after the controls; "came after the department
            // awarded Samsung ..." is no coming after Samsung.)
            if (!sides.empty() && sides.front().entity &&
                (!clauseArgument(t, extra) || sides.front().type == EntityType::Law ||
                 sides.front().type == EntityType::Event)) {
                objects = std::move(sides);
                relation = relationFor(p, extra);
                objectExtra = static_cast<std::size_t>(&extra - p.extras.data());
                break;
            }
        }
    }
    graph::Statement st = cur.base;
    st.relationText = p.relationText;
    st.negated = p.negated || unanswered;
    st.modality = p.modality;
    st.asserted = p.asserted;
    st.confidence = p.confidence;
    for (const openie::Argument& extra : p.extras) {
        graph::Argument a;
        a.role = std::string(openie::argRoleName(extra.role));
        a.text = writtenText(s, extra);
        // The tree calls "in" + a proper noun a place; a company or a person is none ("invested
        // $2 billion in Anthropic").
        if (extra.role == openie::ArgRole::Place && extra.head < s.tokens.size() &&
            ents.words[extra.head].entity >= 0) {
            const graph::EntityType type =
                entities_.entity(static_cast<std::size_t>(ents.words[extra.head].entity)).type;
            if (type != graph::EntityType::Gpe && type != graph::EntityType::Other) {
                a.role = std::string(openie::argRoleName(openie::ArgRole::Other));
            }
        }
        // A date is a time whatever role the tree gave it ("On July 31"), when it is what the
        // argument names: not the year deep inside "in response to U.S. restrictions ...
        // imposed in late 2023".
        std::vector<article::DateMention> dates =
            extra.role == openie::ArgRole::Time || extra.role == openie::ArgRole::Other
                ? article::resolveDates(extra.text, date_)
                : std::vector<article::DateMention>{};
        if (extra.role == openie::ArgRole::Other) {
            dates = datesCoveringHead(s, extra, std::move(dates));
        }
        if (!dates.empty()) {
            a.role = "time";
            a.value = article::toIso(dates.front().value);
            if (st.date.empty()) {
                st.date = a.value;
            }
        }
        st.args.push_back(std::move(a));
    }
    if (st.date.empty()) {
        st.date = reportDate(t, p, date_);
    }
    // The relation to an extra argument. The thing named as the object is part of it, wherever
    // the parse hung the phrase: "opened an investigation into TikTok" -> "open investigation
    // into", "imposed tariffs on China" -> "impose tariff on", "defying pressure from
    // Washington" -> "defy pressure from", "posted an article on WeChat" -> "post article on".
    const auto extraRelation = [&](const openie::Argument& given) {
        // (A direction before the preposition is part of it: "battled a wildfire *north* of
        // Athens" -> "battle wildfire north of", not a wildfire of Athens.)
        openie::Argument extra = given;
        if (extra.head < s.tokens.size() && !extra.preposition.empty()) {
            for (std::size_t c : t.children[extra.head]) {
                if (c < extra.head && t.rel(c) == "advmod" &&
                    isOneOf(article::asciiLowered(s.tokens[c].form),
                            {"north", "south", "east", "west", "northeast", "northwest",
                             "southeast", "southwest", "outside"})) {
                    extra.preposition =
                        article::asciiLowered(s.tokens[c].form) + " " + extra.preposition;
                }
            }
        }
        std::size_t object = p.arg2.head;
        // (A span of time stands for its "of" noun: "ending almost a century of onshore
        // production in the country" -> "end production in".)
        // (So does a count in the plural: "destroyed thousands of homes in Los Angeles" ->
        // "destroy home in".)
        if (object < s.tokens.size() &&
            (spanOfTime(nounLemma(s.tokens[object])) || pluralCount(s.tokens[object]))) {
            const std::size_t of = t.phraseAfter(
                object, "nmod", {"of"}, [&](std::size_t c) { return s.tokens[c].upos == "NOUN"; });
            if (of != NONE) {
                object = of;
            }
        }
        // (Not an amount: "rose 3 percent in Frankfurt" rises in Frankfurt, "pay 3.4 billion
        // rupees to Lifestyle Equities" pays to it.)
        // (An object that came with a preposition keeps it: "bowed in apology at a news
        // conference" -> "bow in apology at", not "bow apology at".)
        if (!extra.preposition.empty() && p.relation != "be" && object < s.tokens.size() &&
            s.tokens[object].upos == "NOUN" && ents.words[object].entity < 0 && !p.arg2.empty() &&
            !memberPreposition(extra.preposition) &&
            !isOneOf(s.tokens[object].lemma, {"percent", "%", "point", "percentage"}) &&
            !currency(s.tokens[object])) {
            return relationFor(p, openie::Argument{}) +
                   (p.relationTail.empty() ? "" : " " + p.relationTail) + " " +
                   s.tokens[object].lemma + " " + extra.preposition;
        }
        return relationFor(p, extra);
    };
    // The statement without the argument its object came from, when the argument says no
    // more than the object's names ("recall vehicle in / United States" carries no "in the
    // United States" besides; "compete in / high bandwidth memory" keeps "in high-bandwidth
    // memory used in AI servers").
    const auto withoutArgument = [&](std::size_t k, const std::vector<Side>& sides) {
        graph::Statement own = st;
        // (an entity's word only of an entity the sides name: "from regulators in the United
        // States and Europe" says more than "regulators")
        const auto named = [&](std::size_t w) {
            return ents.words[w].entity >= 0 &&
                   std::any_of(sides.begin(), sides.end(), [&](const Side& side) {
                       return side.entity &&
                              entities_.entity(static_cast<std::size_t>(ents.words[w].entity))
                                      .name == side.name;
                   });
        };
        const bool bare =
            k < p.extras.size() &&
            std::all_of(p.extras[k].tokens.begin(), p.extras[k].tokens.end(), [&](std::size_t w) {
                // (or the head noun with its compounds: "from tax authorities"; or a name's
                // description before it: "with company veteran Laurent Freixe")
                const std::size_t head = p.extras[k].head;
                const auto description = [&](std::size_t d) {
                    return d < s.tokens.size() && t.rel(d) == "nmod:desc" && named(t.head(d));
                };
                return w >= s.tokens.size() || named(w) || w == head ||
                       isOneOf(t.rel(w), {"case", "det", "punct", "cc"}) ||
                       (t.head(w) == head && t.rel(w) == "compound") || description(w) ||
                       (t.rel(w) == "compound" && description(t.head(w))) ||
                       (t.rel(w) == "nmod:poss" && s.tokens[w].upos == "PRON");
            });
        // (nor when the object is the argument's own phrase, a concept: "banned agreements for
        // most workers" -> "ban agreement for / most workers" needs no "for most workers")
        const bool itself =
            k < p.extras.size() && std::any_of(sides.begin(), sides.end(), [&](const Side& side) {
                return !side.entity && side.head == p.extras[k].head;
            });
        if ((bare || itself) && k < own.args.size()) {
            own.args.erase(own.args.begin() + static_cast<std::ptrdiff_t>(k));
        }
        return own;
    };
    const graph::Statement main = withoutArgument(objectExtra, objects);
    // An extra argument that is itself an actor: "hindering companies, including Huawei" ->
    // hinder including Huawei; "exports which require approval from the Ministry" -> require
    // from the Ministry. Each with its relation, its actors and its statement, the same for
    // every subject.
    struct ExtraActors {
        std::string rel;
        std::vector<Side> sides;
        graph::Statement statement;
    };
    std::vector<ExtraActors> extraActors;
    for (const openie::Argument& extra : p.extras) {
        // (Not a clause: "told reporters that the company would ..." tells the reporters, not
        // the company; the clause's actors are its own proposition's.)
        // Nor a bare noun phrase, whose head links no actor to the verb: an apposition of the
        // subject ("Samsung and SK Hynix, the world's two largest memory chipmakers, were
        // granted ...") or a phrase the parse could not place ("..., surprising U.S. officials"
        // read as a noun phrase). (Actors inside it still count, below.)
        // Nor a comparison: "issued more recalls than any other automaker"; nor what is done
        // instead: "build cars in Belgium instead of China". Nor an adjective said of the
        // object, whose phrase's noun is not the verb's: "called the deal harmful to consumers"
        // calls no consumers.
        if (subjects.empty() || extra.role == openie::ArgRole::Time || clauseArgument(t, extra) ||
            (extra.preposition.empty() && extra.head < s.tokens.size() &&
             s.tokens[extra.head].upos == "ADJ") ||
            isOneOf(article::asciiLowered(extra.preposition),
                    {"than", "instead of", "rather than"}) ||
            (extra.preposition.empty() && extra.role == openie::ArgRole::Other &&
             std::none_of(extra.tokens.begin(), extra.tokens.end(), [&](std::size_t k) {
                 return isOneOf(t.rel(k), {"case", "mark"}) && s.tokens[k].xpos != "POS";
             }))) {
            continue;
        }
        // Nor a phrase of a preposition the object has a phrase of its own with: "ordered tanks
        // from General Dynamics and howitzers from Hanwha" orders no howitzers from General
        // Dynamics.
        if (p.arg2.head < s.tokens.size() && !extra.preposition.empty() &&
            std::any_of(t.children[p.arg2.head].begin(), t.children[p.arg2.head].end(),
                        [&](std::size_t c) {
                            const std::size_t cs = t.child(c, {"case"});
                            return c > p.arg2.head && t.rel(c) == "nmod" && cs != NONE &&
                                   article::asciiLowered(s.tokens[cs].form) ==
                                       article::asciiLowered(extra.preposition);
                        })) {
            continue;
        }
        // Nor the office an appointee is named to: "named Helena Strand as chief executive"
        // (the role pattern states "be CEO of"; "name as / chief executive" says nothing).
        if (article::asciiLowered(extra.preposition) == "as" && extra.head < s.tokens.size() &&
            officeOrRole(s.tokens[extra.head].form) && p.arg2.head < s.tokens.size() &&
            ents.words[p.arg2.head].entity >= 0) {
            continue;
        }
        // Nor what a verb makes or names its object: "making her the youngest prime minister"
        // makes no prime minister.
        if (extra.preposition.empty() && extra.head < s.tokens.size() &&
            madeObject(t, extra.head) != NONE) {
            continue;
        }
        std::vector<Side> sides = resolveSides(t, extra, ents, entities_);
        graph::Statement own =
            withoutArgument(static_cast<std::size_t>(&extra - p.extras.data()), sides);
        extraActors.push_back({extraRelation(extra), std::move(sides), std::move(own)});
    }
    for (const Side& subject : subjects) {
        for (const Side& object : objects) {
            emitPair(cur, p, main, subject, object, relation, 1.0);
        }
        for (const ExtraActors& extra : extraActors) {
            for (const Side& side : extra.sides) {
                if (side.entity || side.actor) { // "to the military"
                    emitPair(cur, p, extra.statement, subject, side, extra.rel, 0.8);
                }
            }
        }
        // Actors named inside the object or an extra argument: "revoked waivers granted to
        // Intel" -> revoke ... to Intel; "hindering companies, including Huawei" -> hinder
        // Huawei.
        // (Nor inside an object the relation's own preposition sets the scene with: "exports
        // fell following Russia's invasion of Ukraine" is no falling of anything in Ukraine.)
        std::vector<const openie::Argument*> inner;
        if (!sceneSetting(p.relationTail)) {
            inner.push_back(&p.arg2);
        }
        for (const openie::Argument& extra : p.extras) {
            // (Nor a phrase that sets the scene, or one of comparison: "imposed a tariff ...,
            // following similar moves by the United States" is no imposing on the United States;
            // "issued more recalls than any other automaker" no issuing to it.)
            // (Nor a bare noun phrase set off by a comma that sums up the act: "apologised to
            // investors, an unusual step for the South Korean company" is no falling or
            // apologising for the company.)
            const bool setOff = extra.preposition.empty() && !extra.tokens.empty() &&
                                extra.tokens.front() > 0 &&
                                s.tokens[extra.tokens.front() - 1].form == "," &&
                                extra.head < s.tokens.size() && s.tokens[extra.head].upos == "NOUN";
            if (extra.role != openie::ArgRole::Time && !clauseArgument(t, extra) && !setOff &&
                !sceneSetting(extra.preposition) &&
                !isOneOf(article::asciiLowered(extra.preposition),
                         {"than", "instead of", "rather than"})) {
                inner.push_back(&extra);
            }
        }
        for (const openie::Argument* arg : inner) {
            for (const Nested& nested : nestedEntities(t, *arg, ents, entities_)) {
                // What an owner has reaches no further than the thing had: "exports of ASML's
                // machines to China" gives no "ASML / have machine to / China".
                if (p.pattern == openie::Pattern::Possessive && !nested.path.empty()) {
                    continue;
                }
                std::string rel = arg == &p.arg2 ? p.relation : extraRelation(*arg);
                // An amount's preposition says by how much, not where: "lifted shares by 6% in
                // Sao Paulo" lifts shares in it.
                const bool amount = arg != &p.arg2 && arg->head < s.tokens.size() &&
                                    amountWord(s.tokens[arg->head]);
                if (amount && !nested.onName && !nested.path.empty() &&
                    nested.path.find(' ') == std::string::npos) {
                    openie::Argument where = *arg;
                    where.preposition = nested.path;
                    emitPair(cur, p, st, subject, nested.side, extraRelation(where), 0.8);
                    continue;
                }
                if (nested.onName && !nested.path.empty()) {
                    rel = relationFor(p, openie::Argument{}); // without the argument's preposition
                } else if (arg == &p.arg2 &&
                           (p.relation == "be" ||
                            (arg->head < s.tokens.size() && t.rel(arg->head) == "xcomp"))) {
                    rel += adjectiveOfBe(t, arg->head, nested.path);
                }
                if (!nested.path.empty()) {
                    rel += " " + nested.path;
                }
                // (An extra argument the relation spells out is not repeated: "rise for steel
                // in / India" carries no "for steel in India".)
                if (arg != &p.arg2 && arg->head < s.tokens.size() &&
                    (" " + rel + " ").find(" " + s.tokens[arg->head].lemma + " ") !=
                        std::string::npos) {
                    emitPair(cur, p,
                             withoutArgument(static_cast<std::size_t>(arg - p.extras.data()),
                                             {nested.side}),
                             subject, nested.side, rel, 0.8);
                    continue;
                }
                emitPair(cur, p, st, subject, nested.side, rel, 0.8);
            }
        }
    }
}

// The speaker who posted, issued or sent the text a passive participle describes: "In an
// article posted Sunday on WeChat, Yuyuan Tantian claimed ...", "In a statement released on
// Monday, the ministry said ...". The participle modifies the noun of an "in" phrase of a verb
// of saying; its subject is the agent. None otherwise.
std::optional<openie::Argument> speakerOfText(const SentenceTree& t, const openie::Proposition& p) {
    const Sentence& s = t.s;
    const std::size_t noun = p.arg1.head;
    if (p.arg1.empty() || noun >= s.tokens.size() || t.rel(noun) != "obl") {
        return std::nullopt;
    }
    // The proposition's verb is a participle on the noun.
    const bool described =
        std::any_of(p.relationTokens.begin(), p.relationTokens.end(), [&](std::size_t k) {
            return k < s.tokens.size() && t.head(k) == noun && t.rel(k) == "acl";
        });
    const std::size_t in = t.child(noun, {"case"});
    const std::size_t verb = t.head(noun);
    if (!described || in == NONE || t.lemma(in) != "in" || verb == NONE ||
        !isOneOf(t.lemma(verb), {"say", "claim", "state", "write", "warn", "argue", "note", "add",
                                 "announce", "accuse", "allege", "report", "insist"})) {
        return std::nullopt;
    }
    const std::size_t subject = t.child(verb, {"nsubj"});
    if (subject == NONE || s.tokens[subject].upos == "PRON") {
        return std::nullopt;
    }
    return phraseArgument(t, subject);
}

// A passive whose "by" agent the extractor left among the extra arguments, or that the parse
// hung on a word of the verb's complement, turned active.
void ArticleWalk::turnPassive(const Current& cur, openie::Proposition& p) {
    const Sentence& s = cur.s;
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    if (p.passive && !p.agentInArg2 && !p.activeLemma.empty()) {
        // The agent becomes arg1 and the patient arg2.
        const auto activate = [&p](openie::Argument agent, std::string relation) {
            p.relation = std::move(relation);
            p.relationTail.clear();
            p.arg2 = p.arg1;
            p.arg1 = std::move(agent);
            p.passive = false;
        };
        if (std::optional<openie::Argument> agent = strandedAgent(t, p)) {
            activate(std::move(*agent), activeWithComplement(p, s, ents, false));
        } else if (std::optional<openie::Argument> speaker = speakerOfText(t, p);
                   speaker && resolveArgument(t, *speaker, ents, entities_).entity) {
            // Where the text appeared stays with the act: "posted Sunday on WeChat" -> the
            // speaker posted the article on WeChat.
            openie::Argument where = p.arg2;
            where.preposition = p.relationTail;
            where.role = openie::ArgRole::Other;
            activate(std::move(*speaker), p.activeLemma);
            if (!where.empty() && !where.preposition.empty()) {
                p.extras.push_back(std::move(where));
            }
        }
        for (std::size_t k = 0; p.passive && k < p.extras.size(); ++k) {
            if (p.extras[k].preposition == "by" &&
                resolveArgument(t, p.extras[k], ents, entities_).entity) {
                activate(p.extras[k], p.activeLemma);
                p.extras.erase(p.extras.begin() + static_cast<std::ptrdiff_t>(k));
                break;
            }
        }
    }
}

// The subjects and objects of a proposition as actors and things of the document.
std::pair<std::vector<Side>, std::vector<Side>>
ArticleWalk::subjectsAndObjects(const Current& cur, openie::Proposition& p) {
    const Sentence& s = cur.s;
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    std::vector<Side> subjects = resolveSides(t, p.arg1, ents, entities_);
    std::vector<Side> objects = resolveSides(t, p.arg2, ents, entities_);
    // "expects demand to recover", "expects the factory to create jobs": a thing that the
    // object of a verb of expecting or believing is said to do is part of what is expected.
    // The thing alone ("expect / demand") says something else.
    if (objects.size() == 1 && !objects.front().entity && p.arg2.head < s.tokens.size()) {
        const std::size_t verb = t.head(p.arg2.head);
        // (the infinitive on the verb or, as the parse often has it, on the object)
        std::size_t x = t.child(p.arg2.head, {"acl"});
        if (x == NONE && verb != NONE) {
            x = t.child(verb, {"xcomp"});
        }
        const std::size_t to = x == NONE ? NONE : t.child(x, {"mark"});
        if (x != NONE && x > p.arg2.head && to != NONE && t.lemma(to) == "to" &&
            t.rel(p.arg2.head) == "obj" && s.tokens[x].upos == "VERB" &&
            isOneOf(t.lemma(verb), {"expect", "believe", "consider", "want", "need", "see", "find",
                                    "predict", "forecast", "project"})) {
            objects.front().name += " to " + s.tokens[x].lemma;
            // With what it does it to: "expects the deal to add 10 billion dollars".
            if (const std::size_t done = t.child(x, {"obj"}); done != NONE) {
                objects.front().name += " " + coreNounPhrase(t, done, ents, entities_);
            }
        }
    }
    // "Calls to Intel and Aluminum Corp. of China, which produces gallium": a relative clause
    // whose verb is singular is about the one name before it, not the whole list.
    if (subjects.size() > 1 && p.pattern == openie::Pattern::RelativeClause) {
        if (const std::size_t nearest = singularRelativeAntecedent(t, p, ents); nearest != NONE) {
            subjects = {entitySide(t, ents.words[nearest], entities_)};
        }
    }
    // "Dissanayake, a Marxist who leads the alliance": a relative clause on an apposition of a
    // name is about the one named.
    // (Also when the apposition's own modifier named an actor: "Yang, a former Chinese
    // diplomat who became an Australian citizen" is no act of China's.)
    if (subjects.size() == 1 && p.pattern == openie::Pattern::RelativeClause &&
        p.arg1.head < s.tokens.size() &&
        (ents.words[p.arg1.head].entity < 0 || ents.words[p.arg1.head].kind != MentionKind::Name) &&
        t.rel(p.arg1.head) == "appos" && t.head(p.arg1.head) != NONE &&
        ents.words[t.head(p.arg1.head)].entity >= 0) {
        subjects = {entitySide(t, ents.words[t.head(p.arg1.head)], entities_)};
    }
    // "Chinese memory makers such as YMTC and CXMT could benefit": the named members of a
    // subject set act for it.
    if (subjects.size() == 1 && !subjects.front().entity && p.arg1.head < s.tokens.size()) {
        std::vector<Side> members;
        for (std::size_t c : t.children[p.arg1.head]) {
            if (c <= p.arg1.head || ents.words[c].entity < 0 ||
                !isOneOf(t.rel(c), {"nmod", "acl", "appos"})) {
                continue;
            }
            std::string prep;
            for (std::size_t g : t.children[c]) {
                if (t.rel(g) == "case" || t.rel(g) == "fixed") {
                    prep += (prep.empty() ? "" : " ") + s.tokens[g].lemma;
                }
                for (std::size_t f : t.children[g]) {
                    if (t.rel(g) == "case" && t.rel(f) == "fixed") {
                        prep += " " + s.tokens[f].lemma;
                    }
                }
            }
            if (isOneOf(prep, {"such as", "include", "including", "like"})) {
                openie::Argument member;
                member.head = c;
                member.tokens = {c};
                for (Side& m : resolveSides(t, member, ents, entities_)) {
                    members.push_back(std::move(m));
                }
            }
        }
        if (!members.empty()) {
            subjects = std::move(members);
        }
    }
    // "The move has now been made official": a measure made, announced or lifted
    // without a "by" is its owner's doing ("Japan's plan" -> Japan).
    if (p.passive && !p.activeLemma.empty() && p.arg1.head < s.tokens.size() &&
        ents.words[p.arg1.head].entity >= 0 && subjects.size() == 1 &&
        isOneOf(p.activeLemma, {"make", "announce", "impose", "extend", "lift", "ease", "approve",
                                "introduce", "adopt", "tighten", "expand", "unveil", "issue",
                                "enact", "finalize", "implement", "publish", "revoke", "relax"})) {
        const DocEntity& measure =
            entities_.entity(static_cast<std::size_t>(ents.words[p.arg1.head].entity));
        if (measure.policy && measure.owner >= 0) {
            const Side agent = namedSide(entities_, measure.owner);
            objects = std::move(subjects);
            subjects = {agent};
            p.relation = activeWithComplement(p, s, ents, true);
            p.passive = false;
        }
    }
    // "we" in a quote is the speaker's organisation (or the speaker, an organisation).
    for (std::vector<Side>* sides : {&subjects, &objects}) {
        for (Side& side : *sides) {
            if (side.entity || !speaker_ ||
                !isOneOf(article::asciiLowered(side.name), {"we", "us"})) {
                continue;
            }
            const Side* who = speaker_->type == EntityType::Org ? &*speaker_ : nullptr;
            if (auto it = employer_.find(speaker_->name); it != employer_.end()) {
                who = &it->second;
            }
            if (who != nullptr) {
                const std::string text = side.text;
                side = *who;
                side.text = text;
            }
        }
    }
    // "Exporters of the two metals" ... "Chinese exporters": one group of actors, one
    // node, unless the two name different countries ("U.S. chipmakers", "Chinese
    // chipmakers").
    for (std::vector<Side>* sides : {&subjects, &objects}) {
        for (Side& side : *sides) {
            // (A counted set is its own: "80 companies" are not the later "American
            // companies".)
            // (Nor is what one becomes or is called: "She became the youngest prime minister"
            // after "a cabinet minister".)
            if (side.entity || !side.actor || side.head == NONE ||
                t.child(side.head, {"nummod"}) != NONE || t.rel(side.head) == "xcomp") {
                continue;
            }
            // The country the group is from ("Chinese exporters", "farmers in Belgium") and
            // the kind it is of ("search teams" are not the "rescue teams" before).
            std::string country;
            std::string kind;
            for (std::size_t c : t.children[side.head]) {
                const std::string_view rel = t.rel(c);
                if (rel == "nmod" && c > side.head && ents.words[c].entity >= 0 &&
                    t.child(c, {"case"}) != NONE &&
                    isOneOf(article::asciiLowered(s.tokens[t.child(c, {"case"})].form),
                            {"in", "from"})) {
                    const DocEntity& e =
                        entities_.entity(static_cast<std::size_t>(ents.words[c].entity));
                    if (e.type == EntityType::Gpe) {
                        country = e.name;
                    }
                    continue;
                }
                if (!isOneOf(rel, {"amod", "compound", "nmod:poss"})) {
                    continue;
                }
                if (ents.words[c].entity >= 0) {
                    const DocEntity& e =
                        entities_.entity(static_cast<std::size_t>(ents.words[c].entity));
                    if (e.type == EntityType::Gpe) {
                        country = e.name;
                    }
                } else if (const article::GazetteerEntry* g =
                               gazetteer_.demonymEntry(s.tokens[c].form)) {
                    country = g->name; // "Chinese"
                } else if ((rel == "compound" && s.tokens[c].upos == "NOUN") ||
                           (rel == "amod" && isOneOf(s.tokens[c].xpos, {"JJR", "JJS"}))) {
                    // (a comparison sets one apart as well: "the highest court" is not "the
                    // lower court")
                    kind += (kind.empty() ? "" : " ") + nounLemma(s.tokens[c]);
                }
            }
            // (One company is not the companies named before; and one is the one named before
            // only when "the" says so: "each with its own chief executive" and later "remain
            // chief executive of the group" are two.)
            const bool plural = isOneOf(s.tokens[side.head].xpos, {"NNS", "NNPS"});
            const std::size_t det = t.child(side.head, {"det"});
            const bool definite = det != NONE && article::asciiLowered(s.tokens[det].form) == "the";
            auto [it, added] =
                agents_.try_emplace(nounLemma(s.tokens[side.head]) + (plural ? "" : " (one)"),
                                    AgentGroup{side.name, country, kind});
            AgentGroup& group = it->second;
            const auto agrees = [](const std::string& first, const std::string& now) {
                return first.empty() || now.empty() || first == now;
            };
            if (!added && (plural || definite) && agrees(group.country, country) &&
                agrees(group.kind, kind)) {
                side.name = group.name;
                if (group.country.empty()) {
                    group.country = country;
                }
                if (group.kind.empty()) {
                    group.kind = kind;
                }
            }
        }
    }
    // "Intel Labs R&D operations need tools": the actor whose operations they are. (Not for
    // someone who has left it: "a former Google engineer founded ..." speaks for no Google.)
    const auto formerly = [&](std::size_t h) {
        for (std::size_t c : t.children[h]) {
            if (c < h && t.rel(c) == "amod" &&
                isOneOf(article::asciiLowered(s.tokens[c].form), {"former", "ex", "retired"})) {
                return true;
            }
        }
        return article::asciiLowered(s.tokens[h].form).rfind("ex-", 0) == 0;
    };
    // (Not for people who act for themselves: "Boeing factory workers voted to accept ...";
    // nor for things a participle says were made or done: "exports of Nexperia chips made in
    // China" are chips made there, not Nexperia.)
    const bool doneTo = p.passive && p.pattern == openie::Pattern::Participle;
    if (subjects.size() == 1 && !subjects.front().entity && p.arg1.head < s.tokens.size() &&
        !formerly(p.arg1.head) && !constituentNoun(nounLemma(s.tokens[p.arg1.head])) && !doneTo) {
        if (std::optional<Side> owner = modifierActor(t, p.arg1.head, ents, entities_)) {
            owner->text = subjects.front().text;
            subjects.front() = *owner;
            // (and the other members of a list of owners: "Samsung Electronics and SK Hynix
            // shares fell")
            for (int other : ents.words[owner->word].also) {
                subjects.push_back(namedSide(entities_, other));
            }
        }
    }
    return {std::move(subjects), std::move(objects)};
}

void ArticleWalk::emitPair(const Current& cur, const openie::Proposition& p,
                           const graph::Statement& st, const Side& subject, const Side& object,
                           const std::string& rel, double scale) {
    const Sentence& s = cur.s;
    // A measure with a concept ("the controls - have - a major impact") only
    // when the extractor is fairly sure of it.
    const bool measure = subject.entity || object.entity;
    if (!subject.actor && !object.actor && !options_.conceptPairs &&
        !(measure && st.confidence * scale >= 0.6)) {
        return;
    }
    // "Intel, Samsung, and SK hynix" parsed as appositions is a list, not an identity, and
    // "on WeChat, Yuyuan Tantian, ..." two phrases side by side: two names of different
    // entities never say that one is the other (the same one would have one entity).
    const bool identity = p.pattern == openie::Pattern::Apposition ||
                          (p.pattern == openie::Pattern::Copula && rel == "be");
    if (identity && subject.entity && object.entity &&
        (subject.type == object.type || rel == "be")) {
        return;
    }
    // "a new shipping alliance called Gemini": a participle of naming gives a name, not an act.
    if (p.pattern == openie::Pattern::Participle &&
        isOneOf(rel, {"call", "name", "dub", "know as", "be called", "be named", "be dubbed",
                      "be known as"})) {
        return;
    }
    // "making it the deadliest hurricane": what a verb says its object is, is nothing it acts
    // on.
    if (object.head != NONE && object.head < s.tokens.size() && cur.t.rel(object.head) == "xcomp" &&
        s.tokens[object.head].upos == "NOUN" && cur.t.head(object.head) != NONE &&
        cur.t.child(cur.t.head(object.head), {"obj"}) != NONE) {
        return;
    }
    // "the impact is SK hynix": a thing is not an actor; the parse went wrong.
    if (rel == "be" && !subject.entity && object.entity) {
        return;
    }
    // "It's less than ...": a bare property is no relation between actors.
    if (rel == "be" && !object.entity && object.head != NONE &&
        isOneOf(s.tokens[object.head].upos, {"ADJ", "ADV"})) {
        return;
    }
    // "ByteDance has until January 19 to sell TikTok" parsed with "until" the object: a
    // function word names nothing. (A quantifier with its "of" phrase names a part: "will buy
    // all of the plant's output".)
    const auto partOf = [&](std::size_t q) {
        for (std::size_t c : cur.t.children[q]) {
            const std::size_t cs = cur.t.child(c, {"case"});
            if (c > q && cur.t.rel(c) == "nmod" && cs != NONE && cur.t.lemma(cs) == "of") {
                return true;
            }
        }
        return false;
    };
    if (!object.entity && object.head != NONE &&
        isOneOf(s.tokens[object.head].upos, {"ADP", "SCONJ", "CCONJ", "PART", "DET", "AUX"}) &&
        !(s.tokens[object.head].upos == "DET" && partOf(object.head))) {
        return;
    }
    // "Japan revealed it will begin ...": a clause with nothing to stand for it
    // names no object.
    if (!object.entity && object.head != NONE &&
        isOneOf(s.tokens[object.head].upos, {"VERB", "AUX"})) {
        return;
    }
    if (p.pattern == openie::Pattern::Possessive &&
        (!object.entity || object.type == EntityType::Law)) {
        return; // "Japan's plan" names the plan; it states no fact
    }
    // "Microsoft, OpenAI's biggest investor": the possessed noun describes another actor, and
    // what it says is a role ("be biggest investor of", appositionLinks), not a possession.
    if (p.pattern == openie::Pattern::Possessive && p.arg2.head < s.tokens.size() &&
        cur.ents.words[p.arg2.head].entity >= 0 &&
        cur.ents.words[p.arg2.head].kind != MentionKind::Name) {
        return;
    }
    // So does a possessed noun that names no one itself, resolved to the name in its
    // apposition: "Vietnam's richest woman, the property developer Truong My Lan".
    if (p.pattern == openie::Pattern::Possessive && p.arg2.head < s.tokens.size() &&
        cur.ents.words[p.arg2.head].entity < 0 && object.entity &&
        cur.t.child(p.arg2.head, {"appos"}) != NONE) {
        return;
    }
    // "Jensen Huang, Nvidia's chief executive": the title's fact ("be CEO of") says what the
    // possessive or the apposition would say less well ("Nvidia / have / Jensen Huang").
    if (subject.entity && object.entity &&
        (p.pattern == openie::Pattern::Possessive || p.pattern == openie::Pattern::Apposition ||
         p.pattern == openie::Pattern::Copula)) {
        for (const NameFact& f : cur.ents.facts) {
            const std::string& a = entities_.entity(static_cast<std::size_t>(f.subject)).name;
            const std::string& b = entities_.entity(static_cast<std::size_t>(f.object)).name;
            if ((a == subject.name && b == object.name) ||
                (a == object.name && b == subject.name)) {
                return;
            }
        }
    }
    // "China's BOE Technology Group": a country's company is based there; the country owns
    // nothing.
    if (p.pattern == openie::Pattern::Possessive && subject.type == EntityType::Gpe &&
        object.type == EntityType::Org) {
        emitPair(cur, openie::Proposition{}, st, object, subject, "be based in", scale);
        return;
    }
    graph::Statement out = st;
    out.subject = subject.name;
    out.subjectType = subject.type;
    out.subjectText = subject.text;
    out.relation = rel;
    if (p.pattern == openie::Pattern::Possessive && subject.type == EntityType::Org &&
        object.type == EntityType::Product) {
        out.relation = "make";
    }
    out.object = object.name;
    out.objectType = object.type;
    out.objectText = object.text;
    out.confidence = st.confidence * scale;
    for (const Side* side : {&subject, &object}) {
        if (out.date.empty() && !side->time.empty()) {
            const std::vector<article::DateMention> when = article::resolveDates(side->time, date_);
            if (!when.empty()) {
                out.date = article::toIso(when.front().value);
            }
        }
    }
    emit(cur, std::move(out));
}

void ArticleWalk::credits(const Current& cur) {
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    // The speaker of this sentence, and the actors a quote thanks ("Thanks to the
    // leadership of President Biden and Vice President Harris, ..." -> the speaker
    // credits them).
    if (speaker_) {
        for (const Side& credited : thankedActors(t, ents, entities_)) {
            graph::Statement st = cur.base;
            st.subject = speaker_->name;
            st.subjectType = speaker_->type;
            st.subjectText = speaker_->text;
            st.relation = "credit";
            st.relationText = "Thanks to";
            st.object = credited.name;
            st.objectType = credited.type;
            st.objectText = credited.text;
            st.confidence = 0.5;
            emit(cur, std::move(st));
        }
    }
}

void ArticleWalk::actsOfNouns(const Current& cur) {
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    // Acts named by nouns: "its investments across Arizona" -> Intel / invest across /
    // Arizona; "relax restrictions on HBM" asked of the United States -> United States /
    // restrict / HBM.
    std::vector<NominalAct> acts = nominalActs(t, ents, entities_, lemmatizer_);
    for (std::size_t v = 0; v < cur.s.tokens.size(); ++v) {
        if (evaluativeComment(t, v)) {
            if (std::optional<NominalAct> act = commentedAct(t, v, ents, entities_, lemmatizer_)) {
                acts.push_back(std::move(*act));
            }
        }
    }
    for (const NominalAct& act : acts) {
        graph::Statement st = cur.base;
        st.subject = act.agent.name;
        st.subjectType = act.agent.type;
        st.subjectText = act.agent.text;
        st.relation = act.relation;
        st.relationText = act.relationText;
        st.object = act.target.name;
        st.objectType = act.target.type;
        st.objectText = act.target.text;
        st.confidence = 0.5;
        emit(cur, std::move(st));
    }
}

void ArticleWalk::surfaceBackoff(const Current& cur) {
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    // Backoff for pairs of actors the tree did not link (parse errors): the surface
    // pattern ACTOR (aux|adv)* VERB (noun|adj|det|adv)* PREP? ACTOR, as in ReVerb.
    std::set<std::pair<std::string, std::string>> linked;
    for (const graph::Statement& st : pending_) {
        linked.emplace(st.subject, st.object);
        linked.emplace(st.object, st.subject);
    }
    for (const SurfaceLink& link : surfaceLinks(t, ents, entities_)) {
        const DocEntity& a = entities_.entity(static_cast<std::size_t>(link.subject));
        const DocEntity& b = entities_.entity(static_cast<std::size_t>(link.object));
        if (linked.count({a.name, b.name}) > 0) {
            continue;
        }
        graph::Statement st = cur.base;
        st.subject = a.name;
        st.subjectType = a.type;
        st.subjectText = mentionText(t, ents, link.subject);
        st.relation = link.relation;
        st.relationText = link.relationText;
        st.negated = link.negated;
        st.asserted = st.asserted && !link.infinitive &&
                      !(link.verb != NONE && inReportedClause(t, link.verb));
        st.object = b.name;
        st.objectType = b.type;
        st.objectText = mentionText(t, ents, link.object);
        st.confidence = 0.3;
        linked.emplace(a.name, b.name);
        emit(cur, std::move(st));
    }
}

void ArticleWalk::release(const Current& cur, std::size_t knownBefore) {
    const SentenceTree& t = cur.t;
    const SentenceEntities& ents = cur.ents;
    // A story often opens on an actor it names only later: "A Chinese state
    // media-affiliated outlet has criticized ..." then "Yuyuan Tantian, a social media
    // account affiliated with ...". Statements wait up to two sentences for the name.
    if (cataphor_) {
        const int named = newlyNamedOrganisation(t, ents, entities_, knownBefore);
        if (named >= 0) {
            const DocEntity& e = entities_.entity(static_cast<std::size_t>(named));
            for (std::vector<graph::Statement>* group : {&held_, &pending_}) {
                for (graph::Statement& st : *group) {
                    if (st.subject == cataphor_->name && st.subjectType == EntityType::Concept) {
                        st.subject = e.name;
                        st.subjectType = e.type;
                    }
                    if (st.object == cataphor_->name && st.objectType == EntityType::Concept) {
                        st.object = e.name;
                        st.objectType = e.type;
                    }
                }
            }
            cataphor_.reset();
        } else if (sentenceIndex_ - cataphor_->sentence >= 2) {
            cataphor_.reset();
        }
    }
    if (!cataphor_) {
        for (graph::Statement& st : held_) {
            handOver(std::move(st));
        }
        held_.clear();
        for (const graph::Statement& st : pending_) {
            if (st.subjectType == EntityType::Concept && unnamedOrganisation(st.subjectText)) {
                cataphor_ = Cataphor{st.subject, sentenceIndex_};
                break;
            }
        }
    }
    if (cataphor_) {
        std::move(pending_.begin(), pending_.end(), std::back_inserter(held_));
    } else {
        for (graph::Statement& st : pending_) {
            handOver(std::move(st));
        }
    }
}

} // namespace

ArticleResult ArticleExtractor::extract(const article::Document& doc, std::string_view original,
                                        const ProgressFn& progress) const {
    ArticleResult result;
    ArticleSummary summary = extract(
        doc, original, [&](graph::Statement&& s) { result.statements.push_back(std::move(s)); },
        progress);
    result.entities = std::move(summary.entities);
    result.sentences = summary.sentences;
    return result;
}

ArticleSummary ArticleExtractor::extract(const article::Document& doc, std::string_view original,
                                         const StatementSink& sink,
                                         const ProgressFn& progress) const {
    ArticleWalk walk(doc, original, sink, extractor_, pipeline_.lemmatizer(), gazetteer_, options_);
    walk.noteCasing(doc.text);
    walk.setCommonNouns([this](std::string_view word) { return pipeline_.commonNoun(word); });
    const nlp::LetterNames names = nlp::letterNames(doc.text);
    for (const article::Block& block : doc.blocks) {
        if (block.kind != article::BlockKind::Paragraph) {
            continue;
        }
        for (const Sentence& s : pipeline_.analyze(doc.blockText(block), names)) {
            if (!s.tokens.empty() && s.tokens.front().head >= 0) {
                walk.sentence(s, block.begin);
            }
        }
        if (progress) {
            progress(block.end, doc.text.size());
        }
    }
    return walk.finish();
}

} // namespace kg::ingest::resolve
