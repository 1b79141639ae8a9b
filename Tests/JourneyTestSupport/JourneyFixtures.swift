/// Journey texts that more than one test target uses.
public enum JourneyFixtures {
    /// A file with three problems and nothing else wrong: a typo in a field name (`chanel`,
    /// 14:9), a dangling actor reference (`vistor`, 19:27) and a score off the 1–5 scale (20:26).
    public static let threeProblems = """
        journey: demo
        title: Demo
        personas:
          - id: anna
            name: Anna
        actors:
          - {id: visitor, name: Visitor, kind: customer}
        stages:
          - id: visit
            name: Visit
            touchpoints:
              - id: web
                title: Website
                chanel: web
                actors: [visitor]
                emotions: {anna: 3}
              - id: pay
                title: Payment
                actors: [visitor, vistor]
                emotions: {anna: 9}

        """

    /// A valid journey in which touchpoint "web" ends with `touchpointLines`, each indented
    /// by eight spaces: the first of them is on line 12, its key at column 9.
    ///
    ///      1 journey: demo
    ///      2 title: Demo
    ///      3 personas:
    ///      4   - id: anna
    ///      5     name: Anna
    ///      6 stages:
    ///      7   - id: visit
    ///      8     name: Visit
    ///      9     touchpoints:
    ///     10       - id: web
    ///     11         title: Website
    ///     12         <touchpointLines[0]>
    public static func journey(touchpointLines: [String]) -> String {
        var lines = [
            "journey: demo", "title: Demo", "personas:", "  - id: anna", "    name: Anna", "stages:",
            "  - id: visit", "    name: Visit", "    touchpoints:", "      - id: web", "        title: Website",
        ]
        lines += touchpointLines.map { "        " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An alias bomb the decoder walks: `width` aliased stages, each with `width` aliased
    /// touchpoints, each with `width` personas' readings, each with `width` evidence ids. Every
    /// level is a field the decoder reads, so the whole expansion is visited unless it is stopped.
    public static func walkedAliasBomb(width: Int) -> String {
        var lines = ["journey: demo", "title: Demo", "personas:"]
        for i in 0..<width { lines.append("  - {id: p\(i), name: P\(i)}") }
        let evidence = "[" + Array(repeating: "r", count: width).joined(separator: ", ") + "]"
        lines += [
            "stages:", "  - &stage", "    id: s", "    name: S", "    touchpoints:", "      - &touchpoint",
            "        id: t", "        title: T", "        emotions:", "          p0: &reading {score: 3, evidence: \(evidence)}",
        ]
        for i in 1..<width { lines.append("          p\(i): *reading") }
        for _ in 1..<width { lines.append("      - *touchpoint") }
        for _ in 1..<width { lines.append("  - *stage") }
        return lines.joined(separator: "\n") + "\n"
    }
}
