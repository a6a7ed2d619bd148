internal import Foundation

extension ProgrammeEvent {
    /// Every type name the domain records, with its current schema version.
    public static let typeNames: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: catalogue.map { ($0.typeName, $0.schemaVersion) })

    private static let decoders: [String: any CatalogueEntry] = Dictionary(
        uniqueKeysWithValues: catalogue.map { ($0.typeName, $0) })

    /// The payload as JSON: UTF-8, keys sorted, no insignificant white space, so the same
    /// event always encodes to the same bytes.
    public func encodedPayload() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(payload))
        } catch {
            // Payloads are plain structs of strings, integers and arrays: encoding cannot fail.
            preconditionFailure("encoding \(typeName) failed: \(error)")
        }
    }

    /// Reads a recorded event: its type name, schema version and payload bytes.
    ///
    /// A payload recorded at an older schema version is upcast into the current shape.
    /// - Throws: `EventDecodingError` with code `unknownType` for a type that is not the
    ///   domain's (callers reading a mixed log may skip those), `unsupportedVersion` for a
    ///   version this build does not know, `malformedPayload` for bytes of the wrong shape.
    public static func decode(
        type: String, schemaVersion: UInt16, payload: [UInt8]
    ) throws(EventDecodingError) -> ProgrammeEvent {
        guard let entry = decoders[type] else {
            throw EventDecodingError(
                code: .unknownType, type: type, schemaVersion: schemaVersion,
                message: "\(IdentifierSyntax.quoted(type)) is not an event type of the programme's domain")
        }
        return try entry.decode(schemaVersion: schemaVersion, payload: payload)
    }

    /// Like `decode`, but nil for a type name the domain does not own.
    public static func decodeIfKnown(
        type: String, schemaVersion: UInt16, payload: [UInt8]
    ) throws(EventDecodingError) -> ProgrammeEvent? {
        guard decoders[type] != nil else { return nil }
        return try decode(type: type, schemaVersion: schemaVersion, payload: payload)
    }
}

/// One line of the decoding table: a payload type and the case that wraps it.
protocol CatalogueEntry: Sendable {
    var typeName: String { get }
    var schemaVersion: UInt16 { get }
    func decode(schemaVersion: UInt16, payload: [UInt8]) throws(EventDecodingError) -> ProgrammeEvent
}

struct Entry<Payload: EventPayload>: CatalogueEntry {
    let wrap: @Sendable (Payload) -> ProgrammeEvent

    init(_ type: Payload.Type, _ wrap: @escaping @Sendable (Payload) -> ProgrammeEvent) {
        self.wrap = wrap
    }

    var typeName: String { Payload.typeName }
    var schemaVersion: UInt16 { Payload.schemaVersion }

    func decode(schemaVersion version: UInt16, payload: [UInt8]) throws(EventDecodingError) -> ProgrammeEvent {
        if version == Payload.schemaVersion {
            do {
                return wrap(try JSONDecoder().decode(Payload.self, from: Data(payload)))
            } catch {
                throw EventDecodingError(
                    code: .malformedPayload, type: Payload.typeName, schemaVersion: version,
                    message: "\(Payload.typeName) v\(version) payload is malformed", cause: String(describing: error))
            }
        }
        guard (1..<Payload.schemaVersion).contains(version) else {
            throw EventDecodingError(
                code: .unsupportedVersion, type: Payload.typeName, schemaVersion: version,
                message: "\(Payload.typeName) has no schema version \(version) "
                    + "(this build reads 1 to \(Payload.schemaVersion))")
        }
        return wrap(try Payload.upcast(payload, fromVersion: version))
    }
}
