#include "cli/commands.h"

namespace kg::cli {

void registerAliasCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
