#pragma once

// Mends the shapes of dependency trees the parser gets wrong in news text, without a model:
// each repair recognises one wrong shape by its words, tags and relations ("Intel chief
// executive Pat Gelsinger told" with the name hung on its title, a closing "the company said"
// parsed as a clause of the object) and rebuilds the tree EWT would give it. Every repair keeps
// a single-rooted tree and stops after a number of steps bounded by the sentence length.

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace kg::ingest::nlp {

/// Runs every repair over one parsed sentence's words `w`, in an order that lets later repairs
/// build on earlier ones. `lemmas` gives verbs' lemmas for retagged words; `isNoun` says whether
/// a lower-case word is a noun the lexicon knows (the tagger's WordNet classes in the pipeline).
/// Example: `repairTree(sentence.tokens, lemmatizer, isNoun)` after `Parser::parse(sentence)`.
void repairTree(std::vector<Token>& w, const Lemmatizer& lemmas,
                const std::function<bool(const std::string&)>& isNoun);

/// A noun right after a noun that ends an object's phrase, parsed as a second object of the
/// verb or as a clause with no subject or copula: the noun before was its compound ("sell its
/// refinery and chemicals plant in Singapore", with "plant" an object of its own, or a
/// complement of a closing "the company said", and "chemicals" a conjunct of "refinery"). The
/// later noun takes the noun's place, and the noun's conjunction and punctuation. How many it
/// joined.
std::size_t nounBeforeASecondObject(std::vector<Token>& w);

/// A relative clause parsed as the main clause: "Cambricon, whose shares have tripled this year,
/// reported its first quarterly profit" with "tripled" the root, "Cambricon" hung on it and
/// "reported" its conjunct. The root verb's subject holds the relative word ("whose shares",
/// "which", "who") right after a name or noun and a comma; a finite verb without a subject
/// follows after a comma as the root's conjunct or parataxis. That verb becomes the root, the
/// noun its subject and the old root a relative clause on the noun. Whether it rearranged.
bool relativeClauseAsMainClause(std::vector<Token>& w);

} // namespace kg::ingest::nlp
