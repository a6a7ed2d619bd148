import EventStore
import Foundation

/// How one recorded event is shown: a line for people, a JSON object for scripts.
enum EventRendering {
    /// `    42  2021-04-07T21:59:00.000000Z  dossier-P5-003@2  DossierSubmitted v1  alice`,
    /// with the position right-aligned to `positionWidth` and stored text made safe to print.
    static func line(_ event: RecordedEvent, positionWidth: Int) -> String {
        let position = String(event.position)
        var line = String(repeating: " ", count: max(0, positionWidth - position.count)) + position
        line += "  \(event.recordedAt.iso8601)"
        line += "  \(TerminalText.sanitized(event.stream))@\(event.streamVersion)"
        line += "  \(TerminalText.sanitized(event.type)) v\(event.schemaVersion)"
        line += "  \(TerminalText.sanitized(event.actor))"
        if let onBehalfOf = event.onBehalfOf {
            line += " for \(TerminalText.sanitized(onBehalfOf))"
        }
        return line
    }

    /// Every envelope field (DESIGN §4), then the payload.
    static func json(_ event: RecordedEvent) -> JSON {
        [
            "position": .integer(Int(event.position)),
            "stream": .string(event.stream),
            "streamVersion": .integer(Int(event.streamVersion)),
            "eventID": .string(event.eventID.uuidString),
            "commandID": .string(event.commandID),
            "type": .string(event.type),
            "schemaVersion": .integer(Int(event.schemaVersion)),
            "recordedAt": .string(event.recordedAt.iso8601),
            "occurredAt": .string(event.occurredAt.iso8601),
            "actor": .string(event.actor),
            "onBehalfOf": JSON(event.onBehalfOf),
            "correlationID": JSON(event.correlationID),
            "causationID": JSON(event.causationID),
            "chainHash": .string(event.chainHash.hex),
            "payload": payload(event.payload),
        ]
    }

    /// The payload as JSON: as stored when it is JSON text; otherwise (a binary codec, or bytes
    /// that are not JSON) an object giving its bytes in base64, so that any event can be shown.
    static func payload(_ bytes: [UInt8]) -> JSON {
        if let value = try? JSON(parsing: bytes) {
            return value
        }
        return ["encoding": "base64", "bytes": .string(Data(bytes).base64EncodedString())]
    }
}
