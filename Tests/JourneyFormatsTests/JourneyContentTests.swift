import Foundation
import JourneyFormats
import Testing

/// ``JourneyContent``: telling a journey file from the files that live beside it.
@Suite("Journey content recognition")
struct JourneyContentTests {
    func recognise(_ text: String, _ name: String = "file.yaml") -> JourneyContent {
        JourneyContent.recognise(Data(text.utf8), name: name)
    }

    @Test("YAML and JSON journeys are recognised by a top-level journey key, however written")
    func journeys() {
        let journeys: [(String, String)] = [
            ("journey: demo\ntitle: Demo\n", "a.yaml"),
            ("# a comment\n---\ntitle: Demo\n\"journey\": demo\n", "a.yaml"),
            ("%YAML 1.2\n---\ndescription: |\n  not: a key\ntitle: x\nstages:\n- id: s\n", "a.yml"),
            ("{\"title\": \"Demo\", \"nested\": {\"$schema\": 1}, \"journey\": \"demo\"}", "a.json"),
            ("{journey: demo, title: Demo}", "a.yaml"),
            ("journey: demo\ntitle: [unclosed\n", "a.yaml"),
            ("", "a.yaml"),
            ("# nothing yet\n", "a.yaml"),
        ]
        for (text, name) in journeys {
            #expect(recognise(text, name) == .journey, "\(text)")
        }
    }

    @Test("a JSON Schema, a workflow, settings, a list and other XML or Mermaid are not journeys, with the reason")
    func others() throws {
        let schema = try #require(String(data: try JSONSerialization.data(withJSONObject: [
            "$schema": "https://json-schema.org/draft/2020-12/schema", "properties": ["journey": ["type": "string"]],
        ], options: [.sortedKeys]), encoding: .utf8))
        let others: [(String, String, String)] = [
            (schema, "journeykit.schema.json", "a JSON Schema"),
            ("name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n", "ci.yml", "none of a journey's keys"),
            ("profile: all\nstrict: true\nrules:\n  DFES-4.2-01: off\n", "journeylint.yaml", "none of a journey's keys"),
            ("- journey: a\n- journey: b\n", "list.yaml", "top level is a list"),
            ("just text\n", "text.yaml", "single value"),
            ("<?xml version=\"1.0\"?>\n<svg/>\n", "x.xml", "root element is <svg>"),
            ("flowchart LR\n  A --> B\n", "x.mmd", "a Mermaid flowchart diagram"),
        ]
        for (text, name, reason) in others {
            let content = recognise(text, name)
            guard case .other(let said) = content else {
                Issue.record("\(name) was taken for a journey")
                continue
            }
            #expect(said.contains(reason), "\(name): \(said)")
        }
        #expect(recognise("<journey xmlns=\"urn:journeykit:design:1\" id=\"a\"/>", "a.xml") == .journey)
        #expect(recognise("<?xml version=\"1.0\"?><CJML/>", "a.xml") == .journey)
        #expect(recognise("---\ntitle: x\n---\n%% note\njourney\n  title Demo\n", "a.mmd") == .journey)
    }

    @Test("a file the scan cannot decide counts as a journey, so that reading it reports why")
    func undecided() {
        #expect(JourneyContent.recognise(Data([0xFF, 0xFE, 0x00, 0x00, 0x6A, 0x00, 0x00, 0x00]), name: "a.yaml") == .journey)
        #expect(JourneyContent.recognise(Data("title: Caf\u{E9}\n".data(using: .isoLatin1)!), name: "a.yaml") == .journey)
        // Past the scan limit without a decision: read it.
        let long = "title: x\ndescription: >\n" + String(repeating: "  words\n", count: JourneyContent.scanLimit / 8 + 10) + "stages: []\n"
        #expect(recognise(long) == .journey)
    }
}
