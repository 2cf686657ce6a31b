#include "ingest/nlp/tree_repairs.h"

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/tree_walk.h"
#include "tests/ingest/nlp/random_trees.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace kg::ingest::nlp {
namespace {

using test_trees::arcs;
using test_trees::conllu;
using test_trees::tree;

const std::string MODELS = std::string(KG_SOURCE_DIR) + "/models";

const Lemmatizer& lemmas() {
    static const Lemmatizer lemmatizer = Lemmatizer::load(MODELS + "/lemmatizer.bin");
    return lemmatizer;
}

bool anyNoun(const std::string& lower) {
    return lower.size() > 2;
}

// Gives the words byte offsets as written with one space between words, none after the words
// in `joined` ("decade" and "-" in "decade-long").
void writeOut(std::vector<Token>& w, std::initializer_list<std::string_view> joined) {
    std::size_t at = 0;
    for (Token& t : w) {
        t.start = at;
        t.end = at + t.form.size();
        at = t.end + (isOneOf(t.form, joined) ? 0 : 1);
    }
}

// The tree of `rows` with its "%s" replaced by `word`: one parse tried with two words.
std::vector<Token> treeWith(std::string rows, const std::string& word) {
    rows.replace(rows.find("%s"), 2, word);
    return tree(rows);
}

// The parser's tree for this sentence (tags as the pipeline gives them) makes the relative
// clause the main clause; the repairs make "reported" the root with "Cambricon" its subject.
TEST(TreeRepairs, RelativeClauseParsedAsTheMainClauseBecomesOne) {
    std::vector<Token> w = tree(test_trees::CAMBRICON);
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"10:nsubj", "1:punct", "4:nmod:poss", "6:nsubj",
                                                 "6:aux", "1:acl:relcl", "8:det", "6:obl:unmarked",
                                                 "10:punct", "0:root", "14:nmod:poss", "14:amod",
                                                 "14:amod", "10:obj", "10:punct"}));
}

// "at least" before an amount, parsed as the amount's preposition: "least" modifies the amount
// with "at" its preposition (EWT's shape), and the amount, now without a preposition, is the
// object of a verb that had none.
TEST(TreeRepairs, AtLeastModifiesTheAmount) {
    std::vector<Token> w = tree("Boeing PROPN NNP 3 nsubj\n"
                                "will AUX MD 3 aux\n"
                                "spend VERB VB 0 root\n"
                                "at ADP IN 6 case\n"
                                "least ADJ JJS 6 amod\n"
                                "$ SYM $ 3 obl\n"
                                "455 NUM CD 8 compound\n"
                                "million NUM CD 6 nummod\n"
                                "on ADP IN 10 case\n"
                                "safety NOUN NN 3 obl\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"3:nsubj", "3:aux", "0:root", "5:case", "6:nmod", "3:obj",
                                        "8:compound", "6:nummod", "10:case", "3:obl", "3:punct"}));
}

// An amount that hangs below "at most" itself is left there: moving "most" under it would make a
// cycle (found by the random trees below).
TEST(TreeRepairs, AtMostAboveItsAmountIsLeftAlone) {
    std::vector<Token> w = tree("at ADP IN 2 case\n"
                                "most ADJ JJS 0 root\n"
                                "5 NUM CD 2 nummod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_TRUE(singleRootedTree(w));
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:case", "0:root", "2:nummod"}));
}

// A noun after the noun that ends an object, parsed as a second object: the noun before is its
// compound, and the later noun takes its place as the conjunct.
TEST(TreeRepairs, NounBeforeASecondObjectBecomesItsCompound) {
    std::vector<Token> w = tree("Shell PROPN NNP 2 nsubj\n"
                                "agreed VERB VBD 0 root\n"
                                "to PART TO 4 mark\n"
                                "sell VERB VB 2 xcomp\n"
                                "its PRON PRP$ 6 nmod:poss\n"
                                "refinery NOUN NN 4 obj\n"
                                "and CCONJ CC 8 cc\n"
                                "chemicals NOUN NNS 6 conj\n"
                                "plant NOUN NN 4 obj\n"
                                "in ADP IN 11 case\n"
                                "Singapore PROPN NNP 9 nmod\n"
                                ". PUNCT . 2 punct\n");
    EXPECT_EQ(nounBeforeASecondObject(w), 1u);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:nsubj", "0:root", "4:mark", "2:xcomp",
                                                 "6:nmod:poss", "4:obj", "9:cc", "9:compound",
                                                 "6:conj", "11:case", "9:nmod", "2:punct"}));
}

// A name parsed as the object of the noun that describes it takes the noun's place, and the
// noun describes it (the first version of this repair left the two words each other's head).
TEST(TreeRepairs, NameParsedAsItsDescriptionsObjectTakesItsPlace) {
    std::vector<Token> w = tree(test_trees::JINGYE);
    repairTree(w, lemmas(), anyNoun);
    ASSERT_TRUE(singleRootedTree(w));
    EXPECT_EQ(w[9].head, 6); // "Jingye" on "stop"
    EXPECT_EQ(w[9].deprel, "obj");
    EXPECT_EQ(w[8].head, 10); // "owner" on "Jingye"
    EXPECT_EQ(w[8].deprel, "nmod:desc");
}

// Whatever shape the parser hands over, the repairs leave one tree with one word on the root,
// labelled `root`, and every head in range: random trees over words the repairs look for, and
// news trees with a few heads, relations or tags changed at random.
// A name opening the sentence, made a vocative, with its apposition taken for a bare oblique of
// a verb that has no subject: the name is the subject and the phrase its apposition.
TEST(TreeRepairs, AppositionTakenForAnObliqueGoesBackToItsName) {
    std::vector<Token> w = tree("TSMC PROPN NNP 10 vocative\n"
                                ", PUNCT , 1 punct\n"
                                "the DET DT 4 det\n"
                                "world NOUN NN 8 nmod:poss\n"
                                "'s PART POS 4 case\n"
                                "largest ADJ JJS 8 amod\n"
                                "contract NOUN NN 8 compound\n"
                                "chipmaker NOUN NN 10 obl\n"
                                ", PUNCT , 10 punct\n"
                                "supplies VERB VBZ 0 root\n"
                                "Apple PROPN NNP 10 obj\n"
                                "and CCONJ CC 13 cc\n"
                                "Nvidia PROPN NNP 11 conj\n"
                                ". PUNCT . 10 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"10:nsubj", "1:punct", "4:det", "8:nmod:poss", "4:case",
                                        "8:amod", "8:compound", "1:appos", "10:punct", "0:root",
                                        "10:obj", "13:cc", "11:conj", "10:punct"}));
}

// An office before a name between commas, taken for a complement of the verb though it has no
// verb of its own: the office is the subject and the name its apposition.
TEST(TreeRepairs, OfficeTakenForAComplementIsTheSubject) {
    std::vector<Token> w = tree("Colorado PROPN NNP 4 nmod:poss\n"
                                "'s PART POS 1 case\n"
                                "attorney NOUN NN 4 compound\n"
                                "general NOUN NN 9 ccomp\n"
                                ", PUNCT , 4 punct\n"
                                "Phil PROPN NNP 9 nsubj\n"
                                "Weiser PROPN NNP 6 flat\n"
                                ", PUNCT , 6 punct\n"
                                "said VERB VBD 0 root\n"
                                "the DET DT 11 det\n"
                                "merger NOUN NN 13 nsubj\n"
                                "would AUX MD 13 aux\n"
                                "hurt VERB VB 9 ccomp\n"
                                "communities NOUN NNS 13 obj\n"
                                ". PUNCT . 9 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"4:nmod:poss", "1:case", "4:compound", "9:nsubj", "6:punct",
                                        "4:appos", "6:flat", "6:punct", "0:root", "11:det",
                                        "13:nsubj", "13:aux", "9:ccomp", "13:obj", "9:punct"}));
}

// The main verb taken for a participle on its subject, with the "that" clause's verb the
// root and the subject its second one: the participle heads the sentence and the marked clause
// is its complement.
TEST(TreeRepairs, MainVerbTakenForAParticipleHeadsTheSentence) {
    std::vector<Token> w = tree("A DET DT 3 det\n"
                                "federal ADJ JJ 3 amod\n"
                                "judge NOUN NN 11 nsubj\n"
                                "ruled VERB VBD 3 acl\n"
                                "on ADP IN 6 case\n"
                                "Monday PROPN NNP 4 obl\n"
                                "that SCONJ IN 11 mark\n"
                                "Google PROPN NNP 11 nsubj\n"
                                "had AUX VBD 11 aux\n"
                                "illegally ADV RB 11 advmod\n"
                                "maintained VERB VBN 0 root\n"
                                "a DET DT 13 det\n"
                                "monopoly NOUN NN 11 obj\n"
                                ". PUNCT . 11 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"3:det", "3:amod", "4:nsubj", "0:root", "6:case", "4:obl",
                                        "11:mark", "11:nsubj", "11:aux", "11:advmod", "4:ccomp",
                                        "13:det", "11:obj", "4:punct"}));
}

// A marked root with one subject only is left alone (no second subject for the clause).
TEST(TreeRepairs, MarkedRootWithOneSubjectKeepsItsParticiple) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "chips NOUN NNS 6 nsubj\n"
                                "sold VERB VBN 2 acl\n"
                                "abroad ADV RB 3 advmod\n"
                                "that SCONJ IN 6 mark\n"
                                "failed VERB VBD 0 root\n"
                                ". PUNCT . 6 punct\n");
    const std::vector<std::string> before = arcs(w);
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], before[2]);
    EXPECT_EQ(arcs(w)[5], before[5]);
}

// A hyphenated participle taken for a marker of the verb modifies the name after it.
TEST(TreeRepairs, HyphenatedParticipleTakenForAMarkerModifiesTheName) {
    std::vector<Token> w = tree("Beijing PROPN NNP 3 obl:unmarked\n"
                                "- PUNCT HYPH 1 punct\n"
                                "based VERB VBN 5 mark\n"
                                "ByteDance PROPN NNP 5 nsubj\n"
                                "owns VERB VBZ 0 root\n"
                                "TikTok PROPN NNP 5 obj\n"
                                ". PUNCT . 5 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"3:obl:unmarked", "1:punct", "4:amod", "5:nsubj",
                                                 "0:root", "5:obj", "5:punct"}));
}

// A participle set off by commas, with its agent, stays the noun's even when the root is
// marked: "An explanation, confirmed by events, is that the structures are intended ...".
TEST(TreeRepairs, ParticipleBetweenCommasStaysOnItsNoun) {
    std::vector<Token> w = tree("An DET DT 2 det\n"
                                "explanation NOUN NN 11 nsubj:outer\n"
                                ", PUNCT , 4 punct\n"
                                "confirmed VERB VBN 2 acl\n"
                                "by ADP IN 6 case\n"
                                "events NOUN NNS 4 obl:agent\n"
                                ", PUNCT , 2 punct\n"
                                "is AUX VBZ 11 cop\n"
                                "that SCONJ IN 11 mark\n"
                                "structures NOUN NNS 11 nsubj:pass\n"
                                "intended VERB VBN 0 root\n"
                                ". PUNCT . 11 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "2:acl");
    EXPECT_EQ(arcs(w)[10], "0:root");
}

// A second object with its own "from" phrase, parsed as a conjunct of the first "from" noun, is
// the first object's conjunct.
TEST(TreeRepairs, GappedObjectJoinsTheFirstObject) {
    std::vector<Token> w = tree("Poland PROPN NNP 3 nsubj\n"
                                "has AUX VBZ 3 aux\n"
                                "ordered VERB VBN 0 root\n"
                                "tanks NOUN NNS 3 obj\n"
                                "from ADP IN 6 case\n"
                                "Dynamics PROPN NNPS 3 obl\n"
                                "and CCONJ CC 8 cc\n"
                                "howitzers NOUN NNS 6 conj\n"
                                "from ADP IN 10 case\n"
                                "Hanwha PROPN NNP 8 nmod\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "4:conj");
    EXPECT_EQ(arcs(w)[9], "8:nmod");
}

// A clause after ", and" whose subject was joined to the noun before: the noun is the subject
// of the verb with the auxiliary, which joins the main verb.
TEST(TreeRepairs, SubjectTakenForAConjunctNounHeadsItsClause) {
    std::vector<Token> w = tree("Novo PROPN NNP 3 nsubj\n"
                                "has AUX VBZ 3 aux\n"
                                "struggled VERB VBN 0 root\n"
                                "with ADP IN 5 case\n"
                                "orders NOUN NNS 3 obl\n"
                                ", PUNCT , 8 punct\n"
                                "and CCONJ CC 8 cc\n"
                                "shortages NOUN NNS 5 conj\n"
                                "have AUX VBP 10 aux\n"
                                "persisted VERB VBN 3 advcl\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"3:nsubj", "3:aux", "0:root", "5:case", "3:obl", "10:punct",
                                        "10:cc", "10:nsubj", "10:aux", "3:conj", "3:punct"}));
}

// A participle with auxiliaries taken for an adjective of the noun after it heads its clause,
// the complement of the verb whose object the noun before it was.
TEST(TreeRepairs, ParticipleWithAuxiliariesHeadsItsClause) {
    std::vector<Token> w = tree("saying VERB VBG 0 root\n"
                                "the DET DT 3 det\n"
                                "company NOUN NN 1 obj\n"
                                "may AUX MD 6 aux\n"
                                "have AUX VB 6 aux\n"
                                "broken VERB VBN 8 amod\n"
                                "competition NOUN NN 8 compound\n"
                                "rules NOUN NNS 3 obj\n"
                                ". PUNCT . 1 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"0:root", "3:det", "6:nsubj", "6:aux", "6:aux",
                                                 "1:ccomp", "8:compound", "6:obj", "1:punct"}));
}

// A "which" clause of ownership right after a name and its comma goes on the name.
TEST(TreeRepairs, OwnershipClauseGoesOnTheNameBefore) {
    std::vector<Token> w = tree("a DET DT 2 det\n"
                                "complaint NOUN NN 0 root\n"
                                "filed VERB VBN 2 acl\n"
                                "by ADP IN 5 case\n"
                                "Slack PROPN NNP 3 obl:agent\n"
                                ", PUNCT , 9 punct\n"
                                "which PRON WDT 9 nsubj:pass\n"
                                "is AUX VBZ 9 aux:pass\n"
                                "owned VERB VBN 2 acl:relcl\n"
                                "by ADP IN 11 case\n"
                                "Salesforce PROPN NNP 9 obl:agent\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "5:acl:relcl");
}

// "since" between "has" and its participle is the participle's adverb, "has" its auxiliary.
TEST(TreeRepairs, SinceBetweenHaveAndItsParticipleIsAnAdverb) {
    std::vector<Token> w = tree("Volkswagen PROPN NNP 2 nsubj\n"
                                "has AUX VBZ 0 root\n"
                                "since SCONJ IN 4 mark\n"
                                "agreed VERB VBN 2 advcl\n"
                                "to PART TO 6 mark\n"
                                "invest VERB VB 4 xcomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"4:nsubj", "4:aux", "4:advmod", "0:root", "6:mark",
                                                 "4:xcomp", "4:punct"}));
}

// A finite verb after its subject's apposition that the parse hung on the apposition, with a
// participle and its agent after the next comma as the root, is the clause's verb.
TEST(TreeRepairs, AVerbBeforeATrailingParticipleIsTheClausesOwn) {
    std::vector<Token> w = tree("Maxis PROPN NNP 17 nsubj\n"
                                ", PUNCT , 7 punct\n"
                                "the DET DT 4 det\n"
                                "country NOUN NN 7 nmod:poss\n"
                                "'s PART POS 4 case\n"
                                "biggest ADJ JJS 7 amod\n"
                                "operator NOUN NN 1 appos\n"
                                ", PUNCT , 9 punct\n"
                                "bought VERB VBN 7 acl\n"
                                "the DET DT 12 det\n"
                                "largest ADJ JJS 12 amod\n"
                                "share NOUN NN 9 obj\n"
                                "of ADP IN 15 case\n"
                                "the DET DT 15 det\n"
                                "airwaves NOUN NNS 12 nmod\n"
                                ", PUNCT , 1 punct\n"
                                "followed VERB VBD 0 root\n"
                                "by ADP IN 19 case\n"
                                "Digi PROPN NNP 17 obl\n"
                                ". PUNCT . 17 punct\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[0], "9:nsubj");
    EXPECT_EQ(a[8], "0:root");
    EXPECT_EQ(a[16], "9:advcl");
    EXPECT_EQ(a[19], "9:punct");
    EXPECT_EQ(w[16].xpos, "VBN");
}

// A "which" clause saying who leads something goes on the name before its comma; one saying
// what something led to does not.
TEST(TreeRepairs, ALedClauseGoesOnTheNameBefore) {
    std::vector<Token> w = tree("a DET DT 2 det\n"
                                "stake NOUN NN 0 root\n"
                                "in ADP IN 5 case\n"
                                "Zenith PROPN NNP 5 compound\n"
                                "Mining PROPN NNP 2 nmod\n"
                                ", PUNCT , 9 punct\n"
                                "which PRON WDT 9 nsubj:pass\n"
                                "is AUX VBZ 9 aux:pass\n"
                                "led VERB VBN 2 acl:relcl\n"
                                "by ADP IN 11 case\n"
                                "Costa PROPN NNP 9 obl:agent\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "5:acl:relcl");
    std::vector<Token> v = tree("a DET DT 2 det\n"
                                "feud NOUN NN 0 root\n"
                                "with ADP IN 4 case\n"
                                "Hall PROPN NNP 2 nmod\n"
                                ", PUNCT , 7 punct\n"
                                "which PRON WDT 7 nsubj\n"
                                "led VERB VBD 2 acl:relcl\n"
                                "to ADP IN 10 case\n"
                                "a DET DT 10 det\n"
                                "match NOUN NN 7 obl\n");
    repairTree(v, lemmas(), anyNoun);
    EXPECT_EQ(arcs(v)[6], "2:acl:relcl");
}

// A name right after its description that the parse made a bare oblique is the
// description's apposition.
TEST(TreeRepairs, ANameAfterItsDescriptionIsItsApposition) {
    std::vector<Token> w = tree("Exor PROPN NNP 2 nsubj\n"
                                "owns VERB VBZ 0 root\n"
                                "the DET DT 5 det\n"
                                "Italian ADJ JJ 5 amod\n"
                                "club NOUN NN 2 obj\n"
                                "Juventus PROPN NNP 2 obl:unmarked\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "5:appos");
}

// A clause opened by "of" that the parse hung on the verb's day is the verb's.
TEST(TreeRepairs, AClauseHungOnItsDayGoesOnTheVerb) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "Commission NOUN NN 3 nsubj\n"
                                "accused VERB VBD 0 root\n"
                                "Google PROPN NNP 3 obj\n"
                                "on ADP IN 6 case\n"
                                "Tuesday PROPN NNP 3 obl\n"
                                "of SCONJ IN 8 mark\n"
                                "breaking VERB VBG 6 acl\n"
                                "competition NOUN NN 10 compound\n"
                                "rules NOUN NNS 8 obj\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "3:advcl");
}

// A noun after a hyphenated modifier heads the phrase the parse gave the modifier.
TEST(TreeRepairs, ANounAfterAHyphenatedModifierHeadsThePhrase) {
    std::vector<Token> w = tree("Nvidia PROPN NNP 3 nmod:poss\n"
                                "'s PART POS 1 case\n"
                                "shares NOUN NNS 4 nsubj\n"
                                "fell VERB VBD 0 root\n"
                                "3 NUM CD 6 nummod\n"
                                "percent NOUN NN 4 obj\n"
                                "in ADP IN 10 case\n"
                                "after ADP IN 10 compound\n"
                                "- PUNCT HYPH 8 punct\n"
                                "hours NOUN NNS 6 nmod\n"
                                "trading NOUN NN 6 acl\n"
                                ". PUNCT . 4 punct\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[10], "6:nmod");
    EXPECT_EQ(a[9], "11:compound");
    EXPECT_EQ(a[6], "11:case");
}

// A span of time before "before" is no object; the relative pronoun then is.
TEST(TreeRepairs, ASpanOfTimeIsNoObject) {
    std::vector<Token> w = tree("They PRON PRP 2 nsubj\n"
                                "copied VERB VBD 0 root\n"
                                "technology NOUN NN 2 obj\n"
                                "that PRON WDT 6 obl:unmarked\n"
                                "Moderna PROPN NNP 6 nsubj\n"
                                "developed VERB VBD 3 acl:relcl\n"
                                "years NOUN NNS 6 obj\n"
                                "before ADP IN 10 case\n"
                                "the DET DT 10 det\n"
                                "pandemic NOUN NN 6 obl\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[6], "6:obl:unmarked");
    EXPECT_EQ(a[3], "6:obj");
}

// A noun after "for" right before an infinitive is the infinitive's subject.
TEST(TreeRepairs, ANounAfterForIsTheInfinitivesSubject) {
    std::vector<Token> w = tree("It PRON PRP 4 nsubj\n"
                                "is AUX VBZ 4 aux\n"
                                "still ADV RB 4 advmod\n"
                                "waiting VERB VBG 0 root\n"
                                "for ADP IN 6 case\n"
                                "Nvidia PROPN NNP 4 obl\n"
                                "to PART TO 8 mark\n"
                                "certify VERB VB 4 advcl\n"
                                "its PRON PRP$ 11 nmod:poss\n"
                                "latest ADJ JJS 11 amod\n"
                                "chips NOUN NNS 8 obj\n"
                                ". PUNCT . 4 punct\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[5], "8:nsubj");
    EXPECT_EQ(a[4], "8:mark");
    // Not a span of time: "waited for hours to get in".
    std::vector<Token> v = tree("They PRON PRP 2 nsubj\n"
                                "waited VERB VBD 0 root\n"
                                "for ADP IN 4 case\n"
                                "hours NOUN NNS 2 obl\n"
                                "to PART TO 6 mark\n"
                                "vote VERB VB 2 advcl\n");
    repairTree(v, lemmas(), anyNoun);
    EXPECT_EQ(arcs(v)[3], "2:obl");
}

// Two names joined by "and" that the parse made one are two, the first heading the pair.
TEST(TreeRepairs, JoinedNamesTakenForOneAreTwo) {
    std::vector<Token> w = tree("Nippon PROPN NNP 2 compound\n"
                                "Steel PROPN NNP 5 compound\n"
                                "and CCONJ CC 4 cc\n"
                                "U.S. PROPN NNP 5 compound\n"
                                "Steel PROPN NNP 6 nsubj\n"
                                "said VERB VBD 0 root\n"
                                "they PRON PRP 8 nsubj\n"
                                "left VERB VBD 6 ccomp\n"
                                ". PUNCT . 6 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"2:compound", "6:nsubj", "4:cc", "5:compound", "2:conj",
                                        "0:root", "8:nsubj", "6:ccomp", "6:punct"}));
}

// An object the parse gave a noun is its complement, with its preposition.
TEST(TreeRepairs, AnObjectOfANounIsItsComplement) {
    std::vector<Token> w = tree("Biden PROPN NNP 2 nsubj\n"
                                "blocked VERB VBD 0 root\n"
                                "the DET DT 4 det\n"
                                "acquisition NOUN NN 2 obj\n"
                                "of ADP IN 7 case\n"
                                "United ADJ JJ 7 amod\n"
                                "States PROPN NNP 8 compound\n"
                                "Steel PROPN NNP 4 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[7], "4:nmod");
    EXPECT_EQ(a[4], "8:case");
}

// A participle's agent taken for the next verb's subject, "by" its marker, is the agent; the
// participle's noun is the verb's subject, and the verb takes the noun's place as root.
TEST(TreeRepairs, AParticiplesAgentIsNoSubjectOfTheNextVerb) {
    std::vector<Token> w = tree("A DET DT 2 det\n"
                                "satellite NOUN NN 0 root\n"
                                "built VERB VBN 2 acl\n"
                                "by ADP IN 6 mark\n"
                                "Boeing PROPN NNP 6 nsubj\n"
                                "broke VERB VBD 3 advcl\n"
                                "apart ADV RB 6 advmod\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:det", "6:nsubj", "2:acl", "5:case",
                                                 "3:obl:agent", "0:root", "6:advmod", "6:punct"}));
}

// An adverbial clause right after a relative clause that a comma opened and none closed is
// the relative clause's; after a closing comma it stays the main verb's.
TEST(TreeRepairs, AReasonRightAfterARelativeClauseIsItsOwn) {
    const std::string words = "Microsoft PROPN NNP 2 nsubj\n"
                              "buys VERB VBZ 0 root\n"
                              "power NOUN NN 2 obj\n"
                              "from ADP IN 5 case\n"
                              "units NOUN NNS 2 obl\n"
                              ", PUNCT , 9 punct\n"
                              "which PRON WDT 9 nsubj:pass\n"
                              "were AUX VBD 9 aux:pass\n"
                              "shut VERB VBN 5 acl:relcl\n";
    std::vector<Token> open = tree(words + "because SCONJ IN 13 mark\n"
                                           "they PRON PRP 13 nsubj\n"
                                           "could AUX MD 13 aux\n"
                                           "lose VERB VB 2 advcl\n"
                                           ". PUNCT . 2 punct\n");
    repairTree(open, lemmas(), anyNoun);
    EXPECT_EQ(arcs(open)[12], "9:advcl");
    std::vector<Token> closed = tree(words + ", PUNCT , 14 punct\n"
                                             "because SCONJ IN 14 mark\n"
                                             "they PRON PRP 14 nsubj\n"
                                             "could AUX MD 14 aux\n"
                                             "lose VERB VB 2 advcl\n"
                                             ". PUNCT . 2 punct\n");
    repairTree(closed, lemmas(), anyNoun);
    EXPECT_EQ(arcs(closed)[13], "2:advcl");
}

// A second noun with no preposition after a noun of the same head is that noun's head.
TEST(TreeRepairs, ASecondModifierWithNoPrepositionIsTheHead) {
    std::vector<Token> w = tree("recalling VERB VBG 0 root\n"
                                "batches NOUN NNS 1 obj\n"
                                "of ADP IN 4 case\n"
                                "pressure NOUN NN 2 nmod\n"
                                "drug NOUN NN 2 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"0:root", "1:obj", "5:case", "5:compound", "2:nmod"}));
}

// A phrase with a preposition of its own and no conjunction is no conjunct of another phrase.
TEST(TreeRepairs, APhraseWithItsOwnPrepositionIsNoConjunct) {
    std::vector<Token> w = tree("She PRON PRP 2 nsubj\n"
                                "received VERB VBD 0 root\n"
                                "between ADP IN 4 case\n"
                                "half NOUN NN 2 obl\n"
                                ", PUNCT , 8 punct\n"
                                "ahead ADP IN 8 case\n"
                                "of ADP IN 8 case\n"
                                "rivals NOUN NNS 4 conj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:obl");
}

// The verb after a comma closing the relative clause of a root noun is the main verb.
TEST(TreeRepairs, TheMainVerbAfterTheSubjectsRelativeClause) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "union NOUN NN 0 root\n"
                                ", PUNCT , 5 punct\n"
                                "which PRON WDT 5 nsubj\n"
                                "represents VERB VBZ 2 acl:relcl\n"
                                "workers NOUN NNS 5 obj\n"
                                ", PUNCT , 8 punct\n"
                                "agreed VERB VBD 5 advcl\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"2:det", "8:nsubj", "5:punct", "5:nsubj", "2:acl:relcl",
                                        "5:obj", "8:punct", "0:root", "8:punct"}));
}

