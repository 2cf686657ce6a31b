// kg path, kg show, kg neighbors, kg stats: questions about the graph in the store, answered as
// aligned text for a reader or (with --json) as one JSON document for scripts.

#include "cli/commands.h"

#include "graph/queries.h"
#include "graph/store.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

namespace {

using graph::Assertion;
using graph::AssertionId;
using graph::EntityId;
using graph::KnowledgeGraph;
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

constexpr std::size_t SENTENCE_CHARS = 160; // evidence sentences are cut to this many characters

KnowledgeGraph loadGraph(const Context& context) {
    return graph::Store::open(context.dbPath, graph::OpenMode::ReadOnly).load();
}

EntityId resolveOrFail(const KnowledgeGraph& g, const std::string& name) {
    graph::Resolution resolution = graph::resolveEntity(g, name);
    if (!resolution.id) {
        throw CommandError{EXIT_INPUT, resolution.error};
    }
    return *resolution.id;
}

// Number of UTF-8 characters (code points) in `text`, for column alignment.
std::size_t displayWidth(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string padRight(const std::string& text, std::size_t width) {
    const std::size_t shown = displayWidth(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t shown = displayWidth(text);
    return shown >= width ? text : std::string(width - shown, ' ') + text;
}

// The first `limit` characters of `text` on one line, with "…" when cut.
std::string shorten(const std::string& text, std::size_t limit) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool lead = (c & 0xC0) != 0x80;
        if (lead && chars == limit) {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back();
            }
            return out + "\u2026";
        }
        chars += lead ? 1 : 0;
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : static_cast<char>(c);
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string relationLabel(const Assertion& a) {
    return a.negated ? "not " + a.relation : a.relation;
}

std::string formatScore(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", score);
    return buffer;
}

// `  Subject —relation→ Object` as seen when walking the hop, then its first evidence.
void printHop(std::ostream& out, const KnowledgeGraph& g, const graph::Hop& hop) {
    const Assertion& a = g.assertion(hop.assertion);
    const std::string& from = g.entity(hop.from).name;
    const std::string& to = g.entity(hop.to).name;
    if (hop.forward) {
        out << "  " << from << " \u2014" << relationLabel(a) << "\u2192 " << to << "\n";
    } else {
        out << "  " << from << " \u2190" << relationLabel(a) << "\u2014 " << to << "\n";
    }
    if (a.evidence.empty()) {
        return;
    }
    const graph::Evidence& e = a.evidence.front();
    std::string where = e.document.empty() ? "no document" : e.document;
    if (e.sentence >= 0) {
        where += ", sentence " + std::to_string(e.sentence);
    }
    out << "      ";
    if (!e.text.empty()) {
        out << "\u201c" << shorten(e.text, SENTENCE_CHARS) << "\u201d ";
    }
    out << "(" << where << ")";
    if (a.evidence.size() > 1) {
        out << "  +" << plural(a.evidence.size() - 1, "more source", "more sources");
    }
    out << "\n";
}

void putString(JsonWriter& w, std::string_view text) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
}

void putKey(JsonWriter& w, std::string_view text) {
    w.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
}

void writeEntityRef(JsonWriter& w, const KnowledgeGraph& g, EntityId id) {
    w.StartObject();
    w.Key("name");
    putString(w, g.entity(id).name);
    w.Key("type");
    putString(w, (graph::entityTypeName(g.entity(id).type)));
    w.EndObject();
}

void writeEvidence(JsonWriter& w, const graph::Evidence& e) {
    w.StartObject();
    w.Key("document");
    putString(w, e.document);
    w.Key("sentence");
    w.Int(e.sentence);
    w.Key("start");
    w.Int64(e.start);
    w.Key("end");
    w.Int64(e.end);
    w.Key("text");
    putString(w, e.text);
    w.Key("source");
    putString(w, e.source);
    w.Key("confidence");
    w.Double(e.confidence);
    w.EndObject();
}

// An assertion with all its evidence, as every --json output shows one.
void writeAssertion(JsonWriter& w, const KnowledgeGraph& g, AssertionId id) {
    const Assertion& a = g.assertion(id);
    w.Key("assertion");
    w.Uint(id);
    w.Key("subject");
    putString(w, g.entity(a.subject).name);
    w.Key("relation");
    putString(w, a.relation);
    w.Key("object");
    putString(w, g.entity(a.object).name);
    w.Key("negated");
    w.Bool(a.negated);
    w.Key("confidence");
    w.Double(a.confidence);
    w.Key("time");
    putString(w, a.time);
    w.Key("evidence");
    w.StartArray();
    for (const graph::Evidence& e : a.evidence) {
        writeEvidence(w, e);
    }
    w.EndArray();
}

void finishJson(std::ostream& out, const rapidjson::StringBuffer& buffer) {
    out << buffer.GetString() << "\n";
}

struct PathArgs {
    std::string from;
    std::string to;
    bool directed = false;
    std::size_t maxHops = 4;
    std::size_t k = 1;
    std::vector<std::string> relations;
    std::vector<std::string> types;
    bool json = false;
};

std::vector<graph::EntityType> parseTypes(const std::vector<std::string>& names) {
    std::vector<graph::EntityType> types;
    for (const std::string& name : names) {
        const auto type = graph::parseEntityType(name);
        if (!type) {
            throw CommandError{EXIT_USAGE, "unknown entity type '" + name +
                                               "' (types: ORG, PERSON, GPE, PRODUCT, LAW, "
                                               "EVENT, CONCEPT, OTHER)"};
        }
        types.push_back(*type);
    }
    return types;
}

void runPath(Context& context, const PathArgs& args) {
    graph::PathOptions options;
    options.directed = args.directed;
    options.maxHops = args.maxHops;
    options.k = args.k;
    options.relations = args.relations;
    options.types = parseTypes(args.types);
    const KnowledgeGraph g = loadGraph(context);
    const EntityId from = resolveOrFail(g, args.from);
    const EntityId to = resolveOrFail(g, args.to);
    const std::vector<graph::Path> paths = graph::shortestPaths(g, from, to, options);
    std::ostream& out = context.io.out;

    if (args.json) {
        rapidjson::StringBuffer buffer;
        JsonWriter w(buffer);
        w.StartObject();
        w.Key("from");
        writeEntityRef(w, g, from);
        w.Key("to");
        writeEntityRef(w, g, to);
        w.Key("directed");
        w.Bool(args.directed);
        w.Key("max_hops");
        w.Uint64(args.maxHops);
        w.Key("paths");
        w.StartArray();
        for (const graph::Path& path : paths) {
            w.StartObject();
            w.Key("length");
            w.Uint64(path.hops.size());
            w.Key("entities");
            w.StartArray();
            for (EntityId id : path.entities) {
                putString(w, g.entity(id).name);
            }
            w.EndArray();
            w.Key("hops");
            w.StartArray();
            for (const graph::Hop& hop : path.hops) {
                w.StartObject();
                w.Key("from");
                putString(w, g.entity(hop.from).name);
                w.Key("to");
                putString(w, g.entity(hop.to).name);
                w.Key("direction");
                putString(w, hop.forward ? "forward" : "backward");
                writeAssertion(w, g, hop.assertion);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        finishJson(out, buffer);
        return;
    }

    const std::string& fromName = g.entity(from).name;
    const std::string& toName = g.entity(to).name;
    if (paths.empty()) {
        out << "No path between " << fromName << " and " << toName << " within "
            << plural(args.maxHops, "hop", "hops");
        std::vector<std::string> conditions;
        if (args.directed) {
            conditions.emplace_back("following edge direction");
        }
        if (!args.relations.empty()) {
            std::string list = "relations:";
            for (const std::string& r : args.relations) {
                list += " " + r;
            }
            conditions.push_back(list);
        }
        if (!args.types.empty()) {
            std::string list = "types:";
            for (graph::EntityType t : options.types) {
                list += " " + std::string(graph::entityTypeName(t));
            }
            conditions.push_back(list);
        }
        for (std::size_t i = 0; i < conditions.size(); ++i) {
            out << (i == 0 ? " (" : "; ") << conditions[i];
        }
        out << (conditions.empty() ? "" : ")") << ".\n";
        return;
    }
    if (from == to) {
        out << args.from << " and " << args.to << " are the same entity: " << fromName << "\n";
        return;
    }
    out << fromName << " \u2192 " << toName << ": "
        << (paths.size() == 1 ? std::string("shortest path")
                              : plural(paths.size(), "path", "shortest paths"))
        << "\n";
    for (std::size_t i = 0; i < paths.size(); ++i) {
        out << "\n";
        if (paths.size() > 1) {
            out << "Path " << i + 1 << " \u00b7 ";
        }
        out << plural(paths[i].hops.size(), "hop", "hops") << "\n";
        for (const graph::Hop& hop : paths[i].hops) {
            printHop(out, g, hop);
        }
    }
}

void printRelationGroup(std::ostream& out, const KnowledgeGraph& g, const char* title,
                        const std::vector<graph::RelationLine>& lines, bool outgoing) {
    out << "\n" << title << " (" << lines.size() << ")\n";
    if (lines.empty()) {
        out << "  none\n";
        return;
    }
    std::size_t relationWidth = 0;
    std::size_t otherWidth = 0;
    for (const graph::RelationLine& line : lines) {
        relationWidth =
            std::max(relationWidth, displayWidth(line.relation) + (line.negated ? 4 : 0));
        otherWidth = std::max(otherWidth, displayWidth(g.entity(line.other).name));
    }
    relationWidth = std::min<std::size_t>(relationWidth, 32);
    otherWidth = std::min<std::size_t>(otherWidth, 40);
    std::string previous;
    for (const graph::RelationLine& line : lines) {
        const std::string relation = line.negated ? "not " + line.relation : line.relation;
        // Grouped by relation: the name is shown once, on the first line of its group.
        const std::string shown = relation == previous ? "" : relation;
        previous = relation;
        out << "  " << padRight(shown, relationWidth) << (outgoing ? "  \u2192 " : "  \u2190 ")
            << padRight(g.entity(line.other).name, otherWidth) << "  "
            << plural(line.evidenceCount, "source", "sources") << "\n";
    }
}

void runShow(Context& context, const std::string& name, bool json) {
    const KnowledgeGraph g = loadGraph(context);
    const graph::EntityCard card = graph::entityCard(g, resolveOrFail(g, name));
    std::ostream& out = context.io.out;
    if (json) {
        rapidjson::StringBuffer buffer;
        JsonWriter w(buffer);
        w.StartObject();
        w.Key("name");
        putString(w, card.name);
        w.Key("type");
        putString(w, (graph::entityTypeName(card.type)));
        w.Key("aliases");
        w.StartArray();
        for (const std::string& alias : card.aliases) {
            putString(w, alias);
        }
        w.EndArray();
        for (const bool outgoing : {true, false}) {
            w.Key(outgoing ? "outgoing" : "incoming");
            w.StartArray();
            for (const graph::RelationLine& line : outgoing ? card.outgoing : card.incoming) {
                w.StartObject();
                w.Key("relation");
                putString(w, line.relation);
                w.Key(outgoing ? "object" : "subject");
                putString(w, g.entity(line.other).name);
                w.Key("negated");
                w.Bool(line.negated);
                w.Key("evidence_count");
                w.Uint64(line.evidenceCount);
                w.Key("confidence");
                w.Double(line.confidence);
                w.Key("assertion");
                w.Uint(line.assertion);
                w.EndObject();
            }
            w.EndArray();
        }
        w.EndObject();
        finishJson(out, buffer);
        return;
    }
    out << card.name << "  (" << graph::entityTypeName(card.type) << ")\n";
    if (!card.aliases.empty()) {
        out << "  also known as: ";
        for (std::size_t i = 0; i < card.aliases.size(); ++i) {
            out << (i == 0 ? "" : ", ") << card.aliases[i];
        }
        out << "\n";
    }
    printRelationGroup(out, g, "Outgoing", card.outgoing, true);
    printRelationGroup(out, g, "Incoming", card.incoming, false);
}

void runNeighbors(Context& context, const std::string& name, std::size_t depth, bool json) {
    const KnowledgeGraph g = loadGraph(context);
    const EntityId center = resolveOrFail(g, name);
    const graph::Neighborhood n = graph::neighborhood(g, center, depth);
    std::ostream& out = context.io.out;
    if (json) {
        rapidjson::StringBuffer buffer;
        JsonWriter w(buffer);
        w.StartObject();
        w.Key("center");
        writeEntityRef(w, g, center);
        w.Key("depth");
        w.Uint64(depth);
        w.Key("entities");
        w.StartArray();
        for (const graph::Neighbor& e : n.entities) {
            w.StartObject();
            w.Key("name");
            putString(w, g.entity(e.entity).name);
            w.Key("type");
            putString(w, (graph::entityTypeName(g.entity(e.entity).type)));
            w.Key("distance");
            w.Uint64(e.distance);
            w.EndObject();
        }
        w.EndArray();
        w.Key("assertions");
        w.StartArray();
        for (AssertionId id : n.assertions) {
            w.StartObject();
            writeAssertion(w, g, id);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        finishJson(out, buffer);
        return;
    }
    out << "Within " << plural(depth, "hop", "hops") << " of " << g.entity(center).name << ": "
        << plural(n.entities.size() - 1, "entity", "entities") << ", "
        << plural(n.assertions.size(), "assertion", "assertions") << "\n";
    std::size_t nameWidth = 0;
    for (const graph::Neighbor& e : n.entities) {
        nameWidth = std::max(nameWidth, displayWidth(g.entity(e.entity).name));
    }
    nameWidth = std::min<std::size_t>(nameWidth, 48);
    std::size_t level = 0;
    for (const graph::Neighbor& e : n.entities) {
        if (e.distance == 0) {
            continue;
        }
        if (e.distance != level) {
            level = e.distance;
            out << "\n" << plural(level, "hop", "hops") << "\n";
        }
        out << "  " << padRight(g.entity(e.entity).name, nameWidth) << "  "
            << graph::entityTypeName(g.entity(e.entity).type) << "\n";
    }
    if (!n.assertions.empty()) {
        out << "\nAssertions\n";
        for (AssertionId id : n.assertions) {
            const Assertion& a = g.assertion(id);
            out << "  " << g.entity(a.subject).name << " \u2014" << relationLabel(a) << "\u2192 "
                << g.entity(a.object).name << "  ("
                << plural(a.evidence.size(), "source", "sources") << ")\n";
        }
    }
}

void printRanking(std::ostream& out, const KnowledgeGraph& g, const std::string& title,
                  const std::vector<graph::RankedEntity>& ranked, bool integer) {
    out << "\n" << title << "\n";
    std::size_t nameWidth = 0;
    for (const graph::RankedEntity& r : ranked) {
        nameWidth = std::max(nameWidth, displayWidth(g.entity(r.entity).name));
    }
    nameWidth = std::min<std::size_t>(nameWidth, 48);
    const std::size_t rankWidth = std::to_string(ranked.size()).size();
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const std::string score = integer ? std::to_string(static_cast<long long>(ranked[i].score))
                                          : formatScore(ranked[i].score);
        out << "  " << padLeft(std::to_string(i + 1), rankWidth) << ". "
            << padRight(g.entity(ranked[i].entity).name, nameWidth) << "  " << padLeft(score, 8)
            << "\n";
    }
}

void runStats(Context& context, std::size_t top, bool json) {
    const graph::Store store = graph::Store::open(context.dbPath, graph::OpenMode::ReadOnly);
    const KnowledgeGraph g = store.load();
    const graph::GraphStats stats = graph::graphStats(g, top);
    const std::size_t storedDocuments = store.documents().size();
    std::ostream& out = context.io.out;
    if (json) {
        rapidjson::StringBuffer buffer;
        JsonWriter w(buffer);
        w.StartObject();
        w.Key("entities");
        w.Uint64(stats.entities);
        w.Key("assertions");
        w.Uint64(stats.assertions);
        w.Key("documents");
        w.Uint64(stats.documents);
        w.Key("evidence");
        w.Uint64(stats.evidence);
        w.Key("ingested_files");
        w.Uint64(storedDocuments);
        w.Key("by_type");
        w.StartObject();
        for (const auto& [type, count] : stats.byType) {
            putKey(w, graph::entityTypeName(type));
            w.Uint64(count);
        }
        w.EndObject();
        for (const bool byDegree : {true, false}) {
            w.Key(byDegree ? "top_by_degree" : "top_by_pagerank");
            w.StartArray();
            for (const graph::RankedEntity& r :
                 byDegree ? stats.topByDegree : stats.topByPageRank) {
                w.StartObject();
                w.Key("name");
                putString(w, g.entity(r.entity).name);
                w.Key(byDegree ? "degree" : "pagerank");
                if (byDegree) {
                    w.Uint64(static_cast<std::uint64_t>(r.score));
                } else {
                    w.Double(r.score);
                }
                w.EndObject();
            }
            w.EndArray();
        }
        w.EndObject();
        finishJson(out, buffer);
        return;
    }
    const std::string counts[][2] = {
        {"Entities", std::to_string(stats.entities)},
        {"Assertions", std::to_string(stats.assertions)},
        {"Evidence", std::to_string(stats.evidence)},
        {"Documents", std::to_string(stats.documents)},
        {"Ingested files", std::to_string(storedDocuments)},
    };
    std::size_t valueWidth = 0;
    for (const auto& row : counts) {
        valueWidth = std::max(valueWidth, row[1].size());
    }
    for (const auto& row : counts) {
        out << padRight(row[0], 16) << padLeft(row[1], valueWidth) << "\n";
    }
    if (!stats.byType.empty()) {
        out << "\nBy type\n";
        for (const auto& [type, count] : stats.byType) {
            out << "  " << padRight(std::string(graph::entityTypeName(type)), 10)
                << padLeft(std::to_string(count), valueWidth) << "\n";
        }
    }
    if (!stats.topByDegree.empty()) {
        printRanking(out, g, "Most connected (assertions in + out)", stats.topByDegree, true);
        printRanking(out, g, "Most central (PageRank)", stats.topByPageRank, false);
    }
}

} // namespace

void registerQueryCommands(CLI::App& app, Context& context) {
    auto path = std::make_shared<PathArgs>();
    CLI::App* pathCommand =
        app.add_subcommand("path", "Shortest paths between two entities, with the evidence");
    pathCommand->add_option("FROM", path->from, "Entity to start from")->required();
    pathCommand->add_option("TO", path->to, "Entity to reach")->required();
    pathCommand->add_flag("--directed", path->directed,
                          "Follow assertions only from subject to object");
    pathCommand->add_option("--max-hops", path->maxHops, "Longest path to consider")
        ->check(CLI::Range(1, 50))
        ->capture_default_str();
    pathCommand->add_option("--k", path->k, "How many shortest paths")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    pathCommand->add_option("--relation", path->relations, "Only hops with this relation")
        ->take_all();
    pathCommand->add_option("--type", path->types, "Only these types in between (ORG, ...)")
        ->take_all();
    pathCommand->add_flag("--json", path->json, "Print one JSON document");
    pathCommand->callback([&context, path] { runPath(context, *path); });

    struct EntityArgs {
        std::string name;
        std::size_t depth = 1;
        bool json = false;
    };
    auto show = std::make_shared<EntityArgs>();
    CLI::App* showCommand =
        app.add_subcommand("show", "An entity's card: type, aliases and relations");
    showCommand->add_option("ENTITY", show->name, "Entity name or alias")->required();
    showCommand->add_flag("--json", show->json, "Print one JSON document");
    showCommand->callback([&context, show] { runShow(context, show->name, show->json); });

    auto neighbors = std::make_shared<EntityArgs>();
    CLI::App* neighborsCommand =
        app.add_subcommand("neighbors", "Entities within N hops of one, and what links them");
    neighborsCommand->add_option("ENTITY", neighbors->name, "Entity name or alias")->required();
    neighborsCommand->add_option("--depth", neighbors->depth, "How many hops")
        ->check(CLI::Range(0, 20))
        ->capture_default_str();
    neighborsCommand->add_flag("--json", neighbors->json, "Print one JSON document");
    neighborsCommand->callback([&context, neighbors] {
        runNeighbors(context, neighbors->name, neighbors->depth, neighbors->json);
    });

    struct StatsArgs {
        std::size_t top = 10;
        bool json = false;
    };
    auto stats = std::make_shared<StatsArgs>();
    CLI::App* statsCommand =
        app.add_subcommand("stats", "Counts and the most connected and central entities");
    statsCommand->add_option("--top", stats->top, "How many entities to rank")
        ->check(CLI::Range(0, 1000))
        ->capture_default_str();
    statsCommand->add_flag("--json", stats->json, "Print one JSON document");
    statsCommand->callback([&context, stats] { runStats(context, stats->top, stats->json); });
}

} // namespace kg::cli
