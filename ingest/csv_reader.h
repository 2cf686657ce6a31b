#pragma once
// Delimited statement files: CSV as RFC 4180 and TSV with backslash escapes. Both take a header
// row naming the statement fields (see record.h) or exactly three headerless columns
// (subject, relation, object). Stateless; one instance can serve many threads.
//
// CSV: fields separated by commas; a field that starts with a double quote is quoted and may
// hold commas, newlines and doubled quotes (""); a quote anywhere else is a stray-quote error.
// TSV: fields separated by tabs; quotes are ordinary characters (no quoting, as in the IANA
// text/tab-separated-values type); inside a field `\t`, `\n`, `\r` and `\\` stand for a tab, a
// newline, a carriage return and a backslash, and any other backslash is kept as written.
// Both: UTF-8 with optional BOM, CRLF or LF line ends (CRLF inside a quoted field is read as LF),
// optional final newline, blank lines skipped.

#include "ingest/ingester.h"

namespace kg::ingest {

class DelimitedReader final : public Ingester {
public:
    enum class Dialect { Csv, Tsv };
    explicit DelimitedReader(Dialect dialect) : dialect_(dialect) {}

    std::string_view name() const override { return dialect_ == Dialect::Csv ? "csv" : "tsv"; }

    /// Example: DelimitedReader(Dialect::Csv).read(in, "f.csv", {}) with the input
    /// `subject,relation,object\n"Nvidia, Inc.",deny,backdoors\n` gives one statement.
    IngestOutput read(std::istream& in, std::string_view file,
                      const IngestOptions& options) const override;

    /// The same on text already in memory (checked by checkText in input.h or not: this checks).
    IngestOutput readText(std::string bytes, std::string_view file,
                          const IngestOptions& options) const;

private:
    Dialect dialect_;
};

} // namespace kg::ingest
