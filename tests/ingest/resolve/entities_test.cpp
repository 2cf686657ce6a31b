#include "ingest/resolve/entities.h"

#include "ingest/nlp/pipeline.h"

#include "tests/ingest/resolve/shipped_models.h"

#include <gtest/gtest.h>

#include <map>

#include <sstream>

namespace kg::ingest::resolve {
namespace {

using testing::models;

// The entity name each word of `text` resolves to, as "word=Name" for resolved words only,
// sentence by sentence.
struct Resolved {
    std::vector<std::vector<std::pair<std::string, std::string>>> sentences;
    std::vector<NameFact> facts;
    std::vector<DocEntity> entities;

    // Each fact as "subject / relation / object".
    std::vector<std::string> factLines() const {
        std::vector<std::string> lines;
        for (const NameFact& f : facts) {
            lines.push_back(entities[static_cast<std::size_t>(f.subject)].name + " / " +
                            f.relation + " / " + entities[static_cast<std::size_t>(f.object)].name);
        }
        return lines;
    }

    // The entity of the `nth` occurrence (0-based) of `word` in sentence `s`, "" when none.
    std::string of(std::size_t s, const std::string& word, int nth = 0) const {
        for (const auto& [form, name] : sentences.at(s)) {
            if (form == word && nth-- == 0) {
                return name;
            }
        }
        return "<no such word>";
    }
};

Resolved resolve(const std::string& text, const article::Gazetteer& gazetteer) {
    Resolved out;
    DocumentEntities doc(gazetteer);
    doc.noteCasing(text); // as the article extractor does
    for (const nlp::Sentence& s : models().pipeline.analyze(text)) {
        SentenceEntities ents = doc.add(s);
        std::vector<std::pair<std::string, std::string>> words;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            const int e = ents.words[i].entity;
            std::string name = e >= 0 ? doc.entity(static_cast<std::size_t>(e)).name : "";
            for (int other : ents.words[i].also) {
                name += "+" + doc.entity(static_cast<std::size_t>(other)).name;
            }
            words.emplace_back(s.tokens[i].form, name);
        }
        out.sentences.push_back(std::move(words));
        out.facts.insert(out.facts.end(), ents.facts.begin(), ents.facts.end());
    }
    out.entities = doc.entities();
    return out;
}

Resolved resolve(const std::string& text) {
    return resolve(text, models().gazetteer);
}

// Each entity's type, by its name.
std::map<std::string, graph::EntityType> typesOf(const Resolved& r) {
    std::map<std::string, graph::EntityType> types;
    for (const DocEntity& e : r.entities) {
        types[e.name] = e.type;
    }
    return types;
}

struct Case {
    const char* name;
    const char* text;
    std::size_t sentence;
    const char* word;
    int nth;
    const char* entity; ///< "" when the word must stay unresolved
};

const Case CASES[] = {
    // Descriptions take the latest compatible entity: the seed's trap, where "the
    // administration" is the Cyberspace Administration, not the Trump administration.
    {"AdministrationIsTheLatestAgency",
     "The Trump administration banned sales of the chips in April. On July 31, China's "
     "Cyberspace Administration announced it had summoned Nvidia. The administration pressed "
     "Nvidia to clarify the risks.",
     2, "administration", 0, "Cyberspace Administration of China"},
    {"PronounIsTheSubjectBeforeIt",
     "On July 31, China's Cyberspace Administration announced it had summoned Nvidia.", 0, "it", 0,
     "Cyberspace Administration of China"},
    {"PronounInALaterClauseIsTheSentenceSubject",
     "The Trump administration banned sales of the chips, but it reversed that decision in July.",
     0, "it", 0, "Trump administration"},
    {"TheCompanyIsTheLatestCompany",
     "Regulators in Beijing summoned Nvidia on Monday. The company denied the claims.", 1,
     "company", 0, "Nvidia"},
    {"TheCompanyIsNotAnAgency",
     "Nvidia sells chips. The Commerce Department wrote new rules. The company said it would "
     "comply.",
     2, "company", 0, "Nvidia"},
    {"TheCountryIsTheLatestCountry",
     "Japan restricted exports of chip tools. The country said the rules take effect in July.", 1,
     "country", 0, "Japan"},
    {"OurCountryFarFromAnyCountryIsTheStorysCountry",
     "Washington awarded Intel a grant. Intel will build two plants. The plants "
     "will employ 3,000 people. Production starts in 2027. \"This will make our country more "
     "secure,\" the secretary said.",
     4, "country", 0, "United States"},
    {"ACompanyThatSaysSomethingIsStillACompany",
     "TSMC suspended shipments to Sophgo. The company has never supplied Huawei, TSMC said.", 1,
     "company", 0, "TSMC"},
    {"TheNewspaperIsTheLatestReporter",
     "Nikkei Asia reported that Japan will restrict exports. The newspaper said the list has 23 "
     "items.",
     1, "newspaper", 0, "Nikkei Asia"},
    {"ADescriptionWithNothingBeforeStaysUnresolved",
     "The company said its profits rose in the second quarter.", 0, "company", 0, ""},
    {"TheyIsTheLatestGroupOfActors",
     "The government revoked waivers granted to Intel, Samsung, and SK hynix. They must now "
     "obtain licenses.",
     1, "They", 0, "Intel+Samsung Electronics+SK Hynix"},
    // "them" shipped, sold or bought is a thing: the list of products, or the plural object of
    // its sentence, never the list of actors named since.
    {"ThemShippedIsTheListOfProducts",
     "Beijing restricted exports of gallium and germanium. The move escalates the trade war with "
     "the US and Europe. Exporters will need licenses if they want to ship them abroad.",
     2, "them", 0, "gallium+germanium"},
    {"ThemBoughtIsThePluralObjectBeforeIt",
     "Washington and Beijing traded accusations on Monday. Nvidia designed the H20 chips for "
     "China, and customers there still want to buy them.",
     1, "them", 0, "H20"},
    {"ThemSoldIsNoListOfActors",
     "Japan and the Netherlands agreed to restrict exports of lithography tools. ASML said it "
     "would keep selling them to China.",
     1, "them", 0, ""},
    // A singular "the country" is not one of a list of countries named since.
    {"TheCountryIsNoMemberOfAList",
     "Beijing restricted exports of gallium. The move escalates the trade war with the US and "
     "Europe. Exporters need licenses to ship the metal out of the country.",
     2, "country", 0, "China"},
    // A name after "and" that is the subject of a verb after it opens a clause: no list with
    // the name before "and".
    {"ANameOpeningAClauseIsNoListMember",
     "Yunnan Lincang Xinyuan Germanium Industrial Co. jumped by the 10% daily limit in Shenzhen "
     "and Yunnan Chihong Zinc & Germanium Co. also hit that mark in Shanghai.",
     0, "Co.", 1, "Yunnan Chihong Zinc & Germanium Co."},
    {"ACommaAloneMakesNoList", "Intel must ship tools to China, Bloomberg reported.", 0, "China", 0,
     "China"},
    // The subject of a clause joined to an earlier one is that clause's subject, not a name
    // the earlier clause reported in between.
    {"ItInAJoinedClauseIsTheFirstClausesSubject",
     "The U.S. International Trade Commission ruled that BOE had copied Samsung's designs, and "
     "it banned imports of the panels.",
     0, "it", 0, "International Trade Commission"},
    // A known company's name with more name words after it is another company, however the
    // parse joined the words; not after an office's name, which a person's name follows.
    {"AKnownCompanysNameGoingOnIsAnotherCompany", "Samsung Display sued BOE.", 0, "Samsung", 0,
     "Samsung Display"},
    {"AKnownCompanysFlatNameGoingOnIsAnotherCompany", "Microsoft Research hired Lisa Su.", 0,
     "Research", 0, "Microsoft Research"},
    {"AnOfficesNameIsFollowedByAPersonsName",
     "U.S. Trade Representative Jamieson Greer accused China.", 0, "Greer", 0, "Jamieson Greer"},
    // A word opening the sentence in front of a known company's name describes the company.
    {"ADescriptorOpeningTheSentenceIsPartOfTheCompanysMention",
     "Rival Alphabet said it expected higher spending.", 0, "Rival", 0, "Google"},
    {"ItAfterADescribedCompanyIsTheCompany", "Rival Alphabet said it expected higher spending.", 0,
     "it", 0, "Google"},
    // A technology's acronym names no organisation.
    {"ADisplayTechnologysAcronymIsNoName",
     "Samsung Display, a unit of Samsung Electronics, is the world's largest maker of OLED "
     "panels.",
     0, "OLED", 0, ""},
    // "Hoboken, New Jersey" is one place, in both: no plural for "they" to stand for.
    {"ACityAndItsStateAreNoGroupForThey",
     "His father started a business in Hoboken, New Jersey. They held a workshop in 1982.", 1,
     "They", 0, ""},
    {"AnyNameOfAListStandsForTheList",
     "The White House, the U.S. State Department, and China's Ministry of Foreign Affairs did "
     "not respond.",
     0, "Affairs", 0,
     "Chinese Ministry of Foreign Affairs+White House+United States Department of State"},
    {"TheyAfterASingularSubjectIsItsSentencesPluralObject",
     "Nvidia and AMD need licenses. Nvidia criticized the plans, saying they would hurt sales.", 1,
     "they", 0, ""},
    {"TheirIsItsClausesPluralSubject",
     "Chinese firms such as YMTC and CXMT could benefit. The move came after leaders of the G7 "
     "countries agreed to reduce their reliance on China.",
     1, "their", 0, ""},
    {"TheirIsItsClausesListOfActors",
     "Nvidia and AMD gained. The Netherlands and Japan agreed to tighten their export controls.", 1,
     "their", 0, "Netherlands+Japan"},
    {"TheCompaniesIsTheLatestGroup",
     "The government revoked waivers granted to Intel, Samsung, and SK hynix. The companies now "
     "face a deadline.",
     1, "companies", 0, "Intel+Samsung Electronics+SK Hynix"},
    {"AnActAfterACommaIsNotTheNameBeforeIt",
     "China will restrict exports of gallium, a move widely seen as retaliation.", 0, "move", 0,
     ""},
    {"AppositionNounIsItsAnchor",
     "Yuyuan Tantian, a social media account, criticized the chips on Sunday.", 0, "account", 0,
     "Yuyuan Tantian"},
    {"TheBillIsTheLawNamedBefore",
     "The Senate passed the Chip Security Act on Tuesday. The bill was introduced in May.", 1,
     "bill", 0, "Chip Security Act"},
    {"TheBillIsNoMeasure",
     "China imposed export controls on gallium in July. The bill was introduced in May.", 1, "bill",
     0, ""},
    // Measures: named by their owner's phrase, then referred to by descriptions.
    {"MeasureNamedByItsOwnerThenTheMove",
     "Nikkei Asia revealed Japan's plan in March. China slammed the move on Friday.", 1, "move", 0,
     "Japan's plan"},
    // A description of one kind of measure is not the measure of another kind named last.
    {"AMeasureWithAPronounOwnerIsNamedAfterItsOwner",
     "The Dutch government expanded its export restrictions on Friday.", 0, "restrictions", 0,
     "Netherlands export restrictions"},
    {"TheRestrictionsAreNotTheTariffsNamedLast",
     "China imposed export controls on gallium in July. Washington raised U.S. tariffs on Chinese "
     "goods. The EU urged China to lift the restrictions.",
     2, "restrictions", 0, "export controls on gallium"},
    {"MeasureAnActorImposesThenItsMove",
     "China imposed export controls on gallium in July. China's move surprised traders.", 1, "move",
     0, "export controls on gallium"},
    {"ADayAfterTheMeasureIsNoPartOfIt",
     "China imposed export controls on Monday. China's move surprised traders.", 1, "move", 0,
     "export controls"},
    {"BarePluralMeasureWithTheSameHead",
     "The U.S. restrictions took effect in 2023. China wants relief from restrictions on memory "
     "chips.",
     1, "restrictions", 0, "U.S. restrictions"},
    // Names and aliases.
    {"GazetteerAliasGivesTheCanonicalName", "Beijing urged Washington to lift the curbs.", 0,
     "Washington", 0, "United States"},
    {"CapitalStandsForTheCountry", "Beijing urged Washington to lift the curbs.", 0, "Beijing", 0,
     "China"},
    {"DemonymWithAGovernmentNounIsTheCountry",
     "Chinese officials have conveyed this request to stakeholders.", 0, "officials", 0, "China"},
    {"DemonymWithAnEmbassyIsTheCountry",
     "The Chinese embassy in Washington criticized the listings.", 0, "embassy", 0, "China"},
    // "the British regulator" is the body of that country named just before, if any.
    {"ADemonymsRegulatorIsThatCountrysBodyNamedBefore",
     "The UK Competition and Markets Authority approved the deal. The U.S. Federal Trade "
     "Commission objected. Microsoft thanked the British regulator.",
     2, "regulator", 0, "Competition and Markets Authority"},
    {"ADemonymsRegulatorIsNoOtherCountrysBody",
     "The U.S. Federal Trade Commission sued Microsoft. Microsoft thanked the British regulator.",
     1, "regulator", 0, "United Kingdom"},
    {"ADemonymsRegulatorIsNoBodyOfUnknownCountry",
     "The Competition and Markets Authority approved the deal. Microsoft thanked the British "
     "regulator.",
     1, "regulator", 0, "United Kingdom"},
    {"ACountrysNameBeforeACompanyWordIsLikeItsDemonym",
     "Qualcomm won its appeal. The Commission had fined the U.S. chipmaker in 2019.", 1,
     "chipmaker", 0, "Qualcomm"},
    {"DemonymWithAnOrdinaryNounIsNoActor", "Chinese customers bought the chips in large numbers.",
     0, "customers", 0, ""},
    {"AcronymDefinedInTheTextNamesTheLongForm",
     "China wants relief on high-bandwidth memory (HBM) chips. HBM is key to AI accelerators.", 1,
     "HBM", 0, "high bandwidth memory"},
    {"AcronymOfAnUnknownNameIsRememberedForTheDocument",
     "The Shanghai Metals Market (SMM) tracks prices. SMM said prices rose.", 1, "SMM", 0,
     "Shanghai Metals Market"},
    {"ShortenedRepeatOfAnUnknownName",
     "Zhuzhou Smelter Group climbed 10%. Analysts said Zhuzhou Smelter may rise further.", 1,
     "Zhuzhou", 0, "Zhuzhou Smelter Group"},
    {"AnInstitutionShortenedToItsWord",
     "The European Commission opened a probe. Commission President Ursula von der Leyen spoke.", 1,
     "Commission", 0, "European Commission"},
    {"AnInstitutionShortenedToItsFirstWord",
     "The Ministry of Commerce banned exports. The Ministry said more rules would follow.", 1,
     "Ministry", 0, "Chinese Ministry of Commerce"},
    {"TheWorldsLargestMakerIsADescription",
     "Toyota recalled a million cars. The world's largest automaker apologised.", 1, "automaker", 0,
     "Toyota"},
    {"AHyphenBetweenCapitalisedWordsJoinsAName",
     "White House spokesperson Karine Jean-Pierre declined to comment.", 0, "Pierre", 0,
     "Karine Jean-Pierre"},
    {"CapitalisedAdjectiveStartsAPlaceName", "Intel is building a plant near New Albany in Ohio.",
     0, "New", 0, "New Albany"},
    {"MonthsAreNoActors", "The rules were announced in March by the ministry.", 0, "March", 0, ""},
    {"CommonAcronymsAreNoActors", "The firm makes AI chips for data centers.", 0, "AI", 0, ""},
    // A lower-case word the tagger called a proper noun does not carry a name on.
    {"ALowerCaseProperNounEndsAName",
     "Chairman C.C. Wei told analysts that customers' demand for AI chips was \"very real\".", 0,
     "chips", 0, ""},
    {"LngIsNoActor", "The package bans the reloading of Russian LNG in EU ports.", 0, "LNG", 0, ""},
    {"ProductNameWithAGenericNoun", "Nvidia designed the H20 chips for China.", 0, "chips", 0,
     "H20"},
    // A known place before capitalised words that end in a company's word names the company.
    {"APlaceBeforeACompanysWordsIsPartOfItsName", "Busan Bank lent money to Samsung.", 0, "Busan",
     0, "Busan Bank"},
    {"APlaceStartsACompanyNameEndingInALegalForm",
     "Shares of Yunnan Lincang Xinyuan Germanium Industrial Co. rose 10%.", 0, "Yunnan", 0,
     "Yunnan Lincang Xinyuan Germanium Industrial Co."},
    {"ASentencesFirstPluralIsNoPartOfACompanyName",
     "Shares of Yunnan Lincang Xinyuan Germanium Industrial Co. rose 10%.", 0, "Shares", 0, ""},
    // An object is not its own clause's subject, nor the subject of the clause a subjectless
    // participle hangs on.
    {"ADescriptionIsNotItsClausesSubject",
     "Micron Technology has filed a lawsuit against Yangtze Memory Technologies Co. in "
     "California, accusing the Chinese memory maker of infringing eight patents.",
     0, "maker", 0, "YMTC"},
    {"ADescriptionIsNotItsVerbsSubject",
     "Nvidia met Huawei on Monday. Later Nvidia sued the company.", 1, "company", 0, "Huawei"},
    {"APronounObjectIsNotItsVerbsSubject", "Huawei sells phones. Nvidia sued it on Monday.", 1,
     "it", 0, "Huawei"},
    // After a passive clause, a participle's pronoun object is the passive subject.
    {"APronounAfterAPassiveIsItsSubject",
     "Nvidia sells chips. The company was fined by regulators, forcing it to suspend sales.", 1,
     "it", 0, "Nvidia"},
    // A noun with a name in apposition after a possessor, or right after it, is that name.
    {"ANounWithItsNameAfterAPossessorIsTheName",
     "Russia's state energy company Gazprom did not respond.", 0, "company", 0, "Gazprom"},
    {"ANounWithItsNameRightAfterItIsTheName", "The campus was built by developer Crusoe.", 0,
     "developer", 0, "Crusoe"},
    // A plural's possessive inside a name does not end it.
    {"APluralsPossessiveInsideAName",
     "The European Automobile Manufacturers' Association warned of stoppages.", 0, "Association", 0,
     "European Automobile Manufacturers' Association"},
    // "New" before a known place makes another place.
    {"NewBeforeAKnownPlaceIsAnotherPlace", "The firm has a plant near New Hamburg.", 0, "Hamburg",
     0, "New Hamburg"},
    // Airlines, carriers and any "-maker" are companies.
    {"TheAirlineIsTheLatestCompany",
     "Lufthansa ordered 60 jets. The airline will fly them to Asia.", 1, "airline", 0, "Lufthansa"},
    {"AnyMakerIsACompany", "Pfizer agreed to buy Seagen. The drugmaker expects sales to grow.", 1,
     "drugmaker", 0, "Pfizer"},
    // A compass word before a known place is part of its mention, not a name of its own.
    {"CompassWordBeforeAPlaceIsPartOfIt", "Amazon builds data centers in Northern Virginia.", 0,
     "Northern", 0, "Virginia"},
    {"ContinentsAreNotTheCountryInTheirName", "The airline will fly to North America next year.", 0,
     "North", 0, "North America"},
    // Capitalised words the tagger read as nouns before a proper noun make one name with it,
    // not a name of their own and a shortened repeat of an earlier one.
    {"CapitalisedNounsBeforeAProperNounAreOneName",
     "The European Commission fined Meta. The Data Protection Commission ordered the company "
     "to stop.",
     1, "Commission", 0, "Data Protection Commission"},
    // A place where something happens is the last antecedent of a pronoun in its sentence.
    // The subject of an adverbial clause of an infinitive is whom the infinitive's verb names.
    {"ItInAClauseOfAnInfinitiveIsItsActor",
     "The Dutch government required ASML to obtain licenses before it ships machines to China.", 0,
     "it", 0, "ASML"},
    // "its" before a product is a company's.
    {"ItsProductsAreACompanys",
     "Nvidia said on Monday that Washington allowed it to resume sales of its H20 chips.", 0, "its",
     0, "Nvidia"},
    // "about" on a description is the verb's phrase; "of" makes another one.
    {"ADescriptionWithTheVerbsAboutPhrase",
     "Nvidia resumed sales on Monday. Regulators questioned the company about security risks.", 1,
     "company", 0, "Nvidia"},
    {"ADescriptionWithTheVerbsTimePhrase",
     "The Justice Department sued Google in 2020. Microsoft testified against the company "
     "during the trial.",
     1, "company", 0, "Google"},
    {"ADescriptionWithItsOwnOfPhraseIsAnother",
     "Nvidia resumed sales on Monday. Regulators questioned the company of Jensen's rival.", 1,
     "company", 0, ""},
    {"APlaceIsTheLastAntecedent",
     "Qualcomm filed a lawsuit against Arm in Delaware, accusing it of breaching a contract.", 0,
     "it", 0, "Arm"},
    // A group that goes with the article has it in its alias.
    {"TheTalibanIsTheGroup", "The Taliban rejected the claim on Monday.", 0, "Taliban", 0,
     "Taliban"},
    // An acronym with "the" before it is the organisation, not a river or a region.
    {"TheAcronymIsTheOrganisation", "The BBC rejected the claim on Monday.", 0, "BBC", 0, "BBC"},
    // A group's members stand for the group, as a government's officials for the country.
    {"AGroupsRebelsAreTheGroup", "Houthi rebels attacked a cargo ship on Wednesday.", 0, "rebels",
     0, "Houthis"},
    // A company's one-word name after a given name is a person's family name.
    {"ACompanysNameAfterAGivenNameIsAFamilyName",
     "Robert Ford, Abbott's chief executive, told analysts about the problem.", 0, "Ford", 0,
     "Robert Ford"},
    // A military rank is a title before a person's name, with a rank's second word.
    {"ARankIsATitle", "Colonel Major Amadou Abdramane met Mohamed Bazoum on Wednesday.", 0,
     "Abdramane", 0, "Amadou Abdramane"},
    // An object "it" of a participle stands for the clause's object, here a thing no name.
    {"ItOfAParticipleIsTheClausesObject",
     "Houthi fighters attacked an oil tanker in the Red Sea on Wednesday, setting it on fire.", 0,
     "it", 0, ""},
    // An unknown name before a city, in one name, is a club's or a company's, not the city's.
    {"ANameBeforeACityIsAClubs",
     "Bayern Munich signed Harry Kane on Saturday. Bayern paid 100 million euros.", 0, "Munich", 0,
     "Bayern Munich"},
    {"ANameBeforeACityIsAClubsAlsoLater",
     "Bayern Munich signed Harry Kane on Saturday. Bayern paid 100 million euros.", 1, "Bayern", 0,
     "Bayern Munich"},
    {"ACityAfterAPrepositionStaysACity", "The team flew from Paris to Munich on Saturday.", 0,
     "Munich", 0, "Munich"},
    // A person's family name alone is the person whose gazetteer alias ends in it.
    {"AFamilyNameOfAnAliasIsThePerson",
     "Prime Minister Pedro Sanchez won a vote. The opposition accused Sanchez of lying.", 1,
     "Sanchez", 0, "Pedro Sánchez"},
    // A state's revenue is no company's own: "its tax revenue" may be the country's.
    {"AStatesRevenueMayBeTheCountrys",
     "The International Monetary Fund urged cuts. Kenya spends half of its tax revenue on "
     "interest.",
     1, "its", 0, "Kenya"},
    // An Arabic article joined by a hyphen is part of the name.
    {"AnArabicArticleWithAHyphenIsPartOfTheName",
     "President Bashar al-Assad fled to Moscow on Sunday.", 0, "Assad", 0, "Bashar al-Assad"},
    // After a place and a comma, "Washington" is the state; elsewhere the U.S. government.
    {"WashingtonAloneIsTheGovernment", "Officials in Washington disagreed with Beijing.", 0,
     "Washington", 0, "United States"},
    // A subject is not the actor named later in its own clause, which would be "itself".
    {"ASubjectIsNotTheActorLaterInItsClause",
     "Kenya's parliament approved a plan to send police officers to Haiti. A court ruled that "
     "the government lacked an agreement with Haiti.",
     1, "government", 0, "Kenya"},
    // "The agency" may be a world body of governments.
    {"TheMinistryIsNoWorldOrganization",
     "The World Health Organization praised the country. The ministry credited a vaccination "
     "campaign.",
     1, "ministry", 0, ""},
    {"TheAgencyMayBeAWorldOrganization",
     "The World Health Organization declared the outbreak an emergency. The agency urged drug "
     "makers to share vaccines.",
     1, "agency", 0, "World Health Organization"},
    // A player's calling names the person named before.
    // A capital that stands for its government is the city after a preposition of motion.
    {"ACapitalAfterIntoIsTheCity", "Thousands of farmers drove tractors into Brussels.", 0,
     "Brussels", 0, "Brussels"},
    {"ACapitalAsASubjectIsTheGovernment", "Brussels fined Apple.", 0, "Brussels", 0,
     "European Union"},
    // An armed group's description is the armed body named before, not any organisation.
    {"AnArmedGroupIsTheArmedBody",
     "The United Nations said millions faced famine after a year of war between the army and "
     "the Rapid Support Forces. The paramilitary group denied the claims.",
     1, "group", 0, "Rapid Support Forces"},
    {"ThePlayersCallingIsThePerson",
     "Lionel Messi signed with Inter Miami. The Argentine forward scored ten goals.", 1, "forward",
     0, "Lionel Messi"},
    // A company named on its shares is what the clause after is about.
    {"ACompanyOnItsSharesIsTheCompanyAfter",
     "OpenAI signed a deal with Oracle. The agreement would make OpenAI a big customer. Oracle "
     "shares rose 36 percent after the company disclosed a surge in bookings.",
     2, "company", 0, "Oracle"},
    // What a suit alleges is about the party sued.
    {"TheCompanyASuitAccusesIsThePartySued",
     "Arm Holdings sued Qualcomm, alleging that the chipmaker breached a licensing agreement when "
     "it bought Nuvia.",
     0, "chipmaker", 0, "Qualcomm"},
};

// One test for the whole table, so the models load once per process rather than per row.
TEST(Coreference, ResolvesEachWordToTheRightEntity) {
    for (const Case& c : CASES) {
        SCOPED_TRACE(c.name);
        const Resolved r = resolve(c.text);
        ASSERT_LT(c.sentence, r.sentences.size()) << c.name << ": " << c.text;
        EXPECT_EQ(r.of(c.sentence, c.word, c.nth), c.entity) << c.name << ": " << c.text;
    }
}

TEST(DocumentEntities, TitlesBeforeNamesGiveFacts) {
    const Resolved r =
        resolve("The summit between U.S. President Donald Trump and Chinese President Xi Jinping "
                "was delayed.");
    const std::vector<std::string> facts = r.factLines();
    EXPECT_EQ(facts, (std::vector<std::string>{"Donald Trump / be President of / United States",
                                               "Xi Jinping / be President of / China"}));
}

TEST(DocumentEntities, TitlesWithAFieldAndMeasuresImposedGiveFacts) {
    const Resolved r = resolve("U.S. Secretary of Commerce Gina Raimondo said so. Nvidia designed "
                               "the chips in response to U.S. restrictions imposed in 2023.");
    const std::vector<std::string> facts = r.factLines();
    EXPECT_EQ(facts,
              (std::vector<std::string>{"Gina Raimondo / be Commerce Secretary of / United States",
                                        "United States / impose / U.S. restrictions"}));
}

TEST(DocumentEntities, TitlesInAppositionGiveFacts) {
    const Resolved r = resolve(
        "Jensen Huang, Nvidia's chief executive, visited Beijing. Broadcom's chief executive, "
        "Hock Tan, agreed. Sam Altman, the chief executive of OpenAI, flew to Seoul. Lisa Su, "
        "AMD's former president, smiled.");
    const std::vector<std::string> facts = r.factLines();
    EXPECT_EQ(facts, (std::vector<std::string>{"Jensen Huang / be CEO of / Nvidia",
                                               "Hock Tan / be CEO of / Broadcom",
                                               "Sam Altman / be CEO of / OpenAI",
                                               "Lisa Su / be former President of / AMD"}));
    // The possessor keeps its own entity inside the apposition.
    EXPECT_EQ(r.of(1, "Broadcom"), "Broadcom");
}

// More title facts, one text each:
// - "Jensen Huang, Nvidia CEO,": the organisation and its title in apposition, with or without
//   an article and a word that dates the role, even when the parse takes it for a list;
// - "Its chief executive, Frank Zhang,": the possessive pronoun stands for the organisation; a
//   pronoun for a person gives no such fact;
// - a role no longer held (or not yet, or held for now) keeps its word: "be former CEO of" is
//   not "be CEO of";
// - the owner's possessive before a title and a name: "Japan's Trade Minister Yasutoshi
//   Nishimura", "Apple's chief executive Tim Cook".
TEST(DocumentEntities, MoreTitlesGiveFacts) {
    const std::pair<std::string, std::vector<std::string>> cases[] = {
        {"Jensen Huang, Nvidia CEO, visited Beijing. Tim Cook, a former Compaq executive, runs "
         "Apple. The startup hired Pat Gelsinger, former Intel CEO, in March.",
         {"Jensen Huang / be CEO of / Nvidia", "Tim Cook / be former Executive of / Compaq",
          "Pat Gelsinger / be former CEO of / Intel"}},
        {"ZT Systems makes servers. Its chief executive, Frank Zhang, will join AMD. Lisa Su "
         "spoke. Her chief of staff, Ann Lee, agreed.",
         {"Frank Zhang / be CEO of / ZT Systems"}},
        {"Former Intel CEO Pat Gelsinger joined a startup. The board hired outgoing Acme Motors "
         "chief executive Dana Whitlow. Sam Altman, the former chief executive of Y Combinator, "
         "founded OpenAI.",
         {"Pat Gelsinger / be former CEO of / Intel",
          "Dana Whitlow / be outgoing CEO of / Acme Motors",
          "Sam Altman / be former CEO of / Y Combinator"}},
        {"Japan's Trade Minister Yasutoshi Nishimura announced the rules. Apple's chief "
         "executive Tim Cook visited Shanghai. Samsung's chairman Lee Jae-yong met Joe Biden.",
         {"Yasutoshi Nishimura / be Trade Minister of / Japan", "Tim Cook / be CEO of / Apple",
          "Lee Jae-yong / be Chairman of / Samsung Electronics"}},
    };
    for (const auto& [text, facts] : cases) {
        EXPECT_EQ(resolve(text).factLines(), facts) << text;
    }
}

// A word opening the sentence in front of a known company's name describes the company: it
// names nothing of its own (the Coreference rows check which entity its words stand for).
TEST(DocumentEntities, ADescriptorOpeningTheSentenceNamesNothing) {
    const Resolved r = resolve("Rival Alphabet said it expected higher spending. Chipmaker "
                               "Nvidia said its sales rose.");
    for (const DocEntity& e : r.entities) {
        EXPECT_NE(e.name, "Rival");
        EXPECT_NE(e.name, "Chipmaker");
    }
}

// Two people who meet are a pair: "the two leaders", "both presidents" and "they" stand for
// them; a pair of companies is no pair of leaders.
TEST(DocumentEntities, PeopleWhoMeetArePairedForPluralMentions) {
    const Resolved r = resolve("Xi Jinping met Vladimir Putin in Moscow. The two leaders signed "
                               "agreements. They also criticized NATO.");
    EXPECT_EQ(r.of(1, "leaders"), "Xi Jinping+Vladimir Putin");
    EXPECT_EQ(r.of(2, "They"), "Xi Jinping+Vladimir Putin");
    const Resolved talks = resolve("Joe Biden talked with Fumio Kishida on Friday. Both leaders "
                                   "condemned the launch.");
    EXPECT_EQ(talks.of(1, "leaders"), "Joe Biden+Fumio Kishida");
    const Resolved firms = resolve("Intel and AMD reported results. The two leaders gained.");
    EXPECT_EQ(firms.of(1, "leaders"), "");
}

TEST(DocumentEntities, AnOrganisationIsShortenedFromItsFirstWord) {
    const Resolved r = resolve("Zorvex Lithium agreed to a deal. Zorvex said so. Lithium prices "
                               "have fallen.");
    EXPECT_EQ(r.of(1, "Zorvex"), "Zorvex Lithium");
    EXPECT_NE(r.of(2, "Lithium"), "Zorvex Lithium");
}

// A capitalised word opening a sentence names nothing when the document writes it in lower
// case and never capitalises it inside a sentence; a title-case headline is no evidence.
TEST(DocumentEntities, ACommonWordOpeningASentenceIsNoName) {
    const std::string body =
        "Lithium prices fell as supply outpaced demand. Miners dug less lithium.";
    EXPECT_EQ(resolve(body).of(0, "Lithium"), "");
    EXPECT_EQ(resolve("Weak Demand Drags Lithium Prices Lower\n\n" + body).of(1, "Lithium"), "");
    // Without the lower-case "lithium" the tagger's proper noun stands.
    EXPECT_NE(resolve("Lithium prices fell as supply outpaced demand.").of(0, "Lithium"), "");
    // Capitalised inside a sentence, it is a name.
    EXPECT_NE(resolve("Lithium prices fell. Investors in Lithium sold as lithium got cheaper.")
                  .of(0, "Lithium"),
              "");
}

TEST(DocumentEntities, WhatOnlyACompanyHasIsACompanys) {
    const Resolved r = resolve("Chinese regulators opened an investigation into Nvidia over its "
                               "acquisition of Mellanox. China said its economy grew.");
    EXPECT_EQ(r.of(0, "its"), "Nvidia");
    EXPECT_EQ(r.of(1, "its"), "China");
}

TEST(DocumentEntities, UserAliasesExtendTheGazetteer) {
    article::Gazetteer gazetteer = models().gazetteer;
    std::istringstream user("canonical_name\ttype\taliases\n"
                            "Zhuzhou Smelter Group\tORG\tZhuzhou Smelter|ZSG\n");
    std::vector<Diagnostic> diagnostics;
    ASSERT_TRUE(gazetteer.load(user, "aliases.tsv", diagnostics));
    const Resolved r = resolve("ZSG climbed 10% on Monday.", gazetteer);
    EXPECT_EQ(r.of(0, "ZSG"), "Zhuzhou Smelter Group");
    EXPECT_EQ(r.entities.front().type, graph::EntityType::Org);
}

TEST(DocumentEntities, UnknownNamesAreTypedByTheirWords) {
    const Resolved r = resolve("Officials of Zorvex Semiconductor met at the Munich Security "
                               "Conference to discuss the Chip Security Act.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Zorvex Semiconductor"], graph::EntityType::Org);
    EXPECT_EQ(types["Munich Security Conference"], graph::EntityType::Event);
    EXPECT_EQ(types["Chip Security Act"], graph::EntityType::Law);
}

