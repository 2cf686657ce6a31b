#include "ingest/resolve/entities.h"

#include "ingest/nlp/offices.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/word_shapes.h"
#include "ingest/openie/extractor.h"

#include "ingest/resolve/nominal.h"

#include "ingest/resolve/sentence_tree.h"

#include "ingest/article/text_util.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace kg::ingest::resolve {

namespace {

using graph::EntityType;
using nlp::Sentence;
using nlp::Token;

std::string lowered(std::string_view s) {
    return article::asciiLowered(s);
}

// What a definite description may refer to.
// (A body is one whose name or description has the description's own word: "the union" after
// "the Chicago Teachers Union", "the court" after "the Supreme Court".)
enum class Kind { Company, Bank, Government, Country, Media, Product, Person, Law, Body };

struct DescriptionNoun {
    std::string_view lemma;
    Kind kind;
};

// Head nouns of descriptions that news writing uses for an actor named before (besides the
// words for a company, nlp::companyNoun).
constexpr std::array DESCRIPTIONS{
    DescriptionNoun{"bank", Kind::Bank},
    DescriptionNoun{"administration", Kind::Government},
    DescriptionNoun{"regulator", Kind::Government},
    DescriptionNoun{"ministry", Kind::Government},
    DescriptionNoun{"agency", Kind::Government},
    DescriptionNoun{"department", Kind::Government},
    DescriptionNoun{"watchdog", Kind::Government},
    DescriptionNoun{"bureau", Kind::Government},
    DescriptionNoun{"commission", Kind::Government},
    DescriptionNoun{"authority", Kind::Government},
    DescriptionNoun{"country", Kind::Country},
    DescriptionNoun{"nation", Kind::Country},
    DescriptionNoun{"kingdom", Kind::Country},
    DescriptionNoun{"government", Kind::Country},
    DescriptionNoun{"newspaper", Kind::Media},
    DescriptionNoun{"outlet", Kind::Media},
    DescriptionNoun{"paper", Kind::Media},
    DescriptionNoun{"publication", Kind::Media},
    DescriptionNoun{"broadcaster", Kind::Media},
    DescriptionNoun{"chip", Kind::Product},
    DescriptionNoun{"processor", Kind::Product},
    DescriptionNoun{"accelerator", Kind::Product},
    DescriptionNoun{"model", Kind::Product},
    DescriptionNoun{"bill", Kind::Law},
    DescriptionNoun{"legislation", Kind::Law},
    DescriptionNoun{"law", Kind::Law},
    DescriptionNoun{"act", Kind::Law},
    DescriptionNoun{"union", Kind::Body},
    DescriptionNoun{"court", Kind::Body},
    DescriptionNoun{"university", Kind::Body},
    DescriptionNoun{"party", Kind::Body},
    DescriptionNoun{"association", Kind::Body},
    DescriptionNoun{"federation", Kind::Body},
    DescriptionNoun{"foundation", Kind::Body},
    DescriptionNoun{"institute", Kind::Body},
    DescriptionNoun{"league", Kind::Body},
    DescriptionNoun{"tribunal", Kind::Body},
    DescriptionNoun{"alliance", Kind::Body},
    DescriptionNoun{"coalition", Kind::Body},
    DescriptionNoun{"organization", Kind::Body},
    DescriptionNoun{"organisation", Kind::Body},
    // (People whom news writing names again by their calling: "The Argentine forward scored
    // ten goals" after "Lionel Messi signed with Inter Miami".)
    DescriptionNoun{"forward", Kind::Person},
    DescriptionNoun{"striker", Kind::Person},
    DescriptionNoun{"midfielder", Kind::Person},
    DescriptionNoun{"defender", Kind::Person},
    DescriptionNoun{"goalkeeper", Kind::Person},
    DescriptionNoun{"footballer", Kind::Person},
    DescriptionNoun{"billionaire", Kind::Person},
    DescriptionNoun{"tycoon", Kind::Person},
    DescriptionNoun{"entrepreneur", Kind::Person},
    DescriptionNoun{"novelist", Kind::Person},
    DescriptionNoun{"singer", Kind::Person},
    DescriptionNoun{"rapper", Kind::Person},
    DescriptionNoun{"actor", Kind::Person},
    DescriptionNoun{"actress", Kind::Person},
};

std::optional<Kind> descriptionKind(std::string_view lemma) {
    for (const DescriptionNoun& d : DESCRIPTIONS) {
        if (d.lemma == lemma) {
            return d.kind;
        }
    }
    if (nlp::companyNoun(lemma)) {
        return Kind::Company;
    }
    return std::nullopt;
}

// The same for a noun with a noun `compound` before it: a chain of links is none of shops
// ("the supply chain remained fragile").
std::optional<Kind> descriptionKind(std::string_view lemma, std::string_view compound) {
    if (lemma == "chain" && isOneOf(compound, {"supply", "value", "food", "production", "cold",
                                               "logistics", "distribution", "command"})) {
        return std::nullopt;
    }
    // (A trader of goods is a company: "the commodities trader", "the oil trader"; a trader
    // alone may be a person.)
    if (lemma == "trader" && !compound.empty()) {
        return Kind::Company;
    }
    // (So is a service or a platform of a trade: "the streaming service", "the social media
    // platform"; alone, a service is anything: "the service will resume".)
    if (isOneOf(lemma, {"service", "platform"}) && !compound.empty()) {
        return Kind::Company;
    }
    return descriptionKind(lemma);
}

// A capitalised plural that takes "'s" as its possessive ("Longshoremen", "Women", "Children",
// "People"): such a possessive inside a run of capitalised words is part of one name, since a
// name of a single body is no plural.
bool irregularPlural(std::string_view form) {
    return (form.size() > 4 && form.ends_with("men") && !article::isAsciiUpper(form[1])) ||
           isOneOf(form, {"Children", "People", "Women", "Men"});
}

// Words that make a name an organisation of government, of the press, or of business.
bool hasWord(std::string_view name, std::initializer_list<std::string_view> words) {
    for (std::string_view w : article::splitWords(name)) {
        if (isOneOf(lowered(w), words)) {
            return true;
        }
    }
    return false;
}

bool governmentName(std::string_view name) {
    // (A one-word "Office" is a product's name: "bundling Teams with Office".)
    if (article::splitWords(name).size() < 2 && lowered(name) == "office") {
        return false;
    }
    return hasWord(name,
                   {"ministry",   "administration", "department",     "bureau",    "agency",
                    "commission", "council",        "office",         "congress",  "senate",
                    "house",      "government",     "regulator",      "authority", "parliament",
                    "committee",  "state",          "representative", "customs",   "cabinet"});
}

// A body that is neither a company nor a government's: a union, a court, a party, a school.
bool bodyName(std::string_view name) {
    return hasWord(name, {"association", "union", "federation", "confederation", "court",
                          "tribunal", "foundation", "institute", "society", "league", "party",
                          "university", "college", "alliance", "coalition"});
}

bool mediaName(std::string_view name) {
    return hasWord(name,
                   {"daily",      "news", "times",  "post",    "journal", "media",   "press",
                    "television", "tv",   "herald", "tribune", "xinhua",  "reuters", "bloomberg",
                    "nikkei",     "cctv", "cnbc",   "bbc",     "yonhap",  "caixin"});
}

// A company's legal form, lowercased ("Co.", "Inc.", "Ltd."; the tokenizer keeps the period).
bool legalForm(std::string_view word) {
    return isOneOf(word,
                   {"co.", "co", "corp.", "corp", "inc.", "inc", "ltd.", "ltd", "llc", "plc"});
}

// Other countries' legal forms, which are ordinary words too ("SE", "SA"): they count only
// after a name already known as a company's.
bool foreignLegalForm(std::string_view word) {
    return isOneOf(word, {"ag", "sa", "nv", "n.v.", "s.a.", "se", "co.,", "limited"});
}

// A word that ends a company's name, lowercased: a legal form or a trade ("Busan Bank",
// "Zijin Mining", "SK Hynix Semiconductor").
bool companyWord(std::string_view word) {
    return legalForm(word) || nlp::companyTradeWord(word);
}

// A word that ends a corporation's name: a company's word or "Corporation", "Company" ("Indian
// Oil Corporation", "Tokyo Electric Power Company").
bool corporateWord(std::string_view word) {
    return companyWord(word) || isOneOf(word, {"corporation", "company"});
}

// A word that ends the name of an organisation other than a company or a government.
bool institutionWord(std::string_view word) {
    return isOneOf(word, {"association", "university", "institute", "party", "foundation",
                          "society", "union", "organization", "organisation", "federation",
                          "alliance", "coalition"});
}

// Whether a body's name says it is a union of some trade's workers without the word: "Air Line
// Pilots Association", "Brotherhood of Locomotive Engineers" (an association or the like,
// named for a plural of people at work).
bool workersBody(std::string_view name) {
    if (!hasWord(name, {"association", "federation", "guild", "brotherhood", "confederation"})) {
        return false;
    }
    for (std::string_view w : article::splitWords(name)) {
        const std::string lower = lowered(w);
        if (lower.size() > 4 && lower.ends_with('s') &&
            (agentNoun(lower.substr(0, lower.size() - 1)) || lower.ends_with("ers") ||
             lower.ends_with("ists"))) {
            return true;
        }
    }
    return false;
}

// Whether a body's name says it runs a sport's games, a league without the word: "National
// Basketball Association".
bool sportsBody(std::string_view name) {
    return hasWord(name, {"basketball", "football", "baseball", "hockey", "soccer", "rugby",
                          "cricket", "tennis", "golf"}) &&
           (bodyName(name) || hasWord(name, {"league", "conference"}));
}

bool anyWord(std::string_view name, bool (*test)(std::string_view)) {
    for (std::string_view w : article::splitWords(name)) {
        if (test(lowered(w))) {
            return true;
        }
    }
    return false;
}

// Whether a word for what a name is says it is an investor ("Activist investor Elliott
// Management"): no "company" then.
bool investorWord(std::string_view lemma) {
    return isOneOf(lemma, {"investor", "shareholder", "fund", "stakeholder"});
}

// Whether "the country" may stand for `e`: a place the gazetteer calls a country ("the
// country" after the European Union, Ohio or Shanghai is none of them). The gazetteer lists the
// world's countries, so a place it does not know is a city or a region: "the government" after
// "terminals in Sydney, Melbourne and Fremantle" is not Fremantle's.
bool countryLike(const DocEntity& e) {
    return e.type == EntityType::Gpe && e.nation;
}

bool compatible(const DocEntity& e, Kind kind) {
    // (A word the text described it with says what it is: "environment agency Ibama", "Swiss
    // private bank Julius Baer".)
    const auto described = [&e](auto test) {
        return std::any_of(e.bodies.begin(), e.bodies.end(), test);
    };
    const auto ofKind = [](Kind k) {
        return [k](const std::string& b) { return descriptionKind(b) == k; };
    };
    const bool government = described(ofKind(Kind::Government));
    // (Nor is one described as an investor "the company": "Activist investor Elliott
    // Management, which built a stake in Starbucks, ... The company's sales" are Starbucks'.)
    const bool investor = described([](const std::string& b) { return investorWord(b); });
    // (Nor one described as a union or an association: "The IG Metall union called a strike
    // at ZF ... The union said the company had refused" is ZF.)
    const bool institution = described([](const std::string& b) { return institutionWord(b); });
    switch (kind) {
    case Kind::Company:
        // (nor a central bank: "the combined company" after "The Federal Reserve approved
        // Capital One's acquisition")
        return e.type == EntityType::Org && !governmentName(e.name) && !mediaName(e.name) &&
               !bodyName(e.name) && !e.reporter && !government && !investor && !institution &&
               !hasWord(e.name, {"reserve"}) &&
               !(hasWord(e.name, {"central"}) && hasWord(e.name, {"bank"})) &&
               // (nor a family: "rule by the Assad family ... The group's leader")
               !hasWord(e.name, {"family", "dynasty", "clan"});
    case Kind::Bank: // "the central bank" after "the Bank of Japan", "the Federal Reserve"
        return e.type == EntityType::Org &&
               (hasWord(e.name, {"bank", "reserve", "bancorp", "banco", "banque"}) ||
                described(ofKind(Kind::Bank)));
    case Kind::Government: // (a state's bank is a bank: "State Bank of India")
        return e.type == EntityType::Org &&
               ((governmentName(e.name) && !hasWord(e.name, {"bank"})) || government);
    case Kind::Country:
        return countryLike(e);
    case Kind::Media:
        return e.type == EntityType::Org && (mediaName(e.name) || e.reporter);
    case Kind::Product:
        return e.type == EntityType::Product;
    case Kind::Person:
        return e.type == EntityType::Person;
    case Kind::Law: // a law named as such, not a measure ("the bill" is no export ban)
        // (A constitution or its amendment is not "the law" or "the bill" a story is about.)
        return e.type == EntityType::Law && !e.policy &&
               !hasWord(e.name, {"amendment", "constitution"});
    case Kind::Body: // (its word is checked by bodyOfWord)
        return e.type == EntityType::Org;
    }
    return false;
}

// A word for a kind of place that a name goes with: "Hubei Province", "the Reykjanes
// peninsula" (lower case).
bool placeWord(std::string_view lower) {
    return isOneOf(lower,
                   {"county", "province", "prefecture", "township", "municipality", "oblast",
                    "island", "islands",  "peninsula",  "valley",   "city",         "district",
                    "region", "zone",     "coast",      "bay",      "mountains",    "river",
                    "lake",   "sea",      "ocean",      "strait",   "delta",        "basin",
                    "gulf",   "desert",   "plateau",    "canal",    "fault"});
}

// Words that the tagger calls proper nouns but that name no actor: months, days, holidays.
bool calendarWord(std::string_view form) {
    const std::string lower = lowered(form);
    return nlp::monthName(lower) || nlp::weekday(lower) ||
           isOneOf(lower, {"christmas", "easter", "thanksgiving", "ramadan", "diwali", "hanukkah",
                           "passover", "halloween"});
}

// A Roman numeral of a monarch, pope or war, "II" to "XXXIX" (one letter, "V" or "X", too; not
// "I", which is the pronoun): "Mohammed VI", "Leo XIV", "World War II".
bool regnalNumeral(std::string_view form) {
    if (form.empty() || form == "I" || form.size() > 6) {
        return false;
    }
    std::size_t k = 0;
    const auto run = [&](char c, std::size_t most) {
        std::size_t count = 0;
        while (k < form.size() && form[k] == c && count < most) {
            ++k;
            ++count;
        }
    };
    run('X', 3);
    if (form.substr(k).starts_with("IX") || form.substr(k).starts_with("IV")) {
        k += 2;
    } else {
        run('V', 1);
        run('I', 3);
    }
    return k == form.size();
}

bool titleWord(std::string_view form) {
    // ("Co-chief executive", "co-founder": the title shared.)
    if (form.size() > 3 && (form[0] == 'c' || form[0] == 'C') &&
        (form[1] == 'o' || form[1] == 'O') && form[2] == '-') {
        form.remove_prefix(3);
    }
    // (A plural title before joined names: "Senators Josh Hawley and Jon Ossoff".)
    if (form.size() > 4 && form.ends_with('s') && article::isAsciiUpper(form[0]) &&
        !form.ends_with("ss") && titleWord(form.substr(0, form.size() - 1))) {
        return true;
    }
    return nlp::hyphenatedTitle(form) ||
           isOneOf(lowered(form),
                   {"president",    "ceo",          "chairman",  "chairwoman",  "chair",
                    "minister",     "secretary",    "premier",   "chancellor",  "governor",
                    "founder",      "spokesperson", "spokesman", "spokeswoman", "ambassador",
                    "director",     "head",         "chief",     "senator",     "representative",
                    "leader",       "king",         "queen",     "emperor",     "executive",
                    "officer",      "prime",        "vice",      "deputy",      "prince",
                    "princess",     "sheikh",       "emir",      "sultan",      "justice",
                    "judge",        "attorney",     "solicitor", "surgeon",     "mayor",
                    "commissioner", "interim",      "acting",    "speaker",     "colonel",
                    "lieutenant",   "admiral",      "brigadier", "sergeant",    "corporal",
                    "coach"}) ||
           // (honorifics as written before a name: not "MS", "DR")
           isOneOf(form, {"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.",
                          "Sir", "Dame"}) ||
           // (and offices as the American press shortens them: "Sen. Elizabeth Warren")
           isOneOf(form, {"Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.",
                          "Maj.", "Cmdr.", "Rev.", "Pres.", "Atty."});
}

// Whether the title's word at `k`, inside a name that ends at `last`, opens that name
// instead: a word that is a title only before another ("Prime Minister", "Vice President")
// before anything else ("Prime Video", "Vice Media"), or one before a single word that names
// a body ("the Premier League").
bool titleOpensAName(const Sentence& s, std::size_t k, std::size_t last) {
    if (k >= last) {
        return false;
    }
    if (isOneOf(lowered(s.tokens[k].form), {"prime", "vice"})) {
        return !titleWord(s.tokens[k + 1].form);
    }
    return k + 1 == last && bodyName(s.tokens[last].form);
}

// Whether `lemma` is a kind of product that a product's name goes with ("chip", "drug",
// "capsule"), before the name ("the diabetes drug Victoza") or after it ("its Ascend chips").
bool productKind(std::string_view lemma) {
    return isOneOf(lemma, {"chip",   "processor", "phone",   "smartphone", "car",     "vehicle",
                           "app",    "software",  "drug",    "vaccine",    "console", "tank",
                           "jet",    "aircraft",  "drone",   "missile",    "capsule", "spacecraft",
                           "rocket", "satellite", "chatbot", "truck",      "sedan",   "robot"});
}

// Whether the words of a name's opening from word `k` on stop at a capitalised adjective or
// noun there that ends the capitals, before a word in lower case, a punctuation mark or the
// end: "Manchester *United* on Tuesday", "Vodafone *Idea*, which ..." (prose writes a common
// word there in lower case unless it is a name's).
bool closesTheCapitals(const Sentence& s, std::size_t k) {
    const std::size_t n = s.tokens.size();
    return k < n && isOneOf(s.tokens[k].upos, {"ADJ", "NOUN"}) && s.tokens[k].form.size() > 2 &&
           nlp::titleCase(s.tokens[k].form) &&
           (k + 1 == n || s.tokens[k + 1].upos == "PUNCT" ||
            article::isAsciiLower(s.tokens[k + 1].form[0]));
}

// Whether lower-case `word` is an adjective news puts before a name without its being the
// name's, even opening a sentence: "Former Nvidia engineers", "Top Samsung executives" (not
// "Red Bull", "Islamic Jihad").
bool commonNameModifier(std::string_view word) {
    return isOneOf(
        word,
        {"former",      "top",     "senior",    "new",         "big",      "major",   "leading",
         "rival",       "many",    "several",   "other",       "some",     "most",    "few",
         "late",        "acting",  "interim",   "deputy",      "chief",    "current", "outgoing",
         "incoming",    "veteran", "embattled", "struggling",  "troubled", "private", "public",
         "local",       "foreign", "global",    "key",         "fellow",   "smaller", "larger",
         "largest",     "biggest", "both",      "all",         "each",     "such",    "only",
         "first",       "last",    "next",      "previous",    "early",    "recent",  "official",
         "independent", "unnamed", "ailing",    "beleaguered", "powerful", "giant"});
}

// Whether lower-case `word` is an adjective that names a place in some state, time or part of
// it: "Communist China", "Greater London", "Rural India" (a capitalised adjective of any other
// kind on a city's name makes another name: "Real Madrid", "Athletic Bilbao").
bool placeStateModifier(std::string_view word) {
    return commonNameModifier(word) ||
           isOneOf(word, {"communist", "greater",  "old",          "ancient",     "modern",
                          "rural",     "urban",    "mainland",     "imperial",    "soviet",
                          "coastal",   "central",  "inner",        "outer",       "upper",
                          "lower",     "colonial", "occupied",     "continental", "metropolitan",
                          "postwar",   "wider",    "neighbouring", "neighboring", "northern",
                          "southern",  "eastern",  "western",      "democratic",  "socialist",
                          "divided",   "unified",  "independent",  "free",        "medieval"});
}

// Adds a title's word to `title`, capitalised ("chief" -> "Chief").
void addTitleWord(std::string& title, std::string word) {
    if (!word.empty() && article::isAsciiLower(word[0])) {
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
    }
    title += (title.empty() ? "" : " ") + word;
}

// How many leading characters of a title say its holder holds it for a time ("Interim ",
// "Acting "): 0 for none.
std::size_t holderWordLength(std::string_view title) {
    for (std::string_view holder : {"interim ", "acting "}) {
        if (title.size() > holder.size() && lowered(title.substr(0, holder.size())) == holder) {
            return holder.size();
        }
    }
    return 0;
}

// Whether word `k` is the field of an officer's title, between "chief" and "officer": "Chief
// *Financial* Officer".
bool officerFieldAt(const Sentence& s, std::size_t k) {
    return k + 1 < s.tokens.size() && lowered(s.tokens[k + 1].form) == "officer" &&
           isOneOf(lowered(s.tokens[k].form),
                   {"financial", "operating", "technology", "technical", "information", "marketing",
                    "investment", "commercial", "legal", "scientific", "medical", "digital",
                    "strategy", "security", "people", "product", "revenue"});
}

// The field of an office named before its title, as written: "Commerce Secretary".
bool officeField(std::string_view form) {
    return nlp::officeField(lowered(form));
}

// Words for what a person does, as the head of an apposition: "Hu Yan, an analyst at ...".
bool personRole(std::string_view word) {
    const std::string lower = lowered(word);
    // (and kin: "Assad's father, Hafez al-Assad")
    // (and an office shared or held below another: "co-chair", "vice-chairman")
    for (std::string_view prefix : {"co-", "vice-"}) {
        if (lower.size() > prefix.size() + 3 && lower.starts_with(prefix) &&
            (lower.substr(prefix.size()) == "chair" ||
             nlp::personRoleNoun(lower.substr(prefix.size())))) {
            return true;
        }
    }
    return nlp::hyphenatedTitle(word) || nlp::personRoleNoun(lower) ||
           isOneOf(lower, {"partner", "investor", "head", "chief", "fellow", "father", "mother",
                           "son", "daughter", "wife", "husband", "brother", "sister", "widow",
                           "uncle", "nephew", "niece", "cousin"});
}

// Verbs of the press: everyone says, states and announces, but an outlet reports and publishes
// ("TSMC said ..." makes no outlet of TSMC, which "the company" may still name).
bool pressVerb(std::string_view lemma) {
    return isOneOf(lemma, {"report", "reveal", "publish", "write", "cite", "quote"});
}

EntityType guessType(const Sentence& s, std::size_t first, std::size_t last,
                     const article::Gazetteer& gazetteer) {
    bool digit = false;
    for (std::size_t i = first; i <= last; ++i) {
        const std::string& f = s.tokens[i].form;
        digit =
            digit || std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    std::string name;
    for (std::size_t i = first; i <= last; ++i) {
        name += (name.empty() ? "" : " ") + s.tokens[i].form;
    }
    if (governmentName(name) || mediaName(name) || anyWord(name, companyWord) ||
        anyWord(name, institutionWord)) {
        return EntityType::Org;
    }
    // A name right before a party's word is the party's, whatever its words: "the Law and
    // Justice party".
    if (last + 1 < s.tokens.size() && nlp::partyNoun(s.tokens[last + 1].form)) {
        return EntityType::Org;
    }
    // (Not for a given name that is also a law's word, "Bill Lee", which the first name word
    // is when a family name follows it: a bill's name ends in "Bill" or goes on with its
    // number, "Bill C-11".)
    const std::string lawWords = last > first && gazetteer.givenName(s.tokens[first].form) &&
                                         nlp::titleCase(s.tokens[first + 1].form)
                                     ? name.substr(s.tokens[first].form.size())
                                     : name;
    if (hasWord(lawWords, {"act", "law", "rule", "rules", "regulation", "regulations", "treaty",
                           "agreement", "accord", "program", "programme", "policy", "bill",
                           "amendment", "constitution", "directive"})) {
        return EntityType::Law;
    }
    // (and a storm: "Hurricane Helene", "Typhoon Yagi", "Storm Boris"; and a tour or a
    // contest: "the Eras Tour", "the World Cup", "the Monaco Grand Prix")
    if (hasWord(name, {"summit", "conference", "olympics", "expo", "games", "election", "elections",
                       "war", "crisis", "festival", "talks", "dialogue", "tour", "marathon",
                       "championship", "championships", "tournament", "cup", "prix"}) ||
        isOneOf(lowered(s.tokens[first].form),
                {"hurricane", "typhoon", "cyclone", "storm", "tornado", "wildfire"})) {
        return EntityType::Event;
    }
    // An honour is a thing given, no one who acts: "the Nobel Peace Prize", "the Turing Award".
    if (last > first && isOneOf(lowered(s.tokens[last].form),
                                {"prize", "prizes", "award", "awards", "medal", "trophy"})) {
        return EntityType::Other;
    }
    // A code before a word for a body of people names that body: "the M23 group", "the G7
    // leaders" (a code is otherwise a product's: "H20 chips").
    if (const int h = s.tokens[last].head;
        digit && h > 0 && static_cast<std::size_t>(h - 1) > last &&
        s.tokens[last].deprel == "compound" &&
        isOneOf(s.tokens[static_cast<std::size_t>(h - 1)].lemma,
                {"group", "militia", "movement", "rebel", "faction", "party", "coalition",
                 "alliance", "brigade", "gang", "cartel", "bloc", "leader", "nation", "member",
                 "country", "summit"})) {
        return s.tokens[static_cast<std::size_t>(h - 1)].lemma == "summit" ? EntityType::Event
                                                                           : EntityType::Org;
    }
    if (digit) {
        return EntityType::Product;
    }
    // A name before a word for a piece of software names that software: "the Claude chatbot",
    // "the Grok chatbot", "its Copilot assistant" (not before a plural: "Android apps" run on
    // it).
    // (Or after it: "its voice assistant Siri"; not after an assistant who is a person: "the
    // former assistant Jane Smith".)
    const auto software = [](std::string_view lemma) {
        return isOneOf(lemma, {"chatbot", "assistant", "app", "browser"});
    };
    if (const int h = s.tokens[last].head;
        (h > 0 && static_cast<std::size_t>(h - 1) == last + 1 &&
         s.tokens[last].deprel == "compound" && s.tokens[last + 1].xpos == "NN" &&
         software(s.tokens[last + 1].lemma)) ||
        (first > 0 && s.tokens[first - 1].upos == "NOUN" && software(s.tokens[first - 1].lemma) &&
         (s.tokens[first - 1].lemma != "assistant" ||
          (first > 1 &&
           isOneOf(lowered(s.tokens[first - 2].form), {"voice", "digital", "virtual", "ai"}))))) {
        return EntityType::Product;
    }
    // A name of several words after "a" that heads its phrase is a thing of a make, one of
    // many: "aboard a SpaceX Dragon", "a Toyota Land Cruiser" (no organisation or person takes
    // "a"; "a Goldman Sachs analyst" is an analyst).
    if (first > 0 && last > first && isOneOf(lowered(s.tokens[first - 1].form), {"a", "an"}) &&
        s.tokens[first - 1].deprel == "det" &&
        !isOneOf(s.tokens[last].deprel, {"compound", "flat", "nmod:poss"}) &&
        s.tokens[first - 1].head == static_cast<int>(last) + 1) {
        return EntityType::Product;
    }
    // "Qualcomm's Snapdragon processors", "its Ascend chips": a name before a word for a
    // product that someone else owns is that product's line (while "Cambricon chips" are
    // Cambricon's).
    if (const int h = s.tokens[last].head; h > 0 && s.tokens[last].deprel == "compound") {
        const std::size_t product = static_cast<std::size_t>(h - 1);
        const bool owned = std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) {
            return t.head == h && t.deprel == "nmod:poss";
        });
        if (product > last && owned &&
            (productKind(s.tokens[product].lemma) ||
             isOneOf(s.tokens[product].lemma,
                     {"gpu", "accelerator", "model", "platform", "device", "laptop", "server",
                      "tablet", "headset", "pickup", "suv"}))) {
            return EntityType::Product;
        }
    }
    // "The maker of Monopoly and Transformers", "the developer of ChatGPT": what a maker is
    // the maker of is its product (the first of joined names says for the others).
    {
        std::size_t at = last;
        if (s.tokens[at].deprel == "conj" && s.tokens[at].head > 0) {
            at = static_cast<std::size_t>(s.tokens[at].head - 1);
        }
        const int h = s.tokens[at].head;
        const bool of = std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& c) {
            return c.head == static_cast<int>(at) + 1 && c.deprel == "case" &&
                   lowered(c.form) == "of";
        });
        if (h > 0 && of && s.tokens[at].deprel == "nmod" &&
            isOneOf(s.tokens[static_cast<std::size_t>(h - 1)].lemma,
                    {"maker", "developer", "creator", "publisher", "manufacturer", "producer",
                     "designer", "inventor"})) {
            return EntityType::Product;
        }
    }
    // (The word of the name that hangs outside it: "the village of *Saint*-Laurent-de-la-
    // Cabrerisse" hangs its words on the first.)
    std::size_t top = last;
    for (std::size_t i = first; i <= last; ++i) {
        const int h = s.tokens[i].head;
        if (h <= 0 || static_cast<std::size_t>(h - 1) < first ||
            static_cast<std::size_t>(h - 1) > last) {
            top = i;
        }
    }
    // A word for a company right before the name, or in its apposition, makes it one whatever
    // its words say: "the private equity firm Silver Lake", "Grace Ocean, the Singapore-based
    // owner of the Dali".
    const auto businessWord = [](std::string_view lemma) {
        return nlp::companyNoun(lemma) || isOneOf(lemma, {"owner", "operator", "bank", "fund"});
    };
    // (Not a word that a person can be too, before a given name and a family name: "the
    // property developer Victor Crane", "the theatre producer Ellen Marsh".)
    const bool personToo = last > first && gazetteer.givenName(s.tokens[first].form) && first > 0 &&
                           isOneOf(lowered(s.tokens[first - 1].lemma),
                                   {"developer", "owner", "operator", "producer", "designer",
                                    "builder", "trader", "distributor", "provider"});
    if (first > 0 && s.tokens[first - 1].upos == "NOUN" &&
        lowered(s.tokens[first - 1].form) == s.tokens[first - 1].form &&
        businessWord(lowered(s.tokens[first - 1].lemma)) && !personToo) {
        return EntityType::Org;
    }
    for (std::size_t c = last + 1; c < s.tokens.size(); ++c) {
        if (s.tokens[c].head == static_cast<int>(top) + 1 && s.tokens[c].deprel == "appos" &&
            s.tokens[c].upos == "NOUN" && businessWord(lowered(s.tokens[c].lemma))) {
            return EntityType::Org;
        }
        // (And a word for a place in its apposition makes it a place: "Porto Alegre, the state
        // capital", "Kramatorsk, a city in the east".)
        if (s.tokens[c].head == static_cast<int>(top) + 1 && s.tokens[c].deprel == "appos" &&
            s.tokens[c].upos == "NOUN" && lowered(s.tokens[c].form) == s.tokens[c].form &&
            isOneOf(lowered(s.tokens[c].lemma),
                    {"city", "town", "village", "capital", "port", "province", "region", "county",
                     "district", "island", "municipality", "suburb", "neighbourhood",
                     "neighborhood", "prefecture", "metropolis", "hamlet", "country", "nation"})) {
            return EntityType::Gpe;
        }
    }
    // A name of two or more words in apposition to a word for people is a person's: "The
    // astronauts, Butch Wilmore and Suni Williams, will return" (a nickname no list of given
    // names has).
    if (const int h = s.tokens[top].head; last > first && h > 0 &&
                                          s.tokens[top].deprel == "appos" &&
                                          static_cast<std::size_t>(h - 1) < first) {
        const Token& noun = s.tokens[static_cast<std::size_t>(h - 1)];
        const std::string lemma = lowered(noun.lemma);
        if (noun.upos == "NOUN" && lowered(noun.form) == noun.form &&
            (personRole(lemma) ||
             isOneOf(lemma,
                     {"astronaut", "pilot",     "player",   "soldier", "athlete", "singer",
                      "actor",     "actress",   "artist",   "writer",  "author",  "victim",
                      "hostage",   "prisoner",  "suspect",  "student", "doctor",  "nurse",
                      "worker",    "passenger", "survivor", "man",     "woman",   "couple"}))) {
            return EntityType::Person;
        }
    }
    // So does a word for a product, for a product: "Novo Nordisk's diabetes drug Victoza", "the
    // messaging app Signal".
    const auto productWord = [](std::string_view lemma) {
        return productKind(lemma) ||
               isOneOf(lemma, {"medicine", "pill", "treatment", "therapy", "plane", "howitzer",
                               "helicopter", "submarine", "warship"});
    };
    // (Right before the name, whatever the parse hung the name on but a clause of its own:
    // "its obesity drug Wegovy, the company said" with "Wegovy" an oblique of "said"; or
    // after a comma, the name its apposition: "a competing drug, Zepbound".)
    const auto productNoun = [&](std::size_t k) {
        return s.tokens[k].upos == "NOUN" && lowered(s.tokens[k].form) == s.tokens[k].form &&
               productWord(lowered(s.tokens[k].lemma));
    };
    const int topHead = s.tokens[top].head;
    if ((first > 0 && productNoun(first - 1) &&
         ((first == top && (isOneOf(s.tokens[first - 1].deprel, {"compound", "nmod:desc"}) ||
                            isOneOf(s.tokens[top].deprel, {"obl:unmarked", "dep"}))) ||
          (s.tokens[top].deprel == "appos" && topHead == static_cast<int>(first)))) ||
        (s.tokens[top].deprel == "appos" && topHead > 0 &&
         static_cast<std::size_t>(topHead - 1) < first &&
         productNoun(static_cast<std::size_t>(topHead - 1)))) {
        return EntityType::Product;
    }
    // The name a participle of naming gives a noun is of the noun's kind: "The vaccine, called
    // Mosquirix, ...", "a startup called Ardent".
    if (const int named = s.tokens[top].head;
        isOneOf(s.tokens[top].deprel, {"xcomp", "obj"}) && named > 0 &&
        s.tokens[static_cast<std::size_t>(named - 1)].deprel == "acl" &&
        isOneOf(lowered(s.tokens[static_cast<std::size_t>(named - 1)].lemma),
                {"call", "name", "dub", "brand"})) {
        if (const int noun = s.tokens[static_cast<std::size_t>(named - 1)].head; noun > 0) {
            const std::size_t kind = static_cast<std::size_t>(noun - 1);
            if (productNoun(kind)) {
                return EntityType::Product;
            }
            if (s.tokens[kind].upos == "NOUN" && businessWord(lowered(s.tokens[kind].lemma))) {
                return EntityType::Org;
            }
        }
    }
    // And a name (or a list of names) before a word for a product's model: "some Explorer and
    // Aviator models", "the Model Y version".
    {
        const std::size_t x = s.tokens[top].deprel == "conj" && s.tokens[top].head > 0
                                  ? static_cast<std::size_t>(s.tokens[top].head - 1)
                                  : top;
        const int h = s.tokens[x].head;
        if (s.tokens[x].deprel == "compound" && h > 0 && static_cast<std::size_t>(h - 1) > last) {
            const nlp::Token& noun = s.tokens[static_cast<std::size_t>(h - 1)];
            if (noun.upos == "NOUN" && lowered(noun.form) == noun.form &&
                isOneOf(lowered(noun.lemma), {"model", "variant", "version", "edition"})) {
                return EntityType::Product;
            }
        }
    }
    // "Licking County", "Hubei Province", "Silicon Valley": a name that ends in a word for a
    // place is one (an organisation's words, checked above, win: "Bay Area Council").
    if (placeWord(lowered(s.tokens[last].form))) {
        return EntityType::Gpe;
    }
    // So is one of more words that ends in a word for a built or natural landmark, which no
    // person's name does: "the Francis Scott Key Bridge", "the Blue Lagoon", "Scarborough
    // Shoal".
    if (last > first && s.tokens[last].upos == "PROPN" &&
        isOneOf(lowered(s.tokens[last].form),
                {"bridge", "tunnel", "dam", "stadium", "square", "highway", "motorway", "shoal",
                 "reef", "lagoon", "glacier", "volcano", "falls", "harbour", "harbor", "tower",
                 "cathedral", "canyon", "airport"})) {
        return EntityType::Gpe;
    }
    // So is one right after such a word in lower case: "along the river *Seine*" (the parse
    // makes the name the word's apposition or its compound's head).
    if (first > 0 && s.tokens[first - 1].upos == "NOUN" &&
        lowered(s.tokens[first - 1].form) == s.tokens[first - 1].form &&
        isOneOf(s.tokens[first - 1].form, {"river", "lake", "island", "mount", "volcano"}) &&
        (s.tokens[top].head == static_cast<int>(first) ||
         s.tokens[first - 1].head == static_cast<int>(top) + 1)) {
        return EntityType::Gpe;
    }
    // So is one before such a word in lower case: "the Reykjanes peninsula", "the Donbas
    // region".
    if (const int h = s.tokens[top].head; s.tokens[top].deprel == "compound" && h > 0 &&
                                          static_cast<std::size_t>(h - 1) == last + 1) {
        const nlp::Token& noun = s.tokens[last + 1];
        if (noun.upos == "NOUN" && lowered(noun.form) == noun.form && placeWord(noun.form)) {
            return EntityType::Gpe;
        }
    }
    // So does one that opens with such a word: "Mount Lewotobi", "Lake Tahoe", "Cape Cod".
    // (and "X of Y" with such a word first: "the Bay of Bengal", "the Sea of Japan")
    if (last > first &&
        (isOneOf(lowered(s.tokens[first].form),
                 {"mount", "mt.", "lake", "cape", "isle", "gulf", "port"}) ||
         (s.tokens[first + 1].form == "of" && placeWord(lowered(s.tokens[first].form))))) {
        return EntityType::Gpe;
    }
    // So is a one-word name with a land's ending: "Somaliland", "Waziristan", "Kurdistan"
    // (the countries and states of these endings are in the gazetteer).
    if (first == last && s.tokens[first].form.size() > 6 &&
        (s.tokens[first].form.ends_with("land") || s.tokens[first].form.ends_with("stan"))) {
        return EntityType::Gpe;
    }
    // A one-word name in a list of places the gazetteer knows is one too: "cities such as
    // Denver, *Minneapolis* and Seattle" (unless a member is a known organisation).
    if (first == last && first == top) {
        const std::size_t x = s.tokens[top].deprel == "conj" && s.tokens[top].head > 0
                                  ? static_cast<std::size_t>(s.tokens[top].head - 1)
                                  : top;
        std::size_t places = 0;
        bool other = false;
        for (std::size_t k = 0; k < s.tokens.size(); ++k) {
            const bool member = k == x || (s.tokens[k].deprel == "conj" &&
                                           s.tokens[k].head == static_cast<int>(x) + 1);
            if (!member || k == top || s.tokens[k].upos != "PROPN") {
                continue;
            }
            const article::GazetteerEntry* g = gazetteer.lookup(s.tokens[k].form);
            places += g != nullptr && g->type == EntityType::Gpe ? 1 : 0;
            other = other || (g != nullptr && g->type != EntityType::Gpe);
        }
        if (places >= 2 && !other) {
            return EntityType::Gpe;
        }
    }
    // A title right before the name ("President X", "CEO X") or a person's relation to it.
    const int head = s.tokens[top].head;
    for (std::size_t i = first; i <= last; ++i) {
        if (titleWord(s.tokens[i].form) && i < last && !titleOpensAName(s, i, last)) {
            return EntityType::Person;
        }
    }
    if (first > 0 &&
        (titleWord(s.tokens[first - 1].form) || titleWord(s.tokens[first - 1].lemma))) {
        return EntityType::Person;
    }
    // So does a lower-case word for what a person does, described by a determiner's phrase:
    // "the Austrian lawyer Max Schrems" (not the roles a company can have: "partner").
    if (first >= 2 && s.tokens[first - 1].upos == "NOUN" &&
        lowered(s.tokens[first - 1].form) == s.tokens[first - 1].form &&
        personRole(s.tokens[first - 1].form) &&
        !isOneOf(lowered(s.tokens[first - 1].form), {"partner", "investor", "head", "fellow"})) {
        return EntityType::Person;
    }
    // "Senators Richard Blumenthal and Ed Markey": a plural title before the first of two
    // joined names holds for the second too.
    if (s.tokens[first].deprel == "conj" && s.tokens[first].head > 0) {
        std::size_t j = static_cast<std::size_t>(s.tokens[first].head - 1);
        while (j > 0 && j < first && s.tokens[j - 1].upos == "PROPN") {
            --j;
        }
        if (j > 0 && j < first) {
            const Token& t = s.tokens[j - 1];
            if (titleWord(t.lemma) && lowered(t.form) != lowered(t.lemma)) {
                return EntityType::Person;
            }
        }
    }
    // "Tatsuo Kawai, one of the surgeons, said": the name, then one of a role's holders.
    if (const std::size_t k = last + 5;
        k < s.tokens.size() && s.tokens[last + 1].form == "," &&
        lowered(s.tokens[last + 2].form) == "one" && s.tokens[last + 3].form == "of" &&
        lowered(s.tokens[last + 4].form) == "the" && s.tokens[k].xpos == "NNS" &&
        (personRole(s.tokens[k].lemma) || titleWord(s.tokens[k].lemma))) {
        return EntityType::Person;
    }
    // "Its chief executive, Zhao Haijun, ...": a role, a comma, then the name.
    if (first >= 2 && s.tokens[first - 1].form == "," &&
        (titleWord(s.tokens[first - 2].form) || personRole(s.tokens[first - 2].form)) &&
        !isOneOf(lowered(s.tokens[first - 2].form), {"partner", "investor", "head", "fellow"})) {
        return EntityType::Person;
    }
    // "named Helena Strand as chief executive": the object of a verb of appointing, with a
    // title after "as" on that verb.
    if (const std::size_t v =
            s.tokens[top].head > 0 ? static_cast<std::size_t>(s.tokens[top].head - 1) : NONE;
        v != NONE && s.tokens[top].deprel == "obj" &&
        isOneOf(s.tokens[v].lemma, {"name", "appoint", "elect", "promote", "hire", "nominate",
                                    "choose", "pick", "select", "tap", "install"})) {
        for (std::size_t c = last + 1; c < s.tokens.size(); ++c) {
            // (or on the name: "named Murray Auchincloss as its permanent chief executive";
            // or with no "as": "named Murray Auchincloss chief executive")
            const int h = s.tokens[c].head;
            const bool onName = h > 0 && static_cast<std::size_t>(h - 1) >= first &&
                                static_cast<std::size_t>(h - 1) <= last &&
                                s.tokens[c].deprel == "nmod";
            if (!(titleWord(s.tokens[c].form) || personRole(s.tokens[c].form))) {
                continue;
            }
            if (h == static_cast<int>(v) + 1 && s.tokens[c].deprel == "xcomp" &&
                s.tokens[c].upos == "NOUN") {
                return EntityType::Person;
            }
            if (!((h == static_cast<int>(v) + 1 && s.tokens[c].deprel == "obl") || onName)) {
                continue;
            }
            for (std::size_t k = last + 1; k < c; ++k) {
                if (s.tokens[k].head == static_cast<int>(c) + 1 && s.tokens[k].deprel == "case" &&
                    lowered(s.tokens[k].form) == "as") {
                    return EntityType::Person;
                }
            }
        }
    }
    // "The chief minister of Uttar Pradesh, Yogi Adityanath, ...": a name in apposition to a
    // role is the holder's.
    if (s.tokens[top].deprel == "appos" && head > 0 && static_cast<std::size_t>(head - 1) < first &&
        s.tokens[static_cast<std::size_t>(head - 1)].upos == "NOUN" &&
        personRole(s.tokens[static_cast<std::size_t>(head - 1)].lemma) &&
        !isOneOf(lowered(s.tokens[static_cast<std::size_t>(head - 1)].lemma),
                 {"partner", "investor", "head", "fellow", "founder", "trader", "manager"})) {
        return EntityType::Person;
    }
    // "Li Weiqing, fund manager at ...", "Hu Yan, an analyst at ...": a role in apposition.
    for (std::size_t c = last + 1; c < s.tokens.size(); ++c) {
        const int h = s.tokens[c].head;
        if (h > 0 && static_cast<std::size_t>(h - 1) >= first &&
            static_cast<std::size_t>(h - 1) <= last && s.tokens[c].deprel == "appos" &&
            personRole(s.tokens[c].lemma)) {
            return EntityType::Person;
        }
    }
    // The same read off the words when the parse missed the apposition: a comma, then a phrase
    // that ends in a role word ("Hock Tan, Broadcom's chief executive." with "executive" taken
    // for an adjective), before any verb or relative word.
    // (Not a phrase a preposition opens, which is no apposition: "appointed Brian Niccol, the
    // chief executive of Chipotle Mexican Grill, as its new chief executive".)
    if (last + 2 < s.tokens.size() && s.tokens[last + 1].form == "," &&
        !isOneOf(s.tokens[last + 2].upos, {"ADP", "SCONJ"})) {
        for (std::size_t j = last + 2; j < s.tokens.size() && j <= last + 8; ++j) {
            const Token& w = s.tokens[j];
            if (w.upos == "PUNCT" || w.upos == "VERB" || w.upos == "AUX" ||
                isOneOf(w.xpos, {"WP", "WP$", "WDT", "WRB"})) {
                break;
            }
            const bool phraseEnds =
                j + 1 == s.tokens.size() || isOneOf(s.tokens[j + 1].upos, {"PUNCT", "ADP"});
            // (not the roles an organisation can have too: partner, investor, head, ...)
            if (phraseEnds && personRole(w.form) &&
                !isOneOf(lowered(w.form), {"partner", "investor", "head", "chief", "fellow",
                                           "director", "founder", "trader", "manager"})) {
                return EntityType::Person;
            }
        }
    }
    // (Not the body a president heads: "the president of PSG".)
    if (head > 0 && !s.tokens[top].deprel.starts_with("nmod") &&
        isOneOf(s.tokens[static_cast<std::size_t>(head - 1)].lemma,
                {"ceo", "president", "chairman", "spokesperson", "spokesman"})) {
        return EntityType::Person;
    }
    // The subject of a verb only people do: "Narasimhan will step down", "Ruggeri resigned".
    // So is a subject that a "his" or "her" on its own verb's object points back to, where an
    // organisation would have "its": "Shari Redstone ... will give up her stake". (Only with
    // no other name before the verb that the word could be.)
    if (const std::size_t v =
            s.tokens[top].head > 0 ? static_cast<std::size_t>(s.tokens[top].head - 1) : NONE;
        v != NONE && v > last && s.tokens[top].deprel == "nsubj" && s.tokens[v].upos == "VERB") {
        const bool down = std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& c) {
            return c.head == static_cast<int>(v) + 1 && c.deprel == "compound:prt" &&
                   lowered(c.form) == "down";
        });
        if (isOneOf(lowered(s.tokens[v].lemma), {"resign", "retire", "die", "testify", "marry"}) ||
            (lowered(s.tokens[v].lemma) == "step" && down)) {
            return EntityType::Person;
        }
        bool otherName = false;
        for (std::size_t k = last + 1; k < v; ++k) {
            otherName = otherName || s.tokens[k].upos == "PROPN";
        }
        for (std::size_t k = v + 1; k < s.tokens.size() && !otherName; ++k) {
            const Token& p = s.tokens[k];
            const int noun = p.head;
            if (p.deprel == "nmod:poss" && isOneOf(lowered(p.form), {"his", "her"}) && noun > 0 &&
                s.tokens[static_cast<std::size_t>(noun - 1)].head == static_cast<int>(v) + 1 &&
                s.tokens[static_cast<std::size_t>(noun - 1)].deprel == "obj") {
                return EntityType::Person;
            }
        }
        // "Toshiyuki Mimaki said he could not believe it": a speaker who says "he" or "she"
        // first in what was said, with no other name before it, speaks of a person, itself
        // (an organisation says "it").
        const bool saying = isOneOf(lowered(s.tokens[v].lemma),
                                    {"say", "add", "insist", "explain", "admit", "claim"});
        bool nounFirst = otherName;
        for (std::size_t k = v + 1; saying && !nounFirst && k < s.tokens.size(); ++k) {
            const Token& p = s.tokens[k];
            const int clause = p.head;
            if (p.deprel == "nsubj" && isOneOf(lowered(p.form), {"he", "she"}) && clause > 0 &&
                s.tokens[static_cast<std::size_t>(clause - 1)].head == static_cast<int>(v) + 1 &&
                s.tokens[static_cast<std::size_t>(clause - 1)].deprel == "ccomp") {
                return EntityType::Person;
            }
            nounFirst = p.upos == "PROPN" || p.upos == "NOUN";
        }
    }
    // "a federal court in Manhattan", "based in Hsinchu", "the port of Nagoya": a name after
    // "in" or "near" on a word for a site, or after "of" on a word for a kind of place, is a
    // place.
    if (head > 0) {
        const Token& site = s.tokens[static_cast<std::size_t>(head - 1)];
        const std::string siteLemma = lowered(site.lemma);
        std::string preposition;
        for (std::size_t k = 0; k < first; ++k) {
            if (s.tokens[k].head == static_cast<int>(top) + 1 && s.tokens[k].deprel == "case") {
                preposition = lowered(s.tokens[k].form);
            }
        }
        // (The tagger may read "near" right before the name as an adjective.)
        if (first > 0 && lowered(s.tokens[first - 1].form) == "near") {
            preposition = "near";
        }
        // (nouns for a site, and verbs of being somewhere: "based", "located", "born")
        const auto siteWord = [](const std::string& lemma) {
            return isOneOf(
                lemma, {"court",    "plant",    "factory",  "fab",      "office",  "headquarters",
                        "port",     "airport",  "hospital", "campus",   "store",   "warehouse",
                        "facility", "site",     "mine",     "refinery", "base",    "headquarter",
                        "locate",   "bear",     "furnace",  "mill",     "smelter", "works",
                        "terminal", "shipyard", "yard",     "station",  "school",  "prison",
                        "palace",   "project",  "embassy",  "mosque",   "church",  "university"});
        };
        // (The parse may hang the place on the verb whose object the site is: "close the
        // plant in Scunthorpe".)
        // (Or on the verb that has a site for its oblique: "invest $100 million in a factory
        // in Bandung".)
        const auto siteObject = [&] {
            return site.upos == "VERB" &&
                   std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& o) {
                       return o.head == head && isOneOf(o.deprel, {"obj", "obl"}) &&
                              siteWord(lowered(o.lemma));
                   });
        };
        const bool located =
            isOneOf(preposition, {"in", "near"}) && (siteWord(siteLemma) || siteObject());
        // ("near" alone says where: "made landfall near Matagorda")
        const bool near = preposition == "near";
        const bool kindOfPlace =
            preposition == "of" &&
            isOneOf(siteLemma,
                    {"port",   "city",      "town",    "village",  "province", "state",
                     "region", "island",    "capital", "district", "county",   "prefecture",
                     "coast",  "outskirts", "suburb",  "suburbs",  "centre",   "center",
                     "north",  "south",     "east",    "west"});
        // (So is a name on a word for a region of a country: "in Aichi *prefecture*", "Kherson
        // region".)
        const bool region = s.tokens[top].deprel == "compound" &&
                            static_cast<std::size_t>(head - 1) > last &&
                            lowered(site.form) == site.form &&
                            isOneOf(siteLemma, {"prefecture", "province", "county", "district",
                                                "region", "oblast", "governorate"});
        // (And a one-word name right after "in" on a verb or an event, not on a stake or a
        // job in a firm: "The trial was held behind closed doors in *Yekaterinburg*", "killed in
        // Mandalay"; not "invested in Anthropic", "a stake in Arm".)
        const bool placeOfAnEvent =
            preposition == "in" && first == last && first > 0 &&
            lowered(s.tokens[first - 1].form) == "in" && isOneOf(site.upos, {"VERB", "NOUN"}) &&
            !isOneOf(siteLemma,
                     {"invest",      "investment", "stake",      "share", "interest", "position",
                      "holding",     "role",       "job",        "work",  "career",   "involve",
                      "participate", "partner",    "merge",      "buy",   "acquire",  "rise",
                      "fall",        "jump",       "drop",       "price", "change",   "cut",
                      "increase",    "decline",    "confidence", "trust", "faith",    "member",
                      "seat",        "director",   "executive",  "board", "vote"});
        if (located || kindOfPlace || near || region || placeOfAnEvent) {
            return EntityType::Gpe;
        }
        // "moved into Georgia and the Carolinas": a name joined to a known place's, after a
        // preposition of place or motion, is a place.
        if (s.tokens[top].deprel == "conj" && site.upos == "PROPN") {
            const article::GazetteerEntry* place = gazetteer.lookup(site.form);
            bool where = false;
            for (const Token& c : s.tokens) {
                where = where || (c.head == head && c.deprel == "case" &&
                                  isOneOf(lowered(c.form), {"in", "into", "to", "across", "from",
                                                            "through", "throughout"}));
            }
            if (where && place != nullptr && place->type == EntityType::Gpe) {
                return EntityType::Gpe;
            }
        }
    }
    // "Ed Markey", "Pieter Elbers": a name of capitalised words only whose first word is a
    // given name (or a family name written first: "Wang Wentao"). Known names and the
    // organisation words above were tried first ("Morgan Stanley", "Charles Schwab Corp.").
    // (A hyphen may join two given names: "Jean-Sebastien Jacques"; the syllables of a Korean
    // given name, the second in lower case: "Park Sung-ho".)
    bool capitals = true;
    for (std::size_t i = first; i <= last && capitals; ++i) {
        const std::string& f = s.tokens[i].form;
        capitals = !f.empty() &&
                   (article::isAsciiUpper(f[0]) || f == "-" ||
                    (i > first && s.tokens[i - 1].form == "-" && article::isAsciiAlpha(f[0])));
    }
    if (last > first && gazetteer.givenName(s.tokens[first].form) && capitals) {
        return EntityType::Person;
    }
    // "Bashar al-Assad", "Abdel Fattah el-Sisi": capitalised words with an Arabic article joined
    // by a hyphen to the family name that ends them.
    if (last >= first + 3 && s.tokens[last - 1].form == "-" &&
        isOneOf(s.tokens[last - 2].form, {"al", "el", "Al", "El"}) &&
        nlp::titleCase(s.tokens[last].form) &&
        std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(first),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(last - 2),
                    [](const Token& w) { return nlp::titleCase(w.form); })) {
        return EntityType::Person;
    }
    // "Anko van der Werff", "Marieke de Vries": one capitalised word, one or two name particles
    // and a capitalised family name, none of them a word for an organisation or a known place
    // ("Banco de Chile", "Rio de Janeiro", "Casa de Moneda" are no people).
    if (last >= first + 2 && last <= first + 3 && nlp::titleCase(s.tokens[first].form) &&
        nlp::titleCase(s.tokens[last].form) &&
        std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(last),
                    [](const Token& w) {
                        return isOneOf(w.form, {"van", "von", "der", "den", "de", "da", "di", "du",
                                                "del", "della", "dos", "das", "ter"});
                    }) &&
        !isOneOf(lowered(s.tokens[first].form),
                 {"banco",        "banca",     "caja",      "caixa",  "casa",    "universidad",
                  "universidade", "instituto", "museo",     "museu",  "grupo",   "groupe",
                  "club",         "real",      "puerto",    "porto",  "rio",     "san",
                  "santa",        "sao",       "villa",     "ciudad", "estado",  "credit",
                  "banque",       "societe",   "compagnie", "cour",   "conseil", "fondation",
                  "stichting"})) {
        const article::GazetteerEntry* place = gazetteer.lookup(s.tokens[last].form);
        if (place == nullptr || place->type != EntityType::Gpe) {
            return EntityType::Person;
        }
    }
    const std::size_t verb =
        s.tokens[top].head > 0 ? static_cast<std::size_t>(s.tokens[top].head - 1) : NONE;
    // Who replaces or succeeds someone as an officer is a person: "was replaced as chief
    // executive by Maziar Mike Doustdar", "Doustdar succeeds him as chief executive".
    if (verb != NONE && isOneOf(s.tokens[top].deprel, {"obl:agent", "nsubj", "obj"}) &&
        isOneOf(lowered(s.tokens[verb].lemma), {"replace", "succeed"})) {
        for (std::size_t c = 0; c < s.tokens.size(); ++c) {
            if (s.tokens[c].head != static_cast<int>(verb) + 1 || s.tokens[c].deprel != "obl" ||
                !(titleWord(s.tokens[c].form) || personRole(s.tokens[c].form))) {
                continue;
            }
            for (std::size_t k = 0; k < c; ++k) {
                if (s.tokens[k].head == static_cast<int>(c) + 1 && s.tokens[k].deprel == "case" &&
                    lowered(s.tokens[k].form) == "as") {
                    return EntityType::Person;
                }
            }
        }
    }
    // So is whom an appointee replaces: "named Brian Niccol as its new chief executive,
    // replacing Laxman Narasimhan".
    if (verb != NONE && s.tokens[top].deprel == "obj" &&
        isOneOf(lowered(s.tokens[verb].lemma), {"replace", "succeed"}) &&
        s.tokens[verb].deprel == "advcl" && s.tokens[verb].head > 0 &&
        isOneOf(lowered(s.tokens[static_cast<std::size_t>(s.tokens[verb].head - 1)].lemma),
                {"name", "appoint", "elect", "promote", "hire", "nominate", "choose", "pick",
                 "select", "tap", "install"})) {
        return EntityType::Person;
    }
    // What a company makes is a product ("Epic Games, which makes Fortnite"), and so is a name a
    // company's "its" owns with no word of its own after it ("inside its Play Store").
    if (verb != NONE && s.tokens[top].deprel == "obj" && last == top &&
        isOneOf(lowered(s.tokens[verb].lemma), {"make", "produce", "manufacture"})) {
        return EntityType::Product;
    }
    if (first > 0 && lowered(s.tokens[first - 1].form) == "its" && last == top &&
        s.tokens[first - 1].head == static_cast<int>(top) + 1) {
        return EntityType::Product;
    }
    return EntityType::Org;
}

