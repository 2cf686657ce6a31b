#pragma once

// Trees for the tree-repair and reparse-cue tests: sentences written as rows of words, tags,
// heads and relations, and random sentences with random trees over the words, tags and
// relations the repairs look for.

#include "ingest/nlp/conllu.h"

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace kg::ingest::nlp::test_trees {

// Words from rows of "form UPOS XPOS head relation", one word per line.
inline std::vector<Token> tree(const std::string& rows) {
    std::vector<Token> w;
    std::istringstream in(rows);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        Token t;
        if (fields >> t.form >> t.upos >> t.xpos >> t.head >> t.deprel) {
            t.lemma = t.form;
            w.push_back(std::move(t));
        }
    }
    return w;
}

// The heads and relations, "head:relation" per word, for a compact comparison.
inline std::vector<std::string> arcs(const std::vector<Token>& w) {
    std::vector<std::string> out;
    for (const Token& t : w) {
        out.push_back(std::to_string(t.head) + ":" + t.deprel);
    }
    return out;
}

// Random sentences built from the words, tags and relations the repairs look for, with random
// trees over them: nearby heads most of the time, any earlier-placed word otherwise, so that
// crossing arcs and odd shapes come up too.
// Words, tags and relations that the repairs and cues look for.
inline const std::vector<std::string>& randomWords() {
    static const std::vector<std::string> words = {"said",
                                                   "says",
                                                   "say",
                                                   "that",
                                                   "which",
                                                   "whose",
                                                   "who",
                                                   "where",
                                                   "when",
                                                   "whether",
                                                   "or",
                                                   "not",
                                                   "and",
                                                   ",",
                                                   ".",
                                                   "\"",
                                                   "'s",
                                                   "-",
                                                   "$",
                                                   "%",
                                                   "to",
                                                   "of",
                                                   "by",
                                                   "at",
                                                   "least",
                                                   "as",
                                                   "well",
                                                   "after",
                                                   "before",
                                                   "until",
                                                   "since",
                                                   "for",
                                                   "with",
                                                   "from",
                                                   "in",
                                                   "on",
                                                   "about",
                                                   "including",
                                                   "up",
                                                   "the",
                                                   "a",
                                                   "an",
                                                   "this",
                                                   "it",
                                                   "he",
                                                   "they",
                                                   "we",
                                                   "company",
                                                   "chief",
                                                   "executive",
                                                   "rival",
                                                   "chipmaker",
                                                   "president",
                                                   "minister",
                                                   "secretary",
                                                   "shares",
                                                   "sales",
                                                   "billion",
                                                   "million",
                                                   "percent",
                                                   "year",
                                                   "week",
                                                   "Monday",
                                                   "fined",
                                                   "cut",
                                                   "sold",
                                                   "rose",
                                                   "announced",
                                                   "approved",
                                                   "filed",
                                                   "reported",
                                                   "plans",
                                                   "agreed",
                                                   "expected",
                                                   "refused",
                                                   "Boeing",
                                                   "Nvidia",
                                                   "Huawei",
                                                   "China",
                                                   "Commission",
                                                   "Microsoft",
                                                   "Apple",
                                                   "Donald",
                                                   "Airlines",
                                                   "Technology",
                                                   "Economy",
                                                   "Minister",
                                                   "President",
                                                   "Secretary-General",
                                                   "ZF",
                                                   "RBR",
                                                   "WeChat",
                                                   "deal",
                                                   "fine",
                                                   "plant",
                                                   "price",
                                                   "law",
                                                   "ruling",
                                                   "decision",
                                                   "2024",
                                                   "737",
                                                   "300",
                                                   "one",
                                                   "chips",
                                                   "customers",
                                                   "workers",
                                                   "building",
                                                   "following",
                                                   "than",
                                                   "most"};
    return words;
}

inline const std::vector<std::pair<std::string, std::string>>& randomTags() {
    static const std::vector<std::pair<std::string, std::string>> tags = {
        {"NOUN", "NN"},  {"NOUN", "NNS"}, {"PROPN", "NNP"},  {"PROPN", "NNPS"}, {"VERB", "VB"},
        {"VERB", "VBD"}, {"VERB", "VBN"}, {"VERB", "VBZ"},   {"VERB", "VBP"},   {"VERB", "VBG"},
        {"AUX", "VBD"},  {"AUX", "VBZ"},  {"AUX", "MD"},     {"ADJ", "JJ"},     {"ADJ", "JJR"},
        {"ADV", "RB"},   {"ADP", "IN"},   {"SCONJ", "IN"},   {"DET", "DT"},     {"PRON", "PRP"},
        {"PRON", "WP"},  {"PRON", "WDT"}, {"PRON", "PRP$"},  {"PRON", "WP$"},   {"NUM", "CD"},
        {"PUNCT", ","},  {"PUNCT", "."},  {"PUNCT", "HYPH"}, {"PART", "POS"},   {"PART", "TO"},
        {"CCONJ", "CC"}, {"SYM", "$"},    {"ADV", "WRB"},    {"X", "GW"}};
    return tags;
}

