import EventStore
import Testing

@testable import OperatorCLI

struct ErrorReportTests {
    @Test(arguments: ExitCode.allCases.filter { $0 != .success && $0 != .internalError })
    func everyErrorKindEndsWithItsExitCode(code: ExitCode) {
        let outcome = CLIHarness.run(["dossier", "fail", String(code.rawValue)])
        #expect(outcome.code == code)
        #expect(outcome.stderr.hasPrefix("eig: failing with \(code.rawValue)\n"))
        #expect(outcome.stdout == "partial output\n")
    }

    @Test func theCodesAreThoseOfDesign() {
        let codes = ExitCode.allCases.map(\.rawValue)
        #expect(codes == [0, 1, 64, 65, 66, 70, 73, 74, 75])
    }

    @Test func anUnexpectedErrorIsInternalWithoutAStackTrace() {
        let outcome = CLIHarness.run(["dossier", "fail", "70"])
        #expect(outcome.code == .internalError)
        #expect(outcome.stderr == "eig: internal error: UnexpectedError(); please report it\n")
    }

    @Test(arguments: [
        (StoreError.Code.busy, ExitCode.busy), (.versionConflict, .busy), (.corrupted, .ioError), (.io, .ioError),
        (.fatal, .ioError), (.unsupportedFormat, .ioError), (.notFound, .notFound), (.alreadyExists, .cannotCreate),
        (.invalidArgument, .dataError), (.tooLarge, .dataError), (.readOnly, .internalError),
    ])
    func storeErrorsMapToTheirExitCodes(code: StoreError.Code, exit: ExitCode) {
        let report = ErrorReport(for: StoreError(code, "what happened"))
        #expect(report == ErrorReport(code: exit, lines: ["eig: what happened"]))
    }

    @Test func usageErrorsPointToTheHelpOfTheirCommand() {
        let report = ErrorReport(for: CLIError.usage("bad", command: ["eig", "log", "show"]))
        #expect(report == ErrorReport(code: .usage, lines: ["eig: bad", "Run 'eig log show --help' for usage."]))
    }

    struct FailingStream: TextOutputStream, WriteFailureReporting {
        var text = ""
        var writeFailure: String?
        mutating func write(_ string: String) {
            writeFailure = "No space left on device"
        }
    }

    @Test func aFailedWriteToStandardOutputIsAnIOError() {
        var stdout = FailingStream()
        var stderr = ""
        let code = CLI.run(
            arguments: ["stats"], environment: [:], stdout: &stdout, stderr: &stderr, stdin: .bytes([]),
            system: CLIHarness.system(), root: SampleCommands.root
        )
        #expect(code == .ioError)
        #expect(stderr == "eig: cannot write to standard output: No space left on device\n")
    }

    @Test func aFileOutputStreamRemembersTheFirstFailure() {
        var stream = FileOutputStream(fileDescriptor: -1)
        stream.write("x")
        #expect(stream.writeFailure == "Bad file descriptor")
    }

    @Test func standardInputIsReadWithALimit() throws {
        #expect(try StandardInput.bytes([1, 2, 3]).readAll(limit: 3) == [1, 2, 3])
        #expect(throws: CLIError.self) { try StandardInput.bytes([1, 2, 3]).readAll(limit: 2) }
    }
}
