#pragma once
// One Open IE proposition read off a dependency tree: arguments, relation (lemma form and surface
// text), extra arguments with roles, the words behind every part, and what the sentence commits to
// (negation, modality, attribution, confidence). Plain values; safe to copy between threads.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::openie {

/// What an argument is to its relation. Subject/Object for arg1/arg2, the rest for extra args.
enum class ArgRole {
    Subject, ///< arg1: the grammatical subject (the patient when the relation is passive)
    Object,  ///< arg2: object, prepositional object, complement clause or predicate nominal
    Time,    ///< a time expression ("On July 31", "in April 2025", "last week")
    Place,   ///< a location ("in Washington")
    Other,   ///< any other prepositional or adverbial argument ("for China", "as a clerk")
};

/// The stable lower-case name of a role ("time").
std::string_view argRoleName(ArgRole role);

/// The construction a proposition came from; the confidence model uses it as a feature.
enum class Pattern {
    Verb,           ///< a clause headed by a verb with its own subject
    Copula,         ///< "X is Y", "X remains unsafe"
    Apposition,     ///< "Yuyuan Tantian, a social media account" -> is
    RelativeClause, ///< "an account that publishes ..." (subject or object taken from the noun)
    Participle,     ///< "chips designed for China" (acl): the noun is the argument
    Control,        ///< "urged Nvidia to provide proofs": subject from the controlling verb
    Conjunct,       ///< a coordinated verb that shares the subject of the first one
    Adverbial,      ///< a subjectless adverbial clause ("..., labeling them unsafe")
    Possessive,     ///< "Nvidia's H20 chips" -> Nvidia / have / H20 chips
};

/// The stable lower-case name of a pattern ("relative-clause").
std::string_view patternName(Pattern pattern);

/// A phrase of the sentence: its text and the 0-based word indices it is made of, in order.
struct Argument {
    std::string text;                ///< words joined by single spaces, as written
    std::vector<std::size_t> tokens; ///< 0-based indices into Sentence::tokens, ascending
    ArgRole role = ArgRole::Other;
    std::string preposition; ///< lower-case case marker that introduces it ("in"), "" if none
    std::size_t head = 0;    ///< index of the head word

    bool empty() const { return tokens.empty(); }
};

/// arg1 relation arg2 extras, in the order the sentence says it (a passive keeps its grammatical
/// subject in arg1 and its agent in arg2; see `active()`).
/// Example: "Nvidia has repeatedly denied that its products have backdoors" gives
/// {arg1 "Nvidia", relation "deny", relationText "has repeatedly denied", arg2 "that its products
/// have backdoors"} and {arg1 "its products", relation "have", arg2 "backdoors",
/// asserted false, attributedTo "Nvidia"}.
struct Proposition {
    Argument arg1;
    std::string relation;     ///< lemma form: verb lemma + particle + preposition ("call off")
    std::string relationText; ///< surface words: auxiliaries, negation, verb, particle, preposition
    std::string activeLemma;  ///< for a passive: the verb lemma in active voice ("ban")
    /// The preposition or complementiser moved from arg2 to the end of `relation` ("for" in
    /// "design for" + "Chinese customers"), "" when there is none.
    std::string relationTail;
    std::vector<std::size_t> relationTokens; ///< 0-based indices of the relation words
    Argument arg2;                           ///< may be empty (intransitive)
    std::vector<Argument> extras;            ///< time, place and other arguments, sentence order
    bool negated = false;
    bool passive = false;     ///< relation is passive: arg1 is the patient, arg2 (if any) the agent
    bool agentInArg2 = false; ///< passive with a by-agent in arg2
    std::string modality;     ///< modal lemma ("may", "could", "would"), "" when none
    bool asserted = true;     ///< false inside complement/control clauses and reported speech
    std::string attributedTo; ///< who says so ("Nvidia", "reports"), "" when the writer does
    Pattern pattern = Pattern::Verb;
    double confidence = 0.0;      ///< 0..1, higher means more often right
    std::size_t alternatives = 1; ///< propositions its clause gave by splitting coordination
    std::size_t sentenceIndex = 0;

    /// The same fact in active voice: for a passive with an agent, the agent becomes arg1 and the
    /// patient arg2 ("sales were banned by the administration" -> administration / ban / sales).
    /// Other propositions are returned unchanged.
    Proposition active() const;
};

} // namespace kg::ingest::openie
