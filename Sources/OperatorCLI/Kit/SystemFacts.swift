import EventStore
import Foundation
import Programme

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the process learns from the operating system rather than from its arguments: who runs
/// it, where, whether standard error is a terminal, and the clock.
///
/// ``current`` asks the system; tests build their own, so that a command's actor, working
/// directory and time are values they choose.
public struct SystemFacts: Sendable {
    /// The OS account running eig, recorded as the actor of every event it writes.
    public var actor: String
    /// Relative store paths are resolved against it.
    public var currentDirectory: String
    /// Progress bars are drawn only on a terminal.
    public var isStandardErrorTerminal: Bool
    /// The clock: business time defaults to it, and `--at` may not be later.
    var now: @Sendable () -> BusinessInstant

    public init(actor: String, currentDirectory: String, isStandardErrorTerminal: Bool) {
        self.actor = actor
        self.currentDirectory = currentDirectory
        self.isStandardErrorTerminal = isStandardErrorTerminal
        self.now = { BusinessInstant(microsecondsSinceEpoch: Timestamp.now().microsecondsSinceEpoch) }
    }

    /// The facts of this process: the effective user's account name (`getpwuid_r(geteuid())`,
    /// or `uid:N` for an account without a name), the working directory and `isatty(2)`.
    public static var current: SystemFacts {
        SystemFacts(
            actor: accountName(of: geteuid()),
            currentDirectory: FileManager.default.currentDirectoryPath,
            isStandardErrorTerminal: isatty(2) == 1
        )
    }

    /// Not from the environment (`$USER` can be set to anything): the audit trail records who
    /// the system says is running the command.
    static func accountName(of uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else {
            return "uid:\(uid)"
        }
        return String(cString: name)
    }
}
