#include "ingest/csv_reader.h"

#include "tests/ingest/statement_dump.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace kg::ingest {
namespace {

using Dialect = DelimitedReader::Dialect;
using testing::describeAll;
using testing::formatAll;

IngestOutput readCsv(const std::string& text, Dialect dialect = Dialect::Csv,
                     bool skipBad = false) {
    std::istringstream in(text);
    return DelimitedReader(dialect).read(in, "in", IngestOptions{skipBad});
}

struct GoodCase {
    const char* label;
    Dialect dialect;
    std::string input;
    std::vector<std::string> expected;
};

TEST(DelimitedReader, ReadsGoodInputs) {
    const GoodCase cases[] = {
        {"plain",
         Dialect::Csv,
         "subject,relation,object\nCAC,summon,Nvidia\n",
         {"CAC|summon|Nvidia"}},
        {"no final newline",
         Dialect::Csv,
         "subject,relation,object\nCAC,summon,Nvidia",
         {"CAC|summon|Nvidia"}},
        {"header case and spaces, columns in any order",
         Dialect::Csv,
         " Object ,SUBJECT, relation\nNvidia,CAC,summon\n",
         {"CAC|summon|Nvidia"}},
        {"quoted fields with comma, doubled quote and newline",
         Dialect::Csv,
         "subject,relation,object,evidence\n\"Nvidia, Inc.\",deny,\"\"\"backdoors\"\"\","
         "\"line one\nline two\"\n",
         {"Nvidia, Inc.|deny|\"backdoors\" text=line one\nline two"}},
        {"BOM and CRLF",
         Dialect::Csv,
         "\xEF\xBB\xBFsubject,relation,object\r\nCAC,summon,Nvidia\r\nA,b,C\r\n",
         {"CAC|summon|Nvidia", "A|b|C"}},
        {"blank lines skipped",
         Dialect::Csv,
         "\nsubject,relation,object\n\n  \nA,b,C\n\n",
         {"A|b|C"}},
        {"headerless three columns",
         Dialect::Csv,
         "CAC,summon,Nvidia\nA,b,C\n",
         {"CAC|summon|Nvidia", "A|b|C"}},
        {"every optional column",
         Dialect::Csv,
         "subject,relation,object,subject_type,object_type,negated,confidence,date,source,"
         "evidence\nNvidia,have,backdoors,org,concept,yes,0.8,2025-07-31,CAC,"
         "Nvidia has no backdoors.\n",
         {"Nvidia|have|backdoors subject_type=ORG object_type=CONCEPT negated confidence=0.8 "
          "date=2025-07-31 source=CAC text=Nvidia has no backdoors."}},
        {"empty optional cells keep defaults",
         Dialect::Csv,
         "subject,relation,object,negated,confidence,date\nA,b,C,,,\n",
         {"A|b|C"}},
        {"quoted empty field in an optional column",
         Dialect::Csv,
         "subject,relation,object,source\nA,b,C,\"\"\n",
         {"A|b|C"}},
        {"non-Latin names",
         Dialect::Csv,
         "subject,relation,object\n英伟达,否认,后门\n",
         {"英伟达|否认|后门"}},
        {"tsv",
         Dialect::Tsv,
         "subject\trelation\tobject\nCAC\tsummon\tNvidia\n",
         {"CAC|summon|Nvidia"}},
        {"tsv quotes are literal",
         Dialect::Tsv,
         "subject\trelation\tobject\n\"Nvidia\"\tsay\tit's \"safe\"\n",
         {"\"Nvidia\"|say|it's \"safe\""}},
        {"tsv escapes",
         Dialect::Tsv,
         "subject\trelation\tobject\tevidence\nA\\tB\tb\tC\\\\D\tone\\ntwo \\x\n",
         {"A\tB|b|C\\D text=one\ntwo \\x"}},
        {"tsv commas are data", Dialect::Tsv, "a, b\tc\td,e\n", {"a, b|c|d,e"}},
    };
    for (const auto& c : cases) {
        const IngestOutput out = readCsv(c.input, c.dialect);
        EXPECT_EQ(formatAll(out.diagnostics), std::vector<std::string>{}) << c.label;
        EXPECT_EQ(describeAll(out.statements), c.expected) << c.label;
        for (const auto& s : out.statements) {
            EXPECT_EQ(s.doc, "in");
        }
    }
}

struct BadCase {
    const char* label;
    Dialect dialect;
    std::string input;
    std::size_t line;
    std::size_t column;
    DiagCode code;
    std::size_t goodRecords; ///< records kept with skipBad (record errors only)
};

TEST(DelimitedReader, ReportsBadInputsWithPositionAndCode) {
    const std::string header = "subject,relation,object,confidence\n";
    const BadCase cases[] = {
        {"stray quote in unquoted field", Dialect::Csv, header + "A,b,C,1\nNv\"idia,b,C,1\n", 3, 3,
         DiagCode::StrayQuote, 1},
        {"text after closing quote", Dialect::Csv, header + "\"A\"x,b,C,1\n", 2, 4,
         DiagCode::StrayQuote, 0},
        {"unterminated quote", Dialect::Csv, header + "A,b,C,1\nA,\"b,C,1\nD,e,F,1\n", 3, 3,
         DiagCode::UnterminatedQuote, 1},
        {"too many fields", Dialect::Csv, header + "A,b,C,1,extra\n", 2, 9, DiagCode::FieldCount,
         0},
        {"too few fields", Dialect::Csv, header + "A,b\nD,e,F,0.5\n", 2, 1, DiagCode::FieldCount,
         1},
        {"empty subject", Dialect::Csv, header + "A,b,C,1\n  ,b,C,1\n", 3, 1, DiagCode::EmptyField,
         1},
        {"empty object after multi-line field", Dialect::Csv,
         "subject,evidence,relation,object\nA,\"x\ny\",b,\n", 3, 6, DiagCode::EmptyField, 0},
        {"bad confidence", Dialect::Csv, header + "A,b,C,1.5\n", 2, 7, DiagCode::BadValue, 0},
        {"bad confidence after wide characters", Dialect::Csv, header + "é,ü,ö,x\n", 2, 7,
         DiagCode::BadValue, 0},
        {"bad date", Dialect::Csv, "subject,relation,object,date\nA,b,C,2025-02-30\n", 2, 7,
         DiagCode::BadValue, 0},
        {"bad type", Dialect::Csv, "subject_type,subject,relation,object\ncompany,A,b,C\n", 2, 1,
         DiagCode::BadValue, 0},
        {"bad negated", Dialect::Tsv, "subject\trelation\tobject\tnegated\nA\tb\tC\tperhaps\n", 2,
         7, DiagCode::BadValue, 0},
        {"missing column", Dialect::Csv, "subject,relation,confidence\nA,b,1\n", 1, 1,
         DiagCode::MissingColumn, 0},
        {"no header, not three fields", Dialect::Csv, "A,b,C,D\n", 1, 1, DiagCode::MissingColumn,
         0},
        {"duplicate column", Dialect::Csv, "subject,relation,object,Subject\nA,b,C,D\n", 1, 25,
         DiagCode::DuplicateColumn, 0},
        {"evidence and text are one column", Dialect::Csv,
         "subject,relation,object,text,evidence\nA,b,C,x,y\n", 1, 30, DiagCode::DuplicateColumn, 0},
        {"tsv field count", Dialect::Tsv, "subject\trelation\tobject\nA\tb\n", 2, 1,
         DiagCode::FieldCount, 0},
        {"empty file", Dialect::Csv, "", 0, 0, DiagCode::EmptyInput, 0},
        {"binary", Dialect::Csv, std::string("subject,relation,object\nA,\0,C\n", 29), 2, 3,
         DiagCode::BinaryInput, 0},
        {"invalid UTF-8", Dialect::Tsv, "subject\trelation\tobject\nA\tb\t\xC3\x28\n", 2, 5,
         DiagCode::InvalidUtf8, 0},
    };
    for (const auto& c : cases) {
        const IngestOutput out = readCsv(c.input, c.dialect);
        ASSERT_TRUE(hasErrors(out.diagnostics)) << c.label;
        const Diagnostic& d = out.diagnostics.front();
        EXPECT_EQ(d.code, c.code) << c.label << ": " << formatDiagnostic(d);
        EXPECT_EQ(d.line, c.line) << c.label << ": " << formatDiagnostic(d);
        EXPECT_EQ(d.column, c.column) << c.label << ": " << formatDiagnostic(d);
        EXPECT_EQ(d.file, "in");

        const IngestOutput skipped = readCsv(c.input, c.dialect, true);
        EXPECT_EQ(skipped.statements.size(), c.goodRecords) << c.label;
    }
}

TEST(DelimitedReader, SkipBadKeepsGoodRecordsAndReportsEachRejectedOne) {
    const std::string input = "subject,relation,object,confidence\n"
                              "A,b,C,0.5\n"
                              "D,e,F,high\n"
                              "G,h\n"
                              ",i,J,1\n"
                              "K,l,M,1\n";
    const IngestOutput strict = readCsv(input);
    EXPECT_EQ(formatAll(strict.diagnostics),
              (std::vector<std::string>{
                  "in:3:7: error[bad-value]: confidence 'high' is not a number between 0 and 1 "
                  "\u2014 'D,e,F,high'",
                  "in:4:1: error[field-count]: expected 4 fields, found 2 \u2014 'G,h'",
                  "in:5:1: error[empty-field]: subject is empty \u2014 ',i,J,1'"}));

    const IngestOutput lenient = readCsv(input, Dialect::Csv, true);
    EXPECT_EQ(describeAll(lenient.statements),
              (std::vector<std::string>{"A|b|C confidence=0.5", "K|l|M"}));
    ASSERT_EQ(lenient.diagnostics.size(), 3u);
    EXPECT_FALSE(hasErrors(lenient.diagnostics));
    for (const auto& d : lenient.diagnostics) {
        EXPECT_EQ(d.code, DiagCode::SkippedRecord);
        EXPECT_EQ(d.severity, Severity::Warning);
        EXPECT_NE(d.message.find("line " + std::to_string(d.line)), std::string::npos);
    }
}

TEST(DelimitedReader, WarnsOnceAboutUnknownColumns) {
    const IngestOutput out =
        readCsv("subject,relation,object,weight,colour\nA,b,C,1,red\nD,e,F,2,blue\n");
    EXPECT_EQ(describeAll(out.statements), (std::vector<std::string>{"A|b|C", "D|e|F"}));
    EXPECT_EQ(formatAll(out.diagnostics),
              std::vector<std::string>{"in:1:1: warning[unknown-column]: ignoring unknown columns "
                                       "'weight', 'colour' \u2014 "
                                       "'subject,relation,object,weight,colour'"});
}

TEST(DelimitedReader, HintsAtTheOtherSeparator) {
    const IngestOutput asTsv = readCsv("subject,relation,object\nA,b,C\n", Dialect::Tsv);
    ASSERT_EQ(asTsv.diagnostics.size(), 1u);
    EXPECT_NE(asTsv.diagnostics[0].message.find("is this CSV?"), std::string::npos);
    const IngestOutput asCsv = readCsv("subject\trelation\tobject\nA\tb\tC\n", Dialect::Csv);
    ASSERT_EQ(asCsv.diagnostics.size(), 1u);
    EXPECT_NE(asCsv.diagnostics[0].message.find("is this TSV?"), std::string::npos);
}

TEST(DelimitedReader, HeaderOnlyIsAWarningNotAnError) {
    const IngestOutput out = readCsv("subject,relation,object\n");
    EXPECT_TRUE(out.statements.empty());
    ASSERT_EQ(out.diagnostics.size(), 1u);
    EXPECT_EQ(out.diagnostics[0].code, DiagCode::EmptyInput);
    EXPECT_FALSE(hasErrors(out.diagnostics));
}

TEST(DelimitedReader, HandlesAOneMegabyteField) {
    const std::string big(1 << 20, 'x');
    const IngestOutput out =
        readCsv("subject,relation,object,evidence\nA,b,C,\"" + big + "\"\nD,e,F," + big + "\n");
    ASSERT_EQ(out.statements.size(), 2u);
    EXPECT_EQ(out.statements[0].text.size(), big.size());
    EXPECT_EQ(out.statements[1].text.size(), big.size());
}

// Random values with separators, quotes, backslashes, newlines and non-ASCII text, written the
// way RFC 4180 (CSV) and the escape rules (TSV) say, read back unchanged.
TEST(DelimitedReader, ReadsBackWhatAWriterQuotedOrEscaped) {
    const std::vector<std::string> pieces = {"a", "Nvidia", ",",      "\"", "\t",  "\n", "\\",
                                             " ", "é",      "英伟达", "''", "\\t", "x"};
    std::mt19937 random(5);
    auto value = [&] {
        std::string text = "v"; // never empty: required fields must not be
        for (std::size_t i = 0, n = random() % 6; i < n; ++i) {
            text += pieces[random() % pieces.size()];
        }
        return text + "z"; // no surrounding spaces: names are trimmed
    };
    auto csvField = [](const std::string& text) {
        std::string out = "\"";
        for (const char c : text) {
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        return out + "\"";
    };
    auto tsvField = [](const std::string& text) {
        std::string out;
        for (const char c : text) {
            out += c == '\t'   ? std::string("\\t")
                   : c == '\n' ? std::string("\\n")
                   : c == '\\' ? std::string("\\\\")
                               : std::string(1, c);
        }
        return out;
    };
    for (int round = 0; round < 100; ++round) {
        std::vector<std::string> expected;
        std::string csv = "subject,relation,object,evidence\r\n";
        std::string tsv = "subject\trelation\tobject\tevidence\n";
        for (int row = 0; row < 5; ++row) {
            const std::string s = value(), r = value(), o = value(), e = value();
            expected.push_back(s + "|" + r + "|" + o + " text=" + e);
            csv += csvField(s) + "," + csvField(r) + "," + csvField(o) + "," + csvField(e) + "\r\n";
            tsv +=
                tsvField(s) + "\t" + tsvField(r) + "\t" + tsvField(o) + "\t" + tsvField(e) + "\n";
        }
        const IngestOutput fromCsv = readCsv(csv, Dialect::Csv);
        EXPECT_TRUE(fromCsv.diagnostics.empty()) << csv;
        EXPECT_EQ(describeAll(fromCsv.statements), expected) << csv;
        const IngestOutput fromTsv = readCsv(tsv, Dialect::Tsv);
        EXPECT_TRUE(fromTsv.diagnostics.empty()) << tsv;
        EXPECT_EQ(describeAll(fromTsv.statements), expected) << tsv;
    }
}

// Every prefix of a valid file and random byte strings: the reader returns (no crash, no hang)
// and anything it rejects comes with a position inside the input.
TEST(DelimitedReader, SurvivesTruncationAndRandomBytes) {
    const std::string valid = "\xEF\xBB\xBFsubject,relation,object,evidence,confidence\r\n"
                              "\"Nvidia, Inc.\",deny,backdoors,\"said \"\"no\"\"\nagain\",0.9\r\n"
                              "CAC,summon,Nvidia,é,1\r\n";
    for (const Dialect dialect : {Dialect::Csv, Dialect::Tsv}) {
        for (std::size_t n = 0; n <= valid.size(); ++n) {
            const IngestOutput out = readCsv(valid.substr(0, n), dialect);
            for (const auto& d : out.diagnostics) {
                EXPECT_LE(d.line, 4u) << n;
            }
        }
    }
    std::mt19937 random(42);
    std::uniform_int_distribution<int> byte(0, 255);
    const std::string alphabet = "ab,\t\"\n\r \\";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int i = 0; i < 2000; ++i) {
        std::string input;
        const std::size_t length = static_cast<std::size_t>(i % 64);
        for (std::size_t k = 0; k < length; ++k) {
            input += i % 2 == 0 ? static_cast<char>(byte(random)) : alphabet[pick(random)];
        }
        for (const Dialect dialect : {Dialect::Csv, Dialect::Tsv}) {
            const IngestOutput out = readCsv(input, dialect);
            EXPECT_TRUE(!out.statements.empty() || !out.diagnostics.empty()) << i;
        }
    }
}

} // namespace
} // namespace kg::ingest
