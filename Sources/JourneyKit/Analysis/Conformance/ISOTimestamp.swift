/// Reads the moments an actual journey records (``TouchpointTimes``), written in ISO 8601, as
/// seconds since 1970-01-01T00:00:00Z, by hand (JourneyKit does not use Foundation).
///
/// Accepted: `2026-03-02T09:15:00+01:00`, `2026-03-02T09:15:00Z`, `2026-03-02T09:15:00.250Z`,
/// `2026-03-02T09:15:00` (no offset: read as UTC, so that moments of one record compare),
/// `2026-03-02 09:15` (a space for the `T`, seconds optional), offsets as `+01:00`, `+0100` or
/// `+01`, and a date alone (`2026-03-02`, midnight). Anything else, or an impossible date or
/// time, gives nil.
public enum ISOTimestamp {
    /// The moment `text` names, in seconds since 1970-01-01T00:00:00Z (negative before it), or
    /// nil when it is not one of the accepted forms.
    ///
    /// Leading and trailing whitespace is ignored, and `t` and `z` may be lower case. Minutes
    /// are required with an hour; seconds may carry a fraction after `.` or `,`. `24:00` (and
    /// `24:00:00`) is the end of the day, the next day's midnight; a second of 60 is read as 60
    /// seconds, so a leap second falls on the first second of the next minute. This is the
    /// subset of ISO 8601 that the actual journeys JourneyKit reads use, not the whole standard:
    /// week dates, ordinal dates and the basic format without dashes give nil.
    ///
    /// ```swift
    /// ISOTimestamp.seconds("1970-01-02T00:00:00Z")            // 86400
    /// ISOTimestamp.seconds("2026-03-02T09:15:00+01:00") == ISOTimestamp.seconds("2026-03-02T08:15:00Z")  // true
    /// ISOTimestamp.seconds("2026-02-30")                       // nil
    /// ```
    public static func seconds(_ text: String) -> Double? {
        let chars = Array(text.trimmingWhitespace.utf8)
        var pos = 0

        func digits(_ count: Int) -> Int? {
            guard pos + count <= chars.count else { return nil }
            var value = 0
            for c in chars[pos..<(pos + count)] {
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            pos += count
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard pos < chars.count, chars[pos] == c else { return false }
            pos += 1
            return true
        }

        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2),
            (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year)
        else { return nil }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        if pos == chars.count { return Double(days) * 86_400 }
        guard expect(84) || expect(116) || expect(32) else { return nil }  // T, t, space
        guard let hour = digits(2), expect(58), let minute = digits(2), hour <= 24, minute <= 59 else { return nil }
        var second = 0.0
        if expect(58) {
            guard let whole = digits(2), whole <= 60 else { return nil }
            second = Double(whole)
            if expect(46) || expect(44) {  // . or , then a fraction
                var scale = 0.1
                var any = false
                while pos < chars.count, chars[pos] >= 48, chars[pos] <= 57 {
                    second += Double(chars[pos] - 48) * scale
                    scale /= 10
                    pos += 1
                    any = true
                }
                guard any else { return nil }
            }
        }
        if hour == 24, minute != 0 || second != 0 { return nil }
        var offset = 0
        if expect(90) || expect(122) {  // Z
        } else if pos < chars.count, chars[pos] == 43 || chars[pos] == 45 {  // + or -
            let sign = chars[pos] == 45 ? -1 : 1
            pos += 1
            guard let oh = digits(2), oh <= 23 else { return nil }
            var om = 0
            if pos < chars.count {
                _ = expect(58)
                guard let m = digits(2), m <= 59 else { return nil }
                om = m
            }
            offset = sign * (oh * 3_600 + om * 60)
        }
        guard pos == chars.count else { return nil }
        let local = Double(days) * 86_400 + Double(hour * 3_600 + minute * 60) + second
        return local - Double(offset)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