using Tree = SentenceTree;

// The verb's lemma is one of `lemmas`, or its written form is one of theirs inflected
// ("imposed" when the lemmatizer has not seen the verb and answers "impos").
bool verbIsOneOf(const Token& verb, std::initializer_list<std::string_view> lemmas) {
    if (isOneOf(verb.lemma, lemmas)) {
        return true;
    }
    const std::string form = lowered(verb.form);
    for (std::string_view lemma : lemmas) {
        std::string_view stem = lemma;
        if (!stem.empty() && stem.back() == 'e') {
            stem.remove_suffix(1);
        }
        if (form.rfind(stem, 0) == 0 && form.size() <= stem.size() + 4) {
            const std::string_view rest = std::string_view(form).substr(stem.size());
            if (isOneOf(rest, {"", "e", "es", "ed", "s", "ing", "d"})) {
                return true;
            }
        }
    }
    return false;
}

// A plural noun by its tag (the tagger gives no morphological features).
bool isPlural(const Token& tok) {
    return tok.xpos == "NNS" || tok.xpos == "NNPS";
}

bool isSubject(const Tree& t, std::size_t i) {
    return t.rel(i) == "nsubj" || t.rel(i) == "nsubj:pass";
}

} // namespace

std::string foldName(std::string_view name) {
    std::string s = article::foldQuotes(name);
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += article::asciiLower(c);
    }
    if (out.rfind("the ", 0) == 0) {
        out.erase(0, 4);
    }
    return out;
}

