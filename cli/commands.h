#pragma once
// One registration function per group of commands, each defined in its own .cpp file.

#include "cli/command.h"

namespace kg::cli {

void registerIngestCommands(CLI::App& app, Context& context); // ingest_command.cpp: kg ingest
void registerQueryCommands(CLI::App& app,
                           Context& context); // query_commands.cpp: kg path, show, neighbors, stats
void registerAliasCommands(CLI::App& app,
                           Context& context); // alias_commands.cpp: kg alias, kg merge
void registerExportCommands(CLI::App& app, Context& context); // export_command.cpp: kg export
void registerNlpCommands(
    CLI::App& app, Context& context); // nlp_commands.cpp: kg nlp, kg train tagger, kg eval tagger
void registerParserCommands(
    CLI::App& app, Context& context); // parser_commands.cpp: kg train parser, kg eval parser
void registerExtractCommands(CLI::App& app, Context& context); // extract_command.cpp: kg extract

} // namespace kg::cli
