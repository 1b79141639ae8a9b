/// A timestamp of an event log, read for ordering: ISO 8601 with or without a zone
/// (`2026-03-02T09:15:00+01:00`, `2026-03-02T09:15Z`, `2026-03-02T09:15:00.250`), the same with a
/// space for the `T` (`2026-03-02 09:15`, `2026-03-02 09:15:30`), or a date alone (midnight).
///
/// A time without a zone is taken as UTC for ordering only: events of one case are compared,
/// and a log normally writes all its times the same way. The text itself is kept as written.
enum EventTimestamp {
    /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is not such a timestamp.
    static func seconds(_ text: Substring) -> Double? {
        let bytes = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[i..<(i + digits)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            i += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if i == bytes.count { return seconds }
        guard expect(0x54) || expect(0x74) || expect(0x20) else { return nil }  // T, t or a space
        guard let hour = number(2), expect(0x3A), let minute = number(2), hour <= 23, minute <= 59 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if expect(0x3A) {
            guard let second = number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if expect(0x2E) || expect(0x2C) {
                let start = i
                var fraction = 0.0, scale = 0.1
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    fraction += Double(bytes[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
                seconds += fraction
            }
        }
        if i == bytes.count { return seconds }
        if expect(0x5A) || expect(0x7A) { return i == bytes.count ? seconds : nil }  // Z
        if i < bytes.count, bytes[i] == 0x20 { i += 1 }  // "09:15 +01:00"
        guard i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D else { return nil }
        let sign: Double = bytes[i] == 0x2D ? -1 : 1
        i += 1
        guard let zoneHour = number(2), zoneHour <= 18 else { return nil }
        var zoneMinute = 0
        if i < bytes.count {
            _ = expect(0x3A)
            guard let value = number(2), value <= 59 else { return nil }
            zoneMinute = value
        }
        guard i == bytes.count else { return nil }
        return seconds - sign * Double(zoneHour * 3600 + zoneMinute * 60)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
