#include "ingest/nlp/pipeline.h"

#include "ingest/nlp/model_path.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace kg::ingest::nlp {
namespace {

const std::string MODELS = std::string(KG_SOURCE_DIR) + "/models";

// The shipped models, loaded once for the whole test program (CTest runs it as one test:
// loading them for each of some two hundred tests was most of the sanitizer run's time).
const Pipeline& shipped() {
    static const Pipeline pipeline = Pipeline::load(MODELS);
    return pipeline;
}

TEST(Pipeline, AnalyzesRawNewsText) {
    const Pipeline& pipeline = shipped();
    const auto sentences =
        pipeline.analyze("The Trump administration banned sales of the H20 chips in April. "
                         "China’s regulator summoned Nvidia.");
    ASSERT_EQ(sentences.size(), 2u);
    const Sentence& first = sentences[0];
    ASSERT_EQ(first.tokens.size(), 12u);
    EXPECT_EQ(first.tokens[3].form, "banned");
    EXPECT_EQ(first.tokens[3].upos, "VERB");
    EXPECT_EQ(first.tokens[3].xpos, "VBD");
    EXPECT_EQ(first.tokens[3].lemma, "ban");
    EXPECT_EQ(first.tokens[4].lemma, "sale");
    const Sentence& second = sentences[1];
    EXPECT_EQ(second.tokens[1].form, "’s");
    EXPECT_EQ(second.tokens[1].upos, "PART");
    EXPECT_EQ(second.tokens[3].lemma, "summon");
    EXPECT_EQ(second.tokens[4].upos, "PROPN");
}

// News text writes "’s" where EWT mostly has "'s": the parser reads both alike.
TEST(Pipeline, CurlyAndStraightApostrophesParseAlike) {
    const Pipeline& pipeline = shipped();
    const std::string curly = "Prior to the latest post, China’s cyberspace regulator and "
                              "People’s Daily, another influential state media outlet, also "
                              "raised concerns and criticisms.";
    const std::string straight = "Prior to the latest post, China's cyberspace regulator and "
                                 "People's Daily, another influential state media outlet, also "
                                 "raised concerns and criticisms.";
    const auto a = pipeline.analyze(curly);
    const auto b = pipeline.analyze(straight);
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    ASSERT_EQ(a[0].tokens.size(), b[0].tokens.size());
    for (std::size_t i = 0; i < a[0].tokens.size(); ++i) {
        EXPECT_EQ(a[0].tokens[i].head, b[0].tokens[i].head) << a[0].tokens[i].form;
        EXPECT_EQ(a[0].tokens[i].deprel, b[0].tokens[i].deprel) << a[0].tokens[i].form;
    }
}

// "on Tuesday" between the subject and the verb made the tagger read "unveiled" as a
// participle and the parser the sentence as a noun phrase; the pipeline retags and reparses.
TEST(Pipeline, APastTenseTakenForAParticipleHeadsItsSentence) {
    const Pipeline& pipeline = shipped();
    const auto sentences =
        pipeline.analyze("The Biden administration on Tuesday unveiled new rules that restrict "
                         "exports of advanced artificial intelligence chips to most countries.");
    ASSERT_EQ(sentences.size(), 1u);
    const Sentence& s = sentences[0];
    ASSERT_GT(s.tokens.size(), 6u);
    EXPECT_EQ(s.tokens[5].form, "unveiled");
    EXPECT_EQ(s.tokens[5].xpos, "VBD");
    EXPECT_EQ(s.tokens[5].head, 0);
    EXPECT_EQ(s.tokens[2].deprel, "nsubj");
    // A participle that is one stays: a passive, and a noun phrase with no verb to find.
    const auto passive = pipeline.analyze("The new rules were unveiled by the administration.");
    ASSERT_EQ(passive.size(), 1u);
    EXPECT_EQ(passive[0].tokens[4].xpos, "VBN");
}

// After a relative clause, a past tense was tagged as an "-ed" adjective ("surprised") and the
// sentence parsed around its subject; the relative clause's auxiliaries do not make it a
// participle.
TEST(Pipeline, APastTenseTakenForAnAdjectiveAfterARelativeClauseHeadsItsSentence) {
    const Pipeline& pipeline = shipped();
    const auto sentences =
        pipeline.analyze("Huawei, which has been on a U.S. trade blacklist since 2019, surprised "
                         "Washington last year by launching a smartphone.");
    ASSERT_EQ(sentences.size(), 1u);
    const Sentence& s = sentences[0];
    ASSERT_GT(s.tokens.size(), 14u);
    EXPECT_EQ(s.tokens[13].form, "surprised");
    EXPECT_EQ(s.tokens[13].xpos, "VBD");
    EXPECT_EQ(s.tokens[13].head, 0);
    EXPECT_EQ(s.tokens[0].deprel, "nsubj");
    EXPECT_EQ(s.tokens[14].deprel, "obj");
    // An attributive "-ed" adjective stays one, and the verb taken for a noun is still found.
    const auto bar = pipeline.analyze(
        "The rules, which take effect in 30 days, bar exports of advanced chips to China.");
    ASSERT_EQ(bar.size(), 1u);
    ASSERT_GT(bar[0].tokens.size(), 14u);
    EXPECT_EQ(bar[0].tokens[13].xpos, "JJ");
    EXPECT_EQ(bar[0].tokens[10].upos, "VERB");
}

// A long apposition or relative clause between subject and verb left the verb hanging under the
// subject's phrase; the pipeline raises it to the root with the subject under it.
TEST(Pipeline, AVerbHungUnderItsSubjectsPhraseIsRaisedOverIt) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("Applied Materials, Lam Research and KLA, the three biggest "
                         "American toolmakers, get a third of their revenue from China.");
    ASSERT_EQ(a.size(), 1u);
    ASSERT_GT(a[0].tokens.size(), 15u);
    EXPECT_EQ(a[0].tokens[14].form, "get");
    EXPECT_EQ(a[0].tokens[14].head, 0);
    EXPECT_EQ(a[0].tokens[1].head, 15);
    EXPECT_EQ(a[0].tokens[1].deprel, "nsubj");
    const auto b = pipeline.analyze("Nikon and Canon, which also make lithography tools, could "
                                    "lose sales to Chinese customers.");
    ASSERT_EQ(b.size(), 1u);
    ASSERT_GT(b[0].tokens.size(), 12u);
    const std::vector<Token>& w = b[0].tokens;
    EXPECT_EQ(w[11].form, "lose");
    EXPECT_EQ(w[11].head, 0);
    EXPECT_EQ(w[0].head, 12);
    EXPECT_EQ(w[0].deprel, "nsubj");
    EXPECT_EQ(w[6].deprel, "acl:relcl"); // "make", the relative clause, stays with the subject
    EXPECT_EQ(w[6].head, 1);
    EXPECT_EQ(w.back().head, 12); // the full stop follows the verb
    // Also when the parser made the verb a complement of the relative clause's verb.
    const auto d = pipeline.analyze("The Taiwanese company, which makes processors for Apple and "
                                    "Nvidia, raised its revenue forecast for the year.");
    ASSERT_EQ(d.size(), 1u);
    ASSERT_GT(d[0].tokens.size(), 13u);
    EXPECT_EQ(d[0].tokens[12].form, "raised");
    EXPECT_EQ(d[0].tokens[12].head, 0);
    EXPECT_EQ(d[0].tokens[2].deprel, "nsubj");
    EXPECT_EQ(d[0].tokens[5].deprel, "acl:relcl");
    // A subject of its own that is the first noun phrase's apposition goes back to it.
    const auto e = pipeline.analyze("Epic Games, the maker of Fortnite, sued Google in 2020.");
    ASSERT_EQ(e.size(), 1u);
    ASSERT_GT(e[0].tokens.size(), 8u);
    EXPECT_EQ(e[0].tokens[8].form, "sued");
    EXPECT_EQ(e[0].tokens[8].head, 0);
    EXPECT_EQ(e[0].tokens[1].deprel, "nsubj");
    EXPECT_EQ(e[0].tokens[4].head, 2);
    EXPECT_EQ(e[0].tokens[4].deprel, "appos");
    // An imperative after a singular noun stays where the parser put it (EWT dev).
    const auto c = pipeline.analyze("No need to thank me, just send me gifts.");
    ASSERT_EQ(c.size(), 1u);
    for (const Token& t : c[0].tokens) {
        if (t.form == "send") {
            EXPECT_NE(t.head, 0);
        }
    }
}

// "X-based" modifies the noun through the participle: the word before the hyphen (and a city
// before it) goes under the participle, not onto the noun or the verb.
TEST(Pipeline, TheWordBeforeAHyphenatedParticipleHangsOnIt) {
    const Pipeline& pipeline = shipped();
    for (const char* text :
         {"The Idaho-based chipmaker was banned from critical projects.",
          "The Boise, Idaho-based chipmaker was banned from critical projects."}) {
        const auto a = pipeline.analyze(text);
        ASSERT_EQ(a.size(), 1u);
        const std::vector<Token>& w = a[0].tokens;
        std::size_t based = 0;
        while (based < w.size() && w[based].form != "based") {
            ++based;
        }
        ASSERT_GT(based, 2u) << text;
        ASSERT_LT(based + 1, w.size()) << text;
        EXPECT_EQ(w[based].head, static_cast<int>(based) + 2) << text; // on "chipmaker"
        EXPECT_EQ(w[based + 1].deprel, "nsubj:pass") << text;
        EXPECT_EQ(w[0].head, static_cast<int>(based) + 2) << text; // "The" too
        EXPECT_EQ(w[1].head, static_cast<int>(based) + 1) << text; // the place's phrase
        EXPECT_EQ(w[1].deprel, "compound") << text;
    }
}

// A participle after a comma tells what the subject did, not what the object before it does.
TEST(Pipeline, AParticipleAfterACommaAndAnObjectHangsOnTheVerb) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Beijing condemned the move, accusing the Netherlands of bowing to pressure.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 5u);
    EXPECT_EQ(w[5].form, "accusing");
    EXPECT_EQ(w[5].head, 2);
    EXPECT_EQ(w[5].deprel, "advcl");
    // Also when it hung on a participle deep inside the object.
    const auto b = pipeline.analyze(
        "The European Commission on Wednesday imposed provisional tariffs of up to 38% on "
        "electric vehicles imported from China, escalating a trade dispute with Beijing.");
    ASSERT_EQ(b.size(), 1u);
    const std::vector<Token>& v = b[0].tokens;
    ASSERT_GT(v.size(), 20u);
    EXPECT_EQ(v[20].form, "escalating");
    EXPECT_EQ(v[20].head, 6); // "imposed"
    EXPECT_EQ(v[20].deprel, "advcl");
}

// "chief executive" on its own names a person: a noun, so the apposition has a head.
TEST(Pipeline, AChiefExecutiveIsANoun) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("Sam Altman, OpenAI's chief executive, has held talks with investors.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 9u);
    EXPECT_EQ(w[6].form, "executive");
    EXPECT_EQ(w[6].upos, "NOUN");
    EXPECT_EQ(w[0].deprel, "nsubj");
    EXPECT_EQ(w[9].head, 0); // "held"
    // Before a name too: "Intel chief executive Pat Gelsinger told Reuters".
    const auto c = pipeline.analyze("Intel chief executive Pat Gelsinger told Reuters on Monday.");
    ASSERT_EQ(c.size(), 1u);
    ASSERT_GT(c[0].tokens.size(), 5u);
    EXPECT_EQ(c[0].tokens[2].upos, "NOUN");
    EXPECT_EQ(c[0].tokens[5].head, 0); // "told"
    // Before a common noun it stays what the tagger said.
    const auto b = pipeline.analyze("The chief executive officer resigned on Monday.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_NE(b[0].tokens[2].upos, "NOUN");
}

// An office's field before its title is part of a name, not an imperative verb: the sentence
// keeps its subject.
TEST(Pipeline, AnOfficesFieldBeforeItsTitleIsAName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Trade Representative Katherine Tai met Chinese officials.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 8u);
    EXPECT_EQ(w[0].upos, "PROPN");
    EXPECT_EQ(w[0].xpos, "NNP");
    EXPECT_EQ(w[4].head, 0);         // "met"
    EXPECT_EQ(w[2].deprel, "nsubj"); // "Katherine"
    EXPECT_EQ(w[1].deprel, "nmod:desc");
    EXPECT_EQ(w[1].head, 3);
    // A verb before a title that is no office's field stays a verb.
    const auto c = pipeline.analyze("Meet Minister Anand at the fair.");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].tokens[0].form, "Meet");
    EXPECT_NE(c[0].tokens[0].upos, "PROPN");
}

// The words of a company's name before its legal form are names, whatever the tagger read
// ("ASML" as a conjunction, "Holding" as a gerund), and the name is the verb's object.
TEST(Pipeline, TheWordsBeforeALegalFormAreAName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The rules require ASML Holding NV to obtain licenses before it ships machines.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 14u);
    for (std::size_t k : {3u, 4u, 5u}) {
        EXPECT_EQ(w[k].upos, "PROPN") << w[k].form;
    }
    EXPECT_EQ(w[5].deprel, "obj");
    EXPECT_EQ(w[5].head, 3u); // "require"
    // A determiner opening the sentence stays one.
    const auto b = pipeline.analyze("The Coca-Cola Co. raised prices.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[0].upos, "DET");
}

// A participle right after the object modifies the noun before it; it is no complement of the
// verb (except after verbs that take one: "got the car fixed").
TEST(Pipeline, AParticipleAfterTheObjectModifiesItsNoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Japan tightened controls on equipment sold to China.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 9u);
    EXPECT_EQ(w[5].form, "sold");
    EXPECT_EQ(w[5].deprel, "acl");
    EXPECT_EQ(w[5].head, 5); // "equipment"
    const auto b = pipeline.analyze("She got the car fixed.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_NE(b[0].tokens[4].deprel, "acl");
}

// A possessive "'s" that the tagger read as "is" before an amount is a possessive when a verb
// follows: the verb heads the sentence.
TEST(Pipeline, APossessiveBeforeAnAmountIsNoCopula) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Intel's nearly $90 billion investment plan in Europe depends on supplies of tools.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 16u);
    EXPECT_EQ(w[1].form, "'s");
    EXPECT_EQ(w[1].deprel, "case");
    EXPECT_EQ(w[10].form, "depends");
    EXPECT_EQ(w[10].head, 0);
    // "'s" for "is" before a noun phrase stays the copula, a later verb notwithstanding.
    const auto b = pipeline.analyze("Nvidia's the firm everyone wants to beat.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_NE(b[0].tokens[1].deprel, "case");
}

// The word that ends a noun phrase after an amount is its noun, whatever the tagger read: "a
// 4.3 billion euro fine" (tagged as an adverb).
TEST(Pipeline, TheLastWordOfAnAmountsPhraseIsItsNoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The court upheld a 4.3 billion euro fine on Google.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 11u);
    EXPECT_EQ(w[7].form, "fine");
    EXPECT_EQ(w[7].upos, "NOUN");
    EXPECT_EQ(w[7].deprel, "obj");
    // Without a determiner opening the phrase the tagger's word stands.
    const auto b = pipeline.analyze("He paid 5 euro fine.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[4].form, "fine");
    EXPECT_NE(b[0].tokens[4].upos, "NOUN");
}

// A percentage after a verb is its object, also when the parse hung it on the noun of the
// phrase after it.
TEST(Pipeline, APercentageBeforeAPhraseIsTheVerbsObject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("SK Telecom rose 1% after the announcement.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 9u);
    EXPECT_EQ(w[4].form, "%");
    EXPECT_EQ(w[4].deprel, "obj");
    EXPECT_EQ(w[4].head, 3); // "rose"
}

// A closing report without a subject takes the noun phrase between the comma and itself.
TEST(Pipeline, AClosingReportTakesThePhraseBeforeItAsItsSubject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Microsoft plans to spend about $80 billion this fiscal year on data centers that can "
        "handle artificial intelligence workloads, the company's vice chair and president, Brad "
        "Smith, wrote in a blog post on Friday.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 40u);
    ASSERT_EQ(w[32].form, "wrote");
    ASSERT_EQ(w[25].form, "chair");
    EXPECT_EQ(w[25].head, 33);
    EXPECT_EQ(w[25].deprel, "nsubj");
    EXPECT_EQ(w[32].deprel, "parataxis");
}

// What the parse hung on a closing "..., the company said" before its subject belongs to the
// verb reported on.
TEST(Pipeline, APhraseBeforeAClosingReportIsTheReportedVerbs) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Intel has appointed Lip-Bu Tan, a former board member and "
                                    "veteran chip investor, as its chief executive, the company "
                                    "said on Wednesday.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 28u);
    ASSERT_EQ(w[2].form, "appointed");
    ASSERT_EQ(w[20].form, "executive");
    EXPECT_EQ(w[20].head, 3); // on "appointed", not on "said"
    EXPECT_EQ(w[26].form, "Wednesday");
    EXPECT_EQ(w[26].head, 25); // "said" keeps its own time
}

// A capitalised word between names in a list is a name.
TEST(Pipeline, ACapitalisedWordInAListOfNamesIsAName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Samsung, Sharp and Sony sell Android phones in Japan.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 11u);
    EXPECT_EQ(w[2].form, "Sharp");
    EXPECT_EQ(w[2].upos, "PROPN");
    EXPECT_EQ(w[5].form, "sell");
    EXPECT_EQ(w[5].head, 0); // the verb heads the sentence, the names its subject
    // Not outside a list: "a sharp fall" keeps its adjective.
    const auto b = pipeline.analyze("Samsung reported a Sharp fall in profit.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[3].form, "Sharp");
    EXPECT_NE(b[0].tokens[3].upos, "PROPN");
}

// "as" with a noun phrase and a verb after it is a clause, not a phrase and a parataxis.
TEST(Pipeline, AsWithASubjectAndAVerbIsAClause) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The order comes as regulators in the United States and "
                                    "Europe also step up scrutiny of Google.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 18u);
    EXPECT_EQ(w[4].form, "regulators");
    EXPECT_EQ(w[4].deprel, "nsubj");
    EXPECT_EQ(w[4].head, 13); // "step"
    EXPECT_EQ(w[3].deprel, "mark");
    EXPECT_EQ(w[12].deprel, "advcl");
    EXPECT_EQ(w[12].head, 3); // "comes"
}

// A participle of saying after a noun phrase and before "that" is a verb, not a noun.
TEST(Pipeline, AParticipleOfSayingBeforeThatIsAVerb) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The company filed a complaint with the ITC alleging that the "
                                    "panels infringe its patents.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 16u);
    EXPECT_EQ(w[8].form, "alleging");
    EXPECT_EQ(w[8].upos, "VERB");
    EXPECT_EQ(w[8].xpos, "VBG");
    // After a determiner it stays a noun: "a warning that ...".
    const auto b = pipeline.analyze("Regulators issued a warning that prices could rise.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[3].form, "warning");
    EXPECT_EQ(b[0].tokens[3].upos, "NOUN");
}

// A name opens a sentence even when the tagger read its first word as a verb; and a second
// clause's subject taken for a conjunct of the first clause's object is given back.
TEST(Pipeline, ASecondClausesSubjectIsNoConjunctOfTheObject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Thrive Capital is leading the round, and Microsoft, "
                                    "OpenAI's biggest backer, is also expected to take part.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 22u);
    EXPECT_EQ(w[0].upos, "PROPN"); // "Thrive"
    EXPECT_EQ(w[8].form, "Microsoft");
    EXPECT_EQ(w[8].deprel, "nsubj:pass");
    EXPECT_EQ(w[8].head, 18); // "expected"
    EXPECT_EQ(w[17].deprel, "conj");
    EXPECT_EQ(w[17].head, 4); // "leading"
}

