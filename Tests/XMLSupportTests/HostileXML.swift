import Foundation

/// The XML half of `../shared/tools/make_hostile_corpus.py`, rebuilt in Swift so that the tests
/// run on a clone without `../shared`. Each case is the same document as the script writes.
enum HostileXML {
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The script's journey with one touchpoint whose label holds `label`.
    static func journey(_ label: String, doctype: String = "") -> String {
        head + doctype + "<journey id=\"evil\" name=\"evil\"><personas/><stages><stage id=\"s0\" "
            + "name=\"S\"><touchpoint id=\"t1\" channel=\"web\" lane=\"frontstage\"><label>\(label)"
            + "</label></touchpoint></stage></stages></journey>\n"
    }

    /// The journey with raw bytes in place of the label's text.
    static func journey(labelBytes: [UInt8]) -> Data {
        let parts = journey("\u{1}").components(separatedBy: "\u{1}")
        return Data(parts[0].utf8) + Data(labelBytes) + Data(parts[1].utf8)
    }

    static let xxeFile = journey("&xxe;", doctype: "<!DOCTYPE journey [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n")

    static let xxeParameter = journey("&leak;", doctype: "<!DOCTYPE journey [\n  <!ENTITY % ext SYSTEM \"evil.dtd\">\n  %ext;\n]>\n")

    /// The DTD next to `xxeParameter` and `externalDTDLocal`.
    static let evilDTD = "<!ENTITY leak SYSTEM \"file:///etc/hostname\">\n"

    /// The script points at `attacker.invalid`; a closed local port is as safe and fails faster.
    static let externalDTDURL = journey("&remote;", doctype: "<!DOCTYPE journey SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n")

    static let externalDTDLocal = journey("&leak;", doctype: "<!DOCTYPE journey SYSTEM \"evil.dtd\">\n")

    static let xincludePasswd = head + "<journey xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"evil\" "
        + "name=\"evil\"><label><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></label></journey>\n"

    /// 10 levels of 10 references: 10^9 "lol" (3 GB) when expanded.
    static var billionLaughs: String {
        var entities = ["<!ENTITY lol0 \"lol\">"]
        for level in 1..<10 {
            entities.append("<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">")
        }
        return journey("&lol9;", doctype: "<!DOCTYPE journey [\n  " + entities.joined(separator: "\n  ") + "\n]>\n")
    }

    /// A 50 kB entity referenced 50,000 times: 2.5 GB when expanded.
    static var quadraticBlowup: String {
        journey(String(repeating: "&a;", count: 50_000),
                doctype: "<!DOCTYPE journey [\n  <!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">\n]>\n")
    }

    static func deepNesting(_ depth: Int) -> String {
        head + "<journey id=\"deep\" name=\"deep\">" + String(repeating: "<stage>", count: depth)
            + String(repeating: "</stage>", count: depth) + "</journey>\n"
    }

    static var invalidUTF8: Data {
        journey(labelBytes: Array("Caf".utf8) + [0xC3, 0x28] + Array(" | lone ".utf8) + [0xFF]
                + Array(" | overlong ".utf8) + [0xC0, 0xAF] + Array(" | surrogate ".utf8) + [0xED, 0xA0, 0x80]
                + Array(" | cut ".utf8) + [0xE2, 0x82])
    }

    static var latin1DeclaredUTF8: Data { journey(labelBytes: Array("M".utf8) + [0xFC] + Array("ller".utf8)) }

    static let controlCharacters = journey("bell \u{07} esc \u{1B}[31m nul-ref &#0; ctl-ref &#1;")

    static var truncated: Data { Data(journey("cut here").utf8.prefix(150)) }

    static var hundredThousandAttributes: String {
        head + "<journey id=\"x\" " + (0..<100_000).map { "a\($0)=\"v\"" }.joined(separator: " ") + "/>\n"
    }

    static var hugeTextNode: String { journey(String(repeating: "A", count: 12 * 1024 * 1024)) }

    /// True when any of the strings carries bytes of /etc/passwd or /etc/hostname.
    static func leaks(_ strings: [String]) -> Bool {
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return strings.contains { string in
            string.contains("root:") || string.contains(":/bin/")
                || (!hostname.isEmpty && string.trimmingCharacters(in: .whitespacesAndNewlines) == hostname)
                || (hostname.count >= 4 && string.contains(hostname))
        }
    }
}
