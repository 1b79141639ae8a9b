import Foundation

/// "validated 412/1000 files" on standard error for long batch runs, only when standard error is
/// a terminal (never in pipes, files or CI logs, and never on standard output, so JSON and SARIF
/// stay clean), redrawn in place at most ten times a second and cleared at the end.
///
/// A value: whoever counts the finished files owns it (``BoundedWorkers`` updates it from the one
/// loop that gathers the results while files are validated on several threads).
struct Progress: Sendable {
    let total: Int
    let enabled: Bool
    private var lastDrawn: UInt64 = 0
    private var drawn = false

    init(total: Int, minimum: Int = 20) {
        self.total = total
        enabled = total >= minimum && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    mutating func update(done: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn > 100_000_000 || done == total else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data("\r\u{1B}[Kvalidated \(done)/\(total) files".utf8))
        drawn = true
    }

    /// Clears the line, so that what follows on standard error starts clean.
    mutating func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
