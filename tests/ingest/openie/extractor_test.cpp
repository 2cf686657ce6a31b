#include "ingest/openie/extractor.h"

#include "ingest/nlp/conllu.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::openie {
namespace {

// Builds a parsed sentence from lines "id form lemma UPOS XPOS head deprel" (one word a line),
// so the cases below read like a treebank and do not depend on the statistical parser.
nlp::Sentence tree(const std::string& rows) {
    nlp::Sentence s;
    std::istringstream in(rows);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::size_t id = 0;
        nlp::Token t;
        if (!(fields >> id >> t.form >> t.lemma >> t.upos >> t.xpos >> t.head >> t.deprel)) {
            continue;
        }
        if (t.xpos == "WDT" || t.xpos == "WP") {
            t.feats = "PronType=Rel";
        }
        s.tokens.push_back(t);
    }
    return s;
}

// What one expected proposition looks like; empty fields are not checked.
struct Want {
    std::string arg1;
    std::string relation; // lemma form
    std::string arg2;
    std::string relationText = "";
    std::optional<bool> asserted = std::nullopt;
    std::optional<bool> negated = std::nullopt;
    std::string extra = ""; // one extra argument's text
};

bool matches(const Proposition& p, const Want& w) {
    if (p.arg1.text != w.arg1 || p.relation != w.relation || p.arg2.text != w.arg2) {
        return false;
    }
    if (!w.relationText.empty() && p.relationText != w.relationText) {
        return false;
    }
    if (w.asserted && p.asserted != *w.asserted) {
        return false;
    }
    if (w.negated && p.negated != *w.negated) {
        return false;
    }
    if (!w.extra.empty() && std::none_of(p.extras.begin(), p.extras.end(),
                                         [&](const Argument& a) { return a.text == w.extra; })) {
        return false;
    }
    return true;
}

std::string dump(const std::vector<Proposition>& props) {
    std::string out;
    for (const Proposition& p : props) {
        out +=
            "  (" + p.arg1.text + " | " + p.relation + " [" + p.relationText + "] | " + p.arg2.text;
        for (const Argument& a : p.extras) {
            out += " | " + std::string(argRoleName(a.role)) + ":" + a.text;
        }
        out += ")" + std::string(p.asserted ? "" : " not-asserted") +
               (p.negated ? " negated" : "") +
               (p.attributedTo.empty() ? "" : " by " + p.attributedTo) + "\n";
    }
    return out;
}

struct Case {
    const char* name;
    const char* rows;
    std::vector<Want> must;
    std::vector<Want> mustNot;
};

