import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sanitizer the tests were built with (`swift test --sanitize=address|thread`), and so the
/// `journey` executable they run, which SwiftPM builds with the same flags. See docs/sanitizers.md.
///
/// Found at run time, not from the command line or a variable: a sanitizer's runtime is linked
/// into every instrumented executable and defines `__asan_init` (AddressSanitizer) or
/// `__tsan_init` (ThreadSanitizer). A plain `swift test` sees `nil`.
public enum Sanitizer: String, Sendable {
    case address
    case thread

    /// The sanitizer of this process, or nil when it runs without one.
    public static let current: Sanitizer? = {
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        defer { dlclose(handle) }
        if dlsym(handle, "__asan_init") != nil { return .address }
        if dlsym(handle, "__tsan_init") != nil { return .thread }
        return nil
    }()

    /// How many times slower than usual an instrumented `journey` may be, for time limits that
    /// judge speed (ASan about 2×, TSan 5 to 15×, more on a busy machine).
    public static var slowdown: Double {
        switch current {
        case .address: 3
        case .thread: 10
        case nil: 1
        }
    }

    /// The sanitizer's suppressions: `scripts/lsan-suppressions.txt` (LeakSanitizer, part of
    /// AddressSanitizer) or `scripts/tsan-suppressions.txt`. Each names frames outside
    /// JourneyKit's code whose reports are not JourneyKit's or not real (the files say why).
    public var suppressions: URL {
        TestPaths.packageRoot.appendingPathComponent(self == .address ? "scripts/lsan-suppressions.txt" : "scripts/tsan-suppressions.txt")
    }

    /// The variable that holds the sanitizer's options for a process.
    var optionsVariable: String { self == .address ? "LSAN_OPTIONS" : "TSAN_OPTIONS" }

    /// The environment for a `journey` run by the tests: `base` as it is, plus, under a
    /// sanitizer, its options naming ``suppressions`` without printing the ones used (so that
    /// standard error stays what the test expects). A `base` whose options already name
    /// suppressions (scripts/sanitize.sh sets them) is left as it is.
    public static func environment(for base: [String: String], under sanitizer: Sanitizer? = current) -> [String: String] {
        guard let sanitizer else { return base }
        let given = base[sanitizer.optionsVariable] ?? ""
        guard !given.contains("suppressions=") else { return base }
        var environment = base
        let ours = "suppressions=\(sanitizer.suppressions.path):print_suppressions=0"
        environment[sanitizer.optionsVariable] = given.isEmpty ? ours : given + ":" + ours
        return environment
    }

    /// The text of the current sanitizer's ``suppressions`` as a C string that lives as long
    /// as the process (held here, so that LeakSanitizer does not report it).
    nonisolated(unsafe) static let suppressionText: UnsafeMutablePointer<CChar>? = strdup(
        current.flatMap { try? String(contentsOf: $0.suppressions, encoding: .utf8) } ?? "")
}

/// LeakSanitizer asks the test process for built-in suppressions when it checks for leaks at
/// exit: the same as every `journey` child gets, so that `swift test --sanitize=address` passes
/// without `LSAN_OPTIONS`. (A weak hook of the sanitizer runtime; unused without it.)
/// ThreadSanitizer's hook (`__tsan_default_suppressions`) is not defined here: it is called
/// while the runtime starts, before Swift code may run, so the test process gets
/// ThreadSanitizer's suppressions from `TSAN_OPTIONS` (scripts/sanitize.sh).
@_cdecl("__lsan_default_suppressions")
public func lsanDefaultSuppressions() -> UnsafePointer<CChar>? {
    Sanitizer.current == .address ? UnsafePointer(Sanitizer.suppressionText) : nil
}
