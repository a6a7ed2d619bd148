import EventStore

/// Printing data in the format the operator chose (`--json`, `--csv`, or tables).
extension Invocation {
    /// A list: an aligned table, CSV, or a JSON array of objects.
    func emit(_ table: Table) {
        switch context.format {
        case .human: console.write(table.renderedForPeople())
        case .csv: console.write(table.renderedAsCSV())
        case .json: emitJSON(table.json)
        }
    }

    /// One record: `label: value` lines for people, `json` for `--json`.
    func emit(_ block: KeyValueBlock, json: @autoclosure () -> JSON) {
        switch context.format {
        case .human, .csv: console.write(block.rendered())
        case .json: emitJSON(json())
        }
    }

    /// One JSON document, indented, with a final newline.
    func emitJSON(_ value: JSON) {
        console.printLine(value.prettyText)
    }

    /// One JSON Lines record.
    func emitJSONLine(_ value: JSON) {
        console.printLine(value.compactText)
    }
}