// Each construction of issue 5, on hand-checked UD trees (several from the seed article).
const std::vector<Case> CASES = {
    {"passive_with_agent",
     R"(1 Sales sale NOUN NNS 3 nsubj:pass
        2 were be AUX VBD 3 aux:pass
        3 banned ban VERB VBN 0 root
        4 by by ADP IN 6 case
        5 the the DET DT 6 det
        6 administration administration NOUN NN 3 obl:agent
        7 . . PUNCT . 3 punct)",
     {{"Sales", "be banned by", "the administration", "were banned by"}},
     {}},
    {"auxiliaries_adverb_and_complement_clause",
     R"(1 Nvidia Nvidia PROPN NNP 4 nsubj
        2 has have AUX VBZ 4 aux
        3 repeatedly repeatedly ADV RB 4 advmod
        4 denied deny VERB VBN 0 root
        5 that that SCONJ IN 8 mark
        6 its its PRON PRP$ 7 nmod:poss
        7 products product NOUN NNS 8 nsubj
        8 have have VERB VBP 4 ccomp
        9 backdoors backdoor NOUN NNS 8 obj
        10 . . PUNCT . 4 punct)",
     {{"Nvidia", "deny that", "its products have backdoors", "has repeatedly denied that", true},
      {"its products", "have", "backdoors", "have", false}},
     {{"Nvidia", "have", "backdoors"}}},
    // The parse hung "on Monday" on the subject; it dates the verb and leaves the subject.
    {"time_between_subject_and_verb_is_the_verbs",
     R"(1 The the DET DT 3 det
        2 Commerce Commerce PROPN NNP 3 compound
        3 Department Department PROPN NNP 6 nsubj
        4 on on ADP IN 5 case
        5 Monday Monday PROPN NNP 3 nmod
        6 added add VERB VBD 0 root
        7 companies company NOUN NNS 6 obj
        8 . . PUNCT . 6 punct)",
     {{"The Commerce Department", "add", "companies", "added", std::nullopt, std::nullopt,
       "on Monday"}},
     {{"The Commerce Department on Monday", "add", "companies"}}},
    // "according to X" names a source even when the parse made it the object.
    {"according_to_as_object_is_the_source",
     R"(1 Nvidia Nvidia PROPN NNP 2 nsubj
        2 pays pay VERB VBZ 0 root
        3 fees fee NOUN NNS 2 obl:unmarked
        4 , , PUNCT , 8 punct
        5 according accord VERB VBG 8 case
        6 to to ADP IN 5 fixed
        7 the the DET DT 8 det
        8 FT FT PROPN NNP 2 obj
        9 . . PUNCT . 2 punct)",
     {},
     {{"Nvidia", "pay", "according to the FT"}, {"Nvidia", "pay", "the FT"}}},
    // "need" asks a name or a pronoun to act, but a thing is what the subject needs.
    {"need_a_thing_to_act_keeps_the_subject",
     R"(1 Nvidia Nvidia PROPN NNP 3 nsubj
        2 will will AUX MD 3 aux
        3 need need VERB VB 0 root
        4 licenses license NOUN NNS 3 obj
        5 to to PART TO 6 mark
        6 sell sell VERB VB 3 xcomp
        7 chips chip NOUN NNS 6 obj
        8 . . PUNCT . 3 punct)",
     {{"Nvidia", "sell", "chips", "to sell"}},
     {{"licenses", "sell", "chips", "to sell"}}},
    // "by launching": the means, done by the main clause's subject.
    {"by_gerund_has_the_main_subject",
     R"(1 Huawei Huawei PROPN NNP 2 nsubj
        2 surprised surprise VERB VBD 0 root
        3 Washington Washington PROPN NNP 2 obj
        4 by by SCONJ IN 5 mark
        5 launching launch VERB VBG 2 advcl
        6 a a DET DT 7 det
        7 phone phone NOUN NN 5 obj
        8 . . PUNCT . 2 punct)",
     {{"Huawei", "launch", "a phone", "launching"}},
     {}},
    // "with reviewing" after a verb with no object: the task of the main clause's subject;
    // after an object, the object's act ("charged Musk with misleading investors").
    {"with_gerund_after_an_objectless_verb_has_the_main_subject",
     R"(1 The the DET DT 2 det
        2 board board NOUN NN 4 nsubj:pass
        3 is be AUX VBZ 4 aux:pass
        4 charged charge VERB VBN 0 root
        5 with with SCONJ IN 6 mark
        6 reviewing review VERB VBG 4 advcl
        7 the the DET DT 8 det
        8 plans plan NOUN NNS 6 obj
        9 . . PUNCT . 4 punct)",
     {{"The board", "review", "the plans", "reviewing"}},
     {}},
    {"with_gerund_after_an_object_is_not_the_subjects",
     R"(1 The the DET DT 2 det
        2 SEC SEC PROPN NNP 3 nsubj
        3 charged charge VERB VBD 0 root
        4 Musk Musk PROPN NNP 3 obj
        5 with with SCONJ IN 6 mark
        6 misleading mislead VERB VBG 3 advcl
        7 investors investor NOUN NNS 6 obj
        8 . . PUNCT . 3 punct)",
     {{"The SEC", "charge", "Musk", "charged"}},
     {{"The SEC", "mislead", "investors", "misleading"}}},
    // "the first/only/largest N to V": the infinitive is done by the subject the ranked noun
    // describes, after a copula or "become"; a noun that is only an object is not.
    {"infinitive_on_a_ranked_predicate_noun_has_the_subject",
     R"(1 Huawei Huawei PROPN NNP 5 nsubj
        2 is be AUX VBZ 5 cop
        3 the the DET DT 5 det
        4 only only ADJ JJ 5 amod
        5 firm firm NOUN NN 0 root
        6 to to PART TO 7 mark
        7 offer offer VERB VB 5 acl
        8 such such ADJ JJ 9 amod
        9 phones phone NOUN NNS 7 obj
        10 . . PUNCT . 5 punct)",
     {{"Huawei", "offer", "such phones"}},
     {}},
    {"infinitive_on_a_ranked_noun_after_become_has_the_subject",
     R"(1 Nvidia Nvidia PROPN NNP 2 nsubj
        2 became become VERB VBD 0 root
        3 the the DET DT 5 det
        4 first first ADJ JJ 5 amod
        5 company company NOUN NN 2 obj
        6 to to PART TO 7 mark
        7 reach reach VERB VB 5 acl
        8 $4 $4 NUM CD 9 nummod
        9 trillion trillion NUM CD 7 obj
        10 . . PUNCT . 2 punct)",
     {{"Nvidia", "reach", "$4 trillion"}},
     {}},
    {"infinitive_on_a_ranked_object_is_not_the_subjects",
     R"(1 Regulators regulator NOUN NNS 2 nsubj
        2 granted grant VERB VBD 0 root
        3 the the DET DT 5 det
        4 first first ADJ JJ 5 amod
        5 license license NOUN NN 2 obj
        6 to to PART TO 7 mark
        7 sell sell VERB VB 5 acl
        8 chips chip NOUN NNS 7 obj
        9 . . PUNCT . 2 punct)",
     {{"Regulators", "grant", "the first license to sell chips"}},
     {{"Regulators", "sell", "chips"}}},
    // "is in talks to invest", "announced plans to build": an infinitive on a noun for a plan
    // or an arrangement the subject has or makes is the subject's aim; a plan criticised is
    // someone else's.
    {"infinitive_on_talks_after_a_copula_is_the_subjects_aim",
     R"(1 Microsoft Microsoft PROPN NNP 4 nsubj
        2 is be AUX VBZ 4 cop
        3 in in ADP IN 4 case
        4 talks talk NOUN NNS 0 root
        5 to to PART TO 6 mark
        6 invest invest VERB VB 4 acl
        7 $10 $10 NUM CD 8 nummod
        8 billion billion NUM CD 6 obj
        9 . . PUNCT . 4 punct)",
     {{"Microsoft", "invest", "$10 billion"}},
     {}},
    {"infinitive_on_plans_announced_is_the_subjects_aim",
     R"(1 Samsung Samsung PROPN NNP 2 nsubj
        2 announced announce VERB VBD 0 root
        3 plans plan NOUN NNS 2 obj
        4 to to PART TO 5 mark
        5 build build VERB VB 3 acl
        6 a a DET DT 7 det
        7 factory factory NOUN NN 5 obj
        8 . . PUNCT . 2 punct)",
     {{"Samsung", "build", "a factory"}},
     {}},
    {"infinitive_on_a_decision_criticised_is_not_the_subjects",
     R"(1 Critics critic NOUN NNS 2 nsubj
        2 attacked attack VERB VBD 0 root
        3 the the DET DT 4 det
        4 decision decision NOUN NN 2 obj
        5 to to PART TO 6 mark
        6 ban ban VERB VB 4 acl
        7 exports export NOUN NNS 6 obj
        8 . . PUNCT . 2 punct)",
     {{"Critics", "attack", "the decision to ban exports"}},
     {{"Critics", "ban", "exports"}}},
    // "urged the administration to avoid ...", parsed with the infinitive on the object: the
    // object is asked to act (not asserted); a noun's own infinitive is left alone.
    {"infinitive_on_the_object_of_urge_is_the_objects_act",
     R"(1 Smith Smith PROPN NNP 2 nsubj
        2 urged urge VERB VBD 0 root
        3 the the DET DT 4 det
        4 administration administration NOUN NN 2 obj
        5 to to PART TO 6 mark
        6 avoid avoid VERB VB 4 acl
        7 regulation regulation NOUN NN 6 obj
        8 . . PUNCT . 2 punct)",
     {{"the administration", "avoid", "regulation", "", false}},
     {{"Smith", "avoid", "regulation"}}},
    {"infinitive_on_the_object_of_find_stays_the_nouns",
     R"(1 Intel Intel PROPN NNP 2 nsubj
        2 found find VERB VBD 0 root
        3 a a DET DT 4 det
        4 way way NOUN NN 2 obj
        5 to to PART TO 6 mark
        6 cut cut VERB VB 4 acl
        7 costs cost NOUN NNS 6 obj
        8 . . PUNCT . 2 punct)",
     {{"Intel", "find", "a way to cut costs"}},
     {{"a way", "cut", "costs"}}},
    {"despite_gerund_has_the_main_subject",
     R"(1 Nvidia Nvidia PROPN NNP 2 nsubj
        2 lost lose VERB VBD 0 root
        3 sales sale NOUN NNS 2 obj
        4 despite despite SCONJ IN 5 mark
        5 cutting cut VERB VBG 2 advcl
        6 prices price NOUN NNS 5 obj
        7 . . PUNCT . 2 punct)",
     {{"Nvidia", "cut", "prices", "cutting"}},
     {}},
    // A reporting verb joined with "and" and with its own content reports that content, not
    // the clause before it.
    {"coordinated_speaker_with_own_content_leaves_the_first_clause_asserted",
     R"(1 Washington Washington PROPN NNP 2 nsubj
        2 accused accuse VERB VBD 0 root
        3 Beijing Beijing PROPN NNP 2 obj
        4 , , PUNCT , 7 punct
        5 and and CCONJ CC 7 cc
        6 Raimondo Raimondo PROPN NNP 7 nsubj
        7 said say VERB VBD 2 parataxis
        8 Washington Washington PROPN NNP 11 nsubj
        9 would would AUX MD 11 aux
        10 not not PART RB 11 advmod
        11 tolerate tolerate VERB VB 7 ccomp
        12 it it PRON PRP 11 obj
        13 . . PUNCT . 2 punct)",
     {{"Washington", "accuse", "Beijing", "accused", true}},
     {{"Washington", "accuse", "Beijing", "accused", false}}},
    // "and address Chinese users' concerns" with "address" tagged as a noun conjunct: a bare
    // noun that a phrase it does not govern follows is no second object.
    {"verb_taken_for_a_noun_conjunct_is_no_object",
     R"(1 They they PRON PRP 2 nsubj
        2 restore restore VERB VBP 0 root
        3 confidence confidence NOUN NN 2 obj
        4 and and CCONJ CC 5 cc
        5 address address NOUN NN 3 conj
        6 user user NOUN NN 7 compound
        7 concerns concern NOUN NNS 3 nmod
        8 . . PUNCT . 2 punct)",
     {{"They", "restore", "confidence user concerns", "restore"}},
     {{"They", "restore", "address", "restore"}}},
    // A purpose infinitive is the subject's aim, not a fact.
    {"purpose_infinitive_is_the_subjects_aim",
     R"(1 Beijing Beijing PROPN NNP 2 nsubj
        2 poured pour VERB VBD 0 root
        3 billions billion NOUN NNS 2 obj
        4 to to PART TO 5 mark
        5 reduce reduce VERB VB 2 advcl
        6 its its PRON PRP$ 7 nmod:poss
        7 reliance reliance NOUN NN 5 obj
        8 . . PUNCT . 2 punct)",
     {{"Beijing", "reduce", "its reliance", "to reduce", false}},
     {{"Beijing", "reduce", "its reliance", "to reduce", true}}},
    // "obtain X to V" states a purpose: the subject ships, not the licenses; "urge X to V"
    // asks X to.
    {"purpose_infinitive_after_an_object_has_the_subjects_doer",
     R"(1 Intel Intel PROPN NNP 2 nsubj
        2 obtained obtain VERB VBD 0 root
        3 licenses license NOUN NNS 2 obj
        4 to to PART TO 5 mark
        5 ship ship VERB VB 2 xcomp
        6 tools tool NOUN NNS 5 obj
        7 . . PUNCT . 2 punct)",
     {{"Intel", "ship", "tools", "to ship"}},
     {{"licenses", "ship", "tools"}}},
    {"object_control_verb_passes_its_object",
     R"(1 The the DET DT 2 det
        2 EU EU PROPN NNP 3 nsubj
        3 urged urge VERB VBD 0 root
        4 China China PROPN NNP 3 obj
        5 to to PART TO 6 mark
        6 lift lift VERB VB 3 xcomp
        7 curbs curb NOUN NNS 6 obj
        8 . . PUNCT . 3 punct)",
     {{"China", "lift", "curbs", "to lift"}},
     {{"The EU", "lift", "curbs"}}},
    {"particle_folded_into_relation",
     R"(1 The the DET DT 2 det
        2 company company NOUN NN 3 nsubj
        3 called call VERB VBD 0 root
        4 off off ADP RP 3 compound:prt
        5 the the DET DT 6 det
        6 deal deal NOUN NN 3 obj
        7 . . PUNCT . 3 punct)",
     {{"The company", "call off", "the deal", "called off"}},
     {}},
    {"adverb_of_direction_before_a_preposition_folded_into_relation",
     R"(1 Indonesia Indonesia PROPN NNP 2 nsubj
        2 pressed press VERB VBD 0 root
        3 ahead ahead ADV RB 2 advmod
        4 with with ADP IN 6 case
        5 the the DET DT 6 det
        6 ban ban NOUN NN 2 obl
        7 . . PUNCT . 2 punct)",
     {{"Indonesia", "press ahead with", "the ban", "pressed ahead with"}},
     {{"Indonesia", "press with", "the ban"}}},
    {"sum_paid_for_a_purpose_is_no_doer",
     R"(1 Uber Uber PROPN NNP 3 nsubj
        2 will will AUX MD 3 aux
        3 pay pay VERB VB 0 root
        4 $ $ SYM $ 3 obj
        5 20 20 NUM CD 4 nummod
        6 to to PART TO 7 mark
        7 settle settle VERB VB 3 advcl
        8 the the DET DT 9 det
        9 case case NOUN NN 7 obj
        10 . . PUNCT . 3 punct)",
     {{"Uber", "settle", "the case", "to settle"}},
     {{"$ 20", "settle", "the case"}}},
    {"noun_with_its_own_preposition_is_no_apposition",
     R"(1 It it PRON PRP 2 nsubj
        2 issued issue VERB VBD 0 root
        3 an a DET DT 4 det
        4 order order NOUN NN 2 obj
        5 , , PUNCT , 10 punct
        6 its its PRON PRP$ 10 nmod:poss
        7 first first ADV RB 10 advmod
        8 against against ADP IN 10 case
        9 a a DET DT 10 det
        10 company company NOUN NN 4 appos
        11 . . PUNCT . 2 punct)",
     {{"It", "issue", "an order", "issued"}},
     {{"an order", "be", "its first against a company"}}},
    {"span_of_time_before_after_is_no_apposition",
     R"(1 He he PRON PRP 2 nsubj
        2 signed sign VERB VBD 0 root
        3 the the DET DT 4 det
        4 bill bill NOUN NN 2 obj
        5 , , PUNCT , 7 punct
        6 a a DET DT 7 det
        7 day day NOUN NN 4 appos
        8 after after SCONJ IN 10 mark
        9 protesters protester NOUN NNS 10 nsubj
        10 stormed storm VERB VBD 2 advcl
        11 parliament parliament NOUN NN 10 obj
        12 . . PUNCT . 2 punct)",
     {{"protesters", "storm", "parliament"}},
     {{"the bill", "be", "a day"}}},
    {"copula_with_coordinated_adjectives",
     R"(1 H20 H20 PROPN NNP 2 compound
        2 chips chip NOUN NNS 4 nsubj
        3 are be AUX VBP 4 cop
        4 unsafe unsafe ADJ JJ 0 root
        5 and and CCONJ CC 7 cc
        6 environmentally environmentally ADV RB 7 advmod
        7 unfriendly unfriendly ADJ JJ 4 conj
        8 . . PUNCT . 4 punct)",
     {{"H20 chips", "be", "unsafe", "are"}, {"H20 chips", "be", "environmentally unfriendly"}},
     {{"H20 chips", "be", "unsafe and environmentally unfriendly"}}},
    {"apposition_participle_and_attribution",
     R"(1 Yuyuan Yuyuan PROPN NNP 12 nsubj
        2 Tantian Tantian PROPN NNP 1 flat
        3 , , PUNCT , 7 punct
        4 a a DET DT 7 det
        5 social social ADJ JJ 6 amod
        6 media media NOUN NN 7 compound
        7 account account NOUN NN 1 appos
        8 affiliated affiliate VERB VBN 7 acl
        9 with with ADP IN 10 case
        10 CCTV CCTV PROPN NNP 8 obl
        11 , , PUNCT , 7 punct
        12 claimed claim VERB VBD 0 root
        13 the the DET DT 15 det
        14 H20 H20 PROPN NNP 15 compound
        15 chips chip NOUN NNS 16 nsubj
        16 pose pose VERB VBP 12 ccomp
        17 security security NOUN NN 18 compound
        18 risks risk NOUN NNS 16 obj
        19 . . PUNCT . 12 punct)",
     {{"Yuyuan Tantian", "be", "a social media account"},
      {"a social media account", "be affiliated with", "CCTV", "affiliated with"},
      {"Yuyuan Tantian", "claim", "the H20 chips pose security risks"},
      {"the H20 chips", "pose", "security risks", "", false}},
     {{"Yuyuan Tantian , a social media account affiliated with CCTV", "claim",
       "the H20 chips pose security risks"}}},
    {"control_verb",
     R"(1 the the DET DT 3 det
        2 People people PROPN NNP 3 nmod:poss
        3 Daily Daily PROPN NNP 4 nsubj
        4 urged urge VERB VBD 0 root
        5 Nvidia Nvidia PROPN NNP 4 obj
        6 to to PART TO 7 mark
        7 provide provide VERB VB 4 xcomp
        8 security security NOUN NN 9 compound
        9 proofs proof NOUN NNS 7 obj
        10 . . PUNCT . 4 punct)",
     {{"the People Daily", "urge", "Nvidia", "urged", true},
      {"Nvidia", "provide", "security proofs", "to provide", false}},
     {{"the People Daily", "provide", "security proofs"}}},
    {"subject_control_joins_the_relation",
     R"(1 The the DET DT 2 det
        2 company company NOUN NN 3 nsubj
        3 continues continue VERB VBZ 0 root
        4 to to PART TO 5 mark
        5 receive receive VERB VB 3 xcomp
        6 criticism criticism NOUN NN 5 obj
        7 . . PUNCT . 3 punct)",
     {{"The company", "continue to receive", "criticism", "continues to receive", true}},
     {{"The company", "continue", "to receive criticism"}}},
    {"negation_and_prepositional_object",
     R"(1 The the DET DT 3 det
        2 White White PROPN NNP 3 compound
        3 House House PROPN NNP 6 nsubj
        4 did do AUX VBD 6 aux
        5 not not PART RB 6 advmod
        6 respond respond VERB VB 0 root
        7 to to ADP IN 8 case
        8 requests request NOUN NNS 6 obl
        9 . . PUNCT . 6 punct)",
     {{"The White House", "respond to", "requests", "did not respond to", std::nullopt, true}},
     {}},
    {"coordinated_subjects",
     R"(1 The the DET DT 3 det
        2 White White PROPN NNP 3 compound
        3 House House PROPN NNP 10 nsubj
        4 and and CCONJ CC 7 cc
        5 the the DET DT 7 det
        6 State State PROPN NNP 7 compound
        7 Department Department PROPN NNP 3 conj
        8 did do AUX VBD 10 aux
        9 not not PART RB 10 advmod
        10 respond respond VERB VB 0 root
        11 . . PUNCT . 10 punct)",
     {{"The White House", "respond", "", "", std::nullopt, true},
      {"the State Department", "respond", "", "", std::nullopt, true}},
     {{"The White House and the State Department", "respond", ""}}},
    {"time_and_place_arguments",
     R"(1 On on ADP IN 3 case
        2 July July PROPN NNP 3 compound
        3 31 31 NUM CD 6 obl
        4 , , PUNCT , 6 punct
        5 China China PROPN NNP 6 nsubj
        6 summoned summon VERB VBD 0 root
        7 Nvidia Nvidia PROPN NNP 6 obj
        8 in in ADP IN 9 case
        9 Beijing Beijing PROPN NNP 6 obl
        10 . . PUNCT . 6 punct)",
     {{"China", "summon", "Nvidia", "summoned", std::nullopt, std::nullopt, "On July 31"},
      {"China", "summon", "Nvidia", "summoned", std::nullopt, std::nullopt, "in Beijing"}},
     {{"China", "summon in", "Beijing"}}},
    {"modality",
     R"(1 The the DET DT 2 det
        2 restrictions restriction NOUN NNS 5 nsubj:pass
        3 would would AUX MD 5 aux
        4 be be AUX VB 5 aux:pass
        5 relaxed relax VERB VBN 0 root
        6 . . PUNCT . 5 punct)",
     {{"The restrictions", "be relaxed", "", "would be relaxed"}},
     {}},
    {"subject_and_object_relative_clauses",
     R"(1 Keibler Keibler PROPN NNP 2 nsubj
        2 began begin VERB VBD 0 root
        3 a a DET DT 4 det
        4 feud feud NOUN NN 2 obj
        5 , , PUNCT , 7 punct
        6 which which PRON WDT 7 nsubj
        7 led lead VERB VBD 4 acl:relcl
        8 to to ADP IN 9 case
        9 matches match NOUN NNS 7 obl
        10 , , PUNCT , 13 punct
        11 which which PRON WDT 13 obj
        12 Keibler Keibler PROPN NNP 13 nsubj
        13 lost lose VERB VBD 9 acl:relcl
        14 . . PUNCT . 2 punct)",
     {{"Keibler", "begin", "a feud"},
      {"a feud", "lead to", "matches", "led to"},
      {"Keibler", "lose", "matches"}},
     {{"Keibler", "lose", "which"}, {"which", "lead to", "matches"}}},
    {"coordinated_verbs_share_the_subject",
     R"(1 The the DET DT 2 det
        2 administration administration NOUN NN 3 nsubj
        3 banned ban VERB VBD 0 root
        4 sales sale NOUN NNS 3 obj
        5 but but CCONJ CC 6 cc
        6 reversed reverse VERB VBD 3 conj
        7 that that DET DT 8 det
        8 decision decision NOUN NN 6 obj
        9 . . PUNCT . 3 punct)",
     {{"The administration", "ban", "sales"}, {"The administration", "reverse", "that decision"}},
     {{"The administration", "ban", "sales but reversed that decision"}}},
    {"possessive_of_a_name_only",
     R"(1 China China PROPN NNP 3 nmod:poss
        2 's 's PART POS 1 case
        3 Ministry Ministry PROPN NNP 10 nsubj
        4 of of ADP IN 6 case
        5 Foreign Foreign PROPN NNP 6 compound
        6 Affairs Affairs PROPN NNPS 3 nmod
        7 and and CCONJ CC 9 cc
        8 its its PRON PRP$ 9 nmod:poss
        9 staff staff NOUN NN 3 conj
        10 replied reply VERB VBD 0 root
        11 . . PUNCT . 10 punct)",
     {{"China", "have", "Ministry of Foreign Affairs", "has"},
      {"China 's Ministry of Foreign Affairs", "reply", ""},
      {"its staff", "reply", ""}},
     {{"its", "have", "staff"}}},
    // "whose" makes the clause's subject the noun's own: the noun is no object of the clause.
    {"whose_relative_clause_has_no_object",
     R"(1 Intel Intel PROPN NNP 8 nsubj
        2 , , PUNCT , 6 punct
        3 whose whose PRON WP$ 4 nmod:poss
        4 shares share NOUN NNS 6 nsubj
        5 have have AUX VBP 6 aux
        6 fallen fall VERB VBN 1 acl:relcl
        7 , , PUNCT , 6 punct
        8 cut cut VERB VBD 0 root
        9 jobs job NOUN NNS 8 obj
        10 . . PUNCT . 8 punct)",
     {{"Intel", "cut", "jobs"}},
     {{"whose shares", "fall", "Intel"}}},
    {"according_to_is_attribution",
     R"(1 According accord VERB VBG 3 case
        2 to to ADP IN 1 fixed
        3 reports report NOUN NNS 6 obl
        4 , , PUNCT , 6 punct
        5 China China PROPN NNP 6 nsubj
        6 wants want VERB VBZ 0 root
        7 relief relief NOUN NN 6 obj
        8 . . PUNCT . 6 punct)",
     {{"China", "want", "relief", "wants", false}},
     {{"China", "want according to", "reports"}}},
    // The parse split "IndiGo chief executive Pieter Elbers" into two subjects, the first a
    // common noun ("chief"): one phrase, headed by the name (subjectsSplitFromOnePhrase).
    {"title_noun_split_from_the_name_after_it",
     R"(1 IndiGo IndiGo PROPN NNP 2 compound
        2 chief chief NOUN NN 6 nsubj
        3 executive executive ADJ JJ 5 amod
        4 Pieter Pieter PROPN NNP 5 compound
        5 Elbers Elbers PROPN NNP 6 nsubj
        6 told tell VERB VBD 0 root
        7 reporters reporter NOUN NNS 6 obj
        8 . . PUNCT . 6 punct)",
     {{"IndiGo chief executive Pieter Elbers", "tell", "reporters"}},
     {{"IndiGo chief", "tell", "reporters"}}},
    // "Elon Musk, Tesla's chief executive, criticized ...": after the comma comes a description
    // of the first subject, which the parse made a second one; the first acts.
    {"description_after_a_comma_is_not_the_subject",
     R"(1 Elon Elon PROPN NNP 9 nsubj
        2 Musk Musk PROPN NNP 1 flat
        3 , , PUNCT , 1 punct
        4 Tesla Tesla PROPN NNP 9 nsubj
        5 's 's PART POS 4 case
        6 chief chief ADJ JJ 9 advmod
        7 executive executive ADJ JJ 9 advmod
        8 , , PUNCT , 9 punct
        9 criticized criticize VERB VBD 0 root
        10 the the DET DT 11 det
        11 agency agency NOUN NN 9 obj
        12 . . PUNCT . 9 punct)",
     {{"Elon Musk", "criticize", "the agency"}},
     {{"Tesla 's", "criticize", "the agency"}, {"Tesla", "criticize", "the agency"}}},
    // A participle after a passive clause with a pronoun object: the pronoun is the passive
    // subject, so the participle's doer is the event (no subject), or the agent when there is
    // one. An active clause or a reflexive object keeps the main subject.
    {"pronoun_object_of_a_participle_after_a_passive",
     R"(1 Huawei Huawei PROPN NNP 3 nsubj:pass
        2 was be AUX VBD 3 aux:pass
        3 added add VERB VBN 0 root
        4 to to ADP IN 6 case
        5 the the DET DT 6 det
        6 list list NOUN NN 3 obl
        7 , , PUNCT , 8 punct
        8 cutting cut VERB VBG 3 advcl
        9 it it PRON PRP 8 obj
        10 off off ADP RP 8 compound:prt
        11 . . PUNCT . 3 punct)",
     {{"Huawei", "be added to", "the list"}},
     {{"Huawei", "cut off", "it"}}},
    {"pronoun_object_of_a_participle_after_a_passive_with_an_agent",
     R"(1 Huawei Huawei PROPN NNP 3 nsubj:pass
        2 was be AUX VBD 3 aux:pass
        3 fined fine VERB VBN 0 root
        4 by by ADP IN 5 case
        5 regulators regulator NOUN NNS 3 obl:agent
        6 , , PUNCT , 7 punct
        7 forcing force VERB VBG 3 advcl
        8 it it PRON PRP 7 obj
        9 to to PART TO 10 mark
        10 pay pay VERB VB 7 xcomp
        11 . . PUNCT . 3 punct)",
     {{"regulators", "force", "it"}},
     {{"Huawei", "force", "it"}}},
    {"reflexive_object_of_a_participle_after_a_passive",
     R"(1 Huawei Huawei PROPN NNP 3 nsubj:pass
        2 was be AUX VBD 3 aux:pass
        3 added add VERB VBN 0 root
        4 to to ADP IN 6 case
        5 the the DET DT 6 det
        6 list list NOUN NN 3 obl
        7 , , PUNCT , 8 punct
        8 forcing force VERB VBG 3 advcl
        9 itself itself PRON PRP 8 obj
        10 to to PART TO 11 mark
        11 adapt adapt VERB VB 8 xcomp
        12 . . PUNCT . 3 punct)",
     {{"Huawei", "force", "itself"}},
     {}},
    {"pronoun_object_of_a_participle_after_an_active_clause",
     R"(1 Regulators regulator NOUN NNS 2 nsubj
        2 fined fine VERB VBD 0 root
        3 Huawei Huawei PROPN NNP 2 obj
        4 , , PUNCT , 5 punct
        5 forcing force VERB VBG 2 advcl
        6 it it PRON PRP 5 obj
        7 to to PART TO 8 mark
        8 pay pay VERB VB 5 xcomp
        9 . . PUNCT . 2 punct)",
     {{"Regulators", "force", "it"}},
     {}},
    // "on March 18", with the month on the day as in EWT, is a time, not the verb's object.
    {"a_day_with_its_month_is_a_time",
     R"(1 Tan Tan PROPN NNP 3 nsubj
        2 will will AUX MD 3 aux
        3 take take VERB VB 0 root
        4 over over ADP RP 3 compound:prt
        5 on on ADP IN 7 case
        6 March March PROPN NNP 7 nmod:unmarked
        7 18 18 NUM CD 3 obl
        8 . . PUNCT . 3 punct)",
     {{"Tan", "take over", "", "", std::nullopt, std::nullopt, "on March 18"}},
     {{"Tan", "take over on", "March 18"}}},
    // A participle after a comma hung on an infinitive that another verb's object does is that
    // verb's subject's act.
    {"a_participle_after_an_object_controlled_infinitive_is_the_subjects",
     R"(1 Regulators regulator NOUN NNS 2 nsubj
        2 forced force VERB VBD 0 root
        3 Nvidia Nvidia PROPN NNP 2 obj
        4 to to PART TO 5 mark
        5 sell sell VERB VB 2 xcomp
        6 the the DET DT 7 det
        7 unit unit NOUN NN 5 obj
        8 , , PUNCT , 9 punct
        9 sending send VERB VBG 5 advcl
        10 the the DET DT 11 det
        11 measure measure NOUN NN 9 obj
        12 to to ADP IN 13 case
        13 Congress Congress PROPN NNP 9 obl
        14 . . PUNCT . 2 punct)",
     {{"Regulators", "send", "the measure"}},
     {{"Nvidia", "send", "the measure"}}},
    // A relative word parsed as an oblique is no argument of its own.
    {"a_relative_word_alone_is_no_argument",
     R"(1 Tan Tan PROPN NNP 2 nsubj
        2 said say VERB VBD 0 root
        3 that that PRON WDT 6 obl
        4 Intel Intel PROPN NNP 6 nsubj
        5 would would AUX MD 6 aux
        6 grow grow VERB VB 2 ccomp
        7 . . PUNCT . 2 punct)",
     {{"Intel", "grow", ""}},
     {{"Intel", "grow", "", "", std::nullopt, std::nullopt, "that"}}},
};

