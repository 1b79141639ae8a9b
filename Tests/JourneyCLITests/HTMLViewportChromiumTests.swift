import Foundation
import JourneyTestSupport
import Testing

/// The page's zoom steps, the row labels and stage names that stay in view, and the direction of
/// mixed Arabic and Latin labels, measured in headless Chromium: a probe page loads the journey's
/// page in a frame (`--allow-file-access-from-files` lets it reach into the frame), clicks the
/// zoom buttons, scrolls the map to its right end, and writes what it measured into its own
/// DOM, which `--dump-dom` prints.
@Suite("HTML page: zoom, labels in view, text direction (Chromium)", .serialized)
struct HTMLViewportChromiumTests {
    static let journey = """
        journey: mixed
        title: Mixed labels
        personas:
          - {id: leila, name: "ليلى (Leila) Haddad"}
          - {id: amal, name: "أمل حداد"}
        stages:
          - id: s1
            name: First stage with a long name
            touchpoints:
        """ + (1...9).map { "\n      - {id: t\($0), title: \"Step \($0)\", emotions: {leila: 3, amal: 4}}" }.joined() + "\n"

    static let probe = #"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title><style>iframe{width:1200px;height:800px;border:0}</style></head>
        <body><pre id="result">pending</pre><iframe id="page" src="page.html"></iframe>
        <script>
        var frame = document.getElementById("page");
        frame.addEventListener("load", function () {
          var out = {};
          try {
            var d = frame.contentDocument;
            var view = d.querySelector("#panel-map .view");
            var svg = view.querySelector("svg");
            var width = svg.viewBox.baseVal.width;
            d.querySelector('[data-zoom="2"]').click();
            out.zoom200 = svg.getBoundingClientRect().width / width;
            out.pressed = d.querySelector('[data-zoom="2"]').getAttribute("aria-pressed");
            view.scrollLeft = view.scrollWidth;
            view.dispatchEvent(new Event("scroll"));
            // The page moves the labels on the next animation frame, which a loaded machine can
            // delay: look again every 100 ms for up to 2.4 s (inside the 3 s of virtual time the browser
            // is given), and measure what is there then.
            var tries = 0;
            function measure() {
              var box = view.getBoundingClientRect();
              function inside(el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5; }
              var labels = Array.prototype.slice.call(svg.querySelectorAll("g.jk-row-label"));
              var stageNames = Array.prototype.slice.call(svg.querySelectorAll("g.jk-stage text"));
              if ((labels.filter(inside).length < labels.length || stageNames.filter(inside).length < stageNames.length) && ++tries < 24) { setTimeout(measure, 100); return; }
              out.labels = labels.length;
              out.labelsInView = labels.filter(inside).length;
              var stages = Array.prototype.slice.call(svg.querySelectorAll("g.jk-stage text"));
              out.stageTexts = stages.length;
              out.stageTextsInView = stages.filter(inside).length;
              out.personaDirs = Array.prototype.map.call(d.querySelectorAll("#persona-filter label span"), function (s) { return d.defaultView.getComputedStyle(s).direction; });
              d.querySelector('[data-zoom="height"]').click();
              out.fitHeight = Math.abs(svg.getBoundingClientRect().height - Math.max(200, frame.contentWindow.innerHeight - 76)) < 2;
              document.getElementById("result").textContent = "RESULT " + JSON.stringify(out);
            }
            setTimeout(measure, 200);
          } catch (e) { document.getElementById("result").textContent = "ERROR " + e; }
        });
        </script></body></html>

        """#

    struct Measured: Decodable {
        var zoom200: Double
        var pressed: String
        var labels: Int
        var labelsInView: Int
        var stageTexts: Int
        var stageTextsInView: Int
        var personaDirs: [String]
        var fitHeight: Bool
    }

    @Test("200 % doubles the picture; scrolled to the right end, every row label and the stage name are still in view; fit height fits; the mixed label is left to right")
    func zoomStickyAndDirection() throws {
        guard let chromium = HTMLChromiumTests.chromium() else { return }
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-viewport")
        defer { workspace.remove() }
        try workspace.write("mixed.yaml", Self.journey)
        let result = try workspace.run(["render", "mixed.yaml", "--format", "html", "-o", "page.html"])
        #expect(result.status == 0, "\(result.allText)")
        let probe = try workspace.write("probe.html", Self.probe)
        let run = try HTMLChromiumTests.browse(chromium, probe, ["--allow-file-access-from-files", "--window-size=1300,900", "--dump-dom"])
        #expect(!run.timedOut, "chromium did not finish")
        #expect(run.console.isEmpty, "console messages:\n\(run.console.prefix(10).joined(separator: "\n"))")
        let line = try #require(run.output.split(separator: "\n").first { $0.contains("<pre id=\"result\">RESULT ") }, "no result in:\n\(run.output.prefix(2_000))")
        let json = line.components(separatedBy: "RESULT ").dropFirst().first?.components(separatedBy: "</pre>").first ?? ""
        let measured = try JSONDecoder().decode(Measured.self, from: Data(json.replacingOccurrences(of: "&quot;", with: "\"").utf8))
        #expect(abs(measured.zoom200 - 2) < 0.01)
        #expect(measured.pressed == "true")
        #expect(measured.labels >= 3, "Stages, Touchpoints, Emotion at least")
        #expect(measured.labelsInView == measured.labels, "row labels scrolled out of view")
        #expect(measured.stageTexts == 1 && measured.stageTextsInView == 1, "the stage name scrolled out of view")
        #expect(measured.fitHeight)
        #expect(measured.personaDirs == ["ltr", "rtl"], "ليلى (Leila) Haddad is mostly Latin; أمل حداد is Arabic")
    }
}
