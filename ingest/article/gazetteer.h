#pragma once
// Well-known actors and their other names, loaded from editable TSV files (models/gazetteer.tsv
// plus user alias files), and longest-match lookup of those names in text or token sequences.
// A loaded Gazetteer is immutable during lookups, so concurrent lookups are safe.

#include "graph/entity.h"
#include "ingest/diagnostic.h"

#include <cstddef>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::ingest::article {

struct GazetteerEntry {
    std::string name; ///< canonical name
    graph::EntityType type = graph::EntityType::Other;
    std::vector<std::string> aliases;  ///< other names of the same actor
    std::vector<std::string> demonyms; ///< adjectives matched only as modifiers ("Chinese")
};

/// One name found in text: [begin, end) in bytes (findAll on a string) or in tokens (findAll
/// on tokens), and the entry it names.
struct GazetteerMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t entry = 0; ///< index into Gazetteer::entries()
    bool demonym = false;  ///< matched a demonym used as a modifier ("Chinese officials")
};

/// The gazetteer file format, one actor per line, tab-separated, '#' starts a comment line:
///     canonical_name <TAB> type <TAB> aliases (|-separated) [<TAB> demonyms (|-separated)]
/// The first non-comment line is the header `canonical_name	type	aliases[	demonyms]`.
/// A canonical name that is already known adds its aliases to the existing entry, so a user
/// file can extend the shipped one; an alias claimed by two entries goes to the later one.
class Gazetteer {
public:
    /// Adds the rows of one file. Returns false when any row was rejected; each bad row is a
    /// diagnostic naming `file` and its line (the good rows are still added). Example:
    ///     std::istringstream in("canonical_name\ttype\taliases\nNvidia\tORG\tNVIDIA Corp.\n");
    ///     g.load(in, "g.tsv", diags);  g.lookup("nvidia corp.")->name == "Nvidia"
    bool load(std::istream& in, std::string_view file, std::vector<Diagnostic>& diagnostics);

    /// Loads a file from disk (an io-error diagnostic when it cannot be read).
    bool loadFile(const std::string& path, std::vector<Diagnostic>& diagnostics);

    /// Adds `alias` as another name of `canonical`; creates the entry (of `type`) when needed.
    void addAlias(std::string_view alias, std::string_view canonical,
                  graph::EntityType type = graph::EntityType::Other);

    /// The entry a whole string names (canonical name or alias; not demonyms), or nullptr.
    /// Case and apostrophe style are ignored except for short or all-capital names ("US").
    const GazetteerEntry* lookup(std::string_view name) const;

    /// The entry `word` is the demonym of ("Chinese" -> China), or nullptr.
    const GazetteerEntry* demonymEntry(std::string_view word) const;
    /// Leftmost-longest matches in `text`, at word boundaries, without overlaps. Byte spans.
    /// Example: findAll("Beijing urged the U.S. government") -> China [0,7), United States
    /// [18,33).
    std::vector<GazetteerMatch> findAll(std::string_view text) const;

    /// The same over a token sequence (e.g. from the NLP tokenizer); spans are token indices
    /// and a match must start and end on token boundaries.
    std::vector<GazetteerMatch> findAll(const std::vector<std::string_view>& tokens) const;

    /// Adds a list of given names, one word a line ('#' starts a comment line): the first words
    /// that make an unknown name of two or more words a person's ("Ed Markey"). Family names
    /// that come first (Chinese, Korean, Vietnamese: "Wang", "Kim") belong here too. A line of
    /// more than one word, or with a character that is not a letter, apostrophe or hyphen, is a
    /// diagnostic naming `file` and its line; the good lines are still added.
    bool loadGivenNames(std::istream& in, std::string_view file,
                        std::vector<Diagnostic>& diagnostics);
    bool loadGivenNamesFile(const std::string& path, std::vector<Diagnostic>& diagnostics);

    /// Whether `word` (as written: "Richard", not "richard") is a listed given name.
    bool givenName(std::string_view word) const {
        return givenNames_.find(std::string(word)) != givenNames_.end();
    }

    /// 'm' or 'f' for a given name listed only under a heading that says "(male)" or
    /// "(female)", else 0. Example: givenGender("Richard") == 'm'.
    char givenGender(std::string_view word) const {
        const auto it = givenGenders_.find(std::string(word));
        return it == givenGenders_.end() ? '\0' : it->second;
    }

    const std::vector<GazetteerEntry>& entries() const { return entries_; }
    const GazetteerEntry& entry(std::size_t index) const { return entries_[index]; }

private:
    struct Key {
        std::size_t entry;
        bool demonym;
        bool lowercase; ///< a common noun ("gallium"): capitalised only at a sentence start
    };
    struct Piece { // one word or punctuation mark of a text, with its byte span
        std::string text;
        std::size_t begin;
        std::size_t end;
    };
    static std::vector<Piece> pieces(std::string_view text);
    static std::string joinPieces(const std::vector<Piece>& p);
    static bool sentenceStart(const std::vector<Piece>& p, std::size_t start);
    void index(std::string_view name, std::size_t entry, bool demonym);
    std::optional<std::pair<std::size_t, Key>> longestAt(const std::vector<Piece>& p,
                                                         std::size_t start,
                                                         const std::vector<bool>* validEnd) const;
    std::size_t entryFor(std::string_view canonical, graph::EntityType type);

    std::vector<GazetteerEntry> entries_;
    std::map<std::string, std::size_t, std::less<>> byCanonical_;
    std::unordered_map<std::string, Key> exact_;  ///< pieces joined by ' ', quotes folded
    std::unordered_map<std::string, Key> folded_; ///< the same lowercased, safe names only
    std::unordered_set<std::string> firstPieces_; ///< lowercased first pieces of every name
    std::size_t maxPieces_ = 0;
    std::unordered_set<std::string> givenNames_;
    std::unordered_map<std::string, char> givenGenders_; ///< 'm', 'f', or '?' when listed as both
};

/// An abbreviation defined in a sentence: "high-bandwidth memory (HBM)" -> HBM, high-bandwidth
/// memory; also the reverse order "CAC (Cyberspace Administration of China)". Byte spans.
struct AcronymDefinition {
    std::string shortForm;
    std::string longForm;
    std::size_t shortBegin = 0;
    std::size_t shortEnd = 0;
    std::size_t longBegin = 0;
    std::size_t longEnd = 0;
};

/// Finds acronym definitions in raw sentence text: a parenthesised short form of 2-10
/// characters with at least two capitals, whose letters appear in order in the words just before
/// it, the first letter starting a word (Schwartz & Hearst 2003). Example:
///     findAcronyms("the Bureau of Industry and Security (BIS) said")[0].longForm
///         == "Bureau of Industry and Security"
std::vector<AcronymDefinition> findAcronyms(std::string_view sentence);

} // namespace kg::ingest::article
