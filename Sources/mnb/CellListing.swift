import Foundation
import MNBNotebook

/// The table `mnb run --list` prints: every cell with its number, name, line and size.
struct CellListing {
  let notebook: Notebook

  var text: String {
    var rows: [[String]] = [["cell", "name", "line", "kind", "commands"]]
    var number = 0
    for cell in notebook.cells {
      let isCode = cell.kind != .markdown
      if isCode { number += 1 }
      rows.append([
        isCode ? String(number) : "-", cell.name ?? "", String(cell.line), kind(of: cell),
        isCode ? String(cell.statements.count) : "",
      ])
    }
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }
      .joined(separator: "  ")
      .replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
    }
    .joined(separator: "\n") + "\n"
  }

  private func kind(of cell: Cell) -> String {
    switch cell.kind {
    case .code: cell.expectsError ? "code, expect-error" : "code"
    case .markdown: "markdown"
    case .parameters: "parameters"
    }
  }
}