const Case& caseNamed(std::string_view name) {
    for (const Case& c : CASES) {
        if (c.name == name) {
            return c;
        }
    }
    throw std::logic_error("no case " + std::string(name));
}

class ExtractorCases : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractorCases, MustAndMustNot) {
    const Case& c = GetParam();
    const std::vector<Proposition> props = Extractor{}.extract(tree(c.rows), 7);
    for (const Want& w : c.must) {
        EXPECT_TRUE(std::any_of(props.begin(), props.end(),
                                [&](const Proposition& p) { return matches(p, w); }))
            << "missing (" << w.arg1 << " | " << w.relation << " | " << w.arg2 << ") in\n"
            << dump(props);
    }
    for (const Want& w : c.mustNot) {
        EXPECT_FALSE(std::any_of(props.begin(), props.end(),
                                 [&](const Proposition& p) { return matches(p, w); }))
            << "unexpected (" << w.arg1 << " | " << w.relation << " | " << w.arg2 << ") in\n"
            << dump(props);
    }
    for (const Proposition& p : props) {
        EXPECT_EQ(p.sentenceIndex, 7u);
        EXPECT_GT(p.confidence, 0.0);
        EXPECT_LT(p.confidence, 1.0);
    }
}

INSTANTIATE_TEST_SUITE_P(Constructions, ExtractorCases, ::testing::ValuesIn(CASES),
                         [](const ::testing::TestParamInfo<Case>& p) {
                             return std::string(p.param.name);
                         });

