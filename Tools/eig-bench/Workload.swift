import EventStore
import Glibc

/// The shared workload (`../shared/bench/README.md`): `PREFIX.jsonl` (one command a line, in
/// append order), `PREFIX.loads.txt` (stream ids for the load phase) and
/// `PREFIX.expected.json` (the read model a replay must produce). Read before any timing.
struct Workload {
    /// One line of `PREFIX.jsonl`.
    struct Command {
        var seq: Int
        var stream: String
        var expectedVersion: UInt64
        var type: String
        var occurredAt: Timestamp
        /// The `data` object, as compact JSON.
        var payload: [UInt8]
    }

    /// Reads the first `limit` commands of `PREFIX.jsonl` (all when `limit` is 0).
    static func commands(prefix: String, limit: Int) throws -> [Command] {
        let path = prefix + ".jsonl"
        let bytes = try readFile(path)
        var commands: [Command] = []
        var types: [String: String] = [:]
        var tape = JSONTape()
        var start = 0
        var line = 0
        try bytes.withUnsafeBytes { buffer in
            while start < buffer.count, limit == 0 || commands.count < limit {
                var end = start
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                line += 1
                if end > start {
                    try tape.parse(UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
                    commands.append(try command(tape.root, line: line, path: path, types: &types))
                }
                start = end + 1
            }
        }
        return commands
    }

    private static func command(_ root: JSONValue, line: Int, path: String, types: inout [String: String]) throws
        -> Command
    {
        func bad(_ what: String) -> WorkloadError { WorkloadError("\(path), line \(line): \(what)") }
        guard let seq = root["seq"]?.int, let stream = root["stream"]?.string,
            let expected = root["expectedVersion"]?.uint, let type = root["type"]?.string,
            let atText = root["at"]?.string, let data = root["data"], data.kind == .object
        else { throw bad("a command needs seq, stream, expectedVersion, type, at and a data object") }
        guard let at = Timestamp(iso8601: atText) else { throw bad("'at' is not an ISO 8601 time: \(atText)") }
        var writer = JSONWriter()
        writer.write(data)
        // One String per distinct type name, shared by every command of that type.
        let interned = types[type] ?? type
        types[type] = interned
        return Command(
            seq: Int(seq), stream: stream, expectedVersion: expected, type: interned, occurredAt: at,
            payload: writer.bytes)
    }

    /// The stream ids of `PREFIX.loads.txt`, in order.
    static func loads(prefix: String) throws -> [String] {
        let bytes = try readFile(prefix + ".loads.txt")
        return bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The whole content of a file.
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WorkloadError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw WorkloadError("cannot read \(path): \(String(cString: strerror(errno)))") }
            if count == 0 { return result }
            result.append(contentsOf: chunk[..<count])
        }
    }
}

/// A workload file that is missing or not as the README describes.
struct WorkloadError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