inline const std::vector<std::string>& randomRelations() {
    static const std::vector<std::string> relations = {
        "nsubj",     "nsubj:pass",   "obj",       "iobj",         "obl",       "obl:tmod",
        "obl:agent", "obl:unmarked", "nmod",      "nmod:poss",    "nmod:desc", "nmod:unmarked",
        "appos",     "acl",          "acl:relcl", "ccomp",        "xcomp",     "advcl",
        "conj",      "cc",           "compound",  "compound:prt", "flat",      "aux",
        "aux:pass",  "cop",          "mark",      "case",         "det",       "amod",
        "advmod",    "nummod",       "punct",     "parataxis",    "expl",      "csubj",
        "dep",       "vocative"};
    return relations;
}

inline Sentence randomSentence(std::mt19937& random) {
    const auto& words = randomWords();
    const auto& tags = randomTags();
    const auto& relations = randomRelations();
    std::uniform_int_distribution<std::size_t> length(1, 36);
    const std::size_t n = length(random);
    Sentence s;
    for (std::size_t k = 0; k < n; ++k) {
        Token t;
        t.form = words[random() % words.size()];
        t.lemma = t.form;
        const auto& [upos, xpos] = tags[random() % tags.size()];
        t.upos = upos;
        t.xpos = xpos;
        s.tokens.push_back(std::move(t));
    }
    // A random order of the words; the first is the root, each later one takes an earlier one
    // as its head.
    std::vector<std::size_t> order(n);
    for (std::size_t k = 0; k < n; ++k) {
        order[k] = k;
    }
    std::shuffle(order.begin(), order.end(), random);
    s.tokens[order[0]].head = 0;
    s.tokens[order[0]].deprel = "root";
    for (std::size_t i = 1; i < n; ++i) {
        std::size_t head = order[random() % i];
        if (random() % 3 != 0) { // the nearest earlier-placed word
            std::size_t best = head;
            for (std::size_t j = 0; j < i; ++j) {
                const auto distance = [&](std::size_t h) {
                    return h > order[i] ? h - order[i] : order[i] - h;
                };
                best = distance(order[j]) < distance(best) ? order[j] : best;
            }
            head = best;
        }
        Token& t = s.tokens[order[i]];
        t.head = static_cast<int>(head) + 1;
        t.deprel = relations[random() % relations.size()];
    }
    return s;
}

inline std::string conllu(const std::vector<Token>& w) {
    std::ostringstream out;
    for (std::size_t k = 0; k < w.size(); ++k) {
        out << k + 1 << '\t' << w[k].form << '\t' << w[k].upos << '\t' << w[k].xpos << '\t'
            << w[k].head << '\t' << w[k].deprel << '\n';
    }
    return out.str();
}

// A copy of `base` with one to three changes: a word (not the root) hung on another word that
// is not below it, with a random relation; a word relabelled; a word retagged. Still one tree.
inline std::vector<Token> mutated(const std::vector<Token>& base, std::mt19937& random) {
    std::vector<Token> w = base;
    const std::size_t n = w.size();
    const std::size_t changes = 1 + random() % 3;
    for (std::size_t c = 0; c < changes && n > 1; ++c) {
        const std::size_t k = random() % n;
        if (w[k].head == 0) {
            continue;
        }
        switch (random() % 3) {
        case 0: {
            const std::size_t h = random() % n;
            // (the new head must not be `k` or below it)
            std::size_t up = h;
            bool below = false;
            for (std::size_t steps = 0; steps <= n && !below; ++steps) {
                below = up == k;
                if (w[up].head == 0) {
                    break;
                }
                up = static_cast<std::size_t>(w[up].head - 1);
            }
            if (!below) {
                w[k].head = static_cast<int>(h) + 1;
                w[k].deprel = randomRelations()[random() % randomRelations().size()];
            }
            break;
        }
        case 1:
            w[k].deprel = randomRelations()[random() % randomRelations().size()];
            break;
        default: {
            const auto& [upos, xpos] = randomTags()[random() % randomTags().size()];
            w[k].upos = upos;
            w[k].xpos = xpos;
        }
        }
    }
    return w;
}

// Trees the parser gave news sentences (with the pipeline's tags), before any repair.

// "Cambricon, whose shares have tripled this year, reported its first quarterly profit."
inline const char* const CAMBRICON = "Cambricon PROPN NNP 6 vocative\n"
                                     ", PUNCT , 1 punct\n"
                                     "whose PRON WP$ 4 nmod:poss\n"
                                     "shares NOUN NNS 6 nsubj\n"
                                     "have AUX VBP 6 aux\n"
                                     "tripled VERB VBN 0 root\n"
                                     "this DET DT 8 det\n"
                                     "year NOUN NN 6 obl:unmarked\n"
                                     ", PUNCT , 10 punct\n"
                                     "reported VERB VBD 6 conj\n"
                                     "its PRON PRP$ 14 nmod:poss\n"
                                     "first ADJ JJ 14 amod\n"
                                     "quarterly ADJ JJ 14 amod\n"
                                     "profit NOUN NN 10 obj\n"
                                     ". PUNCT . 6 punct\n";

