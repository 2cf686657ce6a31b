#include "ingest/record.h"

#include "tests/ingest/statement_dump.h"

#include <gtest/gtest.h>

namespace kg::ingest {
namespace {

using testing::describe;

graph::Statement triple() {
    graph::Statement s;
    s.subject.assign(1, 's');
    s.relation.assign(1, 'r');
    s.object.assign(1, 'o');
    return s;
}

TEST(FieldNames, AreCaseInsensitiveTrimmedAndHaveAliases) {
    EXPECT_EQ(fieldForName("subject"), Field::Subject);
    EXPECT_EQ(fieldForName("  Subject_Type "), Field::SubjectType);
    EXPECT_EQ(fieldForName("EVIDENCE"), Field::Evidence);
    EXPECT_EQ(fieldForName("text"), Field::Evidence);
    EXPECT_EQ(fieldForName("subject type"), std::nullopt);
    EXPECT_EQ(fieldForName("args"), std::nullopt); // JSON only, handled by the JSON reader
    EXPECT_EQ(fieldName(Field::Evidence), "text");
    for (int i = 0; i <= static_cast<int>(Field::Asserted); ++i) {
        const auto field = static_cast<Field>(i);
        EXPECT_EQ(fieldForName(fieldName(field)), field) << fieldName(field);
    }
}

TEST(AssignText, ReadsGoodValues) {
    struct Case {
        Field field;
        const char* value;
        const char* expected;
    };
    const Case cases[] = {
        {Field::Subject, "  CAC ", "CAC|r|o"},
        {Field::SubjectType, "org", "s|r|o subject_type=ORG"},
        {Field::ObjectType, "Location", "s|r|o object_type=GPE"},
        {Field::ObjectType, "", "s|r|o"},
        {Field::Negated, "YES", "s|r|o negated"},
        {Field::Negated, "1", "s|r|o negated"},
        {Field::Negated, "false", "s|r|o"},
        {Field::Negated, "", "s|r|o"},
        {Field::Asserted, "no", "s|r|o unasserted"},
        {Field::Confidence, "0.25", "s|r|o confidence=0.25"},
        {Field::Confidence, "0", "s|r|o confidence=0."},
        {Field::Confidence, "1", "s|r|o"},
        {Field::Date, "2025", "s|r|o date=2025"},
        {Field::Date, "2025-07", "s|r|o date=2025-07"},
        {Field::Date, "2024-02-29", "s|r|o date=2024-02-29"},
        {Field::Evidence, "  Nvidia said so. ", "s|r|o text=  Nvidia said so. "},
        {Field::Sentence, "3", "s|r|o sentence=3"},
        {Field::Start, "10", "s|r|o span=10..-1"},
        {Field::Modality, "may", "s|r|o modality=may"},
    };
    for (const auto& c : cases) {
        graph::Statement s = triple();
        const auto error = assignText(s, c.field, c.value);
        EXPECT_FALSE(error) << c.value << ": " << (error ? error->message : "");
        EXPECT_EQ(describe(s), c.expected) << fieldName(c.field) << " = '" << c.value << "'";
    }
}

TEST(AssignText, RefusesBadValues) {
    struct Case {
        Field field;
        const char* value;
        DiagCode code;
    };
    const Case cases[] = {
        {Field::Subject, "   ", DiagCode::EmptyField},
        {Field::Relation, "", DiagCode::EmptyField},
        {Field::SubjectType, "company", DiagCode::BadValue},
        {Field::Negated, "maybe", DiagCode::BadValue},
        {Field::Confidence, "1.5", DiagCode::BadValue},
        {Field::Confidence, "-0.1", DiagCode::BadValue},
        {Field::Confidence, "nan", DiagCode::BadValue},
        {Field::Confidence, "0.5x", DiagCode::BadValue},
        {Field::Confidence, "high", DiagCode::BadValue},
        {Field::Date, "2023-02-29", DiagCode::BadValue},
        {Field::Date, "2025-13", DiagCode::BadValue},
        {Field::Date, "July 2025", DiagCode::BadValue},
        {Field::Date, "2025-7-1", DiagCode::BadValue},
        {Field::Sentence, "-2", DiagCode::BadValue},
        {Field::Start, "1e3", DiagCode::BadValue},
        {Field::Sentence, "99999999999", DiagCode::BadValue},
    };
    for (const auto& c : cases) {
        graph::Statement s;
        const auto error = assignText(s, c.field, c.value);
        ASSERT_TRUE(error) << fieldName(c.field) << " = '" << c.value << "'";
        EXPECT_EQ(error->code, c.code) << c.value;
        EXPECT_NE(error->message.find(fieldName(c.field)), std::string::npos) << error->message;
    }
}

TEST(AssignJson, ChecksTypes) {
    graph::Statement s;
    EXPECT_FALSE(assignBool(s, Field::Negated, true));
    EXPECT_TRUE(s.negated);
    EXPECT_EQ(assignBool(s, Field::Subject, true)->code, DiagCode::JsonShape);
    EXPECT_FALSE(assignNumber(s, Field::Confidence, 0.5));
    EXPECT_EQ(s.confidence, 0.5);
    EXPECT_EQ(assignNumber(s, Field::Confidence, 2.0)->code, DiagCode::BadValue);
    EXPECT_EQ(assignNumber(s, Field::Subject, 2.0)->code, DiagCode::JsonShape);
    EXPECT_EQ(assignNumber(s, Field::Start, 2.5)->code, DiagCode::BadValue);
    EXPECT_FALSE(assignInteger(s, Field::End, 42));
    EXPECT_EQ(s.end, 42);
    EXPECT_FALSE(assignInteger(s, Field::Confidence, 1));
    EXPECT_EQ(assignInteger(s, Field::Sentence, -5)->code, DiagCode::BadValue);
}

TEST(IsoDate, KnowsTheCalendar) {
    EXPECT_TRUE(isIsoDate("2000-02-29"));  // divisible by 400
    EXPECT_FALSE(isIsoDate("1900-02-29")); // divisible by 100
    EXPECT_TRUE(isIsoDate("2025-12-31"));
    EXPECT_FALSE(isIsoDate("2025-04-31"));
    EXPECT_FALSE(isIsoDate("2025-00"));
    EXPECT_FALSE(isIsoDate("20250"));
    EXPECT_FALSE(isIsoDate("2025-01-00"));
}

TEST(RecordCollector, SkipBadTurnsRejectsIntoWarnings) {
    for (const bool skip : {false, true}) {
        RecordCollector out("f.csv", IngestOptions{skip});
        graph::Statement good;
        good.subject = "a";
        out.accept(good);
        out.reject(3, 7, DiagCode::BadValue, "confidence '2' is not a number between 0 and 1",
                   "a,b,c,2");
        EXPECT_EQ(out.rejected(), 1u);
        const IngestOutput result = out.finish();
        ASSERT_EQ(result.statements.size(), 1u);
        EXPECT_EQ(result.statements[0].doc, "f.csv");
        ASSERT_EQ(result.diagnostics.size(), 1u);
        const Diagnostic& d = result.diagnostics[0];
        EXPECT_EQ(hasErrors(result.diagnostics), !skip);
        EXPECT_EQ(d.line, 3u);
        if (skip) {
            EXPECT_EQ(formatDiagnostic(d),
                      "f.csv:3:7: warning[skipped-record]: skipped the record on line 3: "
                      "bad-value: confidence '2' is not a number between 0 and 1 \u2014 "
                      "'a,b,c,2'");
        } else {
            EXPECT_EQ(d.code, DiagCode::BadValue);
        }
    }
}

} // namespace
} // namespace kg::ingest