// A participle of a verb that takes no object modifies the noun after it.
TEST(Pipeline, AnIntransitiveParticipleModifiesItsNoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The group seeks to shore up prices amid weak demand growth "
                                    "and rising output from rival producers.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 18u);
    EXPECT_EQ(w[12].form, "rising");
    EXPECT_EQ(w[12].deprel, "amod");
    EXPECT_EQ(w[12].head, 14); // "output"
    EXPECT_EQ(w[13].deprel, "conj");
    EXPECT_EQ(w[13].head, 11); // "growth"
    EXPECT_EQ(w[16].head, 14); // "producers" on "output"
}

// An -ing form after a determiner and adjectives, before a preposition, is a noun.
TEST(Pipeline, AGerundAfterADeterminerBeforeAPrepositionIsANoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Alibaba said it would split into six business units, each with its own chief executive "
        "and board, in the biggest restructuring in the company's history.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    const auto it =
        std::find_if(w.begin(), w.end(), [](const Token& t) { return t.form == "restructuring"; });
    ASSERT_NE(it, w.end());
    EXPECT_EQ(it->upos, "NOUN");
    EXPECT_EQ(it->xpos, "NN");
    // "the following" keeps its participle.
    const auto b = pipeline.analyze("Please consider the following: prices rose.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[3].form, "following");
    EXPECT_NE(b[0].tokens[3].xpos, "NN");
}

// A word in camel case is never a number, nor a verb or a function word.
TEST(Pipeline, ACamelCaseWordIsNoNumber) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The iPhone maker said it was disappointed.");
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(a[0].tokens.size(), 8u);
    EXPECT_EQ(a[0].tokens[1].form, "iPhone");
    EXPECT_EQ(a[0].tokens[1].upos, "PROPN");
    EXPECT_EQ(a[0].tokens[1].head, 3); // "maker"
}

// A sum right before a noun is the noun's compound, with the noun heading the phrase.
TEST(Pipeline, ASumBeforeANounModifiesIt) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The $1.6 billion investment will restart the reactor.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 10u);
    EXPECT_EQ(w[1].form, "$");
    EXPECT_EQ(w[1].deprel, "compound");
    EXPECT_EQ(w[1].head, 5); // "investment"
    EXPECT_EQ(w[0].head, 5); // "The"
    EXPECT_EQ(w[4].deprel, "nsubj");
    // A word tagged as a number that is none does not join a sum.
    const auto b = pipeline.analyze("$9.62 excluding tip with water to drink for the buffet.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[0].form, "$");
    EXPECT_NE(b[0].tokens[0].deprel, "compound");
}

// A name between a verb and a sum is the verb's indirect object, the sum its object, whether
// the parse made the name part of the sum or the sum a conjunct of the name.
TEST(Pipeline, ANameBeforeASumIsTheIndirectObject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The European Commission on Thursday fined Meta Platforms 798 million euros.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 12u);
    EXPECT_EQ(w[7].form, "Platforms");
    EXPECT_EQ(w[7].deprel, "iobj");
    EXPECT_EQ(w[7].head, 6); // "fined"
    EXPECT_EQ(w[10].form, "euros");
    EXPECT_EQ(w[10].deprel, "obj");
    EXPECT_EQ(w[10].head, 6);
    const auto b = pipeline.analyze("The regulator fined Google 2.4 billion euros in 2017.");
    ASSERT_EQ(b.size(), 1u);
    ASSERT_EQ(b[0].tokens.size(), 10u);
    EXPECT_EQ(b[0].tokens[3].deprel, "iobj");
    EXPECT_EQ(b[0].tokens[6].form, "euros");
    EXPECT_EQ(b[0].tokens[6].deprel, "obj");
    EXPECT_EQ(b[0].tokens[6].head, 3); // "fined"
}

// A capitalised noun before "of" and a name heads an institution's name; after "a" it is a
// title.
TEST(Pipeline, ACapitalisedNounBeforeOfAndANameIsAName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Qualcomm appealed to the Court of Justice.");
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(a[0].tokens.size(), 8u);
    EXPECT_EQ(a[0].tokens[4].form, "Court");
    EXPECT_EQ(a[0].tokens[4].upos, "PROPN");
    const auto b = pipeline.analyze("She is a Professor of Medicine at Georgetown.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[3].form, "Professor");
    EXPECT_EQ(b[0].tokens[3].upos, "NOUN");
}

// "weeks after Honda recalled ...": the name after "after" is the clause's subject, not a
// modifier of a subject "weeks".
TEST(Pipeline, AClauseAfterAStretchOfTimeKeepsItsSubject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The recall comes weeks after Honda Motor Co. recalled 750,000 cars in Canada.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 14u);
    EXPECT_EQ(w[7].form, "Co.");
    EXPECT_EQ(w[7].deprel, "nsubj");
    EXPECT_EQ(w[7].head, 9); // "recalled"
    EXPECT_EQ(w[3].deprel, "obl:unmarked");
    // Also when the parse made the clause a conjunct of the main verb.
    const auto b = pipeline.analyze(
        "Jensen Huang met Chinese Vice Premier He Lifeng in Beijing on Thursday, days after "
        "Washington allowed the company to resume sales.");
    ASSERT_EQ(b.size(), 1u);
    const std::vector<Token>& v = b[0].tokens;
    ASSERT_EQ(v.size(), 23u);
    EXPECT_EQ(v[15].form, "Washington");
    EXPECT_EQ(v[15].deprel, "nsubj");
    EXPECT_EQ(v[16].deprel, "advcl"); // "allowed"
    EXPECT_EQ(v[16].head, 3);         // "met"
}

// A noun phrase joined by "as well as" to a place, without a preposition of its own, is
// another object of the verb.
TEST(Pipeline, AsWellAsAfterAPlaceJoinsTheObject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The company still has test facilities in Chengdu as well as Intel Labs R&D operations.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 16u);
    EXPECT_EQ(w[14].form, "operations");
    EXPECT_EQ(w[14].deprel, "conj");
    EXPECT_EQ(w[14].head, 6); // "facilities"
}

// A past tense read as a participle before a "that" clause (after a time phrase) is the main
// verb.
TEST(Pipeline, AParticipleBeforeAThatClauseIsThePastTense) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("A federal judge ruled on Monday that Google broke antitrust law.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 12u);
    EXPECT_EQ(w[3].form, "ruled");
    EXPECT_EQ(w[3].head, 0);
    EXPECT_EQ(w[8].form, "broke");
    EXPECT_EQ(w[8].deprel, "ccomp");
}

// A relative clause with a plural verb on a singular name inside a plural noun's phrase is the
// plural noun's.
TEST(Pipeline, APluralRelativeClauseOnANameIsItsNounsClause) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "It adds 116 entities to the list, including companies in China that help Moscow "
        "acquire weapons technology.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 19u);
    EXPECT_EQ(w[13].form, "help");
    EXPECT_EQ(w[13].head, 10); // "companies"
}

// A participle between commas after the subject is the subject's clause, and the verb after it
// (tagged as a noun: "values") the main verb.
TEST(Pipeline, AParticipleAfterTheSubjectIsNoMainVerb) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The deal, announced on Monday, values Figma at $20 billion.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 14u);
    EXPECT_EQ(w[7].form, "values");
    EXPECT_EQ(w[7].head, 0);
    EXPECT_EQ(w[7].upos, "VERB");
    EXPECT_EQ(w[1].deprel, "nsubj");
    EXPECT_EQ(w[1].head, 8);
    EXPECT_EQ(w[3].deprel, "acl"); // "announced"
    EXPECT_EQ(w[3].head, 2);
    EXPECT_EQ(w[8].head, 8);  // "Figma"
    EXPECT_EQ(w[13].head, 8); // the full stop
    // A main verb after its subject and a comma stays one: "The company, meanwhile, reported".
    const auto b = pipeline.analyze("The company, meanwhile, reported record revenue, beating "
                                    "forecasts.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[5].form, "reported");
    EXPECT_EQ(b[0].tokens[5].head, 0);
}

// After an opening prepositional phrase, the name after its comma is the verb's subject, not an
// apposition of a word in the phrase.
TEST(Pipeline, TheNameAfterAnOpeningPhraseIsTheSubject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "In an article posted Sunday on WeChat, Yuyuan Tantian, a social media account affiliated "
        "with the state broadcaster CCTV, claimed the H20 chips pose security risks.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 30u);
    EXPECT_EQ(w[22].form, "claimed");
    EXPECT_EQ(w[8].form, "Yuyuan");
    EXPECT_EQ(w[8].head, 23);
    EXPECT_EQ(w[8].deprel, "nsubj");
    EXPECT_EQ(w[14].form, "account");
    EXPECT_EQ(w[14].head, 9); // the apposition goes with the name
}

// A subject split in two at its last noun is one phrase again, and a clause after "after" is
// an adverbial clause.
TEST(Pipeline, ASubjectSplitAtItsLastNounIsOnePhrase) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("The shares of Chinese metals producers surged after Beijing "
                                    "imposed export controls on gallium and germanium.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 10u);
    EXPECT_EQ(w[6].form, "surged");
    EXPECT_EQ(w[1].deprel, "nsubj");
    EXPECT_EQ(w[5].form, "producers");
    EXPECT_EQ(w[5].deprel, "nmod");
    EXPECT_EQ(w[5].head, 2);
    EXPECT_EQ(w[4].deprel, "compound");
    EXPECT_EQ(w[4].head, 6);
    EXPECT_EQ(w[2].head, 6); // "of"
    EXPECT_EQ(w[9].form, "imposed");
    EXPECT_EQ(w[9].deprel, "advcl");
}

// A past tense read as a participle and the plural noun after it read as a verb are retagged
// when the parse gives the "verb" two subjects.
TEST(Pipeline, AParticipleBeforeANounTakenForAVerbIsThePastTense) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The American chipmaking giant designed the H20 chips specifically for Chinese "
        "customers in response to U.S. restrictions.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 8u);
    EXPECT_EQ(w[4].form, "designed");
    EXPECT_EQ(w[4].head, 0);
    EXPECT_EQ(w[4].xpos, "VBD");
    EXPECT_EQ(w[7].form, "chips");
    EXPECT_EQ(w[7].upos, "NOUN");
    EXPECT_EQ(w[7].deprel, "obj");
    EXPECT_EQ(w[3].deprel, "nsubj");
}

// A verb's form tagged as a coordinating conjunction after a noun is that verb.
TEST(Pipeline, AVerbTaggedAsAConjunctionIsAVerb) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("Alibaba shares fell 4% after the company cut its revenue forecast.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 9u);
    EXPECT_EQ(w[8].form, "cut");
    EXPECT_EQ(w[8].upos, "VERB");
    EXPECT_EQ(w[7].deprel, "nsubj"); // "company"
    EXPECT_EQ(w[7].head, 9);
    // Real conjunctions stay what they are.
    const auto b = pipeline.analyze("Intel and AMD cut prices.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[1].upos, "CCONJ");
}

// "the commerce ministry": a lowercase word the tagger read as a name after a determiner's
// noun is the common noun WordNet knows; a lowercase name stays one.
TEST(Pipeline, ALowercaseCommonNounTakenForANameIsANoun) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("Exporters will need to apply for licenses from the commerce ministry.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 12u);
    EXPECT_EQ(w[10].form, "ministry");
    EXPECT_EQ(w[10].upos, "NOUN");
    EXPECT_EQ(w[10].lemma, "ministry");
    EXPECT_EQ(w[9].deprel, "compound"); // "commerce"
    EXPECT_EQ(w[9].head, 11);
    const auto b = pipeline.analyze("Do you have the historical nymex settle prices?");
    ASSERT_EQ(b.size(), 1u);
    ASSERT_GT(b[0].tokens.size(), 6u);
    EXPECT_EQ(b[0].tokens[5].upos, "PROPN"); // not a WordNet noun
}

// A number after a verb with no object is its object, not a bare oblique.
TEST(Pipeline, ABareNumberAfterAVerbIsItsObject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "The Veldhoven-based company, Europe\u2019s most valuable technology firm, has sold more "
        "than 100 of the machines to Chinese customers this year.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 27u);
    ASSERT_EQ(w[17].form, "100");
    EXPECT_EQ(w[17].deprel, "obj");
    EXPECT_EQ(w[17].head, 15); // "sold"
}

// "A spokesperson for Micron Technology declined to comment" tagged "declined" a participle
// and parsed as a noun phrase: an infinitive after the participle makes it the main verb too.
TEST(Pipeline, AParticipleBeforeAnInfinitiveInAVerblessSentenceIsAPastTense) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("A spokesperson for Micron Technology declined to comment.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 9u);
    EXPECT_EQ(w[5].form, "declined");
    EXPECT_EQ(w[5].xpos, "VBD");
    EXPECT_EQ(w[5].head, 0);
    EXPECT_EQ(w[1].deprel, "nsubj"); // "spokesperson"
    EXPECT_EQ(w[1].head, 6);
}

// "Huawei, whose Ascend chips compete with Nvidia's products, is expected to benefit": a
// relative clause the parse hung under the main verb, with the name a vocative, goes back on the
// name, which becomes the verb's subject.
TEST(Pipeline, ARelativeClauseUnderTheMainVerbGoesBackOnItsName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Huawei, whose Ascend chips compete with Nvidia\u2019s "
                                    "products, is expected to benefit from the restrictions.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 19u); // "Nvidia" and "’s" are two words
    ASSERT_EQ(w[12].form, "expected");
    EXPECT_EQ(w[12].head, 0);
    EXPECT_EQ(w[0].deprel, "nsubj:pass"); // "Huawei"
    EXPECT_EQ(w[0].head, 13);
    EXPECT_EQ(w[5].deprel, "acl:relcl"); // "compete"
    EXPECT_EQ(w[5].head, 1);
}

// The same with the name already the main verb's subject: "Intel, which is building factories in
// Arizona and Ohio, was awarded ..." with "building" an adverbial clause of "awarded".
TEST(Pipeline, ARelativeClauseUnderTheMainVerbGoesBackOnItsSubject) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Intel, which is building factories in Arizona and Ohio, was awarded $8.5 billion in "
        "March.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 19u);
    ASSERT_EQ(w[4].form, "building");
    EXPECT_EQ(w[4].deprel, "acl:relcl");
    EXPECT_EQ(w[4].head, 1);
    EXPECT_EQ(w[0].deprel, "nsubj:pass");
    EXPECT_EQ(w[0].head, 13);
}

// A name opening the sentence parsed as a vocative, its apposition as the verb's subject: the
// name is the subject, the apposition its own.
TEST(Pipeline, ANamesAppositionTakenForTheSubjectGoesBackOnTheName) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Samsung, the world\u2019s largest memory chipmaker, plans to "
                                    "invest more than $40 billion in Texas by 2030.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 22u);
    ASSERT_EQ(w[9].form, "plans");
    EXPECT_EQ(w[0].deprel, "nsubj");
    EXPECT_EQ(w[0].head, 10);
    EXPECT_EQ(w[7].deprel, "appos"); // "chipmaker"
    EXPECT_EQ(w[7].head, 1);
}

// "as well as Intel Labs R&D operations": a name the parse split from the nouns after it (the
// nouns a bare nmod) is their compound; an apposition after a comma is left alone.
TEST(Pipeline, ANameSplitFromItsNounIsItsCompound) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "But the company still has assembly and test facilities in Chengdu as well as Intel Labs "
        "R&D operations that need advanced tools from the U.S.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 25u);
    ASSERT_EQ(w[17].form, "operations");
    EXPECT_EQ(w[14].deprel, "compound"); // "Intel"
    EXPECT_EQ(w[14].head, 18);
    EXPECT_EQ(w[17].deprel, "conj"); // the name's place, then "as well as" moves it
    EXPECT_EQ(w[17].head, 6);        // from "Chengdu" to the object "assembly"
    const auto b = pipeline.analyze(
        "Crude-oil prices rose Wednesday as strengthening Hurricane Rita, now a Category 5 storm, "
        "threatened to disrupt oil production in the Gulf of Mexico.");
    ASSERT_EQ(b.size(), 1u);
    for (const Token& t : b[0].tokens) {
        if (t.form == "Rita") {
            EXPECT_NE(t.deprel, "compound");
        }
    }
}

// "... in Shenzhen and Yunnan Chihong Zinc & Germanium Co. also hit that mark": a name after
// "and" with a verb right after it opens a clause, whatever noun the parse joined it to.
TEST(Pipeline, ANameBeforeAVerbAfterAndOpensAClause) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Zhuzhou Smelter Group Co. climbed to the 10% limit before losing much of that advance "
        "and Yunnan Luoping Zinc & Electricity Co. rose 5%.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 27u);
    ASSERT_EQ(w[23].form, "rose");
    EXPECT_EQ(w[23].deprel, "conj");
    EXPECT_EQ(w[23].head, 5);         // "climbed"
    EXPECT_EQ(w[22].deprel, "nsubj"); // "Co."
    EXPECT_EQ(w[22].head, 24);
    EXPECT_EQ(w[16].deprel, "cc"); // "and"
    EXPECT_EQ(w[16].head, 24);
    for (std::size_t k = 17; k < 22; ++k) { // the name's other words stay inside it
        const int h = w[k].head;
        EXPECT_TRUE(h >= 18 && h <= 23) << w[k].form << " " << h;
    }
    // Joined subjects of one verb stay joined.
    const auto b = pipeline.analyze("Intel and Advanced Micro Devices rose 5% on Monday.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[4].form, "Devices");
    EXPECT_NE(b[0].tokens[4].deprel, "nsubj");
}

// A present tense needs a subject: "Calls" opening "Calls to the company weren't answered",
// tagged a verb, is the plural noun that is the sentence's subject. Web text's dropped subjects
// stay verbs.
TEST(Pipeline, AnOpeningSubjectlessVerbBeforeAPrepositionIsANoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Calls to the company weren\u2019t answered.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 8u);
    EXPECT_EQ(w[0].upos, "NOUN");
    EXPECT_EQ(w[0].lemma, "call");
    EXPECT_EQ(w[0].deprel, "nsubj:pass");
    EXPECT_EQ(w[0].head, 7); // "answered"
    EXPECT_EQ(w[6].head, 0);
    const auto b = pipeline.analyze("Looks like the kids had a great time!");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].tokens[0].upos, "VERB");
    EXPECT_EQ(b[0].tokens[0].head, 0);
}

// A title the parse made the head of the name after it gives its place to the name: "Trade
// Representative Jamieson Greer criticized ..." (an unknown given name) is Greer's clause.
TEST(Pipeline, ANameAfterATitleHeadsIt) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze(
        "Trade Representative Jamieson Greer criticized the European Union on Tuesday.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 11u);
    EXPECT_EQ(w[4].head, 0); // "criticized"
    EXPECT_EQ(w[2].deprel, "nsubj");
    EXPECT_EQ(w[2].head, 5);
    EXPECT_EQ(w[3].deprel, "flat");
    EXPECT_EQ(w[3].head, 3);
    EXPECT_EQ(w[1].deprel, "nmod:desc");
    EXPECT_EQ(w[1].head, 3);
    EXPECT_EQ(w[0].head, 3); // "Trade" hangs on the name too
    // A title with a name of its own ("Representative Office" is no person) is left alone.
    const auto b = pipeline.analyze("The Taipei Representative Office opened in Vilnius.");
    ASSERT_EQ(b.size(), 1u);
    for (const Token& t : b[0].tokens) {
        EXPECT_NE(t.deprel, "nmod:desc") << t.form;
    }
}

// "rose 5% after the company reported ...": the clause after "after" has its own subject, and
// the measure is the verb's.
TEST(Pipeline, AClauseAfterAMeasureKeepsItsSubject) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("Intel shares rose 5% after the company reported higher sales.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_EQ(w.size(), 12u);
    EXPECT_EQ(w[5].form, "after");
    EXPECT_EQ(w[5].deprel, "mark");
    EXPECT_EQ(w[7].deprel, "nsubj"); // "company"
    EXPECT_EQ(w[7].head, 9);         // "reported"
    EXPECT_EQ(w[8].deprel, "advcl");
    EXPECT_EQ(w[8].head, 3); // "rose"
    EXPECT_EQ(w[4].head, 3); // "%"
    EXPECT_EQ(w[4].deprel, "obj");
}

