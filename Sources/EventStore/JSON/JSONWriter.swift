/// Deterministic JSON output: the CLI's `--json` documents and the re-rendering of payloads.
///
/// Values are written in sequence; the writer adds commas, colons and (when pretty) newlines
/// and two-space indentation:
///
/// ```swift
/// var writer = JSONWriter(options: .prettyPrinted)
/// writer.beginObject()
/// writer.writeKey("position"); writer.write(42)
/// writer.writeKey("payload"); writer.write(tape.root)
/// writer.endObject()
/// print(writer.string)
/// ```
///
/// The output is a pure function of the values and options:
/// - strings are escaped as RFC 8785 (JCS) does: `\"`, `\\`, `\b \f \n \r \t`, other
///   control characters as `\u00xx`; everything else, non-ASCII included, is written as is;
/// - integers exactly; doubles with the shortest digits that round-trip, laid out like
///   ECMAScript (`1`, `0.1`, `1e+21`, `1.5e-7`), `-0.0` as `-0`; NaN and infinities, which
///   JSON cannot express, as `null` (as `JSON.stringify` does);
/// - object members in the order written, or sorted by the UTF-8 bytes of their keys with
///   ``Options/sortedKeys`` (applies to ``JSON`` values and tape values, whose members the
///   writer holds all at once).
///
/// Misuse (a value where a key is due, unbalanced `end` calls, two root values) is a
/// programming error and stops the program.
public struct JSONWriter {
    /// How to lay out the output.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Newlines and two-space indentation, `"key": value`.
        public static let prettyPrinted = Options(rawValue: 1)
        /// Members of ``JSON`` and tape objects sorted by the UTF-8 bytes of their keys.
        public static let sortedKeys = Options(rawValue: 2)
    }

    public let options: Options
    /// The UTF-8 output so far.
    public internal(set) var bytes: [UInt8] = []
    /// Open containers: whether each is an object, and how many members or elements it has.
    private var open: [(isObject: Bool, count: Int)] = []
    private var isAfterKey = false
    private var hasRoot = false

    public init(options: Options = []) {
        self.options = options
    }

    /// The output as text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    var isPretty: Bool { options.contains(.prettyPrinted) }

    public mutating func beginObject() {
        prepareForValue()
        bytes.append(UInt8(ascii: "{"))
        open.append((true, 0))
    }

    public mutating func endObject() { close(isObject: true, UInt8(ascii: "}")) }

    public mutating func beginArray() {
        prepareForValue()
        bytes.append(UInt8(ascii: "["))
        open.append((false, 0))
    }

    public mutating func endArray() { close(isObject: false, UInt8(ascii: "]")) }

    /// Writes the key of the next member of the innermost object.
    public mutating func writeKey(_ key: String) {
        var key = key
        key.withUTF8 { writeKey(utf8: UnsafeRawBufferPointer($0)) }
    }

    mutating func writeKey(utf8 key: UnsafeRawBufferPointer) {
        prepareForKey()
        writeEscaped(key)
        finishKey()
    }

    /// Checks that a key is due and separates it from the previous member.
    mutating func prepareForKey() {
        precondition(open.last?.isObject == true && !isAfterKey, "JSONWriter: a key outside an object or after a key")
        separate()
    }

    /// The colon after a key just written.
    mutating func finishKey() {
        bytes.append(UInt8(ascii: ":"))
        if isPretty { bytes.append(UInt8(ascii: " ")) }
        isAfterKey = true
    }

    public mutating func write(_ value: String) {
        prepareForValue()
        var value = value
        value.withUTF8 { writeEscaped(UnsafeRawBufferPointer($0)) }
    }

    public mutating func write(_ value: Bool) {
        prepareForValue()
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    public mutating func writeNull() {
        prepareForValue()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    public mutating func write(_ value: Int) { write(Int64(value)) }

    public mutating func write(_ value: Int64) {
        prepareForValue()
        appendInteger(value)
    }

    public mutating func write(_ value: UInt64) {
        prepareForValue()
        appendInteger(value)
    }

    /// Writes the shortest round-tripping form of `value`, or `null` for NaN and infinities.
    public mutating func write(_ value: Double) {
        prepareForValue()
        appendDouble(value)
    }

    /// A value is due: separate it from the previous one unless it follows its key.
    mutating func prepareForValue() {
        if isAfterKey {
            isAfterKey = false
            return
        }
        guard let top = open.last else {
            precondition(!hasRoot, "JSONWriter: a second root value")
            hasRoot = true
            return
        }
        precondition(!top.isObject, "JSONWriter: a value in an object without a key")
        separate()
    }

    /// The comma and (pretty) line break before a member or element.
    private mutating func separate() {
        if open[open.count - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].count += 1
        if isPretty { newline(depth: open.count) }
    }

    private mutating func close(isObject: Bool, _ bracket: UInt8) {
        precondition(
            open.last?.isObject == isObject && !isAfterKey,
            "JSONWriter: unbalanced end of \(isObject ? "object" : "array")")
        let container = open.removeLast()
        if isPretty && container.count > 0 { newline(depth: open.count) }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
