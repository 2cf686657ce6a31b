#include "ingest/article/dates.h"

#include "ingest/article/text_util.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace kg::ingest::article {
namespace {

bool isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : DAYS[static_cast<std::size_t>(month - 1)];
}

bool valid(const Date& d) {
    if (d.year < 1 || d.year > 9999 || d.month < 0 || d.month > 12 || d.day < 0) {
        return false;
    }
    if (d.month == 0) {
        return d.day == 0;
    }
    return d.day <= daysInMonth(d.year, d.month);
}

// Days since 1970-01-01 of a full date (proleptic Gregorian calendar).
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civilFromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

struct Token {
    std::string_view text;
    std::size_t begin;
    std::size_t end;
};

// ASCII letter/digit runs; a '.' right after a word is kept apart as its own token.
std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        if (isAsciiAlpha(s[i]) || isAsciiDigit(s[i])) {
            const std::size_t start = i;
            while (i < s.size() && (isAsciiAlpha(s[i]) || isAsciiDigit(s[i]))) {
                ++i;
            }
            tokens.push_back({s.substr(start, i - start), start, i});
        } else if (s[i] == ',' || s[i] == '.' || s[i] == '-') {
            tokens.push_back({s.substr(i, 1), i, i + 1});
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

std::optional<int> number(std::string_view t, std::size_t maxDigits) {
    if (t.empty() || t.size() > maxDigits) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : t) {
        if (!isAsciiDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

// "31", "31st", "2nd", "23rd", "4th".
std::optional<int> dayNumber(std::string_view t) {
    std::size_t k = 0;
    while (k < t.size() && isAsciiDigit(t[k])) {
        ++k;
    }
    if (k == 0 || k > 2) {
        return std::nullopt;
    }
    const std::string suffix = asciiLowered(t.substr(k));
    if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
        return std::nullopt;
    }
    const int d = *number(t.substr(0, k), 2);
    return d >= 1 && d <= 31 ? std::optional<int>(d) : std::nullopt;
}

std::optional<int> yearNumber(std::string_view t) {
    auto y = number(t, 4);
    if (t.size() != 4 || !y || *y < 1900 || *y > 2099) {
        return std::nullopt;
    }
    return y;
}

// Month from a capitalised name or abbreviation; `abbreviated` tells which.
std::optional<int> monthNumber(std::string_view t, bool& abbreviated) {
    static constexpr std::array<std::string_view, 12> FULL = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    static constexpr std::array<std::string_view, 13> SHORT = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Sept"};
    if (t.empty() || !isAsciiUpper(t[0])) {
        return std::nullopt;
    }
    for (std::size_t m = 0; m < FULL.size(); ++m) {
        if (t == FULL[m]) {
            abbreviated = false;
            return static_cast<int>(m) + 1;
        }
    }
    for (std::size_t m = 0; m < SHORT.size(); ++m) {
        if (t == SHORT[m]) {
            abbreviated = true;
            return m == 12 ? 9 : static_cast<int>(m) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> weekdayNumber(std::string_view t) {
    static constexpr std::array<std::string_view, 7> DAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (std::size_t d = 0; d < DAYS.size(); ++d) {
        if (t == DAYS[d]) {
            return static_cast<int>(d);
        }
    }
    return std::nullopt;
}

bool isDateContextWord(std::string_view t) {
    static constexpr std::array<std::string_view, 20> WORDS = {
        "in",   "on",    "since", "by",  "until",  "till",  "from",    "of", "during",  "for",
        "late", "early", "mid",   "end", "before", "after", "through", "to", "between", "and"};
    const std::string lower = asciiLowered(t);
    for (std::string_view w : WORDS) {
        if (lower == w) {
            return true;
        }
    }
    return false;
}

// The year that puts month/day nearest the article date.
int nearestYear(int month, int day, const Date& article) {
    int best = article.year;
    long bestGap = -1;
    for (int y = article.year - 1; y <= article.year + 1; ++y) {
        long gap = 0;
        if (day > 0 && article.day > 0 && day <= daysInMonth(y, month)) {
            gap = std::labs(daysFromCivil(y, month, day) -
                            daysFromCivil(article.year, article.month, article.day));
        } else {
            gap = std::labs((y * 12L + month) - (article.year * 12L + article.month)) * 31;
        }
        const bool future = y * 12L + month > article.year * 12L + article.month ||
                            (y == article.year && month == article.month && day > article.day);
        if (future) {
            gap *= 2; // news reports the past more often than it announces the future
        }
        if (bestGap < 0 || gap < bestGap) {
            bestGap = gap;
            best = y;
        }
    }
    return best;
}

bool fullDate(const std::optional<Date>& d) {
    return d && d->month > 0 && d->day > 0;
}

} // namespace

std::string toIso(const Date& date) {
    char buffer[16];
    if (date.month == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d", date.year);
    } else if (date.day == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    }
    return buffer;
}

std::optional<Date> parseIsoDate(std::string_view text) {
    text = trim(text);
    const std::size_t t = text.find_first_of("T ");
    if (t != std::string_view::npos && t >= 10) {
        text = text.substr(0, t);
    }
    Date d;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) {
        return std::nullopt;
    }
    auto y = number(text.substr(0, 4), 4);
    if (!y || text.substr(0, 4).size() != 4) {
        return std::nullopt;
    }
    d.year = *y;
    if (text.size() >= 7) {
        auto m = number(text.substr(5, 2), 2);
        if (text[4] != '-' || !m || *m < 1) {
            return std::nullopt;
        }
        d.month = *m;
    }
    if (text.size() == 10) {
        auto day = number(text.substr(8, 2), 2);
        if (text[7] != '-' || !day || *day < 1) {
            return std::nullopt;
        }
        d.day = *day;
    }
    if (!valid(d)) {
        return std::nullopt;
    }
    return d;
}

int weekday(const Date& date) {
    const long days = daysFromCivil(date.year, date.month, date.day);
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Date addDays(const Date& date, long days) {
    return civilFromDays(daysFromCivil(date.year, date.month, date.day) + days);
}

std::vector<DateMention> resolveDates(std::string_view s, const std::optional<Date>& article) {
    std::vector<DateMention> out;
    const std::vector<Token> tk = tokenize(s);
    const bool haveFull = fullDate(article);
    auto word = [&](std::size_t i) -> std::string_view {
        return i < tk.size() ? tk[i].text : std::string_view();
    };
    auto lower = [&](std::size_t i) { return asciiLowered(word(i)); };
    auto emit = [&](Date d, std::size_t first, std::size_t last, bool relative) {
        if (valid(d)) {
            out.push_back({d, tk[first].begin, tk[last].end, relative});
        }
    };
    std::size_t i = 0;
    while (i < tk.size()) {
        const std::string_view w = tk[i].text;
        // ISO date: 2025-07-31 or 2025-07 (tokens "2025" "-" "07" ["-" "31"]).
        if (yearNumber(w) && word(i + 1) == "-" && word(i + 2).size() == 2 &&
            tk[i + 1].begin == tk[i].end && tk[i + 2].begin == tk[i + 1].end) {
            std::size_t last = i + 2;
            std::string iso(s.substr(tk[i].begin, tk[i + 2].end - tk[i].begin));
            if (word(i + 3) == "-" && word(i + 4).size() == 2 && tk[i + 3].begin == tk[i + 2].end &&
                tk[i + 4].begin == tk[i + 3].end) {
                last = i + 4;
                iso = std::string(s.substr(tk[i].begin, tk[i + 4].end - tk[i].begin));
            }
            if (auto d = parseIsoDate(iso)) {
                emit(*d, i, last, false);
                i = last + 1;
                continue;
            }
        }
        bool abbreviated = false;
        // Day before month: "31 July 2025", "4 Aug".
        if (auto day = dayNumber(w)) {
            std::size_t m = i + 1;
            if (auto month = monthNumber(word(m), abbreviated)) {
                std::size_t last = m;
                if (abbreviated && word(last + 1) == ".") {
                    ++last;
                }
                if (word(last + 1) == ",") {
                    ++last;
                }
                if (auto year = yearNumber(word(last + 1))) {
                    emit(Date{*year, *month, *day}, i, last + 1, false);
                    i = last + 2;
                    continue;
                }
                if (article) {
                    emit(Date{nearestYear(*month, *day, *article), *month, *day}, i, m, true);
                }
                i = m + 1;
                continue;
            }
        }
        if (auto month = monthNumber(w, abbreviated)) {
            std::size_t next = i + 1;
            if (abbreviated && word(next) == ".") {
                ++next;
            }
            const bool context = i > 0 && isDateContextWord(word(i - 1));
            if (auto day = dayNumber(word(next))) {
                std::size_t last = next;
                std::size_t yearAt = next + 1;
                if (word(yearAt) == ",") {
                    ++yearAt;
                }
                if (auto year = yearNumber(word(yearAt))) {
                    emit(Date{*year, *month, *day}, i, yearAt, false);
                    i = yearAt + 1;
                    continue;
                }
                if (article) {
                    emit(Date{nearestYear(*month, *day, *article), *month, *day}, i, last, true);
                }
                i = last + 1;
                continue;
            }
            std::size_t yearAt = next;
            if (word(yearAt) == ",") {
                ++yearAt;
            }
            if (auto year = yearNumber(word(yearAt))) {
                emit(Date{*year, *month, 0}, i, yearAt, false);
                i = yearAt + 1;
                continue;
            }
            // A bare month: full names (except "May", a modal verb) or any name after "in"/"since".
            const bool bare = context || (!abbreviated && w != "May");
            if (bare && article) {
                emit(Date{nearestYear(*month, 0, *article), *month, 0}, i, i, true);
            }
            i = next;
            continue;
        }
        if (auto year = yearNumber(w)) {
            if (i > 0 && isDateContextWord(word(i - 1))) {
                emit(Date{*year, 0, 0}, i, i, false);
            }
            ++i;
            continue;
        }
        const std::string l = asciiLowered(w);
        if (haveFull) {
            const Date a = *article;
            const bool earlierLater = (l == "earlier" || l == "later") && lower(i + 1) == "today";
            if (l == "today" || l == "tonight" || earlierLater) {
                const std::size_t last = earlierLater ? i + 1 : i;
                emit(a, i, last, true);
                i = last + 1;
                continue;
            }
            if (l == "this" && (lower(i + 1) == "morning" || lower(i + 1) == "afternoon" ||
                                lower(i + 1) == "evening")) {
                emit(a, i, i + 1, true);
                i += 2;
                continue;
            }
            if (l == "yesterday" || l == "tomorrow") {
                emit(addDays(a, l == "yesterday" ? -1 : 1), i, i, true);
                ++i;
                continue;
            }
            const bool modifier = l == "last" || l == "next" || l == "this" || l == "past";
            const auto wd = weekdayNumber(modifier ? word(i + 1) : w);
            if (wd) {
                const int today = weekday(a);
                long delta = 0;
                if (modifier && l == "next") {
                    delta = ((*wd - today + 7) % 7);
                    delta = delta == 0 ? 7 : delta;
                } else if (modifier && (l == "last" || l == "past")) {
                    delta = -((today - *wd + 7) % 7);
                    delta = delta == 0 ? -7 : delta;
                } else {
                    delta = -((today - *wd + 7) % 7);
                }
                const std::size_t last = modifier ? i + 1 : i;
                emit(addDays(a, delta), i, last, true);
                i = last + 1;
                continue;
            }
        }
        if (article && (l == "last" || l == "next" || l == "this" || l == "past")) {
            const std::string unit = lower(i + 1);
            const int step = l == "last" || l == "past" ? -1 : (l == "next" ? 1 : 0);
            if (unit == "year") {
                emit(Date{article->year + step, 0, 0}, i, i + 1, true);
                i += 2;
                continue;
            }
            if (unit == "month" && article->month > 0) {
                int total = article->year * 12 + (article->month - 1) + step;
                emit(Date{total / 12, total % 12 + 1, 0}, i, i + 1, true);
                i += 2;
                continue;
            }
        }
        ++i;
    }
    return out;
}

std::optional<DateMention> findArticleDate(std::string_view text, std::size_t searchBytes) {
    const std::string_view head = text.substr(0, std::min(searchBytes, text.size()));
    std::optional<DateMention> standalone;
    std::size_t start = 0;
    while (start < head.size()) {
        std::size_t end = head.find('\n', start);
        if (end == std::string_view::npos) {
            end = head.size();
        }
        const std::string_view line = head.substr(start, end - start);
        for (const DateMention& m : resolveDates(line, std::nullopt)) {
            if (m.value.month == 0 || m.value.day == 0) {
                continue;
            }
            DateMention found = m;
            found.begin += start;
            found.end += start;
            const std::string_view trimmed = trim(line);
            const bool shortLine = splitWords(trimmed).size() <= 20;
            for (std::string_view cue : {"published", "updated", "posted", "date:", "dated"}) {
                if (shortLine && containsNoCase(trimmed, cue)) {
                    return found;
                }
            }
            if (!standalone && splitWords(trimmed).size() <= 12) {
                standalone = found;
            }
        }
        start = end + 1;
    }
    return standalone;
}

} // namespace kg::ingest::article