// A relative clause after a name, parsed as the main clause, gives the root back to the verb
// after it.
TEST(Pipeline, ARelativeClauseParsedAsTheMainClauseIsPutBackOnItsNoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Cambricon, whose shares have tripled this year, reported its "
                                    "first quarterly profit in August.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 10u);
    EXPECT_EQ(w[9].form, "reported");
    EXPECT_EQ(w[9].head, 0);
    EXPECT_EQ(w[0].head, 10);
    EXPECT_EQ(w[0].deprel, "nsubj");
    EXPECT_EQ(w[5].form, "tripled");
    EXPECT_EQ(w[5].head, 1);
    EXPECT_EQ(w[5].deprel, "acl:relcl");
    EXPECT_EQ(w.back().head, 10);
}

// The word `form` of `text`, which must be one sentence, as the pipeline tags and parses it.
Token wordOf(const Pipeline& pipeline, const std::string& text, const std::string& form) {
    const std::vector<Sentence> sentences = pipeline.analyze(text);
    EXPECT_EQ(sentences.size(), 1u) << text;
    for (const Sentence& s : sentences) {
        for (const Token& t : s.tokens) {
            if (t.form == form) {
                return t;
            }
        }
    }
    ADD_FAILURE() << "no word '" << form << "' in: " << text;
    return Token{};
}

// "bar" after a relative clause tagged as a noun left the sentence without a verb: the
// pipeline retags it as a verb and keeps the new parse, where it joins the clause's verb.
TEST(Pipeline, AVerbTakenForANounInAVerblessSentenceIsRetagged) {
    const Pipeline& pipeline = shipped();
    const auto sentences = pipeline.analyze(
        "The rules, which take effect in 30 days, bar exports of advanced chips to China.");
    ASSERT_EQ(sentences.size(), 1u);
    const Sentence& s = sentences[0];
    ASSERT_GT(s.tokens.size(), 11u);
    EXPECT_EQ(s.tokens[10].form, "bar");
    EXPECT_EQ(s.tokens[10].upos, "VERB");
    EXPECT_EQ(s.tokens[10].xpos, "VBP");
    EXPECT_EQ(s.tokens[11].deprel, "obj");
    // Also before an infinitive, and with the comma before it hung on it.
    const auto arm = pipeline.analyze(
        "Arm Holdings, which is controlled by SoftBank, plans to launch its own chip next year.");
    ASSERT_EQ(arm.size(), 1u);
    ASSERT_GT(arm[0].tokens.size(), 10u);
    EXPECT_EQ(arm[0].tokens[9].form, "plans");
    EXPECT_EQ(arm[0].tokens[9].upos, "VERB");
    EXPECT_EQ(arm[0].tokens[9].head, 0);
    // Also, as the sentence's verb: after a noun the parse compounded onto it when a
    // determiner, number or adjective follows; past adverbs and closing quotes; after a
    // demonstrative, and for an
    // "-s" form before a preposition; with a participle modifying a noun, or a verb joined to
    // the noun, elsewhere in the sentence (all CaRB dev).
    struct Retry {
        const char* text;
        const char* word;
    };
    for (const Retry& c :
         {Retry{"The Commissioner of Parks and Public Property heads one of the departments in "
                "those local governments in New Jersey that operate under the Walsh Act form of "
                "municipal governance.",
                "heads"},
          Retry{"That amounts to more than $350 billion a year.", "amounts"},
          Retry{"This often results in unexpected deaths.", "results"},
          Retry{"The lodge also hosts fellowship events, conclaves, training events, and an "
                "annual family banquet, and supports the council activities at Council-run "
                "events.",
                "hosts"},
          Retry{"The first single, \"Dreamer,\" features performances by keyboardist Philippe "
                "Saisse.",
                "features"},
          // After a noun the parse made its subject, and past a verb that serves as a
          // preposition.
          Retry{"The company plans to cut jobs.", "plans"},
          Retry{"According to Reuters, Samsung plans to cut 10% of its overseas staff.", "plans"},
          // After a compounded noun when an adjective follows too.
          Retry{"The listing bars American suppliers from selling equipment to YMTC.", "bars"}}) {
        const Token t = wordOf(pipeline, c.text, c.word);
        EXPECT_EQ(t.xpos, "VBZ") << c.text;
        EXPECT_EQ(t.head, 0) << c.text;
    }
    // Left alone: a pronoun after the noun starts a relative clause without "that" (EWT dev),
    // and a noun phrase with a verb of its own is no verbless sentence.
    EXPECT_EQ(
        wordOf(pipeline, "Its the only pizza place I recommend in Woodland Hills.", "place").upos,
        "NOUN");
    EXPECT_EQ(wordOf(pipeline, "The company results in 2020 were weak.", "results").xpos, "NNS");
    // A caption without a determiner, name or pronoun is left a noun phrase.
    const auto caption = pipeline.analyze("High guality pup food at a good price."); // (EWT dev)
    ASSERT_EQ(caption.size(), 1u);
    for (const Token& t : caption[0].tokens) {
        EXPECT_NE(t.upos, "VERB") << t.form;
    }
}

// A relative clause after a name and a comma, hung on a copula's predicate noun, moves to the
// name; on another noun it stays.
TEST(Pipeline, ARelativeClauseAfterANameBelongsToTheName) {
    const Pipeline& pipeline = shipped();
    const auto a =
        pipeline.analyze("The verdict was a setback for Arm, which is majority-owned by SoftBank.");
    ASSERT_EQ(a.size(), 1u);
    const std::vector<Token>& w = a[0].tokens;
    ASSERT_GT(w.size(), 13u);
    EXPECT_EQ(w[12].form, "owned");
    EXPECT_EQ(w[12].deprel, "acl:relcl");
    EXPECT_EQ(w[12].head, 7); // "Arm"
    const Token led = wordOf(pipeline,
                             "After a short absence Keibler began a short feud with the evil "
                             "Jillian Hall, which led to the two having a match.",
                             "led");
    EXPECT_EQ(led.head, 9); // "feud"
}

// "according to" takes a noun phrase: a noun the tagger read as a base verb after it is a
// noun, with "according to" for its case.
// An "-s" verb right after a preposition's name with nothing after it, or one the parse used as
// a noun, and a lowercase plural tagged as a name are plural nouns.
TEST(Pipeline, NounsAfterAccordingToAndAfterAPrepositionsName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Google will settle claims brought by U.S. states, according to "
                             "court papers filed on Monday.";
    const Token court = wordOf(pipeline, text, "court");
    EXPECT_EQ(court.upos, "NOUN");
    const Token states = wordOf(pipeline, text, "states");
    EXPECT_EQ(states.xpos, "NNS");
    EXPECT_EQ(wordOf(pipeline, text, "according").deprel, "case");
    // A lowercase plural tagged as a name is a noun, but web text's "the states" stays a name.
    EXPECT_EQ(wordOf(pipeline, "Google settled claims brought by U.S. states.", "states").upos,
              "NOUN");
    EXPECT_EQ(wordOf(pipeline, "I will fly back to the states.", "states").upos, "PROPN");
    // An "-s" verb that the parse used as a noun with a preposition of its own is a noun.
    const Token sanctions = wordOf(
        pipeline, "SMIC has made progress despite U.S. sanctions that cut it off from tools.",
        "sanctions");
    EXPECT_EQ(sanctions.xpos, "NNS");
    EXPECT_EQ(sanctions.deprel, "obl");
    // A verb with an object after the name stays a verb.
    EXPECT_EQ(wordOf(pipeline, "The letter signed by Biden states the goals.", "states").xpos,
              "VBZ");
}

// An "-ing" adjective of a verb after a comma that closes a clause, before its object, is the
// verb's participle; in a list of adjectives, or with no finite verb before it, an adjective.
TEST(Pipeline, AnIngAdjectiveAfterAClauseIsAParticiple) {
    const Pipeline& pipeline = shipped();
    const Token surprising = wordOf(pipeline,
                                    "Lenovo began shipping a laptop built with chips from a local "
                                    "supplier, surprising analysts in Beijing.",
                                    "surprising");
    EXPECT_EQ(surprising.xpos, "VBG");
    EXPECT_EQ(surprising.deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, "He died a slow, agonizing death.", "agonizing").upos, "ADJ");
    EXPECT_EQ(wordOf(pipeline, "Great atmosphere, amazing food.", "amazing").upos, "ADJ");
}

// A name split into a verb's two objects is one again, its second word (a capitalised trade
// the tagger read as a common noun) a name; a capitalised plural after a one-word name ends
// the name too.
TEST(Pipeline, ATradeAfterANameEndsIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The department agreed to give Micron Technology up to $6.1 billion.";
    const Token trade = wordOf(pipeline, text, "Technology");
    EXPECT_EQ(trade.upos, "PROPN");
    const Token micron = wordOf(pipeline, text, "Micron");
    EXPECT_EQ(micron.deprel, "compound");
    EXPECT_EQ(micron.head, 7); // "Technology"
    // A capitalised plural after a one-word name inside a sentence.
    EXPECT_EQ(wordOf(pipeline, "The judge ruled for Epic Games on Monday.", "Games").upos, "PROPN");
    // A lowercase trade stays a noun (the repairs take capitalised words only).
    EXPECT_EQ(wordOf(pipeline, "Nvidia technology is in demand.", "technology").upos, "NOUN");
}

// A noun that describes the name after it ("rival Apple") is no verb, and the name is the
// object it describes, not a compound of a noun after a preposition.
TEST(Pipeline, ANounBeforeANameDescribesIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Samsung overtook rival Apple in phone sales.";
    const Token rival = wordOf(pipeline, text, "rival");
    EXPECT_EQ(rival.upos, "NOUN");
    EXPECT_EQ(rival.deprel, "nmod:desc");
    const Token apple = wordOf(pipeline, text, "Apple");
    EXPECT_EQ(apple.deprel, "obj");
    EXPECT_EQ(apple.head, 2); // "overtook"
    // A verb that takes a bare infinitive keeps it.
    EXPECT_EQ(wordOf(pipeline, "The grant helped build Intel factories.", "build").upos, "VERB");
}

// A participle right after an order, a law or a report says what it does; after other objects
// the parse is left alone.
TEST(Pipeline, AParticipleAfterAnOrderModifiesIt) {
    const Pipeline& pipeline = shipped();
    const Token forcing = wordOf(
        pipeline, "The court upheld the order forcing Nexperia to sell its stake.", "forcing");
    EXPECT_EQ(forcing.deprel, "acl");
    EXPECT_EQ(forcing.head, 5); // "order"
    const Token branching = wordOf(
        pipeline, "It's tough to make money branching out when your appeal is in your focus.",
        "branching");
    EXPECT_NE(branching.deprel, "acl"); // (EWT dev: an adverbial clause of "make")
}

// A verb read as a noun before a closing report is found again, also when the report's clause
// has a verb of its own, and only "'s" or an apostrophe is a possessive marker.
TEST(Pipeline, AVerbBeforeAClosingReportIsFound) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Taiwan Semiconductor Manufacturing Co. plans to raise prices for its most advanced chips "
        "by up to 10% next year, people familiar with the matter said, as demand from artificial "
        "intelligence customers outstrips supply.";
    const Token plans = wordOf(pipeline, text, "plans");
    EXPECT_EQ(plans.xpos, "VBZ");
    EXPECT_EQ(plans.deprel, "ccomp");
    EXPECT_EQ(wordOf(pipeline, text, "outstrips").xpos, "VBZ");
}

// A plural name's possessive taken for a preposition's object: the possessed noun takes the
// name's place and the name is its possessor.
TEST(Pipeline, APossessorTakenForAnObjectIsMended) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Vietnam's government has approved a $1.8 billion expansion of Samsung Electronics' "
        "display plant in the northern province of Bac Ninh, state media reported on Friday.";
    const Token plant = wordOf(pipeline, text, "plant");
    EXPECT_EQ(plant.deprel, "nmod");
    EXPECT_EQ(plant.head, 10); // "expansion"
    const Token owner = wordOf(pipeline, text, "Electronics");
    EXPECT_EQ(owner.deprel, "nmod:poss");
    EXPECT_EQ(owner.head, 16); // "plant"
}

// A relative clause parsed as the main clause, with the main verb tagged as a participle: the
// verb is found and the clause goes back on its noun.
TEST(Pipeline, AMainVerbAfterARelativeClauseIsFound) {
    const Pipeline& pipeline = shipped();
    const std::string text = "TSMC, whose clients include Apple and Nvidia, raised prices.";
    const Token raised = wordOf(pipeline, text, "raised");
    EXPECT_EQ(raised.xpos, "VBD");
    EXPECT_EQ(raised.head, 0);
    const Token include = wordOf(pipeline, text, "include");
    EXPECT_EQ(include.deprel, "acl:relcl");
    EXPECT_EQ(include.head, 1); // "TSMC"
}

// A report inside a relative clause ("which the company says will create jobs"): the verb of
// saying is the noun's relative clause, the reported verb its complement with the relative
// word for subject.
TEST(Pipeline, AReportInsideARelativeClauseIsRearranged) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Micron plans to invest about $125 billion over two decades in the "
                             "projects, which the company says will create 20,000 jobs.";
    const Token says = wordOf(pipeline, text, "says");
    EXPECT_EQ(says.deprel, "acl:relcl");
    EXPECT_EQ(says.head, 14); // "projects"
    const Token which = wordOf(pipeline, text, "which");
    EXPECT_EQ(which.deprel, "nsubj");
    EXPECT_EQ(which.head, 21); // "create"
    EXPECT_EQ(wordOf(pipeline, text, "create").deprel, "ccomp");
}

// A word in camel case that the tagger read as a verb or a pronoun is a name.
TEST(Pipeline, ACamelCaseWordIsNoVerb) {
    const Pipeline& pipeline = shipped();
    const Token xai = wordOf(pipeline,
                             "Elon Musk's artificial intelligence company xAI said on Sunday it "
                             "had raised $6 billion.",
                             "xAI");
    EXPECT_EQ(xai.upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, "But iPhone was the first touch screen phone.", "iPhone").upos,
              "PROPN");
    // A capital start counts with three small letters after: "VMware", not web text's "ONe".
    const Token vmware = wordOf(pipeline,
                                "Broadcom completed its $69 billion acquisition of cloud software "
                                "company VMware after receiving approval.",
                                "VMware");
    EXPECT_EQ(vmware.upos, "PROPN");
    EXPECT_EQ(vmware.deprel, "appos");
    EXPECT_EQ(vmware.head, 11); // "company"
    EXPECT_NE(wordOf(pipeline, "ONe of a few.", "ONe").upos, "PROPN");
}

// A relative pronoun never heads its clause: the verb does, with the noun for subject.
TEST(Pipeline, ARelativePronounHeadsNoClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The agreement will extend some of the controls that the Biden "
                             "administration imposed in October to companies such as ASML.";
    const Token imposed = wordOf(pipeline, text, "imposed");
    EXPECT_EQ(imposed.deprel, "acl:relcl");
    EXPECT_EQ(imposed.head, 8); // "controls"
    EXPECT_EQ(wordOf(pipeline, text, "that").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "administration").deprel, "nsubj");
}

// A list's last member with a possessor ("... and Saudi Arabia's Prince Alwaleed bin Talal")
// is the name after the mark, and a closing report joined as a conjunct is a parataxis.
TEST(Pipeline, APossessedNameEndsTheList) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Investors included Andreessen Horowitz, Sequoia Capital and Saudi "
                             "Arabia's Prince Alwaleed bin Talal, the company said in a blog post.";
    const Token prince = wordOf(pipeline, text, "Alwaleed");
    EXPECT_EQ(prince.deprel, "conj");
    const Token country = wordOf(pipeline, text, "Arabia");
    EXPECT_EQ(country.deprel, "nmod:poss");
    EXPECT_EQ(country.head, 13); // "Alwaleed"
    EXPECT_EQ(wordOf(pipeline, text, "said").deprel, "parataxis");
}

// A hyphenated title is one word that the models read as its office's word; a name right
// before a titled subject qualifies the title, and a phrase between commas after a name is its
// apposition, instead of a second subject; an opening noun read as an order is a noun again.
TEST(Pipeline, ANameRightBeforeASubjectIsNoSecondSubject) {
    const Pipeline& pipeline = shipped();
    const std::string text = "United Nations Secretary-General Antonio Guterres said he deeply "
                             "regretted the decision.";
    const Token title = wordOf(pipeline, text, "Secretary-General");
    EXPECT_EQ(title.lemma, "Secretary-General");
    EXPECT_EQ(title.deprel, "nmod:desc");
    EXPECT_EQ(title.head, 4); // "Antonio"
    const Token nations = wordOf(pipeline, text, "Nations");
    EXPECT_EQ(nations.deprel, "compound");
    EXPECT_EQ(nations.head, 3); // "Secretary-General"
    EXPECT_EQ(wordOf(pipeline, text, "Antonio").deprel, "nsubj");
    // Between commas, the second phrase is the name's apposition.
    const std::string appos = "The United States, the world's largest oil producer, has pumped "
                              "record volumes this year.";
    const Token producer = wordOf(pipeline, appos, "producer");
    EXPECT_EQ(producer.deprel, "appos");
    EXPECT_EQ(producer.head, 3); // "States"
    EXPECT_EQ(wordOf(pipeline, appos, "States").deprel, "nsubj");
    // A sentence opened by a noun the tagger read as an order.
    const std::string demand = "Demand for smartphones and personal computers has weakened, "
                               "leaving chipmakers with large stocks of unsold chips.";
    const Token noun = wordOf(pipeline, demand, "Demand");
    EXPECT_EQ(noun.upos, "NOUN");
    EXPECT_EQ(noun.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, demand, "weakened").head, 0);
    // An order stays one when the later verb cannot agree with a singular noun.
    EXPECT_EQ(
        wordOf(pipeline, "Talk to your academic adviser, see what they recommend.", "Talk").head,
        0);
}

// A "that" parsed as the object, with the clause's subject its own object, marks the clause.
TEST(Pipeline, AThatTakenForAnObjectMarksItsClause) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Nick Clegg warned that thousands of businesses relied on such transfers.";
    const Token relied = wordOf(pipeline, text, "relied");
    EXPECT_EQ(relied.deprel, "ccomp");
    EXPECT_EQ(relied.head, 3); // "warned"
    EXPECT_EQ(relied.xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "that").deprel, "mark");
    EXPECT_EQ(wordOf(pipeline, text, "thousands").deprel, "nsubj");
}

// A clause with its own subject right after a verb of fearing with no complement is what the
// verb fears.
TEST(Pipeline, AClauseRightAfterAVerbOfFearingIsItsComplement) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Residents near the site have protested against the project because "
                             "they fear it will use too much water.";
    const Token use = wordOf(pipeline, text, "use");
    EXPECT_EQ(use.deprel, "ccomp");
    EXPECT_EQ(use.head, 12); // "fear"
}

// An infinitive right after a noun of trying or deciding is the noun's, and "whether or not" is
// one marker.
TEST(Pipeline, AnInfinitiveAfterANounOfTryingIsTheNouns) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The investment reflects efforts by Apple and its suppliers to reduce "
                             "their dependence on China.";
    const Token reduce = wordOf(pipeline, text, "reduce");
    EXPECT_EQ(reduce.deprel, "acl");
    EXPECT_EQ(reduce.head, 4); // "efforts"
    const std::string whether =
        "The administration pressed Nvidia to clarify whether or not such vulnerabilities existed.";
    for (const char* form : {"or", "not"}) {
        const Token t = wordOf(pipeline, whether, form);
        EXPECT_EQ(t.deprel, "fixed") << form;
        EXPECT_EQ(t.head, 7) << form; // "whether"
    }
}

