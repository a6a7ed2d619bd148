import EventStore
import Operations

/// `eig verify --seal HASH`: the store's verification, and the proof that it still holds the
/// sealed prefix.
enum VerifySealRun {
    static func run(_ invocation: Invocation, hash: Digest) throws {
        let office = try invocation.openOffice(for: .read)
        var progress = invocation.console.makeProgress("verify", total: nil)
        let result = try invocation.perform { () throws(OperationsError) in
            try office.verify(seal: hash) { position in progress.update(completed: Int(position)) }
        }
        progress.finish()
        let report = result.report
        if invocation.context.format == .json {
            var object = VerifyCommand.json(report)
            object["seal"] = [
                "chainHash": .string(hash.hex), "position": result.position.map { .integer(Int($0)) } ?? .null,
                "holds": .bool(result.holdsPrefix), "failure": JSON(result.failure),
                "failurePosition": result.failurePosition.map { .integer(Int($0)) } ?? .null,
            ]
            invocation.emitJSON(object)
        } else if let position = result.position, result.holdsPrefix {
            invocation.console.printLine(
                "seal holds: positions 1-\(position) are exactly what was sealed (chain hash \(hash.hex))")
            if report.isSound {
                invocation.console.printLine(
                    "sound: \(VerifyCommand.counted(Int(report.events), "event")), "
                        + "\(VerifyCommand.counted(report.segments, "segment")) checked")
                invocation.console.printLine("chain hash: \(report.chainHash.hex)")
            }
        }
        if let failure = result.failure {
            throw CLIError(.ioError, "the seal does not hold: \(TerminalText.sanitized(failure))")
        }
        if let problem = report.problem {
            throw CLIError(
                .ioError,
                "the seal holds, but the store is damaged after it: \(TerminalText.sanitized(problem.description))")
        }
    }
}
