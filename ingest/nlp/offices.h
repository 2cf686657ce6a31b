#pragma once

// Words of public offices, of company names, of money, of the calendar and of quantity that both
// the pipeline's tag repairs and the entity reader know; and the verbs that give a reason.

#include "ingest/nlp/tree_walk.h"

#include <string_view>

namespace kg::ingest::nlp {

/// Whether `lowerWord` (lower case) is the field of an office named before its title:
/// "Commerce Secretary", "Trade Minister", "Trade Representative", "District Judge".
inline bool officeField(std::string_view lowerWord) {
    return isOneOf(lowerWord,
                   {"trade",    "commerce",   "finance",     "foreign",        "defense",
                    "defence",  "energy",     "economy",     "industry",       "interior",
                    "justice",  "health",     "agriculture", "education",      "transport",
                    "treasury", "labor",      "labour",      "home",           "district",
                    "circuit",  "bankruptcy", "magistrate",  "mining",         "mines",
                    "oil",      "petroleum",  "environment", "housing",        "tourism",
                    "culture",  "science",    "digital",     "communications", "business"});
}

/// Whether `lowerWord` (lower case) is the title of an office that a field can precede and a
/// name follow: "Trade Representative Katherine Tai", "Commerce Secretary Gina Raimondo".
inline bool officeTitle(std::string_view lowerWord) {
    return isOneOf(lowerWord, {"representative", "secretary", "minister", "commissioner",
                               "ambassador", "envoy"});
}

/// Whether `form` (as written) is the word that ends a public body's name: "Competition and
/// Markets *Authority*", "Trade and Industry *Ministry*".
inline bool publicBodyWord(std::string_view form) {
    return isOneOf(form,
                   {"Authority", "Commission", "Agency", "Department", "Ministry", "Administration",
                    "Bureau", "Council", "Committee", "Office", "Institute", "Board"});
}

/// Whether `lowerWord` (lower case) names what a person does, in an apposition or before a
/// name: "Hu Yan, an *analyst* at ...", "a fund *manager* at Storebrand".
inline bool personRoleNoun(std::string_view lowerWord) {
    return isOneOf(
        lowerWord,
        {"manager",      "analyst",    "executive",  "official",   "spokesperson",  "spokesman",
         "spokeswoman",  "director",   "economist",  "minister",   "secretary",     "founder",
         "chairman",     "chairwoman", "president",  "ceo",        "professor",     "researcher",
         "lawmaker",     "senator",    "strategist", "adviser",    "advisor",       "trader",
         "lawyer",       "engineer",   "negotiator", "prosecutor", "diplomat",      "envoy",
         "ambassador",   "journalist", "scientist",  "activist",   "investigator",  "commander",
         "general",      "warlord",    "militant",   "judge",      "administrator", "commissioner",
         "mayor",        "governor",   "coach",      "captain",    "editor",        "correspondent",
         "consultant",   "surgeon",    "physician",  "detective",  "inspector",     "auditor",
         "candidate",    "nominee",    "financier",  "banker",     "billionaire",   "tycoon",
         "entrepreneur", "novelist",   "footballer", "striker",    "forward",       "midfielder",
         "defender",     "goalkeeper", "winger",     "quarterback"});
}

/// Whether `lowerWord` (a lower-case singular) is a word news uses for a company: "the firm",
/// "the carrier", "chipmaker Nvidia", and any maker but of laws or policy ("the planemaker").
inline bool companyNoun(std::string_view lowerWord) {
    if (lowerWord.size() > 5 && lowerWord.ends_with("maker")) {
        return !isOneOf(lowerWord, {"lawmaker", "policymaker", "peacemaker", "filmmaker",
                                    "dressmaker", "troublemaker", "homemaker"});
    }
    return isOneOf(lowerWord,
                   {"company",  "firm",     "giant",     "maker",    "manufacturer", "corporation",
                    "supplier", "producer", "designer",  "group",    "conglomerate", "startup",
                    "airline",  "carrier",  "lender",    "insurer",  "retailer",     "miner",
                    "refiner",  "operator", "developer", "provider", "exporter",     "distributor",
                    "chain",    "utility",  "brewer",    "builder"});
}

/// Whether a verb lemma makes or names its object something, with the something a second object
/// or a complement: "making her *the youngest prime minister*", "named him chief executive".
inline bool makingVerb(std::string_view lemma) {
    return isOneOf(lemma, {"make", "name", "appoint", "elect", "crown", "declare"});
}

/// Whether `lowerWord` (lower case) is a word for a political party that goes after its name:
/// "the Pheu Thai *party*", "the Move Forward *party*".
inline bool partyNoun(std::string_view lowerWord) {
    return isOneOf(lowerWord, {"party", "movement", "alliance", "coalition", "front", "league"});
}

/// Whether `lowerWord` (lower case) names a currency, singular or plural: "798 million *euros*",
/// "3.4 billion *rupees*".
inline bool currencyWord(std::string_view lowerWord) {
    return isOneOf(lowerWord,
                   {"euro",   "euros",   "dollar", "dollars", "yuan",   "yen",     "pound",
                    "pounds", "won",     "rupee",  "rupees",  "franc",  "francs",  "real",
                    "reais",  "ruble",   "rubles", "roubles", "peso",   "pesos",   "rand",
                    "lira",   "krona",   "kronor", "krone",   "kroner", "ringgit", "baht",
                    "dirham", "dirhams", "riyal",  "riyals",  "shekel", "shekels"});
}

/// Whether `lowerWord` (lower case) names a day of the week.
inline bool weekday(std::string_view lowerWord) {
    return isOneOf(lowerWord,
                   {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

/// Whether `lowerWord` (lower case) names a month, written out or shortened ("sept.").
inline bool monthName(std::string_view lowerWord) {
    return isOneOf(lowerWord,
                   {"january", "february", "march",     "april",   "may",      "june",
                    "july",    "august",   "september", "october", "november", "december",
                    "jan.",    "feb.",     "mar.",      "apr.",    "aug.",     "sept.",
                    "sep.",    "oct.",     "nov.",      "dec."});
}

/// Whether `lowerWord` (lower case) is a quantifier that counts out an "of" phrase: "*several*
/// of its models", "*some* of them".
inline bool quantifierWord(std::string_view lowerWord) {
    return isOneOf(lowerWord, {"several", "many", "some", "most", "all", "each", "both", "few",
                               "none", "much"});
}

/// Whether `lowerWord` (lower case) is a trade that ends a company's name: "Busan *Bank*",
/// "Zijin *Mining*", "Micron *Technology*".
inline bool companyTradeWord(std::string_view lowerWord) {
    return isOneOf(lowerWord, {"group",
                               "technology",
                               "technologies",
                               "holdings",
                               "bank",
                               "capital",
                               "partners",
                               "fund",
                               "industries",
                               "industrial",
                               "electronics",
                               "semiconductor",
                               "semiconductors",
                               "systems",
                               "labs",
                               "materials",
                               "metals",
                               "mining",
                               "steel",
                               "chemical",
                               "chemicals",
                               "pharmaceutical",
                               "pharmaceuticals",
                               "securities",
                               "insurance",
                               "airlines",
                               "motors",
                               "automotive",
                               "energy",
                               "management",
                               "investments",
                               "resources",
                               "farms",
                               "foods",
                               "brands",
                               "logistics",
                               "airways",
                               "studios",
                               "entertainment",
                               "pharma",
                               "therapeutics",
                               "biosciences"});
}

/// Whether a verb of punishing, blaming or praising whose "for" and gerund ("fined Frontier
/// for failing to refund passengers") is the reason it gives, which its object did.
inline bool reasonGivingVerb(std::string_view lemma) {
    return isOneOf(lemma,
                   {"fine",    "sue",       "punish",      "penalize",  "penalise", "sanction",
                    "blame",   "criticize", "criticise",   "praise",    "thank",    "reward",
                    "condemn", "reprimand", "investigate", "prosecute", "charge",   "arrest",
                    "jail",    "sentence",  "ban",         "suspend",   "fire"});
}

/// Whether a verb says an amount changed, with no object of its own: "Its profit *fell* by a
/// third", "shares *dropped* 5%".
inline bool amountChangeVerb(std::string_view lemma) {
    return isOneOf(lemma, {"rise",   "fall",  "drop",  "climb",   "jump",  "slide",   "sink",
                           "plunge", "soar",  "surge", "tumble",  "slump", "dip",     "decline",
                           "shrink", "rally", "sag",   "plummet", "skid",  "retreat", "gain",
                           "lose",   "shed",  "slip",  "advance", "ease",  "edge"});
}

/// Whether a noun counts a share of a whole: "by *a third*", "*5%*", "two *points*".
inline bool shareOfAWhole(std::string_view lemma) {
    return isOneOf(lemma, {"half", "third", "quarter", "fourth", "fifth", "tenth", "percent", "%",
                           "point", "percentage", "cent", "fraction"});
}

/// A verb of accusing, whose "of" clause says what its object did: "accused Sanchez of trading
/// justice for power".
inline bool accusingVerb(std::string_view lemma) {
    return isOneOf(lemma, {"accuse", "suspect", "convict", "acquit", "charge"});
}

/// Whether `mark` opens the reason clause of verb `lemma`: "for" after a verb of punishing or
/// praising, "of" after one of accusing, "with" after one of charging ("charged the mayor
/// *with* accepting illegal contributions").
inline bool reasonMarker(std::string_view mark, std::string_view lemma) {
    return (mark == "for" && reasonGivingVerb(lemma)) || (mark == "of" && accusingVerb(lemma)) ||
           (mark == "with" && isOneOf(lemma, {"charge", "accuse", "indict", "credit"}));
}

} // namespace kg::ingest::nlp
