/// The provenance of the figures: the log position and chain hash they stand on and when the
/// report was made, so that a printed copy can be checked against the log (`eig replay`).
extension StatisticsPage {
    func footer() -> HTMLNode {
        let position = String(data.position)
        return .element(
            "footer", ["id": "provenance", "class": "provenance"],
            [
                .element("h2", text: labels.provenanceTitle),
                .element(
                    "dl", [:],
                    [
                        .element("dt", text: labels.logPosition),
                        .element("dd", text: labels.integer(Int(data.position))),
                        .element("dt", text: labels.chainHash),
                        .element("dd", [:], [.element("code", ["class": "hash"], text: data.chainHash)]),
                        .element("dt", text: labels.madeOn),
                        .element("dd", text: labels.instant(data.madeAt)),
                    ]),
                .element(
                    "p", [:],
                    [
                        .text(labels.replayIntro + " "),
                        .element("code", text: "eig replay --as-at \(position) stats"),
                        .text(labels.verifyIntro + " "),
                        .element("code", text: "eig verify"),
                        .text(labels.sentenceEnd),
                    ]),
                .element("p", ["class": "generator"], text: labels.generatedBy),
            ])
    }
}
