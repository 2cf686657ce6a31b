#pragma once
// What every command registration shares: the parsed global options, the streams, and the exit
// code a command sets. Each group of commands registers itself from its own .cpp file; the table
// of groups is in commands.cpp.

#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <string>

namespace kg::cli {

/// Exit codes of the kg command (DESIGN.md).
enum ExitCode : int { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

struct Context {
    Io io;
    std::string dbPath = "kg.db"; ///< --db PATH, or KG_DB
    int exitCode = EXIT_OK;       ///< set by the command that ran
};

/// Thrown by a command for a problem that ends it; `run` prints "kg: <what>" and exits with `code`.
struct CommandError {
    int code;
    std::string message;
};

/// Returns the subcommand `name` of `app`, creating it (requiring one of its own subcommands)
/// when it does not exist yet. Lets several files add to `kg train`, `kg eval`, ...
CLI::App& commandGroup(CLI::App& app, const std::string& name, const std::string& description);

using Registrar = void (*)(CLI::App& app, Context& context);

} // namespace kg::cli
