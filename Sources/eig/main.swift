// The composition root: run the operator CLI with this process's arguments, environment and
// standard streams, then exit with its code.
import Foundation
import OperatorCLI

var standardOutput = FileOutputStream.standardOutput
var standardError = FileOutputStream.standardError
let code = CLI.run(
    argumentBytes: CLI.processArgumentBytes(),
    environment: ProcessInfo.processInfo.environment,
    stdout: &standardOutput,
    stderr: &standardError,
    stdin: .process,
    system: .current
)
exit(code.rawValue)