// A known verb's base form closing a phrase opened by a subordinator, after a plural noun, is the
// clause's verb: "as its Covid vaccine sales decline".
TEST(Pipeline, AVerbClosingASubordinatePhraseIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The deal would help the company replace revenue lost as its Covid "
                             "vaccine sales decline.";
    const Token decline = wordOf(pipeline, text, "decline");
    EXPECT_EQ(decline.upos, "VERB");
    EXPECT_EQ(decline.deprel, "advcl");
    const Token sales = wordOf(pipeline, text, "sales");
    EXPECT_EQ(sales.deprel, "nsubj");
    EXPECT_EQ(sales.head, 15); // "decline"
    EXPECT_EQ(wordOf(pipeline, text, "as").deprel, "mark");
    EXPECT_EQ(wordOf(pipeline, text, "its").head, 14); // "sales"
}

// A verb tagged as a noun before a possessive is retried as the verb, and a noun read as a
// participle of the plural noun before it heads their phrase: "cut its sales forecast".
TEST(Pipeline, ASalesForecastIsANounPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string text = "ASML Holding cut its sales forecast for next year after orders for "
                             "its lithography machines fell short of expectations.";
    const Token cut = wordOf(pipeline, text, "cut");
    EXPECT_EQ(cut.upos, "VERB");
    EXPECT_EQ(cut.head, 0);
    const Token forecast = wordOf(pipeline, text, "forecast");
    EXPECT_EQ(forecast.upos, "NOUN");
    EXPECT_EQ(forecast.deprel, "obj");
    EXPECT_EQ(forecast.head, 3);
    EXPECT_EQ(wordOf(pipeline, text, "sales").deprel, "compound");
    EXPECT_EQ(wordOf(pipeline, text, "its").head, 6);
}

// A phrase opened by "a" right after a name and a comma is the name's apposition, wherever the
// parse hung it.
TEST(Pipeline, APhraseAfterANamesCommaIsItsApposition) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Dutch government has invoked an emergency law to take control of "
                             "Nexperia, a chipmaker owned by China's Wingtech Technology, citing "
                             "serious governance shortcomings.";
    const Token chipmaker = wordOf(pipeline, text, "chipmaker");
    EXPECT_EQ(chipmaker.deprel, "appos");
    EXPECT_EQ(chipmaker.head, 13); // "Nexperia"
    // Off a predicate noun whose phrase holds the name, the apposition is the name's.
    const std::string rival = "Amazon is also a major investor in Anthropic, a rival of OpenAI.";
    EXPECT_EQ(wordOf(pipeline, rival, "rival").head, 8); // "Anthropic"
}

// A name's last word taken for the subject of a relative clause on the root noun: the name is
// whole and the verb heads the sentence.
TEST(Pipeline, ANameSplitByARelativeClauseIsWholeAgain) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Shares of Arm Holdings jumped 25 percent in their first day of "
                             "trading on the Nasdaq, valuing the British chip designer at more "
                             "than $65 billion.";
    const Token jumped = wordOf(pipeline, text, "jumped");
    EXPECT_EQ(jumped.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "Shares").deprel, "nsubj");
    const Token holdings = wordOf(pipeline, text, "Holdings");
    EXPECT_EQ(holdings.deprel, "flat");
    EXPECT_EQ(holdings.head, 3); // "Arm"
}

// "after" and a noun phrase taken for a prepositional phrase, with a subjectless verb after it,
// open a clause.
TEST(Pipeline, AfterANounAndAVerbIsAClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The decision came a day after the European Central Bank cut its "
                             "own rates for the fourth time this year.";
    const Token cut = wordOf(pipeline, text, "cut");
    EXPECT_EQ(cut.deprel, "advcl");
    EXPECT_EQ(cut.head, 3); // "came"
    EXPECT_EQ(wordOf(pipeline, text, "Bank").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
}

// A relative clause after a name and a comma is the name's, never a verb's.
TEST(Pipeline, ARelativeClauseHangsOnTheNameBeforeItsComma) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Walt Disney said its board had chosen a successor to Bob Iger, who "
                             "returned as chief executive in 2022.";
    const Token returned = wordOf(pipeline, text, "returned");
    EXPECT_EQ(returned.deprel, "acl:relcl");
    EXPECT_EQ(returned.head, 11); // "Bob"
}

// The subject of a clause after "believed" taken for its object is the clause's subject.
TEST(Pipeline, AnObjectBeforeACopulaIsTheClausesSubject) {
    const Pipeline& pipeline = shipped();
    const std::string text = "OpenAI said it respected the rights of writers and believed its use "
                             "of the material was legal.";
    const Token legal = wordOf(pipeline, text, "legal");
    EXPECT_EQ(legal.deprel, "ccomp");
    EXPECT_EQ(legal.head, 10); // "believed"
    EXPECT_EQ(wordOf(pipeline, text, "use").deprel, "nsubj");
}

// A lowercase ministry after a demonym or a country's possessive is a common noun, with its
// field: the tagger reads "economy ministry" as a name and the parse gives the verb two subjects.
TEST(Pipeline, ACountrysLowercaseMinistryIsACommonNoun) {
    const Pipeline& pipeline = shipped();
    const std::string dutch = "The Dutch economy ministry said it had taken control of the firm.";
    const Token ministry = wordOf(pipeline, dutch, "ministry");
    EXPECT_EQ(ministry.upos, "NOUN");
    EXPECT_EQ(ministry.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, dutch, "economy").deprel, "compound");
    const std::string italy = "Italy's industry ministry said it had fined the carmaker.";
    EXPECT_EQ(wordOf(pipeline, italy, "industry").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, italy, "ministry").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, italy, "ministry").deprel, "nsubj");
}

// "over" before a possessive pronoun is a preposition, whatever quotation follows.
TEST(Pipeline, OverBeforeAPossessiveIsAPreposition) {
    const Pipeline& pipeline = shipped();
    for (const std::string text :
         {"Google was fined over its \"search first\" policy, which hurt rivals.",
          "The carmaker was sued over its \"full self-driving\" claims."}) {
        const Token over = wordOf(pipeline, text, "over");
        EXPECT_EQ(over.upos, "ADP") << text;
        EXPECT_EQ(over.deprel, "case") << text;
    }
}

// "after" and a noun with an apposition before a verb is a clause, also when the tagger read
// the verb as a participle.
TEST(Pipeline, AfterANounAndItsAppositionIsAClause) {
    const Pipeline& pipeline = shipped();
    const std::string founder = "The regulator suspended the exchange on Monday after its "
                                "founder, Sam Carter, refused to hand over records.";
    EXPECT_EQ(wordOf(pipeline, founder, "refused").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, founder, "founder").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, founder, "after").deprel, "mark");
    const std::string maker = "The city banned the app on Tuesday after its maker, Lumen Labs, "
                              "declined to share user data.";
    const Token declined = wordOf(pipeline, maker, "declined");
    EXPECT_EQ(declined.deprel, "advcl");
    EXPECT_EQ(declined.xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, maker, "maker").deprel, "nsubj");
}

// The clause reported after "said on Monday" is the saying's, not a relative clause of the day.
TEST(Pipeline, AClauseAfterTheDayOfAReportIsTheReports) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Anthropic said on Monday it had raised 4 billion dollars from "
                             "investors including Google and Salesforce.";
    const Token raised = wordOf(pipeline, text, "raised");
    EXPECT_EQ(raised.deprel, "ccomp");
    EXPECT_EQ(raised.head, 2); // "said"
}

// "than" and a noun before a verb open a comparative clause: the noun is its subject.
TEST(Pipeline, ThanOpensAComparativeClause) {
    const Pipeline& pipeline = shipped();
    const std::string loan = "The ministry approved a loan of 2 billion euros to the airline, a "
                             "larger amount than the two sides had discussed in March.";
    const Token discussed = wordOf(pipeline, loan, "discussed");
    EXPECT_EQ(discussed.deprel, "advcl");
    EXPECT_EQ(discussed.head, 15); // "larger"
    EXPECT_EQ(wordOf(pipeline, loan, "sides").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, loan, "than").deprel, "mark");
    const std::string price = "The company paid a higher price than analysts had expected.";
    EXPECT_EQ(wordOf(pipeline, price, "analysts").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, price, "analysts").head, 10); // "expected"
    EXPECT_EQ(wordOf(pipeline, price, "than").deprel, "mark");
}

// "to" and a known verb's form after "expects" are an infinitive, and the counted noun after
// it is its object.
TEST(Pipeline, ToAfterExpectsIsAnInfinitive) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Canadian planemaker now expects to hand over about 140 jets, "
                             "down from a previous goal of 150.";
    const Token hand = wordOf(pipeline, text, "hand");
    EXPECT_EQ(hand.upos, "VERB");
    EXPECT_EQ(hand.deprel, "xcomp");
    EXPECT_EQ(wordOf(pipeline, text, "to").deprel, "mark");
    const Token jets = wordOf(pipeline, text, "jets");
    EXPECT_EQ(jets.deprel, "obj");
    EXPECT_EQ(jets.head, 7); // "hand"
}

// "mine" after a possessive and a noun is a noun, not the pronoun.
TEST(Pipeline, MineAfterANounIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The government ordered the company to close its copper mine in the "
                             "north.";
    const Token mine = wordOf(pipeline, text, "mine");
    EXPECT_EQ(mine.upos, "NOUN");
    EXPECT_EQ(mine.deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "copper").deprel, "compound");
}

// A participle clause after a comma is the verb's adverbial, not a clause of a noun deep in a
// prepositional phrase.
TEST(Pipeline, AParticipleAfterACommaIsTheVerbsNotADeepNouns) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Shell agreed on Tuesday to sell its Nigerian onshore subsidiary to a "
                             "group of five mostly local companies for up to 2.4 billion "
                             "dollars, ending nearly a century of onshore production in the "
                             "country.";
    const Token ending = wordOf(pipeline, text, "ending");
    EXPECT_EQ(ending.deprel, "advcl");
    EXPECT_EQ(ending.head, 6); // "sell"
}

// A name before a common noun's phrase with an infinitive after it modifies the phrase: no verb
// takes two objects and an infinitive.
TEST(Pipeline, ANameBeforeAnObjectWithAnInfinitiveModifiesIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The watchdog said Google had asked Android phone makers to give "
                             "its search engine priority placement.";
    const Token android = wordOf(pipeline, text, "Android");
    EXPECT_EQ(android.deprel, "compound");
    EXPECT_EQ(android.head, 9); // "makers"
    EXPECT_EQ(wordOf(pipeline, text, "makers").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "give").deprel, "xcomp");
}

// A capitalised content word tagged as an auxiliary is a name.
TEST(Pipeline, ACapitalisedWordTakenForAnAuxiliaryIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Arm said Nuvia's licences ended when the deal closed, and it asked "
                             "a court in Delaware to order Qualcomm to destroy the designs.";
    const Token arm = wordOf(pipeline, text, "Arm");
    EXPECT_EQ(arm.upos, "PROPN");
    EXPECT_EQ(arm.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "asked").head, 2); // "said"
}

// A noun's "that" clause whose subject a participle modifies, and a closing report the parse
// hung inside it.
TEST(Pipeline, AThatClauseWithAParticipleInItsSubjectAndAClosingReport) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Indonesia has banned sales of Apple's iPhone 16 because the company has not met a "
        "requirement that phones sold in the country contain at least 40% local parts, the "
        "industry minister said on Friday.";
    const Token contain = wordOf(pipeline, text, "contain");
    EXPECT_EQ(contain.deprel, "acl");
    EXPECT_EQ(contain.head, 17); // "requirement"
    EXPECT_EQ(wordOf(pipeline, text, "phones").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "sold").deprel, "acl");
    EXPECT_EQ(wordOf(pipeline, text, "that").deprel, "mark");
    const Token said = wordOf(pipeline, text, "said");
    EXPECT_EQ(said.deprel, "parataxis");
    EXPECT_EQ(said.head, 3); // "banned"
}

// A subject's last conjunct taken for the subject of a clause joined to the subject's noun.
TEST(Pipeline, ASubjectsLastConjunctIsNoClausesSubject) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Unions in Italy and the United States had criticised Tavares for cutting jobs.";
    const Token criticised = wordOf(pipeline, text, "criticised");
    EXPECT_EQ(criticised.deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Unions").deprel, "nsubj");
    const Token states = wordOf(pipeline, text, "States");
    EXPECT_EQ(states.deprel, "conj");
    EXPECT_EQ(states.head, 3); // "Italy"
}

// A clause after "after" read as a prepositional phrase, its verb hung elsewhere.
TEST(Pipeline, AClauseAfterAfterIsNoPrepositionalPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Nippon Steel said it had closed its acquisition of U.S. Steel after "
                             "President Donald Trump approved the deal.";
    const Token approved = wordOf(pipeline, text, "approved");
    EXPECT_EQ(approved.deprel, "advcl");
    EXPECT_EQ(approved.head, 6); // "closed"
    const Token donald = wordOf(pipeline, text, "Donald");
    EXPECT_EQ(donald.deprel, "nsubj");
    EXPECT_EQ(donald.head, 16); // "approved"
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
    // (on the verb already, the name still its subject)
    const std::string own = "The firm closed the purchase after President Joe Biden approved it.";
    const Token joe = wordOf(pipeline, own, "Joe");
    EXPECT_EQ(joe.deprel, "nsubj");
    EXPECT_EQ(joe.head, 10); // "approved"
    EXPECT_EQ(wordOf(pipeline, own, "approved").head, 3);
}

// The second half of a hyphenated given name is part of the name.
TEST(Pipeline, AHyphenatedGivenNameIsOneName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "A court upheld the acquittal of Samsung chairman Lee Jae-yong on "
                             "charges of fraud.";
    const Token yong = wordOf(pipeline, text, "yong");
    EXPECT_EQ(yong.upos, "PROPN");
    EXPECT_EQ(yong.deprel, "flat");
    EXPECT_EQ(yong.head, 9); // "Lee"
    EXPECT_NE(wordOf(pipeline, text, "charges").head, 12);
}

// A noun after a plural noun, tagged a present-tense verb, is the head of the plural's phrase.
TEST(Pipeline, ANounTakenForAVerbAfterAPluralNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Shell has agreed to sell its refinery and chemicals plant in "
                             "Singapore to a joint venture.";
    const Token plant = wordOf(pipeline, text, "plant");
    EXPECT_EQ(plant.upos, "NOUN");
    EXPECT_EQ(plant.deprel, "conj");
    EXPECT_EQ(plant.head, 7); // "refinery"
    const Token chemicals = wordOf(pipeline, text, "chemicals");
    EXPECT_EQ(chemicals.deprel, "compound");
    EXPECT_EQ(chemicals.head, 10);
}

// A "who" clause after a name and a comma that the parse hung on a closing report.
TEST(Pipeline, AWhoClauseIsTheNamesEvenBeforeAReport) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "OpenAI has hired Tang Tan, who spent more than two decades designing iPhones at Apple, "
        "to run a new hardware division, a person familiar with the matter said.";
    const Token spent = wordOf(pipeline, text, "spent");
    EXPECT_EQ(spent.deprel, "acl:relcl");
    EXPECT_EQ(spent.head, 4); // "Tang"
    const Token run = wordOf(pipeline, text, "run");
    EXPECT_EQ(run.deprel, "advcl");
    EXPECT_EQ(run.head, 3); // "hired"
    EXPECT_EQ(wordOf(pipeline, text, "Tang").deprel, "obj");
    const Token designing = wordOf(pipeline, text, "designing");
    EXPECT_EQ(designing.deprel, "advcl");
    EXPECT_EQ(designing.head, 8);
}

// Nothing hangs on a punctuation mark; a noun the parse hung on a name's comma is its apposition.
TEST(Pipeline, NothingHangsOnPunctuation) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Novartis agreed to buy Avidity Biosciences, a U.S. company developing "
        "treatments for rare muscle diseases, for about 12 billion dollars.";
    const Token company = wordOf(pipeline, text, "company");
    EXPECT_EQ(company.deprel, "appos");
    EXPECT_EQ(company.head, 6); // "Biosciences"
    for (const Sentence& s : pipeline.analyze(text)) {
        for (const Token& t : s.tokens) {
            if (t.head > 0) {
                EXPECT_NE(s.tokens[static_cast<std::size_t>(t.head - 1)].upos, "PUNCT") << t.form;
            }
        }
    }
}

// A noun after the object of "call" with nothing joining them is what the verb calls it.
TEST(Pipeline, WhatAVerbCallsItsObjectIsItsPredicate) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Wingtech called the move excessive interference driven by bias.";
    const Token interference = wordOf(pipeline, text, "interference");
    EXPECT_EQ(interference.deprel, "xcomp");
    EXPECT_EQ(interference.head, 2); // "called"
}

// A capitalised word no dictionary knows, tagged a common noun inside a sentence, is a name.
TEST(Pipeline, ACapitalisedUnknownNounIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The airline is investigating a crash of one of its Boeing 787 jets in Ahmedabad.";
    EXPECT_EQ(wordOf(pipeline, text, "Boeing").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "jets").deprel, "nmod");
}

// A noun joined to a verb right after the verb's object is the object's conjunct.
TEST(Pipeline, ANounJoinedAfterTheObjectIsItsConjunct) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Ansys shareholders will receive $197 in cash and 0.345 Synopsys shares.";
    const Token shares = wordOf(pipeline, text, "shares");
    EXPECT_EQ(shares.deprel, "conj");
    EXPECT_EQ(shares.head, 5); // "$"
}

// A "that" clause after an object and a day is the object's relative clause.
TEST(Pipeline, ARelativeClauseAfterADayIsTheObjects) {
    const Pipeline& pipeline = shipped();
    for (const std::string text :
         {"Walt Disney and Charter Communications reached a deal on Monday that returned ESPN and "
          "ABC to nearly 15 million cable subscribers.",
          "Walt Disney and Charter Communications reached a deal on Monday that returned ESPN, ABC "
          "and other Disney channels to nearly 15 million cable subscribers."}) {
        const Token returned = wordOf(pipeline, text, "returned");
        EXPECT_EQ(returned.deprel, "acl:relcl") << text;
        EXPECT_EQ(returned.head, 8) << text; // "deal"
    }
}

// A participle right after its noun is no relative clause of a noun far before.
TEST(Pipeline, AParticipleAfterItsNounIsNoFarRelativeClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Longi Green Energy Technology and Shanghai Electric were part of "
                             "groups seeking to build and run a 110-megawatt plant partly paid for "
                             "with EU funds.";
    const Token paid = wordOf(pipeline, text, "paid");
    EXPECT_EQ(paid.deprel, "acl");
    EXPECT_EQ(paid.head, 21); // "plant"
    const Token plant = wordOf(pipeline, text, "plant");
    EXPECT_EQ(plant.deprel, "obj");
    EXPECT_EQ(plant.head, 16); // "run"
    EXPECT_EQ(wordOf(pipeline, text, "Technology").upos, "PROPN");
}

// "as" and a noun phrase after a verb is the verb's oblique, not its marker.
TEST(Pipeline, AsAndANounAfterAVerbIsAnOblique) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Rio Tinto appointed Simon Trott, the head of its iron ore business, "
                             "as chief executive on Tuesday, replacing Jakob Stausholm.";
    const Token executive = wordOf(pipeline, text, "executive");
    EXPECT_EQ(executive.deprel, "obl");
    EXPECT_EQ(executive.head, 3); // "appointed"
    EXPECT_EQ(wordOf(pipeline, text, "as").deprel, "case");
    const Token replacing = wordOf(pipeline, text, "replacing");
    EXPECT_EQ(replacing.deprel, "advcl");
    EXPECT_EQ(replacing.head, 3);
}

