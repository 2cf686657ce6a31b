#include "cli/commands.h"

namespace kg::cli {

void registerExtractCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
