#include "cli/cli.h"

#include "cli/command.h"
#include "cli/commands.h"

#include <array>
#include <exception>
#include <ostream>

namespace kg::cli {

namespace {

// The explicit table of command groups, in the order `kg --help` lists them.
constexpr std::array<Registrar, 2> REGISTRARS{
    registerNlpCommands,
    registerParserCommands,
};

} // namespace

CLI::App &commandGroup(CLI::App &app, const std::string &name, const std::string &description) {
    for (CLI::App *sub : app.get_subcommands({})) {
        if (sub->get_name() == name) {
            return *sub;
        }
    }
    CLI::App *group = app.add_subcommand(name, description);
    group->require_subcommand(1);
    return *group;
}

int run(const std::vector<std::string> &args, Io io) {
    Context context{io};
    CLI::App app{"kg: builds a knowledge graph of who did what to whom from news and statements",
                 "kg"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "kg 0.1.0");
    app.add_option("--db", context.dbPath, "SQLite store (default kg.db)")
        ->envname("KG_DB")
        ->capture_default_str();
    for (Registrar registrar : REGISTRARS) {
        registrar(app, context);
    }

    // CLI11 wants argv order reversed for its vector overload.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError &e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            app.exit(e, io.out, io.err);
            return EXIT_OK;
        }
        io.err << "kg: " << e.what() << "\n";
        io.err << "Run 'kg --help' (or 'kg COMMAND --help') for usage.\n";
        return EXIT_USAGE;
    } catch (const CommandError &e) {
        io.err << "kg: " << e.message << "\n";
        return e.code;
    } catch (const std::exception &e) {
        io.err << "kg: " << e.what() << "\n";
        return EXIT_INPUT;
    }
    return context.exitCode;
}

} // namespace kg::cli
