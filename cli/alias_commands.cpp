// kg alias add NAME CANONICAL and kg merge A B: name edits kept in the store and replayed on every
// load, so they also apply to documents ingested later.

#include "cli/commands.h"

#include "graph/queries.h"
#include "graph/store.h"

#include <memory>
#include <ostream>
#include <string>

namespace kg::cli {

namespace {

using graph::EntityId;
using graph::KnowledgeGraph;

struct NamePair {
    std::string name;
    std::string canonical;
};

EntityId resolveOrFail(const KnowledgeGraph& g, const std::string& name) {
    graph::Resolution resolution = graph::resolveEntity(g, name);
    if (!resolution.id) {
        throw CommandError{EXIT_INPUT, resolution.error};
    }
    return *resolution.id;
}

std::string assertionCount(const KnowledgeGraph& g, EntityId id) {
    const std::size_t n = g.outgoing(id).size() + g.incoming(id).size();
    return std::to_string(n) + (n == 1 ? " assertion" : " assertions");
}

// Folds `from` into `into` in the store and says what happened.
void mergeEntities(Context& context, const KnowledgeGraph& g, EntityId from, EntityId into) {
    const std::string& fromName = g.entity(from).name;
    const std::string& intoName = g.entity(into).name;
    graph::Store::open(context.dbPath, graph::OpenMode::ReadWrite).merge(fromName, intoName);
    context.io.out << "Merged " << fromName << " into " << intoName << ": " << fromName;
    const auto& aliases = g.entity(from).aliases;
    for (const std::string& alias : aliases) {
        context.io.out << ", " << alias;
    }
    context.io.out << (aliases.empty() ? " is now an alias" : " are now aliases") << " of "
                   << intoName << " (" << assertionCount(g, from) << " moved).\n";
}

void runAliasAdd(Context& context, const NamePair& args) {
    // Opened read-only first: a missing store is an error here, not a new empty file.
    const KnowledgeGraph g = graph::Store::open(context.dbPath, graph::OpenMode::ReadOnly).load();
    const EntityId canonical = resolveOrFail(g, args.canonical);
    const std::string& canonicalName = g.entity(canonical).name;
    if (KnowledgeGraph::normalizeName(args.name).empty()) {
        throw CommandError{EXIT_USAGE, "the alias is empty"};
    }
    if (const auto existing = g.find(args.name)) {
        if (*existing == canonical) {
            context.io.out << "'" << args.name << "' already names " << canonicalName
                           << "; nothing to do.\n";
            return;
        }
        const std::string& existingName = g.entity(*existing).name;
        if (KnowledgeGraph::normalizeName(existingName) !=
            KnowledgeGraph::normalizeName(args.name)) {
            // Only an alias of another entity: moving the whole entity would surprise.
            throw CommandError{EXIT_INPUT, "'" + args.name + "' is already an alias of " +
                                               existingName + "; to fold the two, run 'kg merge " +
                                               "\"" + existingName + "\" \"" + canonicalName +
                                               "\"'"};
        }
        mergeEntities(context, g, *existing, canonical);
        return;
    }
    graph::Store::open(context.dbPath, graph::OpenMode::ReadWrite)
        .addAlias(args.name, canonicalName);
    context.io.out << "'" << args.name << "' is now an alias of " << canonicalName << ".\n";
}

void runMerge(Context& context, const NamePair& args) {
    const KnowledgeGraph g = graph::Store::open(context.dbPath, graph::OpenMode::ReadOnly).load();
    const EntityId from = resolveOrFail(g, args.name);
    const EntityId into = resolveOrFail(g, args.canonical);
    if (from == into) {
        context.io.out << "'" << args.name << "' and '" << args.canonical
                       << "' are already one entity: " << g.entity(into).name << ".\n";
        return;
    }
    mergeEntities(context, g, from, into);
}

} // namespace

void registerAliasCommands(CLI::App& app, Context& context) {
    CLI::App& alias = commandGroup(app, "alias", "Give an entity another name");
    auto add = std::make_shared<NamePair>();
    CLI::App* addCommand =
        alias.add_subcommand("add", "NAME becomes another name of CANONICAL (merging if needed)");
    addCommand->add_option("NAME", add->name, "The other name")->required();
    addCommand->add_option("CANONICAL", add->canonical, "An entity's name or alias")->required();
    addCommand->callback([&context, add] { runAliasAdd(context, *add); });

    auto merge = std::make_shared<NamePair>();
    CLI::App* mergeCommand =
        app.add_subcommand("merge", "Fold entity A into B: A's names become aliases of B");
    mergeCommand->add_option("A", merge->name, "The entity to fold in")->required();
    mergeCommand->add_option("B", merge->canonical, "The entity that stays")->required();
    mergeCommand->callback([&context, merge] { runMerge(context, *merge); });
}

} // namespace kg::cli
