#pragma once
// Dates in news text: the article's own date (from the text or --date) and the dates of a
// sentence, partial and relative ones resolved against the article date. Pure functions, linear
// in the text length.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::article {

/// A calendar date, possibly partial: month and day are 0 when unknown.
struct Date {
    int year = 0;
    int month = 0; ///< 1-12, 0 when only the year is known
    int day = 0;   ///< 1-31, 0 when only year and month are known

    bool operator==(const Date&) const = default;
};

/// "2025-07-31", "2025-04" or "2025".
std::string toIso(const Date& date);

/// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and ISO timestamps ("2025-08-04T10:00:00Z"; the time
/// is ignored). Rejects impossible dates (2025-02-30). Example: parseIsoDate("2025-08") ->
/// Date{2025, 8, 0}.
std::optional<Date> parseIsoDate(std::string_view text);

/// Day of week of a full date: 0 = Monday ... 6 = Sunday.
int weekday(const Date& date);

/// `date` moved by `days` (full dates only).
Date addDays(const Date& date, long days);

/// A date found in text: its normalised value and its byte span [begin, end).
struct DateMention {
    Date value;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool relative = false; ///< resolved against the article date ("Sunday", "last year")
};

/// Every date expression in `sentence`, left to right. Absolute dates ("July 31, 2025",
/// "31 July 2025", "2025-07-31", "April 2025", "in 2023", "late 2023") need no article date;
/// partial and relative ones ("On July 31", "in July", "Sunday", "last year", "earlier today",
/// "yesterday") are resolved against `articleDate` and skipped when it is unknown. A month and
/// day without a year take the year that puts them nearest the article date, counting future
/// distances double (news looks back more often than ahead).
/// Example: resolveDates("On July 31, China ...", Date{2025, 8, 10}) -> {2025-07-31, [3, 10)}.
std::vector<DateMention> resolveDates(std::string_view sentence,
                                      const std::optional<Date>& articleDate);

/// The article's publication date from its first lines: "Published Aug. 4, 2025",
/// "Updated: 2025-08-04", or a full date standing alone on a short line. Only full absolute
/// dates count. Returns nullopt when none is found in the first `searchBytes` bytes.
std::optional<DateMention> findArticleDate(std::string_view text, std::size_t searchBytes = 3000);

} // namespace kg::ingest::article
