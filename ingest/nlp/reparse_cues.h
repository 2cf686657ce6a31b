#pragma once

// Shapes of a parse that say the tagger got a verb wrong: a past tense read as a participle, a
// verb read as a noun, a verb hung below the phrase that is its subject. The pipeline retags the
// word these functions point at, parses the sentence again and keeps the new parse when it puts
// the word where the cue expects it. Each function reads one sentence's tree (1-based heads, as
// in CoNLL-U) and is bounded by its length; none changes the tree except raiseVerbOverSubject.

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/tree_walk.h"

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest::nlp {

/// The root of a whole sentence (at least five words, ending in . ! or ?) that was parsed with no
/// verb at its root and no copula on it, or NO_WORD.
std::size_t verblessRoot(const std::vector<Token>& w);

/// A root that is a participle (or a regular "-ed" past tense) right after a comma, with no
/// auxiliary and a subject before the comma: "The deal, announced on Monday, ..." parsed with
/// "announced" the main verb. {root, subject}, or {NO_WORD, NO_WORD}.
std::pair<std::size_t, std::size_t> participleRootAfterItsSubject(const std::vector<Token>& w);

/// A past tense read as an adjective or a participle right after the comma that closes a relative
/// clause or an apposition of the sentence's opening name, before its object: "Ascenda Health,
/// which runs 140 hospitals in 19 states, *diverted* ambulances ... after a cyberattack knocked
/// its systems offline" (tagged an adjective, with "knocked" the root). So is a plural noun that
/// is a known verb's "-s" form before "to" or an object: "The company, which was founded in
/// 1990, *plans* to sell its stake" (tagged a noun, the present tense to try is VBZ). The word's
/// index, or NO_WORD.
std::size_t pastTenseAfterTheSubjectsClause(const std::vector<Token>& w, const Lemmatizer& lemmas);

/// A verbless sentence whose first participle with a regular "-ed" form, no auxiliary before it
/// and a noun phrase after it is more likely its past-tense main verb: "The Biden administration
/// on Tuesday unveiled new rules that ..." tagged "unveiled" VBN and parsed as a noun phrase.
/// An "-ed" adjective of a known verb counts too ("Huawei, which has been on a U.S. trade
/// blacklist since 2019, surprised Washington ..." tagged "surprised" JJ). The index of that
/// word, or NO_WORD. (On EWT dev and test, with the committed models, 7 sentences qualify for the
/// participles, 3 of dev and 4 of test; 5 of the words are past tenses. One more qualifies for
/// the adjectives and is one: "the price of Brent North Sea crude ... advanced 53 cents".)
std::size_t participleForMainVerb(const Sentence& s, const Lemmatizer& lemmas);

/// The same kind of sentence with a noun where its verb should be: "The rules, which take effect
/// in 30 days, bar exports of advanced chips to China." with "bar" tagged NN (any verb of the
/// sentence is in a noun's clause). The first noun that is a verb's form, after a subject-like
/// phrase and before a noun phrase, as its index and the verb tag to try (VBP for a base form,
/// VBZ for an "-s" form), or NO_WORD. (On EWT dev and test, whose verbless sentences are mostly
/// fragments, none qualifies with the committed models; on CaRB dev, five do.)
std::pair<std::size_t, const char*> nounForMainVerb(const Sentence& s, const Lemmatizer& lemmas);

/// A past tense tagged as a participle and a plural noun after it tagged as a verb: "The American
/// chipmaking giant designed the H20 chips specifically for Chinese customers" parsed with
/// "chips" the root, "giant" and "H20" its two subjects and "designed" the giant's participle.
/// The participle (a regular "-ed" form right after the first subject, with no object of its
/// own) and the "verb" (an "-s" form of a known verb after a determiner's noun, with a second
/// subject) as {participle, noun}, or {NO_WORD, NO_WORD}.
std::pair<std::size_t, std::size_t> participleBeforeANounTakenForAVerb(const Sentence& s,
                                                                       const Lemmatizer& lemmas);

/// A verb to raise over the sentence's first noun phrase (verbAfterSubjectPhrase): the old
/// root, the verb, and the subject the parse gave the verb that is really an apposition of the
/// root (NO_WORD when the verb had no subject).
struct VerbToRaise {
    std::size_t root = NO_WORD;
    std::size_t verb = NO_WORD;
    std::size_t apposition = NO_WORD;
};

/// A verbless parse whose finite verb hangs under its subject's phrase because a long apposition
/// or a relative clause came between them: "Applied Materials, Lam Research and KLA, the three
/// biggest American toolmakers, get about a third of their revenue from China." parsed with
/// "get" a conjunct of "toolmakers"; "Nikon and Canon, which also make lithography tools, could
/// lose sales" with "lose" a conjunct of "make". The first verb after a comma with a finite form
/// (or a modal), no subject, marker or conjunction of its own, hung as a conjunct, apposition or
/// parataxis, and with only relative clauses' verbs and participles modifying nouns before it;
/// `verb` NO_WORD when there is none.
VerbToRaise verbAfterSubjectPhrase(const std::vector<Token>& w);

/// Makes the verb the root with the old root as its subject (see verbAfterSubjectPhrase). An
/// apposition the parse made the verb's subject goes back to the old root, the relative clause
/// the verb hung from goes to the subject, and the words after it that hung on the subject or
/// that clause (the final full stop) go to the verb.
void raiseVerbOverSubject(std::vector<Token>& w, const VerbToRaise& raise);

/// The relative word of a verb root that opens with one right after a noun and a comma
/// ("Cambricon, *whose* shares have tripled", "Nikon, *which* makes ..."): the root's subject
/// itself or its possessor. NO_WORD when the root is no such verb.
std::size_t relativeWordOfTheRoot(const std::vector<Token>& w);

/// The main verb of a sentence whose relative clause the parse made the main clause, when the
/// tagger took that verb, a past tense, for a participle or an adjective: "TSMC, whose clients
/// include Apple and Nvidia, *raised* prices". The first "-ed" word of a known verb after a
/// comma past the root, before what could open an object; NO_WORD otherwise.
std::size_t pastTenseAfterARelativeRoot(const std::vector<Token>& w, const Lemmatizer& lemmas);

/// Whether verb `v` agrees with a singular subject: a past tense, an "-s" form, or any form
/// after a modal or an auxiliary that is one ("has weakened", "will fall").
bool singularVerb(const std::vector<Token>& w, std::size_t v);

/// The first word of a sentence when the parse made it a subjectless "-s" verb or base form at
/// the root, a preposition follows it and a finite verb comes later (the tagger reads "Calls to
/// the company weren't answered" as an order to call, and "Demand for smartphones has weakened"
/// as an order to demand), or NO_WORD. A present tense needs a subject, so such a word is more
/// likely a noun opening the subject; an order usually is one, which the caller's test of the
/// new parse tells. ("Looks like the kids had a great time!" and "Needs good family ..." are
/// web text's dropped subjects, left alone.)
std::size_t openingNounTakenForAVerb(const std::vector<Token>& w);

/// Whether a verb's past tense is written as its base form ("set", "cut"), so the tagger can
/// read it as an adjective or a noun.
bool sameFormPast(std::string_view lower);

/// Whether a lowercase word is one of English's prepositions ("of", "despite", "via", "per"),
/// a closed class: a word the tagger calls a preposition that is none of these was misread
/// ("Restrictions on exports *hurt* Nvidia").
bool preposition(std::string_view lower);

/// A sentence whose main verb, a past tense written as its base form, was read as a modifier of
/// the noun after it, so that it is verbless or rests on a participle clause after a comma: "The
/// U.S. Commerce Department on Tuesday *set* preliminary tariffs ..., siding with American
/// manufacturers" (tagged an adjective, with "siding" the root), or rests on the verb joined
/// after it, whose subject the word went into ("The strike *cost* Boeing billions and forced
/// it ..."), or rests on the verb of a clause that a subordinator opens, read as a phrase on
/// the subject the word went into ("The company *cut* jobs after sales fell"). The word's
/// index, or NO_WORD.
std::size_t sameFormPastTakenForAModifier(const std::vector<Token>& w);

/// A sentence opened by a noun that the tagger took for an imperative, before a plural noun and a
/// past tense (a prepositional phrase may come between): "*Rescue* teams drilled a narrow shaft
/// ...", "*Transport* regulators in Canada approved the sale ..." parsed as orders with the
/// plural noun their object. The past tense's index (the word to retag is the first), or NO_WORD.
std::size_t openingCompoundTakenForAVerb(const std::vector<Token>& w);

/// An "'s" after a name or noun that the parse made the copula or auxiliary of a root that is no
/// verb, before an amount and with a finite verb later: "Intel's nearly $90 billion investment plan
/// in Europe depends on ..." read as "Intel is nearly $90 billion", "depends" its complement.
/// The index of the "'s", or NO_WORD.
std::size_t possessiveTakenForIs(const std::vector<Token>& w);

} // namespace kg::ingest::nlp