// An aim is not asserted; a ranked subject's act is.
TEST(ExtractorTest, AnInfinitiveOnAPlanIsNotAsserted) {
    const auto assertedOf = [](std::string_view name, std::string_view relation) {
        for (const Proposition& p : Extractor{}.extract(tree(caseNamed(name).rows))) {
            if (p.relation == relation) {
                return std::optional<bool>(p.asserted);
            }
        }
        return std::optional<bool>();
    };
    EXPECT_EQ(assertedOf("infinitive_on_plans_announced_is_the_subjects_aim", "build"), false);
    EXPECT_EQ(assertedOf("infinitive_on_talks_after_a_copula_is_the_subjects_aim", "invest"),
              false);
    EXPECT_EQ(assertedOf("infinitive_on_a_ranked_noun_after_become_has_the_subject", "reach"),
              true);
}

// A report closing a sentence on the first of two joined verbs reports both; a clause of place
// ("where") on a noun takes no object from it.
TEST(ExtractorTest, AClosingReportCoversJoinedVerbsAndWhereTakesNoObject) {
    const std::vector<Proposition> props = Extractor{}.extract(tree(R"(
1 Volkswagen Volkswagen PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 close close VERB VB 0 root
4 factories factory NOUN NNS 3 obj
5 and and CCONJ CC 6 cc
6 cut cut VERB VB 3 conj
7 jobs job NOUN NNS 6 obj
8 , , PUNCT , 10 punct
9 officials official NOUN NNS 10 nsubj
10 said say VERB VBD 3 parataxis
11 . . PUNCT . 3 punct
)"));
    std::size_t cut = 0;
    for (const Proposition& p : props) {
        if (p.relation == "cut") {
            ++cut;
            EXPECT_FALSE(p.asserted);
        }
    }
    EXPECT_EQ(cut, 1u);
    const std::vector<Proposition> where = Extractor{}.extract(tree(R"(
1 sales sale NOUN NNS 0 root
2 in in ADP IN 3 case
3 China China PROPN NNP 1 nmod
4 , , PUNCT , 8 punct
5 where where ADV WRB 8 advmod
6 brands brand NOUN NNS 8 nsubj
7 have have AUX VBP 8 aux
8 grown grow VERB VBN 1 acl:relcl
9 . . PUNCT . 1 punct
)"));
    for (const Proposition& p : where) {
        EXPECT_EQ(p.arg2.text.find("sales"), std::string::npos) << p.relation;
    }
}

TEST(ExtractorTest, PassiveWithAgentTurnsActive) {
    const std::vector<Proposition> props =
        Extractor{}.extract(tree(caseNamed("passive_with_agent").rows));
    ASSERT_EQ(props.size(), 1u);
    EXPECT_TRUE(props[0].passive);
    const Proposition a = props[0].active();
    EXPECT_EQ(a.arg1.text, "the administration");
    EXPECT_EQ(a.relation, "ban");
    EXPECT_EQ(a.arg2.text, "Sales");
    EXPECT_FALSE(a.passive);
}

// A bare means after "by" ("notified by letter") is how, not who: the passive keeps its
// subject; "by the carmaker" is the agent.
TEST(ExtractorTest, ABareMeansAfterByIsNoAgent) {
    const std::vector<Proposition> props = Extractor{}.extract(tree(R"(
1 Owners owner NOUN NNS 4 nsubj:pass
2 will will AUX MD 4 aux
3 be be AUX VB 4 aux:pass
4 notified notify VERB VBN 0 root
5 by by ADP IN 6 case
6 letter letter NOUN NN 4 obl:agent
7 . . PUNCT . 4 punct
)"));
    ASSERT_FALSE(props.empty());
    const Proposition a = props[0].active();
    EXPECT_EQ(a.arg1.text, "Owners");
    EXPECT_TRUE(a.passive);
    const std::vector<Proposition> agent = Extractor{}.extract(tree(R"(
1 Owners owner NOUN NNS 4 nsubj:pass
2 will will AUX MD 4 aux
3 be be AUX VB 4 aux:pass
4 notified notify VERB VBN 0 root
5 by by ADP IN 7 case
6 the the DET DT 7 det
7 carmaker carmaker NOUN NN 4 obl:agent
8 . . PUNCT . 4 punct
)"));
    ASSERT_FALSE(agent.empty());
    EXPECT_EQ(agent[0].active().arg1.text, "the carmaker");
}

// A participle with a direct object is active, even when the parser made it a modifier of
// the noun ("The giant designed the chips" read as "the giant [that] designed the chips").
TEST(ExtractorTest, ParticipleWithAnObjectIsActive) {
    const std::vector<Proposition> props = Extractor{}.extract(tree(R"(
1 The the DET DT 3 det
2 chipmaking chipmaking NOUN NN 3 compound
3 giant giant NOUN NN 0 root
4 designed design VERB VBN 3 acl
5 the the DET DT 6 det
6 chips chip NOUN NNS 4 obj
7 . . PUNCT . 3 punct
)"));
    bool found = false;
    for (const Proposition& p : props) {
        if (p.arg2.text == "the chips") {
            found = true;
            EXPECT_FALSE(p.passive);
            EXPECT_EQ(p.relation, "design");
            EXPECT_EQ(p.arg1.text, "The chipmaking giant");
        }
    }
    EXPECT_TRUE(found);
    // Without an object the participle stays passive: "chips designed for China".
    const std::vector<Proposition> passive = Extractor{}.extract(tree(R"(
1 chips chip NOUN NNS 0 root
2 designed design VERB VBN 1 acl
3 for for ADP IN 4 case
4 China China PROPN NNP 2 obl
)"));
    ASSERT_FALSE(passive.empty());
    EXPECT_TRUE(passive[0].passive);
}

// "imposed sweeping export controls" parsed with "sweeping" as the verb's xcomp: the gerund
// modifies the noun, which is the verb's object; "began restricting exports" stays.
TEST(ExtractorTest, AGerundBeforeItsNounAfterAVerbOfNoGerundsModifiesTheNoun) {
    const char* rows = R"(1 Washington Washington PROPN NNP 2 nsubj
        2 imposed impose VERB VBD 0 root
        3 sweeping sweep VERB VBG 2 xcomp
        4 export export NOUN NN 5 compound
        5 controls control NOUN NNS 3 obj
        6 in in ADP IN 7 case
        7 October October PROPN NNP 3 obl
        8 . . PUNCT . 2 punct)";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(gerundsBeforeTheirNouns(s), 1u);
    EXPECT_EQ(s.tokens[2].deprel, "amod");
    EXPECT_EQ(s.tokens[2].head, 5);
    EXPECT_EQ(s.tokens[4].head, 2);
    EXPECT_EQ(s.tokens[6].head, 2);
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Washington" && p.relation == "impose" &&
               p.arg2.text == "sweeping export controls";
    })) << dump(props);
    nlp::Sentence began = tree(R"(1 Japan Japan PROPN NNP 2 nsubj
        2 began begin VERB VBD 0 root
        3 restricting restrict VERB VBG 2 xcomp
        4 exports export NOUN NNS 3 obj
        5 . . PUNCT . 2 punct)");
    EXPECT_EQ(gerundsBeforeTheirNouns(began), 0u);
}

// "..., said the ministry." with the speaker parsed as the object: it is the subject, and the
// clause before it is the ministry's, not asserted.
// "ahead of", parsed as two case words or as one with a fixed word, is the whole preposition.
TEST(ExtractorTest, APrepositionOfTwoWordsIsKeptWhole) {
    for (const char* rows : {R"(1 Buyers buyer NOUN NNS 2 nsubj
        2 stockpiled stockpile VERB VBD 0 root
        3 chips chip NOUN NNS 2 obj
        4 ahead ahead ADP IN 6 case
        5 of of ADP IN 6 case
        6 tariffs tariff NOUN NNS 2 obl
        7 . . PUNCT . 2 punct)",
                             R"(1 Buyers buyer NOUN NNS 2 nsubj
        2 stockpiled stockpile VERB VBD 0 root
        3 chips chip NOUN NNS 2 obj
        4 ahead ahead ADV RB 6 case
        5 of of ADP IN 4 fixed
        6 tariffs tariff NOUN NNS 2 obl
        7 . . PUNCT . 2 punct)"}) {
        const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
        ASSERT_FALSE(props.empty());
        const auto extra =
            std::find_if(props[0].extras.begin(), props[0].extras.end(),
                         [](const Argument& a) { return a.text == "ahead of tariffs"; });
        ASSERT_NE(extra, props[0].extras.end()) << dump(props);
        EXPECT_EQ(extra->preposition, "ahead of");
    }
}

TEST(ExtractorTest, ASpeakerAfterAReportingVerbIsItsSubject) {
    const char* rows = R"(1 Intel Intel PROPN NNP 3 nsubj
        2 must must AUX MD 3 aux
        3 obtain obtain VERB VB 0 root
        4 licenses license NOUN NNS 3 obj
        5 , , PUNCT , 6 punct
        6 said say VERB VBD 3 parataxis
        7 the the DET DT 8 det
        8 ministry ministry NOUN NN 6 obj
        9 . . PUNCT . 3 punct)";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(invertReportingSubjects(s), 1u);
    EXPECT_EQ(s.tokens[7].deprel, "nsubj");
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    auto inner = std::find_if(props.begin(), props.end(),
                              [](const Proposition& p) { return p.arg1.text == "Intel"; });
    ASSERT_NE(inner, props.end()) << dump(props);
    EXPECT_FALSE(inner->asserted);
    EXPECT_EQ(inner->attributedTo, "the ministry");
    // An object with words after it, or a verb with a subject, stays as parsed.
    nlp::Sentence imperative = tree(R"(1 Intel Intel PROPN NNP 2 nsubj
        2 agreed agree VERB VBD 0 root
        3 , , PUNCT , 4 punct
        4 said say VERB VBD 2 parataxis
        5 the the DET DT 6 det
        6 ministry ministry NOUN NN 4 obj
        7 today today NOUN NN 4 obl:tmod
        8 . . PUNCT . 2 punct)");
    EXPECT_EQ(invertReportingSubjects(imperative), 0u);
}