// A hyphen inside a name is no comma, and the name is whole.
TEST(Pipeline, AHyphenInsideANameKeepsItWhole) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Some of the tanks will be built at a plant in Poland, Defence "
                             "Minister Wladyslaw Kosiniak-Kamysz said.";
    EXPECT_EQ(wordOf(pipeline, text, "-").xpos, "HYPH");
    const Token first = wordOf(pipeline, text, "Wladyslaw");
    EXPECT_EQ(first.deprel, "nsubj");
    EXPECT_EQ(first.head, 20); // "said"
    const Token last = wordOf(pipeline, text, "Kamysz");
    EXPECT_EQ(last.deprel, "flat");
    EXPECT_EQ(last.head, 16);
}

// A past participle with a subject of its own and no auxiliary is a past tense.
TEST(Pipeline, AParticipleWithItsOwnSubjectIsAPastTense) {
    const Pipeline& pipeline = shipped();
    const std::string text = "French prosecutors have opened an investigation into whether Apple's "
                             "voice assistant Siri recorded users' conversations without consent.";
    const Token recorded = wordOf(pipeline, text, "recorded");
    EXPECT_EQ(recorded.xpos, "VBD");
    EXPECT_NE(recorded.deprel, "amod");
    EXPECT_EQ(wordOf(pipeline, text, "conversations").deprel, "obj");
}

// An office's field opening a sentence is part of the title before the name, which heads.
TEST(Pipeline, AFieldAndATitleBeforeANameDescribeIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Economy Minister Yulia Svyrydenko, who signed for Kyiv, said the "
                             "country kept full ownership of its resources.";
    const Token yulia = wordOf(pipeline, text, "Yulia");
    EXPECT_EQ(yulia.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "Economy").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Minister").deprel, "nmod:desc");
}

// A word for a kind of company opening the sentence describes the name after it, whose verb
// heads the sentence.
TEST(Pipeline, ADescriptionOpeningTheSentenceDescribesTheName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Rival Hapag-Lloyd also paused its sailings.";
    const Token rival = wordOf(pipeline, text, "Rival");
    EXPECT_EQ(rival.upos, "NOUN");
    EXPECT_EQ(rival.deprel, "nmod:desc");
    EXPECT_EQ(wordOf(pipeline, text, "paused").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, "Carmaker Stellantis said it would cut jobs.", "Carmaker").deprel,
              "nmod:desc");
}

// A bare infinitive right after the object of "help" is that verb's complement.
TEST(Pipeline, ABareInfinitiveAfterAnObjectCompletesItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Julius Baer agreed to pay $80 million to settle a US investigation "
                             "into whether it helped American clients hide money from tax "
                             "authorities.";
    const Token hide = wordOf(pipeline, text, "hide");
    EXPECT_EQ(hide.deprel, "xcomp");
    EXPECT_EQ(hide.head, 17); // "helped"
    EXPECT_EQ(hide.xpos, "VB");
}

// A description between a verb and the name before a sum: the name is the indirect object,
// the sum the object, and the day the verb's.
TEST(Pipeline, ADescribedNameBeforeASumIsTheIndirectObject) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Brazil's environment agency Ibama fined meatpacker JBS 20 million reais on Monday.";
    EXPECT_EQ(wordOf(pipeline, text, "JBS").deprel, "iobj");
    EXPECT_EQ(wordOf(pipeline, text, "reais").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "meatpacker").deprel, "nmod:desc");
    EXPECT_EQ(wordOf(pipeline, text, "Monday").head, 6); // "fined"
}

// A name beside its description on the word both hang on takes the description's place.
TEST(Pipeline, ANameBesideItsDescriptionTakesItsPlace) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Embraer won an order for 40 E2 regional jets from American carrier SkyWest.";
    const Token carrier = wordOf(pipeline, text, "carrier");
    EXPECT_EQ(carrier.deprel, "nmod:desc");
    EXPECT_EQ(carrier.head, 13); // "SkyWest"
    EXPECT_EQ(wordOf(pipeline, text, "from").head, 13);
}

// A "that" clause with its own subject after the object of "warn" is the verb's complement,
// and "up to" before an amount modifies the amount.
TEST(Pipeline, AThatClauseAfterAWarnedObjectIsTheVerbs) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The company warned customers that journeys would take up to two weeks longer.";
    const Token take = wordOf(pipeline, text, "take");
    EXPECT_EQ(take.deprel, "ccomp");
    EXPECT_EQ(take.head, 3); // "warned"
    EXPECT_EQ(wordOf(pipeline, text, "that").deprel, "mark");
    const Token up = wordOf(pipeline, text, "up");
    EXPECT_EQ(up.deprel, "advmod");
    EXPECT_EQ(up.head, 12); // "weeks"
    const Token dollars = wordOf(pipeline, "Users could receive up to 20 dollars.", "dollars");
    EXPECT_EQ(dollars.deprel, "obj");
}

// A capitalised word after a plural noun and a comma, before "and" and a name, is a name.
TEST(Pipeline, AMemberNamedAfterItsSetIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The regulator blocked the merger of two supermarket chains, Jumbo "
                             "and Plus, saying prices would rise.";
    const Token jumbo = wordOf(pipeline, text, "Jumbo");
    EXPECT_EQ(jumbo.upos, "PROPN");
    EXPECT_EQ(jumbo.deprel, "appos");
}

// A name and a sum as a verb's two objects: the name is the indirect object, and the day and
// the reason hung on the sum are the verb's.
TEST(Pipeline, ANameAndASumAsTwoObjects) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Britain's energy regulator Ofgem fined National Grid 10 million "
                             "pounds on Wednesday over a power cut that left a million homes "
                             "without electricity.";
    EXPECT_EQ(wordOf(pipeline, text, "Grid").deprel, "iobj");
    EXPECT_EQ(wordOf(pipeline, text, "pounds").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "Wednesday").head, 6); // "fined"
    const Token cut = wordOf(pipeline, text, "cut");
    EXPECT_EQ(cut.head, 6);
    EXPECT_EQ(cut.deprel, "obl");
}

// A capitalised word the dictionary does not know after a word for a company is a name, even
// when its ending made it a verb.
TEST(Pipeline, AnUnknownWordAfterACompanyWordIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Danish wind company Halsted signed a contract on Monday.";
    const Token name = wordOf(pipeline, text, "Halsted");
    EXPECT_EQ(name.upos, "PROPN");
    EXPECT_EQ(name.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "signed").deprel, "root");
}

// A name right after a word for a company, parsed as a conjunct with no conjunction, is the
// name that word describes; and a closing report whose subject took its opening comma is a
// parataxis of the clause it reports.
TEST(Pipeline, ANameAfterItsDescriptionIsNoBareConjunct) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Vitol agreed to pay $90 million over bribes paid to officials at "
                             "state oil company Petrobras, prosecutors in Curitiba said on "
                             "Wednesday.";
    const Token petrobras = wordOf(pipeline, text, "Petrobras");
    EXPECT_EQ(petrobras.deprel, "nmod");
    EXPECT_EQ(petrobras.head, 12); // "officials"
    const Token company = wordOf(pipeline, text, "company");
    EXPECT_EQ(company.deprel, "nmod:desc");
    EXPECT_EQ(company.head, 17);
    const Token said = wordOf(pipeline, text, "said");
    EXPECT_EQ(said.deprel, "parataxis");
    EXPECT_EQ(said.head, 2); // "agreed"
}

// A participle of saying after a comma is no adverbial inside a relative clause whose subject
// is "that", and a subject pronoun after it is the subject of the finite verb that follows.
TEST(Pipeline, SayingAfterARelativeClauseIsTheMainVerbs) {
    const Pipeline& pipeline = shipped();
    const std::string text = "A judge blocked a rule that would have required banks to verify "
                             "their clients, saying it probably broke the law.";
    const Token saying = wordOf(pipeline, text, "saying");
    EXPECT_EQ(saying.deprel, "advcl");
    EXPECT_EQ(saying.head, 3); // "blocked"
    const Token it = wordOf(pipeline, text, "it");
    EXPECT_EQ(it.deprel, "nsubj");
    EXPECT_EQ(it.head, 19); // "broke"
    EXPECT_EQ(wordOf(pipeline, text, "broke").deprel, "ccomp");
}

// A noun with no preposition after "and" shares the oblique before it, not the verb; and a
// noun that is also a verb after a plural noun's "of" phrase, opened by "as", is that clause's
// verb.
TEST(Pipeline, AnAsClausesVerbAfterItsSubjectsOfPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Carlsberg will cut about 200 jobs at its Danish head office and "
                             "breweries by the end of next year, as sales of wine rise in Asia.";
    const Token breweries = wordOf(pipeline, text, "breweries");
    EXPECT_EQ(breweries.deprel, "conj");
    EXPECT_EQ(breweries.head, 11); // "office"
    const Token rise = wordOf(pipeline, text, "rise");
    EXPECT_EQ(rise.upos, "VERB");
    EXPECT_EQ(rise.deprel, "advcl");
    EXPECT_EQ(rise.head, 3); // "cut"
    EXPECT_EQ(wordOf(pipeline, text, "sales").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "wine").head, 22); // "sales"
    EXPECT_EQ(wordOf(pipeline, text, "Asia").head, 25);
}

// A clause opened by "after" is an adverbial of the verb, not a clause of the noun before it.
TEST(Pipeline, AnAfterClauseOnANounIsTheVerbs) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Spotify said it would raise prices in Canada and several other "
                             "countries after adding fewer users than analysts had expected.";
    const Token adding = wordOf(pipeline, text, "adding");
    EXPECT_EQ(adding.deprel, "advcl");
    EXPECT_EQ(adding.head, 5); // "raise"
}

// A clause opened by "whose" is the noun's before it; a name that is a verb's object takes no
// oblique nor a "for" clause of the verb's.
TEST(Pipeline, AWhoseClauseIsTheNounsBeforeIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The transport regulator fined Ryanair 3 million euros on Friday for "
                             "failing to refund travellers whose trips were cancelled.";
    const Token cancelled = wordOf(pipeline, text, "cancelled");
    EXPECT_EQ(cancelled.deprel, "acl:relcl");
    EXPECT_EQ(cancelled.head, 15);                       // "travellers"
    EXPECT_EQ(wordOf(pipeline, text, "Friday").head, 4); // "fined"
    const Token failing = wordOf(pipeline, text, "failing");
    EXPECT_EQ(failing.deprel, "advcl");
    EXPECT_EQ(failing.head, 4);
}

// A gerund between a bare singular noun and a noun is a compound of one noun phrase, not a
// clause of the first noun.
TEST(Pipeline, AGerundBetweenTwoNounsIsACompound) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The regulator fined Apple on Monday for preventing music streaming "
                             "rivals such as Deezer from telling users about offers.";
    const Token rivals = wordOf(pipeline, text, "rivals");
    EXPECT_EQ(rivals.deprel, "obj");
    EXPECT_EQ(rivals.head, 8); // "preventing"
    const Token streaming = wordOf(pipeline, text, "streaming");
    EXPECT_EQ(streaming.upos, "NOUN");
    EXPECT_EQ(streaming.deprel, "compound");
    EXPECT_EQ(wordOf(pipeline, text, "music").head, 10); // "streaming"
    EXPECT_EQ(wordOf(pipeline, text, "telling").head, 8);
}

// A past tense read as an adjective of its object, with the clause's subject on the object, is
// the clause's verb; a weekday hung on a name is the clause's.
TEST(Pipeline, APastTenseReadAsItsObjectsAdjectiveIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The union called a strike at three plants of supplier Bosch on "
                             "Monday after the company announced plans to cut 5,000 jobs.";
    const Token announced = wordOf(pipeline, text, "announced");
    EXPECT_EQ(announced.upos, "VERB");
    EXPECT_EQ(announced.deprel, "advcl");
    EXPECT_EQ(announced.head, 3); // "called"
    const Token company = wordOf(pipeline, text, "company");
    EXPECT_EQ(company.deprel, "nsubj");
    EXPECT_EQ(company.head, 17);
    EXPECT_EQ(wordOf(pipeline, text, "plans").deprel, "obj");
    const Token monday = wordOf(pipeline, text, "Monday");
    EXPECT_EQ(monday.deprel, "obl");
    EXPECT_EQ(monday.head, 3);
}

// A noun read as a bare infinitive right after a verb with no object is the verb's object.
TEST(Pipeline, ANounReadAsABareInfinitiveIsTheObject) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The deal would raise pay by 20% over three years.";
    const Token pay = wordOf(pipeline, text, "pay");
    EXPECT_EQ(pay.upos, "NOUN");
    EXPECT_EQ(pay.deprel, "obj");
    EXPECT_EQ(pay.head, 4); // "raise"
    EXPECT_EQ(wordOf(pipeline, text, "%").head, 4);
    // (A verb that takes a bare infinitive keeps it: "help pay for".)
    EXPECT_EQ(wordOf(pipeline, "The grants will help pay for the plant.", "pay").upos, "VERB");
}

// A description opening the sentence with nouns of its own, parsed as a bare oblique, is the
// name's.
TEST(Pipeline, AnOpeningDescriptionWithNounsIsTheNames) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Chinese electric vehicle maker Leapmotor will build a battery plant "
                             "in Zaragoza with local partner Stellantis, the regional government "
                             "said on Friday.";
    const Token maker = wordOf(pipeline, text, "maker");
    EXPECT_EQ(maker.deprel, "nmod:desc");
    EXPECT_EQ(maker.head, 5); // "Leapmotor"
}

// A participle right after the comma that closes the subject's apposition is the main verb.
TEST(Pipeline, AParticipleAfterTheSubjectsAppositionIsTheMainVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Rite Harbor, a regional pharmacy chain with 600 stores across the "
                             "Midwest, filed for bankruptcy protection on Monday.";
    const Token filed = wordOf(pipeline, text, "filed");
    EXPECT_EQ(filed.head, 0);
    EXPECT_EQ(filed.xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "Rite").deprel, "nsubj");
    // (Nor one before it, set off by commas: "founded" is the chain's.)
    const std::string second = "Rite Harbor, a regional pharmacy chain, founded in 1990, filed for "
                               "bankruptcy protection on Monday.";
    EXPECT_NE(wordOf(pipeline, second, "founded").head, 0);
    EXPECT_EQ(wordOf(pipeline, second, "filed").head, 0);
}

// A noun opening the sentence before a plural noun and a past tense is no order.
TEST(Pipeline, AnOpeningNounBeforeAPluralSubjectIsNoOrder) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Rescue teams drilled a narrow shaft to send oxygen to the men.";
    const Token rescue = wordOf(pipeline, text, "Rescue");
    EXPECT_EQ(rescue.upos, "NOUN");
    EXPECT_EQ(rescue.deprel, "compound");
    EXPECT_EQ(wordOf(pipeline, text, "teams").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "drilled").head, 0);
    // (A prepositional phrase may come between the noun and the verb.)
    const std::string transport = "Transport regulators in Canada approved the sale of the "
                                  "regional airline on Thursday.";
    EXPECT_EQ(wordOf(pipeline, transport, "approved").head, 0);
    EXPECT_EQ(wordOf(pipeline, transport, "regulators").deprel, "nsubj");
}

// A past tense written as its base form and read as a modifier of the noun after it is the main
// verb.
TEST(Pipeline, ASameFormPastReadAsAModifierIsTheMainVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The U.S. Commerce Department on Tuesday set preliminary tariffs of up "
        "to 270% on solar panels imported from four countries, siding with "
        "American manufacturers.";
    const Token set = wordOf(pipeline, text, "set");
    EXPECT_EQ(set.upos, "VERB");
    EXPECT_EQ(set.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "Department").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "siding").deprel, "advcl");
    // (The participle after its object is the panels', not the verb's complement.)
    EXPECT_EQ(wordOf(pipeline, text, "imported").head, 17);
    // (So is one after a participle set off by commas that the parse made the main verb.)
    const std::string vaccine =
        "The vaccine, sold as mResvia, cut the risk of lower respiratory disease by 84%.";
    EXPECT_EQ(wordOf(pipeline, vaccine, "cut").head, 0);
    EXPECT_EQ(wordOf(pipeline, vaccine, "sold").deprel, "acl");
}

// A participle before a present participle that modifies the noun after it is the main verb.
TEST(Pipeline, AParticipleBeforeAModifyingGerundIsTheMainVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Analysts blamed falling reimbursement rates from insurers for the "
                             "chain's troubles.";
    const Token blamed = wordOf(pipeline, text, "blamed");
    EXPECT_EQ(blamed.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "Analysts").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "rates").deprel, "obj");
}

// A participle's agent taken for the next verb's subject goes back to the participle.
TEST(Pipeline, AnAgentTakenForTheNextSubjectIsTheParticiples) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The mine, operated by Minera Sol de Oro, lies in the Arequipa region "
                             "south of Lima.";
    const Token minera = wordOf(pipeline, text, "Minera");
    EXPECT_EQ(minera.deprel, "obl:agent");
    EXPECT_EQ(minera.head, 4); // "operated"
    EXPECT_EQ(wordOf(pipeline, text, "by").deprel, "case");
    EXPECT_EQ(wordOf(pipeline, text, "mine").deprel, "nsubj");
}

// An infinitive after a verb of deciding and its adverb is the verb's complement.
TEST(Pipeline, AnInfinitiveAfterVotedIsItsComplement) {
    const Pipeline& pipeline = shipped();
    const Token hold = wordOf(pipeline,
                              "The bank's monetary policy committee voted unanimously to hold the "
                              "rate.",
                              "hold");
    EXPECT_EQ(hold.deprel, "xcomp");
    EXPECT_EQ(hold.head, 7); // "voted"
}

// Two names joined by "and" that open a new clause are its subjects, not a conjunct of the noun
// before and a lone subject.
TEST(Pipeline, TwoNamesOpeningAClauseAreItsSubjects) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The government asked the European Union for help, and Italy and France sent planes.";
    const Token italy = wordOf(pipeline, text, "Italy");
    EXPECT_EQ(italy.deprel, "nsubj");
    EXPECT_EQ(italy.head, 14); // "sent"
    const Token france = wordOf(pipeline, text, "France");
    EXPECT_EQ(france.deprel, "conj");
    EXPECT_EQ(france.head, 11);
}

// A past tense after the subject's relative clause, read as an adjective, is the main verb.
TEST(Pipeline, APastTenseAfterTheSubjectsClauseIsTheMainVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Ascenda Health, which runs 140 hospitals in 19 states, diverted "
                             "ambulances from several of its emergency rooms on Thursday after a "
                             "cyberattack knocked its computer systems offline.";
    const Token diverted = wordOf(pipeline, text, "diverted");
    EXPECT_EQ(diverted.head, 0);
    EXPECT_EQ(diverted.upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "cyberattack").deprel, "nsubj");
}

// A subordinate clause whose subject has an apposition, taken for a conjunct of the main verb,
// gets its subject and marker back.
TEST(Pipeline, AClauseAfterAnAppositionGetsItsSubjectBack) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Italy's government took control of the steelmaker on Tuesday, "
                             "appointing an administrator to run it after its majority owner, "
                             "ArcelorMittal, refused to invest more money.";
    const Token refused = wordOf(pipeline, text, "refused");
    EXPECT_EQ(refused.deprel, "advcl");
    const Token owner = wordOf(pipeline, text, "owner");
    EXPECT_EQ(owner.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
}

// A relative clause on a name's apposition, parsed as the main clause, goes back on the
// apposition, and the verb after it is the main verb.
TEST(Pipeline, ARelativeClauseOnAnAppositionIsNoMainClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Nikola, the electric truck maker whose founder was convicted of "
                             "fraud, filed for bankruptcy on Wednesday after failing to find a "
                             "buyer.";
    const Token filed = wordOf(pipeline, text, "filed");
    EXPECT_EQ(filed.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "Nikola").deprel, "nsubj");
    const Token convicted = wordOf(pipeline, text, "convicted");
    EXPECT_EQ(convicted.deprel, "acl:relcl");
    EXPECT_EQ(convicted.head, 6); // "maker"
}