// A conjunct's noun that the parse hung on the verb is the conjunct.
TEST(TreeRepairs, AConjunctsNounHungOnTheVerbIsTheConjunct) {
    std::vector<Token> w = tree("working VERB VBG 0 root\n"
                                "with ADP IN 3 case\n"
                                "Boeing PROPN NNP 1 obl\n"
                                "and CCONJ CC 5 cc\n"
                                "government NOUN NN 3 conj\n"
                                "agencies NOUN NNS 1 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"0:root", "3:case", "1:obl", "6:cc", "6:compound",
                                                 "3:conj"}));
}

// A name after a comma names the definite noun right before the comma.
TEST(TreeRepairs, ANameAfterACommaNamesTheNounBefore) {
    std::vector<Token> w = tree("a DET DT 2 det\n"
                                "protege NOUN NN 0 root\n"
                                "of ADP IN 5 case\n"
                                "the DET DT 5 det\n"
                                "president NOUN NN 2 nmod\n"
                                ", PUNCT , 7 punct\n"
                                "Obrador PROPN NNP 2 appos\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "5:appos");
}

// A name's last word parsed as an apposition of the noun its first word hangs on heads the name.
TEST(TreeRepairs, ANamesLastWordTakenForAnAppositionHeadsTheName) {
    std::vector<Token> w = tree("blocked VERB VBD 0 root\n"
                                "the DET DT 3 det\n"
                                "purchase NOUN NN 1 obj\n"
                                "of ADP IN 5 case\n"
                                "Spirit PROPN NNP 3 nmod\n"
                                "Airlines PROPN NNPS 3 appos\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"0:root", "3:det", "1:obj", "6:case", "6:compound",
                                                 "3:nmod"}));
}

// A participle after a time word's noun and its apposition between commas, which the parse hung
// on the noun, is the verb of the clause the word opens.
TEST(TreeRepairs, AParticipleAfterATimeWordsNounAndItsAppositionIsTheClausesVerb) {
    std::vector<Token> w = tree("landing NOUN NN 2 nsubj\n"
                                "came VERB VBD 0 root\n"
                                "days NOUN NNS 2 obj\n"
                                "after ADP IN 6 case\n"
                                "a DET DT 6 det\n"
                                "probe NOUN NN 3 nmod\n"
                                ", PUNCT , 8 punct\n"
                                "Luna PROPN NNP 6 conj\n"
                                ", PUNCT , 10 punct\n"
                                "crashed VERB VBN 6 acl\n"
                                "into ADP IN 12 case\n"
                                "Moon PROPN NNP 10 obl\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[3], "10:mark");
    EXPECT_EQ(a[5], "10:nsubj");
    EXPECT_EQ(a[7], "6:appos");
    EXPECT_EQ(a[9], "2:advcl");
}

// A count made the object, with the counted noun after a maker's name hung elsewhere: the noun
// is the object.
TEST(TreeRepairs, ACountTakenForTheObjectGivesWayToItsNoun) {
    std::vector<Token> w = tree("ordered VERB VBD 0 root\n"
                                "airlines NOUN NNS 1 obj\n"
                                "to PART TO 4 mark\n"
                                "ground VERB VB 1 advcl\n"
                                "171 NUM CD 4 obj\n"
                                "Boeing PROPN NNP 11 nsubj:pass\n"
                                "737 NUM CD 8 nummod\n"
                                "aircraft NOUN NN 11 nsubj\n"
                                "after ADP IN 10 case\n"
                                "panel NOUN NN 8 nmod\n"
                                "blew VERB VBD 1 advcl\n"
                                "off ADP RP 11 compound:prt\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[4], "8:nummod");
    EXPECT_EQ(a[5], "8:compound");
    EXPECT_EQ(a[7], "4:obj");
}

// A verb's complement made the subject of the verb after a marker's phrase hung on it goes back
// to the first verb, and the phrase's noun is the later verb's subject.
TEST(TreeRepairs, AComplementTakenForTheNextSubjectGoesBack) {
    std::vector<Token> w = tree("Starmer PROPN NNP 3 nsubj\n"
                                "will AUX MD 3 aux\n"
                                "become VERB VB 0 root\n"
                                "prime ADJ JJ 5 amod\n"
                                "minister NOUN NN 9 nsubj\n"
                                "after ADP IN 8 case\n"
                                "his PRON PRP$ 8 nmod:poss\n"
                                "party NOUN NN 5 nmod\n"
                                "took VERB VBD 3 ccomp\n"
                                "400 NUM CD 9 obj\n"
                                "seats NOUN NNS 10 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"3:nsubj", "3:aux", "0:root", "5:amod", "3:xcomp", "9:mark",
                                        "8:nmod:poss", "9:nsubj", "3:advcl", "9:obj", "10:nmod"}));
}

// A participle with an agent right after a phrase's noun that the parse made its oblique
// modifies that noun, and the phrase goes on the verb above.
TEST(TreeRepairs, AParticipleAfterItsOwnObliqueModifiesTheNoun) {
    std::vector<Token> w = tree("buy VERB VB 0 root\n"
                                "Suisse PROPN NNP 1 obj\n"
                                "for ADP IN 4 case\n"
                                "francs NOUN NNS 1 obl\n"
                                ", PUNCT , 9 punct\n"
                                "in ADP IN 8 case\n"
                                "a DET DT 8 det\n"
                                "deal NOUN NN 9 obl\n"
                                "arranged VERB VBN 4 acl\n"
                                "by ADP IN 11 case\n"
                                "authorities NOUN NNS 9 obl:agent\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"0:root", "1:obj", "4:case", "1:obl", "8:punct", "8:case",
                                        "8:det", "1:obl", "8:acl", "11:case", "9:obl:agent"}));
}

// A verb of giving's second object hung on the first as a bare modifier is the object, and the
// first the receiver.
TEST(TreeRepairs, ASecondObjectTakenForAModifierIsTheObject) {
    std::vector<Token> w = tree("measure NOUN NN 2 nsubj\n"
                                "give VERB VB 0 root\n"
                                "the DET DT 4 det\n"
                                "company NOUN NN 2 obj\n"
                                "nine NUM CD 6 nummod\n"
                                "months NOUN NNS 4 nmod\n"
                                "to PART TO 8 mark\n"
                                "find VERB VB 2 advcl\n"
                                "a DET DT 10 det\n"
                                "buyer NOUN NN 8 obj\n");
    repairTree(w, lemmas(), anyNoun);
    const std::vector<std::string> a = arcs(w);
    EXPECT_EQ(a[3], "2:iobj");
    EXPECT_EQ(a[5], "2:obj");
}

// The gerund of what a verb of accusing says its object did, read as a modifier of the noun
// after it, is the verb's clause with "of" its marker; the object is the verb's again. A verb
// of change before a noun stays its modifier.
TEST(TreeRepairs, AGerundOfAnAccusationIsTheVerbsClause) {
    std::vector<Token> w = tree("party NOUN NN 2 nsubj\n"
                                "accuse VERB VBD 0 root\n"
                                "Sanchez PROPN NNP 6 compound\n"
                                "of ADP IN 5 mark\n"
                                "trading VERB VBG 6 compound\n"
                                "justice NOUN NN 2 obj\n"
                                "for ADP IN 8 case\n"
                                "power NOUN NN 6 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:nsubj", "0:root", "2:obj", "5:mark", "2:advcl",
                                                 "5:obj", "8:case", "6:nmod"}));
    std::vector<Token> change = tree("critics NOUN NNS 2 nsubj\n"
                                     "criticise VERB VBD 0 root\n"
                                     "bank NOUN NN 2 obj\n"
                                     "for ADP IN 6 case\n"
                                     "rising VERB VBG 6 amod\n"
                                     "prices NOUN NNS 2 obl\n");
    repairTree(change, lemmas(), anyNoun);
    EXPECT_EQ(arcs(change)[4], "6:amod");
}

// A clause "after" opens, read as a phrase on the object while the clause's verb took the
// object for its subject: the object is the verb's before it again, the phrase's noun the
// clause's subject.
TEST(TreeRepairs, AnAfterClauseWhoseVerbTookTheObjectForItsSubject) {
    std::vector<Token> w = tree("prosecutors NOUN NNS 3 nsubj\n"
                                "have AUX VBP 3 aux\n"
                                "charge VERB VBN 0 root\n"
                                "the DET DT 5 det\n"
                                "captain NOUN NN 10 nsubj:pass\n"
                                "after ADP IN 8 case\n"
                                "a DET DT 8 det\n"
                                "passenger NOUN NN 5 nmod\n"
                                "was AUX VBD 10 aux:pass\n"
                                "push VERB VBN 3 ccomp\n"
                                "off ADP RP 10 compound:prt\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"3:nsubj", "3:aux", "0:root", "5:det", "3:obj",
                                                 "10:mark", "8:det", "10:nsubj:pass", "10:aux:pass",
                                                 "3:advcl", "10:compound:prt"}));
}

// A name between commas right after a noun, hung on it as a bare modifier, is its apposition.
TEST(TreeRepairs, ANameBetweenCommasIsTheNounsApposition) {
    std::vector<Token> w = tree("the DET DT 3 det\n"
                                "ferry ADJ JJ 3 amod\n"
                                "operator NOUN NN 7 nsubj\n"
                                ", PUNCT , 5 punct\n"
                                "Seajets PROPN NNPS 3 nmod\n"
                                ", PUNCT , 3 punct\n"
                                "say VERB VBD 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "3:appos");
}

// A clause "since" opens, read as a phrase inside a relative clause on the subject while its
// verb heads the sentence: the verb's later conjunct with no subject is the sentence's verb,
// and the clause goes to the relative clause.
TEST(TreeRepairs, ASinceClauseWhoseVerbTookTheSentence) {
    std::vector<Token> w = tree("Boeing PROPN NNP 8 nsubj\n"
                                ", PUNCT , 4 punct\n"
                                "which PRON WDT 4 nsubj\n"
                                "struggle VERB VBN 1 acl:relcl\n"
                                "since ADP IN 7 case\n"
                                "a DET DT 7 det\n"
                                "plug NOUN NN 4 obl\n"
                                "blow VERB VBD 0 root\n"
                                "out ADP IN 8 compound:prt\n"
                                ", PUNCT , 8 punct\n"
                                "did AUX VBD 13 aux\n"
                                "not PART RB 13 advmod\n"
                                "announce VERB VB 8 conj\n"
                                "orders NOUN NNS 13 obj\n"
                                ". PUNCT . 8 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"13:nsubj", "4:punct", "4:nsubj", "1:acl:relcl", "8:mark",
                                        "7:det", "8:nsubj", "4:advcl", "8:compound:prt", "13:punct",
                                        "13:aux", "13:advmod", "0:root", "13:obj", "13:punct"}));
}

// A gerund with a complement right after the verb's object, no comma between, is the object's
// clause; after a span of time spent it stays the verb's.
TEST(TreeRepairs, AGerundRightAfterTheObjectIsTheObjectsClause) {
    std::vector<Token> w = tree("company NOUN NN 2 nsubj\n"
                                "meet VERB VBD 0 root\n"
                                "rules NOUN NNS 2 obj\n"
                                "requiring VERB VBG 2 advcl\n"
                                "that SCONJ IN 7 mark\n"
                                "phones NOUN NNS 7 nsubj\n"
                                "contain VERB VBP 4 ccomp\n"
                                "parts NOUN NNS 7 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "3:acl");
    std::vector<Token> spent = tree("she PRON PRP 2 nsubj\n"
                                    "spend VERB VBD 0 root\n"
                                    "years NOUN NNS 2 obj\n"
                                    "building VERB VBG 2 advcl\n"
                                    "ships NOUN NNS 4 obj\n");
    repairTree(spent, lemmas(), anyNoun);
    EXPECT_EQ(arcs(spent)[3], "2:advcl");
}

// "chief" before an officer's title and name, read as the verb's complement, modifies the
// title; the name is the verb's object.
TEST(TreeRepairs, ChiefBeforeATitleAndANameIsNoComplement) {
    std::vector<Token> w = tree("board NOUN NN 2 nsubj\n"
                                "name VERB VBD 0 root\n"
                                "chief ADJ JJ 2 xcomp\n"
                                "financial ADJ JJ 5 amod\n"
                                "officer NOUN NN 6 nmod:desc\n"
                                "David PROPN NNP 3 conj\n"
                                "Zinsner PROPN NNP 6 flat\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:nsubj", "0:root", "5:amod", "5:amod",
                                                 "6:nmod:desc", "2:obj", "6:flat"}));
}

// A closing report the parse made the root's own complement is a parataxis of the root.
TEST(TreeRepairs, AClosingReportOnTheRootIsAParataxis) {
    std::vector<Token> w = tree("Assad PROPN NNP 2 nsubj\n"
                                "flee VERB VBD 0 root\n"
                                "to ADP IN 4 case\n"
                                "Moscow PROPN NNP 2 obl\n"
                                ", PUNCT , 6 punct\n"
                                "media NOUN NN 7 nsubj\n"
                                "report VERB VBD 2 ccomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:parataxis");
}

// A verb right after an "after" phrase with its subject after it keeps that subject: the
// phrase's noun is no second one.
TEST(TreeRepairs, AVerbAfterAPhraseWithItsSubjectAfterItIsLeftAlone) {
    std::vector<Token> w = tree("prices NOUN NNS 2 nsubj\n"
                                "fall VERB VBD 0 root\n"
                                "after ADP IN 5 case\n"
                                "the DET DT 5 det\n"
                                "vote NOUN NN 2 obl\n"
                                "say VERB VBD 2 parataxis\n"
                                "the DET DT 8 det\n"
                                "minister NOUN NN 6 nsubj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:nsubj", "0:root", "5:case", "5:det", "2:obl",
                                                 "2:parataxis", "8:det", "6:nsubj"}));
}

