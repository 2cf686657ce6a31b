#include "cli/commands.h"

#include "export/formats.h"
#include "export/output_sink.h"
#include "graph/store.h"

#include <memory>
#include <string>
#include <vector>

namespace kg::cli {

namespace {

// Diagrams keep at most this many entities unless --max-nodes says otherwise.
constexpr std::size_t IMAGE_DEFAULT_MAX_NODES = 150;

struct ExportArgs {
    std::string format;
    std::string output;
    exporters::ExportOptions options;
    bool maxNodesGiven = false;
};

std::string didYouMean(const graph::KnowledgeGraph& graph, const std::string& name) {
    std::string message = "no entity named '" + name + "'";
    const std::vector<std::string> suggestions = graph.suggest(name);
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        message += (i == 0 ? "; did you mean '" : ", '") + suggestions[i] + "'";
    }
    return suggestions.empty() ? message : message + "?";
}

void runExport(ExportArgs& args, Context& context) {
    const exporters::Exporter* exporter = exporters::findExporter(args.format);
    if (exporter == nullptr) {
        throw CommandError{EXIT_USAGE, "unknown export format '" + args.format + "'"};
    }
    const bool image = exporter->name() == "svg" || exporter->name() == "png";
    if (image && !args.maxNodesGiven) {
        args.options.maxNodes = IMAGE_DEFAULT_MAX_NODES;
    }

    graph::KnowledgeGraph graph;
    try {
        graph = graph::Store::open(context.dbPath, graph::OpenMode::ReadOnly).load();
    } catch (const graph::StoreError& e) {
        throw CommandError{EXIT_INPUT, e.what()};
    }
    if (!args.options.focus.empty() && !graph.find(args.options.focus)) {
        throw CommandError{EXIT_INPUT, didYouMean(graph, args.options.focus)};
    }

    std::string destination = args.output;
    if (destination.empty()) {
        destination = std::string(exporter->defaultOutput());
    }
    const bool toStdout = destination.empty() || destination == "-";
    if (toStdout && exporter->kind() == exporters::OutputKind::Directory) {
        throw CommandError{EXIT_USAGE,
                           "the " + args.format + " format writes a folder: give one with -o"};
    }

    exporters::ExportSummary summary;
    try {
        if (toStdout) {
            exporters::StreamSink sink(context.io.out);
            summary = exporter->write(graph, args.options, sink);
        } else {
            const bool folder = exporter->kind() == exporters::OutputKind::Directory;
            exporters::FileSink sink(folder ? std::string() : destination,
                                     folder ? destination : std::string());
            summary = exporter->write(graph, args.options, sink);
            sink.close();
        }
    } catch (const exporters::ExportError& e) {
        throw CommandError{EXIT_INPUT, e.what()};
    }

    std::ostream& err = context.io.err;
    if (summary.droppedEntities != 0) {
        err << "kg: kept " << summary.entities << " of "
            << summary.entities + summary.droppedEntities << " entities ("
            << (args.options.focus.empty() ? "" : "nearest the focus, then ")
            << "most connected first); left out " << summary.droppedEntities << " entities and "
            << summary.droppedAssertions << " assertions: raise --max-nodes or use --focus\n";
    }
    if (!toStdout) {
        err << "kg: wrote " << summary.entities << " entities and " << summary.assertions
            << " assertions to " << destination;
        if (!summary.engine.empty()) {
            err << " (layout: " << summary.engine << ")";
        }
        err << "\n";
    }
    context.exitCode = EXIT_OK;
}

} // namespace

void registerExportCommands(CLI::App& app, Context& context) {
    auto args = std::make_shared<ExportArgs>();
    std::vector<std::string> names;
    std::string formats;
    for (const exporters::Exporter* e : exporters::exporters()) {
        names.emplace_back(e->name());
        formats += "\n  " + std::string(e->name()) + ": " + std::string(e->description());
    }
    CLI::App* cmd = app.add_subcommand(
        "export", "Write the graph (or a focus neighbourhood) as a diagram or for other tools");
    cmd->add_option("-f,--format", args->format, "Output format:" + formats)
        ->required()
        ->check(CLI::IsMember(names));
    cmd->add_option("-o,--output", args->output,
                    "File or folder to write ('-' = stdout); default: stdout for text formats, "
                    "kg.svg / kg.png for images, neo4j/ for neo4j");
    CLI::Option* focus = cmd->add_option("--focus", args->options.focus,
                                         "Only this entity (name or alias) and its neighbourhood");
    cmd->add_option("--depth", args->options.depth, "Hops around --focus (default 2)")
        ->check(CLI::NonNegativeNumber)
        ->needs(focus);
    CLI::Option* maxNodes =
        cmd->add_option("--max-nodes", args->options.maxNodes,
                        "Keep at most N entities, most connected first (0 = all; default 150 "
                        "for svg/png, all otherwise)");
    cmd->add_option("--title", args->options.title, "Diagram title");
    cmd->callback([args, maxNodes, &context] {
        args->maxNodesGiven = maxNodes->count() > 0;
        runExport(*args, context);
    });
}

} // namespace kg::cli
