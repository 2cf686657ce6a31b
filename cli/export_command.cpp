#include "cli/commands.h"

namespace kg::cli {

void registerExportCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