// "according to the agency" hung on the object's noun: it moves to the verb and names the
// statement's source; one already on the verb stays.
TEST(ExtractorTest, AccordingToOnANounMovesToTheVerbAndNamesTheSource) {
    const char* rows = R"(1 Beijing Beijing PROPN NNP 2 nsubj
        2 controls control VERB VBZ 0 root
        3 90 90 NUM CD 4 nummod
        4 % % SYM NN 2 obj
        5 of of ADP IN 6 case
        6 processing processing NOUN NN 4 nmod
        7 , , PUNCT , 11 punct
        8 according accord VERB VBG 11 case
        9 to to ADP IN 8 fixed
        10 the the DET DT 11 det
        11 agency agency NOUN NN 4 nmod
        12 . . PUNCT . 2 punct)";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(accordingToOnTheVerb(s), 1u);
    EXPECT_EQ(s.tokens[10].head, 2);
    EXPECT_EQ(s.tokens[10].deprel, "obl");
    EXPECT_EQ(accordingToOnTheVerb(s), 0u);
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    auto p = std::find_if(props.begin(), props.end(),
                          [](const Proposition& q) { return q.arg1.text == "Beijing"; });
    ASSERT_NE(p, props.end()) << dump(props);
    EXPECT_EQ(p->attributedTo, "the agency");
    EXPECT_FALSE(p->asserted);
    EXPECT_EQ(p->arg2.text.find("according"), std::string::npos) << dump(props);
}

// "comes as Washington pushes allies": the parse took "as" for a preposition and Washington
// for an oblique of "comes"; Washington is the subject of "pushes", "as" its marker.
TEST(ExtractorTest, ASubordinatorsNounBeforeASubjectlessVerbIsItsSubject) {
    const char* rows = R"(1 The the DET DT 2 det
        2 dispute dispute NOUN NN 3 nsubj
        3 comes come VERB VBZ 0 root
        4 as as ADP IN 5 case
        5 Washington Washington PROPN NNP 3 obl
        6 pushes push VERB VBZ 3 advcl
        7 allies ally NOUN NNS 6 obj
        8 . . PUNCT . 3 punct)";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(subordinateSubjects(s), 1u);
    EXPECT_EQ(s.tokens[4].deprel, "nsubj");
    EXPECT_EQ(s.tokens[4].head, 6);
    EXPECT_EQ(s.tokens[3].deprel, "mark");
    EXPECT_EQ(s.tokens[3].head, 6);
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Washington" && p.relation == "push" && p.arg2.text == "allies";
    })) << dump(props);
    EXPECT_FALSE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg2.text == "Washington";
    })) << dump(props);
    // A preposition that is no subordinator, or a verb with its own subject, stays.
    nlp::Sentence in = tree(R"(1 Sales sale NOUN NNS 2 nsubj
        2 rose rise VERB VBD 0 root
        3 in in ADP IN 4 case
        4 China China PROPN NNP 2 obl
        5 exports export VERB VBZ 2 advcl
        6 fell fall NOUN NN 5 obj
        7 . . PUNCT . 2 punct)");
    EXPECT_EQ(subordinateSubjects(in), 0u);
    nlp::Sentence own = tree(R"(1 Sales sale NOUN NNS 2 nsubj
        2 rose rise VERB VBD 0 root
        3 as as ADP IN 4 case
        4 China China PROPN NNP 2 obl
        5 it it PRON PRP 6 nsubj
        6 cut cut VERB VBD 2 advcl
        7 . . PUNCT . 2 punct)");
    EXPECT_EQ(subordinateSubjects(own), 0u);
}

// "..., the ministry announced on Friday" parsed as a relative clause on a noun of the main
// clause: it is a side clause naming the source, and the noun's phrase ends before it.
TEST(ExtractorTest, AReportingVerbTakenForARelativeClauseNamesTheSource) {
    const std::string clause = R"(1 Japan Japan PROPN NNP 2 nsubj
        2 requires require VERB VBZ 0 root
        3 licenses license NOUN NNS 2 obj
        4 for for ADP IN 5 case
        5 tools tool NOUN NNS 3 nmod
        6 , , PUNCT , 9 punct
        7 the the DET DT 8 det
        8 ministry ministry NOUN NN 9 nsubj
        9 announced announce VERB VBD 5 acl:relcl
)";
    const std::string rows = clause + "10 . . PUNCT . 2 punct";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(reportsAsRelatives(s), 1u);
    EXPECT_EQ(s.tokens[8].deprel, "parataxis");
    EXPECT_EQ(s.tokens[8].head, 2);
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    auto p = std::find_if(props.begin(), props.end(),
                          [](const Proposition& q) { return q.arg1.text == "Japan"; });
    ASSERT_NE(p, props.end()) << dump(props);
    EXPECT_EQ(p->arg2.text, "licenses for tools");
    EXPECT_FALSE(p->asserted);
    EXPECT_EQ(p->attributedTo, "the ministry");
    // A relative clause with its own object ("tools the ministry announced last year" is
    // no report) stays.
    nlp::Sentence object = tree(R"(1 Japan Japan PROPN NNP 2 nsubj
        2 bans ban VERB VBZ 0 root
        3 tools tool NOUN NNS 2 obj
        4 , , PUNCT , 6 punct
        5 officials official NOUN NNS 6 nsubj
        6 said say VERB VBD 3 acl:relcl
        7 it it PRON PRP 6 obj
        8 . . PUNCT . 2 punct)");
    EXPECT_EQ(reportsAsRelatives(object), 0u);
    // A participle hung on the reporting verb goes with it to the main clause, whose subject
    // acts; one of saying ("adding") stays the speaker's.
    nlp::Sentence joining = tree(clause + R"(10 , , PUNCT , 11 punct
        11 joining join VERB VBG 9 advcl
        12 efforts effort NOUN NNS 11 obj
        13 , , PUNCT , 14 punct
        14 adding add VERB VBG 9 advcl
        15 details detail NOUN NNS 14 obj
        16 . . PUNCT . 2 punct)");
    EXPECT_EQ(reportsAsRelatives(joining), 1u);
    EXPECT_EQ(joining.tokens[10].head, 2);
    EXPECT_EQ(joining.tokens[13].head, 9);
}