// "as" before a possessive's noun phrase after a verb is the noun's preposition, not a marker.
TEST(Pipeline, AsBeforeAPossessivesNounIsItsPreposition) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Boeing named Kelly Ortberg, a former Rockwell Collins manager, as "
                             "its chief executive on Wednesday, replacing Dave Calhoun.";
    EXPECT_EQ(wordOf(pipeline, text, "as").deprel, "case");
    const Token executive = wordOf(pipeline, text, "executive");
    EXPECT_EQ(executive.deprel, "obl");
    EXPECT_EQ(executive.head, 2); // "named"
}

// A closing report whose subject the parse took for the object of the clause before it, with
// the reporting verb hung on that noun: the noun is the report's subject, the report a parataxis.
TEST(Pipeline, AClosingReportIsNoModifierOfTheNounBeforeIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The bakery chain will close 40 shops in Scotland by March as "
                             "orders fall short of forecasts, the company announced on Monday.";
    const Token company = wordOf(pipeline, text, "company");
    EXPECT_EQ(company.deprel, "nsubj");
    EXPECT_EQ(company.head, 21); // "announced"
    const Token announced = wordOf(pipeline, text, "announced");
    EXPECT_EQ(announced.deprel, "parataxis");
    EXPECT_EQ(announced.head, 5); // "close"
}

// A closing report after a quotation hung on the quotation's last noun: a parataxis of the root.
TEST(Pipeline, AClosingReportAfterAQuoteGoesOnTheRoot) {
    const Pipeline& pipeline = shipped();
    const std::string text = "\"We admit that errors were made, but this fine is out of all "
                             "proportion,\" the railway's chief executive, Ann Ho, told reporters "
                             "in Paris.";
    const Token executive = wordOf(pipeline, text, "executive");
    EXPECT_EQ(executive.deprel, "nsubj");
    EXPECT_EQ(executive.head, 28); // "told"
    const Token told = wordOf(pipeline, text, "told");
    EXPECT_EQ(told.deprel, "parataxis");
    EXPECT_EQ(told.head, 3); // "admit"
}

// Two capitalised words opening the sentence before a relative clause set off by commas and a
// verb are a name, not an adjective and a noun.
TEST(Pipeline, CapitalisedWordsBeforeAnOpeningRelativeClauseAreAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Northern Freight, which is based in Leeds, said it would appeal.";
    EXPECT_EQ(wordOf(pipeline, text, "Northern").upos, "PROPN");
    const Token freight = wordOf(pipeline, text, "Freight");
    EXPECT_EQ(freight.upos, "PROPN");
    EXPECT_EQ(freight.deprel, "nsubj");
    // Not one capitalised common noun: "Inflation, which ..." stays a noun.
    EXPECT_EQ(
        wordOf(pipeline, "Inflation, which rose in May, has eased since then.", "Inflation").upos,
        "NOUN");
}

// A description and a name between commas, parsed as two subjects of one verb: the name is
// the description's apposition.
TEST(Pipeline, ANameBetweenCommasAfterItsDescriptionIsItsApposition) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The police commissioner, Gary Snell, defended his officers, saying "
                             "they had acted to protect a crowd.";
    const Token commissioner = wordOf(pipeline, text, "commissioner");
    EXPECT_EQ(commissioner.deprel, "nsubj");
    const Token gary = wordOf(pipeline, text, "Gary");
    EXPECT_EQ(gary.deprel, "appos");
    EXPECT_EQ(gary.head, 3); // "commissioner"
}

// A noun after "that" on a verb of telling's listener, tagged a present-tense verb, is the
// subject of the clause "that" marks.
TEST(Pipeline, ThatAndANounAfterTellingAreNoRelativeClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Chief executive Maria Olsen told investors that demand for copper "
                             "would stay strong for years.";
    const Token demand = wordOf(pipeline, text, "demand");
    EXPECT_EQ(demand.upos, "NOUN");
    EXPECT_EQ(demand.deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "that").deprel, "mark");
    const Token stay = wordOf(pipeline, text, "stay");
    EXPECT_EQ(stay.deprel, "ccomp");
    EXPECT_EQ(stay.head, 5); // "told"
}

// "after" and a noun phrase before a verb that the parse made a closing report's complement:
// the verb's adverbial clause, with the noun its subject.
TEST(Pipeline, AnAfterClauseBeforeAClosingReportIsAClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Millions of viewers were unable to watch the final on Sunday after "
                             "the streaming service Flixwave suffered an outage, the company said.";
    const Token suffered = wordOf(pipeline, text, "suffered");
    EXPECT_EQ(suffered.deprel, "advcl");
    EXPECT_EQ(suffered.head, 7); // "watch"
    EXPECT_EQ(wordOf(pipeline, text, "Flixwave").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
}

// A verb's "-s" form taken for a plural noun and a first subject of the clause after it is the
// verb of its own clause.
TEST(Pipeline, AnSFormBeforeAJoinedClauseIsAVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Tourism accounts for more than half of the island's economy, and "
                             "hotel owners fear a repeat of the crisis.";
    const Token accounts = wordOf(pipeline, text, "accounts");
    EXPECT_EQ(accounts.upos, "VERB");
    EXPECT_EQ(accounts.head, 0);
    const Token fear = wordOf(pipeline, text, "fear");
    EXPECT_EQ(fear.deprel, "conj");
    EXPECT_EQ(fear.head, 2); // "accounts"
}

// One name split into two conjuncts of the same word is one name.
TEST(Pipeline, ANameSplitIntoTwoConjunctsIsOneName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Jetstar and Virgin Australia suspended flights to the island.";
    const Token virgin = wordOf(pipeline, text, "Virgin");
    EXPECT_EQ(virgin.deprel, "compound");
    EXPECT_EQ(virgin.head, 4); // "Australia"
    EXPECT_EQ(wordOf(pipeline, text, "Australia").deprel, "conj");
}

// A past tense that a verbless parse hung on the root noun, after a day between the subject
// and it, is the verb.
TEST(Pipeline, APastTenseAfterADayIsTheRoot) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The U.S. Treasury on Tuesday imposed sanctions on a Hong Kong shipping company.";
    const Token imposed = wordOf(pipeline, text, "imposed");
    EXPECT_EQ(imposed.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "sanctions").deprel, "obj");
    const Token treasury = wordOf(pipeline, text, "Treasury");
    EXPECT_EQ(treasury.deprel, "nsubj");
    EXPECT_EQ(treasury.head, 6);                     // "imposed"
    EXPECT_EQ(wordOf(pipeline, text, "on").head, 5); // "Tuesday"
}

// A name after a word for a company inside the opening phrase, parsed as the subject of the
// verb after it, is that word's apposition; the opening phrase is the subject.
TEST(Pipeline, ANameInsideTheOpeningPhraseIsItsDescriptionsApposition) {
    const Pipeline& pipeline = shipped();
    const std::string rocket =
        "A rocket built by the German startup Isar Aerospace crashed shortly after lift-off.";
    EXPECT_EQ(wordOf(pipeline, rocket, "rocket").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, rocket, "rocket").head, 10); // "crashed"
    EXPECT_EQ(wordOf(pipeline, rocket, "Isar").deprel, "appos");
    EXPECT_EQ(wordOf(pipeline, rocket, "Isar").head, 7); // "startup"
    // (a relative clause on the phrase, which a later verb with a subject of its own took)
    const std::string sas = "The chief executive of Scandinavian airline SAS resigned on Tuesday, "
                            "days after a software failure stranded more than 40,000 passengers.";
    EXPECT_EQ(wordOf(pipeline, sas, "resigned").head, 0);
    EXPECT_EQ(wordOf(pipeline, sas, "executive").head, 8); // "resigned"
    EXPECT_EQ(wordOf(pipeline, sas, "stranded").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, sas, "failure").deprel, "nsubj");
}

// A name after a description that is its verb's object, parsed as a receiver after it, is the
// description's apposition.
TEST(Pipeline, ANameAfterAnObjectIsNoReceiver) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The group said it had notified the FBI and hired the cybersecurity "
                             "firm Mandiant to investigate.";
    const Token mandiant = wordOf(pipeline, text, "Mandiant");
    EXPECT_EQ(mandiant.deprel, "appos");
    EXPECT_EQ(mandiant.head, 13); // "firm"
}

// "to" before a plural noun that is no verb as written is a preposition, and its phrase after
// an adjective complement is the adjective's.
TEST(Pipeline, APluralAfterToIsANounOfTheAdjective) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Hutchison Ports said it remained open to talks.";
    const Token talks = wordOf(pipeline, text, "talks");
    EXPECT_EQ(talks.upos, "NOUN");
    EXPECT_EQ(talks.deprel, "obl");
    EXPECT_EQ(talks.head, 6); // "open"
    EXPECT_EQ(wordOf(pipeline, text, "to").deprel, "case");
}

// The first of two adjectives joined before a noun, tagged as a noun, is an adjective.
TEST(Pipeline, TheFirstOfTwoJoinedAdjectivesIsAnAdjective) {
    const Pipeline& pipeline = shipped();
    const Token gradual =
        wordOf(pipeline, "The bank would take a gradual and careful approach.", "gradual");
    EXPECT_EQ(gradual.upos, "ADJ");
    EXPECT_EQ(gradual.deprel, "amod");
    EXPECT_EQ(gradual.head, 9); // "approach"
}

// A plural noun ending a clause after "once the deal" is the clause's verb; a preposition
// before a description and a name is the name's, which is then an oblique.
TEST(Pipeline, APrepositionHungOnADescriptionGoesToItsName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Figma's chief executive, Dylan Field, will report to Adobe's "
                             "president David Wadhwani once the deal closes, the companies said.";
    EXPECT_EQ(wordOf(pipeline, text, "closes").upos, "VERB");
    const Token david = wordOf(pipeline, text, "David");
    EXPECT_EQ(david.deprel, "obl");
    EXPECT_EQ(wordOf(pipeline, text, "to").head, 15); // "David"
}

// "after" and a noun with a "with" phrase before a verb: the noun is the verb's subject, not
// the "with" phrase's noun.
TEST(Pipeline, AWithPhraseOfASubjectIsNoAbsoluteClause) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "Dockworkers walked off the job on Monday after talks with terminal operators broke down.";
    const Token talks = wordOf(pipeline, text, "talks");
    EXPECT_EQ(talks.deprel, "nsubj");
    EXPECT_EQ(talks.head, 13); // "broke"
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
    const Token operators = wordOf(pipeline, text, "operators");
    EXPECT_EQ(operators.deprel, "nmod");
    EXPECT_EQ(operators.head, 9); // "talks"
}

// A subject's determiner and compounds hung on its verb: the last name before the verb is the
// subject and takes the others.
TEST(Pipeline, ASubjectHungOnItsVerbIsTheSubject) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "An Air India Boeing 787 crashed shortly after taking off from Ahmedabad on Thursday.";
    const Token boeing = wordOf(pipeline, text, "Boeing");
    EXPECT_EQ(boeing.deprel, "nsubj");
    EXPECT_EQ(boeing.head, 6); // "crashed"
    EXPECT_EQ(wordOf(pipeline, text, "An").head, 4);
}

// A plural noun that is a verb's "-s" form, after the comma closing the subject's relative
// clause and before "to", is the main verb.
TEST(Pipeline, AnSFormAfterTheSubjectsRelativeClauseIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The company, which was founded in 1990, plans to sell its stake.";
    const Token plans = wordOf(pipeline, text, "plans");
    EXPECT_EQ(plans.xpos, "VBZ");
    EXPECT_EQ(plans.head, 0);
    EXPECT_EQ(wordOf(pipeline, text, "company").head, 10);
}

// An "-ed" adjective right after "had" is the participle: "had" is no copula.
TEST(Pipeline, AnEdAdjectiveAfterHaveIsTheParticiple) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Singapore welcomed the sale and said the new owners had committed to "
                             "keeping the workers.";
    const Token committed = wordOf(pipeline, text, "committed");
    EXPECT_EQ(committed.xpos, "VBN");
    EXPECT_EQ(wordOf(pipeline, text, "had").deprel, "aux");
}

// A word tagged as a gerund whose lemma is no known verb is a noun, or a name when capitalised.
TEST(Pipeline, AGerundOfNoKnownVerbIsANoun) {
    const Pipeline& pipeline = shipped();
    const auto a = pipeline.analyze("Boeing builds jets in Seattle.");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].tokens[0].upos, "PROPN");
    EXPECT_EQ(a[0].tokens[0].lemma, "Boeing");
    EXPECT_EQ(a[0].tokens[0].deprel, "nsubj");
    const auto b = pipeline.analyze("Samsung will bring U.S. chipmaking equipment into China.");
    ASSERT_EQ(b.size(), 1u);
    ASSERT_GT(b[0].tokens.size(), 5u);
    EXPECT_EQ(b[0].tokens[4].form, "chipmaking");
    EXPECT_EQ(b[0].tokens[4].upos, "NOUN");
    // A gerund of a known verb stays one.
    const auto c = pipeline.analyze("Nvidia is selling chips.");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].tokens[2].xpos, "VBG");
}

TEST(Pipeline, AnalyzesPretokenizedSentences) {
    const Pipeline& pipeline = shipped();
    Sentence s;
    for (const char* form : {"Officials", "were", "urged", "to", "act", "."}) {
        Token t;
        t.form = form;
        s.tokens.push_back(t);
    }
    pipeline.analyze(s);
    EXPECT_EQ(s.tokens[1].lemma, "be");
    EXPECT_EQ(s.tokens[2].lemma, "urge");
    EXPECT_EQ(s.tokens[5].upos, "PUNCT");
}

// "that" before a plural noun phrase opens a clause; a capitalised adjective after a name that
// ends the capitals is the name's; a lower-case singular tagged as a name after a name is the
// common word.
TEST(Pipeline, ThatBeforeAPluralAndWordsAfterAName) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "But officials cautioned that price pressures in the services sector remained strong.";
    EXPECT_EQ(wordOf(pipeline, text, "that").upos, "SCONJ");
    EXPECT_EQ(wordOf(pipeline, text, "remained").deprel, "ccomp");
    EXPECT_EQ(wordOf(pipeline, "He bought a stake in Manchester United on Tuesday.", "United").upos,
              "PROPN");
    const Token worth = wordOf(
        pipeline, "The league agreed to deals with Disney and Amazon worth a combined $76 billion.",
        "worth");
    EXPECT_EQ(worth.upos, "ADJ");
}

// "aboard" before a determiner is a preposition; a word WordNet knows as no verb after a
// possessive's noun phrase is its noun.
TEST(Pipeline, AboardAndAnAppAfterAPossessive) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(
        wordOf(pipeline, "The astronauts will return in February aboard a SpaceX Dragon.", "aboard")
            .upos,
        "ADP");
    EXPECT_EQ(wordOf(pipeline,
                     "The European Commission accused Microsoft on Tuesday of breaking competition "
                     "rules by tying its Teams app to its office software.",
                     "app")
                  .upos,
              "NOUN");
}

// A noun after the verb that ends a relative clause on a verbless subject is the sentence's
// verb, which heads the sentence even when the parse keeps it inside the clause.
TEST(Pipeline, AVerbAfterASubjectsRelativeClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Companies that fail to comply face fines of up to 49.5 million "
                             "Australian dollars.";
    const Token face = wordOf(pipeline, text, "face");
    EXPECT_EQ(face.upos, "VERB");
    EXPECT_EQ(face.deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Companies").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "fines").deprel, "obj");
}

// Lower-case "hurricane" after a preposition and before a plural is a noun, "winds" before a
// past tense the plural noun, and "swept" after the participle's agent the verb; "about a
// fifth" is roughly.
TEST(Pipeline, ANounBeforeAPluralAndAVerbAfterAnAgent) {
    const Pipeline& pipeline = shipped();
    const std::string text = "A wildfire fanned by hurricane winds swept through the town, "
                             "officials said.";
    EXPECT_EQ(wordOf(pipeline, text, "hurricane").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "winds").xpos, "NNS");
    EXPECT_EQ(wordOf(pipeline, text, "wildfire").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "The union represents about a fifth of the staff.", "about").upos,
              "ADV");
}

// An "-s" form after a number is the plural it counts; a base verb after "and" and a modal's
// verb and object is a verb before a plural too; "to" and a noun after a verb of telling someone
// to act and its object are an infinitive.
TEST(Pipeline, PluralsAfterNumbersAndVerbsAfterObjects) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(
        wordOf(pipeline, "The institute said it could produce 100 million doses a year.", "doses")
            .xpos,
        "NNS");
    EXPECT_EQ(wordOf(pipeline, "Hoechst 33342 exhibits a greater permeability.", "exhibits").upos,
              "VERB");
    EXPECT_EQ(
        wordOf(pipeline, "The merger would raise grocery prices and hurt workers.", "hurt").upos,
        "VERB");
    const std::string ground =
        "The agency ordered airlines on Saturday to ground 171 jets after the accident.";
    EXPECT_EQ(wordOf(pipeline, ground, "ground").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, ground, "to").upos, "PART");
}

// A base form after "a" and a singular noun heads the noun phrase; a plural after "as", a
// determiner and a singular noun, before an infinitive, is the clause's verb.
TEST(Pipeline, ANounAfterAnArticlesNounAndAVerbAfterAsAndANoun) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(
        wordOf(pipeline, "Prosecutors issued an arrest warrant for a diving instructor.", "warrant")
            .upos,
        "NOUN");
    const std::string as = "Intel cut jobs as the chipmaker struggles to compete with Nvidia.";
    EXPECT_EQ(wordOf(pipeline, as, "struggles").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, as, "cut").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, as, "as").deprel, "mark");
}

// A past tense after a subject's apposition, which the parse keeps inside the apposition even
// when retagged, heads the sentence.
TEST(Pipeline, APastTenseAfterASubjectsApposition) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The quake, the strongest to hit the island in 25 years, damaged "
                             "buildings in the eastern county of Hualien.";
    EXPECT_EQ(wordOf(pipeline, text, "damaged").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "quake").deprel, "nsubj");
}

// An "-ed" adjective after the opening noun phrase, before a noun phrase and with no finite
// verb after it but past a subordinator, is the sentence's verb.
TEST(Pipeline, AnEdAdjectiveAfterTheOpeningNounPhraseIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "French farmers blocked motorways around Paris for several days "
                             "before the government offered concessions.";
    EXPECT_EQ(wordOf(pipeline, text, "blocked").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "motorways").deprel, "obj");
    // (A verb the tagger read as one stays the verb.)
    EXPECT_EQ(
        wordOf(pipeline, "Local unions backed striking workers who walked out.", "backed").deprel,
        "root");
}

// A participle after "another"'s apposition of the subject, or after a noun and before a
// preposition in a sentence with no verb, is the sentence's verb; a comparison stays one.
TEST(Pipeline, APastTenseAfterAnotherAppositionOrBeforeAPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string another =
        "Rite Aid, another competitor, filed for bankruptcy protection in October.";
    EXPECT_EQ(wordOf(pipeline, another, "filed").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, another, "filed").xpos, "VBD");
    const std::string phrase = "Hundreds of people gathered in Athens on Friday to protest.";
    EXPECT_EQ(wordOf(pipeline, phrase, "gathered").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, phrase, "Hundreds").deprel, "nsubj");
    const std::string joined =
        "Crowds celebrated in the streets of Damascus and pulled down statues of the leader.";
    EXPECT_EQ(wordOf(pipeline, joined, "celebrated").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, joined, "pulled").deprel, "conj");
    EXPECT_NE(
        wordOf(pipeline, "Great service and prices compared to anyone in town.", "compared").deprel,
        "root");
}

// A run of capitalised words that opens the sentence with a word read as a name is one name,
// its common nouns included.
TEST(Pipeline, ACapitalisedRunOpeningTheSentenceWithANameIsOneName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Walgreens Boots Alliance said on Thursday it would close stores.";
    EXPECT_EQ(wordOf(pipeline, text, "Boots").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "said").deprel, "root");
    // (A sentence's first common word is no name for it.)
    EXPECT_EQ(wordOf(pipeline, "Shares Rose in Tokyo on Monday, analysts said.", "Shares").upos,
              "NOUN");
}