// "Applied Materials, the biggest U.S. maker of chip equipment, get about a third of revenue
// from China."
inline const char* const APPLIED = "Applied VERB VBN 2 amod\n"
                                   "Materials NOUN NNS 0 root\n"
                                   ", PUNCT , 7 punct\n"
                                   "the DET DT 7 det\n"
                                   "biggest ADJ JJS 7 amod\n"
                                   "U.S. PROPN NNP 7 compound\n"
                                   "maker NOUN NN 2 appos\n"
                                   "of ADP IN 10 case\n"
                                   "chip NOUN NN 10 compound\n"
                                   "equipment NOUN NN 7 nmod\n"
                                   ", PUNCT , 12 punct\n"
                                   "get VERB VBP 2 conj\n"
                                   "about ADP IN 15 case\n"
                                   "a DET DT 15 det\n"
                                   "third ADJ JJ 12 obl\n"
                                   "of ADP IN 17 case\n"
                                   "revenue NOUN NN 15 obl\n"
                                   "from ADP IN 19 case\n"
                                   "China PROPN NNP 17 nmod\n"
                                   ". PUNCT . 2 punct\n";

// "The Biden administration on Tuesday unveiled new rules that limit exports of chips." with
// "unveiled" tagged a participle.
inline const char* const UNVEILED = "The DET DT 3 det\n"
                                    "Biden PROPN NNP 3 compound\n"
                                    "administration NOUN NN 0 root\n"
                                    "on ADP IN 5 case\n"
                                    "Tuesday PROPN NNP 6 obl:unmarked\n"
                                    "unveiled VERB VBN 8 amod\n"
                                    "new ADJ JJ 8 amod\n"
                                    "rules NOUN NNS 3 nmod\n"
                                    "that PRON WDT 10 nsubj\n"
                                    "limit VERB VBP 8 acl:relcl\n"
                                    "exports NOUN NNS 10 obj\n"
                                    "of ADP IN 13 case\n"
                                    "chips NOUN NNS 11 nmod\n"
                                    ". PUNCT . 3 punct\n";

// "The rules, which take effect in 30 days, bar exports of advanced chips to China." with "bar"
// tagged a noun.
inline const char* const BAR = "The DET DT 2 det\n"
                               "rules NOUN NNS 0 root\n"
                               ", PUNCT , 5 punct\n"
                               "which PRON WDT 5 nsubj\n"
                               "take VERB VBP 2 acl:relcl\n"
                               "effect NOUN NN 5 obj\n"
                               "in ADP IN 9 case\n"
                               "30 NUM CD 9 nummod\n"
                               "days NOUN NNS 5 obl\n"
                               ", PUNCT , 12 punct\n"
                               "bar NOUN NN 12 compound\n"
                               "exports NOUN NNS 9 conj\n"
                               "of ADP IN 15 case\n"
                               "advanced ADJ JJ 15 amod\n"
                               "chips NOUN NNS 12 nmod\n"
                               "to ADP IN 17 case\n"
                               "China PROPN NNP 15 nmod\n"
                               ". PUNCT . 2 punct\n";

// "Lawmakers passed emergency legislation to stop its Chinese owner Jingye from closing the
// blast furnaces." with the name the object of "owner".
inline const char* const JINGYE = "Lawmakers NOUN NNS 2 nsubj\n"
                                  "passed VERB VBD 0 root\n"
                                  "emergency NOUN NN 4 compound\n"
                                  "legislation NOUN NN 2 obj\n"
                                  "to PART TO 6 mark\n"
                                  "stop VERB VB 2 advcl\n"
                                  "its PRON PRP$ 9 nmod:poss\n"
                                  "Chinese ADJ JJ 9 amod\n"
                                  "owner NOUN NN 6 obj\n"
                                  "Jingye PROPN NNP 9 obj\n"
                                  "from SCONJ IN 12 mark\n"
                                  "closing VERB VBG 6 advcl\n"
                                  "the DET DT 15 det\n"
                                  "blast NOUN NN 15 compound\n"
                                  "furnaces NOUN NNS 12 obj\n"
                                  ". PUNCT . 2 punct\n";

// The trees above, for tests that change them at random.
inline std::vector<std::vector<Token>> newsTrees() {
    return {tree(CAMBRICON), tree(APPLIED), tree(UNVEILED), tree(BAR), tree(JINGYE)};
}

// Round `round` of a random test: a random sentence on even rounds, one of `news` changed at
// random on odd ones.
inline Sentence randomOrChanged(int round, const std::vector<std::vector<Token>>& news,
                                std::mt19937& random) {
    Sentence s;
    if (round % 2 == 0) {
        s = randomSentence(random);
    } else {
        s.tokens = mutated(news[random() % news.size()], random);
    }
    return s;
}

} // namespace kg::ingest::nlp::test_trees
