internal import Foundation

extension OfficeEvent {
    /// The type names of the office's events.
    public static let typeNames: Set<String> = ["LogSealed", "RoleGranted", "RoleRevoked", "PersonErased"]

    /// The payload as JSON: keys sorted, no white space, so an event always encodes the same.
    public func encodedPayload() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            switch self {
            case .logSealed(let payload): return Array(try encoder.encode(payload))
            case .roleGranted(let payload), .roleRevoked(let payload): return Array(try encoder.encode(payload))
            case .personErased(let payload): return Array(try encoder.encode(payload))
            }
        } catch {
            // Plain structs of strings and integers: encoding cannot fail.
            preconditionFailure("encoding \(typeName) failed: \(error)")
        }
    }

    /// Reads a recorded event of the office; nil for any other type (a domain event).
    ///
    /// - Throws: `storage` for an office event whose version or bytes are not what this build
    ///   writes: the log is never guessed at.
    public static func decodeIfKnown(type: String, schemaVersion: UInt16, payload: [UInt8]) throws(OperationsError)
        -> OfficeEvent?
    {
        guard typeNames.contains(type) else { return nil }
        guard schemaVersion == 1 else {
            throw OperationsError(.storage, "\(type) has no schema version \(schemaVersion) (this build reads 1)")
        }
        let decoder = JSONDecoder()
        let data = Data(payload)
        do {
            switch type {
            case "LogSealed": return .logSealed(try decoder.decode(LogSealed.self, from: data))
            case "RoleGranted": return .roleGranted(try decoder.decode(RoleChange.self, from: data))
            case "RoleRevoked": return .roleRevoked(try decoder.decode(RoleChange.self, from: data))
            default: return .personErased(try decoder.decode(PersonErased.self, from: data))
            }
        } catch {
            throw OperationsError(.storage, "a \(type) payload is malformed: \(error)")
        }
    }
}
