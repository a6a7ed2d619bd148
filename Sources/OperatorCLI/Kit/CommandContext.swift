import Programme

/// Everything a command needs besides its own arguments, resolved once by the kit: where the
/// store is, how to print, who is acting, and how to record (DESIGN §7).
struct CommandContext: Sendable {
    var store: StoreLocation
    var format: OutputFormat
    /// The OS account running the command: the actor of the events it writes.
    var actor: String
    var recording: RecordingOptions
    var environment: [String: String]
    /// Set by `eig replay`: the queries answer as at a past position instead of now.
    var replay: ReplayRequest? = nil
    var now: @Sendable () -> BusinessInstant
}

/// How the command prints its data.
enum OutputFormat: Sendable, Equatable {
    /// Tables and key-value blocks for people.
    case human
    /// `--json`: one document (or JSON Lines where the command says so).
    case json
    /// `--csv`: RFC 4180.
    case csv
}

/// The store's directory and where that choice came from, so messages can say
/// "no store at ./EventLog (the default; set --store or $EIG_STORE)".
struct StoreLocation: Sendable, Equatable {
    enum Source: Sendable, Equatable {
        case option
        case environment
        case defaultPath
    }

    /// Absolute, resolved against the working directory.
    var path: String
    var source: Source

    /// `--store DIR`, else `$EIG_STORE` (when set and not empty), else `./EventLog`.
    init(option: String?, environment: [String: String], currentDirectory: String) {
        if let option {
            (path, source) = (option, .option)
        } else if let variable = environment["EIG_STORE"], !variable.isEmpty {
            (path, source) = (variable, .environment)
        } else {
            (path, source) = ("EventLog", .defaultPath)
        }
        path = Self.absolute(path, from: currentDirectory)
    }

    /// `path` made absolute against `directory`, with `.` and `..` removed lexically (symbolic
    /// links are left alone: the operator's path is shown as they wrote it).
    static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// "at /srv/eig (from $EIG_STORE)", for messages.
    var described: String {
        switch source {
        case .option: "at \(path)"
        case .environment: "at \(path) (from $EIG_STORE)"
        case .defaultPath: "at \(path) (the default; give --store DIR or set $EIG_STORE)"
        }
    }
}

/// The recording options of commands that write (``OptionGroup/recording``).
struct RecordingOptions: Sendable, Equatable {
    /// The idempotency key; `nil` means a fresh one.
    var commandID: String?
    var onBehalfOf: String?
    /// `--at` with its `--reason`: the business time of an event recorded late.
    var backdating: Backdating?

    struct Backdating: Sendable, Equatable {
        var occurredAt: BusinessInstant
        var reason: String
    }

    static let none = RecordingOptions()
}