// A participle right after the name that opens the sentence, before a noun phrase, is the
// name's verb even with a later verb joined to it.
TEST(Pipeline, AParticipleRightAfterTheOpeningNameIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Delta Air Lines cancelled thousands of flights over several days "
                             "and later said the outage had cost it about $500 million.";
    EXPECT_EQ(wordOf(pipeline, text, "cancelled").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "thousands").deprel, "obj");
    // (A participle with its agent stays one.)
    EXPECT_NE(
        wordOf(pipeline, "Windows computers crashed by the update were fixed.", "crashed").deprel,
        "root");
}

// A participle after a quantifier that opens a joined clause, before a noun phrase, is the
// clause's verb with the quantifier its subject.
TEST(Pipeline, AParticipleAfterAQuantifierOpeningAClauseIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Families searched hospitals for missing relatives, and some posted "
                             "photographs of them online.";
    EXPECT_EQ(wordOf(pipeline, text, "posted").deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, text, "some").deprel, "nsubj");
}

// A participle right after the noun phrase a subordinator opens, before a noun phrase, is the
// clause's past tense.
TEST(Pipeline, AParticipleAfterASubordinatorsNounPhraseIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Ruto said he would not sign the bill, a day after protesters "
                             "stormed parliament and police shot dead at least 22 people.";
    EXPECT_EQ(wordOf(pipeline, text, "protesters").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "parliament").deprel, "obj");
    // (an irregular past after names joined by "and")
    const std::string joined = "The move comes after activist investors Elliott Management and "
                               "Starboard Value built stakes in Starbucks and pushed for changes.";
    EXPECT_EQ(wordOf(pipeline, joined, "built").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, joined, "stakes").deprel, "obj");
    // (before a preposition)
    const std::string oblique = "Amnesty International urged the government to block the "
                                "transaction until the company paid for the cleanup.";
    EXPECT_EQ(wordOf(pipeline, oblique, "company").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, oblique, "until").deprel, "mark");
    // (an "-ed" adjective closing the clause, after a noun with a phrase of its own)
    const std::string closing = "The group had not done enough to cut costs as competition from "
                                "Chinese rivals intensified.";
    EXPECT_EQ(wordOf(pipeline, closing, "intensified").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, closing, "competition").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, closing, "as").deprel, "mark");
}

// A plural after a subordinator and a bare singular noun, before a particle, is the clause's
// verb.
TEST(Pipeline, APluralAfterASubordinatorsBareNounBeforeAParticleIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Deliveries would be limited this year as production ramps up at "
                             "the factory in Austin.";
    EXPECT_EQ(wordOf(pipeline, text, "ramps").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "production").deprel, "nsubj");
}

// A capitalised word unknown to the lexicon that opens the sentence is a name when the tagger
// read it as an adverb; a misspelt adverb stays one.
TEST(Pipeline, AnUnknownOpeningWordTakenForAnAdverbIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Albertsons later called off the deal and sued Kroger.";
    EXPECT_EQ(wordOf(pipeline, text, "Albertsons").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Albertsons").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "Definately won't be returning.", "Definately").upos, "ADV");
}

// A noun in "-ing" after a comma with a "that" clause of its own is a gerund, not a conjunct
// of the noun before.
TEST(Pipeline, AnIngNounWithAThatClauseAfterACommaIsAGerund) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Washington has urged Ukraine to stop the strikes, warning that they "
                             "could push up global oil prices.";
    EXPECT_EQ(wordOf(pipeline, text, "warning").upos, "VERB");
    EXPECT_NE(wordOf(pipeline, text, "warning").deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, text, "push").deprel, "ccomp");
}

// A Portuguese "do" between capitalised names is part of the name, not a verb.
TEST(Pipeline, PortugueseDoInsideANameIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Heavy rain flooded towns across Rio Grande do Sul on Sunday.";
    EXPECT_EQ(wordOf(pipeline, text, "do").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "flooded").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, "What do Americans want?", "do").upos, "AUX");
}

// An "-s" verb that a preposition opens is a plural noun.
TEST(Pipeline, AnSVerbAfterItsPrepositionIsAPluralNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Spotify has spent heavily on podcasts in recent years, signing "
                             "deals with celebrities.";
    EXPECT_EQ(wordOf(pipeline, text, "podcasts").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "years").deprel, "obl");
    EXPECT_EQ(wordOf(pipeline, text, "signing").deprel, "advcl");
}

// A bare capitalised noun opening the sentence, described as a rival between commas, is a name;
// an unknown acronym tagged a noun is one too, a known one stays a noun.
TEST(Pipeline, NamesAmongNounsByTheirDescriptionOrCapitals) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(wordOf(pipeline, "Zoom, another rival, welcomed the ruling.", "Zoom").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, "Demand, a key measure, rose sharply.", "Demand").upos, "NOUN");
    const std::string acronym = "The Paris metro operator, RATP, warned the CEO.";
    EXPECT_EQ(wordOf(pipeline, acronym, "RATP").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, acronym, "CEO").upos, "NOUN");
}

// A participle after an opening noun phrase with a place of its own, before a noun phrase, is
// the sentence's past tense when every later finite verb opens a clause of its own.
TEST(Pipeline, AParticipleAfterAnOpeningPhraseWithAPlaceIsThePastTense) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Police in Kenya fired tear gas at hundreds of protesters in the "
                             "capital on Tuesday as demonstrations against a proposed finance "
                             "bill entered a third week.";
    EXPECT_EQ(wordOf(pipeline, text, "fired").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Police").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "gas").deprel, "obj");
}

// An "-s" verb made the object of a verb, with "the" and a noun for its subject, is a plural
// noun, the noun its compound.
TEST(Pipeline, AnSVerbTakenForAnObjectIsAPluralNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "President William Ruto, who had defended the tax increases as "
                             "necessary to reduce the country's debt, is expected to sign the "
                             "bill next week.";
    EXPECT_EQ(wordOf(pipeline, text, "increases").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "increases").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "tax").deprel, "compound");
}

// A noun right after "help" and before a determiner is the bare infinitive "help" takes.
TEST(Pipeline, ANounAfterHelpBeforeADeterminerIsABareInfinitive) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Egypt and the United States helped broker the agreement.";
    EXPECT_EQ(wordOf(pipeline, text, "broker").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "broker").deprel, "xcomp");
    EXPECT_EQ(wordOf(pipeline, text, "agreement").deprel, "obj");
}

// An "-ing" word opening the sentence before a title and a name describes the title; after an
// auxiliary it stays a verb.
TEST(Pipeline, AnIngWordBeforeATitleAndANameIsAnAdjective) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Outgoing President Gabriel Boric called Kast on Monday.";
    EXPECT_EQ(wordOf(pipeline, text, "Outgoing").upos, "ADJ");
    EXPECT_EQ(wordOf(pipeline, text, "called").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, "The children were playing Captain Hook.", "playing").upos, "VERB");
}

// A list of three names opening the sentence is the verb's subject, not the root.
TEST(Pipeline, AnOpeningListOfThreeNamesIsTheSubject) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Spain, Britain and Qatar sent search teams to help.";
    EXPECT_EQ(wordOf(pipeline, text, "sent").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Spain").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "Qatar").deprel, "conj");
}

// A past participle after an opening noun phrase and before an object's first word is the
// sentence's past tense when the later finite verbs open clauses of their own.
TEST(Pipeline, AParticipleBeforeAnObjectAfterTheOpeningPhraseIsThePastTense) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Tanzanian police arrested opposition leader Tundu Lissu after a "
                             "rally, and prosecutors later charged him with treason.";
    EXPECT_EQ(wordOf(pipeline, text, "arrested").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "police").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "The chips sold last year were faulty.", "were").deprel, "cop");
}

// A phrase after the comma that closes a relative clause on the object, or on the object's
// apposition, is the main verb's.
TEST(Pipeline, APhraseAfterARelativeClausesCommaIsTheVerbs) {
    const Pipeline& pipeline = shipped();
    const std::string named = "The Swiss food group named Philipp Navratil, who ran its coffee "
                              "business, as his successor.";
    EXPECT_EQ(wordOf(pipeline, named, "successor").head, 5); // "named"
    const std::string bought = "Pfizer agreed on Monday to buy Seagen, a biotech company that "
                               "makes cancer drugs, for $43 billion in cash.";
    EXPECT_EQ(wordOf(pipeline, bought, "$").head, 6); // "buy"
}

// "general" after an office is a noun of the title, not an adjective the verb takes.
TEST(Pipeline, GeneralAfterAnOfficeIsPartOfTheTitle) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Trudeau asked the governor general to suspend parliament.";
    EXPECT_EQ(wordOf(pipeline, text, "general").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "general").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, "The general interest rose.", "general").upos, "ADJ");
}

// An "-s" verb between a determiner's noun and a name, below the clause's verb, is a plural
// noun describing the name.
TEST(Pipeline, AnSVerbBetweenANounAndANameIsAPluralNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Australian government has sued the supermarket chains Coles "
                             "and Woolworths.";
    EXPECT_EQ(wordOf(pipeline, text, "chains").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "Coles").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, "The company chains its dogs.", "chains").upos, "VERB");
}

// "managing" after a possessive and before a role describes the role.
TEST(Pipeline, ManagingBeforeARoleIsAnAdjective) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Its managing director, Chidi Okonkwo, has not commented.";
    EXPECT_EQ(wordOf(pipeline, text, "managing").upos, "ADJ");
    EXPECT_EQ(wordOf(pipeline, text, "director").deprel, "nsubj");
}

// A capitalised run goes on after "and" to a public body's word: one name.
TEST(Pipeline, ABodysNameGoesOnAfterAnd) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Australian Competition and Consumer Commission said the two "
                             "companies had raised prices on hundreds of products.";
    EXPECT_EQ(wordOf(pipeline, text, "Competition").upos, "PROPN");
    const std::string two = "Officials said the Harbour Trust and Consumer groups had met.";
    EXPECT_EQ(wordOf(pipeline, two, "groups").upos, "NOUN");
}

// A people's adjective read as a name after "the" and before a common noun is an adjective.
TEST(Pipeline, APeoplesAdjectiveBeforeANounIsNoName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Swiss drugmaker Novartis will buy the American biotechnology "
                             "company MorphoSys for 2.7 billion euros.";
    EXPECT_EQ(wordOf(pipeline, text, "Swiss").upos, "ADJ");
    EXPECT_EQ(wordOf(pipeline, text, "Novartis").head, 3); // "drugmaker"
    EXPECT_EQ(wordOf(pipeline, "He criticised the Bush administration.", "Bush").upos, "PROPN");
}

// A past form after ", and" and a bare noun, before the noun it acts on, is the noun's verb.
TEST(Pipeline, APastFormAfterAndANounIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Protesters stormed the parliament after lawmakers passed a bill "
                             "raising taxes, and police opened fire on the crowd, killing at "
                             "least five people.";
    EXPECT_EQ(wordOf(pipeline, text, "opened").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "police").deprel, "nsubj");
}

// "own" with no possessor before it is the verb.
TEST(Pipeline, OwnWithNoPossessorIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Nippon Steel and the South Korean steelmaker Posco own minority "
                             "stakes in the business.";
    EXPECT_EQ(wordOf(pipeline, text, "own").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, "Posco built its own plant.", "own").upos, "ADJ");
}

// A capitalised word read as a pronoun that no English pronoun is, and a capitalised "My"
// between capitalised words, are parts of a name.
TEST(Pipeline, APronounsTagOnANamesWordIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Vietnam's richest woman, the property developer Truong My Lan, "
                             "was sentenced to death by a court in Ho Chi Minh City.";
    EXPECT_EQ(wordOf(pipeline, text, "Truong").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "My").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, "He said My company was fine.", "My").upos, "PRON");
}

// An "-ic" word inside a run of capitalised words is no people's word that ends the name.
TEST(Pipeline, AnIcWordInsideANameIsPartOfIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Tokyo Electric Power Company used a robotic arm to pick up a small "
                             "piece of debris from inside the reactor.";
    EXPECT_EQ(wordOf(pipeline, text, "Power").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Company").upos, "PROPN");
}

// A past form after "but" read as an adjective of the noun after it is the verb's conjunct.
TEST(Pipeline, APastFormAfterButIsAConjunct) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The European Union has raised tariffs on Chinese electric cars but "
                             "welcomed Chinese investment in factories in Europe.";
    EXPECT_EQ(wordOf(pipeline, text, "welcomed").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "welcomed").deprel, "conj");
}

// A plural after the opening noun phrase's noun, before a noun, is the sentence's verb when a
// third-person verb joined by "and" follows.
TEST(Pipeline, APluralBeforeANounAndAJoinedVerbIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The decree scraps rent controls and allows the sale of state "
                             "companies.";
    EXPECT_EQ(wordOf(pipeline, text, "scraps").xpos, "VBZ");
    EXPECT_EQ(wordOf(pipeline, text, "scraps").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "decree").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "rent").upos, "NOUN");
}

// A code of capitals and digits read as a common noun is a name.
TEST(Pipeline, ACodeOfCapitalsAndDigitsIsAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The vaccine, called R21, was tested on 450 children over a year.";
    EXPECT_EQ(wordOf(pipeline, text, "R21").upos, "PROPN");
    // (a formula with one digit is no code: "CO2")
    EXPECT_EQ(wordOf(pipeline, "Emissions of CO2 rose.", "CO2").upos, "NOUN");
}

// "acting" after a copula and before a rank and a title describes the title.
TEST(Pipeline, ActingBeforeATitleAfterACopulaDescribesIt) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Auchincloss, a Canadian who joined BP in 2010, had been acting "
                             "chief executive since September.";
    EXPECT_EQ(wordOf(pipeline, text, "acting").upos, "ADJ");
    // (a people's word after "a" with no noun after it is a person of that people)
    EXPECT_EQ(wordOf(pipeline, text, "Canadian").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "executive").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Auchincloss").deprel, "nsubj");
}

// A plural that WordNet knows as no verb's form is no verb, whatever a retried parse makes
// of it; a base form after "that" before a preposition and a finite verb is a noun.
TEST(Pipeline, APluralOfNoVerbAndANounAfterThatStayNouns) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The company, which makes processors for Apple and Nvidia, expects "
                             "sales to grow by about 30% this year.";
    EXPECT_EQ(wordOf(pipeline, text, "sales").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "expects").deprel, "root");
    const std::string told = "Chief executive C.C. Wei told analysts that demand for AI chips "
                             "was very strong.";
    EXPECT_EQ(wordOf(pipeline, told, "demand").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, told, "demand").deprel, "nsubj");
}

// A word in lower case read as a name between a possessive and a name is a common noun.
TEST(Pipeline, ALowerCaseWordBeforeANameIsACommonNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Amazon will take a stake in the company, whose chatbot Claude "
                             "competes with ChatGPT.";
    EXPECT_EQ(wordOf(pipeline, text, "chatbot").upos, "NOUN");
}

// An unknown capitalised word read as an interjection before a numeral opens a name.
TEST(Pipeline, AnInterjectionBeforeANumeralOpensAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Heinrich XIII, a descendant of a noble family, was named as the "
                             "group's leader.";
    EXPECT_EQ(wordOf(pipeline, text, "Heinrich").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Heinrich").deprel, "nsubj:pass");
}

// A base form after "and", read as a modifier of the noun after it, is the conjunct of the
// base form after a modal before it.
TEST(Pipeline, ABaseFormAfterAndJoinsTheModalsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Volkswagen will close at least three factories in Germany and cut "
                             "tens of thousands of jobs, the head of its works council told "
                             "employees on Monday.";
    EXPECT_EQ(wordOf(pipeline, text, "cut").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, text, "cut").deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, text, "head").deprel, "nsubj");
}

// A lower-case word read as a name after a superlative is a common noun; a code of letters, a
// hyphen and a number is a name.
TEST(Pipeline, ANounAfterASuperlativeAndAHyphenatedCode) {
    const Pipeline& pipeline = shipped();
    const std::string text = "More than 200 people died, making it the deadliest hurricane on "
                             "the U.S. mainland since Katrina in 2005.";
    EXPECT_EQ(wordOf(pipeline, text, "hurricane").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "hurricane").deprel, "xcomp");
    EXPECT_EQ(wordOf(pipeline, "A Russian probe, Luna-25, crashed.", "Luna-25").upos, "PROPN");
}

// A past tense that is never a participle, hung inside the phrase of a noun after "after",
// is the verb of the clause "after" opens.
TEST(Pipeline, APastTenseAfterANounAfterAfterIsItsClausesVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Ryanair cancelled hundreds of flights after air traffic "
                             "controllers in France went on strike.";
    EXPECT_EQ(wordOf(pipeline, text, "went").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "went").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, text, "after").deprel, "mark");
    EXPECT_EQ(wordOf(pipeline, text, "controllers").deprel, "nsubj");
}

// An irregular past after the subject's relative clause is the sentence's verb.
TEST(Pipeline, AnIrregularPastAfterTheSubjectsClauseIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Jho Low, who is accused of masterminding the scheme, fled to China.";
    EXPECT_EQ(wordOf(pipeline, text, "fled").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Jho").deprel, "nsubj");
}

// A participle right after the noun phrase that "after" opens, with a phrase on that noun,
// is the past tense of that clause, and "after" its marker.
TEST(Pipeline, APastTenseAfterASubordinatorsNounPhraseWithAPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string inspectors = "Boeing halted deliveries of its 737 Max jets after "
                                   "inspectors found loose bolts in a door plug.";
    EXPECT_EQ(wordOf(pipeline, inspectors, "found").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, inspectors, "found").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, inspectors, "after").deprel, "mark");
    EXPECT_EQ(wordOf(pipeline, inspectors, "inspectors").deprel, "nsubj");
    const std::string workers = "Ford stopped production after workers at its plant found "
                                "defects.";
    EXPECT_EQ(wordOf(pipeline, workers, "workers").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, workers, "defects").deprel, "obj");
}

// A past tense the parse hung on a noun inside the phrase "as" opens is that clause's verb,
// with the phrase's first noun its subject; so is an irregular past read as a noun.
TEST(Pipeline, APastTenseInsideTheNounPhraseASubordinatorOpens) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Samsung Electronics reported a 95 percent drop in operating "
                             "profit as demand for memory chips slumped.";
    EXPECT_EQ(wordOf(pipeline, text, "slumped").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, text, "demand").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "chips").deprel, "nmod");
    const std::string rose = "The firm raised prices after costs rose.";
    EXPECT_EQ(wordOf(pipeline, rose, "rose").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, rose, "rose").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, rose, "costs").deprel, "nsubj");
}

// A past tense written as its base form that went into the subject of the clause after
// "after" is the main verb.
TEST(Pipeline, ASameFormPastInsideTheSubjectOfASubordinateClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The company cut jobs after sales in Europe fell sharply.";
    EXPECT_EQ(wordOf(pipeline, text, "cut").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "jobs").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, text, "fell").deprel, "advcl");
    // (a phrase with "after" on a subject is left alone)
    EXPECT_EQ(wordOf(pipeline, "The protests after the election turned violent.", "turned").deprel,
              "root");
}

// An adverb that can be a noun, between an article with adjectives and a finite verb, is a
// noun; a plain adverb there is not.
TEST(Pipeline, AnAdverbAfterAnArticleBeforeAVerbIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Argentine forward scored ten goals.";
    EXPECT_EQ(wordOf(pipeline, text, "forward").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "forward").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "The Dow then rallied to a high of 943.", "then").upos, "ADV");
}

// A noun after the opening article and its adjectives, read as an adjective or a compound
// before a verb read as a plural, is the subject of that verb; a word of number is not.
TEST(Pipeline, AnOpeningNounBeforeAVerbReadAsAPlural) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Swedish firm employs about 9,000 people.";
    EXPECT_EQ(wordOf(pipeline, text, "employs").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "firm").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "The firm employs about 9,000 people.", "firm").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline,
                     "The few times I have consulted with a travel agent I was able to find "
                     "the same for less.",
                     "times")
                  .upos,
              "NOUN");
}

