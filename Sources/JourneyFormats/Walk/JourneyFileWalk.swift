import Foundation

/// The journey files that `validate`'s arguments name, in the arguments' order: a file as it is
/// given, a folder walked for journey files, a pattern the shell did not expand (see
/// `PathPattern`) matched against the walked tree. A folder's or a pattern's files come sorted
/// by path, so that the report is the same on every machine and with any `--jobs`.
///
/// The walk takes the files whose extension names a format JourneyKit reads (`.yaml`, `.yml`,
/// `.json`, `.xml`, `.cjml`, `.mmd`, `.mermaid`; see `JourneyFormat(path:)`), and of those the
/// ones whose content is a journey (``JourneyContent``); the others are `Skipped`, with why. It skips hidden
/// files and folders (a name that starts with `.`, so `.git` and `.build*` too) and anything that
/// is neither a file nor a folder (a FIFO would block the read). A symbolic link to a file is
/// taken; a symbolic link to a folder is walked after the tree itself, and only when its folder
/// has not been walked yet: each folder is walked once, so links cannot lead the walk in a loop,
/// and a folder inside the tree keeps its own path.
///
/// ```swift
/// let found = JourneyFileWalk.expand(["journeys", "archive/**/*.yaml"])
/// for problem in found.problems { print(problem) }   // an argument that names no journey file
/// for file in found.files { … }                       // validate, render, …
/// ```
public enum JourneyFileWalk {
    /// An argument that names no journey file, or a folder that cannot be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// What is wrong, naming the argument or folder.
        public var description: String
    }

    /// A file the walk found by its extension but passed over for its content.
    public struct Skipped: Equatable, Sendable, CustomStringConvertible {
        /// The file's path, as the walk reached it.
        public var file: String
        /// Why, for `--verbose` (see ``JourneyContent``).
        public var reason: String
        /// `FILE: skipped, not a journey file: REASON`.
        public var description: String { "\(file): skipped, not a journey file: \(reason)" }
    }

    /// What the arguments name: the journey files in order, the files passed over, and every
    /// problem the arguments have.
    public struct Expansion: Equatable, Sendable {
        /// The journey files, in the arguments' order (a folder's or pattern's sorted by path).
        public var files: [String] = []
        /// Files with a journey extension whose content is something else.
        public var skipped: [Skipped] = []
        /// Arguments that name no journey file, and folders that cannot be read.
        public var problems: [Problem] = []

        static func += (lhs: inout Expansion, rhs: Expansion) {
            lhs.files += rhs.files
            lhs.skipped += rhs.skipped
            lhs.problems += rhs.problems
        }
    }

    /// The journey files of all arguments, in order, and every problem the arguments have.
    public static func expand(_ arguments: [String]) -> Expansion {
        var expansion = Expansion()
        for argument in arguments { expansion += expand(argument) }
        return expansion
    }

    /// One argument: `-`, a file or a missing path as it is (a file named on the command line
    /// is always read; reading it reports what is wrong), a folder's journey files, or a
    /// pattern's. A folder's or pattern's files are sorted by content (``JourneyContent``):
    /// the JSON Schema, settings, a CI workflow and other files that are not journeys are skipped.
    public static func expand(_ argument: String) -> Expansion {
        if argument == "-" { return Expansion(files: [argument]) }
        let candidates: Result<[String], Problem>
        let nothing: String
        var looked: [String] = []
        switch kind(argument, followingLinks: true) {
        case .folder:
            nothing = "\(argument): no journey file in this folder"
            looked = ["looked for \(extensionList) below it, hidden files and folders skipped"]
            candidates = Result { () throws(Problem) in try walk(root: displayRoot(argument), path: argument) }
        case .file, .other:
            return Expansion(files: [argument])
        case .missing:
            guard let pattern = PathPattern(argument) else { return Expansion(files: [argument]) }
            nothing = "\(pattern.text): no journey file matches this pattern"
            candidates = matches(of: pattern)
        }
        switch candidates {
        case .failure(let problem):
            return Expansion(problems: [problem])
        case .success(let found):
            var expansion = Expansion()
            for file in found {
                switch content(of: file) {
                case .journey: expansion.files.append(file)
                case .other(let reason): expansion.skipped.append(Skipped(file: file, reason: reason))
                }
            }
            if expansion.files.isEmpty {
                let count = expansion.skipped.count
                if count > 0 {
                    looked.append("\(count) \(count == 1 ? "file is not a journey" : "files are not journeys"); --verbose says which and why")
                }
                let detail = looked.isEmpty ? nothing : nothing + " (" + looked.joined(separator: "; ") + ")"
                expansion.problems.append(Problem(description: detail))
            }
            return expansion
        }
    }

    /// What a walked file holds, from its first bytes; a file that cannot be opened counts as
    /// a journey, so that reading it reports why.
    static func content(of file: String) -> JourneyContent {
        guard let handle = FileHandle(forReadingAtPath: file) else { return .journey }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: JourneyContent.scanLimit + 1) else { return .journey }
        return JourneyContent.recognise(data, name: file)
    }

    /// The journey files a pattern matches; a base folder that does not exist matches nothing.
    static func matches(of pattern: PathPattern) -> Result<[String], Problem> {
        let nothing = Problem(description: "\(pattern.text): no journey file matches this pattern")
        let path = pattern.base.isEmpty ? "." : pattern.base
        guard kind(path, followingLinks: true) == .folder else { return .failure(nothing) }
        let root = displayRoot(pattern.base)
        do {
            let found = try walk(root: root, path: path, maximumDepth: pattern.maximumDepth).filter {
                pattern.matches(relativePath: root.isEmpty ? $0 : String($0.dropFirst(root.count + (root.hasSuffix("/") ? 0 : 1))))
            }
            return found.isEmpty ? .failure(nothing) : .success(found)
        } catch {
            return .failure(error)
        }
    }

    /// Whether the walk takes a file: its extension names a format JourneyKit reads.
    static func isJourneyFile(_ name: String) -> Bool {
        JourneyFormat(path: name)?.isReadable == true
    }

    static let extensionList = ".yaml, .yml, .json, .xml, .cjml, .mmd and .mermaid"

    // MARK: - The walk

    /// Every journey file below a folder, as `root/relative/path`, sorted by path (byte order).
    /// `maximumDepth` 1 takes the folder's own files only.
    static func walk(root: String, path: String, maximumDepth: Int? = nil) throws(Problem) -> [String] {
        var walk = FolderWalk(maximumDepth: maximumDepth)
        try walk.run(root: root, path: path)
        return walk.files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The name a folder argument gives its files: no trailing `/`, and nothing for `.`.
    static func displayRoot(_ argument: String) -> String {
        if argument == "." || argument == "./" || argument.isEmpty { return "" }
        var root = argument
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root
    }

    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    enum Kind { case file, folder, other, missing }

    static func kind(_ path: String, followingLinks: Bool) -> Kind {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        switch info.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFDIR): return .folder
        case mode_t(S_IFREG): return .file
        default: return .other
        }
    }
}