TEST(DocumentEntities, UnknownNamesEndingInAPlaceWordArePlaces) {
    const Resolved r = resolve("Zorvex Semiconductor builds a plant in Licking County, near the "
                               "Wexcombe River, and an office in Qianhai Zone.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Zorvex Semiconductor"], graph::EntityType::Org);
    EXPECT_EQ(types["Licking County"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Wexcombe River"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Qianhai Zone"], graph::EntityType::Gpe);
}

TEST(DocumentEntities, ARoleAfterACommaMakesAPersonEvenWhenTheParseMissesTheApposition) {
    const Resolved r = resolve("\"We are excited to welcome Zorvex,\" said Hock Tan, Broadcom's "
                               "chief executive. Qorvane Labs, a partner of Zorvex, agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Hock Tan"], graph::EntityType::Person);
    const Resolved before = resolve("Its chief executive, Zhao Haijun, warned of overcapacity.");
    for (const DocEntity& e : before.entities) {
        types[e.name] = e.type;
    }
    EXPECT_EQ(types["Zhao Haijun"], graph::EntityType::Person);
    EXPECT_EQ(types["Qorvane Labs"], graph::EntityType::Org);
}

TEST(DocumentEntities, ANameInAppositionToAPersonsRoleIsAPerson) {
    const Resolved r = resolve("The board's administrator, Hal Gilzean, said the deal was fair. "
                               "Its new mayor, Orvin Castell, agreed. Crowds pulled down "
                               "statues of the leader's father, Tarek al-Mourad.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Hal Gilzean"], graph::EntityType::Person);
    EXPECT_EQ(types["Orvin Castell"], graph::EntityType::Person);
    EXPECT_EQ(types["Tarek al-Mourad"], graph::EntityType::Person); // (kin, and "al-")
}

