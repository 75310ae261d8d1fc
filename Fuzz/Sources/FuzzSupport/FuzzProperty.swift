import CLibFuzzer
#if canImport(Glibc)
import Glibc
#endif

/// Checks a property of the code under fuzzing: when it does not hold, the process traps with
/// `message`, so libFuzzer records the input as a crash (`crash-…` file) like any other trap.
///
/// - Parameters:
///   - condition: the property; evaluated once.
///   - message: what went wrong, printed with the trap (evaluated only on failure).
public func fuzzRequire(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fatalError("fuzz property violated: \(message())", file: file, line: line) }
}

/// The fuzzer's input as text: the bytes read as UTF-8, each invalid sequence replaced by
/// U+FFFD (so every input is some text, and text seeds stay text).
public func fuzzText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// The property check `runFuzzer` was given; set once, before libFuzzer starts.
private var fuzzTarget: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

/// Runs libFuzzer with this process's command line (`-max_total_time=60 corpus/` …) on `target`,
/// which gets each input's bytes, and exits with libFuzzer's status. Each harness's `main` calls
/// this: SwiftPM gives every executable its own `main`, so the fuzzer runtime's `main` (which
/// would call `LLVMFuzzerTestOneInput`) is not linked.
public func runFuzzer(_ target: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    fuzzTarget = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        fuzzTarget(UnsafeBufferPointer(start: data, count: size))
        return 0
    })
}
