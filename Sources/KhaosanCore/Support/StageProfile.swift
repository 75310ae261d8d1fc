import Foundation

/// CPU time per pipeline stage, summed over every thread that ran the stage (`--profile`).
///
/// Stages record into `StageProfile.active`, set once before a run starts its threads; while it is
/// nil (the default) `measure` only tests it and runs its body, so profiling costs nothing when off.
/// Times are read from the calling thread's CPU clock (`CLOCK_THREAD_CPUTIME_ID`), so a thread
/// waiting for work or for the other threads adds nothing. A stage named `parent/part` is a part
/// of the stage `parent` (e.g. `tagger/decoding`): it is listed under it and not counted twice.
public final class StageProfile: @unchecked Sendable {
    /// The profile stages record into; nil: no profiling. Set before worker threads start.
    nonisolated(unsafe) public static var active: StageProfile?

    private let lock = NSLock()
    private var nanoseconds: [String: UInt64] = [:]
    private var order: [String] = []
    private var memory: [(point: String, residentMB: Double, peakMB: Double)] = []

    public init() {}

    /// CPU time of the calling thread since it started, in nanoseconds.
    public static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// CPU time of the whole process so far (user + system, every thread), in seconds.
    public static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body`, adding the calling thread's CPU time during it to `stage` of the active profile.
    @inline(__always) @discardableResult
    public static func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        guard let profile = active else { return try body() }
        let start = threadCPUNanoseconds()
        defer { profile.add(stage, nanoseconds: threadCPUNanoseconds() &- start) }
        return try body()
    }

    /// Adds `nanoseconds` of CPU time to `stage`.
    public func add(_ stage: String, nanoseconds time: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        if nanoseconds[stage] == nil { order.append(stage) }
        nanoseconds[stage, default: 0] &+= time
    }

    /// Records the process's resident and peak resident memory (VmRSS, VmHWM of /proc/self/status)
    /// at `point` of the active profile, e.g. "after resolution".
    public static func markMemory(_ point: String) {
        guard let profile = active else { return }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func megabytes(_ field: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
            return Double(line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) / 1024
        }
        profile.lock.lock()
        defer { profile.lock.unlock() }
        profile.memory.append((point, megabytes("VmRSS"), megabytes("VmHWM")))
    }

    /// CPU seconds per stage, in the order stages were first recorded.
    public var seconds: [(stage: String, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return order.map { ($0, Double(nanoseconds[$0]!) / 1e9) }
    }

    /// The report: one line per stage with its CPU seconds and share of the stages' total (parts
    /// indented under their stage, with their share of it), then the total against `processCPU`
    /// (seconds of the whole process: what no stage covers is shown as unattributed).
    public func lines(processCPU: Double) -> [String] {
        let all = seconds
        let top = all.filter { !$0.stage.contains("/") }
        let total = top.reduce(0) { $0 + $1.seconds }
        let width = max(24, all.map(\.stage.count).max() ?? 0)
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        func percent(_ part: Double, of whole: Double) -> String {
            String(format: "%5.1f%%", whole > 0 ? 100 * part / whole : 0)
        }
        var lines = ["profile: CPU seconds per stage (thread CPU clock, summed over threads)"]
        for (stage, time) in top {
            lines.append("  " + pad(stage) + String(format: " %9.2f ", time) + percent(time, of: total))
            for (part, partTime) in all where part.hasPrefix(stage + "/") {
                lines.append("    " + pad(String(part.dropFirst(stage.count + 1))).dropLast(2)
                             + String(format: " %9.2f ", partTime) + percent(partTime, of: time) + " of " + stage)
            }
        }
        lines.append("  " + pad("stages total") + String(format: " %9.2f ", total) + percent(total, of: total))
        lines.append("  " + pad("process CPU") + String(format: " %9.2f  (unattributed %.2f s: thread start, waits, exit)",
                                                          processCPU, processCPU - total))
        lock.lock()
        defer { lock.unlock() }
        for (point, resident, peak) in memory {
            lines.append("  " + pad("memory " + point) + String(format: " resident %7.0f MB, peak so far %7.0f MB", resident, peak))
        }
        return lines
    }
}