TEST(DocumentEntities, AnUnknownNameWithAWhoClauseIsAPerson) {
    const Resolved r = resolve("The new directors are Nicole Seligman and Fidji Simo, who runs "
                               "Instacart. Qorvane Labs, which makes sensors, agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Fidji Simo"], graph::EntityType::Person);
    EXPECT_EQ(types["Qorvane Labs"], graph::EntityType::Org);
}

TEST(DocumentEntities, AFoundationAfterTheGoesOnPastAnd) {
    const Resolved r = resolve("She led the Bill and Melinda Gates Foundation. Microsoft and "
                               "Gates Foundation staff met.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Bill and Melinda Gates Foundation"], graph::EntityType::Org);
    EXPECT_EQ(types.count("Microsoft and Gates Foundation"), 0U);
}

TEST(DocumentEntities, ACandidateBeforeANameIsAPerson) {
    const Resolved r = resolve("Kast won a clear victory over the left-wing candidate Qorvane "
                               "Jara. Qorvane Labs, which makes sensors, agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Qorvane Jara"], graph::EntityType::Person);
    EXPECT_EQ(types["Qorvane Labs"], graph::EntityType::Org);
}

TEST(DocumentEntities, AMonarchsNumberEndsTheName) {
    const Resolved r = resolve("King Mohammed VI met Pope Leo XIV. I said Mohammed I was ill.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Mohammed VI"], graph::EntityType::Person);
    EXPECT_EQ(types.count("Mohammed I"), 0U); // ("I" is the pronoun)
}

