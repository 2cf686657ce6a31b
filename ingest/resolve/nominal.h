#pragma once
// Nouns that name an event or act ("investments", "restrictions", "sales") and the verb they
// come from, so that "its investments across Arizona" can be stated as "invest across"; nouns
// that name actors ("exporters", "the military").

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"

#include <string>
#include <string_view>

namespace kg::ingest::resolve {

/// A noun's lowercase lemma, with a plural "-s" the lemmatizer left on taken off whatever the
/// tag (the tagger calls "controls" NN at times): "exporters" → "exporter", "authorities" →
/// "authority"; "-ss" and "-us" stay ("press", "status"). Example: nounLemma(t) == "official"
/// for "officials" even when its lemma field says "officials".
std::string nounLemma(const nlp::Token& tok);

/// Whether a noun lemma names people or organisations that act in business and policy news
/// ("exporter", "chipmaker", "military"): an unnamed group of them is an actor, not a thing.
bool agentNoun(std::string_view lemma);

/// Whether a noun lemma names people tied to an organisation who act for themselves, not for
/// it: "Boeing workers" vote on Boeing's offer, "Facebook users" choose, "Nvidia customers"
/// buy; "Android phone makers" make phones of their own. Staff who speak for it ("Boeing
/// executives", "Intel engineers") are not such nouns.
/// Example: constituentNoun("worker") is true, constituentNoun("executive") false.
bool constituentNoun(std::string_view lemma);

/// The verb a noun lemma is derived from, or "" when it names no act. Suffix rules
/// (-ment, -ation, -tion, -sion, -al, -ance/-ence, -ure) propose verbs that the lemmatizer must
/// know; a short list covers nouns that are verbs unchanged ("export", "ban") or irregular
/// ("sale" → sell). Example: verbOfNoun(l, "investment") == "invest",
/// verbOfNoun(l, "restriction") == "restrict", verbOfNoun(l, "chip") == "".
std::string verbOfNoun(const nlp::Lemmatizer& lemmatizer, std::string_view noun);

} // namespace kg::ingest::resolve
