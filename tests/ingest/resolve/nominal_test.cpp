#include "ingest/resolve/nominal.h"

#include <gtest/gtest.h>

namespace kg::ingest::resolve {
namespace {

const nlp::Lemmatizer& lemmatizer() {
    static const nlp::Lemmatizer l = nlp::Lemmatizer::load(KG_SOURCE_DIR "/models/lemmatizer.bin");
    return l;
}

TEST(VerbOfNoun, ActNounsGiveTheirVerb) {
    const std::pair<const char*, const char*> rows[] = {
        {"investment", "invest"},
        {"restriction", "restrict"},
        {"regulation", "regulate"},
        {"escalation", "escalate"},
        {"revitalization", "revitalize"},
        {"authorization", "authorize"},
        {"production", "produce"},
        {"expansion", "expand"},
        {"approval", "approve"},
        {"withdrawal", "withdraw"},
        {"denial", "deny"},
        {"closure", "close"},
        {"sale", "sell"},
        {"export", "export"},
        {"ban", "ban"},
        {"completion", "complete"},
        {"permission", "permit"},
    };
    for (const auto& [noun, verb] : rows) {
        EXPECT_EQ(verbOfNoun(lemmatizer(), noun), verb) << noun;
    }
}

TEST(VerbOfNoun, ThingsAndBodiesGiveNone) {
    for (const char* noun : {"chip", "market", "plant", "government", "department", "equipment",
                             "nation", "administration", "company", "official", "measure",
                             "capital", "rival", "total", "metal", "zzzment", ""}) {
        EXPECT_EQ(verbOfNoun(lemmatizer(), noun), "") << noun;
    }
}

TEST(Lemmatizer, KnownVerbsAreTreebankOrWordNetVerbs) {
    EXPECT_TRUE(lemmatizer().knownVerb("revoke"));
    EXPECT_TRUE(lemmatizer().knownVerb("invest"));
    EXPECT_FALSE(lemmatizer().knownVerb("revok"));
    EXPECT_FALSE(lemmatizer().knownVerb(""));
}

} // namespace
} // namespace kg::ingest::resolve
