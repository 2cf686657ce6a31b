#include "ingest/article/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace kg::ingest::article {
namespace {

const Date ARTICLE{2025, 8, 10}; // a Sunday

struct ResolveCase {
    const char* sentence;
    const char* expectedSpan;  // the text of the first mention, "" when none
    const char* expectedValue; // its ISO value
    bool relative;
};

TEST(Dates, ResolvesAgainstTheArticleDate) {
    const ResolveCase cases[] = {
        {"On July 31, China's regulator summoned Nvidia.", "July 31", "2025-07-31", true},
        {"The ban came in April 2025 as tensions rose.", "April 2025", "2025-04", false},
        {"It reversed that decision in July.", "July", "2025-07", true},
        {"In an article posted Sunday on WeChat.", "Sunday", "2025-08-10", true},
        {"The outlet said on Friday that it agreed.", "Friday", "2025-08-08", true},
        {"It happened last Sunday.", "last Sunday", "2025-08-03", true},
        {"Talks resume next Monday.", "next Monday", "2025-08-11", true},
        {"Sales fell last year.", "last year", "2024", true},
        {"Sales will rise next year.", "next year", "2026", true},
        {"Prices rose last month.", "last month", "2025-07", true},
        {"According to reports earlier today, China wants more.", "earlier today", "2025-08-10",
         true},
        {"The company said yesterday it would comply.", "yesterday", "2025-08-09", true},
        {"Restrictions imposed in late 2023 remain.", "2023", "2023", false},
        {"Japan will begin on 23 July.", "23 July", "2025-07-23", true},
        {"Published Aug. 4, 2025 by staff.", "Aug. 4, 2025", "2025-08-04", false},
        {"The rule took effect on 2024-12-02 at midnight.", "2024-12-02", "2024-12-02", false},
        {"The filing is dated 2024-02.", "2024-02", "2024-02", false},
        {"The Mayor met Augustine in Marseille.", "", "", false},
        {"Shares were up on December 28th.", "December 28th", "2024-12-28", true},
        {"It was announced on January 3.", "January 3", "2025-01-03", true},
        {"The curbs start on September 1.", "September 1", "2025-09-01", true},
        {"Sept. 9, 2024 was the deadline.", "Sept. 9, 2024", "2024-09-09", false},
        {"31 July 2025 is when it happened.", "31 July 2025", "2025-07-31", false},
        {"Officials may decide soon.", "", "", false},
        {"It was signed in May.", "May", "2025-05", true},
        {"The firm paid $2025 million.", "", "", false},
        {"Results on February 30, 2025 are impossible.", "", "", false},
        {"Sales rose this morning.", "this morning", "2025-08-10", true},
    };
    for (const ResolveCase& c : cases) {
        const std::string sentence = c.sentence;
        const auto mentions = resolveDates(sentence, ARTICLE);
        if (std::string(c.expectedSpan).empty()) {
            EXPECT_TRUE(mentions.empty()) << c.sentence << " -> " << toIso(mentions[0].value);
            continue;
        }
        ASSERT_FALSE(mentions.empty()) << c.sentence;
        const DateMention& m = mentions.front();
        EXPECT_EQ(sentence.substr(m.begin, m.end - m.begin), c.expectedSpan) << c.sentence;
        EXPECT_EQ(toIso(m.value), c.expectedValue) << c.sentence;
        EXPECT_EQ(m.relative, c.relative) << c.sentence;
    }
}

TEST(Dates, RelativeDatesNeedAnArticleDate) {
    EXPECT_TRUE(resolveDates("It happened on Sunday, earlier today.", std::nullopt).empty());
    const auto absolute = resolveDates("On July 31, 2025 and in July.", std::nullopt);
    ASSERT_EQ(absolute.size(), 1u);
    EXPECT_EQ(toIso(absolute[0].value), "2025-07-31");
}

TEST(Dates, SeveralMentionsInOneSentence) {
    const std::string s = "Banned in April 2025, the sales resumed in July and on Aug. 1.";
    const auto mentions = resolveDates(s, ARTICLE);
    ASSERT_EQ(mentions.size(), 3u);
    EXPECT_EQ(toIso(mentions[0].value), "2025-04");
    EXPECT_EQ(toIso(mentions[1].value), "2025-07");
    EXPECT_EQ(toIso(mentions[2].value), "2025-08-01");
}

TEST(Dates, ParsesIsoDates) {
    struct Case {
        const char* text;
        const char* expected; // "" when rejected
    };
    const Case cases[] = {
        {"2025-08-04", "2025-08-04"},
        {"2025-08-04T10:00:00Z", "2025-08-04"},
        {"2025-08", "2025-08"},
        {"2025", "2025"},
        {"2024-02-29", "2024-02-29"},
        {"2025-02-29", ""},
        {"2025-13-01", ""},
        {"2025-00", ""},
        {"25-08-04", ""},
        {"2025/08/04", ""},
        {"", ""},
        {"tomorrow", ""},
    };
    for (const Case& c : cases) {
        const auto date = parseIsoDate(c.text);
        if (std::string(c.expected).empty()) {
            EXPECT_FALSE(date) << c.text;
        } else {
            ASSERT_TRUE(date) << c.text;
            EXPECT_EQ(toIso(*date), c.expected) << c.text;
        }
    }
}

TEST(Dates, WeekdaysAndDayArithmetic) {
    EXPECT_EQ(weekday(Date{2025, 8, 10}), 6); // Sunday
    EXPECT_EQ(weekday(Date{1970, 1, 1}), 3);  // Thursday
    EXPECT_EQ(weekday(Date{2000, 2, 29}), 1); // Tuesday
    EXPECT_EQ(addDays(Date{2024, 12, 31}, 1), (Date{2025, 1, 1}));
    EXPECT_EQ(addDays(Date{2024, 3, 1}, -1), (Date{2024, 2, 29}));
}

TEST(Dates, FindsTheArticleDate) {
    struct Case {
        const char* text;
        const char* expected; // "" when none
    };
    const Case cases[] = {
        {"Title\n\nPublished Aug. 4, 2025\n\nBody text.", "2025-08-04"},
        {"Title\n\nBy Jane Doe\nUpdated: 2025-08-04 10:31\n\nOn July 3, 2024 it began.",
         "2025-08-04"},
        {"Title\n\nJuly 31, 2025\n\nBody mentions March 3, 2020 in a long sentence.", "2025-07-31"},
        {"Title\n\nBody without any date at all, only in July.", ""},
        {"Title\n\nA long sentence that mentions March 3, 2020 among many other words so that it "
         "is clearly not a dateline of any kind.",
         ""},
    };
    for (const Case& c : cases) {
        const auto found = findArticleDate(c.text);
        if (std::string(c.expected).empty()) {
            EXPECT_FALSE(found) << c.text;
        } else {
            ASSERT_TRUE(found) << c.text;
            EXPECT_EQ(toIso(found->value), c.expected) << c.text;
        }
    }
}

} // namespace
} // namespace kg::ingest::article