// "will award Samsung $6 billion to expand production": the receiver of what is given for a
// purpose does it, not the giver.
TEST(ExtractorTest, TheReceiverOfAGrantDoesItsPurpose) {
    const char* rows = R"(1 Washington Washington PROPN NNP 2 nsubj
        2 awarded award VERB VBD 0 root
        3 Samsung Samsung PROPN NNP 2 obj
        4 $ $ SYM $ 2 obl
        5 6 6 NUM CD 6 compound
        6 billion billion NUM CD 4 nummod
        7 to to PART TO 8 mark
        8 expand expand VERB VB 2 advcl
        9 production production NOUN NN 8 obj
        10 . . PUNCT . 2 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Samsung" && p.relation == "expand" && p.arg2.text == "production";
    })) << dump(props);
    EXPECT_FALSE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Washington" && p.relation == "expand";
    })) << dump(props);
}

// "Rapidus, the chipmaker it backs to produce chips": a relative clause with a subject of its own
// and no object has the noun for object, and a verb that controls through its object lets the
// noun do what the infinitive says; an intransitive one ("analysts he is moving to settle with",
// a parse's zero relative) stays said with its infinitive.
TEST(ExtractorTest, TheNounInARelativeClausesObjectGapDoesTheInfinitive) {
    const char* rows = R"(1 Japan Japan PROPN NNP 2 nsubj
        2 funds fund VERB VBZ 0 root
        3 Rapidus Rapidus PROPN NNP 2 obj
        4 , , PUNCT , 6 punct
        5 the the DET DT 6 det
        6 chipmaker chipmaker NOUN NN 3 appos
        7 it it PRON PRP 8 nsubj
        8 backs back VERB VBZ 6 acl:relcl
        9 to to PART TO 10 mark
        10 produce produce VERB VB 8 xcomp
        11 chips chip NOUN NNS 10 obj
        12 . . PUNCT . 2 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "the chipmaker" && p.relation == "produce" && p.arg2.text == "chips";
    })) << dump(props);
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "it" && p.relation == "back" && p.arg2.text == "the chipmaker";
    })) << dump(props);
    const char* moving = R"(1 He he PRON PRP 2 nsubj
        2 told tell VERB VBD 0 root
        3 analysts analyst NOUN NNS 2 obj
        4 he he PRON PRP 6 nsubj
        5 is be AUX VBZ 6 aux
        6 moving move VERB VBG 3 acl:relcl
        7 to to PART TO 8 mark
        8 settle settle VERB VB 6 xcomp
        9 . . PUNCT . 2 punct)";
    const std::vector<Proposition> more = Extractor{}.extract(tree(moving));
    EXPECT_TRUE(std::any_of(more.begin(), more.end(), [](const Proposition& p) {
        return p.arg1.text == "he" && p.relation == "move to settle";
    })) << dump(more);
}

// "ordered the company to stop the transfers" with the infinitive parsed as the verb's adverbial:
// the object of a verb of asking or making does it, as with a complement; a verb that controls
// through no object ("bought the firm to grow") leaves it to its own subject.
TEST(ExtractorTest, AnAdverbialInfinitiveAfterAControlledObjectIsTheObjects) {
    const char* rows = R"(1 The the DET DT 2 det
        2 regulator regulator NOUN NN 3 nsubj
        3 ordered order VERB VBD 0 root
        4 the the DET DT 5 det
        5 company company NOUN NN 3 obj
        6 to to PART TO 7 mark
        7 stop stop VERB VB 3 advcl
        8 the the DET DT 9 det
        9 transfers transfer NOUN NNS 7 obj
        10 . . PUNCT . 3 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "the company" && p.relation == "stop" &&
               p.arg2.text == "the transfers";
    })) << dump(props);
    const char* bought = R"(1 Intel Intel PROPN NNP 2 nsubj
        2 bought buy VERB VBD 0 root
        3 the the DET DT 4 det
        4 firm firm NOUN NN 2 obj
        5 to to PART TO 6 mark
        6 grow grow VERB VB 2 advcl
        7 sales sale NOUN NNS 6 obj
        8 . . PUNCT . 2 punct)";
    const std::vector<Proposition> more = Extractor{}.extract(tree(bought));
    EXPECT_FALSE(std::any_of(more.begin(), more.end(), [](const Proposition& p) {
        return p.arg1.text == "the firm" && p.arg2.text == "sales";
    })) << dump(more);
}

// "efforts by Apple to reduce its dependence", "Yoon's decision to reverse the order": a plan's
// own agent does what its infinitive says, whatever verb the plan is the object of.
TEST(ExtractorTest, APlansAgentDoesItsInfinitive) {
    const char* rows = R"(1 It it PRON PRP 2 nsubj
        2 reflects reflect VERB VBZ 0 root
        3 efforts effort NOUN NNS 2 obj
        4 by by ADP IN 5 case
        5 Apple Apple PROPN NNP 3 nmod
        6 to to PART TO 7 mark
        7 reduce reduce VERB VB 3 acl
        8 costs cost NOUN NNS 7 obj
        9 . . PUNCT . 2 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Apple" && p.relation == "reduce" && p.arg2.text == "costs";
    })) << dump(props);
    const char* possessed = R"(1 Blinken Blinken PROPN NNP 2 nsubj
        2 welcomed welcome VERB VBD 0 root
        3 Yoon Yoon PROPN NNP 5 nmod:poss
        4 's 's PART POS 3 case
        5 decision decision NOUN NN 2 obj
        6 to to PART TO 7 mark
        7 reverse reverse VERB VB 5 acl
        8 the the DET DT 9 det
        9 order order NOUN NN 7 obj
        10 . . PUNCT . 2 punct)";
    const std::vector<Proposition> more = Extractor{}.extract(tree(possessed));
    EXPECT_TRUE(std::any_of(more.begin(), more.end(), [](const Proposition& p) {
        return p.arg1.text.starts_with("Yoon") && p.relation == "reverse" &&
               p.arg2.text == "the order";
    })) << dump(more);
}

// "invoked an emergency law to take control of Nexperia": an instrument the subject invokes or
// passes does what the subject means it to; one it only criticises does not.
TEST(ExtractorTest, AnInvokedInstrumentsInfinitiveIsTheSubjects) {
    const auto rows = [](const char* verb, const char* lemma) {
        return std::string("1 Hague Hague PROPN NNP 2 nsubj\n2 ") + verb + " " + lemma +
               " VERB VBD 0 root\n3 a a DET DT 4 det\n4 law law NOUN NN 2 obj\n"
               "5 to to PART TO 6 mark\n6 take take VERB VB 4 acl\n"
               "7 control control NOUN NN 6 obj\n8 . . PUNCT . 2 punct";
    };
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows("invoked", "invoke")));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Hague" && p.relation == "take" && p.arg2.text == "control";
    })) << dump(props);
    const std::vector<Proposition> more = Extractor{}.extract(tree(rows("mocked", "mock")));
    EXPECT_FALSE(std::any_of(more.begin(), more.end(), [](const Proposition& p) {
        return p.arg1.text == "Hague" && p.relation == "take";
    })) << dump(more);
}

// "stop producing cars" is no "stop to produce": a gerund completing its verb keeps its form in
// the relation, an infinitive its "to".
TEST(ExtractorTest, AGerundComplementKeepsItsForm) {
    const char* rows = R"(1 Volkswagen Volkswagen PROPN NNP 3 nsubj
        2 will will AUX MD 3 aux
        3 stop stop VERB VB 0 root
        4 producing produce VERB VBG 3 xcomp
        5 cars car NOUN NNS 4 obj
        6 . . PUNCT . 3 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "stop producing" && p.arg2.text == "cars";
    })) << dump(props);
    const char* infinitive = R"(1 Volkswagen Volkswagen PROPN NNP 2 nsubj
        2 plans plan VERB VBZ 0 root
        3 to to PART TO 4 mark
        4 produce produce VERB VB 2 xcomp
        5 cars car NOUN NNS 4 obj
        6 . . PUNCT . 2 punct)";
    const std::vector<Proposition> more = Extractor{}.extract(tree(infinitive));
    EXPECT_TRUE(std::any_of(more.begin(), more.end(), [](const Proposition& p) {
        return p.relation == "plan to produce" && p.arg2.text == "cars";
    })) << dump(more);
}

// "signed licensing agreements" parsed with "licensing" the verb's adverbial: after a verb that
// takes an object and has none, the gerund modifies the noun.
TEST(ExtractorTest, AGerundAdverbialAfterAVerbWithNoObjectModifiesTheNoun) {
    const char* rows = R"(1 OpenAI OpenAI PROPN NNP 3 nsubj
        2 has have AUX VBZ 3 aux
        3 signed sign VERB VBN 0 root
        4 licensing license VERB VBG 3 advcl
        5 agreements agreement NOUN NNS 4 obj
        6 . . PUNCT . 3 punct)";
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "sign" && p.arg2.text == "licensing agreements";
    })) << dump(props);
    EXPECT_FALSE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "license";
    })) << dump(props);
}

// "The stock fell after the company cut its forecast": a verb with nothing else said of it takes
// its adverbial clause of time or cause, marker included, as an argument; a verb with an object
// does not, nor does a clause of condition.
TEST(ExtractorTest, AnIntransitiveVerbTakesItsClauseOfTimeOrCause) {
    const std::string head = R"(1 The the DET DT 2 det
        2 stock stock NOUN NN 3 nsubj
        3 fell fall VERB VBD 0 root
        4 )";
    const std::string clause = R"( SCONJ IN 7 mark
        5 the the DET DT 6 det
        6 company company NOUN NN 7 nsubj
        7 cut cut VERB VBD 3 advcl
        8 its its PRON PRP$ 9 nmod:poss
        9 forecast forecast NOUN NN 7 obj
        10 . . PUNCT . 3 punct)";
    std::vector<Proposition> props = Extractor{}.extract(tree(head + "after after" + clause));
    const auto fell = [](const std::vector<Proposition>& ps) {
        return std::find_if(ps.begin(), ps.end(),
                            [](const Proposition& p) { return p.relation == "fall"; });
    };
    ASSERT_NE(fell(props), props.end()) << dump(props);
    ASSERT_EQ(fell(props)->extras.size(), 1u);
    EXPECT_EQ(fell(props)->extras[0].text, "after the company cut its forecast");
    EXPECT_EQ(fell(props)->extras[0].preposition, "after");
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "cut" && p.arg2.text == "its forecast";
    })) << dump(props);
    props = Extractor{}.extract(tree(head + "if if" + clause));
    EXPECT_TRUE(fell(props) == props.end() || fell(props)->extras.empty()) << dump(props);
}