TEST(DocumentEntities, OneCapitalisedWordAfterAInAnAppositionIsNoName) {
    const Resolved r = resolve("Dissanayake, a Marxist who leads the alliance, holds three "
                               "seats. Zorvex, a Qorvane company, agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Marxist"), 0U);
    EXPECT_EQ(types.count("Qorvane"), 1U); // (a name that describes a noun is one)
}

TEST(DocumentEntities, ANameBeforeAWordForAPlaceIsThePlace) {
    const Resolved r = resolve("A volcano erupted on the Reykjanes peninsula on Monday.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Reykjanes"], graph::EntityType::Gpe);
}

TEST(DocumentEntities, AnAmendmentIsALawButNotTheLaw) {
    const Resolved r = resolve("A judge said the rule violated the First Amendment. The "
                               "company said the law would hurt users.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["First Amendment"], graph::EntityType::Law);
    EXPECT_EQ(r.of(1, "law"), "");
}

TEST(DocumentEntities, AHyphenatedPeoplesWordIsNoName) {
    const Resolved r = resolve("The deal will make the Anglo-Australian miner a large producer. "
                               "Coca-Cola agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Anglo-Australian"), 0U);
    EXPECT_EQ(types.count("Coca-Cola"), 1U);
}

TEST(DocumentEntities, WhatACompanyMakesOrOwnsByItsIsAProduct) {
    const Resolved r = resolve("Epic Games, which makes Fortnite, sued Google. A judge let rival "
                               "stores operate inside its Play Store.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Fortnite"], graph::EntityType::Product);
    EXPECT_EQ(types["Play Store"], graph::EntityType::Product);
    EXPECT_EQ(types["Epic Games"], graph::EntityType::Org);
}

