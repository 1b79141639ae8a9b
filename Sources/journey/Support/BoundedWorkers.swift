/// Does one job per item with at most `jobs` running at once, and hands back the results in the
/// items' order, whatever order they finished in.
///
/// A fork-join over a task group: ``map(count:jobs:progress:_:)`` returns only when every job is
/// done, and no work outlives it. It starts `jobs` tasks and starts the next item's task as one
/// finishes, so a long file does not hold back a share of short ones; the results and the
/// progress are gathered by the one loop that waits for the tasks, so nothing is shared between
/// threads and no lock is needed. (`journey`'s `main` is async, so the command can wait for the
/// group; the jobs, reading and validating a file, are synchronous work on the pool's threads,
/// as many as the machine has cores.)
enum BoundedWorkers {
    /// `work(index)` for every index in `0..<count`, at most `jobs` at a time; `progress` counts
    /// each finished job.
    static func map<Output: Sendable>(
        count: Int, jobs: Int, progress: inout Progress, _ work: @escaping @Sendable (Int) -> Output
    ) async -> [Output] {
        let workers = min(max(jobs, 1), count)
        guard workers > 1 else {
            var outputs: [Output] = []
            outputs.reserveCapacity(count)
            for index in 0..<count {
                outputs.append(work(index))
                progress.update(done: index + 1)
            }
            return outputs
        }
        var outputs = [Output?](repeating: nil, count: count)
        var done = 0
        await withTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask { (index, work(index)) }
            }
            for _ in 0..<workers { start() }
            for await (index, output) in group {
                outputs[index] = output
                done += 1
                progress.update(done: done)
                if next < count { start() }
            }
        }
        return outputs.map { $0! }
    }
}
