#include "cli/cli.h"

#include "cli/command.h"
#include "cli/commands.h"

#include <array>
#include <exception>
#include <ostream>

namespace kg::cli {

namespace {

// The explicit table of command groups, in the order `kg --help` lists them.
constexpr std::array<Registrar, 7> REGISTRARS{
    registerIngestCommands, registerQueryCommands,  registerAliasCommands,   registerExportCommands,
    registerNlpCommands,    registerParserCommands, registerExtractCommands,
};

// The first word that is neither an option nor the value of --db: the command the user asked for.
const std::string* firstCommandWord(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db") {
            ++i;
            continue;
        }
        if (!args[i].empty() && args[i][0] != '-') {
            return &args[i];
        }
    }
    return nullptr;
}

} // namespace

CLI::App& commandGroup(CLI::App& app, const std::string& name, const std::string& description) {
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_name() == name) {
            return *sub;
        }
    }
    CLI::App* group = app.add_subcommand(name, description);
    group->require_subcommand(1);
    return *group;
}

int run(const std::vector<std::string>& args, Io io) {
    Context context{io};
    CLI::App app{"kg: builds a knowledge graph of who did what to whom from news and statements",
                 "kg"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "kg 0.1.0");
    app.add_option("--db", context.dbPath, "The SQLite store to read and write")
        ->envname("KG_DB")
        ->capture_default_str();
    for (Registrar registrar : REGISTRARS) {
        registrar(app, context);
    }

    if (const std::string* name = firstCommandWord(args)) {
        if (app.get_subcommands([name](CLI::App* sub) { return sub->check_name(*name); }).empty()) {
            io.err << "kg: unknown command '" << *name << "'\n";
            io.err << "Run 'kg --help' for the list of commands.\n";
            return EXIT_USAGE;
        }
    }

    // CLI11 wants argv order reversed for its vector overload.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            app.exit(e, io.out, io.err);
            return EXIT_OK;
        }
        io.err << "kg: " << e.what() << "\n";
        io.err << "Run 'kg --help' (or 'kg COMMAND --help') for usage.\n";
        return EXIT_USAGE;
    } catch (const CommandError& e) {
        io.err << "kg: " << e.message << "\n";
        return e.code;
    } catch (const std::exception& e) {
        io.err << "kg: " << e.what() << "\n";
        return EXIT_INPUT;
    }
    return context.exitCode;
}

} // namespace kg::cli
