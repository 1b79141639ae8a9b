import Testing
import JourneyKit

@Suite("Calendar dates as research records write them")
struct CalendarDateTests {
    @Test("a full date parses into year, month and day")
    func fullDate() throws {
        let date = try #require(CalendarDate("2025-09-14"))
        #expect(date.year == 2025)
        #expect(date.month == 9)
        #expect(date.day == 14)
        #expect(date == CalendarDate(year: 2025, month: 9, day: 14))
        #expect(date.description == "2025-09-14")
    }

    @Test("a month parses without a day")
    func monthOnly() throws {
        let date = try #require(CalendarDate("2025-09"))
        #expect(date.year == 2025)
        #expect(date.month == 9)
        #expect(date.day == nil)
        #expect(date.description == "2025-09")
    }

    @Test("impossible dates are rejected", arguments: ["2025-13-01", "2025-02-30", "2025-00", "2025-04-31", "2025-09-00", "2025-13"])
    func impossibleDates(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("anything not YYYY-MM or YYYY-MM-DD is rejected", arguments: [
        "", "2025", "2025-9", "25-09", "2025-09-1", "2025-009", "2025/09/14", "2025-09-14-01",
        "2025--09", "2025-09-", "abcd-09", "2025-ab", " 2025-09", "2025-09-14T10:00",
    ])
    func malformed(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("parse says what is wrong: the shape, the month, or the day", arguments: [
        ("2025/09/14", CalendarDate.Problem.notADate), ("2025-9", .notADate), ("2025-09-1", .notADate),
        ("2025-13", .noSuchMonth(13)), ("2025-00-10", .noSuchMonth(0)),
        ("2026-02-30", .noSuchDay(year: 2026, month: 2, day: 30)), ("2025-02-29", .noSuchDay(year: 2025, month: 2, day: 29)),
        ("2026-04-31", .noSuchDay(year: 2026, month: 4, day: 31)), ("2026-03-00", .noSuchDay(year: 2026, month: 3, day: 0)),
    ])
    func parseProblems(_ text: String, _ problem: CalendarDate.Problem) {
        #expect(CalendarDate.parse(text) == .failure(problem))
        #expect(CalendarDate(text) == nil)
    }

    @Test("a problem with the day names the month and how many days it has")
    func dayProblemText() {
        #expect(CalendarDate.Problem.noSuchDay(year: 2026, month: 2, day: 30).description == "there is no February 30 in 2026; February 2026 has 28 days")
        #expect(CalendarDate.Problem.noSuchDay(year: 2024, month: 2, day: 30).description == "there is no February 30 in 2024; February 2024 has 29 days")
    }

    @Test("29 February exists only in leap years")
    func leapYears() {
        #expect(CalendarDate("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2025-12-31") != nil)
    }

    @Test("months(until:) counts calendar months, negative backwards")
    func monthsUntil() throws {
        let september = try #require(CalendarDate("2025-09"))
        let february = try #require(CalendarDate("2026-02"))
        #expect(september.months(until: february) == 5)
        #expect(february.months(until: september) == -5)
        #expect(september.months(until: september) == 0)
        #expect(CalendarDate(year: 2023, month: 1, day: 15).months(until: CalendarDate(year: 2025, month: 12, day: 15)) == 35)
    }

    @Test("dates order by year, month, then day; a month alone comes before its days")
    func ordering() {
        let texts = ["2025-10", "2025-09-14", "2024-12-31", "2025-09", "2025-09-01"]
        let sorted = texts.compactMap { CalendarDate($0) }.sorted().map(\.description)
        #expect(sorted == ["2024-12-31", "2025-09", "2025-09-01", "2025-09-14", "2025-10"])
        #expect(CalendarDate(year: 2025, month: 9) < CalendarDate(year: 2025, month: 9, day: 1))
    }

    @Test("description pads month and day to two digits")
    func description() {
        #expect(CalendarDate(year: 2025, month: 1, day: 5).description == "2025-01-05")
        #expect(CalendarDate(year: 2025, month: 11).description == "2025-11")
    }

    @Test("a plus sign is not a digit", arguments: ["2025-+9", "2025-09-+1", "+025-09"])
    func plusSign(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }
}
