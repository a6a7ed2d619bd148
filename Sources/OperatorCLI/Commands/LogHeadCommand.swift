import EventStore

/// `eig log head`: where the log ends.
enum LogHeadCommand {
    static let command = Command(
        name: "head",
        summary: "Print where the log ends: position, chain hash, segments, bytes.",
        discussion: "The chain hash of the last event stands for the whole log before it: "
            + "publish it, and anyone can later check that the log still holds exactly that prefix. If "
            + "damage stops the reading before the end of the log, the head before it is printed and the "
            + "command exits with 74: it is not where the log ends.",
        groups: [.store, .json],
        examples: [Example("eig log head --json", "The head as a JSON document.")],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let log = try StoreAccess.open(invocation.context.store)
        let head = log.head
        var block = KeyValueBlock()
        block.add("position", String(head.position))
        block.add("chain hash", head.chainHash.hex)
        block.add("segments", String(head.segments))
        block.add("bytes", String(head.bytes))
        block.add("recorded at", head.recordedAt?.iso8601 ?? "-")
        invocation.emit(
            block,
            json: [
                "position": .integer(Int(head.position)),
                "chainHash": .string(head.chainHash.hex),
                "segments": .integer(head.segments),
                "bytes": .integer(Int(head.bytes)),
                "recordedAt": JSON(head.recordedAt?.iso8601),
            ]
        )
        // Not the end of the log: its hash must not be published as standing for the whole log.
        try StoreAccess.requireReadToTheEnd(log, consequence: "the head printed is only that of the readable part")
    }
}
