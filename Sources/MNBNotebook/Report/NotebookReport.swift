import Foundation

/// A notebook as it ran: every cell's source with the outputs it produced, in file order.
///
/// The runner updates it after each cell; the exporters turn it into .ipynb, HTML or Markdown.
public struct NotebookReport: Sendable, Equatable {
  /// The notebook's path as the user gave it.
  public var source: String
  public var cells: [ReportCell]
  /// Set when the run stopped early, e.g. "interrupted" or "stopped at cell 3 (line 12)".
  public var banner: String?

  public init(source: String, cells: [ReportCell], banner: String? = nil) {
    self.source = source
    self.cells = cells
    self.banner = banner
  }
}

public struct ReportCell: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    case code
    case markdown
  }

  public enum Status: String, Sendable, Equatable {
    /// Not reached yet, or left out by the cell selection.
    case notRun = "not run"
    case succeeded = "ok"
    case failed
    /// Failed, as its `[expect-error]` marker said it would.
    case failedAsExpected = "failed as expected"
    /// Marked `[expect-error]` but did not fail.
    case unexpectedSuccess = "succeeded unexpectedly"
    case timedOut = "timed out"
    case interrupted
  }

  public var kind: Kind
  /// A stable identifier, unique in the notebook: letters, digits, '-' and '_'.
  public var id: String
  public var name: String?
  /// The line of the cell's `# %%` marker in the notebook file.
  public var line: Int
  /// The cell's text: commands for code, prose without the leading `# ` for markdown.
  public var text: String
  /// The run order of code cells that ran, from 1; nil for markdown and cells not run.
  public var executionCount: Int?
  public var status: Status
  public var outputs: [ReportOutput]
  public var seconds: Double?

  public init(
    kind: Kind, id: String, name: String?, line: Int, text: String,
    executionCount: Int? = nil, status: Status = .notRun, outputs: [ReportOutput] = [],
    seconds: Double? = nil
  ) {
    self.kind = kind
    self.id = id
    self.name = name
    self.line = line
    self.text = text
    self.executionCount = executionCount
    self.status = status
    self.outputs = outputs
    self.seconds = seconds
  }
}

public enum ReportOutput: Sendable, Equatable {
  /// Text the cell printed; `isError` for diagnostics and logs (stderr), else results (stdout).
  case text(String, isError: Bool)
  /// A picture the cell drew, as a file on disk (PNG or SVG).
  case picture(path: String, description: String)
  /// The error that stopped the cell, as `FILE:LINE:COL: error: MESSAGE`.
  case error(name: String, message: String, diagnostic: String)
}
