#include "ingest/formats.h"

#include "ingest/csv_reader.h"
#include "ingest/json_reader.h"

#include <array>

namespace kg::ingest {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        };
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

const DelimitedReader CSV_READER(DelimitedReader::Dialect::Csv);
const DelimitedReader TSV_READER(DelimitedReader::Dialect::Tsv);
const JsonReader JSONL_READER(JsonReader::Layout::Lines);
const JsonReader JSON_READER(JsonReader::Layout::Document);

constexpr std::array<std::string_view, 1> CSV_EXTENSIONS = {".csv"};
constexpr std::array<std::string_view, 2> TSV_EXTENSIONS = {".tsv", ".tab"};
constexpr std::array<std::string_view, 2> JSONL_EXTENSIONS = {".jsonl", ".ndjson"};
constexpr std::array<std::string_view, 1> JSON_EXTENSIONS = {".json"};

const std::array<InputFormat, 4> FORMATS = {{
    {"tsv", TSV_EXTENSIONS, "statements, tab-separated, header row", &TSV_READER},
    {"csv", CSV_EXTENSIONS, "statements, RFC 4180 CSV, header row", &CSV_READER},
    {"jsonl", JSONL_EXTENSIONS, "statements, one JSON object a line (kg extract output)",
     &JSONL_READER},
    {"json", JSON_EXTENSIONS, "statements, a JSON array of objects", &JSON_READER},
}};

} // namespace

std::span<const InputFormat> inputFormats() {
    return FORMATS;
}

const Ingester* findIngester(std::string_view formatName) {
    for (const auto& format : FORMATS) {
        if (equalsIgnoreCase(format.name, formatName)) {
            return format.ingester;
        }
    }
    return nullptr;
}

const Ingester* ingesterForPath(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = base.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) {
        return nullptr;
    }
    const std::string_view extension = base.substr(dot);
    for (const auto& format : FORMATS) {
        for (const auto known : format.extensions) {
            if (equalsIgnoreCase(known, extension)) {
                return format.ingester;
            }
        }
    }
    return nullptr;
}

} // namespace kg::ingest
