#include "ingest/resolve/nominal.h"

#include "ingest/article/text_util.h"
#include "ingest/resolve/sentence_tree.h"

#include <array>
#include <utility>

namespace kg::ingest::resolve {

namespace {

// Nouns whose verb is irregular or that are verbs unchanged. Unchanged ones are listed rather
// than accepted whenever the noun is also a verb: "chips", "markets" and "plants" are verbs too,
// but name no act.
constexpr std::array<std::pair<std::string_view, std::string_view>, 50> LISTED{{
    {"sale", "sell"},
    {"loss", "lose"},
    {"growth", "grow"},
    {"threat", "threaten"},
    {"response", "respond"},
    {"acquisition", "acquire"},
    {"decision", "decide"},
    {"production", "produce"},
    {"export", "export"},
    {"import", "import"},
    {"ban", "ban"},
    {"control", "control"},
    {"purchase", "purchase"},
    {"supply", "supply"},
    {"support", "support"},
    {"attack", "attack"},
    {"visit", "visit"},
    {"deal", "deal"},
    {"plan", "plan"},
    {"cut", "cut"},
    {"increase", "increase"},
    {"rise", "rise"},
    {"drop", "drop"},
    {"pressure", "pressure"},
    {"report", "report"},
    {"claim", "claim"},
    {"demand", "demand"},
    {"offer", "offer"},
    {"request", "request"},
    {"order", "order"},
    {"bid", "bid"},
    {"vote", "vote"},
    {"probe", "probe"},
    {"review", "review"},
    {"shift", "shift"},
    {"push", "push"},
    {"raid", "raid"},
    {"curb", "curb"},
    {"sanction", "sanction"},
    {"tariff", "impose tariff"}, // (no verb in news: "a tariff on EVs" imposes one on them)
    {"limit", "limit"},
    {"embargo", "embargo"},
    {"crackdown", "crack down"},
    {"shipment", "ship"},
    {"criticism", "criticize"},
    {"warning", "warn"},
    {"scrutiny", "scrutinize"},
    {"opposition", "oppose"},
    {"complaint", "complain about"},
    {"statement", "issue statement"}, // (not "state": "an EU statement on Ukraine")
}};

// Nouns with a verb-like ending that name a thing or a body, not an act.
bool notAnAct(std::string_view noun) {
    return isOneOf(noun,
                   {"government",     "department",  "equipment",   "element",      "segment",
                    "moment",         "document",    "instrument",  "apartment",    "nation",
                    "station",        "population",  "foundation",  "organization", "organisation",
                    "administration", "corporation", "association", "federation",   "institution",
                    "commission",     "division",    "region",      "version",      "material",
                    "official",       "capital",     "terminal",    "potential",    "individual",
                    "arsenal",        "signal",      "journal",     "hospital",     "animal",
                    "interval",       "principal",   "proposal",    "conference",   "science",
                    "evidence",       "audience",    "finance",     "balance",      "distance",
                    "future",         "nature",      "culture",     "structure",    "feature",
                    "measure",        "picture",     "rival",       "total",        "metal",
                    "canal",          "portal",      "festival"});
}

} // namespace

std::string nounLemma(const nlp::Token& tok) {
    std::string lemma = article::asciiLowered(tok.lemma.empty() ? tok.form : tok.lemma);
    if (lemma == article::asciiLowered(tok.form) && lemma.size() > 3 && lemma.back() == 's' &&
        lemma[lemma.size() - 2] != 's' && lemma[lemma.size() - 2] != 'u') {
        lemma.pop_back();
        if (lemma.size() > 3 && lemma.compare(lemma.size() - 2, 2, "ie") == 0) {
            lemma.replace(lemma.size() - 2, 2, "y");
        }
    }
    return lemma;
}

bool agentNoun(std::string_view lemma) {
    // chipmaker, automaker, policymaker, lawmaker; dockworker, autoworker; bondholder,
    // homeowner, bookseller
    // gunman, policeman, congresswoman, chairperson
    for (std::string_view agent :
         {"maker", "worker", "holder", "owner", "seller", "man", "woman", "person"}) {
        if (lemma.size() > agent.size() + 2 && lemma.ends_with(agent)) {
            return true;
        }
    }
    return isOneOf(
        lemma,
        {"exporter", "importer", "producer", "manufacturer", "supplier", "buyer", "seller",
         "customer", "user", "operator", "investor", "analyst", "official", "regulator", "company",
         "firm", "trader", "miner", "refiner", "smelter", "bank", "lender", "insurer", "startup",
         "provider", "vendor", "distributor", "developer", "shareholder", "employee", "worker",
         "consumer", "retailer", "competitor", "rival", "partner", "client", "government",
         "authority", "agency", "ministry", "lawmaker", "diplomat", "executive", "founder",
         "researcher", "expert", "economist", "negotiator", "holder", "owner", "shipper", "carrier",
         "contractor", "subsidiary", "military", "army", "navy", "police", "court", "parliament",
         "congress", "senate", "union", "judge", "prosecutor", "lawyer", "attorney", "inspector",
         "investigator", "auditor", "pilot", "nurse", "teacher", "doctor", "farmer", "driver",
         "member", "passenger", "voter", "hacker", "attacker", "protester", "activist", "force",
         "troop", "soldier", "militant", "rebel", "fighter", "rescuer", "team", "crew",
         "firefighter", "guard", "coastguard", "resident", "citizen", "student", "refugee",
         "migrant", "reporter", "critic", "suspect", "leader", "survivor", "demonstrator", "woman",
         "dealer", "mechanic", "technician", "machinist", "bomber", "assailant", "shooter",
         "sniper", "terrorist", "kidnapper", "smuggler", "insurgent", "jihadist", "extremist",
         "looter", "robber", "merchant", "engineer", "scientist", "journalist", "entrepreneur",
         "landlord", "tenant", "employer", "officer", "broker", "banker", "shopper", "subscriber",
         "volunteer",
         // (and the forces of nature and blasts whose damage the news reports: "Floods hit
         // villages in Hebei"; not "fire", which is also what things are set on and what
         // troops open)
         "storm", "typhoon", "hurricane", "cyclone", "tornado", "flood", "flooding", "earthquake",
         "quake", "tsunami", "wildfire", "landslide", "drought", "heatwave", "eruption",
         "avalanche", "blizzard", "mudslide", "explosion", "blast"});
}

bool constituentNoun(std::string_view lemma) {
    return isOneOf(lemma, {"worker",     "employee",   "user",        "customer",    "client",
                           "consumer",   "subscriber", "shareholder", "stockholder", "investor",
                           "bondholder", "creditor",   "passenger",   "member",      "union",
                           "supplier",   "dealer",     "buyer",       "rival",       "competitor",
                           "owner",      "driver",     "fan",         "voter",       "resident",
                           "maker",      "machinist",  "nurse",       "pilot",       "staffer",
                           "dockworker", "autoworker", "student",     "teacher",     "patient",
                           "tenant",     "franchisee", "contractor"});
}

std::string verbOfNoun(const nlp::Lemmatizer& lemmatizer, std::string_view noun) {
    for (const auto& [n, verb] : LISTED) {
        if (n == noun) {
            return std::string(verb);
        }
    }
    if (noun.size() < 5 || notAnAct(noun)) {
        return {};
    }
    // (ending, replacement) in the order tried; the first candidate that is a known verb wins.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> RULES{{
        {"ment", ""},   {"ization", "ize"}, {"isation", "ise"}, {"ation", "ate"}, {"ation", "e"},
        {"ation", ""},  {"iction", "ict"},  {"uction", "uce"},  {"ction", "ct"},  {"ition", "ire"},
        {"tion", "te"}, {"ssion", "t"},     {"sion", "d"},      {"sion", "de"},   {"ial", "y"},
        {"al", "e"},    {"al", ""},         {"iance", "y"},     {"ance", ""},     {"ence", ""},
        {"ure", "e"},   {"ure", ""},
    }};
    for (const auto& [ending, replacement] : RULES) {
        if (noun.size() > ending.size() + 2 && noun.ends_with(ending)) {
            std::string verb(noun.substr(0, noun.size() - ending.size()));
            verb += replacement;
            if (lemmatizer.knownVerb(verb)) {
                return verb;
            }
        }
    }
    return {};
}

} // namespace kg::ingest::resolve
