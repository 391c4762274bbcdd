import MNBLanguage
import MNBNotebook

/// The table `mnb run --list` prints: every cell with its number, name, line and size.
struct CellListing {
  let notebook: Notebook

  var text: String {
    var rows: [[String]] = []
    var number = 0
    for cell in notebook.cells {
      let isCode = cell.kind != .markdown
      if isCode { number += 1 }
      rows.append([
        isCode ? String(number) : "-", cell.name ?? "", String(cell.line), kind(of: cell),
        isCode ? String(cell.statements.count) : "",
      ])
    }
    return Format.table(
      header: ["cell", "name", "line", "kind", "commands"], rows: rows, leftAligned: true)
  }

  private func kind(of cell: Cell) -> String {
    switch cell.kind {
    case .code: cell.expectsError ? "code, expect-error" : "code"
    case .markdown: "markdown"
    case .parameters: "parameters"
    }
  }
}
