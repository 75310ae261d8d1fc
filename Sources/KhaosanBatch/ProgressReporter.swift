import Foundation

/// Progress of a batch run on stderr: a redrawn bar on a terminal, else a
/// plain line every few seconds. Throttled: call `update` as often as you like.
public final class ProgressReporter {
    /// UTF-8 bytes of source text expected in all (for percent and ETA), if known.
    public let totalBytes: Int?
    /// Draw a bar redrawn in place (a terminal) rather than plain lines.
    public let interactive: Bool
    /// Seconds between two reports.
    public let interval: Double
    private let write: (String) -> Void
    private var lastReport: Double = 0
    private var drewBar = false

    public init(totalBytes: Int?, interactive: Bool, interval: Double? = nil, write: @escaping (String) -> Void) {
        self.totalBytes = totalBytes.flatMap { $0 > 0 ? $0 : nil }
        self.interactive = interactive
        self.interval = interval ?? (interactive ? 0.2 : 5)
        self.write = write
    }

    /// Reports `statistics` if `interval` has passed since the last report.
    public func update(_ statistics: BatchStatistics) {
        guard statistics.elapsed - lastReport >= interval else { return }
        lastReport = statistics.elapsed
        if interactive {
            write("\r\u{1B}[K" + Self.bar(statistics, totalBytes: totalBytes))
            drewBar = true
        } else {
            write(Self.line(statistics, totalBytes: totalBytes) + "\n")
        }
    }

    /// Clears the bar (on a terminal) before the summary is printed.
    public func finish() {
        if drewBar { write("\r\u{1B}[K") }
        drewBar = false
    }

    /// The bar: `[██████░░░░]  61%  12,204 docs  31.2 MB/s  ETA 0:07`.
    public static func bar(_ s: BatchStatistics, totalBytes: Int?, width: Int = 24) -> String {
        var parts: [String] = []
        if let fraction = fraction(s, totalBytes: totalBytes) {
            let filled = Int((fraction * Double(width)).rounded(.down))
            parts.append("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]")
            parts.append(String(format: "%3d%%", Int(fraction * 100)))
        }
        parts.append("\(s.documents) docs")
        if s.rejected > 0 { parts.append("\(s.rejected) rejected") }
        parts.append(String(format: "%.1f MB/s", megabytesPerSecond(s)))
        if let eta = eta(s, totalBytes: totalBytes) { parts.append("ETA " + clock(eta)) }
        return parts.joined(separator: "  ")
    }

    /// The plain line: `progress: 12204 documents (3 rejected), 98.1 MB, 31.2 MB/s, 61%, ETA 0:07`.
    public static func line(_ s: BatchStatistics, totalBytes: Int?) -> String {
        var text = "progress: \(s.documents) documents (\(s.rejected) rejected), "
            + String(format: "%.1f MB, %.1f MB/s", Double(s.bytes) / 1e6, megabytesPerSecond(s))
        if let fraction = fraction(s, totalBytes: totalBytes) { text += ", \(Int(fraction * 100))%" }
        if let eta = eta(s, totalBytes: totalBytes) { text += ", ETA " + clock(eta) }
        return text
    }

    static func megabytesPerSecond(_ s: BatchStatistics) -> Double {
        s.elapsed > 0 ? Double(s.bytes) / 1e6 / s.elapsed : 0
    }

    static func fraction(_ s: BatchStatistics, totalBytes: Int?) -> Double? {
        guard let totalBytes else { return nil }
        return min(1, Double(s.bytes) / Double(totalBytes))
    }

    /// Seconds left at the current rate, when the total is known and the rate is measurable.
    static func eta(_ s: BatchStatistics, totalBytes: Int?) -> Double? {
        guard let totalBytes, s.bytes > 0, s.elapsed > 0 else { return nil }
        return max(0, Double(totalBytes - s.bytes) * s.elapsed / Double(s.bytes))
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
