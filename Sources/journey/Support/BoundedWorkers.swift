import Dispatch
import Foundation

/// Does one job per item with at most `jobs` running at once, and hands back the results in the
/// items' order, whatever order they finished in.
///
/// A fork-join: ``map(count:jobs:progress:_:)`` returns only when every job is done, and no work
/// outlives it. `jobs` workers run in `DispatchQueue.concurrentPerform`; each takes the next
/// item from a counter under a lock, so a long file does not hold back a share of short ones,
/// and files its result in a slot of an array made beforehand.
///
/// Why not a `TaskGroup`: `journey`'s `main` is synchronous (it calls `Journey.parseAsRoot()` and
/// then the command's `run()`), so a task group could only be waited for by blocking the main
/// thread on a semaphore until a detached task hands its results back through shared state.
/// That bridge is more machinery than this, and the jobs themselves (reading and validating a
/// file) are synchronous, blocking work that would sit on the cooperative pool's threads anyway.
/// Should `main` become async, this is a `withTaskGroup` that adds a task as one finishes.
enum BoundedWorkers {
    /// `work(index)` for every index in `0..<count`, at most `jobs` at a time; `progress` counts
    /// each finished job.
    static func map<Output: Sendable>(
        count: Int, jobs: Int, progress: inout Progress, _ work: @Sendable (Int) -> Output
    ) -> [Output] {
        let workers = min(max(jobs, 1), count)
        if workers > 1 {
            return parallel(count: count, workers: workers, progress: &progress, work)
        }
        var outputs: [Output] = []
        outputs.reserveCapacity(count)
        for index in 0..<count {
            outputs.append(work(index))
            progress.update(done: index + 1)
        }
        return outputs
    }

    private static func parallel<Output: Sendable>(
        count: Int, workers: Int, progress: inout Progress, _ work: @Sendable (Int) -> Output
    ) -> [Output] {
        let ledger = Locked(Ledger<Output>(outputs: Array(repeating: nil, count: count), progress: progress))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index: Int? = ledger.withLock { ledger in
                    guard ledger.next < count else { return nil }
                    defer { ledger.next += 1 }
                    return ledger.next
                }
                guard let index else { return }
                let output = work(index)
                ledger.withLock { ledger in
                    ledger.outputs[index] = output
                    ledger.done += 1
                    ledger.progress.update(done: ledger.done)
                }
            }
        }
        return ledger.withLock { ledger in
            progress = ledger.progress
            return ledger.outputs.map { $0! }
        }
    }
}

/// A value behind an `NSLock` (a pthread mutex). Not `Synchronization.Mutex`: on Linux its
/// contended path waits on a futex inside an uninstrumented library, so ThreadSanitizer never
/// sees the acquire and reports races on what the lock protects (docs/sanitizers.md).
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// What the workers share: the next item to take, how many are done, the results so far.
private struct Ledger<Output> {
    var next = 0
    var done = 0
    var outputs: [Output?]
    var progress: Progress
}
