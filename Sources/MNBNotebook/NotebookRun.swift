import MNBLanguage

/// The report of a run in progress, and the exit status it has earned so far.
struct NotebookRun {
  private(set) var report: NotebookReport
  private var indexOfCell: [Int: Int] = [:]
  private var executionCount = 0
  private var worst: ExitStatus = .success
  private var hasFailureBanner = false

  init(notebook: Notebook, fileName: String) {
    var cells: [ReportCell] = []
    for (index, cell) in notebook.cells.enumerated() {
      indexOfCell[cell.line] = cells.count
      cells.append(
        ReportCell(
          kind: cell.kind == .markdown ? .markdown : .code, id: Self.id(of: cell, index: index),
          name: cell.name, line: cell.line, text: Self.text(of: cell)))
    }
    report = NotebookReport(source: fileName, cells: cells)
  }

  var exitStatus: ExitStatus { worst }

  /// - Parameter number: the cell's number among the code cells, from 1.
  mutating func record(_ cell: Cell, number: Int, outcome: CellOutcome, outputs: [ReportOutput]) {
    guard let index = indexOfCell[cell.line] else { return }
    executionCount += 1
    report.cells[index].executionCount = executionCount
    report.cells[index].status = outcome.status
    report.cells[index].outputs = outputs
    report.cells[index].seconds = outcome.seconds

    let status = Self.exitStatus(for: outcome.status)
    if Self.rank(status) > Self.rank(worst) { worst = status }
    if status != .success && !hasFailureBanner {
      report.banner = "cell \(number) (line \(cell.line)) \(outcome.status.rawValue)"
      hasFailureBanner = true
    } else if !hasFailureBanner {
      report.banner = nil
    }
  }

  /// Says at the top that a cell is running, so a file left by a killed run tells where it
  /// stopped; the next `record` replaces it.
  mutating func markRunning(_ cell: Cell, number: Int) {
    guard !hasFailureBanner else { return }
    report.banner =
      "incomplete: written while cell \(number) (line \(cell.line)) was running; "
      + "if the run is over, it stopped there"
  }

  private static func exitStatus(for status: ReportCell.Status) -> ExitStatus {
    switch status {
    case .succeeded, .failedAsExpected, .notRun: .success
    case .failed, .unexpectedSuccess: .failure
    case .timedOut: .timedOut
    case .interrupted: .interrupted
    }
  }

  /// Interrupts outrank timeouts, which outrank failures.
  private static func rank(_ status: ExitStatus) -> Int {
    switch status {
    case .success: 0
    case .failure: 1
    case .timedOut: 2
    case .interrupted: 3
    case .unparsable, .usage: 4
    }
  }

  private static func id(of cell: Cell, index: Int) -> String {
    let slug = (cell.name ?? "").lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    let suffix = slug.isEmpty ? "" : "-" + String(slug.prefix(40))
    return "cell-\(index + 1)\(suffix)"
  }

  private static func text(of cell: Cell) -> String {
    cell.kind == .markdown
      ? cell.markdownText
      : cell.lines.map(\.text).joined(separator: "\n")
        .trimming("\n")
  }
}
