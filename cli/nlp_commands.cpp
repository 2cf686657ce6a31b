#include "cli/commands.h"

namespace kg::cli {

void registerNlpCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
