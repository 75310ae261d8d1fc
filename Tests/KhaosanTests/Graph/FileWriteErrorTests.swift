import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct FileWriteErrorTests {
    @Test func theReasonOfAPOSIXErrorIsItsStrerrorText() {
        #expect(FileWriteError.reason(of: POSIXError(.ENOSPC)) == String(cString: strerror(ENOSPC)))
    }

    @Test func theReasonOfAFoundationFileErrorIsTheUnderlyingErrno() {
        let error = CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "/x",
                                                          NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))])
        #expect(FileWriteError.reason(of: error) == String(cString: strerror(ENOTDIR)))
        #expect(FileWriteError.reason(of: CocoaError(.fileWriteOutOfSpace)) == String(cString: strerror(ENOSPC)))
    }

    @Test func wrappingAFileWriteErrorKeepsIt() {
        let inner = FileWriteError(path: "a", reason: "it is a directory")
        let outer = FileWriteError(path: "b", error: inner)
        #expect(outer.path == "a")
        #expect(outer.description == "cannot write a: it is a directory")
    }
}
