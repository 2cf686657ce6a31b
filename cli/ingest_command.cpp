#include "cli/commands.h"

namespace kg::cli {

void registerIngestCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
