/// A path pattern that the shell left unexpanded (because it was quoted, or because the shell
/// does not know `**`): `*` is any run of characters within a name, `?` one character, and a
/// `**` that is a whole path component any number of folders, none included.
///
/// `journeys/**/*.yaml` has the base `journeys` (the literal folders before the first wildcard,
/// where the walk starts) and matches `a.yaml`, `b/a.yaml` and `b/c/a.yaml` below it.
struct PathPattern: Equatable {
    enum Component: Equatable {
        /// `**`: any number of folders, none included.
        case anyFolders
        /// A name, with `*` and `?` in it or not.
        case name([Character])
    }

    /// The pattern as given.
    let text: String
    /// The folder the walk starts in, as written (`""`: the current folder).
    let base: String
    /// What a path below ``base`` must match, component by component.
    let components: [Component]

    /// Nil when the text has no wildcard: it names a file or folder as it is.
    init?(_ text: String) {
        guard Self.hasWildcard(text) else { return nil }
        self.text = text
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let literal = parts.prefix { !Self.hasWildcard($0) }
        let prefix = text.hasPrefix("/") ? "/" : ""
        base = prefix + literal.joined(separator: "/")
        components = parts.dropFirst(literal.count).map { $0 == "**" ? .anyFolders : .name(Array($0)) }
    }

    static func hasWildcard(_ text: some StringProtocol) -> Bool {
        text.contains("*") || text.contains("?")
    }

    /// How many levels below ``base`` a match can be; nil when `**` makes it any number.
    var maximumDepth: Int? {
        components.contains(.anyFolders) ? nil : components.count
    }

    /// Whether a path relative to ``base`` (components separated by `/`) matches.
    func matches(relativePath: String) -> Bool {
        let names = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
        return Self.matches(names[...], components[...])
    }

    private static func matches(_ names: ArraySlice<[Character]>, _ pattern: ArraySlice<Component>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        switch first {
        case .anyFolders:
            // Zero or more names, then the rest of the pattern.
            for skipped in 0...names.count where matches(names.dropFirst(skipped), pattern.dropFirst()) {
                return true
            }
            return false
        case .name(let wildcard):
            guard let name = names.first, matches(name: name, wildcard: wildcard) else { return false }
            return matches(names.dropFirst(), pattern.dropFirst())
        }
    }

    /// `*` and `?` within one name; linear backtracking to the last `*`.
    static func matches(name: [Character], wildcard: [Character]) -> Bool {
        var n = 0
        var w = 0
        var star: (wildcard: Int, name: Int)?
        while n < name.count {
            if w < wildcard.count, wildcard[w] == "*" {
                star = (w, n)
                w += 1
            } else if w < wildcard.count, wildcard[w] == "?" || wildcard[w] == name[n] {
                n += 1
                w += 1
            } else if let last = star {
                // Let the last `*` take one more character and try again from there.
                star = (last.wildcard, last.name + 1)
                w = last.wildcard + 1
                n = last.name + 1
            } else {
                return false
            }
        }
        while w < wildcard.count, wildcard[w] == "*" { w += 1 }
        return w == wildcard.count
    }
}
