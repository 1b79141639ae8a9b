/// A calendar date as designers write it in research records: `2025-09` or `2025-09-14`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: `Int` alone would also take a sign (`2025-+9`).
        guard parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                d >= 1, d <= CalendarDate.days(inMonth: month, year: year)
            else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

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

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }
}
