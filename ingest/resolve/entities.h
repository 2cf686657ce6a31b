#pragma once
// The entities of one document and the words that mention them: names (gazetteer, proper-noun
// runs, acronyms defined in the text, shortened repeats), and pronouns, definite descriptions
// ("the company", "the administration"), appositions and demonym phrases ("Chinese officials")
// resolved to an earlier entity by type and salience. Feed the sentences in order; one object per
// document, not shared between threads.

#include "graph/entity.h"
#include "ingest/article/gazetteer.h"
#include "ingest/nlp/conllu.h"
#include "ingest/resolve/sentence_tree.h"

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::resolve {

/// One real-world actor or named thing of the document.
struct DocEntity {
    std::string name; ///< canonical name (the gazetteer's, or the fullest form seen)
    graph::EntityType type = graph::EntityType::Other;
    std::vector<std::string> surfaces; ///< distinct forms seen in the text, first one first
    std::vector<std::string> aliases;  ///< other names: the gazetteer's, acronyms defined here
    bool known = false;                ///< named by the gazetteer or a user alias file
    /// a country: a place the gazetteer gives demonyms ("Chinese" for China), which "the
    /// country" may stand for; no union, region, state or city
    bool nation = false;
    bool reporter = false; ///< subject of a reporting verb (report, say, state, ...)
    bool policy = false;   ///< a measure named by a phrase ("Japan's plan", "U.S. restrictions")
    int owner = -1;        ///< for a measure: the actor whose measure it is, -1 when unknown
    std::string head;      ///< for a measure: the lemma of its head noun ("restriction")
    /// for an organisation: the country a mention put before it ("the U.S. Federal Trade
    /// Commission"), -1 when none did
    int country = -1;
    /// words for its kind of body that a mention put after its name ("union" in "the IG
    /// Metall union"), which "the union" later stands for
    std::vector<std::string> bodies;
    /// for a company: the words for its trade that descriptions of it used ("airline" for
    /// "the airline's boss"), which later descriptions with the same word prefer
    std::vector<std::string> trades;
};

/// How a word came to stand for an entity.
enum class MentionKind {
    Name,        ///< a name of the entity (or part of one)
    Pronoun,     ///< it, its, they, their, he, she, ...
    Description, ///< "the company", "the American chipmaking giant", "the nation"
    Apposition,  ///< "Yuyuan Tantian, a social media account ..." -> "account"
    Demonym,     ///< "Chinese officials", "the Japanese government"
};

/// The entity a word belongs to, and the words of the mention it is part of.
struct WordEntity {
    int entity = -1;       ///< index into DocumentEntities::entities(), -1 for none
    std::size_t first = 0; ///< 0-based first word of the mention
    std::size_t last = 0;  ///< 0-based last word of the mention (inclusive)
    MentionKind kind = MentionKind::Name;
    std::vector<int> also; ///< the other members of a plural mention ("they", "the companies")
    /// For a pronoun that stands for a phrase naming no entity, that phrase's head word in the
    /// same sentence ("While the new restrictions do not ..., they create ...").
    std::size_t antecedent = NONE;
};

/// A fact stated by the shape of a name rather than by a clause: "U.S. President Donald Trump"
/// gives {Donald Trump, "be President of", United States}.
struct NameFact {
    int subject = -1;
    std::string relation;
    int object = -1;
    std::size_t word = 0; ///< the title word it was read from
};

/// The entity analysis of one sentence: an entry per word plus facts read off names.
struct SentenceEntities {
    std::vector<WordEntity> words;
    std::vector<NameFact> facts;
};

class DocumentEntities {
public:
    /// `gazetteer` must outlive this object.
    explicit DocumentEntities(const article::Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

    /// The gazetteer the names are looked up in.
    const article::Gazetteer& gazetteer() const { return gazetteer_; }

    /// Finds and resolves the mentions of the next sentence of the document (tagged and parsed).
    /// Example: after "China's Cyberspace Administration summoned Nvidia.", adding "The
    /// administration pressed the company." maps "administration" to Cyberspace Administration of
    /// China and "company" to Nvidia.
    SentenceEntities add(const nlp::Sentence& sentence);

    /// Reads the whole document's casing before its sentences are added: a word that the text
    /// writes in lower case and never capitalises inside a sentence is a common word, so where
    /// it opens a sentence alone ("Lithium prices fell") it names nothing, however it was tagged.
    /// Example: after `noteCasing("Lithium prices fell. Demand for lithium rose.")`, "Lithium"
    /// at the start of the first sentence is no organisation.
    void noteCasing(std::string_view text);

    /// Sets what tells a common noun by its lowercase form (WordNet's nouns: `Pipeline::
    /// commonNoun`): a sentence's first word, with its verb right after it, that the document
    /// never capitalises inside a sentence and that is such a noun names nothing either
    /// ("Revenue rose 15%"). None by default.
    void setCommonNouns(std::function<bool(std::string_view)> commonNoun) {
        commonNoun_ = std::move(commonNoun);
    }

    const std::vector<DocEntity>& entities() const { return entities_; }
    const DocEntity& entity(std::size_t index) const { return entities_[index]; }

private:
    struct Event { // one resolved mention, for salience
        int entity;
        std::size_t sentence;
        std::size_t word;
        bool subject;
        bool place = false;    ///< a country or city where something is: "in Delaware"
        bool listed = false;   ///< named in a list ("with the US and Europe")
        bool source = false;   ///< cited for a figure: "according to estimates by Anderson"
        bool main = false;     ///< the subject of the sentence's main verb
        bool modifier = false; ///< a name on a common noun: "Ram pickups", "some Jeep models"
        /// a people's name before an officer's ("Saudi energy minister ..."): for descriptions
        /// only, not pronouns
        bool demonym = false;
        bool onNoun = false; ///< in a common noun's phrase: "weak demand from China"
        /// in a relative clause on a person, not its subject: "Niccol, who joined from
        /// Chipotle last year"
        bool aside = false;
    };

    int entityFor(const article::GazetteerEntry& entry);
    int entityNamed(const std::string& name, graph::EntityType type, bool known);
    int cityNamed(const std::string& name);
    int findKnown(std::string_view name) const;
    bool namedWithin(int e, std::size_t sentences) const;
    int lookupName(const SentenceTree& tree, std::size_t first, std::size_t last,
                   const std::vector<WordEntity>& words);
    int shortenedRepeat(std::string_view name) const;
    int personByFamilyName(std::string_view word) const;
    int initialsOfOne(std::string_view acronym) const;
    bool commonWordOpening(const nlp::Sentence& s, std::size_t i) const;
    /// `avoid` as for resolveDescription; `prefer`, an entity taken when the pronoun fits it
    /// (the subject of the clause the pronoun's clause is joined to), -1 for none.
    static char pronounGender(std::string_view lowerPronoun);
    char genderOf(int e) const;
    int resolvePronoun(std::string_view pronoun, std::size_t word, int avoid = -1,
                       bool companyOwner = false, int prefer = -1) const;
    /// `avoid`: an entity the description cannot be (its own clause's subject), -1 for none;
    /// `country`: the country its demonym names ("the Chinese company"), -1 for none.
    int resolveDescription(std::string_view lemma, std::size_t word, int avoid = -1,
                           int country = -1) const;
    std::vector<std::string> countriesInNames(const DocEntity& e) const;
    int resolvePolicy(std::string_view lemma, bool sameHead) const;
    int namedBodyOf(const SentenceTree& t, std::size_t h, int country) const;
    template <typename Accept> int mostSalient(std::size_t word, Accept accept) const;
    std::unordered_map<int, long> subjectSentenceCounts() const;
    std::vector<int> salientCountries(std::size_t before = NONE) const;
    std::map<int, int> gpeMentions_; ///< mentions of each country so far
    /// Known bodies a country's possessive made another country's ("Peru's Congress"): the
    /// gazetteer entry and the entity its later bare mentions name.
    std::map<std::size_t, int> localBodies_;
    std::vector<int> policies_; ///< measures in order of their latest mention (at most 16)
    /// Head nouns of unnamed actors brought in ("a startup", "founded the company") -> the
    /// sentence and word: a later "the startup" is that one, not an actor named before.
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> unnamed_;
    void addSurface(int entity, std::string surface);

    const article::Gazetteer& gazetteer_;
    std::vector<DocEntity> entities_;
    std::map<std::string, int, std::less<>> byName_; ///< folded names and aliases -> entity
    /// capitals named as cities ("fled to Moscow"), apart from the countries they stand for
    std::map<std::string, int, std::less<>> cities_;
    std::map<std::size_t, int> byGazetteerEntry_; ///< gazetteer entry -> entity
    std::vector<Event> events_;
    std::unordered_map<int, char> genders_; ///< person -> 'm' or 'f', from the pronouns so far
    /// person -> 'm' or 'f', from a word of kinship in apposition ("the daughter of ...")
    std::unordered_map<int, char> kinGenders_;
    struct Group { // entities named together ("Intel, Samsung, and SK hynix"), for "they"
        std::vector<int> members;
        std::size_t sentence;
        std::size_t word;
        /// False for places with only commas between them ("Hoboken, New Jersey"): one place,
        /// which "they" does not stand for.
        bool plural = true;
        /// The noun a list of products names a kind of ("model" in "Camry, Corolla and
        /// Highlander models"), empty for none.
        std::string kind;
    };
    std::vector<Group> groups_;
    std::vector<Group> thingGroups_; ///< lists of products ("gallium and germanium"), kept longer
    /// The last sentence's main subject was a thing or a body named by a common noun ("The
    /// lawsuit, filed in Los Angeles, seeks ...", "The union said ..."), which an opening "it"
    /// of the next sentence stands for.
    bool thingSubjectLast_ = false;
    const Group* latestGroup(std::size_t word) const;
    std::size_t sentence_ = 0; ///< index of the sentence being added
    /// Lower-cased words written in lower case in the document, and capitalised words written
    /// capitalised after another word (see noteCasing).
    std::set<std::string, std::less<>> lowerWords_, midCapitals_;
    /// Lemmas of the common nouns of the sentences so far that name nothing ("a faulty
    /// sensor"): a later "the sensors" is that thing, not a list of products of another kind.
    std::set<std::string, std::less<>> commonThings_;
    std::function<bool(std::string_view)> commonNoun_;
};

/// Lower-cases ASCII letters, folds typographic apostrophes and quotes to ASCII, drops a leading
/// "the " and collapses spaces: the key under which names are compared.
/// Example: foldName("The People’s Daily") == "people's daily".
std::string foldName(std::string_view name);

/// Whether `noun` (a lemma) heads the name of a measure or an inquiry: "plan", "ban",
/// "tariff", "investigation", ... Example: measureNoun("tariff") is true.
bool measureNoun(std::string_view noun);

/// Whether `word` names an office or what a person does: a title ("president", "chief") or a
/// role ("analyst", "manager"). Example: officeOrRole("executive") is true.
bool officeOrRole(std::string_view word);

/// An office's title as statements name it: a chief executive is the "CEO", an interim or
/// acting one keeps that word. Example: ceoTitle("Interim Chief Executive") == "Interim CEO",
/// ceoTitle("President") == "President".
std::string ceoTitle(std::string title);

/// The phrases that complete noun `noun`: its nmod dependents after it and, when it is a verb's
/// object, the verb's obliques with "on", "of" or "against" right after the noun, which a parse
/// often hangs on the verb ("imposed export controls on gallium"), but not a date ("on Monday").
/// In word order. Example: for "controls" in "China imposed controls on gallium", {gallium}.
std::vector<std::size_t> nounComplements(const SentenceTree& t, std::size_t noun);

} // namespace kg::ingest::resolve