// "aren't likely to have a major impact": an adjective after a copula that says how likely or
// able the subject is to act is said with the act, its negation included; the copula alone
// ("are likely to have ...") gives nothing. Other adjectives keep their own proposition.
TEST(ExtractorTest, AnAbleOrLikelyAdjectiveIsSaidWithItsInfinitive) {
    const char* likely = R"(1 The the DET DT 2 det
        2 controls control NOUN NNS 5 nsubj
        3 are be AUX VBP 5 cop
        4 n't not PART RB 5 advmod
        5 likely likely ADJ JJ 0 root
        6 to to PART TO 7 mark
        7 have have VERB VB 5 xcomp
        8 a a DET DT 10 det
        9 major major ADJ JJ 10 amod
        10 impact impact NOUN NN 7 obj
        11 . . PUNCT . 5 punct)";
    std::vector<Proposition> props = Extractor{}.extract(tree(likely));
    ASSERT_EQ(props.size(), 1u) << dump(props);
    EXPECT_EQ(props[0].arg1.text, "The controls");
    EXPECT_EQ(props[0].relation, "be likely to have");
    EXPECT_EQ(props[0].relationText, "are n't likely to have");
    EXPECT_EQ(props[0].arg2.text, "a major impact");
    EXPECT_TRUE(props[0].negated);
    EXPECT_TRUE(props[0].asserted);
    const char* happy = R"(1 Nvidia Nvidia PROPN NNP 3 nsubj
        2 is be AUX VBZ 3 cop
        3 happy happy ADJ JJ 0 root
        4 to to PART TO 5 mark
        5 sell sell VERB VB 3 xcomp
        6 chips chip NOUN NNS 5 obj
        7 . . PUNCT . 3 punct)";
    props = Extractor{}.extract(tree(happy));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "be" && p.arg2.text == "happy to sell chips";
    })) << dump(props);
    EXPECT_FALSE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "be happy to sell";
    })) << dump(props);
}

// "has been barred from selling": the gerund is what the subject is kept from, said with the
// verb, not an act of the subject; a verb with an object keeps its adverbial.
TEST(ExtractorTest, AGerundAfterAVerbOfPreventionIsItsComplement) {
    const char* rows = R"(1 Nvidia Nvidia PROPN NNP 4 nsubj:pass
        2 has have AUX VBZ 4 aux
        3 been be AUX VBN 4 aux:pass
        4 barred bar VERB VBN 0 root
        5 from from SCONJ IN 6 mark
        6 selling sell VERB VBG 4 advcl
        7 chips chip NOUN NNS 6 obj
        8 to to ADP IN 9 case
        9 China China PROPN NNP 6 obl
        10 . . PUNCT . 4 punct)";
    nlp::Sentence s = tree(rows);
    EXPECT_EQ(preventedActsAsComplements(s), 1u);
    EXPECT_EQ(s.tokens[5].deprel, "xcomp");
    const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
    EXPECT_TRUE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.arg1.text == "Nvidia" && p.relation == "be barred from sell" &&
               p.arg2.text == "chips" && p.relationText == "has been barred from selling";
    })) << dump(props);
    EXPECT_FALSE(std::any_of(props.begin(), props.end(), [](const Proposition& p) {
        return p.relation == "sell";
    })) << dump(props);
    nlp::Sentence active = tree(R"(1 Washington Washington PROPN NNP 2 nsubj
        2 blocked block VERB VBD 0 root
        3 ASML ASML PROPN NNP 2 obj
        4 from from SCONJ IN 5 mark
        5 shipping ship VERB VBG 2 advcl
        6 tools tool NOUN NNS 5 obj
        7 . . PUNCT . 2 punct)");
    EXPECT_EQ(preventedActsAsComplements(active), 0u);
}

// "The commerce ministry said" parsed with "commerce" and "ministry" as two subjects: one
// phrase, the determiner with its head; a list ("X and Y said") or an apposition after a comma
// stays as parsed.
TEST(ExtractorTest, TwoSubjectsSplitFromOnePhraseAreJoined) {
    nlp::Sentence s = tree(R"(1 The the DET DT 2 det
        2 commerce commerce NOUN NN 4 nsubj
        3 ministry Ministry PROPN NNP 4 nsubj
        4 said say VERB VBD 0 root
        5 . . PUNCT . 4 punct)");
    EXPECT_EQ(subjectsSplitFromOnePhrase(s), 1u);
    EXPECT_EQ(s.tokens[1].head, 3);
    EXPECT_EQ(s.tokens[1].deprel, "compound");
    EXPECT_EQ(s.tokens[0].head, 3);
    nlp::Sentence list = tree(R"(1 Intel Intel PROPN NNP 4 nsubj
        2 and and CCONJ CC 3 cc
        3 Samsung Samsung PROPN NNP 4 nsubj
        4 said say VERB VBD 0 root
        5 . . PUNCT . 4 punct)");
    EXPECT_EQ(subjectsSplitFromOnePhrase(list), 0u);
    nlp::Sentence apposition = tree(caseNamed("description_after_a_comma_is_not_the_subject").rows);
    EXPECT_EQ(subjectsSplitFromOnePhrase(apposition), 0u);
}

// What an adverbial clause of reported content says is reported too.
TEST(ExtractorTest, AnAdverbialOfReportedContentIsReported) {
    const std::vector<Proposition> props =
        Extractor{}.extract(tree(R"(1 Huang Huang PROPN NNP 2 nsubj
        2 said say VERB VBD 0 root
        3 Nvidia Nvidia PROPN NNP 5 nsubj
        4 will will AUX MD 5 aux
        5 comply comply VERB VB 2 ccomp
        6 while while SCONJ IN 7 mark
        7 serving serve VERB VBG 5 advcl
        8 customers customer NOUN NNS 7 obj
        9 . . PUNCT . 2 punct)"));
    auto serve = std::find_if(props.begin(), props.end(),
                              [](const Proposition& p) { return p.relation == "serve"; });
    ASSERT_NE(serve, props.end()) << dump(props);
    EXPECT_EQ(serve->arg1.text, "Nvidia");
    EXPECT_FALSE(serve->asserted);
    EXPECT_EQ(serve->attributedTo, "Huang");
}

// A word of time inside a compound does not make the phrase a time; a date's name does.
TEST(ExtractorTest, ATimeWordInACompoundMakesNoTime) {
    const auto roleOfExtra = [](const char* rows, const std::string& text) {
        for (const Proposition& p : Extractor{}.extract(tree(rows))) {
            for (const Argument& a : p.extras) {
                if (a.text == text) {
                    return std::string(argRoleName(a.role));
                }
            }
        }
        return std::string("<none>");
    };
    EXPECT_EQ(roleOfExtra(R"(1 TSMC TSMC PROPN NNP 2 nsubj
        2 reported report VERB VBD 0 root
        3 a a DET DT 4 det
        4 rise rise NOUN NN 2 obj
        5 in in ADP IN 7 case
        6 quarter quarter NOUN NN 7 compound
        7 profit profit NOUN NN 2 obl
        8 . . PUNCT . 2 punct)",
                          "in quarter profit"),
              "other");
    EXPECT_EQ(roleOfExtra(R"(1 TSMC TSMC PROPN NNP 2 nsubj
        2 reported report VERB VBD 0 root
        3 a a DET DT 4 det
        4 rise rise NOUN NN 2 obj
        5 at at ADP IN 8 case
        6 the the DET DT 8 det
        7 March March PROPN NNP 8 compound
        8 meeting meeting NOUN NN 2 obl
        9 . . PUNCT . 2 punct)",
                          "at the March meeting"),
              "time");
}

// A quarter or a half of a thing is a fraction, no span of the year; of a year it is a time.
TEST(ExtractorTest, AFractionOfAThingIsNoTime) {
    const auto roleOfExtra = [](const char* noun) {
        std::string rows = R"(1 ECB ECB PROPN NNP 2 nsubj
        2 raised raise VERB VBD 0 root
        3 rates rate NOUN NNS 2 obj
        4 by by ADP IN 6 case
        5 a a DET DT 6 det
        6 quarter quarter NOUN NN 2 obl
        7 of of ADP IN 8 case
        8 %s %s NOUN NN 6 nmod
        9 . . PUNCT . 2 punct)";
        rows.replace(rows.find("%s"), 2, noun);
        rows.replace(rows.find("%s"), 2, noun);
        for (const Proposition& p : Extractor{}.extract(tree(rows))) {
            for (const Argument& a : p.extras) {
                if (a.text == "by a quarter of " + std::string(noun)) {
                    return std::string(argRoleName(a.role));
                }
            }
        }
        return std::string("<none>");
    };
    EXPECT_EQ(roleOfExtra("point"), "other");
    EXPECT_EQ(roleOfExtra("year"), "time");
}

// A conjunct set aside by "rather than" or "not" is no alternative argument of the verb.
TEST(ExtractorTest, AConjunctSetAsideIsNoArgument) {
    const auto objects = [](const char* cc) {
        std::string rows = R"(1 Volvo Volvo PROPN NNP 2 nsubj
        2 chose choose VERB VBD 0 root
        3 Belgium Belgium PROPN NNP 2 obj
        4 %s %s CCONJ CC 5 cc
        5 China China PROPN NNP 3 conj
        6 . . PUNCT . 2 punct)";
        rows.replace(rows.find("%s"), 2, cc);
        rows.replace(rows.find("%s"), 2, cc);
        std::vector<std::string> out;
        for (const Proposition& p : Extractor{}.extract(tree(rows))) {
            out.push_back(p.arg2.text);
        }
        return out;
    };
    EXPECT_EQ(objects("rather"), (std::vector<std::string>{"Belgium"}));
    EXPECT_EQ(objects("not"), (std::vector<std::string>{"Belgium"}));
    EXPECT_EQ(objects("and"), (std::vector<std::string>{"Belgium", "China"}));
}

// What a claim or a fear holds, in a "that" clause on the noun, is not asserted; "the news
// that" is.
TEST(ExtractorTest, AClauseOfAClaimIsNotAsserted) {
    const auto assertedInner = [](const char* noun) {
        std::string rows = R"(1 Amazon Amazon PROPN NNP 2 nsubj
        2 settled settle VERB VBD 0 root
        3 %s NOUN NNS 2 obj
        4 that that SCONJ IN 6 mark
        5 it it PRON PRP 6 nsubj
        6 tricked trick VERB VBD 3 acl
        7 customers customer NOUN NNS 6 obj
        8 . . PUNCT . 2 punct)";
        rows.replace(rows.find("%s"), 2, noun);
        const std::vector<Proposition> props = Extractor{}.extract(tree(rows));
        for (const Proposition& p : props) {
            if (p.arg2.text == "customers") {
                return std::string(p.asserted ? "asserted" : "not asserted");
            }
        }
        return "<none>" + dump(props);
    };
    EXPECT_EQ(assertedInner("claims claim"), "not asserted");
    EXPECT_EQ(assertedInner("news news"), "asserted");
}

