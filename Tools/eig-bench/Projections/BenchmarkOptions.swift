/// The command line of `eig-bench projections`.
struct Options {
    struct Failure: Error {
        var message: String
    }

    var command = "suite"
    var values: [String: String] = [:]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("--") {
            command = first
            rest = rest.dropFirst()
        }
        while let name = rest.first {
            rest = rest.dropFirst()
            guard name.hasPrefix("--") else { throw Failure(message: "unexpected argument \(name)") }
            if name == "--help" {
                command = "help"
                continue
            }
            guard let value = rest.first else { throw Failure(message: "\(name) needs a value") }
            rest = rest.dropFirst()
            values[String(name.dropFirst(2))] = value
        }
    }

    func require(_ name: String) throws -> String {
        guard let value = values[name] else { throw Failure(message: "--\(name) is required") }
        return value
    }

    func integer(_ name: String, default value: Int) throws -> Int {
        guard let text = values[name] else { return value }
        guard let number = Int(String(text.filter { $0 != "_" })), number > 0 else {
            throw Failure(message: "--\(name) wants a positive integer, not \(text)")
        }
        return number
    }

    var seed: UInt64 { UInt64(values["seed"] ?? "") ?? 42 }
    var events: Int { (try? integer("events", default: 10_000)) ?? 10_000 }
    var runs: Int { (try? integer("runs", default: 3)) ?? 3 }

    var sizes: [Int] {
        get throws {
            guard let text = values["sizes"] else { return [10_000, 100_000, 1_000_000] }
            return try text.split(separator: ",").map {
                guard let size = Int(String($0.filter { $0 != "_" })), size > 0 else {
                    throw Failure(message: "--sizes wants positive integers, not \(text)")
                }
                return size
            }
        }
    }
}
