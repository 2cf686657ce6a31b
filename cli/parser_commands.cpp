#include "cli/commands.h"

namespace kg::cli {

void registerParserCommands(CLI::App& /*app*/, Context& /*context*/) {}

} // namespace kg::cli
