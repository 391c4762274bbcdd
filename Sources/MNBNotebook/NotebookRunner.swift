import Foundation
import MNBData
import MNBLanguage

/// Executes a notebook's code cells in order in one session.
///
/// Each cell's output streams as it is produced, with a progress line per cell on the log.
/// When an output file is named, the executed notebook is rewritten after every cell, so a
/// failure or an interrupt leaves every finished cell in it.
public struct NotebookRunner {
  private let session: Session
  private let console: Console
  private let fileName: String
  private let options: RunOptions

  /// - Parameter fileName: the notebook's path as the user wrote it, used in diagnostics.
  public init(session: Session, console: Console, fileName: String, options: RunOptions) {
    self.session = session
    self.console = console
    self.fileName = fileName
    self.options = options
  }

  /// Runs the selected cells and returns the exit status the run deserves.
  public func run(_ notebook: Notebook) -> ExitStatus {
    let selection: CellSelection
    let writer: ReportWriter?
    do {
      selection = try CellSelection(options, cells: notebook.codeCells)
      writer = try options.outputPath.map { path throws(ReportError) in try ReportWriter(path: path)
      }
    } catch {
      console.printProblem("mnb: error: \(error)")
      return .usage
    }

    var run = NotebookRun(notebook: notebook, fileName: fileName)
    let values = (try? notebook.parameterValues(overriding: options.parameters)) ?? [:]
    session.parameters.merge(values) { $1 }
    let plotOutput = session.plotOutput
    defer { session.plotOutput = plotOutput }
    let recorder = OutputRecorder()
    let base = session.console
    session.console = recorder.console(passingTo: base, isQuiet: options.isQuiet)
    defer { session.console = base }

    var reportFailed = false
    for (position, cell) in notebook.codeCells.enumerated()
    where selection.included.contains(position) {
      run.markRunning(cell, number: position + 1)
      save(run.report, with: writer, failed: &reportFailed)
      let outcome = runCell(cell, position: position, of: notebook.codeCells.count, recorder)
      run.record(cell, number: position + 1, outcome: outcome, outputs: recorder.takeOutputs())
      save(run.report, with: writer, failed: &reportFailed)
      if outcome.stopsTheRun(keepingGoing: options.keepsGoing) || session.hasExited
        || StandardStream.outputIsClosed
      {
        break
      }
    }
    save(run.report, with: writer, failed: &reportFailed)

    // The cells ran, but the output file asked for is not complete: the run did not succeed.
    return reportFailed && run.exitStatus == .success ? .failure : run.exitStatus
  }

  private func runCell(_ cell: Cell, position: Int, of count: Int, _ recorder: OutputRecorder)
    -> CellOutcome
  {
    if !options.isQuiet { console.print(header(for: cell, number: position + 1, of: count)) }
    let started = Date()
    session.plotOutput = .folder(Self.plotFolder(besides: fileName), prefix: "cell\(position + 1)")
    session.deadline = options.cellTimeout.map { TimeLimit(seconds: $0) }
    defer { session.deadline = nil }

    var failure: SessionFailure?
    for statement in cell.statements {
      do {
        try session.run(statement)
      } catch {
        // A child such as gnuplot gets the terminal's Ctrl-C too and fails; the user's
        // interrupt is the cause to report.
        let wasInterrupted = Interrupt.isRequested && !error.isInterruption
        failure =
          wasInterrupted
          ? SessionFailure(.interrupted(step: error.message), at: error.location) : error
        break
      }
      if Interrupt.isRequested {
        failure = SessionFailure(
          .interrupted(step: "stopped after line \(statement.location.line)"),
          at: statement.location)
        break
      }
    }

    let outcome = CellOutcome(
      cell: cell, failure: failure, seconds: Date().timeIntervalSince(started))
    report(outcome, of: cell, number: position + 1, of: count, recorder)
    return outcome
  }

  private func report(
    _ outcome: CellOutcome, of cell: Cell, number: Int, of count: Int, _ recorder: OutputRecorder
  ) {
    if let failure = outcome.failure {
      let diagnostic = Diagnostic(
        file: fileName, location: failure.location, message: failure.message)
      recorder.record(
        .error(
          name: outcome.status.rawValue, message: failure.message,
          diagnostic: diagnostic.description))
      if outcome.status != .failedAsExpected {
        console.printLog(diagnostic.description)
      } else if !options.isQuiet {
        let place = "\(fileName):\(failure.location.line):\(failure.location.column)"
        console.printProblem("\(place): note: failed as expected: \(failure.message)")
      }
    }
    if outcome.status == .unexpectedSuccess {
      let message =
        "\(fileName):\(cell.line): error: the cell is marked '[expect-error]' but "
        + "did not fail"
      recorder.record(.error(name: "unexpected success", message: message, diagnostic: message))
      console.printProblem(message)
    }
    guard !options.isQuiet else { return }
    let name = cell.name.map { "\($0)  " } ?? ""
    console.printProblem(
      "[\(number)/\(count)] \(name)line \(cell.line)  \(outcome.status.rawValue)  "
        + String(format: "%.1f s", outcome.seconds))
  }

  /// `DIR/NAME_files` for the notebook `DIR/NAME.mnb`: where plots go when no file is named.
  static func plotFolder(besides notebook: String) -> String {
    let stem = (notebook as NSString).deletingPathExtension
    return (stem.isEmpty ? "notebook" : stem) + "_files"
  }

  private func header(for cell: Cell, number: Int, of count: Int) -> String {
    let name = cell.name.map { " \(VisibleText.escaped($0))" } ?? ""
    return "=== [\(number)/\(count)]\(name) (line \(cell.line)) ==="
  }

  /// Writes the output file again. `failed` tells whether the latest write failed; the reason
  /// is said once for each run of failures.
  private func save(_ report: NotebookReport, with writer: ReportWriter?, failed: inout Bool) {
    guard let writer else { return }
    do {
      try writer.write(report)
      failed = false
    } catch {
      if !failed { console.printProblem("mnb: error: \(error)") }
      failed = true
    }
  }
}
