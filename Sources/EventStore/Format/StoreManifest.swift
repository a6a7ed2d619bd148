/// `store.json`: marks a directory as an eig store and says which format it is in.
///
/// ```json
/// {"format":"eig-event-log","formatVersion":1,"storeID":"…uuid…","createdAt":"2025-01-06T08:00:00.000000Z"}
/// ```
struct StoreManifest: Equatable {
    static let fileName = "store.json"
    static let format = "eig-event-log"
    static let formatVersion = 1

    var storeID: EventID
    var createdAt: Timestamp

    var encoded: [UInt8] {
        Array(
            "{\"format\":\"\(StoreManifest.format)\",\"formatVersion\":\(StoreManifest.formatVersion),\"storeID\":\"\(storeID)\",\"createdAt\":\"\(createdAt.iso8601)\"}\n"
                .utf8)
    }

    /// Reads a manifest; the error says what is wrong for an operator.
    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> StoreManifest {
        guard let fields = FlatJSON.parse(bytes) else {
            throw StoreError(.corrupted, "\(path) is not the JSON object eig writes", path: path)
        }
        guard case .string(let format)? = fields["format"], format == StoreManifest.format else {
            throw StoreError(.corrupted, "\(path) does not describe an eig event log", path: path)
        }
        guard case .integer(let version)? = fields["formatVersion"] else {
            throw StoreError(.corrupted, "\(path) has no formatVersion", path: path)
        }
        guard version == StoreManifest.formatVersion else {
            throw StoreError(
                .unsupportedFormat,
                "the store is in format version \(version); this eig reads version \(StoreManifest.formatVersion)",
                path: path)
        }
        guard case .string(let id)? = fields["storeID"], let storeID = EventID(uuidString: id),
            case .string(let created)? = fields["createdAt"], let createdAt = Timestamp(iso8601: created)
        else {
            throw StoreError(.corrupted, "\(path) has a malformed storeID or createdAt", path: path)
        }
        return StoreManifest(storeID: storeID, createdAt: createdAt)
    }
}

/// A reader of flat JSON objects whose values are strings or integers: all `store.json` needs,
/// without bringing Foundation into the storage engine.
enum FlatJSON {
    enum Value: Equatable {
        case string(String)
        case integer(Int64)
    }

    static func parse(_ bytes: [UInt8]) -> [String: Value]? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }
        func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var text = [UInt8]()
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return String(validating: text, as: UTF8.self) }
                if byte == UInt8(ascii: "\\") {
                    guard index < bytes.count,
                        [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/")].contains(bytes[index])
                    else { return nil }
                    text.append(bytes[index])
                    index += 1
                } else if byte < 0x20 {
                    return nil
                } else {
                    text.append(byte)
                }
            }
            return nil
        }
        func integer() -> Int64? {
            skipSpace()
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return Int64(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        var fields: [String: Value] = [:]
        guard take(UInt8(ascii: "{")) else { return nil }
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    guard let value = string() else { return nil }
                    fields[key] = .string(value)
                } else {
                    guard let value = integer() else { return nil }
                    fields[key] = .integer(value)
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        skipSpace()
        return index == bytes.count ? fields : nil
    }
}