TEST(ExtractorTest, AttributionNamesTheSpeaker) {
    const std::vector<Proposition> props =
        Extractor{}.extract(tree(caseNamed("auxiliaries_adverb_and_complement_clause").rows));
    auto inner = std::find_if(props.begin(), props.end(),
                              [](const Proposition& p) { return p.arg1.text == "its products"; });
    ASSERT_NE(inner, props.end()) << dump(props);
    EXPECT_EQ(inner->attributedTo, "Nvidia");
    auto outer = std::find_if(props.begin(), props.end(),
                              [](const Proposition& p) { return p.arg1.text == "Nvidia"; });
    ASSERT_NE(outer, props.end());
    EXPECT_TRUE(outer->attributedTo.empty());
}

TEST(ExtractorTest, ModalityAndRolesAreRecorded) {
    std::vector<Proposition> props = Extractor{}.extract(tree(caseNamed("modality").rows));
    ASSERT_EQ(props.size(), 1u) << dump(props);
    EXPECT_EQ(props[0].modality, "would");
    props = Extractor{}.extract(tree(caseNamed("time_and_place_arguments").rows));
    ASSERT_FALSE(props.empty());
    std::vector<std::string> roles;
    for (const Argument& a : props[0].extras) {
        roles.emplace_back(argRoleName(a.role));
    }
    EXPECT_EQ(roles, (std::vector<std::string>{"time", "place"})) << dump(props);
}

TEST(ExtractorTest, TokenSpansPointAtTheWords) {
    const nlp::Sentence s = tree(caseNamed("auxiliaries_adverb_and_complement_clause").rows);
    for (const Proposition& p : Extractor{}.extract(s)) {
        for (const Argument* a : {&p.arg1, &p.arg2}) {
            std::string joined;
            for (std::size_t k : a->tokens) {
                ASSERT_LT(k, s.tokens.size());
                joined += (joined.empty() ? "" : " ") + s.tokens[k].form;
            }
            EXPECT_EQ(joined, a->text);
        }
        std::string rel;
        for (std::size_t k : p.relationTokens) {
            rel += (rel.empty() ? "" : " ") + s.tokens[k].form;
        }
        EXPECT_EQ(rel, p.relationText);
    }
}

TEST(ExtractorTest, CarbLineHasSentenceConfidenceRelationAndArguments) {
    const std::vector<Proposition> props =
        Extractor{}.extract(tree(caseNamed("particle_folded_into_relation").rows));
    ASSERT_EQ(props.size(), 1u);
    const std::string line = formatCarb("The company called off the deal .", props[0]);
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string f; std::getline(in, f, '\t');) {
        fields.push_back(f);
    }
    ASSERT_EQ(fields.size(), 5u) << line;
    EXPECT_EQ(fields[0], "The company called off the deal .");
    EXPECT_EQ(fields[2], "called off");
    EXPECT_EQ(fields[3], "The company");
    EXPECT_EQ(fields[4], "the deal");
    EXPECT_GT(std::stod(fields[1]), 0.0);
}

// Trees no parser should produce, and sentences of every odd shape: no crash, no hang, and no
// propositions where there is no usable tree.
// The negation test the article extractor shares: "not", "n't", "never", "no longer" and
// "little changed", and nothing else ("longer" alone, "no" itself, a "not" that is no adverbial
// modifier).
TEST(ExtractorTest, NegatesKnowsNotNeverNoLongerAndLittleChanged) {
    const nlp::Sentence noLonger =
        tree("1 Intel Intel PROPN NNP 4 nsubj\n2 no no ADV DT 3 advmod\n"
             "3 longer long ADV RBR 4 advmod\n4 makes make VERB VBZ 0 root\n"
             "5 memory memory NOUN NN 4 obj");
    EXPECT_TRUE(negates(noLonger, 2));
    EXPECT_FALSE(negates(noLonger, 1));
    EXPECT_FALSE(negates(noLonger, 0));
    const nlp::Sentence longer = tree("1 Intel Intel PROPN NNP 3 nsubj\n2 longer long ADV RBR 3 "
                                      "advmod\n3 waits wait VERB VBZ 0 root");
    EXPECT_FALSE(negates(longer, 1));
    const nlp::Sentence didNot = tree("1 Intel Intel PROPN NNP 4 nsubj\n2 did do AUX VBD 4 aux\n"
                                      "3 n't not PART RB 4 advmod\n4 reply reply VERB VB 0 root");
    EXPECT_TRUE(negates(didNot, 2));
    const nlp::Sentence never = tree("1 Intel Intel PROPN NNP 3 nsubj\n2 Never never ADV RB 3 "
                                     "advmod\n3 replied reply VERB VBD 0 root");
    EXPECT_TRUE(negates(never, 1));
    const nlp::Sentence notAdverb =
        tree("1 not not PART RB 2 det\n2 everyone everyone PRON NN 3 nsubj\n3 agrees agree VERB "
             "VBZ 0 root");
    EXPECT_FALSE(negates(notAdverb, 0));
    // "little changed" is as good as no change; "little" elsewhere is no negation.
    const nlp::Sentence littleChanged =
        tree("1 shares share NOUN NNS 4 nsubj\n2 were be AUX VBD 4 aux:pass\n"
             "3 little little ADV RB 4 advmod\n4 changed change VERB VBN 0 root");
    EXPECT_TRUE(negates(littleChanged, 2));
    const nlp::Sentence grewLittle = tree("1 sales sale NOUN NNS 2 nsubj\n2 grew grow VERB VBD 0 "
                                          "root\n3 little little ADV RB 2 advmod");
    EXPECT_FALSE(negates(grewLittle, 2));
}

TEST(ExtractorTest, BadTreesGiveNothing) {
    struct Bad {
        const char* name;
        nlp::Sentence sentence;
    };
    std::vector<Bad> bad;
    bad.push_back({"empty", nlp::Sentence{}});
    nlp::Sentence unparsed = tree("1 Nvidia Nvidia PROPN NNP 2 nsubj\n2 wins win VERB VBZ 0 root");
    for (nlp::Token& t : unparsed.tokens) {
        t.head = -1;
    }
    bad.push_back({"unparsed", unparsed});
    bad.push_back({"cycle", tree("1 a a NOUN NN 2 nsubj\n2 b b VERB VB 1 obj")});
    bad.push_back({"head_out_of_range", tree("1 a a NOUN NN 5 nsubj\n2 b b VERB VB 0 root")});
    bad.push_back({"self_loop", tree("1 a a NOUN NN 1 nsubj\n2 b b VERB VB 0 root")});
    // Words a tree repair would look at, with a head out of range.
    bad.push_back({"repair_head_out_of_range",
                   tree("1 Nvidia Nvidia PROPN NNP 2 nsubj:pass\n2 barred bar VERB VBN 0 root\n"
                        "3 from from SCONJ IN 4 mark\n4 selling sell VERB VBG 9 advcl")});
    bad.push_back({"repair_subject_out_of_range",
                   tree("1 the the DET DT 7 det\n2 ministry Ministry PROPN NNP 3 nsubj\n"
                        "3 said say VERB VBD 0 root")});
    for (const Bad& b : bad) {
        EXPECT_TRUE(Extractor{}.extract(b.sentence).empty()) << b.name;
    }
}

TEST(ExtractorTest, OddSentencesNeverCrash) {
    // 5,000 words in a chain of coordinated clauses, each with its own subject and object.
    nlp::Sentence longest;
    for (std::size_t i = 0; i < 5000; ++i) {
        nlp::Token t;
        t.form = t.lemma = (i % 2 == 0) ? "x" : "eat";
        t.upos = (i % 2 == 0) ? "NOUN" : "VERB";
        t.head = (i % 2 == 0) ? static_cast<int>(i + 2) : (i == 1 ? 0 : 2);
        t.deprel = (i % 2 == 0) ? "nsubj" : (i == 1 ? "root" : "conj");
        longest.tokens.push_back(t);
    }
    EXPECT_TRUE(Extractor{}.extract(longest).empty()); // over maxSentenceWords

    ExtractorOptions wide;
    wide.maxSentenceWords = 10000;
    const std::vector<Proposition> many = Extractor{wide}.extract(longest);
    EXPECT_LE(many.size(), wide.maxPropositions);
    EXPECT_FALSE(many.empty());

    nlp::Sentence punct = tree("1 ! ! PUNCT . 0 root\n2 ? ? PUNCT . 1 punct\n3 ... ... PUNCT : 1 "
                               "punct");
    EXPECT_TRUE(Extractor{}.extract(punct).empty());

    nlp::Sentence foreign =
        tree("1 \xe4\xb8\xad\xe5\x9b\xbd \xe4\xb8\xad\xe5\x9b\xbd X FW 2 nsubj\n"
             "2 \xff\xfe \xff\xfe X FW 0 root");
    EXPECT_NO_THROW(Extractor{}.extract(foreign));

    nlp::Sentence noLabels = tree("1 a a NOUN NN 0 root");
    noLabels.tokens[0].deprel.clear();
    EXPECT_NO_THROW(Extractor{}.extract(noLabels));
}

// Every gold tree of the UD English EWT dev set goes through; the structural invariants hold.
TEST(ExtractorTest, GoldTreebankInvariants) {
    std::ifstream in(KG_SHARED_DIR "/data/ud-english-ewt/en_ewt-ud-dev.conllu");
    if (!in) {
        GTEST_SKIP() << "../shared/data/ud-english-ewt is not available";
    }
    const nlp::ConlluReadResult read = nlp::readConllu(in, "en_ewt-ud-dev.conllu");
    ASSERT_GT(read.sentences.size(), 1000u);
    std::size_t total = 0;
    for (std::size_t i = 0; i < read.sentences.size(); ++i) {
        const nlp::Sentence& s = read.sentences[i];
        for (const Proposition& p : Extractor{}.extract(s, i)) {
            ++total;
            ASSERT_FALSE(p.arg1.empty());
            ASSERT_FALSE(p.relationText.empty());
            for (std::size_t k : p.arg1.tokens) {
                ASSERT_EQ(std::count(p.arg2.tokens.begin(), p.arg2.tokens.end(), k), 0) << s.text;
            }
            ASSERT_TRUE(std::is_sorted(p.arg1.tokens.begin(), p.arg1.tokens.end()));
        }
    }
    // About two propositions a sentence on news/web text; far fewer means the extractor broke.
    EXPECT_GT(total, read.sentences.size());
}

} // namespace
} // namespace kg::ingest::openie
