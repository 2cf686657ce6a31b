#include "export/output_sink.h"

#include <system_error>

namespace kg::exporters {

std::ostream& MemorySink::open(std::string_view relativeName) {
    auto it = streams_.find(relativeName);
    if (it == streams_.end()) {
        it = streams_
                 .emplace(std::string(relativeName),
                          std::make_unique<std::ostringstream>(std::ios::out | std::ios::binary))
                 .first;
    }
    return *it->second;
}

std::string MemorySink::text(std::string_view relativeName) const {
    auto it = streams_.find(relativeName);
    return it == streams_.end() ? std::string() : it->second->str();
}

std::map<std::string, std::string> MemorySink::all() const {
    std::map<std::string, std::string> result;
    for (const auto& [name, stream] : streams_) {
        result.emplace(name, stream->str());
    }
    return result;
}

std::ostream& StreamSink::open(std::string_view relativeName) {
    if (!relativeName.empty()) {
        throw ExportError("this format writes several files (" + std::string(relativeName) +
                          ", ...): give a directory with -o");
    }
    return out_;
}

FileSink::FileSink(std::filesystem::path mainFile, std::filesystem::path directory)
    : mainFile_(std::move(mainFile)), directory_(std::move(directory)) {}

std::ostream& FileSink::open(std::string_view relativeName) {
    auto it = files_.find(relativeName);
    if (it != files_.end()) {
        return *it->second.second;
    }
    std::filesystem::path path;
    if (relativeName.empty()) {
        if (mainFile_.empty()) {
            throw ExportError("no output file given for the main output");
        }
        path = mainFile_;
    } else {
        if (directory_.empty()) {
            throw ExportError("no output directory given for " + std::string(relativeName));
        }
        std::error_code ec;
        std::filesystem::create_directories(directory_, ec);
        if (ec) {
            throw ExportError("cannot create directory '" + directory_.string() +
                              "': " + ec.message());
        }
        path = directory_ / std::filesystem::path(std::string(relativeName));
    }
    auto stream =
        std::make_unique<std::ofstream>(path, std::ios::out | std::ios::binary | std::ios::trunc);
    if (!*stream) {
        throw ExportError("cannot write '" + path.string() + "'");
    }
    std::ostream& result = *stream;
    files_.emplace(std::string(relativeName), std::make_pair(path, std::move(stream)));
    return result;
}

void FileSink::close() {
    for (auto& [name, entry] : files_) {
        entry.second->flush();
        entry.second->close();
        if (entry.second->fail()) {
            throw ExportError("cannot write '" + entry.first.string() + "'");
        }
    }
}

} // namespace kg::exporters