// A passive gerund after a noun inside the verb's object is a clause on that noun; on the
// object itself it stays the verb's complement.
TEST(TreeRepairs, PassiveGerundAfterANestedNounIsItsClause) {
    std::vector<Token> w = tree("it PRON PRP 2 nsubj\n"
                                "received VERB VBD 0 root\n"
                                "reports NOUN NNS 2 obj\n"
                                "of ADP IN 5 case\n"
                                "patients NOUN NNS 3 nmod\n"
                                "being AUX VBG 7 aux:pass\n"
                                "harmed VERB VBN 2 xcomp\n"
                                "by ADP IN 9 case\n"
                                "tablets NOUN NNS 7 obl:agent\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "5:acl");
    std::vector<Token> object = tree("they PRON PRP 2 nsubj\n"
                                     "saw VERB VBD 0 root\n"
                                     "protesters NOUN NNS 2 obj\n"
                                     "being AUX VBG 5 aux:pass\n"
                                     "arrested VERB VBN 2 xcomp\n");
    repairTree(object, lemmas(), anyNoun);
    EXPECT_EQ(arcs(object)[4], "2:xcomp");
}

// A closing report that took the opening subject of the clause it reports gives it back and
// takes the phrase between the comma and itself.
TEST(TreeRepairs, ClosingReportGivesBackTheOpeningSubject) {
    std::vector<Token> w = tree("Russian ADJ JJ 2 amod\n"
                                "forces NOUN NNS 16 nsubj\n"
                                ", PUNCT , 4 punct\n"
                                "launched VERB VBD 16 ccomp\n"
                                "missiles NOUN NNS 4 obj\n"
                                ", PUNCT , 7 punct\n"
                                "damaging VERB VBG 4 advcl\n"
                                "a DET DT 9 det\n"
                                "station NOUN NN 7 obj\n"
                                ", PUNCT , 12 punct\n"
                                "the DET DT 12 det\n"
                                "mayor NOUN NN 9 appos\n"
                                ", PUNCT , 14 punct\n"
                                "Terekhov PROPN NNP 12 appos\n"
                                ", PUNCT , 4 punct\n"
                                "say VERB VBD 0 root\n"
                                ". PUNCT . 16 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[1], "4:nsubj");
    EXPECT_EQ(arcs(w)[11], "16:nsubj");
    EXPECT_EQ(arcs(w)[3], "16:ccomp");
}

// A main verb with a complement, read as a relative clause on the subject whose last name
// took it as its subject, heads the sentence; the name goes back to the noun before it. A
// relative clause with no object or complement stays one.
TEST(TreeRepairs, MainVerbTakenForARelativeClauseAfterANameHeadsTheSentence) {
    std::vector<Token> w = tree("An DET DT 2 det\n"
                                "investigation NOUN NN 0 root\n"
                                "by ADP IN 5 case\n"
                                "the DET DT 5 det\n"
                                "firm NOUN NN 2 nmod\n"
                                "WilmerHale PROPN NNP 7 nsubj\n"
                                "found VERB VBD 2 acl:relcl\n"
                                "that SCONJ IN 10 mark\n"
                                "it PRON PRP 10 nsubj\n"
                                "erred VERB VBD 7 ccomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w),
              (std::vector<std::string>{"2:det", "7:nsubj", "5:case", "5:det", "2:nmod", "5:appos",
                                        "0:root", "10:mark", "10:nsubj", "7:ccomp", "7:punct"}));
    std::vector<Token> gap = tree("The DET DT 2 det\n"
                                  "chips NOUN NNS 0 root\n"
                                  "Nvidia PROPN NNP 4 nsubj\n"
                                  "sold VERB VBD 2 acl:relcl\n"
                                  ". PUNCT . 2 punct\n");
    repairTree(gap, lemmas(), anyNoun);
    EXPECT_EQ(arcs(gap)[3], "2:acl:relcl");
}

// An infinitive right after an oblique plan is the plan's, not the verb's complement; after an
// oblique of another noun it stays the verb's.
TEST(TreeRepairs, InfinitiveAfterAnObliquePlanIsThePlans) {
    std::vector<Token> w = tree("unions NOUN NNS 2 nsubj\n"
                                "protested VERB VBD 0 root\n"
                                "against ADP IN 4 case\n"
                                "plan NOUN NN 2 obl\n"
                                "to PART TO 6 mark\n"
                                "raise VERB VB 2 xcomp\n"
                                "age NOUN NN 6 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "4:acl");
    std::vector<Token> court = tree("they PRON PRP 2 nsubj\n"
                                    "appealed VERB VBD 0 root\n"
                                    "to ADP IN 4 case\n"
                                    "court NOUN NN 2 obl\n"
                                    "to PART TO 6 mark\n"
                                    "block VERB VB 2 xcomp\n"
                                    "it PRON PRP 6 obj\n");
    repairTree(court, lemmas(), anyNoun);
    EXPECT_EQ(arcs(court)[5], "2:xcomp");
}

// A participle of naming after a comma and a name is a clause on the name.
TEST(TreeRepairs, NamingParticipleAfterANameIsItsClause) {
    std::vector<Token> w = tree("RSF PROPN NNP 3 nsubj:pass\n"
                                "is AUX VBZ 3 aux:pass\n"
                                "commanded VERB VBN 0 root\n"
                                "by ADP IN 5 case\n"
                                "Mohamed PROPN NNP 3 obl:agent\n"
                                "Dagalo PROPN NNP 5 flat\n"
                                ", PUNCT , 8 punct\n"
                                "known VERB VBN 3 conj\n"
                                "as ADP IN 10 case\n"
                                "Hemedti PROPN NNP 8 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "5:acl");
}

// A participle with an auxiliary and a subject, made an adjective of the object after it,
// heads the verb's complement.
TEST(TreeRepairs, ParticipleWithItsSubjectTakenForAnAdjectiveHeadsAClause) {
    std::vector<Token> w = tree("after SCONJ IN 2 mark\n"
                                "admitting VERB VBG 0 root\n"
                                "it PRON PRP 5 nsubj\n"
                                "had AUX VBD 5 aux\n"
                                "rigged VERB VBN 6 amod\n"
                                "tests NOUN NNS 2 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"2:mark", "0:root", "5:nsubj", "5:aux", "2:ccomp",
                                                 "5:obj"}));
}

// A participle after a comma in a list of a verb's acts is the verb's conjunct; without a later
// act it is left alone.
TEST(TreeRepairs, ParticipleInAListOfActsIsAConjunct) {
    std::vector<Token> w = tree("Milei PROPN NNP 3 nsubj\n"
                                "has AUX VBZ 3 aux\n"
                                "slashed VERB VBN 0 root\n"
                                "subsidies NOUN NNS 3 obj\n"
                                ", PUNCT , 7 punct\n"
                                "closed VERB VBN 7 amod\n"
                                "ministries NOUN NNS 4 conj\n"
                                "and CCONJ CC 9 cc\n"
                                "devalued VERB VBN 3 conj\n"
                                "peso NOUN NN 9 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "3:conj");
    EXPECT_EQ(arcs(w)[6], "6:obj");
    std::vector<Token> single = tree("Milei PROPN NNP 2 nsubj\n"
                                     "cut VERB VBD 0 root\n"
                                     "subsidies NOUN NNS 2 obj\n"
                                     ", PUNCT , 6 punct\n"
                                     "closed VERB VBN 6 amod\n"
                                     "ministries NOUN NNS 3 conj\n");
    repairTree(single, lemmas(), anyNoun);
    EXPECT_EQ(arcs(single)[4], "6:amod");
}

// A participle after a noun with a preposition, that took the noun for its oblique, is a
// clause on the noun.
TEST(TreeRepairs, ParticipleTakenForItsNounsHeadIsAClauseOnIt) {
    std::vector<Token> w = tree("Israel PROPN NNP 2 nsubj\n"
                                "halted VERB VBD 0 root\n"
                                "offensive NOUN NN 2 obj\n"
                                ", PUNCT , 7 punct\n"
                                "in ADP IN 7 case\n"
                                "a DET DT 7 det\n"
                                "case NOUN NN 8 obl\n"
                                "brought VERB VBN 2 advcl\n"
                                "by ADP IN 10 case\n"
                                "Africa PROPN NNP 8 obl:agent\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:obl");
    EXPECT_EQ(arcs(w)[7], "7:acl");
}

// A list opening the sentence, its first member taken for the root and the others for the
// subject of a verb hung on it, is the verb's subject; an opening noun with no list after it
// is left alone.
TEST(TreeRepairs, ListOpeningTakenForTheRootIsTheSubject) {
    std::vector<Token> w = tree("Spain PROPN NNP 0 root\n"
                                ", PUNCT , 1 punct\n"
                                "Britain PROPN NNP 6 nsubj\n"
                                "and CCONJ CC 5 cc\n"
                                "Qatar PROPN NNP 3 conj\n"
                                "send VERB VBD 1 parataxis\n"
                                "teams NOUN NNS 6 obj\n"
                                ". PUNCT . 6 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[0], "6:nsubj");
    EXPECT_EQ(arcs(w)[1], "3:punct");
    EXPECT_EQ(arcs(w)[2], "1:conj");
    EXPECT_EQ(arcs(w)[4], "1:conj");
    EXPECT_EQ(arcs(w)[5], "0:root");
    std::vector<Token> single = tree("Spain PROPN NNP 0 root\n"
                                     ", PUNCT , 1 punct\n"
                                     "Britain PROPN NNP 4 nsubj\n"
                                     "send VERB VBD 1 parataxis\n"
                                     "teams NOUN NNS 4 obj\n");
    repairTree(single, lemmas(), anyNoun);
    EXPECT_EQ(arcs(single)[0], "0:root");
}

// A name in a prepositional phrase on a sum a verb puts in it is the verb's, and the apposition
// after the name's comma is the name's; a common noun on the sum ("in grants") stays on it.
TEST(TreeRepairs, NameHungOnASumIsTheVerbs) {
    std::vector<Token> w = tree("Amazon PROPN NNP 3 nsubj\n"
                                "will AUX MD 3 aux\n"
                                "invest VERB VB 0 root\n"
                                "$ SYM $ 3 obl\n"
                                "4 NUM CD 6 compound\n"
                                "billion NUM CD 4 nummod\n"
                                "in ADP IN 8 case\n"
                                "Anthropic PROPN NNP 4 nmod\n"
                                ", PUNCT , 11 punct\n"
                                "the DET DT 11 det\n"
                                "startup NOUN NN 4 appos\n"
                                "found VERB VBN 11 acl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "3:obl");
    EXPECT_EQ(arcs(w)[10], "8:appos");
    std::vector<Token> grants = tree("Intel PROPN NNP 2 nsubj\n"
                                     "receive VERB VBD 0 root\n"
                                     "$ SYM $ 2 obj\n"
                                     "8 NUM CD 3 nummod\n"
                                     "in ADP IN 6 case\n"
                                     "grants NOUN NNS 3 nmod\n");
    repairTree(grants, lemmas(), anyNoun);
    EXPECT_EQ(arcs(grants)[5], "3:nmod");
}

// A phrase after the comma that closes a relative clause on an object goes to the verb.
TEST(TreeRepairs, PhraseAfterARelativeClausesCommaIsTheVerbs) {
    std::vector<Token> w = tree("Nestle PROPN NNP 2 nsubj\n"
                                "named VERB VBD 0 root\n"
                                "Navratil PROPN NNP 2 obj\n"
                                ", PUNCT , 6 punct\n"
                                "who PRON WP 6 nsubj\n"
                                "ran VERB VBD 3 acl:relcl\n"
                                "business NOUN NN 6 obj\n"
                                ", PUNCT , 11 punct\n"
                                "as SCONJ IN 11 case\n"
                                "his PRON PRP$ 11 nmod:poss\n"
                                "successor NOUN NN 6 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[10], "2:obl");
    // (without the comma the phrase is the clause's)
    std::vector<Token> inside = tree("Nestle PROPN NNP 2 nsubj\n"
                                     "named VERB VBD 0 root\n"
                                     "Navratil PROPN NNP 2 obj\n"
                                     ", PUNCT , 6 punct\n"
                                     "who PRON WP 6 nsubj\n"
                                     "ran VERB VBD 3 acl:relcl\n"
                                     "business NOUN NN 6 obj\n"
                                     "as SCONJ IN 10 case\n"
                                     "his PRON PRP$ 10 nmod:poss\n"
                                     "head NOUN NN 6 obl\n");
    repairTree(inside, lemmas(), anyNoun);
    EXPECT_EQ(arcs(inside)[9], "6:obl");
}

// An opening noun whose participle's object the parse made the verb's subject is the subject.
TEST(TreeRepairs, ParticiplesObjectTakenForTheSubjectIsItsObject) {
    std::vector<Token> w = tree("Unions NOUN NNS 0 root\n"
                                "representing VERB VBG 1 acl\n"
                                "teachers NOUN NNS 5 nsubj\n"
                                "had AUX VBD 5 aux\n"
                                "asked VERB VBN 2 ccomp\n"
                                "government NOUN NN 5 obj\n"
                                ". PUNCT . 1 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[0], "5:nsubj");
    EXPECT_EQ(arcs(w)[2], "2:obj");
    EXPECT_EQ(arcs(w)[4], "0:root");
    EXPECT_EQ(arcs(w)[6], "5:punct");
}

// A plural before a clause's subject after "after" is the subject's compound, not the
// preposition's noun with a relative clause.
TEST(TreeRepairs, PluralCompoundTakenForAClausesNounIsTheSubjects) {
    std::vector<Token> w = tree("Glencore PROPN NNP 2 nsubj\n"
                                "paid VERB VBD 0 root\n"
                                "fine NOUN NN 2 obj\n"
                                "after ADP IN 6 case\n"
                                "the DET DT 6 det\n"
                                "commodities NOUN NNS 2 obl\n"
                                "trader NOUN NN 8 nsubj\n"
                                "admitted VERB VBD 6 acl:relcl\n"
                                "bribery NOUN NN 8 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "8:mark");
    EXPECT_EQ(arcs(w)[4], "7:det");
    EXPECT_EQ(arcs(w)[5], "7:compound");
    EXPECT_EQ(arcs(w)[7], "2:advcl");
}

// A time's phrase and a clause joined after it by ", and" are the verb's oblique and conjunct.
TEST(TreeRepairs, PhraseAndClauseTakenForOneClauseAreTwo) {
    std::vector<Token> w = tree("police NOUN NN 2 nsubj\n"
                                "arrested VERB VBD 0 root\n"
                                "Lissu PROPN NNP 2 obj\n"
                                "after ADP IN 11 mark\n"
                                "a DET DT 6 det\n"
                                "rally NOUN NN 11 nsubj\n"
                                ", PUNCT , 9 punct\n"
                                "and CCONJ CC 9 cc\n"
                                "prosecutors NOUN NNS 6 conj\n"
                                "later ADV RBR 11 advmod\n"
                                "charged VERB VBD 2 advcl\n"
                                "him PRON PRP 11 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obl");
    EXPECT_EQ(arcs(w)[3], "6:case");
    EXPECT_EQ(arcs(w)[8], "11:nsubj");
    EXPECT_EQ(arcs(w)[10], "2:conj");
}

// A relative clause whose noun before its subject is inside the clause itself is left as it is
// (moving the name onto that noun made a cycle, found by the word-level fuzzer).
TEST(TreeRepairs, ANameIsNotHungOnANounOfItsOwnClause) {
    std::vector<Token> w = tree("safety NOUN NN 0 root\n"
                                ", PUNCT , 3 punct\n"
                                "Administration PROPN NNP 1 conj\n"
                                "vehicle NOUN NN 5 compound\n"
                                "Safety PROPN NNP 6 nsubj\n"
                                "opened VERB VBD 1 acl:relcl\n"
                                "investigation NOUN NN 6 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_TRUE(singleRootedTree(w));
    EXPECT_EQ(arcs(w)[3], "5:compound");
}

// The verb after a "whose" clause between commas that the parse hung inside the clause is the
// sentence's verb, with the name before the clause its subject.
TEST(TreeRepairs, MainVerbInsideAWhoseClauseIsTheRoot) {
    std::vector<Token> w = tree("Microsoft PROPN NNP 0 root\n"
                                ", PUNCT , 1 punct\n"
                                "whose PRON WP$ 4 nmod:poss\n"
                                "computers NOUN NNS 5 nsubj\n"
                                "crashed VERB VBD 1 parataxis\n"
                                ", PUNCT , 8 punct\n"
                                "has AUX VBZ 8 aux\n"
                                "criticised VERB VBN 5 ccomp\n"
                                "Delta PROPN NNP 8 obj\n"
                                ". PUNCT . 5 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[0], "8:nsubj");
    EXPECT_EQ(arcs(w)[4], "1:acl:relcl");
    EXPECT_EQ(arcs(w)[7], "0:root");
    EXPECT_EQ(arcs(w)[9], "8:punct");
}

// A clause after ", which" is the clause of the noun right before the comma, unless that noun
// is in the phrase of the noun the parse chose ("the school of modern thought, which ...").
TEST(TreeRepairs, WhichClauseGoesToTheNounBeforeItsComma) {
    std::vector<Token> w = tree("police NOUN NNS 2 nsubj\n"
                                "killed VERB VBD 0 root\n"
                                "people NOUN NNS 2 obj\n"
                                "during ADP IN 5 case\n"
                                "protests NOUN NNS 3 nmod\n"
                                "against ADP IN 7 case\n"
                                "election NOUN NN 5 nmod\n"
                                ", PUNCT , 12 punct\n"
                                "which PRON WDT 12 obj\n"
                                "the DET DT 11 det\n"
                                "party NOUN NN 12 nsubj\n"
                                "won VERB VBD 3 acl:relcl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "7:acl:relcl");
    std::vector<Token> of = tree("they PRON PRP 2 nsubj\n"
                                 "joined VERB VBD 0 root\n"
                                 "school NOUN NN 2 obj\n"
                                 "of ADP IN 5 case\n"
                                 "thought NOUN NN 3 nmod\n"
                                 ", PUNCT , 8 punct\n"
                                 "which PRON WDT 8 nsubj\n"
                                 "has VERB VBZ 3 acl:relcl\n"
                                 "emphasis NOUN NN 8 obj\n");
    repairTree(of, lemmas(), anyNoun);
    EXPECT_EQ(arcs(of)[7], "3:acl:relcl");
}

// An infinitive after the comma that closes a "whose" clause on a name's apposition is the
// infinitive of the noun whose phrase the name is in.
TEST(TreeRepairs, InfinitiveAfterARelativeClausesCommaIsTheNouns) {
    std::vector<Token> w = tree("judge NOUN NN 2 nsubj\n"
                                "granted VERB VBD 0 root\n"
                                "request NOUN NN 2 obj\n"
                                "by ADP IN 5 case\n"
                                "NetChoice PROPN NNP 3 nmod\n"
                                ", PUNCT , 8 punct\n"
                                "a DET DT 8 det\n"
                                "group NOUN NN 5 appos\n"
                                "whose PRON WP$ 10 nmod:poss\n"
                                "members NOUN NNS 11 nsubj\n"
                                "include VERB VBP 8 acl:relcl\n"
                                "Meta PROPN NNP 11 obj\n"
                                ", PUNCT , 15 punct\n"
                                "to PART TO 15 mark\n"
                                "halt VERB VB 11 advcl\n"
                                "law NOUN NN 15 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[14], "3:acl");
}

// A direction word right after a verb and before its object is the verb's particle; one after
// the object is left an adverb.
TEST(TreeRepairs, ParticleBeforeTheObjectIsAParticle) {
    std::vector<Token> w = tree("Sony PROPN NNP 3 nsubj\n"
                                "have AUX VBP 3 aux\n"
                                "pushed VERB VBN 0 root\n"
                                "back ADV RB 3 advmod\n"
                                "the DET DT 6 det\n"
                                "launch NOUN NN 3 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "3:compound:prt");
    EXPECT_EQ(w[3].xpos, "RP");
    std::vector<Token> after = tree("Sony PROPN NNP 2 nsubj\n"
                                    "pushed VERB VBD 0 root\n"
                                    "launch NOUN NN 2 obj\n"
                                    "back ADV RB 2 advmod\n");
    repairTree(after, lemmas(), anyNoun);
    EXPECT_EQ(arcs(after)[3], "2:advmod");
    // (and right before the preposition of the verb's phrase: "fell out with Ruto")
    std::vector<Token> with = tree("Gachagua PROPN NNP 2 nsubj\n"
                                   "fell VERB VBD 0 root\n"
                                   "out ADV RB 2 advmod\n"
                                   "with ADP IN 5 case\n"
                                   "Ruto PROPN NNP 2 obl\n");
    repairTree(with, lemmas(), anyNoun);
    EXPECT_EQ(arcs(with)[2], "2:compound:prt");
    std::vector<Token> to = tree("He PRON PRP 2 nsubj\n"
                                 "moved VERB VBD 0 root\n"
                                 "out ADV RB 2 advmod\n"
                                 "to ADP IN 5 case\n"
                                 "suburbs NOUN NNS 2 obl\n");
    repairTree(to, lemmas(), anyNoun);
    EXPECT_EQ(arcs(to)[2], "2:advmod");
}

// A "by" phrase hung on a passive verb's "as" phrase is the verb's agent.
TEST(TreeRepairs, AgentOnAPassivesAsPhraseIsTheAgent) {
    std::vector<Token> w = tree("Jorgensen PROPN NNP 3 nsubj:pass\n"
                                "was AUX VBD 3 aux:pass\n"
                                "replaced VERB VBN 0 root\n"
                                "as ADP IN 5 case\n"
                                "executive NOUN NN 3 obl\n"
                                "by ADP IN 7 case\n"
                                "Doustdar PROPN NNP 5 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "3:obl:agent");
}

// A two-word name between commas after a title's "of" phrase names the title's holder, not the
// place in the phrase; a list of places after the comma stays where it is.
TEST(TreeRepairs, NameAfterATitlesOfPhraseIsTheTitles) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "chief ADJ JJ 3 amod\n"
                                "minister NOUN NN 11 nsubj\n"
                                "of ADP IN 5 case\n"
                                "Uttar PROPN NNP 3 nmod\n"
                                "Pradesh PROPN NNP 5 flat\n"
                                ", PUNCT , 8 punct\n"
                                "Yogi PROPN NNP 5 appos\n"
                                "Adityanath PROPN NNP 8 flat\n"
                                ", PUNCT , 3 punct\n"
                                "ordered VERB VBD 0 root\n"
                                "inquiry NOUN NN 11 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "3:appos");
    std::vector<Token> list = tree("ambassador NOUN NN 9 nsubj\n"
                                   "of ADP IN 3 case\n"
                                   "France PROPN NNP 1 nmod\n"
                                   ", PUNCT , 5 punct\n"
                                   "West PROPN NNP 3 appos\n"
                                   "Germany PROPN NNP 5 flat\n"
                                   "and CCONJ CC 8 cc\n"
                                   "Spain PROPN NNP 5 conj\n"
                                   "left VERB VBD 0 root\n");
    repairTree(list, lemmas(), anyNoun);
    EXPECT_EQ(arcs(list)[4], "3:appos");
    // (the name in the "of" phrase an apposition of its noun)
    std::vector<Token> described = tree("The DET DT 3 det\n"
                                        "chief ADJ JJ 3 amod\n"
                                        "executive NOUN NN 11 nsubj:pass\n"
                                        "of ADP IN 6 case\n"
                                        "the DET DT 6 det\n"
                                        "insurer NOUN NN 3 nmod\n"
                                        "UnitedHealthcare PROPN NNP 6 appos\n"
                                        ", PUNCT , 9 punct\n"
                                        "Brian PROPN NNP 7 appos\n"
                                        "Thompson PROPN NNP 9 flat\n"
                                        "shot VERB VBN 0 root\n");
    repairTree(described, lemmas(), anyNoun);
    EXPECT_EQ(arcs(described)[8], "3:appos");
}

// A name right after the noun of a title's "of" phrase is that noun's apposition, whether the
// parse hung it on the verb or on the title; its phrases after it go to the verb.
TEST(TreeRepairs, NameAfterTheNounOfATitlesOfPhraseIsTheNouns) {
    std::vector<Token> w = tree("court NOUN NN 2 nsubj\n"
                                "sentenced VERB VBD 0 root\n"
                                "the DET DT 5 det\n"
                                "former ADJ JJ 5 amod\n"
                                "chairman NOUN NN 2 obj\n"
                                "of ADP IN 8 case\n"
                                "the DET DT 8 det\n"
                                "shipbuilder NOUN NN 5 nmod\n"
                                "Daehan PROPN NNP 10 compound\n"
                                "Industries PROPN NNPS 2 obl\n"
                                "to ADP IN 13 case\n"
                                "four NUM CD 13 nummod\n"
                                "years NOUN NNS 10 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "8:appos");
    EXPECT_EQ(arcs(w)[12], "2:obl");
    std::vector<Token> title = tree("board NOUN NN 2 nsubj\n"
                                    "fired VERB VBD 0 root\n"
                                    "the DET DT 4 det\n"
                                    "executive NOUN NN 2 obj\n"
                                    "of ADP IN 7 case\n"
                                    "the DET DT 7 det\n"
                                    "carmaker NOUN NN 4 nmod\n"
                                    "Zorvex PROPN NNP 9 compound\n"
                                    "Motors PROPN NNPS 4 appos\n");
    repairTree(title, lemmas(), anyNoun);
    EXPECT_EQ(arcs(title)[8], "7:appos");
}

// A name between commas after "the" and a noun, joined to it with no "and", is its
// apposition; a list with a conjunction stays a list.
TEST(TreeRepairs, NameJoinedToItsDescriptionIsItsApposition) {
    std::vector<Token> w = tree("Police NOUN NNS 2 nsubj\n"
                                "arrested VERB VBD 0 root\n"
                                "the DET DT 4 det\n"
                                "developer NOUN NN 2 obj\n"
                                ", PUNCT , 7 punct\n"
                                "Okonkwo PROPN NNP 7 compound\n"
                                "Properties PROPN NNPS 4 conj\n"
                                ", PUNCT , 10 punct\n"
                                "on ADP IN 10 case\n"
                                "Monday PROPN NNP 2 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "4:appos");
    std::vector<Token> list = tree("Police NOUN NNS 2 nsubj\n"
                                   "arrested VERB VBD 0 root\n"
                                   "the DET DT 4 det\n"
                                   "developer NOUN NN 2 obj\n"
                                   ", PUNCT , 6 punct\n"
                                   "Okonkwo PROPN NNP 4 conj\n"
                                   "and CCONJ CC 8 cc\n"
                                   "Adeyemi PROPN NNP 4 conj\n");
    repairTree(list, lemmas(), anyNoun);
    EXPECT_EQ(arcs(list)[5], "4:conj");
}

// A second subject set off by commas right after the first is the first's apposition; two
// subjects with no comma between them are left alone.
TEST(TreeRepairs, AppositionTakenForASecondSubjectIsTheFirsts) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "client NOUN NN 9 nsubj:pass\n"
                                ", PUNCT , 2 punct\n"
                                "the DET DT 5 det\n"
                                "developer NOUN NN 9 nsubj:pass\n"
                                "Victor PROPN NNP 5 appos\n"
                                "Crane PROPN NNP 6 flat\n"
                                ", PUNCT , 5 punct\n"
                                "charged VERB VBN 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "2:appos");
    EXPECT_EQ(arcs(w)[1], "9:nsubj:pass");
    std::vector<Token> plain = tree("client NOUN NN 3 nsubj\n"
                                    "developer NOUN NN 3 nsubj\n"
                                    "sued VERB VBD 0 root\n");
    repairTree(plain, lemmas(), anyNoun);
    EXPECT_EQ(arcs(plain)[1], "3:nsubj");
}

// A subjectless finite verb after the comma that closes a relative clause on the root name
// heads the sentence, the name its subject.
TEST(TreeRepairs, MainVerbAfterARelativeClauseOnTheRootNameHeadsIt) {
    std::vector<Token> w = tree("Delta PROPN NNP 2 compound\n"
                                "Lines PROPN NNPS 0 root\n"
                                ", PUNCT , 5 punct\n"
                                "which PRON WDT 5 nsubj\n"
                                "cancelled VERB VBD 2 acl:relcl\n"
                                "flights NOUN NNS 5 obj\n"
                                ", PUNCT , 9 punct\n"
                                "later ADV RB 9 advmod\n"
                                "sued VERB VBN 2 parataxis\n"
                                "CrowdStrike PROPN NNP 9 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "0:root");
    EXPECT_EQ(arcs(w)[1], "9:nsubj");
    EXPECT_EQ(arcs(w)[4], "2:acl:relcl");
    EXPECT_EQ(arcs(w)[10], "9:punct");
    // (a relative clause on the name's apposition, the verb hung inside it)
    std::vector<Token> inside = tree("Yang PROPN NNP 0 root\n"
                                     ", PUNCT , 3 punct\n"
                                     "diplomat NOUN NN 1 appos\n"
                                     "who PRON WP 5 nsubj\n"
                                     "became VERB VBD 3 acl:relcl\n"
                                     "citizen NOUN NN 5 xcomp\n"
                                     ", PUNCT , 9 punct\n"
                                     "was AUX VBD 9 aux:pass\n"
                                     "detained VERB VBN 6 acl:relcl\n"
                                     "in ADP IN 11 case\n"
                                     "2019 NUM CD 9 obl\n");
    repairTree(inside, lemmas(), anyNoun);
    EXPECT_EQ(arcs(inside)[8], "0:root");
    EXPECT_EQ(arcs(inside)[0], "9:nsubj:pass");
    // (not a predicate noun's: "This is the group that bombed ..., took ...")
    std::vector<Token> copula = tree("This PRON DT 3 nsubj\n"
                                     "is AUX VBZ 3 cop\n"
                                     "group NOUN NN 0 root\n"
                                     "that PRON WDT 5 nsubj\n"
                                     "bombed VERB VBD 3 acl:relcl\n"
                                     "barracks NOUN NNS 5 obj\n"
                                     ", PUNCT , 8 punct\n"
                                     "took VERB VBD 3 parataxis\n"
                                     "hostages NOUN NNS 8 obj\n");
    repairTree(copula, lemmas(), anyNoun);
    EXPECT_EQ(arcs(copula)[2], "0:root");
}

// A list's first name hung across the comma on the second as its compound heads the list.
TEST(TreeRepairs, ListsFirstNameTakenForACompoundHeadsTheList) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "United ADJ JJ 3 amod\n"
                                "States PROPN NNPS 5 compound\n"
                                ", PUNCT , 5 punct\n"
                                "Brazil PROPN NNP 8 nsubj\n"
                                "and CCONJ CC 7 cc\n"
                                "Colombia PROPN NNP 5 conj\n"
                                "called VERB VBD 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "8:nsubj");
    EXPECT_EQ(arcs(w)[4], "3:conj");
    EXPECT_EQ(arcs(w)[6], "3:conj");
    // (with the list's preposition and article)
    std::vector<Token> of = tree("G7 PROPN NNP 2 nsubj\n"
                                 "consists VERB VBZ 0 root\n"
                                 "of ADP IN 7 case\n"
                                 "the DET DT 7 det\n"
                                 "U.S. PROPN NNP 7 compound\n"
                                 ", PUNCT , 7 punct\n"
                                 "Japan PROPN NNP 2 obl\n"
                                 "and CCONJ CC 9 cc\n"
                                 "Italy PROPN NNP 7 conj\n");
    repairTree(of, lemmas(), anyNoun);
    EXPECT_EQ(arcs(of)[4], "2:obl");
    EXPECT_EQ(arcs(of)[2], "5:case");
    EXPECT_EQ(arcs(of)[3], "5:det");
}

// A name taken for the complement of a verb that has an "as" phrase is its object.
TEST(TreeRepairs, NameBeforeAnAsPhraseIsTheObject) {
    std::vector<Token> w = tree("Starbucks PROPN NNP 2 nsubj\n"
                                "named VERB VBD 0 root\n"
                                "Brian PROPN NNP 2 xcomp\n"
                                "Niccol PROPN NNP 3 flat\n"
                                "as ADP IN 7 case\n"
                                "chief ADJ JJ 7 amod\n"
                                "executive NOUN NN 2 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:obj");
}

// Two subjects of one verb with its "and" between them are one joined subject.
TEST(TreeRepairs, JoinedSubjectsTakenForTwoAreJoined) {
    std::vector<Token> w = tree("Steel PROPN NNP 6 nsubj\n"
                                "and CCONJ CC 6 cc\n"
                                "the DET DT 4 det\n"
                                "steelmaker NOUN NN 6 nsubj\n"
                                "Posco PROPN NNP 4 appos\n"
                                "own VERB VBP 0 root\n"
                                "stakes NOUN NNS 6 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "1:conj");
    EXPECT_EQ(arcs(w)[1], "4:cc");
    // (a name joins the name that ends the first subject's phrase)
    std::vector<Token> of = tree("Commissioner PROPN NNP 7 nsubj\n"
                                 "of ADP IN 3 case\n"
                                 "Parks NOUN NNS 1 nmod\n"
                                 "and CCONJ CC 7 cc\n"
                                 "Public ADJ JJ 6 amod\n"
                                 "Property PROPN NNP 7 nsubj\n"
                                 "heads VERB VBZ 0 root\n");
    repairTree(of, lemmas(), anyNoun);
    EXPECT_EQ(arcs(of)[5], "3:conj");
}

// A finite verb right after a phrase of "after" that hangs elsewhere takes the phrase's noun
// for its subject and "after" for its marker.
TEST(TreeRepairs, SubjectTakenForAPrepositionsNounIsTheVerbs) {
    std::vector<Token> w = tree("fighting NOUN NN 2 nsubj\n"
                                "broke VERB VBD 0 root\n"
                                "in ADP IN 4 case\n"
                                "city NOUN NN 2 obl\n"
                                "after ADP IN 8 case\n"
                                "the DET DT 8 det\n"
                                "Support PROPN NNP 8 compound\n"
                                "Forces PROPN NNPS 4 nmod\n"
                                "attacked VERB VBN 2 advcl\n"
                                "stronghold NOUN NN 9 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "9:nsubj");
    EXPECT_EQ(arcs(w)[4], "9:mark");
    EXPECT_EQ(arcs(w)[8], "2:advcl");
}

// The verb after a stretch of time and "after" at the end of the sentence, taken for the root,
// heads a clause of the first verb.
TEST(TreeRepairs, ClauseAfterAStretchOfTimeIsNoRoot) {
    std::vector<Token> w = tree("Swift PROPN NNP 2 nsubj\n"
                                "endorsed VERB VBD 9 ccomp\n"
                                "Harris PROPN NNP 2 obj\n"
                                ", PUNCT , 2 punct\n"
                                "minutes NOUN NNS 9 nsubj\n"
                                "after ADP IN 8 case\n"
                                "the DET DT 8 det\n"
                                "debate NOUN NN 5 nmod\n"
                                "ended VERB VBD 0 root\n"
                                ". PUNCT . 9 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[1], "0:root");
    EXPECT_EQ(arcs(w)[8], "2:advcl");
    EXPECT_EQ(arcs(w)[7], "9:nsubj");
    EXPECT_EQ(arcs(w)[4], "9:obl:unmarked");
    EXPECT_EQ(arcs(w)[9], "2:punct");
}

// An opening "since" phrase with no verb, taken for a clause's marker and subject, is the
// verb's oblique when the verb has its own subject after the comma.
TEST(TreeRepairs, OpeningPhraseTakenForASubjectIsAnOblique) {
    std::vector<Token> w = tree("Since SCONJ IN 8 mark\n"
                                "the DET DT 3 det\n"
                                "start NOUN NN 8 nsubj:pass\n"
                                "of ADP IN 5 case\n"
                                "war NOUN NN 3 nmod\n"
                                ", PUNCT , 3 punct\n"
                                "Bank PROPN NNP 8 nsubj\n"
                                "mobilised VERB VBN 0 root\n"
                                "money NOUN NN 8 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[0], "3:case");
    EXPECT_EQ(arcs(w)[2], "8:obl");
}

// A name right after the noun that ends a participle's phrase in the subject is that noun's
// apposition, no second subject.
TEST(TreeRepairs, NameAfterANounInTheSubjectIsItsApposition) {
    std::vector<Token> w = tree("A DET DT 2 det\n"
                                "consortium NOUN NN 8 nsubj\n"
                                "led VERB VBN 2 acl\n"
                                "by ADP IN 6 case\n"
                                "the DET DT 6 det\n"
                                "firm NOUN NN 3 obl:agent\n"
                                "BlackRock PROPN NNP 8 nsubj\n"
                                "agreed VERB VBD 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "6:appos");
    // (a name opening the sentence has no noun before it: the repair passes it by, and the
    // others leave a tree rooted at the verb)
    std::vector<Token> opening = tree("BlackRock PROPN NNP 3 nsubj\n"
                                      "consortium NOUN NN 3 nsubj\n"
                                      "agreed VERB VBD 0 root\n");
    repairTree(opening, lemmas(), anyNoun);
    EXPECT_EQ(arcs(opening)[2], "0:root");
    EXPECT_NE(arcs(opening)[0], "2:appos");
}

// A conjunct after a noun inside a relative clause, before the clause's closing comma, is that
// noun's, not the described noun's.
TEST(TreeRepairs, ConjunctInsideARelativeClauseIsItsNouns) {
    std::vector<Token> w = tree("operator NOUN NN 11 nsubj\n"
                                ", PUNCT , 5 punct\n"
                                "which PRON WDT 5 nsubj:pass\n"
                                "is AUX VBZ 5 aux:pass\n"
                                "owned VERB VBN 1 acl:relcl\n"
                                "by ADP IN 7 case\n"
                                "FirstGroup PROPN NNP 5 obl:agent\n"
                                "and CCONJ CC 9 cc\n"
                                "MTR PROPN NNP 1 conj\n"
                                ", PUNCT , 9 punct\n"
                                "runs VERB VBZ 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "7:conj");
    // (no comma closing the clause after it: the two described nouns may be joined)
    std::vector<Token> open = tree("operator NOUN NN 10 nsubj\n"
                                   ", PUNCT , 5 punct\n"
                                   "which PRON WDT 5 nsubj:pass\n"
                                   "is AUX VBZ 5 aux:pass\n"
                                   "owned VERB VBN 1 acl:relcl\n"
                                   "by ADP IN 7 case\n"
                                   "FirstGroup PROPN NNP 5 obl:agent\n"
                                   "and CCONJ CC 9 cc\n"
                                   "MTR PROPN NNP 1 conj\n"
                                   "run VERB VBP 0 root\n");
    repairTree(open, lemmas(), anyNoun);
    EXPECT_EQ(arcs(open)[8], "1:conj");
}

// "more than" between "have" and its participle is the participle's adverb, "have" its
// auxiliary.
TEST(TreeRepairs, MoreThanBetweenHaveAndItsParticipleIsAnAdverb) {
    std::vector<Token> w = tree("shares NOUN NNS 2 nsubj\n"
                                "have VERB VBP 0 root\n"
                                "more ADJ JJR 2 obj\n"
                                "than ADP IN 5 mark\n"
                                "tripled VERB VBD 3 advcl\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "0:root");
    EXPECT_EQ(arcs(w)[1], "5:aux");
    EXPECT_EQ(arcs(w)[2], "5:advmod");
    EXPECT_EQ(arcs(w)[0], "5:nsubj");
    EXPECT_EQ(arcs(w)[5], "5:punct");
}

// A conjunct with its own preposition joins the earlier phrase of that preposition, and a
// phrase hung on the wrong one after it goes with it.
TEST(TreeRepairs, ConjunctOfAnotherPrepositionJoinsItsOwn) {
    std::vector<Token> w = tree("follows VERB VBZ 0 root\n"
                                "announcements NOUN NNS 1 obj\n"
                                "by ADP IN 4 case\n"
                                "Hyundai PROPN NNP 2 nmod\n"
                                "in ADP IN 6 case\n"
                                "Georgia PROPN NNP 2 nmod\n"
                                "and CCONJ CC 9 cc\n"
                                "by ADP IN 9 case\n"
                                "Honda PROPN NNP 6 conj\n"
                                "in ADP IN 11 case\n"
                                "Ohio PROPN NNP 6 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "4:conj");
    EXPECT_EQ(arcs(w)[10], "9:nmod");
}

// An amount after "up to" (parsed as EWT writes it) left an oblique with no preposition is
// the object of a verb that has none.
TEST(TreeRepairs, AmountAfterUpToIsTheVerbsObject) {
    std::vector<Token> w = tree("Intel PROPN NNP 3 nsubj\n"
                                "will AUX MD 3 aux\n"
                                "receive VERB VB 0 root\n"
                                "up ADP IN 6 advmod\n"
                                "to ADP IN 4 fixed\n"
                                "$ SYM $ 3 obl\n"
                                "8.5 NUM CD 8 compound\n"
                                "billion NUM CD 6 nummod\n"
                                "under ADP IN 11 case\n"
                                "the DET DT 11 det\n"
                                "Act PROPN NNP 6 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "3:obj");
    // (not with a preposition of its own, nor beside an object)
    std::vector<Token> owned = tree("Intel PROPN NNP 2 nsubj\n"
                                    "paid VERB VBD 0 root\n"
                                    "fees NOUN NNS 2 obj\n"
                                    "up ADP IN 6 advmod\n"
                                    "to ADP IN 4 fixed\n"
                                    "$ SYM $ 2 obl\n"
                                    "8 NUM CD 6 nummod\n");
    repairTree(owned, lemmas(), anyNoun);
    EXPECT_EQ(arcs(owned)[5], "2:obl");
}

// A sum right after a verb's object, hung on a later clause as a bare oblique, is the verb's
// second object; the object before it is the receiver, and the sum's day goes to the verb.
TEST(TreeRepairs, SumAfterTheObjectHungOnALaterClauseIsTheVerbs) {
    std::vector<Token> w = tree("Commission PROPN NNP 2 nsubj\n"
                                "fined VERB VBD 0 root\n"
                                "Google PROPN NNP 2 obj\n"
                                "2.4 NUM CD 5 compound\n"
                                "billion NUM CD 6 nummod\n"
                                "euros NOUN NNS 10 obl:unmarked\n"
                                "on ADP IN 8 case\n"
                                "Tuesday PROPN NNP 6 nmod\n"
                                "for SCONJ IN 10 mark\n"
                                "favouring VERB VBG 2 advcl\n"
                                "its PRON PRP$ 12 nmod:poss\n"
                                "service NOUN NN 10 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obj");
    EXPECT_EQ(arcs(w)[2], "2:iobj");
    EXPECT_EQ(arcs(w)[7], "2:obl");
    EXPECT_EQ(arcs(w)[9], "2:advcl");
    // (a sum that is no bare oblique of the later clause stays: "for 2 billion euros")
    std::vector<Token> paid = tree("Commission PROPN NNP 2 nsubj\n"
                                   "fined VERB VBD 0 root\n"
                                   "Google PROPN NNP 2 obj\n"
                                   "after SCONJ IN 5 mark\n"
                                   "paying VERB VBG 2 advcl\n"
                                   "2 NUM CD 7 nummod\n"
                                   "euros NOUN NNS 5 obj\n");
    repairTree(paid, lemmas(), anyNoun);
    EXPECT_EQ(arcs(paid)[6], "5:obj");
}

// The words of a title right before a name that the parse hung outside the title are the
// title's; a title that took the root gives it to the name's verb.
TEST(TreeRepairs, TitleWordsHungOutsideBeforeANameAreTheTitles) {
    std::vector<Token> w = tree("Spotify PROPN NNP 3 nsubj\n"
                                "will AUX MD 3 aux\n"
                                "cut VERB VB 0 root\n"
                                "jobs NOUN NNS 3 obj\n"
                                ", PUNCT , 11 punct\n"
                                "its PRON PRP$ 12 nmod\n"
                                "chief ADJ JJ 11 obl\n"
                                "executive NOUN NN 9 amod\n"
                                "Daniel PROPN NNP 11 nsubj\n"
                                "Ek PROPN NNP 9 flat\n"
                                "told VERB VBD 3 parataxis\n"
                                "staff NOUN NN 11 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "8:nmod:poss");
    EXPECT_EQ(arcs(w)[6], "8:amod");
    EXPECT_EQ(arcs(w)[7], "9:amod");
    std::vector<Token> opening = tree("Its PRON PRP$ 0 root\n"
                                      "chief ADJ JJ 1 amod\n"
                                      "executive NOUN NN 4 amod\n"
                                      "Daniel PROPN NNP 6 nsubj\n"
                                      "Ek PROPN NNP 4 flat\n"
                                      "told VERB VBD 2 ccomp\n"
                                      "staff NOUN NN 6 obj\n"
                                      ". PUNCT . 1 punct\n");
    repairTree(opening, lemmas(), anyNoun);
    EXPECT_EQ(arcs(opening)[5], "0:root");
    EXPECT_EQ(arcs(opening)[0], "3:nmod:poss");
    EXPECT_EQ(arcs(opening)[1], "3:amod");
    EXPECT_EQ(arcs(opening)[7], "6:punct");
}

// A name before the title a verb of appointing gives it, parsed as the title's compound (or
// as the complement, with the title the object), is the verb's object.
TEST(TreeRepairs, AnAppointeeBeforeItsTitleIsTheObject) {
    // (the tree's lemmas are its forms)
    std::vector<Token> w = tree("BP PROPN NNP 2 nsubj\n"
                                "name VERB VBP 0 root\n"
                                "Murray PROPN NNP 6 compound\n"
                                "Auchincloss PROPN NNP 3 flat\n"
                                "chief ADJ JJ 6 amod\n"
                                "executive NOUN NN 2 xcomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:obj");
    EXPECT_EQ(arcs(w)[5], "2:xcomp");
    std::vector<Token> swapped = tree("Citigroup PROPN NNP 2 nsubj\n"
                                      "name VERB VBP 0 root\n"
                                      "Jane PROPN NNP 2 xcomp\n"
                                      "Fraser PROPN NNP 3 flat\n"
                                      "its PRON PRP$ 7 nmod:poss\n"
                                      "chief ADJ JJ 7 amod\n"
                                      "executive NOUN NN 2 obj\n");
    repairTree(swapped, lemmas(), anyNoun);
    EXPECT_EQ(arcs(swapped)[2], "2:obj");
    EXPECT_EQ(arcs(swapped)[6], "2:xcomp");
    // (a verb with an object of its own keeps its parse: "named the Acme chief executive")
    std::vector<Token> own = tree("BP PROPN NNP 2 nsubj\n"
                                  "name VERB VBP 0 root\n"
                                  "him PRON PRP 2 obj\n"
                                  "Acme PROPN NNP 5 compound\n"
                                  "executive NOUN NN 2 xcomp\n");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[3], "5:compound");
}

// A predicate noun with a copula parsed as the apposition of the opening name at the root is
// the root, with the name its subject.
TEST(TreeRepairs, APredicateWithACopulaIsNoApposition) {
    std::vector<Token> w = tree("Auchincloss PROPN NNP 0 root\n"
                                ", PUNCT , 10 punct\n"
                                "a DET DT 10 det\n"
                                "Canadian PROPN NNP 10 nsubj\n"
                                "who PRON WP 6 nsubj\n"
                                "joined VERB VBD 4 acl:relcl\n"
                                ", PUNCT , 4 punct\n"
                                "had AUX VBD 10 aux\n"
                                "been AUX VBN 10 cop\n"
                                "executive NOUN NN 1 appos\n"
                                ". PUNCT . 1 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "0:root");
    EXPECT_EQ(arcs(w)[0], "10:nsubj");
    EXPECT_EQ(arcs(w)[3], "1:appos");
    EXPECT_EQ(arcs(w)[2], "4:det");
    EXPECT_EQ(arcs(w)[10], "10:punct");
}

// A name after a verb of giving, made a compound of the noun after adjectives, is the
// receiver.
TEST(TreeRepairs, ANameBeforeAnAdjectiveOfTheGiftIsTheReceiver) {
    std::vector<Token> w = tree("Ireland PROPN NNP 2 nsubj\n"
                                "grant VERB VBP 0 root\n"
                                "Apple PROPN NNP 6 compound\n"
                                "illegal ADJ JJ 6 amod\n"
                                "state NOUN NN 6 compound\n"
                                "aid NOUN NN 2 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:iobj");
    // (a name after an adjective of its own is the noun's: "grant illegal Apple aid")
    std::vector<Token> own = tree("Ireland PROPN NNP 2 nsubj\n"
                                  "grant VERB VBP 0 root\n"
                                  "illegal ADJ JJ 5 amod\n"
                                  "Apple PROPN NNP 5 compound\n"
                                  "aid NOUN NN 2 obj\n");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[3], "5:compound");
}

// A measure joined by a hyphen to an adjective before a noun modifies the adjective, and the
// noun heads the phrase.
TEST(TreeRepairs, AMeasureJoinedToAnAdjectiveModifiesIt) {
    std::vector<Token> w = tree("ending VERB VBG 0 root\n"
                                "a DET DT 3 det\n"
                                "decade NOUN NN 1 obj\n"
                                "- PUNCT HYPH 6 punct\n"
                                "long ADV RB 6 advmod\n"
                                "battle NOUN NN 1 obl\n");
    writeOut(w, {"decade", "-"}); // (the hyphen joins the words: no spaces)
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w), (std::vector<std::string>{"0:root", "6:det", "5:obl:npmod", "5:punct",
                                                 "6:amod", "1:obj"}));
}

// A subordinator parsed as the preposition of its clause's subject marks the clause, whose
// subject the noun is.
TEST(TreeRepairs, ASubordinatorBeforeItsClausesSubjectMarksTheClause) {
    std::vector<Token> w = tree("Iger PROPN NNP 2 nsubj\n"
                                "returned VERB VBD 0 root\n"
                                "after ADP IN 5 case\n"
                                "his PRON PRP$ 5 nmod:poss\n"
                                "successor NOUN NN 7 nsubj:pass\n"
                                "was AUX VBD 7 aux:pass\n"
                                "ousted VERB VBN 2 ccomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "7:mark");
    EXPECT_EQ(arcs(w)[6], "2:advcl");
    // (the noun an oblique of the verb before, the clause's verb the root)
    std::vector<Token> root = tree("Iger PROPN NNP 2 nsubj\n"
                                   "returned VERB VBD 8 ccomp\n"
                                   "after ADP IN 4 case\n"
                                   "successor NOUN NN 2 obl\n"
                                   ", PUNCT , 6 punct\n"
                                   "Chapek PROPN NNP 4 appos\n"
                                   "was AUX VBD 8 aux:pass\n"
                                   "ousted VERB VBN 0 root\n"
                                   ". PUNCT . 8 punct\n");
    repairTree(root, lemmas(), anyNoun);
    EXPECT_EQ(arcs(root),
              (std::vector<std::string>{"2:nsubj", "0:root", "8:mark", "8:nsubj:pass", "6:punct",
                                        "4:appos", "8:aux:pass", "2:advcl", "2:punct"}));
    // (a preposition before a noun with no clause after it stays)
    std::vector<Token> plain = tree("Shares NOUN NNS 2 nsubj\n"
                                    "rose VERB VBD 0 root\n"
                                    "after ADP IN 5 case\n"
                                    "the DET DT 5 det\n"
                                    "announcement NOUN NN 2 obl\n");
    repairTree(plain, lemmas(), anyNoun);
    EXPECT_EQ(arcs(plain)[2], "5:case");
}

// "over" right after a verb and before its phrase's preposition is its particle.
TEST(TreeRepairs, OverBeforeAPrepositionIsAParticle) {
    std::vector<Token> w = tree("Gorman PROPN NNP 2 nsubj\n"
                                "take VERB VB 0 root\n"
                                "over ADV RB 2 advmod\n"
                                "from ADP IN 5 case\n"
                                "Parker PROPN NNP 2 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:compound:prt");
}

// An article hung on the first word of a hyphenated modifier is the noun's.
TEST(TreeRepairs, AnArticleBeforeAHyphenatedModifierIsTheNouns) {
    std::vector<Token> w = tree("the DET DT 2 det\n"
                                "London PROPN NNP 4 obl:unmarked\n"
                                "- PUNCT HYPH 2 punct\n"
                                "listed VERB VBN 5 amod\n"
                                "miner NOUN NN 6 nsubj\n"
                                "rejected VERB VBD 0 root\n");
    writeOut(w, {"London", "-"});
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[0], "5:det");
}

// A passive's "by" phrase hung on the gerund after it is the passive's agent.
TEST(TreeRepairs, AnAgentOnAGerundAfterAPassiveIsThePassives) {
    std::vector<Token> w = tree("Bolsonaro PROPN NNP 3 nsubj:pass\n"
                                "was AUX VBD 3 aux:pass\n"
                                "barred VERB VBN 0 root\n"
                                "from SCONJ IN 5 mark\n"
                                "running VERB VBG 3 advcl\n"
                                "for ADP IN 7 case\n"
                                "office NOUN NN 5 obl\n"
                                "by ADP IN 10 case\n"
                                "the DET DT 10 det\n"
                                "court NOUN NN 5 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "3:obl:agent");
    // (an active verb keeps it: "stopped him from running by force")
    std::vector<Token> active = tree("they PRON PRP 2 nsubj\n"
                                     "stopped VERB VBD 0 root\n"
                                     "from SCONJ IN 4 mark\n"
                                     "running VERB VBG 2 advcl\n"
                                     "by ADP IN 6 case\n"
                                     "force NOUN NN 4 obl\n");
    repairTree(active, lemmas(), anyNoun);
    EXPECT_EQ(arcs(active)[5], "4:obl");
}

// A "to" phrase hung on a noun inside the object of a verb that moves things is the verb's;
// on another verb's object it stays.
TEST(TreeRepairs, ADestinationInsideTheObjectsPhraseIsTheVerbs) {
    const std::string words = "Microsoft PROPN NNP 2 nsubj\n"
                              "%s VERB VBD 0 root\n"
                              "the DET DT 4 det\n"
                              "rights NOUN NNS 2 obj\n"
                              "for ADP IN 6 case\n"
                              "games NOUN NNS 4 nmod\n"
                              "to ADP IN 8 case\n"
                              "Ubisoft PROPN NNP 6 nmod\n";
    std::vector<Token> w = treeWith(words, "sell");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:obl");
    std::vector<Token> other = treeWith(words, "praise");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[7], "6:nmod");
}

// A preposition on a noun's modifier, with the noun a conjunct of the noun before and no
// conjunction between them, is the later noun's, whose phrase is the earlier noun's.
TEST(TreeRepairs, APrepositionOnACompoundIsItsNouns) {
    std::vector<Token> w = tree("Caputo PROPN NNP 2 nsubj\n"
                                "announced VERB VBD 0 root\n"
                                "cuts NOUN NNS 2 obj\n"
                                "to ADP IN 5 case\n"
                                "energy NOUN NN 8 compound\n"
                                "and CCONJ CC 7 cc\n"
                                "transport NOUN NN 5 conj\n"
                                "subsidies NOUN NNS 3 conj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "8:case");
    EXPECT_EQ(arcs(w)[7], "3:nmod");
}

// A to-infinitive hung on a noun further back than the noun of trying right before it is
// that noun's.
TEST(TreeRepairs, AnInfinitiveIsTheNearerNounOfTryings) {
    std::vector<Token> w = tree("Turkey PROPN NNP 2 nsubj\n"
                                "delayed VERB VBD 0 root\n"
                                "its PRON PRP$ 4 nmod:poss\n"
                                "approval NOUN NN 2 obj\n"
                                "of ADP IN 8 case\n"
                                "Sweden PROPN NNP 8 nmod:poss\n"
                                "'s PART POS 6 case\n"
                                "bid NOUN NN 4 nmod\n"
                                "to PART TO 10 mark\n"
                                "join VERB VB 4 acl\n"
                                "NATO PROPN NNP 10 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "8:acl");
}

// Of two "to" phrases after a moved object, the second hung on the first, the first is the
// object's and the second the verb's.
TEST(TreeRepairs, TheSecondOfTwoDestinationsIsTheVerbs) {
    std::vector<Token> w = tree("Pfizer PROPN NNP 2 nsubj\n"
                                "donate VERB VBD 0 root\n"
                                "the DET DT 4 det\n"
                                "rights NOUN NNS 2 obj\n"
                                "to ADP IN 7 case\n"
                                "a DET DT 7 det\n"
                                "drug NOUN NN 2 obl\n"
                                "to ADP IN 10 case\n"
                                "an DET DT 10 det\n"
                                "institute NOUN NN 7 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "4:nmod");
    EXPECT_EQ(arcs(w)[9], "2:obl");
}

// Title words before a name that hang outside the title, with the name under them, go on the
// title, and the name takes the place of the highest of them.
TEST(TreeRepairs, TitleWordsAboveTheNameGiveItTheirPlace) {
    std::vector<Token> w = tree("Nestle NOUN NN 2 nsubj\n"
                                "replaced VERB VBD 0 root\n"
                                "its PRON PRP$ 2 obj\n"
                                "chief ADJ JJ 3 amod\n"
                                "executive NOUN NN 6 amod\n"
                                "Mark PROPN NNP 4 conj\n"
                                "Schneider PROPN NNP 6 flat\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obj");
    EXPECT_EQ(arcs(w)[2], "5:nmod:poss");
    EXPECT_EQ(arcs(w)[3], "5:amod");
    EXPECT_EQ(arcs(w)[4], "6:amod");
}

// An opening noun phrase with its owner, made a bare oblique, is the subject, and the
// superlative the parse made the subject its apposition.
TEST(TreeRepairs, AnOpeningPhraseBeforeASuperlativesAppositionIsTheSubject) {
    std::vector<Token> w = tree("Norway PROPN NNP 5 nmod:poss\n"
                                "'s PART POS 1 case\n"
                                "sovereign ADJ JJ 5 amod\n"
                                "wealth NOUN NN 5 compound\n"
                                "fund NOUN NN 13 obl\n"
                                ", PUNCT , 5 punct\n"
                                "the DET DT 8 det\n"
                                "largest ADJ JJS 13 nsubj\n"
                                "in ADP IN 11 case\n"
                                "the DET DT 11 det\n"
                                "world NOUN NN 8 obl\n"
                                ", PUNCT , 8 punct\n"
                                "sold VERB VBD 0 root\n"
                                "stake NOUN NN 13 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "13:nsubj");
    EXPECT_EQ(arcs(w)[7], "5:appos");
}

// An infinitive after an agreement's phrase is the agreement's.
TEST(TreeRepairs, AnInfinitiveAfterAnAgreementIsItsOwn) {
    std::vector<Token> w = tree("Volkswagen PROPN NNP 2 nsubj\n"
                                "reached VERB VBD 0 root\n"
                                "an DET DT 4 det\n"
                                "agreement NOUN NN 2 obj\n"
                                "with ADP IN 7 case\n"
                                "the DET DT 7 det\n"
                                "union NOUN NN 4 nmod\n"
                                "to PART TO 9 mark\n"
                                "cut VERB VB 2 advcl\n"
                                "jobs NOUN NNS 9 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "4:acl");
    // (deals used to do something are its means: the infinitive stays the verb's purpose)
    std::vector<Token> used = tree("Google PROPN NNP 2 nsubj\n"
                                   "used VERB VBD 0 root\n"
                                   "deals NOUN NNS 2 obj\n"
                                   "to PART TO 5 mark\n"
                                   "stifle VERB VB 2 advcl\n"
                                   "competition NOUN NN 5 obj\n");
    repairTree(used, lemmas(), anyNoun);
    EXPECT_EQ(arcs(used)[4], "2:advcl");
}

// "guilty" after "pleaded", hung on the charge as its modifier, is the verb's complement and
// the charge its "to" phrase.
TEST(TreeRepairs, GuiltyAfterPleadedIsTheVerbsComplement) {
    std::vector<Token> w = tree("Zhao PROPN NNP 2 nsubj\n"
                                "pleaded VERB VBD 0 root\n"
                                "guilty ADJ JJ 6 amod\n"
                                "to ADP IN 5 case\n"
                                "money NOUN NN 6 compound\n"
                                "laundering NOUN NN 2 obj\n");
    w[1].lemma = "plead";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:xcomp");
    EXPECT_EQ(arcs(w)[3], "6:case");
    EXPECT_EQ(arcs(w)[5], "3:obl");
}

// A "which" clause after a name and its comma that says what a business does is the name's,
// though the parse hung it on the noun before; another clause stays there.
TEST(TreeRepairs, ABusinessClauseAfterANameIsTheNames) {
    const std::string words = "a DET DT 2 det\n"
                              "cyberattack NOUN NN 9 nsubj\n"
                              "on ADP IN 4 case\n"
                              "CDK PROPN NNP 2 nmod\n"
                              ", PUNCT , 7 punct\n"
                              "which PRON WDT 7 nsubj\n"
                              "%s VERB VBZ 2 acl:relcl\n"
                              ", PUNCT , 9 punct\n"
                              "forced VERB VBD 0 root\n";
    std::vector<Token> w = treeWith(words, "make");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "4:acl:relcl");
    std::vector<Token> other = treeWith(words, "alarm");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[6], "2:acl:relcl");
}

// A weekday hung on a measure inside the verb's phrase is the clause's day.
TEST(TreeRepairs, ADayOnAMeasureIsTheClauses) {
    std::vector<Token> w = tree("ECB PROPN NNP 2 nsubj\n"
                                "raised VERB VBD 0 root\n"
                                "rates NOUN NNS 2 obj\n"
                                "by ADP IN 6 case\n"
                                "a DET DT 6 det\n"
                                "quarter NOUN NN 2 obl\n"
                                "of ADP IN 10 case\n"
                                "a DET DT 10 det\n"
                                "percentage NOUN NN 10 compound\n"
                                "point NOUN NN 6 nmod\n"
                                "on ADP IN 12 case\n"
                                "Thursday PROPN NNP 10 nmod\n");
    w[1].lemma = "raise";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "2:obl");
}

// An "at" phrase on the object of a verb that aims or throws it is the verb's; on the object of
// another verb it stays.
TEST(TreeRepairs, WhatAThrownThingIsAimedAtIsTheVerbs) {
    const std::string words = "police NOUN NNS 2 nsubj\n"
                              "%s VERB VBD 0 root\n"
                              "gas NOUN NN 2 obj\n"
                              "at ADP IN 5 case\n"
                              "protesters NOUN NNS 3 nmod\n";
    std::vector<Token> w = treeWith(words, "fired");
    w[1].lemma = "fire";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "2:obl");
    std::vector<Token> other = treeWith(words, "bought");
    other[1].lemma = "buy";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[4], "3:nmod");
}

// Where a sum paid goes, hung on the phrase of what the sum is in, is the verb's.
TEST(TreeRepairs, WhereASumPaidGoesIsTheVerbs) {
    std::vector<Token> w = tree("Greenpeace PROPN NNP 3 nsubj\n"
                                "must AUX MD 3 aux\n"
                                "pay VERB VB 0 root\n"
                                "$ SYM $ 3 obj\n"
                                "660 NUM CD 6 compound\n"
                                "million NUM CD 4 nummod\n"
                                "in ADP IN 8 case\n"
                                "damages NOUN NNS 3 obl\n"
                                "to ADP IN 10 case\n"
                                "Transfer PROPN NNP 8 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "3:obl");
}

// What a verb of accusing says its object did, hung on the object, is the verb's clause; an
// "of" clause on another verb's object stays.
TEST(TreeRepairs, WhatTheAccusedDidIsTheAccusingVerbsClause) {
    const std::string words = "UN PROPN NNP 2 nsubj\n"
                              "%s VERB VBD 0 root\n"
                              "Rwanda PROPN NNP 2 obj\n"
                              "of SCONJ IN 5 mark\n"
                              "backing VERB VBG 3 acl\n"
                              "rebels NOUN NNS 5 obj\n";
    std::vector<Token> w = treeWith(words, "accused");
    w[1].lemma = "accuse";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "2:advcl");
    std::vector<Token> other = treeWith(words, "praised");
    other[1].lemma = "praise";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[4], "3:acl");
}

// A "that" clause right after a name inside a phrase of a common noun is that noun's; after a
// common noun it stays.
TEST(TreeRepairs, ARestrictiveRelativeAfterANameIsTheNounsBefore) {
    const std::string words = "Chile PROPN NNP 2 nsubj\n"
                              "signed VERB VBD 0 root\n"
                              "a DET DT 4 det\n"
                              "deal NOUN NN 2 obj\n"
                              "with ADP IN 7 case\n"
                              "lithium NOUN NN 7 compound\n"
                              "producer NOUN NN 4 nmod\n"
                              "%s 7 appos\n"
                              "that PRON WDT 10 nsubj\n"
                              "gives VERB VBZ 7 acl:relcl\n"
                              "control NOUN NN 10 obj\n";
    std::vector<Token> w = treeWith(words, "SQM PROPN NNP");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "4:acl:relcl");
    std::vector<Token> other = treeWith(words, "miner NOUN NN");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[9], "7:acl:relcl");
}

// A "that" clause right after a saying verb with no complement, hung on the verb before, is
// what the saying verb says; after a verb with an object of its own it stays.
TEST(TreeRepairs, AThatClauseAfterASayingVerbIsWhatItSays) {
    const std::string words = "Arm PROPN NNP 2 nsubj\n"
                              "sued VERB VBD 0 root\n"
                              "Qualcomm PROPN NNP 2 obj\n"
                              ", PUNCT , 5 punct\n"
                              "alleging VERB VBG 2 advcl\n"
                              "%s"
                              "that SCONJ IN 9 mark\n"
                              "the DET DT 8 det\n"
                              "firm NOUN NN 9 nsubj\n"
                              "breached VERB VBD 2 ccomp\n"
                              "rules NOUN NNS 9 obj\n";
    std::vector<Token> w = treeWith(words, "");
    w[4].lemma = "allege";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "5:ccomp");
    std::vector<Token> other = treeWith(words, "fraud NOUN NN 5 obj\n");
    other[4].lemma = "allege";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[9], "2:ccomp");
}

// A noun after "despite" right before a gerund that has no subject is the gerund's subject,
// and "despite" its marker, whether both hung on the verb or on its object.
TEST(TreeRepairs, TheNounBeforeAGerundAfterDespiteIsItsSubject) {
    std::vector<Token> w = tree("shares NOUN NNS 2 nsubj\n"
                                "fell VERB VBD 0 root\n"
                                "despite ADP IN 5 case\n"
                                "the DET DT 5 det\n"
                                "government NOUN NN 2 obl\n"
                                "selling VERB VBG 2 advcl\n"
                                "stakes NOUN NNS 6 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "6:nsubj");
    EXPECT_EQ(arcs(w)[2], "6:mark");
    EXPECT_EQ(arcs(w)[5], "2:advcl");
    std::vector<Token> on = tree("Nvidia PROPN NNP 2 nsubj\n"
                                 "sold VERB VBD 0 root\n"
                                 "chips NOUN NNS 2 obj\n"
                                 "despite ADP IN 5 case\n"
                                 "Washington PROPN NNP 3 nmod\n"
                                 "tightening VERB VBG 3 acl\n"
                                 "rules NOUN NNS 6 obj\n");
    repairTree(on, lemmas(), anyNoun);
    EXPECT_EQ(arcs(on)[4], "6:nsubj");
    EXPECT_EQ(arcs(on)[5], "2:advcl");
}

// A span of time before "after", made a second subject of the clause "after" opens, is how
// long after; the clause then modifies the verb before it.
TEST(TreeRepairs, ASpanOfTimeBeforeAfterIsNoSubject) {
    std::vector<Token> w = tree("Iran PROPN NNP 2 nsubj\n"
                                "seized VERB VBD 0 root\n"
                                "a DET DT 4 det\n"
                                "tanker NOUN NN 2 obj\n"
                                ", PUNCT , 9 punct\n"
                                "days NOUN NNS 9 nsubj\n"
                                "after SCONJ IN 9 mark\n"
                                "Washington PROPN NNP 9 nsubj\n"
                                "confiscated VERB VBD 2 parataxis\n"
                                "oil NOUN NN 9 obj\n");
    w[5].lemma = "day";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "9:obl:unmarked");
    EXPECT_EQ(arcs(w)[8], "2:advcl");
    EXPECT_EQ(arcs(w)[7], "9:nsubj");
}

// The sentence's past read as a participle on its subject, with a subordinate clause's verb
// made the root, is the root, and the other verb its clause.
TEST(TreeRepairs, APastReadAsAParticipleBeforeASubordinateClauseIsTheRoot) {
    std::vector<Token> w = tree("regulators NOUN NNS 10 nsubj\n"
                                "forced VERB VBN 1 acl\n"
                                "UBS PROPN NNP 2 obj\n"
                                "to PART TO 5 mark\n"
                                "hold VERB VB 2 xcomp\n"
                                "capital NOUN NN 5 obj\n"
                                "after ADP IN 9 case\n"
                                "the DET DT 9 det\n"
                                "bank NOUN NN 6 nmod\n"
                                "took VERB VBD 0 root\n"
                                "Suisse PROPN NNP 10 obj\n"
                                ". PUNCT . 10 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[1], "0:root");
    EXPECT_EQ(arcs(w)[0], "2:nsubj");
    EXPECT_EQ(arcs(w)[9], "2:advcl");
    EXPECT_EQ(arcs(w)[8], "10:nsubj");
    EXPECT_EQ(arcs(w)[6], "10:mark");
    EXPECT_EQ(arcs(w)[11], "2:punct");
}

// What a verb of calling says its object is, hung on the object with no preposition, is the
// verb's complement; after another verb it stays.
TEST(TreeRepairs, WhatACallSaysItsObjectIsIsItsComplement) {
    const std::string words = "critics NOUN NNS 2 nsubj\n"
                              "%s VERB VBD 0 root\n"
                              "the DET DT 4 det\n"
                              "move NOUN NN 2 obj\n"
                              "a DET DT 7 det\n"
                              "power NOUN NN 7 compound\n"
                              "grab NOUN NN 4 nmod\n";
    std::vector<Token> w = treeWith(words, "called");
    w[1].lemma = "call";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:xcomp");
    std::vector<Token> other = treeWith(words, "saw");
    other[1].lemma = "see";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[6], "4:nmod");
}

// A name made an object of its own right before the second object's possessor is the
// possessor's first word.
TEST(TreeRepairs, ANameSplitFromItsPossessorJoinsIt) {
    std::vector<Token> w = tree("Netflix PROPN NNP 2 nsubj\n"
                                "acquired VERB VBD 0 root\n"
                                "Warner PROPN NNP 2 obj\n"
                                "Bros. PROPN NNP 5 compound\n"
                                "Discovery PROPN NNP 7 nmod:poss\n"
                                "'s PART POS 5 case\n"
                                "studios NOUN NNS 2 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "5:compound");
    EXPECT_EQ(arcs(w)[6], "2:obj");
}

// Two nouns made conjuncts of the noun before, the conjunction before the first: the first
// modifies the second.
TEST(TreeRepairs, ACompoundSplitIntoTwoConjunctsIsOne) {
    std::vector<Token> w = tree("bought VERB VBD 0 root\n"
                                "studios NOUN NNS 1 obj\n"
                                "and CCONJ CC 4 cc\n"
                                "streaming NOUN NN 2 conj\n"
                                "business NOUN NN 2 conj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "5:compound");
    EXPECT_EQ(arcs(w)[2], "5:cc");
    EXPECT_EQ(arcs(w)[4], "2:conj");
}

// How much an amount changed by is no passive's agent; a passive's "by" phrase stays one.
TEST(TreeRepairs, HowMuchAnAmountChangedByIsNoAgent) {
    std::vector<Token> w = tree("Its PRON PRP$ 2 nmod:poss\n"
                                "profit NOUN NN 3 nsubj\n"
                                "fell VERB VBD 0 root\n"
                                "by ADP IN 6 case\n"
                                "a DET DT 6 det\n"
                                "third NOUN NN 3 obl:agent\n");
    w[2].lemma = "fall";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "3:obl");
    std::vector<Token> passive = tree("charges NOUN NNS 3 nsubj:pass\n"
                                      "were AUX VBD 3 aux:pass\n"
                                      "dropped VERB VBN 0 root\n"
                                      "by ADP IN 5 case\n"
                                      "prosecutors NOUN NNS 3 obl:agent\n");
    passive[2].lemma = "drop";
    repairTree(passive, lemmas(), anyNoun);
    EXPECT_EQ(arcs(passive)[4], "3:obl:agent");
}

// A verb of change parsed as a participle on the root noun is the main verb, the noun its
// subject; a verb of another kind stays.
TEST(TreeRepairs, AChangeParsedAsTheRootsParticipleIsTheMainVerb) {
    const std::string words = "Its PRON PRP$ 2 nmod:poss\n"
                              "shares NOUN NNS 0 root\n"
                              "%s VERB VBN 2 acl\n"
                              "by ADP IN 6 case\n"
                              "a DET DT 6 det\n"
                              "quarter NOUN NN 3 obl:agent\n"
                              ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(words, "dropped");
    w[2].lemma = "drop";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "0:root");
    EXPECT_EQ(arcs(w)[1], "3:nsubj");
    EXPECT_EQ(arcs(w)[5], "3:obl");
    EXPECT_EQ(arcs(w)[6], "3:punct");
    EXPECT_EQ(w[2].xpos, "VBD");
    std::vector<Token> other = treeWith(words, "bought");
    other[2].lemma = "buy";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[1], "0:root");
}

// Where an amount changed, hung on the amount, is the verb's.
TEST(TreeRepairs, WhereAnAmountChangedIsTheVerbs) {
    std::vector<Token> w = tree("shares NOUN NNS 2 nsubj\n"
                                "fell VERB VBD 0 root\n"
                                "1.5 NUM CD 4 nummod\n"
                                "% SYM NN 2 obj\n"
                                "in ADP IN 6 case\n"
                                "Seoul PROPN NNP 4 nmod\n");
    w[1].lemma = "fall";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obl");
}

// What a verb of blaming gives as its reason is the verb's; a demand's "for" stays its own.
TEST(TreeRepairs, TheReasonForBlameIsTheVerbs) {
    const std::string words = "CrowdStrike PROPN NNP 2 nsubj\n"
                              "blamed VERB VBD 0 root\n"
                              "a DET DT 5 det\n"
                              "faulty ADJ JJ 5 amod\n"
                              "%s NOUN NN 2 obj\n"
                              "for ADP IN 8 case\n"
                              "the DET DT 8 det\n"
                              "outage NOUN NN 5 nmod\n";
    std::vector<Token> w = treeWith(words, "update");
    w[1].lemma = "blame";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:obl");
    std::vector<Token> demand = treeWith(words, "demand");
    demand[1].lemma = "blame";
    repairTree(demand, lemmas(), anyNoun);
    EXPECT_EQ(arcs(demand)[7], "5:nmod");
}

// A clause after ", and" taken for a noun joined to the object, its verb a participle with an
// object, is the main verb's conjunct with the noun its subject; a passive participle stays.
TEST(TreeRepairs, AClauseTakenForAJoinedNounIsAClause) {
    const std::string words = "Maduro PROPN NNP 2 nsubj\n"
                              "accused VERB VBD 0 root\n"
                              "the DET DT 4 det\n"
                              "opposition NOUN NN 2 obj\n"
                              ", PUNCT , 8 punct\n"
                              "and CCONJ CC 8 cc\n"
                              "security NOUN NN 8 compound\n"
                              "forces NOUN NNS 4 conj\n"
                              "detained VERB VBN 8 acl\n"
                              "%s\n";
    std::vector<Token> w = treeWith(words, "hundreds NOUN NNS 9 obj");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "2:conj");
    EXPECT_EQ(arcs(w)[7], "9:nsubj");
    EXPECT_EQ(arcs(w)[5], "9:cc");
    EXPECT_EQ(arcs(w)[4], "9:punct");
    std::vector<Token> passive = treeWith(words, "in ADP IN 11 case\nCaracas PROPN NNP 9 obl");
    repairTree(passive, lemmas(), anyNoun);
    EXPECT_EQ(arcs(passive)[8], "8:acl");
}

// A description between commas after the object, taken for the verb's complement, is the
// object's apposition, and the infinitive after it what the object is asked to do.
TEST(TreeRepairs, ADescriptionAfterTheObjectIsItsApposition) {
    std::vector<Token> w = tree("Students NOUN NNS 2 nsubj\n"
                                "asked VERB VBD 0 root\n"
                                "Yunus PROPN NNP 2 iobj\n"
                                ", PUNCT , 7 punct\n"
                                "the DET DT 7 det\n"
                                "Nobel PROPN NNP 7 compound\n"
                                "laureate NOUN NN 2 ccomp\n"
                                ", PUNCT , 10 punct\n"
                                "to PART TO 10 mark\n"
                                "head VERB VB 7 acl\n"
                                "it PRON PRP 10 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:obj");
    EXPECT_EQ(arcs(w)[6], "3:appos");
    EXPECT_EQ(arcs(w)[9], "2:xcomp");
}

// The infinitive after an object or its apposition is what a verb of asking asks it to do;
// after another verb it stays a purpose.
TEST(TreeRepairs, AnInfinitiveAfterTheObjectOfAskingIsWhatItIsAsked) {
    const std::string words = "Biden PROPN NNP 2 nsubj\n"
                              "%s VERB VBD 0 root\n"
                              "Netanyahu PROPN NNP 2 obj\n"
                              ", PUNCT , 6 punct\n"
                              "the DET DT 6 det\n"
                              "premier NOUN NN 3 appos\n"
                              ", PUNCT , 9 punct\n"
                              "to PART TO 9 mark\n"
                              "accept VERB VB 2 advcl\n"
                              "it PRON PRP 9 obj\n";
    std::vector<Token> w = treeWith(words, "urged");
    w[1].lemma = "urge";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "2:xcomp");
    std::vector<Token> other = treeWith(words, "met");
    other[1].lemma = "meet";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[8], "2:advcl");
    // (right after the object too)
    std::vector<Token> next = tree("judge NOUN NN 2 nsubj\n"
                                   "ordered VERB VBD 0 root\n"
                                   "the DET DT 4 det\n"
                                   "company NOUN NN 2 obj\n"
                                   "to PART TO 6 mark\n"
                                   "open VERB VB 2 advcl\n");
    next[1].lemma = "order";
    repairTree(next, lemmas(), anyNoun);
    EXPECT_EQ(arcs(next)[5], "2:xcomp");
}

// A participle after the comma closing the root noun's apposition is the main verb.
TEST(TreeRepairs, AVerbAfterTheSubjectsAppositionIsTheMainVerb) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "prime ADJ JJ 3 amod\n"
                                "minister NOUN NN 0 root\n"
                                ", PUNCT , 5 punct\n"
                                "Hasina PROPN NNP 3 appos\n"
                                ", PUNCT , 7 punct\n"
                                "resigned VERB VBN 3 appos\n"
                                "and CCONJ CC 9 cc\n"
                                "fled VERB VBN 7 conj\n"
                                "to ADP IN 11 case\n"
                                "India PROPN NNP 9 obl\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "0:root");
    EXPECT_EQ(arcs(w)[2], "7:nsubj");
    EXPECT_EQ(arcs(w)[5], "5:punct");
    EXPECT_EQ(arcs(w)[11], "7:punct");
    EXPECT_EQ(w[6].xpos, "VBD");
}

// The span of time a sum is counted over is the verb's; what the sum is in stays the sum's.
TEST(TreeRepairs, TheTimeOfASumIsTheVerbs) {
    const std::string words = "Boeing PROPN NNP 2 nsubj\n"
                              "lost VERB VBD 0 root\n"
                              "$ SYM $ 2 obj\n"
                              "6 NUM CD 3 nummod\n"
                              "in ADP IN 7 case\n"
                              "the DET DT 7 det\n"
                              "%s NOUN NN 3 nmod\n";
    std::vector<Token> w = treeWith(words, "quarter");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:obl");
    std::vector<Token> cash = treeWith(words, "cash");
    repairTree(cash, lemmas(), anyNoun);
    EXPECT_EQ(arcs(cash)[6], "3:nmod");
}

// The last word of a name taken for a copula joins the name.
TEST(TreeRepairs, ANameTakenForACopulaJoinsTheName) {
    std::vector<Token> w = tree("kill VERB VB 0 root\n"
                                "Lula PROPN NNP 1 obj\n"
                                "da PROPN NNP 4 compound\n"
                                "Silva PROPN NNP 6 cop\n"
                                "in ADP IN 6 case\n"
                                "2022 NUM CD 1 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "2:flat");
    EXPECT_EQ(arcs(w)[2], "2:flat");
    EXPECT_EQ(arcs(w)[5], "1:obl");
}

// A phrase after the comma closing an object's apposition is the verb's.
TEST(TreeRepairs, APhraseAfterAnAppositionsCommaIsTheVerbs) {
    std::vector<Token> w = tree("Nestle PROPN NNP 2 nsubj\n"
                                "replaced VERB VBD 0 root\n"
                                "its PRON PRP$ 4 nmod:poss\n"
                                "chief NOUN NN 2 obj\n"
                                ", PUNCT , 6 punct\n"
                                "Schneider PROPN NNP 4 appos\n"
                                ", PUNCT , 9 punct\n"
                                "with ADP IN 9 case\n"
                                "Freixe PROPN NNP 6 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "2:obl");
    EXPECT_EQ(arcs(w)[6], "6:punct");
    // (made a second apposition of the object)
    std::vector<Token> second = tree("Nestle PROPN NNP 2 nsubj\n"
                                     "replaced VERB VBD 0 root\n"
                                     "its PRON PRP$ 4 nmod:poss\n"
                                     "chief NOUN NN 2 obj\n"
                                     ", PUNCT , 6 punct\n"
                                     "Schneider PROPN NNP 4 appos\n"
                                     ", PUNCT , 9 punct\n"
                                     "with ADP IN 9 case\n"
                                     "Freixe PROPN NNP 4 appos\n");
    repairTree(second, lemmas(), anyNoun);
    EXPECT_EQ(arcs(second)[8], "2:obl");
    // (not a preposition of several words: "fluid ounces, 20, as opposed to the 16")
    std::vector<Token> several = tree("mean VERB VBP 0 root\n"
                                      "ounces NOUN NNS 1 obj\n"
                                      ", PUNCT , 4 punct\n"
                                      "20 NUM CD 2 appos\n"
                                      ", PUNCT , 9 punct\n"
                                      "as ADP IN 9 case\n"
                                      "opposed VERB VBN 6 fixed\n"
                                      "to ADP IN 6 fixed\n"
                                      "16 NUM CD 4 nmod\n");
    repairTree(several, lemmas(), anyNoun);
    EXPECT_EQ(arcs(several)[8], "4:nmod");
}

// A sum before "more", parsed as its modifier, is the object.
TEST(TreeRepairs, ASumBeforeMoreIsTheObject) {
    std::vector<Token> w = tree("Amazon PROPN NNP 2 nsubj\n"
                                "invest VERB VB 0 root\n"
                                "$ SYM $ 5 obl:unmarked\n"
                                "4 NUM CD 3 nummod\n"
                                "more ADJ JJR 2 obj\n"
                                "in ADP IN 7 case\n"
                                "Anthropic PROPN NNP 5 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:obj");
    EXPECT_EQ(arcs(w)[4], "3:advmod");
    EXPECT_EQ(arcs(w)[6], "2:obl");
}

// A clause after "after" taken for the preposition's phrase, its verb hung on the main verb
// without a subject, is an adverbial clause with the noun its subject (the shipped parser's
// tree for "Greenpeace was ordered to pay damages to Energy Transfer, after a jury in North
// Dakota found it liable.").
TEST(TreeRepairs, AClauseAfterAfterIsAClause) {
    std::vector<Token> w = tree("Greenpeace PROPN NNP 3 nsubj:pass\n"
                                "was AUX VBD 3 aux:pass\n"
                                "ordered VERB VBN 0 root\n"
                                "to PART TO 5 mark\n"
                                "pay VERB VB 3 xcomp\n"
                                "damages NOUN NNS 5 obj\n"
                                "to ADP IN 9 case\n"
                                "Energy PROPN NNP 9 compound\n"
                                "Transfer PROPN NNP 5 obl\n"
                                ", PUNCT , 13 punct\n"
                                "after ADP IN 13 case\n"
                                "a DET DT 13 det\n"
                                "jury NOUN NN 5 obl\n"
                                "in ADP IN 16 case\n"
                                "North PROPN NNP 16 compound\n"
                                "Dakota PROPN NNP 13 nmod\n"
                                "found VERB VBD 3 advcl\n"
                                "it PRON PRP 17 obj\n"
                                "liable ADJ JJ 17 xcomp\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[16], "5:advcl");
    EXPECT_EQ(arcs(w)[12], "17:nsubj");
    EXPECT_EQ(arcs(w)[10], "17:mark");
    EXPECT_EQ(arcs(w)[9], "17:punct");
    // (the phrase hung inside an apposition made the verb's subject)
    std::vector<Token> appos = tree("Greenpeace PROPN NNP 2 nsubj\n"
                                    "paid VERB VBD 0 root\n"
                                    "to ADP IN 4 case\n"
                                    "Transfer PROPN NNP 2 obl\n"
                                    ", PUNCT , 7 punct\n"
                                    "the DET DT 7 det\n"
                                    "company NOUN NN 12 nsubj\n"
                                    ", PUNCT , 11 punct\n"
                                    "after ADP IN 11 case\n"
                                    "a DET DT 11 det\n"
                                    "jury NOUN NN 7 nmod\n"
                                    "found VERB VBD 2 conj\n"
                                    "it PRON PRP 12 obj\n");
    repairTree(appos, lemmas(), anyNoun);
    EXPECT_EQ(arcs(appos)[11], "2:advcl");
    EXPECT_EQ(arcs(appos)[10], "12:nsubj");
    EXPECT_EQ(arcs(appos)[6], "4:appos");
    // (with a conjunction the verb is the main verb's conjunct)
    std::vector<Token> joined = tree("Greenpeace PROPN NNP 2 nsubj\n"
                                     "paid VERB VBD 0 root\n"
                                     "after ADP IN 5 case\n"
                                     "a DET DT 5 det\n"
                                     "verdict NOUN NN 2 obl\n"
                                     "and CCONJ CC 7 cc\n"
                                     "appealed VERB VBD 2 conj\n");
    repairTree(joined, lemmas(), anyNoun);
    EXPECT_EQ(arcs(joined)[6], "2:conj");
}

// A "whose" clause after a name's comma is the name's.
TEST(TreeRepairs, AWhoseClauseAfterANamesCommaIsTheNames) {
    std::vector<Token> w = tree("lead VERB VB 0 root\n"
                                "Bob PROPN NNP 1 obj\n"
                                "Iger PROPN NNP 2 flat\n"
                                ", PUNCT , 7 punct\n"
                                "whose PRON WP$ 6 nmod:poss\n"
                                "contract NOUN NN 7 nsubj\n"
                                "ends VERB VBZ 1 parataxis\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:acl:relcl");
}

// A name cut at its particle is one name; a lower-case word after a name that no capital
// follows is left alone.
TEST(TreeRepairs, ANameCutAtItsParticleIsOne) {
    std::vector<Token> w = tree("poisoning VERB VBG 0 root\n"
                                "Lula PROPN NNP 1 obj\n"
                                "da NOUN NN 4 compound\n"
                                "Silva PROPN NNP 1 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "2:flat");
    EXPECT_EQ(arcs(w)[3], "2:flat");
    EXPECT_EQ(w[2].upos, "PROPN");
    std::vector<Token> other = tree("met VERB VBD 0 root\n"
                                    "Lula PROPN NNP 1 obj\n"
                                    "de ADP IN 4 case\n"
                                    "novo NOUN NN 1 obl\n");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[3], "1:obl");
}

// A relative clause opened by a preposition and "which" after a noun's comma is the noun's.
TEST(TreeRepairs, AClauseAfterInWhichIsTheNouns) {
    std::vector<Token> w = tree("Mitsubishi PROPN NNP 2 compound\n"
                                "Motors PROPN NNPS 10 nsubj\n"
                                ", PUNCT , 7 punct\n"
                                "in ADP IN 5 case\n"
                                "which PRON WDT 7 obl\n"
                                "Nissan PROPN NNP 7 nsubj\n"
                                "holds VERB VBZ 10 advcl\n"
                                "stakes NOUN NNS 7 obj\n"
                                "may AUX MD 10 aux\n"
                                "join VERB VB 0 root\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:acl:relcl");
    // (one already on another noun stays: "filed an opinion concurring in part, in which
    // SOUTER ... joined")
    std::vector<Token> other = tree("filed VERB VBD 0 root\n"
                                    "opinion NOUN NN 1 obj\n"
                                    "concurring VERB VBG 2 acl\n"
                                    "in ADP IN 5 case\n"
                                    "part NOUN NN 3 obl\n"
                                    ", PUNCT , 10 punct\n"
                                    "in ADP IN 8 case\n"
                                    "which PRON WDT 10 obl\n"
                                    "Souter PROPN NNP 10 nsubj\n"
                                    "joined VERB VBD 2 acl:relcl\n");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[9], "2:acl:relcl");
}

// A verb after the agent of a participle in an "after" phrase heads the clause, with the noun
// the participle is on its subject.
TEST(TreeRepairs, AVerbAfterAParticiplesAgentHeadsTheClause) {
    std::vector<Token> w = tree("strike NOUN NN 2 nsubj\n"
                                "came VERB VBD 0 root\n"
                                "after ADP IN 4 case\n"
                                "pagers NOUN NNS 2 obl\n"
                                "used VERB VBN 4 acl\n"
                                "by ADP IN 7 case\n"
                                "members NOUN NNS 5 obl:agent\n"
                                "exploded VERB VBN 7 acl\n"
                                "across ADP IN 10 case\n"
                                "Lebanon PROPN NNP 8 obl\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:advcl");
    EXPECT_EQ(arcs(w)[3], "8:nsubj");
    EXPECT_EQ(arcs(w)[2], "8:mark");
    EXPECT_EQ(arcs(w)[4], "4:acl");
}

// A participle between commas after the subject, taken for the main verb, modifies the
// subject; the verb after the second comma is the main verb.
TEST(TreeRepairs, AParticipleBetweenCommasModifiesTheSubject) {
    std::vector<Token> w = tree("Wiz PROPN NNP 3 nsubj\n"
                                ", PUNCT , 1 punct\n"
                                "founded VERB VBD 0 root\n"
                                "by ADP IN 5 case\n"
                                "engineers NOUN NNS 3 obl\n"
                                ", PUNCT , 7 punct\n"
                                "sells VERB VBZ 3 parataxis\n"
                                "software NOUN NN 7 obj\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "0:root");
    EXPECT_EQ(arcs(w)[0], "7:nsubj");
    EXPECT_EQ(arcs(w)[2], "1:acl");
    EXPECT_EQ(arcs(w)[4], "3:obl:agent");
    EXPECT_EQ(arcs(w)[8], "7:punct");
}

// A second object after a verb of giving, hung on the first as an apposition or a conjunct with
// no comma or "and" before it, is the verb's object, the first its receiver.
TEST(TreeRepairs, ASecondObjectWithNoCommaIsTheVerbs) {
    std::vector<Token> w = tree("Moraes PROPN NNP 2 nsubj\n"
                                "gave VERB VBD 0 root\n"
                                "internet NOUN NN 4 compound\n"
                                "providers NOUN NNS 2 obj\n"
                                "five NUM CD 6 nummod\n"
                                "days NOUN NNS 4 conj\n"
                                "to PART TO 8 mark\n"
                                "block VERB VB 6 acl\n"
                                "the DET DT 10 det\n"
                                "platform NOUN NN 8 obj\n"
                                ". PUNCT . 2 punct\n");
    w[1].lemma = "give";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "2:iobj");
    EXPECT_EQ(arcs(w)[5], "2:obj");
    std::vector<Token> appos = tree("The DET DT 2 det\n"
                                    "deal NOUN NN 3 nsubj\n"
                                    "gives VERB VBZ 0 root\n"
                                    "Novo PROPN NNP 3 obj\n"
                                    "Nordisk PROPN NNP 4 flat\n"
                                    "the DET DT 7 det\n"
                                    "factories NOUN NNS 4 appos\n"
                                    ". PUNCT . 3 punct\n");
    appos[2].lemma = "give";
    repairTree(appos, lemmas(), anyNoun);
    EXPECT_EQ(arcs(appos)[3], "3:iobj");
    EXPECT_EQ(arcs(appos)[6], "3:obj");
    // (not a list's member after a comma, nor a joined noun after "and")
    std::vector<Token> listed = tree("gave VERB VBD 0 root\n"
                                     "Nvidia PROPN NNP 1 obj\n"
                                     ", PUNCT , 5 punct\n"
                                     "the DET DT 5 det\n"
                                     "chipmaker NOUN NN 2 appos\n");
    listed[0].lemma = "give";
    repairTree(listed, lemmas(), anyNoun);
    EXPECT_EQ(arcs(listed)[1], "1:obj");
    EXPECT_EQ(arcs(listed)[4], "2:appos");
    std::vector<Token> joined = tree("gave VERB VBD 0 root\n"
                                     "money NOUN NN 1 obj\n"
                                     "and CCONJ CC 4 cc\n"
                                     "time NOUN NN 2 conj\n");
    joined[0].lemma = "give";
    repairTree(joined, lemmas(), anyNoun);
    EXPECT_EQ(arcs(joined)[3], "2:conj");
}

// A name after a verb of giving, made a compound of a noun with a number between them, is the
// verb's receiver: no compound comes before a number.
TEST(TreeRepairs, ANameBeforeACountIsTheReceiver) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "deal NOUN NN 3 nsubj\n"
                                "gives VERB VBZ 0 root\n"
                                "Novo PROPN NNP 6 compound\n"
                                "three NUM CD 6 nummod\n"
                                "factories NOUN NNS 3 obj\n"
                                "to PART TO 8 mark\n"
                                "expand VERB VB 3 advcl\n"
                                "production NOUN NN 8 obj\n"
                                ". PUNCT . 3 punct\n");
    w[2].lemma = "give";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "3:iobj");
    EXPECT_EQ(arcs(w)[5], "3:obj");
    // (a plural with no number stays a compound's: "gives Boeing jets")
    std::vector<Token> plain = tree("gives VERB VBZ 0 root\n"
                                    "Boeing PROPN NNP 3 compound\n"
                                    "jets NOUN NNS 1 obj\n");
    plain[0].lemma = "give";
    repairTree(plain, lemmas(), anyNoun);
    EXPECT_EQ(arcs(plain)[1], "3:compound");
}

// A participle at the end of an apposition whose noun the parse made a second subject modifies
// that noun; the verb after the apposition's comma, with its auxiliary, is the main verb.
TEST(TreeRepairs, AParticipleEndingAnAppositionIsTheNouns) {
    std::vector<Token> w = tree("Shein PROPN NNP 7 nsubj\n"
                                ", PUNCT , 1 punct\n"
                                "the DET DT 6 det\n"
                                "fast ADJ JJ 6 amod\n"
                                "fashion NOUN NN 6 compound\n"
                                "retailer NOUN NN 7 nsubj\n"
                                "founded VERB VBD 0 root\n"
                                "in ADP IN 9 case\n"
                                "China PROPN NNP 7 obl\n"
                                ", PUNCT , 7 punct\n"
                                "has AUX VBZ 12 aux\n"
                                "filed VERB VBN 7 conj\n"
                                "for ADP IN 15 case\n"
                                "a DET DT 15 det\n"
                                "listing NOUN NN 12 obl\n"
                                "in ADP IN 17 case\n"
                                "London PROPN NNP 15 nmod\n"
                                ". PUNCT . 7 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "0:root");
    EXPECT_EQ(arcs(w)[0], "12:nsubj");
    EXPECT_EQ(arcs(w)[5], "1:appos");
    EXPECT_EQ(arcs(w)[6], "6:acl");
    EXPECT_EQ(arcs(w)[1], "6:punct");
    EXPECT_EQ(arcs(w)[9], "6:punct");
    EXPECT_EQ(arcs(w)[17], "12:punct");
}

// A past tense right after a clause's subject, read as an adjective of the object after it,
// is the clause's verb: a noun takes no subject without "be".
TEST(TreeRepairs, APastTenseBeforeItsObjectIsTheVerb) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "FTC NOUN NN 3 nsubj\n"
                                "sued VERB VBD 0 root\n"
                                "Amazon PROPN NNP 3 obj\n"
                                ", PUNCT , 6 punct\n"
                                "alleging VERB VBG 3 advcl\n"
                                "that SCONJ IN 12 mark\n"
                                "the DET DT 9 det\n"
                                "retailer NOUN NN 12 nsubj\n"
                                "used VERB VBN 12 amod\n"
                                "illegal ADJ JJ 12 amod\n"
                                "tactics NOUN NNS 6 ccomp\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "6:ccomp");
    EXPECT_EQ(w[9].lemma, "use");
    EXPECT_EQ(w[9].xpos, "VBD");
    EXPECT_EQ(arcs(w)[8], "10:nsubj");
    EXPECT_EQ(arcs(w)[6], "10:mark");
    EXPECT_EQ(arcs(w)[11], "10:obj");
    EXPECT_EQ(arcs(w)[10], "12:amod");
    // (not with "be": "the retailer is a used car dealer")
    std::vector<Token> copula = tree("retailer NOUN NN 5 nsubj\n"
                                     "is AUX VBZ 5 cop\n"
                                     "used VERB VBN 5 amod\n"
                                     "car NOUN NN 5 compound\n"
                                     "dealer NOUN NN 0 root\n");
    repairTree(copula, lemmas(), anyNoun);
    EXPECT_EQ(arcs(copula)[2], "5:amod");
}

// A name's "to" phrase on the object of a verb that moves things is where the verb moves it.
TEST(TreeRepairs, ANamesToPhraseOnTheObjectIsTheDestination) {
    std::vector<Token> w = tree("Ortberg PROPN NNP 2 nsubj\n"
                                "moved VERB VBD 0 root\n"
                                "his PRON PRP$ 4 nmod:poss\n"
                                "office NOUN NN 2 obj\n"
                                "to ADP IN 6 case\n"
                                "Seattle PROPN NNP 4 nmod\n"
                                "to PART TO 9 mark\n"
                                "be AUX VB 9 cop\n"
                                "closer ADJ JJR 2 xcomp\n"
                                "to ADP IN 12 case\n"
                                "the DET DT 12 det\n"
                                "factories NOUN NNS 9 obl\n"
                                ". PUNCT . 2 punct\n");
    w[1].lemma = "move";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obl");
    // (not the phrase a noun takes: "granted access to Huawei")
    std::vector<Token> access = tree("granted VERB VBD 0 root\n"
                                     "access NOUN NN 1 obj\n"
                                     "to ADP IN 4 case\n"
                                     "Huawei PROPN NNP 2 nmod\n");
    access[0].lemma = "grant";
    repairTree(access, lemmas(), anyNoun);
    EXPECT_EQ(arcs(access)[3], "2:nmod");
}

// A phrase opened by "according to" after a comma, whose words the parse made compounds of the
// noun of the phrase before it, is a phrase of its own on the clause's verb.
TEST(TreeRepairs, ASourceAfterACommaIsNoCompound) {
    std::vector<Token> w = tree("Moscow PROPN NNP 2 nsubj\n"
                                "responded VERB VBD 0 root\n"
                                "by SCONJ IN 4 mark\n"
                                "sending VERB VBG 2 advcl\n"
                                "thousands NOUN NNS 4 obj\n"
                                "of ADP IN 7 case\n"
                                "troops NOUN NNS 5 nmod\n"
                                ", PUNCT , 10 punct\n"
                                "including VERB VBG 10 case\n"
                                "soldiers NOUN NNS 4 obl\n"
                                "from ADP IN 21 case\n"
                                "North PROPN NNP 13 compound\n"
                                "Korea PROPN NNP 21 compound\n"
                                ", PUNCT , 17 punct\n"
                                "according VERB VBG 17 case\n"
                                "to ADP IN 15 fixed\n"
                                "Ukrainian PROPN NNP 21 compound\n"
                                "and CCONJ CC 20 cc\n"
                                "South PROPN NNP 20 compound\n"
                                "Korean PROPN NNP 17 conj\n"
                                "intelligence NOUN NN 10 nmod\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[12], "10:nmod");
    EXPECT_EQ(arcs(w)[10], "13:case");
    EXPECT_EQ(arcs(w)[11], "13:compound");
    EXPECT_EQ(arcs(w)[20], "4:obl");
    EXPECT_EQ(arcs(w)[14], "21:case");
    EXPECT_EQ(arcs(w)[13], "21:punct");
    EXPECT_EQ(arcs(w)[16], "21:compound");
}

// A verb joined by ", and" to a relative clause between commas, with the main verb's auxiliary
// and no subject, is joined to the main verb.
TEST(TreeRepairs, AVerbWithTheMainVerbsAuxiliaryIsJoinedToIt) {
    std::vector<Token> w = tree("Niccol PROPN NNP 4 nsubj\n"
                                "will AUX MD 4 aux\n"
                                "not PART RB 4 advmod\n"
                                "move VERB VB 0 root\n"
                                "to ADP IN 6 case\n"
                                "Seattle PROPN NNP 4 obl\n"
                                ", PUNCT , 11 punct\n"
                                "where ADV WRB 11 advmod\n"
                                "Starbucks PROPN NNP 11 nsubj:pass\n"
                                "is AUX VBZ 11 aux:pass\n"
                                "based VERB VBN 6 acl:relcl\n"
                                ", PUNCT , 15 punct\n"
                                "and CCONJ CC 15 cc\n"
                                "will AUX MD 15 aux\n"
                                "commute VERB VB 11 conj\n"
                                "from ADP IN 17 case\n"
                                "California PROPN NNP 15 obl\n"
                                "instead ADV RB 15 advmod\n"
                                ". PUNCT . 4 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[14], "4:conj");
    // (one with the clause's own auxiliary stays the clause's: "where it has grown, and has
    // hired")
    std::vector<Token> own = tree("Niccol PROPN NNP 4 nsubj\n"
                                  "will AUX MD 4 aux\n"
                                  "not PART RB 4 advmod\n"
                                  "move VERB VB 0 root\n"
                                  "to ADP IN 6 case\n"
                                  "Seattle PROPN NNP 4 obl\n"
                                  ", PUNCT , 10 punct\n"
                                  "where ADV WRB 10 advmod\n"
                                  "it PRON PRP 10 nsubj\n"
                                  "will AUX MD 10 aux\n"
                                  "grow VERB VB 6 acl:relcl\n"
                                  ", PUNCT , 15 punct\n"
                                  "and CCONJ CC 15 cc\n"
                                  "will AUX MD 15 aux\n"
                                  "hire VERB VB 11 conj\n");
    own[10].head = 6;
    own[9].head = 11;
    own[8].head = 11;
    own[7].head = 11;
    own[6].head = 11;
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[14], "11:conj");
}

// A participle right after a verb with no object, made its complement with an object of its
// own, describes the noun, which is the verb's object.
TEST(TreeRepairs, AParticipleBeforeTheObjectDescribesIt) {
    std::vector<Token> w = tree("TotalEnergies PROPN NNP 2 nsubj\n"
                                "signed VERB VBD 0 root\n"
                                "a DET DT 4 det\n"
                                "deal NOUN NN 2 obj\n"
                                "to PART TO 6 mark\n"
                                "supply VERB VB 4 acl\n"
                                "liquefied VERB VBN 6 xcomp\n"
                                "natural ADJ JJ 9 amod\n"
                                "gas NOUN NN 7 obj\n"
                                "to ADP IN 15 case\n"
                                "India PROPN NNP 15 nmod:poss\n"
                                "'s PART POS 11 case\n"
                                "Indian ADJ JJ 15 amod\n"
                                "Oil PROPN NNP 15 compound\n"
                                "Corporation PROPN NNP 7 obl\n"
                                "for ADP IN 18 case\n"
                                "ten NUM CD 18 nummod\n"
                                "years NOUN NNS 7 obl\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "9:amod");
    EXPECT_EQ(arcs(w)[8], "6:obj");
    EXPECT_EQ(arcs(w)[14], "6:obl");
    EXPECT_EQ(arcs(w)[17], "6:obl");
    // (one with no object of its own stays the complement: "kept hidden from investors")
    std::vector<Token> bare = tree("kept VERB VBD 0 root\n"
                                   "hidden VERB VBN 1 xcomp\n"
                                   "from ADP IN 4 case\n"
                                   "investors NOUN NNS 2 obl\n");
    repairTree(bare, lemmas(), anyNoun);
    EXPECT_EQ(arcs(bare)[1], "1:xcomp");
    EXPECT_EQ(arcs(bare)[3], "2:obl");
}

// A finite verb after "and" with its own object, joined to the object of a verb in the same
// tense, is joined to that verb.
TEST(TreeRepairs, AVerbJoinedToAnObjectIsJoinedToTheVerb) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "state NOUN NN 3 compound\n"
                                "government NOUN NN 4 nsubj\n"
                                "ordered VERB VBD 0 root\n"
                                "an DET DT 6 det\n"
                                "investigation NOUN NN 4 obj\n"
                                "and CCONJ CC 8 cc\n"
                                "promised VERB VBN 6 conj\n"
                                "compensation NOUN NN 8 obj\n"
                                "to ADP IN 12 case\n"
                                "the DET DT 12 det\n"
                                "families NOUN NNS 8 obl\n"
                                ". PUNCT . 4 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "4:conj");
    EXPECT_EQ(w[7].xpos, "VBD");
    // (not one with a subject of its own, nor one in another tense)
    std::vector<Token> tense = tree("ordered VERB VBD 0 root\n"
                                    "investigation NOUN NN 1 obj\n"
                                    "and CCONJ CC 4 cc\n"
                                    "promises VERB VBZ 2 conj\n"
                                    "compensation NOUN NN 4 obj\n");
    repairTree(tense, lemmas(), anyNoun);
    EXPECT_EQ(arcs(tense)[3], "2:conj");
}

// What a verb of calling says its object is, made a bare oblique like a time, is its
// complement, and the "for" phrase after it the noun's.
TEST(TreeRepairs, ACallsPredicateIsNoTime) {
    std::vector<Token> w = tree("Kristersson PROPN NNP 2 nsubj\n"
                                "called VERB VBD 0 root\n"
                                "it PRON PRP 2 obj\n"
                                "a DET DT 6 det\n"
                                "dark ADJ JJ 6 amod\n"
                                "day NOUN NN 2 obl:unmarked\n"
                                "for ADP IN 8 case\n"
                                "Sweden PROPN NNP 2 obl\n"
                                ". PUNCT . 2 punct\n");
    w[1].lemma = "call";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:xcomp");
    EXPECT_EQ(arcs(w)[7], "6:nmod");
}

// The noun of an "according to" phrase, made the subject of a participle after it, is an
// oblique, and the participle describes it.
TEST(TreeRepairs, ASourceIsNoSubject) {
    std::vector<Token> w = tree("Grab PROPN NNP 4 nsubj\n"
                                "is AUX VBZ 4 cop\n"
                                "in ADP IN 4 case\n"
                                "talks NOUN NNS 0 root\n"
                                "to PART TO 6 mark\n"
                                "acquire VERB VB 4 acl\n"
                                "GoTo PROPN NNP 6 obj\n"
                                ", PUNCT , 13 punct\n"
                                "according VERB VBG 12 case\n"
                                "to ADP IN 9 fixed\n"
                                "two NUM CD 12 nummod\n"
                                "people NOUN NNS 13 nsubj\n"
                                "briefed VERB VBD 4 parataxis\n"
                                "on ADP IN 16 case\n"
                                "the DET DT 16 det\n"
                                "discussions NOUN NNS 13 obl\n"
                                ". PUNCT . 4 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "4:obl");
    EXPECT_EQ(arcs(w)[12], "12:acl");
    EXPECT_EQ(w[12].xpos, "VBN");
}

// A common noun with its article right before the name that is the subject, taken for a bare
// time, is the subject, the name its apposition; a time stays one.
TEST(TreeRepairs, ADescriptionBeforeANameIsNoTime) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "British ADJ JJ 3 amod\n"
                                "drugmaker NOUN NN 6 obl:unmarked\n"
                                "AstraZeneca PROPN NNP 6 nsubj\n"
                                "will AUX MD 6 aux\n"
                                "build VERB VB 0 root\n"
                                "a DET DT 9 det\n"
                                "vaccine NOUN NN 9 compound\n"
                                "factory NOUN NN 6 obj\n"
                                ". PUNCT . 6 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "6:nsubj");
    EXPECT_EQ(arcs(w)[3], "3:appos");
    std::vector<Token> time = tree("This DET DT 2 det\n"
                                   "week NOUN NN 4 obl:unmarked\n"
                                   "Nvidia PROPN NNP 4 nsubj\n"
                                   "said VERB VBD 0 root\n");
    repairTree(time, lemmas(), anyNoun);
    EXPECT_EQ(arcs(time)[1], "4:obl:unmarked");
    EXPECT_EQ(arcs(time)[2], "4:nsubj");
}

// A participle of naming parsed as a clause with the verb's noun its subject names the noun,
// the verb's object; not after a verb of saying.
TEST(TreeRepairs, ANamingParticipleIsNoClause) {
    std::vector<Token> w = tree("Hapag PROPN NNP 6 nsubj\n"
                                "- PUNCT HYPH 3 punct\n"
                                "Lloyd PROPN NNP 1 appos\n"
                                "and CCONJ CC 5 cc\n"
                                "Maersk PROPN NNP 3 conj\n"
                                "formed VERB VBD 0 root\n"
                                "a DET DT 10 det\n"
                                "new ADJ JJ 10 amod\n"
                                "shipping NOUN NN 10 compound\n"
                                "alliance NOUN NN 11 nsubj\n"
                                "called VERB VBD 6 ccomp\n"
                                "Gemini PROPN NNP 11 obj\n"
                                ". PUNCT . 6 punct\n");
    w[5].lemma = "form";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "6:obj");
    EXPECT_EQ(arcs(w)[10], "10:acl");
    EXPECT_EQ(w[10].xpos, "VBN");
    std::vector<Token> said = tree("Officials NOUN NNS 2 nsubj\n"
                                   "said VERB VBD 0 root\n"
                                   "the DET DT 4 det\n"
                                   "plan NOUN NN 5 nsubj\n"
                                   "called VERB VBD 2 ccomp\n"
                                   "for ADP IN 7 case\n"
                                   "cuts NOUN NNS 5 obl\n");
    said[1].lemma = "say";
    repairTree(said, lemmas(), anyNoun);
    EXPECT_EQ(arcs(said)[4], "2:ccomp");
    EXPECT_EQ(arcs(said)[3], "5:nsubj");
}

// An object right after the verb of an adverbial clause with no object of its own is that
// verb's, not the main verb's across the clause.
TEST(TreeRepairs, AnObjectAfterAnAdverbialClausesVerbIsItsOwn) {
    std::vector<Token> w = tree("Protesters NOUN NNS 2 nsubj\n"
                                "clashed VERB VBD 0 root\n"
                                "with ADP IN 4 case\n"
                                "police NOUN NNS 2 obl\n"
                                "after SCONJ IN 8 mark\n"
                                "the DET DT 7 det\n"
                                "government NOUN NN 8 nsubj\n"
                                "suspended VERB VBD 2 advcl\n"
                                "talks NOUN NNS 2 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "8:obj");
}

// An object relative clause's verb hung on the clause's subject, with the main verb taken for
// the clause's, is the clause's verb; the later verb is the main one.
TEST(TreeRepairs, AnObjectRelativesVerbIsNoModifier) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "airline NOUN NN 0 root\n"
                                ", PUNCT , 15 punct\n"
                                "which PRON WDT 15 obj\n"
                                "the DET DT 7 det\n"
                                "Tata PROPN NNP 7 compound\n"
                                "group NOUN NN 15 nsubj\n"
                                "bought VERB VBN 7 acl\n"
                                "from ADP IN 11 case\n"
                                "the DET DT 11 det\n"
                                "government NOUN NN 8 obl\n"
                                "in ADP IN 13 case\n"
                                "2022 NUM CD 7 nmod\n"
                                ", PUNCT , 15 punct\n"
                                "plans NOUN NNS 2 acl:relcl\n"
                                "to PART TO 17 mark\n"
                                "expand VERB VB 15 acl\n"
                                "its PRON PRP$ 20 nmod:poss\n"
                                "international ADJ JJ 20 amod\n"
                                "network NOUN NN 17 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[14], "0:root");
    EXPECT_EQ(arcs(w)[1], "15:nsubj");
    EXPECT_EQ(arcs(w)[7], "2:acl:relcl");
    EXPECT_EQ(arcs(w)[3], "8:obj");
    EXPECT_EQ(arcs(w)[6], "8:nsubj");
    EXPECT_EQ(arcs(w)[12], "8:nmod");
    EXPECT_EQ(arcs(w)[13], "8:punct");
    EXPECT_EQ(arcs(w)[2], "8:punct");
    EXPECT_EQ(w[14].upos, "VERB");
    EXPECT_EQ(w[14].lemma, "plan");
    EXPECT_EQ(arcs(w)[16], "15:xcomp");
    EXPECT_EQ(arcs(w)[20], "15:punct");
}

// A plural joined by "and" to a past tense's object, read as an "-s" verb joined to the past
// tense, is the object's conjunct.
TEST(TreeRepairs, APluralJoinedToAnObjectIsNoVerb) {
    std::vector<Token> w = tree("Floods NOUN NNS 2 nsubj\n"
                                "destroyed VERB VBD 0 root\n"
                                "homes NOUN NNS 2 obj\n"
                                "and CCONJ CC 5 cc\n"
                                "crops VERB VBZ 2 conj\n"
                                "across ADP IN 8 case\n"
                                "Sindh PROPN NNP 8 compound\n"
                                "province NOUN NN 5 obl\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "3:conj");
    EXPECT_EQ(w[4].upos, "NOUN");
    EXPECT_EQ(w[4].lemma, "crop");
    EXPECT_EQ(arcs(w)[7], "5:nmod");
    // (not a verb with an object of its own: "destroyed homes and *plans* new ones")
    std::vector<Token> own = tree("Floods NOUN NNS 2 nsubj\n"
                                  "destroyed VERB VBD 0 root\n"
                                  "homes NOUN NNS 2 obj\n"
                                  "and CCONJ CC 5 cc\n"
                                  "plans VERB VBZ 2 conj\n"
                                  "repairs NOUN NNS 5 obj\n");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[4], "2:conj");
}

// A clause of saying right after a noun, with no comma, taken for an aside on the sentence, is
// a relative clause of the noun.
TEST(TreeRepairs, ASayingClauseAfterANounIsItsRelative) {
    std::vector<Token> w = tree("shares NOUN NNS 2 nsubj\n"
                                "fell VERB VBD 0 root\n"
                                "after SCONJ IN 5 mark\n"
                                "Pentagon PROPN NNP 5 nsubj\n"
                                "added VERB VBD 2 advcl\n"
                                "Tencent PROPN NNP 5 obj\n"
                                "to ADP IN 8 case\n"
                                "list NOUN NN 5 obl\n"
                                "of ADP IN 10 case\n"
                                "firms NOUN NNS 8 nmod\n"
                                "it PRON PRP 12 nsubj\n"
                                "says VERB VBZ 2 parataxis\n"
                                "work NOUN NN 12 obj\n"
                                "with ADP IN 15 case\n"
                                "military NOUN NN 12 obl\n"
                                ". PUNCT . 2 punct\n");
    w[11].lemma = "say";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "10:acl:relcl");
    EXPECT_EQ(arcs(w)[12], "12:ccomp");
    EXPECT_EQ(w[12].upos, "VERB");
    // (an aside set off by commas stays one: "Shares fell, it says, after the report")
    std::vector<Token> aside = tree("Shares NOUN NNS 2 nsubj\n"
                                    "fell VERB VBD 0 root\n"
                                    ", PUNCT , 5 punct\n"
                                    "it PRON PRP 5 nsubj\n"
                                    "says VERB VBZ 2 parataxis\n"
                                    ", PUNCT , 5 punct\n");
    aside[4].lemma = "say";
    repairTree(aside, lemmas(), anyNoun);
    EXPECT_EQ(arcs(aside)[4], "2:parataxis");
}

// "as" and a noun phrase taken for a phrase, the verb after it a complement with no subject,
// make an adverbial clause; so does "after" and a noun phrase hung inside a place whose
// preposition was read as an adjective and made the verb's subject.
TEST(TreeRepairs, AsAndItsNounBeforeASubjectlessComplementAreAClause) {
    std::vector<Token> w = tree("Economists NOUN NNS 2 nsubj\n"
                                "expect VERB VBP 0 root\n"
                                "further ADJ JJ 4 amod\n"
                                "reductions NOUN NNS 2 obj\n"
                                "next ADJ JJ 6 amod\n"
                                "year NOUN NN 2 obl:unmarked\n"
                                "as ADP IN 8 case\n"
                                "growth NOUN NN 2 obl\n"
                                "in ADP IN 12 case\n"
                                "the DET DT 12 det\n"
                                "euro NOUN NN 12 compound\n"
                                "zone NOUN NN 8 nmod\n"
                                "remains VERB VBZ 2 ccomp\n"
                                "weak ADJ JJ 13 xcomp\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "13:mark");
    EXPECT_EQ(arcs(w)[7], "13:nsubj");
    EXPECT_EQ(arcs(w)[12], "2:advcl");
    const std::string georgia = "Protesters NOUN NNS 4 nsubj\n"
                                "in ADP IN 3 case\n"
                                "Georgia PROPN NNP 1 nmod\n"
                                "clashed VERB VBD 0 root\n"
                                "with ADP IN 7 case\n"
                                "riot NOUN NN 7 compound\n"
                                "police NOUN NN 4 obl\n"
                                "%s ADJ JJ 9 amod\n"
                                "parliament NOUN NN 15 nsubj\n"
                                "in ADP IN 11 case\n"
                                "Tbilisi PROPN NNP 9 nmod\n"
                                "after ADP IN 14 case\n"
                                "the DET DT 14 det\n"
                                "government NOUN NN 9 nmod\n"
                                "suspended VERB VBD 4 ccomp\n"
                                "talks NOUN NNS 15 obj\n"
                                ". PUNCT . 4 punct\n";
    std::vector<Token> place = treeWith(georgia, "outside");
    repairTree(place, lemmas(), anyNoun);
    EXPECT_EQ(arcs(place)[7], "9:case");
    EXPECT_EQ(place[7].upos, "ADP");
    EXPECT_EQ(arcs(place)[8], "4:obl");
    EXPECT_EQ(arcs(place)[11], "15:mark");
    EXPECT_EQ(arcs(place)[13], "15:nsubj");
    EXPECT_EQ(arcs(place)[14], "4:advcl");
    // (a subject of the verb's own, with no preposition read as its adjective, stays)
    std::vector<Token> own = treeWith(georgia, "angry");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[8], "15:nsubj");
    EXPECT_EQ(own[7].upos, "ADJ");
}

// A particle right after its verb that the parse hung on the verb's object, an amount, as its
// adverb is the verb's particle.
TEST(TreeRepairs, AParticleOnTheObjectIsTheVerbs) {
    std::vector<Token> w = tree("it PRON PRP 3 nsubj\n"
                                "had AUX VBD 3 aux\n"
                                "shot VERB VBN 0 root\n"
                                "down ADV RB 5 advmod\n"
                                "40 NUM CD 3 obj\n"
                                "of ADP IN 9 case\n"
                                "the DET DT 9 det\n"
                                "62 NUM CD 9 nummod\n"
                                "drones NOUN NNS 5 nmod\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "3:compound:prt");
    EXPECT_EQ(w[3].upos, "ADP");
    // (not "over" an amount: "wanted *over* $300")
    std::vector<Token> over = tree("he PRON PRP 2 nsubj\n"
                                   "wanted VERB VBD 0 root\n"
                                   "over ADV RB 4 advmod\n"
                                   "$ SYM $ 2 obj\n"
                                   "300 NUM CD 4 nummod\n");
    repairTree(over, lemmas(), anyNoun);
    EXPECT_EQ(arcs(over)[2], "4:advmod");
    // (nor "up to" an amount: "would raise *up* to 25 billion dollars")
    std::vector<Token> upTo = tree("company NOUN NN 3 nsubj\n"
                                   "would AUX MD 3 aux\n"
                                   "raise VERB VB 0 root\n"
                                   "up ADV RB 8 advmod\n"
                                   "to ADP IN 8 case\n"
                                   "25 NUM CD 7 compound\n"
                                   "billion NUM CD 8 nummod\n"
                                   "dollars NOUN NNS 3 obj\n");
    repairTree(upTo, lemmas(), anyNoun);
    EXPECT_NE(arcs(upTo)[3], "3:compound:prt");
}

// A gerund with nothing of its own right after a verb that takes no gerund is its object noun.
TEST(TreeRepairs, ABareGerundAfterAVerbThatTakesNoneIsItsObject) {
    std::vector<Token> w = tree("Ruto PROPN NNP 2 nsubj\n"
                                "said VERB VBD 0 root\n"
                                "he PRON PRP 5 nsubj\n"
                                "would AUX MD 5 aux\n"
                                "cut VERB VB 2 ccomp\n"
                                "spending VERB VBG 5 xcomp\n"
                                "instead ADV RB 6 advmod\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "5:obj");
    EXPECT_EQ(w[5].upos, "NOUN");
    EXPECT_EQ(arcs(w)[6], "5:advmod");
    // (after a verb that takes one it stays: "would stop *spending* instead")
    std::vector<Token> stop = tree("he PRON PRP 3 nsubj\n"
                                   "would AUX MD 3 aux\n"
                                   "stop VERB VB 0 root\n"
                                   "spending VERB VBG 3 xcomp\n");
    repairTree(stop, lemmas(), anyNoun);
    EXPECT_EQ(arcs(stop)[3], "3:xcomp");
    EXPECT_EQ(stop[3].upos, "VERB");
    // (nor after a verb whose complement may be an "-ing" adjective: "called *appalling*")
    std::vector<Token> called = tree("government NOUN NN 2 nsubj\n"
                                     "called VERB VBD 0 root\n"
                                     "appalling VERB VBG 2 xcomp\n");
    called[1].lemma = "call";
    repairTree(called, lemmas(), anyNoun);
    EXPECT_EQ(arcs(called)[2], "2:xcomp");
    // (the gerund's phrase stays on the noun: "blocking *spending* on infrastructure")
    std::vector<Token> on = tree("Lindner PROPN NNP 2 nsubj\n"
                                 "blocked VERB VBD 0 root\n"
                                 "spending VERB VBG 2 xcomp\n"
                                 "on ADP IN 5 case\n"
                                 "infrastructure NOUN NN 3 obl\n");
    repairTree(on, lemmas(), anyNoun);
    EXPECT_EQ(arcs(on)[2], "2:obj");
    EXPECT_EQ(arcs(on)[4], "3:nmod");
}

// An adjective read as a small clause whose subject, a name, comes after it modifies the name,
// and the name is the verb's object.
TEST(TreeRepairs, AnAdjectiveBeforeANameIsNoSmallClause) {
    std::vector<Token> w = tree("The DET DT 3 det\n"
                                "new ADJ JJ 3 amod\n"
                                "board NOUN NN 5 nsubj\n"
                                "will AUX MD 5 aux\n"
                                "include VERB VB 0 root\n"
                                "former ADJ JJ 5 xcomp\n"
                                "Treasury PROPN NNP 8 compound\n"
                                "Secretary PROPN NNP 9 nmod:desc\n"
                                "Larry PROPN NNP 6 nsubj\n"
                                "Summers PROPN NNPS 9 flat\n"
                                ". PUNCT . 5 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "5:obj");
    EXPECT_EQ(arcs(w)[5], "8:amod");
    // (a subject before it makes a small clause: "will make Larry rich")
    std::vector<Token> small = tree("board NOUN NN 3 nsubj\n"
                                    "will AUX MD 3 aux\n"
                                    "make VERB VB 0 root\n"
                                    "Larry PROPN NNP 5 nsubj\n"
                                    "rich ADJ JJ 3 xcomp\n");
    repairTree(small, lemmas(), anyNoun);
    EXPECT_EQ(arcs(small)[3], "5:nsubj");
    EXPECT_EQ(arcs(small)[4], "3:xcomp");
}

// A relative pronoun taken for the object of the clause's infinitive, which has an object of its
// own, is the object of the clause's verb.
TEST(TreeRepairs, ARelativePronounIsNoSecondObjectOfTheInfinitive) {
    const std::string rows = "The DET DT 2 det\n"
                             "ship NOUN NN 3 nsubj\n"
                             "belonged VERB VBD 0 root\n"
                             "to ADP IN 7 case\n"
                             "a DET DT 7 det\n"
                             "shadow NOUN NN 7 compound\n"
                             "fleet NOUN NN 3 obl\n"
                             "that PRON WDT 12 obj\n"
                             "Moscow PROPN NNP 10 nsubj\n"
                             "uses VERB VBZ 7 acl:relcl\n"
                             "to PART TO 12 mark\n"
                             "evade VERB VB 10 xcomp\n"
                             "%s NOUN NNS 12 obj\n"
                             ". PUNCT . 3 punct\n";
    std::vector<Token> w = treeWith(rows, "sanctions");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "10:obj");
    // (with no object of its own the infinitive's it stays: "a fleet that Moscow wants to
    // build")
    std::vector<Token> none = tree("fleet NOUN NN 0 root\n"
                                   "that PRON WDT 6 obj\n"
                                   "Moscow PROPN NNP 4 nsubj\n"
                                   "wants VERB VBZ 1 acl:relcl\n"
                                   "to PART TO 6 mark\n"
                                   "build VERB VB 4 xcomp\n");
    repairTree(none, lemmas(), anyNoun);
    EXPECT_EQ(arcs(none)[1], "6:obj");
}

// A verb's base form joined to the object of a base form before it, read as a noun with its
// particle a preposition, is that verb's conjunct with its particle and object.
TEST(TreeRepairs, ABaseFormWithAParticleJoinedToAnObjectIsAVerb) {
    const std::string rows = "Unilever PROPN NNP 2 nsubj\n"
                             "said VERB VBD 0 root\n"
                             "it PRON PRP 5 nsubj\n"
                             "would AUX MD 5 aux\n"
                             "cut VERB VB 2 ccomp\n"
                             "7,500 NUM CD 7 nummod\n"
                             "jobs NOUN NNS 5 obj\n"
                             "and CCONJ CC 9 cc\n"
                             "%s NOUN NN 7 conj\n"
                             "off ADP IN 14 case\n"
                             "its PRON PRP$ 14 nmod:poss\n"
                             "ice NOUN NN 13 compound\n"
                             "cream NOUN NN 14 compound\n"
                             "business NOUN NN 5 obl\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "spin");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "5:conj");
    EXPECT_EQ(w[8].upos, "VERB");
    EXPECT_EQ(arcs(w)[9], "9:compound:prt");
    EXPECT_EQ(arcs(w)[13], "9:obj");
    // (a word that is no verb stays a noun)
    std::vector<Token> noun = treeWith(rows, "zzyzx");
    repairTree(noun, lemmas(), anyNoun);
    EXPECT_EQ(arcs(noun)[8], "7:conj");
    EXPECT_EQ(noun[8].upos, "NOUN");
}

// "due to" before a base form is "due" and an infinitive, not a preposition.
TEST(TreeRepairs, DueToBeforeABaseFormIsAnInfinitive) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "officers NOUN NNS 4 nsubj\n"
                                "were AUX VBD 4 cop\n"
                                "due ADJ JJ 0 root\n"
                                "to PART TO 4 fixed\n"
                                "lead VERB VB 4 xcomp\n"
                                "a DET DT 8 det\n"
                                "force NOUN NN 6 obj\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "6:mark");
    EXPECT_EQ(arcs(w)[5], "4:xcomp");
    // (before a noun it stays a preposition: "due to the strike")
    std::vector<Token> noun = tree("delays NOUN NNS 0 root\n"
                                   "due ADJ JJ 5 case\n"
                                   "to ADP IN 2 fixed\n"
                                   "the DET DT 5 det\n"
                                   "strike NOUN NN 1 nmod\n");
    repairTree(noun, lemmas(), anyNoun);
    EXPECT_EQ(arcs(noun)[2], "2:fixed");
}

// A noun of time right before a second subject of the same verb opens a bare relative clause:
// the noun is an oblique of the verb the clause hung on, and the clause its relative clause.
TEST(TreeRepairs, ATimeNounBeforeASecondSubjectHasTheClauseOnIt) {
    const std::string rows = "Parliament NOUN NN 2 nsubj\n"
                             "removed VERB VBD 0 root\n"
                             "him PRON PRP 2 obj\n"
                             "from ADP IN 5 case\n"
                             "office NOUN NN 2 obl\n"
                             ", PUNCT , 14 punct\n"
                             "the DET DT 9 det\n"
                             "first ADJ JJ 9 amod\n"
                             "%s NOUN NN 14 nsubj:pass\n"
                             "a DET DT 12 det\n"
                             "deputy NOUN NN 12 compound\n"
                             "president NOUN NN 14 nsubj:pass\n"
                             "was AUX VBD 14 aux:pass\n"
                             "removed VERB VBN 2 parataxis\n"
                             "in ADP IN 16 case\n"
                             "Kenya PROPN NNP 14 obl\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "time");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "2:obl:unmarked");
    EXPECT_EQ(arcs(w)[13], "9:acl:relcl");
    EXPECT_EQ(arcs(w)[11], "14:nsubj:pass");
    // (a noun of no time is left as it was)
    std::vector<Token> other = treeWith(rows, "report");
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[8], "14:nsubj:pass");
    EXPECT_EQ(arcs(other)[13], "2:parataxis");
}

// A verb with a subject right after a noun, no object, and an adverbial clause before its
// head's word that holds the noun, is that noun's relative clause; the adverbial clause goes
// back to the verb the clause hung on.
TEST(TreeRepairs, ARelativeClauseIsNoClauseTheClauseBeforeItHangsOn) {
    const std::string rows = "Lawmakers NOUN NNS 2 nsubj\n"
                             "accused VERB VBD 0 root\n"
                             "him PRON PRP 2 obj\n"
                             "of ADP IN 5 mark\n"
                             "stirring VERB VBG 14 advcl\n"
                             "ethnic ADJ JJ 7 amod\n"
                             "divisions NOUN NNS 5 obj\n"
                             "and CCONJ CC 9 cc\n"
                             "amassing VERB VBG 5 conj\n"
                             "wealth NOUN NN 9 obj\n"
                             "he PRON PRP 14 %s\n"
                             "could AUX MD 14 aux\n"
                             "not PART RB 14 advmod\n"
                             "explain VERB VB 2 parataxis\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "nsubj");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "2:advcl");
    EXPECT_EQ(arcs(w)[13], "10:acl:relcl");
    // (a verb with an object of its own is no relative clause on the noun)
    std::vector<Token> object = treeWith(rows, "obj");
    repairTree(object, lemmas(), anyNoun);
    EXPECT_EQ(arcs(object)[4], "14:advcl");
    EXPECT_EQ(arcs(object)[13], "2:parataxis");
}

// An object taken for the possessor of the noun a number counts, with no "'s" of its own and
// the number's preposition on it, is the verb's object; the counted noun the verb's oblique.
TEST(TreeRepairs, AnObjectIsNoPossessorOfAnAmountWithoutAnApostrophe) {
    const std::string rows = "A DET DT 2 det\n"
                             "court NOUN NN 5 nsubj\n"
                             "in ADP IN 4 case\n"
                             "Paris PROPN NNP 2 nmod\n"
                             "sentenced VERB VBD 0 root\n"
                             "former ADJ JJ 7 amod\n"
                             "president NOUN NN 8 nmod:desc\n"
                             "Nicolas PROPN NNP 12 nmod:poss\n"
                             "Sarkozy PROPN NNP 8 flat\n"
                             "to ADP IN 11 case\n"
                             "%s NUM CD 8 nmod\n"
                             "years NOUN NNS 5 obj\n"
                             "in ADP IN 14 case\n"
                             "prison NOUN NN 5 obl\n"
                             ". PUNCT . 5 punct\n";
    std::vector<Token> w = treeWith(rows, "five");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "5:obj");
    EXPECT_EQ(arcs(w)[11], "5:obl");
    EXPECT_EQ(arcs(w)[9], "12:case");
    EXPECT_EQ(arcs(w)[10], "12:nummod");
    // (with its "'s" a possessor stays one: "Sarkozy's five years")
    std::vector<Token> owned = tree("Nicolas PROPN NNP 6 nmod:poss\n"
                                    "'s PART POS 1 case\n"
                                    "to ADP IN 4 case\n"
                                    "five NUM CD 1 nmod\n"
                                    "served VERB VBD 0 root\n"
                                    "years NOUN NNS 5 obj\n");
    repairTree(owned, lemmas(), anyNoun);
    EXPECT_EQ(arcs(owned)[0], "6:nmod:poss");
}

// A past form between "and" and a number, read as an adjective of the number's noun joined to
// the first verb's object, is a verb joined to the first; an infinitive after the noun that
// hung on the first object is its complement.
TEST(TreeRepairs, AVerbAfterAndBeforeANumberIsNoAdjective) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "storm NOUN NN 3 nsubj\n"
                                "killed VERB VBD 0 root\n"
                                "12 NUM CD 5 nummod\n"
                                "people NOUN NNS 3 obj\n"
                                "and CCONJ CC 9 cc\n"
                                "injured ADJ JJ 9 amod\n"
                                "40 NUM CD 9 nummod\n"
                                "others NOUN NNS 5 conj\n"
                                "in ADP IN 12 case\n"
                                "the DET DT 12 det\n"
                                "province NOUN NN 9 nmod\n"
                                ". PUNCT . 3 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "3:conj");
    EXPECT_EQ(w[6].upos, "VERB");
    EXPECT_EQ(w[6].lemma, "injure");
    EXPECT_EQ(arcs(w)[5], "7:cc");
    EXPECT_EQ(arcs(w)[8], "7:obj");
    const std::string rows = "The DET DT 2 det\n"
                             "blazes NOUN NNS 3 nsubj\n"
                             "destroyed VERB VBD 0 root\n"
                             "1,000 NUM CD 5 nummod\n"
                             "buildings NOUN NNS 3 obj\n"
                             "and CCONJ CC 9 cc\n"
                             "%s VERB VBN 9 amod\n"
                             "70,000 NUM CD 9 nummod\n"
                             "residents NOUN NNS 5 conj\n"
                             "to PART TO 11 mark\n"
                             "flee VERB VB 5 acl\n"
                             ". PUNCT . 3 punct\n";
    std::vector<Token> forced = treeWith(rows, "forced");
    repairTree(forced, lemmas(), anyNoun);
    EXPECT_EQ(arcs(forced)[6], "3:conj");
    EXPECT_EQ(arcs(forced)[8], "7:obj");
    EXPECT_EQ(arcs(forced)[10], "7:xcomp");
    // (a word that is no verb's form stays an adjective)
    std::vector<Token> none = treeWith(rows, "zzyzxed");
    repairTree(none, lemmas(), anyNoun);
    EXPECT_EQ(arcs(none)[6], "9:amod");
    EXPECT_EQ(arcs(none)[10], "5:acl");
}

// A report's source with "familiar with" after it, taken apart by the parse, is the report's
// subject with the adjective's phrase on it; a clause of reason or time after a report in the
// middle of a sentence goes with the verb the report reports.
TEST(TreeRepairs, ASourceFamiliarWithTheMatterIsTheReportsSubject) {
    std::vector<Token> said = tree("Shell NOUN NN 3 nsubj\n"
                                   "will AUX MD 3 aux\n"
                                   "cut VERB VB 0 root\n"
                                   "jobs NOUN NNS 3 obj\n"
                                   ", PUNCT , 8 punct\n"
                                   "two NUM CD 7 nummod\n"
                                   "people NOUN NNS 8 nsubj\n"
                                   "familiar ADJ JJ 12 xcomp\n"
                                   "with ADP IN 11 case\n"
                                   "the DET DT 11 det\n"
                                   "plan NOUN NN 12 nsubj\n"
                                   "said VERB VBD 3 parataxis\n"
                                   ", PUNCT , 17 punct\n"
                                   "as SCONJ IN 17 mark\n"
                                   "the DET DT 16 det\n"
                                   "company NOUN NN 17 nsubj\n"
                                   "tries VERB VBZ 12 ccomp\n"
                                   "to PART TO 19 mark\n"
                                   "reduce VERB VB 17 xcomp\n"
                                   "costs NOUN NNS 19 obj\n"
                                   ". PUNCT . 3 punct\n");
    said[11].lemma = "say";
    repairTree(said, lemmas(), anyNoun);
    EXPECT_EQ(arcs(said)[6], "12:nsubj");
    EXPECT_EQ(arcs(said)[7], "7:amod");
    EXPECT_EQ(arcs(said)[10], "8:obl");
    EXPECT_EQ(arcs(said)[11], "3:parataxis");
    EXPECT_EQ(arcs(said)[16], "3:advcl");
    // ("told" an adjective of "reporters", "familiar" one of the noun before the comma)
    std::vector<Token> told = tree("Shell NOUN NN 3 nsubj\n"
                                   "will AUX MD 3 aux\n"
                                   "cut VERB VB 0 root\n"
                                   "jobs NOUN NNS 3 obj\n"
                                   "in ADP IN 6 case\n"
                                   "division NOUN NN 3 obl\n"
                                   ", PUNCT , 10 punct\n"
                                   "two NUM CD 9 nummod\n"
                                   "people NOUN NNS 10 nsubj\n"
                                   "familiar ADJ JJ 6 amod\n"
                                   "with ADP IN 13 case\n"
                                   "the DET DT 13 det\n"
                                   "plan NOUN NN 10 obl\n"
                                   "told VERB VBN 15 amod\n"
                                   "reporters NOUN NNS 10 obl\n"
                                   ". PUNCT . 3 punct\n");
    told[13].lemma = "tell";
    repairTree(told, lemmas(), anyNoun);
    EXPECT_EQ(arcs(told)[13], "3:parataxis");
    EXPECT_EQ(told[13].xpos, "VBD");
    EXPECT_EQ(arcs(told)[8], "14:nsubj");
    EXPECT_EQ(arcs(told)[9], "9:amod");
    EXPECT_EQ(arcs(told)[14], "14:obj");
    // (a report with its source as the parse should have it is left alone, and so is a
    // participle after it, which is the reporter's: "..., a person familiar with the matter
    // said, adding that ...")
    std::vector<Token> right = tree("Shell NOUN NN 3 nsubj\n"
                                    "will AUX MD 3 aux\n"
                                    "cut VERB VB 0 root\n"
                                    "jobs NOUN NNS 3 obj\n"
                                    ", PUNCT , 11 punct\n"
                                    "a DET DT 7 det\n"
                                    "person NOUN NN 11 nsubj\n"
                                    "familiar ADJ JJ 7 amod\n"
                                    "with ADP IN 10 case\n"
                                    "it PRON PRP 8 obl\n"
                                    "said VERB VBD 3 parataxis\n"
                                    ", PUNCT , 13 punct\n"
                                    "adding VERB VBG 11 advcl\n"
                                    "details NOUN NNS 13 obj\n");
    right[10].lemma = "say";
    const std::vector<Token> before = right;
    repairTree(right, lemmas(), anyNoun);
    EXPECT_EQ(arcs(right), arcs(before));
}

// A main verb read as its subject's participle, with "after" and the next clause's subject
// taken for its oblique, is the main verb; the old root is its adverbial clause.
TEST(TreeRepairs, AMainVerbBeforeAfterIsNoParticipleOfItsSubject) {
    const std::string rows = "The DET DT 2 det\n"
                             "negotiations NOUN NNS 6 nsubj\n"
                             "collapsed VERB VBN 2 acl\n"
                             "%s ADP IN 5 case\n"
                             "Honda PROPN NNP 3 obl\n"
                             "proposed VERB VBD 0 root\n"
                             "a DET DT 8 det\n"
                             "merger NOUN NN 6 obj\n"
                             ". PUNCT . 6 punct\n";
    std::vector<Token> w = treeWith(rows, "after");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "0:root");
    EXPECT_EQ(arcs(w)[1], "3:nsubj");
    EXPECT_EQ(arcs(w)[3], "6:mark");
    EXPECT_EQ(arcs(w)[4], "6:nsubj");
    EXPECT_EQ(arcs(w)[5], "3:advcl");
    EXPECT_EQ(arcs(w)[8], "3:punct");
    // (a preposition of place is one: "Factories operated by Samsung in the region halted ...")
    std::vector<Token> in = treeWith(rows, "in");
    repairTree(in, lemmas(), anyNoun);
    EXPECT_EQ(arcs(in)[5], "0:root");
    EXPECT_EQ(arcs(in)[2], "2:acl");
}

// A past tense right after its subject, read as an adjective of its object with the object on
// the subject, is the verb; when the subject was another verb's, it takes that verb's place and
// the verb is joined to it.
TEST(TreeRepairs, APastTenseIsNoAdjectiveOfItsObjectOnTheSubject) {
    const std::string rows = "The DET DT 5 det\n"
                             "charity NOUN NN 5 compound\n"
                             "Sea PROPN NNP 5 compound\n"
                             "- PUNCT HYPH 3 punct\n"
                             "Watch PROPN NNP 13 nsubj\n"
                             "%s VERB VBN 8 amod\n"
                             "European ADJ JJ 8 amod\n"
                             "governments NOUN NNS 5 obj\n"
                             "of SCONJ IN 10 mark\n"
                             "abandoning VERB VBG 8 acl\n"
                             "people NOUN NNS 10 obj\n"
                             "and CCONJ CC 13 cc\n"
                             "called VERB VBD 0 root\n"
                             "for ADP IN 16 case\n"
                             "a DET DT 16 det\n"
                             "mission NOUN NN 13 obl\n"
                             ". PUNCT . 13 punct\n";
    std::vector<Token> w = treeWith(rows, "accused");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "0:root");
    EXPECT_EQ(w[5].lemma, "accuse");
    EXPECT_EQ(arcs(w)[4], "6:nsubj");
    EXPECT_EQ(arcs(w)[7], "6:obj");
    EXPECT_EQ(arcs(w)[12], "6:conj");
    EXPECT_EQ(arcs(w)[16], "6:punct");
    // (a word that is no verb's form is left alone)
    std::vector<Token> none = treeWith(rows, "zzyzxed");
    repairTree(none, lemmas(), anyNoun);
    EXPECT_EQ(arcs(none)[5], "8:amod");
    EXPECT_EQ(arcs(none)[12], "0:root");
}

// A name right after "the" and a common noun inside a preposition's phrase, hung on the verb as
// a bare oblique or object, is the noun's apposition; a day or a month stays the verb's.
TEST(TreeRepairs, ANameAfterTheNounItIsIsTheNounsApposition) {
    const std::string rows = "The DET DT 3 det\n"
                             "Dutch ADJ JJ 3 amod\n"
                             "government NOUN NN 4 nsubj\n"
                             "took VERB VBD 0 root\n"
                             "control NOUN NN 4 obj\n"
                             "of ADP IN 8 case\n"
                             "the DET DT 8 det\n"
                             "chipmaker NOUN NN 5 nmod\n"
                             "%s PROPN NNP 4 obj\n"
                             ". PUNCT . 4 punct\n";
    std::vector<Token> w = treeWith(rows, "Nexperia");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "8:appos");
    std::vector<Token> month = treeWith(rows, "October");
    repairTree(month, lemmas(), anyNoun);
    EXPECT_EQ(arcs(month)[8], "4:obj");
}

// So is one after adjectives between "the" and the noun, the noun a passive's agent.
TEST(TreeRepairs, ANameAfterTheAgentsDescribedNounIsItsApposition) {
    const std::string rows = "The DET DT 2 det\n"
                             "case NOUN NN 4 nsubj:pass\n"
                             "was AUX VBD 4 aux:pass\n"
                             "brought VERB VBN 0 root\n"
                             "by ADP IN 8 case\n"
                             "the DET DT 8 det\n"
                             "environmental ADJ JJ 8 amod\n"
                             "group NOUN NN 4 obl:agent\n"
                             "%s PROPN NNPS 4 obj\n"
                             ". PUNCT . 4 punct\n";
    std::vector<Token> w = treeWith(rows, "Friends");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[8], "8:appos");
    std::vector<Token> day = treeWith(rows, "Monday");
    repairTree(day, lemmas(), anyNoun);
    EXPECT_EQ(arcs(day)[8], "4:obj");
}

// A noun phrase opening with "a" after a comma, taken for a conjunct of the name before it with
// no "and" in the list, is the name's apposition; with an "and" in the list it stays a conjunct.
TEST(TreeRepairs, AnIndefinitePhraseAfterACommaWithNoAndIsAnApposition) {
    std::vector<Token> w = tree("Joel PROPN NNP 8 nsubj\n"
                                "Kaplan PROPN NNP 1 flat\n"
                                ", PUNCT , 6 punct\n"
                                "a DET DT 6 det\n"
                                "prominent ADJ JJ 6 amod\n"
                                "Republican PROPN NNP 1 conj\n"
                                ", PUNCT , 6 punct\n"
                                "replaced VERB VBD 0 root\n"
                                "Clegg PROPN NNP 8 obj\n"
                                ". PUNCT . 8 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "1:appos");
    std::vector<Token> joined = tree("Kaplan PROPN NNP 8 nsubj\n"
                                     ", PUNCT , 4 punct\n"
                                     "a DET DT 4 det\n"
                                     "lawyer NOUN NN 1 conj\n"
                                     ", PUNCT , 7 punct\n"
                                     "and CCONJ CC 7 cc\n"
                                     "Clegg PROPN NNP 1 conj\n"
                                     "met VERB VBD 0 root\n"
                                     ". PUNCT . 8 punct\n");
    repairTree(joined, lemmas(), anyNoun);
    EXPECT_EQ(arcs(joined)[3], "1:conj");
}

// A noun right after a plural noun, hung on it as an apposition or a conjunct with no "and",
// takes its place with the plural as its compound; with an "and" it stays a conjunct.
TEST(TreeRepairs, ANounRightAfterAPluralTakesItsPlace) {
    const std::string rows = "Hamas PROPN NNP 2 nsubj\n"
                             "released VERB VBD 0 root\n"
                             "four NUM CD 5 nummod\n"
                             "Israeli ADJ JJ 5 amod\n"
                             "women NOUN NNS 2 obj\n"
                             "%s\n"
                             "soldiers NOUN NNS 5 %s\n"
                             ". PUNCT . 2 punct\n";
    const auto with = [&](const std::string& sixth, const std::string& rel) {
        std::string r = rows;
        r.replace(r.find("%s"), 2, sixth);
        r.replace(r.find("%s"), 2, rel);
        return tree(r);
    };
    std::vector<Token> w = tree("Hamas PROPN NNP 2 nsubj\n"
                                "released VERB VBD 0 root\n"
                                "four NUM CD 5 nummod\n"
                                "Israeli ADJ JJ 5 amod\n"
                                "women NOUN NNS 2 obj\n"
                                "soldiers NOUN NNS 5 appos\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[4], "6:compound");
    EXPECT_EQ(arcs(w)[5], "2:obj");
    EXPECT_EQ(arcs(w)[2], "6:nummod");
    std::vector<Token> bare = with("on ADP IN 7 case", "conj");
    repairTree(bare, lemmas(), anyNoun);
    EXPECT_EQ(arcs(bare)[4], "2:obj"); // (a word between: not right after)
    std::vector<Token> joined = with("and CCONJ CC 7 cc", "conj");
    repairTree(joined, lemmas(), anyNoun);
    EXPECT_EQ(arcs(joined)[6], "5:conj");
}

// The common noun after a verb of accusing's object and "of" is the verb's oblique; a name
// stays the object's.
TEST(TreeRepairs, TheChargeAfterAnAccusedObjectIsTheVerbs) {
    const std::string rows = "They PRON PRP 2 nsubj\n"
                             "accused VERB VBD 0 root\n"
                             "the DET DT 4 det\n"
                             "mayor NOUN NN 2 obj\n"
                             "of ADP IN 6 case\n"
                             "%s 4 nmod\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "fraud NOUN NN");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:obl");
    std::vector<Token> name = treeWith(rows, "Seoul PROPN NNP");
    repairTree(name, lemmas(), anyNoun);
    EXPECT_EQ(arcs(name)[5], "4:nmod");
}

// "sure" after "make", hung on the next noun as its adjective, is the verb's complement with
// the noun the subject of the verb after it.
TEST(TreeRepairs, MakeSureTakesAClause) {
    std::vector<Token> w = tree("controls NOUN NNS 0 root\n"
                                "that PRON WDT 3 nsubj\n"
                                "make VERB VBP 1 acl:relcl\n"
                                "sure ADJ JJ 5 amod\n"
                                "drivers NOUN NNS 3 obj\n"
                                "pay VERB VBP 3 xcomp\n"
                                "attention NOUN NN 6 obj\n"
                                ". PUNCT . 1 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "3:xcomp");
    EXPECT_EQ(arcs(w)[4], "6:nsubj");
    EXPECT_EQ(arcs(w)[5], "4:ccomp");
}

// A verb of saying's object followed by a phrase between commas and a joined verb with no
// subject of its own: the joined verb is the report's clause and the object its subject.
TEST(TreeRepairs, AReportsObjectBeforeAJoinedVerbIsItsClausesSubject) {
    const std::string rows = "Officials NOUN NNS 2 nsubj\n"
                             "said VERB VBD 0 root\n"
                             "the DET DT 4 det\n"
                             "operation NOUN NN 2 obj\n"
                             ", PUNCT , 6 punct\n"
                             "involving VERB VBG 2 advcl\n"
                             "police NOUN NNS 6 obj\n"
                             ", PUNCT , 2 punct\n"
                             "%s\n"
                             "gone VERB VBN 2 conj\n"
                             "smoothly ADV RB 10 advmod\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "had AUX VBD 10 aux");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[9], "2:ccomp");
    EXPECT_EQ(arcs(w)[3], "10:nsubj");
    EXPECT_EQ(arcs(w)[5], "4:acl");
    std::vector<Token> joined = treeWith(rows, "and CCONJ CC 10 cc");
    repairTree(joined, lemmas(), anyNoun);
    EXPECT_EQ(arcs(joined)[9], "2:conj");
}

// A verb inside the root noun's relative clause whose subject has a preposition is the main
// verb: the root noun its subject, the phrase back on the verb it hung on.
TEST(TreeRepairs, AMainVerbWithAPrepositionsSubjectInsideARelativeClauseIsTheRoot) {
    const std::string rows = "An DET DT 2 det\n"
                             "informant NOUN NN 0 root\n"
                             "who PRON WP 4 nsubj\n"
                             "claimed VERB VBD 2 acl:relcl\n"
                             "Biden PROPN NNP 6 nsubj\n"
                             "took VERB VBD 4 ccomp\n"
                             "bribes NOUN NNS 6 obj\n"
                             "%s\n"
                             "a DET DT 10 det\n"
                             "company NOUN NN 12 nsubj:pass\n"
                             "was AUX VBD 12 aux:pass\n"
                             "sentenced VERB VBN 6 ccomp\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "from ADP IN 10 case");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[11], "0:root");
    EXPECT_EQ(arcs(w)[1], "12:nsubj:pass");
    EXPECT_EQ(arcs(w)[9], "6:obl");
    // (a subject with no preposition stays the clause's: "took bribes *and* a company was
    // sentenced")
    std::vector<Token> own = treeWith(rows, "and CCONJ CC 12 cc");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[1], "0:root");
}

// A noun taken for the compound of a span of time right after it, before "later", is the
// verb's object with the determiner; a verb with an object keeps it.
TEST(TreeRepairs, AnObjectBeforeASpanOfTimeIsTheVerbs) {
    std::vector<Token> w = tree("Vinicius PROPN NNP 2 nsubj\n"
                                "doubled VERB VBD 0 root\n"
                                "the DET DT 6 det\n"
                                "lead NOUN NN 6 compound\n"
                                "nine NUM CD 6 nummod\n"
                                "minutes NOUN NNS 7 obl:unmarked\n"
                                "later ADV RBR 2 advmod\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[3], "2:obj");
    EXPECT_EQ(arcs(w)[2], "4:det");
    std::vector<Token> kept = tree("Vinicius PROPN NNP 2 nsubj\n"
                                   "doubled VERB VBD 0 root\n"
                                   "it PRON PRP 2 obj\n"
                                   "the DET DT 7 det\n"
                                   "lead NOUN NN 7 compound\n"
                                   "nine NUM CD 7 nummod\n"
                                   "minutes NOUN NNS 8 obl:unmarked\n"
                                   "later ADV RBR 2 advmod\n"
                                   ". PUNCT . 2 punct\n");
    repairTree(kept, lemmas(), anyNoun);
    EXPECT_EQ(arcs(kept)[4], "7:compound");
}

// What a verb of making makes its object, hung on the object with no preposition, is the
// verb's complement; a phrase with a preposition stays the object's.
TEST(TreeRepairs, WhatAVerbMakesItsObjectIsItsComplement) {
    const std::string rows = "making VERB VBG 0 root\n"
                             "the DET DT 3 det\n"
                             "giant NOUN NN 1 obj\n"
                             "%s\n"
                             "the DET DT 6 det\n"
                             "producer NOUN NN 3 nmod\n"
                             ". PUNCT . 1 punct\n";
    std::vector<Token> w = treeWith(rows, "now ADV RB 1 advmod");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "1:xcomp");
    std::vector<Token> phrase = treeWith(rows, "of ADP IN 6 case");
    repairTree(phrase, lemmas(), anyNoun);
    EXPECT_EQ(arcs(phrase)[5], "3:nmod");
}

// A participle after a comma on a verb of accusing goes on the gerund of the charge; without
// such a gerund it stays.
TEST(TreeRepairs, AResultOfTheChargeGoesOnTheGerund) {
    const std::string rows = "Manila PROPN NNP 2 nsubj\n"
                             "accused VERB VBD 0 root\n"
                             "guards NOUN NNS 2 obj\n"
                             "%s\n"
                             "cannon NOUN NN 5 obj\n"
                             ", PUNCT , 8 punct\n"
                             "damaging VERB VBG 2 advcl\n"
                             "boats NOUN NNS 8 obj\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "of SCONJ IN 5 mark\nfiring VERB VBG 2 advcl");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "5:advcl");
    std::vector<Token> none = tree("Manila PROPN NNP 2 nsubj\n"
                                   "accused VERB VBD 0 root\n"
                                   "guards NOUN NNS 2 obj\n"
                                   ", PUNCT , 5 punct\n"
                                   "damaging VERB VBG 2 advcl\n"
                                   "boats NOUN NNS 5 obj\n"
                                   ". PUNCT . 2 punct\n");
    repairTree(none, lemmas(), anyNoun);
    EXPECT_EQ(arcs(none)[4], "2:advcl");
}

// A name set off by commas after a noun, taken for a vocative, is the noun's apposition.
TEST(TreeRepairs, ANameAfterANounAndACommaIsNoVocative) {
    std::vector<Token> w = tree("laws NOUN NNS 0 root\n"
                                "force VERB VBP 1 acl:relcl\n"
                                "its PRON PRP$ 4 nmod:poss\n"
                                "owner NOUN NN 2 obj\n"
                                ", PUNCT , 6 punct\n"
                                "ByteDance PROPN NNP 2 vocative\n"
                                ". PUNCT . 1 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "4:appos");
}

// A title opening the sentence with a name in apposition, taken for a clause of a verb with
// no subject, gives the verb the name as its subject and the name its relative clause.
TEST(TreeRepairs, AnOpeningTitlesNameIsTheSubject) {
    std::vector<Token> w = tree("Chief ADJ JJ 8 ccomp\n"
                                "executive NOUN NN 3 amod\n"
                                "Bill PROPN NNP 1 appos\n"
                                ", PUNCT , 5 punct\n"
                                "who PRON WP 6 nsubj\n"
                                "joined VERB VBD 1 acl:relcl\n"
                                ", PUNCT , 1 punct\n"
                                "said VERB VBD 0 root\n"
                                "it PRON PRP 10 nsubj\n"
                                "grew VERB VBD 8 ccomp\n"
                                ". PUNCT . 8 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "8:nsubj");
    EXPECT_EQ(arcs(w)[0], "3:amod");
    EXPECT_EQ(arcs(w)[5], "3:acl:relcl");
}

// A participle after a closing report, hung on the report, goes on the reported clause; one
// after a report that opens the sentence stays.
TEST(TreeRepairs, AParticipleAfterAClosingReportIsTheReportedClauses) {
    std::vector<Token> w = tree("Navalny PROPN NNP 2 nsubj\n"
                                "died VERB VBD 0 root\n"
                                ", PUNCT , 5 punct\n"
                                "officials NOUN NNS 5 nsubj\n"
                                "said VERB VBD 2 parataxis\n"
                                ", PUNCT , 7 punct\n"
                                "prompting VERB VBG 5 advcl\n"
                                "condemnation NOUN NN 7 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[6], "2:advcl");
    std::vector<Token> opening = tree("Officials NOUN NNS 2 nsubj\n"
                                      "said VERB VBD 0 root\n"
                                      "Navalny PROPN NNP 4 nsubj\n"
                                      "died VERB VBD 2 ccomp\n"
                                      ", PUNCT , 6 punct\n"
                                      "prompting VERB VBG 2 advcl\n"
                                      "condemnation NOUN NN 6 obj\n"
                                      ". PUNCT . 2 punct\n");
    repairTree(opening, lemmas(), anyNoun);
    EXPECT_EQ(arcs(opening)[5], "2:advcl");
}

// A main verb read as its subject's participle, with the next clause's subject (a name of two
// words) hung on a time of the participle after "after", is the main verb.
TEST(TreeRepairs, AMainVerbReadAsAParticipleBeforeATimeAndAName) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "coalition NOUN NN 9 nsubj\n"
                                "collapsed VERB VBN 2 acl\n"
                                "on ADP IN 5 case\n"
                                "Wednesday PROPN NNP 3 obl\n"
                                "after ADP IN 7 case\n"
                                "Olaf PROPN NNP 5 nmod\n"
                                "Scholz PROPN NNP 7 flat\n"
                                "fired VERB VBD 0 root\n"
                                "Lindner PROPN NNP 9 obj\n"
                                ". PUNCT . 9 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[2], "0:root");
    EXPECT_EQ(arcs(w)[1], "3:nsubj");
    EXPECT_EQ(arcs(w)[6], "9:nsubj");
    EXPECT_EQ(arcs(w)[8], "3:advcl");
}

// A closing report with a description for its speaker, taken for the description's relative
// clause with no subject, is a parataxis of the main verb with the description its subject;
// with an object of its own it stays a relative clause.
TEST(TreeRepairs, AClosingReportAfterADescriptionIsNoRelativeClause) {
    const std::string rows = "Hyundai PROPN NNP 2 nsubj\n"
                             "invests VERB VBZ 0 root\n"
                             "in ADP IN 4 case\n"
                             "Louisiana PROPN NNP 2 obl\n"
                             ", PUNCT , 7 punct\n"
                             "the DET DT 7 det\n"
                             "carmaker NOUN NN 4 appos\n"
                             "announced VERB VBD 7 acl:relcl\n"
                             "%s\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "today NOUN NN 8 obl:tmod");
    w[7].lemma = "announce";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:parataxis");
    EXPECT_EQ(arcs(w)[6], "8:nsubj");
    std::vector<Token> object = treeWith(rows, "plans NOUN NNS 8 obj");
    object[7].lemma = "announce";
    repairTree(object, lemmas(), anyNoun);
    EXPECT_EQ(arcs(object)[7], "7:acl:relcl");
}

// A number with a preposition, cut from the "percent" after it, gives the percentage its place
// and becomes its number.
TEST(TreeRepairs, APercentCutFromItsNumberTakesItsPlace) {
    std::vector<Token> w = tree("Banks NOUN NNS 2 nsubj\n"
                                "cut VERB VBD 0 root\n"
                                "growth NOUN NN 2 obj\n"
                                "to ADP IN 5 case\n"
                                "2.4 NUM CD 3 nmod\n"
                                "percent NOUN NN 2 obj\n"
                                ". PUNCT . 2 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_NE(arcs(w)[5], "2:obj"); // (the phrase, wherever the later repairs hang it)
    EXPECT_EQ(arcs(w)[4], "6:nummod");
    EXPECT_EQ(arcs(w)[3], "6:case");
}

// A past tense after the comma that closes the root name's relative clause, hung on that
// clause's object as a participle of naming, is the main verb.
TEST(TreeRepairs, APastTenseOnARelativeClausesObjectIsTheMainVerb) {
    const std::string rows = "Iran PROPN NNP 0 root\n"
                             ", PUNCT , 4 punct\n"
                             "which PRON WDT 4 nsubj\n"
                             "backs VERB VBZ 1 acl:relcl\n"
                             "the DET DT 6 det\n"
                             "group NOUN NN 4 obj\n"
                             ", PUNCT , 8 punct\n"
                             "called VERB %s 6 acl\n"
                             "for ADP IN 12 case\n"
                             "an DET DT 12 det\n"
                             "emergency NOUN NN 12 compound\n"
                             "meeting NOUN NN 8 obl\n"
                             ". PUNCT . 1 punct\n";
    std::vector<Token> w = treeWith(rows, "VBD");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "0:root");
    EXPECT_EQ(arcs(w)[0], "8:nsubj");
    EXPECT_EQ(arcs(w)[12], "8:punct");
    // (a participle stays the object's: "the group, called Hamas, ...")
    std::vector<Token> participle = treeWith(rows, "VBN");
    repairTree(participle, lemmas(), anyNoun);
    EXPECT_EQ(arcs(participle)[7], "6:acl");
}

// A finite verb after the comma that closes the root noun's relative clause, taken for a second
// relative clause of the noun with no relative word, is the main verb.
TEST(TreeRepairs, ASecondRelativeClauseWithNoRelativeWordIsTheMainVerb) {
    const std::string rows = "The DET DT 3 det\n"
                             "Swedish ADJ JJ 3 amod\n"
                             "carmaker NOUN NN 0 root\n"
                             ", PUNCT , 7 punct\n"
                             "which PRON WDT 7 nsubj:pass\n"
                             "is AUX VBZ 7 aux:pass\n"
                             "controlled VERB VBN 3 acl:relcl\n"
                             "by ADP IN 11 case\n"
                             "China PROPN NNP 11 nmod:poss\n"
                             "'s PART POS 9 case\n"
                             "Geely PROPN NNP 7 obl:agent\n"
                             ", PUNCT , 14 punct\n"
                             "now ADV RB 14 advmod\n"
                             "%s VERB VBZ 3 acl:relcl\n"
                             "100 NUM CD 16 nummod\n"
                             "percent NOUN NN 14 obj\n"
                             ". PUNCT . 3 punct\n";
    std::vector<Token> w = treeWith(rows, "expects");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[13], "0:root");
    EXPECT_EQ(arcs(w)[2], "14:nsubj");
    // (one with a relative word of its own stays a relative clause: "..., which expects ...")
    std::string relative = rows;
    relative.replace(relative.find("now ADV RB 14 advmod"), 20, "which PRON WDT 14 nsubj");
    std::vector<Token> own = treeWith(relative, "expects");
    repairTree(own, lemmas(), anyNoun);
    EXPECT_EQ(arcs(own)[13], "3:acl:relcl");
}

// A phrase with a preposition between commas after a noun is the noun's modifier, not its
// apposition; a form of "be" right before a participle with no "being" is a passive's.
TEST(TreeRepairs, APrepositionsPhraseIsNoAppositionAndBeBeforeAParticipleIsPassive) {
    std::vector<Token> w = tree("The DET DT 2 det\n"
                                "workers NOUN NNS 8 nsubj\n"
                                ", PUNCT , 6 punct\n"
                                "mostly ADV RB 6 advmod\n"
                                "from ADP IN 6 case\n"
                                "India PROPN NNP 2 appos\n"
                                ", PUNCT , 2 punct\n"
                                "had VERB VBD 0 root\n"
                                "their PRON PRP$ 10 nmod:poss\n"
                                "passports NOUN NNS 8 obj\n"
                                "taken VERB VBN 8 xcomp\n"
                                "and CCONJ CC 14 cc\n"
                                "were AUX VBD 14 aux\n"
                                "paid VERB VBN 11 conj\n"
                                "a DET DT 16 det\n"
                                "fraction NOUN NN 14 obj\n"
                                ". PUNCT . 8 punct\n");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[5], "2:nmod");
    EXPECT_EQ(arcs(w)[12], "14:aux:pass");
    // (a name set off without a preposition is an apposition, and "is" before "being" a
    // plain auxiliary)
    std::vector<Token> name = tree("workers NOUN NNS 6 nsubj:pass\n"
                                   ", PUNCT , 3 punct\n"
                                   "Ravi PROPN NNP 1 appos\n"
                                   "is AUX VBZ 6 aux\n"
                                   "being AUX VBG 6 aux:pass\n"
                                   "paid VERB VBN 0 root\n");
    repairTree(name, lemmas(), anyNoun);
    EXPECT_EQ(arcs(name)[3], "6:aux");
    EXPECT_EQ(arcs(name)[2], "1:appos");
}

// A closing report with a title before its speaker's name, taken for the title's relative
// clause, is a parataxis of the main verb with the title the name's.
TEST(TreeRepairs, AClosingReportIsNoRelativeClauseOfTheSpeakersTitle) {
    const std::string rows = "Meta PROPN NNP 3 nsubj\n"
                             "will AUX MD 3 aux\n"
                             "replace VERB VB 0 root\n"
                             "them PRON PRP 3 obj\n"
                             "with ADP IN 6 case\n"
                             "notes NOUN NNS 3 obl\n"
                             "written VERB VBN 6 acl\n"
                             "by ADP IN 9 case\n"
                             "users NOUN NNS 7 obl:agent\n"
                             ", PUNCT , 12 punct\n"
                             "chief ADJ JJ 12 amod\n"
                             "executive NOUN NN 6 appos\n"
                             "Mark PROPN NNP 15 nsubj\n"
                             "Zuckerberg PROPN NNP 13 flat\n"
                             "%s VERB VBD 12 acl:relcl\n"
                             "on ADP IN 17 case\n"
                             "Tuesday PROPN NNP 15 obl\n"
                             ". PUNCT . 3 punct\n";
    std::vector<Token> w = treeWith(rows, "said");
    w[14].lemma = "say";
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[14], "3:parataxis");
    EXPECT_EQ(arcs(w)[11], "13:nmod:desc");
    EXPECT_EQ(arcs(w)[9], "15:punct");
    // (a verb of another kind stays the title's clause)
    std::vector<Token> other = treeWith(rows, "hired");
    other[14].lemma = "hire";
    repairTree(other, lemmas(), anyNoun);
    EXPECT_EQ(arcs(other)[14], "12:acl:relcl");
}

// A finite verb with no subject joined to a noun is the conjunct of the verb above the noun in
// its tense; a regular past tagged a participle counts as the past.
TEST(TreeRepairs, AFiniteVerbJoinedToANounIsTheVerbsConjunct) {
    const std::string rows = "Samsung PROPN NNP 2 nsubj\n"
                             "warned VERB VBD 0 root\n"
                             "that SCONJ IN 6 mark\n"
                             "profit NOUN NN 6 nsubj\n"
                             "would AUX MD 6 aux\n"
                             "fall VERB VB 2 ccomp\n"
                             "short ADJ JJ 6 xcomp\n"
                             "of ADP IN 9 case\n"
                             "expectations NOUN NNS 7 obl\n"
                             "and CCONJ CC 11 cc\n"
                             "%s VERB VBN 9 conj\n"
                             "to ADP IN 13 case\n"
                             "investors NOUN NNS 11 obl\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> past = treeWith(rows, "apologised");
    repairTree(past, lemmas(), anyNoun);
    EXPECT_EQ(arcs(past)[10], "2:conj");
    EXPECT_EQ(past[10].xpos, "VBD");
    // (an irregular participle stays: it may be the noun's)
    std::vector<Token> participle = treeWith(rows, "taken");
    repairTree(participle, lemmas(), anyNoun);
    EXPECT_EQ(arcs(participle)[10], "9:conj");
    // (and so does a verb with no verb of its tense above the noun)
    std::vector<Token> tense = tree("The DET DT 2 det\n"
                                    "unit NOUN NN 3 nsubj\n"
                                    "employs VERB VBZ 0 root\n"
                                    "people NOUN NNS 3 obj\n"
                                    "and CCONJ CC 6 cc\n"
                                    "had VERB VBD 4 conj\n"
                                    "sales NOUN NNS 6 obj\n"
                                    ". PUNCT . 3 punct\n");
    repairTree(tense, lemmas(), anyNoun);
    EXPECT_EQ(arcs(tense)[5], "4:conj");
    // (nor a participle with a marker: "an offer ..., and only if accompanied by a lower wage")
    std::vector<Token> marked = tree("made VERB VBD 0 root\n"
                                     "offer NOUN NN 1 obj\n"
                                     "and CCONJ CC 5 cc\n"
                                     "if SCONJ IN 5 mark\n"
                                     "accompanied VERB VBN 2 conj\n"
                                     "by ADP IN 7 case\n"
                                     "wage NOUN NN 5 obl\n");
    repairTree(marked, lemmas(), anyNoun);
    EXPECT_EQ(arcs(marked)[4], "2:conj");
}

// A phrase with a preposition hung on an object pronoun is the verb's oblique.
TEST(TreeRepairs, APhraseOnAnObjectPronounIsTheVerbs) {
    const std::string rows = "Judges NOUN NNS 2 nsubj\n"
                             "cleared VERB VBD 0 root\n"
                             "%s PRON PRP 2 obj\n"
                             "of ADP IN 8 case\n"
                             "the DET DT 8 det\n"
                             "most ADV RBS 7 advmod\n"
                             "serious ADJ JJ 8 amod\n"
                             "charges NOUN NNS 3 nmod\n"
                             "of ADP IN 10 case\n"
                             "corruption NOUN NN 8 nmod\n"
                             ". PUNCT . 2 punct\n";
    std::vector<Token> w = treeWith(rows, "him");
    repairTree(w, lemmas(), anyNoun);
    EXPECT_EQ(arcs(w)[7], "2:obl");
    EXPECT_EQ(arcs(w)[9], "8:nmod");
    // (a pronoun that takes such a phrase keeps it: "those of ...")
    std::vector<Token> those = treeWith(rows, "those");
    repairTree(those, lemmas(), anyNoun);
    EXPECT_EQ(arcs(those)[7], "3:nmod");
    // (nor is a name spelt like one: "Google defies US over search data")
    std::vector<Token> name = treeWith(rows, "US");
    name[2].upos = "PROPN";
    repairTree(name, lemmas(), anyNoun);
    EXPECT_EQ(arcs(name)[7], "3:nmod");
}

TEST(TreeRepairs, KeepASingleRootedTreeOnRandomTrees) {
    std::mt19937 random(20261206);
    const std::vector<std::vector<Token>> news = test_trees::newsTrees();
    for (int round = 0; round < 40000; ++round) {
        Sentence s = test_trees::randomOrChanged(round, news, random);
        const std::string before = conllu(s.tokens);
        repairTree(s.tokens, lemmas(), anyNoun);
        ASSERT_TRUE(singleRootedTree(s.tokens)) << "round " << round << "\nbefore:\n"
                                                << before << "after:\n"
                                                << conllu(s.tokens);
        for (const Token& t : s.tokens) {
            ASSERT_EQ(t.head == 0, t.deprel == "root") << "round " << round << "\nbefore:\n"
                                                       << before << "after:\n"
                                                       << conllu(s.tokens);
        }
    }
}

// The same on EWT dev's gold trees with a few heads, relations or tags changed at random: the
// treebank's shapes reach many more of the repairs than random words do. (These trees, and
// the trees the pipeline gives EWT, CaRB and news text, ran through over 20 million such rounds
// while this test was written; three repairs made cycles, each now checks for it.)
TEST(TreeRepairs, KeepASingleRootedTreeOnChangedTreebankTrees) {
    std::ifstream in(KG_SHARED_DIR "/data/ud-english-ewt/en_ewt-ud-dev.conllu");
    if (!in) {
        GTEST_SKIP() << "EWT dev is not beside the project";
    }
    const ConlluReadResult dev = readConllu(in, "en_ewt-ud-dev.conllu");
    ASSERT_FALSE(dev.sentences.empty());
    std::mt19937 random(20261206);
    std::size_t changed = 0;
    for (int round = 0; round < 20000; ++round) {
        std::vector<Token> w =
            test_trees::mutated(dev.sentences[random() % dev.sentences.size()].tokens, random);
        const std::string before = conllu(w);
        repairTree(w, lemmas(), anyNoun);
        changed += conllu(w) != before ? 1 : 0;
        ASSERT_TRUE(singleRootedTree(w)) << "round " << round << "\nbefore:\n"
                                         << before << "after:\n"
                                         << conllu(w);
        for (const Token& t : w) {
            ASSERT_EQ(t.head == 0, t.deprel == "root") << "round " << round << "\nbefore:\n"
                                                       << before << "after:\n"
                                                       << conllu(w);
        }
    }
    EXPECT_GT(changed, 1000U); // (the repairs do act on these trees)
}

} // namespace
} // namespace kg::ingest::nlp