std::vector<std::size_t> nounComplements(const SentenceTree& t, std::size_t noun) {
    std::vector<std::size_t> out;
    for (std::size_t c : t.children[noun]) {
        if (c > noun && t.rel(c) == "nmod") {
            out.push_back(c);
        }
    }
    if (const std::size_t v = t.head(noun); v != NONE && t.rel(noun) == "obj") {
        for (std::size_t c : t.children[v]) {
            const std::size_t cs = t.child(c, {"case"});
            if (c > noun && t.rel(c) == "obl" && cs == noun + 1 &&
                isOneOf(t.lemma(cs), {"on", "of", "against"}) &&
                !calendarWord(t.s.tokens[c].form)) {
                out.push_back(c);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

int DocumentEntities::entityFor(const article::GazetteerEntry& entry) {
    const std::size_t index = static_cast<std::size_t>(&entry - gazetteer_.entries().data());
    if (auto it = byGazetteerEntry_.find(index); it != byGazetteerEntry_.end()) {
        return it->second;
    }
    const int e = entityNamed(entry.name, entry.type, true);
    byGazetteerEntry_[index] = e;
    entities_[static_cast<std::size_t>(e)].nation =
        entry.type == EntityType::Gpe && !entry.demonyms.empty();
    for (const std::string& alias : entry.aliases) {
        byName_.emplace(foldName(alias), e);
        entities_[static_cast<std::size_t>(e)].aliases.push_back(alias);
    }
    return e;
}

int DocumentEntities::entityNamed(const std::string& name, EntityType type, bool known) {
    const std::string key = foldName(name);
    if (auto it = byName_.find(key); it != byName_.end()) {
        return it->second;
    }
    DocEntity e;
    e.name = name;
    e.type = type;
    e.known = known;
    entities_.push_back(std::move(e));
    const int id = static_cast<int>(entities_.size() - 1);
    byName_[key] = id;
    return id;
}

// The city of a capital's name, an entity of its own even when the name is also the alias of
// its country ("Moscow" for Russia), the same one each time the text names the city.
int DocumentEntities::cityNamed(const std::string& name) {
    const std::string key = foldName(name);
    if (auto it = cities_.find(key); it != cities_.end()) {
        return it->second;
    }
    int id = -1;
    if (auto it = byName_.find(key);
        it != byName_.end() && entities_[static_cast<std::size_t>(it->second)].name == name) {
        id = it->second; // (a city the text named as one before)
    } else {
        DocEntity e;
        e.name = name;
        e.type = EntityType::Gpe;
        entities_.push_back(std::move(e));
        id = static_cast<int>(entities_.size() - 1);
        byName_.try_emplace(key, id);
    }
    cities_[key] = id;
    return id;
}

int DocumentEntities::findKnown(std::string_view name) const {
    if (auto it = byName_.find(foldName(name)); it != byName_.end()) {
        return it->second;
    }
    return -1;
}

// A later, shorter form of a person or organisation named before: "Trump" after "Donald Trump",
// "Micron" after "Micron Technology" (an organisation's from its first word), "Commission"
// after "European Commission". Only when exactly one entity fits.
int DocumentEntities::shortenedRepeat(std::string_view name) const {
    const std::vector<std::string_view> words = article::splitWords(name);
    if (words.empty()) {
        return -1;
    }
    int found = -1;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const DocEntity& entity = entities_[e];
        if (entity.type != EntityType::Person && entity.type != EntityType::Org) {
            continue;
        }
        // (Its other names count as its name does: "Sanchez" after "Pedro Sanchez", an alias of
        // the gazetteer's "Pedro Sánchez".)
        const auto shortens = [&](const std::string& form) {
            std::vector<std::string_view> full = article::splitWords(form);
            // (An Arabic article joined to a name's word is no part of its short form:
            // "Assad" after "Bashar al-Assad".)
            for (std::string_view& word : full) {
                for (std::string_view article : {"al-", "el-", "Al-", "El-"}) {
                    if (word.size() > article.size() + 1 && word.starts_with(article)) {
                        word.remove_prefix(article.size());
                    }
                }
            }
            if (full.size() <= words.size()) {
                return false;
            }
            const bool all = std::all_of(words.begin(), words.end(), [&](std::string_view w) {
                return std::find(full.begin(), full.end(), w) != full.end();
            });
            // An organisation is shortened from the front ("Micron" for "Micron Technology"):
            // its later words are often common ones ("Lithium prices" after "Arcadium
            // Lithium"). An institution is also shortened to the word for what it is: "the
            // Commission" after "the European Commission", "the Ministry" after "the Ministry
            // of Commerce".
            const auto before = [&](std::size_t i) { // the name's word i is the word, then "of"
                return full[i] == words.front() && i + 1 < full.size() && full[i + 1] == "of";
            };
            const bool institution = entity.type == EntityType::Org && words.size() == 1 &&
                                     governmentName(name) &&
                                     (full.back() == words.front() || before(0) || before(1));
            return institution ||
                   (all && (entity.type == EntityType::Person || words.front() == full.front()));
        };
        if (shortens(entity.name) ||
            (entity.type == EntityType::Person &&
             std::any_of(entity.aliases.begin(), entity.aliases.end(), shortens))) {
            if (found >= 0 && found != static_cast<int>(e)) {
                return -1;
            }
            found = static_cast<int>(e);
        }
    }
    return found;
}

// The one organisation named before whose initials an acronym the text did not define spells:
// "PSG" after "Paris Saint-Germain", "ILA" after "International Longshoremen's Association" (the
// first letters of its capitalised words and hyphenated parts; "of" and "and" count for
// nothing). -1 for none or more than one.
int DocumentEntities::initialsOfOne(std::string_view acronym) const {
    if (acronym.size() < 3 || acronym.size() > 6 ||
        !std::all_of(acronym.begin(), acronym.end(), article::isAsciiUpper)) {
        return -1;
    }
    int found = -1;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        if (entities_[e].type != EntityType::Org) {
            continue;
        }
        std::string initials;
        for (std::string_view word : article::splitWords(entities_[e].name)) {
            for (std::size_t at = 0; at < word.size();) {
                std::size_t end = word.find('-', at);
                end = end == std::string_view::npos ? word.size() : end;
                const std::string_view part = word.substr(at, end - at);
                if (!part.empty() && article::isAsciiUpper(part[0])) {
                    initials += part[0];
                }
                at = end + 1;
            }
        }
        if (initials.size() >= 2 && initials == acronym) {
            if (found >= 0) {
                return -1;
            }
            found = static_cast<int>(e);
        }
    }
    return found;
}

// The one person named before whose last name is `word` ("Jordan" after "Tom Jordan"), or -1.
int DocumentEntities::personByFamilyName(std::string_view word) const {
    int found = -1;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const std::string& name = entities_[e].name;
        if (entities_[e].type == EntityType::Person && name.size() > word.size() &&
            name.ends_with(word) && name[name.size() - word.size() - 1] == ' ') {
            if (found >= 0) {
                return -1;
            }
            found = static_cast<int>(e);
        }
    }
    return found;
}

// The entity of a proper-noun run [first, last]: the gazetteer, the document's own names and
// acronyms, "X's NAME" as "NAME of X", a shortened repeat, or a new entity.
int DocumentEntities::lookupName(const SentenceTree& t, std::size_t first, std::size_t last,
                                 const std::vector<WordEntity>& words) {
    const Sentence& s = t.s;
    const std::string name = joinWords(s, first, last);
    if (const article::GazetteerEntry* g = gazetteer_.lookup(name)) {
        // (A place's one-word name is a person's family name once the person is named:
        // "Jordan said" after "Bob Jordan".)
        if (const int person =
                first == last && g->type == EntityType::Gpe ? personByFamilyName(name) : -1;
            person >= 0) {
            return person;
        }
        return entityFor(*g);
    }
    // A name met again that only the default made an organisation is a person once a mention
    // says so: "replacing Laxman Narasimhan ... Narasimhan will step down" (no known given
    // name, then a verb only people do).
    // (Not one before a title and a name, the organisation of the officer named: "Tottenham
    // chairman Daniel Levy".)
    const bool beforeAnOfficer = last + 2 < s.tokens.size() && titleWord(s.tokens[last + 1].form) &&
                                 nlp::capitalised(s.tokens[last + 2].form);
    const auto upgraded = [&](int e) {
        DocEntity& entity = entities_[static_cast<std::size_t>(e)];
        if (!entity.known && entity.type == EntityType::Org && !beforeAnOfficer &&
            guessType(s, first, last, gazetteer_) == EntityType::Person) {
            entity.type = EntityType::Person;
        }
        return e;
    };
    if (int e = findKnown(name); e >= 0) {
        return upgraded(e);
    }
    // "U.S. Commerce Department": a known name after a country's name is that name.
    for (std::size_t k = first + 1; k <= last; ++k) {
        const article::GazetteerEntry* country = gazetteer_.lookup(joinWords(s, first, k - 1));
        if (country != nullptr && country->type == EntityType::Gpe) {
            if (const article::GazetteerEntry* g = gazetteer_.lookup(joinWords(s, k, last))) {
                return entityFor(*g);
            }
        }
    }
    // A possessor or modifier naming a country: "China's Commerce Ministry" as "Commerce
    // Ministry of China".
    for (std::size_t c : t.children[last]) {
        if ((t.rel(c) == "nmod:poss" || t.rel(c) == "compound" || t.rel(c) == "amod") &&
            words[c].entity >= 0 &&
            entities_[static_cast<std::size_t>(words[c].entity)].type == EntityType::Gpe) {
            const std::string& country = entities_[static_cast<std::size_t>(words[c].entity)].name;
            for (const std::string& candidate :
                 {name + " of " + country, country + "'s " + name, country + " " + name}) {
                if (const article::GazetteerEntry* g = gazetteer_.lookup(candidate)) {
                    return entityFor(*g);
                }
            }
        }
    }
    if (int e = shortenedRepeat(name); e >= 0) {
        return upgraded(e);
    }
    if (int e = first == last ? initialsOfOne(name) : -1; e >= 0) {
        return e;
    }
    // "Taylor, Texas", "Hsinchu, Taiwan": a name followed by a comma and a known place that
    // ends there is a place in that place.
    if (last + 2 < s.tokens.size() && s.tokens[last + 1].form == ",") {
        for (std::size_t end = last + 2; end < s.tokens.size() && end <= last + 4; ++end) {
            const article::GazetteerEntry* place = gazetteer_.lookup(joinWords(s, last + 2, end));
            const bool ends = end + 1 == s.tokens.size() || s.tokens[end + 1].upos == "PUNCT";
            if (place != nullptr && place->type == EntityType::Gpe && ends) {
                return entityNamed(name, EntityType::Gpe, false);
            }
        }
    }
    return entityNamed(name, guessType(s, first, last, gazetteer_), false);
}

void DocumentEntities::addSurface(int entity, std::string surface) {
    if (entity < 0 || surface.empty()) {
        return;
    }
    std::vector<std::string>& surfaces = entities_[static_cast<std::size_t>(entity)].surfaces;
    if (std::find(surfaces.begin(), surfaces.end(), surface) == surfaces.end()) {
        surfaces.push_back(std::move(surface));
    }
}

// Salience: the subject of this sentence before the pronoun, then the latest subject of the two
// sentences before, then the latest mention of all.
// 'm' for "he", "him", "his", "himself"; 'f' for "she", "her", "herself"; else 0.
char DocumentEntities::pronounGender(std::string_view lowerPronoun) {
    if (isOneOf(lowerPronoun, {"he", "him", "his", "himself"})) {
        return 'm';
    }
    return isOneOf(lowerPronoun, {"she", "her", "herself"}) ? 'f' : '\0';
}

// A person's gender as far as the text tells: from a gendered pronoun that stood for them
// before, else from their given name's list, else 0.
char DocumentEntities::genderOf(int e) const {
    if (const auto it = genders_.find(e); it != genders_.end()) {
        return it->second;
    }
    const std::vector<std::string_view> words =
        article::splitWords(entities_[static_cast<std::size_t>(e)].name);
    const char g = words.empty() ? '\0' : gazetteer_.givenGender(words.front());
    return g == 'm' || g == 'f' ? g : '\0';
}

int DocumentEntities::resolvePronoun(std::string_view pronoun, std::size_t word, int avoid,
                                     bool companyOwner, int prefer) const {
    const std::string p = lowered(pronoun);
    auto fits = [&](int id) {
        const DocEntity& e = entities_[static_cast<std::size_t>(id)];
        // "its acquisition of Mellanox": only a company acquires, has shares or a workforce.
        if (companyOwner) {
            return e.type == EntityType::Org && !governmentName(e.name) && !mediaName(e.name);
        }
        // (Not a person known to be the other: "She knows the business" after "Lars Berg".)
        if (const char g = pronounGender(p); g != '\0') {
            return e.type == EntityType::Person && genderOf(id) != (g == 'm' ? 'f' : 'm');
        }
        if (isOneOf(p, {"they", "them", "their", "themselves"})) {
            // Groups of actors are tried first (latestGroup); a single company or country is
            // "it" in news writing, while chips are "they".
            return e.type == EntityType::Product;
        }
        return e.type != EntityType::Person && e.type != EntityType::Concept;
    };
    if (prefer >= 0 && prefer != avoid && fits(prefer)) {
        return prefer;
    }
    int best = -1;
    int bestScore = -1;
    // (A gendered pronoun reaches one sentence further back when nearer ones name no one it
    // fits: "... Ingrid Holm. He praised the deal. Later, Lars Berg thanked the staff. She
    // criticised ...".)
    const std::size_t reach = pronounGender(p) != '\0' ? 3 : 2;
    // (So does the person the sentences before were about, over a later bystander: "Lissu ...
    // had called for reforms. His party said the charges were meant to silence critics of
    // President Samia Suluhu Hassan. Amnesty urged the authorities to release him." Not for
    // "it": "CrowdStrike said Delta had refused its offers" after sentences on Delta is
    // CrowdStrike's.)
    const std::unordered_map<int, long> prominence =
        pronounGender(p) != '\0' ? subjectSentenceCounts() : std::unordered_map<int, long>();
    for (const Event& ev : events_) {
        const bool before = ev.sentence < sentence_ || (ev.sentence == sentence_ && ev.word < word);
        if (!before || sentence_ - ev.sentence > reach || ev.entity == avoid || ev.demonym ||
            !fits(ev.entity)) {
            continue;
        }
        // Same sentence outranks earlier ones; within a sentence, subjects outrank the rest,
        // places where something happens come last ("filed a lawsuit against Arm in Delaware,
        // accusing it of ..."), and later mentions outrank earlier ones.
        // (One a word of kinship has said is of the pronoun's gender outranks the others:
        // "Paetongtarn Shinawatra, the daughter of Thaksin Shinawatra ... She". A given name's
        // list or an earlier pronoun says less: "Brian" says nothing of who "him" is, and the
        // one "he" stood for before need not be the one it stands for now.)
        const int distance = static_cast<int>(sentence_ - ev.sentence);
        const auto prominent = prominence.find(ev.entity);
        const auto told = kinGenders_.find(ev.entity);
        const bool known = pronounGender(p) != '\0' && told != kinGenders_.end() &&
                           told->second == pronounGender(p);
        const int score = (4 - distance) * 1000 + (known ? 800 : 0) + (ev.subject ? 500 : 0) +
                          (ev.main ? 200 : 0) - (ev.place ? 1500 : 0) - (ev.source ? 450 : 0) +
                          (prominent == prominence.end()
                               ? 0
                               : 300 * static_cast<int>(std::min<long>(prominent->second, 3))) +
                          static_cast<int>(std::min<std::size_t>(ev.word, 400));
        if (score >= bestScore) {
            bestScore = score;
            best = ev.entity;
        }
    }
    return best;
}

// Per entity: in how many sentences before this one it was a subject.
std::unordered_map<int, long> DocumentEntities::subjectSentenceCounts() const {
    // (events come in sentence order, so a sentence is counted once)
    std::unordered_map<int, std::pair<long, std::size_t>> counted;
    for (const Event& ev : events_) {
        if (ev.subject && ev.sentence < sentence_) {
            auto [it, added] = counted.try_emplace(ev.entity, 0, ev.sentence);
            if (added || it->second.second != ev.sentence) {
                it->second = {it->second.first + 1, ev.sentence};
            }
        }
    }
    std::unordered_map<int, long> counts;
    for (const auto& [entity, c] : counted) {
        counts[entity] = c.first;
    }
    return counts;
}

// The entity of the mentions before word `word` of the last three sentences that `accept`
// takes, by the salience of descriptions: nearer sentences first, then subjects, then the
// actors that were the subject of the sentences before this one (of those three: "SK Hynix
// will invest ... The plant will stack chips sold by Nvidia. ... Purdue will work with the
// company" is SK Hynix), then later mentions. -1 for none.
template <typename Accept>
int DocumentEntities::mostSalient(std::size_t word, Accept accept) const {
    const std::unordered_map<int, long> subjectSentences = subjectSentenceCounts();
    int best = -1;
    long bestScore = -1;
    for (const Event& ev : events_) {
        const bool before = ev.sentence < sentence_ || (ev.sentence == sentence_ && ev.word < word);
        if (!before || sentence_ - ev.sentence > 3 || !accept(ev)) {
            continue;
        }
        const auto prominent = subjectSentences.find(ev.entity);
        const long score =
            static_cast<long>(4 - (sentence_ - ev.sentence)) * 1000 + (ev.subject ? 500 : 0) +
            (ev.main ? 200 : 0) - (ev.source ? 450 : 0) - (ev.place ? 1500 : 0) -
            (ev.modifier || ev.aside ? 1200 : 0) - (ev.onNoun ? 300 : 0) +
            (prominent == subjectSentences.end() ? 0 : 300 * std::min<long>(prominent->second, 3)) +
            static_cast<long>(std::min<std::size_t>(ev.word, 400));
        if (score >= bestScore) {
            bestScore = score;
            best = ev.entity;
        }
    }
    return best;
}

// Whether word `k` is a model's number of three digits after a maker's name with no count or
// sum going on after it: "a Boeing *787* crashed" (not "fined Meta Platforms 798 million
// euros").
bool bareModelNumber(const nlp::Sentence& s, std::size_t k) {
    if (k >= s.tokens.size()) {
        return false;
    }
    const std::string& f = s.tokens[k].form;
    if (f.size() != 3 || !isOneOf(s.tokens[k].upos, {"NUM", "PROPN"}) ||
        !std::all_of(f.begin(), f.end(), [](char c) { return article::isAsciiDigit(c); })) {
        return false;
    }
    const std::size_t after = k + 1;
    return after >= s.tokens.size() ||
           !(s.tokens[after].upos == "NUM" || s.tokens[after].xpos == "NNS" ||
             isOneOf(lowered(s.tokens[after].form),
                     {"million", "billion", "thousand", "percent", "%", "per"}));
}

// Whether a word is a model's number: three or four digits, as in "737 Max", "A320" aside.
bool modelNumber(const nlp::Token& tok) {
    return tok.upos == "NUM" && tok.form.size() >= 3 && tok.form.size() <= 4 &&
           std::all_of(tok.form.begin(), tok.form.end(),
                       [](char c) { return article::isAsciiDigit(c); });
}

// Whether a word for a company says nothing of its trade: "the company", "the group".
bool genericTrade(std::string_view lemma) {
    return isOneOf(lemma, {"company", "firm", "group", "giant", "corporation", "conglomerate",
                           "business", "startup", "maker"});
}

// "the company", "the administration": the latest compatible entity of the last three sentences
// (this one included, before the description).
int DocumentEntities::resolveDescription(std::string_view lemma, std::size_t word, int avoid,
                                         int country) const {
    const std::optional<Kind> kind = descriptionKind(lemma);
    if (!kind) {
        return -1;
    }
    // (A company of one country is none whose name says it is of another: "the Chinese
    // company" is not "Taiwan Semiconductor Manufacturing Co.")
    const auto fromElsewhere = [&](const DocEntity& e) {
        if (country < 0 || e.country == country) {
            return false;
        }
        if (e.country >= 0) {
            return true;
        }
        const std::vector<std::string> named = countriesInNames(e);
        return !named.empty() &&
               std::find(named.begin(), named.end(),
                         entities_[static_cast<std::size_t>(country)].name) == named.end();
    };
    // (A member of a list is no antecedent of a singular description: after "the trade war
    // with the US and Europe" the country is the one the story is about, and in "Investors
    // included Andreessen Horowitz, Sequoia Capital and ..., the company said" the company is
    // the one that raised the money.)
    // (A body's own word in its name or its description: "the union".)
    const auto bodyOfWord = [&](const DocEntity& e) {
        return *kind != Kind::Body || hasWord(e.name, {lemma}) ||
               std::find(e.bodies.begin(), e.bodies.end(), lemma) != e.bodies.end() ||
               (lemma == "union" && workersBody(e.name)) ||
               (lemma == "league" && sportsBody(e.name));
    };
    // (A body of governments is "the agency" too, after "the World Health Organization"; no
    // ministry or department.)
    const auto worldBody = [&](const DocEntity& e) {
        return lemma == "agency" && e.type == EntityType::Org &&
               hasWord(e.name, {"organization", "organisation"}) &&
               hasWord(e.name, {"world", "international", "nations", "european", "african"});
    };
    const auto candidate = [&](const Event& ev) {
        const DocEntity& e = entities_[static_cast<std::size_t>(ev.entity)];
        // (unless the description says which by its country: "Nippon Steel and U.S. Steel
        // said ... The Japanese company")
        return ev.entity != avoid && (compatible(e, *kind) || worldBody(e)) && bodyOfWord(e) &&
               (!ev.listed || country >= 0) && !fromElsewhere(e);
    };
    // A company that a description with the same word of its trade named before, or whose name
    // has the word, is the one a later such description names: "the airline's boss" for
    // Ryanair, then "forced the airline to cut" after Boeing was named.
    if (*kind == Kind::Company && !genericTrade(lemma)) {
        const int traded = mostSalient(word, [&](const Event& ev) {
            const DocEntity& e = entities_[static_cast<std::size_t>(ev.entity)];
            return candidate(ev) &&
                   (std::find(e.trades.begin(), e.trades.end(), lemma) != e.trades.end() ||
                    hasWord(e.name, {lemma, std::string(lemma) + "s"}));
        });
        if (traded >= 0) {
            return traded;
        }
    }
    const int found = mostSalient(word, candidate);
    // "the bank" with no bank named as one: a company whose name does not say it is a bank,
    // the subject of a main clause before ("JPMorgan Chase agreed to pay ... The Federal
    // Reserve and the OCC said the bank had not monitored trades"), not any company named.
    if (found < 0 && *kind == Kind::Bank) {
        return mostSalient(word, [&](const Event& ev) {
            const DocEntity& e = entities_[static_cast<std::size_t>(ev.entity)];
            return ev.entity != avoid && ev.subject && ev.main && !ev.listed &&
                   compatible(e, Kind::Company) && !governmentName(e.name) && !fromElsewhere(e);
        });
    }
    return found;
}

// The countries (by their names) that an entity's forms name: "Taiwan Semiconductor
// Manufacturing Co." names Taiwan, "Britain's Competition and Markets Authority" the United
// Kingdom, "the UK CMA" too.
std::vector<std::string> DocumentEntities::countriesInNames(const DocEntity& e) const {
    std::vector<std::string> out;
    for (const std::string& form : e.surfaces) {
        for (std::string_view w : article::splitWords(form)) {
            for (std::string_view owner : {"'s", "\u2019s"}) {
                if (w.size() > owner.size() && w.ends_with(owner)) {
                    w.remove_suffix(owner.size()); // "Britain's Competition ..."
                }
            }
            const article::GazetteerEntry* g = gazetteer_.demonymEntry(w);
            if (g == nullptr) {
                g = gazetteer_.lookup(w);
            }
            if (g != nullptr && g->type == EntityType::Gpe &&
                std::find(out.begin(), out.end(), g->name) == out.end()) {
                out.push_back(g->name);
            }
        }
        // A country of two or three words opening the form: "United States Steel".
        const std::vector<std::string_view> words = article::splitWords(form);
        for (std::size_t k = 2; k <= 3 && k < words.size(); ++k) {
            std::string opening(words[0]);
            for (std::size_t i = 1; i < k; ++i) {
                opening.push_back(' ');
                opening.append(words[i]);
            }
            const article::GazetteerEntry* g = gazetteer_.lookup(opening);
            if (g != nullptr && g->type == EntityType::Gpe &&
                std::find(out.begin(), out.end(), g->name) == out.end()) {
                out.push_back(g->name);
            }
        }
    }
    return out;
}

// The government body a singular "the DEMONYM regulator" (or authority, agency, watchdog) at
// word `h` stands for: the most salient body of the last sentences that a mention tied to
// `country` ("the British regulator" after "the UK Competition and Markets Authority", not
// after "the U.S. Federal Trade Commission" or an agency of no known country). -1 when none
// fits.
int DocumentEntities::namedBodyOf(const SentenceTree& t, std::size_t h, int country) const {
    const Sentence& s = t.s;
    const std::size_t det = t.child(h, {"det"});
    if (s.tokens[h].xpos != "NN" || det == NONE || lowered(s.tokens[det].form) != "the" ||
        !isOneOf(lowered(s.tokens[h].lemma), {"regulator", "authority", "agency", "watchdog"})) {
        return -1;
    }
    const std::string& countryName = entities_[static_cast<std::size_t>(country)].name;
    // Whose body it is: a country a mention put before it, or one named in its forms.
    const auto ours = [&](const DocEntity& e) {
        if (e.country == country) {
            return true;
        }
        const std::vector<std::string> named = countriesInNames(e);
        return std::find(named.begin(), named.end(), countryName) != named.end();
    };
    // The salience of resolveDescription, among that country's bodies.
    return mostSalient(h, [&](const Event& ev) {
        const DocEntity& e = entities_[static_cast<std::size_t>(ev.entity)];
        return compatible(e, Kind::Government) && ours(e);
    });
}

// Head nouns of measures: "Japan's plan", "U.S. restrictions", "the move", "export controls".
bool officeOrRole(std::string_view word) {
    return titleWord(word) || personRole(word);
}

std::string ceoTitle(std::string title) {
    // (An interim or acting holder keeps the word: "Interim CEO".)
    if (const std::size_t holder = holderWordLength(title); holder > 0) {
        return title.substr(0, holder) + ceoTitle(title.substr(holder));
    }
    const std::string lower = lowered(title);
    if (isOneOf(lower, {"chief executive", "chief executive officer", "ceo"})) {
        return "CEO";
    }
    return isOneOf(lower, {"co-chief executive", "co-chief executive officer", "co-ceo"}) ? "Co-CEO"
                                                                                          : title;
}

bool measureNoun(std::string_view noun) {
    return isOneOf(noun,
                   {"plan",   "move",    "control",    "restriction",   "measure",  "curb",
                    "ban",    "rule",    "regulation", "policy",        "sanction", "tariff",
                    "award",  "grant",   "deal",       "agreement",     "program",  "programme",
                    "waiver", "embargo", "probe",      "investigation", "fund",     "funding"});
}

// The kind of measure a head noun names: limits on trade, taxes on it, money given, inquiries;
// 0 for the words any measure goes by ("plan", "move", "measure", "policy").
int measureKind(std::string_view noun) {
    if (isOneOf(noun, {"control", "restriction", "curb", "ban", "rule", "regulation", "embargo",
                       "sanction"})) {
        return 1;
    }
    if (isOneOf(noun, {"tariff", "duty", "levy"})) {
        return 2;
    }
    if (isOneOf(noun, {"award", "grant", "fund", "funding", "waiver", "deal", "agreement",
                       "program", "programme"})) {
        return 3;
    }
    if (isOneOf(noun, {"probe", "investigation"})) {
        return 4;
    }
    return 0;
}

// "the move", "these restrictions": the measure mentioned last (any head noun of a compatible
// kind: "the restrictions" are not the tariffs named last), or for a bare "restrictions on ..."
// the last one with the same head noun.
int DocumentEntities::resolvePolicy(std::string_view lemma, bool sameHead) const {
    const int kind = measureKind(lemma);
    for (auto it = policies_.rbegin(); it != policies_.rend(); ++it) {
        const DocEntity& e = entities_[static_cast<std::size_t>(*it)];
        const int other = measureKind(e.head);
        if (sameHead ? e.head == lemma : kind == 0 || other == 0 || kind == other) {
            return *it;
        }
    }
    return -1;
}

// Whether entity `e` was mentioned in this sentence or the `sentences` before it.
bool DocumentEntities::namedWithin(int e, std::size_t sentences) const {
    return std::any_of(events_.rbegin(), events_.rend(), [&](const Event& ev) {
        return ev.entity == e && sentence_ - ev.sentence <= sentences;
    });
}

// The countries the story is about: the latest one mentioned, then the most mentioned.
std::vector<int> DocumentEntities::salientCountries(std::size_t before) const {
    std::vector<int> out;
    // The latest country named for itself, not in a noun's phrase ("Germany's economy shrank
    // ... as weak demand from China hurt manufacturers. ... the government" is Germany's);
    // else the latest of all. (Only before word `before` of this sentence: "The army, which
    // controls the east of the country, accused the United Arab Emirates" is no army of the
    // Emirates.)
    for (const bool anywhere : {false, true}) {
        for (auto it = events_.rbegin(); it != events_.rend() && out.empty(); ++it) {
            if (it->sentence == sentence_ && it->word >= before) {
                continue;
            }
            if (countryLike(entities_[static_cast<std::size_t>(it->entity)]) && !it->listed &&
                (anywhere || !it->onNoun)) {
                out.push_back(it->entity);
            }
        }
    }
    // (one named only after word `before` of this sentence is not yet the story's)
    const auto namedBefore = [&](int entity) {
        if (before == NONE) {
            return true;
        }
        bool later = false;
        for (const Event& ev : events_) {
            if (ev.entity != entity) {
                continue;
            }
            if (ev.sentence < sentence_ || ev.word < before) {
                return true;
            }
            later = true;
        }
        return !later;
    };
    std::vector<std::pair<int, int>> byCount;
    for (const auto& [entity, count] : gpeMentions_) {
        if (countryLike(entities_[static_cast<std::size_t>(entity)]) && namedBefore(entity)) {
            byCount.emplace_back(count, entity);
        }
    }
    std::sort(byCount.rbegin(), byCount.rend());
    for (const auto& [count, entity] : byCount) {
        if (std::find(out.begin(), out.end(), entity) == out.end()) {
            out.push_back(entity);
        }
        if (out.size() >= 3) {
            break;
        }
    }
    return out;
}

// The latest group of actors named together within the last two sentences (this one included,
// before `word`).
const DocumentEntities::Group* DocumentEntities::latestGroup(std::size_t word) const {
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
        if ((it->sentence == sentence_ && it->word >= word) || !it->plural) {
            continue;
        }
        return sentence_ - it->sentence <= 2 ? &*it : nullptr;
    }
    return nullptr;
}

void DocumentEntities::noteCasing(std::string_view text) {
    const auto isLetter = [](char c) {
        return article::isAsciiUpper(c) || article::isAsciiLower(c);
    };
    std::size_t lineBegin = 0;
    while (lineBegin < text.size()) {
        std::size_t lineEnd = text.find('\n', lineBegin);
        if (lineEnd == std::string_view::npos) {
            lineEnd = text.size();
        }
        const std::string_view line = text.substr(lineBegin, lineEnd - lineBegin);
        lineBegin = lineEnd + 1;
        // (word, capitalised after another word): a capitalised word is sentence-initial after
        // the line's start, end punctuation, a quote or a bracket.
        std::vector<std::pair<std::string, bool>> capitals;
        std::size_t wordCount = 0;
        for (std::size_t k = 0; k < line.size();) {
            if (!isLetter(line[k])) {
                ++k;
                continue;
            }
            std::size_t e = k;
            while (e < line.size() && isLetter(line[e])) {
                ++e;
            }
            const std::string_view word = line.substr(k, e - k);
            const bool joined =
                (k > 0 && !std::isspace(static_cast<unsigned char>(line[k - 1])) &&
                 line[k - 1] != '"' && line[k - 1] != '(') ||
                (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e])) &&
                 !std::ispunct(static_cast<unsigned char>(line[e])));
            ++wordCount;
            if (!joined && std::all_of(word.begin(), word.end(), article::isAsciiLower)) {
                lowerWords_.emplace(word);
            } else if (!joined && word.size() >= 2 && article::isAsciiUpper(word[0]) &&
                       std::all_of(word.begin() + 1, word.end(), article::isAsciiLower)) {
                std::size_t p = k;
                while (p > 0 && (line[p - 1] == ' ' || line[p - 1] == '\t')) {
                    --p;
                }
                const bool initial =
                    p == 0 ||
                    std::string_view(".!?:\"'([").find(line[p - 1]) != std::string_view::npos ||
                    static_cast<unsigned char>(line[p - 1]) >= 0x80;
                // (A later word of a longer name says nothing of the word alone: "Lithium" in
                // "Arcadium Lithium".)
                std::size_t q = p;
                while (q > 0 && isLetter(line[q - 1])) {
                    --q;
                }
                const bool inName = q < p && p < k && article::isAsciiUpper(line[q]);
                capitals.emplace_back(lowered(word), !initial && !inName);
            }
            k = e;
        }
        // A headline in title case capitalises its words anywhere: it says nothing.
        if (wordCount >= 3 && capitals.size() * 5 >= wordCount * 3) {
            continue;
        }
        for (auto& [word, inside] : capitals) {
            if (inside) {
                midCapitals_.insert(std::move(word));
            }
        }
    }
}

// The word at `i` opens the sentence (only punctuation before it), is capitalised like any
// sentence's first word, and the document writes it in lower case and never capitalised inside
// a sentence: "Lithium prices fell" where the article speaks of lithium.
bool DocumentEntities::commonWordOpening(const Sentence& s, std::size_t i) const {
    for (std::size_t k = 0; k < i; ++k) {
        if (s.tokens[k].upos != "PUNCT") {
            return false;
        }
    }
    const std::string& form = s.tokens[i].form;
    if (form.size() < 2 || !article::isAsciiUpper(form[0]) ||
        !std::all_of(form.begin() + 1, form.end(), article::isAsciiLower)) {
        return false;
    }
    const std::string word = lowered(form);
    // (A noun known only to WordNet counts when a verb follows it at once, so that the word is
    // all of the subject: "Revenue rose 15%", not "Brent crude futures rose", "Commission
    // President Ursula von der Leyen".)
    const bool alone = i + 1 < s.tokens.size() && isOneOf(s.tokens[i + 1].upos, {"VERB", "AUX"});
    // (So does one before a lower-case noun and a name, a description of the one named:
    // "Proxy adviser Institutional Shareholder Services had urged ...".)
    const bool describes =
        i + 2 < s.tokens.size() && s.tokens[i + 1].upos == "NOUN" &&
        !s.tokens[i + 1].form.empty() && article::isAsciiLower(s.tokens[i + 1].form[0]) &&
        !s.tokens[i + 2].form.empty() && article::isAsciiUpper(s.tokens[i + 2].form[0]);
    // (And one on a noun that is all of the subject with it: "Hospital managers met the
    // union", "State television showed", when the document writes no "Hospital" or "State"
    // inside a sentence.)
    const bool modifies = i + 2 < s.tokens.size() && isOneOf(s.tokens[i + 1].xpos, {"NN", "NNS"}) &&
                          !s.tokens[i + 1].form.empty() &&
                          article::isAsciiLower(s.tokens[i + 1].form[0]) &&
                          isOneOf(s.tokens[i + 2].upos, {"VERB", "AUX"});
    if (!(lowerWords_.contains(word) ||
          ((alone || describes || modifies) && commonNoun_ && commonNoun_(word))) ||
        midCapitals_.contains(word)) {
        return false;
    }
    // (Nor a person's family name the document gave: "Jordan said" after "Tom Jordan".)
    return personByFamilyName(form) < 0;
}

// The last word of a law's or a public body's name that goes on after "and" at word j + 1:
// "National Security *and* Investment Act", "Trade *and* Industry Ministry". The words after
// "and" are capitalised nouns of no entity yet, and the last is a law's or a body's word. NONE
// otherwise ("Intel and Samsung Electronics Co." is two companies). After a body's word and
// "of" or "for" in the name from word `first`, the body's field goes on after "and" whatever its
// last word: "Authority for Consumers *and* Markets", "Department of Health *and* Human
// Services".
std::size_t lawOrBodyAfterAnd(const nlp::Sentence& s, const std::vector<WordEntity>& words,
                              std::size_t first, std::size_t j) {
    const std::size_t n = s.tokens.size();
    if (j + 2 >= n || s.tokens[j + 1].form != "and") {
        return NONE;
    }
    std::size_t k = j + 2;
    while (k < n && isOneOf(s.tokens[k].upos, {"PROPN", "NOUN"}) && !s.tokens[k].form.empty() &&
           article::isAsciiUpper(s.tokens[k].form[0]) && words[k].entity < 0) {
        ++k;
    }
    const auto body = [&](std::size_t w) { return nlp::publicBodyWord(s.tokens[w].form); };
    bool field = false;
    for (std::size_t m = first; m + 1 < j && !field; ++m) {
        field = body(m) && isOneOf(s.tokens[m + 1].form, {"of", "for"});
    }
    // (A foundation or a trust after "the": "the Bill *and* Melinda Gates Foundation"; without
    // it, "Microsoft and Gates Foundation" are two.)
    const bool foundation =
        first > 0 && lowered(s.tokens[first - 1].form) == "the" &&
        isOneOf(s.tokens[k - 1].form, {"Foundation", "Trust", "Fund", "Society", "Museum"});
    // (A body's word alone after "and" is a name of its own: "Bing *and* Office".)
    if (k == j + 2 || (k == j + 3 && !field) ||
        (!field && !body(k - 1) && !foundation &&
         !isOneOf(s.tokens[k - 1].form, {"Act", "Law", "Bill", "Treaty", "Directive"}))) {
        return NONE;
    }
    return k - 1;
}

