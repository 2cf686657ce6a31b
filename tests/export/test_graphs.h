#pragma once
// Graphs the exporter tests share: a small story graph for golden files and an adversarial one
// whose names and texts try to break every output format. Also the golden-file comparison.

#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kg::exporters::testing {

inline graph::Statement statement(std::string subject, graph::EntityType subjectType,
                                  std::string relation, std::string object,
                                  graph::EntityType objectType, std::string doc, int sentence,
                                  std::string text) {
    graph::Statement s;
    s.subject = std::move(subject);
    s.subjectType = subjectType;
    s.relation = std::move(relation);
    s.object = std::move(object);
    s.objectType = objectType;
    s.doc = std::move(doc);
    s.sentence = sentence;
    s.start = sentence * 100;
    s.end = sentence * 100 + static_cast<std::int64_t>(text.size());
    s.text = std::move(text);
    s.source = "Example News";
    s.confidence = 0.8;
    return s;
}

/// The seed story in miniature: 8 entities, 8 assertions, two parallel ones and a negated one.
inline graph::KnowledgeGraph smallGraph() {
    using T = graph::EntityType;
    graph::KnowledgeGraph g;
    g.add(statement("CAC", T::Org, "summon", "Nvidia", T::Org, "h20.txt", 0,
                    "The CAC summoned Nvidia on July 31."));
    g.add(statement("Nvidia", T::Org, "deny", "backdoors", T::Concept, "h20.txt", 1,
                    "Nvidia denied that its chips have backdoors."));
    graph::Statement negated =
        statement("H20", T::Product, "have", "backdoors", T::Concept, "h20.txt", 1,
                  "Nvidia denied that its chips have backdoors.");
    negated.negated = true;
    g.add(negated);
    graph::Statement ban =
        statement("Trump administration", T::Org, "ban sale of", "H20", T::Product, "h20.txt", 2,
                  "The Trump administration banned sales of the H20 in April.");
    ban.date = "2025-04";
    g.add(ban);
    g.add(statement("Trump administration", T::Org, "allow sale of", "H20", T::Product, "h20.txt",
                    3, "In July it allowed sales of the H20 again."));
    g.add(statement("People's Daily", T::Org, "urge", "Nvidia", T::Org, "h20.txt", 4,
                    "People's Daily urged Nvidia to provide proofs."));
    g.add(statement("Xi Jinping", T::Person, "lead", "China", T::Gpe, "profile.txt", 0,
                    "Xi Jinping leads China."));
    g.add(statement("CAC", T::Org, "regulate", "China", T::Gpe, "profile.txt", 1,
                    "The CAC regulates the internet in China."));
    g.addAlias(*g.find("CAC"), "Cyberspace Administration of China");
    g.addAlias(*g.find("China"), "Beijing");
    return g;
}

/// Names that are hostile to DOT, CSV, Cypher, XML and JSON. Every one is a distinct entity.
inline std::vector<std::string> adversarialNames() {
    return {
        "Say \"hi\" \\ back",
        "line one\nline two",
        "<b>&amp; Co</b>",
        "\\N",
        "\u4E2D\u56FD\u7F51\u4FE1\u529E",
        "\U0001F680 Rocket Corp",
        "node",
        "edge",
        "graph",
        "strict",
        "MATCH (n) DETACH DELETE n",
        "-1 leading dash",
        "42nd Street",
        "comma, name",
        "it's 'single'",
        "ends with backslash\\",
        "tab\there",
        "cr\rname",
        "\u0645\u0631\u062D\u0628\u0627",
    };
}

/// A graph over adversarialNames(): a chain of assertions with hostile relations and evidence,
/// aliases with the Neo4j array delimiter, one negated assertion and one parallel pair.
inline graph::KnowledgeGraph adversarialGraph() {
    using T = graph::EntityType;
    const std::vector<std::string> names = adversarialNames();
    const std::vector<std::string> relations = {
        "ban \"sale\" of", "rel\\N", "\u7981\u6B62", "say, then <deny>",
        "MATCH",           "strict", "-> edge",      "it's",
    };
    const std::vector<T> types = {T::Org, T::Person, T::Gpe,     T::Product,
                                  T::Law, T::Event,  T::Concept, T::Other};
    graph::KnowledgeGraph g;
    for (std::size_t i = 0; i + 1 < names.size(); ++i) {
        graph::Statement s =
            statement(names[i], types[i % types.size()], relations[i % relations.size()],
                      names[i + 1], types[(i + 1) % types.size()],
                      "doc \"" + std::to_string(i % 3) + "\";x.txt", static_cast<int>(i),
                      "Evidence with \"quotes\", a\r\nnewline, <tags> & \\N " + names[i]);
        s.negated = i == 3;
        g.add(s);
    }
    // A parallel assertion on the first pair and a self-loop.
    g.add(statement(names[0], T::Org, "also \\ relate", names[1], T::Person, "extra.txt", 0, ""));
    g.add(
        statement(names[6], T::Concept, "refer to", names[6], T::Concept, "extra.txt", 1, "self"));
    g.addAlias(*g.find(names[4]), "CAC;\u7F51\u4FE1\u529E");
    g.addAlias(*g.find(names[4]), "alias \"two\"\nwith newline");
    g.addAlias(*g.find(names[5]), "\\N\\N");
    return g;
}

/// Compares `actual` with tests/data/export/<caseName>/<file>; with KG_UPDATE_GOLDEN=1 rewrites
/// it instead. Prints the differing lines on failure.
inline void expectGolden(const std::string& caseName, const std::string& file,
                         const std::string& actual) {
    const std::filesystem::path path =
        std::filesystem::path(KG_SOURCE_DIR) / "tests/data/export" / caseName / file;
    const char* update = std::getenv("KG_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << path << " (run with KG_UPDATE_GOLDEN=1)";
    std::ostringstream expected;
    expected << in.rdbuf();
    if (expected.str() == actual) {
        return;
    }
    std::istringstream e(expected.str());
    std::istringstream a(actual);
    std::ostringstream diff;
    std::string el;
    std::string al;
    int line = 0;
    int shown = 0;
    while (shown < 20) {
        const bool he = static_cast<bool>(std::getline(e, el));
        const bool ha = static_cast<bool>(std::getline(a, al));
        ++line;
        if (!he && !ha) {
            break;
        }
        if (he != ha || el != al) {
            diff << "line " << line << ":\n  - " << (he ? el : "<end>") << "\n  + "
                 << (ha ? al : "<end>") << "\n";
            ++shown;
        }
    }
    ADD_FAILURE() << "output differs from " << path << " (KG_UPDATE_GOLDEN=1 rewrites it):\n"
                  << diff.str();
}

} // namespace kg::exporters::testing
