import Foundation
import Testing

/// `eig import defis` and `eig demo` through the built binary.
struct ImportAndDemoTests {
    /// The shipped file, from the repository (three levels above this file).
    static var shippedFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Operations/Resources/eig-defis-2017-2020.csv")
            .path
    }

    @Test func importingTheShippedFileTwiceRecordsItOnce() throws {
        let store = try EigStore()
        try store.create()
        let first = try store.succeed(["import", "defis", Self.shippedFile])
        #expect(first.hasPrefix("eig-defis-2017-2020.csv: 71 défis and 131 entrepreneurs of editions 1, 2, 3, 4, dig"))
        let before = try store.contents()
        let again = try store.json(["import", "defis", Self.shippedFile])
        #expect(again["challenges"] as? Int == 71)
        #expect(again["entrepreneurs"] as? Int == 131)
        #expect(again["recorded"] as? Int == 0)
        #expect(again["positions"] is NSNull)
        #expect(try store.contents() == before)
    }

    @Test func aMalformedFileIsRefusedWithItsLineAndColumn() throws {
        let store = try EigStore()
        try store.create()
        let before = try store.contents()
        let file = store.root + "/bad.csv"
        var text = try String(contentsOfFile: Self.shippedFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "AFD - Geodata,1,2017", with: "AFD - Geodata,1,20x7")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try store.eig(["import", "defis", file])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("eig: bad.csv: line 2, column "))
        let missing = try store.eig(["import", "defis", store.root + "/nothing.csv"])
        #expect(missing.status == 66)
        #expect(try store.contents() == before)
    }

    @Test func theDemoBuildsAStoreToExploreAndASecondRunChangesNothing() throws {
        let store = try EigStore()
        let first = try store.eig(["demo"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("18 dossiers filed, 16 accepted; 471 candidatures, 96 interviewed, 39 recruited"))
        #expect(first.stdout.contains("eig dossier show P5-001 --store \(store.path)"))
        let before = try store.contents()
        let second = try store.json(["demo"])
        #expect(second["changedNothing"] as? Bool == true)
        #expect(try store.contents() == before)

        let dossier = try store.json(["dossier", "show", "P5-001"])
        #expect(dossier["status"] as? String == "accepted")
        let imported = try store.json(["dossier", "show", "P1-001"])
        #expect(imported["status"] as? String == "accepted")
        #expect((imported["importSource"] as? String)?.hasPrefix("eig-defis-2017-2020.csv") == true)
        let candidate = try store.succeed(["candidate", "show", "C5-0001"])
        #expect(candidate.contains("name:"))
        let log = try store.succeed(["log", "show", "--limit", "20"])
        #expect(log.split(separator: "\n").count == 20)
        #expect(log.contains("EditionOpened"))
        let verified = try store.eig(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    }
}
