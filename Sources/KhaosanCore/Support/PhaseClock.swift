import Foundation

/// Wall-clock seconds of the phases of one run (`build --phase-times`): each `lap` closes the
/// phase that started at the previous lap (or at creation) under a name. For finding where a
/// run's time goes, not for comparing runs of a busy machine (use CPU time for that).
package final class PhaseClock: @unchecked Sendable {
    /// The phases closed so far, in order: name and wall seconds.
    package private(set) var phases: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    package init() {}

    /// Closes the current phase as `name` and starts the next one.
    package func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// One line: "phases: name 1.23 s, name 0.45 s, … (total 1.68 s)".
    package var summary: String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        return "phases: " + phases.map { "\($0.name) " + String(format: "%.2f s", $0.seconds) }.joined(separator: ", ")
            + String(format: " (total %.2f s)", total)
    }
}