// A past tense written as its base form after the noun phrase a subordinator opens is that
// clause's verb.
TEST(Pipeline, ASameFormPastAfterASubordinatorsNounPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Police used water cannon after protesters set fires near the "
                             "European Parliament.";
    EXPECT_EQ(wordOf(pipeline, text, "set").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, text, "protesters").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "cannon").deprel, "obj");
}

// A gerund between a subordinator and a form of "be" is a noun, the clause's subject.
TEST(Pipeline, AGerundBeforeBeAfterASubordinatorIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The company had hired too many people when borrowing was cheap.";
    EXPECT_EQ(wordOf(pipeline, text, "borrowing").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "borrowing").deprel, "nsubj");
}

// A participle at the root after an opening noun made a bare oblique is a past tense with
// that noun its subject; so is an irregular one after a noun in a sentence with no verb.
TEST(Pipeline, AParticipleAfterAnOpeningNounIsItsPastTense) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Parliament later impeached Yoon, and the constitutional court "
                             "removed him from office.";
    EXPECT_EQ(wordOf(pipeline, text, "impeached").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "Parliament").deprel, "nsubj");
    const std::string lost = "Millions of residents lost power.";
    EXPECT_EQ(wordOf(pipeline, lost, "lost").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, lost, "Millions").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, lost, "power").deprel, "obj");
}

// A verb's base form between a sum and a noun is a compound, and the sum modifies the noun.
TEST(Pipeline, AWordBetweenASumAndItsNounIsACompound) {
    const Pipeline& pipeline = shipped();
    const std::string text = "A judge struck down Elon Musk's $56 billion pay package at Tesla.";
    EXPECT_EQ(wordOf(pipeline, text, "pay").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "package").deprel, "obj");
}

// A participle after an apposition's noun is the apposition's, and the verb after the closing
// comma the sentence's.
TEST(Pipeline, AParticipleAfterAnAppositionsNounIsItsClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Shein, the fast-fashion retailer founded in China, filed for a "
                             "stock market listing in London.";
    EXPECT_EQ(wordOf(pipeline, text, "filed").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "founded").deprel, "acl");
    EXPECT_EQ(wordOf(pipeline, text, "Shein").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "listing").upos, "NOUN");
    // (a participle that is no word for an event stays one)
    EXPECT_EQ(wordOf(pipeline, "There is not a bird sitting on the eggs.", "sitting").upos, "VERB");
}

// "as" before a noun with a phrase and a past tense opens a clause, as any subordinator; the
// word stays "as".
TEST(Pipeline, AsBeforeANounPhraseAndAPastOpensAClause) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Novo Nordisk cut its sales forecast as competition from Eli Lilly "
                             "weighed on demand for its drug.";
    EXPECT_EQ(wordOf(pipeline, text, "weighed").deprel, "advcl");
    EXPECT_EQ(wordOf(pipeline, text, "competition").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "as").deprel, "mark");
    EXPECT_EQ(wordOf(pipeline, text, "as").lemma, "as");
}

// A plural after the opening noun (and its noun of kind) before "to" and a verb is the verb
// with its infinitive.
TEST(Pipeline, APluralBeforeAnInfinitiveIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The carmaker plans to build a plant in Mexico.";
    EXPECT_EQ(wordOf(pipeline, text, "plans").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "carmaker").deprel, "nsubj");
    const std::string giant = "The software giant plans to use the startup's technology.";
    EXPECT_EQ(wordOf(pipeline, giant, "plans").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, giant, "giant").deprel, "nsubj");
}

// A past tense is no preposition, whatever the tagger said.
TEST(Pipeline, APastTenseIsNoPreposition) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Tesla recalled two million cars after regulators found its "
                             "Autopilot system did not do enough to keep drivers attentive.";
    const Token found = wordOf(pipeline, text, "found");
    EXPECT_EQ(found.upos, "VERB");
    EXPECT_EQ(found.lemma, "find");
    EXPECT_EQ(wordOf(pipeline, text, "regulators").deprel, "nsubj");
}

// A singular noun after the opening noun phrase and its name, before a gerund, in a sentence
// with no verb, is the verb.
TEST(Pipeline, ANounBeforeAGerundInAVerblessSentenceIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Farmers in Saskatchewan fear losing their biggest market.";
    EXPECT_EQ(wordOf(pipeline, text, "fear").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Farmers").deprel, "nsubj");
}

// An adjective that ends the clause after a verb of calling and its object is no noun.
TEST(Pipeline, AnAdjectiveAfterACalledObjectIsNoNoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Kremlin called the decision hostile.";
    EXPECT_EQ(wordOf(pipeline, text, "hostile").upos, "ADJ");
    EXPECT_EQ(wordOf(pipeline, text, "decision").deprel, "obj");
}

// A gerund before a word for a line of business, after a noun and "and", is a noun.
TEST(Pipeline, AGerundBeforeABusinessIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Netflix bought its studios and streaming business.";
    EXPECT_EQ(wordOf(pipeline, text, "streaming").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "business").deprel, "conj");
}

// "rival" between a noun's "to" and a bare plural describes the plural; after a verb's "to" it
// stays a verb.
TEST(Pipeline, RivalBeforeABarePluralAfterANounIsAnAdjective) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(
        wordOf(pipeline, "A judge ordered Google to open its store to rival marketplaces.", "rival")
            .upos,
        "ADJ");
    EXPECT_EQ(wordOf(pipeline, "Apple wants to rival companies like Nvidia.", "rival").upos,
              "VERB");
}

// A lower-case particle between two words of a name is part of the name.
TEST(Pipeline, AParticleInsideANameIsTheNames) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Police arrested a man suspected of planning to kill President Luiz "
                             "Inácio Lula da Silva in 2022.";
    EXPECT_EQ(wordOf(pipeline, text, "da").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Silva").deprel, "flat");
}

// An "-ing" noun made a marked clause is a gerund, and its infinitive its complement.
TEST(Pipeline, AnIngNounMadeAMarkedClauseIsAGerund) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Police arrested a man suspected of planning to kill Lula.";
    const Token planning = wordOf(pipeline, text, "planning");
    EXPECT_EQ(planning.upos, "VERB");
    EXPECT_EQ(planning.lemma, "plan");
    EXPECT_EQ(wordOf(pipeline, text, "kill").deprel, "xcomp");
}

// "tear gas" is a noun, not a verb and its object.
TEST(Pipeline, TearGasIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Police used water cannon and tear gas against demonstrators.";
    EXPECT_EQ(wordOf(pipeline, text, "tear").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "gas").deprel, "conj");
}

// The verb of a "whose" clause after a name's comma is a verb, the clause the name's.
TEST(Pipeline, TheVerbOfAWhoseClauseIsAVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Gorman will lead the search for a successor to chief executive Bob "
                             "Iger, whose contract ends in 2026.";
    const Token ends = wordOf(pipeline, text, "ends");
    EXPECT_EQ(ends.upos, "VERB");
    EXPECT_EQ(ends.deprel, "acl:relcl");
    EXPECT_EQ(wordOf(pipeline, text, "contract").deprel, "nsubj");
}

// A verb the tagger called a preposition, or an irregular past it called a noun, in a sentence
// left with no verb, is the verb.
TEST(Pipeline, AVerbTakenForAPrepositionOrANounInAVerblessSentenceIsTheVerb) {
    const Pipeline& pipeline = shipped();
    const std::string hurt = "Restrictions on exports hurt Nvidia's sales.";
    EXPECT_EQ(wordOf(pipeline, hurt, "hurt").upos, "VERB");
    EXPECT_EQ(wordOf(pipeline, hurt, "hurt").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, hurt, "Restrictions").deprel, "nsubj");
    const std::string tore = "Typhoon Yagi tore through northern Vietnam, killing at least 200 "
                             "people and destroying a bridge.";
    const Token verb = wordOf(pipeline, tore, "tore");
    EXPECT_EQ(verb.upos, "VERB");
    EXPECT_EQ(verb.lemma, "tear");
    EXPECT_EQ(verb.deprel, "root");
    // (a real preposition stays one)
    EXPECT_EQ(wordOf(pipeline, hurt, "on").upos, "ADP");
}

// A root "-s" verb that does not agree with its plural subject, a relative clause between
// them, is a plural noun in that clause; the noun after it is the verb.
TEST(Pipeline, AnSVerbThatDoesNotAgreeWithItsPluralSubjectIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Companies that fail to prevent young users from holding accounts "
                             "face fines of up to 49.5 million Australian dollars.";
    EXPECT_EQ(wordOf(pipeline, text, "accounts").upos, "NOUN");
    const Token face = wordOf(pipeline, text, "face");
    EXPECT_EQ(face.upos, "VERB");
    EXPECT_EQ(face.deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "Companies").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "fines").deprel, "obj");
}

// An "-ed" word the tagger called a noun, between a noun and a preposition, is the participle
// of the noun before it.
TEST(Pipeline, AnEdNounBetweenANounAndAPrepositionIsAParticiple) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Brazilian police arrested a businessman accused of running a "
                             "network that smuggled gold.";
    const Token accused = wordOf(pipeline, text, "accused");
    EXPECT_EQ(accused.upos, "VERB");
    EXPECT_EQ(accused.lemma, "accuse");
    EXPECT_EQ(wordOf(pipeline, text, "businessman").deprel, "obj");
    // (a noun whose form is its verb's stays one: "the speed of the network")
    EXPECT_EQ(wordOf(pipeline, "Engineers measured the network speed of the cable.", "speed").upos,
              "NOUN");
}

// An event's "-ing" noun right after "the" with no noun after it is a noun; before a noun it is
// the participle.
TEST(Pipeline, AnEventNounAfterTheWithNoNounAfterItIsANoun) {
    const Pipeline& pipeline = shipped();
    EXPECT_EQ(wordOf(pipeline,
                     "Apple said it would appeal, calling the ruling unfair to its "
                     "customers.",
                     "ruling")
                  .upos,
              "NOUN");
    EXPECT_EQ(wordOf(pipeline, "The court's ruling surprised Apple.", "ruling").upos, "NOUN");
    EXPECT_NE(wordOf(pipeline, "The ruling party won the vote.", "ruling").upos, "NOUN");
}

// An "-ed" word after "have" is its participle, save the few adjectives EWT has there.
TEST(Pipeline, AnEdWordAfterHaveIsItsParticiple) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Nissan and Honda have ended talks on a merger.";
    const Token ended = wordOf(pipeline, text, "ended");
    EXPECT_EQ(ended.xpos, "VBN");
    EXPECT_EQ(ended.deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "talks").deprel, "obj");
    EXPECT_EQ(wordOf(pipeline, "We have skilled workers.", "skilled").upos, "ADJ");
}

// Two capitalised words joined by a hyphen, the second read as a verb, are a name.
TEST(Pipeline, ACapitalisedNounAndVerbJoinedByAHyphenAreAName) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "The charity Sea-Watch accused European governments of abandoning people at sea.";
    EXPECT_EQ(wordOf(pipeline, text, "Sea").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "Watch").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "accused").deprel, "root");
}

// "pending" after a noun or a comma and before a noun phrase is a preposition.
TEST(Pipeline, PendingBeforeANounPhraseIsAPreposition) {
    const Pipeline& pipeline = shipped();
    const std::string text =
        "A Turkish court jailed the mayor pending trial on corruption charges.";
    EXPECT_EQ(wordOf(pipeline, text, "pending").upos, "ADP");
    EXPECT_NE(wordOf(pipeline, text, "trial").deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, "The pending case was dropped.", "pending").upos, "ADJ");
}

// An "-ed" word right after the noun phrase that a verb of saying or finding takes, before a
// noun phrase of its own, is that clause's past tense.
TEST(Pipeline, APastAfterTheNounPhraseOfAFindingIsItsVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "A jury found Google's app store violated antitrust law.";
    const Token violated = wordOf(pipeline, text, "violated");
    EXPECT_EQ(violated.xpos, "VBD");
    EXPECT_EQ(violated.deprel, "ccomp");
    EXPECT_EQ(wordOf(pipeline, text, "store").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, text, "law").deprel, "obj");
}

// "near" read as an adjective before a capitalised noun is the preposition of a name.
TEST(Pipeline, NearBeforeACapitalisedNounIsThePrepositionOfAName) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Gunmen attacked a concert hall near Moscow on Friday.";
    EXPECT_EQ(wordOf(pipeline, text, "near").upos, "ADP");
    EXPECT_EQ(wordOf(pipeline, text, "Moscow").upos, "PROPN");
    EXPECT_EQ(wordOf(pipeline, text, "hall").deprel, "obj");
}

// A word in "-s" tagged as a base form after "and" is the conjunct of an earlier third-person
// verb; a plural noun after "and" stays one.
TEST(Pipeline, AnSFormAfterAndJoinsAnEarlierThirdPersonVerb) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The lawsuit says Amazon punishes merchants who offer lower prices "
                             "elsewhere and pressures them to pay for its delivery service.";
    const Token pressures = wordOf(pipeline, text, "pressures");
    EXPECT_EQ(pressures.xpos, "VBZ");
    EXPECT_EQ(pressures.lemma, "pressure");
    EXPECT_EQ(pressures.deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, "Amazon sells books and toys.", "toys").upos, "NOUN");
}

// A capitalised "-s" word read as a verb before a name that opens a statement is a plural
// noun; a question keeps its verb.
TEST(Pipeline, AnOpeningSWordBeforeANameIsAPlural) {
    const Pipeline& pipeline = shipped();
    const Token rivals = wordOf(pipeline,
                                "Rivals Apple Music and Amazon Music have also raised "
                                "prices.",
                                "Rivals");
    EXPECT_EQ(rivals.xpos, "NNS");
    EXPECT_EQ(rivals.lemma, "rival");
    EXPECT_EQ(wordOf(pipeline, "Does Crack Barrel ban employees from having tattoos?", "Does").upos,
              "AUX");
    // (so is one before a plural noun and an "-ed" word)
    const std::string groups = "Rights groups celebrated outside parliament in Athens.";
    EXPECT_EQ(wordOf(pipeline, groups, "Rights").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, groups, "celebrated").deprel, "root");
}

// A base form joined after a comma to a finite verb with no subject of its own follows an
// infinitive that the tagger read as "to" and a noun.
TEST(Pipeline, AListOfBaseFormsFollowsAnInfinitiveReadAsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Prosecutors said he stole billions of dollars from customers to "
                             "fund risky bets, buy property and make political donations.";
    const Token fund = wordOf(pipeline, text, "fund");
    EXPECT_EQ(fund.xpos, "VB");
    EXPECT_EQ(wordOf(pipeline, text, "to").xpos, "TO");
    EXPECT_EQ(wordOf(pipeline, text, "buy").deprel, "conj");
    EXPECT_EQ(wordOf(pipeline, text, "bets").deprel, "obj");
}

// An "-ing" word between two nouns of a clause's opening noun phrase, with a finite verb
// right after, modifies the second noun; one after the verb stays a participle.
TEST(Pipeline, AnIngWordBetweenTheOpeningNounsModifiesTheSecond) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The Swedish music streaming company said subscribers would pay more.";
    const Token streaming = wordOf(pipeline, text, "streaming");
    EXPECT_EQ(streaming.upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "company").deprel, "nsubj");
    EXPECT_EQ(wordOf(pipeline, "Regulators said rising costs hurt the music streaming business.",
                     "rising")
                  .xpos,
              "VBG");
}

// A noun joined by a hyphen to an "-ing" word before a noun is one modifier of that noun.
TEST(Pipeline, AHyphenedIngModifierIsTheNextNouns) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Meta will end its fact-checking programme in the United States.";
    EXPECT_EQ(wordOf(pipeline, text, "-").xpos, "HYPH");
    EXPECT_EQ(wordOf(pipeline, text, "checking").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "programme").deprel, "obj");
}

// A verb whose past is its base form, after "and" with a past tense the verb before, is a past
// tense; after a modal's verb it stays a base form.
TEST(Pipeline, ABaseFormPastAfterAndAPastIsAPast) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Javier Milei devalued the peso by more than 50 percent and cut "
                             "energy and transport subsidies.";
    EXPECT_EQ(wordOf(pipeline, text, "cut").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "subsidies").deprel, "obj");
    EXPECT_EQ(
        wordOf(pipeline, "Milei said he would devalue the peso and cut subsidies.", "cut").xpos,
        "VB");
}

// A verb after a subordinator is a clause of its own: it does not stop an "-ed" word after a
// report's noun phrase from being that clause's past tense.
TEST(Pipeline, AVerbAfterASubordinatorLeavesAReportsPastTense) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The company said the chip reduced errors as it grew larger.";
    EXPECT_EQ(wordOf(pipeline, text, "reduced").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "chip").deprel, "nsubj");
}

// A noun and an "-ing" word in a clause's opening phrase, before an "-ed" word and no finite
// verb, are one noun before the clause's past tense.
TEST(Pipeline, AnIngNounBeforeAPastTenseInAnOpeningPhrase) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Netflix added 9 million subscribers, as its crackdown on password "
                             "sharing continued to pay off.";
    EXPECT_EQ(wordOf(pipeline, text, "sharing").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "continued").xpos, "VBD");
    EXPECT_EQ(wordOf(pipeline, text, "crackdown").deprel, "nsubj");
}

// An adjective after a determiner right before a span of time ending in "later" is a noun.
TEST(Pipeline, AnAdjectiveBeforeASpanOfTimeIsANoun) {
    const Pipeline& pipeline = shipped();
    const std::string text = "Vinicius Junior doubled the lead nine minutes later.";
    EXPECT_EQ(wordOf(pipeline, text, "lead").upos, "NOUN");
    EXPECT_EQ(wordOf(pipeline, text, "lead").deprel, "obj");
}

// An "-ed" word right after a preposition and before a noun, with a verb before it, is a
// participle.
TEST(Pipeline, AnEdWordAfterAPrepositionIsAParticiple) {
    const Pipeline& pipeline = shipped();
    const std::string text = "The court issued warrants for Yoav Gallant over alleged war crimes.";
    EXPECT_EQ(wordOf(pipeline, text, "alleged").xpos, "VBN");
    EXPECT_EQ(wordOf(pipeline, text, "issued").deprel, "root");
    EXPECT_EQ(wordOf(pipeline, text, "crimes").deprel, "nmod");
}

TEST(Pipeline, EmptyTextGivesNothing) {
    const Pipeline& pipeline = shipped();
    EXPECT_TRUE(pipeline.analyze("").empty());
    EXPECT_TRUE(pipeline.analyze("\n\n   \n").empty());
}

TEST(Pipeline, BinaryAndInvalidBytesGiveSomeAnalysisNotACrash) {
    const Pipeline& pipeline = shipped();
    std::string junk;
    for (int i = 0; i < 4096; ++i) {
        junk.push_back(static_cast<char>((i * 7919) & 0xFF));
    }
    const auto sentences = pipeline.analyze(junk);
    for (const Sentence& s : sentences) {
        for (const Token& t : s.tokens) {
            EXPECT_FALSE(t.upos.empty());
            EXPECT_LE(t.end, junk.size());
        }
    }
}

TEST(Pipeline, MissingModelDirectoryNamesTheFile) {
    try {
        Pipeline::load("/nonexistent/kg-models");
        FAIL() << "loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/kg-models/tagger.bin"),
                  std::string::npos);
    }
}

TEST(ModelPath, EnvironmentOverridesTheBuiltInFolder) {
    ::unsetenv("KG_MODELS");
    EXPECT_EQ(defaultModelDir(), MODELS);
    ::setenv("KG_MODELS", "/tmp/other-models", 1);
    EXPECT_EQ(defaultModelDir(), "/tmp/other-models");
    ::unsetenv("KG_MODELS");
}

} // namespace
} // namespace kg::ingest::nlp