SentenceEntities DocumentEntities::add(const Sentence& s) {
    SentenceEntities out;
    const std::size_t n = s.tokens.size();
    out.words.resize(n);
    std::vector<WordEntity>& words = out.words;
    const Tree t(s);
    // Pronouns that stand for the last sentence's unnamed subject: no name is their antecedent.
    std::vector<bool> unnamedAntecedent(n, false);
    auto mark = [&](std::size_t first, std::size_t last, int entity, MentionKind kind) {
        for (std::size_t i = first; i <= last && i < n; ++i) {
            words[i] = WordEntity{entity, first, last, kind, {}};
        }
        addSurface(entity, joinWords(s, first, last));
    };
    // Whether possessive pronoun `i` owns what only a company has ("its acquisition of
    // Mellanox", "its shares"), so that a country or an agency is not its owner.
    // ("its H20 chips", "its products": a company makes products; a country does not.)
    // (Not a state's revenue or workforce: "Kenya spends half of its *tax* revenue".)
    auto companyOwned = [&](std::size_t i) {
        const std::size_t h = t.head(i);
        const auto publicWord = [&](std::size_t c) {
            return isOneOf(t.rel(c), {"compound", "amod"}) &&
                   isOneOf(lowered(s.tokens[c].form),
                           {"tax", "fiscal", "budget", "customs", "state", "public", "government"});
        };
        return t.rel(i) == "nmod:poss" && h != NONE && lowered(s.tokens[i].form) == "its" &&
               std::none_of(t.children[h].begin(), t.children[h].end(), publicWord) &&
               (isOneOf(nounLemma(s.tokens[h]),
                        {"acquisition", "merger",     "takeover", "share",      "stock",
                         "shareholder", "revenue",    "earnings", "profit",     "workforce",
                         "employee",    "subsidiary", "ceo",      "dividend",   "chip",
                         "product",     "processor",  "device",   "smartphone", "phone",
                         "vehicle",     "software",   "app",      "machine",    "tool",
                         "equipment"}) ||
                (words[h].entity >= 0 &&
                 entities_[static_cast<std::size_t>(words[h].entity)].type == EntityType::Product));
    };
    // The entity an object or oblique at `i` cannot be: the subject of its clause, or of the
    // clause a subjectless one (participle, infinitive, conjunct) hangs on ("Micron filed a
    // lawsuit, accusing the Chinese memory maker ..."; "Nvidia sued it"). -1 for none.
    auto clauseSubjectOf = [&](std::size_t i) {
        // (Also behind the noun of an object or an oblique: "pushed for a break-up of the
        // company" is no break-up of the pusher.)
        if (t.rel(i) == "nmod" && t.head(i) != NONE &&
            isOneOf(t.rel(t.head(i)), {"obj", "iobj", "obl"})) {
            i = t.head(i);
        }
        const std::string_view rel = t.rel(i);
        if (!isOneOf(rel.substr(0, rel.find(':')), {"obj", "iobj", "obl"})) {
            return -1;
        }
        std::size_t v = t.head(i);
        // (A valuation may well be of the subject itself: "Mistral raised 600 million euros,
        // valuing the startup at 6 billion dollars".)
        if (v != NONE && t.lemma(v) == "value") {
            return -1;
        }
        // (Nor one made into something by its own act: "BYD sold more cars than Tesla, making
        // the Chinese company the world's biggest seller" - an object with a second object or
        // a predicate after it.)
        if (v != NONE && rel == "obj" &&
            std::any_of(t.children[v].begin(), t.children[v].end(), [&](std::size_t c) {
                return c > i && isOneOf(t.rel(c), {"obj", "xcomp"}) &&
                       s.tokens[c].upos != "VERB"; // ("to help it build": it acts)
            })) {
            return -1;
        }
        bool afterPassive = false;
        for (int steps = 0; v != NONE && steps < 3; ++steps) {
            const std::size_t subj = t.child(v, {"nsubj", "nsubj:pass"});
            if (subj != NONE && afterPassive && t.rel(subj) == "nsubj:pass") {
                // "Huawei was added to the list, cutting it off": the participle's doer is the
                // event or the agent, and its object is the passive subject.
                const std::size_t agent = t.child(v, {"obl:agent"});
                return agent == NONE ? -1 : words[agent].entity;
            }
            // ("Shares of Arm jumped ..., valuing the chip designer at $65 billion": the jump
            // values the company, which may well be the shares' own.)
            if (subj != NONE && steps > 0 &&
                isOneOf(nounLemma(s.tokens[subj]), {"share", "stock"})) {
                return -1;
            }
            if (subj != NONE) {
                return words[subj].entity;
            }
            if (!isOneOf(t.rel(v), {"advcl", "xcomp", "conj"})) {
                break;
            }
            afterPassive = steps == 0 && rel == "obj" && t.rel(v) == "advcl" &&
                           s.tokens[v].xpos == "VBG" && t.head(v) != NONE && t.head(v) < v;
            v = t.head(v);
        }
        return -1;
    };
    // "The commission ruled that BOE had ..., and it banned imports": the subject of a clause
    // joined to an earlier one stands for that clause's subject, whatever its own clause
    // named in between; so does one of an adverbial clause of an infinitive for the actor the
    // infinitive's verb names. The entity, or -1.
    auto parallelSubject = [&](std::size_t i) {
        if (!t.rel(i).starts_with("nsubj")) {
            return -1;
        }
        const std::size_t v = t.head(i);
        // "requiring ASML to obtain licenses before it ships machines": the subject of an
        // adverbial clause of an infinitive is the one the infinitive's verb names to act.
        // (Or the noun the parse hung the infinitive on: "ASML to obtain" as a clause of it.)
        if (v != NONE && t.rel(v) == "advcl" && t.head(v) != NONE && t.head(t.head(v)) != NONE) {
            const std::size_t u = t.head(v);
            std::size_t controller = NONE;
            if (t.rel(u) == "xcomp") {
                controller = t.child(t.head(u), {"obj"});
            } else if (t.rel(u) == "acl" && t.child(u, {"mark"}) != NONE &&
                       t.lemma(t.child(u, {"mark"})) == "to") {
                controller = t.head(u);
            }
            if (controller != NONE && controller < i && words[controller].entity >= 0) {
                return words[controller].entity;
            }
        }
        // "ASML must seek a licence before it services the machines": the subject of an
        // adverbial clause continues the named subject of the clause it modifies.
        if (v != NONE && t.rel(v) == "advcl" && t.head(v) != NONE) {
            const std::size_t subj = t.child(t.head(v), {"nsubj", "nsubj:pass"});
            if (subj != NONE && subj < i && words[subj].entity >= 0 &&
                words[subj].kind == MentionKind::Name) {
                return words[subj].entity;
            }
        }
        // "AirAsia said it was monitoring the situation": the subject "it" of what a named
        // organisation says is the organisation.
        if (v != NONE && t.rel(v) == "ccomp" && t.head(v) != NONE &&
            lowered(s.tokens[i].form) == "it" && openie::isReportingVerb(t.lemma(t.head(v)))) {
            const std::size_t sayer = t.child(t.head(v), {"nsubj"});
            if (sayer != NONE && sayer < i && words[sayer].entity >= 0 &&
                words[sayer].kind == MentionKind::Name &&
                entities_[static_cast<std::size_t>(words[sayer].entity)].type == EntityType::Org) {
                return words[sayer].entity;
            }
        }
        if (v == NONE || t.rel(v) != "conj") {
            return -1;
        }
        const std::size_t u = t.head(v);
        const std::size_t subj = u == NONE ? NONE : t.child(u, {"nsubj", "nsubj:pass"});
        return subj != NONE && subj < i ? words[subj].entity : -1;
    };
    // The entity a pronoun at `i` cannot be: an object's subject ("Huawei said the rules hurt
    // it"), or a name in its own verb's object ("it could cut Boeing's rating" would have said
    // "its rating" of Boeing). -1 for none.
    auto avoidedBy = [&](std::size_t i) {
        // A possessor in a verb's "as" phrase is not the verb's object: "swore in the head of
        // Congress, Jose Jeri, as *her* replacement", "named Navratil as *his* successor".
        if (const std::size_t h = t.head(i);
            t.rel(i) == "nmod:poss" && h != NONE && t.rel(h) == "obl" && t.head(h) != NONE &&
            t.child(h, {"case"}) != NONE && lowered(s.tokens[t.child(h, {"case"})].form) == "as") {
            // (the last name the verb's phrases give before the "as" phrase, however the parse
            // hung it: "the head of Congress, Jose Jeri," was an oblique's apposition)
            const std::size_t v = t.head(h);
            for (std::size_t k = i; k-- > v + 1;) {
                std::size_t up = k;
                while (up != NONE && up != v) {
                    up = t.head(up);
                }
                if (up == v && words[k].entity >= 0) {
                    return words[k].entity;
                }
            }
        }
        // A possessor in what the subject is, is not the subject: "Microsoft had been *its*
        // exclusive cloud provider" (unless "its own").
        if (const std::size_t h = t.head(i);
            t.rel(i) == "nmod:poss" && h != NONE && t.child(h, {"cop"}) != NONE &&
            !(i + 1 < s.tokens.size() && lowered(s.tokens[i + 1].form) == "own")) {
            const std::size_t subject = t.child(h, {"nsubj"});
            return subject == NONE ? -1 : words[subject].entity;
        }
        // The noun of the relative clause the pronoun is in is not it: "Lumen AI, a startup
        // in which *it* owns a stake" (the relative word would be the subject).
        if (const std::size_t v = t.head(i);
            isOneOf(t.rel(i), {"nsubj", "obj"}) && v != NONE && t.rel(v) == "acl:relcl") {
            std::size_t noun = t.head(v);
            if (noun != NONE && words[noun].entity < 0 && t.rel(noun) == "appos") {
                noun = t.head(noun);
            }
            if (noun != NONE && words[noun].entity >= 0) {
                return words[noun].entity;
            }
        }
        if (const int subject = clauseSubjectOf(i); subject >= 0 || t.rel(i) != "nsubj") {
            return subject;
        }
        const std::size_t v = t.head(i);
        if (v == NONE) {
            return -1;
        }
        for (std::size_t o : t.children[v]) {
            if (t.rel(o) != "obj") {
                continue;
            }
            for (std::size_t k : t.subtree(o)) {
                if (words[k].entity >= 0 && words[k].kind == MentionKind::Name) {
                    return words[k].entity;
                }
            }
        }
        return -1;
    };
    // For a subject "it" at `i` in what a person says or fears about the object of their own
    // verb ("Shapiro welcomed the plan, saying it would ...", "... and said it would ..."):
    // that object, a singular thing. So for people who fear or say so about what they acted
    // against or on ("Residents have protested against the project because they fear it will
    // use too much water"): they cannot be "it". NONE otherwise.
    // (So for an object "it" there: "Environmental groups criticised the decision and said
    // they would challenge it in court".)
    auto thingReportedOn = [&](std::size_t i) -> std::size_t {
        if (lowered(s.tokens[i].form) != "it" ||
            !isOneOf(t.rel(i), {"nsubj", "nsubj:pass", "obj"})) {
            return NONE;
        }
        const std::size_t v = t.head(i);
        const std::size_t say = v == NONE || t.rel(v) != "ccomp" ? NONE : t.head(v);
        if (say == NONE || !(openie::isReportingVerb(t.lemma(say)) ||
                             isOneOf(t.lemma(say), {"fear", "worry", "hope", "expect", "doubt"}))) {
            return NONE;
        }
        const std::size_t main = isOneOf(t.rel(say), {"advcl", "conj"}) ? t.head(say) : NONE;
        if (main == NONE || main > say) {
            return NONE;
        }
        const std::size_t subject = t.child(main, {"nsubj"});
        std::size_t object = t.child(main, {"obj"});
        const std::size_t sayer = t.child(say, {"nsubj"});
        // (or with no subject of its own, joined to the verb of the people's: "groups
        // criticised the decision and said they would challenge it"; or a participle of theirs:
        // "Environmental groups criticized the sale, saying it would extend the life of the
        // mines")
        const bool people = (sayer != NONE ? lowered(s.tokens[sayer].form) == "they"
                                           : isOneOf(t.rel(say), {"conj", "advcl"})) &&
                            subject != NONE && words[subject].entity < 0 &&
                            s.tokens[subject].upos == "NOUN" && isPlural(s.tokens[subject]);
        if (people && object == NONE) {
            for (std::size_t c : t.children[main]) {
                const std::size_t cs = t.child(c, {"case"});
                if (t.rel(c) == "obl" && cs != NONE &&
                    isOneOf(t.lemma(cs), {"against", "on", "about", "over"})) {
                    object = c;
                    break;
                }
            }
        }
        // (Also a person named by a word for one, a title's ("A federal judge blocked the law,
        // saying it ...") or another's.)
        const bool personWord =
            subject != NONE && words[subject].entity < 0 && s.tokens[subject].upos == "NOUN" &&
            !isPlural(s.tokens[subject]) &&
            (titleWord(s.tokens[subject].form) ||
             isOneOf(nounLemma(s.tokens[subject]),
                     {"prosecutor", "lawyer", "official", "analyst", "economist"}));
        const bool person =
            people || personWord ||
            (subject != NONE && ((words[subject].entity >= 0 &&
                                  entities_[static_cast<std::size_t>(words[subject].entity)].type ==
                                      EntityType::Person) ||
                                 isOneOf(lowered(s.tokens[subject].form), {"he", "she"})));
        if (!person || object == NONE || object > i || s.tokens[object].upos != "NOUN" ||
            isPlural(s.tokens[object]) || agentNoun(nounLemma(s.tokens[object]))) {
            return NONE;
        }
        const int e = words[object].entity;
        return e >= 0 && entities_[static_cast<std::size_t>(e)].type == EntityType::Person ? NONE
                                                                                           : object;
    };
    std::vector<int> demonymOf(n, -1);
    // Salience: one event per mention, at its syntactic head (the word of the span whose head
    // lies outside it); reporting subjects are noted for "the newspaper".
    auto record = [&](std::size_t at) {
        const WordEntity& w = words[at];
        const std::size_t head = t.spanHead(w.first, w.last);
        // ("Shares of Arm jumped", "Arm's shares jumped": the company is what the clause is
        // about.)
        const std::size_t owned = t.head(head);
        // (Nor is the organisation whose officer is the subject: "Ryanair chief executive
        // Michael O'Leary told reporters ... The Irish carrier" is Ryanair.)
        const bool office =
            owned != NONE && isOneOf(t.rel(head), {"compound", "nmod:poss"}) &&
            titleWord(s.tokens[owned].form) &&
            (isSubject(t, owned) || (t.head(owned) != NONE && isSubject(t, t.head(owned))));
        // (Nor is a name in apposition to the subject: "Opposition leader Tundu Lissu, who
        // ..., had called for reforms" parsed with "leader" the subject.)
        const bool subject =
            isSubject(t, head) || office ||
            (t.rel(head) == "appos" && owned != NONE && owned < head && isSubject(t, owned)) ||
            (isOneOf(t.rel(head), {"nmod", "nmod:poss"}) && owned != NONE && isSubject(t, owned) &&
             isOneOf(nounLemma(s.tokens[owned]), {"share", "stock", "value", "valuation", "revenue",
                                                  "profit", "sale", "earning", "income", "loss"}));
        // (So is one whose value, revenue or profit is: "Nvidia's market value rose".)
        // (A conjunct's preposition is its first conjunct's: "in Brussels and Paris".)
        std::size_t c = t.child(head, {"case"});
        if (c == NONE && t.rel(head) == "conj" && t.head(head) != NONE) {
            c = t.child(t.head(head), {"case"});
        }
        const DocEntity& named = entities_[static_cast<std::size_t>(w.entity)];
        // (A market where things trade is a place too: "Copper prices rose on the London Metal
        // Exchange".)
        const bool place =
            c != NONE &&
            ((isOneOf(t.lemma(c), {"in", "at", "near"}) && named.type == EntityType::Gpe) ||
             (isOneOf(t.lemma(c), {"on", "at"}) &&
              hasWord(named.name, {"exchange", "nasdaq", "bourse"})));
        // (A name on a common noun names a brand or a maker, seldom what the story goes on
        // about: "The recall covers Ram 1500 pickups. The company, which also makes Jeep ..."
        // is the one recalling them.)
        // (Not one on its shares or its stock, which are the company's own: "Oracle shares
        // rose after the company disclosed ...".)
        const bool modifier =
            t.rel(head) == "compound" && owned != NONE && !office &&
            s.tokens[owned].upos == "NOUN" && words[owned].entity < 0 &&
            !officeOrRole(lowered(s.tokens[owned].form)) &&
            !isOneOf(nounLemma(s.tokens[owned]), {"share", "stock", "shareholder", "investor"});
        // (A source cited for a figure is not what the story goes on about: "according to
        // estimates by Anderson Economic Group. The planemaker ..." is not Anderson.)
        bool source = false;
        for (std::size_t up = head, steps = 0; up != NONE && steps < 3 && !source;
             up = isOneOf(t.rel(up), {"nmod", "conj"}) ? t.head(up) : NONE, ++steps) {
            const std::size_t upCase = t.child(up, {"case"});
            source = upCase != NONE && lowered(s.tokens[upCase].form) == "according";
        }
        // (The main verb's subject outranks one in a clause it reports: "The watchdog said
        // Tencent ... could stop rivals. Its chief executive ..." is the watchdog's.)
        const bool main = subject && t.head(head) != NONE && s.tokens[t.head(head)].head == 0;
        const bool onNoun =
            t.rel(head) == "nmod" && owned != NONE && s.tokens[owned].upos == "NOUN";
        // (An example of a set is no antecedent of a description either: "Advertisers
        // including General Motors paused their spending. The company later laid off ..." is
        // not General Motors.)
        const bool example =
            c != NONE && (isOneOf(lowered(s.tokens[c].form), {"including", "like"}) ||
                          (lowered(s.tokens[c].form) == "such" && t.child(c, {"fixed"}) != NONE));
        // (Nor is a name in what a relative clause tells of a person, where the person came
        // from or worked before: "Niccol, who joined from Chipotle last year, said the company
        // had become too complex" is Starbucks'.)
        bool aside = false;
        if (!subject) {
            for (std::size_t up = head, steps = 0; up != NONE && steps < 4 && !aside;
                 up = t.head(up), ++steps) {
                const std::size_t on = t.head(up);
                aside = t.rel(up) == "acl:relcl" && on != NONE && words[on].entity >= 0 &&
                        entities_[static_cast<std::size_t>(words[on].entity)].type ==
                            EntityType::Person;
            }
        }
        events_.push_back({w.entity, sentence_, w.first, subject, place, example, source, main,
                           modifier, false, onNoun, aside});
        if (entities_[static_cast<std::size_t>(w.entity)].type == EntityType::Gpe) {
            ++gpeMentions_[w.entity];
        }
        // (Reporting a clause or nothing: "Bloomberg reported that ...", "..., Reuters
        // reported". A company that reported a rise in profit is no reporter, nor one that
        // reported on itself: "Nvidia reported that its revenue rose".)
        const std::size_t verb = t.head(head);
        const auto aboutItself = [&](std::size_t v) {
            const std::size_t clause = t.child(v, {"ccomp"});
            const std::size_t about = clause == NONE ? NONE : t.child(clause, {"nsubj"});
            const auto own = [&](std::size_t k) {
                return k != NONE && isOneOf(lowered(s.tokens[k].form), {"it", "its", "we", "our"});
            };
            return about != NONE && (own(about) || own(t.child(about, {"nmod:poss"})));
        };
        if (subject && verb != NONE && pressVerb(t.lemma(verb)) && t.child(verb, {"obj"}) == NONE &&
            !aboutItself(verb)) {
            entities_[static_cast<std::size_t>(w.entity)].reporter = true;
        }
    };

    // 1. Acronyms defined here: "high-bandwidth memory (HBM)" makes HBM a name of the long form.
    for (const article::AcronymDefinition& a : article::findAcronyms(s.text)) {
        int e = -1;
        if (const article::GazetteerEntry* g = gazetteer_.lookup(a.longForm)) {
            e = entityFor(*g);
        } else if (const article::GazetteerEntry* g2 = gazetteer_.lookup(a.shortForm)) {
            e = entityFor(*g2);
        } else {
            e = findKnown(a.longForm);
            if (e < 0) {
                e = entityNamed(a.longForm, EntityType::Other, false);
            }
        }
        byName_.emplace(foldName(a.shortForm), e);
        byName_.emplace(foldName(a.longForm), e);
        std::vector<std::string>& aliases = entities_[static_cast<std::size_t>(e)].aliases;
        for (const std::string& name : {a.shortForm, a.longForm}) {
            if (name != entities_[static_cast<std::size_t>(e)].name &&
                std::find(aliases.begin(), aliases.end(), name) == aliases.end()) {
                aliases.push_back(name);
            }
        }
    }

    // 2. Gazetteer names over the words.
    std::vector<std::string_view> forms;
    forms.reserve(n);
    for (const Token& tok : s.tokens) {
        forms.push_back(tok.form);
    }
    std::vector<bool> notAName(n, false);
    for (const article::GazetteerMatch& m : gazetteer_.findAll(forms)) {
        if (m.end == 0 || m.end > n) {
            continue;
        }
        const article::GazetteerEntry* entry = &gazetteer_.entry(m.entry);
        // "Renton, Washington": after a place and a comma, a name that is also a state's
        // ("Washington State") is the state, not the capital standing for its government.
        if (!m.demonym && m.begin >= 2 && s.tokens[m.begin - 1].form == "," &&
            s.tokens[m.begin - 2].upos == "PROPN" &&
            (m.end == n || s.tokens[m.end].upos == "PUNCT")) {
            if (const article::GazetteerEntry* state =
                    gazetteer_.lookup(joinWords(s, m.begin, m.end - 1) + " State");
                state != nullptr && state->type == EntityType::Gpe) {
                entry = state;
            }
        }
        // "drove tractors into Brussels": a capital that stands for its government elsewhere
        // is the city where a phrase of place or motion names it.
        // (Not another name of the country itself: "in Britain", "fled to Burma".)
        // (A name of several words is its head word's: "a stadium in Buenos Aires", "from The
        // Hague".)
        std::size_t head = m.begin;
        for (std::size_t k = m.begin; k < m.end; ++k) {
            if (t.head(k) == NONE || t.head(k) < m.begin || t.head(k) >= m.end) {
                head = k;
            }
        }
        const std::string matched = joinWords(s, m.begin, m.end - 1);
        // (only names: not an alias such as "Argentine government")
        bool allNames = true;
        for (std::size_t k = m.begin; k < m.end; ++k) {
            allNames = allNames && (s.tokens[k].upos == "PROPN" || s.tokens[k].xpos == "NNP" ||
                                    (k == m.begin && lowered(s.tokens[k].form) == "the"));
        }
        if (!m.demonym && entry->type == EntityType::Gpe && entry->name != matched &&
            !nlp::upperLetters(s.tokens[m.begin].form) &&
            // (a country's, whose people have a name: not a city's own other spelling, "Sao
            // Paulo" for "São Paulo")
            (m.end == m.begin + 1 || (allNames && !entry->demonyms.empty())) &&
            !isOneOf(s.tokens[m.begin].form,
                     {"America", "Britain", "Korea", "Holland", "Türkiye", "Turkiye", "Bosnia",
                      "Congo", "Czechia", "Swaziland", "Burma", "Gaza", "Mideast", "Donbass"}) &&
            entry->demonyms.end() ==
                std::find(entry->demonyms.begin(), entry->demonyms.end(), s.tokens[m.begin].form)) {
            const std::size_t c = t.child(head, {"case"});
            // (So is one that people flee to or from, or that an army takes: "fled to Moscow",
            // "rebels captured Damascus".)
            const std::size_t verb = t.head(head);
            const std::string_view act = verb == NONE ? std::string_view() : t.lemma(verb);
            // (The second of "from X to Y" may hang on the first: "moved its headquarters from
            // The Hague to London".)
            const bool chained =
                verb != NONE && t.rel(head) == "nmod" && t.rel(verb) == "obl" &&
                t.child(verb, {"case"}) != NONE &&
                isOneOf(lowered(s.tokens[t.child(verb, {"case"})].form), {"from", "to"});
            const std::string_view moved =
                chained && t.head(verb) != NONE ? t.lemma(t.head(verb)) : act;
            const bool motion =
                c != NONE && isOneOf(lowered(s.tokens[c].form), {"to", "from"}) &&
                (t.rel(head) == "obl" || chained) &&
                isOneOf(moved, {"flee", "fly", "travel", "return", "move", "relocate", "arrive",
                                "escape", "evacuate", "march", "drive", "head"});
            const bool taken =
                c == NONE && t.rel(head) == "obj" &&
                isOneOf(act, {"capture", "seize", "enter", "besiege", "shell", "bomb", "storm",
                              "encircle", "surround", "evacuate", "flee", "overrun", "liberate"});
            // (Or one a building or a site stands in: "the presidential palace in Khartoum",
            // "the embassy in Kyiv".)
            const bool site =
                c != NONE && isOneOf(lowered(s.tokens[c].form), {"in", "at"}) && verb != NONE &&
                t.rel(head) == "nmod" && s.tokens[verb].upos == "NOUN" &&
                isOneOf(t.lemma(verb),
                        {"palace",     "building",   "embassy",   "consulate", "airport",
                         "hospital",   "square",     "street",    "station",   "hotel",
                         "mosque",     "church",     "cathedral", "museum",    "stadium",
                         "prison",     "university", "school",    "market",    "headquarters",
                         "office",     "compound",   "residence", "plant",     "factory",
                         "parliament", "streets",    "trading",   "rally",     "protest"});
            // (Or where something happened to shares, crowds or people: "shares fell 1.5% in
            // Seoul", "Its shares hit a record high in Taipei", "protesters gathered in Nairobi",
            // "was killed in Kabul".)
            const std::size_t doer = verb == NONE ? NONE : t.child(verb, {"nsubj"});
            const bool scene =
                c != NONE && isOneOf(lowered(s.tokens[c].form), {"in", "at"}) &&
                t.rel(head) == "obl" && verb != NONE && s.tokens[verb].upos == "VERB" &&
                (nlp::amountChangeVerb(act) ||
                 (doer != NONE && isOneOf(t.lemma(doer), {"share", "stock", "index"})) ||
                 isOneOf(act, {"trade", "close", "gather", "rally", "protest", "demonstrate",
                               "march", "kill", "die", "wound", "injure", "explode", "bomb",
                               "arrest", "detain", "land", "storm", "riot", "clash"}));
            // (Or any other "in" or "at" it, save on someone whom the capital stands for:
            // "were little changed in London", "setting off protests in Tbilisi", but
            // "stakeholders in Washington" are the country's.)
            const bool within =
                c != NONE && isOneOf(lowered(s.tokens[c].form), {"in", "at"}) &&
                !(t.rel(head) == "nmod" && verb != NONE && agentNoun(nounLemma(s.tokens[verb])));
            // (Or one a part or an officer of the city is of: "the suburbs of Athens", "the
            // mayor of Kyiv".)
            const bool part =
                c != NONE && lowered(s.tokens[c].form) == "of" && verb != NONE &&
                t.rel(head) == "nmod" && s.tokens[verb].upos == "NOUN" &&
                isOneOf(t.lemma(verb), {"suburb", "outskirts", "outskirt", "centre", "center",
                                        "street", "streets", "heart", "edge", "mayor", "district",
                                        "resident", "neighbourhood", "neighborhood"});
            // (Or one named as a city: "shaking the Thai capital, Bangkok", "the city of
            // Kyiv".)
            const bool city =
                verb != NONE && isOneOf(t.rel(head), {"appos", "nmod"}) &&
                isOneOf(t.lemma(verb), {"capital", "city"}) &&
                (t.rel(head) == "appos" || (c != NONE && lowered(s.tokens[c].form) == "of"));
            if (motion || taken || site || scene || within || city || part ||
                (c != NONE &&
                 isOneOf(lowered(s.tokens[c].form), {"into", "outside", "near", "around", "across",
                                                     "through", "toward", "towards"}))) {
                mark(m.begin, m.end - 1, cityNamed(matched), MentionKind::Name);
                continue;
            }
        }
        // (The entity is made only for a match that is kept: a skipped one would leave an
        // entity that nothing mentions.)
        // A people's name inside a run of names belongs to the name: "Chipotle Mexican Grill"
        // (left to the proper-noun runs below).
        const auto nameWord = [&](std::size_t k) {
            return k < n && s.tokens[k].upos == "PROPN" && !s.tokens[k].form.empty() &&
                   article::isAsciiUpper(s.tokens[k].form[0]) && !titleWord(s.tokens[k].form);
        };
        if (m.demonym && m.begin > 0 && nameWord(m.begin - 1) && nameWord(m.end) &&
            s.tokens[m.begin].upos == "PROPN" && t.head(m.begin) != NONE &&
            t.head(m.begin) < m.begin && isOneOf(t.rel(m.begin), {"flat", "compound"})) {
            continue;
        }
        // So is one after a name's word that a party's noun follows, or before the name's
        // words: "the ruling Pheu *Thai* party", "the ruling *Georgian* Dream party" (not the
        // country's).
        const auto partyWord = [&](std::size_t k) {
            return k < n && nlp::partyNoun(lowered(s.tokens[k].form));
        };
        if (m.demonym && m.begin > 0 && nameWord(m.begin - 1) && m.end < n &&
            words[m.begin - 1].entity < 0 && t.head(m.begin - 1) == m.end && partyWord(m.end)) {
            continue;
        }
        if (m.demonym && nameWord(m.end) && words[m.end].entity < 0) {
            std::size_t k = m.end;
            while (nameWord(k) && words[k].entity < 0) {
                ++k;
            }
            if (partyWord(k) && s.tokens[k].form == lowered(s.tokens[k].form)) {
                continue;
            }
            // (or when the capitalised words end in a body's word: "South Africa's *African*
            // National Congress", not "Congress" alone)
            if (k > m.end &&
                (institutionWord(lowered(s.tokens[k - 1].form)) ||
                 isOneOf(lowered(s.tokens[k - 1].form),
                         {"congress", "council", "assembly", "front", "movement", "league"}))) {
                continue;
            }
        }
        // So is one right after a word for a company, opening the company's name: "the
        // steelmaker *British* Steel", "the lender *Swiss* Re".
        if (m.demonym && m.begin > 0 && nameWord(m.end) && s.tokens[m.begin - 1].upos == "NOUN" &&
            lowered(s.tokens[m.begin - 1].form) == s.tokens[m.begin - 1].form &&
            nlp::companyNoun(lowered(s.tokens[m.begin - 1].lemma))) {
            continue;
        }
        // A people's name after another people's or a region's is a group of people, not the
        // country: "African American voters", "Asian American founders".
        if (m.demonym && m.begin > 0 &&
            (gazetteer_.demonymEntry(s.tokens[m.begin - 1].form) != nullptr ||
             isOneOf(s.tokens[m.begin - 1].form,
                     {"African", "Asian", "Arab", "Native", "Hispanic", "Latino", "Anglo", "Afro",
                      "Pan", "Caribbean", "European"}))) {
            continue;
        }
        if (m.demonym) {
            const int e = entityFor(*entry);
            for (std::size_t i = m.begin; i < m.end; ++i) {
                demonymOf[i] = e;
            }
            continue;
        }
        std::size_t last = m.end - 1;
        const graph::EntityType type = entry->type;
        // A one-word alias of a known body, a body's word itself, that ends a longer name of
        // capitalised words is no mention of the body: "the African National *Congress*" is not
        // "Congress", the United States Congress (the proper-noun runs below take the whole
        // name). (Not a name's alias: "Walt Disney".)
        if (type == EntityType::Org && m.end == m.begin + 1 && m.begin > 0 &&
            (nameWord(m.begin - 1) ||
             (s.tokens[m.begin - 1].xpos == "NNP" && nlp::titleCase(s.tokens[m.begin - 1].form))) &&
            words[m.begin - 1].entity < 0 && entry->name != s.tokens[m.begin].form &&
            (institutionWord(lowered(s.tokens[m.begin].form)) ||
             isOneOf(lowered(s.tokens[m.begin].form),
                     {"congress", "parliament", "senate", "assembly", "council", "court",
                      "commission", "cabinet"}))) {
            continue;
        }
        // "Peru's Congress": a known body of one country named after another country's
        // possessive is that country's body, not the known one ("Congress" is the United States
        // Congress): "Congress of Peru".
        if (type == EntityType::Org && m.begin >= 2 && possessiveMark(s.tokens[m.begin - 1].form)) {
            const article::GazetteerEntry* owner = gazetteer_.lookup(s.tokens[m.begin - 2].form);
            const std::vector<std::string_view> nameWords = article::splitWords(entry->name);
            bool elsewhere = false;
            for (std::size_t k = 1; k <= 3 && k <= nameWords.size() && owner != nullptr; ++k) {
                std::string opening(nameWords[0]);
                for (std::size_t j = 1; j < k; ++j) {
                    opening += " " + std::string(nameWords[j]);
                }
                const article::GazetteerEntry* g = gazetteer_.lookup(opening);
                elsewhere = elsewhere || (g != nullptr && g->type == EntityType::Gpe && g != owner);
            }
            if (owner != nullptr && owner->type == EntityType::Gpe && elsewhere) {
                const int local = entityNamed(joinWords(s, m.begin, last) + " of " + owner->name,
                                              EntityType::Org, false);
                localBodies_[m.entry] = local;
                mark(m.begin, last, local, MentionKind::Name);
                continue;
            }
        }
        // (and later "Congress" alone in that story is that body too)
        if (const auto local = localBodies_.find(m.entry); local != localBodies_.end()) {
            mark(m.begin, last, local->second, MentionKind::Name);
            continue;
        }
        // "in the Amazon": a company's one-word name with "the" before it and nothing after
        // it names something else, a river or a region (companies go without the article).
        // Not an acronym, which names nothing else ("the BBC"); a group that goes with the
        // article has it in its alias ("the Taliban"). Not when a common noun between says
        // what the company is: "The chipmaker Intel will ...".
        const auto describedBetween = [&](std::size_t article) {
            for (std::size_t k = article + 1; k < last; ++k) {
                if (s.tokens[k].upos == "NOUN") {
                    return true;
                }
            }
            return false;
        };
        if (const std::size_t article = t.child(last, {"det"});
            type == EntityType::Org && m.end == m.begin + 1 && entry->name == s.tokens[last].form &&
            !nlp::upperLetters(s.tokens[last].form) && article != NONE &&
            lowered(s.tokens[article].form) == "the" && !describedBetween(article) &&
            !isOneOf(t.rel(last), {"compound", "nmod:poss", "amod", "flat"})) {
            notAName[last] = true; // (nor for the proper-noun runs below)
            continue;
        }
        // A company name goes on with its legal form ("Aluminum Corp. of China Co."), which
        // stays in the mention's words.
        while (type == EntityType::Org && last + 1 < n &&
               (legalForm(lowered(s.tokens[last + 1].form)) ||
                foreignLegalForm(lowered(s.tokens[last + 1].form)))) {
            ++last;
        }
        // A known organisation followed by more capitalised name words is another, smaller one
        // ("Intel Labs", "Huawei Cloud", "Samsung Display"): left to the proper-noun runs
        // below, whether the parse made the known name a compound of the next word or, for a
        // company, the next word part of the name (flat).
        const bool compoundOfNext =
            t.head(last) != NONE && t.head(last) > last && s.tokens[last].deprel == "compound";
        // (Not after a name that ends in a title, which a person's name follows: "U.S. Trade
        // Representative Jamieson Greer". A place may open a company's name: "Fujian Jinhua
        // Integrated Circuit".)
        const bool flatAfter = (type == EntityType::Org || type == EntityType::Gpe) &&
                               !titleWord(s.tokens[last].form) && last + 1 < n &&
                               t.head(last + 1) == last && t.rel(last + 1) == "flat";
        // (So does a capitalised common word right after it that ends the capitals, which
        // prose writes in lower case unless it is a name's: "Manchester United on Tuesday",
        // "Vodafone Idea, which ...".)
        const auto closingWord = [&](std::size_t k) {
            return closesTheCapitals(s, k) && gazetteer_.demonymEntry(s.tokens[k].form) == nullptr;
        };
        // (And a maker's name before a model's number names the model: "a Boeing 787".)
        const bool model = type == EntityType::Org && last + 1 < n && bareModelNumber(s, last + 1);
        if (model ||
            ((type == EntityType::Org || type == EntityType::Gpe) && last + 1 < n &&
             !titleWord(s.tokens[last + 1].form) && !calendarWord(s.tokens[last + 1].form) &&
             article::isAsciiUpper(s.tokens[last + 1].form[0]) &&
             ((s.tokens[last + 1].upos == "PROPN" && (compoundOfNext || flatAfter)) ||
              closingWord(last + 1)))) {
            continue;
        }
        // So is one followed by a capitalised word that with it shortens a name the text gave
        // before: "Hyundai Heavy" after "Hyundai Heavy Industries" is no Hyundai Motor.
        if ((type == EntityType::Org || type == EntityType::Gpe) && last + 1 < n &&
            !s.tokens[last + 1].form.empty() && article::isAsciiUpper(s.tokens[last + 1].form[0]) &&
            isOneOf(s.tokens[last + 1].upos, {"ADJ", "NOUN", "PROPN"})) {
            const int earlier = shortenedRepeat(joinWords(s, m.begin, last + 1));
            if (earlier >= 0 && entities_[static_cast<std::size_t>(earlier)].name != entry->name) {
                continue;
            }
        }
        // The same when the capitalised words after it end in a company's word, whatever the
        // parse made of them: "Jiangsu Changjiang Electronics Technology Co.", "Busan Bank".
        // (Or in an agency's, after a field that is no minister's: "the Japan Meteorological
        // *Agency*", "the India Meteorological *Department*"; "China Foreign Ministry" is left
        // to the ministries below.)
        if ((type == EntityType::Org || type == EntityType::Gpe) && !m.demonym) {
            bool company = false;
            bool field = false;
            for (std::size_t k = last + 1; k < n && k <= last + 6 && !company; ++k) {
                const std::string& f = s.tokens[k].form;
                if (f.empty() || !(article::isAsciiUpper(f[0]) || f == "&")) {
                    break;
                }
                const std::string lower = lowered(f);
                field = field || nlp::officeField(lower);
                // (or an institution's: "the United States Maritime *Alliance*")
                company = corporateWord(lower) ||
                          (institutionWord(lower) && t.head(last) != NONE && t.head(last) > last &&
                           t.head(last) <= k) ||
                          (k > last + 1 && !field && t.head(last) != NONE && t.head(last) == k &&
                           t.rel(last) == "compound" &&
                           isOneOf(lower, {"agency", "department", "office", "service",
                                           "administration", "bureau", "institute", "board"}));
            }
            if (company) {
                continue;
            }
        }
        // "New" before a known place names another place ("New Albany" is not Albany): left to
        // the proper-noun runs below. So does a capitalised adjective of no place's state on a
        // one-word place: "Real Madrid", "Athletic Bilbao" (not "Communist China").
        if (type == EntityType::Gpe && m.begin > 0 && words[m.begin - 1].entity < 0 &&
            (s.tokens[m.begin - 1].form == "New" ||
             (m.end == m.begin + 1 && s.tokens[m.begin - 1].upos == "ADJ" &&
              nlp::titleCase(s.tokens[m.begin - 1].form) && t.head(m.begin - 1) == m.begin &&
              gazetteer_.demonymEntry(s.tokens[m.begin - 1].form) == nullptr &&
              !placeStateModifier(lowered(s.tokens[m.begin - 1].form))))) {
            continue;
        }
        // A one-word place after a given name in the same name is a person's family name ("Bob
        // *Jordan*", "Michael *Chad*"), and alone it is that person's once the person is named:
        // "*Jordan* said" after "Bob Jordan". Left to the proper-noun runs below. So is a
        // company's one-word name ("Robert *Ford*"), though alone it stays the company's, which
        // a founder often shares ("Michael Dell" and "Dell").
        if ((type == EntityType::Gpe || type == EntityType::Org) && m.end == m.begin + 1) {
            const std::size_t g = m.begin - 1;
            const bool afterGiven = m.begin > 0 && words[g].entity < 0 &&
                                    s.tokens[g].upos == "PROPN" &&
                                    gazetteer_.givenName(s.tokens[g].form) &&
                                    gazetteer_.lookup(s.tokens[g].form) == nullptr &&
                                    (t.head(m.begin) == g || t.head(g) == m.begin);
            if (afterGiven ||
                (type == EntityType::Gpe && personByFamilyName(s.tokens[m.begin].form) >= 0)) {
                continue;
            }
        }
        // So does a capitalised common noun made a compound of the place, the first word of a
        // company's name: "Air India", "Air China" (not a title: "President Biden" is no place).
        // (Or the place hung on the noun as the name's second word: "Air India, its rival".)
        if (type == EntityType::Gpe && m.begin > 0 && words[m.begin - 1].entity < 0 &&
            m.end == m.begin + 1 && s.tokens[m.begin - 1].upos == "PROPN" &&
            ((t.head(m.begin - 1) == m.begin && t.rel(m.begin - 1) == "compound") ||
             (t.head(m.begin) == m.begin - 1 && t.rel(m.begin) == "flat")) &&
            !s.tokens[m.begin - 1].form.empty() &&
            article::isAsciiUpper(s.tokens[m.begin - 1].form[0]) &&
            !titleWord(s.tokens[m.begin - 1].form) &&
            ((commonNoun_ && commonNoun_(lowered(s.tokens[m.begin - 1].form))) ||
             // (or, before a city, an unknown name that is no given name: a club's, "Bayern
             // Munich", "Borussia Dortmund")
             (entry->demonyms.empty() && gazetteer_.lookup(s.tokens[m.begin - 1].form) == nullptr &&
              !gazetteer_.givenName(s.tokens[m.begin - 1].form) &&
              nlp::titleCase(s.tokens[m.begin - 1].form) &&
              (m.begin < 2 || !isOneOf(lowered(s.tokens[m.begin - 2].form),
                                       {"in", "at", "near", "from", "to", "of", "outside"}))))) {
            continue;
        }
        // A compass word before a known place names part of it: "Northern Virginia", "West
        // Texas" are in those states (the word was a name of its own, "West", an organisation).
        std::size_t begin = m.begin;
        if (type == EntityType::Gpe && begin > 0 && words[begin - 1].entity < 0 &&
            isOneOf(s.tokens[begin - 1].form,
                    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                     "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern",
                     "Northwestern", "Southeastern", "Southwestern"})) {
            --begin;
        }
        mark(begin, last, entityFor(*entry), MentionKind::Name);
    }

    // 2b. Company names that end in a legal form, whatever the tagger made of their words:
    //     "JH Investment Management Co." (tagged DET NOUN NOUN NOUN).
    for (std::size_t j = 1; j < n; ++j) {
        if (words[j].entity >= 0 || !legalForm(lowered(s.tokens[j].form))) {
            continue;
        }
        std::size_t i = j;
        while (i > 0 && words[i - 1].entity < 0 && !s.tokens[i - 1].form.empty() &&
               (article::isAsciiUpper(s.tokens[i - 1].form[0]) || s.tokens[i - 1].form == "&" ||
                s.tokens[i - 1].form == "of") &&
               s.tokens[i - 1].upos != "PUNCT" &&
               // (a sentence's first word is capitalised anyway: "The X Co.", "Shares of X Co.")
               !(i - 1 == 0 && (s.tokens[0].upos == "DET" || s.tokens[0].xpos == "NNS"))) {
            --i;
        }
        while (i < j && (s.tokens[i].form == "&" || s.tokens[i].form == "of")) {
            ++i;
        }
        if (i < j) {
            mark(i, j, lookupName(t, i, j, words), MentionKind::Name);
        }
    }

    // A compass word before a capitalised adjective is part of a region's adjective, no name
    // (a country's, "North Korean", is the gazetteer's):
    // "four Southeast Asian countries", "North American sales".
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const Token& next = s.tokens[i + 1];
        if (words[i].entity < 0 && words[i + 1].entity < 0 && next.upos == "ADJ" &&
            !next.form.empty() && article::isAsciiUpper(next.form[0]) &&
            isOneOf(s.tokens[i].form, {"North", "South", "East", "West", "Central", "Northeast",
                                       "Northwest", "Southeast", "Southwest"})) {
            notAName[i] = true;
        }
    }

    // A temperature's scale is no name: "47 degrees *Celsius*". Nor is a people's plural,
    // which names people, no organisation: "millions of *Americans*".
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& form = s.tokens[i].form;
        const bool people =
            form.size() > 3 && form.back() == 's' && article::isAsciiUpper(form[0]) &&
            gazetteer_.demonymEntry(std::string_view(form).substr(0, form.size() - 1)) != nullptr;
        if (words[i].entity < 0 && (isOneOf(form, {"Celsius", "Fahrenheit"}) || people)) {
            notAName[i] = true;
        }
        // (of two words too: "most *South Koreans*")
        if (i > 0 && form.size() > 3 && form.back() == 's' && words[i].entity < 0 &&
            words[i - 1].entity < 0 && article::isAsciiUpper(form[0]) &&
            gazetteer_.demonymEntry(s.tokens[i - 1].form + " " + form.substr(0, form.size() - 1)) !=
                nullptr) {
            notAName[i - 1] = true;
            notAName[i] = true;
        }
        // Nor is the first part of a people's word joined by a hyphen: "the *Anglo*-Australian
        // miner", "Franco-German", "Sino-Russian" (a demonym, no organisation).
        if (i + 2 < n && s.tokens[i + 1].form == "-" && words[i].entity < 0 &&
            gazetteer_.demonymEntry(s.tokens[i + 2].form) != nullptr &&
            (gazetteer_.demonymEntry(form) != nullptr ||
             isOneOf(form, {"Anglo", "Franco", "Sino", "Indo", "Russo", "Austro", "Italo", "Afro",
                            "Euro", "Greco", "Judeo", "Hispano", "Luso", "Serbo"}))) {
            notAName[i] = true;
        }
        // Nor is one capitalised word after "a" that describes the noun before: "Dissanayake, a
        // *Marxist* who leads ..." (a follower, no organisation).
        const std::size_t det = t.child(i, {"det"});
        // (The parse may join it with no "and": a conjunct without one.)
        const bool apposition =
            t.rel(i) == "appos" || (t.rel(i) == "conj" && t.child(i, {"cc"}) == NONE);
        // (Adjectives may come between: "Joel Kaplan, a *prominent* Republican".)
        bool adjectivesOnly = det != NONE && det < i;
        for (std::size_t k = det + 1; adjectivesOnly && k < i; ++k) {
            adjectivesOnly = s.tokens[k].upos == "ADJ" && t.head(k) == i && t.rel(k) == "amod";
        }
        if (words[i].entity < 0 && adjectivesOnly && apposition &&
            isOneOf(lowered(s.tokens[det].form), {"a", "an"}) &&
            (i + 1 == n || s.tokens[i + 1].upos != "PROPN")) {
            notAName[i] = true;
        }
        // Nor is a holiday a preposition of time opens: "on New Year's *Day*", "until
        // Christmas *Eve*" (a day, no one's name).
        if (isOneOf(form, {"Day", "Eve"}) && i > 0 && words[i].entity < 0) {
            std::size_t a = i;
            while (a > 0 && (nlp::titleCase(s.tokens[a - 1].form) ||
                             isOneOf(s.tokens[a - 1].form, {"'s", "’s"}))) {
                --a;
            }
            if (a > 0 && a < i &&
                isOneOf(lowered(s.tokens[a - 1].form),
                        {"on", "since", "until", "before", "after", "by", "over", "during"})) {
                for (std::size_t k = a; k <= i; ++k) {
                    if (words[k].entity < 0) {
                        notAName[k] = true;
                    }
                }
            }
        }
    }

    // 3. Proper-noun runs the gazetteer does not know ("Yuyuan Tantian", "Bank of America"),
    //    and words the document already named (acronyms, earlier names).
    // A person's name that starts with a family or given name goes on over a hyphen written
    // without spaces and a short lower-case syllable: "Cho Jung-tai", "Lai Ching-te" (not
    // "Altman-led": a participle).
    const auto afterTitles = [](const Sentence& sent, std::size_t first, std::size_t j) {
        while (first < j && titleWord(sent.tokens[first].form)) {
            ++first;
        }
        return first;
    };
    // Whether a hyphen written without spaces joins word `j` to word `j + 2`, not yet named.
    const auto hyphenAfter = [&](const Sentence& sent, std::size_t j) {
        return j + 2 < n && sent.tokens[j + 1].form == "-" && words[j + 2].entity < 0 &&
               sent.tokens[j].end == sent.tokens[j + 1].start &&
               sent.tokens[j + 1].end == sent.tokens[j + 2].start;
    };
    const auto hyphenatedGivenName = [&](const Sentence& sent, std::size_t first, std::size_t j) {
        if (!hyphenAfter(sent, j)) {
            return false;
        }
        const std::string& piece = sent.tokens[j + 2].form;
        if (piece.size() > 5 || piece.ends_with("ed") ||
            !std::all_of(piece.begin(), piece.end(),
                         [](char c) { return article::isAsciiLower(c); })) {
            return false;
        }
        // (A given name the gazetteer does not know, after a family name, when the piece is
        // no English noun: "Kyung Kye-hyun", not "the Musk-run company".)
        const bool afterAFamilyName =
            j > first && sent.tokens[j - 1].upos == "PROPN" &&
            nlp::titleCase(sent.tokens[j - 1].form) && nlp::titleCase(sent.tokens[j].form) &&
            commonNoun_ && !commonNoun_(piece) &&
            !isOneOf(piece, {"made", "like", "free", "wide", "only", "run", "era", "style", "born",
                             "led", "owned", "level", "based"});
        return afterAFamilyName ||
               gazetteer_.givenName(sent.tokens[afterTitles(sent, first, j)].form);
    };
    // The capitalised word that ends a chain of short lower-case particles joined to word `j`
    // by hyphens written without spaces ("-de-la-Cabrerisse", "-upon-Avon"), or `j` when there
    // is none.
    const auto hyphenatedParticles = [&](std::size_t j) {
        std::size_t k = j;
        while (hyphenAfter(s, k) && s.tokens[k + 2].form.size() <= 4 &&
               std::all_of(s.tokens[k + 2].form.begin(), s.tokens[k + 2].form.end(),
                           [](char c) { return article::isAsciiLower(c); })) {
            k += 2;
        }
        return k > j && hyphenAfter(s, k) && !s.tokens[k + 2].form.empty() &&
                       article::isAsciiUpper(s.tokens[k + 2].form[0])
                   ? k + 2
                   : j;
    };
    // The first word after the name particles that follow word `j` ("van den" in "Harold van
    // den Broek"): `j + 1` when none does.
    // (An Arabic article joined by a hyphen counts too: "Bashar al-Assad", "Hayat Tahrir
    // al-Sham".)
    const auto particlesAfter = [&](std::size_t j) {
        std::size_t k = j + 1;
        while (k < n && k <= j + 2 &&
               isOneOf(s.tokens[k].form,
                       {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "di", "du", "van",
                        "von", "der", "den", "del", "dos", "das", "la", "le"})) {
            if (isOneOf(s.tokens[k].form, {"al", "el"}) && hyphenAfter(s, k)) {
                return k + 2;
            }
            ++k;
        }
        return k;
    };
    for (std::size_t i = 0; i < n;) {
        const Token& tok = s.tokens[i];
        // A name has a capital somewhere ("eBay" does; "ministry" tagged PROPN does not).
        const bool capital = std::any_of(tok.form.begin(), tok.form.end(), [](char c) {
            return article::isAsciiUpper(c) || article::isAsciiDigit(c) ||
                   static_cast<unsigned char>(c) >= 0x80;
        });
        if (notAName[i]) {
            ++i;
            continue;
        }
        if (words[i].entity >= 0 || tok.upos != "PROPN" || calendarWord(tok.form) ||
            demonymOf[i] >= 0 || !capital) {
            // A capitalised word the document has named before ("HBM" after its definition);
            // the cheap test first, since this runs for every word.
            if (words[i].entity < 0 && tok.form.size() >= 2 && article::isAsciiUpper(tok.form[0])) {
                // (Or with the capitalised words after it, a name of several words read as
                // common words at the start: "*Resolution Life* was founded in 2003" after
                // "Resolution Life" named before.)
                std::size_t end = i;
                int known = -1;
                for (std::size_t j = i + 1;
                     j < n && j <= i + 3 && words[j].entity < 0 && nlp::titleCase(s.tokens[j].form);
                     ++j) {
                    if (const int e = findKnown(joinWords(s, i, j)); e >= 0) {
                        known = e;
                        end = j;
                    }
                }
                if (known >= 0) {
                    mark(i, end, known, MentionKind::Name);
                    i = end;
                } else if (int e = findKnown(tok.form); e >= 0) {
                    mark(i, i, e, MentionKind::Name);
                } else if (tok.upos == "NOUN" && demonymOf[i] < 0 &&
                           !article::isAsciiUpper(tok.form[1]) &&
                           (i > 0 ? s.tokens[i - 1].upos != "PROPN" &&
                                        !(s.tokens[i - 1].upos == "PUNCT" &&
                                          s.tokens[i - 1].form != ",")
                                  : n > 1 &&
                                        (titleWord(s.tokens[1].form) ||
                                         isOneOf(s.tokens[1].xpos, {"MD", "VBD", "VBZ", "POS"}))) &&
                           (e = shortenedRepeat(tok.form)) >= 0 &&
                           entities_[static_cast<std::size_t>(e)].type == EntityType::Org &&
                           (i > 0 || titleWord(s.tokens[1].form) || namedWithin(e, 2) ||
                            !lowerWords_.contains(lowered(tok.form)))) {
                    // A company's first word taken for a common noun inside a sentence, or
                    // before a title at its start ("Constellation will invest", "Constellation
                    // chief executive Joe Dominguez" after "Constellation Energy"), or before
                    // its verb there when the company was named in the last two sentences
                    // ("Constellation will spend $1.6 billion") or the document never writes
                    // the word in lower case ("Constellation expects" three sentences on;
                    // "Spirit's shares fell" after "Spirit Airlines").
                    mark(i, i, e, MentionKind::Name);
                } else if (i == 0 && tok.upos == "NOUN" && n > 1 &&
                           isOneOf(s.tokens[1].upos, {"VERB", "AUX"}) &&
                           !article::isAsciiUpper(tok.form[1]) &&
                           (e = shortenedRepeat(tok.form)) >= 0 &&
                           entities_[static_cast<std::size_t>(e)].type == EntityType::Person &&
                           (!(commonNoun_ && commonNoun_(lowered(tok.form))) ||
                            (tok.xpos == "NN" &&
                             (s.tokens[1].xpos == "MD" ||
                              isOneOf(s.tokens[1].lemma,
                                      {"say", "tell", "add", "write", "argue"})) &&
                             namedWithin(e, 2)) ||
                            (tok.xpos == "NNS" && namedWithin(e, 3)))) {
                    // A person's family name opening a sentence that the tagger took for a
                    // common noun, with the verb right after it: "Tavares had led the company"
                    // after "Carlos Tavares" (not a word WordNet knows: "Price rose"; unless a
                    // modal or a verb of saying follows a singular one, which a bare common
                    // noun seldom opens, and the person was named in the last two sentences:
                    // "Tan will report to ..." after "Tang Tan"; a name read as a plural, of
                    // one named in the last three: "Wilders agreed" after "Geert Wilders").
                    mark(i, i, e, MentionKind::Name);
                } else if (i == 0 && tok.upos == "NOUN" && tok.xpos == "NN" && n > 2 &&
                           tok.form.size() > 2 && article::isAsciiUpper(tok.form[0]) &&
                           std::all_of(tok.form.begin() + 1, tok.form.end(),
                                       article::isAsciiLower) &&
                           t.rel(i) == "nsubj" && t.head(i) != NONE &&
                           s.tokens[t.head(i)].upos == "VERB" &&
                           isOneOf(t.lemma(t.head(i)),
                                   {"say",       "tell",     "announce", "sue",     "deny",
                                    "confirm",   "accuse",   "hire",     "appoint", "acquire",
                                    "sign",      "vow",      "pledge",   "urge",    "criticize",
                                    "criticise", "complain", "insist",   "admit",   "reply",
                                    "respond"}) &&
                           !lowerWords_.contains(lowered(tok.form)) &&
                           !(commonNoun_ && commonNoun_(lowered(tok.form)))) {
                    // A word opening the sentence that WordNet knows as no noun and the
                    // document never writes in lower case, the subject of a verb only people
                    // and bodies do: a name the tagger took for a common noun ("Paramount,
                    // which had made a rival bid, said ...").
                    mark(i, i, lookupName(t, i, i, words), MentionKind::Name);
                }
            }
            ++i;
            continue;
        }
        // Capitalised words just before the run that the tagger took for adjectives or nouns
        // belong to the name ("New Albany", "Dalian fab" does not: lower case); the run itself
        // goes on from its first proper noun ("Data Protection Commission").
        const std::size_t firstProper = i;
        // (So does a people's adjective opening an organisation's name, hung on one of its
        // words: "The *British* Columbia Maritime Employers Association", "the American
        // Chamber of Commerce"; not "Nvidia's Chinese rivals".)
        const auto widen = [&] {
            if (i > 0 && words[i - 1].entity < 0 && demonymOf[i - 1] >= 0 &&
                s.tokens[i - 1].form.size() > 1 && article::isAsciiUpper(s.tokens[i - 1].form[0]) &&
                t.head(i - 1) >= i) {
                std::size_t end = i;
                while (end + 1 < n && words[end + 1].entity < 0 &&
                       ((isOneOf(s.tokens[end + 1].upos, {"PROPN", "NOUN", "ADJ"}) &&
                         !s.tokens[end + 1].form.empty() &&
                         article::isAsciiUpper(s.tokens[end + 1].form[0])) ||
                        (s.tokens[end + 1].xpos == "POS" && s.tokens[end + 1].form != "'s") ||
                        (s.tokens[end + 1].form == "of" && end + 2 < n &&
                         s.tokens[end + 2].upos == "PROPN"))) {
                    ++end;
                }
                const std::string last = lowered(s.tokens[end].form);
                // (So does one before a single name that is a common word written with a
                // capital, its modifier: "*British* Steel", "*American* Express"; not a title,
                // "German Chancellor", nor a people's name.)
                const bool oneWordName =
                    end == i && t.head(i - 1) == i && s.tokens[i].upos == "PROPN" &&
                    s.tokens[i].form.size() > 2 && !titleWord(s.tokens[i].form) &&
                    !personRole(last) && !nlp::officeTitle(last) &&
                    gazetteer_.demonymEntry(s.tokens[i].form) == nullptr &&
                    gazetteer_.lookup(s.tokens[i].form) == nullptr && commonNoun_ &&
                    commonNoun_(last);
                if ((end > i && t.head(i - 1) <= end &&
                     (institutionWord(last) || corporateWord(last) ||
                      isOneOf(last, {"association", "chamber", "council", "academy", "board",
                                     "commission", "authority", "society", "union"}))) ||
                    oneWordName) {
                    demonymOf[i - 1] = -1;
                }
            }
            while (i > 0 && words[i - 1].entity < 0 && demonymOf[i - 1] < 0) {
                // (past a plural's apostrophe: "the Korean Metal *Workers'* Union")
                if (i > 2 && s.tokens[i - 1].xpos == "POS" &&
                    isOneOf(s.tokens[i - 1].form, {"'", "\u2019"}) &&
                    s.tokens[i - 2].xpos == "NNS" && words[i - 2].entity < 0 &&
                    !s.tokens[i - 2].form.empty() &&
                    article::isAsciiUpper(s.tokens[i - 2].form[0])) {
                    i -= 2;
                    continue;
                }
                // (past a hyphen that joins a capitalised word to the run: "the *Taft*-Hartley
                // Act", the first word tagged as a noun)
                if (i > 1 && words[i - 2].entity < 0 && demonymOf[i - 2] < 0 &&
                    hyphenAfter(s, i - 2) && nlp::titleCase(s.tokens[i - 2].form) &&
                    isOneOf(s.tokens[i - 2].upos, {"ADJ", "NOUN", "VERB", "PROPN"})) {
                    i -= 2;
                    continue;
                }
                // (Opening the sentence, its capital says nothing, but an adjective that is no
                // common modifier of a name is the name's: "Red Bull owns ...", "Blue Origin's
                // rocket", not "Former Nvidia engineers", "Top Samsung executives".)
                const auto openingWord = [&] {
                    return i - 1 == 0 && (s.tokens[0].upos == "ADJ" || s.tokens[0].xpos == "NNP") &&
                           nlp::titleCase(s.tokens[0].form) &&
                           !commonNameModifier(lowered(s.tokens[0].form));
                };
                // (A model's number after "the": "the *737* Max".)
                // (Or after its maker's name: "Boeing *737* Max".)
                const bool model = i > 1 && modelNumber(s.tokens[i - 1]) && t.head(i - 1) >= i &&
                                   (isOneOf(lowered(s.tokens[i - 2].form), {"the", "a", "its"}) ||
                                    s.tokens[i - 2].upos == "PROPN");
                if (!model && !(isOneOf(s.tokens[i - 1].upos, {"ADJ", "NOUN", "VERB", "NUM"}) &&
                                !s.tokens[i - 1].form.empty() &&
                                article::isAsciiUpper(s.tokens[i - 1].form[0]) &&
                                t.head(i - 1) >= i && (i - 1 > 0 || openingWord()))) {
                    break;
                }
                --i;
            }
        };
        widen();
        // (Again past the capitalised words taken: "The *American* Civil Liberties Union".)
        if (i < firstProper) {
            widen();
        }
        std::size_t j = firstProper;
        // A demonym between two words of a name that both hang on the last is the name's:
        // "Chipotle Mexican Grill" (not "Chinese" in "Nvidia's Chinese rivals").
        const auto demonymInside = [&](std::size_t d) {
            return d + 1 < n && d > 0 && s.tokens[d - 1].upos == "PROPN" &&
                   s.tokens[d + 1].upos == "PROPN" && words[d + 1].entity < 0 &&
                   demonymOf[d + 1] < 0 && !s.tokens[d + 1].form.empty() &&
                   article::isAsciiUpper(s.tokens[d + 1].form[0]) &&
                   !titleWord(s.tokens[d + 1].form) && t.head(d) == d + 1 && t.head(d - 1) == d + 1;
        };
        while (j + 1 < n && words[j + 1].entity < 0 && !calendarWord(s.tokens[j + 1].form) &&
               (demonymOf[j + 1] < 0 || demonymInside(j + 1))) {
            const Token& next = s.tokens[j + 1];
            // "Nvidia Chief Executive Jensen Huang": a title between two names ends the first
            // ("Amazon Prime" stays one name: no name follows).
            if (next.upos == "PROPN" && titleWord(next.form) && !titleWord(s.tokens[j].form)) {
                std::size_t k = j + 1;
                while (k < n && titleWord(s.tokens[k].form)) {
                    ++k;
                }
                if (k < n && s.tokens[k].upos == "PROPN") {
                    break;
                }
            }
            // (A lower-case word the tagger called a proper noun is a noun: "AI chips".)
            if (next.upos == "PROPN" && !next.form.empty() &&
                !article::isAsciiLower(next.form[0])) {
                ++j;
            } else if (modelNumber(next) && j + 2 < n && s.tokens[j + 2].upos == "PROPN" &&
                       words[j + 2].entity < 0 && nlp::titleCase(s.tokens[j + 2].form)) {
                j += 2; // a model's number between a maker's name and the model's: "Boeing 737
                        // Max"
            } else if (bareModelNumber(s, j + 1)) {
                ++j; // or after it alone: "an Air India Boeing 787 crashed"
            } else if ((next.form == "of" || next.form == "&" || next.form == "for") && j + 2 < n &&
                       (s.tokens[j + 2].upos == "PROPN" ||
                        (next.form == "&" && s.tokens[j + 2].xpos == "NNP")) &&
                       words[j + 2].entity < 0) {
                j += 2; // (after "&" a capitalised word the tagger gave an adjective's class
                        // and a name's tag: "Baylor Scott & White Health")
            } else if (next.form == "and" && j + 2 < n && words[j + 2].entity < 0 &&
                       nlp::titleCase(s.tokens[j + 2].form) &&
                       ((j + 3 < n && nlp::partyNoun(s.tokens[j + 3].form)) ||
                        findKnown(joinWords(s, i, j + 2)) >= 0)) {
                j += 2; // a party's name of two words joined by "and", before "party" or named
                        // so before: "the Law and Justice party", "an ally of Law and Justice"
            } else if (next.form == "of" && j + 3 < n && lowered(s.tokens[j + 2].form) == "the" &&
                       s.tokens[j + 3].upos == "PROPN" && words[j + 3].entity < 0 &&
                       nlp::titleCase(s.tokens[j + 3].form) && j == i &&
                       (s.tokens[j].xpos == "NNPS" || institutionWord(lowered(s.tokens[j].form)) ||
                        isOneOf(lowered(s.tokens[j].form),
                                {"bank", "church", "order", "society", "museum", "council"}))) {
                j += 3; // a name of one plural or institution word before "of the": "Friends
                        // of the Earth", "Church of the Nazarene"
            } else if (next.form == "of" && j + 2 < n && words[j + 2].entity >= 0 &&
                       words[j + 2].kind == MentionKind::Name && words[j + 2].first == j + 2 &&
                       entities_[static_cast<std::size_t>(words[j + 2].entity)].type ==
                           EntityType::Gpe &&
                       (institutionWord(lowered(s.tokens[j].form)) ||
                        isOneOf(lowered(s.tokens[j].form),
                                {"bank", "court", "college", "museum", "academy", "council",
                                 "chamber", "commission", "republic", "library", "church"}) ||
                        (isOneOf(s.tokens[j].form,
                                 {"Gulf", "Bay", "Sea", "Strait", "Straits", "Isle"})))) {
                j = words[j + 2].last; // a place's institution: "State Bank of India", "the
                                       // University of Texas"; or its waters: "the Gulf of
                                       // Oman"
            } else if (isOneOf(next.upos, {"ADJ", "NOUN"}) && !next.form.empty() &&
                       article::isAsciiUpper(next.form[0]) && !titleWord(next.form) && j + 2 < n &&
                       s.tokens[j + 2].upos == "PROPN" && words[j + 2].entity < 0 &&
                       demonymOf[j + 2] < 0 &&
                       ((t.head(j + 1) == j + 2 && t.head(j) == j + 2) ||
                        ((t.head(j + 1) == t.head(j) ||
                          (t.head(j + 1) == j + 2 && t.head(j + 2) == t.head(j))) &&
                         t.head(j) != NONE && t.head(j) > j + 2 && t.head(j) <= j + 4 &&
                         s.tokens[t.head(j)].upos == "PROPN"))) {
                j += 2; // a capitalised word the tagger took for an adjective inside a name
                        // whose words all hang on the last: "Anderson Economic Group", "Tokyo
                        // Electric Power Company", "China *National* Petroleum Corporation"
            } else if (isOneOf(next.upos, {"ADJ", "NOUN"}) && next.form.size() > 1 &&
                       article::isAsciiUpper(next.form[0]) && !titleWord(next.form) &&
                       shortenedRepeat(joinWords(s, i, j + 1)) >= 0) {
                ++j; // a capitalised word that goes on a name the text gave before: "Hyundai
                     // Heavy" after "Hyundai Heavy Industries"
            } else if (closesTheCapitals(s, j + 1) && !titleWord(next.form) &&
                       words[j + 1].entity < 0 && demonymOf[j + 1] < 0) {
                ++j; // a capitalised common word that ends the name, before a word in lower
                     // case: "Manchester United on Tuesday", "Vodafone Idea, which ..." (a
                     // headline's capitals go on)
            } else if (lowered(next.form) == "family" && next.upos == "NOUN" &&
                       t.head(j) == j + 1 && t.rel(j) == "compound") {
                ++j; // a family named for its name, an actor of its own: "The Glazer family,
                     // which bought United in 2005"
            } else if (const std::size_t after = particlesAfter(j);
                       after != j + 1 && after < n && s.tokens[after].upos == "PROPN" &&
                       !s.tokens[after].form.empty() &&
                       article::isAsciiUpper(s.tokens[after].form[0]) && words[after].entity < 0) {
                // particles inside a name: "Abdulaziz bin Salman", "Ursula von der Leyen",
                // "Harold van den Broek"
                j = after;
            } else if (const std::size_t end = lawOrBodyAfterAnd(s, words, i, j); end != NONE) {
                j = end; // "National Security and Investment Act"
            } else if (next.upos == "NUM" && next.form.size() <= 3 &&
                       std::all_of(next.form.begin(), next.form.end(),
                                   [](char c) { return c >= '0' && c <= '9'; }) &&
                       j + 2 < n && s.tokens[j + 2].upos == "PROPN" &&
                       !s.tokens[j + 2].form.empty() &&
                       article::isAsciiUpper(s.tokens[j + 2].form[0]) && words[j + 2].entity < 0 &&
                       !titleWord(s.tokens[j + 2].form) && !calendarWord(s.tokens[j].form)) {
                j += 2; // a model's number inside its name: "Mate 60 Pro"
            } else if (next.upos == "NUM" && next.form.size() <= 2 &&
                       std::all_of(next.form.begin(), next.form.end(),
                                   [](char c) { return c >= '0' && c <= '9'; }) &&
                       isOneOf(t.rel(j + 1), {"flat", "nummod", "nmod:unmarked"}) &&
                       t.head(j + 1) != NONE && t.head(j + 1) >= i && t.head(j + 1) <= j &&
                       !calendarWord(s.tokens[j].form) &&
                       (j + 2 == n || isOneOf(s.tokens[j + 2].upos, {"PUNCT", "VERB", "AUX"}))) {
                j += 1; // a number that ends the name as one of its words: "Ocean Wind 3"
            } else if (regnalNumeral(next.form) && s.tokens[j].upos == "PROPN" &&
                       t.head(j + 1) != NONE && t.head(j + 1) >= i && t.head(j + 1) <= j &&
                       !calendarWord(s.tokens[j].form)) {
                j += 1; // a monarch's or pope's number: "Mohammed VI", "Leo XIV"
            } else if (hyphenatedGivenName(s, firstProper, j)) {
                j += 2; // "Cho Jung-tai", "Ahn Duk-geun"
            } else if (hyphenAfter(s, j) && !s.tokens[j + 2].form.empty() &&
                       article::isAsciiUpper(s.tokens[j + 2].form[0])) {
                j += 2; // capitalised on both sides of a hyphen: "Jean-Pierre", "Coca-Cola"
            } else if (const std::size_t chain = hyphenatedParticles(j); chain != j) {
                j = chain; // "Saint-Laurent-de-la-Cabrerisse", "Stratford-upon-Avon"
            } else if ((next.form == "'" || next.form == "’") && s.tokens[j].form.back() == 's' &&
                       j + 2 < n && s.tokens[j + 2].upos == "PROPN" && words[j + 2].entity < 0) {
                j += 2; // a plural's possessive inside a name: "Manufacturers' Association"
            } else if (possessiveMark(next.form) && j + 2 < n &&
                       irregularPlural(s.tokens[j].form) && s.tokens[j + 2].upos == "PROPN" &&
                       words[j + 2].entity < 0 && !s.tokens[j + 2].form.empty() &&
                       article::isAsciiUpper(s.tokens[j + 2].form[0])) {
                j += 2; // and an irregular plural's: "International Longshoremen's Association",
                        // "the People's Party"
            } else if (possessiveMark(next.form) && j + 2 < n &&
                       (titleWord(s.tokens[j].form) ||
                        nlp::officeTitle(lowered(s.tokens[j].form)) ||
                        isOneOf(s.tokens[j].form, {"Ombudsman", "Auditor", "Registrar",
                                                   "Comptroller", "Prosecutor"})) &&
                       s.tokens[j + 2].upos == "PROPN" && words[j + 2].entity < 0 &&
                       isOneOf(s.tokens[j + 2].form, {"Office", "Department", "Bureau"})) {
                j += 2; // an office holder's possessive: "Information Commissioner's Office"
            } else {
                break;
            }
        }
        // Capitalised nouns the run modifies end the name ("Shanghai Metals Market"; "Chip
        // Security Act" with "Chip" on "Act").
        for (;;) {
            std::size_t e = j;
            while (e + 1 < n && words[e + 1].entity < 0 && demonymOf[e + 1] < 0 &&
                   isOneOf(s.tokens[e + 1].upos, {"NOUN", "ADJ"}) &&
                   !s.tokens[e + 1].form.empty() &&
                   article::isAsciiUpper(s.tokens[e + 1].form[0])) {
                ++e;
            }
            const std::size_t h = t.head(j);
            if (e == j || h == NONE || h <= j || h > e) {
                break;
            }
            j = h;
        }
        // A title at the start is not part of the name ("President Joe Biden").
        std::size_t first = i;
        // (Nor is an office's field before its title: "Finance" in "Finance Minister Jack
        // Chambers".)
        while (first + 1 < j && officeField(s.tokens[first].form) &&
               titleWord(s.tokens[first + 1].form)) {
            ++first;
        }
        // "Chief Financial Officer James von Moltke": after "Chief" (in the run or right
        // before it), up to three words of a field before the title's last word ("Officer")
        // are the title's.
        const auto fieldOfAChief = [&] {
            if (!(first > 0 && lowered(s.tokens[first - 1].form) == "chief")) {
                return;
            }
            for (std::size_t k = first; k < j && k < first + 3; ++k) {
                if (k + 1 < j && titleWord(s.tokens[k + 1].form)) {
                    first = k + 1;
                    return;
                }
            }
        };
        fieldOfAChief();
        while (first < j && titleWord(s.tokens[first].form) && !titleOpensAName(s, first, j)) {
            ++first;
            fieldOfAChief();
            // "Secretary of Commerce": the office's field is part of the title.
            if (first + 1 <= j && s.tokens[first].form == "of") {
                first += 2;
            }
            // "Attorney General Ken Paxton": so is "General" after a title, and a rank's
            // second word ("Brigadier General", "Colonel Major").
            if (first < j && isOneOf(s.tokens[first].form, {"General", "Major"})) {
                ++first;
            }
        }
        if (first > j) {
            i = j + 1;
            continue;
        }
        auto commonAcronym = [&](std::size_t k) {
            return isOneOf(s.tokens[k].form,
                           {"AI",   "GPU",  "GPUs",  "CPU",  "CPUs",  "IT",  "CEO",  "CFO",  "PC",
                            "TV",   "EV",   "EVs",   "IPO",  "GDP",   "R&D", "NAND", "DRAM", "SSD",
                            "3D",   "US$",  "ETF",   "LLM",  "5G",    "OK",  "LNG",  "LPG",  "SUV",
                            "SUVs", "ESG",  "VAT",   "API",  "EUV",   "DUV", "OLED", "LCD",  "LED",
                            "LEDs", "ASIC", "ASICs", "FPGA", "FPGAs", "SoC", "SoCs", "RAM"});
        };
        // A common acronym after a name describes what it names: "Intel Labs R&D operations".
        // (Ending the phrase, it is the name's last word: "Figure AI, a California startup",
        // "Scale AI said".)
        std::size_t last = j;
        while (last > first && commonAcronym(last) && !commonAcronym(last - 1) && last + 1 < n &&
               isOneOf(s.tokens[last + 1].upos, {"NOUN", "PROPN", "ADJ"})) {
            --last;
        }
        // "Rival Alphabet said", "Chipmaker Nvidia said": a lone word opening the sentence and
        // joined to a known organisation's name after it describes the organisation. The
        // mention takes it in; it names nothing.
        if (first == 0 && last == 0 && n > 1 && words[1].entity >= 0 &&
            words[1].kind == MentionKind::Name && words[1].first == 1 &&
            entities_[static_cast<std::size_t>(words[1].entity)].type == EntityType::Org &&
            (t.head(1) == 0 || t.head(0) == 1)) {
            const WordEntity known = words[1];
            for (std::size_t k = 0; k <= known.last; ++k) {
                words[k] = WordEntity{known.entity, 0, known.last, MentionKind::Name, {}};
            }
            i = j + 1;
            continue;
        }
        // (Nor is the field of an office: "Trade" in "Trade Minister Ahn Duk-geun", "District"
        // in "U.S. District Judge Amit Mehta".)
        if (last > first && officeField(s.tokens[last].form) && last + 1 < n &&
            titleWord(s.tokens[last + 1].form)) {
            --last;
        }
        // (also before a plural title in lower case: "Agriculture ministers from the G7")
        const bool field = first == last && officeField(s.tokens[first].form) && last + 1 < n &&
                           (titleWord(s.tokens[last + 1].form) ||
                            (s.tokens[last + 1].xpos == "NNS" &&
                             article::isAsciiLower(s.tokens[last + 1].form[0]) &&
                             titleWord(nounLemma(s.tokens[last + 1]))));
        // A capitalised word before the run, whatever its tag, is the name's when the two are
        // a known name's shortened form: "First Quantum said" after "First Quantum Minerals"
        // ("First" an adverb).
        if (first > 0 && first == i && words[first - 1].entity < 0 &&
            !s.tokens[first - 1].form.empty() &&
            article::isAsciiUpper(s.tokens[first - 1].form[0]) &&
            !titleWord(s.tokens[first - 1].form) &&
            (findKnown(joinWords(s, first - 1, last)) >= 0 ||
             shortenedRepeat(joinWords(s, first - 1, last)) >= 0)) {
            --first;
        }
        // A possessive mark that no noun follows is the end of the name, of a brand or a shop
        // named after its founder: "makes Ben & Jerry's and Magnum", "the board of Sainsbury's,
        // which ...". (Not after a name already known: "bigger than Apple's" is Apple's something;
        // nor before a verb, which may be a participle: "Nippon Steel's proposed takeover".)
        if (last + 2 <= n && last == j && possessiveMark(s.tokens[last + 1].form) &&
            s.tokens[last + 1].xpos == "POS" &&
            (last + 2 == n ||
             isOneOf(s.tokens[last + 2].upos, {"PUNCT", "CCONJ", "AUX", "ADP", "SCONJ", "PART"})) &&
            gazetteer_.lookup(joinWords(s, first, last)) == nullptr &&
            findKnown(joinWords(s, first, last)) < 0) {
            j = ++last;
        }
        if (!(first == last && titleWord(s.tokens[first].form)) &&
            !(first == last && commonAcronym(first)) && !field &&
            !(first == last && commonWordOpening(s, first))) {
            const int e = lookupName(t, first, last, words);
            mark(first, last, e, MentionKind::Name);
            std::fill(demonymOf.begin() + static_cast<std::ptrdiff_t>(first),
                      demonymOf.begin() + static_cast<std::ptrdiff_t>(last) + 1, -1);
            // A title the parse made the head of the name stands for the person too ("Mr"
            // in "Mr Smith met ..." with "Smith" flat on it), so that the phrase finds them.
            for (std::size_t k = i; k < first; ++k) {
                const std::size_t h = t.head(k);
                if (titleWord(s.tokens[k].form) && (h == NONE || h < i || h > last)) {
                    words[k] = WordEntity{e, first, last, MentionKind::Name, {}};
                }
            }
        }
        i = j + 1;
    }

    // 4. A demonym or a country's name in front of a word for government: "Chinese officials",
    //    "the Japanese government", "Successive U.S. administrations", "the Chinese embassy",
    //    "India's cabinet" stand for the country; "Dutch and Japanese officials" for both.
    const auto countryAt = [&](std::size_t i) {
        if (demonymOf[i] >= 0) {
            return demonymOf[i];
        }
        if (words[i].entity >= 0 && words[i].kind == MentionKind::Name && words[i].last == i &&
            entities_[static_cast<std::size_t>(words[i].entity)].type == EntityType::Gpe) {
            return words[i].entity;
        }
        return -1;
    };
    // A country's ministry the gazetteer does not know, read off the words: "the Dutch economy
    // ministry", "Italy's industry ministry". It is an organisation of that country, named as
    // the gazetteer names such ministries ("Dutch Ministry of Economy"; a gazetteer entry of
    // that name when there is one), not a description for the last government body named.
    const auto ministryAt = [&](std::size_t i, int country) -> std::size_t {
        std::size_t f = i + 1;
        if (f < n && possessiveMark(s.tokens[f].form)) {
            ++f;
        }
        // (A field of affairs has two words: "Spain's consumer affairs ministry".)
        const bool affairs = f + 2 < n && s.tokens[f + 1].form == "affairs" &&
                             s.tokens[f + 2].form == "ministry" && words[f + 1].entity < 0;
        const std::size_t m = affairs ? f + 2 : f + 1;
        if (m >= n || s.tokens[m].form != "ministry" || words[f].entity >= 0 ||
            words[m].entity >= 0 || (!officeField(s.tokens[f].form) && !affairs) ||
            article::asciiLowered(s.tokens[f].form) != s.tokens[f].form) {
            return NONE;
        }
        const std::string& field = s.tokens[f].form;
        std::string of =
            field == "foreign" || field == "home" || affairs ? field + " affairs" : field;
        std::string title;
        for (std::string_view w : article::splitWords(of)) {
            addTitleWord(title, std::string(w));
        }
        const DocEntity& place = entities_[static_cast<std::size_t>(country)];
        const article::GazetteerEntry* entry = gazetteer_.lookup(place.name);
        const std::string name = entry != nullptr && !entry->demonyms.empty()
                                     ? entry->demonyms.front() + " Ministry of " + title
                                     : "Ministry of " + title + " of " + place.name;
        const article::GazetteerEntry* known = gazetteer_.lookup(name);
        const int ministry =
            known != nullptr ? entityFor(*known) : entityNamed(name, EntityType::Org, false);
        entities_[static_cast<std::size_t>(ministry)].country = country;
        mark(words[i].entity >= 0 ? words[i].first : i, m, ministry, MentionKind::Name);
        return m;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const int country = countryAt(i);
        if (country >= 0) {
            if (const std::size_t end = ministryAt(i, country); end != NONE) {
                i = end;
                continue;
            }
        }
        const std::size_t h = t.head(i);
        // (An organisation's mention with a country before it says whose it is: "the U.S.
        // Federal Trade Commission".)
        if (country >= 0 && h != NONE && h > i && words[h].entity >= 0 &&
            words[h].entity != words[i].entity &&
            entities_[static_cast<std::size_t>(words[h].entity)].type == EntityType::Org &&
            isOneOf(t.rel(i), {"compound", "amod", "nmod:poss"})) {
            entities_[static_cast<std::size_t>(words[h].entity)].country = country;
        }
        // (A group's members stand for the group as a government's officials stand for the
        // country: "Houthi rebels", "Taliban fighters".)
        if (country < 0 || h == NONE || h <= i ||
            !(isOneOf(nounLemma(s.tokens[h]),
                      {"official", "government", "authority", "regulator", "leader", "diplomat",
                       "negotiator", "lawmaker", "policymaker", "state", "administration",
                       "embassy", "consulate", "cabinet"}) ||
              (entities_[static_cast<std::size_t>(country)].type == EntityType::Org &&
               s.tokens[h].xpos == "NNS" &&
               isOneOf(nounLemma(s.tokens[h]), {"rebel", "fighter", "militant", "insurgent"})))) {
            continue;
        }
        // ("the Chinese state" is China; "U.S. states" are not the United States; "Russia's
        // leader, Vladimir Putin," is the person named.)
        const std::size_t named = t.child(h, {"appos"});
        if (words[h].entity >= 0 ||
            (nounLemma(s.tokens[h]) == "state" && s.tokens[h].xpos == "NNS") ||
            (named != NONE && s.tokens[named].upos == "PROPN")) {
            continue;
        }
        // "the British regulator" after "the UK Competition and Markets Authority": one body of
        // that country's government named in the last sentences is that body.
        if (const int body = namedBodyOf(t, h, country); body >= 0) {
            std::size_t first = h;
            for (std::size_t c : t.children[h]) {
                first = std::min(first, c);
            }
            mark(first, h, body, MentionKind::Description);
            continue;
        }
        // A regulator of one field that the text has not named is a body of its own, not the
        // country's government: "New Zealand's aviation regulator", "Nigeria's oil regulator".
        if (s.tokens[h].xpos == "NN" &&
            isOneOf(nounLemma(s.tokens[h]), {"regulator", "authority"})) {
            bool field = false;
            for (std::size_t c : t.children[h]) {
                field = field || (c > i && c < h && isOneOf(t.rel(c), {"compound", "amod"}) &&
                                  words[c].entity < 0 && countryAt(c) < 0 &&
                                  article::asciiLowered(s.tokens[c].form) == s.tokens[c].form);
            }
            if (field) {
                continue;
            }
        }
        // The countries coordinated with the one the parse hung on the noun: "Dutch and
        // Japanese officials", "U.S. and Chinese negotiators".
        std::vector<int> others;
        for (std::size_t c : t.children[i]) {
            if (t.rel(c) == "conj" && c < h && countryAt(c) >= 0 && countryAt(c) != country) {
                others.push_back(countryAt(c));
            }
        }
        std::size_t first = std::min(words[i].entity >= 0 ? words[i].first : i, h);
        for (std::size_t c : t.children[h]) {
            if (c < first && isOneOf(t.rel(c), {"amod", "det"})) {
                first = c;
            }
        }
        mark(first, h, country, MentionKind::Demonym);
        for (std::size_t k = first; k <= h; ++k) {
            words[k].also = others;
        }
    }

    for (std::size_t i = 0; i < n; ++i) {
        if (words[i].entity >= 0 && words[i].first == i) {
            record(i);
        }
    }
    // A people's name before an office and a person's name is a mention of the country, as its
    // name with "'s" would be, and the subject's when the person is: "Saudi energy minister
    // Prince Abdulaziz bin Salman told reporters that the kingdom ..." is about Saudi Arabia.
    for (std::size_t i = 0; i + 2 < n; ++i) {
        if (demonymOf[i] < 0 || words[i].entity >= 0 || (i > 0 && demonymOf[i - 1] >= 0)) {
            continue;
        }
        std::size_t p = i + 1;
        bool office = false;
        while (p < n && words[p].entity < 0 &&
               (officeField(s.tokens[p].form) || titleWord(s.tokens[p].form) ||
                demonymOf[p] == demonymOf[i])) {
            office = office || titleWord(s.tokens[p].form);
            ++p;
        }
        if (!office || p >= n || words[p].entity < 0 || words[p].kind != MentionKind::Name ||
            entities_[static_cast<std::size_t>(words[p].entity)].type != EntityType::Person) {
            continue;
        }
        const std::size_t head = t.spanHead(words[p].first, words[p].last);
        const bool subject = isSubject(t, head);
        const bool main = subject && t.head(head) != NONE && s.tokens[t.head(head)].head == 0;
        events_.push_back(
            {demonymOf[i], sentence_, i, subject, false, false, false, main, false, true});
    }

    // Groups: names listed together ("Intel, Samsung, and SK hynix"), read off the words rather
    // than the tree, whose coordination attachments are the parser's weakest point.
    {
        // The word of the mention starting at `k` that hangs outside it.
        const auto mentionHead = [&](std::size_t k) {
            return t.spanHead(words[k].first, words[k].last);
        };
        // Whether the name at `next` is the subject of a verb after it that the name at `prev`
        // is no subject of: "... in Shenzhen and Yunnan Chihong Zinc & Germanium Co. also hit
        // that mark" starts a clause, and lists no company with Shenzhen.
        const auto opensAClause = [&](std::size_t prev, std::size_t next) {
            const std::size_t h = mentionHead(next);
            const std::size_t v = t.head(h);
            if (!t.rel(h).starts_with("nsubj") || v == NONE || v <= words[next].last) {
                return false;
            }
            const std::size_t p = mentionHead(prev);
            return t.head(p) != v && !(t.rel(p) == "conj" && t.head(p) == h) &&
                   !(t.rel(h) == "conj" && t.head(h) == p);
        };
        std::vector<int> members;
        std::size_t groupStart = 0;
        std::size_t i = 0;
        // A list has a conjunction somewhere: "in China, Bloomberg reported" is no list.
        bool conjunction = false;
        auto flush = [&] {
            // (Places with only commas between them are one: "Taylor, Texas" is in both.)
            const bool places = std::all_of(members.begin(), members.end(), [&](int m) {
                return entities_[static_cast<std::size_t>(m)].type == EntityType::Gpe;
            });
            if (members.size() >= 2 && (conjunction || places)) {
                groups_.push_back({members, sentence_, groupStart, conjunction, {}});
                for (auto ev = events_.rbegin();
                     conjunction && ev != events_.rend() && ev->sentence == sentence_; ++ev) {
                    if (std::find(members.begin(), members.end(), ev->entity) != members.end()) {
                        ev->listed = true;
                    }
                }
                if (std::all_of(members.begin(), members.end(), [&](int m) {
                        return entities_[static_cast<std::size_t>(m)].type == EntityType::Product;
                    })) {
                    thingGroups_.push_back(groups_.back());
                    if (const std::size_t after = words[i].last + 1;
                        after < n && s.tokens[after].upos == "NOUN") {
                        thingGroups_.back().kind = nounLemma(s.tokens[after]);
                    }
                }
                // Any name of a list stands for the whole list in this sentence's statements
                // (the tree often keeps one conjunct as the argument); conjuncts it did attach
                // give the same statements again, which merge.
                const std::size_t end = i < n && words[i].entity >= 0 ? words[i].last + 1 : n;
                for (std::size_t k = groupStart; k < end; ++k) {
                    if (words[k].entity >= 0 && words[k].kind == MentionKind::Name &&
                        std::find(members.begin(), members.end(), words[k].entity) !=
                            members.end()) {
                        words[k].also.clear();
                        for (int m : members) {
                            if (m != words[k].entity) {
                                words[k].also.push_back(m);
                            }
                        }
                    }
                }
            }
            members.clear();
            conjunction = false;
        };
        while (i < n) {
            if (words[i].entity < 0 || words[i].kind != MentionKind::Name || words[i].first != i) {
                ++i;
                continue;
            }
            if (members.empty()) {
                groupStart = i;
            }
            if (std::find(members.begin(), members.end(), words[i].entity) == members.end()) {
                members.push_back(words[i].entity);
            }
            std::size_t k = words[i].last + 1;
            bool separated = false;
            while (k < n && isOneOf(lowered(s.tokens[k].form), {",", "and", "or", "&", "the"})) {
                separated = true;
                conjunction = conjunction || isOneOf(lowered(s.tokens[k].form), {"and", "or", "&"});
                ++k;
                // A hedge before the last name: "and to some degree Intel", "and, to a lesser
                // extent, Micron", "and possibly Huawei".
                for (std::initializer_list<std::string_view> hedge :
                     {std::initializer_list<std::string_view>{"to", "some", "degree"},
                      {"to", "a", "lesser", "extent"},
                      {"to", "a", "degree"},
                      {"in", "particular"},
                      {"possibly"},
                      {"potentially"},
                      {"perhaps"},
                      {"even"},
                      {"especially"}}) {
                    std::size_t m = 0;
                    for (std::string_view w : hedge) {
                        if (k + m >= n || lowered(s.tokens[k + m].form) != w) {
                            break;
                        }
                        ++m;
                    }
                    if (m == hedge.size()) {
                        k += m;
                        break;
                    }
                }
            }
            // A title before a person's name is no break in the list: "King Felipe and Prime
            // Minister Pedro Sanchez" lists both (the title is outside the name's mention).
            if (separated) {
                std::size_t named = k;
                while (named < n && named < k + 4 && words[named].entity < 0 &&
                       (titleWord(s.tokens[named].form) || officeField(s.tokens[named].form))) {
                    ++named;
                }
                if (named > k && named < n && words[named].entity >= 0 &&
                    words[named].first == named && words[named].kind == MentionKind::Name &&
                    entities_[static_cast<std::size_t>(words[named].entity)].type ==
                        EntityType::Person) {
                    k = named;
                }
            }
            // A name before a common noun modifies it and is no member; the name that the noun
            // describes is: "SoftBank and the Abu Dhabi investment firm MGX" lists MGX.
            bool modifier = false;
            if (separated && k < n && words[k].entity >= 0 && words[k].first == k &&
                words[k].kind == MentionKind::Name) {
                const std::size_t h = mentionHead(k);
                const std::size_t noun = t.head(h);
                if (t.rel(h) == "compound" && noun != NONE && noun > words[k].last &&
                    s.tokens[noun].upos == "NOUN") {
                    const std::size_t named = t.child(noun, {"appos"});
                    if (named == noun + 1 && words[named].entity >= 0 &&
                        words[named].kind == MentionKind::Name && words[named].first == named) {
                        k = named;
                    } else {
                        modifier = true;
                    }
                }
            }
            if (!separated || modifier || k >= n || words[k].entity < 0 || words[k].first != k ||
                words[k].kind != MentionKind::Name || opensAClause(i, k) ||
                (words[k].last + 1 < n && s.tokens[words[k].last + 1].xpos == "POS")) {
                // (A possessor is no member: "Germany, the EU's largest economy, ...".)
                flush();
            }
            i = k;
        }
        flush();
    }
    // Two people meeting or talking are a pair too, whom "they" and "the two leaders" stand for
    // afterwards: "Xi Jinping met Vladimir Putin in Moscow."
    const auto personAt = [&](std::size_t k) {
        return k != NONE && words[k].entity >= 0 &&
               entities_[static_cast<std::size_t>(words[k].entity)].type == EntityType::Person;
    };
    for (std::size_t v = 0; v < n; ++v) {
        if (s.tokens[v].upos != "VERB" || !isOneOf(t.lemma(v), {"meet", "talk", "speak"})) {
            continue;
        }
        const std::size_t subject = t.child(v, {"nsubj"});
        std::size_t other = t.child(v, {"obj"});
        for (std::size_t c : t.children[v]) { // "talked with Putin"
            if (other == NONE && t.rel(c) == "obl" && t.child(c, {"case"}) != NONE &&
                t.lemma(t.child(c, {"case"})) == "with") {
                other = c;
            }
        }
        if (personAt(subject) && personAt(other) && words[subject].entity != words[other].entity) {
            groups_.push_back({{words[subject].entity, words[other].entity},
                               sentence_,
                               words[subject].first,
                               true,
                               {}});
        }
    }

    // 4b. A name the gazetteer does not know, guessed an organisation, that is used is a
    //     product: "drivers pay attention when using Autopilot" (then "the company" is not it).
    //     Not one with a company's word ("using Amazon Web Services" keeps it).
    for (std::size_t k = 0; k < n; ++k) {
        const WordEntity& w = words[k];
        const std::size_t v = t.head(k);
        if (w.entity < 0 || w.kind != MentionKind::Name || t.rel(k) != "obj" || v == NONE ||
            (v >= w.first && v <= w.last) || !verbIsOneOf(s.tokens[v], {"use"})) {
            continue;
        }
        DocEntity& e = entities_[static_cast<std::size_t>(w.entity)];
        const std::vector<std::string_view> parts = article::splitWords(e.name);
        if (!e.known && e.type == EntityType::Org &&
            std::none_of(parts.begin(), parts.end(),
                         [](std::string_view part) { return companyWord(lowered(part)); })) {
            e.type = EntityType::Product;
        }
    }

    // 4b'. A name of one to three capitalised words that the gazetteer does not know, guessed
    //     an organisation, with a relative clause opened by "who" is a person: "and Fidji Simo,
    //     who runs Instacart", "Gorman, who joined Disney's board".
    for (std::size_t k = 0; k < n; ++k) {
        const WordEntity& w = words[k];
        if (w.entity < 0 || w.kind != MentionKind::Name || w.first != k || w.last > w.first + 2) {
            continue;
        }
        DocEntity& e = entities_[static_cast<std::size_t>(w.entity)];
        const std::vector<std::string_view> parts = article::splitWords(e.name);
        if (e.known || e.type != EntityType::Org ||
            std::any_of(parts.begin(), parts.end(), [](std::string_view part) {
                return companyWord(lowered(part)) || !nlp::titleCase(part);
            })) {
            continue;
        }
        const std::size_t head = t.spanHead(w.first, w.last);
        bool who =
            std::any_of(t.children[head].begin(), t.children[head].end(), [&](std::size_t c) {
                const std::size_t subject = t.child(c, {"nsubj"});
                return c > w.last && t.rel(c) == "acl:relcl" && subject != NONE &&
                       lowered(s.tokens[subject].form) == "who";
            });
        // (Or right after the name and a comma, whatever the parse hung the clause on:
        // "replaces Laxman Narasimhan, who held the job", a relative clause of the verb.)
        if (const std::size_t rp = w.last + 2;
            !who && rp < n && s.tokens[w.last + 1].form == "," &&
            lowered(s.tokens[rp].form) == "who" && t.rel(rp) == "nsubj" && t.head(rp) != NONE &&
            isOneOf(t.rel(t.head(rp)), {"acl:relcl", "advcl:relcl"})) {
            who = true;
        }
        if (who) {
            e.type = EntityType::Person;
        }
    }

    // 4c. A name before the word for its kind of body is that body: "a deal with the IG Metall
    //     union", "the Wagner group". The word stands for the name's organisation (a
    //     description, not one more name of it).
    for (std::size_t k = 1; k < n; ++k) {
        const WordEntity& name = words[k - 1];
        if (words[k].entity >= 0 || name.entity < 0 || name.kind != MentionKind::Name ||
            t.head(k - 1) != k || t.rel(k - 1) != "compound" || t.child(k, {"det"}) == NONE ||
            entities_[static_cast<std::size_t>(name.entity)].type != EntityType::Org ||
            !isOneOf(nounLemma(s.tokens[k]), {"union", "party", "group", "movement", "militia",
                                              "company", "firm", "agency", "startup"})) {
            continue;
        }
        words[k] = WordEntity{name.entity, k, k, MentionKind::Description, {}};
        std::vector<std::string>& bodies = entities_[static_cast<std::size_t>(name.entity)].bodies;
        const std::string body = nounLemma(s.tokens[k]);
        if (std::find(bodies.begin(), bodies.end(), body) == bodies.end()) {
            bodies.push_back(body);
        }
    }

    // 4d. A word for a kind of actor that describes a name says what kind the named one is:
    //     "environment agency Ibama", "meatpacker JBS", "Ibama, the environment agency". It
    //     joins the entity's bodies, so that "the company" after "agency Ibama" is not Ibama
    //     and "the exchange" after "exchange Bithumb" is Bithumb.
    //     So does a person's title or role: "the judge" after "Judge Amit Mehta", "the
    //     chancellor" after "Chancellor Olaf Scholz", "the lawyer" after "Jane Doe, a lawyer".
    for (std::size_t k = 0; k < n; ++k) {
        const WordEntity& name = words[k];
        const EntityType type = name.entity < 0
                                    ? EntityType::Concept
                                    : entities_[static_cast<std::size_t>(name.entity)].type;
        if (name.entity < 0 || name.kind != MentionKind::Name ||
            !(type == EntityType::Org || type == EntityType::Person)) {
            continue;
        }
        std::vector<std::size_t> describers;
        for (const std::size_t c : t.children[k]) {
            if (isOneOf(t.rel(c), {"nmod:desc", "compound", "appos"})) {
                describers.push_back(c);
            }
        }
        if (const std::size_t h = t.head(k); h != NONE && t.rel(k) == "appos") {
            describers.push_back(h);
        }
        for (const std::size_t d : describers) {
            // (A title before a name may be tagged as a name's word: "Chancellor".)
            const bool title = type == EntityType::Person && s.tokens[d].upos == "PROPN" &&
                               titleWord(s.tokens[d].form);
            // (It may be inside the name's mention, as the gazetteer's "President Biden" is.)
            if ((d >= name.first && d <= name.last && !title) ||
                !(s.tokens[d].upos == "NOUN" || title) ||
                (words[d].entity >= 0 && words[d].entity != name.entity) || isPlural(s.tokens[d])) {
                continue;
            }
            // (A description right before the name is part of its mention: "Rival Alphabet".)
            // (Not a person's title, which the facts below read as one.)
            if (d + 1 == name.first && t.rel(d) == "nmod:desc" && words[d].entity < 0 &&
                type == EntityType::Org) {
                words[d] = WordEntity{name.entity, d, d, MentionKind::Description, {}};
            }
            std::vector<std::string>& bodies =
                entities_[static_cast<std::size_t>(name.entity)].bodies;
            // (Any such word: "the exchange" after "cryptocurrency exchange Bithumb" is
            // Bithumb.)
            const std::string body = nounLemma(s.tokens[d]);
            // (An investor only by a word right before the name, "Activist investor Elliott
            // Management": "Samsung, the largest foreign investor in Vietnam" is a company.)
            if (investorWord(body) && t.rel(d) != "nmod:desc") {
                continue;
            }
            // (A person's by a title, written with a capital before the name, or a role.)
            const bool role = titleWord(s.tokens[d].form) || personRole(s.tokens[d].form);
            if (type == EntityType::Person ? !role
                                           : lowered(s.tokens[d].form) != s.tokens[d].form) {
                continue;
            }
            // (Not a role held no more: "James Gorman, the *former* chief executive of Morgan
            // Stanley" is not "the new chief executive" Disney will name.)
            if (type == EntityType::Person &&
                std::any_of(t.children[d].begin(), t.children[d].end(), [&](std::size_t c) {
                    return isOneOf(lowered(s.tokens[c].form),
                                   {"former", "ex", "outgoing", "retired", "previous", "onetime",
                                    "erstwhile"});
                })) {
                continue;
            }
            if (std::find(bodies.begin(), bodies.end(), body) == bodies.end()) {
                bodies.push_back(body);
            }
        }
    }

    // Whether a word after `from` and before `to` names an entity other than `from`'s.
    const auto otherNamedBetween = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from + 1; k < to; ++k) {
            if (words[k].entity >= 0 && words[k].entity != words[from].entity) {
                return true;
            }
        }
        return false;
    };
    // 5. Pronouns, descriptions, appositions and product compounds, left to right so each one can
    //    lean on the mentions before it.
    for (std::size_t i = 0; i < n; ++i) {
        if (words[i].entity >= 0) {
            continue;
        }
        const Token& tok = s.tokens[i];
        if (tok.upos == "PRON" && isOneOf(lowered(tok.form), {"it", "its", "they", "them", "their",
                                                              "he", "him", "his", "she", "her"})) {
            const bool plural = isOneOf(lowered(tok.form), {"they", "them", "their"});
            // An object "it" before an adjective and an infinitive stands for the infinitive's
            // act ("making it harder for users to refuse cookies", "found it difficult to
            // ..."), for no actor.
            if (const std::size_t v = t.head(i);
                lowered(tok.form) == "it" && t.rel(i) == "obj" && v != NONE &&
                std::any_of(t.children[v].begin(), t.children[v].end(),
                            [&](std::size_t c) {
                                return c == i + 1 && t.rel(c) == "xcomp" &&
                                       s.tokens[c].upos == "ADJ";
                            }) &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i) + 2, s.tokens.end(),
                            [](const Token& w) { return w.xpos == "TO"; })) {
                continue;
            }
            // A subject "they" after another clause's plural subject that names no actor stands
            // for it: "While the new restrictions do not ..., they create ...", "Exporters ...
            // will need licences if they want to ...".
            // So does an object "it" for a singular one: "When a type of chip is neither ...
            // safe, we have the option not to buy it" (a subject "it" is left to salience: "Nvidia
            // said that while the ban lasts, it will ...").
            const bool it = lowered(tok.form) == "it" && !isSubject(t, i);
            // A subject "it" of an adverbial clause stands for its main clause's subject when
            // that is an unnamed actor: "The board appointed Erno Hildén as interim chief
            // executive while it searches for a replacement" (not a place named the sentence
            // before). (A thing is left to salience: "The ban will hurt Nvidia because it
            // sells ...".)
            // (A main verb joined to an earlier one shares its subject: "raised its rate ... and
            // signalled two more increases, as it tries to slow inflation".)
            // (So does one of what an unnamed actor says: "The Israeli military said *it* had
            // intercepted most of the rockets", not the group that fired them.)
            const bool subjectIt =
                lowered(tok.form) == "it" && isSubject(t, i) && t.head(i) != NONE;
            const bool reported = subjectIt && t.rel(t.head(i)) == "ccomp" &&
                                  t.head(t.head(i)) != NONE &&
                                  nlp::closingReportVerb(t.lemma(t.head(t.head(i))));
            // (And one of a clause joined to a clause with such a subject: "The Netherlands'
            // highest court upheld a ruling that ordered Shell to cut its emissions, but *it*
            // rejected the target".)
            const bool joinedClause = subjectIt && t.rel(t.head(i)) == "conj";
            if (subjectIt && (t.rel(t.head(i)) == "advcl" || reported || joinedClause)) {
                std::size_t main = t.head(t.head(i));
                for (std::size_t steps = 0;
                     main != NONE && steps < n && t.child(main, {"nsubj"}) == NONE &&
                     t.rel(main) == "conj";
                     ++steps) {
                    main = t.head(main);
                }
                std::size_t subject = main == NONE ? NONE : t.child(main, {"nsubj", "nsubj:pass"});
                // (Through a relative clause's word to its noun: "the unit, which was shut
                // because *it* could not compete".)
                if (subject != NONE && s.tokens[subject].xpos == "WDT" &&
                    t.rel(main) == "acl:relcl") {
                    subject = t.head(main);
                }
                // (So does an organisation the main clause names by description, with no other
                // actor named before "it": "alleging that the chipmaker breached a licensing
                // agreement when *it* bought Nuvia".)
                if (subject != NONE && subject < i && words[subject].entity >= 0 &&
                    words[subject].kind == MentionKind::Description &&
                    entities_[static_cast<std::size_t>(words[subject].entity)].type ==
                        EntityType::Org) {
                    if (!otherNamedBetween(subject, i)) {
                        words[i].antecedent = subject;
                        continue;
                    }
                }
                // (So does a named thing the main clause's subject is, with no actor named
                // between: "said the chip reduced errors as *it* grew larger", the chip Willow.)
                const EntityType subjectType =
                    subject != NONE && words[subject].entity >= 0
                        ? entities_[static_cast<std::size_t>(words[subject].entity)].type
                        : EntityType::Concept;
                if (subject != NONE && subject < i && !reported &&
                    (subjectType == EntityType::Product || subjectType == EntityType::Law) &&
                    !isOneOf(t.lemma(main), {"come", "follow", "arrive"})) {
                    if (!otherNamedBetween(subject, i)) {
                        mark(i, i, words[subject].entity, MentionKind::Pronoun);
                        record(i);
                        continue;
                    }
                }
                const bool unnamedSingular =
                    subject != NONE && subject < i && words[subject].entity < 0 &&
                    s.tokens[subject].upos == "NOUN" && !isPlural(s.tokens[subject]) &&
                    !titleWord(s.tokens[subject].form) && !personRole(s.tokens[subject].form);
                if (unnamedSingular) {
                    const std::string lemma = nounLemma(s.tokens[subject]);
                    const bool actor =
                        agentNoun(lemma) || isOneOf(lemma, {"board", "committee", "council",
                                                            "panel", "jury", "commission"});
                    // So does a thing's when the main clause names no actor between the two:
                    // "The satellite ... suffered problems soon after *it* reached orbit" (not
                    // "The ban will hurt Nvidia because it sells ..."; nor an act that comes as
                    // someone acts: "The move comes as it seeks ...").
                    bool namesActor = false;
                    for (std::size_t k = subject + 1; k < i; ++k) {
                        namesActor = namesActor ||
                                     (words[k].entity >= 0 && words[k].kind == MentionKind::Name &&
                                      entities_[static_cast<std::size_t>(words[k].entity)].type !=
                                          EntityType::Product);
                    }
                    const bool thing = !actor && !namesActor && !measureNoun(lemma) && !reported &&
                                       !joinedClause &&
                                       !isOneOf(t.lemma(main), {"come", "follow", "arrive"});
                    if (actor || thing) {
                        words[i].antecedent = subject;
                        continue;
                    }
                }
            }
            // A subject "it" inside the reason a verb of punishing or blaming gives, after
            // "for", stands for the named organisation (or app) punished: "fined TikTok 345 million
            // euros for breaking privacy law in the way *it* handled children's data" (salience
            // would pick the regulator that fined). So does an "its" there: "fined Google 2.4
            // billion euros for favouring *its* own shopping service".
            if ((lowered(tok.form) == "it" && isSubject(t, i)) ||
                (lowered(tok.form) == "its" && t.rel(i) == "nmod:poss")) {
                std::size_t below = t.head(i);
                std::size_t up = below == NONE ? NONE : t.head(below);
                for (std::size_t steps = 0;
                     up != NONE && steps < n &&
                     !isOneOf(t.lemma(up), {"fine", "sue", "punish", "penalise", "penalize",
                                            "accuse", "charge", "blame", "criticise", "criticize",
                                            "sanction", "prosecute", "convict", "censure"});
                     ++steps) {
                    below = up;
                    up = t.head(up);
                }
                const bool reason =
                    up != NONE && std::any_of(t.children[below].begin(), t.children[below].end(),
                                              [&](std::size_t c) {
                                                  return isOneOf(t.rel(c), {"mark", "case"}) &&
                                                         lowered(s.tokens[c].form) == "for";
                                              });
                std::size_t punished = NONE;
                for (std::size_t c : reason ? t.children[up] : std::vector<std::size_t>{}) {
                    const auto type =
                        words[c].entity >= 0
                            ? entities_[static_cast<std::size_t>(words[c].entity)].type
                            : EntityType::Concept;
                    // (an app may be typed as a product: "TikTok")
                    if (isOneOf(t.rel(c), {"obj", "iobj"}) && words[c].kind == MentionKind::Name &&
                        (type == EntityType::Org || type == EntityType::Product)) {
                        punished = c;
                    }
                }
                if (punished != NONE) {
                    mark(i, i, words[punished].entity, MentionKind::Pronoun);
                    record(i);
                    continue;
                }
            }
            // "its" right after "and", on a conjunct of a named organisation, is that
            // organisation's: "sued Binance, the world's largest cryptocurrency exchange, and its
            // founder Changpeng Zhao" (not the subject that sued). The organisation is the
            // conjunct's first, or the last one named before "and" when the parse lost the
            // coordination.
            if (lowered(tok.form) == "its" && t.rel(i) == "nmod:poss" && i >= 2 &&
                isOneOf(lowered(s.tokens[i - 1].form), {"and", "or"})) {
                std::size_t first = t.rel(t.head(i)) == "conj" ? t.head(t.head(i)) : NONE;
                for (std::size_t k = i - 1; first == NONE && k-- > 0;) {
                    if (words[k].entity >= 0 && words[k].kind == MentionKind::Name) {
                        first = k;
                    }
                }
                if (first != NONE && first < i && words[first].entity >= 0 &&
                    words[first].kind == MentionKind::Name &&
                    entities_[static_cast<std::size_t>(words[first].entity)].type ==
                        EntityType::Org) {
                    mark(i, i, words[first].entity, MentionKind::Pronoun);
                    record(i);
                    continue;
                }
            }
            // A possessive "their" in the clause of a plural subject, or in an infinitive that
            // subject controls, is that subject's: "G7 leaders agreed to reduce their reliance
            // on China" (not the companies of the sentence before).
            if (lowered(tok.form) == "their") {
                std::size_t subject = NONE;
                for (std::size_t up = t.head(i), steps = 0; up != NONE && steps < 6;
                     up = t.head(up), ++steps) {
                    const std::size_t c = t.child(up, {"nsubj", "nsubj:pass"});
                    if (c != NONE) {
                        subject = c;
                        break;
                    }
                    // A participle's noun is its subject ("countries agreed to ...").
                    if (t.rel(up) == "acl" && t.head(up) != NONE &&
                        s.tokens[t.head(up)].upos == "NOUN") {
                        subject = t.head(up);
                        break;
                    }
                    if (!isOneOf(t.rel(up), {"xcomp", "advcl", "obj", "obl", "nmod", "conj"}) &&
                        s.tokens[up].upos != "NOUN") {
                        break;
                    }
                }
                if (subject != NONE && subject < i && s.tokens[subject].upos != "PRON") {
                    if (words[subject].entity >= 0 && !words[subject].also.empty()) {
                        mark(i, i, words[subject].entity, MentionKind::Pronoun);
                        words[i].also = words[subject].also;
                        record(i);
                        continue;
                    }
                    if (words[subject].entity < 0 && s.tokens[subject].upos == "NOUN" &&
                        isPlural(s.tokens[subject])) {
                        words[i].antecedent = subject;
                        continue;
                    }
                }
            }
            // A "them" made to act by a verb joined to an earlier one stands for that verb's
            // plural object of actors: "punishes merchants ... and pressures *them* to pay".
            if (const std::size_t joined = t.head(i);
                lowered(tok.form) == "them" && t.rel(i) == "obj" && joined != NONE &&
                t.rel(joined) == "conj" && t.child(joined, {"xcomp"}) != NONE &&
                s.tokens[t.child(joined, {"xcomp"})].upos == "VERB") {
                const std::size_t u = t.head(joined);
                const std::size_t o = u == NONE ? NONE : t.child(u, {"obj"});
                if (o != NONE && o < i && s.tokens[o].upos == "NOUN" && isPlural(s.tokens[o]) &&
                    words[o].entity < 0 && agentNoun(nounLemma(s.tokens[o]))) {
                    words[i].antecedent = o;
                    continue;
                }
            }
            if ((plural && isSubject(t, i)) || it) {
                // An object "it" that its verb makes or lets act ("rising costs forced *it* to
                // scrap projects") stands for an actor: not an unnamed thing ("The sale is part
                // of Orsted's plan ..."), which is left to salience.
                const bool controls =
                    it && t.head(i) != NONE && t.child(t.head(i), {"xcomp"}) != NONE;
                std::size_t previous = NONE;
                for (std::size_t j = 0; j < i; ++j) {
                    // ("we" or "consumers" cannot be what "it" stands for, nor "a spokesman";
                    // a relative pronoun stands for its noun, counted already)
                    if (isSubject(t, j) && t.head(j) != t.head(i) &&
                        !isOneOf(s.tokens[j].xpos, {"WDT", "WP"}) &&
                        !(it && (s.tokens[j].upos == "PRON" || isPlural(s.tokens[j]) ||
                                 titleWord(s.tokens[j].form) || personRole(s.tokens[j].form))) &&
                        !(controls && words[j].entity < 0 && !agentNoun(nounLemma(s.tokens[j])))) {
                        previous = j;
                    }
                }
                // (a people named by a plural name too: "The Houthis ..., saying they are")
                const auto pluralName = [&](std::size_t k) {
                    const std::string& form = s.tokens[k].form;
                    return s.tokens[k].upos == "PROPN" && form.ends_with('s') &&
                           !form.ends_with("ss");
                };
                if (plural && previous != NONE && words[previous].entity >= 0 &&
                    words[previous].kind == MentionKind::Name && words[previous].last == previous &&
                    pluralName(previous) &&
                    entities_[static_cast<std::size_t>(words[previous].entity)].type ==
                        EntityType::Org) {
                    mark(i, i, words[previous].entity, MentionKind::Pronoun);
                    record(i);
                    continue;
                }
                if (previous != NONE && words[previous].entity < 0 &&
                    ((s.tokens[previous].upos == "NOUN" &&
                      isPlural(s.tokens[previous]) == plural) ||
                     (plural && pluralName(previous)))) {
                    words[i].antecedent = previous;
                    continue;
                }
                // An object "it" after a named subject stands for the measure another clause
                // of its sentence acted on: "Biden signed the measure into law after Congress
                // passed it" (not for an actor of the sentences before). (Another thing is left
                // to salience: "force the sale of the app or ban it" bans the app.) Not one made
                // to act: "finalized a grant to TSMC to help it build factories".
                if (it && !controls && previous != NONE && words[previous].entity >= 0) {
                    std::size_t object = NONE;
                    for (std::size_t j = 0; j < i; ++j) {
                        if (t.rel(j) == "obj" && t.head(j) != t.head(i) &&
                            s.tokens[j].upos == "NOUN" && !isPlural(s.tokens[j]) &&
                            !agentNoun(nounLemma(s.tokens[j]))) {
                            object = j;
                        }
                    }
                    const bool measure =
                        object != NONE && words[object].entity >= 0 &&
                        entities_[static_cast<std::size_t>(words[object].entity)].type ==
                            EntityType::Law;
                    if (measure) {
                        mark(i, i, words[object].entity, MentionKind::Pronoun);
                        record(i);
                        continue;
                    }
                    if (object != NONE && words[object].entity < 0 &&
                        (measureNoun(nounLemma(s.tokens[object])) ||
                         descriptionKind(nounLemma(s.tokens[object])) == Kind::Law)) {
                        words[i].antecedent = object; // "the measure" named nothing known
                        continue;
                    }
                    // So does an unnamed firm the subject acted on, for "it" in a later verb of
                    // the subject's: "The company blamed a supplier for the impurity and has
                    // stopped buying ingredients from it" (the subject itself would be
                    // "itself").
                    std::size_t later = t.head(i); // the later verb, over its complements
                    while (later != NONE && t.rel(later) == "xcomp") {
                        later = t.head(later);
                    }
                    std::size_t agent = NONE;
                    for (std::size_t j = 0; j < i && later != NONE; ++j) {
                        if (t.rel(j) == "obj" && t.rel(later) == "conj" &&
                            t.head(later) == t.head(j) && t.child(later, {"nsubj"}) == NONE &&
                            s.tokens[j].upos == "NOUN" && !isPlural(s.tokens[j]) &&
                            agentNoun(nounLemma(s.tokens[j])) && !titleWord(s.tokens[j].form) &&
                            !personRole(s.tokens[j].form)) {
                            agent = j;
                        }
                    }
                    if (agent != NONE && words[agent].entity < 0) {
                        words[i].antecedent = agent;
                        continue;
                    }
                }
                // "Nvidia criticized the rules, saying they would ...": with no plural subject
                // and no list of actors in its own sentence, a subject "they" stands for the
                // plural thing the sentence named last as an object, not for the companies of
                // the sentence before.
                const Group* here = latestGroup(i);
                if (plural && (previous == NONE || !isPlural(s.tokens[previous])) &&
                    (here == nullptr || here->sentence != sentence_)) {
                    std::size_t object = NONE;
                    for (std::size_t j = 0; j < i; ++j) {
                        const bool measure =
                            words[j].entity >= 0 &&
                            entities_[static_cast<std::size_t>(words[j].entity)].type ==
                                EntityType::Law;
                        if (t.rel(j) == "obj" && s.tokens[j].upos == "NOUN" &&
                            isPlural(s.tokens[j]) && (words[j].entity < 0 || measure)) {
                            object = j;
                        }
                    }
                    if (object != NONE && words[object].entity >= 0) {
                        mark(i, i, words[object].entity, MentionKind::Pronoun);
                        record(i);
                        continue;
                    }
                    if (object != NONE) {
                        words[i].antecedent = object;
                        continue;
                    }
                }
            }
            // A "them" counted out by a quantifier ("some of them", "two of them") stands for
            // the last plural noun of its sentence before it: "rejected Meta's request to
            // dismiss the claims, though she narrowed some of them" (the claims, not the apps of
            // the sentence before).
            if (const std::size_t q = t.head(i);
                lowered(tok.form) == "them" && t.rel(i) == "nmod" && q != NONE && q < i &&
                (s.tokens[q].upos == "NUM" || nlp::quantifierWord(lowered(s.tokens[q].form)) ||
                 isOneOf(lowered(s.tokens[q].form), {"one", "half"}))) {
                std::size_t noun = NONE;
                for (std::size_t j = 0; j < q; ++j) {
                    if (isOneOf(s.tokens[j].upos, {"NOUN", "PROPN"}) && isPlural(s.tokens[j])) {
                        noun = j;
                    }
                }
                if (noun != NONE && words[noun].entity >= 0) {
                    mark(i, i, words[noun].entity, MentionKind::Pronoun);
                    words[i].also = words[noun].also;
                    record(i);
                    continue;
                }
                if (noun != NONE) {
                    words[i].antecedent = noun;
                    continue;
                }
            }
            // The object "them" of a verb of trade or making ("continue to ship them out of the
            // country", "stopped selling them") stands for things: the last list of products
            // within three sentences, else a plural object of things before it in its sentence
            // ("designed the H20 chips ..., and customers want to buy them"), never a list of
            // actors. Unresolved without one.
            if (lowered(tok.form) == "them" && t.rel(i) == "obj" && t.head(i) != NONE &&
                verbIsOneOf(s.tokens[t.head(i)],
                            {"ship", "sell", "export", "import", "buy", "purchase", "resell",
                             "produce", "manufacture", "make", "supply", "deliver", "stockpile",
                             "smuggle", "source", "use", "install"})) {
                for (auto g = thingGroups_.rbegin(); g != thingGroups_.rend(); ++g) {
                    if (g->sentence == sentence_ && g->word >= i) {
                        continue;
                    }
                    if (sentence_ - g->sentence <= 3) {
                        mark(i, i, g->members.front(), MentionKind::Pronoun);
                        words[i].also.assign(g->members.begin() + 1, g->members.end());
                        record(i);
                    }
                    break;
                }
                std::size_t object = NONE;
                for (std::size_t j = 0; j < i && words[i].entity < 0; ++j) {
                    if (t.rel(j) == "obj" && s.tokens[j].upos == "NOUN" && isPlural(s.tokens[j]) &&
                        !agentNoun(nounLemma(s.tokens[j]))) {
                        object = j;
                    }
                }
                if (object != NONE && words[object].entity >= 0) {
                    mark(i, i, words[object].entity, MentionKind::Pronoun);
                    words[i].also = words[object].also;
                    record(i);
                } else if (object != NONE) {
                    words[i].antecedent = object;
                }
                continue;
            }
            // An object "it" of a verb joined to an earlier one stands for that verb's
            // singular object, when that names a thing by itself: "the apps were stealing user
            // data and sending it to servers" (the data). (An object with an "of" phrase is left
            // to salience: "force the sale of the app or ban it" bans the app.)
            // (Also through an infinitive and from what the earlier verb says: "said it would
            // appeal the ruling and asked the judge to pause it"; and after a preposition:
            // "Tehran had made a big mistake and would pay for *it*".)
            // (Or a part of it that is the object: "setting *part of it* on fire".)
            const std::size_t ofCase = t.child(i, {"case"});
            const bool partOf = t.rel(i) == "nmod" && t.head(i) != NONE && ofCase != NONE &&
                                lowered(s.tokens[ofCase].form) == "of" &&
                                t.rel(t.head(i)) == "obj" &&
                                isOneOf(nounLemma(s.tokens[t.head(i)]),
                                        {"part", "half", "most", "much", "some", "rest", "portion",
                                         "section", "all", "many"});
            const std::size_t held = partOf ? t.head(i) : i;
            std::size_t joined = t.head(held);
            while (joined != NONE && t.rel(joined) == "xcomp") {
                joined = t.head(joined);
            }
            // (A "them" so for a plural object: "require lawmakers to sell their holdings ...
            // or place them in a blind trust".)
            const bool them = lowered(tok.form) == "them";
            // (And a participle's with no subject of its own: "denied the accusations, calling
            // them disinformation", "test their systems before releasing them".)
            const bool participle = joined != NONE && t.rel(joined) == "advcl" &&
                                    s.tokens[joined].xpos == "VBG" &&
                                    t.child(joined, {"nsubj"}) == NONE;
            // (The parse may take a "calling them X" for two objects.)
            // (Not one made to act, an actor: "praised the government's progress but urged
            // *it* to protect the poor". An adjective is no act: "replace them free of charge".)
            const std::size_t made = t.head(held) == NONE ? NONE : t.child(t.head(held), {"xcomp"});
            // (An "of" phrase on the object may name what the pronoun stands for: "force the
            // sale of the app or ban it" bans the app; so may any phrase that names an actor:
            // "filed a lawsuit against Arm in Delaware, accusing it of ..." accuses Arm. Not a
            // place: "stormed the parliament building in Nairobi, setting part of it on fire".)
            const auto namingPhrase = [&](std::size_t o) {
                return std::any_of(t.children[o].begin(), t.children[o].end(), [&](std::size_t c) {
                    const std::size_t cs = t.child(c, {"case"});
                    const bool actor = words[c].entity >= 0 &&
                                       entities_[static_cast<std::size_t>(words[c].entity)].type !=
                                           EntityType::Gpe;
                    return t.rel(c) == "nmod" &&
                           (actor || (cs != NONE && lowered(s.tokens[cs].form) == "of"));
                });
            };
            if ((it || them || (partOf && lowered(tok.form) == "it")) && joined != NONE &&
                (t.rel(joined) == "conj" || participle) &&
                isOneOf(t.rel(held), {"obj", "iobj", "obl"}) &&
                (made == NONE || s.tokens[made].upos == "ADJ") &&
                !(i + 1 < n && s.tokens[i + 1].xpos == "TO")) {
                const std::size_t u = t.head(joined);
                std::size_t o = u == NONE ? NONE : t.child(u, {"obj"});
                if (o == NONE && u != NONE && openie::isReportingVerb(t.lemma(u))) {
                    const std::size_t said = t.child(u, {"ccomp"});
                    o = said == NONE ? NONE : t.child(said, {"obj"});
                }
                if (o != NONE && o < i && s.tokens[o].upos == "NOUN" &&
                    isPlural(s.tokens[o]) == them && words[o].entity < 0 &&
                    !agentNoun(nounLemma(s.tokens[o])) && !namingPhrase(o)) {
                    words[i].antecedent = o;
                    continue;
                }
            }
            // An object "it" that a verb of judging describes ("Scholz called it an important
            // step", "described it as a mistake") stands for a measure or an act, never an
            // actor: the latest measure of the last two sentences, else nothing.
            // So does the object "it" of a verb that passes or holds up a measure or a deal
            // ("Chinese authorities could delay it", "Congress passed it", "voted against
            // it"), never a place named in a list before ("regulators in the United States,
            // Europe and China") nor the company whose plan it is.
            if (it && t.head(i) != NONE &&
                verbIsOneOf(s.tokens[t.head(i)],
                            {"call",  "describe", "consider", "deem",     "label",    "term",
                             "brand", "regard",   "view",     "approve",  "delay",    "clear",
                             "veto",  "sign",     "pass",     "finalize", "finalise", "ratify",
                             "scrap", "abandon",  "refer",    "submit",   "vote",     "reject"})) {
                for (auto ev = events_.rbegin();
                     ev != events_.rend() && sentence_ - ev->sentence <= 2; ++ev) {
                    if (entities_[static_cast<std::size_t>(ev->entity)].policy) {
                        mark(i, i, ev->entity, MentionKind::Pronoun);
                        record(i);
                        break;
                    }
                }
                continue;
            }
            // A subject "it" that a copula says is a thing, no actor, stands for an act or an
            // event: "It was the first fine the EU has imposed on Apple" is not the commission
            // that fined.
            if (const std::size_t predicate = t.head(i);
                lowered(tok.form) == "it" && t.rel(i) == "nsubj" && predicate != NONE &&
                t.child(predicate, {"cop"}) != NONE && s.tokens[predicate].upos == "NOUN" &&
                !agentNoun(nounLemma(s.tokens[predicate])) &&
                t.child(predicate, {"case"}) == NONE) {
                continue; // (a place or a state is an actor's: "it was in contact with ...")
            }
            // A subject "it" of what a thing named by a common noun says, with an owner or a
            // maker named in a clause on the noun, stands for the thing, not for the name
            // nearest before: "The professional networking site, owned by Microsoft, said it
            // would appeal" (the site appeals).
            if (const std::size_t say =
                    t.rel(i) == "nsubj" && t.rel(t.head(i)) == "ccomp" ? t.head(t.head(i)) : NONE;
                lowered(tok.form) == "it" && say != NONE && openie::isReportingVerb(t.lemma(say))) {
                std::size_t sayer = t.child(say, {"nsubj"});
                // (the subject of the verb "said" is joined to: "The works council criticised
                // the plan and said it would fight ...")
                if (sayer == NONE && t.rel(say) == "conj" && t.head(say) != NONE) {
                    sayer = t.child(t.head(say), {"nsubj"});
                }
                const bool common = sayer != NONE && sayer < i && words[sayer].entity < 0 &&
                                    s.tokens[sayer].upos == "NOUN" && !isPlural(s.tokens[sayer]);
                // (or an owner named by a possessive: "New Zealand's aviation regulator said
                // it would oversee the investigation")
                const std::size_t clause =
                    common ? t.child(sayer, {"acl", "acl:relcl", "nmod:poss"}) : NONE;
                const std::vector<std::size_t> inside =
                    clause == NONE ? std::vector<std::size_t>{} : t.subtree(clause);
                // (So does one of what a body named by a common noun says: "The works council
                // ... said it would fight" is the council's fight, not the company's. A board
                // speaks for its company: "The board ... said it was considering candidates".)
                // (Nor is what a description of an actor that named no one says: "The
                // administration said it was drafting an order", with no administration named
                // before, is not the bloc of the sentence before.)
                const bool body =
                    common && (isOneOf(nounLemma(s.tokens[sayer]),
                                       {"council", "committee", "panel", "union", "association",
                                        "federation", "tribunal", "court", "jury", "regulator",
                                        "watchdog", "agency", "authority"}) ||
                               (descriptionKind(nounLemma(s.tokens[sayer])).has_value() &&
                                t.child(sayer, {"det"}) != NONE &&
                                lowered(s.tokens[t.child(sayer, {"det"})].form) == "the"));
                // (Nor is one owned by a thing named by a common noun anyone else's: "The
                // city's school board ... said it cannot afford more".)
                const std::size_t owner = common ? t.child(sayer, {"nmod:poss"}) : NONE;
                const bool ownedByAThing =
                    owner != NONE && s.tokens[owner].upos == "NOUN" && words[owner].entity < 0;
                if (body || ownedByAThing ||
                    std::any_of(inside.begin(), inside.end(),
                                [&](std::size_t k) { return words[k].entity >= 0; })) {
                    words[i].antecedent = sayer;
                    continue;
                }
            }
            // A subject "it" reported by a person about what they acted on stands for that
            // thing: "Governor Josh Shapiro welcomed the plan, saying it would create 3,400
            // jobs" (the person would be "he" or "she"; a company could be "it" itself, so
            // only after a person).
            // (The pronoun then names the thing's entity, or stands for its noun.)
            const auto standFor = [&](std::size_t thing) {
                if (words[thing].entity >= 0) {
                    mark(i, i, words[thing].entity, MentionKind::Pronoun);
                    record(i);
                } else {
                    words[i].antecedent = thing;
                }
            };
            if (const std::size_t thing = thingReportedOn(i); thing != NONE) {
                standFor(thing);
                continue;
            }
            // An "it" opening the sentence as its main subject after a sentence about a thing
            // named by a common noun stands for that thing, not for a name inside its
            // sentence: "The lawsuit, filed in federal court in Los Angeles, seeks damages. It
            // also names the record label" (Los Angeles names no one).
            // (So does an "its" on that subject: "The works council vowed to resist. *Its*
            // head, Daniela Cavallo, accused the board" heads no company.)
            const std::size_t owned = t.head(i);
            const bool opening = (lowered(tok.form) == "it" && t.rel(i).starts_with("nsubj") &&
                                  owned != NONE && s.tokens[owned].head == 0) ||
                                 (lowered(tok.form) == "its" && t.rel(i) == "nmod:poss" &&
                                  owned != NONE && t.rel(owned).starts_with("nsubj") &&
                                  t.head(owned) != NONE && s.tokens[t.head(owned)].head == 0);
            if (thingSubjectLast_ && opening &&
                std::none_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                             [](const Token& w) {
                                 return isOneOf(w.upos, {"NOUN", "PROPN", "PRON"});
                             })) {
                unnamedAntecedent[i] = true;
                continue;
            }
            // An object "it" of a participle on a clause with an object stands for that object:
            // "attacked a Greek-flagged oil tanker in the Red Sea, setting *it* on fire" set no
            // Red Sea on fire. (Not past an organisation or a person named after the object:
            // "filed a lawsuit against Arm in Delaware, accusing *it* of ...".)
            if (const std::size_t v = t.rel(i) == "obj" ? t.head(i) : NONE;
                lowered(tok.form) == "it" && v != NONE && t.rel(v) == "advcl" &&
                s.tokens[v].xpos == "VBG" && t.child(v, {"mark"}) == NONE && t.head(v) != NONE) {
                const std::size_t thing = t.child(t.head(v), {"obj"});
                const auto actorBetween = [&] {
                    for (std::size_t k = thing + 1; k < i; ++k) {
                        const EntityType type =
                            words[k].entity >= 0
                                ? entities_[static_cast<std::size_t>(words[k].entity)].type
                                : EntityType::Other;
                        if (type == EntityType::Org || type == EntityType::Person) {
                            return true;
                        }
                    }
                    return false;
                };
                if (thing != NONE && thing < i &&
                    isOneOf(s.tokens[thing].upos, {"NOUN", "PROPN"}) &&
                    !isPlural(s.tokens[thing]) && !actorBetween()) {
                    standFor(thing);
                    continue;
                }
            }
            // A subject "it" of a clause of time or condition on a verb with a thing for its
            // object stands for that thing: "granted a request by NetChoice to halt the law
            // before *it* took effect" (no company named before it). Not for an actor's word
            // ("sued the startup after it refused"), nor past an actor named in between.
            // (Only when that verb has no subject that could be "it" itself: "ASML must seek a
            // licence before it services machines" is ASML.)
            const auto personal = [&](std::size_t subject) {
                return subject == NONE ||
                       isOneOf(lowered(s.tokens[subject].form), {"he", "she", "i", "we", "they"}) ||
                       (words[subject].entity >= 0 &&
                        entities_[static_cast<std::size_t>(words[subject].entity)].type ==
                            EntityType::Person);
            };
            if (const std::size_t v = t.rel(i) == "nsubj" ? t.head(i) : NONE;
                lowered(tok.form) == "it" && v != NONE && t.rel(v) == "advcl" &&
                t.head(v) != NONE && t.child(v, {"mark"}) != NONE &&
                personal(t.child(t.head(v), {"nsubj", "nsubj:pass"})) &&
                isOneOf(t.lemma(t.child(v, {"mark"})),
                        {"before", "after", "until", "once", "when", "unless", "if"})) {
                const std::size_t thing = t.child(t.head(v), {"obj"});
                bool actorBetween = false;
                for (std::size_t k = thing + 1; thing != NONE && k < i; ++k) {
                    const int e = words[k].entity;
                    actorBetween =
                        actorBetween ||
                        (e >= 0 && entities_[static_cast<std::size_t>(e)].type != EntityType::Gpe);
                }
                const std::optional<Kind> kind =
                    thing == NONE ? std::nullopt : descriptionKind(nounLemma(s.tokens[thing]));
                if (thing != NONE && thing < i && s.tokens[thing].upos == "NOUN" &&
                    !isPlural(s.tokens[thing]) && words[thing].entity < 0 &&
                    (!kind || kind == Kind::Law || kind == Kind::Product) &&
                    !agentNoun(nounLemma(s.tokens[thing])) && !actorBetween) {
                    standFor(thing);
                    continue;
                }
            }
            // An object "it" (or a preposition's) after a thing that a verb before it in the
            // sentence acted on stands for that thing: "Beijing criticised the sale, and
            // regulators in China said they would review *it*"; "would drop the digital
            // services tax after Trump broke off trade talks over *it*". Not past a company or
            // a country that is a clause's own actor or object in between ("regulators in
            // China" is a place of the regulators); a person cannot be "it".
            if (lowered(tok.form) == "it" && isOneOf(t.rel(i), {"obj", "obl", "nmod"})) {
                std::size_t thing = NONE;
                for (std::size_t k = i; k-- > 0 && thing == NONE;) {
                    const std::size_t det = t.child(k, {"det", "nmod:poss"});
                    if (t.rel(k) == "obj" && s.tokens[k].upos == "NOUN" && t.head(k) != t.head(i) &&
                        !isPlural(s.tokens[k]) && words[k].entity < 0 && det != NONE &&
                        isOneOf(lowered(s.tokens[det].form),
                                {"the", "this", "that", "its", "their"})) {
                        thing = k;
                    }
                }
                const std::optional<Kind> kind =
                    thing == NONE ? std::nullopt : descriptionKind(nounLemma(s.tokens[thing]));
                bool actorBetween = false;
                for (std::size_t k = thing + 1; thing != NONE && k < i; ++k) {
                    const int e = words[k].entity;
                    actorBetween =
                        actorBetween ||
                        (e >= 0 &&
                         entities_[static_cast<std::size_t>(e)].type != EntityType::Person &&
                         isOneOf(t.rel(k), {"nsubj", "nsubj:pass", "obj", "iobj", "obl"}));
                }
                if (thing != NONE && (!kind || kind == Kind::Law || kind == Kind::Product) &&
                    !agentNoun(nounLemma(s.tokens[thing])) && !actorBetween) {
                    standFor(thing);
                    continue;
                }
            }
            // An object "it" of a verb of making is a thing made, no company or country:
            // "Danco Laboratories, which makes *it*" after "The drug ... was approved by the FDA"
            // (a product named in the last two sentences, else nothing named).
            if (lowered(tok.form) == "it" && t.rel(i) == "obj" && t.head(i) != NONE &&
                isOneOf(t.lemma(t.head(i)), {"make", "produce", "manufacture", "build", "develop",
                                             "design", "market", "prescribe"})) {
                for (auto ev = events_.rbegin(); ev != events_.rend(); ++ev) {
                    if (sentence_ - ev->sentence > 2) {
                        break;
                    }
                    if ((ev->sentence < sentence_ || ev->word < i) &&
                        entities_[static_cast<std::size_t>(ev->entity)].type ==
                            EntityType::Product) {
                        mark(i, i, ev->entity, MentionKind::Pronoun);
                        record(i);
                        break;
                    }
                }
                continue;
            }
            if (const Group* g = plural ? latestGroup(i) : nullptr) {
                mark(i, i, g->members.front(), MentionKind::Pronoun);
                words[i].also.assign(g->members.begin() + 1, g->members.end());
                record(i);
                // (The list's first member stands for the list: it is still no antecedent
                // of a singular word, "Honda and Mazda said they ... The company ...".)
                events_.back().listed = true;
            } else if (int e = resolvePronoun(tok.form, i,
                                              lowered(tok.form).ends_with("self") ||
                                                      lowered(tok.form).ends_with("selves")
                                                  ? -1
                                                  : avoidedBy(i),
                                              companyOwned(i), parallelSubject(i));
                       e >= 0) {
                mark(i, i, e, MentionKind::Pronoun);
                record(i);
                if (const char gender = pronounGender(lowered(tok.form)); gender != '\0') {
                    genders_.try_emplace(e, gender);
                }
            }
            continue;
        }
        // (A lower-case word the tagger called a proper noun is a noun: "the commerce ministry".)
        if (tok.upos != "NOUN" &&
            !(tok.upos == "PROPN" && !tok.form.empty() && article::isAsciiLower(tok.form[0]))) {
            continue;
        }
        // A person's apposition that says whose daughter or son they are tells their gender:
        // "Paetongtarn Shinawatra, the *daughter* of former leader Thaksin Shinawatra ... She".
        if (tok.upos == "NOUN") {
            const std::string lemma = lowered(tok.lemma);
            const char gender =
                isOneOf(lemma, {"daughter", "wife", "mother", "sister", "widow", "queen",
                                "granddaughter", "niece", "aunt", "princess", "businesswoman",
                                "actress", "girlfriend", "grandmother", "stepdaughter"})
                    ? 'f'
                : isOneOf(lemma, {"son", "husband", "father", "brother", "widower", "king",
                                  "grandson", "nephew", "uncle", "prince", "businessman",
                                  "boyfriend", "grandfather", "stepson"})
                    ? 'm'
                    : '\0';
            const std::size_t named = t.rel(i) == "appos" ? t.head(i) : t.child(i, {"appos"});
            if (gender != '\0' && named != NONE && words[named].entity >= 0 &&
                words[named].kind == MentionKind::Name &&
                entities_[static_cast<std::size_t>(words[named].entity)].type ==
                    EntityType::Person) {
                genders_.try_emplace(words[named].entity, gender);
                kinGenders_.try_emplace(words[named].entity, gender);
            }
        }
        // "Yuyuan Tantian, a social media account ..." : the noun of an apposition is its anchor.
        // Read off the words first ("NAME, a|an ... NOUN" with only modifiers between): the name
        // right before the comma is what the apposition describes, wherever the parse hangs it
        // (often on an earlier name: "posted on WeChat, Yuyuan Tantian, a ... account").
        std::size_t h = t.head(i);
        bool appositive = t.rel(i) == "appos";
        if (const std::size_t det = t.child(i, {"det"});
            det != NONE && det >= 2 && isOneOf(lowered(s.tokens[det].form), {"a", "an"}) &&
            s.tokens[det - 1].form == "," && words[det - 2].entity >= 0 &&
            words[det - 2].kind == MentionKind::Name && words[det - 2].last == det - 2) {
            bool modifiersOnly = true;
            for (std::size_t k = det + 1; k < i; ++k) {
                modifiersOnly = modifiersOnly && isOneOf(s.tokens[k].upos, {"ADJ", "NOUN"}) &&
                                words[k].entity < 0;
            }
            if (modifiersOnly) {
                h = det - 2;
                appositive = true;
            }
        }
        // "... restrict exports of rare earth elements, a move seen as retaliation": a word for
        // an act after a comma describes the clause, not the name before it (unless the name is
        // itself a measure or an event: "the Chips Act, a plan to ...").
        const bool act =
            isOneOf(nounLemma(tok), {"move", "step", "decision", "escalation", "retaliation",
                                     "response", "blow", "setback", "sign", "signal", "reversal",
                                     "shift", "plan", "measure", "attempt", "effort"});
        if (appositive && h != NONE && words[h].entity >= 0 && words[h].kind == MentionKind::Name &&
            !(act && entities_[static_cast<std::size_t>(words[h].entity)].type != EntityType::Law &&
              entities_[static_cast<std::size_t>(words[h].entity)].type != EntityType::Event)) {
            std::size_t first = i;
            for (std::size_t c : t.children[i]) {
                if (c < i && isOneOf(t.rel(c), {"det", "amod", "compound", "nmod:poss"})) {
                    first = std::min(first, c);
                }
            }
            // Names inside the apposition keep their own entity ("an SK hynix company").
            for (std::size_t k = first; k < i; ++k) {
                if (words[k].entity >= 0) {
                    first = words[k].last + 1;
                }
            }
            mark(first, i, words[h].entity, MentionKind::Apposition);
            record(i);
            continue;
        }
        // "the state broadcaster CCTV", "Russia's state energy company Gazprom", "developer
        // Crusoe": a noun with a name in apposition (after a determiner or possessor, or right
        // after the noun) is that name.
        if (const std::size_t a = t.child(i, {"appos", "flat"});
            a != NONE && a > i && words[a].entity >= 0 && words[a].kind == MentionKind::Name &&
            (t.child(i, {"det", "nmod:poss"}) != NONE || a == i + 1)) {
            std::size_t first = i;
            for (std::size_t c : t.children[i]) {
                if (c < i && t.rel(c) != "punct") { // (not the comma before it)
                    first = std::min(first, c);
                }
            }
            // A possessor's name keeps its own entity ("Nvidia's chief executive, Jensen
            // Huang": Nvidia is his employer, not him); so does a possessive pronoun ("its
            // programmable chip unit Altera": "its" is Intel).
            for (std::size_t k = first; k < i; ++k) {
                if (s.tokens[k].xpos == "PRP$") {
                    first = k + 1;
                } else if (words[k].entity >= 0 && words[k].kind == MentionKind::Name) {
                    first = words[k].last + 1;
                    if (first < i && possessiveMark(s.tokens[first].form)) {
                        ++first;
                    }
                }
            }
            mark(first, i, words[a].entity, MentionKind::Apposition);
            record(i);
            continue;
        }
        // Measures: "Japan's plan" or "U.S. restrictions" (an actor's measure), "export controls
        // on gallium" that an actor imposes, are named by their words; "the move", "The
        // controls", "these measures" and bare "restrictions on ..." later refer back to them.
        const std::string noun = nounLemma(tok);
        // (A fund that invests is a body, no measure: "Norway's largest pension fund", "a
        // sovereign wealth fund".)
        const bool investingFund =
            noun == "fund" &&
            std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                return c < i &&
                       isOneOf(t.lemma(c), {"pension", "hedge", "wealth", "investment", "sovereign",
                                            "mutual", "index", "venture", "equity", "retirement",
                                            "endowment", "activist"});
            });
        if (measureNoun(noun) && !investingFund) {
            std::size_t owner = NONE;
            std::size_t first = i;
            for (std::size_t c : t.children[i]) {
                if (c < i && (t.rel(c) == "nmod:poss" || t.rel(c) == "compound") &&
                    words[c].entity >= 0 && words[c].kind != MentionKind::Pronoun &&
                    entities_[static_cast<std::size_t>(words[c].entity)].type !=
                        EntityType::Product) {
                    owner = c;
                }
                // (A possessive pronoun is no part of a measure's name: "its export
                // restrictions" is named after its owner below.)
                if (c < i && isOneOf(t.rel(c), {"nmod:poss", "compound", "amod"}) &&
                    s.tokens[c].upos != "PRON") {
                    first = std::min(first, words[c].entity >= 0 ? words[c].first : c);
                    // (with a modifier's own amount: "a 100 percent tariff")
                    for (std::size_t g : t.children[c]) {
                        if (g < c && t.rel(g) == "nummod") {
                            first = std::min(first, g);
                        }
                    }
                }
            }
            const std::size_t possessor = t.child(i, {"nmod:poss"});
            const bool pronounOwner = possessor != NONE && s.tokens[possessor].upos == "PRON";
            int ownerEntity = owner != NONE ? words[owner].entity : -1;
            // "Beijing imposed export controls on ...": the subject's measure.
            const std::size_t verb = t.head(i);
            if (ownerEntity < 0 && t.rel(i) == "obj" && verb != NONE &&
                verbIsOneOf(s.tokens[verb], {"impose", "announce", "introduce", "adopt", "tighten",
                                             "expand", "unveil", "issue", "enact", "approve",
                                             "award", "extend", "launch", "propose"})) {
                const std::size_t subject = t.child(verb, {"nsubj"});
                if (subject != NONE && words[subject].entity >= 0) {
                    ownerEntity = words[subject].entity;
                }
            }
            const std::size_t det = t.child(i, {"det"});
            const bool definite = det != NONE && isOneOf(lowered(s.tokens[det].form),
                                                         {"the", "this", "these", "those"});
            const bool plural = isPlural(tok) || lowered(tok.form) != noun;
            // A company's plan or move is an intention, no measure: "SK Hynix announced plans
            // to build a plant", "Intel's move to cut jobs"; its program is a project of its
            // own: "Boeing's space program". (A president's plan is one.)
            if (isOneOf(noun, {"plan", "move", "program", "programme"}) && ownerEntity >= 0 &&
                entities_[static_cast<std::size_t>(ownerEntity)].type == EntityType::Org &&
                !governmentName(entities_[static_cast<std::size_t>(ownerEntity)].name)) {
                continue;
            }
            int e = -1;
            if (pronounOwner) {
                // "our CHIPS award": the measure talked about, whatever names it.
                e = resolvePolicy(noun, false);
                if (e >= 0) {
                    first = std::min(first, possessor);
                }
            }
            if (e >= 0) {
                // resolved above
            } else if (ownerEntity >= 0) {
                // The same actor's measure named again is the same measure ("Beijing's move"
                // after "Beijing imposed export controls").
                for (auto it = policies_.rbegin(); it != policies_.rend() && e < 0; ++it) {
                    if (entities_[static_cast<std::size_t>(*it)].owner == ownerEntity) {
                        e = *it;
                    }
                }
                if (e < 0) {
                    std::size_t last = i;
                    // An "on"/"of" complement right after the noun belongs to its name, also
                    // when the parse hangs it on the verb ("imposed export controls on
                    // gallium": obl of "imposed" with its preposition next to the noun).
                    for (std::size_t c : nounComplements(t, i)) {
                        if (c - i <= 6) {
                            const std::size_t cs = t.child(c, {"case"});
                            // (Not a day: "launched an investigation on Wednesday into ...".)
                            if (cs != NONE && isOneOf(t.lemma(cs), {"on", "of", "against"}) &&
                                !datePhrase(s, cs, c)) {
                                last = c;
                                for (std::size_t g : t.children[c]) {
                                    if (g > c && isOneOf(t.rel(g), {"conj", "cc"}) && g - c <= 3) {
                                        last = std::max(last, g);
                                    }
                                }
                            }
                        }
                    }
                    std::string name = joinWords(s, first, last);
                    if (pronounOwner) {
                        name = entities_[static_cast<std::size_t>(ownerEntity)].name + " " + name;
                    }
                    e = entityNamed(name, EntityType::Law, false);
                    DocEntity& m = entities_[static_cast<std::size_t>(e)];
                    m.policy = true;
                    m.owner = ownerEntity;
                    m.head = noun;
                    // "CHIPS Act grant": a measure named after a law is granted under it.
                    if (entities_[static_cast<std::size_t>(ownerEntity)].type == EntityType::Law) {
                        out.facts.push_back(
                            {e,
                             isOneOf(noun, {"grant", "award", "fund", "funding", "waiver"})
                                 ? "be granted under"
                                 : "fall under",
                             ownerEntity, i});
                    }
                    // "U.S. restrictions ... imposed in late 2023": the owner imposed them.
                    // (The participle may hang on a word of the phrase: "restrictions on
                    // exporting chips imposed in 2023".)
                    std::vector<std::size_t> phrase{i};
                    for (std::size_t k = 0; k < phrase.size() && phrase.size() < 12; ++k) {
                        for (std::size_t c : t.children[phrase[k]]) {
                            if (c > i && c <= i + 10) {
                                phrase.push_back(c);
                            }
                        }
                    }
                    for (std::size_t c : phrase) {
                        if (t.rel(c) == "acl" && s.tokens[c].upos == "VERB" &&
                            s.tokens[c].xpos == "VBN" &&
                            verbIsOneOf(s.tokens[c],
                                        {"impose", "announce", "introduce", "adopt", "tighten",
                                         "expand", "unveil", "issue", "enact", "approve", "extend",
                                         "propose", "grant", "award", "lift", "ease"})) {
                            out.facts.push_back({ownerEntity, s.tokens[c].lemma, e, c});
                        }
                    }
                }
            } else if ((definite && possessor == NONE) || pronounOwner) {
                // "the move", "our CHIPS award"
                e = resolvePolicy(noun, false);
                first = std::min(first, det != NONE ? det : possessor);
            } else if (det == NONE && plural && possessor == NONE) {
                e = resolvePolicy(noun, true);
            }
            if (e >= 0) {
                for (std::size_t k = first; k <= i; ++k) {
                    if (words[k].entity < 0) {
                        words[k] = WordEntity{e, first, i, MentionKind::Description, {}};
                    }
                }
                addSurface(e, joinWords(s, first, i));
                record(i);
                std::erase(policies_, e);
                policies_.push_back(e);
                if (policies_.size() > 16) {
                    policies_.erase(policies_.begin());
                }
                continue;
            }
        }
        // What one becomes or remains is said of it, no one named before: "She became the
        // youngest prime minister in the country's history".
        if (t.rel(i) == "xcomp" && t.head(i) != NONE &&
            isOneOf(t.lemma(t.head(i)), {"become", "remain", "stay", "turn"})) {
            continue;
        }
        // So is what a verb makes or names its object: "making her the youngest prime minister",
        // "named him the company's chief executive" (the second of two objects, or the object's
        // complement). It is the object itself: "making India the first country to reach the
        // region" (India reaches it).
        if (const std::size_t object = madeObject(t, i); object != NONE) {
            if (words[object].entity >= 0) {
                const std::size_t d = t.child(i, {"det"});
                mark(d != NONE && d < i ? d : i, i, words[object].entity, MentionKind::Description);
            }
            continue;
        }
        // The kind of actor or thing the noun describes ("company", "ministry", "chip"), if any.
        const std::size_t compound = t.child(i, {"compound"});
        const std::optional<Kind> kind = descriptionKind(
            lowered(tok.lemma), compound != NONE ? lowered(s.tokens[compound].lemma) : "");
        // "the paramilitary group" after "a war between the army and the Rapid Support
        // Forces": the most salient armed body, one whose name says it bears arms (not any
        // organisation: "The United Nations said ... The paramilitary group denied the claims").
        if (const std::size_t d = t.child(i, {"det"});
            d != NONE && lowered(s.tokens[d].form) == "the" && !isPlural(tok) &&
            isOneOf(nounLemma(tok), {"group", "force", "faction", "militia", "movement"}) &&
            std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                return c < i && t.rel(c) == "amod" &&
                       isOneOf(lowered(s.tokens[c].form),
                               {"paramilitary", "militant", "armed", "rebel", "jihadist",
                                "extremist", "terrorist", "insurgent", "separatist"});
            })) {
            const int e = mostSalient(i, [&](const Event& ev) {
                const DocEntity& armed = entities_[static_cast<std::size_t>(ev.entity)];
                return armed.type == EntityType::Org &&
                       hasWord(armed.name,
                               {"forces", "force", "army", "front", "brigade", "brigades",
                                "militia", "movement", "guard", "guards", "hamas", "hezbollah",
                                "houthis", "taliban", "wagner", "al-shabaab", "isis", "m23"});
            });
            if (e >= 0) {
                mark(d, i, e, MentionKind::Description);
                record(i);
                continue;
            }
        }
        // "the union" after "the IG Metall union": the most salient body named with that word
        // (mostSalient looks three sentences back).
        if (const std::size_t d = t.child(i, {"det"});
            !kind && !isPlural(tok) && d != NONE && lowered(s.tokens[d].form) == "the") {
            const std::string body = nounLemma(tok);
            // (A company's part goes by any of its words: "the unit" after "Cariad,
            // Volkswagen's software subsidiary".)
            const auto part = [](std::string_view word) {
                return isOneOf(word, {"unit", "subsidiary", "arm", "division", "affiliate"});
            };
            const int e = mostSalient(i, [&](const Event& ev) {
                const std::vector<std::string>& b =
                    entities_[static_cast<std::size_t>(ev.entity)].bodies;
                return std::find(b.begin(), b.end(), body) != b.end() ||
                       (part(body) && std::any_of(b.begin(), b.end(),
                                                  [&](const std::string& x) { return part(x); }));
            });
            if (e >= 0) {
                mark(d, i, e, MentionKind::Description);
                record(i);
                continue;
            }
        }
        // "the Reykjanes peninsula": a place's name before a word for its kind is the place.
        if (const std::size_t c = t.child(i, {"compound"});
            c != NONE && c + 1 == i && words[c].entity >= 0 && tok.upos == "NOUN" &&
            lowered(tok.form) == tok.form && placeWord(tok.form) &&
            entities_[static_cast<std::size_t>(words[c].entity)].type == EntityType::Gpe) {
            words[i] = WordEntity{words[c].entity, words[c].first, i, MentionKind::Name, {}};
            addSurface(words[c].entity, joinWords(s, words[c].first, i));
            continue;
        }
        // "H20 chips": a product name modifying a generic product noun is the product.
        if (kind == Kind::Product) {
            const std::size_t c = t.child(i, {"compound", "flat"});
            if (c != NONE && words[c].entity >= 0 &&
                entities_[static_cast<std::size_t>(words[c].entity)].type == EntityType::Product) {
                words[i] = WordEntity{
                    words[c].entity, std::min(words[c].first, i), i, MentionKind::Name, {}};
                addSurface(words[c].entity, joinWords(s, std::min(words[c].first, i), i));
                continue;
            }
        }
        // A definite description: "the company", "The American chipmaking giant", "the nation".
        const std::size_t det = t.child(i, {"det"});
        const bool pluralNoun = isPlural(tok) || (tok.form.size() > 1 && tok.form.back() == 's' &&
                                                  lowered(tok.lemma) != lowered(tok.form));
        // "the companies", "both firms": the latest group; "the two leaders", "both
        // presidents": the latest pair or list of people, when it is one.
        const bool people =
            isOneOf(lowered(tok.lemma), {"leader", "president", "minister", "executive"});
        if (pluralNoun && det != NONE &&
            isOneOf(lowered(s.tokens[det].form), {"the", "these", "those", "both"}) &&
            (people || kind == Kind::Company)) {
            const Group* g = latestGroup(i);
            const auto person = [&](int m) {
                return entities_[static_cast<std::size_t>(m)].type == EntityType::Person;
            };
            // (Companies are no list of places or people: "the technology companies" after
            // "laws in Arkansas and Ohio".)
            const auto organisation = [&](int m) {
                const EntityType type = entities_[static_cast<std::size_t>(m)].type;
                return type == EntityType::Org || type == EntityType::Other;
            };
            const bool fits =
                g != nullptr &&
                (people ? std::all_of(g->members.begin(), g->members.end(), person)
                        : std::all_of(g->members.begin(), g->members.end(), organisation));
            if (fits) {
                mark(std::min(det, i), i, g->members.front(), MentionKind::Description);
                words[i].also.assign(g->members.begin() + 1, g->members.end());
                record(i);
                events_.back().listed = true;
            }
            if (fits || !people) {
                continue;
            }
        }
        // "the two metals", "both chips": the latest list of things (not actors) named in the
        // last sentences, of that many members when a number says so.
        if (pluralNoun && det != NONE &&
            isOneOf(lowered(s.tokens[det].form), {"the", "these", "those", "both"}) &&
            (!kind || kind == Kind::Product) &&
            // Actors are not things ("the overseas buyers"), nor are measures ("the new rules"
            // named no list of metals); money words are about the market, not the things ("the
            // stocks jumped").
            !agentNoun(nounLemma(tok)) && !measureNoun(nounLemma(tok)) &&
            !isOneOf(nounLemma(tok),
                     {"stock", "share", "price", "market", "sale", "export", "import", "volume",
                      "cost", "profit", "revenue", "gain", "loss", "deal", "order", "shipment"})) {
            std::size_t count = lowered(s.tokens[det].form) == "both" ? 2 : 0;
            if (const std::size_t num = t.child(i, {"nummod"}); num != NONE) {
                const std::string w = lowered(s.tokens[num].form);
                count = w == "two" || w == "2" ? 2 : w == "three" || w == "3" ? 3 : 99;
            }
            for (auto it = thingGroups_.rbegin(); it != thingGroups_.rend(); ++it) {
                if (it->sentence == sentence_ && it->word >= i) {
                    continue;
                }
                // (A list of one kind of thing is not another thing the text named before:
                // "a faulty sensor ... Camry, Corolla and Highlander models ... inspect the
                // sensors".)
                const bool otherThing = !it->kind.empty() && it->kind != nounLemma(tok) &&
                                        commonThings_.contains(nounLemma(tok));
                if ((count == 0 || count == it->members.size()) && !otherThing) {
                    mark(std::min(det, i), i, it->members.front(), MentionKind::Description);
                    words[i].also.assign(it->members.begin() + 1, it->members.end());
                    record(i);
                }
                break;
            }
            if (words[i].entity >= 0) {
                // Named again, the list is as recent as this mention ("them" later on).
                std::vector<int> members{words[i].entity};
                members.insert(members.end(), words[i].also.begin(), words[i].also.end());
                thingGroups_.push_back({std::move(members), sentence_, i, true, {}});
                continue;
            }
        }
        // "our country" in a quote is the speaker's, which news writing has usually named.
        const std::size_t poss = t.child(i, {"nmod:poss"});
        const bool ourCountry =
            poss != NONE && lowered(s.tokens[poss].form) == "our" && kind == Kind::Country;
        // "the world's largest automaker" describes like "the largest automaker".
        const bool worlds = poss != NONE && lowered(s.tokens[poss].lemma) == "world" &&
                            t.child(poss, {"det"}) != NONE;
        const bool definite =
            (det != NONE && isOneOf(lowered(s.tokens[det].form), {"the", "this", "that"})) ||
            ourCountry || worlds;
        // An unnamed company brought into the story: "a startup" as a subject, object or
        // oblique (not one that describes a subject, "Nvidia is a company", "became a company",
        // nor an apposition), or "the startup" that someone founded. A later "the startup" is
        // that company rather than one named before ("A former Google engineer founded the
        // startup. The startup raised ..."), unless a company is named in between.
        // (A common noun's compound leaves it unnamed: "formed the world's largest *auto*
        // group".)
        const bool nameCompound =
            std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                return t.rel(c) == "compound" && s.tokens[c].upos != "NOUN";
            });
        if (!pluralNoun && kind == Kind::Company && t.child(i, {"cop"}) == NONE &&
            isOneOf(t.rel(i), {"nsubj", "nsubj:pass", "obj", "obl", "nmod"}) &&
            t.child(i, {"appos", "flat"}) == NONE && !nameCompound) {
            const std::size_t v = t.head(i);
            const bool founded =
                definite && t.rel(i) == "obj" && v != NONE &&
                verbIsOneOf(s.tokens[v], {"found", "launch", "create", "establish", "form", "start",
                                          "incorporate", "cofound", "co-found"});
            const bool indefinite =
                det != NONE && isOneOf(lowered(s.tokens[det].form), {"a", "an", "another"});
            if (founded || indefinite) {
                unnamed_[lowered(tok.lemma)] = {sentence_, i};
                continue;
            }
            // (A company named after it is the better antecedent: "A company in Shenzhen
            // bought the chips. Nvidia said ... The company ...".)
            if (auto it = unnamed_.find(lowered(tok.lemma));
                definite && it != unnamed_.end() && sentence_ - it->second.first <= 3) {
                const int e = resolveDescription(lowered(tok.lemma), i, clauseSubjectOf(i));
                const bool namedSince =
                    e >= 0 && std::any_of(events_.begin(), events_.end(), [&](const Event& ev) {
                        return ev.entity == e && std::pair(ev.sentence, ev.word) > it->second &&
                               std::pair(ev.sentence, ev.word) < std::pair(sentence_, i);
                    });
                if (!namedSince) {
                    it->second = {sentence_, i};
                    continue;
                }
            }
        }
        // (A phrase of its own makes it another one, "the maker of X", "the company in
        // Shenzhen"; "about", "over" or a time's preposition is the verb's, hung on the noun:
        // "questioned the company about security risks", "testified against the company
        // during the trial".)
        // So does a clause that says which one it is, with no comma before it: "was identified
        // as the company that had ordered the chips" is none named before.
        bool ownPhrase = false;
        for (std::size_t c : t.children[i]) {
            const std::size_t cc = t.child(c, {"case"});
            ownPhrase =
                ownPhrase ||
                (t.rel(c) == "nmod" &&
                 (cc == NONE || !isOneOf(t.lemma(cc), {"about", "over", "during", "after", "before",
                                                       "since", "until"}))) ||
                (t.rel(c) == "acl:relcl" && c > i + 1 && s.tokens[i + 1].form != "," &&
                 t.child(c, {"nsubj"}) != NONE &&
                 isOneOf(lowered(s.tokens[t.child(c, {"nsubj"})].form), {"that", "which", "who"}));
        }
        // (A company said to be new, or made of others, is none named before: "Unilever plans to
        // separate its ice cream division ... The new ice cream company will be listed in
        // Amsterdam", "the combined company".)
        const bool newlyMade =
            kind == Kind::Company &&
            std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                return c < i && t.rel(c) == "amod" &&
                       isOneOf(lowered(s.tokens[c].form),
                               {"new", "combined", "merged", "enlarged"});
            });
        // (Nor is a government of a part of the country the country's: "the regional
        // government" of Valencia is not Spain.)
        const bool ofAPart =
            (kind == Kind::Government || kind == Kind::Country) &&
            std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                return c < i && isOneOf(t.rel(c), {"amod", "compound"}) &&
                       isOneOf(lowered(s.tokens[c].form),
                               {"regional", "provincial", "local", "municipal", "state", "city",
                                "county", "district", "prefectural", "devolved"});
            });
        if (definite && !pluralNoun && !ownPhrase && !newlyMade && !ofAPart &&
            (poss == NONE || ourCountry || worlds)) {
            // Modifiers must be plain adjectives or nouns: "the state media" is not "the state".
            // A country's name is one for a company or an outlet, like its demonym: "the U.S.
            // chipmaker" is "the American chipmaker".
            bool named = false;
            int made = -1;      // the product of "the iPhone maker", no antecedent of it
            int ofCountry = -1; // the country of "the Chinese company", "the U.S. chipmaker"
            std::size_t first = det != NONE ? det : poss;
            for (std::size_t c : t.children[i]) {
                const bool country =
                    words[c].entity >= 0 &&
                    entities_[static_cast<std::size_t>(words[c].entity)].type == EntityType::Gpe &&
                    t.rel(c) == "compound" && (kind == Kind::Company || kind == Kind::Media);
                // (Nor is a product's name before a word for its maker: "the iPhone maker" is
                // the company the story is about. A name the gazetteer does not know is taken
                // for a product there, whatever type it was guessed.)
                const DocEntity* modifier =
                    words[c].entity >= 0 ? &entities_[static_cast<std::size_t>(words[c].entity)]
                                         : nullptr;
                const bool product =
                    modifier != nullptr && t.rel(c) == "compound" && kind == Kind::Company &&
                    (modifier->type == EntityType::Product ||
                     (modifier->type == EntityType::Org && !modifier->known)) &&
                    (lowered(tok.lemma).ends_with("maker") ||
                     isOneOf(lowered(tok.lemma),
                             {"manufacturer", "producer", "developer", "designer"}));
                if (c < i && words[c].entity >= 0 && words[c].kind == MentionKind::Name &&
                    !country && !product) {
                    named = true;
                }
                if (product) {
                    made = words[c].entity;
                }
                if (c < i && country) {
                    ofCountry = words[c].entity;
                } else if (c < i && t.rel(c) == "amod" && demonymOf[c] >= 0) {
                    ofCountry = demonymOf[c];
                }
                if (c < i) {
                    first = std::min(first, c);
                }
            }
            // "the commerce ministry": the known ministry of the country the story is about.
            if (!named && first < i && kind == Kind::Government) {
                const std::string phrase = joinWords(s, det != NONE ? det + 1 : first, i);
                for (int country : salientCountries()) {
                    const std::string& c = entities_[static_cast<std::size_t>(country)].name;
                    const article::GazetteerEntry* g = gazetteer_.lookup(c + "'s " + phrase);
                    if (g == nullptr) {
                        g = gazetteer_.lookup(phrase + " of " + c);
                    }
                    if (g != nullptr) {
                        mark(first, i, entityFor(*g), MentionKind::Description);
                        record(i);
                        named = true;
                        break;
                    }
                }
                if (named) {
                    continue;
                }
            }
            // "Activision chief executive Bobby Kotick, who has led the company since 1991":
            // "the company" in a clause whose subject is a person named with a title of a
            // company in this sentence is that company (not the one the story is about).
            if (!named && kind == Kind::Company) {
                std::size_t v = t.head(i);
                while (v != NONE && s.tokens[v].upos != "VERB" && s.tokens[v].upos != "AUX") {
                    v = t.head(v);
                }
                std::size_t subject = v == NONE ? NONE : t.child(v, {"nsubj"});
                if (subject != NONE && s.tokens[subject].xpos == "WP" && t.rel(v) == "acl:relcl") {
                    subject = t.head(v); // "who": the person the clause is on
                }
                const int person = subject == NONE ? -1 : words[subject].entity;
                int employer = -1;
                if (person >= 0 &&
                    entities_[static_cast<std::size_t>(person)].type == EntityType::Person) {
                    for (std::size_t k = 0; k < i && employer < 0; ++k) {
                        const std::size_t title = t.head(k);
                        if (words[k].entity < 0 || words[k].kind != MentionKind::Name ||
                            words[k].first != k || title == NONE ||
                            !officeOrRole(s.tokens[title].form) ||
                            !compatible(entities_[static_cast<std::size_t>(words[k].entity)],
                                        Kind::Company)) {
                            continue;
                        }
                        // (the title describes the person: before the name, or in apposition)
                        const std::size_t on = t.head(title);
                        if ((on != NONE && words[on].entity == person) ||
                            std::any_of(t.children[title].begin(), t.children[title].end(),
                                        [&](std::size_t c) { return words[c].entity == person; })) {
                            employer = words[k].entity;
                        }
                    }
                    // (Or a company of the last sentences named for the person's family: "John
                    // Hess, who ran the company founded by his father" after "Hess".)
                    const std::vector<std::string_view> own =
                        article::splitWords(entities_[static_cast<std::size_t>(person)].name);
                    if (employer < 0 && own.size() >= 2) {
                        employer = mostSalient(i, [&](const Event& ev) {
                            const DocEntity& e = entities_[static_cast<std::size_t>(ev.entity)];
                            const std::vector<std::string_view> parts = article::splitWords(e.name);
                            return compatible(e, Kind::Company) && !parts.empty() &&
                                   parts.front() == own.back();
                        });
                    }
                }
                if (employer >= 0) {
                    mark(first, i, employer, MentionKind::Description);
                    record(i);
                    named = true;
                }
            }
            // A predicate noun says what its subject is, naming no one else: "The bank was *the
            // largest lender* to fail" is no other lender, nor the bank said twice.
            if (!named && t.child(i, {"cop"}) != NONE &&
                t.child(i, {"nsubj", "nsubj:pass"}) != NONE) {
                continue;
            }
            if (!named && kind) {
                // An object of a verb is not that verb's subject.
                int avoid = made >= 0 ? made : clauseSubjectOf(i);
                // Nor is the subject of what a named speaker says the speaker: "Hindenburg
                // Research said *the conglomerate* had used offshore companies".
                if (const std::size_t said = t.head(i) == NONE ? NONE : t.head(t.head(i));
                    avoid < 0 && t.rel(i).starts_with("nsubj") && said != NONE &&
                    t.rel(t.head(i)) == "ccomp" && openie::isReportingVerb(t.lemma(said))) {
                    const std::size_t sayer = t.child(said, {"nsubj"});
                    if (sayer != NONE && sayer < i && words[sayer].entity >= 0) {
                        avoid = words[sayer].entity;
                    }
                }
                // Nor is a rival the sentence's own actor, the subject of its main clause: "BHP
                // walked away from its takeover of Anglo American after the rival miner
                // rejected a third offer".
                if (avoid < 0 &&
                    std::any_of(t.children[i].begin(), t.children[i].end(), [&](std::size_t c) {
                        return isOneOf(t.rel(c), {"amod", "compound"}) &&
                               isOneOf(lowered(s.tokens[c].form), {"rival", "competing"});
                    })) {
                    std::size_t root = i;
                    while (t.head(root) != NONE) {
                        root = t.head(root);
                    }
                    const std::size_t subject = t.child(root, {"nsubj"});
                    avoid = subject != NONE && subject < i ? words[subject].entity : -1;
                }
                // Nor is the subject of a clause joined to another with a subject of its own
                // that subject, which the writer would have called "it": "BHP offered to buy
                // Anglo American, but the London-listed miner rejected the proposal".
                if (const std::size_t v = t.head(i); avoid < 0 && v != NONE && isSubject(t, i) &&
                                                     t.rel(v) == "conj" && t.head(v) != NONE) {
                    const std::size_t earlier = t.child(t.head(v), {"nsubj", "nsubj:pass"});
                    avoid = earlier != NONE && earlier < i ? words[earlier].entity : -1;
                }
                // Nor is a subject the actor named later in its own clause, which the writer
                // would have called "itself": "the government lacked a reciprocal agreement
                // with Haiti" is not Haiti's.
                if (const std::size_t v = t.head(i); avoid < 0 && v != NONE && isSubject(t, i)) {
                    for (std::size_t k = i + 1; k < s.tokens.size() && avoid < 0; ++k) {
                        if (words[k].entity < 0 || words[k].kind != MentionKind::Name) {
                            continue;
                        }
                        std::size_t up = t.head(k);
                        while (up != NONE && up != v && s.tokens[up].upos != "VERB" &&
                               s.tokens[up].upos != "AUX") {
                            up = t.head(up);
                        }
                        if (up == v &&
                            compatible(entities_[static_cast<std::size_t>(words[k].entity)],
                                       *kind)) {
                            avoid = words[k].entity;
                        }
                    }
                }
                // Nor is the subject of what a suit or an accusation alleges the party that
                // alleges it: "Arm sued Qualcomm, alleging that the chipmaker breached a
                // licensing agreement" is about Qualcomm.
                if (const std::size_t v = t.head(i);
                    avoid < 0 && v != NONE && isSubject(t, i) && t.rel(v) == "ccomp") {
                    const std::size_t says = t.head(v);
                    const std::size_t acts = says == NONE ? NONE : t.head(says);
                    if (acts != NONE && t.rel(says) == "advcl" &&
                        t.child(says, {"nsubj"}) == NONE &&
                        isOneOf(s.tokens[says].lemma,
                                {"allege", "claim", "say", "argue", "contend", "assert"}) &&
                        isOneOf(s.tokens[acts].lemma,
                                {"sue", "accuse", "charge", "fine", "blame", "criticize",
                                 "criticise", "condemn", "investigate", "penalize", "sanction"})) {
                        const std::size_t subject = t.child(acts, {"nsubj"});
                        const std::size_t object = t.child(acts, {"obj"});
                        if (subject != NONE && object != NONE && words[subject].entity >= 0 &&
                            words[object].entity >= 0) {
                            avoid = words[subject].entity;
                        }
                    }
                }
                // Nor is it the firm the speakers work at: "Analysts at Nomura said the recall
                // would cost the company about $1 billion" is the company the story is about.
                if (avoid < 0) {
                    std::size_t root = i;
                    while (t.head(root) != NONE) {
                        root = t.head(root);
                    }
                    const std::size_t subject = t.child(root, {"nsubj"});
                    if (subject != NONE && subject < i && words[subject].entity < 0) {
                        for (std::size_t c : t.children[subject]) {
                            const std::size_t cs = t.child(c, {"case"});
                            if (t.rel(c) == "nmod" && words[c].entity >= 0 && cs != NONE &&
                                lowered(s.tokens[cs].form) == "at") {
                                avoid = words[c].entity;
                            }
                        }
                    }
                }
                // (a company by its compound, "the commodities trader", as "the company")
                const std::string lemma =
                    kind == Kind::Company && descriptionKind(lowered(tok.lemma)) != kind
                        ? std::string("company")
                        : lowered(tok.lemma);
                int e = resolveDescription(lemma, i, avoid, kind == Kind::Company ? ofCountry : -1);
                // "our country", "the nation" with no country in the last sentences: the
                // country the story is about.
                if (e < 0 && kind == Kind::Country) {
                    // (not one named only later in the sentence, unless the speaker's: "our
                    // country", said by "U.S. Secretary of Commerce Gina Raimondo")
                    const std::vector<int> countries = salientCountries(ourCountry ? NONE : i);
                    e = countries.empty() ? -1 : countries.front();
                }
                if (e >= 0) {
                    mark(first, i, e, MentionKind::Description);
                    record(i);
                    std::vector<std::string>& trades =
                        entities_[static_cast<std::size_t>(e)].trades;
                    if (kind == Kind::Company && !genericTrade(lemma) &&
                        std::find(trades.begin(), trades.end(), lemma) == trades.end()) {
                        trades.push_back(lemma);
                    }
                }
            }
        }
    }

    // The word at `k` that dates a title ("former", "outgoing") with a space after it, lower
    // case, to go before the title: "be former CEO of". "" for any other word.
    const auto tenure = [&](std::size_t k) {
        return k < n && roleTenureWord(s.tokens[k].form)
                   ? article::asciiLowered(s.tokens[k].form) + " "
                   : std::string();
    };
    // Whether a title (as ceoTitle gives it) is an office of a company's: "CEO", "former
    // Chairman".
    const auto companyOffice = [](const std::string& title) {
        return isOneOf(lowered(title).substr(holderWordLength(title)),
                       {"ceo", "co-ceo", "chairman", "chairwoman", "chief financial officer",
                        "chief operating officer", "chief technology officer"});
    };
    // The company whose office a title with no owner before word `i` is: the company the story
    // is about, as "the company" would be. Only one that was a clause's subject before, in this
    // sentence too: the story's actor, not one that a sentence merely named ("Unilever said
    // ... as chief executive Hein Schumacher tries to revive growth"). -1 for none.
    const auto storyCompany = [&](std::size_t i) {
        std::set<int> subjects;
        for (const Event& ev : events_) {
            if (ev.subject &&
                (ev.sentence < sentence_ || (ev.sentence == sentence_ && ev.word < i))) {
                subjects.insert(ev.entity);
            }
        }
        return mostSalient(i, [&](const Event& ev) {
            return compatible(entities_[static_cast<std::size_t>(ev.entity)], Kind::Company) &&
                   !ev.listed && subjects.contains(ev.entity);
        });
    };
    // 7. Facts in the shape of names: "U.S. President Donald Trump", "Chinese President Xi
    //    Jinping", "Nvidia CEO Jensen Huang".
    for (std::size_t i = 0; i < n; ++i) {
        const bool inOtherName =
            words[i].entity >= 0 &&
            entities_[static_cast<std::size_t>(words[i].entity)].type != EntityType::Person;
        if (!titleWord(s.tokens[i].form) || inOtherName) {
            continue;
        }
        // The person named right after the title (possibly inside the same gazetteer match).
        std::size_t p = i + 1;
        // (With an officer's field: "Chief financial officer Sarah Friar".)
        // (And "General" after a title: "Attorney General Ken Paxton".)
        const auto inTitle = [&](std::size_t k) {
            return titleWord(s.tokens[k].form) || (k > i && officerFieldAt(s, k)) ||
                   (k > i && lowered(s.tokens[k].form) == "general" &&
                    titleWord(s.tokens[k - 1].form));
        };
        while (p < n && inTitle(p)) {
            ++p;
        }
        // "Secretary of Commerce Gina Raimondo": the office's field, one or two capitalised words.
        std::string field;
        if (p + 1 < n && s.tokens[p].form == "of" && words[p].entity < 0) {
            std::size_t q = p + 1;
            while (q < n && q <= p + 2 && words[q].entity < 0 && !s.tokens[q].form.empty() &&
                   article::isAsciiUpper(s.tokens[q].form[0])) {
                field += (field.empty() ? "" : " ") + s.tokens[q].form;
                ++q;
            }
            if (!field.empty()) {
                p = q;
            }
        }
        if (p >= n || words[p].entity < 0 ||
            entities_[static_cast<std::size_t>(words[p].entity)].type != EntityType::Person) {
            continue;
        }
        // The whole title ("Chief Executive"); the chief executive is the CEO; "Former Intel
        // CEO Pat Gelsinger" was.
        // (Not a rank or an honorific right before the name after an office: "Saudi energy
        // minister *Prince* Abdulaziz bin Salman" is the energy minister.)
        std::size_t titleEnd = p;
        while (titleEnd > i + 1 &&
               isOneOf(lowered(s.tokens[titleEnd - 1].form),
                       {"prince", "princess", "sheikh", "sheikha", "emir", "sultan", "sir", "dame",
                        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."}) &&
               titleWord(s.tokens[titleEnd - 2].form) &&
               !isOneOf(lowered(s.tokens[titleEnd - 2].form), {"crown", "prince", "emir"})) {
            --titleEnd;
        }
        std::string title;
        for (std::size_t k = i; k < titleEnd && inTitle(k); ++k) {
            addTitleWord(title, s.tokens[k].form);
        }
        title = ceoTitle(std::move(title));
        // A company's office with no owner before it is an office of the company the story
        // is about, as "the company" would be: "Chief executive Amin Nasser said ...". (Not
        // a president's or a chair's, which may be a country's or a central bank's.)
        const auto ownerless = [&] {
            if (!field.empty() || !companyOffice(title)) {
                return false;
            }
            if (i > 0 && (words[i - 1].entity >= 0 || demonymOf[i - 1] >= 0 ||
                          possessiveMark(s.tokens[i - 1].form) || s.tokens[i - 1].upos == "PROPN" ||
                          officeField(s.tokens[i - 1].form))) {
                return false; // an owner of some kind, found below or not at all
            }
            const int company = storyCompany(i);
            if (company >= 0 && company != words[p].entity) {
                out.facts.push_back({words[p].entity,
                                     "be " + (i > 0 ? tenure(i - 1) : "") + title + " of", company,
                                     i});
            }
            return true;
        };
        if (ownerless()) {
            continue;
        }
        // The organisation or country right before the title (a name or a demonym).
        if (i == 0) {
            continue;
        }
        // "U.S. Commerce Secretary Gina Raimondo", "Trade Minister Ahn": the office's field
        // before the title is part of it, and the country comes before the field.
        std::string fieldBefore;
        std::size_t o = i - 1;
        if (officeField(s.tokens[o].form)) {
            addTitleWord(fieldBefore, s.tokens[o].form); // "trade minister" -> "Trade Minister"
            if (o == 0) {
                continue;
            }
            --o;
        }
        // "Japan's Trade Minister Yasutoshi Nishimura", "Apple's chief executive Tim Cook": the
        // owner comes before its possessive mark.
        if (o > 0 && possessiveMark(s.tokens[o].form) && words[o].entity < 0) {
            --o;
        }
        int org = words[o].entity != words[p].entity ? words[o].entity : -1;
        if (org < 0) {
            org = demonymOf[o];
        }
        if (org < 0) { // a demonym inside the person's own gazetteer name ("Chinese President Xi")
            if (const article::GazetteerEntry* g = gazetteer_.demonymEntry(s.tokens[o].form)) {
                org = entityFor(*g);
            }
        }
        if (org < 0 || org == words[p].entity) {
            continue;
        }
        const EntityType type = entities_[static_cast<std::size_t>(org)].type;
        if (type != EntityType::Gpe && type != EntityType::Org) {
            continue;
        }
        if (!fieldBefore.empty()) {
            title = fieldBefore + " " + title;
        }
        const std::size_t orgFirst = words[o].entity >= 0 ? words[o].first : o;
        if (orgFirst > 0) {
            title = tenure(orgFirst - 1) + title;
        }
        out.facts.push_back(
            {words[p].entity, "be " + (field.empty() ? "" : field + " ") + title + " of", org, i});
    }

    // 7b. The same facts in apposition: "Sam Altman, OpenAI's chief executive, ...", "said
    //     Hock Tan, Broadcom's chief executive", "Sam Altman, the chief executive of OpenAI,",
    //     "Broadcom's chief executive, Hock Tan,". Read off the words, as the parse of such
    //     appositions often fails.
    const auto entityOf = [&](std::size_t k, bool person) -> int {
        if (k >= n || words[k].entity < 0 || words[k].kind != MentionKind::Name) {
            return -1;
        }
        const EntityType type = entities_[static_cast<std::size_t>(words[k].entity)].type;
        const bool ok = person ? type == EntityType::Person
                               : (type == EntityType::Org || type == EntityType::Gpe);
        return ok ? words[k].entity : -1;
    };
    // The title whose words start at `k` ("chief executive" -> "CEO"), with `end` one past it;
    // "" when there is none or it is only a modifier ("vice", "chief").
    const auto titleFrom = [&](std::size_t k, std::size_t& end) {
        std::string title;
        bool head = false;
        const std::string when = tenure(k); // "former chief executive"
        k += when.empty() ? 0 : 1;
        // (A word of how new or how long says no title: "Boeing's *new* chief executive".)
        if (k + 1 < n && isOneOf(lowered(s.tokens[k].form), {"new", "current", "longtime"}) &&
            titleWord(s.tokens[k + 1].form)) {
            ++k;
        }
        // An office's field before its title is part of it: "energy minister"; so is
        // "managing" before a director's title: "its managing director".
        if (k + 1 < n &&
            (officeField(s.tokens[k].form) || (lowered(s.tokens[k].form) == "managing" &&
                                               lowered(s.tokens[k + 1].form) == "director")) &&
            titleWord(s.tokens[k + 1].form) &&
            !(words[k].entity >= 0 && words[k].kind == MentionKind::Name)) {
            addTitleWord(title, s.tokens[k].form);
            ++k;
        }
        // A word of no mention has the default kind (Name) with no entity: only a name stops it.
        for (end = k;
             end < n && !(words[end].entity >= 0 && words[end].kind == MentionKind::Name) &&
             (titleWord(s.tokens[end].form) || (end > k && officerFieldAt(s, end)) ||
              // (an office named by "general" after its title: "attorney general")
              (end > k && lowered(s.tokens[end].form) == "general" &&
               titleWord(s.tokens[end - 1].form)));
             ++end) {
            head =
                head || !isOneOf(lowered(s.tokens[end].form), {"vice", "deputy", "prime", "chief"});
            addTitleWord(title, s.tokens[end].form);
        }
        return head ? when + ceoTitle(std::move(title)) : std::string();
    };
    const auto closes = [&](std::size_t k) {
        return k >= n || isOneOf(s.tokens[k].form, {",", ".", ";", ")"});
    };
    const auto possessive = [&](std::size_t k) {
        return k < n && possessiveMark(s.tokens[k].form);
    };
    for (std::size_t k = 0; k + 3 < n; ++k) {
        std::size_t end = 0;
        // NAME , ORG 's TITLE   and   NAME , the TITLE of ORG
        if (const int person = entityOf(k, true);
            person >= 0 && words[k].last == k && s.tokens[k + 1].form == ",") {
            // (or in a relative clause of being: "Kelly Ortberg, who became Boeing's chief
            // executive in August, said")
            std::size_t o = k + 2;
            if (lowered(s.tokens[o].form) == "who") {
                std::size_t b = o + 1;
                while (b < n &&
                       isOneOf(lowered(s.tokens[b].form), {"has", "had", "have", "been"})) {
                    ++b;
                }
                if (b + 1 < n &&
                    isOneOf(lowered(s.tokens[b].form), {"is", "was", "became", "becomes"})) {
                    o = b + 1;
                }
            }
            // (A relative clause's title may go on with the time it was taken: "... chief
            // executive in August,".)
            const auto closesHere = [&](std::size_t e) {
                return closes(e) || (o != k + 2 && e < n &&
                                     isOneOf(lowered(s.tokens[e].form), {"in", "on", "since"}));
            };
            // (or "its": "Greg Becker, its chief executive, sold shares")
            const int its =
                lowered(s.tokens[o].form) == "its" && words[o].entity >= 0 &&
                        words[o].kind == MentionKind::Pronoun &&
                        entities_[static_cast<std::size_t>(words[o].entity)].type == EntityType::Org
                    ? words[o].entity
                    : -1;
            if (const int org = entityOf(o, false); org >= 0 && possessive(words[o].last + 1)) {
                const std::string title = titleFrom(words[o].last + 2, end);
                if (!title.empty() && closesHere(end)) {
                    out.facts.push_back({person, "be " + title + " of", org, words[o].last + 2});
                }
            } else if (its >= 0 && its != person) {
                const std::string title = titleFrom(o + 1, end);
                if (!title.empty() && closesHere(end)) {
                    out.facts.push_back({person, "be " + title + " of", its, o + 1});
                }
            } else {
                const std::size_t t0 = lowered(s.tokens[o].form) == "the" ? o + 1 : o;
                const std::string title = titleFrom(t0, end);
                // NAME , the TITLE ,   with no owner: the story's company, as for a title with
                // none before a name ("Bruce Thorn, the chief executive, blamed inflation").
                if (t0 > o && !title.empty() && end < n && s.tokens[end].form == "," &&
                    companyOffice(title)) {
                    if (const int company = storyCompany(k); company >= 0 && company != person) {
                        out.facts.push_back({person, "be " + title + " of", company, t0});
                    }
                }
                if (!title.empty() && end + 1 < n && s.tokens[end].form == "of") {
                    if (const int of = entityOf(end + 1, false);
                        of >= 0 && closes(words[end + 1].last + 1)) {
                        out.facts.push_back({person, "be " + title + " of", of, t0});
                    }
                }
                // NAME , [a] [former] ORG TITLE ,  ("Pat Gelsinger, former Intel CEO,")
                std::size_t o2 = isOneOf(lowered(s.tokens[o].form), {"a", "an", "the"}) ? o + 1 : o;
                const std::string when = tenure(o2);
                o2 += when.empty() ? 0 : 1;
                if (const int owner = entityOf(o2, false); owner >= 0 && words[o2].first == o2) {
                    const std::string orgTitle = titleFrom(words[o2].last + 1, end);
                    if (!orgTitle.empty() && closes(end)) {
                        out.facts.push_back(
                            {person, "be " + when + orgTitle + " of", owner, words[o2].last + 1});
                    }
                }
            }
        }
        // the TITLE of ORG , NAME ,   ("The chief executive of Intel, Pat Gelsinger, said")
        if (lowered(s.tokens[k].form) == "the") {
            const std::string title = titleFrom(k + 1, end);
            if (!title.empty() && end + 2 < n && s.tokens[end].form == "of") {
                std::size_t o = lowered(s.tokens[end + 1].form) == "the" ? end + 2 : end + 1;
                // (after the words of a description: "of the health insurer UnitedHealthcare")
                for (std::size_t skipped = 0;
                     skipped < 3 && o + 1 < n && o > end + 1 &&
                     (words[o].entity < 0 || words[o].kind != MentionKind::Name) &&
                     isOneOf(s.tokens[o].upos, {"NOUN", "ADJ"}) &&
                     lowered(s.tokens[o].form) == s.tokens[o].form;
                     ++skipped) {
                    ++o;
                }
                const int org = entityOf(o, false);
                const std::size_t comma = org >= 0 ? words[o].last + 1 : n;
                if (comma + 1 < n && s.tokens[comma].form == ",") {
                    if (const int person = entityOf(comma + 1, true);
                        person >= 0 && words[comma + 1].first == comma + 1 &&
                        closes(words[comma + 1].last + 1)) {
                        out.facts.push_back({person, "be " + title + " of", org, k + 1});
                    }
                }
            }
        }
        // the ORG TITLE , NAME ,   ("The FTC chair, Lina Khan, called the ruling a victory")
        if (lowered(s.tokens[k].form) == "the") {
            if (const int org = entityOf(k + 1, false); org >= 0 && words[k + 1].first == k + 1) {
                const std::string title = titleFrom(words[k + 1].last + 1, end);
                if (!title.empty() && end + 1 < n && s.tokens[end].form == ",") {
                    if (const int person = entityOf(end + 1, true);
                        person >= 0 && words[end + 1].first == end + 1 &&
                        closes(words[end + 1].last + 1)) {
                        out.facts.push_back(
                            {person, "be " + title + " of", org, words[k + 1].last + 1});
                    }
                }
            }
        }
        // ORG 's TITLE , NAME (the mention may hold the "'s"), and "Its chief executive, Frank
        // Zhang," with the pronoun standing for the organisation
        // (The pronoun's word is usually part of the apposition's mention by now, which names
        // the person: the pronoun is resolved again.)
        int ownerPronoun = -1;
        if (isOneOf(s.tokens[k].form, {"its", "Its"}) && words[k].first == k &&
            !unnamedAntecedent[k]) {
            ownerPronoun =
                words[k].kind == MentionKind::Pronoun ? words[k].entity : resolvePronoun("its", k);
            if (ownerPronoun >= 0 &&
                entities_[static_cast<std::size_t>(ownerPronoun)].type != EntityType::Org) {
                ownerPronoun = -1;
            }
        }
        // The organisation (or country) named at `m`, or the organisation a description there
        // stands for: "the company's vice chair and president, Brad Smith,", "The Japanese
        // conglomerate's founder, Masayoshi Son,". (The apposition may have taken the
        // description's words for the person's mention: then "the company" is resolved here.)
        const auto ownerAt = [&](std::size_t m) {
            if (const int named = entityOf(m, false); named >= 0) {
                return named;
            }
            if (words[m].entity >= 0 && words[m].kind == MentionKind::Description) {
                return entities_[static_cast<std::size_t>(words[m].entity)].type == EntityType::Org
                           ? words[m].entity
                           : -1;
            }
            if (words[m].kind != MentionKind::Apposition || lowered(s.tokens[m].form) != "the") {
                return -1;
            }
            for (std::size_t h = m + 1; h + 1 < n && h <= m + 3; ++h) {
                if (possessive(h + 1) && s.tokens[h].upos == "NOUN") {
                    const int e = resolveDescription(lowered(s.tokens[h].lemma), m);
                    return e >= 0 && entities_[static_cast<std::size_t>(e)].type == EntityType::Org
                               ? e
                               : -1;
                }
            }
            return -1;
        };
        // (the description's own last word, when the apposition took its words)
        std::size_t ownerLast = words[k].last;
        if (words[k].kind == MentionKind::Apposition) {
            ownerLast = k;
            while (ownerLast + 1 < n && !possessive(ownerLast + 1) && ownerLast < k + 3) {
                ++ownerLast;
            }
        }
        if (const int org = ownerPronoun >= 0 ? ownerPronoun : ownerAt(k);
            org >= 0 && (words[k].first == k || words[k].kind == MentionKind::Apposition) &&
            (ownerPronoun >= 0 || possessive(ownerLast) || possessive(ownerLast + 1))) {
            const std::size_t after = ownerPronoun >= 0       ? k + 1
                                      : possessive(ownerLast) ? ownerLast + 1
                                                              : ownerLast + 2;
            std::vector<std::string> titles{titleFrom(after, end)};
            // Two offices: "vice chair and president, Brad Smith".
            if (!titles.front().empty() && end + 1 < n && s.tokens[end].form == "and") {
                std::size_t second = 0;
                if (std::string more = titleFrom(end + 1, second); !more.empty()) {
                    titles.push_back(std::move(more));
                    end = second;
                }
            }
            // (The name may follow a title of rank: "..., Prince Abdulaziz bin Salman,".)
            std::size_t name = end + 1;
            while (name < n && titleWord(s.tokens[name].form) && words[name].entity < 0) {
                ++name;
            }
            if (!titles.front().empty() && end + 1 < n && s.tokens[end].form == ",") {
                if (const int person = entityOf(name, true);
                    person >= 0 && words[name].first == name) {
                    for (const std::string& title : titles) {
                        out.facts.push_back({person, "be " + title + " of", org, after});
                    }
                }
            }
        }
    }

    // 7c. Appointments: "Intel has appointed Lip-Bu Tan, a former board member, as its chief
    //     executive", "named Jane Fraser as Citigroup's CEO", "Jane Fraser was named chief
    //     executive of Citigroup". The office is the organisation's that the title names, or
    //     else the appointing organisation's.
    for (std::size_t v = 0; v < n; ++v) {
        if (s.tokens[v].upos != "VERB" ||
            !verbIsOneOf(s.tokens[v], {"appoint", "name", "elect", "hire", "promote", "tap",
                                       "choose", "select", "pick", "install", "nominate"})) {
            continue;
        }
        // (The parse may make the person an xcomp of "name": "named Jane Fraser as ...".)
        std::size_t obj = NONE;
        for (std::size_t c : t.children[v]) {
            if (obj == NONE && c > v && isOneOf(t.rel(c), {"obj", "xcomp", "iobj"}) &&
                entityOf(c, true) >= 0) {
                obj = c;
            }
        }
        const std::size_t passiveSubject = t.child(v, {"nsubj:pass"});
        const bool passive = passiveSubject != NONE; // (the title may be parsed as its obj)
        const std::size_t who = passive ? passiveSubject : obj;
        const int person = who == NONE ? -1 : entityOf(who, true);
        if (person < 0) {
            continue;
        }
        // After the verb and the person, past an apposition between commas, "as" (which a
        // passive may leave out).
        std::size_t k = std::max(v, words[who].last) + 1;
        if (k < n && s.tokens[k].form == "," && !passive) {
            std::size_t close = k + 1;
            while (close < n && close < k + 25 && s.tokens[close].form != ",") {
                ++close;
            }
            k = close + 1;
        }
        const bool as = k < n && lowered(s.tokens[k].form) == "as";
        // (Or the title as the verb's complement: "named Murray Auchincloss chief executive".)
        const std::size_t complement = t.child(v, {"xcomp"});
        const bool bare = complement != NONE && complement >= k &&
                          s.tokens[complement].upos == "NOUN" && words[who].last + 1 == k;
        if (!as && !passive && !bare) {
            continue;
        }
        k += as ? 1 : 0;
        // Whose office: "its" (the appointing organisation, or the one resolved), "ORG's",
        // "the".
        int org = -1;
        if (k < n && isOneOf(lowered(s.tokens[k].form), {"its", "their", "the"})) {
            if (lowered(s.tokens[k].form) != "the" && words[k].entity >= 0) {
                org = words[k].entity;
            }
            ++k;
        } else if (const int owner = entityOf(k, false); owner >= 0) {
            const std::size_t after = words[k].last + (possessive(words[k].last) ? 1 : 2);
            if (possessive(after - 1)) {
                org = owner;
                k = after;
            }
        }
        if (k < n && isOneOf(lowered(s.tokens[k].form), {"new", "next", "permanent"})) {
            ++k; // "as its next chief executive"
        }
        std::size_t end = 0;
        const std::string title = titleFrom(k, end);
        if (title.empty()) {
            continue;
        }
        if (end + 1 < n && s.tokens[end].form == "of") {
            if (const int of = entityOf(end + 1, false); of >= 0) {
                org = of;
            }
        }
        if (org < 0 && !passive) {
            const std::size_t subject = t.child(v, {"nsubj"});
            org = subject == NONE ? -1 : words[subject].entity;
        }
        if (org >= 0 && org != person &&
            entities_[static_cast<std::size_t>(org)].type == EntityType::Org) {
            out.facts.push_back({person, "be " + title + " of", org, k});
        }
    }

    // 7d. "The Arizona-based company", "Beijing-based ByteDance": an organisation is based in
    //     the place joined to "based" before it.
    for (std::size_t k = 2; k < n; ++k) {
        const std::size_t noun = t.head(k);
        if (lowered(s.tokens[k].form) != "based" || s.tokens[k - 1].form != "-" ||
            s.tokens[k - 1].start != s.tokens[k - 2].end ||
            s.tokens[k].start != s.tokens[k - 1].end || noun == NONE || noun <= k ||
            words[noun].entity < 0) {
            continue;
        }
        // (A description's mention holds the place's word: "The Arizona-based company".)
        int place = words[k - 2].entity >= 0 && words[k - 2].kind == MentionKind::Name &&
                            words[k - 2].last == k - 2
                        ? words[k - 2].entity
                        : -1;
        if (place < 0) {
            if (const article::GazetteerEntry* g = gazetteer_.lookup(s.tokens[k - 2].form);
                g != nullptr && g->type == EntityType::Gpe) {
                place = entityFor(*g);
            }
        }
        if (place < 0) {
            continue;
        }
        const int org = words[noun].entity;
        if (entities_[static_cast<std::size_t>(place)].type == EntityType::Gpe &&
            entities_[static_cast<std::size_t>(org)].type == EntityType::Org && place != org) {
            out.facts.push_back({org, "be based in", place, k});
        }
    }

    thingSubjectLast_ = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (s.tokens[i].head == 0) {
            const std::size_t subject = t.child(i, {"nsubj", "nsubj:pass"});
            thingSubjectLast_ =
                subject != NONE && s.tokens[subject].upos == "NOUN" &&
                !isPlural(s.tokens[subject]) && words[subject].entity < 0 &&
                // (nor an actor, unless a body that named no one: "The union, which represents
                // 43,000 workers, said ... It is demanding a pay rise" is not the carmaker)
                (!agentNoun(nounLemma(s.tokens[subject])) ||
                 descriptionKind(nounLemma(s.tokens[subject])) == Kind::Body ||
                 isOneOf(nounLemma(s.tokens[subject]), {"council", "committee", "panel"})) &&
                // (not a body of a named owner: "Intel's board ...")
                std::none_of(
                    t.children[subject].begin(), t.children[subject].end(), [&](std::size_t c) {
                        return isOneOf(t.rel(c), {"nmod:poss", "nmod"}) && words[c].entity >= 0;
                    });
        }
    }

    for (std::size_t k = 0; k < n; ++k) {
        if (s.tokens[k].upos == "NOUN" && words[k].entity < 0) {
            commonThings_.insert(nounLemma(s.tokens[k]));
        }
    }

    // Salience reaches back three sentences and groups two: older events are dropped, so a long
    // document keeps a bounded history.
    std::erase_if(events_, [&](const Event& ev) { return sentence_ - ev.sentence > 3; });
    std::erase_if(groups_, [&](const Group& g) { return sentence_ - g.sentence > 2; });
    std::erase_if(thingGroups_, [&](const Group& g) { return sentence_ - g.sentence > 8; });
    ++sentence_;
    return out;
}

} // namespace kg::ingest::resolve