TEST(DocumentEntities, WhoReplacesAnOfficerIsAPerson) {
    const Resolved r = resolve("Lars Jorgensen was replaced as chief executive in May by Qorvane "
                               "Zorvex.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Qorvane Zorvex"], graph::EntityType::Person);
}

TEST(DocumentEntities, ShapesAndWordsOfAPersonsNameMakeAPerson) {
    // A Korean given name's lower-case second syllable; a name in apposition to a role after
    // its "of" phrase; a co-chair; a speaker who says "he" of himself.
    const Resolved r = resolve("Judges found that Park Sung-ho paid the officers. The governor of "
                               "Qorvia, Dalvar Enrith, ordered an inquiry. Tavish Morrow, a "
                               "co-chair of the group, thanked the voters. Zorvan Keltis said he "
                               "would appeal. Velmora Systems said it would appeal.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Park Sung-ho"], graph::EntityType::Person);
    EXPECT_EQ(types["Dalvar Enrith"], graph::EntityType::Person);
    EXPECT_EQ(types["Tavish Morrow"], graph::EntityType::Person);
    EXPECT_EQ(types["Zorvan Keltis"], graph::EntityType::Person);
    EXPECT_EQ(types["Velmora Systems"], graph::EntityType::Org);
}

TEST(DocumentEntities, APeoplesPluralOfTwoWordsIsNoName) {
    const Resolved r = resolve("Polls show most South Koreans support the plan. Many North "
                               "Koreans fled to China.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("South Koreans"), 0U);
    EXPECT_EQ(types.count("North Koreans"), 0U);
    EXPECT_EQ(types["China"], graph::EntityType::Gpe);
}

TEST(DocumentEntities, AnHonourIsNoOrganisation) {
    const Resolved r = resolve("The Turing Award went to Zorvex Labs. The Nobel Foundation "
                               "thanked the winners.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Turing Award"], graph::EntityType::Other);
    EXPECT_EQ(types["Nobel Foundation"], graph::EntityType::Org);
}

TEST(DocumentEntities, AWordForAPlaceOrAKindNamesTheKindOfEntity) {
    // A place's word in apposition; the noun a participle of naming gives a name; a known
    // company's name after "the" and the word for its trade.
    const Resolved r = resolve("President Lula visited Porto Alegre, the state capital. The "
                               "vaccine, called Mosquirix, was tested on children. Two engineers "
                               "founded a startup called Ardent. The chipmaker Intel will "
                               "receive grants.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Porto Alegre"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Mosquirix"], graph::EntityType::Product);
    EXPECT_EQ(types["Ardent"], graph::EntityType::Org);
    EXPECT_EQ(types["Intel"], graph::EntityType::Org);
}

TEST(DocumentEntities, AnAppointeeAndANamedChatbotAreTyped) {
    const Resolved r = resolve("The British energy company BP named Murray Auchincloss as its "
                               "permanent chief executive. Amazon took a stake in the company, "
                               "whose chatbot Claude competes with ChatGPT.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Murray Auchincloss"], graph::EntityType::Person);
    EXPECT_EQ(types["Claude"], graph::EntityType::Product);
}

