#include "export/jsonld_exporter.h"

#include "export/output_sink.h"
#include "tests/export/test_graphs.h"

#include <rapidjson/document.h>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace kg::exporters {
namespace {

std::string exportJsonLd(const graph::KnowledgeGraph& g, const ExportOptions& options = {}) {
    MemorySink sink;
    JsonLdExporter().write(g, options, sink);
    return sink.text();
}

rapidjson::Document parse(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    EXPECT_FALSE(doc.HasParseError()) << text.substr(0, 200);
    return doc;
}

TEST(JsonLdExporter, GoldenSmallGraph) {
    testing::expectGolden("small", "graph.jsonld", exportJsonLd(testing::smallGraph()));
}

TEST(JsonLdExporter, EntitiesCarryTypeNameAliasesAndDirectProperties) {
    const rapidjson::Document doc = parse(exportJsonLd(testing::smallGraph()));
    ASSERT_TRUE(doc.HasMember("@context"));
    EXPECT_STREQ(doc["@context"]["@vocab"].GetString(), "https://schema.org/");
    EXPECT_STREQ(doc["@context"]["kg"].GetString(), "https://kg.invalid/");
    const auto& nodes = doc["@graph"].GetArray();
    std::map<std::string, const rapidjson::Value*> byName;
    int statements = 0;
    for (const auto& node : nodes) {
        if (std::string(node["@type"].GetString()) == "Statement") {
            ++statements;
        } else {
            byName[node["name"].GetString()] = &node;
        }
    }
    EXPECT_EQ(byName.size(), 8u);
    EXPECT_EQ(statements, 8);
    const rapidjson::Value& cac = *byName.at("CAC");
    EXPECT_STREQ(cac["@type"].GetString(), "Organization");
    EXPECT_STREQ(cac["alternateName"][0].GetString(), "Cyberspace Administration of China");
    ASSERT_TRUE(cac.HasMember("kg:rel/summon"));
    EXPECT_STREQ(cac["kg:rel/summon"][0]["@id"].GetString(),
                 (*byName.at("Nvidia"))["@id"].GetString());
    EXPECT_STREQ((*byName.at("China"))["@type"].GetString(), "AdministrativeArea");
    EXPECT_STREQ((*byName.at("H20"))["@type"].GetString(), "Product");
    EXPECT_STREQ((*byName.at("backdoors"))["@type"].GetString(), "DefinedTerm");
    EXPECT_TRUE((*byName.at("H20")).HasMember("kg:notrel/have"));
    EXPECT_FALSE((*byName.at("H20")).HasMember("kg:rel/have"));
    EXPECT_TRUE((*byName.at("Trump administration")).HasMember("kg:rel/ban_sale_of"));
}

TEST(JsonLdExporter, StatementNodesCarryEvidence) {
    const rapidjson::Document doc = parse(exportJsonLd(testing::smallGraph()));
    bool found = false;
    for (const auto& node : doc["@graph"].GetArray()) {
        if (std::string(node["@type"].GetString()) != "Statement" ||
            std::string(node["relation"].GetString()) != "ban sale of") {
            continue;
        }
        found = true;
        EXPECT_STREQ(node["predicate"].GetString(), "kg:rel/ban_sale_of");
        EXPECT_FALSE(node["negated"].GetBool());
        EXPECT_DOUBLE_EQ(node["confidence"].GetDouble(), 0.8);
        EXPECT_STREQ(node["time"].GetString(), "2025-04");
        const auto& evidence = node["evidence"][0];
        EXPECT_STREQ(evidence["document"].GetString(), "h20.txt");
        EXPECT_EQ(evidence["sentenceIndex"].GetInt(), 2);
        EXPECT_EQ(evidence["start"].GetInt(), 200);
        EXPECT_STREQ(evidence["source"].GetString(), "Example News");
        EXPECT_STREQ(evidence["text"].GetString(),
                     "The Trump administration banned sales of the H20 in April.");
    }
    EXPECT_TRUE(found);
}

TEST(JsonLdExporter, IdsAreStableAndIndependentOfInsertionOrder) {
    using T = graph::EntityType;
    graph::KnowledgeGraph forward;
    graph::KnowledgeGraph backward;
    const auto a = testing::statement("A", T::Org, "r", "B", T::Org, "d", 0, "x");
    const auto b = testing::statement("C", T::Person, "s", "A", T::Org, "d", 1, "y");
    forward.add(a);
    forward.add(b);
    backward.add(b);
    backward.add(a);
    EXPECT_EQ(exportJsonLd(forward), exportJsonLd(backward));
}

TEST(JsonLdExporter, AdversarialNamesRoundTrip) {
    const rapidjson::Document doc = parse(exportJsonLd(testing::adversarialGraph()));
    std::multiset<std::string> names;
    for (const auto& node : doc["@graph"].GetArray()) {
        if (node.HasMember("name")) {
            names.insert(std::string(node["name"].GetString(), node["name"].GetStringLength()));
        }
    }
    const auto expected = testing::adversarialNames();
    EXPECT_EQ(names, std::multiset<std::string>(expected.begin(), expected.end()));
}

TEST(JsonLdExporter, BaseIriIsConfigurable) {
    ExportOptions options;
    options.baseIri = "urn:example:kg";
    const rapidjson::Document doc = parse(exportJsonLd(testing::smallGraph(), options));
    EXPECT_STREQ(doc["@context"]["kg"].GetString(), "urn:example:kg/");
}

} // namespace
} // namespace kg::exporters
