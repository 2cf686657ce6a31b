#pragma once
// Ready-made output sinks: into memory (tests), onto one stream (stdout), or into files of a
// directory (created on demand). Not thread-safe.

#include "export/exporter.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

namespace kg::exporters {

/// Keeps every output in memory. Example: `MemorySink s; e.write(g, {}, s); s.text("nodes.csv");`
class MemorySink : public OutputSink {
public:
    std::ostream& open(std::string_view relativeName) override;
    /// What was written to `relativeName` ("" = main output); empty when never opened.
    std::string text(std::string_view relativeName = "") const;
    /// The names opened, in sorted order.
    std::map<std::string, std::string> all() const;

private:
    std::map<std::string, std::unique_ptr<std::ostringstream>, std::less<>> streams_;
};

/// Sends the main output to one stream; any other name is an error (ExportError).
class StreamSink : public OutputSink {
public:
    explicit StreamSink(std::ostream& out) : out_(out) {}
    std::ostream& open(std::string_view relativeName) override;

private:
    std::ostream& out_;
};

/// Writes the main output to `mainFile` (when given) and named outputs into `directory`
/// (created when first needed). Throws ExportError naming the path when a file cannot be opened;
/// `close()` flushes everything and throws when a write failed (disk full, ...).
class FileSink : public OutputSink {
public:
    FileSink(std::filesystem::path mainFile, std::filesystem::path directory);
    std::ostream& open(std::string_view relativeName) override;
    void close();

private:
    std::filesystem::path mainFile_;
    std::filesystem::path directory_;
    std::map<std::string, std::pair<std::filesystem::path, std::unique_ptr<std::ofstream>>,
             std::less<>>
        files_;
};

} // namespace kg::exporters