TEST(DocumentEntities, ANameWithAWhoClauseAfterItsCommaIsAPerson) {
    const Resolved r = resolve("Niccol replaces Laxman Narasimhan, who held the job for less "
                               "than two years. Gorman, who joined the board last year, will "
                               "take over.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Laxman Narasimhan"], graph::EntityType::Person);
    EXPECT_EQ(types["Gorman"], graph::EntityType::Person); // (a one-word name too)
}

TEST(DocumentEntities, AFinanciersNameIsAPerson) {
    const Resolved r = resolve("Malaysian financier Jho Low remains at large.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Jho Low"], graph::EntityType::Person);
}

TEST(DocumentEntities, ANameWithALandsEndingIsAPlace) {
    const Resolved r = resolve("Ethiopia signed a deal with Somaliland. Rebels attacked a base "
                               "in Waziristan.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Somaliland"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Waziristan"], graph::EntityType::Gpe);
}

// A code before a word for a body of people names the body; before a word for a thing, the
// thing.
TEST(DocumentEntities, ACodeBeforeAGroupNamesTheGroup) {
    const Resolved r = resolve("Rwanda denies backing the M23 group. Nvidia sold H20 chips.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["M23"], graph::EntityType::Org);
    EXPECT_EQ(types["H20"], graph::EntityType::Product);
}

// A body's word alone after "and" is a name of its own, not the end of the name before.
TEST(DocumentEntities, ABodysWordAloneAfterAndIsANameOfItsOwn) {
    const Resolved r = resolve("Microsoft uses the model in Bing and Office. The Department of "
                               "Health and Human Services sued Pfizer.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Bing and Office"), 0U) << ::testing::PrintToString(types);
    EXPECT_TRUE(types.count("Bing")) << ::testing::PrintToString(types);
    bool department = false;
    for (const auto& [name, type] : types) {
        department = department || name.find("Health and Human Services") != std::string::npos;
    }
    EXPECT_TRUE(department) << ::testing::PrintToString(types);
}

// Waters named after a place are one name, a place: "the Gulf of Oman".
TEST(DocumentEntities, WatersNamedAfterAPlaceAreOnePlace) {
    const Resolved r = resolve("Iran seized a tanker in the Gulf of Oman. A cyclone formed in "
                               "the Bay of Bengal.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Gulf of Oman"], graph::EntityType::Gpe) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Bay of Bengal"], graph::EntityType::Gpe);
    EXPECT_EQ(types.count("Gulf"), 0U);
}

// A maker's name before a model's number names the model, not the maker.
TEST(DocumentEntities, AMakersNameBeforeAModelsNumberNamesTheModel) {
    const Resolved r = resolve("An Air India Boeing 787 crashed after takeoff.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Boeing"), 0U) << ::testing::PrintToString(types);
    bool model = false;
    for (const auto& [name, type] : types) {
        model = model || (name.find("Boeing 787") != std::string::npos &&
                          type == graph::EntityType::Product);
    }
    EXPECT_TRUE(model) << ::testing::PrintToString(types);
}

// A name before or after a word for software names the software; an assistant may be a
// person.
TEST(DocumentEntities, ANameWithAWordForSoftwareIsAProduct) {
    const Resolved r = resolve("xAI launched the Grok chatbot. Apple improved its voice "
                               "assistant Siri. Microsoft hired the former assistant Jane Smith.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Grok"], graph::EntityType::Product) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Siri"], graph::EntityType::Product);
    EXPECT_EQ(types["Jane Smith"], graph::EntityType::Person);
}

// A name with an Arabic article joined to its family name is a person's.
TEST(DocumentEntities, ANameWithAnArabicArticleIsAPersons) {
    const Resolved r = resolve("Bashar al-Assad fled to Moscow.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Bashar al-Assad"], graph::EntityType::Person)
        << ::testing::PrintToString(types);
}

// A word opening the sentence that WordNet knows as no noun, the subject of saying, is a
// name; a common noun there is not.
TEST(DocumentEntities, ANameTakenForANounThatSaysIsAName) {
    const Resolved r = resolve("Paramount, which had made a rival bid, said it would appeal. "
                               "Police said the suspect fled.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_TRUE(types.count("Paramount")) << ::testing::PrintToString(types);
    EXPECT_EQ(types.count("Police"), 0U) << ::testing::PrintToString(types);
}

// A region's people's name names the region; a people's name after another names a group of
// people, not a country.
TEST(DocumentEntities, APeoplesNameAfterARegionOrAPeopleIsNoCountry) {
    const Resolved r = resolve("Latin American governments rejected the vote. African American "
                               "voters backed the measure.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("United States"), 0U) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Latin America"], graph::EntityType::Gpe);
}

TEST(DocumentEntities, APluralTitleMakesPersonsOfBothJoinedNames) {
    const Resolved r = resolve("Senators Richard Blumenthal and Ed Markey asked regulators to "
                               "act. Senator Maria Cantwell and Zorvex criticized the rule.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Richard Blumenthal"], graph::EntityType::Person);
    EXPECT_EQ(types["Ed Markey"], graph::EntityType::Person);
    EXPECT_EQ(types["Maria Cantwell"], graph::EntityType::Person);
    // A singular title is one person's only.
    EXPECT_EQ(types["Zorvex"], graph::EntityType::Org);
}

TEST(DocumentEntities, WashingtonAfterAPlaceAndACommaIsTheState) {
    const Resolved r = resolve("Boeing builds jets at its factory in Renton, Washington.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Washington State"), 1U);
    EXPECT_EQ(types.count("United States"), 0U);
    EXPECT_EQ(types["Renton"], graph::EntityType::Gpe);
}

TEST(DocumentEntities, AnUnknownNameStartingWithAGivenNameIsAPerson) {
    const Resolved r = resolve("Pieter Elbers met Zhang Weiming in Paris. Morgan Stanley advised "
                               "Pieter Zorvex Holdings and Zorvex Elbers.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Pieter Elbers"], graph::EntityType::Person);
    EXPECT_EQ(types["Zhang Weiming"], graph::EntityType::Person); // a family name written first
    // A known name and a company's word win; an unknown first word is no given name.
    EXPECT_EQ(types["Morgan Stanley"], graph::EntityType::Org);
    EXPECT_EQ(types["Pieter Zorvex Holdings"], graph::EntityType::Org);
    EXPECT_EQ(types["Zorvex Elbers"], graph::EntityType::Org);
}

TEST(DocumentEntities, AGivenNameThatIsALawsWordOpensAPersonsName) {
    const Resolved r = resolve("Bill Lee urged workers to reject the union. Parliament passed "
                               "Bill C-11 and the Online Safety Bill.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Bill Lee"], graph::EntityType::Person);
    // A bill's number or a name that ends in "Bill" still makes a law.
    EXPECT_EQ(types["Bill C-11"], graph::EntityType::Law);
    EXPECT_EQ(types["Online Safety Bill"], graph::EntityType::Law);
}

TEST(DocumentEntities, AnOrganisationBeforeItsOfficerStaysAnOrganisation) {
    const Resolved r = resolve("Chelsea signed Harry Kane from Tottenham Hotspur on Saturday. He "
                               "left after Tottenham chairman Daniel Levy agreed to the deal.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Tottenham Hotspur"], graph::EntityType::Org);
    EXPECT_EQ(r.of(1, "He"), "Harry Kane");
}

TEST(DocumentEntities, OneOfARolesHoldersIsAPerson) {
    const Resolved r = resolve("Tatsuo Kawai, one of the surgeons, said the operation offered "
                               "hope. Zorvex Tanaka, one of the suppliers, agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Tatsuo Kawai"], graph::EntityType::Person);
    EXPECT_EQ(types["Zorvex Tanaka"], graph::EntityType::Org); // a supplier is no person's role
}

