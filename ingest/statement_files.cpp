#include "ingest/statement_files.h"

#include "ingest/formats.h"
#include "ingest/input.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::ingest {

namespace {

constexpr std::string_view STDIN_NAME = "<stdin>";

Diagnostic fileDiagnostic(std::string_view file, DiagCode code, std::string message) {
    return Diagnostic{std::string(file), 0, 0, code, std::move(message), ""};
}

// Reads a whole file with one allocation when its size is known (`size` is a hint: the file
// may have changed since).
std::optional<std::string> readFile(std::ifstream& file, std::uintmax_t size) {
    std::string bytes;
    if (size > 0 && size != static_cast<std::uintmax_t>(-1)) {
        bytes.resize(static_cast<std::size_t>(size));
        file.read(bytes.data(), static_cast<std::streamsize>(size));
        bytes.resize(static_cast<std::size_t>(file.gcount()));
    }
    if (file.bad()) {
        return std::nullopt;
    }
    if (!file.eof()) {
        auto rest = readAll(file);
        if (!rest) {
            return std::nullopt;
        }
        bytes += *rest;
    }
    return bytes;
}

std::string knownFormats() {
    std::string names;
    for (const auto& format : inputFormats()) {
        names += (names.empty() ? "" : ", ") + std::string(format.name);
    }
    return names;
}

} // namespace

ReadResult readStatementFiles(const std::vector<std::string>& paths, std::istream& standardInput,
                              std::string_view format, const IngestOptions& options) {
    ReadResult result;
    const Ingester* forced = nullptr;
    if (!format.empty()) {
        forced = findIngester(format);
        if (forced == nullptr) {
            result.diagnostics.push_back(fileDiagnostic("--format", DiagCode::UnknownFormat,
                                                        "unknown format '" + std::string(format) +
                                                            "' (known: " + knownFormats() + ")"));
            return result;
        }
    }
    bool stdinRead = false;
    for (const auto& path : paths) {
        const bool isStdin = path == "-";
        const std::string name = isStdin ? std::string(STDIN_NAME) : path;
        // (A folder is said to be one before its name is asked for a format: it has no
        // extension to go by.)
        if (std::optional<std::string> folder =
                isStdin ? std::nullopt : directoryInsteadOfFile(path)) {
            result.diagnostics.push_back(fileDiagnostic(name, DiagCode::IoError, *folder));
            continue;
        }
        const Ingester* ingester = forced != nullptr ? forced : ingesterForPath(path);
        if (ingester == nullptr) {
            result.diagnostics.push_back(fileDiagnostic(
                name, DiagCode::UnknownFormat,
                isStdin ? "standard input needs --format (" + knownFormats() + ")"
                        : "cannot tell the format from the file name; give --format (" +
                              knownFormats() + ")"));
            continue;
        }
        std::optional<std::string> bytes;
        if (isStdin) {
            if (stdinRead) {
                result.diagnostics.push_back(fileDiagnostic(
                    name, DiagCode::IoError, "standard input ('-') is named more than once"));
                continue;
            }
            stdinRead = true;
            bytes = readAll(standardInput);
        } else {
            std::ifstream file;
            if (std::optional<std::string> problem = openInputFile(path, file)) {
                result.diagnostics.push_back(fileDiagnostic(name, DiagCode::IoError, *problem));
                continue;
            }
            std::error_code error;
            bytes = readFile(file, std::filesystem::file_size(path, error));
        }
        if (!bytes) {
            result.diagnostics.push_back(
                fileDiagnostic(name, DiagCode::IoError, "reading failed part-way"));
            continue;
        }
        InputDocument document;
        document.name = name;
        document.hash = sha256Hex(*bytes);
        std::istringstream in(std::move(*bytes));
        IngestOutput output = ingester->read(in, name, options);
        document.statements = std::move(output.statements);
        for (auto& diagnostic : output.diagnostics) {
            result.diagnostics.push_back(std::move(diagnostic));
        }
        result.documents.push_back(std::move(document));
    }
    return result;
}

} // namespace kg::ingest