/// One folder walk: the folders it has been through (by device and inode, so that a folder
/// reached through a link is known) and the links to folders it has yet to follow.
private struct FolderWalk {
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    let maximumDepth: Int?
    var files: [String] = []
    private var visited: Set<FolderID> = []
    private var links: [(name: String, depth: Int)] = []

    init(maximumDepth: Int?) {
        self.maximumDepth = maximumDepth
    }

    mutating func run(root: String, path: String) throws(JourneyFileWalk.Problem) {
        if let id = Self.identity(path) { visited.insert(id) }
        try walkTree(name: root, path: path, depth: 0)
        // Links to folders last, in path order, each only if its folder is new: the tree's own
        // folders keep their paths, and a loop ends at a folder already walked.
        while !links.isEmpty {
            let round = links.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            links = []
            for link in round {
                guard let id = Self.identity(link.name), visited.insert(id).inserted else { continue }
                try walkTree(name: link.name, path: link.name, depth: link.depth)
            }
        }
    }

    /// The folders below one folder, not through links. `name` is how paths are shown,
    /// `path` where the folder is (they differ only for the current folder, shown as nothing).
    private mutating func walkTree(name: String, path: String, depth: Int) throws(JourneyFileWalk.Problem) {
        var pending = [(name: name, path: path, depth: depth)]
        while let folder = pending.popLast() {
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            } catch {
                let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
                throw JourneyFileWalk.Problem(description: "\(folder.path): cannot read this folder: \(reason)")
            }
            let entryDepth = folder.depth + 1
            for entry in entries where !entry.hasPrefix(".") {
                let shown = JourneyFileWalk.join(folder.name, entry)
                let location = JourneyFileWalk.join(folder.path == "." ? "" : folder.path, entry)
                let goesDeeper = maximumDepth.map { entryDepth < $0 } ?? true
                switch JourneyFileWalk.kind(location, followingLinks: false) {
                case .folder:
                    guard goesDeeper, let id = Self.identity(location), visited.insert(id).inserted else { continue }
                    pending.append((shown, location, entryDepth))
                case .file:
                    if JourneyFileWalk.isJourneyFile(entry) { files.append(shown) }
                case .other:
                    // A symbolic link; a FIFO, socket or device is skipped.
                    guard Self.isLink(location) else { continue }
                    switch JourneyFileWalk.kind(location, followingLinks: true) {
                    case .folder:
                        if goesDeeper { links.append((shown, entryDepth)) }
                    case .file, .missing:
                        // A broken link is taken: reading it reports "no such file".
                        if JourneyFileWalk.isJourneyFile(entry) { files.append(shown) }
                    case .other:
                        continue
                    }
                case .missing:
                    continue
                }
            }
        }
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & mode_t(S_IFMT) == mode_t(S_IFLNK)
    }

    private static func identity(_ path: String) -> FolderID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FolderID(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }
}