TEST(DocumentEntities, CompaniesNamedAfterPeopleOrEndingInATradeAreOrganisations) {
    const Resolved r = resolve("Carl Zeiss supplies lenses to ASML. Marcus Qorvane Mining and "
                               "Intel Capital invested in Zorvex, John Deere said.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    // Known companies named after people (gazetteer rows), though "Carl" and "John" are given
    // names.
    EXPECT_EQ(types["Carl Zeiss"], graph::EntityType::Org);
    EXPECT_EQ(types["John Deere"], graph::EntityType::Org);
    // An unknown name ending in a trade, though it starts with a given name.
    EXPECT_EQ(types["Marcus Qorvane Mining"], graph::EntityType::Org);
    // A known company followed by a trade word is another, smaller company.
    EXPECT_EQ(types["Intel Capital"], graph::EntityType::Org);
    EXPECT_EQ(types.count("Intel"), 0U);
}

TEST(DocumentEntities, ACompanysPlanIsNoMeasureButAPresidentsIs) {
    const Resolved r = resolve("SK Hynix announced plans to build a packaging plant in Indiana. "
                               "A court blocked President Joe Biden's plan.");
    std::vector<std::string> laws;
    for (const DocEntity& e : r.entities) {
        if (e.type == graph::EntityType::Law) {
            laws.push_back(e.name);
        }
    }
    EXPECT_EQ(laws, std::vector<std::string>{"President Joe Biden's plan"});
}

TEST(DocumentEntities, AHyphenatedGivenNameIsOneName) {
    const Resolved r = resolve("Taiwanese Premier Cho Jung-tai met Trade Minister Ahn Duk-geun. "
                               "The Zorvex-led group and the Pieter Zorvan-led firm agreed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Cho Jung-tai"], graph::EntityType::Person);
    EXPECT_EQ(types["Ahn Duk-geun"], graph::EntityType::Person);
    EXPECT_EQ(r.of(0, "tai"), "Cho Jung-tai");
    // A participle after a hyphen is no part of a name.
    EXPECT_EQ(types.count("Zorvex-led"), 0U);
    EXPECT_EQ(types.count("Pieter Zorvan-led"), 0U);
}

TEST(DocumentEntities, ACompanyThatReportsResultsIsNoReporter) {
    const Resolved r = resolve("TSMC reported a rise in profit on Thursday. The company raised "
                               "its forecast for the year.");
    EXPECT_EQ(r.of(1, "company"), "TSMC");
}

