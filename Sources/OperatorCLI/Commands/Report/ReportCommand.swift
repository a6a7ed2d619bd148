import EventStore
import Foundation
import Operations
import Programme

/// `eig report [--edition E] --out FILE.html [--lang fr|en]`: the statistics as a page to
/// look at, present in a meeting, print and publish.
enum ReportCommand {
    static let edition = Option(
        "edition", valueName: "E", help: "Only this edition (its funnels, delays, jury and hosts), e.g. 5.",
        parser: .edition, defaultDescription: "every edition")
    static let out = Option(
        "out", valueName: "FILE", help: "The HTML file to write (replaced atomically if it exists).",
        parser: .path, isRequired: true)
    static let language = Option(
        "lang", valueName: "LANG", help: "The language of the page: fr or en.",
        parser: .choice(of: ReportLanguage.self), defaultDescription: "fr")

    static let command = Command(
        name: "report",
        summary: "Write the statistics as a self-contained HTML page with charts.",
        discussion: "One HTML file that opens in any browser, offline, and prints on A4: the selection funnels "
            + "of each edition, défis and entrepreneurs per promotion since 2017, entrepreneurs by profile, "
            + "profiles requested and recruited, days from submission to decision, jury averages and host "
            + "administrations, each chart with its table of figures. Its numbers are those of 'eig stats'. The "
            + "footer gives the log position and chain hash the figures stand on, to check a printed copy "
            + "with 'eig replay'. The file's directory must exist (exit 73 otherwise).",
        options: [edition, out, language], groups: [.store, .json],
        examples: [
            Example("eig report --out statistiques.html", "Every edition, in French."),
            Example("eig report --edition 5 --out edition-5.html --lang en", "Edition 5, in English."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let path = StoreLocation.absolute(
            try invocation.required(out), from: FileManager.default.currentDirectoryPath)
        let request = ReportRequest(
            edition: invocation.value(of: edition), language: invocation.value(of: language) ?? .french)
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        let document = try invocation.perform { () throws(OperationsError) in
            try office.writeStatisticsReport(request, to: path)
        }
        for note in document.notes { invocation.console.note(note) }
        if invocation.context.format == .json {
            invocation.emitJSON(
                JSON.object([
                    ("out", .string(path)), ("bytes", .integer(document.html.utf8.count)),
                    ("position", .integer(Int(document.position))), ("chainHash", .string(document.chainHash)),
                    ("empty", .bool(document.isEmpty)),
                ]))
            return
        }
        invocation.console.printLine(
            "Report written to \(path) (log position \(document.position)"
                + (document.isEmpty ? "; the store has no promotion yet, the page says so)" : ")"))
    }
}
