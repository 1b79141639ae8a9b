import Foundation

/// "validating 37/1000 …" on standard error for long batch runs, only when standard error is a
/// terminal (never in pipes, files or CI logs), redrawn in place and cleared at the end.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private var lastDrawn = DispatchTime(uptimeNanoseconds: 0)
    private var drawn = false

    init(total: Int, minimum: Int = 20) {
        self.total = total
        enabled = total >= minimum && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func update(done: Int, file: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        // At most ten redraws a second.
        guard now.uptimeNanoseconds - lastDrawn.uptimeNanoseconds > 100_000_000 || done == total else { return }
        lastDrawn = now
        let name = file.count > 50 ? "…" + file.suffix(49) : file
        FileHandle.standardError.write(Data("\r\u{1B}[Kvalidating \(done)/\(total) \(name)".utf8))
        drawn = true
    }

    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
