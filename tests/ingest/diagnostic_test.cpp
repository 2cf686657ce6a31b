#include "ingest/diagnostic.h"

#include <gtest/gtest.h>

#include <set>

namespace kg::ingest {
namespace {

TEST(Diagnostic, FormatsFileLineColumnCodeAndExcerpt) {
    Diagnostic d{"data.csv", 3, 7, DiagCode::StrayQuote, "quote inside an unquoted field", "a\"b"};
    EXPECT_EQ(formatDiagnostic(d),
              "data.csv:3:7: error[stray-quote]: quote inside an unquoted field \u2014 'a\"b'");
}

TEST(Diagnostic, OmitsUnknownPositionAndEmptyExcerpt) {
    Diagnostic d{"in.json", 0, 0, DiagCode::EmptyInput, "no records", ""};
    EXPECT_EQ(formatDiagnostic(d), "in.json: error[empty-input]: no records");
    d.line = 4;
    d.severity = Severity::Warning;
    d.code = DiagCode::SkippedRecord;
    EXPECT_EQ(formatDiagnostic(d), "in.json:4: warning[skipped-record]: no records");
}

TEST(Diagnostic, ExcerptsAreShortSingleLineAndVisible) {
    EXPECT_EQ(makeExcerpt("abc\ndef"), "abc\u2026");
    EXPECT_EQ(makeExcerpt("a\tb\rc\x01"), "a\\tb\\rc\\x01");
    EXPECT_EQ(makeExcerpt("abcdef", 3), "abc\u2026");
    // Cut by characters, never inside a multi-byte character.
    EXPECT_EQ(makeExcerpt("\u00E9\u00E9\u00E9\u00E9", 2), "\u00E9\u00E9\u2026");
}

TEST(Diagnostic, WarningsAreNotErrors) {
    std::vector<Diagnostic> list{
        {"f", 1, 1, DiagCode::SkippedRecord, "skipped", "", Severity::Warning}};
    EXPECT_FALSE(hasErrors(list));
    list.push_back({"f", 2, 1, DiagCode::BadValue, "bad", ""});
    EXPECT_TRUE(hasErrors(list));
}

TEST(Diagnostic, EveryCodeHasADistinctName) {
    std::set<std::string_view> names;
    for (int i = 0; i <= static_cast<int>(DiagCode::SkippedRecord); ++i) {
        names.insert(diagCodeName(static_cast<DiagCode>(i)));
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(DiagCode::SkippedRecord) + 1);
    EXPECT_EQ(names.count("unknown"), 0u);
}

} // namespace
} // namespace kg::ingest
