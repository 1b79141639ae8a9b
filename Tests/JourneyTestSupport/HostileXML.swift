import Foundation

/// The XML half of `../shared/tools/make_hostile_corpus.py`, written by the tests themselves so
/// that they run on any clone: each case is a file a hostile or broken producer could hand us.
public struct HostileXMLCase: Sendable {
    public var name: String
    public var bytes: Data
    /// Files the case refers to, written beside it (an external DTD, say).
    public var companions: [String: Data]

    public var fileName: String { "\(name).xml" }
    public var testDescription: String { name }

    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// A journey in the shape the script writes, with `label` as a touchpoint's text.
    static func journey(_ label: String, doctype: String = "") -> String {
        head + doctype + "<journey id=\"evil\" name=\"evil\"><personas/><stages><stage id=\"s0\" name=\"S\">"
            + "<touchpoint id=\"t1\" channel=\"web\" lane=\"frontstage\"><label>\(label)</label></touchpoint>"
            + "</stage></stages></journey>\n"
    }

    /// Every case; `big` adds the 12 MiB text node (the 200 MiB file stays with the script).
    public static func all(big: Bool = true) -> [HostileXMLCase] {
        var cases: [HostileXMLCase] = []
        func add(_ name: String, _ text: String, companions: [String: Data] = [:]) {
            cases.append(HostileXMLCase(name: name, bytes: Data(text.utf8), companions: companions))
        }
        add("xxe_file", journey("&xxe;", doctype: "<!DOCTYPE journey [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"))
        add("xxe_parameter", journey("&leak;", doctype: "<!DOCTYPE journey [\n  <!ENTITY % ext SYSTEM \"evil.dtd\">\n  %ext;\n]>\n"),
            companions: ["evil.dtd": Data("<!ENTITY leak SYSTEM \"file:///etc/hostname\">\n".utf8)])
        add("external_dtd_url", journey("&leak;", doctype: "<!DOCTYPE journey SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"))
        add("external_dtd_local", journey("&leak;", doctype: "<!DOCTYPE journey SYSTEM \"evil.dtd\">\n"),
            companions: ["evil.dtd": Data("<!ENTITY leak SYSTEM \"file:///etc/hostname\">\n".utf8)])
        add("xinclude_passwd", head + "<journey xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"x\" name=\"x\">"
            + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></journey>\n")
        var lol = ["<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            lol.append("<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">")
        }
        add("billion_laughs", journey("&lol9;", doctype: "<!DOCTYPE journey [\n  " + lol.joined(separator: "\n  ") + "\n]>\n"))
        add("quadratic_blowup", journey(String(repeating: "&a;", count: 20_000),
            doctype: "<!DOCTYPE journey [\n  <!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">\n]>\n"))
        add("deep_nesting_10000", head + "<journey id=\"deep\" name=\"deep\">" + String(repeating: "<stage>", count: 10_000)
            + String(repeating: "</stage>", count: 10_000) + "</journey>\n")
        add("deep_nesting_300", head + "<journey id=\"deep\" name=\"deep\">" + String(repeating: "<stage>", count: 300)
            + String(repeating: "</stage>", count: 300) + "</journey>\n")
        var invalid = Data(journey("X").utf8)
        invalid.replace(Data("<label>X".utf8), with: Data("<label>".utf8) + Data([0xC3, 0x28, 0xA0, 0xA1, 0xFF]))
        cases.append(HostileXMLCase(name: "invalid_utf8", bytes: invalid, companions: [:]))
        var latin1 = Data(journey("X").utf8)
        latin1.replace(Data("<label>X".utf8), with: Data("<label>M".utf8) + Data([0xFC]) + Data("ller".utf8))
        cases.append(HostileXMLCase(name: "latin1_declared_utf8", bytes: latin1, companions: [:]))
        add("control_chars", journey("bell \u{07} esc \u{1B}[31m nul-ref &#0; ctl-ref &#1;"))
        add("truncated", String(journey("cut here").prefix(150)))
        add("billion_attrs", head + "<journey id=\"x\" " + (0..<100_000).map { "a\($0)=\"v\"" }.joined(separator: " ") + "/>\n")
        if big {
            add("huge_text_node", journey(String(repeating: "A", count: 12 * 1024 * 1024)))
        }
        return cases
    }

    /// Writes the case and its companions into `folder`; returns the case's file.
    @discardableResult
    public func write(into folder: URL) throws -> URL {
        for (name, data) in companions { try data.write(to: folder.appendingPathComponent(name)) }
        let url = folder.appendingPathComponent(fileName)
        try bytes.write(to: url)
        return url
    }

    /// Text that must never appear in any output: pieces of `/etc/passwd` and `/etc/hostname`.
    public static var secrets: [String] {
        var found = ["root:x:0:0", "root:*:0:0"]
        if let hostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), hostname.count >= 4 {
            found.append(hostname)
        }
        return found
    }
}
