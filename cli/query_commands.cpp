#include "cli/commands.h"

namespace kg::cli {

void registerQueryCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
