#pragma once
// Open IE over Universal Dependencies trees: every clause of a parsed sentence (verbal, copular,
// apposition, relative, participial, control, coordinated) becomes one or more propositions.
// Stateless after construction: one Extractor may be shared by threads. Linear in sentence length
// times the number of coordination alternatives (capped).

#include "ingest/nlp/conllu.h"
#include "ingest/openie/proposition.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::openie {

struct ExtractorOptions {
    std::size_t maxConjuncts = 4;       ///< coordinated alternatives kept per argument
    std::size_t maxPropositions = 48;   ///< per sentence; the rest are dropped (lowest confidence)
    std::size_t maxSentenceWords = 400; ///< longer sentences give no propositions (parser noise)
    bool appositions = true;            ///< emit "X is Y" for appositions
    bool subjectlessAdverbials = true;  ///< "..., labeling them unsafe" with the main subject
    bool possessives = true; ///< "Nvidia's chips" -> Nvidia / have / chips (names only, low score)
};

class Extractor {
public:
    Extractor() = default;
    explicit Extractor(ExtractorOptions options) : options_(options) {}

    /// Propositions of one parsed sentence (heads and deprels filled), most confident first.
    /// A sentence without a usable tree (unparsed words, heads out of range, cycles) gives none.
    /// Example: `for (const Proposition& p : Extractor{}.extract(sentence, 3)) use(p.arg1.text);`
    std::vector<Proposition> extract(const nlp::Sentence& sentence,
                                     std::size_t sentenceIndex = 0) const;

private:
    ExtractorOptions options_;
};

/// One line of CaRB's system format, without the newline:
/// `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2<TAB>extra...` (surface text; empty
/// argument slots left out). Example: `out << formatCarb(line, p) << '\n';`
std::string formatCarb(std::string_view sentence, const Proposition& proposition);

/// Whether `lemma` is a verb of saying or claiming whose complement clause is what is said
/// ("say", "claim", "warn", "deny", ...); the clause's propositions are attributed to its
/// subject. Example: true for "warn", false for "buy".
bool isReportingVerb(std::string_view lemma);

/// Whether word `k` of a parsed sentence negates the word it hangs on: an advmod "not", "n't" or
/// "never", or the "longer" of "no longer". Example: true for "n't" in "Intel didn't reply" and
/// for "longer" in "Intel no longer produces memory".
bool negates(const nlp::Sentence& sentence, std::size_t k);

/// "..., said the ministry.", "..., reports Bloomberg.": a parser often takes the speaker after
/// a finite reporting verb that has no subject for its object. Relabels such an object `nsubj`
/// when the verb follows a punctuation mark and the object's phrase ends the sentence (only
/// punctuation after it). Returns how many words it relabelled. Extractor::extract applies it
/// to its own copy; callers that read the tree themselves apply it first.
std::size_t invertReportingSubjects(nlp::Sentence& sentence);

/// "imposed sweeping export controls": a parser often takes a gerund right after a verb that
/// takes no gerund complement for that verb's xcomp, with the noun after it as the gerund's
/// object. Makes the gerund a modifier (`amod`) of that noun and the noun the verb's object;
/// the gerund's other dependents move to the verb. Verbs that do take gerunds ("began
/// restricting exports") are left alone. Returns how many gerunds it re-attached.
std::size_t gerundsBeforeTheirNouns(nlp::Sentence& sentence);

/// "X controls 90% of processing, according to the IEA": a parser often hangs the "according
/// to" phrase on a noun. Moves such a phrase onto the nearest verb above it (as `obl`), where
/// it names the statement's source. Returns how many phrases it moved.
std::size_t accordingToOnTheVerb(nlp::Sentence& sentence);

/// "The dispute comes as Washington pushes allies to ...": a parser often takes a subordinate
/// clause's marker for a preposition and its subject for an oblique of the verb above. When a
/// finite verb without a subject or marker comes right after such a phrase, and the phrase's
/// preposition is a subordinator ("as", "while", "after", "because", ...), the noun becomes the
/// verb's subject and the word its marker. Returns how many clauses it repaired.
std::size_t subordinateSubjects(nlp::Sentence& sentence);

/// "Japan will require licenses for 23 types of equipment, the ministry announced on Friday":
/// a parser often reads the reporting clause as a relative clause on a noun before it ("types
/// the ministry announced"). A reporting verb hung on a noun as acl:relcl, with a subject whose
/// phrase starts right after a comma and no object, relative pronoun or clause of its own,
/// becomes a parataxis of the sentence's root, where it names the statement's source (one hung
/// on the root's own word stays). Returns how many verbs it moved.
std::size_t reportsAsRelatives(nlp::Sentence& sentence);

/// "Nvidia has been barred from selling chips": the gerund of a verb of keeping someone from
/// something (bar, ban, block, prevent, stop, ...) that has no object is its complement, said
/// together with it ("be barred from sell"), not an adverbial clause whose act the subject did.
/// Relabels such a gerund `xcomp`. Returns how many it relabelled.
std::size_t preventedActsAsComplements(nlp::Sentence& sentence);

/// "Smith urged the administration to avoid heavy regulation": a parser sometimes hangs the
/// infinitive on the object as the noun's modifier (acl). For verbs whose object always does
/// the act (urge, ask, tell, force, allow, require, ...), the infinitive becomes the verb's
/// `xcomp`, whose subject is that object and whose act is not asserted. Returns how many it
/// moved.
std::size_t infinitivesOfTheObject(nlp::Sentence& sentence);

/// "The commerce ministry said ...", "IndiGo chief executive Pieter Elbers told ...": a parser
/// sometimes splits one subject phrase into two subjects of the verb. A name that is a subject
/// right after another subject's phrase (a name or a noun), with no comma or conjunction
/// between, takes the first as its compound. Returns how many subjects it joined.
std::size_t subjectsSplitFromOnePhrase(nlp::Sentence& sentence);

/// The repairs above applied to a copy, as Extractor::extract does; nullopt (and no copy) when
/// no word of the sentence could need any.
std::optional<nlp::Sentence> repairedTree(const nlp::Sentence& sentence);

} // namespace kg::ingest::openie