TEST(DocumentEntities, AnUnknownNameBeforeACommaAndAKnownPlaceIsAPlace) {
    const Resolved r = resolve("Zorvex Semiconductor will build a plant in Taylor, Texas, and "
                               "another near Hsinchu, Taiwan.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Zorvex Semiconductor"], graph::EntityType::Org);
    EXPECT_EQ(types["Taylor"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Hsinchu"], graph::EntityType::Gpe);
}

// A name opening with a word for a landform is a place: "Mount Etna", "Lake Tahoe".
TEST(DocumentEntities, ANameOpeningWithALandformWordIsAPlace) {
    const Resolved r = resolve("Mount Sorell erupted on Monday, and ash fell on towns near Lake "
                               "Vannes.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Mount Sorell"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Lake Vannes"], graph::EntityType::Gpe);
}

// A name after "near" or "the coast of" is a place; one after a lower-case word for what a
// person does is a person; a plural's apostrophe and a people's adjective stay in an
// organisation's name.
TEST(DocumentEntities, NearARoleAndAnApostropheTypeAndJoinNames) {
    const Resolved r = resolve("The storm made landfall near Matagorda on Monday. The group, "
                               "founded by the Austrian lawyer Max Schrems, filed a complaint. "
                               "The Korean Metal Workers' Union, which represents 43,000 "
                               "employees, is demanding a 9% rise. Regulators approved a wind "
                               "farm off the coast of Tarnby.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types["Matagorda"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Tarnby"], graph::EntityType::Gpe);
    EXPECT_EQ(types["Max Schrems"], graph::EntityType::Person);
    ASSERT_TRUE(types.count("Korean Metal Workers' Union")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Korean Metal Workers' Union"], graph::EntityType::Org);
}

// A given name the lists do not know, name particles and a family name are a person's name;
// a word for an organisation or a known place in such a name makes it none.
TEST(DocumentEntities, ANameWithParticlesIsAPersons) {
    const Resolved r = resolve("Union negotiator Marieke de Vries met Anko van der Werff on "
                               "Monday. Banco de Kelso and the Casa de Moneda were closed.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Anko van der Werff")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Marieke de Vries"], graph::EntityType::Person);
    EXPECT_EQ(types["Anko van der Werff"], graph::EntityType::Person);
    ASSERT_TRUE(types.count("Banco de Kelso")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Banco de Kelso"], graph::EntityType::Org);
}

// Lower-case particles joined by hyphens inside a place's name stay in it, and a name after
// "the village of" is a place also when its words hang on its first. A pension fund is a
// body, no measure.
TEST(DocumentEntities, HyphenatedParticlesStayInAPlacesName) {
    const Resolved r = resolve("One woman died in the village of Saint-Laurent-de-la-Cabrerisse. "
                               "Norway's largest pension fund has sold its shares in Caterpillar.");
    std::map<std::string, graph::EntityType> types;
    for (const DocEntity& e : r.entities) {
        types[e.name] = e.type;
        EXPECT_NE(e.type, graph::EntityType::Law) << e.name;
    }
    ASSERT_TRUE(types.count("Saint-Laurent-de-la-Cabrerisse")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Saint-Laurent-de-la-Cabrerisse"], graph::EntityType::Gpe);
}

// A word for a company before a name makes it a company, whatever place word it ends in; a
// word for a person does not.
TEST(DocumentEntities, ACompanyWordBeforeANameMakesItACompany) {
    const Resolved r = resolve("Intel sold a stake to the private equity firm Silver Lake. "
                               "American investor Robert Platek bought the club.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Silver Lake")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Silver Lake"], graph::EntityType::Org);
    EXPECT_EQ(types["Robert Platek"], graph::EntityType::Person);
}

// An unknown one-word name in a list of known places is a place; among companies it is not.
TEST(DocumentEntities, AnUnknownNameAmongPlacesIsAPlace) {
    const Resolved r = resolve("The deal gives AT&T customers in cities such as Denver, "
                               "Minneapolis and Seattle. Apple, Nvidia and Zorblax signed it.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Minneapolis")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Minneapolis"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Zorblax")) << ::testing::PrintToString(types);
    EXPECT_NE(types["Zorblax"], graph::EntityType::Gpe);
}

// A subject that "her" or "his" on its own verb's object points back to is a person; one that
// "its" points back to is not.
TEST(DocumentEntities, ASubjectOfHerOwnObjectIsAPerson) {
    const Resolved r = resolve("Shari Redstone will give up her stake. Acme Widgets sold its "
                               "shares in the company.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Shari Redstone")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Shari Redstone"], graph::EntityType::Person);
    ASSERT_TRUE(types.count("Acme Widgets")) << ::testing::PrintToString(types);
    EXPECT_NE(types["Acme Widgets"], graph::EntityType::Person);
}

// A name after a word for a product is one, also when the parse hung it elsewhere or set it
// off by a comma.
TEST(DocumentEntities, ANameAfterAProductWordIsAProduct) {
    const Resolved r = resolve("Novo Nordisk will build a factory to meet demand for its obesity "
                               "drug Wegovy, the company said. Rival Eli Lilly sells a competing "
                               "drug, Zepbound.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Wegovy")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Wegovy"], graph::EntityType::Product);
    ASSERT_TRUE(types.count("Zepbound")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Zepbound"], graph::EntityType::Product);
}

// A name after "in" on the verb whose object is a site is a place: "close the plant in
// Scunthorpe" (the parse hung "in Scunthorpe" on "close").
TEST(DocumentEntities, ANameInTheSiteOfTheVerbsObjectIsAPlace) {
    const Resolved r = resolve("Jingye threatened to close the plant in Scunthorpe.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Scunthorpe")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Scunthorpe"], graph::EntityType::Gpe);
}

// A name of several words after "a" is a thing of a make; a company's program is no law.
TEST(DocumentEntities, ANamedThingAfterAIsAProductAndAProgramNoLaw) {
    const Resolved r = resolve("The minister flew to Kyiv aboard a Lockheed Hercules. The delay is "
                               "the latest blow to Airbus's space program, which has cost the "
                               "company more than $1 billion.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Lockheed Hercules")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Lockheed Hercules"], graph::EntityType::Product);
    EXPECT_EQ(types.count("Airbus's space program"), 0u) << ::testing::PrintToString(types);
}

// What a verb makes or names its object is the object, no one named before; a plain object
// with the same words is the one named before.
TEST(DocumentEntities, WhatAVerbMakesItsObjectIsTheObject) {
    const Resolved made =
        resolve("Prime Minister Srettha Thavisin was removed. Parliament approved "
                "Paetongtarn Shinawatra, making her the youngest prime minister.");
    EXPECT_EQ(made.of(1, "minister"), "Paetongtarn Shinawatra");
    const Resolved met = resolve("Prime Minister Srettha Thavisin was removed. Parliament thanked "
                                 "the prime minister.");
    EXPECT_EQ(met.of(1, "minister"), "Srettha Thavisin");
}

// A capital of several words is the city where a phrase of place or motion names it, as a
// capital of one word is; the second of "from X to Y" too. An alias that is no name stays the
// country's.
TEST(DocumentEntities, ACapitalOfSeveralWordsIsTheCityWhereItIsAPlace) {
    const Resolved r = resolve("Fans camped outside a stadium in Buenos Aires. Protesters gathered "
                               "in New Delhi. Shell moved its headquarters from The Hague to "
                               "London. The Argentine government cut spending.");
    EXPECT_EQ(r.of(0, "Aires"), "Buenos Aires");
    EXPECT_EQ(r.of(1, "Delhi"), "New Delhi");
    EXPECT_EQ(r.of(2, "Hague"), "The Hague");
    EXPECT_EQ(r.of(2, "London"), "London");
    EXPECT_EQ(r.of(3, "government"), "Argentina");
}

// A listed given name makes a person of an unknown name ("Taylor Swift"); a tour or a contest
// is an event.
TEST(DocumentEntities, AGivenNameMakesAPersonAndATourAnEvent) {
    const Resolved r =
        resolve("Taylor Swift's Eras Tour sold more than 4 million tickets. Argentina "
                "won the World Cup.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Taylor Swift")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Taylor Swift"], graph::EntityType::Person);
    ASSERT_TRUE(types.count("Eras Tour")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Eras Tour"], graph::EntityType::Event);
    ASSERT_TRUE(types.count("World Cup")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["World Cup"], graph::EntityType::Event);
}

// A party's name: a people's word after a name's word before "party" belongs to the name, and
// capitalised common words before "party" make one; a name joined to a known place after a
// preposition of place is a place.
TEST(DocumentEntities, PartiesNamesAndAPlaceJoinedToAPlace) {
    const Resolved r = resolve("The ruling Pheu Thai party nominated her. The court dissolved the "
                               "opposition Move Forward party, which won the most seats. The "
                               "storm moved into Georgia and the Carolinas.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(r.of(0, "Thai"), "Pheu Thai");
    EXPECT_EQ(r.of(1, "Forward"), "Move Forward");
    ASSERT_TRUE(types.count("Carolinas")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Carolinas"], graph::EntityType::Gpe);
    EXPECT_EQ(types.count("Thailand"), 0u) << ::testing::PrintToString(types);
}

// A capitalised word after "a" and adjectives that describes a name is no organisation; a
// holiday after a preposition of time is no name.
TEST(DocumentEntities, AFollowersWordAndAHolidayAreNoNames) {
    const Resolved r = resolve("Joel Kaplan, a prominent Republican, replaced Nick Clegg. An "
                               "earthquake struck Japan on New Year's Day.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Republican"), 0u) << ::testing::PrintToString(types);
    EXPECT_EQ(types.count("Day"), 0u) << ::testing::PrintToString(types);
    EXPECT_EQ(types.count("New Year"), 0u) << ::testing::PrintToString(types);
    EXPECT_EQ(r.of(1, "Japan"), "Japan");
}

// A people's word that opens capitalised words before "party" opens the party's name; a name
// right after "river" or one that ends in "Tower" is a place.
TEST(DocumentEntities, APartyOpenedByAPeoplesWordAndLandmarks) {
    const Resolved r = resolve("Zourabichvili is a critic of the ruling Georgian Dream party. "
                               "Athletes sailed down the river Seine. Celine Dion sang from the "
                               "Eiffel Tower.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(r.of(0, "Georgian"), "Georgian Dream");
    ASSERT_TRUE(types.count("Seine")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Seine"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Eiffel Tower")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Eiffel Tower"], graph::EntityType::Gpe);
}

// A subject "it" of an adverbial clause whose main clause's subject is a named thing is the
// thing; an unknown name after "in" on a palace or a project is a place.
TEST(DocumentEntities, AnAdverbialItAfterANamedThingIsTheThing) {
    const Resolved r = resolve("Scientists at Google said their new quantum chip, Willow, solved a "
                               "problem. The company said the chip reduced errors as it grew "
                               "larger. Widodo held a ceremony at the palace in Nusantara. The "
                               "money will fund two projects in Teesside.");
    EXPECT_EQ(r.of(1, "it"), "Willow");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Nusantara")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Nusantara"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Teesside")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Teesside"], graph::EntityType::Gpe);
}

// A given name before a trade's word is a company's name: "Taylor Farms".
TEST(DocumentEntities, AGivenNameBeforeATradesWordIsACompany) {
    const Resolved r = resolve("Officials suspect onions supplied by Taylor Farms, which has "
                               "recalled the product.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Taylor Farms")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Taylor Farms"], graph::EntityType::Org);
}

// A known body's one-word alias that ends a longer capitalised name is that name's last word,
// with a people's word that opens it; alone it is the body.
TEST(DocumentEntities, AnAliasEndingALongerNameIsNoMentionOfTheBody) {
    const Resolved r = resolve("South Africa's African National Congress lost its majority. "
                               "Lawmakers in Congress passed the bill.");
    EXPECT_EQ(r.of(0, "Congress"), "African National Congress");
    EXPECT_EQ(r.of(1, "Congress"), "United States Congress");
}

// A name of several words named before is that name where it opens a sentence read as common
// words.
TEST(DocumentEntities, ANameNamedBeforeOpensASentence) {
    const Resolved r = resolve("Nippon Life agreed to buy Resolution Life. Resolution Life was "
                               "founded in 2003.");
    EXPECT_EQ(r.of(1, "Resolution"), "Resolution Life");
}

// An unknown one-word name right after "in" on a verb or an event is a place; on a stake or an
// investment it is not.
TEST(DocumentEntities, AOneWordNameWhereSomethingHappenedIsAPlace) {
    const Resolved r = resolve("The trial was held behind closed doors in Yekaterinburg. Amazon "
                               "invested in Quoralink.");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Yekaterinburg")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Yekaterinburg"], graph::EntityType::Gpe);
    ASSERT_TRUE(types.count("Quoralink")) << ::testing::PrintToString(types);
    EXPECT_NE(types["Quoralink"], graph::EntityType::Gpe);
    // (on an investment with a site of its own it is one: "in a factory in Bandung")
    const Resolved site = resolve("Apple offered to invest $100 million in a factory in Bandung.");
    std::map<std::string, graph::EntityType> siteTypes = typesOf(site);
    ASSERT_TRUE(siteTypes.count("Bandung")) << ::testing::PrintToString(siteTypes);
    EXPECT_EQ(siteTypes["Bandung"], graph::EntityType::Gpe);
}

// A name's word after an Arabic article is its short form ("Assad" after "Bashar al-Assad"); a
// name before "fault" is a place.
TEST(DocumentEntities, AShortFormLeavesTheArabicArticleOut) {
    const Resolved r = resolve("Bashar al-Assad fled to Moscow. Russia had backed Assad with air "
                               "power. Istanbul lies near the North Anatolian fault.");
    EXPECT_EQ(r.of(1, "Assad"), "Bashar al-Assad");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    EXPECT_EQ(types.count("Assad"), 0u) << ::testing::PrintToString(types);
    ASSERT_TRUE(types.count("North Anatolian")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["North Anatolian"], graph::EntityType::Gpe);
}

// A party's name of two capitalised words joined by "and" before "party" is one name, an
// organisation, and the same name later without "party" is that party.
TEST(DocumentEntities, APartysNameJoinedByAndIsOneName) {
    const Resolved r = resolve("The Law and Justice party accused Donald Tusk of violating the "
                               "constitution. President Andrzej Duda, an ally of Law and Justice, "
                               "vetoed a bill.");
    EXPECT_EQ(r.of(0, "Justice"), "Law and Justice");
    EXPECT_EQ(r.of(1, "Justice"), "Law and Justice");
    std::map<std::string, graph::EntityType> types = typesOf(r);
    ASSERT_TRUE(types.count("Law and Justice")) << ::testing::PrintToString(types);
    EXPECT_EQ(types["Law and Justice"], graph::EntityType::Org);
}

TEST(DocumentEntities, SurfaceFormsAreCollectedPerEntity) {
    const Resolved r = resolve("China's Cyberspace Administration summoned Nvidia. The "
                               "administration pressed Nvidia.");
    bool found = false;
    for (const DocEntity& e : r.entities) {
        if (e.name == "Cyberspace Administration of China") {
            found = true;
            EXPECT_TRUE(e.known);
            EXPECT_GE(e.surfaces.size(), 2u);
        }
    }
    EXPECT_TRUE(found);
}

TEST(FoldName, FoldsCaseQuotesAndALeadingThe) {
    EXPECT_EQ(foldName("The People’s Daily"), "people's daily");
    EXPECT_EQ(foldName("  U.S.   Commerce  "), "u.s. commerce");
    EXPECT_EQ(foldName(""), "");
}

} // namespace
} // namespace kg::ingest::resolve
