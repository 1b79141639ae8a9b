import JourneyKit
import Yams

/// The state of one file's decoding: where problems go, and a budget of nodes that stops a
/// YAML alias bomb (a few lines that expand to billions of nodes) from running forever.
final class DecodingSession {
    let file: String
    private(set) var problems: [FileProblem] = []
    private var nodeBudget: Int
    private var stopped = false
    /// The design's emotion scale once it is read, for messages about scores.
    var scale: EmotionScale = .standard

    /// No honest journey file has more problems than this; past it, decoding stops.
    static let maximumProblems = 500

    init(file: String, textSize: Int) {
        self.file = file
        // A node takes at least two characters of text unless aliases repeat it, so this
        // budget is generous for any honest file and small next to an alias bomb.
        self.nodeBudget = 2 * textSize + 100_000
    }

    struct Stop: Error {}

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ problem: FileProblem) {
        guard !stopped else { return }
        problems.append(problem)
    }

    /// Counts a visited node; throws ``Stop`` when the budget or the problem limit runs out.
    func visit(_ node: Node) throws(Stop) {
        nodeBudget -= 1
        if nodeBudget < 0 {
            report(.tooComplex(location(node), detail: "the file expands to far more elements than it has text for; YAML aliases (*name) repeat a block here again and again (an \"alias bomb\")"))
            stopped = true
            throw Stop()
        }
        if problems.count >= Self.maximumProblems {
            problems.append(.tooComplex(location(node), detail: "reading stopped after \(Self.maximumProblems) problems; fix these and read the file again to see the rest"))
            stopped = true
            throw Stop()
        }
        try checkTag(node)
    }

    /// Journey files use plain YAML: a tag such as `!!python/object` is refused. The tag as
    /// written is read (not the resolved one), which costs nothing for untagged nodes.
    func checkTag(_ node: Node) throws(Stop) {
        let written: String
        switch node {
        case .scalar(let scalar): written = scalar.tag.rawValue
        case .mapping(let mapping): written = mapping.tag.rawValue
        case .sequence(let sequence): written = sequence.tag.rawValue
        case .alias(let alias): written = alias.tag.rawValue
        }
        if written.isEmpty || written == "!" { return }
        if !Self.allowedTags.contains(written) {
            report(.unsupportedTag(tagText(written), location(node)))
        }
    }

    private static let allowedTags: Set<String> = Set([Tag.Name.str, .seq, .map, .bool, .float, .null, .int].map(\.rawValue))

    func tagText(_ name: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return name.hasPrefix(prefix) ? "!!" + name.dropFirst(prefix.count) : "!<\(name)>"
    }
}
