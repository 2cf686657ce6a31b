#pragma once
// One registration function per group of commands, each defined in its own .cpp file.

#include "cli/command.h"

namespace kg::cli {

void registerNlpCommands(CLI::App &app, Context &context);    // nlp_commands.cpp
void registerParserCommands(CLI::App &app, Context &context); // parser_commands.cpp

} // namespace kg::cli
