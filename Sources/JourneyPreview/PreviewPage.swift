import Foundation
import JourneyRendering
import JourneyValidation

/// One rendering of the previewed file: the page the server serves until the file changes.
public struct PreviewPage: Hashable, Sendable {
    /// The HTML page: the journey, or the problems page.
    public var html: String
    /// False when the page lists problems instead of showing the journey.
    public var ok: Bool
    /// Why the file could not be read at all (gone, a folder, too large), else nil.
    public var unreadable: String?
    /// A token that changes whenever `html` changes: the version baked into the page (its
    /// `journey-version` meta tag, which the page's live-reload script compares with what the
    /// server answers), else a 64-bit FNV-1a hash of the page in hex.
    public var version: String

    public init(html: String, ok: Bool, unreadable: String? = nil) {
        self.html = html
        self.ok = ok
        self.unreadable = unreadable
        self.version = HTMLPage.version(of: html) ?? Self.hash(html)
    }

    /// 16 hex digits: the same page always gives the same token, so saving a file unchanged
    /// does not reload the browser.
    static func hash(_ html: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in html.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// How the preview makes its pages: ``JourneyPage`` and ``HTMLPage`` (``standard``), or what a
/// test gives instead.
public struct PreviewPages: Sendable {
    /// The page of a file's bytes, and whether they could be read (false: the page lists the
    /// file's problems).
    public var journey: @Sendable (_ data: Data, _ name: String, _ theme: Theme, _ liveReload: String?) -> (html: String, ok: Bool)
    /// The page for a file that cannot be read at all, listing `messages`.
    public var problems: @Sendable (_ file: String, _ messages: [String], _ liveReload: String?) -> String

    public init(
        journey: @escaping @Sendable (_ data: Data, _ name: String, _ theme: Theme, _ liveReload: String?) -> (html: String, ok: Bool),
        problems: @escaping @Sendable (_ file: String, _ messages: [String], _ liveReload: String?) -> String
    ) {
        self.journey = journey
        self.problems = problems
    }

    /// The pages `journey render --format html` makes, with live reload: validated under the
    /// settings that apply to the journey file at `path` (its nearest `.journeylint.yaml` unless
    /// `settings` says otherwise), looked up again for every page, so that a changed settings
    /// file shows at the next save.
    public static func standard(forJourneyAt path: String, settings: SettingsSource = .discovered) -> PreviewPages {
        PreviewPages(
            journey: { data, name, theme, liveReload in
                let page = JourneyPage.html(
                    data: data, name: name, settingsFor: path, resolver: SettingsResolver(source: settings),
                    theme: theme, liveReload: liveReload)
                return (page.html, page.ok)
            },
            problems: { HTMLPage.problems(file: $0, messages: $1, liveReload: $2) }
        )
    }
}

/// Reads the previewed file and makes its page; a file that cannot be read gets a problems
/// page that says why, so that the preview never stops over a bad save.
struct PreviewSource: Sendable {
    /// Larger files are not read (as `journey` refuses them elsewhere).
    static let maximumSize: UInt64 = 256 * 1024 * 1024

    var path: String
    /// How the page and its problems name the file (the path as the user gave it).
    var name: String
    var theme: Theme
    var liveReload: String
    var pages: PreviewPages

    func render(_ fingerprint: FileFingerprint) -> PreviewPage {
        switch fingerprint {
        case .missing:
            return unreadable("the file does not exist (deleted or renamed?); the preview comes back when it does")
        case .notAFile:
            return unreadable("this is not a regular file (a folder?)")
        case .unreadable(let reason):
            return unreadable("the file cannot be read: \(reason)")
        case .file(_, let size, _) where size > Self.maximumSize:
            return unreadable("the file is \(size / 1_048_576) MiB; journey files above \(Self.maximumSize / 1_048_576) MiB are refused")
        case .file:
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return unreadable("the file cannot be read (permission denied?)")
            }
            defer { try? handle.close() }
            let data: Data
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                return unreadable("the file cannot be read: \(error.localizedDescription)")
            }
            let page = pages.journey(data, name, theme, liveReload)
            return PreviewPage(html: page.html, ok: page.ok)
        }
    }

    private func unreadable(_ reason: String) -> PreviewPage {
        let html = pages.problems(name, ["\(name): error: \(reason)"], liveReload)
        return PreviewPage(html: html, ok: false, unreadable: reason)
    }
}
