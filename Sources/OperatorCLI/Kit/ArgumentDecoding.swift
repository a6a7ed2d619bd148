/// Arguments arrive as bytes; eig reads them as UTF-8 text and refuses anything else, naming
/// the argument and the byte, so that nothing malformed reaches the log.
enum ArgumentDecoding {
    static func decode(_ arguments: [[UInt8]]) throws(CLIError) -> [String] {
        var result: [String] = []
        for (index, bytes) in arguments.enumerated() {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let offset = firstInvalidOffset(bytes)
                let byte = offset < bytes.count ? "0x" + String(bytes[offset], radix: 16, uppercase: true) : "end"
                throw CLIError(
                    .dataError,
                    "argument \(index + 1) is not valid UTF-8 (byte \(byte) at offset \(offset)); "
                        + "eig reads its arguments as UTF-8 text"
                )
            }
            result.append(text)
        }
        return result
    }

    /// Where the first invalid sequence starts.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    static func processArgumentBytes() -> [[UInt8]] {
        let count = Int(CommandLine.argc)
        guard count > 1 else { return [] }
        return (1..<count).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                var length = 0
                while start[length] != 0 { length += 1 }
                return Array(UnsafeBufferPointer(start: start, count: length))
            }
        }
    }
}
