/// A calendar date as designers write it in research records: `2025-09` or `2025-09-14`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, such as 2025.
    public var year: Int
    /// The month, 1 (January) to 12 (December).
    public var month: Int
    /// The day of the month from 1; `nil` for a date given only to the month (`2025-09`).
    public var day: Int?

    /// Creates a date from its parts without checking them; ``parse(_:)`` checks a written date.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month, or `nil` for a whole month.
    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else or an impossible date.
    public init?(_ text: String) {
        guard case .success(let date) = CalendarDate.parse(text) else { return nil }
        self = date
    }

    /// Why a text is not a calendar date.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not written `YYYY-MM` or `YYYY-MM-DD` with digits.
        case notADate
        /// Written as a date, with a month that is not 01 to 12.
        case noSuchMonth(Int)
        /// Written as a date, with a day the month does not have (`2026-02-30`, `2025-02-29`).
        case noSuchDay(year: Int, month: Int, day: Int)

        /// The problem in a sentence a designer understands, for a reader's message.
        public var description: String {
            switch self {
            case .notADate:
                return "a date is written YYYY-MM-DD or YYYY-MM"
            case .noSuchMonth(let month):
                return "there is no month \(month); months run from 01 to 12"
            case .noSuchDay(let year, let month, let day):
                let days = CalendarDate.days(inMonth: month, year: year)
                let name = CalendarDate.monthNames[month - 1]
                return day == 0
                    ? "days run from 01 to \(days)"
                    : "there is no \(name) \(day) in \(year); \(name) \(year) has \(days) days"
            }
        }
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`, saying what is wrong with anything else: a text of
    /// another shape, a month that is not 01 to 12, or a day the month does not have.
    public static func parse(_ text: String) -> Result<CalendarDate, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // ASCII digits only: `Int` alone would also take a sign (`2025-+9`).
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
            parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts.count == 2 || parts[2].utf8.count == 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return .failure(.notADate) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard parts.count == 3, let day = Int(parts[2]) else { return .success(CalendarDate(year: year, month: month)) }
        guard day >= 1, day <= days(inMonth: month, year: year) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Calendar months from this date's month to `other`'s (negative when `other` is earlier);
    /// days are not counted, so 2025-01-31 to 2025-02-01 is one month.
    public func months(until other: CalendarDate) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }

    /// The date as it is written in a journey file: `YYYY-MM` or `YYYY-MM-DD`, with leading zeros.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    /// Orders dates by year, month and day; a month without a day comes before every day of that
    /// month.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }
}
